//! Audit events: who did what to whom, from where, and how it ended.
//!
//! An event never carries a password, code, token or hash; `reason` holds
//! only rule names and fixed words, so it is safe to show in reports.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::types::UserId;

/// What was attempted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    SignIn,
    PasswordChange,
    AccountLockout,
    UserCreated,
    SettingsChanged,
    ResetStarted,
    ResetCodeSent,
    ResetCodeFailed,
    ResetMethodVerified,
    ResetBlocked,
    ResetCompleted,
    AccountUnlocked,
    MethodCodeSent,
    MethodCodeFailed,
    MethodRegistered,
    MethodRemoved,
    MethodsConfirmed,
    /// An administrator changed a user's account (the reason names what).
    UserUpdated,
    /// An administrator or helpdesk reset a user's password (reason: how).
    AdminPasswordReset,
    /// An administrator granted or removed roles (reason: which).
    RolesChanged,
    /// An administrator deleted a user (the audit history stays).
    UserDeleted,
    /// An invitation to set a password was sent (reason: the channel).
    InvitationSent,
    /// Someone used an invitation's code (outcome says whether it was right).
    InvitationAccepted,
    /// A helpdesk person checked who a user is (reason: code_sent, verified, code_invalid).
    HelpdeskCheck,
    /// A group was created (reason: how — `created`, `renamed_from …`, `named_by_user_edit`).
    GroupCreated,
    /// A group's record changed (reason: `description`, `renaming_to …`).
    GroupUpdated,
    /// A rename finished: the old name's record is gone (reason: the new name, members moved).
    GroupRenamed,
    /// A group was deleted and taken off its members (reason: how many).
    GroupDeleted,
    /// A user joined a group (reason: which).
    GroupMemberAdded,
    /// A user left a group (reason: which, and whether they lost self-service reset).
    GroupMemberRemoved,
    /// A new password was found in known breaches and accepted, because the
    /// check is audit-only (reason: `audit_only,<where it was found>`); the
    /// change itself has its own event.
    BreachedPasswordAudited,
    /// An administrator issued a one-time token to enrol a writeback agent (reason: the directory).
    AgentEnrolmentIssued,
    /// A writeback agent enrolled with a token (target name: the agent; actor: who issued the token).
    AgentEnrolled,
    /// An agent replaced its keys.
    AgentKeysRotated,
    /// An administrator revoked an agent.
    AgentRevoked,
    /// An agent sent its directory's users (reason: how many created, updated, removed).
    DirectorySynced,
}

/// How it ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Success,
    Failure,
    /// Refused because the account was locked.
    Locked,
    /// Refused by a rate limit or a reset block.
    Blocked,
}

/// Where a request came from, as the HTTP layer saw it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestMeta {
    pub client_ip: Option<String>,
    pub user_agent: Option<String>,
}

/// One line in the audit trail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEvent {
    pub id: String,
    pub at: DateTime<Utc>,
    /// The user who acted; `None` for an anonymous caller.
    pub actor: Option<UserId>,
    /// The account acted on, when one exists.
    pub target: Option<UserId>,
    /// The name the caller gave for the target (kept even when no such user exists).
    pub target_name: Option<String>,
    pub action: Action,
    pub outcome: Outcome,
    /// Machine-readable why: rule names or a fixed word such as `unknown_user`.
    pub reason: Option<String>,
    pub client_ip: Option<String>,
    pub user_agent: Option<String>,
}

impl AuditEvent {
    /// An event about `user`, by `actor` (`None`: anonymous), from `meta`.
    pub fn about(
        ports: &crate::ports::Ports,
        actor: Option<&UserId>,
        user: &crate::user::User,
        (action, outcome): (Action, Outcome),
        reason: &str,
        meta: &RequestMeta,
    ) -> Self {
        Self {
            id: ports.random.hex(16),
            at: ports.clock.now(),
            actor: actor.cloned(),
            target: Some(user.id.clone()),
            target_name: Some(user.username.to_string()),
            action,
            outcome,
            reason: Some(reason.to_owned()),
            client_ip: meta.client_ip.clone(),
            user_agent: meta.user_agent.clone(),
        }
    }
}
