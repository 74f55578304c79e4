//! Writeback agents and the jobs handed to them, as stored and shown.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::model::directory::DirectoryId;
use crate::model::values::{ParseError, UserId};

/// An agent's id, chosen by Latchkey at enrolment.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AgentId(pub(crate) String);

impl AgentId {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let ok = raw.len() == 20
            && raw.starts_with("agent-")
            && raw[6..].bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        if ok { Ok(Self(raw.to_owned())) } else { Err(ParseError::new("agent_id", "not an agent id")) }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for AgentId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// An agent's two public keys, as text the HTTP layer has checked: one
/// Latchkey seals passwords to, one the agent signs its requests with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgentKeys {
    pub sealing: String,
    pub signing: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agent {
    pub id: AgentId,
    pub name: String,
    pub directory: DirectoryId,
    pub version: String,
    pub keys: AgentKeys,
    pub enrolled_at: DateTime<Utc>,
    pub keys_rotated_at: DateTime<Utc>,
    pub last_contact_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

impl Agent {
    pub fn status(&self, now: DateTime<Utc>) -> AgentStatus {
        if self.revoked_at.is_some() {
            AgentStatus::Revoked
        } else if now - self.last_contact_at <= Duration::seconds(ONLINE_SECONDS) {
            AgentStatus::Online
        } else {
            AgentStatus::Offline
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgentStatus {
    Online,
    Offline,
    Revoked,
}

/// A pending enrolment, stored under its token's digest only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Enrolment {
    pub digest: String,
    pub directory: DirectoryId,
    pub name: String,
    pub created_by: UserId,
    pub expires_at: DateTime<Utc>,
}

/// What an administrator is shown once: the token itself is never stored.
pub struct IssuedEnrolment {
    pub token: secrecy::SecretString,
    pub directory: DirectoryId,
    pub name: String,
    pub expires_at: DateTime<Utc>,
}

/// A job as an agent is handed it: the password (if any) sealed to that
/// agent's own key by the adapter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandedJob {
    pub id: String,
    pub issued_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub operation: HandedOperation,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandedOperation {
    SetPassword {
        username: String,
        enc: String,
        ciphertext: String,
        must_change: bool,
    },
    Unlock {
        username: String,
    },
    /// Pass-through verification: the password sealed to the agent, as above.
    Verify {
        username: String,
        enc: String,
        ciphertext: String,
    },
}

/// What became of a job's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finish {
    Recorded,
    /// Recorded after the user was told the directory did not confirm: what
    /// Latchkey is to record (or not) now, by [`crate::directory::writeback::reconcile`].
    Late(crate::model::directory::Pending),
    /// No job of that id was claimed by this agent (another agent's, not
    /// claimed, unknown): nothing changed.
    NotYours,
    /// The job already has a result: a replay changes nothing.
    AlreadyFinished,
}

/// An agent is online while its last contact is this recent; it long-polls
/// for at most 20 seconds, so a live agent calls at least every 20.
pub const ONLINE_SECONDS: i64 = 30;
