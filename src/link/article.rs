//! Article links (`a1.`): the text's length in characters, then its UTF-8 bytes, then the
//! check.

use super::coder::{Decoder, Encoder};
use super::wire::{Fault, Wire};
use super::MAX_TEXT_CHARS;

/// Wire field of the character count.
const F_CHARS: usize = 0;

/// A coded decision can be at most 4095/4096 likely, so each coded byte costs at least
/// 8 × 0.00035 bits: one link bit stands for fewer than 360 characters. A declared length
/// beyond this many characters per payload bit (plus the coder's 32-bit window) cannot be
/// honest, and is refused before anything is allocated or decoded.
const MAX_CHARS_PER_BIT: u64 = 400;

pub(crate) fn encode_payload(text: &str) -> String {
    let mut w = Wire::new(Encoder::new());
    write(&mut w, text);
    w.finish()
}

/// Writes the article stream; also used by the raw builder of the tests.
pub(crate) fn write(w: &mut Wire<Encoder>, text: &str) {
    let _ = w.number(F_CHARS, text.chars().count() as u64);
    for &b in text.as_bytes() {
        let _ = w.byte(b);
    }
    let _ = w.seal();
}

pub(crate) fn write_raw(w: &mut Wire<Encoder>, declared_chars: u64, bytes: &[u8]) {
    let _ = w.number(F_CHARS, declared_chars);
    for &b in bytes {
        let _ = w.byte(b);
    }
    let _ = w.seal();
}

pub(crate) fn decode_payload(dec: Decoder) -> Result<(String, Decoder), Fault> {
    let input_bits = dec.input_bits() as u64;
    let mut w = Wire::new(dec);
    let n = w.number(F_CHARS, 0)?;
    if n > MAX_TEXT_CHARS as u64 {
        return Err(Fault::TooLong(n));
    }
    if n > (input_bits + 64) * MAX_CHARS_PER_BIT {
        return Err(Fault::Invalid(format!(
            "it claims a text of {n} characters, far more than {} link characters can hold",
            input_bits / 6
        )));
    }
    let mut text = String::with_capacity(n as usize);
    w.get_chars(n, &mut text)?;
    w.seal()?;
    Ok((text, w.coder))
}
