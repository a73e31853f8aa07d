//! `article-lens batch` and `article-lens sources` as a reader runs them: JSON lines in, one
//! line per article out, in input order, bad records reported in place, memory flat.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_article-lens");

/// Runs the command line with `input` on stdin; (exit code, stdout, stderr).
fn run(args: &[&str], input: &str) -> (i32, String, String) {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start article-lens");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_string();
    // written from a thread so a large input cannot dead-lock against a full stdout pipe
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("writer");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("UTF-8 output"),
        String::from_utf8(out.stderr).expect("UTF-8 errors"),
    )
}

fn record(id: impl Into<Value>, text: &str) -> String {
    serde_json::json!({ "id": id.into(), "text": text }).to_string() + "\n"
}

fn lines(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

const ARTICLE: &str = "\"We will appeal,\" said Mrs Ann Cole, the mayor of Portville. \
    The Harbour Board said it would review the contract.";

#[test]
fn summaries_come_out_in_input_order() {
    // long and short articles mixed, so parallel workers finish out of order
    let mut input = String::new();
    for i in 0..200 {
        let text = if i % 7 == 0 {
            ARTICLE.repeat(40)
        } else {
            ARTICLE.to_string()
        };
        input.push_str(&record(i, &text));
    }
    let (code, out, err) = run(&["batch", "--threads", "2"], &input);
    assert_eq!(code, 0, "{err}");
    let got = lines(&out);
    assert_eq!(got.len(), 200);
    for (i, line) in got.iter().enumerate() {
        assert_eq!(line["id"], i, "line {i}");
        assert!(line["summary"]["actors"].is_array());
    }
    let cole = &got[1]["summary"]["actors"][0];
    assert_eq!(cole["name"], "Ann Cole");
    assert_eq!(cole["gender"], "woman");
}

#[test]
fn the_same_input_gives_the_same_output_on_one_or_two_threads() {
    let input: String = (0..50).map(|i| record(format!("n{i}"), ARTICLE)).collect();
    let one = run(&["batch", "--threads", "1"], &input);
    let two = run(&["batch", "--threads", "2"], &input);
    assert_eq!(one.0, 0);
    assert_eq!(one.1, two.1);
}

#[test]
fn bad_records_give_an_error_line_and_the_run_goes_on() {
    let input = [
        record("ok-1", ARTICLE),
        "this is not JSON\n".to_string(),
        "{\"id\": \"no-text\"}\n".to_string(),
        "{\"id\": \"number-text\", \"text\": 42}\n".to_string(),
        "\n".to_string(),
        "{\"text\": \"An article without an id.\"}\n".to_string(),
        record("ok-2", ARTICLE),
    ]
    .concat();
    let (code, out, err) = run(&["batch"], &input);
    assert_eq!(code, 0, "{err}");
    let got = lines(&out);
    let ids: Vec<String> = got
        .iter()
        .map(|l| match &l["id"] {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .collect();
    // blank lines are skipped; a record without an id is named by its line
    assert_eq!(
        ids,
        [
            "ok-1",
            "standard input:2",
            "no-text",
            "number-text",
            "standard input:6",
            "ok-2"
        ]
    );
    assert!(got[0]["summary"].is_object());
    for l in &got[1..4] {
        assert!(l["error"].is_string(), "{l}");
        assert!(l.get("summary").is_none());
    }
    assert!(got[4]["summary"].is_object());
    assert!(got[5]["summary"].is_object());
}

#[test]
fn empty_input_gives_empty_output() {
    let (code, out, err) = run(&["batch"], "");
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    let (code, out, _) = run(&["sources"], "");
    assert_eq!(code, 0);
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        ["name,kind,gender,articles,quotes,reported,words_quoted,share_of_words"]
    );
}

#[test]
fn plain_text_files_are_one_article_each() {
    let dir = std::env::temp_dir().join(format!("article-lens-batch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let a = dir.join("a.txt");
    std::fs::write(&a, ARTICLE).expect("write");
    let missing = dir.join("missing.txt");
    let (code, out, err) = run(
        &[
            "batch",
            a.to_str().expect("path"),
            missing.to_str().expect("path"),
        ],
        "",
    );
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(code, 0, "{err}");
    let got = lines(&out);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0]["id"], a.to_str().expect("path"));
    assert!(got[0]["summary"].is_object());
    assert!(got[1]["error"].is_string());
}

#[test]
fn sources_tables() {
    let input = [record(1, ARTICLE), record(2, ARTICLE), "oops\n".to_string()].concat();
    let (code, out, err) = run(&["sources"], &input);
    assert_eq!(code, 0);
    let mut rows = out.lines();
    rows.next();
    let cole = rows.next().expect("a source");
    assert!(cole.starts_with("Ann Cole,person,woman,2,2,"), "{out}");
    // the bad record is reported on stderr, the tables stay clean
    assert!(err.contains("not a JSON record"), "{err}");

    let (_, out, _) = run(&["sources", "--by", "article", "--format", "json"], &input);
    let got = lines(&out);
    assert_eq!(got.len(), 3);
    assert_eq!(got[0]["id"], 1);
    assert_eq!(got[0]["named_persons"], 1);
    assert!(got[2]["error"].is_string());

    let (_, out, _) = run(&["batch", "--sources", "--by", "kind"], &input);
    assert!(out.starts_with("kind,sources,"), "{out}");
    assert!(out.contains("\nperson,1,"), "{out}");
}

#[test]
fn bad_options_are_refused() {
    for args in [
        &["batch", "--threads", "0"][..],
        &["batch", "--threads"],
        &["sources", "--by", "colour"],
        &["sources", "--format", "xml"],
    ] {
        let (code, _, err) = run(args, "");
        assert_eq!(code, 2, "{args:?}");
        assert!(err.starts_with("article-lens: "), "{err}");
    }
}

/// Peak memory reported by `--stats` on stderr, in MB.
fn peak_mb(stderr: &str) -> f64 {
    let at = stderr.find("peak memory ").expect("peak memory in --stats") + 12;
    stderr[at..]
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a number")
}

#[test]
#[cfg(target_os = "linux")]
fn memory_stays_flat_over_ten_thousand_articles() {
    let short = "Mrs Ann Cole said the plan would fail. \"It is a disgrace,\" she added.";
    let stream = |n: usize| -> String { (0..n).map(|i| record(i, short)).collect() };
    let (code, out_small, err_small) = run(&["batch", "--stats"], &stream(1_000));
    assert_eq!(code, 0, "{err_small}");
    assert_eq!(out_small.lines().count(), 1_000);
    let (code, out_big, err_big) = run(&["batch", "--stats"], &stream(10_000));
    assert_eq!(code, 0, "{err_big}");
    assert_eq!(out_big.lines().count(), 10_000);
    assert!(err_big.contains("10000 articles"), "{err_big}");
    let (small, big) = (peak_mb(&err_small), peak_mb(&err_big));
    // ten times the articles, nearly the same memory: nothing of an article is kept
    assert!(
        big < small * 1.5 + 4.0,
        "peak memory {small} MB for 1,000 articles, {big} MB for 10,000"
    );
}

/// The sharding example of docs/scale.md: `batch` is a pure JSON-lines filter, so GNU parallel
/// can cut the stream into shards, run one batch per shard and keep their order (`-k`); the
/// result is the same lines as one batch over everything. (GNU parallel comes from Debian;
/// scripts/setup.sh installs it.)
#[test]
fn gnu_parallel_shards_give_the_same_lines() {
    let input: String = (0..300)
        .map(|i| {
            let text = if i % 3 == 0 {
                ARTICLE.to_string()
            } else {
                format!("Story {i}. {ARTICLE}")
            };
            record(i, &text)
        })
        .collect();
    let (code, single, err) = run(&["batch"], &input);
    assert_eq!(code, 0, "{err}");
    let mut child = Command::new("parallel")
        .args(["--pipe", "-k", "-N", "40", "-j", "2", BIN, "batch", "--threads", "1"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("GNU parallel is needed for this test: run scripts/setup.sh (Debian package 'parallel')");
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let out = child.wait_with_output().expect("wait for parallel");
    writer.join().expect("writer");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sharded = String::from_utf8(out.stdout).expect("UTF-8");
    assert_eq!(sharded.lines().count(), 300);
    assert!(sharded == single, "sharded output differs from one batch");
}
