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
    /// A passkey (WebAuthn): phishing-resistant, never sent.
    Passkey,
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

/// A method's id within one reset flow (`m1`, `m2`, …): what a client names
/// when it asks for a code or proves a method. Ids are handed out by the
/// flow; whether a flow has a method of a given id is the flow's to say.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MethodId(String);

impl MethodId {
    /// The `n`th method a flow offers, counted from 1.
    pub fn nth(n: usize) -> Self {
        Self(format!("m{n}"))
    }

    /// An id as a client sent it or a store kept it.
    pub fn new(raw: impl Into<String>) -> Self {
        Self(raw.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for MethodId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A method a reset flow offers, as the person choosing sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferedMethod {
    pub id: MethodId,
    pub kind: MethodKind,
    /// The masked address or number, or what is asked ("3 security questions").
    pub hint: String,
}

impl From<&str> for MethodId {
    fn from(raw: &str) -> Self {
        Self::new(raw)
    }
}
