//! The on-premises directory as the rest of the domain sees it: which
//! directory a user is synced from, the change to write there, and the
//! answer an agent gave.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::model::audit::Action;
use crate::model::user::User;
use crate::model::values::{ParseError, Password, PasswordHash, UserId, Username};

/// A directory's name in Latchkey (`corp`, `emea-ad`): lowercase letters,
/// digits and dashes, 1 to 40, as admins give it when they enrol an agent.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DirectoryId(String);

impl DirectoryId {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let ok = (1..=40).contains(&raw.len())
            && raw.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !raw.starts_with('-');
        if ok {
            Ok(Self(raw.to_owned()))
        } else {
            Err(ParseError::new(
                "directory",
                "use 1 to 40 lowercase letters, digits and dashes, not starting with a dash",
            ))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for DirectoryId {
    type Error = ParseError;
    fn try_from(raw: String) -> Result<Self, ParseError> {
        Self::parse(&raw)
    }
}

impl From<DirectoryId> for String {
    fn from(id: DirectoryId) -> String {
        id.0
    }
}

impl std::fmt::Display for DirectoryId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where a synced user came from: set by the sync, never by an admin's edit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncedFrom {
    pub directory: DirectoryId,
    pub synced_at: DateTime<Utc>,
    /// The directory no longer has the user: the account is disabled, not
    /// deleted, so its history stays and a mistaken removal can be undone
    /// by the next sync.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub removed_at: Option<DateTime<Utc>>,
}

/// One change for a directory.
pub enum DirectoryChange<'a> {
    /// A self-service change or reset (`must_change: false`), or an
    /// administrator's temporary password (`true`). `hash` is what Latchkey
    /// will record once the directory confirms (kept with the job, so that a
    /// confirmation that comes late can still be recorded: [`reconcile`]).
    Password {
        username: &'a Username,
        password: &'a Password,
        hash: &'a PasswordHash,
        must_change: bool,
    },
    Unlock {
        username: &'a Username,
    },
}

/// What the directory (through an agent) answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "status")]
pub enum Answer {
    /// Confirmed by the directory; `agent` names the agent that wrote it.
    Applied { agent: String },
    /// The directory's own policy refused the password (`code`: too_short,
    /// in_history, complexity, too_young, other); `message` is for the user.
    Refused { code: String, message: String },
    /// The directory has no such user (renamed or removed since the last sync).
    UserNotFound,
    /// The agent could not reach the directory.
    DirectoryDown,
    /// No agent of the directory is alive, or none took the job in time.
    NoAgent,
    /// `agent` took the job and did not answer in time (it stopped, or the
    /// directory hung): the directory may have applied it. Latchkey has not.
    Unconfirmed { agent: String },
}

/// The directory a user's password is written back to, if any. A user the
/// directory removed is not written back (and is disabled anyway).
pub fn directory_of(user: &User) -> Option<&DirectoryId> {
    user.synced.as_ref().filter(|s| s.removed_at.is_none()).map(|s| &s.directory)
}

/// What Latchkey records for a change once the directory confirms it: kept
/// with a job (no password, only its hash) so that an agent's answer that
/// comes after the user was told "not confirmed" is still recorded, and
/// Latchkey ends up where the directory is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    pub user: UserId,
    /// The request's action, for the audit event of the late answer.
    pub action: Action,
    pub issued_at: DateTime<Utc>,
    /// The new password's hash; `None` for an unlock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<PendingPassword>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingPassword {
    pub hash: PasswordHash,
    /// An administrator's temporary password: to be changed at the next sign-in.
    pub must_change: bool,
}
