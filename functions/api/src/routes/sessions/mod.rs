//! `POST /v1/sessions`: sign in; `POST /v1/sessions/authenticator`: its second step.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{AppendHeaders, IntoResponse, Response};
use latchkey_core::accounts::{NextStep, SignedIn};
use latchkey_core::model::values::Password;
use latchkey_dto::{
    AuthenticatorRegistered, SecondFactorRequest, SetPasswordRequest, SignInResponse, VerifyMethodRequest,
};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::app::App;
use crate::auth::{Frame, SignInStage};
use crate::extract::{ApiJson, EnrolSession, Meta, SecondStepSession};
use crate::problem::ApiError;
use crate::routes::convert::{authenticator_registered, session_user};

mod convert;
pub mod oauth;
mod passkey;
pub mod refresh;

/// Every route of the group: sign-in and its second step, and integrators' access tokens.
pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new()
        .routes(routes!(sign_in))
        .routes(routes!(second_factor))
        .routes(routes!(register_authenticator))
        .routes(routes!(set_password_with_pass))
        .merge(passkey::routes())
        .merge(oauth::routes())
        .merge(refresh::routes())
}

/// Signs in with username and password (or a Temporary Access Pass, whose
/// token can only register a passkey or an authenticator and set the
/// password: `next` is `access_pass`) and returns a short-lived session token.
/// An unknown user and a wrong password get the same 401. For an account
/// whose sign-in needs an authenticator (administrators, the help desk, or
/// everyone by policy) the token is limited to the second step: `next` is
/// `authenticator_code`, or `register_authenticator` until one is registered.
#[utoipa::path(post, path = "/v1/sessions", tag = "sessions", request_body = latchkey_dto::SignInBody,
    responses(
        (status = 201, description = "Signed in, or the password proven and `next` naming the second step", body = SignInResponse),
        (status = 401, description = "`invalid_credentials`"),
        (status = 423, description = "`account_locked`, with `locked_until`"),
        (status = 429, description = "`too_many_requests`: this address is over its limit; see `Retry-After`"),
        (status = 503, description = "A dependency is down; nothing changed"),
    ))]
pub async fn sign_in(
    State(app): State<App>,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<serde_json::Value>,
) -> Result<Response, ApiError> {
    // Which body it is, by its key; then parsed as that one, so a bad field
    // is named as in any other request.
    let bytes = serde_json::to_vec(&body).map_err(|_| ApiError::InvalidRequest {
        field: None,
        detail: "the request body is not valid JSON".into(),
    })?;
    let (signed, web) = if body.get("access_pass").is_some() {
        let body: latchkey_dto::AccessPassSignInRequest = crate::extract::parse_json(&bytes)?;
        if !(1..=64).contains(&body.access_pass.expose().chars().count()) {
            return Err(ApiError::InvalidRequest {
                field: Some("access_pass".into()),
                detail: "access_pass must be 1 to 64 characters".into(),
            });
        }
        (app.accounts().sign_in_with_pass(&body.username, body.access_pass.expose(), &meta).await?, body.app)
    } else {
        let body: latchkey_dto::SignInRequest = crate::extract::parse_json(&bytes)?;
        let password = Password::parse(body.password.expose(), "password")?;
        (app.accounts().sign_in(&body.username, &password, &meta).await?, body.app)
    };
    let (session, cookie) = session(&app, signed, web).await?;
    Ok((StatusCode::CREATED, AppendHeaders(cookie), Json(session)).into_response())
}

/// The second step of a sign-in: the code the authenticator app shows (or
/// one of the recovery codes), with the token the password step gave. Each
/// code is accepted once; every try counts on the user's own signed-in proof
/// counters (the reset proofs' figures: 5 wrong a day from one address, then
/// the block), which strangers failing resets of the account cannot spend.
#[utoipa::path(post, path = "/v1/sessions/authenticator", tag = "sessions", request_body = SecondFactorRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Signed in", body = SignInResponse),
        (status = 400, description = "`code_invalid` (wrong, reused, out of its window, or a used recovery code), with `attempts_left`; or a malformed request"),
        (status = 403, description = "`forbidden`: the token is not waiting for an authenticator code"),
        (status = 429, description = "`too_many_requests`: too many wrong codes; see `Retry-After`"),
        (status = 503, description = "A dependency is down; nothing changed"),
    ))]
pub async fn second_factor(
    State(app): State<App>,
    SecondStepSession(me): SecondStepSession,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<SecondFactorRequest>,
) -> Result<Response, ApiError> {
    let signed = app.accounts().second_factor(&me.id, &me.token, body.code.expose(), &meta).await?;
    let (session, cookie) = session(&app, signed, me.claims.app).await?;
    Ok((StatusCode::CREATED, AppendHeaders(cookie), Json(session)).into_response())
}

/// The second step of a sign-in that must register an authenticator first:
/// the first code of the key `PUT /v1/me/methods/authenticator` showed
/// proves it, and the session starts. The recovery codes are shown this once.
#[utoipa::path(post, path = "/v1/sessions/authenticator/registration", tag = "sessions", request_body = VerifyMethodRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Registered and signed in; the recovery codes, shown once", body = AuthenticatorRegistered),
        (status = 400, description = "`code_invalid`, with `attempts_left`; or a malformed request"),
        (status = 403, description = "`forbidden`: the token is not a sign-in's registration step"),
        (status = 409, description = "`challenge_required`: set the authenticator up first"),
        (status = 410, description = "`code_expired`: the set-up ran out; start again"),
        (status = 429, description = "`too_many_requests`: too many wrong codes; see `Retry-After`"),
        (status = 503, description = "A dependency is down"),
    ))]
pub async fn register_authenticator(
    State(app): State<App>,
    EnrolSession(me): EnrolSession,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<VerifyMethodRequest>,
) -> Result<Response, ApiError> {
    if me.claims.stg != Some(SignInStage::RegisterAuthenticator) {
        return Err(latchkey_core::Error::Forbidden.into());
    }
    let codes = app.authenticators().confirm(&me.id, &me.token, body.code.expose(), &meta).await?;
    let signed = app.accounts().enrolled(&me.id, &me.token, &meta).await?;
    let (session, cookie) = session(&app, signed, me.claims.app).await?;
    let body = Json(authenticator_registered(codes, Some(session)));
    Ok((StatusCode::CREATED, AppendHeaders(cookie), body).into_response())
}

/// Sets the user's own password from a session a Temporary Access Pass
/// opened: the policy and the organisation's directory judge it as for a
/// change, no current password asked. Every other session of the user
/// ends; sign in with the new password (or a passkey just added) after.
#[utoipa::path(post, path = "/v1/sessions/access-pass/password", tag = "sessions", request_body = SetPasswordRequest,
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Set; sign in with it"),
        (status = 401, description = "`unauthorized`: the pass was revoked or ran out"),
        (status = 403, description = "`forbidden`: the token is not a Temporary Access Pass's"),
        (status = 422, description = "`password_rejected`, with `reasons` (the policy's, or the directory's)"),
        (status = 503, description = "A dependency (or the organisation's directory) is down; nothing changed"),
    ))]
pub async fn set_password_with_pass(
    State(app): State<App>,
    crate::extract::PassSession(me): crate::extract::PassSession,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<SetPasswordRequest>,
) -> Result<StatusCode, ApiError> {
    let new = Password::parse(body.new_password.expose(), "new_password")?;
    app.accounts().set_password_with_pass(&me.id, &me.token, &new, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The token and body for a sign-in that got this far: a full session, one
/// limited to changing the password, or one limited to the second step.
/// A full session signed in through a web app (`app`) also starts its
/// refresh credential: the `Set-Cookie` to send. A session limited to a
/// password change gets none: after the change the app signs in afresh.
pub(crate) async fn session(
    app: &App,
    signed: SignedIn,
    web: Option<latchkey_dto::SessionApp>,
) -> Result<(SignInResponse, Option<(header::HeaderName, HeaderValue)>), ApiError> {
    let ports = app.accounts().ports();
    let (now, jti) = (ports.clock.now(), ports.random.hex(16));
    let mut cookie = None;
    let (token, expires_at) = match signed.next {
        Some(NextStep::AuthenticatorCode) => {
            app.tokens().issue_stage(&signed.user, SignInStage::AuthenticatorCode, now, jti, web).await?
        }
        Some(NextStep::RegisterAuthenticator) => {
            app.tokens().issue_stage(&signed.user, SignInStage::RegisterAuthenticator, now, jti, web).await?
        }
        Some(NextStep::AccessPass) => {
            app.tokens().issue_stage(&signed.user, SignInStage::AccessPass, now, jti, web).await?
        }
        // A session that must change the password first can do nothing else.
        next => {
            let must_change = next == Some(NextStep::ChangePassword);
            let mut frame = Frame::default();
            if let Some(web) = web.filter(|_| !must_change) {
                let which = refresh::core_app(web);
                let (family, credential) =
                    app.accounts().start_refresh(&signed.user, which, signed.second_factor).await?;
                let max_age = (family.absolute_until - now).num_seconds();
                cookie = refresh::set_cookie(which, credential.expose(), max_age);
                frame.sid = Some(family.id);
            }
            app.tokens()
                .issue_framed(&signed.user, (must_change, signed.second_factor), now, jti, frame)
                .await?
        }
    };
    let response = SignInResponse {
        token: token.into(),
        expires_at,
        user: session_user(&signed.user),
        next: signed.next.map(convert::next_step),
        second_factors: second_factors(&signed),
    };
    Ok((response, cookie))
}

/// The second factors a sign-in waiting for one can prove.
fn second_factors(signed: &SignedIn) -> Vec<latchkey_dto::MethodKind> {
    if signed.next != Some(NextStep::AuthenticatorCode) {
        return Vec::new();
    }
    let registration = &signed.user.registration;
    let mut factors = Vec::new();
    if registration.authenticator.is_some() {
        factors.push(latchkey_dto::MethodKind::Authenticator);
    }
    if !registration.passkeys.is_empty() {
        factors.push(latchkey_dto::MethodKind::Passkey);
    }
    factors
}
