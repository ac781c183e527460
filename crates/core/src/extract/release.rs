//! Release dates and windows in a sentence: "December 13, 2019" (a day),
//! "March 2026" (a month), "summer 2026" (a window as written), "2027" (a
//! year). A day or a month with its year is specific enough for
//! release_date_set; a window or a bare year is not.

use chrono::{Datelike, NaiveDate};

/// A date or window found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Release {
    /// "YYYY-MM-DD", "YYYY-MM", "YYYY" or the window as written.
    pub value: String,
    /// A day, or a month with its year.
    pub specific: bool,
    /// Key byte offset where it starts (to pick the one nearest a cue).
    pub at: usize,
}

impl Release {
    /// A whole date found at key offset `at`.
    fn day(date: NaiveDate, at: usize) -> Release {
        Release {
            value: date.to_string(),
            specific: true,
            at,
        }
    }
}

pub(crate) fn month(w: &str) -> Option<u32> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

fn year(w: &str) -> Option<i32> {
    if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = w.parse().ok()?;
        if (1900..=2100).contains(&y) {
            return Some(y);
        }
    }
    None
}

fn day(w: &str) -> Option<u32> {
    // Not a numeral: decided without walking the word (speed only).
    if !w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

const WINDOWS: &[&str] = &[
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "early",
    "late",
    "mid",
    "holiday",
    "christmas",
];

/// A day and month written without a year, either way round; `after`: the
/// two words after them. As written when there is no publication date, else
/// the next such day on or after publication, unless the text names the
/// year ("September 19th next year"). With how many of `after` it used.
fn yearless(
    m: u32,
    d: u32,
    after: (&str, &str),
    published: Option<NaiveDate>,
    written: impl FnOnce() -> String,
) -> Option<(String, usize)> {
    let Some(p) = published else {
        return Some((written(), 0));
    };
    let (y, used) = match after {
        ("next", "year") => (p.year() + 1, 2),
        ("this", "year") => (p.year(), 2),
        _ if m < p.month() => (p.year() + 1, 0),
        _ => (p.year(), 0),
    };
    NaiveDate::from_ymd_opt(y, m, d).map(|date| (date.to_string(), used))
}

/// A date written with slashes, "12/22/21" or "22/12/2021": the month first
/// as American outlets write it, unless the first number cannot be a month.
/// (The key has the numbers only; `written` tells whether slashes joined
/// them.)
fn slashed(
    a: &str,
    b: &str,
    c: &str,
    published: Option<NaiveDate>,
    written: impl Fn() -> String,
) -> Option<NaiveDate> {
    let num = |w: &str| -> Option<u32> {
        (!w.is_empty() && w.len() <= 2 && w.bytes().all(|x| x.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
    };
    let (x, y) = (num(a)?, num(b)?);
    let year = match c.len() {
        // Two digits: the century nearest the article's date ("12/22/99"
        // read in 2000 is 1999), else this one.
        2 if c.bytes().all(|x| x.is_ascii_digit()) => {
            let yy = c.parse::<i32>().ok()?;
            let around = published.map_or(2000, |p| p.year());
            [1900, 2000, 2100]
                .iter()
                .map(|century| century + yy)
                .min_by_key(|y| (y - around).abs())?
        }
        4 => year(c)?,
        _ => return None,
    };
    if written() != format!("{a}/{b}/{c}") {
        return None;
    }
    let (m, d) = if x > 12 { (y, x) } else { (x, y) };
    NaiveDate::from_ymd_opt(year, m, d)
}

/// Every date or window in `key` (a folded sentence), in order. `orig` and the
/// offset map let windows be returned as written.
pub fn find(
    key: &str,
    published: Option<NaiveDate>,
    as_written: impl Fn(usize, usize) -> String,
) -> Vec<Release> {
    // The words and their offsets in one pass over the bytes (speed only).
    let mut words: Vec<(usize, &str)> = Vec::with_capacity(key.len() / 4 + 1);
    let mut from = 0;
    for (i, b) in key.bytes().enumerate().chain([(key.len(), b' ')]) {
        if b == b' ' {
            if i > from && &key[from..i] != "|" {
                words.push((from, &key[from..i]));
            }
            from = i + 1;
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let (at, w) = words[i];
        let next = words.get(i + 1).map(|x| x.1).unwrap_or("");
        let next2 = words.get(i + 2).map(|x| x.1).unwrap_or("");
        if let Some(m) = month(w) {
            // "may" is also a verb: only with a day or year right after.
            if let (Some(d), Some(y)) = (day(next), year(next2)) {
                if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                    out.push(Release::day(date, at));
                    i += 3;
                    continue;
                }
            }
            if let Some(y) = year(next) {
                out.push(Release {
                    value: format!("{y:04}-{m:02}"),
                    specific: true,
                    at,
                });
                i += 2;
                continue;
            }
            if let Some(d) = day(next).filter(|_| year(next2).is_none()) {
                let next3 = words.get(i + 3).map(|x| x.1).unwrap_or("");
                let written = || as_written(at, words[i + 1].0 + next.len());
                if let Some((value, used)) = yearless(m, d, (next2, next3), published, written) {
                    out.push(Release {
                        value,
                        specific: true,
                        at,
                    });
                    i += 2 + used;
                    continue;
                }
            }
        } else if let Some(date) = slashed(w, next, next2, published, || {
            as_written(at, words.get(i + 2).map_or(at, |x| x.0 + x.1.len()))
        }) {
            out.push(Release::day(date, at));
            i += 3;
            continue;
        } else if let Some(d) = day(w) {
            if let (Some(m), Some(y)) = (month(next), year(next2)) {
                if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                    out.push(Release::day(date, at));
                    i += 3;
                    continue;
                }
            }
            // A day before its month and no year, as British and Irish
            // outlets write it: "the series will return on 13 November".
            // ("Season 3 may be" is the verb.)
            if let Some(m) = month(next).filter(|_| next != "may" && year(next2).is_none()) {
                let next3 = words.get(i + 3).map(|x| x.1).unwrap_or("");
                let written = || as_written(at, words[i + 1].0 + next.len());
                if let Some((value, used)) = yearless(m, d, (next2, next3), published, written) {
                    out.push(Release {
                        value,
                        specific: true,
                        at,
                    });
                    i += 2 + used;
                    continue;
                }
            }
        } else if WINDOWS.contains(&w) {
            let (span_end, y) = if year(next).is_some() {
                (i + 1, year(next))
            } else if WINDOWS.contains(&next) && year(next2).is_some() {
                (i + 2, year(next2))
            } else {
                (i, None)
            };
            if y.is_some() {
                let (end_at, end_w) = words[span_end];
                out.push(Release {
                    value: as_written(at, end_at + end_w.len()),
                    specific: false,
                    at,
                });
                i = span_end + 1;
                continue;
            }
        } else if let Some(y) = year(w) {
            let prev = if i > 0 { words[i - 1].1 } else { "" };
            // A bare year only after a preposition: "in 2026", not "2026's".
            if matches!(
                prev,
                "in" | "for" | "until" | "by" | "of" | "around" | "during"
            ) {
                out.push(Release {
                    value: format!("{y:04}"),
                    specific: false,
                    at,
                });
            }
        } else if w == "next" && next == "year" {
            if let Some(p) = published {
                out.push(Release {
                    value: format!("{:04}", p.year() + 1),
                    specific: false,
                    at,
                });
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::fold::{Clauses, Folded};

    fn dates(s: &str, published: Option<NaiveDate>) -> Vec<(String, bool)> {
        let f = Folded::new(s, Clauses::Drop);
        find(&f.key, published, |a, b| {
            let (x, y) = f.orig_range(a, b);
            s[x..y].to_string()
        })
        .into_iter()
        .map(|r| (r.value, r.specific))
        .collect()
    }

    #[test]
    fn days_months_windows_and_years() {
        // From crates/core/tests/corpus/019-jumanji-2-release-date.txt.
        assert_eq!(
            dates(
                "Jumanji 2 is scheduled to hit theaters on December 13, 2019.",
                None
            ),
            vec![("2019-12-13".to_string(), true)]
        );
        // From crates/core/tests/corpus/022-zombieland-2-release-date.txt.
        assert_eq!(
            dates("the film’s highly anticipated sequel will hit theaters almost a decade after the first film’s release, on Oct. 11, 2019.", None),
            vec![("2019-10-11".to_string(), true)]
        );
        assert_eq!(
            dates("It arrives in summer 2026.", None),
            vec![("summer 2026".to_string(), false)]
        );
        assert_eq!(
            dates("The sequel is due in 2027.", None),
            vec![("2027".to_string(), false)]
        );
        assert_eq!(dates("It may be good.", None), vec![]);
    }

    #[test]
    fn a_day_before_its_month_needs_no_year() {
        // 335-bad-sisters-s2-november-13.txt: the British order, no year.
        let s = "After a hit first season, the series will return on 13 November with two episodes, followed by one episode every Wednesday until Christmas Day.";
        assert_eq!(dates(s, None), vec![("13 November".to_string(), true)]);
        let published = NaiveDate::from_ymd_opt(2024, 10, 1);
        assert_eq!(dates(s, published), vec![("2024-11-13".to_string(), true)]);
        // "Season 3 may be ..." is the verb, not the fifth month.
        assert_eq!(dates("Season 3 may be the last.", None), vec![]);
    }

    #[test]
    fn a_day_next_year_is_in_the_year_after_publication() {
        // From crates/core/tests/corpus/137-dolphin-tale-2-sequel-watch.txt.
        let p = NaiveDate::from_ymd_opt(2013, 6, 20);
        assert_eq!(
            dates(
                "Dolphin Tale 2 has been confirmed for September 19th next year.",
                p
            ),
            vec![("2014-09-19".to_string(), true)]
        );
        assert_eq!(
            dates("It opens September 19th.", p),
            vec![("2013-09-19".to_string(), true)]
        );
    }
}
