//! What the window's commands share: the open store, behind a mutex because a
//! SQLite connection serves one caller at a time.

use sequel_radar_core::store::Store;
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

pub struct AppState {
    /// The store, or why it could not be opened (a corrupt or foreign file):
    /// the window still opens and shows that message instead of vanishing.
    store: Result<Mutex<Store>, String>,
    pub data_dir: PathBuf,
    /// When the process started, for the first-paint measurement.
    pub started: Instant,
}

impl AppState {
    pub fn new(store: Result<Store, String>, data_dir: PathBuf, started: Instant) -> Self {
        Self {
            store: store.map(Mutex::new),
            data_dir,
            started,
        }
    }

    /// The store; a panic in another command must not lock the user out.
    pub fn store(&self) -> Result<MutexGuard<'_, Store>, String> {
        match &self.store {
            Ok(store) => Ok(store
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())),
            Err(message) => Err(message.clone()),
        }
    }

    pub fn startup_error(&self) -> Option<String> {
        self.store.as_ref().err().cloned()
    }
}
