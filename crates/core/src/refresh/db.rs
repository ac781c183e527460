//! The refresh's reads and writes, all through the store's own API: which
//! titles and sources, what is already known, and recording what was read.

use super::work::ReadArticle;
use super::{Due, RefreshError};
use crate::model::{Status, Title};
use crate::news::{NewsError, SearchConfig, Validators, DEFAULT_FEEDS, DEFAULT_SEARCH_TEMPLATE};
use crate::store::{
    Change, ListQuery, NewArticle, NewEvidence, NewQuote, NewSource, Source, Store,
};
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::time::Duration;

/// Settings keys.
const SEEDED: &str = "news.default_sources_seeded";
const SEARCH_CURSOR: &str = "news.search.cursor";
const SEARCH_PER_RUN: &str = "news.search.titles_per_run";

/// Environment overrides of the first-start sources, for tests and for
/// people who want none: a list of feed URLs separated by spaces or commas
/// (empty: no feeds), and the search template (empty: no search).
pub const ENV_DEFAULT_FEEDS: &str = "SEQUEL_RADAR_DEFAULT_FEEDS";
pub const ENV_SEARCH_TEMPLATE: &str = "SEQUEL_RADAR_SEARCH_TEMPLATE";

pub(super) fn titles(store: &Store) -> Result<Vec<Title>, RefreshError> {
    Ok(store.list_titles(&ListQuery::default())?.rows)
}

fn now() -> DateTime<Utc> {
    Utc::now()
}

fn iso(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn is_due(s: &Source, force: bool, at: &str) -> bool {
    s.enabled && (force || s.next_due_at.as_deref().is_none_or(|due| due <= at))
}

pub(super) fn due_feeds(store: &Store, force: bool) -> Result<Vec<Due>, RefreshError> {
    let at = iso(now());
    Ok(store
        .list_sources()?
        .into_iter()
        .filter(|s| s.kind == "feed" && is_due(s, force, &at))
        .map(|s| Due {
            source_id: s.id,
            name: s.name.clone().unwrap_or_else(|| s.url.clone()),
            named: s.name.is_some(),
            url: s.url.clone(),
            validators: Validators {
                etag: s.etag.clone(),
                last_modified: s.last_modified.clone(),
            },
            search: false,
        })
        .collect())
}

/// The search row in charge this run and its settings, if the search is on
/// and due. `forced` replaces what the store says (tests, benchmark).
pub(super) fn search_source(
    store: &mut Store,
    forced: Option<&SearchConfig>,
    force: bool,
) -> Result<Option<(i64, SearchConfig)>, RefreshError> {
    let per_run = store
        .setting(SEARCH_PER_RUN)?
        .and_then(|v| v.as_u64())
        .map_or(SearchConfig::default().titles_per_run, |n| n as usize);
    if let Some(cfg) = forced {
        if !cfg.enabled {
            return Ok(None);
        }
        let row = match store
            .list_sources()?
            .into_iter()
            .find(|s| s.url == cfg.template)
        {
            Some(row) => row,
            None => store.add_source(NewSource {
                url: cfg.template.clone(),
                name: Some("News search".into()),
                kind: Some("search".into()),
            })?,
        };
        return Ok(Some((row.id, cfg.clone())));
    }
    let at = iso(now());
    Ok(store
        .list_sources()?
        .into_iter()
        .find(|s| s.kind == "search" && is_due(s, force, &at))
        .map(|s| {
            (
                s.id,
                SearchConfig {
                    enabled: true,
                    template: s.url,
                    titles_per_run: per_run,
                },
            )
        }))
}

/// The next `n` titles in id order after the last one searched, wrapping
/// around, so every title gets its turn over a few runs.
pub(super) fn titles_to_search<'t>(
    store: &mut Store,
    titles: &'t [Title],
    n: usize,
) -> Result<Vec<&'t Title>, RefreshError> {
    let cursor = store
        .setting(SEARCH_CURSOR)?
        .and_then(|v| v.as_i64())
        .unwrap_or(0);
    let mut sorted: Vec<&Title> = titles.iter().collect();
    sorted.sort_by_key(|t| t.id);
    let split = sorted.partition_point(|t| t.id <= cursor);
    let picked: Vec<&Title> = sorted[split..]
        .iter()
        .chain(sorted[..split].iter())
        .take(n)
        .copied()
        .collect();
    if let Some(last) = picked.last() {
        store.set_setting(SEARCH_CURSOR, &serde_json::json!(last.id))?;
    }
    Ok(picked)
}

/// Title ids the article at `url` was already read for.
pub(super) fn read_for(store: &Store, url: &str) -> Result<Vec<i64>, RefreshError> {
    Ok(store.article_read_for(url)?)
}

/// What recording one article did.
pub(super) struct Recorded {
    /// The article added evidence or a link for at least one title.
    pub stored: bool,
    pub changes: Vec<Change>,
}

/// Records one article for every title it was read for, each in its own
/// transaction (the store's unit). Titles the article turned out not to be
/// about are still linked, with no evidence, so it is not fetched again.
pub(super) fn record(
    store: &mut Store,
    read: &ReadArticle,
    source_id: i64,
) -> Result<Recorded, RefreshError> {
    let item = &read.job.item;
    let article = NewArticle {
        url: item.url.clone(),
        canonical_url: Some(read.final_url.clone()).filter(|u| *u != item.url),
        content_hash: Some(content_hash(&read.text)),
        outlet: Some(read.job.outlet.clone()).filter(|o| !o.is_empty()),
        headline: Some(item.title.clone()).filter(|h| !h.is_empty()),
        published: item.published.map(iso),
        source_id: Some(source_id),
    };
    let extracted: HashMap<i64, &crate::extract::Extraction> =
        read.extractions.iter().map(|(id, x)| (*id, x)).collect();
    let at = iso(now());
    let mut out = Recorded {
        stored: false,
        changes: Vec::new(),
    };
    if read.page_error.is_none() {
        // Read from its teaser before, in full now: the whole article's
        // evidence replaces the teaser's.
        store.forget_teaser(&item.url)?;
    }
    for (title_id, _) in &read.job.titles {
        let (evidence, quotes) = match extracted.get(title_id) {
            Some(x) => (evidence_of(x), quotes_of(x)),
            None => (Vec::new(), Vec::new()),
        };
        let outcome = match store.record_article(*title_id, &article, &evidence, &quotes, &at) {
            Ok(outcome) => outcome,
            // Removed from the watchlist while the refresh ran: nothing to record.
            Err(crate::store::StoreError::NoSuchTitle(_)) => continue,
            Err(e) => return Err(e.into()),
        };
        out.stored |= outcome.added;
        out.changes.extend(outcome.changes);
    }
    if read.page_error.is_some() {
        store.note_page_failure(&item.url)?;
    }
    Ok(out)
}

pub(crate) fn evidence_of(x: &crate::extract::Extraction) -> Vec<NewEvidence> {
    match (&x.evidence, x.status) {
        (Some(sentence), status) if status != Status::Unknown => vec![NewEvidence {
            status,
            sentence: sentence.clone(),
            official: x.official,
            next: x.next.clone(),
            release: x.release.clone(),
        }],
        // No status cue but a release window ("coming in 2027"): kept, so
        // the window is known and narrows as later news gives a date.
        (_, Status::Unknown) if x.mentioned && x.release.is_some() => vec![NewEvidence {
            status: Status::Unknown,
            sentence: x.evidence.clone().unwrap_or_default(),
            official: x.official,
            next: x.next.clone(),
            release: x.release.clone(),
        }],
        _ => Vec::new(),
    }
}

pub(crate) fn quotes_of(x: &crate::extract::Extraction) -> Vec<NewQuote> {
    x.quotes
        .iter()
        .map(|q| NewQuote {
            speaker: q.speaker.clone(),
            role: q.role.clone(),
            text: q.text.clone(),
            outlet: q.outlet.clone(),
        })
        .collect()
}

/// Same story, same hash: case, accents, punctuation and spacing do not count,
/// so a syndicated copy with different typography groups with the original.
pub(crate) fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(crate::text::name_key(text).as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The source answered (or said 304): note it, keep the new validators,
/// and plan the next check one interval later.
pub(super) fn source_checked(
    store: &mut Store,
    due: &Due,
    validators: Option<Validators>,
    interval: Duration,
) -> Result<(), RefreshError> {
    let t = now();
    let next = iso(t + chrono::Duration::from_std(interval).unwrap_or(chrono::Duration::hours(6)));
    let v = validators.unwrap_or_default();
    store.record_fetch(
        due.source_id,
        &iso(t),
        Ok((v.etag, v.last_modified)),
        Some(&next),
    )?;
    Ok(())
}

/// The source failed: record why, and give it a later turn. A server that
/// errs is backed off (the interval doubled per failure in a row, at most a
/// week) so a dead feed does not turn into a storm of errors; a network that
/// is down is not the source's fault, so it keeps its normal interval and is
/// read again soon after the machine is back online.
pub(super) fn source_failed(
    store: &mut Store,
    source_id: i64,
    error: &NewsError,
    interval: Duration,
) -> Result<(), RefreshError> {
    let offline = matches!(error, NewsError::Connect { .. } | NewsError::Timeout { .. });
    let failures = store.get_source(source_id).map(|s| s.failures).unwrap_or(0);
    let factor = if offline {
        1
    } else {
        1u32 << failures.clamp(0, 8)
    };
    let wait = interval
        .saturating_mul(factor)
        .min(Duration::from_secs(7 * 24 * 3600));
    let t = now();
    let next = iso(t + chrono::Duration::from_std(wait).unwrap_or(chrono::Duration::days(7)));
    store.record_fetch(source_id, &iso(t), Err(error.to_string()), Some(&next))?;
    Ok(())
}

/// On first start, the outlets' feeds and the per-title news search are
/// added, once: a source the user removes does not come back. Returns how
/// many sources were added.
pub fn ensure_default_sources(store: &mut Store) -> Result<usize, crate::store::StoreError> {
    if store.setting(SEEDED)?.is_some() {
        return Ok(0);
    }
    let feeds: Vec<(Option<String>, String)> = match std::env::var(ENV_DEFAULT_FEEDS) {
        Ok(list) => list
            .split([',', ' ', '\n'])
            .filter(|u| !u.trim().is_empty())
            .map(|u| (None, u.trim().to_owned()))
            .collect(),
        Err(_) => DEFAULT_FEEDS
            .iter()
            .map(|f| (Some(f.name.to_owned()), f.url.to_owned()))
            .collect(),
    };
    let search =
        std::env::var(ENV_SEARCH_TEMPLATE).unwrap_or_else(|_| DEFAULT_SEARCH_TEMPLATE.to_owned());
    let known: Vec<String> = store.list_sources()?.into_iter().map(|s| s.url).collect();
    let mut added = 0;
    for (name, url) in feeds {
        if !known.contains(&url) {
            store.add_source(NewSource {
                url,
                name,
                kind: None,
            })?;
            added += 1;
        }
    }
    if !search.trim().is_empty() && !known.contains(&search) {
        store.add_source(NewSource {
            url: search,
            name: Some("News search (per title)".into()),
            kind: Some("search".into()),
        })?;
        added += 1;
    }
    store.set_setting(SEEDED, &serde_json::json!(true))?;
    Ok(added)
}
