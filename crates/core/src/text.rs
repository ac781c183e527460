//! Text folding shared by search, duplicate detection and title matching, so
//! "Amélie", "amelie" and "AMÉLIE!" are the same key everywhere.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

/// Lower-case, strip accents, turn curly quotes into straight ones. Keeps
/// punctuation and spacing as they are (for search inside longer text).
pub fn fold(s: &str) -> String {
    s.nfkd()
        .filter(|c| !is_combining_mark(*c))
        .map(fold_char)
        .flat_map(char::to_lowercase)
        .collect()
}

/// Curly quotes and typographic dashes to their plain forms.
fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => '"',
        '\u{2010}'..='\u{2015}' => '-',
        _ => c,
    }
}

/// A key for "is this the same name": folded, punctuation dropped, runs of
/// spaces collapsed. "Spider-Man: No Way Home" -> "spider man no way home".
///
/// The same as running [`fold`] and then dropping punctuation, at a tenth of
/// the cost (an import of 50,000 rows needs a few hundred thousand keys):
/// NFKD is each character's own compatibility decomposition followed by a
/// reordering that only moves characters of a non-zero combining class, all
/// of them combining marks, which are dropped anyway; so each character is
/// decomposed on its own, and an ASCII one is its own decomposition. The
/// property tests below compare the two on arbitrary text.
pub fn name_key(s: &str) -> String {
    let mut key = Key {
        out: String::with_capacity(s.len()),
        pending_space: false,
    };
    for c in s.chars() {
        if c.is_ascii() {
            key.push(c.to_ascii_lowercase());
        } else {
            decompose_compatible(c, |d| {
                if is_combining_mark(d) {
                    return;
                }
                for l in fold_char(d).to_lowercase() {
                    key.push(l);
                }
            });
        }
    }
    key.out
}

struct Key {
    out: String,
    pending_space: bool,
}

impl Key {
    /// One folded character: letters and digits kept, apostrophes dropped
    /// ("Grey's" and "Greys" are the same name), anything else a word break.
    fn push(&mut self, c: char) {
        if c.is_alphanumeric() {
            if self.pending_space && !self.out.is_empty() {
                self.out.push(' ');
            }
            self.pending_space = false;
            self.out.push(c);
        } else if c != '\'' {
            self.pending_space = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The definition: the whole string folded, then punctuation dropped.
    fn by_definition(s: &str) -> String {
        let mut key = Key {
            out: String::new(),
            pending_space: false,
        };
        fold(s).chars().for_each(|c| key.push(c));
        key.out
    }

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

    #[test]
    fn the_usual_names_key_as_defined() {
        for s in [
            "Amélie",
            "  Spider-Man:  No Way Home ",
            "Grey’s Anatomy",
            "Série Numéro 12",
            "ＡＢＣ ｆｕｌｌｗｉｄｔｈ",
            "İstanbul",
            "Straße",
            "ﬁn ½",
            "노인을 위한 나라는 없다",
            "e\u{301}\u{327}",
            "",
        ] {
            assert_eq!(name_key(s), by_definition(s), "{s:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn any_text_keys_as_defined(s in "\\PC{0,40}") {
            prop_assert_eq!(name_key(&s), by_definition(&s));
        }

        #[test]
        fn marks_and_letters_key_as_defined(s in "[a-zA-Z0-9 '’:\u{300}-\u{36f}\u{1dc0}-\u{1dff}\u{0591}-\u{05c7}\u{0e31}-\u{0e4e}\u{00c0}-\u{024f}\u{ac00}-\u{ac20}]{0,30}") {
            prop_assert_eq!(name_key(&s), by_definition(&s));
        }
    }
}
