//! Times each pipeline stage on a text from stdin: `cargo run --release --example stages < big.txt`.
use std::io::Read;
use std::time::Instant;

fn main() {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .expect("UTF-8 text on stdin");
    let t = Instant::now();
    let _ = article_lens::gazetteer::gazetteer();
    let _ = article_lens::lexicon::first_name("John");
    println!("data load   {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let mut doc = article_lens::doc::Doc::new(&text);
    println!("tokens      {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    article_lens::quotes::find(&mut doc);
    println!("quote marks {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    article_lens::entities::detect(&mut doc);
    println!("names       {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let _ = article_lens::entities::names::tagger::model();
    println!("model load  {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    article_lens::entities::names::tag(&mut doc);
    println!("tagger      {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    article_lens::entities::names::choose(&mut doc, article_lens::NameSource::Chosen);
    println!("chooser     {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    article_lens::entities::merge(&mut doc);
    println!("merge       {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    article_lens::places::resolve(&mut doc);
    println!("places      {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    article_lens::quotes::attribute(&mut doc);
    println!("attribution {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    article_lens::entities::gender::state(&mut doc);
    println!("gender      {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let s = article_lens::analyze(&text);
    println!(
        "analyze     {:>8.1} ms ({} actors)",
        t.elapsed().as_secs_f64() * 1e3,
        s.actors.len()
    );
}
