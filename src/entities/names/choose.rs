//! The chooser: where the rules' mentions and the tagger's proposals disagree, decides
//! which one `doc.mentions` keeps.

use crate::doc::{Doc, Mention, MentionKind, TaggedSpan};

/// Which recognizer's names the pipeline keeps (the chooser is the default; the others are
/// there to measure each side alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NameSource {
    Rules,
    Tagger,
    #[default]
    Chosen,
}

/// A mention made from a tagger span.
pub fn mention_of(doc: &Doc, s: &TaggedSpan) -> Mention {
    let (a, b) = (s.tok_start, s.tok_end);
    Mention {
        tok_start: a,
        tok_end: b,
        start: doc.tokens[a].start,
        end: doc.tokens[b - 1].end,
        text: doc.tok_text(a, b),
        kind: s.kind,
        role: None,
        affiliation: None,
        gender_hint: None,
        in_quote: doc.in_quote(doc.tokens[a].start),
        entity: None,
        government: false,
    }
}

/// Replaces or completes `doc.mentions` (the rules' findings) with `doc.tagged`.
pub fn choose(doc: &mut Doc, source: NameSource) {
    match source {
        NameSource::Rules => {}
        NameSource::Tagger => {
            let mut ms: Vec<Mention> = doc.tagged.iter().map(|s| mention_of(doc, s)).collect();
            ms.sort_by_key(|m| (m.start, m.end));
            doc.mentions = ms;
        }
        NameSource::Chosen => chosen(doc),
    }
}

/// How sure the tagger must be (mean winning margin per tag, in weight units) before a
/// name the rules did not see at all is added: full person names (two words or more) and
/// places. Lone words and organizations the rules did not find stay out: on the dev
/// articles the tagger's own single words and organizations cost more precision than they
/// bring recall.
const MIN_NEW_PERSON: f32 = 10.0;
const MIN_NEW_PLACE: f32 = 2.0;

/// The chooser's verdict on one tagger span that overlaps no rule mention.
fn adds(s: &TaggedSpan) -> bool {
    match s.kind {
        MentionKind::Person => s.tok_end - s.tok_start >= 2 && s.confidence >= MIN_NEW_PERSON,
        MentionKind::Place => s.confidence >= MIN_NEW_PLACE,
        MentionKind::Organization => false,
    }
}

/// The chooser, in three rules:
/// 1. every rule mention stays (the rules hold roles, affiliations and kinds from the lexicons);
/// 2. a tagger person span that holds exactly one rule mention, without a role, and is longer
///    replaces it ("Hassan al-Amiri" for "Hassan", "Lee Jae-sung" for "Jae-sung"), keeping the
///    rule mention's affiliation and gender;
/// 3. a tagger span that overlaps no rule mention is added when [`adds`] says so, unless the
///    rules examined those words and found no name there (`doc.vetoed`; full person names
///    are exempt, since the rules' first-name lists are what most often fail them).
fn chosen(doc: &mut Doc) {
    let mut add: Vec<Mention> = Vec::new();
    let mut replace: Vec<(usize, Mention)> = Vec::new();
    for s in &doc.tagged {
        // Mentions are sorted by position and short: the ones overlapping `s` start before
        // its end and lie within a few mentions of that point.
        let upto = doc.mentions.partition_point(|m| m.tok_start < s.tok_end);
        let overlapping: Vec<usize> = (upto.saturating_sub(8)..upto)
            .filter(|&k| s.tok_start < doc.mentions[k].tok_end)
            .collect();
        if overlapping.is_empty() {
            let upto = doc.vetoed.partition_point(|&(a, _)| a < s.tok_end);
            let vetoed = s.kind != MentionKind::Person
                && doc.vetoed[upto.saturating_sub(4)..upto]
                    .iter()
                    .any(|&(_, b)| s.tok_start < b);
            if !vetoed && adds(s) {
                add.push(mention_of(doc, s));
            }
            continue;
        }
        // A person name the rules cut short: "Hassan al-Amiri" read as "Hassan".
        if s.kind == MentionKind::Person && overlapping.len() == 1 {
            let k = overlapping[0];
            let m = &doc.mentions[k];
            if m.tok_start >= s.tok_start
                && m.tok_end <= s.tok_end
                && (m.tok_start, m.tok_end) != (s.tok_start, s.tok_end)
                && m.kind == MentionKind::Person
                && (s.tok_start..m.tok_start).all(|k| plain_name_word(doc, k))
            {
                let mut wide = mention_of(doc, s);
                wide.role = m.role.clone();
                wide.affiliation = m.affiliation.clone();
                wide.gender_hint = m.gender_hint;
                replace.push((k, wide));
            }
        }
    }
    for (k, m) in replace {
        doc.mentions[k] = m;
    }
    doc.mentions.extend(add);
    doc.mentions.sort_by_key(|m| (m.start, m.end));
}

/// A word the rules would not have trimmed off a name on purpose: no title, role noun or
/// stopword, and no sentence-initial word (capitalised by its position alone) unless it is a
/// known first name ("Runner Amara Okafor" stays "Amara Okafor").
fn plain_name_word(doc: &Doc, k: usize) -> bool {
    let w = doc.tokens[k].text.as_str();
    if doc.tokens[k].sent_start && crate::lexicon::first_name(w).is_none() {
        return false;
    }
    let lower = w.to_lowercase();
    crate::lexicon::title(&[w]).is_none()
        && crate::lexicon::role_noun(&[lower.as_str()]).is_none()
        && !crate::lexicon::is_stopword(w)
}
