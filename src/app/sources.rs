//! The Sources panel: who is quoted, how often and how much — one row per source, headline
//! figures, the gender the text states, and a chart of each source's share of quoted words.
//!
//! Everything comes from [`Sources::of`] over the summary; pressing a source highlights its
//! quotes and reported statements in the article (marks carry `data-source`).

use leptos::prelude::*;

use super::panel::{EmptyNote, MoreButton, Panel, PAGE};
use super::state::{plural, Selection};
pub use crate::sources::percent;
use crate::sources::{permille, Figures, Source, Sources};
use crate::Summary;

/// The selection id of a source: `src:` and its key (never an actor, place or quote id).
pub fn selection_id(key: &str) -> String {
    format!("src:{key}")
}

/// A column the table can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Name,
    Kind,
    Quotes,
    Reported,
    Words,
}

/// How the table is sorted: a column and a direction. The default is the order of
/// [`Sources::of`]: most words quoted first, anonymous and unattributed last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceSort {
    pub key: SortKey,
    pub descending: bool,
}

impl Default for SourceSort {
    fn default() -> Self {
        SourceSort {
            key: SortKey::Words,
            descending: true,
        }
    }
}

impl SourceSort {
    /// The sort after pressing `key`'s header: the same column flips its direction; another
    /// starts with the largest numbers, or A to Z for names and kinds.
    pub fn press(self, key: SortKey) -> SourceSort {
        if key == self.key {
            SourceSort {
                key,
                descending: !self.descending,
            }
        } else {
            SourceSort {
                key,
                descending: !matches!(key, SortKey::Name | SortKey::Kind),
            }
        }
    }

    /// `aria-sort` of `key`'s header.
    pub fn aria(self, key: SortKey) -> &'static str {
        match (key == self.key, self.descending) {
            (false, _) => "none",
            (true, true) => "descending",
            (true, false) => "ascending",
        }
    }

    /// Sorts `rows` (stable: ties keep the order of [`Sources::of`]).
    pub fn apply(self, rows: &mut [Source]) {
        rows.sort_by(|a, b| {
            let order = match self.key {
                SortKey::Name => a.name.to_lowercase().cmp(&b.name.to_lowercase()),
                SortKey::Kind => a.kind.word().cmp(b.kind.word()),
                SortKey::Quotes => a.quotes.cmp(&b.quotes),
                SortKey::Reported => a.reported.cmp(&b.reported),
                SortKey::Words => a.words.cmp(&b.words),
            };
            if self.descending {
                order.reverse()
            } else {
                order
            }
        });
    }
}

/// The headline figures as one line of text.
pub fn figures_line(f: &Figures) -> String {
    format!(
        "{} · {} · {} · anonymous: {} of statements",
        plural(f.sources, "named source", "named sources"),
        plural(f.named_persons, "person", "persons"),
        plural(
            f.organizations,
            "organization or government",
            "organizations or governments"
        ),
        percent(permille(f.anonymous, f.statements)),
    )
}

/// The gender split of the persons quoted, as stated by the text.
pub fn gender_line(f: &Figures) -> String {
    format!(
        "Persons quoted: {} · {} · {} not stated",
        plural(f.women, "woman", "women"),
        plural(f.men, "man", "men"),
        f.not_stated,
    )
}

/// The bars of the chart: the sources with the largest shares of quoted words, the rest
/// summed as "Others".
pub const CHART_BARS: usize = 6;

/// (label, share in thousandths) of each bar of the chart.
pub fn chart_bars(sources: &Sources) -> Vec<(String, u32)> {
    let mut with_words: Vec<&Source> = sources.rows.iter().filter(|r| r.words > 0).collect();
    with_words.sort_by_key(|r| std::cmp::Reverse(r.words));
    let mut bars: Vec<(String, u32)> = with_words
        .iter()
        .take(CHART_BARS)
        .map(|r| (r.name.clone(), r.permille))
        .collect();
    let rest: usize = with_words.iter().skip(CHART_BARS).map(|r| r.words).sum();
    if rest > 0 {
        bars.push(("Others".to_string(), permille(rest, sources.figures.words)));
    }
    bars
}

/// The chart's text equivalent: "Ann Cole 45%, Harbour Board 30%, …".
pub fn chart_text(bars: &[(String, u32)]) -> String {
    bars.iter()
        .map(|(name, share)| format!("{name} {}", percent(*share)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn short(name: &str) -> String {
    if name.chars().count() > 22 {
        let cut: String = name.chars().take(21).collect();
        format!("{}…", cut.trim_end())
    } else {
        name.to_string()
    }
}

/// Share of quoted words per source as horizontal bars (inline SVG in the page's colours),
/// labelled by the caption below it, which says the same in words. Each bar is a label line
/// ("Ann Cole 45%") over a bar; coordinates are whole numbers.
#[component]
fn ShareChart(bars: Vec<(String, u32)>) -> impl IntoView {
    const ROW: u32 = 30;
    const WIDTH: u32 = 300;
    let height = (ROW * bars.len() as u32).to_string();
    let text = chart_text(&bars);
    let caption = format!("Share of quoted words: {text}.");
    let rows = bars
        .iter()
        .enumerate()
        .map(|(i, (name, share))| {
            let y = ROW * i as u32;
            let label = format!("{} {}", short(name), percent(*share));
            let bar = format!("M0 {}h{}v9H0z", y + 17, (share * WIDTH / 1000).max(1));
            view! {
                <text x="0" y=(y + 12).to_string() class="chart-label">{label}</text>
                <path d=bar class="chart-bar" />
            }
        })
        .collect_view();
    view! {
        <figure class="sources-chart" data-testid="sources-chart">
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img"
                aria-labelledby="sources-chart-text" focusable="false">
                {rows}
            </svg>
            <figcaption class="chart-caption" id="sources-chart-text" data-testid="sources-chart-text">{caption}</figcaption>
        </figure>
    }
}

/// One header cell that sorts the table by `key` (its arrow is drawn by CSS from
/// `aria-sort`).
#[component]
fn SortHeader(label: &'static str, key: SortKey, sort: RwSignal<SourceSort>) -> impl IntoView {
    view! {
        <th scope="col" aria-sort=move || sort.get().aria(key)>
            <button type="button" class="sort-button" data-testid=format!("sort-{}", label.to_lowercase())
                on:click=move |_| sort.update(|s| *s = s.press(key))>
                {label}
            </button>
        </th>
    }
}

/// One source: pressing its name highlights its quotes in the article.
#[component]
fn SourceRow(source: Source, selection: Selection) -> impl IntoView {
    let id = selection_id(&source.key);
    let kind = source.kind.word();
    let detail = {
        let parts: Vec<&str> = [
            source.role.as_deref(),
            source.affiliation.as_deref(),
            source.gender.map(|g| g.word()),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!parts.is_empty()).then(|| parts.join(" · "))
    };
    let pressed = selection.pressed(id.clone());
    let on_click = selection.press(id.clone());
    view! {
        <tr data-testid="source" data-kind=kind>
            <th scope="row">
                <button type="button" class="source-button" aria-pressed=pressed on:click=on_click>
                    <span class="item-name" data-testid="source-name">{source.name.clone()}</span>
                    {detail.map(|d| view! { <span class="item-detail" data-testid="source-detail">{d}</span> })}
                </button>
            </th>
            <td><span class=format!("badge badge-{kind}") data-testid="source-kind">{kind}</span></td>
            <td class="num" data-testid="source-quotes">{source.quotes}</td>
            <td class="num" data-testid="source-reported">{source.reported}</td>
            <td class="num" data-testid="source-words">{source.words}" "<span class="share">{format!("({})", percent(source.permille))}</span></td>
        </tr>
    }
}

/// Sources of `summary`: headline figures, gender split, chart and a sortable table.
#[component]
pub fn SourcesPanel(#[prop(into)] summary: Signal<Summary>, selection: Selection) -> impl IntoView {
    let sources = Memo::new(move |_| summary.with(Sources::of));
    let count = Signal::derive(move || sources.with(|s| s.rows.len()));
    let sort = RwSignal::new(SourceSort::default());
    let shown = RwSignal::new(PAGE);
    let body = move || {
        sources.with(|src| {
            if src.rows.is_empty() {
                return view! { <EmptyNote text="No one is quoted yet." /> }.into_any();
            }
            let f = src.figures;
            let mut rows = src.rows.clone();
            sort.get().apply(&mut rows);
            rows.truncate(shown.get());
            let bars = chart_bars(src);
            view! {
                <p class="source-figures"><span data-testid="sources-figures">{figures_line(&f)}</span><br /><span data-testid="sources-gender">{gender_line(&f)}</span></p>
                {(!bars.is_empty()).then(|| view! { <ShareChart bars=bars /> })}
                <div class="table-scroll">
                    <table class="sources-table" data-testid="sources-table">
                        <caption class="visually-hidden">"Sources: quotes, reported statements and words quoted; press a column heading to sort"</caption>
                        <thead>
                            <tr>
                                <SortHeader label="Source" key=SortKey::Name sort=sort />
                                <SortHeader label="Kind" key=SortKey::Kind sort=sort />
                                <SortHeader label="Quotes" key=SortKey::Quotes sort=sort />
                                <SortHeader label="Reported" key=SortKey::Reported sort=sort />
                                <SortHeader label="Words" key=SortKey::Words sort=sort />
                            </tr>
                        </thead>
                        <tbody>
                            {rows.into_iter().map(|r| view! { <SourceRow source=r selection=selection /> }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }
            .into_any()
        })
    };
    view! {
        <Panel title="Sources" testid="sources" count=count>
            {body}
            <MoreButton shown=shown total=count noun="sources" testid="sources" />
        </Panel>
    }
}
