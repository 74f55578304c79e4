//! Latchkey's user portal: sign in, change, reset and unlock, in the browser.
//! The pages live here, where they can be tested; `main.rs` only mounts them.

mod api;
mod app;
mod components;
mod messages;
mod pages;
mod route;

/// The keys of this app's own catalogue (`i18n/en/*.ftl`); the shared
/// widgets' are `latchkey_web::i18n::k`.
pub(crate) mod k {
    include!(concat!(env!("OUT_DIR"), "/keys.rs"));
}

/// Replaces index.html's skeleton with the portal.
pub fn start() {
    latchkey_web::shell::mount(app::App);
}
