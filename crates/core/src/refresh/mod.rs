//! One refresh: every due source is fetched, its items matched against the
//! whole watchlist with one automaton, the matched articles fetched, read
//! and extracted, and what they say stored (one transaction per article,
//! idempotent by URL and content hash). A failing source is recorded on its
//! row and reported; the others go on.
//!
//! PUBLIC API (the CLI and the desktop shell call it):
//! - [`run`] with [`RefreshOptions`], a progress callback taking [`Progress`]
//!   and a [`CancellationToken`]; returns a [`RefreshReport`] whose JSON is
//!   DESIGN.md's `refresh --json`.
//! - [`ensure_default_sources`]: the outlets' feeds and the news search, once
//!   per database (call at app start and before CLI source commands).
//! - Articles given by hand are in [`crate::manual`], which shares
//!   `db::evidence_of`, `db::quotes_of` and `db::content_hash`.
//!
//! Crash safety: a feed's ETag/Last-Modified are saved only after all of its
//! articles are stored, so a run cut short fetches the feed whole next time
//! and loses nothing; articles already stored are recognised by URL.

pub(crate) mod db;
mod work;

pub use crate::store::Change;
pub use db::{ensure_default_sources, ENV_DEFAULT_FEEDS, ENV_SEARCH_TEMPLATE};
pub use tokio_util::sync::CancellationToken;

use crate::extract::{Matcher, TitleQuery};
use crate::model::Title;
use crate::news::{search_url, FetchConfig, Fetcher, NewsError, SearchConfig, Validators};
use crate::store::Store;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;
use tokio::task::JoinSet;
use work::{ArticleJob, FeedOutcome, ReadArticle};

/// How a refresh runs. `Default` is the app's background refresh.
#[derive(Debug, Clone)]
pub struct RefreshOptions {
    pub fetch: FetchConfig,
    /// `None`: the search rows of the sources table decide (kind "search",
    /// enabled, due). `Some` overrides them (tests, benchmark).
    pub search: Option<SearchConfig>,
    /// Poll every enabled source now ("Check now", `sequel-radar refresh`);
    /// otherwise only the ones whose interval has passed.
    pub force: bool,
    /// A source is due this long after its last check.
    pub interval: Duration,
}

impl Default for RefreshOptions {
    fn default() -> Self {
        RefreshOptions {
            fetch: FetchConfig::default(),
            search: None,
            force: false,
            interval: Duration::from_secs(6 * 3600),
        }
    }
}

/// A source (or an article page) that could not be read in this run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceError {
    /// The source's name, e.g. "Deadline" or "News search: The Bear".
    pub source: String,
    pub message: String,
}

/// Counts for logs and the benchmark; not part of the JSON contract.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RefreshStats {
    pub sources: usize,
    pub not_modified: usize,
    pub items: usize,
    /// Items whose title or summary names a watchlist title.
    pub matched: usize,
    /// Matched items already stored by an earlier run, not fetched again.
    pub known: usize,
    pub articles_read: usize,
    /// Articles that added evidence (new URL and new content).
    pub articles_stored: usize,
}

/// What one refresh did. Serialises to `{"changes": [...], "errors": [...]}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefreshReport {
    pub changes: Vec<Change>,
    pub errors: Vec<SourceError>,
    #[serde(skip)]
    pub stats: RefreshStats,
    /// The run was cancelled; what was stored before stays stored.
    #[serde(skip)]
    pub cancelled: bool,
    /// Every source failed to connect or timed out: the machine is most
    /// likely offline. The UI says "offline since" (the newest `last_ok_at`
    /// of the sources) instead of listing each error.
    #[serde(skip)]
    pub offline: bool,
}

/// "n of m sources" for the UI; sent after each source is done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    pub source: String,
}

/// Why a refresh could not run at all (a failing source is not one of these:
/// it goes into [`RefreshReport::errors`]).
#[derive(Debug, thiserror::Error)]
pub enum RefreshError {
    #[error("refresh: {0}")]
    Store(#[from] crate::store::StoreError),
    #[error("refresh: {0}")]
    Setup(NewsError),
}

/// A source to poll in this run.
#[derive(Debug, Clone)]
struct Due {
    /// Row in the sources table that errors and validators are written to.
    source_id: i64,
    name: String,
    /// The user or the defaults gave the source a name; else `name` is its
    /// address until the feed tells its own.
    named: bool,
    url: String,
    validators: Validators,
    /// A news-search result list: its items come from many outlets.
    search: bool,
}

/// What the tasks of a run hand back to the run's own task.
enum Done {
    Feed(usize, FeedOutcome),
    Article(usize, Box<ReadArticle>),
}

/// Runs one refresh. Call it from a tokio task with a `Store` of its own (WAL
/// lets the UI's connection read and write meanwhile):
///
/// ```no_run
/// # use sequel_radar_core::{refresh, store::Store};
/// # async fn f(mut store: Store) {
/// let cancel = refresh::CancellationToken::new();
/// let report = refresh::run(&mut store, &refresh::RefreshOptions::default(),
///     &|p| eprintln!("{} of {} sources", p.done, p.total), &cancel).await;
/// # }
/// ```
pub async fn run(
    store: &mut Store,
    options: &RefreshOptions,
    progress: &(dyn Fn(Progress) + Send + Sync),
    cancel: &CancellationToken,
) -> Result<RefreshReport, RefreshError> {
    let fetcher = Arc::new(Fetcher::new(options.fetch.clone()).map_err(RefreshError::Setup)?);
    let titles = db::titles(store)?;
    let queries: Vec<(i64, TitleQuery)> = titles.iter().map(|t| (t.id, query_of(t))).collect();
    let query_by_id: HashMap<i64, &TitleQuery> = queries.iter().map(|(id, q)| (*id, q)).collect();
    let matcher = Matcher::new(&queries);

    let mut report = RefreshReport::default();
    let mut due = db::due_feeds(store, options.force)?;
    if !titles.is_empty() {
        if let Some((source_id, search)) =
            db::search_source(store, options.search.as_ref(), options.force)?
        {
            due.extend(search_sources(
                store,
                source_id,
                &search,
                &titles,
                options,
                &mut report,
            )?);
        }
    }
    let total = due.len();
    report.stats.sources = total;

    // Per source: articles still being read, and whether its feed is in.
    let mut pending = vec![0usize; total];
    let mut feed_in = vec![false; total];
    let mut new_validators: Vec<Option<Validators>> = vec![None; total];
    let mut failed = vec![false; total];
    let mut done_count = 0;
    let mut unreachable = 0;
    let mut claimed: HashSet<String> = HashSet::new();

    let mut tasks: JoinSet<Done> = JoinSet::new();
    for (i, d) in due.iter().enumerate() {
        let (f, url, v) = (fetcher.clone(), d.url.clone(), d.validators.clone());
        tasks.spawn(async move { Done::Feed(i, work::fetch_feed(&f, &url, &v).await) });
    }

    while !tasks.is_empty() {
        let joined = tokio::select! {
            biased;
            _ = cancel.cancelled() => {
                tasks.abort_all();
                report.cancelled = true;
                break;
            }
            joined = tasks.join_next() => joined,
        };
        let Some(Ok(done)) = joined else { continue };
        let i = match done {
            Done::Feed(i, outcome) => {
                feed_in[i] = true;
                match outcome {
                    FeedOutcome::NotModified => report.stats.not_modified += 1,
                    FeedOutcome::Failed(e) => {
                        failed[i] = true;
                        if matches!(e, NewsError::Connect { .. } | NewsError::Timeout { .. }) {
                            unreachable += 1;
                        }
                        report.errors.push(SourceError {
                            source: due[i].name.clone(),
                            message: e.to_string(),
                        });
                        db::source_failed(store, due[i].source_id, &e, options.interval)?;
                    }
                    FeedOutcome::Items {
                        items,
                        validators,
                        title,
                    } => {
                        new_validators[i] = Some(validators);
                        if let (false, Some(title)) = (due[i].named, title) {
                            // Added by address alone: the feed's own name is
                            // what the user knows the outlet by, in evidence
                            // and in the sources list alike.
                            store.name_source(due[i].source_id, &title)?;
                            due[i].name = title;
                            due[i].named = true;
                        }
                        report.stats.items += items.len();
                        for item in items {
                            let mut hits =
                                matcher.find(&format!("{}\n{}", item.title, item.summary));
                            if hits.is_empty() {
                                continue;
                            }
                            report.stats.matched += 1;
                            if !claimed.insert(item.url.clone()) {
                                continue;
                            }
                            let read_before = db::read_for(store, &item.url)?;
                            hits.retain(|id| !read_before.contains(id));
                            if hits.is_empty() {
                                report.stats.known += 1;
                                continue;
                            }
                            let outlet = match (&item.outlet, due[i].search) {
                                (Some(o), _) => o.clone(),
                                (None, true) => outlet_in_headline(&item.title).unwrap_or_default(),
                                (None, false) => due[i].name.clone(),
                            };
                            let job = ArticleJob {
                                titles: hits
                                    .iter()
                                    .filter_map(|id| {
                                        query_by_id.get(id).map(|q| (*id, (*q).clone()))
                                    })
                                    .collect(),
                                item,
                                outlet,
                            };
                            pending[i] += 1;
                            let f = fetcher.clone();
                            tasks.spawn(async move {
                                Done::Article(i, Box::new(work::read_article(f, job).await))
                            });
                        }
                    }
                }
                i
            }
            Done::Article(i, read) => {
                pending[i] -= 1;
                report.stats.articles_read += 1;
                if let Some(e) = &read.page_error {
                    report.errors.push(SourceError {
                        source: read.job.outlet.clone(),
                        message: format!("article page: {e} (its feed summary was read instead)"),
                    });
                }
                let recorded = db::record(store, &read, due[i].source_id)?;
                if recorded.stored {
                    report.stats.articles_stored += 1;
                }
                report.changes.extend(recorded.changes);
                i
            }
        };
        if feed_in[i] && pending[i] == 0 {
            // Everything this source announced is stored: only now may its
            // validators be kept (a 304 next time must not hide unread items).
            if !failed[i] {
                db::source_checked(store, &due[i], new_validators[i].take(), options.interval)?;
            }
            done_count += 1;
            progress(Progress {
                done: done_count,
                total,
                source: due[i].name.clone(),
            });
        }
    }
    report.offline = total > 0 && unreachable == total;
    Ok(report)
}

/// What the extractor needs to know of a title.
pub fn query_of(t: &Title) -> TitleQuery {
    TitleQuery {
        name: t.name.clone(),
        kind: t.kind,
        year: t.year,
        aliases: t.aliases.clone(),
    }
}

/// The per-title searches of this run: the titles searched longest ago,
/// at most `titles_per_run`, all written to the one "News search" row.
fn search_sources(
    store: &mut Store,
    source_id: i64,
    search: &SearchConfig,
    titles: &[Title],
    options: &RefreshOptions,
    report: &mut RefreshReport,
) -> Result<Vec<Due>, RefreshError> {
    let mut out = Vec::new();
    for t in db::titles_to_search(store, titles, search.titles_per_run)? {
        match search_url(&search.template, t) {
            Ok(url) => out.push(Due {
                source_id,
                name: format!("News search: {}", t.name),
                named: true,
                url,
                validators: Validators::default(),
                search: true,
            }),
            Err(e) => {
                report.errors.push(SourceError {
                    source: "News search".into(),
                    message: e.to_string(),
                });
                db::source_failed(store, source_id, &e, options.interval)?;
                break;
            }
        }
    }
    Ok(out)
}

/// News-search results name the outlet at the end of the headline:
/// "Severance renewed for season 3 - Deadline".
fn outlet_in_headline(headline: &str) -> Option<String> {
    let (_, outlet) = headline.rsplit_once(" - ")?;
    let outlet = outlet.trim();
    (!outlet.is_empty() && outlet.len() <= 60).then(|| outlet.to_owned())
}
