//! Share links: what goes in comes back out, exactly, and the same input always gives the
//! same link.

#[path = "link_fixtures/samples.rs"]
mod samples;

use article_lens::link::{
    decode, encode_article, encode_summary, validate_summary, Fragment, ARTICLE_PREFIX,
    SUMMARY_PREFIX, SUMMARY_V2_PREFIX,
};
use article_lens::QuoteKind;
use article_lens::{Quote, Summary};

fn is_link_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

fn assert_article_round_trip(text: &str) {
    let link = encode_article(text);
    assert!(link.starts_with(ARTICLE_PREFIX), "{link}");
    assert!(
        link[ARTICLE_PREFIX.len()..].chars().all(is_link_char),
        "link has characters outside base64url: {link}"
    );
    match decode(&link) {
        Ok(Fragment::Article(back)) => assert!(back == text, "text changed for {text:?}"),
        other => panic!("{text:?} gave {other:?}"),
    }
    // With the leading '#' as well.
    assert_eq!(
        decode(&format!("#{link}")),
        Ok(Fragment::Article(text.to_string()))
    );
}

#[test]
fn link_article_texts_round_trip() {
    let texts = [
        "",
        " ",
        "a",
        "\0",
        "\0\0\0 NUL in\0the middle\0",
        "Hello, world.",
        "line one\r\nline two\r\n\r\nline four\r\n",
        "tabs\tand\u{b}vertical\u{c}feeds\u{1b}[0m\u{7f}",
        "Café, naïve, Zürich, Ålesund, Łódź, São Paulo, Ærøskøbing.",
        "“Curly quotes,” she said — and ‘single ones’ … too.",
        "Москва заявила, что переговоры продолжатся. Київ відповів.",
        "北京 東京 서울 — 中文、日本語、한국어。",
        "Emoji: 🙂👍🏽🇺🇳 👨‍👩‍👧‍👦 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 outside the BMP: 𐍈",
        "\u{feff}byte order mark, \u{200b}zero width, \u{fffd} replacement, \u{10ffff} last",
        "\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}",
        "عربي ועברית mixed with English",
    ];
    for text in texts {
        assert_article_round_trip(text);
    }
}

#[test]
fn link_every_fixture_text_round_trips() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/link_fixtures/texts");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        assert_article_round_trip(&text);
        n += 1;
    }
    assert!(n >= 5);
}

#[test]
fn link_long_article_round_trips() {
    // About 600 000 characters (100 000 in unoptimised builds), varied enough not to be a
    // trivial repeat.
    let size = if cfg!(debug_assertions) {
        100_000
    } else {
        600_000
    };
    let mut text = String::new();
    let mut seed = 7u32;
    let words = [
        "the",
        "minister",
        "said",
        "on",
        "Tuesday",
        "that",
        "prices",
        "would",
        "rise",
        "—",
        "“quoted”",
        "Zürich",
        "\r\n",
        "1,250",
        "percent",
        "🙂",
        "police",
        "and",
        "of",
        "a",
    ];
    while text.len() < size {
        seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        text.push_str(words[(seed >> 24) as usize % words.len()]);
        text.push(if seed & 7 == 0 { '.' } else { ' ' });
    }
    assert_article_round_trip(&text);
}

#[test]
fn link_binary_like_text_round_trips() {
    // Every scalar value class, shuffled: the model must not assume anything about text.
    let mut text = String::new();
    let mut seed = 99u32;
    for _ in 0..3000 {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        let c = match seed % 4 {
            0 => (seed >> 8) % 0x80,
            1 => 0x80 + (seed >> 8) % 0x780,
            2 => 0x800 + (seed >> 8) % 0xd000,
            _ => 0x10000 + (seed >> 8) % 0x100000,
        };
        if let Some(ch) = char::from_u32(c) {
            text.push(ch);
        }
    }
    assert_article_round_trip(&text);
}

#[test]
fn link_links_are_deterministic() {
    let text = samples::WATER;
    assert_eq!(encode_article(text), encode_article(text));
    let s = samples::water();
    assert_eq!(encode_summary(&s), encode_summary(&s));
    assert_eq!(encode_summary(&s.clone()), encode_summary(&s));
}

fn assert_summary_round_trip(s: &Summary) {
    validate_summary(s).expect("sample summaries are valid");
    let link = encode_summary(s);
    // version 2 only when a quote is reported speech, which version 1 cannot carry
    let reported = s.quotes.iter().any(|q| q.kind == QuoteKind::Indirect);
    let prefix = if reported {
        SUMMARY_V2_PREFIX
    } else {
        SUMMARY_PREFIX
    };
    assert!(link.starts_with(prefix), "{link}");
    assert!(link[prefix.len()..].chars().all(is_link_char));
    match decode(&link) {
        Ok(Fragment::Summary(back)) => assert_eq!(&back, s),
        other => panic!("summary gave {other:?}"),
    }
}

#[test]
fn link_summaries_round_trip() {
    assert_summary_round_trip(&Summary::default());
    assert_summary_round_trip(&samples::water());
    assert_summary_round_trip(&samples::unusual());
    assert_summary_round_trip(&samples::large());
}

#[test]
fn link_reported_speech_round_trips() {
    let s = samples::reported();
    assert_summary_round_trip(&s);
    assert_summary_round_trip(&samples::unusual_reported());
    // the reported statement that holds a partial quote comes back with both kinds and spans
    let Ok(Fragment::Summary(back)) = decode(&encode_summary(&s)) else {
        panic!("the reported sample did not open");
    };
    let outer = back.quotes.iter().find(|q| q.id == "q3").unwrap();
    let inner = back.quotes.iter().find(|q| q.id == "q4").unwrap();
    assert_eq!(outer.kind, QuoteKind::Indirect);
    assert_eq!(inner.kind, QuoteKind::Partial);
    assert!(outer.span[0] < inner.span[0] && inner.span[1] < outer.span[1]);
    assert!(outer.text.contains(&inner.text));
    let kinds: Vec<QuoteKind> = back.quotes.iter().map(|q| q.kind).collect();
    assert_eq!(
        kinds,
        [
            QuoteKind::Indirect,
            QuoteKind::Direct,
            QuoteKind::Indirect,
            QuoteKind::Partial,
            QuoteKind::Indirect
        ]
    );
}

#[test]
fn link_each_quote_kind_round_trips_alone_and_mixed() {
    let base = samples::reported();
    for q in &base.quotes {
        let s = Summary {
            quotes: vec![Quote {
                speaker_id: None,
                speaker: q.speaker.clone(),
                ..q.clone()
            }],
            ..Summary::default()
        };
        assert_summary_round_trip(&s);
    }
    // one indirect quote among many is enough for version 2, and every kind survives it
    let mut large = samples::large();
    let n = large.quotes.len();
    large.quotes[n - 1].kind = QuoteKind::Indirect;
    assert_summary_round_trip(&large);
    // without it, version 1 as before
    large.quotes[n - 1].kind = QuoteKind::Direct;
    assert_summary_round_trip(&large);
}

#[test]
fn link_summaries_round_trip_one_part_at_a_time() {
    // Each part of the unusual summary on its own, so that every reference code is also
    // used when the things it could refer to are missing.
    let full = samples::unusual();
    for i in 0..full.places.len() {
        let mut s = Summary::default();
        s.places.push(full.places[i].clone());
        s.places[0].country = full.places[i].country.clone();
        assert_summary_round_trip(&s);
    }
    for a in &full.actors {
        let mut s = Summary::default();
        s.actors.push(a.clone());
        assert_summary_round_trip(&s);
    }
    let s = Summary {
        quotes: full
            .quotes
            .iter()
            .filter(|q| q.speaker_id.is_none())
            .cloned()
            .collect(),
        ..Summary::default()
    };
    assert_summary_round_trip(&s);
}

#[test]
fn link_article_link_opens_to_the_same_analysis() {
    for text in [samples::WATER, "", "Short “text” in Zürich."] {
        let link = encode_article(text);
        let Ok(Fragment::Article(back)) = decode(&link) else {
            panic!("article link did not open");
        };
        assert_eq!(article_lens::analyze(&back), article_lens::analyze(text));
    }
}

/// Summary links do not carry the attribution evidence (an optional field of the summary).
fn without_evidence(mut s: Summary) -> Summary {
    for q in &mut s.quotes {
        q.evidence = None;
    }
    s
}

#[test]
fn link_summary_of_analysis_round_trips() {
    let s = article_lens::analyze(samples::WATER);
    let link = encode_summary(&s);
    assert_eq!(decode(&link), Ok(Fragment::Summary(without_evidence(s))));
}

/// Every annotated real article: text → article link → the same summary, and summary → summary
/// link → the same summary.
#[test]
fn link_annotated_articles_round_trip_to_the_same_summary() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let text = gold["text"].as_str().unwrap();
        let summary = article_lens::analyze(text);
        match decode(&encode_article(text)) {
            Ok(Fragment::Article(back)) => {
                assert_eq!(article_lens::analyze(&back), summary, "{}", path.display())
            }
            other => panic!("{}: {other:?}", path.display()),
        }
        match decode(&encode_summary(&summary)) {
            Ok(Fragment::Summary(back)) => {
                assert_eq!(back, without_evidence(summary), "{}", path.display())
            }
            other => panic!("{}: {other:?}", path.display()),
        }
        n += 1;
    }
    assert!(n >= 10);
}
