//! How long importing 50,000 rows takes: read + compare + commit of a
//! Letterboxd CSV and of an IMDb list into a fresh store, then the same file
//! again into the filled store (every row already there). Goal: <= 1 s each,
//! in release. Run: `cargo run --release -p sequel-radar-core --example bench_import`.

use sequel_radar_core::import::{self, Format};
use sequel_radar_core::store::Store;
use std::path::Path;
use std::time::Instant;

const ROWS: usize = 50_000;

fn letterboxd(path: &Path) {
    let mut text = String::from("Date,Name,Year,Letterboxd URI\n");
    for i in 0..ROWS {
        text.push_str(&format!(
            "2024-01-01,\"Film Number {i}: The Return, Part {}\",{},https://boxd.it/b{i}\n",
            i % 7,
            1900 + i % 120
        ));
    }
    std::fs::write(path, text).expect("write");
}

fn imdb(path: &Path) {
    let mut text = String::from(
        "Position,Const,Created,Modified,Description,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors\n",
    );
    for i in 0..ROWS {
        let kind = if i % 3 == 0 { "TV Series" } else { "Movie" };
        text.push_str(&format!(
            "{i},tt{:07},2024-01-01,2024-01-01,,Série Numéro {i},Serie Numero {i} Original,https://www.imdb.com/title/tt{:07}/,{kind},7.1,100,{},\"Drama, Comedy\",1000,2001-01-01,Someone\n",
            i + 1,
            i + 1,
            1950 + i % 70
        ));
    }
    std::fs::write(path, text).expect("write");
}

fn time(label: &str, store: &mut Store, path: &Path, format: Format) {
    let start = Instant::now();
    let preview = import::preview(path, Some(format)).expect("preview");
    let read = start.elapsed();
    let preview = import::compare(store, preview).expect("compare");
    let compared = start.elapsed();
    let report = import::commit(store, &preview).expect("commit");
    let total = start.elapsed();
    println!(
        "{label}: {ROWS} rows in {:.3} s (read {:.3} s, compare {:.3} s, commit {:.3} s): {} added, {} unchanged",
        total.as_secs_f64(),
        read.as_secs_f64(),
        (compared - read).as_secs_f64(),
        (total - compared).as_secs_f64(),
        report.added,
        report.unchanged,
    );
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lb = dir.path().join("watched.csv");
    let im = dir.path().join("imdb-list.csv");
    letterboxd(&lb);
    imdb(&im);
    let mut store = Store::open(&dir.path().join("a")).expect("store");
    time(
        "letterboxd, empty store",
        &mut store,
        &lb,
        Format::Letterboxd,
    );
    time(
        "letterboxd, again (all present)",
        &mut store,
        &lb,
        Format::Letterboxd,
    );
    let mut store = Store::open(&dir.path().join("b")).expect("store");
    time("imdb, empty store", &mut store, &im, Format::Imdb);
}
