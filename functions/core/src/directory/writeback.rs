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

use crate::model::audit::{AuditEvent, Outcome, RequestMeta};
use crate::model::directory::{Answer, DirectoryId, Pending, directory_of};
use crate::model::error::Error;
use crate::ports::Ports;

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
        let superseded =
            pending.password.is_some() && user.password().is_some_and(|p| p.changed_at > pending.issued_at);
        let (outcome, reason, what) = match (applied, superseded) {
            (true, true) => {
                (Outcome::Failure, format!("confirmed_late_superseded,written_back_by:{agent}"), None)
            }
            (true, false) => {
                if let Answer::Applied { agent, password_changed } = answer {
                    let written = crate::model::directory::Written {
                        agent: agent.clone(),
                        password_changed: password_changed.clone(),
                    };
                    written.record(&mut user, pending.password.is_some());
                }
                if let Some(password) = &pending.password {
                    user.replace_password(password.hash.clone(), now);
                    if password.must_change {
                        user.must_change_password = true;
                        user.make_password_temporary(
                            pending.issued_at
                                + chrono::Duration::hours(crate::admin::people::TEMPORARY_PASSWORD_HOURS),
                        );
                    }
                    user.revoke_sessions();
                }
                user.clear_lockout();
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
                    Some(_) => "notice-writeback-password-failed",
                    None => "notice-writeback-unlock-failed",
                };
                (Outcome::Failure, format!("directory_not_applied:{code},agent:{agent}"), Some(what))
            }
        };
        let event = AuditEvent::about(ports.stamp(), None, &user, (pending.action, outcome), &reason, &meta);
        if outcome == Outcome::Success {
            user.version += 1;
            ports.directory.update_user(&user, &[event]).await?;
        } else {
            ports.audit.record(&event).await?;
        }
        Ok::<_, Error>(what.map(|w| (user, w)))
    })?;
    if let Some((user, what)) = told {
        let notice = crate::messaging::notices::Notice::new(what);
        crate::messaging::notices::tell(ports, &settings, &user, &notice, ports.clock.now()).await;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
