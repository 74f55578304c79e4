//! The JSON bodies of Latchkey's REST API (`API.md`), shared by the server and
//! the web apps so that a renamed field breaks both sides at compile time.
//!
//! Requests refuse unknown fields. Types holding secrets print `***` in `Debug`.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

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
}

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
}

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

/// `POST /v1/password/change`.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ChangePasswordRequest {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 256))]
    pub current_password: String,
    /// 1–256 characters; the password policy decides the rest (`422 password_rejected`).
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 256))]
    pub new_password: String,
}

impl fmt::Debug for ChangePasswordRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ChangePasswordRequest { *** }")
    }
}

/// One reason a password was refused.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct RejectionReason {
    /// `min_length`, `max_length`, `banned` or `history`.
    pub rule: String,
    pub detail: String,
}

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
    AccountLocked => "account_locked",
    AgentNotFound => "agent_not_found",
    ClientNotFound => "client_not_found",
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

/// One security question.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SecurityQuestion {
    pub id: String,
    pub text: String,
}

/// An answer to one security question.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct QuestionAnswer {
    pub question_id: String,
    /// 3–40 characters; case, spacing and Unicode forms do not matter.
    pub answer: String,
}

impl fmt::Debug for QuestionAnswer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("QuestionAnswer")
            .field("question_id", &self.question_id)
            .field("answer", &"***")
            .finish()
    }
}

/// `201` from `POST /v1/resets`. The same shape for every username, real or not.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct StartResetResponse {
    /// The flow's bearer id: keep it secret, it is the only key to the flow.
    pub reset_id: String,
    pub expires_at: DateTime<Utc>,
    /// How many methods must be proven.
    pub required: u8,
    pub methods: Vec<ResetMethod>,
}

impl fmt::Debug for StartResetResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StartResetResponse")
            .field("reset_id", &"***")
            .field("expires_at", &self.expires_at)
            .field("required", &self.required)
            .field("methods", &self.methods)
            .finish()
    }
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
    /// When the code stops working.
    pub expires_at: DateTime<Utc>,
}

/// `POST /v1/resets/{reset_id}/verifications`.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct VerifyRequest {
    pub method_id: String,
    /// The code that was sent (email, SMS).
    #[serde(default)]
    pub code: Option<String>,
    /// Or, for a `questions` method, an answer to each of its questions.
    #[serde(default)]
    pub answers: Option<Vec<QuestionAnswer>>,
}

impl fmt::Debug for VerifyRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VerifyRequest")
            .field("method_id", &self.method_id)
            .field("code", &self.code.as_ref().map(|_| "***"))
            .field("answers", &self.answers)
            .finish()
    }
}

/// `200`: which methods are proven and how many are still needed.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct VerifyResponse {
    pub verified: Vec<String>,
    pub remaining: u8,
}

/// `POST /v1/resets/{reset_id}/password`.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ResetPasswordRequest {
    /// 1–256 characters; the password policy decides the rest (`422 password_rejected`).
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 256))]
    pub new_password: String,
}

impl fmt::Debug for ResetPasswordRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ResetPasswordRequest { *** }")
    }
}

/// `POST /v1/resets/{reset_id}/unlock`: an empty object.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UnlockRequest {}

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

/// `PUT /v1/admin/users/{id}/password-expiry`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PasswordExpiryRequest {
    /// Exempt the user from the maximum password age (`false` ends the
    /// exemption: a password older than the maximum then expires at once).
    pub never_expires: bool,
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
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 256))]
    pub current_password: Option<String>,
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
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 256))]
    pub current_password: Option<String>,
}

/// `PUT /v1/admin/users/{id}/office-phone`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct OfficePhoneRequest {
    /// E.164, e.g. `+14255550100`: the desk phone code calls go to.
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = r"^[ ().-]*\+[ ().-]*[1-9](?:[ ().-]*[0-9]){7,14}[ ().-]*$")
    )]
    pub phone: String,
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
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct VerifyMethodRequest {
    pub code: String,
}

impl fmt::Debug for VerifyMethodRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VerifyMethodRequest").field("code", &"***").finish()
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

/// `PUT /v1/me/methods/authenticator`: set up an authenticator app.
#[derive(Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AuthenticatorSetupRequest {
    /// Needed when the session is over 5 minutes old.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 256))]
    pub current_password: Option<String>,
}

impl fmt::Debug for AuthenticatorSetupRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AuthenticatorSetupRequest")
            .field("current_password", &self.current_password.as_ref().map(|_| "***"))
            .finish()
    }
}

/// `200` from `PUT /v1/me/methods/authenticator`: the key, shown this once.
#[derive(Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AuthenticatorSetup {
    /// The key in base32, to type into the app.
    pub secret: String,
    /// The `otpauth://totp/…` URI the QR code holds.
    pub uri: String,
    /// The QR code of `uri` as an SVG document (drawn by the server: no third party sees the key).
    pub qr_svg: String,
    /// Prove it with a first code before this.
    pub expires_at: DateTime<Utc>,
}

impl fmt::Debug for AuthenticatorSetup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AuthenticatorSetup").field("expires_at", &self.expires_at).finish_non_exhaustive()
    }
}

/// `200` from `POST /v1/me/methods/authenticator/verify`.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AuthenticatorRegistered {
    /// Ten single-use codes that stand in for the app; shown this once.
    pub recovery_codes: Vec<String>,
    /// When the caller's token was the sign-in's registration step: the session it ends in.
    pub session: Option<SignInResponse>,
}

impl fmt::Debug for AuthenticatorRegistered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AuthenticatorRegistered")
            .field("recovery_codes", &self.recovery_codes.len())
            .field("session", &self.session)
            .finish()
    }
}

/// `POST /v1/me/methods/confirm`: "my details still look good".
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ConfirmMethodsRequest {}

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
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 256))]
    pub current_password: Option<String>,
}

/// Who self-service reset is for.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ResetScope {
    None,
    /// Members of any of `scope_groups`.
    Groups,
    /// Accepted on input for clients written when a scope named one group
    /// (`scope_group`); read back as `groups`.
    Group,
    All,
}

/// The self-service reset policy (`GET`/`PUT /v1/admin/policy`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ResetPolicy {
    pub scope: ResetScope,
    /// The groups of a `groups` scope (1–100).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub scope_groups: Vec<String>,
    /// Input only, for older clients: one more group of the scope (what
    /// `scope: "group"` named). Never sent back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope_group: Option<String>,
    /// Kinds users may register and reset with (`email`, `sms`, `voice`, `questions`, `authenticator`).
    #[cfg_attr(feature = "openapi", schema(min_items = 1))]
    pub methods_allowed: Vec<MethodKind>,
    /// Methods a user proves to reset: 1 or 2 (administrators always 2).
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 2))]
    pub methods_required: u8,
    /// Security questions to register (3–5).
    #[cfg_attr(feature = "openapi", schema(minimum = 3, maximum = 5))]
    pub questions_to_register: u8,
    /// Security questions asked at a reset (1 to `questions_to_register`).
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 5))]
    pub questions_to_reset: u8,
    /// Send users with too few methods to registration when they sign in.
    pub require_registration: bool,
    /// Ask users to re-confirm their methods after this many days (0 = never).
    #[cfg_attr(feature = "openapi", schema(maximum = 730))]
    pub reconfirm_days: u32,
    /// Tell users when their password is reset or their account unlocked.
    pub notify_users: bool,
    /// Tell all administrators when an administrator resets their own password.
    pub notify_admins_on_admin_reset: bool,
    /// Whether the contact emails and phones an administrator or an import
    /// put on a user count as reset methods (the users' own proven methods
    /// always do). Off when left out, as it is by default.
    #[serde(default)]
    pub directory_contacts_count: bool,
    /// Ask every user, not only administrators and the help desk (always
    /// asked), for an authenticator code after the password. Off when left out.
    #[serde(default)]
    pub second_factor_for_everyone: bool,
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

/// `PUT /v1/admin/policy`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdatePolicyRequest {
    pub policy: ResetPolicy,
    /// Save even though some users would lose the ability to reset (after a
    /// `409 policy_strands_users` or a preview showed how many).
    #[serde(default)]
    pub accept_impact: bool,
}

/// The password and sign-in lockout rules (`GET`/`PUT /v1/admin/password-policy`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PasswordPolicy {
    /// Minimum length in characters (8–64); the maximum is 256.
    #[cfg_attr(feature = "openapi", schema(minimum = 8, maximum = 64))]
    pub min_length: u16,
    /// Recent passwords a change may not reuse (0–24; 1 = not the current one).
    #[cfg_attr(feature = "openapi", schema(maximum = 24))]
    pub history: u8,
    /// The organisation's banned words (up to 1,000, 4–16 characters each),
    /// matched like the global list: case, leetspeak and one typo folded.
    #[cfg_attr(feature = "openapi", schema(max_items = 1000))]
    pub custom_banned: Vec<String>,
    /// Days before a password must be changed at sign-in (1–3650); `null` = never (recommended).
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 3650))]
    pub max_age_days: Option<u32>,
    /// Failed sign-ins in a row that lock the account (1–100).
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 100))]
    pub lockout_threshold: u32,
    /// The first lockout's length in seconds; each further one doubles (1–604800).
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 604800))]
    pub lockout_seconds: u64,
    /// The longest a lockout may last, in seconds (`lockout_seconds`–604800).
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 604800))]
    pub lockout_max_seconds: u64,
    /// New passwords found in known data breaches: `enforce` refuses them
    /// (reason `breached`; the default), `audit` accepts and records them,
    /// `off` checks nothing. Left out of a `PUT` or preview: unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breached_mode: Option<BreachedMode>,
    /// The imported corpus refuses a password seen at least this many times:
    /// 1, 10, 100, 1000 or 10000 (the shipped list of the most common
    /// passwords refuses at any count). Left out: unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 10000))]
    pub breached_min_count: Option<u32>,
}

/// What the breach check does with a new password found in known breaches.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum BreachedMode {
    Off,
    Audit,
    Enforce,
}

/// `GET /v1/admin/password-policy/breaches`: the breach check as it stands.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct BreachStatus {
    pub mode: BreachedMode,
    pub min_count: u32,
    /// Passwords in the list shipped with the functions.
    pub shipped_entries: u64,
    /// The imported corpus; `null` when none was imported.
    pub corpus: Option<BreachCorpus>,
    /// The days `recent_checked` and `recent_breached` cover (ending today).
    pub recent_days: u32,
    /// New passwords checked in those days.
    pub recent_checked: u64,
    /// Of them, found in breaches: refused when enforcing, recorded when auditing.
    pub recent_breached: u64,
}

/// An imported breach corpus, as its import recorded it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct BreachCorpus {
    /// Distinct hashes.
    pub entries: u64,
    /// Shards written (up to 65,536).
    pub shards: u32,
    /// Bytes of every shard's filters.
    pub bytes: u64,
    pub imported_at: DateTime<Utc>,
    /// What the import was told it was (a file name, a version).
    pub source: String,
}

/// `PUT /v1/admin/password-policy`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdatePasswordPolicyRequest {
    pub policy: PasswordPolicy,
    /// Save even though more passwords would be expired at once (after a
    /// `409 policy_expires_passwords` or a preview showed how many).
    #[serde(default)]
    pub accept_impact: bool,
}

/// What a password policy change does: passwords past the maximum age are
/// changed at the next sign-in.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PasswordPolicyImpact {
    /// Enabled users.
    pub users: u32,
    /// Users whose password is expired now.
    pub expired_before: u32,
    /// Users whose password would be expired under the new policy.
    pub expired_after: u32,
    /// The days `recent_checked` and `recent_breached` cover (ending today).
    pub recent_days: u32,
    /// New passwords checked against breaches in those days.
    pub recent_checked: u64,
    /// Of them, found in breaches: what enforcing would have refused.
    pub recent_breached: u64,
}

/// What a policy change does to who can reset.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PolicyImpact {
    /// Enabled users.
    pub users: u32,
    pub eligible_before: u32,
    pub eligible_after: u32,
    /// Users who can reset now and could not under the new policy.
    pub losing: u32,
}

/// One of the organisation's own security questions, offered in every
/// language as written.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CustomQuestion {
    /// Set for a question that exists (keep it to correct the wording: users'
    /// answers stay valid); leave it out to add a question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// 10–200 characters; spacing is tidied.
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = r"^\s*[^\s\x00-\x1f\x7f-\x9f](?:\s*[^\s\x00-\x1f\x7f-\x9f]){4,199}\s*$")
    )]
    pub text: String,
}

/// `GET /v1/admin/security-questions` and the body of its preview.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CustomQuestions {
    /// Up to 20; they replace the list, so a question left out is removed.
    #[cfg_attr(feature = "openapi", schema(max_items = 20))]
    pub questions: Vec<CustomQuestion>,
}

/// `PUT /v1/admin/security-questions`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateCustomQuestionsRequest {
    #[cfg_attr(feature = "openapi", schema(max_items = 20))]
    pub questions: Vec<CustomQuestion>,
    /// Save even though users who answered a removed question would lose
    /// self-service reset (after a `409 policy_strands_users` or a preview).
    #[serde(default)]
    pub accept_impact: bool,
}

/// `200` from `PUT /v1/admin/security-questions`: the saved list, new
/// questions with their ids, and what it did to who can reset.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct CustomQuestionsSaved {
    pub questions: Vec<CustomQuestion>,
    pub impact: PolicyImpact,
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

// --- administrators' users -------------------------------------------------------

/// `GET /v1/admin/me`: who the operator is and what the console may show them.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct OperatorResponse {
    pub user: SessionUser,
    /// `read_users`, `manage_users`, `reset_password`, `unlock`, `invite`,
    /// `settings`, `read_reports`.
    pub permissions: Vec<String>,
}

/// One user in `GET /v1/admin/users`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AdminUserRow {
    pub id: String,
    pub username: String,
    pub display_name: String,
    /// The first contact email the organisation knows.
    pub email: Option<String>,
    pub roles: Vec<String>,
    pub groups: Vec<String>,
    pub enabled: bool,
    pub registration: RegistrationState,
    pub must_change_password: bool,
    pub password_expires_at: Option<DateTime<Utc>>,
    pub last_sign_in_at: Option<DateTime<Utc>>,
    /// Send it back with an edit (`PATCH`): a stale one gets 409 `version_conflict`.
    pub version: u64,
}

/// `200` from `GET /v1/admin/users`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AdminUserList {
    pub users: Vec<AdminUserRow>,
    /// Pass as `next` for the following page; `null` on the last one.
    pub next: Option<String>,
}

/// An audit event in a user's recent activity.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ActivityEvent {
    pub id: String,
    pub at: DateTime<Utc>,
    /// `sign_in`, `password_change`, `admin_password_reset`, `account_unlocked`, …
    pub action: String,
    /// `success`, `failure`, `locked`, `blocked`.
    pub outcome: String,
    /// The id of the user who acted (`null`: anonymous, such as a reset).
    pub actor: Option<String>,
    pub reason: Option<String>,
    pub client_ip: Option<String>,
}

/// The password part of a user's detail.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AdminPasswordStatus {
    pub changed_at: Option<DateTime<Utc>>,
    pub expires_at: Option<DateTime<Utc>>,
    pub never_expires: bool,
    /// The next sign-in leads to a change.
    pub must_change: bool,
    /// The current password is an administrator's temporary one, valid until then.
    pub temporary_until: Option<DateTime<Utc>>,
}

/// `200` from `GET /v1/admin/users/{id}`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AdminUserDetail {
    pub id: String,
    pub username: String,
    pub display_name: String,
    pub first_name: String,
    pub last_name: String,
    /// Contact data the organisation supplied.
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    /// The desk phone code calls go to (set only by administrators; E.164).
    #[serde(default)]
    pub office_phone: Option<String>,
    pub roles: Vec<String>,
    pub groups: Vec<String>,
    pub enabled: bool,
    /// The methods a reset offers, masked, with who set each.
    pub methods: Vec<RegisteredMethod>,
    pub registration: RegistrationStatus,
    pub password: AdminPasswordStatus,
    /// The account is locked (from anywhere) until then; `null` when not.
    pub locked_until: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub last_sign_in_at: Option<DateTime<Utc>>,
    pub last_reset_at: Option<DateTime<Utc>>,
    /// The newest 20 events about the user, newest first.
    pub activity: Vec<ActivityEvent>,
    /// A pending invitation to set a password; `null` when none.
    pub invitation: Option<InvitationStatus>,
    pub version: u64,
}

/// An invitation sent: where to, and until when its code works.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct InvitationStatus {
    pub sent_to: String,
    pub expires_at: DateTime<Utc>,
}

/// `POST /v1/admin/users`: a user with no password; the invitation lets them set one.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateUserRequest {
    /// 1–64 of `a-z 0-9 . _ - @` (any case; stored lower-case).
    pub username: String,
    pub display_name: String,
    #[serde(default)]
    pub first_name: String,
    #[serde(default)]
    pub last_name: String,
    /// Contact emails the organisation knows; the invitation goes to the first.
    #[serde(default)]
    pub emails: Vec<String>,
    #[serde(default)]
    pub phones: Vec<String>,
    #[serde(default)]
    pub groups: Vec<String>,
    /// `admin`, `helpdesk`, `reports_reader` (`user` is always held).
    #[serde(default)]
    pub roles: Vec<String>,
    /// Send the invitation now (default); `false` leaves the user without a
    /// way in until one is sent.
    #[serde(default = "yes")]
    pub send_invitation: bool,
}

fn yes() -> bool {
    true
}

/// `POST /v1/admin/users/{id}/invitation`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct InvitationRequest {
    /// One of the user's emails; the first when left out.
    #[serde(default)]
    pub email: Option<String>,
}

/// `POST /v1/invitations/accept`: the code from the invitation and a new password.
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AcceptInvitationRequest {
    /// Any string: a name with no invitation answers like a wrong code.
    pub username: String,
    /// The 8-digit code from the invitation email (anything else counts as a wrong code).
    pub code: String,
    /// 1–256 characters; the password policy decides the rest (`422 password_rejected`).
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 256))]
    pub new_password: String,
}

impl fmt::Debug for AcceptInvitationRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AcceptInvitationRequest")
            .field("username", &self.username)
            .field("code", &"***")
            .field("new_password", &"***")
            .finish()
    }
}

/// `POST /v1/admin/users/{id}/password-reset`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AdminResetRequest {
    pub mode: AdminResetMode,
}

/// How an administrator resets a password (they never choose it).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AdminResetMode {
    /// Latchkey generates a temporary password, shown once in the answer.
    TemporaryPassword,
}

/// `200` from `POST /v1/admin/users/{id}/password-reset`: shown once, never stored in plain text.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AdminResetResponse {
    /// Give it to the user by a channel you trust; it only lets them set a new password.
    pub temporary_password: String,
    pub expires_at: DateTime<Utc>,
}

/// `PATCH /v1/admin/users/{id}`: only the fields given change.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateUserRequest {
    /// The `version` the edit is based on (from the list or the detail).
    pub version: u64,
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub first_name: Option<String>,
    #[serde(default)]
    pub last_name: Option<String>,
    #[serde(default)]
    pub emails: Option<Vec<String>>,
    #[serde(default)]
    pub phones: Option<Vec<String>>,
    #[serde(default)]
    pub groups: Option<Vec<String>>,
    /// `admin`, `helpdesk`, `reports_reader` (`user` is always held).
    #[serde(default)]
    pub roles: Option<Vec<String>>,
    /// `false` disables the account and ends every session.
    #[serde(default)]
    pub enabled: Option<bool>,
    #[serde(default)]
    pub must_change_password: Option<bool>,
}

// --- branding and reset limits -------------------------------------------------------

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

// --- import and export -------------------------------------------------------------

/// One row's result in `POST /v1/admin/users/import`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ImportRowResult {
    /// The row's line in the file (the header is line 1).
    pub line: usize,
    pub username: String,
    /// `created`, `updated`, `unchanged` or `error`.
    pub result: String,
    /// The column at fault (`error`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Why a row failed (`error`); for a `created` row of an `invite=true`
    /// import, where its invitation went or why none could go.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// `200` from `POST /v1/admin/users/import`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ImportReport {
    /// A dry run wrote nothing: the results say what a real run would do.
    pub dry_run: bool,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub errors: usize,
    /// Every row, in file order.
    pub rows: Vec<ImportRowResult>,
}

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
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct VerificationCheckRequest {
    pub code: String,
}

// --- administrators' groups -------------------------------------------------------

/// One group in `GET /v1/admin/groups`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct GroupSummary {
    pub name: String,
    pub description: Option<String>,
    /// Members now.
    pub members: u64,
    /// The self-service reset scope names this group.
    pub in_scope: bool,
    pub created_at: DateTime<Utc>,
    /// Set while a rename to that name moves the members (an interrupted
    /// rename: send the same rename again to finish it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renaming_to: Option<String>,
}

/// `200` from `GET /v1/admin/groups`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct GroupList {
    pub groups: Vec<GroupSummary>,
    /// Pass as `next` for the following page; `null` on the last one.
    pub next: Option<String>,
}

/// `POST /v1/admin/groups`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateGroupRequest {
    /// 1–64 letters, digits, spaces, `.`, `_` or `-` (trimmed); compared exactly.
    pub name: String,
    /// Up to 256 characters, no control characters; empty is none.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 256))]
    pub description: Option<String>,
}

/// `PATCH /v1/admin/groups/{name}`: each field only when given.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateGroupRequest {
    /// A new name: every member and the reset scope follow it.
    #[serde(default)]
    pub name: Option<String>,
    /// A new description; `""` clears it.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 256))]
    pub description: Option<String>,
}

/// `POST /v1/admin/agents/enrolments`: a one-time token for one writeback agent.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateEnrolmentRequest {
    /// The directory the agent writes to: lowercase letters, digits and dashes (`corp`).
    pub directory: String,
    /// What the agent is called on screen (`dc1 agent`).
    pub name: String,
}

/// The token, shown once: the agent enrols with it within `expires_at`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AgentEnrolment {
    pub token: String,
    pub directory: String,
    pub name: String,
    pub expires_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AgentStatus {
    /// In contact within the last 30 seconds.
    Online,
    Offline,
    Revoked,
}

/// One writeback agent.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AgentInfo {
    pub id: String,
    pub name: String,
    pub directory: String,
    pub version: String,
    pub status: AgentStatus,
    pub enrolled_at: DateTime<Utc>,
    pub last_contact_at: DateTime<Utc>,
    pub keys_rotated_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// A directory Latchkey writes back to, and whether it can now.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DirectoryStatus {
    pub directory: String,
    /// Agents online now; 0 means resets of its users are refused up front.
    pub online_agents: u32,
}

/// `GET /v1/admin/agents`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AgentList {
    pub agents: Vec<AgentInfo>,
    pub directories: Vec<DirectoryStatus>,
}

/// One row of the reset activity report.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ResetActivityRow {
    /// The event's reference id (quote it to find the event again).
    pub id: String,
    pub at: DateTime<Utc>,
    /// `policy_change`, `blocked_from_reset`, `self_service_change`,
    /// `admin_reset`, `self_service_reset`, `flow_progress`,
    /// `self_service_unlock`, `user_registered`, `admin_unlock`, `import`, `lockout`.
    pub activity: String,
    /// The audited action within the activity (`reset_started`, `reset_code_failed`, …).
    pub action: String,
    /// The id of the user who acted (`null`: anonymous, such as a reset).
    pub actor: Option<String>,
    /// The id of the account acted on, when one exists.
    pub target: Option<String>,
    /// The name given for the target (kept even when no such user exists).
    pub target_name: Option<String>,
    /// `success`, `failure`, `locked`, `blocked`.
    pub outcome: String,
    /// A rule name or fixed word saying why (`code_invalid`, `send_limit`, …).
    pub reason: Option<String>,
    /// The methods used: `email`, `sms`, `voice`, `questions`, `authenticator`.
    pub methods: Vec<String>,
    pub client_ip: Option<String>,
    pub user_agent: Option<String>,
}

/// A page of the reset activity report, newest first.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ResetActivityPage {
    pub events: Vec<ResetActivityRow>,
    /// Pass as `next` for the following page; `null` on the last one.
    pub next: Option<String>,
}

/// How many enabled users stand where.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct RegistrationCoverage {
    /// Enabled users.
    pub users: u32,
    /// Registered enough methods (a confirmation may be due).
    pub registered: u32,
    /// Could complete a self-service reset now.
    pub capable: u32,
    /// In the reset scope with fewer methods than a reset needs.
    pub not_registered: u32,
    /// Outside the reset scope.
    pub not_in_scope: u32,
}

/// Enabled users holding one kind of registered data.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct MethodCount {
    /// `email`, `mobile`, `office_phone`, `questions` or `authenticator`
    /// (summary); `email`, `sms`, `voice`, `questions` or `authenticator` (insights).
    pub method: String,
    pub users: u32,
}

/// One group's coverage.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct GroupCoverage {
    pub group: String,
    #[serde(flatten)]
    pub coverage: RegistrationCoverage,
}

/// The registration summary: everyone, by registered data, by group.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct RegistrationSummary {
    pub all: RegistrationCoverage,
    pub by_method: Vec<MethodCount>,
    pub by_group: Vec<GroupCoverage>,
}

/// A user who has not registered enough methods for a reset.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct NotRegisteredRow {
    pub id: String,
    pub username: String,
    pub display_name: String,
    pub groups: Vec<String>,
}

/// A page of the users not yet registered, in username order.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct NotRegisteredPage {
    pub users: Vec<NotRegisteredRow>,
    /// Pass as `next` for the following page; `null` on the last one.
    pub next: Option<String>,
}

/// Someone and how often.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SubjectCount {
    /// The account's id (`null` for a name that matches no user).
    pub user: Option<String>,
    pub name: Option<String>,
    pub count: u32,
}

/// Something and how often.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct KeyCount {
    pub key: String,
    pub count: u32,
}

/// The answers to an administrator's questions about a reset rollout, over a range.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ReportInsights {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    /// Events read; `complete` is false when the range held more than 100,000 (narrow it).
    pub examined: u32,
    pub complete: bool,
    /// What changed in the reset policy (newest first; `reason` names what).
    pub policy_changes: Vec<ResetActivityRow>,
    /// How many people are registered now (and the rest of the coverage).
    pub coverage: RegistrationCoverage,
    /// Methods registered in the range, and by how many people.
    pub registrations: u32,
    pub registered_people: u32,
    /// Who registered, most registrations first.
    pub registered: Vec<SubjectCount>,
    /// What data they registered: registrations by method in the range.
    pub registered_methods: Vec<MethodCount>,
    /// What data everyone holds now.
    pub registered_data: Vec<MethodCount>,
    /// Completed self-service resets, and resets by an administrator.
    pub resets: u32,
    pub admin_resets: u32,
    /// The most common methods proven in resets.
    pub reset_methods: Vec<MethodCount>,
    /// The most common problems: failure and block reasons, ranked.
    pub problems: Vec<KeyCount>,
    /// Administrators who reset or changed their own password, most often first.
    pub admins_resetting_themselves: Vec<SubjectCount>,
    /// Suspicious: users blocked from reset.
    pub blocked: Vec<SubjectCount>,
    /// Suspicious: users with 3 or more failed proofs.
    pub failed_proofs: Vec<SubjectCount>,
    /// Suspicious: users with 5 or more reset starts.
    pub starts_per_user: Vec<SubjectCount>,
    /// Suspicious: client addresses with 10 or more reset starts.
    pub starts_per_address: Vec<KeyCount>,
}

/// An integrator's API client as administrators see it (never its secret).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ApiClientInfo {
    pub id: String,
    pub name: String,
    /// Among `reports:read`, `users:read`, `users:write`, `users:reset`, `policy:read`.
    pub scopes: Vec<String>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// When it was last given a token (to within a few minutes); null if never.
    pub last_used_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the current secret was made.
    pub secret_created_at: chrono::DateTime<chrono::Utc>,
    /// While the previous secret still works after a rotation: until when.
    pub previous_secret_works_until: Option<chrono::DateTime<chrono::Utc>>,
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
    /// At least one of `reports:read`, `users:read`, `users:write`, `users:reset`, `policy:read`.
    pub scopes: Vec<String>,
}

/// A client with its secret, shown this once (create and rotate).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ApiClientSecret {
    pub client: ApiClientInfo,
    /// `lkcs_` and 64 hex digits; stored only as a keyed digest, never shown again.
    pub client_secret: String,
}

/// `POST /v1/oauth/token`'s success (RFC 6749 §5.1).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct TokenResponse {
    pub access_token: String,
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
