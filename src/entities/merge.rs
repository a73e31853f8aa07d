//! Merging mentions into actors.
//!
//! Full names are grouped by their folded form, so "Mélanie Joly" and "Melanie Joly" are one
//! person. A one-word mention joins the person whose surname (or given name) it is; when two
//! people share a surname, the one mentioned most recently before it wins, which is how
//! news prose keeps them apart ("Thomas Sam … Manju Sam … Sam said"). Organizations merge
//! with their acronyms (explicit "(OSCE)" or matching initials), with the shorter forms that
//! end them ("Evening Chronicle" ⊂ "Newcastle Evening Chronicle"), through the known-
//! organization lexicon's aliases ("the Alliance" → NATO), and when they differ only in how a
//! leading country is written ("US Geological Survey", "United States Geological Survey"). A lone capitalised word that
//! joins nobody and has no evidence of being a name (title, reporting verb, first name, a
//! citation's year) is dropped: it was most likely a capitalised common word.

use std::collections::HashMap;

use crate::doc::{ActorEntity, Doc, MentionKind};
use crate::gazetteer::{self, fold};
use crate::lexicon::{self, Gender, ReferenceList};
use crate::summary::{ActorKind, PlaceKind};

use crate::context::{cue_after, cue_before};

fn name_tokens(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty() && *w != "'s")
        .map(str::to_string)
        .collect()
}

/// The merge key of an organization's name: the known organization's canonical name, else the
/// folded name with a leading country written out in full, so "US Geological Survey" and
/// "United States Geological Survey" (or "UK Independence Party" and "United Kingdom
/// Independence Party") are one organization.
fn org_key(text: &str) -> String {
    if let Some(o) = lexicon::known_org(text) {
        return fold(o.name);
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let gaz = gazetteer::gazetteer();
    for k in (1..words.len().min(4)).rev() {
        let head = words[..k].join(" ");
        let country = gaz
            .country(&head)
            .map(|id| gaz.entry(id))
            .filter(|e| e.kind == PlaceKind::Country);
        if let Some(country) = country {
            return fold(&format!("{} {}", country.name, words[k..].join(" ")));
        }
    }
    fold(text)
}

fn initials(tokens: &[String]) -> String {
    tokens
        .iter()
        .filter(|w| {
            !matches!(
                w.as_str(),
                "of" | "and" | "for" | "the" | "in" | "on" | "&" | "de"
            )
        })
        .flat_map(|w| {
            // "co-operation" contributes C only; "people's" P.
            w.chars().next()
        })
        .collect()
}

/// Groups person and organization mentions into `doc.actors`.
///
/// Every rule is a hash-map lookup, so merging stays linear in the number of mentions
/// (times the few words of a name) even on a book-length text.
pub fn merge(doc: &mut Doc) {
    let mut actors: Vec<ActorEntity> = Vec::new();
    let mut by_key: HashMap<(String, ActorKind), usize> = HashMap::new();
    let mut singles: Vec<usize> = Vec::new();

    // Pass 1: full names and organizations, grouped by folded name.
    for mi in 0..doc.mentions.len() {
        let m = &doc.mentions[mi];
        let kind = match m.kind {
            MentionKind::Person => ActorKind::Person,
            MentionKind::Organization => ActorKind::Organization,
            MentionKind::Place => continue,
        };
        let toks = name_tokens(&m.text);
        if kind == ActorKind::Person && toks.len() < 2 {
            singles.push(mi);
            continue;
        }
        let key = if kind == ActorKind::Organization {
            org_key(&m.text)
        } else {
            toks.join(" ")
        };
        let idx = *by_key.entry((key, kind)).or_insert_with(|| {
            actors.push(new_actor(&m.text, kind));
            actors.len() - 1
        });
        actors[idx].mentions.push(mi);
    }

    // Names as token lists, and indexes over them.
    let n = actors.len();
    let toks_of: Vec<Vec<String>> = actors
        .iter()
        .map(|a| name_tokens(&doc.mentions[a.mentions[0]].text))
        .collect();
    let text_of: Vec<String> = actors
        .iter()
        .map(|a| doc.mentions[a.mentions[0]].text.clone())
        .collect();
    let mut exact: HashMap<(Vec<String>, ActorKind), usize> = HashMap::new();
    let mut suffixes: HashMap<(Vec<String>, ActorKind), usize> = HashMap::new();
    let mut by_initials: HashMap<String, usize> = HashMap::new();
    let mut stripped_tail: HashMap<Vec<String>, usize> = HashMap::new();
    let mut person_named_org: HashMap<String, usize> = HashMap::new();
    // Last words of organizations' names ("Rovers" of "Kirkbride Rovers"), with the one
    // organization that has it, or None when two have it.
    let mut last_word: HashMap<String, Option<usize>> = HashMap::new();
    for i in 0..n {
        let t = &toks_of[i];
        let kind = actors[i].kind;
        if kind == ActorKind::Organization && t.len() >= 2 {
            last_word
                .entry(t[t.len() - 1].clone())
                .and_modify(|o| *o = o.filter(|&o| o == i))
                .or_insert(Some(i));
        }
        exact.entry((t.clone(), kind)).or_insert(i);
        for k in 1..t.len().saturating_sub(1) {
            suffixes.entry((t[k..].to_vec(), kind)).or_insert(i);
        }
        if kind == ActorKind::Organization && t.len() >= 2 {
            by_initials.entry(initials(t)).or_insert(i);
            let mut e = t.len();
            while e > 1 && lexicon::is_reference_noun(ReferenceList::GenericOrgTail, &t[e - 1]) {
                e -= 1;
            }
            if e < t.len() {
                stripped_tail.entry(t[..e].to_vec()).or_insert(i);
            }
            if t.len() == 2 && lexicon::first_name(&t[0]).is_some() {
                person_named_org.entry(t[1].clone()).or_insert(i);
            }
        }
    }
    // "Organization for Security and Co-operation in Europe (OSCE)": explicit acronyms.
    let mut explicit: HashMap<String, usize> = HashMap::new();
    for (ai, a) in actors.iter().enumerate() {
        for &mi in &a.mentions {
            let e = doc.mentions[mi].tok_end;
            let t = &doc.tokens;
            if t.get(e).is_some_and(|x| x.is_punct('('))
                && t.get(e + 2).is_some_and(|x| x.is_punct(')'))
            {
                if let Some(acr) = t.get(e + 1) {
                    explicit.entry(acr.text.clone()).or_insert(ai);
                }
            }
        }
    }
    let mut parent: Vec<usize> = (0..n).collect();
    for a in 0..n {
        let at = &toks_of[a];
        let kind = actors[a].kind;
        let a_text = &text_of[a];
        let target = if kind == ActorKind::Organization {
            let is_acronym = at.len() == 1
                && (a_text
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(|c| c.is_uppercase())
                    || explicit.contains_key(a_text.as_str()));
            if is_acronym {
                // "(OSCE)" right after an expansion, else matching initials.
                explicit
                    .get(a_text)
                    .copied()
                    .or_else(|| by_initials.get(&at[0].replace('.', "")).copied())
            } else if at.len() >= 2 {
                suffixes
                    .get(&(at.clone(), kind))
                    .copied()
                    .or_else(|| stripped_tail.get(at).copied())
                    .or_else(|| {
                        // "CBC News" → "CBC": the name without its generic tail exists.
                        let mut e = at.len();
                        while e > 1
                            && lexicon::is_reference_noun(ReferenceList::GenericOrgTail, &at[e - 1])
                        {
                            e -= 1;
                        }
                        (e < at.len())
                            .then(|| exact.get(&(at[..e].to_vec(), kind)).copied())
                            .flatten()
                    })
            } else if !lexicon::is_reference_noun(ReferenceList::GenericOrgTail, &at[0])
                && !lexicon::is_org_suffix(a_text)
            {
                person_named_org.get(&at[0]).copied()
            } else if lexicon::is_org_suffix(a_text) {
                // "Kirkbride Rovers … Rovers are second": the last word of one organization's
                // name stands for it (not when two organizations end with it).
                last_word.get(&at[0]).copied().flatten()
            } else {
                None
            }
        } else {
            // "Manuel Barroso" inside "Jose Manuel Barroso".
            suffixes.get(&(at.clone(), kind)).copied()
        };
        if let Some(b) = target.filter(|&b| b != a) {
            // Keep the forest acyclic: only point at a root that is not `a`'s descendant.
            let rb = root(b, &parent);
            if rb != a {
                parent[a] = rb;
            }
        }
    }
    let mut remap = vec![usize::MAX; n];
    let mut merged: Vec<ActorEntity> = Vec::new();
    for i in 0..n {
        let r = root(i, &parent);
        if remap[r] == usize::MAX {
            remap[r] = merged.len();
            merged.push(new_actor(&actors[r].name, actors[r].kind));
        }
    }
    for i in 0..n {
        let target = remap[root(i, &parent)];
        let ms = std::mem::take(&mut actors[i].mentions);
        merged[target].mentions.extend(ms);
    }
    let mut actors = merged;
    for a in &mut actors {
        a.mentions.sort_unstable();
    }

    // Pass 2: one-word mentions join a named person (or a person-named company): the one
    // mentioned nearest before, else nearest after (a headline often names the surname first).
    let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
    // First words of full names that are not known given names: family names written
    // first ("Zhang Weiming" … "Mr Zhang"), asked only when no surname matches.
    let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
    // First words of companies' names that stand for them ("Voltaris Energy" … "Voltaris
    // said"), asked only when no person matches.
    let mut org_first: HashMap<String, Vec<usize>> = HashMap::new();
    for (ai, a) in actors.iter().enumerate() {
        let t = name_tokens(&a.name);
        match a.kind {
            ActorKind::Person if t.len() >= 2 => {
                let last = t[t.len() - 1].clone();
                by_word.entry(last).or_default().push(ai);
                if lexicon::first_name(&t[0]).is_some() {
                    by_word.entry(t[0].clone()).or_default().push(ai);
                } else {
                    by_first.entry(t[0].clone()).or_default().push(ai);
                }
            }
            ActorKind::Organization if t.len() == 2 && lexicon::first_name(&t[0]).is_some() => {
                by_word.entry(t[1].clone()).or_default().push(ai);
            }
            ActorKind::Organization if t.len() >= 2 && short_form_first(&a.name) => {
                org_first.entry(t[0].clone()).or_default().push(ai);
            }
            _ => {}
        }
    }
    for list in by_word.values_mut() {
        list.dedup();
    }
    let starts: Vec<Vec<usize>> = actors
        .iter()
        .map(|a| {
            a.mentions
                .iter()
                .map(|&mi| doc.mentions[mi].start)
                .collect()
        })
        .collect();
    let mut leftover: Vec<usize> = Vec::new();
    for &mi in &singles {
        let word = name_tokens(&doc.mentions[mi].text).join(" ");
        let pos = doc.mentions[mi].start;
        let plural = word.strip_suffix('s').map(str::to_string);
        let cands = by_word
            .get(&word)
            .or_else(|| plural.as_ref().and_then(|w| by_word.get(w)))
            .or_else(|| {
                // A family name written first is only taken back with a form of address
                // before it or a verb of saying after it ("Mr Zhang", "Lee said").
                let m = &doc.mentions[mi];
                (honorific_before(doc, m.tok_start) || cue_after(doc, m.tok_end))
                    .then(|| by_first.get(&word))
                    .flatten()
            });
        let best = cands.and_then(|cands| {
            cands
                .iter()
                .map(|&ai| {
                    let st = &starts[ai];
                    let k = st.partition_point(|&s| s <= pos);
                    let before = (k > 0).then(|| pos - st[k - 1]);
                    let after = st.get(k).map(|&s| (s - pos).saturating_mul(4));
                    (
                        ai,
                        before.into_iter().chain(after).min().unwrap_or(usize::MAX),
                    )
                })
                .min_by_key(|&(ai, d)| (d, ai))
                .map(|(ai, _)| ai)
        });
        let org = || match org_first.get(&word).map(Vec::as_slice) {
            Some(&[ai]) if !doc.mentions[mi].described && doc.mentions[mi].role.is_none() => {
                Some(ai)
            }
            _ => None,
        };
        match best {
            Some(ai) => actors[ai].mentions.push(mi),
            None => match org() {
                Some(ai) => {
                    doc.mentions[mi].kind = MentionKind::Organization;
                    actors[ai].mentions.push(mi);
                }
                None => leftover.push(mi),
            },
        }
    }
    // Lone words that joined nobody: keep those with evidence of being a person.
    let mut lone: HashMap<String, usize> = HashMap::new();
    let mut lone_groups: Vec<(Vec<usize>, bool)> = Vec::new();
    for &mi in &leftover {
        let m = &doc.mentions[mi];
        let evidence = m.role.is_some()
            || m.described
            || lexicon::first_name(&m.text).is_some()
            || honorific_before(doc, m.tok_start)
            || cue_after(doc, m.tok_end)
            || cue_before(doc, m.tok_start, m.tok_end);
        let g = *lone.entry(fold(&m.text)).or_insert_with(|| {
            lone_groups.push((Vec::new(), false));
            lone_groups.len() - 1
        });
        lone_groups[g].0.push(mi);
        lone_groups[g].1 |= evidence;
    }
    for (ms, evidence) in lone_groups {
        if evidence {
            let mut a = new_actor(&doc.mentions[ms[0]].text, ActorKind::Person);
            a.mentions = ms;
            actors.push(a);
        } else if ms.iter().any(|&mi| {
            let m = &doc.mentions[mi];
            crate::context::after_locative(doc, m.tok_start) && !party_follows(doc, m.tok_end)
        }) {
            // "across Cumbria": an unknown word that is no person, where a place stands.
            for mi in ms {
                doc.mentions[mi].kind = MentionKind::Place;
            }
        }
    }
    for m in &mut doc.mentions {
        if m.kind != MentionKind::Place {
            m.entity = None;
        }
    }
    for (ai, a) in actors.iter_mut().enumerate() {
        a.mentions.sort_unstable();
        for &mi in &a.mentions {
            doc.mentions[mi].entity = Some(ai);
        }
    }
    finish(doc, &mut actors);
    doc.actors = actors;
}

/// An organization's name whose first word may stand for it: the words after it all mark an
/// organization ("Voltaris Energy", "Hoshino Motors"), and the first word is neither a given
/// name nor a place nor a common word.
fn short_form_first(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = words[0];
    words.len() >= 2
        && words[1..].iter().all(|w| {
            lexicon::is_org_suffix(w)
                || lexicon::is_reference_noun(ReferenceList::GenericOrgTail, &w.to_lowercase())
        })
        && first.chars().next().is_some_and(char::is_uppercase)
        && lexicon::first_name(first).is_none()
        && !lexicon::is_stopword(first)
        && !lexicon::is_org_suffix(first)
        && gazetteer::gazetteer().lookup(first).is_empty()
        && gazetteer::gazetteer().demonym(first).is_none()
}

/// A second party after a name: "Lynch v. Overholser", "Brown against the United States",
/// "Moran and Pyle" (a case or a pair of authors, not a place).
fn party_follows(doc: &Doc, e: usize) -> bool {
    let toks = &doc.tokens;
    let Some(t) = toks.get(e) else { return false };
    matches!(t.text.as_str(), "v" | "vs" | "versus" | "against")
        || (t.text == "and" && toks.get(e + 1).is_some_and(|n| n.is_cap()))
}

/// A form of address (Mr, Dr, President …) just before token `k`, its full stop allowed.
fn honorific_before(doc: &Doc, k: usize) -> bool {
    let mut j = k;
    if j > 0 && doc.tokens[j - 1].is_punct('.') {
        j -= 1;
    }
    j > 0 && lexicon::title(&[doc.tokens[j - 1].text.as_str()]).is_some_and(|(_, t)| t.honorific)
}

fn root(mut i: usize, parent: &[usize]) -> usize {
    while parent[i] != i {
        i = parent[i];
    }
    i
}

fn new_actor(name: &str, kind: ActorKind) -> ActorEntity {
    ActorEntity {
        name: name.to_string(),
        kind,
        aliases: Vec::new(),
        role: None,
        affiliation: None,
        gender: Gender::Unknown,
        stated_gender: None,
        mentions: Vec::new(),
    }
}

/// Picks each actor's display name, aliases, role, affiliation and gender.
fn finish(doc: &Doc, actors: &mut [ActorEntity]) {
    for a in actors.iter_mut() {
        let forms: Vec<&str> = a
            .mentions
            .iter()
            .map(|&mi| doc.mentions[mi].text.as_str())
            .collect();
        if forms.is_empty() {
            continue;
        }
        // Display name: a known organization's canonical name, else the longest form
        // (by words, then the one written first), preferring forms with diacritics.
        // A known organization's full name when the text uses it somewhere.
        let known = if a.kind == ActorKind::Organization {
            forms
                .iter()
                .find_map(|f| lexicon::known_org(f))
                .map(|o| o.name)
                .filter(|n| forms.iter().any(|f| fold(f) == fold(n)))
                .map(str::to_string)
        } else {
            None
        };
        // Forms that are only a known organization's alias ("the Alliance") are never the name.
        let rank = |f: &str| -> usize {
            let is_alias = lexicon::known_org(f).is_some_and(|o| {
                fold(o.name) != fold(f) && !o.acronyms.iter().any(|x| fold(x) == fold(f))
            });
            let words = f
                .split_whitespace()
                .filter(|w| !w.eq_ignore_ascii_case("the"))
                .count();
            if is_alias {
                0
            } else {
                words + 1
            }
        };
        let name = known.unwrap_or_else(|| {
            let mut best = forms[0];
            for f in &forms {
                let wf = rank(f);
                let wb = rank(best);
                if wf > wb
                    || (wf == wb && fold(f) == fold(best) && !f.is_ascii() && best.is_ascii())
                {
                    best = f;
                }
            }
            best.to_string()
        });
        let mut aliases: Vec<String> = Vec::new();
        for f in &forms {
            if *f != name && !aliases.iter().any(|x| x == f) {
                aliases.push(f.to_string());
            }
        }
        a.name = name;
        a.aliases = aliases;
        a.role = a
            .mentions
            .iter()
            .find_map(|&mi| doc.mentions[mi].role.clone());
        a.affiliation = a
            .mentions
            .iter()
            .find_map(|&mi| doc.mentions[mi].affiliation.clone())
            .filter(|aff| fold(aff) != fold(&a.name));
        if a.kind == ActorKind::Person {
            a.gender = a
                .mentions
                .iter()
                .find_map(|&mi| doc.mentions[mi].gender_hint)
                .or_else(|| {
                    // (a family name written first is no given name: "Li Wei")
                    let mut words = a.name.split_whitespace();
                    let first = words.next()?;
                    let family_first = words.next().is_some()
                        && lexicon::in_name_list(lexicon::NameList::FamilyFirst, first);
                    (!family_first)
                        .then(|| lexicon::first_name(first))
                        .flatten()
                })
                .unwrap_or(Gender::Unknown);
        }
    }
}
