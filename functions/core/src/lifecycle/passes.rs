//! Temporary Access Passes that ran out unused: the scheduled pass records
//! that they expired (the trail and the user's activity say so) and clears
//! them, so the console shows no pass where none can be used.

use chrono::{DateTime, Utc};

use crate::model::access_pass::Standing;
use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::error::{Error, PortError};
use crate::model::user::User;
use crate::ports::Ports;

/// Clears `user`'s pass if it ran out without being used; `true` when the
/// user was written (the pass's other work on them waits for the next pass).
pub(super) async fn note_expired(ports: &Ports, user: &User, now: DateTime<Utc>) -> Result<bool, Error> {
    let Some(pass) = &user.access_pass else { return Ok(false) };
    if pass.standing(now) != Standing::Expired || pass.used_at.is_some() {
        return Ok(false);
    }
    let mut cleared = user.clone();
    cleared.access_pass = None;
    cleared.version += 1;
    let reason = if pass.one_time { "one_time" } else { "multi_use" };
    let event = AuditEvent::about(
        ports.stamp(),
        None,
        &cleared,
        (Action::AccessPassExpired, Outcome::Success),
        reason,
        &RequestMeta::default(),
    );
    match ports.directory.update_user(&cleared, &[event]).await {
        Ok(()) => Ok(true),
        // Changed meanwhile (a new pass, perhaps): the next pass looks again.
        Err(PortError::Conflict { .. }) => Ok(false),
        Err(err) => Err(err.into()),
    }
}
