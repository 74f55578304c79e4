//! Getting back in without the password: self-service reset and unlock, and
//! accepting an invitation to set a first password.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

use crate::{MethodKind, QuestionAnswer, Redacted, SecurityQuestion};

/// `POST /v1/resets`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct StartResetRequest {
    pub username: String,
}

/// A method the user can prove, with a masked hint (`j•••@c•••.com`, `•••• •••• •12`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ResetMethod {
    pub id: String,
    pub kind: MethodKind,
    pub hint: String,
    /// For `questions`: the questions to answer (in the `Accept-Language` language).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questions: Option<Vec<SecurityQuestion>>,
}

/// `201` from `POST /v1/resets`. The same shape for every username, real or not.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct StartResetResponse {
    /// The flow's bearer id: keep it secret, it is the only key to the flow.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub reset_id: Redacted,
    pub expires_at: DateTime<Utc>,
    /// How many methods must be proven.
    pub required: u8,
    pub methods: Vec<ResetMethod>,
}

/// `POST /v1/resets/{reset_id}/challenges`: send a code for one method.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ChallengeRequest {
    pub method_id: String,
}

/// `202`: a code is on its way.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ChallengeResponse {
    pub method_id: String,
    /// When the code (or the passkey's challenge) stops working.
    pub expires_at: DateTime<Utc>,
    /// For a `passkey` method nothing is sent: the options for
    /// `navigator.credentials.get` and the ceremony to answer with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passkey: Option<crate::PasskeyCeremony>,
}

/// `POST /v1/resets/{reset_id}/verifications`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct VerifyRequest {
    pub method_id: String,
    /// The code that was sent (email, SMS).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub code: Option<Redacted>,
    /// Or, for a `questions` method, an answer to each of its questions.
    #[serde(default)]
    pub answers: Option<Vec<QuestionAnswer>>,
    /// Or, for a `passkey` method, the browser's answer to its challenge.
    #[serde(default)]
    pub passkey: Option<PasskeyProof>,
}

/// A passkey's answer to a reset's challenge.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PasskeyProof {
    /// As the challenge gave it.
    #[cfg_attr(feature = "openapi", schema(max_length = 4096))]
    pub ceremony: String,
    /// `AuthenticationResponseJSON` (the credential's `toJSON()`).
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub response: serde_json::Map<String, serde_json::Value>,
}

/// `200`: which methods are proven and how many are still needed.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct VerifyResponse {
    pub verified: Vec<String>,
    pub remaining: u8,
    /// Once nothing remains, for a user synced from an on-premises
    /// directory: its password rules, which apply beside Latchkey's.
    #[serde(default)]
    pub directory_rules: Option<crate::passwords::DirectoryRules>,
}

/// `POST /v1/resets/{reset_id}/password`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ResetPasswordRequest {
    /// 1–256 characters; the password policy decides the rest (`422 password_rejected`).
    #[cfg_attr(feature = "openapi", schema(value_type = String, min_length = 1, max_length = 256))]
    pub new_password: Redacted,
}

/// `POST /v1/resets/{reset_id}/unlock`: an empty object.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UnlockRequest {}

/// `POST /v1/invitations/accept`: the code from the invitation and a new password.
#[derive(Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AcceptInvitationRequest {
    /// Any string: a name with no invitation answers like a wrong code.
    pub username: String,
    /// The 8-digit code from the invitation email (anything else counts as a wrong code).
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub code: Redacted,
    /// 1–256 characters; the password policy decides the rest (`422 password_rejected`).
    #[cfg_attr(feature = "openapi", schema(value_type = String, min_length = 1, max_length = 256))]
    pub new_password: Redacted,
}
