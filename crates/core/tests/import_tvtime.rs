//! TV Time GDPR exports into a real store.

#[path = "fixtures/import/support.rs"]
mod support;

use sequel_radar_core::import::Format;
use sequel_radar_core::model::{Kind, WatchState};
use support::*;

#[test]
fn the_gdpr_zip_brings_followed_shows_and_tracked_movies() {
    let (_dir, mut s) = store();
    let (preview, report) = import_file(&mut s, &fixture("tvtime/gdpr-data.zip"), None);
    assert_eq!(preview.format, Format::Tvtime);
    assert_eq!(report.added, 5);
    assert_eq!(
        names(&s),
        vec![
            "Arrival",
            "Doctor Who",
            "Furiosa: A Mad Max Saga",
            "Game of Thrones",
            "Severance"
        ]
    );
    let who = title(&s, "Doctor Who");
    assert_eq!((who.kind, who.year), (Kind::Series, Some(2005)));
    assert_eq!(ids(&s, who.id), vec!["tvdb:78804"]);
    assert_eq!(who.watch_state, WatchState::Watching);
    assert_eq!(
        title(&s, "Game of Thrones").watch_state,
        WatchState::Watched,
        "archived"
    );
    let arrival = title(&s, "Arrival");
    assert_eq!(
        (arrival.kind, arrival.year, arrival.watch_state),
        (Kind::Movie, Some(2016), WatchState::Watched)
    );
    assert_eq!(
        title(&s, "Furiosa: A Mad Max Saga").watch_state,
        WatchState::WantToWatch
    );
    assert!(preview
        .ignored_files
        .iter()
        .any(|f| f.ends_with("device_data.csv")));
}

#[test]
fn a_show_followed_on_tv_time_and_listed_on_trakt_is_one_title() {
    let (_dir, mut s) = store();
    import_file(&mut s, &fixture("trakt/watchlist.json"), None);
    let (preview, report) = import_file(
        &mut s,
        &fixture("tvtime/followed_tv_show.csv"),
        Some(Format::Tvtime),
    );
    assert_eq!(report.added, 2);
    let sev = preview
        .present
        .iter()
        .find(|p| p.entry.name == "Severance")
        .expect("present");
    assert_eq!(sev.matched_by, "tvdb 371980");
    assert_eq!(title(&s, "Severance").watch_state, WatchState::Watching);
}
