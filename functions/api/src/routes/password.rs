//! `POST /v1/password/change`: a signed-in user changes their own password.

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use latchkey_core::types::{Password, UserId};
use latchkey_dto::{ChangePasswordRequest, Problem};

use crate::app::App;
use crate::extract::{ApiJson, ChangeSession, Meta};
use crate::problem::ApiError;

pub fn routes() -> Router<App> {
    Router::new().route("/v1/password/change", post(change))
}

/// Changes the signed-in user's password. Every policy rule the new password
/// breaks is listed in `reasons`. The session it is made in stays valid;
/// every other session of the user ends. This is the one route a session
/// limited to changing the password (expired or temporary) may call.
#[utoipa::path(post, path = "/v1/password/change", tag = "password", request_body = ChangePasswordRequest,
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Changed"),
        (status = 400, description = "Malformed request", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthorized` (no valid session) or `invalid_credentials` (wrong current password)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`password_rejected`, with `reasons`", body = Problem, content_type = "application/problem+json"),
        (status = 423, description = "`account_locked`", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "A dependency is down; nothing changed", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn change(
    State(app): State<App>,
    ChangeSession(claims): ChangeSession,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<ChangePasswordRequest>,
) -> Result<StatusCode, ApiError> {
    let current = Password::parse(body.current_password.expose(), "current_password")?;
    let new = Password::parse(body.new_password.expose(), "new_password")?;
    app.accounts()
        .change_password(&UserId::new(claims.sub.clone()), &claims.session(), &current, &new, &meta)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
