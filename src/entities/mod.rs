//! People and organizations: finding their names, merging mentions, roles, coreference.
//!
//! * [`detect`](mod@detect) finds capitalised name runs and classifies them as person, organization or
//!   place (places are resolved further by [`crate::places`]), with the steps in [`names`]
//!   and [`roles`];
//! * [`names`] holds the rule steps of name finding (runs, trimming, classification, place
//!   context) and the statistical name tagger;
//! * [`roles`] reads a person's role and affiliation from the words around a name;
//! * [`merge`](mod@merge) groups person and organization mentions into actors;
//! * [`gender`] reads a person's gender from the text's own evidence (titles, pronouns);
//! * [`coref`] answers, for the quote layer, who "he", "it" or "the minister" is.
//!
//! Rules find most names and every role, kind and merge, so that each decision can be
//! explained to a fact-checker ("a title stood before it", "it ends with Ministry"); a small
//! embedded statistical tagger ([`names::tagger`]) proposes the names the rules' word lists
//! miss, and one chooser ([`names::choose`](mod@names::choose)) decides between them. All of it runs in the
//! browser in milliseconds, with no model download.

pub mod coref;
pub mod detect;
pub mod gender;
pub mod merge;
pub mod names;
pub mod roles;

pub use coref::resolve;
pub use detect::detect;
pub use merge::merge;
