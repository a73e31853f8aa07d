//! The paste area with its Open file, Sample and Clear buttons.
//!
//! A very long text (from [`FOLD_FROM`] bytes on) stays in the paste area but folded away,
//! shown as its length and beginning, until the reader asks to edit it: a browser lays out
//! the whole of a text area's text in one go, a third of a second or more for 1 MB, and the
//! page answers nothing meanwhile. The marked article below shows the text, drawn in parts.
//!
//! Rich text pasted from a web page or a word processor, and `.html` files dropped or opened,
//! become plain text with paragraphs ([`html_to_text`]). The HTML is parsed into an inert
//! document of its own and only ever read from: it never becomes part of the page, so nothing
//! in it runs or loads.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    ClipboardEvent, DomParser, DragEvent, Element, File, HtmlTextAreaElement, Node, SupportedType,
};

use super::share::thousands;
use super::state::background::{self, Watcher};
use super::state::{SAMPLE_ATTRIBUTION, SAMPLE_TEXT};

/// Files longer than this are not opened (bytes).
pub const MAX_FILE_BYTES: f64 = 16.0 * 1024.0 * 1024.0;

/// From this many bytes of text on, the paste area is folded until the reader opens it.
pub const FOLD_FROM: usize = 100_000;

/// How much of a folded text is shown (characters).
const PREVIEW_CHARS: usize = 300;

/// What the file picker offers.
pub const ACCEPTED_FILES: &str = ".txt,.html,.htm,text/plain,text/html";

/// Plain text with paragraphs from a piece of HTML: block elements become paragraphs separated
/// by a blank line, `<br>` a line break; scripts, styles, comments and hidden elements are
/// left out; entities are decoded and runs of white space collapse as a browser shows them.
///
/// The HTML is parsed with `DOMParser` into a document of its own, which has no window: its
/// scripts never run and its images never load.
pub fn html_to_text(html: &str) -> String {
    let Ok(parser) = DomParser::new() else {
        return String::new();
    };
    match parser.parse_from_string(&defuse(html), SupportedType::TextHtml) {
        Ok(document) => document.body().map(|b| text_of(&b)).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// `html` with its inline event handlers (`on…=`), `style` attributes and `<style>` elements
/// renamed (to `data-inert-on…=`, `data-inert-style=` and `<template>`), none of which carries
/// article text.
///
/// This is not what keeps the page safe — the parsed document is inert whatever it holds —
/// but the browser checks such markup against the page's Content-Security-Policy even in an
/// inert document, and would log a violation for each one (a word processor's HTML has
/// hundreds of `style` attributes). A light scan of the tags is enough: whatever it misses
/// only costs a console message.
pub fn defuse(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 16);
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            let end = comment.find("-->").map_or(rest.len(), |e| e + 4 + 3);
            out.push_str(&rest[..end]);
            rest = &rest[end..];
            continue;
        }
        let closing = rest.starts_with("</");
        let name_from = if closing { 2 } else { 1 };
        let name_len = rest[name_from..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == ':'))
            .unwrap_or(rest.len() - name_from);
        let name = &rest[name_from..name_from + name_len];
        if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
            out.push('<');
            rest = &rest[1..];
            continue;
        }
        out.push_str(&rest[..name_from]);
        out.push_str(if name.eq_ignore_ascii_case("style") {
            "template"
        } else {
            name
        });
        rest = &rest[name_from + name_len..];
        // attributes, up to the end of the tag
        loop {
            let skip = rest
                .find(|c: char| !(c.is_ascii_whitespace() || c == '/'))
                .unwrap_or(rest.len());
            out.push_str(&rest[..skip]);
            rest = &rest[skip..];
            if rest.is_empty() {
                break;
            }
            if rest.starts_with('>') {
                out.push('>');
                rest = &rest[1..];
                break;
            }
            // a name: at least one character, up to white space, '/', '>' or '='
            let first = rest.chars().next().map_or(0, char::len_utf8);
            let len = rest[first..]
                .find(|c: char| c.is_ascii_whitespace() || matches!(c, '/' | '>' | '='))
                .map_or(rest.len(), |l| l + first);
            let attribute = &rest[..len];
            let lower = attribute.to_ascii_lowercase();
            if !closing && (lower.starts_with("on") || lower == "style") {
                out.push_str("data-inert-");
            }
            out.push_str(attribute);
            rest = &rest[len..];
            // its value, if any
            let spaces = rest
                .find(|c: char| !c.is_ascii_whitespace())
                .unwrap_or(rest.len());
            if !rest[spaces..].starts_with('=') {
                continue;
            }
            let after_eq = spaces + 1;
            let spaces = rest[after_eq..]
                .find(|c: char| !c.is_ascii_whitespace())
                .map_or(rest.len(), |s| s + after_eq);
            let value_len = match rest[spaces..].chars().next() {
                Some(q @ ('"' | '\'')) => rest[spaces + 1..]
                    .find(q)
                    .map_or(rest.len() - spaces, |e| e + 2),
                _ => rest[spaces..]
                    .find(|c: char| c.is_ascii_whitespace() || c == '>')
                    .unwrap_or(rest.len() - spaces),
            };
            out.push_str(&rest[..spaces + value_len]);
            rest = &rest[spaces + value_len..];
        }
    }
    out.push_str(rest);
    out
}

/// How an element counts when its text is read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Not text at all (scripts, styles, media, form controls, hidden elements).
    Skip,
    /// A line break.
    Break,
    /// A paragraph of its own.
    Block,
    /// Text kept as written, white space and line breaks included.
    Preformatted,
    /// A table cell: separated from its neighbours by a space.
    Cell,
    /// Text that runs on with what is around it.
    Inline,
}

fn role(element: &Element) -> Role {
    if element.has_attribute("hidden")
        || element.get_attribute("aria-hidden").as_deref() == Some("true")
    {
        return Role::Skip;
    }
    match element.local_name().as_str() {
        "script" | "style" | "noscript" | "template" | "head" | "title" | "meta" | "link"
        | "base" | "iframe" | "frame" | "frameset" | "object" | "embed" | "applet" | "svg"
        | "math" | "canvas" | "audio" | "video" | "picture" | "source" | "track" | "img"
        | "map" | "area" | "input" | "select" | "option" | "optgroup" | "datalist" | "textarea"
        | "button" | "dialog" => Role::Skip,
        "br" => Role::Break,
        "pre" | "listing" | "xmp" | "plaintext" => Role::Preformatted,
        "td" | "th" => Role::Cell,
        "address" | "article" | "aside" | "blockquote" | "body" | "caption" | "center" | "dd"
        | "details" | "dir" | "div" | "dl" | "dt" | "fieldset" | "figcaption" | "figure"
        | "footer" | "form" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "header" | "hgroup"
        | "hr" | "legend" | "li" | "main" | "menu" | "nav" | "ol" | "p" | "section" | "summary"
        | "table" | "tbody" | "tfoot" | "thead" | "tr" | "ul" => Role::Block,
        _ => Role::Inline,
    }
}

/// The plain text under `root` (see [`html_to_text`]). The tree is walked without recursion,
/// so deeply nested markup cannot exhaust the stack.
pub fn text_of(root: &Node) -> String {
    let mut out = PlainText::default();
    let mut preformatted = 0usize;
    let mut current = root.first_child();
    while let Some(node) = current {
        let mut enter = false;
        match node.node_type() {
            Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
                out.text(&node.node_value().unwrap_or_default(), preformatted > 0);
            }
            Node::ELEMENT_NODE => match role(node.unchecked_ref()) {
                Role::Skip => {}
                Role::Break => out.line_break(),
                r => {
                    out.open(r);
                    if r == Role::Preformatted {
                        preformatted += 1;
                    }
                    if node.has_child_nodes() {
                        enter = true;
                    } else {
                        out.close(r);
                        if r == Role::Preformatted {
                            preformatted -= 1;
                        }
                    }
                }
            },
            _ => {} // comments, processing instructions, doctypes
        }
        if enter {
            current = node.first_child();
            continue;
        }
        // On to the next sibling, closing the elements this leaves.
        let mut at = node;
        current = loop {
            if let Some(next) = at.next_sibling() {
                break Some(next);
            }
            match at.parent_node() {
                Some(parent) if !parent.is_same_node(Some(root)) => {
                    let r = role(parent.unchecked_ref());
                    out.close(r);
                    if r == Role::Preformatted {
                        preformatted -= 1;
                    }
                    at = parent;
                }
                _ => break None,
            }
        };
    }
    out.finish()
}

/// Plain text being written: breaks and spaces are held back until the next visible
/// character, so none lead, trail or pile up.
#[derive(Default)]
struct PlainText {
    out: String,
    /// Line breaks owed before the next character (at most 2: a blank line).
    newlines: u8,
    /// A space owed before the next character.
    space: bool,
}

impl PlainText {
    fn text(&mut self, text: &str, keep_spacing: bool) {
        for c in text.chars() {
            match c {
                '\r' => {}
                '\n' if keep_spacing => self.line_break(),
                ' ' | '\t' | '\n' | '\u{c}' | '\u{a0}' if !keep_spacing => self.space = true,
                '\u{a0}' => self.put(' '),
                c => self.put(c),
            }
        }
    }

    fn put(&mut self, c: char) {
        if !self.out.is_empty() {
            if self.newlines > 0 {
                // no spaces at the end of a line
                let kept = self.out.trim_end_matches([' ', '\t']).len();
                self.out.truncate(kept);
                for _ in 0..self.newlines {
                    self.out.push('\n');
                }
            } else if self.space {
                self.out.push(' ');
            }
        }
        self.newlines = 0;
        self.space = false;
        self.out.push(c);
    }

    fn line_break(&mut self) {
        self.newlines = (self.newlines + 1).min(2);
    }

    fn paragraph(&mut self) {
        self.newlines = 2;
    }

    fn open(&mut self, role: Role) {
        match role {
            Role::Block | Role::Preformatted => self.paragraph(),
            Role::Cell => self.space = true,
            _ => {}
        }
    }

    fn close(&mut self, role: Role) {
        self.open(role);
    }

    fn finish(self) -> String {
        self.out.trim_end().to_string()
    }
}

/// Whether a file is HTML (else it is read as plain text), or `None` when it is neither.
fn is_html(file: &File) -> Option<bool> {
    let name = file.name().to_lowercase();
    let kind = file.type_().to_lowercase();
    if kind == "text/html" || name.ends_with(".html") || name.ends_with(".htm") {
        Some(true)
    } else if kind.starts_with("text/") || name.ends_with(".txt") {
        Some(false)
    } else {
        None
    }
}

/// Reads `file` as UTF-8 text and hands the article in it (HTML converted) to `done`, or a
/// sentence saying why it could not be opened.
fn read_article(file: File, done: impl FnOnce(Result<String, String>) + 'static) {
    let name = file.name();
    let Some(html) = is_html(&file) else {
        done(Err(format!("“{name}” is not a text or HTML file.")));
        return;
    };
    if file.size() > MAX_FILE_BYTES {
        done(Err(format!(
            "“{name}” is too long to open (more than 16 MB)."
        )));
        return;
    }
    let file = gloo_file::File::from(file);
    leptos::task::spawn_local(async move {
        let text = gloo_file::futures::read_as_text(&file).await.ok();
        done(match text {
            Some(text) if html => Ok(html_to_text(&text)),
            Some(text) => Ok(text.replace("\r\n", "\n")),
            None => Err(format!("“{name}” could not be read.")),
        });
    });
}

/// Puts `text` in place of the selection of `area` (at the caret when nothing is selected),
/// leaving the caret after it. Returns whether the textarea fired its own `input` event.
fn insert_at_caret(area: &HtmlTextAreaElement, text: &str) -> bool {
    // As typing would, so that Undo takes the paste back, when the browser still offers it.
    let focused = document()
        .active_element()
        .is_some_and(|e| e.is_same_node(Some(area)));
    if focused {
        if let Ok(doc) = document().dyn_into::<web_sys::HtmlDocument>() {
            if doc
                .exec_command_with_show_ui_and_value("insertText", false, text)
                .unwrap_or(false)
            {
                return true;
            }
        }
    }
    let end = area.value().encode_utf16().count() as u32;
    let start = area.selection_start().ok().flatten().unwrap_or(end);
    let stop = area.selection_end().ok().flatten().unwrap_or(start);
    let _ = area.set_range_text_with_start_and_end_and_mode(text, start, stop, "end");
    false
}

fn has_files(e: &DragEvent) -> bool {
    e.data_transfer()
        .is_some_and(|d| d.types().includes(&JsValue::from_str("Files"), 0))
}

/// Splits an attribution line into text and links, so its URLs can be followed.
fn attribution_view(line: &str) -> impl IntoView {
    line.split_inclusive(char::is_whitespace)
        .map(|word| match word.find("https://").or_else(|| word.find("http://")) {
            Some(at) => {
                let (before, rest) = word.split_at(at);
                let url = rest.trim_end_matches(|c: char| {
                    c.is_whitespace() || matches!(c, ')' | ']' | ',' | '.' | ';' | ':' | '"' | '\'')
                });
                let after = rest[url.len()..].to_string();
                let (before, href, url) = (before.to_string(), url.to_string(), url.to_string());
                view! { {before}<a href=href rel="noopener noreferrer" target="_blank">{url}</a>{after} }
                    .into_any()
            }
            None => word.to_string().into_any(),
        })
        .collect_view()
}

/// Where the sample article comes from, shown while it is in the paste area.
#[component]
pub fn SampleAttribution() -> impl IntoView {
    let line = SAMPLE_ATTRIBUTION.trim();
    view! { <p class="attribution" data-testid="sample-attribution">{attribution_view(line)}</p> }
}

/// The paste area. It shows `text` and reports every edit through `on_input` (a paste, a
/// dropped or opened file too); the buttons report through `on_clear` and `on_sample`.
///
/// While a long text is analysed in the background it shows a progress bar; when the summary
/// is ready it reports the current text through `on_input` once more, so the page takes up
/// the result (see [`Analysis::of`](super::state::Analysis::of)).
#[component]
pub fn Editor(
    #[prop(into)] text: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
    #[prop(into)] on_clear: Callback<()>,
    #[prop(into)] on_sample: Callback<()>,
    /// Short status shown under the paste area (word and result counts).
    #[prop(into)]
    status: Signal<String>,
) -> impl IntoView {
    let is_sample = move || text.with(|t| t.trim() == SAMPLE_TEXT.trim());
    let is_empty = move || text.with(|t| t.is_empty());
    let area = NodeRef::<html::Textarea>::new();
    let picker = NodeRef::<html::Input>::new();
    // A sentence about the last file (opened, or why not).
    let note = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);
    let busy = RwSignal::new(background::is_busy());
    let analysis_ms = RwSignal::new(background::last_duration_ms());

    let watch = background::watch(Watcher {
        busy: Box::new(move |b| {
            busy.try_set(b);
        }),
        ready: Box::new(move || {
            analysis_ms.try_set(background::last_duration_ms());
            if let Some(current) = text.try_get_untracked() {
                on_input.try_run(current);
            }
        }),
    });
    on_cleanup(move || background::unwatch(watch));

    let open_file = move |file: File| {
        note.set(Some(format!("Opening “{}”…", file.name())));
        let name = file.name();
        read_article(file, move |result| match result {
            Ok(article) => {
                note.try_set(Some(format!("Opened “{name}”.")));
                on_input.try_run(article);
                if let Some(el) = area.get_untracked() {
                    let _ = el.focus();
                    let _ = el.set_selection_range(0, 0);
                    el.set_scroll_top(0);
                }
            }
            Err(problem) => {
                note.try_set(Some(problem));
            }
        });
    };

    // The text the reader put into the box themselves (typed, pasted, dropped as text), which
    // comes back as `text`: it is in the box already and is not written into it again, which
    // for a long text would copy it for nothing while a paste waits to be drawn. Any other new
    // text (a file, the sample, Clear, a link) is written.
    let typed = StoredValue::new(None::<String>);
    let from_reader = move |value: String| {
        typed.set_value(Some(value.clone()));
        on_input.run(value);
    };
    // A long text is folded when it arrives (typed or pasted past FOLD_FROM, or written by a
    // file, a link or a reload) and stays open once the reader opened it to edit.
    let unfolded = RwSignal::new(false);
    let long = Memo::new(move |_| text.with(|t| t.len() >= FOLD_FROM));
    Effect::new(move |_| {
        if long.get() {
            unfolded.set(false);
        }
    });
    let folded = move || long.get() && !unfolded.get();
    let fold_box = NodeRef::<html::Div>::new();
    // Folds the box at once when the reader's own edit makes the text long: before the browser
    // lays the text out, and with the focus moving to the fold when the box had it.
    let fold_now = move || {
        let (Some(el), Some(card)) = (area.get_untracked(), fold_box.get_untracked()) else {
            return;
        };
        let focused = document()
            .active_element()
            .is_some_and(|a| a.is_same_node(Some(&el)));
        el.set_hidden(true);
        card.set_hidden(false);
        if focused {
            let _ = card.focus();
        }
    };
    Effect::new(move |_| {
        let Some(el) = area.get() else { return };
        text.with(|t| {
            if typed.with_value(|typed| typed.as_deref() != Some(t.as_str())) {
                el.set_value(t);
                typed.set_value(None);
                unfolded.set(false);
            }
        });
    });
    let unfold = move |_| {
        unfolded.set(true);
        if let Some(el) = area.get_untracked() {
            // shown now rather than when the attribute follows, so that it can take the focus
            el.set_hidden(false);
            let _ = el.focus();
            let _ = el.set_selection_range(0, 0);
            el.set_scroll_top(0);
        }
    };
    let preview = move || {
        if !long.get() {
            return String::new();
        }
        text.with(|t| {
            let end = t
                .char_indices()
                .nth(PREVIEW_CHARS)
                .map_or(t.len(), |(at, _)| at);
            format!("{}…", t[..end].trim_end())
        })
    };
    let length = move || {
        if !long.get() {
            return String::new();
        }
        text.with(|t| {
            format!(
                "A long text of {} characters is in the box. It is shown, marked, under “Article” below.",
                thousands(t.chars().count())
            )
        })
    };

    let on_paste = move |e: ClipboardEvent| {
        let Some(data) = e.clipboard_data() else {
            return;
        };
        let html = data.get_data("text/html").unwrap_or_default();
        if html.trim().is_empty() {
            return; // plain text: the browser pastes it as it is
        }
        let article = html_to_text(&html);
        let Some(el) = area.get_untracked() else {
            return;
        };
        if article.is_empty() {
            return; // nothing readable in the HTML: let the browser paste its plain text
        }
        e.prevent_default();
        note.set(None);
        if !insert_at_caret(&el, &article) {
            from_reader(el.value());
        }
    };

    // A paste onto the folded text replaces the whole text, as a paste into the box after
    // selecting all would.
    let on_paste_folded = move |e: ClipboardEvent| {
        let Some(data) = e.clipboard_data() else {
            return;
        };
        let html = data.get_data("text/html").unwrap_or_default();
        let mut article = if html.trim().is_empty() {
            String::new()
        } else {
            html_to_text(&html)
        };
        if article.is_empty() {
            article = data.get_data("text/plain").unwrap_or_default();
        }
        e.prevent_default();
        if !article.trim().is_empty() {
            note.set(None);
            on_input.run(article);
        }
    };

    let on_drag_over = move |e: DragEvent| {
        if has_files(&e) {
            e.prevent_default();
            if let Some(d) = e.data_transfer() {
                d.set_drop_effect("copy");
            }
            dragging.set(true);
        }
    };
    let on_drop = move |e: DragEvent| {
        dragging.set(false);
        let file = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            e.prevent_default();
            open_file(file);
        }
    };
    let on_picked = move |_| {
        let Some(input) = picker.get_untracked() else {
            return;
        };
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            open_file(file);
        }
        // so that picking the same file again opens it again
        input.set_value("");
    };

    view! {
        <section
            class="editor"
            class:dragging=move || dragging.get()
            aria-labelledby="editor-heading"
            on:dragenter=on_drag_over
            on:dragover=on_drag_over
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <div class="editor-header">
                <h2 id="editor-heading"><label for="article-input">"Article text"</label></h2>
                <div class="editor-tools">
                    <button
                        type="button"
                        class="button"
                        data-testid="open-file"
                        title="Open a .txt or .html file (or drop one onto the text)"
                        on:click=move |_| {
                            if let Some(input) = picker.get_untracked() {
                                input.click();
                            }
                        }
                    >
                        "Open file…"
                    </button>
                    <input
                        type="file"
                        hidden
                        tabindex="-1"
                        accept=ACCEPTED_FILES
                        data-testid="file-input"
                        node_ref=picker
                        on:change=on_picked
                    />
                    <button type="button" class="button" data-testid="load-sample" on:click=move |_| on_sample.run(()) disabled=is_sample>
                        "Sample article"
                    </button>
                    <button type="button" class="button" data-testid="clear" on:click=move |_| on_clear.run(()) disabled=is_empty>
                        "Clear"
                    </button>
                </div>
            </div>
            <textarea
                id="article-input"
                data-testid="article-input"
                class="article-input"
                placeholder="Paste a news article here, or drop a .txt or .html file. It is analysed as you type and never leaves this page."
                spellcheck="false"
                aria-describedby="editor-status"
                node_ref=area
                on:input=move |ev| {
                    note.set(None);
                    let value = event_target_value(&ev);
                    if value.len() >= FOLD_FROM && !long.get_untracked() {
                        fold_now();
                    }
                    from_reader(value)
                }
                on:paste=on_paste
                hidden=folded
            ></textarea>
            <div
                class="article-folded"
                data-testid="article-folded"
                tabindex="0"
                node_ref=fold_box
                aria-label="The article text, folded: paste here to replace it"
                hidden=move || !folded()
                on:paste=on_paste_folded
            >
                <p class="folded-length" data-testid="folded-length">{length}</p>
                <p class="folded-preview">{preview}</p>
                <button type="button" class="button" data-testid="unfold" on:click=unfold>
                    "Show the whole text to edit it"
                </button>
            </div>
            <div
                class="analysing"
                data-testid="analysing"
                data-analysis-ms=move || analysis_ms.get().map(|ms| (ms.max(0.0).round() as u64).to_string())
                hidden=move || !busy.get()
            >
                <progress aria-label="Analysing the article"></progress>
                <span>"Analysing a long article in the background; you can keep editing."</span>
            </div>
            <p id="editor-status" class="status" data-testid="status" role="status" aria-live="polite">{move || status.get()}</p>
            <Show when=move || note.with(Option::is_some)>
                <p class="input-note" data-testid="input-note" role="status">{move || note.get()}</p>
            </Show>
            <Show when=is_sample>
                <SampleAttribution />
            </Show>
        </section>
    }
}
