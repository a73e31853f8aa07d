//! The hand-made summary with reported speech that the end-to-end tests open
//! (`e2e/tests/reported.test.mjs`): its text, the summary, and its share link (format `s2`).
//! They do not depend on what the analysis finds.
//!
//! Kept in `e2e/fixtures/reported.json`; this test fails when that file is not what the
//! current samples and encoder make. Rewrite it with
//! `UPDATE_REPORTED_LINKS=1 cargo test --test reported_links`.

#[path = "link_fixtures/samples.rs"]
mod samples;

use article_lens::link::{self, Fragment};

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/e2e/fixtures/reported.json");

fn fixture() -> String {
    let summary = samples::reported();
    let doc = serde_json::json!({
        "text": samples::REPORTED,
        "summary": summary,
        "link": link::encode_summary(&summary),
    });
    let mut out = serde_json::to_string_pretty(&doc).expect("JSON");
    out.push('\n');
    out
}

#[test]
fn reported_link_opens_to_the_summary() {
    let summary = samples::reported();
    let fragment = link::encode_summary(&summary);
    assert!(fragment.starts_with(link::SUMMARY_V2_PREFIX), "{fragment}");
    assert_eq!(link::decode(&fragment), Ok(Fragment::Summary(summary)));
}

#[test]
fn reported_spans_lie_in_the_text() {
    let text: Vec<char> = samples::REPORTED.chars().collect();
    for q in samples::reported().quotes {
        let at: String = text[q.span[0]..q.span[1]].iter().collect();
        assert_eq!(at, q.text, "{}", q.id);
    }
}

#[test]
fn reported_fixture_is_current() {
    let expected = fixture();
    if std::env::var_os("UPDATE_REPORTED_LINKS").is_some() {
        std::fs::write(FILE, &expected).expect("write e2e/fixtures/reported.json");
        return;
    }
    let current = std::fs::read_to_string(FILE).unwrap_or_default();
    assert!(
        current == expected,
        "e2e/fixtures/reported.json is out of date: run UPDATE_REPORTED_LINKS=1 cargo test --test reported_links"
    );
}
