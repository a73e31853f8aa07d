//! Copies the word lists, first names and gazetteer that the analysis embeds into `OUT_DIR`
//! without their comment lines (their sources, licences and column notes stay in `data/`, and
//! out of the WebAssembly bundle). Section markers (`# --- …`) are kept: the stop-word list
//! reads them. The embedding code includes these copies through the `data_file!` macro.

use std::fs;
use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    let mut files = vec![
        "data/first_names.tsv".to_string(),
        "data/gazetteer.tsv".to_string(),
    ];
    let mut lexicon: Vec<String> = fs::read_dir("data/lexicon")
        .expect("data/lexicon")
        .map(|e| e.expect("data/lexicon entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "tsv"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    lexicon.sort();
    files.extend(lexicon);
    println!("cargo:rerun-if-changed=data/lexicon");
    for f in &files {
        println!("cargo:rerun-if-changed={f}");
        let text = fs::read_to_string(f).unwrap_or_else(|e| panic!("{f}: {e}"));
        let mut kept = String::with_capacity(text.len());
        for line in text.lines() {
            if line.starts_with('#') && !line.starts_with("# ---") {
                continue;
            }
            kept.push_str(line);
            kept.push('\n');
        }
        let dest = Path::new(&out).join(f);
        fs::create_dir_all(dest.parent().expect("a parent")).expect("OUT_DIR is writable");
        fs::write(&dest, kept).expect("OUT_DIR is writable");
    }
}
