//! The signed-in user's own account: the verification methods they register
//! (contacts, security questions, an authenticator app) and where registration stands.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

use crate::{Language, PasswordStatus, Redacted, SessionUser, SignInResponse};

/// A kind of verification method.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MethodKind {
    Email,
    Sms,
    Voice,
    Questions,
    /// A code from an authenticator app (TOTP), or a recovery code.
    Authenticator,
    /// A passkey (WebAuthn).
    Passkey,
}

/// Who put a method on the account.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MethodSource {
    /// An administrator or the directory sync; not removable by the user.
    Admin,
    /// The user registered it.
    User,
}

/// A registered method, masked.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct RegisteredMethod {
    pub kind: MethodKind,
    /// `j•••@c•••.com`, `•••• •••• •12`.
    pub hint: String,
    pub source: MethodSource,
    /// When the user last proved it (a code entered, answers given); `null`
    /// for contacts the organisation supplied, and for methods proven before
    /// this was recorded.
    #[serde(default)]
    pub proven_at: Option<DateTime<Utc>>,
}

/// An address waiting for its code.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PendingMethod {
    pub kind: MethodKind,
    pub hint: String,
    pub expires_at: DateTime<Utc>,
}

/// Where the user stands with registration.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RegistrationState {
    Complete,
    /// Fewer methods than a reset needs.
    Incomplete,
    /// Time to confirm the methods are still right.
    ConfirmDue,
    /// Self-service reset is not enabled for this user.
    NotInScope,
}

/// The registration part of `GET /v1/me`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct RegistrationStatus {
    pub state: RegistrationState,
    /// Methods a reset needs (admins: always 2).
    pub required: u8,
    /// Methods the user has.
    pub registered: u8,
    /// When the next confirmation falls due; `null` when never.
    pub confirm_by: Option<DateTime<Utc>>,
    pub pending: Option<PendingMethod>,
}

/// `200` from `GET /v1/me`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct MeResponse {
    pub user: SessionUser,
    pub methods: Vec<RegisteredMethod>,
    pub registration: RegistrationStatus,
    pub password: PasswordStatus,
    /// The language the user chose for the portal and their messages;
    /// `null` follows the organisation's (`default_language` in `GET /v1/config/public`).
    #[serde(default)]
    pub language: Option<Language>,
    /// For a user synced from an on-premises directory: its password rules,
    /// which apply beside Latchkey's; `null` otherwise (or not yet known).
    #[serde(default)]
    pub directory_rules: Option<crate::passwords::DirectoryRules>,
    /// The weekly digest of the organisation's resets, failures, blocks and
    /// registration goes to this user by email (administrators and report
    /// readers who chose it).
    #[serde(default)]
    pub weekly_digest: bool,
    /// Where the user stands with a registration campaign; `null` when it
    /// asks nothing of them.
    #[serde(default)]
    pub campaign: Option<CampaignStanding>,
    /// The user's passkeys, oldest first.
    #[serde(default)]
    pub passkeys: Vec<PasskeyView>,
}

/// What a registration campaign asks of the signed-in user.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct CampaignStanding {
    /// `nudge` (set up now, or later), `snoozed` (put off until
    /// `snoozed_until`) or `required` (no "later" left).
    pub state: String,
    /// How many more times they may say "later".
    pub snoozes_left: u8,
    /// Days each "later" puts it off.
    pub snooze_days: u8,
    pub snoozed_until: Option<DateTime<Utc>>,
}

/// `PATCH /v1/me`: the user's own preferences, each only when given.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateMeRequest {
    /// The user's language; `null` goes back to the organisation's.
    #[serde(default, deserialize_with = "crate::service::nullable", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Language>))]
    pub language: Option<Option<Language>>,
    /// The weekly digest by email (people who read reports only: 403
    /// `forbidden` otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekly_digest: Option<bool>,
}

/// `PUT /v1/me/methods/email`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RegisterEmailRequest {
    #[cfg_attr(
        feature = "openapi",
        schema(
            // Within what the server accepts (`Email::parse`): a local part of
            // at most 64 characters and 254 in all, which a pattern can only
            // bound by its pieces (so it describes most, not all, addresses).
            max_length = 254,
            pattern = r"^[ \t\r\n]*[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,32}(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,15}){0,2}@(?:[A-Za-z0-9-]{1,40}\.){1,3}[A-Za-z0-9-]{1,40}[ \t\r\n]*$"
        )
    )]
    pub address: String,
    /// Needed when the session is more than 5 minutes old (recent authentication).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, min_length = 1, max_length = 256))]
    pub current_password: Option<Redacted>,
}

/// `PUT /v1/me/methods/mobile`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RegisterMobileRequest {
    /// E.164, e.g. `+14255550123`.
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = r"^[ ().-]*\+[ ().-]*[1-9](?:[ ().-]*[0-9]){7,14}[ ().-]*$")
    )]
    pub phone: String,
    /// Needed when the session is more than 5 minutes old (recent authentication).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, min_length = 1, max_length = 256))]
    pub current_password: Option<Redacted>,
}

/// `202` from `PUT /v1/me/methods/{email|mobile}`: a code is on its way.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct CodeSent {
    pub kind: MethodKind,
    pub hint: String,
    pub expires_at: DateTime<Utc>,
}

/// `POST /v1/me/methods/{email|mobile}/verify`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct VerifyMethodRequest {
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub code: Redacted,
}

/// `PUT /v1/me/methods/authenticator`: set up an authenticator app.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AuthenticatorSetupRequest {
    /// Needed when the session is over 5 minutes old.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, min_length = 1, max_length = 256))]
    pub current_password: Option<Redacted>,
}

/// `200` from `PUT /v1/me/methods/authenticator`: the key, shown this once.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AuthenticatorSetup {
    /// The key in base32, to type into the app.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub secret: Redacted,
    /// The `otpauth://totp/…` URI the QR code holds.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub uri: Redacted,
    /// The QR code of `uri` as an SVG document (drawn by the server: no third party sees the key).
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub qr_svg: Redacted,
    /// Prove it with a first code before this.
    pub expires_at: DateTime<Utc>,
}

/// `200` from `POST /v1/me/methods/authenticator/verify`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AuthenticatorRegistered {
    /// Ten single-use codes that stand in for the app; shown this once.
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<String>))]
    pub recovery_codes: Vec<Redacted>,
    /// When the caller's token was the sign-in's registration step: the session it ends in.
    pub session: Option<SignInResponse>,
}

/// `POST /v1/me/methods/confirm`: "my details still look good".
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ConfirmMethodsRequest {}

/// One security question.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SecurityQuestion {
    pub id: String,
    pub text: String,
}

/// An answer to one security question.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct QuestionAnswer {
    pub question_id: String,
    /// 3–40 characters; case, spacing and Unicode forms do not matter.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub answer: Redacted,
}

/// `200` from `GET /v1/security-questions`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SecurityQuestionsResponse {
    /// The language the predefined questions are in (from `Accept-Language`).
    pub language: String,
    /// How many a user registers.
    pub register: u8,
    /// How many a reset asks.
    pub reset: u8,
    pub questions: Vec<SecurityQuestion>,
}

/// `PUT /v1/me/security-questions`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RegisterQuestionsRequest {
    pub answers: Vec<QuestionAnswer>,
    /// Needed when the session is more than 5 minutes old (recent authentication).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, min_length = 1, max_length = 256))]
    pub current_password: Option<Redacted>,
}

/// `200` from `GET /v1/me/activity`: the signed-in user's own last 30 days.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct OwnActivity {
    /// Newest first, at most 100.
    pub events: Vec<OwnEvent>,
}

/// One thing that happened to the user's account.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct OwnEvent {
    pub id: String,
    pub at: DateTime<Utc>,
    /// `sign_in`, `password_change`, `reset_completed`, `method_registered`, …
    pub action: String,
    /// `success`, `failure`, `locked`, `blocked`.
    pub outcome: String,
    /// Who did it: `you`, `someone_else` (an administrator, the help desk, a
    /// client, or an anonymous attempt on the account) or `system`.
    pub by: String,
    /// The address the request came from, where there was one.
    pub client_ip: Option<String>,
    /// The action, outcome and reason in the reader's words.
    #[serde(flatten)]
    pub words: crate::admin::EventWords,
}

/// The owner's report from a security notice's link: the link's token
/// (the part of the link after `#`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ReportRequest {
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub token: crate::Redacted,
}

/// The signed-in owner's report of an event in their recent activity.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct OwnReportRequest {
    /// The event's `id` from `GET /v1/me/activity`.
    pub event: String,
}

/// A passkey of the signed-in user (never its key material).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PasskeyView {
    /// The credential id (base64url), as the browser names it.
    pub id: String,
    pub name: String,
    pub added_at: DateTime<Utc>,
    #[serde(default)]
    pub last_used_at: Option<DateTime<Utc>>,
    /// The authenticator model's AAGUID, when the authenticator names one.
    #[serde(default)]
    pub authenticator_model: Option<String>,
}

/// `POST /v1/me/passkeys/options`: begin making a passkey.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PasskeyOptionsRequest {
    /// Needed when the session is over 5 minutes old.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, min_length = 1, max_length = 256))]
    pub current_password: Option<Redacted>,
}

/// A WebAuthn ceremony's first step: the options for `navigator.credentials`
/// (`PublicKeyCredential.parseCreationOptionsFromJSON` or
/// `parseRequestOptionsFromJSON` take them as they are), and the
/// `ceremony` to send back with the browser's answer.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PasskeyCeremony {
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub options: serde_json::Value,
    /// Opaque; good once, until `expires_at`.
    pub ceremony: String,
    pub expires_at: DateTime<Utc>,
}

/// `POST /v1/me/passkeys`: the browser's new credential, and its name.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PasskeyRegistrationRequest {
    #[cfg_attr(feature = "openapi", schema(max_length = 4096))]
    pub ceremony: String,
    /// `RegistrationResponseJSON` (the credential's `toJSON()`).
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub response: serde_json::Map<String, serde_json::Value>,
    /// 1–64 characters, e.g. "Work laptop".
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 64))]
    pub name: String,
}

/// `PATCH /v1/me/passkeys/{id}`: a new name.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PasskeyRenameRequest {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 64))]
    pub name: String,
}
