//! The calls both apps make: the organisation's public configuration, the
//! two steps of signing in, and keeping a session going across reloads.

use latchkey_dto::{PublicConfig, SecondFactorRequest, SessionApp, SignInRequest, SignInResponse};
use leptos::prelude::set_timeout;

use crate::http::{ApiError, Body, json, send, send_body};

pub async fn public_config() -> Result<PublicConfig, ApiError> {
    json(send::<()>("GET", "/v1/config/public", None, None).await?)
}

pub async fn sign_in(body: &SignInRequest) -> Result<SignInResponse, ApiError> {
    json(send("POST", "/v1/sessions", Some(body), None).await?)
}

/// The sign-in's second step, with the password step's `token`: the
/// authenticator's code (or a recovery code).
pub async fn second_factor(token: &str, code: String) -> Result<SignInResponse, ApiError> {
    let body = SecondFactorRequest { code: code.into() };
    json(send("POST", "/v1/sessions/authenticator", Some(&body), Some(token)).await?)
}

/// A new token from the app's refresh cookie, which the browser sends and
/// the page never sees (`HttpOnly`); the answer replaces the cookie.
pub async fn refresh(app: SessionApp) -> Result<SignInResponse, ApiError> {
    // Written out rather than serialised: one more request body type would
    // compile the whole request path again, and the console has no room.
    let text = match app {
        SessionApp::Portal => r#"{"app":"portal"}"#,
        SessionApp::Console => r#"{"app":"console"}"#,
    };
    let body: Body<()> = Body::Text { content_type: "application/json", text };
    json(send_body("POST", "/v1/sessions/current/refresh", body, None).await?)
}

/// Signs out everywhere: the server ends the refresh cookie's sign-in, in
/// every tab, and clears it. A failure changes nothing on the page, which
/// forgets its token either way.
pub async fn sign_out(app: SessionApp) {
    let path = match app {
        SessionApp::Portal => "/v1/sessions/current?app=portal",
        SessionApp::Console => "/v1/sessions/current?app=console",
    };
    let _ = send::<()>("DELETE", path, None, None).await;
}

/// Refreshes `app`'s session a minute before a token that expires at
/// `expires_at` (in milliseconds since the epoch) does, then hands the
/// answer to `done`.
pub fn refresh_before(
    app: SessionApp,
    expires_at: i64,
    done: impl FnOnce(Result<SignInResponse, ApiError>) + 'static,
) {
    let wait = (expires_at - js_sys::Date::now() as i64 - 60_000).max(5_000);
    let run = move || leptos::task::spawn_local(async move { done(refresh(app).await) });
    set_timeout(run, std::time::Duration::from_millis(wait.unsigned_abs()));
}

/// Stores `lang` as the signed-in user's own language (`PATCH /v1/me`):
/// their messages and, on any device they sign in on, both apps follow it.
pub async fn set_my_language(token: &str, lang: crate::i18n::Lang) -> Result<(), ApiError> {
    // Written out, as the refresh's body is: no request type to compile in.
    let text = format!(r#"{{"language":"{}"}}"#, lang.tag());
    let body: Body<()> = Body::Text { content_type: "application/json", text: &text };
    send_body("PATCH", "/v1/me", body, Some(token)).await.map(drop)
}

#[derive(serde::Deserialize)]
struct StoredLanguage {
    language: Option<String>,
}

/// After sign-in: when the user has a language of their own and the page is
/// in another, the page reloads in theirs ([`crate::i18n::follow`]).
pub fn follow_stored_language(token: String) {
    leptos::task::spawn_local(async move {
        let stored = match send::<()>("GET", "/v1/me", None, Some(&token)).await {
            Ok(text) => json::<StoredLanguage>(text).ok().and_then(|s| s.language),
            Err(_) => None,
        };
        crate::i18n::follow(stored.as_deref());
    });
}

/// The reader chose `lang`: stored on their record when signed in (`token`),
/// then the page shows it. A failure to store still shows it on this device.
pub fn choose_language(token: Option<String>, lang: crate::i18n::Lang) {
    leptos::task::spawn_local(async move {
        if let Some(token) = token {
            let _ = set_my_language(&token, lang).await;
        }
        crate::i18n::choose(lang);
    });
}
