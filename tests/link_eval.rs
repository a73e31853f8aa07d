//! Link size on a folder of texts named by `LINK_EVAL_DIR` (one article per file):
//! `LINK_EVAL_DIR=dir cargo test --release --test link_eval -- --ignored --nocapture`.
use article_lens::link::{decode, encode_article, Fragment};

#[test]
#[ignore]
fn link_size_on_folder() {
    let Ok(dir) = std::env::var("LINK_EVAL_DIR") else {
        eprintln!("set LINK_EVAL_DIR");
        return;
    };
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    let (mut text_chars, mut link_chars) = (0usize, 0usize);
    let start = std::time::Instant::now();
    for p in &paths {
        let text = std::fs::read_to_string(p).unwrap();
        let link = encode_article(&text);
        if std::env::var("LINK_EVAL_CHECK").is_ok() {
            assert_eq!(decode(&link).unwrap(), Fragment::Article(text.clone()));
        }
        text_chars += text.chars().count();
        link_chars += link.len();
    }
    println!(
        "{} texts, {} chars -> {} link chars: {:.4} link chars per char ({:.3} bits/char), {:.1} ms per text",
        paths.len(),
        text_chars,
        link_chars,
        link_chars as f64 / text_chars as f64,
        link_chars as f64 * 6.0 / text_chars as f64,
        start.elapsed().as_secs_f64() * 1000.0 / paths.len() as f64
    );
}
