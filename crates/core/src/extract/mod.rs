//! One article + one watchlist title -> the status of the next installment,
//! the sentence that proves it, the release date or window, and the quotes of
//! the people involved. Pure functions, no I/O.
//!
//! PUBLIC API (other modules and the CLI depend on it; extend, do not break):
//! - [`TitleQuery`], [`Extraction`], [`Quote`], [`extract`].
//! - [`Matcher`]: one automaton over a whole watchlist, for the news pipeline.
//! - [`readable_text`]: an HTML page's article text.
//!
//! Layout: `readable` (HTML -> text), `sentences` (paragraphs, sentences),
//! `fold` (key form with offsets), `matcher` (names, next labels, watchlist
//! matcher), `cues` (the phrase book), `release` (dates), `people` (names,
//! roles, resolution), `quotes` (quotes and attribution), `status` (claims,
//! the ladder, the next label).

mod cues;
mod fold;
mod hashing;
mod matcher;
mod named;
mod people;
mod quotes;
mod readable;
mod release;
mod sentences;
mod status;
mod topic;
mod window;

pub use matcher::Matcher;
pub use readable::{looks_like_html, to_text as readable_text};

use crate::model::{Kind, Status};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The watchlist title an article is read for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TitleQuery {
    pub name: String,
    pub kind: Kind,
    pub year: Option<i32>,
    pub aliases: Vec<String>,
}

/// A direct quotation attributed to someone involved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub speaker: String,
    pub role: Option<String>,
    /// The quoted words exactly, without quotation marks around them.
    pub text: String,
    pub outlet: Option<String>,
}

/// What one article says about one title. Serialises to the JSON object of
/// DESIGN.md's `extract` command (extra fields are skipped there).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extraction {
    pub title: String,
    pub mentioned: bool,
    pub next: Option<String>,
    pub status: Status,
    /// The sentence behind `status`, as written.
    pub evidence: Option<String>,
    /// null, "YYYY-MM-DD", "YYYY-MM", "YYYY" or a window as written.
    pub release: Option<String>,
    pub quotes: Vec<Quote>,
    /// True when the evidence comes from the studio, network or principal cast/crew.
    #[serde(skip)]
    pub official: bool,
}

/// Reads `article` (plain text or an HTML page) for `title`.
/// `published` anchors relative dates ("next March").
pub fn extract(title: &TitleQuery, article: &str, published: Option<NaiveDate>) -> Extraction {
    let text = readable::to_text(article);
    status::read(title, &text, published)
}

/// The claims behind an extraction, one "status [cue] sentence" line each:
/// for tuning and for `eval -v`, not part of the contract.
pub fn explain(title: &TitleQuery, article: &str, published: Option<NaiveDate>) -> Vec<String> {
    let text = readable::to_text(article);
    status::explain(title, &text, published)
}
