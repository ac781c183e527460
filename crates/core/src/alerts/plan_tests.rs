//! The planning rules, one table row or test per rule, with an injected clock.
#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use super::*;
use crate::alerts::QuietHours;
use serde_json::json;

/// Local clock: 2025-06-10 at `hhmm`, two hours east of UTC.
fn at(hhmm: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(&format!("2025-06-10T{hhmm}:00+02:00")).unwrap()
}

const NOON: &str = "12:00";
/// When the test items were written (10:00 UTC = 12:00 local).
const CREATED: &str = "2025-06-10T10:00:00.000Z";

fn status(id: i64, title: i64, summary: &str, to: &str, sentence: &str) -> OutboxItem {
    OutboxItem {
        id,
        title_id: Some(title),
        kind: "status".into(),
        summary: summary.into(),
        body: format!("{sentence} (Variety)"),
        payload: json!({"to": to, "sentence": sentence, "outlet": "Variety", "url": "http://x/a"}),
        created_at: CREATED.into(),
        delivered_at: None,
    }
}

fn quote(id: i64, title: i64, speaker: &str, text: &str, outlet: Option<&str>) -> OutboxItem {
    OutboxItem {
        id,
        title_id: Some(title),
        kind: "quote".into(),
        summary: format!("Purple Hearts 2: {speaker} spoke"),
        body: format!("{speaker}: \u{201C}{text}\u{201D}"),
        payload: json!({"speaker": speaker, "text": text, "outlet": outlet, "url": "http://x/a"}),
        created_at: CREATED.into(),
        delivered_at: None,
    }
}

fn release(id: i64, title: i64, date: &str) -> OutboxItem {
    OutboxItem {
        id,
        title_id: Some(title),
        kind: "release".into(),
        summary: format!("Title {title}: out {date}"),
        body: format!("Release {date}"),
        payload: json!({"release": date}),
        created_at: CREATED.into(),
        delivered_at: None,
    }
}

fn aged(mut item: OutboxItem, created: &str) -> OutboxItem {
    item.created_at = created.into();
    item
}

fn rule(threshold: Threshold, status: Status) -> TitleRule {
    TitleRule {
        muted: false,
        threshold,
        status,
    }
}

fn everything(ids: &[i64]) -> HashMap<i64, TitleRule> {
    ids.iter()
        .map(|&id| (id, rule(Threshold::Everything, Status::InTalks)))
        .collect()
}

fn summaries(plan: &Plan) -> Vec<&str> {
    plan.show.iter().map(|p| p.summary.as_str()).collect()
}

const TALKS: &str = "There are conversations. That's all I'll say.";

#[test]
fn a_status_change_shows_its_quote_with_who_and_where() {
    let items = [
        status(1, 7, "Purple Hearts 2: in talks", "in_talks", TALKS),
        quote(2, 7, "Sofia Carson", TALKS, Some("Variety")),
    ];
    let plan = plan(
        &items,
        &everything(&[7]),
        &AlertSettings::default(),
        at(NOON),
    );
    assert_eq!(
        plan.show,
        vec![Popup {
            summary: "Purple Hearts 2: in talks".into(),
            body: "Sofia Carson to Variety: \"There are conversations. That's all I'll say.\""
                .into(),
            title_id: Some(7),
            items: vec![1, 2],
        }]
    );
    assert!(plan.silent.is_empty() && plan.held.is_empty() && plan.away.is_empty());
}

#[test]
fn without_a_matching_quote_the_body_is_the_evidence_and_outlet() {
    let items = [
        status(
            1,
            7,
            "Forever: confirmed",
            "confirmed",
            "Netflix has renewed Forever.",
        ),
        quote(2, 7, "Maya Rudolph", "I love this cast.", None),
    ];
    let plan = plan(
        &items,
        &everything(&[7]),
        &AlertSettings::default(),
        at(NOON),
    );
    assert_eq!(plan.show.len(), 1);
    assert_eq!(plan.show[0].body, "Netflix has renewed Forever. (Variety)");
    assert_eq!(plan.show[0].items, vec![1]);
    // Quotes are off by default: the unrelated quote is dropped silently.
    assert_eq!(plan.silent, vec![2]);
}

#[test]
fn a_quote_without_outlet_names_only_the_speaker() {
    let items = [
        status(1, 7, "X 2: rumored", "rumored", "I would love to."),
        quote(2, 7, "Ann Lee", "I would love to.", None),
    ];
    let plan = plan(
        &items,
        &everything(&[7]),
        &AlertSettings::default(),
        at(NOON),
    );
    assert_eq!(plan.show[0].body, "Ann Lee: \"I would love to.\"");
}

#[test]
fn long_bodies_are_shortened_on_a_word() {
    let long = "word ".repeat(80);
    let items = [status(1, 7, "X 2: rumored", "rumored", &long)];
    let plan = plan(
        &items,
        &everything(&[7]),
        &AlertSettings::default(),
        at(NOON),
    );
    let body = &plan.show[0].body;
    assert!(
        body.chars().count() <= SENTENCE_CHARS + " (Variety)".len() + 1,
        "{body}"
    );
    assert!(body.ends_with("word… (Variety)"), "{body}");
}

#[test]
fn a_release_written_with_the_status_is_one_notification() {
    let items = [
        status(
            1,
            7,
            "X 2: release date set",
            "release_date_set",
            "It opens May 1.",
        ),
        release(2, 7, "2026-05-01"),
    ];
    let plan = plan(
        &items,
        &everything(&[7]),
        &AlertSettings::default(),
        at(NOON),
    );
    assert_eq!(plan.show.len(), 1);
    assert_eq!(
        plan.show[0].body,
        "It opens May 1. (Variety)\nRelease: 2026-05-01"
    );
    assert_eq!(plan.show[0].items, vec![1, 2]);
}

#[test]
fn a_release_alone_is_shown_with_its_own_text() {
    let items = [release(3, 7, "2026-05")];
    let plan = plan(
        &items,
        &everything(&[7]),
        &AlertSettings::default(),
        at(NOON),
    );
    assert_eq!(summaries(&plan), ["Title 7: out 2026-05"]);
    assert_eq!(plan.show[0].body, "Release 2026-05");
}

/// Threshold and mute rules: (title rule, item, shown?).
#[test]
fn thresholds_and_mute() {
    let rumor = || status(1, 7, "X 2: rumored", "rumored", "might happen");
    let talks = || status(1, 7, "X 2: in talks", "in_talks", "in talks");
    let confirmed = || status(1, 7, "X 2: confirmed", "confirmed", "renewed");
    let production = || status(1, 7, "X 2: in production", "in_production", "filming");
    let cancelled = || status(1, 7, "X 2: cancelled", "cancelled", "cancelled");
    let denied = || status(1, 7, "X 2: denied", "denied", "no sequel");
    let muted = TitleRule {
        muted: true,
        threshold: Threshold::Everything,
        status: Status::InTalks,
    };
    let co = |s| rule(Threshold::ConfirmedOrLater, s);
    let cases: Vec<(&str, TitleRule, OutboxItem, bool)> = vec![
        (
            "everything: rumor",
            rule(Threshold::Everything, Status::Rumored),
            rumor(),
            true,
        ),
        ("muted: confirmed", muted, confirmed(), false),
        (
            "nothing: confirmed",
            rule(Threshold::Nothing, Status::Confirmed),
            confirmed(),
            false,
        ),
        ("confirmed+: rumor", co(Status::Rumored), rumor(), false),
        ("confirmed+: talks", co(Status::InTalks), talks(), false),
        (
            "confirmed+: confirmed",
            co(Status::Confirmed),
            confirmed(),
            true,
        ),
        (
            "confirmed+: production",
            co(Status::InProduction),
            production(),
            true,
        ),
        (
            "confirmed+: cancelled",
            co(Status::Cancelled),
            cancelled(),
            true,
        ),
        ("confirmed+: denied", co(Status::Denied), denied(), true),
        (
            "confirmed+: release of a rumor",
            co(Status::Rumored),
            release(1, 7, "2027"),
            false,
        ),
        (
            "confirmed+: release of a confirmed",
            co(Status::Confirmed),
            release(1, 7, "2027"),
            true,
        ),
    ];
    for (what, title, item, shown) in cases {
        let titles = HashMap::from([(7, title)]);
        let plan = plan(&[item], &titles, &AlertSettings::default(), at(NOON));
        assert_eq!(plan.show.len(), usize::from(shown), "{what}");
        assert_eq!(
            plan.silent.len(),
            usize::from(!shown),
            "{what}: marked silently"
        );
    }
}

#[test]
fn a_quote_folded_into_a_muted_status_is_silent_too() {
    let items = [
        status(1, 7, "Purple Hearts 2: in talks", "in_talks", TALKS),
        quote(2, 7, "Sofia Carson", TALKS, Some("Variety")),
    ];
    let titles = HashMap::from([(
        7,
        TitleRule {
            muted: true,
            threshold: Threshold::Everything,
            status: Status::InTalks,
        },
    )]);
    let plan = plan(&items, &titles, &AlertSettings::default(), at(NOON));
    assert!(plan.show.is_empty());
    assert_eq!(plan.silent, vec![1, 2]);
}

/// Switches per kind: (settings, items kinds shown).
#[test]
fn switches_per_kind() {
    let items = || {
        vec![
            status(1, 7, "A: confirmed", "confirmed", "renewed"),
            release(2, 8, "2026-05-01"),
            quote(3, 9, "Ann Lee", "We are back.", Some("People")),
        ]
    };
    let on = |status, release, quotes| AlertSettings {
        status,
        release,
        quotes,
        ..AlertSettings::default()
    };
    let cases: Vec<(AlertSettings, Vec<i64>)> = vec![
        (AlertSettings::default(), vec![1, 2]),
        (on(true, true, true), vec![1, 2, 3]),
        (on(false, true, false), vec![2]),
        (on(true, false, false), vec![1]),
        (on(false, false, true), vec![3]),
        (on(false, false, false), vec![]),
    ];
    for (settings, shown) in cases {
        let plan = plan(&items(), &everything(&[7, 8, 9]), &settings, at(NOON));
        let ids: Vec<i64> = plan.show.iter().flat_map(|p| p.items.clone()).collect();
        assert_eq!(ids, shown, "{settings:?}");
        assert_eq!(plan.silent.len() + ids.len(), 3, "every item decided");
    }
}

#[test]
fn a_quote_alone_says_who_and_where() {
    let settings = AlertSettings {
        quotes: true,
        ..AlertSettings::default()
    };
    let plan = plan(
        &[quote(3, 9, "Ann Lee", "We are back.", Some("People"))],
        &everything(&[9]),
        &settings,
        at(NOON),
    );
    assert_eq!(plan.show[0].summary, "Purple Hearts 2: Ann Lee spoke");
    assert_eq!(plan.show[0].body, "Ann Lee to People: \"We are back.\"");
}

#[test]
fn a_title_no_longer_on_the_watchlist_is_silent() {
    let plan = plan(
        &[status(1, 99, "Gone: confirmed", "confirmed", "renewed")],
        &everything(&[7]),
        &AlertSettings::default(),
        at(NOON),
    );
    assert!(plan.show.is_empty());
    assert_eq!(plan.silent, vec![1]);
}

#[test]
fn older_than_seven_days_goes_to_while_you_were_away() {
    let items = [
        aged(
            status(1, 7, "Old: confirmed", "confirmed", "renewed"),
            "2025-06-03T09:59:00Z",
        ),
        aged(
            status(2, 8, "Week: confirmed", "confirmed", "renewed"),
            "2025-06-03T10:01:00Z",
        ),
    ];
    let plan = plan(
        &items,
        &everything(&[7, 8]),
        &AlertSettings::default(),
        at(NOON),
    );
    // 7 days and 1 minute: away; 6 days 23 h 59 min: still news.
    assert_eq!(summaries(&plan), ["Week: confirmed"]);
    assert_eq!(plan.away.len(), 1);
    assert_eq!(plan.away[0].summary, "Old: confirmed");
    assert_eq!(plan.away[0].items, vec![1]);
    assert_eq!(plan.away[0].title_id, Some(7));
    assert_eq!(plan.away[0].created_at, "2025-06-03T09:59:00Z");
}

#[test]
fn a_stale_muted_change_is_not_listed_either() {
    let items = [aged(
        status(1, 7, "Old: confirmed", "confirmed", "renewed"),
        "2025-01-01T00:00:00Z",
    )];
    let titles = HashMap::from([(7, rule(Threshold::Nothing, Status::Confirmed))]);
    let plan = plan(&items, &titles, &AlertSettings::default(), at(NOON));
    assert!(plan.away.is_empty());
    assert_eq!(plan.silent, vec![1]);
}

/// Quiet hours: (start, end, local now, held until (UTC) or shown).
#[test]
fn quiet_hours_hold_until_they_end() {
    let hm = |s: &str| NaiveTime::parse_from_str(s, "%H:%M").unwrap();
    let utc = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
    let cases: Vec<(&str, &str, &str, Option<DateTime<Utc>>)> = vec![
        // Over midnight: 22:00-07:00.
        ("22:00", "07:00", "23:30", Some(utc("2025-06-11T05:00:00Z"))),
        ("22:00", "07:00", "03:00", Some(utc("2025-06-10T05:00:00Z"))),
        ("22:00", "07:00", "22:00", Some(utc("2025-06-11T05:00:00Z"))),
        ("22:00", "07:00", "07:00", None),
        ("22:00", "07:00", "12:00", None),
        ("22:00", "07:00", "21:59", None),
        // Within a day: 13:00-15:00.
        ("13:00", "15:00", "14:00", Some(utc("2025-06-10T13:00:00Z"))),
        ("13:00", "15:00", "15:00", None),
        ("13:00", "15:00", "12:59", None),
        // Start equal to end: no quiet hours.
        ("09:00", "09:00", "09:00", None),
    ];
    for (start, end, now, held_until) in cases {
        let settings = AlertSettings {
            quiet_hours: Some(QuietHours {
                start: hm(start),
                end: hm(end),
            }),
            ..AlertSettings::default()
        };
        let items = [status(1, 7, "X: confirmed", "confirmed", "renewed")];
        // Written a moment ago, whatever the test's clock says.
        let items = [aged(
            items[0].clone(),
            &at(now).with_timezone(&Utc).to_rfc3339(),
        )];
        let plan = plan(&items, &everything(&[7]), &settings, at(now));
        let what = format!("quiet {start}-{end} at {now}");
        match held_until {
            Some(until) => {
                assert!(plan.show.is_empty(), "{what}: nothing pops up");
                assert_eq!(plan.held, vec![1], "{what}: held, not lost");
                assert_eq!(plan.retry_at, Some(until), "{what}");
            }
            None => {
                assert_eq!(plan.show.len(), 1, "{what}: shown");
                assert!(plan.held.is_empty() && plan.retry_at.is_none(), "{what}");
            }
        }
    }
}

#[test]
fn held_changes_go_out_once_quiet_hours_end() {
    let settings = AlertSettings {
        quiet_hours: Some(QuietHours {
            start: NaiveTime::from_hms_opt(11, 0, 0).unwrap(),
            end: NaiveTime::from_hms_opt(13, 0, 0).unwrap(),
        }),
        ..AlertSettings::default()
    };
    let items = [status(1, 7, "X: confirmed", "confirmed", "renewed")];
    let during = plan(&items, &everything(&[7]), &settings, at(NOON));
    assert_eq!(during.held, vec![1]);
    let retry = during
        .retry_at
        .unwrap()
        .with_timezone(&FixedOffset::east_opt(7200).unwrap());
    let after = plan(&items, &everything(&[7]), &settings, retry);
    assert_eq!(summaries(&after), ["X: confirmed"]);
}

#[test]
fn a_pause_holds_until_it_ends_and_filtered_items_still_go_silently() {
    let until: DateTime<Utc> = "2025-06-11T10:00:00Z".parse().unwrap();
    let settings = AlertSettings {
        paused_until: Some(until),
        ..AlertSettings::default()
    };
    let items = [
        status(1, 7, "X: confirmed", "confirmed", "renewed"),
        status(2, 8, "Y: confirmed", "confirmed", "renewed"),
    ];
    let titles = HashMap::from([
        (7, rule(Threshold::Everything, Status::Confirmed)),
        (8, rule(Threshold::Nothing, Status::Confirmed)),
    ]);
    let plan_paused = plan(&items, &titles, &settings, at(NOON));
    assert!(plan_paused.show.is_empty());
    assert_eq!(plan_paused.held, vec![1]);
    assert_eq!(plan_paused.silent, vec![2]);
    assert_eq!(plan_paused.retry_at, Some(until));
    // A pause that ended is no pause.
    let later = DateTime::parse_from_rfc3339("2025-06-11T12:00:01+02:00").unwrap();
    let plan_after = plan(&items[..1], &titles, &settings, later);
    assert_eq!(plan_after.show.len(), 1);
}

#[test]
fn pause_and_quiet_hours_hold_until_the_later_end() {
    let settings = AlertSettings {
        paused_until: Some("2025-06-10T10:30:00Z".parse().unwrap()),
        quiet_hours: Some(QuietHours {
            start: NaiveTime::from_hms_opt(11, 0, 0).unwrap(),
            end: NaiveTime::from_hms_opt(14, 0, 0).unwrap(),
        }),
        ..AlertSettings::default()
    };
    let items = [status(1, 7, "X: confirmed", "confirmed", "renewed")];
    let plan = plan(&items, &everything(&[7]), &settings, at(NOON));
    assert_eq!(plan.retry_at, Some("2025-06-10T12:00:00Z".parse().unwrap()));
}

#[test]
fn stale_items_are_listed_even_in_quiet_hours() {
    let settings = AlertSettings {
        paused_until: Some("2030-01-01T00:00:00Z".parse().unwrap()),
        ..AlertSettings::default()
    };
    let items = [aged(
        status(1, 7, "Old: confirmed", "confirmed", "renewed"),
        "2025-01-01T00:00:00Z",
    )];
    let plan = plan(&items, &everything(&[7]), &settings, at(NOON));
    assert_eq!(plan.away.len(), 1);
    assert!(plan.held.is_empty() && plan.retry_at.is_none());
}

/// Digest: (number of changes at once, notifications shown).
#[test]
fn more_than_three_changes_make_one_digest() {
    for (n, expected) in [(1, 1), (3, 3), (4, 1), (12, 1)] {
        let items: Vec<OutboxItem> = (1..=n)
            .map(|i| {
                status(
                    i,
                    i,
                    &format!("Title {i}: confirmed"),
                    "confirmed",
                    "renewed",
                )
            })
            .collect();
        let ids: Vec<i64> = (1..=n).collect();
        let plan = plan(
            &items,
            &everything(&ids),
            &AlertSettings::default(),
            at(NOON),
        );
        assert_eq!(plan.show.len(), expected, "{n} changes");
        let told: Vec<i64> = plan.show.iter().flat_map(|p| p.items.clone()).collect();
        assert_eq!(told, ids, "{n} changes: every item is told");
    }
}

#[test]
fn the_digest_lists_the_changes_and_how_many_more() {
    let items: Vec<OutboxItem> = (1..=10)
        .map(|i| {
            status(
                i,
                i,
                &format!("Title {i}: confirmed"),
                "confirmed",
                "renewed",
            )
        })
        .collect();
    let ids: Vec<i64> = (1..=10).collect();
    let plan = plan(
        &items,
        &everything(&ids),
        &AlertSettings::default(),
        at(NOON),
    );
    let digest = &plan.show[0];
    assert_eq!(digest.summary, "10 changes on your watchlist");
    let lines: Vec<&str> = digest.body.lines().collect();
    assert_eq!(lines.len(), MAX_DIGEST_LINES + 1);
    assert_eq!(lines[0], "Title 1: confirmed");
    assert_eq!(lines[MAX_DIGEST_LINES], "and 2 more");
    assert_eq!(
        digest.title_id, None,
        "a digest of several titles opens the app"
    );
}

#[test]
fn the_digest_counts_events_not_rows() {
    // Three titles, each with a status change and its quote: three notifications.
    let mut items = Vec::new();
    for t in 1..=3 {
        items.push(status(
            t * 10,
            t,
            &format!("T{t}: in talks"),
            "in_talks",
            TALKS,
        ));
        items.push(quote(t * 10 + 1, t, "Sofia Carson", TALKS, Some("Variety")));
    }
    let plan = plan(
        &items,
        &everything(&[1, 2, 3]),
        &AlertSettings::default(),
        at(NOON),
    );
    assert_eq!(
        summaries(&plan),
        ["T1: in talks", "T2: in talks", "T3: in talks"]
    );
}

#[test]
fn filtered_changes_do_not_count_toward_the_digest() {
    let items: Vec<OutboxItem> = (1..=5)
        .map(|i| status(i, i, &format!("Title {i}: rumored"), "rumored", "maybe"))
        .collect();
    let mut titles = everything(&[1, 2, 3, 4, 5]);
    titles.insert(5, rule(Threshold::ConfirmedOrLater, Status::Rumored));
    titles.insert(4, rule(Threshold::ConfirmedOrLater, Status::Rumored));
    let plan = plan(&items, &titles, &AlertSettings::default(), at(NOON));
    assert_eq!(plan.show.len(), 3);
    assert_eq!(plan.silent, vec![4, 5]);
}

#[test]
fn an_unreadable_date_is_news_not_lost() {
    let items = [aged(
        status(1, 7, "X: confirmed", "confirmed", "renewed"),
        "yesterday",
    )];
    let plan = plan(
        &items,
        &everything(&[7]),
        &AlertSettings::default(),
        at(NOON),
    );
    assert_eq!(plan.show.len(), 1);
}

#[test]
fn no_items_no_plan() {
    assert_eq!(
        plan(&[], &HashMap::new(), &AlertSettings::default(), at(NOON)),
        Plan::default()
    );
}
