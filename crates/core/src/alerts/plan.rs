//! The planning rules, as one pure function: no store, no clock, no bus.
//!
//! Order of the rules, for each change:
//! 1. A status change carries the quote that says the same thing and the
//!    release date written with it, so one event is one notification.
//! 2. Filtered (muted title, threshold, switch off for its kind, title gone):
//!    marked delivered without a popup.
//! 3. Older than [`STALE_AFTER_DAYS`]: not popped up (old news in a popup is
//!    noise), listed under "While you were away".
//! 4. Paused or in quiet hours: held, stays pending; `retry_at` says when to look again.
//! 5. Shown; more than [`DIGEST_OVER`] at once become one digest.

use super::settings::AlertSettings;
use crate::model::{Status, Threshold};
use crate::store::OutboxItem;
use crate::text::fold;
use chrono::{DateTime, Duration, FixedOffset, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Changes older than this are listed in the app, not popped up.
pub const STALE_AFTER_DAYS: i64 = 7;
/// More popups than this at once are folded into one digest.
pub const DIGEST_OVER: usize = 3;
/// A digest names this many changes, then says how many more.
pub const MAX_DIGEST_LINES: usize = 8;
const QUOTE_CHARS: usize = 160;
const SENTENCE_CHARS: usize = 200;

/// What the planner needs to know about a title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TitleRule {
    pub muted: bool,
    pub threshold: Threshold,
    /// The title's current derived status.
    pub status: Status,
}

/// One notification to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Popup {
    pub summary: String,
    pub body: String,
    /// The title a click opens; `None` for a digest of several titles.
    pub title_id: Option<i64>,
    /// The outbox items this notification tells; all are marked delivered with it.
    pub items: Vec<i64>,
}

/// A change too old to pop up, kept for "While you were away".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AwayEntry {
    pub title_id: Option<i64>,
    pub summary: String,
    pub body: String,
    /// When the change was found (ISO 8601).
    pub created_at: String,
    pub items: Vec<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// Show now, in this order.
    pub show: Vec<Popup>,
    /// Mark delivered without showing (filtered by the user's rules).
    pub silent: Vec<i64>,
    /// Leave pending (paused or quiet hours).
    pub held: Vec<i64>,
    /// Mark delivered and list under "While you were away".
    pub away: Vec<AwayEntry>,
    /// When held items may go out: plan again then.
    pub retry_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ItemKind {
    Status,
    Release,
    Quote,
}

impl ItemKind {
    fn of(item: &OutboxItem) -> ItemKind {
        match item.kind.as_str() {
            "release" => ItemKind::Release,
            "quote" => ItemKind::Quote,
            _ => ItemKind::Status,
        }
    }
}

/// One event: a lead item and what was folded into it.
struct Unit<'a> {
    lead: &'a OutboxItem,
    kind: ItemKind,
    quote: Option<&'a OutboxItem>,
    release: Option<&'a OutboxItem>,
}

impl Unit<'_> {
    fn ids(&self) -> Vec<i64> {
        let mut ids = vec![self.lead.id];
        ids.extend(self.quote.map(|q| q.id));
        ids.extend(self.release.map(|r| r.id));
        ids.sort_unstable();
        ids
    }
}

/// Decides what to do with every pending item. `titles` holds the rules of
/// every title still on the watchlist; `now` is local time (quiet hours are
/// local), with its offset.
pub fn plan(
    items: &[OutboxItem],
    titles: &HashMap<i64, TitleRule>,
    settings: &AlertSettings,
    now: DateTime<FixedOffset>,
) -> Plan {
    let now_utc = now.with_timezone(&Utc);
    let hold_until = hold_until(settings, now);
    let mut plan = Plan::default();
    let mut shown = Vec::new();
    for unit in units(items) {
        let rule = unit.lead.title_id.and_then(|id| titles.get(&id));
        if !passes(&unit, rule, settings) {
            plan.silent.extend(unit.ids());
            continue;
        }
        let popup = compose(&unit);
        if is_stale(unit.lead, now_utc) {
            plan.away.push(AwayEntry {
                title_id: popup.title_id,
                summary: popup.summary,
                body: popup.body,
                created_at: unit.lead.created_at.clone(),
                items: popup.items,
            });
            continue;
        }
        if hold_until.is_some() {
            plan.held.extend(popup.items);
            continue;
        }
        shown.push(popup);
    }
    plan.silent.sort_unstable();
    plan.held.sort_unstable();
    if !plan.held.is_empty() {
        plan.retry_at = hold_until;
    }
    plan.show = if shown.len() > DIGEST_OVER {
        vec![digest(shown)]
    } else {
        shown
    };
    plan
}

/// Groups items into events: a status change takes the quote that says the
/// same (same title, same moment, the evidence inside the quote or the other
/// way round) and the release recorded with it.
fn units(items: &[OutboxItem]) -> Vec<Unit<'_>> {
    let mut taken = vec![false; items.len()];
    let mut units = Vec::new();
    for (i, lead) in items.iter().enumerate() {
        if taken[i] || ItemKind::of(lead) != ItemKind::Status {
            continue;
        }
        taken[i] = true;
        let mut unit = Unit {
            lead,
            kind: ItemKind::Status,
            quote: None,
            release: None,
        };
        let sentence = fold(payload_str(lead, "sentence").unwrap_or_default());
        for (j, other) in items.iter().enumerate() {
            if taken[j] || other.title_id != lead.title_id || other.created_at != lead.created_at {
                continue;
            }
            match ItemKind::of(other) {
                ItemKind::Release if unit.release.is_none() => {
                    unit.release = Some(other);
                    taken[j] = true;
                }
                ItemKind::Quote if unit.quote.is_none() && !sentence.trim().is_empty() => {
                    let text = fold(payload_str(other, "text").unwrap_or_default());
                    if !text.trim().is_empty()
                        && (text.contains(sentence.trim()) || sentence.contains(text.trim()))
                    {
                        unit.quote = Some(other);
                        taken[j] = true;
                    }
                }
                _ => {}
            }
        }
        units.push(unit);
    }
    for (i, item) in items.iter().enumerate() {
        if !taken[i] {
            units.push(Unit {
                lead: item,
                kind: ItemKind::of(item),
                quote: None,
                release: None,
            });
        }
    }
    units.sort_by_key(|u| u.lead.id);
    units
}

/// The user's rules: mute, threshold, the switch of the event's kind.
fn passes(unit: &Unit<'_>, rule: Option<&TitleRule>, settings: &AlertSettings) -> bool {
    // A title no longer on the watchlist: nobody wants to hear about it.
    let Some(rule) = rule else {
        return false;
    };
    if rule.muted {
        return false;
    }
    let switched_on = match unit.kind {
        ItemKind::Status => settings.status,
        ItemKind::Release => settings.release,
        ItemKind::Quote => settings.quotes,
    };
    if !switched_on {
        return false;
    }
    match rule.threshold {
        Threshold::Nothing => false,
        Threshold::Everything => true,
        Threshold::ConfirmedOrLater => {
            // A status change is judged by where it lands; a quote or a date
            // by where the title stands.
            let level = match unit.kind {
                ItemKind::Status => payload_str(unit.lead, "to")
                    .and_then(|s| s.parse::<Status>().ok())
                    .unwrap_or(rule.status),
                _ => rule.status,
            };
            level.is_ending() || level.rank() >= Status::Confirmed.rank()
        }
    }
}

fn is_stale(item: &OutboxItem, now: DateTime<Utc>) -> bool {
    DateTime::parse_from_rfc3339(&item.created_at)
        .map(|at| now - at.with_timezone(&Utc) > Duration::days(STALE_AFTER_DAYS))
        // An unreadable date is not a reason to lose the news.
        .unwrap_or(false)
}

/// Until when nothing pops up: the end of a pause and of quiet hours, whichever
/// is later, if either is on now.
fn hold_until(settings: &AlertSettings, now: DateTime<FixedOffset>) -> Option<DateTime<Utc>> {
    let now_utc = now.with_timezone(&Utc);
    let paused = settings.paused_until.filter(|until| *until > now_utc);
    let quiet = settings
        .quiet_hours
        .as_ref()
        .and_then(|q| quiet_end(q.start, q.end, now));
    match (paused, quiet) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

/// If `now` falls in the quiet hours `start..end` (local, wrapping past
/// midnight when start > end), the instant they end.
fn quiet_end(
    start: NaiveTime,
    end: NaiveTime,
    now: DateTime<FixedOffset>,
) -> Option<DateTime<Utc>> {
    let t = now.time();
    let inside = match start.cmp(&end) {
        std::cmp::Ordering::Less => t >= start && t < end,
        std::cmp::Ordering::Greater => t >= start || t < end,
        std::cmp::Ordering::Equal => false,
    };
    if !inside {
        return None;
    }
    let mut end_at = now.date_naive().and_time(end);
    if end_at <= now.naive_local() {
        end_at += Duration::days(1);
    }
    end_at
        .and_local_timezone(*now.offset())
        .single()
        .map(|at| at.with_timezone(&Utc))
}

/// Summary and body of one event. The summary is the store's ("Purple Hearts
/// 2: in talks"); the body says who said it and where when a quote carries
/// the news, else the evidence and its outlet.
fn compose(unit: &Unit<'_>) -> Popup {
    let lead = unit.lead;
    let mut body = match unit.kind {
        ItemKind::Status => match unit.quote {
            Some(quote) => quote_line(quote),
            None => evidence_line(lead),
        },
        ItemKind::Quote => quote_line(lead),
        ItemKind::Release => lead.body.clone(),
    };
    if let Some(release) = unit.release.and_then(|r| payload_str(r, "release")) {
        if !body.is_empty() {
            body.push('\n');
        }
        body.push_str(&format!("Release: {release}"));
    }
    Popup {
        summary: lead.summary.clone(),
        body,
        title_id: lead.title_id,
        items: unit.ids(),
    }
}

/// `Sofia Carson to Variety: "There are conversations."`
fn quote_line(item: &OutboxItem) -> String {
    let Some(text) = payload_str(item, "text") else {
        return item.body.clone();
    };
    let speaker = payload_str(item, "speaker").unwrap_or("Someone");
    let who = match payload_str(item, "outlet") {
        Some(outlet) => format!("{speaker} to {outlet}"),
        None => speaker.to_string(),
    };
    format!("{who}: \"{}\"", shorten(text, QUOTE_CHARS))
}

/// `Netflix has renewed Forever for a second season. (Variety)`
fn evidence_line(item: &OutboxItem) -> String {
    match payload_str(item, "sentence") {
        Some(sentence) => match payload_str(item, "outlet") {
            Some(outlet) => format!("{} ({outlet})", shorten(sentence, SENTENCE_CHARS)),
            None => shorten(sentence, SENTENCE_CHARS),
        },
        None => item.body.clone(),
    }
}

fn digest(popups: Vec<Popup>) -> Popup {
    let n = popups.len();
    let mut lines: Vec<String> = popups
        .iter()
        .take(MAX_DIGEST_LINES)
        .map(|p| p.summary.clone())
        .collect();
    if n > MAX_DIGEST_LINES {
        lines.push(format!("and {} more", n - MAX_DIGEST_LINES));
    }
    let first = popups.first().and_then(|p| p.title_id);
    let one_title = popups.iter().all(|p| p.title_id == first);
    let mut items: Vec<i64> = popups.into_iter().flat_map(|p| p.items).collect();
    items.sort_unstable();
    Popup {
        summary: format!("{n} changes on your watchlist"),
        body: lines.join("\n"),
        title_id: if one_title { first } else { None },
        items,
    }
}

fn payload_str<'a>(item: &'a OutboxItem, key: &str) -> Option<&'a str> {
    item.payload
        .get(key)
        .and_then(|v| v.as_str())
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// Shortens without cutting a word in half.
fn shorten(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map(|(a, _)| a).unwrap_or(&cut);
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
#[path = "plan_tests.rs"]
mod tests;
