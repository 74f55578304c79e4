//! `POST /v1/password/change`: a signed-in user changes their own password.

use axum::extract::State;
use axum::http::StatusCode;
use latchkey_core::model::values::Password;
use latchkey_dto::ChangePasswordRequest;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::app::App;
use crate::extract::{ApiJson, ChangeSession, Meta};
use crate::problem::ApiError;

/// Every route of the group.
pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new().routes(routes!(change))
}

/// Changes the signed-in user's password. Every policy rule the new password
/// breaks is listed in `reasons`. The session it is made in stays valid;
/// every other session of the user ends. This is the one route a session
/// limited to changing the password (expired or temporary) may call.
#[utoipa::path(post, path = "/v1/password/change", tag = "password", request_body = ChangePasswordRequest,
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Changed"),
        (status = 401, description = "`unauthorized` (no valid session) or `invalid_credentials` (wrong current password)"),
        (status = 422, description = "`password_rejected`, with `reasons`"),
        (status = 423, description = "`account_locked`"),
        (status = 503, description = "A dependency is down; nothing changed"),
    ))]
pub async fn change(
    State(app): State<App>,
    ChangeSession(me): ChangeSession,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<ChangePasswordRequest>,
) -> Result<StatusCode, ApiError> {
    let current = Password::parse(body.current_password.expose(), "current_password")?;
    let new = Password::parse(body.new_password.expose(), "new_password")?;
    app.accounts().change_password(&me.id, &me.token, &current, &new, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}
