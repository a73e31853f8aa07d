//! The paste area with its Clear and Sample buttons.

use leptos::prelude::*;

use super::state::{SAMPLE_ATTRIBUTION, SAMPLE_TEXT};

/// Splits an attribution line into text and links, so its URLs can be followed.
fn attribution_view(line: &str) -> impl IntoView {
    line.split_inclusive(char::is_whitespace)
        .map(|word| match word.find("https://").or_else(|| word.find("http://")) {
            Some(at) => {
                let (before, rest) = word.split_at(at);
                let url = rest.trim_end_matches(|c: char| {
                    c.is_whitespace() || matches!(c, ')' | ']' | ',' | '.' | ';' | ':' | '"' | '\'')
                });
                let after = rest[url.len()..].to_string();
                let (before, href, url) = (before.to_string(), url.to_string(), url.to_string());
                view! { {before}<a href=href rel="noopener noreferrer" target="_blank">{url}</a>{after} }
                    .into_any()
            }
            None => word.to_string().into_any(),
        })
        .collect_view()
}

/// Where the sample article comes from, shown while it is in the paste area.
#[component]
pub fn SampleAttribution() -> impl IntoView {
    let line = SAMPLE_ATTRIBUTION.trim();
    view! { <p class="attribution" data-testid="sample-attribution">{attribution_view(line)}</p> }
}

/// The paste area. It shows `text` and reports every edit through `on_input`; the buttons
/// report through `on_clear` and `on_sample`.
#[component]
pub fn Editor(
    #[prop(into)] text: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    #[prop(into)] on_clear: Callback<()>,
    #[prop(into)] on_sample: Callback<()>,
    /// Short status shown under the paste area (word and result counts).
    #[prop(into)]
    status: Signal<String>,
) -> impl IntoView {
    let is_sample = move || text.with(|t| t.trim() == SAMPLE_TEXT.trim());
    let is_empty = move || text.with(|t| t.is_empty());
    view! {
        <section class="editor" aria-labelledby="editor-heading">
            <div class="editor-header">
                <h2 id="editor-heading"><label for="article-input">"Article text"</label></h2>
                <div class="editor-tools">
                    <button type="button" class="button" data-testid="load-sample" on:click=move |_| on_sample.run(()) disabled=is_sample>
                        "Sample article"
                    </button>
                    <button type="button" class="button" data-testid="clear" on:click=move |_| on_clear.run(()) disabled=is_empty>
                        "Clear"
                    </button>
                </div>
            </div>
            <textarea
                id="article-input"
                data-testid="article-input"
                class="article-input"
                placeholder="Paste a news article here. It is analysed as you type and never leaves this page."
                spellcheck="false"
                aria-describedby="editor-status"
                prop:value=move || text.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
            <p id="editor-status" class="status" data-testid="status" role="status" aria-live="polite">{move || status.get()}</p>
            <Show when=is_sample>
                <SampleAttribution />
            </Show>
        </section>
    }
}
