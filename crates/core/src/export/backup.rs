//! The lossless JSON backup: every live title with its aliases, tags,
//! external ids, evidence, quotes and status history, the articles they came
//! from, the sources, the settings and the outbox.
//!
//! Rows point at each other by what identifies them for people (an article
//! by its URL, a source by its URL, a title by name and year, a history step
//! by the position of its evidence), never by database ids, so a backup
//! restores into any store and the same data always exports to the same
//! bytes: export, restore into an empty store, export again gives the file
//! back unchanged. There is no export timestamp in it for that reason.

use crate::import::ExternalId;
use crate::model::{Kind, Status, Threshold, WatchState};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The value of `format`: how a file says it is one of ours.
pub const FORMAT_TAG: &str = "sequel-radar-backup";
/// Raised when the layout changes in a way older builds cannot read.
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Backup {
    pub format: String,
    pub version: u32,
    pub titles: Vec<BackupTitle>,
    #[serde(default)]
    pub articles: Vec<BackupArticle>,
    #[serde(default)]
    pub sources: Vec<BackupSource>,
    #[serde(default)]
    pub settings: BTreeMap<String, serde_json::Value>,
    #[serde(default)]
    pub outbox: Vec<BackupOutbox>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BackupTitle {
    pub name: String,
    pub year: Option<i32>,
    pub kind: Kind,
    pub platform: Option<String>,
    pub watch_state: WatchState,
    pub notes: Option<String>,
    pub muted: bool,
    pub threshold: Threshold,
    pub next: Option<String>,
    pub status: Status,
    pub release: Option<String>,
    pub added_at: String,
    pub status_changed_at: Option<String>,
    pub latest_news_at: Option<String>,
    pub seen_at: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub external_ids: Vec<ExternalId>,
    /// URLs of the articles read for this title (also those that said nothing).
    #[serde(default)]
    pub articles_read: Vec<String>,
    /// Of `articles_read`, those the user dismissed as misread for this
    /// title: URL to when. Left out when empty, so older backups read the same.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub dismissed: BTreeMap<String, String>,
    #[serde(default)]
    pub evidence: Vec<BackupEvidence>,
    #[serde(default)]
    pub quotes: Vec<BackupQuote>,
    #[serde(default)]
    pub history: Vec<BackupHistory>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BackupEvidence {
    pub status: Status,
    pub sentence: String,
    pub official: bool,
    pub next: Option<String>,
    pub release: Option<String>,
    pub published: Option<String>,
    pub created_at: String,
    /// The article's URL; none for pasted text.
    pub article: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BackupQuote {
    pub speaker: String,
    pub role: Option<String>,
    pub text: String,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub created_at: String,
    pub article: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BackupHistory {
    pub from: Status,
    pub to: Status,
    pub at: String,
    /// Position (from 0) of the deciding evidence in the title's `evidence`.
    pub evidence: Option<usize>,
    pub article_url: Option<String>,
    pub release: Option<String>,
    /// A step the user's dismissing or restoring an article led to.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub by_user: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BackupArticle {
    pub url: String,
    pub canonical_url: Option<String>,
    pub content_hash: Option<String>,
    pub outlet: Option<String>,
    pub headline: Option<String>,
    pub published: Option<String>,
    pub fetched_at: String,
    /// The URL of the source it came through.
    pub source: Option<String>,
    /// The URL of the first article with the same text (syndicated copies).
    pub group: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BackupSource {
    pub url: String,
    pub name: Option<String>,
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

/// A title named the way people and the unique index know it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TitleRef {
    pub name: String,
    pub year: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BackupOutbox {
    pub title: Option<TitleRef>,
    pub kind: String,
    pub summary: String,
    pub body: String,
    pub payload: serde_json::Value,
    pub created_at: String,
    pub delivered_at: Option<String>,
    pub dismissed: bool,
}
