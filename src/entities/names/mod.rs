//! Name finding: the rule steps of the names stage ([`crate::entities::detect`]) and the
//! statistical name recognizer, which proposes person, organization and place names from
//! features that generalize beyond any word list.
//!
//! * [`runs`]: runs of capitalised words that may be names, and what the text says about
//!   capitalisation;
//! * [`trim`]: one run trimmed to its name, with the evidence around it;
//! * [`classify`]: the kind of a trimmed run;
//! * [`citation`]: authors in bibliographic citations ("Marsden & Mackey, 2014");
//! * [`place_context`]: places named as such by the words around them or by their last word;
//! * [`features`]: the one feature extractor, used by training and tagging alike;
//! * [`tagger`]: the run-time tagger (embedded weights, greedy decoding) that writes
//!   `doc.tagged`;
//! * [`compile`]: training, which writes `data/model/names.bin` (native only);
//! * [`choose`]: the one place where the tagger's proposals and the rules' mentions meet.

pub mod choose;
pub mod citation;
pub mod classify;
#[cfg(not(target_arch = "wasm32"))]
pub mod compile;
pub mod features;
pub mod place_context;
pub mod runs;
pub mod tagger;
pub mod trim;

pub use choose::choose;
pub use tagger::tag;
