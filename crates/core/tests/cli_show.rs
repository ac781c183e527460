//! `show NAME [--json]` and `sources list|add|remove`, run in-process on a
//! real data folder whose evidence was recorded through the store.

use sequel_radar_core::model::{NewTitle, Status};
use sequel_radar_core::store::{NewArticle, NewEvidence, NewQuote, Store};
use std::path::Path;

#[path = "support/cli_run.rs"]
mod cli_run;
use cli_run::run;

const SAID: &str = "There are conversations. That's all I'll say.";

/// Purple Hearts, rumored in one article and in talks in a newer one.
fn seeded(dir: &Path) {
    let mut s = Store::open(dir).expect("open");
    let id = s
        .add_title(NewTitle {
            name: "Purple Hearts".into(),
            year: Some(2022),
            platform: Some("Netflix".into()),
            ..NewTitle::default()
        })
        .expect("add")
        .id;
    let article = |url: &str, published: &str, outlet: &str| NewArticle {
        url: url.into(),
        content_hash: Some(url.into()),
        outlet: Some(outlet.into()),
        published: Some(published.into()),
        ..NewArticle::default()
    };
    s.record_article(
        id,
        &article("https://people.example/hope", "2024-08-01", "People"),
        &[NewEvidence {
            status: Status::Rumored,
            sentence: "Carson said she would love to make a sequel.".into(),
            official: false,
            next: Some("Purple Hearts 2".into()),
            release: None,
        }],
        &[],
        "2024-08-01T09:00:00.000Z",
    )
    .expect("record 1");
    s.record_article(
        id,
        &article("https://variety.example/talks", "2024-12-24", "Variety"),
        &[NewEvidence {
            status: Status::InTalks,
            sentence: SAID.into(),
            official: true,
            next: Some("Purple Hearts 2".into()),
            release: Some("2026".into()),
        }],
        &[NewQuote {
            speaker: "Sofia Carson".into(),
            role: Some("star".into()),
            text: SAID.into(),
            outlet: Some("Variety".into()),
        }],
        "2024-12-24T09:00:00.000Z",
    )
    .expect("record 2");
}

#[test]
fn show_json_has_evidence_quotes_and_history() {
    let dir = tempfile::tempdir().expect("temp dir");
    seeded(dir.path());
    let r = run(dir.path(), &["show", "purple hearts", "--json"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let v: serde_json::Value = serde_json::from_str(&r.out).expect("JSON");
    assert_eq!(v["name"], "Purple Hearts");
    assert_eq!(v["year"], 2022);
    assert_eq!(v["kind"], "movie");
    assert_eq!(v["platform"], "Netflix");
    assert_eq!(v["status"], "in_talks");
    assert_eq!(v["next"], "Purple Hearts 2");
    assert_eq!(v["release"], "2026");

    let evidence = v["evidence"].as_array().expect("evidence array");
    assert_eq!(evidence.len(), 2);
    let newest = &evidence[0];
    assert_eq!(newest["status"], "in_talks");
    assert_eq!(newest["sentence"], SAID);
    assert_eq!(newest["url"], "https://variety.example/talks");
    assert_eq!(newest["outlet"], "Variety");
    assert_eq!(newest["published"], "2024-12-24");
    assert_eq!(newest["official"], true);
    assert_eq!(evidence[1]["official"], false);

    let quotes = v["quotes"].as_array().expect("quotes array");
    assert_eq!(quotes.len(), 1);
    for (key, want) in [
        ("speaker", "Sofia Carson"),
        ("role", "star"),
        ("text", SAID),
        ("outlet", "Variety"),
        ("url", "https://variety.example/talks"),
        ("published", "2024-12-24"),
    ] {
        assert_eq!(quotes[0][key], want, "quote {key}");
    }

    let history = v["history"].as_array().expect("history array");
    let steps: Vec<(&str, &str)> = history
        .iter()
        .map(|h| {
            (
                h["status"].as_str().expect("status"),
                h["url"].as_str().expect("url"),
            )
        })
        .collect();
    assert_eq!(
        steps,
        vec![
            ("rumored", "https://people.example/hope"),
            ("in_talks", "https://variety.example/talks"),
        ],
        "oldest first, one per change"
    );
    assert_eq!(history[0]["at"], "2024-08-01T09:00:00.000Z");

    let list = run(dir.path(), &["list", "--json"]);
    let rows: serde_json::Value = serde_json::from_str(&list.out).expect("list JSON");
    assert_eq!(rows[0]["status"], "in_talks");
    assert_eq!(rows[0]["next"], "Purple Hearts 2");
}

#[test]
fn show_in_words_tells_status_evidence_and_quotes() {
    let dir = tempfile::tempdir().expect("temp dir");
    seeded(dir.path());
    let r = run(dir.path(), &["show", "Purple Hearts"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.out.contains("Purple Hearts 2: in talks"), "{}", r.out);
    assert!(
        r.out.contains("[official] There are conversations"),
        "{}",
        r.out
    );
    assert!(r.out.contains("(Sofia Carson, star)"), "{}", r.out);
    let r = run(dir.path(), &["show", "Purple Heart"]);
    assert_eq!(r.code, 1);
    assert!(
        r.err.contains("no title named \"Purple Heart\""),
        "{}",
        r.err
    );
}

/// `dismiss NAME URL` sets an article aside: the status falls back to what
/// the rest says, `show` lists it apart; `--undo` brings it back.
#[test]
fn dismiss_sets_an_article_aside_and_undo_brings_it_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    seeded(dir.path());
    let url = "https://variety.example/talks";
    let r = run(dir.path(), &["dismiss", "Purple Hearts", url]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(
        r.out.contains("Dismissed") && r.out.contains("rumored"),
        "{}",
        r.out
    );
    let v: serde_json::Value =
        serde_json::from_str(&run(dir.path(), &["show", "Purple Hearts", "--json"]).out)
            .expect("JSON");
    assert_eq!(v["status"], "rumored");
    assert_eq!(v["evidence"].as_array().map(Vec::len), Some(1));
    assert_eq!(v["dismissed"][0]["url"], url);
    assert_eq!(v["quotes"].as_array().map(Vec::len), Some(0));
    let words = run(dir.path(), &["show", "Purple Hearts"]).out;
    assert!(words.contains("Dismissed by you"), "{words}");

    // Not read for this title, or not counting: a message, and nothing changes.
    let r = run(
        dir.path(),
        &["dismiss", "Purple Hearts", "https://nowhere.example/x"],
    );
    assert_eq!(r.code, 1);
    assert!(r.err.contains("https://nowhere.example/x"), "{}", r.err);
    let r = run(dir.path(), &["dismiss", "Purple Hearts", url]);
    assert_eq!(r.code, 1, "already dismissed: {}", r.out);

    let r = run(dir.path(), &["dismiss", "Purple Hearts", url, "--undo"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let v: serde_json::Value =
        serde_json::from_str(&run(dir.path(), &["show", "Purple Hearts", "--json"]).out)
            .expect("JSON");
    assert_eq!(v["status"], "in_talks");
    assert_eq!(v["dismissed"].as_array().map(Vec::len), Some(0));
}

#[test]
fn sources_add_list_remove() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let url = "http://127.0.0.1:9/feed.xml";
    let r = run(d, &["sources", "add", url, "--name", "Loopback outlet"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let r = run(d, &["sources", "list", "--json"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let sources: Vec<serde_json::Value> = serde_json::from_str(&r.out).expect("JSON");
    let mine = sources
        .iter()
        .find(|s| s["url"] == url)
        .expect("added source listed");
    assert_eq!(mine["name"], "Loopback outlet");
    assert_eq!(mine["enabled"], true);
    let id = mine["id"].as_i64().expect("id").to_string();

    let r = run(d, &["sources", "add", url]);
    assert_eq!(r.code, 1, "a source twice is refused");
    assert!(r.err.contains("already a source"), "{}", r.err);
    let r = run(d, &["sources", "add", "ftp://example.org/feed"]);
    assert_eq!(r.code, 1);
    assert!(r.err.contains("http:// or https://"), "{}", r.err);

    assert!(run(d, &["sources", "list"]).out.contains("Loopback outlet"));
    assert_eq!(run(d, &["sources", "remove", &id]).code, 0);
    let r = run(d, &["sources", "list", "--json"]);
    let sources: Vec<serde_json::Value> = serde_json::from_str(&r.out).expect("JSON");
    assert!(sources.iter().all(|s| s["url"] != url));
    let r = run(d, &["sources", "remove", &id]);
    assert_eq!(r.code, 1);
    assert!(
        r.err.contains(&format!("source #{id} does not exist")),
        "{}",
        r.err
    );
    assert_eq!(run(d, &["sources", "remove", "abc"]).code, 2);
}
