//! Getting an article in, in headless Chromium: HTML (pasted or from a file) to plain text, and
//! long texts analysed in the background.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use article_lens::app::editor::{defuse, html_to_text};
use article_lens::app::state::{analyze_json, background, Analysis, BACKGROUND_FROM, SAMPLE_TEXT};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod web_support;
use web_support::{eventually, sleep};

fn window_has(name: &str) -> bool {
    let value =
        js_sys::Reflect::get(&web_sys::window().unwrap(), &JsValue::from_str(name)).unwrap();
    !value.is_undefined()
}

#[wasm_bindgen_test]
fn paragraphs_and_line_breaks() {
    assert_eq!(
        html_to_text("<h1>Title</h1><p>One<br>two</p><p>Three</p>"),
        "Title\n\nOne\ntwo\n\nThree"
    );
    assert_eq!(html_to_text("<p>a<br><br>b</p>"), "a\n\nb");
    assert_eq!(
        html_to_text("<div><div><p>deep</p></div>tail</div>"),
        "deep\n\ntail"
    );
    assert_eq!(
        html_to_text("<ul><li>one</li><li>two</li></ul>after"),
        "one\n\ntwo\n\nafter"
    );
    assert_eq!(html_to_text("<br><p></p><p>only</p><br>"), "only");
}

#[wasm_bindgen_test]
fn white_space_collapses_as_on_screen_except_in_pre() {
    assert_eq!(
        html_to_text("  The\n   minister\tsaid <b>no</b> . "),
        "The minister said no ."
    );
    assert_eq!(
        html_to_text("<p> lead</p>\n\n<p>trail </p>"),
        "lead\n\ntrail"
    );
    assert_eq!(html_to_text("<pre>a  b\nc</pre>"), "a  b\nc");
    assert_eq!(
        html_to_text("<table><tr><td>x</td><td>y</td></tr><tr><td>z</td></tr></table>"),
        "x y\n\nz"
    );
}

#[wasm_bindgen_test]
fn entities_are_decoded() {
    assert_eq!(
        html_to_text("&ldquo;Yes&rdquo; &amp; &lt;no&gt; &#8212; caf&eacute;&nbsp;noir"),
        "“Yes” & <no> — café noir"
    );
}

#[wasm_bindgen_test]
fn scripts_styles_comments_and_hidden_text_are_dropped() {
    let html = r#"<html><head><title>T</title><style>p{color:red}</style></head><body>
        <!--StartFragment--><p style="color:blue">Kept</p><script>var x = "no";</script>
        <noscript>no</noscript><template><p>no</p></template><p hidden>no</p>
        <span aria-hidden="true">no</span><svg><text>no</text></svg><button>no</button>
        <p>Also <img src="photo.jpg" alt="no">kept</p><!-- no --><!--EndFragment--></body></html>"#;
    assert_eq!(html_to_text(html), "Kept\n\nAlso kept");
}

#[wasm_bindgen_test]
async fn nothing_in_the_html_runs_or_loads() {
    let count = || {
        web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .query_selector_all("*")
            .unwrap()
            .length()
    };
    let before = count();
    let text = html_to_text(
        r#"<p>Safe</p><script>window.__inputScript = 1</script>
           <img src="x" onerror="window.__inputImage = 1"><svg onload="window.__inputSvg = 1"></svg>
           <iframe srcdoc="<script>parent.__inputFrame = 1</script>"></iframe>"#,
    );
    assert_eq!(text, "Safe");
    sleep(200).await;
    for name in [
        "__inputScript",
        "__inputImage",
        "__inputSvg",
        "__inputFrame",
    ] {
        assert!(!window_has(name), "{name} was set");
    }
    assert_eq!(count(), before, "no element was added to the page");
}

#[wasm_bindgen_test]
fn deep_nesting_does_not_exhaust_the_stack() {
    let html = format!(
        "{}deep{}",
        "<div><span>".repeat(20_000),
        "</span></div>".repeat(20_000)
    );
    assert_eq!(html_to_text(&html), "deep");
}

#[wasm_bindgen_test]
fn defuse_renames_handlers_and_styles_only_inside_tags() {
    assert_eq!(
        defuse(r#"<p STYLE="a" class=x onClick='b'>on=1 style = "c"</p><style>p{}</style>"#),
        r#"<p data-inert-STYLE="a" class=x data-inert-onClick='b'>on=1 style = "c"</p><template>p{}</template>"#
    );
    assert_eq!(
        defuse(r#"<img/onerror=alert(1)/src=x><a href="a>b" onmouseover=c>"#),
        r#"<img/data-inert-onerror=alert(1)/src=x><a href="a>b" data-inert-onmouseover=c>"#
    );
    // comments, stray '<' and unfinished tags pass through
    for text in ["<!-- <p onclick=x> -->", "1 < 2 <3 </ >", "<p onclick", "<"] {
        let out = defuse(text);
        if text.contains("onclick") && !text.starts_with("<!--") {
            assert!(out.contains("data-inert-onclick"), "{out}");
        } else {
            assert_eq!(out, text);
        }
    }
    // text survives
    assert_eq!(
        html_to_text(r#"<p onclick="x()" style="color:red">Onion = 3 &amp; style=4</p>"#),
        "Onion = 3 & style=4"
    );
}

#[wasm_bindgen_test]
fn the_worker_entry_gives_the_summary_as_json() {
    let json = analyze_json(SAMPLE_TEXT);
    let summary: article_lens::Summary = serde_json::from_str(&json).unwrap();
    assert_eq!(summary, article_lens::analyze(SAMPLE_TEXT));
    assert_eq!(Analysis::of(SAMPLE_TEXT.to_string()).summary, summary);
}

#[wasm_bindgen_test]
async fn a_long_text_is_analysed_in_the_background() {
    // No app script tag here, so no worker: the text is analysed on the page, after a paint.
    let long =
        format!("{}\n\n", SAMPLE_TEXT.trim()).repeat(BACKGROUND_FROM / SAMPLE_TEXT.len() + 1);
    assert!(long.len() >= BACKGROUND_FROM);
    let short = Analysis::of("Ada Lovelace spoke in London.".to_string());

    let ready = Rc::new(Cell::new(0));
    let busy = Rc::new(Cell::new(false));
    let watch = background::watch(background::Watcher {
        busy: Box::new({
            let busy = busy.clone();
            move |b| busy.set(b)
        }),
        ready: Box::new({
            let ready = ready.clone();
            move || ready.set(ready.get() + 1)
        }),
    });

    // until it is done, the last finished analysis stands in
    let pending = Analysis::of(long.clone());
    assert_eq!(pending, short);
    assert!(busy.get() && background::is_busy());
    // asking again does not start over
    assert_eq!(Analysis::of(long.clone()), short);

    eventually("the long text is analysed", || ready.get() > 0).await;
    assert_eq!(ready.get(), 1, "told once that the summary is ready");
    assert!(!busy.get() && !background::is_busy());
    assert!(background::last_duration_ms().is_some());
    let done = Analysis::of(long.clone());
    assert_eq!(done.text, long);
    assert_eq!(done.summary, article_lens::analyze(&long));

    // a newer text drops an older one still being analysed
    let other = format!("{long}Zed Zebra spoke in Paris.");
    assert_eq!(Analysis::of(other.clone()), done);
    let short = Analysis::of("Short again.".to_string());
    assert!(!busy.get());
    sleep(300).await;
    assert_eq!(ready.get(), 1, "the dropped text never reports");
    assert_eq!(Analysis::of(other.clone()), short);
    background::unwatch(watch);
    eventually("the background is done", || !background::is_busy()).await;
    assert_eq!(Analysis::of(other.clone()).text, other);
}
