//! Article Lens: who acts in a news article, what they said, and where it happens.
//!
//! The analysis is a pipeline of small layers, each enriching one [`text::Doc`]
//! (the idea of a document that every stage adds to):
//!
//! 1. [`text`]: the text as given, with character offsets and paragraphs;
//! 2. [`tokens`]: words, punctuation and sentences;
//! 3. [`entities`]: people and organizations, merged across mentions, with roles;
//! 4. [`places`]: places resolved against the embedded gazetteer;
//! 5. [`quotes`]: quotations and their speakers;
//! 6. [`summary`]: the serialisable result every consumer (UI, CLI, share links) reads;
//! 7. [`sources`]: who is quoted, read from a summary (the Sources view, `article-lens batch
//!    --sources`).
//!
//! Nothing here depends on the web: the same code runs natively (tests, CLI) and in
//! WebAssembly (the app).

/// The text of an embedded data file (`data/…`), as `build.rs` copies it: without comment
/// lines.
#[macro_export]
#[doc(hidden)]
macro_rules! data_file {
    ($path:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $path))
    };
}

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod context;
pub mod csv;
pub mod doc;
pub mod entities;
pub mod gazetteer;
pub mod lexicon;
pub mod link;
pub mod places;
pub mod quotes;
pub mod sources;
pub mod summary;
pub mod text;
pub mod tokens;

mod pipeline;

pub use entities::names::choose::NameSource;
pub use pipeline::{analyze, analyze_with};
pub use summary::{
    Actor, ActorKind, CuePosition, Evidence, Place, PlaceKind, Quote, QuoteKind, SpeakerKind,
    StatedGender, Summary, Via,
};
