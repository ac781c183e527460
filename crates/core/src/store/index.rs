//! The watchlist held in memory for search as you type.
//!
//! At 50,000 titles a keystroke cannot afford SQL: a `LIKE` over every name
//! and alias, then a walk of the sort's index, costs tens of milliseconds.
//! The index keeps, per live title, only what search and filters read (the
//! folded keys in one string, kind, status, platform, two flags) and each
//! sort's order as positions, so a keystroke is one pass over that string and
//! one over the order; the page of rows shown is then read from SQLite by id.
//!
//! It reads through its own read-only connection, for two reasons: building
//! it never holds the connection the rest of the app writes with, and that
//! connection's `PRAGMA data_version` changes whenever any other connection
//! commits (the window's own store, the refresher, the CLI while the window
//! is open), which is exactly when the index must be built again.

use super::error::{Result, StoreError};
use super::titles::{fill_lists, order_by, titles_by_ids};
use super::{ListQuery, Page};
use crate::model::{Kind, SortBy, Status};
use crate::text::name_key;
use rusqlite::{Connection, OpenFlags};
use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;

/// What one live title contributes to the filters.
struct Entry {
    id: i64,
    /// Into [`WatchlistIndex::platforms`].
    platform: Option<u32>,
    kind: Kind,
    status: Status,
    has_news: bool,
    changed: bool,
}

/// The live titles of one store, kept in step with its file.
pub struct WatchlistIndex {
    conn: Connection,
    /// `PRAGMA data_version` when the entries were read.
    version: i64,
    /// In id order, so a position is found by binary search.
    entries: Vec<Entry>,
    /// Every title's keys in one string, in entry order: the name's key, then
    /// each alias key, each followed by '\n'. A search key never holds '\n',
    /// so a match is inside one key, as the SQL path's `LIKE` on each key;
    /// and one pass over one string is what a keystroke costs.
    keys: String,
    /// Where each entry's keys start in `keys`.
    starts: Vec<u32>,
    /// The distinct platforms as written, so a platform filter compares a
    /// handful of names rather than one per title.
    platforms: Vec<Box<str>>,
    /// Positions in `entries`, one order per sort, read when first asked
    /// for: SQLite walks the sort's index (migration 0003), so each order is
    /// exactly the SQL path's.
    orders: [Option<Vec<u32>>; 4],
}

impl WatchlistIndex {
    /// Reads the live titles of the store at `path` (already opened, and so
    /// migrated, by [`super::Store::open`]).
    pub fn open(path: &Path) -> Result<WatchlistIndex> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::Corrupt {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })?;
        conn.busy_timeout(Duration::from_secs(5))?;
        let mut index = WatchlistIndex {
            conn,
            version: 0,
            entries: Vec::new(),
            keys: String::new(),
            starts: Vec::new(),
            platforms: Vec::new(),
            orders: Default::default(),
        };
        index.rebuild()?;
        Ok(index)
    }

    /// How many live titles the index holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Whether nothing was committed to the file since the index was read.
    pub fn is_current(&self) -> Result<bool> {
        let version: i64 = self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?;
        Ok(version == self.version)
    }

    /// Builds again if anything committed to the file since the last build.
    /// Returns whether it did.
    pub fn refresh(&mut self) -> Result<bool> {
        if self.is_current()? {
            return Ok(false);
        }
        self.rebuild()?;
        Ok(true)
    }

    /// The same page [`super::Store::list_titles`] answers, from memory: the
    /// matching titles in order and their count, then the page's rows read
    /// by id. Builds again first if the file changed.
    pub fn list_titles(&mut self, q: &ListQuery) -> Result<Page> {
        self.refresh()?;
        let (total, ids) = self.page_ids(q)?;
        let mut rows = titles_by_ids(&self.conn, &ids)?;
        fill_lists(&self.conn, &mut rows)?;
        Ok(Page { total, rows })
    }

    /// How many titles match and the ids of the requested page, in order.
    fn page_ids(&mut self, q: &ListQuery) -> Result<(usize, Vec<i64>)> {
        let slot = sort_slot(q.sort);
        if self.orders[slot].is_none() {
            self.orders[slot] = Some(self.read_order(q.sort)?);
        }
        let search = q.search.as_deref().map(name_key).filter(|k| !k.is_empty());
        let found = search.as_deref().map(|k| self.search(k));
        let platform = q
            .platform
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
            // The SQL path compares with COLLATE NOCASE: ASCII case only.
            .map(|p| {
                self.platforms
                    .iter()
                    .map(|known| known.eq_ignore_ascii_case(p))
                    .collect::<Vec<bool>>()
            });
        let keep = |pos: usize, e: &Entry| {
            q.kind.is_none_or(|k| e.kind == k)
                && q.status.is_none_or(|s| e.status == s)
                && (q.statuses.is_empty() || q.statuses.contains(&e.status))
                && platform
                    .as_ref()
                    .is_none_or(|wanted| e.platform.is_some_and(|p| wanted[p as usize]))
                && (!q.has_news || e.has_news)
                && (!q.changed || e.changed)
                && found.as_ref().is_none_or(|hits| hits[pos])
        };
        let order = self.orders[slot].as_deref().unwrap_or_default();
        let (mut total, mut ids) = (0usize, Vec::new());
        for &pos in order {
            let pos = pos as usize;
            let entry = &self.entries[pos];
            if !keep(pos, entry) {
                continue;
            }
            if total >= q.offset && (q.limit == 0 || ids.len() < q.limit) {
                ids.push(entry.id);
            }
            total += 1;
        }
        Ok((total, ids))
    }

    /// Which entries hold `key` in their name or an alias: one pass over all
    /// the keys, hits arriving in order, so the entry of each is found by
    /// moving a cursor forward.
    fn search(&self, key: &str) -> Vec<bool> {
        let mut hits = vec![false; self.entries.len()];
        let mut entry = 0usize;
        let mut mark = |start: usize| {
            while self
                .starts
                .get(entry + 1)
                .is_some_and(|&s| s as usize <= start)
            {
                entry += 1;
            }
            hits[entry] = true;
        };
        // aho-corasick (already used by the extractor) searches a single
        // needle with memchr's SIMD routines; it refuses only needles past
        // its size limits, and `match_indices` does then.
        match aho_corasick::AhoCorasick::new([key]) {
            Ok(ac) => ac
                .find_iter(self.keys.as_bytes())
                .for_each(|m| mark(m.start())),
            Err(_) => self.keys.match_indices(key).for_each(|(i, _)| mark(i)),
        }
        hits
    }

    /// Positions in `entries` in the order of `sort`, read from the sort's
    /// index (ids only). Called only while the entries are current, so the
    /// same ids come back.
    fn read_order(&self, sort: SortBy) -> Result<Vec<u32>> {
        let sql = format!(
            "SELECT id FROM titles WHERE removed_at IS NULL ORDER BY {}",
            order_by(sort)
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query([])?;
        let mut order = Vec::with_capacity(self.entries.len());
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            if let Ok(pos) = self.entries.binary_search_by_key(&id, |e| e.id) {
                order.push(pos as u32);
            }
        }
        Ok(order)
    }

    fn rebuild(&mut self) -> Result<()> {
        // One read transaction: the titles, their aliases and the first
        // order from the same moment, and the version that moment had.
        let tx = self.conn.unchecked_transaction()?;
        let version: i64 = tx.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        let mut entries = Vec::new();
        let mut platforms: Vec<Box<str>> = Vec::new();
        let mut platform_ids: HashMap<String, u32> = HashMap::new();
        let mut keys: Vec<String> = Vec::new();
        {
            // The flags are computed here as the SQL path's filters write
            // them, so no timestamp needs to come out.
            let mut stmt = tx.prepare(
                "SELECT id, name_key, kind, platform, status, latest_news_at IS NOT NULL,
                        status_changed_at IS NOT NULL
                          AND (seen_at IS NULL OR seen_at < status_changed_at)
                 FROM titles WHERE removed_at IS NULL ORDER BY id",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                let platform: Option<String> = row.get(3)?;
                let platform = platform.map(|p| {
                    *platform_ids.entry(p.clone()).or_insert_with(|| {
                        platforms.push(p.into_boxed_str());
                        (platforms.len() - 1) as u32
                    })
                });
                entries.push(Entry {
                    id: row.get(0)?,
                    platform,
                    kind: parse(row, 2)?,
                    status: parse(row, 4)?,
                    has_news: row.get(5)?,
                    changed: row.get(6)?,
                });
                keys.push(row.get(1)?);
            }
        }
        {
            // Aliases of removed titles find no entry and are left out.
            let mut stmt = tx.prepare("SELECT title_id, alias_key FROM title_aliases")?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                let id: i64 = row.get(0)?;
                if let Ok(i) = entries.binary_search_by_key(&id, |e| e.id) {
                    let alias: String = row.get(1)?;
                    keys[i].push('\n');
                    keys[i].push_str(&alias);
                }
            }
        }
        let mut text = String::with_capacity(keys.iter().map(|k| k.len() + 1).sum());
        let mut starts = Vec::with_capacity(keys.len());
        for key in keys {
            starts.push(text.len() as u32);
            text.push_str(&key);
            text.push('\n');
        }
        self.entries = entries;
        self.keys = text;
        self.starts = starts;
        self.platforms = platforms;
        self.orders = Default::default();
        // The default sort, from the same snapshot as the entries.
        let slot = sort_slot(SortBy::default());
        self.orders[slot] = Some(self.read_order(SortBy::default())?);
        tx.finish()?;
        self.version = version;
        Ok(())
    }
}

fn sort_slot(sort: SortBy) -> usize {
    match sort {
        SortBy::RecentlyChanged => 0,
        SortBy::Name => 1,
        SortBy::RecentlyAdded => 2,
        SortBy::Status => 3,
    }
}

fn parse<T: std::str::FromStr<Err = String>>(row: &rusqlite::Row, idx: usize) -> Result<T> {
    let text: String = row.get(idx)?;
    text.parse().map_err(|e: String| {
        StoreError::from(rusqlite::Error::FromSqlConversionFailure(
            idx,
            rusqlite::types::Type::Text,
            e.into(),
        ))
    })
}
