//! The per-title news search against a loopback search endpoint: each title
//! is asked about by name and next installment, a few titles per run in
//! turn, results from other outlets are stored under their outlet, and the
//! search can be switched off.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

#[path = "fixtures/news/loopback.rs"]
mod loopback;

use loopback::{Loopback, Route};
use sequel_radar_core::model::{Kind, NewTitle, Status};
use sequel_radar_core::news::{FetchConfig, SearchConfig};
use sequel_radar_core::refresh::{self, CancellationToken, RefreshOptions, RefreshReport};
use sequel_radar_core::store::{NewSource, Store};
use std::time::Duration;

const RESULTS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>"Severance" - News search</title>
<item><title>Severance renewed for season 3 at Apple TV+ - Deadline</title><link>{link}</link>
<description>Apple TV+ has renewed Severance for a third season.</description>
<pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate></item></channel></rss>"#;

const PAGE: &str = "<!DOCTYPE html><html><head><title>Severance</title></head><body>\
<nav><a href='/'>Home</a></nav><article><h1>Severance renewed for season 3</h1>\
<p>Apple TV+ has officially renewed Severance for a third season, the streamer announced on Tuesday.</p>\
<p>The second season premiered in January and became the most-watched series on the service.</p>\
</article></body></html>";

const EMPTY: &str = r#"<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>none</title></channel></rss>"#;

async fn refresh_with(store: &mut Store, search: Option<SearchConfig>) -> RefreshReport {
    let options = RefreshOptions {
        fetch: FetchConfig {
            request_timeout: Duration::from_secs(5),
            ..FetchConfig::default()
        },
        search,
        force: true,
        ..RefreshOptions::default()
    };
    tokio::time::timeout(
        Duration::from_secs(60),
        refresh::run(store, &options, &|_| {}, &CancellationToken::new()),
    )
    .await
    .expect("refresh ended")
    .expect("refresh ran")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn titles_are_searched_in_turn_and_results_stored_under_their_outlet() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let names = ["Severance", "The Bear", "Andor", "Hacks", "Slow Horses"];
    let mut ids = Vec::new();
    for name in names {
        ids.push(
            store
                .add_title(NewTitle {
                    name: name.into(),
                    kind: Kind::Series,
                    ..NewTitle::default()
                })
                .unwrap()
                .id,
        );
    }
    let srv = Loopback::start();
    srv.set("/search", Route::rss(EMPTY));
    let template = srv.url("/search?q={query}&hl=en-US");
    store
        .add_source(NewSource {
            url: template.clone(),
            name: Some("News search".into()),
            kind: Some("search".into()),
        })
        .unwrap();
    let per_run = |n| {
        Some(SearchConfig {
            enabled: true,
            template: template.clone(),
            titles_per_run: n,
        })
    };

    // Two titles per run, in turn, wrapping around.
    refresh_with(&mut store, per_run(2)).await;
    refresh_with(&mut store, per_run(2)).await;
    refresh_with(&mut store, per_run(2)).await;
    let asked: Vec<String> = srv
        .seen_for("/search")
        .iter()
        .map(|s| s.url.clone())
        .collect();
    assert_eq!(asked.len(), 6);
    // Within one run the two searches go out together, so only the pair per
    // run is fixed, not the order inside it.
    let runs = [
        ["Severance", "The+Bear"],
        ["Andor", "Hacks"],
        ["Slow+Horses", "Severance"],
    ];
    for (pair, names) in asked.chunks(2).zip(runs) {
        for name in names {
            assert!(
                pair.iter()
                    .any(|url| url.contains(&format!("q=%22{name}%22"))),
                "{pair:?} should ask about {name}"
            );
        }
        for url in pair {
            assert!(
                url.contains("renewed+OR") && url.ends_with("&hl=en-US"),
                "{url}"
            );
        }
    }

    // A result from an outlet we do not follow is read and kept with its outlet.
    srv.set(
        "/search",
        Route::rss(RESULTS.replace("{link}", &srv.url("/deadline/severance"))),
    );
    srv.set("/deadline/severance", Route::html(PAGE));
    let report = refresh_with(&mut store, per_run(5)).await;
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    assert_eq!(report.changes.len(), 1, "{:?}", report.changes);
    let detail = store.title_detail(ids[0]).unwrap();
    assert_eq!(detail.title.status, Status::Confirmed);
    assert_eq!(detail.evidence[0].outlet.as_deref(), Some("Deadline"));
    assert_eq!(
        srv.hits("/deadline/severance"),
        1,
        "five searches, one article, read once"
    );

    // Switched off: no search at all.
    let before = srv.hits("/search");
    let report = refresh_with(
        &mut store,
        Some(SearchConfig {
            enabled: false,
            ..SearchConfig::default()
        }),
    )
    .await;
    assert_eq!(report.stats.sources, 0);
    assert_eq!(srv.hits("/search"), before);

    // Off as the user sets it: the search row disabled in the sources table.
    let row = store
        .list_sources()
        .unwrap()
        .into_iter()
        .find(|s| s.kind == "search")
        .unwrap();
    store.set_source_enabled(row.id, false).unwrap();
    let report = refresh_with(&mut store, None).await;
    assert_eq!(report.stats.sources, 0);
    assert_eq!(srv.hits("/search"), before);
}
