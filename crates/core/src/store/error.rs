//! The store's errors, each worded so a user knows what happened and what to do.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot use the data folder {path}: {source}")]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a Sequel Radar database ({reason}); it was left untouched")]
    NotOurs { path: PathBuf, reason: String },
    #[error("{path} is damaged ({reason}); it was left untouched")]
    Corrupt { path: PathBuf, reason: String },
    #[error("{path} was written by a newer Sequel Radar (schema {found}, this build knows {known}); update the app. The file was left untouched")]
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("the name is empty: give the film or series a name")]
    EmptyName,
    #[error("year {0} is out of range: use a year between 1870 and 2100")]
    YearOutOfRange(i32),
    #[error("{0} is already on the watchlist")]
    Duplicate(String),
    #[error("no title named \"{0}\" on the watchlist")]
    UnknownTitle(String),
    #[error("\"{name}\" matches several titles: {candidates}; add --year to choose")]
    Ambiguous { name: String, candidates: String },
    #[error("title #{0} is not on the watchlist (was it removed?)")]
    NoSuchTitle(i64),
    #[error("article #{article} is not among the news read for \"{title}\"; nothing was changed")]
    NotReadFor { title: String, article: i64 },
    #[error("source #{0} does not exist")]
    NoSuchSource(i64),
    #[error("{0}")]
    Invalid(String),
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// "\"Purple Hearts\" (2022)" or "\"Amélie\"" for messages.
pub fn describe(name: &str, year: Option<i32>) -> String {
    match year {
        Some(y) => format!("\"{name}\" ({y})"),
        None => format!("\"{name}\""),
    }
}
