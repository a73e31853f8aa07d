//! The names stage: finding name spans and deciding what each one names.
//!
//! Candidates are runs of capitalised words ([`names::runs`](super::names::runs)); each is
//! trimmed of determiners, dates, demonyms and titles, which become the mention's role and
//! affiliation ([`names::trim`](super::names::trim), [`roles`](super::roles)), then classified
//! from the strongest evidence available ([`names::classify`](super::names::classify),
//! [`names::place_context`](super::names::place_context)): lexicons (known organizations,
//! first names, the gazetteer), the words around it ("drugs group X" is a company,
//! "spokeswoman X" a person, "X, the spokeswoman," too), and its shape (an organization word
//! at its end, an acronym). Sentence-initial words and headline words need extra evidence,
//! because English capitalises them regardless. This module only runs those steps over the
//! sentences and makes each name's kind consistent across the text.

use std::collections::HashSet;

use crate::doc::{Doc, Mention, MentionKind};
use crate::gazetteer::gazetteer;
use crate::summary::PlaceKind;

use super::names::runs::{extend, is_name_word, particle_before, Context};
use super::names::trim::process_run;

/// Finds all name mentions in the document.
pub fn detect(doc: &mut Doc) {
    let ctx = Context::new(doc);
    let mut mentions = Vec::new();
    let mut vetoed = Vec::new();
    for si in 0..doc.sentences.len() {
        let s = doc.sentences[si];
        let mut i = s.tok_start;
        while i < s.tok_end {
            if !is_name_word(&doc.tokens[i]) {
                i += 1;
                continue;
            }
            let j = extend(doc, i, s.tok_end);
            let before = mentions.len();
            process_run(doc, &ctx, i, j, &mut mentions, &mut vetoed);
            particle_before(doc, i, s.tok_start, &mut mentions[before..]);
            i = j;
        }
    }
    for m in &mut mentions {
        m.in_quote = doc.in_quote(m.start);
    }
    bracketed_acronyms(doc, &mut mentions);
    unify_kinds(&mut mentions);
    mentions.sort_by_key(|m| (m.start, m.end));
    doc.mentions = mentions;
    doc.vetoed = vetoed;
}

/// One name, one kind: a lone word read as a place anywhere is a place where it stands
/// bare; a name classified as an organization anywhere (a descriptor said
/// "drugs group Eli Lilly", a plural verb said "Newcastle have") is an organization
/// everywhere, since person and place were only defaults for it; countries and continents
/// excepted.
fn unify_kinds(mentions: &mut [Mention]) {
    let orgs: HashSet<String> = mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Organization)
        .map(|m| m.text.clone())
        .collect();
    // A lone word read as a place where the text says so ("across Cumbria and …") is that
    // place where it stands bare too (a headline's "in Cumbria"): a person was only the
    // default for an unknown word.
    let places: HashSet<String> = mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Place && m.tok_end == m.tok_start + 1)
        .map(|m| m.text.clone())
        .collect();
    for m in mentions.iter_mut() {
        if m.kind == MentionKind::Person
            && m.role.is_none()
            && !m.described
            && m.tok_end == m.tok_start + 1
            && places.contains(&m.text)
        {
            m.kind = MentionKind::Place;
        }
    }
    for m in mentions.iter_mut() {
        if m.kind != MentionKind::Organization
            && orgs.contains(&m.text)
            && m.role.is_none()
            && !(m.kind == MentionKind::Place && is_country(&m.text))
        {
            m.kind = MentionKind::Organization;
        }
    }
}

/// "the Department of Justice (DoJ)": a word in brackets after an organization whose capitals
/// are the organization's initials is its acronym, in whatever case it is written, and names
/// the organization wherever it stands.
fn bracketed_acronyms(doc: &Doc, mentions: &mut [Mention]) {
    let toks = &doc.tokens;
    let mut acronyms: HashSet<String> = HashSet::new();
    for m in mentions.iter() {
        let e = m.tok_end;
        if m.kind != MentionKind::Organization
            || !toks.get(e).is_some_and(|t| t.is_punct('('))
            || !toks.get(e + 2).is_some_and(|t| t.is_punct(')'))
        {
            continue;
        }
        let acr = &toks[e + 1].text;
        let caps: String = acr.chars().filter(|c| c.is_uppercase()).collect();
        let initials: String = toks[m.tok_start..m.tok_end]
            .iter()
            .filter(|t| t.is_cap())
            .filter_map(|t| t.text.chars().next())
            .collect();
        if caps.chars().count() >= 2 && caps == initials && acr.chars().all(char::is_alphabetic) {
            acronyms.insert(acr.clone());
        }
    }
    if acronyms.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if m.kind != MentionKind::Place && m.role.is_none() && acronyms.contains(&m.text) {
            m.kind = MentionKind::Organization;
            m.described = true;
        }
    }
}

/// A country or continent of the gazetteer: read as a place where the text says nothing
/// else, whatever one other mention of it was taken for ("Iraq have warned Turkey" does not
/// make every "Iraq" of the article a team).
fn is_country(name: &str) -> bool {
    matches!(
        gazetteer().kind_of(name),
        Some(PlaceKind::Country | PlaceKind::Continent)
    )
}
