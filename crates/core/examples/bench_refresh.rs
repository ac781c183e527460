//! Benchmark (not a test): one refresh of 100 loopback feeds x 50 items
//! against a watchlist of 10,000 titles, on a real SQLite file.
//!
//! `cargo run --release -p sequel-radar-core --example bench_refresh`
//!
//! The feeds and article pages are served by a child process (this same
//! binary with `--serve`), so the CPU time measured is the refresh's alone.
//! Prints CPU time per item (goal <= 1 ms) and wall time.

use sequel_radar_core::model::{Kind, NewTitle};
use sequel_radar_core::refresh::{self, CancellationToken, RefreshOptions};
use sequel_radar_core::store::{NewSource, Store};
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const FEEDS: usize = 100;
const ITEMS: usize = 50;
const TITLES: usize = 10_000;
/// One item in this many names a watchlist title (and its page is read).
const MATCH_EVERY: usize = 10;

const ADJ: &[&str] = &[
    "Silent", "Purple", "Broken", "Golden", "Hidden", "Last", "Crimson", "Wild", "Lost", "Burning",
    "Frozen", "Midnight", "Electric", "Savage", "Gentle", "Hollow", "Velvet", "Iron", "Paper",
    "Glass", "Northern", "Secret", "Little", "Dark", "Bright",
];
const NOUN: &[&str] = &[
    "Hearts", "River", "Kingdom", "Harbor", "Signal", "Orchard", "Empire", "Frontier", "Garden",
    "Witness", "Tide", "Lantern", "Canyon", "Mirror", "Engine", "Choir", "Meadow", "Fortress",
    "Compass", "Archive",
];
const PLACE: &[&str] = &[
    "of Avalon",
    "in Berlin",
    "at Dawn",
    "of the North",
    "on Mars",
    "in Winter",
    "of Glass",
    "at Sea",
    "in Tokyo",
    "of Shadows",
    "in the Rain",
    "of Summer",
    "Returns",
    "Rising",
    "Forever",
    "Unbound",
    "of Kings",
    "in Paris",
    "Reborn",
    "of Ash",
];

/// 10,000 distinct made-up titles: "The Silent River of Avalon".
fn title_name(i: usize) -> String {
    let a = ADJ[i % ADJ.len()];
    let n = NOUN[(i / ADJ.len()) % NOUN.len()];
    let p = PLACE[(i / (ADJ.len() * NOUN.len())) % PLACE.len()];
    format!("The {a} {n} {p}")
}

/// The title item (feed, n) is about, if any.
fn matched_title(feed: usize, item: usize) -> Option<usize> {
    let k = feed * ITEMS + item;
    (k % MATCH_EVERY == 0).then(|| (k * 7919) % TITLES)
}

/// Filler headlines about things no watchlist holds.
fn filler(feed: usize, item: usize) -> String {
    const H: &[&str] = &[
        "Box office: a quiet weekend as holdovers lead",
        "Festival lineup announced with forty world premieres",
        "Studio chief talks streaming strategy at investor day",
        "Awards season: early predictions for the major categories",
        "Composer on scoring a thriller with a 60-piece orchestra",
        "Agency signs rising director after festival breakout",
    ];
    format!("{} ({feed}-{item})", H[(feed + item) % H.len()])
}

fn feed_xml(feed: usize, base: &str) -> String {
    let mut items = String::new();
    for i in 0..ITEMS {
        let (title, summary) = match matched_title(feed, i) {
            Some(t) => {
                let name = title_name(t);
                (
                    format!("&#8216;{name}&#8217; renewed for season 2 at the network"),
                    format!("&lt;p&gt;The network has renewed &lt;em&gt;{name}&lt;/em&gt; for a second season.&lt;/p&gt;"),
                )
            }
            None => (
                filler(feed, i),
                "&lt;p&gt;Industry news from the week, in brief.&lt;/p&gt;".to_owned(),
            ),
        };
        items.push_str(&format!(
            "<item><title>{title}</title><link>{base}/article/{feed}/{i}</link>\
             <description>{summary}</description><pubDate>Tue, 03 Mar 2026 10:{:02}:00 GMT</pubDate>\
             <guid>{base}/article/{feed}/{i}</guid></item>\n",
            i % 60
        ));
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>\
         <title>Bench Outlet {feed}</title><link>{base}/</link><description>bench</description>\n{items}</channel></rss>"
    )
}

fn article_html(feed: usize, item: usize) -> String {
    let Some(t) = matched_title(feed, item) else {
        return "<html><body><p>Nothing to see.</p></body></html>".into();
    };
    let name = title_name(t);
    let template = include_str!("../tests/fixtures/news/outlet/page.html");
    let body = format!(
        "<p>The network has officially renewed {name} for a second season, it announced on Tuesday.</p>\n\
         <p>\"We could not be more thrilled to keep telling this story,\" creator Jordan Avery said in a statement. \
         \"The fans made this happen, and season 2 will go even bigger.\"</p>\n\
         <p>The first season of {name} premiered in January and drew strong reviews. Production on the new season \
         is expected to begin later this year, with most of the cast returning.</p>\n\
         <p>No premiere date has been set yet.</p>"
    );
    template
        .replace("{{HEADLINE}}", &format!("{name} renewed for season 2"))
        .replace("{{DATE}}", "2026-03-03")
        .replace("{{BODY}}", &body)
        .replace("{{TRAP}}", "Awards season: early predictions")
}

/// The child process: serves feeds and pages until its stdin closes.
fn serve() {
    let server = tiny_http::Server::http("127.0.0.1:0").expect("bind loopback");
    let port = server.server_addr().to_ip().expect("ip").port();
    let base = format!("http://127.0.0.1:{port}");
    println!("{base}");
    let _ = std::io::stdout().flush();
    let server = std::sync::Arc::new(server);
    for _ in 0..4 {
        let (server, base) = (server.clone(), base.clone());
        std::thread::spawn(move || {
            for req in server.incoming_requests() {
                let parts: Vec<usize> = req
                    .url()
                    .split('/')
                    .filter_map(|p| p.parse().ok())
                    .collect();
                let (body, ctype) = match (req.url().starts_with("/feed/"), parts.as_slice()) {
                    (true, [f]) => (feed_xml(*f, &base), "application/rss+xml"),
                    (false, [f, i]) => (article_html(*f, *i), "text/html; charset=utf-8"),
                    _ => ("not found".to_owned(), "text/plain"),
                };
                // One write for head and body: tiny_http's own writer sends
                // them apart, and Nagle plus delayed ACKs then add 40 ms to
                // every request, which would measure the server, not us.
                let mut w = req.into_writer();
                let response = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = w.write_all(response.as_bytes()).and_then(|_| w.flush());
            }
        });
    }
    // Lives as long as the parent keeps our stdin open.
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
}

/// User + system CPU time of this process so far.
fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which may hold spaces) start after ')'.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, r)| r)
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
    };
    // utime and stime are fields 14 and 15 of the line, 11 and 12 after ')'.
    let ticks_per_s = 100; // USER_HZ on Linux
    Duration::from_millis((ticks(11) + ticks(12)) * 1000 / ticks_per_s)
}

fn main() {
    if std::env::args().any(|a| a == "--serve") {
        serve();
        return;
    }
    let exe = std::env::current_exe().expect("own path");
    let mut child = Command::new(exe)
        .arg("--serve")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the loopback server");
    let mut base = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut base)
        .expect("server address");
    let base = base.trim().to_owned();

    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(dir.path()).expect("open store");
    let setup = Instant::now();
    for i in 0..TITLES {
        let new = NewTitle {
            name: title_name(i),
            kind: Kind::Series,
            ..NewTitle::default()
        };
        store.add_title(new).expect("add title");
    }
    for f in 0..FEEDS {
        store
            .add_source(NewSource {
                url: format!("{base}/feed/{f}"),
                name: Some(format!("Bench Outlet {f}")),
                kind: None,
            })
            .expect("add source");
    }
    eprintln!(
        "setup: {TITLES} titles, {FEEDS} sources in {:.1} s",
        setup.elapsed().as_secs_f64()
    );

    let options = RefreshOptions {
        force: true,
        search: Some(sequel_radar_core::news::SearchConfig {
            enabled: false,
            ..Default::default()
        }),
        ..RefreshOptions::default()
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    let cpu0 = cpu_time();
    let wall = Instant::now();
    let report = runtime
        .block_on(refresh::run(
            &mut store,
            &options,
            &|_| {},
            &CancellationToken::new(),
        ))
        .expect("refresh");
    let wall = wall.elapsed();
    let cpu = cpu_time().saturating_sub(cpu0);
    drop(child.stdin.take());
    let _ = child.kill();
    let _ = child.wait();

    let items = report.stats.items.max(1);
    println!("refresh: {FEEDS} feeds x {ITEMS} items against {TITLES} titles");
    println!(
        "  items {}, matched {}, articles read {}, stored {}, changes {}, errors {}",
        report.stats.items,
        report.stats.matched,
        report.stats.articles_read,
        report.stats.articles_stored,
        report.changes.len(),
        report.errors.len()
    );
    println!(
        "  CPU time per item: {:.3} ms (goal <= 1 ms); CPU total {:.2} s",
        cpu.as_secs_f64() * 1000.0 / items as f64,
        cpu.as_secs_f64()
    );
    println!("  wall time: {:.2} s", wall.as_secs_f64());
    if let Some(e) = report.errors.first() {
        println!("  first error: {}: {}", e.source, e.message);
    }
}
