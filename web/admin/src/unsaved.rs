//! A warning before unsaved changes are lost: typing in one of the screen's
//! forms marks it; saving (a form's submit) or moving to another screen
//! clears the mark. While marked, following a link asks first, and closing
//! or reloading the tab gets the browser's own "leave site?" question.
//!
//! A submit clears the mark before the server answers: a save the server
//! refuses leaves the form as typed, with its errors, and no warning.

use latchkey_web::i18n::t;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::k;
use crate::route::Route;

/// Watches the console's forms for as long as the app runs.
pub fn watch(route: RwSignal<Route>) {
    let dirty = RwSignal::new(false);
    Effect::new(move || {
        route.track();
        dirty.set(false);
    });
    let Some(window) = web_sys::window() else { return };
    let target = |ev: &web_sys::Event| ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let closest = |el: &web_sys::Element, selector: &str| el.closest(selector).ok().flatten().is_some();
    // A search box, the table's options and the bulk bar are not edits.
    let forms = "main form"; // not words: a CSS selector
    let not_edits = "form[role=search], .bulk, .table-options"; // not words: a CSS selector
    let on_input = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        if let Some(el) = target(&ev)
            && closest(&el, forms)
            && !closest(&el, not_edits)
        {
            dirty.set(true);
        }
    });
    let on_submit = Closure::<dyn Fn(web_sys::Event)>::new(move |_: web_sys::Event| dirty.set(false));
    // In the capture phase, before the app's own handler moves to the link's screen.
    let on_click = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        if !dirty.get_untracked() || !target(&ev).is_some_and(|el| closest(&el, "a[href]")) {
            return;
        }
        let leave = web_sys::window()
            .and_then(|w| w.confirm_with_message(t(k::UNSAVED_QUESTION)).ok())
            .unwrap_or(true);
        if leave {
            dirty.set(false);
        } else {
            ev.prevent_default();
            ev.stop_immediate_propagation();
        }
    });
    let on_unload = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        if dirty.get_untracked() {
            ev.prevent_default();
        }
    });
    for (name, listener, capture) in [
        ("input", on_input, false),
        ("submit", on_submit, true),
        ("click", on_click, true),
        ("beforeunload", on_unload, false),
    ] {
        let _ = window.add_event_listener_with_callback_and_bool(
            name,
            listener.as_ref().unchecked_ref(),
            capture,
        );
        // Listens for the app's whole life.
        listener.forget();
    }
}
