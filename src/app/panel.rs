//! The frame every result panel shares: a heading with a count, a body, and a message
//! when the list is empty.

use leptos::prelude::*;

/// A titled panel. `testid` becomes its `data-testid`; `count` is shown beside the title.
#[component]
pub fn Panel(
    title: &'static str,
    testid: &'static str,
    #[prop(into)] count: Signal<usize>,
    /// Controls shown at the right of the heading (e.g. a toggle).
    #[prop(optional)]
    tools: Option<Children>,
    children: Children,
) -> impl IntoView {
    let heading_id = format!("{testid}-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section class="panel" data-testid=testid aria-labelledby=labelled_by>
            <header class="panel-header">
                <h2 id=heading_id>
                    {title}
                    " "
                    <span class="count" data-testid=format!("{testid}-count")>{move || count.get()}</span>
                </h2>
                {tools.map(|t| t())}
            </header>
            {children()}
        </section>
    }
}

/// The line shown in a panel with nothing to list.
#[component]
pub fn EmptyNote(#[prop(into)] text: String) -> impl IntoView {
    view! { <p class="empty">{text}</p> }
}

/// How many items a panel lists at first. A 1 MB text can hold thousands of quotes; drawing
/// them all at once would block the page, and nobody reads past the first screens without
/// asking for more (or narrowing the list with the filter box).
pub const PAGE: usize = 50;

/// Below a list showing `shown` of `total` items: "Showing 50 of 2,389 quotes", with buttons
/// for the next page and for all of them. Nothing when everything is shown.
#[component]
pub fn MoreButton(
    shown: RwSignal<usize>,
    #[prop(into)] total: Signal<usize>,
    /// What the list holds, plural ("quotes").
    noun: &'static str,
    /// Becomes `data-testid="{testid}-more"`.
    testid: &'static str,
) -> impl IntoView {
    move || {
        let (now, all) = (shown.get(), total.get());
        (all > now).then(|| {
            let next = PAGE.min(all - now);
            view! {
                <p class="more" data-testid=format!("{testid}-more")>
                    <span class="more-note" role="status">{format!("Showing {now} of {all} {noun}.")}</span>
                    " "
                    <button type="button" class="link-button" data-testid="show-more"
                        on:click=move |_| shown.update(|n| *n += PAGE)>
                        {format!("Show {next} more")}
                    </button>
                    " "
                    <button type="button" class="link-button" data-testid="show-all"
                        on:click=move |_| shown.set(usize::MAX)>
                        {format!("Show all {all}")}
                    </button>
                </p>
            }
        })
    }
}
