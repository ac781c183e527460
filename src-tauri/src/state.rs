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
    /// `make bench` (BENCH_SEARCH=1): how long each list took in here, in
    /// ms, to tell the shell's own time from the IPC around it.
    pub list_ms: Option<Mutex<Vec<f64>>>,
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
            list_ms: std::env::var_os("BENCH_SEARCH")
                .is_some_and(|v| v == "1")
                .then(Mutex::default),
        }
    }

    /// A page of the watchlist: from the in-memory index when it is ready
    /// and free, else from SQL. The first call starts building the index in
    /// the background, so the first paint never waits on reading every title.
    pub fn list_titles(&self, query: &ListQuery) -> Result<Page, String> {
        if let Some(page) = self.list_now(query) {
            return Ok(page);
        }
        self.store()?.list_titles(query).map_err(|e| e.to_string())
    }

    /// A page from the in-memory index, or None at once when it cannot
    /// answer without waiting (not read yet, being read again, or the store
    /// busy with a long write): never blocks, so the UI thread may call it.
    pub fn list_now(&self, query: &ListQuery) -> Option<Page> {
        let started = Instant::now();
        let page = self.list_from_index(query);
        if let (Some(times), Some(_)) = (&self.list_ms, &page) {
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            times.lock().unwrap_or_else(|p| p.into_inner()).push(ms);
        }
        page
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
        // Something was written. The window's own writes (opening a title
        // marks it seen, adding, editing, removing) are read title by title;
        // anything else (an import, the refresher, the CLI) means a new index
        // read in the background, SQL answering until it is ready, so no
        // keystroke waits on it.
        match index.is_current() {
            Ok(true) => {}
            // A new index is being read: the writes since it started are
            // left for it to catch up, SQL answers meanwhile.
            Ok(false) if self.watchlist.building.load(Ordering::SeqCst) => return None,
            Ok(false) => {
                let caught_up = match &self.store {
                    // A command holding the store (an import) is writing:
                    // SQL answers once it is done.
                    Ok(store) => match store.try_lock() {
                        Ok(store) => index.catch_up(&store),
                        Err(TryLockError::Poisoned(p)) => index.catch_up(&p.into_inner()),
                        Err(TryLockError::WouldBlock) => return None,
                    },
                    Err(_) => Ok(false),
                };
                match caught_up {
                    Ok(true) => {}
                    Ok(false) => {
                        drop(slot);
                        self.build_index();
                        return None;
                    }
                    Err(e) => {
                        eprintln!(
                            "sequel-radar: the watchlist index failed, reading it again: {e}"
                        );
                        *slot = None;
                        drop(slot);
                        self.build_index();
                        return None;
                    }
                }
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

    /// Starts reading the index now, beside the window's start-up, so that
    /// it is ready by the time anyone types.
    pub fn warm_up(&self) {
        self.build_index();
    }

    /// Reads a new index on its own thread and its own connection, then
    /// swaps it in; at most one at a time.
    fn build_index(&self) {
        if self.watchlist.building.swap(true, Ordering::SeqCst) {
            return;
        }
        // The store's own writes from here on are caught up title by title;
        // what it noted before is in what the new index reads. Never waits
        // for the store (this runs on the UI thread): if a long write holds
        // it, the next list tries again.
        let basis = match &self.store {
            Ok(store) => match store.try_lock() {
                Ok(s) => Some(s),
                Err(TryLockError::Poisoned(p)) => Some(p.into_inner()),
                Err(TryLockError::WouldBlock) => None,
            }
            .and_then(|s| {
                s.take_touched();
                Some((s.path().to_path_buf(), s.data_version().ok()?))
            }),
            Err(_) => None,
        };
        let Some((path, version)) = basis else {
            self.watchlist.building.store(false, Ordering::SeqCst);
            return;
        };
        let slot = Arc::clone(&self.watchlist);
        let spawned = std::thread::Builder::new()
            .name("watchlist-index".into())
            .spawn(
                move || match WatchlistIndex::open_for(&path, Some(version)) {
                    Ok(index) => {
                        *slot.index.lock().unwrap_or_else(|p| p.into_inner()) = Some(index);
                        slot.building.store(false, Ordering::SeqCst);
                    }
                    // Not retried: every list is still answered, from SQL.
                    Err(e) => eprintln!("sequel-radar: no watchlist index, search reads SQL: {e}"),
                },
            );
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

#[cfg(test)]
mod tests {
    use super::*;
    use sequel_radar_core::model::NewTitle;
    use std::time::Duration;

    /// Waits for the index to answer (it is read on its own thread).
    fn from_index(state: &AppState, query: &ListQuery) -> Page {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(page) = state.list_from_index(query) {
                return page;
            }
            assert!(Instant::now() < deadline, "the index never answered");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    fn builds(state: &AppState) -> u32 {
        let slot = state.watchlist.index.lock().expect("slot");
        slot.as_ref().map(|i| i.builds()).unwrap_or(0)
    }

    #[test]
    fn the_windows_own_writes_keep_the_index_answering() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = Store::open(dir.path()).expect("store");
        let dune = store
            .add_title(NewTitle {
                name: "Dune".into(),
                ..NewTitle::default()
            })
            .expect("add");
        let state = AppState::new(Ok(store), dir.path().to_path_buf(), Instant::now());
        state.warm_up();
        let all = ListQuery::default();
        assert_eq!(from_index(&state, &all).total, 1);

        // Opening a title and adding one: the very next page comes from
        // the same index, caught up, not from SQL or a new read.
        state
            .store()
            .expect("store")
            .mark_seen(dune.id)
            .expect("seen");
        state
            .store()
            .expect("store")
            .add_title(NewTitle {
                name: "Arrival".into(),
                ..NewTitle::default()
            })
            .expect("add");
        let page = state
            .list_from_index(&all)
            .expect("the index answered after the window's own writes");
        assert_eq!(page.total, 2);
        assert_eq!(builds(&state), 1);

        // Another program's write: SQL answers while a new index is read,
        // which then has it.
        let mut other = Store::open(dir.path()).expect("second connection");
        other
            .add_title(NewTitle {
                name: "Sicario".into(),
                ..NewTitle::default()
            })
            .expect("add elsewhere");
        assert!(
            state.list_from_index(&all).is_none(),
            "a stale index answered"
        );
        assert_eq!(from_index(&state, &all).total, 3);
    }

    /// The UI thread asks `list_now`: while a long write (an import) holds
    /// the store, it must answer at once (None, the page then asks the
    /// worker), never wait for the store to be free.
    #[test]
    fn listing_from_memory_never_waits_for_a_busy_store() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path()).expect("store");
        let state = Arc::new(AppState::new(
            Ok(store),
            dir.path().to_path_buf(),
            Instant::now(),
        ));
        state.warm_up();
        let all = ListQuery::default();
        assert_eq!(from_index(&state, &all).total, 0);
        // Another program writes: the index must be read again.
        Store::open(dir.path())
            .expect("second connection")
            .add_title(NewTitle {
                name: "Sicario".into(),
                ..NewTitle::default()
            })
            .expect("add elsewhere");

        let released = Arc::new(AtomicBool::new(false));
        let (held_tx, held_rx) = std::sync::mpsc::channel();
        let holder = {
            let (state, released) = (Arc::clone(&state), Arc::clone(&released));
            std::thread::spawn(move || {
                let _store = state.store().expect("store");
                held_tx.send(()).expect("tell");
                std::thread::sleep(Duration::from_secs(3));
                released.store(true, Ordering::SeqCst);
            })
        };
        held_rx.recv().expect("the store is held");
        assert!(state.list_now(&all).is_none(), "a stale index answered");
        assert!(
            !released.load(Ordering::SeqCst),
            "list_now waited for the busy store"
        );
        holder.join().expect("holder");
        assert_eq!(from_index(&state, &all).total, 1);
    }
}
