//! `article-lens batch` and `article-lens sources`: many articles in, one line out per article,
//! in input order, on all cores.
//!
//! Input is JSON lines (`{"id": …, "text": …}`; standard input, `-`, or files ending in
//! `.jsonl`/`.ndjson`) or plain text files (one article each, its path as id). Records are
//! read in chunks: a chunk is analysed in parallel (rayon), written in order, and dropped
//! before the next is read, so memory stays flat whatever the archive's size. A record that
//! cannot be analysed (not JSON, no text, a panic in the analysis) gives a line with its id
//! and an `error`; the run goes on. The command is a pure filter from JSON lines to JSON
//! lines, which is what lets GNU parallel or a cluster's pipe operator shard it
//! (`docs/scale.md`).

use std::io::{BufRead, BufReader, IsTerminal, Read, Write};

use rayon::prelude::*;
use serde_json::Value;

use crate::sources::{Archive, Table};

/// Records analysed per chunk and thread: enough to keep every core busy between the
/// chunk's barriers, few enough to keep memory small.
const PER_THREAD: usize = 32;

/// One input record, before analysis.
struct Record {
    id: Value,
    /// The text, or why there is none.
    text: Result<String, String>,
}

/// What is written for each article.
enum Output {
    /// `batch`: one summary line per article.
    Summaries,
    /// `sources`: the article table streamed, or another table at the end.
    Sources { table: Table, json: bool },
}

/// Counts for `--stats`.
#[derive(Default)]
struct Stats {
    articles: usize,
    errors: usize,
    bytes: usize,
}

pub fn run(args: &[String], sources_command: bool) -> Result<(), String> {
    let mut threads: Option<usize> = None;
    let mut sources = sources_command;
    let mut table = Table::Source;
    let mut json = false;
    let mut stats = false;
    let mut inputs: Vec<String> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--threads" | "-j" => {
                let n = it.next().and_then(|v| v.parse::<usize>().ok());
                threads = Some(
                    n.filter(|&n| n > 0)
                        .ok_or("--threads takes a number above 0")?,
                );
            }
            "--sources" => sources = true,
            "--stats" => stats = true,
            "--by" => {
                table = it
                    .next()
                    .and_then(|v| Table::parse(v))
                    .ok_or("--by takes source, kind, gender or article")?;
                sources = true;
            }
            "--format" => {
                json = match it.next().map(String::as_str) {
                    Some("csv") => false,
                    Some("json") => true,
                    _ => return Err("--format takes csv or json".to_string()),
                };
            }
            _ => inputs.push(a.clone()),
        }
    }
    if inputs.is_empty() {
        inputs.push("-".to_string());
    }
    let output = if sources {
        Output::Sources { table, json }
    } else {
        Output::Summaries
    };
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = threads {
        builder = builder.num_threads(n);
    }
    let pool = builder
        .build()
        .map_err(|e| format!("cannot start threads: {e}"))?;
    let started = std::time::Instant::now();
    let counts = pool.install(|| process(&inputs, &output))?;
    if stats {
        let secs = started.elapsed().as_secs_f64();
        let peak = peak_memory_kb().map_or(String::new(), |kb| {
            format!(", peak memory {:.1} MB", kb as f64 / 1024.0)
        });
        eprintln!(
            "article-lens: {} articles ({} errors, {:.1} MB of text) in {secs:.2} s on {} threads: \
             {:.0} articles/s{peak}",
            counts.articles,
            counts.errors,
            counts.bytes as f64 / 1e6,
            pool.current_num_threads(),
            counts.articles as f64 / secs.max(1e-9),
        );
    }
    Ok(())
}

/// The process's peak resident memory in KB (Linux: `VmHWM` in `/proc/self/status`).
fn peak_memory_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn process(inputs: &[String], output: &Output) -> Result<Stats, String> {
    let chunk = PER_THREAD * rayon::current_num_threads();
    let progress = Progress::new();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut archive = Archive::new();
    if let Output::Sources {
        table: Table::Article,
        json: false,
    } = output
    {
        writeln!(out, "{}\r", Table::Article.header()).map_err(write_error)?;
    }
    let mut records = Records::new(inputs);
    let mut stats = Stats::default();
    loop {
        let batch: Vec<Record> = records.by_ref().take(chunk).collect();
        if batch.is_empty() {
            break;
        }
        stats.articles += batch.len();
        stats.bytes += batch
            .iter()
            .map(|r| r.text.as_ref().map_or(0, String::len))
            .sum::<usize>();
        let results: Vec<(Value, Result<crate::Summary, String>)> = batch
            .into_par_iter()
            .map(|r| (r.id, r.text.and_then(|t| analyse(&t))))
            .collect();
        for (id, result) in results {
            match (output, result) {
                (_, Err(error)) => {
                    stats.errors += 1;
                    let line =
                        format!("{{\"id\":{id},\"error\":{}}}", Value::String(error.clone()));
                    match output {
                        // summaries and the article table in JSON keep the record's place;
                        // tables have no room for errors, which go to stderr
                        Output::Summaries
                        | Output::Sources {
                            table: Table::Article,
                            json: true,
                        } => writeln!(out, "{line}").map_err(write_error)?,
                        Output::Sources { .. } => {
                            eprintln!("article-lens: record {id}: {error}")
                        }
                    }
                }
                (Output::Summaries, Ok(summary)) => {
                    writeln!(out, "{{\"id\":{id},\"summary\":{}}}", summary.to_json())
                        .map_err(write_error)?;
                }
                (Output::Sources { table, json }, Ok(summary)) => {
                    let row = archive.add(id, &summary);
                    if *table == Table::Article {
                        if *json {
                            let line = serde_json::to_string(&row).unwrap_or_default();
                            writeln!(out, "{line}").map_err(write_error)?;
                        } else {
                            out.write_all(row.csv().as_bytes()).map_err(write_error)?;
                        }
                    }
                }
            }
            progress.inc();
        }
    }
    if let Some(e) = records.error.take() {
        return Err(e);
    }
    if let Output::Sources { table, json } = output {
        if *table != Table::Article {
            let text = if *json {
                archive.json_lines(*table)
            } else {
                archive.csv(*table)
            };
            out.write_all(text.as_bytes()).map_err(write_error)?;
        }
    }
    out.flush().map_err(write_error)?;
    progress.finish();
    Ok(stats)
}

fn write_error(e: std::io::Error) -> String {
    format!("cannot write output: {e}")
}

/// Analyses one text; a panic in the analysis becomes an error for this record only.
fn analyse(text: &str) -> Result<crate::Summary, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| crate::analyze(text)))
        .map_err(|_| "internal error while analysing this text".to_string())
}

/// A progress line on stderr, only when stderr is a terminal.
struct Progress(Option<indicatif::ProgressBar>);

impl Progress {
    fn new() -> Self {
        if !std::io::stderr().is_terminal() {
            return Progress(None);
        }
        let bar = indicatif::ProgressBar::new_spinner();
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{spinner} {human_pos} articles · {per_sec} · {elapsed}",
        ) {
            bar.set_style(style);
        }
        bar.enable_steady_tick(std::time::Duration::from_millis(200));
        Progress(Some(bar))
    }

    fn inc(&self) {
        if let Some(bar) = &self.0 {
            bar.inc(1);
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish();
        }
    }
}

/// The records of all inputs, in order. A failure to open or read an input stops the
/// records and is kept in `error` (after the records read before it were written).
struct Records<'a> {
    inputs: std::slice::Iter<'a, String>,
    lines: Option<(String, Box<dyn BufRead>)>,
    line_no: usize,
    error: Option<String>,
}

impl<'a> Records<'a> {
    fn new(inputs: &'a [String]) -> Self {
        Records {
            inputs: inputs.iter(),
            lines: None,
            line_no: 0,
            error: None,
        }
    }
}

/// Is this input JSON lines (rather than one plain-text article)?
fn is_json_lines(path: &str) -> bool {
    path == "-" || path.ends_with(".jsonl") || path.ends_with(".ndjson")
}

impl Iterator for Records<'_> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        loop {
            if self.error.is_some() {
                return None;
            }
            if let Some((name, reader)) = &mut self.lines {
                let mut buf = Vec::new();
                match reader.read_until(b'\n', &mut buf) {
                    Ok(0) => self.lines = None,
                    Ok(_) => {
                        self.line_no += 1;
                        if buf.iter().all(u8::is_ascii_whitespace) {
                            continue;
                        }
                        return Some(parse_line(&buf, name, self.line_no));
                    }
                    Err(e) => {
                        self.error = Some(format!("{name}: {e}"));
                        return None;
                    }
                }
                continue;
            }
            let path = self.inputs.next()?;
            if is_json_lines(path) {
                let reader: Box<dyn BufRead> = if path == "-" {
                    Box::new(BufReader::new(std::io::stdin()))
                } else {
                    match std::fs::File::open(path) {
                        Ok(f) => Box::new(BufReader::new(f)),
                        Err(e) => {
                            self.error = Some(format!("{path}: {e}"));
                            return None;
                        }
                    }
                };
                let name = if path == "-" {
                    "standard input".to_string()
                } else {
                    path.clone()
                };
                self.lines = Some((name, reader));
                self.line_no = 0;
            } else {
                return Some(Record {
                    id: Value::String(path.clone()),
                    text: read_text_file(path),
                });
            }
        }
    }
}

/// A plain-text article file; its problems (missing, not UTF-8) are this record's error.
fn read_text_file(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|mut f| f.read_to_end(&mut bytes))
        .map_err(|e| format!("{path}: {e}"))?;
    String::from_utf8(bytes).map_err(|_| format!("{path}: not UTF-8 text"))
}

/// One JSON line: `{"id": …, "text": "…"}`. Without an id, the line number stands for it.
fn parse_line(buf: &[u8], source: &str, line_no: usize) -> Record {
    let fallback = || Value::String(format!("{source}:{line_no}"));
    let value: Value = match serde_json::from_slice(buf) {
        Ok(v) => v,
        Err(e) => {
            return Record {
                id: fallback(),
                text: Err(format!("not a JSON record: {e}")),
            }
        }
    };
    let id = match value.get("id") {
        Some(Value::Null) | None => fallback(),
        Some(id) => id.clone(),
    };
    let text = match value.get("text") {
        Some(Value::String(t)) => Ok(t.clone()),
        Some(_) => Err("\"text\" is not a string".to_string()),
        None => Err("the record has no \"text\"".to_string()),
    };
    Record { id, text }
}
