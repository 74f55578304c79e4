//! `POST /v1/sessions/current/refresh`: restore a web app's session from its
//! refresh cookie; `DELETE /v1/sessions/current`: sign out of it.
//!
//! The cookie is `HttpOnly` (no script on the page reads it), `Secure`,
//! `SameSite=Strict` and sent only to `/v1/sessions/current…`; each app has
//! its own. The refresh takes a JSON body, so a cross-site form cannot send
//! it (a JSON request from another origin needs a CORS preflight, which the
//! API never grants) even where `SameSite` is not enforced.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{AppendHeaders, IntoResponse, Response};
use latchkey_core::model::sessions::{RefreshCredential, SessionApp};
use latchkey_dto::{RefreshRequest, SignInResponse};
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::app::App;
use crate::auth::Frame;
use crate::extract::{ApiJson, ApiQuery, Meta};
use crate::problem::ApiError;
use crate::routes::convert::session_user;

/// Where the refresh cookie is sent: the refresh and sign-out routes alone.
pub const COOKIE_PATH: &str = "/v1/sessions/current";

pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new().routes(routes!(refresh)).routes(routes!(sign_out))
}

/// The cookie that holds `app`'s refresh credential.
pub fn cookie_name(app: SessionApp) -> &'static str {
    match app {
        SessionApp::Portal => "latchkey_refresh_portal",
        SessionApp::Console => "latchkey_refresh_console",
    }
}

pub(crate) fn core_app(app: latchkey_dto::SessionApp) -> SessionApp {
    match app {
        latchkey_dto::SessionApp::Portal => SessionApp::Portal,
        latchkey_dto::SessionApp::Console => SessionApp::Console,
    }
}

/// `Set-Cookie` for `app`'s credential, kept by the browser `max_age`
/// seconds (0 clears it).
pub(crate) fn set_cookie(
    app: SessionApp,
    value: &str,
    max_age: i64,
) -> Option<(header::HeaderName, HeaderValue)> {
    let name = cookie_name(app);
    let text = format!(
        "{name}={value}; Path={COOKIE_PATH}; Max-Age={}; HttpOnly; Secure; SameSite=Strict",
        max_age.max(0)
    );
    HeaderValue::from_str(&text).ok().map(|v| (header::SET_COOKIE, v))
}

/// The value of the cookie `name`, from every `Cookie` header sent.
fn cookie(headers: &HeaderMap, name: &str) -> Option<RefreshCredential> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, value)| RefreshCredential::from_client(value))
}

/// Spends the app's refresh cookie for a new access token and a new cookie.
/// Each cookie works once: one spent already coming back ends every
/// cookie of that sign-in (and is audited). A session that proved only the
/// password stays so; the token's `auth_time` is the sign-in's, so a
/// refresh never counts as a recent sign-in.
#[utoipa::path(post, path = "/v1/sessions/current/refresh", tag = "sessions", request_body = RefreshRequest,
    responses(
        (status = 200, description = "A new token; `Set-Cookie` replaces the refresh cookie", body = SignInResponse),
        (status = 401, description = "`unauthorized`: no cookie, or one that no longer works (signed out, ended by a password change, reset, role change or an administrator, ran out, or spent already); the cookie is cleared"),
        (status = 429, description = "`too_many_requests`: this address is over its limit; see `Retry-After`"),
        (status = 503, description = "A dependency is down; the cookie is kept"),
    ))]
pub async fn refresh(
    State(app): State<App>,
    Meta(meta): Meta,
    headers: HeaderMap,
    ApiJson(body): ApiJson<RefreshRequest>,
) -> Response {
    let which = core_app(body.app);
    let Some(credential) = cookie(&headers, cookie_name(which)) else {
        return ApiError::Unauthorized.into_response();
    };
    match refreshed(&app, which, &credential, &meta).await {
        Ok(response) => response,
        Err(err) => {
            let ended = matches!(err, ApiError::Domain(latchkey_core::Error::Unauthenticated));
            let clear = ended.then(|| set_cookie(which, "", 0)).flatten();
            (AppendHeaders(clear), err).into_response()
        }
    }
}

async fn refreshed(
    app: &App,
    which: SessionApp,
    credential: &RefreshCredential,
    meta: &latchkey_core::model::audit::RequestMeta,
) -> Result<Response, ApiError> {
    let done = app.accounts().refresh(which, credential, meta).await?;
    let ports = app.accounts().ports();
    let (now, jti) = (ports.clock.now(), ports.random.hex(16));
    let frame =
        Frame { sid: Some(done.family.id.clone()), auth_time: Some(done.family.signed_in_at), app: None };
    let (token, expires_at) =
        app.tokens().issue_framed(&done.user, (false, done.family.second_factor), now, jti, frame).await?;
    let body = SignInResponse {
        token: token.into(),
        expires_at,
        user: session_user(&done.user),
        next: done.next.map(super::convert::next_step),
        second_factors: Vec::new(),
    };
    let max_age = (done.family.absolute_until - now).num_seconds();
    let cookie = set_cookie(which, done.credential.expose(), max_age);
    Ok((StatusCode::OK, AppendHeaders(cookie), Json(body)).into_response())
}

/// Which app signs out.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct SignOutQuery {
    /// `portal` or `console`
    app: latchkey_dto::SessionApp,
}

/// Signs out of a web app: its refresh cookie is cleared and every cookie
/// of that sign-in stops working, in every tab. Always 204, with or without
/// a cookie that still worked. (The access token in the page's memory lives
/// out its few minutes; the app forgets it.)
#[utoipa::path(delete, path = "/v1/sessions/current", tag = "sessions", params(SignOutQuery),
    responses(
        (status = 204, description = "Signed out; `Set-Cookie` clears the refresh cookie"),
        (status = 400, description = "`invalid_request`: `app` is missing or not `portal` or `console`"),
        (status = 503, description = "A dependency is down; try again"),
    ))]
pub async fn sign_out(
    State(app): State<App>,
    Meta(meta): Meta,
    headers: HeaderMap,
    ApiQuery(query): ApiQuery<SignOutQuery>,
) -> Result<impl IntoResponse, ApiError> {
    let which = core_app(query.app);
    if let Some(credential) = cookie(&headers, cookie_name(which)) {
        app.accounts().sign_out(which, &credential, &meta).await?;
    }
    Ok((StatusCode::NO_CONTENT, AppendHeaders(set_cookie(which, "", 0))))
}
