//! IMDb list, watchlist and ratings exports into a real store.

#[path = "fixtures/import/support.rs"]
mod support;

use sequel_radar_core::import::Format;
use sequel_radar_core::model::{Kind, NewTitle, WatchState};
use support::*;

#[test]
fn a_watchlist_maps_title_types_to_kinds_and_skips_episodes() {
    let (_dir, mut s) = store();
    let (preview, report) = import_file(&mut s, &fixture("imdb/watchlist.csv"), None);
    assert_eq!(preview.format, Format::Imdb);
    assert_eq!(report.added, 5);
    assert_eq!(title(&s, "The Witcher").kind, Kind::Series);
    assert_eq!(
        title(&s, "Chernobyl").kind,
        Kind::Series,
        "TV Mini Series is a series"
    );
    assert_eq!(title(&s, "Dune: Part Two").kind, Kind::Movie);
    assert_eq!(preview.skipped.len(), 1);
    let skipped = &preview.skipped[0];
    assert_eq!(skipped.name.as_deref(), Some("Pilot"));
    assert!(skipped.reason.contains("episode"), "{}", skipped.reason);
    assert_eq!(
        skipped.place.map(|p| p.to_string()).as_deref(),
        Some("line 7"),
        "lines count the two-line Description"
    );

    let amelie = title(&s, "Amélie");
    assert_eq!(amelie.aliases, vec!["Le fabuleux destin d'Amélie Poulain"]);
    assert_eq!(ids(&s, amelie.id), vec!["imdb:tt0211915"]);
    assert_eq!(amelie.watch_state, WatchState::WantToWatch);
    // "Dune: Part One" is another name of "Dune", kept as an alias.
    assert!(s.find_title("Dune Part One", None).is_ok());
}

#[test]
fn ratings_mark_titles_watched_and_merge_with_the_watchlist() {
    let (_dir, mut s) = store();
    import_file(&mut s, &fixture("imdb/watchlist.csv"), None);
    let (preview, report) = import_file(&mut s, &fixture("imdb/ratings.csv"), None);
    assert_eq!(report.added, 2, "Arrival and Heat");
    assert_eq!(report.updated, 1, "The Witcher becomes watched");
    let witcher = preview
        .present
        .iter()
        .find(|p| p.entry.name == "The Witcher")
        .expect("present");
    assert_eq!(witcher.matched_by, "imdb tt5180504");
    assert_eq!(title(&s, "The Witcher").watch_state, WatchState::Watched);
    assert_eq!(title(&s, "Heat").watch_state, WatchState::Watched);
    assert_eq!(names(&s).iter().filter(|n| *n == "The Witcher").count(), 1);
}

#[test]
fn latin1_with_crlf_reads_like_utf8() {
    let (_dir, mut s) = store();
    import_file(
        &mut s,
        &fixture("imdb/watchlist-latin1.csv"),
        Some(Format::Imdb),
    );
    let amelie = title(&s, "Amélie");
    assert_eq!(amelie.year, Some(2001));
    assert_eq!(amelie.aliases, vec!["Le fabuleux destin d'Amélie Poulain"]);
}

#[test]
fn a_title_added_by_hand_gains_the_imdb_id_instead_of_a_twin() {
    let (_dir, mut s) = store();
    let mine = s
        .add_title(NewTitle {
            name: "Amelie".into(),
            year: Some(2001),
            ..NewTitle::default()
        })
        .expect("add");
    let (preview, report) = import_file(&mut s, &fixture("imdb/watchlist.csv"), None);
    let present = preview
        .present
        .iter()
        .find(|p| p.title_id == mine.id)
        .expect("matched");
    assert_eq!(present.matched_by, "name and year");
    assert!(
        present.changes.contains(&"adds imdb tt0211915".to_string()),
        "{:?}",
        present.changes
    );
    assert_eq!(report.added, 4);
    assert_eq!(ids(&s, mine.id), vec!["imdb:tt0211915"]);
    assert_eq!(names(&s).iter().filter(|n| n.starts_with("Am")).count(), 1);
}
