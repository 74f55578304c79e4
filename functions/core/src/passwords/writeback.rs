//! A new password (or an unlock) on its way to the on-premises directory a
//! user is synced from: sent through the writeback port, and Latchkey's own
//! side recorded only once the directory confirmed.

use crate::model::audit::Action;
use crate::model::directory::{Answer, DirectoryChange, DirectoryId, Pending, PendingPassword, directory_of};
use crate::model::error::Error;
use crate::model::user::User;
use crate::ports::Ports;

/// Before anyone proves anything in a reset: refuses at once when the
/// directory a user is synced from (`None` for a user of Latchkey's own) has
/// no agent alive, so they don't prove methods for nothing. The caller
/// chooses the directory of a name that is nobody's (see `recovery::start`).
pub async fn ensure_reachable(ports: &Ports, directory: Option<&DirectoryId>) -> Result<(), Error> {
    let Some(directory) = directory else { return Ok(()) };
    if ports.writeback.unavailable().await?.contains(directory) {
        return Err(Error::DirectoryUnavailable { directory: directory.clone() });
    }
    Ok(())
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

/// The audit reason suffix that names the agent which wrote a change back.
pub fn via(agent: &Option<String>) -> String {
    agent.as_ref().map(|a| format!(",written_back_by:{a}")).unwrap_or_default()
}
