//! Speakers on real passages: what is a person who can speak, and who a
//! descriptor ("The Aussie star", "The 30-year-old actor") or a pronoun
//! refers to. Passages are copied from published articles kept in
//! tests/corpus/ (file named per case).

#[path = "support/read.rs"]
mod support;

use sequel_radar_core::extract::{extract, Quote, TitleQuery};
use sequel_radar_core::model::Kind;

fn quotes(name: &str, kind: Kind, text: &str) -> Vec<Quote> {
    support::read(name, kind, text).quotes
}

/// As [`quotes`], with the other names the text uses for the title.
fn quotes_aka(name: &str, alias: &str, kind: Kind, text: &str) -> Vec<Quote> {
    let q = TitleQuery {
        name: name.into(),
        kind,
        year: None,
        aliases: vec![alias.into()],
    };
    extract(&q, text, None).quotes
}

#[test]
fn role_given_beside_a_surname_is_the_persons() {
    // 195-the-greatest-showman-treatment.txt: "Jackman, who starred as ..."
    // makes him "The Aussie star", not the host named after him.
    let text = "Hugh Jackman spoke about the possibility of a “Greatest Showman” sequel during an interview on BBC Radio 2 Monday.\n\nJackman, who starred as ringmaster P. T. Barnum in the smash hit film, was questioned about the flick as he appeared on Steve Wright’s Big Guests show to talk about his latest movie “Missing Link”.\n\nThe Aussie star explained, “The real answer is ‘could be,’ I’m not sure. I’m being completely honest with you, there is talk of something going around but no one is really sure.”";
    let q = quotes_aka(
        "The Greatest Showman",
        "Greatest Showman",
        Kind::Movie,
        text,
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Hugh Jackman");
    assert_eq!(q[0].role.as_deref(), Some("star"));
}

#[test]
fn age_descriptor_is_the_one_called_by_that_word() {
    // 199-bhool-bhulaiyaa-2-march-25.txt: "The 30-year-old actor" is "Actor
    // Kartik Aaryan", not Vidya Balan named last; "he wrote" is him too.
    let text = "Actor Kartik Aaryan and director Anees Bazmee on Tuesday announced that their upcoming film “Bhool Bhulaiyaa 2” will arrive in cinema halls next year on March 25.\n\nThe horror comedy, also starring Tabu and Kiara Advani, is a sequel to filmmaker Priyadarshan's 2007 film of the same name that featured Akshay Kumar and Vidya Balan.\n\nThe release date announcement comes two days after the Maharashtra government allowed cinema halls to resume operations from next month.\n\nThe 30-year-old actor took to social media to share the news.\n\n“25th MARCH 2022 #BhoolBhulaiyaa2 GhostGhost At a theatre near you,” he wrote.";
    let q = quotes("Bhool Bhulaiyaa", Kind::Movie, text);
    let wrote = q
        .iter()
        .find(|x| x.text.starts_with("25th MARCH 2022"))
        .unwrap_or_else(|| panic!("quote kept: {q:?}"));
    assert_eq!(wrote.speaker, "Kartik Aaryan", "{q:?}");
}
