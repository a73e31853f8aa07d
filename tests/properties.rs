//! Properties of `analyze` on generated input: arbitrary Unicode strings, and "news-like"
//! strings assembled from capitalised names, organizations, places, reporting verbs, every
//! kind of quotation mark, commas, periods and line breaks.
//!
//! For every input: no panic; the span invariants of `tests/invariants/mod.rs` (spans within
//! the text, quotes sorted and disjoint, quote text equal to its span); the JSON form
//! round-trips; the same text gives the same summary twice.
#![cfg(not(target_arch = "wasm32"))]

mod invariants;

use article_lens::{analyze, Summary};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

/// Cases per property: 256, or `PROPTEST_CASES` for a longer run.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

/// Capitalised words that the analysis has reason to care about: first names, surnames,
/// titles, organization words and places (all generic or invented).
const CAPITALISED: &[&str] = &[
    "Anna",
    "Berg",
    "John",
    "Smith",
    "Maria",
    "Lopez",
    "Pierre",
    "Dubois",
    "Li",
    "Wei",
    "Mr",
    "Mrs",
    "Dr",
    "President",
    "Minister",
    "Foreign",
    "Prime",
    "Secretary",
    "General",
    "Senator",
    "Mayor",
    "Police",
    "Ministry",
    "Council",
    "Bank",
    "Union",
    "Party",
    "Association",
    "University",
    "NATO",
    "UN",
    "EU",
    "WHO",
    "Reuters",
    "Paris",
    "London",
    "Berlin",
    "Moscow",
    "Kyiv",
    "Washington",
    "Lima",
    "Tokyo",
    "Cairo",
    "Canada",
    "France",
    "Europe",
    "Texas",
    "Monday",
    "The",
    "He",
    "She",
    "It",
    "In",
    "But",
    "Ahmed",
    "O'Neill",
    "Jean-Paul",
    "McDonald",
];

/// Lower-case words, reporting verbs and function words.
const LOWERCASE: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "according",
    "to",
    "warned",
    "asked",
    "the",
    "a",
    "of",
    "and",
    "in",
    "on",
    "that",
    "he",
    "she",
    "they",
    "it",
    "was",
    "would",
    "not",
    "minister",
    "spokeswoman",
    "officials",
    "police",
    "government",
    "talks",
    "week",
    "percent",
    "de",
    "von",
    "van",
    "der",
    "al",
    "'s",
    "’s",
    "n't",
    "don’t",
];

/// Every quotation mark the quote layer may meet.
const MARKS: &[&str] = &[
    "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "‚", "‹", "›", "「", "」", "『", "』", "＂",
];

/// Punctuation, spacing and line breaks between words.
const SEPARATORS: &[&str] = &[
    " ", " ", " ", " ", ", ", ". ", ".", ": ", "; ", "? ", "! ", " — ", " - ", "\n", "\n\n",
    "\r\n", "(", ")", "...", "…", "",
];

/// One piece of news-like text.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        5 => prop::sample::select(CAPITALISED).prop_map(str::to_string),
        5 => prop::sample::select(LOWERCASE).prop_map(str::to_string),
        2 => "[A-Z][a-z]{1,9}",
        1 => "[A-Z]{2,5}",
        3 => prop::sample::select(MARKS).prop_map(str::to_string),
        4 => prop::sample::select(SEPARATORS).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
        // A whole attributed quote, in one of the common shapes.
        2 => (
            prop::sample::select(MARKS),
            prop::sample::select(MARKS),
            "[A-Z][a-z]{0,6}( [a-z]{1,7}){0,6}[.,]?",
            prop::sample::select(CAPITALISED),
            prop::sample::select(CAPITALISED),
            0..3usize,
        )
            .prop_map(|(open, close, words, first, last, shape)| match shape {
                0 => format!("{open}{words}{close} said {first} {last}. "),
                1 => format!("{first} {last} said: {open}{words}{close}\n\n"),
                _ => format!("{open}{words}{close}, {first} told {last}. "),
            }),
    ]
}

/// Pieces glued with single spaces or nothing (so marks sit both next to words and apart).
fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), prop::bool::weighted(0.7)), 0..150).prop_map(|parts| {
        let mut s = String::new();
        for (p, space) in parts {
            s.push_str(&p);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

/// Arbitrary Unicode (any scalar value, including controls and unassigned code points).
fn arbitrary_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(any::<char>(), 0..300).prop_map(|cs| cs.into_iter().collect()),
    ]
}

/// Either kind of input.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![arbitrary_text(), news_like()]
}

fn valid(text: &str) -> Result<Summary, TestCaseError> {
    let summary = analyze(text);
    invariants::check(text, &summary).map_err(TestCaseError::fail)?;
    Ok(summary)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        // A failing case is saved next to this file, in properties.proptest-regressions.
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_unicode_gives_valid_spans(text in arbitrary_text()) {
        valid(&text)?;
    }

    #[test]
    fn news_like_text_gives_valid_spans(text in news_like()) {
        valid(&text)?;
    }

    #[test]
    fn summary_json_round_trips(text in text()) {
        let summary = valid(&text)?;
        let json = serde_json::to_string(&summary).expect("serialises");
        let back: Summary = serde_json::from_str(&json).expect("parses back");
        prop_assert_eq!(&back, &summary);
        // The CLI's pretty form too.
        let back: Summary = serde_json::from_str(&summary.to_json_pretty()).expect("parses back");
        prop_assert_eq!(back, summary);
    }

    #[test]
    fn analysis_is_deterministic(text in text()) {
        let first = valid(&text)?;
        let second = analyze(&text);
        prop_assert_eq!(first, second);
    }

    #[test]
    fn text_around_a_news_paragraph_keeps_spans_valid(
        before in arbitrary_text(),
        after in news_like(),
    ) {
        // Arbitrary characters in front shift every offset: spans must follow.
        let text = format!(
            "{before}Officials in Lima said on Monday that “talks will go on”, \
             Foreign Minister Ana Torres told Reuters.\n\n{after}"
        );
        valid(&text)?;
    }
}

/// The news-like generator is not vacuous: its texts do reach quotes, actors and places.
#[test]
fn news_like_generator_reaches_every_layer() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = news_like();
    let (mut quotes, mut speakers, mut actors, mut places) = (0, 0, 0, 0);
    for _ in 0..200 {
        let text = strategy.new_tree(&mut runner).expect("a value").current();
        let s = analyze(&text);
        quotes += usize::from(!s.quotes.is_empty());
        speakers += usize::from(s.quotes.iter().any(|q| q.speaker.is_some()));
        actors += usize::from(!s.actors.is_empty());
        places += usize::from(!s.places.is_empty());
    }
    eprintln!("of 200 texts: {quotes} with quotes, {speakers} with a speaker, {actors} with actors, {places} with places");
    assert!(quotes >= 50 && speakers >= 20 && actors >= 50 && places >= 50);
}
