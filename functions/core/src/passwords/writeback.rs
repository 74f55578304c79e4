//! A new password (or an unlock) on its way to the on-premises directory a
//! user is synced from: sent through the writeback port, and Latchkey's own
//! side recorded only once the directory confirmed.

use crate::model::audit::Action;
use crate::model::directory::{
    Answer, DirectoryChange, DirectoryId, Pending, PendingPassword, Written, directory_of,
};
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
/// Latchkey's own, `Ok(Some(written))` once the directory confirmed (record
/// it on the user with [`Written::record`]). Every
/// other answer is an error, and nothing has changed anywhere (after
/// `DirectoryUnconfirmed`, a late answer is recorded by [`reconcile`]).
pub async fn write_back(
    ports: &Ports,
    user: &User,
    change: DirectoryChange<'_>,
    action: Action,
) -> Result<Option<Written>, Error> {
    let Some(directory) = directory_of(user) else { return Ok(None) };
    let password = match &change {
        DirectoryChange::Password { hash, must_change, .. } => {
            Some(PendingPassword { hash: (*hash).clone(), must_change: *must_change })
        }
        DirectoryChange::Unlock { .. } => None,
    };
    let pending = Pending { user: user.id.clone(), action, issued_at: ports.clock.now(), password };
    match ports.writeback.apply(directory, change, &pending).await? {
        Answer::Applied { agent, password_changed } => Ok(Some(Written { agent, password_changed })),
        Answer::Protected => Err(Error::DirectoryRefused {
            code: "protected_account".into(),
            message: "Your organisation's directory protects this account: its password is changed there, not through self-service.".into(),
        }),
        // A pass-through verdict is never the answer to a change.
        Answer::Checked { .. } => Err(Error::DirectoryUnavailable { directory: directory.clone() }),
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
pub fn via(written: &Option<Written>) -> String {
    written.as_ref().map(|w| format!(",written_back_by:{}", w.agent)).unwrap_or_default()
}

/// The password rules of the directory `user` is synced from, as its agents
/// last sent them; `None` for Latchkey's own users, or before any were sent.
pub async fn rules_for(
    ports: &Ports,
    user: &User,
) -> Result<Option<crate::model::directory::DirectoryPolicy>, crate::model::error::PortError> {
    let Some(directory) = directory_of(user) else { return Ok(None) };
    Ok(ports.agents.policies(directory).await?.and_then(|p| p.for_user(user).cloned()))
}
