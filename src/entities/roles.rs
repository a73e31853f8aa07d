//! Reading a person's role and affiliation from the words around their name.
//!
//! A role is a title ("Foreign Minister", "Mr"), a role noun before the name ("spokeswoman
//! X", "State Department spokesman X", "the head of American diplomacy, X") or an apposition
//! after it ("X, the spokeswoman,", "X, chairman of Save Our Community"). The affiliation is
//! the organization or nation such a phrase names, or the body after "of" ("X of Greenpeace").
//! Forms of address ("Mr", "Madame") are titles that give no role.

use crate::doc::Doc;
use crate::gazetteer::gazetteer;
use crate::lexicon::{self, Gender, NameList};
use crate::summary::PlaceKind;
use crate::tokens::Lower;
use crate::tokens::TokKind;

use super::names::classify::is_org_shape;
use super::names::runs::{extend, is_name_word, words};

/// Forms of address that say nothing about a person's role.
pub(crate) fn is_courtesy(title: &str) -> bool {
    lexicon::in_name_list(NameList::Courtesy, title.trim_end_matches('.'))
}

/// A role phrase right before the run starting at `i`: "spokeswoman X", "company president X",
/// "State Department spokesman X" (affiliation), "the head of American diplomacy, X".
pub(crate) fn role_before(doc: &Doc, i: usize) -> Option<(String, Gender, Option<String>)> {
    let toks = &doc.tokens;
    if i == 0 {
        return None;
    }
    let sent_start = doc.sentences[toks[i].sent].tok_start;
    // Pattern B: "<det> <role phrase>, X"; not "a judge in Edinburgh, Scotland", where a
    // country or region after a place continues the place.
    let place_goes_on = i >= 2
        && is_name_word(&toks[i - 2])
        && matches!(
            gazetteer().kind_of(&toks[i].text),
            Some(PlaceKind::Country | PlaceKind::Region)
        );
    if toks[i - 1].is_punct(',') && i >= 2 && !place_goes_on {
        let end = i - 1;
        let mut k = end;
        while k > sent_start && end - k < 7 {
            let t = &toks[k - 1];
            let l = t.text.lower_cow();
            let possessive = matches!(l.as_ref(), "'s" | "’s");
            if matches!(
                l.as_ref(),
                "the" | "its" | "his" | "her" | "their" | "a" | "an"
            ) || possessive
            {
                let phrase: Vec<&str> = words(doc, k, end);
                if phrase.is_empty() {
                    break;
                }
                let lw: Vec<String> = phrase.iter().map(|w| w.to_lowercase()).collect();
                let lr: Vec<&str> = lw.iter().map(String::as_str).collect();
                let has_role = (0..lr.len()).any(|s| {
                    lexicon::role_noun(&lr[s..]).is_some() || lexicon::title(&phrase[s..]).is_some()
                });
                if has_role {
                    let g = (0..lr.len())
                        .find_map(|s| lexicon::role_noun(&lr[s..]).map(|(_, g)| g))
                        .unwrap_or(Gender::Unknown);
                    // "Amnesty International's Kenya director, X": the owner is the affiliation.
                    let mut owner = k - 1;
                    while possessive && owner > sent_start && is_name_word(&toks[owner - 1]) {
                        owner -= 1;
                    }
                    let aff = if possessive && owner < k - 1 {
                        Some(canonical_org(&doc.tok_text(owner, k - 1)))
                    } else {
                        phrase
                            .iter()
                            .find_map(|w| gazetteer().demonym(w).map(str::to_string))
                    };
                    return Some((doc.tok_text(k, end), g, aff));
                }
                break;
            }
            if t.kind == TokKind::Punct {
                break;
            }
            k -= 1;
        }
        return None;
    }
    // Pattern A: lowercase role noun phrase directly before, optionally after an org/demonym.
    let mut best: Option<(usize, Gender)> = None;
    let depth = (i - sent_start).min(4);
    let lowered: Vec<_> = toks[i - depth..i]
        .iter()
        .map(|t| t.text.lower_cow())
        .collect();
    let mut lr = [""; 4];
    for (w, l) in lr.iter_mut().zip(&lowered) {
        *w = l.as_ref();
    }
    for back in 1..=depth {
        let k = i - back;
        if toks[k].kind == TokKind::Punct {
            break;
        }
        if let Some((n, g)) = lexicon::role_noun(&lr[depth - back..depth]) {
            if n == back {
                best = Some((k, g));
            }
        }
    }
    let (k, g) = best?;
    if toks[k].is_cap() && lexicon::title(&words(doc, k, i)).is_none() {
        return None;
    }
    // "told reporters France would …": a plural role before a lone known place names a group
    // it spoke to ("athletes Vitas Gerulaitis and …" lists people).
    let head = lr[depth - 1];
    let singular = head
        .strip_suffix("men")
        .map(|w| format!("{w}man"))
        .or_else(|| head.strip_suffix('s').map(str::to_string));
    if singular.is_some_and(|w| lexicon::role_noun(&[w.as_str()]).is_some())
        && !toks.get(i + 1).is_some_and(is_name_word)
        && !gazetteer().lookup(&toks[i].text).is_empty()
    {
        return None;
    }
    // Affiliation: a capitalised run or demonym right before the role.
    let mut aff = None;
    let mut s = k;
    while s > sent_start && is_name_word(&toks[s - 1]) {
        s -= 1;
    }
    if s < k {
        let t = doc.tok_text(s, k);
        let t = t.strip_prefix("The ").map(str::to_string).unwrap_or(t);
        // "Retail analyst X" at a sentence start: a capitalised common word, part of the role.
        let unknown_initial = s == sent_start
            && k - s == 1
            && lexicon::known_org(&t).is_none()
            && gazetteer().lookup(&t).is_empty()
            && gazetteer().demonym(&t).is_none();
        if unknown_initial {
            return Some((doc.tok_text(s, i), g, None));
        }
        aff = Some(
            gazetteer()
                .demonym(&t)
                .map(str::to_string)
                .unwrap_or_else(|| canonical_org(&t)),
        );
    }
    Some((doc.tok_text(k, i), g, aff))
}

/// An apposition after the name: ", the spokeswoman", ", White House spokeswoman",
/// ", chairman of Save Our Community". Returns (role, gender, affiliation).
pub(crate) fn role_after(doc: &Doc, b: usize) -> Option<(String, Gender, Option<String>)> {
    let toks = &doc.tokens;
    if b >= toks.len() || !toks[b].is_punct(',') {
        return None;
    }
    let mut k = b + 1;
    if toks
        .get(k)
        .is_some_and(|t| matches!(t.text.lower_cow().as_ref(), "the" | "a" | "an" | "its"))
    {
        k += 1;
    }
    let start = k;
    let mut end = k;
    while end < toks.len() && end - start < 8 {
        let t = &toks[end];
        if t.kind == TokKind::Punct && t.text != "-" || t.line_before {
            break;
        }
        if t.is_word() && lexicon::cue_verb(&t.text.lower_cow()).is_some() {
            break;
        }
        if matches!(t.text.as_str(), "who" | "which" | "that" | "and") {
            break;
        }
        end += 1;
    }
    if end == start {
        return None;
    }
    // The phrase must start with a role (possibly after an org or demonym).
    let mut s = start;
    let mut aff = None;
    while s < end && is_name_word(&toks[s]) && lexicon::title(&words(doc, s, end)).is_none() {
        s += 1;
    }
    if s > start {
        let t = doc.tok_text(start, s);
        aff = Some(
            gazetteer()
                .demonym(&t)
                .map(str::to_string)
                .unwrap_or_else(|| canonical_org(&t)),
        );
    }
    if s >= end {
        return None;
    }
    let lw: Vec<_> = toks[s..end].iter().map(|t| t.text.lower_cow()).collect();
    let lr: Vec<&str> = lw.iter().map(|w| w.as_ref()).collect();
    // "Speaking at Stormont, Mr McGrath said": a title before a name is another person.
    if let Some((n, _)) = lexicon::title(&words(doc, s, end)) {
        let mut k = s + n;
        while k < toks.len() && toks[k].is_punct('.') {
            k += 1;
        }
        if toks.get(k).is_some_and(is_name_word) && lexicon::role_noun(&lr).is_none() {
            return None;
        }
    }
    // ", accused ministers of …": a verb's past form with no article before it is the
    // sentence's verb, not a role ("the accused" is one).
    if start == b + 1 && s == start && lr[0].ends_with("ed") {
        return None;
    }
    let (n, g) = lexicon::role_noun(&lr)
        .or_else(|| lexicon::title(&words(doc, s, end)).map(|(n, t)| (n, t.gender)))
        .or_else(|| {
            // "public information officer", "senior policy adviser": up to three lowercase
            // modifiers before the role noun belong to the role.
            (1..=3).take_while(|&m| s + m < end).find_map(|m| {
                let modifiers = toks[s..s + m]
                    .iter()
                    .all(|t| t.is_word() && !t.is_cap() && !lexicon::is_stopword(&t.text));
                if !modifiers {
                    return None;
                }
                lexicon::role_noun(&lr[m..]).map(|(n, g)| (m + n, g))
            })
        })?;
    // "X, the President's official residence": a role owning something is not X's role.
    if crate::context::possessed(doc, s + n) {
        return None;
    }
    // Include "of <Org>" after the role noun.
    let mut e = s + n;
    if e < end && toks[e].text == "of" {
        let mut f = e + 1;
        while f < end
            && (is_name_word(&toks[f])
                || toks[f].text == "the"
                // "head of the National Confederation of Agriculture"
                || (matches!(toks[f].text.as_str(), "of" | "for")
                    && f > e + 1
                    && is_name_word(&toks[f - 1])
                    && toks.get(f + 1).is_some_and(is_name_word)))
        {
            f += 1;
        }
        // "director of the group's campaign": a bare "the" names nothing
        while f > e + 1 && toks[f - 1].text == "the" {
            f -= 1;
        }
        if f > e + 1 {
            if aff.is_none() {
                let t = doc.tok_text(e + 1, f);
                aff = Some(canonical_org(t.strip_prefix("the ").unwrap_or(&t)));
            }
            e = f;
        }
    }
    Some((doc.tok_text(s, e), g, aff))
}

/// The organization named right after a person by "of" ("X of South Wales Police").
pub(crate) fn org_after_of(doc: &Doc, b: usize) -> Option<String> {
    let toks = &doc.tokens;
    if toks.get(b).is_none_or(|t| t.text != "of") {
        return None;
    }
    let mut a = b + 1;
    if toks.get(a).is_some_and(|t| t.text == "the") {
        a += 1;
    }
    let end = doc.sentences[toks[b].sent].tok_end;
    if a >= end || !is_name_word(&toks[a]) {
        return None;
    }
    let e = extend(doc, a, end);
    let text = doc.tok_text(a, e);
    if let Some(org) = lexicon::known_org(&text) {
        return Some(org.name.to_string());
    }
    (is_org_shape(doc, a, e) && gazetteer().lookup(&text).is_empty()).then_some(text)
}

/// The organization's name as written, without a leading "the".
pub(crate) fn canonical_org(text: &str) -> String {
    text.strip_prefix("the ")
        .or_else(|| text.strip_prefix("The "))
        .unwrap_or(text)
        .to_string()
}
