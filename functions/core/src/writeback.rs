//! Writeback to an organisation's on-premises directory (OpenLDAP, Active
//! Directory) for users synced from it.
//!
//! The directory is where a synced user's password lives: every change,
//! reset, administrator's reset and unlock goes to it first, through one of
//! the directory's agents, and Latchkey records its own side (the hash it
//! keeps so the portal's sign-in works, the audit event naming the agent)
//! only after the directory confirmed. A refusal leaves both sides as they
//! were, so the user can choose another password in the same flow.
//!
//! The core knows only this port; how jobs reach agents (sealed to the
//! agent's key, claimed at most once, expiring) is the adapter's business.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{Error, PortError};
use crate::ports::Ports;
use crate::types::{ParseError, Password, Username};
use crate::user::User;

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
    /// administrator's temporary password (`true`).
    Password {
        username: &'a Username,
        password: &'a Password,
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

#[async_trait]
pub trait Writeback: Send + Sync {
    /// The directories Latchkey writes back to that have no agent in
    /// contact lately (enrolled directories only; empty when all are up).
    async fn unavailable(&self) -> Result<Vec<DirectoryId>, PortError>;

    /// Sends `change` to one of the directory's agents and waits for the
    /// directory's answer. It never applies a change after it answered
    /// `NoAgent`: a job nobody took in time is withdrawn first.
    async fn apply(&self, directory: &DirectoryId, change: DirectoryChange<'_>) -> Result<Answer, PortError>;
}

/// For a deployment with no directory: nobody is synced, so nothing is
/// ever sent; a synced user (left from an earlier setup) is told plainly.
pub struct NoWriteback;

#[async_trait]
impl Writeback for NoWriteback {
    async fn unavailable(&self) -> Result<Vec<DirectoryId>, PortError> {
        Ok(Vec::new())
    }
    async fn apply(
        &self,
        _directory: &DirectoryId,
        _change: DirectoryChange<'_>,
    ) -> Result<Answer, PortError> {
        Ok(Answer::NoAgent)
    }
}

/// The directory a user's password is written back to, if any. A user the
/// directory removed is not written back (and is disabled anyway).
pub fn directory_of(user: &User) -> Option<&DirectoryId> {
    user.synced.as_ref().filter(|s| s.removed_at.is_none()).map(|s| &s.directory)
}

/// Before anyone proves anything in a reset: refuses at once when the
/// user's directory has no agent alive, so they don't prove methods for
/// nothing. `None` (an unknown name, or one that cannot reset) is refused
/// whenever any directory is down, so that the answer does not tell a
/// synced user from a name that does not exist; only users of Latchkey's
/// own go on during an outage.
pub async fn ensure_reachable(ports: &Ports, user: Option<&User>) -> Result<(), Error> {
    let down = ports.writeback.unavailable().await?;
    let hit = match user {
        Some(user) => directory_of(user).filter(|d| down.contains(d)).cloned(),
        None => down.first().cloned(),
    };
    match hit {
        Some(directory) => Err(Error::DirectoryUnavailable { directory }),
        None => Ok(()),
    }
}

/// Writes `change` back for a synced user; `Ok(None)` for a user of
/// Latchkey's own, `Ok(Some(agent))` once the directory confirmed. Every
/// other answer is an error, and nothing has changed anywhere.
pub async fn write_back(
    ports: &Ports,
    user: &User,
    change: DirectoryChange<'_>,
) -> Result<Option<String>, Error> {
    let Some(directory) = directory_of(user) else { return Ok(None) };
    match ports.writeback.apply(directory, change).await? {
        Answer::Applied { agent } => Ok(Some(agent)),
        Answer::Refused { code, message } => Err(Error::DirectoryRefused { code, message }),
        Answer::UserNotFound => Err(Error::DirectoryRefused {
            code: "user_not_found".into(),
            message: "Your organisation's directory has no account with this username any more; ask your help desk."
                .into(),
        }),
        Answer::DirectoryDown | Answer::NoAgent => {
            Err(Error::DirectoryUnavailable { directory: directory.clone() })
        }
        Answer::Unconfirmed { agent } => Err(Error::DirectoryUnconfirmed { agent }),
    }
}

/// The audit reason for a change the directory did not take.
pub fn failure_reason(err: &Error) -> String {
    match err {
        Error::DirectoryRefused { code, .. } => format!("directory_refused:{code}"),
        Error::DirectoryUnconfirmed { agent } => format!("directory_unconfirmed:{agent}"),
        _ => "directory_unavailable".to_owned(),
    }
}

/// The audit reason suffix that names the agent which wrote a change back.
pub fn via(agent: &Option<String>) -> String {
    agent.as_ref().map(|a| format!(",written_back_by:{a}")).unwrap_or_default()
}

#[cfg(test)]
mod tests;
