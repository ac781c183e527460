//! Bad input: a clear message naming file, line and field, and nothing written.

#[path = "fixtures/import/support.rs"]
mod support;

use sequel_radar_core::import::{self, Format, ImportError, Input};
use sequel_radar_core::model::NewTitle;
use sequel_radar_core::store::Store;
use std::path::Path;
use support::*;

/// A store holding one title, to show that a failed import leaves it as it was.
fn store_with_one() -> (tempfile::TempDir, Store) {
    let (dir, mut s) = store();
    s.add_title(NewTitle {
        name: "Heat".into(),
        year: Some(1995),
        ..NewTitle::default()
    })
    .expect("add");
    (dir, s)
}

fn try_import(s: &mut Store, path: &Path, format: Option<Format>) -> ImportError {
    let result = import::preview(path, format)
        .and_then(|p| import::compare(s, p))
        .and_then(|p| import::commit(s, &p));
    let err = result.expect_err("the import must fail");
    assert_eq!(names(s), vec!["Heat"], "nothing was written");
    err
}

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn a_file_of_another_service_names_the_missing_columns() {
    let (_dir, mut s) = store_with_one();
    let err = try_import(
        &mut s,
        &fixture("letterboxd/watchlist.csv"),
        Some(Format::Imdb),
    );
    let msg = err.to_string();
    assert!(matches!(err, ImportError::MissingColumns { .. }), "{msg}");
    assert!(msg.contains("watchlist.csv"), "{msg}");
    assert!(msg.contains("\"Const\", \"Title\""), "{msg}");
    assert!(
        msg.contains("\"Letterboxd URI\""),
        "shows what was found: {msg}"
    );
    assert!(msg.contains("IMDb"), "{msg}");
}

#[test]
fn an_unrecognisable_file_asks_for_a_format() {
    let (dir, mut s) = store_with_one();
    let path = write(dir.path(), "notes.txt", "groceries\nmilk, eggs\n");
    let msg = try_import(&mut s, &path, None).to_string();
    assert!(
        msg.starts_with("notes.txt: cannot tell which export this is"),
        "{msg}"
    );
    assert!(msg.contains("--format"), "{msg}");
}

#[test]
fn a_truncated_zip_is_refused() {
    let (dir, mut s) = store_with_one();
    let bytes = std::fs::read(fixture("letterboxd/letterboxd-export.zip")).expect("fixture");
    let path = dir.path().join("letterboxd-cut.zip");
    std::fs::write(&path, &bytes[..bytes.len() * 2 / 3]).expect("write");
    let err = try_import(&mut s, &path, None);
    let msg = err.to_string();
    assert!(matches!(err, ImportError::Zip { .. }), "{msg}");
    assert!(
        msg.contains("letterboxd-cut.zip") && msg.contains("cut short"),
        "{msg}"
    );
}

#[test]
fn a_missing_column_is_named() {
    let (dir, mut s) = store_with_one();
    let path = write(
        dir.path(),
        "watched.csv",
        "Date,Title,Year,Letterboxd URI\n2024-01-01,Heat,1995,https://boxd.it/29Jk\n",
    );
    let msg = try_import(&mut s, &path, Some(Format::Letterboxd)).to_string();
    assert!(
        msg.contains("watched.csv is missing the column \"Name\""),
        "{msg}"
    );
}

#[test]
fn a_quote_never_closed_names_its_line_and_field() {
    let (dir, mut s) = store_with_one();
    let text = "Date,Name,Year,Letterboxd URI\n\
                2024-01-01,Arrival,2016,https://boxd.it/bbiW\n\
                2024-01-02,\"Crouching Tiger, Hidden Dragon,2000,https://boxd.it/1Zyo\n\
                2024-01-03,Dune,2021,https://boxd.it/x\n";
    let path = write(dir.path(), "watchlist.csv", text);
    let msg = try_import(&mut s, &path, None).to_string();
    assert_eq!(
        msg,
        "watchlist.csv, line 3, field \"Name\": a quotation mark opens here and is never closed; nothing was imported"
    );

    // Open in the last field, where a reader would swallow the rest silently.
    let text = "Date,Name,Year,Letterboxd URI\n2024-01-01,Arrival,2016,\"https://boxd.it/bbiW\n2024-01-03,Dune,2021,https://boxd.it/x\n";
    let path = write(dir.path(), "watchlist.csv", text);
    let msg = try_import(&mut s, &path, None).to_string();
    assert!(msg.contains("line 2, field \"Letterboxd URI\""), "{msg}");
}

#[test]
fn a_short_row_names_the_first_missing_field() {
    let (dir, mut s) = store_with_one();
    let path = write(dir.path(), "watched.csv", "Date,Name,Year,Letterboxd URI\n2024-01-01,Arrival,2016,https://boxd.it/bbiW\n2024-01-02,Dune\n");
    let msg = try_import(&mut s, &path, None).to_string();
    assert!(
        msg.contains(
            "watched.csv, line 3, field \"Year\": the row ends before this field (2 of 4 fields)"
        ),
        "{msg}"
    );
}

/// 100,000 good rows and one bad year far down: the message points at it
/// and not one of the good rows is written.
fn big_file(dir: &Path) -> std::path::PathBuf {
    let mut text = String::from("Date,Name,Year,Letterboxd URI\n");
    for i in 0..100_000 {
        let year = if i == 73_454 {
            "19x9".to_string()
        } else {
            (1900 + i % 120).to_string()
        };
        text.push_str(&format!(
            "2024-01-01,\"Film {i}, the one\",{year},https://boxd.it/f{i}\n"
        ));
    }
    write(dir, "watched.csv", &text)
}

#[test]
fn one_bad_row_in_a_hundred_thousand_stops_everything() {
    let (dir, mut s) = store_with_one();
    let path = big_file(dir.path());
    let msg = try_import(&mut s, &path, None).to_string();
    assert_eq!(
        msg,
        "watched.csv, line 73456, field \"Year\": \"19x9\" is not a year; nothing was imported"
    );
}

#[test]
fn the_cli_reports_a_bad_row_on_stderr_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let r = run(&data, &["add", "Heat", "--year", "1995"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let path = big_file(dir.path());
    let r = run(&data, &["import", path.to_str().expect("utf-8 path")]);
    assert_eq!(r.code, 1);
    assert!(
        r.err.contains("watched.csv, line 73456, field \"Year\""),
        "{}",
        r.err
    );
    assert!(r.out.is_empty(), "{}", r.out);
    let list = run(&data, &["list", "--json"]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&list.out).expect("json");
    assert_eq!(rows.len(), 1);

    let r = run(
        &data,
        &[
            "import",
            path.to_str().expect("utf-8 path"),
            "--format",
            "netflix",
        ],
    );
    assert_eq!(r.code, 2, "an unknown format is a usage error: {}", r.err);
}

#[test]
fn broken_json_names_its_line_and_bad_items_their_field() {
    let (dir, mut s) = store_with_one();
    let path = write(dir.path(), "watchlist.json", "[\n  {\"listed_at\": \"2024-01-01\", \"type\": \"movie\",\n   \"movie\": {\"title\": \"Dune\", \"year\": 2021}},\n  {\"listed_at\": \n");
    let msg = try_import(&mut s, &path, Some(Format::Trakt)).to_string();
    assert!(
        msg.starts_with("watchlist.json, line 5: not valid JSON"),
        "{msg}"
    );

    let path = write(
        dir.path(),
        "watchlist.json",
        r#"[{"type": "movie", "movie": {"title": "Dune", "year": 2021}}, {"type": "movie", "movie": {"title": 42}}]"#,
    );
    let msg = try_import(&mut s, &path, Some(Format::Trakt)).to_string();
    assert!(
        msg.contains("watchlist.json, item 2, field \"movie.title\": expected text"),
        "{msg}"
    );

    let path = write(
        dir.path(),
        "watchlist.json",
        r#"{"movie": {"title": "Dune"}}"#,
    );
    let msg = try_import(&mut s, &path, Some(Format::Trakt)).to_string();
    assert!(msg.contains("expected a JSON list"), "{msg}");
}

#[test]
fn an_imdb_row_without_a_title_id_is_named() {
    let (dir, mut s) = store_with_one();
    let text = std::fs::read_to_string(fixture("imdb/ratings.csv"))
        .expect("fixture")
        .replace("tt0113277", "0113277");
    let path = write(dir.path(), "ratings.csv", &text);
    let msg = try_import(&mut s, &path, None).to_string();
    assert!(
        msg.contains("ratings.csv, line 3, field \"Const\": \"0113277\" is not an IMDb title id"),
        "{msg}"
    );
}

#[test]
fn an_empty_file_says_so() {
    let (dir, mut s) = store_with_one();
    let path = write(dir.path(), "watchlist.csv", "");
    let msg = try_import(&mut s, &path, Some(Format::Letterboxd)).to_string();
    assert!(
        msg.contains("watchlist.csv") && msg.contains("empty"),
        "{msg}"
    );
}

#[test]
fn a_commit_that_fails_half_way_rolls_back() {
    let (_dir, mut s) = store_with_one();
    let mut preview =
        import::preview(fixture("letterboxd/watchlist.csv").as_path(), None).expect("preview");
    // A preview edited on its way back from the window: the last entry is invalid.
    let mut bad = preview.new[0].clone();
    bad.name = "From the future".into();
    bad.year = Some(3000);
    preview.new.push(bad);
    let err = import::commit(&mut s, &preview).expect_err("must fail");
    assert!(err.to_string().contains("3000"), "{err}");
    assert_eq!(
        names(&s),
        vec!["Heat"],
        "the four good titles were rolled back"
    );
}

#[test]
fn bytes_dropped_on_the_window_fail_the_same_way() {
    let err = import::preview(
        Input::Bytes {
            name: "drop.zip",
            bytes: b"PK\x03\x04garbage",
        },
        None,
    )
    .expect_err("must fail");
    assert!(
        err.to_string()
            .starts_with("drop.zip is not a readable ZIP archive"),
        "{err}"
    );
}
