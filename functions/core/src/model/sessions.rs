//! Refresh credentials: what lets a web app restore its session after a
//! reload without the page's scripts ever holding a long-lived secret.
//!
//! A full sign-in through a web app starts a *family*: one stored record
//! that says whose session it is, for which app, how it was proven and until
//! when it may go on. The app holds one credential of the family at a time
//! (in an `HttpOnly` cookie); each refresh spends it and hands out the next.
//! A credential of an earlier generation coming back means two holders: the
//! family ends at once.

use chrono::{DateTime, Utc};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use crate::model::values::UserId;

/// Which web app a session was started in: each has its own lifetime (the
/// console's is shorter) and its own credential, and neither app's
/// credential refreshes the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionApp {
    Portal,
    Console,
}

impl SessionApp {
    pub fn as_str(self) -> &'static str {
        match self {
            SessionApp::Portal => "portal",
            SessionApp::Console => "console",
        }
    }
}

/// One sign-in's chain of refresh credentials, as stored. The current
/// credential is kept only as a keyed digest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefreshFamily {
    /// Random (128 bits, hex); also the session id (`sid`) of every access
    /// token of the family, so a password change made in any of them keeps
    /// the family (`User::kept_session`).
    pub id: String,
    pub user: UserId,
    pub app: SessionApp,
    /// The user's token version the family's latest access token carries;
    /// a revocation since (`User::accepts`) ends the family.
    pub token_version: u32,
    /// The sign-in proved a second factor; a refresh never changes it.
    pub second_factor: bool,
    /// When the person proved who they are: refreshed tokens say so
    /// (`auth_time`), so a refresh never counts as a recent sign-in.
    pub signed_in_at: DateTime<Utc>,
    /// The generation of the current credential (1 at sign-in).
    pub generation: u32,
    /// The keyed digest (hex) of the current credential.
    pub digest: String,
    /// Unused this long, the family ends (moved on by each refresh).
    pub idle_until: DateTime<Utc>,
    /// The family ends then, however often it is refreshed.
    pub absolute_until: DateTime<Utc>,
}

impl RefreshFamily {
    /// Whether the family may still be refreshed at `now`.
    pub fn live_at(&self, now: DateTime<Utc>) -> bool {
        now < self.idle_until && now < self.absolute_until
    }

    /// When the family's store record may be forgotten (its TTL).
    pub fn ends_at(&self) -> DateTime<Utc> {
        self.idle_until.min(self.absolute_until)
    }
}

/// A refresh credential as the client holds it: `<family>.<generation>.<secret>`.
/// Its `Debug` prints no part of it.
#[derive(Clone)]
pub struct RefreshCredential(SecretString);

impl std::fmt::Debug for RefreshCredential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RefreshCredential(***)")
    }
}

/// The parts of a credential that had the right shape.
pub(crate) struct CredentialParts<'a> {
    pub family: &'a str,
    pub generation: u32,
}

impl RefreshCredential {
    pub(crate) fn new(family: &str, generation: u32, secret: &str) -> Self {
        Self(SecretString::from(format!("{family}.{generation}.{secret}")))
    }

    /// What a client sent; its shape is checked when it is used.
    pub fn from_client(raw: &str) -> Self {
        Self(SecretString::from(raw.to_owned()))
    }

    /// The text to hand to the client (the cookie's value).
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    /// The family and generation, when the credential has the shape
    /// Latchkey makes (32 hex digits, a number, 64 hex digits); `None` otherwise.
    pub(crate) fn parts(&self) -> Option<CredentialParts<'_>> {
        let mut pieces = self.0.expose_secret().split('.');
        let (family, generation, secret) = (pieces.next()?, pieces.next()?, pieces.next()?);
        let hex = |s: &str, len: usize| {
            s.len() == len && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        };
        let shaped = pieces.next().is_none() && hex(family, 32) && hex(secret, 64) && generation.len() <= 9;
        let generation = generation.parse().ok().filter(|_| shaped)?;
        Some(CredentialParts { family, generation })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_shape_latchkey_makes_is_taken_and_debug_hides_it() {
        let good = RefreshCredential::new(&"a".repeat(32), 3, &"0".repeat(64));
        let parts = good.parts().unwrap();
        assert_eq!((parts.family.len(), parts.generation), (32, 3));
        assert_eq!(format!("{good:?}"), "RefreshCredential(***)");
        for bad in [
            "",
            "x.1.y",
            &format!("{}.1.{}", "A".repeat(32), "0".repeat(64)),
            &format!("{}.1.{}.z", "a".repeat(32), "0".repeat(64)),
        ] {
            assert!(RefreshCredential::from_client(bad).parts().is_none(), "{bad}");
        }
    }
}
