//! News sources: outlet feeds and per-title searches, with the state of
//! their last fetch.

use super::error::{Result, StoreError};
use super::{now_iso, Store};
use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub id: i64,
    pub url: String,
    pub name: Option<String>,
    /// "feed" or "search".
    pub kind: String,
    pub enabled: bool,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub last_checked_at: Option<String>,
    pub last_ok_at: Option<String>,
    pub last_error: Option<String>,
    pub last_error_at: Option<String>,
    pub next_due_at: Option<String>,
    pub failures: i64,
    pub created_at: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewSource {
    pub url: String,
    pub name: Option<String>,
    pub kind: Option<String>,
}

const COLUMNS: &str = "id, url, name, kind, enabled, etag, last_modified, last_checked_at, \
    last_ok_at, last_error, last_error_at, next_due_at, failures, created_at";

fn source_from_row(r: &Row) -> rusqlite::Result<Source> {
    Ok(Source {
        id: r.get(0)?,
        url: r.get(1)?,
        name: r.get(2)?,
        kind: r.get(3)?,
        enabled: r.get(4)?,
        etag: r.get(5)?,
        last_modified: r.get(6)?,
        last_checked_at: r.get(7)?,
        last_ok_at: r.get(8)?,
        last_error: r.get(9)?,
        last_error_at: r.get(10)?,
        next_due_at: r.get(11)?,
        failures: r.get(12)?,
        created_at: r.get(13)?,
    })
}

impl Store {
    pub fn list_sources(&self) -> Result<Vec<Source>> {
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {COLUMNS} FROM sources ORDER BY id"))?;
        let rows = stmt
            .query_map([], source_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    pub fn get_source(&self, id: i64) -> Result<Source> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM sources WHERE id = ?1"),
                [id],
                source_from_row,
            )
            .map_err(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => StoreError::NoSuchSource(id),
                other => other.into(),
            })
    }

    /// Adds a source; only http(s) addresses are accepted.
    pub fn add_source(&mut self, new: NewSource) -> Result<Source> {
        let url = new.url.trim().to_string();
        let lower = url.to_ascii_lowercase();
        if !(lower.starts_with("http://") || lower.starts_with("https://")) || url.len() < 10 {
            return Err(StoreError::Invalid(format!(
                "\"{url}\" is not a web address: a source must start with http:// or https://"
            )));
        }
        let kind = new.kind.unwrap_or_else(|| "feed".into());
        if kind != "feed" && kind != "search" {
            return Err(StoreError::Invalid(format!(
                "unknown source kind \"{kind}\": expected feed or search"
            )));
        }
        let exists: i64 =
            self.conn
                .query_row("SELECT count(*) FROM sources WHERE url = ?1", [&url], |r| {
                    r.get(0)
                })?;
        if exists > 0 {
            return Err(StoreError::Invalid(format!("{url} is already a source")));
        }
        self.conn.execute(
            "INSERT INTO sources (url, name, kind, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![
                url,
                new.name.filter(|n| !n.trim().is_empty()),
                kind,
                now_iso()
            ],
        )?;
        self.get_source(self.conn.last_insert_rowid())
    }

    pub fn remove_source(&mut self, id: i64) -> Result<Source> {
        let source = self.get_source(id)?;
        self.conn
            .execute("DELETE FROM sources WHERE id = ?1", [id])?;
        Ok(source)
    }

    pub fn set_source_enabled(&mut self, id: i64, enabled: bool) -> Result<Source> {
        self.get_source(id)?;
        self.conn.execute(
            "UPDATE sources SET enabled = ?2 WHERE id = ?1",
            params![id, enabled],
        )?;
        self.get_source(id)
    }

    /// Names a source added by address alone after the name its feed gives
    /// itself; a name the user chose is kept.
    pub fn name_source(&mut self, id: i64, name: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE sources SET name = ?2 WHERE id = ?1 AND name IS NULL",
            params![id, name],
        )?;
        Ok(())
    }

    /// Records the outcome of one fetch of a source.
    pub fn record_fetch(
        &mut self,
        id: i64,
        at: &str,
        outcome: std::result::Result<(Option<String>, Option<String>), String>,
        next_due_at: Option<&str>,
    ) -> Result<()> {
        match outcome {
            Ok((etag, last_modified)) => self.conn.execute(
                "UPDATE sources SET last_checked_at = ?2, last_ok_at = ?2, failures = 0,
                    etag = coalesce(?3, etag), last_modified = coalesce(?4, last_modified),
                    next_due_at = ?5 WHERE id = ?1",
                params![id, at, etag, last_modified, next_due_at],
            )?,
            Err(message) => self.conn.execute(
                "UPDATE sources SET last_checked_at = ?2, last_error = ?3, last_error_at = ?2,
                    failures = failures + 1, next_due_at = ?4 WHERE id = ?1",
                params![id, at, message, next_due_at],
            )?,
        };
        Ok(())
    }
}
