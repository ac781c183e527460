//! What the notification and background tests need around the app:
//!
//! - a real notification server on the instance's private bus (dunst, started by
//!   [`crate::E2e::with_notification_server`]) configured to keep every notification apart
//!   (no stacking of duplicates, a long history), and [`received`]: what it was sent;
//! - [`no_server`]: a bus on which no notification server can start, even though one is
//!   registered for activation (the case where `show()` says Ok and nobody listens);
//! - [`Outlet`]: a news outlet on loopback serving an RSS feed and article pages made of real
//!   published text ([`corpus`]), so the app's own refresh moves a title's status.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::app::{App, DataDir};
use crate::error::{HarnessError, Result};

/// The notification server's settings for an instance: every notification is kept apart
/// (dunst stacks identical ones by default, which would hide a double delivery).
const DUNSTRC: &str = "[global]\nstack_duplicates = false\nhistory_length = 1000\n";

/// A service file for the notification bus name whose program does not exist: the bus
/// lists a server it cannot start, as on a desktop whose notification daemon is broken.
const NO_SERVER: &str = "[D-BUS Service]\nName=org.freedesktop.Notifications\n\
                         Exec=/nonexistent/sequel-radar-e2e/no-notification-server\n";

/// Writes the notification server's configuration into the instance's private
/// XDG_CONFIG_HOME. Call before launching with a notification server.
pub fn configure_server(data: &DataDir) -> Result<()> {
    let dir = data.home().join(".config/dunst");
    write(&dir, "dunstrc", DUNSTRC)
}

/// From the next launch on, no notification server can start on the instance's bus: the
/// private XDG_DATA_HOME holds a service file for the name that overrides the system's
/// (dunst is registered for activation on most machines) with a program that is not there.
pub fn no_server(data: &DataDir) -> Result<()> {
    write(
        &service_dir(data),
        "org.freedesktop.Notifications.service",
        NO_SERVER,
    )
}

/// Undoes [`no_server`] for the next launch.
pub fn allow_server(data: &DataDir) -> Result<()> {
    let path = service_dir(data).join("org.freedesktop.Notifications.service");
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(HarnessError::io(format!("removing {}", path.display()), e)),
    }
}

fn service_dir(data: &DataDir) -> PathBuf {
    data.home().join(".local/share/dbus-1/services")
}

fn write(dir: &Path, name: &str, text: &str) -> Result<()> {
    std::fs::create_dir_all(dir)
        .map_err(|e| HarnessError::io(format!("creating {}", dir.display()), e))?;
    let path = dir.join(name);
    std::fs::write(&path, text)
        .map_err(|e| HarnessError::io(format!("writing {}", path.display()), e))
}

/// One notification as the server got it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub app_name: String,
    pub summary: String,
    pub body: String,
    /// The icon the server resolved (a file path when the app sent one).
    pub icon: String,
}

/// Every notification the server on `bus` received so far, oldest first. Closes the ones on
/// screen so they move to the server's history, which is what is read.
pub async fn received(bus: &str) -> Result<Vec<Shown>> {
    for _ in 0..50 {
        dunstctl(bus, &["close-all"]).await?;
        let waiting = dunstctl(bus, &["count", "waiting"]).await?;
        let displayed = dunstctl(bus, &["count", "displayed"]).await?;
        if waiting.trim() == "0" && displayed.trim() == "0" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let history = dunstctl(bus, &["history"]).await?;
    let json: serde_json::Value =
        serde_json::from_str(&history).map_err(|e| HarnessError::Cli {
            command: "dunstctl history".into(),
            problem: format!("printed no JSON ({e})"),
            stdout: history.clone(),
            stderr: String::new(),
        })?;
    let field =
        |n: &serde_json::Value, key: &str| n[key]["data"].as_str().unwrap_or_default().to_string();
    let mut shown: Vec<(i64, Shown)> = json["data"][0]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .map(|n| {
            (
                n["id"]["data"].as_i64().unwrap_or_default(),
                Shown {
                    app_name: field(n, "appname"),
                    summary: field(n, "summary"),
                    body: field(n, "body"),
                    icon: field(n, "icon_path"),
                },
            )
        })
        .collect();
    shown.sort_by_key(|(id, _)| *id);
    Ok(shown.into_iter().map(|(_, s)| s).collect())
}

/// How many notifications the server on `bus` shows right now.
pub async fn displayed(bus: &str) -> Result<usize> {
    Ok(dunstctl(bus, &["count", "displayed"])
        .await?
        .trim()
        .parse()
        .unwrap_or(0))
}

/// Clicks the newest notification on screen, as a user clicking its body (the server
/// invokes its default action, which it reports to the app).
pub async fn click_newest(bus: &str) -> Result<()> {
    dunstctl(bus, &["action", "0"]).await.map(|_| ())
}

async fn dunstctl(bus: &str, args: &[&str]) -> Result<String> {
    let program = which::which("dunstctl").map_err(|_| HarnessError::MissingTool {
        tool: "dunstctl",
        install: "apt-get install dunst",
    })?;
    let what = format!("dunstctl {}", args.join(" "));
    let out = tokio::time::timeout(
        Duration::from_secs(10),
        tokio::process::Command::new(program)
            .args(args)
            .env("DBUS_SESSION_BUS_ADDRESS", bus)
            .stdin(Stdio::null())
            .kill_on_drop(true)
            .output(),
    )
    .await
    .map_err(|_| HarnessError::io(what.clone(), std::io::ErrorKind::TimedOut.into()))?
    .map_err(|source| HarnessError::Spawn {
        what: what.clone(),
        source,
    })?;
    if !out.status.success() {
        return Err(HarnessError::Cli {
            command: what,
            problem: format!("failed ({})", out.status),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        });
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Waits up to `wait` until the notification server on the app's bus got a
/// notification with `summary`, lets the rest of that delivery arrive, and
/// returns all the server got.
pub async fn wait_for_notification(app: &App, summary: &str, wait: Duration) -> Result<Vec<Shown>> {
    let bus = app.bus_address()?;
    app.wait_until(&format!("a notification {summary:?}"), wait, || async {
        Ok(received(&bus).await?.iter().any(|n| n.summary == summary))
    })
    .await?;
    // Room for any other notification of the same delivery: they are
    // claimed together and sent one after the other.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    received(&bus).await
}

/// Real published article text from the extract corpus (`crates/core/tests/corpus`).
pub fn corpus(name: &str) -> Result<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../crates/core/tests/corpus")
        .join(name);
    std::fs::read_to_string(&path)
        .map_err(|e| HarnessError::io(format!("reading {}", path.display()), e))
}

#[derive(Clone)]
struct Story {
    path: String,
    headline: String,
    pub_date: String,
}

#[derive(Default)]
struct Site {
    /// Path -> page, and the feed's items in publication order.
    pages: BTreeMap<String, String>,
    stories: Vec<Story>,
}

/// A news outlet on 127.0.0.1: `/feed.xml` (RSS 2.0) lists what was published, each story
/// has its own article page. Stops when dropped.
pub struct Outlet {
    port: u16,
    site: Arc<Mutex<Site>>,
    /// While false, requests for the feed wait (a refresh that stays running).
    feed_open: tokio::sync::watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl Outlet {
    pub async fn start() -> Result<Outlet> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .map_err(|e| HarnessError::io("starting the loopback outlet", e))?;
        let port = listener
            .local_addr()
            .map_err(|e| HarnessError::io("starting the loopback outlet", e))?
            .port();
        let site = Arc::new(Mutex::new(Site::default()));
        let served = Arc::clone(&site);
        let (feed_open, open) = tokio::sync::watch::channel(true);
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let site = Arc::clone(&served);
                let open = open.clone();
                tokio::spawn(async move {
                    let _ = answer(stream, port, &site, open).await;
                });
            }
        });
        Ok(Outlet {
            port,
            site,
            feed_open,
            task,
        })
    }

    /// From now on the feed is not answered until [`Outlet::release_feed`]: a
    /// refresh reading it stays running as long as the test wants.
    pub fn hold_feed(&self) {
        self.feed_open.send_replace(false);
    }

    /// Answers the feed requests held and those to come.
    pub fn release_feed(&self) {
        self.feed_open.send_replace(true);
    }

    /// What the app is given as its news source.
    pub fn feed_url(&self) -> String {
        format!("http://127.0.0.1:{}/feed.xml", self.port)
    }

    /// Puts an article online at `path` (its text in paragraphs, inside a plain page) and
    /// lists it in the feed. `pub_date` as RSS writes it (RFC 2822).
    pub fn publish(&self, path: &str, headline: &str, text: &str, pub_date: &str) {
        let body: String = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|p| format!("<p>{}</p>\n", escape(p)))
            .collect();
        let page = format!(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{h}</title></head>\
             <body><header><a href=\"/\">Loopback Outlet</a></header><main><article><h1>{h}</h1>\n{body}</article></main></body></html>",
            h = escape(headline)
        );
        let mut site = self.site.lock().unwrap_or_else(|p| p.into_inner());
        site.pages.insert(path.to_string(), page);
        site.stories.push(Story {
            path: path.to_string(),
            headline: headline.to_string(),
            pub_date: pub_date.to_string(),
        });
    }
}

impl Drop for Outlet {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn feed(port: u16, site: &Site) -> String {
    let items: String = site
        .stories
        .iter()
        .map(|s| {
            format!(
                "<item><title>{}</title><link>http://127.0.0.1:{port}{}</link>\
                 <guid>http://127.0.0.1:{port}{}</guid><pubDate>{}</pubDate></item>\n",
                escape(&s.headline),
                s.path,
                s.path,
                s.pub_date
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>\
         <title>Loopback Outlet</title><link>http://127.0.0.1:{port}/</link>\
         <description>Entertainment news</description>\n{items}</channel></rss>\n"
    )
}

/// One HTTP/1.1 exchange, then the connection closes.
async fn answer(
    mut stream: tokio::net::TcpStream,
    port: u16,
    site: &Mutex<Site>,
    mut feed_open: tokio::sync::watch::Receiver<bool>,
) -> std::io::Result<()> {
    let mut request = Vec::new();
    let mut buf = [0u8; 4096];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") && request.len() < 65536 {
        let n = stream.read(&mut buf).await?;
        if n == 0 {
            break;
        }
        request.extend_from_slice(&buf[..n]);
    }
    let head = String::from_utf8_lossy(&request);
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
    if path == "/feed.xml" {
        // The sender lives as long as the outlet; if it is gone, so is the test.
        let _ = feed_open.wait_for(|open| *open).await;
    }
    let found = {
        let site = site.lock().unwrap_or_else(|p| p.into_inner());
        if path == "/feed.xml" {
            Some(("application/rss+xml; charset=utf-8", feed(port, &site)))
        } else {
            site.pages
                .get(&path)
                .map(|page| ("text/html; charset=utf-8", page.clone()))
        }
    };
    let (status, kind, body) = match found {
        Some((kind, body)) => ("200 OK", kind, body),
        None => ("404 Not Found", "text/plain", "not here".to_string()),
    };
    let response = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(response.as_bytes()).await?;
    stream.shutdown().await
}
