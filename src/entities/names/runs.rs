//! Finding the runs of capitalised words that may be names.
//!
//! A run starts at a capitalised word (or a particle joined to one, "al-Assad") and takes
//! in the words that occur inside names: more capitalised words, particles ("bin", "van der"),
//! abbreviation full stops ("J. Doe") and the connectors of organization names ("of", "for",
//! "and" in "Food and Drug Administration", small words of a known organization's name).
//! This module also holds the facts about capitalisation that the whole text gives
//! ([`Context`]), which later steps use to tell names from words capitalised by position.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use crate::doc::{Doc, Mention, MentionKind};
use crate::gazetteer::{gazetteer, FastHasher};
use crate::lexicon;
use crate::summary::PlaceKind;
use crate::tokens::Lower;
use crate::tokens::{TokKind, Token};

/// Is this token a connector that may stay inside a name?
pub(crate) fn is_particle(t: &Token) -> bool {
    t.is_word() && lexicon::is_name_particle(&t.text.lower_cow()) && !t.is_cap()
}

/// A hyphenated given name written after the family name, as Korean and Chinese names are
/// ("Jae-sung" in "Lee Jae-sung", "Kwok-kin"): two short syllables, the second in lower
/// case, the first no English prefix ("Co-op", "Anti-war").
pub(crate) fn is_hyphenated_given_name(t: &Token) -> bool {
    let Some((left, right)) = t.text.split_once('-') else {
        return false;
    };
    let short = |s: &str| (1..=6).contains(&s.chars().count());
    t.is_word()
        && short(left)
        && short(right)
        && left.starts_with(|c: char| c.is_uppercase())
        && left.chars().skip(1).all(|c| c.is_lowercase())
        && right.chars().all(|c| c.is_lowercase())
        && !lexicon::in_name_list(lexicon::NameList::HyphenPrefix, left)
}

/// A lowercase particle joined by a hyphen to a capitalised name part: "al-Assad",
/// "el-Sisi", "bin-Talal".
fn is_hyphened_particle(t: &Token) -> bool {
    t.is_word()
        && t.text.split_once('-').is_some_and(|(p, rest)| {
            lexicon::is_name_particle(p) && rest.starts_with(|c: char| c.is_uppercase())
        })
}

/// A word that can be part of a name: capitalised or an acronym, not a lone "I"; or a
/// particle joined to a capitalised name ("al-Qaeda", "el-Sisi").
pub(crate) fn is_name_word(t: &Token) -> bool {
    t.is_word() && (t.is_cap() && t.text != "I" || is_hyphened_particle(t))
}

/// Facts about the whole text computed once: words seen lowercase, words seen capitalised
/// in the middle of sentences.
pub struct Context<'a> {
    pub(crate) lower_seen: Words<'a>,
    pub(crate) cap_mid_seen: Words<'a>,
    /// Capitalised words seen without a name word before them ("Lai" in "Lai's empire").
    pub(crate) standalone: Words<'a>,
    /// Capitalised words that the text names as a language or a people ("Yoruba speakers",
    /// "the Basque language").
    pub(crate) peoples: Words<'a>,
}

/// A set of the document's words, borrowed from its tokens.
pub(crate) type Words<'a> = HashSet<&'a str, BuildHasherDefault<FastHasher>>;

impl<'a> Context<'a> {
    pub fn new(doc: &'a Doc) -> Context<'a> {
        let mut lower_seen = Words::default();
        let mut cap_mid_seen = Words::default();
        let mut standalone = Words::default();
        let mut peoples = Words::default();
        for (i, t) in doc.tokens.iter().enumerate() {
            if !t.is_word() {
                continue;
            }
            if t.is_cap() && (i == 0 || !is_name_word(&doc.tokens[i - 1])) {
                standalone.insert(t.text.as_str());
            }
            if t.is_cap()
                && doc.tokens.get(i + 1).is_some_and(|n| {
                    lexicon::in_name_list(lexicon::NameList::PeopleFollower, &n.text)
                })
            {
                peoples.insert(t.text.as_str());
            }
            if t.text.chars().next().is_some_and(|c| c.is_lowercase()) {
                lower_seen.insert(t.text.as_str());
            } else if !t.sent_start && !doc.sentences[t.sent].headline && !after_opening(doc, i) {
                cap_mid_seen.insert(t.text.as_str());
            }
        }
        Context {
            lower_seen,
            cap_mid_seen,
            standalone,
            peoples,
        }
    }
}

/// Token `i` follows an opening quote, bracket, dash or colon (a position that capitalises).
pub(crate) fn after_opening(doc: &Doc, i: usize) -> bool {
    let mut k = i;
    while k > 0 {
        let p = &doc.tokens[k - 1];
        if p.kind != TokKind::Punct {
            return false;
        }
        if matches!(
            p.text.as_str(),
            "\"" | "“" | "‘" | "'" | "«" | "„" | "(" | "[" | ":" | "—" | "–" | "-"
        ) {
            return true;
        }
        if p.sent_start {
            return true;
        }
        k -= 1;
    }
    true
}

/// Longest run of tokens taken as one name candidate: longer runs (title-case headlines,
/// garbage) are cut into pieces, which keeps the per-run work bounded.
const MAX_RUN_TOKENS: usize = 16;

/// Extends a run of name words starting at `i`; returns its end (exclusive).
pub(crate) fn extend(doc: &Doc, i: usize, end: usize) -> usize {
    let toks = &doc.tokens;
    let mut j = i + 1;
    let mut seen_of = false;
    let mut seen_connector = false;
    // Inside "Department for Culture, Media and Sport": a list of the body's fields.
    let mut in_list = false;
    let mut has_org_word =
        lexicon::is_org_prefix(&toks[i].text) || lexicon::is_org_suffix(&toks[i].text);
    while j < end && j - i < MAX_RUN_TOKENS {
        let t = &toks[j];
        if t.line_before {
            break;
        }
        // "Mr. Smith", "J. Doe": an abbreviation or initial keeps its period inside the name.
        if t.is_punct('.')
            && !t.space_before
            && j + 1 < end
            && is_name_word(&toks[j + 1])
            && (crate::tokens::is_abbreviation(&toks[j - 1].text)
                || toks[j - 1].text.chars().count() == 1)
        {
            j += 1;
            continue;
        }
        if is_name_word(t) {
            has_org_word |= lexicon::is_org_prefix(&t.text) || lexicon::is_org_suffix(&t.text);
            j += 1;
            continue;
        }
        // A particle joined to the surname: "Bashar al-Assad", "Abdel Fattah el-Sisi".
        if is_hyphened_particle(t) {
            j += 1;
            continue;
        }
        // "People's Daily", "Korean People's Army": a possessive inside an organization name
        // (not after a country: "Kenya's Ministry of Health" is the country's ministry).
        // ("People's Democratic Party", "Women's Tennis Association": the organization word
        // may come a few name words later)
        if matches!(t.text.as_str(), "'s" | "’s")
            && j + 1 < end
            && is_name_word(&toks[j + 1])
            && (lexicon::is_org_suffix(&toks[j + 1].text)
                || matches!(
                    toks[j - 1].text.lower_cow().as_ref(),
                    "people" | "women" | "men" | "children"
                ) && (j + 1..(j + 5).min(end))
                    .take_while(|&k| is_name_word(&toks[k]))
                    .any(|k| lexicon::is_org_suffix(&toks[k].text)))
            && gazetteer().kind_of(&doc.tok_text(i, j)) != Some(PlaceKind::Country)
        {
            j += 1;
            continue;
        }
        // "Prison Officers' Association", "Workers' Party": a plural possessive inside an
        // organization name.
        if matches!(t.text.as_str(), "'" | "’")
            && !t.space_before
            && j > i
            && toks[j - 1].text.ends_with('s')
            && j + 1 < end
            && is_name_word(&toks[j + 1])
            && lexicon::is_org_suffix(&toks[j + 1].text)
        {
            j += 1;
            continue;
        }
        // Particles may come in a row: "Ursula von der Leyen".
        if is_particle(t) {
            let mut k = j;
            while k < end && is_particle(&toks[k]) && !toks[k].line_before {
                k += 1;
            }
            if k < end && k > j && k - j <= 3 && is_name_word(&toks[k]) && !toks[k].line_before {
                j = k;
                continue;
            }
        }
        // A known organization's name with small words in it: "Save the Children",
        // "Friends of the Earth".
        if matches!(t.text.as_str(), "the" | "of" | "for" | "to" | "and" | "on")
            && !t.line_before
            && j + 1 < end
            && (is_name_word(&toks[j + 1]) || j + 2 < end && is_name_word(&toks[j + 2]))
        {
            let known = (j + 1..end.min(j + 5)).rev().find(|&e| {
                is_name_word(&toks[e])
                    && toks[j..=e].iter().all(|t| t.is_word() && !t.line_before)
                    && {
                        let text = doc.tok_text(i, e + 1);
                        lexicon::known_org(&text).is_some()
                            // ("Argyll and Bute", "Isle of Man": a region or a feature; a
                            // country's parts are places of their own, "Antigua and Barbuda")
                            || gazetteer().lookup(&text).first().is_some_and(|&id| {
                                gazetteer().entry(id).kind != PlaceKind::Country
                            })
                    }
            });
            if let Some(e) = known {
                has_org_word = true;
                j = e + 1;
                continue;
            }
        }
        // "Peter the Great", "Pliny the Elder": an epithet ends a person's name.
        if t.text == "the"
            && j > i
            && j + 1 < end
            && !toks[j + 1].line_before
            && lexicon::in_name_list(lexicon::NameList::Epithet, &toks[j + 1].text)
            && !has_org_word
        {
            j += 2;
            break;
        }
        // Connectors need a capitalised word right after them ("for" and "of" may have an
        // article between: "Center for a New American Security").
        let cap_at = |k: usize| k < end && is_name_word(&toks[k]) && !toks[k].line_before;
        let article_next = matches!(t.text.as_str(), "for" | "of")
            && j + 1 < end
            && matches!(toks[j + 1].text.as_str(), "a" | "an" | "the")
            && cap_at(j + 2);
        let next_cap = cap_at(j + 1);
        if !(next_cap || article_next && has_org_word && !seen_of) {
            break;
        }
        if article_next && !next_cap {
            // The article joins the name only before a name that is not a place or a body of
            // its own ("Council for the Netherlands" stays two names).
            let k = j + 2;
            let own = lexicon::known_org(&toks[k].text).is_some()
                || !gazetteer().lookup(&toks[k].text).is_empty();
            if own || lexicon::is_stopword(&toks[k].text) {
                break;
            }
            seen_of |= t.text == "of";
            seen_connector = true;
            j += 2;
            continue;
        }
        // "Ministry of Housing, Communities and Local Government": after "of"/"for", a comma
        // continues the name when a list of capitalised words follows and ends with "and".
        if t.is_punct(',') {
            if has_org_word && (seen_of || seen_connector) && org_field_list(doc, j + 1, end) {
                in_list = true;
                j += 1;
                continue;
            }
            break;
        }
        if is_particle(t) {
            j += 1;
            continue;
        }
        let lower = t.text.as_str();
        let run_after_has_org = {
            let mut k = j + 1;
            let mut found = false;
            while k < end && is_name_word(&toks[k]) {
                found |= lexicon::is_org_suffix(&toks[k].text);
                k += 1;
            }
            found
        };
        let ok = match lower {
            // "Secretary of State Ann Smith": a title with "of" in it stays in the run.
            "of" => {
                !seen_of
                    && (has_org_word
                        // "Gulf of Aden", "Isle of Wight", "Cape of Good Hope": a feature
                        // named "X of Y", in the gazetteer or headed by a feature word.
                        || (j + 2..(j + 5).min(end + 1))
                            .any(|e| !gazetteer().lookup(&doc.tok_text(i, e)).is_empty())
                        || j == i + 1
                            && super::place_context::place_word_kind(&toks[i].text)
                                .is_some_and(|k| k == PlaceKind::Feature)
                        || (i..j).any(|k| {
                            lexicon::title(&words(doc, k, (j + 3).min(end)))
                                .is_some_and(|(n, _)| k + n > j + 1)
                        }))
            }
            // "Council on Foreign Relations", but not "the Union on Monday".
            "for" | "on" => has_org_word && !seen_of && !lexicon::is_stopword(&toks[j + 1].text),
            // "Committee to Protect Journalists": a body named for its aim, a capitalised
            // verb and its object; not "the Ministry to Barack Obama" or "… to New York".
            "to" => {
                lexicon::is_org_prefix(&toks[j - 1].text)
                    && !seen_of
                    && !seen_connector
                    && cap_at(j + 2)
                    && lexicon::first_name(&toks[j + 1].text).is_none()
                    && lexicon::known_org(&toks[j + 1].text).is_none()
                    && gazetteer().lookup(&toks[j + 1].text).is_empty()
                    && gazetteer().lookup(&doc.tok_text(j + 1, j + 3)).is_empty()
                    && !lexicon::is_stopword(&toks[j + 1].text)
            }
            // "Food and Drug Administration", but not "the Treasury Board and Acme Inc".
            "and" => {
                in_list
                    || (!seen_of
                        && !lexicon::is_org_suffix(&toks[j - 1].text)
                        && (run_after_has_org || (has_org_word && seen_connector)))
                    // "Ministry of Civil Defence and Emergency Management": the fields of a
                    // body named "X of …", unless a person or another body follows.
                    || (seen_of
                        && has_org_word
                        && !lexicon::is_org_suffix(&toks[j - 1].text)
                        && lexicon::first_name(&toks[j + 1].text).is_none()
                        && !lexicon::is_org_prefix(&toks[j + 1].text)
                        && lexicon::known_org(&toks[j + 1].text).is_none()
                        && gazetteer().lookup(&toks[j + 1].text).is_empty())
            }
            "&" => true,
            // ("… Studies in Washington": a body's seat is no part of its name)
            "in" => {
                has_org_word
                    && seen_connector
                    && !seen_of
                    && gazetteer().lookup(&toks[j + 1].text).is_empty()
            }
            // "University of the US" is a university in a country, not a name.
            "the" => j > i && toks[j - 1].text == "of" && !followed_by_country(doc, j + 1, end),
            _ => false,
        };
        if !ok {
            break;
        }
        if lower == "of" {
            seen_of = true;
        }
        if matches!(lower, "for" | "and" | "&" | "on") {
            seen_connector = true;
        }
        j += 1;
    }
    // Do not end on a connector.
    while j > i + 1 && !is_name_word(&toks[j - 1]) && !is_hyphened_particle(&toks[j - 1]) {
        j -= 1;
    }
    j
}

/// Is `k` the start of "Culture, Media and Sport": capitalised words, separated by commas,
/// whose last item follows "and"? (At most a few items, within `end`.)
fn org_field_list(doc: &Doc, mut k: usize, end: usize) -> bool {
    let toks = &doc.tokens;
    for _ in 0..6 {
        let start = k;
        while k < end && is_name_word(&toks[k]) && !toks[k].line_before {
            k += 1;
        }
        if k == start || k >= end {
            return false;
        }
        let t = &toks[k];
        let next_cap = k + 1 < end && is_name_word(&toks[k + 1]) && !toks[k + 1].line_before;
        // an item that is a place ("Ministry of Defence, Paris and Berlin") ends the name
        if !gazetteer().lookup(&doc.tok_text(start, k)).is_empty() {
            return false;
        }
        if t.text == "and" {
            let mut e = k + 1;
            while e < end && is_name_word(&toks[e]) && !toks[e].line_before {
                e += 1;
            }
            return next_cap && gazetteer().lookup(&doc.tok_text(k + 1, e)).is_empty();
        }
        if !(t.is_punct(',') && next_cap) {
            return false;
        }
        k += 1;
    }
    false
}

/// Does a country's name start at token `k`?
fn followed_by_country(doc: &Doc, k: usize, end: usize) -> bool {
    (k + 1..=(k + 3).min(end))
        .any(|e| gazetteer().kind_of(&doc.tok_text(k, e)) == Some(PlaceKind::Country))
}

/// A person's name found at token `i` takes in the particle just before it when nothing
/// capitalised precedes that ("said bin Laden was", "de Gaulle's").
pub(crate) fn particle_before(doc: &Doc, i: usize, sent_start: usize, found: &mut [Mention]) {
    if i == sent_start {
        return;
    }
    let p = &doc.tokens[i - 1];
    let particle = p.is_word()
        && !p.is_cap()
        && lexicon::is_surname_particle(&p.text)
        && p.end == doc.tokens[i].start - 1;
    if !particle || i - 1 > sent_start && doc.tokens[i - 2].is_cap() {
        return;
    }
    for m in found {
        if m.kind == MentionKind::Person && m.tok_start == i && m.role.is_none() {
            m.tok_start = i - 1;
            m.start = p.start;
            m.text = doc.tok_text(i - 1, m.tok_end);
        }
    }
}

pub(crate) fn words(doc: &Doc, s: usize, e: usize) -> Vec<&str> {
    doc.tokens[s..e].iter().map(|t| t.text.as_str()).collect()
}
