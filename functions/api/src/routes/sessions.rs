//! `POST /v1/sessions`: sign in.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use latchkey_core::accounts::NextStep;
use latchkey_core::types::Password;
use latchkey_dto::{Problem, SessionUser, SignInRequest, SignInResponse};

use crate::app::App;
use crate::extract::{ApiJson, Meta};
use crate::problem::ApiError;

pub fn routes() -> Router<App> {
    Router::new().route("/v1/sessions", post(sign_in))
}

/// Signs in with username and password and returns a short-lived session token.
/// An unknown user and a wrong password get the same 401.
#[utoipa::path(post, path = "/v1/sessions", tag = "sessions", request_body = SignInRequest,
    responses(
        (status = 201, description = "Signed in", body = SignInResponse),
        (status = 400, description = "Malformed request", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`invalid_credentials`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`account_disabled`", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body over 64 KiB", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Not JSON", body = Problem, content_type = "application/problem+json"),
        (status = 423, description = "`account_locked`, with `locked_until`", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`too_many_requests`: too many sign-ins from this address this minute; see `Retry-After`", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "A dependency is down; nothing changed", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn sign_in(
    State(app): State<App>,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<SignInRequest>,
) -> Result<(StatusCode, Json<SignInResponse>), ApiError> {
    let password = Password::parse(&body.password, "password")?;
    let signed = app.accounts().sign_in(&body.username, &password, &meta).await?;
    let ports = app.accounts().ports();
    let (token, expires_at) = app.tokens().issue(&signed.user, ports.clock.now(), ports.random.hex(16))?;
    let user = signed.user;
    Ok((
        StatusCode::CREATED,
        Json(SignInResponse {
            token,
            expires_at,
            user: SessionUser {
                id: user.id.to_string(),
                username: user.username.to_string(),
                display_name: user.display_name,
                roles: user.roles.iter().map(|r| r.as_str().to_string()).collect(),
            },
            next: signed.next.map(|n| match n {
                NextStep::ChangePassword => latchkey_dto::NextStep::ChangePassword,
                NextStep::RegisterMethods => latchkey_dto::NextStep::RegisterMethods,
                NextStep::ConfirmMethods => latchkey_dto::NextStep::ConfirmMethods,
            }),
        }),
    ))
}
