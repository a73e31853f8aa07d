//! Words, punctuation and sentences.
//!
//! A deliberately small tokenizer tuned for news prose: it keeps names whole ("Jong-un",
//! "O'Brien", "U.S.", "Erdoğan"), splits the possessive ("Putin's" → "Putin" + "'s") so that
//! names match their bare form, and keeps every punctuation mark as its own token because
//! the quote layer needs to see commas and colons next to quotation marks.
//!
//! Sentences end at `.`, `!`, `?` (optionally followed by closing quotes or brackets) before
//! a capital letter or an opening quote, unless the word before is a known abbreviation or a
//! single initial; a line break always ends a sentence, so headlines and datelines stay
//! apart from the body.

use std::borrow::Cow;

use crate::text::{is_line_break, Text};

/// [`str::to_lowercase`] that borrows a word already in lower case (most words of running
/// text) instead of copying it.
pub trait Lower {
    fn lower_cow(&self) -> Cow<'_, str>;
}

impl Lower for str {
    fn lower_cow(&self) -> Cow<'_, str> {
        if self
            .bytes()
            .any(|b| !b.is_ascii() || b.is_ascii_uppercase())
        {
            Cow::Owned(self.to_lowercase())
        } else {
            Cow::Borrowed(self)
        }
    }
}

/// Broad class of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters, possibly with digits, inner hyphens, apostrophes or dots.
    Word,
    /// Starts with a digit.
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// One token: a character range of the text and its string.
#[derive(Debug, Clone)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: TokKind,
    /// Whitespace (or the text start) precedes the token.
    pub space_before: bool,
    /// A line break lies between this token and the previous one.
    pub line_before: bool,
    /// First token of its sentence.
    pub sent_start: bool,
    /// Index of the sentence holding the token.
    pub sent: usize,
    /// Index of the paragraph holding the token.
    pub para: usize,
}

impl Token {
    /// First character is an uppercase letter.
    pub fn is_cap(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_uppercase())
    }

    /// Every letter is uppercase and there are at least two letters ("NATO", "U.S.").
    pub fn is_all_caps(&self) -> bool {
        let mut letters = 0;
        for c in self.text.chars() {
            if c.is_lowercase() {
                return false;
            }
            if c.is_alphabetic() {
                letters += 1;
            }
        }
        letters >= 2
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    /// The token is this punctuation character.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct && self.text.starts_with(c) && self.text.len() == c.len_utf8()
    }

    /// The token's text lowercased.
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }
}

/// A sentence as a range of token indices, and its character range.
#[derive(Debug, Clone, Copy)]
pub struct Sentence {
    pub tok_start: usize,
    pub tok_end: usize,
    pub start: usize,
    pub end: usize,
    /// The sentence is a headline-like line: the whole paragraph, no final punctuation.
    pub headline: bool,
}

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "sgt", "capt", "cpt", "maj", "adm",
    "rep", "sen", "gov", "rev", "fr", "jr", "sr", "no", "nos", "vs", "etc", "inc", "ltd", "co",
    "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mt", "ft", "pres", "supt", "insp", "det", "cmdr", "hon", "messrs", "mme", "mlle", "approx",
    "dept", "est", "fig", "al",
];

/// Is this word (without its final period) an abbreviation that takes a period?
pub fn is_abbreviation(word: &str) -> bool {
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Apostrophes that may sit inside a word.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '`')
}

/// Hyphens that may join the parts of a word.
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Tokenizes the text and splits it into sentences.
pub fn tokenize(text: &Text) -> (Vec<Token>, Vec<Sentence>) {
    let chars = &text.chars;
    let n = chars.len();
    let mut tokens: Vec<Token> = Vec::with_capacity(n / 5 + 1);
    let mut i = 0;
    let mut space_before = true;
    let mut line_before = false;
    let mut para = 0;
    while i < n {
        let c = chars[i];
        if c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}' || c == '\u{200D}' {
            space_before = true;
            if is_line_break(c) {
                line_before = true;
            }
            i += 1;
            continue;
        }
        while para + 1 < text.paragraphs.len() && text.paragraphs[para].1 <= i {
            para += 1;
        }
        let start = i;
        let kind;
        if is_word_char(c) {
            kind = if c.is_ascii_digit() {
                TokKind::Number
            } else {
                TokKind::Word
            };
            i = scan_word(chars, i, kind == TokKind::Number);
        } else if is_apostrophe(c)
            && i > 0
            && is_word_char(chars[i - 1])
            && matches!(chars.get(i + 1), Some('s' | 'S'))
            && chars.get(i + 2).is_none_or(|a| !a.is_alphanumeric())
        {
            // The possessive "'s" is one token.
            kind = TokKind::Punct;
            i += 2;
        } else {
            kind = TokKind::Punct;
            i += 1;
        }
        let tok_text = crate::text::string_of(&chars[start..i]);
        tokens.push(Token {
            start,
            end: i,
            text: tok_text,
            kind,
            space_before,
            line_before,
            sent_start: false,
            sent: 0,
            para,
        });
        space_before = false;
        line_before = false;
    }
    let sentences = split_sentences(text, &mut tokens);
    (tokens, sentences)
}

/// Scans one word from `i`; returns its end.
fn scan_word(chars: &[char], mut i: usize, number: bool) -> usize {
    let n = chars.len();
    let start = i;
    loop {
        while i < n && is_word_char(chars[i]) {
            i += 1;
        }
        if i + 1 >= n {
            break;
        }
        let c = chars[i];
        let next = chars[i + 1];
        if is_hyphen(c) && is_word_char(next) && !number {
            // "anti-Pyongyang", "pro-Russian": a lowercase prefix stays apart from a name.
            let prefix: String = chars[start..i].iter().collect();
            let prefix_lower = chars[start].is_lowercase()
                && chars[start..i].iter().all(|ch| ch.is_alphabetic())
                && !matches!(
                    prefix.as_str(),
                    "al" | "el"
                        | "bin"
                        | "ibn"
                        | "abu"
                        | "ben"
                        | "de"
                        | "da"
                        | "di"
                        | "van"
                        | "von"
                        | "le"
                        | "la"
                        | "du"
                        | "d"
                        | "o"
                        | "mc"
                        | "ould"
                        | "ul"
                );
            if prefix_lower && next.is_uppercase() {
                break;
            }
            i += 1;
            continue;
        }
        if is_apostrophe(c) && next.is_alphabetic() && !number {
            // Possessive 's / ’s ends the word: "Putin's" → "Putin" + "'s".
            let after = chars.get(i + 2).copied();
            let possessive =
                (next == 's' || next == 'S') && after.is_none_or(|a| !a.is_alphanumeric());
            if possessive {
                break;
            }
            i += 1;
            continue;
        }
        if number && (c == '.' || c == ',') && next.is_ascii_digit() {
            i += 1;
            continue;
        }
        if c == '.' && !number && next.is_ascii_lowercase() {
            // "Secunia.com", "bbc.co.uk": a domain name is one word.
            let mut k = i + 1;
            while k < n && chars[k].is_ascii_lowercase() {
                k += 1;
            }
            let tld: String = chars[i + 1..k].iter().collect();
            if matches!(
                tld.as_str(),
                "com" | "org" | "net" | "gov" | "edu" | "co" | "uk" | "io" | "info"
            ) && chars.get(k).is_none_or(|c| !c.is_alphanumeric())
            {
                i = k;
                continue;
            }
        }
        if c == '.' && !number {
            // "U.S.", "U.K.", "e.g.": single letters joined by dots.
            let part_len = i - chars[start..i]
                .iter()
                .rposition(|&ch| ch == '.')
                .map_or(start, |p| start + p + 1);
            if part_len == 1 && next.is_alphabetic() && chars.get(i + 2) == Some(&'.') {
                i += 1;
                continue;
            }
            if part_len == 1 && i > start + 1 && chars[start..i].contains(&'.') {
                // Final dot of "U.S." belongs to the word.
                i += 1;
                break;
            }
        }
        break;
    }
    i
}

fn is_closing_punct(t: &Token) -> bool {
    t.kind == TokKind::Punct
        && matches!(
            t.text.as_str(),
            "\"" | "”" | "’" | "'" | "»" | ")" | "]" | "›" | "」" | "“"
        )
}

fn split_sentences(text: &Text, tokens: &mut [Token]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let n = tokens.len();
    let mut i = 0;
    while i < n {
        let mut end_here = None;
        if i + 1 < n && tokens[i + 1].line_before {
            end_here = Some(i + 1);
        } else if tokens[i].kind == TokKind::Punct
            && matches!(tokens[i].text.as_str(), "." | "!" | "?" | "…")
        {
            let mut j = i + 1;
            while j < n && is_closing_punct(&tokens[j]) && !tokens[j].space_before {
                j += 1;
            }
            let abbrev = tokens[i].text == "."
                && i > 0
                && !tokens[i].space_before
                && tokens[i - 1].is_word()
                && (is_abbreviation(&tokens[i - 1].text)
                    || (tokens[i - 1].text.chars().count() == 1 && tokens[i - 1].is_cap()));
            if j >= n {
                end_here = Some(n);
            } else if !abbrev && tokens[j].space_before {
                let next = &tokens[j];
                let first = next.text.chars().next().unwrap_or(' ');
                if first.is_uppercase() || first.is_ascii_digit() || next.kind == TokKind::Punct {
                    end_here = Some(j);
                }
            }
        }
        if let Some(e) = end_here {
            push_sentence(text, tokens, &mut sentences, start, e);
            start = e;
            i = e;
        } else {
            i += 1;
        }
    }
    if start < n {
        push_sentence(text, tokens, &mut sentences, start, n);
    }
    sentences
}

fn push_sentence(
    text: &Text,
    tokens: &mut [Token],
    sentences: &mut Vec<Sentence>,
    s: usize,
    e: usize,
) {
    if s >= e {
        return;
    }
    let idx = sentences.len();
    for t in &mut tokens[s..e] {
        t.sent = idx;
    }
    tokens[s].sent_start = true;
    let start = tokens[s].start;
    let end = tokens[e - 1].end;
    let para = tokens[s].para;
    let whole_para = text
        .paragraphs
        .get(para)
        .is_some_and(|&(ps, pe)| ps == start && pe == end);
    let last = &tokens[e - 1];
    let ends_with_stop = last.kind == TokKind::Punct
        && matches!(
            last.text.as_str(),
            "." | "!" | "?" | "…" | ":" | "\"" | "”" | "»"
        );
    let headline = whole_para && !ends_with_stop && e - s <= 25;
    sentences.push(Sentence {
        tok_start: s,
        tok_end: e,
        start,
        end,
        headline,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        let t = Text::new(s);
        tokenize(&t).0.into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn keeps_names_whole_and_splits_possessives() {
        assert_eq!(
            words("Kim Jong-un's O'Brien U.S. Erdoğan’s don't"),
            vec!["Kim", "Jong-un", "'s", "O'Brien", "U.S.", "Erdoğan", "’s", "don't"]
        );
    }

    #[test]
    fn numbers_keep_separators() {
        assert_eq!(
            words("£80,000 and 1.26%"),
            vec!["£", "80,000", "and", "1.26", "%"]
        );
    }

    #[test]
    fn sentences_respect_abbreviations_and_initials() {
        let t =
            Text::new("Mr. Smith met J. Doe in the U.S. on Monday. He left. \"Yes.\" She said.");
        let (_, sents) = tokenize(&t);
        let texts: Vec<String> = sents.iter().map(|s| t.slice(s.start, s.end)).collect();
        assert_eq!(
            texts,
            vec![
                "Mr. Smith met J. Doe in the U.S. on Monday.",
                "He left.",
                "\"Yes.\"",
                "She said."
            ]
        );
    }

    #[test]
    fn headline_lines_are_marked() {
        let t = Text::new("Bellamy fined after row\n\nNewcastle have fined him.");
        let (_, sents) = tokenize(&t);
        assert!(sents[0].headline);
        assert!(!sents[1].headline);
    }
}
