//! Health, discovery and the public configuration the pages read before anyone signs in.

use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

use crate::{MethodKind, PasswordRules};

/// `GET /healthz`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Health {
    pub status: String,
}

/// `GET /v1/config/public`: what the sign-in and reset pages need before anyone signs in.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PublicConfig {
    pub company_name: String,
    pub logo_url: Option<String>,
    /// Where "contact your administrator" links point.
    pub contact_url: Option<String>,
    /// Verification methods users can register and reset with.
    pub methods: Vec<MethodKind>,
    pub password_rules: PasswordRules,
    /// The organisation's language: the apps use it when the browser asks
    /// for none of the seven, and messages to users who chose none are in it.
    #[serde(default)]
    pub default_language: Language,
}

/// One of the languages Latchkey speaks, by its BCP 47 primary tag (`pt` is
/// Brazilian Portuguese; `ar` is written right to left).
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    En,
    Fr,
    De,
    Es,
    Pt,
    Ja,
    Ar,
}

/// For a field of a partial update (`PATCH`) that may be cleared: left out
/// is `None` (no change), `null` is `Some(None)` (clear it), a value is
/// `Some(Some(value))`. Use with `#[serde(default)]`.
pub(crate) fn nullable<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

/// `GET /.well-known/jwks.json`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Jwks {
    pub keys: Vec<Jwk>,
}

/// An Ed25519 public key (RFC 8037).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Jwk {
    pub kty: String,
    pub crv: String,
    pub x: String,
    pub kid: String,
    #[serde(rename = "use")]
    pub use_: String,
    pub alg: String,
}
