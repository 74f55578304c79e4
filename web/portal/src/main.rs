//! Latchkey's user portal: sign in, change, reset and unlock, in the browser.

mod api;
mod app;
mod components;
mod messages;
mod pages;
mod route;

use wasm_bindgen::JsCast;

fn main() {
    console_error_panic_hook::set_once();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(root) = document.get_element_by_id("app") else { return };
    // index.html paints a skeleton of the same shape while the WASM loads;
    // swapping it in the same task means no frame is drawn in between.
    root.set_inner_html("");
    leptos::mount::mount_to(root.unchecked_into(), app::App).forget();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-ready", "true");
    }
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        // Read by the browser tests and the first-render benchmark.
        let _ = performance.mark("latchkey-rendered");
    }
}
