//! Getting data out: a lossless JSON backup (restored by `import --format
//! backup`), the watchlist as CSV for a spreadsheet, and release dates as an
//! iCalendar file for a calendar app.

pub mod backup;
mod ics;
mod table;

use crate::store::{Store, StoreError};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::io::Write;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    /// The lossless backup.
    #[default]
    Json,
    /// The watchlist, one row per title.
    Csv,
    /// Release dates and windows as all-day events.
    Ics,
}

impl ExportFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
            ExportFormat::Csv => "csv",
            ExportFormat::Ics => "ics",
        }
    }
}

impl fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ExportFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "json" | "backup" => Ok(ExportFormat::Json),
            "csv" => Ok(ExportFormat::Csv),
            "ics" | "ical" | "icalendar" => Ok(ExportFormat::Ics),
            _ => Err(format!(
                "unknown export format {s:?}: expected one of json, csv, ics"
            )),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot write the export: {0}")]
    Write(#[from] std::io::Error),
}

impl From<csv::Error> for ExportError {
    fn from(e: csv::Error) -> Self {
        ExportError::Write(std::io::Error::other(e))
    }
}

impl From<serde_json::Error> for ExportError {
    fn from(e: serde_json::Error) -> Self {
        ExportError::Write(std::io::Error::other(e))
    }
}

/// Writes the store in `format` to `out`.
pub fn write(store: &Store, format: ExportFormat, out: &mut dyn Write) -> Result<(), ExportError> {
    match format {
        ExportFormat::Json => {
            let backup = store.backup()?;
            serde_json::to_writer_pretty(&mut *out, &backup)?;
            out.write_all(b"\n")?;
        }
        ExportFormat::Csv => table::write(store, out)?,
        ExportFormat::Ics => ics::write(store, out)?,
    }
    out.flush()?;
    Ok(())
}
