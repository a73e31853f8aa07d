//! The built-in preset: general English and news text that the text model reads before
//! every link, so that even a short article is coded by a model that already knows common
//! words, names and phrasing.
//!
//! The text (`preset/v1.txt`, written for this purpose) is not compiled in. What is compiled
//! in is `preset/v1.bin`: that text coded by the link coder itself with a fresh model (a
//! 4-byte little-endian byte count, then the coded bits). Decoding it *is* priming: the
//! decoder trains the model on every bit it decodes, exactly as learning the text would.
//! The blob is under a third of the text's size.
//!
//! Frozen: changing one byte of the preset changes every v1 link. The unit tests check that
//! the blob decodes to `v1.txt`; `LINK_WRITE_PRESET=1 cargo test --lib preset` rewrites
//! the blob from the text (only ever for a new format version).

use super::coder::Decoder;
use super::model::TextModel;

const PRESET_V1: &[u8] = include_bytes!("preset/v1.bin");

/// A fresh text model that has learnt the v1 preset.
///
/// Natively the primed model is kept and cloned (tests and tools open many links); in
/// WebAssembly, where a page opens one link, it is primed afresh and nothing stays in
/// memory. Both give the same model.
pub(crate) fn primed_model() -> Box<TextModel> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        static PRIMED: std::sync::OnceLock<Box<TextModel>> = std::sync::OnceLock::new();
        PRIMED
            .get_or_init(|| {
                let mut m = Box::new(TextModel::new());
                prime(&mut m);
                m
            })
            .clone()
    }
    #[cfg(target_arch = "wasm32")]
    {
        let mut m = Box::new(TextModel::new());
        prime(&mut m);
        m
    }
}

/// Lets the model learn the v1 preset by decoding it.
fn prime(model: &mut TextModel) {
    let len = match PRESET_V1.get(..4) {
        Some(b) => u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize,
        None => return,
    };
    let mut dec = Decoder::from_bytes(&PRESET_V1[4..]);
    for _ in 0..len * 8 {
        let bit = dec.decode(model.p());
        model.update(bit);
    }
}

#[cfg(test)]
mod tests {
    use super::super::coder::Encoder;
    use super::*;

    const TEXT: &str = include_str!("preset/v1.txt");

    fn compress(text: &[u8]) -> Vec<u8> {
        let mut model = TextModel::new();
        let mut enc = Encoder::new();
        for &byte in text {
            for i in (0..8).rev() {
                let bit = u32::from(byte >> i) & 1;
                enc.encode(bit, model.p());
                model.update(bit);
            }
        }
        let (bits, _) = enc.finish_bits();
        let mut out = (text.len() as u32).to_le_bytes().to_vec();
        out.extend_from_slice(&bits);
        out
    }

    #[test]
    fn preset_blob_is_the_coded_text() {
        let blob = compress(TEXT.as_bytes());
        if std::env::var_os("LINK_WRITE_PRESET").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/link/preset/v1.bin");
            std::fs::write(path, &blob).unwrap();
        }
        assert_eq!(
            blob, PRESET_V1,
            "preset/v1.bin is not the coded preset/v1.txt"
        );
        // Decoding the blob yields the text: priming equals learning the text.
        let mut model = TextModel::new();
        let mut dec = Decoder::from_bytes(&PRESET_V1[4..]);
        let mut out = Vec::new();
        for _ in 0..TEXT.len() {
            let mut byte = 0u8;
            for _ in 0..8 {
                let bit = dec.decode(model.p());
                model.update(bit);
                byte = (byte << 1) | bit as u8;
            }
            out.push(byte);
        }
        assert_eq!(out, TEXT.as_bytes());
    }
}
