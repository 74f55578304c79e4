//! Latchkey's user portal: sign in, change, reset and unlock, in the browser.
//! The pages live here, where they can be tested; `main.rs` only mounts them.

mod api;
mod app;
mod components;
mod messages;
mod pages;
mod route;

/// Replaces index.html's skeleton with the portal.
pub fn start() {
    latchkey_web::shell::mount(app::App);
}
