//! What the window's commands share: the open store, behind a mutex because a
//! SQLite connection serves one caller at a time.

use sequel_radar_core::store::{ListQuery, Page, Store, WatchlistIndex};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, TryLockError};
use std::time::Instant;

pub struct AppState {
    /// The store, or why it could not be opened (a corrupt or foreign file):
    /// the window still opens and shows that message instead of vanishing.
    store: Result<Mutex<Store>, String>,
    pub data_dir: PathBuf,
    /// When the process started, for the first-paint measurement.
    pub started: Instant,
    /// The watchlist in memory, for search as you type at 50,000 titles.
    watchlist: Arc<WatchlistSlot>,
}

/// The in-memory watchlist, once built. Until then (and whenever it is busy
/// rebuilding after a change) the list is answered from SQL, which gives the
/// same rows, only slower at a large watchlist.
#[derive(Default)]
struct WatchlistSlot {
    index: Mutex<Option<WatchlistIndex>>,
    /// Set once a build has started, so one is started at most at a time.
    building: AtomicBool,
}

impl AppState {
    pub fn new(store: Result<Store, String>, data_dir: PathBuf, started: Instant) -> Self {
        Self {
            store: store.map(Mutex::new),
            data_dir,
            started,
            watchlist: Arc::default(),
        }
    }

    /// A page of the watchlist: from the in-memory index when it is ready
    /// and free, else from SQL. The first call starts building the index in
    /// the background, so the first paint never waits on reading every title.
    pub fn list_titles(&self, query: &ListQuery) -> Result<Page, String> {
        if let Some(page) = self.list_from_index(query) {
            return Ok(page);
        }
        self.store()?.list_titles(query).map_err(|e| e.to_string())
    }

    fn list_from_index(&self, query: &ListQuery) -> Option<Page> {
        let mut slot = match self.watchlist.index.try_lock() {
            Ok(slot) => slot,
            Err(TryLockError::Poisoned(poisoned)) => poisoned.into_inner(),
            Err(TryLockError::WouldBlock) => return None,
        };
        let Some(index) = slot.as_mut() else {
            drop(slot);
            self.build_index();
            return None;
        };
        // Something was written (opening a title marks it seen, an import,
        // the refresher, the CLI): a new index is read in the background,
        // and SQL answers until it is ready, so no keystroke waits on it.
        match index.is_current() {
            Ok(true) => {}
            Ok(false) => {
                drop(slot);
                self.build_index();
                return None;
            }
            Err(e) => {
                eprintln!("sequel-radar: the watchlist index failed, reading it again: {e}");
                *slot = None;
                drop(slot);
                self.build_index();
                return None;
            }
        }
        match index.list_titles(query) {
            Ok(page) => Some(page),
            Err(e) => {
                eprintln!("sequel-radar: the watchlist index failed, reading it again: {e}");
                *slot = None;
                drop(slot);
                self.build_index();
                None
            }
        }
    }

    /// Reads a new index on its own thread and its own connection, then
    /// swaps it in; at most one at a time.
    fn build_index(&self) {
        if self.watchlist.building.swap(true, Ordering::SeqCst) {
            return;
        }
        let Ok(path) = self.store().map(|s| s.path().to_path_buf()) else {
            return;
        };
        let slot = Arc::clone(&self.watchlist);
        let spawned = std::thread::Builder::new()
            .name("watchlist-index".into())
            .spawn(move || match WatchlistIndex::open(&path) {
                Ok(index) => {
                    *slot.index.lock().unwrap_or_else(|p| p.into_inner()) = Some(index);
                    slot.building.store(false, Ordering::SeqCst);
                }
                // Not retried: every list is still answered, from SQL.
                Err(e) => eprintln!("sequel-radar: no watchlist index, search reads SQL: {e}"),
            });
        if spawned.is_err() {
            self.watchlist.building.store(false, Ordering::SeqCst);
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
