//! Reads one passage for one title, as `sequel-radar extract` does, for the
//! extract tests that quote a sentence per rule.

use sequel_radar_core::extract::{extract, Extraction, TitleQuery};
use sequel_radar_core::model::Kind;

pub fn read(name: &str, kind: Kind, text: &str) -> Extraction {
    read_with_aliases(name, kind, &[], text)
}

/// As [`read`], with the article's publication date (YYYY-MM-DD).
#[allow(dead_code)]
pub fn read_on(name: &str, kind: Kind, text: &str, published: &str) -> Extraction {
    extract(
        &query(name, kind, &[]),
        text,
        chrono::NaiveDate::parse_from_str(published, "%Y-%m-%d").ok(),
    )
}

/// As [`read_on`], with the title's year (the first season's for a show).
#[allow(dead_code)]
pub fn read_of_year(name: &str, kind: Kind, year: i32, text: &str, published: &str) -> Extraction {
    let q = TitleQuery {
        year: Some(year),
        ..query(name, kind, &[])
    };
    extract(
        &q,
        text,
        chrono::NaiveDate::parse_from_str(published, "%Y-%m-%d").ok(),
    )
}

/// As [`read`], with the title's other names.
pub fn read_with_aliases(name: &str, kind: Kind, aliases: &[&str], text: &str) -> Extraction {
    extract(&query(name, kind, aliases), text, None)
}

/// The first `n` paragraphs of a passage, as published (a test that needs
/// only the opening of a corpus file reads the file, not a copy of it).
#[allow(dead_code)]
pub fn opening(text: &str, n: usize) -> String {
    text.split("\n\n").take(n).collect::<Vec<_>>().join("\n\n")
}

fn query(name: &str, kind: Kind, aliases: &[&str]) -> TitleQuery {
    TitleQuery {
        name: name.into(),
        kind,
        year: None,
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
    }
}
