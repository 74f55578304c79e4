//! The organisation's settings: branding, reset limits and telephony guardrails.

use serde::{Deserialize, Serialize};

use crate::Language;

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// `GET`/`PUT /v1/admin/branding`: what users see of the organisation.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Branding {
    /// 1–80 characters; in the portal and every message.
    pub company_name: String,
    /// An `https://` image URL; `null` for none.
    #[serde(default)]
    pub logo_url: Option<String>,
    /// Where "contact your administrator" points: an `https://` page or an
    /// email address (answered as `mailto:`); `null` for none.
    #[serde(default)]
    pub contact: Option<String>,
    /// The organisation's language: the apps' when the browser asks for
    /// none of the seven, and that of messages to users who chose none.
    /// Always given in answers; left out of a `PUT`, it stays as it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_language: Option<Language>,
}

/// `GET`/`PUT /v1/admin/reset-limits`: codes, tries, sends and blocks, each
/// within bounds that are never looser than the policy's floors.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ResetLimits {
    /// 6–8.
    #[cfg_attr(feature = "openapi", schema(minimum = 6, maximum = 8))]
    pub code_digits: u8,
    /// 60–600 (codes live at most 10 minutes).
    #[cfg_attr(feature = "openapi", schema(minimum = 60, maximum = 600))]
    pub code_lifetime_seconds: u64,
    /// 120–900, and at least `code_lifetime_seconds`.
    #[cfg_attr(feature = "openapi", schema(minimum = 120, maximum = 900))]
    pub flow_lifetime_seconds: u64,
    /// Wrong tries that kill a code: 1–5.
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 5))]
    pub code_attempts: u8,
    /// Codes one flow may send: 1–5.
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 5))]
    pub sends_per_flow: u8,
    /// Failed proofs in 24 hours before resets are blocked: 1–5.
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 5))]
    pub failed_proofs_per_day: u8,
    /// Texts and calls in an hour before resets are blocked: 1–5.
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 5))]
    pub phone_sends_per_hour: u8,
    /// Emails in ten minutes before resets are blocked: 1–10.
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 10))]
    pub emails_per_ten_minutes: u8,
    /// How long a block lasts: 24–168 hours.
    #[cfg_attr(feature = "openapi", schema(minimum = 24, maximum = 168))]
    pub block_hours: u32,
    /// The email domain decoy flows show (the one most users' addresses use).
    pub decoy_email_domain: String,
}

/// Spend guardrails for texts and calls (`GET`/`PUT /v1/admin/telephony`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Telephony {
    /// ISO 3166 alpha-2 codes of the countries whose numbers may be
    /// registered, texted and called (`["GB", "IE"]`); empty allows all.
    #[cfg_attr(feature = "openapi", schema(max_items = 300, inline, value_type = Vec<String>))]
    pub allowed_countries: Vec<String>,
    /// Codes texted or read out to one number in 24 hours (1–100).
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 100))]
    pub per_number_per_day: u32,
    /// Codes texted or read out by the organisation in 24 hours (1–1,000,000).
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 1_000_000))]
    pub organisation_per_day: u32,
}

/// `PUT /v1/admin/telephony`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateTelephonyRequest {
    pub telephony: Telephony,
    /// Save even though some users would lose self-service reset (their
    /// phones' countries left out), after a `409 policy_strands_users`.
    #[serde(default)]
    pub accept_impact: bool,
}

/// `GET /v1/admin/wording/{lang}`: every message Latchkey sends that the
/// organisation may word itself (emails, texts, calls and notices), in one
/// language, in the catalogue's order.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Wording {
    pub language: Language,
    pub messages: Vec<WordingMessage>,
}

/// How a message reaches its reader.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum WordingKind {
    /// Part of the email carrying a code or an invitation.
    Email,
    /// A text message carrying a code.
    Text,
    /// What a call says before reading a code out.
    Call,
    /// A security notice (by email and by text).
    Notice,
}

/// One message: the catalogue's words, the organisation's (if any), and
/// the placeholders either may use.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct WordingMessage {
    /// The message's id (`code-why-reset`); its prefix says what it is part of.
    pub id: String,
    pub kind: WordingKind,
    /// The catalogue's words, as Fluent: `{ $org }` is a placeholder, and
    /// `{ $minutes -> [one] … *[other] … }` picks a plural form.
    pub default: String,
    /// The organisation's words in place of the default; `null` for none.
    #[serde(rename = "override")]
    pub custom: Option<String>,
    /// The placeholders the message may use, without `$`: `org` (the
    /// organisation's name), `code`, `minutes`, `when` (a date), …
    pub placeholders: Vec<String>,
}

/// `PUT /v1/admin/wording/{lang}/{id}`: the organisation's words for one message.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SetWordingRequest {
    /// 1–2,000 characters of Fluent, using only the message's placeholders.
    pub text: String,
}
