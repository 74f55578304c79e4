//! Problem details (RFC 9457) and the codes clients switch on.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

use crate::RejectionReason;

/// Defines [`ProblemCode`] with each variant's wire string written once.
macro_rules! problem_codes {
    ($($variant:ident => $text:literal,)*) => {
        /// Every `code` a problem document carries: the stable strings clients
        /// switch on, one enum for the server that sends them and the portal
        /// that reads them.
        ///
        /// Variants travel as their snake_case names (`rename_all`, which the
        /// OpenAPI document follows too); `as_str` spells each out once more,
        /// and a test holds the two to each other.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(ToSchema))]
        #[serde(rename_all = "snake_case")]
        pub enum ProblemCode {
            $($variant,)*
            /// A code this client does not know (sent by a newer server).
            #[serde(other)]
            Unknown,
        }

        impl ProblemCode {
            /// Every code the server sends.
            pub const ALL: &[ProblemCode] = &[$(ProblemCode::$variant,)*];

            /// The wire string.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ProblemCode::$variant => $text,)*
                    ProblemCode::Unknown => "unknown",
                }
            }
        }
    };
}

problem_codes! {
    AccountDisabled => "account_disabled",
    AccountLockedDown => "account_locked_down",
    AccountLocked => "account_locked",
    AgentNotFound => "agent_not_found",
    ClientNotFound => "client_not_found",
    WebhookNotFound => "webhook_not_found",
    DeliveryNotFound => "delivery_not_found",
    InsufficientScope => "insufficient_scope",
    AgentUnauthorized => "agent_unauthorized",
    AnswersInvalid => "answers_invalid",
    Busy => "busy",
    ChallengeRequired => "challenge_required",
    CodeExpired => "code_expired",
    CodeInvalid => "code_invalid",
    DirectoryUnavailable => "directory_unavailable",
    DirectoryUnconfirmed => "directory_unconfirmed",
    Forbidden => "forbidden",
    GroupExists => "group_exists",
    GroupNotFound => "group_not_found",
    InternalError => "internal_error",
    InvalidCredentials => "invalid_credentials",
    InvalidRequest => "invalid_request",
    InvitationInvalid => "invitation_invalid",
    JobFinished => "job_finished",
    JobNotFound => "job_not_found",
    MethodNotAllowed => "method_not_allowed",
    MethodAlreadyRegistered => "method_already_registered",
    MethodNotAllowedByPolicy => "method_not_allowed_by_policy",
    MethodNotRegistered => "method_not_registered",
    PasskeyInvalid => "passkey_invalid",
    PasskeyLimit => "passkey_limit",
    PasskeyModelNotAllowed => "passkey_model_not_allowed",
    MethodsRequired => "methods_required",
    NotFound => "not_found",
    PasswordChangeRequired => "password_change_required",
    PasswordRejected => "password_rejected",
    PayloadTooLarge => "payload_too_large",
    PhoneCountryNotAllowed => "phone_country_not_allowed",
    PhoneLimitReached => "phone_limit_reached",
    PolicyExpiresPasswords => "policy_expires_passwords",
    PolicyStrandsUsers => "policy_strands_users",
    ReauthenticationRequired => "reauthentication_required",
    RegistrationRequired => "registration_required",
    ReportLinkInvalid => "report_link_invalid",
    ResetExpired => "reset_expired",
    ResetIncomplete => "reset_incomplete",
    SecondFactorRequired => "second_factor_required",
    ServiceUnavailable => "service_unavailable",
    TemporaryPasswordExpired => "temporary_password_expired",
    TooManyRequests => "too_many_requests",
    Unauthorized => "unauthorized",
    UnsupportedMediaType => "unsupported_media_type",
    UserNotFound => "user_not_found",
    UsernameTaken => "username_taken",
    VerificationRequired => "verification_required",
    VersionConflict => "version_conflict",
}

impl fmt::Display for ProblemCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An error (RFC 9457 problem details). `code` is what clients switch on.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Problem {
    #[serde(rename = "type")]
    pub type_url: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    pub code: ProblemCode,
    /// The request field at fault (`invalid_request`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Why a password was refused (`password_rejected`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reasons: Option<Vec<RejectionReason>>,
    /// When a locked account opens again (`account_locked`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked_until: Option<DateTime<Utc>>,
    /// Seconds to wait (`too_many_requests`, `service_unavailable`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
    /// Wrong tries left for this code (`code_invalid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts_left: Option<u8>,
    /// Methods still to prove (`reset_incomplete`), or needed (`methods_required`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remaining: Option<u8>,
    /// Users a policy change affects: left unable to reset (`policy_strands_users`)
    /// or with a password expired at once (`policy_expires_passwords`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affected_users: Option<u32>,
    /// The flow's other methods to use instead (`phone_limit_reached`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternatives: Option<Vec<String>>,
    /// The record's version now (`version_conflict`): read it again, redo the edit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_version: Option<u64>,
}

#[cfg(test)]
mod problem_code_tests {
    use super::ProblemCode;

    #[test]
    fn codes_travel_as_their_wire_strings_and_unknown_ones_do_not_break_a_client() {
        let code: ProblemCode = serde_json::from_str(r#""password_rejected""#).unwrap();
        assert_eq!(code, ProblemCode::PasswordRejected);
        assert_eq!(serde_json::to_string(&ProblemCode::TooManyRequests).unwrap(), r#""too_many_requests""#);
        assert_eq!(ProblemCode::PhoneLimitReached.as_str(), "phone_limit_reached");
        for code in ProblemCode::ALL {
            assert_eq!(serde_json::to_string(code).unwrap(), format!("\"{}\"", code.as_str()), "{code:?}");
        }
        let newer: ProblemCode = serde_json::from_str(r#""something_new""#).unwrap();
        assert_eq!(newer, ProblemCode::Unknown, "a newer server's code is read, not refused");
    }
}
