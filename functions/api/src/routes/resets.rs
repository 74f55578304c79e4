//! `/v1/resets…`: self-service reset and unlock for users who cannot sign in.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use latchkey_core::model::methods::MethodId;
use latchkey_core::model::questions::QuestionId;
use latchkey_core::model::values::{ParseError, Password, ResetId};
use latchkey_core::recovery::Proof;
use latchkey_dto::{
    AcceptInvitationRequest, ChallengeRequest, ChallengeResponse, ResetMethod, ResetPasswordRequest,
    SecurityQuestion, StartResetRequest, StartResetResponse, UnlockRequest, VerifyRequest, VerifyResponse,
};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::app::App;
use crate::extract::{ApiJson, Language, Meta};
use crate::problem::ApiError;
use crate::routes::convert::method_kind;

/// The path's reset id; one that cannot be an id is answered exactly as an
/// unknown or expired flow is (410 `reset_expired`).
fn flow_id(raw: &str) -> Result<ResetId, ApiError> {
    ResetId::parse(raw).ok_or(ApiError::Domain(latchkey_core::Error::ResetExpired))
}

/// The longest sealed passkey ceremony (the DTO's documented bound).
const CEREMONY_MAX: usize = 4096;

/// Every route of the group.
pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new()
        .routes(routes!(start))
        .routes(routes!(challenge))
        .routes(routes!(verify))
        .routes(routes!(password))
        .routes(routes!(unlock))
        .routes(routes!(accept_invitation))
        .routes(routes!(report))
}

/// "This wasn't me" from a security notice's link (no session needed): the
/// account is locked down — every session ends, sign-in, self-service reset
/// and registration stop until an administrator lifts it — and every
/// administrator is told. A used, run-out or forged token gets one answer.
#[utoipa::path(post, path = "/v1/report", tag = "resets", request_body = latchkey_dto::ReportRequest,
    responses(
        (status = 204, description = "The account is locked down (a second report changes nothing)"),
        (status = 400, description = "`invalid_request`: not a JSON body with a `token`"),
        (status = 410, description = "`report_link_invalid`: used, run out or not a link Latchkey sent (one answer for all three)"),
        (status = 429, description = "`too_many_requests`"),
        (status = 503, description = "A dependency is down; nothing changed"),
    ))]
pub async fn report(
    State(app): State<App>,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<latchkey_dto::ReportRequest>,
) -> Result<StatusCode, ApiError> {
    app.lifecycle().report_by_link(body.token.expose(), &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Sets a password with an invitation's code (no session needed). Every
/// failure — a wrong, used or expired code, a name with no invitation, no
/// such user — answers the same 410; tries are counted first.
#[utoipa::path(post, path = "/v1/invitations/accept", tag = "resets", request_body = AcceptInvitationRequest,
    responses(
        (status = 204, description = "Password set; sign in with it"),
        (status = 410, description = "`invitation_invalid`"),
        (status = 422, description = "`password_rejected`, with `reasons` (the code stays usable)"),
        (status = 429, description = "`too_many_requests`"),
    ))]
pub async fn accept_invitation(
    State(app): State<App>,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<AcceptInvitationRequest>,
) -> Result<StatusCode, ApiError> {
    let new = Password::parse(body.new_password.expose(), "new_password")?;
    app.accounts().accept_invitation(&body.username, body.code.expose(), &new, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Starts a reset. Every username gets a 201 of the same shape; for one that
/// does not exist, is disabled, or has no methods, the flow is a decoy that
/// can never succeed.
#[utoipa::path(post, path = "/v1/resets", tag = "resets", request_body = StartResetRequest,
    responses(
        (status = 201, description = "Flow started", body = StartResetResponse),
        (status = 429, description = "`too_many_requests`: too many resets started from this address this minute; see `Retry-After`"),
        (status = 503, description = "A dependency is down; nothing changed"),
    ))]
pub async fn start(
    State(app): State<App>,
    Meta(meta): Meta,
    Language(lang): Language,
    ApiJson(body): ApiJson<StartResetRequest>,
) -> Result<(StatusCode, Json<StartResetResponse>), ApiError> {
    let mut started = app.resets().start(&body.username, lang, &meta).await?;
    Ok((
        StatusCode::CREATED,
        Json(StartResetResponse {
            reset_id: started.reset_id.expose().into(),
            expires_at: started.expires_at,
            required: started.required,
            methods: started
                .methods
                .into_iter()
                .map(|offered| {
                    let questions = started.questions.remove(&offered.id).map(|asked| {
                        asked.into_iter().map(|(id, text)| SecurityQuestion { id: id.into(), text }).collect()
                    });
                    let (id, kind, hint) = (offered.id.to_string(), method_kind(offered.kind), offered.hint);
                    ResetMethod { id, kind, hint, questions }
                })
                .collect(),
        }),
    ))
}

/// Sends a one-time code to one of the flow's methods (email by SES, SMS by
/// SNS); for a passkey method, sends nothing and answers the options for the
/// browser.
#[utoipa::path(post, path = "/v1/resets/{reset_id}/challenges", tag = "resets", request_body = ChallengeRequest,
    params(("reset_id" = String, Path, description = "The id from POST /v1/resets")),
    responses(
        (status = 202, description = "Code sent (or, for a passkey, its options)", body = ChallengeResponse),
        (status = 400, description = "Unknown method"),
        (status = 410, description = "`reset_expired`"),
        (status = 429, description = "`too_many_requests`, with `Retry-After`"),
        (status = 503, description = "A dependency is down"),
    ))]
pub async fn challenge(
    State(app): State<App>,
    Path(reset_id): Path<String>,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<ChallengeRequest>,
) -> Result<(StatusCode, Json<ChallengeResponse>), ApiError> {
    let challenged =
        app.resets().challenge(&flow_id(&reset_id)?, &MethodId::new(body.method_id), &meta).await?;
    app.pace().pace(challenged.delivery).await;
    let (method_id, expires_at) = (challenged.method_id.to_string(), challenged.expires_at);
    let passkey = challenged.passkey.map(crate::routes::me::passkeys::ceremony).transpose()?;
    Ok((StatusCode::ACCEPTED, Json(ChallengeResponse { method_id, expires_at, passkey })))
}

/// Checks a code, the answers or a passkey for one method.
#[utoipa::path(post, path = "/v1/resets/{reset_id}/verifications", tag = "resets", request_body = VerifyRequest,
    params(("reset_id" = String, Path, description = "The id from POST /v1/resets")),
    responses(
        (status = 200, description = "Method proven", body = VerifyResponse),
        (status = 400, description = "`code_invalid`, `answers_invalid` or `passkey_invalid`, with `attempts_left`"),
        (status = 409, description = "`challenge_required`: no code pending for this method"),
        (status = 410, description = "`code_expired` or `reset_expired`"),
        (status = 429, description = "`too_many_requests`: resets blocked for this user"),
    ))]
pub async fn verify(
    State(app): State<App>,
    Path(reset_id): Path<String>,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<VerifyRequest>,
) -> Result<Json<VerifyResponse>, ApiError> {
    // An id of no question's shape answers no question asked: refused as any
    // answer that does not fit the questions is.
    let answers = body
        .answers
        .iter()
        .flatten()
        .map(|a| Ok((QuestionId::parse(&a.question_id)?, a.answer.expose().to_owned())))
        .collect::<Result<Vec<_>, ParseError>>()
        .map_err(|_| ParseError::new("answers", "answer each question asked, once"))?;
    // As documented: a sealed ceremony is never longer (checked before any flow is read).
    if body.passkey.as_ref().is_some_and(|p| p.ceremony.len() > CEREMONY_MAX) {
        return Err(ParseError::new("ceremony", "is not a ceremony this service gave").into());
    }
    let passkey_response =
        body.passkey.as_ref().map(|p| serde_json::Value::Object(p.response.clone()).to_string());
    let proof = match (&body.code, &body.answers, &body.passkey, &passkey_response) {
        (Some(code), None, None, _) => Proof::Code(code.expose()),
        (None, Some(_), None, _) => Proof::Answers(&answers),
        (None, None, Some(p), Some(response)) => Proof::Passkey { ceremony: &p.ceremony, response },
        _ => return Err(ParseError::new("code", "send one of `code`, `answers` or `passkey`").into()),
    };
    let verified = app
        .resets()
        .verify(&flow_id(&reset_id)?, &MethodId::new(body.method_id.as_str()), proof, &meta)
        .await?;
    let proven = verified.verified.iter().map(MethodId::to_string).collect();
    Ok(Json(VerifyResponse {
        verified: proven,
        remaining: verified.remaining,
        directory_rules: verified.directory_rules.map(crate::routes::me::convert::directory_rules),
    }))
}

/// Sets a new password once every required method is proven. The account is
/// unlocked, other sessions are revoked, the user is notified; the user is not signed in.
#[utoipa::path(post, path = "/v1/resets/{reset_id}/password", tag = "resets", request_body = ResetPasswordRequest,
    params(("reset_id" = String, Path, description = "The id from POST /v1/resets")),
    responses(
        (status = 204, description = "Password reset"),
        (status = 409, description = "`reset_incomplete`"),
        (status = 410, description = "`reset_expired` (also for a spent flow)"),
        (status = 422, description = "`password_rejected`, with `reasons`"),
    ))]
pub async fn password(
    State(app): State<App>,
    Path(reset_id): Path<String>,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<ResetPasswordRequest>,
) -> Result<StatusCode, ApiError> {
    let new = Password::parse(body.new_password.expose(), "new_password")?;
    app.resets().complete_password(&flow_id(&reset_id)?, &new, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Unlocks the account once every required method is proven; the password stays.
#[utoipa::path(post, path = "/v1/resets/{reset_id}/unlock", tag = "resets", request_body = UnlockRequest,
    params(("reset_id" = String, Path, description = "The id from POST /v1/resets")),
    responses(
        (status = 204, description = "Account unlocked"),
        (status = 409, description = "`reset_incomplete`"),
        (status = 410, description = "`reset_expired`"),
    ))]
pub async fn unlock(
    State(app): State<App>,
    Path(reset_id): Path<String>,
    Meta(meta): Meta,
    ApiJson(_): ApiJson<UnlockRequest>,
) -> Result<StatusCode, ApiError> {
    app.resets().unlock(&flow_id(&reset_id)?, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}
