//! Reports: reset activity, registration coverage and rollout insights.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

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
    /// Who acted, by username as they are now (`API client <id>` for an
    /// integrator); `null` when anonymous or no longer anyone.
    #[serde(default)]
    pub actor_name: Option<String>,
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
    /// The action, outcome and reason in plain words, for people.
    #[serde(flatten)]
    pub words: crate::EventWords,
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
    /// `email`, `mobile`, `office_phone`, `questions`, `authenticator` or
    /// `passkey` (summary: `passkey` counts the phishing-resistant capable); `email`, `sms`, `voice`, `questions` or `authenticator` (insights).
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
    /// The key in plain words, where the key is a code (a failure reason).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
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
    /// Sign-ins over the range's days by how they were proven, every method
    /// listed: `password`, `password_and_authenticator`,
    /// `password_and_passkey`, `passkey`, `access_pass` (`key`, `count`).
    #[serde(default)]
    pub sign_ins_by_method: Vec<KeyCount>,
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
