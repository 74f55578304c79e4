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

/// The user behind a session acting on the administrators' side (any role;
/// the caller checks which). A privileged role is only ever exercised from a
/// session whose sign-in proved a second factor: a role granted to someone
/// signed in with the password alone (or held by a session from before the
/// rule) is refused with `SecondFactorRequired` until they sign in with one.
pub(crate) async fn operator(ports: &Ports, id: &UserId, token: &SessionToken) -> Result<User, Error> {
    let me = session_user(ports, id, token).await?;
    if me.is_privileged() && !token.second_factor() {
        return Err(Error::SecondFactorRequired);
    }
    Ok(me)
}

/// An operator who may change the organisation's settings: administrators
/// only (API clients, webhooks).
pub(crate) async fn administrator(ports: &Ports, id: &UserId, token: &SessionToken) -> Result<User, Error> {
    let me = operator(ports, id, token).await?;
    crate::model::roles::require(&me, crate::model::roles::Permission::Settings)?;
    Ok(me)
}

/// How long after a sign-in a session counts as recently authenticated.
pub const RECENT_AUTH: chrono::Duration = chrono::Duration::minutes(5);
