//! The Actors panel: people and organizations, most prominent first.

use leptos::prelude::*;

use super::panel::{EmptyNote, MoreButton, Panel, PAGE};
use super::state::{plural, Selection};
use crate::{Actor, ActorKind, Summary};

/// "person" or "organization".
pub fn actor_kind_word(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "person",
        ActorKind::Organization => "organization",
    }
}

/// "Secretary General, NATO", "NATO", "Secretary General" or nothing.
pub fn role_line(actor: &Actor) -> Option<String> {
    let parts: Vec<&str> = [actor.role.as_deref(), actor.affiliation.as_deref()]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// One actor; pressing it marks all its mentions and scrolls to the first.
#[component]
pub fn ActorItem(actor: Actor, selection: Selection) -> impl IntoView {
    let kind = actor_kind_word(actor.kind);
    let count = actor.mentions.len();
    let role = role_line(&actor);
    let aliases =
        (!actor.aliases.is_empty()).then(|| format!("Also: {}", actor.aliases.join(", ")));
    let id = actor.id.clone();
    let pressed = selection.pressed(id.clone());
    let on_click = selection.press(id.clone());
    view! {
        <li class="item" data-testid="actor" data-id=id>
            <button type="button" class="item-button" aria-pressed=pressed on:click=on_click>
                <span class="item-main">
                    <span class="item-name" data-testid="actor-name" title=aliases>{actor.name.clone()}</span>
                    <span class=format!("badge badge-{kind}") data-testid="actor-kind">{kind}</span>
                </span>
                {role.map(|r| view! { <span class="item-detail" data-testid="actor-role">{r}</span> })}
                <span class="item-count" title=plural(count, "mention", "mentions")>
                    <span data-testid="actor-count">{count}</span>
                    <span class="visually-hidden">{if count == 1 { " mention" } else { " mentions" }}</span>
                </span>
            </button>
        </li>
    }
}

/// People and organizations of `summary`, the first [`PAGE`] of them until the reader asks
/// for more.
#[component]
pub fn ActorsPanel(#[prop(into)] summary: Signal<Summary>, selection: Selection) -> impl IntoView {
    let count = Signal::derive(move || summary.with(|s| s.actors.len()));
    let shown = RwSignal::new(PAGE);
    let list = move || {
        summary.with(|s| {
            if s.actors.is_empty() {
                view! { <EmptyNote text="No people or organizations found yet." /> }.into_any()
            } else {
                view! {
                    <ul class="items">
                        {s.actors.iter().take(shown.get()).map(|a| view! { <ActorItem actor=a.clone() selection=selection /> }).collect_view()}
                    </ul>
                }
                .into_any()
            }
        })
    };
    view! {
        <Panel title="Actors" testid="actors" count=count>
            {list}
            <MoreButton shown=shown total=count noun="actors" testid="actors" />
        </Panel>
    }
}
