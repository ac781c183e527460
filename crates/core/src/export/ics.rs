//! Release dates as an iCalendar file (RFC 5545): one all-day event per title
//! whose next installment has a release date or window. A day gives a
//! one-day event; a month, a season or a year gives an event spanning it,
//! with the window as reported noted in the description.
//!
//! Written by hand: the subset we need (all-day VEVENTs, text escaping, line
//! folding) is a few dozen lines, smaller than a calendar crate's API.

use super::ExportError;
use crate::model::{SortBy, Title};
use crate::store::{ListQuery, Store};
use crate::text::name_key;
use chrono::NaiveDate;
use std::io::Write;

/// When an event starts and (exclusive, as DTEND of an all-day event) ends.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Span {
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// A specific day, not a window.
    pub exact: bool,
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Months `from..=to` of `year` (`to` may be 12).
fn months(year: i32, from: u32, to: u32) -> Option<Span> {
    let start = ymd(year, from, 1)?;
    let end = if to == 12 {
        ymd(year + 1, 1, 1)?
    } else {
        ymd(year, to + 1, 1)?
    };
    Some(Span {
        start,
        end,
        exact: false,
    })
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Reads a release as the store keeps it: "2026-03-15", "2026-03", "2026",
/// or a window as written ("summer 2026", "late 2026", "Q3 2026", "March 2026").
pub(crate) fn span(release: &str) -> Option<Span> {
    let r = release.trim();
    if let Ok(d) = NaiveDate::parse_from_str(r, "%Y-%m-%d") {
        return Some(Span {
            start: d,
            end: d.succ_opt()?,
            exact: true,
        });
    }
    if r.len() == 7 && r.as_bytes()[4] == b'-' {
        let (y, m) = (r[..4].parse().ok()?, r[5..].parse().ok()?);
        return months(y, m, m);
    }
    let words = name_key(r);
    let year: i32 = words
        .split(' ')
        .filter(|w| w.len() == 4)
        .find_map(|w| w.parse().ok().filter(|y| (1870..=2100).contains(y)))?;
    let has = |w: &str| words.split(' ').any(|x| x == w);
    // Full names and the usual abbreviations ("Mar", "Sept").
    let month = words.split(' ').find_map(|w| {
        MONTHS
            .iter()
            .position(|m| *m == w || (w.len() >= 3 && w.len() <= 4 && m.starts_with(w)))
    });
    if let Some(m) = month {
        let m = m as u32 + 1;
        return months(year, m, m);
    }
    let (from, to) = if has("spring") {
        (3, 5)
    } else if has("summer") {
        (6, 8)
    } else if has("fall") || has("autumn") {
        (9, 11)
    } else if has("winter") {
        (1, 2)
    } else if has("holiday") || has("holidays") || has("christmas") {
        (11, 12)
    } else if has("q1") {
        (1, 3)
    } else if has("q2") {
        (4, 6)
    } else if has("q3") {
        (7, 9)
    } else if has("q4") {
        (10, 12)
    } else if has("early") || has("first") {
        (1, 4)
    } else if has("mid") || has("middle") {
        (5, 8)
    } else if has("late") || has("end") || has("second") {
        (9, 12)
    } else {
        (1, 12)
    };
    months(year, from, to)
}

/// TEXT value escaping (RFC 5545 §3.3.11).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// One content line, folded at 75 octets without splitting a character (§3.1).
fn line(out: &mut dyn Write, text: &str) -> std::io::Result<()> {
    let mut width = 0;
    for c in text.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.write_all(b"\r\n ")?;
            width = 1;
        }
        let mut buf = [0u8; 4];
        out.write_all(c.encode_utf8(&mut buf).as_bytes())?;
        width += n;
    }
    out.write_all(b"\r\n")
}

/// An instant from the store as a UTC DATE-TIME: "20260115T120000Z".
fn stamp(iso: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(iso)
        .map(|d| {
            d.with_timezone(&chrono::Utc)
                .format("%Y%m%dT%H%M%SZ")
                .to_string()
        })
        .unwrap_or_else(|_| "19700101T000000Z".into())
}

fn event(out: &mut dyn Write, t: &Title, release: &str, s: &Span) -> std::io::Result<()> {
    let label = t.next.clone().unwrap_or_else(|| t.name.clone());
    let of = match t.year {
        Some(y) => format!("{} ({y})", t.name),
        None => t.name.clone(),
    };
    let summary = if s.exact {
        format!("{label} comes out")
    } else {
        format!("{label} expected ({release})")
    };
    let mut description = if s.exact {
        format!("Release date of {label}, the next installment of {of}.")
    } else {
        format!(
            "Release window as reported: {release}. No exact day announced yet; this event spans the window. Next installment of {of}."
        )
    };
    description.push_str(&format!(" Status: {}.", t.status.label()));
    let uid_base = name_key(&t.name).replace(' ', "-");
    let uid = match t.year {
        Some(y) => format!("{uid_base}-{y}-release@sequel-radar"),
        None => format!("{uid_base}-release@sequel-radar"),
    };
    let when = t.status_changed_at.as_deref().unwrap_or(&t.added_at);
    line(out, "BEGIN:VEVENT")?;
    line(out, &format!("UID:{}", escape(&uid)))?;
    line(out, &format!("DTSTAMP:{}", stamp(when)))?;
    line(
        out,
        &format!("DTSTART;VALUE=DATE:{}", s.start.format("%Y%m%d")),
    )?;
    line(out, &format!("DTEND;VALUE=DATE:{}", s.end.format("%Y%m%d")))?;
    line(out, &format!("SUMMARY:{}", escape(&summary)))?;
    line(out, &format!("DESCRIPTION:{}", escape(&description)))?;
    line(out, "TRANSP:TRANSPARENT")?;
    line(out, "END:VEVENT")
}

pub(super) fn write(store: &Store, out: &mut dyn Write) -> Result<(), ExportError> {
    let page = store.list_titles(&ListQuery {
        sort: SortBy::Name,
        ..ListQuery::default()
    })?;
    line(out, "BEGIN:VCALENDAR")?;
    line(out, "VERSION:2.0")?;
    line(
        out,
        &format!(
            "PRODID:-//Sequel Radar//Sequel Radar {}//EN",
            env!("CARGO_PKG_VERSION")
        ),
    )?;
    line(out, "CALSCALE:GREGORIAN")?;
    line(out, "METHOD:PUBLISH")?;
    line(out, "X-WR-CALNAME:Sequel Radar releases")?;
    let mut events: Vec<(&Title, &str, Span)> = page
        .rows
        .iter()
        .filter(|t| !t.status.is_ending())
        .filter_map(|t| {
            let r = t.release.as_deref()?;
            Some((t, r, span(r)?))
        })
        .collect();
    events.sort_by(|a, b| a.2.start.cmp(&b.2.start).then(a.0.name.cmp(&b.0.name)));
    for (t, r, s) in &events {
        event(out, t, r, s)?;
    }
    line(out, "END:VCALENDAR")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    #[test]
    fn releases_become_spans() {
        assert_eq!(
            span("2026-03-15"),
            Some(Span {
                start: d(2026, 3, 15),
                end: d(2026, 3, 16),
                exact: true
            })
        );
        assert_eq!(
            span("2026-12"),
            Some(Span {
                start: d(2026, 12, 1),
                end: d(2027, 1, 1),
                exact: false
            })
        );
        assert_eq!(
            span("2027").map(|s| (s.start, s.end)),
            Some((d(2027, 1, 1), d(2028, 1, 1)))
        );
        assert_eq!(
            span("summer 2026").map(|s| (s.start, s.end)),
            Some((d(2026, 6, 1), d(2026, 9, 1)))
        );
        assert_eq!(
            span("late 2026").map(|s| (s.start, s.end)),
            Some((d(2026, 9, 1), d(2027, 1, 1)))
        );
        assert_eq!(
            span("March 2027").map(|s| (s.start, s.end)),
            Some((d(2027, 3, 1), d(2027, 4, 1)))
        );
        assert_eq!(span("someday"), None);
    }

    #[test]
    fn long_lines_fold_and_text_escapes() {
        let mut out = Vec::new();
        line(
            &mut out,
            &format!("DESCRIPTION:{}", escape(&"é, x; y\n".repeat(20))),
        )
        .expect("write to memory");
        let text = String::from_utf8(out).expect("write to memory");
        assert!(text.lines().all(|l| l.len() <= 75));
        assert!(text.contains("\\,") && text.contains("\\;") && text.contains("\\n"));
    }
}
