//! Sources: who is quoted in an article and across an archive, and the gender the text
//! states (made-up sentences).

mod common;
use common::*;

use article_lens::sources::{word_count, Archive, SourceKind, Sources, Table};
use article_lens::{ActorKind, Quote, QuoteKind, SpeakerKind, StatedGender, Summary};

fn gender(text: &str, name: &str) -> Option<StatedGender> {
    person(&run(text), name).gender
}

#[test]
fn honorifics_state_gender() {
    let t = "Mrs Ann Cole opened the school. Mr Tom Reed cut the ribbon.";
    assert_eq!(gender(t, "Ann Cole"), Some(StatedGender::Woman));
    assert_eq!(gender(t, "Tom Reed"), Some(StatedGender::Man));
}

#[test]
fn gendered_roles_state_gender() {
    let t = "\"We will appeal,\" said Robin Vale, a spokeswoman for the council.";
    assert_eq!(gender(t, "Robin Vale"), Some(StatedGender::Woman));
}

#[test]
fn a_subject_pronoun_states_gender() {
    let t = "Robin Vale chairs the council. She said the vote would go ahead.";
    assert_eq!(gender(t, "Robin Vale"), Some(StatedGender::Woman));
    let t = "Robin Vale said he would resign.";
    assert_eq!(gender(t, "Robin Vale"), Some(StatedGender::Man));
}

#[test]
fn first_names_alone_state_nothing() {
    // "Mary" and "John" are in the first-name lists; the text says nothing more
    let s = run("Mary Okafor and John Pell signed the letter on Friday.");
    assert_eq!(person(&s, "Mary Okafor").gender, None);
    assert_eq!(person(&s, "John Pell").gender, None);
}

#[test]
fn a_pronoun_that_may_mean_someone_else_states_nothing() {
    // two persons before the pronoun
    let t = "Robin Vale met Sam Okoro on Monday. She said the talks went well.";
    assert_eq!(gender(t, "Robin Vale"), None);
    // a relative between the name and the pronoun
    let t = "Robin Vale's wife said she was proud.";
    assert_eq!(gender(t, "Robin Vale"), None);
    // the name is not the subject of the pronoun's sentence
    let t = "Accompanied by Robin Vale, she toured the site.";
    assert_eq!(gender(t, "Robin Vale"), None);
}

#[test]
fn conflicting_evidence_states_nothing() {
    let t = "Robin Vale spoke first. He said the plan was sound. Robin Vale then left. \
             She said nothing more.";
    assert_eq!(gender(t, "Robin Vale"), None);
}

#[test]
fn organizations_have_no_gender() {
    let s = run("The Harbour Board said it would appeal. Its chair, Mrs Ann Cole, agreed.");
    assert!(s
        .actors
        .iter()
        .filter(|a| a.kind == ActorKind::Organization)
        .all(|a| a.gender.is_none()));
}

#[test]
fn sources_of_an_article() {
    let s = run("\"The plan cannot work,\" said Mrs Ann Cole, the mayor. \
         \"We will build it anyway,\" the Harbour Board said in a statement. \
         Cole added: \"It is a disgrace to this town.\" \
         \"Nobody asked us,\" one resident said.\n\n\
         Work starts in May. A sign on the gate reads \"Keep out\".");
    let src = Sources::of(&s);
    let cole = src
        .rows
        .iter()
        .find(|r| r.name == "Ann Cole")
        .expect("Cole");
    assert_eq!(cole.kind, SourceKind::Person);
    assert_eq!(cole.gender, Some(StatedGender::Woman));
    assert_eq!(cole.quotes, 2);
    assert_eq!(cole.words, 4 + 7);
    let board = src.rows.iter().find(|r| r.name == "Harbour Board");
    assert_eq!(board.map(|r| r.kind), Some(SourceKind::Organization));
    // the named sources first, most words first; then anonymous, then unattributed
    assert_eq!(src.rows[0].name, "Ann Cole");
    let kinds: Vec<SourceKind> = src.rows.iter().map(|r| r.kind).collect();
    assert_eq!(
        &kinds[kinds.len() - 2..],
        &[SourceKind::Anonymous, SourceKind::Unattributed]
    );
    let f = src.figures;
    assert_eq!((f.sources, f.named_persons, f.organizations), (2, 1, 1));
    assert_eq!((f.women, f.men, f.not_stated), (1, 0, 0));
    assert_eq!(f.statements, 5);
    assert!((f.anonymous_share - 0.2).abs() < 1e-9);
    let total: f64 = src.rows.iter().map(|r| r.share).sum();
    assert!((total - 1.0).abs() < 1e-9);
}

#[test]
fn words_are_counted_without_punctuation() {
    assert_eq!(word_count("It is — frankly — a disgrace."), 5);
    assert_eq!(word_count(""), 0);
}

fn quote(id: &str, text: &str, speaker: Option<(&str, &str)>, kind: QuoteKind) -> Quote {
    Quote {
        id: id.to_string(),
        text: text.to_string(),
        speaker: speaker.map(|(_, n)| n.to_string()),
        speaker_id: speaker.map(|(i, _)| i.to_string()),
        speaker_kind: speaker.map(|_| SpeakerKind::Person),
        cue: Some("said".to_string()),
        kind,
        span: [0, 0],
        evidence: None,
    }
}

fn summary_with(name: &str, gender: Option<StatedGender>, quotes: &[(&str, QuoteKind)]) -> Summary {
    let mut s = Summary::default();
    s.actors.push(article_lens::Actor {
        id: "a1".to_string(),
        name: name.to_string(),
        kind: ActorKind::Person,
        aliases: Vec::new(),
        role: None,
        affiliation: None,
        mentions: vec![[0, 1]],
        gender,
    });
    for (n, (text, kind)) in quotes.iter().enumerate() {
        s.quotes.push(quote(
            &format!("q{}", n + 1),
            text,
            Some(("a1", name)),
            *kind,
        ));
    }
    s
}

#[test]
fn an_archive_sums_sources_across_articles() {
    let mut archive = Archive::new();
    let a = summary_with(
        "Ann Cole",
        Some(StatedGender::Woman),
        &[("one two three", QuoteKind::Direct)],
    );
    let b = summary_with(
        "ann  cole",
        None,
        &[
            ("four five", QuoteKind::Partial),
            ("she would go", QuoteKind::Indirect),
        ],
    );
    let c = summary_with(
        "Tom Reed",
        Some(StatedGender::Man),
        &[("six", QuoteKind::Direct)],
    );
    let row = archive.add(serde_json::json!("first"), &a);
    assert_eq!(row.figures.women, 1);
    archive.add(serde_json::json!(2), &b);
    archive.add(serde_json::json!(3), &c);
    assert_eq!(archive.articles(), 3);

    let by_source = archive.by_source();
    assert_eq!(by_source.len(), 2, "{by_source:?}");
    let cole = &by_source[0];
    assert_eq!(cole.name, "Ann Cole");
    assert_eq!(
        (cole.articles, cole.quotes, cole.reported, cole.words),
        (2, 2, 1, 5)
    );
    // stated in one article, not stated in the other: the stated one counts
    assert_eq!(cole.gender, Some(StatedGender::Woman));
    assert!((cole.share - 5.0 / 6.0).abs() < 1e-9);

    let by_gender = archive.by_gender();
    let women = by_gender
        .iter()
        .find(|g| g.group == "woman")
        .expect("women");
    assert_eq!((women.sources, women.words), (1, 5));
    let men = by_gender.iter().find(|g| g.group == "man").expect("men");
    assert_eq!((men.sources, men.words), (1, 1));

    let by_kind = archive.by_kind();
    assert_eq!(by_kind.len(), 1);
    assert_eq!(
        (by_kind[0].group.as_str(), by_kind[0].sources),
        ("person", 2)
    );

    let csv = archive.csv(Table::Source);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some(Table::Source.header()));
    assert_eq!(lines.next(), Some("Ann Cole,person,woman,2,2,1,5,0.833"));
    assert_eq!(archive.json_lines(Table::Kind).lines().count(), 1);
}

#[test]
fn an_empty_archive_has_empty_tables() {
    let archive = Archive::new();
    assert!(archive.by_source().is_empty());
    assert_eq!(archive.csv(Table::Gender).lines().count(), 1);
    let row = Archive::new().add(serde_json::json!("x"), &Summary::default());
    assert_eq!(row.figures.statements, 0);
    assert_eq!(row.figures.anonymous_share, 0.0);
}

#[test]
fn sources_csv_has_one_row_per_source() {
    let s = summary_with(
        "Ann Cole",
        Some(StatedGender::Woman),
        &[("we will, \"maybe\"", QuoteKind::Direct)],
    );
    let csv = Sources::of(&s).csv();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1], "Ann Cole,person,,,woman,1,0,3,1.000");
}
