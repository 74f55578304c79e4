//! The policies: who may reset and how, passwords and lockout, the breach check,
//! the organisation's own security questions, and what a change would do.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

use crate::MethodKind;

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
    /// Whether an administrator's or the help desk's reset may still make a
    /// temporary password (`{"mode": "temporary_password"}`), which the
    /// operator sees and could sign in with. Off when left out, as it is by
    /// default: a Temporary Access Pass gets the user back in without anyone
    /// but them ever knowing a password of theirs that works.
    #[serde(default)]
    pub temporary_passwords: bool,
    /// Whether a user an identity provider creates through SCIM is sent an
    /// invitation to set their password at once. Off when left out, as it is
    /// by default: the user waits for an administrator to invite them.
    #[serde(default)]
    pub invite_provisioned_users: bool,
    /// How strong each role's self-service reset must be. Always given on
    /// `GET`; left out of a `PUT`, it stays as it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_strength: Option<RecoveryStrengths>,
    /// Which authenticator models may hold a new passkey. Always given on
    /// `GET`; left out of a `PUT`, it stays as it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passkey_models: Option<PasskeyModels>,
}

/// How a list of authenticator models is used.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ModelRule {
    /// Any authenticator.
    Any,
    /// Only the models listed.
    Allow,
    /// Every model but those listed.
    Block,
}

/// The authenticator models (AAGUIDs) a new passkey may come from. With an
/// `allow` or `block` rule the authenticator must name its model; one that
/// names none is refused (`403 passkey_model_not_allowed`). Passkeys already
/// held are kept.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PasskeyModels {
    pub rule: ModelRule,
    /// AAGUIDs, `8-4-4-4-12` hex (at most 100; at least one for `allow` or `block`).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub aaguids: Vec<String>,
}

/// How strong a self-service reset's proof must be.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RecoveryStrength {
    /// The policy's number of methods (`methods_required`; administrators always two).
    Any,
    /// Two methods, at least one of them not an email — or a passkey on its own.
    TwoMethods,
    /// A passkey only; whoever holds none cannot reset themselves.
    PhishingResistant,
}

/// The recovery strength per role; a user with several roles is held to the
/// strongest. Defaults: administrators `two_methods`, everyone else `any`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RecoveryStrengths {
    pub user: RecoveryStrength,
    pub admin: RecoveryStrength,
    pub helpdesk: RecoveryStrength,
    pub reports_reader: RecoveryStrength,
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
    /// A password found in breaches at a successful sign-in: `enforce` (the
    /// default) leads to a session that can only change it, with a notice;
    /// `audit` records it; `off` checks nothing. Left out: unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breached_at_sign_in: Option<BreachedMode>,
    /// Days before a password expires when its owner is reminded by email
    /// (default 14, 7, 3 and 1; each 1–90, at most 10; `[]`: no reminders).
    /// Left out: unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_reminder_days: Option<Vec<u16>>,
    /// The reminders go by text message too, to a registered mobile. Left out: unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_reminder_sms: Option<bool>,
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

/// `PUT /v1/admin/campaigns/current`: starts a registration campaign (a
/// new one replaces the running one, and its marks start afresh).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CampaignRequest {
    /// `all` users, or members of `groups`.
    pub target: CampaignTarget,
    /// The groups of a `groups` target (1–100).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub groups: Vec<String>,
    /// Days a "later" puts registration off (0–14).
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 14))]
    pub snooze_days: u8,
    /// How many times a user may say "later" (0–10) before registration is required.
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 10))]
    pub max_snoozes: u8,
    /// Email an invitation to each targeted user who has too few methods.
    pub invite: bool,
}

/// Whom a campaign is for.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CampaignTarget {
    All,
    Groups,
}

/// The running campaign and its progress.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct CampaignOverview {
    /// `null` when no campaign runs.
    pub current: Option<CampaignStatus>,
}

/// A running campaign.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct CampaignStatus {
    pub id: String,
    pub started_at: chrono::DateTime<chrono::Utc>,
    pub target: CampaignTarget,
    pub groups: Vec<String>,
    pub snooze_days: u8,
    pub max_snoozes: u8,
    pub invite: bool,
    /// As the last finished pass of the scheduled work counted it (every
    /// 15 minutes in AWS); `null` until one has since the campaign started.
    pub progress: Option<CampaignProgress>,
}

/// A campaign's counts.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct CampaignProgress {
    pub counted_at: chrono::DateTime<chrono::Utc>,
    /// Enabled users the campaign is for.
    pub targeted: u32,
    /// Of those, registered enough now, and since the campaign started.
    pub registered: u32,
    pub registered_since: u32,
    /// Invited by email.
    pub invited: u32,
    /// Put it off and not asked again yet.
    pub snoozed: u32,
    /// No "later" left: registration comes first at their next sign-in.
    pub required: u32,
}
