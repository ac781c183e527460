//! Changes waiting to be told to the user. Delivery marks them; nothing is
//! told twice.

use super::error::Result;
use super::{now_iso, Store};
use rusqlite::params;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxItem {
    pub id: i64,
    pub title_id: Option<i64>,
    /// "status", "release" or "quote".
    pub kind: String,
    pub summary: String,
    pub body: String,
    pub payload: serde_json::Value,
    pub created_at: String,
    pub delivered_at: Option<String>,
}

impl Store {
    /// Undelivered items, oldest first.
    pub fn pending_outbox(&self) -> Result<Vec<OutboxItem>> {
        self.outbox_where("delivered_at IS NULL AND dismissed = 0")
    }

    /// The newest items, delivered or not (for "While you were away").
    pub fn recent_outbox(&self, limit: usize) -> Result<Vec<OutboxItem>> {
        let mut items = self.outbox_where(&format!("1 ORDER BY id DESC LIMIT {limit}"))?;
        items.reverse();
        Ok(items)
    }

    fn outbox_where(&self, clause: &str) -> Result<Vec<OutboxItem>> {
        let order = if clause.contains("ORDER BY") {
            ""
        } else {
            " ORDER BY id"
        };
        let sql = format!(
            "SELECT id, title_id, kind, summary, body, payload, created_at, delivered_at
             FROM outbox WHERE {clause}{order}"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let items = stmt
            .query_map([], |r| {
                let payload: String = r.get(5)?;
                Ok(OutboxItem {
                    id: r.get(0)?,
                    title_id: r.get(1)?,
                    kind: r.get(2)?,
                    summary: r.get(3)?,
                    body: r.get(4)?,
                    payload: serde_json::from_str(&payload).unwrap_or(serde_json::Value::Null),
                    created_at: r.get(6)?,
                    delivered_at: r.get(7)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(items)
    }

    /// Marks an item told; returns false if it already was (never twice).
    pub fn mark_delivered(&mut self, id: i64) -> Result<bool> {
        Ok(self.conn.execute(
            "UPDATE outbox SET delivered_at = ?2 WHERE id = ?1 AND delivered_at IS NULL",
            params![id, now_iso()],
        )? > 0)
    }
}
