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
            let version = || {
                let state = app.state::<AppState>();
                let store = state.store().ok()?;
                store.data_version().ok()
            };
            // Read at once, before the first refresh can start, so a write
            // made while it runs is not taken for the starting point.
            let mut seen = version();
            loop {
                std::thread::sleep(EVERY);
                // The refresh writes through its own connection: no reload
                // every two seconds while it runs. What was written meanwhile
                // (by it, or by the command line) is told once it ends.
                if app.state::<Arc<Refresher>>().state().running {
                    continue;
                }
                let now = version();
                if let (Some(before), Some(now)) = (seen, now) {
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
