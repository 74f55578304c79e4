//! `/v1/me/passkeys…`: the signed-in user makes passkeys (options, then the
//! browser's new credential), names and removes them.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use latchkey_core::model::passkeys::PasskeyName;
use latchkey_dto::{
    PasskeyCeremony, PasskeyOptionsRequest, PasskeyRegistrationRequest, PasskeyRenameRequest, PasskeyView,
};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::convert::passkey_view;
use super::{Removal, recently_authenticated};
use crate::app::App;
use crate::extract::{ApiJson, EnrolSession, Meta, Session};
use crate::problem::ApiError;

/// Every route of the group.
pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new()
        .routes(routes!(passkey_options))
        .routes(routes!(list_passkeys, add_passkey))
        .routes(routes!(rename_passkey, remove_passkey))
}

/// A ceremony's options as the wire carries them.
pub(crate) fn ceremony(begun: latchkey_core::accounts::passkeys::Begun) -> Result<PasskeyCeremony, ApiError> {
    let options = serde_json::from_str(&begun.options).map_err(|err| {
        latchkey_core::Error::from(latchkey_core::PortError::Failed {
            what: "passkey options",
            source: err.into(),
        })
    })?;
    Ok(PasskeyCeremony { options, ceremony: begun.ceremony, expires_at: begun.expires_at })
}

fn name(raw: &str) -> Result<PasskeyName, ApiError> {
    PasskeyName::parse(raw).ok_or_else(|| ApiError::InvalidRequest {
        field: Some("name".into()),
        detail: "a passkey's name is 1 to 64 characters, without control characters".into(),
    })
}

/// Begins making a passkey: the options for `navigator.credentials.create`
/// (a discoverable credential, user verification required, the user's
/// passkeys excluded) and the ceremony to send back within five minutes.
/// Also takes the token of a sign-in with a Temporary Access Pass.
#[utoipa::path(post, path = "/v1/me/passkeys/options", tag = "me", request_body = PasskeyOptionsRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The options and the ceremony", body = PasskeyCeremony),
        (status = 403, description = "`reauthentication_required` (a session over 5 minutes old without `current_password`), `second_factor_required`, or `password_change_required`"),
        (status = 409, description = "`passkey_limit`: remove a passkey first"),
        (status = 423, description = "`account_locked`: too many wrong `current_password`s"),
        (status = 503, description = "A dependency is down"),
    ))]
pub async fn passkey_options(
    State(app): State<App>,
    EnrolSession(me): EnrolSession,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<PasskeyOptionsRequest>,
) -> Result<Json<PasskeyCeremony>, ApiError> {
    // A sign-in's own token (a Temporary Access Pass's) has just proven who it is.
    if me.claims.stg.is_none() {
        recently_authenticated(&app, &me, body.current_password.as_ref().map(|p| p.expose()), &meta).await?;
    }
    Ok(Json(ceremony(app.passkeys().begin_registration(&me.id, &me.token).await?)?))
}

/// The user's passkeys, oldest first (never their keys).
#[utoipa::path(get, path = "/v1/me/passkeys", tag = "me", security(("bearer" = [])),
    responses(
        (status = 200, description = "The passkeys", body = Vec<PasskeyView>),
        (status = 503, description = "A dependency is down"),
    ))]
pub async fn list_passkeys(
    State(app): State<App>,
    Session(me): Session,
) -> Result<Json<Vec<PasskeyView>>, ApiError> {
    let profile = app.registrations().profile(&me.id, &me.token).await?;
    Ok(Json(profile.user.registration.passkeys.iter().map(passkey_view).collect()))
}

/// Keeps the browser's new credential under its name, once the checks pass
/// (the ceremony's challenge, this site's origin and relying-party id, user
/// verification). Every channel of the user is told.
#[utoipa::path(post, path = "/v1/me/passkeys", tag = "me", request_body = PasskeyRegistrationRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Added", body = PasskeyView),
        (status = 400, description = "`passkey_invalid`, with `attempts_left`; or a malformed request"),
        (status = 403, description = "`passkey_model_not_allowed` (the organisation's list of authenticator models), `second_factor_required` or `password_change_required`"),
        (status = 409, description = "`passkey_limit`, or `method_already_registered` (this passkey is already on the account)"),
        (status = 410, description = "`code_expired`: the ceremony ran out; start again"),
        (status = 429, description = "`too_many_requests`: too many refused passkeys; see `Retry-After`"),
        (status = 503, description = "A dependency is down"),
    ))]
pub async fn add_passkey(
    State(app): State<App>,
    EnrolSession(me): EnrolSession,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<PasskeyRegistrationRequest>,
) -> Result<(StatusCode, Json<PasskeyView>), ApiError> {
    let name = name(&body.name)?;
    let response = serde_json::Value::Object(body.response).to_string();
    let added = app
        .passkeys()
        .finish_registration(&me.id, &me.token, (&body.ceremony, &response), &name, &meta)
        .await?;
    Ok((StatusCode::CREATED, Json(passkey_view(&added))))
}

/// Renames one of the user's passkeys.
#[utoipa::path(patch, path = "/v1/me/passkeys/{id}", tag = "me", request_body = PasskeyRenameRequest,
    params(("id" = String, Path, description = "The passkey's credential id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Renamed", body = PasskeyView),
        (status = 400, description = "A malformed request"),
        (status = 404, description = "`method_not_registered`: no such passkey of this user"),
        (status = 503, description = "A dependency is down"),
    ))]
pub async fn rename_passkey(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<PasskeyRenameRequest>,
) -> Result<Json<PasskeyView>, ApiError> {
    let name = name(&body.name)?;
    let renamed = app.passkeys().rename(&me.id, &me.token, &id, &name, &meta).await?;
    Ok(Json(passkey_view(&renamed)))
}

/// Removes one of the user's passkeys. Needs a recent sign-in; every
/// channel of the user is told.
#[utoipa::path(delete, path = "/v1/me/passkeys/{id}", tag = "me",
    params(("id" = String, Path, description = "The passkey's credential id")),
    security(("bearer" = [])),
    responses(Removal))]
pub async fn remove_passkey(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    // No body on a DELETE: a stale session signs in again first.
    recently_authenticated(&app, &me, None, &meta).await?;
    app.passkeys().remove(&me.id, &me.token, &id, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}
