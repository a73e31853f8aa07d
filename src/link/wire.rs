//! The logical layer of a link: a sequence of flags, unsigned numbers and text bytes, each
//! coded by the arithmetic coder with its own adaptive model, followed by a 16-bit check.
//!
//! The same generic code drives encoding and decoding (through [`BitCoder`]), so the two
//! cannot drift apart: the encoder passes the real value and gets it back, the decoder
//! passes a placeholder and gets the decoded value.

use super::coder::{Decoder, Encoder};
use super::model::{Counter, TextModel};
use super::preset;

/// Something that codes one binary decision.
pub(crate) trait BitCoder {
    /// Codes `bit` with probability `p / 4096` of a 1 and returns the bit coded: the given
    /// one when encoding, the decoded one when decoding.
    fn code(&mut self, bit: u32, p: u32) -> u32;
    /// True once a decoder ran past the end of its input.
    fn overrun(&self) -> bool;
}

impl BitCoder for Encoder {
    #[inline(always)]
    fn code(&mut self, bit: u32, p: u32) -> u32 {
        self.encode(bit, p);
        bit
    }
    fn overrun(&self) -> bool {
        false
    }
}

impl BitCoder for Decoder {
    #[inline(always)]
    fn code(&mut self, _bit: u32, p: u32) -> u32 {
        self.decode(p)
    }
    fn overrun(&self) -> bool {
        Decoder::overrun(self)
    }
}

/// What went wrong below the level of the summary structure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Fault {
    Truncated,
    NumberTooLarge,
    BadUtf8,
    Checksum,
    TooLong(u64),
    TooMany,
    Invalid(String),
}

/// Numbers are unary-coded bit lengths (Elias gamma) with adaptive probabilities; numbers
/// of more than this many bits are refused when decoding.
const MAX_NUMBER_BITS: usize = 62;

/// Adaptive models for the numbers of one field.
#[derive(Clone)]
struct NumberModel {
    /// Probability that the bit length goes on past `i` bits.
    more: [Counter; 66],
    /// The two bits after the leading one, by bit length (capped) and tree node.
    top: [[Counter; 3]; 24],
}

impl NumberModel {
    fn new() -> Self {
        NumberModel {
            more: [Counter::NEW; 66],
            top: [[Counter::NEW; 3]; 24],
        }
    }
}

/// Number of distinct number fields and flag fields a wire has models for.
pub(crate) const FIELDS: usize = 48;

/// The coder plus every model: one per link.
pub(crate) struct Wire<C: BitCoder> {
    pub(crate) coder: C,
    text: Box<TextModel>,
    numbers: Vec<NumberModel>,
    flags: Vec<Counter>,
    check: u32,
}

impl<C: BitCoder> Wire<C> {
    /// A wire whose text model has read the built-in preset.
    pub(crate) fn new(coder: C) -> Self {
        let text = preset::primed_model();
        Wire {
            coder,
            text,
            numbers: vec![NumberModel::new(); FIELDS],
            flags: vec![Counter::NEW; FIELDS],
            check: 0x811C_9DC5,
        }
    }

    #[inline(always)]
    fn bit(&mut self, bit: u32, p: u32) -> u32 {
        let b = self.coder.code(bit, p);
        self.check = (self.check ^ (b + 1)).wrapping_mul(0x0100_0193);
        b
    }

    fn guard(&self) -> Result<(), Fault> {
        if self.coder.overrun() {
            Err(Fault::Truncated)
        } else {
            Ok(())
        }
    }

    /// A yes/no value of `field`.
    pub(crate) fn flag(&mut self, field: usize, value: bool) -> Result<bool, Fault> {
        let c = self.flags[field];
        let b = self.bit(u32::from(value), c.p12());
        self.flags[field].update(b);
        self.guard()?;
        Ok(b != 0)
    }

    /// An unsigned number of `field`.
    pub(crate) fn number(&mut self, field: usize, value: u64) -> Result<u64, Fault> {
        let m = u128::from(value) + 1;
        let len = (128 - m.leading_zeros()) as usize; // 1..=65
        let mut got_len = 1usize;
        loop {
            let i = got_len - 1;
            let c = self.numbers[field].more[i];
            let b = self.bit(u32::from(got_len < len), c.p12());
            self.numbers[field].more[i].update(b);
            if b == 0 {
                break;
            }
            got_len += 1;
            if got_len > MAX_NUMBER_BITS {
                return Err(Fault::NumberTooLarge);
            }
            self.guard()?;
        }
        let mut got: u64 = 1;
        let row = got_len.min(24) - 1;
        for j in (0..got_len - 1).rev() {
            let want = ((m >> j) & 1) as u32;
            let depth = got_len - 2 - j;
            let b = if depth < 2 {
                let node = (got as usize & 1) * depth + depth;
                let c = self.numbers[field].top[row][node];
                let b = self.bit(want, c.p12());
                self.numbers[field].top[row][node].update(b);
                b
            } else {
                self.bit(want, 2048)
            };
            got = (got << 1) | u64::from(b);
        }
        self.guard()?;
        Ok(got - 1)
    }

    /// One byte of text, coded with the text model.
    pub(crate) fn byte(&mut self, value: u8) -> Result<u8, Fault> {
        let mut got = 0u8;
        for i in (0..8).rev() {
            let p = self.text.p();
            let b = self.bit(u32::from(value >> i) & 1, p);
            self.text.update(b);
            got = (got << 1) | b as u8;
        }
        self.guard()?;
        Ok(got)
    }

    /// Tells the text model what comes next without coding anything.
    pub(crate) fn hint(&mut self, byte: u8) {
        self.text.hint(byte);
    }

    /// Codes the 16-bit check of everything coded so far.
    pub(crate) fn seal(&mut self) -> Result<(), Fault> {
        let h = self.check;
        let want = (h ^ (h >> 16)) & 0xffff;
        let mut got = 0u32;
        for i in (0..16).rev() {
            got = (got << 1) | self.bit((want >> i) & 1, 2048);
        }
        self.guard()?;
        if got == want {
            Ok(())
        } else {
            Err(Fault::Checksum)
        }
    }
}

impl Wire<Encoder> {
    /// Writes a string: hint byte, length in characters, then its UTF-8 bytes.
    pub(crate) fn put_str(&mut self, field: usize, hint: u8, s: &str) {
        self.hint(hint);
        let _ = self.number(field, s.chars().count() as u64);
        for &b in s.as_bytes() {
            let _ = self.byte(b);
        }
    }

    pub(crate) fn finish(self) -> String {
        self.coder.finish()
    }
}

/// Limits on what one decoded link may allocate.
pub(crate) struct Budget {
    pub(crate) chars: u64,
    pub(crate) items: u64,
}

impl Budget {
    pub(crate) fn take_items(&mut self, n: u64) -> Result<(), Fault> {
        if n > self.items {
            return Err(Fault::TooMany);
        }
        self.items -= n;
        Ok(())
    }
}

impl Wire<Decoder> {
    /// Reads `chars` characters of UTF-8 text (the count already decoded and checked).
    pub(crate) fn get_chars(&mut self, chars: u64, out: &mut String) -> Result<(), Fault> {
        let mut buf = [0u8; 4];
        for _ in 0..chars {
            let lead = self.byte(0)?;
            let width = match lead {
                0x00..=0x7F => 1,
                0xC2..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF4 => 4,
                _ => return Err(Fault::BadUtf8),
            };
            buf[0] = lead;
            for slot in buf.iter_mut().take(width).skip(1) {
                *slot = self.byte(0)?;
            }
            match std::str::from_utf8(&buf[..width]) {
                Ok(s) => out.push_str(s),
                Err(_) => return Err(Fault::BadUtf8),
            }
        }
        Ok(())
    }

    /// Reads a string written by [`Wire::put_str`].
    pub(crate) fn get_str(
        &mut self,
        field: usize,
        hint: u8,
        budget: &mut Budget,
    ) -> Result<String, Fault> {
        self.hint(hint);
        let n = self.number(field, 0)?;
        if n > budget.chars {
            return Err(Fault::TooLong(n));
        }
        budget.chars -= n;
        let mut s = String::with_capacity(n.min(4096) as usize);
        self.get_chars(n, &mut s)?;
        Ok(s)
    }
}
