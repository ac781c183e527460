//! Paragraphs and sentences of plain article text, as byte ranges into it.
//! One linear pass; abbreviations ("Vol.", "Dr.", "Michael B. Jordan") do not
//! end a sentence, closing quotation marks after the full stop stay with it.

/// A byte range `start..end` of the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// A sentence and the paragraph it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub para: usize,
}

/// Every non-blank line is a paragraph (articles as published put one per line).
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        let trimmed_start = start + (line.len() - line.trim_start().len());
        let trimmed_end = start + line.trim_end().len();
        if trimmed_end > trimmed_start {
            out.push(Span {
                start: trimmed_start,
                end: trimmed_end,
            });
        }
        start = end;
    }
    out
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "vol", "pt", "no", "inc", "ltd", "co", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "sen",
    "rep", "gov", "prof", "mt", "ft", "u.s", "u.k", "e.g", "i.e", "approx", "ep", "mrs", "lt",
    "col", "capt", "sgt", "rev", "ave", "blvd", "est", "dept", "fig",
];

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201D}' | '\u{2019}' | ')' | ']' | '\u{00BB}'
    )
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(
            c,
            '"' | '\'' | '\u{201C}' | '\u{2018}' | '(' | '[' | '\u{00AB}' | '\u{2014}'
        )
}

/// The word ending just before byte `dot` (letters and inner dots).
fn word_before(text: &str, dot: usize) -> &str {
    let head = &text[..dot];
    let start = head
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '.'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    &head[start..]
}

fn is_abbreviation(word: &str) -> bool {
    let mut chars = word.chars();
    // A single capital is an initial ("Michael B. Jordan").
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return true;
        }
    }
    // Dotted acronyms ("U.S", "L.A") never end a sentence here.
    if word.len() <= 4 && word.contains('.') {
        return true;
    }
    // Nor do longer ones of single capitals: "a ‘Man From U.N.C.L.E.’
    // Sequel", "Agents of S.H.I.E.L.D."
    if word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
    {
        return true;
    }
    // The list is lower case: compare without allocating a lower-case copy.
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// Sentences of every paragraph, in order.
pub fn sentences(text: &str, paras: &[Span]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (pi, p) in paras.iter().enumerate() {
        let body = &text[p.start..p.end];
        let mut start = 0;
        let bytes = body.as_bytes();
        let mut next = 0;
        // The marks are ASCII: jump from one to the next over the bytes
        // (memchr: many bytes per step). An ellipsis is a pause inside a
        // sentence more often than an end.
        while let Some(off) = memchr::memchr3(b'.', b'!', b'?', &bytes[next..]) {
            let i = next + off;
            next = i + 1;
            if bytes[i] == b'.' && is_abbreviation(word_before(body, i)) {
                continue;
            }
            // Swallow repeated marks and closing quotes/brackets.
            let mut end = i + 1;
            for d in body[end..].chars() {
                if matches!(d, '.' | '!' | '?') || is_closer(d) {
                    end += d.len_utf8();
                } else {
                    break;
                }
            }
            next = end;
            let rest = &body[end..];
            let trimmed = rest.trim_start();
            if trimmed.len() == rest.len() && !rest.is_empty() {
                continue; // "2.5", "Mr.X": no space, no break
            }
            match trimmed.chars().next() {
                Some(n) if !starts_sentence(n) => continue,
                _ => {}
            }
            push(&mut out, p.start, body, start, end, pi);
            start = end + (rest.len() - trimmed.len());
        }
        push(&mut out, p.start, body, start, body.len(), pi);
    }
    out
}

fn push(out: &mut Vec<Sentence>, base: usize, body: &str, start: usize, end: usize, para: usize) {
    let piece = &body[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if piece.trim().is_empty() {
        return;
    }
    out.push(Sentence {
        span: Span {
            start: base + start + lead,
            end: base + end - trail,
        },
        para,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let paras = paragraphs(text);
        sentences(text, &paras)
            .iter()
            .map(|s| &text[s.span.start..s.span.end])
            .collect()
    }

    #[test]
    fn splits_sentences_and_keeps_initials_and_closing_quotes() {
        // From crates/core/tests/corpus/004-sinners-no-sequel.txt.
        let text = "If things change, the film's star Michael B. Jordan would be up for a Sinners prequel. \"I mean, you know, I'm always… I'd be up for it,\" he told GamesRadar+.\n\n\"There are conversations. That’s all I’ll say.\"";
        assert_eq!(
            split(text),
            vec![
                "If things change, the film's star Michael B. Jordan would be up for a Sinners prequel.",
                "\"I mean, you know, I'm always… I'd be up for it,\" he told GamesRadar+.",
                "\"There are conversations.",
                "That’s all I’ll say.\"",
            ]
        );
    }
}
