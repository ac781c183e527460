//! The people an article names, their roles as the text gives them, and how
//! to get back to a full name from a surname, a first name, a pronoun or "the
//! director".

use super::hashing::{FastMap, FastSet};
use super::sentences::Sentence;
use std::sync::OnceLock;

/// A word of the original text (byte range) with its separator from the
/// previous word being whitespace only (`tight`).
#[derive(Debug, Clone, Copy)]
pub struct Tok {
    pub s: usize,
    pub e: usize,
    /// Only whitespace between this word and the previous one.
    pub tight: bool,
}

/// Words of `text[start..end]`. Keeps "B." initials, "co-star", "O’Brien",
/// "GamesRadar+".
pub fn words(text: &str, start: usize, end: usize) -> Vec<Tok> {
    // About one word per six bytes: sized once, not grown (speed only).
    let mut out = Vec::with_capacity(end.saturating_sub(start) / 6 + 1);
    words_into(text, start, end, &mut out);
    out
}

/// [`words`] appended to `out`.
fn words_into(text: &str, start: usize, end: usize, out: &mut Vec<Tok>) {
    let mut cur: Option<usize> = None;
    let mut gap_ok = true;
    let slice = &text[start..end];
    let bytes = slice.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // A run of ASCII letters and digits at once: most of any text (speed only).
        if bytes[i].is_ascii_alphanumeric() {
            if cur.is_none() {
                cur = Some(start + i);
            }
            i += 1 + super::fold::word_stretch(&bytes[i + 1..]);
            continue;
        }
        // ASCII white space and ASCII marks that never sit inside a word
        // end the word as the general case below does, without decoding a
        // char (speed only).
        let b = bytes[i];
        if b.is_ascii() && !matches!(b, b'-' | b'\'' | b'+' | b'.' | b'&') {
            if let Some(s) = cur.take() {
                out.push(Tok {
                    s,
                    e: start + i,
                    tight: gap_ok,
                });
                gap_ok = true;
            }
            if !b.is_ascii_whitespace() && b != 0x0B {
                gap_ok = false;
            }
            i += 1;
            continue;
        }
        let Some(c) = slice[i..].chars().next() else {
            break;
        };
        let at = start + i;
        i += c.len_utf8();
        let inner = matches!(c, '-' | '\'' | '\u{2019}' | '+' | '.' | '&');
        if c.is_alphanumeric() {
            if cur.is_none() {
                cur = Some(at);
            }
        } else if inner && cur.is_some() {
            let next_alnum = slice[i..].chars().next().is_some_and(char::is_alphanumeric);
            let s = cur.unwrap_or(at);
            let word = &text[s..at];
            let initial =
                c == '.' && word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            if initial || c == '+' && !next_alnum {
                out.push(Tok {
                    s,
                    e: at + c.len_utf8(),
                    tight: gap_ok,
                });
                cur = None;
                gap_ok = true;
                continue;
            }
            if !next_alnum {
                out.push(Tok {
                    s,
                    e: at,
                    tight: gap_ok,
                });
                cur = None;
                gap_ok = false;
            }
        } else {
            if let Some(s) = cur.take() {
                out.push(Tok {
                    s,
                    e: at,
                    tight: gap_ok,
                });
                gap_ok = true;
            }
            if !c.is_whitespace() {
                gap_ok = false;
            }
        }
    }
    if let Some(s) = cur {
        out.push(Tok {
            s,
            e: end,
            tight: gap_ok,
        });
    }
}

/// The words of every paragraph, tokenised once for everyone who reads
/// them (people per sentence, speech verbs per paragraph).
#[derive(Debug, Default)]
pub struct ParaWords {
    /// All paragraphs' words, in text order.
    pub toks: Vec<Tok>,
    /// Per paragraph: its range in `toks`.
    ranges: Vec<(usize, usize)>,
}

impl ParaWords {
    pub fn new(text: &str, paras: &[super::sentences::Span]) -> ParaWords {
        let mut toks = Vec::with_capacity(text.len() / 6 + 1);
        let mut ranges = Vec::with_capacity(paras.len());
        for p in paras {
            let from = toks.len();
            words_into(text, p.start, p.end, &mut toks);
            ranges.push((from, toks.len()));
        }
        ParaWords { toks, ranges }
    }

    /// The words of paragraph `pi`, as `words` gives them for it.
    pub fn para(&self, pi: usize) -> &[Tok] {
        self.ranges
            .get(pi)
            .map(|&(a, b)| &self.toks[a..b])
            .unwrap_or(&[])
    }

    /// The words starting in `start..end`, a sentence of one paragraph. As
    /// `words` gives them for the sentence, but for the first word's `tight`
    /// (it tells what came before the sentence): a sentence ends before
    /// white space, so no word runs over its ends.
    pub fn within(&self, start: usize, end: usize) -> &[Tok] {
        let a = self.toks.partition_point(|t| t.s < start);
        let b = a + self.toks[a..].partition_point(|t| t.s < end);
        &self.toks[a..b]
    }
}

/// The word without a possessive ending.
pub fn bare(w: &str) -> &str {
    // strip_suffix loops, not trim_end_matches("’s"): a str pattern builds a
    // substring searcher per call, and this runs for every word (speed only).
    let mut w = w;
    while let Some(x) = w.strip_suffix("’s") {
        w = x;
    }
    while let Some(x) = w.strip_suffix("'s") {
        w = x;
    }
    w.trim_end_matches(['’', '\''])
}

/// Whether word `t` opens with an upper-case letter (ASCII without decoding).
fn starts_upper(text: &str, t: &Tok) -> bool {
    match text.as_bytes().get(t.s) {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => text[t.s..t.e]
            .chars()
            .next()
            .is_some_and(char::is_uppercase),
    }
}

/// A name word: "Carson", "McConaughey", "B.", "Nyong’o"; not "MTV", "VMAs", "AKA".
fn capitalised(w: &str) -> bool {
    // Most words open with an ASCII byte that is no capital: no decoding.
    if w.as_bytes()
        .first()
        .is_none_or(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        return false;
    }
    let mut c = w.chars();
    let first = c.next().is_some_and(char::is_uppercase);
    let second = c.next();
    let initial = second == Some('.') && w.chars().count() == 2;
    first && (initial || second.is_some_and(|d| d.is_lowercase() || d == '’' || d == '\''))
}

const PARTICLES: &[&str] = &[
    "de", "van", "von", "da", "del", "der", "la", "le", "di", "du", "bin",
];

/// Capitalised words that start sentences or name things, never a person.
const NOT_NAME: &[&str] = &[
    "EP",
    "The",
    "A",
    "An",
    "And",
    "But",
    "When",
    "While",
    "In",
    "On",
    "At",
    "If",
    "As",
    "After",
    "Before",
    "Since",
    "So",
    "Yet",
    "With",
    "Without",
    "For",
    "From",
    "By",
    "To",
    "Of",
    "Or",
    "It",
    "Its",
    "This",
    "That",
    "These",
    "Those",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "Your",
    "Is",
    "Was",
    "Are",
    "Were",
    "Will",
    "Would",
    "Could",
    "Netflix",
    "HBO",
    "Hulu",
    "Disney",
    "Amazon",
    "Prime",
    "Video",
    "Apple",
    "Paramount",
    "Universal",
    "Warner",
    "Bros",
    "Sony",
    "Pictures",
    "Studios",
    // "AMC Networks Dan McDermott said": the company before the name; "BBC
    // Controller of Drama Ben Stephenson": the department.
    "Networks",
    "Network",
    "Drama",
    "Comedy",
    "Programming",
    "Content",
    "Fox",
    "Legendary",
    "Season",
    "Series",
    "Part",
    "Chapter",
    "Vol",
    "Episode",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    // Photo credits under a caption: "Getty Images", "AP Photo".
    "Getty",
    "Images",
    "Photo",
    "Photos",
    "Shutterstock",
    "Courtesy",
    // Role words that open a sentence before the name ("Cinematographer
    // Munn Powell said", "Co-creator Greg Daniels") are ROLE_WORDS
    // capitalised (see `not_name`); these are spelt otherwise.
    "Co-Creator",
    "Costars",
    "Executive",
    // Job titles written in capitals after a name: "Charlotte Moore, BBC
    // Chief Content Officer said".
    "Officer",
    "Vice",
    "Head",
    "Controller",
    "Commissioner",
    "Chairwoman",
    "Variety",
    "Deadline",
    "People",
    "Collider",
    "Access",
    "Hollywood",
    "Reporter",
    "Screen",
    "Rant",
    "Entertainment",
    "Weekly",
    "Wars",
    "Marvel",
    "MCU",
    "Oscar",
    "Oscars",
    "Emmy",
    "Emmys",
    "Golden",
    "Globe",
    "Globes",
    "Award",
    "Awards",
    "Academy",
    "Q",
    "A",
    "Also",
    "Now",
    "Here",
    "There",
    "What",
    "Why",
    "How",
    "Who",
    "Where",
    "Meanwhile",
    "However",
    "Still",
    "Even",
    "Last",
    "Next",
    "First",
    "Second",
    "Third",
    "New",
    "Old",
    "Film",
    "Movie",
    "Show",
    "Sequel",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Not",
    "No",
    "Yes",
    "According",
    "Please",
    "Click",
    "Read",
    "Watch",
    "Given",
    "Having",
    "Despite",
    "Although",
    "Though",
    "Because",
    "Per",
    "Sinners",
    // ("Black" is a surname too, after a first name: Jack Black, Shane
    // Black; see `scan_words`.)
    "Black",
    "Panther",
    "Creed",
    "Rocky",
    "Directed",
    "Produced",
    "Written",
    "Continually",
    "Recently",
    "Speaking",
    "Sitting",
    "Asked",
    "Talking",
    "Official",
    "Release",
    "Date",
    "Trailer",
    "Exclusive",
    "Update",
    "Renewed",
    "Cancelled",
    "Canceled",
    "Lands",
    "Announces",
    "Confirms",
    "Says",
    // A reporting verb put first: "Added David Glasser, CEO of 101
    // Studios: “...”".
    "Said",
    "Added",
    "Adds",
    // An adverb opening a sentence: "Then Anil shared" (not "Later": "28
    // Years Later").
    "Then",
    "Reveals",
    "Explains",
    "Teases",
    "Premiere",
    "Recap",
    "Review",
    "Photos",
    "Video",
    "News",
    "Press",
    "Office",
    "Day",
    "Night",
    "Week",
    "Twitter",
    "Instagram",
    "Facebook",
    "TikTok",
    "YouTube",
    "Reddit",
    "Thanks",
    "Thank",
    // Events, places and companies: "the Code Conference", "Television Critics Association".
    "Conference",
    "Festival",
    "Convention",
    "Association",
    "University",
    "College",
    "School",
    "Center",
    "Centre",
    "Theater",
    "Theatre",
    "Museum",
    "Street",
    "Media",
    "Network",
    "Channel",
    "Company",
    "Club",
    "Institute",
    "Society",
    "Foundation",
    "Guild",
    "Circle",
    "Critics",
    "Panel",
    "Tour",
    "Summit",
    "Expo",
    "Magazine",
    "Podcast",
    "Cinema",
    "Films",
    "Productions",
    "Records",
    "Group",
    "Council",
    "Comic",
    "Con",
];

/// Common first names that are a man's or a woman's nearly always: what a
/// pronoun may refer to when the article itself never says "he" or "she"
/// of someone (true for a woman). Names used for both are left out.
pub fn given_name_gender(first: &str) -> Option<bool> {
    const MEN: &[&str] = &[
        "Adam",
        "Alan",
        "Albert",
        "Alec",
        "Alexander",
        "Andrew",
        "Andy",
        "Anthony",
        "Antonio",
        "Arnold",
        "Ben",
        "Benedict",
        "Benjamin",
        "Bill",
        "Billy",
        "Bob",
        "Bobby",
        "Brad",
        "Bradley",
        "Brandon",
        "Brendan",
        "Brian",
        "Bruce",
        "Bryan",
        "Carl",
        "Charles",
        "Chris",
        "Christian",
        "Christopher",
        "Clint",
        "Colin",
        "Craig",
        "Dan",
        "Daniel",
        "Danny",
        "Dave",
        "David",
        "Dennis",
        "Denzel",
        "Derek",
        "Dominic",
        "Don",
        "Donald",
        "Doug",
        "Douglas",
        "Dustin",
        "Dwayne",
        "Ed",
        "Eddie",
        "Edward",
        "Eric",
        "Ethan",
        "Frank",
        "Fred",
        "Gary",
        "Gavin",
        "George",
        "Gerard",
        "Graham",
        "Greg",
        "Gregory",
        "Harrison",
        "Harry",
        "Henry",
        "Hugh",
        "Hugo",
        "Ian",
        "Idris",
        "Jack",
        "Jake",
        "James",
        "Jared",
        "Jason",
        "Jeff",
        "Jeffrey",
        "Jeremy",
        "Jerry",
        "Jim",
        "Jimmy",
        "Joaquin",
        "Joe",
        "Joel",
        "John",
        "Johnny",
        "Jon",
        "Jonathan",
        "Joseph",
        "Josh",
        "Joshua",
        "Justin",
        "Keanu",
        "Keith",
        "Ken",
        "Kenneth",
        "Kevin",
        "Kurt",
        "Larry",
        "Leonardo",
        "Liam",
        "Luke",
        "Marc",
        "Mark",
        "Martin",
        "Matt",
        "Matthew",
        "Michael",
        "Mike",
        "Neil",
        "Nicholas",
        "Nick",
        "Noah",
        "Oliver",
        "Oscar",
        "Owen",
        "Patrick",
        "Paul",
        "Pete",
        "Peter",
        "Phil",
        "Philip",
        "Ralph",
        "Ray",
        "Richard",
        "Rick",
        "Ricky",
        "Rob",
        "Robert",
        "Roger",
        "Ron",
        "Ronald",
        "Russell",
        "Ryan",
        "Samuel",
        "Scott",
        "Sean",
        "Seth",
        "Simon",
        "Stephen",
        "Steve",
        "Steven",
        "Sylvester",
        "Ted",
        "Thomas",
        "Tim",
        "Timothy",
        "Todd",
        "Tom",
        "Tommy",
        "Tony",
        "Vin",
        "Vince",
        "Will",
        "William",
        "Woody",
        "Zac",
        "Zach",
        "Zachary",
    ];
    const WOMEN: &[&str] = &[
        "Alexandra",
        "Alice",
        "Alicia",
        "Amanda",
        "Amy",
        "Angela",
        "Angelina",
        "Anna",
        "Anne",
        "Ashley",
        "Barbara",
        "Betty",
        "Brie",
        "Caroline",
        "Carrie",
        "Catherine",
        "Charlize",
        "Charlotte",
        "Chloe",
        "Christina",
        "Claire",
        "Courteney",
        "Deborah",
        "Diane",
        "Elisabeth",
        "Elizabeth",
        "Ella",
        "Ellen",
        "Emilia",
        "Emily",
        "Emma",
        "Eva",
        "Florence",
        "Gal",
        "Gillian",
        "Grace",
        "Halle",
        "Hannah",
        "Heather",
        "Helen",
        "Helena",
        "Hilary",
        "Isabella",
        "Jane",
        "Janet",
        "Jenna",
        "Jennifer",
        "Jessica",
        "Jodie",
        "Julia",
        "Julianne",
        "Julie",
        "Karen",
        "Kate",
        "Katherine",
        "Kathy",
        "Katie",
        "Keira",
        "Kirsten",
        "Kristen",
        "Laura",
        "Lauren",
        "Lily",
        "Linda",
        "Lisa",
        "Lucy",
        "Lupita",
        "Mandy",
        "Margaret",
        "Margot",
        "Maria",
        "Mary",
        "Maya",
        "Megan",
        "Melissa",
        "Meryl",
        "Michelle",
        "Mila",
        "Millie",
        "Miranda",
        "Molly",
        "Monica",
        "Naomi",
        "Natalie",
        "Natasha",
        "Nicole",
        "Nina",
        "Olivia",
        "Penelope",
        "Rachel",
        "Rebecca",
        "Reese",
        "Rosamund",
        "Rosario",
        "Ruth",
        "Sally",
        "Samantha",
        "Sandra",
        "Saoirse",
        "Sarah",
        "Scarlett",
        "Selena",
        "Sharon",
        "Sofia",
        "Sophia",
        "Sophie",
        "Susan",
        "Tessa",
        "Tilda",
        "Uma",
        "Victoria",
        "Viola",
        "Winona",
        "Zendaya",
        "Zoe",
    ];
    if MEN.contains(&first) {
        Some(false)
    } else if WOMEN.contains(&first) {
        Some(true)
    } else {
        None
    }
}

/// What follows the hyphen after a full name a work is credited to: "the
/// Natasha Lyonne-led series" (a one-word "Spielberg-directed" names
/// nobody here: two capitalised words make a name).
const CREDIT_TAILS: &[&str] = &[
    "led",
    "fronted",
    "starring",
    "helmed",
    "directed",
    "penned",
    "produced",
    "created",
    "headlined",
];

/// A place or prize made an adjective, capitalised but no name word:
/// "Vancouver-raised Walley-Beckett", "Oscar-winning", "London-born" (not a
/// given name written with its hyphen: "Dong-hyuk", "Chan-wook").
fn adjective_compound(w: &str) -> bool {
    bare(w).rsplit_once('-').is_some_and(|(_, tail)| {
        tail.chars().all(char::is_lowercase)
            && (tail.len() > 3 && (tail.ends_with("ed") || tail.ends_with("ing"))
                || matches!(tail, "born" | "bred"))
    })
}

fn not_name(w: &str) -> bool {
    static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        // Role words open a sentence before the name as well ("Scriptwriter
        // Kim Eun Hee said"): each capitalised, made once.
        let roles = ROLE_WORDS.iter().map(|(w, _)| -> &'static str {
            let mut c = w.chars();
            let first = c.next().map(|f| f.to_uppercase().collect::<String>());
            Box::leak(format!("{}{}", first.unwrap_or_default(), c.as_str()).into_boxed_str())
        });
        NOT_NAME
            .iter()
            .chain(super::matcher::WEEKDAYS)
            .chain(DEMONYMS)
            .copied()
            .chain(roles)
            .collect()
    })
    .contains(w)
}

/// A people's or place's adjective ("British", "Korean"): it describes, it
/// names no one.
pub fn demonym(w: &str) -> bool {
    DEMONYMS.contains(&w)
}

/// People speaking together, as one speaker: "Daniel Levy and Eugene
/// Levy", "Bret McKenzie, Jemaine Clement and James Booth".
pub fn together(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The end of the name mentioned at byte `m`: its capitalised words.
fn name_end(text: &str, m: usize) -> usize {
    let mut end = m;
    for w in text[m..].split(' ').take(4) {
        let b = w.trim_end_matches([',', '.', ':', ';']);
        if !(capitalised(b) || matches!(b, "von" | "van" | "de" | "del" | "da")) {
            break;
        }
        end += b.len();
        if b.len() < w.len() {
            break;
        }
        end += 1;
    }
    end.min(text.len())
}

/// Between two names of one group only "and", commas and what the second
/// one is: "and fellow executive producer", ", and executive
/// producer/director,".
fn joins(gap: &str) -> bool {
    gap.len() <= 60
        && !gap.contains(['.', '\n', '(', ')'])
        && gap.split([' ', ',']).any(|w| w == "and" || w == "&")
        && gap.split([' ', ',']).filter(|w| !w.is_empty()).all(|w| {
            matches!(
                w,
                "and" | "&" | "his" | "her" | "their" | "fellow" | "executive" | "series" | "show"
            ) || w.starts_with("co-")
                || w.split('/').all(|r| role_word(r).is_some())
        })
}

/// Words for several people speaking together (see `People::group_before`).
pub(super) const GROUP_WORDS: &[&str] = &["pair", "duo", "trio", "two", "three", "couple"];

/// Peoples and places' adjectives, capitalised but nobody's name: "The part
/// Puerto Rican, part Afro Cuban actress says ..." (those that are surnames
/// too stay one after a first name: "Dawn French", see `scan_words`).
const DEMONYMS: &[&str] = &[
    "Afro",
    "African",
    "American",
    "Argentine",
    "Asian",
    "Australian",
    "Brazilian",
    "British",
    "Canadian",
    "Chinese",
    "Cuban",
    "Danish",
    "Dutch",
    "English",
    "European",
    "Filipino",
    "French",
    "German",
    "Indian",
    "Irish",
    "Italian",
    "Japanese",
    "Korean",
    "Latino",
    "Latina",
    "Mexican",
    "Nigerian",
    "Norwegian",
    "Puerto",
    "Rican",
    "Scottish",
    "Spanish",
    "Swedish",
    "Welsh",
];

/// An outlet's name is nobody's: "in an interview with Digital Spy" ... "he
/// said" is not Digital Spy.
fn is_outlet(run: &str) -> bool {
    static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| super::quotes::OUTLETS.iter().copied().collect())
        .contains(run)
}

/// A name as a reader writes it: web pages often put two spaces, or a
/// non-breaking one, between first name and surname ("James  Cameron"), and
/// the speaker is the same person either way.
fn one_space(name: &str) -> String {
    if !name.contains("  ") && !name.contains(|c: char| c.is_whitespace() && c != ' ') {
        return name.to_string();
    }
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A person named in full somewhere in the article.
#[derive(Debug, Clone)]
pub struct Person {
    pub name: String,
    pub role: Option<String>,
    first: String,
    last: String,
    /// The nickname written in quotes inside the name: Dwayne "The Rock"
    /// Johnson.
    nick: Option<String>,
    /// The role word the text puts right before the name, as written:
    /// "actor" in "Actor Kartik Aaryan".
    called: Option<String>,
}

/// Everyone named in the article, and where they are mentioned.
#[derive(Debug, Default)]
pub struct People {
    pub persons: Vec<Person>,
    /// (original byte offset, person index), ascending.
    pub mentions: Vec<(usize, usize)>,
}

/// Two or three capitals that are a common abbreviation, not a person's
/// initials ("US", "TV") nor a short title written in capitals ("in the
/// US" is no mention of "Us", see `status::shouted_short`).
pub(super) const ABBREVIATIONS: &[&str] = &[
    "US", "UK", "TV", "LA", "NY", "DC", "EW", "ET", "AP", "OK", "UN", "EU", "HQ", "PR", "IT", "UP",
    "AI",
];

const ROLE_WORDS: &[(&str, &str)] = &[
    ("star", "star"),
    ("stars", "star"),
    ("starring", "star"),
    ("co-star", "star"),
    ("costar", "star"),
    ("actor", "star"),
    ("actress", "star"),
    ("lead", "star"),
    ("director", "director"),
    ("filmmaker", "director"),
    ("filmmakers", "director"),
    ("helmer", "director"),
    ("showrunner", "showrunner"),
    ("showrunners", "showrunner"),
    ("creator", "creator"),
    ("co-creator", "creator"),
    ("writer", "writer"),
    ("co-writer", "writer"),
    ("screenwriter", "writer"),
    // "Scriptwriter Kim Eun Hee" (a K-drama's writer).
    ("scriptwriter", "writer"),
    ("writers", "writer"),
    ("producer", "producer"),
    ("ep", "executive producer"),
    ("author", "author"),
    ("composer", "composer"),
    ("cinematographer", "cinematographer"),
    ("co-stars", "star"),
    ("president", "president"),
    ("ceo", "CEO"),
    ("chief", "chief"),
    ("chairman", "chairman"),
    ("boss", "boss"),
    // "The exec added,": an executive named before, whatever the title.
    ("exec", "exec"),
];

/// The role that stands in for `role` when nobody holds it: a series'
/// creator is "the writer", and the reverse.
pub fn role_kin(role: &str) -> Option<&'static str> {
    match role {
        "writer" => Some("creator"),
        "creator" => Some("writer"),
        _ => None,
    }
}

pub fn role_word(w: &str) -> Option<&'static str> {
    // The list is lower-case ASCII: an ASCII word is compared as it is.
    if w.is_ascii() {
        return ROLE_WORDS
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(w))
            .map(|(_, r)| *r)
            .or_else(|| role_compound(w));
    }
    let lw = w.to_lowercase();
    ROLE_WORDS
        .iter()
        .find(|(k, _)| *k == lw)
        .map(|(_, r)| *r)
        .or_else(|| role_compound(w))
}

/// "Actor-producer Sohum Shah", "writer-director": roles joined by a hyphen
/// are one role word (the last one's role), never a first name.
fn role_compound(w: &str) -> Option<&'static str> {
    let (head, last) = w.rsplit_once('-')?;
    let known = |p: &str| ROLE_WORDS.iter().find(|(k, _)| k.eq_ignore_ascii_case(p));
    if head.split('-').all(|p| known(p).is_some()) {
        known(last).map(|(_, r)| *r)
    } else {
        None
    }
}

impl People {
    /// Scans every sentence for full names (two to four capitalised words)
    /// and the role words around them.
    #[cfg(test)]
    pub fn scan(
        text: &str,
        paras: &[super::sentences::Span],
        sentences: &[Sentence],
        titles: &[String],
    ) -> People {
        People::scan_words(text, sentences, titles, &ParaWords::new(text, paras))
    }

    /// [`People::scan`] over the paragraphs' words. The first word of a
    /// sentence is never asked whether it is `tight` here.
    pub fn scan_words(
        text: &str,
        sentences: &[Sentence],
        titles: &[String],
        para_words: &ParaWords,
    ) -> People {
        let mut people = People::default();
        let mut runs: Vec<(usize, usize, Vec<Tok>, usize)> = Vec::new(); // (s, e, toks, sentence)
                                                                         // Parts played, by name (see `character_at`).
        let mut characters: Vec<String> = Vec::new();
        let mut all_toks: Vec<&[Tok]> = Vec::with_capacity(sentences.len());
        for (si, s) in sentences.iter().enumerate() {
            let toks = para_words.within(s.span.start, s.span.end);
            // A headline in title case names nothing reliably: "Dwayne Johnson Lands Official Release Date".
            // Title case leaves short function words and numbers in lower
            // case: "Showrunner Suzanne Heathcote Hints at What to Expect in Season 3".
            let content = toks
                .iter()
                .filter(|t| {
                    let w = &text[t.s..t.e];
                    !matches!(
                        w,
                        "a" | "an"
                            | "the"
                            | "at"
                            | "to"
                            | "in"
                            | "of"
                            | "on"
                            | "for"
                            | "and"
                            | "or"
                            | "by"
                            | "with"
                            | "from"
                            | "as"
                    ) && !w.starts_with(|c: char| c.is_ascii_digit())
                })
                .count();
            let caps = toks.iter().filter(|t| starts_upper(text, t)).count();
            // (A sentence with a full stop listing names is no headline.)
            let headline = !text[s.span.start..s.span.end].trim_end().ends_with('.');
            // (A sentence ending in a full stop is a headline only when
            // every content word is capitalised: "Blue Eye Samurai hails
            // from Michael Green (Logan, Blade Runner 2049) and Amber
            // Noizumi." is prose, its names counted.)
            if toks.len() >= 4
                && (caps * 10 >= toks.len() * 7 && (headline || caps >= content)
                    || headline && caps * 10 >= content * 8)
            {
                all_toks.push(toks);
                continue;
            }
            let mut i = 0;
            while i < toks.len() {
                let w = &text[toks[i].s..toks[i].e];
                // "TJ Miller": two capitals as a first name before a name word.
                let initials_first = w.len() == 2
                    && w.chars().all(|c| c.is_ascii_uppercase())
                    && !ABBREVIATIONS.contains(&w)
                    && toks.get(i + 1).is_some_and(|n| {
                        n.tight && capitalised(&text[n.s..n.e]) && !not_name(bare(&text[n.s..n.e]))
                    });
                // "Will Tudor who has impressed as ...": the modal opens only
                // questions, so "Will" before a name word elsewhere is a name.
                let first_name_will = w == "Will"
                    && toks.get(i + 1).is_some_and(|n| {
                        n.tight && capitalised(&text[n.s..n.e]) && !not_name(bare(&text[n.s..n.e]))
                    })
                    && !text[s.span.start..s.span.end].trim_end().ends_with('?');
                // "Retweeting Johnson’s statement, Gunn released his own": a
                // participle opening the sentence, not a first name.
                let participle = toks[i].s == s.span.start && w.len() > 5 && w.ends_with("ing");
                if !(capitalised(w) || initials_first)
                    || not_name(bare(w)) && !first_name_will
                    || adjective_compound(w)
                    || w.contains('-') && role_compound(w).is_some()
                    || bare(w).len() < 2 && !w.ends_with('.')
                    || participle
                {
                    i += 1;
                    continue;
                }
                let mut j = i + 1;
                while j < toks.len() && toks[j].tight {
                    let prev = &text[toks[j - 1].s..toks[j - 1].e];
                    if bare(prev) != prev {
                        break; // a possessive ends the name: "Sophie Wilde’s Mia"
                    }
                    let wj = &text[toks[j].s..toks[j].e];
                    // A month after a first name is a surname unless a day
                    // or a year follows: "Queen’s Brian May says".
                    let surname_month = j == i + 1
                        && matches!(bare(wj), "May" | "June" | "April")
                        && !toks.get(j + 1).is_some_and(|n| {
                            text[n.s..n.e].starts_with(|c: char| c.is_ascii_digit())
                        });
                    let surname_black =
                        matches!(bare(wj), "Black" | "French" | "English" | "Welsh");
                    // A middle name after an initial, a surname after it: "M.
                    // Night Shyamalan".
                    let after_initial = j == i + 1
                        && prev.len() == 2
                        && prev.ends_with('.')
                        && toks.get(j + 1).is_some_and(|n| {
                            n.tight
                                && capitalised(&text[n.s..n.e])
                                && !not_name(bare(&text[n.s..n.e]))
                        });
                    let ok = capitalised(wj)
                        && (!not_name(bare(wj)) || surname_month || surname_black || after_initial)
                        || PARTICLES.contains(&wj) && j + 1 < toks.len();
                    if !ok {
                        break;
                    }
                    j += 1;
                }
                let n = j - i;
                // "the Natasha Lyonne-led mystery series": the person a show
                // is credited to, whose name ends at the hyphen (and whom
                // "the" does not make a title).
                let credited = {
                    let last = &text[toks[j - 1].s..toks[j - 1].e];
                    last.rsplit_once('-')
                        .filter(|(_, tail)| CREDIT_TAILS.contains(tail))
                        .map(|(head, _)| toks[j - 1].s + head.len())
                };
                let all_alpha = toks[i..j].iter().all(|t| {
                    text[t.s..t.e]
                        .chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '’'))
                });
                let is_title = j - i >= 2 && {
                    let run_key = super::fold::key_of(&text[toks[i].s..toks[j - 1].e]);
                    titles
                        .iter()
                        .any(|t| t.contains(run_key.as_str()) || run_key.contains(t.as_str()))
                };
                let quoted = toks[i].s > 0
                    && text[..toks[i].s].ends_with(['"', '\u{201C}', '\u{2018}', '\''])
                    && text[toks[j - 1].e..].starts_with(['"', '\u{201D}', '\u{2019}', '\'']);
                // "in Rancho Palos Verdes", "at Comic Con": places, not people.
                let place = i > 0
                    && toks[i].tight
                    && matches!(&text[toks[i - 1].s..toks[i - 1].e], "in" | "at" | "near");
                // "according to the Daily Mail", "on the London Underground":
                // a person is never "the First Last" (a role word comes
                // between: "the director Michael Gracey").
                let after_the = i > 0
                    && toks[i].tight
                    && matches!(&text[toks[i - 1].s..toks[i - 1].e], "the" | "The");
                // "the original 1922 F.W. Murnau vampire classic": a name
                // after a year is what describes a work, not someone taking
                // part in the story.
                let after_year = i > 0 && toks[i].tight && {
                    let y = &text[toks[i - 1].s..toks[i - 1].e];
                    y.len() == 4
                        && y.bytes().all(|b| b.is_ascii_digit())
                        && (y.starts_with("19") || y.starts_with("20"))
                };
                // "Steve Wright’s Big Guests show", "Zakhar Perez’s Alex
                // Claremont Diaz": what a person's name owns is a show or a
                // part they play, not another person ("Netflix’s Ted
                // Sarandos" stays: one word is no person's name here).
                let owned = i > 0
                    && toks[i].tight
                    && {
                        let prev = &text[toks[i - 1].s..toks[i - 1].e];
                        bare(prev) != prev
                    }
                    && runs
                        .last()
                        .is_some_and(|(_, e, _, rsi)| *rsi == si && *e == toks[i - 1].e);
                if (2..=4).contains(&n)
                    && all_alpha
                    && !is_outlet(&text[toks[i].s..toks[j - 1].e])
                    && !is_title
                    && !quoted
                    && !place
                    && (!after_the || credited.is_some())
                    && !owned
                    && !after_year
                {
                    // A part someone plays is nobody, wherever else the
                    // article names it ("I love Gemma Foster" in the star's
                    // quote, after "come back as scorned GP Gemma Foster").
                    if character_at(text, toks, i) {
                        characters.push(one_space(bare(&text[toks[i].s..toks[j - 1].e])));
                    } else {
                        let mut run = toks[i..j].to_vec();
                        if let (Some(end), Some(last)) = (credited, run.last_mut()) {
                            last.e = end;
                        }
                        runs.push((toks[i].s, run[run.len() - 1].e, run, si));
                    }
                } else if n == 1 {
                    // A nickname in quotes: Dwayne "The Rock" Johnson.
                    if let Some(k) = nickname_end(text, toks, i) {
                        runs.push((toks[i].s, toks[k].e, vec![toks[i], toks[k]], si));
                        i = k + 1;
                        continue;
                    }
                    // A name an editor completed in brackets: "Dana [Walden]",
                    // "[Ryan] Coogler".
                    if let Some(k) = bracketed_name_end(text, toks, i) {
                        runs.push((toks[i].s, toks[k].e, vec![toks[i], toks[k]], si));
                        i = k + 1;
                        continue;
                    }
                }
                i = j.max(i + 1);
            }
            all_toks.push(toks);
        }
        let mut by_name: FastMap<String, usize> = FastMap::default();
        let mut spans: Vec<(usize, usize)> = Vec::with_capacity(runs.len());
        if !characters.is_empty() {
            // (The part as named, or its end: "GP Gemma Foster" is "Gemma
            // Foster".)
            runs.retain(|(s, e, _, _)| {
                let name = one_space(bare(&text[*s..*e]));
                !characters.iter().any(|c| {
                    c.strip_suffix(name.as_str())
                        .is_some_and(|head| head.is_empty() || head.ends_with(' '))
                })
            });
        }
        for (s, e, toks, si) in &runs {
            let name = if toks.len() == 2
                && toks[1].s > toks[0].e + 1
                && !text[toks[0].e..toks[1].s].trim().is_empty()
            {
                format!(
                    "{} {}",
                    bare(&text[toks[0].s..toks[0].e]),
                    bare(&text[toks[1].s..toks[1].e])
                )
            } else {
                one_space(bare(&text[*s..*e]))
            };
            let idx = match by_name.get(&name) {
                Some(i) => *i,
                None => {
                    let first = bare(&text[toks[0].s..toks[0].e]).to_string();
                    let last =
                        bare(&text[toks[toks.len() - 1].s..toks[toks.len() - 1].e]).to_string();
                    by_name.insert(name.clone(), people.persons.len());
                    people.persons.push(Person {
                        name,
                        role: None,
                        first,
                        last,
                        nick: None,
                        called: None,
                    });
                    people.persons.len() - 1
                }
            };
            if toks.len() == 2 && people.persons[idx].nick.is_none() {
                let gap = text[toks[0].e..toks[1].s].trim();
                let quotes = ['"', '\u{201C}', '\u{201D}'];
                if gap.starts_with(quotes) && gap.ends_with(quotes) {
                    let nick = gap.trim_matches(quotes).trim();
                    people.persons[idx].nick = (!nick.is_empty()).then(|| one_space(nick));
                }
            }
            if people.persons[idx].called.is_none() {
                let toks_si = all_toks[*si];
                if let Some(k) = toks_si.iter().position(|t| t.s == *s).filter(|&k| k > 0) {
                    let w = &text[toks_si[k - 1].s..toks_si[k - 1].e];
                    if toks_si[k].tight && role_word(w).is_some() {
                        people.persons[idx].called = Some(w.to_lowercase());
                    }
                }
            }
            people.mentions.push((*s, idx));
            spans.push((*s, *e));
            if people.persons[idx].role.is_none() {
                people.persons[idx].role = role_near(text, all_toks[*si], *s, *e);
            }
        }
        // "John David added", after "John David Washington": the first
        // names of one person named in full are that person (the role and
        // surname are theirs too).
        // Sorted, the names that extend one ("John David Washington" after
        // "John David") follow it directly: one pass, no pairwise compare.
        let mut order: Vec<usize> = (0..people.persons.len()).collect();
        order.sort_by(|a, b| people.persons[*a].name.cmp(&people.persons[*b].name));
        for w in 0..order.len() {
            let short = people.persons[order[w]].name.clone();
            if !short.contains(' ') {
                continue;
            }
            let prefix = format!("{short} ");
            let mut longer = order[w + 1..]
                .iter()
                .take_while(|&&j| people.persons[j].name.starts_with(&prefix));
            if let (Some(&j), None) = (longer.next(), longer.next()) {
                let long = people.persons[j].clone();
                let p = &mut people.persons[order[w]];
                p.name = long.name;
                p.last = long.last;
                if p.role.is_none() {
                    p.role = long.role;
                }
            }
        }
        // Single-word mentions: "Carson", "Sofia" (the person with that first
        // or last name). Two people may share the word ("Creator James
        // Burrows" and, in a quote later, "Jimmy Burrows"): the one named
        // first, whom the article introduced (not the one named last).
        let mut by_word: FastMap<&str, usize> = FastMap::default();
        for (i, p) in people.persons.iter().enumerate() {
            by_word.entry(p.first.as_str()).or_insert(i);
            by_word.entry(p.last.as_str()).or_insert(i);
        }
        let mut singles = Vec::new();
        let mut single_roles: Vec<(usize, String)> = Vec::new();
        let mut span_i = 0;
        for toks in &all_toks {
            for t in *toks {
                while span_i < spans.len() && spans[span_i].1 <= t.s {
                    span_i += 1;
                }
                if spans
                    .get(span_i)
                    .is_some_and(|(a, b)| *a <= t.s && t.s < *b)
                {
                    continue;
                }
                // A word opening with an ASCII byte that is no capital is
                // no name, possessive or not (speed only).
                if text.as_bytes().get(t.s).is_some_and(u8::is_ascii) && !starts_upper(text, t) {
                    continue;
                }
                let w = bare(&text[t.s..t.e]);
                if !capitalised(w) {
                    continue;
                }
                // "Jackman’s comments come after the film’s director Michael
                // Gracey spoke": a possessive opening the sentence is not its
                // subject, when the sentence names someone else in full (who
                // "he shared" next is).
                let opens_possessive = std::ptr::eq(t, &toks[0]) && w != &text[t.s..t.e];
                let sent_end = toks.last().map_or(t.e, |l| l.e);
                if opens_possessive
                    && spans
                        .get(span_i)
                        .is_some_and(|(a, _)| *a > t.s && *a < sent_end)
                {
                    continue;
                }
                if let Some(i) = by_word.get(w) {
                    singles.push((t.s, *i));
                    // "Jackman, who starred as ringmaster P. T. Barnum": the
                    // role given next to a surname is the person's too.
                    if people.persons[*i].role.is_none() {
                        if let Some(r) = role_near(text, toks, t.s, t.e) {
                            single_roles.push((*i, r));
                        }
                    }
                }
            }
        }
        drop(by_word);
        for (i, r) in single_roles {
            people.persons[i].role.get_or_insert(r);
        }
        people.mentions.extend(singles);
        people.mentions.sort_unstable();
        // "The 48-year-old director has helmed...": a role noun phrase that
        // opens a sentence refers to the person named last.
        let mut opener_mentions = Vec::new();
        for (si, toks) in all_toks.iter().enumerate() {
            let Some(first) = toks.first() else { continue };
            if &text[first.s..first.e] != "The" {
                continue;
            }
            for t in toks.iter().skip(1).take(4) {
                let word = &text[t.s..t.e];
                if let Some(r) = role_word(word) {
                    let at = sentences[si].span.start;
                    // "The 30-year-old actor" after "Actor Kartik Aaryan ...
                    // featured Vidya Balan": the one the text called by that
                    // word, else the one holding that role, else the person
                    // named last. Then the phrase is a mention of them.
                    let lw = word.to_lowercase();
                    let i = people.mentions.partition_point(|(p, _)| *p < at);
                    let back = || people.mentions[..i].iter().rev().map(|(_, q)| *q);
                    // (Executives by any title: "The exec" after "Nick
                    // Grad, president of FX Entertainment".)
                    let holds = |have: &str| {
                        have == r
                            || super::topic::executive_role(have) && super::topic::executive_role(r)
                    };
                    let found = back()
                        .find(|q| people.persons[*q].called.as_deref() == Some(lw.as_str()))
                        .or_else(|| {
                            back().find(|q| people.persons[*q].role.as_deref().is_some_and(holds))
                        });
                    // Or the subject the sentence before opened with:
                    // "Emily Browning has cast doubts ... || The Australian
                    // actress, who starred ... alongside Abbie Cornish".
                    let prev_subject = si
                        .checked_sub(1)
                        .and_then(|p| all_toks[p].first())
                        .and_then(|t| {
                            let j = people.mentions.partition_point(|(p, _)| *p < t.s);
                            people
                                .mentions
                                .get(j)
                                .filter(|(p, _)| *p == t.s)
                                .map(|(_, q)| *q)
                        });
                    let last = people.last_before(at);
                    // (Not someone the text gives another role: "Tom Cruise
                    // ... || The director said".)
                    let fits =
                        last.is_some_and(|q| people.persons[q].role.as_deref().is_none_or(holds));
                    if let Some(pi) = found.or(last) {
                        if people.persons[pi].role.is_none() {
                            people.persons[pi].role = Some(r.to_string());
                        }
                        if found.is_some() || fits && last == prev_subject {
                            opener_mentions.push((first.s, pi));
                        }
                    }
                    break;
                }
            }
        }
        if !opener_mentions.is_empty() {
            people.mentions.extend(opener_mentions);
            people.mentions.sort_unstable();
        }
        people
    }

    /// The person mentioned last before byte `at`.
    pub fn last_before(&self, at: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|(p, _)| *p < at);
        self.mentions[..i].last().map(|(_, p)| *p)
    }

    /// A family speaking together, "the Levys": everyone named with that
    /// surname, in the order first named ("Daniel Levy and Eugene Levy").
    /// Needs two of them; one is no family (and a plural is no surname).
    pub fn family(&self, phrase: &str) -> Option<String> {
        let p = bare(phrase.trim());
        let p = p.strip_prefix("the ").unwrap_or(p);
        let stem = p
            .strip_suffix("es")
            .filter(|s| s.ends_with('s'))
            .or_else(|| p.strip_suffix('s'))?;
        if stem.contains(' ') || !capitalised(stem) {
            return None;
        }
        let by = |first: bool| -> Vec<&str> {
            self.persons
                .iter()
                .filter(|q| (if first { &q.first } else { &q.last }) == stem)
                .filter(|q| q.name.contains(' '))
                .map(|q| q.name.as_str())
                .collect()
        };
        // "the Levys" share a surname; "the Daniels (AKA Daniel Kwan and
        // Daniel Scheinert)" a first name.
        let mut members = by(false);
        if members.len() < 2 {
            members = by(true);
        }
        (members.len() >= 2).then(|| together(&members))
    }

    /// "the pair said", "the duo said": the people
    /// named together last before byte `at` ("stars Dwayne Johnson and Emily
    /// Blunt", "A, B and fellow executive producer C"), as one speaker; none
    /// when the phrase is no word for several people or no two are named
    /// together in the 1,500 bytes before.
    pub fn group_before(&self, text: &str, phrase: &str, at: usize) -> Option<Vec<usize>> {
        let p = bare(phrase.trim()).to_lowercase();
        let p = p.strip_prefix("the ").unwrap_or(&p);
        if !GROUP_WORDS.contains(&p) {
            return None;
        }
        let from = at.saturating_sub(1500);
        let near: Vec<(usize, usize)> = self
            .mentions
            .iter()
            .copied()
            .filter(|&(m, _)| m >= from && m < at)
            .collect();
        (1..near.len()).rev().find_map(|last| {
            let members = self.chain(text, &near, last);
            (members.len() >= 2).then_some(members)
        })
    }

    /// "J.T. Rogers, and executive producer/director, Alan Poul, released a
    /// joint statement", "Tom Tykwer, Henk Handloegten, and Achim von
    /// Borries share their thoughts": the people named together with the
    /// one mentioned at byte `at`, as one speaker, when a verb follows the
    /// last of them (not "starring A and B, the film ...").
    pub fn group_at(&self, text: &str, at: usize) -> Option<Vec<usize>> {
        // The mention whose name holds `at` ("Borries" of "Achim von Borries").
        let i = self
            .mentions
            .partition_point(|(m, _)| *m <= at)
            .checked_sub(1)?;
        if name_end(text, self.mentions[i].0) < at {
            return None;
        }
        let mut last = i;
        while last + 1 < self.mentions.len() {
            let gap_from = name_end(text, self.mentions[last].0).min(self.mentions[last + 1].0);
            if !joins(&text[gap_from..self.mentions[last + 1].0]) {
                break;
            }
            last += 1;
        }
        let members = self.chain(text, &self.mentions, last);
        if members.len() < 2 || !members.contains(&self.mentions[i].1) {
            return None;
        }
        // "Wyman and his co-producer Jeff Pinkner claimed": the first named
        // speaks (see `quotes::first_of_pair`).
        let first = self.mentions[..=last]
            .iter()
            .rev()
            .find(|(_, p)| *p == members[0])
            .map(|(m, _)| *m)?;
        if text[first.min(at)..self.mentions[last].0]
            .split([' ', ','])
            .any(|w| matches!(w, "his" | "her"))
        {
            return None;
        }
        let after = text[name_end(text, self.mentions[last].0)..]
            .trim_start_matches([',', ' '])
            .split(' ')
            .next()
            .unwrap_or("")
            .trim_end_matches(['.', ',', ':', ';']);
        let verb = !after.is_empty()
            && after.chars().all(char::is_lowercase)
            && !matches!(
                after,
                "and" | "which" | "whose" | "in" | "of" | "as" | "star" | "stars" | "starred"
            );
        verb.then_some(members)
    }

    /// The people named together ending with `near[last]`: back over "and",
    /// commas and what each one is.
    fn chain(&self, text: &str, near: &[(usize, usize)], last: usize) -> Vec<usize> {
        let mut members = vec![near[last].1];
        let mut k = last;
        let mut closed = false;
        while k > 0 {
            let gap = &text[name_end(text, near[k - 1].0).min(near[k].0)..near[k].0];
            let and = joins(gap);
            if !(and || closed && gap.trim() == ",") {
                break;
            }
            closed |= and;
            if !members.contains(&near[k - 1].1) {
                members.insert(0, near[k - 1].1);
            }
            k -= 1;
        }
        members
    }

    pub fn names_together(&self, members: &[usize]) -> String {
        let names: Vec<&str> = members
            .iter()
            .map(|&i| self.persons[i].name.as_str())
            .collect();
        together(&names)
    }

    /// A surname written with its last letter dropped or one letter added
    /// ("Roth said" after "Jessica Rothe"): the one person whose surname it
    /// is, when exactly one is. Not a plural or a possessive ("the Levys"
    /// is a family, "Well" no "Wells"), not a short word (four letters at
    /// least either way). For the subject of a speech verb only.
    pub fn misspelt_surname(&self, phrase: &str) -> Option<usize> {
        let p = bare(phrase.trim());
        if p.contains(' ') || !capitalised(p) || p.ends_with('s') {
            return None;
        }
        let near = |last: &str| {
            let (short, long) = if last.len() < p.len() {
                (last, p)
            } else {
                (p, last)
            };
            short.chars().count() >= 4
                && long.chars().count() == short.chars().count() + 1
                && long.starts_with(short)
                && !long.ends_with('s')
        };
        let mut found = self
            .persons
            .iter()
            .enumerate()
            .filter(|(_, q)| q.name.contains(' ') && near(&q.last));
        match (found.next(), found.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    /// The person a subject phrase refers to, read at byte `at`.
    pub fn resolve(&self, phrase: &str, at: usize) -> Option<usize> {
        let p = bare(phrase.trim());
        let lower = p.to_lowercase();
        if matches!(lower.as_str(), "he" | "she" | "they" | "him" | "her") {
            return self.last_before(at);
        }
        if let Some(role) = lower
            .strip_prefix("the ")
            .and_then(|r| r.rsplit(' ').next())
            .and_then(role_word)
        {
            // Nobody with that role: a series' creator is its writer (and
            // the reverse), else the person named last (no walk back).
            if !self.persons.iter().any(|q| q.role.as_deref() == Some(role)) {
                let kin = role_kin(role);
                let i = self.mentions.partition_point(|(q, _)| *q < at);
                let kin_named = kin.and_then(|k| {
                    self.mentions[..i]
                        .iter()
                        .rev()
                        .map(|(_, q)| *q)
                        .find(|q| self.persons[*q].role.as_deref() == Some(k))
                });
                return kin_named.or_else(|| self.last_before(at));
            }
            let i = self.mentions.partition_point(|(q, _)| *q < at);
            return self.mentions[..i]
                .iter()
                .rev()
                .map(|(_, q)| *q)
                .find(|q| self.persons[*q].role.as_deref() == Some(role))
                .or_else(|| self.last_before(at));
        }
        if let Some(i) = self.persons.iter().position(|q| q.name == p) {
            return Some(i);
        }
        // "The Rock stated", after Dwayne "The Rock" Johnson: the nickname,
        // with or without its article.
        let nicknamed = |q: &Person| {
            q.nick.as_deref().is_some_and(|n| {
                let unarticled = |w: &str| {
                    w.strip_prefix("The ")
                        .or_else(|| w.strip_prefix("the "))
                        .unwrap_or(w)
                        .to_string()
                };
                n == p || unarticled(n) == unarticled(p)
            })
        };
        if let Some(i) = self.persons.iter().position(nicknamed) {
            return Some(i);
        }
        // "@TomCruise just confirmed": a handle that is the full name
        // written without its spaces.
        let handle = p.strip_prefix('@').unwrap_or(p);
        if !handle.contains(' ') && handle.chars().filter(|c| c.is_uppercase()).count() >= 2 {
            let same = |q: &Person| {
                q.name.contains(' ')
                    && q.name
                        .chars()
                        .filter(|c| !c.is_whitespace())
                        .flat_map(char::to_lowercase)
                        .eq(handle.chars().flat_map(char::to_lowercase))
            };
            if let Some(i) = self.persons.iter().position(same) {
                return Some(i);
            }
        }
        let last_word = p.rsplit(' ').next().unwrap_or(p);
        let named = |q: &Person| {
            q.last == last_word
                || q.first == p
                || q.name.len() > p.len()
                    && q.name.starts_with(p)
                    && q.name[p.len()..].starts_with(' ')
        };
        // Nobody by that name: no walk back over every mention (on a long
        // page that walk made each unknown name cost the whole page).
        let first_named = self.persons.iter().position(named)?;
        let i = self.mentions.partition_point(|(q, _)| *q < at);
        self.mentions[..i]
            .iter()
            .rev()
            .map(|(_, q)| *q)
            .find(|q| named(&self.persons[*q]))
            .or(Some(first_named))
    }
}

/// Verbs of playing a part: the name right after one is the part.
const PLAYING: &[&str] = &[
    "plays",
    "played",
    "playing",
    "portrays",
    "portrayed",
    "portraying",
];

/// Whether the name starting at token `i` is a part someone plays: "has
/// impressed as the malfunctioning Synth Odi", "stars as Luce Tivolli". A
/// character neither speaks to the press nor is who "he said" is.
fn character_at(text: &str, toks: &[Tok], i: usize) -> bool {
    let w = |k: usize| &text[toks[k].s..toks[k].e];
    // "who rose to fame after playing Phoebe Buffay": a verb of playing
    // right before the name (not "starring", whose name is the actor's).
    if i > 0 && toks[i].tight && PLAYING.contains(&w(i - 1)) {
        return true;
    }
    // Back over up to two lower-case words ("malfunctioning") to a
    // determiner, then "as": "as Ryan Coogler said" stays a person.
    let mut k = i;
    let mut steps = 0;
    while k > 0 && toks[k].tight && steps < 3 {
        k -= 1;
        steps += 1;
        let word = w(k);
        if matches!(word, "the" | "a" | "an") {
            return k > 0 && toks[k].tight && w(k - 1) == "as";
        }
        if word == "as" {
            // A part taken up again, however described: "to come back as
            // scorned GP Gemma Foster".
            if k > 0
                && toks[k].tight
                && matches!(
                    w(k - 1),
                    "back" | "return" | "returns" | "returning" | "reprise" | "reprising"
                )
            {
                return true;
            }
            // A bare "as Name" only after a verb of playing.
            return steps == 1
                && k > 0
                && toks[k].tight
                && (PLAYING.contains(&w(k - 1))
                    || matches!(
                        w(k - 1),
                        "stars"
                            | "starred"
                            | "starring"
                            | "cast"
                            | "voices"
                            | "voiced"
                            | "appears"
                            | "appeared"
                            | "impressed"
                            // "to reprise his role as Sartaj Singh"
                            | "role"
                    ));
        }
        let lower = word.chars().next().is_some_and(char::is_lowercase);
        if !lower || role_word(word).is_some() {
            return false;
        }
    }
    false
}

/// `First [Last]` or `[First] Last`: the index of `Last` when token `i`
/// starts a name an editor completed in brackets.
fn bracketed_name_end(text: &str, toks: &[Tok], i: usize) -> Option<usize> {
    let next = toks.get(i + 1)?;
    let gap = &text[toks[i].e..next.s];
    let word = |t: &Tok| {
        let w = &text[t.s..t.e];
        capitalised(w) && !not_name(bare(w)) && w.chars().all(char::is_alphabetic)
    };
    let closes = |t: &Tok| text[t.e..].starts_with(']');
    let opens = text[..toks[i].s].ends_with('[');
    let ok = (gap == " [" && closes(next) || opens && gap == "] ") && word(&toks[i]) && word(next);
    ok.then_some(i + 1)
}

/// `First "Nick Name" Last`: the index of `Last` when token `i` starts one.
fn nickname_end(text: &str, toks: &[Tok], i: usize) -> Option<usize> {
    let open = toks.get(i + 1)?;
    let gap = &text[toks[i].e..open.s];
    if !gap.trim().starts_with(['"', '\u{201C}']) {
        return None;
    }
    let mut k = i + 1;
    while k < toks.len() && k <= i + 4 {
        let g = &text[toks[k - 1].e..toks[k].s];
        if k > i + 1 && g.contains(['"', '\u{201D}']) {
            let last = &text[toks[k].s..toks[k].e];
            return (capitalised(last) && !not_name(bare(last))).then_some(k);
        }
        if !capitalised(&text[toks[k].s..toks[k].e]) && k > i + 1 {
            return None;
        }
        k += 1;
    }
    None
}

/// The role the words around a name give it: "star Sofia Carson", "the
/// film's star Michael B. Jordan", "Leigh Whannell, the director of",
/// "starring Sofia Carson and Nicholas Galitzine".
fn role_near(text: &str, toks: &[Tok], s: usize, e: usize) -> Option<String> {
    let i = toks.iter().position(|t| t.s == s)?;
    // Before: up to four words back, no punctuation in between.
    let mut k = i;
    let mut steps = 0;
    while k > 0 && steps < 5 && toks[k].tight {
        k -= 1;
        steps += 1;
        let w = &text[toks[k].s..toks[k].e];
        if let Some(r) = role_word(w) {
            if matches!(r, "president" | "CEO" | "chief" | "chairman" | "boss") && k > 0 {
                let org = &text[toks[k - 1].s..toks[k - 1].e];
                if capitalised(org) {
                    return Some(format!("{} {}", bare(org), w));
                }
            }
            if r == "producer"
                && k > 0
                && text[toks[k - 1].s..toks[k - 1].e].eq_ignore_ascii_case("executive")
            {
                return Some("executive producer".into());
            }
            return Some(r.to_string());
        }
        // "chief content officer Ted Sarandos": a job title's own words.
        let job_word = matches!(
            w,
            "officer" | "content" | "creative" | "operating" | "programming" | "entertainment"
        );
        if !(w == "and"
            || w.ends_with("’s")
            || w.ends_with("'s")
            || w.chars().next().is_some_and(char::is_uppercase)
            || w == "the"
            || w.contains('-')
            || job_word)
        {
            break;
        }
    }
    // After: ", the director of", ", who directed", ", who plays".
    let j = toks.iter().position(|t| t.e == e)?;
    let after: Vec<&str> = toks[j + 1..]
        .iter()
        .take(5)
        .map(|t| &text[t.s..t.e])
        .collect();
    let joined = after.join(" ").to_lowercase();
    for (pat, role) in [
        ("who directed", "director"),
        ("who plays", "star"),
        ("who played", "star"),
        ("who stars", "star"),
        ("who starred", "star"),
        ("stars as", "star"),
        ("who created", "creator"),
        // "Robert Kirkman, who co-created the comic book series the show is
        // based on".
        ("who co-created", "creator"),
        ("who wrote", "writer"),
    ] {
        if joined.starts_with(pat) {
            return Some(role.into());
        }
    }
    // An appositive: "Leigh Whannell, the director of ..." (not "Peter
    // Travers, the actor revealed": there the role is the next subject).
    let toks_after = &toks[j + 1..];
    let comma_after_name = toks_after
        .first()
        .is_some_and(|t| text[e..t.s].contains(','));
    if comma_after_name {
        for (k, t) in toks_after.iter().enumerate().take(4) {
            let w = &text[t.s..t.e];
            if let Some(r) = role_word(w) {
                let closes = toks_after.get(k + 1).map(|n| {
                    let nw = &text[n.s..n.e];
                    text[t.e..n.s].contains(',')
                        || matches!(nw, "of" | "behind" | "and" | "on" | "for")
                });
                if closes.unwrap_or(true) && !(r == "star" && w == "stars") {
                    return Some(r.to_string());
                }
                break;
            }
            if w.chars().next().is_some_and(char::is_uppercase) {
                break;
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::sentences::{paragraphs, sentences};

    fn scan(text: &str) -> People {
        let paras = paragraphs(text);
        let sents = sentences(text, &paras);
        People::scan(text, &paras, &sents, &[])
    }

    #[test]
    fn names_roles_and_resolution() {
        // From the seed article (crates/core/tests/corpus/000-purple-hearts-2.txt).
        let text = "Purple Hearts, directed by Elizabeth Allen Rosenbaum, is a 2022 Netflix romance original starring Sofia Carson and Nicholas Galitzine.\nOn the Just for Variety podcast, star Sofia Carson was asked about it.\nIn that same interview, director Elizabeth Allen Rosenbaum said she liked it.";
        let people = scan(text);
        let carson = people
            .resolve("Carson", text.len())
            .expect("Carson resolves");
        assert_eq!(people.persons[carson].name, "Sofia Carson");
        assert_eq!(people.persons[carson].role.as_deref(), Some("star"));
        let she = people
            .resolve("she", text.len() - 10)
            .expect("she resolves");
        assert_eq!(people.persons[she].name, "Elizabeth Allen Rosenbaum");
        assert_eq!(people.persons[she].role.as_deref(), Some("director"));
    }

    #[test]
    fn an_outlet_is_no_person() {
        // crates/core/tests/corpus/254-klaus-director-absolutely-not.txt
        let text = "However,  Sergio Pablos - who directed the film, and was a co-writer alongside Jim Mahoney and Zach Lewis - ruled out a possible sequel in an interview with Digital Spy";
        let people = scan(text);
        let names: Vec<&str> = people.persons.iter().map(|p| p.name.as_str()).collect();
        assert!(names.contains(&"Sergio Pablos"), "{names:?}");
        assert!(!names.contains(&"Digital Spy"), "{names:?}");
    }
}
