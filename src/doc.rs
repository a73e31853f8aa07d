//! The document that every stage of the pipeline enriches.
//!
//! Each layer reads what earlier layers wrote and adds its own findings; none of them
//! re-scans the raw string with private rules. The final [`crate::summary::Summary`] is
//! built from the `Doc` in [`crate::pipeline`].

use crate::summary::{ActorKind, PlaceKind, QuoteKind, SpeakerKind};
use crate::text::Text;
use crate::tokens::{Sentence, Token};

/// A pair of quotation marks found in the text (before attribution).
#[derive(Debug, Clone)]
pub struct QuoteSpan {
    /// Character offset of the opening mark.
    pub open: usize,
    /// Character offset just past the closing mark (or the end of the quoted run when the
    /// closing mark is missing).
    pub close: usize,
    /// Inner text range, without the marks and surrounding spaces.
    pub inner: (usize, usize),
    /// Part of a larger quote: nested inside another span.
    pub nested: bool,
    /// Lies in a headline line.
    pub headline: bool,
    /// Continues the quote of the previous paragraph (opened again by a mark at the start of
    /// this paragraph, the convention for a quotation running over several paragraphs).
    pub continues: bool,
}

/// What a name span was classified as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    Person,
    Organization,
    Place,
}

/// One occurrence of a name in the text.
#[derive(Debug, Clone)]
pub struct Mention {
    /// Token range of the name itself (titles and determiners excluded).
    pub tok_start: usize,
    pub tok_end: usize,
    /// Character range.
    pub start: usize,
    pub end: usize,
    /// The name as written.
    pub text: String,
    pub kind: MentionKind,
    /// Role words before or after the name ("Foreign Minister", "spokeswoman").
    pub role: Option<String>,
    /// Organization or country named with the role ("NATO", "Canadian" → Canada).
    pub affiliation: Option<String>,
    /// Gender evidence from a title or honorific.
    pub gender_hint: Option<crate::lexicon::Gender>,
    /// The mention lies inside a quotation.
    pub in_quote: bool,
    /// Index into `Doc::actors` or `Doc::places` once merged.
    pub entity: Option<usize>,
    /// A place acting as its government ("Moscow said").
    pub government: bool,
    /// The words around the name say what kind of name it is ("the newspaper X", "X news
    /// agency", "state news agency, X,"; a citation's author "X, 2014"): evidence beyond the
    /// name's shape.
    pub described: bool,
}

impl Mention {
    /// A bare mention of tokens `[a, b)` as `kind`: no role, affiliation or entity yet.
    pub fn of_tokens(doc: &Doc, a: usize, b: usize, kind: MentionKind) -> Mention {
        Mention {
            tok_start: a,
            tok_end: b,
            start: doc.tokens[a].start,
            end: doc.tokens[b - 1].end,
            text: doc.tok_text(a, b),
            kind,
            role: None,
            affiliation: None,
            gender_hint: None,
            in_quote: doc.in_quote(doc.tokens[a].start),
            entity: None,
            government: false,
            described: false,
        }
    }
}

/// A name proposed by the statistical tagger ([`crate::entities::names::tagger`]), before the
/// chooser decides between it and the rules.
#[derive(Debug, Clone)]
pub struct TaggedSpan {
    pub tok_start: usize,
    pub tok_end: usize,
    pub kind: MentionKind,
    /// Mean margin by which the span's tags won, in weight units (higher is surer).
    pub confidence: f32,
}

/// A merged person or organization.
#[derive(Debug, Clone)]
pub struct ActorEntity {
    pub name: String,
    pub kind: ActorKind,
    pub aliases: Vec<String>,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub gender: crate::lexicon::Gender,
    /// Gender as the text states it (titles, pronouns; never first names): the summary's
    /// `gender`. Set by [`crate::entities::gender::state`].
    pub stated_gender: Option<crate::summary::StatedGender>,
    /// Indices into `Doc::mentions`.
    pub mentions: Vec<usize>,
}

/// A merged place.
#[derive(Debug, Clone)]
pub struct PlaceEntity {
    pub name: String,
    pub kind: PlaceKind,
    pub country: Option<String>,
    pub aliases: Vec<String>,
    pub mentions: Vec<usize>,
}

/// Who a quote is attributed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerRef {
    Actor(usize),
    Place(usize),
    Anonymous,
}

/// A quotation with its attribution.
#[derive(Debug, Clone)]
pub struct QuoteFound {
    pub inner: (usize, usize),
    pub kind: QuoteKind,
    pub speaker: Option<SpeakerRef>,
    pub cue: Option<String>,
    /// Display text of a speaker that resolved to no actor ("the Russian ministry", a name
    /// the name layer missed).
    pub description: Option<String>,
    /// What picked the speaker.
    pub evidence: Option<crate::summary::Evidence>,
}

impl SpeakerRef {
    pub fn speaker_kind(self, doc: &Doc) -> SpeakerKind {
        match self {
            SpeakerRef::Actor(i) => match doc.actors[i].kind {
                ActorKind::Person => SpeakerKind::Person,
                ActorKind::Organization => SpeakerKind::Organization,
            },
            SpeakerRef::Place(_) => SpeakerKind::Government,
            SpeakerRef::Anonymous => SpeakerKind::Anonymous,
        }
    }
}

/// Everything known about the text so far.
#[derive(Debug, Clone)]
pub struct Doc {
    pub text: Text,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub quote_spans: Vec<QuoteSpan>,
    pub mentions: Vec<Mention>,
    /// Token ranges the rules examined and found to name nothing ("outside the Royal Oak"):
    /// the chooser adds no tagger span over them.
    pub vetoed: Vec<(usize, usize)>,
    /// The tagger's proposals (kept for inspection after the chooser has used them).
    pub tagged: Vec<TaggedSpan>,
    /// The tagger's tag for every token (0 = outside) and the margin by which it won, in
    /// weight units; empty until the tagger has run.
    pub token_tags: Vec<(u8, f32)>,
    pub actors: Vec<ActorEntity>,
    pub places: Vec<PlaceEntity>,
    pub quotes: Vec<QuoteFound>,
}

impl Doc {
    /// Tokenizes `text`; the other fields start empty.
    pub fn new(text: &str) -> Doc {
        let text = Text::new(text);
        let (tokens, sentences) = crate::tokens::tokenize(&text);
        Doc {
            text,
            tokens,
            sentences,
            quote_spans: Vec::new(),
            mentions: Vec::new(),
            vetoed: Vec::new(),
            tagged: Vec::new(),
            token_tags: Vec::new(),
            actors: Vec::new(),
            places: Vec::new(),
            quotes: Vec::new(),
        }
    }

    /// The text of tokens `[s, e)` joined with the spacing they have in the text.
    pub fn tok_text(&self, s: usize, e: usize) -> String {
        if s >= e {
            return String::new();
        }
        self.text
            .slice(self.tokens[s].start, self.tokens[e - 1].end)
    }

    /// Is character offset `pos` inside the inner text of a quote?
    pub fn in_quote(&self, pos: usize) -> bool {
        let i = self.quote_spans.partition_point(|q| q.open <= pos);
        // Top-level spans do not overlap, so only the last one opening before `pos` can hold it.
        self.quote_spans[..i]
            .iter()
            .rev()
            .find(|q| !q.nested)
            .is_some_and(|q| pos >= q.inner.0 && pos < q.inner.1)
    }

    /// Index of the first token starting at or after `pos`.
    pub fn token_at(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.start < pos)
    }
}
