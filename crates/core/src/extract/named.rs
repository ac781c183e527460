//! A sequel known by its own name: "the second installment, City of Ashes",
//! "officially titled “Aquaman and The Lost Kingdom”", "China Rich
//! Girlfriend, the sequel to summer blockbuster Crazy Rich Asians". Films
//! often get a name of their own rather than a number, and fans know them by
//! it; a number built from the title ("Aquaman 2") is only a stand-in.
//!
//! A regex over the page: the shapes are few and fixed, and no crate knows
//! film names. The name must sit in words that make it the sequel
//! (titled, the second installment, the follow-up film, the sequel to the
//! title) with the title named just before, so a film merely named in
//! passing is not taken.

use super::fold::key_of;
use super::matcher::Names;
use regex::Regex;
use std::sync::OnceLock;

/// A name as written: in marks, or a run of capitalised words (small words
/// and initials inside: "To All The Boys: P.S. I Still Love You"; a number
/// may open it: "28 Years Later") that ends on a capitalised word. (ASCII classes: a Unicode `\w`
/// makes each regex cost tens of millions of instructions to build, for
/// names written in ASCII letters.)
/// No counted repeats either, which multiply the automaton: `find` checks
/// the length.
const NAME: &str = r#"(?:[“"‘]([^”"’\n]+?)[”"’]|((?:(?:[0-9]+ )?[A-Z][A-Za-z0-9'’&-]*)(?:(?: |: )(?:(?:of|the|and|in|a|an|to|at|for|on) )*(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z0-9][A-Za-z0-9'’&-]*))*))"#;

/// A shape, and the words a text must hold for it to be tried at all (most
/// articles hold none: the regex is not run on them).
type Shape = (&'static [&'static str], Regex);

fn patterns() -> &'static [Shape] {
    static RES: OnceLock<Vec<Shape>> = OnceLock::new();
    RES.get_or_init(|| {
        let shapes: [(&'static [&'static str], String); 5] = [
            // "officially titled “Aquaman and The Lost Kingdom”", "a film
            // entitled Superman Unleashed".
            (
                // "Titled Freakier Friday, the film is set to ...".
                &["itled"],
                format!(r"(?-u:\b)(?:officially )?(?:[Tt]itled|[Ee]ntitled) {NAME}"),
            ),
            // "the second installment, City of Ashes", "the second
            // installment in the trilogy, “Catching Fire”". (Not "his next
            // film, "The Martian,"": a person's next film is not a sequel.)
            (
                &["installment", "instalment", "chapter", " film,", " movie,"],
                format!(
                    r"(?-u:\b)(?:(?:second|third|fourth) (?:installment|instalment|film|movie|chapter)|next (?:installment|instalment|chapter))(?: in the (?:trilogy|series|franchise|saga))?, {NAME}"
                ),
            ),
            // "The sequel to the 1999 classic, The Best Man Holiday,
            // debuted in second place".
            (
                &["equel"],
                format!(r"(?-u:\b)[Tt]he sequel(?: to [^,.;\n]+)?, {NAME},"),
            ),
            // "the follow-up film Soldado".
            (
                &["follow-up"],
                format!(r"(?-u:\b)follow-up (?:film|movie) {NAME}"),
            ),
            // "The sequel “I, the Executioner” continues the story", "Can
            // its sequel, THE MARVELS, match that opening?": the name in
            // double marks (a single one may be an apostrophe: "‘Don’t
            // Breathe 2’"), or set off by commas.
            (
                &["equel"],
                format!(
                    r#"(?-u:\b)(?:[Ii]ts|[Tt]he) sequel(?:,? [“"]([^”"\n]+?)[”"]|, {NAME},)"#
                ),
            ),
        ];
        shapes
            .into_iter()
            .filter_map(|(gate, p)| Regex::new(&p).ok().map(|re| (gate, re)))
            .collect()
    })
}

/// "China Rich Girlfriend, the sequel to summer blockbuster Crazy Rich
/// Asians": the name before an apposition that makes it our sequel.
fn sequel_to() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(
            r"{NAME}, the (?:[A-Za-z0-9-]+ )??(?:[A-Za-z0-9-]+ )??sequel to ([^,.;\n]+)"
        ))
        .ok()
    })
    .as_ref()
}

/// The next installment's own name, if the article gives it.
pub fn find(text: &str, names: &Names) -> Option<String> {
    let ours = |s: &str| {
        let k = key_of(s);
        names.keys.iter().any(|n| *n == k.trim())
    };
    // Our title named shortly before: "The sequel to Planes, ..., titled
    // “Planes: Fire and Rescue”" in a roundup is another film's.
    let near_ours = |at: usize| {
        let from = super::matcher::floor_boundary(text, at.saturating_sub(200));
        let k = format!(" {} ", key_of(&text[from..at]));
        names.padded.iter().any(|n| k.contains(n.as_str()))
    };
    let clean = |m: &str| -> Option<String> {
        let name = m
            .trim()
            .trim_end_matches([',', '.', ':', ';'])
            .trim_end_matches(['”', '"', '’'])
            .trim();
        let words = name.split_whitespace().count();
        let usable = (1..=10).contains(&words)
            && name.len() <= 60
            && name
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            && !matches!(name, "The" | "A" | "It" | "This" | "That")
            && !ours(name);
        usable.then(|| name.to_string())
    };
    for (gate, re) in patterns() {
        if !gate.iter().any(|w| text.contains(w)) {
            continue;
        }
        for c in re.captures_iter(text) {
            let Some(m) = (1..c.len()).find_map(|i| c.get(i)) else {
                continue;
            };
            let at = c.get(0).map_or(0, |w| w.start());
            if !near_ours(at) {
                continue;
            }
            // Another kind of work's name: "based on Alice Hoffman’s 2021
            // novel, titled The Book of Magic".
            let from = super::matcher::floor_boundary(text, at.saturating_sub(24));
            let before = text[from..at].trim_end().trim_end_matches(',');
            let work = before.rsplit(' ').next().unwrap_or("").to_lowercase();
            // A scene in it, not its name: "In the sequel, Ellie, now 19,
            // ...", "For the sequel, Villeneuve, who ...".
            if matches!(
                work.as_str(),
                "in" | "for" | "on" | "at" | "from" | "with" | "into" | "of"
            ) {
                continue;
            }
            if matches!(
                work.as_str(),
                "novel" | "book" | "memoir" | "comic" | "album" | "song" | "episode" | "podcast"
            ) {
                continue;
            }
            if let Some(name) = clean(m.as_str()) {
                return Some(name);
            }
        }
    }
    if !text.contains("sequel to") {
        return None;
    }
    let re = sequel_to()?;
    for c in re.captures_iter(text) {
        let (Some(m), Some(object)) = (c.get(1).or_else(|| c.get(2)), c.get(3)) else {
            continue;
        };
        // The title right after "sequel to", a description at most before
        // it; or the name itself built on the title, whatever the sequel is
        // said to follow: "A Bad Moms Christmas, the holiday sequel to last
        // year's hit comedy".
        let o = object.as_str();
        let o = &o[..super::matcher::floor_boundary(o, 80.min(o.len()))];
        let k = format!(" {} ", key_of(o));
        let own = format!(" {} ", key_of(m.as_str()));
        if names
            .padded
            .iter()
            .any(|n| k.contains(n.as_str()) || own.contains(n.as_str()))
        {
            if let Some(name) = clean(m.as_str()) {
                return Some(name);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::TitleQuery;
    use crate::model::Kind;

    fn named(title: &str, text: &str) -> Option<String> {
        let q = TitleQuery {
            name: title.into(),
            kind: Kind::Movie,
            year: None,
            aliases: vec![],
        };
        find(text, &Names::new(&q))
    }

    #[test]
    fn a_number_may_open_a_name() {
        // 556-28-years-later-starts-filming.txt
        assert_eq!(
            named(
                "28 Weeks Later",
                "28 Years Later, the highly anticipated sequel to 28 Days Later and 28 Weeks Later, has officially started filming"
            )
            .as_deref(),
            Some("28 Years Later")
        );
    }

    #[test]
    fn initials_inside_a_name_go_on() {
        // 553-to-all-the-boys-ps-february-12.txt
        assert_eq!(
            named(
                "To All the Boys I've Loved Before",
                "To All The Boys I’ve Loved Before was based on the first of three books written by American author Jenny Han. The sequel, titled To All The Boys: P.S. I Still Love You, got a green light in December 2018"
            )
            .as_deref(),
            Some("To All The Boys: P.S. I Still Love You")
        );
    }

    #[test]
    fn names_in_apposition_titles_and_sequel_to() {
        // 275-mortal-instruments-sequel-canned.txt
        assert_eq!(
            named(
                "The Mortal Instruments: City of Bones",
                "The successes of Twilight and The Hunger Games made popular YA novels hot in Hollywood—and Sony Screen Gems seemed poised to capitalize by adapting Cassandra Clare's The Mortal Instruments: City of Bones, with plans to follow with the second installment, City of Ashes."
            )
            .as_deref(),
            Some("City of Ashes")
        );
        // 311-aquaman-2-shooting-begins.txt
        assert_eq!(
            named(
                "Aquaman",
                "Director James wan has confirmed by his Instagram account the start of production of this Aquaman 2, officially titled “Aquaman and The Lost Kingdom”."
            )
            .as_deref(),
            Some("Aquaman and The Lost Kingdom")
        );
        // 351-crazy-rich-asians-sequel-greenlit.txt
        assert_eq!(
            named(
                "Crazy Rich Asians",
                "The good news is that China Rich Girlfriend, the sequel to summer blockbuster Crazy Rich Asians, has been greenlighted for production after the movie proved to be a monster hit."
            )
            .as_deref(),
            Some("China Rich Girlfriend")
        );
        // 481-best-man-holiday-opens-30-million.txt: the name in
        // apposition to "The sequel to ...", the title named just before.
        assert_eq!(
            named(
                "The Best Man",
                "Fourteen years after the release of the original film, audiences are still in love with The Best Man. The sequel to the 1999 classic, The Best Man Holiday, debuted in second place at the box office this week, pulling in an admirable $30.6 million in ticket sales and bested only by Thor 2: The Dark World."
            )
            .as_deref(),
            Some("The Best Man Holiday")
        );
        // 419-freakier-friday-august-8-2025.txt: the name opening the
        // paragraph after the sequel's sentence.
        assert_eq!(
            named(
                "Freaky Friday",
                include_str!("../../tests/corpus/419-freakier-friday-august-8-2025.txt")
            )
            .as_deref(),
            Some("Freakier Friday")
        );
    }

    #[test]
    fn a_name_after_the_sequel_in_marks_or_between_commas() {
        // 841-veteran-sequel-i-the-executioner-6-million.txt
        assert_eq!(
            named(
                "Veteran",
                "Previously, “I, the Executioner” reached 5 million moviegoers on its eighth day of release, which is faster than the original “Veteran” film (which took 10 days). The sequel “I, the Executioner” continues the story of detective Seo Do Chul"
            )
            .as_deref(),
            Some("I, the Executioner")
        );
        // https://rl.huuu.biz/r/boxoffice/comments/16y9d82/the_marvels_debuts_on_tracking_between_95m_and/k38cbmi
        assert_eq!(
            named(
                "Captain Marvel",
                "The first CAPTAIN MARVEL opened to $153M in March of 2019. Can its sequel, THE MARVELS, match that opening?"
            )
            .as_deref(),
            Some("THE MARVELS")
        );
    }

    #[test]
    fn a_name_built_on_the_title_is_the_sequel_to_whatever_it_follows() {
        // 592-bad-moms-christmas-box-office.txt
        assert_eq!(
            named(
                "Bad Moms",
                "Christmas came early for STX as A Bad Moms Christmas, the holiday sequel to last year's hit comedy, scored a five-day total of $21.5M."
            )
            .as_deref(),
            Some("A Bad Moms Christmas")
        );
    }
}
