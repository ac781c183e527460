//! The background refresh: a tokio task that reads the news at start when
//! sources are due, then every interval (setting, 1 hour to 7 days, with
//! jitter), and at once on "Check now". It uses its own connection to the
//! database, so the window's commands never wait on the network.

use crate::notify;
use sequel_radar_core::refresh::{self, CancellationToken, Progress, RefreshOptions};
use sequel_radar_core::store::{now_iso, Store};
use serde::Serialize;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tauri::{AppHandle, Emitter, Runtime};
use tokio::sync::Notify;

pub const INTERVAL_SETTING: &str = "refresh.interval_hours";
const DEFAULT_HOURS: u64 = 6;
const OFFLINE_SINCE: &str = "refresh.offline_since";
const LAST_RUN: &str = "refresh.last_run_at";

/// What the window shows about the refresh (also the `refresh-state` event).
#[derive(Debug, Clone, Default, Serialize)]
pub struct RefreshState {
    pub running: bool,
    pub done: usize,
    pub total: usize,
    pub last_run_at: Option<String>,
    pub offline_since: Option<String>,
    pub errors: Vec<refresh::SourceError>,
    pub changes: usize,
}

#[derive(Default)]
pub struct Refresher {
    wake: Notify,
    force: std::sync::atomic::AtomicBool,
    cancel: Mutex<Option<CancellationToken>>,
    state: Mutex<RefreshState>,
}

impl Refresher {
    pub fn check_now(&self) {
        self.force.store(true, std::sync::atomic::Ordering::SeqCst);
        self.wake.notify_one();
    }

    pub fn cancel(&self) {
        if let Some(token) = self
            .cancel
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
        {
            token.cancel();
        }
    }

    pub fn state(&self) -> RefreshState {
        self.state.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn update<R: Runtime>(&self, app: &AppHandle<R>, f: impl FnOnce(&mut RefreshState)) {
        let snapshot = {
            let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
            f(&mut state);
            state.clone()
        };
        let _ = app.emit("refresh-state", snapshot);
    }
}

fn interval_of(store: &Store) -> Duration {
    let hours = store
        .setting(INTERVAL_SETTING)
        .ok()
        .flatten()
        .and_then(|v| v.as_u64())
        .unwrap_or(DEFAULT_HOURS)
        .clamp(1, 7 * 24);
    Duration::from_secs(hours * 3600)
}

/// A few minutes of jitter so many installs do not hit an outlet together.
fn jitter() -> Duration {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    Duration::from_secs(u64::from(nanos % 300))
}

/// Starts the loop; returns at once.
pub fn spawn<R: Runtime>(app: AppHandle<R>, data_dir: PathBuf, refresher: Arc<Refresher>) {
    tauri::async_runtime::spawn(async move {
        let mut store = match Store::open(&data_dir) {
            Ok(store) => store,
            Err(e) => {
                eprintln!("sequel-radar: background refresh disabled: {e}");
                return;
            }
        };
        if let Err(e) = refresh::ensure_default_sources(&mut store) {
            eprintln!("sequel-radar: could not add the default sources: {e}");
        }
        // Changes from a run that happened while no notification could be
        // shown (app closed, no server) go out now.
        notify::deliver(&app, &mut store);
        refresher.update(&app, |s| {
            let saved = store
                .setting(LAST_RUN)
                .ok()
                .flatten()
                .and_then(|v| v.as_str().map(str::to_owned));
            // The command line refreshes too: the newest check of any source counts.
            let newest_source = store
                .list_sources()
                .ok()
                .and_then(|sources| sources.into_iter().filter_map(|s| s.last_checked_at).max());
            s.last_run_at = saved.into_iter().chain(newest_source).max();
            s.offline_since = store
                .setting(OFFLINE_SINCE)
                .ok()
                .flatten()
                .and_then(|v| v.as_str().map(str::to_owned));
        });
        // Let the window paint first: on two cores a refresh over a long
        // watchlist would otherwise compete with the first frame.
        tokio::time::sleep(Duration::from_secs(2)).await;
        loop {
            let force = refresher
                .force
                .swap(false, std::sync::atomic::Ordering::SeqCst);
            run_once(&app, &mut store, &refresher, force).await;
            let wait = interval_of(&store).min(Duration::from_secs(3600)) + jitter();
            // Wake up at least hourly: sources have their own due times (and
            // backoff), and refresh::run only polls the ones that are due.
            let _ = tokio::time::timeout(wait, refresher.wake.notified()).await;
        }
    });
}

async fn run_once<R: Runtime>(
    app: &AppHandle<R>,
    store: &mut Store,
    refresher: &Refresher,
    force: bool,
) {
    let token = CancellationToken::new();
    *refresher.cancel.lock().unwrap_or_else(|p| p.into_inner()) = Some(token.clone());
    refresher.update(app, |s| {
        s.running = true;
        s.done = 0;
        s.total = 0;
    });
    let options = RefreshOptions {
        force,
        interval: interval_of(store),
        ..RefreshOptions::default()
    };
    let progress = |p: Progress| {
        refresher.update(app, |s| {
            s.done = p.done;
            s.total = p.total;
        });
    };
    let result = refresh::run(store, &options, &progress, &token).await;
    *refresher.cancel.lock().unwrap_or_else(|p| p.into_inner()) = None;
    let at = now_iso();
    match result {
        Ok(report) => {
            let checked = report.stats.sources;
            // Offline (every source failed to connect): one state shown, not
            // an error per source per hour.
            let offline = report.offline;
            let offline_since = if offline {
                let since = store
                    .setting(OFFLINE_SINCE)
                    .ok()
                    .flatten()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_else(|| at.clone());
                let _ = store.set_setting(OFFLINE_SINCE, &serde_json::json!(since));
                Some(since)
            } else {
                let _ = store.set_setting(OFFLINE_SINCE, &serde_json::Value::Null);
                None
            };
            if checked > 0 {
                let _ = store.set_setting(LAST_RUN, &serde_json::json!(at));
            }
            refresher.update(app, |s| {
                s.running = false;
                if checked > 0 {
                    s.last_run_at = Some(at.clone());
                }
                s.offline_since = offline_since;
                s.errors = report.errors.clone();
                s.changes = report.changes.len();
            });
            if !report.changes.is_empty() {
                let _ = app.emit("titles-changed", &report.changes);
            }
        }
        Err(e) => {
            eprintln!("sequel-radar: refresh failed: {e}");
            refresher.update(app, |s| {
                s.running = false;
                s.errors = vec![refresh::SourceError {
                    source: "refresh".into(),
                    message: e.to_string(),
                }];
            });
        }
    }
    notify::deliver(app, store);
}
