//! The watchlist: add, edit, remove (with undo), find, list.

use super::error::{describe, Result, StoreError};
use super::{now_iso, Store};
use crate::model::{Kind, NewTitle, SortBy, Status, Title, TitleEdit};
use crate::text::name_key;
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};
use serde::{Deserialize, Serialize};

/// What the watchlist pane or `list` asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    /// Case- and accent-insensitive, on names and aliases.
    pub search: Option<String>,
    pub sort: SortBy,
    pub kind: Option<Kind>,
    pub status: Option<Status>,
    /// Any of these statuses (the "Confirmed or later" chip); empty: all.
    pub statuses: Vec<Status>,
    /// Same platform, ignoring case.
    pub platform: Option<String>,
    /// Only titles with at least one piece of news.
    pub has_news: bool,
    /// Only titles whose status changed since the user last opened them.
    pub changed: bool,
    pub offset: usize,
    /// 0 means all.
    pub limit: usize,
}

/// One page of the watchlist and how many titles match in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    pub total: usize,
    pub rows: Vec<Title>,
}

/// Up to this many search hits are sorted on their own; beyond, the sort's
/// index is walked.
const FEW_HITS: usize = 2000;

const COLUMNS: &str = "id, name, year, kind, platform, watch_state, notes, muted, threshold, \
     next_label, status, release, added_at, status_changed_at, latest_news_at, seen_at";

fn parse<T: std::str::FromStr<Err = String>>(row: &Row, idx: usize) -> rusqlite::Result<T> {
    let text: String = row.get(idx)?;
    text.parse().map_err(|e: String| {
        rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, e.into())
    })
}

fn title_from_row(row: &Row) -> rusqlite::Result<Title> {
    let status_changed_at: Option<String> = row.get(13)?;
    let seen_at: Option<String> = row.get(15)?;
    let unseen = match (&status_changed_at, &seen_at) {
        (Some(changed), Some(seen)) => changed > seen,
        (Some(_), None) => true,
        _ => false,
    };
    Ok(Title {
        id: row.get(0)?,
        name: row.get(1)?,
        year: row.get(2)?,
        kind: parse(row, 3)?,
        platform: row.get(4)?,
        aliases: Vec::new(),
        watch_state: parse(row, 5)?,
        notes: row.get(6)?,
        tags: Vec::new(),
        muted: row.get(7)?,
        threshold: parse(row, 8)?,
        next: row.get(9)?,
        status: parse(row, 10)?,
        release: row.get(11)?,
        added_at: row.get(12)?,
        status_changed_at,
        latest_news_at: row.get(14)?,
        unseen,
    })
}

fn clean(s: Option<String>) -> Option<String> {
    s.map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
}

fn check_year(year: Option<i32>) -> Result<()> {
    match year {
        Some(y) if !(1870..=2100).contains(&y) => Err(StoreError::YearOutOfRange(y)),
        _ => Ok(()),
    }
}

fn clean_list(items: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        let item = item.trim().to_string();
        if !item.is_empty() && !out.iter().any(|o| name_key(o) == name_key(&item)) {
            out.push(item);
        }
    }
    out
}

impl Store {
    pub fn add_title(&mut self, new: NewTitle) -> Result<Title> {
        let name = new.name.trim().to_string();
        let key = name_key(&name);
        if key.is_empty() {
            return Err(StoreError::EmptyName);
        }
        check_year(new.year)?;
        let tx = self.conn.transaction()?;
        ensure_unique(&tx, &key, new.year, None, &name)?;
        tx.execute(
            "INSERT INTO titles (name, name_key, year, kind, platform, watch_state, notes, added_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                name,
                key,
                new.year,
                new.kind.as_str(),
                clean(new.platform),
                new.watch_state.as_str(),
                clean(new.notes),
                now_iso()
            ],
        )?;
        let id = tx.last_insert_rowid();
        write_aliases(&tx, id, &clean_list(new.aliases))?;
        write_tags(&tx, id, &clean_list(new.tags))?;
        tx.commit()?;
        self.get_title(id)
    }

    pub fn edit_title(&mut self, id: i64, edit: TitleEdit) -> Result<Title> {
        let current = self.get_title(id)?;
        let name = match &edit.name {
            Some(n) => n.trim().to_string(),
            None => current.name.clone(),
        };
        let key = name_key(&name);
        if key.is_empty() {
            return Err(StoreError::EmptyName);
        }
        let year = edit.year.unwrap_or(current.year);
        check_year(year)?;
        let tx = self.conn.transaction()?;
        ensure_unique(&tx, &key, year, Some(id), &name)?;
        tx.execute(
            "UPDATE titles SET name = ?2, name_key = ?3, year = ?4, kind = ?5, platform = ?6,
                watch_state = ?7, notes = ?8, muted = ?9, threshold = ?10 WHERE id = ?1",
            params![
                id,
                name,
                key,
                year,
                edit.kind.unwrap_or(current.kind).as_str(),
                edit.platform.map(clean).unwrap_or(current.platform),
                edit.watch_state.unwrap_or(current.watch_state).as_str(),
                edit.notes.map(clean).unwrap_or(current.notes),
                edit.muted.unwrap_or(current.muted),
                edit.threshold.unwrap_or(current.threshold).as_str(),
            ],
        )?;
        if let Some(aliases) = edit.aliases {
            tx.execute("DELETE FROM title_aliases WHERE title_id = ?1", [id])?;
            write_aliases(&tx, id, &clean_list(aliases))?;
        }
        if let Some(tags) = edit.tags {
            tx.execute("DELETE FROM title_tags WHERE title_id = ?1", [id])?;
            write_tags(&tx, id, &clean_list(tags))?;
        }
        tx.commit()?;
        self.get_title(id)
    }

    /// Hides the title at once; [`Store::undo_remove`] brings it back until
    /// [`Store::purge_removed`] deletes it for good.
    pub fn remove_title(&mut self, id: i64) -> Result<Title> {
        let title = self.get_title(id)?;
        self.conn.execute(
            "UPDATE titles SET removed_at = ?2 WHERE id = ?1 AND removed_at IS NULL",
            params![id, now_iso()],
        )?;
        Ok(title)
    }

    pub fn undo_remove(&mut self, id: i64) -> Result<Title> {
        let row: Option<(String, String, Option<i32>)> = self
            .conn
            .query_row(
                "SELECT name, name_key, year FROM titles WHERE id = ?1 AND removed_at IS NOT NULL",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((name, key, year)) = row else {
            return Err(StoreError::NoSuchTitle(id));
        };
        let tx = self.conn.transaction()?;
        ensure_unique(&tx, &key, year, Some(id), &name)?;
        tx.execute("UPDATE titles SET removed_at = NULL WHERE id = ?1", [id])?;
        tx.commit()?;
        self.get_title(id)
    }

    /// Deletes for good the titles removed longer ago than `older_than`.
    pub fn purge_removed(&mut self, older_than: chrono::Duration) -> Result<usize> {
        let cutoff =
            (chrono::Utc::now() - older_than).to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        Ok(self.conn.execute(
            "DELETE FROM titles WHERE removed_at IS NOT NULL AND removed_at <= ?1",
            [cutoff],
        )?)
    }

    /// Removes a title and everything learnt about it, with no undo.
    pub fn delete_title(&mut self, id: i64) -> Result<Title> {
        let title = self.get_title(id)?;
        self.conn
            .execute("DELETE FROM titles WHERE id = ?1", [id])?;
        Ok(title)
    }

    pub fn get_title(&self, id: i64) -> Result<Title> {
        let sql = format!("SELECT {COLUMNS} FROM titles WHERE id = ?1 AND removed_at IS NULL");
        let title = self
            .conn
            .query_row(&sql, [id], title_from_row)
            .optional()?
            .ok_or(StoreError::NoSuchTitle(id))?;
        let mut rows = vec![title];
        fill_lists(&self.conn, &mut rows)?;
        Ok(rows.remove(0))
    }

    /// Finds a title by its name or an alias, ignoring case, accents and
    /// punctuation. `year` narrows when several titles share the name.
    pub fn find_title(&self, name: &str, year: Option<i32>) -> Result<Title> {
        let key = name_key(name);
        let mut stmt = self.conn.prepare(
            "SELECT id, name, year FROM titles WHERE removed_at IS NULL AND (name_key = ?1
               OR id IN (SELECT title_id FROM title_aliases WHERE alias_key = ?1))
             ORDER BY (name_key = ?1) DESC, year",
        )?;
        let found: Vec<(i64, String, Option<i32>)> = stmt
            .query_map([&key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let found: Vec<_> = match year {
            Some(y) => found.into_iter().filter(|f| f.2 == Some(y)).collect(),
            None => found,
        };
        match found.as_slice() {
            [] => Err(StoreError::UnknownTitle(name.trim().to_string())),
            [(id, _, _)] => self.get_title(*id),
            many => Err(StoreError::Ambiguous {
                name: name.trim().to_string(),
                candidates: many
                    .iter()
                    .map(|(_, n, y)| describe(n, *y))
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
        }
    }

    pub fn list_titles(&self, q: &ListQuery) -> Result<Page> {
        let mut filter = String::from("removed_at IS NULL");
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        if let Some(kind) = q.kind {
            args.push(kind.as_str().to_string().into());
            filter.push_str(&format!(" AND kind = ?{}", args.len()));
        }
        if let Some(status) = q.status {
            args.push(status.as_str().to_string().into());
            filter.push_str(&format!(" AND status = ?{}", args.len()));
        }
        if !q.statuses.is_empty() {
            let mut marks = Vec::new();
            for status in &q.statuses {
                args.push(status.as_str().to_string().into());
                marks.push(format!("?{}", args.len()));
            }
            filter.push_str(&format!(" AND status IN ({})", marks.join(", ")));
        }
        if let Some(platform) = q
            .platform
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            args.push(platform.to_string().into());
            filter.push_str(&format!(" AND platform = ?{} COLLATE NOCASE", args.len()));
        }
        if q.has_news {
            filter.push_str(" AND latest_news_at IS NOT NULL");
        }
        if q.changed {
            filter.push_str(
                " AND status_changed_at IS NOT NULL \
                 AND (seen_at IS NULL OR seen_at < status_changed_at)",
            );
        }
        let order = order_by(q.sort);
        let params = || rusqlite::params_from_iter(args.iter());
        if let Some(search) = q.search.as_deref().map(name_key).filter(|k| !k.is_empty()) {
            return self.search_page(&search, &filter, order, params(), q);
        }
        let total: i64 = self.conn.query_row(
            &format!("SELECT count(*) FROM titles WHERE {filter}"),
            params(),
            |r| r.get(0),
        )?;
        let limit = if q.limit == 0 { -1 } else { q.limit as i64 };
        let sql = format!(
            "SELECT {COLUMNS} FROM titles WHERE {filter} ORDER BY {order} LIMIT {limit} OFFSET {}",
            q.offset
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows: Vec<Title> = stmt
            .query_map(params(), title_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        fill_lists(&self.conn, &mut rows)?;
        Ok(Page {
            total: total as usize,
            rows,
        })
    }

    /// A search-as-you-type page. The matching ids come from scans of the
    /// narrow name and alias keys; the order comes from walking the sort's
    /// index (ids only), so neither step reads or sorts whole title rows,
    /// however many of 50,000 titles match.
    fn search_page(
        &self,
        search: &str,
        filter: &str,
        order: &str,
        params: impl rusqlite::Params,
        q: &ListQuery,
    ) -> Result<Page> {
        // Keys hold only letters, digits and single spaces, so no LIKE
        // wildcard can come from the user.
        let pattern = format!("%{search}%");
        let mut stmt = self.conn.prepare_cached(
            "SELECT id FROM titles WHERE removed_at IS NULL AND name_key LIKE ?1
             UNION ALL SELECT title_id FROM title_aliases WHERE alias_key LIKE ?1",
        )?;
        let hits: std::collections::HashSet<i64> = stmt
            .query_map([&pattern], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if hits.is_empty() {
            return Ok(Page {
                total: 0,
                rows: Vec::new(),
            });
        }
        // A few hits: sort just them. Many: walk the whole order (ids only)
        // rather than sort thousands of rows.
        let sql = if hits.len() <= FEW_HITS {
            let list: Vec<String> = hits.iter().map(i64::to_string).collect();
            format!(
                "SELECT id FROM titles WHERE {filter} AND id IN ({}) ORDER BY {order}",
                list.join(",")
            )
        } else {
            format!("SELECT id FROM titles WHERE {filter} ORDER BY {order}")
        };
        let mut stmt = self.conn.prepare(&sql)?;
        let mut ordered = stmt.query(params)?;
        let (mut total, mut page) = (0usize, Vec::new());
        while let Some(row) = ordered.next()? {
            let id: i64 = row.get(0)?;
            if hits.contains(&id) {
                if total >= q.offset && (q.limit == 0 || page.len() < q.limit) {
                    page.push(id);
                }
                total += 1;
            }
        }
        let mut rows = titles_by_ids(&self.conn, &page)?;
        fill_lists(&self.conn, &mut rows)?;
        Ok(Page { total, rows })
    }

    /// The user opened the title: its change is no longer new.
    pub fn mark_seen(&mut self, id: i64) -> Result<()> {
        self.conn.execute(
            "UPDATE titles SET seen_at = ?2 WHERE id = ?1",
            params![id, now_iso()],
        )?;
        Ok(())
    }
}

fn ensure_unique(
    tx: &Transaction,
    key: &str,
    year: Option<i32>,
    except: Option<i64>,
    name: &str,
) -> Result<()> {
    let clash: Option<i64> = tx
        .query_row(
            "SELECT id FROM titles WHERE removed_at IS NULL AND name_key = ?1
               AND ifnull(year, 0) = ifnull(?2, 0) AND id != ?3",
            params![key, year, except.unwrap_or(-1)],
            |r| r.get(0),
        )
        .optional()?;
    match clash {
        Some(_) => Err(StoreError::Duplicate(describe(name, year))),
        None => Ok(()),
    }
}

fn write_aliases(tx: &Transaction, id: i64, aliases: &[String]) -> Result<()> {
    let mut stmt = tx.prepare(
        "INSERT OR IGNORE INTO title_aliases (title_id, alias, alias_key) VALUES (?1, ?2, ?3)",
    )?;
    for alias in aliases {
        let key = name_key(alias);
        if !key.is_empty() {
            stmt.execute(params![id, alias, key])?;
        }
    }
    Ok(())
}

fn write_tags(tx: &Transaction, id: i64, tags: &[String]) -> Result<()> {
    let mut stmt =
        tx.prepare("INSERT OR IGNORE INTO title_tags (title_id, tag) VALUES (?1, ?2)")?;
    for tag in tags {
        stmt.execute(params![id, tag])?;
    }
    Ok(())
}

/// Each sort's ORDER BY. The expressions must stay identical to the indexes
/// of migration 0003, or SQLite sorts instead of walking them.
pub(super) fn order_by(sort: SortBy) -> &'static str {
    match sort {
        SortBy::Name => "name_key, year, id",
        SortBy::RecentlyAdded => "added_at DESC, id DESC",
        SortBy::RecentlyChanged => "coalesce(status_changed_at, added_at) DESC, id DESC",
        SortBy::Status => {
            "CASE status WHEN 'released' THEN 0 WHEN 'release_date_set' THEN 1 \
             WHEN 'in_production' THEN 2 WHEN 'confirmed' THEN 3 WHEN 'in_talks' THEN 4 \
             WHEN 'rumored' THEN 5 WHEN 'unknown' THEN 6 ELSE 7 END, name_key, id"
        }
    }
}

/// The titles with these ids, in the order given (a page of the watchlist).
pub(super) fn titles_by_ids(conn: &Connection, ids: &[i64]) -> Result<Vec<Title>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list: Vec<String> = ids.iter().map(i64::to_string).collect();
    let sql = format!(
        "SELECT {COLUMNS} FROM titles WHERE id IN ({}) AND removed_at IS NULL",
        list.join(",")
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut found: std::collections::HashMap<i64, Title> = stmt
        .query_map([], title_from_row)?
        .map(|t| t.map(|t| (t.id, t)))
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
}

/// Aliases and tags for a page of rows, in two queries rather than 2n.
pub(super) fn fill_lists(conn: &Connection, rows: &mut [Title]) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let ids: Vec<String> = rows.iter().map(|t| t.id.to_string()).collect();
    let ids = ids.join(",");
    // A whole watchlist can be 50,000 rows: look rows up, do not scan them.
    let index: std::collections::HashMap<i64, usize> =
        rows.iter().enumerate().map(|(i, t)| (t.id, i)).collect();
    for (table, column) in [("title_aliases", "alias"), ("title_tags", "tag")] {
        let sql = format!(
            "SELECT title_id, {column} FROM {table} WHERE title_id IN ({ids}) ORDER BY rowid"
        );
        let mut stmt = conn.prepare(&sql)?;
        let pairs = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
        for pair in pairs {
            let (id, value) = pair?;
            if let Some(t) = index.get(&id).map(|&i| &mut rows[i]) {
                if column == "alias" {
                    t.aliases.push(value);
                } else {
                    t.tags.push(value);
                }
            }
        }
    }
    Ok(())
}

impl Store {
    /// The platforms on the watchlist, for the filter menu.
    pub fn list_platforms(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(
            "SELECT platform FROM titles WHERE removed_at IS NULL AND platform IS NOT NULL
             GROUP BY lower(platform) ORDER BY lower(platform)",
        )?;
        let rows = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}
