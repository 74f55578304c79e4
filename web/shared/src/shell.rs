//! What every app does around its pages: mounting over `index.html`'s
//! skeleton, and the state its frame keeps (the page shown, the
//! organisation's public configuration) with the browser's back and forward.

use latchkey_dto::PublicConfig;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::nav::{self, Page};

/// The organisation's public configuration (name, logo, contact, rules),
/// provided as context by [`frame`]; `None` until it arrives or when it
/// cannot be read.
#[derive(Clone, Copy)]
pub struct Config(pub RwSignal<Option<PublicConfig>>);

/// Replaces `index.html`'s skeleton (in `#app`) with the app, once the
/// page's language catalogue is in (`lang.js` fetched it alongside the WASM).
pub fn mount<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    console_error_panic_hook::set_once();
    // wasm-bindgen's own executor: Leptos's starts with the mount below.
    wasm_bindgen_futures::spawn_local(async move {
        match crate::i18n::load().await {
            Ok(()) => mount_now(app),
            // lang.js shows the reader why: it knows the words in no catalogue.
            Err(error) => web_sys::console::error_2(&"latchkey: no language catalogue".into(), &error),
        }
    });
}

fn mount_now<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    let Some(root) = document.get_element_by_id("app") else { return };
    // index.html paints a skeleton of the same shape while the WASM loads;
    // swapping it in the same task means no frame is drawn in between.
    root.set_inner_html("");
    leptos::mount::mount_to(root.unchecked_into(), app).forget();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-ready", "true");
    }
    if let Some(performance) = window.performance() {
        // Read by the browser tests and the first-render benchmark.
        let _ = performance.mark("latchkey-rendered");
    }
}

/// The app frame's state, made in its root component: the page the address
/// names (following back and forward) and the organisation's public
/// configuration, fetched once. Both are provided as context for the shared
/// widgets ([`nav::Link`], [`crate::notice::ContactAdmin`]).
pub fn frame<R: Page>() -> (RwSignal<R>, RwSignal<Option<PublicConfig>>) {
    let route = RwSignal::new(R::current());
    let config = RwSignal::new(None);
    provide_context(route);
    provide_context(Config(config));
    leptos::task::spawn_local(async move {
        // Without it the app still works: no name in the header, default rules.
        if let Ok(found) = crate::api::public_config().await {
            config.set(Some(found));
        }
    });
    let popstate = window_event_listener(leptos::ev::popstate, move |_| nav::show(route, R::current()));
    on_cleanup(move || popstate.remove());
    (route, config)
}
