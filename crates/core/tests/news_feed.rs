//! Feeds fetched from a real loopback server and parsed: every real-world
//! feed of ../shared/feeds/real-world, odd charsets, and things that are
//! not feeds at all.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

#[path = "fixtures/news/loopback.rs"]
mod loopback;

use loopback::{Loopback, Route};
use sequel_radar_core::news::{
    parse_feed, FetchConfig, Fetched, Fetcher, NewsError, ParsedFeed, Validators,
};
use std::path::PathBuf;
use std::time::Duration;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/news")
            .join(name),
    )
    .unwrap()
}

fn real_world_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/feeds/real-world");
    dir.is_dir().then_some(dir)
}

async fn fetch_and_parse(srv: &Loopback, path: &str) -> Result<ParsedFeed, NewsError> {
    let f = Fetcher::new(FetchConfig {
        request_timeout: Duration::from_secs(5),
        ..FetchConfig::default()
    })
    .unwrap();
    let url = srv.url(path);
    match f.get(&url, &Validators::default()).await? {
        Fetched::Page(p) => parse_feed(&p.body, p.content_type.as_deref(), &p.final_url),
        Fetched::NotModified => panic!("no validators were sent"),
    }
}

fn content_type_for(name: &str) -> &'static str {
    if name.ends_with(".json") {
        "application/feed+json"
    } else if name.starts_with("atom") {
        "application/atom+xml"
    } else {
        "application/rss+xml"
    }
}

#[tokio::test]
async fn every_real_world_feed_ingests_over_loopback() {
    let Some(dir) = real_world_dir() else {
        eprintln!("SKIPPED: ../shared/feeds/real-world is absent; nothing to test");
        return;
    };
    let srv = Loopback::start();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(
        names.len() >= 30,
        "only {} feeds found in {}",
        names.len(),
        dir.display()
    );
    let mut items = 0;
    let mut refused = Vec::new();
    for name in &names {
        srv.set(
            &format!("/{name}"),
            Route::ok(
                content_type_for(name),
                std::fs::read(dir.join(name)).unwrap(),
            ),
        );
        match fetch_and_parse(&srv, &format!("/{name}")).await {
            Ok(feed) => {
                for item in &feed.items {
                    assert!(
                        item.url.starts_with("http://") || item.url.starts_with("https://"),
                        "{name}: {}",
                        item.url
                    );
                    assert!(
                        !item.title.contains('<') || !item.title.contains('>'),
                        "{name}: markup in title {:?}",
                        item.title
                    );
                }
                items += feed.items.len();
            }
            Err(e) => refused.push(format!("{name}: {e}")),
        }
    }
    // The collection holds a few files that are deliberately not feeds
    // (`*invalid*`, and the plain XML samples `xml_*`: a book catalogue, a
    // bare <rdf>); those must be refused with a reason, every other one read.
    for r in &refused {
        let name = r.split(':').next().unwrap_or_default();
        assert!(
            name.starts_with("xml_") || name.contains("invalid"),
            "refused a real feed: {r}"
        );
        assert!(r.contains("not a feed"), "{r}");
    }
    assert!(items > 50, "only {items} items from {} feeds", names.len());
}

#[tokio::test]
async fn real_world_odd_encodings_keep_their_accents() {
    let Some(dir) = real_world_dir() else {
        eprintln!("SKIPPED: ../shared/feeds/real-world is absent");
        return;
    };
    let srv = Loopback::start();
    srv.set(
        "/iso",
        Route::ok(
            "text/xml",
            std::fs::read(dir.join("rss_1.0_iso8859.xml")).unwrap(),
        ),
    );
    let feed = fetch_and_parse(&srv, "/iso").await.unwrap();
    let all: String = feed
        .items
        .iter()
        .map(|i| format!("{} {}", i.title, i.summary))
        .collect();
    assert!(!all.contains('\u{fffd}'), "replacement characters in {all}");
}

async fn charset_case(file: &str, content_type: &str) {
    let srv = Loopback::start();
    srv.set("/feed", Route::ok(content_type, fixture(file)));
    let feed = fetch_and_parse(&srv, "/feed")
        .await
        .unwrap_or_else(|e| panic!("{file}: {e}"));
    assert_eq!(feed.title.as_deref(), Some("Cinéma Été"), "{file}");
    assert_eq!(feed.items.len(), 2, "{file}");
    assert_eq!(
        feed.items[0].title, "Amélie : une suite ? Jean-Pierre Jeunet répond",
        "{file}"
    );
    assert!(
        feed.items[0].summary.contains("Café, crème, déjà vu."),
        "{file}: {}",
        feed.items[0].summary
    );
    assert_eq!(
        feed.items[1].title, "Élite renouvelée pour une saison 9",
        "{file}"
    );
    assert_eq!(
        feed.items[0].published.map(|d| d.to_rfc3339()),
        Some("2026-03-02T09:00:00+00:00".to_owned()),
        "{file}"
    );
}

#[tokio::test]
async fn latin1_feed_declared_in_xml() {
    charset_case("latin1.xml", "application/rss+xml").await;
}

#[tokio::test]
async fn latin1_feed_despite_a_wrong_http_charset() {
    // The XML declaration is the document's own word; a server default of
    // utf-8 in the header must not turn accents into garbage.
    charset_case("latin1.xml", "text/xml; charset=utf-8").await;
}

#[tokio::test]
async fn windows_1252_feed_named_only_in_the_http_header() {
    charset_case(
        "cp1252-undeclared.xml",
        "application/rss+xml; charset=windows-1252",
    )
    .await;
}

#[tokio::test]
async fn utf16_feeds_with_and_without_byte_order_mark() {
    charset_case("utf16le-bom.xml", "application/rss+xml").await;
    charset_case("utf16be-nobom.xml", "application/xml").await;
}

#[tokio::test]
async fn invalid_xml_is_refused_with_a_reason() {
    let srv = Loopback::start();
    srv.set("/broken", Route::rss(&b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>oops</chan"[..]));
    let err = fetch_and_parse(&srv, "/broken").await.unwrap_err();
    assert!(matches!(err, NewsError::NotAFeed { .. }), "{err:?}");
    assert!(err.to_string().contains(&srv.url("/broken")), "{err}");
}

#[tokio::test]
async fn web_page_and_picture_are_not_feeds() {
    let srv = Loopback::start();
    srv.set("/page", Route::html("<!DOCTYPE html><html><head><title>Deadline</title></head><body><p>Hi</p></body></html>"));
    srv.set(
        "/pic",
        Route::ok("image/png", &b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"[..]),
    );
    let err = fetch_and_parse(&srv, "/page").await.unwrap_err();
    assert!(err.to_string().contains("web page"), "{err}");
    let err = fetch_and_parse(&srv, "/pic").await.unwrap_err();
    assert!(err.to_string().contains("image/png"), "{err}");
}

#[tokio::test]
async fn a_feed_served_as_plain_text_is_still_read() {
    let srv = Loopback::start();
    srv.set("/feed", Route::ok("text/plain", fixture("latin1.xml")));
    assert_eq!(fetch_and_parse(&srv, "/feed").await.unwrap().items.len(), 2);
}

#[tokio::test]
async fn atom_json_and_rss1_items_are_read() {
    let srv = Loopback::start();
    srv.set("/atom", Route::ok("application/atom+xml", r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://127.0.0.1/base/"><title type="html">Atom &amp;amp; Co</title><id>urn:x</id><updated>2026-03-01T00:00:00Z</updated>
<entry><title type="html">&lt;em&gt;The Bear&lt;/em&gt; renewed</title><id>urn:1</id><link href="news/bear"/><updated>2026-03-01T12:00:00Z</updated>
<summary type="html">&lt;p&gt;FX renews &lt;b&gt;The Bear&lt;/b&gt;.&lt;/p&gt;</summary></entry></feed>"#));
    srv.set("/json", Route::ok("application/feed+json", r#"{"version":"https://jsonfeed.org/version/1.1","title":"J",
"items":[{"id":"1","url":"https://example.invalid/j1","title":"Wednesday season 3","content_text":"Netflix renews it.","date_published":"2026-03-01T10:00:00Z"}]}"#));
    srv.set("/rdf", Route::ok("application/rdf+xml", r#"<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="http://example.invalid/"><title>R</title><link>http://example.invalid/</link><description>d</description></channel>
<item rdf:about="http://example.invalid/r1"><title>Severance season 3</title><link>http://example.invalid/r1</link><description>In production.</description></item>
</rdf:RDF>"#));
    let atom = fetch_and_parse(&srv, "/atom").await.unwrap();
    assert_eq!(atom.items[0].title, "The Bear renewed");
    assert_eq!(atom.items[0].summary, "FX renews The Bear.");
    assert_eq!(atom.items[0].url, "http://127.0.0.1/base/news/bear");
    let json = fetch_and_parse(&srv, "/json").await.unwrap();
    assert_eq!(json.items[0].url, "https://example.invalid/j1");
    assert_eq!(json.items[0].summary, "Netflix renews it.");
    let rdf = fetch_and_parse(&srv, "/rdf").await.unwrap();
    assert_eq!(rdf.items[0].title, "Severance season 3");
}
