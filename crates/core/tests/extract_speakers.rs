//! Speakers on real passages: what is a person who can speak, and who a
//! descriptor ("The Aussie star", "The 30-year-old actor") or a pronoun
//! refers to. Passages are copied from published articles kept in
//! tests/corpus/ (file named per case).

#[path = "support/read.rs"]
mod support;

use sequel_radar_core::extract::Quote;
use sequel_radar_core::model::Kind;

/// The first `n` paragraphs of 195-the-greatest-showman-treatment.txt.
fn showman(n: usize) -> String {
    support::opening(
        include_str!("corpus/195-the-greatest-showman-treatment.txt"),
        n,
    )
}

fn quotes(name: &str, kind: Kind, text: &str) -> Vec<Quote> {
    support::read(name, kind, text).quotes
}

/// Who said the quote that starts with `start` (the test fails if no quote
/// does).
fn speaker_of<'a>(q: &'a [Quote], start: &str) -> &'a str {
    q.iter()
        .find(|x| x.text.starts_with(start))
        .map(|x| x.speaker.as_str())
        .unwrap_or_else(|| panic!("no quote starting {start:?}: {q:?}"))
}

/// As [`quotes`], with the other name the text uses for the title.
fn quotes_aka(name: &str, alias: &str, kind: Kind, text: &str) -> Vec<Quote> {
    support::read_with_aliases(name, kind, &[alias], text).quotes
}

#[test]
fn outlet_after_the_is_no_speaker() {
    // 195-the-greatest-showman-treatment.txt: "He added, according to the
    // Daily Mail:" names the outlet; no person called "Daily Mail" speaks,
    // and the words after it are still Jackman's.
    let text = &showman(8);
    let q = quotes_aka(
        "The Greatest Showman",
        "Greatest Showman",
        Kind::Movie,
        text,
    );
    assert!(q.iter().all(|x| x.speaker == "Hugh Jackman"), "{q:?}");
    let added = q
        .iter()
        .find(|x| x.text.starts_with("I think right now"))
        .unwrap_or_else(|| panic!("the Daily Mail quote is missing: {q:?}"));
    assert!(
        added
            .text
            .ends_with("working on a treatment for something."),
        "{added:?}"
    );
}

#[test]
fn show_owned_by_a_named_person_is_no_speaker() {
    // 195-the-greatest-showman-treatment.txt: "Steve Wright’s Big Guests show".
    let text = &showman(3);
    let q = quotes_aka(
        "The Greatest Showman",
        "Greatest Showman",
        Kind::Movie,
        text,
    );
    assert!(!q.is_empty(), "{q:?}");
    assert!(q.iter().all(|x| x.speaker != "Big Guests"), "{q:?}");
}

#[test]
fn part_owned_by_the_actor_is_no_speaker() {
    // 206-red-white-royal-blue-zakhar-perez.txt: "Zakhar Perez’s Alex
    // Claremont Diaz" is the part he plays; "he says" is the actor.
    let text = "“I seriously could film in London for the rest of my life,” Taylor Zakhar Perez tells me. He pauses: “Let me say that again. I could film in London from April until October for the rest of my life.” Starring in Matthew Lopez’s big-screen adaptation of Red, White & Royal Blue, Casey McQuiston’s New York Times Bestseller set primarily between the English capital and Washington DC, gave Zakhar Perez an optimum vantage point to assess the pros of filming in London vs Stateside.\n\nThe enemies–to–lovers rom-com is centred around Zakhar Perez’s Alex Claremont Diaz, a fictional First Son of the United States, and British Prince Henry (Nicholas Galitzine) as they fumble from foes to boyfriends under the constant glare of their respective countries’ media. From the second that Zakhar Perez logs onto our Zoom call, a couple of months before the film’s release, there is no doubt in my mind that he was the right fit for the charismatic, witty Alex. With an energy so contagious that my face aches from smiling, the Midwestern native speaks quickly yet intentionally, going on tangents but always seamlessly finding his way back to his original point.\n\nPrior to trying for the role of Alex, he admits to not actually having read the 2019 book, however he did so, swiftly, before his audition. “I downloaded it on my Kindle and read it in three days,” he says. “I was on the plane and — I mean, the altitude does something to you — but I was just crying.”";
    let q = quotes("Red, White & Royal Blue", Kind::Movie, text);
    assert!(
        speaker_of(&q, "I downloaded it on my Kindle").ends_with("Zakhar Perez"),
        "{q:?}"
    );
    assert!(
        q.iter().all(|x| x.speaker != "Alex Claremont Diaz"),
        "{q:?}"
    );
}

#[test]
fn role_given_beside_a_surname_is_the_persons() {
    // 195-the-greatest-showman-treatment.txt: "Jackman, who starred as ..."
    // makes him "The Aussie star", not the host named after him.
    let text = &showman(3);
    let q = quotes_aka(
        "The Greatest Showman",
        "Greatest Showman",
        Kind::Movie,
        text,
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Hugh Jackman");
    assert_eq!(q[0].role.as_deref(), Some("star"));
}

#[test]
fn age_descriptor_is_the_one_called_by_that_word() {
    // 199-bhool-bhulaiyaa-2-march-25.txt: "The 30-year-old actor" is "Actor
    // Kartik Aaryan", not Vidya Balan named last; "he wrote" is him too.
    let text = "Actor Kartik Aaryan and director Anees Bazmee on Tuesday announced that their upcoming film “Bhool Bhulaiyaa 2” will arrive in cinema halls next year on March 25.\n\nThe horror comedy, also starring Tabu and Kiara Advani, is a sequel to filmmaker Priyadarshan's 2007 film of the same name that featured Akshay Kumar and Vidya Balan.\n\nThe release date announcement comes two days after the Maharashtra government allowed cinema halls to resume operations from next month.\n\nThe 30-year-old actor took to social media to share the news.\n\n“25th MARCH 2022 #BhoolBhulaiyaa2 GhostGhost At a theatre near you,” he wrote.";
    let q = quotes("Bhool Bhulaiyaa", Kind::Movie, text);
    assert_eq!(speaker_of(&q, "25th MARCH 2022"), "Kartik Aaryan", "{q:?}");
}

#[test]
fn possessive_opening_a_sentence_is_not_who_speaks_next() {
    // 195-the-greatest-showman-treatment.txt: "Jackman’s comments come after
    // the film’s director Michael Gracey spoke ..." / "He shared, ..." is
    // Gracey.
    let text = &showman(10);
    let q = quotes_aka(
        "The Greatest Showman",
        "Greatest Showman",
        Kind::Movie,
        text,
    );
    assert_eq!(
        speaker_of(&q, "When a movie becomes"),
        "Michael Gracey",
        "{q:?}"
    );
    let shared = q
        .iter()
        .find(|x| x.text.starts_with("When a movie becomes"));
    assert_eq!(shared.and_then(|x| x.role.as_deref()), Some("director"));
}

#[test]
fn name_after_a_year_describes_a_work() {
    // 145-the-witch-no-franchise.txt: "the original 1922 F.W. Murnau
    // vampire classic" names no one in the story; "he explains" is Eggers.
    let text = "Robert Eggers isn't hurting for projects. Most of them are at various stages of development. He is currently hard at work on a miniseries that chronicles Rasputin, the Russian 'Mad Monk'. He is also in the midst of rebooting the original 1922 F.W. Murnau vampire classic Nosferatu. If that didn't already make for a full plate, he's also hard at work on the medieval epic The Knight. The guy doesn't even have time to consider making The Witch 2. About his upcoming slate, he explains to EW.\n\n\"I've been working on this medieval knight thing for over a year now. It's one thing to know how to build a goat shed. Building a castle? There's a lot more parts for me to understand.\"";
    let q = quotes("The Witch", Kind::Movie, text);
    assert_eq!(
        speaker_of(&q, "I've been working on this medieval knight"),
        "Robert Eggers",
        "{q:?}"
    );
}

#[test]
fn a_photo_credit_under_a_caption_is_nobody() {
    // 225-13-going-on-30-garner.txt: "Getty Images" under the caption is
    // not who "she" is.
    let text = "Well so much for that! If you were still hoping to see a sequel to the very popular film 13 Going on 30, the movie’s star, Jennifer Garner, has some bad news for you: it’s not happening.\n\nDuring an appearance on Good Morning America on Friday, April 12, the 46-year-old was discussing the film, which is celebrating its 15th anniversary. During the interview, the actress was of course asked if a part two was in the cards.\n\nJennifer Garner\nGetty Images\n\n“What, like 15 going on 50?” she joked, adding, “Let’s simmer down. Leave well enough alone.”";
    let q = quotes("13 Going on 30", Kind::Movie, text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|x| x.speaker == "Jennifer Garner"), "{q:?}");
}

#[test]
fn he_and_the_actress_follow_what_the_text_calls_each_person() {
    // 242-paranormal-activity-featherston-script.txt, whole: "he said" after
    // a sentence naming the actor and then his co-star is the actor; "the
    // actress told MTV News" and "she said" are Featherston.
    let text = include_str!("corpus/242-paranormal-activity-featherston-script.txt");
    let q = quotes("Paranormal Activity", Kind::Movie, text);
    let by = |start: &str| {
        q.iter()
            .find(|x| x.text.starts_with(start))
            .map(|x| x.speaker.as_str())
    };
    assert_eq!(by("All I can tell you"), Some("Micah Sloat"), "{q:?}");
    assert_eq!(
        by("I don't know. I'm waiting"),
        Some("Katie Featherston"),
        "{q:?}"
    );
    assert_eq!(
        by("I'm not one to keep"),
        Some("Katie Featherston"),
        "{q:?}"
    );
}

#[test]
fn he_said_after_a_plain_paragraph_is_its_subject_not_its_last_name_or_the_outlet() {
    // 254-klaus-director-absolutely-not.txt: lines 5-11.
    let text = "The director of Netflix's Klaus has revealed there will \"absolutely not\" be a sequel to the Christmas film.\n\nThe animated movie became a massive hit after it was released on Netflix last month. In fact, the streaming service revealed last week that almost 30 million households across the globe had watched the film in its first four weeks.\n\nHowever,  Sergio Pablos - who directed the film, and was a co-writer alongside Jim Mahoney and Zach Lewis - ruled out a possible sequel in an interview with Digital Spy\n\n\"The idea was always to finish the movie by laying our version of Santa at the feet of the audience, and saying, 'And this is where your Santa starts',\" he said.";
    let q = quotes("Klaus", Kind::Movie, text);
    let idea = q
        .iter()
        .find(|x| x.text.starts_with("The idea was always"))
        .unwrap_or_else(|| panic!("{q:?}"));
    assert_eq!(idea.speaker, "Sergio Pablos");
}

#[test]
fn a_participle_opening_a_sentence_and_a_company_before_a_name_are_no_part_of_it() {
    // 342-black-adam-not-in-first-chapter.txt: "Retweeting Johnson’s
    // statement, Gunn released his own".
    let q = quotes(
        "Black Adam",
        Kind::Movie,
        include_str!("corpus/342-black-adam-not-in-first-chapter.txt"),
    );
    assert!(!q.is_empty());
    assert!(
        q.iter().all(|x| !x.speaker.starts_with("Retweeting")),
        "{q:?}"
    );
    assert!(q.iter().any(|x| x.speaker == "Dwayne Johnson"), "{q:?}");
    // 345-fear-the-walking-dead-ending-s8.txt: "President of entertainment
    // and AMC Studios at AMC Networks Dan McDermott said".
    let q = quotes(
        "Fear the Walking Dead",
        Kind::Series,
        include_str!("corpus/345-fear-the-walking-dead-ending-s8.txt"),
    );
    assert!(
        q.iter()
            .any(|x| x.speaker == "Dan McDermott"
                && x.text.starts_with("It’s a truly exciting year")),
        "{q:?}"
    );
}

#[test]
fn a_company_and_a_described_role_before_a_name_leave_the_name_speaking() {
    // 355-kingsman-golden-circle-wins-weekend.txt, read for the sequel
    // itself under its short name.
    let para = include_str!("corpus/355-kingsman-golden-circle-wins-weekend.txt")
        .split("\n\n")
        .find(|p| p.starts_with("Overseas, Golden Circle"))
        .unwrap_or_default();
    assert!(para.contains("says Fox domestic distribution president Chris Aronson."));
    let q = quotes_aka(
        "Kingsman: The Golden Circle",
        "Golden Circle",
        Kind::Movie,
        para,
    );
    assert!(
        q.iter()
            .any(|x| x.speaker == "Chris Aronson" && x.text.starts_with("Anytime you can open")),
        "{q:?}"
    );
}

#[test]
fn per_a_named_executive_the_quote_is_his_but_not_per_a_company() {
    // 339-sharp-objects-no-second-season.txt: "Per HBO programming
    // president Casey Bloys, at least part of the reason ... “Unlike Big
    // Little Lies, ...”".
    let q = quotes(
        "Sharp Objects",
        Kind::Series,
        include_str!("corpus/339-sharp-objects-no-second-season.txt"),
    );
    assert!(
        q.iter()
            .any(|x| x.speaker == "Casey Bloys" && x.text.starts_with("Unlike Big Little Lies")),
        "{q:?}"
    );
    // 233-too-much-netflix-not-returning.txt: "Per Netflix, in Too Much,
    // “Jessica (Stalter) is ...”" is the show's description.
    let q = quotes(
        "Too Much",
        Kind::Series,
        include_str!("corpus/233-too-much-netflix-not-returning.txt"),
    );
    assert!(
        q.iter().all(|x| !x.text.starts_with("Jessica (Stalter)")),
        "{q:?}"
    );
}

#[test]
fn a_department_before_a_name_is_no_part_of_it() {
    // 406-white-queen-no-second-series.txt: "BBC Controller of Drama Ben
    // Stephenson".
    let q = quotes(
        "The White Queen",
        Kind::Series,
        include_str!("corpus/406-white-queen-no-second-series.txt"),
    );
    assert!(!q.is_empty());
    assert!(q.iter().all(|x| !x.speaker.starts_with("Drama")), "{q:?}");
    assert!(q.iter().any(|x| x.speaker == "Ben Stephenson"), "{q:?}");
}

#[test]
fn a_part_played_is_nobody_who_speaks() {
    // 271-romy-and-michele-kudrow-sequel.txt: "Lisa – who rose to fame
    // after playing Phoebe Buffay in the hit comedy sitcom Friends – asked
    // fans"; Phoebe Buffay says nothing.
    let x = support::read(
        "Romy and Michele's High School Reunion",
        Kind::Movie,
        include_str!("corpus/271-romy-and-michele-kudrow-sequel.txt"),
    );
    let q = x
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Tell Disney you want a sequel"))
        .expect("the quote");
    assert_eq!(q.speaker, "Lisa Kudrow");
    // 398-doctor-foster-no-plans-never-say-never.txt: "come back as scorned
    // GP Gemma Foster", then "I love Gemma Foster" in the star's quote.
    let x = support::read(
        "Doctor Foster",
        Kind::Series,
        include_str!("corpus/398-doctor-foster-no-plans-never-say-never.txt"),
    );
    assert!(
        !x.quotes.iter().any(|q| q.speaker == "Gemma Foster"),
        "{:?}",
        x.quotes
    );
    // 501-sacred-games-no-season-3-kashyap.txt: "for Saif Ali Khan to reprise
    // his role as Sartaj Singh, the actor had previously revealed ... the
    // actor said, “This story ends ...”": the actor is Saif Ali Khan.
    let q = quotes(
        "Sacred Games",
        Kind::Series,
        include_str!("corpus/501-sacred-games-no-season-3-kashyap.txt"),
    );
    assert_eq!(speaker_of(&q, "This story ends"), "Saif Ali Khan");
}

#[test]
fn a_post_with_a_possessive_is_its_owners() {
    // 501-sacred-games-no-season-3-kashyap.txt: "Anurag Kashyap took to
    // Instagram and shared a screengrab ... The director wrote that it was a
    // scam ... His post read, "This man rajbeer_casting is a scamster . ..."".
    let q = quotes(
        "Sacred Games",
        Kind::Series,
        include_str!("corpus/501-sacred-games-no-season-3-kashyap.txt"),
    );
    assert_eq!(speaker_of(&q, "This man rajbeer_casting"), "Anurag Kashyap");
}

#[test]
fn a_described_full_name_after_the_speech_verb_speaks() {
    // 450-chicken-run-sequel-finds-netflix-home.txt: "“We’ve discussed it so
    // many times over the years ...,” explained legendary award-winning
    // stop-motion innovators Peter Lord."
    let q = quotes(
        "Chicken Run",
        Kind::Movie,
        include_str!("corpus/450-chicken-run-sequel-finds-netflix-home.txt"),
    );
    let discussed = q
        .iter()
        .find(|q| q.text.starts_with("We’ve discussed it so many times"))
        .expect("the quote before “explained ... Peter Lord” is found");
    assert_eq!(discussed.speaker, "Peter Lord");
}

#[test]
fn a_month_after_a_first_name_is_a_surname() {
    // 469-bohemian-rhapsody-may-not-likely.txt: "Queen’s Brian May says a
    // sequel ... is not likely to be made. “We’ve talked. Basically we think
    // not, at the moment,” May told Rolling Stone."
    let q = quotes(
        "Bohemian Rhapsody",
        Kind::Movie,
        include_str!("corpus/469-bohemian-rhapsody-may-not-likely.txt"),
    );
    let talked = q
        .iter()
        .find(|q| q.text.starts_with("We’ve talked."))
        .expect("the quote “May told Rolling Stone” is found");
    assert_eq!(talked.speaker, "Brian May");
    assert_eq!(talked.outlet.as_deref(), Some("Rolling Stone"));
}

#[test]
fn a_hyphenated_role_is_no_first_name() {
    // 499-tumbbad-2-sohum-shah-developing.txt: "Actor-producer Sohum Shah is
    // already developing the second instalment of fantasy horror film
    // Tumbbad."
    let q = quotes(
        "Tumbbad",
        Kind::Movie,
        include_str!("corpus/499-tumbbad-2-sohum-shah-developing.txt"),
    );
    let knew = q
        .iter()
        .find(|q| {
            q.text
                .starts_with("I always knew I would take this idea forward")
        })
        .expect("his quote on the sequel is found");
    assert_eq!(knew.speaker, "Sohum Shah");
    assert_eq!(knew.role.as_deref(), Some("producer"));
}

#[test]
fn a_spokesperson_speaks_for_the_company_named_with_them() {
    // 508-bad-santa-2-thornton-in-talks.txt: "a Weinstein Company
    // spokesperson said about this particular film" after "Disney-owned
    // Miramax" was named: the company in the phrase, as the article names it.
    let q = quotes(
        "Bad Santa",
        Kind::Movie,
        include_str!("corpus/508-bad-santa-2-thornton-in-talks.txt"),
    );
    let perennial = q
        .iter()
        .find(|q| {
            q.text
                .starts_with("We feel that it's a Christmas perennial")
        })
        .expect("the spokesperson's words are found");
    assert_eq!(perennial.speaker, "The Weinstein Company");
}

#[test]
fn an_unnamed_spokesperson_speaks_for_the_company_named_before() {
    // 379-glow-cancelled-after-renewal.txt: "Netflix has cancelled GLOW
    // ..." then ""We’ve made the difficult decision not to do a fourth
    // season of GLOW due to COVID, ...," a spokesperson said."
    let q = quotes(
        "GLOW",
        Kind::Series,
        include_str!("corpus/379-glow-cancelled-after-renewal.txt"),
    );
    let decision = q
        .iter()
        .find(|q| q.text.starts_with("We’ve made the difficult decision"))
        .expect("the statement is found");
    assert_eq!(decision.speaker, "Netflix");
}

#[test]
fn the_insider_is_the_source_the_article_introduced() {
    // 507-the-holiday-sequel-source-claims.txt: "a source claimed that the
    // rumoured sequel will star the original cast ... The insider claimed:
    // “The plan is to start rolling on scenes next year, ...”".
    let q = quotes(
        "The Holiday",
        Kind::Movie,
        include_str!("corpus/507-the-holiday-sequel-source-claims.txt"),
    );
    let plan = q
        .iter()
        .find(|q| q.text.starts_with("The plan is to start rolling"))
        .expect("the insider's words are found");
    assert_eq!(plan.speaker, "a source");
}

#[test]
fn a_surname_is_the_person_named_in_full_before_it() {
    // 526-cheers-cast-too-old-revival.txt: "Creator James Burrows ... “The
    // cast is too old, how about that,” Burrows said", and only later, in
    // Shelley Long's words, "Jimmy Burrows, who produced and directed".
    let q = quotes(
        "Cheers",
        Kind::Series,
        include_str!("corpus/526-cheers-cast-too-old-revival.txt"),
    );
    let old = q
        .iter()
        .find(|q| q.text.starts_with("The cast is too old"))
        .expect("his answer is found");
    assert_eq!(old.speaker, "James Burrows");
}

#[test]
fn a_role_opening_the_next_sentence_is_the_subject_before() {
    // 357-sucker-punch-browning-no-sequel.txt: "Emily Browning has cast
    // doubts over a possible Sucker Punch sequel. || The Australian
    // actress, who starred ... alongside Vanessa Hudgens, Abbie Cornish,
    // Jamie Chung and Jena Malone, reckoned ... || "I don't think so, ...,"
    // she said."
    let q = quotes(
        "Sucker Punch",
        Kind::Movie,
        include_str!("corpus/357-sucker-punch-browning-no-sequel.txt"),
    );
    let no = q
        .iter()
        .find(|q| q.text.starts_with("I don't think so"))
        .expect("her answer is found");
    assert_eq!(no.speaker, "Emily Browning");
}

#[test]
fn a_consultant_on_the_box_office_is_an_outsider() {
    // 138-smile-2-opening-weekend.txt: "“Horror series are one of the more
    // difficult genres to sustain over multiple episodes,” says David A.
    // Gross, who runs the movie consulting firm Franchise Entertainment
    // Research."
    let x = support::read(
        "Smile",
        Kind::Movie,
        include_str!("corpus/138-smile-2-opening-weekend.txt"),
    );
    assert!(x.mentioned);
    assert!(
        x.quotes.iter().all(|q| q.speaker != "David A. Gross"),
        "{:?}",
        x.quotes
    );
}

#[test]
fn the_exec_is_the_executive_named_before() {
    // 557-welcome-to-wrexham-third-season-fx.txt: "In a statement, Nick
    // Grad, president of FX Entertainment, declared, “...”" then "The exec
    // added, “It’s a story that has only begun to be told ...”"
    let q = support::read(
        "Welcome to Wrexham",
        Kind::Series,
        include_str!("corpus/557-welcome-to-wrexham-third-season-fx.txt"),
    )
    .quotes;
    assert!(
        q.iter()
            .any(|q| q.speaker == "Nick Grad" && q.text.starts_with("It’s a story")),
        "{q:?}"
    );
}

#[test]
fn a_name_set_off_after_its_role_speaks() {
    // 578-jab-we-met-2-not-happening.txt: "Now, reacting to this, the
    // director of Jab We Met, Imtiaz Ali, denied the rumours and told News
    // 18, “No, it’s not happening."": the name between the commas, not the
    // film before them.
    let q = support::read(
        "Jab We Met",
        Kind::Movie,
        include_str!("corpus/578-jab-we-met-2-not-happening.txt"),
    )
    .quotes;
    assert!(
        q.iter()
            .any(|q| q.speaker == "Imtiaz Ali" && q.text == "No, it’s not happening."),
        "{q:?}"
    );
}

#[test]
fn a_role_word_opening_the_sentence_is_no_first_name() {
    // 567-signal-season-two-honor.txt: "Scriptwriter Kim Eun Hee said in an
    // interview, “Honestly, ...”": the speaker is Kim Eun Hee.
    let q = support::read(
        "Signal",
        Kind::Series,
        include_str!("corpus/567-signal-season-two-honor.txt"),
    )
    .quotes;
    assert!(
        q.iter()
            .any(|q| q.speaker == "Kim Eun Hee" && q.text.starts_with("Honestly")),
        "{q:?}"
    );
}

#[test]
fn two_roles_joined_before_the_name_credit_the_name() {
    // 614-bobs-burgers-kevin-kline-holiday-episode.txt: "“There’s a sinister
    // Eyes Wide Shut vibe happening at Fischoeder’s house, ...,” says creator
    // and exec producer Loren Bouchard."
    let q = support::read(
        "Bob's Burgers",
        Kind::Series,
        include_str!("corpus/614-bobs-burgers-kevin-kline-holiday-episode.txt"),
    )
    .quotes;
    assert!(
        q.iter()
            .any(|q| q.speaker == "Loren Bouchard" && q.text.starts_with("There’s a sinister")),
        "{q:?}"
    );
}

#[test]
fn a_place_made_an_adjective_is_no_first_name() {
    // 627-anne-with-an-e-cancelled-cbc.txt: "Creator/showrunner Moira
    // Walley-Beckett says ..." then "“My heart is heavy, ...,” Vancouver-raised
    // Walley-Beckett said Monday on Instagram".
    let q = support::read(
        "Anne with an E",
        Kind::Series,
        include_str!("corpus/627-anne-with-an-e-cancelled-cbc.txt"),
    )
    .quotes;
    assert!(
        q.iter().any(|q| q.speaker == "Moira Walley-Beckett" && q.text.starts_with("My heart is heavy")),
        "{q:?}"
    );
}

#[test]
fn who_co_created_it_is_the_creator() {
    // 611-invincible-renewed-seasons-2-and-3.txt: "Robert Kirkman, who
    // co-created the comic book series the show is based on ..." then
    // "“We have just heard from Amazon ...,” the Walking Dead creator said."
    let q = support::read(
        "Invincible",
        Kind::Series,
        include_str!("corpus/611-invincible-renewed-seasons-2-and-3.txt"),
    )
    .quotes;
    assert!(
        q.iter()
            .any(|q| q.speaker == "Robert Kirkman" && q.text.starts_with("We have just heard")),
        "{q:?}"
    );
}

#[test]
fn he_after_narration_that_opened_with_a_name_is_that_person() {
    // 669-den-of-thieves-2-january-10.txt: after Butler's quotes,
    // "Christian Gudegast will be returning to the director's seat. ..." and
    // "With the sequel, he aims to ..." come before "He said, “At its core,
    // ...”": the director speaks, not the star quoted before him.
    let q = quotes(
        "Den of Thieves",
        Kind::Movie,
        include_str!("corpus/669-den-of-thieves-2-january-10.txt"),
    );
    assert_eq!(speaker_of(&q, "At its core"), "Christian Gudegast", "{q:?}");
    // 225-13-going-on-30-garner.txt: a photo caption opening with a name
    // ("Judy Greer Jennifer Garner") is no narration: "she said" after it
    // is still Garner.
    let q = quotes(
        "13 Going on 30",
        Kind::Movie,
        include_str!("corpus/225-13-going-on-30-garner.txt"),
    );
    assert!(
        q.iter()
            .any(|x| x.text.starts_with("We had so much fun") && x.speaker == "Jennifer Garner"),
        "{q:?}"
    );
}

#[test]
fn a_reporting_verb_put_first_is_no_name_word() {
    // 653-tulsa-king-renewed-season-2.txt: "Added David Glasser, CEO of 101
    // Studios: “We could not be more excited ...”".
    let q = quotes(
        "Tulsa King",
        Kind::Series,
        include_str!("corpus/653-tulsa-king-renewed-season-2.txt"),
    );
    assert_eq!(
        speaker_of(&q, "We could not be more excited"),
        "David Glasser",
        "{q:?}"
    );
}

#[test]
fn the_name_a_show_is_credited_to_is_a_person() {
    // 649-poker-face-lyonne-on-cancellation.txt: "Peacock canceled the
    // Natasha Lyonne-led mystery series "Poker Face"" names her, so
    // ""We weren't shocked!" Lyonne tells The Hollywood Reporter" is hers;
    // "Force & Majeure" in marks is a title.
    let q = quotes(
        "Poker Face",
        Kind::Series,
        include_str!("corpus/649-poker-face-lyonne-on-cancellation.txt"),
    );
    assert!(
        q.iter()
            .any(|x| x.text == "We weren't shocked!" && x.speaker == "Natasha Lyonne"),
        "{q:?}"
    );
    assert!(!q.iter().any(|x| x.text == "Force & Majeure"), "{q:?}");
}

#[test]
fn a_headline_names_its_speaker_before_a_show_in_marks() {
    // 647-wandavision-feige-no-plans-season-2.txt: "Marvel boss Kevin Feige
    // on ‘WandaVision’ season 2: “I’ve been at Marvel too long to say a
    // definite ‘No’ to anything”" (the show's name in marks is part of the
    // sentence), and "“...,” Feige told journalists, according to The
    // Independent." is his, the paper only reported it.
    let q = quotes(
        "WandaVision",
        Kind::Series,
        include_str!("corpus/647-wandavision-feige-no-plans-season-2.txt"),
    );
    let by = |start: &str| {
        q.iter()
            .find(|x| x.text.starts_with(start))
            .map(|x| x.speaker.as_str())
    };
    assert_eq!(
        by("I’ve been at Marvel too long to say a definite ‘No’"),
        Some("Kevin Feige"),
        "{q:?}"
    );
    assert_eq!(
        by("I’ve been at Marvel too long to say a definite yes"),
        Some("Kevin Feige"),
        "{q:?}"
    );
}

#[test]
fn a_channel_named_with_its_number_gives_a_statement() {
    // 678-the-circle-uk-channel-4-cancelled.txt: "“The Circle has been a
    // huge hit for young audiences ...," Channel 4 said in a statement to
    // Digital Spy."
    let q = quotes(
        "The Circle",
        Kind::Series,
        include_str!("corpus/678-the-circle-uk-channel-4-cancelled.txt"),
    );
    assert!(
        q.iter()
            .any(|x| x.text.starts_with("The Circle has been a huge hit")
                && x.speaker == "Channel 4"),
        "{q:?}"
    );
}

#[test]
fn black_is_a_surname() {
    // 287-kung-fu-panda-4-dethrones-dune.txt: "Jack Black, who voices
    // franchise protagonist Po, admitted ... the project, which was
    // initially released by Dreamworks Animation and Universal Pictures in
    // 2008." then "“I didn't realize at the time ...,” he said."
    let q = quotes(
        "Kung Fu Panda",
        Kind::Movie,
        include_str!("corpus/287-kung-fu-panda-4-dethrones-dune.txt"),
    );
    assert_eq!(
        speaker_of(&q, "I didn't realize at the time"),
        "Jack Black",
        "{q:?}"
    );
}

#[test]
fn she_is_never_a_man_named_in_brackets_before_her() {
    // 649-poker-face-lyonne-on-cancellation.txt: "(She's also set to write
    // and star in a British sci-fi comedy, "Force & Majeure," with "What We
    // Do in the Shadows" alum Matt Berry.) But she supports ..., and she
    // hints she might return as Charlie somewhere down the road: "Rian and
    // I might just come back ..."": the "she" after his name belongs to the
    // next sentence, and Matt is a man's name.
    let q = quotes(
        "Poker Face",
        Kind::Series,
        include_str!("corpus/649-poker-face-lyonne-on-cancellation.txt"),
    );
    assert_eq!(speaker_of(&q, "Rian and I"), "Natasha Lyonne", "{q:?}");
}

#[test]
fn the_actor_may_be_a_woman_whatever_her_first_name() {
    // 290-legally-blonde-3-script-completed.txt: ""[We have] a script, but we
    // haven't shot anything," the actor told Entertainment Tonight" is Reese
    // Witherspoon (a first name tells "he" from "she", not an actor from an
    // actress).
    let q = quotes(
        "Legally Blonde",
        Kind::Movie,
        include_str!("corpus/290-legally-blonde-3-script-completed.txt"),
    );
    assert_eq!(
        speaker_of(&q, "[We have] a script"),
        "Reese Witherspoon",
        "{q:?}"
    );
}

#[test]
fn an_adverb_opening_a_sentence_is_no_first_name() {
    // 725-mr-india-2-false-alarm.txt: "... You tell them Anil.” Then Anil
    // shared ...": "Then" is no part of anyone's name.
    let q = quotes(
        "Mr. India",
        Kind::Movie,
        include_str!("corpus/725-mr-india-2-false-alarm.txt"),
    );
    assert!(!q.iter().any(|x| x.speaker.starts_with("Then ")), "{q:?}");
}

#[test]
fn narration_that_opened_with_a_name_gives_way_to_a_name_in_the_quotes_paragraph() {
    // 057-jurassic-world-fallen-kingdom-wrap.txt: "Bayona took over the
    // director's chair ..." opens the paragraph before, but "In an
    // interview with Screen Rant, Pratt said the sequel will be "a scarier
    // version" ... "A little bit darker ...," he said." names Pratt in the
    // quote's own paragraph.
    let q = quotes(
        "Jurassic World",
        Kind::Movie,
        include_str!("corpus/057-jurassic-world-fallen-kingdom-wrap.txt"),
    );
    assert_eq!(
        speaker_of(&q, "A little bit darker"),
        "Chris Pratt",
        "{q:?}"
    );
}

#[test]
fn a_middle_name_after_an_initial_is_part_of_the_name() {
    // 728-glass-shyamalan-says-no-to-sequel.txt: "M. Night Shyamalan has no
    // intention of continuing ...", then "“I don't want to relive stuff
    // ...,” he explained." ("Night" alone is no name word).
    let q = quotes(
        "Glass",
        Kind::Movie,
        include_str!("corpus/728-glass-shyamalan-says-no-to-sequel.txt"),
    );
    assert_eq!(
        speaker_of(&q, "I don't want to relive stuff"),
        "M. Night Shyamalan",
        "{q:?}"
    );
}

#[test]
fn the_streaming_service_is_the_two_word_company_named_before() {
    // 763-gossip-girl-reboot-canceled-hbo-max.txt: "HBO Max confirmed the
    // news." then "\"We are very grateful to ...,\" the streaming service
    // said in a statement. \"Although we are not moving forward with a
    // third season of Gossip Girl, ...\"" (the company in two words, not
    // "Max").
    let q = quotes(
        "Gossip Girl",
        Kind::Series,
        include_str!("corpus/763-gossip-girl-reboot-canceled-hbo-max.txt"),
    );
    assert_eq!(
        speaker_of(&q, "Although we are not moving forward"),
        "HBO Max",
        "{q:?}"
    );
}

#[test]
fn two_people_named_as_one_subject_speak_together() {
    // 754-colin-from-accounts-season-two-binge.txt: "In a statement,
    // Brammall and Dyer said: \"We’re thrilled that BINGE is finally giving
    // in and letting us do another one. ...\"" (both named in full before).
    let q = quotes(
        "Colin from Accounts",
        Kind::Series,
        include_str!("corpus/754-colin-from-accounts-season-two-binge.txt"),
    );
    assert_eq!(
        speaker_of(&q, "We’re thrilled that BINGE"),
        "Patrick Brammall and Harriet Dyer",
        "{q:?}"
    );
    // 369-the-expanse-no-season-four-syfy.txt: "Alcon Entertainment
    // co-founders and co-CEOs Andrew Kosove and Broderick Johnson said “We
    // are very disappointed the show will not be returning to Syfy. ...”"
    let q = quotes(
        "The Expanse",
        Kind::Series,
        include_str!("corpus/369-the-expanse-no-season-four-syfy.txt"),
    );
    assert_eq!(
        speaker_of(&q, "We are very disappointed"),
        "Andrew Kosove and Broderick Johnson",
        "{q:?}"
    );
}

#[test]
fn a_sentence_with_its_own_words_in_lower_case_is_no_headline_of_names() {
    // 620-blue-eye-samurai-renewed-season-2.txt: "Blue Eye Samurai hails
    // from Michael Green (Logan, Blade Runner 2049) and Amber Noizumi." is
    // where both are named (mostly capitals, but "hails from" is prose),
    // then "\"..., \" Noizumi and Green said in a statement."
    let q = quotes(
        "Blue Eye Samurai",
        Kind::Series,
        include_str!("corpus/620-blue-eye-samurai-renewed-season-2.txt"),
    );
    assert_eq!(
        speaker_of(&q, "When we started this project"),
        "Amber Noizumi and Michael Green",
        "{q:?}"
    );
}

#[test]
fn crew_credited_by_role_in_an_article_on_the_title_speak_of_it() {
    // 699-daddys-home-2-gibson-lithgow-nov-10.txt: "Director and co-writer
    // Sean Anders says the discussion around casting a father for Ferrell,
    // 49, who is 6-foot-3, started with height. Enter 6-foot-4 Lithgow, 71,
    // star of TV's 3rd Rock From the Sun, as Don." then "\"They are both
    // big, tall guys. ...,\" Anders says." (no title within two paragraphs
    // of the quote; the article opens on the sequel).
    let q = quotes(
        "Daddy's Home",
        Kind::Movie,
        include_str!("corpus/699-daddys-home-2-gibson-lithgow-nov-10.txt"),
    );
    assert_eq!(
        speaker_of(&q, "They are both big, tall guys."),
        "Sean Anders",
        "{q:?}"
    );
    // 405-house-husbands-axed-nine.txt: "Aussie producer John Edwards told
    // The Daily Mail that he feels a lot of the problems with Aussie dramas
    // come from a fear to push boundaries:" is a producer, not this show's.
    let q = quotes(
        "House Husbands",
        Kind::Series,
        include_str!("corpus/405-house-husbands-axed-nine.txt"),
    );
    assert!(q.iter().all(|x| x.speaker != "John Edwards"), "{q:?}");
}

#[test]
fn a_characters_lines_are_dialogue_not_quotes() {
    // 747-one-day-netflix-first-trailer.txt: "Starring Ambika Mod ... and
    // Leo Woodall ... as university friends Emma and Dexter", "\"It's one
    // of the great cosmic mysteries,\" says Mod's Emma as the trailer
    // opens" and the caption "Ambika Mod as Emma and Leo Woodall as Dexter
    // in One Day" (the actor's character speaks).
    let q = quotes(
        "One Day",
        Kind::Series,
        include_str!("corpus/747-one-day-netflix-first-trailer.txt"),
    );
    assert!(
        q.iter()
            .all(|x| !x.text.starts_with("It's one of the great")),
        "{q:?}"
    );
}

#[test]
fn a_company_called_one_before_its_name_speaks_for_itself() {
    // 715-romantic-doctor-kim-2-agencies-respond.txt: "In response, Han Suk
    // Kyu’s agency Clover Company clarified, “It is true that we have had
    // discussions ...”", "Seo Hyun Jin’s agency Management SOOP shared,
    // “She has not received an offer ...”" and the broadcaster: "SBS also
    // explained, “Han Suk Kyu’s appearance has been in discussion ...”".
    let q = quotes(
        "Romantic Doctor Kim",
        Kind::Series,
        include_str!("corpus/715-romantic-doctor-kim-2-agencies-respond.txt"),
    );
    assert_eq!(
        speaker_of(&q, "It is true that we have had"),
        "Clover Company",
        "{q:?}"
    );
    assert_eq!(
        speaker_of(&q, "She has not received an offer"),
        "Management SOOP",
        "{q:?}"
    );
    assert_eq!(speaker_of(&q, "Han Suk Kyu’s appearance"), "SBS", "{q:?}");
    // 568-yuri-on-ice-movie-cancelled.txt: "The figure skating title’s
    // production committee and animation production studio MAPPA said in
    // an official statement, “We deeply apologize ...”".
    let q = quotes(
        "Yuri!!! on Ice",
        Kind::Series,
        include_str!("corpus/568-yuri-on-ice-movie-cancelled.txt"),
    );
    assert_eq!(speaker_of(&q, "We deeply apologize"), "MAPPA", "{q:?}");
}

#[test]
fn the_producers_are_producers_not_the_channel_named_last() {
    // 528-kims-convenience-wont-return-sixth-season.txt: "“Given their
    // departure from the series, we have come to the difficult conclusion
    // ...,\" the remaining producers said in a statement" (CBC named
    // before).
    let q = quotes(
        "Kim's Convenience",
        Kind::Series,
        include_str!("corpus/528-kims-convenience-wont-return-sixth-season.txt"),
    );
    assert_eq!(
        speaker_of(&q, "Given their departure"),
        "producers",
        "{q:?}"
    );
}

#[test]
fn a_quote_in_single_marks_over_several_paragraphs_is_one_quote() {
    // 466-big-brother-australia-set-to-return-2020.txt: "The production
    // group’s chief creative officer Peter Salmon told Deadline: ‘It’s rare
    // ... every year." / "‘We’re close ... ourselves." / "‘There are
    // constant conversations ... what’s next.’" (each paragraph opens with
    // the mark, only the last closes it), after "Endemol Shine has
    // reportedly been pitching the show to Australian networks ...".
    let q = quotes(
        "Big Brother Australia",
        Kind::Series,
        include_str!("corpus/466-big-brother-australia-set-to-return-2020.txt"),
    );
    let x = q
        .iter()
        .find(|x| x.text.starts_with("It’s rare in most big territories"))
        .unwrap_or_else(|| panic!("{q:?}"));
    assert_eq!(x.speaker, "Peter Salmon");
    assert!(
        x.text.ends_with("where we’re thinking what’s next."),
        "{x:?}"
    );
    // 119-the-simpsons-movie-2-july-2027.txt: "Disney+ has changed how
    // people watch the show." is the TV show, not the film: the
    // showrunner's words on streaming there are not the film's.
    let q = quotes(
        "The Simpsons Movie",
        Kind::Movie,
        include_str!("corpus/119-the-simpsons-movie-2-july-2027.txt"),
    );
    assert!(
        q.iter()
            .all(|x| !x.text.starts_with("Now instead of the kids")),
        "{q:?}"
    );
}

#[test]
fn the_titles_possessive_in_marks_is_no_other_title() {
    // 773-task-renewed-season-2.txt: "From the start of “Task’s”
    // seven-episode first installment in September, ..." and then the
    // executive's statement, a block quote after it: "“We knew well in
    // advance of its launch ...,” EVP of HBO programming and head of drama
    // series Francesca Orsi said in statement."
    let q = quotes(
        "Task",
        Kind::Series,
        include_str!("corpus/773-task-renewed-season-2.txt"),
    );
    assert_eq!(
        speaker_of(&q, "We knew well in advance"),
        "Francesca Orsi",
        "{q:?}"
    );
}

#[test]
fn a_peoples_adjective_is_nobodys_name() {
    // 294-sin-city-dawson-game-for-sequel.txt: "The part Puerto Rican, part
    // Afro Cuban actress says she would welcome the opportunity ...
    // \"I love that world,\" she said." (no "Afro Cuban" speaks).
    let q = quotes(
        "Sin City",
        Kind::Movie,
        include_str!("corpus/294-sin-city-dawson-game-for-sequel.txt"),
    );
    assert_eq!(
        speaker_of(&q, "I love that world"),
        "Rosario Dawson",
        "{q:?}"
    );
}

#[test]
fn an_outlet_reporting_is_not_the_speaker() {
    // 551-kubo-no-sequel-laika-knight.txt: "Cartoon Brew reveals that
    // Knight is dead set against seeing a sequel for any of Laika’s films,
    // no matter the popularity." then the director's words.
    let q = quotes(
        "Kubo and the Two Strings",
        Kind::Movie,
        include_str!("corpus/551-kubo-no-sequel-laika-knight.txt"),
    );
    assert_eq!(
        speaker_of(&q, "I take a firm stand against sequels."),
        "Travis Knight",
        "{q:?}"
    );
}

#[test]
fn he_is_the_last_subject_not_a_name_in_passing() {
    // 869-wonka-chalamet-king-more-in-the-tank.txt: "he told Entertainment
    // Tonight" after "... from Roald Dahl's classic tale" is Chalamet.
    let q = quotes(
        "Wonka",
        Kind::Movie,
        include_str!("corpus/869-wonka-chalamet-king-more-in-the-tank.txt"),
    );
    assert_eq!(
        speaker_of(&q, "If there was a story to be told."),
        "Timothee Chalamet",
        "{q:?}"
    );
}

#[test]
fn the_pair_is_the_two_named_together_before() {
    // 810-jungle-cruise-2-not-moving-forward-disney.txt: "... according to
    // stars Dwayne Johnson and Emily Blunt.” / “I don’t think so,” the pair
    // said during an interview with Entertainment Weekly".
    let q = quotes(
        "Jungle Cruise",
        Kind::Movie,
        include_str!("corpus/810-jungle-cruise-2-not-moving-forward-disney.txt"),
    );
    assert_eq!(
        speaker_of(&q, "I don’t think so"),
        "Dwayne Johnson and Emily Blunt"
    );
}

#[test]
fn people_named_together_before_the_verb_speak_together() {
    // 235-flight-of-the-conchords-no-third-season.txt: "a statement on their
    // Web site from stars Bret McKenzie and Jemaine Clement and fellow
    // executive producer James Booth read."
    let q = quotes(
        "Flight of the Conchords",
        Kind::Series,
        include_str!("corpus/235-flight-of-the-conchords-no-third-season.txt"),
    );
    assert_eq!(
        speaker_of(&q, "We are today announcing"),
        "Bret McKenzie, Jemaine Clement and James Booth"
    );
    // 532-babylon-berlin-final-season-wrap.txt: "Tom Tykwer, Henk
    // Handloegten, and Achim von Borries share their thoughts on the final
    // season: “With Babylon Berlin, ...”".
    let q = quotes(
        "Babylon Berlin",
        Kind::Series,
        include_str!("corpus/532-babylon-berlin-final-season-wrap.txt"),
    );
    assert_eq!(
        speaker_of(&q, "With Babylon Berlin"),
        "Tom Tykwer, Henk Handloegten and Achim von Borries"
    );
}

#[test]
fn a_title_in_marks_before_the_role_is_the_speakers_credit() {
    // 869-wonka-chalamet-king-more-in-the-tank.txt: "The "Dune" star said,
    // "Something twisted happens. ..."": his words, about this title.
    let q = quotes(
        "Wonka",
        Kind::Movie,
        include_str!("corpus/869-wonka-chalamet-king-more-in-the-tank.txt"),
    );
    assert_eq!(
        speaker_of(&q, "Something twisted happens"),
        "Timothee Chalamet"
    );
    // 129-solo-no-sequel-planned.txt: "The 'Hail, Caesar!' star said: ...".
    let q = quotes(
        "Solo: A Star Wars Story",
        Kind::Movie,
        include_str!("corpus/129-solo-no-sequel-planned.txt"),
    );
    assert_eq!(
        speaker_of(&q, "I don't know anything about that"),
        "Alden Ehrenreich"
    );
    // 323-lost-lindelof-ending.txt: "The 'Watchmen' showrunner took Marvel
    // as an example ...": no speech verb after the role; what follows is
    // about other titles.
    let q = quotes(
        "Lost",
        Kind::Series,
        include_str!("corpus/323-lost-lindelof-ending.txt"),
    );
    assert!(
        !q.iter()
            .any(|x| x.text.starts_with("If you make a couple of great Marvel")),
        "{q:?}"
    );
}

#[test]
fn to_tell_fans_and_informs_fans_attribute_what_follows() {
    // 762-wellmania-axed-netflix.txt: "Barber took to social media to tell
    // fans, “I understand, ...”".
    let q = quotes(
        "Wellmania",
        Kind::Series,
        include_str!("corpus/762-wellmania-axed-netflix.txt"),
    );
    assert_eq!(
        speaker_of(&q, "I understand, in the grand"),
        "Celeste Barber"
    );
    // 799-emily-in-paris-season-4-august-15.txt: "as Collins informs fans,
    // “Season 4 comes out this August 15th ...”".
    let q = quotes(
        "Emily in Paris",
        Kind::Series,
        include_str!("corpus/799-emily-in-paris-season-4-august-15.txt"),
    );
    assert_eq!(speaker_of(&q, "Season 4 comes out"), "Lily Collins");
}

#[test]
fn a_spokesperson_for_the_channel_speaks_for_the_channel_named() {
    // 183-the-halcyon-axed-itv.txt: "The ITV period drama ..." then "A
    // spokesperson for the channel explained: "ITV regularly considers the
    // range of dramas we commission ...".
    let q = quotes(
        "The Halcyon",
        Kind::Series,
        include_str!("corpus/183-the-halcyon-axed-itv.txt"),
    );
    assert_eq!(speaker_of(&q, "ITV regularly considers"), "ITV");
}

#[test]
fn a_paragraph_ending_with_a_colon_credits_the_block_quote_after_it() {
    // 662-mutant-mayhem-2-october-9-2026.txt: "When asked about the sequel
    // to Mutant Mayhem, ..., Rogen had this to say:" / ""There is a title,
    // and it's awesome, ..."".
    let q = quotes(
        "Teenage Mutant Ninja Turtles: Mutant Mayhem",
        Kind::Movie,
        include_str!("corpus/662-mutant-mayhem-2-october-9-2026.txt"),
    );
    assert_eq!(speaker_of(&q, "There is a title"), "Seth Rogen");
    // 686-nathan-for-you-ended-its-run.txt: "The news come to us directly
    // from Comedy Central, who issued the following statement on the
    // matter:" / "“For the past five years Comedy Central had the pleasure
    // ...”".
    let x = support::read(
        "Nathan for You",
        Kind::Series,
        include_str!("corpus/686-nathan-for-you-ended-its-run.txt"),
    );
    assert_eq!(
        speaker_of(&x.quotes, "For the past five years"),
        "Comedy Central"
    );
}

#[test]
fn a_clause_between_commas_is_no_appositive() {
    // 823-la-la-land-john-legend-no-sequel.txt: "Speaking in an interview
    // with The Scottish Sun, singer-turned-actor John Legend addressed the
    // possibility of a sequel, candidly stating: "I don't know if these
    // things have sequels. ..."": his words, not the paper's.
    let q = quotes(
        "La La Land",
        Kind::Movie,
        include_str!("corpus/823-la-la-land-john-legend-no-sequel.txt"),
    );
    assert_eq!(
        speaker_of(&q, "I don't know if these things have sequels"),
        "John Legend"
    );
}

#[test]
fn a_role_and_a_name_after_the_quote_then_a_clause_then_the_verb() {
    // 838-scary-movie-moved-to-5-june.txt: "“We are currently in the edit for
    // Scary Movie,” actor Marlon Wayans, who plays Shorty Meeks, said in a
    // video posted ...".
    let q = quotes(
        "Scary Movie",
        Kind::Movie,
        include_str!("corpus/838-scary-movie-moved-to-5-june.txt"),
    );
    assert_eq!(
        speaker_of(&q, "We are currently in the edit"),
        "Marlon Wayans"
    );
}

#[test]
fn the_role_after_words_that_only_describe_is_a_subject() {
    // 632-hot-fuzz-wright-open-to-sequel.txt: "The 43-year old British
    // filmmaker explains, “I’ve definitely had some ideas ...".
    let q = quotes(
        "Hot Fuzz",
        Kind::Movie,
        include_str!("corpus/632-hot-fuzz-wright-open-to-sequel.txt"),
    );
    assert_eq!(
        speaker_of(&q, "I’ve definitely had some ideas"),
        "Edgar Wright"
    );
}

#[test]
fn a_participle_after_and_she_has_her_for_subject() {
    // 577-znmd-sequel-talk-driving-me-mad.txt: "But ask the director about
    // part two and she rubbishes the idea, saying, “I’m sick of being asked
    // to make a sequel. ...”".
    let q = quotes(
        "Zindagi Na Milegi Dobara",
        Kind::Movie,
        include_str!("corpus/577-znmd-sequel-talk-driving-me-mad.txt"),
    );
    assert_eq!(speaker_of(&q, "I’m sick of being asked"), "Zoya Akhtar");
}

#[test]
fn a_joint_statement_after_an_opening_outlet_is_the_makers() {
    // 783-tokyo-vice-cancelled-max.txt: "According to Variety, ... Rogers and
    // show director, Alan Poul, released a joint statement, stating that ..."
    // then the statement's own paragraph, “Over the last five years, ...”.
    let q = quotes(
        "Tokyo Vice",
        Kind::Series,
        include_str!("corpus/783-tokyo-vice-cancelled-max.txt"),
    );
    assert_eq!(
        speaker_of(&q, "Over the last five years"),
        "J.T. Rogers and Alan Poul"
    );
}

#[test]
fn talked_about_introduces_the_quote_after_its_sentence() {
    // 315-golden-compass-no-sequel-weitz.txt: "Weitz talked about his plans
    // for the sequel, which was in the process of being written at the time.
    // "The first draft of the script ... is completed. ..."".
    let q = quotes(
        "The Golden Compass",
        Kind::Movie,
        include_str!("corpus/315-golden-compass-no-sequel-weitz.txt"),
    );
    assert_eq!(
        speaker_of(&q, "The first draft of the script"),
        "Chris Weitz"
    );
    // 535-tomorrow-war-sequel-in-talks.txt: "director McKay recently talked
    // about 'The Tomorrow War' sequel. "We had such a fun design process.
    // ..."".
    let q = quotes(
        "The Tomorrow War",
        Kind::Movie,
        include_str!("corpus/535-tomorrow-war-sequel-in-talks.txt"),
    );
    assert_eq!(
        speaker_of(&q, "We had such a fun design process"),
        "Chris McKay"
    );
}

#[test]
fn a_colon_paragraph_credits_its_company_or_its_last_clauses_subject() {
    // 115-veep-renewed-iannucci-exit.txt: "Per HBO:" then "“We have had
    // conversations with Armando for some time ...".
    let x = support::read(
        "Veep",
        Kind::Series,
        include_str!("corpus/115-veep-renewed-iannucci-exit.txt"),
    );
    assert_eq!(speaker_of(&x.quotes, "We have had conversations"), "HBO");
    // 411-ready-or-not-2-script-banger.txt: "..., and Gillett does give a
    // warning to those cosplayers that chose to duplicate her bridal dress
    // look:" then "“Don’t put it in storage just yet.”".
    let q = quotes(
        "Ready or Not",
        Kind::Movie,
        include_str!("corpus/411-ready-or-not-2-script-banger.txt"),
    );
    assert_eq!(speaker_of(&q, "Don’t put it in storage"), "Tyler Gillett");
}

#[test]
fn urged_fans_to_credits_the_fragment() {
    // 820-godzilla-minus-one-new-yamazaki-film-greenlit.txt: "In a follow-up
    // clip, Yamazaki urged fans to "stay tuned", though he remained
    // tight-lipped ...".
    let q = quotes(
        "Godzilla Minus One",
        Kind::Movie,
        include_str!("corpus/820-godzilla-minus-one-new-yamazaki-film-greenlit.txt"),
    );
    assert_eq!(speaker_of(&q, "stay tuned"), "Takashi Yamazaki");
}

#[test]
fn quoted_someone_as_saying_credits_whom_it_quoted() {
    // 725-mr-india-2-false-alarm.txt: "The report also quoted a source as
    // saying, “There will never be another Mr India. ...”".
    let q = quotes(
        "Mr. India",
        Kind::Movie,
        include_str!("corpus/725-mr-india-2-false-alarm.txt"),
    );
    assert_eq!(speaker_of(&q, "There will never be another"), "a source");
}

#[test]
fn a_statement_announced_in_is_the_announcers() {
    // 682-terrace-house-tokyo-production-cancelled.txt: "Fuji TV, the
    // Japanese television network, announced the cancellation of the beloved
    // show on Tuesday in a statement on its official website." then "A
    // translation of the statement reads: “We would like to express ...”".
    let x = support::read(
        "Terrace House",
        Kind::Series,
        include_str!("corpus/682-terrace-house-tokyo-production-cancelled.txt"),
    );
    assert_eq!(speaker_of(&x.quotes, "We would like to express"), "Fuji TV");
}
