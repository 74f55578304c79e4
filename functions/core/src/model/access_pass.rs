//! The Temporary Access Pass: what an administrator or the help desk issues
//! instead of a password, so that nobody but the user ever knows one that
//! works. The pass signs in to a session that can only register a passkey
//! or an authenticator and set the user's own password.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::model::values::ParseError;

/// The shortest and longest a pass may live, and the default.
pub const LIFETIME_MIN_MINUTES: u32 = 10;
pub const LIFETIME_MAX_MINUTES: u32 = 30 * 24 * 60;
pub const LIFETIME_DEFAULT_MINUTES: u32 = 60;
/// The shortest and longest pass, and the default: 12 symbols of a
/// 32-symbol alphabet are 60 random bits, behind the sign-in's lockout.
pub const LENGTH_MIN: u8 = 8;
pub const LENGTH_MAX: u8 = 48;
pub const LENGTH_DEFAULT: u8 = 12;
/// How far ahead a pass may be set to start.
pub const START_MAX_DAYS: i64 = 30;

/// A pass issued to a user (one live at a time): only its keyed digest is kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessPass {
    pub digest: String,
    pub issued_at: DateTime<Utc>,
    pub starts_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub one_time: bool,
    /// The username of who issued it (a person, or `client:<id>`).
    pub issued_by: String,
    /// When it was first used to sign in; a one-time pass is spent then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub used_at: Option<DateTime<Utc>>,
}

/// Where a pass stands at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    NotYet,
    Live,
    Spent,
    Expired,
}

impl AccessPass {
    pub fn standing(&self, now: DateTime<Utc>) -> Standing {
        if now >= self.expires_at {
            Standing::Expired
        } else if self.one_time && self.used_at.is_some() {
            Standing::Spent
        } else if now < self.starts_at {
            Standing::NotYet
        } else {
            Standing::Live
        }
    }
}

/// What an issuer asks for, checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PassRequest {
    pub one_time: bool,
    pub lifetime: Duration,
    pub starts_at: Option<DateTime<Utc>>,
    pub length: u8,
}

impl PassRequest {
    /// Checks the issuer's choices against the bounds (`now` for the start).
    pub fn parse(
        one_time: Option<bool>,
        lifetime_minutes: Option<u32>,
        starts_at: Option<DateTime<Utc>>,
        length: Option<u8>,
        now: DateTime<Utc>,
    ) -> Result<Self, ParseError> {
        let minutes = lifetime_minutes.unwrap_or(LIFETIME_DEFAULT_MINUTES);
        if !(LIFETIME_MIN_MINUTES..=LIFETIME_MAX_MINUTES).contains(&minutes) {
            return Err(ParseError::new("lifetime_minutes", "must be 10 minutes to 30 days (43200)"));
        }
        let length = length.unwrap_or(LENGTH_DEFAULT);
        if !(LENGTH_MIN..=LENGTH_MAX).contains(&length) {
            return Err(ParseError::new("length", "must be 8 to 48 characters"));
        }
        if starts_at.is_some_and(|start| start > now + Duration::days(START_MAX_DAYS)) {
            return Err(ParseError::new("starts_at", "must be within 30 days"));
        }
        // A start in the past is a start now.
        let starts_at = starts_at.filter(|s| *s > now);
        Ok(Self {
            one_time: one_time.unwrap_or(true),
            lifetime: Duration::minutes(i64::from(minutes)),
            starts_at,
            length,
        })
    }
}

/// Capital letters and digits that cannot be misread for each other (no
/// O or 0's twin, no I or 1's): read out over a phone, case never matters
/// (a pass is compared in capitals).
pub const ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// A pass of `length` symbols drawn from `bytes` (one byte each).
pub fn from_bytes(bytes: &[u8]) -> String {
    bytes.iter().map(|b| char::from(ALPHABET[usize::from(b & 31)])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_are_checked_and_defaults_filled() {
        let now = Utc::now();
        let ok = PassRequest::parse(None, None, None, None, now).unwrap();
        assert_eq!((ok.one_time, ok.lifetime, ok.length), (true, Duration::hours(1), 12));
        assert!(PassRequest::parse(None, Some(9), None, None, now).is_err());
        assert!(PassRequest::parse(None, Some(43_201), None, None, now).is_err());
        assert!(PassRequest::parse(None, None, None, Some(7), now).is_err());
        assert!(PassRequest::parse(None, None, None, Some(49), now).is_err());
        assert!(PassRequest::parse(None, None, Some(now + Duration::days(31)), None, now).is_err());
        let past =
            PassRequest::parse(Some(false), Some(10), Some(now - Duration::hours(1)), Some(48), now).unwrap();
        assert_eq!(past.starts_at, None);
    }

    #[test]
    fn a_pass_stands_by_its_times_and_use() {
        let now = Utc::now();
        let mut pass = AccessPass {
            digest: String::new(),
            issued_at: now,
            starts_at: now + Duration::minutes(5),
            expires_at: now + Duration::hours(1),
            one_time: true,
            issued_by: "helpdesk".into(),
            used_at: None,
        };
        assert_eq!(pass.standing(now), Standing::NotYet);
        assert_eq!(pass.standing(now + Duration::minutes(5)), Standing::Live);
        pass.used_at = Some(now + Duration::minutes(6));
        assert_eq!(pass.standing(now + Duration::minutes(7)), Standing::Spent);
        pass.one_time = false;
        assert_eq!(pass.standing(now + Duration::minutes(7)), Standing::Live);
        assert_eq!(pass.standing(now + Duration::hours(1)), Standing::Expired);
    }
}
