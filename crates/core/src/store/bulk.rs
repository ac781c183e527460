//! Many rows at once, each call in ONE transaction: imports (titles from a
//! service's export merged into the watchlist), the lossless backup, and its
//! restore. Either all of it is written or, on any error, none.

use super::error::{Result, StoreError};
use super::{now_iso, Store};
use crate::export::backup::{
    Backup, BackupArticle, BackupEvidence, BackupHistory, BackupOutbox, BackupQuote, BackupSource,
    BackupTitle, TitleRef, FORMAT_TAG, VERSION,
};
use crate::import::collect_further as further;
use crate::import::{Entry, ExternalId, ImportReport, RestoreCounts};
use crate::model::WatchState;
use crate::text::name_key;
use rusqlite::{params, Connection, OptionalExtension, Row, Statement};
use std::collections::{BTreeMap, HashMap, HashSet};

/// A long write's report on itself: called every [`TICK_ROWS`] titles and
/// once at the end with (titles done, titles in all). Returning `false`
/// stops the write, and nothing of it is kept (the transaction rolls back).
pub type Tick<'a> = dyn FnMut(usize, usize) -> bool + 'a;

/// Often enough for a progress bar to move smoothly, rarely enough that the
/// report costs nothing next to the writes.
const TICK_ROWS: usize = 500;

/// An entry of an import that is already on the watchlist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryMatch {
    pub title_id: i64,
    /// "\"Dune\" (2021)".
    pub title: String,
    /// "imdb tt1160419" or "name and year".
    pub matched_by: String,
    /// What an import would add: "adds imdb tt1160419", "marks it watched".
    pub changes: Vec<String>,
}

struct Known {
    name: String,
    key: String,
    year: Option<i32>,
    watch_state: WatchState,
    alias_keys: HashSet<String>,
    tags: HashSet<String>,
}

/// The live watchlist as an import needs it: who owns which external id,
/// which titles share a name key. Read once per import, so matching an
/// entry is a few hash lookups, not queries.
struct Index {
    by_id: HashMap<ExternalId, i64>,
    by_name: HashMap<String, Vec<(i64, Option<i32>)>>,
    titles: HashMap<i64, Known>,
}

/// What an entry adds to a title already there.
#[derive(Default)]
struct Plan {
    ids: Vec<ExternalId>,
    /// Each alias as written, with its name key.
    aliases: Vec<(String, String)>,
    tags: Vec<String>,
    state: Option<WatchState>,
}

impl Plan {
    fn is_empty(&self) -> bool {
        self.ids.is_empty()
            && self.aliases.is_empty()
            && self.tags.is_empty()
            && self.state.is_none()
    }

    /// Everything an entry brings to a title that is new.
    fn all_of(e: &Entry) -> Plan {
        Plan {
            ids: e.ids.clone(),
            aliases: e
                .aliases
                .iter()
                .map(|a| (a.trim().to_string(), name_key(a)))
                .filter(|(_, key)| !key.is_empty())
                .collect(),
            tags: e.tags.clone(),
            state: None,
        }
    }

    fn describe(&self) -> Vec<String> {
        let mut out: Vec<String> = self.ids.iter().map(|id| format!("adds {id}")).collect();
        if !self.aliases.is_empty() {
            let names: Vec<&str> = self.aliases.iter().map(|(a, _)| a.as_str()).collect();
            out.push(format!("adds alias {}", names.join(", ")));
        }
        if !self.tags.is_empty() {
            out.push(format!("adds tag {}", self.tags.join(", ")));
        }
        if let Some(s) = self.state {
            out.push(format!("marks it {}", s.as_str().replace('_', " ")));
        }
        out
    }
}

fn describe(name: &str, year: Option<i32>) -> String {
    super::error::describe(name, year)
}

fn text_enum<T: std::str::FromStr<Err = String>>(row: &Row, idx: usize) -> rusqlite::Result<T> {
    let text: String = row.get(idx)?;
    text.parse().map_err(|e: String| {
        rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, e.into())
    })
}

/// The statements of a bulk write, each prepared once for all its rows.
struct Writer<'c> {
    add_title: Statement<'c>,
    add_id: Statement<'c>,
    add_alias: Statement<'c>,
    add_tag: Statement<'c>,
    set_state: Statement<'c>,
}

impl<'c> Writer<'c> {
    fn new(conn: &'c Connection) -> Result<Writer<'c>> {
        Ok(Writer {
            add_title: conn.prepare(
                "INSERT INTO titles (name, name_key, year, kind, watch_state, added_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?,
            add_id: conn.prepare(
                "INSERT OR IGNORE INTO external_ids (title_id, provider, value) VALUES (?1, ?2, ?3)",
            )?,
            add_alias: conn.prepare(
                "INSERT OR IGNORE INTO title_aliases (title_id, alias, alias_key) VALUES (?1, ?2, ?3)",
            )?,
            add_tag: conn
                .prepare("INSERT OR IGNORE INTO title_tags (title_id, tag) VALUES (?1, ?2)")?,
            set_state: conn.prepare("UPDATE titles SET watch_state = ?2 WHERE id = ?1")?,
        })
    }

    /// Inserts a new title row; returns its id.
    fn insert_entry(&mut self, conn: &Connection, e: &Entry, key: &str, now: &str) -> Result<i64> {
        self.add_title.execute(params![
            e.name.trim(),
            key,
            e.year,
            e.kind.as_str(),
            e.watch_state.as_str(),
            now
        ])?;
        Ok(conn.last_insert_rowid())
    }
}

impl Index {
    fn load(conn: &Connection) -> Result<Index> {
        let live: i64 = conn.query_row(
            "SELECT count(*) FROM titles WHERE removed_at IS NULL",
            [],
            |r| r.get(0),
        )?;
        let live = usize::try_from(live).unwrap_or_default();
        let mut titles = HashMap::with_capacity(live);
        let mut by_name: HashMap<String, Vec<(i64, Option<i32>)>> = HashMap::with_capacity(live);
        let mut stmt = conn.prepare(
            "SELECT id, name, name_key, year, watch_state FROM titles WHERE removed_at IS NULL",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let key: String = r.get(2)?;
            let year: Option<i32> = r.get(3)?;
            by_name.entry(key.clone()).or_default().push((id, year));
            titles.insert(
                id,
                Known {
                    name: r.get(1)?,
                    key,
                    year,
                    watch_state: text_enum(r, 4)?,
                    alias_keys: HashSet::new(),
                    tags: HashSet::new(),
                },
            );
        }
        let mut by_id = HashMap::with_capacity(live);
        let mut stmt = conn.prepare("SELECT provider, value, title_id FROM external_ids")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(2)?;
            if titles.contains_key(&id) {
                by_id.insert(
                    ExternalId {
                        provider: r.get(0)?,
                        value: r.get(1)?,
                    },
                    id,
                );
            }
        }
        for (sql, is_alias) in [
            ("SELECT title_id, alias_key FROM title_aliases", true),
            ("SELECT title_id, tag FROM title_tags", false),
        ] {
            let mut stmt = conn.prepare(sql)?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                if let Some(k) = titles.get_mut(&r.get::<_, i64>(0)?) {
                    let v: String = r.get(1)?;
                    if is_alias {
                        k.alias_keys.insert(v);
                    } else {
                        k.tags.insert(v);
                    }
                }
            }
        }
        Ok(Index {
            by_id,
            by_name,
            titles,
        })
    }

    /// The title an entry is: by an external id first, then by name key and
    /// year (a missing year on either side matches a single namesake).
    fn find(&self, e: &Entry, key: &str) -> Option<(i64, String)> {
        for id in &e.ids {
            if let Some(t) = self.by_id.get(id) {
                return Some((*t, id.to_string()));
            }
        }
        let namesakes = self.by_name.get(key)?;
        if let Some((t, _)) = namesakes.iter().find(|(_, y)| *y == e.year) {
            return Some((*t, "name and year".into()));
        }
        match namesakes.as_slice() {
            [(t, y)] if y.is_none() || e.year.is_none() => Some((*t, "name".into())),
            _ => None,
        }
    }

    fn plan(&self, title: i64, e: &Entry) -> Plan {
        let Some(k) = self.titles.get(&title) else {
            return Plan::default();
        };
        let own = k.key.as_str();
        let mut plan = Plan {
            ids: e
                .ids
                .iter()
                .filter(|id| !self.by_id.contains_key(*id))
                .cloned()
                .collect(),
            ..Plan::default()
        };
        for a in &e.aliases {
            let key = name_key(a);
            if !key.is_empty() && key.as_str() != own && !k.alias_keys.contains(&key) {
                plan.aliases.push((a.trim().to_string(), key));
            }
        }
        for t in &e.tags {
            let t = t.trim();
            if !t.is_empty() && !k.tags.contains(t) {
                plan.tags.push(t.to_string());
            }
        }
        let state = further(k.watch_state, e.watch_state);
        if state != k.watch_state {
            plan.state = Some(state);
        }
        plan
    }

    fn add_title(&mut self, id: i64, key: String, e: &Entry) {
        self.by_name
            .entry(key.clone())
            .or_default()
            .push((id, e.year));
        self.titles.insert(
            id,
            Known {
                name: e.name.clone(),
                key,
                year: e.year,
                watch_state: e.watch_state,
                alias_keys: HashSet::new(),
                tags: HashSet::new(),
            },
        );
    }

    /// Writes what a plan adds to `title` and keeps the index in step.
    fn apply(&mut self, w: &mut Writer, title: i64, plan: Plan) -> Result<()> {
        for id in plan.ids {
            if w.add_id.execute(params![title, id.provider, id.value])? > 0 {
                self.by_id.insert(id, title);
            }
        }
        let mut known = self.titles.get_mut(&title);
        for (alias, key) in plan.aliases {
            w.add_alias.execute(params![title, alias, key])?;
            if let Some(k) = known.as_deref_mut() {
                k.alias_keys.insert(key);
            }
        }
        for t in plan.tags {
            w.add_tag.execute(params![title, t])?;
            if let Some(k) = known.as_deref_mut() {
                k.tags.insert(t);
            }
        }
        if let Some(state) = plan.state {
            w.set_state.execute(params![title, state.as_str()])?;
            if let Some(k) = known {
                k.watch_state = state;
            }
        }
        Ok(())
    }
}

/// When an import brings many more titles than the table holds (a first
/// import), the titles' secondary indexes are dropped for the inserts and
/// built again afterwards, in the same transaction: SQLite builds an index
/// from sorted keys several times faster than it inserts the same keys one
/// by one in random order. Into a filled table rebuilding costs more than it
/// saves, so then nothing is dropped. Duplicates cannot slip in meanwhile:
/// the import matches every entry against the in-memory [`Index`] first, and
/// a unique index that failed to build again would fail the whole import.
/// Returns the statements that recreate what was dropped, exactly as the
/// schema has them.
fn drop_title_indexes_for(conn: &Connection, incoming: usize) -> Result<Vec<String>> {
    let rows: i64 = conn.query_row("SELECT count(*) FROM titles", [], |r| r.get(0))?;
    let rows = usize::try_from(rows).unwrap_or(usize::MAX);
    if incoming < 1_000 || rows.saturating_mul(2) > incoming {
        return Ok(Vec::new());
    }
    let mut stmt = conn.prepare(
        "SELECT name, sql FROM sqlite_master
         WHERE type = 'index' AND tbl_name = 'titles' AND sql IS NOT NULL",
    )?;
    let indexes = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut rebuild = Vec::with_capacity(indexes.len());
    for (name, sql) in indexes {
        conn.execute_batch(&format!("DROP INDEX \"{}\"", name.replace('"', "\"\"")))?;
        rebuild.push(sql);
    }
    Ok(rebuild)
}

fn check(e: &Entry) -> Result<String> {
    let key = name_key(&e.name);
    if key.is_empty() {
        return Err(StoreError::EmptyName);
    }
    if let Some(y) = e.year.filter(|y| !(1870..=2100).contains(y)) {
        return Err(StoreError::YearOutOfRange(y));
    }
    Ok(key)
}

impl Store {
    /// For each entry, the title already on the watchlist that it is, if any.
    pub fn match_entries(&self, entries: &[Entry]) -> Result<Vec<Option<EntryMatch>>> {
        let idx = Index::load(&self.conn)?;
        Ok(entries
            .iter()
            .map(|e| {
                let key = name_key(&e.name);
                idx.find(e, &key).map(|(id, by)| {
                    let k = &idx.titles[&id];
                    EntryMatch {
                        title_id: id,
                        title: describe(&k.name, k.year),
                        matched_by: by,
                        changes: idx.plan(id, e).describe(),
                    }
                })
            })
            .collect())
    }

    /// Runs a bulk write with the schema's CHECK constraints off. Each IN
    /// list there (watch state, threshold) costs SQLite a temporary table per
    /// row, a third of an import's time; the values written come from the
    /// model's enums and [`check`] tests the name and year first, so the
    /// constraints cannot fail here. They are on again afterwards, whatever
    /// happened.
    fn unchecked<T>(&mut self, write: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        self.conn
            .pragma_update(None, "ignore_check_constraints", true)?;
        let out = write(self);
        let on = self
            .conn
            .pragma_update(None, "ignore_check_constraints", false);
        let out = out?;
        on?;
        Ok(out)
    }

    /// Adds the entries to the watchlist in one transaction: new titles are
    /// added, titles already there gain the entries' external ids, aliases,
    /// tags and a further watch state (never a lesser one). `tick` hears of
    /// the progress and may stop the import: then `None` is returned and
    /// nothing was written.
    pub fn import_entries(
        &mut self,
        entries: &[&Entry],
        tick: &mut Tick,
    ) -> Result<Option<ImportReport>> {
        self.unchecked(|store| store.import_entries_unchecked(entries, tick))
    }

    fn import_entries_unchecked(
        &mut self,
        entries: &[&Entry],
        tick: &mut Tick,
    ) -> Result<Option<ImportReport>> {
        let now = now_iso();
        let total = entries.len();
        let tx = self.conn.transaction()?;
        let mut idx = Index::load(&tx)?;
        let rebuild = drop_title_indexes_for(&tx, total)?;
        let mut w = Writer::new(&tx)?;
        let mut report = ImportReport::default();
        for (done, e) in entries.iter().enumerate() {
            if done % TICK_ROWS == 0 && !tick(done, total) {
                return Ok(None);
            }
            let key = check(e)?;
            match idx.find(e, &key) {
                Some((id, _)) => {
                    let plan = idx.plan(id, e);
                    if plan.is_empty() {
                        report.unchanged += 1;
                    } else {
                        idx.apply(&mut w, id, plan)?;
                        report.updated += 1;
                    }
                }
                None => {
                    let id = w.insert_entry(&tx, e, &key, &now)?;
                    idx.add_title(id, key, e);
                    // The collector already dropped repeated ids, aliases and tags.
                    idx.apply(&mut w, id, Plan::all_of(e))?;
                    report.added += 1;
                }
            }
        }
        drop(w);
        for sql in rebuild {
            tx.execute_batch(&sql)?;
        }
        if !tick(total, total) {
            return Ok(None);
        }
        tx.commit()?;
        Ok(Some(report))
    }

    /// Every external id, by title.
    pub fn external_ids(&self) -> Result<HashMap<i64, Vec<ExternalId>>> {
        let mut out: HashMap<i64, Vec<ExternalId>> = HashMap::new();
        let mut stmt = self.conn.prepare(
            "SELECT title_id, provider, value FROM external_ids ORDER BY title_id, provider, value",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            out.entry(r.get(0)?).or_default().push(ExternalId {
                provider: r.get(1)?,
                value: r.get(2)?,
            });
        }
        Ok(out)
    }

    /// The whole store as a [`Backup`], read in one snapshot.
    pub fn backup(&self) -> Result<Backup> {
        let tx = self.conn.unchecked_transaction()?;
        let conn: &Connection = &tx;

        let mut titles: Vec<(i64, BackupTitle)> = Vec::new();
        let mut stmt = conn.prepare(
            "SELECT id, name, year, kind, platform, watch_state, notes, muted, threshold,
                next_label, status, release, added_at, status_changed_at, latest_news_at, seen_at
             FROM titles WHERE removed_at IS NULL ORDER BY id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            titles.push((
                r.get(0)?,
                BackupTitle {
                    name: r.get(1)?,
                    year: r.get(2)?,
                    kind: text_enum(r, 3)?,
                    platform: r.get(4)?,
                    watch_state: text_enum(r, 5)?,
                    notes: r.get(6)?,
                    muted: r.get(7)?,
                    threshold: text_enum(r, 8)?,
                    next: r.get(9)?,
                    status: text_enum(r, 10)?,
                    release: r.get(11)?,
                    added_at: r.get(12)?,
                    status_changed_at: r.get(13)?,
                    latest_news_at: r.get(14)?,
                    seen_at: r.get(15)?,
                    aliases: Vec::new(),
                    tags: Vec::new(),
                    external_ids: Vec::new(),
                    articles_read: Vec::new(),
                    dismissed: Default::default(),
                    evidence: Vec::new(),
                    quotes: Vec::new(),
                    history: Vec::new(),
                },
            ));
        }
        drop(rows);
        drop(stmt);
        let pos: HashMap<i64, usize> = titles
            .iter()
            .enumerate()
            .map(|(i, (id, _))| (*id, i))
            .collect();
        let mut each = |sql: &str,
                        f: &mut dyn FnMut(&mut BackupTitle, &Row) -> rusqlite::Result<()>|
         -> Result<()> {
            let mut stmt = conn.prepare(sql)?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                if let Some(&i) = pos.get(&r.get::<_, i64>(0)?) {
                    f(&mut titles[i].1, r)?;
                }
            }
            Ok(())
        };
        each(
            "SELECT title_id, alias FROM title_aliases ORDER BY rowid",
            &mut |t, r| {
                t.aliases.push(r.get(1)?);
                Ok(())
            },
        )?;
        each(
            "SELECT title_id, tag FROM title_tags ORDER BY rowid",
            &mut |t, r| {
                t.tags.push(r.get(1)?);
                Ok(())
            },
        )?;
        each(
            "SELECT title_id, provider, value FROM external_ids ORDER BY title_id, provider, value",
            &mut |t, r| {
                t.external_ids.push(ExternalId {
                    provider: r.get(1)?,
                    value: r.get(2)?,
                });
                Ok(())
            },
        )?;
        each(
            "SELECT t.title_id, a.url, t.dismissed_at FROM article_titles t
             JOIN articles a ON a.id = t.article_id ORDER BY t.title_id, a.id",
            &mut |t, r| {
                let url: String = r.get(1)?;
                if let Some(at) = r.get::<_, Option<String>>(2)? {
                    t.dismissed.insert(url.clone(), at);
                }
                t.articles_read.push(url);
                Ok(())
            },
        )?;
        // Evidence ids to their position in the title's list, for the history.
        let mut evidence_pos: HashMap<i64, usize> = HashMap::new();
        each(
            "SELECT e.title_id, e.status, e.sentence, e.official, e.next_label, e.release,
                e.published, e.created_at, a.url, e.id
             FROM evidence e LEFT JOIN articles a ON a.id = e.article_id ORDER BY e.title_id, e.id",
            &mut |t, r| {
                evidence_pos.insert(r.get(9)?, t.evidence.len());
                t.evidence.push(BackupEvidence {
                    status: text_enum(r, 1)?,
                    sentence: r.get(2)?,
                    official: r.get(3)?,
                    next: r.get(4)?,
                    release: r.get(5)?,
                    published: r.get(6)?,
                    created_at: r.get(7)?,
                    article: r.get(8)?,
                });
                Ok(())
            },
        )?;
        each(
            "SELECT q.title_id, q.speaker, q.role, q.text, q.outlet, q.published, q.created_at, a.url
             FROM quotes q LEFT JOIN articles a ON a.id = q.article_id ORDER BY q.title_id, q.id",
            &mut |t, r| {
                t.quotes.push(BackupQuote {
                    speaker: r.get(1)?,
                    role: r.get(2)?,
                    text: r.get(3)?,
                    outlet: r.get(4)?,
                    published: r.get(5)?,
                    created_at: r.get(6)?,
                    article: r.get(7)?,
                });
                Ok(())
            },
        )?;
        each(
            "SELECT title_id, from_status, to_status, at, evidence_id, article_url, release,
                by_user FROM status_history ORDER BY title_id, at, id",
            &mut |t, r| {
                let evidence: Option<i64> = r.get(4)?;
                t.history.push(BackupHistory {
                    from: text_enum(r, 1)?,
                    to: text_enum(r, 2)?,
                    at: r.get(3)?,
                    evidence: evidence.and_then(|e| evidence_pos.get(&e).copied()),
                    article_url: r.get(5)?,
                    release: r.get(6)?,
                    by_user: r.get(7)?,
                });
                Ok(())
            },
        )?;

        let mut stmt = conn.prepare(
            "SELECT a.url, a.canonical_url, a.content_hash, a.outlet, a.headline, a.published,
                a.fetched_at, s.url, g.url
             FROM articles a LEFT JOIN sources s ON s.id = a.source_id
                LEFT JOIN articles g ON g.id = a.group_id ORDER BY a.id",
        )?;
        let articles = stmt
            .query_map([], |r| {
                Ok(BackupArticle {
                    url: r.get(0)?,
                    canonical_url: r.get(1)?,
                    content_hash: r.get(2)?,
                    outlet: r.get(3)?,
                    headline: r.get(4)?,
                    published: r.get(5)?,
                    fetched_at: r.get(6)?,
                    source: r.get(7)?,
                    group: r.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = conn.prepare(
            "SELECT url, name, kind, enabled, etag, last_modified, last_checked_at, last_ok_at,
                last_error, last_error_at, next_due_at, failures, created_at
             FROM sources ORDER BY id",
        )?;
        let sources = stmt
            .query_map([], |r| {
                Ok(BackupSource {
                    url: r.get(0)?,
                    name: r.get(1)?,
                    kind: r.get(2)?,
                    enabled: r.get(3)?,
                    etag: r.get(4)?,
                    last_modified: r.get(5)?,
                    last_checked_at: r.get(6)?,
                    last_ok_at: r.get(7)?,
                    last_error: r.get(8)?,
                    last_error_at: r.get(9)?,
                    next_due_at: r.get(10)?,
                    failures: r.get(11)?,
                    created_at: r.get(12)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut settings = BTreeMap::new();
        let mut stmt = conn.prepare("SELECT key, value FROM settings ORDER BY key")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let text: String = r.get(1)?;
            // Values are JSON text; one that is not is kept as a string.
            let value = serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text));
            settings.insert(r.get(0)?, value);
        }
        drop(rows);
        let mut stmt = conn.prepare(
            "SELECT t.name, t.year, o.kind, o.summary, o.body, o.payload, o.created_at,
                o.delivered_at, o.dismissed, o.title_id
             FROM outbox o LEFT JOIN titles t ON t.id = o.title_id
             WHERE o.title_id IS NULL OR t.removed_at IS NULL ORDER BY o.id",
        )?;
        let outbox = stmt
            .query_map([], |r| {
                let payload: String = r.get(5)?;
                let title_id: Option<i64> = r.get(9)?;
                Ok(BackupOutbox {
                    title: match title_id {
                        Some(_) => Some(TitleRef {
                            name: r.get(0)?,
                            year: r.get(1)?,
                        }),
                        None => None,
                    },
                    kind: r.get(2)?,
                    summary: r.get(3)?,
                    body: r.get(4)?,
                    payload: serde_json::from_str(&payload)
                        .unwrap_or(serde_json::Value::String(payload)),
                    created_at: r.get(6)?,
                    delivered_at: r.get(7)?,
                    dismissed: r.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Backup {
            format: FORMAT_TAG.to_string(),
            version: VERSION,
            titles: titles.into_iter().map(|(_, t)| t).collect(),
            articles,
            sources,
            settings,
            outbox,
        })
    }

    /// Restores a backup in one transaction. Into an empty store everything
    /// comes back as it was. Into one with titles: titles already there
    /// (by external id, then name and year) keep what they have and gain the
    /// backup's ids, aliases, tags and a further watch state; the others come
    /// with their evidence, quotes and history; sources and articles already
    /// there are kept; the backup's settings win.
    ///
    /// `tick` hears of the titles' progress and may stop the restore: then
    /// `None` is returned and nothing was written.
    pub fn restore_backup(&mut self, b: &Backup, tick: &mut Tick) -> Result<Option<ImportReport>> {
        self.unchecked(|store| store.restore_backup_unchecked(b, tick))
    }

    fn restore_backup_unchecked(
        &mut self,
        b: &Backup,
        tick: &mut Tick,
    ) -> Result<Option<ImportReport>> {
        let tx = self.conn.transaction()?;
        let conn: &Connection = &tx;
        let mut idx = Index::load(conn)?;
        let mut w = Writer::new(conn)?;
        let total = b.titles.len();
        let mut report = ImportReport::default();
        let mut counts = RestoreCounts::default();

        let mut source_ids: HashMap<&str, i64> = HashMap::new();
        for s in &b.sources {
            counts.sources += conn.execute(
                "INSERT OR IGNORE INTO sources (url, name, kind, enabled, etag, last_modified,
                    last_checked_at, last_ok_at, last_error, last_error_at, next_due_at, failures,
                    created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                params![
                    s.url,
                    s.name,
                    s.kind,
                    s.enabled,
                    s.etag,
                    s.last_modified,
                    s.last_checked_at,
                    s.last_ok_at,
                    s.last_error,
                    s.last_error_at,
                    s.next_due_at,
                    s.failures,
                    s.created_at
                ],
            )?;
            let id: i64 =
                conn.query_row("SELECT id FROM sources WHERE url = ?1", [&s.url], |r| {
                    r.get(0)
                })?;
            source_ids.insert(s.url.as_str(), id);
        }

        let mut article_ids: HashMap<&str, i64> = HashMap::new();
        let mut new_articles: Vec<&BackupArticle> = Vec::new();
        for a in &b.articles {
            let existing: Option<i64> = conn
                .query_row("SELECT id FROM articles WHERE url = ?1", [&a.url], |r| {
                    r.get(0)
                })
                .optional()?;
            let id = match existing {
                Some(id) => id,
                None => {
                    conn.prepare_cached(
                        "INSERT INTO articles (url, canonical_url, content_hash, outlet, headline,
                            published, fetched_at, source_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    )?
                    .execute(params![
                        a.url,
                        a.canonical_url,
                        a.content_hash,
                        a.outlet,
                        a.headline,
                        a.published,
                        a.fetched_at,
                        a.source.as_deref().and_then(|u| source_ids.get(u))
                    ])?;
                    new_articles.push(a);
                    counts.articles += 1;
                    conn.last_insert_rowid()
                }
            };
            article_ids.insert(a.url.as_str(), id);
        }
        for a in new_articles {
            if let Some(group) = a.group.as_deref().and_then(|g| article_ids.get(g)) {
                conn.execute(
                    "UPDATE articles SET group_id = ?2 WHERE id = ?1",
                    params![article_ids[a.url.as_str()], group],
                )?;
            }
        }

        let now = now_iso();
        let mut restored: HashMap<(String, Option<i32>), i64> = HashMap::new();
        for (done, t) in b.titles.iter().enumerate() {
            if done % TICK_ROWS == 0 && !tick(done, total) {
                return Ok(None);
            }
            let entry = Entry {
                name: t.name.clone(),
                year: t.year,
                kind: t.kind,
                watch_state: t.watch_state,
                ids: t.external_ids.clone(),
                aliases: t.aliases.clone(),
                tags: t.tags.clone(),
                origin: crate::import::Origin {
                    file: String::new(),
                    place: crate::import::Place::Item(0),
                },
            };
            let key = check(&entry)?;
            if let Some((id, _)) = idx.find(&entry, &key) {
                let plan = idx.plan(id, &entry);
                if plan.is_empty() {
                    report.unchanged += 1;
                } else {
                    idx.apply(&mut w, id, plan)?;
                    report.updated += 1;
                }
                continue;
            }
            conn.prepare_cached(
                "INSERT INTO titles (name, name_key, year, kind, platform, watch_state, notes,
                    muted, threshold, next_label, status, release, added_at, status_changed_at,
                    latest_news_at, seen_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
            )?
            .execute(params![
                t.name.trim(),
                key,
                t.year,
                t.kind.as_str(),
                t.platform,
                t.watch_state.as_str(),
                t.notes,
                t.muted,
                t.threshold.as_str(),
                t.next,
                t.status.as_str(),
                t.release,
                if t.added_at.is_empty() {
                    now.as_str()
                } else {
                    t.added_at.as_str()
                },
                t.status_changed_at,
                t.latest_news_at,
                t.seen_at
            ])?;
            let id = conn.last_insert_rowid();
            restored.insert((key.clone(), t.year), id);
            idx.add_title(id, key, &entry);
            // Aliases and tags in the backup's order, so the next export matches.
            let plan = Plan {
                ids: entry.ids.clone(),
                aliases: t.aliases.iter().map(|a| (a.clone(), name_key(a))).collect(),
                tags: t.tags.clone(),
                state: None,
            };
            idx.apply(&mut w, id, plan)?;
            for url in &t.articles_read {
                if let Some(a) = article_ids.get(url.as_str()) {
                    conn.prepare_cached(
                        "INSERT OR IGNORE INTO article_titles (article_id, title_id, dismissed_at)
                         VALUES (?1, ?2, ?3)",
                    )?
                    .execute(params![a, id, t.dismissed.get(url.as_str())])?;
                }
            }
            let mut evidence_ids = Vec::with_capacity(t.evidence.len());
            for e in &t.evidence {
                conn.prepare_cached(
                    "INSERT INTO evidence (title_id, article_id, status, sentence, official,
                        next_label, release, published, created_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                )?
                .execute(params![
                    id,
                    e.article.as_deref().and_then(|u| article_ids.get(u)),
                    e.status.as_str(),
                    e.sentence,
                    e.official,
                    e.next,
                    e.release,
                    e.published,
                    e.created_at
                ])?;
                evidence_ids.push(conn.last_insert_rowid());
                counts.evidence += 1;
            }
            for q in &t.quotes {
                counts.quotes += conn
                    .prepare_cached(
                        "INSERT OR IGNORE INTO quotes (title_id, article_id, speaker, role, text,
                            outlet, published, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    )?
                    .execute(params![
                        id,
                        q.article.as_deref().and_then(|u| article_ids.get(u)),
                        q.speaker,
                        q.role,
                        q.text,
                        q.outlet,
                        q.published,
                        q.created_at
                    ])?;
            }
            for h in &t.history {
                conn.prepare_cached(
                    "INSERT INTO status_history (title_id, from_status, to_status, at, evidence_id,
                        article_url, release, by_user) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )?
                .execute(params![
                    id,
                    h.from.as_str(),
                    h.to.as_str(),
                    h.at,
                    h.evidence.and_then(|i| evidence_ids.get(i)),
                    h.article_url,
                    h.release,
                    h.by_user
                ])?;
                counts.history += 1;
            }
            report.added += 1;
        }

        for (key, value) in &b.settings {
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, value.to_string()],
            )?;
            counts.settings += 1;
        }

        for o in &b.outbox {
            let title_id = match &o.title {
                // Only the changes of titles this restore brought in: those of
                // titles already here were told already, or will be.
                Some(r) => match restored.get(&(name_key(&r.name), r.year)) {
                    Some(id) => Some(*id),
                    None => continue,
                },
                None => {
                    let seen: i64 = conn.query_row(
                        "SELECT count(*) FROM outbox WHERE title_id IS NULL AND kind = ?1
                           AND summary = ?2 AND created_at = ?3",
                        params![o.kind, o.summary, o.created_at],
                        |r| r.get(0),
                    )?;
                    if seen > 0 {
                        continue;
                    }
                    None
                }
            };
            conn.execute(
                "INSERT INTO outbox (title_id, kind, summary, body, payload, created_at,
                    delivered_at, dismissed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    title_id,
                    o.kind,
                    o.summary,
                    o.body,
                    o.payload.to_string(),
                    o.created_at,
                    o.delivered_at,
                    o.dismissed
                ],
            )?;
            counts.outbox += 1;
        }
        if !tick(total, total) {
            return Ok(None);
        }
        drop(w);
        tx.commit()?;
        report.restored = Some(counts);
        Ok(Some(report))
    }
}
