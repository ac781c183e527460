//! What articles taught us about a title: evidence, quotes, the derived
//! status and its history. One article is recorded in one transaction, and
//! recording it again adds nothing.

use super::error::{Result, StoreError};
use super::Store;
use crate::derive::{derive, EvidenceFact};
use crate::model::{Status, Title};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewArticle {
    pub url: String,
    pub canonical_url: Option<String>,
    /// Hash of the readable text: the same story syndicated under another URL.
    pub content_hash: Option<String>,
    pub outlet: Option<String>,
    pub headline: Option<String>,
    /// ISO date or instant.
    pub published: Option<String>,
    pub source_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewEvidence {
    pub status: Status,
    pub sentence: String,
    pub official: bool,
    pub next: Option<String>,
    pub release: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewQuote {
    pub speaker: String,
    pub role: Option<String>,
    pub text: String,
    pub outlet: Option<String>,
}

/// A change of a title's derived status or release, as `refresh --json` prints it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    #[serde(skip_serializing)]
    pub title_id: i64,
    pub title: String,
    pub from: Status,
    pub to: Status,
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub release: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordOutcome {
    /// False when the article (or the same text elsewhere) was already recorded.
    pub added: bool,
    pub changes: Vec<Change>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceRow {
    /// The article it was read from, to dismiss or restore it by.
    pub article_id: Option<i64>,
    pub status: Status,
    pub sentence: String,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub official: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteRow {
    /// The article it was read from, to dismiss it by (see `EvidenceRow`).
    pub article_id: Option<i64>,
    pub speaker: String,
    pub role: Option<String>,
    pub text: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryRow {
    pub status: Status,
    pub from: Status,
    pub at: String,
    pub url: Option<String>,
    pub release: Option<String>,
    /// When the news behind the change was published (the article's date),
    /// as opposed to `at`, when Sequel Radar learnt of it.
    pub published: Option<String>,
}

/// Everything the title page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TitleDetail {
    pub title: Title,
    /// Newest first; without what the user dismissed.
    pub evidence: Vec<EvidenceRow>,
    /// What the user set aside as misread, newest first: shown apart, with
    /// a way back; it counts for nothing.
    pub dismissed: Vec<EvidenceRow>,
    pub quotes: Vec<QuoteRow>,
    /// Quotes of the articles the user dismissed, shown with them.
    pub dismissed_quotes: Vec<QuoteRow>,
    /// Oldest first, one entry per change of the derived status.
    pub history: Vec<HistoryRow>,
}

/// True when the article of the row aliased `$row` (with `article_id` and
/// `title_id`) was dismissed by the user for that title. One text for every
/// table that points at articles, so the rule is written once.
macro_rules! dismissed_link {
    ($row:literal) => {
        concat!(
            "EXISTS (SELECT 1 FROM article_titles l WHERE l.article_id = ",
            $row,
            ".article_id AND l.title_id = ",
            $row,
            ".title_id AND l.dismissed_at IS NOT NULL)"
        )
    };
}

/// True for a row of `evidence e` whose article the user dismissed.
const DISMISSED: &str = dismissed_link!("e");

/// True for a row of `quotes q` whose article the user dismissed.
const QUOTE_DISMISSED: &str = dismissed_link!("q");

/// True for a row of `status_history h` (joined to its `evidence e`) that
/// stands on a dismissed article's word: by its evidence, or, when that
/// evidence is gone (a teaser replaced by its whole article), by the
/// article's address.
const STEP_DISMISSED: &str = concat!(
    "(CASE WHEN e.id IS NOT NULL THEN ",
    dismissed_link!("e"),
    " ELSE EXISTS (SELECT 1 FROM article_titles l JOIN articles a ON a.id = l.article_id
    WHERE l.title_id = h.title_id AND a.url = h.article_url AND l.dismissed_at IS NOT NULL) END)"
);

/// Rows read with their dismissed flag, split into those that count and
/// those the user set aside (each in the order read).
fn counting_and_dismissed<T>(
    rows: impl Iterator<Item = rusqlite::Result<(T, bool)>>,
) -> rusqlite::Result<(Vec<T>, Vec<T>)> {
    let mut counting = Vec::new();
    let mut dismissed = Vec::new();
    for row in rows {
        let (row, gone) = row?;
        if gone {
            dismissed.push(row);
        } else {
            counting.push(row);
        }
    }
    Ok((counting, dismissed))
}

/// Whether a change of status is news for the user (an article said so) or
/// their own doing (they dismissed or restored an article): theirs is
/// recorded in the history but neither notified nor flagged as unseen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tell {
    Notify,
    Quietly,
}

/// Shortens for a notification body without cutting a word in half.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map(|(a, _)| a).unwrap_or(&cut);
    format!("{}…", cut.trim_end_matches([',', ';', ':']))
}

impl Store {
    pub fn record_article(
        &mut self,
        title_id: i64,
        article: &NewArticle,
        evidence: &[NewEvidence],
        quotes: &[NewQuote],
        now: &str,
    ) -> Result<RecordOutcome> {
        let tx = self.conn.transaction()?;
        let title_name: String = tx
            .query_row(
                "SELECT name FROM titles WHERE id = ?1 AND removed_at IS NULL",
                [title_id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::NoSuchTitle(title_id))?;

        let existing: Option<i64> = tx
            .query_row(
                "SELECT id FROM articles WHERE url = ?1",
                [&article.url],
                |r| r.get(0),
            )
            .optional()?;
        let twin: Option<i64> = match &article.content_hash {
            Some(hash) => tx
                .query_row(
                    "SELECT a.id FROM articles a JOIN article_titles t ON t.article_id = a.id
                     WHERE a.content_hash = ?1 AND t.title_id = ?2 AND a.url != ?3 LIMIT 1",
                    params![hash, title_id, article.url],
                    |r| r.get(0),
                )
                .optional()?,
            None => None,
        };
        let article_id = match existing {
            Some(id) => id,
            None => {
                tx.execute(
                    "INSERT INTO articles (url, canonical_url, content_hash, outlet, headline,
                        published, fetched_at, source_id, group_id)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    params![
                        article.url,
                        article.canonical_url,
                        article.content_hash,
                        article.outlet,
                        article.headline,
                        article.published,
                        now,
                        article.source_id,
                        twin
                    ],
                )?;
                tx.last_insert_rowid()
            }
        };
        let newly_linked = tx.execute(
            "INSERT OR IGNORE INTO article_titles (article_id, title_id) VALUES (?1, ?2)",
            params![article_id, title_id],
        )? > 0;
        if !newly_linked || twin.is_some() {
            // Seen before, or a syndicated copy of a story already read.
            tx.commit()?;
            return Ok(RecordOutcome {
                added: false,
                changes: Vec::new(),
            });
        }

        for e in evidence {
            tx.execute(
                "INSERT INTO evidence (title_id, article_id, status, sentence, official,
                    next_label, release, published, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    title_id,
                    article_id,
                    e.status.as_str(),
                    e.sentence,
                    e.official,
                    e.next,
                    e.release,
                    article.published,
                    now
                ],
            )?;
        }
        let mut new_quotes = Vec::new();
        for q in quotes {
            let added = tx.execute(
                "INSERT OR IGNORE INTO quotes (title_id, article_id, speaker, role, text, outlet,
                    published, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    title_id,
                    article_id,
                    q.speaker,
                    q.role,
                    q.text,
                    q.outlet,
                    article.published,
                    now
                ],
            )?;
            if added > 0 {
                new_quotes.push(q);
            } else {
                // Already kept from an article the user dismissed: this
                // article says it too, so it shows again, credited here
                // (not told again: it was told when first read).
                tx.execute(
                    concat!(
                        "UPDATE quotes SET article_id = ?4, outlet = ?5, published = ?6
                         WHERE title_id = ?1 AND speaker = ?2 AND text = ?3 AND ",
                        dismissed_link!("quotes")
                    ),
                    params![
                        title_id,
                        q.speaker,
                        q.text,
                        article_id,
                        q.outlet,
                        article.published
                    ],
                )?;
            }
        }
        if let Some(next) = evidence.iter().find_map(|e| e.next.as_ref()) {
            tx.execute(
                "UPDATE titles SET next_label = ?2 WHERE id = ?1 AND next_label IS NULL",
                params![title_id, next],
            )?;
        }
        if let Some(published) = &article.published {
            tx.execute(
                "UPDATE titles SET latest_news_at = ?2
                 WHERE id = ?1 AND (latest_news_at IS NULL OR latest_news_at < ?2)",
                params![title_id, published],
            )?;
        }

        let changes = rederive(&tx, title_id, &title_name, &article.url, now, Tell::Notify)?;
        let next: Option<String> = tx.query_row(
            "SELECT next_label FROM titles WHERE id = ?1",
            [title_id],
            |r| r.get(0),
        )?;
        let label = headline(&title_name, next.as_deref());
        for q in new_quotes {
            let who = match &q.outlet {
                Some(outlet) => format!("{} to {}", q.speaker, outlet),
                None => q.speaker.clone(),
            };
            push_outbox(
                &tx,
                title_id,
                "quote",
                &format!("{label}: {} spoke", q.speaker),
                &format!("{who}: \u{201C}{}\u{201D}", shorten(&q.text, 160)),
                serde_json::json!({
                    "title": title_name, "next": next, "speaker": q.speaker, "role": q.role,
                    "text": q.text, "outlet": q.outlet, "url": article.url,
                }),
                now,
            )?;
        }
        tx.commit()?;
        Ok(RecordOutcome {
            added: true,
            changes,
        })
    }

    /// Sets aside what `article_id` was read to say about the title: its
    /// evidence and quotes stop counting and showing, the status is derived
    /// again without them (quietly: the user made this change), and a refresh
    /// does not read the article for the title again. Returns the changes.
    pub fn dismiss_article(
        &mut self,
        title_id: i64,
        article_id: i64,
        now: &str,
    ) -> Result<Vec<Change>> {
        self.set_dismissed(title_id, article_id, Some(now), now)
    }

    /// Undoes [`Store::dismiss_article`].
    pub fn restore_article(
        &mut self,
        title_id: i64,
        article_id: i64,
        now: &str,
    ) -> Result<Vec<Change>> {
        self.set_dismissed(title_id, article_id, None, now)
    }

    fn set_dismissed(
        &mut self,
        title_id: i64,
        article_id: i64,
        dismissed_at: Option<&str>,
        now: &str,
    ) -> Result<Vec<Change>> {
        let tx = self.conn.transaction()?;
        let title_name: String = tx
            .query_row(
                "SELECT name FROM titles WHERE id = ?1 AND removed_at IS NULL",
                [title_id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::NoSuchTitle(title_id))?;
        let url: String = tx
            .query_row(
                "SELECT a.url FROM article_titles l JOIN articles a ON a.id = l.article_id
                 WHERE l.article_id = ?1 AND l.title_id = ?2",
                params![article_id, title_id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| StoreError::NotReadFor {
                title: title_name.clone(),
                article: article_id,
            })?;
        // Dismissing what is dismissed, or restoring what counts, changes
        // nothing (a double click, two windows).
        let changed = tx.execute(
            "UPDATE article_titles SET dismissed_at = ?3
             WHERE article_id = ?1 AND title_id = ?2 AND (dismissed_at IS NULL) = (?3 IS NOT NULL)",
            params![article_id, title_id, dismissed_at],
        )?;
        if changed == 0 {
            return Ok(Vec::new());
        }
        // The next installment's name comes from the first article that gave
        // one, among those still counting (the one set aside may have been
        // about another film); with none, a name no counting article gives
        // goes too.
        tx.execute(
            &format!(
                "UPDATE titles SET next_label = coalesce(
                    (SELECT e.next_label FROM evidence e
                     WHERE e.title_id = ?1 AND e.next_label IS NOT NULL AND NOT {DISMISSED}
                     ORDER BY e.id LIMIT 1),
                    CASE WHEN EXISTS (SELECT 1 FROM evidence e
                        WHERE e.title_id = ?1 AND e.next_label = titles.next_label AND {DISMISSED})
                    THEN NULL ELSE next_label END)
                 WHERE id = ?1"
            ),
            [title_id],
        )?;
        // "News DATE" in the list: the newest article still read for it.
        tx.execute(
            "UPDATE titles SET latest_news_at = (SELECT max(a.published)
                FROM article_titles l JOIN articles a ON a.id = l.article_id
                WHERE l.title_id = ?1 AND l.dismissed_at IS NULL)
             WHERE id = ?1",
            [title_id],
        )?;
        // The user's own step from an earlier act is redone; one a news step
        // came after stays (it was the status that news moved on from).
        tx.execute(
            "DELETE FROM status_history WHERE title_id = ?1 AND by_user = 1
             AND id > (SELECT coalesce(max(id), 0) FROM status_history
                WHERE title_id = ?1 AND by_user = 0)",
            [title_id],
        )?;
        let changes = rederive(&tx, title_id, &title_name, &url, now, Tell::Quietly)?;
        tx.commit()?;
        Ok(changes)
    }

    pub fn title_detail(&self, id: i64) -> Result<TitleDetail> {
        let title = self.get_title(id)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT e.status, e.sentence, a.url, a.outlet, e.published, e.official,
                e.article_id, {DISMISSED} AS gone
             FROM evidence e LEFT JOIN articles a ON a.id = e.article_id
             WHERE e.title_id = ?1 ORDER BY e.published DESC, e.id DESC"
        ))?;
        let (evidence, dismissed) = counting_and_dismissed(stmt.query_map([id], |r| {
            Ok((
                EvidenceRow {
                    article_id: r.get(6)?,
                    status: r.get::<_, String>(0)?.parse().unwrap_or_default(),
                    sentence: r.get(1)?,
                    url: r.get(2)?,
                    outlet: r.get(3)?,
                    published: r.get(4)?,
                    official: r.get(5)?,
                },
                r.get::<_, bool>(7)?,
            ))
        })?)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT q.speaker, q.role, q.text, q.outlet, a.url, q.published, q.article_id,
                {QUOTE_DISMISSED} AS gone
             FROM quotes q LEFT JOIN articles a ON a.id = q.article_id
             WHERE q.title_id = ?1
             ORDER BY q.published DESC, q.id"
        ))?;
        let (quotes, dismissed_quotes) = counting_and_dismissed(stmt.query_map([id], |r| {
            Ok((
                QuoteRow {
                    article_id: r.get(6)?,
                    speaker: r.get(0)?,
                    role: r.get(1)?,
                    text: r.get(2)?,
                    outlet: r.get(3)?,
                    url: r.get(4)?,
                    published: r.get(5)?,
                },
                r.get::<_, bool>(7)?,
            ))
        })?)?;
        // A step reached only on the word of a dismissed article was never
        // reached: it leaves the ladder and the timeline.
        let mut stmt = self.conn.prepare(&format!(
            "SELECT h.to_status, h.from_status, h.at, h.article_url, h.release, e.published
             FROM status_history h LEFT JOIN evidence e ON e.id = h.evidence_id
             WHERE h.title_id = ?1 AND NOT {STEP_DISMISSED}
             ORDER BY h.at, h.id"
        ))?;
        let mut history: Vec<HistoryRow> = Vec::new();
        let rows = stmt.query_map([id], |r| {
            Ok(HistoryRow {
                status: r.get::<_, String>(0)?.parse().unwrap_or_default(),
                from: r.get::<_, String>(1)?.parse().unwrap_or_default(),
                at: r.get(2)?,
                url: r.get(3)?,
                release: r.get(4)?,
                published: r.get(5)?,
            })
        })?;
        // With a dismissed article's step gone, the step after it can repeat
        // the one before ("in talks", "in talks"): one is enough.
        for row in rows {
            let row = row?;
            if history.last().is_none_or(|h| h.status != row.status) {
                history.push(row);
            }
        }
        Ok(TitleDetail {
            title,
            evidence,
            dismissed,
            quotes,
            dismissed_quotes,
            history,
        })
    }
}

/// One stored piece of evidence as [`rederive`] reads it back.
struct StoredFact {
    id: i64,
    sentence: String,
    url: Option<String>,
    outlet: Option<String>,
    fact: EvidenceFact,
}

/// Recomputes a title's status from all its evidence and writes what changed:
/// the title row, the history and the outbox, inside the caller's transaction.
/// The history and the notification name the evidence that decided the new
/// status (not merely the article being recorded: an older-dated article can
/// change which claim wins).
fn rederive(
    tx: &Transaction,
    title_id: i64,
    name: &str,
    url: &str,
    now: &str,
    tell: Tell,
) -> Result<Vec<Change>> {
    let mut stmt = tx.prepare(&format!(
        "SELECT e.id, e.status, e.official, e.published, e.release, e.sentence, a.url, a.outlet
         FROM evidence e LEFT JOIN articles a ON a.id = e.article_id
         WHERE e.title_id = ?1 AND NOT {DISMISSED} ORDER BY e.id"
    ))?;
    let stored: Vec<StoredFact> = stmt
        .query_map([title_id], |r| {
            Ok(StoredFact {
                id: r.get(0)?,
                fact: EvidenceFact {
                    status: r.get::<_, String>(1)?.parse().unwrap_or_default(),
                    official: r.get(2)?,
                    published: r.get(3)?,
                    release: r.get(4)?,
                },
                sentence: r.get(5)?,
                url: r.get(6)?,
                outlet: r.get(7)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let facts: Vec<EvidenceFact> = stored.iter().map(|s| s.fact.clone()).collect();
    let derived = derive(&facts);
    let cause = derived.cause.and_then(|i| stored.get(i));
    let (old_status, old_release, next): (String, Option<String>, Option<String>) = tx.query_row(
        "SELECT status, release, next_label FROM titles WHERE id = ?1",
        [title_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let old_status: Status = old_status.parse().unwrap_or_default();
    let label = headline(name, next.as_deref());
    let cause_url = cause
        .and_then(|c| c.url.clone())
        .unwrap_or_else(|| url.to_string());
    let mut changes = Vec::new();
    if derived.status != old_status {
        match tell {
            // News: recorded in the history, flagged unseen and notified.
            Tell::Notify => {
                tx.execute(
                    "UPDATE titles SET status = ?2, status_changed_at = ?3 WHERE id = ?1",
                    params![title_id, derived.status.as_str(), now],
                )?;
                tx.execute(
                    "INSERT INTO status_history (title_id, from_status, to_status, at,
                        evidence_id, article_url, release) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![
                        title_id,
                        old_status.as_str(),
                        derived.status.as_str(),
                        now,
                        cause.map(|c| c.id),
                        cause_url,
                        derived.release
                    ],
                )?;
                let sentence = cause.map(|c| c.sentence.as_str()).unwrap_or_default();
                let outlet = cause.and_then(|c| c.outlet.as_deref());
                let body = match outlet {
                    Some(outlet) => format!("{} ({outlet})", shorten(sentence, 200)),
                    None => shorten(sentence, 200),
                };
                push_outbox(
                    tx,
                    title_id,
                    "status",
                    &format!("{label}: {}", derived.status.label()),
                    &body,
                    serde_json::json!({
                        "title": name, "next": next, "from": old_status, "to": derived.status,
                        "url": cause_url, "release": derived.release, "sentence": sentence,
                        "outlet": outlet, "official": cause.is_some_and(|c| c.fact.official),
                    }),
                    now,
                )?;
            }
            // The user's own act: the history step is written below.
            Tell::Quietly => {
                tx.execute(
                    "UPDATE titles SET status = ?2 WHERE id = ?1",
                    params![title_id, derived.status.as_str()],
                )?;
            }
        }
        changes.push(Change {
            title_id,
            title: name.to_string(),
            from: old_status,
            to: derived.status,
            url: Some(cause_url.clone()),
            release: derived.release.clone(),
        });
    }
    if tell == Tell::Quietly && derived.status != Status::Unknown {
        // The history as it shows (without dismissed articles' steps) ends
        // where the status now is; if not, one step of the user's bridges it.
        // Its `at` is now; the page shows the publication date of the
        // evidence that decides, joined through `evidence_id`.
        let last: Option<String> = tx
            .query_row(
                &format!(
                    "SELECT h.to_status FROM status_history h
                     LEFT JOIN evidence e ON e.id = h.evidence_id
                     WHERE h.title_id = ?1 AND NOT {STEP_DISMISSED}
                     ORDER BY h.id DESC LIMIT 1"
                ),
                [title_id],
                |r| r.get(0),
            )
            .optional()?;
        if last.as_deref() != Some(derived.status.as_str()) {
            tx.execute(
                "INSERT INTO status_history (title_id, from_status, to_status, at, evidence_id,
                    article_url, release, by_user) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1)",
                params![
                    title_id,
                    last.as_deref().unwrap_or(Status::Unknown.as_str()),
                    derived.status.as_str(),
                    now,
                    cause.map(|c| c.id),
                    cause_url,
                    derived.release
                ],
            )?;
        }
    }
    if derived.release != old_release {
        tx.execute(
            "UPDATE titles SET release = ?2 WHERE id = ?1",
            params![title_id, derived.release],
        )?;
        if let (Some(release), Tell::Notify) = (&derived.release, tell) {
            push_outbox(
                tx,
                title_id,
                "release",
                &format!("{label}: out {release}"),
                &match &old_release {
                    Some(old) => format!("Release {release} (was {old})"),
                    None => format!("Release {release}"),
                },
                serde_json::json!({
                    "title": name, "next": next, "release": release, "previous": old_release,
                    "url": url,
                }),
                now,
            )?;
        }
    }
    Ok(changes)
}

/// What a notification calls the installment: its label when that names
/// the title ("Purple Hearts 2"), else the title with it ("Wayward Pines
/// Season 3", "Peninsula (Train to Busan)"): a line of a digest, read
/// alone, has to say which show it is about.
fn headline(name: &str, next: Option<&str>) -> String {
    let Some(next) = next else {
        return name.to_string();
    };
    // Whole words, the title's own number left out: "Deadpool 3" names
    // "Deadpool 2", "Jigsaw" does not name "Saw".
    let padded = |s: &str| format!(" {} ", crate::text::name_key(s));
    let name_key = padded(name);
    let stem = name_key
        .trim_end()
        .rsplit_once(' ')
        .filter(|(head, last)| {
            !head.trim().is_empty()
                && (last.bytes().all(|b| b.is_ascii_digit())
                    || last.len() <= 3 && last.bytes().all(|b| b"ivx".contains(&b)))
        })
        .map_or(name_key.clone(), |(head, _)| format!("{head} "));
    if padded(next).contains(stem.as_str()) {
        next.to_string()
    } else if [
        "Season ", "Series ", "Part ", "Chapter ", "Vol. ", "Volume ",
    ]
    .iter()
    .any(|w| next.starts_with(w))
    {
        format!("{name} {next}")
    } else {
        format!("{next} ({name})")
    }
}

fn push_outbox(
    tx: &Transaction,
    title_id: i64,
    kind: &str,
    summary: &str,
    body: &str,
    payload: serde_json::Value,
    now: &str,
) -> Result<()> {
    tx.execute(
        "INSERT INTO outbox (title_id, kind, summary, body, payload, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![title_id, kind, summary, body, payload.to_string(), now],
    )?;
    Ok(())
}
