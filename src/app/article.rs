//! The article view: the analysed text with every mention, quote and reported statement
//! marked.
//!
//! Marks come in three layers, each made of non-overlapping spans: reported statements
//! (kind `indirect`, drawn outermost), quotes (direct and partial) and mentions (innermost).
//! A reported statement may hold a quote ("He said it was “a disgrace”"): the text is cut at
//! every boundary of every layer, so each segment lies wholly inside or outside each mark and
//! nesting needs no special case.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::{Selection, BACKGROUND_FROM};
use crate::{ActorKind, QuoteKind, Summary};

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

/// A stretch of the text with at most one reported statement, one quote and one mention
/// around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    /// Id of the reported statement (a quote of kind `indirect`) this stretch lies in.
    pub reported: Option<String>,
    /// What hovering or focusing the reported statement says: who said it.
    pub reported_title: Option<String>,
    /// The reported statement ends with this stretch.
    pub reported_end: bool,
    /// The source ([`crate::sources::source_key`]) of that reported statement.
    pub reported_source: Option<String>,
    /// Id of the quote (direct or partial) this stretch lies in.
    pub quote: Option<String>,
    /// What hovering or focusing the quote says: who said it.
    pub quote_title: Option<String>,
    /// The quote ends with this stretch: when the quote is picked, its speaker is written
    /// after it.
    pub quote_end: bool,
    /// The source ([`crate::sources::source_key`]) of that quote.
    pub quote_source: Option<String>,
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

/// What a quote mark needs: id, tooltip and source key.
type QuoteItem = (String, String, String);

/// The quotes of one layer (reported statements or quotes) as ranges: id, tooltip, source.
fn quote_ranges(summary: &Summary, reported: bool, len: usize) -> Vec<Range<QuoteItem>> {
    disjoint(
        summary
            .quotes
            .iter()
            .filter(|q| (q.kind == QuoteKind::Indirect) == reported)
            .map(|q| Range {
                start: q.span[0],
                end: q.span[1],
                item: (q.id.clone(), quote_title(q), crate::sources::source_key(q)),
            })
            .collect(),
        len,
    )
}

/// Moves `i` past the ranges that end at or before `start` and returns the range holding
/// `[start, end)`, if any.
fn holding<'a, T>(ranges: &'a [Range<T>], i: &mut usize, start: usize) -> Option<&'a Range<T>> {
    while *i < ranges.len() && ranges[*i].end <= start {
        *i += 1;
    }
    ranges.get(*i).filter(|r| r.start <= start)
}

/// Cuts `text` into segments at every reported statement, quote and mention boundary of
/// `summary` (character offsets). Spans that are out of range or overlap an earlier one of
/// the same layer are ignored, so any summary renders; spans of different layers may nest
/// or overlap. Concatenating the segments gives back `text`.
pub fn segments(text: &str, summary: &Summary) -> Vec<Segment> {
    // byte offset of every character boundary, so char offsets can slice the text
    let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    bytes.push(text.len());
    let len = bytes.len() - 1;

    let reported = quote_ranges(summary, true, len);
    let quotes = quote_ranges(summary, false, len);
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
    for r in reported.iter().chain(&quotes) {
        cuts.extend([r.start, r.end]);
    }
    for r in &mentions {
        cuts.extend([r.start, r.end]);
    }
    cuts.sort_unstable();
    cuts.dedup();

    let (mut ri, mut qi, mut mi) = (0, 0, 0);
    let mut out = Vec::with_capacity(cuts.len());
    for w in cuts.windows(2) {
        let (start, end) = (w[0], w[1]);
        let reported_range = holding(&reported, &mut ri, start);
        let quote_range = holding(&quotes, &mut qi, start);
        let quote = quote_range.map(|r| r.item.0.clone());
        let quote_title = quote_range.map(|r| r.item.1.clone());
        let quote_end = quote_range.is_some_and(|r| r.end == end);
        let quote_source = quote_range.map(|r| r.item.2.clone());
        let mention = holding(&mentions, &mut mi, start).map(|r| r.item.clone());
        out.push(Segment {
            text: text[bytes[start]..bytes[end]].to_string(),
            reported: reported_range.map(|r| r.item.0.clone()),
            reported_title: reported_range.map(|r| r.item.1.clone()),
            reported_end: reported_range.is_some_and(|r| r.end == end),
            reported_source: reported_range.map(|r| r.item.2.clone()),
            quote,
            quote_title,
            quote_end,
            quote_source,
            mention,
        });
    }
    out
}

/// "Quote — Jens Stoltenberg (said)" ("Reported — …" for reported speech), shown on hover
/// and focus in the article view.
fn quote_title(q: &crate::Quote) -> String {
    let who = match (&q.speaker, q.speaker_kind) {
        (Some(s), Some(crate::SpeakerKind::Government)) => format!("{s} (government)"),
        (Some(s), _) => s.clone(),
        (None, Some(crate::SpeakerKind::Anonymous)) => "anonymous source".to_string(),
        (None, _) => "unattributed".to_string(),
    };
    let what = title_word(q.kind);
    match &q.cue {
        Some(cue) => format!("{what} — {who} ({cue})"),
        None => format!("{what} — {who}"),
    }
}

/// How the tooltip of a mark of this kind starts.
fn title_word(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Indirect => "Reported",
        QuoteKind::Direct | QuoteKind::Partial => "Quote",
    }
}

/// Who said it, from a tooltip: what the end of a picked quote or statement shows.
fn speaker_of_title(title: &str) -> String {
    ["Quote — ", "Reported — "]
        .iter()
        .find_map(|p| title.strip_prefix(p))
        .unwrap_or(title)
        .to_string()
}

/// The article view is drawn in blocks of about this many bytes of text, each ending with a
/// line break, in an element of its own. The first block is drawn at once and each further
/// one on a later turn of the event loop, so the page keeps answering while a long text
/// appears; the browser skips the layout of blocks out of sight (`content-visibility`), so
/// a 1 MB article (about 100,000 segments) never has to be laid out as one piece.
pub const BLOCK_BYTES: usize = 6_000;

/// A block ends after at most this many segments even without a line break.
const BLOCK_MAX_SEGMENTS: usize = 3_000;

/// Splits `segments` into blocks (ranges of segment indexes) ending at line breaks.
fn blocks_of(segments: &[Segment]) -> Vec<std::ops::Range<usize>> {
    let mut blocks = Vec::new();
    let (mut start, mut bytes) = (0, 0);
    for (i, s) in segments.iter().enumerate() {
        bytes += s.text.len();
        let long = bytes >= BLOCK_BYTES && s.text.ends_with('\n');
        if long || i + 1 - start >= BLOCK_MAX_SEGMENTS {
            blocks.push(start..i + 1);
            (start, bytes) = (i + 1, 0);
        }
    }
    if start < segments.len() {
        blocks.push(start..segments.len());
    }
    blocks
}

/// The segments of one text and summary, numbered so the view can tell an old drawing from a
/// new one.
#[derive(Debug, Clone)]
struct Drawing {
    generation: u64,
    segments: Arc<Vec<Segment>>,
    blocks: Arc<Vec<std::ops::Range<usize>>>,
    /// For each actor, place and quote id: the block holding its first mark.
    first_block: Arc<HashMap<String, usize>>,
    /// Nothing but white space: the view shows a hint instead.
    blank: bool,
}

impl PartialEq for Drawing {
    fn eq(&self, other: &Self) -> bool {
        self.generation == other.generation
    }
}

impl Drawing {
    fn new(generation: u64, segments: Vec<Segment>) -> Self {
        let blocks = blocks_of(&segments);
        let mut first_block = HashMap::new();
        for (b, range) in blocks.iter().enumerate() {
            for s in &segments[range.clone()] {
                let ids = s.reported.iter().chain(&s.quote);
                for id in ids.chain(s.mention.as_ref().map(|m| &m.id)) {
                    if !first_block.contains_key(id) {
                        first_block.insert(id.clone(), b);
                    }
                }
                for key in s.reported_source.iter().chain(&s.quote_source) {
                    first_block
                        .entry(crate::app::sources::selection_id(key))
                        .or_insert(b);
                }
            }
        }
        let blank = segments.iter().all(|s| s.text.trim().is_empty());
        Drawing {
            generation,
            segments: Arc::new(segments),
            blocks: Arc::new(blocks),
            first_block: Arc::new(first_block),
            blank,
        }
    }

    fn blocks(&self) -> usize {
        self.blocks.len()
    }
}

/// Scrolls to the first mark of an id, drawing its block first; false when the id has no mark.
type Reveal = Box<dyn Fn(&str) -> bool>;

thread_local! {
    /// Set by the live [`ArticleView`], with a number telling one view from the next.
    static REVEAL: RefCell<Option<(u64, Reveal)>> = const { RefCell::new(None) };
    static VIEWS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Scrolls the first mark of `id` (actor, place or quote) in the article view into view,
/// drawing the part of a long article that holds it first when it is not drawn yet. Returns
/// whether there is such a mark.
pub fn reveal(id: &str) -> bool {
    REVEAL.with(|r| r.borrow().as_ref().is_some_and(|(_, reveal)| reveal(id)))
}

/// `[data-ref="…"]` for any id, or `[data-source="…"]` for a source's id (`src:` and its
/// key: all its quotes), quotes and backslashes escaped.
fn ref_selector(id: &str) -> String {
    let (mut out, id) = match id.strip_prefix("src:") {
        Some(key) => (String::from("[data-source=\""), key),
        None => (String::from("[data-ref=\""), id),
    };
    for c in id.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            // control characters are written as CSS hex escapes
            c if c.is_control() => out.push_str(&format!("\\{:x} ", c as u32)),
            c => out.push(c),
        }
    }
    out.push_str("\"]");
    out
}

fn scroll_to_first(view: &web_sys::Element, id: &str) {
    let Some(el) = view.query_selector(&ref_selector(id)).ok().flatten() else {
        return;
    };
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    // `auto` follows the CSS `scroll-behavior`, which honours reduced motion
    opts.set_behavior(web_sys::ScrollBehavior::Auto);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

/// Puts the `selected` class on exactly the marks of `id` inside `view`.
fn mark_selected(view: &web_sys::Element, id: Option<&str>) {
    let each = |selector: &str, f: &dyn Fn(&web_sys::DomTokenList)| {
        if let Ok(list) = view.query_selector_all(selector) {
            for i in 0..list.length() {
                if let Some(el) = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    f(&el.class_list());
                }
            }
        }
    };
    each(".selected", &|c| {
        let _ = c.remove_1("selected");
    });
    if let Some(id) = id {
        each(&ref_selector(id), &|c| {
            let _ = c.add_1("selected");
        });
    }
}

/// One segment as plain elements: no component, signal or listener per mark, so a text with
/// tens of thousands of marks stays cheap to draw and to highlight. Marks are underlined in a
/// style of their kind (not only a colour) and named in their tooltip.
///
/// Marks of `picked` are drawn with the `selected` class; afterwards the view's selection
/// effect keeps the class up to date. A reported statement is the outermost element, then a
/// quote, then a mention.
fn render_segment(segment: &Segment, picked: Option<&str>) -> AnyView {
    let selected = |id: &str| if picked == Some(id) { " selected" } else { "" };
    // a picked source selects all its quotes and statements
    let source_picked =
        |key: &Option<String>| match (picked.and_then(|p| p.strip_prefix("src:")), key) {
            (Some(p), Some(k)) if p == k => " selected",
            _ => "",
        };
    let inner = match &segment.mention {
        Some(MentionMark { id, kind, name }) => {
            let title = format!("{} ({})", name, kind.word());
            let class = format!("mention mention-{}{}", kind.word(), selected(id));
            view! {
                <mark class=class data-ref=id.clone() data-kind=kind.word() title=title>
                    {segment.text.clone()}
                </mark>
            }
            .into_any()
        }
        None => segment.text.clone().into_any(),
    };
    let inner = match &segment.quote {
        Some(qid) => {
            let title = segment
                .quote_title
                .clone()
                .unwrap_or_else(|| "Quote".to_string());
            let class = format!(
                "quote-mark{}{}",
                if segment.quote_end { " quote-end" } else { "" },
                if selected(qid).is_empty() {
                    source_picked(&segment.quote_source)
                } else {
                    " selected"
                }
            );
            // the end of a picked quote shows who said it (CSS `attr(data-speaker)`), so a
            // reader going by keyboard from the Quotes panel sees it without hovering
            let speaker = segment.quote_end.then(|| speaker_of_title(&title));
            let source = segment.quote_source.clone();
            view! { <span class=class data-ref=qid.clone() data-source=source data-kind="quote" data-speaker=speaker title=title>{inner}</span> }
                .into_any()
        }
        None => inner,
    };
    match &segment.reported {
        Some(rid) => {
            let title = segment
                .reported_title
                .clone()
                .unwrap_or_else(|| "Reported".to_string());
            let class = format!(
                "reported-mark{}{}",
                if segment.reported_end {
                    " reported-end"
                } else {
                    ""
                },
                if selected(rid).is_empty() {
                    source_picked(&segment.reported_source)
                } else {
                    " selected"
                }
            );
            let speaker = segment.reported_end.then(|| speaker_of_title(&title));
            let source = segment.reported_source.clone();
            view! { <span class=class data-ref=rid.clone() data-source=source data-kind="reported" data-speaker=speaker title=title>{inner}</span> }
                .into_any()
        }
        None => inner,
    }
}

/// Draws the blocks after the first, one per turn of the event loop, while `generation` is
/// the drawing on screen.
fn draw_rest(drawing: Memo<Drawing>, shown: RwSignal<(u64, usize)>, generation: u64) {
    set_timeout(
        move || {
            let Some(Some(total)) =
                drawing.try_with_untracked(|d| (d.generation == generation).then(|| d.blocks()))
            else {
                return;
            };
            let Some((g, n)) = shown.try_get_untracked() else {
                return;
            };
            if g == generation && n < total {
                shown.set((g, n + 1));
                draw_rest(drawing, shown, generation);
            }
        },
        Duration::ZERO,
    );
}

/// The analysed text with its marks. `text` must be the text `summary` was made from.
///
/// Clicking a mark picks its actor or place (one listener on the view, not one per mark); the
/// marks of the picked item get the `selected` class.
#[component]
pub fn ArticleView(
    #[prop(into)] text: Signal<String>,
    #[prop(into)] summary: Signal<Summary>,
    selection: Selection,
) -> impl IntoView {
    // A long text's marks are worked out a task after its summary arrives, so that the status
    // line and the panels are drawn first and no one task does both: the first notice of a
    // new long text keeps the drawing as it is and asks for a redraw on a later turn of the
    // event loop. A short text's marks are worked out at once.
    let redraw = RwSignal::new(0u64);
    let drawn_at = StoredValue::new(0u64);
    let drawing = Memo::new(move |previous: Option<&Drawing>| {
        let asked = redraw.get();
        let long = text.with(|t| t.len() >= BACKGROUND_FROM);
        summary.track();
        if let Some(previous) = previous.filter(|_| long && asked == drawn_at.get_value()) {
            set_timeout(
                move || {
                    redraw.try_update(|n| *n += 1);
                },
                Duration::ZERO,
            );
            return previous.clone();
        }
        drawn_at.set_value(asked);
        let generation = previous.map_or(0, |p| p.generation + 1);
        let segments = text.with_untracked(|t| summary.with_untracked(|s| segments(t, s)));
        Drawing::new(generation, segments)
    });
    // (generation, blocks drawn): a count from an older drawing means one block
    let shown = RwSignal::new((0u64, 1usize));
    Effect::new(move |_| {
        let generation = drawing.with(|d| d.generation);
        if shown.get_untracked().0 != generation {
            shown.set((generation, 1));
        }
        draw_rest(drawing, shown, generation);
    });

    let view_ref = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let picked = selection.get();
        if let Some(view) = view_ref.get() {
            mark_selected(&view, picked.as_deref());
        }
    });

    let me = VIEWS.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    let reveal: Reveal = Box::new(move |id: &str| {
        let Some(Some((generation, block))) =
            drawing.try_with_untracked(|d| d.first_block.get(id).map(|b| (d.generation, *b)))
        else {
            return false;
        };
        let drawn = shown.with_untracked(|(g, n)| *g == generation && *n > block);
        if drawn {
            if let Some(view) = view_ref.get_untracked() {
                scroll_to_first(&view, id);
            }
        } else {
            shown.update(|(g, n)| {
                if *g != generation {
                    *g = generation;
                    *n = 1;
                }
                *n = (*n).max(block + 1);
            });
            // the block is drawn once the signal's effects have run, before the next task
            let id = id.to_string();
            set_timeout(
                move || {
                    if let Some(Some(view)) = view_ref.try_get_untracked() {
                        scroll_to_first(&view, &id);
                    }
                },
                Duration::ZERO,
            );
        }
        true
    });
    REVEAL.with(|r| *r.borrow_mut() = Some((me, reveal)));
    // a view replaced by a newer one leaves the newer one in place
    on_cleanup(move || {
        REVEAL.with(|r| {
            let mut r = r.borrow_mut();
            if r.as_ref().is_some_and(|(view, _)| *view == me) {
                *r = None;
            }
        })
    });

    let on_click = move |ev: web_sys::MouseEvent| {
        let mark = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("mark[data-ref]").ok().flatten());
        if let Some(id) = mark.and_then(|m| m.get_attribute("data-ref")) {
            selection.toggle(&id);
        }
    };

    let blocks = move || {
        let (generation, count) = shown.get();
        drawing.with(|d| {
            let n = if d.generation == generation { count } else { 1 };
            (0..n.min(d.blocks()))
                .map(|i| (d.generation, i))
                .collect::<Vec<_>>()
        })
    };
    let block = move |(generation, i): (u64, usize)| {
        let picked = selection.current_untracked();
        drawing.with_untracked(|d| {
            if d.generation != generation {
                return ().into_any();
            }
            let Some(range) = d.blocks.get(i) else {
                return ().into_any();
            };
            let marks = d.segments[range.clone()]
                .iter()
                .map(|s| render_segment(s, picked.as_deref()))
                .collect_view();
            view! { <div class="article-block">{marks}</div> }.into_any()
        })
    };
    let body = move || {
        if drawing.with(|d| d.blank) {
            view! {
                <p class="empty">"The article appears here with every person, organization, place and quote marked."</p>
            }
            .into_any()
        } else {
            view! { <For each=blocks key=|k| *k children=block /> }.into_any()
        }
    };
    view! {
        <div class="article-view" class:has-selection=move || selection.get().is_some() data-testid="article-view" role="region" aria-label="Article with marked mentions" tabindex="0" node_ref=view_ref on:click=on_click>
            {body}
        </div>
    }
}

/// Explains the mark styles above the article view.
#[component]
pub fn Legend() -> impl IntoView {
    view! {
        <ul class="legend" aria-label="How mentions, quotes and reported statements are marked">
            <li><mark class="mention mention-person">"Person"</mark></li>
            <li><mark class="mention mention-organization">"Organization"</mark></li>
            <li><mark class="mention mention-place">"Place"</mark></li>
            <li><span class="quote-mark">"Quote"</span></li>
            <li><span class="reported-mark">"Reported"</span></li>
        </ul>
    }
}
