//! Deciding what a trimmed run of name words names: a person, an organization, a place, or
//! nothing.
//!
//! The evidence is weighed in a fixed order, strongest first: the words right after the run
//! ("Labour MPs", "Chelsea manager", "Hubei province"), the lists of known organizations, hints
//! gathered while trimming, the gazetteer and the words that name a place around the run, the
//! run's shape (an organization word at its end, an acronym, "Department of …"), first names,
//! and last whether a verb of saying or an apposition follows an unknown capitalised name.

use crate::context::{age_after, cue_after, cue_before, who_after};
use crate::doc::Doc;
use crate::doc::MentionKind;
use crate::gazetteer::gazetteer;
use crate::lexicon::{self, NameList};
use crate::summary::PlaceKind;
use crate::tokens::Lower;
use crate::tokens::TokKind;

use super::place_context::{
    in_known_place, place_word_kind, settlement_apposition, settlement_before,
};
use super::runs::{is_hyphenated_given_name, is_particle, Context};
use crate::entities::roles::{org_after_of, role_after};

/// Decides what the trimmed run `[a, b)` names, or `None` when it is not a name.
pub(crate) fn classify(
    doc: &Doc,
    ctx: &Context,
    a: usize,
    b: usize,
    text: &str,
    titled: bool,
    org_hint: bool,
) -> Option<MentionKind> {
    let toks = &doc.tokens;
    let n = b - a;
    let first = &toks[a];
    let last = &toks[b - 1];
    // A party: "the Conservative government", "Labour MPs".
    if n == 1 && lexicon::in_name_list(NameList::Party, &first.text) {
        let next = toks.get(b).map(|t| t.text.lower_cow()).unwrap_or_default();
        if lexicon::in_name_list(NameList::PartyFollower, &next) {
            return Some(MentionKind::Organization);
        }
    }
    // "Image: …", "Figure 2": a caption's or a figure's label.
    if n == 1
        && lexicon::in_name_list(NameList::CaptionLabel, &first.text)
        && toks
            .get(b)
            .is_some_and(|t| t.is_punct(':') || t.kind == TokKind::Number)
    {
        return None;
    }
    // "a lifelong Roman Catholic", "Buddhist monks", "Arab states": faiths and peoples name
    // no actor. A lone one that
    // is also a given name ("Christian") is the faith only before a lower-case word.
    let creed_word = |k: usize| {
        lexicon::in_name_list(NameList::Creed, &toks[k].text)
            || lexicon::in_name_list(NameList::People, &toks[k].text)
    };
    if !titled
        && creed_word(b - 1)
        && (a..b).all(|k| creed_word(k) || gazetteer().demonym(&toks[k].text).is_some())
    {
        // ("Christian said …" is a person; "Arab states" is no "Arab says")
        let given = n == 1 && lexicon::first_name(&first.text).is_some();
        let adjective = toks.get(b).is_some_and(|t| t.is_word() && !t.is_cap());
        let named = cue_after(doc, b) || role_after(doc, b).is_some();
        if !given || adjective && !named {
            return None;
        }
    }
    // A team: "Chelsea manager X", "Newcastle boss X", "beat Newcastle 2-1".
    let next = toks.get(b).map(|t| t.text.lower_cow()).unwrap_or_default();
    let score_next = toks
        .get(b)
        .is_some_and(|t| t.kind == TokKind::Number && t.text.len() <= 2)
        && toks
            .get(b + 1)
            .is_some_and(|t| matches!(t.text.as_str(), "-" | "–"))
        && toks
            .get(b + 2)
            .is_some_and(|t| t.kind == TokKind::Number && !t.space_before);
    if !titled && n <= 3 && (lexicon::in_name_list(NameList::TeamFollower, &next) || score_next) {
        return Some(MentionKind::Organization);
    }
    // "Pittsburgh Pirates", "Tampa Bay Rays", "Leicester Tigers": a known place and a plural
    // name is a club, not a person or a place ("Niagara Falls" ends in a place word).
    if !titled
        && n >= 2
        && plural_word(&last.text)
        && place_word_kind(&last.text).is_none()
        && lexicon::first_name(&first.text).is_none()
        && !lexicon::in_name_list(NameList::EventWord, &last.text)
        && gazetteer().demonym(text).is_none()
    {
        // (a region or a city big enough to have a club in the leagues: "Drama Series",
        // "Paramount Theaters" are no clubs)
        let home = |k: usize| {
            gazetteer()
                .lookup(&doc.tok_text(a, k))
                .first()
                .map(|&c| gazetteer().entry(c))
                .is_some_and(|e| e.kind != PlaceKind::City || e.population >= 100_000)
        };
        let club = (a + 1..b).any(|k| {
            home(k)
                && (k..b).all(|j| toks[j].is_cap() && !toks[j].is_all_caps())
                && gazetteer().lookup(&doc.tok_text(k, b)).is_empty()
        });
        if club {
            return Some(MentionKind::Organization);
        }
    }
    if let Some(org) = lexicon::known_org(text) {
        let locative = a > 0
            && matches!(
                toks[a - 1].text.lower_cow().as_ref(),
                "in" | "at" | "from" | "to" | "near" | "across" | "outside" | "around"
            );
        let sports = org.kind == "sports" && !locative;
        // A river or forest is "the Amazon"; "Amazon" alone is the company (but not "The
        // Atlantic", whose own name has the article).
        let places = gazetteer().lookup(text);
        let bare_feature = !places.is_empty()
            && !org.name.starts_with("The ")
            && places
                .iter()
                .all(|&id| gazetteer().entry(id).kind == PlaceKind::Feature)
            && (a == 0 || !toks[a - 1].text.eq_ignore_ascii_case("the"));
        if sports || bare_feature || !(org.place_ambiguous && !org_hint && !places.is_empty()) {
            return Some(MentionKind::Organization);
        }
    }
    if org_hint {
        return Some(MentionKind::Organization);
    }
    // "BBC Wales", "Amnesty International UK": a known organization's branch in a place.
    if n >= 2 && !titled && !gazetteer().lookup(&last.text).is_empty() {
        let branch = (a + 1..b).any(|k| {
            lexicon::known_org(&doc.tok_text(a, k)).is_some()
                && !gazetteer().lookup(&doc.tok_text(k, b)).is_empty()
        });
        if branch {
            return Some(MentionKind::Organization);
        }
    }
    // "the town of Yeoncheon", "the village of Garforth": named as a settlement.
    if !titled && settlement_before(doc, a).is_some() {
        return Some(MentionKind::Place);
    }
    // "University exhibits opened", "the Mission said": a body's word alone is that word, not
    // the town of the same name, unless the text places it ("in Mission, Texas").
    if n == 1 && lexicon::is_org_suffix(&first.text) && !in_known_place(doc, a, b) {
        return None;
    }
    let cands = gazetteer().lookup(text);
    // Places the gazetteer lacks, named as such by the words around them: "Steinish, a
    // village on the island", "in Orange Park, Florida".
    if !titled && cands.is_empty() && (settlement_apposition(doc, b) || in_known_place(doc, a, b)) {
        return Some(MentionKind::Place);
    }
    // "Southern Senegal", "Upper Egypt": a part of a known place ("Northwestern University"
    // is a body, though a town is called University).
    if n >= 2
        && !titled
        && cands.is_empty()
        && lexicon::is_place_qualifier(&first.text)
        && !gazetteer().lookup(&doc.tok_text(a + 1, b)).is_empty()
        && !is_org_shape(doc, a, b)
    {
        return Some(MentionKind::Place);
    }
    let top = cands.first().map(|&c| gazetteer().entry(c));
    let big_place = top.is_some_and(|e| e.kind != PlaceKind::City);
    if big_place && !titled {
        // "Soviet Union", "Northern Ireland": a country or region, whatever its last word.
        return Some(MentionKind::Place);
    }
    // "County Durham", "Co Antrim", "Mount Kenya", "Port Talbot": a place by its first word
    // (not a body's name: "the Port Authority").
    if n >= 2
        && !titled
        && lexicon::place_name_start(&first.text).is_some()
        && !is_org_shape(doc, a, b)
    {
        return Some(MentionKind::Place);
    }
    // "Metro Toronto Convention Centre", "Leeds Town Hall": a venue, not the body a "Centre"
    // or "Hall" would make.
    if n >= 3 && !titled && lexicon::is_venue(&toks[b - 2].text, &last.text) {
        return Some(MentionKind::Place);
    }
    if is_org_shape(doc, a, b) {
        return Some(MentionKind::Organization);
    }
    // "Three Mile Island", "Farah Province": nobody is called "… County", so an
    // administrative word makes a place even after a first name.
    if n >= 2
        && !titled
        && place_word_kind(&last.text).is_some_and(|k| {
            k == PlaceKind::Region
                || lexicon::is_facility_word(&last.text)
                || lexicon::first_name(&first.text).is_none()
        })
    {
        return Some(MentionKind::Place);
    }
    // "the Emilia-Romagna region", "Hubei province": named by the word after it.
    if !titled
        && followed_by(doc, b, lexicon::name_phrases(NameList::RegionFollower))
        && lexicon::first_name(&first.text).is_none()
    {
        return Some(MentionKind::Place);
    }
    if let Some(e) = top.filter(|_| !titled) {
        let prev = if a > 0 {
            doc.tokens[a - 1].text.to_lowercase()
        } else {
            String::new()
        };
        let locative = matches!(
            prev.as_str(),
            "in" | "at"
                | "from"
                | "to"
                | "near"
                | "of"
                | "across"
                | "into"
                | "outside"
                | "around"
                | "via"
                | "toward"
                | "towards"
                | "through"
                | "inside"
        );
        // "outside the Royal Oak in November": a city's name standing after "the" as a noun
        // is a pub, a ship or a hotel, unless "the" belongs to the name ("the Hague"). Before
        // a noun it is still the city ("the Paris summit", "the Moscow government").
        let after = toks.get(b);
        let stands_alone = after.is_none_or(|t| {
            t.kind == TokKind::Punct
                || matches!(
                    t.text.as_str(),
                    "in" | "on"
                        | "at"
                        | "near"
                        | "by"
                        | "with"
                        | "for"
                        | "from"
                        | "of"
                        | "and"
                        | "or"
                        | "to"
                        | "was"
                        | "is"
                        | "where"
                        | "which"
                        | "when"
                )
        });
        if e.kind == PlaceKind::City
            && a > 0
            && toks[a - 1].text == "the"
            && stands_alone
            && !e.name.starts_with("The ")
        {
            return None;
        }
        // "Newcastle have fined …": a city taking a plural verb is its sports club; but in
        // "three libraries in Leeds are to close" the verb belongs to the libraries.
        let next = toks.get(b).map(|t| t.text.as_str()).unwrap_or("");
        if n == 1
            && !locative
            && e.kind == PlaceKind::City
            && matches!(next, "have" | "are" | "were")
        {
            return Some(MentionKind::Organization);
        }
        // "Gloria" is a first name before it is a small town somewhere.
        let name_first = n == 1
            && !locative
            && lexicon::first_name(&first.text).is_some()
            && e.kind == PlaceKind::City
            && e.population < 1_000_000
            && !cands
                .iter()
                .any(|&c| gazetteer().entry(c).kind != PlaceKind::City);
        if !name_first {
            return Some(MentionKind::Place);
        }
    }
    if n == 1 && first.is_all_caps() {
        let upper = first.text.replace('.', "").to_uppercase();
        // ("serve ALL of the people", "WHEREAS": a word written in capitals for emphasis)
        if lexicon::is_not_org_acronym(&upper)
            || lexicon::is_stopword(&first.text)
            || first.text.chars().any(|c| c.is_ascii_digit())
            || first.text.chars().filter(|c| c.is_alphabetic()).count() < 2
        {
            return None;
        }
        return Some(MentionKind::Organization);
    }
    if titled {
        return Some(MentionKind::Person);
    }
    // Events, laws and awards are not actors: "Emilia Romagna Grand Prix", "Clean Air Act".
    if n >= 2 && lexicon::in_name_list(NameList::EventWord, &last.text) {
        return None;
    }
    // "the Palestine-led Boycott", "a Paris-based Fund": a compound adjective describes a
    // body or a campaign; no person's name holds one.
    let compound = (a..b).any(|k| {
        toks[k]
            .text
            .split_once('-')
            .is_some_and(|(_, rest)| lexicon::in_name_list(NameList::CompoundAdjective, rest))
    });
    if compound {
        return if is_org_shape(doc, a, b) {
            Some(MentionKind::Organization)
        } else {
            None
        };
    }
    // "Pakistani Taliban", "German Red Cross": a nation's branch of a known organization.
    if n >= 2
        && gazetteer().demonym(&first.text).is_some()
        && lexicon::known_org(&doc.tok_text(a + 1, b)).is_some()
    {
        return Some(MentionKind::Organization);
    }
    // "Google Chrome": a product of a known organization, not a person.
    if n >= 2 && lexicon::known_org(&first.text).is_some() {
        return None;
    }
    // "Passage of the Bill required …", "a Grace period": a given name alone after an article
    // or a demonstrative is the word it spells, not a person.
    if n == 1
        && !titled
        && a > 0
        && matches!(
            toks[a - 1].text.lower_cow().as_ref(),
            "the" | "a" | "an" | "every" | "each"
        )
        && lexicon::first_name(&first.text).is_some()
        && !cue_after(doc, b)
    {
        return None;
    }
    if lexicon::first_name(&first.text).is_some() && !first.is_all_caps() {
        return Some(MentionKind::Person);
    }
    // "Yoruba speakers", "the Basque language": a word the text uses for a language or a
    // people names no one, wherever it stands.
    if n == 1 && ctx.peoples.contains(first.text.as_str()) {
        return None;
    }
    // Unknown words: a person when the shape and the context say so.
    let titlecase = (a..b).all(|k| {
        let t = &toks[k];
        is_particle(t) || (t.is_cap() && !t.is_all_caps() && !lexicon::is_stopword(&t.text))
    });
    if !titlecase {
        return None;
    }
    let cue_next = cue_after(doc, b) || cue_before(doc, a, b);
    // "X, the spokeswoman", "X, 45,", "X, who", "X of Greenpeace": an apposition, an age, a
    // relative clause of a person or a body.
    let apposition = role_after(doc, b).is_some()
        || age_after(doc, b)
        || n >= 2 && who_after(doc, b)
        || n >= 2 && org_after_of(doc, b).is_some();
    if (2..=4).contains(&n) {
        // (a person's name does not follow a determiner: "the Warhol Polaroids")
        let determined = a > 0 && crate::context::is_determiner(&toks[a - 1].text.to_lowercase());
        // (a place the gazetteer knows is no surname here: "Classical Greece", "Old Oakland")
        let surname_alone = ctx.cap_mid_seen.contains(last.text.as_str())
            && ctx.standalone.contains(last.text.as_str())
            && !determined
            && gazetteer().lookup(&last.text).is_empty();
        // "Lee Jae-sung", "Wong Kwok-kin": a family name before a hyphenated given name;
        // "Xi Jinping", "Nguyen Van An": a common family name written first.
        let family_first = n == 2 && is_hyphenated_given_name(last)
            || n <= 3 && lexicon::in_name_list(NameList::FamilyFirst, &first.text);
        if cue_next || apposition || surname_alone || family_first {
            return Some(MentionKind::Person);
        }
        return None;
    }
    // "Police in Aberdulais said": a lone unknown word after a noun and a preposition of
    // place, before a verb of saying, is where the speakers are (nobody is quoted by
    // surname after "in").
    let where_they_are = a >= 2
        && matches!(
            toks[a - 1].text.as_str(),
            "in" | "near" | "across" | "throughout"
        )
        && toks[a - 2].is_word()
        && !toks[a - 2].text.ends_with("ing")
        && !crate::context::is_determiner(&toks[a - 2].text.to_lowercase())
        && !lexicon::is_function_word(&toks[a - 2].text);
    if n == 1 && where_they_are && cue_next && !apposition {
        return Some(MentionKind::Place);
    }
    if n == 1 && (cue_next || apposition) {
        return Some(MentionKind::Person);
    }
    // "across Cumbria and North Yorkshire": joined to a known place after a preposition of
    // place, an unknown word is a place too.
    if n == 1 && coordinated_with_place(doc, a, b) {
        return Some(MentionKind::Place);
    }
    // Single unknown word: kept as a person candidate; merging keeps it only if it matches
    // a named person ("Baird" after "John Baird").
    if n == 1 {
        return Some(MentionKind::Person);
    }
    None
}

/// A plural-looking capitalised word: "Pirates", "Tigers" (not "Chris", "Douglas": a given
/// name, nor a word ending in "ss" or "us").
fn plural_word(w: &str) -> bool {
    w.len() >= 4
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && lexicon::first_name(w).is_none()
}

/// Prepositions of place: after one, a name may be a place.
const LOCATIVE: &[&str] = &[
    "in",
    "across",
    "near",
    "from",
    "throughout",
    "around",
    "to",
    "at",
    "into",
    "outside",
];

/// The unknown word `[a, b)` stands in a pair with a place of the gazetteer after a
/// preposition of place: "in X and Y", "across X and parts of Y", "across Y and X" (Y
/// known).
fn coordinated_with_place(doc: &Doc, a: usize, b: usize) -> bool {
    let toks = &doc.tokens;
    let text = |k: usize| toks.get(k).map(|t| t.text.as_str()).unwrap_or("");
    // A place of the gazetteer, or a part of one ("North Yorkshire").
    let known = |s: usize, e: usize| {
        e <= toks.len()
            && (s..e).all(|k| toks[k].is_cap())
            && (!gazetteer().lookup(&doc.tok_text(s, e)).is_empty()
                || e > s + 1
                    && lexicon::is_place_qualifier(&toks[s].text)
                    && !gazetteer().lookup(&doc.tok_text(s + 1, e)).is_empty())
    };
    let locative = |k: usize| LOCATIVE.contains(&text(k).to_lowercase().as_str());
    // "in X and Y", "across X and parts of Y"
    if a > 0 && locative(a - 1) && matches!(text(b), "and" | "or") {
        let mut s = b + 1;
        while s < b + 4 && toks.get(s).is_some_and(|t| t.is_word() && !t.is_cap()) {
            s += 1;
        }
        return (s + 1..=s + 3).any(|e| known(s, e));
    }
    // "in Y and X"
    if a >= 3 && matches!(text(a - 1), "and" | "or") {
        return (a.saturating_sub(5)..a - 1).any(|s| s > 0 && locative(s - 1) && known(s, a - 1));
    }
    false
}

/// Is `[a, b)` shaped like an organization name?
pub fn is_org_shape(doc: &Doc, a: usize, b: usize) -> bool {
    let toks = &doc.tokens;
    if b <= a {
        return false;
    }
    let last = &toks[b - 1].text;
    let n = b - a;
    if n >= 2 && lexicon::is_org_suffix(last) {
        return true;
    }
    if n == 1 && lexicon::is_org_suffix(last) && last.chars().all(|c| c.is_uppercase()) {
        return false;
    }
    // "King's College London", "Queen's University Belfast": a body's word, then the place
    // it stands in.
    if n >= 3
        && !lexicon::is_facility_word(last)
        && (a + 1..b - 1).any(|k| {
            lexicon::is_org_suffix(&toks[k].text)
                && !gazetteer().lookup(&doc.tok_text(k + 1, b)).is_empty()
        })
    {
        return true;
    }
    // "Department of Agriculture", "U.S. Department of Agriculture", "Bank of England",
    // "Department for Transport", "Committee on Foreign Affairs", "Committee to Protect
    // Journalists".
    if n >= 3
        && (a..b - 2).any(|k| {
            lexicon::is_org_prefix(&toks[k].text)
                && matches!(toks[k + 1].text.as_str(), "of" | "for" | "on" | "to")
        })
    {
        return true;
    }
    if (a..b).any(|k| toks[k].text == "&") && !lexicon::is_not_org_acronym(&doc.tok_text(a, b)) {
        return true;
    }
    if n == 1 {
        let t = &toks[a].text;
        let lower = t.lower_cow();
        if lower.ends_with(".com") || lower.ends_with(".org") || lower.ends_with(".net") {
            return true;
        }
    }
    if n == 2 && lexicon::in_name_list(NameList::DepartmentWord, &toks[a].text) {
        if let Some(&id) = gazetteer().lookup(&toks[a + 1].text).first() {
            // (a country, or a nation within one: "Transport Scotland", "Sport Wales")
            return matches!(
                gazetteer().entry(id).kind,
                PlaceKind::Country | PlaceKind::Region
            );
        }
    }
    false
}

/// Is the run ending at `b` followed by one of these lowercase word sequences?
pub(crate) fn followed_by<S: AsRef<[&'static str]>>(doc: &Doc, b: usize, seqs: &[S]) -> bool {
    let mut k = b;
    // Skip a possessive.
    if k < doc.tokens.len() && matches!(doc.tokens[k].text.as_str(), "'s" | "’s") {
        return false;
    }
    if k < doc.tokens.len() && doc.tokens[k].is_punct(',') {
        k += 1;
    }
    seqs.iter().any(|seq| {
        seq.as_ref().iter().enumerate().all(|(o, w)| {
            doc.tokens
                .get(k + o)
                .is_some_and(|t| t.text.eq_ignore_ascii_case(w))
        })
    })
}
