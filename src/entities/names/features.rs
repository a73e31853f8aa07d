//! The one feature extractor of the name tagger, shared by training and inference.
//!
//! Every feature is a hashed string ("w=minister", "shape=Xx", "gaz=B-country"); a token's
//! features are the hashes of its own word, shape and affixes, its neighbours, the tags
//! already given to the two tokens before it, and its membership in the project's lexicons
//! (first names, titles, role nouns, organization words, known organizations, the gazetteer).
//! Training ([`super::compile`]) and tagging ([`super::tagger`]) both call [`Features::of`],
//! so the two can never drift apart.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;

use crate::doc::Doc;
use crate::gazetteer::gazetteer;
use crate::gazetteer::FastHasher;
use crate::lexicon::{self, Gender};
use crate::summary::PlaceKind;
use crate::tokens::{TokKind, Token};

/// The tags: outside, and begin/inside for person, organization and place.
pub const TAGS: [&str; 7] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];
pub const N_TAGS: usize = TAGS.len();
pub const O: u8 = 0;

/// Lowercase words that may continue a name once it has begun ("University *of* Texas",
/// "Hassan *al*-Amiri", "Bank *for* International Settlements", "Ludwig *van* Beethoven").
const CONNECTORS: &[&str] = &[
    "of", "for", "and", "the", "on", "de", "del", "della", "der", "den", "di", "da", "do", "dos",
    "du", "des", "la", "le", "van", "von", "al", "el", "bin", "ibn", "bint", "y", "e", "zu", "ten",
    "ter", "&", "in", "at", "upon",
];

/// The length in bytes of the longest of the [`CONNECTORS`].
const MAX_CONNECTOR_LEN: usize = {
    let mut max = 0;
    let mut i = 0;
    while i < CONNECTORS.len() {
        if CONNECTORS[i].len() > max {
            max = CONNECTORS[i].len();
        }
        i += 1;
    }
    max
};

/// One of the [`CONNECTORS`].
fn is_connector(w: &str) -> bool {
    w.len() <= MAX_CONNECTOR_LEN && CONNECTORS.contains(&w)
}

/// Does the tagger look at token `i`, or is it outside every name without question? Names
/// start with a capital letter or a digit-free acronym; lowercase connectors count only
/// right after a name token.
pub fn candidate(doc: &Doc, i: usize, prev: u8) -> bool {
    let t = &doc.tokens[i];
    match t.kind {
        TokKind::Word => {
            t.is_cap()
                || prev != O && {
                    let w = t.text.as_str();
                    is_connector(w)
                        || w.starts_with("al-")
                        || w.starts_with("el-")
                        || w.starts_with("bin-")
                }
        }
        TokKind::Number => prev != O,
        TokKind::Punct => prev != O && matches!(t.text.as_str(), "&" | "." | "-" | "'"),
    }
}

/// Per-document facts every token's features read: which words appear in lower case, which
/// capitalised in mid-sentence, and the spans of lexicon entries.
pub struct DocFacts<'a> {
    lower_seen: Words<'a>,
    cap_mid_seen: Words<'a>,
    /// Capitalised words seen elsewhere right after a first name ("Jespersen" in "Otto
    /// Jespersen"): surnames, wherever they stand alone.
    after_first: Words<'a>,
    /// Capitalised words seen right after a title or courtesy ("Mr Pachomius").
    after_title: Words<'a>,
    /// How often each capitalised word occurs.
    cap_count: HashMap<&'a str, u32, Fast>,
    /// Per token: the code of the lexicon span it lies in ([`label`]: "B-city", "I-org",
    /// "B-title"), or 0.
    gaz: Vec<u8>,
    known_org: Vec<u8>,
    title: Vec<u8>,
}

type Fast = BuildHasherDefault<FastHasher>;

/// A set of words of the document.
type Words<'a> = HashSet<&'a str, Fast>;

fn is_cap_word(t: &Token) -> bool {
    t.is_word() && t.is_cap()
}

impl<'a> DocFacts<'a> {
    pub fn new(doc: &'a Doc) -> DocFacts<'a> {
        let toks = &doc.tokens;
        // Only capitalised words are ever asked whether they also occur in lower case, so
        // only those are kept.
        let mut caps: HashSet<String, Fast> = HashSet::default();
        let mut lowered = String::new();
        for t in toks.iter().filter(|t| is_cap_word(t)) {
            lowered.clear();
            lower_into(&t.text, &mut lowered);
            if !caps.contains(lowered.as_str()) {
                caps.insert(lowered.clone());
            }
        }
        let mut lower_seen = Words::default();
        let mut cap_mid_seen = Words::default();
        for (i, t) in toks.iter().enumerate() {
            if !t.is_word() {
                continue;
            }
            if t.text.starts_with(|c: char| c.is_lowercase()) {
                if caps.contains(t.text.as_str()) {
                    lower_seen.insert(t.text.as_str());
                }
            } else {
                let positional = t.sent_start
                    || doc.sentences[t.sent].headline
                    || i > 0 && toks[i - 1].kind == TokKind::Punct;
                if !positional {
                    cap_mid_seen.insert(t.text.as_str());
                }
            }
        }
        let n = toks.len();
        let mut gaz = vec![0; n];
        let mut known_org = vec![0; n];
        let mut title = vec![0; n];
        let max_gaz = gazetteer().max_words().min(4);
        let mut surface = String::new();
        let mut i = 0;
        while i < n {
            if !is_cap_word(&toks[i]) {
                i += 1;
                continue;
            }
            // The longest run of lexicon words starting here (capitalised words and the
            // connectors between them).
            let mut j = i + 1;
            while j < n && j - i < 8 {
                let t = &toks[j];
                let joinable = is_cap_word(t)
                    || (t.is_word() && is_connector(&t.text))
                    || t.is_punct('.')
                    || t.is_punct('-')
                    || t.is_punct('&');
                if !joinable || t.sent != toks[i].sent {
                    break;
                }
                j += 1;
            }
            // Longest known organization, then longest place, starting at i. Names of several
            // tokens are only looked up when some name starts with this word (or it may be an
            // acronym or "The").
            let first = toks[i].text.as_str();
            let open =
                first.eq_ignore_ascii_case("the") || toks[i].is_all_caps() || first.len() == 1;
            let org_longer = open || lexicon::org_may_extend(first);
            let gaz_longer = open || gazetteer().may_extend(first);
            for e in (i + 1..=j.min(i + 5)).rev() {
                if e > i + 1 && !org_longer {
                    continue;
                }
                if !is_cap_word(&toks[e - 1]) && !toks[e - 1].is_punct('.') {
                    continue;
                }
                surface_into(doc, i, e, &mut surface);
                if lexicon::known_org(&surface).is_some() {
                    mark(&mut known_org, i, e, ORG);
                    break;
                }
            }
            for e in (i + 1..=j.min(i + max_gaz)).rev() {
                if e > i + 1 && !gaz_longer {
                    continue;
                }
                if !is_cap_word(&toks[e - 1]) {
                    continue;
                }
                surface_into(doc, i, e, &mut surface);
                if let Some(&id) = gazetteer().lookup(&surface).first() {
                    let kind = match gazetteer().entry(id).kind {
                        PlaceKind::Country => COUNTRY,
                        PlaceKind::City => CITY,
                        PlaceKind::Region => REGION,
                        PlaceKind::Continent => CONTINENT,
                        _ => OTHER,
                    };
                    mark(&mut gaz, i, e, kind);
                    break;
                }
            }
            let mut words = [""; 6];
            let run = &toks[i..j.min(i + 6)];
            for (w, t) in words.iter_mut().zip(run) {
                *w = t.text.as_str();
            }
            if let Some((k, _)) = lexicon::title(&words[..run.len()]) {
                mark(&mut title, i, (i + k).min(n), TITLE);
            }
            i += 1;
        }
        let mut after_first = Words::default();
        let mut after_title = Words::default();
        let mut cap_count = HashMap::default();
        for i in 0..n {
            if !is_cap_word(&toks[i]) {
                continue;
            }
            let w = toks[i].text.as_str();
            *cap_count.entry(w).or_insert(0) += 1;
            if i > 0 && toks[i - 1].sent == toks[i].sent {
                let p = &toks[i - 1];
                if is_cap_word(p) && lexicon::first_name(&p.text).is_some() {
                    after_first.insert(w);
                }
                if title[i - 1] != 0 && title[i] == 0 {
                    after_title.insert(w);
                }
            }
        }
        DocFacts {
            lower_seen,
            cap_mid_seen,
            after_first,
            after_title,
            cap_count,
            gaz,
            known_org,
            title,
        }
    }
}

/// The text of tokens `[s, e)` as [`Doc::tok_text`] gives it, written into `out`.
fn surface_into(doc: &Doc, s: usize, e: usize, out: &mut String) {
    out.clear();
    let chars = &doc.text.chars;
    let (a, b) = (doc.tokens[s].start, doc.tokens[e - 1].end);
    out.extend(&chars[a.min(b)..b.min(chars.len())]);
}

/// `w` lowercased as [`str::to_lowercase`] does it, appended to `out`.
fn lower_into(w: &str, out: &mut String) {
    if w.is_ascii() {
        out.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        out.push_str(&w.to_lowercase());
    }
}

/// The labels of lexicon spans by code: 0 for none, then the begin and inside label of each
/// kind ([`COUNTRY`] … [`OTHER`]).
const SPAN_LABELS: [&str; 15] = [
    "",
    "B-country",
    "I-country",
    "B-city",
    "I-city",
    "B-region",
    "I-region",
    "B-continent",
    "I-continent",
    "B-org",
    "I-org",
    "B-title",
    "I-title",
    "B-other",
    "I-other",
];
const COUNTRY: u8 = 0;
const CITY: u8 = 1;
const REGION: u8 = 2;
const CONTINENT: u8 = 3;
const ORG: u8 = 4;
const TITLE: u8 = 5;
const OTHER: u8 = 6;

/// The label of a lexicon span code ("B-city", or "" for none).
fn label(code: u8) -> &'static str {
    SPAN_LABELS[code as usize]
}

/// Marks tokens `[s, e)` as one lexicon span of `kind`, unless an earlier span holds them.
fn mark(v: &mut [u8], s: usize, e: usize, kind: u8) {
    if v[s] != 0 {
        return;
    }
    for (k, slot) in v[s..e].iter_mut().enumerate() {
        if *slot == 0 {
            *slot = 1 + 2 * kind + u8::from(k > 0);
        }
    }
}

/// The word's shape: letters as X/x, digits as d, other characters kept; runs of the same
/// class collapsed ("McDonald" → "XxXx", "al-Amiri" → "x-Xx", "2290" → "d").
pub fn shape(w: &str) -> String {
    let mut out = String::new();
    shape_into(w, &mut out);
    out
}

/// [`shape`], appended to `out`.
fn shape_into(w: &str, out: &mut String) {
    let base = out.len();
    let mut last = '\0';
    for c in w.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if s != last {
            out.push(s);
            last = s;
        }
        if out.len() - base >= 6 {
            break;
        }
    }
}

/// [`ROLE`] if the (lowercased) word is a role noun.
fn role_bit(lower: &str) -> u8 {
    if lexicon::role_noun(&[lower]).is_some() {
        ROLE
    } else {
        0
    }
}

/// [`CUE`] if the (lowercased) word is a verb of saying.
fn cue_bit(lower: &str) -> u8 {
    if lexicon::cue_verb(lower).is_some() {
        CUE
    } else {
        0
    }
}

/// [`ORG_SUFFIX`] and [`ORG_PREFIX`] of a word.
fn org_bits(word: &str) -> u8 {
    let (suffix, prefix) = lexicon::org_affix(word);
    (ORG_SUFFIX * u8::from(suffix)) | (ORG_PREFIX * u8::from(prefix))
}

/// Bits of a feature hash: 2^20 buckets keep collisions among the model's ~17,000 features
/// rare while the model file stores the gaps between them in one byte mostly.
pub const HASH_BITS: u32 = 20;

/// Hashes a feature: template name and its values, FNV-1a folded to [`HASH_BITS`] bits.
struct Hasher(u64);

/// The hasher's state after a template name, computed at compile time (see [`t`]): the same
/// value [`Hasher::add`] reaches from the FNV offset basis.
const fn template(name: &str) -> u64 {
    let bytes = name.as_bytes();
    let mut h: u64 = 0xcbf29ce484222325;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x100000001b3);
        i += 1;
    }
    h ^= 0xff;
    h.wrapping_mul(0x100000001b3)
}

/// A template's hasher state as a constant: `t!("w-1")`.
macro_rules! t {
    ($name:literal) => {{
        const H: u64 = template($name);
        H
    }};
}

impl Hasher {
    fn add(&mut self, s: &str) -> &mut Hasher {
        for b in s.bytes() {
            self.0 ^= b as u64;
            self.0 = self.0.wrapping_mul(0x100000001b3);
        }
        self.0 ^= 0xff;
        self.0 = self.0.wrapping_mul(0x100000001b3);
        self
    }
    fn done(&self) -> u32 {
        (self.0 ^ (self.0 >> 32)) as u32 & ((1 << HASH_BITS) - 1)
    }
}

/// Reusable buffers for one document's features.
pub struct Features {
    pub out: Vec<u32>,
    /// Every token's lowercased word and shape, end to end.
    strings: String,
    /// Per token: the end of its lowercased word in `strings`, then the end of its shape
    /// (each starts where the previous one ends).
    ends: Vec<(u32, u32)>,
    /// Per token: word-list answers looked up so far (see [`remember`]).
    memo: Vec<u8>,
}

/// Bits of [`Features::memo`]: each answer's bit is set once it has been looked up, the bits
/// after it hold the answer.
const ROLE_DONE: u8 = 1;
const ROLE: u8 = 2;
const CUE_DONE: u8 = 4;
const CUE: u8 = 8;
const ORG_DONE: u8 = 16;
const ORG_SUFFIX: u8 = 32;
const ORG_PREFIX: u8 = 64;

/// Token `k`'s memo, with the answer of `done` looked up by `look` if it was not yet.
fn remember(memo: &mut [u8], k: usize, done: u8, look: impl FnOnce() -> u8) -> u8 {
    if memo[k] & done == 0 {
        memo[k] |= done | look();
    }
    memo[k]
}

const BOUNDARY: &str = "<s>";

impl Features {
    /// The token's word as the features name it (lowercased).
    pub fn word(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1].1 };
        &self.strings[start as usize..self.ends[i].0 as usize]
    }

    pub fn new(doc: &Doc) -> Features {
        // Only tokens within two of a capitalised word are ever read (candidates and their
        // neighbours); the others keep empty strings.
        let toks = &doc.tokens;
        let mut needed = vec![false; toks.len()];
        for (i, t) in toks.iter().enumerate() {
            if is_cap_word(t) {
                for slot in &mut needed[i.saturating_sub(2)..(i + 3).min(toks.len())] {
                    *slot = true;
                }
            }
        }
        let mut strings = String::new();
        let mut ends = Vec::with_capacity(toks.len());
        for (t, &n) in toks.iter().zip(&needed) {
            if n {
                lower_into(&t.text, &mut strings);
            }
            let lower_end = strings.len() as u32;
            if n {
                shape_into(&t.text, &mut strings);
            }
            ends.push((lower_end, strings.len() as u32));
        }
        Features {
            out: Vec::with_capacity(64),
            strings,
            ends,
            memo: vec![0; toks.len()],
        }
    }

    /// Fills `self.out` with the features of token `i`, given the tags of the two tokens
    /// before it. Without `lexical`, the features that name the token's own word are left
    /// out: training does so for words that occur in only one training document, so that
    /// the model learns to read new names from their shape and context, as it must at run
    /// time (where every unseen word lacks them anyway).
    pub fn of(
        &mut self,
        doc: &Doc,
        facts: &DocFacts,
        i: usize,
        prev: u8,
        prev2: u8,
        lexical: bool,
    ) {
        let toks = &doc.tokens;
        let t = &toks[i];
        let sent = t.sent;
        let at = |k: isize| -> Option<usize> {
            let k = i as isize + k;
            if k < 0 || k as usize >= toks.len() || toks[k as usize].sent != sent {
                None
            } else {
                Some(k as usize)
            }
        };
        let lower = |k: usize| {
            let start = if k == 0 { 0 } else { self.ends[k - 1].1 };
            &self.strings[start as usize..self.ends[k].0 as usize]
        };
        let shape = |k: usize| &self.strings[self.ends[k].0 as usize..self.ends[k].1 as usize];
        let lw = |k: Option<usize>| k.map_or(BOUNDARY, lower);
        let sh = |k: Option<usize>| k.map_or(BOUNDARY, shape);
        let out = &mut self.out;
        out.clear();
        let mut f1 = |name: u64, a: &str| out.push(Hasher(name).add(a).done());
        let w = lower(i);
        let p1 = at(-1);
        let n1 = at(1);
        let pt = TAGS[prev as usize];
        let pt2 = TAGS[prev2 as usize];

        f1(t!("bias"), "");
        if lexical {
            f1(t!("w"), w);
        }
        f1(t!("shape"), shape(i));
        // the last and first three characters (the whole word when shorter)
        let n_chars = w.chars().count();
        let suf_start = w.char_indices().rev().nth(2).map_or(0, |(b, _)| b);
        let pre_end = w.char_indices().nth(3).map_or(w.len(), |(b, _)| b);
        f1(t!("suf3"), &w[suf_start..]);
        f1(t!("pre3"), &w[..pre_end]);
        f1(t!("w-1"), lw(p1));
        f1(t!("w+1"), lw(n1));
        f1(t!("w-2"), lw(at(-2)));
        f1(t!("w+2"), lw(at(2)));
        f1(t!("shape-1"), sh(p1));
        f1(t!("shape+1"), sh(n1));
        f1(t!("t-1"), pt);
        let mut f2 = |name: u64, a: &str, b: &str| out.push(Hasher(name).add(a).add(b).done());
        f2(t!("t-1,t-2"), pt, pt2);
        if lexical {
            f2(t!("t-1,w"), pt, w);
            f2(t!("w-1,w"), lw(p1), w);
            f2(t!("w,w+1"), w, lw(n1));
        }
        f2(t!("t-1,shape"), pt, shape(i));
        f2(t!("t-1,w+1"), pt, lw(n1));

        let headline = doc.sentences[sent].headline;
        let opening = p1.is_some_and(|k| {
            matches!(
                toks[k].text.as_str(),
                "\"" | "“" | "‘" | "'" | "«" | "(" | "[" | ":" | "—" | "–"
            )
        });
        let position = if headline {
            "headline"
        } else if t.sent_start {
            "start"
        } else if opening {
            "opening"
        } else {
            "mid"
        };
        let out = &mut self.out;
        let memo = &mut self.memo;
        let mut f1 = |name: u64, a: &str| out.push(Hasher(name).add(a).done());
        f1(t!("pos"), position);
        if t.is_word() {
            if t.is_all_caps() {
                f1(t!("caps"), "all");
            }
            if t.text.contains('-') {
                f1(t!("hyphen"), "");
            }
            let len = match n_chars {
                0..=2 => "1-2",
                3..=4 => "3-4",
                5..=8 => "5-8",
                _ => "9+",
            };
            f1(t!("len"), len);
            if let Some(g) = lexicon::first_name(&t.text) {
                f1(
                    t!("first"),
                    match g {
                        Gender::Female => "f",
                        Gender::Male => "m",
                        Gender::Unknown => "u",
                    },
                );
            }
            if lexicon::is_stopword(&t.text) {
                f1(t!("stop"), "");
            }
            let org = remember(memo, i, ORG_DONE, || org_bits(&t.text));
            if org & ORG_SUFFIX != 0 {
                f1(t!("orgsuf"), "");
            }
            if org & ORG_PREFIX != 0 {
                f1(t!("orgpre"), "");
            }
            if remember(memo, i, ROLE_DONE, || role_bit(w)) & ROLE != 0 {
                f1(t!("role"), "");
            }
            if gazetteer().demonym(&t.text).is_some() {
                f1(t!("demonym"), "");
            }
            if t.is_cap() {
                if facts.after_first.contains(t.text.as_str()) {
                    f1(t!("doc_after_first"), "");
                }
                if facts.after_title.contains(t.text.as_str()) {
                    f1(t!("doc_after_title"), "");
                }
                let c = facts.cap_count.get(t.text.as_str()).copied().unwrap_or(0);
                f1(
                    t!("doc_count"),
                    match c {
                        0..=1 => "1",
                        2..=3 => "2-3",
                        _ => "4+",
                    },
                );
                f1(
                    t!("lower_seen"),
                    if facts.lower_seen.contains(w) {
                        "y"
                    } else {
                        "n"
                    },
                );
                f1(
                    t!("cap_mid"),
                    if facts.cap_mid_seen.contains(t.text.as_str()) {
                        "y"
                    } else {
                        "n"
                    },
                );
            }
        }
        if let Some(k) = p1 {
            if remember(memo, k, ROLE_DONE, || role_bit(lower(k))) & ROLE != 0 {
                f1(t!("role-1"), "");
            }
            if remember(memo, k, CUE_DONE, || cue_bit(lower(k))) & CUE != 0 {
                f1(t!("cue-1"), "");
            }
            f1(t!("title-1"), label(facts.title[k]));
        }
        if let Some(k) = n1 {
            if remember(memo, k, CUE_DONE, || cue_bit(lower(k))) & CUE != 0 {
                f1(t!("cue+1"), "");
            }
            if toks[k].is_cap() {
                f1(t!("cap+1"), "");
            }
            f1(t!("gaz+1"), label(facts.gaz[k]));
            if remember(memo, k, ORG_DONE, || org_bits(&toks[k].text)) & ORG_SUFFIX != 0 {
                f1(t!("orgsuf+1"), "");
            }
        }
        f1(t!("gaz"), label(facts.gaz[i]));
        f1(t!("org"), label(facts.known_org[i]));
        f1(t!("title"), label(facts.title[i]));
        let out = &mut self.out;
        out.push(
            Hasher(t!("t-1,gaz"))
                .add(pt)
                .add(label(facts.gaz[i]))
                .done(),
        );
    }
}
