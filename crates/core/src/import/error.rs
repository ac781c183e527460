//! The import layer's errors. Each names the file and, where it can, the line
//! (or the item of a JSON list) and the field, and says that nothing was
//! written, because an import is all or nothing.

use crate::store::StoreError;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::PathBuf;

/// Where in a file: a CSV line (1-based, as an editor shows it) or the
/// position of an item in a JSON list (1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    Line(u64),
    Item(usize),
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Line(n) => write!(f, "line {n}"),
            Place::Item(n) => write!(f, "item {n}"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{file}: cannot tell which export this is ({reason}); pass --format letterboxd, imdb, trakt, tvtime or backup")]
    UnknownFormat { file: String, reason: String },
    #[error("{file} is not a usable {format} export: {reason}; nothing was imported")]
    WrongFormat {
        file: String,
        format: String,
        reason: String,
    },
    #[error("{file} is not a readable ZIP archive ({reason}); was the download cut short? Nothing was imported")]
    Zip { file: String, reason: String },
    #[error("{file} is missing the column{} {}; found {found}; is this a {format} export? Nothing was imported",
        if missing.len() > 1 { "s" } else { "" },
        missing.iter().map(|m| format!("\"{m}\"")).collect::<Vec<_>>().join(", "))]
    MissingColumns {
        file: String,
        format: String,
        missing: Vec<String>,
        found: String,
    },
    #[error("{file}, {place}, field \"{field}\": {message}; nothing was imported")]
    Field {
        file: String,
        place: Place,
        field: String,
        message: String,
    },
    #[error("{file}, {place}: {message}; nothing was imported")]
    Syntax {
        file: String,
        place: Place,
        message: String,
    },
    #[error("the import of {file} was cancelled; nothing was imported")]
    Cancelled { file: String },
    #[error("{file} holds nothing to import ({reason})")]
    Empty { file: String, reason: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ImportError {
    pub(crate) fn field(
        file: &str,
        place: Place,
        field: &str,
        message: impl Into<String>,
    ) -> ImportError {
        ImportError::Field {
            file: file.to_string(),
            place,
            field: field.to_string(),
            message: message.into(),
        }
    }
}
