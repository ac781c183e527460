//! Opening files: migrations from older schemas, and refusal of files that
//! are not ours, damaged, or newer, which must stay byte for byte untouched.

use sequel_radar_core::model::Status;
use sequel_radar_core::store::{latest_schema, ListQuery, Store, StoreError};
use std::path::Path;

const DB: &str = "sequel-radar.sqlite3";

fn v1_database(dir: &Path) {
    let conn = rusqlite::Connection::open(dir.join(DB)).expect("create v1 file");
    conn.execute_batch(include_str!("fixtures/store/schema-v1.sql"))
        .expect("load v1 fixture");
}

#[test]
fn upgrades_a_schema_1_database_without_loss() {
    let dir = tempfile::tempdir().expect("temp dir");
    v1_database(dir.path());
    let store = Store::open(dir.path()).expect("upgrade");
    assert_eq!(store.schema_version().expect("version"), latest_schema());
    assert!(latest_schema() >= 2, "there is an upgrade path to test");
    let page = store.list_titles(&ListQuery::default()).expect("list");
    assert_eq!(page.total, 2);
    let ph = store
        .find_title("corazones malheridos", None)
        .expect("alias survived");
    assert_eq!(
        (ph.status, ph.next.as_deref()),
        (Status::InTalks, Some("Purple Hearts 2"))
    );
    let detail = store.title_detail(ph.id).expect("detail");
    assert_eq!(detail.evidence.len(), 1);
    assert_eq!(detail.quotes[0].speaker, "Sofia Carson");
    assert_eq!(detail.history.len(), 1);
    assert_eq!(
        store.list_sources().expect("sources")[0].name.as_deref(),
        Some("Deadline")
    );
}

#[test]
fn migrating_twice_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(Store::open(dir.path()).expect("first open"));
    let before = std::fs::read(dir.path().join(DB)).expect("read");
    let store = Store::open(dir.path()).expect("second open");
    assert_eq!(store.schema_version().expect("version"), latest_schema());
    drop(store);
    assert_eq!(
        std::fs::read(dir.path().join(DB)).expect("read").len(),
        before.len()
    );
}

fn refused(dir: &Path, bytes: &[u8]) -> StoreError {
    let path = dir.join(DB);
    std::fs::write(&path, bytes).expect("write");
    let err = match Store::open(dir) {
        Ok(_) => panic!("opened a file that is not ours"),
        Err(e) => e,
    };
    assert_eq!(
        std::fs::read(&path).expect("read back"),
        bytes,
        "the file was modified"
    );
    assert!(
        !dir.join(format!("{DB}-wal")).exists(),
        "a WAL file was created"
    );
    assert!(
        err.to_string().contains(&path.display().to_string()),
        "{err}"
    );
    err
}

#[test]
fn refuses_a_file_that_is_not_a_database() {
    let dir = tempfile::tempdir().expect("temp dir");
    let err = refused(dir.path(), b"these are my notes, not a database\n");
    assert!(matches!(err, StoreError::NotOurs { .. }), "{err}");
}

#[test]
fn refuses_another_applications_database() {
    let dir = tempfile::tempdir().expect("temp dir");
    let other = dir.path().join("other.db");
    {
        let conn = rusqlite::Connection::open(&other).expect("other db");
        conn.execute_batch(
            "CREATE TABLE moz_places (id INTEGER); INSERT INTO moz_places VALUES (1);",
        )
        .expect("fill");
    }
    let bytes = std::fs::read(&other).expect("read");
    let err = refused(dir.path(), &bytes);
    assert!(err.to_string().contains("another application"), "{err}");
}

#[test]
fn refuses_a_database_from_a_newer_version() {
    let dir = tempfile::tempdir().expect("temp dir");
    let newer = dir.path().join("newer.db");
    {
        let conn = rusqlite::Connection::open(&newer).expect("db");
        conn.execute_batch(include_str!("fixtures/store/schema-v1.sql"))
            .expect("fill");
        conn.pragma_update(None, "user_version", 99)
            .expect("version");
    }
    let bytes = std::fs::read(&newer).expect("read");
    let err = refused(dir.path(), &bytes);
    assert!(matches!(err, StoreError::TooNew { found: 99, .. }), "{err}");
    assert!(err.to_string().contains("update the app"), "{err}");
}

#[test]
fn refuses_a_damaged_database() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = dir.path().join("good.db");
    {
        let conn = rusqlite::Connection::open(&good).expect("db");
        conn.execute_batch(include_str!("fixtures/store/schema-v1.sql"))
            .expect("fill");
    }
    let mut bytes = std::fs::read(&good).expect("read");
    // Keep the header, scribble over the schema page and beyond.
    for b in bytes.iter_mut().skip(100).take(3000) {
        *b = 0xA5;
    }
    let err = refused(dir.path(), &bytes);
    assert!(
        matches!(err, StoreError::Corrupt { .. } | StoreError::NotOurs { .. }),
        "{err}"
    );
}

#[test]
fn a_truncated_header_is_not_ours() {
    let dir = tempfile::tempdir().expect("temp dir");
    refused(dir.path(), b"SQLite form");
}
