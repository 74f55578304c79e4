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
    /// For a client holding `scim:read` or `scim:write`: the long-lived
    /// bearer token an identity provider keeps as its "secret token" —
    /// `<client id>.<client secret>`, accepted on `/scim/v2` only, rotated and
    /// revoked with the client's secret. Shown this once, like the secret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub provisioning_token: Option<Redacted>,
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

/// A webhook subscription as administrators see it (never its secret).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct WebhookInfo {
    /// `wh_` and 16 hex digits.
    pub id: String,
    /// The `https://` endpoint deliveries are posted to.
    pub url: String,
    pub description: Option<String>,
    /// The event types sent (audit actions such as `reset_completed`), or `["*"]` for every one.
    pub events: Vec<String>,
    /// `active`, `failing` (every attempt has failed since `failing_since`) or `paused`.
    pub state: String,
    pub failing_since: Option<DateTime<Utc>>,
    pub paused_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    /// When the current signing secret was made.
    pub secret_created_at: DateTime<Utc>,
    /// While the previous secret still signs beside the new one after a rotation: until when.
    pub previous_secret_works_until: Option<DateTime<Utc>>,
}

/// `GET /v1/admin/webhooks`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct WebhookList {
    pub webhooks: Vec<WebhookInfo>,
    /// Every event type a subscription may name.
    pub event_types: Vec<String>,
}

/// `POST /v1/admin/webhooks`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateWebhookRequest {
    /// An `https://` address whose host is public.
    pub url: String,
    /// Event types (see `event_types`), or `["*"]`; at least one.
    pub events: Vec<String>,
    #[serde(default)]
    pub description: Option<String>,
}

/// `PATCH /v1/admin/webhooks/{id}`: what is given changes; `paused: false`
/// resumes a paused subscription (its failing mark cleared).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct EditWebhookRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<String>>,
    /// An empty text removes the description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paused: Option<bool>,
}

/// A subscription with its signing secret, shown this once (create and rotate).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct WebhookSecret {
    pub webhook: WebhookInfo,
    /// `whsec_` and base64: the Standard Webhooks secret receivers verify with.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub secret: Redacted,
}

/// One event's delivery to one subscription.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct WebhookDeliveryInfo {
    /// The `webhook-id` header: the same on every attempt.
    pub id: String,
    /// The audit event carried.
    pub event_id: String,
    pub event_type: String,
    /// `pending`, `delivered` or `failed`.
    pub state: String,
    pub attempts: u32,
    pub first_at: DateTime<Utc>,
    /// When a pending delivery is tried next.
    pub next_at: Option<DateTime<Utc>>,
    /// When it was delivered or recorded as failed.
    pub settled_at: Option<DateTime<Utc>>,
    /// The receiver's last HTTP status, if it answered.
    pub last_status: Option<u16>,
    /// What went wrong last, in words (never a secret).
    pub last_error: Option<String>,
}

/// `GET /v1/admin/webhooks/{id}/deliveries`: newest first.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct WebhookDeliveryPage {
    pub deliveries: Vec<WebhookDeliveryInfo>,
    /// Pass as `cursor` for the next page; null on the last.
    pub next: Option<String>,
}
