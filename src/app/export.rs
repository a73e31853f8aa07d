//! Export: the summary as JSON, four CSV tables and a Markdown brief, as downloads or on the
//! clipboard.
//!
//! The builders ([`quotes_csv`], [`actors_csv`], [`places_csv`], [`sources_csv`],
//! [`markdown_brief`]) are plain
//! functions of a [`Summary`] (and the text), so they are tested without a page. They only
//! reformat the summary; nothing here reads the text for names or quotes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::actors::{actor_kind_word, role_line};
use super::places::{group_places, place_kind_word};
use super::quotes::Speaker;
use crate::{QuoteKind, SpeakerKind, Summary};

/// Header row of `quotes.csv`.
pub const QUOTES_HEADER: &str = "id,text,speaker,speaker_kind,cue,kind,start,end";
/// Header row of `actors.csv`.
pub const ACTORS_HEADER: &str = "id,name,kind,role,affiliation,aliases,mentions";
/// Header row of `places.csv`.
pub const PLACES_HEADER: &str = "id,name,kind,country,aliases,mentions";

pub use crate::csv::field as csv_field;
use crate::csv::table as csv_table;

/// "person", "organization", "government" or "anonymous".
pub fn speaker_kind_word(kind: SpeakerKind) -> &'static str {
    match kind {
        SpeakerKind::Person => "person",
        SpeakerKind::Organization => "organization",
        SpeakerKind::Government => "government",
        SpeakerKind::Anonymous => "anonymous",
    }
}

/// "direct", "partial" or "indirect" (reported speech), as in the JSON.
pub fn quote_kind_word(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "partial",
        QuoteKind::Indirect => "indirect",
    }
}

/// `quotes.csv`: one row per quote, in text order. `start` and `end` are character offsets.
pub fn quotes_csv(summary: &Summary) -> String {
    let rows = summary
        .quotes
        .iter()
        .map(|q| {
            vec![
                q.id.clone(),
                q.text.clone(),
                q.speaker.clone().unwrap_or_default(),
                q.speaker_kind
                    .map(speaker_kind_word)
                    .unwrap_or_default()
                    .to_string(),
                q.cue.clone().unwrap_or_default(),
                quote_kind_word(q.kind).to_string(),
                q.span[0].to_string(),
                q.span[1].to_string(),
            ]
        })
        .collect();
    csv_table(QUOTES_HEADER, rows)
}

/// `sources.csv`: one row per source (see [`crate::sources`]).
pub fn sources_csv(summary: &Summary) -> String {
    crate::sources::Sources::of(summary).csv()
}

/// `actors.csv`: one row per actor; `aliases` joined with "; ", `mentions` counted.
pub fn actors_csv(summary: &Summary) -> String {
    let rows = summary
        .actors
        .iter()
        .map(|a| {
            vec![
                a.id.clone(),
                a.name.clone(),
                actor_kind_word(a.kind).to_string(),
                a.role.clone().unwrap_or_default(),
                a.affiliation.clone().unwrap_or_default(),
                a.aliases.join("; "),
                a.mentions.len().to_string(),
            ]
        })
        .collect();
    csv_table(ACTORS_HEADER, rows)
}

/// `places.csv`: one row per place; `aliases` joined with "; ", `mentions` counted.
pub fn places_csv(summary: &Summary) -> String {
    let rows = summary
        .places
        .iter()
        .map(|p| {
            vec![
                p.id.clone(),
                p.name.clone(),
                place_kind_word(p.kind).to_string(),
                p.country.clone().unwrap_or_default(),
                p.aliases.join("; "),
                p.mentions.len().to_string(),
            ]
        })
        .collect();
    csv_table(PLACES_HEADER, rows)
}

/// The first non-blank line of `text`, trimmed and cut to 120 characters; "Article summary"
/// when there is none.
pub fn title_line(text: &str) -> String {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty());
    match line {
        None => "Article summary".to_string(),
        Some(l) if l.chars().count() > 120 => {
            let cut: String = l.chars().take(119).collect();
            format!("{}…", cut.trim_end())
        }
        Some(l) => l.to_string(),
    }
}

/// Escapes the characters Markdown would read as formatting, and folds line breaks into
/// spaces (for one-line items).
fn md_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {}
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// The Markdown brief: a title from the first line of `text`, then "Who" (actors with their
/// roles), "What they said" (quotes with speakers), "Who is quoted" (the sources' figures
/// and table) and "Where" (places grouped by country).
///
/// Quotes are block quotes; reported speech (kind `indirect`), which is the reporter's words
/// and not a quotation, is a plain paragraph marked "*Reported:*", with no quotation marks.
pub fn markdown_brief(summary: &Summary, text: &str) -> String {
    let mut md = format!("# {}\n\n", md_inline(&title_line(text)));

    md.push_str("## Who\n\n");
    if summary.actors.is_empty() {
        md.push_str("No people or organizations found.\n");
    }
    for a in &summary.actors {
        md.push_str(&format!(
            "- **{}** ({})",
            md_inline(&a.name),
            actor_kind_word(a.kind)
        ));
        if let Some(role) = role_line(a) {
            md.push_str(&format!(": {}", md_inline(&role)));
        }
        md.push('\n');
    }

    md.push_str("\n## What they said\n\n");
    if summary.quotes.is_empty() {
        md.push_str("No quotes found.\n\n");
    }
    for q in &summary.quotes {
        let speaker = Speaker::of(q);
        let who = match &speaker {
            Speaker::Named(name) => format!("**{}**", md_inline(name)),
            other => format!("*{}*", other.label()),
        };
        let cue = q
            .cue
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(|c| format!(" ({})", md_inline(c)))
            .unwrap_or_default();
        if q.kind == QuoteKind::Indirect {
            md.push_str(&format!(
                "*Reported:* {} — {who}{cue}\n\n",
                md_inline(q.text.trim())
            ));
            continue;
        }
        let quoted = q
            .text
            .lines()
            .map(|l| format!("> {}", md_inline(l.trim_end())))
            .collect::<Vec<_>>()
            .join("\n");
        md.push_str(&quoted);
        md.push_str(&format!("\n>\n> — {who}{cue}\n\n"));
    }

    md.push_str(&sources_markdown(summary));

    md.push_str("## Where\n\n");
    if summary.places.is_empty() {
        md.push_str("No places found.\n");
    }
    for group in group_places(&summary.places) {
        let title = group.country.as_deref().unwrap_or("Elsewhere");
        md.push_str(&format!("### {}\n\n", md_inline(title)));
        for p in &group.places {
            md.push_str(&format!(
                "- {} ({})\n",
                md_inline(&p.name),
                place_kind_word(p.kind)
            ));
        }
        md.push('\n');
    }
    let trimmed = md.trim_end().len();
    md.truncate(trimmed);
    md.push('\n');
    md
}

/// The brief's "Who is quoted" section: headline figures, then a table of the sources.
fn sources_markdown(summary: &Summary) -> String {
    use super::sources::{figures_line, gender_line, percent};
    let src = crate::sources::Sources::of(summary);
    let mut md = String::from("## Who is quoted\n\n");
    if src.rows.is_empty() {
        md.push_str("No one is quoted.\n\n");
        return md;
    }
    md.push_str(&format!(
        "{}.  \n{}.\n\n",
        md_inline(&figures_line(&src.figures)),
        md_inline(&gender_line(&src.figures))
    ));
    md.push_str("| Source | Kind | Quotes | Reported | Words quoted |\n");
    md.push_str("|---|---|---:|---:|---:|\n");
    for r in &src.rows {
        md.push_str(&format!(
            "| {} | {} | {} | {} | {} ({}) |\n",
            md_inline(&r.name),
            r.kind.word(),
            r.quotes,
            r.reported,
            r.words,
            percent(r.permille)
        ));
    }
    md.push('\n');
    md
}

/// Offers `content` as a file download named `filename` (a Blob behind a temporary
/// `<a download>`). Returns whether the browser accepted it.
pub fn download(filename: &str, mime: &str, content: &str) -> bool {
    fn run(filename: &str, mime: &str, content: &str) -> Option<()> {
        let parts = web_sys::js_sys::Array::of1(&content.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let doc = document();
        let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(filename);
        a.set_attribute("hidden", "").ok()?;
        doc.body()?.append_child(&a).ok()?;
        a.click();
        a.remove();
        // give the browser time to start reading the blob before it is released
        set_timeout(
            move || {
                let _ = web_sys::Url::revoke_object_url(&url);
            },
            std::time::Duration::from_secs(30),
        );
        Some(())
    }
    run(filename, mime, content).is_some()
}

/// Puts `text` on the clipboard and then calls `done` with whether that worked.
pub fn copy_to_clipboard(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        done(false);
        return;
    };
    let clipboard = window.navigator().clipboard();
    if clipboard.is_undefined() || clipboard.is_null() {
        done(false);
        return;
    }
    let written = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text));
    leptos::task::spawn_local(async move { done(written.await.is_ok()) });
}

/// Download buttons for JSON, CSV and Markdown, and "Copy Markdown".
#[component]
pub fn ExportPanel(
    #[prop(into)] summary: Signal<Summary>,
    /// The text `summary` was made from (empty for a summary opened from a link).
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    let copied = RwSignal::new(None::<bool>);
    let json = move |_| {
        download(
            "article-lens-summary.json",
            "application/json",
            &summary.with(Summary::to_json_pretty),
        );
    };
    let csv = move |name: &'static str, build: fn(&Summary) -> String| {
        move |_| {
            download(name, "text/csv;charset=utf-8", &summary.with(build));
        }
    };
    let brief = move || summary.with(|s| text.with(|t| markdown_brief(s, t)));
    let markdown = move |_| {
        download(
            "article-lens-brief.md",
            "text/markdown;charset=utf-8",
            &brief(),
        );
    };
    let copy = move |_| {
        copied.set(None);
        copy_to_clipboard(&brief(), move |ok| copied.set(Some(ok)));
    };
    view! {
        <section class="panel export" data-testid="export" aria-labelledby="export-heading">
            <header class="panel-header">
                <h2 id="export-heading">"Export"</h2>
            </header>
            <div class="export-buttons">
                <button type="button" class="button" data-testid="export-json" on:click=json>"JSON"</button>
                <span class="export-group" role="group" aria-label="CSV tables">
                    <button type="button" class="button" data-testid="export-quotes-csv" on:click=csv("quotes.csv", quotes_csv)>"quotes.csv"</button>
                    <button type="button" class="button" data-testid="export-actors-csv" on:click=csv("actors.csv", actors_csv)>"actors.csv"</button>
                    <button type="button" class="button" data-testid="export-places-csv" on:click=csv("places.csv", places_csv)>"places.csv"</button>
                    <button type="button" class="button" data-testid="export-sources-csv" on:click=csv("sources.csv", sources_csv)>"sources.csv"</button>
                </span>
                <button type="button" class="button" data-testid="export-markdown" on:click=markdown>"Markdown"</button>
                <button type="button" class="button" data-testid="copy-markdown" on:click=copy>"Copy Markdown"</button>
            </div>
            <p class="export-status" role="status" aria-live="polite" data-testid="export-status">
                {move || match copied.get() {
                    Some(true) => "Markdown copied.",
                    Some(false) => "Could not copy: this browser did not allow it. Use the Markdown download instead.",
                    None => "",
                }}
            </p>
        </section>
    }
}
