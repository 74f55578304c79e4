//! The owner's report link ("this wasn't me") every security notice
//! carries: a token naming the account, what the notice reported and when,
//! signed with the server's keyed hash. It is checked without reading
//! anything (a forged one costs the server nothing), works for
//! [`LINK_DAYS`], and only once (the report takes it atomically; see
//! `lifecycle::report`).

use chrono::{DateTime, Duration, Utc};
use subtle::ConstantTimeEq;

use crate::model::audit::Action;
use crate::model::values::UserId;
use crate::ports::Ports;

/// How long a report link works.
pub const LINK_DAYS: i64 = 7;

/// The keyed hash's purpose for report links (no other digest can stand in).
const PURPOSE: &str = "report-link";

/// What a valid report link says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportToken {
    pub user: UserId,
    /// What the notice reported.
    pub action: Action,
    pub issued_at: DateTime<Utc>,
    /// Tells two links for the same notice apart: each is used once.
    pub nonce: String,
}

/// The security notice behind each message id: what its link reports.
/// Messages not named here are no security notice about the reader's own
/// account (a reminder, a digest, an administrator told of someone else).
pub fn reported_by(notice: &str) -> Option<Action> {
    Some(match notice {
        "notice-password-changed" | "notice-password-set" => Action::PasswordChange,
        "notice-password-reset" => Action::ResetCompleted,
        "notice-password-reset-by-admin" => Action::AdminPasswordReset,
        "notice-account-unlocked" | "notice-account-unlocked-by-admin" => Action::AccountUnlocked,
        "notice-authenticator-added"
        | "notice-passkey-added"
        | "notice-email-added"
        | "notice-mobile-added"
        | "notice-questions-set" => Action::MethodRegistered,
        "notice-authenticator-removed"
        | "notice-passkey-removed"
        | "notice-email-removed"
        | "notice-mobile-removed"
        | "notice-questions-removed"
        | "notice-methods-cleared" => Action::MethodRemoved,
        "notice-recovery-code-used" => Action::SignIn,
        "notice-access-pass-issued" => Action::AccessPassIssued,
        "notice-access-pass-used" => Action::AccessPassUsed,
        "notice-contacts-added" => Action::UserUpdated,
        "notice-roles-now" | "notice-roles-none" => Action::RolesChanged,
        "notice-lockout" => Action::AccountLockout,
        _ => return None,
    })
}

fn signature(ports: &Ports, payload: &str) -> String {
    let digest = ports.keyed.digest(PURPOSE, payload.as_bytes());
    digest[..16].iter().map(|b| format!("{b:02x}")).collect()
}

/// A new link's token for `user`, reporting `action` at `now`.
pub fn issue(ports: &Ports, user: &UserId, action: Action, now: DateTime<Utc>) -> String {
    let payload = format!("{user}.{}.{}.{}", action.code(), now.timestamp(), ports.random.hex(8));
    let signature = signature(ports, &payload);
    format!("{payload}.{signature}")
}

/// What `token` says, if it is one Latchkey signed and it has not run out
/// at `now`; `None` for anything else, whatever is wrong with it.
pub fn read(ports: &Ports, token: &str, now: DateTime<Utc>) -> Option<ReportToken> {
    let (payload, given) = token.trim().rsplit_once('.')?;
    if !bool::from(signature(ports, payload).as_bytes().ct_eq(given.as_bytes())) {
        return None;
    }
    let mut parts = payload.split('.');
    let (user, action, issued, nonce) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    let action = {
        use serde::Deserialize;
        use serde::de::IntoDeserializer;
        Action::deserialize(IntoDeserializer::<serde::de::value::Error>::into_deserializer(action)).ok()?
    };
    let issued_at = DateTime::from_timestamp(issued.parse().ok()?, 0)?;
    if now >= issued_at + Duration::days(LINK_DAYS) || issued_at > now + Duration::minutes(5) {
        return None;
    }
    Some(ReportToken { user: UserId::new(user), action, issued_at, nonce: nonce.to_owned() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::FakeWorld;

    #[tokio::test]
    async fn a_link_reads_back_for_seven_days_and_any_change_to_it_is_no_link() {
        let world = FakeWorld::new();
        let now = Utc::now();
        let user = UserId::new("0123456789abcdef0123456789abcdef");
        let token = issue(&world.ports, &user, Action::PasswordChange, now);
        let read_back = read(&world.ports, &token, now + Duration::days(6)).expect("valid");
        assert_eq!((read_back.user, read_back.action), (user.clone(), Action::PasswordChange));
        assert!(read(&world.ports, &token, now + Duration::days(7)).is_none(), "run out");
        let other = token.replacen("0123", "0124", 1);
        assert!(read(&world.ports, &other, now).is_none(), "another user's id under this signature");
        let reported = token.replace("password_change", "sign_in");
        assert!(read(&world.ports, &reported, now).is_none());
        assert!(read(&world.ports, "", now).is_none());
        assert!(read(&world.ports, "a.b", now).is_none());
        assert_ne!(issue(&world.ports, &user, Action::PasswordChange, now), token, "each link is its own");
    }
}
