//! Reported speech: statements given in the reporter's words after a cue of communication.
//!
//! A reported statement is a cue (`data/lexicon/reported_cues.txt`: said, told … that, urged …
//! to, accused … of, described … as, according to) with the content it introduces:
//!
//! | frame | example | content |
//! |---|---|---|
//! | clause | `the ministry said (that) it would review the contract` | the clause after the cue and "that" |
//! | obj_clause | `she told reporters (that) the talks had failed` | the clause after the object |
//! | to, obj_to | `he pledged to resign`, `she urged voters to stay home` | the infinitive, with the object before it |
//! | wh | `he asked officials how the files were lost` | the wh-clause |
//! | as, of | `X described the ruling as a disgrace`, `X accused Y of lying` | object and description / the gerund |
//! | ing | `he denied taking bribes` | the gerund and its object |
//! | quoted | `X called the plan “theft”` | the complement holding the quoted words |
//! | parenthetical | `The talks had failed, the minister said.` | the host clause |
//! | aside | `The plan, the minister said, would cost £3m.` | the whole sentence |
//! | according to | `According to the coroner, the driver had not slept.` | the host clause |
//! | possessor | `Berg's claim that the figures were wrong was denied.` | the that-clause |
//!
//! A bare clause (no "that") must read as a finite clause (a subject-like word, then an
//! auxiliary, a modal or a past form within a few words; `data/lexicon/finite_verbs.txt`), so
//! "denied the allegations" is not a statement. The content runs to the end of its sentence,
//! or to a semicolon, a participial cue (", saying …") or a later attribution (", X said");
//! a partial direct quote inside it stays a direct quote too. A whole direct quote after a
//! cue (`X said: “…”`) is a direct quote, not a statement. Verbs of thought and feeling
//! (think, hope, fear) are not cues.
//!
//! Speakers are read by [`super::speaker::attribute_statements`], the step that reads direct
//! quotes' speakers, so both kinds of speech name the same actors.

use std::borrow::Cow;

use std::sync::OnceLock;

use super::speaker::Anchor;
use crate::doc::{Doc, QuoteFound};
use crate::gazetteer::Map;
use crate::lexicon;
use crate::summary::QuoteKind;
use crate::tokens::Lower;
use crate::tokens::TokKind;

const CUES: &str = crate::data_file!("data/lexicon/reported_cues.txt");
const FINITE: &str = crate::data_file!("data/lexicon/finite_verbs.txt");
const STATEMENT_NOUNS: &str = crate::data_file!("data/lexicon/statement_nouns.txt");

/// The complements a cue takes (columns of `reported_cues.txt`).
#[derive(Debug, Clone, Copy, Default)]
struct Frames {
    clause: bool,
    obj_clause: bool,
    to: bool,
    obj_to: bool,
    wh: bool,
    as_: bool,
    of: bool,
    ing: bool,
    quoted: bool,
    noun: bool,
    /// A bare clause after the cue needs only a finite verb after its subject ("said police
    /// arrested two men"): the cue takes a clause far more often than a noun object.
    bare: bool,
}

/// A cue's form: its words, lemma and frames.
type Form = (Vec<&'static str>, &'static str, Frames);

struct Cues {
    /// First word of a form → its forms, longest first.
    forms: Map<&'static str, Vec<Form>>,
    finite: Map<&'static str, ()>,
    /// Nouns naming a statement ("claim", "allegation"), from `statement_nouns.txt`.
    nouns: Map<&'static str, ()>,
}

fn cues() -> &'static Cues {
    static CELL: OnceLock<Cues> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut forms: Map<&'static str, Vec<Form>> = Map::default();
        for line in CUES.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&'static str> = line.split('\t').collect();
            let (lemma, list, fr) = (cols[0], cols.get(1).copied().unwrap_or(""), cols.get(2));
            let mut frames = Frames::default();
            for f in fr.copied().unwrap_or("").split_whitespace() {
                match f {
                    "clause" => frames.clause = true,
                    "obj_clause" => frames.obj_clause = true,
                    "to" => frames.to = true,
                    "obj_to" => frames.obj_to = true,
                    "wh" => frames.wh = true,
                    "as" => frames.as_ = true,
                    "of" => frames.of = true,
                    "ing" => frames.ing = true,
                    "quoted" => frames.quoted = true,
                    "noun" => frames.noun = true,
                    "bare" => frames.bare = true,
                    _ => {}
                }
            }
            for form in list.split(',') {
                let words: Vec<&'static str> = form.split_whitespace().collect();
                if let Some(&first) = words.first() {
                    forms.entry(first).or_default().push((words, lemma, frames));
                }
            }
        }
        for v in forms.values_mut() {
            v.sort_by_key(|(w, _, _)| std::cmp::Reverse(w.len()));
        }
        let words = |list: &'static str| {
            list.lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                .map(|l| (l.trim(), ()))
                .collect()
        };
        Cues {
            forms,
            finite: words(FINITE),
            nouns: words(STATEMENT_NOUNS),
        }
    })
}

/// Words before a cue that make it a noun ("the claim", "his statement").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
    "such", "any", "no", "some", "that", "of", "whose", "every", "each",
];

/// Conjunctions that open a subordinate clause: what follows one is not the content of a
/// cue before it.
const SUBORDINATORS: &[&str] = &[
    "as", "while", "whereas", "although", "though", "because", "since", "when", "after", "before",
    "until", "if", "unless",
];

/// Subject pronouns that open a bare clause.
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you", "there", "this"];

/// Auxiliaries and modals: after a bare noun they make it a clause's subject ("said prices
/// will rise", "said concerns had been raised").
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "should", "can", "could",
    "may", "might", "must",
];

/// Words that open a bare clause's subject besides pronouns and names.
const CLAUSE_OPENERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "our", "some", "no", "all", "most", "many",
    "more", "several", "both", "each", "every", "any", "none", "only", "these", "those", "such",
    "nothing", "nobody", "everyone", "one", "two", "three", "if", "while", "although", "when",
    "unless", "because", "despite", "since", "without", "after", "before", "once", "until", "next",
    "last", "another", "other", "few", "four", "five", "six", "ten",
];

const WH_WORDS: &[&str] = &[
    "how", "why", "whether", "what", "when", "where", "who", "which", "if",
];

/// Participial cues that start a new statement after a comma (", saying …").
const FOLLOWING_CUES: &[&str] = &[
    "saying",
    "adding",
    "noting",
    "stating",
    "claiming",
    "insisting",
    "warning",
    "arguing",
    "explaining",
    "calling",
    "urging",
    "accusing",
    "telling",
    "describing",
    "announcing",
    "stressing",
    "suggesting",
    "according",
];

/// Words of a short adjunct between a cue and its content: "said yesterday that", "told
/// reporters on Tuesday", "said in a statement that".
const TIME_WORDS: &[&str] = &[
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "again",
    "also",
    "recently",
    "then",
    "now",
    "previously",
    "once",
    "still",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Heads of "on/in/at/during …" adjuncts: "in a statement", "on Tuesday", "at a briefing".
const ADJUNCT_HEADS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
    "statement",
    "interview",
    "letter",
    "conference",
    "release",
    "speech",
    "briefing",
    "message",
    "post",
    "tweet",
    "report",
    "address",
    "broadcast",
    "court",
    "parliament",
    "hearing",
    "meeting",
    "time",
    "past",
    "end",
    "response",
    "reply",
    "email",
    "e-mail",
    "video",
    "blog",
    "article",
    "op-ed",
    "editorial",
    "radio",
    "television",
    "tv",
    "appearance",
    "ruling",
    "judgment",
    "documents",
    "filing",
    "testimony",
];

fn lower(doc: &Doc, k: usize) -> Cow<'_, str> {
    doc.tokens
        .get(k)
        .map_or(Cow::Borrowed(""), |t| t.text.lower_cow())
}

/// Finds every reported statement; the speakers are filled in afterwards. Returns the
/// statements (kind indirect, in text order) and where each one's speaker is to be read.
pub(super) fn find(doc: &Doc) -> (Vec<QuoteFound>, Vec<Anchor>) {
    let mut out: Vec<(QuoteFound, Anchor)> = Vec::new();
    for si in 0..doc.sentences.len() {
        sentence(doc, si, &mut out);
    }
    // Longest first at each start; a statement inside or across an earlier one is dropped
    // (the outer statement holds its words), so statements never overlap.
    out.sort_by_key(|(q, _)| (q.inner.0, std::cmp::Reverse(q.inner.1)));
    let mut kept: Vec<(QuoteFound, Anchor)> = Vec::with_capacity(out.len());
    for st in out {
        if kept.last().is_none_or(|(k, _)| st.0.inner.0 >= k.inner.1) {
            kept.push(st);
        }
    }
    kept.into_iter().unzip()
}

/// The statements of sentence `si`.
fn sentence(doc: &Doc, si: usize, out: &mut Vec<(QuoteFound, Anchor)>) {
    let s = doc.sentences[si];
    let toks = &doc.tokens;
    let (ss, se) = (s.tok_start, s.tok_end);
    if se <= ss + 2 {
        return;
    }
    let mut k = ss;
    while k < se {
        let t = &toks[k];
        if !t.is_word() || doc.in_quote(t.start) {
            k += 1;
            continue;
        }
        if lower(doc, k) == "according" && lower(doc, k + 1) == "to" {
            according_to(doc, k, ss, se, out);
            k += 2;
            continue;
        }
        if let Some(st) = possessed_statement(doc, k, se) {
            out.push(st);
            k += 2;
            continue;
        }
        if let Some((n, frames)) = cue_at(doc, k, ss) {
            if let Some(st) = aside(doc, k, n, ss, se) {
                out.push(st);
            } else if let Some(st) = statement(doc, k, n, frames, ss, se) {
                out.push(st);
            } else if let Some(st) = parenthetical(doc, k, n, ss, se) {
                out.push(st);
            }
            k += n;
            continue;
        }
        k += 1;
    }
}

/// A cue at token `k` read as a verb: (words it spans, frames).
fn cue_at(doc: &Doc, k: usize, ss: usize) -> Option<(usize, Frames)> {
    let toks = &doc.tokens;
    let w = lower(doc, k);
    let entries = cues().forms.get(w.as_ref())?;
    let (n, lemma, frames) = entries.iter().find_map(|(words, lemma, frames)| {
        let ok = words.iter().enumerate().all(|(i, fw)| {
            toks.get(k + i)
                .is_some_and(|t| t.text.eq_ignore_ascii_case(fw))
        });
        ok.then_some((words.len(), *lemma, *frames))
    })?;
    let t = &toks[k];
    // A capitalised cue inside a sentence is a name ("Said", "Rule").
    if t.is_cap() && k != ss && !t.sent_start {
        return None;
    }
    if k > ss {
        let prev = lower(doc, k - 1);
        // "the claim", "Smith's claim".
        if DETERMINERS.contains(&prev.as_ref()) || matches!(prev.as_ref(), "'s" | "’s") {
            return None;
        }
    }
    // A bare form that is also a noun ("report", "state", "call", "show") needs a subject
    // right before it, or "to" / a modal.
    let bare = w == lemma || w.ends_with('s') && !w.ends_with("ss") && lemma != w;
    // "a light show that can be seen", "claims that were made": "that" right before an
    // auxiliary is the subject of a relative clause, so the bare form is a noun.
    if frames.noun
        && bare
        && n == 1
        && lower(doc, k + 1) == "that"
        && AUXILIARIES.contains(&lower(doc, k + 2).as_ref())
    {
        return None;
    }
    // "Gulf states had agreed", "the reports were false": a bare form right before an
    // auxiliary is the subject, a noun.
    if frames.noun && bare && n == 1 && AUXILIARIES.contains(&lower(doc, k + 1).as_ref()) {
        return None;
    }
    if frames.noun && bare && n == 1 && k > ss && lower(doc, k + 1) != "that" {
        let prev = &toks[k - 1];
        let pw = prev.text.lower_cow();
        let subject_like = lexicon::pronoun(&pw).is_some()
            || prev.is_cap()
            || matches!(
                pw.as_ref(),
                "to" | "will"
                    | "would"
                    | "could"
                    | "should"
                    | "may"
                    | "might"
                    | "must"
                    | "can"
                    | "did"
                    | "does"
                    | "do"
                    | "also"
                    | "now"
                    | "still"
                    | "often"
                    | "repeatedly"
                    | "who"
                    | "which"
                    | "that"
                    | "and"
            )
            || prev.is_word() && !prev.is_cap() && prev.text.ends_with('s');
        if !subject_like {
            return None;
        }
    }
    Some((n, frames))
}

/// A gerund opening a complement at token `k`: "having"/"being", or a lowercase -ing word
/// followed by its object ("taking bribes", "lying to investigators"), not by a preposition
/// or the end of the clause as a noun is ("denied wrongdoing in the affair").
fn gerund_at(doc: &Doc, k: usize, se: usize) -> bool {
    let toks = &doc.tokens;
    let Some(t) = toks.get(k).filter(|t| k < se && t.is_word() && !t.is_cap()) else {
        return false;
    };
    let w = t.text.to_lowercase();
    if w == "having" || w == "being" {
        return true;
    }
    if !w.ends_with("ing") || w.len() < 5 || doc.in_quote(t.start) {
        return false;
    }
    toks.get(k + 1).is_some_and(|n| {
        k + 1 < se
            && n.is_word()
            && !n.is_cap()
            && (!lexicon::is_function_word(&n.text)
                || crate::context::is_determiner(&n.text)
                || matches!(n.text.as_str(), "to" | "them" | "him" | "it" | "us" | "me"))
    })
}

/// A finite-clause marker at token `k`: an auxiliary, a modal, an irregular past or a
/// regular past / third-person form of a lowercase word.
fn finite_at(doc: &Doc, k: usize) -> bool {
    let t = &doc.tokens[k];
    if !t.is_word() || t.is_cap() {
        return false;
    }
    let w = lower(doc, k);
    cues().finite.contains_key(w.as_ref())
        || w.len() > 4 && w.ends_with("ed")
        || w.len() == 4 && w.ends_with("ied")
}

/// A present third-person form at `k` after a subject ("the firm makes cars", "officers
/// remain"): a lowercase word ending in "s" (not "ss", "us", "is") or a plural-subject verb
/// from the finite list, followed by a word or a number.
fn present_form(doc: &Doc, k: usize, se: usize) -> bool {
    let toks = &doc.tokens;
    let t = &toks[k];
    let w = t.text.as_str();
    t.is_word()
        && !t.is_cap()
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !lexicon::is_function_word(w)
        && toks
            .get(k + 1)
            .is_some_and(|n| k + 1 < se && (n.is_word() || n.kind == TokKind::Number))
}

/// A finite verb at `k` that is not a participle inside a noun phrase: "described the
/// detained reporters as …" has no verb between the cue and "as".
fn verb_at(doc: &Doc, k: usize) -> bool {
    finite_at(doc, k)
        && !(k > 0
            && matches!(
                lower(doc, k - 1).as_ref(),
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "these" | "those"
            ))
}

/// Does a finite clause open at `j` (a subject, then a finite verb within a few words)?
fn bare_clause_at(doc: &Doc, j: usize, se: usize, loose: bool) -> bool {
    let toks = &doc.tokens;
    let Some(t) = toks.get(j) else {
        return false;
    };
    if j >= se || !(t.is_word() || t.kind == TokKind::Number) {
        return false;
    }
    let w = t.text.lower_cow();
    // A name may start in lower case: "bin Laden", "al-Qaeda".
    let name_starts = || {
        let m = doc.mentions.partition_point(|m| m.tok_start < j);
        doc.mentions.get(m).is_some_and(|m| m.tok_start == j)
    };
    // A bare noun phrase before an auxiliary: "said concerns had been raised", "said air
    // defences had destroyed …".
    let bare_noun = || {
        let plain = |k: usize| {
            toks.get(k).is_some_and(|n| {
                k < se && n.is_word() && !n.is_cap() && !lexicon::is_function_word(&n.text)
            })
        };
        if !plain(j) {
            return false;
        }
        // (after "said" or "told", any finite verb will do: "said police arrested two men",
        // "said sales fell 3%")
        let aux = |k: usize| {
            k < se
                && (AUXILIARIES.contains(&toks[k].text.as_str())
                    || loose && (finite_at(doc, k) || present_form(doc, k, se)))
        };
        if (j + 1..(j + 4).min(se)).any(|k| aux(k) && (j + 1..k).all(|i| plain(i) && !aux(i))) {
            return true;
        }
        // "said crime in the town had fallen", "said prices of food had risen": the noun
        // phrase may end in a prepositional phrase.
        let mut k = j + 1;
        while k < j + 3 && !aux(k) && plain(k) {
            k += 1;
        }
        if !matches!(
            lower(doc, k).as_ref(),
            "in" | "on" | "of" | "at" | "from" | "for" | "across" | "around"
        ) {
            return false;
        }
        k += 1;
        if matches!(
            lower(doc, k).as_ref(),
            "the" | "a" | "an" | "this" | "its" | "their" | "our" | "his" | "her"
        ) {
            k += 1;
        }
        let head = k;
        while k < head + 3
            && !aux(k)
            && (plain(k) || toks.get(k).is_some_and(|t| k < se && t.is_cap()))
        {
            k += 1;
        }
        k > head && aux(k)
    };
    let opens = SUBJECT_PRONOUNS.contains(&w.as_ref())
        || CLAUSE_OPENERS.contains(&w.as_ref())
        || t.is_cap()
        || t.kind == TokKind::Number
        || name_starts()
        || bare_noun();
    if !opens {
        return false;
    }
    // A finite verb soon after the subject ("the talks had", "Smith, 45, was"), perhaps
    // opening a partial quote after a subject in the reporter's words ("the news “will be
    // welcomed”").
    let limit = (j + if loose { 16 } else { 9 }).min(se);
    let subject_outside = !doc.in_quote(t.start);
    // (a verb after a subordinator is another clause's: "showed no emotion as the sentence
    // was read"; without a verb of saying, one after a relative pronoun or a comma is too:
    // "announced a plan that would cut taxes", "denied the charges, was released")
    let mut in_relative = false;
    for k in j + 1..limit {
        let w = lower(doc, k);
        if SUBORDINATORS.contains(&w.as_ref())
            || !loose && (matches!(w.as_ref(), "that" | "which" | "who") || toks[k].is_punct(','))
        {
            break;
        }
        // ("said the foundation, which owns a third of it, had voted": a relative clause
        // between commas is skipped)
        if toks[k].is_punct(',') {
            in_relative = matches!(lower(doc, k + 1).as_ref(), "which" | "who" | "whose");
            continue;
        }
        if !in_relative
            && (finite_at(doc, k)
                || loose
                    && k <= j + 3
                    && (j + 1..k).all(|i| {
                        toks[i].is_word()
                            && !toks[i].is_cap()
                            && !lexicon::is_function_word(&toks[i].text)
                    })
                    && present_form(doc, k, se))
            && (subject_outside || !doc.in_quote(toks[k].start))
        {
            return true;
        }
    }
    (SUBJECT_PRONOUNS.contains(&w.as_ref())
            && toks
                .get(j + 1)
                .is_some_and(|n| n.is_word() && !n.is_cap() && n.text.ends_with('s') && j + 1 < se))
        // "said they apply to …", "said we need …": a plural or first-person pronoun before a
        // present-tense verb.
        || (matches!(w.as_ref(), "they" | "we" | "i" | "you")
            && toks.get(j + 1).is_some_and(|n| {
                j + 1 < se
                    && n.is_word()
                    && !n.is_cap()
                    && !lexicon::is_function_word(&n.text)
                    && !(n.text.len() > 4 && n.text.ends_with("ly") && !n.text.ends_with("ply"))
            }))
}

/// Skips short adjuncts after a cue: adverbs, "on Tuesday", "last week", "in a statement",
/// and a comma after them.
fn skip_adjuncts(doc: &Doc, mut j: usize, se: usize) -> usize {
    let toks = &doc.tokens;
    let start = j;
    while j < se && j < start + 8 {
        let t = &toks[j];
        let w = t.text.lower_cow();
        if !t.is_word() {
            if t.is_punct(',') && j > start {
                j += 1;
                continue;
            }
            break;
        }
        if TIME_WORDS.contains(&w.as_ref()) || !t.is_cap() && w.ends_with("ly") && w.len() > 4 {
            j += 1;
            continue;
        }
        // ("next year's festival" is a subject, not an adjunct)
        if matches!(w.as_ref(), "last" | "this" | "next")
            && ADJUNCT_HEADS.contains(&lower(doc, j + 1).as_ref())
            && !matches!(lower(doc, j + 2).as_ref(), "'s" | "’s")
        {
            j += 2;
            continue;
        }
        if matches!(
            w.as_ref(),
            "on" | "in" | "at" | "during" | "via" | "through"
        ) {
            // The head within three words.
            if let Some(h) =
                (j + 1..(j + 5).min(se)).find(|&i| ADJUNCT_HEADS.contains(&lower(doc, i).as_ref()))
            {
                if toks[j + 1..h].iter().all(|t| t.is_word()) {
                    j = h + 1;
                    // "in a statement released by the ministry"
                    continue;
                }
            }
            // "in 2005"
            if toks.get(j + 1).is_some_and(|t| t.kind == TokKind::Number) {
                j += 2;
                continue;
            }
        }
        break;
    }
    j
}

/// The content from `c` on: to the end of the sentence, a semicolon, a participial cue after
/// a comma (", saying …") or a later attribution (", X said"); in an `aside` (the cue a
/// participle between commas), also to a comma before the sentence's own verb. Returns
/// `[c, e)` in tokens.
fn content_end(doc: &Doc, c: usize, se: usize, aside: bool) -> usize {
    let toks = &doc.tokens;
    let mut e = c;
    while e < se {
        let t = &toks[e];
        if t.is_punct(';') && !doc.in_quote(t.start) {
            break;
        }
        // "… and described it as …": a coordinated verb of saying starts another statement.
        if matches!(t.text.as_str(), "and" | "but") && e > c + 2 && !doc.in_quote(t.start) {
            let n = lower(doc, e + 1);
            let n2 = lower(doc, e + 2);
            let cue_next = |w: &str| {
                cues().forms.contains_key(w) && !w.ends_with("ing") && w.ends_with("ed")
                    || matches!(w, "said" | "says" | "told" | "added")
            };
            if cue_next(&n) || matches!(n.as_ref(), "also" | "later" | "then") && cue_next(&n2) {
                break;
            }
        }
        if (t.is_punct(',') || t.text == "—" || t.text == "–") && !doc.in_quote(t.start) && e > c
        {
            // "Ross, telling the court she was “relieved”, left": the sentence's own verb
            // after the aside that held the cue.
            if aside && finite_at(doc, e + 1) {
                break;
            }
            let nw = lower(doc, e + 1);
            if FOLLOWING_CUES.contains(&nw.as_ref()) {
                break;
            }
            // "…, as the governor looked on": a subordinate clause after the content.
            if matches!(nw.as_ref(), "as" | "before" | "after" | "when")
                && !matches!(
                    lower(doc, e + 2).as_ref(),
                    "well" | "much" | "many" | "long"
                )
                && !doc.in_quote(toks[e + 1].start)
            {
                break;
            }
            // "…, while Ann Lee of the institute warned …": a contrast with a named subject
            // is another speaker's clause.
            if matches!(nw.as_ref(), "while" | "whereas")
                && toks.get(e + 2).is_some_and(|t| t.is_cap())
                && !doc.in_quote(toks[e + 1].start)
            {
                break;
            }
            // ", X said" / ", said X" / ", he added": a later attribution.
            let lim = (e + 8).min(se);
            if let Some(v) = (e + 1..lim).find(|&k| {
                let w = lower(doc, k);
                // A present form other than "says" may be a plural noun ("scientific
                // notes"): it needs a name or a pronoun right before it.
                let noun_like = w.ends_with('s') && w != "says" && {
                    let p = &toks[k - 1];
                    !p.is_cap() && !SUBJECT_PRONOUNS.contains(&p.text.lower_cow().as_ref())
                };
                lexicon::cue_verb(&w).is_some()
                    && toks[k].is_word()
                    && !toks[k].is_cap()
                    && !w.ends_with("ing")
                    && !noun_like
            }) {
                let clean = toks[e + 1..v].iter().enumerate().all(|(i, t)| {
                    (t.is_word() && !finite_at(doc, e + 1 + i) && t.text != "to")
                        || t.is_punct('.')
                        || t.is_punct('\'')
                });
                if clean && v - (e + 1) <= 6 {
                    break;
                }
            }
        }
        e += 1;
    }
    // Trailing punctuation and closing marks outside the content.
    while e > c && toks[e - 1].kind == TokKind::Punct && !is_quote_mark(&toks[e - 1].text) {
        e -= 1;
    }
    e
}

fn is_quote_mark(s: &str) -> bool {
    matches!(s, "\"" | "“" | "”" | "‘" | "’" | "'" | "«" | "»")
}

/// The statement made of content tokens `[c, e)`, or `None` when it is too short or is one
/// whole direct quote.
fn make(doc: &Doc, c: usize, e: usize, cue: String, min_words: usize) -> Option<QuoteFound> {
    let toks = &doc.tokens;
    if e <= c {
        return None;
    }
    let words = toks[c..e].iter().filter(|t| t.is_word()).count();
    if words < min_words || withheld_name(doc, c, e) {
        return None;
    }
    let mut start = toks[c].start;
    let mut end = toks[e - 1].end;
    // A closing mark of a quote inside: keep the quote whole. Spans are sorted by their
    // opening and the outer ones do not overlap, so only those from the last outer quote
    // opened before `start` on can overlap the content.
    let spans = &doc.quote_spans;
    let first_inside = spans.partition_point(|q| q.open < start);
    let mut i = first_inside;
    while i > 0 && (spans[i - 1].nested || spans[i - 1].close > start) {
        i -= 1;
    }
    while i < spans.len() && spans[i].open < end {
        let q = &spans[i];
        if !q.nested && q.close > start {
            // Partly overlapping: extend to hold the quote.
            if q.open < start {
                // The content starts inside a quote: not reported speech.
                return None;
            }
            end = end.max(q.close);
        }
        i += 1;
    }
    // One whole direct quote after the cue: a direct quote, not a statement.
    let inside: usize = spans[first_inside..]
        .iter()
        .take_while(|q| q.open < end)
        .filter(|q| !q.nested && q.close <= end)
        .map(|q| q.close - q.open)
        .sum();
    let first_is_mark = is_quote_mark(&toks[c].text);
    if first_is_mark && inside * 10 >= (end - start) * 8 {
        return None;
    }
    while start < end && doc.text.chars[start].is_whitespace() {
        start += 1;
    }
    Some(QuoteFound {
        inner: (start, end),
        kind: QuoteKind::Indirect,
        speaker: None,
        cue: Some(cue),
        description: None,
        evidence: None,
    })
}

/// "who asked not to be named": a source's request for anonymity reports nothing it said.
fn withheld_name(doc: &Doc, c: usize, e: usize) -> bool {
    let words: Vec<Cow<'_, str>> = (c..e)
        .filter(|&k| doc.tokens[k].is_word())
        .map(|k| lower(doc, k))
        .collect();
    words.len() == 4
        && words[..3] == ["not", "to", "be"]
        && matches!(words[3].as_ref(), "named" | "identified" | "quoted")
}

/// The lowest token the clause of the cue at `k` may start at: after the last direct quote
/// that closes before `k` in the sentence.
fn clause_lo(doc: &Doc, k: usize, ss: usize) -> usize {
    let pos = doc.tokens[k].start;
    let lo_pos = doc.tokens[ss].start;
    // Spans are sorted by their opening and the outer ones do not overlap, so the outer ones
    // close in order too: walk back from the last one opened before `pos` to the first that
    // closes before the sentence.
    let spans = &doc.quote_spans;
    let upto = spans.partition_point(|q| q.open < pos);
    for q in spans[..upto].iter().rev().filter(|q| !q.nested) {
        if q.close <= lo_pos {
            break;
        }
        if q.close <= pos {
            return doc.token_at(q.close);
        }
    }
    ss
}

/// Whether the host clause `[ss, k)` of a cue after it is the reporter's own sentence with a
/// partial quote in it ("Such levels could kill “within weeks”, the agency said"), rather
/// than a direct quote's attribution: every quote closing before `k` opens after three or
/// more words of the sentence outside quotes.
fn host_holds_quote(doc: &Doc, k: usize, ss: usize) -> bool {
    let lo = clause_lo(doc, k, ss);
    if lo == ss {
        return true;
    }
    // The outer spans close in order: walk back from the last one opened before the cue to
    // the first that closes before the sentence, as `clause_lo` does.
    let (pos, lo_pos) = (doc.tokens[k].start, doc.tokens[ss].start);
    let spans = &doc.quote_spans;
    let upto = spans.partition_point(|q| q.open < pos);
    let mut first = None;
    for q in spans[..upto].iter().rev().filter(|q| !q.nested) {
        if q.close <= lo_pos {
            break;
        }
        if q.close <= pos {
            first = Some(q.open);
        }
    }
    let Some(first) = first else {
        return true;
    };
    let open = doc.token_at(first);
    (ss..open.min(k))
        .filter(|&i| doc.tokens[i].is_word() && !doc.in_quote(doc.tokens[i].start))
        .count()
        >= 3
}

/// The anchor for a cue verb at `k`: a passive without "by" names nobody; a participle at
/// the sentence start shares the main clause's subject.
fn verb_anchor(doc: &Doc, k: usize, ss: usize, content_end: usize, se: usize) -> Anchor {
    let toks = &doc.tokens;
    let prev = if k > ss {
        lower(doc, k - 1)
    } else {
        Cow::Borrowed("")
    };
    let prev2 = if k > ss + 1 {
        lower(doc, k - 2)
    } else {
        Cow::Borrowed("")
    };
    let be = |w: &str| matches!(w, "was" | "were" | "is" | "are" | "been" | "being" | "be");
    let passive = be(&prev) || be(&prev2) && matches!(prev.as_ref(), "also" | "not" | "later");
    let by_follows = lower(doc, k + 1) == "by";
    if passive && !by_follows && !toks[k].text.ends_with("ing") {
        return Anchor::Nobody;
    }
    let first = (ss..k).all(|i| {
        !toks[i].is_word() || matches!(lower(doc, i).as_ref(), "while" | "after" | "in" | "by")
    });
    if first && toks[k].text.lower_cow().ends_with("ing") {
        return Anchor::MainClause {
            v: k,
            s: content_end,
            e: se,
        };
    }
    // "Smith was quoted as saying …": the speaker is the subject of "was quoted".
    let v = if prev == "as" && prev2 == "quoted" {
        k - 2
    } else {
        k
    };
    Anchor::Verb {
        lo: clause_lo(doc, v, ss),
        v,
    }
}

/// A statement after the cue at `k` (of `n` words), by the cue's frames.
fn statement(
    doc: &Doc,
    k: usize,
    n: usize,
    fr: Frames,
    ss: usize,
    se: usize,
) -> Option<(QuoteFound, Anchor)> {
    let toks = &doc.tokens;
    let j = k + n;
    if j >= se {
        return None;
    }
    // "said:" / "said," followed by a quote: a direct quote's cue. A past participle
    // opening the sentence is passive: "Asked whether …, she replied" is someone else's
    // question ("Announcing that …, she said" is hers).
    if toks[j].is_punct(':') || k == ss && !lower(doc, k).ends_with("ing") {
        return None;
    }
    // "“…,” said Jane Hill, as …": the cue of the quote before it, inverted; what follows
    // is its speaker, not a statement.
    let mut b = k;
    while b > ss && toks[b - 1].is_punct(',') {
        b -= 1;
    }
    if b > ss && toks[b - 1].kind == TokKind::Punct && is_quote_mark(&toks[b - 1].text) {
        return None;
    }
    let cue = doc.tok_text(k, j);
    // "He did not say when …", "No group has said it …", "never claimed": a negated cue
    // reports nothing.
    let negated = (k.saturating_sub(3).max(ss)..k).any(|i| {
        matches!(lower(doc, i).as_ref(), "not" | "n't" | "never") || toks[i].text.ends_with("n't")
    }) || k <= ss + 4
        && matches!(lower(doc, ss).as_ref(), "no" | "nobody" | "none")
        && !toks[ss + 1].is_punct(',');
    if negated {
        return None;
    }
    // "who asked not to be named": a request for anonymity, not a statement.
    if lower(doc, j) == "not" && lower(doc, j + 1) == "to" && lower(doc, j + 2) == "be" {
        return None;
    }
    // A passive has no object before its content: "the court was told (that) …".
    let passive = k > ss
        && matches!(
            lower(doc, k - 1).as_ref(),
            "was" | "were" | "is" | "are" | "been" | "being" | "be"
        );
    let fr = Frames {
        clause: fr.clause || passive && fr.obj_clause,
        ..fr
    };
    // A participle set off by a comma ("X, telling …, left") holds its statement in an aside.
    let aside = k > ss && toks[k - 1].is_punct(',') && lower(doc, k).ends_with("ing");
    // A statement from token `c`, of at least `min_words` words: three for a clause, two
    // for an infinitive or a gerund ("pledged to resign", "admitted lying").
    let done_min = |c: usize, min_words: usize| -> Option<(QuoteFound, Anchor)> {
        let e = content_end(doc, c, se, aside);
        let q = make(doc, c, e, cue.clone(), min_words)?;
        let anchor = verb_anchor(doc, k, ss, e, se);
        Some((q, anchor))
    };
    let done = |c: usize| done_min(c, 3);
    // "As X told the paper, …": the clause after the comma.
    if lower(doc, ss) == "as"
        && k - ss <= 6
        && (ss + 1..k).all(|i| toks[i].is_word() || toks[i].is_punct('.'))
    {
        if let Some(c) = (j..(j + 8).min(se)).find(|&i| toks[i].is_punct(',')) {
            return done(c + 1);
        }
    }
    let j1 = skip_adjuncts(doc, j, se);
    let loose = fr.bare;
    // "that" after the cue, perhaps after adjuncts or an object ("told reporters that").
    if fr.clause || fr.obj_clause {
        let lim = (j + if fr.obj_clause { 9 } else { 7 }).min(se);
        if let Some(t) = (j..lim).find(|&i| lower(doc, i) == "that") {
            let between_ok = toks[j..t].iter().enumerate().all(|(i, tk)| {
                !doc.in_quote(tk.start)
                    && (tk.is_word() && !finite_at(doc, j + i)
                        || tk.is_punct(',')
                        || tk.is_punct('(')
                        || tk.is_punct(')')
                        || matches!(tk.text.as_str(), "'s" | "’s" | "'" | "’")
                        || tk.kind == TokKind::Number)
            });
            // "that" before a verb: right after the cue it is the clause's subject ("said that
            // would be wrong"); after an object it opens a relative clause ("announced a plan
            // that would cut taxes"), which reports nothing.
            let verb_next = t + 1 < se && finite_at(doc, t + 1);
            if between_ok && verb_next && t == j1 {
                return done(t);
            }
            if between_ok && !verb_next && t + 1 < se {
                return done(t + 1);
            }
        }
    }
    if fr.clause
        && bare_clause_at(doc, j1, se, loose)
        && !(j1 > j && toks[j1 - 1].is_punct(',') && j1 == j + 1)
    {
        return done(j1);
    }
    if fr.obj_clause {
        // (after "told X", any finite verb makes the clause, as after "said"; after "warned
        // X", which takes a clause of its own too, the object may run on: "warned Russia of
        // the risks …")
        let tells = fr.bare && !fr.clause;
        // An object of up to six words, then a clause with a pronoun or name subject.
        for c in j + 1..(j + 7).min(se) {
            // (the object ends at a comma or a subordinator: "told residents, as the
            // governor looked on" reports nothing the governor said)
            if toks[c - 1].is_punct('.')
                || toks[c - 1].is_punct(',')
                || SUBORDINATORS.contains(&lower(doc, c - 1).as_ref())
                || doc.in_quote(toks[c].start)
            {
                break;
            }
            let w = lower(doc, c);
            // ("told the BBC her brother was …": a possessive opens the clause's subject)
            if (SUBJECT_PRONOUNS.contains(&w.as_ref())
                || matches!(
                    w.as_ref(),
                    "the" | "his" | "her" | "their" | "its" | "our" | "my"
                ))
                && bare_clause_at(doc, c, se, tells)
            {
                return done(c);
            }
        }
    }
    if fr.to || fr.obj_to {
        let from = if fr.to { j1 } else { j + 1 };
        let lim = (j + 9).min(se);
        for c in from..lim {
            let w = lower(doc, c);
            if w == "to" || w == "not" && lower(doc, c + 1) == "to" {
                if fr.obj_to && !fr.to && c == j {
                    break;
                }
                // The infinitive needs a verb: "to" + a lowercase word. With an object, the
                // statement holds it: "urged [the council to resign]".
                let mut vi = if w == "not" { c + 2 } else { c + 1 };
                // ("urged them to “accept defeat”": the verb may open a partial quote)
                if toks.get(vi).is_some_and(|t| is_quote_mark(&t.text)) {
                    vi += 1;
                }
                if toks.get(vi).is_some_and(|t| t.is_word() && !t.is_cap()) {
                    return done_min(if c > j1 && fr.obj_to { j1 } else { c }, 2);
                }
                break;
            }
            let t = &toks[c];
            if !t.is_word() || finite_at(doc, c) || doc.in_quote(t.start) {
                break;
            }
            if fr.to && !fr.obj_to {
                break;
            }
        }
    }
    if fr.wh {
        for (c, t) in toks.iter().enumerate().take((j + 5).min(se)).skip(j) {
            if WH_WORDS.contains(&t.text.lower_cow().as_ref()) {
                return done(c);
            }
            if !t.is_word() {
                break;
            }
        }
    }
    if fr.of {
        for c in j + 1..(j + 8).min(se) {
            if lower(doc, c) == "of" {
                if toks
                    .get(c + 1)
                    .is_some_and(|t| t.text.ends_with("ing") || lower(doc, c + 1) == "having")
                {
                    return done_min(c + 1, 2);
                }
                break;
            }
            if !toks[c].is_word() {
                break;
            }
        }
    }
    // "denied having used …", "admitted lying to investigators": a gerund with its object.
    if fr.ing && gerund_at(doc, j1, se) {
        return done_min(j1, 2);
    }
    if fr.as_ {
        for (c, t) in toks.iter().enumerate().take((j + 10).min(se)).skip(j) {
            if t.text.eq_ignore_ascii_case("as") && c + 1 < se {
                return done(j);
            }
            if t.is_punct('.') || t.is_punct(';') || verb_at(doc, c) {
                break;
            }
        }
    }
    if fr.quoted {
        let pos_lim = toks[(j + 8).min(se - 1)].start;
        let has_quote = doc
            .quote_spans
            .iter()
            .any(|q| !q.nested && q.open >= toks[j].start && q.open <= pos_lim);
        if has_quote && !is_quote_mark(&toks[j].text) {
            return done(j);
        }
    }
    None
}

/// "The talks had failed, the minister said." / "…, said the minister.": the cue at `k`
/// closes the sentence after a comma; the host clause before the comma is the statement.
fn parenthetical(
    doc: &Doc,
    k: usize,
    n: usize,
    ss: usize,
    se: usize,
) -> Option<(QuoteFound, Anchor)> {
    let toks = &doc.tokens;
    if !saying_form(doc, k) {
        return None;
    }
    if k > ss
        && (finite_at(doc, k - 1) && !matches!(lower(doc, k - 1).as_ref(), "has" | "had" | "have")
            || lower(doc, k - 1) == "to")
    {
        return None;
    }
    // "…, who replied: “…”": the cue of a direct quote after it.
    if toks.get(k + n).is_some_and(|t| t.is_punct(':')) {
        return None;
    }
    // The cue is near the sentence end.
    let after = (k + n..se).filter(|&i| toks[i].is_word()).count();
    if after > 6 {
        return None;
    }
    // The comma before the subject (or right before an inverted verb).
    let comma = (ss..k).rev().take(8).find(|&i| toks[i].is_punct(','))?;
    if comma <= ss + 2 || doc.in_quote(toks[comma].start) {
        return None;
    }
    // A closing quotation mark before the comma: a direct quote's attribution, unless the
    // quote is part of the reporter's own clause.
    if is_quote_mark(&toks[comma - 1].text) && !host_holds_quote(doc, k, ss) {
        return None;
    }
    let between = &toks[comma + 1..k];
    if between.iter().any(|t| !t.is_word() && !t.is_punct('.')) {
        return None;
    }
    // "…, while Ann Lee warned of risks": a subordinate clause with a verb of its own, not
    // the attribution of the clause before it.
    if between.first().is_some_and(|t| {
        matches!(
            t.text.lower_cow().as_ref(),
            "while"
                | "whereas"
                | "although"
                | "though"
                | "because"
                | "since"
                | "when"
                | "after"
                | "before"
                | "until"
                | "if"
                | "who"
                | "which"
        )
    }) {
        return None;
    }
    // The host clause is a finite clause, not an opening phrase ("Speaking in …, X said").
    if !(ss..comma).any(|i| finite_at(doc, i) && !doc.in_quote(toks[i].start))
        || toks[ss].text.lower_cow().ends_with("ing")
    {
        return None;
    }
    let inverted = comma + 1 == k;
    // "Lena Ruiz, who runs the shelter, told the BBC": "told" does not invert, so what
    // follows it is its object; a host whose last part is a relative clause is a subject.
    if inverted && matches!(lower(doc, k).as_ref(), "told" | "tells" | "tell") {
        return None;
    }
    if let Some(open) = (ss..comma).rev().find(|&i| toks[i].is_punct(',')) {
        if matches!(lower(doc, open + 1).as_ref(), "who" | "which" | "whose") {
            return None;
        }
    }
    // "…, said the minister" / "…, said Smith": an inverted cue has its speaker right after
    // it; "X, who visited Carlisle, promised extra funding" is no statement before a cue.
    if inverted
        && !toks.get(k + n).is_some_and(|t| {
            t.is_cap()
                || matches!(
                    t.text.as_str(),
                    "the" | "a" | "an" | "his" | "her" | "their" | "its" | "one"
                )
        })
    {
        return None;
    }
    let anchor = set_off(inverted, k, comma, se);
    if !host_holds_quote(doc, k, ss) {
        return None;
    }
    let q = make(doc, ss, comma, doc.tok_text(k, k + n), 3)?;
    Some((q, anchor))
}

/// A verb of saying at `k` in a form that can close or set off a statement: lower case,
/// not a participle in "-ing" ("…, she said", not "…, saying").
fn saying_form(doc: &Doc, k: usize) -> bool {
    let w = lower(doc, k);
    !w.ends_with("ing") && !doc.tokens[k].is_cap() && lexicon::cue_verb(&w).is_some()
}

/// "The plan, the minister said, would cost £3m." / "The plan, said Smith, would …": a
/// speaker and cue set off by commas inside the host clause. The statement is the whole
/// sentence (its two halves are one clause); the speaker is the aside's subject.
fn aside(doc: &Doc, k: usize, n: usize, ss: usize, se: usize) -> Option<(QuoteFound, Anchor)> {
    let toks = &doc.tokens;
    if !saying_form(doc, k) {
        return None;
    }
    let comma = (ss..k).rev().take(6).find(|&i| toks[i].is_punct(','))?;
    if comma <= ss || doc.in_quote(toks[comma].start) || is_quote_mark(&toks[comma - 1].text) {
        return None;
    }
    let inverted = comma + 1 == k;
    // The aside's other comma: right after the cue ("…, he said, …"), or after the
    // speaker that follows an inverted cue ("…, said the minister, …").
    let close = if inverted {
        (k + n + 1..(k + n + 6).min(se)).find(|&i| toks[i].is_punct(','))?
    } else {
        k + n
    };
    if !toks.get(close).is_some_and(|t| t.is_punct(',')) {
        return None;
    }
    // The speaker's words: short, plain words, no verb among them.
    let speaker = if inverted { k + n..close } else { comma + 1..k };
    if speaker.is_empty()
        || speaker.len() > 5
        || speaker
            .clone()
            .any(|i| !toks[i].is_word() || finite_at(doc, i))
    {
        return None;
    }
    // The host clause goes on after the aside with its verb ("…, would cost £3m", "…, had
    // already failed"), not with a quote or a clause of its own ("…, said, "We …"", "…
    // said, as the parents …"); and it opened with its subject, not a phrase ("In response,
    // X said, …").
    let rest = close + 1;
    let verb_next =
        |i: usize| i < se && !doc.in_quote(toks[i].start) && toks[i].is_word() && finite_at(doc, i);
    let adverb = rest < se && crate::context::is_adverb_or_aux(&lower(doc, rest));
    if !(verb_next(rest) || adverb && verb_next(rest + 1))
        || crate::context::is_preposition(doc, ss)
    {
        return None;
    }
    let mut e = se;
    while e > ss && toks[e - 1].kind == TokKind::Punct && !is_quote_mark(&toks[e - 1].text) {
        e -= 1;
    }
    let q = make(doc, ss, e, doc.tok_text(k, k + n), 4)?;
    let anchor = set_off(inverted, k, comma, close);
    Some((q, anchor))
}

/// Where the speaker of a cue at `k` set off by a comma at `comma` stands: after an
/// inverted cue, up to `e` ("…, said the minister"); else between the comma and the cue.
fn set_off(inverted: bool, k: usize, comma: usize, e: usize) -> Anchor {
    if inverted {
        Anchor::Inverted { v: k, e }
    } else {
        Anchor::Verb {
            lo: comma + 1,
            v: k,
        }
    }
}

/// "Berg's claim that the figures were wrong was denied …": a statement noun after a named
/// possessor, then "that" and the claim's clause. The clause ends before the sentence's own
/// verb (a second finite verb that no conjunction, relative word or comma introduces); its
/// speaker is the possessor.
fn possessed_statement(doc: &Doc, k: usize, se: usize) -> Option<(QuoteFound, Anchor)> {
    let toks = &doc.tokens;
    if k < 2
        || lower(doc, k + 1) != "that"
        || !cues().nouns.contains_key(lower(doc, k).as_ref())
        || !matches!(toks[k - 1].text.as_str(), "'s" | "’s")
    {
        return None;
    }
    let c = k + 2;
    let mut e = content_end(doc, c, se, false);
    let first = (c..e).find(|&i| finite_at(doc, i))?;
    if let Some(matrix) = (first + 1..e).find(|&i| {
        finite_at(doc, i)
            && !doc.in_quote(toks[i].start)
            && !matches!(
                lower(doc, i - 1).as_ref(),
                "had"
                    | "has"
                    | "have"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "be"
                    | "been"
                    | "being"
                    | "will"
                    | "would"
                    | "shall"
                    | "should"
                    | "can"
                    | "could"
                    | "may"
                    | "might"
                    | "must"
                    | "do"
                    | "does"
                    | "did"
            )
            && !matches!(
                lower(doc, i - 1).as_ref(),
                "and"
                    | "or"
                    | "but"
                    | "that"
                    | "which"
                    | "who"
                    | "whom"
                    | "whose"
                    | "when"
                    | "where"
                    | "because"
                    | "if"
                    | "while"
                    | "as"
                    | "after"
                    | "before"
                    | "since"
                    | ","
                    | "not"
                    | "also"
            )
    }) {
        // "… bust-up was strongly denied": the auxiliary before an adverb or participle
        e = matrix;
    }
    let q = make(doc, c, e, toks[k].text.to_string(), 3)?;
    Some((q, Anchor::Possessor { k, e: k - 1 }))
}

/// "According to the report there were …": with no comma after the source, the clause starts
/// at a subject pronoun or determiner that follows a content word and has an auxiliary soon
/// after it. Returns the clause's first token.
fn run_on_subject(doc: &Doc, k: usize, se: usize) -> Option<usize> {
    let toks = &doc.tokens;
    let c = (k + 3..se.min(k + 12))
        .take_while(|&i| toks[i].is_word() || matches!(toks[i].text.as_str(), "'s" | "’s"))
        .find(|&i| {
            let w = lower(doc, i);
            (SUBJECT_PRONOUNS.contains(&w.as_ref()) || RUN_ON_OPENERS.contains(&w.as_ref()))
                && !SOURCE_LINKS.contains(&lower(doc, i - 1).as_ref())
        })?;
    let aux = (c + 1..se.min(c + 8)).any(|i| AUXILIARIES.contains(&lower(doc, i).as_ref()));
    aux.then_some(c)
}

/// Determiners that open the clause after a source given without a comma.
const RUN_ON_OPENERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "some", "no", "all", "most", "many", "more",
    "several", "these", "those",
];

/// Words inside a source's name or description ("the head of the agency", "police and the
/// army"): a determiner after them is still part of the source.
const SOURCE_LINKS: &[&str] = &[
    "of", "for", "at", "in", "on", "and", "to", "with", "from", "by", "'s", "’s", "'", "’",
];

/// "According to X, …" and "…, according to X.": the host clause is the statement.
fn according_to(doc: &Doc, k: usize, ss: usize, se: usize, out: &mut Vec<(QuoteFound, Anchor)>) {
    let toks = &doc.tokens;
    let cue = "according to".to_string();
    let first = (ss..k).all(|i| !toks[i].is_word());
    if first {
        // The speaker phrase runs to the first comma.
        let Some((phrase_end, c)) = (k + 2..se.min(k + 14))
            .find(|&i| toks[i].is_punct(','))
            .map(|comma| (comma, comma + 1))
            .or_else(|| run_on_subject(doc, k, se).map(|c| (c, c)))
        else {
            return;
        };
        let e = content_end(doc, c, se, false);
        if let Some(q) = make(doc, c, e, cue, 3) {
            out.push((q, Anchor::Phrase { k, e: phrase_end }));
        }
        return;
    }
    if let Some(c) = run_on_subject(doc, k, se).filter(|_| toks[k - 1].is_punct(',')) {
        // "…, according to the group there may be …": a clause of its own after the source
        let e = content_end(doc, c, se, false);
        if let Some(q) = make(doc, c, e, cue, 3) {
            out.push((q, Anchor::Phrase { k, e: c }));
        }
        return;
    }
    let words_after = (k + 2..se).filter(|&i| toks[i].is_word()).count();
    if k > ss && (toks[k - 1].is_punct(',') && words_after <= 12 || words_after <= 8) {
        if !host_holds_quote(doc, k, ss) {
            return;
        }
        let host_end = if toks[k - 1].is_punct(',') { k - 1 } else { k };
        if let Some(q) = make(doc, ss, host_end, cue, 3) {
            out.push((q, Anchor::Phrase { k, e: se }));
        }
    }
}
