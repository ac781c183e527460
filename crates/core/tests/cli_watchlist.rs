//! The command line of DESIGN.md, run in-process on a real data folder.

use sequel_radar_core::cli;
use std::path::Path;

#[path = "support/cli_run.rs"]
mod cli_run;
use cli_run::run;

fn list_json(dir: &Path) -> Vec<serde_json::Value> {
    let r = run(dir, &["list", "--json"]);
    assert_eq!(r.code, 0, "{}", r.err);
    serde_json::from_str(&r.out).expect("list --json is JSON")
}

#[test]
fn add_list_show_remove() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let r = run(
        d,
        &[
            "add",
            "Purple Hearts",
            "--year",
            "2022",
            "--kind",
            "movie",
            "--platform",
            "Netflix",
            "--alias",
            "Corazones Malheridos",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.out.contains("Purple Hearts (2022)"));
    assert_eq!(run(d, &["add", "The Bear", "--kind", "series"]).code, 0);

    let rows = list_json(d);
    assert_eq!(rows.len(), 2);
    let ph = &rows[0];
    assert_eq!(ph["name"], "Purple Hearts");
    assert_eq!(ph["year"], 2022);
    assert_eq!(ph["kind"], "movie");
    assert_eq!(ph["status"], "unknown");
    assert!(ph["next"].is_null());
    assert_eq!(rows[1]["kind"], "series");

    let r = run(d, &["show", "corazones malheridos", "--json"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let show: serde_json::Value = serde_json::from_str(&r.out).expect("show JSON");
    for key in [
        "name", "year", "kind", "platform", "status", "next", "release", "evidence", "quotes",
        "history",
    ] {
        assert!(show.get(key).is_some(), "show --json lacks {key}");
    }
    assert_eq!(show["platform"], "Netflix");

    let human = run(d, &["list"]);
    assert!(human.out.contains("Purple Hearts (2022)") && human.out.contains("no news yet"));

    assert_eq!(run(d, &["remove", "purple hearts"]).code, 0);
    assert_eq!(list_json(d).len(), 1);
}

#[test]
fn a_duplicate_is_refused_and_one_row_stays() {
    let dir = tempfile::tempdir().expect("temp dir");
    assert_eq!(
        run(dir.path(), &["add", "Amélie", "--year", "2001"]).code,
        0
    );
    let r = run(dir.path(), &["add", "AMELIE", "--year", "2001"]);
    assert_eq!(r.code, 1);
    assert!(r.err.contains("already on the watchlist"), "{}", r.err);
    assert_eq!(list_json(dir.path()).len(), 1);
}

#[test]
fn bad_input_is_explained_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let r = run(d, &["add", "  "]);
    assert_eq!(r.code, 1);
    assert!(r.err.contains("name is empty"), "{}", r.err);
    let r = run(d, &["add", "Old", "--year", "1869"]);
    assert_eq!(r.code, 1);
    assert!(r.err.contains("1870"), "{}", r.err);
    let r = run(d, &["add", "Show", "--kind", "tv"]);
    assert_eq!(r.code, 2, "unknown kind is a usage error");
    assert!(r.err.contains("movie, series"), "{}", r.err);
    let r = run(d, &["show", "Nothing Here"]);
    assert_eq!(r.code, 1);
    assert!(
        r.err.contains("no title named \"Nothing Here\""),
        "{}",
        r.err
    );
    assert_eq!(run(d, &["frobnicate"]).code, 2);
    assert!(list_json(d).is_empty());
}

#[test]
fn data_dir_flag_and_environment() {
    let a = tempfile::tempdir().expect("temp dir");
    let b = tempfile::tempdir().expect("temp dir");
    // The flag wins over the environment; the environment is read when no flag is given.
    std::env::set_var("SEQUEL_RADAR_DATA_DIR", b.path());
    assert_eq!(run(a.path(), &["add", "Flagged"]).code, 0);
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let parsed = cli::parse(["sequel-radar", "add", "From Env"].map(Into::into)).expect("parse");
    assert_eq!(cli::execute(parsed, &mut out, &mut err), 0);
    std::env::remove_var("SEQUEL_RADAR_DATA_DIR");
    assert_eq!(list_json(a.path())[0]["name"], "Flagged");
    assert_eq!(list_json(b.path())[0]["name"], "From Env");
}

#[test]
fn a_corrupt_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("sequel-radar.sqlite3");
    std::fs::write(&file, b"not a database at all").expect("write");
    let r = run(dir.path(), &["list"]);
    assert_eq!(r.code, 1);
    assert!(
        r.err.contains("is not a Sequel Radar database"),
        "{}",
        r.err
    );
    assert_eq!(
        std::fs::read(&file).expect("read"),
        b"not a database at all"
    );
}

#[test]
fn extract_reads_a_file_and_prints_the_contract() {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = dir.path().join("article.txt");
    std::fs::write(&article, "Netflix has renewed The Bear for a fifth season.").expect("write");
    let r = run(
        dir.path(),
        &[
            "extract",
            "--title",
            "The Bear",
            "--kind",
            "series",
            article.to_str().expect("path"),
        ],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let v: serde_json::Value = serde_json::from_str(&r.out).expect("JSON");
    for key in [
        "title",
        "mentioned",
        "next",
        "status",
        "evidence",
        "release",
        "quotes",
    ] {
        assert!(v.get(key).is_some(), "extract JSON lacks {key}");
    }
    assert_eq!(v["title"], "The Bear");
    let r = run(
        dir.path(),
        &["extract", "--title", "X", "/no/such/file.txt"],
    );
    assert_eq!(r.code, 1);
    assert!(r.err.contains("cannot read /no/such/file.txt"), "{}", r.err);
    let r = run(
        dir.path(),
        &["extract", "--title", "X", "--date", "yesterday", "f"],
    );
    assert_eq!(r.code, 2);
    assert!(r.err.contains("YYYY-MM-DD"), "{}", r.err);
}
