//! The committed fuzz corpora (`fuzz/corpus/<target>/`), replayed as an ordinary test on the
//! stable toolchain: every file goes through the same body as its cargo-fuzz target
//! (`tests/fuzz_bodies/mod.rs`), without libFuzzer. New inputs come from fuzzing campaigns
//! (`scripts/fuzz.sh long`, then `cmin`), which add them to the corpora.
#![cfg(not(target_arch = "wasm32"))]

mod fuzz_bodies;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

/// The files of `fuzz/corpus/<target>/`, sorted by name.
fn corpus(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join("corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    files
}

/// Runs `body` on every file of the corpus of `target`; fails naming each input that panics.
fn replay(target: &str, body: fn(&[u8])) {
    let files = corpus(target);
    assert!(!files.is_empty(), "the {target} corpus is empty");
    let mut failed = Vec::new();
    for path in &files {
        let data = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if catch_unwind(AssertUnwindSafe(|| body(&data))).is_err() {
            failed.push(path.display().to_string());
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} inputs of fuzz/corpus/{target}/ fail (messages above); reproduce one with \
         `cargo +nightly fuzz run -O -a -s none {target} <file>`:\n  {}",
        failed.len(),
        files.len(),
        failed.join("\n  ")
    );
    eprintln!("fuzz/corpus/{target}/: {} inputs, all pass", files.len());
}

#[test]
fn analyze_corpus() {
    replay("analyze", fuzz_bodies::analyze);
}

#[test]
fn link_decode_corpus() {
    replay("link_decode", fuzz_bodies::link_decode);
}
