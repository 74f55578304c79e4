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
    /// The directory's password stamp as Latchkey last knew it (from a sync,
    /// or from the agent's answer to a change Latchkey made); `None` before
    /// the first sync that carried one. When a sync brings another stamp,
    /// the password was changed in the directory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<DirectoryPassword>,
    /// When the directory locked the account, if it is locked there now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked_since: Option<DateTime<Utc>>,
    /// Locked in the directory (at the last sync or pass-through check).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub locked: bool,
    /// When the directory's own maximum age ends the password.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_expires_at: Option<DateTime<Utc>>,
    /// A protected account in the directory (a protected group's member, AD
    /// `adminCount=1`): privileged in Latchkey too.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub protected: bool,
    /// The directory's fine-grained policy that applies (by name), if not its default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<String>,
}

impl SyncedFrom {
    /// Newly synced from `directory` at `at`, nothing known yet of its password.
    pub fn new(directory: DirectoryId, at: DateTime<Utc>) -> Self {
        Self {
            directory,
            synced_at: at,
            removed_at: None,
            password: None,
            locked_since: None,
            locked: false,
            password_expires_at: None,
            protected: false,
            policy: None,
        }
    }
}

/// The directory's password stamp (`pwdChangedTime`, AD `pwdLastSet`), as
/// the directory writes it, and as a time where it reads as one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryPassword {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stamp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed_at: Option<DateTime<Utc>>,
    /// The stamps Latchkey's own latest changes replaced, newest first (at
    /// most [`EARLIER_STAMPS`]): a sync that read the directory before one
    /// of those changes brings one of them back, and is stale, not news.
    /// (`None`: the directory had stamped no change before.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<Option<String>>,
}

/// A password change Latchkey sent to a directory lately, as far as it went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sent {
    /// Not answered yet: the directory may hold it already.
    Unanswered,
    /// The directory took it and left this stamp (Latchkey may not have
    /// recorded it yet).
    Left(Option<String>),
}

/// How many replaced stamps a user's record keeps.
pub const EARLIER_STAMPS: usize = 4;

/// What a pass-through bind told (the agent's `Verdict`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The right password; `must_change`: the directory wants it changed first.
    Accepted {
        must_change: bool,
    },
    /// A wrong password, or no such user there.
    Wrong,
    Locked,
    Disabled,
}

/// A change the directory confirmed: the agent that wrote it, and the
/// password stamp the directory then holds (recorded as Latchkey's own, so
/// the next sync does not take it for a change made in the directory).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub agent: String,
    pub password_changed: Option<String>,
}

impl Written {
    /// [`Written::record`] of a change that may not have been written back at
    /// all (`None`: a user of Latchkey's own, or not yet sent).
    pub fn record_any(written: Option<&Option<Written>>, user: &mut User, password: bool) {
        if let Some(Some(written)) = written {
            written.record(user, password);
        }
    }

    /// Records on `user` what the directory now holds after this change:
    /// the new stamp (a password change) and no lock (any change unlocks).
    pub fn record(&self, user: &mut User, password: bool) {
        if let Some(synced) = user.synced.as_mut() {
            if password {
                let mut earlier = Vec::new();
                if let Some(known) = synced.password.take() {
                    earlier.push(known.stamp);
                    earlier.extend(known.earlier);
                    earlier.truncate(EARLIER_STAMPS);
                }
                synced.password = Some(DirectoryPassword {
                    stamp: self.password_changed.clone(),
                    changed_at: None,
                    earlier,
                });
                // A new password's expiry there is the next sync's to say.
                synced.password_expires_at = None;
            }
            synced.locked = false;
            synced.locked_since = None;
        }
    }
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
    /// Confirmed by the directory; `agent` names the agent that wrote it,
    /// `password_changed` the password stamp the directory then holds.
    Applied {
        agent: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        password_changed: Option<String>,
    },
    /// A pass-through check's verdict.
    Checked { agent: String, verdict: Verdict },
    /// The account is protected in the directory, and its agent is not
    /// allowed to write its password (nothing changed).
    Protected,
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

/// A directory's password rules, as its agent reads them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryPolicy {
    pub min_length: u16,
    /// AD's complexity: three of four kinds of characters, not the account's name.
    pub complexity: bool,
    pub history: u16,
    pub min_age_seconds: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_age_seconds: Option<u64>,
}

/// A directory's default policy and its fine-grained ones, by name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryPolicies {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<DirectoryPolicy>,
    #[serde(default)]
    pub named: std::collections::BTreeMap<String, DirectoryPolicy>,
}

impl DirectoryPolicies {
    /// The policy that applies to `user` (their fine-grained one if the
    /// directory named one and it is known, else the default).
    pub fn for_user(&self, user: &User) -> Option<&DirectoryPolicy> {
        let named = user.synced.as_ref().and_then(|s| s.policy.as_ref()).and_then(|n| self.named.get(n));
        named.or(self.default.as_ref())
    }
}

/// Most fine-grained policies one directory may report (AD allows far fewer in practice).
pub const POLICIES_MAX: usize = 50;
