//! Integrators: API clients, their secrets and the OAuth 2.0 token endpoint.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

use crate::Redacted;

/// An integrator's API client as administrators see it (never its secret).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ApiClientInfo {
    pub id: String,
    pub name: String,
    /// Among `reports:read`, `users:read`, `users:write`, `users:reset`, `policy:read`, `scim:read`, `scim:write`.
    pub scopes: Vec<String>,
    pub created_at: DateTime<Utc>,
    /// When it was last given a token (to within a few minutes); null if never.
    pub last_used_at: Option<DateTime<Utc>>,
    /// When the current secret was made.
    pub secret_created_at: DateTime<Utc>,
    /// While the previous secret still works after a rotation: until when.
    pub previous_secret_works_until: Option<DateTime<Utc>>,
}

/// `GET /v1/admin/clients`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ApiClientList {
    pub clients: Vec<ApiClientInfo>,
}

/// `POST /v1/admin/clients`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateClientRequest {
    /// 1 to 64 characters.
    pub name: String,
    /// At least one of `reports:read`, `users:read`, `users:write`, `users:reset`, `policy:read`, `scim:read`, `scim:write`.
    pub scopes: Vec<String>,
}

/// A client with its secret, shown this once (create and rotate).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ApiClientSecret {
    pub client: ApiClientInfo,
    /// `lkcs_` and 64 hex digits; stored only as a keyed digest, never shown again.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub client_secret: Redacted,
}

/// `POST /v1/oauth/token`'s success (RFC 6749 §5.1).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct TokenResponse {
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub access_token: Redacted,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds.
    pub expires_in: i64,
    /// The scopes granted, space-separated.
    pub scope: String,
}

/// `POST /v1/oauth/token`'s error (RFC 6749 §5.2), not problem+json.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct OAuthError {
    /// `invalid_request`, `invalid_client`, `invalid_scope`, `unsupported_grant_type`, or `slow_down` (429).
    pub error: String,
    pub error_description: String,
}
