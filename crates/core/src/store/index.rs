//! The watchlist held in memory for search as you type.
//!
//! At 50,000 titles a keystroke cannot afford SQL: a `LIKE` over every name
//! and alias, then a walk of the sort's index, costs tens of milliseconds.
//! The index keeps, per live title, only what search, filters and sorts read
//! (the folded keys, kind, status, platform, two flags) and one precomputed
//! order per sort, so a keystroke is one pass over short strings in memory;
//! the page of rows shown is then read from SQLite by id.
//!
//! It reads through its own read-only connection, for two reasons: building
//! it never holds the connection the rest of the app writes with, and that
//! connection's `PRAGMA data_version` changes whenever any other connection
//! commits (the window's own store, the refresher, the CLI while the window
//! is open), which is exactly when the index must be built again.

use super::error::{Result, StoreError};
use super::titles::{fill_lists, titles_by_ids};
use super::{ListQuery, Page};
use crate::model::{Kind, SortBy, Status};
use crate::text::name_key;
use rusqlite::{Connection, OpenFlags};
use std::cmp::Ordering;
use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;

/// What one live title contributes to search, filters and sorts.
struct Entry {
    id: i64,
    /// The name's key, then each alias key, joined by '\n'. A search key
    /// never holds '\n', so a match inside this string is a match inside one
    /// of the keys, as the SQL path's `LIKE` on each key.
    keys: Box<str>,
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
    entries: Vec<Entry>,
    /// The distinct platforms as written, so a platform filter compares a
    /// handful of names rather than one per title.
    platforms: Vec<Box<str>>,
    /// Positions in `entries`, one order per sort: the same orders as the
    /// SQL path's `ORDER BY`.
    recently_changed: Vec<u32>,
    name: Vec<u32>,
    recently_added: Vec<u32>,
    status: Vec<u32>,
}

/// Sort keys needed only while the orders are computed.
struct SortKeys {
    name_key_len: usize,
    year: Option<i32>,
    added_at: String,
    changed_or_added: String,
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
            platforms: Vec::new(),
            recently_changed: Vec::new(),
            name: Vec::new(),
            recently_added: Vec::new(),
            status: Vec::new(),
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

    /// Builds again if anything committed to the file since the last build.
    /// Returns whether it did.
    pub fn refresh(&mut self) -> Result<bool> {
        let version: i64 = self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?;
        if version == self.version {
            return Ok(false);
        }
        self.rebuild()?;
        Ok(true)
    }

    /// The same page [`super::Store::list_titles`] answers, from memory: the
    /// matching titles in order and their count, then the page's rows read
    /// by id.
    pub fn list_titles(&mut self, q: &ListQuery) -> Result<Page> {
        self.refresh()?;
        let (total, ids) = self.page_ids(q);
        let mut rows = titles_by_ids(&self.conn, &ids)?;
        fill_lists(&self.conn, &mut rows)?;
        Ok(Page { total, rows })
    }

    /// How many titles match and the ids of the requested page, in order.
    pub fn page_ids(&self, q: &ListQuery) -> (usize, Vec<i64>) {
        let search = q.search.as_deref().map(name_key).filter(|k| !k.is_empty());
        // One searcher for the whole pass (aho-corasick, already used by the
        // extractor, searches a single needle with memchr's SIMD routines).
        // (It refuses only needles past its size limits; `contains` then.)
        let finder = search
            .as_deref()
            .map(|k| (k, aho_corasick::AhoCorasick::new([k]).ok()));
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
        let keep = |e: &Entry| {
            q.kind.is_none_or(|k| e.kind == k)
                && q.status.is_none_or(|s| e.status == s)
                && (q.statuses.is_empty() || q.statuses.contains(&e.status))
                && platform
                    .as_ref()
                    .is_none_or(|wanted| e.platform.is_some_and(|p| wanted[p as usize]))
                && (!q.has_news || e.has_news)
                && (!q.changed || e.changed)
                && finder.as_ref().is_none_or(|(key, ac)| match ac {
                    Some(ac) => ac.is_match(e.keys.as_bytes()),
                    None => e.keys.contains(key),
                })
        };
        let order = match q.sort {
            SortBy::RecentlyChanged => &self.recently_changed,
            SortBy::Name => &self.name,
            SortBy::RecentlyAdded => &self.recently_added,
            SortBy::Status => &self.status,
        };
        let (mut total, mut ids) = (0usize, Vec::new());
        for &pos in order {
            let entry = &self.entries[pos as usize];
            if !keep(entry) {
                continue;
            }
            if total >= q.offset && (q.limit == 0 || ids.len() < q.limit) {
                ids.push(entry.id);
            }
            total += 1;
        }
        (total, ids)
    }

    fn rebuild(&mut self) -> Result<()> {
        // One read transaction: the titles and their aliases from the same
        // moment, and the version that moment had.
        let tx = self.conn.unchecked_transaction()?;
        let version: i64 = tx.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        let mut entries = Vec::new();
        let mut sort_keys = Vec::new();
        let mut platforms: Vec<Box<str>> = Vec::new();
        let mut platform_ids: HashMap<String, u32> = HashMap::new();
        let mut keys: Vec<String> = Vec::new();
        {
            let mut stmt = tx.prepare(
                "SELECT id, name_key, year, kind, platform, status, added_at,
                        status_changed_at, latest_news_at, seen_at
                 FROM titles WHERE removed_at IS NULL",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                let name_key: String = row.get(1)?;
                let platform: Option<String> = row.get(4)?;
                let platform = platform.map(|p| {
                    *platform_ids.entry(p.clone()).or_insert_with(|| {
                        platforms.push(p.into_boxed_str());
                        (platforms.len() - 1) as u32
                    })
                });
                let added_at: String = row.get(6)?;
                let status_changed_at: Option<String> = row.get(7)?;
                let latest_news_at: Option<String> = row.get(8)?;
                let seen_at: Option<String> = row.get(9)?;
                // As the SQL path's filter: changed since the user last
                // opened the title.
                let changed = match (&status_changed_at, &seen_at) {
                    (Some(changed), Some(seen)) => seen < changed,
                    (Some(_), None) => true,
                    _ => false,
                };
                sort_keys.push(SortKeys {
                    name_key_len: name_key.len(),
                    year: row.get(2)?,
                    changed_or_added: status_changed_at.unwrap_or_else(|| added_at.clone()),
                    added_at,
                });
                entries.push(Entry {
                    id: row.get(0)?,
                    keys: Box::default(),
                    platform,
                    kind: parse(row, 3)?,
                    status: parse(row, 5)?,
                    has_news: latest_news_at.is_some(),
                    changed,
                });
                keys.push(name_key);
            }
        }
        let position: HashMap<i64, usize> =
            entries.iter().enumerate().map(|(i, e)| (e.id, i)).collect();
        {
            // Aliases of removed titles find no position and are left out.
            let mut stmt = tx.prepare("SELECT title_id, alias_key FROM title_aliases")?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                let id: i64 = row.get(0)?;
                if let Some(&i) = position.get(&id) {
                    let alias: String = row.get(1)?;
                    keys[i].push('\n');
                    keys[i].push_str(&alias);
                }
            }
        }
        tx.finish()?;
        for (entry, key) in entries.iter_mut().zip(keys) {
            entry.keys = key.into_boxed_str();
        }

        let name_key = |i: usize| &entries[i].keys[..sort_keys[i].name_key_len];
        let id = |i: usize| entries[i].id;
        let all = || (0..entries.len() as u32).collect::<Vec<u32>>();
        let sorted = |cmp: &dyn Fn(usize, usize) -> Ordering| {
            let mut order = all();
            order.sort_unstable_by(|&a, &b| cmp(a as usize, b as usize));
            order
        };
        // Each order is its ORDER BY in titles.rs, with SQLite's rules: text
        // compares bytewise (BINARY), NULL sorts first ascending, and `id`
        // last makes every order total.
        self.recently_changed = sorted(&|a, b| {
            let (ka, kb) = (&sort_keys[a], &sort_keys[b]);
            kb.changed_or_added
                .cmp(&ka.changed_or_added)
                .then(id(b).cmp(&id(a)))
        });
        self.name = sorted(&|a, b| {
            name_key(a)
                .cmp(name_key(b))
                .then(sort_keys[a].year.cmp(&sort_keys[b].year))
                .then(id(a).cmp(&id(b)))
        });
        self.recently_added = sorted(&|a, b| {
            sort_keys[b]
                .added_at
                .cmp(&sort_keys[a].added_at)
                .then(id(b).cmp(&id(a)))
        });
        self.status = sorted(&|a, b| {
            ladder_rank(entries[a].status)
                .cmp(&ladder_rank(entries[b].status))
                .then(name_key(a).cmp(name_key(b)))
                .then(id(a).cmp(&id(b)))
        });
        self.entries = entries;
        self.platforms = platforms;
        self.version = version;
        Ok(())
    }
}

/// The status sort's rank: furthest along first, the endings last (the
/// `CASE` of the SQL path and of the `titles_ladder` index).
fn ladder_rank(status: Status) -> u8 {
    match status {
        Status::Released => 0,
        Status::ReleaseDateSet => 1,
        Status::InProduction => 2,
        Status::Confirmed => 3,
        Status::InTalks => 4,
        Status::Rumored => 5,
        Status::Unknown => 6,
        Status::Cancelled | Status::Denied => 7,
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
