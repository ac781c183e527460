//! How long importing 50,000 rows takes: read + compare + commit of a
//! Letterboxd CSV and of an IMDb list into a fresh store, then the same file
//! again into the filled store (every row already there), then the IMDb list
//! into the store the Letterboxd file filled (50,000 new titles beside
//! 50,000). Goal: <= 1 s each, in release. Each case runs a few times on a
//! fresh copy and the best time counts: the machine is shared, and the best
//! run is the one least disturbed by others.
//!
//! Run: `cargo run --release -p sequel-radar-core --example bench_import`.
//! `BENCH_IMPORT_ROWS` (default 50000) and `BENCH_IMPORT_RUNS` (default 3)
//! change the size and the repeats (a small size suits callgrind);
//! `BENCH_IMPORT_ONLY=imdb` runs only the cases whose label contains it.

use sequel_radar_core::import::{self, Format};
use sequel_radar_core::store::Store;
use std::path::Path;
use std::time::{Duration, Instant};

const GOAL: Duration = Duration::from_secs(1);

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(default)
}

fn letterboxd(path: &Path, rows: usize) {
    let mut text = String::from("Date,Name,Year,Letterboxd URI\n");
    for i in 0..rows {
        text.push_str(&format!(
            "2024-01-01,\"Film Number {i}: The Return, Part {}\",{},https://boxd.it/b{i}\n",
            i % 7,
            1900 + i % 120
        ));
    }
    std::fs::write(path, text).expect("write");
}

fn imdb(path: &Path, rows: usize) {
    let mut text = String::from(
        "Position,Const,Created,Modified,Description,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors\n",
    );
    for i in 0..rows {
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

struct Timing {
    read: Duration,
    compare: Duration,
    commit: Duration,
    added: usize,
    unchanged: usize,
}

impl Timing {
    fn total(&self) -> Duration {
        self.read + self.compare + self.commit
    }
}

fn import_once(store: &mut Store, path: &Path, format: Format) -> Timing {
    let start = Instant::now();
    let preview = import::preview(path, Some(format)).expect("preview");
    let read = start.elapsed();
    let preview = import::compare(store, preview).expect("compare");
    let compared = start.elapsed();
    let report = import::commit(store, &preview).expect("commit");
    let total = start.elapsed();
    Timing {
        read,
        compare: compared - read,
        commit: total - compared,
        added: report.added,
        unchanged: report.unchanged,
    }
}

/// Runs `case` on a store prepared by `setup` (in a fresh folder each run)
/// and prints the best run.
fn case(
    label: &str,
    rows: usize,
    runs: usize,
    root: &Path,
    setup: &[(&Path, Format)],
    file: &Path,
    format: Format,
) -> bool {
    if let Ok(only) = std::env::var("BENCH_IMPORT_ONLY") {
        if !label.contains(only.as_str()) {
            return true;
        }
    }
    let mut best: Option<Timing> = None;
    for run in 0..runs {
        let dir = root.join(format!("{}-{run}", label.replace([' ', ','], "-")));
        let mut store = Store::open(&dir).expect("store");
        for (path, f) in setup {
            import_once(&mut store, path, *f);
        }
        let t = import_once(&mut store, file, format);
        if best.as_ref().is_none_or(|b| t.total() < b.total()) {
            best = Some(t);
        }
        drop(store);
        let _ = std::fs::remove_dir_all(&dir);
    }
    let Some(t) = best else { return true };
    let met = t.total() <= GOAL;
    println!(
        "import {label}: {rows} rows in {:.3} s (read {:.3}, compare {:.3}, commit {:.3}; \
         {} added, {} unchanged; best of {runs}); goal <= {:.1} s: {}",
        t.total().as_secs_f64(),
        t.read.as_secs_f64(),
        t.compare.as_secs_f64(),
        t.commit.as_secs_f64(),
        t.added,
        t.unchanged,
        GOAL.as_secs_f64(),
        if met { "met" } else { "NOT met" },
    );
    met
}

fn main() {
    let rows = env_number("BENCH_IMPORT_ROWS", 50_000);
    let runs = env_number("BENCH_IMPORT_RUNS", 3);
    let dir = tempfile::tempdir().expect("temp dir");
    let lb = dir.path().join("watched.csv");
    let im = dir.path().join("imdb-list.csv");
    letterboxd(&lb, rows);
    imdb(&im, rows);
    let (lb, im) = (lb.as_path(), im.as_path());
    let root = dir.path();
    let cases = [
        case(
            "letterboxd, empty store",
            rows,
            runs,
            root,
            &[],
            lb,
            Format::Letterboxd,
        ),
        case(
            "letterboxd, again (all present)",
            rows,
            runs,
            root,
            &[(lb, Format::Letterboxd)],
            lb,
            Format::Letterboxd,
        ),
        case("imdb, empty store", rows, runs, root, &[], im, Format::Imdb),
        case(
            "imdb, again (all present)",
            rows,
            runs,
            root,
            &[(im, Format::Imdb)],
            im,
            Format::Imdb,
        ),
        case(
            "imdb, into the letterboxd-filled store",
            rows,
            runs,
            root,
            &[(lb, Format::Letterboxd)],
            im,
            Format::Imdb,
        ),
    ];
    let met = cases.iter().filter(|m| **m).count();
    println!("import goal met in {met} of {} cases", cases.len());
}
