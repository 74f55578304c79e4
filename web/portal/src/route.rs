//! The portal's pages and their addresses.

use latchkey_web::nav::Page;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    SignIn,
    Account,
    Change,
    Reset,
    Unlock,
    Register,
    /// A registration campaign asks: set up password reset now, or later.
    Nudge,
    Authenticator,
    Invite,
    /// "This wasn't me": a security notice's link, or the lockdown just made.
    Report,
    /// Signing in with a Temporary Access Pass, then setting up the account.
    AccessPass,
    NotFound,
}

impl Page for Route {
    fn site() -> &'static str {
        "Latchkey" // not words: the product's name, after each tab's title
    }

    fn from_path(path: &str) -> Route {
        match path.trim_end_matches('/') {
            "" | "/signin" => Route::SignIn,
            "/account" => Route::Account,
            "/change" => Route::Change,
            "/reset" => Route::Reset,
            "/unlock" => Route::Unlock,
            "/register" => Route::Register,
            "/setup" => Route::Nudge,
            "/authenticator" => Route::Authenticator,
            "/invite" => Route::Invite,
            "/report" => Route::Report,
            "/access-pass" => Route::AccessPass,
            _ => Route::NotFound,
        }
    }

    fn path(&self) -> String {
        match self {
            Route::SignIn | Route::NotFound => "/",
            Route::Account => "/account",
            Route::Change => "/change",
            Route::Reset => "/reset",
            Route::Unlock => "/unlock",
            Route::Register => "/register",
            Route::Nudge => "/setup",
            Route::Authenticator => "/authenticator",
            Route::Invite => "/invite",
            Route::Report => "/report",
            Route::AccessPass => "/access-pass",
        }
        .to_owned()
    }
}
