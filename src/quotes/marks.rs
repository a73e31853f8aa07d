//! Pairing quotation marks on real, damaged news text.
//!
//! Marks are not reliably paired in the wild: “…“ and ” …” appear, closing marks go
//! missing, paragraphs of one long quote each reopen with a mark and only the last one
//! closes, and pasted text often glues those paragraphs together (`… club. "No one …`).
//! So instead of trusting the glyph (“ opens, ” closes) the scanner looks at what stands on
//! each side of a mark: a space before and a letter after opens, a letter or punctuation
//! before and a space after closes, and the glyph only breaks ties. While a quote is open,
//! a mark that clearly opens a new sentence (after `.`, `!` or `?`, before a capital) starts
//! a new quote rather than nesting, because that is what a lost paragraph break looks like;
//! a mark that opens mid-sentence nests (`he was going to "fake" an injury`).
//!
//! Single marks (‘ ’ ' ‚ ‹ ›) double as apostrophes, so they only open where an apostrophe
//! cannot be (after a space, before a letter; not "‘90s") and must close within the paragraph.

use crate::doc::QuoteSpan;
use crate::text::Text;
use crate::tokens::Sentence;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Double,
    Single,
}

fn family(c: char) -> Option<Family> {
    match c {
        '"' | '“' | '”' | '„' | '«' | '»' | '「' | '」' | '『' | '』' | '＂' => {
            Some(Family::Double)
        }
        '\'' | '‘' | '’' | '‚' | '‹' | '›' => Some(Family::Single),
        _ => None,
    }
}

/// Glyph preference: +1 opens, -1 closes, 0 either.
fn glyph_bias(c: char) -> i8 {
    match c {
        '“' | '„' | '«' | '「' | '『' | '‘' | '‚' | '‹' => 1,
        '”' | '»' | '」' | '』' | '’' | '›' => -1,
        _ => 0,
    }
}

fn is_space_or_edge(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | '/'))
}

fn is_closing_context(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '—' | '–' | '-' | '…'
            )
            || family(c).is_some()
    })
}

/// How a mark looks from its neighbours.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Shape {
    Opens,
    Closes,
    Ambiguous,
}

fn shape(chars: &[char], i: usize) -> Shape {
    let before = if i > 0 { Some(chars[i - 1]) } else { None };
    let after = chars.get(i + 1).copied();
    let open_ctx = is_space_or_edge(before) || before.is_some_and(|b| family(b).is_some());
    let close_ctx = is_closing_context(after);
    let after_space = after.is_none_or(|a| a.is_whitespace());
    let before_space = before.is_none_or(|b| b.is_whitespace());
    if before_space && after_space {
        // " – " standing alone: decided by the scanner's state, not by the glyph.
        return Shape::Ambiguous;
    }
    match (open_ctx && !after_space, close_ctx && !open_ctx) {
        (true, false) => Shape::Opens,
        (false, true) => Shape::Closes,
        _ => match glyph_bias(chars[i]) {
            1 => Shape::Opens,
            -1 => Shape::Closes,
            _ => Shape::Ambiguous,
        },
    }
}

/// A single mark that is really an apostrophe: "don’t", "allies’", "‘90s", "rock ’n’ roll".
fn is_apostrophe_use(chars: &[char], i: usize) -> bool {
    let before = if i > 0 { Some(chars[i - 1]) } else { None };
    let after = chars.get(i + 1).copied();
    let letter = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    if letter(before) && letter(after) {
        return true;
    }
    // ‘90s, ’em
    if after.is_some_and(|a| a.is_ascii_digit()) {
        let mut j = i + 1;
        while j < chars.len() && chars[j].is_ascii_digit() {
            j += 1;
        }
        if chars.get(j) == Some(&'s') || j - i - 1 == 2 {
            return true;
        }
    }
    false
}

/// Finds every quotation (top-level and nested) in the text, sorted by opening offset.
pub fn find_spans(text: &Text, sentences: &[Sentence]) -> Vec<QuoteSpan> {
    let chars = &text.chars;
    let mut out: Vec<QuoteSpan> = Vec::new();
    // An unclosed double quote whose next paragraph reopens with a mark.
    let mut carried = false;
    // An opening mark that ends its paragraph ("… said. “¶I think …”"): the quote opens
    // with the next paragraph's text.
    let mut dangling: Option<usize> = None;
    let paras = &text.paragraphs;
    // Past the closing mark of a quote that ran over paragraphs without reopening marks.
    let mut skip_to = 0;
    for (pi, &(ps, pe)) in paras.iter().enumerate() {
        if pe <= skip_to {
            continue;
        }
        // A carried quote goes on from the reopening mark at the paragraph start.
        let continues = std::mem::take(&mut carried);
        let held = dangling.take();
        let mut open: Option<usize> = if continues { Some(ps) } else { held };
        let mut first_part = continues;
        // Nested marks inside the open double quote: (offset, family).
        let mut nested: Vec<(usize, Family)> = Vec::new();
        let mut single_open: Option<usize> = None;
        let mut i = if continues { ps + 1 } else { ps }.max(skip_to);
        while i < pe {
            let c = chars[i];
            let Some(fam) = family(c) else {
                i += 1;
                continue;
            };
            if fam == Family::Single && is_apostrophe_use(chars, i) {
                i += 1;
                continue;
            }
            let sh = shape(chars, i);
            match (fam, open) {
                (Family::Double, None) => {
                    if sh != Shape::Closes {
                        open = Some(i);
                        nested.clear();
                        single_open = None;
                    }
                }
                (Family::Double, Some(o)) => {
                    let nested_double = nested.iter().rposition(|&(_, f)| f == Family::Double);
                    if sh == Shape::Opens && starts_new_sentence(chars, o, i) {
                        // A lost paragraph break: end the current quote before this mark.
                        push_part(&mut out, chars, o, i, None, false, first_part);
                        first_part = false;
                        open = Some(i);
                        nested.clear();
                    } else if sh == Shape::Opens && nested_double.is_none() && i > o + 1 {
                        nested.push((i, Family::Double));
                    } else if let (Some(k), Shape::Closes | Shape::Ambiguous) = (nested_double, sh)
                    {
                        let (no, _) = nested.remove(k);
                        push(&mut out, chars, no, i + 1, None, true);
                    } else if i > o + 1 || sh == Shape::Closes {
                        push_part(&mut out, chars, o, i + 1, None, false, first_part);
                        first_part = false;
                        open = None;
                        nested.clear();
                    }
                }
                (Family::Single, Some(_)) => {
                    if let Some(k) = nested.iter().rposition(|&(_, f)| f == Family::Single) {
                        if sh != Shape::Opens {
                            let (no, _) = nested.remove(k);
                            push(&mut out, chars, no, i + 1, None, true);
                        }
                    } else if sh == Shape::Opens {
                        nested.push((i, Family::Single));
                    }
                }
                (Family::Single, None) => match single_open {
                    None if sh == Shape::Opens => single_open = Some(i),
                    Some(so) if sh != Shape::Opens && i > so + 1 => {
                        push(&mut out, chars, so, i + 1, None, false);
                        single_open = None;
                    }
                    _ => {}
                },
            }
            i += 1;
        }
        if let Some(o) = open.filter(|&o| {
            o >= ps && !first_part && chars[o + 1..pe].iter().all(|c| c.is_whitespace())
        }) {
            dangling = Some(o);
        } else if open.is_some() && open == held {
            // A dangling mark the next paragraph never closes was a stray mark.
        } else if let Some((o, c)) = open
            .filter(|_| !first_part && nested.is_empty())
            .and_then(|o| Some((o, closed_later(chars, paras, pi)?)))
        {
            // "“First paragraph.¶Second paragraph,” she said.": paragraphs without marks of
            // their own, then a closing mark, carry on the same quote.
            push(&mut out, chars, o, c + 1, None, false);
            skip_to = c + 1;
        } else if let Some(o) = open {
            // Unclosed at the paragraph end: the next paragraph reopening with a mark continues
            // the same quote; otherwise the closing mark is missing and the quote ends here.
            let next_opens = paras.get(pi + 1).is_some_and(|&(ns, _)| {
                family(chars[ns]) == Some(Family::Double) && shape(chars, ns) != Shape::Closes
            });
            // Either way this paragraph's part is a quote of its own; a carried one continues.
            push_part(&mut out, chars, o, pe, Some(pe), false, first_part);
            carried = next_opens;
        }
    }
    out.sort_by_key(|q| (q.open, std::cmp::Reverse(q.close)));
    mark_headlines(&mut out, sentences);
    out
}

/// The closing double mark that ends a quote left open at the end of paragraph `pi`, when
/// the next paragraphs (at most four) hold no other double mark before it.
fn closed_later(chars: &[char], paras: &[(usize, usize)], pi: usize) -> Option<usize> {
    for &(ps, pe) in paras.iter().skip(pi + 1).take(4) {
        for i in ps..pe {
            if family(chars[i]) == Some(Family::Double) {
                return (shape(chars, i) == Shape::Closes).then_some(i);
            }
        }
    }
    None
}

/// Does the mark at `i` open a new sentence while the quote opened at `o` is still open?
fn starts_new_sentence(chars: &[char], o: usize, i: usize) -> bool {
    let mut j = i;
    while j > o + 1 && chars[j - 1].is_whitespace() {
        j -= 1;
    }
    if j == i || j <= o + 1 {
        return false;
    }
    let prev = chars[j - 1];
    let next = chars.get(i + 1).copied();
    matches!(prev, '.' | '!' | '?' | '…') && next.is_some_and(|c| c.is_uppercase())
}

fn push(
    out: &mut Vec<QuoteSpan>,
    chars: &[char],
    open: usize,
    close: usize,
    unclosed_end: Option<usize>,
    nested: bool,
) {
    push_part(out, chars, open, close, unclosed_end, nested, false);
}

fn push_part(
    out: &mut Vec<QuoteSpan>,
    chars: &[char],
    open: usize,
    close: usize,
    unclosed_end: Option<usize>,
    nested: bool,
    continues: bool,
) {
    let inner_end = unclosed_end.unwrap_or(close.saturating_sub(1));
    let mut s = open + 1;
    let mut e = inner_end.max(s);
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    if e <= s {
        return;
    }
    // A span that is nothing but apostrophes/marks is noise.
    if chars[s..e].iter().all(|c| !c.is_alphanumeric()) {
        return;
    }
    out.push(QuoteSpan {
        open,
        close,
        inner: (s, e),
        nested,
        headline: false,
        continues,
    });
}

fn mark_headlines(spans: &mut [QuoteSpan], sentences: &[Sentence]) {
    for q in spans.iter_mut() {
        let k = sentences.partition_point(|s| s.end <= q.open);
        if let Some(s) = sentences.get(k) {
            if s.headline && s.start <= q.open && q.close <= s.end {
                q.headline = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn quotes(s: &str) -> Vec<(String, bool)> {
        let t = Text::new(s);
        let (_, sents) = tokenize(&t);
        find_spans(&t, &sents)
            .into_iter()
            .map(|q| (t.slice(q.inner.0, q.inner.1), q.nested))
            .collect()
    }

    fn top(s: &str) -> Vec<String> {
        quotes(s)
            .into_iter()
            .filter(|(_, n)| !n)
            .map(|(t, _)| t)
            .collect()
    }

    #[test]
    fn curly_straight_and_guillemets() {
        assert_eq!(top("He said “yes, now” today."), vec!["yes, now"]);
        assert_eq!(top("He said \"yes\" and \"no\"."), vec!["yes", "no"]);
        assert_eq!(top("Il a dit « oui » hier."), vec!["oui"]);
        assert_eq!(top("Er sagte „ja“ gestern."), vec!["ja"]);
        assert_eq!(top("He said ‹maybe› and 「はい」."), vec!["maybe", "はい"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(top("The allies’ plans don’t change, since the ‘90s.").is_empty());
        assert!(top("at the beginning of the ‘year. Diplomats met.").is_empty());
    }

    #[test]
    fn single_quotes_pair_when_clear() {
        assert_eq!(
            top("It was a 'quasi-state of war' there."),
            vec!["quasi-state of war"]
        );
    }

    #[test]
    fn mismatched_marks() {
        assert_eq!(
            top("calling the situation ” extremely dangerous”."),
            vec!["extremely dangerous"]
        );
        assert_eq!(top("“Enough,“ she said."), vec!["Enough,"]);
    }

    #[test]
    fn an_opening_mark_at_a_paragraph_end_opens_the_next_paragraph() {
        assert_eq!(
            top("She arrived. \"\n\nI think we won\", she said."),
            vec!["I think we won"]
        );
        // A stray mark that nothing closes quotes nothing.
        assert!(top("She arrived. \"\n\nThen she left.").is_empty());
    }

    #[test]
    fn a_quote_runs_on_over_paragraphs_without_marks_to_its_closing_mark() {
        assert_eq!(
            top("She spoke. \"I waited six years.\n\nI owe it all to you,\" she said."),
            vec!["I waited six years.\n\nI owe it all to you,"]
        );
        // A later paragraph that opens a quote of its own does not close this one.
        assert_eq!(
            top("He said: \"We will win.\n\n\"Then\" was all.")
                .first()
                .map(String::as_str),
            Some("We will win.")
        );
    }

    #[test]
    fn missing_closing_mark_ends_at_paragraph() {
        assert_eq!(
            top("He said: \"We will win.\n\nNext paragraph here."),
            vec!["We will win."]
        );
    }

    #[test]
    fn paragraph_reopening_convention_continues_the_quote() {
        let t = Text::new("“First part.\n\n“Second part,” he said.");
        let (_, sents) = tokenize(&t);
        let spans = find_spans(&t, &sents);
        let parts: Vec<(String, bool)> = spans
            .iter()
            .map(|q| (t.slice(q.inner.0, q.inner.1), q.continues))
            .collect();
        assert_eq!(
            parts,
            vec![
                ("First part.".to_string(), false),
                ("Second part,".to_string(), true)
            ]
        );
    }

    #[test]
    fn glued_paragraphs_split_and_inner_quotes_nest() {
        let all = quotes(
            "He said: \"It is not about money. \"No individual is bigger.\" Then \"I was going to \"fake\" it,\" he said.",
        );
        let top: Vec<&str> = all.iter().filter(|q| !q.1).map(|q| q.0.as_str()).collect();
        assert_eq!(
            top,
            vec![
                "It is not about money.",
                "No individual is bigger.",
                "I was going to \"fake\" it,"
            ]
        );
        assert!(all.iter().any(|q| q.0 == "fake" && q.1));
    }

    #[test]
    fn nested_single_inside_double() {
        let all = quotes("\"I thought 'not only has he gone, he's lying',\" he said.");
        assert_eq!(all[0].0, "I thought 'not only has he gone, he's lying',");
        assert!(all[1].1);
    }

    #[test]
    fn brackets_inside_quotes() {
        assert_eq!(
            top("“Today I invited all of [l’Alliance] to talk”, he said."),
            vec!["Today I invited all of [l’Alliance] to talk"]
        );
    }
}
