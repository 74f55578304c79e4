//! The help desk proving a caller is the user: a code to one of the user's own methods.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

use crate::{MethodKind, Redacted};

/// `POST /v1/admin/users/{id}/verification`: which of the user's own methods gets the code.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct VerificationRequest {
    /// `email`, `sms` or `voice` (not `questions`).
    pub kind: MethodKind,
}

/// `202` from `POST /v1/admin/users/{id}/verification`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct VerificationSent {
    /// Where the code went, masked: tell the user where to look.
    pub hint: String,
    pub expires_at: DateTime<Utc>,
}

/// `POST /v1/admin/users/{id}/verification/check`: the code the user read out.
#[derive(Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct VerificationCheckRequest {
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub code: Redacted,
}
