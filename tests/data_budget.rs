//! Size guards for the embedded data, which ships inside the WebAssembly bundle.
//!
//! The real budget is on the compressed size (`data/gazetteer.tsv` must gzip to at most 250 KB);
//! `python3 scripts/build_data.py --check` measures that. These raw bounds need no compressor and
//! catch a runaway regeneration early.

const GAZETTEER: &str = include_str!("../data/gazetteer.tsv");
const FIRST_NAMES: &str = include_str!("../data/first_names.tsv");

#[test]
fn gazetteer_stays_within_its_raw_bound() {
    assert!(
        GAZETTEER.len() < 700_000,
        "data/gazetteer.tsv is {} bytes",
        GAZETTEER.len()
    );
    assert!(GAZETTEER.starts_with("# Article Lens gazetteer."));
}

#[test]
fn first_names_stay_within_their_raw_bound() {
    assert!(
        FIRST_NAMES.len() < 80_000,
        "data/first_names.tsv is {} bytes",
        FIRST_NAMES.len()
    );
}

#[test]
fn embedded_gazetteer_parses() {
    let g = article_lens::gazetteer::gazetteer();
    assert!(g.len() > 34_000);
    assert!(!g.lookup("Kyiv").is_empty());
}
