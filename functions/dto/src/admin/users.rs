//! Administrators' users: the list, the detail, edits, invitations and password resets.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

use crate::{Language, Redacted, RegisteredMethod, RegistrationState, RegistrationStatus, SessionUser};

/// `GET /v1/admin/me`: who the operator is and what the console may show them.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct OperatorResponse {
    pub user: SessionUser,
    /// `read_users`, `manage_users`, `reset_password`, `unlock`, `invite`,
    /// `settings`, `read_reports` ([`Permission::as_str`]).
    pub permissions: Vec<String>,
}

/// What an operator may do, as `OperatorResponse.permissions` spells it: the
/// server fills the list from this type, and the console gates its screens on
/// it, so neither can drift from the other. (The list stays strings on the
/// wire, so a permission added later is ignored by an older console.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Permission {
    ReadUsers,
    ManageUsers,
    ResetPassword,
    Unlock,
    Invite,
    Settings,
    ReadReports,
}

impl Permission {
    /// Every permission, in the order the API lists them.
    pub const ALL: [Permission; 7] = [
        Permission::ReadUsers,
        Permission::ManageUsers,
        Permission::ResetPassword,
        Permission::Unlock,
        Permission::Invite,
        Permission::Settings,
        Permission::ReadReports,
    ];

    /// The permission's name in `OperatorResponse.permissions`.
    pub fn as_str(self) -> &'static str {
        match self {
            Permission::ReadUsers => "read_users",
            Permission::ManageUsers => "manage_users",
            Permission::ResetPassword => "reset_password",
            Permission::Unlock => "unlock",
            Permission::Invite => "invite",
            Permission::Settings => "settings",
            Permission::ReadReports => "read_reports",
        }
    }
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
    /// In `GET /v1/admin/users`: until when the account is locked out now
    /// (any source), `null` when it is not. Other lists of users (a group's
    /// members) do not look it up and give `null`.
    #[serde(default)]
    pub locked_until: Option<DateTime<Utc>>,
    /// The user's own language; `null` follows the organisation's.
    #[serde(default)]
    pub language: Option<Language>,
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
    /// The action, outcome and reason in plain words, for people.
    #[serde(flatten)]
    pub words: EventWords,
}

/// An audit event's codes in plain words, for screens and spreadsheets: the
/// codes beside them stay the contract for programs.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct EventWords {
    /// What happened ("Wrong reset code").
    #[serde(default)]
    pub action_text: String,
    /// How it ended ("Succeeded", "Failed", "Locked out", "Blocked").
    #[serde(default)]
    pub outcome_text: String,
    /// Why, in words ("too short; a banned word"); `null` without a reason.
    #[serde(default)]
    pub reason_text: Option<String>,
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
    /// The language of the portal and the user's messages; `null` follows
    /// the organisation's.
    #[serde(default)]
    pub language: Option<Language>,
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
    /// For a user synced from an on-premises directory: what it says of the
    /// account; `null` for Latchkey's own users.
    #[serde(default)]
    pub directory: Option<DirectoryAccount>,
    /// Their passkeys, oldest first (never key material).
    #[serde(default)]
    pub passkeys: Vec<crate::PasskeyView>,
    /// Their Temporary Access Pass, if one was issued (and not revoked).
    #[serde(default)]
    pub access_pass: Option<AccessPassStatus>,
    /// The owner reported a change as not theirs ("this wasn't me"): every
    /// session ended and self-service is frozen until an administrator
    /// lifts it; `null` when not.
    #[serde(default)]
    pub lockdown: Option<LockdownStatus>,
    pub version: u64,
}

/// An account its owner locked down.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct LockdownStatus {
    pub since: DateTime<Utc>,
    /// What the owner said was not them: the notice's subject
    /// (`password_changed`, `method_added`, …) or the activity's action
    /// (`sign_in`, …).
    pub reported: String,
    /// The reported event's time, where known.
    pub reported_at: Option<DateTime<Utc>>,
    /// `notice_link` (from a security notice's link) or `activity` (from the portal's list).
    pub from: String,
    /// What was reported, in the reader's words.
    pub reported_text: String,
}

/// A synced user's account as the directory holds it (at the last sync).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DirectoryAccount {
    /// The directory's name in Latchkey.
    pub name: String,
    pub synced_at: DateTime<Utc>,
    /// Locked in the directory, and since when (`null` when not known).
    pub locked: bool,
    pub locked_since: Option<DateTime<Utc>>,
    /// When the password last changed there, and when it expires there.
    pub password_changed_at: Option<DateTime<Utc>>,
    pub password_expires_at: Option<DateTime<Utc>>,
    /// A protected account there (Domain Admins and the like): privileged here.
    pub protected: bool,
    /// Latchkey holds no password for the user: the next sign-in asks the
    /// directory (pass-through).
    pub pass_through: bool,
    /// The directory no longer has the user (disabled here).
    pub removed: bool,
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
    /// The user's language (the invitation is written in it); left out or
    /// `null` follows the organisation's.
    #[serde(default)]
    pub language: Option<Language>,
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
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AdminResetResponse {
    /// Give it to the user by a channel you trust; it only lets them set a new password.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub temporary_password: Redacted,
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
    /// The user's language; `null` goes back to the organisation's.
    #[serde(default, deserialize_with = "crate::service::nullable", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Language>))]
    pub language: Option<Option<Language>>,
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

/// `POST /v1/admin/users/{id}/access-pass`: what pass to issue (each field
/// optional: a one-time pass of 12 characters, good for an hour from now).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AccessPassRequest {
    #[serde(default)]
    pub one_time: Option<bool>,
    /// 10 to 43200 (30 days); 60 when left out.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 10, maximum = 43200))]
    pub lifetime_minutes: Option<u32>,
    /// When it starts working (at most 30 days ahead); now when left out.
    #[serde(default)]
    pub starts_at: Option<DateTime<Utc>>,
    /// 8 to 48 characters; 12 when left out.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 8, maximum = 48))]
    pub length: Option<u8>,
}

/// `201` from `POST /v1/admin/users/{id}/access-pass`: shown this once.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AccessPassIssued {
    /// Give it to the user by a channel you trust: it signs in only to
    /// register a passkey or an authenticator and set their own password.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub access_pass: Redacted,
    pub starts_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub one_time: bool,
}

/// A user's Temporary Access Pass as the console shows it (never the pass).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AccessPassStatus {
    /// `scheduled` (not started yet), `live`, `used` (a one-time pass spent)
    /// or `expired`.
    pub state: String,
    pub issued_at: DateTime<Utc>,
    pub issued_by: String,
    pub starts_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub one_time: bool,
    #[serde(default)]
    pub used_at: Option<DateTime<Utc>>,
}
