//! Trains the name tagger and writes its weights.
//!
//! ```text
//! cargo run --release --example train_names            # writes data/model/names.bin
//! cargo run --release --example train_names -- --check # fails unless the committed file
//!                                                      # regenerates byte for byte
//! cargo run --release --example train_names -- --train FILE.jsonl --out FILE.bin
//! ```
//!
//! Training data: `data/train/gum_names_train.jsonl` (gold names from the GUM corpus; sources
//! and licences in `data/README.md`).

use article_lens::entities::names::compile::{read_jsonl, train, Settings};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut check = false;
    let mut train_paths: Vec<String> = Vec::new();
    let mut out = "data/model/names.bin".to_string();
    let mut settings = Settings::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--check" => check = true,
            "--train" => train_paths.push(it.next().expect("--train FILE").clone()),
            "--out" => out = it.next().expect("--out FILE").clone(),
            "--epochs" => {
                settings.epochs = it.next().and_then(|v| v.parse().ok()).expect("--epochs N")
            }
            "--bags" => settings.bags = it.next().and_then(|v| v.parse().ok()).expect("--bags N"),
            "--min-docs" => {
                settings.min_docs = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .expect("--min-docs N")
            }
            "--min-weight" => {
                settings.min_weight = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .expect("--min-weight N (1 to 127)")
            }
            other => {
                eprintln!("train_names: unknown argument {other}");
                std::process::exit(2);
            }
        }
    }
    if train_paths.is_empty() {
        train_paths.push("data/train/gum_names_train.jsonl".to_string());
    }
    let mut examples = Vec::new();
    for p in &train_paths {
        let s = std::fs::read_to_string(p).unwrap_or_else(|e| {
            eprintln!("train_names: {p}: {e}");
            std::process::exit(2);
        });
        examples.extend(read_jsonl(&s).unwrap_or_else(|e| {
            eprintln!("train_names: {p}: {e}");
            std::process::exit(2);
        }));
    }
    let started = std::time::Instant::now();
    let bytes = train(&examples, settings);
    let names: usize = examples.iter().map(|e| e.names.len()).sum();
    eprintln!(
        "train_names: {} documents, {names} names, model {} bytes, trained in {:.1} s",
        examples.len(),
        bytes.len(),
        started.elapsed().as_secs_f64()
    );
    if check {
        let committed = std::fs::read(&out).unwrap_or_default();
        if committed != bytes {
            eprintln!("train_names: {out} differs from a fresh training run; run without --check");
            std::process::exit(1);
        }
        eprintln!("train_names: {out} is up to date");
    } else {
        std::fs::write(&out, &bytes).expect("cannot write the model");
        eprintln!("train_names: wrote {out}");
    }
}
