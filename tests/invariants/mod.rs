//! Invariants every `Summary` must satisfy, whatever the input: shared by the robustness
//! catalogue (`tests/robustness.rs`), the property tests (`tests/properties.rs`) and the
//! `analyze` fuzz target (`fuzz/fuzz_targets/analyze.rs`, which includes this file by path).
//!
//! Kept free of test-framework dependencies so the fuzz crate can use it as it is.
#![allow(dead_code)]

use article_lens::summary::{QuoteKind, Span, Summary, SCHEMA};

/// Checks `summary` against `text`; the error names the first broken invariant.
///
/// * every span (actor mentions, place mentions, government mentions, quotes) satisfies
///   `0 <= start <= end <= text.chars().count()`;
/// * quotes are sorted by start and do not overlap (`prev.end <= next.start`);
/// * each quote's `text` is exactly the characters of its span;
/// * ids are unique, and every `speaker_id` names an actor or a place of this summary.
pub fn check(text: &str, summary: &Summary) -> Result<(), String> {
    let n = text.chars().count();
    if summary.schema != SCHEMA {
        return Err(format!("schema is {:?}", summary.schema));
    }
    let in_text = |what: &str, span: &Span| -> Result<(), String> {
        let [start, end] = *span;
        if start <= end && end <= n {
            Ok(())
        } else {
            Err(format!(
                "{what}: span [{start}, {end}) is not within the text of {n} characters"
            ))
        }
    };
    let mut ids = std::collections::HashSet::new();
    for a in &summary.actors {
        if !ids.insert(a.id.as_str()) {
            return Err(format!("duplicate id {}", a.id));
        }
        for m in &a.mentions {
            in_text(&format!("actor {} ({}) mention", a.id, a.name), m)?;
        }
    }
    for p in &summary.places {
        if !ids.insert(p.id.as_str()) {
            return Err(format!("duplicate id {}", p.id));
        }
        for m in &p.mentions {
            in_text(&format!("place {} ({}) mention", p.id, p.name), m)?;
        }
        for m in &p.government_mentions {
            in_text(
                &format!("place {} ({}) government mention", p.id, p.name),
                m,
            )?;
        }
    }
    // Quote texts are compared by character offsets: collect the characters once.
    let chars: Vec<char> = if summary.quotes.is_empty() {
        Vec::new()
    } else {
        text.chars().collect()
    };
    // Quotes in quotation marks never overlap one another, nor do reported statements; a
    // statement may hold a quote whole ("said it was “a disgrace”"), never part of one. All
    // are in text order.
    let (mut prev_end, mut prev_stmt_end, mut prev_start) = (0usize, 0usize, 0usize);
    let mut stmts: Vec<[usize; 2]> = Vec::new();
    for (i, q) in summary.quotes.iter().enumerate() {
        if !ids.insert(q.id.as_str()) {
            return Err(format!("duplicate id {}", q.id));
        }
        in_text(&format!("quote {}", q.id), &q.span)?;
        let [start, end] = q.span;
        if i > 0 && start < prev_start {
            return Err(format!(
                "quote {} [{start}, {end}) starts before the previous one (at {prev_start})",
                q.id
            ));
        }
        prev_start = start;
        if q.kind == QuoteKind::Indirect {
            if start < prev_stmt_end {
                return Err(format!(
                    "statement {} [{start}, {end}) overlaps the previous statement (ending at {prev_stmt_end})",
                    q.id
                ));
            }
            if start < prev_end {
                return Err(format!(
                    "statement {} [{start}, {end}) starts inside a quote (ending at {prev_end})",
                    q.id
                ));
            }
            prev_stmt_end = end;
            stmts.push(q.span);
        } else {
            if i > 0 && start < prev_end {
                return Err(format!(
                    "quote {} [{start}, {end}) overlaps or precedes the previous quote (ending at {prev_end})",
                    q.id
                ));
            }
            prev_end = end;
            if let Some(s) = stmts
                .iter()
                .find(|s| s[0] < end && start < s[1] && !(s[0] <= start && end <= s[1]))
            {
                return Err(format!(
                    "quote {} [{start}, {end}) lies partly inside the statement [{}, {})",
                    q.id, s[0], s[1]
                ));
            }
        }
        let inner: String = chars[start..end].iter().collect();
        if inner != q.text {
            return Err(format!(
                "quote {} text {:?} differs from its span's characters {:?}",
                q.id, q.text, inner
            ));
        }
        if let Some(id) = &q.speaker_id {
            if summary.actor(id).is_none() && summary.place(id).is_none() {
                return Err(format!(
                    "quote {} names speaker id {id}, which does not exist",
                    q.id
                ));
            }
        }
    }
    Ok(())
}

/// Panics with the broken invariant and a short view of the input.
pub fn assert_valid(text: &str, summary: &Summary) {
    if let Err(e) = check(text, summary) {
        let n = text.chars().count();
        let head: String = text.chars().take(200).collect();
        panic!("{e}\n(input of {n} characters, starting {head:?})");
    }
}
