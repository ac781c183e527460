//! Issue 3's acceptance: the seed article read for Purple Hearts (movie).

use sequel_radar_core::extract::{extract, TitleQuery};
use sequel_radar_core::model::{Kind, Status};

#[test]
fn seed_gives_purple_hearts_2_in_talks_with_both_block_quotes_once() {
    let text = include_str!("corpus/000-purple-hearts-2.txt");
    let q = TitleQuery {
        name: "Purple Hearts".into(),
        kind: Kind::Movie,
        year: Some(2022),
        aliases: vec![],
    };
    let x = extract(&q, text, chrono::NaiveDate::from_ymd_opt(2025, 3, 17));
    assert!(x.mentioned);
    assert_eq!(x.next.as_deref(), Some("Purple Hearts 2"));
    // "Purple Hearts is streaming now" is the original: not released, and
    // "there are conversations" is talks, not a confirmation.
    assert_eq!(x.status, Status::InTalks);
    assert!(
        x.evidence
            .as_deref()
            .is_some_and(|e| e.contains("There are conversations")),
        "{:?}",
        x.evidence
    );
    assert_eq!(x.release, None);

    let carson: Vec<_> = x
        .quotes
        .iter()
        .filter(|q| q.speaker == "Sofia Carson")
        .collect();
    let director: Vec<_> = x
        .quotes
        .iter()
        .filter(|q| q.speaker == "Elizabeth Allen Rosenbaum")
        .collect();
    assert!(carson
        .iter()
        .all(|q| q.role.as_deref() == Some("star") && q.outlet.as_deref() == Some("Variety")));
    assert_eq!(
        carson
            .iter()
            .filter(|q| q.text == "There are conversations. That’s all I’ll say.")
            .count(),
        1
    );
    assert_eq!(director.len(), 1, "{:#?}", x.quotes);
    assert_eq!(director[0].role.as_deref(), Some("director"));
    assert!(director[0]
        .text
        .starts_with("I mean, I could watch the two of them"));
    // Every quote once: no inline fragment survives next to its block quote.
    for (i, a) in x.quotes.iter().enumerate() {
        for b in &x.quotes[i + 1..] {
            assert!(
                !b.text.contains(&a.text) && !a.text.contains(&b.text),
                "{a:?} / {b:?}"
            );
        }
    }

    // The JSON is exactly DESIGN.md's `extract` object, keys in its order.
    let json = serde_json::to_string(&x).expect("serialises");
    let value: serde_json::Value = serde_json::from_str(&json).expect("parses");
    assert_eq!(value.as_object().map(|o| o.len()), Some(7), "{json}");
    let order = [
        "\"title\":",
        "\"mentioned\":",
        "\"next\":",
        "\"status\":",
        "\"evidence\":",
        "\"release\":",
        "\"quotes\":",
    ];
    let at: Vec<usize> = order
        .iter()
        .map(|k| json.find(k).expect("key present"))
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{json}");
    assert_eq!(value["status"], "in_talks");
    let quote = value["quotes"][0].as_object().expect("object");
    let mut keys: Vec<&str> = quote.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["outlet", "role", "speaker", "text"]);
}

#[test]
fn seed_as_an_html_page_gives_the_same_answer() {
    let text = include_str!("corpus/000-purple-hearts-2.txt");
    let body: String = text
        .split("\n\n")
        .map(|p| format!("<p>{}</p>", p.replace('&', "&amp;").replace('<', "&lt;")))
        .collect();
    let html = format!(
        "<!DOCTYPE html><html><head><title>Purple Hearts 2</title><script>window.ads = [];</script></head><body><nav><a href=\"/\">Home</a><a href=\"/movies\">Movies</a></nav><article>{body}</article><aside><h3>Most read</h3><ul><li>Purple Hearts 3 confirmed, says nobody</li></ul></aside></body></html>"
    );
    let q = TitleQuery {
        name: "Purple Hearts".into(),
        kind: Kind::Movie,
        year: Some(2022),
        aliases: vec![],
    };
    let x = extract(&q, &html, None);
    assert_eq!(x.next.as_deref(), Some("Purple Hearts 2"));
    assert_eq!(x.status, Status::InTalks);
    assert!(x
        .quotes
        .iter()
        .any(|q| q.speaker == "Elizabeth Allen Rosenbaum"));
}
