//! One refresh over sources that fail in every way real servers do, beside
//! sources that work (including Latin-1 and UTF-16 feeds): each fault ends
//! in bounded time, is recorded on its source row and reported; the good
//! sources are stored; nothing is stored twice or lost on the next run.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

#[path = "fixtures/news/loopback.rs"]
mod loopback;

use loopback::{Loopback, Route};
use sequel_radar_core::model::{Kind, NewTitle, Status};
use sequel_radar_core::news::{FetchConfig, SearchConfig};
use sequel_radar_core::refresh::{self, CancellationToken, RefreshOptions, RefreshReport};
use sequel_radar_core::store::{NewSource, Store};
use std::time::Duration;

fn options() -> RefreshOptions {
    RefreshOptions {
        fetch: FetchConfig {
            connect_timeout: Duration::from_secs(1),
            request_timeout: Duration::from_secs(1),
            backoff: Duration::from_millis(20),
            retries: 1,
            ..FetchConfig::default()
        },
        search: Some(SearchConfig {
            enabled: false,
            ..SearchConfig::default()
        }),
        force: true,
        ..RefreshOptions::default()
    }
}

async fn refresh_now(store: &mut Store) -> RefreshReport {
    tokio::time::timeout(
        Duration::from_secs(90),
        refresh::run(store, &options(), &|_| {}, &CancellationToken::new()),
    )
    .await
    .expect("the refresh ended: no fault may hang it")
    .expect("the refresh ran")
}

/// A fresh store in a temp dir watching the series "Severance": the dir (kept
/// alive by the caller), the store, and the title's id.
fn store_with_severance() -> (tempfile::TempDir, Store, i64) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let id = store
        .add_title(NewTitle {
            name: "Severance".into(),
            kind: Kind::Series,
            ..NewTitle::default()
        })
        .unwrap()
        .id;
    (dir, store, id)
}

/// Adds a feed source; `name` None is a feed added by its address alone.
fn add_feed(store: &mut Store, url: String, name: Option<&str>) -> i64 {
    store
        .add_source(NewSource {
            url,
            name: name.map(Into::into),
            kind: None,
        })
        .unwrap()
        .id
}

/// A loopback server whose `/feed` (added to `store` as "Loopback TV") tells
/// of Severance's renewal, linking to `page` on the same server (not served
/// until the test sets it).
fn severance_feed(store: &mut Store, page: &str) -> Loopback {
    let srv = Loopback::start();
    srv.set(
        "/feed",
        Route::rss(renewal_feed("Severance", &srv.url(page))),
    );
    add_feed(store, srv.url("/feed"), Some("Loopback TV"));
    srv
}

/// A feed about one renewal, `link` pointing at a page on the same server.
fn renewal_feed(title: &str, link: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>T</title>\
         <item><title>{title} renewed for season 2</title><link>{link}</link>\
         <description>The network renewed {title}.</description>\
         <pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate></item></channel></rss>"
    )
}

/// A real-shaped page: the network's announcement, quoted.
fn renewal_page(title: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>{title}</title><script>var ad = 1;</script></head><body>\
         <nav><a href='/'>Home</a> <a href='/tv/'>TV</a></nav><article><h1>{title} renewed for season 2</h1>\
         <p>The network has officially renewed {title} for a second season, it announced on Tuesday.</p>\
         <p>The first season premiered in January and drew strong reviews and a loyal audience.</p>\
         <p>Production on the new season is expected to begin later this year.</p></article>\
         <aside><h3>Most Read</h3><ul><li>Other news</li></ul></aside></body></html>"
    )
}

/// `{name}` as a Latin-1 feed and as a UTF-16 one, with loopback links.
fn latin1_feed(base: &str) -> Vec<u8> {
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Télé Été</title>\
         <item><title>Élite renewed for season 9</title><link>{base}/elite</link>\
         <description>Netflix renews Élite, the Spanish series.</description></item></channel></rss>"
    );
    xml.chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap())
        .collect()
}

fn utf16_feed(base: &str) -> Vec<u8> {
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>Ciné</title>\
         <item><title>Amélie renewed for season 2</title><link>{base}/amelie</link>\
         <description>The network renewed Amélie.</description></item></channel></rss>"
    );
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(xml.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_fault_is_recorded_and_the_rest_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let mut title = |name: &str| {
        store
            .add_title(NewTitle {
                name: name.into(),
                kind: Kind::Series,
                ..NewTitle::default()
            })
            .unwrap()
            .id
    };
    let (good_id, elite_id, amelie_id) = (title("Severance"), title("Élite"), title("Amélie"));

    let srv = Loopback::start();
    let base = srv.base.clone();
    srv.set(
        "/good",
        Route::rss(renewal_feed("Severance", &srv.url("/severance"))),
    );
    srv.set("/severance", Route::html(renewal_page("Severance")));
    srv.set(
        "/latin1",
        Route::ok("application/rss+xml", latin1_feed(&base)),
    );
    srv.set("/elite", Route::html(renewal_page("Élite")));
    srv.set("/utf16", Route::ok("application/xml", utf16_feed(&base)));
    srv.set("/amelie", Route::html(renewal_page("Amélie")));
    srv.set("/e500", Route::status(500));
    srv.set("/e404", Route::status(404));
    srv.set(
        "/stall",
        Route::Stall(
            Duration::from_secs(3),
            Box::new(Route::rss(renewal_feed("Severance", "/x"))),
        ),
    );
    srv.set(
        "/drip",
        Route::Drip {
            every: Duration::from_millis(100),
            total: 100,
        },
    );
    srv.set("/huge", Route::Huge { bytes: 50_000_000 });
    srv.set("/loop-a", Route::Redirect("/loop-b".into()));
    srv.set("/loop-b", Route::Redirect("/loop-a".into()));
    srv.set(
        "/badxml",
        Route::rss(&b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>cut"[..]),
    );
    srv.set("/png", Route::ok("image/png", &b"\x89PNG\r\n\x1a\n"[..]));
    srv.set(
        "/html",
        Route::html("<!DOCTYPE html><html><body><h1>Welcome to our site</h1></body></html>"),
    );

    let good = ["/good", "/latin1", "/utf16"];
    let faults = [
        ("/e500", "500"),
        ("/e404", "404"),
        ("/stall", "no complete answer"),
        ("/drip", "no complete answer"),
        ("/huge", "larger than 5 MB"),
        ("/loop-a", "loop"),
        ("/badxml", "not a feed"),
        ("/png", "image/png"),
        ("/html", "web page"),
    ];
    let mut ids = std::collections::HashMap::new();
    for path in good.iter().chain(faults.iter().map(|(p, _)| p)) {
        let s = store
            .add_source(NewSource {
                url: srv.url(path),
                name: Some(format!("source {path}")),
                kind: None,
            })
            .unwrap();
        ids.insert(*path, s.id);
    }

    let report = refresh_now(&mut store).await;

    // Every fault: reported under its source's name, with what went wrong,
    // and written on the source row for the user to see.
    assert_eq!(report.errors.len(), faults.len(), "{:#?}", report.errors);
    for (path, words) in faults {
        let e = report
            .errors
            .iter()
            .find(|e| e.source == format!("source {path}"))
            .unwrap_or_else(|| panic!("no error for {path}: {:#?}", report.errors));
        assert!(e.message.contains(words), "{path}: {}", e.message);
        let row = store.get_source(ids[path]).unwrap();
        assert_eq!(row.failures, 1, "{path}");
        assert_eq!(
            row.last_error.as_deref(),
            Some(e.message.as_str()),
            "{path}"
        );
        assert!(
            row.last_error_at.is_some() && row.last_ok_at.is_none(),
            "{path}"
        );
    }
    // The good sources went on: read, stored, their titles moved.
    for path in good {
        let row = store.get_source(ids[path]).unwrap();
        assert!(
            row.last_ok_at.is_some() && row.failures == 0,
            "{path}: {row:?}"
        );
    }
    for id in [good_id, elite_id, amelie_id] {
        let t = store.get_title(id).unwrap();
        assert_eq!(t.status, Status::Confirmed, "{}: {report:#?}", t.name);
    }
    assert_eq!(report.changes.len(), 3);

    // Again: the faults fail again (recorded twice), nothing is stored twice.
    let evidence: Vec<usize> = [good_id, elite_id, amelie_id]
        .iter()
        .map(|id| store.title_detail(*id).unwrap().evidence.len())
        .collect();
    let report = refresh_now(&mut store).await;
    assert!(report.changes.is_empty(), "{:?}", report.changes);
    assert_eq!(report.errors.len(), faults.len());
    for (path, _) in faults {
        assert_eq!(store.get_source(ids[path]).unwrap().failures, 2, "{path}");
    }
    let again: Vec<usize> = [good_id, elite_id, amelie_id]
        .iter()
        .map(|id| store.title_detail(*id).unwrap().evidence.len())
        .collect();
    assert_eq!(again, evidence);
    assert_eq!(
        srv.hits("/severance"),
        1,
        "a stored article is not fetched again"
    );

    // A source that recovers is cleared.
    srv.set(
        "/e500",
        Route::rss(renewal_feed("Severance", &srv.url("/severance"))),
    );
    refresh_now(&mut store).await;
    let row = store.get_source(ids["/e500"]).unwrap();
    assert_eq!(row.failures, 0);
    assert!(row.last_ok_at.is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreadable_article_page_falls_back_to_the_feed_summary() {
    let (_dir, mut store, id) = store_with_severance();
    let _srv = severance_feed(&mut store, "/gone");
    let report = refresh_now(&mut store).await;
    assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
    assert!(
        report.errors[0].message.contains("404"),
        "{:?}",
        report.errors
    );
    assert_eq!(report.errors[0].source, "Loopback TV");
    // The news is not lost: the feed's own words were read.
    assert_eq!(store.get_title(id).unwrap().status, Status::Confirmed);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancelling_keeps_what_was_stored_and_loses_nothing() {
    let (_dir, mut store, id) = store_with_severance();
    let srv = Loopback::start();
    srv.set(
        "/feed",
        Route::Cached {
            etag: "\"v1\"".into(),
            content_type: "application/rss+xml".into(),
            body: renewal_feed("Severance", &srv.url("/slow-page")).into_bytes(),
        },
    );
    srv.set(
        "/slow-page",
        Route::Stall(
            Duration::from_secs(3),
            Box::new(Route::html(renewal_page("Severance"))),
        ),
    );
    let source = add_feed(&mut store, srv.url("/feed"), Some("Loopback TV"));
    let cancel = CancellationToken::new();
    let trigger = cancel.clone();
    let opts = RefreshOptions {
        fetch: FetchConfig {
            request_timeout: Duration::from_secs(10),
            ..FetchConfig::default()
        },
        ..options()
    };
    let stopper = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(800)).await;
        trigger.cancel();
    });
    let report = refresh::run(&mut store, &opts, &|_| {}, &cancel)
        .await
        .unwrap();
    stopper.await.unwrap();
    assert!(report.cancelled);
    // The feed was read but its article was not: its ETag must not be kept,
    // or the next refresh would get a 304 and never read the article.
    assert_eq!(store.get_source(source).unwrap().etag, None);
    srv.set("/slow-page", Route::html(renewal_page("Severance")));
    let report = refresh_now(&mut store).await;
    assert!(!report.cancelled);
    assert_eq!(
        srv.seen_for("/feed")
            .last()
            .unwrap()
            .header("If-None-Match"),
        None
    );
    assert_eq!(store.get_title(id).unwrap().status, Status::Confirmed);
    assert_eq!(
        store.get_source(source).unwrap().etag.as_deref(),
        Some("\"v1\"")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_is_told_once_and_then_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    store
        .add_title(NewTitle {
            name: "Severance".into(),
            kind: Kind::Series,
            ..NewTitle::default()
        })
        .unwrap();
    // Ports nobody listens on: what a machine without network sees.
    for name in ["Outlet A", "Outlet B", "Outlet C"] {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        add_feed(
            &mut store,
            format!("http://127.0.0.1:{port}/feed"),
            Some(name),
        );
    }
    let report = refresh_now(&mut store).await;
    assert!(report.offline, "{report:#?}");
    assert_eq!(report.errors.len(), 3);
    assert!(
        report.errors.iter().all(|e| e.message.contains("offline")),
        "{:?}",
        report.errors
    );
    for s in store.list_sources().unwrap() {
        assert_eq!(s.failures, 1);
        assert!(
            s.next_due_at.is_some(),
            "a failed source is given a later turn"
        );
    }
    // The scheduler's next tick (not forced): nothing is due yet, so no
    // request and no new error.
    let scheduled = RefreshOptions {
        force: false,
        ..options()
    };
    let report = refresh::run(&mut store, &scheduled, &|_| {}, &CancellationToken::new())
        .await
        .unwrap();
    assert_eq!(report.stats.sources, 0);
    assert!(report.errors.is_empty() && !report.offline);
    assert!(store
        .list_sources()
        .unwrap()
        .iter()
        .all(|s| s.failures == 1));
}

/// The announcement that filming began, as a network's page says it.
fn production_page(title: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>{title}</title></head><body><article>\
         <h1>{title} season 2 starts filming</h1>\
         <p>Production on the second season of {title} has officially begun in New York, \
         the network announced on Wednesday.</p>\
         <p>The first season premiered in January and drew strong reviews.</p></article></body></html>"
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_that_failed_is_fetched_again_and_replaces_its_teaser() {
    let (_dir, mut store, id) = store_with_severance();
    let srv = severance_feed(&mut store, "/story");
    srv.set("/story", Route::status(503));

    // The server is down: the teaser is read, so the news is not lost.
    refresh_now(&mut store).await;
    assert_eq!(store.get_title(id).unwrap().status, Status::Confirmed);
    let pages_asked = srv.hits("/story");
    assert!(pages_asked >= 1);

    // Back up: the page is read in full and its evidence replaces the teaser's.
    srv.set("/story", Route::html(production_page("Severance")));
    refresh_now(&mut store).await;
    assert!(srv.hits("/story") > pages_asked, "the page was asked again");
    let detail = store.title_detail(id).unwrap();
    assert_eq!(detail.title.status, Status::InProduction);
    assert_eq!(detail.evidence.len(), 1, "{:?}", detail.evidence);
    assert!(
        !detail.evidence[0].sentence.contains("renewed"),
        "{:?}",
        detail.evidence
    );

    // Read in full once: not fetched again.
    let after = srv.hits("/story");
    refresh_now(&mut store).await;
    assert_eq!(srv.hits("/story"), after);
}

/// The whole article that replaced a teaser, dismissed: the teaser's step
/// (its evidence gone with the teaser) leaves the ladder with it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dismissing_an_article_read_first_from_its_teaser_leaves_no_step() {
    let (_dir, mut store, id) = store_with_severance();
    let srv = severance_feed(&mut store, "/story");
    srv.set("/story", Route::status(503));
    refresh_now(&mut store).await;
    srv.set("/story", Route::html(production_page("Severance")));
    refresh_now(&mut store).await;
    let detail = store.title_detail(id).unwrap();
    assert_eq!(detail.history.len(), 2, "{:?}", detail.history);
    let article = detail.evidence[0].article_id.unwrap();
    store
        .dismiss_article(id, article, "2026-01-01T00:00:00.000Z")
        .unwrap();
    let detail = store.title_detail(id).unwrap();
    assert_eq!(detail.title.status, Status::Unknown);
    assert!(detail.history.is_empty(), "{:?}", detail.history);
}

/// A teaser the user dismissed stays dismissed when the page comes back: the
/// whole article is not read for the title again (nor fetched on and on).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dismissed_teaser_stays_dismissed_when_its_page_comes_back() {
    let (_dir, mut store, id) = store_with_severance();
    let srv = severance_feed(&mut store, "/story");
    srv.set("/story", Route::status(503));
    refresh_now(&mut store).await;
    let detail = store.title_detail(id).unwrap();
    assert_eq!(detail.title.status, Status::Confirmed);
    let article = detail.evidence[0].article_id.unwrap();
    store
        .dismiss_article(id, article, "2026-01-01T00:00:00.000Z")
        .unwrap();
    assert_eq!(store.get_title(id).unwrap().status, Status::Unknown);

    srv.set("/story", Route::html(production_page("Severance")));
    refresh_now(&mut store).await;
    let detail = store.title_detail(id).unwrap();
    assert_eq!(
        detail.title.status,
        Status::Unknown,
        "{:?}",
        detail.evidence
    );
    assert!(detail.evidence.is_empty(), "{:?}", detail.evidence);
    assert_eq!(detail.dismissed.len(), 1);
    let after = srv.hits("/story");
    refresh_now(&mut store).await;
    assert_eq!(srv.hits("/story"), after, "not fetched again");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_gone_for_good_is_tried_a_few_times_then_left_alone() {
    let (_dir, mut store, id) = store_with_severance();
    let _srv = severance_feed(&mut store, "/gone");
    let mut failed_runs = 0;
    for _ in 0..5 {
        let report = refresh_now(&mut store).await;
        failed_runs += report
            .errors
            .iter()
            .filter(|e| e.message.contains("article page"))
            .count();
    }
    assert_eq!(failed_runs as i64, sequel_radar_core::store::PAGE_TRIES);
    // The teaser's news stays, recorded once.
    let detail = store.title_detail(id).unwrap();
    assert_eq!(detail.title.status, Status::Confirmed);
    assert_eq!(detail.evidence.len(), 1, "{:?}", detail.evidence);
    assert_eq!(detail.history.len(), 1, "{:?}", detail.history);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_feed_added_by_address_is_named_after_itself_and_its_news_credited_so() {
    let (_dir, mut store, id) = store_with_severance();
    let srv = Loopback::start();
    let feed = renewal_feed("Severance", &srv.url("/story"))
        .replace("<title>T</title>", "<title>Loopback TV News</title>");
    srv.set("/feed", Route::rss(feed.clone()));
    srv.set("/named", Route::rss(feed));
    srv.set("/story", Route::html(renewal_page("Severance")));
    let unnamed = add_feed(&mut store, srv.url("/feed"), None);
    let named = add_feed(&mut store, srv.url("/named"), Some("My own name"));
    refresh_now(&mut store).await;
    let source = store.get_source(unnamed).unwrap();
    assert_eq!(source.name.as_deref(), Some("Loopback TV News"));
    // A name the user gave stays.
    let kept = store.get_source(named).unwrap();
    assert_eq!(kept.name.as_deref(), Some("My own name"));
    let detail = store.title_detail(id).unwrap();
    assert_eq!(detail.evidence.len(), 1, "{:?}", detail.evidence);
    let outlet = detail.evidence[0].outlet.as_deref();
    assert!(
        matches!(outlet, Some("Loopback TV News") | Some("My own name")),
        "the outlet is a name, not an address: {outlet:?}"
    );
}
