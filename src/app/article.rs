//! The article view: the analysed text with every mention and quote marked.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::Selection;
use crate::{ActorKind, Summary};

/// What a marked stretch of text names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    Person,
    Organization,
    Place,
}

impl MarkKind {
    /// CSS modifier and the word shown to the reader.
    pub fn word(self) -> &'static str {
        match self {
            MarkKind::Person => "person",
            MarkKind::Organization => "organization",
            MarkKind::Place => "place",
        }
    }
}

impl From<ActorKind> for MarkKind {
    fn from(kind: ActorKind) -> Self {
        match kind {
            ActorKind::Person => MarkKind::Person,
            ActorKind::Organization => MarkKind::Organization,
        }
    }
}

/// A mention inside a [`Segment`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionMark {
    /// Actor or place id.
    pub id: String,
    pub kind: MarkKind,
    /// Name of the actor or place, for the tooltip.
    pub name: String,
}

/// A stretch of the text with at most one quote and one mention around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    /// Id of the quote this stretch lies in.
    pub quote: Option<String>,
    /// What hovering or focusing the quote says: who said it.
    pub quote_title: Option<String>,
    pub mention: Option<MentionMark>,
}

struct Range<T> {
    start: usize,
    end: usize,
    item: T,
}

/// Keeps well-formed ranges inside `0..len`, in order, dropping any that overlaps one kept
/// before it (at equal starts the longer one wins).
fn disjoint<T>(mut ranges: Vec<Range<T>>, len: usize) -> Vec<Range<T>> {
    ranges.retain(|r| r.start < r.end && r.end <= len);
    ranges.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut kept: Vec<Range<T>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        if kept.last().is_none_or(|last| r.start >= last.end) {
            kept.push(r);
        }
    }
    kept
}

/// Cuts `text` into segments at every quote and mention boundary of `summary` (character
/// offsets). Spans that are out of range or overlap an earlier one of the same layer are
/// ignored, so any summary renders. Concatenating the segments gives back `text`.
pub fn segments(text: &str, summary: &Summary) -> Vec<Segment> {
    // byte offset of every character boundary, so char offsets can slice the text
    let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    bytes.push(text.len());
    let len = bytes.len() - 1;

    let quotes = disjoint(
        summary
            .quotes
            .iter()
            .map(|q| Range {
                start: q.span[0],
                end: q.span[1],
                item: (q.id.clone(), quote_title(q)),
            })
            .collect(),
        len,
    );
    let mut mentions = Vec::new();
    for actor in &summary.actors {
        for m in &actor.mentions {
            mentions.push(Range {
                start: m[0],
                end: m[1],
                item: MentionMark {
                    id: actor.id.clone(),
                    kind: actor.kind.into(),
                    name: actor.name.clone(),
                },
            });
        }
    }
    for place in &summary.places {
        for m in &place.mentions {
            mentions.push(Range {
                start: m[0],
                end: m[1],
                item: MentionMark {
                    id: place.id.clone(),
                    kind: MarkKind::Place,
                    name: place.name.clone(),
                },
            });
        }
    }
    let mentions = disjoint(mentions, len);

    let mut cuts: Vec<usize> = vec![0, len];
    for r in &quotes {
        cuts.extend([r.start, r.end]);
    }
    for r in &mentions {
        cuts.extend([r.start, r.end]);
    }
    cuts.sort_unstable();
    cuts.dedup();

    let (mut qi, mut mi) = (0, 0);
    let mut out = Vec::with_capacity(cuts.len());
    for w in cuts.windows(2) {
        let (start, end) = (w[0], w[1]);
        while qi < quotes.len() && quotes[qi].end <= start {
            qi += 1;
        }
        while mi < mentions.len() && mentions[mi].end <= start {
            mi += 1;
        }
        let quote_range = quotes.get(qi).filter(|r| r.start <= start);
        let quote = quote_range.map(|r| r.item.0.clone());
        let quote_title = quote_range.map(|r| r.item.1.clone());
        let mention = mentions
            .get(mi)
            .filter(|r| r.start <= start)
            .map(|r| r.item.clone());
        out.push(Segment {
            text: text[bytes[start]..bytes[end]].to_string(),
            quote,
            quote_title,
            mention,
        });
    }
    out
}

/// "Quote — Jens Stoltenberg (said)", shown on hover and focus in the article view.
fn quote_title(q: &crate::Quote) -> String {
    let who = match (&q.speaker, q.speaker_kind) {
        (Some(s), Some(crate::SpeakerKind::Government)) => format!("{s} (government)"),
        (Some(s), _) => s.clone(),
        (None, Some(crate::SpeakerKind::Anonymous)) => "anonymous source".to_string(),
        (None, _) => "unattributed".to_string(),
    };
    match &q.cue {
        Some(cue) => format!("Quote — {who} ({cue})"),
        None => format!("Quote — {who}"),
    }
}

/// Scrolls the first mark of `id` (actor, place or quote) in the article view into view.
/// Returns whether there was one.
pub fn reveal(id: &str) -> bool {
    let Some(view) = document()
        .query_selector("[data-testid=\"article-view\"]")
        .ok()
        .flatten()
    else {
        return false;
    };
    let Ok(marks) = view.query_selector_all("[data-ref]") else {
        return false;
    };
    for i in 0..marks.length() {
        let Some(el) = marks
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if el.get_attribute("data-ref").as_deref() == Some(id) {
            let opts = web_sys::ScrollIntoViewOptions::new();
            opts.set_block(web_sys::ScrollLogicalPosition::Center);
            // `auto` follows the CSS `scroll-behavior`, which honours reduced motion
            opts.set_behavior(web_sys::ScrollBehavior::Auto);
            el.scroll_into_view_with_scroll_into_view_options(&opts);
            return true;
        }
    }
    false
}

/// One mention, underlined in a style of its kind (not only a colour) and named in its
/// tooltip. Clicking it picks its actor or place.
#[component]
pub fn Mention(mark: MentionMark, text: String, selection: Selection) -> impl IntoView {
    let MentionMark { id, kind, name } = mark;
    let title = format!("{} ({})", name, kind.word());
    let class = format!("mention mention-{}", kind.word());
    let is_selected = {
        let id = id.clone();
        move || selection.is(&id)
    };
    let on_click = {
        let id = id.clone();
        move |_| {
            selection.toggle(&id);
        }
    };
    view! {
        <mark class=class class:selected=is_selected data-ref=id data-kind=kind.word() title=title on:click=on_click>
            {text}
        </mark>
    }
}

fn render_segment(segment: &Segment, selection: Selection) -> AnyView {
    let inner = match &segment.mention {
        Some(mark) => {
            view! { <Mention mark=mark.clone() text=segment.text.clone() selection=selection /> }
                .into_any()
        }
        None => segment.text.clone().into_any(),
    };
    match &segment.quote {
        Some(qid) => {
            let title = segment
                .quote_title
                .clone()
                .unwrap_or_else(|| "Quote".to_string());
            let is_selected = {
                let qid = qid.clone();
                move || selection.is(&qid)
            };
            view! { <span class="quote-mark" class:selected=is_selected data-ref=qid.clone() data-kind="quote" title=title>{inner}</span> }
                .into_any()
        }
        None => inner,
    }
}

/// The analysed text with its marks. `text` must be the text `summary` was made from.
#[component]
pub fn ArticleView(
    #[prop(into)] text: Signal<String>,
    #[prop(into)] summary: Signal<Summary>,
    selection: Selection,
) -> impl IntoView {
    let segments = Memo::new(move |_| text.with(|t| summary.with(|s| segments(t, s))));
    let body = move || {
        segments.with(|segs| {
            if segs.iter().all(|s| s.text.trim().is_empty()) {
                view! {
                    <p class="empty">"The article appears here with every person, organization, place and quote marked."</p>
                }
                .into_any()
            } else {
                segs.iter()
                    .map(|s| render_segment(s, selection))
                    .collect_view()
                    .into_any()
            }
        })
    };
    view! {
        <div class="article-view" class:has-selection=move || selection.get().is_some() data-testid="article-view" role="region" aria-label="Article with marked mentions" tabindex="0">
            {body}
        </div>
    }
}

/// Explains the mark styles above the article view.
#[component]
pub fn Legend() -> impl IntoView {
    view! {
        <ul class="legend" aria-label="How mentions are marked">
            <li><mark class="mention mention-person">"Person"</mark></li>
            <li><mark class="mention mention-organization">"Organization"</mark></li>
            <li><mark class="mention mention-place">"Place"</mark></li>
            <li><span class="quote-mark">"Quote"</span></li>
        </ul>
    }
}
