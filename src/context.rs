//! Shared context readers: small questions about the words around a token that several
//! layers ask (name detection, merging, places, coreference, attribution).
//!
//! Is there a reporting verb after this name? Is this name the object of a preposition, or
//! the owner in a possessive? Where does the subject before this verb end? Answers come from
//! tokens, the lexicons and (for mention lookups) `Doc::mentions`; nothing here calls
//! another layer, so every layer may depend on this module and dependencies run one way.

use crate::doc::{Doc, Mention};
use crate::lexicon;
use crate::tokens::Lower;
use crate::tokens::TokKind;

/// Determiners: articles, possessives, demonstratives and quantifiers that open a noun
/// phrase ("the", "his", "these", "any").
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
    "those", "any", "some", "no", "every", "each", "such",
];

/// Does `word` (lower case) open a noun phrase as a determiner?
pub fn is_determiner(word: &str) -> bool {
    DETERMINERS.contains(&word)
}

/// Prepositions: a name right after one is rarely the subject.
pub const PREPOSITIONS: &[&str] = &[
    "to", "from", "with", "by", "against", "for", "at", "in", "on", "of", "about", "into", "over",
    "than", "between", "among", "toward", "towards", "via", "like",
];

/// The token before `k` is a preposition (other than "of"/"for", which belong to
/// descriptions like "a spokesperson for NISA").
pub fn after_preposition(doc: &Doc, k: usize) -> bool {
    k > 0 && {
        let prev = doc.tokens[k - 1].text.lower_cow();
        PREPOSITIONS.contains(&prev.as_ref()) && !matches!(prev.as_ref(), "of" | "for")
    }
}

/// Any preposition right before token `k`, "of" and "for" included.
pub fn is_preposition(doc: &Doc, k: usize) -> bool {
    doc.tokens
        .get(k)
        .is_some_and(|t| PREPOSITIONS.contains(&t.text.lower_cow().as_ref()))
}

/// A preposition of place right before token `k`: "across", "throughout", "in", "near".
pub fn after_locative(doc: &Doc, k: usize) -> bool {
    k > 0
        && matches!(
            doc.tokens[k - 1].text.as_str(),
            "across" | "throughout" | "in" | "near"
        )
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

/// Mentions starting within tokens `[s, e)`, found by binary search.
pub fn mentions_in(doc: &Doc, s: usize, e: usize) -> impl Iterator<Item = &Mention> {
    let lo = doc.mentions.partition_point(|m| m.tok_start < s);
    doc.mentions[lo..]
        .iter()
        .take_while(move |m| m.tok_start < e)
}

/// "X, the spokeswoman, said": commas inside the subject `[s, e)` are an apposition.
pub fn has_apposition(doc: &Doc, s: usize, e: usize) -> bool {
    mentions_in(doc, s, e).any(|m| m.tok_end < e && doc.tokens[m.tok_end].is_punct(','))
}

/// Auxiliaries and adverbs that stand between a subject and its verb ("has also said").
pub fn is_adverb_or_aux(w: &str) -> bool {
    matches!(
        w.lower_cow().as_ref(),
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

/// Drops auxiliaries and adverbs right before the verb at `v`: "he has also said" → "he".
pub fn strip_aux(doc: &Doc, s: usize, mut v: usize) -> usize {
    while v > s
        && (is_adverb_or_aux(&doc.tokens[v - 1].text)
            || doc.tokens[v - 1].text.ends_with("ly") && !doc.tokens[v - 1].is_cap())
    {
        v -= 1;
    }
    v
}

/// A verb of saying at token `k` (the cue lexicon).
pub fn is_cue_token(doc: &Doc, k: usize) -> bool {
    let t = &doc.tokens[k];
    t.is_word() && (lexicon::cue_verb(&t.text.lower_cow()).is_some() || document_reads(doc, k))
}

/// "the statement read", "a sign reads": "read" says what a text says right after the
/// text's noun (elsewhere it is someone reading).
fn document_reads(doc: &Doc, k: usize) -> bool {
    matches!(doc.tokens[k].text.as_str(), "read" | "reads")
        && k > 0
        && lexicon::is_document_noun(&doc.tokens[k - 1].text.lower_cow())
}

/// A stance verb at token `k` read as a verb, not a noun: an inflected form ("described",
/// "praises", "calling"), not after a determiner ("the attacks", "her thoughts"), and an
/// "-s" form only right after its subject ("Amnesty refers to …", "she insists").
pub fn is_stance_form(doc: &Doc, k: usize) -> bool {
    let t = &doc.tokens[k];
    if !t.is_word() || t.is_cap() && !t.sent_start {
        return false;
    }
    let w = t.text.lower_cow();
    let Some(lemma) = lexicon::stance_verb(&w) else {
        return false;
    };
    if w == lemma && !matches!(w.as_ref(), "read" | "cast" | "broadcast" | "forecast") {
        return false;
    }
    let prev = k
        .checked_sub(1)
        .map(|p| doc.tokens[p].text.lower_cow())
        .unwrap_or_default();
    if matches!(
        prev.as_ref(),
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "these"
            | "those"
            | "of"
            | "to"
    ) {
        return false;
    }
    if w.ends_with('s') && !w.ends_with("ss") {
        let p = k.checked_sub(1).map(|p| &doc.tokens[p]);
        return p
            .is_some_and(|p| p.is_word() && (p.is_cap() || lexicon::pronoun(&p.text).is_some()));
    }
    true
}

/// A verb of writing or publishing ("read", "wrote", "posted", "tweeted") at token `k`.
pub fn is_written_form(doc: &Doc, k: usize) -> bool {
    let t = &doc.tokens[k];
    t.is_word()
        && lexicon::stance_verb(&t.text.lower_cow()).is_some_and(|l| {
            matches!(
                l,
                "read" | "write" | "post" | "tweet" | "publish" | "blog" | "print"
            )
        })
}

/// The cue word at `k` reads as a verb: a bare form that is also a noun ("state", "report",
/// "comment") is no verb right after a name ("New South Wales state") or a determiner ("the
/// report"), and "claims"/"reports" after a determiner are nouns ("these claims").
pub fn verb_reading(doc: &Doc, k: usize) -> bool {
    let t = &doc.tokens[k];
    let w = t.text.lower_cow();
    let Some(prev) = k.checked_sub(1).map(|p| &doc.tokens[p]) else {
        return true;
    };
    let pw = prev.text.lower_cow();
    if matches!(
        pw.as_ref(),
        "the"
            | "a"
            | "an"
            | "these"
            | "those"
            | "this"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "such"
            | "any"
            | "no"
            | "some"
    ) && !w.ends_with("ed")
    {
        return false;
    }
    let bare = lexicon::cue_verb(&w) == Some(w.as_ref());
    if !(bare && prev.is_word() && prev.is_cap() && lexicon::pronoun(&prev.text).is_none()) {
        return true;
    }
    // After a place's name a bare form is a noun ("Westland state"); after a plural subject
    // it is a verb ("Residents say", "Smith and Jones say").
    let ending = doc
        .mentions
        .iter()
        .skip(doc.mentions.partition_point(|m| m.tok_start + 8 < k))
        .take_while(|m| m.tok_start < k)
        .find(|m| m.tok_end == k);
    match ending {
        Some(m) => m.kind != crate::doc::MentionKind::Place,
        None => prev.sent_start,
    }
}

/// A verb of saying, or of judging, describing or characterising someone's words ("praised",
/// "described … as", "insisted"): the stance lexicon widens the cue lexicon.
pub fn is_stance_token(doc: &Doc, k: usize) -> bool {
    let t = &doc.tokens[k];
    t.is_word() && {
        let w = t.text.lower_cow();
        lexicon::cue_verb(&w).is_some() || lexicon::stance_verb(&w).is_some()
    }
}

/// A reporting verb right after the name ("X said", "X has said", "X, 25, said").
pub fn cue_after(doc: &Doc, b: usize) -> bool {
    let toks = &doc.tokens;
    let mut k = b;
    if k < toks.len() && (toks[k].is_punct(',')) && age_after(doc, b) {
        k += 3;
    } else if k < toks.len() && toks[k].is_punct(',') && b >= 1 {
        // The end of an apposition: "…'s Kenya director, Irungu Houghton, told the BBC".
        let start = (0..b)
            .rev()
            .find(|&i| !(toks[i].is_word() && toks[i].is_cap() && toks[i].text != "I"))
            .map_or(0, |i| i);
        if toks[start].is_punct(',') {
            k += 1;
        }
    }
    for _ in 0..2 {
        let Some(t) = toks.get(k) else { return false };
        if t.is_word() {
            if let Some(lemma) = lexicon::cue_verb(&t.text.lower_cow()) {
                // "Gulf states had agreed": a form before an auxiliary is a plural noun.
                let noun = toks.get(k + 1).is_some_and(|n| {
                    matches!(
                        n.text.as_str(),
                        "had" | "have" | "has" | "were" | "are" | "will" | "would" | "could"
                    )
                });
                // Verbs that also take non-speaking subjects ("Chrome continues to surge").
                return !noun
                    && !matches!(
                        lemma,
                        "continue"
                            | "note"
                            | "call"
                            | "report"
                            | "reveal"
                            | "show"
                            | "find"
                            | "suggest"
                            | "agree"
                            | "accept"
                            | "mean"
                            | "point"
                            | "describe"
                    );
            }
        }
        if matches!(
            t.text.lower_cow().as_ref(),
            "has" | "had" | "have" | "also" | "later" | "then" | "would" | "will" | "previously"
        ) {
            k += 1;
            continue;
        }
        return false;
    }
    false
}

/// A reporting verb inverted before the name `[a, b)`, after a quote or a comma, with the
/// name ending its clause: '"…," said Tarrant.', "Officials, says Okonjo, are …". Only
/// people and bodies speak so; "he said Tarrant was …" (no comma before) is not read.
pub fn cue_before(doc: &Doc, a: usize, b: usize) -> bool {
    let toks = &doc.tokens;
    if a < 2 || !toks[a - 1].is_word() {
        return false;
    }
    let verb = toks[a - 1].text.lower_cow();
    let inverted = matches!(
        verb.as_ref(),
        "said"
            | "says"
            | "added"
            | "adds"
            | "explained"
            | "continued"
            | "insisted"
            | "argued"
            | "recalled"
    );
    let before = &toks[a - 2];
    let after_quote = before.kind == TokKind::Punct
        && matches!(
            before.text.as_str(),
            "," | "\"" | "”" | "’" | "'" | "—" | "–"
        );
    let ends = toks
        .get(b)
        .is_none_or(|t| t.kind == TokKind::Punct || t.text == "who");
    inverted && after_quote && ends
}

/// ", who" after a name: a relative clause that only people take.
pub fn who_after(doc: &Doc, b: usize) -> bool {
    let toks = &doc.tokens;
    b + 1 < toks.len() && toks[b].is_punct(',') && toks[b + 1].text == "who"
}

/// ", 42," after a name: an age apposition, which only people have.
pub fn age_after(doc: &Doc, b: usize) -> bool {
    let toks = &doc.tokens;
    b + 2 < toks.len()
        && toks[b].is_punct(',')
        && toks[b + 1].kind == TokKind::Number
        && toks[b + 1].text.len() <= 3
        && (toks[b + 2].is_punct(',') || toks[b + 2].is_punct(')'))
}
