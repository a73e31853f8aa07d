//! Which actor "he", "she", "it", "the minister" or "the company" refers to at a point.
//!
//! The quote layer asks this for speaker phrases. The rule is the one a careful reader
//! applies to news prose: look back sentence by sentence (skipping quoted speech, whose
//! names are usually not the speaker) and take, in the nearest sentence that has one, the
//! first compatible mention — the first is most often the subject. Compatibility uses
//! gender (first names, honorifics, "spokeswoman"), kind (persons for he/she, organizations
//! or governments for "it"), and role words ("the minister" wants an actor whose role says
//! minister).

use crate::doc::{Doc, MentionKind, SpeakerRef};
use crate::lexicon::{self, Gender, ReferenceList};
use crate::summary::ActorKind;

/// How far back (in sentences) an antecedent is looked for.
const MAX_SENTENCES_BACK: usize = 6;

/// A description that names a role or a kind of body ("the foreign secretary", "the
/// ministry") is specific enough to look further back.
const MAX_SENTENCES_BACK_DESCRIPTION: usize = 40;

/// Resolves the speaker phrase `[s, e)` (token indices) standing at character `pos`.
pub fn resolve(doc: &Doc, s: usize, e: usize) -> Option<SpeakerRef> {
    if s >= e {
        return None;
    }
    // A name inside the phrase wins: the last actor, else a place (a government).
    let pos = doc.tokens[s].start;
    let end = doc.tokens[e - 1].end;
    let mut place = None;
    let mut actor = None;
    let lo = doc.mentions.partition_point(|m| m.start < pos);
    for m in doc.mentions[lo..].iter().take_while(|m| m.start < end) {
        // "a fisherman in Vigo": a name after a locative preposition does not speak.
        if m.end <= end && !(m.tok_start > s && crate::context::after_preposition(doc, m.tok_start))
        {
            // ("residents of Lyon", "the mayor of Bankass": a place after a preposition is
            // where the speakers are, not a government speaking)
            let place_complement = m.tok_start > s
                && matches!(
                    doc.tokens[m.tok_start - 1].text.as_str(),
                    "of" | "in" | "from" | "for" | "at" | "near"
                );
            match (m.kind, m.entity) {
                (MentionKind::Place, Some(_)) if place_complement => {}
                (MentionKind::Place, Some(p)) => place = place.or(Some(SpeakerRef::Place(p))),
                (_, Some(a)) if actor.is_none() => {
                    actor = Some(SpeakerRef::Actor(a));
                }
                _ => {}
            }
        }
    }
    if actor.is_some() {
        return actor;
    }
    if place.is_some() {
        return place;
    }
    let lw: Vec<String> = doc.tokens[s..e]
        .iter()
        .map(|t| t.text.to_lowercase())
        .collect();
    let words: Vec<&str> = lw.iter().map(String::as_str).collect();
    if let [w] = words.as_slice() {
        if let Some((gender, plural)) = lexicon::pronoun(w) {
            return pronoun(doc, pos, gender, plural, w);
        }
    }
    let content: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| {
            !matches!(
                *w,
                "the" | "a" | "an" | "its" | "his" | "her" | "their" | "one"
            )
        })
        .collect();
    let head = content.last().copied()?;
    let definite = matches!(
        words.first(),
        Some(&"the") | Some(&"its") | Some(&"his") | Some(&"her")
    );
    // "the 28-year-old", "the father-of-two": a person described by age or family, like
    // "he" or "she" without a gender.
    if words.first() == Some(&"the")
        && content.len() <= 3
        && (head.ends_with("year-old") || content.len() == 1 && head.contains("-of-"))
    {
        return nearest(doc, pos, |a| a.kind == ActorKind::Person, false);
    }
    // The nearest body whose name holds a kind of body ("the ministry" → "Ministry of …").
    let body_of_kind = |kind: &str| {
        // British and American spellings name the same body ("the centre" → "… Center").
        let kind = if kind == "centre" { "center" } else { kind };
        let alliance = kind == "alliance";
        nearest_far(doc, pos, |a| {
            a.kind == ActorKind::Organization
                && (a
                    .name
                    .to_lowercase()
                    .replace("centre", "center")
                    .contains(kind)
                    || (alliance
                        && a.aliases
                            .iter()
                            .any(|x| x.to_lowercase().contains("alliance"))))
        })
    };
    // "a ministry spokesman", "the ministry's statement": the voice or the text of the body
    // of that kind.
    if content.len() >= 2
        && (lexicon::is_document_noun(head) || lexicon::role_noun(&[head]).is_some())
    {
        let modifier = content[..content.len() - 1]
            .iter()
            .rev()
            .find(|w| !matches!(**w, "'s" | "’s"));
        if let Some(kind) =
            modifier.filter(|w| lexicon::is_reference_noun(ReferenceList::SpecificOrg, w))
        {
            if let Some(body) = body_of_kind(kind) {
                return Some(body);
            }
        }
    }
    if definite {
        if lexicon::is_reference_noun(ReferenceList::SpecificOrg, head) {
            return body_of_kind(head);
        }
        if lexicon::is_reference_noun(ReferenceList::Org, head) {
            // "the report", "the statement": the text of a body named in this sentence or
            // the one before; a body named further back did not write it.
            let back = if lexicon::is_document_noun(head) {
                1
            } else {
                MAX_SENTENCES_BACK
            };
            // A news organization is referred to as a medium ("the broadcaster"), not as
            // "the company": the one a source spoke to is no antecedent of the source's body.
            let medium = lexicon::is_reference_noun(ReferenceList::Medium, head);
            // "the company" is no ministry, union or university named before it.
            let business = lexicon::is_reference_noun(ReferenceList::Business, head);
            return nearest_with(
                doc,
                pos,
                |a| {
                    a.kind == ActorKind::Organization
                        && (medium || !news_medium(&a.name))
                        && (!business || may_be_business(&a.name))
                },
                true,
                false,
                back,
            );
        }
        if lexicon::role_noun(&content).is_some() || lexicon::role_noun(&[head]).is_some() {
            let head_owned = head.to_string();
            let by_role = nearest_far(doc, pos, |a| {
                a.kind == ActorKind::Person
                    && a.role
                        .as_deref()
                        .is_some_and(|r| r.to_lowercase().contains(&head_owned))
            });
            if by_role.is_some() {
                return by_role;
            }
        }
        // "the midfielder", "the singer": what the person in focus is known as, when no
        // actor's role says it (a person with another role is someone else).
        if content.len() == 1 && lexicon::is_reference_noun(ReferenceList::PersonEpithet, head) {
            return nearest(
                doc,
                pos,
                |a| {
                    a.kind == ActorKind::Person
                        && a.role
                            .as_deref()
                            .is_none_or(|r| r.to_lowercase().contains(head))
                },
                false,
            );
        }
    }
    // "a spokesperson for the council": the voice of the body the rest of the phrase names
    // by a kind of body ("the government" is no company named before it).
    if let Some(p) = (1..words.len().saturating_sub(1)).find(|&p| {
        matches!(words[p], "for" | "of" | "at")
            && lexicon::role_noun(&[words[p - 1]]).is_some()
            && words[p + 1..]
                .last()
                .is_some_and(|w| lexicon::is_reference_noun(ReferenceList::SpecificOrg, w))
    }) {
        if let Some(body @ SpeakerRef::Actor(_)) = resolve(doc, s + p + 1, e) {
            return Some(body);
        }
    }
    // "The Department of Health said … A spokeswoman said …": an unnamed spokesperson right
    // after a body's statement speaks for that body.
    if matches!(words.as_slice(), [a, w] if matches!(*a, "a" | "an")
        && matches!(*w, "spokesman" | "spokeswoman" | "spokesperson"))
    {
        if let Some(body) = body_that_spoke(doc, pos) {
            return Some(body);
        }
    }
    if content
        .iter()
        .any(|w| lexicon::is_reference_noun(ReferenceList::Anonymous, w))
    {
        return Some(SpeakerRef::Anonymous);
    }
    // "a fisherman", "one resident", "another witness": an unnamed person.
    let head_words: Vec<&str> = words
        .iter()
        .copied()
        .take_while(|w| {
            !matches!(
                *w,
                "in" | "from" | "at" | "near" | "who" | "which" | "with" | "on"
            )
        })
        .collect();
    if matches!(
        head_words.first(),
        Some(&"a") | Some(&"an") | Some(&"one") | Some(&"another")
    ) && (2..=4).contains(&head_words.len())
        && head_words[1..]
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
    {
        return Some(SpeakerRef::Anonymous);
    }
    None
}

/// The organization that made a statement ("X said", "X told") earlier in the sentence at
/// `pos` or in the sentence before it, when the two are in one paragraph or adjacent ones.
fn body_that_spoke(doc: &Doc, pos: usize) -> Option<SpeakerRef> {
    let here = doc.tokens[doc.token_at(pos).min(doc.tokens.len().saturating_sub(1))].sent;
    let lo = doc.sentences[here.saturating_sub(1)].tok_start;
    let para = doc.tokens[doc.sentences[here].tok_start].para;
    let before = doc.mentions.partition_point(|m| m.start < pos);
    doc.mentions[..before]
        .iter()
        .rev()
        .take_while(|m| m.tok_start >= lo)
        .find(|m| {
            !m.in_quote
                && doc.tokens[m.tok_start].para + 1 >= para
                && m.entity
                    .is_some_and(|a| doc.actors[a].kind == ActorKind::Organization)
                && crate::context::cue_after(doc, m.tok_end)
        })
        .and_then(|m| m.entity.map(SpeakerRef::Actor))
}

fn pronoun(doc: &Doc, pos: usize, gender: Gender, plural: bool, word: &str) -> Option<SpeakerRef> {
    match (gender, plural) {
        (Gender::Male | Gender::Female, _) => {
            let named = nearest_in_sentence(
                doc,
                pos,
                |a| {
                    a.kind == ActorKind::Person
                        && (a.gender == gender || a.gender == Gender::Unknown)
                },
                false,
                true,
                MAX_SENTENCES_BACK,
            );
            // An unnamed spokesman in a sentence after the last named person is "he".
            since_named(doc, pos, named, role_subject).or(named.map(|(_, r)| r))
        }
        // "it" and "they": an organization (or a government), else for "they" anyone. A
        // sentence after the last named one that opens with a description of a body ("The
        // agency has defended its record.") is about that body.
        _ => {
            let named = nearest_in_sentence(
                doc,
                pos,
                |a| a.kind == ActorKind::Organization,
                true,
                false,
                MAX_SENTENCES_BACK,
            );
            let org = since_named(doc, pos, named, described_subject).or(named.map(|(_, r)| r));
            if org.is_some() || word != "they" {
                org
            } else {
                nearest(doc, pos, |_| true, false)
            }
        }
    }
}

/// The latest sentence, after the one of the named antecedent `named` (or among the last
/// three when there is none) up to the one at `pos`, for which `read` finds a speaker.
fn since_named(
    doc: &Doc,
    pos: usize,
    named: Option<(usize, SpeakerRef)>,
    read: fn(&Doc, usize) -> Option<SpeakerRef>,
) -> Option<SpeakerRef> {
    let here = doc.tokens[doc.token_at(pos).min(doc.tokens.len().saturating_sub(1))].sent;
    let floor = named.map_or(here.saturating_sub(2), |(s, _)| s + 1);
    (floor..=here).rev().find_map(|s| read(doc, s))
}

/// The first compatible mention in the nearest earlier sentence that has one (mentions in
/// quotes skipped). With `places`, a place used as a government also qualifies.
fn nearest(
    doc: &Doc,
    pos: usize,
    ok: impl Fn(&crate::doc::ActorEntity) -> bool,
    places: bool,
) -> Option<SpeakerRef> {
    nearest_with(doc, pos, ok, places, false, MAX_SENTENCES_BACK)
}

/// Like [`nearest`], looking as far back as a specific description allows.
fn nearest_far(
    doc: &Doc,
    pos: usize,
    ok: impl Fn(&crate::doc::ActorEntity) -> bool,
) -> Option<SpeakerRef> {
    nearest_with(doc, pos, ok, false, false, MAX_SENTENCES_BACK_DESCRIPTION)
}

/// "a spokesperson for X", "an official of X": a role noun and "for"/"of" before a name.
fn voiced(doc: &Doc, k: usize) -> bool {
    k >= 2 && matches!(doc.tokens[k - 1].text.as_str(), "for" | "of" | "at") && {
        let w = doc.tokens[k - 2].text.to_lowercase();
        lexicon::role_noun(&[w.as_str()]).is_some()
    }
}

fn nearest_with(
    doc: &Doc,
    pos: usize,
    ok: impl Fn(&crate::doc::ActorEntity) -> bool,
    places: bool,
    persons: bool,
    back: usize,
) -> Option<SpeakerRef> {
    nearest_in_sentence(doc, pos, ok, places, persons, back).map(|(_, r)| r)
}

/// [`nearest_with`], also giving the sentence of the mention found.
fn nearest_in_sentence(
    doc: &Doc,
    pos: usize,
    ok: impl Fn(&crate::doc::ActorEntity) -> bool,
    places: bool,
    persons: bool,
    back: usize,
) -> Option<(usize, SpeakerRef)> {
    let before = doc.mentions.partition_point(|m| m.start < pos);
    let here = doc.tokens[doc.token_at(pos).min(doc.tokens.len().saturating_sub(1))].sent;
    let mut best: Option<(usize, SpeakerRef)> = None; // (sentence, ref)
    for m in doc.mentions[..before].iter().rev() {
        let sent = doc.tokens[m.tok_start].sent;
        if sent + back < here {
            break;
        }
        if m.in_quote
            || crate::context::after_preposition(doc, m.tok_start)
            || crate::context::possessed(doc, m.tok_end)
        {
            continue;
        }
        if let Some((bs, _)) = best {
            if sent < bs {
                break;
            }
        }
        let candidate = match (m.kind, m.entity) {
            (MentionKind::Place, Some(p)) if places && m.government => Some(SpeakerRef::Place(p)),
            (MentionKind::Person | MentionKind::Organization, Some(a)) if ok(&doc.actors[a]) => {
                Some(SpeakerRef::Actor(a))
            }
            // "A spokesperson for NISA said …; “…,” he said": the body speaks through them.
            (MentionKind::Organization, Some(a)) if persons && voiced(doc, m.tok_start) => {
                Some(SpeakerRef::Actor(a))
            }
            _ => None,
        };
        if let Some(c) = candidate {
            // Keep walking left within the sentence: the leftmost compatible one wins.
            best = Some((sent, c));
        }
    }
    best
}

/// A sentence that opens with a definite description of a body and its verb ("The agency
/// has defended …", "The state-run company denied …"): the organization it describes.
fn described_subject(doc: &Doc, sent: usize) -> Option<SpeakerRef> {
    let s = doc.sentences.get(sent)?;
    let toks = &doc.tokens;
    let k = s.tok_start;
    if !toks.get(k)?.text.eq_ignore_ascii_case("the") {
        return None;
    }
    let e = (k + 2..=(k + 4).min(s.tok_end)).find(|&e| {
        let head = toks[e - 1].text.to_lowercase();
        lexicon::is_reference_noun(ReferenceList::Org, &head)
            || lexicon::is_reference_noun(ReferenceList::SpecificOrg, &head)
    })?;
    let verb_next = toks
        .get(e)
        .is_some_and(|t| t.is_word() && !t.is_cap() && t.sent == sent);
    if !verb_next || !(k + 1..e).all(|i| toks[i].is_word() && !toks[i].is_cap()) {
        return None;
    }
    resolve(doc, k, e).filter(|r| matches!(r, SpeakerRef::Actor(_)))
}

/// A sentence whose subject is an unnamed role holder who speaks: "A spokesman for the
/// department said …", "An official told …". Returns who they speak for: the organization
/// named or described after "for"/"of"/"at", else an anonymous speaker.
fn role_subject(doc: &Doc, sent: usize) -> Option<SpeakerRef> {
    let s = doc.sentences.get(sent)?;
    let toks = &doc.tokens;
    let mut k = s.tok_start;
    let lw = |i: usize| {
        toks.get(i)
            .map(|t| t.text.to_lowercase())
            .unwrap_or_default()
    };
    if !matches!(lw(k).as_str(), "a" | "an" | "one" | "the" | "another") {
        return None;
    }
    k += 1;
    let mut role_end = None;
    for e in (k + 1..=(k + 3).min(s.tok_end)).rev() {
        let w: Vec<String> = (k..e).map(lw).collect();
        let w: Vec<&str> = w.iter().map(String::as_str).collect();
        if lexicon::role_noun(&w).is_some_and(|(n, _)| n == e - k) {
            role_end = Some(e);
            break;
        }
    }
    let mut e = role_end?;
    // The reporting verb must follow within the clause.
    let verb = (e..s.tok_end.min(e + 12)).find(|&i| {
        toks[i].is_word() && lexicon::cue_verb(&lw(i)).is_some() && !toks[i].text.ends_with("ing")
    })?;
    if matches!(lw(e).as_str(), "for" | "of" | "at" | "from") {
        e += 1;
        let end = (e..verb).find(|&i| toks[i].is_punct(',')).unwrap_or(verb);
        // Only a name or a specific body ("the department") is trusted here; "a spokesperson
        // for the government" stays anonymous.
        let head = if end > e { lw(end - 1) } else { String::new() };
        let named = doc.mentions[doc.mentions.partition_point(|m| m.tok_start < e)..]
            .iter()
            .take_while(|m| m.tok_start < end)
            .any(|m| m.entity.is_some());
        if named || lexicon::is_reference_noun(ReferenceList::SpecificOrg, &head) {
            if let Some(r) = resolve(doc, e, end) {
                return Some(r);
            }
        }
    }
    Some(SpeakerRef::Anonymous)
}

/// A body that may be a business: a known organization of kind "company", or one not known
/// whose name has no word of a public or non-commercial body ("Ministry of Health", "Unite
/// union").
fn may_be_business(name: &str) -> bool {
    match lexicon::known_org(name) {
        Some(o) => o.kind == "company",
        None => !name
            .split_whitespace()
            .any(|w| lexicon::is_reference_noun(ReferenceList::PublicBody, &w.to_lowercase())),
    }
}

/// A news organization, or one of its outlets ("BBC Radio"): a known organization of kind
/// "news" by its name or its first word.
fn news_medium(name: &str) -> bool {
    let news = |n: &str| lexicon::known_org(n).is_some_and(|o| o.kind == "news");
    news(name)
        || name.split_whitespace().next().is_some_and(news)
        || name.split_whitespace().count() >= 2
            && name
                .split_whitespace()
                .last()
                .is_some_and(lexicon::is_medium_word)
}
