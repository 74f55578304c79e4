//! The organisation's settings: branding and the rules every flow reads.

use serde::{Deserialize, Serialize};

/// Branding and rules for one organisation. A fresh install uses [`Default`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrgSettings {
    /// Shown in the portal and in every message sent to users.
    pub name: String,
    pub logo_url: Option<String>,
    /// Where "contact your administrator" links point.
    pub contact_url: Option<String>,
    pub password: PasswordRules,
    pub lockout: LockoutRules,
}

impl Default for OrgSettings {
    fn default() -> Self {
        Self {
            name: "Latchkey".into(),
            logo_url: None,
            contact_url: None,
            password: PasswordRules::default(),
            lockout: LockoutRules::default(),
        }
    }
}

/// What makes a new password acceptable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PasswordRules {
    /// Minimum length in code points (8–64).
    pub min_length: u16,
    /// How many of the most recent passwords may not be reused (0–24; 1 = not the current one).
    pub history: u8,
    /// The organisation's own banned words (up to 1,000 terms of 4–16 characters).
    pub custom_banned: Vec<String>,
    /// Passwords older than this must be changed at the next sign-in; `None` = never.
    pub max_age_days: Option<u32>,
}

impl Default for PasswordRules {
    fn default() -> Self {
        Self {
            min_length: 12,
            history: 1,
            custom_banned: Vec::new(),
            max_age_days: None,
        }
    }
}

/// The lowest minimum length an admin may set (NIST SP 800-63B-4).
pub const MIN_LENGTH_FLOOR: u16 = 8;
/// How many passwords history may keep at most.
pub const HISTORY_MAX: u8 = 24;

/// How sign-in failures lock an account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LockoutRules {
    /// Failed sign-ins in a row that lock the account.
    pub threshold: u32,
    /// The first lockout's length; each further lockout doubles it.
    pub base_seconds: u64,
    /// The longest a lockout may last.
    pub max_seconds: u64,
}

impl Default for LockoutRules {
    fn default() -> Self {
        Self {
            threshold: 10,
            base_seconds: 60,
            max_seconds: 24 * 3600,
        }
    }
}

impl LockoutRules {
    /// The length of the `nth` lockout (1-based) since the last successful sign-in.
    pub fn duration_of(&self, nth: u32) -> chrono::Duration {
        let factor = 1u64.checked_shl(nth.saturating_sub(1)).unwrap_or(u64::MAX);
        let seconds = self
            .base_seconds
            .saturating_mul(factor)
            .min(self.max_seconds);
        chrono::Duration::seconds(i64::try_from(seconds).unwrap_or(i64::MAX))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_lockout_doubles_up_to_the_cap() {
        let rules = LockoutRules::default();
        assert_eq!(rules.duration_of(1).num_seconds(), 60);
        assert_eq!(rules.duration_of(2).num_seconds(), 120);
        assert_eq!(rules.duration_of(5).num_seconds(), 960);
        assert_eq!(rules.duration_of(200).num_seconds(), 24 * 3600);
    }
}
