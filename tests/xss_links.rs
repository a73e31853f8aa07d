//! Share links carrying the cross-site scripting vectors of `e2e/fixtures/xss-vectors.json`,
//! for the end-to-end test that opens them (`e2e/tests/xss.test.mjs`): for each vector an
//! article link whose text holds it, and a summary link with it in every field (ids, names,
//! aliases, roles, quotes, cues, countries).
//!
//! The links are kept in `e2e/fixtures/xss-links.json`; this test fails when that file is not
//! what the current encoder makes. Rewrite it with
//! `UPDATE_XSS_LINKS=1 cargo test --test xss_links`.

use article_lens::link::{self, Fragment};
use article_lens::summary::SCHEMA;
use article_lens::{Actor, ActorKind, Place, PlaceKind, Quote, QuoteKind, SpeakerKind, Summary};

const VECTORS: &str = include_str!("../e2e/fixtures/xss-vectors.json");
const LINKS_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/e2e/fixtures/xss-links.json");

fn vectors() -> Vec<String> {
    let doc: serde_json::Value = serde_json::from_str(VECTORS).expect("xss-vectors.json");
    doc["vectors"]
        .as_array()
        .expect("a list of vectors")
        .iter()
        .map(|v| v.as_str().expect("a string").to_string())
        .collect()
}

/// An article with the vector inside a quote, alone in a paragraph, and beside names.
pub fn article(v: &str) -> String {
    format!(
        "Anna Berg said: \"{v}\" in Paris.\n\n{v}\n\nThe Red Cross, quoting {v}, met Tom Reed in Lyon."
    )
}

/// A summary with the vector in every string a summary has.
pub fn summary(v: &str) -> Summary {
    Summary {
        schema: SCHEMA.to_string(),
        actors: vec![
            Actor {
                id: v.to_string(),
                name: v.to_string(),
                kind: ActorKind::Person,
                aliases: vec![v.to_string()],
                role: Some(v.to_string()),
                affiliation: Some(v.to_string()),
                mentions: vec![[0, 9]],
                gender: None,
            },
            Actor {
                id: format!("{v} org"),
                name: format!("{v} Agency"),
                kind: ActorKind::Organization,
                aliases: vec![],
                role: None,
                affiliation: None,
                mentions: vec![[40, 50]],
                gender: None,
            },
        ],
        quotes: vec![Quote {
            id: v.to_string(),
            text: v.to_string(),
            speaker: Some(v.to_string()),
            speaker_id: Some(v.to_string()),
            speaker_kind: Some(SpeakerKind::Person),
            cue: Some(v.to_string()),
            kind: QuoteKind::Direct,
            span: [16, 30],
            evidence: None,
        }],
        places: vec![Place {
            id: format!("{v} place"),
            name: v.to_string(),
            kind: PlaceKind::City,
            country: Some(v.to_string()),
            aliases: vec![v.to_string()],
            mentions: vec![[31, 36]],
            government_mentions: vec![],
        }],
    }
}

fn links_json() -> String {
    let links: Vec<serde_json::Value> = vectors()
        .iter()
        .map(|v| {
            serde_json::json!({
                "vector": v,
                "text": article(v),
                "article": link::encode_article(&article(v)),
                "summary": link::encode_summary(&summary(v)),
            })
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&links).expect("JSON");
    out.push('\n');
    out
}

#[test]
fn there_are_at_least_fifty_distinct_vectors() {
    let v = vectors();
    let distinct: std::collections::HashSet<_> = v.iter().collect();
    assert!(v.len() >= 50, "{} vectors", v.len());
    assert_eq!(distinct.len(), v.len(), "a vector is listed twice");
}

#[test]
fn the_links_carry_each_vector_unchanged() {
    for v in vectors() {
        let a = link::decode(&link::encode_article(&article(&v)));
        assert_eq!(a, Ok(Fragment::Article(article(&v))), "{v}");
        let s = link::decode(&link::encode_summary(&summary(&v)));
        assert_eq!(s, Ok(Fragment::Summary(summary(&v))), "{v}");
    }
}

#[test]
fn xss_link_fixture_is_current() {
    let expected = links_json();
    if std::env::var_os("UPDATE_XSS_LINKS").is_some() {
        std::fs::write(LINKS_FILE, &expected).expect("write e2e/fixtures/xss-links.json");
        return;
    }
    let current = std::fs::read_to_string(LINKS_FILE).unwrap_or_default();
    assert!(
        current == expected,
        "e2e/fixtures/xss-links.json is out of date: run UPDATE_XSS_LINKS=1 cargo test --test xss_links"
    );
}
