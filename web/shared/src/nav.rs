//! Moving between an app's pages with the history API: the address, the
//! tab's title and where keyboard and screen-reader focus lands, and the
//! in-app link that does all three.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// An app's pages, as its router and the shared widgets need them. Each app
/// has one such type; the signal of the page it shows is provided as context
/// (`RwSignal<Self>`, by [`crate::shell::frame`]) so a [`Link`] can move it.
pub trait Page: Clone + PartialEq + Send + Sync + 'static {
    /// What follows the page's heading in the tab's title ("Latchkey admin"),
    /// in the page's language.
    fn site() -> &'static str;

    /// The page at an address path (`/admin/users/ab%40c`); unknown ones are
    /// the app's "not found" page.
    fn from_path(path: &str) -> Self;

    /// This page's address path, with data percent-encoded.
    fn path(&self) -> String;

    /// The page the browser's address names now.
    fn current() -> Self {
        let path = web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
        Self::from_path(&path)
    }
}

/// Shows `to`, records it in the history, names the tab after it and moves
/// keyboard and screen-reader focus to the new page's heading.
///
/// The page changes once the code that asked for it has run to its end: a
/// handler that navigates and then updates its own page's state (a busy
/// flag, say) does so while that page is still there — a page whose code
/// arrived in a chunk of its own is disposed at once when the page changes.
pub fn go<R: Page>(current: RwSignal<R>, to: R) {
    push(&to.path());
    leptos::prelude::queue_microtask(move || show(current, to));
}

/// Shows `to` without a history entry (back/forward, first load).
pub fn show<R: Page>(current: RwSignal<R>, to: R) {
    current.set(to);
    focus_heading(R::site());
}

/// Records `path` in the history (the back button returns to the page before).
pub fn push(path: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(path));
    }
}

/// Once the new page is in the DOM: names the tab after its heading
/// (`"<heading> · <suffix>"`) and moves focus to it.
pub fn focus_heading(suffix: &'static str) {
    title_from_heading(suffix, true);
}

/// Names the tab after a page's heading once what it waited for has come
/// (`"<heading> · <suffix>"`), leaving focus where it is.
pub fn name_tab(suffix: &'static str) {
    title_from_heading(suffix, false);
}

/// Names the tab `"<title> · <suffix>"` now, from words the page already
/// has (when its heading may not be on the page yet).
pub fn name_tab_as(title: &str, suffix: &'static str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(&format!("{title} · {suffix}"));
    }
}

fn title_from_heading(suffix: &'static str, focus: bool) {
    heading_when_drawn(suffix, focus, 0);
}

/// A page whose code is still arriving (its first visit fetches its chunk)
/// has no heading yet: look again each frame, for up to about 5 seconds.
fn heading_when_drawn(suffix: &'static str, focus: bool, frames: u32) {
    request_animation_frame(move || {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        let Some(heading) = doc.get_element_by_id("page-title") else {
            if frames < 300 {
                heading_when_drawn(suffix, focus, frames + 1);
            }
            return;
        };
        if let Some(title) = heading.text_content() {
            name_tab_as(&title, suffix);
        }
        if focus && let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading) {
            let _ = heading.focus();
        }
    });
}

/// A link that moves inside the app without reloading it.
#[component]
pub fn Link<R: Page>(
    /// The page it opens.
    to: R,
    children: Children,
    /// Marks the page being shown (`aria-current="page"`), for navigation lists.
    #[prop(optional)]
    current: bool,
) -> impl IntoView {
    let here = expect_context::<RwSignal<R>>();
    view! {
        <a
            href=to.path()
            aria-current=current.then_some("page")
            on:click=move |ev: leptos::ev::MouseEvent| {
                // Let the browser handle "open in new tab" and friends.
                if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                    return;
                }
                ev.prevent_default();
                go(here, to.clone());
            }
        >
            {children()}
        </a>
    }
}

/// A page that only says something and points one way on ("Page not
/// found", "Sign in first").
#[component]
pub fn DeadEnd<R: Page>(
    /// The page's heading.
    title: &'static str,
    /// What happened, in a sentence or two.
    body: &'static str,
    /// Where to go instead.
    to: R,
    /// The link's words ("Go to sign in").
    link: &'static str,
) -> impl IntoView {
    view! {
        <section class="card">
            <h1 id="page-title" tabindex="-1">{title}</h1>
            <p>{body}</p>
            <p><Link to=to>{link}</Link></p>
        </section>
    }
}
