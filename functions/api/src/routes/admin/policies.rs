//! `/v1/admin/policy`, `/v1/admin/password-policy` and
//! `/v1/admin/security-questions`: administrators read, preview and change
//! the self-service reset policy, the password and lockout rules and the
//! organisation's own security questions. A change that would leave users
//! unable to reset, or expire passwords at once, is refused with their number
//! until the administrator accepts it.

use axum::Json;
use axum::extract::State;
use latchkey_dto::{
    BreachStatus, CustomQuestions, CustomQuestionsSaved, PasswordPolicy, PasswordPolicyImpact, PolicyImpact,
    ResetPolicy, UpdateCustomQuestionsRequest, UpdatePasswordPolicyRequest, UpdatePolicyRequest,
};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::convert;
use crate::app::App;
use crate::extract::{ApiJson, Meta, Principal, Session};
use crate::problem::ApiError;

/// This room's routes, part of the admin group.
pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new()
        .routes(routes!(policy, update_policy))
        .routes(routes!(preview_policy))
        .routes(routes!(password_policy, update_password_policy))
        .routes(routes!(preview_password_policy))
        .routes(routes!(breach_status))
        .routes(routes!(custom_questions, update_custom_questions))
        .routes(routes!(preview_custom_questions))
}

/// The self-service reset policy.
#[utoipa::path(get, path = "/v1/admin/policy", tag = "admin", security(("bearer" = [])),
    responses(
        (status = 200, description = "The policy", body = ResetPolicy),
        (status = 403, description = "`forbidden`: not an administrator"),
    ))]
pub async fn policy(
    State(app): State<App>,
    Principal(caller): Principal,
) -> Result<Json<ResetPolicy>, ApiError> {
    let p = app.admin().reset_policy(&caller).await?;
    Ok(Json(convert::reset_policy(p)))
}

/// What a policy would do to who can reset, without saving it.
#[utoipa::path(post, path = "/v1/admin/policy/preview", tag = "admin", request_body = ResetPolicy,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "How many users could reset before and after", body = PolicyImpact),
        (status = 400, description = "An invalid value, named in `field`"),
        (status = 403, description = "`forbidden`"),
    ))]
pub async fn preview_policy(
    State(app): State<App>,
    Session(me): Session,
    ApiJson(body): ApiJson<ResetPolicy>,
) -> Result<Json<PolicyImpact>, ApiError> {
    let policy = convert::core_reset_policy(body)?;
    Ok(Json(convert::policy_impact(app.admin().preview(&me.id, &me.token, &policy).await?)))
}

/// Saves the policy. Refused with `409 policy_strands_users` (and
/// `affected_users`) when users would lose self-service reset, unless `accept_impact`.
#[utoipa::path(put, path = "/v1/admin/policy", tag = "admin", request_body = UpdatePolicyRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Saved; what it changed", body = PolicyImpact),
        (status = 400, description = "An invalid value, named in `field`"),
        (status = 403, description = "`forbidden`"),
        (status = 409, description = "`policy_strands_users`, with `affected_users`; nothing saved"),
    ))]
pub async fn update_policy(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<UpdatePolicyRequest>,
) -> Result<Json<PolicyImpact>, ApiError> {
    let policy = convert::core_reset_policy(body.policy)?;
    let done = app.admin().set_reset_policy(&me.id, &me.token, &policy, body.accept_impact, &meta).await?;
    Ok(Json(convert::policy_impact(done)))
}

/// The password and sign-in lockout rules.
#[utoipa::path(get, path = "/v1/admin/password-policy", tag = "admin", security(("bearer" = [])),
    responses(
        (status = 200, description = "The rules", body = PasswordPolicy),
        (status = 403, description = "`forbidden`: not an administrator"),
    ))]
pub async fn password_policy(
    State(app): State<App>,
    Principal(caller): Principal,
) -> Result<Json<PasswordPolicy>, ApiError> {
    let p = app.admin().password_policy(&caller).await?;
    Ok(Json(convert::password_policy(p)))
}

/// How many passwords new rules would expire at once, without saving them.
#[utoipa::path(post, path = "/v1/admin/password-policy/preview", tag = "admin", request_body = PasswordPolicy,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Expired passwords now and under the new rules", body = PasswordPolicyImpact),
        (status = 400, description = "An invalid value, named in `field`"),
        (status = 403, description = "`forbidden`"),
    ))]
pub async fn preview_password_policy(
    State(app): State<App>,
    Session(me): Session,
    ApiJson(body): ApiJson<PasswordPolicy>,
) -> Result<Json<PasswordPolicyImpact>, ApiError> {
    let policy = convert::core_password_policy(body);
    let done = app.admin().preview_password_policy(&me.id, &me.token, &policy).await?;
    Ok(Json(convert::password_policy_impact(done)))
}

/// Saves the password and lockout rules; they apply from the next sign-in or
/// change. Refused with `409 policy_expires_passwords` (and `affected_users`)
/// when a new maximum age would expire passwords at once, unless `accept_impact`.
#[utoipa::path(put, path = "/v1/admin/password-policy", tag = "admin", request_body = UpdatePasswordPolicyRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Saved; what it changed", body = PasswordPolicyImpact),
        (status = 400, description = "An invalid value, named in `field`"),
        (status = 403, description = "`forbidden`"),
        (status = 409, description = "`policy_expires_passwords`, with `affected_users`; nothing saved"),
    ))]
pub async fn update_password_policy(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<UpdatePasswordPolicyRequest>,
) -> Result<Json<PasswordPolicyImpact>, ApiError> {
    let policy = convert::core_password_policy(body.policy);
    let done = app.admin().set_password_policy(&me.id, &me.token, &policy, body.accept_impact, &meta).await?;
    Ok(Json(convert::password_policy_impact(done)))
}

/// The breach check: its mode and minimum count, the shipped list, the
/// imported corpus, and how many recent new passwords were found breached.
#[utoipa::path(get, path = "/v1/admin/password-policy/breaches", tag = "admin", security(("bearer" = [])),
    responses(
        (status = 200, description = "The breach check as it stands", body = BreachStatus),
        (status = 403, description = "`forbidden`: not an administrator"),
        (status = 503, description = "`unavailable`: the corpus could not be read"),
    ))]
pub async fn breach_status(
    State(app): State<App>,
    Session(me): Session,
) -> Result<Json<BreachStatus>, ApiError> {
    let s = app.admin().breach_status(&me.id, &me.token).await?;
    Ok(Json(convert::breach_status(s)))
}

/// The organisation's own security questions (offered beside the predefined ones).
#[utoipa::path(get, path = "/v1/admin/security-questions", tag = "admin", security(("bearer" = [])),
    responses(
        (status = 200, description = "The custom questions, with their ids", body = CustomQuestions),
        (status = 403, description = "`forbidden`: not an administrator"),
    ))]
pub async fn custom_questions(
    State(app): State<App>,
    Principal(caller): Principal,
) -> Result<Json<CustomQuestions>, ApiError> {
    let questions = app.admin().custom_questions(&caller).await?;
    Ok(Json(CustomQuestions { questions: convert::custom_questions(questions) }))
}

/// What a new list of custom questions would do to who can reset, without saving it.
#[utoipa::path(post, path = "/v1/admin/security-questions/preview", tag = "admin", request_body = CustomQuestions,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "How many users could reset before and after", body = PolicyImpact),
        (status = 400, description = "An invalid list (`field`: `questions`)"),
        (status = 403, description = "`forbidden`"),
    ))]
pub async fn preview_custom_questions(
    State(app): State<App>,
    Session(me): Session,
    ApiJson(body): ApiJson<CustomQuestions>,
) -> Result<Json<PolicyImpact>, ApiError> {
    let edits = convert::question_edits(body.questions)?;
    let done = app.admin().preview_custom_questions(&me.id, &me.token, &edits).await?;
    Ok(Json(convert::policy_impact(done)))
}

/// Replaces the custom questions (a question left out is removed; one without
/// an id is added). Refused with `409 policy_strands_users` (and
/// `affected_users`) when users who answered a removed question would lose
/// self-service reset, unless `accept_impact`.
#[utoipa::path(put, path = "/v1/admin/security-questions", tag = "admin", request_body = UpdateCustomQuestionsRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Saved: the list with every id, and what it changed", body = CustomQuestionsSaved),
        (status = 400, description = "An invalid list (`field`: `questions`)"),
        (status = 403, description = "`forbidden`"),
        (status = 409, description = "`policy_strands_users`, with `affected_users`; nothing saved"),
    ))]
pub async fn update_custom_questions(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<UpdateCustomQuestionsRequest>,
) -> Result<Json<CustomQuestionsSaved>, ApiError> {
    let edits = convert::question_edits(body.questions)?;
    let (saved, done) =
        app.admin().set_custom_questions(&me.id, &me.token, &edits, body.accept_impact, &meta).await?;
    Ok(Json(CustomQuestionsSaved {
        questions: convert::custom_questions(saved),
        impact: convert::policy_impact(done),
    }))
}
