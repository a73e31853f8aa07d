//! Share links: making them (the Share dialog) and opening them (the fragment of the page's
//! own address).
//!
//! A link is the page's address without its fragment, then `#` and a fragment from
//! [`crate::link`]: an *article link* carries the text (opening it analyses the text again),
//! a *summary link* carries only the summary. Browsers never send the fragment to a server.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::export::{copy_to_clipboard, download};
use crate::link::{decode, encode_article, encode_summary, Fragment, LinkError};
use crate::Summary;

/// Links longer than this may be cut by browsers, chat programs and mail readers.
pub const LONG_LINK: usize = 8_000;

/// The sentence shown wherever a summary link's missing text would be.
pub const SUMMARY_ONLY: &str =
    "This link carries the summary only; the article text is not included.";

/// The page's address without its fragment, so links work from any folder of any host.
pub fn page_url() -> String {
    let href = window().location().href().unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_string(),
        None => href,
    }
}

/// The link in the page's address, decoded: `None` when there is no fragment, or when the
/// fragment names an element of the page (an in-page anchor such as the skip link's).
pub fn fragment_in_location() -> Option<Result<Fragment, LinkError>> {
    let hash = window().location().hash().ok()?;
    let fragment = hash.strip_prefix('#').unwrap_or(&hash);
    if fragment.is_empty() {
        return None;
    }
    if document().get_element_by_id(fragment).is_some() {
        return None;
    }
    Some(decode(fragment))
}

/// Removes the fragment from the address bar without reloading or adding a history entry
/// (and without a `hashchange` event).
pub fn forget_fragment() {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&page_url()));
    }
}

/// "8,123".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Both links for what the page shows. `text` is the analysed text; without one (a summary
/// opened from a link, or an empty page) there is no article link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareLinks {
    pub article: Option<String>,
    pub summary: String,
}

impl ShareLinks {
    pub fn new(base: &str, text: &str, summary: &Summary) -> Self {
        ShareLinks {
            article: (!text.trim().is_empty()).then(|| format!("{base}#{}", encode_article(text))),
            summary: format!("{base}#{}", encode_summary(summary)),
        }
    }
}

/// One link in the dialog: the address, its length, Copy, and a warning when it is long.
#[component]
fn LinkRow(
    label: &'static str,
    /// `article` or `summary`; used in ids and test ids.
    kind: &'static str,
    description: &'static str,
    url: String,
    #[prop(into)] on_json: Callback<()>,
) -> impl IntoView {
    let copied = RwSignal::new(None::<bool>);
    let length = url.chars().count();
    let input_id = format!("share-{kind}-url");
    let length_id = format!("share-{kind}-length");
    let described = format!("{length_id} share-{kind}-description");
    let to_copy = url.clone();
    let copy = move |_| {
        copied.set(None);
        copy_to_clipboard(&to_copy, move |ok| copied.set(Some(ok)));
    };
    let select_all = |ev: leptos::ev::FocusEvent| {
        if let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.select();
        }
    };
    view! {
        <div class="share-link" data-testid="share-link" data-kind=kind>
            <label class="share-label" for=input_id.clone()>{label}</label>
            <p class="share-description" id=format!("share-{kind}-description")>{description}</p>
            <div class="share-row">
                <input id=input_id type="text" readonly class="share-url" data-testid=format!("share-{kind}-url")
                    aria-describedby=described prop:value=url spellcheck="false" on:focus=select_all />
                <button type="button" class="button" data-testid=format!("copy-{kind}-link") on:click=copy>
                    {move || match copied.get() {
                        Some(true) => "Copied",
                        Some(false) => "Copy failed",
                        None => "Copy",
                    }}
                </button>
            </div>
            <p class="share-length" id=length_id data-testid=format!("share-{kind}-length")>
                {format!("{} characters", thousands(length))}
            </p>
            <p class="visually-hidden" role="status" aria-live="polite">
                {move || match copied.get() {
                    Some(true) => format!("{label} copied."),
                    Some(false) => "The browser did not allow copying; select the link and copy it by hand.".to_string(),
                    None => String::new(),
                }}
            </p>
            {(length > LONG_LINK).then(|| view! {
                <div class="share-warning" data-testid=format!("share-{kind}-warning")>
                    <p>
                        {format!(
                            "This link is {} characters long. Browsers, chat programs and mail readers may cut links longer than {} characters; the JSON file is safer to send.",
                            thousands(length),
                            thousands(LONG_LINK),
                        )}
                    </p>
                    <button type="button" class="button" data-testid=format!("share-{kind}-json") on:click=move |_| on_json.run(())>
                        "Download JSON instead"
                    </button>
                </div>
            })}
        </div>
    }
}

/// The Share button and its dialog with the article link and the summary link.
#[component]
pub fn ShareButton(
    /// The summary the page shows.
    #[prop(into)]
    summary: Signal<Summary>,
    /// The text it was made from (empty when the page shows a summary opened from a link).
    #[prop(into)]
    text: Signal<String>,
    /// Called before the links are made, so a pending analysis can catch up first.
    #[prop(into)]
    before_open: Callback<()>,
) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let button = NodeRef::<leptos::html::Button>::new();
    let links = RwSignal::new(None::<ShareLinks>);

    let open = move |_| {
        before_open.run(());
        let made = summary.with(|s| text.with(|t| ShareLinks::new(&page_url(), t, s)));
        links.set(Some(made));
        if let Some(d) = dialog.get() {
            if !d.open() {
                let _ = d.show_modal();
            }
        }
    };
    let close = move || {
        if let Some(d) = dialog.get() {
            if d.open() {
                d.close();
            }
        }
    };
    // fires for the Close button, Esc and a click outside alike
    let on_close = move |_| {
        links.set(None);
        if let Some(b) = button.get() {
            let _ = b.focus();
        }
    };
    // a click on the backdrop lands on the <dialog> itself
    let on_backdrop = move |ev: leptos::ev::MouseEvent| {
        let on_dialog = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| el.tag_name().eq_ignore_ascii_case("dialog"));
        if on_dialog {
            close();
        }
    };
    let json = Callback::new(move |()| {
        download(
            "article-lens-summary.json",
            "application/json",
            &summary.with(Summary::to_json_pretty),
        );
    });

    let body = move || {
        links.get().map(|l| {
            let article = match l.article {
                Some(url) => view! {
                    <LinkRow label="Article link" kind="article" url=url on_json=json
                        description="Carries the article text; opening it runs the analysis again, with highlights." />
                }
                .into_any(),
                None => view! {
                    <div class="share-link" data-testid="share-link" data-kind="article">
                        <p class="share-label">"Article link"</p>
                        <p class="share-description" data-testid="share-article-unavailable">
                            "Not available: there is no article text on this page."
                        </p>
                    </div>
                }
                .into_any(),
            };
            view! {
                {article}
                <LinkRow label="Summary link" kind="summary" url=l.summary on_json=json
                    description="Carries only the actors, quotes and places, not the article text." />
            }
        })
    };

    view! {
        <button type="button" class="button share-button" data-testid="share-button" aria-haspopup="dialog" node_ref=button on:click=open>
            "Share"
        </button>
        <dialog class="share-dialog" data-testid="share-dialog" aria-labelledby="share-title" aria-describedby="share-intro"
            node_ref=dialog on:close=on_close on:click=on_backdrop>
            <div class="share-dialog-inner">
                <div class="share-header">
                    <h2 id="share-title">"Share"</h2>
                    <button type="button" class="button" data-testid="share-close" aria-label="Close the share dialog" on:click=move |_| close()>
                        "Close"
                    </button>
                </div>
                <p id="share-intro" class="share-intro">
                    "Everything is inside the link, after the “#”, which browsers never send to a server."
                </p>
                {body}
            </div>
        </dialog>
    }
}

/// The message shown when the page's link could not be opened. The error is shown as text.
#[component]
pub fn LinkErrorBanner(error: RwSignal<Option<String>>) -> impl IntoView {
    move || {
        error.get().map(|message| {
            view! {
                <div class="banner banner-error" role="alert" data-testid="link-error">
                    <p>
                        <strong>"This link could not be opened: "</strong>
                        <span data-testid="link-error-message">{message}</span>
                        ". The page shows your own text instead."
                    </p>
                    <button type="button" class="button" data-testid="link-error-dismiss" on:click=move |_| error.set(None)>
                        "Dismiss"
                    </button>
                </div>
            }
        })
    }
}

/// The notice above the page while it shows a summary opened from a link.
#[component]
pub fn SummaryOnlyBanner() -> impl IntoView {
    view! {
        <div class="banner banner-info" role="status" data-testid="summary-only-banner">
            <p>{SUMMARY_ONLY}" Type or paste an article to analyse your own text."</p>
        </div>
    }
}

/// What the article view shows for a summary opened from a link.
#[component]
pub fn SummaryOnlyNotice() -> impl IntoView {
    view! {
        <div class="article-view summary-only" data-testid="summary-only-notice" role="note">
            <p>{SUMMARY_ONLY}</p>
            <p>"Mentions cannot be highlighted without the text."</p>
        </div>
    }
}
