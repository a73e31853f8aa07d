//! The marked article: quotes say who said them on hover and focus.
#![cfg(target_arch = "wasm32")]

use article_lens::app::article::segments;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn quote_segments_name_their_speaker() {
    let text = "“We will win,” John Baird said. A source said “maybe”.";
    let summary = article_lens::analyze(text);
    let titles: Vec<String> = segments(text, &summary)
        .into_iter()
        .filter_map(|s| s.quote_title)
        .collect();
    assert!(
        titles.iter().any(|t| t == "Quote — John Baird (said)"),
        "{titles:?}"
    );
}
