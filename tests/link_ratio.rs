//! Link sizes on the news-style texts in `tests/link_fixtures/texts/` (written for these
//! tests, not taken from anywhere). Run with `--nocapture` to see the numbers.

#[path = "link_fixtures/samples.rs"]
mod samples;

use article_lens::link::{encode_article, encode_summary};

fn texts() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/link_fixtures/texts");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let path = e.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    out.sort();
    out
}

/// Link characters per article character over the whole set must stay at or below 0.45
/// (it is about 0.36 with format v1; the goal for typical news is 0.40).
#[test]
fn link_article_links_are_compact() {
    let (mut chars, mut link_chars) = (0usize, 0usize);
    for (name, text) in texts() {
        let n = text.chars().count();
        let link = encode_article(&text).len();
        println!(
            "{name}: {n} chars, {} words -> {link} link chars ({:.3} per char)",
            text.split_whitespace().count(),
            link as f64 / n as f64
        );
        chars += n;
        link_chars += link;
    }
    let ratio = link_chars as f64 / chars as f64;
    println!("all texts: {chars} chars -> {link_chars} link chars: {ratio:.4} link chars per char");
    assert!(
        ratio <= 0.45,
        "article links grew: {ratio:.4} link chars per char"
    );
}

#[test]
fn link_summary_links_are_compact() {
    let water = samples::water();
    let link = encode_summary(&water);
    let json = water.to_json();
    let article = encode_article(samples::WATER);
    println!(
        "water summary: {} quotes, {} actors, {} places -> {} link chars (compact JSON {} chars, quote text alone {} chars, article link {} chars)",
        water.quotes.len(),
        water.actors.len(),
        water.places.len(),
        link.len(),
        json.chars().count(),
        water.quotes.iter().map(|q| q.text.chars().count()).sum::<usize>(),
        article.len()
    );
    assert!(
        link.len() * 4 < json.len(),
        "summary link is not much smaller than its JSON"
    );
    let empty = encode_summary(&article_lens::Summary::default());
    println!("empty summary: {empty} ({} chars)", empty.len());
    assert!(empty.len() <= 8);
    let large = samples::large();
    let link = encode_summary(&large);
    println!(
        "large summary ({} actors, {} places, {} quotes): {} link chars, compact JSON {} chars",
        large.actors.len(),
        large.places.len(),
        large.quotes.len(),
        link.len(),
        large.to_json().len()
    );
}
