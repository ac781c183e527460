//! Every real-world feed of ../shared/feeds/real-world (BBC, Debian, Reddit,
//! YouTube, podcasts, JSON Feed, RSS 0.9x/1.0/2.0, Atom with odd encodings)
//! served on loopback as a source, refreshed against a watchlist of real
//! titles into a real SQLite file: no panic, no false match, nothing stored,
//! and the only failures are the files that are not feeds.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

#[path = "fixtures/news/loopback.rs"]
mod loopback;

use loopback::{Loopback, Route};
use sequel_radar_core::model::{Kind, NewTitle, Status};
use sequel_radar_core::news::{FetchConfig, SearchConfig};
use sequel_radar_core::refresh::{self, CancellationToken, RefreshOptions};
use sequel_radar_core::store::{ListQuery, NewSource, Store};
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

const WATCHLIST: &[(&str, Kind)] = &[
    ("The Bear", Kind::Series),
    ("Purple Hearts", Kind::Movie),
    ("Severance", Kind::Series),
    ("Wednesday", Kind::Series),
    ("Stranger Things", Kind::Series),
    ("Bridgerton", Kind::Series),
    ("Dune", Kind::Movie),
    ("Barbie", Kind::Movie),
    ("Oppenheimer", Kind::Movie),
    ("The Last of Us", Kind::Series),
    ("House of the Dragon", Kind::Series),
    ("Succession", Kind::Series),
    ("Ted Lasso", Kind::Series),
    ("The Crown", Kind::Series),
    ("Squid Game", Kind::Series),
    ("Yellowstone", Kind::Series),
    ("Euphoria", Kind::Series),
    ("Andor", Kind::Series),
    ("Shogun", Kind::Series),
    ("Fallout", Kind::Series),
    ("Reacher", Kind::Series),
    ("The Boys", Kind::Series),
    ("Abbott Elementary", Kind::Series),
    ("Hacks", Kind::Series),
    ("Slow Horses", Kind::Series),
    ("Beef", Kind::Series),
    ("Poker Face", Kind::Series),
    ("Heat", Kind::Movie),
    ("Up", Kind::Movie),
    ("Us", Kind::Movie),
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn real_world_feeds_ingest_without_panic_or_false_match() {
    ingest_real_world(WATCHLIST).await;
}

/// The film "It" is not found in the Night Vale podcast feed's "The
/// University of What It Is" (title-cased, with "episode" and "show" nearby):
/// a short title inside a longer capitalised name is not the title.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_film_it_is_not_found_in_a_proper_name() {
    ingest_real_world(&[("It", Kind::Movie)]).await;
}

/// Item links point at real hosts. A false match would make the refresh
/// fetch one: everything that is not loopback goes to this "proxy", which
/// refuses and counts, so the tests never leave the machine and still notice.
/// Set up once per test binary, as the environment is shared.
fn proxy_guard() -> &'static Loopback {
    static GUARD: OnceLock<Loopback> = OnceLock::new();
    GUARD.get_or_init(|| {
        let guard = Loopback::start();
        for var in ["HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"] {
            std::env::set_var(var, &guard.base);
        }
        std::env::set_var("NO_PROXY", "127.0.0.1");
        std::env::set_var("no_proxy", "127.0.0.1");
        guard
    })
}

async fn ingest_real_world(watchlist: &[(&str, Kind)]) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/feeds/real-world");
    if !dir.is_dir() {
        eprintln!("SKIPPED: {} is absent; nothing to ingest", dir.display());
        return;
    }
    let guard = proxy_guard();
    let tmp = tempfile::tempdir().unwrap();
    let mut store = Store::open(tmp.path()).unwrap();
    for (name, kind) in watchlist {
        store
            .add_title(NewTitle {
                name: (*name).into(),
                kind: *kind,
                ..NewTitle::default()
            })
            .unwrap();
    }
    let srv = Loopback::start();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in &names {
        let ctype = if name.ends_with(".json") {
            "application/feed+json"
        } else if name.starts_with("atom") {
            "application/atom+xml"
        } else {
            "application/rss+xml"
        };
        srv.set(
            &format!("/{name}"),
            Route::ok(ctype, std::fs::read(dir.join(name)).unwrap()),
        );
        store
            .add_source(NewSource {
                url: srv.url(&format!("/{name}")),
                name: Some(name.clone()),
                kind: None,
            })
            .unwrap();
    }
    let options = RefreshOptions {
        fetch: FetchConfig {
            request_timeout: Duration::from_secs(5),
            ..FetchConfig::default()
        },
        search: Some(SearchConfig {
            enabled: false,
            ..SearchConfig::default()
        }),
        force: true,
        ..RefreshOptions::default()
    };
    let report = tokio::time::timeout(
        Duration::from_secs(120),
        refresh::run(&mut store, &options, &|_| {}, &CancellationToken::new()),
    )
    .await
    .expect("refresh ended")
    .expect("refresh ran");

    assert_eq!(report.stats.sources, names.len());
    assert!(
        report.stats.items > 50,
        "only {} items read",
        report.stats.items
    );
    assert_eq!(
        report.stats.matched, 0,
        "false matches in real-world feeds: {report:#?}"
    );
    assert_eq!(guard.total_hits(), 0, "the refresh tried to leave loopback");
    assert!(report.changes.is_empty(), "{:?}", report.changes);
    // Only the files that are not feeds fail (broken XML, plain XML samples).
    for e in &report.errors {
        assert!(
            e.source.starts_with("xml_") || e.source.contains("invalid"),
            "{}: {}",
            e.source,
            e.message
        );
    }
    // Every title is still there, untouched.
    let titles = store.list_titles(&ListQuery::default()).unwrap();
    assert_eq!(titles.total, watchlist.len());
    assert!(titles.rows.iter().all(|t| t.status == Status::Unknown));
    // And the feeds that parsed are recorded as fine.
    let ok = store
        .list_sources()
        .unwrap()
        .iter()
        .filter(|s| s.last_ok_at.is_some())
        .count();
    assert_eq!(ok, names.len() - report.errors.len());
}
