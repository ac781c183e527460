//! What a stretch of text is about: this title, another title, or a topic
//! change. Listicles and news roundups put several titles in one article;
//! a quote or a claim in a paragraph about another title is not this one's.

use super::cues;
use super::fold::key_of;
use super::matcher::Names;
use regex::Regex;
use std::sync::OnceLock;

/// Words that start a capitalised run without making it a title's name
/// (studios, networks, determiners): "the Netflix film", "a Marvel movie".
const NOT_TITLE_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "his",
    "her",
    "their",
    "its",
    "netflix",
    "hbo",
    "max",
    "hulu",
    "disney",
    "amazon",
    "prime",
    "video",
    "apple",
    "tv",
    "universal",
    "paramount",
    "warner",
    "bros",
    "sony",
    "fox",
    "marvel",
    "dc",
    "lucasfilm",
    "pixar",
    "a24",
    "bbc",
    "itv",
    "cbs",
    "nbc",
    "abc",
    "fx",
    "amc",
    "showtime",
    "starz",
    "peacock",
    "cw",
    "lionsgate",
    "mgm",
    "new",
    "next",
    "first",
    "second",
    "third",
    "final",
    "original",
    "one",
    "two",
    "three",
    "studios",
    "pictures",
    "network",
    "channel",
    "sky",
    "syfy",
    "freeform",
    "blumhouse",
    "legendary",
    "focus",
    "searchlight",
    "neon",
    "dreamworks",
    "season",
    "series",
    "part",
    "chapter",
    "oscar",
    "emmy",
    "golden",
    "globe",
    "sundance",
    "cannes",
    "comic",
    "con",
    "sdcc",
    "in",
    "on",
    "at",
    "for",
    "and",
    "but",
    "when",
    "while",
    "after",
    "before",
    "if",
    "as",
    "so",
    "i",
    "we",
    "he",
    "she",
    "they",
    "it",
    "you",
];

fn not_title_word(w: &str) -> bool {
    // The list is lower-case ASCII: an ASCII word is compared as it is.
    if w.is_ascii() {
        return NOT_TITLE_WORDS.iter().any(|t| t.eq_ignore_ascii_case(w));
    }
    NOT_TITLE_WORDS.contains(&w.to_lowercase().as_str())
}

fn capital(w: &str) -> bool {
    w.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

const SMALL: &[&str] = &[
    "of", "the", "a", "an", "and", "to", "in", "on", "for", "at", "with", "&", "-", "vs", "or",
];

/// One of [`SMALL`], in any case.
pub(super) fn small_word(w: &str) -> bool {
    // The list is lower-case ASCII: an ASCII word is compared as it is.
    if w.is_ascii() {
        return SMALL.iter().any(|t| t.eq_ignore_ascii_case(w));
    }
    SMALL.contains(&w.to_lowercase().as_str())
}

/// Whether quoted words are speech rather than a title: a sentence, or
/// more than eight words, or not capitalised like a title.
pub fn is_speech(inner: &str) -> bool {
    // Trailing signs are no words: “Nope. :(” ends on its full stop.
    let mut inner = inner.trim();
    while let Some((head, last)) = inner.rsplit_once(char::is_whitespace) {
        if last.chars().any(char::is_alphanumeric) {
            break;
        }
        inner = head.trim_end();
    }
    !title_like(inner)
}

/// Whether `inner` is written like a title: 1-8 words, capitalised (small
/// words allowed inside), not a sentence.
fn title_like(inner: &str) -> bool {
    if inner.ends_with(['.', ',', '?']) {
        return false;
    }
    // At most eight words, kept on the stack: a quote of a hundred words is
    // rejected at its ninth, not split whole into a Vec (speed only).
    let mut kept = [""; 8];
    let mut n = 0;
    for w in inner.split_whitespace() {
        if n == kept.len() {
            return false;
        }
        kept[n] = w;
        n += 1;
    }
    let ws = &kept[..n];
    if ws.is_empty() {
        return false;
    }
    let first = ws[0].trim_start_matches(|c: char| !c.is_alphanumeric());
    capital(first)
        && ws.iter().all(|w| {
            let w = w.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '&');
            capital(w) || small_word(w) || w.is_empty()
        })
}

/// Whether a key names one of our names (ours, or ours with a label after).
fn is_ours(key: &str, names: &Names) -> bool {
    let padded = format!(" {key} ");
    names
        .padded
        .iter()
        .any(|k| padded.contains(k.as_str()) || k.contains(&padded) && key.len() > 2)
}

/// Titles in quotation marks that are not ours: “Speed”, ‘Dawson’s Creek’.
fn quoted_other(s: &str, names: &Names) -> bool {
    // Over byte offsets, jumping from one possible mark to the next: the
    // marks' bytes are '"', '\'' and 0xE2, the lead byte of ‘ “ (speed only).
    let bytes = s.as_bytes();
    let mut pos = 0;
    while let Some(off) = memchr::memchr3(b'"', b'\'', 0xE2, &bytes[pos.min(bytes.len())..]) {
        let at = pos + off;
        let Some(c) = s[at..].chars().next() else {
            break;
        };
        let close: &[char] = match c {
            '"' => &['"'],
            '\u{201C}' => &['\u{201D}', '"'],
            '\u{2018}' => &['\u{2019}', '\''],
            '\'' => &['\'', '\u{2019}'],
            _ => {
                pos = at + c.len_utf8();
                continue;
            }
        };
        let prev = s[..at].chars().next_back().unwrap_or(' ');
        // An apostrophe inside a word is not an opening mark.
        if prev.is_alphanumeric() {
            pos = at + c.len_utf8();
            continue;
        }
        let start = at + c.len_utf8();
        let mut end = None;
        let mut close_len = 0;
        let mut rest = s[start..].char_indices().peekable();
        while let Some((rel, d)) = rest.next() {
            if rel >= 80 || d == '\n' {
                break;
            }
            let next = rest.peek().map(|x| x.1).unwrap_or(' ');
            if close.contains(&d) && !next.is_alphanumeric() {
                end = Some(start + rel);
                close_len = d.len_utf8();
                break;
            }
        }
        let Some(end) = end else {
            pos = at + c.len_utf8();
            continue;
        };
        // (Our title's possessive in marks is ours: "From the start of
        // “Task’s” seven-episode first installment".)
        let inner = s[start..end].trim_end_matches([',', '!']);
        let inner = ["\u{2019}s", "'s"]
            .iter()
            .find_map(|p| inner.strip_suffix(p))
            .unwrap_or(inner);
        // A nickname between names is not a title: Dwayne "The Rock" Johnson.
        // Judged only for title-like words, on slices: building the rest of
        // the paragraph as a string per mark made this quadratic (speed only).
        let nickname = || {
            let before_word = s[..at].trim_end();
            let after = &s[end..];
            let after_word = after
                .chars()
                .next()
                .map(|c| &after[c.len_utf8()..])
                .unwrap_or("");
            before_word
                .rsplit(' ')
                .next()
                .is_some_and(|w| capital(w) && !w.ends_with(['.', ':']))
                && after_word.starts_with(' ')
                && after_word
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                && !before_word.is_empty()
        };
        // A credit that describes a person, not the subject: "The “Dune”
        // star said", "the 'Hail, Caesar!' star said:". Only when a speech
        // verb follows the role: then the sentence attributes words and the
        // title only says who speaks. In "The 'Watchmen' showrunner took
        // Marvel as an example", the sentence is about other titles, and so
        // are the quotes after it.
        let credit = || {
            let mut words = s[end + close_len..]
                .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                .filter(|w| !w.is_empty());
            words.next().is_some_and(|w| {
                w.chars().all(char::is_lowercase) && super::people::role_word(w).is_some()
            }) && words.next().is_some_and(super::quotes::is_speech)
        };
        if title_like(inner) && !nickname() && !credit() {
            let key = key_of(inner);
            let meaningful = key.split(' ').any(|w| !not_title_word(w));
            if meaningful && !is_ours(&key, names) {
                return true;
            }
        }
        pos = end + close_len;
    }
    false
}

/// A capitalised name that is not ours right before a film/TV noun ("The
/// Simpsons Movie", "Dawson's Creek finale", "the Harry Potter franchise"),
/// or after "sequel to" ("a follow-up to The Simpsons Movie"), or with a
/// number after it ("Speed 3"). `persons` are people's names: "a Jordan
/// Peele film" names a person, not a title.
/// Whether `named_other`'s pattern can match in `s` at all: a noun, a number
/// or a numeral right after a white space that ends a run of word characters
/// holding a capital A-Z. A superset test (non-ASCII counts as a word
/// character), linear and cheap: the Unicode-aware regex costs a quarter of
/// an extraction when run over every paragraph (speed only).
fn may_name_other(s: &str) -> bool {
    // Over bytes: every byte of a non-ASCII character is word-like and no
    // capital, as the character is, so only a lead byte is decoded, to ask
    // whether it is white space (speed only).
    let bytes = s.as_bytes();
    let mut capital_run = false;
    for (i, &b) in bytes.iter().enumerate() {
        if b < 0x80 {
            if capital_run && (b == b' ' || (0x09..=0x0D).contains(&b)) && may_follow(&s[i + 1..]) {
                return true;
            }
            let wordish = b.is_ascii_alphanumeric() || matches!(b, b'_' | b'\'' | b'-');
            capital_run = wordish && (capital_run || b.is_ascii_uppercase());
        } else if capital_run && b >= 0xC0 {
            let Some(c) = s[i..].chars().next() else {
                return false;
            };
            if c.is_whitespace() && may_follow(&s[i + c.len_utf8()..]) {
                return true;
            }
        }
    }
    false
}

/// Whether `rest`, after a capitalised run and a white space, opens with
/// what [`named_other`]'s pattern wants there.
fn may_follow(rest: &str) -> bool {
    const NOUNS: &[&str] = &[
        "Movie",
        "Film",
        "finale",
        "pilot",
        "franchise",
        "spinoff",
        "spin-off",
        "reboot",
        "remake",
        "sequel",
        "movie",
        "film",
        "series",
        "season",
        "show",
        "II",
        "IV",
    ];
    NOUNS.iter().any(|n| rest.starts_with(n)) || rest.chars().next().is_some_and(char::is_numeric)
}

fn named_other(s: &str, names: &Names, persons: &[String]) -> bool {
    if !may_name_other(s) {
        return false;
    }
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let Some(re) = RE
        .get_or_init(|| {
            Regex::new(
                r"((?:(?-u:\b)[A-Z][\w'’\-]*\s){1,4})(Movie|Film|finale|pilot|franchise|spinoff|spin-off|reboot|remake|sequel|movie|film|series|season|show|\d|II|III|IV)(?-u:\b)",
            )
            .ok()
        })
        .as_ref()
    else {
        return false;
    };
    for c in re.captures_iter(s) {
        // "New York Film Critics Circle": a noun inside a longer name is no title's.
        let end = c.get(0).map(|m| m.end()).unwrap_or(0);
        let after = s[end..].strip_prefix(' ').unwrap_or("");
        if after.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        // "his interview with Total Film magazine": an outlet's name.
        let after_word = after
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if matches!(
            after_word,
            "magazine" | "newspaper" | "podcast" | "website" | "blog" | "festival"
        ) {
            continue;
        }
        let run = c.get(1).map(|m| m.as_str().trim()).unwrap_or("");
        let noun = c.get(2).map(|m| m.as_str()).unwrap_or("");
        // Leading determiners and studios are not part of a name.
        let words: Vec<&str> = run.split_whitespace().collect();
        let first_real = words.iter().position(|w| !not_title_word(w));
        let Some(fr) = first_real else { continue };
        let name = words[fr..].join(" ");
        let bare = name
            .trim_end_matches("’s")
            .trim_end_matches("'s")
            .to_string();
        if persons
            .iter()
            .any(|p| *p == bare || p.ends_with(&format!(" {bare}")))
        {
            continue;
        }
        // "the M. Night Shyamalan-directed series": a person's compound adjective.
        let compound = words.last().is_some_and(|w| {
            w.split_once('-')
                .is_some_and(|(_, b)| b.chars().next().is_some_and(char::is_lowercase))
        });
        let key = key_of(&name);
        if compound || key.is_empty() || is_ours(&key, names) {
            continue;
        }
        // A measure: "Enter 6-foot-4 Lithgow", "a 10-episode order" (not a
        // title's number before a hyphen: "the Despicable Me 4-led weekend").
        let unit = s[end..].strip_prefix('-').is_some_and(|r| {
            let w: String = r.chars().take_while(char::is_ascii_alphabetic).collect();
            matches!(
                w.as_str(),
                "foot"
                    | "feet"
                    | "inch"
                    | "episode"
                    | "part"
                    | "hour"
                    | "minute"
                    | "year"
                    | "day"
                    | "week"
                    | "month"
                    | "time"
                    | "season"
                    | "point"
                    | "million"
                    | "percent"
            )
        });
        if noun.chars().all(|c| c.is_ascii_digit()) && unit {
            continue;
        }
        // Months, days, "Season 3", "Episode 2": numbers that name no title.
        if noun.chars().all(|c| c.is_ascii_digit()) || matches!(noun, "II" | "III" | "IV") {
            let last = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
            if cues::counts_without_naming(&last)
                || last == "top"
                || words.len() < 2 && words[0].len() < 3
            {
                continue;
            }
        }
        // A lower-case noun after a single name word is too weak ("Peele
        // film") unless an article opens it: "an ET sequel", "the Bond franchise".
        let det = fr > 0 || {
            let head = s[..c.get(0).map(|m| m.start()).unwrap_or(0)].trim_end();
            let last = head.rsplit(' ').next().unwrap_or("").to_lowercase();
            matches!(last.as_str(), "a" | "an" | "the")
        };
        if noun.chars().next().is_some_and(char::is_lowercase)
            && words.len() - fr < 2
            && !(det
                && fr == 0
                && matches!(
                    noun,
                    "sequel" | "franchise" | "reboot" | "remake" | "spinoff" | "spin-off"
                ))
        {
            continue;
        }
        return true;
    }
    false
}

/// Whether `s` names a title other than ours.
pub fn names_other(s: &str, names: &Names, persons: &[String]) -> bool {
    quoted_other(s, names) || named_other(s, names, persons)
}

/// "the film", "this movie", "the new series", "the sequel": the article's
/// own title referred to without its name.
pub fn this_title_ref(s: &str) -> bool {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)(?-u:\b)(?:the|this)\s(?:new\s|upcoming\s|latest\s|original\s|first\s|hit\s)?(?:film|movie|show|series|sequel|franchise)(?-u:\b)",
        )
        .ok()
    })
    .as_ref()
    .is_some_and(|re| re.is_match(s))
}

/// Roles of people who speak for a company rather than for one title.
pub fn executive_role(role: &str) -> bool {
    let last = role.rsplit(' ').next().unwrap_or(role);
    matches!(
        last,
        "president" | "CEO" | "chief" | "chairman" | "boss" | "exec"
    )
}

/// A paragraph that turns to other news: "In other Jordan Peele news",
/// "Elsewhere,".
pub fn changes_topic(p: &str) -> bool {
    // Most paragraphs open with another letter than i or e: decided from
    // that letter, without lower-casing a copy (speed only). Marks that
    // lower-case to themselves are what the trim below skips.
    let first = p
        .chars()
        .take(40)
        .find(|c| c.is_alphanumeric() || c.to_lowercase().ne(std::iter::once(*c)));
    match first {
        None => return false,
        Some(c) if c.is_ascii() && !matches!(c, 'i' | 'I' | 'e' | 'E') => return false,
        _ => {}
    }
    let lower: String = p.chars().take(40).collect::<String>().to_lowercase();
    let lower = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    // ("In other words, Tucker wants another installment" says the same
    // thing again.)
    lower.starts_with("in other ") && !lower.starts_with("in other words")
        || lower.starts_with("elsewhere") && !back_to_ours(p)
}

/// Whether a paragraph points back at the article's own show or film: in
/// "Elsewhere, Paul Bettany, who plays Vision in the show, teased a major
/// cameo", "elsewhere" is another part of the same press tour. (Not "the
/// sequel to Dune", another film's; nor "Elsewhere in the film world".)
fn back_to_ours(p: &str) -> bool {
    const ELSEWHERE_IN: &[&str] = &[
        "the sequel to ",
        "the film world",
        "the film business",
        "the film industry",
        "the movie world",
        "the movie business",
        "the tv world",
        "the tv business",
        "the tv industry",
        "the show business",
    ];
    if !this_title_ref(p) {
        return false;
    }
    let lower = p.to_lowercase();
    !ELSEWHERE_IN.iter().any(|w| lower.contains(w))
}

/// `narration` without the titles that credit a person ("Christensen, who
/// currently stars in "Takers", said"): naming someone's other work does not
/// turn the paragraph to it.
fn uncredited(narration: &str) -> std::borrow::Cow<'_, str> {
    const CREDITS: &[&str] = &[
        "stars in ",
        "starred in ",
        "starring in ",
        "star of ",
        "known for ",
        "appears in ",
        "appeared in ",
        // What the show comes from describes it: "the hit HBO series — a
        // prequel of the fantasy behemoth "Game of Thrones" — has begun
        // principal photography".
        "prequel of ",
        "prequel to ",
        "spin-off of ",
        "spinoff of ",
    ];
    // One search for the letters every credit holds (speed only).
    let b = narration.as_bytes();
    let maybe = memchr::memmem::find(b, b"star").is_some()
        || memchr::memmem::find(b, b"known for").is_some()
        || memchr::memmem::find(b, b"ppear").is_some()
        || memchr::memmem::find(b, b"spin").is_some()
        || memchr::memmem::find(b, b"prequel").is_some();
    if !maybe || !CREDITS.iter().any(|c| narration.contains(c)) {
        return std::borrow::Cow::Borrowed(narration);
    }
    let mut out = narration.to_string();
    for c in CREDITS {
        let mut from = 0;
        while let Some(i) = out[from..].find(c) {
            let mut open = from + i + c.len();
            from = open;
            // (A few describing words may come first: "a prequel of the
            // fantasy behemoth "Game of Thrones"".)
            if c.starts_with("pre") || c.starts_with("spin") {
                let ahead = &out[open..];
                let reach = ahead
                    .char_indices()
                    .take_while(|(k, ch)| *k < 48 && !matches!(ch, '.' | ',' | ';' | '\u{2014}'))
                    .find(|(_, ch)| matches!(ch, '"' | '\u{201C}'))
                    .map(|(k, _)| k);
                if let Some(k) = reach {
                    open += k;
                }
            }
            let Some(mark) = out[open..].chars().next() else {
                break;
            };
            if !matches!(mark, '"' | '\u{201C}') {
                continue;
            }
            let inner = open + mark.len_utf8();
            if let Some(j) = out[inner..].find(['"', '\u{201D}']) {
                let end = inner + j;
                let blanks = " ".repeat(end - inner);
                out.replace_range(inner..end, &blanks);
            }
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Per paragraph: whether it is about something else than this title.
/// `ours[p]` says whether paragraph `p` names this title or its next
/// installment. Another title named without ours puts a paragraph off topic,
/// and the block quotes right after it with it; "In other ... news" puts
/// everything off topic until this title is named again.
/// `speech` are the quoted words (ascending, disjoint byte ranges): a star
/// comparing the show with another one in a quote does not change the topic.
///
/// Lazy: a paragraph is judged when asked about. Most are never asked (no
/// claim, quote or person in them), and judging one runs [`names_other`],
/// which cost a fifth of every extraction when run for every paragraph.
pub struct OffTopic<'a> {
    text: &'a str,
    paras: &'a [super::sentences::Span],
    speech: &'a [super::sentences::Span],
    ours: &'a [bool],
    names: &'a Names,
    persons: &'a [String],
    /// After "In other ... news" and before this title is named again.
    switched: Vec<bool>,
    /// Per paragraph, what is known of it so far.
    state: Vec<std::cell::Cell<Judged>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Judged {
    NotYet,
    On,
    Off,
    /// As the paragraph before (a block quote after narration).
    AsBefore,
}

pub fn off_topic<'a>(
    text: &'a str,
    paras: &'a [super::sentences::Span],
    speech: &'a [super::sentences::Span],
    ours: &'a [bool],
    names: &'a Names,
    persons: &'a [String],
) -> OffTopic<'a> {
    let mut switched = Vec::with_capacity(paras.len());
    let mut on = false;
    for (pi, p) in paras.iter().enumerate() {
        let mine = ours.get(pi).copied().unwrap_or(false);
        let para = &text[p.start..p.end];
        // A roundup's next item: "*Sam Raimi has confirmed to MTV that
        // things are still in the very early stages on Spider-Man 4".
        let next_item = || para.starts_with(['*', '\u{2022}']) && names_other(para, names, persons);
        if !mine && (changes_topic(para) || next_item()) {
            on = true;
        } else if mine {
            on = false;
        }
        switched.push(on);
    }
    OffTopic {
        text,
        paras,
        speech,
        ours,
        names,
        persons,
        switched,
        state: vec![std::cell::Cell::new(Judged::NotYet); paras.len()],
    }
}

impl OffTopic<'_> {
    /// Whether paragraph `pi` is about something else (false past the end).
    pub fn get(&self, pi: usize) -> bool {
        if pi >= self.state.len() {
            return false;
        }
        // Walk back over block quotes to a paragraph judged on its own (no
        // recursion: a page of block quotes must not exhaust the stack).
        let mut j = pi;
        while self.state[j].get() == Judged::NotYet {
            let s = self.own_state(j);
            self.state[j].set(s);
            if s != Judged::AsBefore {
                break;
            }
            j -= 1;
        }
        // Stored states are never Judged::AsBefore once this returns: `j` is judged.
        for k in j + 1..=pi {
            if self.state[k].get() == Judged::AsBefore {
                self.state[k].set(self.state[k - 1].get());
            }
        }
        self.state[pi].get() == Judged::Off
    }

    /// The judgement of paragraph `pi` by itself; Judged::AsBefore for a block
    /// quote that takes the previous paragraph's (never for the first).
    fn own_state(&self, pi: usize) -> Judged {
        let p = self.paras[pi];
        let text = self.text;
        let full = &text[p.start..p.end];
        if self.ours.get(pi).copied().unwrap_or(false) {
            return Judged::On;
        }
        if self.switched[pi] {
            return Judged::Off;
        }
        // A block put after a colon is the speaker's, however it names
        // other titles: "He told the publication: || There isn’t a second
        // season. ... The only long-running thing I’ve ever done is 'Doctor
        // Who'".
        // (After a speech verb only: not a round-up's "Also on the chopping
        // block this week:".)
        if pi > 0 && {
            let prev = self.paras[pi - 1];
            let intro = text[prev.start..prev.end].trim_end();
            intro.ends_with(':')
                && intro
                    .rsplit(['.', '!', '?'])
                    .next()
                    .unwrap_or("")
                    .split_whitespace()
                    .any(|w| super::quotes::is_speech(w.trim_end_matches([':', ','])))
        } {
            return Judged::AsBefore;
        }
        // The paragraph's narration: quoted speech blanked out.
        let speech = self.speech;
        let si = speech.partition_point(|s| s.end <= p.start);
        let mut narration = String::with_capacity(full.len());
        let mut at = p.start;
        let mut sj = si;
        while sj < speech.len() && speech[sj].start < p.end {
            let (a, b) = (speech[sj].start.max(at), speech[sj].end.min(p.end));
            if a > at {
                narration.push_str(&text[at..a]);
            }
            narration.push(' ');
            at = at.max(b);
            sj += 1;
        }
        if at < p.end {
            narration.push_str(&text[at..p.end]);
        }
        if names_other(&uncredited(&narration), self.names, self.persons) {
            return Judged::Off;
        }
        let block_quote = full.starts_with(['"', '\u{201C}']);
        if block_quote && pi > 0 {
            Judged::AsBefore
        } else {
            Judged::On
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(n: &str) -> Names {
        Names::new(&crate::extract::matcher::film(n))
    }

    #[test]
    fn other_titles_in_quotes_with_numbers_or_before_film_words() {
        let b = names("Bridesmaids");
        // From crates/core/tests/corpus/071-bridesmaids-no-sequel-wiig.txt.
        assert!(names_other(
            "And since the actor's old pal and \"Speed\" co-star Sandra Bullock was also in town for the festival, Mary just had to ask if the star had bumped into her.",
            &b,
            &[]
        ));
        assert!(!names_other(
            "Back in June, Kristen Wiig opened up to Harper's Bazaar about why fans of \"Bridesmaids\" shouldn't hold their breath for a sequel.",
            &b,
            &[]
        ));
        // From crates/core/tests/corpus/081-zombieland-sequel-hopes-2009.txt.
        let z = names("Zombieland");
        assert!(names_other(
            "*The Simpsons creator Matt Groening and executive producer Al Jean told Variety don't expect a follow-up to The Simpsons Movie anytime soon.",
            &z,
            &["Matt Groening".into(), "Al Jean".into()]
        ));
        // From crates/core/tests/corpus/065-the-vampire-diaries-final-season.txt.
        let v = names("The Vampire Diaries");
        assert!(names_other(
            "It's a question Williamson's had to answer before when he wrote the Dawson's Creek finale, which concluded the Pacey-Joey-Dawson love triangle, though not in the way he always expected.",
            &v,
            &["Kevin Williamson".into()]
        ));
        // From crates/core/tests/corpus/070-sex-and-the-city-3-no-plans.txt: "an ET sequel".
        let sc = names("Sex and the City");
        assert!(names_other(
            "Did you know there were rumblings about an ET sequel back in the day?",
            &sc,
            &["Steven Spielberg".into()]
        ));
        // From crates/core/tests/corpus/089-joker-phillips-no-plan.txt: an
        // outlet's name is not a film's.
        let jk = names("Joker");
        assert!(!names_other(
            "The director's clarification comes after his interview with Total Film magazine where he hinted at a second film.",
            &jk,
            &["Todd Phillips".into()]
        ));
        // From crates/core/tests/corpus/019-jumanji-2-release-date.txt: a nickname is not a title.
        let j = names("Jumanji: Welcome to the Jungle");
        assert!(!names_other(
            "Following his announcement that Jumanji 2 was officially \"underway,\" Dwayne \"The Rock\" Johnson has once again taken to social media to announce the project's official release date.",
            &j,
            &["Dwayne Johnson".into()]
        ));
    }

    #[test]
    fn in_other_news_changes_the_topic() {
        // From crates/core/tests/corpus/015-get-out-peele-considering-sequel.txt.
        assert!(changes_topic("In other Jordan Peele news, the director reveals why he left his former post as an actor."));
        assert!(!changes_topic(
            "Peele also reveals that he is tempted to revisit the atmosphere."
        ));
        // From crates/core/tests/corpus/444-rush-hour-4-tucker-hopes.txt.
        assert!(!changes_topic("In other words, Tucker wants another installment in the popular franchise with or without Jackie, one of its two leading stars."));
        // From crates/core/tests/corpus/647-wandavision-feige-no-plans-season-2.txt:
        // "elsewhere" at the same press tour, about "the show".
        assert!(!changes_topic("Elsewhere, Paul Bettany, who plays Vision in the show, teased a major cameo still to come in the last two episodes."));
        // From crates/core/tests/corpus/524-scandal-s6-opener-ratings.txt:
        // the next item of a roundup.
        assert!(changes_topic("Elsewhere in the land of ratings…."));
    }
}
