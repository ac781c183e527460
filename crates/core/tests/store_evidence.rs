//! What articles teach the store about a title: evidence, quotes, derived
//! status, history and outbox, on a real SQLite file in a temp dir.

use sequel_radar_core::model::{NewTitle, SortBy, Status};
use sequel_radar_core::store::{
    ListQuery, NewArticle, NewEvidence, NewQuote, RecordOutcome, Store, StoreError,
};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path()).expect("open store");
    (dir, store)
}

fn add(s: &mut Store, name: &str) -> i64 {
    s.add_title(NewTitle {
        name: name.into(),
        year: Some(2022),
        ..NewTitle::default()
    })
    .expect("add")
    .id
}

fn article(url: &str, hash: &str, published: &str) -> NewArticle {
    NewArticle {
        url: url.into(),
        content_hash: Some(hash.into()),
        outlet: Some("Variety".into()),
        headline: Some("headline".into()),
        published: Some(published.into()),
        ..NewArticle::default()
    }
}

fn claim(status: Status, official: bool, sentence: &str) -> NewEvidence {
    NewEvidence {
        status,
        sentence: sentence.into(),
        official,
        next: Some("Purple Hearts 2".into()),
        release: None,
    }
}

fn quote(speaker: &str, text: &str) -> NewQuote {
    NewQuote {
        speaker: speaker.into(),
        role: Some("star".into()),
        text: text.into(),
        outlet: Some("Variety".into()),
    }
}

fn record(
    s: &mut Store,
    id: i64,
    a: &NewArticle,
    e: &[NewEvidence],
    q: &[NewQuote],
) -> RecordOutcome {
    s.record_article(id, a, e, q, "2025-01-01T00:00:00.000Z")
        .expect("record")
}

/// Counts rows behind the store's back, to prove nothing extra was written.
fn count(s: &Store, table: &str) -> i64 {
    let conn = rusqlite::Connection::open(s.path()).expect("second connection");
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .expect("count")
}

#[test]
fn an_article_sets_status_history_and_outbox_once() {
    let (_dir, mut s) = store();
    let id = add(&mut s, "Purple Hearts");
    let a = article("https://variety.example/ph2", "h1", "2024-12-24");
    let said = "There are conversations. That's all I'll say.";
    let out = record(
        &mut s,
        id,
        &a,
        &[claim(Status::InTalks, true, said)],
        &[quote("Sofia Carson", said)],
    );
    assert!(out.added);
    assert_eq!(out.changes.len(), 1);
    let c = &out.changes[0];
    assert_eq!(
        (c.title.as_str(), c.from, c.to, c.url.as_deref()),
        (
            "Purple Hearts",
            Status::Unknown,
            Status::InTalks,
            Some(a.url.as_str())
        )
    );

    let t = s.get_title(id).expect("title");
    assert_eq!(t.status, Status::InTalks);
    assert_eq!(t.next.as_deref(), Some("Purple Hearts 2"));
    assert_eq!(t.latest_news_at.as_deref(), Some("2024-12-24"));
    assert!(t.unseen, "a change the user has not seen is flagged");
    s.mark_seen(id).expect("seen");
    assert!(!s.get_title(id).expect("title").unseen);

    let pending = s.pending_outbox().expect("outbox");
    let kinds: Vec<&str> = pending.iter().map(|o| o.kind.as_str()).collect();
    assert_eq!(kinds, vec!["status", "quote"]);
    assert_eq!(pending[0].summary, "Purple Hearts 2: in talks");
    assert!(pending[0].body.contains("There are conversations"));
    assert_eq!(pending[0].payload["to"], "in_talks");
    assert!(
        pending[1].body.starts_with("Sofia Carson to Variety:"),
        "{}",
        pending[1].body
    );

    // The same URL again, and the same text under another URL: nothing new.
    let again = record(
        &mut s,
        id,
        &a,
        &[claim(Status::Confirmed, true, "x")],
        &[quote("Sofia Carson", "new words")],
    );
    assert!(!again.added && again.changes.is_empty());
    let copy = article("https://people.example/syndicated", "h1", "2024-12-25");
    let again = record(
        &mut s,
        id,
        &copy,
        &[claim(Status::Confirmed, true, "x")],
        &[],
    );
    assert!(!again.added && again.changes.is_empty());
    assert_eq!(count(&s, "evidence"), 1);
    assert_eq!(count(&s, "quotes"), 1);
    assert_eq!(count(&s, "status_history"), 1);
    assert_eq!(s.pending_outbox().expect("outbox").len(), 2);
    assert_eq!(s.get_title(id).expect("title").status, Status::InTalks);
}

#[test]
fn the_same_quote_in_two_articles_is_kept_once() {
    let (_dir, mut s) = store();
    let id = add(&mut s, "Purple Hearts");
    let q = quote("Sofia Carson", "There are conversations.");
    record(
        &mut s,
        id,
        &article("https://a.example/1", "a", "2024-12-24"),
        &[],
        std::slice::from_ref(&q),
    );
    let out = record(
        &mut s,
        id,
        &article("https://b.example/2", "b", "2024-12-26"),
        &[],
        &[q],
    );
    assert!(
        out.added,
        "a new article is recorded even when its quote is known"
    );
    let detail = s.title_detail(id).expect("detail");
    assert_eq!(detail.quotes.len(), 1);
    assert_eq!(detail.quotes[0].url.as_deref(), Some("https://a.example/1"));
    let quote_items = s
        .pending_outbox()
        .expect("outbox")
        .into_iter()
        .filter(|o| o.kind == "quote")
        .count();
    assert_eq!(quote_items, 1, "a known quote is not told twice");
}

#[test]
fn the_ladder_follows_dated_evidence() {
    let (_dir, mut s) = store();
    let id = add(&mut s, "Wayward Pines");
    let steps: Vec<(&str, &str, Status, bool, Option<Status>)> = vec![
        // url, published, claim, official, expected new status (None = no change)
        (
            "https://o.example/1",
            "2024-01-01",
            Status::Rumored,
            false,
            Some(Status::Rumored),
        ),
        (
            "https://o.example/2",
            "2024-02-01",
            Status::Confirmed,
            true,
            Some(Status::Confirmed),
        ),
        // A later rumor never downgrades the official renewal.
        (
            "https://o.example/3",
            "2024-03-01",
            Status::Rumored,
            false,
            None,
        ),
        (
            "https://o.example/4",
            "2024-04-01",
            Status::Cancelled,
            true,
            Some(Status::Cancelled),
        ),
        // A hopeful report does not revive a cancellation.
        (
            "https://o.example/5",
            "2024-05-01",
            Status::InTalks,
            false,
            None,
        ),
        (
            "https://o.example/6",
            "2024-06-01",
            Status::Confirmed,
            true,
            Some(Status::Confirmed),
        ),
    ];
    for (url, published, status, official, want) in &steps {
        let out = record(
            &mut s,
            id,
            &article(url, url, published),
            &[claim(*status, *official, &format!("{status} says {url}"))],
            &[],
        );
        assert_eq!(out.changes.first().map(|c| c.to), *want, "after {url}");
    }
    let detail = s.title_detail(id).expect("detail");
    let history: Vec<(Status, Option<&str>)> = detail
        .history
        .iter()
        .map(|h| (h.status, h.url.as_deref()))
        .collect();
    assert_eq!(
        history,
        vec![
            (Status::Rumored, Some("https://o.example/1")),
            (Status::Confirmed, Some("https://o.example/2")),
            (Status::Cancelled, Some("https://o.example/4")),
            (Status::Confirmed, Some("https://o.example/6")),
        ]
    );
    assert_eq!(detail.evidence.len(), 6);
    assert_eq!(
        detail.evidence[0].published.as_deref(),
        Some("2024-06-01"),
        "evidence is newest first"
    );
    assert!(detail.evidence[0].official);
    assert_eq!(detail.evidence[0].outlet.as_deref(), Some("Variety"));
}

#[test]
fn an_older_article_read_late_does_not_override_newer_news() {
    let (_dir, mut s) = store();
    let id = add(&mut s, "Hanna");
    record(
        &mut s,
        id,
        &article("https://o.example/new", "n", "2024-06-01"),
        &[claim(
            Status::Cancelled,
            true,
            "Amazon has cancelled Hanna.",
        )],
        &[],
    );
    let out = record(
        &mut s,
        id,
        &article("https://o.example/old", "o", "2023-01-01"),
        &[claim(Status::Confirmed, true, "Amazon renewed Hanna.")],
        &[],
    );
    assert!(out.added && out.changes.is_empty());
    assert_eq!(s.get_title(id).expect("title").status, Status::Cancelled);
    assert_eq!(
        s.get_title(id).expect("title").latest_news_at.as_deref(),
        Some("2024-06-01")
    );
}

#[test]
fn the_release_narrows_and_is_told() {
    let (_dir, mut s) = store();
    let id = add(&mut s, "Wednesday");
    let with_release = |status, release: &str| NewEvidence {
        release: Some(release.into()),
        ..claim(status, true, "dated")
    };
    record(
        &mut s,
        id,
        &article("https://o.example/1", "1", "2025-01-01"),
        &[with_release(Status::Confirmed, "2027")],
        &[],
    );
    assert_eq!(s.get_title(id).expect("t").release.as_deref(), Some("2027"));
    let out = record(
        &mut s,
        id,
        &article("https://o.example/2", "2", "2025-02-01"),
        &[with_release(Status::ReleaseDateSet, "2027-03-14")],
        &[],
    );
    assert_eq!(out.changes[0].release.as_deref(), Some("2027-03-14"));
    // A vaguer mention later keeps the precise date.
    record(
        &mut s,
        id,
        &article("https://o.example/3", "3", "2025-03-01"),
        &[with_release(Status::ReleaseDateSet, "2027")],
        &[],
    );
    let t = s.get_title(id).expect("t");
    assert_eq!(
        (t.status, t.release.as_deref()),
        (Status::ReleaseDateSet, Some("2027-03-14"))
    );
    let releases: Vec<String> = s
        .pending_outbox()
        .expect("outbox")
        .into_iter()
        .filter(|o| o.kind == "release")
        .map(|o| o.body)
        .collect();
    assert_eq!(
        releases,
        vec!["Release 2027", "Release 2027-03-14 (was 2027)"]
    );
}

#[test]
fn outbox_items_are_delivered_once() {
    let (_dir, mut s) = store();
    let id = add(&mut s, "Arcane");
    record(
        &mut s,
        id,
        &article("https://o.example/1", "1", "2025-01-01"),
        &[claim(Status::Confirmed, true, "Netflix renewed Arcane.")],
        &[],
    );
    let pending = s.pending_outbox().expect("outbox");
    assert_eq!(pending.len(), 1);
    assert!(s.mark_delivered(pending[0].id).expect("deliver"));
    assert!(
        !s.mark_delivered(pending[0].id).expect("again"),
        "never twice"
    );
    assert!(s.pending_outbox().expect("outbox").is_empty());
    assert!(s.recent_outbox(10).expect("recent")[0]
        .delivered_at
        .is_some());
}

#[test]
fn a_failed_record_writes_nothing() {
    let (_dir, mut s) = store();
    let id = add(&mut s, "Gone");
    s.remove_title(id).expect("remove");
    let err = s
        .record_article(
            id,
            &article("https://o.example/1", "1", "2025-01-01"),
            &[claim(Status::Confirmed, true, "x")],
            &[quote("Someone", "words")],
            "2025-01-01T00:00:00.000Z",
        )
        .expect_err("removed title");
    assert!(matches!(err, StoreError::NoSuchTitle(_)), "{err}");
    for table in ["articles", "evidence", "quotes", "outbox", "status_history"] {
        assert_eq!(count(&s, table), 0, "{table}");
    }
}

#[test]
fn sorts_by_status_and_by_recent_change() {
    let (_dir, mut s) = store();
    let quiet = add(&mut s, "Quiet");
    let ended = add(&mut s, "Ended");
    let coming = add(&mut s, "Coming");
    let talked = add(&mut s, "Talked");
    let at = |s: &mut Store, id, status, now: &str| {
        let url = format!("https://o.example/{id}");
        s.record_article(
            id,
            &article(&url, &url, "2025-01-01"),
            &[claim(status, true, "x")],
            &[],
            now,
        )
        .expect("record");
    };
    at(
        &mut s,
        coming,
        Status::InProduction,
        "2025-01-03T00:00:00.000Z",
    );
    at(&mut s, ended, Status::Cancelled, "2025-01-01T00:00:00.000Z");
    at(&mut s, talked, Status::InTalks, "2025-01-02T00:00:00.000Z");
    let names = |sort| {
        s.list_titles(&ListQuery {
            sort,
            ..ListQuery::default()
        })
        .expect("list")
        .rows
        .into_iter()
        .map(|t| t.name)
        .collect::<Vec<_>>()
    };
    assert_eq!(
        names(SortBy::Status),
        vec!["Coming", "Talked", "Quiet", "Ended"],
        "most advanced first, endings last"
    );
    // Titles that never changed sort by when they were added (today, after 2025).
    assert_eq!(
        names(SortBy::RecentlyChanged),
        vec!["Quiet", "Coming", "Talked", "Ended"]
    );
    let only = s
        .list_titles(&ListQuery {
            status: Some(Status::Cancelled),
            ..ListQuery::default()
        })
        .expect("filter");
    assert_eq!((only.total, only.rows[0].id), (1, ended));
    let _ = quiet;
}

#[test]
fn settings_are_json_and_survive_reopening() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let mut s = Store::open(dir.path()).expect("open");
        assert_eq!(s.setting("refresh_hours").expect("get"), None);
        s.set_setting("refresh_hours", &serde_json::json!(6))
            .expect("set");
        s.set_setting(
            "quiet",
            &serde_json::json!({"from": "22:00", "to": "07:00"}),
        )
        .expect("set");
        s.set_setting("refresh_hours", &serde_json::json!(12))
            .expect("overwrite");
    }
    let s = Store::open(dir.path()).expect("reopen");
    assert_eq!(
        s.setting("refresh_hours").expect("get"),
        Some(serde_json::json!(12))
    );
    assert_eq!(
        s.setting("quiet").expect("get").expect("set")["from"],
        "22:00"
    );
}

#[test]
fn a_notification_names_the_show_a_season_belongs_to() {
    // A digest line is read alone: "Season 3: cancelled" would not say which
    // show; a sequel with a name of its own says what it follows; a numbered
    // sequel names its title already, whatever number the watchlist title
    // carries. (Evidence sentences from corpus 044, 576 and 148.)
    let (_dir, mut s) = store();
    let cases = [
        (
            "Wayward Pines",
            "Season 3",
            Status::Cancelled,
            "According to TVLine, Fox has decided not to renew the series for a third season.",
            "https://www.christianpost.com/news/wayward-pines",
            "2016-08-01",
            "Wayward Pines Season 3: cancelled",
        ),
        (
            "Train to Busan",
            "Peninsula",
            Status::Confirmed,
            "The sequel to the hit film “Train To Busan” which will carry a new name “Peninsula” has been confirmed for its exact premiere date.",
            "https://cms.tontonextra.com.my/train-to-busan-sequel",
            "2020-01-01",
            "Peninsula (Train to Busan): confirmed",
        ),
        (
            "Pitch Perfect 2",
            "Pitch Perfect 3",
            Status::Rumored,
            "So it’s no surprise that director Elizabeth Banks, who also starred in the movie, is already hinting at the possibility of Pitch Perfect 3.",
            "https://time.com/3883016/pitch-perfect-box-office",
            "2015-05-20",
            "Pitch Perfect 3: rumored",
        ),
    ];
    for (name, next, status, sentence, url, date, _) in cases {
        let id = add(&mut s, name);
        let e = NewEvidence {
            next: Some(next.into()),
            ..claim(status, true, sentence)
        };
        record(&mut s, id, &article(url, name, date), &[e], &[]);
    }
    let summaries: Vec<String> = s
        .pending_outbox()
        .expect("outbox")
        .into_iter()
        .map(|o| o.summary)
        .collect();
    for (.., want) in cases {
        assert!(
            summaries.iter().any(|got| got == want),
            "{want}: {summaries:?}"
        );
    }
}

/// The user sets aside an article the engine misread (here one about another
/// film that named its own sequel): its evidence and quotes stop counting and
/// showing, the next installment's name comes from the articles still
/// counting, and the change is the user's own, so it is not notified.
#[test]
fn a_dismissed_article_stops_counting_quietly_and_stays_dismissed() {
    let (_dir, mut s) = store();
    let id = add(&mut s, "Purple Hearts");
    let wrong = article("https://o.example/other-film", "h-wrong", "2025-01-10");
    let misread = NewEvidence {
        status: Status::Released,
        sentence: "Red Hearts 2 opened with $40 million.".into(),
        official: false,
        next: Some("Red Hearts 2".into()),
        release: Some("2025-01-10".into()),
    };
    record(
        &mut s,
        id,
        &wrong,
        std::slice::from_ref(&misread),
        &[quote("Someone Else", "We made a sequel.")],
    );
    let said = "There are conversations. That's all I'll say.";
    record(
        &mut s,
        id,
        &article("https://variety.example/ph2", "h1", "2024-12-24"),
        &[claim(Status::InTalks, true, said)],
        &[quote("Sofia Carson", said)],
    );
    let t = s.get_title(id).expect("title");
    assert_eq!(
        (t.status, t.next.as_deref(), t.release.as_deref()),
        (Status::Released, Some("Red Hearts 2"), Some("2025-01-10"))
    );
    s.mark_seen(id).expect("seen");
    let outbox_before = count(&s, "outbox");

    let detail = s.title_detail(id).expect("detail");
    let wrong_id = detail
        .evidence
        .iter()
        .find(|e| e.url.as_deref() == Some(wrong.url.as_str()))
        .and_then(|e| e.article_id)
        .expect("the misread article's id");
    let changes = s
        .dismiss_article(id, wrong_id, "2025-02-01T00:00:00.000Z")
        .expect("dismiss");
    assert_eq!(
        changes.iter().map(|c| (c.from, c.to)).collect::<Vec<_>>(),
        vec![(Status::Released, Status::InTalks)]
    );
    let t = s.get_title(id).expect("title");
    assert_eq!(
        (t.status, t.next.as_deref(), t.release.as_deref()),
        (Status::InTalks, Some("Purple Hearts 2"), None)
    );
    assert!(!t.unseen, "the user's own change is not news to them");
    assert_eq!(t.latest_news_at.as_deref(), Some("2024-12-24"));
    assert_eq!(count(&s, "outbox"), outbox_before, "nothing notified");

    let detail = s.title_detail(id).expect("detail");
    assert_eq!(
        detail
            .evidence
            .iter()
            .map(|e| e.sentence.as_str())
            .collect::<Vec<_>>(),
        vec![said]
    );
    assert_eq!(detail.dismissed.len(), 1);
    assert_eq!(detail.dismissed[0].status, Status::Released);
    assert_eq!(
        detail
            .quotes
            .iter()
            .map(|q| q.speaker.as_str())
            .collect::<Vec<_>>(),
        vec!["Sofia Carson"]
    );
    assert_eq!(detail.dismissed_quotes.len(), 1);
    assert_eq!(detail.dismissed_quotes[0].speaker, "Someone Else");
    // The step reached only on the dismissed article's word leaves the
    // ladder; the status the rest gives takes its place, dated by its news.
    let steps = |s: &Store| -> Vec<(Status, Option<String>)> {
        s.title_detail(id)
            .expect("detail")
            .history
            .into_iter()
            .map(|h| (h.status, h.published))
            .collect()
    };
    assert_eq!(
        steps(&s),
        vec![(Status::InTalks, Some("2024-12-24".to_string()))]
    );

    // A refresh meeting the article again does not read it back in.
    let again = record(&mut s, id, &wrong, std::slice::from_ref(&misread), &[]);
    assert!(!again.added);
    assert_eq!(s.get_title(id).expect("title").status, Status::InTalks);

    // Undo: as it was, still quietly.
    let back = s
        .restore_article(id, wrong_id, "2025-02-01T00:00:05.000Z")
        .expect("restore");
    assert_eq!(
        back.iter().map(|c| (c.from, c.to)).collect::<Vec<_>>(),
        vec![(Status::InTalks, Status::Released)]
    );
    let t = s.get_title(id).expect("title");
    assert_eq!(t.status, Status::Released);
    assert_eq!(t.release.as_deref(), Some("2025-01-10"));
    assert_eq!(
        t.next.as_deref(),
        Some("Red Hearts 2"),
        "the first article's again"
    );
    assert_eq!(t.latest_news_at.as_deref(), Some("2025-01-10"));
    assert_eq!(count(&s, "outbox"), outbox_before);
    let detail = s.title_detail(id).expect("detail");
    assert!(detail.dismissed.is_empty());
    assert_eq!(detail.evidence.len(), 2);
    assert_eq!(detail.quotes.len(), 2);
    // No trace of the back and forth in the history.
    assert_eq!(
        steps(&s),
        vec![(Status::Released, Some("2025-01-10".to_string()))]
    );
}

#[test]
fn dismissing_an_article_not_read_for_the_title_changes_nothing() {
    let (_dir, mut s) = store();
    let id = add(&mut s, "Arcane");
    let other = add(&mut s, "Purple Hearts");
    record(
        &mut s,
        other,
        &article("https://o.example/1", "1", "2025-01-01"),
        &[claim(Status::Confirmed, true, "Netflix renewed it.")],
        &[],
    );
    let article_id = s.title_detail(other).expect("detail").evidence[0]
        .article_id
        .expect("id");
    let err = s
        .dismiss_article(id, article_id, "2025-02-01T00:00:00.000Z")
        .expect_err("not read for Arcane");
    assert!(matches!(err, StoreError::NotReadFor { .. }), "{err}");
    assert!(err.to_string().contains("\"Arcane\""), "{err}");
    let err = s
        .dismiss_article(id + 100, article_id, "2025-02-01T00:00:00.000Z")
        .expect_err("no such title");
    assert!(matches!(err, StoreError::NoSuchTitle(_)), "{err}");
    assert_eq!(s.get_title(other).expect("title").status, Status::Confirmed);
    assert!(s.title_detail(other).expect("detail").dismissed.is_empty());
}

/// Dismissing twice or restoring what counts does nothing; a step the
/// user's earlier act left before later news stays in the history.
#[test]
fn dismissing_again_changes_nothing_and_older_steps_stay() {
    let (_dir, mut s) = store();
    let id = add(&mut s, "Purple Hearts");
    // Read in the order of publication, a day apart from 2025-01-01 on.
    let mut day = 0;
    let mut rec = |s: &mut Store, url: &str, status: Status, published: &str| {
        day += 1;
        s.record_article(
            id,
            &article(url, url, published),
            &[claim(status, false, &format!("{status:?} per {url}"))],
            &[],
            &format!("2025-03-{day:02}T00:00:00.000Z"),
        )
        .expect("record");
        s.title_detail(id)
            .expect("detail")
            .evidence
            .iter()
            .chain(&s.title_detail(id).expect("detail").dismissed)
            .find(|e| e.url.as_deref() == Some(url))
            .and_then(|e| e.article_id)
            .expect("article id")
    };
    let wrong = rec(
        &mut s,
        "https://o.example/wrong",
        Status::Released,
        "2025-01-10",
    );
    rec(
        &mut s,
        "https://o.example/rumour",
        Status::Rumored,
        "2024-12-01",
    );
    let now = "2025-03-03T00:00:00.000Z";
    assert_eq!(s.dismiss_article(id, wrong, now).expect("dismiss").len(), 1);
    assert!(s.dismiss_article(id, wrong, now).expect("again").is_empty());
    let steps = |s: &Store| -> Vec<Status> {
        s.title_detail(id)
            .expect("detail")
            .history
            .iter()
            .map(|h| h.status)
            .collect()
    };
    assert_eq!(steps(&s), vec![Status::Rumored]);
    // News moves on, then another article is dismissed to no effect.
    rec(
        &mut s,
        "https://o.example/shoot",
        Status::InProduction,
        "2025-03-01",
    );
    let late = rec(
        &mut s,
        "https://o.example/late",
        Status::Rumored,
        "2024-11-01",
    );
    assert!(s
        .restore_article(id, late, now)
        .expect("not dismissed")
        .is_empty());
    assert!(s
        .dismiss_article(id, late, now)
        .expect("dismiss")
        .is_empty());
    assert_eq!(steps(&s), vec![Status::Rumored, Status::InProduction]);
}

/// A teaser dismissed for one title: the whole article, when its page comes
/// back, is read for the other titles and still not for that one.
#[test]
fn a_teaser_dismissed_for_one_title_is_read_in_full_for_the_others() {
    let (_dir, mut s) = store();
    let one = add(&mut s, "Purple Hearts");
    let other = add(&mut s, "Arcane");
    let a = article("https://o.example/story", "teaser", "2025-01-01");
    let said = |w: &str| claim(Status::Rumored, false, w);
    record(&mut s, one, &a, &[said("teaser one")], &[]);
    record(&mut s, other, &a, &[said("teaser other")], &[]);
    s.note_page_failure(&a.url).expect("failure");
    let id = s.title_detail(one).expect("detail").evidence[0]
        .article_id
        .expect("id");
    s.dismiss_article(one, id, "2025-01-02T00:00:00.000Z")
        .expect("dismiss");

    assert!(s.forget_teaser(&a.url).expect("forget"));
    let full = article("https://o.example/story", "full", "2025-01-01");
    let confirmed = claim(Status::Confirmed, true, "Netflix renewed it.");
    assert!(record(&mut s, other, &full, std::slice::from_ref(&confirmed), &[]).added);
    assert!(!record(&mut s, one, &full, &[confirmed], &[]).added);
    let detail = s.title_detail(other).expect("detail");
    assert_eq!(
        detail
            .evidence
            .iter()
            .map(|e| e.sentence.as_str())
            .collect::<Vec<_>>(),
        vec!["Netflix renewed it."]
    );
    assert_eq!(detail.title.status, Status::Confirmed);
    let detail = s.title_detail(one).expect("detail");
    assert!(detail.evidence.is_empty());
    assert_eq!(detail.dismissed.len(), 1);
    // Read in full now: a refresh does not fetch it again for either.
    assert_eq!(s.article_read_for(&a.url).expect("read"), vec![one, other]);
}

/// A quote kept from an article the user dismissed shows again when another
/// article says it too, credited to that one, and is not told again.
#[test]
fn a_quote_of_a_dismissed_article_shows_again_when_another_article_has_it() {
    let (_dir, mut s) = store();
    let id = add(&mut s, "Purple Hearts");
    let said = "There are conversations. That's all I'll say.";
    let first = article("https://o.example/first", "h1", "2024-12-24");
    record(&mut s, id, &first, &[], &[quote("Sofia Carson", said)]);
    let article_id = s.title_detail(id).expect("detail").quotes[0]
        .article_id
        .expect("id");
    s.dismiss_article(id, article_id, "2025-01-01T00:00:00.000Z")
        .expect("dismiss");
    assert!(s.title_detail(id).expect("detail").quotes.is_empty());
    let outbox = count(&s, "outbox");

    let second = article("https://variety.example/second", "h2", "2025-01-02");
    record(&mut s, id, &second, &[], &[quote("Sofia Carson", said)]);
    let detail = s.title_detail(id).expect("detail");
    assert_eq!(detail.quotes.len(), 1);
    assert_eq!(detail.quotes[0].url.as_deref(), Some(second.url.as_str()));
    assert!(detail.dismissed_quotes.is_empty());
    assert_eq!(count(&s, "outbox"), outbox, "told once, when first read");
}
