//! Breached passwords: the key a password is looked up by, the modes and
//! thresholds administrators choose, and what the check reports.

use std::fmt;

use sha1::{Digest, Sha1};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::model::values::{ParseError, Password};

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
    /// What a successful password sign-in does when that password is found
    /// in breaches (checked at every sign-in, so a corpus imported after the
    /// password was set is seen at the next one): `Enforce` leads to a
    /// session that can only change it, `Audit` records it, `Off` checks nothing.
    pub at_sign_in: BreachMode,
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
