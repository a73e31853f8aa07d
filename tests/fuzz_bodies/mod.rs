//! The bodies of the fuzz targets, in one place: `fuzz/fuzz_targets/*.rs` hand each input to
//! these functions (they include this file by path), and `tests/fuzz_corpus.rs` replays the
//! committed corpora through them as an ordinary test. A body panics when an input breaks
//! what it checks.
//!
//! Kept free of test-framework dependencies, like `tests/invariants/`, so the fuzz crate can
//! use it as it is.
#![allow(dead_code)]

#[path = "../invariants/mod.rs"]
mod invariants;

use article_lens::link::{self, Fragment};

/// `analyze` target: arbitrary bytes, decoded as UTF-8 with invalid sequences replaced (what
/// a browser does with a damaged paste), through `analyze`: it must not panic, and the
/// summary must satisfy the invariants of `tests/invariants/mod.rs`.
pub fn analyze(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let summary = article_lens::analyze(&text);
    if let Err(e) = invariants::check(&text, &summary) {
        panic!("{e}");
    }
}

/// `link_decode` target: arbitrary text as a share-link fragment: `link::decode` must answer
/// `Ok` or `Err`, never panic. Each input is tried as it is and behind every valid prefix, so
/// the payload decoders see the mutations rather than only the prefix check. What decodes
/// must be sound: a summary passes `validate_summary`, and re-encoding an article or a summary
/// gives a link that decodes to the same thing.
pub fn link_decode(data: &[u8]) {
    let input = String::from_utf8_lossy(data);
    for fragment in [
        input.to_string(),
        format!("{}{input}", link::ARTICLE_PREFIX),
        format!("{}{input}", link::SUMMARY_PREFIX),
        format!("{}{input}", link::SUMMARY_V2_PREFIX),
    ] {
        match link::decode(&fragment) {
            Err(e) => assert!(!e.message().is_empty(), "an error without a message"),
            Ok(Fragment::Article(text)) => {
                let again = link::decode(&link::encode_article(&text));
                assert_eq!(
                    again,
                    Ok(Fragment::Article(text)),
                    "article does not re-encode"
                );
            }
            Ok(Fragment::Summary(summary)) => {
                assert_eq!(
                    link::validate_summary(&summary),
                    Ok(()),
                    "decoded an invalid summary"
                );
                let again = link::decode(&link::encode_summary(&summary));
                assert_eq!(
                    again,
                    Ok(Fragment::Summary(summary)),
                    "summary does not re-encode"
                );
            }
        }
    }
}
