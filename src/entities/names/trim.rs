//! Turning one run of name words into mentions.
//!
//! A run is trimmed of what is not the name: leading determiners and dates, a demonym or
//! organization before a title (which becomes the affiliation), party adjectives, titles
//! (which become the role and a gender hint), and words capitalised only because they open a
//! sentence or stand in a headline. The words around the run add evidence (a role noun or an
//! organization descriptor before it, a news medium or group noun after it, "analysts at X"),
//! and `classify::classify` decides the kind of what is left.

use crate::context::cue_after;
use crate::doc::{Doc, Mention, MentionKind};
use crate::gazetteer::gazetteer;
use crate::lexicon::{self, Gender, NameList};
use crate::summary::PlaceKind;
use crate::tokens::Lower;
use crate::tokens::Token;

use super::citation;
use super::classify::{classify, followed_by, is_org_shape};
use super::place_context::{in_known_place, place_word_kind};
use super::runs::{after_opening, is_hyphenated_given_name, is_name_word, words, Context};
use crate::entities::roles::{canonical_org, is_courtesy, org_after_of, role_after, role_before};

/// Trims and classifies one run of name words, pushing zero or more mentions.
pub(crate) fn process_run(
    doc: &Doc,
    ctx: &Context,
    i: usize,
    mut j: usize,
    out: &mut Vec<Mention>,
    vetoed: &mut Vec<(usize, usize)>,
) {
    let toks = &doc.tokens;
    // "Disney Belle Image: Nick Moreau": a caption's label run into the name before it.
    while j > i + 1
        && toks.get(j).is_some_and(|t| t.is_punct(':'))
        && lexicon::in_name_list(NameList::CaptionLabel, &toks[j - 1].text)
    {
        j -= 1;
    }
    // "US$2bn", "HK$30", "A$5": a country's letters glued to a currency sign name money.
    if toks
        .get(j)
        .is_some_and(|t| matches!(t.text.as_str(), "$" | "£" | "€" | "¥") && !t.space_before)
        && toks[j - 1].is_all_caps()
    {
        vetoed.push((j - 1, j));
        j -= 1;
        if j == i {
            return;
        }
    }
    let mut a = i;
    let mut role: Vec<String> = Vec::new();
    let mut titled = false;
    // "Sarah Hill MP", "Anand Rao KC OBE": letters after a name are no part of it; an office
    // among them is the person's role ("an Ottawa Liberal MP" names no one).
    let determined = i > 0 && crate::context::is_determiner(&toks[i - 1].text.to_lowercase());
    while !determined
        && j > i + 1
        && lexicon::in_name_list(NameList::Postnominal, &toks[j - 1].text)
        && toks[j - 2].is_cap()
        && !toks[j - 2].is_all_caps()
    {
        j -= 1;
        titled = true;
        if lexicon::title(&[toks[j].text.as_str()]).is_some() {
            role.insert(0, toks[j].text.clone());
        }
    }
    let mut affiliation: Option<String> = None;
    let mut gender: Option<Gender> = None;
    let mut org_hint = false;
    // Strip leading determiners, dates and other capitalised non-names; a month that is
    // also a given name stays before a surname ("Jan de Vries", "April Jones").
    let given_month = |a: usize| {
        lexicon::first_name(&toks[a].text).is_some()
            && !(a > 0
                && matches!(
                    toks[a - 1].text.lower_cow().as_ref(),
                    "in" | "on"
                        | "since"
                        | "until"
                        | "by"
                        | "last"
                        | "next"
                        | "early"
                        | "late"
                        | "of"
                        | "from"
                        | "through"
                        | "before"
                        | "after"
                        | "mid"
                ))
            && a + 1 < j
            && (super::runs::is_particle(&toks[a + 1])
                || j == a + 2
                    && !lexicon::is_stopword(&toks[a + 1].text)
                    && gazetteer().lookup(&toks[a + 1].text).is_empty()
                    && !lexicon::in_name_list(NameList::EventWord, &toks[a + 1].text))
    };
    while a < j
        && lexicon::is_stopword(&toks[a].text)
        && !toks[a].is_all_caps()
        && lexicon::known_org(&doc.tok_text(a, j)).is_none()
        && !given_month(a)
        // ("A&E", "A&W": a letter joined by "&" is no article)
        && !toks.get(a + 1).is_some_and(|t| t.text == "&" && !t.space_before)
    {
        a += 1;
    }
    // "the Dakar-based Sahel Observatory", "Lagos-born", "Iran-backed": a known place before
    // a compound adjective's second half is a place mention of its own, inside the word; the
    // rest of the run is read on its own.
    if let Some(m) = (a < j).then(|| place_in_compound(doc, a)).flatten() {
        out.push(m);
        if a + 1 < j {
            process_run(doc, ctx, a + 1, j, out, vetoed);
        }
        return;
    }
    // "Cyclone Idai", "the ferry MV Sea Star": a storm, an operation or a ship, whatever
    // its name's words would say.
    if j > a + 1 && lexicon::in_name_list(NameList::EventFirst, &toks[a].text) {
        vetoed.push((a, j));
        return;
    }
    // "Regina Ip In the constituency": a caption run into the next sentence.
    if j > a + 1
        && lexicon::opens_phrase(toks, j - 1)
        && lexicon::known_org(&doc.tok_text(a, j)).is_none()
    {
        j -= 1;
    }
    // "In Fiji Japanese officials …": a known place run into a demonym that begins the
    // next phrase; the place stands alone.
    if j > a + 1
        && gazetteer().demonym(&toks[j - 1].text).is_some()
        && !gazetteer().lookup(&doc.tok_text(a, j - 1)).is_empty()
        && gazetteer().lookup(&doc.tok_text(a, j)).is_empty()
        && lexicon::known_org(&doc.tok_text(a, j)).is_none()
    {
        j -= 1;
    }
    // "Minister for Foreign Affairs Penny Wong", "Secretary of State for Health Ann Lee": a
    // portfolio after a title and "for"/"of" runs into the name; the name starts at a given
    // name, and the title with its portfolio is the role.
    let title_start = (i >= 2 && matches!(toks[i - 1].text.as_str(), "for" | "of"))
        .then(|| {
            (i.saturating_sub(5)..i - 1).find(|&s| {
                toks[s].is_cap()
                    && lexicon::title(&words(doc, s, i - 1)).is_some_and(|(n, _)| s + n == i - 1)
            })
        })
        .flatten();
    if let Some(ts) = title_start.filter(|_| a == i) {
        if let Some(k) = (a + 1..j.saturating_sub(1))
            .find(|&k| lexicon::first_name(&toks[k].text).is_some() && toks[k + 1].is_cap())
        {
            role.push(doc.tok_text(ts, k));
            titled = true;
            a = k;
        }
    }
    // Leading demonym: "Canadian Foreign Minister …", "Russian Deputy …".
    if a + 1 < j {
        if let Some(country) = gazetteer().demonym(&toks[a].text) {
            let w = words(doc, a + 1, j);
            if lexicon::title(&w).is_some() {
                affiliation = Some(country.to_string());
                a += 1;
            }
        }
    }
    // Whatever stands before a title names the affiliation: "NATO Secretary General X",
    // "UK Prime Minister X", "Ottawa New Democrat MP X".
    if a + 1 < j && lexicon::title(&words(doc, a, j)).is_none() {
        let k = (a + 1..j).find(|&k| {
            toks[k].is_cap()
                && lexicon::title(&words(doc, k, j)).is_some_and(|(n, _)| {
                    // ("Information Commissioner's Office": an office's name, not a title)
                    k + n < j && !matches!(toks[k + n].text.as_str(), "'s" | "’s")
                })
        });
        if let Some(k) = k {
            // Unclassifiable words before a title ("Earlier Foreign Secretary X") are dropped.
            affiliation = prefix_affiliation(doc, a, k, out);
            a = k;
        }
    }
    // A run that ends in a title names an office, not a person: "the Texas Governor said",
    // "which Virginia Governor", "the NATO Secretary General". What stands before the title
    // is the place or body it serves; no name follows, so there is no person here.
    if a + 1 < j {
        let k = (a + 1..j).find(|&k| {
            toks[k].is_cap()
                && lexicon::title(&words(doc, k, j)).is_some_and(|(n, t)| k + n == j && !t.styled)
        });
        if let Some(k) = k {
            if office_holder(doc, a, k) {
                let before = out.len();
                if prefix_affiliation(doc, a, k, out).is_some() {
                    return;
                }
                out.truncate(before);
            }
        }
    }
    // Party adjective before a title or name: "Conservative Graham Brady", "New Democrat MP X".
    if a + 1 < j {
        let two = a + 2 < j
            && lexicon::in_name_list(NameList::Party, &toks[a + 1].text)
            && toks[a].text == "New";
        let n = if two { 2 } else { 1 };
        if (two || lexicon::in_name_list(NameList::Party, &toks[a].text)) && a + n < j {
            let rest = words(doc, a + n, j);
            if lexicon::title(&rest).is_some() || lexicon::first_name(rest[0]).is_some() {
                affiliation = Some(doc.tok_text(a, a + n));
                out.push(make(doc, a, a + n, MentionKind::Organization));
                a += n;
            }
        }
    }
    // Titles: "Foreign Minister", "Mr", "President"; but a title word that starts the name of
    // a body, a site or a feature stays in it ("Duke University", "King Fahd Airport", "Lord
    // Howe Island").
    // A title before a given name and one more word names a person whose surname may be a
    // place's last word ("Dr Sarah Lane", "Mr Tom Hill"), though not a building's ("King
    // Fahd Airport").
    let person_after_title = || {
        lexicon::title(&words(doc, a, j)).is_some_and(|(n, _)| {
            let mut k = a + n;
            while k < j && toks[k].is_punct('.') {
                k += 1;
            }
            k + 2 == j
                && lexicon::first_name(&toks[k].text).is_some()
                && !lexicon::is_facility_word(&toks[j - 1].text)
        })
    };
    let named_after = is_org_shape(doc, a, j)
        || lexicon::known_org(&doc.tok_text(a, j)).is_some()
        || (j - a >= 2 && place_word_kind(&toks[j - 1].text).is_some() && !person_after_title());
    while a < j && !named_after {
        let w = words(doc, a, j);
        let Some((n, t)) = lexicon::title(&w) else {
            break;
        };
        if n >= j - a {
            // The whole rest is a title ("the Foreign Minister"), not a name.
            return;
        }
        // "King's College", "Queen's University": a title with a possessive names a body.
        if matches!(toks[a + n].text.as_str(), "'s" | "’s") {
            break;
        }
        // "Pope Francis", "King Abdullah II": the title is part of how one name is written.
        if t.styled && single_name_after(doc, a + n, j) {
            if t.gender != Gender::Unknown {
                gender = Some(t.gender);
            }
            titled = true;
            break;
        }
        if !is_courtesy(t.text) {
            role.push(doc.tok_text(a, a + n).trim_end_matches('.').to_string());
        }
        if t.gender != Gender::Unknown {
            gender = Some(t.gender);
        }
        titled = true;
        a += n;
        // "Mr. Smith": skip the abbreviation's period.
        while a < j && toks[a].is_punct('.') {
            a += 1;
        }
    }
    if a >= j {
        return;
    }
    // "Airline Skyvane has cancelled …", "Carmaker Veltra said …": a descriptor capitalised
    // because it opens the sentence names the kind of body that follows it.
    let mut opening_descriptor = false;
    if j - a >= 2 && (toks[a].sent_start || after_opening(doc, a)) && !titled {
        let w = toks[a].text.to_lowercase();
        if lexicon::in_name_list(NameList::OrgDescriptor, &w)
            || w.ends_with("maker") && lexicon::role_noun(&[w.as_str()]).is_none()
        {
            a += 1;
            opening_descriptor = true;
        }
    }
    let b = j;
    let text = doc.tok_text(a, b);
    let first = &toks[a];
    let n_words = b - a;
    let sentence_initial =
        first.sent_start || after_opening(doc, a) || a == i && toks[i].sent_start;
    let headline = doc.sentences[first.sent].headline;

    // Context before the run: role nouns ("spokeswoman X"), org descriptors ("group X").
    if !titled {
        if let Some((r, g, aff)) = role_before(doc, i) {
            role.push(r);
            if g != Gender::Unknown {
                gender = Some(g);
            }
            if affiliation.is_none() {
                affiliation = aff;
            }
            titled = true;
        }
    }
    // Evidence that names the kind of body, beyond the name's shape: a descriptor before it
    // ("the newspaper X", "state news agency, X,"), or a news medium after it ("X newspaper").
    let mut described = opening_descriptor;
    org_hint |= opening_descriptor;
    // "the club Clegg's son played for": a name with kin ("'s son") is a person's, whatever
    // stands before it.
    let has_kin = toks
        .get(b)
        .is_some_and(|t| matches!(t.text.as_str(), "'s" | "’s"))
        && toks
            .get(b + 1)
            .is_some_and(|t| lexicon::is_kin_noun(&t.text.to_lowercase()));
    // (only inside the sentence: a line ending "… of Civic Party" describes no name below it)
    if i > 0 && toks[i - 1].sent == toks[i].sent && !has_kin {
        let prev = toks[i - 1].text.lower_cow();
        // "carmaker X", "drugmaker X" (but a "lawmaker" or "filmmaker" is a person)
        let maker = prev.ends_with("maker") && lexicon::role_noun(&[prev.as_ref()]).is_none();
        if lexicon::in_name_list(NameList::OrgDescriptor, &prev) || maker {
            org_hint = true;
            described = true;
        }
        // ("The chairman of the bank, Tomasz Nowak,": a given name is a person's)
        if i > 1
            && !titled
            && !(j - i >= 2 && lexicon::first_name(&toks[i].text).is_some())
            && toks[i - 1].is_punct(',')
            && !toks[i - 2].is_cap()
            && lexicon::in_name_list(NameList::OrgDescriptor, &toks[i - 2].text)
        {
            org_hint = true;
            described = true;
        }
    }
    let media = followed_by(doc, b, lexicon::name_phrases(NameList::MediaFollower));
    // "the Comoros government" is the country acting as its government (a place; see
    // `places::acts_as_government`), not a body named "Comoros"
    let country_government = followed_by(doc, b, &[&["government"]])
        && gazetteer().kind_of(&doc.tok_text(i, j)) == Some(PlaceKind::Country);
    if media
        || (!country_government
            && followed_by(doc, b, lexicon::name_phrases(NameList::GroupFollower)))
    {
        org_hint = true;
        // ("the Iran-based newspaper": an adjective, not the paper's name)
        let adjective = toks[i..j].iter().any(|t| {
            t.text
                .split_once('-')
                .is_some_and(|(_, rest)| rest.starts_with(char::is_lowercase))
        });
        described |= !adjective && media;
    }
    // "analysts at Merrill Lynch", "Richard Hunter of Hargreaves Lansdown": where people work
    // is an organization (unless it is a place, known or written as one: "Michael Cella of
    // Orange Park, Florida").
    if !titled
        && i >= 2
        && matches!(toks[i - 1].text.as_str(), "at" | "of")
        && gazetteer().lookup(&doc.tok_text(i, j)).is_empty()
        && !in_known_place(doc, i, j)
    {
        let prep = toks[i - 1].text.as_str();
        let before = toks[i - 2].text.lower_cow();
        let role_before = lexicon::role_noun(&[before.as_ref()]).is_some()
            || lexicon::in_name_list(NameList::WorkplacePeople, &before);
        if (prep == "at" && role_before)
            || (prep == "of"
                && is_name_word(&toks[i - 2])
                && !toks[i - 2].is_all_caps()
                && !toks[i - 2].sent_start)
        {
            org_hint = true;
        }
    }

    // "Reading the report …": a sentence-initial word followed by a determiner is a verb;
    // "Airport staff …": a building's generic noun opening a sentence is no name (unless a
    // verb of saying follows: "Temple said").
    if n_words == 1 && sentence_initial && !titled {
        let next = toks.get(b).map(|t| t.text.as_str()).unwrap_or("");
        let facility = lexicon::is_facility_word(&first.text)
            && !crate::context::is_cue_token(doc, b)
            && !crate::context::is_adverb_or_aux(next);
        if crate::context::is_determiner(next) || facility {
            return;
        }
    }
    // "the Marquesas islands", "the Indian ocean": a feature named with its generic word.
    if !titled
        && n_words <= 3
        && toks.get(b).is_some_and(|t| {
            t.is_word()
                && t.sent == first.sent
                && lexicon::in_name_list(NameList::FeatureFollower, &t.text)
        })
        && lexicon::first_name(&first.text).is_none()
        && lexicon::known_org(&text).is_none()
        && gazetteer().lookup(&text).is_empty()
    {
        out.push(make(doc, a, b + 1, MentionKind::Place));
        return;
    }
    // "the U.S. military", "the Israeli Interior ministry": a nation's body.
    if let Some(m) = national_body(doc, a, b) {
        out.push(m);
        return;
    }
    // Single demonyms are adjectives, not names.
    if n_words <= 2
        && gazetteer().demonym(&text).is_some()
        && gazetteer().kind_of(&text) != Some(PlaceKind::Country)
    {
        return;
    }

    // "(Lewis, Simons, & Fennig, 2014)": authors of a citation are persons, each their own.
    if !titled {
        if let Some(parts) = citation::authors(doc, a, b) {
            for (x, y) in parts {
                let mut m = make(doc, x, y, MentionKind::Person);
                m.described = true;
                out.push(m);
            }
            return;
        }
    }

    // Evidence that a capitalised word is a name rather than a capitalised common word.
    let known_cap = |k: usize| -> bool {
        let t = &toks[k];
        // ("Lee Jae-sung": a family name before a hyphenated given name)
        (k + 1 < b
            && (is_hyphenated_given_name(&toks[k + 1])
                || lexicon::in_name_list(NameList::FamilyFirst, &t.text)))
            || ctx.cap_mid_seen.contains(t.text.as_str())
            || lexicon::first_name(&t.text).is_some()
            || lexicon::known_org(&t.text).is_some()
            || (t.is_all_caps() && !ctx.lower_seen.contains(t.text.to_lowercase().as_str()))
            || !gazetteer().lookup(&t.text).is_empty()
                && !ctx.lower_seen.contains(t.text.to_lowercase().as_str())
    };
    let mut a2 = a;
    // A place or known organization at the start of the run vouches for it, or a part of a
    // known place ("Southern Senegal"); looked up only where it is asked.
    let known_prefix = || {
        (a + 2..=b.min(a + 4)).any(|k| {
            let t = doc.tok_text(a, k);
            lexicon::known_org(&t).is_some() || !gazetteer().lookup(&t).is_empty()
        }) || (b - a >= 2 && lexicon::place_name_start(&toks[a].text).is_some())
            // ("Police Scotland", "Transport Scotland": a department named with its nation)
            || (b - a == 2
                && lexicon::in_name_list(NameList::DepartmentWord, &toks[a].text)
                && is_org_shape(doc, a, b))
            || (b - a >= 2
                && lexicon::is_place_qualifier(&toks[a].text)
                && !gazetteer().lookup(&doc.tok_text(a + 1, b)).is_empty())
    };
    if (sentence_initial || headline) && !titled && !known_prefix() {
        // Drop leading words that are only capitalised because of their position; a lone
        // word that reports speech ("Heald said") is kept unless it is a common noun.
        let speaking = b == a + 1 && cue_after(doc, b) && {
            let lower = toks[a].text.to_lowercase();
            !ctx.lower_seen.contains(lower.as_str())
                && lexicon::role_noun(&[lower.as_ref()]).is_none()
                && lexicon::pronoun(&lower).is_none()
                && !lower.ends_with('s')
        };
        // "Anders Fogh Rasmussen, the chief of NATO," / "Ban Ki-moon said": a run of two
        // or more words that an apposition with a role, an age, a relative "who" or a verb of
        // saying follows is a
        // name from its first word, unless that word is a common one (seen in lower case,
        // a stopword, a role noun, a title or a pronoun).
        let introduced = n_words > 1
            && (cue_after(doc, b)
                || role_after(doc, b).is_some()
                || crate::context::who_after(doc, b)
                || crate::context::age_after(doc, b)
                || org_after_of(doc, b).is_some());
        // "Seismologist Hiroshi Tanaka": a word shaped like an occupation ("-ologist",
        // "-ist", "-ician", "-grapher") before a given name, or before two more words,
        // describes the person.
        let occupation = |k: usize| {
            let lower = toks[k].text.to_lowercase();
            ["ologist", "ist", "ician", "grapher"]
                .iter()
                .any(|x| lower.len() > x.len() + 2 && lower.ends_with(x))
                && lexicon::first_name(&toks[k].text).is_none()
                && (k + 3 <= b || k + 1 < b && lexicon::first_name(&toks[k + 1].text).is_some())
                && (k + 1..b).all(|j| {
                    toks[j].is_cap()
                        && !lexicon::is_org_prefix(&toks[j].text)
                        && !lexicon::is_org_suffix(&toks[j].text)
                })
        };
        let name_like = |k: usize| {
            let w = toks[k].text.as_str();
            let lower = w.to_lowercase();
            introduced
                && !occupation(k)
                && !ctx.lower_seen.contains(lower.as_str())
                && !lexicon::is_stopword(w)
                && lexicon::role_noun(&[lower.as_ref()]).is_none()
                && lexicon::title(&[w]).is_none()
                && lexicon::pronoun(&lower).is_none()
                && gazetteer().demonym(w).is_none()
        };
        while a2 < b && !known_cap(a2) && !speaking && !name_like(a2) {
            a2 += 1;
        }
        if a2 >= b {
            return;
        }
        if a2 > a && n_words > 1 && lexicon::is_org_suffix(&toks[b - 1].text) {
            // "Environment Canada", "Treasury Board": keep the whole run when it ends like an org.
            a2 = a;
        }
    }
    if headline && !titled {
        // Headline words must be confirmed by the body.
        let confirmed = (a2..b).any(|k| ctx.cap_mid_seen.contains(toks[k].text.as_str()))
            || lexicon::known_org(&doc.tok_text(a2, b)).is_some();
        if !confirmed {
            return;
        }
    }
    let a = a2;
    let text = if a == i { text } else { doc.tok_text(a, b) };
    let folded_text = text.as_str();

    let kind = classify(doc, ctx, a, b, folded_text, titled, org_hint);
    let Some(kind) = kind else {
        // The rules looked at this run and found it names nothing: the chooser must not
        // add it back from the tagger.
        vetoed.push((a, b));
        return;
    };
    // "the Republican party": the party's name takes its lowercase noun.
    let b = if kind == MentionKind::Organization
        && b == a + 1
        && lexicon::in_name_list(NameList::Party, &toks[a].text)
        && toks.get(b).is_some_and(|t| t.text == "party")
    {
        b + 1
    } else {
        b
    };
    let mut m = make(doc, a, b, kind);
    m.described = described && kind == MentionKind::Organization;
    if kind == MentionKind::Person || kind == MentionKind::Organization {
        // Apposition after the name: "X, the spokeswoman," / "X, White House spokeswoman".
        if role.is_empty() {
            if let Some((r, g, aff)) = role_after(doc, b) {
                role.push(r);
                if g != Gender::Unknown && gender.is_none() {
                    gender = Some(g);
                }
                if affiliation.is_none() {
                    affiliation = aff;
                }
            }
        }
        if !role.is_empty() {
            m.role = Some(role.join(" "));
        }
        // "Det Insp Rhian Jones of South Wales Police", "John Sauven of Greenpeace".
        if affiliation.is_none() && kind == MentionKind::Person {
            affiliation = org_after_of(doc, b);
        }
        m.affiliation = affiliation;
        m.gender_hint = gender;
    }
    out.push(m);
}

/// A nation (demonym or country name, or a country's possessive), at most one more
/// capitalised word, and a lowercase body noun right after the run `[a, b)`, perhaps after
/// one lowercase modifier ("the Russian defence ministry", "Russia's defence ministry"):
/// that body, as an organization.
fn national_body(doc: &Doc, a: usize, b: usize) -> Option<Mention> {
    let toks = &doc.tokens;
    // "Russia's defence ministry": a country's possessive before the body.
    let possessive = toks
        .get(b)
        .is_some_and(|t| matches!(t.text.as_str(), "'s" | "’s"));
    let n0 = if possessive { b + 1 } else { b };
    // A portfolio may stand before a ministry: "the Russian defence ministry".
    let lower_word = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.is_word() && !t.is_cap() && t.sent == toks[a].sent)
    };
    let noun = if lower_word(n0) && lexicon::is_national_body(&toks[n0].text) {
        n0
    } else if lower_word(n0)
        && lower_word(n0 + 1)
        && matches!(toks[n0 + 1].text.as_str(), "ministry" | "department")
        && !toks[n0].text.ends_with('s')
        && !lexicon::is_function_word(&toks[n0].text)
    {
        n0 + 1
    } else {
        return None;
    };
    let nation = |e: usize| {
        let t = doc.tok_text(a, e);
        !possessive && gazetteer().demonym(&t).is_some()
            || gazetteer().kind_of(&t) == Some(PlaceKind::Country)
    };
    (b.saturating_sub(1).max(a + 1)..=b)
        .any(nation)
        .then(|| make(doc, a, noun + 1, MentionKind::Organization))
}

/// Words before a final title that name what the office serves rather than a person's
/// given name: a country, a region or a demonym ("Texas", "Kenyan"), a known organization,
/// or anything that is not a first name.
fn office_holder(doc: &Doc, a: usize, k: usize) -> bool {
    let text = doc.tok_text(a, k);
    if gazetteer().demonym(&text).is_some() || lexicon::known_org(&text).is_some() {
        return true;
    }
    let state = gazetteer().lookup(&text).iter().any(|&id| {
        matches!(
            gazetteer().entry(id).kind,
            PlaceKind::Country | PlaceKind::Region
        )
    });
    state || (k == a + 1 && lexicon::first_name(&text).is_none())
}

/// Classifies the words before a title inside a run, pushing their mentions; returns the
/// affiliation they give (a country for a demonym or place, else the organization's name).
fn prefix_affiliation(doc: &Doc, a: usize, k: usize, out: &mut Vec<Mention>) -> Option<String> {
    let toks = &doc.tokens;
    let text = doc.tok_text(a, k);
    if let Some(country) = gazetteer().demonym(&text) {
        return Some(country.to_string());
    }
    // A party at the end: "Ottawa New Democrat", "Conservative".
    let last = &toks[k - 1].text;
    if lexicon::in_name_list(NameList::Party, last) {
        let s = if k >= a + 2
            && matches!(
                toks[k - 2].text.as_str(),
                "New" | "Liberal" | "Social" | "Christian"
            ) {
            k - 2
        } else {
            k - 1
        };
        if s > a {
            prefix_affiliation(doc, a, s, out);
        }
        out.push(make(doc, s, k, MentionKind::Organization));
        return Some(doc.tok_text(s, k));
    }
    if lexicon::known_org(&text).is_some() || is_org_shape(doc, a, k) {
        out.push(make(doc, a, k, MentionKind::Organization));
        return Some(canonical_org(&text));
    }
    if let Some(&id) = gazetteer().lookup(&text).first() {
        out.push(make(doc, a, k, MentionKind::Place));
        let e = gazetteer().entry(id);
        return Some(match e.kind {
            PlaceKind::Country => e.name.to_string(),
            _ => e.country.unwrap_or(e.name).to_string(),
        });
    }
    if (a..k).all(|i| toks[i].is_all_caps()) {
        out.push(make(doc, a, k, MentionKind::Organization));
        return Some(text);
    }
    None
}

/// Tokens `[s, e)` are one capitalised name word, perhaps with a regnal number ("Francis",
/// "Abdullah II", "Benedict XVI").
fn single_name_after(doc: &Doc, s: usize, e: usize) -> bool {
    let toks = &doc.tokens;
    let roman = |t: &Token| t.text.len() <= 5 && t.text.chars().all(|c| "IVXL".contains(c));
    s < e
        && is_name_word(&toks[s])
        && !toks[s].is_all_caps()
        && lexicon::title(&[toks[s].text.as_str()]).is_none()
        && (e == s + 1 || e == s + 2 && roman(&toks[s + 1]))
}

/// The place named by the first half of the hyphenated word at token `k` ("London-based"):
/// a place the gazetteer knows (not a demonym) before a `place_compound` half, or a country
/// before any compound adjective's half ("Iran-backed", "US-led").
fn place_in_compound(doc: &Doc, k: usize) -> Option<Mention> {
    let t = &doc.tokens[k];
    let (left, rest) = t.text.split_once('-')?;
    if !t.is_cap() || left.chars().count() < 2 || gazetteer().demonym(left).is_some() {
        return None;
    }
    let kind = gazetteer().kind_of(left)?;
    let ok = lexicon::in_name_list(NameList::PlaceCompound, rest)
        || lexicon::in_name_list(NameList::CompoundAdjective, rest)
            && matches!(kind, PlaceKind::Country | PlaceKind::Continent);
    if !ok {
        return None;
    }
    let mut m = Mention::of_tokens(doc, k, k + 1, MentionKind::Place);
    m.end = m.start + left.chars().count();
    m.text = left.to_string();
    Some(m)
}

fn make(doc: &Doc, mut a: usize, b: usize, kind: MentionKind) -> Mention {
    // "The European Commission" is named "European Commission".
    if kind == MentionKind::Organization
        && b > a + 1
        && doc.tokens[a].text.eq_ignore_ascii_case("the")
    {
        a += 1;
    }
    Mention::of_tokens(doc, a, b, kind)
}
