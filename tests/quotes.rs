//! Quotes: finding them on damaged text and giving them to the right speaker
//! (one test per pattern).

mod common;
use article_lens::{QuoteKind, SpeakerKind};
use common::*;

#[test]
fn quote_then_name_said() {
    let s = run("“We will win,” John Baird said on Monday.");
    assert_eq!(speaker(&s, "We will win").as_deref(), Some("John Baird"));
    assert_eq!(quote(&s, "We will win").cue.as_deref(), Some("said"));
}

#[test]
fn quote_then_said_name() {
    let s = run("\"I wish to put the record straight,\" said Freddy Shepherd.");
    assert_eq!(
        speaker(&s, "record straight").as_deref(),
        Some("Freddy Shepherd")
    );
}

#[test]
fn name_said_colon_quote() {
    let s = run("Mr Chirac told reporters in Brussels: \"It can no longer be justified.\"");
    assert_eq!(speaker(&s, "no longer").as_deref(), Some("Chirac"));
}

#[test]
fn name_said_quote_without_colon() {
    let s = run("Premier Zhu Rongji said \"If he was executed three times over, it would not be too much\".");
    assert_eq!(speaker(&s, "executed").as_deref(), Some("Zhu Rongji"));
}

#[test]
fn said_that_partial() {
    let s = run(
        "Heald said although the two are known to matter, \"nobody has looked at these together\".",
    );
    let q = quote(&s, "nobody has looked");
    assert_eq!(q.speaker.as_deref(), Some("Heald"));
    assert_eq!(q.kind, QuoteKind::Partial);
}

#[test]
fn apposition_between_quote_and_verb() {
    let s = run("“Q is fine,” Jen Psaki, the White House spokeswoman, said.");
    assert_eq!(speaker(&s, "Q is fine").as_deref(), Some("Jen Psaki"));
}

#[test]
fn pronoun_resolves_to_previous_speaker() {
    let s = run(
        "Canadian Foreign Minister Mélanie Joly visited Kyiv. “We stand with Ukraine,” she said.",
    );
    assert_eq!(speaker(&s, "We stand").as_deref(), Some("Mélanie Joly"));
}

#[test]
fn pronoun_skips_object_of_preposition() {
    let s = run(
        "President Recep Tayyip Erdoğan said he would raise the subject with Vladimir Putin. \
                 “It is not an ordinary country,” he said.",
    );
    assert_eq!(
        speaker(&s, "ordinary country").as_deref(),
        Some("Recep Tayyip Erdoğan")
    );
}

#[test]
fn split_quote_has_one_speaker() {
    let s = run(
        "“We tried,” he said. Jack Straw spoke later. “It was hard,” Straw said, “but we won.”",
    );
    assert_eq!(speaker(&s, "It was hard").as_deref(), Some("Jack Straw"));
    assert_eq!(speaker(&s, "but we won").as_deref(), Some("Jack Straw"));
}

#[test]
fn organization_speaks_with_it() {
    let s = run("\"Foolhardy provocation deserves harsh punishment\", said KCNA. \"War is near\", it added.");
    assert_eq!(speaker(&s, "War is near").as_deref(), Some("KCNA"));
}

#[test]
fn place_speaks_as_government() {
    let s = run("On Sunday, Russia described as “total disinformation” the idea of an invasion.");
    let q = quote(&s, "total disinformation");
    assert_eq!(q.speaker.as_deref(), Some("Russia"));
    assert_eq!(q.speaker_kind, Some(SpeakerKind::Government));
    assert_eq!(q.kind, QuoteKind::Partial);
}

#[test]
fn according_to() {
    let s = run(
        "The sides had reached a “stage where an attack can come at any time”, according to \
                 White House spokeswoman Jen Psaki.",
    );
    assert_eq!(speaker(&s, "stage where").as_deref(), Some("Jen Psaki"));
    assert_eq!(
        quote(&s, "stage where").cue.as_deref(),
        Some("according to")
    );
}

#[test]
fn anonymous_source_is_null_and_says_so() {
    let s = run("“It is about ten percent of Chernobyl,” one nuclear official said.");
    let q = quote(&s, "ten percent");
    assert_eq!(q.speaker, None);
    assert_eq!(q.speaker_kind, Some(SpeakerKind::Anonymous));
}

#[test]
fn glued_paragraphs_continue_speaker() {
    let s = run(
        "Freddy Shepherd told the Evening Chronicle: \"It is not about money. \"No individual is \
                 bigger than the club.\" Souness dropped Bellamy.",
    );
    assert_eq!(
        speaker(&s, "No individual").as_deref(),
        Some("Freddy Shepherd")
    );
    assert_eq!(in_marks(&s).len(), 2);
}

#[test]
fn quote_across_paragraphs_keeps_its_speaker() {
    // Each paragraph's part is listed, and every part has the speaker.
    let s = run("Mark Tedeschi said:\n\n“The first part.\n\n“The second part.”\n\nThe end.");
    assert_eq!(in_marks(&s).len(), 2);
    assert!(s
        .quotes
        .iter()
        .all(|q| q.speaker.as_deref() == Some("Mark Tedeschi")));
    let s = run("“The first part.\n\n“The second part,” Mark Tedeschi said.");
    assert_eq!(in_marks(&s).len(), 2);
    assert!(s
        .quotes
        .iter()
        .all(|q| q.speaker.as_deref() == Some("Mark Tedeschi")));
}

#[test]
fn description_resolves_through_roles() {
    let s =
        run("Environment Minister John Baird spoke. Later, “It is serious,” the minister said.");
    assert_eq!(speaker(&s, "It is serious").as_deref(), Some("John Baird"));
}

#[test]
fn titles_and_nicknames_are_not_speech() {
    let s = run(
        "Microsoft launched a site, \"The Internet Explorer 6 Countdown\", and a gang leader \
                 dubbed \"Shorty\" was seen.",
    );
    assert!(in_marks(&s).is_empty(), "{:?}", s.quotes);
}

#[test]
fn one_word_reported_speech_is_partial() {
    let s = run("Sergei Lavrov demanded “concrete” answers.");
    let q = quote(&s, "concrete");
    assert_eq!(q.kind, QuoteKind::Partial);
    assert_eq!(q.speaker.as_deref(), Some("Sergei Lavrov"));
}

#[test]
fn seed_passage_mismatched_marks_and_inner_brackets() {
    let s = run(include_str!("fixtures/passages/seed-stoltenberg.txt"));
    let q = quote(&s, "[l’Alliance]");
    assert_eq!(q.speaker.as_deref(), Some("Jens Stoltenberg"));
    assert_eq!(q.cue.as_deref(), Some("indicated"));
    assert_eq!(
        speaker(&s, "address our concerns").as_deref(),
        Some("Jens Stoltenberg")
    );
    assert_eq!(
        speaker(&s, "find a way forward").as_deref(),
        Some("Jens Stoltenberg")
    );
    let s = run("The White House called the situation ” extremely dangerous”, said Jen Psaki.");
    assert_eq!(quote(&s, "extremely dangerous").text, "extremely dangerous");
}

#[test]
fn headline_quotes_are_skipped() {
    let s = run(
        "UK rebate 'unjustified' - Chirac\n\nJacques Chirac called the rebate \"unjustified\".",
    );
    assert_eq!(in_marks(&s).len(), 1);
    assert_eq!(in_marks(&s)[0].speaker.as_deref(), Some("Jacques Chirac"));
}

#[test]
fn spans_point_at_the_inner_text() {
    let text = "He said “yes” — then “no”.";
    let s = run(text);
    let chars: Vec<char> = text.chars().collect();
    for q in &s.quotes {
        let inner: String = chars[q.span[0]..q.span[1]].iter().collect();
        assert_eq!(inner, q.text);
    }
}

#[test]
fn unnamed_spokesman_speaks_for_the_body() {
    let s = run(
        "Stefano Bonaccini spoke first. According to the Civil Protection Department, 280 \
                 landslides were recorded. A spokesman for the department said teams had arrived. \
                 “We are grateful for the help,” he said.",
    );
    assert_eq!(
        speaker(&s, "grateful").as_deref(),
        Some("Civil Protection Department")
    );
}

#[test]
fn reporting_sentence_before_a_standalone_quote() {
    let s = run(
        "Colette Heald led the study. Heald noted the findings show pollution matters. \
                 \"An air-quality cleanup would improve crop yields.\"",
    );
    assert_eq!(speaker(&s, "air-quality").as_deref(), Some("Colette Heald"));
}

#[test]
fn indefinite_speaker_is_anonymous_even_with_a_place() {
    let s =
        run("\"We have heard this before,\" said a fisherman in Vigo who asked not to be named.");
    let q = quote(&s, "heard this");
    assert_eq!(q.speaker, None);
    assert_eq!(q.speaker_kind, Some(SpeakerKind::Anonymous));
}

#[test]
fn possessive_apposition_names_the_speaker() {
    let s = run(
        "Opposition leader Raila Odinga called the measures \"punitive\" and urged calm. \
                 Amnesty International's Kenya director, Irungu Houghton, told the BBC that the \
                 response was excessive. \"Peaceful protest is a right,\" he said.",
    );
    assert_eq!(speaker(&s, "punitive").as_deref(), Some("Raila Odinga"));
    assert_eq!(
        speaker(&s, "Peaceful protest").as_deref(),
        Some("Irungu Houghton")
    );
    let h = person(&s, "Irungu Houghton");
    assert_eq!(h.affiliation.as_deref(), Some("Amnesty International"));
}

#[test]
fn spokesperson_for_the_government_stays_anonymous() {
    let s = run(
        "TEPCO runs the plant. A spokesperson for the government confirmed the zone would \
                 grow. He stressed there was \"no need to evacuate immediately\".",
    );
    let q = quote(&s, "no need");
    assert_eq!(q.speaker, None);
    assert_eq!(q.speaker_kind, Some(SpeakerKind::Anonymous));
}
