//! `/v1/sessions/passkey…`: signing in with a passkey — without a password,
//! or as the second step after it.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{AppendHeaders, IntoResponse, Response};
use latchkey_dto::{PasskeyCeremony, PasskeySignInRequest};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::session;
use crate::app::App;
use crate::extract::{ApiJson, Meta, SecondStepSession};
use crate::problem::ApiError;
use crate::routes::me::passkeys::ceremony;

/// Every route of the group.
pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new()
        .routes(routes!(sign_in_options))
        .routes(routes!(sign_in))
        .routes(routes!(second_step_options))
        .routes(routes!(second_step))
}

/// Options to sign in with a passkey, no name asked: for a "Sign in with a
/// passkey" button and for the browser's autofill (conditional mediation).
/// Counted against the caller's address like any sign-in.
#[utoipa::path(post, path = "/v1/sessions/passkey/options", tag = "sessions",
    responses(
        (status = 200, description = "The options and the ceremony", body = PasskeyCeremony),
        (status = 429, description = "`too_many_requests`: this address is over its limit; see `Retry-After`"),
        (status = 503, description = "A dependency is down"),
    ))]
pub async fn sign_in_options(
    State(app): State<App>,
    Meta(meta): Meta,
) -> Result<Json<PasskeyCeremony>, ApiError> {
    Ok(Json(ceremony(app.passkeys().begin_sign_in(&meta).await?)?))
}

/// Signs in with the browser's answer. The passkey proves possession and
/// the user's verification at once: the session may exercise privileged
/// roles. A passkey that is unknown, another user's, replayed, for another
/// site or without user verification gets the same 401 as a wrong password,
/// and counts like one.
#[utoipa::path(post, path = "/v1/sessions/passkey", tag = "sessions", request_body = PasskeySignInRequest,
    responses(
        (status = 201, description = "Signed in (`next` may still ask for a password change or registration)", body = latchkey_dto::SignInResponse),
        (status = 401, description = "`invalid_credentials`"),
        (status = 403, description = "`account_locked_down`: the owner reported the account"),
        (status = 410, description = "`code_expired`: the ceremony ran out; start again"),
        (status = 423, description = "`account_locked`, with `locked_until`"),
        (status = 429, description = "`too_many_requests`: this address is over its limit; see `Retry-After`"),
        (status = 503, description = "A dependency is down"),
    ))]
pub async fn sign_in(
    State(app): State<App>,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<PasskeySignInRequest>,
) -> Result<Response, ApiError> {
    let response = serde_json::Value::Object(body.response).to_string();
    let signed = app.passkeys().sign_in(&body.ceremony, &response, &meta).await?;
    let (session, cookie) = session(&app, signed, body.app).await?;
    Ok((StatusCode::CREATED, AppendHeaders(cookie), Json(session)).into_response())
}

/// Options for the second step of a sign-in whose password was right, with
/// one of that user's passkeys (the token is the password step's).
#[utoipa::path(post, path = "/v1/sessions/passkey/second-step/options", tag = "sessions",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The options and the ceremony", body = PasskeyCeremony),
        (status = 403, description = "`forbidden`: the token is not waiting for a second step"),
        (status = 404, description = "`method_not_registered`: the user has no passkey"),
        (status = 503, description = "A dependency is down"),
    ))]
pub async fn second_step_options(
    State(app): State<App>,
    SecondStepSession(me): SecondStepSession,
) -> Result<Json<PasskeyCeremony>, ApiError> {
    Ok(Json(ceremony(app.passkeys().begin_second_step(&me.id, &me.token).await?)?))
}

/// The second step with a passkey of the same user. Each try counts on the
/// user's signed-in proof counters, like an authenticator code.
#[utoipa::path(post, path = "/v1/sessions/passkey/second-step", tag = "sessions", request_body = PasskeySignInRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Signed in", body = latchkey_dto::SignInResponse),
        (status = 400, description = "`passkey_invalid`, with `attempts_left`; or a malformed request"),
        (status = 403, description = "`forbidden`: the token is not waiting for a second step"),
        (status = 410, description = "`code_expired`: the ceremony ran out; start again"),
        (status = 429, description = "`too_many_requests`: too many refused tries; see `Retry-After`"),
        (status = 503, description = "A dependency is down"),
    ))]
pub async fn second_step(
    State(app): State<App>,
    SecondStepSession(me): SecondStepSession,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<PasskeySignInRequest>,
) -> Result<Response, ApiError> {
    let response = serde_json::Value::Object(body.response).to_string();
    let signed = app.passkeys().second_step(&me.id, &me.token, (&body.ceremony, &response), &meta).await?;
    let (session, cookie) = session(&app, signed, me.claims.app).await?;
    Ok((StatusCode::CREATED, AppendHeaders(cookie), Json(session)).into_response())
}
