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

use crate::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::error::{Error, PortError};
use crate::ports::Ports;
use crate::types::{ParseError, Password, PasswordHash, UserId, Username};
use crate::user::{LockoutState, User};

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

#[async_trait]
pub trait Writeback: Send + Sync {
    /// The directories Latchkey writes back to that have no agent in
    /// contact lately (enrolled directories only; empty when all are up).
    async fn unavailable(&self) -> Result<Vec<DirectoryId>, PortError>;

    /// Sends `change` to one of the directory's agents and waits for the
    /// directory's answer. It never applies a change after it answered
    /// `NoAgent`: a job nobody took in time is withdrawn first. The job
    /// keeps `pending` (never the password), and hands it back to
    /// [`reconcile`] when an agent answers after `Unconfirmed`.
    async fn apply(
        &self,
        directory: &DirectoryId,
        change: DirectoryChange<'_>,
        pending: &Pending,
    ) -> Result<Answer, PortError>;
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
        _pending: &Pending,
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

/// Writes `change` back for a synced user; `Ok(None)` for a user of
/// Latchkey's own, `Ok(Some(agent))` once the directory confirmed. Every
/// other answer is an error, and nothing has changed anywhere (after
/// `DirectoryUnconfirmed`, a late answer is recorded by [`reconcile`]).
pub async fn write_back(
    ports: &Ports,
    user: &User,
    change: DirectoryChange<'_>,
    action: Action,
) -> Result<Option<String>, Error> {
    let Some(directory) = directory_of(user) else { return Ok(None) };
    let password = match &change {
        DirectoryChange::Password { hash, must_change, .. } => {
            Some(PendingPassword { hash: (*hash).clone(), must_change: *must_change })
        }
        DirectoryChange::Unlock { .. } => None,
    };
    let pending = Pending { user: user.id.clone(), action, issued_at: ports.clock.now(), password };
    match ports.writeback.apply(directory, change, &pending).await? {
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

/// An agent answered a job after its user was told the directory did not
/// confirm (the agent stopped, and on its restart reported what its
/// journal and the directory say). Applied: Latchkey records the change now,
/// as the request would have, ending every session, unless a later change
/// of the password superseded it. Not applied: nothing changes. Either way
/// the audit trail says so and the user is told.
pub async fn reconcile(
    ports: &Ports,
    directory: &DirectoryId,
    agent: &str,
    pending: Pending,
    answer: &Answer,
) -> Result<(), Error> {
    let settings = ports.directory.settings().await?;
    let meta = RequestMeta::default();
    let told = crate::on_contention!({
        let now = ports.clock.now();
        let Some(mut user) = ports.directory.user(&pending.user).await? else { return Ok(None) };
        if directory_of(&user) != Some(directory) {
            tracing::warn!(user = %user.id, %directory, "a late writeback answer for a user no longer of that directory: ignored");
            return Ok(None);
        }
        let applied = matches!(answer, Answer::Applied { .. });
        let superseded = pending.password.is_some()
            && user.password.as_ref().is_some_and(|p| p.changed_at > pending.issued_at);
        let (outcome, reason, what) = match (applied, superseded) {
            (true, true) => {
                (Outcome::Failure, format!("confirmed_late_superseded,written_back_by:{agent}"), None)
            }
            (true, false) => {
                if let Some(password) = &pending.password {
                    user.replace_password(password.hash.clone(), now);
                    if password.must_change {
                        user.must_change_password = true;
                        if let Some(state) = user.password.as_mut() {
                            state.temporary_until = Some(
                                pending.issued_at
                                    + chrono::Duration::hours(crate::people::TEMPORARY_PASSWORD_HOURS),
                            );
                        }
                    }
                    user.revoke_sessions();
                }
                user.lockout = LockoutState::default();
                let what = match pending.password {
                    Some(_) => "password change was confirmed by your organisation's directory after a delay",
                    None => "account unlock was confirmed by your organisation's directory after a delay",
                };
                (Outcome::Success, format!("confirmed_late,written_back_by:{agent}"), Some(what))
            }
            (false, _) => {
                let code = match answer {
                    Answer::Refused { code, .. } => code.as_str(),
                    Answer::UserNotFound => "user_not_found",
                    _ => "not_applied",
                };
                let what = match pending.password {
                    Some(_) => {
                        "password change did not reach your organisation's directory; your password is unchanged"
                    }
                    None => "account unlock did not reach your organisation's directory",
                };
                (Outcome::Failure, format!("directory_not_applied:{code},agent:{agent}"), Some(what))
            }
        };
        let event = AuditEvent::about(ports, None, &user, (pending.action, outcome), &reason, &meta);
        if outcome == Outcome::Success {
            user.version += 1;
            ports.directory.update_user(&user, &[event]).await?;
        } else {
            ports.audit.record(&event).await?;
        }
        Ok::<_, Error>(what.map(|w| (user, w)))
    })?;
    if let Some((user, what)) = told {
        crate::notices::tell(ports, &settings, &user, what, ports.clock.now()).await;
    }
    Ok(())
}

/// The audit reason suffix that names the agent which wrote a change back.
pub fn via(agent: &Option<String>) -> String {
    agent.as_ref().map(|a| format!(",written_back_by:{a}")).unwrap_or_default()
}

#[cfg(test)]
mod tests;
