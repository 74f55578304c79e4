//! `/v1/admin/telephony`, `/v1/admin/branding` and `/v1/admin/reset-limits`:
//! the spend guardrails for texts and calls, what users see of the
//! organisation, and the codes, tries and blocks of self-service reset.

use axum::Json;
use axum::extract::State;
use latchkey_dto::{Branding, PolicyImpact, ResetLimits, Telephony, UpdateTelephonyRequest};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::convert;
use crate::app::App;
use crate::extract::{ApiJson, Meta, Principal, Session};
use crate::problem::ApiError;

/// This room's routes, part of the admin group.
pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new()
        .routes(routes!(telephony, update_telephony))
        .routes(routes!(branding, update_branding))
        .routes(routes!(reset_limits, update_reset_limits))
}

/// The spend guardrails for texts and calls: the country allowlist and the
/// daily caps per number and for the organisation.
#[utoipa::path(get, path = "/v1/admin/telephony", tag = "admin", security(("bearer" = [])),
    responses(
        (status = 200, description = "The guardrails", body = Telephony),
        (status = 403, description = "`forbidden`: not an administrator; `password_change_required`"),
    ))]
pub async fn telephony(
    State(app): State<App>,
    Principal(caller): Principal,
) -> Result<Json<Telephony>, ApiError> {
    let rules = app.admin().telephony(&caller).await?;
    Ok(Json(convert::telephony(rules)))
}

/// Saves the guardrails (audited). An allowlist that would leave users who
/// can reset today without enough methods is refused with `409
/// policy_strands_users` (and `affected_users`) unless `accept_impact`.
#[utoipa::path(put, path = "/v1/admin/telephony", tag = "admin", request_body = UpdateTelephonyRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Saved; what it changed", body = PolicyImpact),
        (status = 400, description = "An invalid value, named in `field`"),
        (status = 403, description = "`forbidden`"),
        (status = 409, description = "`policy_strands_users`, with `affected_users`; nothing saved"),
    ))]
pub async fn update_telephony(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<UpdateTelephonyRequest>,
) -> Result<Json<PolicyImpact>, ApiError> {
    let rules = convert::core_telephony(body.telephony);
    let done = app.admin().set_telephony(&me.id, &me.token, &rules, body.accept_impact, &meta).await?;
    Ok(Json(convert::policy_impact(done)))
}

/// What users see of the organisation: its name, logo and contact link.
#[utoipa::path(get, path = "/v1/admin/branding", tag = "admin", security(("bearer" = [])),
    responses(
        (status = 200, description = "The branding", body = Branding),
        (status = 403, description = "`forbidden`: not an administrator"),
    ))]
pub async fn branding(
    State(app): State<App>,
    Principal(caller): Principal,
) -> Result<Json<Branding>, ApiError> {
    let b = app.admin().branding(&caller).await?;
    Ok(Json(convert::branding(b)))
}

/// Saves the branding (audited); `GET /v1/config/public` shows it at once.
#[utoipa::path(put, path = "/v1/admin/branding", tag = "admin", request_body = Branding,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Saved", body = Branding),
        (status = 400, description = "`invalid_request` naming the field (the logo must be https://, the contact an https:// page or an email address); nothing changed"),
        (status = 403, description = "`forbidden`"),
    ))]
pub async fn update_branding(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<Branding>,
) -> Result<Json<Branding>, ApiError> {
    let wanted = convert::core_branding(body);
    let saved = app.admin().set_branding(&me.id, &me.token, &wanted, &meta).await?;
    Ok(Json(convert::branding(saved)))
}

/// Codes, tries, sends and blocks of self-service reset, and the decoy email domain.
#[utoipa::path(get, path = "/v1/admin/reset-limits", tag = "admin", security(("bearer" = [])),
    responses(
        (status = 200, description = "The limits", body = ResetLimits),
        (status = 403, description = "`forbidden`: not an administrator"),
    ))]
pub async fn reset_limits(
    State(app): State<App>,
    Principal(caller): Principal,
) -> Result<Json<ResetLimits>, ApiError> {
    let l = app.admin().reset_limits(&caller).await?;
    Ok(Json(convert::reset_limits(l)))
}

/// Saves the reset limits (audited with every figure); each must lie within
/// its bounds, which are never looser than the policy's floors.
#[utoipa::path(put, path = "/v1/admin/reset-limits", tag = "admin", request_body = ResetLimits,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Saved", body = ResetLimits),
        (status = 400, description = "`invalid_request` naming the field out of bounds; nothing changed"),
        (status = 403, description = "`forbidden`"),
    ))]
pub async fn update_reset_limits(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(b): ApiJson<ResetLimits>,
) -> Result<Json<ResetLimits>, ApiError> {
    let wanted = convert::core_reset_limits(b);
    let saved = app.admin().set_reset_limits(&me.id, &me.token, &wanted, &meta).await?;
    Ok(Json(convert::reset_limits(saved)))
}
