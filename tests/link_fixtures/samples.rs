//! Hand-built summaries shared by the link tests (included with `#[path]`).
#![allow(dead_code)]

use article_lens::link::MAX_TEXT_CHARS;
use article_lens::{Actor, ActorKind, Place, PlaceKind, Quote, QuoteKind, SpeakerKind, Summary};

pub const WATER: &str = include_str!("texts/01-water.txt");

/// Character spans of every occurrence of `needle` in `text`.
pub fn spans_of(text: &str, needle: &str) -> Vec<[usize; 2]> {
    let n = needle.chars().count();
    text.match_indices(needle)
        .map(|(byte, _)| {
            let start = text[..byte].chars().count();
            [start, start + n]
        })
        .collect()
}

fn first_span(text: &str, needle: &str) -> [usize; 2] {
    spans_of(text, needle)[0]
}

fn s(v: &str) -> String {
    v.to_string()
}

/// What a good analysis of `texts/01-water.txt` would say, spans computed from the text.
pub fn water() -> Summary {
    let t = WATER;
    let q1 = "We know these measures will be difficult for many people,";
    let q2 = "But the alternative is that we run out of water in August, and nobody wants that. If everyone does their bit, we can get through the summer without having to turn off supplies to homes.";
    let q3 = "badly stunted";
    let q4 = "We’ve had dry years before, but nothing like this,";
    let q5 = "If it doesn’t rain properly in the next few weeks, we’ll lose most of the harvest.";
    let q6 = "Asking families to save water while so much is pouring out of broken mains is hard to accept.";
    let quote =
        |i: usize, text: &str, kind, speaker: Option<&str>, id: Option<&str>, sk, cue: &str| {
            Quote {
                id: format!("q{i}"),
                text: text.to_string(),
                speaker: speaker.map(s),
                speaker_id: id.map(s),
                speaker_kind: Some(sk),
                cue: Some(s(cue)),
                kind,
                span: first_span(t, text),
                evidence: None,
            }
        };
    Summary {
        schema: s(article_lens::summary::SCHEMA),
        actors: vec![
            Actor {
                id: s("a1"),
                name: s("Helen Okafor"),
                kind: ActorKind::Person,
                aliases: vec![],
                role: Some(s("chief executive")),
                affiliation: Some(s("regional water authority")),
                mentions: spans_of(t, "Helen Okafor"),
                gender: None,
            },
            Actor {
                id: s("a2"),
                name: s("Tom Hadley"),
                kind: ActorKind::Person,
                aliases: vec![],
                role: Some(s("farmer")),
                affiliation: None,
                mentions: spans_of(t, "Tom Hadley"),
                gender: None,
            },
            Actor {
                id: s("a3"),
                name: s("Clean Rivers Now"),
                kind: ActorKind::Organization,
                aliases: vec![],
                role: None,
                affiliation: None,
                mentions: spans_of(t, "Clean Rivers Now"),
                gender: None,
            },
            Actor {
                id: s("a4"),
                name: s("Met Office"),
                kind: ActorKind::Organization,
                aliases: vec![],
                role: None,
                affiliation: Some(s("United Kingdom")),
                mentions: spans_of(t, "Met Office"),
                gender: None,
            },
        ],
        quotes: vec![
            quote(
                1,
                q1,
                QuoteKind::Direct,
                Some("Helen Okafor"),
                Some("a1"),
                SpeakerKind::Person,
                "said",
            ),
            quote(
                2,
                q2,
                QuoteKind::Direct,
                Some("Helen Okafor"),
                Some("a1"),
                SpeakerKind::Person,
                "said",
            ),
            quote(
                3,
                q3,
                QuoteKind::Partial,
                Some("Tom Hadley"),
                Some("a2"),
                SpeakerKind::Person,
                "said",
            ),
            quote(
                4,
                q4,
                QuoteKind::Direct,
                Some("Tom Hadley"),
                Some("a2"),
                SpeakerKind::Person,
                "said",
            ),
            quote(
                5,
                q5,
                QuoteKind::Direct,
                Some("Tom Hadley"),
                Some("a2"),
                SpeakerKind::Person,
                "said",
            ),
            quote(
                6,
                q6,
                QuoteKind::Direct,
                Some("A spokeswoman for the campaign group Clean Rivers Now"),
                Some("a3"),
                SpeakerKind::Organization,
                "said",
            ),
        ],
        places: vec![
            Place {
                id: s("p1"),
                name: s("Marlow Vale"),
                kind: PlaceKind::Region,
                country: Some(s("United Kingdom")),
                aliases: vec![],
                mentions: spans_of(t, "Marlow Vale"),
                government_mentions: vec![],
            },
            Place {
                id: s("p2"),
                name: s("Ashby Cross"),
                kind: PlaceKind::City,
                country: Some(s("United Kingdom")),
                aliases: vec![],
                mentions: spans_of(t, "Ashby Cross"),
                government_mentions: vec![],
            },
        ],
    }
}

/// A summary using every corner of the format: explicit ids, aliases, references between
/// entries, unsorted and empty spans, Unicode, empty strings, the largest offsets.
pub fn unusual() -> Summary {
    Summary {
        schema: s(article_lens::summary::SCHEMA),
        actors: vec![
            Actor {
                id: s("actor-7"),
                name: s("Jens Stoltenberg"),
                kind: ActorKind::Person,
                aliases: vec![s("Stoltenberg"), s("Mr Stoltenberg"), s("")],
                role: Some(s("Secretary General")),
                affiliation: Some(s("NATO")),
                mentions: vec![[10, 26], [300, 311], [120, 134], [500, 500], [0, 0]],
                gender: None,
            },
            Actor {
                id: s("a2"),
                name: s("NATO"),
                kind: ActorKind::Organization,
                aliases: vec![s("North Atlantic Treaty Organization"), s("the alliance")],
                role: None,
                affiliation: Some(s("Moscow")),
                mentions: vec![
                    [30, 34],
                    [40, 74],
                    [90, 102],
                    [MAX_TEXT_CHARS - 4, MAX_TEXT_CHARS],
                ],
                gender: None,
            },
            Actor {
                id: s("a3"),
                name: s("Zoë Ólafsdóttir — 李雷 🙂"),
                kind: ActorKind::Person,
                aliases: vec![],
                role: Some(s("“spokeswoman”")),
                affiliation: Some(s("Jens Stoltenberg")),
                mentions: vec![[7, 30], [7, 30]],
                gender: None,
            },
        ],
        quotes: vec![
            Quote {
                id: s("q1"),
                text: s("We will not be intimidated\n\t\"ever\"\0"),
                speaker: Some(s("Stoltenberg")),
                speaker_id: Some(s("actor-7")),
                speaker_kind: Some(SpeakerKind::Person),
                cue: Some(s("according to")),
                kind: QuoteKind::Direct,
                span: [1000, 1035],
                evidence: None,
            },
            Quote {
                id: s("quote-two"),
                text: s("a fragment"),
                speaker: Some(s("Moscow")),
                speaker_id: Some(s("p1")),
                speaker_kind: Some(SpeakerKind::Government),
                cue: None,
                kind: QuoteKind::Partial,
                span: [400, 420],
                evidence: None,
            },
            Quote {
                id: s("q3"),
                text: s(""),
                speaker: None,
                speaker_id: None,
                speaker_kind: Some(SpeakerKind::Anonymous),
                cue: Some(s("")),
                kind: QuoteKind::Direct,
                span: [5, 5],
                evidence: None,
            },
            Quote {
                id: s("q4"),
                text: s("unattributed"),
                speaker: Some(s("a reader")),
                speaker_id: None,
                speaker_kind: None,
                cue: None,
                kind: QuoteKind::Direct,
                span: [MAX_TEXT_CHARS - 12, MAX_TEXT_CHARS],
                evidence: None,
            },
        ],
        places: vec![
            Place {
                id: s("p1"),
                name: s("Moscow"),
                kind: PlaceKind::City,
                country: Some(s("Russia")),
                aliases: vec![s("Moskva")],
                mentions: vec![[50, 56], [60, 66], [70, 76]],
                government_mentions: vec![[60, 66]],
            },
            Place {
                id: s("p2"),
                name: s("Russia"),
                kind: PlaceKind::Country,
                country: Some(s("Russia")),
                aliases: vec![],
                mentions: vec![[200, 206]],
                government_mentions: vec![],
            },
            Place {
                id: s("x"),
                name: s("Baltic Sea"),
                kind: PlaceKind::Feature,
                country: None,
                aliases: vec![],
                mentions: vec![],
                government_mentions: vec![],
            },
            Place {
                id: s("p4"),
                name: s("Kyiv"),
                kind: PlaceKind::City,
                country: Some(s("Moscow")),
                aliases: vec![s("Kiev")],
                mentions: vec![[80, 84]],
                government_mentions: vec![[80, 84], [81, 85]],
            },
            Place {
                id: s("p5"),
                name: s("Europe"),
                kind: PlaceKind::Continent,
                country: None,
                aliases: vec![],
                mentions: vec![[3, 9]],
                government_mentions: vec![],
            },
            Place {
                id: s("p6"),
                name: s("Elsewhere"),
                kind: PlaceKind::Other,
                country: Some(s("Nowhere")),
                aliases: vec![],
                mentions: vec![],
                government_mentions: vec![],
            },
            Place {
                id: s("p7"),
                name: s("Lapland"),
                kind: PlaceKind::Region,
                country: Some(s("Finland")),
                aliases: vec![],
                mentions: vec![[9, 16]],
                government_mentions: vec![],
            },
        ],
    }
}

/// A long summary: many actors, places and quotes with many mentions.
pub fn large() -> Summary {
    let mut sum = Summary::default();
    for i in 0..60 {
        sum.places.push(Place {
            id: format!("p{}", i + 1),
            name: format!("Town number {i}"),
            kind: PlaceKind::City,
            country: Some(s("Examplestan")),
            aliases: vec![format!("Town {i}")],
            mentions: (0..8)
                .map(|k| [i * 1000 + k * 37, i * 1000 + k * 37 + 7])
                .collect(),
            government_mentions: vec![],
        });
    }
    for i in 0..150 {
        sum.actors.push(Actor {
            id: format!("a{}", i + 1),
            name: format!("Person {i} Surname"),
            kind: if i % 3 == 0 {
                ActorKind::Organization
            } else {
                ActorKind::Person
            },
            aliases: vec![format!("Surname {i}")],
            role: Some(s("official")),
            affiliation: Some(format!("Town number {}", i % 60)),
            mentions: (0..12)
                .map(|k| [i * 700 + k * 50, i * 700 + k * 50 + 16])
                .collect(),
            gender: None,
        });
    }
    for i in 0..200 {
        let text = format!("quote number {i} says something about the matter at hand");
        sum.quotes.push(Quote {
            id: format!("q{}", i + 1),
            span: [i * 500, i * 500 + text.chars().count()],
            evidence: None,
            text,
            speaker: Some(format!("Person {} Surname", i % 150)),
            speaker_id: Some(format!("a{}", i % 150 + 1)),
            speaker_kind: Some(SpeakerKind::Person),
            cue: Some(s("said")),
            kind: QuoteKind::Direct,
        });
    }
    sum
}

/// A short article with reported speech beside direct and partial quotes.
pub const REPORTED: &str = "The ministry said it would review the contract. Anna Berg, the \
minister, told reporters in Oslo: \"We will publish everything.\" She said the deal was \
“a disgrace” and would be cancelled. Officials said talks would resume on Monday.";

/// What a good analysis of [`REPORTED`] would say: reported statements (kind `indirect`),
/// one of which holds a partial quote, a direct quote, and an anonymous reported statement.
pub fn reported() -> Summary {
    let t = REPORTED;
    let quote = |i: usize, text: &str, kind, speaker: Option<(&str, &str)>, sk, cue: &str| Quote {
        id: format!("q{i}"),
        text: text.to_string(),
        speaker: speaker.map(|(name, _)| s(name)),
        speaker_id: speaker.map(|(_, id)| s(id)),
        speaker_kind: Some(sk),
        cue: Some(s(cue)),
        kind,
        span: first_span(t, text),
        evidence: None,
    };
    let berg = Some(("Anna Berg", "a1"));
    let ministry = Some(("ministry", "a2"));
    Summary {
        schema: s(article_lens::summary::SCHEMA),
        actors: vec![
            Actor {
                id: s("a1"),
                name: s("Anna Berg"),
                kind: ActorKind::Person,
                aliases: vec![],
                role: Some(s("minister")),
                affiliation: None,
                mentions: spans_of(t, "Anna Berg"),
                gender: None,
            },
            Actor {
                id: s("a2"),
                name: s("ministry"),
                kind: ActorKind::Organization,
                aliases: vec![],
                role: None,
                affiliation: None,
                mentions: spans_of(t, "ministry"),
                gender: None,
            },
        ],
        quotes: vec![
            quote(
                1,
                "it would review the contract",
                QuoteKind::Indirect,
                ministry,
                SpeakerKind::Organization,
                "said",
            ),
            quote(
                2,
                "We will publish everything.",
                QuoteKind::Direct,
                berg,
                SpeakerKind::Person,
                "told",
            ),
            quote(
                3,
                "the deal was “a disgrace” and would be cancelled",
                QuoteKind::Indirect,
                berg,
                SpeakerKind::Person,
                "said",
            ),
            quote(
                4,
                "a disgrace",
                QuoteKind::Partial,
                berg,
                SpeakerKind::Person,
                "said",
            ),
            quote(
                5,
                "talks would resume on Monday",
                QuoteKind::Indirect,
                None,
                SpeakerKind::Anonymous,
                "said",
            ),
        ],
        places: vec![Place {
            id: s("p1"),
            name: s("Oslo"),
            kind: PlaceKind::City,
            country: Some(s("Norway")),
            aliases: vec![],
            mentions: spans_of(t, "Oslo"),
            government_mentions: vec![],
        }],
    }
}

/// [`unusual`] with reported speech: every other quote made indirect, and an indirect quote
/// holding a direct one at the same start.
pub fn unusual_reported() -> Summary {
    let mut sum = unusual();
    for (i, q) in sum.quotes.iter_mut().enumerate() {
        if i % 2 == 1 {
            q.kind = QuoteKind::Indirect;
        }
    }
    let mut outer = sum.quotes[0].clone();
    outer.id = s("q0");
    outer.kind = QuoteKind::Indirect;
    outer.text = format!("{} she added", outer.text);
    outer.span = [outer.span[0], outer.span[1] + 10];
    sum.quotes.insert(0, outer);
    sum
}

/// [`water`] with the gender its text states for some persons: a version 3 link.
pub fn gendered() -> Summary {
    let mut sum = water();
    stated_genders(&mut sum);
    sum
}

/// [`reported`] with stated genders: reported speech and genders in one version 3 link.
pub fn gendered_reported() -> Summary {
    let mut sum = reported();
    stated_genders(&mut sum);
    sum
}

/// Woman, man, not stated, in turn, for the persons.
fn stated_genders(sum: &mut Summary) {
    let persons = sum
        .actors
        .iter_mut()
        .filter(|a| a.kind == article_lens::ActorKind::Person);
    for (i, a) in persons.enumerate() {
        a.gender = [
            Some(article_lens::StatedGender::Woman),
            Some(article_lens::StatedGender::Man),
            None,
        ][i % 3];
    }
}
