//! Versioned schema migrations, applied at open in one exclusive transaction.
//!
//! Rules: never remove a migration, never change one that shipped; add a new
//! file at the end. The version lives in `PRAGMA user_version`; the file is
//! marked as ours with `PRAGMA application_id`.

use rusqlite::{Connection, TransactionBehavior};

/// "SRAD": tells our files from any other SQLite database.
pub const APPLICATION_ID: i64 = 0x5352_4144;

pub const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_init.sql"),
    include_str!("migrations/0002_indexes.sql"),
    include_str!("migrations/0003_list_order.sql"),
    include_str!("migrations/0004_page_failures.sql"),
    include_str!("migrations/0005_dismissed.sql"),
];

pub fn latest() -> i64 {
    MIGRATIONS.len() as i64
}

/// Brings the schema up to date; a database already current is not written.
pub fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Exclusive)?;
    let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version.max(0) as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
    }
    if version == 0 {
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    }
    tx.commit()
}
