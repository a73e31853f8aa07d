//! Prints every name mention the detector finds, with its kind, role and affiliation:
//! `cargo run --example mentions < article.txt`. Useful when tuning the rules.
use std::io::Read;

fn main() {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .expect("UTF-8 text on stdin");
    let mut doc = article_lens::doc::Doc::new(&text);
    article_lens::quotes::find(&mut doc);
    article_lens::entities::detect(&mut doc);
    for m in &doc.mentions {
        println!(
            "{:>6} {:<13} {:<40} role={:?} aff={:?}{}",
            m.start,
            format!("{:?}", m.kind),
            m.text,
            m.role,
            m.affiliation,
            if m.in_quote { " (in quote)" } else { "" }
        );
    }
}
