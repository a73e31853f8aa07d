//! Reading from the words around a name, and from its last word, that it names a place the
//! gazetteer may lack.
//!
//! "the town of Yeoncheon", "Steinish, a village on the island", "in Orange Park, Florida"
//! and "Three Mile Island" all name places without any list of places knowing them; the
//! place layer ([`crate::places`]) asks the same questions to give such places a kind.

use crate::doc::Doc;
use crate::gazetteer::gazetteer;
use crate::lexicon;
use crate::summary::PlaceKind;
use crate::tokens::Lower;
use crate::tokens::TokKind;

use super::runs::is_name_word;

/// The kind of place named by "the town of", "the province of" … just before token `a`.
pub fn settlement_before(doc: &Doc, a: usize) -> Option<PlaceKind> {
    if a < 2 || !doc.tokens[a - 1].text.eq_ignore_ascii_case("of") {
        return None;
    }
    lexicon::settlement_of(&doc.tokens[a - 2].text.lower_cow())
}

/// ", a village …", ", the small town …" right after the name at `[.., b)` (at most two
/// modifiers; not "a town councillor", where the noun is part of a role).
pub(crate) fn settlement_apposition(doc: &Doc, b: usize) -> bool {
    let toks = &doc.tokens;
    if !toks.get(b).is_some_and(|t| t.is_punct(',')) {
        return false;
    }
    let Some(det) = toks.get(b + 1) else {
        return false;
    };
    if !matches!(det.text.lower_cow().as_ref(), "a" | "an" | "the") {
        return false;
    }
    (b + 2..(b + 5).min(toks.len())).any(|k| {
        let t = &toks[k];
        let modifiers_ok = toks[b + 2..k]
            .iter()
            .all(|m| m.is_word() && !m.is_cap() && !lexicon::is_settlement_noun(&m.text));
        modifiers_ok
            && t.is_word()
            && lexicon::is_settlement_noun(&t.text)
            && !toks.get(k + 1).is_some_and(|n| {
                n.is_word() && lexicon::role_noun(&[n.text.lower_cow().as_ref()]).is_some()
            })
    })
}

/// "in Orange Park, Florida", "from Steinish, Scotland": after a locative preposition, a
/// name followed by a comma and a region or country of the gazetteer (ending the clause) is
/// a place in it.
pub(crate) fn in_known_place(doc: &Doc, a: usize, b: usize) -> bool {
    let toks = &doc.tokens;
    if a == 0
        || !matches!(
            toks[a - 1].text.lower_cow().as_ref(),
            "in" | "of" | "from" | "at" | "near" | "to"
        )
        || b - a > 3
        || !toks.get(b).is_some_and(|t| t.is_punct(','))
    {
        return false;
    }
    let mut e = b + 1;
    while e < toks.len() && e - (b + 1) < 3 && is_name_word(&toks[e]) {
        e += 1;
    }
    if e == b + 1
        || !toks
            .get(e)
            .is_none_or(|t| t.kind == TokKind::Punct && t.text != "'")
    {
        return false;
    }
    matches!(
        gazetteer().kind_of(&doc.tok_text(b + 1, e)),
        Some(PlaceKind::Region | PlaceKind::Country)
    )
}

/// Last words that make a capitalised run a place even when the gazetteer lacks it:
/// "Three Mile Island" (a feature), "Castlefrank Road" (a street).
pub fn place_word_kind(word: &str) -> Option<PlaceKind> {
    lexicon::place_name_end(word)
        .or_else(|| lexicon::is_facility_word(word).then_some(PlaceKind::Other))
}
