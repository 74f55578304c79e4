//! `/v1/admin/users/{id}/verification…`: the verified helpdesk reset. A
//! helpdesk person sends the user a code on one of their own methods and
//! enters the code the user reads out before each reset or unlock.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use latchkey_core::model::values::UserId;
use latchkey_dto::{VerificationCheckRequest, VerificationRequest, VerificationSent};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::app::App;
use crate::extract::{ApiJson, Meta, Session};
use crate::problem::ApiError;
use crate::routes::convert::core_method_kind;

/// This room's routes, part of the admin group.
pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new().routes(routes!(start_verification)).routes(routes!(check_verification))
}

/// The verified helpdesk reset, step 1: sends the user a code on one of
/// their own methods. A helpdesk person must verify the user this way
/// before each reset or unlock (administrators need not).
#[utoipa::path(post, path = "/v1/admin/users/{id}/verification", tag = "admin", request_body = VerificationRequest,
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 202, description = "Sent; ask the user to read it out", body = VerificationSent),
        (status = 400, description = "`invalid_request`: the user has no method of that `kind`"),
        (status = 403, description = "`forbidden`"),
        (status = 404, description = "`user_not_found`"),
        (status = 429, description = "`phone_limit_reached`"),
    ))]
pub async fn start_verification(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path(target): Path<String>,
    ApiJson(body): ApiJson<VerificationRequest>,
) -> Result<(StatusCode, Json<VerificationSent>), ApiError> {
    let target = UserId::new(target);
    let kind = core_method_kind(body.kind);
    let (hint, expires_at) = app.admin().start_check(&me.id, &me.token, &target, kind, &meta).await?;
    Ok((StatusCode::ACCEPTED, Json(VerificationSent { hint, expires_at })))
}

/// The verified helpdesk reset, step 2: the code the user read out. The
/// next reset or unlock of this user by this helpdesk person goes through
/// (once, within ten minutes) and its audit event says it was verified.
#[utoipa::path(post, path = "/v1/admin/users/{id}/verification/check", tag = "admin", request_body = VerificationCheckRequest,
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 204, description = "Verified"),
        (status = 400, description = "`code_invalid`, with `attempts_left` (5 a check)"),
        (status = 403, description = "`forbidden`"),
        (status = 404, description = "`user_not_found`"),
    ))]
pub async fn check_verification(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path(target): Path<String>,
    ApiJson(body): ApiJson<VerificationCheckRequest>,
) -> Result<StatusCode, ApiError> {
    let target = UserId::new(target);
    app.admin().finish_check(&me.id, &me.token, &target, body.code.expose(), &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}
