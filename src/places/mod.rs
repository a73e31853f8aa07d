//! Places: resolving place mentions against the gazetteer and merging spellings.
//!
//! [`crate::entities::detect`] has already decided which capitalised runs name a place
//! (a gazetteer name that is not part of a person's or organization's name). This layer
//! picks *which* place each one is, in two passes: first the unambiguous ones (countries,
//! regions, names with a single entry), which tell the article's geography; then the
//! ambiguous ones, preferring an entry in a country or state the article mentions, the
//! country or state written next to it ("Springfield, Illinois"), and then the larger
//! population. Mentions resolved to the same entry merge, which is how "Kiev" and "Kyiv",
//! or "Britain" and "the UK", become one place.
//!
//! It also marks metonymy: a country or capital that is the subject of a reporting verb
//! ("Moscow said", "added Moscow", "Russia described it as …") is acting as its government.

use std::collections::{HashMap, HashSet};

use crate::context::cue_after;
use crate::doc::{Doc, MentionKind, PlaceEntity};
use crate::gazetteer::{fold, gazetteer, PlaceEntry};
use crate::lexicon;
use crate::summary::{ActorKind, PlaceKind};

fn kind_rank(k: PlaceKind) -> u8 {
    match k {
        PlaceKind::Country => 0,
        PlaceKind::Continent => 1,
        PlaceKind::Region => 2,
        PlaceKind::Feature => 3,
        PlaceKind::City => 4,
        PlaceKind::Other => 5,
    }
}

/// The words around a name say it is a place, whoever shares it: a locative preposition
/// before it ("born in Paris", "from Washington") or a region or country after a comma
/// ("Paris, France").
fn placed(doc: &Doc, a: usize, b: usize) -> bool {
    let toks = &doc.tokens;
    let locative = a > 0
        && matches!(
            toks[a - 1].text.as_str(),
            "in" | "from" | "at" | "near" | "In" | "From" | "At" | "Near"
        );
    let in_country = toks.get(b).is_some_and(|t| t.is_punct(','))
        && toks.get(b + 1).is_some_and(|t| t.is_cap())
        && (b + 2..(b + 4).min(toks.len() + 1)).any(|e| {
            matches!(
                gazetteer().kind_of(&doc.tok_text(b + 1, e)),
                Some(PlaceKind::Region | PlaceKind::Country)
            ) && toks
                .get(e)
                .is_none_or(|t| !t.is_cap() || t.sent != toks[b].sent)
        });
    locative || in_country
}

/// Resolves every place mention; fills `doc.places` and marks government mentions.
#[allow(clippy::needless_range_loop)] // mention indices address several parallel tables
pub fn resolve(doc: &mut Doc) {
    let gaz = gazetteer();
    let n = doc.mentions.len();
    let mut chosen: Vec<Option<u32>> = vec![None; n];
    // The surname of a named person's full name → that person (the first one named).
    let mut name_parts: HashMap<String, usize> = HashMap::new();
    for (ai, a) in doc.actors.iter().enumerate() {
        let parts: Vec<String> = a.name.split_whitespace().map(fold).collect();
        // (only a person the text vouches for: a known given name, a title, a role or a
        // description; "Old Oakland", made a person on its shape, takes no "Oakland")
        let vouched = a.name.split_whitespace().next().is_some_and(|w| {
            crate::lexicon::first_name(w).is_some()
                || crate::lexicon::in_name_list(crate::lexicon::NameList::FamilyFirst, w)
        }) || a.mentions.iter().any(|&mi| {
            let m = &doc.mentions[mi];
            m.role.is_some() || m.described || m.gender_hint.is_some()
        });
        if a.kind == ActorKind::Person && parts.len() >= 2 && vouched {
            // the surname; the first word too where family names come first
            let family_first = a.name.split_whitespace().next().is_some_and(|w| {
                crate::lexicon::in_name_list(crate::lexicon::NameList::FamilyFirst, w)
            });
            let last = parts.len() - 1;
            for (k, p) in parts.into_iter().enumerate() {
                if k == last || (k == 0 && family_first) {
                    name_parts.entry(p).or_insert(ai);
                }
            }
        }
    }

    // A one-word "place" that is part of a named person's name is that person
    // ("George Washington … Washington told", "Lai Changxing … Lai").
    for mi in 0..n {
        let m = &doc.mentions[mi];
        if m.kind != MentionKind::Place
            || m.text.contains(' ')
            || placed(doc, m.tok_start, m.tok_end)
        {
            continue;
        }
        if let Some(&ai) = name_parts.get(&fold(&m.text)) {
            doc.mentions[mi].kind = MentionKind::Person;
            doc.mentions[mi].entity = Some(ai);
            doc.actors[ai].mentions.push(mi);
            doc.actors[ai].mentions.sort_unstable();
        }
    }

    // Pass 1: unambiguous mentions.
    let mut countries: HashSet<&'static str> = HashSet::new();
    let mut regions: HashSet<&'static str> = HashSet::new();
    for mi in 0..n {
        let m = &doc.mentions[mi];
        if m.kind != MentionKind::Place {
            continue;
        }
        let cands = gaz.lookup(&m.text);
        let Some(&top) = cands.first() else { continue };
        let e = gaz.entry(top);
        let clear = cands.len() == 1
            || (kind_rank(e.kind) < kind_rank(PlaceKind::City)
                && cands[1..]
                    .iter()
                    .all(|&c| gaz.entry(c).kind == PlaceKind::City));
        if clear {
            chosen[mi] = Some(top);
            note(e, &mut countries, &mut regions);
        }
    }
    // Pass 2: ambiguous ones, by the article's geography and neighbours.
    for mi in 0..n {
        if doc.mentions[mi].kind != MentionKind::Place || chosen[mi].is_some() {
            continue;
        }
        let cands = gaz.lookup(&doc.mentions[mi].text);
        if cands.is_empty() {
            continue;
        }
        let neighbour = neighbour_place(doc, mi, &chosen);
        let mut best = cands[0];
        let mut best_score = -1i32;
        for (rank, &c) in cands.iter().enumerate() {
            let e = gaz.entry(c);
            let mut score = 0i32;
            if let Some(nb) = neighbour {
                let ne = gaz.entry(nb);
                if e.country.is_some() && e.country == ne.country.or(Some(ne.name)) {
                    score += 4;
                }
                if e.admin1.is_some() && e.admin1 == Some(ne.name) {
                    score += 4;
                }
            }
            if e.country.is_some_and(|c| countries.contains(c)) {
                score += 2;
            }
            if e.admin1.is_some_and(|a| regions.contains(a)) {
                score += 2;
            }
            if rank == 0 {
                score += 1;
            }
            if score > best_score {
                best_score = score;
                best = c;
            }
        }
        chosen[mi] = Some(best);
        note(gaz.entry(best), &mut countries, &mut regions);
    }

    // Merge by entry; places the gazetteer lacks ("Castlefrank Road", "the Emilia-Romagna
    // region") merge by their folded name and take the article's country when it has one.
    let sole_country = (countries.len() == 1)
        .then(|| countries.iter().next().map(|c| c.to_string()))
        .flatten();
    let mut places: Vec<PlaceEntity> = Vec::new();
    let mut ids: HashMap<u32, usize> = HashMap::new();
    let mut unlisted: HashMap<String, usize> = HashMap::new();
    for mi in 0..n {
        if doc.mentions[mi].kind != MentionKind::Place {
            continue;
        }
        let (idx, kind) = match chosen[mi] {
            Some(id) => {
                let e = gaz.entry(id);
                let idx = *ids.entry(id).or_insert_with(|| {
                    places.push(PlaceEntity {
                        name: e.name.to_string(),
                        kind: e.kind,
                        country: match e.kind {
                            PlaceKind::Country => Some(e.country.unwrap_or(e.name).to_string()),
                            _ => e.country.map(str::to_string),
                        },
                        aliases: Vec::new(),
                        mentions: Vec::new(),
                    });
                    places.len() - 1
                });
                (idx, e.kind)
            }
            None => {
                let m = &doc.mentions[mi];
                let mut words = m.text.rsplit(' ');
                let last = words.next().unwrap_or("");
                let venue = words
                    .next()
                    .is_some_and(|w| crate::lexicon::is_venue(w, last));
                let cap = |w: &str| {
                    let mut c = w.chars();
                    c.next()
                        .map(|f| f.to_uppercase().chain(c).collect::<String>())
                        .unwrap_or_default()
                };
                let first = m.text.split(' ').next().unwrap_or("").trim_end_matches('.');
                let kind = crate::entities::names::place_context::place_word_kind(&cap(last))
                    .or(venue.then_some(PlaceKind::Other))
                    .or_else(|| crate::lexicon::place_name_start(first))
                    .or_else(|| {
                        crate::entities::names::place_context::settlement_before(doc, m.tok_start)
                    })
                    .unwrap_or(PlaceKind::Region);
                let idx = *unlisted.entry(fold(&m.text)).or_insert_with(|| {
                    places.push(PlaceEntity {
                        name: m.text.clone(),
                        kind,
                        country: sole_country.clone(),
                        aliases: Vec::new(),
                        mentions: Vec::new(),
                    });
                    places.len() - 1
                });
                (idx, kind)
            }
        };
        let surface = doc.mentions[mi].text.clone();
        let p = &mut places[idx];
        if surface != p.name && !p.aliases.contains(&surface) {
            p.aliases.push(surface);
        }
        p.mentions.push(mi);
        doc.mentions[mi].entity = Some(idx);
        doc.mentions[mi].government = acts_as_government(doc, mi, kind);
    }
    doc.places = places;
}

fn note(
    e: &PlaceEntry,
    countries: &mut HashSet<&'static str>,
    regions: &mut HashSet<&'static str>,
) {
    match e.kind {
        PlaceKind::Country => {
            countries.insert(e.name);
        }
        PlaceKind::Region => {
            regions.insert(e.name);
            if let Some(c) = e.country {
                countries.insert(c);
            }
        }
        _ => {
            if let Some(c) = e.country {
                countries.insert(c);
            }
        }
    }
}

/// The place written right after "X, " (the "City, Country" pattern), if already resolved.
fn neighbour_place(doc: &Doc, mi: usize, chosen: &[Option<u32>]) -> Option<u32> {
    let m = &doc.mentions[mi];
    let next = doc.mentions.get(mi + 1)?;
    let comma = doc.tokens.get(m.tok_end)?;
    if next.kind == MentionKind::Place && comma.is_punct(',') && next.tok_start == m.tok_end + 1 {
        return chosen[mi + 1].or_else(|| gazetteer().lookup(&next.text).first().copied());
    }
    None
}

/// Is this mention a country or city acting as its government ("Moscow said")?
fn acts_as_government(doc: &Doc, mi: usize, kind: PlaceKind) -> bool {
    if !matches!(
        kind,
        PlaceKind::Country | PlaceKind::City | PlaceKind::Region
    ) {
        return false;
    }
    let m = &doc.mentions[mi];
    if m.in_quote {
        return false;
    }
    if cue_after(doc, m.tok_end) {
        return true;
    }
    // "The Comoros government says": the country named before "government"
    if doc
        .tokens
        .get(m.tok_end)
        .is_some_and(|t| t.text == "government")
        && cue_after(doc, m.tok_end + 1)
    {
        return true;
    }
    // Inverted: ", added Moscow."
    if m.tok_start >= 1 {
        let prev = &doc.tokens[m.tok_start - 1];
        if prev.is_word() && lexicon::cue_verb(&prev.text.to_lowercase()).is_some() {
            let after = doc.tokens.get(m.tok_end);
            return after.is_none_or(|t| t.kind == crate::tokens::TokKind::Punct);
        }
    }
    false
}
