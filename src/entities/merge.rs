//! Merging mentions into actors.
//!
//! Full names are grouped by their folded form, so "Mélanie Joly" and "Melanie Joly" are one
//! person. A one-word mention joins the person whose surname (or given name) it is; when two
//! people share a surname, the one mentioned most recently before it wins, which is how
//! news prose keeps them apart ("Thomas Sam … Manju Sam … Sam said"). Organizations merge
//! with their acronyms (explicit "(OSCE)" or matching initials), with the shorter forms that
//! end them ("Evening Chronicle" ⊂ "Newcastle Evening Chronicle"), and through the known-
//! organization lexicon's aliases ("the Alliance" → NATO). A lone capitalised word that
//! joins nobody and has no evidence of being a name (title, reporting verb, first name) is
//! dropped: it was most likely a capitalised common word.

use crate::doc::{ActorEntity, Doc, MentionKind};
use crate::gazetteer::fold;
use crate::lexicon::{self, Gender};
use crate::summary::ActorKind;

use super::detect::cue_after;

/// Words that may follow an organization's name without making another organization.
const GENERIC_ORG_TAILS: &[&str] = &[
    "news",
    "group",
    "inc",
    "ltd",
    "corp",
    "corporation",
    "company",
    "co",
    "plc",
    "online",
    "tv",
    "llc",
    "holdings",
];

fn name_tokens(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty() && *w != "'s")
        .map(str::to_string)
        .collect()
}

fn org_key(text: &str) -> String {
    match lexicon::known_org(text) {
        Some(o) => fold(o.name),
        None => fold(text),
    }
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
pub fn merge(doc: &mut Doc) {
    let mut actors: Vec<ActorEntity> = Vec::new();
    let mut keys: Vec<(String, ActorKind)> = Vec::new();
    let mut singles: Vec<usize> = Vec::new();

    // Pass 1: full names and organizations.
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
        let found = keys.iter().position(|(k, kd)| *k == key && *kd == kind);
        let idx = match found {
            Some(i) => i,
            None => {
                keys.push((key, kind));
                actors.push(new_actor(&m.text, kind));
                actors.len() - 1
            }
        };
        actors[idx].mentions.push(mi);
        doc.mentions[mi].entity = Some(idx);
    }

    // Organizations: acronyms, explicit "(ACRONYM)", suffix forms, generic tails.
    let n = actors.len();
    let mut parent: Vec<usize> = (0..n).collect();
    for a in 0..n {
        if actors[a].kind != ActorKind::Organization {
            continue;
        }
        let at = name_tokens(&doc.mentions[actors[a].mentions[0]].text);
        let a_text = &doc.mentions[actors[a].mentions[0]].text;
        let is_acronym = at.len() == 1
            && a_text
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(|c| c.is_uppercase());
        for b in 0..n {
            if a == b || actors[b].kind != ActorKind::Organization || parent[b] != b {
                continue;
            }
            let bt = name_tokens(&doc.mentions[actors[b].mentions[0]].text);
            let merge_ab = if is_acronym {
                bt.len() >= 2 && initials(&bt) == at[0].replace('.', "")
                    || explicit_acronym(doc, &actors[b], a_text)
            } else if at.len() >= 2 && bt.len() > at.len() {
                bt.ends_with(&at)
                    || (bt.starts_with(&at)
                        && bt[at.len()..]
                            .iter()
                            .all(|w| GENERIC_ORG_TAILS.contains(&w.as_str())))
            } else if at.len() == 1 && bt.len() > 1 {
                bt.len() == 2
                    && bt[1..] == at[..]
                    && !GENERIC_ORG_TAILS.contains(&at[0].as_str())
                    && !lexicon::is_org_suffix(a_text)
            } else {
                false
            };
            if merge_ab && parent[a] == a {
                parent[a] = b;
                break;
            }
        }
    }
    // Generic tails the other way round: "CBC" ⊂ "CBC News".
    for a in 0..n {
        if actors[a].kind != ActorKind::Organization || parent[a] != a {
            continue;
        }
        let at = name_tokens(&doc.mentions[actors[a].mentions[0]].text);
        for b in 0..n {
            if a == b || parent[b] != b || actors[b].kind != ActorKind::Organization {
                continue;
            }
            let bt = name_tokens(&doc.mentions[actors[b].mentions[0]].text);
            if at.len() > bt.len()
                && at.starts_with(&bt)
                && at[bt.len()..]
                    .iter()
                    .all(|w| GENERIC_ORG_TAILS.contains(&w.as_str()))
            {
                parent[a] = b;
                break;
            }
        }
    }
    // Persons: a shorter full name that ends a longer one ("Manuel Barroso" in "Jose Manuel Barroso").
    for a in 0..n {
        if actors[a].kind != ActorKind::Person || parent[a] != a {
            continue;
        }
        let at = name_tokens(&doc.mentions[actors[a].mentions[0]].text);
        for b in 0..n {
            if a == b || parent[b] != b || actors[b].kind != ActorKind::Person {
                continue;
            }
            let bt = name_tokens(&doc.mentions[actors[b].mentions[0]].text);
            if bt.len() > at.len() && bt.ends_with(&at) {
                parent[a] = b;
                break;
            }
        }
    }
    let root = |mut i: usize, parent: &[usize]| {
        while parent[i] != i {
            i = parent[i];
        }
        i
    };
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
        for mi in ms {
            doc.mentions[mi].entity = Some(target);
            merged[target].mentions.push(mi);
        }
    }
    let mut actors = merged;

    // Pass 2: one-word mentions join a named person (or a person-named company).
    let mut leftover: Vec<usize> = Vec::new();
    for &mi in &singles {
        let word = name_tokens(&doc.mentions[mi].text).join(" ");
        let pos = doc.mentions[mi].start;
        let mut best: Option<(usize, usize)> = None; // (actor, distance score)
        for (ai, a) in actors.iter().enumerate() {
            let toks = name_tokens(&a.name);
            let matches = match a.kind {
                ActorKind::Person => {
                    toks.len() >= 2
                        && (toks.last() == Some(&word)
                            || word
                                .strip_suffix('s')
                                .is_some_and(|w| toks.last().is_some_and(|l| l == w))
                            || (toks[0] == word && lexicon::first_name(&word).is_some()))
                }
                ActorKind::Organization => {
                    toks.len() == 2 && toks[1] == word && lexicon::first_name(&toks[0]).is_some()
                }
            };
            if !matches {
                continue;
            }
            let dist = a
                .mentions
                .iter()
                .map(|&o| {
                    let s = doc.mentions[o].start;
                    if s <= pos {
                        pos - s
                    } else {
                        // Later mentions count, but less than earlier ones.
                        (s - pos).saturating_mul(4)
                    }
                })
                .min()
                .unwrap_or(usize::MAX);
            if best.is_none_or(|(_, d)| dist < d) {
                best = Some((ai, dist));
            }
        }
        match best {
            Some((ai, _)) => {
                actors[ai].mentions.push(mi);
                doc.mentions[mi].entity = Some(ai);
            }
            None => leftover.push(mi),
        }
    }
    // Lone words that joined nobody: keep those with evidence of being a person.
    let mut lone: Vec<(String, Vec<usize>, bool)> = Vec::new();
    for &mi in &leftover {
        let m = &doc.mentions[mi];
        let key = fold(&m.text);
        let evidence =
            m.role.is_some() || lexicon::first_name(&m.text).is_some() || cue_after(doc, m.tok_end);
        match lone.iter_mut().find(|(k, _, _)| *k == key) {
            Some(e) => {
                e.1.push(mi);
                e.2 |= evidence;
            }
            None => lone.push((key, vec![mi], evidence)),
        }
    }
    for (_, ms, evidence) in lone {
        if !evidence {
            continue;
        }
        let idx = actors.len();
        actors.push(new_actor(&doc.mentions[ms[0]].text, ActorKind::Person));
        for mi in ms {
            doc.mentions[mi].entity = Some(idx);
            actors[idx].mentions.push(mi);
        }
    }
    // Mentions that joined no actor are no longer mentions.
    for a in &mut actors {
        a.mentions.sort_by_key(|&mi| doc.mentions[mi].start);
    }
    finish(doc, &mut actors);
    doc.actors = actors;
}

fn explicit_acronym(doc: &Doc, expansion: &ActorEntity, acronym: &str) -> bool {
    expansion.mentions.iter().any(|&mi| {
        let e = doc.mentions[mi].tok_end;
        doc.tokens.get(e).is_some_and(|t| t.is_punct('('))
            && doc.tokens.get(e + 1).is_some_and(|t| t.text == acronym)
            && doc.tokens.get(e + 2).is_some_and(|t| t.is_punct(')'))
    })
}

fn new_actor(name: &str, kind: ActorKind) -> ActorEntity {
    ActorEntity {
        name: name.to_string(),
        kind,
        aliases: Vec::new(),
        role: None,
        affiliation: None,
        gender: Gender::Unknown,
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
            let words = f.split_whitespace().filter(|w| !w.eq_ignore_ascii_case("the")).count();
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
                    || (wf == wb
                        && fold(f) == fold(best)
                        && f.chars().any(|c| !c.is_ascii())
                        && best.is_ascii())
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
                    a.name
                        .split_whitespace()
                        .next()
                        .and_then(lexicon::first_name)
                })
                .unwrap_or(Gender::Unknown);
        }
    }
}
