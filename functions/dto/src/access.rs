//! Signing in: the password step, the authenticator step and the session it ends in.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

use crate::Redacted;

/// `POST /v1/sessions`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SignInRequest {
    /// Any string: a name that is not an account's answers like a wrong password.
    pub username: String,
    /// 1–256 characters (after NFKC normalisation).
    #[cfg_attr(feature = "openapi", schema(value_type = String, min_length = 1, max_length = 256))]
    pub password: Redacted,
    /// The web app signing in (`portal` or `console`): the answer that
    /// completes the sign-in (here, or after its second step) also sets
    /// that app's refresh cookie. Integrators leave it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<SessionApp>,
}

/// A web app whose session a refresh cookie restores; each has its own
/// cookie and lifetime.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SessionApp {
    Portal,
    Console,
}

/// `POST /v1/sessions/current/refresh`: which app's cookie to spend.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RefreshRequest {
    pub app: SessionApp,
}

/// What the user must do before anything else.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NextStep {
    ChangePassword,
    RegisterMethods,
    /// A registration campaign asks the user to register their reset
    /// methods now, or later (`POST /v1/me/registration/snooze`; `GET
    /// /v1/me` says how many "later" are left).
    RegistrationNudge,
    ConfirmMethods,
    /// The password was right; send an authenticator code (or a recovery
    /// code) to `POST /v1/sessions/authenticator` with this token, which can
    /// do nothing else.
    AuthenticatorCode,
    /// The password was right, but this account must register an
    /// authenticator first (`PUT`, then `POST /v1/me/methods/authenticator/verify`
    /// with this token, which can do nothing else).
    RegisterAuthenticator,
    /// Signed in with a Temporary Access Pass: this token can only register
    /// a passkey (`/v1/me/passkeys…`) or an authenticator, and set the
    /// user's own password (`POST /v1/sessions/access-pass/password`).
    AccessPass,
}

/// The signed-in user, as the session response describes them.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SessionUser {
    pub id: String,
    pub username: String,
    pub display_name: String,
    pub roles: Vec<String>,
}

/// `201` from `POST /v1/sessions`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SignInResponse {
    /// A short-lived EdDSA JWT for `Authorization: Bearer`.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub token: Redacted,
    pub expires_at: DateTime<Utc>,
    pub user: SessionUser,
    /// `null`, or the step the user must take first.
    pub next: Option<NextStep>,
    /// With `next` = `authenticator_code`: the second factors the user can
    /// prove (`authenticator`, `passkey`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub second_factors: Vec<crate::MethodKind>,
}

/// `POST /v1/sessions/authenticator`: the second step of a sign-in.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SecondFactorRequest {
    /// The six digits the authenticator app shows, or one of the recovery codes.
    #[cfg_attr(feature = "openapi", schema(value_type = String, max_length = 64))]
    pub code: Redacted,
}

/// `POST /v1/sessions/passkey` and `…/passkey/second-step`: the browser's
/// answer to the options, with the ceremony they came with.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PasskeySignInRequest {
    #[cfg_attr(feature = "openapi", schema(max_length = 4096))]
    pub ceremony: String,
    /// `AuthenticationResponseJSON` (the credential's `toJSON()`).
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub response: serde_json::Map<String, serde_json::Value>,
    /// As in `POST /v1/sessions` (passwordless only; the second step keeps the first's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<SessionApp>,
}

/// `POST /v1/sessions` with a Temporary Access Pass instead of a password.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AccessPassSignInRequest {
    pub username: String,
    /// The pass an administrator or the help desk gave the user.
    #[cfg_attr(feature = "openapi", schema(value_type = String, min_length = 1, max_length = 64))]
    pub access_pass: Redacted,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<SessionApp>,
}

/// The body of `POST /v1/sessions`: a password, or a Temporary Access Pass.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(untagged)]
pub enum SignInBody {
    Password(SignInRequest),
    AccessPass(AccessPassSignInRequest),
}

/// `POST /v1/sessions/access-pass/password`: the user's own new password,
/// set from a session a Temporary Access Pass opened.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SetPasswordRequest {
    #[cfg_attr(feature = "openapi", schema(value_type = String, min_length = 1, max_length = 256))]
    pub new_password: Redacted,
}
