//! `article-lens`: the command line natively, the web app in WebAssembly.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(article_lens::cli::run(&args));
}

#[cfg(target_arch = "wasm32")]
fn main() {
    article_lens::app::mount();
}
