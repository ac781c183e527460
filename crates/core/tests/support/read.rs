//! Reads one passage for one title, as `sequel-radar extract` does, for the
//! extract tests that quote a sentence per rule.

use sequel_radar_core::extract::{extract, Extraction, TitleQuery};
use sequel_radar_core::model::Kind;

pub fn read(name: &str, kind: Kind, text: &str) -> Extraction {
    let q = TitleQuery {
        name: name.into(),
        kind,
        year: None,
        aliases: vec![],
    };
    extract(&q, text, None)
}

/// As [`read`], with the article's publication date (YYYY-MM-DD).
#[allow(dead_code)]
pub fn read_on(name: &str, kind: Kind, text: &str, published: &str) -> Extraction {
    let q = TitleQuery {
        name: name.into(),
        kind,
        year: None,
        aliases: vec![],
    };
    extract(
        &q,
        text,
        chrono::NaiveDate::parse_from_str(published, "%Y-%m-%d").ok(),
    )
}

/// As [`read`], with the title's other names.
#[allow(dead_code)]
pub fn read_with_aliases(name: &str, kind: Kind, aliases: &[&str], text: &str) -> Extraction {
    let q = TitleQuery {
        name: name.into(),
        kind,
        year: None,
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
    };
    extract(&q, text, None)
}
