//! Finding name spans and deciding what each one names.
//!
//! Candidates are runs of capitalised words (with the particles and connectors that occur
//! inside names: "bin", "van", "of" in "University of Sheffield"). Each run is trimmed of
//! determiners, dates, demonyms and titles (which become the mention's role and
//! affiliation), then classified from the strongest evidence available:
//! lexicons (known organizations, first names, the gazetteer), the words around it
//! ("drugs group X" is a company, "spokeswoman X" a person, "X, the spokeswoman," too), and
//! its shape (an organization word at its end, an acronym). Sentence-initial words and
//! headline words need extra evidence, because English capitalises them regardless.

use std::collections::HashSet;

use crate::doc::{Doc, Mention, MentionKind};
use crate::gazetteer::gazetteer;
use crate::lexicon::{self, Gender};
use crate::summary::PlaceKind;
use crate::tokens::Lower;
use crate::tokens::{TokKind, Token};

/// Particles that stay inside personal names.
const PARTICLES: &[&str] = &[
    "de", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "ter", "bin",
    "bint", "ibn", "al", "el", "la", "le", "du", "des", "y", "ben", "abu", "st",
];

/// Acronyms that are not organizations (units, titles, technical terms, time zones).
const NOT_ORG_ACRONYMS: &[&str] = &[
    "CEO", "CFO", "COO", "CTO", "MP", "MPS", "MEP", "QC", "KC", "SC", "PM", "AM", "GMT", "UTC",
    "BST", "EST", "EDT", "PST", "PDT", "CET", "TV", "PC", "IT", "AI", "GDP", "HTML", "HTTP", "URL",
    "PDF", "USB", "DNA", "RNA", "HIV", "AIDS", "SARS", "COVID", "OK", "BC", "AD", "BCE", "CE",
    "VIP", "ID", "IQ", "PR", "HR", "VAT", "GPS", "SMS", "FAQ", "CD", "DVD", "LED", "LCD", "UFO",
    "NB", "PS", "AKA", "ASAP", "DIY", "ETA", "FYI", "RIP", "MVP", "PHD", "MBA", "MD", "JR", "SR",
    "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "NO", "KM", "KG", "MPH", "LNG",
    "CO2", "UV", "IVF", "ICU", "ER", "NHS", "WWII", "WWI", "US", "UK", "EU", "UN", "IE", "OS",
    "APP", "API", "CCTV", "SUV", "ATM", "PIN", "RSS", "SEO", "SQL", "XML", "CSS", "JS", "WIFI",
];

/// Party adjectives that stand before a politician's name ("Conservative Graham Brady").
const PARTY_WORDS: &[&str] = &[
    "Conservative",
    "Labour",
    "Republican",
    "Democrat",
    "Democratic",
    "Liberal",
    "Tory",
    "Socialist",
    "Green",
    "Communist",
    "Nationalist",
    "Unionist",
    "Independent",
    "Centrist",
];

/// Lowercase words after a name that make it a region.
const REGION_FOLLOWERS: &[&[&str]] = &[
    &["region"],
    &["province"],
    &["county"],
    &["district"],
    &["prefecture"],
    &["oblast"],
    &["governorate"],
    &["state"],
];

/// Lowercase generic words that, after a name, are part of a feature's name ("the Marquesas
/// islands", "the Gambier archipelago", "the Indian ocean").
const FEATURE_FOLLOWERS: &[&str] = &["islands", "isles", "archipelago", "atoll", "ocean"];

/// Plural nouns for people who work somewhere ("analysts at X").
const ANONYMOUS_PEOPLE: &[&str] = &[
    "analysts",
    "analyst",
    "researchers",
    "scientists",
    "economists",
    "officials",
    "staff",
    "workers",
    "employees",
    "engineers",
    "doctors",
    "experts",
    "sources",
    "executives",
    "students",
    "professors",
    "lawyers",
    "bankers",
    "traders",
    "strategists",
];

/// Lowercase words after a name that make it a sports team ("Newcastle boss").
const TEAM_FOLLOWERS: &[&str] = &[
    "manager",
    "boss",
    "striker",
    "coach",
    "captain",
    "midfielder",
    "defender",
    "goalkeeper",
    "keeper",
    "winger",
    "fans",
    "supporters",
    "squad",
    "forward",
    "skipper",
    "chairman",
];

/// Last words of event, law and award names.
const EVENT_WORDS: &[&str] = &[
    "Prix",
    "Cup",
    "Championship",
    "Championships",
    "Games",
    "Olympics",
    "Festival",
    "Summit",
    "Conference",
    "Award",
    "Awards",
    "Prize",
    "Open",
    "Marathon",
    "Tour",
    "Series",
    "War",
    "Act",
    "Bill",
    "Treaty",
    "Agreement",
    "Accord",
    "Convention",
    "Protocol",
    "Declaration",
    "Day",
    "Week",
    "Year",
    "Expo",
    "Fair",
    "Show",
    "Trophy",
    "Derby",
    "Classic",
    "Rally",
    "Election",
    "Elections",
    "Referendum",
    "Crisis",
    "Revolution",
    "Storm",
    "Hurricane",
];

/// Lowercase nouns that, placed right before a name, say it is an organization.
const ORG_DESCRIPTORS: &[&str] = &[
    "group",
    "company",
    "firm",
    "retailer",
    "daily",
    "weekly",
    "newspaper",
    "paper",
    "tabloid",
    "magazine",
    "journal",
    "broadcaster",
    "channel",
    "network",
    "website",
    "site",
    "agency",
    "giant",
    "maker",
    "carmaker",
    "automaker",
    "manufacturer",
    "producer",
    "chain",
    "club",
    "side",
    "team",
    "party",
    "charity",
    "union",
    "bank",
    "lender",
    "insurer",
    "airline",
    "operator",
    "conglomerate",
    "startup",
    "start-up",
    "regulator",
    "watchdog",
    "organisation",
    "organization",
    "body",
    "supermarket",
    "brand",
    "outlet",
    "publication",
    "daily's",
    "broadcasters",
    "firms",
    "groups",
    "companies",
    "publisher",
    "studio",
    "label",
    "think-tank",
    "association",
    "ministry",
    "department",
    "court",
    "university",
    "institute",
    "federation",
    "council",
    "committee",
    "commission",
];

/// Common nouns that, before a country name, make a government department ("Environment
/// Canada", "Statistics Canada") rather than a place.
const DEPARTMENT_WORDS: &[&str] = &[
    "Environment",
    "Health",
    "Statistics",
    "Transport",
    "Parks",
    "Sport",
    "Heritage",
    "Finance",
    "Agriculture",
    "Justice",
    "Employment",
    "Immigration",
    "Infrastructure",
    "Industry",
    "Elections",
    "Fisheries",
    "Revenue",
    "Veterans",
    "Water",
    "Energy",
    "Tourism",
    "Trade",
    "Business",
    "Education",
    "Culture",
    "Defence",
    "Customs",
];

/// Words after a name that say it is a group ("the Hells Angels biker gang"); the news media
/// ([`MEDIA_FOLLOWERS`]) say so too.
const GROUP_FOLLOWERS: &[&[&str]] = &[
    &["gang"],
    &["biker", "gang"],
    &["militia"],
    &["rebels"],
    &["movement"],
    &["faction"],
    &["government"],
];

/// Words after a name that say it is a news organization ("Yonhap news agency").
const MEDIA_FOLLOWERS: &[&[&str]] = &[
    &["news", "agency"],
    &["newspaper"],
    &["news", "service"],
    &["daily"],
    &["broadcaster"],
    &["television"],
    &["tv"],
];

/// Forms of address that say nothing about a person's role.
fn is_courtesy(title: &str) -> bool {
    matches!(
        title.trim_end_matches('.'),
        "Mr" | "Mrs"
            | "Ms"
            | "Miss"
            | "Mx"
            | "Messrs"
            | "Mister"
            | "Madam"
            | "Madame"
            | "Mme"
            | "Monsieur"
            | "Herr"
            | "Frau"
            | "Señor"
            | "Señora"
            | "Signor"
            | "Sir"
            | "Dame"
    )
}

/// Is this token a connector that may stay inside a name?
fn is_particle(t: &Token) -> bool {
    t.is_word() && PARTICLES.contains(&t.text.lower_cow().as_ref()) && !t.is_cap()
}

/// A lowercase particle joined by a hyphen to a capitalised name part: "al-Assad",
/// "el-Sisi", "bin-Talal".
fn is_hyphened_particle(t: &Token) -> bool {
    t.is_word()
        && t.text.split_once('-').is_some_and(|(p, rest)| {
            PARTICLES.contains(&p) && rest.starts_with(|c: char| c.is_uppercase())
        })
}

/// A word that can be part of a name: capitalised or an acronym, not a lone "I"; or a
/// particle joined to a capitalised name ("al-Qaeda", "el-Sisi").
fn is_name_word(t: &Token) -> bool {
    t.is_word() && (t.is_cap() && t.text != "I" || is_hyphened_particle(t))
}

/// Facts about the whole text computed once: words seen lowercase, words seen capitalised
/// in the middle of sentences.
pub struct Context {
    pub lower_seen: HashSet<String>,
    pub cap_mid_seen: HashSet<String>,
    /// Capitalised words seen without a name word before them ("Lai" in "Lai's empire").
    pub standalone: HashSet<String>,
}

impl Context {
    pub fn new(doc: &Doc) -> Context {
        let mut lower_seen = HashSet::new();
        let mut cap_mid_seen = HashSet::new();
        let mut standalone = HashSet::new();
        for (i, t) in doc.tokens.iter().enumerate() {
            if !t.is_word() {
                continue;
            }
            if t.is_cap() && (i == 0 || !is_name_word(&doc.tokens[i - 1])) {
                standalone.insert(t.text.clone());
            }
            if t.text.chars().next().is_some_and(|c| c.is_lowercase()) {
                lower_seen.insert(t.text.clone());
            } else if !t.sent_start && !doc.sentences[t.sent].headline && !after_opening(doc, i) {
                cap_mid_seen.insert(t.text.clone());
            }
        }
        Context {
            lower_seen,
            cap_mid_seen,
            standalone,
        }
    }
}

/// Token `i` follows an opening quote, bracket, dash or colon (a position that capitalises).
fn after_opening(doc: &Doc, i: usize) -> bool {
    let mut k = i;
    while k > 0 {
        let p = &doc.tokens[k - 1];
        if p.kind != TokKind::Punct {
            return false;
        }
        if matches!(
            p.text.as_str(),
            "\"" | "“" | "‘" | "'" | "«" | "„" | "(" | "[" | ":" | "—" | "–" | "-"
        ) {
            return true;
        }
        if p.sent_start {
            return true;
        }
        k -= 1;
    }
    true
}

/// Finds all name mentions in the document.
pub fn detect(doc: &mut Doc) {
    let ctx = Context::new(doc);
    let mut mentions = Vec::new();
    let mut vetoed = Vec::new();
    for si in 0..doc.sentences.len() {
        let s = doc.sentences[si];
        let mut i = s.tok_start;
        while i < s.tok_end {
            if !is_name_word(&doc.tokens[i]) {
                i += 1;
                continue;
            }
            let j = extend(doc, i, s.tok_end);
            let before = mentions.len();
            process_run(doc, &ctx, i, j, &mut mentions, &mut vetoed);
            particle_before(doc, i, s.tok_start, &mut mentions[before..]);
            i = j;
        }
    }
    for m in &mut mentions {
        m.in_quote = doc.in_quote(m.start);
    }
    unify_kinds(&mut mentions);
    mentions.sort_by_key(|m| (m.start, m.end));
    doc.mentions = mentions;
    doc.vetoed = vetoed;
}

/// Particles that open a family name written without the given name: "bin Laden said",
/// "de Gaulle", "van Gogh" (not "la", "le", "y": articles and conjunctions elsewhere).
const SURNAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "dos", "das", "del", "della", "van", "von", "der", "den", "ter", "bin",
    "ibn", "al", "el", "du", "abu",
];

/// A person's name found at token `i` takes in the particle just before it when nothing
/// capitalised precedes that ("said bin Laden was", "de Gaulle's").
fn particle_before(doc: &Doc, i: usize, sent_start: usize, found: &mut [Mention]) {
    if i == sent_start {
        return;
    }
    let p = &doc.tokens[i - 1];
    let particle = p.is_word()
        && !p.is_cap()
        && SURNAME_PARTICLES.contains(&p.text.as_str())
        && p.end == doc.tokens[i].start - 1;
    if !particle || i - 1 > sent_start && doc.tokens[i - 2].is_cap() {
        return;
    }
    for m in found {
        if m.kind == MentionKind::Person && m.tok_start == i && m.role.is_none() {
            m.tok_start = i - 1;
            m.start = p.start;
            m.text = doc.tok_text(i - 1, m.tok_end);
        }
    }
}

/// One name, one kind: a name classified as an organization anywhere (a descriptor said
/// "drugs group Eli Lilly", a plural verb said "Newcastle have") is an organization
/// everywhere, since person and place were only defaults for it; countries and continents
/// excepted.
fn unify_kinds(mentions: &mut [Mention]) {
    let orgs: HashSet<String> = mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Organization)
        .map(|m| m.text.clone())
        .collect();
    for m in mentions.iter_mut() {
        if m.kind != MentionKind::Organization
            && orgs.contains(&m.text)
            && m.role.is_none()
            && !(m.kind == MentionKind::Place && is_country(&m.text))
        {
            m.kind = MentionKind::Organization;
        }
    }
}

/// A country or continent of the gazetteer: read as a place where the text says nothing
/// else, whatever one other mention of it was taken for ("Iraq have warned Turkey" does not
/// make every "Iraq" of the article a team).
fn is_country(name: &str) -> bool {
    matches!(
        gazetteer().kind_of(name),
        Some(PlaceKind::Country | PlaceKind::Continent)
    )
}

/// Longest run of tokens taken as one name candidate: longer runs (title-case headlines,
/// garbage) are cut into pieces, which keeps the per-run work bounded.
const MAX_RUN_TOKENS: usize = 16;

/// Extends a run of name words starting at `i`; returns its end (exclusive).
fn extend(doc: &Doc, i: usize, end: usize) -> usize {
    let toks = &doc.tokens;
    let mut j = i + 1;
    let mut seen_of = false;
    let mut seen_connector = false;
    // Inside "Department for Culture, Media and Sport": a list of the body's fields.
    let mut in_list = false;
    let mut has_org_word =
        lexicon::is_org_prefix(&toks[i].text) || lexicon::is_org_suffix(&toks[i].text);
    while j < end && j - i < MAX_RUN_TOKENS {
        let t = &toks[j];
        if t.line_before {
            break;
        }
        // "Mr. Smith", "J. Doe": an abbreviation or initial keeps its period inside the name.
        if t.is_punct('.')
            && !t.space_before
            && j + 1 < end
            && is_name_word(&toks[j + 1])
            && (crate::tokens::is_abbreviation(&toks[j - 1].text)
                || toks[j - 1].text.chars().count() == 1)
        {
            j += 1;
            continue;
        }
        if is_name_word(t) {
            has_org_word |= lexicon::is_org_prefix(&t.text) || lexicon::is_org_suffix(&t.text);
            j += 1;
            continue;
        }
        // A particle joined to the surname: "Bashar al-Assad", "Abdel Fattah el-Sisi".
        if is_hyphened_particle(t) {
            j += 1;
            continue;
        }
        // "People's Daily", "Korean People's Army": a possessive inside an organization name.
        if matches!(t.text.as_str(), "'s" | "’s")
            && j + 1 < end
            && is_name_word(&toks[j + 1])
            && lexicon::is_org_suffix(&toks[j + 1].text)
        {
            j += 1;
            continue;
        }
        // Particles may come in a row: "Ursula von der Leyen".
        if is_particle(t) {
            let mut k = j;
            while k < end && is_particle(&toks[k]) && !toks[k].line_before {
                k += 1;
            }
            if k < end && k > j && k - j <= 3 && is_name_word(&toks[k]) && !toks[k].line_before {
                j = k;
                continue;
            }
        }
        // A known organization's name with small words in it: "Save the Children",
        // "Friends of the Earth".
        if matches!(t.text.as_str(), "the" | "of" | "for" | "to" | "and" | "on")
            && !t.line_before
            && j + 1 < end
            && (is_name_word(&toks[j + 1]) || j + 2 < end && is_name_word(&toks[j + 2]))
        {
            let known = (j + 1..end.min(j + 5)).rev().find(|&e| {
                is_name_word(&toks[e])
                    && toks[j..=e].iter().all(|t| t.is_word() && !t.line_before)
                    && lexicon::known_org(&doc.tok_text(i, e + 1)).is_some()
            });
            if let Some(e) = known {
                has_org_word = true;
                j = e + 1;
                continue;
            }
        }
        // Connectors need a capitalised word right after them.
        let next_cap = j + 1 < end && is_name_word(&toks[j + 1]) && !toks[j + 1].line_before;
        if !next_cap {
            break;
        }
        // "Ministry of Housing, Communities and Local Government": after "of"/"for", a comma
        // continues the name when a list of capitalised words follows and ends with "and".
        if t.is_punct(',') {
            if has_org_word && (seen_of || seen_connector) && org_field_list(doc, j + 1, end) {
                in_list = true;
                j += 1;
                continue;
            }
            break;
        }
        if is_particle(t) {
            j += 1;
            continue;
        }
        let lower = t.text.as_str();
        let run_after_has_org = {
            let mut k = j + 1;
            let mut found = false;
            while k < end && is_name_word(&toks[k]) {
                found |= lexicon::is_org_suffix(&toks[k].text);
                k += 1;
            }
            found
        };
        let ok = match lower {
            // "Secretary of State Ann Smith": a title with "of" in it stays in the run.
            "of" => {
                !seen_of
                    && (has_org_word
                        || (i..j).any(|k| {
                            lexicon::title(&words(doc, k, (j + 3).min(end)))
                                .is_some_and(|(n, _)| k + n > j + 1)
                        }))
            }
            // "Council on Foreign Relations", but not "the Union on Monday".
            "for" | "on" => has_org_word && !seen_of && !lexicon::is_stopword(&toks[j + 1].text),
            // "Food and Drug Administration", but not "the Treasury Board and Acme Inc".
            "and" => {
                in_list
                    || (!seen_of
                        && !lexicon::is_org_suffix(&toks[j - 1].text)
                        && (run_after_has_org || (has_org_word && seen_connector)))
                    // "Ministry of Civil Defence and Emergency Management": the fields of a
                    // body named "X of …", unless a person or another body follows.
                    || (seen_of
                        && has_org_word
                        && !lexicon::is_org_suffix(&toks[j - 1].text)
                        && lexicon::first_name(&toks[j + 1].text).is_none()
                        && !lexicon::is_org_prefix(&toks[j + 1].text)
                        && lexicon::known_org(&toks[j + 1].text).is_none()
                        && gazetteer().lookup(&toks[j + 1].text).is_empty())
            }
            "&" => true,
            "in" => has_org_word && seen_connector && !seen_of,
            // "University of the US" is a university in a country, not a name.
            "the" => j > i && toks[j - 1].text == "of" && !followed_by_country(doc, j + 1, end),
            _ => false,
        };
        if !ok {
            break;
        }
        if lower == "of" {
            seen_of = true;
        }
        if matches!(lower, "for" | "and" | "&" | "on") {
            seen_connector = true;
        }
        j += 1;
    }
    // Do not end on a connector.
    while j > i + 1 && !is_name_word(&toks[j - 1]) && !is_hyphened_particle(&toks[j - 1]) {
        j -= 1;
    }
    j
}

/// The organization named right after a person by "of" ("X of South Wales Police").
fn org_after_of(doc: &Doc, b: usize) -> Option<String> {
    let toks = &doc.tokens;
    if toks.get(b).is_none_or(|t| t.text != "of") {
        return None;
    }
    let mut a = b + 1;
    if toks.get(a).is_some_and(|t| t.text == "the") {
        a += 1;
    }
    let end = doc.sentences[toks[b].sent].tok_end;
    if a >= end || !is_name_word(&toks[a]) {
        return None;
    }
    let e = extend(doc, a, end);
    let text = doc.tok_text(a, e);
    if let Some(org) = lexicon::known_org(&text) {
        return Some(org.name.to_string());
    }
    (is_org_shape(doc, a, e) && gazetteer().lookup(&text).is_empty()).then_some(text)
}

/// Is `k` the start of "Culture, Media and Sport": capitalised words, separated by commas,
/// whose last item follows "and"? (At most a few items, within `end`.)
fn org_field_list(doc: &Doc, mut k: usize, end: usize) -> bool {
    let toks = &doc.tokens;
    for _ in 0..6 {
        let start = k;
        while k < end && is_name_word(&toks[k]) && !toks[k].line_before {
            k += 1;
        }
        if k == start || k >= end {
            return false;
        }
        let t = &toks[k];
        let next_cap = k + 1 < end && is_name_word(&toks[k + 1]) && !toks[k + 1].line_before;
        // an item that is a place ("Ministry of Defence, Paris and Berlin") ends the name
        if !gazetteer().lookup(&doc.tok_text(start, k)).is_empty() {
            return false;
        }
        if t.text == "and" {
            let mut e = k + 1;
            while e < end && is_name_word(&toks[e]) && !toks[e].line_before {
                e += 1;
            }
            return next_cap && gazetteer().lookup(&doc.tok_text(k + 1, e)).is_empty();
        }
        if !(t.is_punct(',') && next_cap) {
            return false;
        }
        k += 1;
    }
    false
}

/// Does a country's name start at token `k`?
fn followed_by_country(doc: &Doc, k: usize, end: usize) -> bool {
    (k + 1..=(k + 3).min(end))
        .any(|e| gazetteer().kind_of(&doc.tok_text(k, e)) == Some(PlaceKind::Country))
}

fn words(doc: &Doc, s: usize, e: usize) -> Vec<&str> {
    doc.tokens[s..e].iter().map(|t| t.text.as_str()).collect()
}

/// Trims and classifies one run of name words, pushing zero or more mentions.
fn process_run(
    doc: &Doc,
    ctx: &Context,
    i: usize,
    j: usize,
    out: &mut Vec<Mention>,
    vetoed: &mut Vec<(usize, usize)>,
) {
    let toks = &doc.tokens;
    let mut a = i;
    let mut role: Vec<String> = Vec::new();
    let mut affiliation: Option<String> = None;
    let mut gender: Option<Gender> = None;
    let mut titled = false;
    let mut org_hint = false;
    // Strip leading determiners, dates and other capitalised non-names.
    while a < j
        && lexicon::is_stopword(&toks[a].text)
        && !toks[a].is_all_caps()
        && lexicon::known_org(&doc.tok_text(a, j)).is_none()
    {
        a += 1;
    }
    // "Regina Ip In the constituency": a caption run into the next sentence.
    let mut j = j;
    if j > a + 1
        && lexicon::opens_phrase(toks, j - 1)
        && lexicon::known_org(&doc.tok_text(a, j)).is_none()
    {
        j -= 1;
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
            toks[k].is_cap() && lexicon::title(&words(doc, k, j)).is_some_and(|(n, _)| k + n < j)
        });
        if let Some(k) = k {
            // Unclassifiable words before a title ("Earlier Foreign Secretary X") are dropped.
            affiliation = prefix_affiliation(doc, a, k, out);
            a = k;
        }
    }
    // Party adjective before a title or name: "Conservative Graham Brady", "New Democrat MP X".
    if a + 1 < j {
        let two =
            a + 2 < j && PARTY_WORDS.contains(&toks[a + 1].text.as_str()) && toks[a].text == "New";
        let n = if two { 2 } else { 1 };
        if (two || PARTY_WORDS.contains(&toks[a].text.as_str())) && a + n < j {
            let rest = words(doc, a + n, j);
            if lexicon::title(&rest).is_some() || lexicon::first_name(rest[0]).is_some() {
                affiliation = Some(doc.tok_text(a, a + n));
                out.push(make(doc, a, a + n, MentionKind::Organization));
                a += n;
            }
        }
    }
    // Titles: "Foreign Minister", "Mr", "President"; but a title word that starts the name of
    // a body or a site stays in it ("Duke University", "King Fahd Airport").
    let named_after = is_org_shape(doc, a, j)
        || lexicon::known_org(&doc.tok_text(a, j)).is_some()
        || (j - a >= 2 && lexicon::is_facility_word(&toks[j - 1].text));
    while a < j && !named_after {
        let w = words(doc, a, j);
        let Some((n, t)) = lexicon::title(&w) else {
            break;
        };
        if n >= j - a {
            // The whole rest is a title ("the Foreign Minister"), not a name.
            return;
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
    let mut described = false;
    if i > 0 {
        let prev = toks[i - 1].text.lower_cow();
        // "carmaker X", "drugmaker X" (but a "lawmaker" or "filmmaker" is a person)
        let maker = prev.ends_with("maker") && lexicon::role_noun(&[prev.as_ref()]).is_none();
        if ORG_DESCRIPTORS.contains(&prev.as_ref()) || maker {
            org_hint = true;
            described = true;
        }
        if i > 1
            && toks[i - 1].is_punct(',')
            && !toks[i - 2].is_cap()
            && ORG_DESCRIPTORS.contains(&toks[i - 2].text.as_str())
        {
            org_hint = true;
            described = true;
        }
    }
    let media = followed_by(doc, b, MEDIA_FOLLOWERS);
    // "the Comoros government" is the country acting as its government (a place; see
    // `places::acts_as_government`), not a body named "Comoros"
    let country_government = followed_by(doc, b, &[&["government"]])
        && gazetteer().kind_of(&doc.tok_text(i, j)) == Some(PlaceKind::Country);
    if media || (!country_government && followed_by(doc, b, GROUP_FOLLOWERS)) {
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
    // is an organization (unless it is a place).
    if !titled && i >= 2 && gazetteer().lookup(&doc.tok_text(i, j)).is_empty() {
        let prep = toks[i - 1].text.as_str();
        let before = toks[i - 2].text.lower_cow();
        let role_before = lexicon::role_noun(&[before.as_ref()]).is_some()
            || ANONYMOUS_PEOPLE.contains(&before.as_ref());
        if (prep == "at" && role_before)
            || (prep == "of" && is_name_word(&toks[i - 2]) && !toks[i - 2].is_all_caps())
        {
            org_hint = true;
        }
    }

    // "Reading the report …": a sentence-initial word followed by a determiner is a verb.
    if n_words == 1 && sentence_initial && !titled {
        let next = toks.get(b).map(|t| t.text.as_str()).unwrap_or("");
        if matches!(
            next,
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "its"
                | "this"
                | "that"
                | "these"
                | "those"
                | "our"
                | "my"
        ) {
            return;
        }
    }
    // "the Marquesas islands", "the Indian ocean": a feature named with its generic word.
    if !titled
        && n_words <= 3
        && toks.get(b).is_some_and(|t| {
            t.is_word() && t.sent == first.sent && FEATURE_FOLLOWERS.contains(&t.text.as_str())
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

    // Evidence that a capitalised word is a name rather than a capitalised common word.
    let known_cap = |k: usize| -> bool {
        let t = &toks[k];
        ctx.cap_mid_seen.contains(&t.text)
            || lexicon::first_name(&t.text).is_some()
            || lexicon::known_org(&t.text).is_some()
            || (t.is_all_caps() && !ctx.lower_seen.contains(&t.text.to_lowercase()))
            || !gazetteer().lookup(&t.text).is_empty()
                && !ctx.lower_seen.contains(&t.text.to_lowercase())
    };
    let mut a2 = a;
    // A place or known organization at the start of the run vouches for it.
    let known_prefix = (a + 2..=b.min(a + 4)).any(|k| {
        let t = doc.tok_text(a, k);
        lexicon::known_org(&t).is_some() || !gazetteer().lookup(&t).is_empty()
    });
    if (sentence_initial || headline) && !titled && !known_prefix {
        // Drop leading words that are only capitalised because of their position; a lone
        // word that reports speech ("Heald said") is kept unless it is a common noun.
        let speaking = b == a + 1 && cue_after(doc, b) && {
            let lower = toks[a].text.to_lowercase();
            !ctx.lower_seen.contains(&lower)
                && lexicon::role_noun(&[lower.as_ref()]).is_none()
                && lexicon::pronoun(&lower).is_none()
                && !lower.ends_with('s')
        };
        // "Anders Fogh Rasmussen, the chief of NATO," / "Ban Ki-moon said": a run of two
        // or more words that an apposition with a role or a verb of saying follows is a
        // name from its first word, unless that word is a common one (seen in lower case,
        // a stopword, a role noun, a title or a pronoun).
        let introduced = n_words > 1 && (cue_after(doc, b) || role_after(doc, b).is_some());
        let name_like = |k: usize| {
            let w = toks[k].text.as_str();
            let lower = w.to_lowercase();
            introduced
                && !ctx.lower_seen.contains(&lower)
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
        let confirmed = (a2..b).any(|k| ctx.cap_mid_seen.contains(&toks[k].text))
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

/// A nation (demonym or country name), at most one more capitalised word, and a lowercase
/// body noun right after the run `[a, b)`: that body, as an organization.
fn national_body(doc: &Doc, a: usize, b: usize) -> Option<Mention> {
    let toks = &doc.tokens;
    let noun = toks.get(b)?;
    if !noun.is_word() || noun.is_cap() || noun.sent != toks[a].sent {
        return None;
    }
    if !lexicon::is_national_body(&noun.text) {
        return None;
    }
    let nation = |e: usize| {
        let t = doc.tok_text(a, e);
        gazetteer().demonym(&t).is_some() || gazetteer().kind_of(&t) == Some(PlaceKind::Country)
    };
    (b.saturating_sub(1).max(a + 1)..=b)
        .any(nation)
        .then(|| make(doc, a, b + 1, MentionKind::Organization))
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
    if PARTY_WORDS.contains(&last.as_str()) {
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

/// Decides what the trimmed run `[a, b)` names, or `None` when it is not a name.
fn classify(
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
    if n == 1 && PARTY_WORDS.contains(&first.text.as_str()) {
        let next = toks.get(b).map(|t| t.text.lower_cow()).unwrap_or_default();
        if matches!(
            next.as_ref(),
            "government"
                | "party"
                | "mp"
                | "mps"
                | "leader"
                | "leadership"
                | "candidate"
                | "candidates"
                | "politician"
                | "politicians"
                | "lawmakers"
                | "senator"
                | "senators"
                | "administration"
                | "majority"
                | "minority"
                | "voters"
                | "members"
                | "councillor"
                | "councillors"
                | "peer"
                | "peers"
                | "spokesman"
                | "spokeswoman"
        ) {
            return Some(MentionKind::Organization);
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
    if !titled && n <= 3 && (TEAM_FOLLOWERS.contains(&next.as_ref()) || score_next) {
        return Some(MentionKind::Organization);
    }
    if let Some(org) = lexicon::known_org(text) {
        let locative = a > 0
            && matches!(
                toks[a - 1].text.lower_cow().as_ref(),
                "in" | "at" | "from" | "to" | "near" | "across" | "outside" | "around"
            );
        let sports = org.kind == "sports" && !locative;
        if sports || !(org.place_ambiguous && !org_hint && !gazetteer().lookup(text).is_empty()) {
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
    let cands = gazetteer().lookup(text);
    // Places the gazetteer lacks, named as such by the words around them: "Steinish, a
    // village on the island", "in Orange Park, Florida".
    if !titled && cands.is_empty() && (settlement_apposition(doc, b) || in_known_place(doc, a, b)) {
        return Some(MentionKind::Place);
    }
    let top = cands.first().map(|&c| gazetteer().entry(c));
    let big_place = top.is_some_and(|e| e.kind != PlaceKind::City);
    if big_place && !titled {
        // "Soviet Union", "Northern Ireland": a country or region, whatever its last word.
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
        && followed_by(doc, b, REGION_FOLLOWERS)
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
        if NOT_ORG_ACRONYMS.contains(&upper.as_str())
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
    if n >= 2 && EVENT_WORDS.contains(&last.text.as_str()) {
        return None;
    }
    // "the Palestine-led Boycott", "a Paris-based Fund": a compound adjective describes a
    // body or a campaign; no person's name holds one.
    let compound = (a..b).any(|k| {
        toks[k].text.split_once('-').is_some_and(|(_, rest)| {
            matches!(
                rest,
                "led" | "based" | "backed" | "born" | "owned" | "run" | "funded" | "controlled"
            )
        })
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
    if lexicon::first_name(&first.text).is_some() && !first.is_all_caps() {
        return Some(MentionKind::Person);
    }
    // Unknown words: a person when the shape and the context say so.
    let titlecase = (a..b).all(|k| {
        let t = &toks[k];
        is_particle(t) || (t.is_cap() && !t.is_all_caps() && !lexicon::is_stopword(&t.text))
    });
    if !titlecase {
        return None;
    }
    let cue_next = cue_after(doc, b);
    let apposition = role_after(doc, b).is_some() || age_after(doc, b);
    if (2..=4).contains(&n) {
        let surname_alone =
            ctx.cap_mid_seen.contains(&last.text) && ctx.standalone.contains(&last.text);
        if cue_next || apposition || surname_alone {
            return Some(MentionKind::Person);
        }
        return None;
    }
    if n == 1 && (cue_next || apposition) {
        return Some(MentionKind::Person);
    }
    // Single unknown word: kept as a person candidate; merging keeps it only if it matches
    // a named person ("Baird" after "John Baird").
    if n == 1 {
        return Some(MentionKind::Person);
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

/// The kind of place named by "the town of", "the province of" … just before token `a`.
pub fn settlement_before(doc: &Doc, a: usize) -> Option<PlaceKind> {
    if a < 2 || !doc.tokens[a - 1].text.eq_ignore_ascii_case("of") {
        return None;
    }
    match doc.tokens[a - 2].text.lower_cow().as_ref() {
        "town" | "city" | "village" | "hamlet" | "port" | "suburb" | "municipality"
        | "township" | "settlement" | "commune" | "capital" | "hometown" => Some(PlaceKind::City),
        "province" | "county" | "district" | "region" | "state" | "prefecture" | "island"
        | "islands" => Some(PlaceKind::Region),
        _ => None,
    }
}

/// Settlement nouns that, in an apposition, say what the name before them is.
const SETTLEMENT_NOUNS: &[&str] = &[
    "town",
    "city",
    "village",
    "hamlet",
    "port",
    "suburb",
    "municipality",
    "township",
    "settlement",
    "commune",
    "district",
    "neighbourhood",
    "neighborhood",
];

/// ", a village …", ", the small town …" right after the name at `[.., b)` (at most two
/// modifiers; not "a town councillor", where the noun is part of a role).
fn settlement_apposition(doc: &Doc, b: usize) -> bool {
    let toks = &doc.tokens;
    if !toks.get(b).is_some_and(|t| t.is_punct(',')) {
        return false;
    }
    let Some(det) = toks.get(b + 1) else {
        return false;
    };
    if !matches!(det.text.lower_cow().as_ref(), "a" | "an" | "the") {
        return false;
    }
    (b + 2..(b + 5).min(toks.len())).any(|k| {
        let t = &toks[k];
        let modifiers_ok = toks[b + 2..k]
            .iter()
            .all(|m| m.is_word() && !m.is_cap() && !SETTLEMENT_NOUNS.contains(&m.text.as_str()));
        modifiers_ok
            && t.is_word()
            && SETTLEMENT_NOUNS.contains(&t.text.as_str())
            && !toks.get(k + 1).is_some_and(|n| {
                n.is_word() && lexicon::role_noun(&[n.text.lower_cow().as_ref()]).is_some()
            })
    })
}

/// "in Orange Park, Florida", "from Steinish, Scotland": after a locative preposition, a
/// name followed by a comma and a region or country of the gazetteer (ending the clause) is
/// a place in it.
fn in_known_place(doc: &Doc, a: usize, b: usize) -> bool {
    let toks = &doc.tokens;
    if a == 0
        || !matches!(
            toks[a - 1].text.lower_cow().as_ref(),
            "in" | "of" | "from" | "at" | "near" | "to"
        )
        || b - a > 3
        || !toks.get(b).is_some_and(|t| t.is_punct(','))
    {
        return false;
    }
    let mut e = b + 1;
    while e < toks.len() && e - (b + 1) < 3 && is_name_word(&toks[e]) {
        e += 1;
    }
    if e == b + 1
        || !toks
            .get(e)
            .is_none_or(|t| t.kind == TokKind::Punct && t.text != "'")
    {
        return false;
    }
    matches!(
        gazetteer().kind_of(&doc.tok_text(b + 1, e)),
        Some(PlaceKind::Region | PlaceKind::Country)
    )
}

/// Last words that make a capitalised run a place even when the gazetteer lacks it:
/// "Three Mile Island" (a feature), "Castlefrank Road" (a street).
pub fn place_word_kind(word: &str) -> Option<PlaceKind> {
    match word {
        "Island" | "Islands" | "River" | "Lake" | "Mountain" | "Mountains" | "Bay" | "Valley"
        | "Desert" | "Sea" | "Ocean" | "Gulf" | "Strait" | "Peninsula" | "Coast" | "Forest"
        | "Canyon" | "Glacier" | "Falls" | "Hills" | "Reef" | "Volcano" | "Delta" | "Basin"
        | "Archipelago" | "Isles" | "Atoll" => Some(PlaceKind::Feature),
        "County" | "Province" | "Prefecture" | "District" | "Oblast" | "Governorate" => {
            Some(PlaceKind::Region)
        }
        "Road" | "Street" | "Avenue" | "Boulevard" | "Square" | "Bridge" | "Tower" | "Lane"
        | "Harbour" | "Harbor" | "Port" => Some(PlaceKind::Other),
        _ if lexicon::is_facility_word(word) => Some(PlaceKind::Other),
        _ => None,
    }
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
    // "Department of Agriculture", "U.S. Department of Agriculture", "Bank of England",
    // "Department for Transport", "Committee on Foreign Affairs".
    if n >= 3
        && (a..b - 2).any(|k| {
            lexicon::is_org_prefix(&toks[k].text)
                && matches!(toks[k + 1].text.as_str(), "of" | "for" | "on")
        })
    {
        return true;
    }
    if (a..b).any(|k| toks[k].text == "&") {
        return true;
    }
    if n == 1 {
        let t = &toks[a].text;
        let lower = t.lower_cow();
        if lower.ends_with(".com") || lower.ends_with(".org") || lower.ends_with(".net") {
            return true;
        }
    }
    if n == 2 && DEPARTMENT_WORDS.contains(&toks[a].text.as_str()) {
        if let Some(&id) = gazetteer().lookup(&toks[a + 1].text).first() {
            return gazetteer().entry(id).kind == PlaceKind::Country;
        }
    }
    false
}

/// The organization's name as written, without a leading "the".
fn canonical_org(text: &str) -> String {
    text.strip_prefix("the ")
        .or_else(|| text.strip_prefix("The "))
        .unwrap_or(text)
        .to_string()
}

fn make(doc: &Doc, mut a: usize, b: usize, kind: MentionKind) -> Mention {
    // "The European Commission" is named "European Commission".
    if kind == MentionKind::Organization
        && b > a + 1
        && doc.tokens[a].text.eq_ignore_ascii_case("the")
    {
        a += 1;
    }
    Mention {
        tok_start: a,
        tok_end: b,
        start: doc.tokens[a].start,
        end: doc.tokens[b - 1].end,
        text: doc.tok_text(a, b),
        kind,
        role: None,
        affiliation: None,
        gender_hint: None,
        in_quote: false,
        entity: None,
        government: false,
        described: false,
    }
}

/// Is the run ending at `b` followed by one of these lowercase word sequences?
fn followed_by(doc: &Doc, b: usize, seqs: &[&[&str]]) -> bool {
    let mut k = b;
    // Skip a possessive.
    if k < doc.tokens.len() && matches!(doc.tokens[k].text.as_str(), "'s" | "’s") {
        return false;
    }
    if k < doc.tokens.len() && doc.tokens[k].is_punct(',') {
        k += 1;
    }
    seqs.iter().any(|seq| {
        seq.iter().enumerate().all(|(o, w)| {
            doc.tokens
                .get(k + o)
                .is_some_and(|t| t.text.eq_ignore_ascii_case(w))
        })
    })
}

pub use crate::context::cue_after;

pub use crate::context::age_after;

/// A role phrase right before the run starting at `i`: "spokeswoman X", "company president X",
/// "State Department spokesman X" (affiliation), "the head of American diplomacy, X".
fn role_before(doc: &Doc, i: usize) -> Option<(String, Gender, Option<String>)> {
    let toks = &doc.tokens;
    if i == 0 {
        return None;
    }
    let sent_start = doc.sentences[toks[i].sent].tok_start;
    // Pattern B: "<det> <role phrase>, X"
    if toks[i - 1].is_punct(',') && i >= 2 {
        let end = i - 1;
        let mut k = end;
        while k > sent_start && end - k < 7 {
            let t = &toks[k - 1];
            let l = t.text.lower_cow();
            let possessive = matches!(l.as_ref(), "'s" | "’s");
            if matches!(
                l.as_ref(),
                "the" | "its" | "his" | "her" | "their" | "a" | "an"
            ) || possessive
            {
                let phrase: Vec<&str> = words(doc, k, end);
                if phrase.is_empty() {
                    break;
                }
                let lw: Vec<String> = phrase.iter().map(|w| w.to_lowercase()).collect();
                let lr: Vec<&str> = lw.iter().map(String::as_str).collect();
                let has_role = (0..lr.len()).any(|s| {
                    lexicon::role_noun(&lr[s..]).is_some() || lexicon::title(&phrase[s..]).is_some()
                });
                if has_role {
                    let g = (0..lr.len())
                        .find_map(|s| lexicon::role_noun(&lr[s..]).map(|(_, g)| g))
                        .unwrap_or(Gender::Unknown);
                    // "Amnesty International's Kenya director, X": the owner is the affiliation.
                    let mut owner = k - 1;
                    while possessive && owner > sent_start && is_name_word(&toks[owner - 1]) {
                        owner -= 1;
                    }
                    let aff = if possessive && owner < k - 1 {
                        Some(canonical_org(&doc.tok_text(owner, k - 1)))
                    } else {
                        phrase
                            .iter()
                            .find_map(|w| gazetteer().demonym(w).map(str::to_string))
                    };
                    return Some((doc.tok_text(k, end), g, aff));
                }
                break;
            }
            if t.kind == TokKind::Punct {
                break;
            }
            k -= 1;
        }
        return None;
    }
    // Pattern A: lowercase role noun phrase directly before, optionally after an org/demonym.
    let mut best: Option<(usize, Gender)> = None;
    for back in 1..=4 {
        if back > i - sent_start {
            break;
        }
        let k = i - back;
        if toks[k].kind == TokKind::Punct {
            break;
        }
        let lw: Vec<String> = toks[k..i].iter().map(|t| t.text.to_lowercase()).collect();
        let lr: Vec<&str> = lw.iter().map(String::as_str).collect();
        if let Some((n, g)) = lexicon::role_noun(&lr) {
            if n == back {
                best = Some((k, g));
            }
        }
    }
    let (k, g) = best?;
    if toks[k].is_cap() && lexicon::title(&words(doc, k, i)).is_none() {
        return None;
    }
    // Affiliation: a capitalised run or demonym right before the role.
    let mut aff = None;
    let mut s = k;
    while s > sent_start && is_name_word(&toks[s - 1]) {
        s -= 1;
    }
    if s < k {
        let t = doc.tok_text(s, k);
        let t = t.strip_prefix("The ").map(str::to_string).unwrap_or(t);
        // "Retail analyst X" at a sentence start: a capitalised common word, part of the role.
        let unknown_initial = s == sent_start
            && k - s == 1
            && lexicon::known_org(&t).is_none()
            && gazetteer().lookup(&t).is_empty()
            && gazetteer().demonym(&t).is_none();
        if unknown_initial {
            return Some((doc.tok_text(s, i), g, None));
        }
        aff = Some(
            gazetteer()
                .demonym(&t)
                .map(str::to_string)
                .unwrap_or_else(|| canonical_org(&t)),
        );
    }
    Some((doc.tok_text(k, i), g, aff))
}

/// An apposition after the name: ", the spokeswoman", ", White House spokeswoman",
/// ", chairman of Save Our Community". Returns (role, gender, affiliation).
fn role_after(doc: &Doc, b: usize) -> Option<(String, Gender, Option<String>)> {
    let toks = &doc.tokens;
    if b >= toks.len() || !toks[b].is_punct(',') {
        return None;
    }
    let mut k = b + 1;
    if toks
        .get(k)
        .is_some_and(|t| matches!(t.text.lower_cow().as_ref(), "the" | "a" | "an" | "its"))
    {
        k += 1;
    }
    let start = k;
    let mut end = k;
    while end < toks.len() && end - start < 8 {
        let t = &toks[end];
        if t.kind == TokKind::Punct && t.text != "-" || t.line_before {
            break;
        }
        if t.is_word() && lexicon::cue_verb(&t.text.lower_cow()).is_some() {
            break;
        }
        if matches!(t.text.as_str(), "who" | "which" | "that" | "and") {
            break;
        }
        end += 1;
    }
    if end == start {
        return None;
    }
    // The phrase must start with a role (possibly after an org or demonym).
    let mut s = start;
    let mut aff = None;
    while s < end && is_name_word(&toks[s]) && lexicon::title(&words(doc, s, end)).is_none() {
        s += 1;
    }
    if s > start {
        let t = doc.tok_text(start, s);
        aff = Some(
            gazetteer()
                .demonym(&t)
                .map(str::to_string)
                .unwrap_or_else(|| canonical_org(&t)),
        );
    }
    if s >= end {
        return None;
    }
    let lw: Vec<String> = toks[s..end].iter().map(|t| t.text.to_lowercase()).collect();
    let lr: Vec<&str> = lw.iter().map(String::as_str).collect();
    let (n, g) = lexicon::role_noun(&lr)
        .or_else(|| lexicon::title(&words(doc, s, end)).map(|(n, t)| (n, t.gender)))
        .or_else(|| {
            // "public information officer", "senior policy adviser": up to three lowercase
            // modifiers before the role noun belong to the role.
            (1..=3).take_while(|&m| s + m < end).find_map(|m| {
                let modifiers = toks[s..s + m]
                    .iter()
                    .all(|t| t.is_word() && !t.is_cap() && !lexicon::is_stopword(&t.text));
                if !modifiers {
                    return None;
                }
                lexicon::role_noun(&lr[m..]).map(|(n, g)| (m + n, g))
            })
        })?;
    // "X, the President's official residence": a role owning something is not X's role.
    if crate::context::possessed(doc, s + n) {
        return None;
    }
    // Include "of <Org>" after the role noun.
    let mut e = s + n;
    if e < end && toks[e].text == "of" {
        let mut f = e + 1;
        while f < end
            && (is_name_word(&toks[f])
                || toks[f].text == "the"
                // "head of the National Confederation of Agriculture"
                || (matches!(toks[f].text.as_str(), "of" | "for")
                    && f > e + 1
                    && is_name_word(&toks[f - 1])
                    && toks.get(f + 1).is_some_and(is_name_word)))
        {
            f += 1;
        }
        // "director of the group's campaign": a bare "the" names nothing
        while f > e + 1 && toks[f - 1].text == "the" {
            f -= 1;
        }
        if f > e + 1 {
            if aff.is_none() {
                let t = doc.tok_text(e + 1, f);
                aff = Some(canonical_org(t.strip_prefix("the ").unwrap_or(&t)));
            }
            e = f;
        }
    }
    Some((doc.tok_text(s, e), g, aff))
}
