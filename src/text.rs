//! The text as given, addressed by character offsets.
//!
//! Every later layer works on `Vec<char>` positions rather than UTF-8 byte positions: the
//! summary's offsets are character offsets (what JavaScript and Python users can reason
//! about), and indexing a `Vec<char>` keeps the scanning code free of boundary checks.
//! Paragraphs are runs of lines separated by a blank line; a lone line break inside a
//! paragraph is treated like a space by the quote layer but still ends a sentence.

/// The text with its paragraphs. Built once per analysis.
#[derive(Debug, Clone)]
pub struct Text {
    /// The characters exactly as given.
    pub chars: Vec<char>,
    /// Paragraphs as half-open character ranges, without the blank lines between them.
    pub paragraphs: Vec<(usize, usize)>,
}

impl Text {
    /// Splits `text` into characters and paragraphs. Linear time.
    pub fn new(text: &str) -> Text {
        let chars: Vec<char> = text.chars().collect();
        let paragraphs = split_paragraphs(&chars);
        Text { chars, paragraphs }
    }

    /// Number of characters.
    pub fn len(&self) -> usize {
        self.chars.len()
    }

    /// True for an empty text.
    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// The characters in `[start, end)` as a `String`.
    pub fn slice(&self, start: usize, end: usize) -> String {
        string_of(&self.chars[start.min(end)..end.min(self.chars.len())])
    }

    /// Index of the paragraph holding character `pos` (the next one when `pos` is between).
    pub fn paragraph_of(&self, pos: usize) -> usize {
        match self.paragraphs.binary_search_by(|&(s, e)| {
            if pos < s {
                std::cmp::Ordering::Greater
            } else if pos >= e {
                std::cmp::Ordering::Less
            } else {
                std::cmp::Ordering::Equal
            }
        }) {
            Ok(i) | Err(i) => i,
        }
    }
}

/// Characters as a `String` (the same as collecting them; faster for short runs of mostly
/// ASCII characters, such as words).
pub fn string_of(chars: &[char]) -> String {
    if chars.iter().all(char::is_ascii) {
        // One byte per character, copied without encoding each one.
        let bytes: Vec<u8> = chars.iter().map(|&c| c as u8).collect();
        // (ASCII is always UTF-8; the fallback only keeps `expect`'s error formatting out of
        // the WebAssembly build)
        return String::from_utf8(bytes).unwrap_or_else(|_| chars.iter().collect());
    }
    let mut s = String::with_capacity(chars.len());
    for &c in chars {
        s.push(c);
    }
    s
}

/// A line break for paragraph purposes: `\n`, `\r`, and the Unicode line/paragraph separators.
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}')
}

fn split_paragraphs(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_content_end = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if is_line_break(c) {
            // Look ahead: a blank line (only whitespace up to the next break) ends the paragraph.
            let mut j = i + 1;
            if c == '\r' && j < chars.len() && chars[j] == '\n' {
                j += 1;
            }
            let mut k = j;
            while k < chars.len() && chars[k].is_whitespace() && !is_line_break(chars[k]) {
                k += 1;
            }
            if k >= chars.len() || is_line_break(chars[k]) || c == '\u{2029}' {
                if let Some(s) = start.take() {
                    out.push((s, last_content_end));
                }
            }
            i = j;
            continue;
        }
        if !c.is_whitespace() {
            if start.is_none() {
                start = Some(i);
            }
            last_content_end = i + 1;
        }
        i += 1;
    }
    if let Some(s) = start {
        out.push((s, last_content_end));
    }
    out
}

/// Converts character offsets to UTF-16 code-unit offsets (what JavaScript strings use).
/// Returns a table `t` with `t[char_index] = utf16_index`, one longer than the text.
pub fn utf16_offsets(text: &str) -> Vec<usize> {
    let mut out = Vec::with_capacity(text.len() + 1);
    let mut n = 0;
    for c in text.chars() {
        out.push(n);
        n += c.len_utf16();
    }
    out.push(n);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let t = Text::new("Title\n\nFirst para\nstill first.\n\n  \nSecond.");
        let paras: Vec<String> = t.paragraphs.iter().map(|&(s, e)| t.slice(s, e)).collect();
        assert_eq!(paras, vec!["Title", "First para\nstill first.", "Second."]);
    }

    #[test]
    fn crlf_and_lone_cr() {
        let t = Text::new("A\r\n\r\nB\r\rC");
        let paras: Vec<String> = t.paragraphs.iter().map(|&(s, e)| t.slice(s, e)).collect();
        assert_eq!(paras, vec!["A", "B", "C"]);
    }

    #[test]
    fn paragraph_of_positions() {
        let t = Text::new("ab\n\ncd");
        assert_eq!(t.paragraph_of(0), 0);
        assert_eq!(t.paragraph_of(2), 1);
        assert_eq!(t.paragraph_of(5), 1);
    }

    #[test]
    fn utf16_table() {
        assert_eq!(utf16_offsets("a😀b"), vec![0, 1, 3, 4]);
    }
}
