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
