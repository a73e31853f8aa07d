//! Arbitrary bytes, decoded as UTF-8 with invalid sequences replaced (what a browser does
//! with a damaged paste), through `analyze`: it must not panic, and the summary must satisfy
//! the invariants the tests check (`tests/invariants/mod.rs`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let summary = article_lens::analyze(&text);
    if let Err(e) = invariants::check(&text, &summary) {
        panic!("{e}");
    }
});
