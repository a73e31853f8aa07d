//! Quotes: which spans are speech, and who said them.
//!
//! [`marks`] pairs the quotation marks. Attribution then reads the prose *around* each
//! quote, in the order news writing uses:
//!
//! 1. after the quote: `“Q,” X said`, `“Q,” said X`, `“Q,” he added`, `“Q” — X`;
//! 2. before it, in the same sentence: `X said: “Q”`, `X told Y that … “Q”`,
//!    `Russia described as “Q”`, and the phrase cues `according to X`, `in the words of X`;
//! 3. otherwise the quote continues a chain: a quote glued to the next one takes that one's
//!    speaker, else it inherits the previous quote's speaker within the paragraph (or from the
//!    paragraph before, when the quote opens its paragraph).
//!
//! The speaker phrase is resolved by [`crate::entities::resolve`]: a name gives its actor, a
//! place gives the place as a government, a pronoun or description ("the minister") is
//! resolved to an earlier actor, and "officials" or "a source" give an anonymous speaker.
//! A description that resolves to no actor ("the Russian ministry said") is kept as the
//! speaker's display text, so the reader still sees who spoke.
//!
//! Not speech: quoted titles and names (all words capitalised, or introduced by "dubbed",
//! "nicknamed", "titled", "the words"), and quotes inside headlines (they repeat the body).

pub mod marks;

use crate::doc::{Doc, MentionKind, QuoteFound, SpeakerRef};
use crate::entities;
use crate::lexicon;
use crate::summary::QuoteKind;
use crate::tokens::TokKind;

/// How many tokens after a quote may hold its attribution ("…,” State Department spokesman
/// Ned Price said").
const AFTER_WINDOW: usize = 12;

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

/// Prepositions: a name right after one is rarely the subject.
const PREPOSITIONS: &[&str] = &[
    "to", "from", "with", "by", "against", "for", "at", "in", "on", "of", "about", "into", "over",
    "than", "between", "among", "toward", "towards", "via", "like",
];

/// A cue found next to a quote: the verb or phrase, and who it points to.
struct Cue {
    text: String,
    speaker: Option<SpeakerRef>,
    /// Display text for a description that resolved to no actor.
    description: Option<String>,
}

/// Finds the quote spans (run before entity detection so names in quotes are known).
pub fn find(doc: &mut Doc) {
    doc.quote_spans = marks::find_spans(&doc.text, &doc.sentences);
}

/// Attributes every quote; fills `doc.quotes`. Returns display texts for unresolved
/// descriptions, by quote index.
pub fn attribute(doc: &mut Doc) -> Vec<Option<String>> {
    let spans: Vec<_> = doc
        .quote_spans
        .iter()
        .filter(|q| !q.nested && !q.headline)
        .cloned()
        .collect();
    let mut found: Vec<QuoteFound> = Vec::new();
    let mut descriptions: Vec<Option<String>> = Vec::new();
    let mut closes: Vec<(usize, usize)> = Vec::new(); // (open, close) of kept quotes
    let mut continues: Vec<bool> = Vec::new();
    for (qi, q) in spans.iter().enumerate() {
        if !is_speech(doc, q.open, q.inner) {
            continue;
        }
        let prev_close = if qi > 0 { spans[qi - 1].close } else { 0 };
        let next_open = spans.get(qi + 1).map(|n| n.open);
        let complete = doc.text.chars[..q.inner.1]
            .last()
            .is_some_and(|c| matches!(c, '.' | '!' | '?' | '…'));
        let cue = cue_after_quote(doc, q.close, next_open, complete)
            .or_else(|| cue_before_quote(doc, q.open, prev_close))
            .or_else(|| phrase_cue_anywhere(doc, q.open, q.close))
            .or_else(|| cue_in_previous_sentence(doc, q.open));
        let kind = quote_kind(doc, q.inner);
        let (speaker, cue_text, description) = match cue {
            Some(c) => (c.speaker, Some(c.text), c.description),
            None => (None, None, None),
        };
        found.push(QuoteFound {
            inner: q.inner,
            kind,
            speaker,
            cue: cue_text,
        });
        descriptions.push(description);
        closes.push((q.open, q.close));
        continues.push(q.continues);
    }
    // Chains: a quote with no cue takes the speaker of the quote glued after it, else the
    // previous quote's.
    for i in (0..found.len()).rev() {
        if found[i].cue.is_some() || i + 1 >= found.len() {
            continue;
        }
        let gap = doc.text.slice(closes[i].1, closes[i + 1].0);
        // "“A” and “B”, he added": a conjunction or comma between two quotes glues them.
        let gap_words: Vec<&str> = gap
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '—' | '–'))
            .filter(|w| !w.is_empty())
            .collect();
        let conj = gap_words.len() <= 2
            && gap_words
                .iter()
                .all(|w| matches!(*w, "and" | "or" | "but" | "then"));
        let same_para =
            doc.text.paragraph_of(closes[i].0) == doc.text.paragraph_of(closes[i + 1].0);
        let glued = (same_para && (gap.trim().is_empty() || conj)) || continues[i + 1];
        if glued && found[i + 1].speaker.is_some() {
            found[i].speaker = found[i + 1].speaker;
            descriptions[i] = descriptions[i + 1].clone();
        }
    }
    for i in 1..found.len() {
        if found[i].cue.is_some() || found[i].speaker.is_some() {
            continue;
        }
        let pi = doc.text.paragraph_of(closes[i].0);
        let prev_pi = doc.text.paragraph_of(closes[i - 1].0);
        let opens_para = doc
            .text
            .paragraphs
            .get(pi)
            .is_some_and(|p| p.0 == closes[i].0);
        if pi == prev_pi || (pi == prev_pi + 1 && opens_para) || continues[i] {
            found[i].speaker = found[i - 1].speaker;
            descriptions[i] = descriptions[i - 1].clone();
        }
    }
    doc.quotes = found;
    descriptions
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
        let prev = doc.tokens[ti - 1].text.to_lowercase();
        if NAMING_WORDS.contains(&prev.as_str()) {
            return false;
        }
        if ti > 1 && prev == "as" && doc.tokens[ti - 2].text.to_lowercase() == "known" {
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

fn is_cue_token(doc: &Doc, k: usize) -> bool {
    let t = &doc.tokens[k];
    t.is_word() && lexicon::cue_verb(&t.text.to_lowercase()).is_some()
}

/// Attribution after the closing mark, up to the next quote or the end of the sentence.
fn cue_after_quote(
    doc: &Doc,
    close: usize,
    next_open: Option<usize>,
    complete: bool,
) -> Option<Cue> {
    let toks = &doc.tokens;
    let mut k = doc.token_at(close);
    if k >= toks.len() {
        return None;
    }
    let limit_pos = next_open.unwrap_or(usize::MAX);
    let para = doc.text.paragraph_of(close.saturating_sub(1));
    // Skip punctuation right after the quote (",", "—").
    let mut dash = false;
    let mut crossed = false;
    while k < toks.len() && toks[k].kind == TokKind::Punct && toks[k].start < limit_pos {
        let p = toks[k].text.as_str();
        if matches!(p, "—" | "–" | "-") {
            dash = true;
        }
        if matches!(p, "." | "!" | "?") && !dash {
            crossed = true;
            k += 1;
            break;
        }
        k += 1;
    }
    let start = k;
    let mut end = start;
    while end < toks.len()
        && end - start < AFTER_WINDOW
        && toks[end].start < limit_pos
        && toks[end].para == para
        && !(toks[end].kind == TokKind::Punct
            && matches!(toks[end].text.as_str(), "." | ";" | "!" | "?"))
    {
        end += 1;
    }
    if start >= end {
        return None;
    }
    // Past a sentence end only the bare "X said." form attributes the quote before it.
    if crossed && (end - start > 5 || !toks.get(end).is_some_and(|t| t.is_punct('.'))) {
        return None;
    }
    // After a complete sentence, a clause that leads into another quote introduces that one:
    // "“… the past.” But an official responded: “…”".
    if complete && !dash {
        let leads_on = toks.get(end).is_some_and(|t| t.is_punct(':'))
            || next_open.is_some_and(|n| {
                let ns = doc.token_at(n);
                ns < toks.len() && toks[ns].sent == toks[start].sent
            });
        if leads_on {
            return None;
        }
    }
    if dash {
        // "“Q” — X" / "—Spokesperson, NISA"
        let (speaker, description) = speaker_of(doc, start, end, false);
        if speaker.is_some() || description.is_some() {
            return Some(Cue {
                text: "—".to_string(),
                speaker,
                description,
            });
        }
    }
    for v in start..end {
        if let Some(c) = phrase_cue_at(doc, v, end) {
            return Some(c);
        }
        // A participle after a quote ("…”, highlighting the risk") attributes nothing.
        if !is_cue_token(doc, v) || toks[v].text.ends_with("ing") {
            continue;
        }
        let verb = toks[v].text.clone();
        if v == start || (v == start + 1 && is_adverb_or_aux(&toks[start].text)) {
            // "said X", "added Moscow"; a noun reading ("“false” claims about …") names no one.
            let (speaker, description) = speaker_of(doc, v + 1, end, false);
            if speaker.is_none() && description.is_none() {
                return None;
            }
            return Some(Cue {
                text: verb,
                speaker,
                description,
            });
        }
        // "X said": the subject phrase is what stands before the verb; "“Q” and urged …"
        // continues the sentence before the quote instead.
        if matches!(
            toks[start].text.to_lowercase().as_str(),
            "and" | "but" | "or" | "then" | "while"
        ) {
            return None;
        }
        let subj_end = strip_aux(doc, start, v);
        if subj_end - start > 8
            || (start..subj_end).any(|k| toks[k].is_punct(','))
                && !has_apposition(doc, start, subj_end)
        {
            return None;
        }
        let (speaker, description) = speaker_of(doc, start, subj_end, true);
        return Some(Cue {
            text: verb,
            speaker,
            description,
        });
    }
    None
}

/// "X, the spokeswoman, said": commas inside the subject are an apposition.
fn has_apposition(doc: &Doc, s: usize, e: usize) -> bool {
    mentions_in(doc, s, e).any(|m| m.tok_end < e && doc.tokens[m.tok_end].is_punct(','))
}

/// Mentions starting within tokens `[s, e)`, found by binary search.
fn mentions_in(doc: &Doc, s: usize, e: usize) -> impl Iterator<Item = &crate::doc::Mention> {
    let lo = doc.mentions.partition_point(|m| m.tok_start < s);
    doc.mentions[lo..]
        .iter()
        .take_while(move |m| m.tok_start < e)
}

fn is_adverb_or_aux(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "has"
            | "had"
            | "have"
            | "also"
            | "then"
            | "later"
            | "earlier"
            | "once"
            | "further"
            | "previously"
            | "again"
            | "recently"
            | "would"
            | "will"
            | "meanwhile"
            | "however"
            | "though"
            | "too"
            | "instead"
            | "now"
            | "today"
            | "yesterday"
            | "separately"
            | "still"
            | "already"
            | "even"
    )
}

/// Drops auxiliaries and adverbs right before the verb: "he has also said" → "he".
fn strip_aux(doc: &Doc, s: usize, mut v: usize) -> usize {
    while v > s
        && (is_adverb_or_aux(&doc.tokens[v - 1].text)
            || doc.tokens[v - 1].text.ends_with("ly") && !doc.tokens[v - 1].is_cap())
    {
        v -= 1;
    }
    v
}

/// Attribution before the opening mark, within the same sentence (after the previous quote).
fn cue_before_quote(doc: &Doc, open: usize, prev_close: usize) -> Option<Cue> {
    let toks = &doc.tokens;
    let qt = doc.token_at(open);
    if qt == 0 || qt > toks.len() {
        return None;
    }
    let sent = if qt < toks.len() {
        toks[qt].sent
    } else {
        toks[qt - 1].sent
    };
    let s_start = doc.sentences[sent].tok_start;
    let lo = s_start.max(doc.token_at(prev_close));
    if lo >= qt {
        return None;
    }
    // Phrase cues first ("according to X", "in the words of X").
    for k in (lo..qt).rev() {
        if let Some(c) = phrase_cue_at(doc, k, qt) {
            return Some(c);
        }
    }
    // The verb nearest the quote.
    let v = (lo..qt)
        .rev()
        .find(|&k| is_cue_token(doc, k) && !doc.in_quote(toks[k].start))?;
    let verb = toks[v].text.clone();
    // Passive: "… was strongly denied by Shepherd, who …".
    if (v > lo
        && matches!(
            toks[v - 1].text.as_str(),
            "was" | "were" | "been" | "is" | "are" | "being"
        )
        || v > lo + 1
            && matches!(
                toks[v - 2].text.as_str(),
                "was" | "were" | "been" | "is" | "are"
            ))
        && toks.get(v + 1).is_some_and(|t| t.text == "by")
    {
        let (speaker, description) = speaker_of(doc, v + 2, qt, false);
        if speaker.is_some() {
            return Some(Cue {
                text: verb,
                speaker,
                description,
            });
        }
    }
    let (speaker, description) = subject_before(doc, lo, v);
    Some(Cue {
        text: verb,
        speaker,
        description,
    })
}

/// The subject of the reporting verb at token `v`, looking back no further than `lo`.
///
/// The nearest name before the verb that is not the object of a preposition wins, with
/// persons preferred; an aside between subject and verb is skipped ("Poland, which holds
/// the chairmanship of the OSCE, called …"), and a relative "…, who said" points at the
/// name before its comma. A pronoun or description right before the verb beats a distant
/// name.
fn subject_before(doc: &Doc, lo: usize, v: usize) -> (Option<SpeakerRef>, Option<String>) {
    let toks = &doc.tokens;
    let mut subj_end = strip_aux(doc, lo, v);
    // "…, who accused …": the antecedent of "who" is the name before the comma.
    if subj_end > lo + 1
        && toks[subj_end - 1].text.eq_ignore_ascii_case("who")
        && toks[subj_end - 2].is_punct(',')
    {
        let comma = subj_end - 2;
        if let Some(m) =
            mentions_in(doc, lo, comma).find(|m| m.tok_end == comma && m.entity.is_some())
        {
            return (Some(mention_ref(m)), None);
        }
    }
    // Skip an aside: "X, which …, said" / "X, a NATO member …, has warned".
    if subj_end > lo && toks[subj_end - 1].is_punct(',') {
        if let Some(c) = (lo..subj_end - 1).rev().find(|&k| toks[k].is_punct(',')) {
            let first = toks[c + 1].text.to_lowercase();
            if matches!(
                first.as_str(),
                "which"
                    | "who"
                    | "whose"
                    | "a"
                    | "an"
                    | "the"
                    | "one"
                    | "itself"
                    | "himself"
                    | "herself"
            ) || toks[c + 1].kind == TokKind::Number
            {
                subj_end = c;
            }
        }
    }
    let lo_m = doc.mentions.partition_point(|m| m.start < toks[lo].start);
    let hi_m = doc
        .mentions
        .partition_point(|m| m.start < toks[subj_end.max(lo)].start.max(toks[lo].start));
    let mut pick: Option<SpeakerRef> = None;
    let mut person_pick: Option<SpeakerRef> = None;
    for m in doc.mentions[lo_m..hi_m].iter().rev() {
        if m.in_quote || m.tok_end > subj_end || m.entity.is_none() {
            continue;
        }
        if after_preposition(doc, m.tok_start) || possessed(doc, m.tok_end) {
            continue;
        }
        let r = mention_ref(m);
        if m.kind == MentionKind::Person && person_pick.is_none() {
            person_pick = Some(r);
        }
        if pick.is_none() {
            pick = Some(r);
        }
        // Only the clause right before the verb.
        if m.tok_end + 6 < subj_end {
            break;
        }
    }
    let near = (subj_end.saturating_sub(4).max(lo)..subj_end).find(|&k| {
        let w = toks[k].text.to_lowercase();
        lexicon::pronoun(&w).is_some()
            && !matches!(w.as_str(), "his" | "her" | "its" | "their" | "him" | "them")
    });
    if let Some(k) = near {
        let no_name_after = pick.is_none()
            || mentions_in(doc, k + 1, subj_end).all(|m| m.tok_end > subj_end || m.in_quote);
        if no_name_after {
            return speaker_of(doc, k, subj_end, true);
        }
    }
    if let Some(r) = person_pick.or(pick) {
        return (Some(r), None);
    }
    // A description: "the ministry said", "officials said".
    let from = subj_end.saturating_sub(5).max(lo);
    let from = (from..subj_end)
        .rev()
        .find(|&k| toks[k].kind == TokKind::Punct)
        .map_or(from, |k| k + 1);
    speaker_of(doc, from, subj_end, true)
}

fn mention_ref(m: &crate::doc::Mention) -> SpeakerRef {
    match m.kind {
        MentionKind::Place => SpeakerRef::Place(m.entity.unwrap_or(0)),
        _ => SpeakerRef::Actor(m.entity.unwrap_or(0)),
    }
}

/// The token before `k` is a preposition (other than "of"/"for", which belong to
/// descriptions like "a spokesperson for NISA").
pub fn after_preposition(doc: &Doc, k: usize) -> bool {
    k > 0 && {
        let prev = doc.tokens[k - 1].text.to_lowercase();
        PREPOSITIONS.contains(&prev.as_str()) && !matches!(prev.as_str(), "of" | "for")
    }
}

/// The name at `[.., e)` owns something ("Souness' remarks", "Lai's empire").
pub fn possessed(doc: &Doc, e: usize) -> bool {
    doc.tokens.get(e).is_some_and(|t| {
        matches!(t.text.as_str(), "'s" | "’s")
            || (matches!(t.text.as_str(), "'" | "’")
                && !t.space_before
                && doc.tokens.get(e + 1).is_some_and(|n| n.is_word()))
    })
}

/// A quote with no cue of its own that stands right after a sentence reporting someone's
/// words: "Heald noted the findings show X. “Q.”" The reporting sentence's subject speaks.
fn cue_in_previous_sentence(doc: &Doc, open: usize) -> Option<Cue> {
    let qt = doc.token_at(open);
    let t = doc.tokens.get(qt)?;
    if !t.sent_start {
        return None;
    }
    let prev = doc.sentences.get(t.sent.checked_sub(1)?)?;
    // Same paragraph, or a paragraph that introduces the quote with a colon.
    let colon = doc.tokens[prev.tok_end - 1].is_punct(':');
    if doc.tokens[prev.tok_start].para != t.para && !colon {
        return None;
    }
    // The reporting sentence must be prose, not another quote.
    if doc.in_quote(prev.start)
        || doc.quote_spans[doc.quote_spans.partition_point(|q| q.open < prev.start)..]
            .first()
            .is_some_and(|q| q.open < prev.end)
    {
        return None;
    }
    let v = (prev.tok_start..prev.tok_end)
        .find(|&k| is_cue_token(doc, k) && !doc.tokens[k].text.ends_with("ing"))?;
    let (speaker, description) = subject_before(doc, prev.tok_start, v);
    speaker.as_ref()?;
    Some(Cue {
        text: doc.tokens[v].text.clone(),
        speaker,
        description,
    })
}

/// "according to X" or "in the words of X" starting at token `k`.
fn phrase_cue_at(doc: &Doc, k: usize, end: usize) -> Option<Cue> {
    let toks = &doc.tokens;
    let w = |i: usize| {
        toks.get(i)
            .map(|t| t.text.to_lowercase())
            .unwrap_or_default()
    };
    let (len, text) = if w(k) == "according" && w(k + 1) == "to" {
        (2, "according to")
    } else if w(k) == "quoting" || w(k) == "citing" {
        (
            1,
            if w(k) == "quoting" {
                "quoting"
            } else {
                "citing"
            },
        )
    } else if w(k) == "in" && w(k + 1) == "the" && w(k + 2) == "words" && w(k + 3) == "of" {
        (4, "in the words of")
    } else {
        return None;
    };
    let s = k + len;
    let mut e = s;
    // The speaker phrase stays within the caller's window (before the quote, or the frame).
    let limit = (s + 10).min(toks.len()).min(end.max(s));
    while e < limit
        && !(toks[e].kind == TokKind::Punct
            && matches!(toks[e].text.as_str(), "." | ";" | "\"" | "“" | "”" | ":"))
    {
        e += 1;
    }
    let (speaker, description) = speaker_of(doc, s, e, false);
    Some(Cue {
        text: text.to_string(),
        speaker,
        description,
    })
}

/// "according to X" anywhere in the sentence holding the quote, outside quotes.
fn phrase_cue_anywhere(doc: &Doc, open: usize, close: usize) -> Option<Cue> {
    let qt = doc.token_at(open).min(doc.tokens.len().saturating_sub(1));
    let sent = doc.tokens.get(qt)?.sent;
    let s = doc.sentences[sent];
    let after = doc.token_at(close);
    (after..s.tok_end).find_map(|k| phrase_cue_at(doc, k, s.tok_end))
}

/// Resolves a speaker phrase; `subject` prefers the last person in it (the head of
/// "State Department spokesman Ned Price"), otherwise the first name in it wins ("said X, …").
fn speaker_of(
    doc: &Doc,
    s: usize,
    e: usize,
    subject: bool,
) -> (Option<SpeakerRef>, Option<String>) {
    if s >= e {
        return (None, None);
    }
    let toks = &doc.tokens;
    // Names in the phrase.
    let lo = doc.mentions.partition_point(|m| m.start < toks[s].start);
    let names: Vec<&crate::doc::Mention> = doc.mentions[lo..]
        .iter()
        .take_while(|m| m.tok_start < e)
        .filter(|m| m.entity.is_some() && !m.in_quote && !possessed(doc, m.tok_end))
        .collect();
    if !names.is_empty() {
        let persons: Vec<&&crate::doc::Mention> = names
            .iter()
            .filter(|m| m.kind == MentionKind::Person)
            .collect();
        let m = if subject {
            persons.last().copied().copied().or(names.last().copied())
        } else {
            // After the verb the first name is the speaker; skip names after a preposition.
            names
                .iter()
                .copied()
                .find(|m| {
                    m.tok_start == 0
                        || !PREPOSITIONS
                            .contains(&toks[m.tok_start - 1].text.to_lowercase().as_str())
                        || toks[m.tok_start - 1].text == "for" && m.tok_start - 1 > s
                })
                // "said a fisherman in Vigo": a name after a preposition is not the speaker.
                .or_else(|| {
                    let lead = toks[s].text.to_lowercase();
                    (!matches!(lead.as_str(), "a" | "an" | "one" | "another" | "some"))
                        .then(|| names.first().copied())
                        .flatten()
                })
        };
        if let Some(m) = m {
            let r = match m.kind {
                MentionKind::Place => SpeakerRef::Place(m.entity.unwrap_or(0)),
                _ => SpeakerRef::Actor(m.entity.unwrap_or(0)),
            };
            return (Some(r), None);
        }
    }
    // Trim the phrase to its first clause for descriptions and pronouns.
    let mut e2 = s;
    while e2 < e && toks[e2].kind != TokKind::Punct {
        e2 += 1;
    }
    if e2 == s {
        return (None, None);
    }
    let (s2, e2) = if subject {
        // "…, one nuclear official said": take the words right before the verb.
        (e2.saturating_sub(5).max(s), e2)
    } else {
        (s, e2.min(s + 6))
    };
    if let Some(r) = entities::resolve(doc, s2, e2) {
        return (Some(r), None);
    }
    // An unresolved definite description keeps its words as the speaker's name.
    let words: Vec<String> = toks[s2..e2].iter().map(|t| t.text.clone()).collect();
    if words.first().is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && words.len() >= 2
        && words.len() <= 4
    {
        let head = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
        if lexicon::role_noun(&[head.as_str()]).is_some()
            || lexicon::is_org_suffix(&capitalise(&head))
        {
            return (None, Some(words[1..].join(" ")));
        }
    }
    (None, None)
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
