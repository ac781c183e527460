//! The extract engine never panics: random bytes (lossily decoded), random
//! unicode, unbalanced and nested quotation marks, and a 5 MB article.

use proptest::prelude::*;
use sequel_radar_core::extract::{extract, Matcher, TitleQuery};
use sequel_radar_core::model::Kind;

fn q(name: &str, kind: Kind) -> TitleQuery {
    TitleQuery {
        name: name.into(),
        kind,
        year: None,
        aliases: vec!["It".into()],
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let text = String::from_utf8_lossy(&bytes);
        let x = extract(&q("Purple Hearts", Kind::Movie), &text, None);
        prop_assert!(x.quotes.iter().all(|q| !q.speaker.is_empty()));
    }

    #[test]
    fn never_panics_on_random_unicode(text in "\\PC{0,600}") {
        let _ = extract(&q("Amélie", Kind::Series), &text, None);
        let _ = Matcher::new(&[(1, q("Amélie", Kind::Movie)), (2, q("Us", Kind::Movie))]).find(&text);
    }

    #[test]
    fn never_panics_on_quote_soup(parts in proptest::collection::vec(prop_oneof![
        Just("\""), Just("“"), Just("”"), Just("‘"), Just("’"), Just("'"), Just("\n\n"), Just("\n"),
        Just(" said Sofia Carson. "), Just("Purple Hearts 2 "), Just("season 3 "), Just(": "),
        Just("[Purple Hearts] "), Just("renewed "), Just("is not cancelled. "), Just("É"), Just("…"),
        Just("<p>"), Just("</p>"), Just("<html>"), Just("December 13, 2019 "), Just("Q: "),
    ], 0..200)) {
        let text: String = parts.concat();
        let x = extract(&q("Purple Hearts", Kind::Movie), &text, None);
        // Quote text never carries the marks around it.
        for quote in &x.quotes {
            prop_assert!(!quote.text.starts_with(['"', '“']));
        }
        let _ = extract(&q("Purple Hearts", Kind::Series), &text, None);
    }
}

#[test]
fn a_5_mb_article_completes() {
    let seed = include_str!("corpus/000-purple-hearts-2.txt");
    let mut text = String::with_capacity(5_300_000);
    while text.len() < 5_000_000 {
        text.push_str(seed);
        // An unclosed quote every round keeps the quote scanner honest.
        text.push_str("\n\n“Unclosed and long ");
    }
    let x = extract(&q("Purple Hearts", Kind::Movie), &text, None);
    assert!(x.mentioned);
    assert_eq!(x.next.as_deref(), Some("Purple Hearts 2"));
    assert!(!x.quotes.is_empty());
}

#[test]
fn a_capitals_label_of_one_letter_words_after_a_question_is_no_speaker() {
    // Found by the quote soup: "? É É:" once sent the label lookup round
    // in circles until the stack ran out.
    let text = "DEADLINE: Will Purple Hearts 2 happen? É É: maybe it will, said Sofia Carson.";
    let x = extract(&q("Purple Hearts", Kind::Movie), text, None);
    assert!(x.quotes.iter().all(|q| !q.speaker.contains('É')));
}

#[test]
fn a_quote_of_no_words_beside_anothers_never_panics() {
    // Found by review: a quote with no words once asked for windows of
    // size zero over a neighbour's words.
    let text = "Practical Magic 2 is coming. “. .” Netflix said. “We are making it,” \
                Sandra Bullock said.";
    let x = extract(&q("Practical Magic", Kind::Movie), text, None);
    assert!(x.mentioned);
}
