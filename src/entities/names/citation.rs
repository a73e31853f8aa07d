//! Authors in bibliographic citations: "(Lewis, Simons, & Fennig, 2014)", "Marsden & Mackey,
//! 2014", "Munafò et al., 2017", "Sapir's (1971) grouping". A capitalised word in such a list
//! is a person's family name, whatever the word lists say of it ("Cross", "Santos", "Laws").

use crate::doc::Doc;
use crate::gazetteer::gazetteer;
use crate::lexicon;
use crate::summary::PlaceKind;
use crate::tokens::{TokKind, Token};

/// A publication year: four digits from 1500 to 2099, as its own token.
fn is_year(t: &Token) -> bool {
    t.kind == TokKind::Number
        && t.text.len() == 4
        && t.text
            .parse::<u16>()
            .is_ok_and(|y| (1500..=2099).contains(&y))
}

/// A capitalised word that may be (part of) an author's family name.
fn author_word(t: &Token) -> bool {
    t.is_word() && t.is_cap() && !t.is_all_caps() && !lexicon::is_stopword(&t.text)
}

/// The end of the author name that starts at `k` (one to three capitalised words), if one
/// does.
fn author_end(doc: &Doc, k: usize) -> Option<usize> {
    let toks = &doc.tokens;
    let mut e = k;
    while e < toks.len() && e < k + 3 && author_word(&toks[e]) {
        e += 1;
    }
    (e > k).then_some(e)
}

/// Does the citation go on after an author name ending at `b`: more authors, then the year
/// or "et al."? Returns the spans of the further authors' names. A year without a comma or
/// bracket counts only after "and" ("Polio and Gass 1997"), since "Expo 2020" is no
/// citation; `after_and` says the first name already follows one.
fn continues(doc: &Doc, mut b: usize, after_and: bool) -> Option<Vec<(usize, usize)>> {
    let toks = &doc.tokens;
    let text = |k: usize| toks.get(k).map(|t| t.text.as_str()).unwrap_or("");
    let mut more = Vec::new();
    loop {
        // "et al., 2017", "et al. (2017)"
        if text(b) == "et" && text(b + 1).trim_end_matches('.') == "al" {
            return Some(more);
        }
        // ", 2014", " (1971)", "'s (1971)"
        let mut k = b;
        if matches!(text(k), "'s" | "’s") {
            k += 1;
        }
        let comma = text(k) == ",";
        if comma {
            k += 1;
        }
        let paren = !comma && text(k) == "(";
        if paren {
            k += 1;
        }
        let bare_ok = after_and || !more.is_empty();
        if toks.get(k).is_some_and(is_year) && (comma || paren || k > b || bare_ok) {
            return Some(more);
        }
        // ", Simons", ", & Fennig", "& Mackey", "and Plucker"
        let mut k = b;
        if text(k) == "," {
            k += 1;
        }
        if matches!(text(k), "&" | "and") {
            k += 1;
        }
        if k == b {
            return None;
        }
        let e = author_end(doc, k)?;
        more.push((k, e));
        b = e;
    }
}

/// If the run `[a, b)` names the authors of a citation, the spans of their names (a run
/// joined by "&" holds two); `None` otherwise. A country or region is never an author, and a
/// bare year after a place ("Tokyo 2020") makes no citation.
pub fn authors(doc: &Doc, a: usize, b: usize) -> Option<Vec<(usize, usize)>> {
    let toks = &doc.tokens;
    let mut parts = Vec::new();
    let mut k = a;
    while k < b {
        let e = (k..b).find(|&e| toks[e].text == "&").unwrap_or(b);
        if e == k || e - k > 3 || !(k..e).all(|i| author_word(&toks[i])) {
            return None;
        }
        parts.push((k, e));
        k = e + 1;
    }
    let year_next = toks.get(b)?.kind == TokKind::Number;
    let after_and =
        a >= 2 && matches!(toks[a - 1].text.as_str(), "and" | "&") && author_word(&toks[a - 2]);
    let more = continues(doc, b, after_and)?;
    // "the Sorbonne in Paris (1927)": a sizeable city after a preposition of place is where
    // something happened, not who wrote ("in Smith (2010)" still cites)
    let placed = a > 0 && matches!(toks[a - 1].text.as_str(), "in" | "at" | "near");
    for &(x, y) in parts.iter().chain(&more) {
        let name = doc.tok_text(x, y);
        let cands = gazetteer().lookup(&name);
        let big = cands.iter().any(|&c| {
            let e = gazetteer().entry(c);
            e.kind != PlaceKind::City || (placed && x == a && e.population >= 100_000)
        });
        if big || (year_next && !cands.is_empty()) || lexicon::known_org(&name).is_some() {
            return None;
        }
    }
    Some(parts)
}
