//! Long texts analysed off the page's main thread, so typing and clicking stay fluid.
//!
//! A dedicated module worker (`assets/worker.js`) runs the very wasm-bindgen module the page
//! runs: it gets the compiled module the page keeps (`articleLensWasm`, set by
//! `assets/boot.js`), else its URLs from the `<script data-js data-wasm>` tag that started the
//! page. The page starts it as soon as the app is on screen ([`prepare`]), so a long text
//! pasted later waits for no start-up. It answers each `{id, text}` with `{id, json, ms}`: the
//! summary from [`analyze_json`](super::analyze_json) and the time the analysis took. Only
//! the latest request counts: a newer text ends a worker still busy with an older one (and a
//! fresh one starts), and answers to older requests are dropped.
//!
//! Once a worker has loaded, the page's root element carries `data-worker="ready"`.
//!
//! Where no worker can run (no such script tag, as in the component tests, or the worker fails
//! to load) the text is analysed on the page instead, once the browser has painted the
//! "Analysing…" state.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use gloo_events::{EventListener, EventListenerOptions};
use leptos::prelude::{request_animation_frame, set_timeout};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys::{Object, Reflect};
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

use super::{summarise, Analysis};
use crate::Summary;

/// Who hears about background analyses (the paste area).
pub struct Watcher {
    /// `true` when a long text starts being analysed, `false` once it is done or dropped.
    pub busy: Box<dyn Fn(bool)>,
    /// A summary is ready: the next [`Analysis::of`] call with its text returns it.
    pub ready: Box<dyn Fn()>,
}

/// Identifies a [`watch`] registration, to end it with [`unwatch`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WatchId(u64);

/// The text being analysed.
struct Job {
    id: u64,
    text: String,
    started: f64,
}

/// The worker with its event handlers, which live as long as it does.
struct Thread {
    worker: Worker,
    busy: bool,
    _on_message: EventListener,
    _on_error: EventListener,
}

impl Drop for Thread {
    fn drop(&mut self) {
        // the listeners are removed when their fields drop, right after this
        self.worker.terminate();
    }
}

#[derive(Default)]
struct State {
    last_id: u64,
    job: Option<Job>,
    ready: Option<Analysis>,
    thread: Option<Thread>,
    /// Set once a worker could not be started: from then on texts are analysed on the page.
    no_worker: bool,
    watcher: Option<(WatchId, Rc<Watcher>)>,
    /// How long the last background analysis took, in milliseconds.
    last_ms: Option<f64>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

fn watcher() -> Option<Rc<Watcher>> {
    STATE.with(|s| s.borrow().watcher.as_ref().map(|(_, w)| w.clone()))
}

/// Registers the one watcher (a later registration replaces an earlier one).
pub fn watch(watcher: Watcher) -> WatchId {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.last_id += 1;
        let id = WatchId(s.last_id);
        s.watcher = Some((id, Rc::new(watcher)));
        id
    })
}

/// Ends a registration, unless a later one replaced it already.
pub fn unwatch(id: WatchId) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        if s.watcher.as_ref().is_some_and(|(w, _)| *w == id) {
            s.watcher = None;
        }
    });
}

/// Whether a text is being analysed in the background.
pub fn is_busy() -> bool {
    STATE.with(|s| s.borrow().job.is_some())
}

/// How long the last background analysis took (milliseconds), once there was one.
pub fn last_duration_ms() -> Option<f64> {
    STATE.with(|s| s.borrow().last_ms)
}

/// The finished analysis of `text`, if that is what the background produced last.
pub(super) fn take(text: &str) -> Option<Analysis> {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        if s.ready.as_ref().is_some_and(|a| a.text == text) {
            s.ready.take()
        } else {
            None
        }
    })
}

/// Drops whatever is being analysed: a newer text made it stale.
pub(super) fn cancel() {
    let was_busy = STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.ready = None;
        let busy = s.job.take().is_some();
        if s.thread.as_ref().is_some_and(|t| t.busy) {
            s.thread = None;
        }
        busy
    });
    if was_busy {
        if let Some(w) = watcher() {
            (w.busy)(false);
        }
    }
}

/// Starts the worker ahead of need (at start-up, and while the pause after typing lasts), so
/// that a long text waits for no loading. Does nothing when a worker runs already or none can.
pub fn prepare() {
    STATE.with(|s| ensure_thread(&mut s.borrow_mut()));
}

/// Starts a worker when none runs, unless none can.
fn ensure_thread(s: &mut State) {
    if s.thread.is_none() && !s.no_worker {
        match spawn() {
            Ok(thread) => s.thread = Some(thread),
            Err(_) => s.no_worker = true,
        }
    }
}

/// Starts analysing `text` in the background, unless that is under way already. The page
/// calls it as soon as a long text is pasted, before it saves the draft or redraws anything,
/// so that the worker starts at once; [`Analysis::of`] then finds the job under way.
pub fn start(text: String) {
    let started = STATE.with(|s| {
        let mut s = s.borrow_mut();
        if s.job.as_ref().is_some_and(|j| j.text == text) {
            return None;
        }
        s.ready = None;
        s.last_id += 1;
        let id = s.last_id;
        let message = (!s.no_worker).then(|| request(id, &text));
        s.job = Some(Job {
            id,
            text,
            started: now(),
        });
        if let Some(message) = message {
            // A worker still busy with an older text is ended rather than waited for.
            if s.thread.as_ref().is_some_and(|t| t.busy) {
                s.thread = None;
            }
            ensure_thread(&mut s);
            if let Some(thread) = s.thread.as_mut() {
                match thread.worker.post_message(&message) {
                    Ok(()) => thread.busy = true,
                    Err(_) => {
                        s.thread = None;
                        s.no_worker = true;
                    }
                }
            }
        }
        Some((id, s.no_worker))
    });
    let Some((id, on_page)) = started else { return };
    if let Some(w) = watcher() {
        (w.busy)(true);
    }
    if on_page {
        analyse_on_page(id);
    }
}

/// `{id, text}` for the worker.
fn request(id: u64, text: &str) -> JsValue {
    let message = Object::new();
    let _ = Reflect::set(&message, &"id".into(), &JsValue::from_f64(id as f64));
    let _ = Reflect::set(&message, &"text".into(), &JsValue::from_str(text));
    message.into()
}

/// Starts the worker and hands it the URLs of the page's wasm-bindgen module.
fn spawn() -> Result<Thread, JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let tag = document
        .query_selector("script[data-js][data-wasm]")?
        .ok_or("no app script tag")?;
    let base = document.base_uri()?.ok_or("no base URL")?;
    let url = |relative: &str| web_sys::Url::new_with_base(relative, &base).map(|u| u.href());
    let js = url(&tag.get_attribute("data-js").unwrap_or_default())?;
    let wasm = url(&tag.get_attribute("data-wasm").unwrap_or_default())?;

    if let Some(root) = document.document_element() {
        let _ = root.remove_attribute("data-worker");
    }
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(&url("worker.js")?, &options)?;
    let on_message = EventListener::new(&worker, "message", |e| {
        if let Some(e) = e.dyn_ref::<MessageEvent>() {
            answered(e.data());
        }
    });
    let on_error = EventListener::new_with_options(
        &worker,
        "error",
        EventListenerOptions::enable_prevent_default(),
        |e| {
            e.prevent_default();
            worker_failed();
        },
    );

    let init = Object::new();
    Reflect::set(&init, &"init".into(), &JsValue::TRUE)?;
    Reflect::set(&init, &"js".into(), &js.into())?;
    Reflect::set(&init, &"wasm".into(), &wasm.into())?;
    let module = Reflect::get(&web_sys::js_sys::global(), &"articleLensWasm".into())?;
    if module.is_instance_of::<web_sys::js_sys::WebAssembly::Module>() {
        Reflect::set(&init, &"module".into(), &module)?;
    }
    Reflect::set(&init, &"warm".into(), &super::SAMPLE_TEXT.into())?;
    worker.post_message(&init)?;
    Ok(Thread {
        worker,
        busy: false,
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// An answer from the worker: `{ready}` once loaded, `{id, json, ms}`, or `{id?, failed}` when
/// it could not analyse.
fn answered(data: JsValue) {
    let field = |name: &str| Reflect::get(&data, &name.into()).unwrap_or(JsValue::UNDEFINED);
    if !field("failed").is_undefined() {
        worker_failed();
        return;
    }
    if field("ready").is_truthy() {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("data-worker", "ready");
        }
        return;
    }
    let Some(id) = field("id").as_f64().map(|id| id as u64) else {
        return;
    };
    let Some(json) = field("json").as_string() else {
        return;
    };
    let current = STATE.with(|s| {
        let mut s = s.borrow_mut();
        if s.job.as_ref().is_some_and(|j| j.id == id) {
            if let Some(thread) = s.thread.as_mut() {
                thread.busy = false;
            }
            true
        } else {
            false
        }
    });
    if !current {
        return; // an answer for a text that changed since
    }
    match serde_json::from_str::<Summary>(&json) {
        // Drawn in a task of its own: reading a long text's summary and drawing it are two
        // shorter tasks rather than one long one, so clicks wait less.
        Ok(summary) => {
            let ms = field("ms").as_f64();
            set_timeout(move || finish(id, summary, ms), Duration::ZERO);
        }
        Err(_) => worker_failed(),
    }
}

/// The worker could not start or answer: analyse on the page from now on.
fn worker_failed() {
    let pending = STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.no_worker = true;
        s.thread = None;
        s.job.as_ref().map(|j| j.id)
    });
    if let Some(id) = pending {
        analyse_on_page(id);
    }
}

/// Analyses job `id` on the page, after the browser had a chance to paint the busy state.
fn analyse_on_page(id: u64) {
    let run = move || {
        let summary = STATE.with(|s| {
            let s = s.borrow();
            let job = s.job.as_ref().filter(|j| j.id == id)?;
            let started = now();
            Some((summarise(&job.text), now() - started))
        });
        if let Some((summary, ms)) = summary {
            finish(id, summary, Some(ms));
        }
    };
    request_animation_frame(move || set_timeout(run, Duration::ZERO));
    // Animation frames wait while the page is hidden; this runs it then too (only once).
    set_timeout(run, Duration::from_millis(100));
}

/// Job `id` is done: keep its analysis for [`take`] and tell the watcher.
fn finish(id: u64, summary: Summary, ms: Option<f64>) {
    let done = STATE.with(|s| {
        let mut s = s.borrow_mut();
        let job = s.job.take_if(|j| j.id == id)?;
        s.last_ms = ms.or(Some(now() - job.started));
        s.ready = Some(Analysis {
            text: job.text,
            summary,
        });
        Some(())
    });
    if done.is_some() {
        if let Some(w) = watcher() {
            (w.busy)(false);
            (w.ready)();
        }
    }
}
