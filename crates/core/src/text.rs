//! Text folding shared by search, duplicate detection and title matching, so
//! "Amélie", "amelie" and "AMÉLIE!" are the same key everywhere.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Lower-case, strip accents, turn curly quotes into straight ones. Keeps
/// punctuation and spacing as they are (for search inside longer text).
pub fn fold(s: &str) -> String {
    s.nfkd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => '"',
            '\u{2010}'..='\u{2015}' => '-',
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// A key for "is this the same name": folded, punctuation dropped, runs of
/// spaces collapsed. "Spider-Man: No Way Home" -> "spider man no way home".
pub fn name_key(s: &str) -> String {
    let folded = fold(s);
    let mut out = String::with_capacity(folded.len());
    let mut pending_space = false;
    for c in folded.chars() {
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        } else if c == '\'' {
            // "Grey's" and "Greys" are the same name.
        } else {
            pending_space = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_case_and_punctuation_fold() {
        assert_eq!(name_key("Amélie"), "amelie");
        assert_eq!(
            name_key("  Spider-Man:  No Way Home "),
            "spider man no way home"
        );
        assert_eq!(name_key("Grey’s Anatomy"), "greys anatomy");
        assert_eq!(fold("“Purple Hearts”"), "\"purple hearts\"");
    }
}
