//! Tests of the whole page in headless Chromium: first visit, saved draft, Clear, and the
//! debounced re-analysis. None of these depend on what the analysis core finds.
#![cfg(target_arch = "wasm32")]

use article_lens::app::state::SAMPLE_TEXT;
use article_lens::app::{App, DEBOUNCE};
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

mod web_support;
use web_support::{container, eventually, one, sleep};

const KEY: &str = "article-lens.text";

fn storage() -> web_sys::Storage {
    window().local_storage().unwrap().unwrap()
}

fn textarea(root: &Element) -> HtmlTextAreaElement {
    one(root, "[data-testid=article-input]").unchecked_into()
}

fn type_text(root: &Element, text: &str) {
    let input = textarea(root);
    input.set_value(text);
    let ev = web_sys::Event::new("input").unwrap();
    input.dispatch_event(&ev).unwrap();
}

#[wasm_bindgen_test]
async fn first_visit_shows_the_sample_article() {
    storage().remove_item(KEY).unwrap();
    let root = container();
    let _app = mount_to(root.clone(), App);
    leptos::task::tick().await;
    assert_eq!(textarea(&root).value(), SAMPLE_TEXT);
    for id in [
        "actors",
        "quotes",
        "places",
        "article-view",
        "sample-attribution",
    ] {
        one(&root, &format!("[data-testid={id}]"));
    }
    let article = one(&root, "[data-testid=article-view]")
        .text_content()
        .unwrap();
    assert_eq!(article, SAMPLE_TEXT);
}

#[wasm_bindgen_test]
async fn typed_text_is_saved_analysed_after_a_pause_and_restored() {
    storage().remove_item(KEY).unwrap();
    let root = container();
    let app = mount_to(root.clone(), App);
    // a few characters typed at the end of the sample
    let typed = format!("{SAMPLE_TEXT} Anna Berg said \"hello\" in Oslo.");
    type_text(&root, &typed);
    // saved as a JSON string (gloo-storage's format)
    let saved = storage().get_item(KEY).unwrap().unwrap();
    assert_eq!(serde_json::from_str::<String>(&saved).unwrap(), typed);
    // not yet re-analysed: the article view still shows the sample
    leptos::task::tick().await;
    let view = one(&root, "[data-testid=article-view]");
    assert_eq!(view.text_content().unwrap(), SAMPLE_TEXT);

    sleep(DEBOUNCE.as_millis() as i32).await;
    eventually("the typed text is analysed after the pause", || {
        view.text_content().unwrap() == typed
    })
    .await;
    drop(app);

    // a paste (many characters at once) is analysed without waiting
    let root = container();
    let app = mount_to(root.clone(), App);
    type_text(&root, "Anna Berg said \"hello\" in Oslo.");
    leptos::task::tick().await;
    let view = one(&root, "[data-testid=article-view]");
    assert_eq!(
        view.text_content().unwrap(),
        "Anna Berg said \"hello\" in Oslo."
    );
    let status = one(&root, "[data-testid=status]").text_content().unwrap();
    assert!(status.starts_with("6 words"), "status: {status}");
    drop(app);

    // a new page load picks the draft up again
    let again = container();
    let _app = mount_to(again.clone(), App);
    leptos::task::tick().await;
    assert_eq!(
        textarea(&again).value(),
        "Anna Berg said \"hello\" in Oslo."
    );
    storage().remove_item(KEY).unwrap();
}

#[wasm_bindgen_test]
async fn a_long_draft_is_saved_once_it_stays_unchanged_or_the_page_is_hidden() {
    use article_lens::app::state::{draft, BACKGROUND_FROM};
    let saved = || {
        storage()
            .get_item(KEY)
            .unwrap()
            .and_then(|s| serde_json::from_str::<String>(&s).ok())
    };
    storage().remove_item(KEY).unwrap();
    let root = container();
    let app = mount_to(root.clone(), App);
    let long = "Anna Berg said \"hello\" in Oslo. ".repeat(BACKGROUND_FROM / 16);
    type_text(&root, &long);
    // not written while the text may still change ...
    assert_eq!(saved(), None);
    // ... but once it stays as it is
    eventually("the long draft is saved", || {
        saved().as_deref() == Some(long.as_str())
    })
    .await;

    // an edit within the pause is written at once when the page is hidden or left
    let edited = format!("{long}More.");
    type_text(&root, &edited);
    assert_eq!(saved().as_deref(), Some(long.as_str()));
    draft::flush();
    assert_eq!(saved().as_deref(), Some(edited.as_str()));
    // Clear drops a pending write
    type_text(&root, &long);
    one(&root, "[data-testid=clear]")
        .unchecked_into::<HtmlElement>()
        .click();
    sleep(draft::SAVE_LONG_AFTER.as_millis() as i32 + 200).await;
    assert_eq!(storage().get_item(KEY).unwrap(), None);
    drop(app);
}

#[wasm_bindgen_test]
async fn clear_empties_the_text_and_the_saved_draft() {
    // a draft saved as plain text by an earlier version still opens
    storage().set_item(KEY, "Some saved text.").unwrap();
    let root = container();
    let _app = mount_to(root.clone(), App);
    leptos::task::tick().await;
    assert_eq!(textarea(&root).value(), "Some saved text.");
    one(&root, "[data-testid=clear]")
        .unchecked_into::<HtmlElement>()
        .click();
    leptos::task::tick().await;

    assert_eq!(textarea(&root).value(), "");
    assert_eq!(storage().get_item(KEY).unwrap(), None);
    let view = one(&root, "[data-testid=article-view]");
    assert!(view.query_selector(".empty").unwrap().is_some());
    for id in ["actors", "quotes", "places"] {
        let count = one(&root, &format!("[data-testid={id}-count]"));
        assert_eq!(count.text_content().unwrap(), "0");
    }
    // and the sample can be brought back
    one(&root, "[data-testid=load-sample]")
        .unchecked_into::<HtmlElement>()
        .click();
    leptos::task::tick().await;
    assert_eq!(textarea(&root).value(), SAMPLE_TEXT);
}

#[wasm_bindgen_test]
async fn lone_surrogates_from_javascript_are_analysed_as_replacement_characters() {
    storage().remove_item(KEY).unwrap();
    let root = container();
    let _app = mount_to(root.clone(), App);
    // A JavaScript string may hold halves of surrogate pairs, which no Rust string can: the
    // text crosses into WebAssembly with U+FFFD in their place.
    let hostile = js_sys::JSON::parse(
        r#""Anna Berg \ud800said \"We stay\udc00.\" in Oslo \udbff\ud800\udfff.""#,
    )
    .unwrap();
    let input = textarea(&root);
    js_sys::Reflect::set(&input, &"value".into(), &hostile).unwrap();
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    leptos::task::tick().await;
    let view = one(&root, "[data-testid=article-view]");
    let shown = view.text_content().unwrap();
    assert_eq!(
        shown,
        // (the last pair is whole: U+103FF)
        "Anna Berg \u{fffd}said \"We stay\u{fffd}.\" in Oslo \u{fffd}\u{103ff}."
    );
    let status = one(&root, "[data-testid=status]").text_content().unwrap();
    assert!(status.starts_with("8 words"), "status: {status}");
    assert!(root
        .query_selector("[data-testid=crash-banner]")
        .unwrap()
        .is_none());
    assert!(document().get_element_by_id("crash-banner").is_none());
    storage().remove_item(KEY).unwrap();
}
