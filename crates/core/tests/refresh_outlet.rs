//! A fixture outlet on loopback whose news moves titles over several
//! refreshes (rumored, in talks, confirmed, cancelled), read through real
//! article pages with navigation, sidebars, "most read" lists and scripts,
//! into a real SQLite file. The derived status and its history follow; a
//! repeated refresh adds nothing; a syndicated copy adds nothing.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

#[path = "fixtures/news/loopback.rs"]
mod loopback;

use loopback::{Loopback, Route};
use sequel_radar_core::model::{Kind, NewTitle, Status};
use sequel_radar_core::news::{FetchConfig, SearchConfig};
use sequel_radar_core::refresh::{
    self, CancellationToken, Progress, RefreshOptions, RefreshReport,
};
use sequel_radar_core::store::{NewSource, Store};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

fn outlet_file(name: &str) -> String {
    std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/news/outlet")
            .join(name),
    )
    .unwrap()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// An article page: the real text inside the outlet's chrome. `trap` is a
/// headline in the chrome that contradicts the article.
fn page(text_file: &str, date: &str, trap: &str) -> (String, String) {
    let text = outlet_file(text_file);
    let paras: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let headline = paras[0].to_owned();
    let body: String = paras[1..]
        .iter()
        .map(|p| format!("<p>{}</p>\n", escape(p)))
        .collect();
    let html = outlet_file("page.html")
        .replace("{{HEADLINE}}", &escape(&headline))
        .replace("{{DATE}}", date)
        .replace("{{BODY}}", &body)
        .replace("{{TRAP}}", trap);
    (headline, html)
}

struct Story {
    path: &'static str,
    file: &'static str,
    /// RFC 2822, as RSS writes it.
    pub_date: &'static str,
    date: &'static str,
    trap: &'static str,
    /// The feed's short teaser.
    teaser: &'static str,
}

const PH_RUMORED: Story = Story {
    path: "/film/purple-hearts-sequel-sofia-carson/",
    file: "purple-hearts-rumored.txt",
    pub_date: "Tue, 16 Aug 2022 15:00:00 GMT",
    date: "2022-08-16",
    trap: "Purple Hearts 2 officially confirmed by Netflix, filming begins",
    teaser: "Sofia Carson is open to a Purple Hearts sequel.",
};
const WP_POSSIBLE: Story = Story {
    path: "/tv/wayward-pines-season-3-still-possible/",
    file: "wayward-pines-possible.txt",
    pub_date: "Thu, 12 Jan 2017 18:00:00 GMT",
    date: "2017-01-12",
    trap: "Wayward Pines cancelled at Fox after two seasons",
    teaser: "Fox has not made a decision on Wayward Pines season 3.",
};
const PH_IN_TALKS: Story = Story {
    path: "/film/purple-hearts-2-update/",
    file: "purple-hearts-in-talks.txt",
    pub_date: "Mon, 17 Mar 2025 12:00:00 GMT",
    date: "2025-03-17",
    trap: "Purple Hearts 2 cancelled, Netflix says",
    teaser: "A new update on Purple Hearts 2.",
};
const BRIDGERTON: Story = Story {
    path: "/tv/bridgerton-renewed-seasons-5-6/",
    file: "bridgerton-confirmed.txt",
    pub_date: "Wed, 14 May 2025 20:00:00 GMT",
    date: "2025-05-14",
    trap: "Bridgerton cancelled after season 4",
    teaser: "Netflix renews Bridgerton for seasons 5 and 6.",
};
const WP_CANCELLED: Story = Story {
    path: "/tv/wayward-pines-not-renewed/",
    file: "wayward-pines-cancelled.txt",
    pub_date: "Wed, 28 Feb 2018 09:00:00 GMT",
    date: "2018-02-28",
    trap: "Wayward Pines season 3 officially ordered",
    teaser: "Wayward Pines is no more.",
};

fn feed(srv: &Loopback, stories: &[&Story]) -> String {
    let mut items = String::from(
        "<item><title>Box office: a quiet weekend as holdovers lead</title>\
         <link>/box-office/quiet-weekend/</link><description>Industry news in brief.</description>\
         <pubDate>Sun, 01 Jun 2025 10:00:00 GMT</pubDate></item>\n",
    );
    for s in stories {
        let (headline, html) = page(s.file, s.date, s.trap);
        srv.set(s.path, Route::html(html));
        items.push_str(&format!(
            "<item><title>{}</title><link>{}</link><description>{}</description><pubDate>{}</pubDate></item>\n",
            escape(&headline),
            srv.url(s.path),
            escape(s.teaser),
            s.pub_date
        ));
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>\
         <title>Loopback Hollywood</title><link>{}</link><description>news</description>\n{items}</channel></rss>",
        srv.url("/")
    )
}

fn options() -> RefreshOptions {
    RefreshOptions {
        fetch: FetchConfig {
            request_timeout: Duration::from_secs(5),
            backoff: Duration::from_millis(20),
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

async fn refresh_now(store: &mut Store) -> (RefreshReport, Vec<Progress>) {
    let seen = Mutex::new(Vec::new());
    let report = tokio::time::timeout(
        Duration::from_secs(60),
        refresh::run(
            store,
            &options(),
            &|p| seen.lock().unwrap().push(p),
            &CancellationToken::new(),
        ),
    )
    .await
    .expect("refresh ended")
    .expect("refresh ran");
    (report, seen.into_inner().unwrap())
}

fn add(store: &mut Store, name: &str, year: i32, kind: Kind) -> i64 {
    store
        .add_title(NewTitle {
            name: name.into(),
            year: Some(year),
            kind,
            ..NewTitle::default()
        })
        .unwrap()
        .id
}

fn history(store: &Store, id: i64) -> Vec<Status> {
    store
        .title_detail(id)
        .unwrap()
        .history
        .iter()
        .map(|h| h.status)
        .collect()
}

fn status(store: &Store, id: i64) -> Status {
    store.get_title(id).unwrap().status
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn titles_move_over_refreshes_and_repeats_add_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let ph = add(&mut store, "Purple Hearts", 2022, Kind::Movie);
    let wp = add(&mut store, "Wayward Pines", 2015, Kind::Series);
    let br = add(&mut store, "Bridgerton", 2020, Kind::Series);
    let sev = add(&mut store, "Severance", 2022, Kind::Series);
    let srv = Loopback::start();
    let source = store
        .add_source(NewSource {
            url: srv.url("/feed/"),
            name: Some("Loopback Hollywood".into()),
            kind: None,
        })
        .unwrap();

    // 1: a sequel is rumoured, a renewal is still open.
    srv.set(
        "/feed/",
        Route::rss(feed(&srv, &[&PH_RUMORED, &WP_POSSIBLE])),
    );
    let (report, progress) = refresh_now(&mut store).await;
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    assert_eq!(status(&store, ph), Status::Rumored);
    let wp_open = status(&store, wp);
    assert!(
        matches!(wp_open, Status::Rumored | Status::InTalks),
        "{wp_open:?}"
    );
    assert_eq!(status(&store, br), Status::Unknown);
    assert_eq!(report.changes.len(), 2, "{:?}", report.changes);
    let change = report
        .changes
        .iter()
        .find(|c| c.title == "Purple Hearts")
        .unwrap();
    assert_eq!((change.from, change.to), (Status::Unknown, Status::Rumored));
    assert_eq!(
        change.url.as_deref(),
        Some(srv.url(PH_RUMORED.path).as_str())
    );
    assert_eq!(
        srv.hits("/box-office/quiet-weekend/"),
        0,
        "an item about no title is not fetched"
    );
    assert_eq!(progress.last().map(|p| (p.done, p.total)), Some((1, 1)));
    assert_eq!(progress.last().unwrap().source, "Loopback Hollywood");
    let row = store.get_source(source.id).unwrap();
    assert!(
        row.last_ok_at.is_some() && row.last_error.is_none(),
        "{row:?}"
    );

    // 2: the sequel is in talks; a renewal is announced.
    srv.set(
        "/feed/",
        Route::rss(feed(
            &srv,
            &[&PH_RUMORED, &WP_POSSIBLE, &PH_IN_TALKS, &BRIDGERTON],
        )),
    );
    let (report, _) = refresh_now(&mut store).await;
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    assert_eq!(status(&store, ph), Status::InTalks);
    assert_eq!(status(&store, br), Status::Confirmed);
    assert_eq!(report.changes.len(), 2, "{:?}", report.changes);
    assert_eq!(
        srv.hits(PH_RUMORED.path),
        1,
        "an article already read is not fetched again"
    );

    // 3: the series is cancelled.
    let all = [
        &PH_RUMORED,
        &WP_POSSIBLE,
        &PH_IN_TALKS,
        &BRIDGERTON,
        &WP_CANCELLED,
    ];
    srv.set("/feed/", Route::rss(feed(&srv, &all)));
    let (report, _) = refresh_now(&mut store).await;
    assert_eq!(status(&store, wp), Status::Cancelled);
    assert_eq!(report.changes.len(), 1, "{:?}", report.changes);

    // The history follows, oldest first, one entry per change.
    assert_eq!(history(&store, ph), vec![Status::Rumored, Status::InTalks]);
    assert_eq!(history(&store, wp), vec![wp_open, Status::Cancelled]);
    assert_eq!(history(&store, br), vec![Status::Confirmed]);
    assert_eq!(status(&store, sev), Status::Unknown);
    let ph_detail = store.title_detail(ph).unwrap();
    assert!(
        ph_detail.quotes.iter().any(|q| q.speaker == "Sofia Carson"),
        "quotes kept with their speaker: {:?}",
        ph_detail.quotes
    );
    assert!(ph_detail
        .evidence
        .iter()
        .all(|e| e.outlet.as_deref() == Some("Loopback Hollywood")));

    // 4: the same feed again: nothing fetched again, nothing added.
    let evidence_before: usize = [ph, wp, br]
        .iter()
        .map(|id| store.title_detail(*id).unwrap().evidence.len())
        .sum();
    let hits_before = srv.total_hits();
    let (report, _) = refresh_now(&mut store).await;
    assert!(report.changes.is_empty(), "{:?}", report.changes);
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    assert_eq!(
        srv.total_hits(),
        hits_before + 1,
        "only the feed itself was fetched"
    );
    let evidence_after: usize = [ph, wp, br]
        .iter()
        .map(|id| store.title_detail(*id).unwrap().evidence.len())
        .sum();
    assert_eq!(evidence_after, evidence_before);
    assert_eq!(history(&store, ph).len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_syndicated_copy_adds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let wp = add(&mut store, "Wayward Pines", 2015, Kind::Series);
    let srv = Loopback::start();
    let other = Loopback::start_on("127.0.0.2", None);
    for (s, name) in [(&srv, "Loopback Hollywood"), (&other, "Syndicate Daily")] {
        store
            .add_source(NewSource {
                url: s.url("/feed/"),
                name: Some(name.into()),
                kind: None,
            })
            .unwrap();
    }
    srv.set("/feed/", Route::rss(feed(&srv, &[&WP_CANCELLED])));
    let (report, _) = refresh_now(&mut store).await;
    assert_eq!(status(&store, wp), Status::Cancelled, "{report:?}");
    let evidence = store.title_detail(wp).unwrap().evidence.len();
    let quotes = store.title_detail(wp).unwrap().quotes.len();

    // The same story under another outlet's URL and chrome.
    let mut copy = WP_CANCELLED;
    copy.path = "/syndicated/wayward-pines/";
    copy.trap = "Syndicate Daily: five shows to watch this weekend";
    other.set("/feed/", Route::rss(feed(&other, &[&copy])));
    let (report, _) = refresh_now(&mut store).await;
    assert_eq!(other.hits(copy.path), 1, "the copy was read");
    assert!(report.changes.is_empty(), "{:?}", report.changes);
    let detail = store.title_detail(wp).unwrap();
    assert_eq!(
        detail.evidence.len(),
        evidence,
        "no second evidence for the same story"
    );
    assert_eq!(detail.quotes.len(), quotes);
    assert_eq!(detail.history.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unchanged_feed_answers_304_and_costs_nothing_more() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let ph = add(&mut store, "Purple Hearts", 2022, Kind::Movie);
    let srv = Loopback::start();
    let source = store
        .add_source(NewSource {
            url: srv.url("/feed/"),
            name: Some("Loopback Hollywood".into()),
            kind: None,
        })
        .unwrap();
    let body = feed(&srv, &[&PH_RUMORED]);
    srv.set(
        "/feed/",
        Route::Cached {
            etag: "\"rev-7\"".into(),
            content_type: "application/rss+xml".into(),
            body: body.into_bytes(),
        },
    );
    let (first, _) = refresh_now(&mut store).await;
    assert_eq!(first.changes.len(), 1);
    assert_eq!(
        store.get_source(source.id).unwrap().etag.as_deref(),
        Some("\"rev-7\"")
    );
    let (second, _) = refresh_now(&mut store).await;
    assert_eq!(second.stats.not_modified, 1);
    assert!(second.changes.is_empty() && second.errors.is_empty());
    let seen = srv.seen_for("/feed/");
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[1].header("If-None-Match"), Some("\"rev-7\""));
    assert_eq!(srv.hits(PH_RUMORED.path), 1);
    assert_eq!(status(&store, ph), Status::Rumored);
    assert!(store.get_source(source.id).unwrap().last_ok_at.is_some());
}
