//! Share links: an article or its summary, carried in the URL fragment.
//!
//! A link's fragment (the part after `#`, which browsers never send to a server) is
//!
//! ```text
//! <kind><version> "." <payload>
//! ```
//!
//! * `a1.` — an **article link**, format version 1: the article text; opening it runs the
//!   analysis again.
//! * `s1.` — a **summary link**, format version 1: only the [`Summary`] (actors, quotes,
//!   places), no article text.
//! * `s2.` — a **summary link**, format version 2: the same as `s1` except for the quote kind,
//!   which can also be *indirect* (reported speech; `s1` knows direct and partial quotes
//!   only). [`encode_summary`] writes `s2` only for a summary with reported speech, `s1` for
//!   any other, so those links are exactly what they were and older versions open them.
//! * `s3.` — a **summary link**, format version 3: `s2` plus, for every actor, the gender the
//!   text states (not stated, woman, man), which the Sources view counts. Written only when
//!   some actor has a stated gender; otherwise the link is `s2` or `s1` as before.
//!
//! The payload is one arithmetic-coded bit stream written with the 64 characters
//! `A–Z a–z 0–9 - _` (RFC 4648 base64url, six bits per character, most significant
//! first, no padding). Those characters need no escaping anywhere in a URL, and chat
//! programs and mail readers never cut a link short at one of them, as they do at a
//! trailing `.`, `)`, `!` or `'`. (Using every character a fragment allows unescaped, about
//! 80, would make links only about 5% shorter.)
//!
//! # The bit stream
//!
//! The stream is a sequence of items — flags, unsigned numbers and text bytes — each coded
//! with its own adaptive probability model, followed by a 16-bit check of every decision
//! coded before it:
//!
//! * a flag is one binary decision with an adaptive probability per field;
//! * a number `n` is the bit length of `n + 1` in unary, then its bits below the leading
//!   one (Elias gamma), the length decisions and the two highest bits adaptive per field;
//!   more than 62 bits is refused;
//! * a text byte is eight binary decisions predicted by a context-mixing model (see
//!   `model.rs`): order 0–5 byte contexts, two word contexts, a match model, integer
//!   logistic mixers and two adaptive probability maps, all primed with a built-in preset of
//!   about 60 KB of general English and news-style text (`preset.rs`), so that even a short
//!   article is coded by a model that already knows common words and phrasing. This is
//!   what makes article links short: on 300 real short news articles, 0.39 link characters
//!   per article character, where brotli + base64url needs 0.52 and deflate 0.69 (0.38
//!   against brotli's 0.47 on articles of about 4 800 characters); without the preset it
//!   would be 0.61.
//!
//! The encoder ends the stream with the fewest bits that pin the final interval down; the
//! decoder requires the link to end exactly there, with zero padding bits in the last
//! character. So a link cut short, with characters added, or with a character changed is
//! refused (the check catches what the other tests miss, all but 1 in 65 536 of random
//! damage).
//!
//! Layout, item by item (the payload has no byte boundaries; every item is coded bits):
//!
//! ```text
//! article link:  "a1." base64url( number(chars) · byte* · check16 )
//! summary link:  "s1." / "s2." base64url( flag(std schema) [string] ·
//!                                places · actors · quotes · check16 )
//! string       = hint byte (context only, not coded) · number(chars) · UTF-8 byte*
//! ```
//!
//! An **article** stream is: the number of characters (Unicode scalar values) of the
//! text, the text's UTF-8 bytes, the check. A **summary** stream is described in
//! `summary.rs` and in `docs/link-format.md`: places, actors, quotes, with ids replaced by
//! indices, repeated names by references, and span starts delta-coded.
//!
//! # Versions
//!
//! A link made today must open in every later version. So the v1 coder, model, preset and
//! layout are frozen: fixtures in `tests/link_fixtures/v1/` hold links made by v1 and the
//! tests decode them forever. Any change that alters bits — a better model, a new preset,
//! a new summary field — is a new version (`a2.`, `s2.`) with its own decoder next to the
//! v1 decoder, which stays. `s2` (the quote kind as a number, so that reported speech has a
//! code) is such a version; its fixtures are in `tests/link_fixtures/v2/`; so is `s3` (an
//! actor's stated gender), fixtures in `tests/link_fixtures/v3/`. A version that
//! does not know a prefix refuses the link, saying a newer version may have made it: a
//! version from before `s2` refuses `s2.` links rather than reading them as `s1`.
//!
//! # Untrusted input
//!
//! [`decode`] never panics, and its work is bounded by the link: the declared text length
//! is checked against [`MAX_TEXT_CHARS`] and against what the payload can possibly hold
//! (each coded decision costs at least 0.00035 bits) before anything is allocated; a
//! decoder that runs past the end of the payload stops at once; counts of summary items
//! draw from a fixed budget and grow their vectors only as items are actually read. A
//! decoded summary is validated (current schema, unique ids, speaker ids that exist, spans
//! with `start <= end <= MAX_TEXT_CHARS`) before it is returned.

mod article;
mod coder;
mod model;
mod preset;
mod summary;
mod wire;

use crate::summary::Summary;

/// Longest text (in characters) a link may carry: decoding refuses anything longer.
pub const MAX_TEXT_CHARS: usize = 5_000_000;

/// Most items (places, actors, quotes, aliases and spans together) a summary link may hold.
pub const MAX_SUMMARY_ITEMS: usize = 1_000_000;

/// Prefix of article links made by this version.
pub const ARTICLE_PREFIX: &str = "a1.";
/// Prefix of summary links of format version 1: what this version makes for a summary with
/// no reported speech.
pub const SUMMARY_PREFIX: &str = "s1.";
/// Prefix of summary links of format version 2: what this version makes for a summary with
/// reported speech (a quote of kind [`QuoteKind::Indirect`](crate::QuoteKind::Indirect)).
pub const SUMMARY_V2_PREFIX: &str = "s2.";
/// Prefix of summary links of format version 3: what this version makes for a summary in
/// which the text states a person's gender ([`Actor::gender`](crate::Actor::gender)).
pub const SUMMARY_V3_PREFIX: &str = "s3.";

/// What a link carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fragment {
    /// The article text: open it by analysing it again.
    Article(String),
    /// A summary, without the text.
    Summary(Summary),
}

/// Why a fragment could not be opened; `Display` gives a message for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkError {
    message: String,
}

impl LinkError {
    fn new(message: impl Into<String>) -> Self {
        LinkError {
            message: message.into(),
        }
    }

    /// The human-readable message (the same as `Display`).
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for LinkError {}

/// The fragment (without `#`) of an article link for `text`.
pub fn encode_article(text: &str) -> String {
    format!("{ARTICLE_PREFIX}{}", article::encode_payload(text))
}

/// The fragment (without `#`) of a summary link for `summary`: the oldest format that
/// carries it: `s3.` when an actor has a stated gender, else `s2.` when a quote is reported
/// speech, else `s1.`.
///
/// Every summary is encoded as it is; one that [`validate_summary`] refuses gives a link
/// that [`decode`] refuses too.
pub fn encode_summary(summary: &Summary) -> String {
    let layout = summary::layout_for(summary);
    let prefix = match layout {
        summary::Layout::V1 => SUMMARY_PREFIX,
        summary::Layout::V2 => SUMMARY_V2_PREFIX,
        summary::Layout::V3 => SUMMARY_V3_PREFIX,
    };
    format!("{prefix}{}", summary::encode_payload(summary, layout))
}

/// Checks a summary the way [`decode`] checks a decoded one.
pub fn validate_summary(summary: &Summary) -> Result<(), LinkError> {
    summary::check(summary).map_err(|m| LinkError::new(format!("invalid summary: {m}")))
}

fn fault_message(f: wire::Fault) -> String {
    use wire::Fault;
    match f {
        Fault::Truncated => "the link is cut short (was it copied completely?)".to_string(),
        Fault::NumberTooLarge => {
            "the link is damaged: it holds an impossibly large number".to_string()
        }
        Fault::BadUtf8 => "the link is damaged: its text is not valid UTF-8".to_string(),
        Fault::Checksum => {
            "the link is damaged or cut short: its check does not match (was it copied completely?)"
                .to_string()
        }
        Fault::TooLong(n) => format!(
            "the link claims a text of {n} characters, more than the limit of {MAX_TEXT_CHARS}"
        ),
        Fault::TooMany => {
            format!("the link claims more than {MAX_SUMMARY_ITEMS} summary items")
        }
        Fault::Invalid(m) => format!("the link is damaged: {m}"),
    }
}

fn bit_message(e: coder::BitError) -> String {
    match e {
        coder::BitError::BadChar(i, c) => format!(
            "the link contains {c:?} (character {} of the data), which links never contain",
            i + 1
        ),
        coder::BitError::Truncated => {
            "the link is cut short (was it copied completely?)".to_string()
        }
        coder::BitError::Trailing => {
            "the link has extra or changed characters at its end".to_string()
        }
    }
}

/// Opens a fragment, with or without its leading `#`.
pub fn decode(fragment: &str) -> Result<Fragment, LinkError> {
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    if f.is_empty() {
        return Err(LinkError::new("the link is empty"));
    }
    let Some((prefix, payload)) = f.split_once('.') else {
        return Err(LinkError::new(
            "not an Article Lens link: it should start with a kind and version such as 'a1.'",
        ));
    };
    let (kind, layout) = match prefix {
        "a1" => ('a', summary::Layout::V1),
        "s1" => ('s', summary::Layout::V1),
        "s2" => ('s', summary::Layout::V2),
        "s3" => ('s', summary::Layout::V3),
        _ => {
            let mut chars = prefix.chars();
            let first = chars.next();
            let rest = chars.as_str();
            let versioned = !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit());
            return Err(LinkError::new(match first {
                Some('a') | Some('s') if versioned => format!(
                    "this link uses format '{prefix}', which this version of Article Lens cannot \
                     open (it opens 'a1', 's1', 's2' and 's3' links; a newer version may have made it)"
                ),
                _ => format!(
                    "not an Article Lens link: unknown kind '{}'",
                    prefix.chars().take(20).collect::<String>()
                ),
            }));
        }
    };
    if payload.is_empty() {
        return Err(LinkError::new("the link has no data after its prefix"));
    }
    let dec = coder::Decoder::new(payload).map_err(|e| LinkError::new(bit_message(e)))?;
    let (fragment, dec) = if kind == 'a' {
        let (text, dec) =
            article::decode_payload(dec).map_err(|f| LinkError::new(fault_message(f)))?;
        (Fragment::Article(text), dec)
    } else {
        let mut budget = wire::Budget {
            chars: MAX_TEXT_CHARS as u64,
            items: MAX_SUMMARY_ITEMS as u64,
        };
        let (s, dec) = summary::decode_payload(dec, &mut budget, layout)
            .map_err(|f| LinkError::new(fault_message(f)))?;
        (Fragment::Summary(s), dec)
    };
    dec.finish().map_err(|e| LinkError::new(bit_message(e)))?;
    if let Fragment::Summary(s) = &fragment {
        validate_summary(s)?;
    }
    Ok(fragment)
}

/// Building deliberately malformed links, for tests of the decoder. Not part of the
/// stable API.
#[doc(hidden)]
pub mod raw {
    use super::coder::Encoder;
    use super::wire::Wire;

    /// An article link whose header declares `declared_chars` characters, followed by
    /// `bytes` (which need not be UTF-8 nor that long).
    pub fn article(declared_chars: u64, bytes: &[u8]) -> String {
        let mut w = Wire::new(Encoder::new());
        super::article::write_raw(&mut w, declared_chars, bytes);
        format!("{}{}", super::ARTICLE_PREFIX, w.finish())
    }

    /// A summary link (`s1.`) made of the given items, coded in order: `(field, value)`
    /// numbers, flags for fields given as `Flag`, strings as `Str`, and the check at the end.
    pub fn summary(items: &[Item]) -> String {
        summary_with(super::SUMMARY_PREFIX, items)
    }

    /// The same as [`summary`] behind the `s2.` prefix.
    pub fn summary_v2(items: &[Item]) -> String {
        summary_with(super::SUMMARY_V2_PREFIX, items)
    }

    /// The same as [`summary`] behind the `s3.` prefix.
    pub fn summary_v3(items: &[Item]) -> String {
        summary_with(super::SUMMARY_V3_PREFIX, items)
    }

    fn summary_with(prefix: &str, items: &[Item]) -> String {
        let mut w = Wire::new(Encoder::new());
        for item in items {
            let field = |f: &usize| (*f).min(super::wire::FIELDS - 1);
            match item {
                Item::Number(f, v) => {
                    let _ = w.number(field(f), *v);
                }
                Item::Flag(f, v) => {
                    let _ = w.flag(field(f), *v);
                }
                Item::Str(f, hint, s) => w.put_str(field(f), *hint, s),
            }
        }
        let _ = w.seal();
        format!("{prefix}{}", w.finish())
    }

    /// Field numbers of the summary stream, for [`Item`]s.
    pub mod field {
        pub use super::super::summary::{
            F_ACTOR_GENDER, F_ACTOR_ORG, F_AFFILIATION, F_ALIAS, F_COUNTRY, F_COUNT_ACTORS,
            F_COUNT_ALIASES, F_COUNT_GOV, F_COUNT_MENTIONS, F_COUNT_PLACES, F_COUNT_QUOTES,
            F_GOV_LEN_CODE, F_GOV_START, F_HAS_CUE, F_HAS_ROLE, F_ID, F_ID_STD, F_LEN, F_LEN_CODE,
            F_NAME, F_PLACE_KIND, F_QUOTE_KIND, F_QUOTE_LEN_CODE, F_QUOTE_PARTIAL, F_QUOTE_START,
            F_QUOTE_TEXT, F_SCHEMA_STD, F_SPEAKER, F_SPEAKER_ID, F_SPEAKER_KIND, F_START,
        };
        /// Hint byte before names (any byte works; this is what the encoder uses).
        pub const H_NAME: u8 = b'\n';
    }

    /// One item of a raw summary stream (field numbers in [`field`]).
    pub enum Item {
        Number(usize, u64),
        Flag(usize, bool),
        Str(usize, u8, String),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_round_trip_small() {
        for text in ["", "a", "Hello, world.", "Zürich “quoted” — 💡 \0 end\r\n"] {
            let link = encode_article(text);
            assert_eq!(
                decode(&link),
                Ok(Fragment::Article(text.to_string())),
                "{link}"
            );
        }
    }
}
