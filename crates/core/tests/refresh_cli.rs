//! `sequel-radar sources ...` and `refresh [--json]` through the real CLI
//! code on a real data folder, with the first-start sources pointed at
//! loopback (SEQUEL_RADAR_DEFAULT_FEEDS, SEQUEL_RADAR_SEARCH_TEMPLATE).
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

#[path = "fixtures/news/loopback.rs"]
mod loopback;

use loopback::{Loopback, Route};
use sequel_radar_core::cli;
use sequel_radar_core::refresh::{ENV_DEFAULT_FEEDS, ENV_SEARCH_TEMPLATE};
use std::path::Path;

/// Runs one command; returns (exit code, stdout, stderr).
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let mut argv = vec![
        "sequel-radar".to_owned(),
        "--data-dir".into(),
        dir.display().to_string(),
    ];
    argv.extend(args.iter().map(|a| (*a).to_owned()));
    let parsed = cli::parse(argv.iter().map(std::ffi::OsString::from)).expect("arguments parse");
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = cli::execute(parsed, &mut out, &mut err);
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

const FEED: &str = r#"<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Loop</title>
<item><title>Severance renewed for season 3</title><link>{link}</link>
<description>Apple TV+ has renewed Severance for a third season.</description>
<pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate></item></channel></rss>"#;

const PAGE: &str = "<!DOCTYPE html><html><head><title>Severance</title></head><body>\
<nav><a href='/'>Home</a></nav><article><h1>Severance renewed for season 3</h1>\
<p>Apple TV+ has officially renewed Severance for a third season, the streamer announced on Tuesday.</p>\
<p>The second season premiered in January and became the most-watched series on the service.</p>\
</article><aside><h3>Most Read</h3></aside></body></html>";

#[test]
fn sources_and_refresh_on_the_command_line() {
    let srv = Loopback::start();
    srv.set(
        "/feed",
        Route::rss(FEED.replace("{link}", &srv.url("/severance"))),
    );
    srv.set("/severance", Route::html(PAGE));
    srv.set(
        "/search",
        Route::rss(FEED.replace("{link}", &srv.url("/severance"))),
    );
    // Run in a single test: the environment is shared by the whole binary.
    std::env::set_var(ENV_DEFAULT_FEEDS, srv.url("/feed"));
    std::env::set_var(ENV_SEARCH_TEMPLATE, srv.url("/search?q={query}"));
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();

    // First use: the default sources (here: loopback) are there.
    let (code, out, err) = run(dir, &["sources", "list", "--json"]);
    assert_eq!(code, 0, "{err}");
    let list: serde_json::Value = serde_json::from_str(&out).unwrap();
    let urls: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["url"].as_str().unwrap())
        .collect();
    assert_eq!(urls, vec![srv.url("/feed"), srv.url("/search?q={query}")]);
    assert_eq!(list[1]["kind"], "search");

    // A dead feed added by hand; a bad address refused with a message.
    let dead = Loopback::start_on("127.0.0.2", None);
    let (code, out, _) = run(
        dir,
        &["sources", "add", &dead.url("/gone"), "--name", "Dead Feed"],
    );
    assert_eq!(code, 0);
    assert!(out.contains("Added source 3"), "{out}");
    let (code, _, err) = run(dir, &["sources", "add", "ftp://example.invalid/feed"]);
    assert_eq!(code, 1);
    assert!(err.contains("http://"), "{err}");

    let (code, out, err) = run(dir, &["add", "Severance", "--kind", "series"]);
    assert_eq!(code, 0, "{out}{err}");

    // One source fails: the refresh still succeeds, lists it, and stores the rest.
    let (code, out, err) = run(dir, &["refresh", "--json"]);
    assert_eq!(code, 0, "{err}");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    let keys: Vec<&String> = report.as_object().unwrap().keys().collect();
    assert_eq!(keys, vec!["changes", "errors"]);
    let changes = report["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "{out}");
    assert_eq!(changes[0]["title"], "Severance");
    assert_eq!(changes[0]["from"], "unknown");
    assert_eq!(changes[0]["to"], "confirmed");
    assert_eq!(changes[0]["url"], srv.url("/severance"));
    let errors = report["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{out}");
    assert_eq!(errors[0]["source"], "Dead Feed");
    assert!(
        errors[0]["message"].as_str().unwrap().contains("404"),
        "{out}"
    );
    // The per-title search asked about the title by name.
    let searched = srv.seen_for("/search");
    assert_eq!(searched.len(), 1);
    assert!(
        searched[0].url.contains("%22Severance%22"),
        "{}",
        searched[0].url
    );

    // The failure shows in `sources list`; the article shows in `show`.
    let (_, out, _) = run(dir, &["sources", "list"]);
    assert!(
        out.contains("Dead Feed") && out.contains("failing since"),
        "{out}"
    );
    let (_, out, _) = run(dir, &["show", "Severance", "--json"]);
    let shown: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(shown["status"], "confirmed");
    assert_eq!(shown["evidence"][0]["url"], srv.url("/severance"));

    // Again, in words: nothing new; the dead feed is listed again.
    let (code, out, _) = run(dir, &["refresh"]);
    assert_eq!(code, 0);
    assert!(out.contains("no changes"), "{out}");
    assert!(out.contains("Dead Feed:") && out.contains("404"), "{out}");

    // Removing a source; a removed default does not come back.
    let (code, _, _) = run(dir, &["sources", "remove", "1"]);
    assert_eq!(code, 0);
    let (_, out, _) = run(dir, &["sources", "list", "--json"]);
    let list: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 2, "{out}");
    let (code, _, err) = run(dir, &["sources", "remove", "99"]);
    assert_eq!(code, 1);
    assert!(err.contains("99"), "{err}");
}

#[test]
fn refresh_cannot_run_on_a_file_that_is_not_ours() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(sequel_radar_core::paths::DB_FILE),
        b"not a database at all, just text",
    )
    .unwrap();
    let (code, out, err) = run(dir.path(), &["refresh", "--json"]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("not a Sequel Radar database"), "{err}");
}
