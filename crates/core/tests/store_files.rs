//! Opening files: migrations from older schemas, and refusal of files that
//! are not ours, damaged, or newer, which must stay byte for byte untouched.

use sequel_radar_core::model::Status;
use sequel_radar_core::store::{latest_schema, ListQuery, Store, StoreError, APPLICATION_ID};
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

/// The schema as SQLite holds it, plus the version and the application id.
fn schema_of(dir: &Path) -> (Vec<String>, i64, i64) {
    let conn = rusqlite::Connection::open(dir.join(DB)).expect("open");
    let mut stmt = conn
        .prepare(
            "SELECT type || ' ' || name || ' ' || ifnull(sql, '') FROM sqlite_master ORDER BY name",
        )
        .expect("prepare");
    let rows = stmt
        .query_map([], |r| r.get(0))
        .expect("query")
        .collect::<Result<Vec<String>, _>>()
        .expect("rows");
    let version = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("version");
    let app = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .expect("application id");
    (rows, version, app)
}

#[test]
fn migrating_twice_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(Store::open(dir.path()).expect("first open"));
    let before = schema_of(dir.path());
    assert_eq!(before.1, latest_schema());
    assert_eq!(before.2, APPLICATION_ID);
    let store = Store::open(dir.path()).expect("second open");
    assert_eq!(store.schema_version().expect("version"), latest_schema());
    drop(store);
    assert_eq!(schema_of(dir.path()), before);
}

#[test]
fn a_fresh_database_and_an_upgraded_one_have_the_same_schema() {
    let fresh = tempfile::tempdir().expect("temp dir");
    drop(Store::open(fresh.path()).expect("fresh"));
    let old = tempfile::tempdir().expect("temp dir");
    v1_database(old.path());
    drop(Store::open(old.path()).expect("upgrade"));
    let (fresh_schema, _, _) = schema_of(fresh.path());
    assert!(
        fresh_schema.iter().any(|s| s.contains("evidence_by_title")),
        "migration 2 ran"
    );
    assert_eq!(schema_of(old.path()), schema_of(fresh.path()));
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

#[test]
fn refuses_a_newer_database_in_wal_mode_and_leaves_it_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(Store::open(dir.path()).expect("create"));
    {
        let conn = rusqlite::Connection::open(dir.path().join(DB)).expect("open");
        conn.pragma_update(None, "user_version", 7)
            .expect("version");
    }
    let path = dir.path().join(DB);
    let bytes = std::fs::read(&path).expect("read");
    let err = match Store::open(dir.path()) {
        Ok(_) => panic!("opened a newer database"),
        Err(e) => e,
    };
    assert!(matches!(err, StoreError::TooNew { found: 7, .. }), "{err}");
    assert_eq!(std::fs::read(&path).expect("read back"), bytes);
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, vec![DB], "nothing was created beside it");
}

#[test]
fn reopens_in_a_folder_with_unusual_characters() {
    let root = tempfile::tempdir().expect("temp dir");
    let dir = root.path().join("my films #1 ?x=%20 é");
    {
        let mut s = Store::open(&dir).expect("create");
        s.add_title(sequel_radar_core::model::NewTitle {
            name: "Amélie".into(),
            ..Default::default()
        })
        .expect("add");
    }
    let s = Store::open(&dir).expect("reopen");
    assert_eq!(s.list_titles(&ListQuery::default()).expect("list").total, 1);
    drop(s);
    let mut names: Vec<String> = std::fs::read_dir(root.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        vec!["my films #1 ?x=%20 é"],
        "no stray file beside the folder"
    );
}
