//! State shared by the components: the analysed text (long texts analysed in a background
//! worker, see [`background`]), what the reader picked, which kinds of quotes the Quotes panel
//! shows, and the saved draft in `localStorage`.

use leptos::prelude::*;

use crate::{Quote, QuoteKind, Summary};

/// The article shown on a first visit, embedded so the page needs no request for it.
pub const SAMPLE_TEXT: &str = include_str!("../../assets/sample.txt");

/// Where [`SAMPLE_TEXT`] comes from and under which licence.
pub const SAMPLE_ATTRIBUTION: &str = include_str!("../../assets/sample-attribution.txt");

/// Texts of at least this many bytes are analysed in a background worker, so the page keeps
/// answering while a long article is analysed. Shorter ones (a news article is a few
/// kilobytes) are analysed at once, which takes a few milliseconds.
pub const BACKGROUND_FROM: usize = 64 * 1024;

/// A text together with its summary, so the article view never pairs a summary with the
/// wrong text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Analysis {
    pub text: String,
    pub summary: Summary,
}

impl Analysis {
    /// The analysis of `text`, the one entry from the web app to the analysis core.
    ///
    /// A short text is analysed at once. A long one (from [`BACKGROUND_FROM`] bytes) is
    /// analysed in the background instead ([`background`]): until its summary is ready this
    /// returns the last finished analysis, whose text differs from `text`, so the page shows
    /// the text as still being analysed. Once the summary is ready, the watcher registered
    /// with [`background::watch`] is told, and the next call with the same text returns it.
    pub fn of(text: String) -> Self {
        if text.len() < BACKGROUND_FROM {
            background::cancel();
            let summary = summarise(&text);
            return remember(Analysis { text, summary });
        }
        match background::take(&text) {
            Some(done) => remember(done),
            None => {
                background::start(text);
                LAST.with(|last| last.borrow().clone())
            }
        }
    }
}

thread_local! {
    /// The last analysis [`Analysis::of`] finished, shown while a long text is analysed.
    static LAST: std::cell::RefCell<Analysis> = std::cell::RefCell::new(Analysis::default());
}

fn remember(analysis: Analysis) -> Analysis {
    LAST.with(|last| *last.borrow_mut() = analysis.clone());
    analysis
}

/// The only call to the analysis core in the web app, whether on the page or in the worker.
fn summarise(text: &str) -> Summary {
    crate::analyze(text)
}

/// The summary of `text` as JSON (schema `article-lens/summary@1`). The background worker
/// (`assets/worker.js`) loads this same module and calls it.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn analyze_json(text: &str) -> String {
    serde_json::to_string(&summarise(text)).unwrap_or_default()
}

pub mod background;

/// The actor, place or quote the reader picked in a panel (ids are unique across kinds:
/// `a…`, `p…`, `q…`). Its marks in the article view are highlighted.
#[derive(Debug, Clone, Copy)]
pub struct Selection {
    current: RwSignal<Option<String>>,
}

impl Default for Selection {
    fn default() -> Self {
        Self::new()
    }
}

impl Selection {
    pub fn new() -> Self {
        Selection {
            current: RwSignal::new(None),
        }
    }

    /// The picked id (tracked).
    pub fn get(&self) -> Option<String> {
        self.current.get()
    }

    /// The picked id, untracked.
    pub fn current_untracked(&self) -> Option<String> {
        self.current.get_untracked()
    }

    /// Whether `id` is the picked one (tracked).
    pub fn is(&self, id: &str) -> bool {
        self.current.with(|c| c.as_deref() == Some(id))
    }

    /// Picks `id`.
    pub fn select(&self, id: &str) {
        if !self.current.with_untracked(|c| c.as_deref() == Some(id)) {
            self.current.set(Some(id.to_string()));
        }
    }

    /// Picks `id`, or un-picks it when it already is. Returns whether it is now picked.
    pub fn toggle(&self, id: &str) -> bool {
        if self.current.with_untracked(|c| c.as_deref() == Some(id)) {
            self.current.set(None);
            false
        } else {
            self.current.set(Some(id.to_string()));
            true
        }
    }

    /// `aria-pressed` of the panel item `id` ("true" or "false", tracked).
    pub fn pressed(self, id: String) -> impl Fn() -> String + Send + Sync + 'static {
        move || self.is(&id).to_string()
    }

    /// What pressing the panel item `id` does: picks it (or un-picks it) and scrolls its
    /// first mark in the article into view.
    pub fn press(self, id: String) -> impl Fn(leptos::ev::MouseEvent) + 'static {
        move |_| {
            if self.toggle(&id) {
                super::article::reveal(&id);
            }
        }
    }

    /// Un-picks whatever is picked.
    pub fn clear(&self) {
        if self.current.with_untracked(Option::is_some) {
            self.current.set(None);
        }
    }
}

/// Which quotes the Quotes panel lists: all of them, only quotations (direct and partial: the
/// speaker's words in quotation marks) or only reported statements (kind `indirect`: the
/// reporter's words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QuoteFilter {
    #[default]
    All,
    Direct,
    Reported,
}

impl QuoteFilter {
    /// Every choice, in the order the panel offers them.
    pub const CHOICES: [QuoteFilter; 3] =
        [QuoteFilter::All, QuoteFilter::Direct, QuoteFilter::Reported];

    /// Whether `quote` is listed under this choice.
    pub fn keeps(self, quote: &Quote) -> bool {
        let reported = quote.kind == QuoteKind::Indirect;
        match self {
            QuoteFilter::All => true,
            QuoteFilter::Direct => !reported,
            QuoteFilter::Reported => reported,
        }
    }

    /// The quotes of `quotes` listed under this choice, in their order.
    pub fn apply(self, quotes: &[Quote]) -> Vec<Quote> {
        quotes.iter().filter(|q| self.keeps(q)).cloned().collect()
    }

    /// How many of `quotes` are listed under this choice.
    pub fn count(self, quotes: &[Quote]) -> usize {
        quotes.iter().filter(|q| self.keeps(q)).count()
    }

    /// The word on the control.
    pub fn label(self) -> &'static str {
        match self {
            QuoteFilter::All => "All",
            QuoteFilter::Direct => "Direct",
            QuoteFilter::Reported => "Reported",
        }
    }

    /// The value of its radio button (also in test ids).
    pub fn value(self) -> &'static str {
        match self {
            QuoteFilter::All => "all",
            QuoteFilter::Direct => "direct",
            QuoteFilter::Reported => "reported",
        }
    }

    /// What the panel says when nothing is listed under this choice.
    pub fn empty_note(self) -> &'static str {
        match self {
            QuoteFilter::All => "No quotes found yet.",
            QuoteFilter::Direct => "No direct quotes here.",
            QuoteFilter::Reported => "No reported statements here.",
        }
    }
}

/// Makes the Escape key un-pick whatever is picked, for as long as the calling component lives.
pub fn clear_on_escape(selection: Selection) {
    let handle = window_event_listener(leptos::ev::keydown, move |e| {
        if e.key() == "Escape" {
            selection.clear();
        }
    });
    on_cleanup(move || handle.remove());
}

/// The reader's text, kept in `localStorage` between visits (as a JSON string; a draft saved
/// as plain text by an earlier version still loads). Every function quietly does nothing when
/// storage is unavailable (private mode, disabled cookies).
///
/// A long text (from [`super::BACKGROUND_FROM`] bytes) is written a moment after its last
/// change ([`SAVE_LONG_AFTER`]) rather than at once: writing a megabyte keeps the page busy for
/// tens of milliseconds, which neither a paste nor each key typed into a long text should wait
/// for. A pending write is done at once when the page is hidden or left ([`flush`]).
pub mod draft {
    use std::cell::RefCell;
    use std::time::Duration;

    use gloo_storage::{LocalStorage, Storage};
    use leptos::prelude::{set_timeout_with_handle, TimeoutHandle};

    const KEY: &str = "article-lens.text";

    /// How long a long text must stay unchanged before it is written.
    pub const SAVE_LONG_AFTER: Duration = Duration::from_millis(1000);

    thread_local! {
        /// A long text waiting to be written, with the timer that writes it.
        static PENDING: RefCell<Option<(String, TimeoutHandle)>> = const { RefCell::new(None) };
    }

    /// gloo's storage throws where the browser refuses `localStorage`: ask first.
    fn available() -> bool {
        web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
    }

    /// The saved text, `None` when nothing was saved (a first visit, or after Clear).
    pub fn load() -> Option<String> {
        flush();
        if !available() {
            return None;
        }
        LocalStorage::get::<String>(KEY)
            .ok()
            .or_else(|| LocalStorage::raw().get_item(KEY).ok().flatten())
    }

    /// Saves `text`: at once when it is short, after [`SAVE_LONG_AFTER`] when it is long.
    pub fn save(text: &str) {
        if text.len() < super::BACKGROUND_FROM {
            cancel();
            write(text);
            return;
        }
        let timer = set_timeout_with_handle(flush, SAVE_LONG_AFTER);
        let previous = PENDING.with(|p| {
            let mut p = p.borrow_mut();
            let previous = p.take().map(|(_, handle)| handle);
            match timer {
                Ok(handle) => *p = Some((text.to_string(), handle)),
                Err(_) => write(text),
            }
            previous
        });
        if let Some(handle) = previous {
            handle.clear();
        }
    }

    /// Writes a pending long text now (also from the panic hook: a write under way is left).
    pub fn flush() {
        let pending = PENDING.with(|p| p.try_borrow_mut().ok().and_then(|mut p| p.take()));
        if let Some((text, handle)) = pending {
            handle.clear();
            write(&text);
        }
    }

    pub fn forget() {
        cancel();
        if available() {
            LocalStorage::delete(KEY);
        }
    }

    /// Drops a pending write.
    fn cancel() {
        if let Some((_, handle)) = PENDING.with(|p| p.borrow_mut().take()) {
            handle.clear();
        }
    }

    fn write(text: &str) {
        if available() {
            let _ = LocalStorage::set(KEY, text);
        }
    }
}

/// "1 quote", "3 quotes".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}
