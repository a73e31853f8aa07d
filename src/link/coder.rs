//! Binary arithmetic coder writing and reading single bits, and the base64url packing of
//! those bits into link characters.
//!
//! The coder keeps an interval `[x1, x2]` of 32-bit numbers. Coding a bit with probability
//! `p` (12 bits, `P(bit = 1) = p / 4096`) splits the interval at
//! `x1 + (x2 - x1) * p / 4096`; the lower part stands for `1`. Whenever the top bits of `x1`
//! and `x2` agree they are final and are shifted out. At the end the shortest bit string
//! that, padded with zero bits, lies inside the interval is written. Everything is integer
//! arithmetic, so native and WebAssembly builds produce the same bits.

/// Probabilities handed to the coder are 12-bit: `1..=4095` out of 4096.
pub(crate) const PROB_BITS: u32 = 12;
/// The most confident probability a decision may have: this bounds how much text one link
/// bit can stand for (at least 0.00035 bits per decision), which the decoder relies on.
pub(crate) const PROB_MAX: u32 = (1 << PROB_BITS) - 1;

/// The 64 link characters, in the order of their 6-bit values (RFC 4648 `base64url`).
pub(crate) const ALPHABET: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn char_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

/// Splits `[x1, x2]` for a decision whose probability of `1` is `p / 4096`.
#[inline(always)]
fn split(x1: u32, x2: u32, p: u32) -> u32 {
    let p = p.clamp(1, PROB_MAX);
    x1 + ((u64::from(x2 - x1) * u64::from(p)) >> PROB_BITS) as u32
}

/// The shortest flush: `(k, v)` where `v` is the value in `[x1, x2]` whose low `32 - k`
/// bits are zero, with `k` as small as possible.
fn flush_value(x1: u32, x2: u32) -> (u32, u32) {
    for k in 0..=32u32 {
        let step: u64 = 1u64 << (32 - k);
        let v = (u64::from(x1) + step - 1) & !(step - 1);
        if v <= u64::from(x2) {
            return (k, v as u32);
        }
    }
    // k = 32 always succeeds (v = x1), so this is never reached.
    (32, x1)
}

/// Arithmetic encoder producing a bit string.
pub(crate) struct Encoder {
    x1: u32,
    x2: u32,
    bits: Vec<u8>,
    nbits: usize,
}

impl Encoder {
    pub(crate) fn new() -> Self {
        Encoder {
            x1: 0,
            x2: u32::MAX,
            bits: Vec::new(),
            nbits: 0,
        }
    }

    #[inline(always)]
    fn push_bit(&mut self, bit: u32) {
        if self.nbits % 8 == 0 {
            self.bits.push(0);
        }
        if bit != 0 {
            let last = self.bits.len() - 1;
            self.bits[last] |= 0x80 >> (self.nbits % 8);
        }
        self.nbits += 1;
    }

    /// Codes `bit` (0 or 1) whose probability of being 1 is `p / 4096`.
    #[inline(always)]
    pub(crate) fn encode(&mut self, bit: u32, p: u32) {
        let xmid = split(self.x1, self.x2, p);
        if bit != 0 {
            self.x2 = xmid;
        } else {
            self.x1 = xmid + 1;
        }
        while (self.x1 ^ self.x2) & 0x8000_0000 == 0 {
            self.push_bit(self.x2 >> 31);
            self.x1 <<= 1;
            self.x2 = (self.x2 << 1) | 1;
        }
    }

    /// Ends the stream and returns its bits (most significant first) and their number.
    pub(crate) fn finish_bits(mut self) -> (Vec<u8>, usize) {
        let (k, v) = flush_value(self.x1, self.x2);
        for i in 0..k {
            self.push_bit((v >> (31 - i)) & 1);
        }
        (self.bits, self.nbits)
    }

    /// Ends the stream and returns it as link characters.
    pub(crate) fn finish(self) -> String {
        let (bits, nbits) = self.finish_bits();
        let mut out = String::with_capacity(nbits.div_ceil(6));
        for group in 0..nbits.div_ceil(6) {
            let mut value = 0usize;
            for i in 0..6 {
                let pos = group * 6 + i;
                let bit = if pos < nbits {
                    (bits[pos / 8] >> (7 - pos % 8)) & 1
                } else {
                    0
                };
                value = (value << 1) | usize::from(bit);
            }
            out.push(char::from(ALPHABET[value]));
        }
        out
    }
}

/// Why the bit layer refused its input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BitError {
    /// A character outside the alphabet, at this (0-based) character position.
    BadChar(usize, char),
    /// The decoder needed more bits than the link has.
    Truncated,
    /// The link goes on after the end of the coded stream, or its last bits are not the
    /// ones the encoder writes.
    Trailing,
}

/// Arithmetic decoder reading link characters.
pub(crate) struct Decoder {
    x1: u32,
    x2: u32,
    x: u32,
    values: Vec<u8>,
    /// Bits shifted out of the interval so far (the encoder wrote exactly these).
    shifts: usize,
    overrun: bool,
}

impl Decoder {
    /// Checks the characters and starts decoding.
    pub(crate) fn new(payload: &str) -> Result<Self, BitError> {
        let mut values = Vec::with_capacity(payload.len());
        for (i, c) in payload.chars().enumerate() {
            match u8::try_from(c).ok().and_then(char_value) {
                Some(v) => values.push(v),
                None => return Err(BitError::BadChar(i, c)),
            }
        }
        Ok(Self::from_values(values))
    }

    /// Starts decoding bytes (most significant bit first); used for the built-in preset.
    pub(crate) fn from_bytes(bytes: &[u8]) -> Self {
        let nbits = bytes.len() * 8;
        let values = (0..nbits.div_ceil(6))
            .map(|g| {
                (0..6).fold(0u8, |v, i| {
                    let pos = g * 6 + i;
                    let bit = bytes.get(pos / 8).map_or(0, |b| (b >> (7 - pos % 8)) & 1);
                    (v << 1) | bit
                })
            })
            .collect();
        Self::from_values(values)
    }

    fn from_values(values: Vec<u8>) -> Self {
        let mut d = Decoder {
            x1: 0,
            x2: u32::MAX,
            x: 0,
            values,
            shifts: 0,
            overrun: false,
        };
        for pos in 0..32 {
            d.x = (d.x << 1) | d.bit_at(pos);
        }
        d
    }

    /// Number of payload bits.
    pub(crate) fn input_bits(&self) -> usize {
        self.values.len() * 6
    }

    #[inline(always)]
    fn bit_at(&self, pos: usize) -> u32 {
        match self.values.get(pos / 6) {
            Some(v) => u32::from((v >> (5 - pos % 6)) & 1),
            None => 0,
        }
    }

    /// Decodes one bit coded with probability `p / 4096` of being 1.
    #[inline(always)]
    pub(crate) fn decode(&mut self, p: u32) -> u32 {
        let xmid = split(self.x1, self.x2, p);
        let bit = if self.x <= xmid {
            self.x2 = xmid;
            1
        } else {
            self.x1 = xmid + 1;
            0
        };
        while (self.x1 ^ self.x2) & 0x8000_0000 == 0 {
            self.x1 <<= 1;
            self.x2 = (self.x2 << 1) | 1;
            self.x = (self.x << 1) | self.bit_at(self.shifts + 32);
            self.shifts += 1;
        }
        if self.shifts > self.values.len() * 6 {
            self.overrun = true;
        }
        bit
    }

    /// True once the decoder has read past the end of the link: the link is cut short.
    #[inline(always)]
    pub(crate) fn overrun(&self) -> bool {
        self.overrun
    }

    /// Checks that the link ends exactly where the encoder would have ended it.
    pub(crate) fn finish(&self) -> Result<(), BitError> {
        if self.overrun {
            return Err(BitError::Truncated);
        }
        let (k, v) = flush_value(self.x1, self.x2);
        let end = self.shifts + k as usize;
        if end > self.values.len() * 6 {
            return Err(BitError::Truncated);
        }
        if self.x != v || self.values.len() != end.div_ceil(6) {
            return Err(BitError::Trailing);
        }
        if (end..self.values.len() * 6).any(|pos| self.bit_at(pos) != 0) {
            return Err(BitError::Trailing);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_round_trip_with_skewed_probabilities() {
        let mut seed = 12345u32;
        let mut next = || {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            seed >> 16
        };
        let decisions: Vec<(u32, u32)> = (0..5000)
            .map(|_| {
                let p = next() % 4097;
                let bit = u32::from(next() % 4096 < p);
                (bit, p)
            })
            .collect();
        let mut e = Encoder::new();
        for &(bit, p) in &decisions {
            e.encode(bit, p);
        }
        let s = e.finish();
        let mut d = Decoder::new(&s).unwrap();
        for &(bit, p) in &decisions {
            assert_eq!(d.decode(p), bit);
        }
        d.finish().unwrap();
        let mut longer = s.clone();
        longer.push('A');
        let mut d = Decoder::new(&longer).unwrap();
        for &(_, p) in &decisions {
            d.decode(p);
        }
        assert_eq!(d.finish(), Err(BitError::Trailing));
    }
}
