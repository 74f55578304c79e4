//! Parsed value types. Once a value has one of these types it is valid; no
//! code downstream checks it again.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

/// Why a piece of input could not be parsed; the message is safe to show to a
/// user (it never echoes a secret).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct ParseError {
    /// The input field that failed, as the API names it.
    pub field: &'static str,
    /// What is wrong with it.
    pub message: String,
}

impl ParseError {
    pub fn new(field: &'static str, message: impl Into<String>) -> Self {
        Self { field, message: message.into() }
    }

    /// The same complaint about another field (a type parsed under an API field's name).
    pub fn with_field(self, field: &'static str) -> Self {
        Self { field, ..self }
    }
}

/// Unicode NFKC: full-width, ligature and other compatibility forms folded,
/// so the same password typed on different keyboards is the same password.
#[cfg(feature = "nfkc")]
pub fn nfkc(raw: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    raw.nfkc().collect()
}

/// Without the `nfkc` feature (the browser build) text is left as typed.
#[cfg(not(feature = "nfkc"))]
pub fn nfkc(raw: &str) -> String {
    raw.to_owned()
}

/// An opaque, stable user id (never reused, never shown as a secret).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(transparent)]
pub struct UserId(String);

impl UserId {
    /// Wraps an id read from storage or a token.
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A sign-in name: 1–64 characters of `a-z 0-9 . _ - @`, compared case-insensitively
/// (stored lower-cased, so `Alice` and `alice` are one account).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Username(String);

impl Username {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let name = raw.trim().to_lowercase();
        if name.is_empty() || name.chars().count() > 64 {
            return Err(ParseError::new("username", "must be 1 to 64 characters"));
        }
        if !name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '@')) {
            return Err(ParseError::new(
                "username",
                "may contain only letters, digits, '.', '_', '-' and '@'",
            ));
        }
        Ok(Self(name))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Username {
    type Error = ParseError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Username> for String {
    fn from(value: Username) -> Self {
        value.0
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A group's name: trimmed, 1–64 of letters, digits, space, `.`, `_` and
/// `-` (no control characters, no `/` or `#`, which keys and paths use).
/// Compared exactly: `Sales` and `sales` are two groups, as they were when
/// groups were free text on users.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct GroupName(String);

/// The longest group name.
pub const GROUP_NAME_MAX: usize = 64;

impl GroupName {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let name = raw.trim();
        if name.is_empty() || name.chars().count() > GROUP_NAME_MAX {
            return Err(ParseError::new("name", "must be 1 to 64 characters"));
        }
        if !name.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '_' | '-')) {
            return Err(ParseError::new(
                "name",
                "may contain only letters, digits, spaces, '.', '_' and '-'",
            ));
        }
        Ok(Self(name.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for GroupName {
    type Error = ParseError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<GroupName> for String {
    fn from(value: GroupName) -> Self {
        value.0
    }
}

impl fmt::Display for GroupName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An email address as SES takes it: a dot-atom local part (RFC 5322 `atext`
/// between single dots, at most 64 characters), `@`, a dotted host name
/// (letters, digits and hyphens; labels of at most 63), at most 254
/// characters. Deliverability is proven by a code, not by parsing; but an
/// address SES refuses to parse must be refused here, as the caller's
/// mistake, not found out at the send as our failure.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let address = raw.trim();
        let invalid = || ParseError::new("email", "is not a valid email address");
        if address.len() > 254 || address.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(invalid());
        }
        let (local, domain) = address.rsplit_once('@').ok_or_else(invalid)?;
        let atext = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c);
        let local_ok =
            local.len() <= 64 && local.split('.').all(|atom| !atom.is_empty() && atom.chars().all(atext));
        let domain_ok = domain.contains('.')
            && domain.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            });
        if !local_ok || !domain_ok {
            return Err(invalid());
        }
        // Domains are case-insensitive; local parts are kept as typed.
        Ok(Self(format!("{local}@{}", domain.to_ascii_lowercase())))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Email {
    type Error = ParseError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Email> for String {
    fn from(value: Email) -> Self {
        value.0
    }
}

/// A phone number in E.164 form: `+`, then 8–15 digits, the first not 0.
/// Spaces, dashes and brackets in the input are dropped.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct E164(String);

impl E164 {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let compact: String = raw.chars().filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.')).collect();
        let digits = compact.strip_prefix('+').unwrap_or("");
        let ok = (8..=15).contains(&digits.len())
            && digits.chars().all(|c| c.is_ascii_digit())
            && !digits.starts_with('0');
        if !ok {
            return Err(ParseError::new("phone", "must be an international number like +14255550123"));
        }
        Ok(Self(compact))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl E164 {
    /// The country (ISO 3166 alpha-2, as libphonenumber's metadata tells it)
    /// the number belongs to; `None` when it cannot be told.
    #[cfg(feature = "regions")]
    pub fn country(&self) -> Option<String> {
        let parsed = phonenumber::parse(None, &self.0).ok()?;
        parsed.country().id().map(|id| id.as_ref().to_owned())
    }

    /// Without the metadata (the web portal), never known.
    #[cfg(not(feature = "regions"))]
    pub fn country(&self) -> Option<String> {
        None
    }
}

/// The bearer id of a reset flow: 256 random bits as 64 hex digits. It is
/// a secret (whoever holds it drives the flow), so `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct ResetId(String);

impl ResetId {
    /// A fresh id from 32 random bytes.
    pub fn from_random(bytes: [u8; 32]) -> Self {
        Self(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }

    /// An id as a client sends it back; `None` when it cannot be one (the
    /// caller answers exactly as for an unknown or expired flow).
    pub fn parse(raw: &str) -> Option<Self> {
        (raw.len() == 64 && raw.bytes().all(|b| b.is_ascii_hexdigit())).then(|| Self(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ResetId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ResetId(***)")
    }
}

/// A one-time code: 6 to 8 digits, spaces around it ignored. `Debug` never
/// shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct OneTimeCode(String);

impl OneTimeCode {
    /// A code as typed; `None` when it cannot be a code at all (such a guess
    /// is still counted as a wrong one by the caller).
    pub fn parse(raw: &str) -> Option<Self> {
        let code = raw.trim();
        ((6..=8).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit()))
            .then(|| Self(code.to_owned()))
    }

    /// A code just drawn (`codes::new_code`), already of the right shape.
    pub(crate) fn drawn(digits: String) -> Self {
        Self(digits)
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for OneTimeCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("OneTimeCode(***)")
    }
}

/// Whether `code` is a country code (ISO 3166 alpha-2) phone numbers carry.
#[cfg(feature = "regions")]
pub fn is_phone_country(code: &str) -> bool {
    code.len() == 2 && code.parse::<phonenumber::country::Id>().is_ok()
}

/// Without the metadata (the web portal): two capital letters.
#[cfg(not(feature = "regions"))]
pub fn is_phone_country(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

impl TryFrom<String> for E164 {
    type Error = ParseError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<E164> for String {
    fn from(value: E164) -> Self {
        value.0
    }
}

/// A password as typed, NFKC-normalised so that the same visible characters
/// always hash alike. Its `Debug` never shows it.
#[derive(Clone)]
pub struct Password(SecretString);

/// No password is longer than this (code points); longer input is refused,
/// never truncated. Generous for passphrases, small enough that hashing stays cheap.
pub const MAX_PASSWORD_CHARS: usize = 256;

impl Password {
    /// Normalises the input. Length rules are the policy's job, except the hard
    /// ceiling, which protects the hasher.
    pub fn parse(raw: &str, field: &'static str) -> Result<Self, ParseError> {
        let normalised = nfkc(raw);
        if normalised.is_empty() {
            return Err(ParseError::new(field, "must not be empty"));
        }
        if normalised.chars().count() > MAX_PASSWORD_CHARS {
            return Err(ParseError::new(field, format!("must be at most {MAX_PASSWORD_CHARS} characters")));
        }
        Ok(Self(SecretString::from(normalised)))
    }

    /// The normalised text, for the hasher and the policy only.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    /// Length in code points, as the policy counts it.
    pub fn char_count(&self) -> usize {
        self.expose().chars().count()
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}

/// An argon2id hash in PHC string form (`$argon2id$v=19$m=…`). Not a secret in
/// the strict sense, but still never logged.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PasswordHash(String);

impl PasswordHash {
    pub fn new(phc: impl Into<String>) -> Self {
        Self(phc.into())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for PasswordHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PasswordHash(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn usernames_are_case_insensitive_and_trimmed() {
        assert_eq!(Username::parse("  Alice.Smith ").unwrap().as_str(), "alice.smith");
        assert!(Username::parse("").is_err());
        assert!(Username::parse("bob smith").is_err());
        assert!(Username::parse(&"a".repeat(65)).is_err());
    }

    #[test]
    fn emails_need_a_dotted_domain() {
        assert_eq!(Email::parse("Jo@Contoso.COM").unwrap().as_str(), "Jo@contoso.com");
        assert_eq!(
            Email::parse("o'neil+tag@mail-1.contoso.com").unwrap().as_str(),
            "o'neil+tag@mail-1.contoso.com"
        );
        for bad in ["jo", "jo@", "@contoso.com", "jo@contoso", "jo@@contoso.com", "j o@c.com", "jo@c..com"] {
            assert!(Email::parse(bad).is_err(), "{bad} should be refused");
        }
        // Addresses SES refuses to parse (found by schemathesis as a 500 at the send).
        for bad in [
            "vQQ~Be:LW@:}.sis^1-ISm0",
            "a:b@contoso.com",
            "jo@con_toso.com",
            ".jo@c.com",
            "j..o@c.com",
            "jé@c.com",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn phones_are_e164() {
        assert_eq!(E164::parse("+1 (425) 555-0123").unwrap().as_str(), "+14255550123");
        for bad in ["4255550123", "+0123456789", "+1234", "+1425555012345678", "+1425abc0123"] {
            assert!(E164::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn passwords_are_nfkc_normalised_and_never_debug_printed() {
        // U+FB01 (the "fi" ligature) normalises to "fi".
        let p = Password::parse("\u{FB01}nally-long-enough", "password").unwrap();
        assert_eq!(p.expose(), "finally-long-enough");
        assert_eq!(format!("{p:?}"), "Password(***)");
        assert!(Password::parse(&"x".repeat(MAX_PASSWORD_CHARS + 1), "password").is_err());
        assert!(Password::parse("", "password").is_err());
    }

    proptest! {
        #[test]
        fn parsed_usernames_reparse_to_themselves(raw in "[A-Za-z0-9._@-]{1,64}") {
            let once = Username::parse(&raw).unwrap();
            prop_assert_eq!(Username::parse(once.as_str()).unwrap(), once);
        }

        #[test]
        fn username_parser_never_panics(raw in ".*") {
            let _ = Username::parse(&raw);
        }

        #[test]
        fn email_parser_never_panics(raw in ".*") {
            let _ = Email::parse(&raw);
        }
    }
}

#[cfg(test)]
#[cfg(feature = "regions")]
mod country_tests {
    use super::E164;

    fn country(number: &str) -> Option<String> {
        E164::parse(number).unwrap().country()
    }

    #[test]
    fn numbers_are_placed_in_their_country_even_within_one_calling_code() {
        assert_eq!(country("+12025550143").as_deref(), Some("US"));
        assert_eq!(country("+14165550123").as_deref(), Some("CA"));
        // +1 876 is Jamaica: a calling-code allowlist (+1) would let it through.
        assert_eq!(country("+18765550123").as_deref(), Some("JM"));
        assert_eq!(country("+447400123456").as_deref(), Some("GB"));
        assert_eq!(country("+33612345678").as_deref(), Some("FR"));
        assert!(
            super::is_phone_country("GB")
                && !super::is_phone_country("XX")
                && !super::is_phone_country("gbr")
        );
    }
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
