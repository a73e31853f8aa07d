//! The speaker-finding step: candidates for each quote, scored with general features.
//!
//! Every quote gets candidate speakers from a bounded window around it (its sentence, the
//! sentence and paragraph before, the quote before and after):
//!
//! | position | where | base score |
//! |---|---|---|
//! | `after`, `inverted` | the clause right after the quote: `“Q,” X said`, `“Q,” said X` | 100 |
//! | `phrase` | `according to X`, `in the words of X` | 95 (after) / 80 (elsewhere) |
//! | `dash` | `“Q” — X` | 90 |
//! | `before` | the subject of the nearest reporting verb before the quote in its sentence | 85 |
//! | `before` (stance) | the same with a judging, describing or believing verb (`X described it as “Q”`) | 70 |
//! | `colon` | a reporting sentence ending with a colon introduces the quote | 75 |
//! | `same_sentence` | the speaker of an earlier quote in the same sentence (`X said “A” and warned “B”`) | 70 |
//! | `continuation` | the quote reopens one from the paragraph before | 65 |
//! | `previous_sentence` | a reporting sentence right before it in the paragraph | 55 |
//! | `glued` | the next quote, joined by nothing or "and", names the speaker | 50 |
//! | `follow_up` | the previous quote's speaker, same paragraph or a paragraph the quote opens | 40 |
//!
//! Features adjust the score: a place (a government) loses 30 unless it is the subject of
//! the clause; a description kept as text loses 10; an anonymous source loses 5. The best
//! candidate with a speaker wins; with none, the quote keeps its cue and no speaker (anonymous
//! sources are common, and a wrong speaker is worse than none). Pronouns prefer the previous
//! quote's speaker when no other compatible person became a sentence subject in between.
//!
//! Windows are bounded (a sentence, a dozen tokens after the quote, one sentence or paragraph
//! before), so the step is linear in the text.

use crate::context::{
    after_preposition, cue_after, has_apposition, is_adverb_or_aux, is_cue_token, is_preposition,
    is_stance_form, is_written_form, mentions_in, possessed, strip_aux, verb_reading, PREPOSITIONS,
};
use crate::doc::{Doc, Mention, MentionKind, QuoteFound, QuoteSpan, SpeakerRef};
use crate::entities;
use crate::lexicon::{self, Gender};
use crate::summary::{ActorKind, CuePosition, Evidence, Via};
use crate::tokens::Lower;
use crate::tokens::TokKind;

/// How many tokens after a quote may hold its attribution ("…,” State Department spokesman
/// Ned Price said").
const AFTER_WINDOW: usize = 18;

/// How many tokens after an inverted cue may hold the speaker ("…,” said the deputy
/// director of the regional health board, Ann Lee).
const INVERTED_SPEAKER: usize = 12;

/// The longest subject phrase after a quote when it is a name with an apposition between
/// commas ("…,” Ann Lee, editor at large at the Harbour Times, said").
const MAX_APPOSED_SUBJECT: usize = 16;

/// Below this score a candidate is not convincing.
const MIN_SCORE: i32 = 30;

/// A candidate speaker for one quote.
#[derive(Debug, Clone)]
struct Cand {
    speaker: Option<SpeakerRef>,
    description: Option<String>,
    cue: Option<String>,
    position: CuePosition,
    via: Via,
    score: i32,
}

impl Cand {
    fn has_speaker(&self) -> bool {
        self.speaker.is_some() || self.description.is_some()
    }
}

/// A speaker phrase as read: who, display text when unresolved, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Read {
    speaker: Option<SpeakerRef>,
    via: Via,
    /// The speaker is a place named in subject position (directly before the verb, or
    /// right after an inverted verb).
    subject_place: bool,
}

struct Phrase {
    read: Read,
    description: Option<String>,
}

impl Phrase {
    fn none() -> Phrase {
        Phrase {
            read: Read {
                speaker: None,
                via: Via::Description,
                subject_place: false,
            },
            description: None,
        }
    }
    fn named(r: SpeakerRef, subject_place: bool) -> Phrase {
        Phrase {
            read: Read {
                speaker: Some(r),
                via: Via::Name,
                subject_place,
            },
            description: None,
        }
    }
}

/// The state carried from quote to quote.
struct Finder<'a> {
    doc: &'a Doc,
    /// The speaker of the previous quote and the sentence its closing mark is in.
    prev: Option<(SpeakerRef, usize)>,
}

/// Chooses a speaker for every speech quote among `spans` (top-level, not in headlines).
pub(super) fn find_speakers(doc: &Doc, spans: &[QuoteSpan], speech: &[bool]) -> Vec<QuoteFound> {
    let mut f = Finder { doc, prev: None };
    let mut found: Vec<QuoteFound> = Vec::new();
    let mut kept: Vec<&QuoteSpan> = Vec::new();
    // Whether the quote's own context gave a cue (which then blocks weak inheritance).
    let mut own_cue: Vec<bool> = Vec::new();
    for (qi, q) in spans.iter().enumerate() {
        if !speech[qi] {
            continue;
        }
        let prev_close = if qi > 0 { spans[qi - 1].close } else { 0 };
        let next_open = spans.get(qi + 1).map(|n| n.open);
        let complete = doc.text.chars[..q.inner.1]
            .last()
            .is_some_and(|c| matches!(c, '.' | '!' | '?' | '…'));
        let mut cands: Vec<Cand> = Vec::new();
        cands.extend(f.after_quote(q.close, next_open, complete));
        cands.extend(f.before_quote(q.open, prev_close));
        cands.extend(f.phrase_anywhere(q.open, q.close));
        cands.extend(f.previous_sentence(q.open));
        // An earlier quote of the same sentence with a speaker: "X said “A” and warned “B”".
        if let (Some(last), Some(pq)) = (found.last(), kept.last()) {
            if last.speaker.is_some()
                && f.sentence_of(pq.close.saturating_sub(1)) == f.sentence_of(q.open)
            {
                cands.push(chain(last, CuePosition::SameSentence, 70));
            }
        }
        let best = choose(&cands);
        let cue = cands
            .iter()
            .filter(|c| c.cue.is_some())
            .max_by_key(|c| c.score)
            .and_then(|c| c.cue.clone());
        own_cue.push(cue.is_some());
        let mut qf = QuoteFound {
            inner: q.inner,
            kind: super::quote_kind(doc, q.inner),
            speaker: None,
            cue,
            description: None,
            evidence: None,
        };
        if let Some(b) = best {
            apply(&mut qf, b);
        }
        if let Some(s) = qf.speaker {
            f.prev = Some((s, f.sentence_of(q.close.saturating_sub(1))));
        }
        found.push(qf);
        kept.push(q);
    }
    // Glued: a quote with no speaker takes that of the quote glued after it.
    for i in (0..found.len().saturating_sub(1)).rev() {
        if found[i].speaker.is_some() || found[i].description.is_some() {
            continue;
        }
        if glued(doc, kept[i], kept[i + 1]) && found[i + 1].speaker.is_some() {
            let c = chain(&found[i + 1], CuePosition::Glued, 50);
            apply(&mut found[i], &c);
        }
    }
    // Follow-ups and continuations inherit the previous quote's speaker.
    for i in 1..found.len() {
        if found[i].speaker.is_some() || found[i].description.is_some() {
            continue;
        }
        let c = if kept[i].continues {
            chain(&found[i - 1], CuePosition::Continuation, 65)
        } else {
            if own_cue[i] {
                continue;
            }
            let pi = doc.text.paragraph_of(kept[i].open);
            let prev_pi = doc.text.paragraph_of(kept[i - 1].open);
            let opens_para = doc
                .text
                .paragraphs
                .get(pi)
                .is_some_and(|p| p.0 == kept[i].open);
            if !(pi == prev_pi || (pi == prev_pi + 1 && opens_para)) {
                continue;
            }
            chain(&found[i - 1], CuePosition::FollowUp, 40)
        };
        if c.has_speaker() {
            apply(&mut found[i], &c);
        }
    }
    found
}

/// The candidate that repeats another quote's attribution.
fn chain(from: &QuoteFound, position: CuePosition, score: i32) -> Cand {
    Cand {
        speaker: from.speaker,
        description: from.description.clone(),
        cue: None,
        position,
        via: Via::Quote,
        score,
    }
}

fn apply(qf: &mut QuoteFound, c: &Cand) {
    qf.speaker = c.speaker;
    qf.description = c.description.clone();
    if qf.cue.is_none() {
        qf.cue = c.cue.clone();
    }
    qf.evidence = Some(Evidence {
        position: c.position,
        cue: c.cue.clone(),
        via: c.via,
        score: c.score,
    });
}

/// The best convincing candidate with a speaker.
fn choose(cands: &[Cand]) -> Option<&Cand> {
    cands
        .iter()
        .filter(|c| c.has_speaker() && c.score >= MIN_SCORE)
        // Earlier (more specific) generators win ties.
        .rev()
        .max_by_key(|c| c.score)
}

/// Adjusts a base score with the features of the speaker phrase.
fn scored(
    base: i32,
    p: Phrase,
    cue: Option<String>,
    position: CuePosition,
    doc: &Doc,
) -> Option<Cand> {
    let mut score = base;
    match p.read.speaker {
        Some(SpeakerRef::Place(_)) if !p.read.subject_place => score -= 30,
        Some(SpeakerRef::Anonymous) => score -= 5,
        Some(SpeakerRef::Actor(a)) if doc.actors.get(a).is_none() => return None,
        // A description kept as text needs a verb of saying: "the court justified the …"
        // is too weak to name a speaker the text never names.
        None if p.description.is_some() => score -= if base >= 75 { 10 } else { 45 },
        _ => {}
    }
    Some(Cand {
        speaker: p.read.speaker,
        description: p.description,
        cue,
        position,
        via: p.read.via,
        score,
    })
}

/// Two consecutive quotes joined by nothing, a comma or a conjunction, or a quotation that
/// runs on into the next paragraph.
fn glued(doc: &Doc, a: &QuoteSpan, b: &QuoteSpan) -> bool {
    let gap = doc.text.slice(a.close, b.open);
    // "“A” and “B”, he added": a conjunction or comma between two quotes glues them.
    let gap_words: Vec<&str> = gap
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '—' | '–'))
        .filter(|w| !w.is_empty())
        .collect();
    let conj = gap_words.len() <= 2
        && gap_words
            .iter()
            .all(|w| matches!(*w, "and" | "or" | "but" | "then"));
    let same_para = doc.text.paragraph_of(a.open) == doc.text.paragraph_of(b.open);
    (same_para && (gap.trim().is_empty() || conj)) || b.continues
}

impl Finder<'_> {
    fn sentence_of(&self, pos: usize) -> usize {
        let toks = &self.doc.tokens;
        if toks.is_empty() {
            return 0;
        }
        toks[self.doc.token_at(pos).min(toks.len() - 1)].sent
    }

    /// A test of whether `sentence_of(pos)` is the sentence of token `t`, without a search
    /// per position (tokens are in text order and sentences are runs of them).
    fn sentence_test(&self, t: usize) -> impl Fn(usize) -> bool + '_ {
        let toks = &self.doc.tokens;
        let here = toks[t].sent;
        let mut first = t;
        while first > 0 && toks[first - 1].sent == here {
            first -= 1;
        }
        let mut end = t + 1;
        while end < toks.len() && toks[end].sent == here {
            end += 1;
        }
        // `token_at(pos)` (capped at the last token) lies in `first..end`.
        move |pos| {
            (first == 0 || toks[first - 1].start < pos)
                && (end == toks.len() || toks[end - 1].start >= pos)
        }
    }

    /// Attribution after the closing mark, up to the next quote or the end of the sentence.
    fn after_quote(&self, close: usize, next_open: Option<usize>, complete: bool) -> Option<Cand> {
        let doc = self.doc;
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
                && matches!(toks[end].text.as_str(), "." | ";" | "!" | "?")
                && !abbreviation_stop(doc, end))
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
        // After a complete sentence, a clause that leads into another quote introduces that
        // one: "“… the past.” But an official responded: “…”".
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
            let p = self.speaker_of(start, end, false);
            if p.read.speaker.is_some() || p.description.is_some() {
                return scored(90, p, Some("—".to_string()), CuePosition::Dash, doc);
            }
        }
        for v in start..end {
            if let Some(c) = self.phrase_at(v, end, 95) {
                return Some(c);
            }
            // A participle after a quote ("…”, highlighting the risk") attributes nothing.
            let inverted = v == start || (v == start + 1 && is_adverb_or_aux(&toks[start].text));
            let writes = inverted && is_written_form(doc, v);
            if !(is_cue_token(doc, v) && verb_reading(doc, v) || writes)
                || toks[v].text.ends_with("ing")
            {
                continue;
            }
            // "“Q.” X said." ends at the verb; "“Q.” X had criticised the …" is a new
            // sentence about something else.
            if (crossed || complete && toks[start].sent_start) && end - v > 3 {
                return None;
            }
            let verb = toks[v].text.clone();
            if writes && !is_cue_token(doc, v) {
                // "“Q,” read a statement by the agency": the author follows "by"/"from".
                let p = self.author_after(v + 1, end);
                p.read.speaker?;
                return scored(95, p, Some(verb), CuePosition::Inverted, doc);
            }
            if inverted {
                // "said X", "added Moscow"; a noun reading ("“false” claims about …") names
                // no one, nor a verb whose clause ends at a comma ("“Q” has continued, the …").
                if toks.get(v + 1).is_some_and(|t| t.is_punct(',')) {
                    return None;
                }
                let end = end.min(v + 1 + INVERTED_SPEAKER);
                let mut p = self.speaker_of(v + 1, end, false);
                // "said Olu Bankole, as Mira Holt looked on": a full name the name layer
                // missed, right after the verb, beats a name further on.
                if let Some(run) = capitalised_run(doc, v + 1, end) {
                    let run_end = v + 1 + run.split_whitespace().count();
                    if mentions_in(doc, v + 1, run_end).next().is_none() {
                        p = Phrase::none();
                        p.description = Some(run);
                    }
                }
                if p.read.speaker.is_none() && p.description.is_none() {
                    // A name the name layer missed: "said Alma Okoro Dunne, a …".
                    p.description = capitalised_run(doc, v + 1, end);
                    p.description.as_ref()?;
                }
                p.read.subject_place = true;
                return scored(100, p, Some(verb), CuePosition::Inverted, doc);
            }
            // "X said": the subject phrase is what stands before the verb; "“Q” and urged …"
            // continues the sentence before the quote instead.
            if matches!(
                toks[start].text.lower_cow().as_ref(),
                "and" | "but" | "or" | "then" | "while"
            ) {
                return None;
            }
            let subj_end = strip_aux(doc, start, v);
            // "X, editor at large at the Gazette, said": a name and its apposition, closed by a
            // comma before the verb, may be longer than a bare subject.
            let apposition = has_apposition(doc, start, subj_end);
            let closed = apposition && subj_end > start && toks[subj_end - 1].is_punct(',');
            if subj_end - start > if closed { MAX_APPOSED_SUBJECT } else { 8 }
                || (start..subj_end).any(|k| toks[k].is_punct(',')) && !apposition
            {
                return None;
            }
            let mut p = self.speaker_of(start, subj_end, true);
            p.read.subject_place = true;
            return scored(100, p, Some(verb), CuePosition::After, doc);
        }
        None
    }

    /// Attribution before the opening mark, within the same sentence (after the previous
    /// quote): the subject of the nearest reporting or stance verb.
    fn before_quote(&self, open: usize, prev_close: usize) -> Option<Cand> {
        let doc = self.doc;
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
            if let Some(c) = self.phrase_at(k, qt, 80) {
                return Some(c);
            }
        }
        // The verb nearest the quote: a verb of saying, or of judging, describing, believing.
        let v = (lo..qt).rev().find(|&k| {
            !doc.in_quote(toks[k].start)
                && (is_cue_token(doc, k) && verb_reading(doc, k) || is_stance_form(doc, k))
        })?;
        // "the company says the article continues to “…”": a verb whose subject names no one
        // sits in the complement of an earlier verb of saying, whose subject speaks.
        let v = match (lo..v).rev().find(|&k| {
            is_cue_token(doc, k) && verb_reading(doc, k) && !toks[k].text.ends_with("ing")
        }) {
            Some(v0)
                if v0 + 1 < v
                    && !toks[v0 + 1..v].iter().any(|t| {
                        t.is_punct(',')
                            || lexicon::pronoun(&t.text).is_some()
                            || doc.in_quote(t.start)
                    })
                    && mentions_in(doc, v0 + 1, v).next().is_none() =>
            {
                v0
            }
            _ => v,
        };
        self.at_verb(lo, s_start, v, qt)
    }

    /// The speaker of the reporting or stance verb at token `v`, in a clause that starts at
    /// `lo` (the sentence start or the end of an earlier quote) of a sentence that starts at
    /// `s_start`; `qt` bounds a "by" agent. A passive names its agent after "by"; a
    /// participle after a comma and a coordinated verb share the main clause's subject;
    /// otherwise the verb's subject speaks. A cue with no speaker gives a candidate of score 0
    /// (it still names the cue).
    fn at_verb(&self, lo: usize, s_start: usize, v: usize, qt: usize) -> Option<Cand> {
        let doc = self.doc;
        let toks = &doc.tokens;
        let base = if is_cue_token(doc, v) { 85 } else { 70 };
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
            // The agent is the noun phrase after "by", up to a clause boundary.
            let by_end = (v + 2..qt)
                .find(|&k| {
                    toks[k].is_punct(',')
                        || matches!(toks[k].text.lower_cow().as_ref(), "that" | "who" | "since")
                })
                .unwrap_or(qt);
            let p = self.speaker_of(v + 2, by_end, false);
            if p.read.speaker.is_some() {
                return scored(base, p, Some(verb), CuePosition::Before, doc);
            }
        }
        // "Asked about the delay, Lee was blunt: “…”": a participle opening the sentence
        // shares the subject of the main clause after its comma.
        if v == s_start && toks[v].text.ends_with("ed") {
            if let Some(c) = (v + 1..qt.min(v + 15)).find(|&i| toks[i].is_punct(',')) {
                if let Some(p) = self.main_subject(c + 1, qt) {
                    if let Some(c) = scored(base, p, Some(verb.clone()), CuePosition::Before, doc) {
                        return Some(c);
                    }
                }
            }
        }
        // ", saying …", ", calling …": a participle shares the subject of its main clause.
        let participle = toks[v].text.ends_with("ing") && v > s_start && toks[v - 1].is_punct(',');
        // "X congratulated Y and said": a coordinated verb shares the clause's subject.
        let sv = strip_aux(doc, lo, v);
        let coordinated = sv > s_start + 1
            && matches!(toks[sv - 1].text.lower_cow().as_ref(), "and" | "but")
            && !toks[sv - 2].is_punct(',');
        let main_end = if participle {
            v - 1
        } else {
            sv.saturating_sub(1)
        };
        let p = match (participle || coordinated)
            .then(|| self.main_subject(s_start, main_end))
            .flatten()
        {
            Some(p) => p,
            // ("The minister praised Ana Ruiz, saying …": with no subject found, the speaker
            // is the subject of the last verb before the participle, not that verb's object)
            None if participle => {
                let pv = (lo.max(s_start) + 1..main_end)
                    .rev()
                    .find(|&i| toks[i].is_word() && !toks[i].is_cap() && verb_like(doc, i))
                    .unwrap_or(v);
                self.subject_before(lo, pv)
            }
            None => self.subject_before(lo, v),
        };
        match scored(base, p, Some(verb.clone()), CuePosition::Before, doc) {
            Some(c) => Some(c),
            None => Some(Cand {
                speaker: None,
                description: None,
                cue: Some(verb),
                position: CuePosition::Before,
                via: Via::Description,
                score: 0,
            }),
        }
    }

    /// The subject of the verb at token `v`, looking back no further than `lo`.
    ///
    /// The nearest name before the verb that is not the object of a preposition wins, with
    /// persons preferred; an aside between subject and verb is skipped ("Poland, which holds
    /// the chairmanship of the OSCE, called …"), and a relative "…, who said" points at the
    /// name before its comma. A pronoun or description right before the verb beats a distant
    /// name. A place is the subject only when nothing else is: "a U.S. adviser" is a
    /// person described, not the country.
    fn subject_before(&self, lo: usize, v: usize) -> Phrase {
        let doc = self.doc;
        let toks = &doc.tokens;
        let mut subj_end = strip_aux(doc, lo, v);
        // "…, who accused …": the antecedent of "who" is the name before the comma.
        if subj_end > lo + 1
            && toks[subj_end - 1].text.eq_ignore_ascii_case("who")
            && toks[subj_end - 2].is_punct(',')
        {
            let comma = subj_end - 2;
            let named_before =
                |c: usize| mentions_in(doc, lo, c).find(|m| m.tok_end == c && m.entity.is_some());
            // "Ann Lee, a specialist with the Fisheries Department, who said": a person
            // before an apposition that ends in a body's name.
            let apposition = (lo..comma)
                .rev()
                .take(14)
                .find(|&k| toks[k].is_punct(','))
                .filter(|&c| {
                    matches!(toks[c + 1].text.lower_cow().as_ref(), "a" | "an" | "the")
                        && !(c + 1..comma).any(|k| verb_like(doc, k))
                });
            let person_before = apposition
                .and_then(named_before)
                .filter(|m| m.kind == MentionKind::Person);
            let named = named_before(comma);
            if let Some(m) = named
                .filter(|m| m.kind == MentionKind::Person)
                .or(person_before)
                .or(named)
            {
                return Phrase::named(mention_ref(m), false);
            }
        }
        // Skip an aside: "X, which …, said" / "X, a NATO member …, has warned"; but "The
        // chair of the judges, the poet Ewa Lind, said": an aside ending in a person's name
        // after a subject that names no one is the name of the subject.
        if subj_end > lo && toks[subj_end - 1].is_punct(',') {
            if let Some(c) = (lo..subj_end - 1).rev().find(|&k| toks[k].is_punct(',')) {
                let first = toks[c + 1].text.lower_cow();
                let names_subject = mentions_in(doc, c + 1, subj_end - 1).any(|m| {
                    m.tok_end == subj_end - 1
                        && m.kind == MentionKind::Person
                        && m.entity.is_some()
                        && !m.in_quote
                }) && mentions_in(doc, lo, c)
                    .all(|m| m.kind != MentionKind::Person)
                    && !(c + 1..subj_end - 1).any(|k| verb_like(doc, k));
                if names_subject {
                    // keep the whole subject: the name at its end is picked below
                } else if matches!(
                    first.as_ref(),
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
                    // "Ann Smith, QC for the defence, said": an apposition after a person.
                    || subj_end - 1 - c <= 7
                        && mentions_in(doc, lo, c).any(|m| {
                            m.tok_end == c && m.kind == MentionKind::Person && m.entity.is_some()
                        })
                        && !(c + 1..subj_end - 1).any(|k| verb_like(doc, k))
                        // ("Ann Smith, QC for Jones, said": a person after a preposition
                        // is the role's complement, not the subject)
                        && mentions_in(doc, c + 1, subj_end - 1).all(|m| {
                            m.kind != MentionKind::Person || is_preposition(doc, m.tok_start - 1)
                        })
                {
                    subj_end = c;
                }
            }
        }
        let lo_m = doc.mentions.partition_point(|m| m.start < toks[lo].start);
        let hi_m = doc
            .mentions
            .partition_point(|m| m.start < toks[subj_end.max(lo)].start.max(toks[lo].start));
        let mut pick: Option<&Mention> = None;
        let mut person_pick: Option<&Mention> = None;
        for m in doc.mentions[lo_m..hi_m].iter().rev() {
            if m.in_quote || m.tok_end > subj_end || m.entity.is_none() {
                continue;
            }
            if after_preposition(doc, m.tok_start) || of_complement(doc, m.tok_start) {
                continue;
            }
            // "Residents of Lyon said", "The mayor of Bankass said": a place after "of" and
            // a word for people or an office is where they are, not its government.
            if m.kind == MentionKind::Place
                && m.tok_start >= lo + 2
                && toks[m.tok_start - 1].text == "of"
                && {
                    let head = toks[m.tok_start - 2].text.to_lowercase();
                    lexicon::is_reference_noun(lexicon::ReferenceList::Anonymous, &head)
                        || lexicon::role_noun(&[head.as_str()]).is_some()
                }
            {
                continue;
            }
            // "X's analysis concluded": the owner of a text speaks through it.
            if possessed(doc, m.tok_end) && !owns_text(doc, m.tok_end, subj_end) {
                continue;
            }
            if m.kind == MentionKind::Person && person_pick.is_none() {
                person_pick = Some(m);
            }
            if pick.is_none() {
                pick = Some(m);
            }
            // Only the clause right before the verb.
            if m.tok_end + 6 < subj_end {
                break;
            }
        }
        let near = (subj_end.saturating_sub(4).max(lo)..subj_end).find(|&k| {
            let w = toks[k].text.lower_cow();
            lexicon::pronoun(&w).is_some()
                && !matches!(w.as_ref(), "his" | "her" | "its" | "their" | "him" | "them")
        });
        if let Some(k) = near {
            let no_name_after = pick.is_none()
                || mentions_in(doc, k + 1, subj_end).all(|m| m.tok_end > subj_end || m.in_quote);
            if no_name_after {
                return self.speaker_of(k, subj_end, true);
            }
        }
        // A place that only describes someone ("a U.S. security adviser", "the Iraqi
        // government spokesperson") or stands far from the verb yields to the sentence's
        // subject when that is an actor.
        // "In a letter from X, the company says": a description between the name and the
        // verb, after a comma, is the subject.
        if let Some(m) = person_pick.or(pick) {
            if let Some(c) = (m.tok_end..subj_end).rev().find(|&k| toks[k].is_punct(',')) {
                let det = toks.get(c + 1).is_some_and(|t| {
                    matches!(t.text.lower_cow().as_ref(), "the" | "its" | "a" | "an")
                });
                if det
                    && subj_end - (c + 1) <= 4
                    && mentions_in(doc, c + 1, subj_end).next().is_none()
                {
                    let p = self.speaker_of(c + 1, subj_end, true);
                    if p.read.speaker.is_some() || p.description.is_some() {
                        return p;
                    }
                }
            }
        }
        if let Some(m) = person_pick.or(pick) {
            // "The Comoros government says": the places layer saw the country acting as
            // its government
            if m.kind == MentionKind::Place && m.government {
                return Phrase::named(mention_ref(m), true);
            }
            let place_modifier = m.kind == MentionKind::Place
                && (m.tok_start > 0
                    && matches!(toks[m.tok_start - 1].text.lower_cow().as_ref(), "a" | "an")
                    || m.tok_end < subj_end && toks[m.tok_end].is_word());
            if m.kind == MentionKind::Place && (place_modifier || m.tok_end != subj_end) {
                if let Some(s) = self.clause_subject(lo, subj_end) {
                    return Phrase::named(mention_ref(s), false);
                }
                if place_modifier {
                    return Phrase::none();
                }
            }
            return Phrase::named(mention_ref(m), m.tok_end == subj_end);
        }
        // A description: "the ministry said", "officials said".
        let from = subj_end.saturating_sub(5).max(lo);
        let from = (from..subj_end)
            .rev()
            .find(|&k| breaks_phrase(&toks[k]))
            .map_or(from, |k| k + 1);
        self.speaker_of(from, subj_end, true)
    }

    /// A definite subject the name and description readings left unresolved, kept as text:
    /// "The U.S. military said …" gives "U.S. military". Only a short phrase right before the
    /// verb at `v` that opens with "the" and holds a capitalised word; "a"/"one …" phrases
    /// are unnamed sources, not speakers.
    fn unnamed_subject(&self, lo: usize, v: usize) -> Option<Cand> {
        let doc = self.doc;
        let toks = &doc.tokens;
        let e = strip_aux(doc, lo, v);
        let s = (lo..e)
            .rev()
            .take(6)
            .take_while(|&k| toks[k].is_word() || toks[k].is_punct('.') || toks[k].text == "-")
            .last()?;
        if !toks[s].text.eq_ignore_ascii_case("the")
            || e - s < 3
            || !toks[s + 1..e].iter().any(|t| t.is_cap())
            || toks[s + 1..e].iter().any(|t| doc.in_quote(t.start))
            || s > lo && is_preposition(doc, s - 1)
        {
            return None;
        }
        let mut p = Phrase::none();
        p.description = Some(doc.tok_text(s + 1, e));
        scored(85, p, Some(toks[v].text.clone()), CuePosition::Before, doc)
    }

    /// The subject of the sentence's main clause in `[s, e)`: its first pronoun, or its first
    /// name not governed by a preposition (after an introductory phrase such as "However," or
    /// "In a statement,"), skipping places that only describe someone ("a U.S. adviser").
    fn main_subject(&self, s: usize, e: usize) -> Option<Phrase> {
        let doc = self.doc;
        let toks = &doc.tokens;
        let mut k = s;
        // Skip quoted speech and an introductory phrase ending with a comma.
        while k < e && (toks[k].kind == TokKind::Punct || doc.in_quote(toks[k].start)) {
            k += 1;
        }
        let intro = toks.get(k).is_some_and(|t| {
            let w = t.text.lower_cow();
            crate::context::PREPOSITIONS.contains(&w.as_ref())
                || w.ends_with("ly")
                || w.ends_with("ing")
                || matches!(
                    w.as_ref(),
                    "however"
                        | "meanwhile"
                        | "later"
                        | "earlier"
                        | "after"
                        | "before"
                        | "when"
                        | "while"
                        | "following"
                        | "speaking"
                        | "also"
                        | "but"
                        | "and"
                        | "yet"
                )
        });
        if intro {
            let c = (k..e.min(k + 12)).find(|&i| toks[i].is_punct(','))?;
            k = c + 1;
        }
        let stop = e.min(k + 6);
        for i in k..stop {
            let t = &toks[i];
            if t.is_punct(',') && i > k {
                break;
            }
            if doc.in_quote(t.start) {
                return None;
            }
            // ("The minister praised Ana Ruiz, saying …": a name after the main verb is its
            // object, not the subject)
            if i > k && t.is_word() && !t.is_cap() && verb_like(doc, i) {
                break;
            }
            let w = t.text.lower_cow();
            if lexicon::pronoun(&w).is_some()
                && !matches!(w.as_ref(), "his" | "her" | "its" | "their" | "him" | "them")
            {
                return Some(self.speaker_of(i, i + 1, true));
            }
            if let Some(m) = mentions_in(doc, i, i + 1).find(|m| m.entity.is_some()) {
                // A place is the subject only when a verb follows it ("Russia rejected …");
                // "the U.S. military's chief" is someone described.
                let place_subject = toks
                    .get(m.tok_end)
                    .is_some_and(|n| n.is_word() && !n.is_cap() && verb_like(doc, m.tok_end));
                // Likewise an organization before a noun ("the BBC reporter").
                let modifier = toks.get(m.tok_end).is_some_and(|n| {
                    n.is_word()
                        && !n.is_cap()
                        && !verb_like(doc, m.tok_end)
                        && !matches!(n.text.as_str(), "and" | "or" | "who" | "which")
                });
                if m.kind == MentionKind::Place && !place_subject
                    || m.kind == MentionKind::Organization && modifier
                {
                    continue;
                }
                if !after_preposition(doc, m.tok_start) && !possessed(doc, m.tok_end) {
                    return Some(Phrase::named(mention_ref(m), place_subject));
                }
            }
        }
        // "The minister hit back, saying …": a definite description before the main verb.
        if toks
            .get(k)
            .is_some_and(|t| t.text.eq_ignore_ascii_case("the"))
        {
            // ("the minister", "the finance minister": the shortest that resolves)
            return (k + 2..stop.min(k + 4))
                .take_while(|&j| toks[j - 1].is_word() && !toks[j - 1].is_cap())
                .map(|j| self.speaker_of(k, j, true))
                .find(|p| p.read.speaker.is_some());
        }
        None
    }

    /// "a statement by X", "a warning from X": the author of a written text.
    fn author_after(&self, s: usize, e: usize) -> Phrase {
        let doc = self.doc;
        let by = (s..e.min(s + 6)).find(|&k| {
            matches!(
                doc.tokens[k].text.lower_cow().as_ref(),
                "by" | "from" | "of"
            )
        });
        match by {
            Some(b) => match mentions_in(doc, b + 1, e).find(|m| m.entity.is_some()) {
                Some(m) => Phrase::named(mention_ref(m), true),
                None => self.speaker_of(b + 1, e, false),
            },
            None => self.speaker_of(s, e, false),
        }
    }

    /// The first actor of the clause `[lo, e)` that is not the object of a preposition nor an
    /// owner: the subject of "General X, a U.S. adviser in Kabul, also said".
    fn clause_subject(&self, lo: usize, e: usize) -> Option<&Mention> {
        let doc = self.doc;
        mentions_in(doc, lo, e).find(|m| {
            m.kind != MentionKind::Place
                && m.entity.is_some()
                && !m.in_quote
                && !after_preposition(doc, m.tok_start)
                && !possessed(doc, m.tok_end)
                && m.tok_start <= lo + 4
        })
    }

    /// A quote with no cue of its own that stands right after a sentence reporting someone's
    /// words: "Heald noted the findings show X. “Q.”", or after a sentence (perhaps in the
    /// paragraph before) that ends with a colon: "X said in a statement:" ¶ "“Q”".
    fn previous_sentence(&self, open: usize) -> Option<Cand> {
        let doc = self.doc;
        let qt = doc.token_at(open);
        let t = doc.tokens.get(qt)?;
        if !t.sent_start {
            return None;
        }
        let prev = doc.sentences.get(t.sent.checked_sub(1)?)?;
        let colon = doc.tokens[prev.tok_end - 1].is_punct(':');
        let across = doc.tokens[prev.tok_start].para != t.para;
        // Without a colon, a sentence of the paragraph before introduces only a quote that
        // is its whole paragraph: "Lee explained the union's position." ¶ "“Q.”"
        if across && !colon && !self.whole_paragraph(open) {
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
        let v = (prev.tok_start..prev.tok_end).find(|&k| {
            (is_cue_token(doc, k) || colon && is_stance_form(doc, k))
                && !doc.tokens[k].text.ends_with("ing")
        })?;
        let p = self.subject_before(prev.tok_start, v);
        p.read.speaker?;
        let (base, position) = if colon {
            (75, CuePosition::Colon)
        } else if across {
            (50, CuePosition::PreviousSentence)
        } else {
            (55, CuePosition::PreviousSentence)
        };
        scored(base, p, Some(doc.tokens[v].text.clone()), position, doc)
    }

    /// The quote opening at `open` is its paragraph's whole text.
    fn whole_paragraph(&self, open: usize) -> bool {
        let doc = self.doc;
        let (ps, pe) = match doc.text.paragraphs.get(doc.text.paragraph_of(open)) {
            Some(&p) => p,
            None => return false,
        };
        // (spans are sorted by their opening: the one opening here is found by bisection)
        let spans = &doc.quote_spans;
        ps == open
            && spans[spans.partition_point(|q| q.open < open)..]
                .iter()
                .take_while(|q| q.open == open)
                .find(|q| !q.nested)
                .is_some_and(|q| {
                    doc.text.chars[q.close.min(pe)..pe]
                        .iter()
                        .all(|c| c.is_whitespace())
                })
    }

    /// "according to X" or "in the words of X" starting at token `k`.
    fn phrase_at(&self, k: usize, end: usize, base: i32) -> Option<Cand> {
        let doc = self.doc;
        let toks = &doc.tokens;
        let w = |i: usize| toks.get(i).map(|t| t.text.lower_cow()).unwrap_or_default();
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
        // The speaker phrase stays within the caller's window (before the quote, or the
        // frame).
        let limit = (s + 10).min(toks.len()).min(end.max(s));
        while e < limit
            && !(toks[e].kind == TokKind::Punct
                && matches!(toks[e].text.as_str(), "." | ";" | "\"" | "“" | "”" | ":")
                && !abbreviation_stop(doc, e))
        {
            e += 1;
        }
        let mut p = self.speaker_of(s, e, false);
        // "according to Alma Dunne, an officer of the agency": a name the name layer missed
        // comes before the body it works for.
        if mentions_in(doc, s, s + 1).next().is_none() {
            if let Some(d) = capitalised_run(doc, s, e) {
                p = Phrase::none();
                p.description = Some(d);
            }
        }
        p.read.subject_place = true;
        let c = scored(base, p, Some(text.to_string()), CuePosition::Phrase, doc);
        Some(c.unwrap_or(Cand {
            speaker: None,
            description: None,
            cue: Some(text.to_string()),
            position: CuePosition::Phrase,
            via: Via::Description,
            score: 0,
        }))
    }

    /// "according to X" anywhere in the sentence holding the quote, outside quotes.
    fn phrase_anywhere(&self, open: usize, close: usize) -> Option<Cand> {
        let doc = self.doc;
        let qt = doc.token_at(open).min(doc.tokens.len().saturating_sub(1));
        let sent = doc.tokens.get(qt)?.sent;
        let s = doc.sentences[sent];
        let after = doc.token_at(close);
        (after..s.tok_end).find_map(|k| self.phrase_at(k, s.tok_end, 80))
    }

    /// Resolves a speaker phrase; `subject` prefers the last person in it (the head of
    /// "State Department spokesman Ned Price"), otherwise the first name in it wins ("said
    /// X, …").
    fn speaker_of(&self, s: usize, e: usize, subject: bool) -> Phrase {
        let doc = self.doc;
        if s >= e {
            return Phrase::none();
        }
        let toks = &doc.tokens;
        // "followers of X said": in a subject, the noun before a non-role "of" is the head.
        let e = if subject {
            mentions_in(doc, s, e)
                .find(|m| of_complement(doc, m.tok_start) && m.tok_start >= s + 2)
                .map_or(e, |m| m.tok_start - 1)
        } else {
            e
        };
        // Names in the phrase ("officials in Kenya": a place after a preposition, in a
        // subject whose head names no one, only says where they are).
        let names: Vec<&Mention> = mentions_in(doc, s, e)
            .filter(|m| m.entity.is_some() && !m.in_quote && !possessed(doc, m.tok_end))
            .filter(|m| {
                // ("residents of Lyon", "the mayor of Bankass": the people or the office
                // holder of a place, not its government)
                !(subject
                    && m.kind == MentionKind::Place
                    && m.tok_start > s + 1
                    && (after_preposition(doc, m.tok_start) || toks[m.tok_start - 1].text == "of")
                    && {
                        let head = toks[m.tok_start - 2].text.to_lowercase();
                        lexicon::is_reference_noun(lexicon::ReferenceList::Anonymous, &head)
                            || lexicon::role_noun(&[head.as_str()]).is_some()
                    })
            })
            .collect();
        if !names.is_empty() {
            let persons: Vec<&&Mention> = names
                .iter()
                .filter(|m| m.kind == MentionKind::Person)
                .collect();
            let m = if subject {
                persons.last().copied().copied().or(names.last().copied())
            } else {
                // After the verb the first name is the speaker; skip names after a
                // preposition.
                names
                    .iter()
                    .copied()
                    .find(|m| {
                        m.tok_start == 0
                            || !PREPOSITIONS
                                .contains(&toks[m.tok_start - 1].text.lower_cow().as_ref())
                            || toks[m.tok_start - 1].text == "for" && m.tok_start - 1 > s
                    })
                    // "said a fisherman in Vigo": a name after a preposition is not the
                    // speaker.
                    .or_else(|| {
                        let lead = toks[s].text.lower_cow();
                        (!matches!(lead.as_ref(), "a" | "an" | "one" | "another" | "some"))
                            .then(|| names.first().copied())
                            .flatten()
                    })
            };
            if let Some(m) = m {
                // a place the places layer saw acting as its government ("The Comoros
                // government says") speaks as the subject
                let government = m.kind == MentionKind::Place && m.government;
                return Phrase::named(mention_ref(m), government);
            }
        }
        // Trim the phrase to its first clause for descriptions and pronouns.
        let mut e2 = s;
        while e2 < e && !breaks_phrase(&toks[e2]) {
            e2 += 1;
        }
        if e2 == s {
            return Phrase::none();
        }
        let (s2, e2) = if subject {
            // "…, one nuclear official said": take the words right before the verb.
            (e2.saturating_sub(5).max(s), e2)
        } else {
            (s, e2.min(s + 6))
        };
        if e2 == s2 + 1 {
            let w = toks[s2].text.lower_cow();
            if let Some((gender, false)) = lexicon::pronoun(&w) {
                if matches!(gender, Gender::Male | Gender::Female) {
                    if let Some(r) = self.previous_speaker_for(s2, gender) {
                        return Phrase {
                            read: Read {
                                speaker: Some(r),
                                via: Via::Pronoun,
                                subject_place: false,
                            },
                            description: None,
                        };
                    }
                }
            }
        }
        if let Some(r) = entities::resolve(doc, s2, e2) {
            let via = if e2 == s2 + 1 && lexicon::pronoun(&toks[s2].text).is_some() {
                Via::Pronoun
            } else {
                Via::Description
            };
            return Phrase {
                read: Read {
                    speaker: Some(r),
                    via,
                    subject_place: false,
                },
                description: None,
            };
        }
        // An unresolved definite description keeps its words as the speaker's name.
        let words: Vec<String> = toks[s2..e2].iter().map(|t| t.text.clone()).collect();
        if words.first().is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && words.len() >= 2
            && words.len() <= 4
        {
            let head = words.last().map(|w| w.lower_cow()).unwrap_or_default();
            if lexicon::role_noun(&[head.as_ref()]).is_some()
                || lexicon::is_org_suffix(&capitalise(&head))
            {
                let mut p = Phrase::none();
                p.description = Some(doc.tok_text(s2 + 1, e2));
                return p;
            }
        }
        Phrase::none()
    }

    /// "he"/"she" at token `k` goes on with the previous quote's speaker when that speaker
    /// is a person of a compatible gender and no other compatible person was named as a
    /// sentence's subject since (speaker continuity, the convention of news prose).
    fn previous_speaker_for(&self, k: usize, gender: Gender) -> Option<SpeakerRef> {
        let doc = self.doc;
        let (prev, prev_sent) = self.prev?;
        let SpeakerRef::Actor(a) = prev else {
            return None;
        };
        let actor = doc.actors.get(a)?;
        let compatible = |e: &crate::doc::ActorEntity| {
            e.kind == ActorKind::Person && (e.gender == gender || e.gender == Gender::Unknown)
        };
        if !compatible(actor) {
            return None;
        }
        let here = doc.tokens[k].sent;
        if here < prev_sent || here > prev_sent + 8 {
            return None;
        }
        // Any other compatible person named (outside quotes, not after a preposition)
        // between the previous quote's sentence and the pronoun breaks the continuity.
        let from = doc.sentences[prev_sent].tok_start;
        let rival = mentions_in(doc, from, k).any(|m| {
            m.kind == MentionKind::Person
                && !m.in_quote
                && m.entity
                    .is_some_and(|e| e != a && compatible(&doc.actors[e]))
                && doc.tokens[m.tok_start].sent > prev_sent
                && !after_preposition(doc, m.tok_start)
                && (m.tok_start <= doc.sentences[doc.tokens[m.tok_start].sent].tok_start + 3
                    || cue_after(doc, m.tok_end)
                    || introduced(doc, m.tok_start)
                    || doc
                        .tokens
                        .get(m.tok_end)
                        .is_some_and(|t| t.is_word() && !t.is_cap() && t.text.ends_with("ed")))
        });
        (!rival).then_some(prev)
    }
}

/// A person named right after a reporting cue ("according to production manager X", "said
/// X") becomes the one a later "he" or "she" may mean.
fn introduced(doc: &Doc, k: usize) -> bool {
    let toks = &doc.tokens;
    let sent_start = doc.sentences[toks[k].sent].tok_start;
    (k.saturating_sub(5).max(sent_start)..k).any(|i| {
        is_cue_token(doc, i)
            || toks[i].text.eq_ignore_ascii_case("according")
                && toks.get(i + 1).is_some_and(|t| t.text == "to")
    })
}

/// A name after "of"/"for" that completes a noun which is no role ("followers of X",
/// "the work of X"); "a spokesman for X" keeps X, the body that speaks.
fn of_complement(doc: &Doc, k: usize) -> bool {
    k >= 2 && matches!(doc.tokens[k - 1].text.lower_cow().as_ref(), "of" | "for") && {
        let w = doc.tokens[k - 2].text.lower_cow();
        // capitalised only by its position: "Followers of X considered …"
        doc.tokens[k - 2].is_word()
            && (!doc.tokens[k - 2].is_cap() || doc.tokens[k - 2].sent_start)
            && lexicon::role_noun(&[w.as_ref()]).is_none()
            && !lexicon::is_org_prefix(&capitalise(&w))
    }
}

/// The possessive at `e` owns a text that speaks ("X's report said", "X's recent analysis
/// … concluded"): a document noun within the subject `[e, subj_end)`.
fn owns_text(doc: &Doc, e: usize, subj_end: usize) -> bool {
    (e + 1..subj_end.min(e + 5)).any(|k| lexicon::is_document_noun(&doc.tokens[k].text))
}

/// A lowercase word that reads as a finite verb or its auxiliary: a cue or stance form, an
/// auxiliary, or a past or third-person form ("rejected", "says").
fn verb_like(doc: &Doc, k: usize) -> bool {
    let w = doc.tokens[k].text.lower_cow();
    is_cue_token(doc, k)
        || lexicon::stance_verb(&w).is_some()
        || is_adverb_or_aux(&w)
        || matches!(w.as_ref(), "is" | "was" | "were" | "are")
        || w.ends_with("ed")
}

/// Punctuation that ends a speaker phrase; a possessive does not ("the boy's mother").
fn breaks_phrase(t: &crate::tokens::Token) -> bool {
    t.kind == TokKind::Punct
        && !matches!(t.text.as_str(), "'s" | "’s" | "'" | "’")
        // a hyphen joined to the word before ("the 28-year-old") does not break it
        && (t.text != "-" || t.space_before)
}

fn mention_ref(m: &Mention) -> SpeakerRef {
    match m.kind {
        MentionKind::Place => SpeakerRef::Place(m.entity.unwrap_or(0)),
        _ => SpeakerRef::Actor(m.entity.unwrap_or(0)),
    }
}

/// Two to four capitalised words at `s` (stopping at punctuation): a full name the name layer
/// did not find, kept as the speaker's display text.
fn capitalised_run(doc: &Doc, s: usize, e: usize) -> Option<String> {
    let toks = &doc.tokens;
    let mut k = s;
    while k < e && toks[k].is_word() && toks[k].is_cap() {
        k += 1;
    }
    let n = k - s;
    let first = toks.get(s)?;
    if !(2..=4).contains(&n)
        || lexicon::is_stopword(&first.text)
        || lexicon::title(&[first.text.as_str()]).is_some()
        || (k < e && !toks[k].is_punct(','))
    {
        return None;
    }
    Some(doc.tok_text(s, k))
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// Where the speaker of a reported statement is to be read ([`super::reported`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Anchor {
    /// The subject of the cue verb at token `v` speaks: "the ministry said it would …",
    /// "…, she said."; a participle after a comma or a coordinated verb shares the main
    /// clause's subject; a passive names its speaker after "by". `lo` is where the clause
    /// may start.
    Verb { lo: usize, v: usize },
    /// The speaker follows the cue verb at `v`, within tokens `[v + 1, e)`: "…, said the
    /// minister."
    Inverted { v: usize, e: usize },
    /// "according to X" at token `k`, the phrase ending before `e`.
    Phrase { k: usize, e: usize },
    /// "X's claim that …": the name ending at token `e` (before the possessive "'s") owns the
    /// statement noun at token `k`.
    Possessor { k: usize, e: usize },
    /// A sentence-initial participle ("Announcing that …, the president said …") shares the
    /// subject of the main clause in tokens `[s, e)`.
    MainClause { v: usize, s: usize, e: usize },
    /// No speaker is named: an agentless passive ("the court was told that …").
    Nobody,
}

/// Gives each reported statement in `stmts` (in text order, `kind` indirect) its speaker,
/// with the same reading of speaker phrases as direct quotes. `direct` are the direct quotes
/// with their speakers: a "he" or "she" goes on with the speaker of the nearest earlier quote
/// or statement, as for quotes.
pub(super) fn attribute_statements(
    doc: &Doc,
    stmts: &mut [QuoteFound],
    anchors: &[Anchor],
    direct: &[QuoteFound],
) {
    let mut f = Finder { doc, prev: None };
    let mut di = 0;
    let mut last_stmt: Option<(usize, SpeakerRef, usize)> = None;
    let mut last_done: Option<QuoteFound> = None;
    for (st, &anchor) in stmts.iter_mut().zip(anchors) {
        // The nearest earlier speaker, of a direct quote or a statement.
        while di < direct.len() && direct[di].inner.0 < st.inner.0 {
            di += 1;
        }
        let from_direct = direct[..di]
            .iter()
            .rev()
            .find_map(|q| q.speaker.map(|s| (q.inner.1, s)));
        f.prev = match (from_direct, last_stmt) {
            (Some((dp, _)), Some((sp, ss, ssent))) if sp > dp => Some((ss, ssent)),
            (Some((dp, ds)), _) => Some((ds, f.sentence_of(dp.saturating_sub(1)))),
            (None, Some((_, ss, ssent))) => Some((ss, ssent)),
            (None, None) => None,
        };
        let toks = &doc.tokens;
        let cand = match anchor {
            Anchor::Verb { lo, v } => {
                let s_start = doc.sentences[toks[v].sent].tok_start;
                let qt = doc.token_at(st.inner.0).max(v + 1);
                f.at_verb(lo.max(s_start), s_start, v, qt)
            }
            Anchor::Inverted { v, e } => {
                let mut p = f.speaker_of(v + 1, e, false);
                if p.read.speaker.is_none() && p.description.is_none() {
                    p.description = capitalised_run(doc, v + 1, e);
                }
                p.read.subject_place = true;
                scored(
                    100,
                    p,
                    Some(toks[v].text.clone()),
                    CuePosition::Inverted,
                    doc,
                )
            }
            Anchor::Phrase { k, e } => f.phrase_at(k, e, 95),
            Anchor::Possessor { k, e } => mentions_in(doc, e.saturating_sub(8), e)
                .filter(|m| m.tok_end == e && m.entity.is_some() && !m.in_quote)
                .last()
                .and_then(|m| {
                    scored(
                        90,
                        Phrase::named(mention_ref(m), false),
                        Some(toks[k].text.clone()),
                        CuePosition::Before,
                        doc,
                    )
                }),
            Anchor::MainClause { v, s, e } => f
                .main_subject(s, e)
                .and_then(|p| scored(85, p, Some(toks[v].text.clone()), CuePosition::Before, doc)),
            Anchor::Nobody => None,
        };
        let mut cand = cand.filter(|c| c.has_speaker() && c.score >= MIN_SCORE);
        if cand.is_none() {
            if let Anchor::Verb { lo, v } = anchor {
                cand = f.unnamed_subject(lo, v).or_else(|| {
                    // "X said … and described it as …": a coordinated verb goes on with the
                    // sentence's earlier speaker.
                    let sv = strip_aux(doc, lo, v);
                    let coordinated =
                        sv > lo && matches!(toks[sv - 1].text.lower_cow().as_ref(), "and" | "but");
                    let in_here = f.sentence_test(v);
                    let earlier = direct
                        .iter()
                        .filter(|q| q.inner.1 <= toks[v].start)
                        .chain(last_done.iter())
                        .filter(|q| in_here(q.inner.0) && q.speaker.is_some())
                        .max_by_key(|q| q.inner.1);
                    match (coordinated, earlier) {
                        (true, Some(q)) => Some(chain(q, CuePosition::SameSentence, 70)),
                        _ => None,
                    }
                });
            }
        }
        if let Some(c) = cand {
            apply(st, &c);
            if let Some(s) = st.speaker {
                last_stmt = Some((st.inner.1, s, f.sentence_of(st.inner.0)));
            }
        }
        last_done = Some(st.clone());
    }
}

/// A full stop that ends an abbreviation inside the sentence ("Mr.", "Dr.", "U.S."), not
/// the sentence: the next token is in the same sentence.
fn abbreviation_stop(doc: &Doc, k: usize) -> bool {
    let toks = &doc.tokens;
    toks[k].text == "." && toks.get(k + 1).is_some_and(|n| n.sent == toks[k].sent)
}
