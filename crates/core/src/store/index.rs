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
use rusqlite::{Connection, OpenFlags, OptionalExtension};
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
    /// A hash of what the sorts order by: when a title's changes, the
    /// orders (positions) are read again; when not, they still hold.
    sort_sig: u64,
}

/// The live titles of one store, kept in step with its file.
pub struct WatchlistIndex {
    conn: Connection,
    /// `PRAGMA data_version` when the entries were read.
    version: i64,
    /// The writing connection's `PRAGMA data_version` when the entries were
    /// read, if the index was opened for one ([`WatchlistIndex::open_for`]):
    /// while it has not moved, nobody but that connection wrote, and its
    /// writes are applied title by title ([`WatchlistIndex::catch_up`]).
    writer_version: Option<i64>,
    /// How many times every title was read (tests tell a catch-up from it).
    builds: u32,
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
        Self::open_for(path, None)
    }

    /// Reads the live titles for the window whose store (the writer) had
    /// `writer_version` as its `PRAGMA data_version` just before: read it,
    /// and take its touched rows, before calling this, so that whatever it
    /// writes afterwards is either in what is read here or caught up later.
    pub fn open_for(path: &Path, writer_version: Option<i64>) -> Result<WatchlistIndex> {
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
            writer_version,
            builds: 0,
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

    /// How many times every title was read since the index was opened.
    pub fn builds(&self) -> u32 {
        self.builds
    }

    /// Brings the index up to date with `writer`'s own writes, title by
    /// title, when nobody else wrote since it was read: what opening a title
    /// (marking it seen), adding, editing or removing one costs the next
    /// keystroke is then a few rows, not every title. Returns false when a
    /// full read is needed (another program wrote, or too much changed);
    /// the index is then unchanged and still stale.
    pub fn catch_up(&mut self, writer: &super::Store) -> Result<bool> {
        if self.is_current()? {
            // Nothing was committed since the read: what the writer noted
            // was written before it and is already here.
            writer.take_touched();
            return Ok(true);
        }
        // Another program wrote: its rows are unknown. What the writer noted
        // is left for the index read next, which may not see all of it.
        if self.writer_version != Some(writer.data_version()?) {
            return Ok(false);
        }
        let touched = writer.take_touched();
        if touched.all {
            return Ok(false);
        }
        let tx = self.conn.unchecked_transaction()?;
        let version: i64 = tx.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        let mut ids = touched.titles;
        if !touched.alias_rows.is_empty() {
            let list: Vec<String> = touched.alias_rows.iter().map(i64::to_string).collect();
            let sql = format!(
                "SELECT title_id FROM title_aliases WHERE rowid IN ({})",
                list.join(",")
            );
            let mut stmt = tx.prepare(&sql)?;
            let found = stmt.query_map([], |r| r.get::<_, i64>(0))?;
            for id in found {
                ids.push(id?);
            }
        }
        if touched.alias_deleted && ids.is_empty() {
            return Ok(false);
        }
        ids.sort_unstable();
        ids.dedup();
        let mut rows = Vec::with_capacity(ids.len());
        for id in ids {
            let row = tx
                .query_row(
                    &format!("{ENTRY_SELECT} WHERE removed_at IS NULL AND id = ?1"),
                    [id],
                    |row| Ok(read_entry(row)),
                )
                .optional()?
                .transpose()?;
            let row = match row {
                Some((entry, name_key)) => {
                    let mut stmt = tx.prepare_cached(
                        "SELECT alias_key FROM title_aliases WHERE title_id = ?1",
                    )?;
                    let mut key = name_key;
                    for alias in stmt.query_map([id], |r| r.get::<_, String>(0))? {
                        key.push('\n');
                        key.push_str(&alias?);
                    }
                    key.push('\n');
                    Some((entry, key))
                }
                None => None,
            };
            rows.push((id, row));
        }
        tx.finish()?;
        for (id, row) in rows {
            self.apply(id, row);
        }
        self.version = version;
        Ok(true)
    }

    /// Puts one title's current row (None: removed or deleted) in place of
    /// what the index held for it.
    fn apply(&mut self, id: i64, row: Option<(RawEntry, String)>) {
        let at = self.entries.binary_search_by_key(&id, |e| e.id);
        match (at, row) {
            (Err(_), None) => {}
            (Ok(pos), None) => {
                let (a, b) = self.key_range(pos);
                self.keys.replace_range(a..b, "");
                self.entries.remove(pos);
                self.starts.remove(pos);
                self.shift_starts(pos, -((b - a) as i64));
                // Positions after it moved down by one.
                self.orders = Default::default();
            }
            (Ok(pos), Some((raw, key))) => {
                let entry = raw.into_entry(&mut self.platforms);
                let (a, b) = self.key_range(pos);
                if self.keys[a..b] != key {
                    self.keys.replace_range(a..b, &key);
                    self.shift_starts(pos + 1, key.len() as i64 - (b - a) as i64);
                }
                if entry.sort_sig != self.entries[pos].sort_sig {
                    self.orders = Default::default();
                }
                self.entries[pos] = entry;
            }
            (Err(pos), Some((raw, key))) => {
                let entry = raw.into_entry(&mut self.platforms);
                let at = self
                    .starts
                    .get(pos)
                    .map(|&s| s as usize)
                    .unwrap_or(self.keys.len());
                self.keys.insert_str(at, &key);
                self.entries.insert(pos, entry);
                self.starts.insert(pos, at as u32);
                self.shift_starts(pos + 1, key.len() as i64);
                // A new position to place in every order.
                self.orders = Default::default();
            }
        }
    }

    /// Where entry `pos`'s keys (with their final '\n') lie in `keys`.
    fn key_range(&self, pos: usize) -> (usize, usize) {
        let a = self.starts[pos] as usize;
        let b = self
            .starts
            .get(pos + 1)
            .map(|&s| s as usize)
            .unwrap_or(self.keys.len());
        (a, b)
    }

    fn shift_starts(&mut self, from: usize, by: i64) {
        if by == 0 {
            return;
        }
        for s in &mut self.starts[from..] {
            *s = (*s as i64 + by) as u32;
        }
    }

    /// Builds again if anything committed to the file since the last build.
    /// Returns whether it did.
    pub fn refresh(&mut self) -> Result<bool> {
        if self.is_current()? {
            return Ok(false);
        }
        self.rebuild()?;
        // Read without the writer's version: its writes from here on cannot
        // be told from another program's.
        self.writer_version = None;
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
    /// the keys. After a hit the search goes on from the next entry's keys,
    /// so a key found everywhere ("t") costs one hit per title, not one per
    /// letter.
    fn search(&self, key: &str) -> Vec<bool> {
        let mut hits = vec![false; self.entries.len()];
        let finder = memchr::memmem::Finder::new(key.as_bytes());
        let hay = self.keys.as_bytes();
        let (mut at, mut entry) = (0usize, 0usize);
        while let Some(found) = hay.get(at..).and_then(|rest| finder.find(rest)) {
            let start = at + found;
            while self
                .starts
                .get(entry + 1)
                .is_some_and(|&s| s as usize <= start)
            {
                entry += 1;
            }
            let Some(hit) = hits.get_mut(entry) else {
                break;
            };
            *hit = true;
            at = self
                .starts
                .get(entry + 1)
                .map_or(hay.len(), |&s| s as usize);
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
        let mut keys: Vec<String> = Vec::new();
        {
            let mut stmt = tx.prepare(&format!(
                "{ENTRY_SELECT} WHERE removed_at IS NULL ORDER BY id"
            ))?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                let (raw, key) = read_entry(row)?;
                entries.push(raw.into_entry(&mut platforms));
                keys.push(key);
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
        self.builds += 1;
        Ok(())
    }
}

/// One title's row as the index reads it; the flags are computed here as the
/// SQL path's filters write them, so no timestamp needs to come out, and the
/// sort columns only as their hash.
const ENTRY_SELECT: &str = "SELECT id, name_key, kind, platform, status,
        latest_news_at IS NOT NULL,
        status_changed_at IS NOT NULL AND (seen_at IS NULL OR seen_at < status_changed_at),
        year, added_at, status_changed_at
    FROM titles";

struct RawEntry {
    id: i64,
    platform: Option<String>,
    kind: Kind,
    status: Status,
    has_news: bool,
    changed: bool,
    sort_sig: u64,
}

impl RawEntry {
    /// The entry, its platform looked up among the few distinct ones.
    fn into_entry(self, platforms: &mut Vec<Box<str>>) -> Entry {
        let platform =
            self.platform
                .map(|p| match platforms.iter().position(|known| **known == *p) {
                    Some(i) => i as u32,
                    None => {
                        platforms.push(p.into_boxed_str());
                        (platforms.len() - 1) as u32
                    }
                });
        Entry {
            id: self.id,
            platform,
            kind: self.kind,
            status: self.status,
            has_news: self.has_news,
            changed: self.changed,
            sort_sig: self.sort_sig,
        }
    }
}

/// A row of [`ENTRY_SELECT`] and the title's name key.
fn read_entry(row: &rusqlite::Row) -> Result<(RawEntry, String)> {
    use std::hash::{Hash, Hasher};
    let name_key: String = row.get(1)?;
    let status: String = row.get(4)?;
    // Every column an ORDER BY of `order_by` reads (the id never changes).
    let mut sig = std::hash::DefaultHasher::new();
    name_key.hash(&mut sig);
    status.hash(&mut sig);
    row.get::<_, Option<i64>>(7)?.hash(&mut sig);
    row.get::<_, Option<String>>(8)?.hash(&mut sig);
    row.get::<_, Option<String>>(9)?.hash(&mut sig);
    let raw = RawEntry {
        id: row.get(0)?,
        platform: row.get(3)?,
        kind: parse(row, 2)?,
        status: status.parse().map_err(|e: String| conversion(4, e))?,
        has_news: row.get(5)?,
        changed: row.get(6)?,
        sort_sig: sig.finish(),
    };
    Ok((raw, name_key))
}

fn conversion(idx: usize, e: String) -> StoreError {
    StoreError::from(rusqlite::Error::FromSqlConversionFailure(
        idx,
        rusqlite::types::Type::Text,
        e.into(),
    ))
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
    text.parse().map_err(|e: String| conversion(idx, e))
}
