//! `/v1/me…`: the signed-in user registers the methods self-service reset
//! uses (an alternate email, a mobile number), each proven by a code, and
//! confirms them when asked.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use latchkey_core::model::methods::MethodKind as CoreKind;
use latchkey_core::model::questions::QuestionId;
use latchkey_core::model::values::{E164, Email, ParseError};
use latchkey_dto::{
    AuthenticatorRegistered, AuthenticatorSetup, AuthenticatorSetupRequest, CodeSent, ConfirmMethodsRequest,
    MeResponse, RegisterEmailRequest, RegisterMobileRequest, RegisterQuestionsRequest, SecurityQuestion,
    SecurityQuestionsResponse, UpdateMeRequest, VerifyMethodRequest,
};
use utoipa::IntoResponses;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::app::App;
use crate::extract::{ApiJson, EnrolSession, Language, Meta, Person, Session};
use crate::problem::ApiError;
use crate::routes::convert::{authenticator_registered, core_language, method_kind};

pub(crate) mod convert;
pub(crate) mod passkeys;

/// Every route of the group.
pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new()
        .routes(routes!(me, update_me))
        .routes(routes!(own_activity))
        .routes(routes!(report_own))
        .routes(routes!(snooze_registration))
        .routes(routes!(register_email, remove_email))
        .routes(routes!(verify))
        .routes(routes!(register_mobile, remove_mobile))
        .routes(routes!(confirm))
        .routes(routes!(remove_questions))
        .routes(routes!(set_up_authenticator, remove_authenticator))
        .routes(routes!(verify_authenticator))
        .routes(routes!(register_questions))
        .routes(routes!(security_questions))
        .merge(passkeys::routes())
}

/// The signed-in user, their methods (masked) and where they stand with registration.
#[utoipa::path(get, path = "/v1/me", tag = "me", security(("bearer" = [])),
    responses(
        (status = 200, description = "Profile and registration", body = MeResponse),
        (status = 503, description = "A dependency is down"),
    ))]
pub async fn me(State(app): State<App>, Session(me): Session) -> Result<Json<MeResponse>, ApiError> {
    Ok(Json(convert::profile(app.registrations().profile(&me.id, &me.token).await?)))
}

/// The signed-in user's own last 30 days, newest first (at most 100
/// events): sign-ins with their address, changes, resets and methods, each
/// in the reader's words, and whether they did it themselves.
#[utoipa::path(get, path = "/v1/me/activity", tag = "me", security(("bearer" = [])),
    responses(
        (status = 200, description = "The user's own recent activity", body = latchkey_dto::OwnActivity),
        (status = 503, description = "A dependency is down"),
    ))]
pub async fn own_activity(
    State(app): State<App>,
    Session(me): Session,
) -> Result<Json<latchkey_dto::OwnActivity>, ApiError> {
    let events = app.registrations().own_activity(&me.id, &me.token).await?;
    Ok(Json(convert::own_activity(&me.id, events)))
}

/// "This wasn't me" beside an entry of the user's own recent activity: the
/// account is locked down as from a notice's link, and this session ends
/// with every other.
#[utoipa::path(post, path = "/v1/me/report", tag = "me", request_body = latchkey_dto::OwnReportRequest,
    security(("bearer" = [])),
    responses(
        (status = 204, description = "The account is locked down; every session has ended"),
        (status = 401, description = "`unauthorized`"),
        (status = 404, description = "`not_found`: no such event in the user's last 30 days"),
        (status = 503, description = "A dependency is down; nothing changed"),
    ))]
pub async fn report_own(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<latchkey_dto::OwnReportRequest>,
) -> Result<StatusCode, ApiError> {
    app.lifecycle().report_own(&me.id, &me.token, &body.event, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// "Later": the user puts the registration campaign's request off (as many
/// times, as many days apart, as the campaign allows); the answer is the
/// profile, whose `campaign` says how many are left.
#[utoipa::path(post, path = "/v1/me/registration/snooze", tag = "me", security(("bearer" = [])),
    responses(
        (status = 200, description = "Put off; the profile", body = MeResponse),
        (status = 401, description = "`unauthorized`"),
        (status = 409, description = "`registration_required`: no \"later\" left, or nothing to put off"),
        (status = 503, description = "A dependency is down; nothing changed"),
    ))]
pub async fn snooze_registration(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
) -> Result<Json<MeResponse>, ApiError> {
    app.lifecycle().snooze_registration(&me.id, &me.token, &meta).await?;
    Ok(Json(convert::profile(app.registrations().profile(&me.id, &me.token).await?)))
}

/// Changes the signed-in user's own preferences: only the fields given
/// (`{"language": "de"}`; `null` goes back to the organisation's language).
/// Audited as `preference_changed`; the answer is the profile as `GET` gives it.
#[utoipa::path(patch, path = "/v1/me", tag = "me", request_body = UpdateMeRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Saved; the profile", body = MeResponse),
        (status = 400, description = "`invalid_request` naming the field (`language` is not one of the seven); nothing changed"),
        (status = 403, description = "`forbidden`: `weekly_digest` for someone who does not read reports"),
        (status = 503, description = "A dependency is down"),
    ))]
pub async fn update_me(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<UpdateMeRequest>,
) -> Result<Json<MeResponse>, ApiError> {
    if let Some(on) = body.weekly_digest {
        app.accounts().set_weekly_digest(&me.id, &me.token, on, &meta).await?;
    }
    let profile = match body.language {
        Some(language) => {
            app.accounts().set_language(&me.id, &me.token, language.map(core_language), &meta).await?
        }
        None => app.registrations().profile(&me.id, &me.token).await?,
    };
    Ok(Json(convert::profile(profile)))
}

/// Recent authentication before a change to the user's methods: a sign-in in
/// the last few minutes, or the current password in the request.
pub(crate) async fn recently_authenticated(
    app: &App,
    me: &Person,
    current_password: Option<&str>,
    meta: &latchkey_core::model::audit::RequestMeta,
) -> Result<(), ApiError> {
    let signed_in_at = crate::auth::Tokens::signed_in_at(&me.claims);
    let current = current_password
        .map(|p| latchkey_core::model::values::Password::parse(p, "current_password"))
        .transpose()
        .map_err(ApiError::from)?;
    app.accounts().reauthenticate(&me.id, &me.token, signed_in_at, current.as_ref(), meta).await?;
    Ok(())
}

async fn start(
    app: &App,
    me: &Person,
    core: CoreKind,
    target: &str,
    current_password: Option<&str>,
    meta: &latchkey_core::model::audit::RequestMeta,
) -> Result<(StatusCode, Json<CodeSent>), ApiError> {
    recently_authenticated(app, me, current_password, meta).await?;
    let expires_at = app.registrations().start(&me.id, &me.token, core, target, meta).await?;
    let hint = latchkey_core::model::registration::hint(core, target);
    Ok((StatusCode::ACCEPTED, Json(CodeSent { kind: method_kind(core), hint, expires_at })))
}

/// Sends a code to a new alternate email address; it counts once verified.
#[utoipa::path(put, path = "/v1/me/methods/email", tag = "me", request_body = RegisterEmailRequest,
    security(("bearer" = [])),
    responses(
        (status = 202, description = "Code sent", body = CodeSent),
        (status = 400, description = "Not an email address"),
        (status = 403, description = "`method_not_allowed_by_policy`, or `reauthentication_required` (a session over 5 minutes old without `current_password`)"),
        (status = 423, description = "`account_locked`: too many wrong `current_password`s"),
        (status = 429, description = "`too_many_requests`"),
        (status = 503, description = "A dependency is down"),
    ))]
pub async fn register_email(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<RegisterEmailRequest>,
) -> Result<(StatusCode, Json<CodeSent>), ApiError> {
    let address = Email::parse(&body.address).map_err(|e| ApiError::from(e.with_field("address")))?;
    start(
        &app,
        &me,
        CoreKind::Email,
        address.as_str(),
        body.current_password.as_ref().map(|p| p.expose()),
        &meta,
    )
    .await
}

/// Sends a code by SMS to a new mobile number (E.164); it counts once verified.
#[utoipa::path(put, path = "/v1/me/methods/mobile", tag = "me", request_body = RegisterMobileRequest,
    security(("bearer" = [])),
    responses(
        (status = 202, description = "Code sent", body = CodeSent),
        (status = 400, description = "Not an E.164 number"),
        (status = 403, description = "`method_not_allowed_by_policy`, or `reauthentication_required` (a session over 5 minutes old without `current_password`)"),
        (status = 423, description = "`account_locked`: too many wrong `current_password`s"),
        (status = 429, description = "`too_many_requests`"),
        (status = 503, description = "A dependency is down"),
    ))]
pub async fn register_mobile(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<RegisterMobileRequest>,
) -> Result<(StatusCode, Json<CodeSent>), ApiError> {
    let phone = E164::parse(&body.phone).map_err(|e| ApiError::from(e.with_field("phone")))?;
    start(&app, &me, CoreKind::Sms, phone.as_str(), body.current_password.as_ref().map(|p| p.expose()), &meta)
        .await
}

/// `email` or `mobile`, as the paths name them; anything else is not a route.
fn path_kind(name: &str) -> Result<CoreKind, ApiError> {
    match name {
        "email" => Ok(CoreKind::Email),
        "mobile" => Ok(CoreKind::Sms),
        _ => Err(ApiError::NotFound),
    }
}

/// Proves the pending alternate email (`email`) or mobile number (`mobile`) with its code.
#[utoipa::path(post, path = "/v1/me/methods/{kind}/verify", tag = "me", request_body = VerifyMethodRequest,
    params(("kind" = String, Path, description = "`email` or `mobile`")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Registered"),
        (status = 400, description = "`code_invalid`, with `attempts_left`"),
        (status = 404, description = "Not a method kind"),
        (status = 409, description = "`challenge_required`: no code pending"),
        (status = 410, description = "`code_expired`"),
    ))]
pub async fn verify(
    State(app): State<App>,
    Path(kind): Path<String>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<VerifyMethodRequest>,
) -> Result<StatusCode, ApiError> {
    let core = path_kind(&kind)?;
    app.registrations().verify(&me.id, &me.token, core, body.code.expose(), &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// What removing a method answers, the same for every kind of method.
#[derive(IntoResponses)]
pub enum Removal {
    /// Removed.
    #[response(status = 204, description = "Removed")]
    Removed,
    /// The session is too old to change how the user proves who they are.
    #[response(
        status = 403,
        description = "`reauthentication_required`: sign in again (a session over 5 minutes old)"
    )]
    Reauthenticate,
    /// The user has no method of this kind they may remove.
    #[response(status = 404, description = "`method_not_registered`")]
    NotRegistered,
    /// Removing it would leave fewer methods than the policy requires.
    #[response(status = 409, description = "`methods_required`: it would leave too few methods")]
    MethodsRequired,
}

async fn remove(
    app: &App,
    me: &Person,
    core: CoreKind,
    meta: &latchkey_core::model::audit::RequestMeta,
) -> Result<StatusCode, ApiError> {
    // No body on a DELETE: a stale session signs in again first.
    recently_authenticated(app, me, None, meta).await?;
    app.registrations().remove(&me.id, &me.token, core, meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Removes the alternate email the user registered (`DELETE /v1/me/methods/{kind}`).
#[utoipa::path(delete, path = "/v1/me/methods/email", tag = "me", security(("bearer" = [])),
    responses(Removal))]
pub async fn remove_email(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
) -> Result<StatusCode, ApiError> {
    remove(&app, &me, CoreKind::Email, &meta).await
}

/// Removes the mobile number the user registered (`DELETE /v1/me/methods/{kind}`).
#[utoipa::path(delete, path = "/v1/me/methods/mobile", tag = "me", security(("bearer" = [])),
    responses(Removal))]
pub async fn remove_mobile(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
) -> Result<StatusCode, ApiError> {
    remove(&app, &me, CoreKind::Sms, &meta).await
}

/// "My details still look good": restarts the re-confirmation clock.
#[utoipa::path(post, path = "/v1/me/methods/confirm", tag = "me", request_body = ConfirmMethodsRequest,
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Confirmed"),
        (status = 409, description = "`methods_required`: register more first"),
    ))]
pub async fn confirm(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(_body): ApiJson<ConfirmMethodsRequest>,
) -> Result<StatusCode, ApiError> {
    app.registrations().confirm(&me.id, &me.token, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The security questions this organisation offers: the predefined ones in
/// the `Accept-Language` language (en, fr, de, es, pt, ja), then its own.
#[utoipa::path(get, path = "/v1/security-questions", tag = "me",
    responses(
        (status = 200, description = "The questions, and how many to register and to answer", body = SecurityQuestionsResponse),
        (status = 503, description = "A dependency is down"),
    ))]
pub async fn security_questions(
    State(app): State<App>,
    Language(lang): Language,
) -> Result<Json<SecurityQuestionsResponse>, ApiError> {
    let (questions, register, reset) = app.registrations().question_catalogue(lang).await?;
    Ok(Json(SecurityQuestionsResponse {
        language: lang.tag().to_owned(),
        register,
        reset,
        questions: questions.into_iter().map(|(id, text)| SecurityQuestion { id: id.into(), text }).collect(),
    }))
}

/// Registers security questions with their answers (replacing earlier ones).
#[utoipa::path(put, path = "/v1/me/security-questions", tag = "me", request_body = RegisterQuestionsRequest,
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Registered"),
        (status = 400, description = "Too few or many, unknown or repeated questions, answers not 3–40 characters or alike"),
        (status = 403, description = "`method_not_allowed_by_policy` (also: admins never use questions), or `reauthentication_required`"),
        (status = 423, description = "`account_locked`: too many wrong `current_password`s"),
    ))]
pub async fn register_questions(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<RegisterQuestionsRequest>,
) -> Result<StatusCode, ApiError> {
    recently_authenticated(&app, &me, body.current_password.as_ref().map(|p| p.expose()), &meta).await?;
    let answers = body
        .answers
        .into_iter()
        .map(|a| Ok((QuestionId::parse(&a.question_id)?, a.answer.into_exposed())))
        .collect::<Result<Vec<_>, ParseError>>()?;
    app.registrations().set_questions(&me.id, &me.token, &answers, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Removes the user's security questions (`DELETE /v1/me/methods/{kind}`).
#[utoipa::path(delete, path = "/v1/me/methods/questions", tag = "me", security(("bearer" = [])),
    responses(Removal))]
pub async fn remove_questions(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
) -> Result<StatusCode, ApiError> {
    remove(&app, &me, CoreKind::Questions, &meta).await
}

/// Sets up an authenticator app: a fresh key, shown this once as text
/// (base32) and as a QR code drawn here (no third party ever sees it). It
/// counts once its first code is entered (`…/verify`). Also takes the token
/// of a sign-in that must register an authenticator first. Refused while
/// one is registered: remove it first.
#[utoipa::path(put, path = "/v1/me/methods/authenticator", tag = "me", request_body = AuthenticatorSetupRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The key to add to the app; prove it within 15 minutes", body = AuthenticatorSetup),
        (status = 403, description = "`reauthentication_required` (a session over 5 minutes old without `current_password`), `method_not_allowed_by_policy` (not a reset method here, and this sign-in needs none), `second_factor_required`, or `password_change_required`"),
        (status = 409, description = "`method_already_registered`: remove the authenticator first"),
        (status = 423, description = "`account_locked`: too many wrong `current_password`s"),
        (status = 503, description = "A dependency is down"),
    ))]
pub async fn set_up_authenticator(
    State(app): State<App>,
    EnrolSession(me): EnrolSession,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<AuthenticatorSetupRequest>,
) -> Result<Json<AuthenticatorSetup>, ApiError> {
    // A sign-in's registration token has just proven the password.
    if me.claims.stg.is_none() {
        recently_authenticated(&app, &me, body.current_password.as_ref().map(|p| p.expose()), &meta).await?;
    }
    let setup = app.authenticators().begin(&me.id, &me.token, &meta).await?;
    let secret =
        latchkey_core::accounts::authenticator::base32(secrecy::ExposeSecret::expose_secret(&setup.secret));
    Ok(Json(AuthenticatorSetup {
        secret: secret.into(),
        qr_svg: crate::qr::svg(&setup.uri)?.into(),
        uri: setup.uri.into(),
        expires_at: setup.expires_at,
    }))
}

/// Proves the authenticator just set up with its first code; it counts from
/// now, and ten single-use recovery codes are shown this once. Every channel
/// of the user is told. (At sign-in, `POST /v1/sessions/authenticator/registration`
/// does the same and starts the session.)
#[utoipa::path(post, path = "/v1/me/methods/authenticator/verify", tag = "me", request_body = VerifyMethodRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Registered; the recovery codes, shown once (`session` is null)", body = AuthenticatorRegistered),
        (status = 400, description = "`code_invalid`, with `attempts_left`; or a malformed request"),
        (status = 403, description = "`second_factor_required` or `password_change_required`"),
        (status = 409, description = "`challenge_required`: set it up first"),
        (status = 410, description = "`code_expired`: the set-up ran out; start again"),
        (status = 429, description = "`too_many_requests`: too many wrong codes; see `Retry-After`"),
        (status = 503, description = "A dependency is down"),
    ))]
pub async fn verify_authenticator(
    State(app): State<App>,
    EnrolSession(me): EnrolSession,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<VerifyMethodRequest>,
) -> Result<Json<AuthenticatorRegistered>, ApiError> {
    // A sign-in that must register one ends with `POST /v1/sessions/authenticator/registration`.
    if me.claims.stg == Some(crate::auth::SignInStage::RegisterAuthenticator) {
        return Err(latchkey_core::Error::SecondFactorRequired.into());
    }
    let codes = app.authenticators().confirm(&me.id, &me.token, body.code.expose(), &meta).await?;
    Ok(Json(authenticator_registered(codes, None)))
}

/// Removes the authenticator app and its recovery codes. Needs a recent
/// sign-in; every channel of the user is told. An administrator or help
/// desk person then registers another at their next sign-in.
#[utoipa::path(delete, path = "/v1/me/methods/authenticator", tag = "me", security(("bearer" = [])),
    responses(Removal))]
pub async fn remove_authenticator(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
) -> Result<StatusCode, ApiError> {
    remove(&app, &me, CoreKind::Authenticator, &meta).await
}
