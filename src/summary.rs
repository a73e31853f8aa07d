//! The `Summary`: the one contract between the analysis core, the web UI, the command line and
//! share links.
//!
//! Everything the reader sees is derived from a `Summary`; the UI never looks at the text
//! with its own rules. Offsets are *character* (Unicode scalar value) offsets into the text
//! exactly as it was given to [`crate::analyze`], half-open `[start, end)`. Characters rather
//! than bytes because JavaScript, Python and the share-link format all agree on them more
//! easily than on UTF-8 byte positions (JavaScript strings are UTF-16, so the UI converts
//! with [`char_to_utf16`] helpers of its own when it slices).
//!
//! The JSON shape is versioned by `schema`; fields may be added within a version, never removed
//! or re-typed. See `ARCHITECTURE.md` for the full schema description.

use serde::{Deserialize, Serialize};

/// Current schema identifier, written into every summary.
pub const SCHEMA: &str = "article-lens/summary@1";

/// A half-open character range `[start, end)` into the analysed text.
pub type Span = [usize; 2];

/// Everything Article Lens found in one text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Always [`SCHEMA`] for this version.
    pub schema: String,
    /// People and organizations, most prominent first.
    pub actors: Vec<Actor>,
    /// Quotes in text order.
    pub quotes: Vec<Quote>,
    /// Places, most mentioned first.
    pub places: Vec<Place>,
}

impl Default for Summary {
    fn default() -> Self {
        Summary {
            schema: SCHEMA.to_string(),
            actors: Vec::new(),
            quotes: Vec::new(),
            places: Vec::new(),
        }
    }
}

/// Person or organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organization,
}

/// One person or organization, with all its mentions merged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Stable within one summary: `a1`, `a2`, …
    pub id: String,
    /// The fullest name the text gives ("Jens Stoltenberg").
    pub name: String,
    pub kind: ActorKind,
    /// Other surface forms in the text ("Stoltenberg", "OSCE").
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Title or function ("Secretary General", "spokeswoman").
    #[serde(default)]
    pub role: Option<String>,
    /// Organization or country the actor belongs to ("NATO", "Canada").
    #[serde(default)]
    pub affiliation: Option<String>,
    /// Every span naming this actor, in text order.
    #[serde(default)]
    pub mentions: Vec<Span>,
    /// A person's gender as the text itself states it: pronouns that refer to them,
    /// honorifics and gendered titles ("Mrs", "spokeswoman"). Never guessed from a first
    /// name; absent when the text does not say. Added within `article-lens/summary@1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<StatedGender>,
}

/// A person's gender as stated by the text ([`Actor::gender`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatedGender {
    Woman,
    Man,
}

impl StatedGender {
    /// "woman" or "man".
    pub fn word(self) -> &'static str {
        match self {
            StatedGender::Woman => "woman",
            StatedGender::Man => "man",
        }
    }
}

/// Whether a quote is whole sentences or a fragment inside reporting prose (both in quotation
/// marks), or reported speech: a statement in the reporter's words after a cue ("the ministry
/// said it would review the contract"). `indirect` was added within `article-lens/summary@1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Partial,
    Indirect,
}

/// What kind of thing the speaker of a quote is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    Person,
    Organization,
    /// A country or city speaking as its government ("Moscow said").
    Government,
    /// The text names no one ("officials said", "a source told").
    Anonymous,
}

/// One quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// `q1`, `q2`, … in text order.
    pub id: String,
    /// The text inside the quotation marks, exactly as in the article.
    pub text: String,
    /// Display name of the speaker, `null` when unknown or anonymous.
    #[serde(default)]
    pub speaker: Option<String>,
    /// Id of the speaker's actor (`a…`) or place (`p…`), when there is one.
    #[serde(default)]
    pub speaker_id: Option<String>,
    /// What the speaker is; `anonymous` when the text says the source is unnamed.
    #[serde(default)]
    pub speaker_kind: Option<SpeakerKind>,
    /// The reporting verb or phrase ("said", "according to").
    #[serde(default)]
    pub cue: Option<String>,
    pub kind: QuoteKind,
    /// Span of the inner text (without the marks).
    pub span: Span,
    /// Why this speaker was chosen (absent when no attribution was tried, and in summaries
    /// read back from share links, which do not carry it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
}

/// The evidence that picked a quote's speaker: where the attribution stood, the cue word and
/// how the speaker phrase was read. Added within `article-lens/summary@1`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Where the attribution was found.
    pub position: CuePosition,
    /// The reporting, stance or description word ("said", "described", "according to", "—").
    #[serde(default)]
    pub cue: Option<String>,
    /// How the speaker phrase was read.
    pub via: Via,
    /// The hand-weighted score of the winning candidate (higher is surer).
    pub score: i32,
}

impl Evidence {
    /// One line for a reader: "“said” after the quote, speaker by name (score 100)".
    pub fn describe(&self) -> String {
        let position = match self.position {
            CuePosition::After => "after the quote",
            CuePosition::Inverted => "after the quote, verb first",
            CuePosition::Dash => "after a dash",
            CuePosition::Before => "before the quote",
            CuePosition::Phrase => "in a phrase cue",
            CuePosition::Colon => "introduced with a colon",
            CuePosition::PreviousSentence => "in the sentence before",
            CuePosition::SameSentence => "as the earlier quote of the sentence",
            CuePosition::Continuation => "continuing the quote before",
            CuePosition::FollowUp => "following the previous quote",
            CuePosition::Glued => "joined to the next quote",
        };
        let via = match self.via {
            Via::Name => "by name",
            Via::Pronoun => "by a pronoun",
            Via::Description => "by a description",
            Via::Quote => "from another quote",
        };
        let cue = self
            .cue
            .as_deref()
            .map(|c| format!("“{c}” "))
            .unwrap_or_default();
        format!("{cue}{position}, speaker {via} (score {})", self.score)
    }
}

/// Where the clause that attributes a quote stands relative to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CuePosition {
    /// After the quote, subject first: `“…,” X said`.
    After,
    /// After the quote, verb first: `“…,” said X`.
    Inverted,
    /// A dash and the speaker after the quote: `“…” — X`.
    Dash,
    /// Before the quote in the same sentence: `X said “…”`, `X described it as “…”`.
    Before,
    /// A phrase cue: `according to X`, `in the words of X`.
    Phrase,
    /// A sentence ending with a colon introduces the quote: `X said in a statement:` ¶ `“…”`.
    Colon,
    /// A reporting sentence right before the quote, same paragraph.
    PreviousSentence,
    /// The subject of the sentence that holds an earlier quote with a speaker:
    /// `X said “…” and warned “…”`.
    SameSentence,
    /// The quote continues a quotation opened in an earlier paragraph.
    Continuation,
    /// An unattributed follow-up of the previous quote's speaker.
    FollowUp,
    /// Joined to the next quote, which names the speaker: `“…” and “…,” X said`.
    Glued,
}

/// How the speaker phrase was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// A name in the phrase.
    Name,
    /// A pronoun resolved to an earlier actor.
    Pronoun,
    /// A description ("the ministry", "a spokesman") resolved, kept as text, or anonymous.
    Description,
    /// Another quote's speaker.
    Quote,
}

/// Kind of place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    Country,
    City,
    Region,
    Continent,
    Feature,
    Other,
}

/// One place with all its spellings merged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// `p1`, `p2`, …
    pub id: String,
    /// Canonical (gazetteer) name: "Kyiv" even when the text says "Kiev".
    pub name: String,
    pub kind: PlaceKind,
    /// Country the place lies in; itself for a country; `null` for a continent or sea.
    #[serde(default)]
    pub country: Option<String>,
    /// Other spellings used in the text.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Every span naming this place, in text order.
    #[serde(default)]
    pub mentions: Vec<Span>,
    /// Mentions where the place acts as its government ("Moscow said").
    #[serde(default)]
    pub government_mentions: Vec<Span>,
}

impl Summary {
    /// The actor with this id.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    /// The place with this id.
    pub fn place(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.id == id)
    }

    /// Quotes whose speaker has this actor or place id.
    pub fn quotes_by<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Quote> + 'a {
        self.quotes
            .iter()
            .filter(move |q| q.speaker_id.as_deref() == Some(id))
    }

    /// Serialise as pretty JSON (what the CLI prints).
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).expect("a Summary always serialises")
    }

    /// Serialise as one line of JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a Summary always serialises")
    }
}
