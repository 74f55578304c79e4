//! What Latchkey and its on-premises writeback agent say to each other.
//!
//! A password never travels or rests in the cloud in plain text: Latchkey
//! seals it to the agent's X25519 public key with HPKE (RFC 9180, base mode,
//! DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305), binding the
//! job's id as associated data, so a sealed password opens only for that
//! agent and that job. The agent makes its key pair itself and sends only
//! the public key.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use chrono::{DateTime, Utc};
use hpke::aead::ChaCha20Poly1305;
use hpke::kdf::HkdfSha256;
use hpke::kem::X25519HkdfSha256;
use hpke::{Deserializable, Kem as _, OpModeR, OpModeS, Serializable};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

pub mod signing;
pub mod sync;

type Kem = X25519HkdfSha256;
/// Domain separation: a sealed value from any other protocol or version never opens here.
const INFO: &[u8] = b"latchkey writeback v1 password";

/// How long a job may wait for an agent: after this it is dropped, and the
/// user is told, rather than applied late (Entra's writeback does the same).
pub const JOB_LIFETIME_SECONDS: i64 = 120;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WireError {
    #[error("{0} is not valid base64url")]
    Encoding(&'static str),
    #[error("{0} is not a valid X25519 key")]
    Key(&'static str),
    #[error("the sealed password does not open with this agent's key for this job")]
    Open,
}

/// The agent's key pair. The private half never leaves the agent's host.
pub struct AgentKeys {
    private: <Kem as hpke::Kem>::PrivateKey,
    public: <Kem as hpke::Kem>::PublicKey,
}

impl AgentKeys {
    pub fn generate() -> Self {
        let (private, public) = Kem::gen_keypair();
        Self { private, public }
    }

    /// The private key as the agent stores it (base64url of 32 bytes) in a
    /// file only it can read.
    pub fn private_text(&self) -> SecretString {
        SecretString::from(B64.encode(self.private.to_bytes()))
    }

    pub fn from_private_text(text: &str) -> Result<Self, WireError> {
        let bytes = B64.decode(text.trim()).map_err(|_| WireError::Encoding("the private key"))?;
        let private = <Kem as hpke::Kem>::PrivateKey::from_bytes(&bytes)
            .map_err(|_| WireError::Key("the private key"))?;
        let public = <Kem as hpke::Kem>::sk_to_pk(&private);
        Ok(Self { private, public })
    }

    pub fn public(&self) -> AgentPublicKey {
        AgentPublicKey(self.public.clone())
    }

    /// Opens a password sealed to this agent for `job`.
    pub fn open(&self, job: &JobId, sealed: &Sealed) -> Result<SecretString, WireError> {
        let enc = B64.decode(&sealed.enc).map_err(|_| WireError::Encoding("enc"))?;
        let ciphertext = B64.decode(&sealed.ciphertext).map_err(|_| WireError::Encoding("ciphertext"))?;
        let enc = <Kem as hpke::Kem>::EncappedKey::from_bytes(&enc).map_err(|_| WireError::Open)?;
        let plain = hpke::single_shot_open::<ChaCha20Poly1305, HkdfSha256, Kem>(
            &OpModeR::Base,
            &self.private,
            &enc,
            INFO,
            &ciphertext,
            job.0.as_bytes(),
        )
        .map_err(|_| WireError::Open)?;
        String::from_utf8(plain).map(SecretString::from).map_err(|_| WireError::Open)
    }
}

/// An agent's public key, as it enrols and as Latchkey stores it.
#[derive(Clone, PartialEq, Eq)]
pub struct AgentPublicKey(<Kem as hpke::Kem>::PublicKey);

impl std::fmt::Debug for AgentPublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "AgentPublicKey({})", self.to_text())
    }
}

impl AgentPublicKey {
    pub fn to_text(&self) -> String {
        B64.encode(self.0.to_bytes())
    }

    pub fn parse(text: &str) -> Result<Self, WireError> {
        let bytes = B64.decode(text.trim()).map_err(|_| WireError::Encoding("the public key"))?;
        <Kem as hpke::Kem>::PublicKey::from_bytes(&bytes)
            .map(Self)
            .map_err(|_| WireError::Key("the public key"))
    }

    /// Seals `password` to this key for `job`.
    #[expect(
        clippy::expect_used,
        reason = "sealing to a parsed public key fails only without system randomness"
    )]
    pub fn seal(&self, job: &JobId, password: &SecretString) -> Sealed {
        let (enc, ciphertext) = hpke::single_shot_seal::<ChaCha20Poly1305, HkdfSha256, Kem>(
            &OpModeS::Base,
            &self.0,
            INFO,
            password.expose_secret().as_bytes(),
            job.0.as_bytes(),
        )
        .expect("HPKE seals to a valid key");
        Sealed { enc: B64.encode(enc.to_bytes()), ciphertext: B64.encode(ciphertext) }
    }
}

/// A password sealed to one agent for one job.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Sealed {
    /// The HPKE encapsulated key.
    pub enc: String,
    pub ciphertext: String,
}

impl std::fmt::Debug for Sealed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sealed(***)")
    }
}

/// A job's id: unique, chosen by Latchkey.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct JobId(pub String);

/// One thing for the directory to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case", tag = "kind", deny_unknown_fields)]
pub enum Operation {
    /// A self-service change or reset (`must_change: false`), or an
    /// administrator's temporary password (`true`).
    SetPassword {
        username: String,
        password: Sealed,
        must_change: bool,
    },
    Unlock {
        username: String,
    },
    /// Pass-through verification: bind as the user with `password` and say
    /// whether the directory accepts it ([`Verdict`]). Nothing is written,
    /// kept or logged; the bind's connection is closed at once.
    Verify {
        username: String,
        password: Sealed,
    },
}

/// What a pass-through bind told.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case", tag = "verdict", deny_unknown_fields)]
pub enum Verdict {
    /// The directory took the password. `must_change`: it is the right
    /// password, but the directory wants it changed first (expired, or an
    /// administrator's reset: ppolicy's `changeAfterReset`, AD's 532/773).
    Accepted { must_change: bool },
    /// Wrong password, or no such user (the two are one answer).
    Wrong,
    /// The directory has locked the account (ppolicy `accountLocked`, AD 775).
    Locked,
    /// The account is disabled or expired in the directory (AD 533/701).
    Disabled,
}

/// A job as an agent receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Job {
    pub id: JobId,
    pub issued_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub operation: Operation,
}

/// Why the directory would not take a password, as the user is told.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case", tag = "reason", content = "detail")]
pub enum Refusal {
    TooShort,
    InHistory,
    /// Not complex enough, or another quality rule of the directory.
    Complexity,
    /// Changed too recently (a minimum password age).
    TooYoung,
    /// Any other refusal, with the directory's own words (never the password).
    Other(String),
}

impl Refusal {
    /// What the user is shown.
    pub fn message(&self) -> String {
        match self {
            Refusal::TooShort => "Your organisation's directory needs a longer password.".into(),
            Refusal::InHistory => {
                "Your organisation's directory remembers this password: choose one you have not used before.".into()
            }
            Refusal::Complexity => "Your organisation's directory needs a more complex password (for example more kinds of characters).".into(),
            Refusal::TooYoung => "Your organisation's directory does not allow another change so soon.".into(),
            Refusal::Other(text) => format!("Your organisation's directory refused the password: {text}"),
        }
    }
}

/// How a job ended, as the agent reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case", tag = "status", deny_unknown_fields)]
pub enum Outcome {
    /// The directory confirmed the change. `password_changed`: the
    /// password's change stamp as the directory holds it right after the
    /// write (`pwdChangedTime`, AD `pwdLastSet`), so that Latchkey knows this
    /// change for its own when the next sync carries it.
    Applied {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        password_changed: Option<String>,
    },
    /// A pass-through check's answer.
    Checked {
        verdict: Verdict,
    },
    /// The account is protected in the directory (a member of a protected
    /// group, AD `adminCount=1`) and the agent's configuration does not
    /// allow it to write such a password: nothing changed.
    Protected,
    /// The directory's policy refused the password; nothing changed.
    Refused {
        refusal: Refusal,
    },
    UserNotFound,
    /// The directory could not be reached; nothing changed.
    DirectoryDown,
    /// The job came after its expiry and was not applied.
    Expired,
    /// The job could not be applied for another reason (named, no secret).
    Failed {
        detail: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct JobResult {
    pub job: JobId,
    pub outcome: Outcome,
}

/// `POST /v1/agent/enrol`: the one-time token an administrator issued, and
/// the agent's two public keys (it made the pairs itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct EnrolRequest {
    pub token: String,
    pub version: String,
    /// X25519, for the passwords Latchkey seals to the agent.
    pub sealing_key: String,
    /// Ed25519, for the agent's request signatures.
    pub signing_key: String,
}

/// The answer to an enrolment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Enrolled {
    pub agent_id: String,
    pub directory: String,
    pub name: String,
}

/// `POST /v1/agent/jobs/next`: how long to wait for a job (at most 20 s).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NextJobRequest {
    pub wait_seconds: u8,
}

/// `POST /v1/agent/policy`: the directory's password rules, sent at every
/// sync (the default policy, and the fine-grained ones users name in
/// [`sync::SyncedUser::policy`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct DirectoryPolicies {
    /// The domain's policy (AD) or the ppolicy default (OpenLDAP).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<DirectoryPolicy>,
    /// Fine-grained policies by name (AD PSO or ppolicy entry DN).
    #[serde(default)]
    pub named: std::collections::BTreeMap<String, DirectoryPolicy>,
}

/// One directory password policy, the parts a user can be shown.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct DirectoryPolicy {
    /// Minimum length in characters (AD `minPwdLength`, ppolicy `pwdMinLength`).
    pub min_length: u16,
    /// AD's complexity rule: three of capitals, small letters, digits and
    /// symbols, and not the account's name (`pwdProperties` bit 1).
    pub complexity: bool,
    /// Previous passwords refused (`pwdHistoryLength`, `pwdInHistory`).
    pub history: u16,
    /// Seconds before a password may be changed again (`minPwdAge`, `pwdMinAge`).
    pub min_age_seconds: u64,
    /// Seconds a password lasts (`maxPwdAge`, `pwdMaxAge`); `None`: forever.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_age_seconds: Option<u64>,
}

/// The longest an agent's poll is held open.
pub const MAX_WAIT_SECONDS: u8 = 20;

/// `POST /v1/agent/keys`: the agent's new public keys (a rotation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct KeysRequest {
    pub sealing_key: String,
    pub signing_key: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(id: &str) -> JobId {
        JobId(id.into())
    }

    #[test]
    fn a_sealed_password_opens_only_for_its_agent_and_its_job() {
        let agent = AgentKeys::generate();
        let other = AgentKeys::generate();
        let password = SecretString::from("Glacier-Mosaic-94".to_owned());
        let sealed = agent.public().seal(&job("j1"), &password);
        assert!(!sealed.ciphertext.contains("Glacier") && !format!("{sealed:?}").contains("Glacier"));
        assert_eq!(agent.open(&job("j1"), &sealed).unwrap().expose_secret(), "Glacier-Mosaic-94");
        assert_eq!(agent.open(&job("j2"), &sealed).unwrap_err(), WireError::Open, "bound to the job");
        assert_eq!(other.open(&job("j1"), &sealed).unwrap_err(), WireError::Open, "bound to the agent");
        let mut tampered = sealed.clone();
        tampered.ciphertext.replace_range(0..1, if tampered.ciphertext.starts_with('A') { "B" } else { "A" });
        assert_eq!(agent.open(&job("j1"), &tampered).unwrap_err(), WireError::Open);
        assert!(agent.open(&job("j1"), &Sealed { enc: "!!".into(), ciphertext: "x".into() }).is_err());
    }

    #[test]
    fn keys_round_trip_as_text_and_bad_text_is_refused() {
        let agent = AgentKeys::generate();
        let restored = AgentKeys::from_private_text(agent.private_text().expose_secret()).unwrap();
        assert_eq!(restored.public(), agent.public());
        let public = AgentPublicKey::parse(&agent.public().to_text()).unwrap();
        let sealed = public.seal(&job("j"), &SecretString::from("x".to_owned()));
        assert_eq!(restored.open(&job("j"), &sealed).unwrap().expose_secret(), "x");
        assert!(AgentPublicKey::parse("not base64 ✗").is_err());
        assert!(AgentPublicKey::parse(&B64.encode([1u8; 7])).is_err(), "wrong length");
    }

    #[test]
    fn wire_messages_refuse_unknown_fields() {
        let applied = r#"{"job":"j0","outcome":{"status":"applied"}}"#;
        let old: JobResult = serde_json::from_str(applied).unwrap();
        assert_eq!(old.outcome, Outcome::Applied { password_changed: None }, "an older agent's answer reads");
        let checked = JobResult { job: job("j2"), outcome: Outcome::Checked { verdict: Verdict::Locked } };
        let text = serde_json::to_string(&checked).unwrap();
        assert_eq!(text, r#"{"job":"j2","outcome":{"status":"checked","verdict":{"verdict":"locked"}}}"#);
        let result = JobResult { job: job("j1"), outcome: Outcome::Refused { refusal: Refusal::TooShort } };
        let text = serde_json::to_string(&result).unwrap();
        assert_eq!(text, r#"{"job":"j1","outcome":{"status":"refused","refusal":{"reason":"too_short"}}}"#);
        assert_eq!(serde_json::from_str::<JobResult>(&text).unwrap(), result);
        assert!(serde_json::from_str::<Job>(r#"{"id":"j","issued_at":"2026-12-02T00:00:00Z","expires_at":"2026-12-02T00:02:00Z","operation":{"kind":"unlock","username":"a","extra":1}}"#).is_err());
    }
}
