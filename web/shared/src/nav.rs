//! Moving between an app's pages with the history API: the address, the
//! tab's title and where keyboard and screen-reader focus lands.

use wasm_bindgen::JsValue;

/// Records `path` in the history (the back button returns to the page before).
pub fn push(path: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(path));
    }
}

/// Once the new page is in the DOM: names the tab after its heading
/// (`"<heading> · <suffix>"`) and moves focus to it.
pub fn focus_heading(suffix: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        let Some(heading) = doc.get_element_by_id("page-title") else { return };
        if let Some(title) = heading.text_content() {
            doc.set_title(&format!("{title} · {suffix}"));
        }
        if let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading) {
            let _ = heading.focus();
        }
    });
}
