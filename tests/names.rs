//! The statistical name tagger and the chooser, on made-up sentences: names outside the
//! first-name lists, particles, hyphenated given names, the model file itself.

mod common;
use article_lens::doc::{Doc, MentionKind};
use article_lens::entities::names::{compile, tagger};
use article_lens::{analyze_with, ActorKind, NameSource};
use common::*;

#[test]
fn arabic_particle_stays_in_the_name() {
    let s = run("Hassan al-Amiri, a spokesman for the council, said the talks had failed.");
    let a = person(&s, "Hassan al-Amiri");
    assert_eq!(a.role.as_deref(), Some("spokesman"));
    let s = run("Interior Minister Khalid el-Masri said on Monday that the border would open.");
    let a = person(&s, "Khalid el-Masri");
    assert_eq!(a.role.as_deref(), Some("Interior Minister"));
}

#[test]
fn a_title_with_a_possessive_names_a_body() {
    let s = run(
        "Professor Ines Carvalho, of Queen's University Belfast, said the results were \
         \"very clear\".",
    );
    person(&s, "Ines Carvalho");
    org(&s, "Queen's University Belfast");
    assert_eq!(speaker(&s, "very clear").as_deref(), Some("Ines Carvalho"));
    let s = run("The Information Commissioner's Office said it had opened an inquiry.");
    org(&s, "Information Commissioner's Office");
}

#[test]
fn a_name_with_kin_is_a_person_after_a_body_noun() {
    let s = run(
        "Marek Dolny, 45, was banned. Riverside Juniors, the club Dolny's son played for, \
         said it had acted quickly.",
    );
    let a = person(&s, "Marek Dolny");
    assert!(a.aliases.iter().any(|x| x == "Dolny"), "{:?}", a.aliases);
}

#[test]
fn an_occupation_opening_the_sentence_is_no_part_of_the_name() {
    let s = run("Volcanologist Haruki Ostrander of Kestrel University said the lava had slowed.");
    person(&s, "Haruki Ostrander");
    assert!(actor(&s, "Volcanologist Haruki Ostrander").is_none());
    let s = run("Methodist Church of Great Britain said it would pray for the islanders.");
    org(&s, "Methodist Church of Great Britain");
}

#[test]
fn hyphenated_given_name_is_kept_whole() {
    let s = run("The deal was signed by Lee Jae-sung in Busan on Friday. Lee said it was fair.");
    person(&s, "Lee Jae-sung");
}

#[test]
fn full_name_outside_the_first_name_lists() {
    let s = run(
        "Residents were evacuated overnight, said Tavita Oloapu, who runs the shelter. \
         \"We had no warning at all,\" said Mbeki Ndlovu Achterberg, a farmer.",
    );
    person(&s, "Tavita Oloapu");
    person(&s, "Mbeki Ndlovu Achterberg");
}

#[test]
fn a_name_opening_a_sentence_keeps_its_unknown_first_word() {
    // An apposition with a role, or a verb of saying, shows the whole run is one name.
    let s = run("Torvald Eskelund Brix, the head of the agency, said the plan was sound.");
    person(&s, "Torvald Eskelund Brix");
    let s = run("The port reopened. Ngozi Adaeze told reporters it was safe.");
    person(&s, "Ngozi Adaeze");
    // A common word before the name is still left out.
    let s = run("Yesterday Maria Lopez, the mayor, said the port was safe.");
    person(&s, "Maria Lopez");
    assert!(s.actors.iter().all(|a| !a.name.starts_with("Yesterday")));
}

#[test]
fn tagger_proposes_spans_with_kinds() {
    let mut doc = Doc::new("Ana Ribeiro flew from Lisbon to meet officials of the World Bank.");
    article_lens::entities::names::tag(&mut doc);
    let found: Vec<(String, MentionKind)> = doc
        .tagged
        .iter()
        .map(|t| (doc.tok_text(t.tok_start, t.tok_end), t.kind))
        .collect();
    assert!(
        found.contains(&("Ana Ribeiro".to_string(), MentionKind::Person)),
        "{found:?}"
    );
    assert!(
        found.contains(&("Lisbon".to_string(), MentionKind::Place)),
        "{found:?}"
    );
    assert!(doc.tagged.iter().all(|t| t.confidence.is_finite()));
}

#[test]
fn rules_alone_tagger_alone_and_chosen_differ_only_in_names() {
    let text = "\"It is over,\" said Hassan al-Amiri in Cairo.";
    for source in [NameSource::Rules, NameSource::Tagger, NameSource::Chosen] {
        let s = analyze_with(text, source);
        assert_eq!(s.quotes.len(), 1, "{source:?}");
    }
    let chosen = analyze_with(text, NameSource::Chosen);
    person(&chosen, "Hassan al-Amiri");
}

#[test]
fn the_embedded_model_parses_and_a_malformed_one_is_refused() {
    let m = tagger::model();
    assert!(!m.weights.is_empty());
    assert!(m.scale > 0.0);
    assert!(tagger::Model::parse(b"ALNT").is_none());
    assert!(tagger::Model::parse(b"XXXX\x01\x07\0\0\x80\x3f\0\0\0\0").is_none());
    // A truncated file is refused, not read short.
    let bytes = include_bytes!("../data/model/names.bin");
    assert!(tagger::Model::parse(&bytes[..bytes.len() - 1]).is_none());
}

#[test]
fn training_is_deterministic_and_learns_a_tiny_corpus() {
    let line = |text: &str, s: usize, e: usize, kind: &str| {
        serde_json::json!({"text": text, "names": [{"start": s, "end": e, "kind": kind}]})
            .to_string()
    };
    let data = [
        line("Yesterday Oren Talbot arrived.", 10, 21, "person"),
        line("They met Oren Talbot there.", 9, 20, "person"),
        line("We drove to Quelmar today.", 12, 19, "place"),
        line("Rain fell in Quelmar again.", 13, 20, "place"),
    ]
    .join("\n");
    let examples = compile::read_jsonl(&data).unwrap();
    let settings = compile::Settings {
        epochs: 5,
        ..Default::default()
    };
    let a = compile::train(&examples, settings);
    let b = compile::train(&examples, settings);
    assert_eq!(a, b, "the same data gives the same bytes");
    let model = tagger::Model::parse(&a).expect("a trained model parses");
    let doc = Doc::new("Yesterday Oren Talbot arrived.");
    let (tags, _) = tagger::tag_tokens(&doc, &model);
    assert_ne!(tags[1], 0, "the trained name is tagged");
}

#[test]
fn a_long_run_of_capitals_is_not_one_name() {
    // A headline-like line of acronyms and capitalised words, with no punctuation: the tagger
    // must not hand later stages one "name" as long as the line.
    for text in [
        "NATO UN EU WHO ".repeat(200),
        "Alpha Beta Gamma Delta ".repeat(200),
    ] {
        let mut doc = Doc::new(&text);
        article_lens::entities::names::tag(&mut doc);
        for s in &doc.tagged {
            assert!(s.tok_end - s.tok_start <= tagger::MAX_SPAN_TOKENS);
        }
        // The rules cut their own runs at a few words; nothing downstream grows them.
        let s = analyze_with(&text, NameSource::Chosen);
        for a in &s.actors {
            assert!(a.name.split_whitespace().count() <= 20, "{}", a.name);
        }
    }
}

#[test]
fn a_capitalised_common_word_gives_way_to_the_tagger() {
    // The rules read these one-word capitalised nouns as organizations on shape alone; the
    // tagger is sure they name nothing, and the chooser's rule 0 lets it decide.
    for (text, word) in [
        (
            "The Eurovision contest will be held in May, organisers said. Directors at \
             Eurovision travelled from across Europe.",
            "Eurovision",
        ),
        (
            "The company said Android would no longer be supported. Users of Android were \
             told to upgrade, said Morris of Android.",
            "Android",
        ),
    ] {
        let rules = analyze_with(text, NameSource::Rules);
        assert!(rules.actors.iter().any(|a| a.name == word), "rules: {word}");
        let chosen = analyze_with(text, NameSource::Chosen);
        assert!(
            chosen.actors.iter().all(|a| a.name != word),
            "chosen: {word}"
        );
    }
    // A word with lexical evidence is not overruled: a known first name, an acronym.
    let s = run("Officials at NATO said Maria would travel to Brussels on Monday.");
    assert!(s.actors.iter().any(|a| a.name == "NATO"));
}

#[test]
fn a_styled_title_before_one_name_is_part_of_the_name() {
    let s = run("Pope Gregorio said the church would help. Gregorio later left the city.");
    let a = person(&s, "Pope Gregorio");
    assert!(a.aliases.iter().any(|x| x == "Gregorio"));
    person(
        &run("King Tamar II met the envoy on Tuesday."),
        "King Tamar II",
    );
    person(
        &run("The judge, Lord Brennoch, sentenced both men."),
        "Lord Brennoch",
    );
    // Before a full name the title is stripped like any honorific.
    let s = run("Lord Peter Brennoch spoke first.");
    assert_eq!(person(&s, "Peter Brennoch").role.as_deref(), Some("Lord"));
}

#[test]
fn a_misspelt_title_is_still_a_title() {
    let s = run("Italian Prime Minster Carla Vitone said she was pleased.");
    let a = person(&s, "Carla Vitone");
    assert_eq!(a.affiliation.as_deref(), Some("Italy"));
    let s = run("Education Minsiter Ann Beale said the schools would open.");
    assert!(person(&s, "Ann Beale").role.is_some());
}

#[test]
fn a_name_ending_in_a_model_code_is_not_a_person() {
    let s = run(
        "Browser support ended when Orbis shipped with Windows XP, nearly a decade ago. \
         King Abdullah II of Jordan said nothing.",
    );
    assert!(
        s.actors.iter().all(|a| a.name != "Windows XP"),
        "{:?}",
        names(&s)
    );
    assert!(
        s.actors.iter().any(|a| a.name.contains("Abdullah II")),
        "{:?}",
        names(&s)
    );
}

#[test]
fn a_compound_adjective_is_never_part_of_a_persons_name() {
    let s = run(
        "The council voted to support the Orbis-led Boycott of the games. \
         A Paris-based Fund said it would pay.",
    );
    assert!(
        s.actors.iter().all(|a| a.kind != ActorKind::Person),
        "{:?}",
        names(&s)
    );
}

#[test]
fn family_name_before_a_hyphenated_given_name() {
    // Even where the family name opens the sentence and nothing else vouches for it.
    let s = run("Tsang Ho-yin defeated the incumbent. Kwan Mei-ling of the union won a seat.");
    person(&s, "Tsang Ho-yin");
    person(&s, "Kwan Mei-ling");
    // An English prefix before a hyphen is no given name.
    let s = run("The Anti-war protest drew crowds. Harbour Co-op shops closed.");
    assert!(
        s.actors.iter().all(|a| a.kind != ActorKind::Person),
        "{:?}",
        names(&s)
    );
}

#[test]
fn an_unknown_word_the_tagger_reads_as_a_place_is_a_place() {
    // The rules only see an unknown capitalised word (a person candidate); the tagger reads
    // a place in "born in X, Region".
    let s = run("He was born in Auchterbrae, Aberdeenshire, and never left.");
    place(&s, "Auchterbrae");
    assert!(s.actors.is_empty(), "{:?}", names(&s));
}

#[test]
fn authors_of_citations_are_persons() {
    let s = run(
        "Earlier work (Varga, Oltean, & Brisk, 2014; Kettleworth et al., 2017) found the \
         same effect, as did Pimm and Sorrel 2019. Dunmore's (1971) grouping is still used.",
    );
    for name in [
        "Varga",
        "Oltean",
        "Brisk",
        "Kettleworth",
        "Pimm",
        "Sorrel",
        "Dunmore",
    ] {
        person(&s, name);
    }
    // A year after a name without a comma or "and" before it is no citation.
    let s = run("Crowds at Expo 2020 cheered the parade.");
    assert!(s.actors.is_empty(), "{:?}", names(&s));
}

#[test]
fn a_name_of_unknown_words_before_of_and_a_body_is_a_person() {
    let s = run("Siti Nurhaliza Rahmawati of Bandung University agreed with the plan.");
    person(&s, "Siti Nurhaliza Rahmawati");
    org(&s, "Bandung University");
}

#[test]
fn a_sentence_opening_word_before_of_is_no_workplace() {
    // "Richard Hunter of Harlow Pellworth" works there; "Fans of Eurovision" only opens the
    // sentence with a capital.
    let s =
        run("The deal was welcomed by Richard Hunter of Harlow Pellworth, who said it was fair.");
    org(&s, "Harlow Pellworth");
    let s = analyze_with(
        "Organisers said the contest was ready. Fans of Eurovision travelled from across Europe.",
        NameSource::Rules,
    );
    assert!(s
        .actors
        .iter()
        .all(|a| a.name != "Eurovision" || a.kind != ActorKind::Organization));
}

#[test]
fn a_run_ending_in_a_title_names_an_office_not_a_person() {
    let s = run("The Texas Governor said he would sign the bill. Farmers in Texas were pleased.");
    assert!(
        s.actors.iter().all(|a| !a.name.contains("Governor")),
        "{:?}",
        names(&s)
    );
    place(&s, "Texas");
    // a surname that is also a title stays a person's
    let s = run("John Major said the talks had failed.");
    person(&s, "John Major");
}

#[test]
fn an_epithet_ends_a_rulers_name() {
    let s = run("He was a close friend of Tsar Peter the Great. Peter the Great said so himself.");
    person(&s, "Peter the Great");
    assert!(
        s.actors.iter().all(|a| a.name != "Great"),
        "{:?}",
        names(&s)
    );
}

#[test]
fn a_place_after_an_unknown_word_makes_no_surname() {
    // "Ancient Norway" is no person, and "Norway" joins no one
    let s = run(
        "It is the cradle of Ancient Norway. Later, Norway suffered under foreign rule, \
                 and Norway recovered in the 19th century.",
    );
    assert!(
        s.actors.iter().all(|a| !a.name.contains("Norway")),
        "{:?}",
        names(&s)
    );
    place(&s, "Norway");
}

#[test]
fn a_line_above_a_name_says_nothing_of_its_kind() {
    // the caption line ends in "Party"; the next line opens with a person
    let s = run("Ann Mok of Harbour Party\n\nChan Wai-kit of the Dock Union was re-elected.");
    person(&s, "Chan Wai-kit");
}

#[test]
fn a_city_and_a_plural_name_is_a_club() {
    let s = run(
        "Dawes was signed by the Leeds Falcons in 2019 and traded to the Ohio Badgers \
                 a year later. Falls near Great Falls were closed.",
    );
    org(&s, "Leeds Falcons");
    org(&s, "Ohio Badgers");
    assert!(
        s.actors
            .iter()
            .all(|a| a.kind != ActorKind::Person || a.name == "Dawes"),
        "{:?}",
        names(&s)
    );
}

#[test]
fn a_city_after_in_before_a_year_is_no_author() {
    let s = run("She lectured at the Sorbonne in Lyon (1931) and in Madrid (1934).");
    place(&s, "Lyon");
    place(&s, "Madrid");
    assert!(
        s.actors.iter().all(|a| a.kind != ActorKind::Person),
        "{:?}",
        names(&s)
    );
}

#[test]
fn a_language_or_a_people_names_no_one() {
    let s = run(
        "Most Tavuni speakers live in the hills. Lessons are given in Tavuni at two \
                 schools, and the Tavuni language has its own orthography. Mara Okoro, a \
                 teacher, said so.",
    );
    assert!(
        s.actors.iter().all(|a| !a.name.contains("Tavuni")),
        "{:?}",
        names(&s)
    );
    assert!(s.places.is_empty(), "{:?}", place_names(&s));
    person(&s, "Mara Okoro");
}

#[test]
fn a_given_name_after_an_article_is_the_word() {
    let s = run(
        "MPs backed the Bill on Tuesday, and the Bill now goes to the Lords. Bill Nolan \
                 voted against it.",
    );
    person(&s, "Bill Nolan");
    assert_eq!(
        s.actors
            .iter()
            .filter(|a| a.kind == ActorKind::Person)
            .count(),
        1,
        "{:?}",
        names(&s)
    );
    let p = person(&s, "Bill Nolan");
    assert_eq!(p.mentions.len(), 1, "{:?}", p.mentions);
}

#[test]
fn a_relative_who_or_an_age_introduces_a_person_at_sentence_start() {
    let s = run("Aziz Rahimi, who chairs the board, said the figures were worrying.");
    person(&s, "Aziz Rahimi");
    let q = s
        .quotes
        .iter()
        .find(|q| q.text.starts_with("the figures"))
        .unwrap();
    assert_eq!(q.speaker.as_deref(), Some("Aziz Rahimi"));
    let s = run("Oluwaseun Adeyemi, 24, joined the club in May.");
    person(&s, "Oluwaseun Adeyemi");
}

#[test]
fn letters_after_a_name_are_no_part_of_it() {
    let s = run("Sarah Hill MP said the decision was wrong. Ms Hill said more work was needed.");
    let a = person(&s, "Sarah Hill");
    assert_eq!(a.role.as_deref(), Some("MP"));
    assert!(a.aliases.contains(&"Hill".to_string()), "{:?}", a.aliases);
    let s = run(
        "Anand Rao KC, prosecuting, said the invoices were false. Mr Rao said the money was lost.",
    );
    person(&s, "Anand Rao");
    assert_eq!(names(&s).len(), 1, "{:?}", names(&s));
    // ("an Ottawa Liberal MP" is a description, not a name with letters after it)
    let s = run("Tom Vale, an Ottawa Liberal MP, said the papers were lost.");
    assert!(actor(&s, "Ottawa Liberal").is_none(), "{:?}", names(&s));
}

#[test]
fn police_ranks_and_coroners_are_titles() {
    let s = run("Senior Coroner Amara Okafor said the decision was final.");
    let a = person(&s, "Amara Okafor");
    assert_eq!(a.role.as_deref(), Some("Senior Coroner"));
    let s = run("DCI Oladele Fashola said a man had been charged.");
    person(&s, "Oladele Fashola");
    let s = run("Det Sgt Ruth Mbeki said the inquiry was continuing.");
    person(&s, "Ruth Mbeki");
}

#[test]
fn a_country_before_a_possessive_is_no_part_of_a_body_name() {
    let s = run("Kenya's Ministry of Health said cases had risen.");
    org(&s, "Ministry of Health");
    place(&s, "Kenya");
    // ("Korean People's Army": a possessive inside a name stays)
    let s = run("The Korean People's Army held drills on Monday.");
    org(&s, "Korean People's Army");
}

#[test]
fn lowercase_particles_and_months_that_are_given_names() {
    let s = run("Councillor Dafydd ap Gruffydd said the move was short-sighted.");
    person(&s, "Dafydd ap Gruffydd");
    let s = run("Officials met Mohamed ag Intalla on Monday.");
    person(&s, "Mohamed ag Intalla");
    let s = run("Officials said Jan de Vries would lead the inquiry.");
    person(&s, "Jan de Vries");
    let s = run("April Jones was last seen on Friday.");
    person(&s, "April Jones");
    // (a month after "in" is a date)
    let s = run("In May Tomlin said no.");
    assert!(actor(&s, "May Tomlin").is_none(), "{:?}", names(&s));
}

#[test]
fn a_plural_possessive_inside_a_body_name() {
    let s =
        run("The Prison Officers' Association (POA) said staff were at risk. The POA said more.");
    let a = org(&s, "Prison Officers' Association");
    assert!(a.aliases.contains(&"POA".to_string()), "{:?}", a.aliases);
    let s = run("The Workers' Party won two seats.");
    org(&s, "Workers' Party");
}

#[test]
fn a_descriptor_opening_the_sentence_names_the_body_after_it() {
    let s = run(
        "Airline Skyvane has cancelled 200 flights. The airline said passengers would be \
         refunded.",
    );
    org(&s, "Skyvane");
    let q = s
        .quotes
        .iter()
        .find(|q| q.text.starts_with("passengers"))
        .unwrap();
    assert_eq!(q.speaker.as_deref(), Some("Skyvane"));
    // (a title is no descriptor)
    let s = run("Group Captain Ann Lee said no.");
    person(&s, "Ann Lee");
}

#[test]
fn bodies_named_with_a_nation_acronyms_in_any_case_and_portfolios_after_for() {
    let s = run("Police Scotland said a man had been arrested. Officers said police were called.");
    org(&s, "Police Scotland");
    let s = run("The Department of Justice (DoJ) opened an inquiry. The DoJ said it would report.");
    let a = org(&s, "Department of Justice");
    assert!(a.aliases.contains(&"DoJ".to_string()), "{:?}", a.aliases);
    let s = run("The People's Democratic Party (PDP) won the vote.");
    org(&s, "People's Democratic Party");
    let s = run("Minister for Foreign Affairs Penny Wong said the talks were useful.");
    let a = person(&s, "Penny Wong");
    assert_eq!(a.role.as_deref(), Some("Minister for Foreign Affairs"));
    let s = run("Secretary of State for Health Ann Lee said no.");
    person(&s, "Ann Lee");
    let s = run("The chairman of the bank, Tomasz Nowak, resigned on Monday.");
    person(&s, "Tomasz Nowak");
    let s = run("Shopkeeper Jan Kowalczyk said the water rose quickly.");
    person(&s, "Jan Kowalczyk");
}

#[test]
fn common_abbreviations_currencies_and_titles_before_another_name_are_no_actors() {
    let s = run("Patients waited hours in A&E before seeing a GP.");
    assert!(names(&s).is_empty(), "{:?}", names(&s));
    let s = run("Shares rose in Amsterdam, valuing the firm at US$2 billion.");
    assert_eq!(place_names(&s), vec!["Amsterdam".to_string()]);
    assert_eq!(
        place(&s, "Amsterdam").country.as_deref(),
        Some("Netherlands")
    );
    let s = run("Speaking at Stormont, Mr McGrath said he had asked officials for a plan.");
    assert!(
        actor(&s, "Stormont").is_none_or(|a| a.role.is_none()),
        "{:?}",
        names(&s)
    );
    let s = run("Donald Ferguson, of the Scottish Conservatives, accused ministers of neglect.");
    assert!(org(&s, "Scottish Conservatives").role.is_none());
}

#[test]
fn a_plural_noun_before_an_auxiliary_is_no_verb_of_saying() {
    let s = run("Ana Ruiz said Gulf states had agreed to the plan.");
    assert!(actor(&s, "Gulf").is_none(), "{:?}", names(&s));
    let q = s
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Gulf states"))
        .unwrap();
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
}
