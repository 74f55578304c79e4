//! Passkeys (WebAuthn discoverable credentials): what Latchkey keeps of each
//! one a user registered, and what a ceremony carries between its two steps.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The longest name a user may give a passkey, in characters.
pub const NAME_MAX: usize = 64;

/// How many passkeys one account may hold: enough for every device a person
/// owns, few enough that the record stays small.
pub const PER_USER_MAX: usize = 10;

/// How long a ceremony's options stay good: the browser's own timeout
/// (WebAuthn's recommended five minutes) plus a little for the round trip.
pub const CEREMONY_SECONDS: i64 = 330;

/// A passkey a user registered. The public key and its counters are the
/// relying-party library's own encoding (`stored`), opaque to the domain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passkey {
    /// The credential id, base64url without padding (as browsers name it).
    pub id: String,
    pub name: String,
    pub added_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_used_at: Option<DateTime<Utc>>,
    /// The authenticator's model (AAGUID, lower-case hex with dashes), when
    /// it names one; all zeros means it does not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aaguid: Option<String>,
    /// Public key, signature counter and flags (base64url).
    pub stored: String,
}

/// A passkey's name as the user typed it: trimmed, 1–64 characters, no
/// control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasskeyName(String);

impl PasskeyName {
    pub fn parse(raw: &str) -> Option<Self> {
        let name = raw.trim();
        let count = name.chars().count();
        if count == 0 || count > NAME_MAX || name.chars().any(char::is_control) {
            return None;
        }
        Some(Self(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The person a passkey is being made for, as the authenticator shows them.
#[derive(Debug, Clone)]
pub struct Holder {
    /// The user handle: the user's id (never personal data, never reused).
    pub handle: Vec<u8>,
    pub name: String,
    pub display_name: String,
    /// The credentials the user already has: the authenticator makes no second one.
    pub exclude: Vec<Vec<u8>>,
}

/// A ceremony's first step: the options for the browser and the state the
/// second step checks the answer against.
#[derive(Debug, Clone)]
pub struct Ceremony {
    /// `PublicKeyCredentialCreationOptionsJSON` or `…RequestOptionsJSON`.
    pub options: String,
    /// The relying-party library's state (opaque; sealed before it leaves).
    pub state: Vec<u8>,
    pub challenge: Vec<u8>,
}

/// A credential the browser made and the checks passed.
#[derive(Debug, Clone)]
pub struct Made {
    pub credential_id: Vec<u8>,
    pub stored: Vec<u8>,
    pub aaguid: Option<[u8; 16]>,
}

/// Who an assertion says it is, read before anything is verified.
#[derive(Debug, Clone)]
pub struct Presented {
    pub credential_id: Vec<u8>,
    pub user_handle: Vec<u8>,
    pub challenge: Vec<u8>,
}

/// Why the relying-party checks refused an answer (logged, never told: every
/// refusal answers alike).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("passkey refused: {0}")]
pub struct Refused(pub String);

/// base64url without padding, as WebAuthn's JSON encodes bytes.
pub fn b64url(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The bytes of base64url text (padding tolerated); `None` when it is not.
pub fn from_b64url(text: &str) -> Option<Vec<u8>> {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(text.trim_end_matches('=')).ok()
}

/// An AAGUID as text (`00000000-0000-…`).
pub fn aaguid_text(aaguid: &[u8; 16]) -> String {
    let hex: String = aaguid.iter().map(|b| format!("{b:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..40u8 {
            let bytes: Vec<u8> = (0..len).map(|i| i.wrapping_mul(37)).collect();
            assert_eq!(from_b64url(&b64url(&bytes)).as_deref(), Some(bytes.as_slice()));
        }
        assert_eq!(b64url(b"\xfb\xff"), "-_8");
        assert_eq!(from_b64url("a+b"), None);
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(PasskeyName::parse("  Work laptop ").map(|n| n.0), Some("Work laptop".into()));
        assert!(PasskeyName::parse("   ").is_none());
        assert!(PasskeyName::parse(&"x".repeat(65)).is_none());
        assert!(PasskeyName::parse("a\u{7}b").is_none());
    }
}
