//! Benchmark (not a test) of the extract engine, run by `make bench`:
//! - extraction throughput over the labelled corpus (MB/s, articles/s);
//! - the time of one 1 MB article (goal < 50 ms in release);
//! - matching 10,000 synthetic titles over the corpus text with one
//!   Aho-Corasick automaton ([`Matcher`]) against a per-title `contains`
//!   loop, in the same run, as a ratio (goal >= 30x).
//!
//! Each figure is printed with its goal and whether this run met it.
//!
//! Usage: cargo run --release -p sequel-radar-core --example bench_extract [-- [--profile|--profile-corpus|--profile-big|--dump] [CORPUS_DIR]]
//!
//! `--profile` runs a fixed amount of work without timing loops (ten corpus
//! passes and one 1 MB article), for `valgrind --tool=callgrind`, whose
//! counts repeat on a loaded machine where wall-clock figures do not;
//! `--profile-corpus` and `--profile-big` run one of the two parts (the
//! corpus part after one warm-up pass: callgrind's
//! `--toggle-collect='*corpus_passes*'` then counts a steady state, the 10 passes after it).
//! `--dump` prints every article read for every corpus title (and the 1 MB
//! article) as JSON lines: diff two dumps to prove a speed-up changed nothing.

use sequel_radar_core::extract::{extract, Matcher, TitleQuery};
use sequel_radar_core::model::Kind;
use sequel_radar_core::text::name_key;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

struct Article {
    query: TitleQuery,
    text: String,
}

fn load(dir: &Path) -> Vec<Article> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == "json"));
    paths.sort();
    let mut out = Vec::new();
    for p in paths {
        let (Ok(label), Ok(text)) = (
            std::fs::read_to_string(&p),
            std::fs::read_to_string(p.with_extension("txt")),
        ) else {
            continue;
        };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&label) else {
            continue;
        };
        let name = v["title"].as_str().unwrap_or_default().to_string();
        let kind = if v["kind"].as_str() == Some("series") {
            Kind::Series
        } else {
            Kind::Movie
        };
        out.push(Article {
            query: TitleQuery {
                name,
                kind,
                year: None,
                aliases: vec![],
            },
            text,
        });
    }
    out
}

/// Runs `f` until at least `min` has passed; returns (iterations, elapsed).
fn run_for(min: Duration, mut f: impl FnMut()) -> (u32, Duration) {
    let start = Instant::now();
    let mut n = 0;
    while n == 0 || start.elapsed() < min {
        f();
        n += 1;
    }
    (n, start.elapsed())
}

/// Deterministic synthetic titles ("Crimson Harbor Protocol", ...), all distinct.
fn synthetic_titles(n: usize) -> Vec<String> {
    const A: &[&str] = &[
        "Crimson", "Silent", "Golden", "Broken", "Hidden", "Electric", "Frozen", "Wild", "Lost",
        "Burning", "Velvet", "Hollow", "Northern", "Iron", "Glass", "Paper", "Midnight", "Scarlet",
        "Quiet", "Savage", "Distant", "Lucky", "Restless", "Wicked", "Tender",
    ];
    const B: &[&str] = &[
        "Harbor", "Kingdom", "Signal", "Garden", "Empire", "Protocol", "Frontier", "Letters",
        "Shadows", "Orchard", "Station", "Voyage", "Academy", "Circuit", "Dynasty", "Horizon",
        "Machine", "Archive", "Carnival", "Republic",
    ];
    const C: &[&str] = &[
        "",
        " Rising",
        " Returns",
        " Files",
        " Chronicles",
        " Club",
        " Affair",
        " Theory",
        " Code",
        " Diaries",
    ];
    let mut out = Vec::with_capacity(n);
    let mut i = 0usize;
    while out.len() < n {
        let name = format!(
            "{} {}{} {}",
            A[i % A.len()],
            B[(i / A.len()) % B.len()],
            C[(i / (A.len() * B.len())) % C.len()],
            i / (A.len() * B.len() * C.len()) + 1
        );
        out.push(name);
        i += 1;
    }
    out
}

/// The median of `rounds` timings of `f`.
fn median_of(rounds: usize, mut f: impl FnMut() -> Duration) -> Duration {
    let mut times: Vec<Duration> = (0..rounds).map(|_| f()).collect();
    times.sort();
    times[times.len() / 2]
}

fn verdict(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        "NOT MET"
    }
}

/// One pass that is not counted (a separate function for callgrind's toggle).
#[inline(never)]
fn warm_up(articles: &[Article]) {
    for a in articles {
        black_box(extract(&a.query, &a.text, None));
    }
}

/// `n` extraction passes over the corpus, each article for its own title.
#[inline(never)]
fn corpus_passes(articles: &[Article], n: usize) {
    for _ in 0..n {
        for a in articles {
            black_box(extract(&a.query, &a.text, None));
        }
    }
}

/// The corpus glued together until it reaches 1 MB: one long article.
fn one_mb_article(articles: &[Article]) -> String {
    let mut big = String::new();
    while big.len() < 1_000_000 {
        for a in articles {
            big.push_str(&a.text);
            big.push_str("\n\n");
        }
    }
    big
}

fn main() {
    // 0 = timed run; 1 = --profile (both parts); 2 = --profile-corpus; 3 = --profile-big.
    let mut profile = 0;
    let mut dump = false;
    let mut dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    for arg in std::env::args().skip(1) {
        if arg == "--profile" {
            profile = 1;
        } else if arg == "--profile-corpus" {
            profile = 2;
        } else if arg == "--profile-big" {
            profile = 3;
        } else if arg == "--dump" {
            dump = true;
        } else {
            dir = PathBuf::from(arg);
        }
    }
    let articles = load(&dir);
    if articles.is_empty() {
        eprintln!("no corpus articles in {}", dir.display());
        std::process::exit(1);
    }
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let big = one_mb_article(&articles);

    if dump {
        for a in &articles {
            for t in &articles {
                let x = extract(&t.query, &a.text, None);
                println!("{}", serde_json::to_string(&x).unwrap_or_default());
            }
        }
        let x = extract(&articles[0].query, &big, None);
        println!("{}", serde_json::to_string(&x).unwrap_or_default());
        return;
    }
    if profile > 0 {
        if profile != 3 {
            // One warm-up pass (lazy regex states, phrase tables) then the
            // ten measured ones: `--toggle-collect=*corpus_passes*` counts
            // only those.
            warm_up(&articles);
            corpus_passes(&articles, 10);
        }
        if profile != 2 {
            black_box(extract(&articles[0].query, &big, None));
        }
        return;
    }

    // 1. Throughput over the corpus: the median of 5 rounds of >= 0.5 s each.
    let mut passes = 0;
    let per_pass = median_of(5, || {
        let (iters, took) = run_for(Duration::from_millis(500), || {
            for a in &articles {
                black_box(extract(&a.query, &a.text, None));
            }
        });
        passes += iters;
        took / iters
    });
    let secs = per_pass.as_secs_f64();
    let mb_s = bytes as f64 / 1e6 / secs;
    println!(
        "extract throughput: {:.1} MB/s, {:.0} articles/s ({} articles, {:.1} KB, median of 5 rounds, {} passes): goal >= 150 MB/s {}",
        mb_s,
        articles.len() as f64 / secs,
        articles.len(),
        bytes as f64 / 1e3,
        passes,
        verdict(mb_s >= 150.0)
    );

    // 2. One 1 MB article: the corpus glued together, read for the first title.
    let big_time = median_of(7, || {
        let t = Instant::now();
        black_box(extract(&articles[0].query, &big, None));
        t.elapsed()
    });
    let ms = big_time.as_secs_f64() * 1e3;
    println!(
        "1 MB article ({:.2} MB): median of 7 {:.1} ms: goal < 50 ms {}",
        big.len() as f64 / 1e6,
        ms,
        verdict(ms < 50.0)
    );

    // 3. 10,000 titles over the corpus text: one automaton vs a contains loop.
    let mut names = synthetic_titles(10_000 - articles.len());
    names.extend(articles.iter().map(|a| a.query.name.clone()));
    let titles: Vec<(i64, TitleQuery)> = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            (
                i as i64,
                TitleQuery {
                    name: n.clone(),
                    kind: Kind::Movie,
                    year: None,
                    aliases: vec![],
                },
            )
        })
        .collect();
    let t = Instant::now();
    let matcher = Matcher::new(&titles);
    let build = t.elapsed();
    let keys: Vec<String> = names.iter().map(|n| format!(" {} ", name_key(n))).collect();
    let mut found_ac = 0usize;
    let (ac_iters, ac_time) = run_for(Duration::from_secs(1), || {
        found_ac = articles
            .iter()
            .map(|a| black_box(matcher.find(&a.text)).len())
            .sum();
    });
    let mut found_loop = 0usize;
    let (loop_iters, loop_time) = run_for(Duration::from_secs(1), || {
        found_loop = articles
            .iter()
            .map(|a| {
                let hay = format!(" {} ", name_key(&a.text));
                keys.iter().filter(|k| hay.contains(k.as_str())).count()
            })
            .sum();
    });
    let ac_per = ac_time.as_secs_f64() / ac_iters as f64;
    let loop_per = loop_time.as_secs_f64() / loop_iters as f64;
    let ratio = loop_per / ac_per;
    println!(
        "10,000 titles over {:.1} KB: automaton {:.2} ms/pass (built in {:.0} ms, {} hits), contains loop {:.2} ms/pass ({} hits): {:.0}x: goal >= 30x {}",
        bytes as f64 / 1e3,
        ac_per * 1e3,
        build.as_secs_f64() * 1e3,
        found_ac,
        loop_per * 1e3,
        found_loop,
        ratio,
        verdict(ratio >= 30.0)
    );
}
