//! Word-key folding with a way back to the original text.
//!
//! Matching names and cue phrases happens on a "key" form of the text: lower
//! case, accents stripped, apostrophes dropped ("won’t" -> "wont"), every other
//! run of non-alphanumerics one space. The key keeps, per byte, the offset of
//! the original byte it came from, so a hit maps back to the words as written.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Key text with a leading and trailing space, so every word is ` word `.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    pub key: String,
    /// `map[i]` is the original byte offset of key byte `i`; one extra entry
    /// at the end holds the original length.
    map: Vec<u32>,
}

/// Clause punctuation survives as ` | ` when asked, so hedges and negations
/// do not reach across a comma into the next clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clauses {
    Drop,
    Keep,
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '`'
    )
}

fn is_clause_mark(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | '(' | ')' | '\u{2014}' | '\u{2013}' | '[' | ']' | '?' | '!' | '.'
    )
}

/// Where the key's bytes come from: the offsets of [`Folded`], or nothing
/// for [`key_of`], which needs no way back (one fold routine for both).
trait Offsets {
    fn push(&mut self, orig: usize);
    fn run(&mut self, from: usize, to: usize);
}

impl Offsets for Vec<u32> {
    fn push(&mut self, orig: usize) {
        Vec::push(self, orig as u32);
    }
    fn run(&mut self, from: usize, to: usize) {
        self.extend(from as u32..to as u32);
    }
}

impl Offsets for () {
    fn push(&mut self, _: usize) {}
    fn run(&mut self, _: usize, _: usize) {}
}

/// Folds `src` into `key` (leading and trailing space included), recording
/// each key byte's original offset in `map`.
fn fold_into(src: &str, clauses: Clauses, key: &mut String, map: &mut impl Offsets) {
    key.push(' ');
    map.push(0);
    // Whether the last pushed key byte is a space (or a clause bar).
    let mut last_space = true;
    let mut last_bar = false;
    let bytes = src.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_alphanumeric() || b == b' ' && !last_space {
                // ASCII words and the single spaces between them are their
                // own key, lower-cased: one copy for the whole run (a phrase,
                // not a word; speed only). A second space in a row, or any
                // other mark, ends the run and takes the general way below.
                let from_byte = i;
                let mut space = b == b' ';
                let mut word = !space;
                i += 1;
                // A stretch of word bytes at a time, then at most one space
                // (the same run as byte by byte, fewer tests per byte).
                loop {
                    let stretch = word_stretch(&bytes[i..]);
                    if stretch > 0 {
                        i += stretch;
                        space = false;
                        word = true;
                    }
                    if bytes.get(i) == Some(&b' ') && !space {
                        space = true;
                        i += 1;
                    } else {
                        break;
                    }
                }
                let from = key.len();
                key.push_str(&src[from_byte..i]);
                key[from..].make_ascii_lowercase();
                map.run(from_byte, i);
                last_space = space;
                if word {
                    last_bar = false;
                }
                continue;
            } else if b == b'&' {
                // "Shadow & Bone" is "Shadow and Bone".
                if !last_space {
                    key.push(' ');
                    map.push(i);
                }
                key.push_str("and ");
                for _ in 0..4 {
                    map.push(i);
                }
                last_space = true;
                last_bar = false;
            } else if b == b'\'' || b == b'`' {
                // Dropped: "Grey's" and "Greys" are one key.
            } else if clauses == Clauses::Keep && is_clause_mark(b as char) {
                push_bar(key, map, i, &mut last_space, &mut last_bar);
            } else if !last_space {
                key.push(' ');
                map.push(i);
                last_space = true;
            }
            i += 1;
            continue;
        }
        let c = match src[i..].chars().next() {
            Some(c) => c,
            None => break,
        };
        let len = c.len_utf8();
        if is_apostrophe(c) {
        } else if clauses == Clauses::Keep && is_clause_mark(c) {
            push_bar(key, map, i, &mut last_space, &mut last_bar);
        } else if c.is_alphanumeric() {
            let mut pushed = false;
            for d in std::iter::once(c).nfkd().filter(|d| !is_combining_mark(*d)) {
                for l in d.to_lowercase() {
                    if l.is_alphanumeric() {
                        key.push(l);
                        for _ in 0..l.len_utf8() {
                            map.push(i);
                        }
                        pushed = true;
                    }
                }
            }
            if pushed {
                last_space = false;
                last_bar = false;
            }
        } else if !last_space {
            key.push(' ');
            map.push(i);
            last_space = true;
        }
        i += len;
    }
    if !last_space {
        key.push(' ');
        map.push(src.len());
    }
}

/// ASCII letters and digits, by byte value: one load per byte in the hot
/// loop instead of range tests.
static ASCII_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// How many bytes at the start of `bytes` are ASCII letters or digits.
pub fn word_stretch(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .position(|&b| !ASCII_WORD[b as usize])
        .unwrap_or(bytes.len())
}

impl Folded {
    pub fn new(src: &str, clauses: Clauses) -> Folded {
        let mut key = String::with_capacity(src.len() + 2);
        let mut map: Vec<u32> = Vec::with_capacity(src.len() + 3);
        fold_into(src, clauses, &mut key, &mut map);
        map.push(src.len() as u32);
        Folded { key, map }
    }

    /// Original byte offset of key byte `k`.
    pub fn orig(&self, k: usize) -> usize {
        self.map.get(k).or(self.map.last()).copied().unwrap_or(0) as usize
    }

    /// Original byte range of the word-bounded key range `start..end`: the
    /// key byte at `end` is the separator that followed the last word.
    pub fn orig_range(&self, start: usize, end: usize) -> (usize, usize) {
        (self.orig(start), self.orig(end))
    }

    /// The first key byte that comes from original byte `orig` or later.
    pub fn key_at(&self, orig: usize) -> usize {
        self.map[..self.map.len().saturating_sub(1)].partition_point(|&m| (m as usize) < orig)
    }

    /// True when key bytes `start..end` sit on word boundaries.
    pub fn is_word(&self, start: usize, end: usize) -> bool {
        let k = self.key.as_bytes();
        let before = start == 0 || matches!(k[start - 1], b' ' | b'|');
        let after = end >= k.len() || matches!(k[end], b' ' | b'|');
        before && after
    }
}

fn push_bar(
    key: &mut String,
    map: &mut impl Offsets,
    i: usize,
    last_space: &mut bool,
    last_bar: &mut bool,
) {
    if *last_bar {
        return;
    }
    if !*last_space {
        key.push(' ');
        map.push(i);
    }
    key.push_str("| ");
    map.push(i);
    map.push(i);
    *last_space = true;
    *last_bar = true;
}

/// The key of `s` with its outer spaces into `key` (cleared first), without
/// offsets: for testing many pieces of text with one buffer.
pub fn key_into(s: &str, key: &mut String) {
    key.clear();
    fold_into(s, Clauses::Drop, key, &mut ());
}

/// The key of `s` with its outer spaces: `format!(" {} ", key_of(s))` in one
/// fold (a text without words gives one space instead of two).
pub fn padded_key(s: &str) -> String {
    let mut key = String::with_capacity(s.len() + 2);
    fold_into(s, Clauses::Drop, &mut key, &mut ());
    key
}

/// The key of a short phrase (a name, a cue) without the outer spaces.
pub fn key_of(s: &str) -> String {
    // No offsets and no second string: this runs for every name and phrase.
    let mut key = String::with_capacity(s.len() + 2);
    fold_into(s, Clauses::Drop, &mut key, &mut ());
    key.truncate(key.trim_end().len());
    let lead = key.len() - key.trim_start().len();
    key.drain(..lead);
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_apostrophes_and_punctuation() {
        let f = Folded::new("Amélie won’t: “Spider-Man”", Clauses::Drop);
        assert_eq!(f.key, " amelie wont spider man ");
        let f = Folded::new("Yes, it is", Clauses::Keep);
        assert_eq!(f.key, " yes | it is ");
    }

    #[test]
    fn maps_key_back_to_original() {
        let src = "Élan said “Purple Hearts 2” now";
        let f = Folded::new(src, Clauses::Drop);
        let k = f.key.find("purple hearts 2").expect("found");
        let (s, e) = f.orig_range(k, k + "purple hearts 2".len());
        assert_eq!(&src[s..e], "Purple Hearts 2");
    }
}
