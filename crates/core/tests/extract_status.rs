//! The status ladder on real sentences: one cue family per test, then what
//! changes a cue (hedges, negation, scope, time). Every sentence is quoted
//! from a published article kept in tests/corpus/ (file named per case).

#[path = "support/read.rs"]
mod support;

use sequel_radar_core::model::{Kind, Status};
use support::read;

#[test]
fn rumored_from_open_to_a_sequel() {
    // 014-joker-phoenix-open-to-sequel.txt
    let x = read(
        "Joker",
        Kind::Movie,
        "It sounds like Joker star Joaquin Phoenix could be open to making a sequel to the movie.",
    );
    assert_eq!(x.status, Status::Rumored);
    assert_eq!(x.next.as_deref(), Some("Joker 2"));
}

#[test]
fn hedge_reportedly_caps_a_renewal_at_rumored() {
    // 016-ozark-reportedly-renewed.txt
    let x = read("Ozark", Kind::Series, "Netflix has reportedly renewed hit crime drama Ozark for a fourth season, as well as granting Warrior Nun and Fate: The Winx Saga second seasons before they have even premiered.");
    assert_eq!(x.status, Status::Rumored);
    assert_eq!(x.next.as_deref(), Some("Season 4"));
}

#[test]
fn in_talks_from_a_writer_in_talks() {
    // 024-halloween-sequel-writer-talks.txt
    let x = read("Halloween", Kind::Movie, "Collider broke the news that Teems is in talks to write the sequel to David Gordon Green‘s Halloween, which successfully brought the franchise into the modern era.");
    assert_eq!(x.status, Status::InTalks);
}

#[test]
fn confirmed_from_a_studio_moving_forward() {
    // 007-talk-to-me-sequel-a24.txt
    let x = read("Talk to Me", Kind::Movie, "Last year's Talk to Me was still in theaters when A24 revealed that it would be moving forward with a sequel from filmmakers Danny Philippou and Michael Philippou.");
    assert_eq!(x.status, Status::Confirmed);
    assert!(x.official);
}

#[test]
fn in_production_from_filming_begun() {
    // 009-shadow-and-bone-s2-filming.txt
    let x = read(
        "Shadow and Bone",
        Kind::Series,
        "Shadow & Bone season 2 has officially begun filming, according to one of its stars.",
    );
    assert_eq!(x.status, Status::InProduction);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn release_date_set_needs_a_day() {
    // 019-jumanji-2-release-date.txt
    let x = read(
        "Jumanji",
        Kind::Movie,
        "Jumanji 2 is scheduled to hit theaters on December 13, 2019.",
    );
    assert_eq!(x.status, Status::ReleaseDateSet);
    assert_eq!(x.release.as_deref(), Some("2019-12-13"));
    assert_eq!(x.next.as_deref(), Some("Jumanji 2"));
}

#[test]
fn released_when_the_next_installment_is_out() {
    // 033-dead-to-me-s2-now-streaming.txt
    let x = read(
        "Dead to Me",
        Kind::Series,
        "On Friday, Netflix finally dropped Dead to Me season 2.",
    );
    assert_eq!(x.status, Status::Released);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn cancelled_after_one_season_names_the_next_season() {
    // 032-kaos-cancelled-with-love-meghan-renewed.txt
    let x = read("Kaos", Kind::Series, "Netflix cancelled hit show Kaos after just one season, despite it bringing in a whopping 14.9 million views.");
    assert_eq!(x.status, Status::Cancelled);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn denied_by_the_director() {
    // 005-the-creator-no-sequel.txt
    let x = read(
        "The Creator",
        Kind::Movie,
        "Gareth Edwards is not interested in making a sequel to 'The Creator'.",
    );
    assert_eq!(x.status, Status::Denied);
    assert_eq!(x.next.as_deref(), Some("The Creator 2"));
}

#[test]
fn negation_denied_cancellation_is_no_cancellation() {
    // 040-cleveland-show-fox-denies-cancellation.txt
    let x = read(
        "The Cleveland Show",
        Kind::Series,
        "FOX denies that Cleveland Show is being cancelled (for now)",
    );
    assert_ne!(x.status, Status::Cancelled);
}

#[test]
fn negation_nothing_is_official_is_no_confirmation() {
    // The seed article (000-purple-hearts-2.txt): a hedge and "nothing is official".
    let x = read("Purple Hearts", Kind::Movie, "In that same interview, director Elizabeth Allen Rosenbaum said she \"won’t rule [Purple Hearts 2] out,\" but also nothing that nothing is official and they would need the right story in order to make it.");
    assert_eq!(x.status, Status::Rumored);
}

#[test]
fn negation_none_of_this_means_it_is_in_the_works() {
    // 013-starman-2-bridges-wish.txt
    let x = read(
        "Starman",
        Kind::Movie,
        "Of course, none of this means that there's a Starman 2 in the works ... yet.",
    );
    assert_ne!(x.status, Status::InTalks);
}

#[test]
fn scope_the_original_streaming_now_is_not_the_sequel() {
    // The seed article, last line.
    let x = read(
        "Purple Hearts",
        Kind::Movie,
        "Purple Hearts is streaming now on Netflix.",
    );
    assert_eq!(x.status, Status::Unknown);
    assert!(x.mentioned);
}

#[test]
fn scope_another_film_in_theaters_is_not_this_sequel() {
    // 006-the-invisible-man-no-sequel.txt
    let x = read("The Invisible Man", Kind::Movie, "Whannell's latest project, 'Wolf Man,' is now in theaters\nMeanwhile, Whannell is getting rave reviews for his latest film Wolf Man.");
    assert_eq!(x.status, Status::Unknown);
}

#[test]
fn scope_other_shows_cancelled_are_not_this_show() {
    // 043-7th-heaven-eleventh-season.txt
    let text = "ABC has officially cancelled sci-fi serial “Invasion”, budding sitcom “Freddie” and veteran comedy “Hope & Faith”.\nOver at the CW, the new amalgam of UPN and The WB, the network has given the greenlight to an eleventh season of “7th Heaven”, this despite the strong viewer turnout for the “series finale” a few days ago.";
    let x = read("7th Heaven", Kind::Series, text);
    assert_eq!(x.status, Status::Confirmed);
    assert_eq!(x.next.as_deref(), Some("Season 11"));
}

#[test]
fn a_cancellation_ends_the_ladder_over_an_earlier_renewal() {
    // 031-i-am-not-okay-with-this-cancelled.txt
    let x = read("I Am Not Okay with This", Kind::Series, "Here's some of the biggest shows that Netflix have cancelled after just one season, including I Am Not Okay With This, The Society and Julie & The Phantoms.\nCancelled: Renewed for season 2 before being cancelled amid the pandemic in August 2020.");
    assert_eq!(x.status, Status::Cancelled);
}

#[test]
fn time_an_old_quote_at_the_time_does_not_outrank_the_present() {
    // 044-wayward-pines-not-renewed.txt: an old hope "at the time", then the
    // article's present fact.
    let text = "\"Night [Shyamalan] has talked to both [Fox CEO] Dana [Walden] and me recently about the possibilities of what a third season could be,\" Madden revealed at the time.\nFans should not be surprised about the show's cancellation, though, since \"Wayward Pines\" has not put out any new episodes since the season 2 finale back in 2016. The future of the show has always been a point of contention, with its unimpressive ratings tipping it over for the axe.";
    let x = read("Wayward Pines", Kind::Series, text);
    assert_eq!(x.status, Status::Cancelled);
}

#[test]
fn no_cue_is_unknown() {
    // 002-purple-hearts-billboard-premiere.txt
    let x = read(
        "Purple Hearts",
        Kind::Movie,
        "The script had purple hearts drawn on the cover.",
    );
    assert_eq!(x.status, Status::Unknown);
    assert_eq!(x.evidence, None);
}

#[test]
fn short_titles_need_the_title_case_and_film_words() {
    // 036-it-chapter-2-box-office.txt
    let x = read("It", Kind::Movie, "After a couple of lacklustre weeks of holdovers and modest new releases, It Chapter 2 has brought the US box office back to life with a three-day opening of $91 million.");
    assert!(x.mentioned);
    assert_eq!(x.status, Status::Released);
    assert_eq!(x.next.as_deref(), Some("It Chapter 2"));
    // The pronoun is not the film (003-purple-hearts-vmas-access.txt).
    let y = read(
        "It",
        Kind::Movie,
        "It was incredible. You it’s the most surreal feeling in the world.",
    );
    assert!(!y.mentioned);
}

#[test]
fn a_long_answer_to_a_question_about_a_revival_is_in_scope() {
    // 078-friends-reunion-no-revival.txt: the denial is deep inside the answer.
    let x = read("Friends", Kind::Series, "The Friends actors do sort-of recreate the famous trivia game scene from the series, but is there a chance they'll soon be back in character for a genuine revival, whether that be through another spinoff or even a reunion movie? Any fans wanting that to happen shouldn't be holding their breath. In a new interview with THR, series creators Marta Kauffman and David Crane, along with executive producer and director Kevin Bright completely shut down the idea. Here's what Bright said when asked if there would ever be a new spinoff or revival of any kind.\n\n\"No, because it won't be as good. These six actors, the time, the place, everything was special. We don't want to look at the show as a brand that you just spin it off into another generation. If we were going to do it, we want to do something maybe with the six characters, but we don't want to do that because as Crane says, 'We'd have to undo everything we did to make another show happen.' And we're not interested in doing it. It was a perfect ending; don't touch it. \"");
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn in_talks_from_meetings_with_the_studio() {
    // 082-neighbors-2-meetings.txt
    let x = read("Neighbors", Kind::Movie, "That's the word from star and producer Seth Rogen, who said during a recent appearance at the Produced By conference that he and \"Neighbors\" co-producer Evan Goldberg have been taking meetings with studio brass about the possibility of a follow-up to the hit comedy.");
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
}

#[test]
fn confirmed_when_the_title_will_be_returning_for_a_second_series() {
    // 047-the-night-manager-second-series.txt
    let x = read("The Night Manager", Kind::Series, "First up, a real shocker as The Night Manager will finally be returning for a second series.");
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Series 2"));
}

#[test]
fn in_talks_from_there_are_plans() {
    // 054-heat-2-mann-plans.txt
    let x = read("Heat", Kind::Movie, "During the most famous scene in writer-director Michael Mann's 1995 crime thriller Heat Robert De Niro's master criminal Neil McCauley and Al Pacino's obsessive cop Vincent Hanna sit down in a diner to size up each other and compare notes, both professional and personal.\n\nSix years later, Mann revisited the same creative well for Heat. A moderate commercial success on its release, the film has, in the intervening years, acquired the status of a classic thanks to Mann's masterful, muscular, reinvention of the cops-and-robbers genre and the contributions from a deep-bench cast which also includes Jon Voight, Natalie Portman, Tom Sizemore, and Val Kilmer who played McCauley's right-hand man, Chris Shiherlis. Now, Mann has returned to the story's central characters again with the just-published novel Heat 2, which in recent interviews he has talked about adapting into a new film. \"There are plans… but I can't talk about them,\" Mann, currently at work");
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
}

#[test]
fn denied_from_not_intending_to_make_a_sequel() {
    // 090-lucy-besson-no-sequel.txt
    let x = read(
        "Lucy",
        Kind::Movie,
        "'Lucy' director Luc Besson doesn't intend to make a sequel to the action film.",
    );
    assert_eq!(x.status, Status::Denied);
}

#[test]
fn denied_from_never_going_to_happen() {
    // 105-maniac-no-season-2.txt
    let x = read("Maniac", Kind::Series, "Sorry to those who binged the whole thing over the weekend and are craving more, but Maniac season 2 is never going to happen.");
    assert_eq!(x.status, Status::Denied);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn cancelled_from_a_network_not_moving_forward_or_deciding_against_renewal() {
    // 108-lovecraft-country-cancelled.txt
    let x = read("Lovecraft Country", Kind::Series, "“We will not be moving forward with a second season of Lovecraft Country,” HBO said in a statement to Deadline, who first reported the story.");
    assert_eq!(x.status, Status::Cancelled);
    // The paragraph names the title first; "its renewal" is that title's.
    let x = read("Lovecraft Country", Kind::Series, "In Lovecraft Country, dark fantasy met pulp fiction at the epicenter of racial storytelling. Created and executive produced by Misha Green, the HBO show’s first season entranced an expansive audience that even eclipsed viewership records on the network’s streaming service. Now, the wondrous journey into terror, guided by Jim Crow chronicles, has come to an unsettling end as HBO has decided against its renewal.");
    assert_eq!(x.status, Status::Cancelled);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn in_talks_from_very_early_talks_about_a_possible_sequel() {
    // 111-avatar-early-talks.txt: "possible" is what the talks are about, not a hedge.
    let x = read("Avatar", Kind::Movie, "According to The Hollywood Reporter and Spill.com, News Corp. is in very early  talks with James  Cameron about a possible Avatar  sequel.");
    assert_eq!(x.status, Status::InTalks);
    // 110-jumper-2-christensen-talks.txt
    let x = read("Jumper", Kind::Movie, "Kristen Stewart in 'Jumper' 2?\n\nIn an interview with MTV, star Hayden Christensen said talks are now underway regarding the once-mooted sequel.");
    assert_eq!(x.status, Status::InTalks);
}

#[test]
fn an_announcement_after_a_reported_green_light_is_not_hedged() {
    // 101-deadpool-2-officially-go.txt
    let x = read("Deadpool", Kind::Movie, "After reportedly receiving the green light back in February of this year, Fox co-Chairman Stacey Snider has announced that ‘Deadpool 2’ is officially a ‘go’.");
    assert_eq!(x.status, Status::Confirmed);
    // The report alone stays a rumour.
    let x = read(
        "Deadpool",
        Kind::Movie,
        "Deadpool 2 has reportedly received the green light from Fox.",
    );
    assert_eq!(x.status, Status::Rumored);
}

#[test]
fn see_you_on_a_date_sets_the_release() {
    // 103-a-quiet-place-2-wraps.txt
    let text = "That's a wrap! Director John Krasinski has revealed that filming has wrapped on A Quiet Place 2. Taking to Twitter, he shared the photo with the following caption.\n\n\"Well... that's a wrap on #PartII See you on March 20th!\"";
    let x = support::read_on("A Quiet Place", Kind::Movie, text, "2019-09-25");
    assert_eq!(x.status, Status::ReleaseDateSet);
    assert_eq!(x.release.as_deref(), Some("2020-03-20"));
}

#[test]
fn a_list_heading_names_the_title_of_the_paragraph_under_it() {
    // 093-pushing-daisies-cancelled.txt
    let text = "1. Pushing Daisies\n\nAlready affected by the writers’ strike, Bryan Fuller’s quirky detective comedy-drama about a pie maker who could bring people to life was cancelled after two seasons. Why? No-one knew.\n\n2. Firefly\n\nAh, Firefly. The show most often held up as a shining example of something beautiful cut down in its prime.";
    let x = read("Pushing Daisies", Kind::Series, text);
    assert_eq!(x.status, Status::Cancelled);
    assert_eq!(x.next.as_deref(), Some("Season 3"));
    // Firefly's paragraph is Firefly's.
    let x = read("Firefly", Kind::Series, text);
    assert_eq!(x.status, Status::Unknown);
}

#[test]
fn next_label_without_the_marks_around_the_title() {
    // 110-jumper-2-christensen-talks.txt
    let x = read("Jumper", Kind::Movie, "Kristen Stewart in 'Jumper' 2?\n\nIn an interview with MTV, star Hayden Christensen said talks are now underway regarding the once-mooted sequel.");
    assert_eq!(x.next.as_deref(), Some("Jumper 2"));
}

#[test]
fn a_title_numbered_by_volume_names_its_next_volume() {
    // 076-guardians-vol-3-script-written.txt: the article's shorthand
    // "Guardians of the Galaxy 3" is Vol. 3.
    let q = sequel_radar_core::extract::TitleQuery {
        name: "Guardians of the Galaxy Vol. 2".into(),
        kind: Kind::Movie,
        year: Some(2017),
        aliases: vec![
            "Guardians of the Galaxy 2".into(),
            "Guardians of the Galaxy".into(),
        ],
    };
    let x = sequel_radar_core::extract::extract(&q, "James Gunn may be busy working on The Suicide Squad and the Peacemaker spin-off HBO Max TV show, which is set to start filming soon, but Guardians of the Galaxy 3 is also moving ahead.", None);
    assert_eq!(x.next.as_deref(), Some("Guardians of the Galaxy Vol. 3"));
}

#[test]
fn after_a_season_of_chaos_counts_no_season() {
    // 109-you-s3-gamble-qa.txt
    let text = "You's third season did not mess around. And after a season of chaos, Joe (Penn Badgley) and Love (Victoria Pedretti) came to the conclusion that they're not meant to be.\n\nEW spoke with You showrunner Sera Gamble about the rollercoaster of a season, that ending, and what season 4 might hold.";
    let x = read("You", Kind::Series, text);
    assert_eq!(x.status, Status::Unknown);
    assert_eq!(x.next.as_deref(), Some("Season 4"));
}

#[test]
fn no_season_for_the_title_is_a_cancellation() {
    // 106-limitless-cancelled.txt
    let x = read("Limitless", Kind::Series, "The last show hanging by a thread while waiting for an answer was the drama Limitless, but the decision was made today that 22 episodes was CBS’ limit for what it wants to give viewers, and the cancellation order was given. No Season 2 for Limitless.");
    assert_eq!(x.status, Status::Cancelled);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn a_studio_locking_in_a_date_sets_it_and_a_movie_title_drops_its_movie_for_the_sequel() {
    // 119-the-simpsons-movie-2-july-2027.txt
    let x = read(
        "The Simpsons Movie",
        Kind::Movie,
        "20th Century Studios has locked in July 23, 2027 for \"The Simpsons 2,\" bumping a Marvel film from the slot. After 20 years, everyone's favorite Springfield family is heading back to the big screen.",
    );
    assert_eq!(x.status, Status::ReleaseDateSet);
    assert_eq!(x.next.as_deref(), Some("The Simpsons 2"));
}

#[test]
fn a_passive_confirmation_of_the_installment_confirms_it() {
    // 123-the-responder-s2-in-for-a-treat.txt
    let x = read(
        "The Responder",
        Kind::Series,
        "The show's first series was critically acclaimed, with reviewers wowed by Freeman's performance in The Responder.\nThe second series was confirmed last March after strong ratings but no air date has yet been revealed.",
    );
    assert_eq!(x.status, Status::Confirmed);
}

#[test]
fn a_director_not_returning_is_no_cancellation() {
    // 118-suicide-squad-2-cozad-negotiating.txt
    let x = read(
        "Suicide Squad",
        Kind::Movie,
        "The Legend of Tarzan screenwriter Adam Cozad is negotiating to write the screenplay for Warner Bros. and D.C. Entertainment’s Suicide Squad sequel, EW has confirmed.\n\nDavid Ayer wrote and directed the original, which grossed some $745 million worldwide, but was met with mixed critical reactions. He is not returning to direct the sequel, but is working on another D.C. project focused on the female villains from the comic book canon, including Suicide Squad’s Margot Robbie.",
    );
    assert_ne!(x.status, Status::Cancelled);
    assert_ne!(x.status, Status::Denied);
}

#[test]
fn in_conversation_with_someone_on_stage_is_no_talks() {
    // 112-free-guy-still-talking.txt
    let x = read(
        "Free Guy",
        Kind::Movie,
        "Headlining the four-day Just For Laughs comedy festival at the O2 Arena in London, Reynolds appeared in conversation with his 'Deadpool 2' co-star Rob Delaney who asked whether he was planning a sequel to any of the films he has produced, which include 'Free Guy', reports Variety.",
    );
    assert_eq!(x.status, Status::Unknown, "{:?}", x.evidence);
}

#[test]
fn a_speakers_next_quote_stays_on_the_sequel_he_was_answering_about() {
    // 112-free-guy-still-talking.txt: the last quote names nothing, but it
    // goes on from the answer about a sequel.
    let x = read(
        "Free Guy",
        Kind::Movie,
        "'Deadpool' star Ryan Reynolds has cast doubt on the long-hoped for 'Free Guy' sequel.\n\"It would be fun,\" Reynolds replied. \"I would love it. But also like, does everything fucking have to be a sequel? I don't know.\n\"So you know, there's a bit of a push and pull there,\" Reynolds said, quoted by Variety. \"No, the first movie validates the first one and then you can leave it at that. So I don't know, we're still talking about it.\"",
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
    assert!(
        x.evidence
            .as_deref()
            .is_some_and(|e| e.ends_with("we're still talking about it.")),
        "{:?}",
        x.evidence
    );
}

#[test]
fn seeing_a_sequel_is_a_wish() {
    // 127-sleep-dealer-killer-sequel.txt
    let x = read(
        "Sleep Dealer",
        Kind::Movie,
        "His political cyberpunk opus, Sleep Dealer hasn't even hit theaters yet and already director Alex Rivera is talking sequel.",
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Sleep Dealer 2"));
    let x = read(
        "Sleep Dealer",
        Kind::Movie,
        "Sleep Dealer is out.\n\n\"I can absolutely see a killer sequel, and I'd love to explore the character of the drone pilot,\" director Alex Rivera said.",
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
}

#[test]
fn an_opening_weekend_twelve_words_after_the_sequel_in_one_clause_is_its_release() {
    // 138-smile-2-opening-weekend.txt
    let x = read(
        "Smile",
        Kind::Movie,
        "\u{201C}Smile 2\u{201D} has carved out a decent $23 million in its opening weekend, easily topping the otherwise sleepy North American box office charts.",
    );
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
}

#[test]
fn confirming_talks_is_talks() {
    // 140-bodyguard-madden-talks.txt
    for s in [
        "Bodyguard actor Richard Madden confirms talks for season 2 are happening",
        "Richard Madden \u{2013} who played the eponymous bodyguard in the series \u{2013} has since confirmed that talks with showrunner Jed Mercurio about a follow-up are taking place.",
    ] {
        let x = read("Bodyguard", Kind::Series, s);
        assert_eq!(x.status, Status::InTalks, "{s}");
    }
}

#[test]
fn opening_up_about_hopes_and_a_novel_named_conversations_say_nothing() {
    // 142-normal-people-s2-hopes.txt
    let x = read(
        "Normal People",
        Kind::Series,
        "Normal People stars Paul Mescal and Daisy Edgar-Jones have opened up about their hopes for a second season of the hugely popular BBC Three show.\n\nWhile season two has yet to be confirmed, it was recently revealed that Sally's other novel, Conversations with Friends, will also be adapted into a series by the same team behind Normal People.",
    );
    assert_eq!(x.status, Status::Unknown, "{:?}", x.evidence);
}

#[test]
fn a_sequel_being_shot_is_in_production() {
    // 146-siones-wedding-2-filming.txt
    let x = read(
        "Sione's Wedding",
        Kind::Movie,
        "The original had marriage as its central focus, but death could play a key part in the sequel to the hit Kiwi film Sione's Wedding, which was being shot on the streets of Auckland this week.",
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
}

#[test]
fn confirmed_for_a_day_next_year_sets_the_release_date() {
    // 137-dolphin-tale-2-sequel-watch.txt (published June 2013)
    let x = support::read_on(
        "Dolphin Tale",
        Kind::Movie,
        "\u{2013} Dolphin Tale 2 has been confirmed for September 19th next year, and the original cast and director are all set to return.",
        "2013-06-20",
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert_eq!(x.release.as_deref(), Some("2014-09-19"));
}

#[test]
fn a_film_described_by_its_subtitle_has_a_sequel_named_by_its_short_name() {
    // 129-solo-no-sequel-planned.txt
    let q = sequel_radar_core::extract::TitleQuery {
        name: "Solo: A Star Wars Story".into(),
        kind: Kind::Movie,
        year: Some(2018),
        aliases: vec!["Solo".into()],
    };
    let x = sequel_radar_core::extract::extract(
        &q,
        "No plans for Solo: A Star Wars Story sequel, says Ron Howard\n\nRon Howard has revealed there is \"no sequel planned\" for 'Solo: A Star Wars Story' at the moment.",
        None,
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Solo 2"));
}

#[test]
fn another_show_renewed_in_the_passive_is_not_ours() {
    // 143-schitts-creek-final-season.txt
    let x = read(
        "Schitt's Creek",
        Kind::Series,
        "Schitt's Creek will end.\n\nDespite a TV landscape where The Simpsons has been greenlit through a 32nd season, Law and Order: Special Victims Unit is currently midway its 20th and The Big Bang Theory is winding down on a 12th, there's a distinct segment of creators willing to put an early end-date on their hit shows.",
    );
    assert_ne!(x.next.as_deref(), Some("Season 32"), "{:?}", x.evidence);
    assert_ne!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn not_interested_in_a_sequel_and_there_will_not_be_one_are_denials() {
    // 145-the-witch-no-franchise.txt
    for s in [
        "Sorry, fans of The Witch. The director behind one of the most original horror movies in years is not interested in rehashing his thriller for a sequel.",
        "And The Witch 2 would surely be an even bigger hit as The Witch gains more of an audience on the home market and VOD. But there will not be a Witch franchise any time in the near future.",
    ] {
        let x = read("The Witch", Kind::Movie, s);
        assert_eq!(x.status, Status::Denied, "{s}");
    }
}

#[test]
fn an_actor_not_interested_in_returning_denies_nothing() {
    // 051-us-peele-open-to-sequel.txt
    let x = read(
        "Us",
        Kind::Movie,
        "Actress Lupita Nyong\u{2019}o has previously indicated she\u{2019}s not interested in returning for a follow-up to Us.",
    );
    assert_ne!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn there_will_be_no_next_season_is_a_cancellation() {
    // 132-bones-no-season-13-listicle.txt
    let x = read(
        "Bones",
        Kind::Series,
        "Bones had a very respectable 12 season run. There will be no season 13, and the original season finale for season 12 is much different than the creator had pictured in his mind.",
    );
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 13"));
}

#[test]
fn a_dvd_release_of_the_film_is_not_its_sequels() {
    // 128-sahara-script-being-written.txt
    let x = read(
        "Sahara",
        Kind::Movie,
        "During a recent interview with Breck Eisner about the upcoming release of Sahara on DVD, the director hinted at the possibilty of an upcoming sequel.",
    );
    assert_ne!(x.status, Status::Confirmed, "{:?}", x.evidence);
    assert_ne!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
}

#[test]
fn the_articles_own_sentence_is_better_evidence_than_its_headline() {
    // 131-the-time-of-our-lives-axed.txt
    let x = read(
        "The Time of Our Lives",
        Kind::Series,
        "ABC drama The Time of Our Lives axed\n\nThe ABC has confirmed its drama The Time of Our Lives has been axed, nearly a full day after one of the series stars broke the news on Twitter.",
    );
    assert_eq!(x.status, Status::Cancelled);
    assert_eq!(
        x.evidence.as_deref(),
        Some("The ABC has confirmed its drama The Time of Our Lives has been axed, nearly a full day after one of the series stars broke the news on Twitter.")
    );
    // 086-american-gods-s3-likely.txt: the same for a climbing level.
    let x = read(
        "American Gods",
        Kind::Series,
        "'American Gods' Likely to Be Renewed for Season 3\n\nAccording to a new report from Deadline, it's likely that the Starz series will be renewed for a third season.",
    );
    assert_eq!(x.status, Status::Rumored);
    assert!(
        x.evidence
            .as_deref()
            .is_some_and(|e| e.starts_with("According to")),
        "{:?}",
        x.evidence
    );
}

#[test]
fn a_recap_of_a_season_premiere_means_it_aired() {
    // 075-pretty-little-liars-s3-premiere.txt
    let x = read(
        "Pretty Little Liars",
        Kind::Series,
        "'Pretty Little Liars' Season 3 Premiere Recap: 'It Happened That Night'",
    );
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 3"));
}

#[test]
fn a_short_title_in_single_curly_marks_is_found() {
    // 115-veep-renewed-iannucci-exit.txt: "Veep" is a short title, found
    // only when written as the title is; the closing mark is no part of it.
    let x = read(
        "Veep",
        Kind::Series,
        "HBO renews \u{2018}Veep\u{2019} & \u{2018}Silicon Valley\u{2019}, \u{2018}Game of Thrones\u{2019} attracts record ratings",
    );
    assert!(x.mentioned);
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn a_return_on_a_day_sets_the_release_date_even_without_a_year() {
    // 158-killing-eve-s3-heathcote-april.txt (no publication date known)
    let q = sequel_radar_core::extract::TitleQuery {
        name: "Killing Eve".into(),
        kind: Kind::Series,
        year: None,
        aliases: vec!["KE".into()],
    };
    let x = sequel_radar_core::extract::extract(
        &q,
        "Killing Eve is back.\n\nKE makes its return for season three on April 12.",
        None,
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert_eq!(x.release.as_deref(), Some("April 12"));
    assert_eq!(x.next.as_deref(), Some("Season 3"));
}

#[test]
fn a_disclaimer_that_nothing_is_official_leaves_the_paragraph_a_rumour() {
    // 147-happy-death-day-sequel-unofficial.txt
    let x = read(
        "Happy Death Day",
        Kind::Movie,
        "Get ready to blow out your birthday candles again! Happy Death Day is getting a sequel. The sleeper hit, directed by Christopher B. Landon and produced by Blumhouse, received positive reviews for its humorously unconventional twist on the slasher genre. Though the team behind the film has not confirmed anything officially, Geek Vibes Nation broke the news on Twitter.",
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
    // Without the disclaimer the same news is a confirmation.
    let x = read(
        "Happy Death Day",
        Kind::Movie,
        "Get ready to blow out your birthday candles again! Happy Death Day is getting a sequel.",
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn a_numbered_titles_next_number_is_its_next_installment() {
    // 148-pitch-perfect-2-banks-hints-3.txt
    let x = read(
        "Pitch Perfect 2",
        Kind::Movie,
        "So it\u{2019}s no surprise that director Elizabeth Banks, who also starred in the movie, is already hinting at the possibility of Pitch Perfect 3.",
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Pitch Perfect 3"));
}

#[test]
fn sequels_in_general_are_not_this_titles() {
    // 148-pitch-perfect-2-banks-hints-3.txt
    let x = read(
        "Pitch Perfect 2",
        Kind::Movie,
        "Universal Pictures\u{2019} Pitch Perfect 2 topped the box office.\n\nMost sequels that aren\u{2019}t a part of a blockbuster franchise have had subpar debuts compared to their originals this year.",
    );
    assert_ne!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn a_sequel_that_was_only_a_joke_is_denied() {
    // 165-eeaao-daniels-sequel-joke.txt
    let x = read(
        "Everything Everywhere All at Once",
        Kind::Movie,
        "Everything Everywhere All at Once directors the Daniels (AKA Daniel Kwan and Daniel  Scheinert) have confirmed that a previous comment about a sequel to the movie was only a joke.",
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn a_show_axed_after_one_series_is_counted_the_british_way() {
    // 162-press-bbc-axed-one-series.txt
    let x = read(
        "Press",
        Kind::Series,
        "BBC has axed newspaper drama \u{2018}Press\u{2019} after just one series.",
    );
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Series 2"));
}

#[test]
fn a_shouted_label_is_written_the_titles_way() {
    // 083-district-9-sequel-rumor-not-true.txt
    let x = read(
        "District 9",
        Kind::Movie,
        "DISTRICT 10 (Production title at least) is now in pre-production with filming to start in the October time frame this year.",
    );
    assert_eq!(x.next.as_deref(), Some("District 10"));
}

#[test]
fn no_plans_to_shoot_sequels_back_to_back_is_no_denial() {
    // 149-dragon-tattoo-fire-zaillian-talks.txt
    let x = read(
        "The Girl with the Dragon Tattoo",
        Kind::Movie,
        "When David Fincher told us at Comic-Con that there are no plans to shoot back-to-back follow-ups for his upcoming adaptation of Stieg Larsson's \"The Girl With the Dragon Tattoo,\" he was no doubt telling the truth.",
    );
    assert_ne!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn deal_talks_that_have_begun_are_talks() {
    // 149-dragon-tattoo-fire-zaillian-talks.txt (the headline)
    let x = read(
        "Dragon Tattoo",
        Kind::Movie,
        "'Dragon Tattoo' Follow-Up 'The Girl Who Played With Fire' Talks Begin With Writer Steve Zaillian",
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
}

#[test]
fn a_show_committed_to_next_season_is_confirmed() {
    // 153-true-detective-mcconaughey-open.txt (first and fourth paragraphs)
    let x = read(
        "True Detective",
        Kind::Series,
        "While his role was only designed to last one season, Matthew McConaughey told Deadline that he might have interest in bringing Rust Cohle back for another season of True Detective.\n\nAs fun as that would be, it does not seem like that is going to happen anytime soon. The show has already committed to an entirely new plot arc next season, with three brand new leads (actors TBA, plot details hazy) instead of last season\u{2019}s two.",
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn back_on_our_screens_for_the_second_series_is_released() {
    // 160-broadchurch-s2-twitter-reaction.txt
    let x = read(
        "Broadchurch",
        Kind::Series,
        "#BroadchurchReturns: the Twitter reaction\n\nDavid Tennant and Olivia Colman were back on our screens tonight for the second series of the ITV drama \u{2013} but what did social media make of it?\n\nAfter nearly two years of waiting, Broadchurch is back.",
    );
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Series 2"));
}

#[test]
fn a_subtitled_name_beats_the_numbered_shorthand() {
    // 124-black-panther-wakanda-forever-opens.txt
    let x = read(
        "Black Panther",
        Kind::Movie,
        include_str!("corpus/124-black-panther-wakanda-forever-opens.txt"),
    );
    assert_eq!(x.next.as_deref(), Some("Black Panther: Wakanda Forever"));
}

#[test]
fn a_season_of_eight_episodes_is_not_season_eight() {
    // 153-true-detective-mcconaughey-open.txt
    let x = read(
        "True Detective",
        Kind::Series,
        "He said that \u{201C}[one season] was always how I saw it. One season, eight episodes, a finite beginning, middle and end, goodbye, look forward to watching it. If HBO had wanted an option on me for a Season 2 or 3, I wouldn\u{2019}t have done it.\u{201D}\n\nAs fun as that would be, it does not seem like that is going to happen anytime soon. The show has already committed to an entirely new plot arc next season, with three brand new leads (actors TBA, plot details hazy) instead of last season\u{2019}s two.",
    );
    assert_ne!(x.next.as_deref(), Some("Season 8"));
}

#[test]
fn a_spanner_in_the_works_is_no_project_in_the_works() {
    // 169-hocus-pocus-parker-we-have-all-said-yes.txt
    let x = read(
        "Hocus Pocus",
        Kind::Movie,
        "While Parker\u{2019}s comments are certainly a spanner in the works when it comes to a Hocus Pocus sequel, all is not lost.",
    );
    assert_ne!(x.status, Status::InTalks, "{:?}", x.evidence);
}

#[test]
fn filming_about_to_begin_is_not_yet_production() {
    // 174-john-wick-2-filming-about-to-begin.txt
    let x = read(
        "John Wick",
        Kind::Movie,
        "Filming for John Wick 2 is about to begin, Thunder Road Pictures confirmed on Wednesday (23rd September).",
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn shooting_begun_stays_production_despite_a_later_future_clause() {
    // 176-the-village-series-two-shooting.txt
    let x = read(
        "The Village",
        Kind::Series,
        "Shooting has begun on the second series of critically acclaimed BBC One drama The Village this week, with six new episodes due to hit our screens later this year.",
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Series 2"));
}

#[test]
fn title_returns_is_a_sequel_name_and_no_return_cue() {
    // 177-ek-villain-returns-second-schedule.txt
    let x = read(
        "Ek Villain",
        Kind::Movie,
        "Actor Tara Sutaria has begun shooting for the second schedule of Ek Villain Returns. The actor took to her official Instagram on April 17 and posted a boomerang of Ek Villain Returns clapboard.",
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Ek Villain Returns"));
}

#[test]
fn a_cue_word_inside_the_title_is_no_cue() {
    // 178-the-returned-s2-air-date-updates.txt (headline)
    let x = read(
        "The Returned",
        Kind::Series,
        "The Returned season 2: premiere air date",
    );
    assert_ne!(x.status, Status::Released, "{:?}", x.evidence);
}

#[test]
fn the_sequel_which_opened_is_released() {
    // 182-padre-no-hay-mas-que-uno-2-spain.txt
    let x = read(
        "Padre No Hay M\u{e1}s Que Uno",
        Kind::Movie,
        "The sequel in question is titled Padre No Hay M\u{e1}s Que Uno 2 (Father There Is Only One 2) and it is produced by Sony Pictures International Productions and Bowfinger. It is a family comedy sequel of a film released in 2019. The first part had grossed $15.9 million whereas the sequel, which opened on 29th July, could end up at over $17 million.",
    );
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
}

#[test]
fn a_trade_that_reports_talks_is_no_hedge() {
    // 171-the-wolverine-mangold-sequel-talks.txt
    let x = read(
        "The Wolverine",
        Kind::Movie,
        "Deadline reports director James Mangold has begun negotiations with Fox for a sequel to this summer's \"The Wolverine,\" \"with Hugh Jackman bringing back his signature character with the razor sharp adamantium hooks.\"",
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
}

#[test]
fn earlier_reports_are_still_reports() {
    // 040-cleveland-show-fox-denies-cancellation.txt
    let x = read(
        "The Cleveland Show",
        Kind::Series,
        include_str!("corpus/040-cleveland-show-fox-denies-cancellation.txt"),
    );
    assert_eq!(x.status, Status::Unknown, "{:?}", x.evidence);
}

#[test]
fn an_ending_counts_from_the_seasons_made_anywhere_in_the_article() {
    // 164-mindhunter-mccallany-cancelled.txt (first two paragraphs)
    let x = read(
        "Mindhunter",
        Kind::Series,
        "Both seasons of David Fincher's Mindhunter earned near-universal acclaim, with Season 1 earning 96% positive reviews according to aggregator Rotten Tomatoes and Season 2 earning 99% positive reviews, but the expensive and exhausting process of bringing the series to life resulted in Netflix cancelling the series.\n\n\"Did I want Mindhunter to be cancelled after two seasons? Uh, no, but that's not my decision,\" McCallany shared with Awards Daily.",
    );
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 3"));
}

#[test]
fn a_network_that_decided_not_to_renew_cancelled() {
    // https://www.christianpost.com/news/wayward-pines-cancellation-update-show-unlikely-to-return-for-season-3-219626/
    let x = read(
        "Wayward Pines",
        Kind::Series,
        "\"Wayward Pines\" is no more.\n\nAccording to TVLine, Fox has decided not to renew the series for a third season.",
    );
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 3"));
}

#[test]
fn a_network_not_bringing_a_show_back_cancelled_it() {
    // https://bleedingcool.com/tv/nos4a2-ep-jami-obrien-confirms-amc-not-moving-forward-with-season-3/
    let x = read(
        "NOS4A2",
        Kind::Series,
        "Even after a second season that found a way to improve an already-strong series opener, NOS4A2 showrunner and executive producer Jami O'Brien took to Twitter on Monday that AMC will not be bringing the Joe Hill adaptation back for a third season.",
    );
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
}

#[test]
fn a_season_that_is_here_is_released() {
    // https://www.gaytimes.co.uk/culture/137543/the-politician-season-2-is-now-streaming-netflix-worldwide/
    let x = read(
        "The Politician",
        Kind::Series,
        "The Politician season 2 is here.",
    );
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn a_common_word_title_opening_a_sentence_about_tv_is_the_title() {
    // 172-star-daniels-being-written.txt (first line)
    let x = read(
        "Star",
        Kind::Series,
        "Star fans who have wished for the show to come back just might get their prayers answered.",
    );
    assert!(x.mentioned);
}

#[test]
fn a_star_who_teased_plans_for_a_third_film_is_a_rumour() {
    // https://www.gamereactor.eu/tom-hardy-has-plans-for-more-venom-and-is-eyeing-a-spiderman-crossover/
    let x = read(
        "Venom",
        Kind::Movie,
        "Despite the movie still yet to hit theatres, Hardy has teased that he has plans for a third Venom movie, and even gone as far as saying that he'd be \"remiss\" if he didn't try to create any connectivity with the Marvel Cinematic Universe and Tom Holland's Spider-Man.",
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Venom 3"));
}

#[test]
fn cannot_believe_negates_nothing() {
    // http://capitalfm.com/music-news/13-reasons-why-season-2-filming
    let x = read(
        "13 Reasons Why",
        Kind::Series,
        "We cannot believe that they\u{2019}ve already started filming for season two of \u{2019}13 Reasons Why\u{2019}.",
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
}

#[test]
fn production_underway_several_words_later_is_production() {
    // https://www.nbcchicago.com/entertainment/entertainment-news/season-2-of-severance-is-back-in-production-see-the-first-pics-from-set/3341379/
    let x = read(
        "Severance",
        Kind::Series,
        "Production on Season Two of the Apple TV+ series \u{201C}Severance\u{201D} is finally underway, nearly two years after the show\u{2019}s Season One finale aired.",
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn a_two_season_order_confirms_the_second() {
    // 190-homecoming-two-season-order.txt
    let x = read(
        "Homecoming",
        Kind::Series,
        "Streaming is making its own multiple-season bets. Amazon gave Homecoming a two-season order in 2017, despite the series still waiting to stream new episodes on the platform.",
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn a_home_video_release_named_before_the_cue_is_the_first_film() {
    // 191-now-you-see-me-2-leterrier-writing.txt
    let x = read(
        "Now You See Me",
        Kind::Movie,
        "Earlier today, I was able to speak with the filmmaker over the phone about the Blu-ray and DVD release on September 3, and the director confirmed that he is coming back for this follow-up.",
    );
    assert_ne!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
}

#[test]
fn thoughts_on_a_renewal_are_no_renewal() {
    // 194-devious-maids-s4-optimistic.txt
    let x = read(
        "Devious Maids",
        Kind::Series,
        "\u{201C}I am very optimistic,\u{201D} Tanen revealed to the Hollywood Reporter his thoughts on \u{201C}Devious Maids\u{201D} getting picked up for Season 4.",
    );
    assert_ne!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn announcing_ones_own_retirement_announces_no_film() {
    // 196-labyrinth-derrickson-translated.txt (a machine translation, as published)
    let x = read(
        "Labyrinth",
        Kind::Movie,
        "Last month, the director of the Fede Alvarez he announced his retirement in the wake of the classic \u{2018}The labyrinth \u{2013} The Magic of Time.",
    );
    assert_ne!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn a_box_office_debut_is_a_release() {
    // 200-guardians-of-the-galaxy-vol-2-opening.txt
    let x = read(
        "Guardians of the Galaxy",
        Kind::Movie,
        "NEW YORK - \"Guardians of the Galaxy Vol. 2\" rocketed to an estimated $145 million debut.",
    );
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Guardians of the Galaxy Vol. 2"));
}

#[test]
fn production_news_goes_on_across_a_paragraph_break() {
    // https://www.latinpost.com/articles/99945/20151204/fear-the-walking-dead-season-2-news-production-begins-in-mexico-there-will-be-an-ocean-setting.htm
    let x = read(
        "Fear the Walking Dead",
        Kind::Series,
        "Fans of the \"The Walking Dead\" universe will be pleased to know that its companion series, \"Fear the Walking Dead,\" is currently hard at work on Season 2 of the summer blockbuster.\n\nProduction for the season has already begun, and there are a few notable things that will bet taking place in next season's super-sized episodes.",
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
}

#[test]
fn the_third_seasons_production_names_season_three() {
    // https://us.blastingnews.com/showbiz-tv/2017/07/lucifer-season-3-production-begins-stars-tease-1st-table-read-001857383.html
    let x = read(
        "Lucifer",
        Kind::Series,
        "Everyone is now preparing for the return of Lucifer season 3 since its first episode\u{2019}s official synopsis is now revealed.\n\nThe third season\u{2019}s Production started on Monday, July 17.",
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 3"));
}

#[test]
fn production_that_began_or_resumed_is_production() {
    // https://www.aceshowbiz.com/news/view/00122886.html
    let x = read(
        "This Is Us",
        Kind::Series,
        "AceShowbiz - \"This Is Us\" cast and crew are back to work to film season 3. Production on the new season officially began on Tuesday, July 10 and creator Dan Fogelman marked it by sharing a photo from the first scene of the next installment.",
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
    // https://www.imore.com/apple-tv-resumes-production-season-two-all-mankind
    let x = read(
        "For All Mankind",
        Kind::Series,
        "Reported by Deadline, production has resumed on the second season for \"For All Mankind,\" Apple's drama series about an alternative history of the space race from Ron Moore, the creator of Battlestar Galactica.",
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
}

#[test]
fn a_director_intending_not_to_make_a_sequel_denies_it() {
    // https://www.newindianexpress.com/entertainment/english/2025/Jun/02/ryan-coogler-has-no-intention-of-making-sinners-sequel-2
    let x = read(
        "Sinners",
        Kind::Movie,
        "WASHINGTON: After the blockbuster success of 'Sinners', the fans of this horror-drama have been earnestly hoping for its sequel as per the current trend in the film industry.\n\nThe director of the movie, Ryan Coogler, has now expressed his intentions of not making a sequel to the movie, reported Variety.",
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn production_that_will_begin_is_confirmed() {
    // https://boxofficefrontier.wordpress.com/2013/06/19/sequel-watch-the-latest-sequel-news11-june-19-june/
    let x = read(
        "Terminator",
        Kind::Movie,
        "Terminator 5 will begin production next January, and will once again star Arnold Schwarzenegger.",
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Terminator 5"));
}

#[test]
fn a_sequel_that_does_not_seem_likely_is_a_rumour() {
    // https://www.ihorror.com/though-the-cabin-in-the-woods-2-is-not-likely-to-happen-never-say-never/
    let x = read(
        "The Cabin in the Woods",
        Kind::Movie,
        "The Cabin in the Woods is one of the most popular and polarizing horror movies of the past couple of decades. Up there with The Witch, Evil Dead (2013), and now Hereditary, viewers either hated or loved it with no in between. Regardless, almost everyone saw it.\n\nHowever, despite its success, a sequel doesn\u{2019}t seem likely.",
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
}

#[test]
fn no_longer_any_plans_for_another_titled_film_is_a_denial() {
    // https://www.liveabout.com/directors-who-refused-to-make-sequels-2426768
    let x = support::read_with_aliases(
        "Snow White and the Seven Dwarfs",
        Kind::Movie,
        &["Snow White"],
        "Disney no longer has any plans to make another Snow White animated movie.",
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn a_title_described_before_its_cancellation_is_cancelled() {
    // http://www.ourwindsor.ca/whatson-story/4523447-television-series-that-won-t-be-coming-back/
    let x = read(
        "Community",
        Kind::Series,
        "\u{2022} Community, a comedy about a group of friends at a small community college, has been cancelled (after some drama involving former cast mate Chevy Chase) after five seasons.",
    );
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 6"));
}

#[test]
fn a_network_that_opted_to_renew_renewed() {
    // https://www.complex.com/pop-culture/2020/11/the-umbrella-academy-renewed-season-3-netflix
    let x = read(
        "The Umbrella Academy",
        Kind::Series,
        "Netflix has opted to renew The Umbrella Academy for a third season, according to The Hollywood Reporter.",
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 3"));
}

#[test]
fn shows_that_would_end_after_their_first_seasons_are_cancelled() {
    // https://www.cinemablend.com/streaming-news/netflix-gets-flak-for-one-season-cancellations-its-a-network-tv-problem-too
    let x = read(
        "Alaska Daily",
        Kind::Series,
        "On May 12, ABC announced that Alaska Daily and The Company You Keep would end after their first seasons, per THR.",
    );
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
}

#[test]
fn a_release_pushed_back_to_a_day_has_its_date() {
    // https://boxofficefrontier.wordpress.com/2013/06/19/sequel-watch-the-latest-sequel-news11-june-19-june/
    let x = support::read_on(
        "Sin City",
        Kind::Movie,
        "The Sin City sequel has been pushed back to August 22nd next year.",
        "2013-06-19",
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert_eq!(x.release.as_deref(), Some("2014-08-22"));
}

#[test]
fn a_season_that_came_out_is_released() {
    // http://stillwatercourier.com/2017/12/02/stranger-things-officially-renewed-for-season-3-on-netflix/
    let q = sequel_radar_core::extract::TitleQuery {
        name: "Stranger Things".into(),
        kind: Kind::Series,
        year: None,
        aliases: vec![],
    };
    let claims = sequel_radar_core::extract::explain(
        &q,
        "\"Stranger Things\" Season 2 nine-episodes came out just a few days before Halloween and one of the earliest episodes centered around the kids dressed up as Ghostbusters at school.",
        None,
    );
    assert!(
        claims.iter().any(|c| c.starts_with("released [came out]")),
        "{claims:?}"
    );
}

#[test]
fn confirming_that_a_sequel_is_in_the_works_confirms_talks() {
    // https://moviechat.wordpress.com/2008/06/28/sequels-sequels-and-sequels/
    let x = read(
        "The Host",
        Kind::Movie,
        "The Host 2-Variety now confirms that a sequel to 2006\u{2019}s Korean monster flick The Host is in the works.",
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
}

#[test]
fn a_sequel_on_hold_is_only_a_rumour() {
    // https://moviechat.wordpress.com/2008/06/28/sequels-sequels-and-sequels/
    let x = read(
        "Cloverfield",
        Kind::Movie,
        "Cloverfield 2-Cloverfield\u{2019}s director Matt Reeves also spoke to Collider and told them that unfortunately Cloverfield 2 is on hold.",
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
}

#[test]
fn a_return_to_start_shooting_is_not_yet_production() {
    // 175-hetty-wainthropp-second-series-darwen.txt
    let x = read(
        "Hetty Wainthropp Investigates",
        Kind::Series,
        "CAMERA crews are set to invade the streets of Darwen again as filming begins on a second series of Hetty Wainthropp Investigates.\nThe first series of the detective drama is being screened on BBC1 at 9.30pm on Wednesdays. The first three episodes pulled in an average of 10.5 million viewers.\nNow the cast and production crew are looking forward to their return to the town to start shooting the second series.",
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn heading_into_production_is_production() {
    // 229-orphan-black-s2-production.txt: headline and lead.
    let x = read(
        "Orphan Black",
        Kind::Series,
        "'Orphan Black' Season 2 heads into production\n\nThe second season of BBC America’s “Orphan Black” has finally headed into production.",
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
    // "heads into" is a future ("as the show heads into its second
    // season"), but not when production is where it heads.
    let headline = read(
        "Orphan Black",
        Kind::Series,
        "'Orphan Black' Season 2 heads into production",
    );
    assert_eq!(
        headline.status,
        Status::InProduction,
        "{:?}",
        headline.evidence
    );
}

#[test]
fn the_start_of_production_announced_is_production() {
    // http://thefutoncritic.com/news/2013/09/25/season-two-of-bbc-americas-critically-acclaimed-original-series-orphan-black-is-now-in-production-188102/20130925bbca01
    let x = read(
        "Orphan Black",
        Kind::Series,
        "Toronto - September 25, 2013 - Start of production on the second season of BBC AMERICA's critically-acclaimed original series Orphan Black was announced today.",
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
}

#[test]
fn begun_with_the_production_word_after_it_is_production() {
    // https://comicbook.com/tv-shows/news/you-netflix-season-2-production-start/
    let x = read(
        "You",
        Kind::Series,
        "Netflix's 'YOU' Season 2 Starts Production\n\nNetflix's YOU has officially begun production on Season 2.",
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
    assert_eq!(
        x.evidence.as_deref(),
        Some("Netflix's YOU has officially begun production on Season 2.")
    );
}

#[test]
fn an_if_clause_does_not_reach_past_a_colon() {
    // 225-13-going-on-30-garner.txt
    let x = read(
        "13 Going on 30",
        Kind::Movie,
        "If you were still hoping to see a sequel to the very popular film 13 Going on 30, the movie’s star, Jennifer Garner, has some bad news for you: it’s not happening.",
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn a_series_that_returns_on_a_day_has_its_next_premiere_date() {
    // 219-quantico-s2-underwood.txt, its second and eighth lines (published
    // 2016-07-05)
    let x = support::read_on(
        "Quantico",
        Kind::Series,
        "ABC’s Quantico is bulking up for season two.\n\nQuantico returns Sunday, Sept. 25 at 10 p.m. on ABC. Click here for more Fall TV Preview news.",
        "2016-07-05",
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert_eq!(x.release.as_deref(), Some("2016-09-25"));
}

#[test]
fn a_subtitled_titles_franchise_numbered_is_the_next_film() {
    // 239-the-purge-3-july-2016.txt: read for "The Purge: Anarchy".
    let x = read(
        "The Purge: Anarchy",
        Kind::Movie,
        "Per Variety, Universal has set a July 1, 2016 release date for ‘The Purge 3,’ which pits the horror sequel against the live-action ‘Tarzan’ film and Steven Spielberg’s ‘The BFG.’",
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("The Purge 3"));
    assert_eq!(x.release.as_deref(), Some("2016-07-01"));
}

#[test]
fn a_star_saying_what_he_would_greenlight_is_a_wish() {
    // 209-willow-davis-enthusiastic.txt, whole: "I would definitely
    // greenlight a ‘Willow’ sequel" is the star's wish, not a greenlight.
    let x = read(
        "Willow",
        Kind::Movie,
        include_str!("corpus/209-willow-davis-enthusiastic.txt"),
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
}

#[test]
fn a_star_not_doing_a_sequel_denies_it() {
    // 224-the-heat-bullock-no-sequel.txt
    let x = read(
        "The Heat",
        Kind::Movie,
        "'The Heat' was one of this summer's surprise hits making over $200 million worldwide. Almost immediately a writer was hired to write 'The Heat 2' and a sequel was in motion, but Fox forgot one important thing: asking Sandra Bullock if she had interest in returning. The Oscar-winning actress flatly told The Wrap at the 'Gravity' premiere in Los Angeles, \"I’m not doing a sequel to 'The Heat.'\"",
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn a_revival_in_the_works_is_talks() {
    // 213-roseanne-revival-in-the-works.txt
    let x = read(
        "Roseanne",
        Kind::Series,
        "A revival of the popular sitcom \"Roseanne\" is in the works with original cast members Roseanne Barr, John Goodman, and Sara Gilbert already on board, Variety has confirmed.",
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
}

#[test]
fn a_quote_that_speaks_of_a_sequel_keeps_it_in_scope_in_its_later_sentences() {
    // 241-step-brothers-ferrell-no-plans.txt
    let x = read(
        "Step Brothers",
        Kind::Movie,
        "Today seems to be one where people wanting sequels are having their dreams crushed. First, Guillermo del Toro closed the door on “Hellboy 3,” and now Will Ferrell is wiping his hands of a much-dreamed-about follow-up to “Step Brothers.”\n\n“You have to resist the temptation,” the actor told Rolling Stone. “It’s just tough because the things everyone wants you to do sequels of are special because there’s not a sequel of it. I guess we’ll see, but as of now there are no plans. We just don’t want to be doing sequels of everything.”",
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn plans_to_begin_filming_are_a_future_not_filming() {
    // 248-troll-2-netflix-greenlight.txt, second paragraph.
    let x = read(
        "Troll",
        Kind::Movie,
        "According to Variety, Netflix has ordered Troll 2, with Uthaug returning to direct once again. Also returning for the sequel is writer Espen Aukan, as well as producers Espen Horn and Kristian Strand Sinkerud. There aren't any firm details about the sequel just yet, but there are plans in place to begin filming in 2024.",
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn a_creators_decision_not_to_write_more_denies_it() {
    // 260-the-it-crowd-no-fifth-series.txt, fifth line.
    let x = read(
        "The IT Crowd",
        Kind::Series,
        "Linehan, who co-created equally quirky sitcom Father Ted, said of his decision not to pen a new series of The IT Crowd: \"It feels like a natural time to wind things down. Apart from anything else, we're probably reaching that stage where it begins to feel odd that Roy, Jen and Moss are still stuck down in that basement.",
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn another_titles_date_and_a_probable_start_are_not_this_sequels() {
    // 249-blade-runner-2-script-written.txt
    let x = read(
        "Blade Runner",
        Kind::Movie,
        "Scott said that the timeline for starting \"Blade Runner 2\" will probably begin after he finishes shooting his next film, \"The Martian,\" a sci-fi flick starring Matt Damon that's due out in November 2015.",
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
    assert_eq!(x.release, None);
}

#[test]
fn an_interview_in_a_conversation_is_no_talks_and_interest_in_a_sequel_is_a_wish() {
    // 271-romy-and-michele-kudrow-sequel.txt, first and third lines.
    let x = read(
        "Romy and Michele's High School Reunion",
        Kind::Movie,
        "Lisa Kudrow revealed her interest in a sequel of her 1997 comedy hit Romy and Michele's High School Reunion.\n\nIn a conversation with Entertainment Tonight, Lisa – who rose to fame after playing Phoebe Buffay in the hit comedy sitcom Friends – asked fans to ask for the sequel of her comedy film.",
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
}

#[test]
fn a_staff_banking_on_a_second_season_is_a_hope() {
    // 286-cowboy-bebop-season-2-hopes.txt, third line.
    let x = read("Cowboy Bebop", Kind::Series, "Not only that, it sounds like the staff is already banking on a second season. \"If [Netflix CEO] Ted Sarandos comes by, you tell him I got big plans for season two,\" Nemec said. \"We definitely know where we want to go, and I'm excited that we get to tell those stories. Fingers crossed that we get more 'Cowboy Bebop.'\"");
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
}

#[test]
fn deciding_to_not_move_forward_with_a_season_cancels() {
    // 284-diary-of-a-future-president-cancelled.txt, whole.
    let x = read(
        "Diary of a Future President",
        Kind::Series,
        include_str!("corpus/284-diary-of-a-future-president-cancelled.txt"),
    );
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
}

#[test]
fn a_last_season_with_its_first_episodes_day_has_its_date() {
    // 282-billions-final-season-august-11.txt, its first two sentences:
    // "ending after its upcoming seventh season" makes that season the last,
    // not a cancellation.
    let x = support::read_on(
        "Billions",
        Kind::Series,
        "Showtime's hit drama series Billions is officially ending after its upcoming seventh season, Deadline reports. Showtime confirmed that Season 7 will be the last season, with the first episode streaming on Paramount+ on Showtime on Friday, August 11.",
        "2023-06-15",
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
}

#[test]
fn the_new_movie_after_a_sentence_about_the_sequel_is_the_sequel() {
    // 273-shazam-2-april-2022.txt, first line.
    let x = read(
        "Shazam!",
        Kind::Movie,
        "The Shazam! sequel is happening! The new movie will be released on April 1, 2022 but the announcement isn’t a prank.",
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert_eq!(x.release.as_deref(), Some("2022-04-01"));
}

#[test]
fn the_series_debut_is_its_own_and_production_that_started_is_production() {
    // 279-for-all-mankind-s2-production.txt: first paragraph and the
    // fourth paragraph's first sentence.
    let x = read(
        "For All Mankind",
        Kind::Series,
        "Apple’s forthcoming series For All Mankind will already get a second season, according to Deadline. The series is set to debut with the company’s streaming platform, Apple TV + on November 1st, and follows a group of astronauts in an alternate history in which the Soviet Union beats the United States to the Moon.\n\nDeadline says that production on the second season “quietly started within the past week or so,” and that the renewal isn’t unexpected, even though the platform hasn’t launched yet.",
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
    assert_eq!(x.release, None);
}

#[test]
fn coming_to_terms_is_no_release_and_a_site_picking_up_a_story_is_no_order() {
    // 320-salt-2-wimmer-screenplay.txt: a star's hope with "coming to terms"
    // under the passage's headline, which names the title. Rumored comes
    // from the contracted "I’d love to do a sequel".
    let x = read(
        "Salt",
        Kind::Movie,
        "Angelina Jolie back in the running for Salt sequel?\n\n“I’d love to do a sequel. You never know if you’re going to get the chance, if audiences are going to love it. But particularly with this character, I think there is so much yet to explore in her life with her with her family, with coming to terms with who she is in the end, because of the way it’s set up, she could be anybody,” she said.",
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
    // 321-independence-day-rumors-denied.txt: a site "picked up a story"
    // that was only reported (under the passage's headline).
    let x = read(
        "Independence Day",
        Kind::Movie,
        "Independence Day Sequel Rumors Denied\n\nEarlier today we picked up a story here from the good folks at IESB in which they reported that Will Smith is signed on for two Independence Day sequels.",
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
}

#[test]
fn a_writer_commissioned_for_the_sequel_is_talks_not_a_greenlight() {
    // 320-salt-2-wimmer-screenplay.txt
    let x = read(
        "Salt",
        Kind::Movie,
        "The actress will reprise her role as Evelyn Salt for Salt 2 after Sony Pictures commissioned writer Kurt Wimmer to press ahead with a screenplay.",
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
    // A series commissioned stays a confirmation (026-style wording).
    let x = read(
        "Vigil",
        Kind::Series,
        "The BBC has commissioned a second series of Vigil.",
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn a_claim_someone_made_is_not_the_news_and_details_under_wraps_are_no_wrap() {
    // 310-a-simple-favor-2-rumor-debunked.txt: the opening sentence reports
    // a viral post's claim that the sequel "had been “shelved indefinitely”",
    // which the rest of the article debunks; a later sentence keeps "plot
    // details ... under wraps".
    let text = include_str!("corpus/310-a-simple-favor-2-rumor-debunked.txt");
    let x = read("A Simple Favor", Kind::Movie, text);
    assert_ne!(x.status, Status::Cancelled, "{:?}", x.evidence);
    assert!(
        !x.evidence.as_deref().unwrap_or("").contains("under wraps"),
        "{:?}",
        x.evidence
    );
}

#[test]
fn last_nights_premiere_is_released() {
    // 305-the-royals-s2-premiere.txt
    let x = read(
        "The Royals",
        Kind::Series,
        "The Royals just made its much-anticipated return to TV’s Sunday night lineup, and last night's Season 2 premiere was worth the wait.",
    );
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn takings_that_came_in_are_a_release_and_a_possessive_keeps_the_number() {
    // 313-ride-along-2-friday-estimates.txt: "Ride Along 2's" is the sequel.
    let x = read(
        "Ride Along",
        Kind::Movie,
        "SATURDAY UPDATE: Ride Along 2's Friday estimates came in at $12 million, $2.4 million short of the original.",
    );
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Ride Along 2"));
}

#[test]
fn makers_ending_their_own_show_deny_rather_than_cancel() {
    // 366-fleabag-no-third-season.txt: the creator reports it.
    let x = read(
        "Fleabag",
        Kind::Series,
        "Phoebe Waller-Bridge has confirmed Fleabag won’t return for a third season.",
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
    // A network's "will not return" stays a cancellation (235-flight-of-the-conchords-no-third-season.txt).
    let x = read(
        "Flight of the Conchords",
        Kind::Series,
        "HBO's The Flight of the Conchords has taken off for the last time. The comedy starring the New Zealand duo will not return.",
    );
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
}

#[test]
fn a_sequel_that_drops_the_article_is_the_titles_next() {
    // 354-incredibles-2-record-opening.txt: "Incredibles 2" after "The
    // Incredibles", which this sentence never writes.
    let x = read(
        "The Incredibles",
        Kind::Movie,
        "\"Incredibles 2\" opened above analysts' domestic predictions of $120 million to $140 million and also has amassed $51.5 million in international receipts.",
    );
    assert_eq!(x.next.as_deref(), Some("Incredibles 2"));
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
}

#[test]
fn a_franchise_with_another_subtitle_is_the_sequel_and_a_long_name_reaches_its_verb() {
    // 355-kingsman-golden-circle-wins-weekend.txt, second paragraph's first
    // sentence.
    let x = read(
        "Kingsman: The Secret Service",
        Kind::Movie,
        "Action sequel Kingsman: The Golden Circle turned in a slightly disappointing performance at the box office this weekend, but it still managed to be the week's top movie.",
    );
    assert_eq!(x.next.as_deref(), Some("Kingsman: The Golden Circle"));
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
}

#[test]
fn a_dotted_name_ends_no_sentence() {
    // 348-man-from-uncle-sequel-being-written.txt, the headline and the
    // first paragraph: split after "U.N.C.L.E.’", the headline's end "Sequel
    // Is Happening" stood alone as a confirmation.
    let text = support::opening(
        include_str!("corpus/348-man-from-uncle-sequel-being-written.txt"),
        3,
    );
    assert!(text.ends_with("may just have a sequel in the works."));
    let x = read("The Man from U.N.C.L.E.", Kind::Movie, &text);
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
}

#[test]
fn a_trailer_released_is_no_release_and_plans_coming_together_are_no_arrival() {
    // 363-riverdale-s3-premiere-date.txt: the trailer came out, the season
    // is still coming.
    let x = read(
        "Riverdale",
        Kind::Series,
        "An official trailer for Riverdale Season three was released during San Diego Comic-Con.",
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
    // 350-violent-night-sequel-in-works.txt: "director Tommy Wirkola told
    // The Wrap that the plans are coming together."
    let x = read(
        "Violent Night",
        Kind::Movie,
        include_str!("corpus/350-violent-night-sequel-in-works.txt"),
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
}

#[test]
fn a_premiere_with_its_ratings_has_aired() {
    // 364-empire-s2-premiere-ratings.txt
    let x = read(
        "Empire",
        Kind::Series,
        "To no one’s surprise, the overnight ratings show that Empire is still a major hit for Fox: 16 million viewers turned in, earning the second season premiere a Nielsen score of 6.",
    );
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn talks_of_a_season_quashed_are_a_denial() {
    // 297-baby-reindeer-gadd-no-season-2.txt, first sentence.
    let x = read(
        "Baby Reindeer",
        Kind::Series,
        "Baby Reindeer star and creator Richard Gadd has quashed any talks of a second season of his hit Netflix show being made despite its resounding success.",
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn no_discussions_for_more_is_a_denial() {
    // 317-twin-peaks-no-discussions.txt
    let x = read(
        "Twin Peaks",
        Kind::Series,
        "There have been “no discussions” about continuing Twin Peaks beyond The Return, leading man Kyle MacLachlan said in a post-finale interview with Deadline.",
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn a_series_that_will_be_ending_after_the_airing_season_is_cancelled() {
    // 325-the-magicians-ending-s5.txt
    let x = read(
        "The Magicians",
        Kind::Series,
        "Syfy announced today that their long running series, \"The Magicians,\" co-created by former \"Supernatural\" writer and showrunner Sera Gamble, will be ending after season five, which is currently airing.",
    );
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
    // The season that will not come is the one after.
    assert_eq!(x.next.as_deref(), Some("Season 6"));
}

#[test]
fn a_label_opening_its_sentence_is_the_subject_of_a_far_release_verb() {
    // 201-salvation-s2-premiere-ratings.txt, up to "The Season 2 premiere
    // of the CBS summer drama about the world dealing with the knowledge
    // that an asteroid is on a collision course with Earth pulled in a 0.4
    // rating in adults 18-49 and 3.3 million viewers at 9 p.m."
    let x = read(
        "Salvation",
        Kind::Series,
        &support::opening(
            include_str!("corpus/201-salvation-s2-premiere-ratings.txt"),
            4,
        ),
    );
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
    // Not through a relative clause about another noun:
    // 181-the-conjuring-2-box-office-win.txt.
    let x = read(
        "The Conjuring",
        Kind::Movie,
        "The Conjuring 2 is the follow-up to the surprise 2013 hit, which debuted to $41 million.",
    );
    assert_eq!(x.status, Status::Unknown, "{:?}", x.evidence);
}

#[test]
fn may_before_a_day_is_the_month_not_a_hedge() {
    // 340-devil-wears-prada-2-may-2026.txt, first paragraph.
    let x = read(
        "The Devil Wears Prada",
        Kind::Movie,
        "The sequel to the 2006 hit comedy The Devil Wears Prada is officially moving forward. Disney has announced a release date of May 1, 2026, for the much-anticipated follow-up.",
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert_eq!(x.release.as_deref(), Some("2026-05-01"));
}

#[test]
fn a_roundups_next_item_about_another_film_is_not_ours() {
    // 081-zombieland-sequel-hopes-2009.txt: the last item is Spider-Man 4's,
    // down to "The sequel is scheduled for a May 5th 2011 release".
    let x = read(
        "Zombieland",
        Kind::Movie,
        include_str!("corpus/081-zombieland-sequel-hopes-2009.txt"),
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
    assert_eq!(x.release, None);
}

#[test]
fn confirming_that_we_are_talking_about_a_season_is_talks() {
    // 333-squid-game-s2-in-discussions.txt
    let x = read(
        "Squid Game",
        Kind::Series,
        "“Squid Game” creator and director Hwang Dong-hyuk has confirmed that “we are talking about season two.”",
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
}

#[test]
fn a_yes_or_no_question_claims_at_most_a_rumour() {
    // 328-the-nice-guys-gosling-sequel-hope.txt: the star asks.
    let x = read(
        "The Nice Guys",
        Kind::Movie,
        include_str!("corpus/328-the-nice-guys-gosling-sequel-hope.txt"),
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
    // Shown as evidence: the statement, not the question at the same level.
    assert!(
        !x.evidence.as_deref().unwrap_or("?").ends_with('?'),
        "{:?}",
        x.evidence
    );
}

#[test]
fn a_next_label_in_headline_capitals_takes_the_titles_spelling() {
    // 349-edge-of-tomorrow-blunt-script.txt, the headline.
    let x = read(
        "Edge of Tomorrow",
        Kind::Movie,
        &support::opening(
            include_str!("corpus/349-edge-of-tomorrow-blunt-script.txt"),
            1,
        ),
    );
    assert_eq!(x.next.as_deref(), Some("Edge of Tomorrow 2"));
}

#[test]
fn a_revival_after_the_seasons_a_show_ran_is_the_season_after_them() {
    // 213-roseanne-revival-in-the-works.txt: "The original series ran for
    // nine seasons on ABC".
    let x = read(
        "Roseanne",
        Kind::Series,
        include_str!("corpus/213-roseanne-revival-in-the-works.txt"),
    );
    assert_eq!(x.next.as_deref(), Some("Season 10"));
    // 042-reno-911-cancelled-tweet.txt: "which has lasted 6 seasons".
    let x = read(
        "Reno 911!",
        Kind::Series,
        include_str!("corpus/042-reno-911-cancelled-tweet.txt"),
    );
    assert_eq!(x.next.as_deref(), Some("Season 7"));
}

#[test]
fn revisiting_the_title_is_a_rumoured_next_installment() {
    // 013-starman-2-bridges-wish.txt
    let x = read(
        "Starman",
        Kind::Movie,
        "Turns out that if the actor had his way, he'd revisit the events of 1984's Starman next.",
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
}

#[test]
fn an_ending_that_holds_for_now_is_no_denial() {
    // 367-scott-pilgrim-takes-off-50-miracles.txt: "“It's self-contained
    // for now." after the question whether a second season is in the works.
    let x = read(
        "Scott Pilgrim Takes Off",
        Kind::Series,
        include_str!("corpus/367-scott-pilgrim-takes-off-50-miracles.txt"),
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
}

#[test]
fn a_star_who_is_not_returning_is_a_cast_change() {
    // 377-bridgerton-s2-wraps-filming.txt: "the role which Rege-Jean Page
    // played, who, unfortunately, is not returning in the second season".
    let x = read(
        "Bridgerton",
        Kind::Series,
        include_str!("corpus/377-bridgerton-s2-wraps-filming.txt"),
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
}

#[test]
fn a_weekend_release_is_a_date_and_dropped_hints_are_no_release() {
    // 376-secret-life-of-pets-2-july-3-2019.txt
    let x = read(
        "The Secret Life of Pets",
        Kind::Movie,
        "The Secret Life of Pets 2 is being knocked back a year for a 4th of July weekend release of July 3, 2019.",
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert_eq!(x.release.as_deref(), Some("2019-07-03"));
    // 383-stranger-things-s2-27-october.txt: the creators dropped hints.
    let x = read(
        "Stranger Things",
        Kind::Series,
        &include_str!("corpus/383-stranger-things-s2-27-october.txt")
            .split("\n\n")
            .filter(|p| p.contains("dropped hints"))
            .collect::<Vec<_>>()
            .join("\n\n"),
    );
    assert_ne!(x.status, Status::Released, "{:?}", x.evidence);
}

#[test]
fn a_trailer_dropped_is_no_cancellation() {
    // 420-alice-in-borderland-s2-december-22.txt: the last two paragraphs.
    let text = include_str!("corpus/420-alice-in-borderland-s2-december-22.txt");
    let x = read(
        "Alice in Borderland",
        Kind::Series,
        &text.split("\n\n").skip(5).collect::<Vec<_>>().join("\n\n"),
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert_eq!(x.release.as_deref(), Some("2022-12-22"));
}

#[test]
fn the_films_date_after_the_sequel_named_is_the_sequels() {
    // 440-ice-age-continental-drift-july-13.txt: the next installment named
    // at the end of one paragraph, "The film’s release date has been set
    // for July 13, 2012" opening the next.
    let text = include_str!("corpus/440-ice-age-continental-drift-july-13.txt");
    let x = read(
        "Ice Age",
        Kind::Movie,
        &text.split("\n\n").take(2).collect::<Vec<_>>().join("\n\n"),
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert_eq!(x.release.as_deref(), Some("2012-07-13"));
    assert!(x
        .evidence
        .is_some_and(|e| e.starts_with("The film’s release date")));
}

#[test]
fn the_sequel_named_by_its_own_name_is_in_scope() {
    // 419-freakier-friday-august-8-2025.txt: the first two paragraphs; the
    // date sentence names the sequel only by its own name.
    let text = include_str!("corpus/419-freakier-friday-august-8-2025.txt");
    let x = read(
        "Freaky Friday",
        Kind::Movie,
        &text.split("\n\n").take(2).collect::<Vec<_>>().join("\n\n"),
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert_eq!(x.release.as_deref(), Some("2025-08-08"));
    assert_eq!(x.next.as_deref(), Some("Freakier Friday"));
}

#[test]
fn the_titles_own_words_neither_hedge_nor_negate() {
    // 437-cloudy-meatballs-2-opens-35m.txt: "Chance" is in the name.
    let x = read(
        "Cloudy with a Chance of Meatballs",
        Kind::Movie,
        "Animated sequel “Cloudy With A Chance of Meatballs 2″ shone at the North American box office this weekend, industry estimates showed Sunday.",
    );
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
    // 370-dont-look-up-second-biggest-netflix.txt: with its "Don't" no
    // longer a negation, a film "coming for the title" (a record) is still
    // no sequel coming.
    let x = read(
        "Don't Look Up",
        Kind::Movie,
        "But Don't Look Up is coming for the title, with a few more days left to secure more streaming hours.",
    );
    assert_eq!(x.status, Status::Unknown, "{:?}", x.evidence);
}

#[test]
fn a_sequel_that_will_never_happen_is_denied() {
    // 442-mean-girls-fey-definitely-not.txt: the subheadline ...
    let x = read(
        "Mean Girls",
        Kind::Movie,
        "The Mean Girls sequel will never happen according to writer Tina Fey",
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
    // ... and, after the headline alone, the body's own words for the same
    // answer.
    let body = include_str!("corpus/442-mean-girls-fey-definitely-not.txt")
        .split("\n\n")
        .enumerate()
        .filter(|(i, p)| *i == 0 || p.starts_with("The former"))
        .map(|(_, p)| p)
        .collect::<Vec<_>>()
        .join("\n\n");
    let x = read("Mean Girls", Kind::Movie, &body);
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
    assert!(x
        .evidence
        .is_some_and(|e| e.contains("going to be a follow up")));
}

#[test]
fn we_wont_be_getting_a_third_film_denies_it() {
    // 425-raid-3-most-likely-not-happening.txt: the passage without its
    // hedged headline ("most likely") and the source link's "Probably".
    let text = include_str!("corpus/425-raid-3-most-likely-not-happening.txt");
    let body = text
        .split("\n\n")
        .filter(|p| !p.contains("The Raid 3"))
        .collect::<Vec<_>>()
        .join("\n\n");
    let x = read("The Raid", Kind::Movie, &body);
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
    // 342-black-adam-not-in-first-chapter.txt: the same in full words.
    let text = include_str!("corpus/342-black-adam-not-in-first-chapter.txt");
    let para = text
        .split("\n\n")
        .find(|p| p.contains("will not be getting a sequel"))
        .unwrap_or("");
    let x = read("Black Adam", Kind::Movie, para);
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Black Adam 2"));
}

#[test]
fn the_show_as_the_subject_of_a_renewal_is_renewed() {
    // 431-after-youve-gone-series-3-and-2009.txt: the opening paragraph,
    // whose second sentence calls the show "The comedy".
    let text = include_str!("corpus/431-after-youve-gone-series-3-and-2009.txt");
    let x = read(
        "After You've Gone",
        Kind::Series,
        text.split("\n\n").nth(1).unwrap_or(""),
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
    assert!(x.evidence.is_some_and(|e| e.starts_with("The comedy")));
}

#[test]
fn no_plans_left_open_is_a_maybe() {
    // 436-gavin-and-stacey-no-plans-who-knows.txt: the headline's "no
    // plans", the quote's "at the moment but who knows!".
    let x = read(
        "Gavin & Stacey",
        Kind::Series,
        include_str!("corpus/436-gavin-and-stacey-no-plans-who-knows.txt"),
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
    assert!(x.evidence.is_some_and(|e| e.contains("but who knows")));
    // 410-no-one-will-save-you-no-plans-well-talk.txt: "I have no plans to
    // do a sequel." and, in the same quote, "..., we’ll talk."
    let x = read(
        "No One Will Save You",
        Kind::Movie,
        include_str!("corpus/410-no-one-will-save-you-no-plans-well-talk.txt"),
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
    assert!(x.evidence.is_some_and(|e| e.contains("talk")));
    // 398-doctor-foster-no-plans-never-say-never.txt: the lead's "no plans"
    // and the star's "no plans for now, but never say never."
    let x = read(
        "Doctor Foster",
        Kind::Series,
        include_str!("corpus/398-doctor-foster-no-plans-never-say-never.txt"),
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
    // 241-step-brothers-ferrell-no-plans.txt: "I guess we’ll see, but as of
    // now there are no plans." ends on the no.
    let x = read(
        "Step Brothers",
        Kind::Movie,
        include_str!("corpus/241-step-brothers-ferrell-no-plans.txt"),
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn the_sequel_is_official_confirms_it() {
    // 415-murder-mystery-2-official-tudum.txt
    let x = read(
        "Murder Mystery",
        Kind::Movie,
        "The news of Murder Mystery 2 had already reached the ears of fans (here to read the news), but now the sequel is official.",
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
    // 000-purple-hearts-2.txt: "nothing is official" is no confirmation.
    let x = read(
        "Purple Hearts",
        Kind::Movie,
        "In that same interview, director Elizabeth Allen Rosenbaum said she \"won’t rule [Purple Hearts 2] out,\" but also nothing that nothing is official and they would need the right story in order to make it.",
    );
    assert_ne!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn the_sequel_is_really_happening_confirms_it() {
    // 445-dumb-and-dumber-to-shooting.txt
    let x = read(
        "Dumb and Dumber",
        Kind::Movie,
        "It’s been talked about for years but now there’s no denying the sequel to Dumb and Dumber is really happening.",
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn shows_counted_are_no_series_number() {
    // 429-cougar-town-renewed-abc-lee.txt: the headline "ABC renews six
    // series" counts shows; it names no "Series 6".
    let text = include_str!("corpus/429-cougar-town-renewed-abc-lee.txt");
    let x = read(
        "Cougar Town",
        Kind::Series,
        &text.split("\n\n").take(2).collect::<Vec<_>>().join("\n\n"),
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
    assert_ne!(x.next.as_deref(), Some("Series 6"));
}

#[test]
fn other_shows_seasons_are_not_the_next_label() {
    // 430-revolution-renewed-season-2-salke.txt: "renewed five shows for
    // next season, including ... "Revolution."", and a last paragraph of
    // the other shows' seasons ("will enter its 15th season").
    let x = read(
        "Revolution",
        Kind::Series,
        include_str!("corpus/430-revolution-renewed-season-2-salke.txt"),
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn the_ending_that_names_its_season_gives_the_label() {
    // 424-time-bandits-not-renewed-apple.txt: the first cancellation names
    // no season, a later one "for a second season"; another show is "Now in
    // its third season".
    let x = read(
        "Time Bandits",
        Kind::Series,
        include_str!("corpus/424-time-bandits-not-renewed-apple.txt"),
    );
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn a_related_link_names_no_installment() {
    // 395-tomb-raider-mgm-loses-rights.txt: "Related: Tomb Raider: Every
    // Version Of Lara Croft, Ranked" is a link to another story, not the
    // next film's name.
    let x = read(
        "Tomb Raider",
        Kind::Movie,
        include_str!("corpus/395-tomb-raider-mgm-loses-rights.txt"),
    );
    assert_eq!(x.next.as_deref(), Some("Tomb Raider 2"));
}

#[test]
fn a_franchise_count_after_a_subtitled_title_takes_the_franchise_name() {
    // 384-mummy-4-fraser-not-opposed.txt: the fourth film after "The Mummy:
    // Tomb of the Dragon Emperor".
    let x = read(
        "The Mummy: Tomb of the Dragon Emperor",
        Kind::Movie,
        include_str!("corpus/384-mummy-4-fraser-not-opposed.txt"),
    );
    assert_eq!(x.next.as_deref(), Some("The Mummy 4"));
}

#[test]
fn the_titles_own_name_and_more_words_is_no_sequel() {
    // 067-jumanji-premiere-interviews-qa.txt: "Jumanji: Welcome to the
    // Jungle UK premiere interviews" is the title's premiere.
    let x = read(
        "Jumanji: Welcome to the Jungle",
        Kind::Movie,
        include_str!("corpus/067-jumanji-premiere-interviews-qa.txt"),
    );
    assert_ne!(x.next.as_deref(), Some("Jumanji: Welcome to the Jungle UK"));
}

#[test]
fn a_subtitled_sequel_by_its_subtitle_alone() {
    // 332-ghostbusters-frozen-empire-opening.txt: "The sequel to 2021's
    // Ghostbusters: Afterlife and the fifth film in the Ghostbusters
    // franchise, Frozen Empire grossed $45.2 million in its opening
    // weekend".
    let x = read(
        "Ghostbusters: Afterlife",
        Kind::Movie,
        include_str!("corpus/332-ghostbusters-frozen-empire-opening.txt"),
    );
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Ghostbusters: Frozen Empire"));
}

#[test]
fn the_n_episode_season_goes_on_with_the_season_named() {
    // 312-star-trek-discovery-s3-oct-15.txt: "So when does Star Trek:
    // Discovery season 3 start? The 13-episode season is set to premiere
    // ... on Thursday, October 15, 2020".
    let text = include_str!("corpus/312-star-trek-discovery-s3-oct-15.txt");
    let last = text
        .split("\n\n")
        .find(|p| p.starts_with("So when does"))
        .unwrap_or("");
    let x = read("Star Trek: Discovery", Kind::Series, last);
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert_eq!(x.release.as_deref(), Some("2020-10-15"));
}

#[test]
fn there_will_be_a_sequel_confirms_it() {
    // 393-spider-verse-sequel-april-2022.txt
    let x = support::read_with_aliases(
        "Spider-Man: Into the Spider-Verse",
        Kind::Movie,
        &["Spider-Verse"],
        "Sony Animation has revealed there will be a sequel to the Oscar-winning animated movie Spider-Man: Into the Spider-Verse.",
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn the_revival_in_development_is_talks() {
    // 150-desperate-housewives-maclachlan-revival.txt: "he would consider
    // taking a role in the revival of the hit show that is in development".
    let x = read(
        "Desperate Housewives",
        Kind::Series,
        include_str!("corpus/150-desperate-housewives-maclachlan-revival.txt"),
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
}

#[test]
fn a_season_renewal_received_confirms_it() {
    // 017-forever-renewed-season-2.txt
    let x = read(
        "Forever",
        Kind::Series,
        "Forever, the contemporary adaptation of Judy Blume’s classic novel, also received a second season renewal.",
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn a_network_renewing_the_show_confirms_it() {
    // 399-bay-of-fires-second-season-renewed.txt
    let x = read(
        "Bay of Fires",
        Kind::Series,
        "Tasmania’s west coast will once again welcome Archipelago Productions and Fremantle Australia for new episodes of Bay of Fires, with the ABC renewing the drama for a second season.",
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn a_numbered_title_with_a_subtitle_is_written_by_its_head_and_numbers_on() {
    // 396-anchorman-3-definitely-not.txt, the headline, for the title as
    // released: the next film is "Anchorman 3".
    let x = read(
        "Anchorman 2: The Legend Continues",
        Kind::Movie,
        "There Definitely Won’t Be an Anchorman 3",
    );
    assert_eq!(x.next.as_deref(), Some("Anchorman 3"));
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
    // 290-legally-blonde-3-script-completed.txt, first sentence.
    let x = read(
        "Legally Blonde 2: Red, White & Blonde",
        Kind::Movie,
        "Fans still have about nine months until the anticipated Legally Blonde 3 hits theaters, but like the queen she is, Reese Witherspoon has delivered a tiny scoop on the upcoming movie.",
    );
    assert_eq!(x.next.as_deref(), Some("Legally Blonde 3"));
    // 374-miss-congeniality-3-god-no.txt, read with the labels' aliases: the
    // title's own subtitle, misnamed after its numbered head ("Miss
    // Congeniality 2: Armed And Dangerous in 2005"), is no sequel.
    let x = support::read_with_aliases(
        "Miss Congeniality 2: Armed and Fabulous",
        Kind::Movie,
        &[
            "Miss Congeniality 2: Armed And Dangerous",
            "Miss Congeniality 2",
        ],
        include_str!("corpus/374-miss-congeniality-3-god-no.txt"),
    );
    assert_eq!(x.next.as_deref(), Some("Miss Congeniality 3"));
}

#[test]
fn airing_streaming_or_coming_out_on_a_day_sets_the_release_date() {
    // 402-my-hero-academia-s2-simulcast-april-1.txt, its opening: the
    // second season "will simulcast ... beginning on April 1".
    let text = support::opening(
        include_str!("corpus/402-my-hero-academia-s2-simulcast-april-1.txt"),
        3,
    );
    let x = support::read_on("My Hero Academia", Kind::Series, &text, "2017-03-02");
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert_eq!(x.release.as_deref(), Some("2017-04-01"));
    // 383-stranger-things-s2-27-october.txt: speculation in the sentence's
    // first half does not reach "the announcement that Season 2 will air on
    // Netflix on 27 October".
    let x = read(
        "Stranger Things",
        Kind::Series,
        include_str!("corpus/383-stranger-things-s2-27-october.txt"),
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert!(
        x.evidence.as_deref().unwrap_or("").contains("will air"),
        "{:?}",
        x.evidence
    );
}

#[test]
fn the_series_returning_on_a_day_is_its_next_season() {
    // 335-bad-sisters-s2-november-13.txt, its opening: "the series will
    // return on 13 November", right after a paragraph naming the show,
    // though the sentence itself looks back on the first season.
    let text = support::opening(include_str!("corpus/335-bad-sisters-s2-november-13.txt"), 2);
    let x = read("Bad Sisters", Kind::Series, &text);
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
    assert_eq!(x.release.as_deref(), Some("13 November"));
}

#[test]
fn a_show_that_returned_is_its_next_season_out() {
    // 375-the-last-of-us-s2-premiere-5-3m.txt, first sentence: the title
    // right before "returned".
    let x = read(
        "The Last of Us",
        Kind::Series,
        "HBO’s The Last of Us returned with a bang, drawing 5.3 million U.S. viewers across platforms for its Season 2 premiere — a 13% jump from its Season 1 debut.",
    );
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
    // 341-manifest-s2-premiere-ratings.txt, its opening: "the Josh
    // Dallas-fronted NBC drama returned with 4.8 million viewers", in an
    // article whose headline names the show.
    let text = support::opening(
        include_str!("corpus/341-manifest-s2-premiere-ratings.txt"),
        3,
    );
    let x = read("Manifest", Kind::Series, &text);
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn a_sequel_known_by_its_own_name_is_called_by_it() {
    // 372-sicario-sequel-starts-filming-new-mexico.txt: "the follow-up film
    // Soldado"; 388-superman-returns-sequel-unleashed-tipster.txt: "a film
    // entitled Superman Unleashed"; 289-paddington-3-filming-date.txt:
    // "Officially titled Paddington in Peru".
    for (title, text, name) in [
        (
            "Sicario",
            include_str!("corpus/372-sicario-sequel-starts-filming-new-mexico.txt"),
            "Soldado",
        ),
        (
            "Superman Returns",
            include_str!("corpus/388-superman-returns-sequel-unleashed-tipster.txt"),
            "Superman Unleashed",
        ),
        (
            "Paddington 2",
            include_str!("corpus/289-paddington-3-filming-date.txt"),
            "Paddington in Peru",
        ),
    ] {
        let x = read(title, Kind::Movie, text);
        assert_eq!(x.next.as_deref(), Some(name), "{title}");
    }
    // 137-dolphin-tale-2-sequel-watch.txt: "The sequel to Planes, ...,
    // titled “Planes: Fire and Rescue”" in a roundup is another film's.
    let x = read(
        "Dolphin Tale",
        Kind::Movie,
        include_str!("corpus/137-dolphin-tale-2-sequel-watch.txt"),
    );
    assert_eq!(x.next.as_deref(), Some("Dolphin Tale 2"));
}

#[test]
fn an_ending_counts_from_the_seasons_aired_or_the_season_renewed() {
    // 405-house-husbands-axed-nine.txt: "The show, which aired five
    // seasons, ..." is axed: the sixth never comes.
    let x = read(
        "House Husbands",
        Kind::Series,
        include_str!("corpus/405-house-husbands-axed-nine.txt"),
    );
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 6"));
    // Each way of saying it, after the headline: "which aired five seasons",
    // "had a great run over five seasons".
    for said in [
        "The show, which aired five seasons, is the latest TV series to be pulled from the network and has reportedly come down due to funding issues.",
        "House Husbands had a great run over five seasons, and it certainly could continue with the numbers it was getting,\" Hamish told TV Tonight.",
    ] {
        let text = format!("Official: House Husbands has been axed\n\n{said}");
        let x = read("House Husbands", Kind::Series, &text);
        assert_eq!(x.next.as_deref(), Some("Season 6"), "{said}");
    }
    // 379-glow-cancelled-after-renewal.txt: "Netflix cancels GLOW after
    // renewing it for season 4": the renewed fourth season is the one ended,
    // though it was to be the "fourth and final season".
    let x = read(
        "GLOW",
        Kind::Series,
        include_str!("corpus/379-glow-cancelled-after-renewal.txt"),
    );
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 4"));
}

#[test]
fn the_next_label_is_spelt_as_the_watchlist_spells_the_title() {
    // 391-fnaf-2-official-cinemacon.txt writes "Five Nights at Freddy’s 2"
    // with a curly apostrophe; the watchlist has a straight one.
    let x = read(
        "Five Nights at Freddy's",
        Kind::Movie,
        include_str!("corpus/391-fnaf-2-official-cinemacon.txt"),
    );
    assert_eq!(x.next.as_deref(), Some("Five Nights at Freddy's 2"));
    // The name's own marks stay: 034-dune-part-two-second-weekend.txt.
    let x = read(
        "Dune",
        Kind::Movie,
        include_str!("corpus/034-dune-part-two-second-weekend.txt"),
    );
    assert_eq!(x.next.as_deref(), Some("Dune: Part Two"));
    // 104-mamma-mia-2-box-office.txt: the title's own "!" is not doubled.
    let x = read(
        "Mamma Mia!",
        Kind::Movie,
        include_str!("corpus/104-mamma-mia-2-box-office.txt"),
    );
    assert!(
        !x.next.as_deref().unwrap_or("").contains("!!"),
        "{:?}",
        x.next
    );
}

#[test]
fn a_sentence_opening_on_another_title_in_marks_is_about_that_title() {
    // 381-house-of-cards-emmy-nods-spacey.txt: "\"Breaking Bad\" got 16 nods
    // for its final season" in an Emmy roundup says nothing of House of
    // Cards' next season.
    let x = read(
        "House of Cards",
        Kind::Series,
        include_str!("corpus/381-house-of-cards-emmy-nods-spacey.txt"),
    );
    assert_eq!(x.status, Status::Unknown, "{:?}", x.evidence);
    // 354-incredibles-2-record-opening.txt: "“Incredibles 2” opened above
    // ..." opens on our own sequel.
    let x = read(
        "The Incredibles",
        Kind::Movie,
        include_str!("corpus/354-incredibles-2-record-opening.txt"),
    );
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
}

#[test]
fn a_weak_release_word_needs_the_future_in_its_own_clause() {
    // 244-insidious-sequel-not-a-sure-thing.txt: "Touted as the most
    // profitable film release of the year thus far, many have been wondering
    // when James Wan’s supernatural thriller “Insidious” will start getting
    // the sequel treatment ...": the title's own release, not a sequel's.
    let x = read(
        "Insidious",
        Kind::Movie,
        include_str!("corpus/244-insidious-sequel-not-a-sure-thing.txt"),
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
}

#[test]
fn a_script_being_written_is_talks() {
    // 319-girls-trip-sequel-being-written.txt: "I know the writer's deal is
    // done, so it's being written."
    let x = read(
        "Girls Trip",
        Kind::Movie,
        include_str!("corpus/319-girls-trip-sequel-being-written.txt"),
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
}

#[test]
fn not_talking_about_the_installment_denies_it() {
    // 226-making-a-murderer-no-s2.txt: Ted Sarandos, "There’s no idea for a
    // second season, there’s no pitch for a second season; we’re not
    // talking about a second season."
    let x = read(
        "Making a Murderer",
        Kind::Series,
        include_str!("corpus/226-making-a-murderer-no-s2.txt"),
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn comments_a_principal_dismisses_are_denied() {
    // 269-heathers-director-no-sequel.txt: "Director Michael Lehmann has
    // dismissed Winona Ryder's comments confirming a sequel to their cult
    // comedy HEATHERS is in the works, insisting the actress has got it all
    // wrong."
    let x = read(
        "Heathers",
        Kind::Movie,
        include_str!("corpus/269-heathers-director-no-sequel.txt"),
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn god_no_as_the_whole_answer_denies() {
    // 374-miss-congeniality-3-god-no.txt: "Sandra was asked about a possible
    // third instalment, to which she replied: “God no!”"
    let x = support::read_with_aliases(
        "Miss Congeniality 2: Armed and Fabulous",
        Kind::Movie,
        &[
            "Miss Congeniality 2: Armed And Dangerous",
            "Miss Congeniality 2",
        ],
        include_str!("corpus/374-miss-congeniality-3-god-no.txt"),
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn a_one_word_subtitle_written_twice_names_the_sequel() {
    // 454-annabelle-creation-tops-box-office.txt: "with New Line Cinema
    // release Annabelle: Creation earning US$35 million" and, later,
    // "Annabelle: Creation, directed by David F. Sandberg".
    let x = read(
        "Annabelle",
        Kind::Movie,
        include_str!("corpus/454-annabelle-creation-tops-box-office.txt"),
    );
    assert_eq!(x.next.as_deref(), Some("Annabelle: Creation"));
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
}

#[test]
fn a_sequel_named_in_apposition_that_debuted_is_released() {
    // 481-best-man-holiday-opens-30-million.txt: "The sequel to the 1999
    // classic, The Best Man Holiday, debuted in second place at the box
    // office this week".
    let x = read(
        "The Best Man",
        Kind::Movie,
        include_str!("corpus/481-best-man-holiday-opens-30-million.txt"),
    );
    assert_eq!(x.next.as_deref(), Some("The Best Man Holiday"));
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
}

#[test]
fn scope_a_superlative_in_what_the_sequel_follows_is_the_original() {
    // 449-wolf-creek-2-begins-shooting.txt: "The sequel to Australia’s
    // highest grossing R-rated film ever has started production in South
    // Australia after long delays."
    let x = read(
        "Wolf Creek",
        Kind::Movie,
        include_str!("corpus/449-wolf-creek-2-begins-shooting.txt"),
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
}

#[test]
fn the_maker_saying_there_will_be_no_next_season_denies() {
    // 486-chernobyl-no-second-season.txt: "Craig Mazin, the creator of
    // Chernobyl, has confirmed that there will be no second season."
    let x = read(
        "Chernobyl",
        Kind::Series,
        include_str!("corpus/486-chernobyl-no-second-season.txt"),
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn a_sequel_that_found_a_home_at_a_streamer_is_confirmed() {
    // 450-chicken-run-sequel-finds-netflix-home.txt: "That Chicken Run
    // sequel they’ve been banging on about for years has FINALLY found a
    // home chicken coop in international streaming giant Netflix".
    let x = read(
        "Chicken Run",
        Kind::Movie,
        include_str!("corpus/450-chicken-run-sequel-finds-netflix-home.txt"),
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn scope_a_cinema_confirming_it_will_air_the_film_is_the_original() {
    // 455-your-name-ph-cinemas-dec-14.txt: "Finally, SM Cinema confirmed
    // through its website that it will air the Japanese anime hit “Kimi No
    // Na Wa” (Your Name)." Nothing is said of a sequel.
    let x = support::read_with_aliases(
        "Your Name",
        Kind::Movie,
        &["Kimi No Na Wa"],
        include_str!("corpus/455-your-name-ph-cinemas-dec-14.txt"),
    );
    assert_eq!(x.status, Status::Unknown, "{:?}", x.evidence);
}

#[test]
fn on_the_cards_is_rumored() {
    // 463-love-on-the-spectrum-series-two-on-the-cards.txt: "It looks like
    // a second series of the show is on the cards, and applications for the
    // show reportedly opened in June."
    let x = read(
        "Love on the Spectrum",
        Kind::Series,
        include_str!("corpus/463-love-on-the-spectrum-series-two-on-the-cards.txt"),
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
}

#[test]
fn the_title_in_the_possessive_dates_its_final_season() {
    // 480-barry-final-season-april-16.txt: the title is written only in
    // the possessive (with a reversed mark), and the final season has its
    // day.
    let x = read(
        "Barry",
        Kind::Series,
        "Barry‘s last season will being airing on HBO on April 16 and will consist of eight episodes.",
    );
    assert!(x.mentioned);
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    let x = read(
        "Barry",
        Kind::Series,
        include_str!("corpus/480-barry-final-season-april-16.txt"),
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
}

#[test]
fn dropping_the_smallest_hint_cancels_nothing() {
    // 470-gone-girl-flynn-sequel-at-some-point.txt: "Gone Girl writer
    // Gillian Flynn dropped the smallest hint ever about a possible sequel
    // to her hit book and film of the same name".
    let x = read(
        "Gone Girl",
        Kind::Movie,
        include_str!("corpus/470-gone-girl-flynn-sequel-at-some-point.txt"),
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
}

#[test]
fn an_exclusive_conversation_with_an_outlet_is_an_interview_not_talks() {
    // 453-coraline-selick-if-theres-a-good-story.txt: "During an exclusive
    // conversation with Screen Rant columnists, the director Henry Selick
    // shared his thoughts and wishes about a possible sequel".
    let x = read(
        "Coraline",
        Kind::Movie,
        include_str!("corpus/453-coraline-selick-if-theres-a-good-story.txt"),
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
}

#[test]
fn not_even_thinking_about_the_sequel_denies() {
    // 485-straight-outta-compton-not-at-all.txt: "We're not even thinking
    // about the sequel or considering on one."
    let x = read(
        "Straight Outta Compton",
        Kind::Movie,
        include_str!("corpus/485-straight-outta-compton-not-at-all.txt"),
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn the_plug_being_pulled_on_a_third_film_cancels_it() {
    // 448-nanny-mcphee-lost-third-film.txt: "The box office for the second
    // movie fell a little below that of the first, and that pretty much
    // immediately led to the plug being pulled on a third film."
    let x = support::read_with_aliases(
        "Nanny McPhee and the Big Bang",
        Kind::Movie,
        &["Nanny McPhee"],
        include_str!("corpus/448-nanny-mcphee-lost-third-film.txt"),
    );
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
}

#[test]
fn the_season_a_show_is_in_now_is_not_its_next() {
    // 040-cleveland-show-fox-denies-cancellation.txt: "... is currently in
    // its fourth season on FOX": the next season is the fifth.
    let x = read(
        "The Cleveland Show",
        Kind::Series,
        include_str!("corpus/040-cleveland-show-fox-denies-cancellation.txt"),
    );
    assert_eq!(x.next.as_deref(), Some("Season 5"), "{:?}", x.evidence);
}

#[test]
fn a_headline_ending_in_a_quoted_title_gives_way_to_the_articles_sentence() {
    // 483-magic-city-cancelled-starz.txt: the headline "Starz Cancels ‘Magic
    // City’" and the article's "Starz has canceled the 1959 based Miami
    // drama Magic City after its second season."
    let x = read(
        "Magic City",
        Kind::Series,
        include_str!("corpus/483-magic-city-cancelled-starz.txt"),
    );
    assert_eq!(x.status, Status::Cancelled);
    assert_eq!(
        x.evidence.as_deref(),
        Some("Starz has canceled the 1959 based Miami drama Magic City after its second season.")
    );
}

#[test]
fn talks_about_a_possible_sequel_are_talks() {
    // 066-the-guest-2-stevens-talks.txt: "Stevens says the potential for a
    // sequel to that are still there as there has been talks about
    // continuing the story".
    let x = read(
        "The Guest",
        Kind::Movie,
        include_str!("corpus/066-the-guest-2-stevens-talks.txt"),
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
}

#[test]
fn plans_for_two_more_films_are_talks() {
    // 346-the-old-guard-trilogy-plans.txt: "Prince-Bythewood confirmed she
    // and writer Greg Rucka, who adapted his own graphic novel series, have
    // plans for two more films."
    let x = read(
        "The Old Guard",
        Kind::Movie,
        include_str!("corpus/346-the-old-guard-trilogy-plans.txt"),
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
}

#[test]
fn released_in_theaters_is_out_and_to_be_released_in_theaters_is_dated() {
    // 491-war-2-nizam-day-1.txt: "War 2 released in theaters yesterday amid
    // high expectations."
    let x = read(
        "War",
        Kind::Movie,
        include_str!("corpus/491-war-2-nizam-day-1.txt"),
    );
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
    // 094-dont-breathe-2-release-date.txt: "the plan is for Don't Breathe 2
    // to be released in theaters on August 13".
    let x = read(
        "Don't Breathe",
        Kind::Movie,
        include_str!("corpus/094-dont-breathe-2-release-date.txt"),
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
}

#[test]
fn a_label_right_before_confirmed_is_a_headline_claim() {
    // 492-drishyam-3-confirmed-mohanlal.txt: the star's post "The Past
    // Never Stays Silent. Drishyam 3 Confirmed #Drishyam3".
    let x = read(
        "Drishyam 2",
        Kind::Movie,
        include_str!("corpus/492-drishyam-3-confirmed-mohanlal.txt"),
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn an_unnumbered_next_season_is_guessed_only_for_a_young_show() {
    // 430-revolution-renewed-season-2-salke.txt: NBC renews the 2012 show
    // in April 2013, the article never writes a season number: its
    // second season.
    let x = support::read_of_year(
        "Revolution",
        Kind::Series,
        2012,
        include_str!("corpus/430-revolution-renewed-season-2-salke.txt"),
        "2013-04-27",
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
    // 150-desperate-housewives-maclachlan-revival.txt (dated "July 7",
    // 2025 from the star's age): talk of reviving a show that ran eight
    // seasons from 2004, no count in the article: no "Season 2" made up
    // (the revival is named as such), and the star's words on it are still
    // kept.
    let x = support::read_of_year(
        "Desperate Housewives",
        Kind::Series,
        2004,
        include_str!("corpus/150-desperate-housewives-maclachlan-revival.txt"),
        "2025-07-07",
    );
    assert_ne!(x.status, Status::Unknown);
    assert_eq!(x.next.as_deref(), Some("Desperate Housewives revival"));
    assert!(!x.quotes.is_empty());
    // 518-the-office-open-invitation.txt (August 2017): NBC's chairman on an
    // Office revival; no count for it, and his words are about it.
    let x = support::read_of_year(
        "The Office",
        Kind::Series,
        2005,
        include_str!("corpus/518-the-office-open-invitation.txt"),
        "2017-08-03",
    );
    assert_eq!(x.next.as_deref(), Some("The Office revival"));
    assert!(x.mentioned);
    assert!(
        x.quotes
            .iter()
            .any(|q| q.text.starts_with("We often talk about The Office")),
        "{:?}",
        x.quotes
    );
}

#[test]
fn wrapping_up_a_video_is_no_wrapped_shoot() {
    // 488-all-of-us-are-dead-s2-geeked-week.txt: "Cho Yi Hyun wraps up the
    // announcement video by saying, “What will happen in ALL OF US ARE DEAD
    // Season 2?”": the renewal is announced, nothing is filmed yet.
    let x = read(
        "All of Us Are Dead",
        Kind::Series,
        include_str!("corpus/488-all-of-us-are-dead-s2-geeked-week.txt"),
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn shooting_the_title_itself_is_the_film_that_exists() {
    // 494-shang-chi-sequel-cretton-done-zero.txt: the director on a show
    // idea "I was bouncing around with our producer while we were shooting
    // Shang-Chi": the first film's shoot, long over, says nothing of the
    // sequel, which he is "officially working on".
    let x = support::read_with_aliases(
        "Shang-Chi and the Legend of the Ten Rings",
        Kind::Movie,
        &["Shang-Chi"],
        include_str!("corpus/494-shang-chi-sequel-cretton-done-zero.txt"),
    );
    assert_ne!(x.status, Status::InProduction, "{:?}", x.evidence);
    assert!(
        x.evidence
            .as_deref()
            .is_some_and(|e| e.contains("officially working on the sequel")),
        "{:?}",
        x.evidence
    );
}

#[test]
fn people_killed_are_no_show_killed() {
    // 523-the-jinx-part-two-april-21.txt: "He “killed them all, of
    // course,” the now-convicted murderer admitted in the finale of The
    // Jinx": a docuseries' subject, not its cancellation; the second part's
    // day is the news.
    let x = support::read_with_aliases(
        "The Jinx: The Life and Deaths of Robert Durst",
        Kind::Series,
        &["The Jinx"],
        include_str!("corpus/523-the-jinx-part-two-april-21.txt"),
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
}

#[test]
fn a_series_that_starts_on_a_weekday_and_date_is_dated() {
    // 464-muster-dogs-s2-starts-january-14.txt: "The new series starts on
    // Sunday, January 14 at 7.30pm on ABC TV".
    let x = read(
        "Muster Dogs",
        Kind::Series,
        include_str!("corpus/464-muster-dogs-s2-starts-january-14.txt"),
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert_eq!(
        x.evidence.as_deref(),
        Some("The new series starts on Sunday, January 14 at 7.30pm on ABC TV, with all episodes available to binge on ABC iview.")
    );
}

#[test]
fn a_day_after_its_release_is_out() {
    // 421-the-glory-part-2-ranks-third.txt: "“The Glory” Part 2 rose to
    // third place in Netflix’s global rankings just one day after its
    // release on the 10th."
    let x = read(
        "The Glory",
        Kind::Series,
        include_str!("corpus/421-the-glory-part-2-ranks-third.txt"),
    );
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
}

#[test]
fn a_premiere_told_of_in_the_past_is_out() {
    // 482-euphoria-s2-premiere-record.txt: the headline "Season 2 of
    // ‘Euphoria’ Claims Largest Viewer Record for Premiere on HBO Max" and
    // "The Season 2 premiere was also the best performing HBO Max show or
    // movie on Sunday night".
    let x = read(
        "Euphoria",
        Kind::Series,
        include_str!("corpus/482-euphoria-s2-premiere-record.txt"),
    );
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
    assert!(
        x.evidence
            .as_deref()
            .is_some_and(|e| e.starts_with("The Season 2 premiere was also")),
        "{:?}",
        x.evidence
    );
}

#[test]
fn a_sign_read_is_a_hedge_and_the_past_stops_at_but() {
    // 472-shogun-season-2-discussions-sanada.txt: "Shogun hasn’t been
    // renewed for another season just yet, but there’s exciting news that
    // basically signals that the renewal is on the way." and "Shogun was
    // originally intended to be a limited series, but its success at FX on
    // Hulu has led to discussions of a second season."
    let x = read(
        "Shogun",
        Kind::Series,
        include_str!("corpus/472-shogun-season-2-discussions-sanada.txt"),
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
}

#[test]
fn a_show_named_before_revival_is_its_comeback() {
    // 559-scrubs-revival-in-development-abc.txt: "knowing that a Scrubs
    // revival is in development at ABC" (the title between "a" and
    // "revival"); no season count anywhere, so the comeback is its label.
    let x = read(
        "Scrubs",
        Kind::Series,
        include_str!("corpus/559-scrubs-revival-in-development-abc.txt"),
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Scrubs revival"));
}

#[test]
fn filming_a_named_revival_is_production() {
    // 560-malcolm-in-the-middle-revival-filming.txt: "Frankie Muniz just
    // confirmed that filming is underway for the highly anticipated Malcolm
    // in the Middle revival".
    let x = read(
        "Malcolm in the Middle",
        Kind::Series,
        include_str!("corpus/560-malcolm-in-the-middle-revival-filming.txt"),
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Malcolm in the Middle revival"));
}

#[test]
fn a_films_reboot_is_no_sequel() {
    // 169-hocus-pocus-parker-we-have-all-said-yes.txt: "Rumours about a
    // reboot of the beloved film have swirled for months now." is not the
    // evidence for the sequel Disney has in the works.
    let x = read(
        "Hocus Pocus",
        Kind::Movie,
        include_str!("corpus/169-hocus-pocus-parker-we-have-all-said-yes.txt"),
    );
    assert!(
        x.evidence
            .as_deref()
            .is_some_and(|e| !e.starts_with("Rumours about a reboot")),
        "{:?}",
        x.evidence
    );
}

#[test]
fn getting_or_scoring_the_next_season_confirms_it() {
    // 557-welcome-to-wrexham-third-season-fx.txt: "‘Welcome to Wrexham’
    // scores third season at FX" and "... is getting a third season at
    // FX."
    let x = read(
        "Welcome to Wrexham",
        Kind::Series,
        include_str!("corpus/557-welcome-to-wrexham-third-season-fx.txt"),
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 3"));
    // 063-firefly-lane-s2-renewal.txt: "Firefly Lane, starring Katherine
    // Heigel & Sarah Chalke, scored a season 2 renewal on Wednesday." is
    // the news (not the headline's question about other shows).
    let x = read(
        "Firefly Lane",
        Kind::Series,
        include_str!("corpus/063-firefly-lane-s2-renewal.txt"),
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
    assert!(
        x.evidence
            .as_deref()
            .is_some_and(|e| e.starts_with("Firefly Lane, starring")),
        "{:?}",
        x.evidence
    );
}

#[test]
fn getting_something_else_confirms_nothing() {
    // 027-prometheus-sequel-writer.txt: "Prometheus Sequel Gets Itself a
    // Writer" is a hire for a sequel in talks.
    let x = read(
        "Prometheus",
        Kind::Movie,
        include_str!("corpus/027-prometheus-sequel-writer.txt"),
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
    // 127-sleep-dealer-killer-sequel.txt: "Sleep Dealer is getting a
    // limited theatrical run in the US on April 17, 2009" is the film's own
    // release.
    let x = read(
        "Sleep Dealer",
        Kind::Movie,
        include_str!("corpus/127-sleep-dealer-killer-sequel.txt"),
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
}

#[test]
fn an_adverb_inside_a_cue_phrase_changes_nothing() {
    // 530-greyhound-sequel-starts-shooting.txt: "Greyhound is getting a
    // sequel and the cameras are already rolling in Australia."
    let x = read(
        "Greyhound",
        Kind::Movie,
        include_str!("corpus/530-greyhound-sequel-starts-shooting.txt"),
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
    // 058-jurassic-world-dominion-wraps.txt: "‘Jurassic World: Dominion’
    // has finally wrapped up it’s production." is the news (and names the
    // sequel), not the postponed shoot of "‘Jurassic World 3’".
    let x = read(
        "Jurassic World",
        Kind::Movie,
        include_str!("corpus/058-jurassic-world-dominion-wraps.txt"),
    );
    assert_eq!(x.next.as_deref(), Some("Jurassic World: Dominion"));
    assert!(
        x.evidence
            .as_deref()
            .is_some_and(|e| e.contains("has finally wrapped up")),
        "{:?}",
        x.evidence
    );
}

#[test]
fn a_common_word_title_with_its_number_is_the_sequel_and_a_slashed_day_its_date() {
    // 555-sing-2-out-12-22-21.txt, published 2020-12-21: "Sing 2 is out
    // 12/22/21." (no film word in the sentence; the date as American
    // outlets write it, a day still to come).
    let x = support::read_on(
        "Sing",
        Kind::Movie,
        include_str!("corpus/555-sing-2-out-12-22-21.txt"),
        "2020-12-21",
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Sing 2"));
    assert_eq!(x.release.as_deref(), Some("2021-12-22"));
    assert_eq!(x.evidence.as_deref(), Some("Sing 2 is out 12/22/21."));
}

#[test]
fn this_weeks_premiere_has_aired() {
    // 562-night-court-second-season-christmas.txt: "That’s the case for
    // this week’s premiere of the second (or eleventh) season of the
    // brilliantly funny revival of Night Court." (the count given first).
    let x = support::read_of_year(
        "Night Court",
        Kind::Series,
        2023,
        include_str!("corpus/562-night-court-second-season-christmas.txt"),
        "2023-12-27",
    );
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn an_earlier_season_out_beside_the_renewal_is_not_the_next_one_out() {
    // 531-slow-horses-renewed-season-5.txt: "Apple TV+ has renewed the spy
    // thriller for a fifth season less than one week after the Season 3
    // finale debuted".
    let x = read(
        "Slow Horses",
        Kind::Series,
        include_str!("corpus/531-slow-horses-renewed-season-5.txt"),
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 5"));
}

#[test]
fn talks_that_sources_tell_of_are_talks() {
    // 550-kpop-demon-hunters-sony-netflix-discuss.txt: "Sources have
    // revealed that Sony Pictures is currently in discussions with Netflix
    // to create an animated sequel" (talks are unofficial anyway; the
    // sources do not make them a rumour).
    let x = read(
        "KPop Demon Hunters",
        Kind::Movie,
        include_str!("corpus/550-kpop-demon-hunters-sony-netflix-discuss.txt"),
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
}

#[test]
fn a_number_the_title_says_is_not_its_count() {
    // 225-13-going-on-30-garner.txt: a sequel to "13 Going on 30" is not
    // "13 Going on 31".
    let x = read(
        "13 Going on 30",
        Kind::Movie,
        include_str!("corpus/225-13-going-on-30-garner.txt"),
    );
    assert_eq!(x.next.as_deref(), Some("13 Going on 30 2"));
    // 513-friday-the-13th-part-2-dead.txt: nor is the sequel to "Friday
    // the 13th" (2009) "Friday the 14".
    let x = read(
        "Friday the 13th",
        Kind::Movie,
        include_str!("corpus/513-friday-the-13th-part-2-dead.txt"),
    );
    assert_eq!(x.next.as_deref(), Some("Friday the 13th Part 2"));
}

#[test]
fn a_version_number_in_capitals_is_the_sequels_name() {
    // 554-m3gan-2-blum-death-spiral.txt: "Universal and Blumhouse’s killer
    // robot sequel, M3GAN 2.0" (a title in capitals is not shouted, and
    // "2.0" is its number as written).
    let x = read(
        "M3GAN",
        Kind::Movie,
        include_str!("corpus/554-m3gan-2-blum-death-spiral.txt"),
    );
    assert_eq!(x.next.as_deref(), Some("M3GAN 2.0"));
}

#[test]
fn the_way_the_article_counts_most_names_the_label() {
    // 262-gentleman-jack-series-2-filming.txt counts only in series ("second
    // series", "series two").
    let x = support::read_on(
        "Gentleman Jack",
        Kind::Series,
        include_str!("corpus/262-gentleman-jack-series-2-filming.txt"),
        "2020-11-06",
    );
    assert_eq!(x.next.as_deref(), Some("Series 2"));
    // 107-queens-gambit-no-season-2.txt: "second series" once beside
    // "second season" twice.
    let x = read(
        "The Queen's Gambit",
        Kind::Series,
        include_str!("corpus/107-queens-gambit-no-season-2.txt"),
    );
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn renewed_for_a_third_is_the_third_season() {
    // 277-boardwalk-empire-renewed-s3.txt: "Three episodes into its second
    // season, HBO has renewed Boardwalk Empire for a third." beside "...
    // returned for its second season September 25".
    let x = read(
        "Boardwalk Empire",
        Kind::Series,
        include_str!("corpus/277-boardwalk-empire-renewed-s3.txt"),
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 3"));
}

#[test]
fn returning_for_a_fifth_counts_the_season_left_out() {
    // 115-veep-renewed-iannucci-exit.txt: "The Julia Louis-Dreyfus vehicle
    // and Mike Judge’s take on the tech world will return for a fifth and
    // third season, respectively".
    let x = read(
        "Veep",
        Kind::Series,
        include_str!("corpus/115-veep-renewed-iannucci-exit.txt"),
    );
    assert_eq!(x.next.as_deref(), Some("Season 5"));
}

#[test]
fn series_spelt_out_after_it_is_no_british_count() {
    // 463-love-on-the-spectrum-series-two-on-the-cards.txt: "series two"
    // twice and "second series" once against "second season" twice; only
    // digits make "series" a count ("the series two years ago" is none),
    // so the article counts seasons.
    let x = support::read_on(
        "Love on the Spectrum",
        Kind::Series,
        include_str!("corpus/463-love-on-the-spectrum-series-two-on-the-cards.txt"),
        "2020-07-30",
    );
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn an_answer_to_the_report_before_it_denies_the_sequel() {
    // 578-jab-we-met-2-not-happening.txt: "... there were reports ... that
    // ... Jab We Met, was getting a sequel. Now, reacting to this, the
    // director of Jab We Met, Imtiaz Ali, denied the rumours and told News
    // 18, “No, it’s not happening."": the quote answers the report (its
    // "it" is the sequel), and "denied the rumours" does not negate the
    // director's own "not happening".
    let x = support::read_on(
        "Jab We Met",
        Kind::Movie,
        include_str!("corpus/578-jab-we-met-2-not-happening.txt"),
        "2023-10-03",
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
    assert!(
        x.evidence
            .as_deref()
            .is_some_and(|e| e.contains("not happening")),
        "{:?}",
        x.evidence
    );
}

#[test]
fn rumours_of_the_next_season_called_false_deny_it() {
    // 582-no-game-no-life-s2-rumors-fake.txt: "... the series' creator,
    // Yuu Kamiya, confirmed that rumors of a second season are false.":
    // the story of the installment is untrue (not a rumour, not unknown).
    let x = read(
        "No Game No Life",
        Kind::Series,
        include_str!("corpus/582-no-game-no-life-s2-rumors-fake.txt"),
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn nope_to_a_question_about_the_sequel_denies_it() {
    // 589-sinister-3-nope-blum.txt: "... a fan asked Jason Blum if Sinister
    // 3 was a possibility. To which Blum simply replied." then the
    // paragraph "Nope. :(": the answer is to the question before it.
    let x = read(
        "Sinister",
        Kind::Movie,
        include_str!("corpus/589-sinister-3-nope-blum.txt"),
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn cancelling_the_show_named_earlier_in_the_sentence_cancels_it() {
    // 604-kevin-can-wait-cancelled-cbs.txt: "That’s a wrap for Kevin James
    // on the CBS comedy series Kevin Can Wait, as it’s been officially
    // confirmed that the network has cancelled the show."
    let x = read(
        "Kevin Can Wait",
        Kind::Series,
        include_str!("corpus/604-kevin-can-wait-cancelled-cbs.txt"),
    );
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
}

#[test]
fn a_premiere_of_his_new_comedy_is_not_the_sequels() {
    // 587-dodgeball-vaughn-studio-likes-it.txt: "Vaughn gave an update on the
    // possibility of a Dodgeball sequel to The Hollywood Reporter earlier
    // this week (November 30) at a premiere of his raunchy new holiday
    // comedy Christmas with the Campbells, ...": no date for the sequel.
    let q = sequel_radar_core::extract::TitleQuery {
        name: "Dodgeball: A True Underdog Story".into(),
        kind: Kind::Movie,
        year: Some(2004),
        aliases: vec!["Dodgeball".into()],
    };
    let claims = sequel_radar_core::extract::explain(
        &q,
        include_str!("corpus/587-dodgeball-vaughn-studio-likes-it.txt"),
        chrono::NaiveDate::from_ymd_opt(2022, 12, 2),
    );
    assert!(
        claims.iter().all(|c| !c.starts_with("release_date_set")),
        "{claims:?}"
    );
}

#[test]
fn a_sequel_that_comes_out_on_a_day_has_its_date() {
    // 625-the-bad-guys-2-cinemacon-august-1.txt: "“The Bad Guys 2” comes out
    // August 1."
    let x = read(
        "The Bad Guys",
        Kind::Movie,
        include_str!("corpus/625-the-bad-guys-2-cinemacon-august-1.txt"),
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
}

#[test]
fn a_show_going_on_as_a_film_is_its_next_installment() {
    // 640-peaky-blinders-film-production-starts.txt: "Cillian Murphy has
    // started production on the 'Peaky Blinders' film."
    let x = read(
        "Peaky Blinders",
        Kind::Series,
        include_str!("corpus/640-peaky-blinders-film-production-starts.txt"),
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Peaky Blinders film"));
    // 599-chuck-netflix-movies-plans-only-his.txt: "... what I would love to
    // do is, essentially, Chuck movies."
    let x = read(
        "Chuck",
        Kind::Series,
        include_str!("corpus/599-chuck-netflix-movies-plans-only-his.txt"),
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Chuck movie"));
    // 598-deadwood-movie-script-turned-in.txt: "by the time the show hits
    // season three" counts seasons; the film is still what comes next ("a
    // script for a Deadwood movie for HBO").
    let x = read(
        "Deadwood",
        Kind::Series,
        include_str!("corpus/598-deadwood-movie-script-turned-in.txt"),
    );
    assert_eq!(x.next.as_deref(), Some("Deadwood movie"));
}

#[test]
fn a_sequel_that_strikes_again_is_named_by_its_verb() {
    // 644-johnny-english-strikes-again-offshore.txt: "Universal/Working
    // Title’s Johnny English Strikes Again crossed the $100M mark at the
    // international box office late last week ..."
    let x = read(
        "Johnny English",
        Kind::Movie,
        include_str!("corpus/644-johnny-english-strikes-again-offshore.txt"),
    );
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Johnny English Strikes Again"));
}

#[test]
fn taking_a_meeting_for_the_sequel_is_talks() {
    // 634-call-me-by-your-name-sequel-on-hold.txt: "He has even taken a
    // meeting with a screenwriter for the Call Me By Your Name follow-up."
    let x = read(
        "Call Me by Your Name",
        Kind::Movie,
        include_str!("corpus/634-call-me-by-your-name-sequel-on-hold.txt"),
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
}

#[test]
fn a_shoot_that_starts_later_is_confirmed() {
    // https://broadwayworld.com/bwwtv/article/Sequel-to-Animated-Comedy-SHAUN-THE-SHEEP-MOVIE-in-the-Workds-20161025
    let x = read(
        "Shaun the Sheep Movie",
        Kind::Movie,
        "Shaun the Sheep Movie 2 will be directed by Richard Starzak and produced by Paul Kewley, the team who brought you Shaun's original Oscar-nominated movie. Pre-production will commence January 2017.",
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
    // 388-superman-returns-sequel-unleashed-tipster.txt: a verb in a film's
    // name is no shoot ("co-financed The Dark Knight, Batman Begins and
    // Superman Returns") and confirms nothing.
    let x = read(
        "Superman Returns",
        Kind::Movie,
        include_str!("corpus/388-superman-returns-sequel-unleashed-tipster.txt"),
    );
    assert_ne!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn a_subtitle_after_a_colon_is_part_of_the_name() {
    // 669-den-of-thieves-2-january-10.txt: "Fans are ecstatic as the sequel
    // titled Den of Thieves 2: Pantera has just been announced." (the colon
    // ends no clause: the label is what was announced).
    let x = read(
        "Den of Thieves",
        Kind::Movie,
        include_str!("corpus/669-den-of-thieves-2-january-10.txt"),
    );
    assert!(
        matches!(x.status, Status::Confirmed | Status::ReleaseDateSet),
        "{:?} {:?}",
        x.status,
        x.evidence
    );
}

#[test]
fn an_ending_chosen_by_its_makers_is_a_denial_by_a_network_a_cancellation() {
    // 626-amphibia-ended-on-own-terms-braly.txt: "We chatted with Braly about
    // his decision to end the series, ...".
    let x = read(
        "Amphibia",
        Kind::Series,
        include_str!("corpus/626-amphibia-ended-on-own-terms-braly.txt"),
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
    // 607-bojack-horseman-netflix-choice-to-end.txt: one early report that
    // "the show’s creator ... decided to end the show" against three
    // sentences saying the network did ("it was Netflix’s choice to end the
    // series", "Netflix had chosen to cancel it", "Netflix who pulled the
    // plug"): the ending said most often stands.
    let x = read(
        "BoJack Horseman",
        Kind::Series,
        include_str!("corpus/607-bojack-horseman-netflix-choice-to-end.txt"),
    );
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
    // 031-i-am-not-okay-with-this-cancelled.txt: "Netflix made the
    // disappointing decision to end the show ...".
    let x = read(
        "I Am Not Okay With This",
        Kind::Series,
        include_str!("corpus/031-i-am-not-okay-with-this-cancelled.txt"),
    );
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
}

#[test]
fn a_hedge_does_not_reach_into_a_past_when_clause() {
    // 649-poker-face-lyonne-on-cancellation.txt: "Fans may have been
    // surprised when Peacock canceled the Natasha Lyonne-led mystery series
    // "Poker Face" after two seasons... but Lyonne wasn't."
    let x = read(
        "Poker Face",
        Kind::Series,
        include_str!("corpus/649-poker-face-lyonne-on-cancellation.txt"),
    );
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
}

#[test]
fn the_upcoming_installment_is_taken_as_coming() {
    // 684-survivor-41-back-into-production.txt: "The reality series is set
    // to begin making new episodes in Fiji for the show’s upcoming 41st
    // season, host Jeff Probst announced Monday."
    let x = read(
        "Survivor",
        Kind::Series,
        include_str!("corpus/684-survivor-41-back-into-production.txt"),
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
    // 128-sahara-script-being-written.txt: "the director hinted at the
    // possibilty of an upcoming sequel" takes nothing as coming; the script
    // being written is talks.
    let x = read(
        "Sahara",
        Kind::Movie,
        include_str!("corpus/128-sahara-script-being-written.txt"),
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
}

#[test]
fn a_season_out_today_is_released() {
    // 679-too-hot-to-handle-s2-lands-today.txt: "Too Hot To Handle
    // officially returns to Netflix today for season 2, ..."
    let x = read(
        "Too Hot to Handle",
        Kind::Series,
        include_str!("corpus/679-too-hot-to-handle-s2-lands-today.txt"),
    );
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
}

#[test]
fn an_installment_off_the_table_is_denied() {
    // 665-eternals-2-no-immediate-plans.txt: "Feige, who has been
    // instrumental in shaping the Marvel Cinematic Universe ..., has
    // confirmed that this sequel is off the table."
    let x = read(
        "Eternals",
        Kind::Movie,
        include_str!("corpus/665-eternals-2-no-immediate-plans.txt"),
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn no_sequel_before_is_a_record_not_a_denial() {
    // 663-captain-marvel-the-marvels-opening-low.txt: "And The Marvels
    // debuted with more than $100 million less than Captain Marvel opened
    // with—something no sequel before has ever done, the AP reports."
    let x = read(
        "Captain Marvel",
        Kind::Movie,
        include_str!("corpus/663-captain-marvel-the-marvels-opening-low.txt"),
    );
    assert_ne!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn another_titles_part_or_original_names_another_sequel() {
    // 666-kraven-the-hunter-box-office-doa.txt: "Like the original Moana,
    // the sequel reportedly cost $150 million ..." and "Wicked: Part Two
    // arrives next November ..." are other films' news; nothing is said of
    // a Kraven sequel.
    let x = read(
        "Kraven the Hunter",
        Kind::Movie,
        include_str!("corpus/666-kraven-the-hunter-box-office-doa.txt"),
    );
    assert_eq!(x.status, Status::Unknown, "{:?}", x.evidence);
}

#[test]
fn choosing_not_to_pick_up_cancels_and_no_possibility_denies() {
    // 648-paper-girls-canceled-prime-video.txt: "According to Deadline,
    // Amazon Prime Video has chosen not to pick up Paper Girls, ..., for a
    // second season."
    let x = read(
        "Paper Girls",
        Kind::Series,
        include_str!("corpus/648-paper-girls-canceled-prime-video.txt"),
    );
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
    // 667-taken-no-plans-for-taken-4.txt: "Liam Neeson ... has said that
    // there is no possibility of the fourth installment in the franchise."
    let x = read(
        "Taken",
        Kind::Movie,
        include_str!("corpus/667-taken-no-plans-for-taken-4.txt"),
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn a_persons_third_film_is_their_work_not_an_installment() {
    // 689-nope-peele-teases-sequel.txt: "Jordan Peele's third film, starring
    // Daniel Kaluuya, Keke Palmer and Steven Yeun, hit theaters on July 22
    // ..." is Nope itself, no "Nope 3" dated; the sequel is only teased.
    let x = read(
        "Nope",
        Kind::Movie,
        include_str!("corpus/689-nope-peele-teases-sequel.txt"),
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
}

#[test]
fn in_theaters_with_a_day_in_a_parenthesis_is_a_release_date() {
    // 699-daddys-home-2-gibson-lithgow-nov-10.txt: "But it all blows up when
    // their respective fathers visit for the holidays in Daddy's Home 2 (in
    // theaters Nov. 10)."
    let x = read(
        "Daddy's Home",
        Kind::Movie,
        include_str!("corpus/699-daddys-home-2-gibson-lithgow-nov-10.txt"),
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert_eq!(x.release.as_deref(), Some("Nov. 10"));
    // 705-mama-2-director-doesnt-think-he-would.txt: "after the film opened
    // in theaters" has no day: the original's run, no sequel's date.
    let x = read(
        "Mama",
        Kind::Movie,
        include_str!("corpus/705-mama-2-director-doesnt-think-he-would.txt"),
    );
    assert_ne!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn a_three_letter_title_in_marks_with_its_number_is_the_sequel() {
    // 701-red-2-weekend-top-ten.txt: "Lionsgate’s “Red 2” struggled to keep
    // pace with its predecessor" (the only mention; no film word near it).
    let x = read(
        "Red",
        Kind::Movie,
        include_str!("corpus/701-red-2-weekend-top-ten.txt"),
    );
    assert!(x.mentioned);
    assert_eq!(x.next.as_deref(), Some("Red 2"));
}

#[test]
fn a_shared_universes_count_is_not_the_titles_number() {
    // 663-captain-marvel-the-marvels-opening-low.txt: "The 33rd installment
    // in the Marvel Cinematic Universe, a sequel to the 2019 Brie
    // Larson-led Captain Marvel, managed less than a third of ..." (no
    // "Captain Marvel 33").
    let x = read(
        "Captain Marvel",
        Kind::Movie,
        include_str!("corpus/663-captain-marvel-the-marvels-opening-low.txt"),
    );
    assert_eq!(x.next, None);
}

#[test]
fn a_seasons_size_between_its_count_and_the_noun_still_names_it() {
    // 757-fisk-cameras-roll-third-season.txt: "The ABC is excited to
    // announce filming has commenced on the third six-part season of
    // award-winning comedy Fisk."
    let x = read(
        "Fisk",
        Kind::Series,
        include_str!("corpus/757-fisk-cameras-roll-third-season.txt"),
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 3"));
}

#[test]
fn a_season_out_is_the_current_one_when_the_article_names_a_later_one() {
    // 749-heartstopper-season-4-yet-to-be-greenlit.txt: "Season 3 of
    // Heartstopper debuted Oct. 3, ..." beside "While season 4 has yet to
    // be greenlit by Netflix, Oseman says she feels hopeful about the
    // prospect": the third season is the one out, the fourth the next.
    let x = read(
        "Heartstopper",
        Kind::Series,
        include_str!("corpus/749-heartstopper-season-4-yet-to-be-greenlit.txt"),
    );
    assert_ne!(x.status, Status::Released, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 4"));
}

#[test]
fn a_show_in_capitals_described_coming_back_on_a_named_day_has_its_date() {
    // 733-from-season-3-september-22.txt: "As promised, today the folks at
    // MGM+ revealed not just the FROM season 3 premiere date, ..." (the
    // show styled in capitals), then "Well, the exceptional Harold
    // Perrineau horror-drama will return starting on Sunday, September 22
    // — ..." (the show described, the day's name before its date).
    let x = read(
        "From",
        Kind::Series,
        include_str!("corpus/733-from-season-3-september-22.txt"),
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert!(
        x.evidence
            .as_deref()
            .is_some_and(|e| e.starts_with("Well, the exceptional Harold Perrineau horror-drama")),
        "{:?}",
        x.evidence
    );
}

#[test]
fn a_cancellation_years_before_or_told_as_a_description_yields_to_revival_talks() {
    // 735-hannibal-season-4-conversations.txt (2017): "Hannibal showrunner
    // Bryan Fuller has a “great idea” for a fourth season of NBC’s canceled
    // but much missed serial killer show, ...", "“I have conversations with
    // Mads and Hugh.", and "Hannibal ran for three seasons on NBC before
    // being canceled in June 2015."
    let x = support::read_on(
        "Hannibal",
        Kind::Series,
        include_str!("corpus/735-hannibal-season-4-conversations.txt"),
        "2017-05-24",
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
    // (The cancellation's date is read to tell it old, never given as a
    // release.)
    assert_eq!(x.release, None);
    // 484-etoile-cancelled-prime-video.txt: "Amazon Prime Video has
    // cancelled the latest show from Gilmore Girls creator Amy
    // Sherman-Palladino ..." is the news, told by its verb.
    let x = read(
        "Étoile",
        Kind::Series,
        include_str!("corpus/484-etoile-cancelled-prime-video.txt"),
    );
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
}

#[test]
fn a_sequel_named_in_marks_is_ours_not_another_title() {
    // 738-twister-sequel-twisters-shooting.txt: "Production crews have been
    // spotted in Oklahoma to shoot the \"Twister\" movie sequel,
    // \"Twisters\".", later "The sequel, which is titled \"Twisters\" on
    // IMDb.com, is slated to be released on July 19, 2024."
    let x = read(
        "Twister",
        Kind::Movie,
        include_str!("corpus/738-twister-sequel-twisters-shooting.txt"),
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert_eq!(x.release.as_deref(), Some("2024-07-19"));
    assert_eq!(x.next.as_deref(), Some("Twisters"));
}

#[test]
fn a_sequel_being_worked_on_is_in_talks() {
    // 729-monster-hunter-2-already-writing.txt: "..., lead actor Milla
    // Jovovich has revealed that Monster Hunter 2 is already being worked
    // on." (beside the hedged "Definitely, we would love to make another
    // one.").
    let x = read(
        "Monster Hunter",
        Kind::Movie,
        include_str!("corpus/729-monster-hunter-2-already-writing.txt"),
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
}

#[test]
fn a_project_not_yet_greenlit_is_in_talks_whatever_the_lead_says() {
    // 751-john-tucker-must-die-sequel-not-greenlit.txt: the lead "Over a
    // decade since its initial release, John Tucker Must Die is getting a
    // sequel with the original cast involved!" and then "While he admitted
    // that the project hasn't been \"fully greenlit,\" they already have new
    // details about the plot."
    let x = read(
        "John Tucker Must Die",
        Kind::Movie,
        include_str!("corpus/751-john-tucker-must-die-sequel-not-greenlit.txt"),
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
    assert!(
        x.evidence
            .as_deref()
            .is_some_and(|e| e.contains("fully greenlit")),
        "{:?}",
        x.evidence
    );
}

#[test]
fn a_contracted_wish_is_a_rumour() {
    // 734-dredd-2-urban-would-still-love.txt: "Dredd star Karl Urban was at
    // this past weekend’s C2E2 and said he’d still like to make Dredd 2."
    let x = read(
        "Dredd",
        Kind::Movie,
        include_str!("corpus/734-dredd-2-urban-would-still-love.txt"),
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
}

#[test]
fn the_shows_own_premiere_in_a_time_clause_is_no_next_season_out() {
    // 775-presumed-innocent-new-season-new-case.txt: "A month after it
    // premiered, crime drama Presumed Innocent has gotten a second season
    // order from Apple TV Plus."
    let x = read(
        "Presumed Innocent",
        Kind::Series,
        include_str!("corpus/775-presumed-innocent-new-season-new-case.txt"),
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn cameras_rolling_in_a_season_still_to_come_is_a_shoot_planned() {
    // 774-the-beekeeper-2-cameras-this-fall.txt: "With cameras rolling this
    // fall we guess we should expect to see The Beekeeper 2 comes out some
    // time in 2026?" (beside "Miramax is reteaming with Jason Statham for
    // The Beekeeper 2").
    let x = read(
        "The Beekeeper",
        Kind::Movie,
        include_str!("corpus/774-the-beekeeper-2-cameras-this-fall.txt"),
    );
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn a_season_with_its_day_to_come_is_the_next_beside_a_later_renewal() {
    // 779-the-white-lotus-season-3-february-16.txt: "The White Lotus season
    // 3 premieres at 9 p.m. ET on Sunday, February 16." beside "Ahead of
    // season 3, HBO renewed The White Lotus for season 4."
    let x = support::read_on(
        "The White Lotus",
        Kind::Series,
        include_str!("corpus/779-the-white-lotus-season-3-february-16.txt"),
        "2025-01-27",
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 3"));
    // 597-outlander-season-4-november-4.txt: "Although season four is set
    // to premiere in November, Outlander has already been renewed for a
    // fifth and sixth season."
    let x = read(
        "Outlander",
        Kind::Series,
        include_str!("corpus/597-outlander-season-4-november-4.txt"),
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
}

#[test]
fn a_hashtag_of_the_title_and_its_number_names_the_sequel() {
    // 797-practical-magic-2-wrap-kidman.txt: "“That’s a wrap on
    // #PracticalMagic2! Thank you to the cast & crew for all your magic,”
    // read the caption." The sequel is "based on Alice Hoffman’s 2021
    // novel, titled The Book of Magic" (the novel's name, not the film's).
    let x = read(
        "Practical Magic",
        Kind::Movie,
        include_str!("corpus/797-practical-magic-2-wrap-kidman.txt"),
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Practical Magic 2"));
}

#[test]
fn a_cancellations_date_is_no_release() {
    // 029-the-get-down-canceled.txt: "\"The Get Down\" premiered on August
    // 16, 2016, and was canceled in May 2017." (the cancellation's date: no
    // release to come).
    let x = read(
        "The Get Down",
        Kind::Series,
        include_str!("corpus/029-the-get-down-canceled.txt"),
    );
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
    assert_eq!(x.release, None);
}

#[test]
fn denied_when_the_maker_says_there_is_no_next_season() {
    // 501-sacred-games-no-season-3-kashyap.txt: the existence of the season
    // denied, by "the director" (a maker: a denial, not a cancellation).
    let x = read(
        "Sacred Games",
        Kind::Series,
        "The director wrote that it was a scam and there is no season 3 of Sacred Games.",
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 3"));
    // The whole article, whose headline says who says so ("NO SACRED GAMES
    // 3, SAYS ANURAG KASHYAP"): denied as well.
    let x = read(
        "Sacred Games",
        Kind::Series,
        include_str!("corpus/501-sacred-games-no-season-3-kashyap.txt"),
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
    // 445-dumb-and-dumber-to-shooting.txt: "no" and the sequel further apart
    // deny nothing.
    let x = read("Dumb and Dumber", Kind::Movie, "It’s been talked about for years but now there’s no denying the sequel to Dumb and Dumber is really happening.");
    assert_ne!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn denied_when_the_creator_does_not_think_there_is_a_series_two() {
    // 784-adolescence-no-series-two.txt: "I don’t think there’s anywhere
    // more we can take Jamie, so I don’t think there is a series two." (a
    // British "series two" spelt out).
    let x = read(
        "Adolescence",
        Kind::Series,
        include_str!("corpus/784-adolescence-no-series-two.txt"),
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Series 2"));
}

#[test]
fn denied_in_a_block_after_a_colon_that_names_another_show() {
    // 629-its-a-sin-no-second-season.txt: "He told the publication: || There
    // isn’t a second season. It was lovely. ... The only long-running thing
    // I’ve ever done is 'Doctor Who'": the creator's own words, about his
    // show (Doctor Who named inside them), deny the season.
    let x = read(
        "It's a Sin",
        Kind::Series,
        include_str!("corpus/629-its-a-sin-no-second-season.txt"),
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
    assert_eq!(x.evidence.as_deref(), Some("There isn’t a second season."));
    assert!(
        x.quotes
            .iter()
            .any(|q| q.text.starts_with("There isn’t a second season.")),
        "{:?}",
        x.quotes
    );
}

#[test]
fn denied_when_there_will_never_be_another() {
    // 725-mr-india-2-false-alarm.txt.
    let x = read(
        "Mr India",
        Kind::Movie,
        "The report also quoted a source as saying, “There will never be another Mr India. Sridevi is gone. It is impossible to imagine Mr India without Sridevi.",
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn rumored_when_a_sequel_could_happen() {
    // 241-step-brothers-ferrell-no-plans.txt.
    let x = read("Step Brothers", Kind::Movie, "Ferrell’s comedic partner-in-crime, director Adam McKay, holds a small flickering hope that maybe “Step Brothers 2” could happen much farther down the line when Ferrell and John C. Reilly are much older, but Ferrell has his doubts, worrying that the characters just might wind up being “more pathetic” than funny.");
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
}

#[test]
fn cancelled_when_the_show_wont_be_coming_back() {
    // 339-sharp-objects-no-second-season.txt: the show's end (denied
    // there, as its makers decided so; an ending either way).
    let x = read("Sharp Objects", Kind::Series, "Which is why it’s kind of refreshing to hear that HBO’s Gillian Flynn adaptation Sharp Objects won’t be coming back for a second year.");
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
}

#[test]
fn release_date_set_when_the_date_is_moved() {
    // https://www.thefpsreview.com/2021/01/23/no-time-to-die-a-quiet-place-part-ii-and-other-blockbusters-receive-new-release-dates/
    // (quoting Variety): a sequel moved to a day has that day.
    let x = support::read_on(
        "Ghostbusters",
        Kind::Movie,
        "In turn, the Ghostbusters sequel was delayed to Nov. 11.",
        "2021-01-23",
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert_eq!(x.release.as_deref(), Some("2021-11-11"));
    let x = support::read_on(
        "Peter Rabbit",
        Kind::Movie,
        "Meanwhile, Peter Rabbit 2: The Runaway has moved back two months from April 2 to June 11.",
        "2021-01-23",
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
}

#[test]
fn production_told_after_but_goes_on_about_the_season() {
    // https://www.cheatsheet.com/entertainment/favorite-netflix-shows-that-are-getting-another-season.html/
    let x = read("Stranger Things", Kind::Series, "The first two seasons of Stranger Things made a few things clear: Fans are hankering for a sci-fi story; nostalgia never goes out of style; and nothing will ever be normal in Hawkins, Indiana. We can expect all of those themes to continue when Stranger Things 3 hits Netflix. The main cast will all be back, along with a few exciting additions.\n\nThere’s no official word on when the third season will be released. But production started in spring 2018 — so hopefully it won’t be too long before we see more adventures from the Upside Down.");
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 3"));
}

#[test]
fn not_just_greenlit_is_greenlit() {
    // Same page: "hasn’t just" stresses the renewal, it does not deny it.
    let x = read("The Crown", Kind::Series, "Fans have fallen in love with the intimate look The Crown gives us at Queen Elizabeth II’s life. So it’s no surprise that Netflix hasn’t just greenlit a third season, but are also looking far into the future. All told, The Crown will have six seasons.");
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 3"));
}

#[test]
fn production_shut_down_by_a_strike_is_a_pause() {
    // 187-severance-s2-wraps.txt: "However, production was shut down in May
    // 2023 due to the writers' strike and filming didn't resume until
    // January 2024." before the wrap.
    let x = read(
        "Severance",
        Kind::Series,
        include_str!("corpus/187-severance-s2-wraps.txt"),
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
}

#[test]
fn a_claim_that_goes_on_about_a_season_takes_its_count() {
    // 650-daredevil-born-again-s2-cameras-rolling.txt: "Though production
    // has been underway on the second season of Daredevil: Born Again ...
    // Now, it's been confirmed that cameras are officially rolling in New
    // York City." (season 3 is only hoped for later on).
    let x = read(
        "Daredevil: Born Again",
        Kind::Series,
        include_str!("corpus/650-daredevil-born-again-s2-cameras-rolling.txt"),
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
    assert_eq!(
        x.evidence.as_deref(),
        Some("Now, it's been confirmed that cameras are officially rolling in New York City.")
    );
}

#[test]
fn a_short_title_in_marks_opening_a_sentence_is_the_title() {
    // https://hola.com/us/entertainment/20221214340384/10-tv-shows-canceled-2022:
    // "Minx" in marks is the show even where a sentence opens; the renewal
    // then pulled is a cancellation.
    let x = read("Minx", Kind::Series, "“Minx” was greenlit for a season 2, only for HBO Max to pull the plug at the last minute. Cast and crew had already wrapped production and now appear to be looking for a new home for the show.");
    assert!(x.mentioned);
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn in_production_when_production_kicked_off() {
    // https://mcuexchange.com/guardians-of-the-galaxy-vol-2-officially-begins-production/
    let x = read("Guardians of the Galaxy", Kind::Movie, "After confirming not too long ago that production on the highly anticipated Guardians of the Galaxy sequel would commence this week, director James Gunn has just posted a photo to his Instagram account confirming that production has officially kicked off.");
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
}

#[test]
fn ruling_out_a_sequel_denies_it_and_not_ruling_it_out_is_a_maybe() {
    // https://www.gamesradar.com/joker-wont-be-getting-a-sequel-according-to-the-director/
    let x = read("Joker", Kind::Movie, "The Joker movie has yet to hit theaters, but director Todd Phillips is already ruling out a sequel, squashing rumors that he and actor Joaquin Phoenix were already discussing a follow-up. Phillips made the comments after a screening (via IGN) for Joker in Los Angeles, stating rather plainly, \"We have no plan for a sequel.\"");
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
    // https://movieweb.com/get-out-2-director-jordan-peele/
    let x = read("Get Out", Kind::Movie, "Jordan Peele isn't ruling out a Get Out 2. In fact, he's going to \"seriously consider\" making one.");
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Get Out 2"));
}

#[test]
fn denied_in_other_words_for_never() {
    // 885-princess-bride-never-happen.txt.
    let x = read("The Princess Bride", Kind::Movie, "Robin Wright recently explained why a sequel to The Princess Bride will never be in the cards, Screen Rant reports.");
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
    // 856-detectorists-no-more-crook.txt: the creator making no more.
    let x = read(
        "Detectorists",
        Kind::Series,
        include_str!("corpus/856-detectorists-no-more-crook.txt"),
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
    // 882-man-of-steel-2-dead.txt.
    let x = read(
        "Man of Steel",
        Kind::Movie,
        "In fact, the long-gestating Man of Steel 2 won’t be happening at all.",
    );
    assert!(x.status.is_ending(), "{:?} {:?}", x.status, x.evidence);
}

#[test]
fn cancelled_when_the_studio_opted_not_to_do_the_sequel() {
    // 883-pineapple-express-sony-killed-sequel.txt: "Even though the box
    // office return was huge, Sony still opted not to do the sequel to the
    // David Gordon Green-directed pic."
    let x = read(
        "Pineapple Express",
        Kind::Movie,
        include_str!("corpus/883-pineapple-express-sony-killed-sequel.txt"),
    );
    assert_eq!(x.status, Status::Cancelled, "{:?}", x.evidence);
}

#[test]
fn a_prequel_of_another_show_describes_this_one() {
    // 862-house-of-the-dragon-season-3-filming.txt: "the hit HBO series — a
    // prequel of the fantasy behemoth "Game of Thrones" — has begun
    // principal photography for its upcoming third season" (what the show
    // comes from; "upcoming" describes the season, no tense).
    let x = read(
        "House of the Dragon",
        Kind::Series,
        include_str!("corpus/862-house-of-the-dragon-season-3-filming.txt"),
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 3"));
}

#[test]
fn a_season_that_wrapped_its_run_is_no_shoot_and_discussing_the_future_is_talk() {
    // 849-alien-earth-season-2-talks-fx.txt: "The first season of Alien:
    // Earth has now wrapped up its eight-episode run" (it has aired) and
    // "Alien: Earth hasn’t been renewed for season 2, but creator Noah
    // Hawley is discussing the show’s future with FX".
    let x = read(
        "Alien: Earth",
        Kind::Series,
        include_str!("corpus/849-alien-earth-season-2-talks-fx.txt"),
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn released_when_the_sequel_is_counted_at_the_box_office() {
    // https://trendscan.net/box-office-the-hitmans-wifes-bodyguard-takes-top-spot-from-a-quiet-place-2
    let x = read("A Quiet Place", Kind::Movie, "Falling not far behind, Paramount’s “A Quiet Place Part II” slid to second place with $9.4 million from 3,401 locations, representing a mere 22% drop from the weekend prior.");
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
    let x = read("Peter Rabbit", Kind::Movie, "In third place, Sony’s family film “Peter Rabbit 2: The Runaway” collected $6.1 million from 3,346 screens in its sophomore frame, bringing its domestic tally to $20.3 million through Sunday.");
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
}

#[test]
fn a_shoot_that_will_start_past_a_description_is_still_to_come() {
    // 874-28-years-later-bone-temple-filming-august.txt (2024-08-09).
    let x = support::read_on("28 Years Later", Kind::Movie, "The filming of the zombie movie ’28 Years Later Part II: The Bone Temple,’ a sequel to Danny Boyle’s ‘28 Years Later,’ will start in North Yorkshire on August 26.", "2024-08-09");
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn in_talks_when_the_studio_is_talking_with_someone_about_the_installment() {
    // 871-weapons-prequel-talks.txt.
    let x = read("Weapons", Kind::Movie, "Zach Cregger’s new horror thriller is shaping up to be a big success, and according to THR, Warner Bros. and New Line are already talking with Cregger about a Weapons prequel.");
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
}

#[test]
fn in_talks_when_exploring_a_possible_season() {
    // 848-ahsoka-exploring-possible-season-2.txt.
    let x = read("Ahsoka", Kind::Series, "Speaking of the latter, he will also continue “exploring a possible second season of Ahsoka” (as Vanity Fair put it).");
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn the_cancellation_of_other_series_is_theirs() {
    // https://popculture.com/tv-shows/news/nbc-renews-manifest-season-3/
    let x = read("Manifest", Kind::Series, "NBC has officially renewed its hit science fiction drama series Manifest for a third season. Announced Monday, exactly 10 weeks after the series aired its Season 2 finale, the renewal came alongside the cancellation of several other series at the network, including Bluff City Law, Indebted, and Sunnyside.");
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 3"));
}

#[test]
fn a_return_for_the_season_on_a_day_is_a_date_set() {
    // http://tvline.com/2017/07/27/animal-kingdom-renewed-season-3-tnt/
    let x = support::read_on("Good Behavior", Kind::Series, "In addition, TNT has also announced that Michelle Dockery’s Good Behavior will return for Season 2 on Sunday, Oct. 15 at 9/8c.", "2017-07-27");
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert_eq!(x.release.as_deref(), Some("2017-10-15"));
}

#[test]
fn confirmed_when_the_show_will_go_on_for_a_season() {
    // http://www.christianpost.com/news/own-renews-queen-sugar-for-third-season-ava-duvernay-inks-new-deal-with-harpo-193544/
    let x = read("Queen Sugar", Kind::Series, "It's official: \"Queen Sugar\" will go on for a third season. The renewal comes as the series approaches its season 2 finale.");
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 3"));
}

#[test]
fn a_sentence_opening_with_a_curly_marked_quote_is_the_speakers() {
    // 811-i-may-destroy-you-no-second-season.txt: the creator's own "there
    // won't be a second season" denies it (the network's would cancel it),
    // whichever marks open the sentence.
    let text = include_str!("corpus/811-i-may-destroy-you-no-second-season.txt");
    let x = read(
        "I May Destroy You",
        Kind::Series,
        &support::opening(text, 4),
    );
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn released_when_the_installment_word_opens_the_sentence_of_the_takings() {
    // 732-ouija-origin-of-evil-opening-weekend.txt
    let text = include_str!("corpus/732-ouija-origin-of-evil-opening-weekend.txt");
    let x = support::read_on(
        "Ouija",
        Kind::Movie,
        &support::opening(text, 4),
        "2016-10-23",
    );
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Ouija: Origin of Evil"));
    // https://www.theverge.com/2023/11/12/23957770/the-marvels-didnt-have-a-great-opening-weekend
    let x = support::read_on("Captain Marvel", Kind::Movie, "The Marvels didn’t have a great opening weekend.\n\nThe Captain Marvel sequel has only managed $47 million in its opening weekend at the US box office. That may be respectable for some movies, but as Deadline notes, only two MCU movies have opened under $60 million, let alone $50 million.", "2023-11-12");
    assert_eq!(x.status, Status::Released, "{:?}", x.evidence);
}

#[test]
fn a_sequel_to_a_film_that_took_in_money_is_not_out() {
    // 159-frozen-2-november-2019.txt: the takings are the original's.
    let text = include_str!("corpus/159-frozen-2-november-2019.txt");
    let x = read("Frozen", Kind::Movie, text);
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
}

#[test]
fn rumored_when_the_installment_only_might_be() {
    // 710-de-de-pyaar-de-sequel-there-was-a-thought.txt
    let x = read("De De Pyaar De", Kind::Movie, "While on it she also spoke about her much-loved film De De Pyaar De and how there might be a sequel to the hit Luv Ranjan’s comedy.");
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
    // 674-speed-3-knock-it-out-of-the-park.txt
    let x = read(
        "Speed",
        Kind::Movie,
        "Keanu is confident he and Sandra could pull off a third Speed movie.",
    );
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Speed 3"));
}

#[test]
fn rumored_when_the_installment_is_wanted() {
    // 322-gladiator-sequel-hounsou.txt
    let text = include_str!("corpus/322-gladiator-sequel-hounsou.txt");
    let x = read("Gladiator", Kind::Movie, &support::opening(text, 2));
    assert_eq!(x.status, Status::Rumored, "{:?}", x.evidence);
    // 207-napoleon-dynamite-20th-anniversary.txt: more films like it are
    // no sequel.
    let x = read("Napoleon Dynamite", Kind::Movie, "Festival attendee Anni Webb said she hopes more films can emulate the love and care seen in 'Napoleon Dynamite.'");
    assert_eq!(x.status, Status::Unknown, "{:?}", x.evidence);
}

#[test]
fn denied_when_the_makers_are_not_planning_the_installment() {
    // 706-crazy-ex-girlfriend-no-season-5.txt
    let x = read("Crazy Ex-Girlfriend", Kind::Series, "It’s clear that while Bloom is not planning a Season 5 of Crazy Ex-Girlfriend, the idea of revisiting Rebecca’s world is still something that tugs at her heart.");
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 5"));
    // 786-hit-man-no-sequel-linklater.txt
    let text = include_str!("corpus/786-hit-man-no-sequel-linklater.txt");
    let x = read("Hit Man", Kind::Movie, &support::opening(text, 3));
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
    // 846-sungkyunkwan-scandal-no-season-2.txt
    let x = read("Sungkyunkwan Scandal", Kind::Series, "Despite KBS’s “Sungkyunkwan Scandal” receiving unending requests from die-hard fans of the drama for a second season, producers of the drama have revealed that they will not be planning a second season due to the potential obstacles in the plot the season will run into.");
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn performances_called_off_are_no_cancellation() {
    // 884-nightmare-before-christmas-burton-get-off-my-land.txt
    let x = read("The Nightmare Before Christmas", Kind::Movie, "A live production of The Nightmare Before Christmas was staged over three nights this Halloween to celebrate the 30th anniversary of the original release. Halsey initially signed on to take on the role of Sally, before quietly cancelling the performances due to “unforeseen circumstances”.");
    assert_eq!(x.status, Status::Unknown, "{:?}", x.evidence);
}

#[test]
fn the_film_dated_after_its_sequel_was_named_is_the_sequel() {
    // 778-practical-magic-2-sept-18-2026.txt: "the film" after "Practical
    // Magic 2", a quote between.
    let text = include_str!("corpus/778-practical-magic-2-sept-18-2026.txt");
    let x = support::read_of_year(
        "Practical Magic",
        Kind::Movie,
        1998,
        &support::opening(text, 3),
        "2025-07-19",
    );
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
    assert_eq!(x.release.as_deref(), Some("2026-09-18"));
    // 669-den-of-thieves-2-january-10.txt
    let text = include_str!("corpus/669-den-of-thieves-2-january-10.txt");
    // (Undated, as the stored copy.)
    let x = support::read_of_year("Den of Thieves", Kind::Movie, 2018, text, "");
    assert_eq!(x.status, Status::ReleaseDateSet, "{:?}", x.evidence);
}

#[test]
fn the_show_on_its_own_first_day_is_not_the_next_season() {
    // 190-homecoming-two-season-order.txt: "before the show is set to
    // premiere" in its own first year.
    let text = include_str!("corpus/190-homecoming-two-season-order.txt");
    let x = support::read_of_year("Homecoming", Kind::Series, 2018, text, "2018-07-26");
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
}

#[test]
fn now_in_production_is_now_whatever_airs_later() {
    // 837-vikings-valhalla-season-3-last-in-production.txt: "With the third
    // season now in production ahead of its airing next year".
    let text = include_str!("corpus/837-vikings-valhalla-season-3-last-in-production.txt");
    let x = support::read_on(
        "Vikings: Valhalla",
        Kind::Series,
        &support::opening(text, 3),
        "2023-10-06",
    );
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 3"));
}

#[test]
fn on_the_set_of_the_installment_is_its_shoot() {
    // 836-meet-the-parents-4-grande-blended-in-on-set.txt
    let x = read("Meet the Parents", Kind::Movie, "Ben Stiller has insisted Ariana Grande has \"blended in\" well on the set of Meet the Parents 4.");
    assert_eq!(x.status, Status::InProduction, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Meet the Parents 4"));
}

#[test]
fn a_script_under_way_after_the_sequel_was_named_is_the_sequels() {
    // 712-seven-swords-sequel-script-underway.txt: "a sequel to last year's
    // kung-fu epic" ... "work was underway on a script".
    let text = include_str!("corpus/712-seven-swords-sequel-script-underway.txt");
    let x = support::read_on(
        "Seven Swords",
        Kind::Movie,
        &support::opening(text, 4),
        "2006-02-10",
    );
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
}

#[test]
fn planning_a_sequel_is_talk_and_a_sequel_to_another_film_is_not_ours() {
    // 712-seven-swords-sequel-script-underway.txt
    let x = read("Seven Swords", Kind::Movie, "Hong Kong action movie director Tsui Hark is planning a sequel to last year's kung-fu epic \"Seven Swords\" that will expand on the first film's complex plot and characters, his wife said Friday.");
    assert_eq!(x.status, Status::InTalks, "{:?}", x.evidence);
    // 711-ishq-vishk-2-script-back-on-track.txt: the producer's other film
    // is no evidence for this one.
    let text = include_str!("corpus/711-ishq-vishk-2-script-back-on-track.txt");
    let x = read("Ishq Vishk", Kind::Movie, text);
    assert!(
        !x.evidence.as_deref().unwrap_or("").contains("Bhoot Police"),
        "{:?}",
        x.evidence
    );
}

#[test]
fn reports_of_a_sequel_being_planned_rubbished_by_its_writer_are_a_denial() {
    // 631-the-inbetweeners-movie-sequel-denied.txt
    let x = read("The Inbetweeners Movie", Kind::Movie, "The co-writer of The Inbetweeners Movie has rubbished reports that a sequel to the hit TV show and film is already being planned.");
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
}

#[test]
fn denied_when_the_director_does_not_think_there_should_be_one() {
    // 705-mama-2-director-doesnt-think-he-would.txt: the studio's talk
    // yields to the director's no.
    let x = read("Mama", Kind::Movie, "But while studio executives are surely working on a way to spin 'Mama' into the next big horror franchise, there's one person who doesn't think there should be a 'Mama 2' - the director.");
    assert_eq!(x.status, Status::Denied, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Mama 2"));
}

#[test]
fn confirmed_when_a_season_was_on_the_way() {
    // 570-devil-may-cry-season-2-pivot.txt
    let text = include_str!("corpus/570-devil-may-cry-season-2-pivot.txt");
    let x = read("Devil May Cry", Kind::Series, &support::opening(text, 2));
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
    assert_eq!(x.next.as_deref(), Some("Season 2"));
}

#[test]
fn a_studio_confirming_it_is_at_work_on_the_installment_is_its_go() {
    // 795-lilo-and-stitch-2-in-development-626-day.txt
    let x = read("Lilo & Stitch", Kind::Movie, "Disney has confirmed via social media that it's currently working on another movie in its popular Lilo and Stitch film franchise.");
    assert_eq!(x.status, Status::Confirmed, "{:?}", x.evidence);
}
