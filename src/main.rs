//! `article-lens`: the command line natively, the web app in WebAssembly.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(article_lens::cli::run(&args));
}

#[cfg(target_arch = "wasm32")]
fn main() {
    // The background worker (assets/worker.js) loads this same module only to analyse long
    // texts: there is no window to mount the app in.
    if web_sys::window().is_some() {
        article_lens::app::mount();
    }
}
