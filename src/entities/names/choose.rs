//! The chooser: where the rules' mentions and the tagger's proposals disagree, decides
//! which one `doc.mentions` keeps.

use std::collections::{HashMap, HashSet};

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
    Mention::of_tokens(doc, s.tok_start, s.tok_end, s.kind)
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
fn adds(doc: &Doc, s: &TaggedSpan) -> bool {
    match s.kind {
        MentionKind::Person => {
            s.tok_end - s.tok_start >= 2
                && s.confidence >= MIN_NEW_PERSON
                && !before_role_noun(doc, s.tok_end)
                && !ends_in_code(doc, s.tok_end)
                && !after_event_word(doc, s.tok_start)
                && !ends_in_event_word(doc, s.tok_end)
        }
        MentionKind::Place => s.confidence >= MIN_NEW_PLACE && !ends_in_event_word(doc, s.tok_end),
        MentionKind::Organization => false,
    }
}

/// A lowercase role noun right after a name makes the name a portfolio or a body, not a
/// person: "resign as Foreign Affairs minister", "Harbour Board chief".
fn before_role_noun(doc: &Doc, e: usize) -> bool {
    doc.tokens.get(e).is_some_and(|t| {
        t.is_word() && !t.is_cap() && crate::lexicon::role_noun(&[t.text.as_str()]).is_some()
    })
}

/// A storm's, an operation's or a ship's name follows its kind: "Cyclone Idai", "MV Sea
/// Star" name no person.
fn after_event_word(doc: &Doc, a: usize) -> bool {
    a > 0
        && crate::lexicon::in_name_list(
            crate::lexicon::NameList::EventFirst,
            &doc.tokens[a - 1].text,
        )
}

/// The names of laws, events and awards end in their kind, as the rules read them: "the
/// Brady Bill", "the Dodd Amendment" name no person.
fn ends_in_event_word(doc: &Doc, e: usize) -> bool {
    crate::lexicon::in_name_list(crate::lexicon::NameList::EventWord, &doc.tokens[e - 1].text)
}

/// A name ending in capitals that are no Roman numeral ("Windows XP", "Boeing 737 MAX") is a
/// product or a model, not a person ("Abdullah II" is one).
fn ends_in_code(doc: &Doc, e: usize) -> bool {
    let last = &doc.tokens[e - 1];
    (last.is_all_caps() && !last.text.chars().all(|c| "IVXLC".contains(c)))
        || last.text.starts_with(|c: char| c.is_ascii_digit())
}

/// The chooser, in four rules:
/// 0. a rule mention made on shape alone ([`weak`]) gives way to the tagger when the tagger
///    is sure it names nothing ("Sanctions", "Honor") or names something of another kind
///    (an organization, or a place: "in Tarvelo");
/// 1. every other rule mention stays (the rules hold roles, affiliations and kinds from the lexicons);
/// 2. a tagger person span that holds exactly one rule mention, without a role, and is longer
///    replaces it ("Hassan al-Amiri" for "Hassan", "Lee Jae-sung" for "Jae-sung"), keeping the
///    rule mention's affiliation and gender;
/// 3. a tagger span that overlaps no rule mention is added when [`adds`] says so, unless the
///    rules examined those words and found no name there (`doc.vetoed`; full person names
///    are exempt, since the rules' first-name lists are what most often fail them).
fn chosen(doc: &mut Doc) {
    overrule_weak(doc);
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
            if !vetoed && adds(doc, s) {
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
                // (a role the rules read right before the name is not widened into it:
                // "Secretary of State for Health Ann Lee")
                && !m.role.as_deref().is_some_and(|r| {
                    s.tok_start < m.tok_start
                        && r.rsplit(' ').next() == Some(doc.tokens[m.tok_start - 1].text.as_str())
                })
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

/// How sure the tagger must be (mean margin of its "outside" tags) that a weak rule mention
/// ([`weak`]) names nothing, and (span confidence) that it names something of another
/// kind. Both in weight units, set on the dev articles and GUM's dev names.
const DROP_WEAK: f32 = 8.0;
const RELABEL_WEAK: f32 = 6.0;

/// A mention the rules made on shape alone, without lexical evidence: a person with no role
/// or title, no known first name and nothing around it that says it is a name (a citation); a one-word organization that is neither a known
/// organization, nor an acronym, nor an organization word. A word of a longer person name in
/// the same text is evidence too ("Stoltenberg" after "Jens Stoltenberg").
fn weak(doc: &Doc, m: &Mention, name_words: &HashSet<&str>) -> bool {
    match m.kind {
        MentionKind::Person => {
            m.role.is_none()
                && !m.described
                && !(m.tok_start..m.tok_end)
                    .all(|k| name_words.contains(doc.tokens[k].text.as_str()))
                && m.text
                    .split_whitespace()
                    .next()
                    .is_none_or(|w| crate::lexicon::first_name(w).is_none())
        }
        MentionKind::Organization => {
            let t = &doc.tokens[m.tok_start];
            m.tok_end - m.tok_start == 1
                && !m.described
                && !t.is_all_caps()
                && !t.text.contains('.')
                && crate::lexicon::known_org(&m.text).is_none()
                && !crate::lexicon::is_org_suffix(&t.text)
                && !crate::lexicon::is_org_prefix(&t.text)
        }
        MentionKind::Place => false,
    }
}

/// Rule 0: a weak rule mention ([`weak`]) that the tagger reads as outside any name, or as
/// a name of another kind (an organization, a person, or a place the gazetteer lacks: "the
/// villages of Tarvelo"), takes the tagger's reading.
///
/// One name, one decision: the tagger's readings are pooled over every weak mention with
/// the same surface. Where it reads the surface as a name in a good share of them
/// ([`NAMED_SHARE`]), the surface is a name everywhere, of the kind it reads most ("stayed
/// with Pachomius", left untagged, is the person it tags elsewhere); else each mention takes
/// its own reading, and a word left outside is dropped when its mentions' mean "outside"
/// margin is [`DROP_WEAK`] or more.
fn overrule_weak(doc: &mut Doc) {
    if doc.token_tags.len() != doc.tokens.len() {
        return;
    }
    let name_words: HashSet<&str> = doc
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Person && m.tok_end - m.tok_start >= 2)
        .flat_map(|m| doc.tokens[m.tok_start..m.tok_end].iter())
        .map(|t| t.text.as_str())
        .collect();
    // An organization that a descriptor right before one of its mentions names as one
    // ("carmaker Veltra", "the airline Skyvane") is one wherever its name stands alone.
    let described_orgs: HashSet<&str> = doc
        .mentions
        .iter()
        .filter(|m| {
            m.kind == MentionKind::Organization
                && m.described
                && m.tok_start > 0
                && doc.tokens[m.tok_start - 1].is_word()
                && {
                    let w = doc.tokens[m.tok_start - 1].text.to_lowercase();
                    w.ends_with("maker")
                        || crate::lexicon::in_name_list(crate::lexicon::NameList::OrgDescriptor, &w)
                }
        })
        .map(|m| m.text.as_str())
        .collect();
    let readings: Vec<Option<Reading>> = doc
        .mentions
        .iter()
        .map(|m| {
            (weak(doc, m, &name_words)
                && !(m.kind == MentionKind::Organization
                    && described_orgs.contains(m.text.as_str())
                    && !name_words.contains(m.text.as_str())))
            .then(|| reading(doc, m))
        })
        .collect();
    let mut pooled: HashMap<&str, Pool> = HashMap::new();
    for (m, r) in doc.mentions.iter().zip(&readings) {
        if let Some(r) = r {
            pooled.entry(m.text.as_str()).or_default().add(r);
        }
    }
    // Per mention: `None` to drop it, or the kind it keeps.
    let verdicts: Vec<Option<MentionKind>> = doc
        .mentions
        .iter()
        .zip(&readings)
        .map(|(m, r)| match r {
            None => Some(m.kind),
            // (a lone word after "across", "in", "near" that the tagger would drop is left to
            // merging, which makes it a place unless a second party follows: the tagger cannot
            // know an unknown place)
            Some(r) => pooled[m.text.as_str()]
                .verdict(m.kind, r)
                .or_else(|| unknown_place(doc, m).then_some(m.kind)),
        })
        .collect();
    let mut verdicts = verdicts.into_iter();
    doc.mentions
        .retain_mut(|m| match verdicts.next().flatten() {
            Some(kind) => {
                m.kind = kind;
                true
            }
            None => false,
        });
}

/// A lone alphabetic word read as a person on its shape, right after a preposition of
/// place: "across Tarvelo".
fn unknown_place(doc: &Doc, m: &Mention) -> bool {
    m.tok_end - m.tok_start == 1
        && m.kind == MentionKind::Person
        && m.text.chars().all(char::is_alphabetic)
        && crate::context::after_locative(doc, m.tok_start)
}

/// The share of a weak surface's mentions the tagger must read as names for all of them to
/// be names (measured on GUM's dev names and the dev articles).
const NAMED_SHARE: f32 = 0.4;

/// The tagger's reading of one weak mention where it stands.
enum Reading {
    /// Outside any name, by this mean margin.
    Outside(f32),
    /// Inside a tagged span of this kind and confidence.
    Named(MentionKind, f32),
    /// Tagged in part only: no reading either way.
    Partial,
}

fn reading(doc: &Doc, m: &Mention) -> Reading {
    let tags = &doc.token_tags[m.tok_start..m.tok_end];
    if tags.iter().all(|&(t, _)| t == 0) {
        return Reading::Outside(tags.iter().map(|&(_, g)| g).sum::<f32>() / tags.len() as f32);
    }
    // Tagged spans are sorted and do not overlap: only the last one starting at or before
    // the mention can hold it.
    let k = doc.tagged.partition_point(|s| s.tok_start <= m.tok_start);
    match k.checked_sub(1).map(|k| &doc.tagged[k]) {
        Some(s) if m.tok_end <= s.tok_end => Reading::Named(s.kind, s.confidence),
        _ => Reading::Partial,
    }
}

/// The tagger's readings of one surface, pooled over its weak mentions.
#[derive(Default)]
struct Pool {
    /// Summed "outside" margins, and how many mentions were read outside.
    outside: f32,
    outside_n: usize,
    /// Summed span confidences per kind (person, organization, place), and how many
    /// mentions were read as names.
    named: [f32; 3],
    named_n: usize,
    n: usize,
}

const KINDS: [MentionKind; 3] = [
    MentionKind::Person,
    MentionKind::Organization,
    MentionKind::Place,
];

impl Pool {
    fn add(&mut self, r: &Reading) {
        match *r {
            Reading::Outside(g) => {
                self.outside += g;
                self.outside_n += 1;
            }
            Reading::Named(kind, c) => {
                let slot = KINDS.iter().position(|&k| k == kind).unwrap_or(0);
                self.named[slot] += c;
                self.named_n += 1;
            }
            Reading::Partial => {}
        }
        self.n += 1;
    }

    /// The kind one mention keeps (`None`: dropped), given the rules' kind and the
    /// tagger's reading where it stands.
    fn verdict(&self, rules: MentionKind, r: &Reading) -> Option<MentionKind> {
        if self.named_n as f32 >= NAMED_SHARE * self.n as f32 {
            let (slot, sum) = self
                .named
                .iter()
                .enumerate()
                .fold((0, f32::MIN), |a, (i, &c)| if c > a.1 { (i, c) } else { a });
            let kind = KINDS[slot];
            let sure = sum / self.named_n as f32 >= RELABEL_WEAK;
            return Some(if kind != rules && sure { kind } else { rules });
        }
        match *r {
            Reading::Outside(_) => {
                { (self.outside / self.outside_n as f32) < DROP_WEAK }.then_some(rules)
            }
            Reading::Named(kind, c) if c >= RELABEL_WEAK => Some(kind),
            _ => Some(rules),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool(readings: &[Reading]) -> Pool {
        let mut p = Pool::default();
        for r in readings {
            p.add(r);
        }
        p
    }

    #[test]
    fn a_surface_named_in_a_good_share_of_its_mentions_is_a_name_everywhere() {
        use MentionKind::*;
        let rs = [
            Reading::Named(Person, 9.0),
            Reading::Named(Person, 7.0),
            Reading::Outside(12.0),
            Reading::Outside(15.0),
            Reading::Outside(10.0),
        ];
        let p = pool(&rs);
        // left outside where it stands, yet kept, and as the person the tagger reads
        assert_eq!(p.verdict(Organization, &rs[2]), Some(Person));
        assert_eq!(p.verdict(Person, &rs[3]), Some(Person));
    }

    #[test]
    fn a_surface_seldom_named_takes_each_mentions_own_reading() {
        use MentionKind::*;
        let rs = [
            Reading::Named(Person, 9.0),
            Reading::Outside(12.0),
            Reading::Outside(15.0),
            Reading::Outside(10.0),
        ];
        let p = pool(&rs);
        assert_eq!(p.verdict(Organization, &rs[0]), Some(Person));
        assert_eq!(p.verdict(Organization, &rs[1]), None);
        // outside, but not surely: the rules' kind stays
        let rs = [
            Reading::Named(Place, 2.0),
            Reading::Outside(3.0),
            Reading::Outside(4.0),
        ];
        let p = pool(&rs);
        assert_eq!(p.verdict(Person, &rs[1]), Some(Person));
        assert_eq!(p.verdict(Person, &rs[0]), Some(Person));
    }
}
