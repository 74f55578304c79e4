//! The ways a user proves who they are, and how their addresses are shown.

use serde::{Deserialize, Serialize};

/// How a user proves who they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MethodKind {
    Email,
    Sms,
    /// A phone call that reads the code out (mobile or office phone).
    Voice,
    /// Security questions: answered, never sent.
    Questions,
    /// A code from an authenticator app (TOTP), or a recovery code: never sent.
    Authenticator,
}

/// Masks an email address: `jo.smith@contoso.com` → `j•••@c•••.com`.
pub fn mask_email(address: &str) -> String {
    let (local, domain) = address.rsplit_once('@').unwrap_or((address, ""));
    let first = |s: &str| s.chars().next().map(String::from).unwrap_or_default();
    let (name, tld) = domain.rsplit_once('.').unwrap_or((domain, ""));
    format!("{}•••@{}•••.{}", first(local), first(name), tld)
}

/// Masks a phone number, keeping its last two digits: `•••• •••• •12`.
pub fn mask_phone(number: &str) -> String {
    let digits: Vec<char> = number.chars().filter(char::is_ascii_digit).collect();
    let last: String = digits[digits.len().saturating_sub(2)..].iter().collect();
    format!("•••• •••• •{last}")
}
