//! Passwords: the rules, a change, why one was refused and when it expires.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

use crate::Redacted;

/// The password rules, for showing up front and checking as the user types.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PasswordRules {
    pub min_length: u16,
    pub max_length: u16,
    /// How many previous passwords may not be reused.
    pub history: u8,
    /// Common passwords, the organisation's banned words and the user's own names are refused.
    pub banned_terms_checked: bool,
    /// Days until a password expires; `null` when passwords do not expire.
    pub max_age_days: Option<u32>,
}

/// `POST /v1/password/change`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ChangePasswordRequest {
    #[cfg_attr(feature = "openapi", schema(value_type = String, min_length = 1, max_length = 256))]
    pub current_password: Redacted,
    /// 1–256 characters; the password policy decides the rest (`422 password_rejected`).
    #[cfg_attr(feature = "openapi", schema(value_type = String, min_length = 1, max_length = 256))]
    pub new_password: Redacted,
}

/// One reason a password was refused.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct RejectionReason {
    /// `min_length`, `max_length`, `banned` or `history`.
    pub rule: String,
    pub detail: String,
}

/// The password part of `GET /v1/me`: when it runs out.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PasswordStatus {
    /// When it was last set; `null` before a first password.
    pub changed_at: Option<DateTime<Utc>>,
    /// When the organisation's maximum age ends it (a change is then asked at
    /// sign-in); `null` when it never expires.
    pub expires_at: Option<DateTime<Utc>>,
    /// An administrator exempted this user from the maximum age.
    pub never_expires: bool,
}

/// The password rules of the on-premises directory a synced user's password
/// lives in, shown beside Latchkey's own so that a password the directory
/// would refuse is caught before it is sent.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DirectoryRules {
    /// The directory's minimum length (it may be above Latchkey's).
    pub min_length: u16,
    /// Active Directory's complexity rule: three of capitals, small letters,
    /// digits and symbols, and not the account's name.
    pub complexity: bool,
    /// Previous passwords the directory refuses.
    pub history: u16,
    /// Hours before the directory allows another change (0: none).
    pub min_age_hours: u32,
}
