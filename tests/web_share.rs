//! Export builders (CSV quoting, the Markdown brief) and the Share dialog, in headless Chromium.
#![cfg(target_arch = "wasm32")]

use article_lens::app::export::{
    actors_csv, csv_field, markdown_brief, places_csv, quotes_csv, title_line, ACTORS_HEADER,
    PLACES_HEADER, QUOTES_HEADER,
};
use article_lens::app::share::{thousands, ShareLinks};
use article_lens::app::App;
use article_lens::link::{decode, Fragment};
use article_lens::{Actor, ActorKind, Place, PlaceKind, Quote, QuoteKind, SpeakerKind, Summary};
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

mod web_support;
use web_support::{one, sleep};

fn summary() -> Summary {
    Summary {
        actors: vec![
            Actor {
                id: "a1".into(),
                name: "Maria \"Masha\" Petrova".into(),
                kind: ActorKind::Person,
                aliases: vec!["Petrova".into(), "Ms Petrova".into()],
                role: Some("Minister, for now".into()),
                affiliation: Some("Ruritania".into()),
                mentions: vec![[0, 5], [40, 47]],
                gender: None,
            },
            Actor {
                id: "a2".into(),
                name: "Acme_Corp".into(),
                kind: ActorKind::Organization,
                aliases: vec![],
                role: None,
                affiliation: None,
                mentions: vec![[60, 69]],
                gender: None,
            },
        ],
        quotes: vec![
            Quote {
                id: "q1".into(),
                text: "We will, \"of course\", act.\nNext line".into(),
                speaker: Some("Maria \"Masha\" Petrova".into()),
                speaker_id: Some("a1".into()),
                speaker_kind: Some(SpeakerKind::Person),
                cue: Some("said".into()),
                kind: QuoteKind::Direct,
                span: [10, 45],
                evidence: None,
            },
            Quote {
                id: "q2".into(),
                text: "no comment".into(),
                speaker: None,
                speaker_id: None,
                speaker_kind: Some(SpeakerKind::Anonymous),
                cue: None,
                kind: QuoteKind::Partial,
                span: [80, 90],
                evidence: None,
            },
        ],
        places: vec![
            Place {
                id: "p1".into(),
                name: "Ruritania".into(),
                kind: PlaceKind::Country,
                country: Some("Ruritania".into()),
                aliases: vec![],
                mentions: vec![[100, 109]],
                government_mentions: vec![],
            },
            Place {
                id: "p2".into(),
                name: "Strelsau".into(),
                kind: PlaceKind::City,
                country: Some("Ruritania".into()),
                aliases: vec!["Strelsaw".into()],
                mentions: vec![[120, 128]],
                government_mentions: vec![],
            },
            Place {
                id: "p3".into(),
                name: "Atlantic Ocean".into(),
                kind: PlaceKind::Feature,
                country: None,
                aliases: vec![],
                mentions: vec![[130, 144]],
                government_mentions: vec![],
            },
        ],
        ..Summary::default()
    }
}

/// Splits CSV into records of fields (RFC 4180), to check what a spreadsheet would read.
fn parse_csv(csv: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = csv.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
        } else {
            match c {
                '"' => quoted = true,
                ',' => row.push(std::mem::take(&mut field)),
                '\r' => {}
                '\n' => {
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                _ => field.push(c),
            }
        }
    }
    assert!(!quoted, "unterminated quoted field");
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

#[wasm_bindgen_test]
fn csv_fields_are_quoted_only_when_needed() {
    assert_eq!(csv_field("plain"), "plain");
    assert_eq!(csv_field(""), "");
    assert_eq!(csv_field("a,b"), "\"a,b\"");
    assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    assert_eq!(csv_field("cr\rhere"), "\"cr\rhere\"");
    assert_eq!(csv_field(" padded"), "\" padded\"");
}

#[wasm_bindgen_test]
fn quotes_csv_round_trips_through_a_csv_reader() {
    let s = summary();
    let csv = quotes_csv(&s);
    assert!(csv.starts_with(&format!("{QUOTES_HEADER}\r\n")));
    let rows = parse_csv(&csv);
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0].join(","), QUOTES_HEADER);
    assert_eq!(
        rows[1],
        [
            "q1",
            "We will, \"of course\", act.\nNext line",
            "Maria \"Masha\" Petrova",
            "person",
            "said",
            "direct",
            "10",
            "45"
        ]
    );
    assert_eq!(
        rows[2],
        [
            "q2",
            "no comment",
            "",
            "anonymous",
            "",
            "partial",
            "80",
            "90"
        ]
    );
}

#[wasm_bindgen_test]
fn actors_and_places_csv_have_one_row_each() {
    let s = summary();
    let actors = parse_csv(&actors_csv(&s));
    assert_eq!(actors[0].join(","), ACTORS_HEADER);
    assert_eq!(
        actors[1],
        [
            "a1",
            "Maria \"Masha\" Petrova",
            "person",
            "Minister, for now",
            "Ruritania",
            "Petrova; Ms Petrova",
            "2"
        ]
    );
    assert_eq!(actors[2][2], "organization");
    let places = parse_csv(&places_csv(&s));
    assert_eq!(places[0].join(","), PLACES_HEADER);
    assert_eq!(places.len(), 4);
    assert_eq!(
        places[2],
        ["p2", "Strelsau", "city", "Ruritania", "Strelsaw", "1"]
    );
    assert_eq!(places[3][3], "");
    // an empty summary still gives the header row
    assert_eq!(
        quotes_csv(&Summary::default()),
        format!("{QUOTES_HEADER}\r\n")
    );
}

#[wasm_bindgen_test]
fn markdown_brief_lists_who_what_and_where() {
    let s = summary();
    let text = "\n  Ruritania's minister speaks  \nBody of the article.";
    assert_eq!(title_line(text), "Ruritania's minister speaks");
    assert_eq!(title_line("  \n "), "Article summary");
    let md = markdown_brief(&s, text);
    assert!(md.starts_with("# Ruritania's minister speaks\n"), "{md}");
    for needle in [
        "## Who",
        "- **Maria \"Masha\" Petrova** (person): Minister, for now, Ruritania",
        "- **Acme\\_Corp** (organization)",
        "## What they said",
        "> We will, \"of course\", act.\n> Next line",
        "> — **Maria \"Masha\" Petrova** (said)",
        "> — *anonymous source*",
        "## Where",
        "### Ruritania",
        "- Strelsau (city)",
        "### Elsewhere",
        "- Atlantic Ocean (feature)",
    ] {
        assert!(md.contains(needle), "missing {needle:?} in\n{md}");
    }
    // the sections come in order
    let who = md.find("## Who").unwrap();
    let what = md.find("## What they said").unwrap();
    let place = md.find("## Where").unwrap();
    assert!(who < what && what < place);

    let empty = markdown_brief(&Summary::default(), "");
    assert!(empty.starts_with("# Article summary\n"));
    assert!(empty.contains("No quotes found."));
}

/// A summary with reported speech: an indirect quote holding a partial one, a direct quote,
/// an anonymous indirect one.
fn reported_summary() -> Summary {
    let quote = |id: &str, text: &str, kind, speaker: Option<&str>, span: [usize; 2]| Quote {
        id: id.into(),
        text: text.into(),
        speaker: speaker.map(Into::into),
        speaker_id: None,
        speaker_kind: Some(if speaker.is_some() {
            SpeakerKind::Organization
        } else {
            SpeakerKind::Anonymous
        }),
        cue: Some("said".into()),
        kind,
        span,
        evidence: None,
    };
    Summary {
        quotes: vec![
            quote(
                "q1",
                "it would review the contract",
                QuoteKind::Indirect,
                Some("The ministry"),
                [18, 46],
            ),
            quote(
                "q2",
                "the deal was \"a disgrace\" and would end",
                QuoteKind::Indirect,
                Some("The ministry"),
                [60, 99],
            ),
            quote(
                "q3",
                "a disgrace",
                QuoteKind::Partial,
                Some("The ministry"),
                [74, 84],
            ),
            quote(
                "q4",
                "We will publish everything.",
                QuoteKind::Direct,
                Some("The ministry"),
                [110, 137],
            ),
            quote(
                "q5",
                "talks would *resume*",
                QuoteKind::Indirect,
                None,
                [150, 170],
            ),
        ],
        ..Summary::default()
    }
}

#[wasm_bindgen_test]
fn exports_carry_reported_speech_with_its_kind() {
    let s = reported_summary();
    // CSV: one row per quote, the kind column says "indirect"
    let rows = parse_csv(&quotes_csv(&s));
    assert_eq!(rows.len(), 6);
    let kinds: Vec<&str> = rows[1..].iter().map(|r| r[5].as_str()).collect();
    assert_eq!(
        kinds,
        ["indirect", "indirect", "partial", "direct", "indirect"]
    );
    assert_eq!(
        rows[2],
        [
            "q2",
            "the deal was \"a disgrace\" and would end",
            "The ministry",
            "organization",
            "said",
            "indirect",
            "60",
            "99"
        ]
    );
    // JSON: the summary as it is, kind "indirect"
    let json: serde_json::Value = serde_json::from_str(&s.to_json_pretty()).unwrap();
    assert_eq!(json["quotes"][0]["kind"], "indirect");
    assert_eq!(json["quotes"][2]["kind"], "partial");
    assert_eq!(json["quotes"][3]["kind"], "direct");

    // Markdown: reported statements are plain paragraphs marked "Reported", never block
    // quotes or in quotation marks; quotes stay block quotes as before
    let md = markdown_brief(&s, "Title");
    for needle in [
        "\n*Reported:* it would review the contract — **The ministry** (said)\n",
        "\n*Reported:* the deal was \"a disgrace\" and would end — **The ministry** (said)\n",
        "\n> a disgrace\n>\n> — **The ministry** (said)\n",
        "\n> We will publish everything.\n>\n> — **The ministry** (said)\n",
        "\n*Reported:* talks would \\*resume\\* — *anonymous source* (said)\n",
    ] {
        assert!(md.contains(needle), "missing {needle:?} in\n{md}");
    }
    for line in md.lines().filter(|l| l.starts_with("*Reported:*")) {
        assert!(!line.contains('“') && !line.contains('”'), "{line}");
    }
    assert!(!md.contains("> it would review"), "{md}");
    assert!(!md.contains("> talks would"), "{md}");
    // in text order
    let first = md.find("review the contract").unwrap();
    let direct = md.find("We will publish").unwrap();
    let last = md.find("talks would").unwrap();
    assert!(first < direct && direct < last);
}

#[wasm_bindgen_test]
fn share_links_decode_to_what_they_were_made_from() {
    let s = summary();
    let links = ShareLinks::new("https://example.org/lens/", "Some article text.", &s);
    let article = links.article.expect("an article link");
    let (base, fragment) = article.split_once('#').unwrap();
    assert_eq!(base, "https://example.org/lens/");
    assert_eq!(
        decode(fragment).unwrap(),
        Fragment::Article("Some article text.".into())
    );
    let (_, fragment) = links.summary.split_once('#').unwrap();
    assert_eq!(decode(fragment).unwrap(), Fragment::Summary(s.clone()));
    // no text, no article link
    assert!(ShareLinks::new("https://example.org/", "  ", &s)
        .article
        .is_none());
    assert_eq!(thousands(8123), "8,123");
    assert_eq!(thousands(999), "999");
    assert_eq!(thousands(1_000_000), "1,000,000");
}

#[wasm_bindgen_test]
async fn the_share_dialog_shows_two_links_with_their_lengths() {
    let storage = window().local_storage().unwrap().unwrap();
    storage.remove_item("article-lens.text").unwrap();
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    let _app = mount_to(root.clone(), App);
    leptos::task::tick().await;

    let dialog: web_sys::HtmlDialogElement =
        one(&root, "[data-testid=share-dialog]").unchecked_into();
    assert!(!dialog.open());
    one(&root, "[data-testid=share-button]")
        .unchecked_into::<HtmlElement>()
        .click();
    leptos::task::tick().await;
    assert!(dialog.open(), "the dialog opens");

    let links = dialog
        .query_selector_all("[data-testid=share-link]")
        .unwrap();
    assert_eq!(links.length(), 2);
    for kind in ["article", "summary"] {
        let url: HtmlInputElement =
            one(&dialog, &format!("[data-testid=share-{kind}-url]")).unchecked_into();
        let value = url.value();
        let (_, fragment) = value.split_once('#').expect("a fragment");
        assert!(decode(fragment).is_ok(), "{kind} link opens");
        let length = one(&dialog, &format!("[data-testid=share-{kind}-length]"))
            .text_content()
            .unwrap();
        assert_eq!(
            length,
            format!("{} characters", thousands(value.chars().count()))
        );
        one(&dialog, &format!("[data-testid=copy-{kind}-link]"));
    }
    // the sample article's article link is short: no warning
    assert!(dialog
        .query_selector("[data-testid=share-article-warning]")
        .unwrap()
        .is_none());

    one(&dialog, "[data-testid=share-close]")
        .unchecked_into::<HtmlElement>()
        .click();
    sleep(50).await;
    assert!(!dialog.open(), "Close closes it");
    assert_eq!(
        document()
            .active_element()
            .and_then(|e| e.get_attribute("data-testid"))
            .as_deref(),
        Some("share-button"),
        "focus returns to the Share button"
    );
    root.remove();
}
