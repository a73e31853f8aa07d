//! Arbitrary text as a share-link fragment: `article_lens::link::decode` must answer `Ok` or
//! `Err`, never panic, and what decodes must re-encode to the same thing. The body is shared
//! with the corpus replay test (`tests/fuzz_corpus.rs`): `tests/fuzz_bodies/mod.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/fuzz_bodies/mod.rs"]
mod bodies;

fuzz_target!(|data: &[u8]| bodies::link_decode(data));
