//! Quotes: which spans are speech, and who said them.
//!
//! [`marks`] pairs the quotation marks. [`attribute`] is the attribution stage: it keeps the
//! spans that are speech and lets [`speaker`] choose each one's speaker. The speaker step
//! gathers candidates from the prose around the quote — the clause after it (`“Q,” X said`,
//! `“Q,” said X`, `“Q” — X`), the clause before it in its sentence (`X said “Q”`, `X
//! described it as “Q”`, `according to X`), a sentence that introduces it (`X said in a
//! statement:` ¶ `“Q”`), the speaker of an earlier quote in the same sentence, of the quote it
//! continues or of the next quote it is glued to — scores them with general features and keeps
//! the best, or none when nothing is convincing.
//!
//! Speaker phrases are resolved by [`crate::entities::resolve`]: a name gives its actor, a
//! place gives the place as a government, a pronoun or description ("the minister") is
//! resolved to an earlier actor, and "officials" or "a source" give an anonymous speaker.
//! A description that resolves to no actor ("the Russian ministry said") is kept as the
//! speaker's display text (`QuoteFound::description`), so the reader still sees who spoke.
//!
//! Not speech: quoted titles and names (all words capitalised, or introduced by "dubbed",
//! "nicknamed", "titled", "the words"), and quotes inside headlines (they repeat the body).

pub mod marks;
mod reported;
mod speaker;

use crate::doc::{Doc, QuoteFound, QuoteSpan};
use crate::summary::QuoteKind;
use crate::tokens::Lower;

/// Words right before a quote that make it a name or title, not speech.
const NAMING_WORDS: &[&str] = &[
    "dubbed",
    "nicknamed",
    "named",
    "titled",
    "entitled",
    "so-called",
    "words",
    "word",
    "term",
    "phrase",
    "slogan",
    "headline",
    "hashtag",
    "label",
    "labelled",
    "labeled",
    "stamp",
];

/// Finds the quote spans (run before entity detection so names in quotes are known).
pub fn find(doc: &mut Doc) {
    doc.quote_spans = marks::find_spans(&doc.text, &doc.sentences);
}

/// The attribution stage: fills `doc.quotes` with every speech quote and every reported
/// statement ([`reported`]), in text order, each with its kind, speaker, cue and the evidence
/// for the speaker.
pub fn attribute(doc: &mut Doc) {
    let spans: Vec<QuoteSpan> = doc
        .quote_spans
        .iter()
        .filter(|q| !q.nested && !q.headline)
        .cloned()
        .collect();
    let speech: Vec<bool> = spans
        .iter()
        .map(|q| is_speech(doc, q.open, q.inner))
        .collect();
    let direct = speaker::find_speakers(doc, &spans, &speech);
    let (mut stmts, anchors) = reported::find(doc);
    speaker::attribute_statements(doc, &mut stmts, &anchors, &direct);
    let mut direct = direct;
    inherit_from_statements(&mut direct, &stmts);
    let mut all = direct;
    all.extend(stmts);
    // Text order; a statement holding a partial quote comes before it.
    all.sort_by_key(|q| (q.inner.0, std::cmp::Reverse(q.inner.1)));
    doc.quotes = all;
}

/// 'He branded the plan "reckless"': a quote that found no speaker of its own inside a
/// reported statement that has one was said by the statement's speaker, under its cue.
/// Both lists are in text order and statements never overlap, so one pass suffices.
fn inherit_from_statements(quotes: &mut [QuoteFound], stmts: &[QuoteFound]) {
    let mut si = 0;
    for q in quotes.iter_mut() {
        while si < stmts.len() && stmts[si].inner.1 < q.inner.1 {
            si += 1;
        }
        let Some(st) = stmts.get(si) else { break };
        if q.speaker.is_none()
            && q.description.is_none()
            && st.speaker.is_some()
            && st.inner.0 <= q.inner.0
            && q.inner.1 <= st.inner.1
        {
            q.speaker = st.speaker;
            q.cue.clone_from(&st.cue);
            q.evidence.clone_from(&st.evidence);
        }
    }
}

/// Is the quote speech (rather than a quoted title, name or label)?
fn is_speech(doc: &Doc, open: usize, inner: (usize, usize)) -> bool {
    let text = doc.text.slice(inner.0, inner.1);
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        return false;
    }
    let all_caps_words = words.iter().all(|w| {
        w.chars()
            .find(|c| c.is_alphanumeric())
            .is_none_or(|c| c.is_uppercase() || c.is_ascii_digit())
    });
    let ends_like_sentence = text.ends_with(['.', '!', '?', ',']);
    if all_caps_words && words.len() <= 6 && !ends_like_sentence {
        return false;
    }
    // The word before the quote names it.
    let ti = doc.token_at(open);
    if ti > 0 {
        let prev = doc.tokens[ti - 1].text.lower_cow();
        if NAMING_WORDS.contains(&prev.as_ref()) {
            return false;
        }
        if ti > 1 && prev == "as" && doc.tokens[ti - 2].text.lower_cow() == "known" {
            return false;
        }
    }
    true
}

/// Direct: whole sentence(s), starting with a capital; partial: a fragment.
fn quote_kind(doc: &Doc, inner: (usize, usize)) -> QuoteKind {
    let chars = &doc.text.chars[inner.0..inner.1];
    let first = chars
        .iter()
        .find(|c| c.is_alphanumeric())
        .copied()
        .unwrap_or('a');
    let words = doc.text.slice(inner.0, inner.1).split_whitespace().count();
    if (first.is_uppercase() || first.is_ascii_digit()) && words >= 3 {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}
