//! Signing in: the password step, the authenticator step and the session it ends in.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// `POST /v1/sessions`.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SignInRequest {
    /// Any string: a name that is not an account's answers like a wrong password.
    pub username: String,
    /// 1–256 characters (after NFKC normalisation).
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 256))]
    pub password: String,
}

impl fmt::Debug for SignInRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SignInRequest").field("username", &self.username).field("password", &"***").finish()
    }
}

/// What the user must do before anything else.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NextStep {
    ChangePassword,
    RegisterMethods,
    ConfirmMethods,
    /// The password was right; send an authenticator code (or a recovery
    /// code) to `POST /v1/sessions/authenticator` with this token, which can
    /// do nothing else.
    AuthenticatorCode,
    /// The password was right, but this account must register an
    /// authenticator first (`PUT`, then `POST /v1/me/methods/authenticator/verify`
    /// with this token, which can do nothing else).
    RegisterAuthenticator,
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
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SignInResponse {
    /// A short-lived EdDSA JWT for `Authorization: Bearer`.
    pub token: String,
    pub expires_at: DateTime<Utc>,
    pub user: SessionUser,
    /// `null`, or the step the user must take first.
    pub next: Option<NextStep>,
}

impl fmt::Debug for SignInResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SignInResponse")
            .field("token", &"***")
            .field("expires_at", &self.expires_at)
            .field("user", &self.user)
            .field("next", &self.next)
            .finish()
    }
}

/// `POST /v1/sessions/authenticator`: the second step of a sign-in.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SecondFactorRequest {
    /// The six digits the authenticator app shows, or one of the recovery codes.
    #[cfg_attr(feature = "openapi", schema(max_length = 64))]
    pub code: String,
}

impl fmt::Debug for SecondFactorRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SecondFactorRequest").field("code", &"***").finish()
    }
}
