//! Finding a title and its next installment in text.
//!
//! Names and aliases are compared in key form (case, accents, punctuation and
//! curly quotes folded away). Short or common-word titles ("It", "Us", "Up",
//! "Heat") only count written title-cased and with film/TV words nearby.
//! [`Matcher`] does this for a whole watchlist with one Aho-Corasick automaton.

use super::cues::{self, number_word, ordinal, Cue};
use super::fold::{key_of, Clauses, Folded};
use super::TitleQuery;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

const COMMON_WORDS: &[&str] = &[
    "it",
    "us",
    "up",
    "heat",
    "her",
    "nope",
    "signs",
    "cars",
    "elf",
    "jaws",
    "friends",
    "you",
    "lost",
    "house",
    "girls",
    "dark",
    "big",
    "home",
    "alien",
    "aliens",
    "fury",
    "crash",
    "split",
    "glass",
    "us",
    "them",
    "men",
    "sing",
    "soul",
    "coco",
    "frozen",
    "brave",
    "cats",
    "rush",
    "drive",
    "her",
    "jobs",
    "joy",
    "taken",
    "speed",
    "wanted",
    "halloween",
    "arrival",
    "yes",
    "rocky",
    "the office",
    "the bear",
    "dune",
    "barbarian",
    "smile",
    "beef",
    "monk",
    "bones",
    "house",
    "fargo",
    "atlanta",
    "succession",
    "severance",
    "wednesday",
    "you",
    "ted",
    "room",
    "gravity",
    "looper",
    "sinners",
    "forever",
    "kaos",
    "hanna",
];

/// One title's names in key form, and whether it needs the short-title rules.
#[derive(Debug, Clone)]
pub struct Names {
    pub keys: Vec<String>,
    /// The keys with a space either side, as they sit in a folded text.
    pub padded: Vec<String>,
    /// Names as written, for the case check of short titles.
    pub written: Vec<String>,
    pub short: bool,
}

impl Names {
    pub fn new(t: &TitleQuery) -> Names {
        let mut keys = Vec::new();
        let mut written = Vec::new();
        for n in std::iter::once(&t.name).chain(t.aliases.iter()) {
            let k = key_of(n);
            if !k.is_empty() && !keys.contains(&k) {
                keys.push(k);
                written.push(n.trim().to_string());
            }
        }
        // "The Simpsons Movie" is the film of "The Simpsons", and its sequel
        // is written "The Simpsons 2": the name without its "Movie" is a
        // name of the film too (not when that leaves a short or common word).
        if t.kind == crate::model::Kind::Movie {
            for w in written.clone() {
                let Some(base) = without_movie(&w) else {
                    continue;
                };
                let k = key_of(base);
                if !k.is_empty() && !is_short(&k) && !keys.contains(&k) {
                    keys.push(k);
                    written.push(base.to_string());
                }
            }
        }
        let short = keys.first().is_some_and(|k| is_short(k));
        let padded = keys.iter().map(|k| format!(" {k} ")).collect();
        Names {
            keys,
            padded,
            written,
            short,
        }
    }
}

/// "The Simpsons Movie" / "Barbie: The Movie" without the "Movie".
fn without_movie(name: &str) -> Option<&str> {
    let head = name.trim_end().strip_suffix("Movie")?;
    // A word of its own: not "SuperMovie".
    if !head.ends_with([' ', ':', '-']) {
        return None;
    }
    let head = head.trim_end_matches([' ', ':', '-']);
    let head = head.strip_suffix(" The").unwrap_or(head);
    let base = head.trim_end_matches([' ', ':', '-']);
    (!base.is_empty()).then_some(base)
}

pub fn is_short(key: &str) -> bool {
    (!key.contains(' ') && key.len() <= 4) || COMMON_WORDS.contains(&key)
}

/// Whether a short title's hit at original bytes `s..e` is really the title:
/// written as the title is (capitalised), and film/TV words within `context`.
pub fn short_hit_ok(orig: &str, s: usize, e: usize, written: &[String], context_key: &str) -> bool {
    let Some(hit) = orig.get(s..e) else {
        return false;
    };
    // The key drops apostrophes, so a hit in single marks ends with its
    // closing mark: "‘Veep’ & ‘Silicon Valley’".
    let hit = hit.trim_end_matches(['\'', '\u{2019}']);
    // A show styled in capitals, its season right after: "the FROM season
    // 3 premiere date" (not "IT", "US", "UP": words in capitals too).
    let shouted = || {
        let next = orig[e..].trim_start_matches(' ');
        let next = next.split(' ').next().unwrap_or("").to_lowercase();
        hit.chars().count() > 2
            && orig[e..].starts_with(' ')
            && written.iter().any(|w| hit == w.to_uppercase())
            && matches!(next.as_str(), "season" | "series" | "part" | "chapter")
    };
    let cased = written.iter().any(|w| hit == w || hit == title_case(w)) || shouted();
    if !cased {
        return false;
    }
    // Sentence-initial "It" is the pronoun unless a next label follows.
    let before = orig[..s].trim_end_matches(['"', '\'', '\u{201C}', '\u{2018}', ' ']);
    let initial = before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':']);
    // Marks around it make it a name wherever it stands: "“Minx” was
    // greenlit for a season 2".
    let in_marks = orig[..s].ends_with(['"', '\u{201C}', '\u{2018}'])
        && orig[e..].starts_with(['"', '\u{201D}', '\u{2019}']);
    if initial && !in_marks {
        let after = orig[e..].trim_start_matches([':', ' ', ',']);
        let next_word: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
        let lw = next_word.to_lowercase();
        let label = lw == "chapter" || lw == "part" || lw == "sequel" || number_word(&lw).is_some();
        // A longer word opening a sentence about film or TV and going on
        // in lower case ("Severance will return for a third season") is
        // the title; "It", "Us", "Up" there are the pronoun or particle,
        // and "Wednesday, Netflix said" or "Wednesday night" is the day.
        let long = hit.chars().count() > 3;
        let day_part = matches!(lw.as_str(), "night" | "morning" | "afternoon" | "evening");
        let goes_on = long
            && orig[e..].starts_with(' ')
            && next_word.chars().next().is_some_and(char::is_lowercase)
            && !day_part;
        // "Community, a comedy about a group of friends at a small
        // community college, has been cancelled": the title and its
        // description.
        let described =
            long && orig[e..].starts_with(", ") && matches!(lw.as_str(), "a" | "an" | "the");
        if !(label || goes_on || described) {
            return false;
        }
    }
    if inside_longer_name(orig, s, e) || a_day(orig, s, e, hit) {
        return false;
    }
    cues::has(context_key, Cue::Context)
        || numbered_name(hit, &orig[e..])
        || quoted_numbered_name(&orig[..s], &orig[e..])
}

/// Even a three-letter word is the sequel's name when the marks hold it
/// with its number and nothing else: "Lionsgate’s “Red 2” struggled to keep
/// pace with its predecessor".
fn quoted_numbered_name(before: &str, after: &str) -> bool {
    let opened = before.ends_with(['"', '\u{201C}']);
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    opened && (1..=2).contains(&digits) && rest[digits..].starts_with(['"', '\u{201D}'])
}

/// A longer common word written as the title with a sequel's number right
/// after it is the sequel's name, film words or not: "Sing 2 is out
/// 12/22/21." (Not a quantity: "Moving 2 percent", "Frozen 2.5 million".)
fn numbered_name(hit: &str, after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let tail = &rest[digits..];
    // "2.5", "2,000", "2%", "12/22": a quantity or a date.
    let quantity = tail.starts_with('%')
        || tail.starts_with('/')
        || [".", ","].iter().any(|m| {
            tail.strip_prefix(m)
                .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()))
        });
    let next_word = tail
        .trim_start()
        .split(' ')
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    // (Longer than "It", "Up", "Us": those are words far more often.)
    hit.chars().count() > 3
        && (1..=2).contains(&digits)
        && !quantity
        && !tail.starts_with(|c: char| c.is_alphanumeric())
        && !matches!(
            next_word,
            "percent"
                | "per"
                | "million"
                | "billion"
                | "thousand"
                | "years"
                | "times"
                | "days"
                | "weeks"
                | "months"
                | "hours"
                | "minutes"
                | "episodes"
                | "seasons"
        )
}

/// The days of the week as written (no one's name either: see `people`).
pub const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// A title that is a weekday, used as the day: "series creator Lisa
/// Hanawalt tweeted on Wednesday.", "one episode every Wednesday", "the
/// network announced Wednesday.", "premieres Wednesday, Sept. 28". (Not
/// "Netflix renewed Wednesday for a second season".)
pub fn a_day(orig: &str, s: usize, e: usize, hit: &str) -> bool {
    if !WEEKDAYS.contains(&hit) {
        return false;
    }
    let (before, after) = neighbours(orig, s, e);
    let before = before.to_lowercase();
    let ends = after.is_empty();
    // (Also "her role on Wednesday", a known loss: "on Wednesday" is far
    // more often the day in news.)
    let preposition = before == "every" || before == "on";
    // Right after the news was given, ending the clause: not "Netflix has
    // renewed Wednesday."
    let verb_then_end = before == "announced" && ends;
    let dated = orig[e..].starts_with(", ")
        && orig[e + 2..].split_whitespace().next().is_some_and(|w| {
            let w = w.trim_end_matches('.').to_lowercase();
            super::release::month(&w).is_some()
        });
    preposition || verb_then_end || dated
}

/// The word right before byte `s` and right after byte `e` on the same line,
/// empty when punctuation separates it from the hit.
fn neighbours(orig: &str, s: usize, e: usize) -> (&str, &str) {
    let head = &orig[..s];
    let line_start = head.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let head = &head[line_start..];
    let trimmed = head.trim_end();
    let before_end = trimmed.len();
    let before_start = trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}' | '-')))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let before = &trimmed[before_start..before_end];
    let tail = &orig[e..];
    let tail = &tail[..tail.find('\n').unwrap_or(tail.len())];
    let t = tail.trim_start();
    let after_len = t
        .char_indices()
        .find(|(_, c)| !(c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}' | '-')))
        .map(|(i, _)| i)
        .unwrap_or(t.len());
    (before, &t[..after_len])
}

/// Whether the line the hit at `s..e` is on is a title-case headline: most
/// of its words capitalised.
fn headline_line(orig: &str, s: usize, e: usize) -> bool {
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let line_start = orig[..s].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let line_end = orig[e..].find('\n').map(|i| e + i).unwrap_or(orig.len());
    let line = &orig[floor_boundary(orig, line_start.max(s.saturating_sub(200)))
        ..floor_boundary(orig, line_end.min(e + 200))];
    let ws: Vec<&str> = line.split_whitespace().collect();
    let caps = ws
        .iter()
        .filter(|w| capital(w.trim_start_matches(|c: char| !c.is_alphanumeric())))
        .count();
    ws.len() >= 4 && caps * 10 >= ws.len() * 7
}

/// A short title written inside a longer capitalised name is not the title:
/// "The University of What It Is", "Us Weekly", "Heat Vision". Title-case
/// headlines capitalise every word, so they are judged by the label rule only.
fn inside_longer_name(orig: &str, s: usize, e: usize) -> bool {
    let (before, after) = neighbours(orig, s, e);
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let label = |w: &str| {
        let lw = w.to_lowercase();
        matches!(lw.as_str(), "chapter" | "part" | "sequel" | "vol") || number_word(&lw).is_some()
    };
    if label(after) {
        return false;
    }
    if headline_line(orig, s, e) {
        return false;
    }
    let line_start = orig[..s].rfind('\n').map(|i| i + 1).unwrap_or(0);
    // The word before: a capitalised word that does not open the sentence
    // and is not a possessive ("Stephen King's It", "Muschietti’s It").
    let before_in_name =
        capital(before) && !before.ends_with("'s") && !before.ends_with("\u{2019}s") && {
            let lead = orig[line_start..s].trim_end();
            let lead = &lead[..lead.len() - before.len()];
            let lead = lead.trim_end();
            !(lead.is_empty() || lead.ends_with(['.', '!', '?', ':', '"', '\u{201C}']))
        };
    capital(after) || before_in_name
}

/// The number a title's own name carries ("Toy Story 4" -> 4), if any.
pub fn own_number(name_key: &str) -> Option<u32> {
    let mut words = name_key.rsplit(' ');
    let last = words.next()?;
    let prev = words.next()?;
    // A number the name says rather than counts: "Friday the 13th", "13
    // Going on 30".
    let said = matches!(
        prev,
        "on" | "to" | "of" | "at" | "in" | "from" | "by" | "after" | "before"
    );
    number_word(last).filter(|_| {
        last.len() <= 5 && !matches!(last, "one" | "i" | "x" | "v") && !ordinal(last) && !said
    })
}

/// What a title hit at key range `..end` is followed by: "2", "ii",
/// "part two", "chapter 2", "vol 3", "sequel". Returns the number and the key
/// end of the label.
pub fn number_after(key: &str, end: usize, base: u32) -> Option<(u32, usize)> {
    let rest = key.get(end..)?;
    let mut words = rest.split(' ').filter(|w| !w.is_empty() && *w != "|");
    let w1 = words.next()?;
    let len_to = |n_words: usize| {
        let mut pos = end;
        let mut count = 0;
        for w in rest.split(' ') {
            pos += w.len() + 1;
            if !w.is_empty() {
                count += 1;
                if count == n_words {
                    return pos - 1;
                }
            }
        }
        pos
    };
    if matches!(w1, "part" | "chapter" | "vol" | "volume" | "pt") {
        let w2 = words.next()?;
        let n = number_word(w2)?;
        return (n > base).then(|| (n, len_to(2)));
    }
    if w1 == "sequel" {
        return Some((base + 1, end));
    }
    // Roman one-letter numerals are too often words ("It I", "Up X").
    if w1.len() >= 2 || w1.bytes().all(|b| b.is_ascii_digit()) {
        if let Some(n) = number_word(w1) {
            let word = w1.bytes().all(|b| b.is_ascii_alphabetic())
                && !w1.bytes().all(|b| b"ivx".contains(&b));
            if n > base && n <= 12 && !ordinal(w1) && !word {
                return Some((n, len_to(1)));
            }
        }
    }
    None
}

/// Watchlist-wide matcher: one automaton over every title's names and aliases.
pub struct Matcher {
    ac: Option<AhoCorasick>,
    /// Per pattern: index into `titles`.
    owner: Vec<usize>,
    titles: Vec<(i64, Names)>,
}

impl Matcher {
    pub fn new(titles: &[(i64, TitleQuery)]) -> Matcher {
        let mut pats = Vec::new();
        let mut owner = Vec::new();
        let mut list = Vec::new();
        for (i, (id, t)) in titles.iter().enumerate() {
            let names = Names::new(t);
            for k in &names.keys {
                pats.push(k.clone());
                owner.push(i);
            }
            list.push((*id, names));
        }
        // A DFA while the table stays modest (a 10,000-title watchlist is a
        // few hundred KB of names), else the builder's own choice.
        let total: usize = pats.iter().map(String::len).sum();
        let kind = (total <= 400_000).then_some(AhoCorasickKind::DFA);
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(kind)
            .build(&pats)
            .or_else(|_| {
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build(&pats)
            })
            .ok();
        Matcher {
            ac,
            owner,
            titles: list,
        }
    }

    /// Ids of the titles `text` mentions, ascending, each once.
    pub fn find(&self, text: &str) -> Vec<i64> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        let folded = Folded::new(text, Clauses::Drop);
        let key = folded.key.as_str();
        let mut hit = vec![false; self.titles.len()];
        for m in ac.find_overlapping_iter(key) {
            let ti = self.owner[m.pattern().as_usize()];
            if hit[ti] || !folded.is_word(m.start(), m.end()) {
                continue;
            }
            let names = &self.titles[ti].1;
            if names.short {
                let (s, e) = folded.orig_range(m.start(), m.end());
                let lo = floor_boundary(key, m.start().saturating_sub(160));
                let hi = floor_boundary(key, (m.end() + 160).min(key.len()));
                if !short_hit_ok(text, s, e, &names.written, &key[lo..hi]) {
                    continue;
                }
            }
            hit[ti] = true;
        }
        let mut ids: Vec<i64> = hit
            .iter()
            .enumerate()
            .filter(|(_, h)| **h)
            .map(|(i, _)| self.titles[i].0)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

pub fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A film with no year or aliases, for the extract modules' unit tests.
#[cfg(test)]
pub(crate) fn film(name: &str) -> TitleQuery {
    TitleQuery {
        name: name.into(),
        kind: crate::model::Kind::Movie,
        year: None,
        aliases: vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_film_named_movie_is_also_named_without_it() {
        assert_eq!(without_movie("The Simpsons Movie"), Some("The Simpsons"));
        assert_eq!(without_movie("Barbie: The Movie"), Some("Barbie"));
        assert_eq!(without_movie("SuperMovie"), None);
        assert_eq!(without_movie("Heat"), None);
        // "Bee Movie" leaves a short word, which would match too much.
        assert_eq!(Names::new(&film("Bee Movie")).keys, vec!["bee movie"]);
    }

    fn q(name: &str) -> TitleQuery {
        film(name)
    }

    #[test]
    fn one_automaton_finds_titles_regardless_of_case_accents_and_punctuation() {
        let m = Matcher::new(&[
            (1, q("Purple Hearts")),
            (2, q("Amélie")),
            (3, q("Spider-Man: No Way Home")),
            (4, q("It")),
        ]);
        assert_eq!(
            m.find("the PURPLE HEARTS sequel, amelie and Spider Man No Way Home"),
            vec![1, 2, 3]
        );
        // From crates/core/tests/corpus/036-it-chapter-2-box-office.txt: the title-cased film, with film words.
        assert_eq!(
            m.find("It Chapter 2 has brought the US box office back to life"),
            vec![4]
        );
        // The pronoun is not the film.
        assert_eq!(
            m.find("It was incredible, she said of the movie."),
            Vec::<i64>::new()
        );
    }

    #[test]
    fn a_short_title_inside_a_longer_capitalised_name_is_not_the_title() {
        let m = Matcher::new(&[(4, q("It")), (5, q("Us"))]);
        // From ../shared/feeds/real-world/rss_2.0_nightvale.xml (Welcome to Night Vale).
        assert_eq!(
            m.find("The University of What It Is takes a special interest in a certain glowing cloud. Read episode transcripts of the show."),
            Vec::<i64>::new()
        );
        // From crates/core/tests/corpus/036-it-chapter-2-box-office.txt: a label after the name keeps it.
        assert_eq!(
            m.find("After a couple of lacklustre weeks of holdovers and modest new releases, It Chapter 2 has brought the US box office back to life with a three-day opening of $91 million."),
            vec![4]
        );
        // From crates/core/tests/corpus/018-it-sequel-release-date.txt: lower-case words around it.
        assert_eq!(
            m.find("The first film stars Finn Wolfhard as a group of unpopular kids in small-town Maine who battle an evil presence, the titular It, that feeds on fear."),
            vec![4]
        );
    }

    #[test]
    fn numbers_after_a_title() {
        let key = " purple hearts 2 and dune part three ";
        assert_eq!(number_after(key, 14, 1), Some((2, 16)));
        assert_eq!(number_after(key, 25, 2), Some((3, 36)));
        assert_eq!(own_number("toy story 4"), Some(4));
        assert_eq!(own_number("dune part two"), Some(2));
    }
}
