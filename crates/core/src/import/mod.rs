//! Bringing a watchlist in from elsewhere: Letterboxd, IMDb, Trakt, TV Time
//! exports, or our own JSON backup.
//!
//! An import happens in two steps so a window can show what will happen
//! before anything is written:
//! 1. [`preview`] reads the file (or the bytes dropped on the window) into a
//!    [`Preview`]: the titles found, with their external ids and watch state,
//!    rows that repeat a title folded together, and rows that cannot be
//!    imported listed with a reason. [`compare`] splits the titles into new
//!    ones and those already on the watchlist (and what would change there).
//! 2. [`commit`] writes the preview in one transaction and returns an
//!    [`ImportReport`]; [`commit_with`] also reports progress (n of m
//!    titles) and can be cancelled, which writes nothing.
//!
//! A file that is not what it claims, a damaged archive, a missing column or
//! one bad row among a hundred thousand stops the import with an error naming
//! the file, the line and the field, and nothing is written.

mod backup;
mod collect;
mod error;
mod imdb;
mod letterboxd;
mod source;
mod table;
mod trakt;
mod tvtime;

pub(crate) use collect::further as collect_further;
pub use error::{ImportError, Place};
pub use source::Input;

use crate::export::backup::Backup;
use crate::model::{Kind, WatchState};
use crate::store::Store;
use collect::Collector;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
pub use tokio_util::sync::CancellationToken;

/// The exports we read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Letterboxd,
    Imdb,
    Trakt,
    Tvtime,
    Backup,
}

impl Format {
    pub const ALL: &'static [Format] = &[
        Format::Letterboxd,
        Format::Imdb,
        Format::Trakt,
        Format::Tvtime,
        Format::Backup,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Letterboxd => "letterboxd",
            Format::Imdb => "imdb",
            Format::Trakt => "trakt",
            Format::Tvtime => "tvtime",
            Format::Backup => "backup",
        }
    }

    /// The service's name for people: "TV Time".
    pub fn label(self) -> &'static str {
        match self {
            Format::Letterboxd => "Letterboxd",
            Format::Imdb => "IMDb",
            Format::Trakt => "Trakt",
            Format::Tvtime => "TV Time",
            Format::Backup => "Sequel Radar backup",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let wanted: String = s
            .trim()
            .to_ascii_lowercase()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        match wanted.as_str() {
            "letterboxd" => Ok(Format::Letterboxd),
            "imdb" => Ok(Format::Imdb),
            "trakt" | "trakttv" => Ok(Format::Trakt),
            "tvtime" => Ok(Format::Tvtime),
            "backup" | "json" | "sequelradar" => Ok(Format::Backup),
            _ => Err(format!(
                "unknown import format {s:?}: expected one of letterboxd, imdb, trakt, tvtime, backup"
            )),
        }
    }
}

/// An id a service gives a title. Providers: `imdb` ("tt0111161"), `tmdb`
/// ("movie/550", "tv/1399": the two are separate number spaces), `tvdb`,
/// `trakt` ("movie/1", "show/1"), `letterboxd` (the film's URI), `tvtime`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ExternalId {
    pub provider: String,
    pub value: String,
}

impl ExternalId {
    pub fn new(provider: &str, value: impl Into<String>) -> ExternalId {
        ExternalId {
            provider: provider.to_string(),
            value: value.into(),
        }
    }
}

impl fmt::Display for ExternalId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.provider, self.value)
    }
}

/// Where an entry was read: "watched.csv", line 4.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    pub file: String,
    pub place: Place,
}

/// One title read from an export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub name: String,
    pub year: Option<i32>,
    pub kind: Kind,
    pub watch_state: WatchState,
    #[serde(default)]
    pub ids: Vec<ExternalId>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Where the title was first read.
    pub origin: Origin,
}

/// A title of the file that is already on the watchlist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Present {
    pub entry: Entry,
    pub title_id: i64,
    /// The stored title, as people read it: "\"Dune\" (2021)".
    pub title: String,
    /// "imdb tt1160419" or "name and year".
    pub matched_by: String,
    /// What the import adds to it: "adds imdb tt1160419", "marks it watched".
    pub changes: Vec<String>,
}

/// A row or item that is not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    pub file: String,
    pub place: Option<Place>,
    pub name: Option<String>,
    pub reason: String,
}

/// What an import would do; shown before anything is written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Preview {
    pub format: Format,
    pub file: String,
    /// Titles to add. Until [`compare`] ran, every title read is here.
    pub new: Vec<Entry>,
    /// Titles already on the watchlist (filled by [`compare`]).
    pub present: Vec<Present>,
    pub skipped: Vec<Skipped>,
    /// Rows that repeated a title read earlier in the file, folded into it
    /// (a film in watched.csv, diary.csv and ratings.csv is one title).
    pub merged: usize,
    /// Files of an archive that hold nothing to import (profile, comments ...).
    pub ignored_files: Vec<String>,
    /// True once [`compare`] has looked at a store.
    pub compared: bool,
    /// The whole backup, for [`Format::Backup`]: evidence, quotes, history,
    /// sources, settings and outbox come with the titles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup: Option<Box<Backup>>,
}

impl Preview {
    /// Every title read, new or present, in file order within each group.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.new.iter().chain(self.present.iter().map(|p| &p.entry))
    }
}

/// What [`commit`] wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    pub format: Option<Format>,
    pub file: String,
    /// Titles added to the watchlist.
    pub added: usize,
    /// Titles already there that gained an external id, alias, tag or a
    /// further watch state.
    pub updated: usize,
    /// Titles already there with nothing to add.
    pub unchanged: usize,
    pub skipped: usize,
    pub merged: usize,
    /// Backups only: what came with the titles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restored: Option<RestoreCounts>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RestoreCounts {
    pub sources: usize,
    pub articles: usize,
    pub evidence: usize,
    pub quotes: usize,
    pub history: usize,
    pub settings: usize,
    pub outbox: usize,
}

/// Reads an export and tells what is in it, without touching any store.
/// `format: None` recognises the export by its files and columns.
pub fn preview<'a>(
    input: impl Into<Input<'a>>,
    format: Option<Format>,
) -> Result<Preview, ImportError> {
    let loaded = source::load(input.into())?;
    let format = match format {
        Some(f) => f,
        None => detect(&loaded)?,
    };
    let mut c = Collector::default();
    let mut backup = None;
    match format {
        Format::Letterboxd => letterboxd::read(&loaded, &mut c)?,
        Format::Imdb => imdb::read(&loaded, &mut c)?,
        Format::Trakt => trakt::read(&loaded, &mut c)?,
        Format::Tvtime => tvtime::read(&loaded, &mut c)?,
        Format::Backup => backup = Some(Box::new(backup::read(&loaded, &mut c)?)),
    }
    if c.entries.is_empty() && c.skipped.is_empty() && backup.is_none() {
        return Err(ImportError::Empty {
            file: loaded.file,
            reason: format!("no films or series found in this {} export", format.label()),
        });
    }
    Ok(Preview {
        format,
        file: loaded.file,
        new: c.entries,
        present: Vec::new(),
        skipped: c.skipped,
        merged: c.merged,
        ignored_files: c.ignored_files,
        compared: false,
        backup,
    })
}

/// Splits the preview's titles into new ones and those already on the
/// watchlist, saying what the import would add to the latter.
pub fn compare(store: &Store, mut preview: Preview) -> Result<Preview, ImportError> {
    let mut entries = std::mem::take(&mut preview.new);
    entries.extend(preview.present.drain(..).map(|p| p.entry));
    let matches = store.match_entries(&entries)?;
    for (entry, found) in entries.into_iter().zip(matches) {
        match found {
            None => preview.new.push(entry),
            Some(m) => preview.present.push(Present {
                entry,
                title_id: m.title_id,
                title: m.title,
                matched_by: m.matched_by,
                changes: m.changes,
            }),
        }
    }
    preview.compared = true;
    Ok(preview)
}

/// "n of m titles" while [`commit_with`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

/// Writes the preview into the store in one transaction: new titles added,
/// titles already there given the external ids and watch state the file
/// adds. The store is compared again inside the transaction, so a preview
/// made a while ago is still safe to commit.
pub fn commit(store: &mut Store, preview: &Preview) -> Result<ImportReport, ImportError> {
    commit_with(store, preview, &|_| {}, &CancellationToken::new())
}

/// [`commit`], telling `progress` how far it got (every few hundred titles,
/// and `total of total` at the end) and stopping when `cancel` is cancelled:
/// then the transaction rolls back, nothing is written, and the error is
/// [`ImportError::Cancelled`].
pub fn commit_with(
    store: &mut Store,
    preview: &Preview,
    progress: &dyn Fn(Progress),
    cancel: &CancellationToken,
) -> Result<ImportReport, ImportError> {
    let mut tick = |done: usize, total: usize| {
        if cancel.is_cancelled() {
            return false;
        }
        progress(Progress { done, total });
        // A cancel that came while the progress was being told counts too.
        !cancel.is_cancelled()
    };
    let written = match &preview.backup {
        Some(backup) => store.restore_backup(backup, &mut tick)?,
        None => {
            let entries: Vec<&Entry> = preview.entries().collect();
            store.import_entries(&entries, &mut tick)?
        }
    };
    let mut report = written.ok_or_else(|| ImportError::Cancelled {
        file: preview.file.clone(),
    })?;
    report.format = Some(preview.format);
    report.file = preview.file.clone();
    report.skipped = preview.skipped.len();
    report.merged = preview.merged;
    Ok(report)
}

/// Recognises an export by its files and their first bytes or header row.
fn detect(loaded: &source::Loaded) -> Result<Format, ImportError> {
    let unknown = |reason: &str| ImportError::UnknownFormat {
        file: loaded.file.clone(),
        reason: reason.to_string(),
    };
    let mut votes: Vec<Format> = Vec::new();
    for m in &loaded.members {
        let base = m.base();
        if let Some(f) = detect_member(&base, &m.bytes) {
            votes.push(f);
        }
    }
    // A backup or a known service file decides; Letterboxd's and TV Time's
    // archives hold many CSVs, Trakt's many JSON lists.
    for f in [
        Format::Backup,
        Format::Tvtime,
        Format::Letterboxd,
        Format::Imdb,
        Format::Trakt,
    ] {
        if votes.contains(&f) {
            return Ok(f);
        }
    }
    if loaded.members.is_empty() {
        return Err(unknown("the archive is empty"));
    }
    Err(unknown(
        "no Letterboxd, IMDb or TV Time columns, no Trakt list and no backup found",
    ))
}

fn detect_member(base: &str, bytes: &[u8]) -> Option<Format> {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let text = source::decode(head);
    let first = text.trim_start();
    if base.ends_with(".json") || first.starts_with('{') || first.starts_with('[') {
        if first.starts_with('{') && text.contains(crate::export::backup::FORMAT_TAG) {
            return Some(Format::Backup);
        }
        if first.starts_with('[') && (text.contains("\"movie\"") || text.contains("\"show\"")) {
            return Some(Format::Trakt);
        }
        return None;
    }
    let header = first
        .lines()
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if header.contains("letterboxd uri") {
        Some(Format::Letterboxd)
    } else if header.contains("const") && header.contains("title") {
        Some(Format::Imdb)
    } else if header.contains("tv_show_name") || header.contains("movie_name") {
        Some(Format::Tvtime)
    } else {
        None
    }
}

/// A year cell: empty is no year, digits are a year, anything else is an
/// error naming the place. ("2021-05-01" gives 2021: some exports put a date.)
pub(crate) fn parse_year(
    file: &str,
    place: Place,
    field: &str,
    text: &str,
) -> Result<Option<i32>, ImportError> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let digits = if t.len() >= 10 && t.as_bytes().get(4) == Some(&b'-') {
        t.get(..4).unwrap_or(t)
    } else {
        t
    };
    digits
        .parse::<i32>()
        .map(Some)
        .map_err(|_| ImportError::field(file, place, field, format!("\"{t}\" is not a year")))
}
