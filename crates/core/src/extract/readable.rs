//! HTML page -> readable article text (body paragraphs, not navigation,
//! sidebars, "most read" lists or scripts), via dom_smoothie, a port of
//! Mozilla's Readability. Plain text passes through untouched.

use dom_smoothie::{Config, Readability, TextMode};
use std::borrow::Cow;

/// Whether `s` is an HTML page or fragment rather than plain text.
pub fn looks_like_html(s: &str) -> bool {
    let head = s.trim_start();
    let head = &head[..super::matcher::floor_boundary(head, head.len().min(1024))];
    let lower = head.to_ascii_lowercase();
    lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || lower.contains("<body")
        || lower.starts_with('<')
            && (lower.contains("<p>") || lower.contains("<div") || lower.contains("<article"))
}

/// The article text of `input`: readable text for HTML (one paragraph per
/// line), the input itself otherwise.
pub fn to_text(input: &str) -> Cow<'_, str> {
    if !looks_like_html(input) {
        return doubled_apostrophes(Cow::Borrowed(input));
    }
    doubled_apostrophes(html_text(input))
}

/// UK wire copy marks quotes with two apostrophes: ''I don't see how we can
/// do one.'' Each such pair becomes one double mark (a run of three is a
/// single mark closing inside it and the pair), so the quote finder sees
/// ordinary quotation marks. Text without a pair is returned as it is.
fn doubled_apostrophes(text: Cow<'_, str>) -> Cow<'_, str> {
    if pair_at(&text).is_none() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest: &str = &text;
    while let Some(i) = pair_at(rest) {
        let run = rest[i..].bytes().take_while(|&b| b == b'\'').count();
        out.push_str(&rest[..i]);
        let closing = rest[..i]
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_whitespace());
        match (run, closing) {
            (2, _) => out.push('"'),
            (3, true) => out.push_str("'\""),
            (3, false) => out.push_str("\"'"),
            _ => out.push_str(&rest[i..i + run]),
        }
        rest = &rest[i + run..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Where the first two apostrophes in a row are (a SIMD search: a plain
/// substring search here cost a tenth of an extraction).
fn pair_at(s: &str) -> Option<usize> {
    memchr::memmem::find(s.as_bytes(), b"\'\'")
}

fn html_text(input: &str) -> Cow<'_, str> {
    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let parsed = Readability::new(input, None, Some(cfg)).and_then(|mut r| r.parse());
    match parsed {
        Ok(article) if !article.text_content.trim().is_empty() => {
            Cow::Owned(format!("{}\n\n{}", article.title, article.text_content))
        }
        // Not an article Readability recognises: fall back to the tag-free text.
        _ => Cow::Owned(strip_tags(input)),
    }
}

/// Crude fallback: drop tags, scripts and styles; block tags become newlines.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let lower = html.to_ascii_lowercase();
    let mut i = 0;
    while i < html.len() {
        if html.as_bytes()[i] == b'<' {
            let rest = &lower[i..];
            let skip_to = if rest.starts_with("<script") {
                rest.find("</script>").map(|e| e + 9)
            } else if rest.starts_with("<style") {
                rest.find("</style>").map(|e| e + 8)
            } else {
                rest.find('>').map(|e| e + 1)
            };
            let tag = &rest[..rest.len().min(4)];
            if tag.starts_with("<p")
                || tag.starts_with("<br")
                || tag.starts_with("<div")
                || tag.starts_with("<h")
                || tag.starts_with("<li")
            {
                out.push('\n');
            }
            i += skip_to.unwrap_or(rest.len());
        } else {
            let next = html[i..].find('<').map(|n| i + n).unwrap_or(html.len());
            out.push_str(
                &html[i..next]
                    .replace("&nbsp;", " ")
                    .replace("&amp;", "&")
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'"),
            );
            i = next;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_page_becomes_article_text_without_navigation() {
        let html = "<!DOCTYPE html><html><head><title>T</title><script>var x = 1;</script></head><body><nav><a href='/'>Home</a> <a href='/tv'>TV</a></nav><article><h1>Purple Hearts 2</h1><p>On the Just for Variety podcast, star Sofia Carson was asked about the possibility of a Purple Hearts 2. Without giving away too much, or making any out-of-turn confirmations, Carson simply told Variety there are conversations.</p><p>Purple Hearts, directed by Elizabeth Allen Rosenbaum, is a 2022 Netflix romance original starring Sofia Carson and Nicholas Galitzine as a financially struggling couple who enter a marriage of convenience.</p></article><aside><h3>Most read</h3><ul><li>Other story</li></ul></aside></body></html>";
        let text = to_text(html);
        assert!(text.contains("Carson simply told Variety"), "{text}");
        assert!(!text.contains("var x"), "{text}");
        assert!(!text.contains("Most read"), "{text}");
        assert_eq!(to_text("plain text"), "plain text");
    }

    #[test]
    fn doubled_apostrophes_are_quotation_marks() {
        // 090-lucy-besson-no-sequel.txt
        let t = to_text("He told the Guardian: ''If you're asking the question of what's real and what's fake, I'm the winner! Because that's exactly what I want. I want people to say, 'Hold on, what's true and what's fake?'''");
        assert_eq!(t, "He told the Guardian: \"If you're asking the question of what's real and what's fake, I'm the winner! Because that's exactly what I want. I want people to say, 'Hold on, what's true and what's fake?'\"");
        assert!(matches!(to_text("Grey's Anatomy"), Cow::Borrowed(_)));
    }
}
