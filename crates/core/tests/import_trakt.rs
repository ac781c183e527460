//! Trakt JSON lists and export ZIPs into a real store.

#[path = "fixtures/import/support.rs"]
mod support;

use sequel_radar_core::import::Format;
use sequel_radar_core::model::{Kind, WatchState};
use support::*;

#[test]
fn a_watchlist_file_keeps_ids_and_skips_people() {
    let (_dir, mut s) = store();
    let (preview, report) = import_file(&mut s, &fixture("trakt/watchlist.json"), None);
    assert_eq!(preview.format, Format::Trakt);
    assert_eq!(report.added, 2);
    assert_eq!(preview.skipped.len(), 1);
    assert!(
        preview.skipped[0].reason.starts_with("person"),
        "{:?}",
        preview.skipped
    );
    assert_eq!(
        preview.skipped[0].place.map(|p| p.to_string()).as_deref(),
        Some("item 3")
    );

    let dune = title(&s, "Dune: Part Two");
    assert_eq!(dune.kind, Kind::Movie);
    assert_eq!(
        ids(&s, dune.id),
        vec!["imdb:tt15239678", "tmdb:movie/693134", "trakt:movie/287071"]
    );
    let severance = title(&s, "Severance");
    assert_eq!(severance.kind, Kind::Series);
    assert_eq!(severance.watch_state, WatchState::WantToWatch);
    assert_eq!(
        ids(&s, severance.id),
        vec![
            "imdb:tt11280740",
            "tmdb:tv/95396",
            "trakt:show/154997",
            "tvdb:371980"
        ]
    );
}

#[test]
fn the_export_zip_merges_lists_and_counts_episodes_for_their_show() {
    let (_dir, mut s) = store();
    let (preview, report) = import_file(&mut s, &fixture("trakt/trakt-export.zip"), None);
    assert_eq!(
        names(&s),
        vec!["Arrival", "Dune: Part Two", "Severance", "Shōgun"]
    );
    assert_eq!(report.added, 4);
    assert_eq!(
        preview.merged, 1,
        "Severance is in the watchlist and in watched shows"
    );
    assert!(preview
        .ignored_files
        .iter()
        .any(|f| f.ends_with("user-profile.json")));
    assert_eq!(title(&s, "Severance").watch_state, WatchState::Watched);
    assert_eq!(title(&s, "Arrival").watch_state, WatchState::Watched);
    let shogun = title(&s, "Shōgun");
    assert_eq!((shogun.kind, shogun.year), (Kind::Series, Some(2024)));
}

#[test]
fn the_same_film_from_imdb_and_trakt_is_one_title() {
    let (_dir, mut s) = store();
    import_file(&mut s, &fixture("imdb/ratings.csv"), None);
    let (preview, report) = import_file(&mut s, &fixture("trakt/watched-movies.json"), None);
    assert_eq!(report.added, 0);
    assert_eq!(report.updated, 1);
    assert_eq!(preview.present[0].matched_by, "imdb tt2543164");
    let arrival = title(&s, "Arrival");
    assert_eq!(
        ids(&s, arrival.id),
        vec!["imdb:tt2543164", "tmdb:movie/329865", "trakt:movie/190430"]
    );
}
