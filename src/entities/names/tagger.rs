//! The statistical name tagger at run time: a greedy averaged perceptron over BIO tags.
//!
//! The weights (`data/model/names.bin`, written by [`super::compile`]) are embedded at build
//! time and read once. Each token the tagger looks at ([`features::candidate`]) gets the tag
//! with the highest sum of its features' weights, left to right; the tag sequence is read
//! back as spans, each with the mean margin by which its tags won (its confidence).
//!
//! Model file (all integers little-endian): `b"ALNT"`, version `u8` = 1, tag count `u8`,
//! scale `f32` (weight = stored byte × scale), entry count `u32`; then per entry, sorted by
//! feature hash: the hash's difference to the previous one as a LEB128 varint, a `u8` mask of
//! the tags with a weight, and one `i8` per set bit.

use std::sync::OnceLock;

use super::features::{candidate, DocFacts, Features, N_TAGS, O};
use crate::doc::{Doc, MentionKind, TaggedSpan};

const MODEL: &[u8] = include_bytes!("../../../data/model/names.bin");

/// Weights by feature hash.
pub struct Model {
    pub weights: Weights,
    pub scale: f32,
}

/// The model's weights by feature hash: an open-addressing table (linear probing) of at
/// most half its slots filled. A lookup is a multiplication and, mostly, one comparison.
pub struct Weights {
    /// Feature hashes by slot; [`EMPTY`] for none (hashes have fewer than 32 bits).
    keys: Vec<u32>,
    rows: Vec<[i8; N_TAGS]>,
    len: usize,
    /// 32 minus the bits of a slot index.
    shift: u32,
}

const EMPTY: u32 = u32::MAX;

impl Weights {
    fn with_capacity(n: usize) -> Weights {
        let size = (2 * n).next_power_of_two().max(16);
        Weights {
            keys: vec![EMPTY; size],
            rows: vec![[0; N_TAGS]; size],
            len: 0,
            shift: 32 - size.trailing_zeros(),
        }
    }

    fn slot(&self, hash: u32) -> usize {
        (hash.wrapping_mul(0x9E37_79B1) >> self.shift) as usize
    }

    /// Sets the weights of a feature hash (replacing any it had).
    fn insert(&mut self, hash: u32, row: [i8; N_TAGS]) {
        let mask = self.keys.len() - 1;
        let mut i = self.slot(hash);
        while self.keys[i] != EMPTY && self.keys[i] != hash {
            i = (i + 1) & mask;
        }
        if self.keys[i] == EMPTY {
            self.keys[i] = hash;
            self.len += 1;
        }
        self.rows[i] = row;
    }

    /// The weights of a feature hash, if the model has any.
    pub fn get(&self, hash: &u32) -> Option<&[i8; N_TAGS]> {
        let mask = self.keys.len() - 1;
        let mut i = self.slot(*hash);
        loop {
            match self.keys[i] {
                k if k == *hash => return Some(&self.rows[i]),
                EMPTY => return None,
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// The number of features with weights.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Model {
    /// Reads a model file; `None` when it is malformed.
    pub fn parse(bytes: &[u8]) -> Option<Model> {
        let rest = bytes.strip_prefix(b"ALNT")?;
        let (&version, rest) = rest.split_first()?;
        let (&tags, rest) = rest.split_first()?;
        if version != 1 || tags as usize != N_TAGS || rest.len() < 8 {
            return None;
        }
        let scale = f32::from_le_bytes(rest[0..4].try_into().ok()?);
        let count = u32::from_le_bytes(rest[4..8].try_into().ok()?) as usize;
        let mut pos = 8;
        // (each entry takes two bytes at least: a file claiming more is refused below, before
        // the table fills)
        let mut weights = Weights::with_capacity(count.min(rest.len() / 2));
        let mut hash: u32 = 0;
        for _ in 0..count {
            let mut delta: u32 = 0;
            let mut shift = 0;
            loop {
                let b = *rest.get(pos)?;
                pos += 1;
                delta |= ((b & 0x7f) as u32) << shift;
                if b & 0x80 == 0 {
                    break;
                }
                shift += 7;
                if shift > 28 {
                    return None;
                }
            }
            hash = hash.wrapping_add(delta);
            let mask = *rest.get(pos)?;
            pos += 1;
            let mut w = [0i8; N_TAGS];
            for (t, slot) in w.iter_mut().enumerate() {
                if mask & (1 << t) != 0 {
                    *slot = *rest.get(pos)? as i8;
                    pos += 1;
                }
            }
            weights.insert(hash, w);
        }
        (pos == rest.len()).then_some(Model { weights, scale })
    }

    /// Tag scores for one token's features.
    pub fn scores(&self, feats: &[u32]) -> [i32; N_TAGS] {
        let mut s = [0i32; N_TAGS];
        for f in feats {
            if let Some(w) = self.weights.get(f) {
                for t in 0..N_TAGS {
                    s[t] += w[t] as i32;
                }
            }
        }
        s
    }
}

/// The embedded model, parsed on first use.
pub fn model() -> &'static Model {
    static MODEL_ONCE: OnceLock<Model> = OnceLock::new();
    MODEL_ONCE.get_or_init(|| Model::parse(MODEL).expect("data/model/names.bin is malformed"))
}

/// Best tag for scores, allowed after `prev`: an inside tag must continue a name of its kind
/// (otherwise it is read as a begin tag).
pub fn decide(s: &[i32; N_TAGS], prev: u8) -> (u8, i32) {
    let mut best = 0usize;
    for t in 1..N_TAGS {
        if s[t] > s[best] {
            best = t;
        }
    }
    let mut second = i32::MIN;
    for (t, &v) in s.iter().enumerate() {
        if t != best && v > second {
            second = v;
        }
    }
    let mut tag = best as u8;
    if tag != O && tag % 2 == 0 && prev != tag && prev != tag - 1 {
        tag -= 1;
    }
    (tag, s[best] - second)
}

/// Tags every token of the document; returns one tag per token and the margin of each.
pub fn tag_tokens(doc: &Doc, model: &Model) -> (Vec<u8>, Vec<i32>) {
    let facts = DocFacts::new(doc);
    let mut feats = Features::new(doc);
    let n = doc.tokens.len();
    let mut tags = vec![O; n];
    let mut margins = vec![0; n];
    for i in 0..n {
        let same_sent = |k: usize| doc.tokens[k].sent == doc.tokens[i].sent;
        let prev = if i > 0 && same_sent(i - 1) {
            tags[i - 1]
        } else {
            O
        };
        let prev2 = if i > 1 && same_sent(i - 2) {
            tags[i - 2]
        } else {
            O
        };
        if !candidate(doc, i, prev) {
            continue;
        }
        feats.of(doc, &facts, i, prev, prev2, true);
        let (t, m) = decide(&model.scores(&feats.out), prev);
        tags[i] = t;
        margins[i] = m;
    }
    (tags, margins)
}

/// The most tokens a tagged span may hold. The longest name in the training data has eight
/// words; a longer run of tags is a heading, a list or a line of capitals, not one name, and
/// letting it through would hand later stages one mention as long as the text.
pub const MAX_SPAN_TOKENS: usize = 10;

/// Reads BIO tags back as spans (trailing connectors dropped, and a function word opening a
/// phrase: "Regina Ip In the …"; runs longer than
/// [`MAX_SPAN_TOKENS`] dropped whole).
pub fn spans(doc: &Doc, tags: &[u8], margins: &[i32], scale: f32) -> Vec<TaggedSpan> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        if tags[i] == O {
            i += 1;
            continue;
        }
        let kind_tag = (tags[i] - 1) / 2;
        let mut j = i + 1;
        while j < tags.len() && tags[j] == kind_tag * 2 + 2 {
            j += 1;
        }
        let mut e = j;
        while e > i + 1
            && (!is_name_part(&doc.tokens[e - 1])
                || crate::lexicon::opens_phrase(&doc.tokens, e - 1))
        {
            e -= 1;
        }
        if e - i > MAX_SPAN_TOKENS {
            i = j;
            continue;
        }
        let kind = match kind_tag {
            0 => MentionKind::Person,
            1 => MentionKind::Organization,
            _ => MentionKind::Place,
        };
        let margin = margins[i..e].iter().sum::<i32>() as f32 / (e - i) as f32 * scale;
        out.push(TaggedSpan {
            tok_start: i,
            tok_end: e,
            kind,
            confidence: margin,
        });
        i = j;
    }
    out
}

/// The pipeline stage: writes the tagger's proposals to `doc.tagged`.
pub fn tag(doc: &mut Doc) {
    let m = model();
    let (tags, margins) = tag_tokens(doc, m);
    doc.tagged = spans(doc, &tags, &margins, m.scale);
    doc.token_tags = tags
        .iter()
        .zip(&margins)
        .map(|(&t, &g)| (t, g as f32 * m.scale))
        .collect();
}

/// A token that can end a name: capitalised, a number ("Flight 2290"), or a particle joined
/// to a capitalised name by a hyphen ("al-Assad", "bin-Laden").
pub fn is_name_part(t: &crate::tokens::Token) -> bool {
    t.is_cap()
        || t.kind == crate::tokens::TokKind::Number
        || t.text
            .split_once('-')
            .is_some_and(|(_, rest)| rest.starts_with(|c: char| c.is_uppercase()))
}
