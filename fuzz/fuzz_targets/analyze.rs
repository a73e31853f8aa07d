//! Arbitrary bytes, decoded as UTF-8 with invalid sequences replaced (what a browser does
//! with a damaged paste), through `analyze`: it must not panic, and the summary must satisfy
//! the invariants the tests check (`tests/invariants/mod.rs`). The body is shared with the
//! corpus replay test (`tests/fuzz_corpus.rs`): `tests/fuzz_bodies/mod.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/fuzz_bodies/mod.rs"]
mod bodies;

fuzz_target!(|data: &[u8]| bodies::analyze(data));
