//! Training the name tagger: an averaged perceptron over the features of
//! [`super::features`], written as the compact model file that [`super::tagger`] reads.
//!
//! Deterministic: the same training documents and settings give the same bytes (the
//! documents are visited in an order fixed by a seeded generator, ties go to the lowest tag,
//! and entries are written sorted by feature hash), so `--check` can verify the committed
//! model. Native only: the browser never trains.

use std::collections::HashMap;

use super::features::{candidate, DocFacts, Features, N_TAGS, O};
use super::tagger::decide;
use crate::doc::{Doc, MentionKind};

/// One training document: its text and gold names as character ranges.
pub struct Example {
    pub text: String,
    pub names: Vec<(usize, usize, MentionKind)>,
}

/// Training settings.
#[derive(Clone, Copy)]
pub struct Settings {
    pub epochs: usize,
    pub seed: u64,
    /// Weights whose quantized magnitude is below this are dropped.
    pub min_weight: i8,
    /// A word must occur in more documents than this for its own features to be learnt.
    pub min_docs: u32,
    /// Perceptrons trained, each on its own document order, whose averaged weights are
    /// averaged again: one order's accidents weigh less, so a small change to the features
    /// moves the model less.
    pub bags: usize,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            epochs: 12,
            seed: 20261201,
            min_weight: 14,
            min_docs: 1,
            bags: 8,
        }
    }
}

/// Gold BIO tags of a document's tokens.
pub fn gold_tags(doc: &Doc, names: &[(usize, usize, MentionKind)]) -> Vec<u8> {
    let mut tags = vec![O; doc.tokens.len()];
    for &(s, e, kind) in names {
        let base = match kind {
            MentionKind::Person => 1,
            MentionKind::Organization => 3,
            MentionKind::Place => 5,
        };
        let first = doc.token_at(s);
        let mut k = first;
        while k < doc.tokens.len() && doc.tokens[k].end <= e {
            tags[k] = if k == first { base } else { base + 1 };
            k += 1;
        }
    }
    tags
}

struct Weights {
    w: HashMap<u32, [f32; N_TAGS]>,
    total: HashMap<u32, [f64; N_TAGS]>,
    stamp: HashMap<u32, [u64; N_TAGS]>,
    clock: u64,
}

impl Weights {
    fn scores(&self, feats: &[u32]) -> [f32; N_TAGS] {
        let mut s = [0f32; N_TAGS];
        for f in feats {
            if let Some(w) = self.w.get(f) {
                for t in 0..N_TAGS {
                    s[t] += w[t];
                }
            }
        }
        s
    }

    fn bump(&mut self, f: u32, t: usize, by: f32) {
        let w = self.w.entry(f).or_insert([0.0; N_TAGS]);
        let total = self.total.entry(f).or_insert([0.0; N_TAGS]);
        let stamp = self.stamp.entry(f).or_insert([0; N_TAGS]);
        total[t] += (self.clock - stamp[t]) as f64 * w[t] as f64;
        stamp[t] = self.clock;
        w[t] += by;
    }

    fn averaged(&self) -> Vec<(u32, [f32; N_TAGS])> {
        let mut out: Vec<(u32, [f32; N_TAGS])> = self
            .w
            .iter()
            .map(|(&f, w)| {
                let total = &self.total[&f];
                let stamp = &self.stamp[&f];
                let mut avg = [0f32; N_TAGS];
                for t in 0..N_TAGS {
                    let sum = total[t] + (self.clock - stamp[t]) as f64 * w[t] as f64;
                    avg[t] = (sum / self.clock.max(1) as f64) as f32;
                }
                (f, avg)
            })
            .collect();
        out.sort_by_key(|&(f, _)| f);
        out
    }
}

fn argmax(s: &[f32; N_TAGS]) -> usize {
    let mut best = 0;
    for t in 1..N_TAGS {
        if s[t] > s[best] {
            best = t;
        }
    }
    best
}

/// Trains on `examples` and returns the model file's bytes.
pub fn train(examples: &[Example], settings: Settings) -> Vec<u8> {
    let docs: Vec<(Doc, Vec<u8>)> = examples
        .iter()
        .map(|ex| {
            let doc = Doc::new(&ex.text);
            let gold = gold_tags(&doc, &ex.names);
            (doc, gold)
        })
        .collect();
    let facts: Vec<DocFacts> = docs.iter().map(|(d, _)| DocFacts::new(d)).collect();
    // Document frequency of each word: words of a single document are treated as unseen.
    let mut df: HashMap<String, u32> = HashMap::new();
    for (doc, _) in &docs {
        let mut seen: Vec<String> = doc.tokens.iter().map(|t| t.text.to_lowercase()).collect();
        seen.sort();
        seen.dedup();
        for w in seen {
            *df.entry(w).or_insert(0) += 1;
        }
    }
    let mut bagged: HashMap<u32, [f32; N_TAGS]> = HashMap::new();
    for bag in 0..settings.bags.max(1) {
        let seed = settings.seed.wrapping_add(bag as u64);
        for (f, w) in train_one(&docs, &facts, &df, settings, seed) {
            let sum = bagged.entry(f).or_insert([0.0; N_TAGS]);
            for t in 0..N_TAGS {
                sum[t] += w[t];
            }
        }
    }
    let n = settings.bags.max(1) as f32;
    let mut weights: Vec<(u32, [f32; N_TAGS])> = bagged
        .into_iter()
        .map(|(f, mut w)| {
            for x in &mut w {
                *x /= n;
            }
            (f, w)
        })
        .collect();
    weights.sort_by_key(|&(f, _)| f);
    encode(&weights, settings.min_weight)
}

/// One averaged perceptron, visiting the documents in an order drawn from `seed`.
fn train_one(
    docs: &[(Doc, Vec<u8>)],
    facts: &[DocFacts],
    df: &HashMap<String, u32>,
    settings: Settings,
    seed: u64,
) -> Vec<(u32, [f32; N_TAGS])> {
    let mut weights = Weights {
        w: HashMap::new(),
        total: HashMap::new(),
        stamp: HashMap::new(),
        clock: 0,
    };
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut rng = seed;
    for _ in 0..settings.epochs {
        // Fisher–Yates with a 64-bit LCG: the same order on every machine.
        for k in (1..order.len()).rev() {
            rng = rng
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let j = (rng >> 33) as usize % (k + 1);
            order.swap(k, j);
        }
        for &d in &order {
            let (doc, gold) = &docs[d];
            let mut feats = Features::new(doc);
            let mut tags = vec![O; doc.tokens.len()];
            for i in 0..doc.tokens.len() {
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
                let lexical = df
                    .get(&doc.tokens[i].text.to_lowercase())
                    .copied()
                    .unwrap_or(0)
                    > settings.min_docs;
                feats.of(doc, &facts[d], i, prev, prev2, lexical);
                weights.clock += 1;
                let s = weights.scores(&feats.out);
                let guess = argmax(&s);
                let truth = gold[i] as usize;
                if guess != truth {
                    for &f in &feats.out {
                        weights.bump(f, truth, 1.0);
                        weights.bump(f, guess, -1.0);
                    }
                }
                let mut si = [0i32; N_TAGS];
                for t in 0..N_TAGS {
                    si[t] = (s[t] * 1000.0) as i32;
                }
                tags[i] = decide(&si, prev).0;
            }
        }
    }
    weights.averaged()
}

/// Quantizes weights to `i8` with one scale and writes the model file.
pub fn encode(weights: &[(u32, [f32; N_TAGS])], min_weight: i8) -> Vec<u8> {
    // One scale for all weights: the 99.9th percentile of their magnitudes maps to 127
    // (the few larger ones are clamped), so small weights keep their resolution.
    let mut mags: Vec<f32> = weights
        .iter()
        .flat_map(|(_, w)| w.iter())
        .map(|v| v.abs())
        .filter(|&v| v > 0.0)
        .collect();
    mags.sort_by(f32::total_cmp);
    let top = mags.get(mags.len() * 999 / 1000).copied().unwrap_or(1.0);
    let scale = if top > 0.0 { top / 127.0 } else { 1.0 };
    let mut body = Vec::new();
    let mut count: u32 = 0;
    let mut last: u32 = 0;
    for (f, w) in weights {
        let q: Vec<i8> = w
            .iter()
            .map(|&v| (v / scale).round().clamp(-127.0, 127.0) as i8)
            .collect();
        let mut mask = 0u8;
        for (t, &v) in q.iter().enumerate() {
            if v.unsigned_abs() >= min_weight as u8 {
                mask |= 1 << t;
            }
        }
        if mask == 0 {
            continue;
        }
        let mut delta = f.wrapping_sub(last);
        last = *f;
        loop {
            let b = (delta & 0x7f) as u8;
            delta >>= 7;
            if delta == 0 {
                body.push(b);
                break;
            }
            body.push(b | 0x80);
        }
        body.push(mask);
        for (t, &v) in q.iter().enumerate() {
            if mask & (1 << t) != 0 {
                body.push(v as u8);
            }
        }
        count += 1;
    }
    let mut out = b"ALNT".to_vec();
    out.push(1);
    out.push(N_TAGS as u8);
    out.extend_from_slice(&scale.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&body);
    out
}

/// Reads training documents in the names corpus format (JSON lines with `text` and `names`
/// holding `start`, `end` in code points and `kind`).
pub fn read_jsonl(s: &str) -> Result<Vec<Example>, String> {
    let mut out = Vec::new();
    for (n, line) in s.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let text = v["text"]
            .as_str()
            .ok_or_else(|| format!("line {}: no text", n + 1))?
            .to_string();
        let mut names = Vec::new();
        for m in v["names"].as_array().into_iter().flatten() {
            let kind = match m["kind"].as_str() {
                Some("person") => MentionKind::Person,
                Some("organization") => MentionKind::Organization,
                Some("place") => MentionKind::Place,
                _ => continue,
            };
            let (Some(s), Some(e)) = (m["start"].as_u64(), m["end"].as_u64()) else {
                continue;
            };
            names.push((s as usize, e as usize, kind));
        }
        out.push(Example { text, names });
    }
    Ok(out)
}
