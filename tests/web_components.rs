//! Component tests in headless Chromium: each mounts one component with a hand-built
//! `Summary` and checks the DOM it renders.
//!
//! Run with `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown`
//! (scripts/test.sh does). None of these depend on the analysis core.
#![cfg(target_arch = "wasm32")]

use article_lens::app::article::segments;
use article_lens::app::state::clear_on_escape;
use article_lens::app::{ActorsPanel, ArticleView, PlacesPanel, QuotesPanel, Selection};
use article_lens::summary::SCHEMA;
use article_lens::{Actor, ActorKind, Place, PlaceKind, Quote, QuoteKind, SpeakerKind, Summary};
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod web_support;
use web_support::{all, click, container, eventually, one, text_of};

const TEXT: &str =
    "Maria Santos, the mayor of Porto, said: \"The sea does not stop at the border.\" \
The European Environment Agency agreed. Santos later met officials in Vigo, Spain. \
\"We have heard this before,\" said a fisherman in Portugal. \"Wait and see.\"";

/// Character span of the `nth` (0-based) occurrence of `needle` in [`TEXT`].
fn span(needle: &str, nth: usize) -> [usize; 2] {
    let (byte, _) = TEXT
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in the test text"));
    let start = TEXT[..byte].chars().count();
    [start, start + needle.chars().count()]
}

fn summary() -> Summary {
    Summary {
        schema: SCHEMA.to_string(),
        actors: vec![
            Actor {
                id: "a1".into(),
                name: "Maria Santos".into(),
                kind: ActorKind::Person,
                aliases: vec!["Santos".into()],
                role: Some("mayor".into()),
                affiliation: Some("Porto".into()),
                mentions: vec![span("Maria Santos", 0), span("Santos", 1)],
                gender: None,
            },
            Actor {
                id: "a2".into(),
                name: "European Environment Agency".into(),
                kind: ActorKind::Organization,
                aliases: vec![],
                role: None,
                affiliation: None,
                mentions: vec![span("European Environment Agency", 0)],
                gender: None,
            },
        ],
        quotes: vec![
            Quote {
                id: "q1".into(),
                text: "The sea does not stop at the border.".into(),
                speaker: Some("Maria Santos".into()),
                speaker_id: Some("a1".into()),
                speaker_kind: Some(SpeakerKind::Person),
                cue: Some("said".into()),
                kind: QuoteKind::Direct,
                span: span("The sea does not stop at the border.", 0),
                evidence: None,
            },
            Quote {
                id: "q2".into(),
                text: "We have heard this before,".into(),
                speaker: None,
                speaker_id: None,
                speaker_kind: Some(SpeakerKind::Anonymous),
                cue: Some("said".into()),
                kind: QuoteKind::Direct,
                span: span("We have heard this before,", 0),
                evidence: None,
            },
            Quote {
                id: "q3".into(),
                text: "Wait and see.".into(),
                speaker: None,
                speaker_id: None,
                speaker_kind: None,
                cue: None,
                kind: QuoteKind::Partial,
                span: span("Wait and see.", 0),
                evidence: None,
            },
        ],
        places: vec![
            place(
                "p1",
                "Porto",
                PlaceKind::City,
                Some("Portugal"),
                span("Porto", 0),
            ),
            place(
                "p2",
                "Spain",
                PlaceKind::Country,
                Some("Spain"),
                span("Spain", 0),
            ),
            place(
                "p3",
                "Vigo",
                PlaceKind::City,
                Some("Spain"),
                span("Vigo", 0),
            ),
            place(
                "p4",
                "Portugal",
                PlaceKind::Country,
                Some("Portugal"),
                span("Portugal", 0),
            ),
        ],
    }
}

fn place(id: &str, name: &str, kind: PlaceKind, country: Option<&str>, at: [usize; 2]) -> Place {
    Place {
        id: id.into(),
        name: name.into(),
        kind,
        country: country.map(Into::into),
        aliases: vec![],
        mentions: vec![at],
        government_mentions: vec![],
    }
}

#[wasm_bindgen_test]
fn actors_panel_lists_each_actor_with_kind_role_and_count() {
    let root = container();
    let s = summary();
    let _app = mount_to(root.clone(), move || {
        view! { <ActorsPanel summary=Signal::stored(s) selection=Selection::new() /> }
    });

    let panel = one(&root, "[data-testid=actors]");
    assert_eq!(text_of(&one(&panel, "[data-testid=actors-count]")), "2");
    let items = all(&panel, "[data-testid=actor]");
    assert_eq!(items.len(), 2);

    assert_eq!(
        text_of(&one(&items[0], "[data-testid=actor-name]")),
        "Maria Santos"
    );
    assert_eq!(
        text_of(&one(&items[0], "[data-testid=actor-kind]")),
        "person"
    );
    assert_eq!(
        text_of(&one(&items[0], "[data-testid=actor-role]")),
        "mayor, Porto"
    );
    assert_eq!(text_of(&one(&items[0], "[data-testid=actor-count]")), "2");

    assert_eq!(
        text_of(&one(&items[1], "[data-testid=actor-name]")),
        "European Environment Agency"
    );
    assert_eq!(
        text_of(&one(&items[1], "[data-testid=actor-kind]")),
        "organization"
    );
    assert!(items[1]
        .query_selector("[data-testid=actor-role]")
        .unwrap()
        .is_none());
    assert_eq!(text_of(&one(&items[1], "[data-testid=actor-count]")), "1");
}

#[wasm_bindgen_test]
fn empty_summary_gives_friendly_empty_panels() {
    let root = container();
    let _app = mount_to(root.clone(), move || {
        let summary = Signal::stored(Summary::default());
        let selection = Selection::new();
        view! {
            <ActorsPanel summary=summary selection=selection />
            <QuotesPanel summary=summary selection=selection />
            <PlacesPanel summary=summary selection=selection />
            <ArticleView text=Signal::stored(String::new()) summary=summary selection=selection />
        }
    });
    for id in ["actors", "quotes", "places"] {
        let panel = one(&root, &format!("[data-testid={id}]"));
        assert_eq!(
            text_of(&one(&panel, &format!("[data-testid={id}-count]"))),
            "0"
        );
        assert!(
            text_of(&one(&panel, ".empty")).contains("No "),
            "{id} has an empty note"
        );
    }
    assert!(!text_of(&one(&root, "[data-testid=article-view]")).is_empty());
}

#[wasm_bindgen_test]
fn quotes_panel_shows_speakers_in_text_order() {
    let root = container();
    let s = summary();
    let _app = mount_to(root.clone(), move || {
        view! { <QuotesPanel summary=Signal::stored(s) selection=Selection::new() /> }
    });

    let panel = one(&root, "[data-testid=quotes]");
    assert_eq!(text_of(&one(&panel, "[data-testid=quotes-count]")), "3");
    let items = all(&panel, "[data-testid=quote]");
    assert_eq!(items.len(), 3);
    let texts: Vec<String> = items
        .iter()
        .map(|q| text_of(&one(q, "[data-testid=quote-text]")))
        .collect();
    assert_eq!(
        texts,
        [
            "The sea does not stop at the border.",
            "We have heard this before,",
            "Wait and see."
        ]
    );
    let speakers: Vec<String> = items
        .iter()
        .map(|q| text_of(&one(q, "[data-testid=quote-speaker]")))
        .collect();
    assert_eq!(
        speakers,
        ["Maria Santos", "anonymous source", "unattributed"]
    );
    assert_eq!(text_of(&one(&items[0], "[data-testid=quote-cue]")), "said");
    assert!(items[2]
        .query_selector("[data-testid=quote-cue]")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn quotes_by_speaker_toggle_groups_them() {
    let root = container();
    let mut s = summary();
    // a second quote by the same speaker, after the anonymous one
    s.quotes.push(Quote {
        id: "q4".into(),
        text: "Wait".into(),
        speaker: Some("Maria Santos".into()),
        speaker_id: Some("a1".into()),
        speaker_kind: Some(SpeakerKind::Person),
        cue: Some("added".into()),
        kind: QuoteKind::Partial,
        span: span("Wait", 0),
        evidence: None,
    });
    let _app = mount_to(root.clone(), move || {
        view! { <QuotesPanel summary=Signal::stored(s) selection=Selection::new() /> }
    });
    let panel = one(&root, "[data-testid=quotes]");
    assert!(all(&panel, "[data-testid=quote-group]").is_empty());

    let toggle = one(&panel, "[data-testid=quotes-by-speaker]");
    assert_eq!(
        toggle.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    click(&toggle);
    leptos::task::tick().await;

    assert_eq!(
        toggle.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    let groups = all(&panel, "[data-testid=quote-group]");
    let titles: Vec<String> = groups.iter().map(|g| text_of(&one(g, "h3"))).collect();
    assert_eq!(
        titles,
        [
            "Maria Santos (2)",
            "anonymous source (1)",
            "unattributed (1)"
        ]
    );
    assert_eq!(all(&groups[0], "[data-testid=quote]").len(), 2);
    assert_eq!(all(&panel, "[data-testid=quote]").len(), 4);
}

#[wasm_bindgen_test]
fn places_panel_groups_countries_first_then_their_places() {
    let root = container();
    let s = summary();
    let _app = mount_to(root.clone(), move || {
        view! { <PlacesPanel summary=Signal::stored(s) selection=Selection::new() /> }
    });
    let panel = one(&root, "[data-testid=places]");
    assert_eq!(text_of(&one(&panel, "[data-testid=places-count]")), "4");
    let groups = all(&panel, "[data-testid=place-group]");
    let layout: Vec<(String, Vec<String>)> = groups
        .iter()
        .map(|g| {
            let names = all(g, "[data-testid=place-name]")
                .iter()
                .map(text_of)
                .collect();
            (text_of(&one(g, "h3")), names)
        })
        .collect();
    assert_eq!(
        layout,
        [
            (
                "Spain".to_string(),
                vec!["Spain".to_string(), "Vigo".to_string()]
            ),
            (
                "Portugal".to_string(),
                vec!["Portugal".to_string(), "Porto".to_string()]
            ),
        ]
    );
    let first = &all(&panel, "[data-testid=place]")[0];
    assert_eq!(text_of(&one(first, "[data-testid=place-kind]")), "country");
    assert_eq!(text_of(&one(first, "[data-testid=place-count]")), "1");
}

#[wasm_bindgen_test]
fn article_view_marks_every_mention_and_quote() {
    let root = container();
    let s = summary();
    let _app = mount_to(root.clone(), move || {
        view! { <ArticleView text=Signal::stored(TEXT.to_string()) summary=Signal::stored(s) selection=Selection::new() /> }
    });
    let view = one(&root, "[data-testid=article-view]");
    // the text is rendered unchanged
    assert_eq!(text_of(&view), TEXT);
    let persons = all(&view, "mark[data-kind=person]");
    assert_eq!(persons.len(), 2);
    assert_eq!(text_of(&persons[1]), "Santos");
    assert_eq!(
        persons[1].get_attribute("title").as_deref(),
        Some("Maria Santos (person)")
    );
    assert_eq!(all(&view, "mark[data-kind=organization]").len(), 1);
    assert_eq!(all(&view, "mark[data-kind=place]").len(), 4);
    let quotes = all(&view, "[data-kind=quote]");
    assert_eq!(quotes.len(), 3);
    assert_eq!(text_of(&quotes[0]), "The sea does not stop at the border.");
}

#[wasm_bindgen_test]
async fn clicking_an_actor_marks_its_mentions_and_escape_clears() {
    let root = container();
    let s = summary();
    let _app = mount_to(root.clone(), move || {
        let selection = Selection::new();
        clear_on_escape(selection);
        let summary = Signal::stored(s);
        view! {
            <ActorsPanel summary=summary selection=selection />
            <ArticleView text=Signal::stored(TEXT.to_string()) summary=summary selection=selection />
        }
    });
    let view = one(&root, "[data-testid=article-view]");
    assert!(all(&view, ".selected").is_empty());

    let button = one(&root, "[data-testid=actor][data-id=a1] button");
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    click(&button);
    leptos::task::tick().await;

    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    let marked: Vec<String> = all(&view, "mark.selected").iter().map(text_of).collect();
    assert_eq!(marked, ["Maria Santos", "Santos"]);

    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    let esc = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    window().dispatch_event(&esc).unwrap();
    leptos::task::tick().await;

    assert!(all(&view, ".selected").is_empty());
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );

    // clicking twice toggles the highlight off again
    click(&button);
    leptos::task::tick().await;
    assert_eq!(all(&view, "mark.selected").len(), 2);
    click(&button);
    leptos::task::tick().await;
    assert!(all(&view, "mark.selected").is_empty());
}

#[wasm_bindgen_test]
async fn show_in_article_marks_the_quote() {
    let root = container();
    let s = summary();
    let _app = mount_to(root.clone(), move || {
        let selection = Selection::new();
        let summary = Signal::stored(s);
        view! {
            <QuotesPanel summary=summary selection=selection />
            <ArticleView text=Signal::stored(TEXT.to_string()) summary=summary selection=selection />
        }
    });
    let second = one(&root, "[data-testid=quote][data-id=q2]");
    click(&one(&second, "button"));
    leptos::task::tick().await;
    let marked = all(&root, "[data-testid=article-view] .quote-mark.selected");
    assert_eq!(marked.len(), 1);
    assert_eq!(text_of(&marked[0]), "We have heard this before,");
    assert!(second.class_list().contains("selected"));
    // its end names the speaker on the page, not only in a tooltip
    assert!(marked[0].class_list().contains("quote-end"));
    assert_eq!(
        marked[0].get_attribute("data-speaker").as_deref(),
        Some("anonymous source (said)")
    );
}

#[wasm_bindgen_test]
fn segments_survive_bad_spans_overlaps_and_non_ascii_text() {
    let text = "Zürich — “Ça va,” dit Noël à Genève.";
    let chars: Vec<char> = text.chars().collect();
    let find = |needle: &str| {
        let n: Vec<char> = needle.chars().collect();
        let start = (0..chars.len())
            .find(|&i| chars[i..].starts_with(&n))
            .unwrap();
        [start, start + n.len()]
    };
    let mut s = Summary::default();
    s.places.push(place(
        "p1",
        "Zurich",
        PlaceKind::City,
        Some("Switzerland"),
        find("Zürich"),
    ));
    s.places[0].mentions.push([30, 10]); // reversed: ignored
    s.places[0].mentions.push([5, 500]); // past the end: ignored
    s.places.push(place(
        "p2",
        "Geneva",
        PlaceKind::City,
        Some("Switzerland"),
        find("Genève"),
    ));
    s.actors.push(Actor {
        id: "a1".into(),
        name: "Noël".into(),
        kind: ActorKind::Person,
        aliases: vec![],
        role: None,
        affiliation: None,
        // the second span overlaps the first and is dropped
        mentions: vec![find("Noël"), find("l à G")],
        gender: None,
    });
    s.quotes.push(Quote {
        id: "q1".into(),
        text: "Ça va,".into(),
        speaker: Some("Noël".into()),
        speaker_id: Some("a1".into()),
        speaker_kind: Some(SpeakerKind::Person),
        cue: Some("dit".into()),
        kind: QuoteKind::Direct,
        span: find("Ça va,"),
        evidence: None,
    });

    let segs = segments(text, &s);
    assert_eq!(
        segs.iter().map(|s| s.text.as_str()).collect::<String>(),
        text
    );
    let marked: Vec<(&str, &str)> = segs
        .iter()
        .filter_map(|s| s.mention.as_ref().map(|m| (s.text.as_str(), m.id.as_str())))
        .collect();
    assert_eq!(marked, [("Zürich", "p1"), ("Noël", "a1"), ("Genève", "p2")]);
    let quoted: Vec<&str> = segs
        .iter()
        .filter(|s| s.quote.is_some())
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(quoted, ["Ça va,"]);
}

/// A long text, `lines` lines of "Speaker7 said "Line 12." in Paris.", with its summary: 40
/// speakers, one quote per line, one place. About six segments per line.
fn long_article(lines: usize) -> (String, Summary) {
    let mut text = String::new();
    let mut chars = 0;
    let mut actors: Vec<Actor> = (0..40)
        .map(|i| Actor {
            id: format!("a{i}"),
            name: format!("Speaker{i}"),
            kind: ActorKind::Person,
            aliases: vec![],
            role: None,
            affiliation: None,
            mentions: vec![],
            gender: None,
        })
        .collect();
    let mut quotes = Vec::new();
    let mut paris = place("p1", "Paris", PlaceKind::City, Some("France"), [0, 0]);
    paris.mentions.clear();
    let mut push = |s: &str, text: &mut String| -> [usize; 2] {
        let start = chars;
        chars += s.chars().count();
        text.push_str(s);
        [start, chars]
    };
    for line in 0..lines {
        let who = line % 40;
        let name = format!("Speaker{who}");
        actors[who].mentions.push(push(&name, &mut text));
        push(" said \"", &mut text);
        let said = format!("Line {line}.");
        let span = push(&said, &mut text);
        quotes.push(Quote {
            id: format!("q{line}"),
            text: said,
            speaker: Some(name),
            speaker_id: Some(format!("a{who}")),
            speaker_kind: Some(SpeakerKind::Person),
            cue: Some("said".into()),
            kind: QuoteKind::Direct,
            span,
            evidence: None,
        });
        push("\" in ", &mut text);
        paris.mentions.push(push("Paris", &mut text));
        push(".\n", &mut text);
    }
    let summary = Summary {
        schema: SCHEMA.to_string(),
        actors,
        quotes,
        places: vec![paris],
    };
    (text, summary)
}

#[wasm_bindgen_test]
async fn a_long_article_is_drawn_block_by_block_and_ends_complete() {
    let (text, s) = long_article(3_000);
    let expected = text.clone();
    let root = container();
    let _app = mount_to(root.clone(), move || {
        view! { <ArticleView text=Signal::stored(text) summary=Signal::stored(s) selection=Selection::new() /> }
    });
    let view = one(&root, "[data-testid=article-view]");
    // the first block is there at once, the rest follows on later turns of the event loop
    let first = text_of(&view);
    assert!(!first.is_empty());
    assert!(
        first.len() < expected.len() / 4,
        "drew {} bytes at once",
        first.len()
    );
    assert!(expected.starts_with(&first));
    eventually("the whole article is drawn", || {
        text_of(&view).len() == expected.len()
    })
    .await;
    assert_eq!(text_of(&view), expected);
    assert_eq!(all(&view, "[data-kind=quote]").len(), 3_000);
    assert_eq!(all(&view, "mark[data-kind=place]").len(), 3_000);
}

#[wasm_bindgen_test]
async fn show_in_article_draws_a_quote_not_yet_drawn() {
    let (text, s) = long_article(3_000);
    let root = container();
    let _app = mount_to(root.clone(), move || {
        let selection = Selection::new();
        let summary = Signal::stored(s);
        view! {
            <QuotesPanel summary=summary selection=selection />
            <ArticleView text=Signal::stored(text) summary=summary selection=selection />
        }
    });
    let view = one(&root, "[data-testid=article-view]");
    click(&one(&root, "[data-testid=quotes] [data-testid=show-all]"));
    leptos::task::tick().await;
    let last = one(&root, "[data-testid=quote][data-id=q2999]");
    assert!(all(&view, "[data-ref=q2999]").is_empty(), "not drawn yet");
    click(&one(&last, "button"));
    eventually("the last quote is drawn", || {
        !all(&view, "[data-ref=q2999]").is_empty()
    })
    .await;
    let marked = all(&view, ".quote-mark.selected");
    assert_eq!(marked.len(), 1);
    assert_eq!(text_of(&marked[0]), "Line 2999.");
}

#[wasm_bindgen_test]
async fn clicking_a_mark_in_the_article_picks_its_actor() {
    let (text, s) = long_article(50);
    let root = container();
    let _app = mount_to(root.clone(), move || {
        let selection = Selection::new();
        let summary = Signal::stored(s);
        view! {
            <ActorsPanel summary=summary selection=selection />
            <ArticleView text=Signal::stored(text) summary=summary selection=selection />
        }
    });
    let view = one(&root, "[data-testid=article-view]");
    click(&one(&view, "mark[data-ref=a3]"));
    leptos::task::tick().await;
    let marked = all(&view, "mark.selected");
    assert_eq!(marked.len(), 2, "Speaker3 speaks on lines 3 and 43");
    assert!(marked.iter().all(|m| text_of(m) == "Speaker3"));
    let button = one(&root, "[data-testid=actor][data-id=a3] button");
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    // clicking it again un-picks it
    click(&one(&view, "mark[data-ref=a3]"));
    leptos::task::tick().await;
    assert!(all(&view, ".selected").is_empty());
}

#[wasm_bindgen_test]
async fn long_lists_show_a_page_at_a_time() {
    let (_, s) = long_article(130);
    let root = container();
    let _app = mount_to(root.clone(), move || {
        let summary = Signal::stored(s);
        view! { <QuotesPanel summary=summary selection=Selection::new() /> }
    });
    let panel = one(&root, "[data-testid=quotes]");
    assert_eq!(text_of(&one(&panel, "[data-testid=quotes-count]")), "130");
    assert_eq!(all(&panel, "[data-testid=quote]").len(), 50);
    let more = one(&panel, "[data-testid=quotes-more]");
    assert!(text_of(&more).contains("Showing 50 of 130 quotes."));
    assert!(text_of(&more).contains("Show 50 more"));
    click(&one(&more, "[data-testid=show-more]"));
    leptos::task::tick().await;
    assert_eq!(all(&panel, "[data-testid=quote]").len(), 100);
    assert!(text_of(&one(&panel, "[data-testid=show-more]")).contains("Show 30 more"));

    // grouped by speaker, the same number of quotes is shown, whole groups first
    click(&one(&panel, "[data-testid=quotes-by-speaker]"));
    leptos::task::tick().await;
    assert_eq!(all(&panel, "[data-testid=quote]").len(), 100);
    click(&one(&panel, "[data-testid=show-all]"));
    leptos::task::tick().await;
    assert_eq!(all(&panel, "[data-testid=quote]").len(), 130);
    assert_eq!(all(&panel, "[data-testid=quote-group]").len(), 40);
    assert!(panel
        .query_selector("[data-testid=quotes-more]")
        .unwrap()
        .is_none());
}

// ---- reported speech (quotes of kind `indirect`) ----

const REPORTED_TEXT: &str = "The ministry said it would review the contract. Anna Berg told \
reporters: \"We will publish everything.\" She said the deal was \"a disgrace\" and would be \
cancelled. Officials said talks would resume.";

/// Character span of `needle` in [`REPORTED_TEXT`].
fn rspan(needle: &str) -> [usize; 2] {
    let byte = REPORTED_TEXT
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the reported text"));
    let start = REPORTED_TEXT[..byte].chars().count();
    [start, start + needle.chars().count()]
}

/// Two reported statements by Anna Berg and the ministry (one holding a partial quote), a
/// direct quote, and an anonymous reported statement.
fn reported_summary() -> Summary {
    let quote = |id: &str, text: &str, kind, speaker: Option<(&str, &str)>| Quote {
        id: id.into(),
        text: text.into(),
        speaker: speaker.map(|(n, _)| n.into()),
        speaker_id: speaker.map(|(_, i)| i.into()),
        speaker_kind: Some(if speaker.is_some() {
            SpeakerKind::Person
        } else {
            SpeakerKind::Anonymous
        }),
        cue: Some("said".into()),
        kind,
        span: rspan(text),
        evidence: None,
    };
    let berg = Some(("Anna Berg", "a1"));
    Summary {
        schema: SCHEMA.to_string(),
        actors: vec![Actor {
            id: "a1".into(),
            name: "Anna Berg".into(),
            kind: ActorKind::Person,
            aliases: vec![],
            role: None,
            affiliation: None,
            mentions: vec![rspan("Anna Berg")],
            gender: None,
        }],
        quotes: vec![
            quote(
                "q1",
                "it would review the contract",
                QuoteKind::Indirect,
                Some(("ministry", "a1")),
            ),
            quote("q2", "We will publish everything.", QuoteKind::Direct, berg),
            quote(
                "q3",
                "the deal was \"a disgrace\" and would be cancelled",
                QuoteKind::Indirect,
                berg,
            ),
            quote("q4", "a disgrace", QuoteKind::Partial, berg),
            quote("q5", "talks would resume", QuoteKind::Indirect, None),
        ],
        places: vec![],
    }
}

fn ids_of(root: &web_sys::Element) -> Vec<String> {
    all(root, "[data-testid=quote]")
        .iter()
        .map(|q| q.get_attribute("data-id").unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn quote_kind_filter_lists_all_direct_or_reported() {
    let root = container();
    let s = reported_summary();
    let _app = mount_to(root.clone(), move || {
        view! { <QuotesPanel summary=Signal::stored(s) selection=Selection::new() /> }
    });
    let panel = one(&root, "[data-testid=quotes]");
    let filter = one(&panel, "fieldset[data-testid=quote-kind-filter]");
    // a labelled group of three radio buttons sharing one name, "All" chosen
    assert_eq!(text_of(&one(&filter, "legend")), "Which quotes to list");
    let radios: Vec<web_sys::HtmlInputElement> = all(&filter, "input[type=radio]")
        .into_iter()
        .map(|e| e.unchecked_into())
        .collect();
    assert_eq!(radios.len(), 3);
    assert!(radios.iter().all(|r| r.name() == radios[0].name()));
    assert_eq!(
        radios.iter().map(|r| r.checked()).collect::<Vec<_>>(),
        [true, false, false]
    );
    let counts: Vec<String> = all(&filter, "[data-testid=quote-kind-count]")
        .iter()
        .map(text_of)
        .collect();
    assert_eq!(counts, ["5", "2", "3"]);
    assert_eq!(text_of(&one(&panel, "[data-testid=quotes-count]")), "5");
    assert_eq!(ids_of(&panel), ["q1", "q2", "q3", "q4", "q5"]);

    click(&one(&filter, "[data-testid=quote-kind-reported] input"));
    leptos::task::tick().await;
    assert!(radios[2].checked() && !radios[0].checked());
    assert_eq!(ids_of(&panel), ["q1", "q3", "q5"]);
    assert_eq!(text_of(&one(&panel, "[data-testid=quotes-count]")), "3");
    assert!(all(&panel, "[data-testid=quote]")
        .iter()
        .all(|q| q.get_attribute("data-kind").as_deref() == Some("indirect")));

    click(&one(&filter, "[data-testid=quote-kind-direct] input"));
    leptos::task::tick().await;
    assert_eq!(ids_of(&panel), ["q2", "q4"]);
    assert_eq!(text_of(&one(&panel, "[data-testid=quotes-count]")), "2");

    // by speaker, the chosen kind is grouped; with "All" both kinds are in one group
    click(&one(&panel, "[data-testid=quotes-by-speaker]"));
    leptos::task::tick().await;
    let titles: Vec<String> = all(&panel, "[data-testid=quote-group] h3")
        .iter()
        .map(text_of)
        .collect();
    assert_eq!(titles, ["Anna Berg (2)"]);
    click(&one(&filter, "[data-testid=quote-kind-all] input"));
    leptos::task::tick().await;
    let titles: Vec<String> = all(&panel, "[data-testid=quote-group] h3")
        .iter()
        .map(text_of)
        .collect();
    assert_eq!(
        titles,
        ["ministry (1)", "Anna Berg (3)", "anonymous source (1)"]
    );
    let berg = &all(&panel, "[data-testid=quote-group]")[1];
    let kinds: Vec<String> = all(berg, "[data-testid=quote]")
        .iter()
        .map(|q| q.get_attribute("data-kind").unwrap_or_default())
        .collect();
    assert_eq!(kinds, ["direct", "indirect", "partial"]);
}

#[wasm_bindgen_test]
async fn a_kind_with_nothing_to_list_says_so() {
    let root = container();
    let mut s = reported_summary();
    s.quotes.retain(|q| q.kind != QuoteKind::Indirect);
    let _app = mount_to(root.clone(), move || {
        view! { <QuotesPanel summary=Signal::stored(s) selection=Selection::new() /> }
    });
    let panel = one(&root, "[data-testid=quotes]");
    click(&one(&panel, "[data-testid=quote-kind-reported] input"));
    leptos::task::tick().await;
    assert!(ids_of(&panel).is_empty());
    assert_eq!(text_of(&one(&panel, "[data-testid=quotes-count]")), "0");
    assert_eq!(
        text_of(&one(&panel, ".empty")),
        "No reported statements here."
    );
}

/// The page's own stylesheet in the document while this lives, so computed styles can be
/// checked (removed afterwards, so other tests see no styles).
struct PageStyles(web_sys::Element);

impl Drop for PageStyles {
    fn drop(&mut self) {
        self.0.remove();
    }
}

fn with_page_styles() -> PageStyles {
    let doc = window().document().unwrap();
    let style = doc.create_element("style").unwrap();
    style.set_text_content(Some(include_str!("../style/main.css")));
    doc.head().unwrap().append_child(&style).unwrap();
    PageStyles(style)
}

fn computed(el: &web_sys::Element, pseudo: &str, property: &str) -> String {
    window()
        .get_computed_style_with_pseudo_elt(el, pseudo)
        .unwrap()
        .unwrap()
        .get_property_value(property)
        .unwrap()
}

#[wasm_bindgen_test]
fn reported_statements_have_their_own_style_without_quotation_marks() {
    let _styles = with_page_styles();
    let root = container();
    let s = reported_summary();
    let _app = mount_to(root.clone(), move || {
        view! { <QuotesPanel summary=Signal::stored(s) selection=Selection::new() /> }
    });
    let item = |id: &str| one(&root, &format!("[data-testid=quote][data-id={id}]"));
    let (reported, direct) = (item("q1"), item("q2"));

    // a reported statement is a paragraph with a "reported" label, not a block quote
    assert!(reported.class_list().contains("quote-item-reported"));
    let text = one(&reported, "[data-testid=quote-text]");
    assert_eq!(text.tag_name(), "P");
    assert_eq!(text_of(&text), "it would review the contract");
    assert_eq!(
        text_of(&one(&reported, "[data-testid=quote-reported]")),
        "reported"
    );
    assert!(direct
        .query_selector("[data-testid=quote-reported]")
        .unwrap()
        .is_none());
    let quote_text = one(&direct, "[data-testid=quote-text]");
    assert_eq!(quote_text.tag_name(), "BLOCKQUOTE");

    // quotation marks are drawn around quotes only
    assert_eq!(computed(&quote_text, "::before", "content"), "\"“\"");
    assert_eq!(computed(&quote_text, "::after", "content"), "\"”\"");
    assert_eq!(computed(&text, "::before", "content"), "none");
    assert_eq!(computed(&text, "::after", "content"), "none");
    // upright, with a dashed rule on the left; quotes are italic with none
    assert_eq!(computed(&text, "", "font-style"), "normal");
    assert_eq!(computed(&quote_text, "", "font-style"), "italic");
    assert_eq!(computed(&reported, "", "border-left-style"), "dashed");
    assert_ne!(computed(&direct, "", "border-left-style"), "dashed");
}

#[wasm_bindgen_test]
fn segments_nest_a_quote_inside_a_reported_statement() {
    let s = reported_summary();
    let segs = segments(REPORTED_TEXT, &s);
    assert_eq!(
        segs.iter().map(|s| s.text.as_str()).collect::<String>(),
        REPORTED_TEXT
    );
    // the partial quote lies inside the reported statement q3: both layers on its segment
    let inner = segs.iter().find(|s| s.text == "a disgrace").unwrap();
    assert_eq!(inner.reported.as_deref(), Some("q3"));
    assert_eq!(inner.quote.as_deref(), Some("q4"));
    assert!(inner.quote_end && !inner.reported_end);
    let reported: String = segs
        .iter()
        .filter(|s| s.reported.as_deref() == Some("q3"))
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(
        reported,
        "the deal was \"a disgrace\" and would be cancelled"
    );
    assert!(
        segs.iter()
            .rfind(|s| s.reported.as_deref() == Some("q3"))
            .unwrap()
            .reported_end
    );
    // a direct quote is no reported statement
    let direct = segs
        .iter()
        .find(|s| s.text == "We will publish everything.")
        .unwrap();
    assert_eq!(direct.quote.as_deref(), Some("q2"));
    assert_eq!(direct.reported, None);
    assert_eq!(
        segs.iter()
            .find(|s| s.reported.as_deref() == Some("q1"))
            .unwrap()
            .reported_title
            .as_deref(),
        Some("Reported — ministry (said)")
    );
}

#[wasm_bindgen_test]
async fn article_view_marks_reported_speech_around_a_nested_quote() {
    let _styles = with_page_styles();
    let root = container();
    let s = reported_summary();
    let _app = mount_to(root.clone(), move || {
        let selection = Selection::new();
        let summary = Signal::stored(s);
        view! {
            <QuotesPanel summary=summary selection=selection />
            <ArticleView text=Signal::stored(REPORTED_TEXT.to_string()) summary=summary selection=selection />
        }
    });
    let view = one(&root, "[data-testid=article-view]");
    assert_eq!(text_of(&view), REPORTED_TEXT);
    let reported = all(&view, ".reported-mark[data-kind=reported]");
    let joined = |id: &str| {
        reported
            .iter()
            .filter(|e| e.get_attribute("data-ref").as_deref() == Some(id))
            .map(text_of)
            .collect::<String>()
    };
    assert_eq!(joined("q1"), "it would review the contract");
    assert_eq!(
        joined("q3"),
        "the deal was \"a disgrace\" and would be cancelled"
    );
    assert_eq!(joined("q5"), "talks would resume");
    // the partial quote is drawn inside the reported statement, as a quote
    let inner = one(&view, "[data-kind=quote][data-ref=q4]");
    assert_eq!(text_of(&inner), "a disgrace");
    let outer = inner.parent_element().unwrap();
    assert!(outer.class_list().contains("reported-mark"));
    assert_eq!(outer.get_attribute("data-ref").as_deref(), Some("q3"));
    // quotes are marked as before; reported statements are not quote marks
    let quotes: Vec<String> = all(&view, ".quote-mark").iter().map(text_of).collect();
    assert_eq!(quotes, ["We will publish everything.", "a disgrace"]);
    // a style of their own: a dashed underline, upright (quotes are italic)
    assert_eq!(computed(&outer, "", "border-bottom-style"), "dashed");
    assert_eq!(computed(&outer, "", "font-style"), "normal");
    assert_eq!(computed(&inner, "", "font-style"), "italic");

    // "Show in article" on a reported statement picks its marks, and its end names the speaker
    click(&one(&root, "[data-testid=quote][data-id=q3] button"));
    leptos::task::tick().await;
    let picked = all(&view, ".reported-mark.selected");
    assert_eq!(
        picked.iter().map(text_of).collect::<String>(),
        "the deal was \"a disgrace\" and would be cancelled"
    );
    assert!(all(&view, ".quote-mark.selected").is_empty());
    let end = picked.last().unwrap();
    assert!(end.class_list().contains("reported-end"));
    assert_eq!(
        end.get_attribute("data-speaker").as_deref(),
        Some("Anna Berg (said)")
    );
    // and the nested quote can be picked on its own
    click(&one(&root, "[data-testid=quote][data-id=q4] button"));
    leptos::task::tick().await;
    let picked: Vec<String> = all(&view, ".selected").iter().map(text_of).collect();
    assert_eq!(picked, ["a disgrace"]);
}
