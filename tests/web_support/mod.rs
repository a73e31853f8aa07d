//! Helpers shared by the browser tests (`tests/web_*.rs`): a fresh element to mount into,
//! looking elements up, clicking, and letting real time pass.
#![allow(dead_code)]

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element in the page's body to mount into.
pub fn container() -> HtmlElement {
    let doc = document();
    let div: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

/// Every element under `root` matching `selector`.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into::<Element>())
        .collect()
}

/// The first element under `root` matching `selector`; panics when there is none.
pub fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

pub fn text_of(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

pub fn click(el: &Element) {
    el.clone().unchecked_into::<HtmlElement>().click();
}

/// Waits for real time to pass, so timers (the debounce), queued events, image loads and
/// worker answers can happen.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// How long [`eventually`] waits: far longer than a healthy run needs on a busy machine, so
/// that it only catches a hang. The tests check what happens, not how fast.
pub const HANG_MS: f64 = 120_000.0;

/// Waits until `done()` holds, looking again every 20 ms; panics naming `what` when it still
/// does not after [`HANG_MS`].
pub async fn eventually(what: &str, done: impl Fn() -> bool) {
    let deadline = js_sys::Date::now() + HANG_MS;
    while !done() {
        assert!(
            js_sys::Date::now() < deadline,
            "{what}: still not the case after {} s",
            HANG_MS / 1000.0
        );
        sleep(20).await;
    }
}
