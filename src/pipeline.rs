//! The pipeline: text → tokens → quote marks → names → actors → places → attribution →
//! [`Summary`].
//!
//! Quote marks are paired before names are classified so that names inside quotations are
//! known as such (they are rarely the speaker). Places are resolved after actors are merged
//! so that "Washington" can join "George Washington" rather than become a city.

use crate::doc::{Doc, SpeakerRef};
use crate::entities::names::choose::NameSource;
use crate::summary::{Actor, Place, Quote, SpeakerKind, Summary, SCHEMA};
use crate::{entities, places, quotes};

/// Analyses an article. Deterministic: the same text always gives the same summary.
pub fn analyze(text: &str) -> Summary {
    analyze_with(text, NameSource::default())
}

/// Analyses an article keeping the names of `names` (the rules alone, the tagger alone, or
/// the chooser's pick: [`analyze`]); for measuring each recognizer on its own.
pub fn analyze_with(text: &str, names: NameSource) -> Summary {
    let mut doc = Doc::new(text);
    quotes::find(&mut doc);
    entities::detect(&mut doc);
    entities::names::tag(&mut doc);
    entities::names::choose(&mut doc, names);
    entities::merge(&mut doc);
    places::resolve(&mut doc);
    quotes::attribute(&mut doc);
    entities::gender::state(&mut doc);
    summarize(&doc)
}

/// Builds the serialisable summary: actors by prominence, places by mentions, quotes in order.
fn summarize(doc: &Doc) -> Summary {
    let span = |mi: usize| [doc.mentions[mi].start, doc.mentions[mi].end];

    // Actors by prominence: quotes, then mentions, then first appearance.
    let mut quote_count = vec![0usize; doc.actors.len()];
    for q in &doc.quotes {
        if let Some(SpeakerRef::Actor(a)) = q.speaker {
            quote_count[a] += 1;
        }
    }
    let mut order: Vec<usize> = (0..doc.actors.len())
        .filter(|&a| !doc.actors[a].mentions.is_empty())
        .collect();
    let first = |a: usize| doc.mentions[doc.actors[a].mentions[0]].start;
    order.sort_by_key(|&a| {
        (
            std::cmp::Reverse(quote_count[a]),
            std::cmp::Reverse(doc.actors[a].mentions.len()),
            first(a),
        )
    });
    let mut actor_id = vec![String::new(); doc.actors.len()];
    let mut actors = Vec::with_capacity(order.len());
    for (n, &a) in order.iter().enumerate() {
        let e = &doc.actors[a];
        actor_id[a] = format!("a{}", n + 1);
        actors.push(Actor {
            id: actor_id[a].clone(),
            name: e.name.clone(),
            kind: e.kind,
            aliases: e.aliases.clone(),
            role: e.role.clone(),
            affiliation: e.affiliation.clone(),
            mentions: e.mentions.iter().map(|&mi| span(mi)).collect(),
            gender: e.stated_gender,
        });
    }

    let mut porder: Vec<usize> = (0..doc.places.len())
        .filter(|&p| !doc.places[p].mentions.is_empty())
        .collect();
    porder.sort_by_key(|&p| {
        (
            std::cmp::Reverse(doc.places[p].mentions.len()),
            doc.mentions[doc.places[p].mentions[0]].start,
        )
    });
    let mut place_id = vec![String::new(); doc.places.len()];
    let mut places = Vec::with_capacity(porder.len());
    for (n, &p) in porder.iter().enumerate() {
        let e = &doc.places[p];
        place_id[p] = format!("p{}", n + 1);
        places.push(Place {
            id: place_id[p].clone(),
            name: e.name.clone(),
            kind: e.kind,
            country: e.country.clone(),
            aliases: e.aliases.clone(),
            mentions: e.mentions.iter().map(|&mi| span(mi)).collect(),
            government_mentions: e
                .mentions
                .iter()
                .filter(|&&mi| doc.mentions[mi].government)
                .map(|&mi| span(mi))
                .collect(),
        });
    }

    let quotes = doc
        .quotes
        .iter()
        .enumerate()
        .map(|(n, q)| {
            let description = q.description.clone();
            let (speaker, speaker_id, speaker_kind) = match q.speaker {
                Some(SpeakerRef::Actor(a)) if !actor_id[a].is_empty() => (
                    Some(doc.actors[a].name.clone()),
                    Some(actor_id[a].clone()),
                    Some(q.speaker.unwrap().speaker_kind(doc)),
                ),
                Some(SpeakerRef::Place(p)) if !place_id[p].is_empty() => (
                    Some(doc.places[p].name.clone()),
                    Some(place_id[p].clone()),
                    Some(SpeakerKind::Government),
                ),
                Some(SpeakerRef::Anonymous) => (None, None, Some(SpeakerKind::Anonymous)),
                _ => match description {
                    Some(d) => (Some(d), None, None),
                    None => (None, None, None),
                },
            };
            Quote {
                id: format!("q{}", n + 1),
                text: doc.text.slice(q.inner.0, q.inner.1),
                speaker,
                speaker_id,
                speaker_kind,
                cue: q.cue.clone(),
                kind: q.kind,
                span: [q.inner.0, q.inner.1],
                evidence: q.evidence.clone(),
            }
        })
        .collect();

    Summary {
        schema: SCHEMA.to_string(),
        actors,
        quotes,
        places,
    }
}
