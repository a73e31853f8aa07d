//! Benchmarks of `article_lens::analyze` (criterion), reported in characters per second:
//!
//! * `throughput/article`: a typical made-up news article of about 1,100 words
//!   (`benches/data/article.txt`);
//! * `throughput/100KB`, `throughput/1MB`: that article and the texts of the dev-set
//!   articles (`tests/fixtures/articles/*.json`) concatenated and repeated to the size;
//! * `scaling/1x`, `4x`, `16x`: the article repeated, to show time growing with length.
//!
//! `cargo bench --bench analyze -- --memory` measures memory instead (in a fresh process,
//! from `/proc/self/status`): the peak resident set while analysing 1 MB, and whether
//! analysing the same text 1,000 times grows the resident set. `scripts/bench.sh` runs both
//! and prints a table.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use article_lens::analyze;
    use criterion::{BenchmarkId, Criterion, Throughput};
    use std::hint::black_box;
    use std::time::Duration;

    pub const ARTICLE: &str = include_str!("data/article.txt");

    /// The article followed by the dev-set article texts, paragraph-separated.
    fn mixed_corpus() -> String {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .expect("tests/fixtures/articles")
            .map(|e| e.expect("directory entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        let mut corpus = String::from(ARTICLE.trim_end());
        for f in files {
            let json = std::fs::read_to_string(&f).expect("fixture");
            let value: serde_json::Value = serde_json::from_str(&json).expect("fixture JSON");
            let text = value["text"].as_str().expect("fixture has a text");
            corpus.push_str("\n\n");
            corpus.push_str(text.trim_end());
        }
        corpus.push_str("\n\n");
        corpus
    }

    /// The mixed corpus repeated and cut at the last paragraph break within `bytes`.
    pub fn text_of_size(bytes: usize) -> String {
        let corpus = mixed_corpus();
        let mut s = String::with_capacity(bytes + corpus.len());
        while s.len() < bytes {
            s.push_str(&corpus);
        }
        let mut cut = bytes;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        let end = s[..cut].rfind("\n\n").map_or(cut, |p| p + 2);
        s.truncate(end);
        s
    }

    fn chars(text: &str) -> u64 {
        text.chars().count() as u64
    }

    pub fn benches(c: &mut Criterion) {
        analyze("Warm up: Paris, said Anna Berg."); // embedded data parsed once, outside timing

        let mut g = c.benchmark_group("throughput");
        g.throughput(Throughput::Elements(chars(ARTICLE)));
        g.bench_function("article", |b| b.iter(|| analyze(black_box(ARTICLE))));
        for (name, bytes, secs) in [("100KB", 100_000, 10), ("1MB", 1_000_000, 20)] {
            let text = text_of_size(bytes);
            g.throughput(Throughput::Elements(chars(&text)));
            g.sample_size(10)
                .measurement_time(Duration::from_secs(secs));
            g.bench_function(name, |b| b.iter(|| analyze(black_box(&text))));
        }
        g.finish();

        let mut g = c.benchmark_group("scaling");
        g.sample_size(20).measurement_time(Duration::from_secs(8));
        for n in [1usize, 4, 16] {
            let text = ARTICLE.repeat(n);
            g.throughput(Throughput::Elements(chars(&text)));
            g.bench_with_input(
                BenchmarkId::from_parameter(format!("{n}x")),
                &text,
                |b, t| b.iter(|| analyze(black_box(t))),
            );
        }
        g.finish();
    }

    /// A `kB` field of `/proc/self/status` ("VmRSS", "VmHWM").
    fn status_kb(field: &str) -> u64 {
        let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
        status
            .lines()
            .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or_else(|| panic!("no {field} in /proc/self/status"))
    }

    /// Peak and steady-state memory; returns false when re-analysis grows the resident set.
    pub fn memory() -> bool {
        let text = text_of_size(1_000_000);
        analyze("Warm up: Paris, said Anna Berg.");
        let base_rss = status_kb("VmRSS");
        let base_hwm = status_kb("VmHWM");
        let summary = analyze(&text);
        let peak = status_kb("VmHWM");
        drop(summary);
        println!(
            "memory: 1MB input: {} chars; resident before {} kB (text, embedded data, \
             parsed lexicons); peak while analysing {} kB (+{} kB, {:.1} bytes per character)",
            chars(&text),
            base_rss,
            peak,
            peak.saturating_sub(base_hwm.max(base_rss)),
            peak.saturating_sub(base_hwm.max(base_rss)) as f64 * 1024.0 / chars(&text) as f64
        );

        // Steady state: re-analysing the same text must not accumulate memory.
        let mut ok = true;
        for (label, input, rounds) in [("article", ARTICLE, 1_000), ("1MB", text.as_str(), 20)] {
            // Let the allocator reach its working set: the large text's many differently
            // sized per-document tables take a few more rounds to settle than five.
            for _ in 0..10 {
                black_box(analyze(input));
            }
            let before = status_kb("VmRSS");
            for _ in 0..rounds {
                black_box(analyze(black_box(input)));
            }
            let after = status_kb("VmRSS");
            let growth = after as f64 / before as f64 - 1.0;
            // A few percent, or 1 MB, whichever is larger: allocator noise, not a leak.
            let pass = after <= before + (before / 33).max(1024);
            ok &= pass;
            println!(
                "memory: {label} analysed {rounds} times: resident {before} kB -> {after} kB \
                 ({:+.2}%) {}",
                growth * 100.0,
                if pass { "ok" } else { "GROWS" }
            );
        }
        ok
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if std::env::args().any(|a| a == "--memory") {
        let ok = native::memory();
        std::process::exit(if ok { 0 } else { 1 });
    }
    let mut c = criterion::Criterion::default().configure_from_args();
    native::benches(&mut c);
    c.final_summary();
}

#[cfg(target_arch = "wasm32")]
fn main() {}
