//! Quotes on real passages: every quote style, speaker resolution, roles,
//! outlets, fragment merging, and what is not a quote. Passages are copied
//! from published articles kept in tests/corpus/ (file named per case).

#[path = "support/read.rs"]
mod support;

use sequel_radar_core::extract::Quote;
use sequel_radar_core::model::Kind;

fn quotes(name: &str, kind: Kind, text: &str) -> Vec<Quote> {
    support::read(name, kind, text).quotes
}

#[test]
fn quote_then_pronoun_told_outlet_and_same_paragraph_follow_up() {
    // 004-sinners-no-sequel.txt
    let text = "If things change, the film's star Michael B. Jordan would be up for a Sinners prequel, focused on the past of his twin characters Smoke and Stack. \"I mean, you know, I'm always… I'd be up for it,\" he told GamesRadar+. \"Not saying he [Coogler] wouldn't, but he calls the shots!\"";
    let q = quotes("Sinners", Kind::Movie, text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].speaker, "Michael B. Jordan");
    assert_eq!(q[0].role.as_deref(), Some("star"));
    assert_eq!(q[0].outlet.as_deref(), Some("GamesRadar+"));
    assert_eq!(q[0].text, "I mean, you know, I'm always… I'd be up for it");
    assert_eq!(q[1].speaker, "Michael B. Jordan");
    assert_eq!(
        q[1].text,
        "Not saying he [Coogler] wouldn't, but he calls the shots!"
    );
}

#[test]
fn surname_added_in_the_same_interview_keeps_the_outlet() {
    // 004-sinners-no-sequel.txt
    let text = "Critically-acclaimed vampire horror Sinners was never meant to be the start of a franchise. After some viewers were left wondering where that mid-credit scene could lead the story to, Black Panther director Ryan Coogler has now confirmed that a sequel was never on his mind while making the film.\n\n\"I never think about that,\" he told Ebony in a recent interview.\n\n\"I mean, no, for me, my favorite movies are ones where it feels like a world was happening before and a world is gonna happen after. So that's the best compliment somebody can say,\" Coogler added in the same interview.";
    let q = quotes("Sinners", Kind::Movie, text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q
        .iter()
        .all(|x| x.speaker == "Ryan Coogler" && x.role.as_deref() == Some("director")));
    assert!(q.iter().all(|x| x.outlet.as_deref() == Some("Ebony")));
}

#[test]
fn colon_introduced_quote_over_several_paragraphs() {
    // 005-the-creator-no-sequel.txt
    let text = "Gareth Edwards is not interested in making a sequel to 'The Creator'.\n\nThe 48-year-old director has helmed the sci-fi thriller with artificial intelligence at the centre of the story but does not want to expand into a series as he loves endings as a film fan.\n\nIn an interview with Screen Rant, Gareth said: \"We had a lot of material. We shot a lot. And okay, so look, I would love to go back to this world.\n\n\"But my girlfriend's a massive, when we sit and we have some dinner or something, let's watch something. She wants to watch TV shows. I want to watch films.\n\n\"So I mean, it's a high-class problem. If someone ever came up and said, 'We want a sequel'. That'd be a really good problem to have. But it is not the plan. No.\"";
    let q = quotes("The Creator", Kind::Movie, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Gareth Edwards");
    assert_eq!(q[0].role.as_deref(), Some("director"));
    assert_eq!(q[0].outlet.as_deref(), Some("Screen Rant"));
    assert!(q[0].text.starts_with("We had a lot of material."));
    assert!(q[0].text.contains("I want to watch films. So I mean"));
    assert!(q[0].text.ends_with("But it is not the plan. No."));
}

#[test]
fn curly_quotes_she_shared_and_first_name_added() {
    // 001-purple-hearts-open-to-sequel.txt
    let text = "Sofia Carson has heard the fans and sees that they’re wanting a sequel to her new Netflix movie, Purple Hearts.\n\nWhile speaking with Variety about the film, Sofia revealed that she’s open to the possibility of a sequel.\n\n“Now fans have kind of been demanding a sequel and there’s so many fan theories and fan stories and potential spinoffs, so of course it’s lovely to think of a life for Cassie and Luke beyond this film,” she shared.\n\nElizabeth Allen Rosenbaum, who directed the film, added that nothing is official just yet.\n\nElizabeth added, “We wouldn’t do anything unless we really, really loved it, because we want to stay true to the integrity. We haven’t landed on anything specific yet. It’s always a possibility.”";
    let q = quotes("Purple Hearts", Kind::Movie, text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].speaker, "Sofia Carson");
    assert_eq!(q[0].outlet.as_deref(), Some("Variety"));
    assert!(
        q[0].text.ends_with("beyond this film"),
        "trailing comma stays outside: {:?}",
        q[0].text
    );
    assert_eq!(q[1].speaker, "Elizabeth Allen Rosenbaum");
    assert_eq!(q[1].role.as_deref(), Some("director"));
}

#[test]
fn according_to_after_the_quote() {
    // 028-prometheus-sequel-writers-emma-watts.txt
    let text = "Having already taken $303 million worldwide so far, it’s hardly surprising that Fox and Scott are looking to develop a second Prometheus, and are now talking to a verity of hopeful writers who could crank out a script for a film that “Ridley is incredibly excited about”; according to Fox’s president of production Emma Watts.";
    let q = quotes("Prometheus", Kind::Movie, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Emma Watts");
    assert_eq!(q[0].text, "Ridley is incredibly excited about");
}

#[test]
fn nested_and_unbalanced_single_quotes_inside_a_double_quote() {
    // 006-the-invisible-man-no-sequel.txt
    let text = "Leigh Whannell, the director of the Hollywood film The Invisible Man, has said that he is not interested in making a sequel.\n\"The studio might look at that and say, 'Well, we feel like it should keep going because we want to make more money.' But on an artistic level, I'm like, 'That's a nice closed door there. Let's just leave it closed,\" he added.";
    let q = quotes("The Invisible Man", Kind::Movie, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Leigh Whannell");
    assert_eq!(q[0].role.as_deref(), Some("director"));
    assert!(q[0].text.ends_with("Let's just leave it closed"));
}

#[test]
fn seed_block_quotes_each_once_with_fragments_merged() {
    let text = include_str!("corpus/000-purple-hearts-2.txt");
    let q = quotes("Purple Hearts", Kind::Movie, text);
    let carson: Vec<&Quote> = q.iter().filter(|x| x.speaker == "Sofia Carson").collect();
    let director: Vec<&Quote> = q
        .iter()
        .filter(|x| x.speaker == "Elizabeth Allen Rosenbaum")
        .collect();
    assert_eq!(carson.len(), 3, "{q:#?}");
    assert_eq!(director.len(), 1, "{q:#?}");
    assert!(carson
        .iter()
        .all(|x| x.role.as_deref() == Some("star") && x.outlet.as_deref() == Some("Variety")));
    assert_eq!(
        carson[0].text,
        "There are conversations. That’s all I’ll say."
    );
    assert_eq!(director[0].role.as_deref(), Some("director"));
    assert!(director[0].text.contains("I definitely won’t rule it out"));
    assert_eq!(q.len(), 4, "no fragment survives on its own: {q:#?}");
}

#[test]
fn titles_in_quotes_and_pronoun_said_after() {
    // 003-purple-hearts-vmas-access.txt
    let text = "Sofia Carson Raves Over Success Of ‘Purple Hearts’: ‘It Was Incredible’\n\nSofia Carson spoke with Access Hollywood at the 2022 MTV VMAs, and she shared her reaction about the success of her movie “Purple Hearts” on Netflix. “It was incredible. You it’s the most surreal feeling in the world. This movie of ours made history and it still continues to do so and I poured my heart soul into it and I’m so grateful,” she said.";
    let q = quotes("Purple Hearts", Kind::Movie, text);
    assert_eq!(q.len(), 1, "the title in quotes is no quote: {q:?}");
    assert_eq!(q[0].speaker, "Sofia Carson");
    assert_eq!(q[0].outlet.as_deref(), Some("Access Hollywood"));
}

#[test]
fn short_fragment_credited_in_its_sentence_is_a_quote() {
    // 019-jumanji-2-release-date.txt
    let text = "Following his announcement that Jumanji 2 was officially \"underway,\" Dwayne \"The Rock\" Johnson has once again taken to social media to announce the project's official release date. In a post on Instagram, he excitedly says that Sony is \"officially planting our Jumanji flag on December 13, 2019.\"";
    let q = quotes("Jumanji", Kind::Movie, text);
    assert!(
        q.iter()
            .any(|x| x.text == "officially planting our Jumanji flag on December 13, 2019."),
        "{q:?}"
    );
}

#[test]
fn fans_are_not_sources() {
    // 071-bridesmaids-no-sequel-wiig.txt: a title in quotes next to fans.
    let text = "Back in June, Kristen Wiig opened up to Harper's Bazaar about why fans of \"Bridesmaids\" shouldn't hold their breath for a sequel.";
    assert!(quotes("Bridesmaids", Kind::Movie, text).is_empty());
}

#[test]
fn interview_answers_after_a_full_name_label_are_quotes_and_questions_are_not() {
    // 039-killjoys-lovretta-qa.txt
    let text = "I'm sure it's no secret by now how much I love Killjoys and, by proxy, showrunner Michelle Lovretta.\n\nGeek Girl Diva: New promo photos seem to indicate that we're finally about to meet Aneela. Can you tell us about her beyond what we already know?\n\nMichelle Lovretta: Oh, man, I’m fiercely in love with Aneela already, to be honest, at least my gestating S3 version of her.  She’s oddly fragile and very, very different from Dutch, so I think Hannah will get a kick out of that variety and do brilliant work with it.";
    let q = quotes("Killjoys", Kind::Series, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Michelle Lovretta");
    assert_eq!(q[0].role.as_deref(), Some("showrunner"));
    assert!(q[0]
        .text
        .starts_with("Oh, man, I’m fiercely in love with Aneela"));
    assert!(q[0].text.ends_with("do brilliant work with it."));
}

#[test]
fn interview_answers_after_initials_resolve_to_the_people_named_before() {
    // 067-jumanji-premiere-interviews-qa.txt ("KV" is the outlet's typo for Kevin Hart)
    let text = "I got the opportunity to attend the UK premiere of Jumanji: Welcome to the Jungle where I interviewed Dwayne “The Rock” Johnson, Kevin Hart, Jack Black, Karen Gillen, Nick Jonas and filmmaker Jake Kasdan.\n\nDwayne Johnson, Kevin Hart and Jack Black\n\nThe first film was such a beloved classic, how did it feel being part of the sequel?\n\nDJ: It’s an honour. I don’t say that little, we all feel that way.\n\nKV: Can’t say it better than that. Well spoke.";
    let q = quotes("Jumanji: Welcome to the Jungle", Kind::Movie, text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].speaker, "Dwayne Johnson");
    assert_eq!(
        q[0].text,
        "It’s an honour. I don’t say that little, we all feel that way."
    );
    assert_eq!(q[1].speaker, "Kevin Hart");
}

#[test]
fn list_labels_are_not_an_interview() {
    // 031-i-am-not-okay-with-this-cancelled.txt
    let text = "Here's some of the biggest shows that Netflix have cancelled after just one season, including I Am Not Okay With This, The Society and Julie & The Phantoms.\nReleased: February 2020\nCancelled: Renewed for season 2 before being cancelled amid the pandemic in August 2020.";
    let q = quotes("I Am Not Okay With This", Kind::Series, text);
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_colon_after_said_introduces_a_block_quote_without_marks() {
    // 080-pacific-rim-2-del-toro-writing.txt
    let text = "Despite somewhat disappointing box office returns in the U.S., 2013’s Pacific Rim has gained a rabid fanbase begging for more. And while it may never see the light of day, director Guillermo del Toro says he and writer Zak Penn are working on a sequel screenplay right now. In an interview with Buzzfeed, del Toro said:\n\nI’m working very, very hard with Zak Penn. We’ve been working for a few months now in secret. We found a way to twist it around.\n\nThat's all well and good, but here is the catch: the director told the site, “I don’t have the money, but I’m proceeding like it is happening.\"";
    let q = quotes("Pacific Rim", Kind::Movie, text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].speaker, "Guillermo del Toro");
    assert_eq!(
        q[0].text,
        "I’m working very, very hard with Zak Penn. We’ve been working for a few months now in secret. We found a way to twist it around."
    );
    assert_eq!(q[1].speaker, "Guillermo del Toro");
}

#[test]
fn anonymous_sources_and_producers_speak_as_written() {
    // 044-wayward-pines-not-renewed.txt
    let text = "\"Wayward Pines\" is no more.\n\nAccording to TVLine, Fox has decided not to renew the series for a third season. Although an official announcement has not been made, a source told the media outlet that the show's return is \"unlikely\" at this point.";
    let q = quotes("Wayward Pines", Kind::Series, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        (q[0].speaker.as_str(), q[0].text.as_str()),
        ("a source", "unlikely")
    );
    // 050-happy-valley-return-2015.txt
    let text = "Hard-hitting drama Happy Valley is coming back for a second series, the BBC has announced.\nThe next series will let viewers \"delve deeper\" into the world of Sarah Lancashire's character Catherine Cawood, according to producers.";
    let q = quotes("Happy Valley", Kind::Series, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        (q[0].speaker.as_str(), q[0].text.as_str()),
        ("producers", "delve deeper")
    );
}

#[test]
fn a_representative_or_press_office_speaks_for_the_company() {
    // 040-cleveland-show-fox-denies-cancellation.txt
    let text = "A network FOX confirmed the status of the show to THR saying that no decision to cancel to show has been made at this time.\nThat obviously doesn’t rule out the fact that the show could be dropped from Fox’s “Animation Domination” block, but the representative stated, “Only Fox can dictate whether a show has been canceled.” The Cleveland Show is a ‘Family Guy’ spinoff created by Seth MacFarlane and is currently in its fourth season on FOX.";
    let q = quotes("The Cleveland Show", Kind::Series, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Fox");
    // 049-vigil-second-series.txt
    let text = "SMASH BBC thriller series Vigil is set to return for a second series.\n\nPosting on Twitter, BBC's Press Office said: \"This is NOT a drill!\n\n\"The Tourist, The Responder, Vigil and Time - four of the BBC’s biggest dramas from the past year - are returning for a second series on BBC One and BBC iPlayer\".";
    let q = quotes("Vigil", Kind::Series, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "BBC Press Office");
}

#[test]
fn told_takes_its_subject_before_brackets_and_the_first_of_a_pair() {
    // 041-fringe-not-cancelled.txt
    let text = "Fringe producer Joel Wyman has dismissed rumours that the show has been cancelled.\nWyman and his co-producer Jeff Pinkner previously claimed that Fox is still \"incredibly positive\" about Fringe.\nSeries star John Noble (Walter Bishop) also recently told DS that the show's chances of being renewed for a fourth season are \"pretty good\".";
    let q = quotes("Fringe", Kind::Series, text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(
        (q[0].speaker.as_str(), q[0].text.as_str()),
        ("Joel Wyman", "incredibly positive")
    );
    assert_eq!(
        (q[1].speaker.as_str(), q[1].text.as_str()),
        ("John Noble", "pretty good")
    );
    assert_eq!(q[1].role.as_deref(), Some("star"));
}

#[test]
fn a_quote_opening_a_paragraph_belongs_to_the_name_opening_the_one_before() {
    // 079-everwood-15th-anniversary-reunion.txt
    let text = "The stars of The WB’s beloved family drama, Everwood, reunited on Wednesday at the Television Critics Association press tour.\nCardone and Williams shared a touching moment onstage when Cardone recalled her TV dad offering to be part-time father, as her real dad wasn't able to relocate to Utah, where they filmed Everwood.\nBerlanti got equally emotional when a reporter asked what Everwood meant for his legacy.\n“It’s an emotional day for me,” he said, his voice cracking.";
    let text = format!("Series stars Treat Williams, Gregory Smith and Emily VanCamp were joined by Tom Amandes, Debra Mooney, Vivien Cardone, Stephanie Niznik, John Beasley, Justin Baldoni, creator Greg Berlanti and executive producer Rina Mimoun onstage at the Beverly Hilton in Beverly Hills, California.\n{text}");
    let q = quotes("Everwood", Kind::Series, &text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Greg Berlanti");
}

#[test]
fn two_capital_initials_open_a_name() {
    // 056-deadpool-2-wraps-filming.txt
    let text = "The director of the first “Deadpool” movie, Tim Miller, had to drop from the sequel after a few behind-the-scenes drama unfolded prior to the film’s pre-production.\n\nFurthermore, fans will be glad to see the return of beloved characters like Weasel, played by TJ Miller, Vanessa, played by Morena Baccarin and the very funny Blind Al, played by Leslie Uggams. TJ Miller promises that the sequel will bring more laughs to the audience. He stated, “Let me just tell you that the second installment will be even more Weaselicious,” cited by Looper.";
    let q = quotes("Deadpool", Kind::Movie, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "TJ Miller");
}

#[test]
fn a_name_in_apposition_after_a_comma_quote_is_the_speaker() {
    // 054-heat-2-mann-plans.txt (the stored excerpt ends mid-sentence)
    let text = "During the most famous scene in writer-director Michael Mann's 1995 crime thriller Heat Robert De Niro's master criminal Neil McCauley and Al Pacino's obsessive cop Vincent Hanna sit down in a diner to size up each other and compare notes, both professional and personal.\n\nSix years later, Mann revisited the same creative well for Heat. A moderate commercial success on its release, the film has, in the intervening years, acquired the status of a classic thanks to Mann's masterful, muscular, reinvention of the cops-and-robbers genre and the contributions from a deep-bench cast which also includes Jon Voight, Natalie Portman, Tom Sizemore, and Val Kilmer who played McCauley's right-hand man, Chris Shiherlis. Now, Mann has returned to the story's central characters again with the just-published novel Heat 2, which in recent interviews he has talked about adapting into a new film. \"There are plans… but I can't talk about them,\" Mann, currently at work";
    let q = quotes("Heat", Kind::Movie, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Michael Mann");
    assert_eq!(q[0].text, "There are plans… but I can't talk about them");
}

#[test]
fn whispered_attributes_and_a_plural_shows_names_no_other_title() {
    // 087-runaways-s3-marsters.txt: "Marvel's Netflix shows" is a kind of
    // show, not another title; "whispered" is a speech verb.
    let text = "Even though the show's second season was just released back in December, fans have been curious about the prospects for a third go-around -- particularly after the across-the-board cancellations of Marvel's Netflix shows. While attending the Lexington Comic & Toy Con this weekend, Marsters, who plays both Victor Stein and Jonah, announced that the show would be back for Season 3. \n\n\"The showrunner just told the cast that we’re in for a third season,\" Marsters whispered into the microphone, per Deadline. He then added, \"I probably just broke all kinds of Marvel rules.\" ";
    let text = format!("Marvel's Runaways confirmed for Season 3 by star James Marsters\n\n{text}");
    let q = quotes("Marvel's Runaways", Kind::Series, &text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].speaker, "James Marsters");
    assert_eq!(
        q[0].text,
        "The showrunner just told the cast that we’re in for a third season"
    );
    assert_eq!(q[1].speaker, "James Marsters");
}

#[test]
fn the_reader_invited_to_read_is_not_the_speaker() {
    // 107-queens-gambit-no-season-2.txt
    let text = "The Queen's Gambit director, Scott Frank, has ruled out a second series of the hit Netflix show.\n\nSpeaking to Deadline, however, with an Emmy clutched in each hand, showrunner Frank put to rest any hopes of a second season. Though he was \"sorry to disappoint anyone\", he believed that they had \"told the story they wanted to tell\". He clarified that he was \"terrified\" that if they continued, they would \"ruin what we've already told\". You can read the full quote below:\n\n\"I'm so sorry. I hate disappointing anyone, but no. I feel like we told the story we wanted to tell, and I worry — let me put it differently — I’m terrified that if we try to tell more, we would ruin what we’ve already told.\"";
    let q = quotes("The Queen's Gambit", Kind::Series, text);
    let long = q
        .iter()
        .find(|x| x.text.starts_with("I'm so sorry."))
        .expect("the full quote");
    assert_eq!(long.speaker, "Scott Frank");
    // Its repeated fragment merges into it.
    assert!(
        !q.iter().any(|x| x.text == "ruin what we've already told"),
        "{q:?}"
    );
}

#[test]
fn the_source_is_the_anonymous_source_not_the_network() {
    // 086-american-gods-s3-likely.txt
    let text = "According to a new report from Deadline, it's likely that the Starz series will be renewed for a third season. While Starz did not comment on the show's status, a source close to the production hinted that it would hopefully happen.\n\n\"We didn't make Season 2 of American Gods not to make a Season 3,\" the source explained. \"It's a big book.\"";
    let q = quotes("American Gods", Kind::Series, text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|x| x.speaker == "a source"), "{q:?}");
}

#[test]
fn ep_before_a_name_is_a_role() {
    // 088-man-in-the-high-castle-s3.txt
    let text = "Amazon announced on Tuesday that it has renewed The Man in the High Castle for a third season — and with a showrunner at the helm, to boot.\nAfter Frank Spotnitz abruptly stepped down as showrunner midway through production of Season 2, the dystopian thriller proceeded without a singular boss, operating instead like “a republic,” it was explained at the summer TCA press tour. “We have a system that is working as good as we can make it,” said EP David Zucker.";
    let q = quotes("The Man in the High Castle", Kind::Series, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "David Zucker");
    assert_eq!(q[0].role.as_deref(), Some("executive producer"));
}

#[test]
fn doubled_apostrophes_mark_uk_wire_quotes() {
    // 090-lucy-besson-no-sequel.txt
    let text = "'Lucy' director Luc Besson doesn't intend to make a sequel to the action film.\n\nBesson, 55, has already received a number of offers to make a sequel, but says the prospect is unlikely, telling reporters in Taipei: ''I don't see how we can do one. It's not made for that. If I find something good enough, maybe I will, but for now I don't even think about it.''";
    let q = quotes("Lucy", Kind::Movie, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Luc Besson");
    assert!(q[0].text.starts_with("I don't see how we can do one."));
}

#[test]
fn a_related_link_line_between_introduction_and_block_quote() {
    // 105-maniac-no-season-2.txt
    let text = "Warning: spoilers ahead for Maniac. Patrick Somerville was interviewed in order to discuss Maniac in-depth, as viewers certainly have a lot of questions they want answered. During the interview, he was asked if there was any talk or discussion with Netflix about a possible season 2. Somerville sternly said no and explained why that's the case. Here's what he had to say about it.\n\nRELATED: New Maniac Trailer Takes Emma Stone & Jonah Hill on a Mind-Bending Journey\n\"No. This was always planned as a limited series, and I think that's another reason why we had the freedom to have a more hopeful ending.\"";
    let q = quotes("Maniac", Kind::Series, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Patrick Somerville");
}

#[test]
fn a_name_after_called_or_dubbed_is_no_quote() {
    // 092-bridgerton-s2-filming.txt
    let text = "Shifting from “it” couple Daphne and Simon, the second season of Bridgerton will focus on Anthony, who last season we saw struggling between his love for his mistress Siena and his duty as head of the family to marry well. Bridgerton’s next season will adapt Quinn’s second book in the series called \"The Viscount Who Loved Me.\" Anthony’s love interest, Kate Sharma, will be played by Ashley, best known from Netflix’s Sex Education.";
    assert!(quotes("Bridgerton", Kind::Series, text).is_empty());
    // 050-happy-valley-return-2015.txt: a description in lower case is speech.
    let text = "Hard-hitting drama Happy Valley is coming back for a second series, the BBC has announced.\nBBC One controller Charlotte Moore called the show's initial run \"visceral, emotional and provocative from beginning to end\", referring to a cliffhanger ending as the action drew to a close.";
    assert_eq!(quotes("Happy Valley", Kind::Series, text).len(), 1);
}

#[test]
fn appositive_with_a_quoted_title_and_the_writers_question_before_an_answer() {
    // 110-jumper-2-christensen-talks.txt
    let text = "In an interview with MTV, star Hayden Christensen said talks are now underway regarding the once-mooted sequel.\n\n\"We're talking about it right now actually,\" Christensen, who currently stars in \"Takers\", said\n\nWhere could the story go? \"Hopefully somewhere a little darker. I think there's a lot you can do with it. It was sort of set up in a way it's gonna be mother hunting son and possibly even maybe sister hunting brother. We're talking about it, trying to figure it out.\"";
    let text = format!("Kristen Stewart in 'Jumper' 2?\n\n{text}");
    let q = quotes("Jumper", Kind::Movie, &text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|x| x.speaker == "Hayden Christensen"), "{q:?}");
    assert_eq!(q[0].text, "We're talking about it right now actually");
}

#[test]
fn a_long_role_and_name_before_the_verb_after_a_quote() {
    // 088-man-in-the-high-castle-s3.txt
    let text = "Amazon announced on Tuesday that it has renewed The Man in the High Castle for a third season — and with a showrunner at the helm, to boot.\n“As timely as ever, the exploration of characters at a dark point for humanity has provided incredible stories for two seasons,” Amazon Studios comedy and drama chief Joe Lewis said in announcing the renewal. “Eric and his team are doing an incredible job crafting stories about the inner lives of those who struggle to do good in a world that is not. We couldn’t be more excited to bring Season 3 to customers in 2017.”";
    let q = quotes("The Man in the High Castle", Kind::Series, text);
    let lewis = q
        .iter()
        .find(|x| x.text.starts_with("Eric and his team"))
        .expect("the quote naming Season 3");
    assert_eq!(lewis.speaker, "Joe Lewis");
}

#[test]
fn capitals_interview_labels_and_later_unlabelled_answers() {
    // 109-you-s3-gamble-qa.txt
    let text = "Warning: This post contains spoilers from You season 3.\n\nEW spoke with You showrunner Sera Gamble about the rollercoaster of a season, that ending, and what season 4 might hold.\n\nENTERTAINMENT WEEKLY: This was the first season where you all didn't have a finished Caroline Kepnes novel as a blueprint. How did that change things?\n\nSERA GAMBLE: I think if you're adapting material like Caroline's books that are so helpful, you live in low-key terror of the day you run out of book. And that's what happened. We ran out of book.\n\nWas Caroline involved at all in season 3?\n\nYeah, she's a consultant on the show. She was very intensely writing her books this season, but she and I talked. She talked to [executive producer] Greg Berlanti.";
    let q = quotes("You", Kind::Series, text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|x| x.speaker == "Sera Gamble"), "{q:?}");
    assert!(q[1].text.starts_with("Yeah, she's a consultant"));
}

#[test]
fn colon_block_in_the_first_person_after_a_says_sentence() {
    // 091-zombieland-2-reese-podcast.txt
    let text = "But according to The Playlist, we may still be getting a Zombieland sequel anyway. Deadpool scribes Rhett Reese and Paul Wernick appeared on The Q&A podcast, and their 90-minute chat covers everything from the Merc With a Mouth to Zombieland, which the pair co-wrote for director Ruben Fleischer.\n\nReese says the sequel is still in development, despite the failed Amazon series pilot:\n\nIt’s actually still in development at Sony, they’ve had a couple writers take a crack at it, we’re still exec producers and we’re guiding and helping where we can and I think there’s still very much talk about it, but I think it has to be right.";
    let q = quotes("Zombieland", Kind::Movie, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Rhett Reese");
    // 099-beauty-and-the-beast-stevens.txt: narration after a colon is no quote.
    let text = "Dan Stevens, who played the titular Beast in the film, told Variety that he’d be interested in more of the role if the opportunity arose:\n\nAs unlikely as a sequel to Beauty and the Beast sounds, if it did happen, it would likely take years for it to come to fruition.";
    assert!(quotes("Beauty and the Beast", Kind::Movie, text).is_empty());
}

#[test]
fn a_name_completed_in_brackets_is_a_person() {
    // 044-wayward-pines-not-renewed.txt
    let text = "\"Wayward Pines\" is no more.\n\nThere was still hope for the series last summer when Fox president David Madden revealed that he spoke to executive producer M. Night Shyamalan about potential storylines for season 3. However, it looks like those talks fell through, considering the new report.\n\n\"M. Night [Shyamalan] has talked to both [Fox CEO] Dana [Walden] and me recently about the possibilities of what a third season could be,\" Madden revealed at the time.\n\nThe cancellation is also in contrast to what Walden revealed to TVLine back in August two years ago when she said she \"definitely think there could be a season 3.\"";
    let q = quotes("Wayward Pines", Kind::Series, text);
    let walden = q
        .iter()
        .find(|x| x.text.starts_with("definitely"))
        .expect("Walden's words");
    assert_eq!(walden.speaker, "Dana Walden");
}

#[test]
fn a_speaker_written_with_two_spaces_is_named_with_one() {
    // 111-avatar-early-talks.txt (the page puts two spaces between names)
    let text = "According to The Hollywood Reporter and Spill.com, News Corp. is in very early  talks with James  Cameron about a possible Avatar  sequel.\nCEO Rupert  Murdoch said on Tuesday that the conglomerate is in \"very early  talks about it.\" Director Cameron \"has ideas\" for a sequel, he said,  adding: \"We will be pushing for one.\"";
    let q = quotes("Avatar", Kind::Movie, text);
    assert!(!q.is_empty(), "{q:?}");
    for quote in &q {
        assert!(!quote.speaker.contains("  "), "{q:?}");
        assert!(
            ["James Cameron", "Rupert Murdoch"].contains(&quote.speaker.as_str()),
            "{q:?}"
        );
    }
}

#[test]
fn name_before_a_quoted_fragment_is_not_the_pronoun_speaker() {
    // 111-avatar-early-talks.txt
    let text = "According to The Hollywood Reporter and Spill.com, News Corp. is in very early  talks with James  Cameron about a possible Avatar  sequel.\nCEO Rupert  Murdoch said on Tuesday that the conglomerate is in \"very early  talks about it.\" Director Cameron \"has ideas\" for a sequel, he said,  adding: \"We will be pushing for one.\"";
    let q = quotes("Avatar", Kind::Movie, text);
    assert!(!q.is_empty(), "{q:?}");
    assert!(q.iter().all(|x| x.speaker == "Rupert Murdoch"), "{q:?}");
    assert!(
        q.iter().any(|x| x.text == "We will be pushing for one."),
        "{q:?}"
    );
}

#[test]
fn pronoun_after_a_while_clause_is_its_subject() {
    // 096-one-day-at-a-time-cancelled.txt
    let text = "Fans are not happy with Netflix's decision to cancel One Day At A Time . Showrunners Mike Royce and Gloria Calderon Kellett just confirmed the heartbreaking cancellation on social media.\n\nFollowing an outpouring of support on social media, the stars of the show offered their thoughts about the cancellation. Kellett shared a heartfelt note praising the creators for all of their hard work while Norman Lear, who created the original One Day at a Time series in the 1970s, thanked everyone on the show and asked for a better explanation from Netflix.\n\n\"I wish I could understand Netflix’s decision to not pick us up for a fourth [season],\" he shared. \"Is there really so little room in business for love and laughter?\"";
    let q = quotes("One Day at a Time", Kind::Series, text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|x| x.speaker == "Norman Lear"), "{q:?}");
}

#[test]
fn british_single_curly_quotes_are_quotes_and_apostrophes_are_not() {
    // 048-back-to-life-series-2-filming.txt
    let text = "Back To Life is officially coming back for a second series.\n\nThe actress shared a picture of herself holding a clapperboard, confirming the first take was filmed on March 29.\n\nDaisy Haggard tweeted: ‘#backtolife is coming BACK  .. Delighted to finally get going on season 2!! And spoiler alert.. MIRI HAS FOUND HER OLD CRIMPER!’\n\nReturning cast includes Geraldine James as Miri’s mum Caroline and Richard Durden as Miri’s dad Oscar.";
    let q = quotes("Back to Life", Kind::Series, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Daisy Haggard");
    assert!(q[0].text.starts_with("#backtolife is coming BACK"), "{q:?}");
    assert!(q[0].text.ends_with("OLD CRIMPER!"), "{q:?}");
}

#[test]
fn the_speaker_is_the_name_before_the_role_appositive_not_its_company() {
    // 048-back-to-life-series-2-filming.txt
    let text = "Back To Life is officially coming back for a second series.\n\nShane Allen, Director of Comedy Commissioning at the BBC said: ‘The clever and twisted storytelling delves even deeper in this propulsive mystery peppered with playful black humour. This is a golden age for UK comedy talent to reach audiences across the world with the BBC kick-starting the journey.’";
    let q = quotes("Back to Life", Kind::Series, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Shane Allen");
    assert!(q[0].text.starts_with("The clever and twisted storytelling"));
}

#[test]
fn he_said_is_the_sentence_subject_not_the_co_star_it_mentions() {
    // 125-tenet-washington-in-my-mind-yes.txt
    let text = "John David Washington is sharing his thoughts on a possible sequel to Tenet and is on board for a second film. The 36-year-old actor stars as The Protagonist in the film from Christopher Nolan, opposite Robert Pattinson, and spoke with Esquire about the chance of a second movie. “In my mind, that’s a yes!” he said enthusiastically. “We will be doing this again, we’ll see you in a couple of years.”";
    let q = quotes("Tenet", Kind::Movie, text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(
        q.iter().all(|x| x.speaker == "John David Washington"),
        "{q:?}"
    );
}

#[test]
fn first_names_of_someone_named_in_full_are_that_person() {
    // 125-tenet-washington-in-my-mind-yes.txt
    let text = "Tenet actor John David Washington recently opened up about his thoughts on a possible sequel to Christopher Nolan’s latest hit.\n\n“Chris does what he wants. Maybe he has something that he’s developed for years that he wants to do next, I don’t know,” John David added. “I hope we get to do it again, I hope we get to explore more because I think we found something really unique.”";
    let q = quotes("Tenet", Kind::Movie, text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(
        q.iter().all(|x| x.speaker == "John David Washington"),
        "{q:?}"
    );
    assert_eq!(q[0].role.as_deref(), Some("star"));
}

#[test]
fn a_critic_introduced_as_such_is_not_quoted() {
    // 121-people-of-earth-cancelled-tbs.txt
    let text = "The comedy People of Earth has been canceled by TBS after two seasons.\n\nSeries creator David Jenkins broke the shocking news on Twitter on Friday.\n\n“Thank you to everyone who was a fan of the show and enjoyed its gentle, amiable sci-fi weirdness,” he wrote. “It was an honor sharing this show with you.”\n\nJenkins also thanked Hollywood Reporter TV critic Tim Goodman for supporting the show.\n\n“It was a wonderful, inventive, and funny show, and always a joy to watch,” Goodman replied on Twitter.";
    let q = quotes("People of Earth", Kind::Series, text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|x| x.speaker == "David Jenkins"), "{q:?}");
}

#[test]
fn a_name_inside_the_quote_is_not_who_she_is() {
    // 116-watchmen-lindelof-betrayal.txt
    let text = "Watchmen showrunner Damon Lindelof has doubled down on his stance that the limited HBO series won’t get a new season.\n\nThe show’s star Regina King also said that she wouldn’t return for another season of the show unless Lindelof was involved.\n\n“If I would do it again, it would be with Damon,” she said. “So there’s no conversation about a future of Watchmen just right now.”";
    let q = quotes("Watchmen", Kind::Series, text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|x| x.speaker == "Regina King"), "{q:?}");
}

#[test]
fn a_tweet_that_continues_and_a_present_tense_verb_keep_their_author() {
    // 122-tuca-and-bertie-cancelled-again.txt
    let text = "Tuca & Bertie just can’t catch a break. The animated series has once again been axed.\n\n“Tuca & Bertie has sadly been cancelled,” series creator Lisa Hanawalt tweeted on Wednesday. “To all our fans – we love you and can’t thank you enough for your support over the years.”\n\nThe tweet continues: “Working with Adult Swim was creatively fulfilling, our execs were all smart and thoughtful.”\n\n“I still have a beautiful and weird ending to [Tuca & Bertie] in mind, hopefully someday we’ll get the chance to finish this story,” Hanawalt concludes.";
    let q = quotes("Tuca & Bertie", Kind::Series, text);
    assert_eq!(q.len(), 4, "{q:?}");
    assert!(q.iter().all(|x| x.speaker == "Lisa Hanawalt"), "{q:?}");
    assert!(q[2].text.starts_with("Working with Adult Swim"));
    assert!(q[3].text.starts_with("I still have a beautiful"));
}

#[test]
fn a_quote_whose_opening_mark_was_lost_runs_from_its_paragraph_start() {
    // 115-veep-renewed-iannucci-exit.txt
    let text = "HBO has renewed Veep for a fifth season.\n\nVeep and Silicon Valley are terrific series, and I’m immensely proud that they will return to HBO next year,” HBO head Michael Lombardo said in a statement.";
    let q = quotes("Veep", Kind::Series, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Michael Lombardo");
    assert!(q[0]
        .text
        .starts_with("Veep and Silicon Valley are terrific series"));
}

#[test]
fn a_post_shared_with_writing_colon_is_quoted() {
    // 058-jurassic-world-dominion-wraps.txt
    let text = "‘Jurassic World: Dominion’ has finally wrapped up it’s production.\n\nSam Neill retweeted Colin Trevorrow’s post, writing: “There were days we thought we might not make it. But we have…we pulled off what seemed well nigh impossible. Great crew. Lovely cast. Top director. Phew and CELEBRATIONS. #JurassicWorldDominion #JurassicPark.”";
    let q = quotes("Jurassic World: Dominion", Kind::Movie, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Sam Neill");
}

#[test]
fn an_answer_after_a_capitals_label_inside_a_flattened_interview() {
    // 117-run-jones-hopes-season-2.txt
    let text = "In an interview with Deadline, Vicky Jones is clearly hoping that Run will continue the story in season two.\n\nDEADLINE: So we’re left with this cliffhanger. Can you give us an idea of where season 2 will go? VICKY JONES: I can’t say too much. We don’t know yet. But, you don’t have an actor like Rich Sommer and not make the most of something like that.";
    let q = quotes("Run", Kind::Series, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Vicky Jones");
    assert!(q[0].text.starts_with("I can’t say too much."), "{q:?}");
}

#[test]
fn a_phrase_in_marks_after_a_determiner_names_a_thing() {
    // 117-run-jones-hopes-season-2.txt
    let text = "Despite HBO‘s labeling of tonight’s episode of Run as the “series finale”, creator Vicky Jones says that she would “love” to make a second season of the single-camera comedy series.";
    let q = quotes("Run", Kind::Series, text);
    assert!(q.iter().all(|x| x.text != "series finale"), "{q:?}");
}

#[test]
fn the_writer_between_dashes_is_the_series_creator_and_his_fragment_is_his() {
    // 123-the-responder-s2-in-for-a-treat.txt
    let text = "The writer of hit BBC police drama The Responder has promised viewers are \"in for a treat\" in season two.\nIt is due to return for another series later this year. Creator Tony Schumacher posted on Twitter to mark the show's first anniversary.\nHe told followers he had spent the day watching star Martin Freeman read the script for the first episode of the new run. He joked that he did not want to \"torment\" fans with the teasing tweet.\nThe writer - himself a former police officer - wrote: \"Happy #TheResponder day! It's weird, and I don't want to torment you, but having spent the day sitting in a room with the great team at Dancing Ledge Productions and Martin reading first episode of season 2, well, all I can say is I think you're in for a treat...\"";
    let q = quotes("The Responder", Kind::Series, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Tony Schumacher");
    assert!(q[0].text.starts_with("Happy #TheResponder day!"));
}

#[test]
fn a_letter_quoted_after_it_was_shared_is_its_authors() {
    // 113-the-witcher-s3-wraps.txt
    let text = "Filming for season three of The Witcher has officially wrapped.\n\nBola Ogun, who has directed the final two episodes, also confirmed that production has finished, writing: \"That's a wrap!\" on her Instagram stories.\n\nWhat's more, according to fansite Redanian Intelligence, Henry Cavill, who leads the series as monster-hunter for hire Geralt of Riveria, shared a sweet letter with the show's cast and crew on the last day of filming.\n\n\"What a season this has been!\" the letter starts. \"I just wanted to thank you all for your determination and dedication through a tough shoot. Hopefully you can all get some well deserved rest. Sincerely, Henry Cavill.\"";
    let q = quotes("The Witcher", Kind::Series, text);
    let cavill: Vec<_> = q.iter().filter(|x| x.speaker == "Henry Cavill").collect();
    assert_eq!(cavill.len(), 2, "{q:?}");
    assert_eq!(cavill[0].text, "What a season this has been!");
    assert!(q
        .iter()
        .any(|x| x.speaker == "Bola Ogun" && x.text == "That's a wrap!"));
}

#[test]
fn a_quote_naming_the_title_is_ours_after_a_lead_in_naming_another_sequel() {
    // 112-free-guy-still-talking.txt: the paragraph before names the star's
    // 'Deadpool 2', but the quote itself names 'Free Guy'.
    let text = "LOS ANGELES: 'Deadpool' star Ryan Reynolds has cast doubt on the long-hoped for 'Free Guy' sequel during an appearance in the U.K.\nHeadlining the four-day Just For Laughs comedy festival at the O2 Arena in London, Reynolds appeared in conversation with his 'Deadpool 2' co-star Rob Delaney who asked whether he was planning a sequel to any of the films he has produced, which include 'Free Guy', reports Variety.\n\"There is the potential to do a sequel to 'Free Guy,' which would be fun,\" Reynolds replied. \"I would love it.\"";
    let q = quotes("Free Guy", Kind::Movie, text);
    let texts: Vec<&str> = q.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "There is the potential to do a sequel to 'Free Guy,' which would be fun",
            "I would love it."
        ],
        "{q:?}"
    );
    assert!(q.iter().all(|q| q.speaker == "Ryan Reynolds"), "{q:?}");
}

#[test]
fn a_capitalised_job_title_after_the_name_is_not_the_speaker() {
    // 133-time-series-2-bbc.txt: no "the" or "of" marks the appositive.
    let text = "Time will return for a second series on BBC One.\n\nCharlotte Moore, BBC Chief Content Officer said: “The BBC is on fire creatively and the return of four of our biggest dramas over the last year demonstrates the sheer scale and range of storytelling on the BBC.”";
    let q = quotes("Time", Kind::Series, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Charlotte Moore");
}

#[test]
fn will_before_a_surname_outside_a_question_is_a_first_name() {
    // 141-humans-series-2-consideration.txt: "Tudor said" after "Will Tudor".
    let text = "Even though there isn’t any official word about a second series pick up for ‘Humans’ its not stopping people from talking about it.\n\nWill Tudor who has impressed as the malfunctioning Synth Odi has revealed that the writers for the series have plans beyond the limited 8 episode run that we have been watching for the last few weeks.\n\n“I really hope it continues – as much as a viewer as someone who’s in it,” Tudor said.";
    let q = quotes("Humans", Kind::Series, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Will Tudor");
}

#[test]
fn a_part_someone_plays_is_not_who_he_is() {
    // 141-humans-series-2-consideration.txt: Synth Odi is Will Tudor's
    // character, named in the clause before the quote.
    let text = "Even though there isn’t any official word about a second series pick up for ‘Humans’ its not stopping people from talking about it.\n\nWill Tudor who has impressed as the malfunctioning Synth Odi has revealed that the writers for the series have plans beyond the limited 8 episode run that we have been watching for the last few weeks.\n\nFor his part in the show Tudor had a gut feeling that the series would prove popular with the mainstream audience.\n\n“Sci-fi can be a cult genre,” he said. “But with this, I think it’s so much about the relationships that it moves way beyond sci-fi.";
    let q = quotes("Humans", Kind::Series, text);
    assert!(!q.is_empty(), "{q:?}");
    assert!(q.iter().all(|x| x.speaker == "Will Tudor"), "{q:?}");
}

#[test]
fn a_quote_with_its_own_attribution_is_not_led_by_the_paragraph_before() {
    // 141-humans-series-2-consideration.txt: the paragraph before names
    // "Channel 4", which is no other numbered title's lead-in for this quote.
    let text = "Will Tudor who has impressed as the malfunctioning Synth Odi has revealed that the writers for the series have plans beyond the limited 8 episode run.\n\nWhen ‘Humans’ launched over a month ago on Channel 4 it became the channels highest rated drama of the last 20 years. For his part in the show Tudor had a gut feeling that the series would prove popular with the mainstream audience.\n\n“Sci-fi can be a cult genre,” he said. “But with this, I think it’s so much about the relationships that it moves way beyond sci-fi.";
    let q = quotes("Humans", Kind::Series, text);
    assert!(
        q.iter()
            .any(|x| x.text == "Sci-fi can be a cult genre" && x.speaker == "Will Tudor"),
        "{q:?}"
    );
}

#[test]
fn a_name_with_a_verb_and_that_after_a_quote_reports_other_words() {
    // 142-normal-people-s2-hopes.txt: "She continued:" is Daisy; "Paul added
    // that ..." is a new sentence, not the quote's attribution.
    let text = "Normal People stars Paul Mescal and Daisy Edgar-Jones have opened up about their hopes for a second season of the hugely popular BBC Three show. Chatting on The One Show, Daisy says: \"I hope that they remain that level of settled and happy that they get to by the end of the series.\"\n\nThe pair revealed their hopes for Marianne and Connell\n\nShe continued: \"I kind of imagine that [Marianne] moves in with Lorraine [Connell’s mum] and they have quite a happy, little life together!\" Paul added that Connell would want to leave New York early to see Marianne.";
    let q = quotes("Normal People", Kind::Series, text);
    let q2: Vec<_> = q
        .iter()
        .filter(|x| x.text.starts_with("I kind of imagine"))
        .collect();
    assert_eq!(q2.len(), 1, "{q:?}");
    assert_eq!(q2[0].speaker, "Daisy Edgar-Jones");
}

#[test]
fn a_family_name_in_the_plural_is_everyone_named_with_it() {
    // 143-schitts-creek-final-season.txt: a joint statement by "the Levys".
    let text = "Annie Murphy, from left, Daniel Levy and Eugene Levy appear in hit CBC comedy Schitt's Creek. The Levys, who created the show, announced Thursday that its upcoming sixth season would be the last. (CBC)\n\n\"We are so grateful to have been given the time and creative freedom to tell this story in its totality, concluding with a final chapter that we had envisioned from the very beginning. It's not lost on us what a rare privilege it is in this industry to get to decide when your show should take its final bow,\" the Levys said in a statement.\n\n\"We could never have dreamed that our fans would grow to love and care about these characters in the ways that you have.\"";
    let q = quotes("Schitt's Creek", Kind::Series, text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(
        q.iter().all(|x| x.speaker == "Daniel Levy and Eugene Levy"),
        "{q:?}"
    );
}

#[test]
fn paragraph_quotes_after_a_lead_in_naming_the_director() {
    // 127-sleep-dealer-killer-sequel.txt: the lead-in ends with a colon and
    // names only "the director", who discussed it, admitting ...
    let text = "His political cyberpunk opus, Sleep Dealer hasn't even hit theaters yet and already director Alex Rivera is talking sequel. In a recent interview with Scifiwire, the director discussed his vision for it, admitting that if he had his way, his sophomore film would be more action packed:\n\n\"I've got nothing against action so long as the ideas are there and the film can say something true and exciting about the world, then I'd love it to have explosions [and] sex.\"\n\n\"I can absolutely see a killer sequel, and I'd love to explore the character of the drone pilot.\"";
    let q = quotes("Sleep Dealer", Kind::Movie, text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|x| x.speaker == "Alex Rivera"), "{q:?}");
}

#[test]
fn a_name_then_who_said_introduces_the_block_quote() {
    // 135-westworld-s2-cast-wrapped.txt, with its doubled opening mark.
    let text = "We have been getting periodic updates regarding Westworld Season 2 for some time; however, details about the production have been few and far between. The biggest news we’ve received came by way of Ed Harris, who said the following in an interview with Collider back in October:\n\n\"“So far, we’ve shot some from episode 1, episode 2, some from episode 4, some from episode 10. They’re committed to having the scripts done to shoot so we’re done by Christmas.\"";
    let q = quotes("Westworld", Kind::Series, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Ed Harris");
    assert!(q[0].text.starts_with("So far, we’ve shot"), "{q:?}");
}

#[test]
fn quoted_answers_between_unquoted_questions_are_the_interviewees() {
    // 128-sahara-script-being-written.txt
    let text = "During a recent interview with Breck Eisner about the upcoming release of Sahara on DVD, the director hinted at the possibilty of an upcoming sequel.\n\nWhat are the plans for a sequel? Is there one in the works right now?\n\n\"Well, yes, we sure hope to be doing one and I think a lot of that depends on actually how we do on DVD.\"\n\nWhich book would be next?\n\n\"I know they have two or three of the books under contract. But I'm not supposed to tell anyone which ones they are yet, sadly.\"\n\nIs the script done?\n\n\"No, the script is being written as we speak.\"";
    let q = quotes("Sahara", Kind::Movie, text);
    assert_eq!(q.len(), 3, "{q:?}");
    assert!(q.iter().all(|x| x.speaker == "Breck Eisner"), "{q:?}");
}

#[test]
fn a_title_in_straight_marks_inside_a_straight_quote_does_not_cut_it() {
    // 131-the-time-of-our-lives-axed.txt: the tweet quotes the show's name
    // with the same marks.
    let text = "The ABC has confirmed its drama The Time of Our Lives has been axed, nearly a full day after one of the series stars broke the news on Twitter. \n\nShane Jacobson, who plays Luce Tivolli in the family-centred Australian series, tweeted on Thursday afternoon that the acclaimed series would not return for a third season.\n\n\"I've just been told that \"Time Of Our Lives\" will not be going ahead for season 3,\" he tweeted. \"I want to say thanks for everyone's support of the show.\"";
    let q = quotes("The Time of Our Lives", Kind::Series, text);
    let texts: Vec<&str> = q.iter().map(|x| x.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "I've just been told that \"Time Of Our Lives\" will not be going ahead for season 3",
            "I want to say thanks for everyone's support of the show.",
        ],
        "{q:?}"
    );
}

#[test]
fn a_paragraph_ending_with_a_second_tweet_introduces_its_authors_words() {
    // 131-the-time-of-our-lives-axed.txt: the fans do not speak, the tweet does.
    let text = "The ABC has confirmed its drama The Time of Our Lives has been axed, nearly a full day after one of the series stars broke the news on Twitter. \n\nShane Jacobson, who plays Luce Tivolli in the family-centred Australian series, tweeted on Thursday afternoon that the acclaimed series would not return for a third season.\n\n\"I've just been told that \"Time Of Our Lives\" will not be going ahead for season 3,\" he tweeted. \"I want to say thanks for everyone's support of the show.\"\n\nFans immediately began sending messages of support, prompting a second tweet:\n\n\"Thanks again for all your messages re \"Time Of Our Lives ' not going to season 3, the ABC has had its budget cut which I don't think helps.\"";
    let q = quotes("The Time of Our Lives", Kind::Series, text);
    assert_eq!(q.len(), 3, "{q:?}");
    assert!(q[2].text.starts_with("Thanks again"), "{q:?}");
    assert!(q.iter().all(|x| x.speaker == "Shane Jacobson"), "{q:?}");
}

#[test]
fn an_unnamed_spokesperson_speaks_for_the_organisation() {
    // 163-bancroft-itv-axed.txt: "A spokeswoman" for the company named before.
    let text = "ITV has taken thriller Bancroft off our screens for good.\nThe drama, which starred Sarah Parish as bent top cop Elizabeth Bancroft, will not return for a third series.\nBut ITV chiefs did not seem to agree.\nA spokeswoman said: “We felt the series had reached its natural conclusion with Elizabeth Bancroft going to jail.”";
    let q = quotes("Bancroft", Kind::Series, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "ITV", "{q:?}");
    // 162-press-bbc-axed-one-series.txt: the organisation in the phrase.
    let text = "BBC has axed newspaper drama ‘Press’ after just one series.\nA BBC spokesman said: \"To make room for new shows, we sometimes have to make difficult decisions about which dramas to recommission.\"";
    let q = quotes("Press", Kind::Series, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "BBC", "{q:?}");
}

#[test]
fn a_title_case_headline_with_small_words_in_lower_case_names_no_one() {
    // 158-killing-eve-s3-heathcote-april.txt: "Suzanne Heathcote Hints" is
    // the headline's, the person is "Suzanne Heathcote".
    let text = "'Killing Eve' Showrunner Suzanne Heathcote Hints at What to Expect in Season 3\n\nOur sister blog AMC Talk had the chance to talk to Killing Eve's new showrunner and lead writer Suzanne Heathcote.\n\nHeathcote gives some foresight about our favorite psychopath, played by Jodie Comer, saying, \"I’m really excited about Villanelle’s journey this season. I think we see elements of her character that we’ve never seen before and begin to understand who she is as a person.\"";
    let q = quotes("Killing Eve", Kind::Series, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Suzanne Heathcote", "{q:?}");
}

#[test]
fn said_company_role_name_gives_the_name() {
    // 154-spring-breakers-second-coming.txt
    let text = "Let’s rewind: Earlier this month, production company Wild Bunch announced it was working with Muse Productions, which was behind the first film, on Spring Breakers: The Second Coming. “It’s not a direct sequel, although there are allusions to some of the characters in the original,” said Wild Bunch co-chief Vincent Maraval.";
    let q = quotes("Spring Breakers", Kind::Movie, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Vincent Maraval", "{q:?}");
}

#[test]
fn pointing_out_and_elaborating_introduce_the_quote_after_them() {
    // 158-killing-eve-s3-heathcote-april.txt (the whole passage)
    let text = include_str!("corpus/158-killing-eve-s3-heathcote-april.txt");
    let q = quotes("Killing Eve", Kind::Series, text);
    for start in ["Similarly with Eve", "Carolyn (Fiona Shaw)"] {
        let found = q.iter().find(|x| x.text.starts_with(start));
        assert_eq!(
            found.map(|x| x.speaker.as_str()),
            Some("Suzanne Heathcote"),
            "{q:?}"
        );
    }
}

#[test]
fn a_pair_named_by_their_shared_first_name_speaks_jointly() {
    // 165-eeaao-daniels-sequel-joke.txt
    let text = "Everything Everywhere All at Once directors the Daniels (AKA Daniel Kwan and Daniel  Scheinert) have confirmed that a previous comment about a sequel to the movie was only a joke.\n\n“Not true at all,” the Daniels tweeted (opens in new tab) in response to an IndieWire article about a “potential” sequel. “Don’t even remember making this joke. Must have been back in March when the idea of a sequel was especially comically far fetched to us.”";
    let q = quotes("Everything Everywhere All at Once", Kind::Movie, text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(
        q.iter()
            .all(|x| x.speaker == "Daniel Kwan and Daniel Scheinert"),
        "{q:?}"
    );
}

#[test]
fn calls_and_describing_credit_the_fragment_in_marks() {
    // 155-the-walking-dead-s3-kirkman-set.txt
    let intro = "Though the thrilling season 2 finale of The Walking Dead has passed, it left us with much to anticipate in the show’s third season, touted by its producers as the best one yet. To kick off the long wait before October, AMC conducted an on-set interview with Executive Producer (and creator of the comic book series) Robert Kirkman as they began production for season 3 this week.";
    let text = format!("{intro}\n\n{}", "Kirkman calls the newly constructed prison “absolutely stunning,” and was extremely impressed with how the set designers were able to bring aspects of the comic book series location to life.");
    let q = quotes("The Walking Dead", Kind::Series, &text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Robert Kirkman", "{q:?}");
    assert_eq!(q[0].text, "absolutely stunning", "{q:?}");
    // The Governor paragraph: "by describing humans ... “the rules.”", and
    // the unattributed fragment after it is the paragraph's speaker's.
    let text = format!("{intro}\n\n{}", "Fans have known that David Morrissey will be playing the comic book’s most exciting villain, the Governor, for a while. Kirkman helped capitalize on that excitement by describing humans (aka the Governor and his group) as unpredictable and therefore greater threats than zombies, who can be ultimately managed as long as you know “the rules.” Move over, Walkers – the Governor has arrived and is “capable of doing things far worse than trying to eat you.”");
    let q = quotes("The Walking Dead", Kind::Series, &text);
    let texts: Vec<&str> = q.iter().map(|x| x.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "the rules.",
            "capable of doing things far worse than trying to eat you."
        ],
        "{q:?}"
    );
    assert!(q.iter().all(|x| x.speaker == "Robert Kirkman"), "{q:?}");
}

#[test]
fn and_a_second_speech_verb_shares_the_subject_of_the_quote_before() {
    // 155-the-walking-dead-s3-kirkman-set.txt
    let intro = "Though the thrilling season 2 finale of The Walking Dead has passed, it left us with much to anticipate in the show’s third season, touted by its producers as the best one yet. To kick off the long wait before October, AMC conducted an on-set interview with Executive Producer (and creator of the comic book series) Robert Kirkman as they began production for season 3 this week.";
    let text = format!("{intro}\n\n{}", "The second major actor to be joining the cast next season is Danai Gurira, whose sword-wielding character Michonne was briefly introduced in the season 2 finale. While the character development of the mysterious Michonne will be highlighted, Kirkman underscored Gurira’s “tremendous physical capability” and called her sword training “absolutely amazing.”");
    let q = quotes("The Walking Dead", Kind::Series, &text);
    let texts: Vec<&str> = q.iter().map(|x| x.text.as_str()).collect();
    assert_eq!(
        texts,
        ["tremendous physical capability", "absolutely amazing."],
        "{q:?}"
    );
    assert!(q.iter().all(|x| x.speaker == "Robert Kirkman"), "{q:?}");
}

#[test]
fn a_surname_missing_its_last_letter_is_the_one_person_it_fits() {
    // 147-happy-death-day-sequel-unofficial.txt ("Roth said" after "Jessica Rothe")
    let text = "The success of Happy Death Day brought in over $100 million with a production budget of $4.8 million. Therefore, it comes as no surprise that a sequel was possibly on the horizon. Jessica Rothe, the main protagonist, spoke with Collider back in January about the outcome of the first film and the sequel Landon already had planned prior to the release.\n\n“I was thrilled with the final outcome. It’s very rare to watch a movie and think, ‘That’s the movie we shot,’” Roth said. “A lot of times with horror movies, if there’s a sequel, it’s almost a repeat, with different actors and slightly different storylines, but it worked, so you do the same thing again. Chris has done this incredible thing where the sequel, the way he described it to me, elevates the movie from being a horror movie – and I wouldn’t even say it’s just a horror movie because it’s a horror, comedy, rom-com drama – into a Back to the Future type of genre film where the sequel joins us right from where we left off, it explains a lot of things in the first one that didn’t get explained, and it elevates everything.”";
    let q = quotes("Happy Death Day", Kind::Movie, text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|x| x.speaker == "Jessica Rothe"), "{q:?}");
    assert!(q[0].text.starts_with("I was thrilled"), "{q:?}");
}

#[test]
fn a_nickname_in_quotes_inside_the_name_is_that_person() {
    // 019-jumanji-2-release-date.txt (Dwayne "The Rock" Johnson, then "The Rock stated")
    let text = "Following his announcement that Jumanji 2 was officially \"underway,\" Dwayne \"The Rock\" Johnson has once again taken to social media to announce the project's official release date. In a post on Instagram, he excitedly says that Sony is \"officially planting our Jumanji flag on December 13, 2019.\"\n\nThe Rock goes on to state that Jumanji: Welcome to the Jungle was \"very close to my heart\" and he was beyond grateful to see it make so much money at the box office. It currently is Sony's highest-grossing movie of all time.\n\nThe Rock stated that, for those fans of the film, \"Christmas comes early\" in 2019. Featuring new adventures and characters, it seems that Jumanji 2 is aiming to be bigger than its predecessor. Considering how much of a surprise hit the first movie was, it's no shocker that Sony would move forward with the sequel just two years after the first one released.";
    let q = quotes("Jumanji", Kind::Movie, text);
    for words in ["very close to my heart", "Christmas comes early"] {
        let found = q.iter().find(|x| x.text == words);
        assert_eq!(
            found.map(|x| x.speaker.as_str()),
            Some("Dwayne Johnson"),
            "{q:?}"
        );
    }
}

#[test]
fn a_handle_that_is_the_full_name_without_spaces_is_that_person() {
    // 151-top-gun-2-cruise-sunrise.txt ("@TomCruise just confirmed ...")
    let text = "Top Gun, the film about boys and planes whose volleyball scene launched a thousand interpretations, is getting a sequel. This from the second most powerful sequel make-happener in the business, Tom Cruise (the first is Vin Diesel, natch).\n\nWORLDWIDE EXCLUSIVE: @TomCruise just confirmed that Top Gun 2 is happening! “I’m gonna start filming it probably in the next year”. #sun7 pic.twitter.com/X17xvxz4Q4 — Sunrise (@sunriseon7) May 23, 2017";
    let q = quotes("Top Gun", Kind::Movie, text);
    let found = q
        .iter()
        .find(|x| x.text == "I’m gonna start filming it probably in the next year");
    assert_eq!(
        found.map(|x| x.speaker.as_str()),
        Some("Tom Cruise"),
        "{q:?}"
    );
}

#[test]
fn a_lost_opening_mark_after_a_speech_verb_and_comma() {
    // 057-jurassic-world-fallen-kingdom-wrap.txt (only the closing mark survives)
    let text = "Director Juan Antonio Bayona shared a gif via Twitter on July 8 of Pratt on set writing, This is a wrap for Jurassic World: Fallen Kingdom! What a journey! Thank you to everyone that made it possible. #JurassicWorldFallenKingdom.\"";
    let q = quotes("Jurassic World", Kind::Movie, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Juan Antonio Bayona", "{q:?}");
    assert!(q[0].text.starts_with("This is a wrap for"), "{q:?}");
}

#[test]
fn a_short_fragment_opening_with_a_number_is_kept_when_credited() {
    // 098-halloween-curtis-open.txt
    let text = "In a separate interview with EW, producer Jason Blum shared that he'd be \"100 percent\"  down to make another Halloween movie.";
    let q = quotes("Halloween", Kind::Movie, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Jason Blum", "{q:?}");
    assert_eq!(q[0].text, "100 percent", "{q:?}");
}

#[test]
fn a_quote_paragraph_after_narration_naming_the_last_speaker_is_theirs() {
    // 193-interstellar-mcconaughey-possible.txt
    let text = "Speaking to Sky News, the Oscar-winning star said: \"It's possible, I'd have to go through the due diligence I always do - script, director etc but it's possible.\"\n\nThe film had widely expected to be a standalone release from director Christopher Nolan, but McConaughey believes there is scope to take the story on.\n\n\"I've tried to do a franchise before - Sahara was meant to be one but we didn't make the number we needed to make to do that - so this could be the one, we'll see.\"";
    let text = format!("Matthew McConaughey says he has not ruled out making a sequel to his new film Interstellar.\n\n{text}");
    let q = quotes("Interstellar", Kind::Movie, &text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(
        q.iter().all(|x| x.speaker == "Matthew McConaughey"),
        "{q:?}"
    );
    assert!(q[1].text.starts_with("I've tried to do a franchise before"));
}

#[test]
fn quote_paragraphs_after_a_participle_lead_in_and_plain_narration() {
    // 192-the-cabin-in-the-woods-never-say-never.txt
    let text = "The Cabin in the Woods is one of the most popular and polarizing horror movies of the past couple of decades.\n\nHowever, despite its success, a sequel doesn’t seem likely.\n\nSpeaking with Fandango last week, director Drew Goddard pointed out the obvious, explaining that the film painted a very distinct and finite ending.\n\n“Well, you know, we sort of painted ourselves into a corner with the ending of Cabin in the Woods … It’s not a thing that calls for an easy sequel, I’ll tell you that much.”\n\nAfter all, the human race was kind of, you know, completely destroyed.\n\n“We had some crazy ideas but Joss [Whedon] and I both felt strongly that we didn’t want to do it just to do it. Right? I’m very lucky that I get to keep making movies, I don’t need to just go make a sequel for the sake of making a sequel. The only way we could do it is if we could do it justice, and the truth is, it’s a hard one to do justice to. Every version of continuing the story undercuts the ending that we had in Cabin, and I just feel like that continues to be the perfect ending for that movie and I never want to undercut it.”\n\nBut there’s still a small possibility. Goddard just needs that lightning bolt of an idea to really spark things in motion. It’s just got to be the perfect one, that’s all.\n\n“I mean, look, I never say never, either … I’ve learned, tomorrow, that a bolt of lightning could strike and you could think of an idea that does the first one justice, but I haven’t quite had that idea yet, I haven’t had the idea yet that makes me go, “Oh, we have to drop everything and do that now.”";
    let q = quotes("The Cabin in the Woods", Kind::Movie, text);
    assert_eq!(q.len(), 3, "{q:?}");
    assert!(q.iter().all(|x| x.speaker == "Drew Goddard"), "{q:?}");
    assert!(q[0].text.starts_with("Well, you know"));
    assert!(q[1].text.starts_with("We had some crazy ideas"));
    assert!(
        q[2].text
            .ends_with("makes me go, “Oh, we have to drop everything and do that now."),
        "{q:?}"
    );
}

#[test]
fn a_colon_lead_in_without_a_speech_verb_introduces_the_next_paragraph() {
    // 188-the-witcher-s2-wrap-cultbox.txt
    let text = "There have been multiple reported delays, but we now have The Witcher season 2 wrap and Netflix has released a short video to mark the occasion.\n\nShowrunner and executive producer Lauren Schmidt Hissrich had nothing but praise for the team:\n\n“We have filmed at some incredible locations including Fountains Abbey, Blea Tarn, Hodge Close, Frensham Ponds, and of course, our comforting home at Arborfield Studios. We’ve assembled the best British talent and crew who have been passionate, professional and brilliant partners through such a complex and unprecedented filming experience. Now we can’t wait for everyone to see all of the hard work that has gone into this production.”\n\nIf you need reminding how season 1 finished, we have this logline:\n\n“Convinced Yennefer’s life was lost at the Battle of Sodden, Geralt of Rivia brings Princess Cirilla to the safest place he knows, his childhood home of Kaer Morhen. While the Continent’s kings, elves, humans and demons strive for supremacy outside its walls, he must protect the girl from something far more dangerous: the mysterious power she possesses inside.”";
    let q = quotes("The Witcher", Kind::Series, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Lauren Schmidt Hissrich");
    assert!(q[0]
        .text
        .starts_with("We have filmed at some incredible locations"));
}

#[test]
fn a_statement_saying_and_narration_about_the_last_speaker_before_a_quote() {
    // 185-gravity-falls-hirsch-ends-show.txt
    let text = "Alex Hirsch is the 30-year-old creator of the animated series Gravity Falls. He announced on Tumblr that the show will end after its second second. He makes it clear that the show wasn’t cancelled. It was his call to pull the plug. “There are so many shows that go on endlessly until they lose their original spark, or mysteries that are cancelled before they ever get a chance to payoff,” he writes.\nHirsch gives props to Disney for being supportive of his decision. “I know that hits are rare in this business, and it’s hard to let one of them go, so I’m so grateful that this company [Disney] has had the vision to let me start (and end) the show the way I always wanted to.” Disney XD released its own statement saying: “Alex made the decision to conclude the story at this time, and while we’re disappointed we all won’t have the opportunity to explore more of the Gravity Falls world, we respect his creative vision.”";
    let q = quotes("Gravity Falls", Kind::Series, text);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(q[1].speaker, "Alex Hirsch");
    assert!(q[1].text.starts_with("I know that hits are rare"));
    assert_eq!(q[2].speaker, "Disney XD");
    assert!(q[2].text.starts_with("Alex made the decision"));
}

#[test]
fn a_fans_question_is_not_the_star_s_quote() {
    // 169-hocus-pocus-parker-we-have-all-said-yes.txt
    let text = "While Parker’s comments are certainly a spanner in the works when it comes to a Hocus Pocus sequel, all is not lost. Rumours about a reboot of the beloved film have swirled for months now.\n\nIn October it was reported that Disney had a sequel in the works for its Disney Plus streaming platform, and that the writer Jen D’Angelo was very keen to get the original cast on board. And while we never thought that would be a problem – two years ago, Bette Midler said she couldn’t understand “why there’s not a sequel” and Sarah Jessica Parker has always said she’d be up for another film – Parker’s Instagram post seemed to suggest that the cast were ready to go.\n\nAfter Parker posted a throwback photo of the witchy trio on Instagram to mark Halloween, one fan commented: “Any chance of a sequel?”\n\nWhile this was not the only comment along those lines – in fact, there were hundreds of similar comments searching for a definite answer – Parker did reply to this one with the answer we’ve all been looking for.\n\n“We have all said yes,” she wrote. “Now we wait.”";
    let q = quotes("Hocus Pocus", Kind::Movie, text);
    assert!(
        q.iter().all(|x| x.text != "Any chance of a sequel?"),
        "{q:?}"
    );
    assert!(
        q.iter()
            .any(|x| x.speaker == "Sarah Jessica Parker" && x.text == "We have all said yes"),
        "{q:?}"
    );
}

#[test]
fn a_dash_credit_line_after_the_quote_names_the_speaker() {
    // 173-luther-two-part-special-commissions.txt
    let text = "Returning to BBC One for a two-part special is crime drama Luther starring the award winning Idris Elba in the title role of DCI John Luther.\n\n“Ever since we said goodbye to John Luther on Southwark Bridge, there’s hardly been a minute when I didn’t wonder what happened next. So I decided to find out. We’re putting the band back together; Luther is coming back where he belongs. Back to the BBC. Back to London. And back to work.” – Writer and Creator, Neil Cross";
    let q = quotes("Luther", Kind::Series, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Neil Cross");
    assert!(q[0].text.ends_with("And back to work."));
}

#[test]
fn intoned_is_a_speech_verb() {
    // 171-the-wolverine-mangold-sequel-talks.txt
    let text = "Jackman, Mangold In Sequel Talks for \"The Wolverine\"\n\nAlthough Hugh Jackman ominously intoned that his time as Wolverine is \"nearing the end\" just two months ago, it appears that day isn't arriving any time soon.";
    let q = quotes("The Wolverine", Kind::Movie, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Hugh Jackman");
    assert_eq!(q[0].text, "nearing the end");
}

#[test]
fn a_quote_that_ends_its_sentence_after_wrote_is_the_writers() {
    // 177-ek-villain-returns-second-schedule.txt (its first sentence, then
    // the fifth paragraph): the sentence after the quote opens with the
    // next speaker, who is not this quote's.
    let text = "Actor Tara Sutaria has begun shooting for the second schedule of Ek Villain Returns.\n\nArjun Kapoor also shared Tara Sutaria's story. Tara Sutaria and Arjun Kapoor jetted off to Goa on April 15. Tara shared a picture while going to the airport and wrote, “Aye Villain, you ready? Let’s go.” On the other hand, Arjun shared the pictures and wrote, “Aye Villain, Let’s do this.”";
    let q = quotes("Ek Villain", Kind::Movie, text);
    let said = |t: &str| q.iter().find(|x| x.text == t).map(|x| x.speaker.as_str());
    assert_eq!(
        said("Aye Villain, you ready? Let’s go."),
        Some("Tara Sutaria"),
        "{q:?}"
    );
    assert_eq!(
        said("Aye Villain, Let’s do this."),
        Some("Arjun Kapoor"),
        "{q:?}"
    );
}

#[test]
fn straight_single_marks_are_the_quotes_where_no_double_mark_is_used() {
    // 228-unreal-s4-renewed-zimmer.txt (Daily Mail), whole: every quote in
    // ' marks, beside apostrophes ("TCA's", "it's", "Critics' Choice").
    let text = include_str!("corpus/228-unreal-s4-renewed-zimmer.txt");
    let q = quotes("UnREAL", Kind::Series, text);
    let texts: Vec<&str> = q.iter().map(|x| x.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "I know we have gotten used to it being a summer show",
            "but I think in the long run it's actually much better for our show.",
            "did an incredible job",
            "We all know what we want the show to be and it's about who can step up and protect it, and Stacy is there to protect it",
        ],
        "{q:?}"
    );
    assert!(q.iter().all(|x| x.speaker == "Constance Zimmer"), "{q:?}");
    assert_eq!(q[0].outlet.as_deref(), Some("The Hollywood Reporter"));
}

#[test]
fn a_festival_attendee_is_no_speaker_and_a_role_word_is_no_first_name() {
    // 207-napoleon-dynamite-20th-anniversary.txt (straight single marks).
    let text = "Hundreds of fans joined the cast and crew of 'Napoleon Dynamite' on Wednesday, Jan. 24 to celebrate the 20th anniversary of the film.\nFestival attendee Anni Webb said she hopes more films can emulate the love and care seen in 'Napoleon Dynamite.'\n'This anniversary is really special. 20 years. I remember when it came out, I saw it then and I loved the humor, I loved the spirit of the film,' Webb said. 'It's very important these days to see that. I think we should see more of it.'\nCinematographer Munn Powell said he hopes the film's legacy will continue to inspire future filmmakers to go tell their own unique stories.\n'I hope that the legacy for BYU students is if you want to make something, then go make it,' Powell said.";
    let q = quotes("Napoleon Dynamite", Kind::Movie, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "Munn Powell");
    assert_eq!(q[0].role.as_deref(), Some("cinematographer"));
    assert!(q[0].text.starts_with("I hope that the legacy"), "{q:?}");
}

#[test]
fn she_after_a_that_clause_naming_someone_else_is_who_spoke_before() {
    // 246-secret-in-their-eyes-roberts-premiere.txt: "Ray" is named inside
    // what the actress revealed; "she explained" is still Roberts.
    let text = "Co-stars Julia Roberts, Dean Norris and Zoe Graham arrived at the Hammer Museum in Los Angeles on Wednesday night to celebrate the premiere of their latest film Secret in Their Eyes.\n\nThe thriller, written and directed by Billy Ray, follows three investigators — Jess (Roberts), Ray (Chiwetel Ejiofor) and Claire (Nicole Kidman) — who become torn apart after the unexplainable, brutal murder of Jess' daughter Carolyn. Thirteen years later, the case is re-opened, as Ray believes he has found the man who committed the crime, but there is a shocking secret that will unveil the truth.\n\nSpeaking to reporters about the difficulties of playing the emotional role of a grieving mother, Roberts noted that the biggest challenge she faced was \"trying to be truthful the whole time.\"\n\n\"It's so hard to make sense of it because you sound 'actor-y' and like you’re oversimplifying it, but really relay some person whose empty inside, but still participating fully in the movie,” she said.\n\nThe actress also revealed that Ray and her fellow co-stars played a big part in her decision to take on the character. \"Just the complexity of it that it wasn't going to be easy and that Billy Ray I think is such an inspired writer and director,\" she explained. \"Chiwetel was attached to it when they came to me and he's so incredible and enigmatic, and then Nicole was — I mean, honestly, we felt like we had won the lottery when she came on. It was amazing.\"";
    let q = quotes("Secret in Their Eyes", Kind::Movie, text);
    assert_eq!(q.len(), 4, "{q:?}");
    assert!(q.iter().all(|x| x.speaker == "Julia Roberts"), "{q:?}");
}

#[test]
fn a_sentence_that_runs_into_the_quote_through_a_dash_credits_its_subject() {
    // 244-insidious-sequel-not-a-sure-thing.txt: its headline, then the
    // fourth paragraph's first sentence and the fifth paragraph.
    let text = "Insidious Sequel Not A Sure Thing?\n\nSurprisingly, producer James Blum tells STYD that a follow-up isn’t a high priority.\n\nHe goes on to not rule one out in the future providing that writer Leigh Whannell comes up with a good enough idea – “If Leigh comes up with a story that’s inventive and that James feels is worth making – as opposed to ‘let’s make another movie and make money’ – we would do it. And if Leigh doesn’t, we won’t.”";
    let q = quotes("Insidious", Kind::Movie, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker, "James Blum");
    assert!(q[0].text.starts_with("If Leigh comes up"), "{q:?}");
}

#[test]
fn a_participle_after_a_comma_credits_its_clauses_subject_one_without_goes_on() {
    // 230-ted-lasso-s3-filming-begins.txt: "revealing," after a comma is
    // Lowney's; 231-paradise-s2-premiered.txt: "told Deadline teasing the new
    // season" leaves Brown the speaker of the next quote.
    let lasso = "Ted Lasso may not return to TV screens soon, but the team behind Apple TV+‘s darling hit comedy is already hard at work putting Season 3 together.\n\nCould there be more on the horizon though? “We hope it goes on,” Katzer shared. “Initially we were down for three, but it’s up in the air at the moment.” Fellow producer and director Declan Lowney reassured what’s to come, revealing, “There’s bound to be a bunch of surprises, things you didn’t see coming, some curveballs in there.”";
    let q = quotes("Ted Lasso", Kind::Series, lasso);
    let last = q.last().unwrap_or_else(|| panic!("no quotes"));
    assert_eq!(last.speaker, "Declan Lowney", "{q:?}");
    let paradise = "After wrapping its first season in March 2025, Hulu’s hit series “Paradise” has premiered its second season. Starring Sterling K. Brown, the thrilling drama returns with not one, but three new episodes as Brown’s character, Secret Service agent Xavier Collins, expands his quest to find his wife Teri Rogers-Collins.\n\n“There will be an exploration of the world outside of the bunker and what’s transpired over the past three years, so you’ll get a chance to see some things up close and personal,” Brown told Deadline teasing the new season. “It’s not the same. We were able to plan, with infrastructure and money. They were not, so you’ll see the difference between those two things.”";
    let q = quotes("Paradise", Kind::Series, paradise);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|x| x.speaker == "Sterling K. Brown"), "{q:?}");
}

#[test]
fn a_synopsis_announced_as_reading_as_follows_is_no_quote() {
    // 216-maleficent-2-filming-underway.txt: the first two paragraphs.
    let two = support::opening(
        include_str!("corpus/216-maleficent-2-filming-underway.txt"),
        2,
    );
    assert!(two.contains("which reads as follows."));
    let q = quotes("Maleficent", Kind::Movie, &two);
    assert!(
        q.iter().all(|x| !x.text.starts_with("A fantasy adventure")),
        "{q:?}"
    );
}

#[test]
fn the_title_or_its_numbered_sequel_in_marks_is_no_quote() {
    // 239-the-purge-3-july-2016.txt, whole: "is returning to pen the script
    // and likely direct ‘The Purge 3.’"
    let text = include_str!("corpus/239-the-purge-3-july-2016.txt");
    let q = quotes("The Purge: Anarchy", Kind::Movie, text);
    assert!(q.iter().all(|x| !x.text.starts_with("The Purge")), "{q:?}");
}

#[test]
fn a_capitalised_verb_inside_a_title_is_no_attribution() {
    // 256-death-note-wingard-sequel-hopes.txt: "Note" in "the Death Note
    // franchise" is no speech verb with "Death" as its subject.
    let text = include_str!("corpus/256-death-note-wingard-sequel-hopes.txt");
    let q = quotes("Death Note", Kind::Movie, text);
    let texts: Vec<&str> = q.iter().map(|x| x.speaker.as_str()).collect();
    assert_eq!(texts, ["Adam Wingard", "Adam Wingard"], "{q:?}");
    assert!(q[0].text.starts_with("At the end of the day"));
    assert!(q[1].text.starts_with("We kept it open as a sequel"));
}

#[test]
fn what_someone_had_to_say_introduces_a_block_without_marks() {
    // 261-station-eleven-season-2-chance.txt, whole.
    let text = include_str!("corpus/261-station-eleven-season-2-chance.txt");
    let q = quotes("Station Eleven", Kind::Series, text);
    let block = q
        .iter()
        .find(|x| x.text.starts_with("I think if we had the people"))
        .unwrap_or_else(|| panic!("{q:?}"));
    assert_eq!(block.speaker, "Patrick Somerville");
    assert_eq!(block.outlet.as_deref(), Some("Collider"));
}

#[test]
fn another_viewer_praising_the_star_is_not_the_star() {
    // 265-belgravia-first-episode-fans.txt, whole: "Another praised Tamsin Greig,
    // writing, “...”" after "One wrote, “...”".
    let text = include_str!("corpus/265-belgravia-first-episode-fans.txt");
    let q = quotes("Belgravia", Kind::Series, text);
    assert!(
        q.iter().all(|x| !x.text.starts_with("Absolutely loved")),
        "{q:?}"
    );
}

#[test]
fn an_analyst_named_in_apposition_is_no_source_but_a_fan_writer_is() {
    // 354-incredibles-2-record-opening.txt: the first two paragraphs; the
    // analyst's words are commentary.
    let two = support::opening(
        include_str!("corpus/354-incredibles-2-record-opening.txt"),
        2,
    );
    assert!(two.contains("said Paul Dergarabedian, senior media analyst at ComScore"));
    let q = quotes("The Incredibles", Kind::Movie, &two);
    assert!(q.is_empty(), "{q:?}");
    // 026-wanted-2-chris-morgan-script.txt: "Morgan, a longtime comics fan"
    // is the sequel's writer, whose words stay quotes.
    let q = quotes(
        "Wanted",
        Kind::Movie,
        include_str!("corpus/026-wanted-2-chris-morgan-script.txt"),
    );
    assert!(q.iter().any(|x| x.speaker == "Chris Morgan"), "{q:?}");
}

#[test]
fn a_two_word_answer_credited_in_its_own_sentence_is_a_quote() {
    // 210-crossroads-saldana-open.txt: the paragraph is the whole answer.
    let text = include_str!("corpus/210-crossroads-saldana-open.txt");
    assert!(text.contains("\"Why not?\" Saldaña said of a \"Crossroads\" sequel."));
    let q = quotes("Crossroads", Kind::Movie, text);
    assert!(
        q.iter()
            .any(|x| x.text == "Why not?" && x.speaker == "Zoe Saldaña"),
        "{q:?}"
    );
}

#[test]
fn a_show_someone_appeared_on_is_no_quote() {
    // 319-girls-trip-sequel-being-written.txt: the closing mark strays after
    // "recently".
    let text = include_str!("corpus/319-girls-trip-sequel-being-written.txt");
    assert!(text.contains("said while appearing on \"Watch What Happens Live recently\"."));
    let q = quotes("Girls Trip", Kind::Movie, text);
    assert!(q.iter().all(|x| !x.text.starts_with("Watch What")), "{q:?}");
    assert!(
        q.iter()
            .any(|x| x.text == "There is definitely talk of a sequel"),
        "{q:?}"
    );
}

#[test]
fn a_lone_labelled_answer_after_the_question_is_the_interviewees() {
    // 325-the-magicians-ending-s5.txt: "Sera answered the question this
    // way:" / "What can you tell us about the end?" / "Gamble: We really
    // spent ...". The question is the interviewer's.
    let q = quotes(
        "The Magicians",
        Kind::Series,
        include_str!("corpus/325-the-magicians-ending-s5.txt"),
    );
    assert!(
        q.iter()
            .any(|x| x.speaker == "Sera Gamble"
                && x.text.starts_with("We really spent a lot of time")),
        "{q:?}"
    );
    assert!(
        q.iter()
            .all(|x| !x.text.starts_with("What can you tell us")),
        "{q:?}"
    );
}

#[test]
fn a_fragment_closed_by_its_comma_before_the_speaker_is_spoken() {
    // 332-ghostbusters-frozen-empire-opening.txt: the opening mark is glued
    // to "a", which would otherwise make the words a label ("a “cult” hit").
    let text = include_str!("corpus/332-ghostbusters-frozen-empire-opening.txt");
    assert!(text.contains("was a\"surreal experience,\" Rudd told Entertainment Weekly."));
    let q = quotes("Ghostbusters: Afterlife", Kind::Movie, text);
    assert!(
        q.iter()
            .any(|x| x.text == "surreal experience" && x.speaker == "Paul Rudd"),
        "{q:?}"
    );
}

#[test]
fn a_two_word_answer_closed_by_its_comma_is_spoken() {
    // 209-willow-davis-enthusiastic.txt: `"No horseriding," he laughed.`, a
    // whole answer whose full stop became the comma before its credit.
    let qs = quotes(
        "Willow",
        Kind::Movie,
        include_str!("corpus/209-willow-davis-enthusiastic.txt"),
    );
    assert!(
        qs.iter()
            .any(|q| q.text == "No horseriding" && q.speaker == "Warwick Davis"),
        "{qs:#?}"
    );
}

#[test]
fn a_role_in_apposition_before_its_verb_speaks() {
    // 252-tron-legacy-boxleitner-done.txt: `“I don’t really care anymore,”
    // the actor, who reprised his 1982 film role in "Tron: Legacy," told
    // Slashfilm ...`, the actor being the Bruce Boxleitner named before.
    let qs = quotes(
        "Tron: Legacy",
        Kind::Movie,
        include_str!("corpus/252-tron-legacy-boxleitner-done.txt"),
    );
    for start in [
        "I don’t really care anymore",
        "I’m done with it. I’ve moved on.",
    ] {
        assert!(
            qs.iter()
                .any(|q| q.text.starts_with(start) && q.speaker == "Bruce Boxleitner"),
            "{start}: {qs:#?}"
        );
    }
    // The show he would not reboot, in marks with the full stop inside
    // them, is no quote of its own.
    assert!(
        !qs.iter().any(|q| q.text.starts_with("Scarecrow")),
        "{qs:#?}"
    );
}

#[test]
fn the_second_half_of_a_split_quote_keeps_the_credit_between() {
    // 282-billions-final-season-august-11.txt: `"...," Chris McCarthy,
    // President & CEO, Showtime/MTV Entertainment Studios and Paramount Media
    // Networks shared. "This final season ..."`: the companies in his title
    // are not the second half's speaker.
    let qs = quotes(
        "Billions",
        Kind::Series,
        include_str!("corpus/282-billions-final-season-august-11.txt"),
    );
    assert!(
        qs.iter()
            .any(|q| q.text.starts_with("This final season is packed full")
                && q.speaker == "Chris McCarthy"),
        "{qs:#?}"
    );
}

#[test]
fn a_block_quote_after_a_statement_given_by_a_named_company() {
    // 259-year-of-the-rabbit-no-second-series.txt: "In a relatively brief
    // and to the point statement, Channel 4 cited the ongoing pandemic as
    // the culprit for cancellation." then the statement in marks on its own.
    // ("Channel 4" is a broadcaster, not a fourth film of something else.)
    let qs = quotes(
        "Year of the Rabbit",
        Kind::Series,
        include_str!("corpus/259-year-of-the-rabbit-no-second-series.txt"),
    );
    assert!(
        qs.iter().any(
            |q| q.text.starts_with("We're hugely proud of this hilarious")
                && q.speaker == "Channel 4"
        ),
        "{qs:#?}"
    );
}

#[test]
fn in_other_words_keeps_the_topic() {
    // 444-rush-hour-4-tucker-hopes.txt: "In other words, Tucker wants
    // another installment ..." says it again; the star's quotes after it
    // are about the sequel.
    let q = quotes(
        "Rush Hour",
        Kind::Movie,
        include_str!("corpus/444-rush-hour-4-tucker-hopes.txt"),
    );
    assert!(
        q.iter()
            .any(|x| x.speaker == "Chris Tucker" && x.text.starts_with("I hope it happens")),
        "{q:?}"
    );
    assert!(
        q.iter()
            .any(|x| x.speaker == "Chris Tucker" && x.text.starts_with("I just want us to be free")),
        "{q:?}"
    );
}

#[test]
fn a_paragraph_quoting_in_marks_is_no_block_without_marks() {
    // 445-dumb-and-dumber-to-shooting.txt: "Jeff Daniels posted his own
    // tweet, showing off a photo ...:" (an image), then a paragraph of
    // narration with his marked quotes in it.
    let q = quotes(
        "Dumb and Dumber",
        Kind::Movie,
        include_str!("corpus/445-dumb-and-dumber-to-shooting.txt"),
    );
    assert!(
        !q.iter().any(|x| x.text.starts_with("Daniels just earned")),
        "{q:?}"
    );
    assert!(
        q.iter().any(
            |x| x.speaker == "Jeff Daniels" && x.text.starts_with("The intellectual free-fall")
        ),
        "{q:?}"
    );
}

#[test]
fn a_first_person_block_credited_by_a_dash_line() {
    // 412-extraordinary-attorney-woo-s2-no-decision.txt: statements without
    // marks, each followed by a line "— Lee Sang Baek"; the narration
    // before the second ("At the time, the CEO thrilled fans ...") is not
    // his.
    let q = quotes(
        "Extraordinary Attorney Woo",
        Kind::Series,
        include_str!("corpus/412-extraordinary-attorney-woo-s2-no-decision.txt"),
    );
    let his: Vec<&Quote> = q.iter().filter(|x| x.speaker == "Lee Sang Baek").collect();
    assert!(
        his.iter()
            .any(|x| x.text.starts_with("Thanks to the support of many people")),
        "{q:?}"
    );
    assert!(
        his.iter()
            .any(|x| x.text.contains("Our goal is to keep at least 90 percent")),
        "{q:?}"
    );
    assert!(!q.iter().any(|x| x.text.contains("thrilled fans")), "{q:?}");
}

#[test]
fn a_fragment_ending_its_credited_sentence_is_spoken() {
    // 426-lessons-in-chemistry-no-plans-s2.txt: "Larson said that ... was a
    // “great challenge.”" (not a scare quote like `a “cult” hit`).
    let q = quotes(
        "Lessons in Chemistry",
        Kind::Series,
        include_str!("corpus/426-lessons-in-chemistry-no-plans-s2.txt"),
    );
    assert!(
        q.iter()
            .any(|x| x.speaker == "Brie Larson" && x.text == "great challenge."),
        "{q:?}"
    );
}

#[test]
fn what_someone_called_it_in_marks_is_spoken() {
    // 414-thanksgiving-2-is-a-go.txt: `Roth, 51, called it a "dream"`.
    let q = quotes(
        "Thanksgiving",
        Kind::Movie,
        include_str!("corpus/414-thanksgiving-2-is-a-go.txt"),
    );
    assert!(
        q.iter()
            .any(|x| x.speaker == "Eli Roth" && x.text == "dream"),
        "{q:?}"
    );
}

#[test]
fn a_reviewer_is_no_one_who_speaks_for_the_show() {
    // 308-friends-from-college-s2-renewed.txt: "Variety‘s Maureen Ryan wrote
    // of the series in her review:" and a block of her review.
    let q = quotes(
        "Friends from College",
        Kind::Series,
        include_str!("corpus/308-friends-from-college-s2-renewed.txt"),
    );
    assert!(!q.iter().any(|x| x.speaker == "Maureen Ryan"), "{q:?}");
}

#[test]
fn a_credit_line_ending_in_a_colon_before_the_quote_names_the_speaker() {
    // 461-clarksons-farm-s3-halfway-through-production.txt: "Dan Grabiner,
    // Head of UK Originals, Amazon Studios: “We are delighted to be joining
    // the team for another year-in-the-life of Diddly Squat, ...”"
    let q = quotes(
        "Clarkson's Farm",
        Kind::Series,
        include_str!("corpus/461-clarksons-farm-s3-halfway-through-production.txt"),
    );
    let delighted = q
        .iter()
        .find(|q| {
            q.text
                .starts_with("We are delighted to be joining the team")
        })
        .expect("the quote after the credit line is found");
    assert_eq!(delighted.speaker, "Dan Grabiner");
}

#[test]
fn a_companys_execs_speak_for_it() {
    // 461-clarksons-farm-s3-halfway-through-production.txt: "Amazon Prime
    // execs said: "There are a lot of conversations like that going on. We
    // decided not to interrupt season 3 which is halfway through
    // production, ...""
    let x = support::read(
        "Clarkson's Farm",
        Kind::Series,
        include_str!("corpus/461-clarksons-farm-s3-halfway-through-production.txt"),
    );
    let q = x
        .quotes
        .iter()
        .find(|q| q.text.starts_with("There are a lot of conversations"))
        .expect("the execs' words are a quote");
    assert_eq!(q.speaker, "Amazon Prime");
    assert_eq!(
        x.status,
        sequel_radar_core::model::Status::InProduction,
        "{:?}",
        x.evidence
    );
}

#[test]
fn a_short_answer_in_its_own_paragraph_is_a_quote() {
    // 589-sinister-3-nope-blum.txt: "To which Blum simply replied." then a
    // paragraph of its own, "Nope. :(" (the emoticon is no title word).
    let q = support::read(
        "Sinister",
        Kind::Movie,
        include_str!("corpus/589-sinister-3-nope-blum.txt"),
    )
    .quotes;
    assert!(
        q.iter()
            .any(|q| q.speaker == "Jason Blum" && q.text == "Nope. :("),
        "{q:?}"
    );
}

#[test]
fn an_embedded_tweet_is_its_authors_quote() {
    // 605-the-exorcist-cancelled-fox.txt: "At the end of the day, ... You
    // decide how their story ends. — Jeremy Slater (@jerslater) May 11,
    // 2018", the creator's tweet as a paragraph without marks.
    let q = support::read(
        "The Exorcist",
        Kind::Series,
        include_str!("corpus/605-the-exorcist-cancelled-fox.txt"),
    )
    .quotes;
    assert!(
        q.iter().any(|q| q.speaker == "Jeremy Slater"
            && q.text.starts_with("At the end of the day")
            && q.text.ends_with("You decide how their story ends.")
            && q.outlet.as_deref() == Some("Twitter")),
        "{q:?}"
    );
}

#[test]
fn a_tweet_signed_on_the_next_line_is_a_quote_too() {
    // 443-hellboy-3-100-percent-not.txt: the tweet's text, then "—
    // Guillermo del Toro (@RealGDT) February 21, 2017" as a paragraph.
    let q = support::read(
        "Hellboy",
        Kind::Movie,
        include_str!("corpus/443-hellboy-3-100-percent-not.txt"),
    )
    .quotes;
    assert!(
        q.iter()
            .any(|q| q.speaker == "Guillermo del Toro" && q.text.starts_with("Hellboy 3 Sorry")),
        "{q:?}"
    );
}

#[test]
fn fans_and_outlets_tweets_are_no_quotes() {
    // 583-mirzapur-2-released-early.txt: viewers' tweets ("— Utkarsh Sinha
    // (@Utkarshsnh) October 22, 2020"), nobody the article names otherwise;
    // 354-incredibles-2-record-opening.txt: "— Rotten Tomatoes
    // (@RottenTomatoes) June 17, 2018", an outlet.
    let fans = support::read(
        "Mirzapur",
        Kind::Series,
        include_str!("corpus/583-mirzapur-2-released-early.txt"),
    )
    .quotes;
    assert!(
        fans.iter().all(|q| q.outlet.as_deref() != Some("Twitter")),
        "{fans:?}"
    );
    let outlet = support::read(
        "The Incredibles",
        Kind::Movie,
        include_str!("corpus/354-incredibles-2-record-opening.txt"),
    )
    .quotes;
    assert!(
        outlet.iter().all(|q| q.speaker != "Rotten Tomatoes"),
        "{outlet:?}"
    );
}

#[test]
fn a_tweets_picture_link_is_no_part_of_it() {
    // 058-jurassic-world-dominion-wraps.txt: "Wrap on Jurassic World
    // Dominion. ... We made a family. pic.twitter.com/svD3yURmHw — Colin
    // Trevorrow (@colintrevorrow) November 7, 2020".
    let q = support::read(
        "Jurassic World: Fallen Kingdom",
        Kind::Movie,
        include_str!("corpus/058-jurassic-world-dominion-wraps.txt"),
    )
    .quotes;
    assert!(
        q.iter().any(|q| q.speaker == "Colin Trevorrow"
            && q.text == "Wrap on Jurassic World Dominion. All my gratitude to our extraordinary crew and cast. We made a family."),
        "{q:?}"
    );
}

#[test]
fn an_outlets_own_words_are_no_quote() {
    // 654-loki-season-2-premiered.txt: "According to The New York Times, “As
    // season 2 commences, new worlds branch from the timeline, ...”" is the
    // paper's review.
    let q = quotes(
        "Loki",
        Kind::Series,
        include_str!("corpus/654-loki-season-2-premiered.txt"),
    );
    assert!(
        !q.iter()
            .any(|x| x.text.starts_with("As season 2 commences")),
        "{q:?}"
    );
}

#[test]
fn a_critics_verdict_in_a_review_is_no_quote() {
    // 657-the-penguin-premiere-viewers.txt: "In his review, our Alex Maidy
    // stated, “The Penguin easily becomes the best DC or Marvel television
    // series to date ...”".
    let q = quotes(
        "The Penguin",
        Kind::Series,
        include_str!("corpus/657-the-penguin-premiere-viewers.txt"),
    );
    assert!(
        !q.iter().any(|x| x.text.starts_with("The Penguin easily")),
        "{q:?}"
    );
}

#[test]
fn a_show_named_in_marks_with_small_words_is_no_quote() {
    // 667-taken-no-plans-for-taken-4.txt: "During a visit to “The Late Show
    // with Stephen Colbert”, the 64-year-old star was asked ...".
    let q = quotes(
        "Taken",
        Kind::Movie,
        include_str!("corpus/667-taken-no-plans-for-taken-4.txt"),
    );
    assert!(
        !q.iter().any(|x| x.text.starts_with("The Late Show")),
        "{q:?}"
    );
}

#[test]
fn a_quote_naming_a_subtitled_titles_franchise_is_about_it() {
    // 639-mystery-road-origin-s2-filming.txt: "“We are delighted to be on our
    // next Mystery Road journey, ...,” Bunya Productions Producer, Greer
    // Simpkin said." is about "Mystery Road: Origin".
    let q = quotes(
        "Mystery Road: Origin",
        Kind::Series,
        include_str!("corpus/639-mystery-road-origin-s2-filming.txt"),
    );
    assert!(
        q.iter()
            .any(|x| x.text.starts_with("We are delighted") && x.speaker == "Greer Simpkin"),
        "{q:?}"
    );
}

#[test]
fn a_company_describing_its_show_gives_a_synopsis_not_a_quote() {
    // 333-squid-game-s2-in-discussions.txt: "Netflix describes “Squid Game”
    // as a TV thriller starring ..., following “hundreds of cash-strapped
    // players ...”".
    let x = support::read(
        "Squid Game",
        Kind::Series,
        include_str!("corpus/333-squid-game-s2-in-discussions.txt"),
    );
    assert!(
        !x.quotes
            .iter()
            .any(|q| q.text.starts_with("hundreds of cash-strapped")),
        "{:?}",
        x.quotes
    );
    // 679-too-hot-to-handle-s2-lands-today.txt: "Describing the new series,
    // Netflix said: "The world's hottest no dating dating show is back. ...".
    let x = support::read(
        "Too Hot to Handle",
        Kind::Series,
        include_str!("corpus/679-too-hot-to-handle-s2-lands-today.txt"),
    );
    assert!(
        !x.quotes
            .iter()
            .any(|q| q.text.starts_with("The world's hottest")),
        "{:?}",
        x.quotes
    );
}

#[test]
fn an_outlets_own_writer_is_a_critic() {
    // 329-the-last-post-axed-one-series.txt: "with Radio Times TV editor
    // Alison Graham writing that the “sentimental ending is clearly set up to
    // facilitate a second series”".
    let x = support::read(
        "The Last Post",
        Kind::Series,
        include_str!("corpus/329-the-last-post-axed-one-series.txt"),
    );
    assert!(
        !x.quotes.iter().any(|q| q.speaker == "Alison Graham"),
        "{:?}",
        x.quotes
    );
    // 736-midnight-club-cancelled-one-season.txt: "Paste’s own Lacy Baugher
    // Milas wrote that The Midnight Club is a “surprisingly thoughtful
    // rumination ...”".
    let x = support::read(
        "The Midnight Club",
        Kind::Series,
        include_str!("corpus/736-midnight-club-cancelled-one-season.txt"),
    );
    assert!(
        !x.quotes.iter().any(|q| q.speaker == "Lacy Baugher Milas"),
        "{:?}",
        x.quotes
    );
}
