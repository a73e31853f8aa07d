//! The Places panel: countries first, each followed by its cities and regions.

use leptos::prelude::*;

use super::panel::{EmptyNote, MoreButton, Panel, PAGE};
use super::state::{plural, Selection};
use crate::{Place, PlaceKind, Summary};

/// "country", "city", …
pub fn place_kind_word(kind: PlaceKind) -> &'static str {
    match kind {
        PlaceKind::Country => "country",
        PlaceKind::City => "city",
        PlaceKind::Region => "region",
        PlaceKind::Continent => "continent",
        PlaceKind::Feature => "feature",
        PlaceKind::Other => "place",
    }
}

/// Places that share a country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceGroup {
    /// The country's name; `None` for places in no country (continents, seas).
    pub country: Option<String>,
    /// The country itself when the text mentions it, then its other places, in summary order.
    pub places: Vec<Place>,
}

/// Groups places by country: countries the text mentions (in summary order), then countries
/// known only through their cities, then places in no country.
pub fn group_places(places: &[Place]) -> Vec<PlaceGroup> {
    let mut groups: Vec<PlaceGroup> = places
        .iter()
        .filter(|p| p.kind == PlaceKind::Country)
        .map(|p| PlaceGroup {
            country: Some(p.country.clone().unwrap_or_else(|| p.name.clone())),
            places: vec![p.clone()],
        })
        .collect();
    let mut stateless = Vec::new();
    for p in places.iter().filter(|p| p.kind != PlaceKind::Country) {
        match p
            .country
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            Some(country) => match groups
                .iter_mut()
                .find(|g| g.country.as_deref() == Some(country))
            {
                Some(g) => g.places.push(p.clone()),
                None => groups.push(PlaceGroup {
                    country: Some(country.to_string()),
                    places: vec![p.clone()],
                }),
            },
            None => stateless.push(p.clone()),
        }
    }
    if !stateless.is_empty() {
        groups.push(PlaceGroup {
            country: None,
            places: stateless,
        });
    }
    groups
}

/// One place; pressing it marks all its mentions and scrolls to the first.
#[component]
pub fn PlaceItem(place: Place, selection: Selection) -> impl IntoView {
    let kind = place_kind_word(place.kind);
    let count = place.mentions.len();
    let id = place.id.clone();
    let pressed = selection.pressed(id.clone());
    let on_click = selection.press(id.clone());
    view! {
        <li class="item" class:is-country=place.kind == PlaceKind::Country data-testid="place" data-id=id>
            <button type="button" class="item-button" aria-pressed=pressed on:click=on_click>
                <span class="item-main">
                    <span class="item-name" data-testid="place-name">{place.name.clone()}</span>
                    <span class=format!("badge badge-{kind}") data-testid="place-kind">{kind}</span>
                </span>
                <span class="item-count" title=plural(count, "mention", "mentions")>
                    <span data-testid="place-count">{count}</span>
                    <span class="visually-hidden">{if count == 1 { " mention" } else { " mentions" }}</span>
                </span>
            </button>
        </li>
    }
}

/// Places of `summary`, grouped by country; the first [`PAGE`] of them (in the order shown)
/// until the reader asks for more.
#[component]
pub fn PlacesPanel(#[prop(into)] summary: Signal<Summary>, selection: Selection) -> impl IntoView {
    let count = Signal::derive(move || summary.with(|s| s.places.len()));
    let shown = RwSignal::new(PAGE);
    let list = move || {
        summary.with(|s| {
            if s.places.is_empty() {
                return view! { <EmptyNote text="No places found yet." /> }.into_any();
            }
            let groups = group_places(&s.places);
            let mut left = shown.get();
            view! {
                <div class="groups">
                    {groups
                        .into_iter()
                        .map_while(|mut g| {
                            if left == 0 {
                                return None;
                            }
                            let title = g.country.clone().unwrap_or_else(|| "Elsewhere".to_string());
                            g.places.truncate(left);
                            left -= g.places.len();
                            Some(view! {
                                <section class="group" data-testid="place-group">
                                    <h3 class="group-title">{title}</h3>
                                    <ul class="items">
                                        {g.places.into_iter().map(|p| view! { <PlaceItem place=p selection=selection /> }).collect_view()}
                                    </ul>
                                </section>
                            })
                        })
                        .collect_view()}
                </div>
            }
            .into_any()
        })
    };
    view! {
        <Panel title="Places" testid="places" count=count>
            {list}
            <MoreButton shown=shown total=count noun="places" testid="places" />
        </Panel>
    }
}
