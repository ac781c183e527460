//! Letterboxd exports (the ZIP and its CSVs) into a real store.

#[path = "fixtures/import/support.rs"]
mod support;

use sequel_radar_core::import::{self, Format};
use sequel_radar_core::model::{Kind, WatchState};
use support::*;

#[test]
fn the_export_zip_brings_watchlist_and_watched_films_once_each() {
    let (_dir, mut s) = store();
    let (preview, report) = import_file(&mut s, &fixture("letterboxd/letterboxd-export.zip"), None);
    assert_eq!(preview.format, Format::Letterboxd);
    assert_eq!(
        names(&s),
        vec![
            "Amélie",
            "Arrival",
            "Crouching Tiger, Hidden Dragon",
            "Dune: Part Two",
            "Heat",
            "Past Lives"
        ]
    );
    assert_eq!(report.added, 6);
    // Arrival is in watched, diary and ratings; Heat in watched and diary;
    // Past Lives in the watchlist and watched.
    assert_eq!(preview.merged, 4);
    assert!(preview
        .ignored_files
        .iter()
        .any(|f| f.ends_with("profile.csv")));
    assert!(preview
        .ignored_files
        .iter()
        .any(|f| f.ends_with("lists/sequels-i-want.csv")));

    let arrival = title(&s, "Arrival");
    assert_eq!(arrival.watch_state, WatchState::Watched);
    assert_eq!(arrival.year, Some(2016));
    assert_eq!(arrival.kind, Kind::Movie);
    // The film's URI is kept; the diary entry's URI is not an id of the film.
    assert_eq!(ids(&s, arrival.id), vec!["letterboxd:https://boxd.it/bbiW"]);
    assert_eq!(arrival.tags, vec!["sci-fi", "favourites"]);

    assert_eq!(
        title(&s, "Dune: Part Two").watch_state,
        WatchState::WantToWatch
    );
    // In the watchlist first, then watched: watched wins.
    assert_eq!(title(&s, "Past Lives").watch_state, WatchState::Watched);
}

#[test]
fn a_single_csv_with_bom_crlf_and_quoted_commas_reads_cleanly() {
    let (_dir, mut s) = store();
    let (_, report) = import_file(&mut s, &fixture("letterboxd/watchlist.csv"), None);
    assert_eq!(report.added, 4);
    let tiger = title(&s, "Crouching Tiger, Hidden Dragon");
    assert_eq!(tiger.year, Some(2000));
    assert_eq!(ids(&s, tiger.id), vec!["letterboxd:https://boxd.it/1Zyo"]);
    // No stray BOM or carriage return in the first or last column.
    let dune = title(&s, "Dune: Part Two");
    assert_eq!(ids(&s, dune.id), vec!["letterboxd:https://boxd.it/n4E6"]);
    assert!(
        s.find_title("amelie", None).is_ok(),
        "accent-insensitive search finds Amélie"
    );
}

#[test]
fn importing_again_adds_nothing_and_upgrades_watch_state() {
    let (_dir, mut s) = store();
    import_file(&mut s, &fixture("letterboxd/watchlist.csv"), None);
    let (preview, report) = import_file(&mut s, &fixture("letterboxd/letterboxd-export.zip"), None);
    assert_eq!(report.added, 2, "Arrival and Heat are new");
    assert_eq!(preview.present.len(), 4);
    let past = preview
        .present
        .iter()
        .find(|p| p.entry.name == "Past Lives")
        .expect("Past Lives is present");
    assert_eq!(past.matched_by, "letterboxd https://boxd.it/rWzS");
    assert_eq!(past.changes, vec!["marks it watched"]);
    assert_eq!(report.updated, 1);
    assert_eq!(report.unchanged, 3);
    assert_eq!(title(&s, "Past Lives").watch_state, WatchState::Watched);

    let (_, again) = import_file(&mut s, &fixture("letterboxd/letterboxd-export.zip"), None);
    assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 6));
    assert_eq!(names(&s).len(), 6);
}

#[test]
fn watched_never_goes_back_to_want_to_watch() {
    let (_dir, mut s) = store();
    import_file(&mut s, &fixture("letterboxd/watched.csv"), None);
    let (_, report) = import_file(&mut s, &fixture("letterboxd/watchlist.csv"), None);
    assert_eq!(report.added, 3);
    assert_eq!(title(&s, "Past Lives").watch_state, WatchState::Watched);
}

#[test]
fn the_preview_from_bytes_needs_no_store_and_serialises() {
    let bytes = std::fs::read(fixture("letterboxd/letterboxd-export.zip")).expect("fixture");
    let preview = import::preview(
        import::Input::Bytes {
            name: "letterboxd-export.zip",
            bytes: &bytes,
        },
        None,
    )
    .expect("preview");
    assert_eq!(preview.new.len(), 6);
    assert!(!preview.compared);
    let json = serde_json::to_value(&preview).expect("serialise");
    assert_eq!(json["format"], "letterboxd");
    assert_eq!(
        json["new"][0]["origin"]["file"],
        "letterboxd-export.zip/watchlist.csv"
    );
    assert_eq!(json["new"][0]["origin"]["place"]["line"], 2);
    // What the window sends back commits the same.
    let back: import::Preview = serde_json::from_value(json).expect("deserialise");
    let (_dir, mut s) = store();
    let report = import::commit(&mut s, &back).expect("commit");
    assert_eq!(report.added, 6);
}

#[test]
fn the_cli_dry_run_prints_the_preview_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let zip = fixture("letterboxd/letterboxd-export.zip");
    let zip = zip.to_str().expect("path");
    let r = run(&data, &["add", "Heat", "--year", "1995"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let r = run(&data, &["import", zip, "--dry-run"]);
    assert_eq!(r.code, 0, "{}", r.err);
    println!("{}", r.out);
    assert!(
        r.out.starts_with(
            "Letterboxd export letterboxd-export.zip: 6 titles (5 new, 1 already on the watchlist)"
        ),
        "{}",
        r.out
    );
    assert!(
        r.out
            .contains("  + Arrival (2016) movie, watched [letterboxd https://boxd.it/bbiW]"),
        "{}",
        r.out
    );
    assert!(r.out.contains("  = \"Heat\" (1995) (by name and year): adds letterboxd https://boxd.it/29Jk, marks it watched"), "{}", r.out);
    assert!(r.out.contains("dry run: nothing was written"), "{}", r.out);
    let list: Vec<serde_json::Value> =
        serde_json::from_str(&run(&data, &["list", "--json"]).out).expect("json");
    assert_eq!(list.len(), 1);

    let r = run(&data, &["import", zip, "--dry-run", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&r.out).expect("json preview");
    assert_eq!(v["new"].as_array().map(Vec::len), Some(5));
    assert_eq!(v["present"][0]["title"], "\"Heat\" (1995)");

    let r = run(&data, &["import", zip, "--json"]);
    let v: serde_json::Value = serde_json::from_str(&r.out).expect("json report");
    assert_eq!(
        (v["added"].as_u64(), v["updated"].as_u64()),
        (Some(5), Some(1))
    );
}
