//! The user behind a session.

use crate::model::error::Error;
use crate::model::user::{SessionToken, User};
use crate::model::values::UserId;
use crate::ports::Ports;

/// The user behind a session token: enabled, and the token not revoked since
/// (`User::accepts`); otherwise `Unauthenticated`.
pub(crate) async fn session_user(ports: &Ports, id: &UserId, token: &SessionToken) -> Result<User, Error> {
    match ports.directory.user(id).await? {
        Some(user) if user.enabled && user.accepts(token) => Ok(user),
        _ => Err(Error::Unauthenticated),
    }
}

/// How long after a sign-in a session counts as recently authenticated.
pub const RECENT_AUTH: chrono::Duration = chrono::Duration::minutes(5);
