//! The byte model: predicts each bit of the next byte of text by mixing several contexts.
//!
//! Contexts, hashed into one table of adaptive bit counters (a bucket of 16 counters per
//! context and half byte): the bits of the current byte alone (order 0), the last 1, 2, 3,
//! 4 and 5 bytes, the current word, and the current word with the previous one. Each
//! counter reaches the mixers twice: as its probability and through an adaptive map from
//! (context, count, probability) that learns how far counters of that kind can be trusted.
//! A match model follows the last earlier occurrence of the previous six bytes and
//! predicts the byte that came after it. Three logistic mixers (weights chosen by the
//! partial byte, by the previous byte, and by match state and bit position) and a final
//! mixer combine the predictions; two adaptive probability maps, by the previous byte and
//! by the previous two bytes, refine the result.
//!
//! Integer arithmetic only (no floating point anywhere), 32-bit hashes with explicit
//! wrapping, no use of `usize` width in any value that reaches the coder: the same bytes
//! give the same predictions on every platform. Changing anything here changes the bits
//! of links, so a model that shipped is frozen; a better one is a new format version.

/// `squash(x) = 4096 / (1 + e^(-x/256))` at `x = -2048, -1920, …, 2048`.
const SQUASH_POINTS: [i32; 33] = [
    1, 2, 4, 6, 10, 17, 27, 45, 74, 120, 194, 311, 488, 747, 1102, 1546, 2048, 2550, 2994, 3349,
    3608, 3785, 3902, 3976, 4022, 4051, 4069, 4079, 4086, 4090, 4092, 4094, 4095,
];

/// Logistic function on the stretch scale (`x` in 1/256 units of log-odds), result 1..=4095.
#[inline(always)]
pub(crate) fn squash(x: i32) -> i32 {
    let x = x.clamp(-2047, 2047) + 2048;
    let i = (x >> 7) as usize;
    let w = x & 127;
    (SQUASH_POINTS[i] * (128 - w) + SQUASH_POINTS[i + 1] * w + 64) >> 7
}

/// Inverse of [`squash`] for 12-bit probabilities.
#[derive(Clone)]
pub(crate) struct Stretch {
    table: Box<[i16]>,
}

impl Stretch {
    pub(crate) fn new() -> Self {
        let mut table = vec![2047i16; 4096];
        let mut next = 0usize;
        for x in -2047..=2047 {
            let v = squash(x) as usize;
            while next <= v {
                table[next] = x as i16;
                next += 1;
            }
        }
        Stretch {
            table: table.into_boxed_slice(),
        }
    }

    #[inline(always)]
    pub(crate) fn get(&self, p12: u32) -> i32 {
        i32::from(self.table[(p12 & 4095) as usize])
    }
}

/// Learning rate of a counter that has seen `n` bits: about `1 / (n + 1.5)`, in 1/65536.
fn rate_table(limit: usize) -> Vec<u32> {
    (0..=limit).map(|n| 131_072 / (2 * n as u32 + 3)).collect()
}

/// Moves a 16-bit probability towards `bit` by `rate / 65536`.
#[inline(always)]
fn adapt(p: u32, bit: u32, rate: u32) -> u32 {
    let target: i64 = if bit != 0 { 65535 } else { 0 };
    let p = i64::from(p);
    (p + (((target - p) * i64::from(rate)) >> 16)) as u32
}

/// An adaptive probability with its own count, for the integer and flag models.
#[derive(Clone, Copy)]
pub(crate) struct Counter {
    p: u16,
    n: u8,
}

impl Counter {
    pub(crate) const NEW: Counter = Counter { p: 32768, n: 0 };

    /// 12-bit probability of a 1.
    #[inline(always)]
    pub(crate) fn p12(self) -> u32 {
        (u32::from(self.p) >> 4).clamp(1, 4095)
    }

    #[inline(always)]
    pub(crate) fn update(&mut self, bit: u32) {
        const LIMIT: u8 = 30;
        let rate = 131_072 / (2 * u32::from(self.n) + 3);
        self.p = adapt(u32::from(self.p), bit, rate) as u16;
        if self.n < LIMIT {
            self.n += 1;
        }
    }
}

#[inline(always)]
fn hash2(a: u32, b: u32) -> u32 {
    let mut h = a.wrapping_mul(0x9E37_79B1) ^ b.wrapping_add(0x7F4A_7C15).wrapping_mul(0x85EB_CA77);
    h ^= h >> 15;
    h = h.wrapping_mul(0x2C1B_3C6D);
    h ^= h >> 13;
    h = h.wrapping_mul(0x297A_2D39);
    h ^ (h >> 16)
}

/// Number of hashed contexts.
const N_CTX: usize = 8;
/// Mixer inputs: one per context, two for the match model, one bias.
const N_IN: usize = 2 * N_CTX + 3;
/// First-layer mixers, and how many weight sets each chooses from.
const N_MIX: usize = 3;
const MIX_SETS: [usize; N_MIX] = [256, 256, 24];
const MIX_SETS_TOTAL: usize = 256 + 256 + 24;
/// Learning rates (first-layer mixers, final mixer: in 1/8192 of error × input; maps and
/// APMs: shift of the error).
const MIX_LR: i32 = 3;
const FINAL_LR: i32 = 1;
const MAP_RATE: i32 = 6;
const APM_RATE: i32 = 5;
const TABLE_BITS: u32 = 22;
const BUCKET_BITS: u32 = TABLE_BITS - 4;
const MATCH_BITS: u32 = 18;
const MATCH_MIN: usize = 6;
const COUNTER_LIMIT: usize = 255;

/// Adaptive probability map: refines a probability given a small context, interpolating
/// between 33 buckets on the stretch scale.
#[derive(Clone)]
struct Apm {
    t: Box<[u16]>,
    idx: usize,
}

impl Apm {
    fn new(contexts: usize) -> Self {
        let mut t = Vec::with_capacity(contexts * 33);
        for _ in 0..contexts {
            for j in 0..33 {
                t.push((squash((j - 16) * 128) * 16) as u16);
            }
        }
        Apm {
            t: t.into_boxed_slice(),
            idx: 0,
        }
    }

    #[inline(always)]
    fn predict(&mut self, st: i32, cx: usize) -> u32 {
        let s = (st.clamp(-2047, 2047) + 2048) as u32;
        let lo = (s >> 7) as usize;
        let w = s & 127;
        let base = cx * 33 + lo;
        self.idx = base + usize::from(w >= 64);
        let a = u32::from(self.t[base]);
        let b = u32::from(self.t[base + 1]);
        ((a * (128 - w) + b * w) >> 11).clamp(1, 4095)
    }

    #[inline(always)]
    fn update(&mut self, bit: u32, rate: i32) {
        let v = i32::from(self.t[self.idx]);
        let target = if bit != 0 { 65535 } else { 0 };
        self.t[self.idx] = (v + ((target - v) >> rate)) as u16;
    }
}

/// The text model. Large (about 26 MB of tables), so it is boxed by its users.
#[derive(Clone)]
pub(crate) struct TextModel {
    stretch: Stretch,
    rates: Box<[u32]>,
    /// Buckets of 16 slots, one bucket per context and half byte: slot 0 holds the
    /// bucket's check value, slots 1..16 a counter for each partial nibble: probability of
    /// a 1 (high 16 bits) and number of bits seen (low 8 bits).
    table: Box<[u32]>,
    ctx: [u32; N_CTX],
    slot: [usize; N_CTX],
    bucket: [usize; N_CTX],
    maps: Box<[u16]>,
    map_idx: [usize; N_CTX],
    /// Partial current byte with a leading 1 (1..=255).
    c0: u32,
    bitpos: u32,
    c4: u32,
    c8: u32,
    word: u32,
    prev_word: u32,
    hist: Vec<u8>,
    match_table: Box<[u32]>,
    match_ptr: usize,
    match_len: usize,
    match_bit: u32,
    match_ctx: usize,
    match_counters: [Counter; 64],
    weights: Box<[i32]>,
    inputs: [i32; N_IN],
    /// Chosen weight set (offset into `weights`) of each first-layer mixer.
    sets: [usize; N_MIX],
    /// Output (stretched) and probability of each first-layer mixer.
    mix_st: [i32; N_MIX],
    mix_p: [u32; N_MIX],
    final_weights: Box<[i32]>,
    final_set: usize,
    mixed: u32,
    apm2: Apm,
    apm3: Apm,
    pr: u32,
}

impl TextModel {
    pub(crate) fn new() -> Self {
        let mut m = TextModel {
            stretch: Stretch::new(),
            rates: rate_table(COUNTER_LIMIT).into_boxed_slice(),
            table: vec![0; 1 << TABLE_BITS].into_boxed_slice(),
            ctx: [0; N_CTX],
            slot: [0; N_CTX],
            bucket: [0; N_CTX],
            maps: (0..N_CTX * 16 * 32)
                .map(|k| ((k % 32) * 2048 + 1024) as u16)
                .collect(),
            map_idx: [0; N_CTX],
            c0: 1,
            bitpos: 0,
            c4: 0,
            c8: 0,
            word: 0,
            prev_word: 0,
            hist: Vec::new(),
            match_table: vec![0; 1 << MATCH_BITS].into_boxed_slice(),
            match_ptr: 0,
            match_len: 0,
            match_bit: 0,
            match_ctx: 0,
            match_counters: [Counter::NEW; 64],
            weights: vec![1 << 14; MIX_SETS_TOTAL * N_IN].into_boxed_slice(),
            inputs: [0; N_IN],
            sets: [0; N_MIX],
            mix_st: [0; N_MIX],
            mix_p: [2048; N_MIX],
            final_weights: vec![(1 << 16) / N_MIX as i32; 8 * N_MIX].into_boxed_slice(),
            final_set: 0,
            mixed: 2048,
            apm2: Apm::new(65536),
            apm3: Apm::new(65536),
            pr: 2048,
        };
        m.set_contexts();
        m.predict();
        m
    }

    /// Probability (12-bit) that the next bit is 1.
    #[inline(always)]
    pub(crate) fn p(&self) -> u32 {
        self.pr
    }

    fn set_contexts(&mut self) {
        let c4 = self.c4;
        self.ctx[0] = 0;
        self.ctx[1] = hash2(1, c4 & 0xff);
        self.ctx[2] = hash2(2, c4 & 0xffff);
        self.ctx[3] = hash2(3, c4 & 0xff_ffff);
        self.ctx[4] = hash2(4, c4);
        self.ctx[5] = hash2(hash2(6, c4), self.c8 & 0xff);
        self.ctx[6] = hash2(7, self.word);
        self.ctx[7] = hash2(hash2(8, self.word), self.prev_word);
    }

    /// Finds (or claims) the bucket of 16 counters for context `i` and the current nibble.
    fn select_buckets(&mut self) {
        let nibble_ctx = if self.bitpos == 0 { 0 } else { self.c0 };
        for i in 0..N_CTX {
            let h = hash2(self.ctx[i], nibble_ctx);
            let check = (h & 0xffff) | 0x1_0000;
            let b0 = ((h >> (32 - BUCKET_BITS)) as usize) << 4;
            let b1 = b0 ^ 16;
            let base = if self.table[b0] == check {
                b0
            } else if self.table[b1] == check {
                b1
            } else {
                // Replace the less used of the two.
                let used0 = self.table[b0 + 1] & 0xff;
                let used1 = self.table[b1 + 1] & 0xff;
                let b = if used1 < used0 { b1 } else { b0 };
                self.table[b] = check;
                for s in &mut self.table[b + 1..b + 16] {
                    *s = 32768 << 16;
                }
                b
            };
            self.bucket[i] = base;
        }
    }

    fn predict(&mut self) {
        let c0 = self.c0;
        if self.bitpos & 3 == 0 {
            self.select_buckets();
        }
        let j = self.bitpos & 3;
        let nib = ((1 << j) | (c0 & ((1 << j) - 1))) as usize;
        for i in 0..N_CTX {
            let idx = self.bucket[i] + nib;
            self.slot[i] = idx;
            let slot = self.table[idx];
            let st = self.stretch.get(slot >> 20);
            self.inputs[i] = st;
            let n = (slot & 0xff).min(15) as usize;
            let m = (i * 16 + n) * 32 + (slot >> 27) as usize;
            self.map_idx[i] = m;
            self.inputs[N_CTX + 3 + i] = self.stretch.get(u32::from(self.maps[m]) >> 4);
        }
        // Match model: the bit that followed the last occurrence of the current context.
        if self.match_len > 0 {
            let expected = u32::from(self.hist[self.match_ptr]) | 0x100;
            if expected >> (8 - self.bitpos) == c0 {
                self.match_bit = (expected >> (7 - self.bitpos)) & 1;
                let len = self.match_len;
                let bucket = if len < 32 {
                    len
                } else {
                    32 + ((len - 32) >> 4).min(31)
                };
                self.match_ctx = bucket;
                let st = self.stretch.get(self.match_counters[bucket].p12());
                let st = if self.match_bit != 0 { st } else { -st };
                self.inputs[N_CTX] = st;
                self.inputs[N_CTX + 1] = if self.match_bit != 0 { 256 } else { -256 };
            } else {
                self.match_len = 0;
            }
        }
        if self.match_len == 0 {
            self.inputs[N_CTX] = 0;
            self.inputs[N_CTX + 1] = 0;
        }
        self.inputs[N_CTX + 2] = 256;
        let match_state = if self.match_len == 0 {
            0
        } else if self.match_len < 16 {
            1
        } else {
            2
        };
        let selectors = [
            c0 as usize,
            (self.c4 & 0xff) as usize,
            match_state * 8 + self.bitpos as usize,
        ];
        let mut offset = 0;
        for k in 0..N_MIX {
            let set = (offset + selectors[k]) * N_IN;
            offset += MIX_SETS[k];
            self.sets[k] = set;
            let w = &self.weights[set..set + N_IN];
            let mut dot: i64 = 0;
            for (x, w) in self.inputs.iter().zip(w) {
                dot += i64::from(*x) * i64::from(*w);
            }
            let st = (dot >> 16).clamp(-2047, 2047) as i32;
            self.mix_st[k] = st;
            self.mix_p[k] = squash(st) as u32;
        }
        self.final_set = self.bitpos as usize * N_MIX;
        let fw = &self.final_weights[self.final_set..self.final_set + N_MIX];
        let mut dot: i64 = 0;
        for (x, w) in self.mix_st.iter().zip(fw) {
            dot += i64::from(*x) * i64::from(*w);
        }
        let st = (dot >> 16).clamp(-2047, 2047) as i32;
        self.mixed = squash(st) as u32;
        let p2 = self
            .apm2
            .predict(st, (c0 | ((self.c4 & 0xff) << 8)) as usize);
        let h3 =
            (hash2(12, self.c4 & 0xffff).wrapping_add(c0.wrapping_mul(0x9E37_79B1)) >> 16) as usize;
        let p3 = self.apm3.predict(st, h3);
        let p = (self.mixed + 3 * p2 + 4 * p3 + 4) >> 3;
        self.pr = p.clamp(1, 4095);
    }

    /// Learns `bit` (the bit just coded) and prepares the next prediction.
    pub(crate) fn update(&mut self, bit: u32) {
        for i in 0..N_CTX {
            let s = self.table[self.slot[i]];
            let n = (s & 0xff) as usize;
            let p = adapt(s >> 16, bit, self.rates[n]);
            let n = (n + 1).min(COUNTER_LIMIT) as u32;
            self.table[self.slot[i]] = (p << 16) | n;
        }
        for i in 0..N_CTX {
            let v = i32::from(self.maps[self.map_idx[i]]);
            let target = if bit != 0 { 65535 } else { 0 };
            self.maps[self.map_idx[i]] = (v + ((target - v) >> MAP_RATE)) as u16;
        }
        for k in 0..N_MIX {
            let err = ((bit << 12) as i32 - self.mix_p[k] as i32) * MIX_LR;
            let set = self.sets[k];
            let w = &mut self.weights[set..set + N_IN];
            for (w, x) in w.iter_mut().zip(&self.inputs) {
                *w = (*w + ((x * err) >> 13)).clamp(-(1 << 23), 1 << 23);
            }
        }
        let err = ((bit << 12) as i32 - self.mixed as i32) * FINAL_LR;
        let fw = &mut self.final_weights[self.final_set..self.final_set + N_MIX];
        for (w, x) in fw.iter_mut().zip(&self.mix_st) {
            *w = (*w + ((x * err) >> 13)).clamp(-(1 << 23), 1 << 23);
        }
        self.apm2.update(bit, APM_RATE);
        self.apm3.update(bit, APM_RATE);
        if self.match_len > 0 {
            self.match_counters[self.match_ctx].update(u32::from(self.match_bit == bit));
        }
        self.c0 = (self.c0 << 1) | bit;
        self.bitpos += 1;
        if self.bitpos == 8 {
            let byte = (self.c0 & 0xff) as u8;
            self.end_byte(byte);
        }
        self.predict();
    }

    fn end_byte(&mut self, byte: u8) {
        self.c0 = 1;
        self.bitpos = 0;
        self.c8 = (self.c8 << 8) | (self.c4 >> 24);
        self.c4 = (self.c4 << 8) | u32::from(byte);
        let lower = byte.to_ascii_lowercase();
        if lower.is_ascii_lowercase() || byte >= 0x80 {
            self.word = hash2(self.word.wrapping_add(0x51), u32::from(lower));
        } else if self.word != 0 {
            self.prev_word = self.word;
            self.word = 0;
        }
        // Match model upkeep.
        if self.match_len > 0 {
            self.match_len += 1;
            self.match_ptr += 1;
        }
        self.hist.push(byte);
        let pos = self.hist.len();
        if pos >= MATCH_MIN {
            let h = hash2(hash2(9, self.c4), self.c8 & 0xffff) >> (32 - MATCH_BITS);
            if self.match_len == 0 {
                let cand = self.match_table[h as usize] as usize;
                if cand > 0 {
                    let mut len = 0;
                    while len < 32
                        && len < cand
                        && self.hist[cand - 1 - len] == self.hist[pos - 1 - len]
                    {
                        len += 1;
                    }
                    if len >= MATCH_MIN {
                        self.match_len = len;
                        self.match_ptr = cand;
                    }
                }
            }
            self.match_table[h as usize] = pos as u32;
        }
        if self.match_len > 0 && self.match_ptr >= pos {
            self.match_len = 0;
        }
        self.set_contexts();
    }

    /// Adds `byte` to the context without learning from it or coding it: used to tell the
    /// model what kind of string comes next.
    pub(crate) fn hint(&mut self, byte: u8) {
        debug_assert_eq!(self.bitpos, 0);
        self.end_byte(byte);
        self.predict();
    }
}
