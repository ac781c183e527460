//! Direct quotations: where they are (straight and curly marks, nested,
//! unbalanced, over several paragraphs), who said them (after the quote,
//! before it, or in the paragraph that introduces a block quote), the
//! speaker's role and the outlet they said it to. Scare quotes, titles in
//! quotes, fans and critics are left out; a fragment quoted inline and
//! repeated in a longer quote by the same speaker is merged into it.

use super::fold::key_of;
use super::hashing::FastSet;
use super::people::{bare, role_word, words, ParaWords, People, Tok};
use super::sentences::Span;
use std::sync::OnceLock;

/// A quotation found in the text, before attribution.
#[derive(Debug, Clone)]
pub struct Raw {
    /// The quoted words, one range per paragraph.
    pub parts: Vec<Span>,
    /// Byte of the opening mark and byte after the closing one.
    pub open: usize,
    pub close: usize,
    pub first_para: usize,
    pub last_para: usize,
}

/// A quotation with its speaker.
#[derive(Debug, Clone)]
pub struct Found {
    pub speaker: String,
    pub role: Option<String>,
    pub text: String,
    pub outlet: Option<String>,
    pub parts: Vec<Span>,
    /// The words that introduce or attribute it (for scope and time).
    pub lead: Span,
}

fn is_open(c: char) -> bool {
    matches!(c, '\u{201C}' | '\u{201E}' | '\u{00AB}')
}
fn is_close(c: char) -> bool {
    matches!(c, '\u{201D}' | '\u{00BB}')
}

/// Every quoted span: double marks (see [`double_spans`]) and the British
/// press's single curly ones (see [`single_spans`]), in text order.
pub fn spans(text: &str, paras: &[Span]) -> Vec<Raw> {
    let mut out = double_spans(text, paras);
    let mut singles = single_spans(text, paras, &out, '\u{2018}', '\u{2019}');
    // Some pages print every quote in straight single marks ('Q,' Heder
    // said.): with no double mark anywhere, those are the quotes.
    if out.is_empty() && singles.is_empty() && !text.contains(['"', '\u{201C}', '\u{201D}']) {
        singles = single_spans(text, paras, &out, '\'', '\'');
    }
    if !singles.is_empty() {
        out.extend(singles);
        out.sort_by_key(|r| r.open);
    }
    out
}

/// Quotes in single curly marks, as British outlets print them (`She
/// tweeted: ‘#backtolife is coming BACK ...’`). The closing mark is also the
/// apostrophe, so a span opens only at a ‘ after a space, a colon or a dash
/// and before a word, and closes at the first ’ that ends a word (next to a
/// space, punctuation or the paragraph's end); one that never closes in its
/// paragraph is no quote. Spans inside a double-quoted one are nested quotes,
/// which the outer one already holds.
fn single_spans(
    text: &str,
    paras: &[Span],
    doubles: &[Raw],
    open_mark: char,
    close_mark: char,
) -> Vec<Raw> {
    let mut out = Vec::new();
    let mut di = 0;
    // The closing mark in `body` from byte `from`: one after a word, before
    // a space, punctuation or the end (not the apostrophe of "It’s").
    let close_in = |body: &str, from: usize| -> Option<usize> {
        let mut j = from;
        while let Some(off) = body[j..].find(close_mark) {
            let k = j + off;
            j = k + close_mark.len_utf8();
            let before = body[..k].chars().next_back().unwrap_or(' ');
            let after = body[j..].chars().next().unwrap_or(' ');
            if !before.is_whitespace()
                && (after.is_whitespace() || after.is_ascii_punctuation() || j == body.len())
            {
                return Some(k);
            }
        }
        None
    };
    // Paragraphs already taken by a quote running over several.
    let mut taken_to = 0;
    for (pi, p) in paras.iter().enumerate() {
        if pi < taken_to {
            continue;
        }
        let body = &text[p.start..p.end];
        let mut from = 0;
        while let Some(off) = body[from..].find(open_mark) {
            let i = from + off;
            from = i + open_mark.len_utf8();
            let prev = body[..i].chars().next_back().unwrap_or(' ');
            let next = body[from..].chars().next().unwrap_or(' ');
            if !(prev.is_whitespace() || matches!(prev, ':' | '(' | '\u{2014}' | '\u{2013}'))
                || next.is_whitespace()
                || open_mark == '\'' && next.is_ascii_digit()
                || matches!(
                    next,
                    '"' | '\'' | '\u{201C}' | '\u{201D}' | '\u{2018}' | '\u{2019}'
                )
            {
                continue;
            }
            let at = p.start + i;
            while di < doubles.len() && doubles[di].close <= at {
                di += 1;
            }
            if doubles.get(di).is_some_and(|d| d.open <= at) {
                continue;
            }
            let Some(k) = close_in(body, from) else {
                // (Only a quote that opens its paragraph or follows a
                // colon: not a stray "rock ‘n roll" joined to the next
                // paragraph's quote.)
                if !(i == 0 || body[..i].trim_end().ends_with(':')) {
                    continue;
                }
                // A quote over several paragraphs, each opening with the
                // mark and only the last closing it, as the British press
                // prints one: "... told Deadline: ‘It’s rare ... every
                // year." / "‘We’re close ..." / "‘There are ... what’s
                // next.’"
                let mut parts = vec![Span {
                    start: at + open_mark.len_utf8(),
                    end: p.start + body.trim_end().len(),
                }];
                let mut last = pi;
                let mut close = None;
                while let Some(np) = paras.get(last + 1) {
                    let nb = &text[np.start..np.end];
                    let Some(rest) = nb.strip_prefix(open_mark) else {
                        break;
                    };
                    let start = np.start + open_mark.len_utf8();
                    last += 1;
                    match close_in(nb, open_mark.len_utf8()) {
                        Some(k) => {
                            parts.push(Span {
                                start,
                                end: np.start + k,
                            });
                            close = Some(np.start + k);
                            break;
                        }
                        None => parts.push(Span {
                            start,
                            end: start + rest.trim_end().len(),
                        }),
                    }
                }
                let Some(end) = close else { continue };
                if doubles.iter().any(|d| d.open > at && d.open < end) {
                    continue;
                }
                out.push(Raw {
                    parts,
                    open: at,
                    close: end + close_mark.len_utf8(),
                    first_para: pi,
                    last_para: last,
                });
                taken_to = last + 1;
                break;
            };
            let end = p.start + k;
            // A double-quoted span opening inside makes this one no quote
            // of ours (or an apostrophe fooled us).
            if doubles.get(di).is_some_and(|d| d.open < end) {
                continue;
            }
            out.push(Raw {
                parts: vec![Span {
                    start: at + open_mark.len_utf8(),
                    end,
                }],
                open: at,
                close: end + close_mark.len_utf8(),
                first_para: pi,
                last_para: pi,
            });
            from = k + close_mark.len_utf8();
        }
    }
    out
}

/// Every double-quoted span. A paragraph whose quote is still open at its end
/// continues into the next paragraph when that one opens with a mark.
fn double_spans(text: &str, paras: &[Span]) -> Vec<Raw> {
    let mut out = Vec::new();
    // (inner start, open byte, first paragraph, parts so far)
    let mut open: Option<(usize, usize, usize, Vec<Span>)> = None;
    let mut skip_at = usize::MAX;
    // The closing mark of a title quoted inside a quote.
    let mut skip_inner = usize::MAX;
    for (pi, p) in paras.iter().enumerate() {
        let body = &text[p.start..p.end];
        let bytes = body.as_bytes();
        let mut from = 0;
        let mut seen = open.is_some();
        // Only marks matter: jump to the next byte that can start one, '"' or
        // the lead byte of “ ” „ (0xE2) and « » (0xC2) (speed only).
        while let Some(off) = memchr::memchr3(b'"', 0xE2, 0xC2, &bytes[from..]) {
            let i = from + off;
            let Some(c) = body[i..].chars().next() else {
                break;
            };
            from = i + c.len_utf8();
            let quote_mark = c == '"' || is_open(c) || is_close(c);
            if !quote_mark {
                continue;
            }
            let at = p.start + i;
            let prev = body[..i].chars().next_back().unwrap_or(' ');
            let next = body[from..].chars().next().unwrap_or(' ');
            if at == skip_inner {
                continue;
            }
            let seen_mark = std::mem::replace(&mut seen, true) || at == skip_at;
            if at != skip_at {
                match open.take() {
                    None => {
                        // A straight mark before a space closes nothing here: stray.
                        if is_open(c) || c == '"' && !next.is_whitespace() {
                            open = Some((at + c.len_utf8(), at, pi, Vec::new()));
                        } else if is_close(c) && !seen_mark && !prev.is_whitespace() {
                            // A paragraph's first mark closes: the opening
                            // one was lost on the way to the page (`Veep and
                            // Silicon Valley are terrific series ...,” HBO
                            // head Michael Lombardo said`). The quote is the
                            // paragraph up to here.
                            out.push(Raw {
                                parts: vec![Span {
                                    start: p.start,
                                    end: at,
                                }],
                                open: p.start,
                                close: at + c.len_utf8(),
                                first_para: pi,
                                last_para: pi,
                            });
                        } else if c == '"'
                            && !seen_mark
                            && !prev.is_whitespace()
                            && body[from..].trim().is_empty()
                        {
                            // The same with a straight mark ending the
                            // paragraph, the words introduced by a speech
                            // verb and a comma or colon (`Bayona shared a gif
                            // ... writing, This is a wrap for ...!"`): the
                            // quote is what follows the verb.
                            if let Some(start) = lost_open_after_verb(&body[..i]) {
                                out.push(Raw {
                                    parts: vec![Span {
                                        start: p.start + start,
                                        end: at,
                                    }],
                                    open: p.start + start,
                                    close: at + c.len_utf8(),
                                    first_para: pi,
                                    last_para: pi,
                                });
                            }
                        }
                    }
                    Some((s, o, fp, mut parts)) => {
                        let looks_closing = !prev.is_whitespace()
                            && (next.is_whitespace() || next.is_ascii_punctuation());
                        let opener = is_open(c) && !looks_closing
                            || c == '"'
                                && prev.is_whitespace()
                                && !next.is_whitespace()
                                && next != ',';
                        // A straight opener inside a straight quote can
                        // be a title quoted inside it (`"I've just been told
                        // that "Time Of Our Lives" will not be going ahead,"`):
                        // so when the next two marks both close, or the only
                        // one left closes the paragraph.
                        let nested = opener
                            && c == '"'
                            && text.as_bytes().get(o) == Some(&b'"')
                            && match next_marks(body, from) {
                                (Some(m1), Some(m2))
                                    if closing_at(body, m1) && closing_at(body, m2) =>
                                {
                                    skip_inner = p.start + m1;
                                    true
                                }
                                (Some(m1), None) => {
                                    closing_at(body, m1) && body[m1 + 1..].trim().is_empty()
                                }
                                _ => false,
                            }
                            // A curly quote opened inside a curly one whose
                            // only closing mark ends the paragraph closes
                            // both (`makes me go, “Oh, we have to drop
                            // everything and do that now.”`).
                            || opener
                                && is_open(c)
                                && text[o..].chars().next().is_some_and(is_open)
                                && match next_marks(body, from) {
                                    (Some(m1), None) => body[m1..]
                                        .chars()
                                        .next()
                                        .is_some_and(|m| {
                                            is_close(m) && body[m1 + m.len_utf8()..].trim().is_empty()
                                        }),
                                    _ => false,
                                };
                        if nested {
                            open = Some((s, o, fp, parts));
                        } else if opener {
                            // An opener inside a quote: the previous one never closed.
                            parts.push(Span { start: s, end: at });
                            out.push(Raw {
                                parts,
                                open: o,
                                close: at,
                                first_para: fp,
                                last_para: pi,
                            });
                            open = Some((at + c.len_utf8(), at, pi, Vec::new()));
                        } else {
                            parts.push(Span { start: s, end: at });
                            out.push(Raw {
                                parts,
                                open: o,
                                close: at + c.len_utf8(),
                                first_para: fp,
                                last_para: pi,
                            });
                        }
                    }
                }
            }
        }
        if let Some((s, o, fp, mut parts)) = open.take() {
            parts.push(Span {
                start: s,
                end: p.end,
            });
            let continues = paras
                .get(pi + 1)
                .and_then(|n| text[n.start..n.end].chars().next())
                .is_some_and(|c| c == '"' || is_open(c));
            if continues {
                let n = paras[pi + 1];
                let first = text[n.start..]
                    .chars()
                    .next()
                    .map(char::len_utf8)
                    .unwrap_or(1);
                // Skip the next paragraph's opening mark: the loop must not see it.
                open = Some((n.start + first, o, fp, parts));
                skip_at = n.start;
            } else {
                out.push(Raw {
                    parts,
                    open: o,
                    close: p.end,
                    first_para: fp,
                    last_para: pi,
                });
            }
        }
    }
    out
}

/// Where the words introduced by the last `verb, ` or `verb: ` of `head`
/// start (a speech verb, then a capital): a quotation whose opening mark was
/// lost.
fn lost_open_after_verb(head: &str) -> Option<usize> {
    let (i, sep) = head.rmatch_indices([',', ':']).find(|(i, _)| {
        head[..*i]
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(is_speech)
    })?;
    let rest = &head[i + sep.len()..];
    let start = i + sep.len() + (rest.len() - rest.trim_start().len());
    head[start..]
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
        .then_some(start)
}

/// The next two quotation marks in `body` from byte `from` (straight or
/// curly double), as byte offsets.
fn next_marks(body: &str, from: usize) -> (Option<usize>, Option<usize>) {
    let mut it = body
        .get(from..)
        .unwrap_or("")
        .char_indices()
        .filter(|(_, c)| *c == '"' || is_open(*c) || is_close(*c))
        .map(|(i, _)| from + i);
    (it.next(), it.next())
}

/// Whether the straight mark at byte `i` of `body` closes: after a word,
/// before a space, punctuation or the end.
fn closing_at(body: &str, i: usize) -> bool {
    if body.as_bytes().get(i) != Some(&b'"') {
        return false;
    }
    let prev = body[..i].chars().next_back().unwrap_or(' ');
    let next = body[i + 1..].chars().next().unwrap_or(' ');
    !prev.is_whitespace() && (next.is_whitespace() || next.is_ascii_punctuation())
}

const SPEECH: &[&str] = &[
    "said",
    "says",
    // "took to social media to tell fans, “...”", "Collins informs fans,".
    "tell",
    // "Weitz talked about his plans for the sequel, ... "The first draft
    // ...""
    "talked",
    // "Yamazaki urged fans to "stay tuned"".
    "urged",
    "informs",
    "informed",
    "stating",
    "intoned",
    "intones",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "explained",
    "explains",
    "shared",
    "shares",
    "revealed",
    "reveals",
    "noted",
    "notes",
    "continued",
    "continues",
    "admitted",
    "admits",
    "recalled",
    "recalls",
    "stated",
    "states",
    "confirmed",
    "confirms",
    "teased",
    "teases",
    "joked",
    "jokes",
    "insisted",
    "insists",
    "wrote",
    "writes",
    "remarked",
    "quipped",
    "mused",
    "replied",
    "replies",
    "answered",
    "answers",
    "elaborated",
    "acknowledged",
    "agreed",
    "claimed",
    "declared",
    "emphasized",
    "emphasised",
    "offered",
    "responded",
    "commented",
    "saying",
    "adding",
    "explaining",
    "telling",
    "noting",
    "stressed",
    "laughed",
    "whispered",
    "whispers",
    "gushed",
    "raved",
    "reflected",
    "concluded",
    "exclaimed",
    "tweeted",
    "posted",
    "spoke",
    "explaining",
    "admitting",
    // "Heathcote doesn't disappoint, elaborating on ...:", "with Heathcote
    // pointing out, ...": participles that introduce the quote after them.
    "elaborating",
    "pointing",
    // "Declan Lowney reassured what’s to come, revealing, “...”".
    "revealing",
    "sharing",
    "insisting",
    "joking",
    "teasing",
    "confirming",
    "recalling",
    "discussed",
    "describes",
    "described",
    "reiterated",
    "asserted",
    "hinted",
    "opened",
    "expressed",
    "begins",
    "began",
    "tease",
    "reveal",
    "explain",
    "share",
    "add",
    "admit",
    "recall",
    "note",
    "joke",
    "insist",
    "write",
    "wrote",
    "promised",
    "promises",
    "warned",
    "warns",
    "predicted",
    "theorized",
    "theorised",
    "argued",
    "observed",
    "mentioned",
    "confessed",
    "suggested",
    "denies",
    "denied",
    "reposted",
    "captioned",
    "reads",
    "read",
    "joked",
    "announced",
    "clarified",
    "assured",
    "cautioned",
    "boasted",
    "revealed",
    "admitted",
    "conceded",
    "called",
    // "Kirkman calls the newly constructed prison “absolutely stunning,”",
    // "Kirkman underscored Gurira’s “tremendous physical capability”", "by
    // describing humans ... as long as you know “the rules.”": the forms
    // the lists above lack of verbs that credit the words in marks.
    "calls",
    "underscored",
    "underscores",
    "describing",
    "state",
    "stated",
    "announce",
    // Present tense, as features and reviews tell it ("Hanawalt concludes");
    // not the forms that are as often nouns ("in the comments", "his tweets").
    "concludes",
    "reflects",
    "gushes",
    "raves",
    "quips",
    "muses",
    "laughs",
    "stresses",
    "asserts",
    "announces",
    "clarifies",
    "assures",
    "cautions",
    "boasts",
    "concedes",
    "argues",
    "observes",
    "mentions",
    "confesses",
    "suggests",
    "predicts",
    "exclaims",
    "responds",
    "acknowledges",
    "agrees",
    "declares",
    "emphasizes",
    "emphasises",
    "reiterates",
    "elaborates",
    // "..., writing: “...”" (a post quoted as it was shared).
    "writing",
];

/// Speakers that are not people but can speak for a title.
const ORGS: &[&str] = &[
    "Netflix",
    "HBO",
    "HBO Max",
    "Max",
    "Hulu",
    "Disney",
    "Amazon",
    "Prime Video",
    "Apple",
    "Apple TV+",
    "A24",
    "Universal",
    "Paramount",
    "Warner Bros",
    "Lionsgate",
    "Legendary",
    "Blumhouse",
    "BBC",
    "ITV",
    "Channel 4",
    "CBS",
    "NBC",
    "ABC",
    "FX",
    "AMC",
    "Showtime",
    "Starz",
    "Peacock",
    "CW",
    "The CW",
    "Marvel",
    "Marvel Studios",
    "Lucasfilm",
    "Pixar",
    "DreamWorks",
    "MGM",
    "Sony",
    "Fox",
    "Focus Features",
    "Neon",
    "Searchlight",
    "Syfy",
    "USA Network",
    "Freeform",
    "Bravo",
    "Sky",
    "Channel 5",
    // Korean and other broadcasters and distributors that speak for their
    // titles: "SBS also explained, “...”".
    "SBS",
    "KBS",
    "MBC",
    "tvN",
    "JTBC",
    "CBC",
    "Crunchyroll",
    "Toho",
    // Other channels and streamers that issue statements on their shows.
    "Comedy Central",
    "Cartoon Network",
    "Adult Swim",
    "Nickelodeon",
    "PBS",
    "TBS",
    "TNT",
    "Paramount+",
    "Disney+",
    "BritBox",
    "Showmax",
    "Fuji TV",
    "NHK",
    "Studio",
    "The studio",
    "the studio",
    "the network",
    "the streamer",
    "a source",
    "an insider",
    "a representative",
    "a rep",
    "sources",
    "a source close to the production",
];

/// Whether a key word (folded: lower case, no marks) is a one-word studio,
/// network or streamer of [`ORGS`]: "netflix", "hbo".
pub(super) fn org_word(w: &str) -> bool {
    // (Not the names that are ordinary words or first names too:
    // "Legendary showrunner", "Max Mutchnick", "universal acclaim".)
    !w.is_empty()
        && !matches!(
            w,
            "max" | "legendary" | "universal" | "neon" | "studio" | "sources" | "sky" | "apple"
        )
        && ORGS
            .iter()
            .any(|o| !o.contains(' ') && o.len() == w.len() && o.eq_ignore_ascii_case(w))
}

const ADVERBS: &[&str] = &[
    "simply",
    "also",
    "then",
    "later",
    "previously",
    "recently",
    "has",
    "had",
    "have",
    "once",
    "further",
    "even",
    "only",
    "just",
    "now",
    "first",
    "has",
    "candidly",
    "jokingly",
    "happily",
    "excitedly",
    "previously",
    "earlier",
    "exclusively",
    "publicly",
    "directly",
    "all",
    "both",
    "did",
    "does",
    "do",
    "would",
    "will",
    "can",
    "could",
    "after",
    "soon",
    "later",
    "since",
];

const NOT_INVOLVED: &[&str] = &[
    "fan",
    "fans",
    "critic",
    "critics",
    "analyst",
    "analysts",
    "viewer",
    "viewers",
    "reviewer",
    "reviewers",
    "user",
    "users",
    "audience",
    "audiences",
    "commenter",
    "someone",
    "people",
    "twitter",
    "reddit",
    "redditor",
    "tweet",
    "others",
    "many",
    "another",
    "some",
];

pub(super) const OUTLETS: &[&str] = &[
    "The Hollywood Reporter",
    "Hollywood Reporter",
    "THR",
    "Variety",
    "Deadline",
    "People",
    "Entertainment Weekly",
    "EW",
    "Collider",
    "Screen Rant",
    "ScreenRant",
    "IndieWire",
    "Vanity Fair",
    "Rolling Stone",
    "GQ",
    "Esquire",
    "Empire",
    "Total Film",
    "GamesRadar+",
    "GamesRadar",
    "Ebony",
    "Vulture",
    "TVLine",
    "TV Guide",
    "Decider",
    "Den of Geek",
    "ComicBook.com",
    "IGN",
    "Polygon",
    "TheWrap",
    "The Wrap",
    "Access Hollywood",
    "E! News",
    "Entertainment Tonight",
    "ET",
    "Los Angeles Times",
    "LA Times",
    "The New York Times",
    "New York Times",
    "USA Today",
    "Good Morning America",
    "The Guardian",
    "BBC",
    "Radio Times",
    "Digital Spy",
    "Elle",
    "Vogue",
    "Harper's Bazaar",
    "Glamour",
    "Cosmopolitan",
    "Teen Vogue",
    "Billboard",
    "Forbes",
    "Time",
    "Newsweek",
    "Business Insider",
    "Bustle",
    "Nerdist",
    "Slashfilm",
    "/Film",
    "Inverse",
    "The Independent",
    "Metro",
    "Daily Mail",
    "SFX",
    "MTV News",
    "MTV",
    "Yahoo",
    "CinemaBlend",
    "MovieWeb",
    "Uproxx",
    "The A.V. Club",
    "AV Club",
    "Gold Derby",
    "Awards Radar",
    "Us Weekly",
    "HollywoodLife",
    "Tudum",
    "ComingSoon",
    "Jake's Takes",
    "Happy Sad Confused",
    "The Tonight Show",
    "Jimmy Kimmel Live",
    "Extra",
    "Screen Daily",
    "Associated Press",
    "Reuters",
    "Observer",
    "Marie Claire",
    "InStyle",
    "Men's Health",
    "NME",
    "Empire Magazine",
    "Bloody Disgusting",
    "Syfy Wire",
    "SYFY WIRE",
    "Hypable",
    "Backstage",
    "Bleeding Cool",
    "io9",
    "Gizmodo",
    "Mashable",
    "Insider",
    // A review site that interviews too ("We spoke to the legendary director
    // of #Incredibles2 ... — Rotten Tomatoes (@RottenTomatoes)").
    "Rotten Tomatoes",
    // Trade, fan and regional outlets the blind sets met: "Cartoon Brew
    // reveals that Knight is dead set against seeing a sequel".
    "Cartoon Brew",
    "Animation Magazine",
    "Gossip Cop",
    "Soompi",
    "Koreaboo",
    "Anime News Network",
    "Pinkvilla",
    "Times of India",
    "Hindustan Times",
    "NDTV",
    "What's on Netflix",
    "TV Insider",
    "TV Tonight",
    "Parade",
    "CBR",
    "Irish Times",
    "The Irish Times",
    "Cosmo",
    "The Sun",
    "Express",
    "Mirror",
    "Netflix Queue",
];

/// The known outlet named in `s`, first by position (longest there).
pub fn outlet_in(s: &str) -> Option<String> {
    static AC: OnceLock<Option<aho_corasick::AhoCorasick>> = OnceLock::new();
    let ac = AC
        .get_or_init(|| {
            aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(OUTLETS)
                .ok()
        })
        .as_ref()?;
    for m in ac.find_iter(s) {
        let ok_before = s[..m.start()]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let ok_after = s[m.end()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if ok_before && ok_after {
            let o = OUTLETS[m.pattern().as_usize()];
            return Some(if o == "Hollywood Reporter" {
                "The Hollywood Reporter".to_string()
            } else {
                o.to_string()
            });
        }
    }
    None
}

/// Per (first letter, length) of the speech verbs, a bit per last letter:
/// built at compile time, so most words are rejected by one lookup.
const SPEECH_LONGEST: usize = 16;
const SPEECH_MASKS: [u32; 26 * SPEECH_LONGEST] = {
    let mut m = [0u32; 26 * SPEECH_LONGEST];
    let mut i = 0;
    while i < SPEECH.len() {
        let b = SPEECH[i].as_bytes();
        // Verbs outside the table's reach (none today) get every bit.
        if b.is_empty() || b.len() >= SPEECH_LONGEST || !b[0].is_ascii_lowercase() {
            let mut k = 0;
            while k < m.len() {
                m[k] = u32::MAX;
                k += 1;
            }
        } else {
            let last = b[b.len() - 1];
            let bit = if last.is_ascii_lowercase() {
                1u32 << (last - b'a')
            } else {
                u32::MAX
            };
            m[(b[0] - b'a') as usize * SPEECH_LONGEST + b.len()] |= bit;
        }
        i += 1;
    }
    m
};

#[inline]
pub(super) fn is_speech(w: &str) -> bool {
    // First the table: a word whose first letter, length and last letter no
    // verb has is none (speed only; this runs for every word). The table
    // speaks for ASCII words only: others take the set below.
    let b = w.as_bytes();
    let (Some(&first), Some(&end)) = (b.first(), b.last()) else {
        return false;
    };
    let (f, e) = (first.to_ascii_lowercase(), end.to_ascii_lowercase());
    let known = f.is_ascii_lowercase()
        && e.is_ascii_lowercase()
        && b.len() < SPEECH_LONGEST
        && SPEECH_MASKS[(f - b'a') as usize * SPEECH_LONGEST + b.len()] & (1 << (e - b'a')) != 0;
    if !known && w.is_ascii() {
        return false;
    }
    speech_in_set(w)
}

/// The verbs as a set, for the words the table cannot reject.
#[inline(never)]
fn speech_in_set(w: &str) -> bool {
    static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    let set = SET.get_or_init(|| SPEECH.iter().copied().collect());
    // Speech verbs are lower case in running text (or open a sentence).
    set.contains(w)
        || w.chars().next().is_some_and(char::is_uppercase)
            && set.contains(w.to_lowercase().as_str())
}

fn is_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "He" | "She" | "They")
}

fn cap(w: &str) -> bool {
    match w.as_bytes().first() {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => w.chars().next().is_some_and(char::is_uppercase),
    }
}

/// A subject phrase found next to a speech verb, and where it is.
#[derive(Debug, Clone)]
struct Subject {
    phrase: String,
    at: usize,
}

/// The subject ending at token `k` (inclusive): a pronoun, a run of
/// capitalised words, or "the (film's) director".
fn subject_ending(text: &str, toks: &[Tok], k: usize) -> Option<Subject> {
    let w = &text[toks[k].s..toks[k].e];
    // The reader or the writer: "You can read the full quote below:".
    if matches!(w, "You" | "you" | "We" | "we" | "I") {
        return None;
    }
    if is_pronoun(w) {
        return Some(Subject {
            phrase: w.to_string(),
            at: toks[k].s,
        });
    }
    if let Some(_r) = role_word(w) {
        // "The 'Hail, Caesar!' star said:", "The “Dune” star said,": a title
        // in quotation marks between "the" and the role.
        if let Some(at) = the_quoted_title_before(text, toks[k].s) {
            return Some(Subject {
                phrase: format!("the {w}"),
                at,
            });
        }
        // "the director said"; "the film's star said".
        let mut j = k;
        while j > 0 && toks[j].tight && j + 3 > k {
            j -= 1;
            if text[toks[j].s..toks[j].e].eq_ignore_ascii_case("the") {
                return Some(Subject {
                    phrase: format!("the {w}"),
                    at: toks[j].s,
                });
            }
        }
        // Further back over words that only describe: "The 43-year old
        // British filmmaker explains,".
        let mut j = k;
        while j > 0 && toks[j].tight && j + 6 > k {
            j -= 1;
            let d = &text[toks[j].s..toks[j].e];
            if d.eq_ignore_ascii_case("the") {
                return Some(Subject {
                    phrase: format!("the {w}"),
                    at: toks[j].s,
                });
            }
            let describes = d.chars().all(char::is_lowercase)
                || d.chars().any(|c| c.is_ascii_digit())
                || super::people::demonym(d);
            if !describes {
                break;
            }
        }
        return None;
    }
    // "the pair said", "the duo told": who they are is found in `attribute`.
    if super::people::GROUP_WORDS.contains(&w)
        && k > 0
        && toks[k].tight
        && text[toks[k - 1].s..toks[k - 1].e].eq_ignore_ascii_case("the")
    {
        return Some(Subject {
            phrase: format!("the {w}"),
            at: toks[k - 1].s,
        });
    }
    if let Some(sub) = anonymous_ending(text, toks, k) {
        return Some(sub);
    }
    // "The tweet continues:", "her statement reads": the document quoted
    // before (its author is found in `attribute`).
    if DOCUMENTS.contains(&w) && k > 0 && toks[k].tight {
        let d = &text[toks[k - 1].s..toks[k - 1].e];
        if matches!(
            d,
            "The" | "the" | "Her" | "her" | "His" | "his" | "Their" | "their"
        ) {
            return Some(Subject {
                phrase: format!("the {w}"),
                at: toks[k - 1].s,
            });
        }
    }
    // A channel's number ends its name: "Channel 4 said in a statement".
    let numbered = w.bytes().all(|b| b.is_ascii_digit())
        && k > 0
        && toks[k].tight
        && cap(&text[toks[k - 1].s..toks[k - 1].e]);
    if !cap(w) && !numbered {
        return None;
    }
    let mut j = k;
    while j > 0 && toks[j].tight && cap(&text[toks[j - 1].s..toks[j - 1].e]) && k - j < 4 {
        j -= 1;
    }
    let phrase = bare(&text[toks[j].s..toks[k].e]).to_string();
    // "Wyman and his co-producer Jeff Pinkner claimed": the first named speaks.
    if let Some(first) = first_of_pair(text, toks, j) {
        return Some(first);
    }
    Some(Subject {
        phrase,
        at: toks[j].s,
    })
}

/// Where "the" starts when the text right before byte `end` is "the", then
/// a title of up to 40 bytes in quotation marks ("The 'Hail, Caesar!' ").
fn the_quoted_title_before(text: &str, end: usize) -> Option<usize> {
    let head = text.get(..end)?.trim_end();
    let close = head.chars().next_back()?;
    let open = match close {
        '\'' | '"' => close,
        '\u{2019}' => '\u{2018}',
        '\u{201D}' => '\u{201C}',
        _ => return None,
    };
    let inner = &head[..head.len() - close.len_utf8()];
    let from = super::matcher::floor_boundary(inner, inner.len().saturating_sub(40));
    let start = inner[from..].rfind(open)? + from;
    let title = &inner[start + open.len_utf8()..];
    if title.is_empty() || !title.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
        return None;
    }
    let before = inner[..start].trim_end();
    let the = before.len().checked_sub(3)?;
    (before.is_char_boundary(the)
        && before[the..].eq_ignore_ascii_case("the")
        && before[..the]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric()))
    .then_some(the)
}

/// What a quoted text can be, as a subject: "The tweet continues".
const DOCUMENTS: &[&str] = &[
    "tweet",
    "post",
    "statement",
    "letter",
    "message",
    "note",
    "caption",
    "thread",
];

/// A paragraph that ends by naming a document, "prompting a second
/// tweet:": the document is what follows, its author found as for "The
/// tweet continues:".
fn document_intro(text: &str, p: Span) -> Option<Subject> {
    let body = text[p.start..p.end].trim_end().strip_suffix(':')?;
    let last = body.rsplit(char::is_whitespace).next()?;
    DOCUMENTS.contains(&last).then(|| Subject {
        phrase: format!("the {last}"),
        at: p.start + body.len() - last.len(),
    })
}

/// Who gave the statement a paragraph ends on, named after it: "In a
/// relatively brief and to the point statement, Channel 4 cited the ongoing
/// pandemic as the culprit for cancellation." (the block quote after it is
/// the statement).
fn statement_giver(text: &str, p: Span) -> Option<Subject> {
    let toks = words(text, p.start, p.end);
    let k = toks
        .iter()
        .rposition(|t| matches!(&text[t.s..t.e], "statement" | "statement,"))?;
    // The statement's clause closes with a comma; the subject follows.
    if !text[toks[k].e..].trim_start().starts_with(',')
        && !text[toks[k].s..toks[k].e].ends_with(',')
    {
        return None;
    }
    let first = toks.get(k + 1)?;
    let mut last = k + 1;
    while toks.get(last + 1).is_some_and(|t| {
        t.tight && text[t.s..t.e].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    }) {
        last += 1;
    }
    let phrase = &text[first.s..toks[last].e];
    let verb = toks.get(last + 1).map(|t| &text[t.s..t.e])?;
    (phrase.starts_with(char::is_uppercase) && verb.starts_with(char::is_lowercase)).then(|| {
        Subject {
            phrase: bare(phrase).to_string(),
            at: first.s,
        }
    })
}

/// Whether a subject phrase is a document already quoted ("the tweet").
fn is_document(phrase: &str) -> bool {
    phrase
        .strip_prefix("the ")
        .is_some_and(|w| DOCUMENTS.contains(&w))
}

/// Who shared the document `noun` ("letter", "statement") named shortly
/// before byte `at`: the subject of the verb right before it ("Henry Cavill,
/// who leads the series, shared a sweet letter").
fn document_sharer(
    text: &str,
    paras: &[Span],
    first_para: usize,
    at: usize,
    noun: &str,
) -> Option<Subject> {
    for pi in (first_para.saturating_sub(2)..=first_para).rev() {
        let p = paras.get(pi)?;
        let end = p.end.min(at);
        if end <= p.start {
            continue;
        }
        let toks = words(text, p.start, end);
        let Some(k) = toks
            .iter()
            .rposition(|t| bare(&text[t.s..t.e]).eq_ignore_ascii_case(noun))
        else {
            continue;
        };
        let verb = (k.saturating_sub(4)..k).rev().find(|&j| {
            matches!(
                &text[toks[j].s..toks[j].e],
                "shared"
                    | "posted"
                    | "wrote"
                    | "penned"
                    | "released"
                    | "issued"
                    | "sent"
                    | "published"
                    | "tweeted"
                    | "shares"
                    | "posts"
                    | "writes"
                    | "pens"
                    | "releases"
                    | "issues"
                    | "sends"
            )
        });
        // Or "in a statement" after the clause's own verb: "Fuji TV, the
        // Japanese television network, announced the cancellation of the
        // beloved show on Tuesday in a statement on its official website."
        let w = |i: usize| &text[toks[i].s..toks[i].e];
        let verb = verb.or_else(|| {
            let in_one = k >= 2
                && w(k - 2) == "in"
                && matches!(w(k - 1), "a" | "an" | "its" | "their" | "his" | "her");
            if !in_one {
                return None;
            }
            (0..k - 2)
                .rev()
                .take(12)
                .find(|&j| matches!(w(j), "announced" | "confirmed" | "said" | "revealed"))
        });
        // "the letter starts" names it without its author: look further up.
        let Some(verb) = verb else { continue };
        return subject_before(text, &toks, verb, None).filter(|s| !is_document(&s.phrase));
    }
    None
}

/// Whose the document named at byte `at` is, when no verb of sharing names
/// it: a possessive ("His post read,") is the pronoun's, the person named
/// last.
fn document_owner(text: &str, at: usize) -> Option<Subject> {
    let det = text.get(at..)?.split(' ').next()?;
    let pronoun = match det {
        "His" | "his" => "he",
        "Her" | "her" => "she",
        "Their" | "their" => "they",
        _ => return None,
    };
    Some(Subject {
        phrase: pronoun.to_string(),
        at,
    })
}

/// Speakers with no name: "a source", "a TV insider", "producers", "the
/// representative" (the company named before, see [`org_speaker`]).
const ANONYMOUS: &[&str] = &[
    "source",
    "sources",
    "insider",
    "insiders",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "representative",
    "rep",
    "producers",
    "network",
    "studio",
    "streamer",
    // "the streaming service said in a statement".
    "service",
    // "Amazon Prime execs said:": the company speaks through them.
    "execs",
    "executives",
    "bosses",
];

/// An anonymous speaker phrase ending at token `k`, with its determiner.
fn anonymous_ending(text: &str, toks: &[Tok], k: usize) -> Option<Subject> {
    let w = &text[toks[k].s..toks[k].e];
    if !ANONYMOUS.contains(&w.to_lowercase().as_str()) {
        return None;
    }
    let mut j = k;
    while j > 0 && toks[j].tight && k - j < 3 {
        j -= 1;
        let d = text[toks[j].s..toks[j].e].to_lowercase();
        if matches!(d.as_str(), "a" | "an" | "the" | "one") {
            let phrase = text[toks[j].s..toks[k].e].to_string();
            let mut c = phrase.chars();
            let phrase = match c.next() {
                Some(f) => f.to_lowercase().chain(c).collect(),
                None => phrase,
            };
            return Some(Subject {
                phrase,
                at: toks[j].s,
            });
        }
    }
    // A company's people: "Amazon Prime execs", "Netflix bosses" (from a
    // company the list knows: not "But HBO" or "Line of Duty bosses").
    if matches!(w, "execs" | "executives" | "bosses") {
        let mut j = k;
        while j > 0 && toks[j].tight && k - j < 3 && cap(&text[toks[j - 1].s..toks[j - 1].e]) {
            j -= 1;
        }
        let known = (j..k).find(|&i| {
            let t = bare(&text[toks[i].s..toks[i].e]);
            ORGS.iter().any(|o| o.eq_ignore_ascii_case(t))
        });
        return known.map(|i| Subject {
            phrase: text[toks[i].s..toks[k].e].to_string(),
            at: toks[i].s,
        });
    }
    w.ends_with('s').then(|| Subject {
        phrase: w.to_lowercase(),
        at: toks[k].s,
    })
}

/// `X and his co-producer Y`: X, when token `j` starts Y.
fn first_of_pair(text: &str, toks: &[Tok], j: usize) -> Option<Subject> {
    let mut i = j;
    let mut steps = 0;
    while i > 0 && toks[i].tight && steps < 4 {
        i -= 1;
        steps += 1;
        let w = &text[toks[i].s..toks[i].e];
        if w == "and" {
            if i == 0 || !toks[i].tight {
                return None;
            }
            return subject_ending_name(text, toks, i - 1);
        }
        let filler = matches!(w, "his" | "her" | "their" | "fellow")
            || role_word(w).is_some()
            || w.starts_with("co-");
        if !filler {
            return None;
        }
    }
    None
}

/// A capitalised name ending at token `k` (no pair or anonymous rules).
fn subject_ending_name(text: &str, toks: &[Tok], k: usize) -> Option<Subject> {
    let w = &text[toks[k].s..toks[k].e];
    if !cap(w) || is_pronoun(w) {
        return None;
    }
    let mut j = k;
    while j > 0 && toks[j].tight && cap(&text[toks[j - 1].s..toks[j - 1].e]) && k - j < 4 {
        j -= 1;
    }
    Some(Subject {
        phrase: bare(&text[toks[j].s..toks[k].e]).to_string(),
        at: toks[j].s,
    })
}

/// The speaker an unresolved subject phrase stands for when it is not a
/// person: "Netflix", "BBC's Press Office" (as "BBC Press Office"), "a
/// source", or "the representative" (the company named last before `at`).
fn org_speaker(text: &str, phrase: &str, at: usize) -> Option<String> {
    if ORGS.contains(&phrase) {
        return Some(phrase.to_string());
    }
    // A company the text calls one right before its name: "Han Suk Kyu’s
    // agency Clover Company clarified", "Seo Hyun Jin’s agency Management
    // SOOP shared".
    let before = text[..at.min(text.len())].trim_end();
    let company = [
        "agency",
        "label",
        "management",
        "company",
        "studio",
        "distributor",
    ]
    .iter()
    .any(|w| {
        before
            .strip_suffix(w)
            .is_some_and(|b| b.ends_with(' ') || b.ends_with('\u{2019}') || b.is_empty())
    });
    if company && phrase.split_whitespace().all(cap) {
        return Some(phrase.to_string());
    }
    let lower = phrase.to_lowercase();
    let head = lower.rsplit(' ').next().unwrap_or("");
    if ANONYMOUS.contains(&head) {
        // "the source explained": the source the article introduced.
        // (Whichever word the article introduced them with: "a source
        // claimed ... The insider claimed:" is the source.)
        if lower.starts_with("the ") && matches!(head, "source" | "insider") {
            let from = super::matcher::floor_boundary(text, at.saturating_sub(1500));
            let before = text[from..at.min(text.len())].to_lowercase();
            // (Word-bounded: not "data source".)
            let last = |w: &str| {
                before
                    .match_indices(w)
                    .filter(|(i, _)| {
                        before[..*i]
                            .chars()
                            .next_back()
                            .is_none_or(|c| !c.is_alphanumeric())
                    })
                    .map(|(i, _)| i)
                    .last()
            };
            let source = last("a source");
            let insider = last("an insider");
            let word = match (source, insider) {
                (Some(s), Some(i)) if s > i => "source",
                (Some(_), None) => "source",
                (_, Some(_)) => "insider",
                (None, None) => head,
            };
            let article = if word == "insider" { "an" } else { "a" };
            return Some(format!("{article} {word}"));
        }
        // "the remaining producers said in a statement": the show's
        // producers, not the channel named last.
        if head == "producers" {
            return Some(head.to_string());
        }
        if lower.starts_with("the ")
            || matches!(head, "network" | "studio" | "streamer" | "service")
        {
            return last_org_before(text, at);
        }
        // "Amazon Prime execs": the company they run (a known one, see
        // `anonymous_ending`; anyone else's bosses are nobody to credit).
        if matches!(head, "execs" | "executives" | "bosses") {
            let company: Vec<&str> = phrase.split_whitespace().map(bare).collect();
            let company = &company[..company.len().saturating_sub(1)];
            return company
                .first()
                .is_some_and(|w| ORGS.iter().any(|o| o.eq_ignore_ascii_case(w)))
                .then(|| company.join(" "));
        }
        // "A BBC spokesman", "a spokeswoman" (for the company named last):
        // an unnamed spokesperson speaks for the organisation.
        if matches!(head, "spokesman" | "spokeswoman" | "spokesperson") {
            let named = phrase.split_whitespace().find_map(|w| {
                let w = bare(w);
                ORGS.iter()
                    .find(|o| o.eq_ignore_ascii_case(w) && !o.contains(' '))
                    .map(|o| o.to_string())
            });
            // Or a company the list does not know, named in full before the
            // word: "a Weinstein Company spokesperson" (as the article names
            // it: "The Weinstein Company").
            let own = || {
                let words: Vec<&str> = phrase.split_whitespace().map(bare).collect();
                let inner = words.get(1..words.len().saturating_sub(1))?;
                (!inner.is_empty() && inner.iter().all(|w| cap(w))).then(|| {
                    let name = inner.join(" ");
                    if text.contains(&format!("The {name}")) {
                        format!("The {name}")
                    } else {
                        name
                    }
                })
            };
            if let Some(org) = named.or_else(own).or_else(|| last_org_before(text, at)) {
                return Some(org);
            }
        }
        return Some(phrase.to_string());
    }
    // A company's office: "BBC's Press Office", "Netflix Press".
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let first = words.first().map(|w| bare(w)).unwrap_or("");
    let org_word = ORGS.iter().any(|o| o.eq_ignore_ascii_case(first));
    let office = matches!(
        words.last().copied(),
        Some(
            "Office"
                | "Press"
                | "Studios"
                | "Pictures"
                | "Television"
                | "Entertainment"
                | "Network"
        )
    );
    // A channel of the company: "Disney XD", "Netflix UK".
    let channel =
        words.len() == 2 && words[1].len() <= 3 && words[1].chars().all(|c| c.is_ascii_uppercase());
    if org_word && (words.len() == 1 || office || channel) {
        let cleaned: Vec<&str> = words.iter().map(|w| bare(w)).collect();
        let name = cleaned.join(" ");
        let canon = ORGS
            .iter()
            .find(|o| o.eq_ignore_ascii_case(&name))
            .map(|o| o.to_string());
        return Some(canon.unwrap_or(name));
    }
    None
}

/// The company named last before byte `at`, as the list writes it ("FOX" -> "Fox").
fn last_org_before(text: &str, at: usize) -> Option<String> {
    let from = super::matcher::floor_boundary(text, at.saturating_sub(1500));
    let head = &text[from..at.min(text.len())];
    let toks = words(head, 0, head.len());
    let known = |w: &str| {
        ORGS.iter()
            .take_while(|o| **o != "Studio")
            .find(|o| o.eq_ignore_ascii_case(w))
            .map(|o| o.to_string())
    };
    (0..toks.len()).rev().find_map(|i| {
        let w = bare(&head[toks[i].s..toks[i].e]);
        // Two words first: "HBO Max confirmed the news." is no "Max".
        let pair = i
            .checked_sub(1)
            .filter(|_| toks[i].tight)
            .and_then(|p| known(&format!("{} {w}", &head[toks[p].s..toks[p].e])));
        pair.or_else(|| known(w).filter(|o| !o.contains(' ')))
    })
}

/// "Brammall and Dyer said:", "Andrew Kosove and Broderick Johnson said":
/// the others a subject names after its first (whose name ends at `after`),
/// speaking together; none unless each is someone `resolve` knows and a
/// speech verb follows the last.
fn fellow_speakers(
    text: &str,
    after: usize,
    resolve: impl Fn(&str, usize) -> Option<usize>,
) -> Vec<usize> {
    let mut out = Vec::new();
    let mut rest = text.get(after..).unwrap_or("");
    loop {
        let Some(sep) = [", and ", " and ", ", "]
            .into_iter()
            .find(|s| rest.starts_with(s))
        else {
            return Vec::new();
        };
        let tail = &rest[sep.len()..];
        // The name's words, up to four, ending at a comma or a colon (byte
        // offsets from the words themselves: names are not ASCII only).
        let mut name_end = 0;
        let mut word_at = 0;
        for w in tail.split(' ').take(4) {
            let bare = w.trim_end_matches([',', ':']);
            if !(cap(bare) || matches!(bare, "von" | "van" | "de" | "del" | "da")) {
                break;
            }
            name_end = word_at + bare.len();
            word_at += w.len() + 1;
            if bare.len() < w.len() {
                break;
            }
        }
        let name = tail[..name_end].trim_end();
        if name.is_empty() {
            return Vec::new();
        }
        let at = text.len() - tail.len();
        match resolve(name, at) {
            Some(p) if !out.contains(&p) => out.push(p),
            _ => return Vec::new(),
        }
        rest = &tail[name.len()..];
        if sep.contains("and") {
            break;
        }
    }
    let verb = rest.split_whitespace().next().unwrap_or("");
    let verb = verb.trim_end_matches([',', ':', '.']);
    if is_speech(verb) {
        out
    } else {
        Vec::new()
    }
}

/// The subject of the speech verb at token `v`, looking left: skips adverbs,
/// an appositive between commas, and "and"/"but" (then the earlier subject).
fn subject_before(
    text: &str,
    toks: &[Tok],
    v: usize,
    earlier: Option<&Subject>,
) -> Option<Subject> {
    // "the director discussed his vision for it, admitting that ...": a
    // participle after a comma has its clause's subject.
    // (Not an outlet the sentence opened with: "According to Variety, ...,
    // Rogers and show director, Alan Poul, released a joint statement,
    // stating that".)
    if !toks[v].tight && text[toks[v].s..toks[v].e].ends_with("ing") {
        if let Some(e) = earlier.filter(|e| outlet_in(&e.phrase).is_none()) {
            return Some(e.clone());
        }
    }
    if let Some(sub) = had_this_to_say(text, toks, v) {
        return Some(sub);
    }
    // "The report also quoted a source as saying, “...”": whom it quoted.
    let w = |i: usize| &text[toks[i].s..toks[i].e];
    if v >= 3 && w(v - 1) == "as" && toks[v].tight && toks[v - 1].tight {
        let quoted =
            (v.saturating_sub(6)..v - 2).any(|i| matches!(w(i), "quoted" | "quotes" | "quoting"));
        if quoted {
            if let Some(sub) = subject_ending(text, toks, v - 2) {
                return Some(sub);
            }
        }
    }
    let mut k = v;
    loop {
        if k == 0 {
            return None;
        }
        let tight = toks[k].tight;
        k -= 1;
        let w = &text[toks[k].s..toks[k].e];
        if tight
            && (ADVERBS.contains(&w.to_lowercase().as_str())
                || w.len() > 4 && w.ends_with("ly") && !cap(w))
        {
            continue;
        }
        // "what executive producer Patrick Somerville had to say", "she
        // would say": auxiliaries between the subject and the verb.
        if tight
            && matches!(
                w,
                "to" | "had" | "has" | "have" | "would" | "will" | "did" | "does" | "could"
            )
            && k > 0
        {
            continue;
        }
        if tight && matches!(w, "and" | "but" | "then") {
            return earlier.cloned();
        }
        // "by way of Ed Harris, who said the following": the name the
        // relative clause hangs on.
        if tight && w == "who" && k > 0 && text[toks[k - 1].e..toks[k].s].trim() == "," {
            return subject_ending_name(text, toks, k - 1);
        }
        if !tight && text[toks[k].e..toks[k + 1].s].trim() == ")" {
            // "Series star John Noble (Walter Bishop) also recently told": skip the brackets.
            let mut j = k;
            while j > 0 && k - j < 8 && !text[toks[j - 1].e..toks[j].s].contains('(') {
                j -= 1;
            }
            if j > 0 && text[toks[j - 1].e..toks[j].s].trim() == "(" {
                return subject_ending(text, toks, j - 1);
            }
            return None;
        }
        if !tight {
            // "Whannell, also famous for co-creating the Saw franchise, said":
            // the name is before the previous comma.
            // Quotation marks around a title inside the appositive do not
            // end it: `Christensen, who currently stars in "Takers", said`.
            let unquoted = |g: &str| g.replace(['"', '\u{201C}', '\u{201D}'], "");
            let gap = unquoted(&text[toks[k].e..toks[k + 1].s]);
            // Or between dashes: "The writer - himself a former police
            // officer - wrote".
            let sep = match gap.trim() {
                "," => Some(','),
                "-" => Some('-'),
                "\u{2013}" => Some('\u{2013}'),
                "\u{2014}" => Some('\u{2014}'),
                _ => None,
            };
            if let Some(sep) = sep {
                let mut j = k;
                while j > 0 && k - j < 12 {
                    j -= 1;
                    let g = unquoted(&text[toks[j].e..toks[j + 1].s]);
                    if g.contains(sep) {
                        if sep == ',' {
                            if let Some(name) = name_after_role(text, toks, j, k) {
                                return Some(name);
                            }
                        }
                        // "Speaking in an interview with The Scottish Sun,
                        // singer-turned-actor John Legend addressed ...,
                        // candidly stating:": between the commas is the
                        // clause, its subject a full name and its verb.
                        if sep == ',' {
                            if let Some(name) = clause_between(text, toks, j + 1, k) {
                                return Some(name);
                            }
                        }
                        return subject_ending(text, toks, j);
                    }
                    if !g.trim().is_empty() {
                        break;
                    }
                }
            }
            return None;
        }
        if let Some(sub) = spokesperson_for(text, toks, k) {
            return Some(sub);
        }
        let sub = subject_ending(text, toks, k)?;
        return Some(appositive_head(text, toks, &sub).unwrap_or(sub));
    }
}

/// A clause between two commas rather than an appositive: a full name (two
/// capitalised words or more) that opens it, after at most a hyphenated
/// descriptor ("singer-turned-actor John Legend addressed"), and a
/// lower-case verb after the name (not "who", "and"). Tokens `from..=to`.
fn clause_between(text: &str, toks: &[Tok], from: usize, to: usize) -> Option<Subject> {
    let w = |i: usize| &text[toks[i].s..toks[i].e];
    let start = if w(from).contains('-') && !cap(w(from)) {
        from + 1
    } else {
        from
    };
    if start >= to || !cap(w(start)) || !toks[start + 1].tight || !cap(w(start + 1)) {
        return None;
    }
    let mut end = start + 1;
    while end < to && toks[end + 1].tight && cap(w(end + 1)) {
        end += 1;
    }
    if end >= to || !toks[end + 1].tight {
        return None;
    }
    let verb = w(end + 1);
    if cap(verb)
        || matches!(
            verb,
            "who" | "whose" | "which" | "and" | "or" | "of" | "in" | "on" | "at"
        )
    {
        return None;
    }
    subject_ending_name(text, toks, end)
}

/// Words before a quote (lower case) in which a company describes its show:
/// "describing the new series, ... said:", "describes “squid game” as".
/// (Not "which describes itself as a home for film fans, said:".)
fn describes_its_show(before: &str) -> bool {
    let words: Vec<&str> = before
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "describes" | "describing" | "described")
            && !words
                .get(i + 1)
                .is_some_and(|n| matches!(*n, "itself" | "himself" | "herself" | "themselves"))
    })
}

/// "Rogen had this to say:", "he had the following to say": the subject
/// before "had", when the speech verb at token `v` ends "had ... to say".
fn had_this_to_say(text: &str, toks: &[Tok], v: usize) -> Option<Subject> {
    let w = |i: usize| &text[toks[i].s..toks[i].e];
    if !matches!(w(v), "say" | "add") || v < 3 || w(v - 1) != "to" {
        return None;
    }
    let aux = (v.saturating_sub(5)..v - 1)
        .rev()
        .find(|&i| matches!(w(i), "had" | "has" | "have"))?;
    let object = &toks[aux + 1..v];
    if aux == 0
        || !object.iter().all(|t| t.tight)
        || !matches!(
            w(aux + 1),
            "this" | "the" | "that" | "something" | "plenty" | "a"
        )
    {
        return None;
    }
    subject_ending(text, toks, aux - 1)
}

/// "A spokesperson for the channel explained": the spokesperson, who speaks
/// for the company named last (see `org_speaker`). Only "for" or "at" and
/// lower-case words ("for the network"), at most four after it, ending at
/// token `k`: a company named there ("a rep for Paramount") is left to the
/// other rules.
fn spokesperson_for(text: &str, toks: &[Tok], k: usize) -> Option<Subject> {
    let mut j = k;
    while j > 0 && toks[j].tight && k - j < 4 {
        let w = &text[toks[j].s..toks[j].e];
        if cap(w) {
            return None;
        }
        j -= 1;
        if !matches!(&text[toks[j].s..toks[j].e], "for" | "at") {
            continue;
        }
        let noun = j.checked_sub(1).filter(|_| toks[j].tight)?;
        let w = text[toks[noun].s..toks[noun].e].to_lowercase();
        if !matches!(
            w.as_str(),
            "spokesperson" | "spokesman" | "spokeswoman" | "rep" | "representative"
        ) {
            return None;
        }
        return anonymous_ending(text, toks, noun);
    }
    None
}

/// "The director of Jab We Met, Imtiaz Ali, told News 18": a full name set
/// off by commas (tokens `j+1..=k`) after a role phrase ("the director of
/// ...", "the film's creator") is who speaks; the role is what comes first.
fn name_after_role(text: &str, toks: &[Tok], j: usize, k: usize) -> Option<Subject> {
    let name = subject_ending_name(text, toks, k)?;
    if name.at != toks[j + 1].s || name.phrase.split_whitespace().count() < 2 {
        return None;
    }
    // The role phrase: "the" and a role word, among the few words before
    // the first comma, with no other comma between.
    let mut i = j;
    let mut role = false;
    while j - i < 8 {
        let w = &text[toks[i].s..toks[i].e];
        role |= role_word(w).is_some() && !cap(w);
        if w.eq_ignore_ascii_case("the") {
            return role.then_some(name);
        }
        if i == 0 || !toks[i].tight {
            return None;
        }
        i -= 1;
    }
    None
}

/// The name a role appositive belongs to, when the subject found before a
/// speech verb is the object of the appositive's preposition: `Shane Allen,
/// Director of Comedy Commissioning at the BBC said` is Shane Allen, not the
/// BBC.
fn appositive_head(text: &str, toks: &[Tok], sub: &Subject) -> Option<Subject> {
    let mut j = toks.iter().position(|t| t.s == sub.at)?;
    if j == 0 {
        return None;
    }
    // A capitalised job title after the name's comma, with no "the" or
    // "of" to mark it (`Charlotte Moore, BBC Chief Content Officer said`):
    // the title is not who speaks, the name before it is.
    // ("Peter Travers, the actor revealed": "the actor" is the next subject.)
    let titled = cap(&sub.phrase)
        && sub.phrase.rsplit(' ').next().is_some_and(|w| {
            role_word(w).is_some()
                || matches!(
                    w,
                    "Officer" | "Head" | "Controller" | "Commissioner" | "Executive"
                )
        });
    if titled && !toks[j].tight && text[toks[j - 1].e..toks[j].s].trim() == "," {
        let name = subject_ending_name(text, toks, j - 1)?;
        return (name.phrase.split_whitespace().count() >= 2).then_some(name);
    }
    if !toks[j].tight {
        return None;
    }
    if text[toks[j - 1].s..toks[j - 1].e].eq_ignore_ascii_case("the") {
        j -= 1;
        if j == 0 || !toks[j].tight {
            return None;
        }
    }
    if !matches!(&text[toks[j - 1].s..toks[j - 1].e], "at" | "of" | "for") {
        return None;
    }
    // Back through the appositive to the comma that opens it.
    let mut i = j - 1;
    while i > 0 && j - i < 12 {
        if !toks[i].tight {
            let gap = &text[toks[i - 1].e..toks[i].s];
            if gap.trim() != "," {
                return None;
            }
            let name = subject_ending_name(text, toks, i - 1)?;
            return (name.phrase.split_whitespace().count() >= 2).then_some(name);
        }
        i -= 1;
    }
    None
}

/// The subject right after a speech verb: `said director Ryan Coogler`, `says Jordan Peele`.
fn subject_after(text: &str, toks: &[Tok], v: usize) -> Option<Subject> {
    // "told DS", "tells the trade": what follows is the listener.
    if matches!(&text[toks[v].s..toks[v].e], "told" | "tells" | "telling") {
        return None;
    }
    let mut k = v + 1;
    if let Some(sub) = (k..(k + 4).min(toks.len()))
        .take_while(|&i| toks[i].tight || i == k)
        .find_map(|i| anonymous_ending(text, toks, i))
    {
        return Some(sub);
    }
    let mut role: Option<(&str, usize)> = None;
    while k < toks.len() && (toks[k].tight || k == v + 1) && k <= v + 6 {
        let w = &text[toks[k].s..toks[k].e];
        if role_word(w).is_some() {
            role = Some((w, toks[k].s));
            k += 1;
            continue;
        }
        // (Two roles joined: "says creator and exec producer Loren Bouchard".)
        if w == "the"
            || w == "of"
            || w == "production"
            || w.ends_with("’s")
            || w.ends_with("'s")
            || w == "and" && role.is_some()
        {
            k += 1;
            continue;
        }
        if is_pronoun(w) || cap(w) {
            let mut j = k;
            while j + 1 < toks.len()
                && toks[j + 1].tight
                && cap(&text[toks[j + 1].s..toks[j + 1].e])
                && j - k < 3
            {
                j += 1;
            }
            // "said Wild Bunch co-chief Vincent Maraval": a company and a
            // role before the name; the speaker is the name.
            // Or with words describing the role first: "says Fox domestic
            // distribution president Chris Aronson".
            let mut k = k;
            let mut r = j + 1;
            while r < toks.len() && r <= j + 3 && toks[r].tight && {
                let rw = &text[toks[r].s..toks[r].e];
                rw.chars().all(|c| c.is_ascii_lowercase()) && role_word(rw).is_none()
            } {
                r += 1;
            }
            if role_word(toks.get(r).map_or("", |t| &text[t.s..t.e])).is_none() {
                r = j + 1;
            }
            if !is_pronoun(w)
                && r + 1 < toks.len()
                && toks[r].tight
                && toks[r + 1].tight
                && {
                    let rw = &text[toks[r].s..toks[r].e];
                    role_word(rw).is_some() || rw.starts_with("co-") && rw.len() > 3
                }
                && cap(&text[toks[r + 1].s..toks[r + 1].e])
            {
                k = r + 1;
                j = k;
                while j + 1 < toks.len()
                    && toks[j + 1].tight
                    && cap(&text[toks[j + 1].s..toks[j + 1].e])
                    && j - k < 3
                {
                    j += 1;
                }
            }
            return Some(Subject {
                phrase: bare(&text[toks[k].s..toks[j].e]).to_string(),
                at: toks[k].s,
            });
        }
        if k == v + 1 {
            return described_after(text, toks, k);
        }
        break;
    }
    role.map(|(w, at)| Subject {
        phrase: format!("the {w}"),
        at,
    })
}

/// "explained legendary award-winning stop-motion innovators Peter Lord.":
/// a few plain words describing the speaker, then a full name that ends the
/// clause. (Not "said that Marvel ...": no word of grammar may stand in
/// the description, and a name that goes on is no speaker.)
fn described_after(text: &str, toks: &[Tok], k: usize) -> Option<Subject> {
    const GRAMMAR: &[&str] = &[
        "that", "the", "a", "an", "it", "its", "how", "what", "why", "when", "where", "who",
        "which", "to", "in", "on", "at", "for", "with", "of", "and", "but", "or", "as", "by",
        "from", "about", "so", "if", "he", "she", "they", "we", "i", "you", "his", "her", "their",
        "this", "there", "is", "was", "will", "would", "not", "be",
    ];
    let plain = |t: &Tok| {
        let w = &text[t.s..t.e];
        t.tight && w.chars().all(|c| c.is_lowercase() || c == '-') && !GRAMMAR.contains(&w)
    };
    let first_name = k + toks
        .get(k..)?
        .iter()
        .take(5)
        .take_while(|t| plain(t))
        .count();
    let name_end = first_name
        + toks
            .get(first_name..)?
            .iter()
            .take(4)
            .take_while(|t| t.tight && cap(&text[t.s..t.e]))
            .count();
    let ends = toks.get(name_end).is_none_or(|t| !t.tight);
    (first_name > k && name_end >= first_name + 2 && ends).then(|| Subject {
        phrase: bare(&text[toks[first_name].s..toks[name_end - 1].e]).to_string(),
        at: toks[first_name].s,
    })
}

/// The first person named at the start of a clause, as a last resort:
/// "Edwards, in fact, goes so far as to say that ...".
fn clause_subject(text: &str, toks: &[Tok], upto: usize, people: &People) -> Option<Subject> {
    for t in toks.iter().take(upto.min(6)) {
        let w = &text[t.s..t.e];
        if is_pronoun(w) {
            return Some(Subject {
                phrase: w.to_string(),
                at: t.s,
            });
        }
        if cap(w) && people.resolve(bare(w), t.s).is_some() {
            return subject_ending(text, toks, toks.iter().position(|x| x.s == t.s)?).or(Some(
                Subject {
                    phrase: bare(w).to_string(),
                    at: t.s,
                },
            ));
        }
    }
    None
}

/// `Disney XD released its own statement saying:`: a participle after a
/// document noun has the subject that opens the clause, a name before its
/// first lower-case word.
fn statement_subject(text: &str, toks: &[Tok], v: usize) -> Option<Subject> {
    let w = &text[toks[v].s..toks[v].e];
    if v == 0 || !w.ends_with("ing") || !DOCUMENTS.contains(&&text[toks[v - 1].s..toks[v - 1].e]) {
        return None;
    }
    let verb = toks[..v].iter().position(|t| !cap(&text[t.s..t.e]))?;
    if verb == 0 || verb > 4 || !toks[1..verb].iter().all(|t| t.tight) {
        return None;
    }
    Some(Subject {
        phrase: bare(&text[toks[0].s..toks[verb - 1].e]).to_string(),
        at: toks[0].s,
    })
}

/// A participle after a comma (`..., director Drew Goddard pointed out
/// the obvious, explaining that`) has the subject of the clause it hangs on,
/// which may open after an introductory phrase (`Speaking with Fandango last
/// week, ...`): the first person named at the start of a clause.
fn participle_subject(text: &str, toks: &[Tok], v: usize, people: &People) -> Option<Subject> {
    let w = &text[toks[v].s..toks[v].e];
    if toks[v].tight || !w.ends_with("ing") {
        return None;
    }
    (1..v)
        .filter(|&s| text[toks[s - 1].e..toks[s].s].contains(','))
        .find_map(|s| clause_subject(text, &toks[s..], v - s, people))
        .or_else(|| {
            // "... and she rubbishes the idea, saying, “...”": the pronoun
            // that opens the clause the participle hangs on, right after
            // "and" or "but".
            // (In the participle's own sentence: no full stop between.)
            (1..v).rev().find_map(|i| {
                let p = &text[toks[i].s..toks[i].e];
                (is_pronoun(p)
                    && toks[i].tight
                    && matches!(&text[toks[i - 1].s..toks[i - 1].e], "and" | "but")
                    && !text[toks[i].e..toks[v].s].contains(['.', '!', '?']))
                .then(|| Subject {
                    phrase: p.to_string(),
                    at: toks[i].s,
                })
            })
        })
}

/// Attribution in the words before a quote (or in an introducing paragraph):
/// the subject of the last speech verb, or "according to X".
fn attribution_before(text: &str, span: Span, people: &People) -> Option<Subject> {
    let toks = words(text, span.start, span.end);
    let mut last: Option<Subject> = None;
    // "Another praised Tamsin Greig, writing, “...”": one more of the viewers
    // quoted before, not the star they praise.
    let crowd = toks
        .first()
        .filter(|t| t.s == span.start)
        .map(|t| &text[t.s..t.e])
        .filter(|w| matches!(*w, "Another" | "Others" | "Many" | "Some"))
        .map(|w| Subject {
            phrase: w.to_lowercase(),
            at: span.start,
        });
    for (i, t) in toks.iter().enumerate() {
        let w = &text[t.s..t.e];
        // "Per HBO programming president Casey Bloys, at least part of the
        // reason ... comes down to star Amy Adams. “...”": the words are his.
        // (Not "Per Netflix, in Too Much, “Jessica (Stalter) is ...”": a
        // company's description of its show.)
        if w == "Per" && (i == 0 || !t.tight) {
            // (A company introducing its own statement is the speaker:
            // "Per HBO:" then the statement's paragraph.)
            if let Some(s) = subject_after(text, &toks, i).filter(|s| {
                org_speaker(text, &s.phrase, s.at).is_none()
                    || text
                        .get(s.at + s.phrase.len()..span.end)
                        .is_some_and(|rest| rest.trim() == ":")
            }) {
                last = Some(s);
            }
            continue;
        }
        if w.eq_ignore_ascii_case("according")
            && toks.get(i + 1).is_some_and(|n| &text[n.s..n.e] == "to")
        {
            // "He added, according to the Daily Mail:": the outlet that
            // reported the words, not who said them.
            if let Some(s) = subject_after(text, &toks, i + 1) {
                if last.is_none() || outlet_in(&s.phrase).is_none() {
                    last = Some(s);
                }
            }
            continue;
        }
        if !is_speech(w) {
            continue;
        }
        // "the Death Note franchise": a capitalised word after another one
        // is part of a name, not a speech verb opening a sentence.
        if i > 0 && t.tight && cap(w) && cap(&text[toks[i - 1].s..toks[i - 1].e]) {
            continue;
        }
        // "Brown told Deadline teasing the new season.": a participle with
        // no comma before it goes on with the clause's subject; it names no
        // new speaker ("Deadline" is whom Brown told).
        if i > 0 && t.tight && w.ends_with("ing") && last.is_some() {
            continue;
        }
        // "one fan commented:": someone outside the production speaks (and
        // is left out later), not the person the sentence opened with.
        let outsider = i > 0 && toks[i].tight && {
            let p = &text[toks[i - 1].s..toks[i - 1].e];
            !cap(p) && NOT_INVOLVED.contains(&p) && !DOCUMENTS.contains(&p) && p != "tweet"
        };
        if outsider {
            last = Some(Subject {
                phrase: text[toks[i - 1].s..toks[i - 1].e].to_string(),
                at: toks[i - 1].s,
            });
            continue;
        }
        if let Some(crowd) = crowd.clone() {
            last = Some(crowd);
            continue;
        }
        let sub = subject_before(text, &toks, i, last.as_ref())
            .or_else(|| subject_after(text, &toks, i))
            .or_else(|| last.clone())
            .or_else(|| clause_subject(text, &toks, i, people))
            .or_else(|| participle_subject(text, &toks, i, people))
            .or_else(|| statement_subject(text, &toks, i));
        if sub.is_some() {
            last = sub;
        }
    }
    last
}

/// Whether the quoted words end with a full stop, a question or an
/// exclamation mark, so that the words after the closing mark open a new
/// sentence.
fn ends_sentence(text: &str, q: &Raw) -> bool {
    q.parts
        .last()
        .is_some_and(|p| text[p.start..p.end].trim_end().ends_with(['.', '!', '?']))
}

/// Whether `s` ends with a speech verb and one of `marks`: the words
/// before a quote (`and wrote, “`, with a comma or colon), or a paragraph
/// before a block quote ("To which Blum simply replied.", a full stop).
fn said_last(s: &str, marks: &[char]) -> bool {
    s.trim_end().strip_suffix(marks).is_some_and(|rest| {
        is_speech(
            rest.rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or(""),
        )
    })
}

/// Whether the words between two quotes of one sentence are "and" (or
/// "but") and a speech verb with no subject of its own: `” and called her
/// sword training “`.
fn coordinated_speech(text: &str, span: Span) -> bool {
    let toks = words(text, span.start, span.end);
    toks.first()
        .is_some_and(|t| matches!(&text[t.s..t.e], "and" | "but"))
        && toks.get(1).is_some_and(|t| is_speech(&text[t.s..t.e]))
}

/// Attribution in the words right after a quote: `," he told Ebony`,
/// `," said X`, `," Coogler added`.
fn attribution_after(text: &str, span: Span) -> Option<Subject> {
    let toks = words(text, span.start, span.end);
    for (i, t) in toks.iter().enumerate() {
        if text[t.s..t.e].eq_ignore_ascii_case("according")
            && toks.get(i + 1).is_some_and(|n| &text[n.s..n.e] == "to")
        {
            // Further on in the sentence, "according to Variety" is the outlet;
            // so it is after a speech verb: `,” Feige told journalists,
            // according to The Independent.`
            let sub = subject_after(text, &toks, i + 1);
            let spoke = toks[..i].iter().any(|t| is_speech(&text[t.s..t.e]));
            if (i < 4 && !spoke) || sub.as_ref().is_some_and(|s| outlet_in(&s.phrase).is_none()) {
                return sub;
            }
        }
    }
    if let Some(sub) = dash_credit(text, span) {
        return Some(sub);
    }
    // `"What a season this has been!" the letter starts.`
    if let [d, n, v, ..] = toks.as_slice() {
        let doc = DOCUMENTS.contains(&&text[n.s..n.e])
            && matches!(&text[d.s..d.e], "the" | "The" | "his" | "her" | "their")
            && matches!(&text[v.s..v.e], "starts" | "ends" | "opens" | "closes");
        if doc {
            return Some(Subject {
                phrase: format!("the {}", &text[n.s..n.e]),
                at: d.s,
            });
        }
    }
    let first_gap = toks.first().map(|t| &text[span.start..t.s]).unwrap_or("");
    // `." He said` after a full stop is a new sentence: still fine, but a
    // sentence that goes on about something else is not an attribution.
    let _ = first_gap;
    for (i, t) in toks.iter().enumerate().take(11) {
        let w = &text[t.s..t.e];
        if is_speech(w) {
            // "Paul added that Connell would ...": reported speech, a new
            // sentence about something else, not this quote's attribution.
            if toks
                .get(i + 1)
                .is_some_and(|n| n.tight && &text[n.s..n.e] == "that")
            {
                return None;
            }
            if i == 0 {
                return subject_after(text, &toks, 0);
            }
            return subject_before(text, &toks, i, None).or_else(|| subject_after(text, &toks, i));
        }
        // Past five words only while they run on without a mark: `,"
        // Amazon Studios comedy and drama chief Joe Lewis said`.
        if i >= 5 && (i >= 10 || !toks[1..(i + 2).min(toks.len())].iter().all(|n| n.tight)) {
            break;
        }
    }
    // `"Q," Mann, currently at work on ..., said`: a name in apposition right
    // after a quote that ends with a comma, whatever verb comes later.
    let opens_with_comma_quote = text[..span.start].ends_with([',', '\u{201D}', '"'])
        && text[..span.start]
            .trim_end_matches(['"', '\u{201D}'])
            .ends_with(',');
    if opens_with_comma_quote {
        // (After a role word: `“...,” actor Marlon Wayans, who plays Shorty
        // Meeks, said`.)
        let role_first = toks.first().is_some_and(|t| {
            let w = &text[t.s..t.e];
            !cap(w) && role_word(w).is_some()
        }) && toks.get(1).is_some_and(|t| t.tight);
        let toks = if role_first { &toks[1..] } else { &toks[..] };
        let span = if role_first {
            Span {
                start: toks[0].s,
                end: span.end,
            }
        } else {
            span
        };
        if let Some(first) = toks.first() {
            let mut k = 0;
            while k + 1 < toks.len()
                && toks[k + 1].tight
                && cap(&text[toks[k + 1].s..toks[k + 1].e])
                && k < 3
            {
                k += 1;
            }
            let then_comma = toks
                .get(k + 1)
                .is_some_and(|n| text[toks[k].e..n.s].trim() == ",");
            let w = &text[first.s..first.e];
            if cap(w) && !is_pronoun(w) && then_comma && span.start + 3 >= first.s {
                return Some(Subject {
                    phrase: bare(&text[first.s..toks[k].e]).to_string(),
                    at: first.s,
                });
            }
            // Or a role in apposition, its verb after the clause: `“I don’t
            // really care anymore,” the actor, who reprised his 1982 film
            // role in "Tron: Legacy," told Slashfilm`.
            // (The clause may hold a title in marks, which ends `span`: the
            // verb is looked for to the end of the paragraph's line.)
            if let [d, r, ..] = toks {
                let role = &text[r.s..r.e];
                let verb_follows = || {
                    let end = text[r.e..]
                        .find('\n')
                        .map_or(text.len(), |i| r.e + i)
                        .min(super::matcher::floor_boundary(text, r.e + 300));
                    words(text, r.e, end)
                        .iter()
                        .take(20)
                        .any(|t| is_speech(&text[t.s..t.e]))
                };
                if span.start + 3 >= d.s
                    && text[d.s..d.e].eq_ignore_ascii_case("the")
                    && role_word(role).is_some()
                    && text[r.e..].trim_start().starts_with(',')
                    && verb_follows()
                {
                    return Some(Subject {
                        phrase: format!("the {role}"),
                        at: d.s,
                    });
                }
            }
        }
    }
    None
}

/// A credit line after a dash that ends the paragraph, as press releases
/// print it: `” – Writer and Creator, Neil Cross`, `” — Jane Doe`. A few
/// capitalised words (small words aside) and no verb; the name is the last
/// comma-separated part.
fn dash_credit(text: &str, span: Span) -> Option<Subject> {
    let after = &text[span.start..span.end];
    let lead = after.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ','));
    let rest = lead
        .strip_prefix('\u{2013}')
        .or_else(|| lead.strip_prefix('\u{2014}'))
        .or_else(|| lead.strip_prefix('-'))?;
    let credit = rest.trim().trim_end_matches('.');
    let ws: Vec<&str> = credit.split_whitespace().collect();
    let small = |w: &str| matches!(w, "and" | "of" | "the" | "at" | "for" | "&");
    if ws.is_empty()
        || ws.len() > 8
        || !ws.iter().all(|w| cap(w) || small(w))
        || text[span.end..]
            .chars()
            .next()
            .is_some_and(|c| c != '\n' && c != '\r')
    {
        return None;
    }
    let name = credit.rsplit(',').next()?.trim();
    if name.is_empty() || !cap(name) {
        return None;
    }
    Some(Subject {
        phrase: bare(name).to_string(),
        at: span.start + after.rfind(name)?,
    })
}

/// Who spoke where: every speech verb's subject, resolved in reading order,
/// so "he" and "the actress" go back to the last person who was speaking.
struct Resolver<'a> {
    text: &'a str,
    people: &'a People,
    paras: &'a [Span],
    /// (byte offset, person index), ascending.
    speakers: Vec<(usize, usize)>,
    /// Every quotation's (open, close) bytes, ascending: a name inside the
    /// quoted words is spoken about, not a candidate for "she said".
    quoted: Vec<(usize, usize)>,
    /// [`Resolver::gender`] per person, once worked out (a long page asks
    /// for the same people again and again).
    genders: std::cell::RefCell<Vec<Option<Option<bool>>>>,
}

impl<'a> Resolver<'a> {
    fn new(
        text: &'a str,
        paras: &'a [Span],
        para_words: &ParaWords,
        people: &'a People,
        raws: &[Raw],
    ) -> Resolver<'a> {
        let mut r = Resolver {
            text,
            people,
            paras,
            speakers: Vec::new(),
            quoted: raws.iter().map(|q| (q.open, q.close)).collect(),
            genders: std::cell::RefCell::new(vec![None; people.persons.len()]),
        };
        for pi in 0..paras.len() {
            let toks = para_words.para(pi);
            let mut last: Option<Subject> = None;
            for (i, t) in toks.iter().enumerate() {
                if !is_speech(&text[t.s..t.e]) {
                    continue;
                }
                let sub = subject_before(text, toks, i, last.as_ref())
                    .or_else(|| subject_after(text, toks, i));
                if let Some(sub) = sub {
                    if let Some(pi) = r.resolve(&sub.phrase, sub.at) {
                        r.speakers.push((t.s, pi));
                    }
                    last = Some(sub);
                }
            }
        }
        r
    }

    /// Whether byte `at` is inside a quotation.
    fn in_quote(&self, at: usize) -> bool {
        let i = self.quoted.partition_point(|(o, _)| *o < at);
        self.quoted[..i].last().is_some_and(|(_, c)| at < *c)
    }

    /// Whether the text writes person `who` as a woman (true) or a man
    /// (false): by the first "he"/"she"/"his"/"himself"/"herself" after a
    /// mention in its sentence, before anyone else is named or a quotation
    /// opens, and by "actress" right before the name. None when it says
    /// nothing, or both as often.
    /// Whether person `who` may be referred to as a woman (`Some(true)`) or
    /// a man (`Some(false)`): unless the text says otherwise.
    fn may_be(&self, who: usize, woman: Option<bool>) -> bool {
        woman.is_none_or(|w| self.gender(who).is_none_or(|g| g == w))
    }

    fn gender(&self, who: usize) -> Option<bool> {
        if let Some(Some(known)) = self.genders.borrow().get(who) {
            return *known;
        }
        let g = self.work_out_gender(who);
        if let Some(slot) = self.genders.borrow_mut().get_mut(who) {
            *slot = Some(g);
        }
        g
    }

    fn work_out_gender(&self, who: usize) -> Option<bool> {
        let mentions = &self.people.mentions;
        let (mut f, mut m) = (0u32, 0u32);
        for (i, &(at, q)) in mentions.iter().enumerate() {
            if q != who {
                continue;
            }
            let from = super::matcher::floor_boundary(self.text, at.saturating_sub(12));
            if self.text[from..at]
                .trim_end()
                .to_lowercase()
                .ends_with("actress")
            {
                f += 1;
            }
            let next = mentions
                .get(i + 1)
                .map(|(p, _)| *p)
                .unwrap_or(self.text.len());
            let end = super::matcher::floor_boundary(self.text, next.min(at + 240));
            let window = self.text.get(at..end).unwrap_or("");
            let stop = window
                .find(['"', '\u{201C}', '\u{201D}', '!', '?', '\n'])
                .into_iter()
                .chain(window.find(". "))
                // ("... alum Matt Berry.) But she supports": the sentence
                // ended inside the brackets.)
                .chain(window.find(".)"))
                .min()
                .unwrap_or(window.len());
            for w in window[..stop].split(|c: char| !c.is_alphabetic()) {
                match w {
                    "he" | "He" | "his" | "His" | "himself" => {
                        m += 1;
                        break;
                    }
                    "she" | "She" | "hers" | "herself" => {
                        f += 1;
                        break;
                    }
                    _ => {}
                }
            }
        }
        (f != m).then_some(f > m)
    }

    /// [`Self::may_be`] for "he" or "she": with nothing in the text, a
    /// common first name tells ("she" after "... with ... alum Matt Berry"
    /// is not Berry). (Not for "the actor", which many actresses are.)
    fn may_be_pronoun(&self, who: usize, woman: Option<bool>) -> bool {
        woman.is_none_or(|w| {
            let first = || {
                self.people.persons[who]
                    .name
                    .split(' ')
                    .next()
                    .unwrap_or("")
            };
            self.gender(who)
                .or_else(|| super::people::given_name_gender(first()))
                .is_none_or(|g| g == w)
        })
    }

    /// The first person named as a subject in the plain paragraph before
    /// paragraph `pi`: `However, Sergio Pablos - who directed the film, and
    /// was a co-writer alongside Jim Mahoney and Zach Lewis - ruled out a
    /// possible sequel` / `"...," he said.` is Pablos, not Lewis.
    fn plain_subject_before(&self, pi: usize, fits: &dyn Fn(usize) -> bool) -> Option<usize> {
        let p = *self.paras.get(pi.checked_sub(1)?)?;
        if self.text_has_marks(p) {
            return None;
        }
        let i = self.people.mentions.partition_point(|(m, _)| *m < p.start);
        self.people.mentions[i..]
            .iter()
            .take_while(|(m, _)| *m < p.end)
            .find(|(m, q)| !object_position(self.text, *m) && fits(*q))
            .map(|(_, q)| *q)
    }

    /// The person a paragraph of plain narration opens with, when only
    /// paragraphs that name nobody (and quote nothing) come between it and
    /// paragraph `pi`: "Christian Gudegast will be returning to the
    /// director's seat." / "With the sequel, he aims to ..." / "He said,
    /// “...”" is Gudegast, not whoever spoke before him.
    fn opened_before(&self, pi: usize, fits: &dyn Fn(usize) -> bool) -> Option<usize> {
        for back in 1..=3 {
            let p = *self.paras.get(pi.checked_sub(back)?)?;
            if self.text_has_marks(p) {
                return None;
            }
            let i = self.people.mentions.partition_point(|(m, _)| *m < p.start);
            // (A sentence, not a photo caption: "Judy Greer Jennifer Garner".)
            let sentence = self.text[p.start..p.end]
                .trim_end()
                .ends_with(['.', '!', '?']);
            match self.people.mentions.get(i) {
                Some((m, q)) if *m == p.start => return (sentence && fits(*q)).then_some(*q),
                Some((m, _)) if *m < p.end => return None,
                _ => {}
            }
        }
        None
    }

    /// Whether a paragraph holds quotation marks.
    fn text_has_marks(&self, p: Span) -> bool {
        // Byte searches: a char-set `contains` decodes every character (speed only).
        let b = &self.text.as_bytes()[p.start..p.end];
        memchr::memchr(b'"', b).is_some()
            || memchr::memmem::find(b, "\u{201C}".as_bytes()).is_some()
            || memchr::memmem::find(b, "\u{201D}".as_bytes()).is_some()
    }

    /// The last person before byte `at` named as a subject, not only in
    /// passing ("from Roald Dahl's classic tale", "the late Gene Wilder's
    /// Wonka"), within the last few mentions; else the last one named.
    fn last_subject_before(&self, at: usize, fits: &dyn Fn(usize) -> bool) -> Option<usize> {
        let i = self.people.mentions.partition_point(|(p, _)| *p < at);
        self.people.mentions[..i]
            .iter()
            .rev()
            .take(6)
            .find(|(p, q)| !self.in_quote(*p) && !object_position(self.text, *p) && fits(*q))
            .map(|(_, q)| *q)
            .or_else(|| self.people.last_before(at))
    }

    fn resolve(&self, phrase: &str, at: usize) -> Option<usize> {
        let lower = phrase.trim().to_lowercase();
        let recent = |pred: &dyn Fn(usize) -> bool| {
            let i = self.speakers.partition_point(|(p, _)| *p < at);
            self.speakers[..i]
                .iter()
                .rev()
                .take(3)
                .map(|(_, q)| *q)
                .find(|q| pred(*q))
        };
        let pi = self.paras.partition_point(|p| p.end < at);
        let para_start = self.paras.get(pi).map(|p| p.start).unwrap_or(0);
        // A paragraph that opens with the quote after a paragraph of plain
        // narration whose first word is a name: that person speaks.
        // "Berlanti got equally emotional ..." / "“It’s ...,” he said".
        let named_here_empty = {
            let i = self
                .people
                .mentions
                .partition_point(|(m, _)| *m < para_start);
            self.people.mentions.get(i).is_none_or(|(m, _)| *m >= at)
        };
        let prev_subject = (named_here_empty && pi > 0)
            .then(|| self.paras[pi - 1])
            .filter(|p| !self.text_has_marks(*p))
            .and_then(|p| {
                let i = self.people.mentions.partition_point(|(m, _)| *m < p.start);
                self.people
                    .mentions
                    .get(i)
                    .filter(|(m, _)| *m == p.start)
                    .map(|(_, q)| *q)
            });
        let last_spoke_at = {
            let i = self.speakers.partition_point(|(p, _)| *p < at);
            self.speakers[..i].last().map(|(p, _)| *p)
        };
        // Someone named in this paragraph after the last speaker spoke.
        let named_here_at = || {
            let i = self.people.mentions.partition_point(|(p, _)| *p < at);
            self.people.mentions[..i]
                .iter()
                .rev()
                .take_while(|(p, _)| *p >= para_start && last_spoke_at.is_none_or(|s| *p > s))
                .find(|(p, _)| !self.in_quote(*p))
                .copied()
        };
        let named_here = || named_here_at().map(|(_, q)| q);
        if is_pronoun(phrase.trim()) {
            // "he" is never someone the text calls "she", and the reverse.
            let woman = match phrase.trim() {
                "she" | "She" => Some(true),
                "he" | "He" => Some(false),
                _ => None,
            };
            let fits = |q: usize| self.may_be_pronoun(q, woman);
            // The person the quoted words are about is not the one quoted:
            // `Director Cameron "has ideas" for a sequel, he said` (he is
            // the one who spoke before, or someone named before Cameron).
            if let Some((p, q)) =
                named_here_at().filter(|(p, _)| fragment_subject(self.text, *p, at))
            {
                return recent(&|x| x != q).or_else(|| {
                    let i = self.people.mentions.partition_point(|(m, _)| *m < p);
                    self.people.mentions[..i]
                        .iter()
                        .rev()
                        .find(|(_, x)| *x != q)
                        .map(|(_, x)| *x)
                });
            }
            // "Kellett shared a note while Norman Lear, who created the
            // original, thanked everyone" / "“I wish ...,” he shared": the
            // later clause's subject of the plain paragraph before.
            let contrast = (named_here_empty && pi > 0)
                .then(|| self.paras[pi - 1])
                .filter(|p| !self.text_has_marks(*p))
                .and_then(|p| {
                    let i = self.people.mentions.partition_point(|(m, _)| *m < p.end);
                    self.people.mentions[..i]
                        .last()
                        .filter(|(m, _)| {
                            *m > p.start
                                && last_spoke_at.is_none_or(|s| *m > s)
                                && contrast_subject(self.text, p.start, *m)
                        })
                        .map(|(_, q)| *q)
                });
            // Among those named here, "he" is the one the sentence is
            // about, not the one it mentions on the way: `Washington ...
            // stars opposite Robert Pattinson, and spoke with Esquire. "...,"
            // he said` is Washington.
            let subject_here = || {
                let i = self.people.mentions.partition_point(|(p, _)| *p < at);
                self.people.mentions[..i]
                    .iter()
                    .rev()
                    .take_while(|(p, _)| *p >= para_start && last_spoke_at.is_none_or(|s| *p > s))
                    .find(|(p, q)| {
                        !self.in_quote(*p) && !object_position(self.text, *p) && fits(*q)
                    })
                    .map(|(_, q)| *q)
            };
            let named_here = || named_here().filter(|q| fits(*q));
            // Someone named here only as an object ("revealed that Ray
            // ...") is less likely the speaker than who spoke just before.
            let recent_here = || {
                last_spoke_at
                    .filter(|s| {
                        pi > 0 && *s >= self.paras[pi - 1].start && named_here_at().is_some()
                    })
                    .and_then(|_| recent(&fits))
            };
            return subject_here()
                .or_else(recent_here)
                .or_else(named_here)
                .or(contrast.filter(|q| fits(*q)))
                .or(prev_subject.filter(|q| fits(*q)))
                .or_else(|| self.opened_before(pi, &fits).filter(|_| named_here_empty))
                .or_else(|| recent(&fits))
                .or_else(|| self.plain_subject_before(pi, &fits))
                .or_else(|| self.last_subject_before(at, &fits));
        }
        if let Some(role) = lower
            .strip_prefix("the ")
            .and_then(|r| r.rsplit(' ').next())
            .and_then(role_word)
        {
            // "the actress" is nobody the text calls "he", "the actor"
            // nobody it calls "she".
            let woman = match lower.rsplit(' ').next() {
                Some("actress") => Some(true),
                Some("actor") => Some(false),
                _ => None,
            };
            let fits = |q: usize| self.may_be(q, woman);
            let exact = |q: usize| self.people.persons[q].role.as_deref() == Some(role) && fits(q);
            if let Some(q) = recent(&exact) {
                return Some(q);
            }
            let spoke_here = last_spoke_at
                .filter(|s| *s >= para_start)
                .and_then(|_| recent(&fits));
            if let Some(q) = spoke_here {
                return Some(q);
            }
            if let Some(q) = self.people.resolve(phrase, at).filter(|q| fits(*q)) {
                let r = self.people.persons[q].role.as_deref();
                if r == Some(role) || r.is_some() && r == super::people::role_kin(role) {
                    return Some(q);
                }
            }
            return named_here()
                .filter(|q| fits(*q))
                .or_else(|| recent(&fits))
                .or_else(|| self.people.last_before(at));
        }
        // "“...,” Roth said." after "Jessica Rothe": a misspelt surname.
        self.people
            .resolve(phrase, at)
            .or_else(|| self.people.misspelt_surname(phrase))
    }
}

/// The people introduced as outside the production: "TV critic Tim
/// Goodman", "box office analyst Jeff Bock", "superfan X", "Festival
/// attendee Anni Webb". Their words about
/// the show are reviews, not news of it. One pass over the mentions.
fn outsiders(text: &str, people: &People) -> FastSet<usize> {
    const OUTSIDE: &[&str] = &[
        "critic",
        "reviewer",
        "analyst",
        "columnist",
        "superfan",
        "fan",
        "attendee",
        "moviegoer",
        "viewer",
    ];
    people
        .mentions
        .iter()
        .filter(|(at, _)| {
            let from = super::matcher::floor_boundary(text, at.saturating_sub(24));
            let before = text.get(from..*at).unwrap_or("");
            // The word right before the name, with only a space between.
            // Or a trade in apposition ("a longtime comics fan" may be the
            // film's own writer).
            before.ends_with(' ') && last_word_in(before, OUTSIDE)
                // An outlet's own writer: "Paste’s own Lacy Baugher Milas
                // wrote", "Radio Times TV editor Alison Graham writing".
                || outlet_own(before)
                || before.ends_with("TV editor ")
                || apposed(text, *at, &OUTSIDE[..4])
                // "David A. Gross, who runs the movie consulting firm
                // Franchise Entertainment Research": a trade adviser, not
                // the show's "consulting producer".
                || apposed(text, *at, &["consulting", "consultant", "consultancy"])
                    && !text[*at..].split(['.', '\n']).next().unwrap_or("").contains("consulting producer")
                || reviewing(text, *at)
        })
        .map(|(_, q)| *q)
        .collect()
}

/// The people the text shows to be characters, whose lines are dialogue
/// (a trailer's, a scene's), not quotes: "<actor> as <name>" ("Ambika Mod
/// as Emma and Leo Woodall as Dexter in One Day"). (Not the actor in
/// brackets: "Prince Wilhelm (Edvin Ryding)" and "Alex Murphy (Conor
/// MacSweeney)" are written either way round.)
fn characters(text: &str, people: &People) -> FastSet<usize> {
    // The person whose mention, the last one before `end`, ends there.
    let person_ending = |end: usize| {
        let i = people.mentions.partition_point(|&(m, _)| m < end);
        let &(m, who) = people.mentions[..i].last()?;
        let name = &text[m..end];
        (name.len() < 40 && name.split(' ').all(|w| w.starts_with(char::is_uppercase)))
            .then_some(who)
    };
    people
        .mentions
        .iter()
        .filter(|&&(at, p)| {
            // (Not an actor playing themselves: "Nicolas Cage as Nicolas
            // Cage".)
            text[..at]
                .strip_suffix(" as ")
                .and_then(|b| person_ending(b.len()))
                .is_some_and(|actor| actor != p)
        })
        .map(|&(_, p)| p)
        .collect()
}

/// Whether the person named at byte `at` writes a review in the clause
/// after the name: "Variety‘s Maureen Ryan wrote of the series in her
/// review:".
fn reviewing(text: &str, at: usize) -> bool {
    let to = super::matcher::floor_boundary(text, (at + 90).min(text.len()));
    let rest = text.get(at..to).unwrap_or("");
    let clause = rest.split(['.', ':', ';', '\n']).next().unwrap_or("");
    // One search for the noun, then the words before it (this runs for
    // every mention of a person).
    clause.match_indices(" review").any(|(i, _)| {
        ["in her", "in his", "in their", "in a"]
            .iter()
            .any(|p| clause[..i].ends_with(p))
    })
}

/// Whether the name at byte `at` is followed by an apposition holding one of
/// `words` within its first five words: "said Paul Dergarabedian, senior
/// media analyst at ComScore".
fn apposed(text: &str, at: usize, words: &[&str]) -> bool {
    let rest = text.get(at..).unwrap_or("");
    let mut it = rest.split(' ');
    // The name: capitalised words, the last one carrying the comma.
    for w in it.by_ref().take(4) {
        if !w.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        if let Some(bare) = w.strip_suffix(',') {
            if bare.ends_with(['.', '!', '?']) {
                return false;
            }
            let mut n = 0;
            for a in it.by_ref() {
                let clean = a.trim_end_matches([',', '.', ';', ':']);
                if words.contains(&clean.to_lowercase().as_str()) {
                    return true;
                }
                n += 1;
                if n >= 5 || clean.len() < a.len() {
                    return false;
                }
            }
            return false;
        }
    }
    false
}

/// Whether the name at byte `at` is mentioned after a preposition or owns
/// something ("opposite Robert Pattinson", "Christopher Nolan's film"):
/// not who a later "he said" is.
fn object_position(text: &str, at: usize) -> bool {
    let from = super::matcher::floor_boundary(text, at.saturating_sub(24));
    let before = text.get(from..at).unwrap_or("").trim_end();
    let prev = before.rsplit(char::is_whitespace).next().unwrap_or("");
    if matches!(
        prev,
        "opposite"
            | "alongside"
            | "with"
            | "from"
            | "by"
            | "to"
            | "of"
            | "for"
            | "against"
            | "like"
            | "including"
            | "about"
            | "than"
            // "The actress also revealed that Ray and her fellow co-stars
            // ...": who a that-clause is about is not who speaks.
            | "that"
    ) {
        return true;
    }
    let rest = text.get(at..).unwrap_or("");
    let name_end = rest
        .split_whitespace()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .last();
    name_end.is_some_and(|w| w.ends_with("\u{2019}s") || w.ends_with("'s"))
}

/// Whether the name at byte `at` is the subject of a quoted fragment that
/// follows it and runs on the sentence (`Director Cameron "has ideas" for a
/// sequel, he said`), read up to byte `to`: the writer quotes someone else
/// about that person.
fn fragment_subject(text: &str, at: usize, to: usize) -> bool {
    let Some(s) = text.get(at..to.min(at.saturating_add(300)).max(at)) else {
        return false;
    };
    let mut names = 0;
    for w in s.split_whitespace() {
        let mut cs = w.chars();
        match cs.next() {
            Some('"' | '\u{201C}') => {
                return names > 0 && cs.next().is_some_and(char::is_lowercase);
            }
            Some(c) if c.is_uppercase() && names < 4 && !w.ends_with([',', '.', ':', ';']) => {
                names += 1
            }
            _ => return false,
        }
    }
    false
}

/// Whether the name at byte `at` (in a paragraph from `from`) opens a
/// contrasting clause as its subject: "..., while Norman Lear, who ...,
/// thanked everyone" / "whereas Smith said".
fn contrast_subject(text: &str, from: usize, at: usize) -> bool {
    let Some(head) = text.get(from..at) else {
        return false;
    };
    let head = head.trim_end();
    let Some(prev) = head.rsplit(char::is_whitespace).next() else {
        return false;
    };
    if !matches!(prev, "while" | "whereas" | "While" | "Whereas") {
        return false;
    }
    let end = super::matcher::floor_boundary(text, (at + 120).min(text.len()));
    let Some(rest) = text.get(at..end.max(at)) else {
        return false;
    };
    // After the name's capitalised words: ", who" or a lower-case verb.
    let mut ws = rest.split_whitespace();
    while let Some(w) = ws.next() {
        if !w.chars().next().is_some_and(char::is_uppercase) {
            return w.chars().next().is_some_and(char::is_lowercase);
        }
        if w.ends_with(',') {
            return ws.next() == Some("who");
        }
    }
    false
}

/// Where one quote's surroundings are, for attribution.
struct Context {
    before: Span,
    after: Span,
}

fn sentence_start(text: &str, lo: usize, at: usize) -> usize {
    let head = &text[lo..at];
    let mut cut = lo;
    for (i, _) in head.match_indices(['.', '!', '?']) {
        let rest = &head[i + 1..];
        if rest.starts_with(' ') && rest[1..].chars().next().is_some_and(|c| c.is_uppercase()) {
            cut = lo + i + 2;
        }
    }
    cut
}

fn sentence_end(text: &str, from: usize, hi: usize) -> usize {
    let tail = &text[from..hi];
    for (i, _) in tail.match_indices(['.', '!', '?']) {
        let rest = &tail[i + 1..];
        if rest.is_empty()
            || rest.starts_with(' ')
                && rest[1..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c == '"' || c == '\u{201C}')
        {
            return from + i + 1;
        }
    }
    hi
}

fn blank(s: &str) -> bool {
    s.chars().all(|c| !c.is_alphanumeric())
}

/// The writer's own question before an answer in quotes: "Where could the
/// story go? "Hopefully somewhere a little darker."" (no one is credited).
fn writers_question(s: &str) -> bool {
    let t = s.trim_end();
    t.ends_with('?')
        && t.split_whitespace().count() <= 12
        && !t.contains(['"', '\u{201C}', '\u{201D}'])
        && !words(t, 0, t.len()).iter().any(|w| is_speech(&t[w.s..w.e]))
}

/// A paragraph that only asks, in the interviewer's voice: a question or
/// two, no quotation marks, no speech verb.
fn interviewer_question(p: &str) -> bool {
    let t = p.trim_end();
    t.ends_with('?')
        && t.split_whitespace().count() <= 40
        && !t.contains(['"', '\u{201C}', '\u{201D}'])
        && !words(t, 0, t.len()).iter().any(|w| is_speech(&t[w.s..w.e]))
}

/// A line the page puts between paragraphs: "RELATED: ...", "Read more: ...".
pub(crate) fn boilerplate(p: &str) -> bool {
    // The labels are ASCII: compared on the paragraph's first bytes in any
    // case, with no lower-cased copy (status asks this of every paragraph).
    [
        "related:",
        "read more:",
        "read also:",
        "also read:",
        "see also:",
        "recommended:",
        "advertisement",
    ]
    .iter()
    .any(|b| {
        p.as_bytes()
            .get(..b.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(b.as_bytes()))
    })
}

/// Words that give a name to what follows in quotes: `the second book in
/// the series called "The Viscount Who Loved Me."`, `dubbed the starrer a
/// "Nightmare on Jim Crow Street."`.
fn names_what_follows(before: &str) -> bool {
    // The last hundred bytes or so hold the last ten words.
    let from = super::matcher::floor_boundary(before, before.len().saturating_sub(100));
    let tail = &before[from..];
    // Most introductions hold none of these letters in a row (speed only).
    if !["alled", "ubbed", "itled", "amed", "illed"]
        .iter()
        .any(|w| tail.contains(w))
    {
        return false;
    }
    let lower = tail.to_lowercase();
    let tail: Vec<&str> = lower.split_whitespace().rev().take(10).collect();
    tail.iter().any(|w| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            "called" | "dubbed" | "titled" | "entitled" | "nicknamed" | "named" | "billed"
        )
    })
}

/// Quotes with speakers. `paras` are the paragraph spans, `raws` from [`spans`].
pub fn attribute(
    text: &str,
    paras: &[Span],
    para_words: &ParaWords,
    raws: &[Raw],
    people: &People,
) -> Vec<Found> {
    let resolver = Resolver::new(text, paras, para_words, people, raws);
    let mut out: Vec<Found> = Vec::new();
    // Speaker of each raw quote (None when not attributed yet).
    let mut speakers: Vec<Option<Subject>> = vec![None; raws.len()];
    // Attributed in the quote's own sentence (not inherited from around it).
    let mut direct = vec![false; raws.len()];
    // Attributed by the words right after it (`“...,” he said.`).
    let mut said_after = vec![false; raws.len()];
    let mut contexts = Vec::with_capacity(raws.len());
    for (qi, q) in raws.iter().enumerate() {
        let fp = paras[q.first_para];
        let lp = paras[q.last_para];
        // (A name in marks before it is part of its sentence: "Marvel boss
        // Kevin Feige on ‘WandaVision’ season 2: “...”".)
        let lo = raws[..qi]
            .iter()
            .rev()
            .take_while(|r| r.last_para == q.first_para)
            .find(|r| {
                let bare = r.parts.last().is_some_and(|p| {
                    text[p.start..p.end]
                        .trim_end()
                        .ends_with(char::is_alphanumeric)
                });
                !(bare && qtext_words(r, text) <= 4 && capitalised_words(r, text))
            })
            .map(|r| r.close)
            .unwrap_or(fp.start);
        let hi = raws
            .get(qi + 1)
            .filter(|r| r.first_para == q.last_para)
            .map(|r| r.open)
            .unwrap_or(lp.end);
        let lo = lo.min(q.open);
        let hi = hi.max(q.close);
        let before = Span {
            start: sentence_start(text, lo, q.open),
            end: q.open,
        };
        let after = Span {
            start: q.close,
            end: sentence_end(text, q.close, hi),
        };
        contexts.push(Context { before, after });
    }
    for (qi, q) in raws.iter().enumerate() {
        let c = &contexts[qi];
        // `Tara ... wrote, “Aye Villain, you ready? Let’s go.” On the other
        // hand, Arjun shared the pictures and wrote, ...`: a quote that ends
        // its sentence right after "wrote," belongs to the words before it;
        // the sentence after is the next speaker's.
        let claimed_before =
            ends_sentence(text, q) && said_last(&text[c.before.start..c.before.end], &[',', ':']);
        let mut sub = if claimed_before {
            None
        } else {
            attribution_after(text, c.after)
        };
        said_after[qi] = sub.is_some();
        // `"Q1," X, President & CEO, Showtime/MTV ... shared. "Q2"`: the
        // sentence between the two is the first quote's credit, whatever
        // its description would make of a subject before the verb.
        if sub.is_none() && qi > 0 && said_after[qi - 1] && raws[qi - 1].last_para == q.first_para {
            let credit = contexts[qi - 1].after;
            if text[credit.end.min(q.open)..q.open].trim().is_empty()
                && text[credit.start..credit.end].trim_end().ends_with('.')
            {
                sub = speakers[qi - 1].clone();
            }
        }
        if sub.is_none() {
            sub = attribution_before(text, c.before, people);
        }
        if sub.is_none() && claimed_before {
            sub = attribution_after(text, c.after);
            said_after[qi] = sub.is_some();
        }
        if sub.is_none() && qi > 0 && direct[qi - 1] && c.before.start == raws[qi - 1].close {
            // `Kirkman underscored Gurira’s “tremendous physical capability”
            // and called her sword training “absolutely amazing.”`: a second
            // speech verb joined by "and" to the quote before shares its
            // subject.
            sub = coordinated_speech(text, c.before)
                .then(|| speakers[qi - 1].clone())
                .flatten();
        }
        if sub.is_none() {
            sub = narrated_before(text, c.before, &speakers[..qi], &resolver);
        }
        if sub.is_none() {
            sub = dash_lead(text, c.before, people);
        }
        // A press release's credit line: "Dan Grabiner, Head of UK
        // Originals, Amazon Studios: “We are delighted ...”".
        if sub.is_none() {
            sub = colon_lead(text, c.before, people);
        }
        direct[qi] = sub.is_some();
        if sub.is_none()
            && (blank(&text[c.before.start..c.before.end])
                || writers_question(&text[c.before.start..c.before.end]))
            && blank(&text[c.after.start..c.after.end])
            && q.first_para > 0
        {
            // A block quote: the paragraph before introduces it, or was a
            // quote by the same speaker. "RELATED: ..." lines between are
            // the page's, not the article's.
            let mut prev = q.first_para - 1;
            while prev > 0 && boilerplate(&text[paras[prev].start..paras[prev].end]) {
                prev -= 1;
            }
            // Q&A with quoted answers: the interviewer's question stands
            // between answers ("Is the script done?" / "No, the script is
            // being written as we speak."); the answerer is the one who
            // answered before, or whom the lead-in introduced.
            if prev > 0 && interviewer_question(&text[paras[prev].start..paras[prev].end]) {
                prev -= 1;
            }
            let prev_quote = (0..qi)
                .rev()
                .take_while(|&j| raws[j].last_para >= prev)
                .find(|&j| raws[j].last_para == prev);
            let pp = paras[prev];
            // "Fans immediately began sending messages of support,
            // prompting a second tweet:": no one who speaks for the show
            // introduces it, the document does.
            let intro = attribution_before(text, pp, people);
            let speaks = |s: &Subject| {
                is_document(&s.phrase)
                    || resolver.resolve(&s.phrase, s.at).is_some()
                    || org_speaker(text, &s.phrase, s.at).is_some()
            };
            let intro = match intro {
                Some(s) if !speaks(&s) => document_intro(text, pp).or(Some(s)),
                None => document_intro(text, pp)
                    .or_else(|| statement_giver(text, pp).filter(|s| speaks(s))),
                some => some,
            };
            sub = match prev_quote {
                Some(j) if speakers[j].is_some() && raws[j].close + 2 >= pp.end => {
                    speakers[j].clone()
                }
                _ => intro.or_else(|| prev_quote.and_then(|j| speakers[j].clone())),
            };
            if sub.is_none() {
                sub = colon_lead(text, pp, people);
            }
            if sub.is_none() && prev_quote.is_none() {
                sub = follow_on(text, paras, raws, &speakers[..qi], prev, &resolver);
            }
        }
        speakers[qi] = sub;
    }
    // Same paragraph: an unattributed quote belongs to the paragraph's speaker.
    for qi in 0..raws.len() {
        if speakers[qi].is_some() {
            continue;
        }
        let p = raws[qi].first_para;
        let lo = qi.saturating_sub(8);
        let hi = (qi + 8).min(raws.len());
        let other = (lo..hi)
            .filter(|&j| j != qi && (raws[j].first_para == p || raws[j].last_para == p))
            .find_map(|j| speakers[j].clone());
        speakers[qi] = other;
    }
    let outsiders = outsiders(text, people);
    let characters = characters(text, people);
    let mut last_outlet: Option<String> = None;
    let mut speaker_outlet: Vec<(String, String)> = Vec::new();
    for (qi, q) in raws.iter().enumerate() {
        let Some(mut sub) = speakers[qi].as_ref() else {
            continue;
        };
        let sharer: Option<Subject>;
        if is_document(&sub.phrase) {
            // "Henry Cavill ... shared a sweet letter" / "“...” the letter
            // starts": who shared that document; else ("The tweet continues:
            // ...") who wrote the quote before it, one or two paragraphs up.
            // Or whose it is: "His post read," is his.
            sharer = document_sharer(text, paras, q.first_para, q.open, &sub.phrase[4..])
                .or_else(|| document_owner(text, sub.at));
            let author = sharer.as_ref().or_else(|| {
                (0..qi)
                    .rev()
                    .take_while(|&j| raws[j].last_para + 2 >= q.first_para)
                    .find_map(|j| speakers[j].as_ref().filter(|s| !is_document(&s.phrase)))
            });
            match author {
                Some(a) => sub = a,
                None => continue,
            }
        }
        let c = &contexts[qi];
        let lower = sub.phrase.to_lowercase();
        let head = lower.rsplit(' ').next().unwrap_or("");
        if NOT_INVOLVED.contains(&head) || NOT_INVOLVED.contains(&lower.as_str()) {
            continue;
        }
        // An outlet's own words are its review or report, not a quote of
        // the people involved: "According to The New York Times, “As season
        // 2 commences, ...”". (A broadcaster is also a studio: "the BBC
        // said".)
        if outlet_in(&sub.phrase).is_some_and(|o| {
            sub.phrase
                .trim_start_matches("the ")
                .trim_start_matches("The ")
                == o.trim_start_matches("The ")
                && !ORGS.contains(&o.as_str())
        }) {
            continue;
        }
        let before_text = &text[c.before.start..c.before.end];
        let mut blw = before_text.to_lowercase();
        // A block quote: the last sentence of the paragraph before says what
        // it is ("has released an official synopsis, which reads as
        // follows.").
        if blank(before_text) && q.first_para > 0 {
            let pp = paras[q.first_para - 1];
            let end = pp.start + text[pp.start..pp.end].trim_end().len();
            let start = sentence_start(text, pp.start, end);
            blw = text[start..end].to_lowercase();
        }
        if names_what_follows(before_text)
            && qtext_words(q, text) <= 8
            && capitalised_words(q, text)
        {
            continue;
        }
        // A critic's verdict: "In his review, our Alex Maidy stated, “The
        // Penguin easily becomes the best DC or Marvel television series to
        // date ...”"; "When asked for his review on Tenet, Cruise ...".
        // (Whole words among the last few: not "After this review went
        // viral", not "who gave his review of the final cut on Threads,
        // told Variety".)
        let last: Vec<&str> = blw
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .rev()
            .take(8)
            .collect();
        if last.windows(3).any(|w| {
            w[0] == "review"
                && matches!(w[1], "his" | "her" | "their" | "our" | "a" | "its")
                && matches!(w[2], "in" | "for")
        }) {
            continue;
        }
        if [
            "is described",
            "synopsis",
            "logline",
            "description reads",
            "official description",
            "reads as follows",
        ]
        .iter()
        .any(|w| blw.contains(w))
        {
            continue;
        }
        // (Not people outside the production or characters: "the couple
        // said" after two parts named together.)
        let involved = |members: &Vec<usize>| {
            !members
                .iter()
                .any(|p| outsiders.contains(p) || characters.contains(p))
        };
        let group = people
            .group_before(text, &sub.phrase, sub.at)
            .filter(involved);
        let resolved = match group {
            Some(_) => None,
            None => resolver.resolve(&sub.phrase, sub.at),
        };
        let (speaker, role) = match (group, resolved) {
            (Some(g), _) => (people.names_together(&g), None),
            (None, Some(pi)) if outsiders.contains(&pi) || characters.contains(&pi) => continue,
            (None, Some(pi)) => {
                let with = fellow_speakers(text, sub.at + sub.phrase.len(), |n, at| {
                    resolver.resolve(n, at).filter(|&o| o != pi)
                });
                if with.is_empty() {
                    match people.group_at(text, sub.at).filter(involved) {
                        Some(group) => (people.names_together(&group), None),
                        None => (
                            people.persons[pi].name.clone(),
                            people.persons[pi].role.clone(),
                        ),
                    }
                } else {
                    let names: Vec<&str> = std::iter::once(pi)
                        .chain(with)
                        .map(|p| people.persons[p].name.as_str())
                        .collect();
                    (super::people::together(&names), None)
                }
            }
            (None, None) => match org_speaker(text, &sub.phrase, sub.at) {
                Some(org) => (org, None),
                None => match people.family(&sub.phrase) {
                    Some(names) => (names, None),
                    None => continue,
                },
            },
        };
        // A company describing its show is its synopsis, not a quote:
        // "Netflix describes “Squid Game” as a TV thriller ..., following
        // “...”", "Describing the new series, Netflix said:". (A person's
        // description stays: "Caple Jr. describes it as a “tale beyond the
        // boxing ring,”".)
        if role.is_none() && ORGS.contains(&speaker.as_str()) && describes_its_show(&blw) {
            continue;
        }
        let raw_text: Vec<&str> = q
            .parts
            .iter()
            .map(|p| text[p.start..p.end].trim())
            .collect();
        let joined = raw_text.join(" ");
        // A double mark left at the start is an opening mark of the quote
        // itself (a nested opening closed by the same mark as the outer
        // one): never part of the words.
        let qtext = joined
            .trim()
            .trim_start_matches(['"', '\u{201C}'])
            .trim_start()
            .trim_end_matches([',', ':', ';'])
            .trim_end()
            .to_string();
        // (A fragment closed by its comma is spoken: `was a"surreal
        // experience," Rudd told Entertainment Weekly`.)
        let spoken = joined.trim_end().ends_with(',') && direct[qi];
        // (Nor one that ends its sentence, the full stop inside the marks,
        // credited in that sentence: `Larson said that mastering the
        // language ... was a “great challenge.”`.)
        let ends_credited = direct[qi] && qtext.ends_with(['.', '!']);
        // A paragraph of its own, credited just before, is a whole answer
        // however short: `To which Blum simply replied.` / `"Nope. :("`.
        let alone = blank(before_text)
            && q.first_para > 0
            && said_last(
                &text[paras[q.first_para - 1].start..paras[q.first_para - 1].end],
                &['.'],
            )
            && paras
                .get(q.last_para)
                .is_some_and(|p| q.close >= p.end || blank(&text[q.close..p.end]));
        if !(alone || worth_keeping(&qtext, direct[qi], spoken))
            || labelled_phrase(before_text, &qtext) && !spoken && !ends_credited
        {
            continue;
        }
        // The outlet: named where the quote is attributed, else where this
        // speaker was last quoted, else "the same interview" as the last one.
        let intro_span = if blank(before_text) && q.first_para > 0 {
            paras[q.first_para - 1]
        } else {
            c.before
        };
        let after_text = &text[c.after.start..c.after.end];
        let intro_text = &text[intro_span.start..intro_span.end];
        let outlet = outlet_in(after_text)
            .or_else(|| outlet_in(intro_text))
            .or_else(|| {
                let same = format!("{} {}", intro_text, after_text).to_lowercase();
                if same.contains("same interview") || same.contains("same conversation") {
                    last_outlet.clone()
                } else {
                    speaker_outlet
                        .iter()
                        .rev()
                        .find(|(s, _)| *s == speaker)
                        .map(|(_, o)| o.clone())
                }
            })
            .or_else(|| outlet_near_speaker(text, paras, q.first_para, q.open, &speaker));
        if let Some(o) = &outlet {
            last_outlet = Some(o.clone());
            speaker_outlet.push((speaker.clone(), o.clone()));
        }
        // A paragraph-opening quote with its own `," he said` is not
        // introduced by the paragraph before (unless that one ends with a
        // colon): it may be about something else ("launched ... on Channel 4").
        let introduces = intro_text.trim_end().ends_with(':');
        let lead = if blank(before_text) && said_after[qi] && !introduces {
            c.after
        } else if blank(before_text) && introduces {
            // The sentence that ends with the colon introduces the quote,
            // not the rest of its paragraph ("updates regarding Westworld
            // Season 2 ... The biggest news came by way of Ed Harris, who
            // said the following ...:").
            Span {
                start: sentence_start(text, intro_span.start, intro_span.end),
                end: intro_span.end,
            }
        } else if blank(before_text) {
            intro_span
        } else {
            c.before
        };
        out.push(Found {
            speaker,
            role,
            text: qtext,
            outlet,
            parts: q.parts.clone(),
            lead,
        });
    }
    out.extend(interview_answers(text, paras, people));
    out.extend(inline_answers(text, paras, people));
    out.extend(colon_blocks(text, paras, raws, people, &resolver));
    out.extend(credited_blocks(text, paras, raws, people, &resolver));
    out.extend(embedded_tweets(text, paras, raws, people, &resolver, &out));
    out.sort_by_key(|f| f.parts.first().map(|p| p.start).unwrap_or(0));
    merge_fragments(out)
}

/// A quote right after a sentence of narration about the person quoted
/// last (`Hirsch gives props to Disney for being supportive of his
/// decision. “I know that hits are rare ...”`): that person goes on. Only
/// when the sentence opens with their name and they spoke the quote before.
fn narrated_before(
    text: &str,
    before: Span,
    speakers: &[Option<Subject>],
    resolver: &Resolver,
) -> Option<Subject> {
    let head = text[before.start..before.end].trim_end();
    if blank(head) || !head.ends_with(['.', '!']) {
        return None;
    }
    let end = before.start + head.len();
    let start = sentence_start(text, before.start, end - 1);
    let toks = words(text, start, end);
    let first = toks.first()?;
    let name = &text[first.s..first.e];
    if !cap(name) || is_pronoun(name) {
        return None;
    }
    let sub = subject_ending(text, &toks, {
        let mut k = 0;
        while k + 1 < toks.len() && toks[k + 1].tight && cap(&text[toks[k + 1].s..toks[k + 1].e]) {
            k += 1;
        }
        k
    })?;
    let who = resolver.resolve(&sub.phrase, sub.at)?;
    let last = speakers.iter().rev().find_map(|s| s.as_ref())?;
    (resolver.resolve(&last.phrase, last.at) == Some(who)).then_some(sub)
}

/// A sentence that runs into the quote through a dash, with no speech verb:
/// `He goes on to not rule one out ... – “If Leigh comes up with a story
/// ...”`: its subject speaks.
fn dash_lead(text: &str, before: Span, people: &People) -> Option<Subject> {
    let body = text[before.start..before.end].trim_end();
    let lead = body.strip_suffix(['\u{2013}', '\u{2014}'])?;
    if !lead.ends_with(char::is_whitespace) {
        return None;
    }
    let end = before.start + lead.trim_end().len();
    let toks = words(text, before.start, end);
    clause_subject(text, &toks, toks.len(), people)
}

/// The paragraph before a block quote ends with a colon but holds no
/// speech verb: the person its last sentence is about introduces the quote
/// (`Showrunner and executive producer Lauren Schmidt Hissrich had nothing
/// but praise for the team:`). Not a logline or a synopsis, which no one says.
fn colon_lead(text: &str, pp: Span, people: &People) -> Option<Subject> {
    let body = text[pp.start..pp.end].trim_end();
    if !body.ends_with(':') {
        return None;
    }
    let end = pp.start + body.len();
    let start = sentence_start(text, pp.start, end);
    let lower = text[start..end].to_lowercase();
    if ["logline", "synopsis", "description", "reads", "summary"]
        .iter()
        .any(|w| lower.contains(w))
    {
        return None;
    }
    let toks = words(text, start, end);
    // "Comedy Central, who issued the following statement on the matter:":
    // who put out the document.
    let put_out = toks.iter().enumerate().find_map(|(i, t)| {
        let issued = matches!(
            &text[t.s..t.e],
            "issued" | "released" | "shared" | "posted" | "sent"
        ) && toks[i + 1..(i + 5).min(toks.len())]
            .iter()
            .any(|n| DOCUMENTS.contains(&&text[n.s..n.e]));
        issued
            .then(|| subject_before(text, &toks, i, None))
            .flatten()
    });
    put_out
        .or_else(|| clause_subject(text, &toks, toks.len(), people))
        // "..., and Gillett does give a warning to those cosplayers ...:": the
        // subject of the last clause.
        .or_else(|| {
            (1..toks.len()).rev().find_map(|c| {
                let opens = matches!(&text[toks[c - 1].s..toks[c - 1].e], "and" | "but")
                    || text[toks[c - 1].e..toks[c].s].contains(',');
                if !opens {
                    return None;
                }
                let w = &text[toks[c].s..toks[c].e];
                (is_pronoun(w) || cap(w) && people.resolve(bare(w), toks[c].s).is_some())
                    .then(|| clause_subject(text, &toks[c..], toks.len() - c, people))
                    .flatten()
            })
        })
}

/// A quote paragraph with no attribution after a paragraph or two of plain
/// narration (no marks, no speech verb) that follow a quote: the same
/// speaker goes on when the paragraph right before the quote names them
/// (`... but McConaughey believes there is scope to take the story on.`) or
/// the narration names no one at all (`After all, the human race was kind
/// of, you know, completely destroyed.`). Narration that credits words to
/// someone, asks, or ends with a colon stops it.
fn follow_on(
    text: &str,
    paras: &[Span],
    raws: &[Raw],
    speakers: &[Option<Subject>],
    prev: usize,
    resolver: &Resolver,
) -> Option<Subject> {
    let people = resolver.people;
    let mut k = prev;
    for _ in 0..2 {
        let p = paras[k];
        let body = &text[p.start..p.end];
        // Narration that credits words to someone ("Just saying." credits
        // no one).
        let credits = attribution_before(text, p, people).is_some_and(|s| {
            resolver.resolve(&s.phrase, s.at).is_some()
                || org_speaker(text, &s.phrase, s.at).is_some()
        });
        if resolver.text_has_marks(p) || body.trim_end().ends_with([':', '?']) || credits {
            return None;
        }
        if k == 0 {
            return None;
        }
        k -= 1;
        while k > 0 && boilerplate(&text[paras[k].start..paras[k].end]) {
            k -= 1;
        }
        let mut in_k = (0..speakers.len())
            .rev()
            .take_while(|&j| raws[j].last_para >= k)
            .filter(|&j| raws[j].last_para == k)
            .peekable();
        if in_k.peek().is_none() {
            continue;
        }
        // The paragraph's speaker (a quote after the first may be credited
        // only later, by the paragraph it shares).
        let sub = in_k.find_map(|j| speakers[j].as_ref())?;
        let who = resolver.resolve(&sub.phrase, sub.at)?;
        // The narration between names no one, or the paragraph right
        // before the quote names the speaker.
        let from = paras[k + 1].start;
        let to = paras[prev].end;
        let i = people.mentions.partition_point(|(m, _)| *m < from);
        let named: Vec<usize> = people.mentions[i..]
            .iter()
            .take_while(|(m, _)| *m < to)
            .map(|(_, q)| *q)
            .collect();
        let last_named = {
            let p = paras[prev];
            let i = people.mentions.partition_point(|(m, _)| *m < p.start);
            people.mentions[i..]
                .iter()
                .take_while(|(m, _)| *m < p.end)
                .any(|(_, q)| *q == who)
        };
        return (named.is_empty() || last_named).then(|| sub.clone());
    }
    None
}

/// Whether every word of a raw quote is capitalised, small words aside (a
/// name: "The Viscount Who Loved Me.", not "visceral, emotional ...").
fn capitalised_words(q: &Raw, text: &str) -> bool {
    q.parts.iter().all(|p| {
        text[p.start..p.end].split_whitespace().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty()
                || w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_numeric())
                || TITLE_SMALL_WORDS.contains(&w)
        })
    })
}

/// The small words a title in marks keeps lower-case: “The Late Show with
/// Stephen Colbert”, “Force & Majeure”.
const TITLE_SMALL_WORDS: &[&str] = &[
    "of", "the", "a", "an", "and", "to", "in", "on", "for", "at", "with", "from", "by", "or", "&",
];

/// How many words a raw quote holds.
fn qtext_words(q: &Raw, text: &str) -> usize {
    q.parts
        .iter()
        .map(|p| text[p.start..p.end].split_whitespace().count())
        .sum()
}

/// `Label: words` at the start of a paragraph: the label's byte range and
/// where the words start. A label is one to four capitalised words or
/// initials ("Michelle Lovretta:", "DJ:").
fn speaker_label(text: &str, p: Span) -> Option<(Span, usize)> {
    let body = &text[p.start..p.end];
    let colon = body.char_indices().take(40).find(|(_, c)| *c == ':')?.0;
    let label = body[..colon].trim();
    let words: Vec<&str> = label.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    let ok = words.iter().all(|w| {
        let c = w.chars().next().unwrap_or(' ');
        c.is_uppercase()
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    });
    let rest = body[colon + 1..].trim_start();
    if !ok
        || rest.split_whitespace().count() < 2
        || body[colon + 1..].starts_with(|c: char| !c.is_whitespace())
    {
        return None;
    }
    Some((
        Span {
            start: p.start,
            end: p.start + label.len(),
        },
        p.end - rest.len(),
    ))
}

/// The person an interview label names: a full name, a surname or first
/// name, or initials ("DJ" Dwayne Johnson; "KV" the last-named Kevin).
fn label_person(label: &str, at: usize, people: &People) -> Option<usize> {
    if let Some(i) = people.persons.iter().position(|p| p.name == label) {
        return Some(i);
    }
    // "SERA GAMBLE:" is Sera Gamble.
    if label.len() > 4 && !label.chars().any(char::is_lowercase) {
        let cased: Vec<String> = label
            .split_whitespace()
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_string() + &c.as_str().to_lowercase())
                    .unwrap_or_default()
            })
            .collect();
        let cased = cased.join(" ");
        // One-letter words ("É É") stay as they are: no second try.
        if cased.chars().any(char::is_lowercase) {
            return label_person(&cased, at, people);
        }
        return None;
    }
    let initials = label.chars().all(|c| c.is_uppercase() || c == '.') && label.len() <= 4;
    if !initials {
        return people.resolve(label, at).filter(|&i| {
            let n = &people.persons[i].name;
            label
                .split_whitespace()
                .all(|w| n.split(' ').any(|x| x == w))
        });
    }
    let letters: Vec<char> = label.chars().filter(|c| c.is_uppercase()).collect();
    let of = |i: usize| -> Vec<char> {
        people.persons[i]
            .name
            .split(' ')
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_uppercase())
            .collect()
    };
    if let Some(i) = (0..people.persons.len()).find(|&i| of(i) == letters) {
        return Some(i);
    }
    // A misspelt label: the person named last whose first name starts with its letter.
    let first = *letters.first()?;
    let k = people.mentions.partition_point(|(p, _)| *p < at);
    people.mentions[..k]
        .iter()
        .rev()
        .map(|(_, q)| *q)
        .find(|&q| of(q).first() == Some(&first))
}

/// An interviewee's answer: `who`'s words at `part`, after `lead`.
fn answer(text: &str, people: &People, who: usize, part: Span, lead: Span) -> Found {
    Found {
        speaker: people.persons[who].name.clone(),
        role: people.persons[who].role.clone(),
        text: text[part.start..part.end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        outlet: None,
        parts: vec![part],
        lead,
    }
}

/// Interview Q&A: paragraphs opening with a speaker label. The labels that
/// only ask questions are the interviewer's; the others' words are quotes.
/// Needs two labelled paragraphs, so a lone "Update:" line is no interview.
fn interview_answers(text: &str, paras: &[Span], people: &People) -> Vec<Found> {
    let labelled: Vec<(usize, Span, usize)> = paras
        .iter()
        .enumerate()
        .filter_map(|(pi, p)| speaker_label(text, *p).map(|(l, s)| (pi, l, s)))
        .collect();
    // (Or one, right after the question it answers: "What can you tell us
    // about the end?" / "Gamble: We really spent a lot of time ...".)
    let asked_before = |pi: usize| {
        pi > 0 && {
            let q = text[paras[pi - 1].start..paras[pi - 1].end].trim_end();
            q.ends_with('?') && q.split_whitespace().count() <= 40
        }
    };
    let single_answer = labelled.len() == 1 && asked_before(labelled[0].0);
    if labelled.len() < 2 && !single_answer {
        return Vec::new();
    }
    // Per label: whether any of its paragraphs is not a question (one pass).
    let mut answers: super::hashing::FastMap<&str, bool> = Default::default();
    for (pi, l, _) in &labelled {
        let question = text[paras[*pi].start..paras[*pi].end]
            .trim_end()
            .ends_with('?');
        *answers.entry(&text[l.start..l.end]).or_insert(false) |= !question;
    }
    let asks_only = |label: &str| !answers.get(label).copied().unwrap_or(false);
    let mut out = Vec::new();
    for (pi, l, start) in &labelled {
        let label = &text[l.start..l.end];
        if asks_only(label) {
            continue;
        }
        let Some(who) = label_person(label, l.start, people) else {
            continue;
        };
        let p = paras[*pi];
        let lead = if *pi > 0 { paras[pi - 1] } else { *l };
        let part = Span {
            start: *start,
            end: p.end,
        };
        out.push(answer(text, people, who, part, lead));
    }
    // Later questions and answers without labels ("Was Caroline involved at
    // all?" / "Yeah, she's a consultant ..."): the answers are the one
    // interviewee's, as long as question and answer alternate.
    // Interviewees: labels that answer and name a person ("Warning:" does not).
    let mut answerers: Vec<usize> = Vec::new();
    for (_, l, _) in &labelled {
        let label = &text[l.start..l.end];
        if asks_only(label) {
            continue;
        }
        if let Some(who) = label_person(label, l.start, people) {
            if !answerers.contains(&who) {
                answerers.push(who);
            }
        }
    }
    if let ([who], Some(&(last, _, _))) = (answerers.as_slice(), labelled.last()) {
        let who = *who;
        {
            let mut pi = last + 1;
            while pi + 1 < paras.len() {
                let (qp, ap) = (paras[pi], paras[pi + 1]);
                let question = text[qp.start..qp.end].trim_end();
                let answer = text[ap.start..ap.end].trim();
                let asks = question.ends_with('?') && question.split_whitespace().count() <= 40;
                let answers_it = !answer.ends_with('?')
                    && !answer.starts_with(['"', '\u{201C}'])
                    && answer.split_whitespace().count() >= 5
                    && speaker_label(text, ap).is_none();
                if !(asks && answers_it) {
                    break;
                }
                out.push(self::answer(text, people, who, ap, qp));
                pi += 2;
            }
        }
    }
    out
}

/// Q&A flattened into one paragraph, as trade interviews often are on the
/// page: `DEADLINE: ... Can you give us an idea of where season 2 will go?
/// VICKY JONES: I can't say too much. ...`. The paragraph opens with a
/// capitals label, and after a question another capitals label that names
/// a person starts that person's answer, up to the next label.
fn inline_answers(text: &str, paras: &[Span], people: &People) -> Vec<Found> {
    let mut out = Vec::new();
    for p in paras {
        let Some((first, _)) = speaker_label(text, *p) else {
            continue;
        };
        if text[first.start..first.end].chars().any(char::is_lowercase) {
            continue;
        }
        let body = &text[p.start..p.end];
        // Every "? LABEL:" in the paragraph, read as a paragraph opening
        // there would be: (label, answer start).
        let labels: Vec<(Span, usize)> = body
            .match_indices("? ")
            .filter_map(|(qm, _)| {
                let at = Span {
                    start: p.start + qm + 2,
                    end: p.end,
                };
                speaker_label(text, at)
                    .filter(|(l, _)| !text[l.start..l.end].chars().any(char::is_lowercase))
            })
            .collect();
        for (k, &(label, start)) in labels.iter().enumerate() {
            let Some(who) = label_person(&text[label.start..label.end], label.start, people) else {
                continue;
            };
            // Up to the next question's label: back from it to the question.
            let end = labels
                .get(k + 1)
                .map(|(n, _)| {
                    let q = &text[start..n.start];
                    q.rfind(['.', '!'])
                        .map(|i| start + i + 1)
                        .unwrap_or(n.start)
                })
                .unwrap_or(p.end);
            let words = text[start..end].trim();
            if words.split_whitespace().count() < 3 {
                continue;
            }
            let part = Span {
                start: end - text[start..end].trim_start().len(),
                end,
            };
            let lead = Span {
                start: p.start,
                end: label.start,
            };
            out.push(answer(text, people, who, part, lead));
        }
    }
    out
}

/// A paragraph that ends with a colon after a speech verb ("In an interview
/// with Buzzfeed, del Toro said:") introduces the next paragraph as a quote
/// even without quotation marks.
fn colon_blocks(
    text: &str,
    paras: &[Span],
    raws: &[Raw],
    people: &People,
    resolver: &Resolver,
) -> Vec<Found> {
    let mut out = Vec::new();
    let mut ri = 0;
    for pi in 0..paras.len().saturating_sub(1) {
        let p = paras[pi];
        let next = paras[pi + 1];
        if !text[p.start..p.end].ends_with(':') {
            continue;
        }
        let body = text[next.start..next.end].trim_start();
        // Marked quotes are found already; labelled lines are Q&A; a
        // question put to "you" is the interviewer's ("Sera answered the
        // question this way:" / "What can you tell us about the end?").
        let asks_you = body.trim_end().ends_with('?')
            && body
                .split_whitespace()
                .any(|w| matches!(w.trim_end_matches(['?', ',']), "you" | "your"));
        if body.starts_with(['"', '\u{201C}', '\'', '\u{2018}'])
            || speaker_label(text, next).is_some()
            || body.split_whitespace().count() < 5
            || asks_you
        {
            continue;
        }
        while ri < raws.len() && raws[ri].close <= p.start {
            ri += 1;
        }
        // A quote already open in the introducing paragraph leaves it alone
        // (one closed inside it does not: `Davies says that his
        // five-episode-run was "lovely" ... He told the publication:`).
        if raws
            .get(ri)
            .is_some_and(|r| r.open < p.end && r.close >= p.end)
        {
            continue;
        }
        // A paragraph that quotes someone in marks is narration, not words
        // without marks: "Daniels just earned an Emmy ... “We’re going to
        // party ’til dawn ...,” said Daniels" after "Jeff Daniels posted his
        // own tweet, showing off a photo ...:" (the tweet was an image).
        if raws[ri..]
            .iter()
            .take_while(|r| r.open < next.end)
            .any(|r| r.open >= next.start && qtext_words(r, text) >= 5)
        {
            continue;
        }
        let intro = Span {
            start: sentence_start(text, p.start, p.end),
            end: p.end,
        };
        let toks = words(text, intro.start, intro.end);
        // The speech verb ends the introduction ("Gareth said:"), or comes
        // earlier in it when the block speaks in the first person ("Reese
        // says the sequel is still in development, despite the failed
        // pilot:" / "It's actually still in development ... we're still
        // exec producers").
        let Some(last) = toks.last() else { continue };
        let introduced = is_speech(&text[last.s..last.e])
            || toks.iter().any(|t| is_speech(&text[t.s..t.e])) && first_person(body);
        if !introduced {
            continue;
        }
        let Some(sub) = attribution_before(text, intro, people) else {
            continue;
        };
        let Some(who) = resolver.resolve(&sub.phrase, sub.at) else {
            continue;
        };
        out.push(Found {
            speaker: people.persons[who].name.clone(),
            role: people.persons[who].role.clone(),
            text: body.split_whitespace().collect::<Vec<_>>().join(" "),
            outlet: outlet_in(&text[intro.start..intro.end]),
            parts: vec![Span {
                start: next.end - body.len(),
                end: next.end,
            }],
            lead: intro,
        });
    }
    out
}

/// A paragraph in the first person without marks, then a line that is
/// only a dash and a name: the words are that person's (`Thanks to the
/// support of many people, we will be producing season 2 ...` / `— Lee Sang
/// Baek`). The paragraph before counts too when it is first-person as well.
fn credited_blocks(
    text: &str,
    paras: &[Span],
    raws: &[Raw],
    people: &People,
    resolver: &Resolver,
) -> Vec<Found> {
    let mut out = Vec::new();
    for pi in 1..paras.len() {
        let line = text[paras[pi].start..paras[pi].end].trim();
        let Some(name) = line
            .strip_prefix('\u{2014}')
            .or_else(|| line.strip_prefix('\u{2013}'))
            .map(|n| n.trim().trim_end_matches('.'))
        else {
            continue;
        };
        let words = name.split_whitespace().count();
        if !(1..=5).contains(&words) || !name.split_whitespace().all(cap) {
            continue;
        }
        let Some(who) = resolver.resolve(name, paras[pi].start) else {
            continue;
        };
        let plain = |p: Span| {
            let body = text[p.start..p.end].trim();
            !raws.iter().any(|r| r.open < p.end && r.close > p.start)
                && body.split_whitespace().count() >= 5
                && !body.ends_with(':')
                && first_person(body)
        };
        let mut first = pi - 1;
        if !plain(paras[first]) {
            continue;
        }
        if first > 0 && plain(paras[first - 1]) {
            first -= 1;
        }
        let parts: Vec<Span> = (first..pi)
            .map(|i| trimmed(text, paras[i].start, paras[i].end))
            .collect();
        let joined = parts
            .iter()
            .flat_map(|p| text[p.start..p.end].split_whitespace())
            .collect::<Vec<_>>()
            .join(" ");
        out.push(Found {
            speaker: people.persons[who].name.clone(),
            role: people.persons[who].role.clone(),
            text: joined,
            outlet: None,
            parts,
            lead: paras[pi],
        });
    }
    out
}

/// Where an embedded tweet's signature starts at the end of paragraph
/// text `line` ("... pic.twitter.com/BtLzn2oIFP — Pixar (@Pixar) March 20,
/// 2025"), and the name it gives.
fn tweet_signature(line: &str) -> Option<(usize, &str)> {
    let open = line.rfind(" (@")?;
    let close = open + line[open..].find(')')?;
    let handle = &line[open + 3..close];
    let date = line[close + 1..].trim();
    // After the handle only its date: "February 21, 2017".
    if handle.is_empty()
        || !handle
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        || date.split_whitespace().count() > 3
        || !date.ends_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let dash = line[..open].rfind(['\u{2014}', '\u{2013}'])?;
    let name = line[dash..open]
        .trim_start_matches(['\u{2014}', '\u{2013}'])
        .trim();
    // A person's full name: a display name of one word ("Ryan") is no one
    // the article can be sure of.
    (2..=5)
        .contains(&name.split_whitespace().count())
        .then_some((dash, name))
}

/// Tweets embedded in a page, their text as a paragraph with the
/// signature after it, or the signature alone in the next paragraph:
/// "You decide how their story ends. — Jeremy Slater (@jerslater) May 11,
/// 2018". Only people the article names outside the signature: fans' and
/// outlets' tweets are not quotes.
fn embedded_tweets(
    text: &str,
    paras: &[Span],
    raws: &[Raw],
    people: &People,
    resolver: &Resolver,
    found: &[Found],
) -> Vec<Found> {
    let mut out = Vec::new();
    for (pi, para) in paras.iter().enumerate() {
        let line = &text[para.start..para.end];
        if !line.contains(" (@") {
            continue;
        }
        let Some((dash, name)) = tweet_signature(line.trim_end()) else {
            continue;
        };
        let Some(who) = resolver.resolve(name, para.start + dash) else {
            continue;
        };
        let elsewhere = people
            .mentions
            .iter()
            .any(|&(at, w)| w == who && (at < para.start || at >= para.end));
        if !elsewhere {
            continue;
        }
        // The tweet's words: before the signature, without its links; or
        // the paragraph before, when the signature stands alone.
        let mut body = line[..dash].trim_end();
        while let Some((head, last)) = body.rsplit_once(char::is_whitespace) {
            if !(last.contains("twitter.com/") || last.starts_with("http")) {
                break;
            }
            body = head.trim_end();
        }
        let span = if body.trim().is_empty() {
            let Some(prev) = pi.checked_sub(1).map(|i| paras[i]) else {
                continue;
            };
            let b = text[prev.start..prev.end].trim_end();
            // Not the reporter's paragraph about the tweet (its text lost
            // with its image): "The director posted the photo on Twitter".
            let surname = name.rsplit(' ').next().unwrap_or(name);
            let reported = b.ends_with(':')
                || b.contains(surname)
                || b.split(|c: char| !c.is_alphabetic()).any(|w| {
                    matches!(
                        w,
                        "he" | "she" | "He" | "She" | "posted" | "tweeted" | "wrote"
                    )
                });
            if reported {
                continue;
            }
            trimmed(text, prev.start, prev.end)
        } else {
            trimmed(text, para.start, para.start + body.len())
        };
        let words = text[span.start..span.end].split_whitespace().count();
        let quoted = raws
            .iter()
            .any(|r| r.open < span.end && r.close > span.start);
        let taken = found.iter().any(|f| {
            f.parts
                .iter()
                .any(|p| p.start < span.end && p.end > span.start)
        });
        if words < 3 || quoted || taken {
            continue;
        }
        out.push(Found {
            speaker: people.persons[who].name.clone(),
            role: people.persons[who].role.clone(),
            text: text[span.start..span.end].to_string(),
            outlet: Some("Twitter".to_string()),
            parts: vec![span],
            lead: *para,
        });
    }
    out
}

/// The span of `text[start..end]` without the white space around it.
fn trimmed(text: &str, start: usize, end: usize) -> Span {
    let body = text[start..end].trim_end();
    Span {
        start: start + (body.len() - body.trim_start().len()),
        end: start + body.len(),
    }
}

/// Whether `s` speaks in the first person (I, we, my, our ...).
fn first_person(s: &str) -> bool {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .any(|w| {
            let w = w.replace('\u{2019}', "'");
            matches!(
                w.as_str(),
                "I" | "I'm"
                    | "I've"
                    | "I'd"
                    | "I'll"
                    | "we"
                    | "We"
                    | "we're"
                    | "We're"
                    | "we've"
                    | "We've"
                    | "my"
                    | "My"
                    | "our"
                    | "Our"
                    | "me"
                    | "us"
            )
        })
}

/// An outlet named in an earlier sentence about this speaker speaking with it:
/// "While speaking with Variety about the film, Sofia revealed ...".
fn outlet_near_speaker(
    text: &str,
    paras: &[Span],
    para: usize,
    open: usize,
    speaker: &str,
) -> Option<String> {
    let first = speaker.split(' ').next().unwrap_or(speaker);
    let last = speaker.rsplit(' ').next().unwrap_or(speaker);
    // This paragraph up to the quote, then the two before it.
    let here = Span {
        start: paras[para].start,
        end: open.max(paras[para].start),
    };
    for p in std::iter::once(&here).chain(paras[..para].iter().rev().take(2)) {
        let t = &text[p.start..p.end];
        if (t.contains(first) || t.contains(last))
            && (t.contains("speaking with")
                || t.contains("told")
                || t.contains("interview with")
                || t.contains("spoke with")
                || t.contains("speaking to"))
        {
            if let Some(o) = outlet_in(t) {
                return Some(o);
            }
        }
    }
    None
}

/// Not scare quotes ("a 'cult' hit"), not titles in quotes ("Purple Hearts").
fn worth_keeping(q: &str, direct: bool, comma: bool) -> bool {
    let ws: Vec<&str> = q.split_whitespace().collect();
    // Short fragments only when credited in their own sentence and not a
    // name: `said it was "underway"`, `he'd be "100 percent" down` (a number
    // and lower-case words), not `a "cult" hit`, “Purple Hearts” or "1917".
    let ends_sentence = q.ends_with(['.', '!', '?', '…']);
    // Or a whole answer of its own: he said: “Absolutely not.”, or one whose
    // full stop became the comma before its credit: “It’s done,” McKay told
    // Empire.
    if ws.len() < 3
        && !(direct
            && (q
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
                || ws.len() == 2 && (ends_sentence || comma)))
    {
        return false;
    }
    let title_like = ws.len() <= 8
        && ws.iter().all(|w| {
            let c = w.chars().next().unwrap_or(' ');
            c.is_uppercase() || c.is_ascii_digit() || TITLE_SMALL_WORDS.contains(w)
        });
    // (American style puts a sentence's full stop inside a title's marks:
    // `‘Let’s reboot "Scarecrow and Mrs. King."’` names a show.)
    !title_like
}

/// A few words in marks after a determiner name a thing, they do not speak:
/// `labeling of tonight's episode as the “series finale”`, `a “cult” hit`.
/// (Not what someone calls a thing in their own words: `Roth, 51, called it
/// a "dream"`, `Mohit Suri called the film his 'dream project'`.)
fn labelled_phrase(before: &str, q: &str) -> bool {
    let n = q.split_whitespace().count();
    let called = || {
        before
            .split_whitespace()
            .rev()
            .skip(1)
            .take(3)
            .any(|w| matches!(w, "called" | "calls" | "calling"))
    };
    n <= 3
        && last_word_in(
            before,
            &[
                "the", "a", "an", "its", "this", "that", "their", "his", "her",
            ],
        )
        && !called()
        // A show someone appeared on: `said while appearing on "Watch What
        // Happens Live recently".`
        || n <= 8
            && q.starts_with(char::is_uppercase)
            && ["appearing on", "appearance on", "guesting on", "stopped by"]
                .iter()
                .any(|w| before.trim_end().ends_with(w))
}

/// "Paste’s own ", "our own " right before a name: a writer of the outlet,
/// not a studio's or network's own ("Marvel's own Kevin Feige").
fn outlet_own(before: &str) -> bool {
    let Some(rest) = before.strip_suffix(" own ") else {
        return false;
    };
    let owner = rest.rsplit(' ').next().unwrap_or("");
    let stem = owner
        .strip_suffix("\u{2019}s")
        .or_else(|| owner.strip_suffix("'s"))
        .unwrap_or(owner);
    owner == "our" || owner != stem && !ORGS.iter().any(|o| o.eq_ignore_ascii_case(stem))
}

/// Whether the last word of `before` is one of `words` (lower case), in any case.
fn last_word_in(before: &str, words: &[&str]) -> bool {
    before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| words.contains(&w.to_lowercase().as_str()))
}

/// Key of a quote for containment: bracketed editorial words removed.
/// Split into words with [`key_words`].
fn quote_key(q: &str) -> String {
    // No brackets (most quotes): nothing to remove, no copy.
    if !q.contains(['[', ']']) {
        return key_of(q);
    }
    let mut s = String::with_capacity(q.len());
    let mut depth = 0;
    for c in q.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth = (depth as i32 - 1).max(0) as u32,
            _ if depth == 0 => s.push(c),
            _ => {}
        }
    }
    key_of(&s)
}

/// The words of a key, borrowed (one allocation per quote, not per word).
fn key_words(key: &str) -> Vec<&str> {
    key.split(' ').filter(|w| !w.is_empty()).collect()
}

/// Whether `small`'s words appear in `big` in order, with at most two
/// words between neighbours (an editorial "[it]" or "definitely").
fn contained(small: &[&str], big: &[&str]) -> bool {
    if small.is_empty() || small.len() > big.len() {
        return false;
    }
    for start in 0..big.len() {
        if big[start] != small[0] {
            continue;
        }
        let mut pos = start;
        let mut ok = true;
        for w in &small[1..] {
            match big[pos + 1..(pos + 4).min(big.len())]
                .iter()
                .position(|b| b == w)
            {
                Some(d) => pos += d + 1,
                None => {
                    ok = false;
                    break;
                }
            }
        }
        if ok {
            return true;
        }
    }
    false
}

/// Drops a quote whose words sit inside a longer quote by the same speaker,
/// and exact repeats.
fn merge_fragments(found: Vec<Found>) -> Vec<Found> {
    let key_text: Vec<String> = found.iter().map(|f| quote_key(&f.text)).collect();
    let keys: Vec<Vec<&str>> = key_text.iter().map(|k| key_words(k)).collect();
    let mut keep = vec![true; found.len()];
    // Fragments sit near the quote they repeat: compare neighbours only,
    // which keeps this linear on long pages.
    for i in 0..found.len() {
        for j in i.saturating_sub(12)..(i + 12).min(found.len()) {
            // A few words repeated inside a longer quote are that quote's
            // words, whoever a pronoun made them: `He joked that he did not
            // want to "torment" fans` before the tweet that says it.
            // Only the very words, in a row: "That's a wrap!" is not
            // "And that's a picture wrap on Season 3".
            let same = found[i].speaker == found[j].speaker;
            // (A quote of no words repeats nothing: "“. .” Netflix said.")
            let repeated = || {
                !keys[i].is_empty()
                    && keys[i].len() <= 4
                    && keys[j].len() > keys[i].len()
                    && keys[j]
                        .windows(keys[i].len())
                        .any(|w| w == keys[i].as_slice())
            };
            if i == j || !keep[j] || !same && !repeated() {
                continue;
            }
            let longer = keys[j].len() > keys[i].len() || keys[j].len() == keys[i].len() && j < i;
            if longer && contained(&keys[i], &keys[j]) {
                keep[i] = false;
                break;
            }
        }
    }
    found
        .into_iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(f, _)| f)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::sentences::{paragraphs, sentences};

    fn quotes(text: &str) -> Vec<(String, Option<String>, String, Option<String>)> {
        let paras = paragraphs(text);
        let sents = sentences(text, &paras);
        let people = People::scan(text, &paras, &sents, &[]);
        let raws = spans(text, &paras);
        attribute(text, &paras, &ParaWords::new(text, &paras), &raws, &people)
            .into_iter()
            .map(|f| (f.speaker, f.role, f.text, f.outlet))
            .collect()
    }

    #[test]
    fn fellow_speakers_cut_names_at_their_own_bytes() {
        // A comma after a name of two-byte letters once shifted the cut
        // into a letter (a panic on hostile text).
        let people = ["Ñandú", "Éé"];
        let known = |n: &str, _| people.iter().position(|p| *p == n);
        assert!(fellow_speakers("Brammall and Ñandú, Éé said", 8, known).is_empty());
        assert_eq!(
            fellow_speakers("Brammall, Ñandú, and Éé said", 8, known),
            vec![0, 1]
        );
        // The last name is followed by its speech verb.
        assert_eq!(fellow_speakers("Brammall and Éé wrote", 8, known), vec![1]);
        assert!(fellow_speakers("Brammall and Éé starred", 8, known).is_empty());
    }

    #[test]
    fn quote_after_with_pronoun_and_outlet() {
        // From crates/core/tests/corpus/004-sinners-no-sequel.txt.
        let text = "If things change, the film's star Michael B. Jordan would be up for a Sinners prequel. \"I mean, you know, I'm always… I'd be up for it,\" he told GamesRadar+. \"Not saying he [Coogler] wouldn't, but he calls the shots!\"";
        let q = quotes(text);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].0, "Michael B. Jordan");
        assert_eq!(q[0].1.as_deref(), Some("star"));
        assert_eq!(q[0].2, "I mean, you know, I'm always… I'd be up for it");
        assert_eq!(q[0].3.as_deref(), Some("GamesRadar+"));
        assert_eq!(q[1].0, "Michael B. Jordan");
    }

    #[test]
    fn multi_paragraph_quote_after_colon() {
        // From crates/core/tests/corpus/005-the-creator-no-sequel.txt.
        let text = "Gareth Edwards is not interested in making a sequel.\n\nIn an interview with Screen Rant, Gareth said: \"We had a lot of material. We shot a lot.\n\n\"But my girlfriend's a massive, when we sit and we have some dinner or something.\n\n\"So I mean, it's a high-class problem. If someone ever came up and said, 'We want a sequel'. But it is not the plan. No.\"\n";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0, "Gareth Edwards");
        assert!(q[0].2.starts_with("We had a lot of material."));
        assert!(q[0].2.ends_with("But it is not the plan. No."));
        assert_eq!(q[0].3.as_deref(), Some("Screen Rant"));
    }

    #[test]
    fn unbalanced_marks_do_not_crash() {
        for t in [
            "\"",
            "“",
            "”",
            "\"a\" \"",
            "“Open “nested ” close”",
            "a\n\"b\n\"c",
        ] {
            let _ = quotes(t);
        }
    }
}
