//! Latchkey's admin console: administrators and the help desk find users,
//! reset and unlock them, manage groups, import people and set every policy.
//! A separate app (and bundle) from the user portal: users never download it.

mod api;
mod app;
mod pages;
mod route;
mod ui;

use wasm_bindgen::JsCast;

/// Replaces index.html's skeleton with the console.
pub fn start() {
    console_error_panic_hook::set_once();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(root) = document.get_element_by_id("app") else { return };
    // The skeleton and the app swap in one task, so no frame shows neither.
    root.set_inner_html("");
    leptos::mount::mount_to(root.unchecked_into(), app::App).forget();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-ready", "true");
    }
}
