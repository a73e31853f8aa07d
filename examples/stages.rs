//! Times each pipeline stage on a text from stdin: `cargo run --release --example stages < big.txt`.
//!
//! The pipeline runs `ROUNDS` times (default 7; `cargo run --release --example stages -- 15`)
//! and each stage's median is printed, so that a busy machine's noise averages out.
use std::io::Read;
use std::time::Instant;

const STAGES: [&str; 11] = [
    "tokens",
    "quote marks",
    "names",
    "tagger",
    "chooser",
    "merge",
    "places",
    "attribution",
    "gender",
    "total",
    "analyze",
];

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

/// One run of every stage; milliseconds in the order of [`STAGES`].
fn round(text: &str) -> [f64; 11] {
    let mut out = [0.0; 11];
    let mut stage = 0;
    let mut time = |out: &mut [f64; 11], f: &mut dyn FnMut()| {
        let t = Instant::now();
        f();
        out[stage] = ms(t);
        stage += 1;
    };
    let mut doc = None;
    time(&mut out, &mut || {
        doc = Some(article_lens::doc::Doc::new(text))
    });
    let mut doc = doc.expect("the tokens stage ran");
    time(&mut out, &mut || article_lens::quotes::find(&mut doc));
    time(&mut out, &mut || article_lens::entities::detect(&mut doc));
    time(&mut out, &mut || {
        article_lens::entities::names::tag(&mut doc)
    });
    time(&mut out, &mut || {
        article_lens::entities::names::choose(&mut doc, article_lens::NameSource::Chosen)
    });
    time(&mut out, &mut || article_lens::entities::merge(&mut doc));
    time(&mut out, &mut || article_lens::places::resolve(&mut doc));
    time(&mut out, &mut || article_lens::quotes::attribute(&mut doc));
    time(&mut out, &mut || {
        article_lens::entities::gender::state(&mut doc)
    });
    out[9] = out[..9].iter().sum();
    let t = Instant::now();
    std::hint::black_box(article_lens::analyze(std::hint::black_box(text)));
    out[10] = ms(t);
    out
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .map(|a| a.parse().expect("a number of rounds"))
        .unwrap_or(7)
        .max(1);
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .expect("UTF-8 text on stdin");
    let t = Instant::now();
    let _ = article_lens::gazetteer::gazetteer();
    let _ = article_lens::lexicon::first_name("John");
    let _ = article_lens::entities::names::tagger::model();
    println!("data load   {:>8.1} ms", ms(t));
    let runs: Vec<[f64; 11]> = (0..rounds).map(|_| round(&text)).collect();
    let chars = text.chars().count() as f64;
    println!("{} characters, median of {rounds} rounds:", chars as u64);
    for (i, name) in STAGES.iter().enumerate() {
        let mut v: Vec<f64> = runs.iter().map(|r| r[i]).collect();
        v.sort_by(f64::total_cmp);
        let median = v[v.len() / 2];
        let per_100k = median / chars * 1e5;
        print!("{name:<11} {median:>8.1} ms  {per_100k:>6.2} ms per 100K chars");
        if i >= 9 {
            print!("  {:.2} M chars/s", chars / median / 1e3);
        }
        println!();
    }
}
