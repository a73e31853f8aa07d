//! The native command line: `article-lens analyze`, `batch`, `sources`, `link` and `open`.
//!
//! Errors are one line on stderr and exit code 2; nothing here panics on bad input.

use std::io::{Read, Write};

mod batch;

const USAGE: &str = "usage:
  article-lens analyze FILE|-           print the summary JSON of an article (- reads stdin)
  article-lens analyze --jsonl FILE...  print one summary per line, one line per file
  article-lens batch [FILE...|-]        one line per article: {\"id\", \"summary\"} or {\"id\", \"error\"};
                                        reads JSON lines {\"id\", \"text\"} (stdin, .jsonl, .ndjson)
                                        or plain text files; --threads N (default: all cores),
                                        --stats (count, speed and peak memory on stderr)
  article-lens sources [FILE...|-]      who is quoted across the articles (same input as batch):
                                        --by source|kind|gender|article, --format csv|json
  article-lens link FILE|-              print the share-link fragment carrying the article
  article-lens link --summary FILE|-    print the share-link fragment carrying only its summary
  article-lens open FRAGMENT|URL|-      print the summary JSON a share link opens to";

/// Runs the command line with `args` (without the program name); returns the exit code.
pub fn run(args: &[String]) -> i32 {
    let result = match args.first().map(String::as_str) {
        Some("analyze") => analyze(&args[1..]),
        Some("batch") => batch::run(&args[1..], false),
        Some("sources") => batch::run(&args[1..], true),
        Some("link") => link(&args[1..]),
        Some("open") => open(&args[1..]),
        Some("-h") | Some("--help") | Some("help") => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command '{other}'\n{USAGE}")),
        None => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => 0,
        Err(message) => {
            eprintln!("article-lens: {message}");
            2
        }
    }
}

fn analyze(args: &[String]) -> Result<(), String> {
    // `--names rules|tagger|chosen` (anywhere): which recognizer's names to keep.
    let mut names = crate::NameSource::default();
    let mut rest: Vec<String> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--names" {
            names = match it.next().map(String::as_str) {
                Some("rules") => crate::NameSource::Rules,
                Some("tagger") => crate::NameSource::Tagger,
                Some("chosen") => crate::NameSource::Chosen,
                _ => return Err("--names takes rules, tagger or chosen".to_string()),
            };
        } else {
            rest.push(a.clone());
        }
    }
    let args = rest.as_slice();
    let (jsonl, files): (bool, Vec<&String>) = match args.first().map(String::as_str) {
        Some("--jsonl") => (true, args[1..].iter().collect()),
        _ => (false, args.iter().collect()),
    };
    if files.is_empty() {
        return Err(format!("analyze needs a file or -\n{USAGE}"));
    }
    if !jsonl && files.len() > 1 {
        return Err("analyze takes one file; use --jsonl for several".to_string());
    }
    let mut out = std::io::stdout().lock();
    for file in files {
        let text = read_input(file)?;
        let summary = crate::analyze_with(&text, names);
        let json = if jsonl {
            summary.to_json()
        } else {
            summary.to_json_pretty()
        };
        writeln!(out, "{json}").map_err(|e| format!("cannot write output: {e}"))?;
    }
    Ok(())
}

fn link(args: &[String]) -> Result<(), String> {
    let (summary, rest) = match args.first().map(String::as_str) {
        Some("--summary") => (true, &args[1..]),
        _ => (false, args),
    };
    let file = match rest {
        [file] => file,
        [] => return Err(format!("link needs a file or -\n{USAGE}")),
        _ => return Err("link takes one file".to_string()),
    };
    let text = read_input(file)?;
    let fragment = if summary {
        crate::link::encode_summary(&crate::analyze(&text))
    } else {
        crate::link::encode_article(&text)
    };
    let mut out = std::io::stdout().lock();
    writeln!(out, "{fragment}").map_err(|e| format!("cannot write output: {e}"))
}

fn open(args: &[String]) -> Result<(), String> {
    let given = match args {
        [one] if one == "-" => read_input("-")?,
        [one] => one.clone(),
        [] => return Err(format!("open needs a link fragment\n{USAGE}")),
        _ => return Err("open takes one link fragment".to_string()),
    };
    // Accept a whole URL too: the fragment is what follows the first '#'.
    let given = given.trim();
    let fragment = given.split_once('#').map_or(given, |(_, f)| f);
    let summary = match crate::link::decode(fragment) {
        Ok(crate::link::Fragment::Article(text)) => crate::analyze(&text),
        Ok(crate::link::Fragment::Summary(summary)) => summary,
        Err(e) => return Err(format!("cannot open link: {e}")),
    };
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", summary.to_json_pretty()).map_err(|e| format!("cannot write output: {e}"))
}

/// Reads a whole file (or stdin for `-`) as UTF-8 text, with a one-line error otherwise.
pub fn read_input(path: &str) -> Result<String, String> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        buf
    } else {
        let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => format!("{path}: no such file"),
            _ => format!("{path}: {e}"),
        })?;
        if meta.is_dir() {
            return Err(format!("{path}: is a directory, not a text file"));
        }
        std::fs::read(path).map_err(|e| format!("{path}: {e}"))?
    };
    String::from_utf8(bytes).map_err(|e| {
        let name = if path == "-" { "standard input" } else { path };
        format!(
            "{name}: not UTF-8 text (invalid byte at position {})",
            e.utf8_error().valid_up_to()
        )
    })
}
