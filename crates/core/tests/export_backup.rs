//! The JSON backup: lossless, and export -> restore into an empty store ->
//! export gives the same bytes.

#[path = "fixtures/import/support.rs"]
mod support;

use sequel_radar_core::import::{self, Format, Input};
use sequel_radar_core::model::{NewTitle, Status, Threshold, TitleEdit};
use sequel_radar_core::store::{NewArticle, NewEvidence, NewQuote, NewSource, Store};
use support::*;

/// A store with a bit of everything the backup must carry.
fn rich_store() -> (tempfile::TempDir, Store) {
    let (dir, mut s) = store();
    import_file(&mut s, &fixture("letterboxd/letterboxd-export.zip"), None);
    import_file(&mut s, &fixture("trakt/watchlist.json"), None);
    let source = s
        .add_source(NewSource {
            url: "https://deadline.example/feed".into(),
            name: Some("Deadline".into()),
            kind: None,
        })
        .expect("source");
    s.record_fetch(
        source.id,
        "2026-01-02T03:04:05.000Z",
        Ok((Some("\"etag-1\"".into()), None)),
        None,
    )
    .expect("fetch");
    let dune = title(&s, "Dune: Part Two");
    s.edit_title(
        dune.id,
        TitleEdit {
            platform: Some(Some("Max".into())),
            notes: Some(Some("IMAX, row H".into())),
            aliases: Some(vec!["Dune 2".into()]),
            tags: Some(vec!["sci-fi".into(), "epic".into()]),
            threshold: Some(Threshold::ConfirmedOrLater),
            ..TitleEdit::default()
        },
    )
    .expect("edit");
    let article = |url: &str, published: &str| NewArticle {
        url: url.into(),
        content_hash: Some(format!("hash-{url}")),
        outlet: Some("Deadline".into()),
        headline: Some("Dune: Part Three is a go".into()),
        published: Some(published.into()),
        source_id: Some(source.id),
        ..NewArticle::default()
    };
    s.record_article(
        dune.id,
        &article("https://deadline.example/a1", "2026-01-01"),
        &[NewEvidence {
            status: Status::InTalks,
            sentence: "Villeneuve is in talks to direct Dune: Part Three.".into(),
            official: false,
            next: Some("Dune: Part Three".into()),
            release: None,
        }],
        &[NewQuote {
            speaker: "Denis Villeneuve".into(),
            role: Some("director".into()),
            text: "I would love to go back to Arrakis.".into(),
            outlet: Some("Deadline".into()),
        }],
        "2026-01-01T10:00:00.000Z",
    )
    .expect("record 1");
    s.record_article(
        dune.id,
        &article("https://deadline.example/a2", "2026-02-01"),
        &[NewEvidence {
            status: Status::ReleaseDateSet,
            sentence: "Legendary dated Dune: Part Three for December 18, 2026.".into(),
            official: true,
            next: Some("Dune: Part Three".into()),
            release: Some("2026-12-18".into()),
        }],
        &[],
        "2026-02-01T10:00:00.000Z",
    )
    .expect("record 2");
    let first = s.pending_outbox().expect("outbox")[0].id;
    s.mark_delivered(first).expect("deliver");
    s.set_setting("refresh_hours", &serde_json::json!(12))
        .expect("setting");
    s.set_setting(
        "quiet_hours",
        &serde_json::json!({"from": "22:00", "to": "07:00"}),
    )
    .expect("setting");
    // A title in its undo window is not part of the watchlist any more.
    let gone = s
        .add_title(NewTitle {
            name: "Removed Film".into(),
            year: Some(1999),
            ..NewTitle::default()
        })
        .expect("add");
    s.remove_title(gone.id).expect("remove");
    (dir, s)
}

fn restore(text: &str, into: &mut Store) -> import::ImportReport {
    let preview = import::preview(
        Input::Bytes {
            name: "backup.json",
            bytes: text.as_bytes(),
        },
        None,
    )
    .expect("preview");
    assert_eq!(preview.format, Format::Backup);
    let preview = import::compare(into, preview).expect("compare");
    import::commit(into, &preview).expect("commit")
}

#[test]
fn export_restore_export_gives_the_same_bytes() {
    let (_a, rich) = rich_store();
    let first = backup_text(&rich);
    let (_b, mut empty) = store();
    let report = restore(&first, &mut empty);
    assert_eq!(
        report.added, 7,
        "six films from Letterboxd, Severance from Trakt"
    );
    let counts = report.restored.expect("counts");
    assert_eq!(
        (
            counts.evidence,
            counts.quotes,
            counts.articles,
            counts.sources
        ),
        (2, 1, 2, 1)
    );
    let second = backup_text(&empty);
    assert_eq!(first, second);
}

#[test]
fn the_backup_holds_everything_the_title_page_shows() {
    let (_a, rich) = rich_store();
    let v: serde_json::Value = serde_json::from_str(&backup_text(&rich)).expect("json");
    assert_eq!(v["format"], "sequel-radar-backup");
    assert_eq!(v["version"], 1);
    let titles = v["titles"].as_array().expect("titles");
    assert!(titles.iter().all(|t| t["name"] != "Removed Film"));
    let dune = titles
        .iter()
        .find(|t| t["name"] == "Dune: Part Two")
        .expect("dune");
    assert_eq!(dune["platform"], "Max");
    assert_eq!(dune["notes"], "IMAX, row H");
    assert_eq!(dune["aliases"], serde_json::json!(["Dune 2"]));
    assert_eq!(dune["tags"], serde_json::json!(["sci-fi", "epic"]));
    assert_eq!(dune["threshold"], "confirmed_or_later");
    assert_eq!(dune["status"], "release_date_set");
    assert_eq!(dune["release"], "2026-12-18");
    assert_eq!(dune["next"], "Dune: Part Three");
    assert_eq!(dune["evidence"].as_array().map(Vec::len), Some(2));
    assert_eq!(dune["quotes"][0]["speaker"], "Denis Villeneuve");
    assert_eq!(dune["history"][1]["to"], "release_date_set");
    assert_eq!(
        dune["history"][1]["evidence"], 1,
        "points at the deciding evidence"
    );
    assert!(dune["external_ids"]
        .as_array()
        .expect("ids")
        .iter()
        .any(|i| i["value"] == "tt15239678"));
    assert_eq!(v["articles"][0]["source"], "https://deadline.example/feed");
    assert_eq!(v["sources"][0]["etag"], "\"etag-1\"");
    assert_eq!(v["settings"]["refresh_hours"], 12);
    let outbox = v["outbox"].as_array().expect("outbox");
    assert!(outbox.len() >= 3);
    assert!(outbox[0]["delivered_at"].is_string());
    assert_eq!(outbox[0]["title"]["name"], "Dune: Part Two");
}

#[test]
fn restoring_into_a_store_with_titles_merges_instead_of_doubling() {
    let (_a, rich) = rich_store();
    let text = backup_text(&rich);
    let (_b, mut s) = store();
    let mine = s
        .add_title(NewTitle {
            name: "Arrival".into(),
            year: Some(2016),
            ..NewTitle::default()
        })
        .expect("add");
    let report = restore(&text, &mut s);
    assert_eq!(report.added, 6);
    assert_eq!(report.updated, 1, "Arrival gains its id and watch state");
    assert_eq!(names(&s).iter().filter(|n| *n == "Arrival").count(), 1);
    assert_eq!(ids(&s, mine.id), vec!["letterboxd:https://boxd.it/bbiW"]);
    // Restoring twice adds nothing more.
    let again = restore(&text, &mut s);
    assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 7));
    let dune = s.find_title("Dune: Part Two", None).expect("dune");
    assert_eq!(s.title_detail(dune.id).expect("detail").evidence.len(), 2);
}

#[test]
fn a_backup_from_a_newer_app_is_refused() {
    let (_a, rich) = rich_store();
    let text = backup_text(&rich).replacen("\"version\": 1", "\"version\": 7", 1);
    let err = import::preview(
        Input::Bytes {
            name: "backup.json",
            bytes: text.as_bytes(),
        },
        None,
    )
    .expect_err("refused");
    assert!(err.to_string().contains("newer Sequel Radar"), "{err}");
}

#[test]
fn the_cli_backs_up_to_a_file_and_restores_it_elsewhere() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (one, two) = (dir.path().join("one"), dir.path().join("two"));
    let lb = fixture("letterboxd/letterboxd-export.zip");
    let r = run(&one, &["import", lb.to_str().expect("path")]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.out.contains("imported: 6 added"), "{}", r.out);
    let file = dir.path().join("backup.json");
    let r = run(&one, &["export", "-o", file.to_str().expect("path")]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.out.is_empty());
    let r = run(
        &two,
        &["import", file.to_str().expect("path"), "--format", "backup"],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.out.contains("6 added"), "{}", r.out);
    let exported = run(&two, &["export"]);
    assert_eq!(
        exported.out,
        std::fs::read_to_string(&file).expect("backup")
    );
}

/// An article the user dismissed stays dismissed through a backup: restored,
/// it still counts for nothing, and the backup exports back the same bytes.
#[test]
fn a_dismissed_article_stays_dismissed_through_a_backup() {
    let (_a, mut rich) = rich_store();
    let dune = title(&rich, "Dune: Part Two");
    // An older rumour, read late: it changed nothing when it came.
    rich.record_article(
        dune.id,
        &NewArticle {
            url: "https://fansite.example/rumour".into(),
            outlet: Some("Fansite".into()),
            published: Some("2025-12-01".into()),
            ..NewArticle::default()
        },
        &[NewEvidence {
            status: Status::Rumored,
            sentence: "A third Dune film is rumored.".into(),
            official: false,
            next: Some("Dune: Part Three".into()),
            release: None,
        }],
        &[],
        "2026-02-02T10:00:00.000Z",
    )
    .expect("record 3");
    let detail = rich.title_detail(dune.id).expect("detail");
    for e in detail
        .evidence
        .iter()
        .filter(|e| e.status != Status::Rumored)
    {
        rich.dismiss_article(
            dune.id,
            e.article_id.expect("id"),
            "2026-03-01T00:00:00.000Z",
        )
        .expect("dismiss");
    }
    assert_eq!(title(&rich, "Dune: Part Two").status, Status::Rumored);
    let steps = |s: &Store, id: i64| -> Vec<Status> {
        let d = s.title_detail(id).expect("detail");
        d.history.iter().map(|h| h.status).collect()
    };
    assert_eq!(steps(&rich, dune.id), vec![Status::Rumored]);
    let first = backup_text(&rich);
    // Dismissing again later changes nothing, not even when it was dismissed.
    for e in &rich.title_detail(dune.id).expect("detail").dismissed {
        let again = rich
            .dismiss_article(
                dune.id,
                e.article_id.expect("id"),
                "2026-04-01T00:00:00.000Z",
            )
            .expect("again");
        assert!(again.is_empty());
    }
    assert_eq!(backup_text(&rich), first);

    let (_b, mut empty) = store();
    restore(&first, &mut empty);
    let back = title(&empty, "Dune: Part Two");
    assert_eq!(back.status, Status::Rumored);
    let detail = empty.title_detail(back.id).expect("detail");
    assert_eq!(detail.evidence.len(), 1);
    assert_eq!(detail.dismissed.len(), 2);
    assert_eq!(steps(&empty, back.id), vec![Status::Rumored]);
    assert_eq!(backup_text(&empty), first);

    // Restored there, the user's step gives way to the news' own.
    let dated = detail
        .dismissed
        .iter()
        .find(|e| e.status == Status::ReleaseDateSet)
        .and_then(|e| e.article_id)
        .expect("the dated article");
    empty
        .restore_article(back.id, dated, "2026-03-02T00:00:00.000Z")
        .expect("restore");
    assert_eq!(steps(&empty, back.id), vec![Status::ReleaseDateSet]);
}
