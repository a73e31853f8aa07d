//! The statistical name recognizer: proposes person, organization and place names from
//! features that generalize beyond any word list.
//!
//! * [`features`]: the one feature extractor, used by training and tagging alike;
//! * [`tagger`]: the run-time tagger (embedded weights, greedy decoding) that writes
//!   `doc.tagged`;
//! * [`compile`]: training, which writes `data/model/names.bin` (native only);
//! * [`choose`]: the one place where the tagger's proposals and the rules' mentions meet.

pub mod choose;
#[cfg(not(target_arch = "wasm32"))]
pub mod compile;
pub mod features;
pub mod tagger;

pub use choose::choose;
pub use tagger::tag;
