//! The web app: a paste area, the Actors, Quotes, Sources and Places panels, and the article with
//! every mention marked.
//!
//! Components only render a [`Summary`](crate::Summary); the text is analysed in one place,
//! [`state::Analysis::of`], a quarter of a second after the reader stops typing.

pub mod about;
pub mod actors;
pub mod article;
pub mod editor;
pub mod export;
pub mod filter;
pub mod panel;
pub mod places;
pub mod quotes;
pub mod share;
pub mod sources;
pub mod state;

use std::time::Duration;

use leptos::prelude::*;

pub use actors::{ActorItem, ActorsPanel};
pub use article::{ArticleView, Legend};
pub use editor::Editor;
pub use filter::FilterBox;
pub use places::{PlaceItem, PlacesPanel};
pub use quotes::{QuoteItem, QuotesPanel};
pub use sources::SourcesPanel;
pub use state::{Analysis, Selection};

use about::About;
use export::ExportPanel;
use share::{LinkErrorBanner, ShareButton, SummaryOnlyBanner, SummaryOnlyNotice};
use state::{draft, plural, SAMPLE_TEXT};

use crate::link::Fragment;

/// How long the text must stay unchanged before it is analysed again.
pub const DEBOUNCE: Duration = Duration::from_millis(250);

/// An edit that adds or removes at least this many bytes at once (a paste, a drop, cutting a
/// paragraph) is analysed without waiting for [`DEBOUNCE`].
pub const PASTE_BYTES: usize = 200;

/// Starts the app in the page's `<body>`.
pub fn mount() {
    // A panic shows a banner instead of leaving a dead page; the reader's text is in local
    // storage (it is saved on every edit, before analysis runs, and a long text's pending
    // write is done now).
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        draft::flush();
        show_crash_banner();
    }));
    leptos::mount::mount_to_body(App);
    // Load the analysis worker now, once the page is drawn: a long text pasted later then
    // waits for no start-up (short texts never use it).
    set_timeout(state::background::prepare, Duration::ZERO);
}

/// Puts a plain-text alert at the top of the page saying the app stopped and the text is safe.
pub fn show_crash_banner() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if doc.get_element_by_id("crash-banner").is_some() {
        return;
    }
    let Ok(el) = doc.create_element("div") else {
        return;
    };
    el.set_id("crash-banner");
    el.set_class_name("crash-banner");
    let _ = el.set_attribute("role", "alert");
    let _ = el.set_attribute("data-testid", "crash-banner");
    el.set_text_content(Some(
        "Article Lens hit an internal error and stopped. Your text is saved in this browser: \
         reload the page to continue.",
    ));
    if let Some(body) = doc.body() {
        let _ = body.prepend_with_node_1(&el);
    }
}

fn status_line(text: &str, summary: &crate::Summary) -> String {
    let words = text.split_whitespace().count();
    if words == 0 {
        return "Nothing to analyse yet.".to_string();
    }
    format!(
        "{} · {} · {} · {}",
        plural(words, "word", "words"),
        plural(summary.actors.len(), "actor", "actors"),
        plural(summary.quotes.len(), "quote", "quotes"),
        plural(summary.places.len(), "place", "places"),
    )
}

/// The whole page. The text starts as the article of a share link in the address, else the
/// saved draft, or the sample article on a first visit.
#[component]
pub fn App() -> impl IntoView {
    // A share link in the address wins over the draft. An article from a link is NOT saved as
    // the draft when it opens: the reader's own saved text stays in storage until they edit
    // the opened article (`on_input` saves as always). Their first edit also drops the link
    // from the address bar, so a reload then shows what they typed, not the link again.
    let saved = || draft::load().unwrap_or_else(|| SAMPLE_TEXT.to_string());
    let (initial, linked, link_problem, from_link) = match share::fragment_in_location() {
        Some(Ok(Fragment::Article(t))) => (t, None, None, true),
        Some(Ok(Fragment::Summary(s))) => (String::new(), Some(s), None, true),
        Some(Err(e)) => (saved(), None, Some(e.to_string()), false),
        None => (saved(), None, None, false),
    };
    let text = RwSignal::new(initial.clone());
    let analysis = RwSignal::new(Analysis::of(initial));
    let selection = Selection::new();
    // A summary opened from a link: the page shows it, with no text, until the reader types.
    let linked = RwSignal::new(linked);
    let link_error = RwSignal::new(link_problem);
    let from_link = StoredValue::new(from_link);
    let leave_link = move || {
        if linked.with_untracked(Option::is_some) {
            linked.set(None);
        }
        if from_link.get_value() {
            from_link.set_value(false);
            share::forget_fragment();
        }
    };

    let summary = Memo::new(move |_| {
        linked
            .get()
            .unwrap_or_else(|| analysis.with(|a| a.summary.clone()))
    });
    let shown_text = Memo::new(move |_| analysis.with(|a| a.text.clone()));
    // The panels show what matches the filter box; exports, sharing and the article view keep
    // the whole summary.
    let query = RwSignal::new(String::new());
    let filtered = Memo::new(move |_| filter::filter_summary(&summary.get(), &query.get()));

    // Re-analyse once the text has been still for DEBOUNCE. The timer reads the text when it
    // fires, so a late timer can only ever analyse the current text.
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let cancel = move || {
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        timer.set_value(None);
    };
    let analyse_now = move || {
        cancel();
        let current = text.get_untracked();
        if analysis.with_untracked(|a| a.text != current) {
            selection.clear();
            analysis.set(Analysis::of(current));
        }
    };
    let schedule = move || {
        cancel();
        timer.set_value(set_timeout_with_handle(analyse_now, DEBOUNCE).ok());
    };
    on_cleanup(cancel);

    let on_input = move |value: String| {
        if text.with_untracked(|t| *t == value) {
            // nothing changed: the background analysis of this text is done (the editor's
            // watcher says so), or the browser repeated an event; show the result now
            analyse_now();
            return;
        }
        leave_link();
        // A paste, drop or cut changes many characters at once: nothing more is coming, so it
        // is analysed at once. Typing waits for a pause (DEBOUNCE).
        let jump = text.with_untracked(|t| t.len().abs_diff(value.len())) >= PASTE_BYTES;
        if jump && value.len() >= state::BACKGROUND_FROM {
            // the worker starts before the draft is saved and the page redrawn
            state::background::start(value.clone());
        }
        draft::save(&value);
        text.set(value);
        if jump {
            analyse_now();
        } else {
            if text.with_untracked(|t| t.len()) >= state::BACKGROUND_FROM {
                // load the worker while the pause lasts
                state::background::prepare();
            }
            schedule();
        }
    };
    let on_clear = move |()| {
        leave_link();
        draft::forget();
        text.set(String::new());
        analyse_now();
        focus_input();
    };
    let on_sample = move |()| {
        leave_link();
        draft::forget();
        text.set(SAMPLE_TEXT.to_string());
        analyse_now();
    };

    state::clear_on_escape(selection);

    // A link pasted into the address bar of the open page arrives as a `hashchange`.
    let open_link = move || match share::fragment_in_location() {
        Some(Ok(Fragment::Article(t))) => {
            link_error.set(None);
            linked.set(None);
            from_link.set_value(true);
            text.set(t);
            analyse_now();
        }
        Some(Ok(Fragment::Summary(s))) => {
            link_error.set(None);
            from_link.set_value(true);
            selection.clear();
            text.set(String::new());
            analyse_now();
            linked.set(Some(s));
        }
        Some(Err(e)) => link_error.set(Some(e.to_string())),
        None => {}
    };
    let hash_listener = window_event_listener_untyped("hashchange", move |_| open_link());
    on_cleanup(move || hash_listener.remove());
    // A long text's draft is written a moment after its last change: write it now when the
    // reader leaves or switches away.
    let leave_listener = window_event_listener_untyped("pagehide", |_| draft::flush());
    on_cleanup(move || leave_listener.remove());
    // (flushing twice is harmless, so this one is never removed)
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        gloo_events::EventListener::new(&d, "visibilitychange", |_| draft::flush()).forget();
    }

    let status = Signal::derive(move || {
        if let Some(n) = linked.with(|l| {
            l.as_ref().map(|s| {
                format!(
                    "Summary from a link · {} · {} · {}",
                    plural(s.actors.len(), "actor", "actors"),
                    plural(s.quotes.len(), "quote", "quotes"),
                    plural(s.places.len(), "place", "places"),
                )
            })
        }) {
            return n;
        }
        let pending = text.with(|t| analysis.with(|a| a.text != *t));
        if pending {
            "Analysing…".to_string()
        } else {
            analysis.with(|a| status_line(&a.text, &a.summary))
        }
    });

    view! {
        <a class="skip-link" href="#results">"Skip to results"</a>
        <header class="site-header">
            <h1>"Article Lens"</h1>
            <p class="tagline">"Who acts in a news article, what they said, and where it happens."</p>
            <div class="header-tools">
                <ShareButton summary=summary text=shown_text before_open=move |()| analyse_now() />
            </div>
        </header>
        <div class="banners">
            <LinkErrorBanner error=link_error />
            <Show when=move || linked.with(Option::is_some)>
                <SummaryOnlyBanner />
            </Show>
        </div>
        <main class="layout">
            <Editor text=text on_input=on_input on_clear=on_clear on_sample=on_sample status=status />
            <aside class="results" id="results" aria-label="What the article contains" tabindex="-1">
                <FilterBox query=query />
                <ActorsPanel summary=filtered selection=selection />
                <QuotesPanel summary=filtered selection=selection />
                <SourcesPanel summary=filtered selection=selection />
                <PlacesPanel summary=filtered selection=selection />
                <ExportPanel summary=summary text=shown_text />
            </aside>
            <section class="article" aria-labelledby="article-heading">
                <div class="article-header">
                    <h2 id="article-heading">"Marked article"</h2>
                    <Legend />
                </div>
                <Show when=move || linked.with(Option::is_none) fallback=|| view! { <SummaryOnlyNotice /> }>
                    <ArticleView text=shown_text summary=summary selection=selection />
                </Show>
            </section>
        </main>
        <footer class="site-footer">
            <About />
            <p>"Everything is analysed in your browser: the text you paste is never sent anywhere. Press Esc to clear a highlight."</p>
        </footer>
    }
}

fn focus_input() {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .get_element_by_id("article-input")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
