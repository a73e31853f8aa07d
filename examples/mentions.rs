//! Prints every name mention the detector finds, with its kind, role and affiliation:
//! `cargo run --example mentions < article.txt`, then the tagger's proposals with their
//! confidence. Useful when tuning the rules or the tagger.
use std::io::Read;

fn main() {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .expect("UTF-8 text on stdin");
    let mut doc = article_lens::doc::Doc::new(&text);
    article_lens::quotes::find(&mut doc);
    article_lens::entities::detect(&mut doc);
    article_lens::entities::names::tag(&mut doc);
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
    for (t, &(tag, margin)) in doc.tokens.iter().zip(&doc.token_tags) {
        if t.is_cap() {
            println!(
                "token {:<20} {:<6} margin={margin:.2}",
                t.text,
                article_lens::entities::names::features::TAGS[tag as usize]
            );
        }
    }
    for s in &doc.tagged {
        println!(
            "tagger {:<13} {:<40} confidence={:.2}",
            format!("{:?}", s.kind),
            doc.tok_text(s.tok_start, s.tok_end),
            s.confidence
        );
    }
}
