//! Latchkey's admin console: administrators and the help desk find users,
//! reset and unlock them, manage groups, import people and set every policy.
//! A separate app (and bundle) from the user portal: users never download it.

mod api;
mod app;
mod pages;
mod route;
mod ui;
mod unsaved;

/// The keys of this app's own catalogue (`i18n/en/*.ftl`); the shared
/// widgets' are `latchkey_web::i18n::k`.
pub(crate) mod k {
    include!(concat!(env!("OUT_DIR"), "/keys.rs"));
}

/// Replaces index.html's skeleton with the console.
pub fn start() {
    latchkey_web::shell::mount(app::App);
}
