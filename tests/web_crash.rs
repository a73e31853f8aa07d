//! The crash banner: what the reader sees if the app ever panics.
#![cfg(target_arch = "wasm32")]

use article_lens::app::show_crash_banner;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn crash_banner_says_the_text_is_safe_once() {
    show_crash_banner();
    show_crash_banner();
    let doc = web_sys::window().unwrap().document().unwrap();
    let banners = doc
        .query_selector_all("[data-testid=crash-banner]")
        .unwrap();
    assert_eq!(banners.length(), 1);
    let el = doc.get_element_by_id("crash-banner").unwrap();
    assert_eq!(el.get_attribute("role").as_deref(), Some("alert"));
    let text = el.text_content().unwrap();
    assert!(text.contains("Your text is saved"), "{text}");
}
