//! Long pages (live blogs, roundups, several articles on one page) are read
//! around the title only: far-away articles lend it neither claims nor
//! quotes, and a long page that never names it says nothing about it.

use sequel_radar_core::extract::{extract, TitleQuery};
use sequel_radar_core::model::{Kind, Status};

fn q(name: &str) -> TitleQuery {
    TitleQuery {
        name: name.into(),
        kind: Kind::Movie,
        year: None,
        aliases: vec![],
    }
}

/// Other corpus articles, none naming Purple Hearts, repeated past 40 KB.
fn other_articles() -> String {
    let mut text = String::new();
    while text.len() < 40_000 {
        text.push_str(include_str!("corpus/005-the-creator-no-sequel.txt"));
        text.push_str("\n\n");
        text.push_str(include_str!("corpus/004-sinners-no-sequel.txt"));
        text.push_str("\n\n");
    }
    text
}

#[test]
fn a_long_page_is_read_around_the_title() {
    let seed = include_str!("corpus/000-purple-hearts-2.txt");
    // Blank-line filler keeps the other articles beyond the window's reach.
    let filler = "Advertisement\n\n".repeat(4);
    let text = format!("{seed}\n\n{filler}{}", other_articles());
    let x = extract(&q("Purple Hearts"), &text, None);
    assert!(x.mentioned);
    assert_eq!(x.next.as_deref(), Some("Purple Hearts 2"));
    assert_eq!(x.status, Status::InTalks);
    assert!(!x.quotes.is_empty());
    for quote in &x.quotes {
        assert!(
            ["Sofia Carson", "Elizabeth Allen Rosenbaum"].contains(&quote.speaker.as_str()),
            "quote from another article: {quote:?}"
        );
    }
    let carson = x.quotes.iter().find(|q| q.speaker == "Sofia Carson");
    assert_eq!(carson.and_then(|q| q.role.as_deref()), Some("star"));
}

#[test]
fn a_long_page_that_never_names_the_title_says_nothing_about_it() {
    let x = extract(&q("Purple Hearts"), &other_articles(), None);
    assert!(!x.mentioned);
    assert_eq!(x.status, Status::Unknown);
    assert!(x.quotes.is_empty());
}
