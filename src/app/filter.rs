//! The filter box: narrows the three panels to what matches the words typed.
//!
//! Filtering works on the `Summary` (names, aliases, roles, quote text and speakers, place
//! names and countries), never on the article text, so the panels and their counts always
//! agree with what the analysis found.

use leptos::prelude::*;

use crate::Summary;

/// The summary with only the actors, quotes and places matching every word of `query`
/// (case-insensitive). An empty query keeps everything.
pub fn filter_summary(summary: &Summary, query: &str) -> Summary {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    if words.is_empty() {
        return summary.clone();
    }
    let hit = |fields: &[&str]| {
        let hay = fields.join(" \u{1f} ").to_lowercase();
        words.iter().all(|w| hay.contains(w.as_str()))
    };
    let mut out = summary.clone();
    out.actors.retain(|a| {
        let mut f: Vec<&str> = vec![&a.name];
        f.extend(a.aliases.iter().map(String::as_str));
        f.extend(a.role.as_deref());
        f.extend(a.affiliation.as_deref());
        hit(&f)
    });
    out.quotes.retain(|q| {
        let mut f: Vec<&str> = vec![&q.text];
        f.extend(q.speaker.as_deref());
        f.extend(q.cue.as_deref());
        hit(&f)
    });
    out.places.retain(|p| {
        let mut f: Vec<&str> = vec![&p.name];
        f.extend(p.aliases.iter().map(String::as_str));
        f.extend(p.country.as_deref());
        hit(&f)
    });
    out
}

/// A search box bound to `query`; Esc inside it clears it.
#[component]
pub fn FilterBox(query: RwSignal<String>) -> impl IntoView {
    view! {
        <div class="filter-box">
            <label for="panel-filter" class="visually-hidden">"Filter actors, quotes and places"</label>
            <input
                id="panel-filter"
                type="search"
                data-testid="filter"
                placeholder="Filter actors, quotes and places…"
                aria-label="Filter actors, quotes and places"
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        query.set(String::new());
                    }
                }
            />
        </div>
    }
}
