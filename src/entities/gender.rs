//! A person's gender as the text itself states it, for the Sources view's figures.
//!
//! Evidence is only what the article says: honorifics and gendered titles or roles written
//! with the name ("Mrs Cole", "spokeswoman Ann Lee", each mention's `gender_hint`), and
//! singular pronouns that can only refer to that person ("Cole said she …"). First names are
//! never evidence here, although the coreference step uses them to pick antecedents: a
//! source's gender in the figures must be one the reader can check in the text.
//!
//! A subject pronoun ("he", "she", "himself", "herself"; possessives and objects too often
//! mean someone else) counts for a person only when that person is the one it can mean: the
//! subject of the pronoun's own sentence, or the one person named in the sentence before,
//! with no role or kinship noun in between ("Smith's wife said she" says nothing about
//! Smith). Each title
//! counts twice a pronoun; a gender is stated when its evidence is at least three times that
//! of the other.

use crate::doc::{Doc, MentionKind};
use crate::lexicon::{self, Gender};
use crate::summary::{ActorKind, StatedGender};
use crate::tokens::Lower;

/// Weight of a title or honorific against one pronoun.
const TITLE_WEIGHT: u32 = 2;

/// Sets `ActorEntity::stated_gender` for every person.
pub fn state(doc: &mut Doc) {
    let mut votes = vec![(0u32, 0u32); doc.actors.len()];
    let mut add = |a: usize, g: Gender, w: u32| match g {
        Gender::Female => votes[a].0 += w,
        Gender::Male => votes[a].1 += w,
        Gender::Unknown => {}
    };
    for m in &doc.mentions {
        if let (Some(a), MentionKind::Person, Some(g)) = (m.entity, m.kind, m.gender_hint) {
            add(a, g, TITLE_WEIGHT);
        }
    }
    for (a, e) in doc.actors.iter().enumerate() {
        if let Some(role) = &e.role {
            let lower = role.to_lowercase();
            let words: Vec<&str> = lower.split_whitespace().collect();
            // the role's last word carries its gender ("press spokeswoman")
            if let Some((_, g)) = words.last().and_then(|w| lexicon::role_noun(&[w])) {
                add(a, g, TITLE_WEIGHT);
            }
        }
    }
    for k in 0..doc.tokens.len() {
        let t = &doc.tokens[k];
        if !t.is_word() {
            continue;
        }
        let w = t.text.lower_cow();
        if !matches!(w.as_ref(), "he" | "she" | "himself" | "herself") {
            continue;
        }
        let Some((g @ (Gender::Female | Gender::Male), false)) = lexicon::pronoun(&w) else {
            continue;
        };
        if doc.in_quote(t.start) {
            continue;
        }
        if let Some(a) = sole_antecedent(doc, k) {
            add(a, g, 1);
        }
    }
    for (a, e) in doc.actors.iter_mut().enumerate() {
        let (f, m) = votes[a];
        e.stated_gender = match e.kind {
            ActorKind::Person if f > 0 && f >= 3 * m => Some(StatedGender::Woman),
            ActorKind::Person if m > 0 && m >= 3 * f => Some(StatedGender::Man),
            _ => None,
        };
    }
}

/// Only a determiner or a title stands before token `start` in the sentence from `here`:
/// the name there is the sentence's subject ("The minister, Ann Cole, …", "Dr Cole …").
fn opens_sentence(doc: &Doc, here: usize, start: usize) -> bool {
    let words: Vec<&str> = doc.tokens[here..start]
        .iter()
        .map(|t| t.text.as_str())
        .collect();
    match words.as_slice() {
        [] => true,
        [w] if w.eq_ignore_ascii_case("the") => true,
        _ => lexicon::title(&words).is_some_and(|(n, _)| n == words.len()),
    }
}

/// The person a subject pronoun at token `k` ("he", "she", "himself", "herself") can only
/// mean: the one person named (outside quotations) in the sentence before, ahead of any
/// pronoun there, when the pronoun comes before any person of its own sentence, or the person named at the start of the
/// pronoun's own sentence (its subject: "Cole said she …", not "Accompanied by Cole, she
/// …"). Nothing when a role or kinship noun (another possible referent) stands between.
fn sole_antecedent(doc: &Doc, k: usize) -> Option<usize> {
    let sent = doc.tokens[k].sent;
    let here = doc.sentences[sent].tok_start;
    let persons = |s: usize, e: usize| {
        crate::context::mentions_in(doc, s, e)
            .filter(|m| !m.in_quote && m.kind == MentionKind::Person && m.entity.is_some())
            .map(|m| (m.entity.unwrap_or(0), m.tok_start, m.tok_end))
            .collect::<Vec<_>>()
    };
    let own = persons(here, k);
    let (a, after) = match own.first() {
        // the subject: the sentence's first words, after at most a title or determiner
        Some(&(a, start, end)) if opens_sentence(doc, here, start) => {
            if own.iter().any(|&(b, _, _)| b != a) {
                return None;
            }
            (a, end)
        }
        Some(_) => return None,
        None if sent > 0 => {
            let prev = &doc.sentences[sent - 1];
            let before = persons(prev.tok_start, prev.tok_end);
            let &(a, start, end) = before.first()?;
            if before.iter().any(|&(b, _, _)| b != a) {
                return None;
            }
            // "She called on Cole. “…,” she said": the earlier pronoun was the subject
            if doc.tokens[prev.tok_start..start]
                .iter()
                .any(|t| matches!(t.text.lower_cow().as_ref(), "he" | "she" | "they" | "it"))
            {
                return None;
            }
            (a, end)
        }
        None => return None,
    };
    if doc.actors.get(a)?.kind != ActorKind::Person {
        return None;
    }
    let other_person = doc.tokens[after.min(k)..k].iter().any(|t| {
        t.is_word() && {
            let w = t.text.lower_cow();
            lexicon::is_kin_noun(&w) || lexicon::role_noun(&[w.as_ref()]).is_some()
        }
    });
    (!other_person).then_some(a)
}
