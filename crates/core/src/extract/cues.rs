//! The phrase book: status cues per ladder level, and the words that change a
//! cue (hedges, negations, old-time markers) or tell what it is about
//! (installment references, film/TV context). All phrases are in key form
//! (see [`super::fold`]): lower case, no apostrophes, single spaces.
//! One Aho-Corasick automaton over all of them, built once.

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};
use std::sync::OnceLock;

/// What a phrase signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Rumored,
    InTalks,
    Confirmed,
    /// Filming and later; future tense ("will begin filming") is confirmed.
    InProduction,
    /// Premiere/release wording: a date makes it release_date_set, else confirmed.
    Premiere,
    /// Out now; needs the next installment named in the sentence.
    Released,
    Cancelled,
    Denied,
    /// "the final season": denial of anything after the season it names.
    Final,
    Hedge,
    Negation,
    /// Negation that follows the cue ("rumours of a cancellation are false").
    PostNegation,
    Old,
    Future,
    /// The next installment itself: "sequel", "next season", "follow-up".
    Installment,
    /// Film/TV words that make a short common-word title plausible.
    Context,
}

/// Release verbs that say something only with a day after them: "Season 2
/// will air on Netflix on 27 October", "season two of London Kills will be
/// coming out on July 15" ("will stream on Netflix" alone names a service).
pub const DATED_ONLY: &[&str] = &[
    "will air",
    "will stream",
    "will simulcast",
    "will drop",
    "coming out on",
    "will be coming out",
    // "“The Bad Guys 2” comes out August 1."
    "comes out",
    "will come out",
    // "The new series starts on Sunday, January 14 at 7.30pm on ABC TV".
    "starts on",
    "will start on",
    // "Daddy's Home 2 (in theaters Nov. 10)": a film's date in a parenthesis.
    "in theaters",
    "in theatres",
    // A date moved: "the Ghostbusters sequel was delayed to Nov. 11", "that
    // sequel was moved up a week to April 10", "has moved back two months
    // from April 2 to June 11".
    "delayed to",
    "pushed to",
    "moved up",
    "moved back",
];

/// Cues that say something only with the next installment right after them
/// (articles at most between, see `status::judge`), per level: "There isn’t
/// a second season", "I don’t think there is a series two", "Sony still
/// opted not to do the sequel", "exploring a possible second season",
/// "“Queen Sugar” will go on for a third season" (not "there is no doubt",
/// "there’s no denying the sequel ... is really happening", "opted not to do
/// press", "exploring a new genre"). Part of the phrase book like
/// [`PHRASES`].
const NEXT_RIGHT_AFTER: &[(Cue, &[&str])] = &[
    (
        Cue::Denied,
        &[
            "there will never be a",
            // "There will never be another Mr India" (the title after it).
            "there will never be another",
            "theres not going to be a",
            "theres never going to be a",
            "there is never going to be a",
            "there is no",
            "theres no",
            "there isnt a",
            "there isnt an",
            "there isnt any",
            "there is not a",
            "dont think there will be a",
            "dont think there will be an",
            "dont think there is a",
            "dont think theres a",
            "dont think there is going to be a",
            "dont think theres going to be a",
            // "there's one person who doesn't think there should be a 'Mama
            // 2' - the director".
            "doesnt think there should be a",
            "dont think there should be a",
        ],
    ),
    (
        Cue::Cancelled,
        &["opted not to do", "opted not to make", "decided not to do"],
    ),
    // "Tsui Hark is planning a sequel to last year's kung-fu epic".
    (
        Cue::InTalks,
        &["exploring a", "planning a", "planning another"],
    ),
    (Cue::Confirmed, &["will go on for"]),
];

/// Whether cue `phrase` counts only with the next installment right after it.
pub fn next_right_after(phrase: &str) -> bool {
    NEXT_RIGHT_AFTER
        .iter()
        .any(|(_, list)| list.contains(&phrase))
}

/// A shoot's start told in the present or the infinitive, a shoot still to
/// come: "Production on the movie, which hails from Anton, ..., starts in
/// April", "Pre-production will commence January 2017" (only with a
/// production word as their subject, see `status::judge`).
pub const SHOOT_TO_COME: &[&str] = &[
    "starts",
    "begins",
    "start",
    "begin",
    "commences",
    "commence",
];

/// Verbs of getting the next installment ("is getting a third season at
/// FX", "scores second season"): confirmed only with the installment right
/// after them (`status::acquired_installment`).
pub const ACQUIRES: &[&str] = &[
    "getting", "gets", "got", "scores", "scored", "lands", "landed", "earns", "earned", "nabs",
    "nabbed", "snags", "secures", "secured", "receives", "received",
];

/// ... or of being given it: "Netflix gives Wednesday a second season",
/// "Wednesday has been given a second season".
pub const GIVES: &[&str] = &["gives", "gave", "given", "hands", "handed"];

/// Words after a story that call it false ("rumours of a cancellation are
/// false"): negations after their cue, and what makes a rumour of the next
/// installment a denial (`status::story_untrue`).
pub const UNTRUE: &[&str] = &[
    "are false",
    "is false",
    "untrue",
    "not true",
    "are unfounded",
    "debunked",
    "fake news",
];

/// Box-office takings, a film out (a Released cue): "“Peter Rabbit 2: The
/// Runaway” collected $6.1 million", "rocketed to an estimated $145 million
/// debut". Told of the installment word that opens the sentence, they are
/// the sequel's (`status::judge`: "The horror prequel earned $14.1 million
/// over the weekend").
pub const TAKINGS: &[&str] = &[
    "grossed",
    "grossing",
    "box office",
    "opening weekend",
    "weekend",
    "collected",
    "took in",
    "pulled in",
    "raked in",
    "hauled in",
    "million debut",
];

const PHRASES: &[(Cue, &[&str])] = &[
    (Cue::PostNegation, UNTRUE),
    (Cue::Released, TAKINGS),
    (Cue::Confirmed, ACQUIRES),
    (Cue::Confirmed, GIVES),
    (
        Cue::Rumored,
        &[
            // "A second season could happen": possible, no more.
            "could happen",
            "might happen",
            "may happen",
            "could still happen",
            "rumor",
            "rumors",
            "rumored",
            "rumour",
            "rumours",
            "rumoured",
            "speculation",
            "speculating",
            // Likely, not decided: "It looks like a second series of the
            // show is on the cards".
            "on the cards",
            // "warrant talk of a sequel", "quashed any talks of a second
            // season".
            "talk of",
            "talks of",
            "open to",
            "would love to",
            // The contracted forms are the commonest in interviews: "I'd love
            // to do a sequel."
            "id love to",
            "wed love to",
            "hed love to",
            "shed love to",
            "theyd love to",
            "would really love to",
            "id really love to",
            "id like to",
            "wed like to",
            "hed like to",
            "shed like to",
            "theyd like to",
            "would like to",
            // "said he’d still like to make Dredd 2".
            "would still like to",
            "would still love to",
            "id still love to",
            "hed still like to",
            "hed still love to",
            "shed still love to",
            "wont rule it out",
            "wont rule",
            "wont rule out",
            "wouldnt rule",
            "not ruling out",
            "isnt ruling out",
            "arent ruling out",
            "cant rule out",
            "cant rule it out",
            "be up for",
            "is up for",
            "im up for",
            "am up for",
            "hopes to",
            "hoping to",
            "hope to",
            "considering",
            "interested in",
            "has ideas",
            "has an idea",
            "pitched",
            "revisit",
            "would be open",
            "down to",
            "possibility",
            "potential",
            "possible",
            "demanding",
            "fans want",
            "wants to make",
            "want to make",
            "if he had his way",
            "if she had his way",
            "if the actor had his way",
            "keen to",
            "teased a sequel",
            "teases a sequel",
            "hinted at a sequel",
            "teased that",
            // "a sequel doesn't seem likely".
            "doesnt seem likely",
            // "Cloverfield 2 is on hold".
            "on hold",
            "would return",
            "would be up for",
            "would be interested",
            "would be happy",
            "would be down",
            "can see a",
            "could see a",
            "can absolutely see",
            "can definitely see",
            "could definitely see",
            "can totally see",
            "talking sequel",
            // "it sounds like the staff is already banking on a second season".
            "banking on",
            // "Lisa Kudrow revealed her interest in a sequel of her 1997 comedy".
            "interest in a sequel",
        ],
    ),
    (
        Cue::InTalks,
        &[
            "in talks",
            // "Warner Bros. and New Line are already talking with Cregger
            // about a Weapons prequel" (talks about the installment only,
            // see status::judge).
            "talking with",
            // "creator Noah Hawley is discussing the show’s future with FX".
            "discussing the shows future",
            "conversations",
            "conversation",
            "in discussions",
            "discussions",
            "in development",
            "developing",
            "develop",
            "in the works",
            "early stages",
            "negotiations",
            "negotiating",
            "in negotiations",
            "being developed",
            // "a sequel ... is already being planned".
            "being planned",
            // "It is being written.", "I know the writer's deal is done, so
            // it's being written."
            "being written",
            "to write",
            "to pen",
            "to script",
            "is writing",
            "are writing",
            "writing the script",
            "writing a script",
            "the script",
            "a script",
            "screenplay",
            "penning",
            "treatment",
            "hired",
            "tapped",
            "has been approached",
            "working on",
            // "Monster Hunter 2 is already being worked on".
            "being worked on",
            "hard at work",
            "looking to",
            "brought on",
            "brought in",
            "set to write",
            "drafting",
            "draft",
            "in early talks",
            "early talks",
            "talks are underway",
            "confirms talks",
            "confirmed talks",
            "confirms that talks",
            "confirmed that talks",
            "talks are happening",
            "talks are taking place",
            "still talking about",
            "been talking about",
            "talking about doing",
            "talked about doing",
            "talking about making",
            "talked about making",
            "talks are now underway",
            "talks underway",
            "talks begin",
            "talks are ongoing",
            "is circling",
            "circling",
            "attached",
            "taking meetings",
            // "He has even taken a meeting with a screenwriter for the Call
            // Me By Your Name follow-up."
            "taken a meeting",
            "took a meeting",
            "there are plans",
            // "she and writer Greg Rucka ... have plans for two more films".
            "have plans for",
            "meetings",
            "been talks",
            // "has confirmed that “we are talking about season two.”"
            "are talking about",
            "were talking about",
            "moving forward with",
            "moving ahead with",
            "moving forward",
            "moving ahead",
        ],
    ),
    (
        Cue::Confirmed,
        &[
            "renewed",
            // "with the ABC renewing the drama for a second season".
            "renewing",
            "renews",
            "greenlit",
            "green lit",
            "greenlighted",
            "green light",
            "green lighted",
            "greenlight",
            "is happening",
            // "Sony Animation has revealed there will be a sequel to ...".
            "there will be a",
            // "there’s no denying the sequel to Dumb and Dumber is really
            // happening".
            "is really happening",
            "is a go",
            "picked up",
            "ordered",
            "orders",
            "will return",
            "is returning",
            "set to return",
            "is on the way",
            // "confirming that a second season was on the way", "are on the
            // way".
            "was on the way",
            "are on the way",
            "on its way",
            "go ahead",
            "commissioned",
            "recommissioned",
            "officially",
            "is coming",
            "are coming",
            "confirmed",
            "confirms",
            "announced",
            "announces",
            "officially happening",
            // "but now the sequel is official".
            "is official",
            "will be back",
            "return for",
            "makes its return",
            "make its return",
            "returning for",
            "gave the go ahead",
            "a go",
            "revived",
            "revival",
            "has been renewed",
            // "also received a second season renewal".
            "season renewal",
            // "a two-season order".
            "season order",
            // "Netflix has opted to renew The Umbrella Academy".
            "opted to renew",
            // "has already committed to an entirely new plot arc next season".
            "committed to",
            // What the text takes as coming: "for the show’s upcoming 41st
            // season", "The upcoming sequel has moved its release" (only
            // with the installment right after it, see status::judge).
            "upcoming",
            // A studio or streamer takes the project on: "That Chicken Run
            // sequel ... has FINALLY found a home chicken coop in
            // international streaming giant Netflix".
            "found a home",
        ],
    ),
    (
        Cue::InProduction,
        &[
            "filming",
            "began filming",
            "begun filming",
            "begins filming",
            "started filming",
            "shooting",
            "began shooting",
            "being shot",
            "being filmed",
            "currently shooting",
            "currently filming",
            "begun",
            "principal photography",
            "production began",
            "production has begun",
            "in production",
            // "hugging on the set of their supernatural comedy, Practical
            // Magic 2", "blended in well on the set of Meet the Parents 4".
            "on the set of",
            "on set of",
            "production has started",
            "production had started",
            "production has just started",
            "production started",
            "production is underway",
            // "season 3 which is halfway through production".
            "halfway through production",
            "halfway through filming",
            "halfway through shooting",
            "midway through production",
            "midway through filming",
            "midway through shooting",
            "production has wrapped",
            "started production",
            "began production",
            "underway",
            "under way",
            "wraps",
            "has wrapped",
            "have wrapped",
            "cameras rolling",
            "cameras are rolling",
            "post production",
            "in post",
            "filmed",
            "table read",
            "wrapped filming",
            "wrapped production",
            "its a wrap",
            "thats a wrap",
            "a wrap",
            "production wrapped",
            "in the can",
            // "Terminator 5 will begin production next January".
            "begin production",
            // "'Orphan Black' Season 2 heads into production", "has finally
            // headed into production", "went into production".
            "into production",
            "start of production",
            // "production has resumed on the second season"; "Production on
            // the new season officially began" (both need a production word
            // before them, see status::judge).
            "resumed",
            "began",
            // "production on the second season “quietly started”".
            "started",
            // "confirming that production has officially kicked off".
            "kicked off",
        ],
    ),
    (Cue::InProduction, SHOOT_TO_COME),
    (
        Cue::Premiere,
        &[
            "release date",
            "premiere date",
            "premieres",
            "will premiere",
            "set to premiere",
            "premiering",
            "debuts",
            "will debut",
            "set to debut",
            "hit theaters",
            "hits theaters",
            "hit theatres",
            "hits theatres",
            "in theaters on",
            "will be released",
            "be released",
            "set for release",
            "slated for",
            "dated",
            // The studio's calendar: "has locked in July 23, 2027 for ...".
            "locked in",
            "will arrive",
            "arrive in theaters",
            "arrives",
            "will open",
            "opens",
            "release on",
            "scheduled to",
            "scheduled for",
            "due out",
            "stamped",
            "set a",
            "sets",
            "bow",
            "will hit",
            "to hit",
            "returns",
            "premiere",
            "release",
            "launches",
            "will launch",
            "coming to",
            "see you on",
            "see you in theaters",
            "see you in theatres",
            // "The Sin City sequel has been pushed back to August 22nd next
            // year."
            "pushed back to",
        ],
    ),
    (Cue::Premiere, DATED_ONLY),
    (
        Cue::Released,
        &[
            "now streaming",
            "streaming now",
            "is streaming",
            "out now",
            "is now available",
            "now available",
            "in theaters now",
            "now in theaters",
            "now playing",
            "premiered",
            "debuted",
            "was released",
            // "War 2 released in theaters yesterday": the bare verb is too
            // loose ("Netflix released the trailer"), with its venue it is
            // the film out (a future "will be released in theaters" is
            // dropped by the clause's tense).
            "released in theaters",
            "released in theatres",
            "released in cinemas",
            // "“The Glory” Part 2 rose to third place in Netflix’s global
            // rankings just one day after its release on the 10th".
            "after its release",
            "since its release",
            "after its premiere",
            "since its premiere",
            "after its debut",
            "since its debut",
            "dropped",
            "opened",
            // Only what has aired is recapped: "Season 3 Premiere Recap".
            "recap",
            "second weekend",
            "topped the box office",
            // Box-office figures told with the installment's name close by
            // (and see `TAKINGS`): "“A Quiet Place Part II” slid to second
            // place with $9.4 million".
            "place with",
            "claimed the top spot",
            "is out",
            "arrived",
            "hit netflix",
            "landed",
            "has returned",
            "returned",
            "has premiered",
            "launched",
            // "were back on our screens tonight for the second series".
            "back on our screens",
            // "The Politician season 2 is here."
            "is here",
            // "Season 2 came out in October".
            "came out",
            // Takings are counted only for a film that is out: "Ride Along 2's
            // Friday estimates came in at $12 million".
            "came in at",
            "million opening",
            // Only what aired is rated: "16 million viewers turned in,
            // earning the second season premiere a Nielsen score of 6."
            "million viewers",
            "nielsen",
        ],
    ),
    (
        Cue::Cancelled,
        &[
            "cancelled",
            "canceled",
            "cancels",
            "cancel",
            "cancellation",
            "cancelling",
            "canceling",
            "axed",
            "axes",
            "scrapped",
            "shelved",
            "pulled the plug",
            // "“Minx” was greenlit for a season 2, only for HBO Max to pull
            // the plug at the last minute".
            "to pull the plug",
            // "led to the plug being pulled on a third film".
            "plug being pulled",
            "not be returning",
            "will not return",
            "wont return",
            // "Chucky won't be coming back for a fourth season".
            "wont be coming back",
            "will not be coming back",
            "not returning",
            "wont be returning",
            "wont be back",
            "will not be back",
            "not moving forward",
            // "Disney+ has decided to not move forward with a third season".
            "not move forward",
            "not to move forward",
            "no longer moving forward",
            "not be moving forward",
            // "AMC will not be bringing the Joe Hill adaptation back for a
            // third season".
            "not be bringing",
            // "would end after their first seasons".
            "would end after",
            // "will be ending after season five, which is currently airing".
            "will end after",
            "will be ending after",
            "is ending after",
            "decided against renewing",
            "decided against its renewal",
            "decided against a renewal",
            "opted against renewing",
            "dropped the",
            "the chop",
            "not renew",
            // "Amazon Prime Video has chosen not to pick up Paper Girls ...
            // for a second season".
            "not to pick up",
            "not be renewed",
            "decided not to renew",
            "opted not to renew",
            "wont be renewed",
            "killed",
            "ended after",
            // Someone chose to end it: "Netflix made the disappointing
            // decision to end the show"; by its makers it is a denial
            // ("We respect Nathan’s decision to end the series", see
            // status::judge).
            "to end the show",
            "to end the series",
        ],
    ),
    (
        Cue::Denied,
        &[
            "no sequel",
            // "has said that there is no possibility of the fourth
            // installment in the franchise".
            "no possibility of",
            // "has confirmed that this sequel is off the table".
            "off the table",
            "not getting a sequel",
            // "the director laid out why we won’t be getting a third film".
            "wont be getting a",
            // "DC’s Black Adam will not be getting a sequel any time soon".
            "will not be getting a",
            // "I’m not doing a sequel to 'The Heat.'"
            "not doing a sequel",
            // "his decision not to pen a new series of The IT Crowd".
            "decision not to",
            "no plans",
            "there are no plans",
            // "There aren’t any plans at the moment but who knows!"
            "there arent any plans",
            // "there are no discussions for more Twin Peaks".
            "no discussions",
            // "There’s no idea for a second season, there’s no pitch for a
            // second season; we’re not talking about a second season."
            "not talking about a",
            // "We're not even thinking about the sequel or considering on
            // one."
            "not even thinking about",
            // The whole answer to the question put: "Sandra was asked about a
            // possible third instalment, to which she replied: “God no!”"
            "god no",
            // An answer: "a fan asked Jason Blum if Sinister 3 was a
            // possibility. To which Blum simply replied. "Nope. :(""
            "nope",
            "no talks",
            "never on his mind",
            "never on her mind",
            "never on their mind",
            "not the plan",
            "no plans for a sequel",
            // "Bloom is not planning a Season 5", "he’s not planning for a
            // sequel", "they will not be planning a second season".
            "not planning a",
            "not planning for a",
            "not be planning a",
            "isnt planning a",
            "arent planning a",
            "wasnt planning a",
            "no plans to make",
            "not interested in making",
            "not interested in doing",
            "no interest in",
            "not interested in a sequel",
            "not interested in",
            "there will not be a",
            "there will not be an",
            "there wont be a",
            // "There Definitely Won’t Be an Anchorman 3".
            "there wont be an",
            "wont be an",
            "there will be no",
            // "a sequel to The Princess Bride will never be in the cards".
            "never be in the cards",
            "not in the cards",
            "isnt in the cards",
            // "the long-gestating Man of Steel 2 won’t be happening at all".
            "wont be happening",
            "will not be happening",
            // "I won't be making any more Detectorists".
            "wont be making any more",
            "wont make any more",
            "will not make any more",
            "there isnt going to be a",
            "there is not going to be a",
            // "said there definitely isn’t going to be a follow up".
            "there definitely isnt going to be a",
            "will not make a sequel",
            "wont make a sequel",
            "wont make second part",
            "will not make",
            "wont make",
            "wont be a sequel",
            "will not be a sequel",
            "never meant to be",
            "standalone",
            "stand alone",
            "self contained",
            "one and done",
            "ruled out",
            // "director Todd Phillips is already ruling out a sequel".
            "ruling out",
            "rules out",
            "shut down",
            "not happening",
            "never happening",
            "never going to happen",
            // "The Mean Girls sequel will never happen".
            "never happen",
            "is never going to happen",
            "doesnt intend to make",
            "does not intend to make",
            "dont intend to make",
            "no intention of making",
            "has no intention of",
            "wont happen",
            "isnt happening",
            "not going to happen",
            "limited series",
            "shouldnt hold their breath",
            "dont hold your breath",
            "shouldnt hold your breath",
            "dont feel the artistic need",
            "no desire",
            "always intended to be the last",
            "intended to be the last",
            "was always intended",
            "the end of the story",
            "not coming back",
            "closed door",
            "doesnt want to expand",
            "does not want to expand",
            "never planned",
            // "expressed his intentions of not making a sequel"; "Disney no
            // longer has any plans to make another Snow White animated movie".
            "intentions of not making",
            "no longer has any plans",
            // "a previous comment about a sequel ... was only a joke".
            "only a joke",
            "just a joke",
            "was a joke",
        ],
    ),
    (
        Cue::Final,
        &[
            "final season",
            "last season",
            "final chapter",
            "final installment",
            "final instalment",
        ],
    ),
    (
        Cue::Hedge,
        &[
            "reportedly",
            "could",
            "might",
            "may",
            "possibly",
            "probably",
            "potentially",
            "would love",
            "would like",
            // "I would definitely greenlight a ‘Willow’ sequel": what the
            // speaker would do, were it theirs to decide.
            "i would",
            "we would",
            "hope",
            "hopes",
            "hoping",
            "hopefully",
            "if",
            "whether",
            "allegedly",
            "supposedly",
            "sources say",
            "sources",
            "rumor",
            "rumored",
            "rumour",
            "rumoured",
            "seems",
            "appears",
            "suggest",
            "suggests",
            // "exciting news that basically signals that the renewal is on
            // the way": a sign read by the writer, not the renewal.
            "signals that",
            "signal that",
            "indicates that",
            "indicate that",
            "likely",
            "unlikely",
            "maybe",
            "perhaps",
            "speculation",
            "remains to be seen",
            "fingers crossed",
            "sounds like",
            "wonder",
            "wondering",
            "report",
            "reports",
            "reported",
            "when will",
            // "his thoughts on 'Devious Maids' getting picked up".
            "thoughts on",
            "likely to",
            "potential",
            "possible",
            "fan made",
            "fan theories",
            "chance",
            "chances",
            "wish",
            "wishes",
            "should it",
            "unless",
            "consideration",
            // An ending said to hold only so far: "It's self-contained for
            // now."; "no plans ... but never say never".
            "for now",
            "never say never",
            // A claim someone made is theirs until the text agrees: "a viral
            // post on X that claimed the sequel had been shelved".
            "claimed",
            "claims",
            "claiming",
        ],
    ),
    (
        Cue::Negation,
        &[
            "not",
            "no",
            "never",
            "isnt",
            "hasnt",
            "havent",
            "wasnt",
            "werent",
            "arent",
            "wont",
            "wouldnt",
            "doesnt",
            "dont",
            "didnt",
            "cant",
            "cannot",
            "nothing",
            "yet to be",
            "without",
            "nor",
            "no longer",
            "neither",
            "denied",
            "denies",
            "despite",
            "none",
            "doesnt mean",
            "dismissed",
            // "has rubbished reports that a sequel ... is already being
            // planned".
            "rubbished",
            "shot down",
            "quashed",
            "quashes",
            "none of this means",
            "does not mean",
        ],
    ),
    (
        Cue::PostNegation,
        &[
            "not yet been set",
            "has not been set",
            "hasnt been set",
            "yet to be set",
            "yet to be announced",
            "not been announced",
            "to be determined",
        ],
    ),
    (
        Cue::Old,
        &[
            "at the time",
            "years ago",
            "year ago",
            "back in",
            "previously",
            "in the past",
            "had said",
            "once said",
            "soon after the release",
            "originally",
            "initially",
        ],
    ),
    (
        Cue::Future,
        &[
            "will begin",
            "will start",
            // "Filming for John Wick 2 is about to begin"; "their return to
            // the town to start shooting the second series".
            "about to",
            "to start shooting",
            // "there are plans in place to begin filming in 2024".
            "to begin",
            "set to begin",
            "set to start",
            "expected to begin",
            "expected to start",
            "will shoot",
            "will film",
            "plans to",
            "planned",
            "next year",
            "in july",
            "later this year",
            "gearing up",
            "prepping",
            "preparing",
            "begins",
            "will commence",
            "slated to",
            "will",
            "set to",
            "slated",
            "scheduled",
            "upcoming",
            "expected",
            "coming",
            "heads into",
            "ahead of",
        ],
    ),
    (
        Cue::Installment,
        &[
            "sequel",
            "sequels",
            // "A revival of the popular sitcom "Roseanne" is in the works";
            // "he would consider taking a role in the revival of the hit
            // show that is in development".
            "a revival",
            "the revival",
            // "Many shows do reboots, and we've never wanted to do that":
            // not the plural, which is reboots in general.
            "a reboot",
            "the reboot",
            "follow up",
            "followup",
            "next installment",
            "next instalment",
            "next chapter",
            "another installment",
            "second film",
            "second movie",
            "second installment",
            "second instalment",
            "third film",
            "third movie",
            "third installment",
            "fourth film",
            "fourth installment",
            "prequel",
            "spinoff",
            "spin off",
            "next season",
            "new season",
            "another season",
            "more seasons",
            // "have plans for two more films".
            "more films",
            "second season",
            "third season",
            "fourth season",
            "fifth season",
            "sixth season",
            "seventh season",
            "eighth season",
            "ninth season",
            "tenth season",
            "final season",
            "part two",
            "part three",
            "chapter two",
            "chapter three",
            "second part",
            "next film",
            "next movie",
            "the follow up",
            "franchise",
            "second series",
            "third series",
            "new series",
            "another series",
        ],
    ),
    (
        Cue::Context,
        &[
            "film",
            "films",
            "movie",
            "movies",
            "sequel",
            "season",
            "series",
            "show",
            "franchise",
            "remake",
            "director",
            "directed",
            "starring",
            "stars",
            "box office",
            "netflix",
            "hbo",
            "hulu",
            "disney",
            "warner",
            "paramount",
            "universal",
            "sony",
            "horror",
            "trailer",
            "premiere",
            "chapter",
            "episode",
            "theaters",
            "theatres",
            "streaming",
            "cast",
            "studio",
            "studios",
            "prequel",
            "pennywise",
            "stephen king",
            "pixar",
            "a24",
            "netflixs",
        ],
    ),
];

pub struct CueBook {
    dfa: DFA,
    pub kinds: Vec<Cue>,
    /// The phrase each pattern stands for: itself, or the phrase of the
    /// book it was made from with an adverb put in (see [`ADVERBS`]).
    phrases: Vec<&'static str>,
}

/// Auxiliaries an adverb may follow inside a cue phrase.
const AUXILIARIES: &[&str] = &[
    "is", "are", "has", "have", "had", "was", "were", "been", "be",
];

/// Adverbs writers put inside a cue phrase without changing what it says:
/// "the cameras are already rolling", "has officially been renewed", "is
/// now in production". (No hedge or negation: "has reportedly been renewed"
/// must still see its hedge.)
const ADVERBS: &[&str] = &["already", "now", "officially", "finally", "just", "also"];

pub fn book() -> &'static CueBook {
    static BOOK: OnceLock<CueBook> = OnceLock::new();
    BOOK.get_or_init(|| {
        let mut pats: Vec<String> = Vec::new();
        let mut kinds = Vec::new();
        let mut phrases = Vec::new();
        for (cue, list) in PHRASES.iter().chain(NEXT_RIGHT_AFTER) {
            for p in *list {
                pats.push(p.to_string());
                kinds.push(*cue);
                phrases.push(*p);
            }
        }
        // Each phrase again with an adverb after an auxiliary that is not
        // its last word ("cameras are rolling": "cameras are already
        // rolling"). After the book's own patterns, whose ids stay those of
        // PHRASES.
        for (cue, list) in PHRASES.iter().chain(NEXT_RIGHT_AFTER) {
            for p in *list {
                let words: Vec<&str> = p.split(' ').collect();
                for (i, w) in words.iter().enumerate().take(words.len().saturating_sub(1)) {
                    if !AUXILIARIES.contains(w) || ADVERBS.contains(&words[i + 1]) {
                        continue;
                    }
                    for adverb in ADVERBS {
                        let mut v = words[..=i].to_vec();
                        v.push(adverb);
                        v.extend_from_slice(&words[i + 1..]);
                        pats.push(v.join(" "));
                        kinds.push(*cue);
                        phrases.push(*p);
                    }
                }
            }
        }
        // Overlapping search: "began filming" is also "filming", "no sequel" is
        // also "sequel"; the caller sees every phrase and decides.
        // A DFA: a few hundred short phrases make a small table, and this
        // scan is the hot path of every extraction.
        let dfa = DFA::builder()
            .match_kind(MatchKind::Standard)
            .byte_classes(true)
            .build(&pats)
            .unwrap_or_else(|e| panic!("cue phrase table is invalid: {e}"));
        CueBook {
            dfa,
            kinds,
            phrases,
        }
    })
}

/// One cue phrase found in a key text, with its key byte range.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub cue: Cue,
    pub start: usize,
    pub end: usize,
    pub pattern: usize,
}

/// Calls `hit(start, end, pattern)` for every word-bounded cue phrase in
/// `key`, in the order of an overlapping search (by end, then as the match
/// state lists them), until `hit` returns false. The DFA is walked here, one
/// table step per byte: the library's overlapping iterator, which saves its
/// place between matches, cost three times as many instructions (speed only).
fn each_hit(key: &str, mut hit: impl FnMut(usize, usize, usize) -> bool) {
    let dfa = &book().dfa;
    let bytes = key.as_bytes();
    let bounded = |s: usize, e: usize| {
        (s == 0 || matches!(bytes[s - 1], b' ' | b'|'))
            && (e >= bytes.len() || matches!(bytes[e], b' ' | b'|'))
    };
    // The matches of state `sid`, all ending at `end`; false to stop.
    let mut matches_at = |sid, end: usize| {
        for i in 0..dfa.match_len(sid) {
            let pid = dfa.match_pattern(sid, i);
            let start = end - dfa.pattern_len(pid);
            if bounded(start, end) && !hit(start, end, pid.as_usize()) {
                return false;
            }
        }
        true
    };
    let Ok(mut sid) = dfa.start_state(Anchored::No) else {
        return;
    };
    if dfa.is_match(sid) && !matches_at(sid, 0) {
        return;
    }
    for (i, &b) in bytes.iter().enumerate() {
        sid = dfa.next_state(Anchored::No, sid, b);
        if dfa.is_special(sid) && (dfa.is_dead(sid) || dfa.is_match(sid) && !matches_at(sid, i + 1))
        {
            return;
        }
    }
}

/// Every word-bounded cue phrase in `key` (overlaps included).
pub fn scan(key: &str) -> Vec<Hit> {
    let kinds = &book().kinds;
    let mut out = Vec::new();
    each_hit(key, |start, end, pattern| {
        out.push(Hit {
            cue: kinds[pattern],
            start,
            end,
            pattern,
        });
        true
    });
    out
}

/// Whether `key` holds a word-bounded phrase of `cue`: [`scan`] stopping
/// at the first one, without collecting hits.
pub fn has(key: &str, cue: Cue) -> bool {
    let kinds = &book().kinds;
    let mut found = false;
    each_hit(key, |_, _, pattern| {
        found = kinds[pattern] == cue;
        !found
    });
    found
}

/// The phrase of a hit as the book lists it: for a variant with an adverb
/// put in, the phrase it was made from (rules test phrases by name).
pub fn phrase(hit: &Hit) -> &'static str {
    book().phrases.get(hit.pattern).copied().unwrap_or("")
}

/// A word (lower case) a number follows without making a title of it:
/// "Season 3", "Part 2", "March 4", "Episode 5", "Vol. 3", "Issue 7".
pub fn counts_without_naming(w: &str) -> bool {
    matches!(
        w,
        "season"
            | "series"
            | "part"
            | "chapter"
            | "vol"
            | "volume"
            | "episode"
            | "day"
            | "phase"
            | "act"
            | "book"
            | "issue"
            | "no"
            // A broadcaster: "Channel 4 cited the ongoing pandemic".
            | "channel"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

/// "third", "2nd", "second": a number word that orders rather than counts.
pub fn ordinal(w: &str) -> bool {
    matches!(w, "first" | "second" | "third")
        || ["th", "nd", "rd", "st"].iter().any(|x| w.ends_with(x)) && number_word(w).is_some()
}

/// Ordinal and cardinal words to numbers ("third" -> 3, "two" -> 2, "ii" -> 2).
pub fn number_word(w: &str) -> Option<u32> {
    // Only words opening with a digit or a letter one of the words below
    // opens with can be one: most words leave on one byte (speed only).
    match w.as_bytes().first() {
        Some(b'o' | b'f' | b'i' | b't' | b's' | b'v' | b'e' | b'n' | b'x' | b'0'..=b'9') => {}
        _ => return None,
    }
    let n = match w {
        "one" | "first" | "i" => 1,
        "two" | "second" | "ii" | "twos" | "iis" => 2,
        "three" | "third" | "iii" | "threes" | "iiis" => 3,
        "four" | "fourth" | "iv" => 4,
        "five" | "fifth" | "v" => 5,
        "six" | "sixth" | "vi" => 6,
        "seven" | "seventh" | "vii" => 7,
        "eight" | "eighth" | "viii" => 8,
        "nine" | "ninth" | "ix" => 9,
        "ten" | "tenth" | "x" => 10,
        "eleven" | "eleventh" | "xi" => 11,
        "twelve" | "twelfth" | "xii" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        // Not a numeral ("the", "season"): decided without walking the word
        // (this runs for every word of every sentence; speed only).
        _ if !w.as_bytes().first().is_some_and(u8::is_ascii_digit) => return None,
        _ => {
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            // "3rd" is fine, "3d" is not a number word; "2s" is the key of
            // a possessive ("Ride Along 2's Friday estimates"), not "80s".
            let suffix = &w[digits.len()..];
            if !(matches!(suffix, "" | "st" | "nd" | "rd" | "th")
                || suffix == "s" && digits.len() == 1)
            {
                return None;
            }
            digits.parse().ok()?
        }
    };
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::fold::{Clauses, Folded};

    fn cues_in(sentence: &str) -> Vec<(Cue, &'static str)> {
        let f = Folded::new(sentence, Clauses::Keep);
        scan(&f.key).iter().map(|h| (h.cue, phrase(h))).collect()
    }

    #[test]
    fn finds_overlapping_phrases_on_word_boundaries() {
        // From crates/core/tests/corpus/009-shadow-and-bone-s2-filming.txt.
        let found = cues_in(
            "Shadow & Bone season 2 has officially begun filming, according to one of its stars.",
        );
        assert!(found.contains(&(Cue::InProduction, "begun filming")));
        assert!(found.contains(&(Cue::InProduction, "filming")));
        assert!(found.contains(&(Cue::Confirmed, "officially")));
        assert!(found.contains(&(Cue::Context, "stars")));
        // "stars" is context, "star" inside "stars" is not a separate hit.
        assert!(!found.iter().any(|(_, p)| *p == "sta"));
    }

    #[test]
    fn number_words() {
        assert_eq!(number_word("third"), Some(3));
        assert_eq!(number_word("iii"), Some(3));
        assert_eq!(number_word("3rd"), Some(3));
        assert_eq!(number_word("3d"), None);
        assert_eq!(number_word("2019"), None);
    }
}
