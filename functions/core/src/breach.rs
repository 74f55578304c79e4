//! Breached passwords (NIST SP 800-63B: a verifier SHALL refuse values known
//! to be compromised and say why; ASVS 5.0 6.2.12).
//!
//! The core sees only a 64-bit key of the password's SHA-1 (the hash the
//! Pwned Passwords corpus is published in), never sends the password or its
//! full hash anywhere, and asks the [`BreachedPasswords`] port whether the key
//! is known. Off, audit-only (record what would have been refused) or enforce.

use std::fmt;

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use sha1::{Digest, Sha1};

use crate::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::error::PortError;
use crate::policy::{Rejection, Rule};
use crate::ports::Ports;
use crate::types::{ParseError, Password, UserId};
use crate::user::User;

/// The first 8 bytes (big-endian) of SHA-1 of a password's UTF-8 text (after
/// the NFKC normalisation every password gets). Enough to look a password up
/// (false matches about 1 in 2⁴⁰ even at 2 billion entries) and far too
/// little to be worth stealing: `Debug` still hides it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct BreachKey(u64);

impl BreachKey {
    pub fn of(password: &Password) -> Self {
        let digest = Sha1::digest(password.expose().as_bytes());
        let mut first = [0u8; 8];
        first.copy_from_slice(&digest[..8]);
        Self(u64::from_be_bytes(first))
    }

    /// A key as a tool or benchmark draws it.
    pub fn from_value(value: u64) -> Self {
        Self(value)
    }

    pub fn value(self) -> u64 {
        self.0
    }
}

impl fmt::Debug for BreachKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BreachKey(***)")
    }
}

/// What the breach check does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BreachMode {
    /// Nothing is checked.
    Off,
    /// Breached passwords are accepted, and each is recorded (an audit event
    /// and the daily tally), so an administrator sees what enforcing would refuse.
    Audit,
    /// Breached passwords are refused with the reason `breached`.
    #[default]
    Enforce,
}

impl BreachMode {
    pub fn as_str(self) -> &'static str {
        match self {
            BreachMode::Off => "off",
            BreachMode::Audit => "audit",
            BreachMode::Enforce => "enforce",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        match raw {
            "off" => Ok(BreachMode::Off),
            "audit" => Ok(BreachMode::Audit),
            "enforce" => Ok(BreachMode::Enforce),
            _ => Err(ParseError::new("breached_mode", "must be off, audit or enforce")),
        }
    }
}

/// How often a password must have been seen in the imported corpus to be
/// refused: 1, 10, 100, 1,000 or 10,000 (each shard of the corpus holds a
/// filter per threshold). The shipped list of the most common passwords
/// counts at every threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u32", into = "u32")]
pub struct BreachThreshold(u32);

impl BreachThreshold {
    pub const ALL: [u32; 5] = [1, 10, 100, 1_000, 10_000];

    pub fn parse(count: u32) -> Result<Self, ParseError> {
        if Self::ALL.contains(&count) {
            Ok(Self(count))
        } else {
            Err(ParseError::new("breached_min_count", "must be 1, 10, 100, 1000 or 10000"))
        }
    }

    pub fn count(self) -> u32 {
        self.0
    }
}

impl Default for BreachThreshold {
    fn default() -> Self {
        Self(1)
    }
}

impl TryFrom<u32> for BreachThreshold {
    type Error = ParseError;
    fn try_from(count: u32) -> Result<Self, ParseError> {
        Self::parse(count)
    }
}

impl From<BreachThreshold> for u32 {
    fn from(t: BreachThreshold) -> u32 {
        t.0
    }
}

/// The organisation's breach check. Settings saved before it existed read
/// as enforcing at any count: NIST makes the check a SHALL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct BreachRules {
    pub mode: BreachMode,
    pub min_count: BreachThreshold,
}

/// Where a breached password was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreachSource {
    /// The list shipped with the functions (the most common passwords).
    Shipped,
    /// The imported corpus, at the threshold asked for.
    Corpus,
}

impl BreachSource {
    pub fn as_str(self) -> &'static str {
        match self {
            BreachSource::Shipped => "shipped_list",
            BreachSource::Corpus => "corpus",
        }
    }
}

/// New passwords checked and found breached over some days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BreachTally {
    pub checked: u64,
    pub breached: u64,
}

/// The imported corpus, as its import recorded it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusStatus {
    /// Distinct hashes imported.
    pub entries: u64,
    /// Shards written (65,536 for a whole corpus).
    pub shards: u32,
    /// Bytes of every shard's filters together.
    pub bytes: u64,
    pub imported_at: DateTime<Utc>,
    /// Where it came from, as the import was told (a file name, a version).
    pub source: String,
}

/// The breach corpus: the shipped list, the imported shards, and the
/// tallies the audit-only mode is judged by.
#[async_trait]
pub trait BreachedPasswords: Send + Sync {
    /// Where `key` was found (at `min_count` or more for the corpus), if anywhere.
    async fn lookup(
        &self,
        key: BreachKey,
        min_count: BreachThreshold,
    ) -> Result<Option<BreachSource>, PortError>;

    /// Counts one new password checked on `day`, and whether it was breached.
    async fn tally(&self, day: NaiveDate, breached: bool) -> Result<(), PortError>;

    /// The tallies from `since` to today.
    async fn recent(&self, since: NaiveDate) -> Result<BreachTally, PortError>;

    /// Entries in the shipped list.
    fn shipped_entries(&self) -> u64;

    /// The imported corpus, if one was imported.
    async fn corpus(&self) -> Result<Option<CorpusStatus>, PortError>;
}

/// The reason a breached password is refused with.
pub fn rejection() -> Rejection {
    Rejection {
        rule: Rule::Breached,
        detail:
            "appears in known data breaches, so attackers try it early; choose one you have not used before"
                .into(),
    }
}

/// Days the admin's impact preview looks back over.
pub const RECENT_DAYS: i64 = 30;

/// Checks `new` for `user` under `rules`: the rejection to add when it is
/// breached and the check enforces. Audit-only records the hit instead
/// (actor: who set the password; `None` for the user themselves or a
/// process). The tally is best effort: a failed counter write must not
/// refuse a password (the check itself failing does, as a 503).
pub async fn screen(
    ports: &Ports,
    actor: Option<&UserId>,
    user: &User,
    new: &Password,
    rules: BreachRules,
    meta: &RequestMeta,
) -> Result<Option<Rejection>, PortError> {
    if rules.mode == BreachMode::Off {
        return Ok(None);
    }
    let found = ports.breaches.lookup(BreachKey::of(new), rules.min_count).await?;
    let now = ports.clock.now();
    if let Err(err) = ports.breaches.tally(now.date_naive(), found.is_some()).await {
        tracing::warn!(error = %err, "could not count a breach check");
    }
    let Some(source) = found else { return Ok(None) };
    if rules.mode == BreachMode::Enforce {
        return Ok(Some(rejection()));
    }
    // Audit-only (off returned above): accepted, and recorded.
    let reason = format!("audit_only,{}", source.as_str());
    let outcome = (Action::BreachedPasswordAudited, Outcome::Success);
    let event = AuditEvent::about(ports, actor.or(Some(&user.id)), user, outcome, &reason, meta);
    ports.audit.record(&event).await?;
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_the_start_of_the_sha1_the_corpus_uses() {
        // SHA-1("password") = 5BAA61E4C9B93F3F…
        let key = BreachKey::of(&Password::parse("password", "p").unwrap());
        assert_eq!(key.value(), 0x5BAA_61E4_C9B9_3F3F);
        assert_eq!(format!("{key:?}"), "BreachKey(***)");
    }

    #[test]
    fn thresholds_are_powers_of_ten_and_stored_as_numbers() {
        assert!(BreachThreshold::parse(50).is_err());
        assert_eq!(BreachThreshold::parse(100).unwrap().count(), 100);
        let rules: BreachRules = serde_json::from_str(r#"{"mode":"audit","min_count":10}"#).unwrap();
        assert_eq!(rules.mode, BreachMode::Audit);
        assert_eq!(rules.min_count.count(), 10);
        assert!(serde_json::from_str::<BreachRules>(r#"{"min_count":7}"#).is_err());
        assert_eq!(serde_json::from_str::<BreachRules>("{}").unwrap(), BreachRules::default());
        assert_eq!(BreachRules::default().mode, BreachMode::Enforce);
    }

    #[tokio::test]
    async fn enforce_refuses_audit_records_and_off_looks_nothing_up() {
        let world = crate::fakes::FakeWorld::new();
        let user = world.add_adele("velvet-otter-compass-17", &[]).await;
        world.breaches.add("harbour-kestrel-91", 50);
        let breached = Password::parse("harbour-kestrel-91", "p").unwrap();
        let meta = RequestMeta::default();
        let rules = |mode, n| BreachRules { mode, min_count: BreachThreshold::parse(n).unwrap() };
        let screen = |rules| screen(&world.ports, None, &user, &breached, rules, &meta);

        let refused = screen(rules(BreachMode::Enforce, 10)).await.unwrap().expect("refused");
        assert_eq!(refused.rule, Rule::Breached);
        assert!(!refused.detail.contains("harbour"));
        assert_eq!(screen(rules(BreachMode::Enforce, 100)).await.unwrap(), None, "seen 50 < 100 times");

        let events = world.audit.events.lock().unwrap().len();
        assert_eq!(screen(rules(BreachMode::Audit, 1)).await.unwrap(), None, "audit refuses nothing");
        let recorded = world.audit.events.lock().unwrap()[events..].to_vec();
        assert_eq!(recorded.len(), 1);
        assert_eq!(recorded[0].action, Action::BreachedPasswordAudited);
        assert_eq!(recorded[0].reason.as_deref(), Some("audit_only,corpus"));

        let today = world.ports.clock.now().date_naive();
        let tally = world.breaches.recent(today).await.unwrap();
        // Adele's first password was checked too.
        assert_eq!((tally.checked, tally.breached), (4, 2), "every check counted, hits apart");
        assert_eq!(screen(rules(BreachMode::Off, 1)).await.unwrap(), None);
        assert_eq!(world.breaches.recent(today).await.unwrap(), tally, "off looks nothing up");
    }
}
