//! The SQLite file: one per user, in the data folder. Everything the app
//! knows is here, written in transactions so a crash loses nothing that was
//! acknowledged.
//!
//! Opening never writes to a file it does not recognise: a foreign, damaged
//! or newer database is refused with a message and left byte for byte as it was.

mod bulk;
mod error;
mod evidence;
mod index;
mod migrations;
mod news;
mod outbox;
mod settings;
mod sources;
mod titles;

pub use bulk::EntryMatch;
pub use error::{Result, StoreError};
pub use evidence::{
    Change, EvidenceRow, HistoryRow, NewArticle, NewEvidence, NewQuote, QuoteRow, RecordOutcome,
    TitleDetail,
};
pub use index::WatchlistIndex;
pub use migrations::{latest as latest_schema, APPLICATION_ID};
pub use news::PAGE_TRIES;
pub use outbox::OutboxItem;
pub use sources::{NewSource, Source};
pub use titles::{ListQuery, Page};

use crate::paths::DB_FILE;
use rusqlite::hooks::Action;
use rusqlite::{Connection, OpenFlags};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The watchlist rows this connection wrote, recorded by SQLite's update
    /// hook (so no write path can forget to tell): the window's in-memory
    /// index reads only these again after the window's own writes.
    touched: Arc<Mutex<Touched>>,
}

/// What one connection wrote to the watchlist since it was last asked
/// ([`Store::take_touched`]). Rows of transactions later rolled back are in
/// it too: reading a title again that did not change costs nothing wrong.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Touched {
    /// Ids of `titles` rows inserted, updated or deleted.
    pub titles: Vec<i64>,
    /// Rowids of `title_aliases` rows inserted (their title is looked up
    /// when read: the hook may not query).
    pub alias_rows: Vec<i64>,
    /// An alias row was deleted. Only editing a title does that, and it
    /// updates the title's row in the same transaction, so its title is in
    /// `titles`; an alias deleted with no title touched means a full read.
    pub alias_deleted: bool,
    /// Too many rows to follow one by one (an import): read everything.
    pub all: bool,
}

impl Touched {
    /// Past this many rows one full read is cheaper than row by row.
    const MOST: usize = 2_000;

    fn note(&mut self, action: Action, table: &str, rowid: i64) {
        if self.all {
            return;
        }
        match (table, action) {
            ("titles", _) => self.titles.push(rowid),
            ("title_aliases", Action::SQLITE_DELETE) => self.alias_deleted = true,
            ("title_aliases", _) => self.alias_rows.push(rowid),
            _ => return,
        }
        if self.titles.len() + self.alias_rows.len() > Self::MOST {
            *self = Touched {
                all: true,
                ..Touched::default()
            };
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == Touched::default()
    }
}

/// ISO 8601 UTC with milliseconds: sorts as text, reads as a date.
pub fn now_iso() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl Store {
    /// Opens (creating if needed) the database in `data_dir`.
    pub fn open(data_dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(data_dir).map_err(|source| StoreError::Folder {
            path: data_dir.to_path_buf(),
            source,
        })?;
        Self::open_file(&data_dir.join(DB_FILE))
    }

    /// Opens (creating if needed) the database at `path`.
    pub fn open_file(path: &Path) -> Result<Store> {
        if path.exists() {
            inspect(path)?;
        }
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Search scans the titles; a 50,000-title watchlist is about 15 MB,
        // and re-reading it from the OS on every keystroke costs tens of ms.
        conn.pragma_update(None, "cache_size", -32_000)?;
        conn.pragma_update(None, "mmap_size", 256 * 1024 * 1024)?;
        migrations::migrate(&mut conn)?;
        let touched = Arc::new(Mutex::new(Touched::default()));
        let record = Arc::clone(&touched);
        conn.update_hook(Some(move |action, _db: &str, table: &str, rowid| {
            record
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .note(action, table, rowid)
        }))?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            touched,
        })
    }

    /// The watchlist rows this connection wrote since the last call, and
    /// forgets them.
    pub fn take_touched(&self) -> Touched {
        std::mem::take(&mut *self.touched.lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// A number that moves whenever another connection commits to the file
    /// (the command line, the background refresh), and never for this
    /// connection's own writes: how the window learns of changes made elsewhere.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }
}

/// Opens `path` without any chance of writing to it or beside it.
///
/// A read-only connection to a WAL database creates the `-wal` and `-shm`
/// files when they are missing, and cannot remove them again. Their absence
/// means no connection has the file open (the last one to close deletes
/// them), so the main file is complete and can be read as immutable.
fn open_read_only(path: &Path, wal_mode: bool) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let unreadable = |e: rusqlite::Error| StoreError::Corrupt {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    if wal_mode && !Path::new(&wal).exists() {
        let absolute = std::path::absolute(path).map_err(|source| StoreError::Folder {
            path: path.to_path_buf(),
            source,
        })?;
        if let Ok(mut uri) = url::Url::from_file_path(&absolute) {
            uri.set_query(Some("immutable=1"));
            return Connection::open_with_flags(uri.as_str(), flags | OpenFlags::SQLITE_OPEN_URI)
                .map_err(unreadable);
        }
    }
    Connection::open_with_flags(path, flags).map_err(unreadable)
}

/// Looks at an existing file read-only and refuses what is not ours.
fn inspect(path: &Path) -> Result<()> {
    let not_ours = |reason: &str| StoreError::NotOurs {
        path: path.to_path_buf(),
        reason: reason.to_string(),
    };
    let mut header = Vec::with_capacity(100);
    std::fs::File::open(path)
        .and_then(|f| f.take(100).read_to_end(&mut header))
        .map_err(|source| StoreError::Folder {
            path: path.to_path_buf(),
            source,
        })?;
    if header.is_empty() {
        // An empty file is what SQLite itself leaves after a create that
        // never wrote; treating it as new loses nothing.
        return Ok(());
    }
    if header.len() < 100 || !header.starts_with(b"SQLite format 3\0") {
        return Err(not_ours("the file is not a database"));
    }
    let conn = open_read_only(path, header[18] == 2)?;
    let corrupt = |e: rusqlite::Error| StoreError::Corrupt {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let app_id: i64 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(corrupt)?;
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(corrupt)?;
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
        .map_err(corrupt)?;
    if app_id == 0 && tables == 0 {
        return Ok(()); // an empty SQLite file: ours to initialise
    }
    if app_id != APPLICATION_ID {
        return Err(not_ours("it belongs to another application"));
    }
    if version > migrations::latest() {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: version,
            known: migrations::latest(),
        });
    }
    // No `PRAGMA quick_check` here: it reads every page (a quarter of a
    // second at 50,000 titles) on every start. A damaged schema page fails
    // the reads above; damage deeper in the file surfaces as an error naming
    // the file on the query that meets it, and nothing is written then either.
    Ok(())
}
