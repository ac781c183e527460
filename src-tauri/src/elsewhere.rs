//! Changes made to the store by another program while the window is open
//! (the command line adding or removing a title, an import run from a
//! terminal, the background refresh's own connection) reach the window: it
//! hears `store-changed` and reloads its list, as a mail client shows mail
//! that arrived while it was open.
//!
//! Polled, because SQLite tells one connection about another's commits only
//! when asked (`PRAGMA data_version`); a two-second look costs microseconds
//! and never sees the window's own writes, which the window shows already.

use crate::refresher::Refresher;
use crate::state::AppState;
use std::sync::Arc;
use std::time::Duration;
use tauri::{AppHandle, Emitter, Manager, Runtime};

const EVERY: Duration = Duration::from_secs(2);

/// Starts watching on its own thread; returns at once. A plain thread, not
/// an async task: the store's lock may be held for a while by an import, and
/// waiting for it must not hold up the async runtime.
pub fn spawn<R: Runtime>(app: AppHandle<R>) {
    let started = std::thread::Builder::new()
        .name("store-watch".into())
        .spawn(move || {
            let mut seen: Option<i64> = None;
            let mut was_refreshing = false;
            loop {
                std::thread::sleep(EVERY);
                let state = app.state::<AppState>();
                let Ok(store) = state.store() else { return };
                let now = store.data_version().ok();
                drop(store);
                // The refresh writes through its own connection and tells the
                // window itself when it ends (`titles-changed`, which reloads
                // the list too): no reload every two seconds while it runs.
                let refreshing = app.state::<Arc<Refresher>>().state().running;
                let quiet = refreshing || was_refreshing;
                was_refreshing = refreshing;
                if let (Some(before), Some(now), false) = (seen, now, quiet) {
                    if before != now {
                        let _ = app.emit("store-changed", ());
                    }
                }
                seen = now.or(seen);
            }
        });
    if let Err(e) = started {
        eprintln!("sequel-radar: changes made by other programs show after a restart: {e}");
    }
}
