//! Links made by format version 1, and summary links of version 2 (`s2.`, reported speech)
//! and 3 (`s3.`, stated gender), must open, to the same content, in every later version.
//!
//! `tests/link_fixtures/v1/NAME.link` (and `v2/`, `v3/`) holds a fragment; `NAME.txt` the
//! exact article text it carries, or `NAME.json` the summary. These files never change once
//! written. To add a fixture, add it to `sources()` (or `sources_v2()`, `sources_v3()`) and run with
//! `LINK_WRITE_FIXTURES=1`: only files that do not exist yet are written.

#[path = "link_fixtures/samples.rs"]
mod samples;

use article_lens::link::{decode, encode_article, encode_summary, Fragment};
use article_lens::Summary;
use std::path::{Path, PathBuf};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/link_fixtures/v1")
}

fn dir_v2() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/link_fixtures/v2")
}

fn dir_v3() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/link_fixtures/v3")
}

enum Source {
    Article(String),
    Summary(Summary),
}

fn sources() -> Vec<(&'static str, Source)> {
    let text = |name: &str| {
        std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/link_fixtures/texts")
                .join(name),
        )
        .unwrap()
    };
    vec![
        ("article-empty", Source::Article(String::new())),
        ("article-hello", Source::Article("Hello, world.".into())),
        (
            "article-unicode",
            Source::Article(
                "“Zoë’s café” — Москва, 北京, 🙂👍🏽, naïve Ærø…\u{10ffff}\u{feff}".into(),
            ),
        ),
        (
            "article-controls",
            Source::Article("line one\r\nline\0two\r\n\ttab\u{7f}\u{1b}\r\n".into()),
        ),
        ("article-water", Source::Article(text("01-water.txt"))),
        ("article-cycling", Source::Article(text("05-cycling.txt"))),
        ("summary-empty", Source::Summary(Summary::default())),
        ("summary-water", Source::Summary(samples::water())),
        ("summary-unusual", Source::Summary(samples::unusual())),
    ]
}

/// Summaries with reported speech, which only version 2 carries.
fn sources_v2() -> Vec<(&'static str, Source)> {
    vec![
        ("summary-reported", Source::Summary(samples::reported())),
        (
            "summary-unusual-reported",
            Source::Summary(samples::unusual_reported()),
        ),
    ]
}

/// Summaries in which the text states an actor's gender, which only version 3 carries.
fn sources_v3() -> Vec<(&'static str, Source)> {
    vec![
        ("summary-gendered", Source::Summary(samples::gendered())),
        (
            "summary-gendered-reported",
            Source::Summary(samples::gendered_reported()),
        ),
    ]
}

fn write_missing(dir: &Path, sources: Vec<(&'static str, Source)>) {
    std::fs::create_dir_all(dir).unwrap();
    for (name, source) in sources {
        let link_path = dir.join(format!("{name}.link"));
        if link_path.exists() {
            continue;
        }
        match source {
            Source::Article(text) => {
                std::fs::write(dir.join(format!("{name}.txt")), &text).unwrap();
                std::fs::write(&link_path, encode_article(&text)).unwrap();
            }
            Source::Summary(s) => {
                std::fs::write(dir.join(format!("{name}.json")), s.to_json_pretty()).unwrap();
                std::fs::write(&link_path, encode_summary(&s)).unwrap();
            }
        }
    }
}

/// Opens every fixture of `dir` and compares it with its `.txt` or `.json`; returns how many
/// there were.
fn open_all(dir: &Path) -> usize {
    let mut opened = 0;
    for entry in std::fs::read_dir(dir).expect("the fixture folder exists") {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("link") {
            continue;
        }
        let fragment = std::fs::read_to_string(&path).unwrap();
        let fragment = fragment.trim_end_matches(['\n', '\r']);
        let decoded =
            decode(fragment).unwrap_or_else(|e| panic!("{} no longer opens: {e}", path.display()));
        let txt = path.with_extension("txt");
        let json = path.with_extension("json");
        match decoded {
            Fragment::Article(text) => {
                let want = std::fs::read(&txt)
                    .unwrap_or_else(|_| panic!("{} has no .txt", path.display()));
                assert!(
                    text.as_bytes() == want,
                    "{} opens to other text",
                    path.display()
                );
            }
            Fragment::Summary(summary) => {
                let want: Summary = serde_json::from_str(
                    &std::fs::read_to_string(&json)
                        .unwrap_or_else(|_| panic!("{} has no .json", path.display())),
                )
                .unwrap();
                assert_eq!(summary, want, "{} opens to another summary", path.display());
            }
        }
        opened += 1;
    }
    opened
}

#[test]
fn link_v1_fixtures_open_forever() {
    if std::env::var_os("LINK_WRITE_FIXTURES").is_some() {
        write_missing(&dir(), sources());
    }
    let opened = open_all(&dir());
    assert!(opened >= sources().len(), "only {opened} fixtures found");
}

#[test]
fn link_v2_fixtures_open_forever() {
    if std::env::var_os("LINK_WRITE_FIXTURES").is_some() {
        write_missing(&dir_v2(), sources_v2());
    }
    let opened = open_all(&dir_v2());
    assert!(opened >= sources_v2().len(), "only {opened} fixtures found");
    for (name, _) in sources_v2() {
        let link = std::fs::read_to_string(dir_v2().join(format!("{name}.link"))).unwrap();
        assert!(link.starts_with("s2."), "{name} is not a version 2 link");
    }
}

#[test]
fn link_v3_fixtures_open_forever() {
    if std::env::var_os("LINK_WRITE_FIXTURES").is_some() {
        write_missing(&dir_v3(), sources_v3());
    }
    let opened = open_all(&dir_v3());
    assert!(opened >= sources_v3().len(), "only {opened} fixtures found");
    for (name, _) in sources_v3() {
        let link = std::fs::read_to_string(dir_v3().join(format!("{name}.link"))).unwrap();
        assert!(link.starts_with("s3."), "{name} is not a version 3 link");
    }
}

/// While v1 is the version links without reported speech are made in (and v2 the one for
/// links with it), making a fixture's link again gives the very same characters: this
/// catches any accidental change to the coder, model or preset. (When an encoder stops
/// making a version, its test here goes; the `_fixtures_open_forever` tests stay.)
#[test]
fn link_v1_encoder_is_unchanged() {
    encoder_is_unchanged(&dir(), sources());
}

#[test]
fn link_v2_encoder_is_unchanged() {
    encoder_is_unchanged(&dir_v2(), sources_v2());
}

#[test]
fn link_v3_encoder_is_unchanged() {
    encoder_is_unchanged(&dir_v3(), sources_v3());
}

fn encoder_is_unchanged(dir: &Path, sources: Vec<(&'static str, Source)>) {
    for (name, source) in sources {
        let Ok(stored) = std::fs::read_to_string(dir.join(format!("{name}.link"))) else {
            continue;
        };
        let made = match source {
            Source::Article(text) => encode_article(&text),
            Source::Summary(s) => encode_summary(&s),
        };
        assert_eq!(made, stored.trim_end(), "{name}: the encoder changed");
    }
}
