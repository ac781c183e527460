//! An import tells how far it got (n of m titles) and can be cancelled; a
//! cancelled import writes nothing, not even to the titles it had reached.

#[path = "fixtures/import/support.rs"]
mod support;

use sequel_radar_core::import::{self, CancellationToken, Format, ImportError, Progress};
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use support::*;

const ROWS: usize = 1_200;

/// The titles' indexes as the schema defines them (a first import drops
/// them for its inserts and builds them again).
fn title_indexes(s: &sequel_radar_core::store::Store) -> Vec<(String, String)> {
    let conn = rusqlite::Connection::open(s.path()).expect("open");
    let mut stmt = conn
        .prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'titles'
             AND sql IS NOT NULL ORDER BY name",
        )
        .expect("prepare");
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows")
}

/// A Letterboxd diary export of `ROWS` films; the first is "Film 0" (2001).
fn diary(dir: &Path) -> PathBuf {
    let mut text = String::from("Date,Name,Year,Letterboxd URI,Watched Date\n");
    for i in 0..ROWS {
        text.push_str(&format!(
            "2024-01-01,Film {i},{},https://boxd.it/f{i},2024-01-01\n",
            2001 + i % 20
        ));
    }
    let path = dir.join("watched.csv");
    std::fs::write(&path, text).expect("write the export");
    path
}

#[test]
fn progress_counts_up_to_all_titles() {
    let (dir, mut s) = store();
    let preview = import::preview(&diary(dir.path()), Some(Format::Letterboxd)).expect("preview");
    let preview = import::compare(&s, preview).expect("compare");
    let indexes = title_indexes(&s);
    assert!(indexes.len() >= 2, "{indexes:?}");
    let seen = RefCell::new(Vec::new());
    let report = import::commit_with(
        &mut s,
        &preview,
        &|p: Progress| seen.borrow_mut().push((p.done, p.total)),
        &CancellationToken::new(),
    )
    .expect("commit");
    assert_eq!(report.added, ROWS);
    let seen = seen.into_inner();
    assert!(seen.len() > 2, "progress told only {seen:?}");
    assert!(seen.iter().all(|&(_, total)| total == ROWS), "{seen:?}");
    assert!(seen.windows(2).all(|w| w[0].0 < w[1].0), "{seen:?}");
    assert_eq!(seen.last(), Some(&(ROWS, ROWS)));
    assert_eq!(title_indexes(&s), indexes);
    // The unique name-and-year index is back: the same titles are found, not added again.
    let again = import::compare(
        &s,
        import::preview(&diary(dir.path()), None).expect("preview"),
    )
    .expect("compare");
    assert_eq!(again.present.len(), ROWS);
}

#[test]
fn a_cancelled_import_writes_nothing() {
    let (dir, mut s) = store();
    // Already on the watchlist, to be watched: the import would mark it so.
    s.add_title(sequel_radar_core::model::NewTitle {
        name: "Film 0".into(),
        year: Some(2001),
        ..Default::default()
    })
    .expect("add");
    let before = backup_text(&s);
    let indexes = title_indexes(&s);
    let preview = import::preview(&diary(dir.path()), Some(Format::Letterboxd)).expect("preview");
    let preview = import::compare(&s, preview).expect("compare");
    let cancel = CancellationToken::new();
    let furthest = RefCell::new(0);
    let err = import::commit_with(
        &mut s,
        &preview,
        &|p: Progress| {
            *furthest.borrow_mut() = p.done;
            if p.done >= 500 {
                cancel.cancel();
            }
        },
        &cancel,
    )
    .expect_err("cancelled");
    assert!(matches!(err, ImportError::Cancelled { .. }), "{err}");
    assert!(err.to_string().contains("nothing was imported"), "{err}");
    // It stopped part way, after writing hundreds of titles, and kept none.
    assert_eq!(furthest.into_inner(), 500);
    assert_eq!(names(&s), ["Film 0"]);
    assert_eq!(backup_text(&s), before);
    assert_eq!(title_indexes(&s), indexes);

    // The same preview still imports in full afterwards.
    let report = import::commit(&mut s, &preview).expect("commit");
    assert_eq!(report.added, ROWS - 1);
    assert_eq!(report.updated, 1);
}

#[test]
fn a_cancelled_restore_writes_nothing() {
    let (dir, mut s) = store();
    import_file(&mut s, &diary(dir.path()), Some(Format::Letterboxd));
    let backup = dir.path().join("backup.json");
    std::fs::write(&backup, backup_text(&s)).expect("write the backup");

    let (_empty_dir, mut empty) = store();
    let preview = import::preview(&backup, Some(Format::Backup)).expect("preview");
    let preview = import::compare(&empty, preview).expect("compare");
    let cancel = CancellationToken::new();
    let err = import::commit_with(
        &mut empty,
        &preview,
        &|p: Progress| {
            if p.done >= 1_000 {
                cancel.cancel();
            }
        },
        &cancel,
    )
    .expect_err("cancelled");
    assert!(matches!(err, ImportError::Cancelled { .. }), "{err}");
    assert!(names(&empty).is_empty());
}
