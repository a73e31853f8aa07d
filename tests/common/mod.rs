//! Helpers shared by the behaviour tests: look things up in a summary by name.
#![allow(dead_code)]

use article_lens::{analyze, Actor, ActorKind, Place, Quote, Summary};

pub fn run(text: &str) -> Summary {
    analyze(text)
}

/// The actor whose name or alias equals `name`.
pub fn actor<'a>(s: &'a Summary, name: &str) -> Option<&'a Actor> {
    s.actors
        .iter()
        .find(|a| a.name == name || a.aliases.iter().any(|x| x == name))
}

pub fn person<'a>(s: &'a Summary, name: &str) -> &'a Actor {
    let a = actor(s, name).unwrap_or_else(|| panic!("no actor {name:?} in {:#?}", names(s)));
    assert_eq!(a.kind, ActorKind::Person, "{name} should be a person");
    a
}

pub fn org<'a>(s: &'a Summary, name: &str) -> &'a Actor {
    let a = actor(s, name).unwrap_or_else(|| panic!("no actor {name:?} in {:#?}", names(s)));
    assert_eq!(
        a.kind,
        ActorKind::Organization,
        "{name} should be an organization"
    );
    a
}

pub fn place<'a>(s: &'a Summary, name: &str) -> &'a Place {
    s.places
        .iter()
        .find(|p| p.name == name || p.aliases.iter().any(|x| x == name))
        .unwrap_or_else(|| panic!("no place {name:?} in {:#?}", place_names(s)))
}

pub fn names(s: &Summary) -> Vec<String> {
    s.actors
        .iter()
        .map(|a| format!("{} ({:?})", a.name, a.kind))
        .collect()
}

pub fn place_names(s: &Summary) -> Vec<String> {
    s.places.iter().map(|p| p.name.clone()).collect()
}

/// The quotations in quotation marks (direct and partial), without reported statements.
pub fn in_marks(s: &Summary) -> Vec<&Quote> {
    s.quotes
        .iter()
        .filter(|q| q.kind != article_lens::QuoteKind::Indirect)
        .collect()
}

/// The quote in quotation marks whose text contains `fragment`.
pub fn quote<'a>(s: &'a Summary, fragment: &str) -> &'a Quote {
    s.quotes
        .iter()
        .filter(|q| q.kind != article_lens::QuoteKind::Indirect)
        .find(|q| q.text.contains(fragment))
        .unwrap_or_else(|| {
            panic!(
                "no quote with {fragment:?} in {:#?}",
                s.quotes.iter().map(|q| &q.text).collect::<Vec<_>>()
            )
        })
}

pub fn speaker(s: &Summary, fragment: &str) -> Option<String> {
    quote(s, fragment).speaker.clone()
}
