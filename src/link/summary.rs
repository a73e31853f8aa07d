//! Summary links (`s1.`, `s2.`): the [`Summary`] as a stream of flags, numbers and strings.
//!
//! Two layouts, which differ in one item only, the quote kind: `s1` codes it as a flag
//! "partial" (a quote is direct or partial), `s2` as a number (0 direct, 1 partial,
//! 2 indirect: reported speech). [`layout_for`] picks `s1` for every summary it can carry, so
//! links without reported speech stay exactly as they were and open in older versions too.
//!
//! Layout (every item through the adaptive coder, in this order):
//!
//! 1. schema: flag "is the current schema"; if not, the schema string;
//! 2. places: count; per place: id (flag "is `p<n>`", else string), name, kind (number
//!    0–5), country (0 none, 1 string, 2 the place's own name, 3+k the name of place k
//!    before it), aliases (count + strings), mentions, government mentions;
//! 3. actors: count; per actor: id (flag "is `a<n>`", else string), name, kind (flag
//!    organization), aliases, role (flag + string), affiliation (0 none, 1 string, 2+k the
//!    name of place k, 2+P+k the name of actor k before it), mentions;
//! 4. quotes: count; per quote: id (flag "is `q<n>`", else string), text, kind (`s1`: flag
//!    partial; `s2`: number 0 direct, 1 partial, 2 indirect), span, speaker id (0 none, 1+k actor k, 1+A+k place k, 1+A+P a string),
//!    speaker (0 none, 1 the name of the speaker id's actor or place, 2 a string),
//!    speaker kind (0 none, 1–4), cue (flag + string);
//! 5. the 16-bit check.
//!
//! Span lists are a count, then per span the start as a signed difference from the
//! previous start (zigzag), then the length as a code: `k` < number of known strings means
//! "as long as known string k" (the name, then each alias; for a quote its text), the next
//! code an explicit length, the one after that an explicit *negative* length (only an
//! invalid summary has one; it is kept so that decoding can refuse it).
//!
//! Strings are preceded by a hint byte that tells the text model which kind of string
//! follows, then their length in characters, then their UTF-8 bytes.

use super::coder::{Decoder, Encoder};
use super::wire::{Budget, Fault, Wire};
use super::MAX_TEXT_CHARS;
use crate::summary::{
    Actor, ActorKind, Place, PlaceKind, Quote, QuoteKind, Span, SpeakerKind, StatedGender, Summary,
    SCHEMA,
};

// Wire fields (each its own adaptive model). Frozen for v1.
pub const F_SCHEMA_STD: usize = 1;
pub const F_SCHEMA: usize = 2;
pub const F_COUNT_PLACES: usize = 3;
pub const F_COUNT_ACTORS: usize = 4;
pub const F_COUNT_QUOTES: usize = 5;
pub const F_ID_STD: usize = 6;
pub const F_ID: usize = 7;
pub const F_NAME: usize = 8;
pub const F_PLACE_KIND: usize = 9;
pub const F_COUNTRY: usize = 10;
pub const F_COUNT_ALIASES: usize = 11;
pub const F_ALIAS: usize = 12;
pub const F_COUNT_MENTIONS: usize = 13;
pub const F_START: usize = 14;
pub const F_LEN_CODE: usize = 15;
pub const F_LEN: usize = 16;
pub const F_COUNT_GOV: usize = 17;
pub const F_ACTOR_ORG: usize = 18;
pub const F_HAS_ROLE: usize = 19;
pub const F_ROLE: usize = 20;
pub const F_AFFILIATION: usize = 21;
pub const F_QUOTE_TEXT: usize = 22;
pub const F_QUOTE_PARTIAL: usize = 23;
pub const F_SPEAKER_ID: usize = 24;
pub const F_SPEAKER: usize = 25;
pub const F_SPEAKER_KIND: usize = 26;
pub const F_HAS_CUE: usize = 27;
pub const F_CUE: usize = 28;
pub const F_COUNTRY_STR: usize = 29;
pub const F_AFFILIATION_STR: usize = 30;
pub const F_SPEAKER_STR: usize = 31;
pub const F_SPEAKER_ID_STR: usize = 32;
pub const F_QUOTE_START: usize = 33;
pub const F_QUOTE_LEN_CODE: usize = 34;
pub const F_GOV_START: usize = 35;
pub const F_GOV_LEN_CODE: usize = 36;
// Added by v2 (`s2`), which uses it instead of F_QUOTE_PARTIAL. Frozen for v2.
pub const F_QUOTE_KIND: usize = 37;
// Added by v3 (`s3`). Frozen for v3.
pub const F_ACTOR_GENDER: usize = 38;

/// The layout of a summary stream: the version in the link's prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layout {
    /// `s1`: a quote's kind is a flag "partial".
    V1,
    /// `s2`: a quote's kind is a number: 0 direct, 1 partial, 2 indirect.
    V2,
    /// `s3`: as `s2`, and every actor has a stated gender (0 not stated, 1 woman, 2 man).
    V3,
}

impl Layout {
    /// The quote kind is a number (`s2` and later), not a flag "partial".
    fn kind_number(self) -> bool {
        self != Layout::V1
    }
}

/// The layout a summary is written in: the oldest that can carry it, so a link opens in as
/// many versions as possible: `s3` when an actor has a stated gender, else `s2` when a quote
/// is reported speech, else `s1`.
pub(crate) fn layout_for(s: &Summary) -> Layout {
    if s.actors.iter().any(|a| a.gender.is_some()) {
        Layout::V3
    } else if s.quotes.iter().any(|q| q.kind == QuoteKind::Indirect) {
        Layout::V2
    } else {
        Layout::V1
    }
}

fn gender_code(g: Option<StatedGender>) -> u64 {
    match g {
        None => 0,
        Some(StatedGender::Woman) => 1,
        Some(StatedGender::Man) => 2,
    }
}

fn gender(code: u64) -> Option<Option<StatedGender>> {
    Some(match code {
        0 => None,
        1 => Some(StatedGender::Woman),
        2 => Some(StatedGender::Man),
        _ => return None,
    })
}

fn quote_kind_code(k: QuoteKind) -> u64 {
    match k {
        QuoteKind::Direct => 0,
        QuoteKind::Partial => 1,
        QuoteKind::Indirect => 2,
    }
}

fn quote_kind(code: u64) -> Option<QuoteKind> {
    Some(match code {
        0 => QuoteKind::Direct,
        1 => QuoteKind::Partial,
        2 => QuoteKind::Indirect,
        _ => return None,
    })
}

// Hint bytes: what the text model is told precedes each kind of string.
const H_NAME: u8 = b'\n';
const H_ALIAS: u8 = b',';
const H_ROLE: u8 = b'(';
const H_OTHER: u8 = b'/';
const H_QUOTE: u8 = b'"';
const H_CUE: u8 = b' ';

fn place_kind_code(k: PlaceKind) -> u64 {
    match k {
        PlaceKind::Country => 0,
        PlaceKind::City => 1,
        PlaceKind::Region => 2,
        PlaceKind::Continent => 3,
        PlaceKind::Feature => 4,
        PlaceKind::Other => 5,
    }
}

fn place_kind(code: u64) -> Option<PlaceKind> {
    Some(match code {
        0 => PlaceKind::Country,
        1 => PlaceKind::City,
        2 => PlaceKind::Region,
        3 => PlaceKind::Continent,
        4 => PlaceKind::Feature,
        5 => PlaceKind::Other,
        _ => return None,
    })
}

fn speaker_kind_code(k: Option<SpeakerKind>) -> u64 {
    match k {
        None => 0,
        Some(SpeakerKind::Person) => 1,
        Some(SpeakerKind::Organization) => 2,
        Some(SpeakerKind::Government) => 3,
        Some(SpeakerKind::Anonymous) => 4,
    }
}

fn speaker_kind(code: u64) -> Option<Option<SpeakerKind>> {
    Some(match code {
        0 => None,
        1 => Some(SpeakerKind::Person),
        2 => Some(SpeakerKind::Organization),
        3 => Some(SpeakerKind::Government),
        4 => Some(SpeakerKind::Anonymous),
        _ => return None,
    })
}

fn chars(s: &str) -> u64 {
    s.chars().count() as u64
}

fn zigzag(d: i128) -> u64 {
    let z = if d >= 0 { d * 2 } else { -d * 2 - 1 };
    u64::try_from(z).unwrap_or(u64::MAX)
}

fn unzigzag(z: u64) -> i128 {
    let z = i128::from(z);
    if z % 2 == 0 {
        z / 2
    } else {
        -(z + 1) / 2
    }
}

/// Which fields a span list uses.
#[derive(Clone, Copy)]
struct SpanFields {
    count: usize,
    start: usize,
    len_code: usize,
}

const MENTIONS: SpanFields = SpanFields {
    count: F_COUNT_MENTIONS,
    start: F_START,
    len_code: F_LEN_CODE,
};
const GOV: SpanFields = SpanFields {
    count: F_COUNT_GOV,
    start: F_GOV_START,
    len_code: F_GOV_LEN_CODE,
};

// ---------------------------------------------------------------------------------------
// Encoding

fn put_id(w: &mut Wire<Encoder>, id: &str, letter: char, index: usize) {
    let std = id.strip_prefix(letter) == Some((index + 1).to_string().as_str());
    let _ = w.flag(F_ID_STD, std);
    if !std {
        w.put_str(F_ID, H_OTHER, id);
    }
}

fn put_span(w: &mut Wire<Encoder>, f: SpanFields, prev: &mut i128, span: &Span, known: &[u64]) {
    let start = span[0] as i128;
    let end = span[1] as i128;
    let _ = w.number(f.start, zigzag(start - *prev));
    *prev = start;
    let len = end - start;
    if let Some(k) = known.iter().position(|&n| i128::from(n) == len) {
        let _ = w.number(f.len_code, k as u64);
    } else if len >= 0 {
        let _ = w.number(f.len_code, known.len() as u64);
        let _ = w.number(F_LEN, u64::try_from(len).unwrap_or(u64::MAX));
    } else {
        let _ = w.number(f.len_code, known.len() as u64 + 1);
        let _ = w.number(F_LEN, u64::try_from(-len).unwrap_or(u64::MAX));
    }
}

fn put_spans(w: &mut Wire<Encoder>, f: SpanFields, spans: &[Span], known: &[u64]) {
    let _ = w.number(f.count, spans.len() as u64);
    let mut prev = 0i128;
    for s in spans {
        put_span(w, f, &mut prev, s, known);
    }
}

fn put_aliases(w: &mut Wire<Encoder>, aliases: &[String]) {
    let _ = w.number(F_COUNT_ALIASES, aliases.len() as u64);
    for a in aliases {
        w.put_str(F_ALIAS, H_ALIAS, a);
    }
}

fn known_lengths(name: &str, aliases: &[String]) -> Vec<u64> {
    std::iter::once(chars(name))
        .chain(aliases.iter().map(|a| chars(a)))
        .collect()
}

/// Writes `s` in `layout`, which must be able to carry it (see [`layout_for`]).
pub(crate) fn write(w: &mut Wire<Encoder>, s: &Summary, layout: Layout) {
    debug_assert!(layout == Layout::V3 || layout_for(s) != Layout::V3);
    debug_assert!(layout.kind_number() || layout_for(s) == Layout::V1);
    let std = s.schema == SCHEMA;
    let _ = w.flag(F_SCHEMA_STD, std);
    if !std {
        w.put_str(F_SCHEMA, H_OTHER, &s.schema);
    }

    let _ = w.number(F_COUNT_PLACES, s.places.len() as u64);
    for (i, p) in s.places.iter().enumerate() {
        put_id(w, &p.id, 'p', i);
        w.put_str(F_NAME, H_NAME, &p.name);
        let _ = w.number(F_PLACE_KIND, place_kind_code(p.kind));
        match &p.country {
            None => {
                let _ = w.number(F_COUNTRY, 0);
            }
            Some(c) if *c == p.name => {
                let _ = w.number(F_COUNTRY, 2);
            }
            Some(c) => match s.places[..i].iter().position(|q| q.name == *c) {
                Some(k) => {
                    let _ = w.number(F_COUNTRY, 3 + k as u64);
                }
                None => {
                    let _ = w.number(F_COUNTRY, 1);
                    w.put_str(F_COUNTRY_STR, H_OTHER, c);
                }
            },
        }
        put_aliases(w, &p.aliases);
        let known = known_lengths(&p.name, &p.aliases);
        put_spans(w, MENTIONS, &p.mentions, &known);
        put_spans(w, GOV, &p.government_mentions, &known);
    }

    let np = s.places.len() as u64;
    let _ = w.number(F_COUNT_ACTORS, s.actors.len() as u64);
    for (i, a) in s.actors.iter().enumerate() {
        put_id(w, &a.id, 'a', i);
        w.put_str(F_NAME, H_NAME, &a.name);
        let _ = w.flag(F_ACTOR_ORG, a.kind == ActorKind::Organization);
        put_aliases(w, &a.aliases);
        let _ = w.flag(F_HAS_ROLE, a.role.is_some());
        if let Some(r) = &a.role {
            w.put_str(F_ROLE, H_ROLE, r);
        }
        match &a.affiliation {
            None => {
                let _ = w.number(F_AFFILIATION, 0);
            }
            Some(af) => {
                let code = if let Some(k) = s.places.iter().position(|p| p.name == *af) {
                    Some(2 + k as u64)
                } else {
                    s.actors[..i]
                        .iter()
                        .position(|b| b.name == *af)
                        .map(|k| 2 + np + k as u64)
                };
                match code {
                    Some(c) => {
                        let _ = w.number(F_AFFILIATION, c);
                    }
                    None => {
                        let _ = w.number(F_AFFILIATION, 1);
                        w.put_str(F_AFFILIATION_STR, H_OTHER, af);
                    }
                }
            }
        }
        if layout == Layout::V3 {
            let _ = w.number(F_ACTOR_GENDER, gender_code(a.gender));
        }
        put_spans(
            w,
            MENTIONS,
            &a.mentions,
            &known_lengths(&a.name, &a.aliases),
        );
    }

    let na = s.actors.len() as u64;
    let _ = w.number(F_COUNT_QUOTES, s.quotes.len() as u64);
    let mut prev = 0i128;
    let quote_fields = SpanFields {
        count: F_COUNT_QUOTES,
        start: F_QUOTE_START,
        len_code: F_QUOTE_LEN_CODE,
    };
    for (i, q) in s.quotes.iter().enumerate() {
        put_id(w, &q.id, 'q', i);
        w.put_str(F_QUOTE_TEXT, H_QUOTE, &q.text);
        if layout.kind_number() {
            let _ = w.number(F_QUOTE_KIND, quote_kind_code(q.kind));
        } else {
            let _ = w.flag(F_QUOTE_PARTIAL, q.kind == QuoteKind::Partial);
        }
        put_span(w, quote_fields, &mut prev, &q.span, &[chars(&q.text)]);
        // Speaker id, then the name it resolves to (which the speaker usually repeats).
        let mut resolved: Option<&str> = None;
        match &q.speaker_id {
            None => {
                let _ = w.number(F_SPEAKER_ID, 0);
            }
            Some(id) => {
                if let Some(k) = s.actors.iter().position(|a| a.id == *id) {
                    let _ = w.number(F_SPEAKER_ID, 1 + k as u64);
                    resolved = Some(&s.actors[k].name);
                } else if let Some(k) = s.places.iter().position(|p| p.id == *id) {
                    let _ = w.number(F_SPEAKER_ID, 1 + na + k as u64);
                    resolved = Some(&s.places[k].name);
                } else {
                    let _ = w.number(F_SPEAKER_ID, 1 + na + np);
                    w.put_str(F_SPEAKER_ID_STR, H_OTHER, id);
                }
            }
        }
        match &q.speaker {
            None => {
                let _ = w.number(F_SPEAKER, 0);
            }
            Some(name) if Some(name.as_str()) == resolved => {
                let _ = w.number(F_SPEAKER, 1);
            }
            Some(name) => {
                let _ = w.number(F_SPEAKER, 2);
                w.put_str(F_SPEAKER_STR, H_NAME, name);
            }
        }
        let _ = w.number(F_SPEAKER_KIND, speaker_kind_code(q.speaker_kind));
        let _ = w.flag(F_HAS_CUE, q.cue.is_some());
        if let Some(c) = &q.cue {
            w.put_str(F_CUE, H_CUE, c);
        }
    }
    let _ = w.seal();
}

pub(crate) fn encode_payload(s: &Summary, layout: Layout) -> String {
    let mut w = Wire::new(Encoder::new());
    write(&mut w, s, layout);
    w.finish()
}

// ---------------------------------------------------------------------------------------
// Decoding

fn bad(msg: impl Into<String>) -> Fault {
    Fault::Invalid(msg.into())
}

fn get_id(
    w: &mut Wire<Decoder>,
    b: &mut Budget,
    letter: char,
    index: usize,
) -> Result<String, Fault> {
    if w.flag(F_ID_STD, false)? {
        Ok(format!("{letter}{}", index + 1))
    } else {
        w.get_str(F_ID, H_OTHER, b)
    }
}

fn get_count(w: &mut Wire<Decoder>, b: &mut Budget, field: usize) -> Result<usize, Fault> {
    let n = w.number(field, 0)?;
    b.take_items(n)?;
    Ok(n as usize)
}

fn get_span(
    w: &mut Wire<Decoder>,
    f: SpanFields,
    prev: &mut i128,
    known: &[u64],
) -> Result<Span, Fault> {
    let max = MAX_TEXT_CHARS as i128;
    let start = *prev + unzigzag(w.number(f.start, 0)?);
    if !(0..=max).contains(&start) {
        return Err(bad(format!("a span starts at {start}, outside any text")));
    }
    *prev = start;
    let code = w.number(f.len_code, 0)?;
    let k = known.len() as u64;
    let len: i128 = if code < k {
        i128::from(known[code as usize])
    } else if code == k {
        i128::from(w.number(F_LEN, 0)?)
    } else if code == k + 1 {
        -i128::from(w.number(F_LEN, 0)?)
    } else {
        return Err(bad(format!("unknown span length code {code}")));
    };
    let end = start + len;
    if !(0..=max).contains(&end) {
        return Err(bad(format!("a span ends at {end}, outside any text")));
    }
    Ok([start as usize, end as usize])
}

fn get_spans(
    w: &mut Wire<Decoder>,
    b: &mut Budget,
    f: SpanFields,
    known: &[u64],
) -> Result<Vec<Span>, Fault> {
    let n = get_count(w, b, f.count)?;
    let mut out = Vec::with_capacity(n.min(256));
    let mut prev = 0i128;
    for _ in 0..n {
        out.push(get_span(w, f, &mut prev, known)?);
    }
    Ok(out)
}

fn get_aliases(w: &mut Wire<Decoder>, b: &mut Budget) -> Result<Vec<String>, Fault> {
    let n = get_count(w, b, F_COUNT_ALIASES)?;
    let mut out = Vec::with_capacity(n.min(64));
    for _ in 0..n {
        out.push(w.get_str(F_ALIAS, H_ALIAS, b)?);
    }
    Ok(out)
}

fn read(w: &mut Wire<Decoder>, b: &mut Budget, layout: Layout) -> Result<Summary, Fault> {
    let schema = if w.flag(F_SCHEMA_STD, false)? {
        SCHEMA.to_string()
    } else {
        w.get_str(F_SCHEMA, H_OTHER, b)?
    };

    let n = get_count(w, b, F_COUNT_PLACES)?;
    let mut places: Vec<Place> = Vec::with_capacity(n.min(256));
    for i in 0..n {
        let id = get_id(w, b, 'p', i)?;
        let name = w.get_str(F_NAME, H_NAME, b)?;
        let code = w.number(F_PLACE_KIND, 0)?;
        let kind = place_kind(code).ok_or_else(|| bad(format!("unknown place kind {code}")))?;
        let country = match w.number(F_COUNTRY, 0)? {
            0 => None,
            1 => Some(w.get_str(F_COUNTRY_STR, H_OTHER, b)?),
            2 => Some(name.clone()),
            c => match places.get((c - 3) as usize) {
                Some(p) => Some(p.name.clone()),
                None => return Err(bad(format!("a country refers to missing place {}", c - 2))),
            },
        };
        let aliases = get_aliases(w, b)?;
        let known = known_lengths(&name, &aliases);
        let mentions = get_spans(w, b, MENTIONS, &known)?;
        let government_mentions = get_spans(w, b, GOV, &known)?;
        places.push(Place {
            id,
            name,
            kind,
            country,
            aliases,
            mentions,
            government_mentions,
        });
    }

    let np = places.len() as u64;
    let n = get_count(w, b, F_COUNT_ACTORS)?;
    let mut actors: Vec<Actor> = Vec::with_capacity(n.min(256));
    for i in 0..n {
        let id = get_id(w, b, 'a', i)?;
        let name = w.get_str(F_NAME, H_NAME, b)?;
        let kind = if w.flag(F_ACTOR_ORG, false)? {
            ActorKind::Organization
        } else {
            ActorKind::Person
        };
        let aliases = get_aliases(w, b)?;
        let role = if w.flag(F_HAS_ROLE, false)? {
            Some(w.get_str(F_ROLE, H_ROLE, b)?)
        } else {
            None
        };
        let affiliation = match w.number(F_AFFILIATION, 0)? {
            0 => None,
            1 => Some(w.get_str(F_AFFILIATION_STR, H_OTHER, b)?),
            c if c - 2 < np => Some(places[(c - 2) as usize].name.clone()),
            c => match actors.get((c - 2 - np) as usize) {
                Some(a) => Some(a.name.clone()),
                None => return Err(bad("an affiliation refers to a missing actor")),
            },
        };
        let gender = if layout == Layout::V3 {
            let code = w.number(F_ACTOR_GENDER, 0)?;
            gender(code).ok_or_else(|| bad(format!("unknown gender code {code}")))?
        } else {
            None
        };
        let mentions = get_spans(w, b, MENTIONS, &known_lengths(&name, &aliases))?;
        actors.push(Actor {
            id,
            name,
            kind,
            aliases,
            role,
            affiliation,
            mentions,
            gender,
        });
    }

    let na = actors.len() as u64;
    let n = get_count(w, b, F_COUNT_QUOTES)?;
    let mut quotes: Vec<Quote> = Vec::with_capacity(n.min(256));
    let mut prev = 0i128;
    let quote_fields = SpanFields {
        count: F_COUNT_QUOTES,
        start: F_QUOTE_START,
        len_code: F_QUOTE_LEN_CODE,
    };
    for i in 0..n {
        let id = get_id(w, b, 'q', i)?;
        let text = w.get_str(F_QUOTE_TEXT, H_QUOTE, b)?;
        let kind = match layout {
            Layout::V1 => {
                if w.flag(F_QUOTE_PARTIAL, false)? {
                    QuoteKind::Partial
                } else {
                    QuoteKind::Direct
                }
            }
            Layout::V2 | Layout::V3 => {
                let code = w.number(F_QUOTE_KIND, 0)?;
                quote_kind(code).ok_or_else(|| bad(format!("unknown quote kind {code}")))?
            }
        };
        let span = get_span(w, quote_fields, &mut prev, &[chars(&text)])?;
        let code = w.number(F_SPEAKER_ID, 0)?;
        let (speaker_id, resolved) = if code == 0 {
            (None, None)
        } else if code - 1 < na {
            let a = &actors[(code - 1) as usize];
            (Some(a.id.clone()), Some(a.name.clone()))
        } else if code - 1 - na < np {
            let p = &places[(code - 1 - na) as usize];
            (Some(p.id.clone()), Some(p.name.clone()))
        } else if code == 1 + na + np {
            (Some(w.get_str(F_SPEAKER_ID_STR, H_OTHER, b)?), None)
        } else {
            return Err(bad("a quote's speaker refers to a missing actor or place"));
        };
        let speaker = match w.number(F_SPEAKER, 0)? {
            0 => None,
            1 => match resolved {
                Some(r) => Some(r),
                None => return Err(bad("a quote's speaker name refers to no speaker")),
            },
            2 => Some(w.get_str(F_SPEAKER_STR, H_NAME, b)?),
            c => return Err(bad(format!("unknown speaker code {c}"))),
        };
        let code = w.number(F_SPEAKER_KIND, 0)?;
        let speaker_kind =
            speaker_kind(code).ok_or_else(|| bad(format!("unknown speaker kind {code}")))?;
        let cue = if w.flag(F_HAS_CUE, false)? {
            Some(w.get_str(F_CUE, H_CUE, b)?)
        } else {
            None
        };
        quotes.push(Quote {
            id,
            text,
            speaker,
            speaker_id,
            speaker_kind,
            cue,
            kind,
            span,
            evidence: None,
        });
    }
    w.seal()?;
    Ok(Summary {
        schema,
        actors,
        quotes,
        places,
    })
}

pub(crate) fn decode_payload(
    dec: Decoder,
    budget: &mut Budget,
    layout: Layout,
) -> Result<(Summary, Decoder), Fault> {
    let mut w = Wire::new(dec);
    let s = read(&mut w, budget, layout)?;
    Ok((s, w.coder))
}

/// Checks what a summary must satisfy to be shown: the current schema, unique ids, speaker
/// ids that exist, spans with `start <= end <= MAX_TEXT_CHARS`.
pub(crate) fn check(s: &Summary) -> Result<(), String> {
    if s.schema != SCHEMA {
        return Err(format!(
            "unsupported summary schema '{}' (expected '{SCHEMA}')",
            s.schema
        ));
    }
    let mut ids = std::collections::HashSet::new();
    for id in s
        .actors
        .iter()
        .map(|a| &a.id)
        .chain(s.places.iter().map(|p| &p.id))
    {
        if !ids.insert(id.as_str()) {
            return Err(format!("the id '{id}' is used twice"));
        }
    }
    let mut quote_ids = std::collections::HashSet::new();
    for q in &s.quotes {
        if !quote_ids.insert(q.id.as_str()) {
            return Err(format!("the quote id '{}' is used twice", q.id));
        }
        if let Some(id) = &q.speaker_id {
            if !ids.contains(id.as_str()) {
                return Err(format!(
                    "quote '{}' names speaker '{id}', which is no actor or place",
                    q.id
                ));
            }
        }
    }
    let spans = s
        .actors
        .iter()
        .flat_map(|a| a.mentions.iter())
        .chain(s.places.iter().flat_map(|p| p.mentions.iter()))
        .chain(s.places.iter().flat_map(|p| p.government_mentions.iter()))
        .chain(s.quotes.iter().map(|q| &q.span));
    for span in spans {
        if span[0] > span[1] {
            return Err(format!(
                "the span [{}, {}] ends before it starts",
                span[0], span[1]
            ));
        }
        if span[1] > MAX_TEXT_CHARS {
            return Err(format!(
                "the span [{}, {}] lies beyond the longest possible text",
                span[0], span[1]
            ));
        }
    }
    Ok(())
}
