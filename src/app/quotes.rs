//! The Quotes panel: every quotation and reported statement in text order, or grouped by
//! speaker; a segmented control lists all of them, only quotations or only reported speech.

use leptos::prelude::*;

use super::article::reveal;
use super::panel::{EmptyNote, MoreButton, Panel, PAGE};
use super::state::{QuoteFilter, Selection};
use crate::{Quote, QuoteKind, SpeakerKind, Summary};

/// Who a quote is attributed to, as shown to the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Speaker {
    Named(String),
    /// The text says the source is unnamed ("officials said").
    Anonymous,
    /// No speaker was found.
    Unattributed,
}

impl Speaker {
    pub fn of(quote: &Quote) -> Speaker {
        let name = quote
            .speaker
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        match (name, quote.speaker_kind) {
            (Some(name), _) => Speaker::Named(name.to_string()),
            (None, Some(SpeakerKind::Anonymous)) => Speaker::Anonymous,
            (None, _) => Speaker::Unattributed,
        }
    }

    pub fn label(&self) -> &str {
        match self {
            Speaker::Named(name) => name,
            Speaker::Anonymous => "anonymous source",
            Speaker::Unattributed => "unattributed",
        }
    }

    fn class(&self) -> &'static str {
        match self {
            Speaker::Named(_) => "speaker",
            Speaker::Anonymous => "speaker speaker-anonymous",
            Speaker::Unattributed => "speaker speaker-unattributed",
        }
    }
}

/// Quotes grouped by speaker: groups in order of each speaker's first quote, named speakers
/// first, then anonymous, then unattributed ones.
pub fn by_speaker(quotes: &[Quote]) -> Vec<(Speaker, Vec<Quote>)> {
    let mut groups: Vec<(Speaker, Vec<Quote>)> = Vec::new();
    for q in quotes {
        let speaker = Speaker::of(q);
        match groups.iter_mut().find(|(s, _)| *s == speaker) {
            Some((_, list)) => list.push(q.clone()),
            None => groups.push((speaker, vec![q.clone()])),
        }
    }
    groups.sort_by_key(|(s, _)| match s {
        Speaker::Named(_) => 0,
        Speaker::Anonymous => 1,
        Speaker::Unattributed => 2,
    });
    groups
}

/// One quote with its speaker, cue and a button that shows it in the article. A reported
/// statement (kind `indirect`) is drawn as the reporter's words: no quotation marks, a
/// "reported" label and a style of its own.
#[component]
pub fn QuoteItem(
    quote: Quote,
    selection: Selection,
    /// Leave the speaker out (when the list is already grouped by speaker).
    #[prop(optional)]
    hide_speaker: bool,
) -> impl IntoView {
    let speaker = Speaker::of(&quote);
    let id = quote.id.clone();
    let is_selected = {
        let id = id.clone();
        move || selection.is(&id)
    };
    let show = {
        let id = id.clone();
        move |_| {
            selection.select(&id);
            reveal(&id);
        }
    };
    let text_id = format!("quote-text-{}", quote.id);
    let described_by = text_id.clone();
    let partial = quote.kind == QuoteKind::Partial;
    let reported = quote.kind == QuoteKind::Indirect;
    let cue = quote
        .cue
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_string);
    // Why this speaker, shown on hover.
    let why = quote.evidence.as_ref().map(|e| e.describe());
    view! {
        <li class="item quote-item" class:quote-item-reported=reported class:selected=is_selected data-testid="quote" data-id=id data-kind=kind_word(quote.kind)>
            {if reported {
                view! { <p class="reported-text" data-testid="quote-text" id=text_id>{quote.text.clone()}</p> }.into_any()
            } else {
                view! { <blockquote class="quote-text" data-testid="quote-text" id=text_id>{quote.text.clone()}</blockquote> }.into_any()
            }}
            <p class="quote-meta">
                <span class=speaker.class() data-testid="quote-speaker" class:visually-hidden=hide_speaker title=why>{speaker.label().to_string()}</span>
                {cue.map(|c| view! { " " <span class="cue" data-testid="quote-cue">{c}</span> })}
                {partial.then(|| view! { " " <span class="badge badge-partial">"partial"</span> })}
                {reported.then(|| view! { " " <span class="badge badge-reported" data-testid="quote-reported">"reported"</span> })}
                <button type="button" class="link-button" on:click=show aria-describedby=described_by>
                    "Show in article"
                </button>
            </p>
        </li>
    }
}

fn kind_word(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "partial",
        QuoteKind::Indirect => "indirect",
    }
}

thread_local! {
    static KIND_GROUPS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// The segmented control choosing which quotes the panel lists: a labelled group of radio
/// buttons (one tab stop, arrow keys move between them), each with its count in `summary`.
#[component]
pub fn QuoteKindFilter(
    kind: RwSignal<QuoteFilter>,
    #[prop(into)] summary: Signal<Summary>,
) -> impl IntoView {
    // radio buttons form a group by name: one name per control on the page
    let name = KIND_GROUPS.with(|n| {
        n.set(n.get() + 1);
        format!("quote-kind-{}", n.get())
    });
    let choices = QuoteFilter::CHOICES
        .into_iter()
        .map(|choice| {
            let n = move || summary.with(|s| choice.count(&s.quotes));
            view! {
                <label class="segment" data-testid=format!("quote-kind-{}", choice.value())>
                    <input type="radio" name=name.clone() value=choice.value()
                        prop:checked=move || kind.get() == choice
                        on:change=move |_| kind.set(choice) />
                    <span class="segment-label">{choice.label()}</span>
                    " "
                    <span class="segment-count" data-testid="quote-kind-count">{n}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="segmented" data-testid="quote-kind-filter">
            <legend class="visually-hidden">"Which quotes to list"</legend>
            {choices}
        </fieldset>
    }
}

/// Quotes of `summary`, in text order or grouped by speaker, all of them or one kind (the
/// count beside the title is of those listed); the first [`PAGE`] of them (in the order
/// shown) until the reader asks for more.
#[component]
pub fn QuotesPanel(#[prop(into)] summary: Signal<Summary>, selection: Selection) -> impl IntoView {
    let grouped = RwSignal::new(false);
    let kind = RwSignal::new(QuoteFilter::default());
    let listed = Memo::new(move |_| summary.with(|s| kind.get().apply(&s.quotes)));
    let count = Signal::derive(move || listed.with(Vec::len));
    let shown = RwSignal::new(PAGE);
    let toggle = move || {
        view! {
            <button type="button" class="toggle" data-testid="quotes-by-speaker"
                aria-pressed=move || grouped.get().to_string()
                on:click=move |_| grouped.update(|g| *g = !*g)>
                "By speaker"
            </button>
        }
        .into_any()
    };
    let list = move || {
        listed.with(|quotes| {
            if quotes.is_empty() {
                view! { <EmptyNote text=kind.get().empty_note() /> }.into_any()
            } else if grouped.get() {
                let mut left = shown.get();
                view! {
                    <div class="groups">
                        {by_speaker(quotes)
                            .into_iter()
                            .map_while(|(speaker, mut quotes)| {
                                if left == 0 {
                                    return None;
                                }
                                let heading = format!("{} ({})", speaker.label(), quotes.len());
                                quotes.truncate(left);
                                left -= quotes.len();
                                Some(view! {
                                    <section class="group" data-testid="quote-group">
                                        <h3 class="group-title">{heading}</h3>
                                        <ol class="items">
                                            {quotes.into_iter().map(|q| view! { <QuoteItem quote=q selection=selection hide_speaker=true /> }).collect_view()}
                                        </ol>
                                    </section>
                                })
                            })
                            .collect_view()}
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <ol class="items">
                        {quotes.iter().take(shown.get()).map(|q| view! { <QuoteItem quote=q.clone() selection=selection /> }).collect_view()}
                    </ol>
                }
                .into_any()
            }
        })
    };
    view! {
        <Panel title="Quotes" testid="quotes" count=count tools=Box::new(toggle)>
            <Show when=move || summary.with(|s| !s.quotes.is_empty())>
                <QuoteKindFilter kind=kind summary=summary />
            </Show>
            {list}
            <MoreButton shown=shown total=count noun="quotes" testid="quotes" />
        </Panel>
    }
}
