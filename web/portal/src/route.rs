//! The portal's pages and the browser history that moves between them.

use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    SignIn,
    Account,
    Change,
    Reset,
    Unlock,
    Register,
    Authenticator,
    Invite,
    NotFound,
}

impl Route {
    pub fn from_path(path: &str) -> Route {
        match path.trim_end_matches('/') {
            "" | "/signin" => Route::SignIn,
            "/account" => Route::Account,
            "/change" => Route::Change,
            "/reset" => Route::Reset,
            "/unlock" => Route::Unlock,
            "/register" => Route::Register,
            "/authenticator" => Route::Authenticator,
            "/invite" => Route::Invite,
            _ => Route::NotFound,
        }
    }

    pub fn path(self) -> &'static str {
        match self {
            Route::SignIn | Route::NotFound => "/",
            Route::Account => "/account",
            Route::Change => "/change",
            Route::Reset => "/reset",
            Route::Unlock => "/unlock",
            Route::Register => "/register",
            Route::Authenticator => "/authenticator",
            Route::Invite => "/invite",
        }
    }

    pub fn current() -> Route {
        let path = web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
        Route::from_path(&path)
    }
}

/// Shows `route`, records it in the history, names the tab after it and moves
/// keyboard and screen-reader focus to the new page's heading.
pub fn go(current: RwSignal<Route>, route: Route) {
    latchkey_web::nav::push(route.path());
    show(current, route);
}

/// Shows `route` without a history entry (back/forward, first load).
pub fn show(current: RwSignal<Route>, route: Route) {
    current.set(route);
    focus_heading();
}

/// Focuses the page heading once the new page is in the DOM.
pub fn focus_heading() {
    latchkey_web::nav::focus_heading("Latchkey");
}
