//! The one feature extractor of the name tagger, shared by training and inference.
//!
//! Every feature is a hashed string ("w=minister", "shape=Xx", "gaz=B-country"); a token's
//! features are the hashes of its own word, shape and affixes, its neighbours, the tags
//! already given to the two tokens before it, and its membership in the project's lexicons
//! (first names, titles, role nouns, organization words, known organizations, the gazetteer).
//! Training ([`super::compile`]) and tagging ([`super::tagger`]) both call [`Features::of`],
//! so the two can never drift apart. What depends on a word alone (or on a run of words) is
//! worked out once per document and reused for every occurrence.

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
    /// Per token: the code of the lexicon span it lies in ([`SPAN_LABELS`]: "B-city", "I-org",
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
        let mut runs: HashMap<Vec<u32>, RunSpans, Fast> = HashMap::default();
        let mut key = Vec::new();
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
            // What the lexicons say of the run depends on its tokens alone (their text, kind
            // and the characters between them), so each distinct run is looked up once.
            let end = j.min(i + RUN_TOKENS);
            run_key(doc, i, end, &mut key);
            let found = match runs.get(key.as_slice()) {
                Some(&found) => found,
                None => {
                    let found = run_spans(doc, i, end, &mut surface);
                    runs.insert(key.clone(), found);
                    found
                }
            };
            if let Some(e) = found.org {
                mark(&mut known_org, i, i + e as usize, ORG);
            }
            if let Some((e, kind)) = found.gaz {
                mark(&mut gaz, i, i + e as usize, kind);
            }
            if let Some(k) = found.title {
                mark(&mut title, i, (i + k as usize).min(n), TITLE);
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

/// The most tokens of a run that its lexicon spans can reach (a title of six words).
const RUN_TOKENS: usize = 6;

/// The lexicon spans starting at a run's first token: the end of the longest known
/// organization, of the longest place (with its kind) and of a title, each as a number of
/// tokens.
#[derive(Clone, Copy)]
struct RunSpans {
    org: Option<u8>,
    gaz: Option<(u8, u8)>,
    title: Option<u8>,
}

/// A key for tokens `[s, e)`: for each its kind, the length of the gap before it and its
/// length, then their characters from the first token's start to the last one's end.
fn run_key(doc: &Doc, s: usize, e: usize, key: &mut Vec<u32>) {
    key.clear();
    let toks = &doc.tokens[s..e];
    let mut last = toks[0].start;
    for t in toks {
        key.push(t.kind as u32);
        key.push(t.start.saturating_sub(last) as u32);
        key.push(t.end.saturating_sub(t.start) as u32);
        last = t.end;
    }
    let chars = &doc.text.chars;
    let (a, b) = (toks[0].start, toks[toks.len() - 1].end);
    key.extend(
        chars[a.min(b)..b.min(chars.len())]
            .iter()
            .map(|&c| c as u32),
    );
}

/// [`RunSpans`] of the run of lexicon words starting at token `i`, cut to `[i, j)`.
fn run_spans(doc: &Doc, i: usize, j: usize, surface: &mut String) -> RunSpans {
    let toks = &doc.tokens;
    let max_gaz = gazetteer().max_words().min(4);
    let mut found = RunSpans {
        org: None,
        gaz: None,
        title: None,
    };
    // Longest known organization, then longest place, starting at i. Names of several
    // tokens are only looked up when some name starts with this word (or it may be an
    // acronym or "The").
    let first = toks[i].text.as_str();
    let open = first.eq_ignore_ascii_case("the") || toks[i].is_all_caps() || first.len() == 1;
    let org_longer = open || lexicon::org_may_extend(first);
    let gaz_longer = open || gazetteer().may_extend(first);
    for e in (i + 1..=j.min(i + 5)).rev() {
        if e > i + 1 && !org_longer {
            continue;
        }
        if !is_cap_word(&toks[e - 1]) && !toks[e - 1].is_punct('.') {
            continue;
        }
        surface_into(doc, i, e, surface);
        if lexicon::known_org(surface).is_some() {
            found.org = Some((e - i) as u8);
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
        surface_into(doc, i, e, surface);
        if let Some(&id) = gazetteer().lookup(surface).first() {
            let kind = match gazetteer().entry(id).kind {
                PlaceKind::Country => COUNTRY,
                PlaceKind::City => CITY,
                PlaceKind::Region => REGION,
                PlaceKind::Continent => CONTINENT,
                _ => OTHER,
            };
            found.gaz = Some(((e - i) as u8, kind));
            break;
        }
    }
    let mut words = [""; RUN_TOKENS];
    let run = &toks[i..j];
    for (w, t) in words.iter_mut().zip(run) {
        *w = t.text.as_str();
    }
    if let Some((k, _)) = lexicon::title(&words[..run.len()]) {
        found.title = Some(k as u8);
    }
    found
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

const FNV_BASIS: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

/// The FNV-1a state `h` after the bytes of `s` and a separator byte.
const fn fnv_add(mut h: u64, s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h ^= 0xff;
    h.wrapping_mul(FNV_PRIME)
}

/// A finished state folded to [`HASH_BITS`] bits.
const fn fold(h: u64) -> u32 {
    (h ^ (h >> 32)) as u32 & ((1 << HASH_BITS) - 1)
}

/// The hasher's state after a template name, computed at compile time (see [`t`]): the same
/// value [`Hasher::add`] reaches from the FNV offset basis.
const fn template(name: &str) -> u64 {
    fnv_add(FNV_BASIS, name)
}

/// A template's hasher state as a constant: `t!("w-1")`.
macro_rules! t {
    ($name:literal) => {{
        const H: u64 = template($name);
        H
    }};
}

/// The hash of a feature whose values are all known at compile time: `h!("pos", "mid")`.
macro_rules! h {
    ($name:literal, $value:literal) => {{
        const H: u32 = fold(fnv_add(template($name), $value));
        H
    }};
}

/// The hashes of template `name` with each tag as its value, by tag.
const fn by_tag(name: &str) -> [u32; N_TAGS] {
    let mut out = [0; N_TAGS];
    let mut t = 0;
    while t < N_TAGS {
        out[t] = fold(fnv_add(template(name), TAGS[t]));
        t += 1;
    }
    out
}

/// The hasher states of template `name` after each tag, by tag (for features that go on
/// with a word).
const fn after_tag(name: &str) -> [u64; N_TAGS] {
    let mut out = [0; N_TAGS];
    let mut t = 0;
    while t < N_TAGS {
        out[t] = fnv_add(template(name), TAGS[t]);
        t += 1;
    }
    out
}

/// The hashes of a template with each lexicon span label ([`SPAN_LABELS`]) as its value, by
/// code, from the hasher state `state` (after the template's name and any values before).
const fn by_label(state: u64) -> [u32; SPAN_LABELS.len()] {
    let mut out = [0; SPAN_LABELS.len()];
    let mut c = 0;
    while c < SPAN_LABELS.len() {
        out[c] = fold(fnv_add(state, SPAN_LABELS[c]));
        c += 1;
    }
    out
}

/// The hashes of template `name` with two tags as its values, by first and second tag.
const fn by_two_tags(name: &str) -> [[u32; N_TAGS]; N_TAGS] {
    let mut out = [[0; N_TAGS]; N_TAGS];
    let states = after_tag(name);
    let mut a = 0;
    while a < N_TAGS {
        let mut b = 0;
        while b < N_TAGS {
            out[a][b] = fold(fnv_add(states[a], TAGS[b]));
            b += 1;
        }
        a += 1;
    }
    out
}

/// The hashes of template `name` with a tag and a lexicon span label, by tag and code.
const fn by_tag_label(name: &str) -> [[u32; SPAN_LABELS.len()]; N_TAGS] {
    let mut out = [[0; SPAN_LABELS.len()]; N_TAGS];
    let states = after_tag(name);
    let mut a = 0;
    while a < N_TAGS {
        out[a] = by_label(states[a]);
        a += 1;
    }
    out
}

/// Hashes of the features whose values are a tag, two tags or a lexicon span label.
const T_1: [u32; N_TAGS] = by_tag("t-1");
const T_1_T_2: [[u32; N_TAGS]; N_TAGS] = by_two_tags("t-1,t-2");
const T_1_GAZ: [[u32; SPAN_LABELS.len()]; N_TAGS] = by_tag_label("t-1,gaz");
const TITLE_1: [u32; SPAN_LABELS.len()] = by_label(template("title-1"));
const GAZ_1: [u32; SPAN_LABELS.len()] = by_label(template("gaz+1"));
const GAZ: [u32; SPAN_LABELS.len()] = by_label(template("gaz"));
const ORG_SPAN: [u32; SPAN_LABELS.len()] = by_label(template("org"));
const TITLE_SPAN: [u32; SPAN_LABELS.len()] = by_label(template("title"));
/// Hasher states after a tag, for the features that pair the tag before with a word.
const T_1_W: [u64; N_TAGS] = after_tag("t-1,w");
const T_1_SHAPE: [u64; N_TAGS] = after_tag("t-1,shape");
const T_1_W_1: [u64; N_TAGS] = after_tag("t-1,w+1");

impl Hasher {
    fn add(&mut self, s: &str) -> &mut Hasher {
        self.0 = fnv_add(self.0, s);
        self
    }
    fn done(&self) -> u32 {
        fold(self.0)
    }
}

/// The features that name a neighbouring word: which word ([`Near::template`]) and whether
/// by its lowercased form or its shape. Each word's hash for each is kept once computed.
#[derive(Clone, Copy)]
enum Near {
    Word1Before,
    Word1After,
    Word2Before,
    Word2After,
    Shape1Before,
    Shape1After,
}

impl Near {
    /// The template's hasher state.
    const fn template(self) -> u64 {
        match self {
            Near::Word1Before => t!("w-1"),
            Near::Word1After => t!("w+1"),
            Near::Word2Before => t!("w-2"),
            Near::Word2After => t!("w+2"),
            Near::Shape1Before => t!("shape-1"),
            Near::Shape1After => t!("shape+1"),
        }
    }

    fn is_shape(self) -> bool {
        matches!(self, Near::Shape1Before | Near::Shape1After)
    }

    /// The feature's hash where there is no neighbour (the sentence's edge).
    fn boundary(self) -> u32 {
        const fn of(n: Near) -> u32 {
            fold(fnv_add(n.template(), BOUNDARY))
        }
        const HASHES: [u32; 6] = [
            of(Near::Word1Before),
            of(Near::Word1After),
            of(Near::Word2Before),
            of(Near::Word2After),
            of(Near::Shape1Before),
            of(Near::Shape1After),
        ];
        HASHES[self as usize]
    }
}

/// A hash not computed yet (feature hashes have [`HASH_BITS`] bits).
const UNSET: u32 = u32::MAX;

/// One distinct word of the document as the features see it. Everything about a word is
/// worked out once, when first needed, and shared by all its occurrences; it depends only on
/// the word's text (and the document's [`DocFacts`]).
struct Word {
    /// Its lowercased form is `strings[start..lower_end]`, its shape
    /// `strings[lower_end..shape_end]`.
    start: u32,
    lower_end: u32,
    shape_end: u32,
    /// Word-list answers looked up so far (see [`remember`]).
    memo: u8,
    /// The hashes of the features naming it as a neighbour, by [`Near`]; [`UNSET`] until
    /// needed.
    near: [u32; 6],
    /// Its own features as the token tagged ([`Own`]): an index into [`Features::own`], or
    /// [`UNSET`].
    own: u32,
}

/// The features of a tagged token that depend on its word alone.
#[derive(Clone, Copy)]
struct Own {
    /// "w", "shape", "suf3", "pre3".
    w: u32,
    shape: u32,
    suf3: u32,
    pre3: u32,
    /// The features of a word token ("caps" … "cap_mid") are `Features::lexical[start..end]`;
    /// `start` is [`UNSET`] until needed.
    start: u32,
    end: u32,
}

/// Reusable buffers for one document's features. Made for one document ([`Features::new`])
/// and always asked with that document and its [`DocFacts`].
pub struct Features {
    pub out: Vec<u32>,
    /// Per token: the index of its word in `words`; [`UNSET`] for tokens never read.
    ids: Vec<u32>,
    words: Vec<Word>,
    /// Every word's lowercased form and shape, end to end.
    strings: String,
    own: Vec<Own>,
    lexical: Vec<u32>,
}

/// Bits of [`Word::memo`]: each answer's bit is set once it has been looked up, the bits
/// after it hold the answer.
const ROLE_DONE: u8 = 1;
const ROLE: u8 = 2;
const CUE_DONE: u8 = 4;
const CUE: u8 = 8;
const ORG_DONE: u8 = 16;
const ORG_SUFFIX: u8 = 32;
const ORG_PREFIX: u8 = 64;

/// A word's memo, with the answer of `done` looked up by `look` if it was not yet.
fn remember(memo: &mut u8, done: u8, look: impl FnOnce() -> u8) -> u8 {
    if *memo & done == 0 {
        *memo |= done | look();
    }
    *memo
}

const BOUNDARY: &str = "<s>";

impl Word {
    fn lower<'s>(&self, strings: &'s str) -> &'s str {
        &strings[self.start as usize..self.lower_end as usize]
    }
    fn shape<'s>(&self, strings: &'s str) -> &'s str {
        &strings[self.lower_end as usize..self.shape_end as usize]
    }
}

impl Features {
    /// The token's word as the features name it (lowercased).
    pub fn word(&self, i: usize) -> &str {
        match self.ids[i] {
            UNSET => "",
            id => self.words[id as usize].lower(&self.strings),
        }
    }

    pub fn new(doc: &Doc) -> Features {
        // Tokens within two of a capitalised word are read (candidates and their
        // neighbours); the others only rarely (a long run of connectors after a name), as
        // empty words ([`Features::id`]).
        let toks = &doc.tokens;
        let mut needed = vec![false; toks.len()];
        for (i, t) in toks.iter().enumerate() {
            if is_cap_word(t) {
                for slot in &mut needed[i.saturating_sub(2)..(i + 3).min(toks.len())] {
                    *slot = true;
                }
            }
        }
        let mut index: HashMap<&str, u32, Fast> = HashMap::default();
        let mut words = Vec::new();
        let mut strings = String::new();
        let mut ids = Vec::with_capacity(toks.len());
        for (t, &n) in toks.iter().zip(&needed) {
            if !n {
                ids.push(UNSET);
                continue;
            }
            let id = *index.entry(t.text.as_str()).or_insert_with(|| {
                let start = strings.len() as u32;
                lower_into(&t.text, &mut strings);
                let lower_end = strings.len() as u32;
                shape_into(&t.text, &mut strings);
                words.push(Word {
                    start,
                    lower_end,
                    shape_end: strings.len() as u32,
                    memo: 0,
                    near: [UNSET; 6],
                    own: UNSET,
                });
                words.len() as u32 - 1
            });
            ids.push(id);
        }
        Features {
            out: Vec::with_capacity(64),
            ids,
            words,
            strings,
            own: Vec::new(),
            lexical: Vec::new(),
        }
    }

    /// The index of token `k`'s word in `words`. A token [`Features::new`] gave no word gets
    /// one of its own, empty (its lowercased form and shape read as ""), as it always has:
    /// the model was trained so.
    fn id(&mut self, k: usize) -> usize {
        if self.ids[k] == UNSET {
            let end = self.strings.len() as u32;
            self.words.push(Word {
                start: end,
                lower_end: end,
                shape_end: end,
                memo: 0,
                near: [UNSET; 6],
                own: UNSET,
            });
            self.ids[k] = self.words.len() as u32 - 1;
        }
        self.ids[k] as usize
    }

    /// The hash of the feature `near` naming token `k` (or the sentence's edge).
    fn near(&mut self, k: Option<usize>, near: Near) -> u32 {
        let Some(k) = k else {
            return near.boundary();
        };
        let id = self.id(k);
        let word = &mut self.words[id];
        if word.near[near as usize] == UNSET {
            let s = if near.is_shape() {
                word.shape(&self.strings)
            } else {
                word.lower(&self.strings)
            };
            word.near[near as usize] = Hasher(near.template()).add(s).done();
        }
        word.near[near as usize]
    }

    /// The features of token `i` that depend on its word alone; with `word_token`, those of
    /// a word token too.
    fn own(&mut self, facts: &DocFacts, t: &Token, i: usize, word_token: bool) -> Own {
        let id = self.id(i);
        let word = &self.words[id];
        let w = word.lower(&self.strings);
        if word.own == UNSET {
            // the last and first three characters (the whole word when shorter)
            let suf_start = w.char_indices().rev().nth(2).map_or(0, |(b, _)| b);
            let pre_end = w.char_indices().nth(3).map_or(w.len(), |(b, _)| b);
            let own = Own {
                w: Hasher(t!("w")).add(w).done(),
                shape: Hasher(t!("shape")).add(word.shape(&self.strings)).done(),
                suf3: Hasher(t!("suf3")).add(&w[suf_start..]).done(),
                pre3: Hasher(t!("pre3")).add(&w[..pre_end]).done(),
                start: UNSET,
                end: UNSET,
            };
            self.words[id].own = self.own.len() as u32;
            self.own.push(own);
        }
        let at = self.words[id].own as usize;
        if word_token && self.own[at].start == UNSET {
            let start = self.lexical.len() as u32;
            let word = &mut self.words[id];
            let w = word.lower(&self.strings);
            let out = &mut self.lexical;
            if t.is_all_caps() {
                out.push(h!("caps", "all"));
            }
            if t.text.contains('-') {
                out.push(h!("hyphen", ""));
            }
            out.push(match w.chars().count() {
                0..=2 => h!("len", "1-2"),
                3..=4 => h!("len", "3-4"),
                5..=8 => h!("len", "5-8"),
                _ => h!("len", "9+"),
            });
            if let Some(g) = lexicon::first_name(&t.text) {
                out.push(match g {
                    Gender::Female => h!("first", "f"),
                    Gender::Male => h!("first", "m"),
                    Gender::Unknown => h!("first", "u"),
                });
            }
            if lexicon::is_stopword(&t.text) {
                out.push(h!("stop", ""));
            }
            let org = remember(&mut word.memo, ORG_DONE, || org_bits(&t.text));
            if org & ORG_SUFFIX != 0 {
                out.push(h!("orgsuf", ""));
            }
            if org & ORG_PREFIX != 0 {
                out.push(h!("orgpre", ""));
            }
            if remember(&mut word.memo, ROLE_DONE, || role_bit(w)) & ROLE != 0 {
                out.push(h!("role", ""));
            }
            if gazetteer().demonym(&t.text).is_some() {
                out.push(h!("demonym", ""));
            }
            if t.is_cap() {
                let text = t.text.as_str();
                if facts.after_first.contains(text) {
                    out.push(h!("doc_after_first", ""));
                }
                if facts.after_title.contains(text) {
                    out.push(h!("doc_after_title", ""));
                }
                out.push(match facts.cap_count.get(text).copied().unwrap_or(0) {
                    0..=1 => h!("doc_count", "1"),
                    2..=3 => h!("doc_count", "2-3"),
                    _ => h!("doc_count", "4+"),
                });
                out.push(if facts.lower_seen.contains(w) {
                    h!("lower_seen", "y")
                } else {
                    h!("lower_seen", "n")
                });
                out.push(if facts.cap_mid_seen.contains(text) {
                    h!("cap_mid", "y")
                } else {
                    h!("cap_mid", "n")
                });
            }
            self.own[at].start = start;
            self.own[at].end = out.len() as u32;
        }
        self.own[at]
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
        let p1 = at(-1);
        let n1 = at(1);
        let (prev, prev2) = (prev as usize, prev2 as usize);
        let own = self.own(facts, t, i, t.is_word());
        let near = [
            self.near(p1, Near::Word1Before),
            self.near(n1, Near::Word1After),
            self.near(at(-2), Near::Word2Before),
            self.near(at(2), Near::Word2After),
            self.near(p1, Near::Shape1Before),
            self.near(n1, Near::Shape1After),
        ];

        let strings = self.strings.as_str();
        let words = &self.words;
        let ids = &self.ids;
        let word = |k: usize| &words[ids[k] as usize];
        let lw = |k: Option<usize>| k.map_or(BOUNDARY, |k| word(k).lower(strings));
        let w = word(i).lower(strings);
        let out = &mut self.out;
        out.clear();
        out.push(h!("bias", ""));
        if lexical {
            out.push(own.w);
        }
        out.extend_from_slice(&[own.shape, own.suf3, own.pre3]);
        out.extend_from_slice(&near);
        out.push(T_1[prev]);
        out.push(T_1_T_2[prev][prev2]);
        if lexical {
            out.push(Hasher(T_1_W[prev]).add(w).done());
            out.push(Hasher(t!("w-1,w")).add(lw(p1)).add(w).done());
            out.push(Hasher(t!("w,w+1")).add(w).add(lw(n1)).done());
        }
        out.push(Hasher(T_1_SHAPE[prev]).add(word(i).shape(strings)).done());
        out.push(Hasher(T_1_W_1[prev]).add(lw(n1)).done());

        let headline = doc.sentences[sent].headline;
        let opening = p1.is_some_and(|k| {
            matches!(
                toks[k].text.as_str(),
                "\"" | "“" | "‘" | "'" | "«" | "(" | "[" | ":" | "—" | "–"
            )
        });
        out.push(if headline {
            h!("pos", "headline")
        } else if t.sent_start {
            h!("pos", "start")
        } else if opening {
            h!("pos", "opening")
        } else {
            h!("pos", "mid")
        });
        if t.is_word() {
            out.extend_from_slice(&self.lexical[own.start as usize..own.end as usize]);
        }
        let words = &mut self.words;
        let ids = &self.ids;
        if let Some(k) = p1 {
            let word = &mut words[ids[k] as usize];
            let lower = word.lower(strings);
            if remember(&mut word.memo, ROLE_DONE, || role_bit(lower)) & ROLE != 0 {
                out.push(h!("role-1", ""));
            }
            if remember(&mut word.memo, CUE_DONE, || cue_bit(lower)) & CUE != 0 {
                out.push(h!("cue-1", ""));
            }
            out.push(TITLE_1[facts.title[k] as usize]);
        }
        if let Some(k) = n1 {
            let word = &mut words[ids[k] as usize];
            let lower = word.lower(strings);
            if remember(&mut word.memo, CUE_DONE, || cue_bit(lower)) & CUE != 0 {
                out.push(h!("cue+1", ""));
            }
            if toks[k].is_cap() {
                out.push(h!("cap+1", ""));
            }
            out.push(GAZ_1[facts.gaz[k] as usize]);
            if remember(&mut word.memo, ORG_DONE, || org_bits(&toks[k].text)) & ORG_SUFFIX != 0 {
                out.push(h!("orgsuf+1", ""));
            }
        }
        out.push(GAZ[facts.gaz[i] as usize]);
        out.push(ORG_SPAN[facts.known_org[i] as usize]);
        out.push(TITLE_SPAN[facts.title[i] as usize]);
        out.push(T_1_GAZ[prev][facts.gaz[i] as usize]);
    }
}
