//! Reported speech: statements in the reporter's words, one test per cue type and content
//! shape (made-up sentences), and what is not reported speech.

mod common;
use article_lens::{Quote, QuoteKind, Summary};
use common::*;

/// The reported statements of a summary.
fn statements(s: &Summary) -> Vec<&Quote> {
    s.quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .collect()
}

/// The one statement whose text starts with `start`.
fn statement<'a>(s: &'a Summary, start: &str) -> &'a Quote {
    let all = statements(s);
    all.iter()
        .find(|q| q.text.starts_with(start))
        .copied()
        .unwrap_or_else(|| {
            panic!(
                "no statement starting {start:?} in {:#?}",
                all.iter().map(|q| &q.text).collect::<Vec<_>>()
            )
        })
}

#[test]
fn said_that_clause() {
    let s =
        run("Interior Minister Oskar Vantaa said on Tuesday that the border would stay closed.");
    let q = statement(&s, "the border would stay closed");
    assert_eq!(q.text, "the border would stay closed");
    assert_eq!(q.speaker.as_deref(), Some("Oskar Vantaa"));
    assert_eq!(q.cue.as_deref(), Some("said"));
}

#[test]
fn bare_clause_after_says() {
    let s = run("The harbour board says the new pier will open in May.");
    let q = statement(&s, "the new pier will open");
    assert_eq!(q.cue.as_deref(), Some("says"));
}

#[test]
fn a_noun_object_is_not_a_statement() {
    let s = run("Mayor Lina Ekholm denied the allegations. She rejected the report.");
    assert!(statements(&s).is_empty(), "{:#?}", statements(&s));
}

#[test]
fn a_contrast_with_another_speaker_ends_the_content() {
    let s = run(
        "Analyst Johan Ekdahl said the plan was sensible, while Maria Holmqvist of the \
         Fiscal Institute warned of serious risks.",
    );
    let q = statement(&s, "the plan was sensible");
    assert_eq!(q.text, "the plan was sensible");
    assert_eq!(q.speaker.as_deref(), Some("Johan Ekdahl"));
}

#[test]
fn a_noun_before_a_relative_clause_is_no_cue() {
    let s = run(
        "Crowds filled the square for a light show that can be seen from the harbour. The \
         mayor's office reports that were leaked last week listed the costs.",
    );
    assert!(statements(&s).is_empty(), "{:#?}", statements(&s));
}

#[test]
fn thoughts_are_not_speech() {
    let s = run("Ruth Calder thinks the plan will fail. She hopes the talks had helped.");
    assert!(statements(&s).is_empty(), "{:#?}", statements(&s));
}

#[test]
fn told_someone_that() {
    let s = run("Detective Ana Morel told reporters the driver had not slept for two days.");
    let q = statement(&s, "the driver had not slept");
    assert_eq!(q.speaker.as_deref(), Some("Ana Morel"));
    assert_eq!(q.cue.as_deref(), Some("told"));
}

#[test]
fn told_a_possessive_object_that() {
    let s = run("Nurse Amy Tolland told the BBC's Today programme that staff were exhausted.");
    let q = statement(&s, "staff were exhausted");
    assert_eq!(q.speaker.as_deref(), Some("Amy Tolland"));
}

#[test]
fn urged_someone_to() {
    let s = run("Governor Pia Lund urged residents to stay away from the coast.");
    let q = statement(&s, "residents to stay away from the coast");
    assert_eq!(q.speaker.as_deref(), Some("Pia Lund"));
}

#[test]
fn pledged_to() {
    let s = run("The Harbour Workers Union pledged to continue the strike until Friday.");
    let q = statement(&s, "to continue the strike");
    assert_eq!(q.speaker.as_deref(), Some("Harbour Workers Union"));
}

#[test]
fn accused_of() {
    let s = run("Senator Hal Brandt accused the agency of hiding the test results.");
    let q = statement(&s, "hiding the test results");
    assert_eq!(q.speaker.as_deref(), Some("Hal Brandt"));
}

#[test]
fn described_as() {
    let s = run("Judge Mira Olsen described the fraud as one of the largest she had seen.");
    let q = statement(&s, "the fraud as one of the largest");
    assert_eq!(q.speaker.as_deref(), Some("Mira Olsen"));
}

#[test]
fn described_as_past_a_participle_in_the_object() {
    // "detained" is no verb of its own between the cue and "as"
    let s = run(
        "The Ferren Rights Trust described the detained bloggers as \"prisoners of conscience\".",
    );
    let q = statement(&s, "the detained bloggers as");
    assert_eq!(q.speaker.as_deref(), Some("Ferren Rights Trust"));
}

#[test]
fn urged_someone_to_a_quoted_verb() {
    let s = run("Mayor Ida Kern urged the strikers to \"go back to work\" and \"talk\".");
    let q = statement(&s, "the strikers to");
    assert_eq!(q.speaker.as_deref(), Some("Ida Kern"));
}

#[test]
fn asked_how() {
    let s = run("Councillor Tom Reyes asked officials how the files had been lost.");
    let q = statement(&s, "how the files had been lost");
    assert_eq!(q.speaker.as_deref(), Some("Tom Reyes"));
}

#[test]
fn according_to_first() {
    let s = run("According to the coroner, the driver had been awake for thirty hours.");
    let q = statement(&s, "the driver had been awake");
    assert_eq!(q.cue.as_deref(), Some("according to"));
}

#[test]
fn according_to_last() {
    let s =
        run("Two ferries were cancelled on Monday, according to the Northern Shipping Company.");
    let q = statement(&s, "Two ferries were cancelled on Monday");
    assert_eq!(q.speaker.as_deref(), Some("Northern Shipping Company"));
}

#[test]
fn closing_attribution() {
    let s = run("The vote had been postponed until March, a spokesman said.");
    let q = statement(&s, "The vote had been postponed until March");
    assert_eq!(q.cue.as_deref(), Some("said"));
}

#[test]
fn content_runs_past_commas_to_the_clause_end() {
    let s = run("Dr Elif Sahin said that the virus, which spread quickly, had reached the north, saying more tests were needed.");
    let q = statement(&s, "the virus, which spread quickly");
    assert_eq!(
        q.text,
        "the virus, which spread quickly, had reached the north"
    );
    let q2 = statement(&s, "more tests were needed");
    assert_eq!(q2.speaker.as_deref(), Some("Elif Sahin"));
}

#[test]
fn a_partial_quote_inside_stays_a_quote() {
    let s = run("Minister Ivo Dragan said the ruling was \"a disgrace\" and would be appealed.");
    let st = statement(&s, "the ruling was");
    assert!(st.text.contains("\"a disgrace\""), "{:?}", st.text);
    let partial = s
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Partial)
        .expect("the partial quote");
    assert_eq!(partial.text, "a disgrace");
    assert!(st.span[0] <= partial.span[0] && partial.span[1] <= st.span[1]);
}

#[test]
fn a_whole_direct_quote_is_not_a_statement() {
    let s = run("Ms Cole said: \"We will not give up.\" Then she left.");
    assert!(statements(&s).is_empty(), "{:#?}", statements(&s));
}

#[test]
fn agentless_passive_has_no_speaker() {
    let s = run("The court was told the two men had met in a bar.");
    let q = statement(&s, "the two men had met");
    assert_eq!(q.speaker, None);
}

#[test]
fn pronoun_goes_on_with_the_named_speaker() {
    let s = run(
        "Fire chief Dana Whitfield said the blaze was under control. She added that two roads would stay closed.",
    );
    let q = statement(&s, "two roads would stay closed");
    assert_eq!(q.speaker.as_deref(), Some("Dana Whitfield"));
}

#[test]
fn statements_never_overlap() {
    let s = run("The reports say officials identified the bomber as a local man, and police said the area was safe.");
    let st = statements(&s);
    for w in st.windows(2) {
        assert!(w[0].span[1] <= w[1].span[0], "{:#?}", st);
    }
}

#[test]
fn the_inverted_cue_of_a_quote_introduces_no_statement() {
    // "said X, as Y looked on": X is the quote's speaker, not the start of a statement.
    let s = run(
        "\"Nobody told us anything,\" said Ines Halvorsen, as her neighbour Rui Costa looked on.",
    );
    assert!(statements(&s).is_empty(), "{:#?}", statements(&s));
    let q = s
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Nobody"))
        .unwrap();
    assert_eq!(q.speaker.as_deref(), Some("Ines Halvorsen"));
}

#[test]
fn a_question_put_to_the_speaker_is_not_her_statement() {
    let s = run(
        "Asked whether the defences had failed, Mayor Ellen Norgaard replied: \"That is a \
         question for the agency.\"",
    );
    assert!(statements(&s).is_empty(), "{:#?}", statements(&s));
}

#[test]
fn a_cue_before_a_colon_takes_no_host_clause() {
    let s = run("Dalmar thanked Oyelaran, who replied: \"It was a team effort.\"");
    assert!(statements(&s).is_empty(), "{:#?}", statements(&s));
}

#[test]
fn a_country_government_speaks_as_the_country() {
    // "the Comoros government" is the country acting as its government: a place, not a body
    // named "Comoros"
    let s = run(
        "The Comoros government says its forces have taken the airport. \
         \"We will hold it,\" the Nauru government said.",
    );
    let q = statement(&s, "its forces have taken the airport");
    assert_eq!(q.speaker.as_deref(), Some("Comoros"));
    assert_eq!(q.speaker_kind, Some(article_lens::SpeakerKind::Government));
    let direct = s
        .quotes
        .iter()
        .find(|q| q.text.starts_with("We will hold it"));
    assert_eq!(direct.and_then(|q| q.speaker.as_deref()), Some("Nauru"));
    assert!(s
        .actors
        .iter()
        .all(|a| a.name != "Comoros" && a.name != "Nauru"));
    assert!(!place(&s, "Comoros").government_mentions.is_empty());
}

#[test]
fn a_clause_whose_verb_opens_a_partial_quote() {
    let s = run(
        "Mayor Ann Petrov said the closure \"will hurt every family here\" and was \
                 \"a betrayal,\" but warned the council \"cannot undo it now.\"",
    );
    let q = statement(&s, "the closure \"will hurt");
    assert_eq!(q.speaker.as_deref(), Some("Ann Petrov"));
    assert!(q.text.contains("a betrayal"), "{}", q.text);
    statement(&s, "the council \"cannot undo");
    // the partial quotes inside stay direct quotes too
    assert_eq!(
        speaker(&s, "will hurt every family").as_deref(),
        Some("Ann Petrov")
    );
}

#[test]
fn a_clause_whose_subject_is_a_name_with_a_particle() {
    let s = run(
        "Omar bin Khalid fled in 2001. The minister said bin Khalid was still \
                 abroad, and added that van Dijk had helped him.",
    );
    statement(&s, "bin Khalid was still abroad");
    statement(&s, "van Dijk had helped him");
    assert!(
        s.actors
            .iter()
            .any(|a| a.name == "Omar bin Khalid" && a.aliases.iter().any(|x| x == "bin Khalid")),
        "{:?}",
        names(&s)
    );
}

#[test]
fn gerund_complements() {
    let s = run(
        "Tom Hale admitted lying to investigators. Ray Wu denied having used \
                 chemical weapons. Jo Lam denied wrongdoing in the affair.",
    );
    assert_eq!(
        statement(&s, "lying to investigators").speaker.as_deref(),
        Some("Tom Hale")
    );
    assert_eq!(
        statement(&s, "having used chemical weapons")
            .speaker
            .as_deref(),
        Some("Ray Wu")
    );
    // a noun in -ing is an object, not a statement
    assert!(
        statements(&s)
            .iter()
            .all(|q| !q.text.contains("wrongdoing")),
        "{:?}",
        statements(&s).iter().map(|q| &q.text).collect::<Vec<_>>()
    );
}

#[test]
fn short_infinitives_and_gerunds_and_the_object_of_an_appeal() {
    let s = run(
        "Lee Park pledged to resign. Dan Frost accused the club of cheating him. \
                 Ann Cole called on the council to quit.",
    );
    assert_eq!(
        statement(&s, "to resign").speaker.as_deref(),
        Some("Lee Park")
    );
    assert_eq!(
        statement(&s, "cheating him").speaker.as_deref(),
        Some("Dan Frost")
    );
    let q = statement(&s, "the council to quit");
    assert_eq!(q.speaker.as_deref(), Some("Ann Cole"));
    assert_eq!(q.cue.as_deref(), Some("called on"));
}

#[test]
fn quoted_as_saying_is_the_subjects_statement() {
    let s = run("Tom Smith was quoted as saying the deal was dead.");
    assert_eq!(
        statement(&s, "the deal was dead").speaker.as_deref(),
        Some("Tom Smith")
    );
}

#[test]
fn a_report_is_written_by_a_body_named_just_before_it_only() {
    let s = run(
        "Greenpeace published a study on Monday. The report found that emissions had \
                 doubled.\n\nPolice said a man had been arrested.\n\nThe weather was cold in \
                 the north.\n\nThe report found that the river had flooded.",
    );
    assert_eq!(
        statement(&s, "emissions had doubled").speaker.as_deref(),
        Some("Greenpeace")
    );
    assert_eq!(statement(&s, "the river had flooded").speaker, None);
}

#[test]
fn a_statement_in_an_aside_ends_where_the_sentence_goes_on() {
    let s = run(
        "Paul Ross, telling the court he was \"relieved\", left the building. Ann Ray \
                 said the talks, held in Geneva, failed badly.",
    );
    let q = statement(&s, "he was \"relieved\"");
    assert_eq!(q.text, "he was \"relieved\"");
    assert_eq!(q.speaker.as_deref(), Some("Paul Ross"));
    assert_eq!(
        statement(&s, "the talks").text,
        "the talks, held in Geneva, failed badly"
    );
}

#[test]
fn bare_clauses_with_plain_subjects() {
    // A plural pronoun before a present-tense verb; a bare noun before an auxiliary; a
    // subject opened by "next year's".
    let s = run(
        "Agency spokeswoman Petra Lind said they apply to letters, notes and minutes of \
         meetings. Mayor Oskar Ruiz stressed there was no danger but said concerns had been \
         raised over the water. Ruiz said next year's festival should be cancelled.",
    );
    let q = statement(&s, "they apply to letters");
    assert_eq!(q.speaker.as_deref(), Some("Petra Lind"));
    assert!(q.text.ends_with("minutes of meetings"), "{}", q.text);
    assert_eq!(
        statement(&s, "concerns had been raised").speaker.as_deref(),
        Some("Oskar Ruiz")
    );
    assert_eq!(
        statement(&s, "next year's festival should")
            .speaker
            .as_deref(),
        Some("Oskar Ruiz")
    );
}

#[test]
fn a_plural_noun_after_a_comma_is_no_later_attribution() {
    // "scientific notes" is a noun phrase, not ", X notes": the statement runs on.
    let s = run(
        "Lind said they cover letters of complaint, research or scientific notes, and \
         board minutes.",
    );
    let q = statement(&s, "they cover letters");
    assert!(q.text.ends_with("board minutes"), "{}", q.text);
}

#[test]
fn who_after_an_apposition_points_at_the_person() {
    let s = run(
        "The report also quotes Ann Veltri, a specialist with the Harbour Fisheries \
         Department, who said she was shocked by the results.",
    );
    let q = statement(&s, "she was shocked by the results");
    assert_eq!(q.speaker.as_deref(), Some("Ann Veltri"));
}

#[test]
fn a_person_inside_a_role_apposition_is_not_the_subject() {
    let s = run("Dora Pell, QC for Jensen, subsequently claimed Long had exaggerated his account.");
    let q = statement(&s, "Long had exaggerated");
    assert_eq!(q.speaker.as_deref(), Some("Dora Pell"));
}

#[test]
fn a_verb_after_a_relative_clause_is_no_inverted_cue() {
    // "…, promised extra funding": the verb has an object, not a speaker, after it.
    let s = run("Prime Minister Ada Varga, who visited Tarnby on Monday, promised extra funding.");
    assert!(statements(&s).is_empty(), "{:?}", statements(&s));
}

#[test]
fn a_nations_ministry_with_its_portfolio_says_a_bare_noun_clause() {
    let s = run(
        "Moldova's defence ministry said air defences had destroyed 27 drones. The Moldovan \
         interior ministry said border guards would stay on alert.",
    );
    let q = statement(&s, "air defences had destroyed");
    assert_eq!(q.speaker.as_deref(), Some("Moldova's defence ministry"));
    let q = statement(&s, "border guards would stay");
    assert_eq!(q.speaker.as_deref(), Some("Moldovan interior ministry"));
}

#[test]
fn a_request_for_anonymity_is_no_statement() {
    let s = run(
        "\"We were terrified,\" said one resident, who asked not to be named. Another, who \
         asked not to be identified, said the water rose fast.",
    );
    let reported: Vec<&str> = s
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .map(|q| q.text.as_str())
        .collect();
    assert_eq!(reported, ["the water rose fast"]);
}

#[test]
fn a_speaker_and_cue_set_off_inside_the_clause() {
    let s = run(
        "Harbour chief Lena Moravec visited the pier. The repairs, Moravec said, would \
                 cost three million euros. The tolls, said Moravec, will stay.",
    );
    let q = statement(&s, "The repairs");
    assert_eq!(
        q.text,
        "The repairs, Moravec said, would cost three million euros"
    );
    assert_eq!(q.speaker.as_deref(), Some("Lena Moravec"));
    let q = statement(&s, "The tolls");
    assert_eq!(q.speaker.as_deref(), Some("Lena Moravec"));
    // an opening phrase and a direct quote after the cue make no aside
    let s = run("In response, Lena Moravec said, \"We will carry on working.\"");
    assert!(statements(&s).is_empty(), "{:?}", statements(&s));
}

#[test]
fn a_host_clause_holding_a_partial_quote_is_a_statement() {
    // the reporter's own clause with a few quoted words, then the attribution
    let s = run(
        "Officials measured the spill on Monday. The fumes could harm a swimmer \
                 “within a few hours”, according to the Marine Safety Agency. Dust levels \
                 were “far too high”, inspector Lena Holm said.",
    );
    let q = statement(&s, "The fumes could harm");
    assert_eq!(
        q.text,
        "The fumes could harm a swimmer “within a few hours”"
    );
    assert_eq!(q.speaker.as_deref(), Some("Marine Safety Agency"));
    let q = statement(&s, "Dust levels");
    assert_eq!(q.text, "Dust levels were “far too high”");
    assert_eq!(q.speaker.as_deref(), Some("Lena Holm"));
    // the quoted words stay a direct quote too
    assert!(s
        .quotes
        .iter()
        .any(|q| q.kind != QuoteKind::Indirect && q.text == "within a few hours"));
    // a whole quote before the attribution is a direct quote, not a statement
    let s = run("“The fumes could harm a swimmer within a few hours”, according to the agency.");
    assert!(statements(&s).is_empty());
}

#[test]
fn a_named_possessors_claim_that_is_a_statement() {
    let s = run(
        "Anna Berg's claim that the mayor had not been told was denied by the council. \
                 Greenpeace's warning that the reef would die within a decade has been ignored.",
    );
    let q = statement(&s, "the mayor");
    assert_eq!(q.text, "the mayor had not been told");
    assert_eq!(q.speaker.as_deref(), Some("Anna Berg"));
    assert_eq!(q.cue.as_deref(), Some("claim"));
    let q = statement(&s, "the reef");
    assert_eq!(q.text, "the reef would die within a decade");
    assert_eq!(q.speaker.as_deref(), Some("Greenpeace"));
    // a claim with no "that" is no statement
    let s = run("Anna Berg's claim was denied by the council.");
    assert!(statements(&s).is_empty());
}

#[test]
fn according_to_without_comma() {
    let s = run("According to the press freedom group there may be up to 30 reporters in prison.");
    let q = statement(&s, "there may be up to 30 reporters in prison");
    assert_eq!(q.cue.as_deref(), Some("according to"));
    let s = run("According to the head of the agency the fire had started in a kitchen.");
    statement(&s, "the fire had started in a kitchen");
    let s = run("According to Ruth Amsel she was never told of the change.");
    let q = statement(&s, "she was never told");
    assert_eq!(q.speaker.as_deref(), Some("Ruth Amsel"));
}

#[test]
fn according_to_spliced_after_comma() {
    let s = run("Rights groups say dozens of reporters were held, according to Press Watch there may be up to 30 in prison.");
    let q = statement(&s, "there may be up to 30 in prison");
    assert_eq!(q.speaker.as_deref(), Some("Press Watch"));
}

#[test]
fn a_subject_with_a_relative_clause_is_no_statement_before_told() {
    let s = run("Lena Fischer, who has run the shelter since 2019, told the BBC: \"We are full.\"");
    assert!(statements(&s).is_empty(), "{:#?}", statements(&s));
    assert_eq!(speaker(&s, "We are full").as_deref(), Some("Lena Fischer"));
    let s = run("The plan, which was agreed in May, has been scrapped, the council said.");
    statement(&s, "The plan, which was agreed in May, has been scrapped");
}

#[test]
fn bare_clause_whose_subject_ends_in_a_prepositional_phrase() {
    let s = run("Robert Achterberg said crime in the town had fallen by 8% over the past year.");
    let q = statement(&s, "crime in the town had fallen");
    assert_eq!(q.speaker.as_deref(), Some("Robert Achterberg"));
    let s = run("The agent said house prices in the capital had risen.");
    statement(&s, "house prices in the capital had risen");
    // (an object with a prepositional phrase and no clause is no statement)
    let s = run("The agent said goodbye to the staff in the office.");
    assert!(statements(&s).is_empty(), "{:#?}", statements(&s));
}

#[test]
fn a_subordinate_clause_after_the_cue_is_no_content() {
    let s = run("\"The state will not abandon you,\" President Elena Vasquez told residents, as the governor looked on.");
    assert!(statements(&s).is_empty(), "{:#?}", statements(&s));
    let s = run("President Elena Vasquez told residents that the state would help, as the governor looked on.");
    let q = statement(&s, "the state would help");
    assert_eq!(q.text, "the state would help");
    let s = run("Karl Brenner showed no emotion as the sentence was read out.");
    assert!(statements(&s).is_empty(), "{:#?}", statements(&s));
}

#[test]
fn negated_cues_and_requests_for_anonymity_report_nothing() {
    for text in [
        "No group has said it carried out the attack.",
        "He did not say when the talks would resume.",
        "Governor Ana Ruiz agreed to meet the protesters.",
        "Ana Ruiz announced a plan that would cut taxes.",
        "Ana Ruiz, who denied the charges, was released on bail.",
    ] {
        let s = run(text);
        assert!(statements(&s).is_empty(), "{text}: {:#?}", statements(&s));
    }
    let s = run("A resident, who asked not to be named, said soldiers came late.");
    let q = statement(&s, "soldiers came late");
    assert_eq!(q.text, "soldiers came late");
}

#[test]
fn a_bare_clause_after_said_or_told_needs_only_a_verb() {
    for (text, content) in [
        (
            "Ana Ruiz said police arrested two men.",
            "police arrested two men",
        ),
        ("Mr Dale said the firm makes cars.", "the firm makes cars"),
        (
            "Mr Dale said the woman died at the scene.",
            "the woman died at the scene",
        ),
        (
            "The company said sales fell 3% in the year.",
            "sales fell 3% in the year",
        ),
        (
            "Mr Vale said that would be a mistake.",
            "that would be a mistake",
        ),
        (
            "Carys Morgan told the BBC her brother was a gentle giant.",
            "her brother was",
        ),
        (
            "Ana Ruiz told the Associated Press (AP) that the mayor had resigned.",
            "the mayor had",
        ),
        (
            "Ana Ruiz said the foundation, which owns a third of the company, had voted.",
            "the foundation, which owns",
        ),
    ] {
        let s = run(text);
        statement(&s, content);
    }
    // (a noun object after a cue that takes one is no clause)
    let s = run("She denied allegations made by her former husband.");
    assert!(statements(&s).is_empty(), "{:#?}", statements(&s));
}
