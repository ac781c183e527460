//! The derived status of a title's next installment, from all its evidence.
//! A pure function, so every rule is a row in a table test.
//!
//! Rules (DESIGN.md): evidence is read oldest first; a stronger claim lifts
//! the status; a weaker *report* never lowers an official claim, while newer
//! official evidence corrects an earlier report; a cancellation or denial ends
//! the ladder until newer evidence revives it (official evidence of any step,
//! or a report of at least "confirmed"). The release keeps the most specific
//! value, and a newer value of the same precision replaces an older one
//! (a date moved); a newer year that contradicts it (a delay) wins too.

use crate::model::Status;

/// One piece of evidence as the derivation sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceFact {
    pub status: Status,
    pub official: bool,
    /// ISO date or instant of publication; `None` sorts as oldest.
    pub published: Option<String>,
    pub release: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Derived {
    pub status: Status,
    pub release: Option<String>,
    /// Index into the input of the evidence that set `status`.
    pub cause: Option<usize>,
}

/// How precise a release is: day 3, month 2, year 1, a window as written 0.
pub fn release_precision(release: &str) -> u8 {
    let r = release.trim();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = r.split('-').collect();
    match parts.as_slice() {
        [y, m, d] if digits(y) && y.len() == 4 && digits(m) && digits(d) => 3,
        [y, m] if digits(y) && y.len() == 4 && digits(m) => 2,
        [y] if digits(y) && y.len() == 4 => 1,
        _ => 0,
    }
}

fn release_year(release: &str) -> Option<&str> {
    let r = release.trim();
    r.get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
        .or_else(|| {
            r.split_whitespace()
                .find(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// Whether a vaguer `wide` release agrees with a precise `narrow` one:
/// "2027" and "2027-03" agree with "2027-03-14"; "2027-04" does not (the
/// date moved). Windows as written ("summer 2026") are compared by year.
fn consistent(wide: &str, narrow: &str) -> bool {
    let (wide, narrow) = (wide.trim(), narrow.trim());
    if release_precision(wide) > 0 && release_precision(narrow) > 0 {
        narrow.starts_with(wide)
    } else {
        release_year(wide) == release_year(narrow)
    }
}

pub fn derive(evidence: &[EvidenceFact]) -> Derived {
    let mut order: Vec<usize> = (0..evidence.len()).collect();
    // Stable: same-day evidence keeps the order it was recorded in.
    order.sort_by(|a, b| evidence[*a].published.cmp(&evidence[*b].published));

    let mut out = Derived::default();
    let mut official_now = false;
    for i in order {
        let fact = &evidence[i];
        if let Some(release) = fact.release.as_deref().filter(|r| !r.trim().is_empty()) {
            let take = match out.release.as_deref() {
                None => true,
                Some(current) => {
                    release_precision(release) >= release_precision(current)
                        || !consistent(release, current)
                }
            };
            if take {
                out.release = Some(release.trim().to_string());
            }
        }
        if fact.status == Status::Unknown {
            continue;
        }
        let take = if fact.status.is_ending() {
            true
        } else if out.status.is_ending() {
            fact.official || fact.status >= Status::Confirmed
        } else if fact.status > out.status {
            true
        } else {
            // Lower or equal: only newer official evidence corrects a report.
            fact.official && !official_now && fact.status != out.status
        };
        if take {
            out.status = fact.status;
            out.cause = Some(i);
            official_now = fact.official;
            // A cancelled or denied installment comes out on no date:
            // "Season 3 expected early next year" before Fox decided not to
            // renew it is no release to show or to notify, nor after a
            // revival that gives none.
            if fact.status.is_ending() {
                out.release = None;
            }
        } else if fact.status == out.status && fact.official {
            official_now = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use Status::*;

    fn f(status: Status, official: bool, date: &str) -> EvidenceFact {
        EvidenceFact {
            status,
            official,
            published: Some(date.into()),
            release: None,
        }
    }
    fn r(date: &str, release: &str) -> EvidenceFact {
        EvidenceFact {
            status: Unknown,
            official: false,
            published: Some(date.into()),
            release: Some(release.into()),
        }
    }

    #[test]
    fn status_table() {
        let table: Vec<(&str, Vec<EvidenceFact>, Status)> = vec![
            ("no evidence", vec![], Unknown),
            (
                "unknown only",
                vec![f(Unknown, true, "2024-01-01")],
                Unknown,
            ),
            ("a rumor", vec![f(Rumored, false, "2024-01-01")], Rumored),
            (
                "climbs",
                vec![
                    f(Rumored, false, "2024-01-01"),
                    f(InTalks, true, "2024-02-01"),
                ],
                InTalks,
            ),
            (
                "order is by date, not input",
                vec![
                    f(Confirmed, true, "2024-03-01"),
                    f(Rumored, false, "2024-01-01"),
                ],
                Confirmed,
            ),
            (
                "newer rumor never downgrades official",
                vec![
                    f(Confirmed, true, "2024-01-01"),
                    f(Rumored, false, "2024-06-01"),
                ],
                Confirmed,
            ),
            (
                "newer official star hope does not downgrade official",
                vec![
                    f(InProduction, true, "2024-01-01"),
                    f(Rumored, true, "2024-06-01"),
                ],
                InProduction,
            ),
            (
                "newer official corrects a report",
                vec![
                    f(Confirmed, false, "2024-01-01"),
                    f(InTalks, true, "2024-02-01"),
                ],
                InTalks,
            ),
            (
                "official cancellation ends the ladder",
                vec![
                    f(Confirmed, true, "2024-01-01"),
                    f(Cancelled, true, "2024-02-01"),
                ],
                Cancelled,
            ),
            (
                "a rumor does not revive a cancellation",
                vec![
                    f(Cancelled, true, "2024-01-01"),
                    f(Rumored, false, "2024-05-01"),
                ],
                Cancelled,
            ),
            (
                "newer official evidence revives",
                vec![
                    f(Cancelled, true, "2024-01-01"),
                    f(Confirmed, true, "2024-05-01"),
                ],
                Confirmed,
            ),
            (
                "a reported renewal elsewhere revives",
                vec![
                    f(Cancelled, true, "2024-01-01"),
                    f(Confirmed, false, "2024-05-01"),
                ],
                Confirmed,
            ),
            (
                "older cancellation then newer denial",
                vec![
                    f(Cancelled, false, "2024-01-01"),
                    f(Denied, true, "2024-02-01"),
                ],
                Denied,
            ),
            (
                "denial then release",
                vec![
                    f(Denied, true, "2020-01-01"),
                    f(Released, true, "2024-02-01"),
                ],
                Released,
            ),
            (
                "a cancellation report loses to a newer official confirmation",
                vec![
                    f(Cancelled, false, "2024-01-01"),
                    f(Confirmed, true, "2024-03-01"),
                ],
                Confirmed,
            ),
            // Extraction calls "Netflix has cancelled X" a report (no quote, no
            // "officially"); a cancellation after a renewal is real news, so it
            // ends the ladder even over an official claim.
            (
                "a newer cancellation ends an official renewal",
                vec![
                    f(Confirmed, true, "2024-01-01"),
                    f(Cancelled, false, "2024-09-01"),
                ],
                Cancelled,
            ),
            (
                "a report below the ending does not revive it",
                vec![
                    f(Denied, true, "2024-01-01"),
                    f(InTalks, false, "2024-05-01"),
                ],
                Denied,
            ),
            (
                "same-day evidence keeps its recorded order",
                vec![
                    f(Rumored, false, "2024-01-01"),
                    f(Cancelled, true, "2024-01-01"),
                ],
                Cancelled,
            ),
            (
                "undated evidence counts as oldest",
                vec![
                    EvidenceFact {
                        status: Cancelled,
                        official: true,
                        published: None,
                        release: None,
                    },
                    f(InTalks, true, "2024-02-01"),
                ],
                InTalks,
            ),
        ];
        for (name, facts, want) in table {
            assert_eq!(derive(&facts).status, want, "{name}");
        }
    }

    #[test]
    fn release_narrows_and_moves() {
        let cases: Vec<(Vec<EvidenceFact>, Option<&str>)> = vec![
            (vec![r("2024-01-01", "2027")], Some("2027")),
            (
                vec![r("2024-01-01", "2027"), r("2024-02-01", "2027-03")],
                Some("2027-03"),
            ),
            (
                vec![r("2024-01-01", "2027-03-14"), r("2024-02-01", "2027")],
                Some("2027-03-14"),
            ),
            (
                vec![r("2024-01-01", "2027-03-14"), r("2024-02-01", "2027-05-02")],
                Some("2027-05-02"),
            ),
            (
                vec![r("2024-01-01", "2027-03-14"), r("2024-02-01", "2028")],
                Some("2028"),
            ),
            (
                vec![r("2024-01-01", "2026-07"), r("2024-02-01", "summer 2026")],
                Some("2026-07"),
            ),
        ];
        for (facts, want) in cases {
            assert_eq!(derive(&facts).release.as_deref(), want, "{facts:?}");
        }
    }

    #[test]
    fn an_ended_installment_has_no_release() {
        // Wayward Pines (corpus 045 then 044): a third season "expected to
        // premiere early next year", then not renewed; revived later, the
        // newer date counts again.
        let mut facts = vec![r("2016-07-01", "2017"), f(Cancelled, true, "2016-08-01")];
        assert_eq!(derive(&facts).release, None);
        facts.push(EvidenceFact {
            status: Confirmed,
            official: true,
            published: Some("2018-01-01".into()),
            release: Some("2019".into()),
        });
        assert_eq!(derive(&facts).release.as_deref(), Some("2019"));
        // A revival with no date of its own brings back no old date.
        facts.pop();
        facts.push(EvidenceFact {
            status: Confirmed,
            official: true,
            published: Some("2018-01-01".into()),
            release: None,
        });
        assert_eq!(derive(&facts).release, None);
    }

    #[test]
    fn cause_points_at_the_deciding_evidence() {
        let facts = vec![
            f(Rumored, false, "2024-01-01"),
            f(Confirmed, true, "2024-02-01"),
        ];
        assert_eq!(derive(&facts).cause, Some(1));
    }
}
