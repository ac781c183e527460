//! Long pages (live blogs, roundups, several articles on one page) are read
//! only around this title: the paragraphs that name it and a few on either
//! side. Everything else on such a page is about other titles, and reading
//! it all made one extraction cost tens of milliseconds per megabyte.

use super::fold::key_into;
use super::matcher::{title_case, Names};
use super::sentences::paragraphs;

/// Texts up to this size are read whole: a news article is a few KB, and
/// leaving them whole keeps every short article's answer as it was.
pub const WHOLE: usize = 32 * 1024;

/// Paragraphs kept before and after one that names the title: the lead-in
/// of a quote, the person named before a pronoun, a block quote after it.
const AROUND: usize = 3;

/// The paragraphs of a long `text` near a mention of the title, one per line
/// in their order; None when `text` is short enough to read whole. A long
/// page that never names the title gives an empty text.
pub fn around_title(text: &str, names: &Names) -> Option<String> {
    if text.len() <= WHOLE {
        return None;
    }
    let paras = paragraphs(text);
    // A short title counts only as written or title-cased (see
    // `short_hit_ok`): a paragraph without either form cannot name it.
    let cased: Vec<String> = if names.short {
        names
            .written
            .iter()
            .flat_map(|w| [w.clone(), title_case(w)])
            .collect()
    } else {
        Vec::new()
    };
    let mut keep = vec![false; paras.len()];
    let mut key = String::new();
    for (i, p) in paras.iter().enumerate() {
        let body = &text[p.start..p.end];
        if names.short && !cased.iter().any(|c| body.contains(c.as_str())) {
            continue;
        }
        key_into(body, &mut key);
        if names.padded.iter().any(|k| key.contains(k.as_str())) {
            let hi = (i + AROUND).min(paras.len() - 1);
            for k in &mut keep[i.saturating_sub(AROUND)..=hi] {
                *k = true;
            }
        }
    }
    let mut out = String::new();
    for (p, _) in paras.iter().zip(&keep).filter(|(_, k)| **k) {
        out.push_str(&text[p.start..p.end]);
        out.push('\n');
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(n: &str) -> Names {
        Names::new(&crate::extract::matcher::film(n))
    }

    #[test]
    fn short_texts_are_read_whole() {
        assert!(
            around_title("Purple Hearts 2 is in the works.", &names("Purple Hearts")).is_none()
        );
    }

    #[test]
    fn long_texts_keep_the_paragraphs_around_a_mention() {
        let mut paras: Vec<String> = (0..2000)
            .map(|i| format!("Filler paragraph {i}."))
            .collect();
        paras[1000] = "A PURPLE HEARTS sequel is in the works.".into();
        let text = paras.join("\n");
        let w = around_title(&text, &names("Purple Hearts")).expect("long text");
        let kept: Vec<&str> = w.lines().collect();
        assert_eq!(kept.len(), 2 * AROUND + 1);
        assert_eq!(kept[AROUND], "A PURPLE HEARTS sequel is in the works.");
        assert_eq!(kept[0], "Filler paragraph 997.");
        // Never named: nothing to read.
        paras[1000] = "Filler paragraph.".into();
        let w = around_title(&paras.join("\n"), &names("Purple Hearts")).expect("long text");
        assert!(w.is_empty());
    }
}
