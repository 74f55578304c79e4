//! Authenticator apps: time-based one-time codes (TOTP, RFC 6238) as a
//! second factor at sign-in and as a reset method, and the recovery codes
//! that stand in for a lost phone.
//!
//! The rules, and where each is kept:
//! - 6 digits, 30-second steps, one step of drift either way (`matching_step`).
//! - Each code is accepted once: the last accepted step is stored with the
//!   user and any step at or before it is refused, a replay inside its own
//!   window included (`Authenticator::accept`); the step moves forward in
//!   the same versioned write as whatever the code proved, so of two parallel
//!   uses of one code exactly one wins.
//! - The shared key is stored only sealed (authenticated encryption under a
//!   server key, bound to the user's id: `ports::SecretSealer`); it is shown
//!   once, at set-up, and never logged, audited or put in an error.
//! - Every try is taken from an atomic counter before it is judged (5
//!   failed a day per source, then a 24 h block): in a reset, the reset's
//!   proof counters (`crate::access::limits::proofs`); past the password —
//!   the sign-in's second step, a new authenticator's first code — counters
//!   of the user's own that no stranger can reach
//!   (`crate::access::limits::signed_in_proofs`).
//! - Recovery codes: ten, single use, shown once, stored as keyed digests.
//! - No downgrade: a user whose sign-in needs the authenticator must prove it
//!   (or a recovery code) in any self-service reset (`crate::recovery`).

use chrono::{DateTime, Duration, Utc};
use secrecy::{ExposeSecret, SecretSlice};
use subtle::ConstantTimeEq;

use crate::access::limits;
use crate::access::session::session_user;
use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::error::Error;
use crate::model::methods::MethodKind;
use crate::model::registration::{Authenticator, PendingAuthenticator, needs_second_factor};
use crate::model::settings::OrgSettings;
use crate::model::user::{SessionToken, User};
use crate::model::values::{UserId, hex};
use crate::ports::Ports;

/// Digits in a code.
pub const DIGITS: u8 = 6;
/// Seconds in a time step.
pub const STEP_SECONDS: u64 = 30;
/// Steps of clock drift accepted either side of the current one.
pub const SKEW: u16 = 1;
/// Recovery codes issued at registration.
pub const RECOVERY_CODES: usize = 10;
/// Bytes in a shared key (160 bits, as RFC 4226 recommends).
const SECRET_BYTES: usize = 20;
/// How long a key shown at set-up waits for its first code.
pub const SETUP_LIFETIME: Duration = Duration::minutes(15);
/// The letters recovery codes are made of: no 0/o or 1/l look-alikes.
const RECOVERY_ALPHABET: &[u8; 32] = b"23456789abcdefghijkmnpqrstuvwxyz";
/// Characters in a recovery code (shown as two groups of five): 50 bits.
const RECOVERY_LENGTH: usize = 10;

/// What a proof given to an authenticator did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accepted {
    /// A code of a step after the last accepted one.
    Code,
    /// A recovery code, now spent; `left` remain.
    RecoveryCode { left: usize },
    /// Wrong, out of its window, reused, or not a code at all.
    Refused,
}

fn totp(secret: &[u8]) -> Option<totp_rs::Totp> {
    totp_rs::Builder::new()
        .with_digits(DIGITS)
        .with_skew(SKEW)
        .with_step_duration(STEP_SECONDS)
        .with_secret(secret.to_vec())
        .build()
        .ok()
}

fn unix_seconds(at: DateTime<Utc>) -> u64 {
    u64::try_from(at.timestamp()).unwrap_or(0)
}

/// The time step `at` falls in.
pub fn step_at(at: DateTime<Utc>) -> u64 {
    unix_seconds(at) / STEP_SECONDS
}

/// The step whose code `code` is, within one step of `now`; `None` when it
/// is none of them (or not six digits).
pub fn matching_step(secret: &[u8], code: &str, now: DateTime<Utc>) -> Option<u64> {
    let code = code.trim();
    if code.len() != usize::from(DIGITS) || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    totp(secret)?.check(code, unix_seconds(now))
}

/// The code of the step `at` falls in (tests, the demo, set-up checks).
pub fn code_at(secret: &[u8], at: DateTime<Utc>) -> String {
    totp(secret).map(|t| t.generate(unix_seconds(at)).to_string()).unwrap_or_default()
}

/// The key as an authenticator app takes it typed in: RFC 4648 base32, no padding.
pub fn base32(secret: &[u8]) -> String {
    totp_rs::Secret::from(secret.to_vec()).to_base32()
}

/// The key from its base32 text (tests and the demo seed).
pub fn from_base32(text: &str) -> Option<Vec<u8>> {
    totp_rs::Secret::try_from_base32(text.trim()).ok().map(|s| s.as_bytes().to_vec())
}

/// The `otpauth://` URI a QR code carries (Google Authenticator's key URI format).
pub fn otpauth_uri(issuer: &str, account: &str, secret: &[u8]) -> String {
    let issuer = percent(issuer);
    format!(
        "otpauth://totp/{issuer}:{}?secret={}&issuer={issuer}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
        percent(account),
        base32(secret)
    )
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn percent(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => char::from(b).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A recovery code as typed, normalised: lower case, without spaces or dashes.
fn normalise_recovery(text: &str) -> Option<String> {
    let code: String =
        text.chars().filter(|c| !matches!(c, '-' | ' ')).map(|c| c.to_ascii_lowercase()).collect();
    (code.len() == RECOVERY_LENGTH && code.bytes().all(|b| RECOVERY_ALPHABET.contains(&b))).then_some(code)
}

impl Authenticator {
    /// Judges `given` — a code, or a recovery code — at `now`, and applies
    /// it: a code's step becomes the last accepted, a recovery code is spent.
    /// Pure: the caller writes the user (versioned) only when it was accepted.
    pub fn accept(
        &mut self,
        secret: &[u8],
        given: &str,
        recovery_digest: impl Fn(&str) -> String,
        now: DateTime<Utc>,
    ) -> Accepted {
        if let Some(step) = matching_step(secret, given, now) {
            if step <= self.last_step {
                return Accepted::Refused;
            }
            self.last_step = step;
            return Accepted::Code;
        }
        let Some(code) = normalise_recovery(given) else {
            return Accepted::Refused;
        };
        let digest = recovery_digest(&code);
        let found =
            self.recovery_codes.iter().position(|d| bool::from(d.as_bytes().ct_eq(digest.as_bytes())));
        match found {
            Some(i) => {
                self.recovery_codes.remove(i);
                Accepted::RecoveryCode { left: self.recovery_codes.len() }
            }
            None => Accepted::Refused,
        }
    }
}

/// What set-up shows the user, once: the key (also as a QR code of the URI).
#[derive(Clone)]
pub struct Setup {
    pub secret: SecretSlice<u8>,
    pub uri: String,
    pub expires_at: DateTime<Utc>,
}

impl std::fmt::Debug for Setup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Setup").field("expires_at", &self.expires_at).finish_non_exhaustive()
    }
}

/// Recovery codes as shown once, `xxxxx-xxxxx`.
#[derive(Clone)]
pub struct RecoveryCodes(pub Vec<String>);

impl std::fmt::Debug for RecoveryCodes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RecoveryCodes({} × ***)", self.0.len())
    }
}

/// The authenticator operations. Cheap to clone.
#[derive(Clone)]
pub struct Authenticators {
    ports: Ports,
}

impl Authenticators {
    pub fn new(ports: Ports) -> Self {
        Self { ports }
    }

    fn recovery_digest(&self, user: &UserId, code: &str) -> String {
        let material = format!("{}\n{code}", user.as_str());
        hex(&self.ports.keyed.digest("recovery-code", material.as_bytes()))
    }

    /// An event about `user`'s authenticator, by the user.
    fn event(&self, user: &User, (action, outcome): (Action, Outcome), meta: &RequestMeta) -> AuditEvent {
        let mut event = AuditEvent::about(
            self.ports.stamp(),
            Some(&user.id),
            user,
            (action, outcome),
            "authenticator",
            meta,
        );
        event.methods = vec![crate::model::methods::MethodKind::Authenticator];
        event
    }

    /// Draws a new key and keeps it (sealed) waiting for its first code. A
    /// user who has an authenticator removes it first: a stolen password
    /// (or a forgotten session) must not swap it for an attacker's. Open to
    /// those whose sign-in needs one, and to others where the policy allows
    /// `authenticator` as a reset method.
    pub async fn begin(
        &self,
        user_id: &UserId,
        token: &SessionToken,
        meta: &RequestMeta,
    ) -> Result<Setup, Error> {
        let settings = self.ports.directory.settings().await?;
        let mut bytes = vec![0u8; SECRET_BYTES];
        self.ports.random.fill(&mut bytes);
        let secret = SecretSlice::from(bytes);
        let sealed = self.ports.sealer.seal(user_id.as_str(), secret.expose_secret())?;
        let (username, expires_at) = crate::on_contention!({
            let mut user = session_user(&self.ports, user_id, token).await?;
            if user.registration.authenticator.is_some() {
                return Err(Error::AlreadyRegistered);
            }
            // A sign-in factor for whoever needs one; a reset method where the policy allows it.
            let allowed = settings.registration.methods_allowed.contains(&MethodKind::Authenticator);
            if !allowed && !needs_second_factor(&user, &settings) {
                return Err(Error::MethodNotAllowed);
            }
            let now = self.ports.clock.now();
            let expires_at = now + SETUP_LIFETIME;
            user.registration.pending_authenticator =
                Some(PendingAuthenticator { secret: sealed.clone(), expires_at });
            user.version += 1;
            let event = self.event(&user, (Action::MethodCodeSent, Outcome::Success), meta);
            self.ports.directory.update_user(&user, &[event]).await?;
            Ok((user.username.to_string(), expires_at))
        })?;
        let uri = otpauth_uri(&settings.name, &username, secret.expose_secret());
        Ok(Setup { secret, uri, expires_at })
    }

    /// Proves the key shown at set-up with its first code: the authenticator
    /// counts from now, and ten recovery codes are drawn and shown once. The
    /// try is taken first, as for any proof; the user is told on every channel.
    pub async fn confirm(
        &self,
        user_id: &UserId,
        token: &SessionToken,
        code: &str,
        meta: &RequestMeta,
    ) -> Result<RecoveryCodes, Error> {
        let settings = self.ports.directory.settings().await?;
        let user = session_user(&self.ports, user_id, token).await?;
        let Some(pending) = user.registration.pending_authenticator.clone() else {
            return Err(Error::ChallengeRequired);
        };
        let now = self.ports.clock.now();
        if pending.expires_at <= now {
            return Err(Error::CodeExpired);
        }
        let counted = self.counters(&user, &settings, meta);
        let left = take(&self.ports, &counted, now).await?;
        let secret = self.ports.sealer.open(user_id.as_str(), &pending.secret)?;
        let Some(step) = matching_step(secret.expose_secret(), code, now) else {
            let event = self.event(&user, (Action::MethodCodeFailed, Outcome::Failure), meta);
            self.ports.audit.record(&event).await?;
            return Err(Error::CodeInvalid { attempts_left: left });
        };
        limits::release(&self.ports, &counted).await?;
        let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| self.recovery_code()).collect();
        let digests: Vec<String> =
            codes.iter().map(|c| self.recovery_digest(user_id, &c.replace('-', ""))).collect();
        crate::on_contention!({
            let mut user = session_user(&self.ports, user_id, token).await?;
            if user.registration.pending_authenticator.as_ref() != Some(&pending) {
                // Set up again (or already confirmed) since: this code proves an old key.
                return Err(Error::ChallengeRequired);
            }
            user.registration.pending_authenticator = None;
            user.registration.authenticator = Some(Authenticator {
                secret: pending.secret.clone(),
                registered_at: now,
                last_step: step,
                recovery_codes: digests.clone(),
            });
            user.registration.proven.authenticator = Some(now);
            user.registration.confirmed_at = Some(now);
            user.version += 1;
            let event = self.event(&user, (Action::MethodRegistered, Outcome::Success), meta);
            self.ports.directory.update_user(&user, &[event]).await?;
            Ok(())
        })?;
        if let Ok(Some(user)) = self.ports.directory.user(user_id).await {
            crate::messaging::notices::tell(
                &self.ports,
                &settings,
                &user,
                &crate::messaging::notices::Notice::new("notice-authenticator-added"),
                now,
            )
            .await;
        }
        Ok(RecoveryCodes(codes))
    }

    fn recovery_code(&self) -> String {
        let mut bytes = [0u8; RECOVERY_LENGTH];
        self.ports.random.fill(&mut bytes);
        // 256 is a multiple of 32: every letter is equally likely.
        let letters: String = bytes
            .iter()
            .map(|b| char::from(RECOVERY_ALPHABET[usize::from(*b) % RECOVERY_ALPHABET.len()]))
            .collect();
        format!("{}-{}", &letters[..5], &letters[5..])
    }

    /// The signed-in proof counters of `user` from this request's source.
    fn counters(
        &self,
        user: &User,
        settings: &OrgSettings,
        meta: &RequestMeta,
    ) -> [crate::model::tries::Limit; 2] {
        limits::signed_in_proofs(&self.ports, settings, &user.id, limits::source(meta.client_ip.as_deref()))
    }

    /// Proves the authenticator of the user `user_id` (a code or a recovery
    /// code), taking the try from `counted` (the caller's counters; `name`
    /// keys the decoy's work; `None` user for a decoy, which is refused after
    /// the same work). The try is taken before anything is judged and given back
    /// when right; a wrong proof is `CodeInvalid` with the tries left, for
    /// the caller to audit in its own terms. On success the user is written — the step or spent code
    /// with `on_success`'s own changes and events — in one versioned write,
    /// re-judged on a fresh read if it lost a race, so a code is never
    /// accepted twice.
    pub async fn prove(
        &self,
        user_id: Option<&UserId>,
        name: &str,
        counted: &[crate::model::tries::Limit],
        given: &str,
        mut on_success: impl FnMut(&mut User, Accepted) -> Vec<AuditEvent>,
    ) -> Result<User, Error> {
        let now = self.ports.clock.now();
        let left = take(&self.ports, counted, now).await?;
        let refused = || Error::CodeInvalid { attempts_left: left };
        let Some(user_id) = user_id else {
            // A decoy: the same reads and the same computation, against a key nobody has.
            self.ports.directory.user(&UserId::new("decoy")).await?;
            let nobody = self.ports.keyed.digest("decoy-authenticator", name.as_bytes());
            let _ = matching_step(&nobody[..SECRET_BYTES], given, now);
            return Err(refused());
        };
        let user = crate::on_contention!({
            let Some(mut user) = self.ports.directory.user(user_id).await? else {
                return Err(refused());
            };
            let Some(mut authenticator) = user.registration.authenticator.clone() else {
                return Err(refused());
            };
            let secret = self.ports.sealer.open(user_id.as_str(), &authenticator.secret)?;
            let accepted = authenticator.accept(
                secret.expose_secret(),
                given,
                |c| self.recovery_digest(user_id, c),
                now,
            );
            if accepted == Accepted::Refused {
                return Err(refused());
            }
            if !self.ports.sealer.is_current(&authenticator.secret) {
                // Sealed under a key since rotated out: sealed again under the
                // current one in the same write, so old keys can be retired.
                authenticator.secret = self.ports.sealer.seal(user_id.as_str(), secret.expose_secret())?;
            }
            user.registration.authenticator = Some(authenticator);
            user.version += 1;
            let events = on_success(&mut user, accepted);
            // A lost race (`Conflict`) becomes `Contention`: read again and judge again.
            self.ports.directory.update_user(&user, &events).await?;
            Ok((user, accepted))
        });
        let (user, accepted) = user?;
        limits::release(&self.ports, counted).await?;
        if let Accepted::RecoveryCode { left } = accepted {
            // A recovery code stands in for a lost phone: if it was not the
            // owner, they hear of it at once (no code in the message).
            let settings = self.ports.directory.settings().await?;
            let notice = crate::messaging::notices::Notice::new("notice-recovery-code-used")
                .number("left", i64::try_from(left).unwrap_or(i64::MAX));
            crate::messaging::notices::tell(&self.ports, &settings, &user, &notice, now).await;
        }
        Ok(user)
    }
}

/// Takes a proof try: the tries left, or `TooManyRequests` when blocked.
async fn take(
    ports: &Ports,
    counted: &[crate::model::tries::Limit],
    now: DateTime<Utc>,
) -> Result<u8, Error> {
    let left = limits::take_or_refuse(ports, counted, now).await?;
    Ok(u8::try_from(left).unwrap_or(u8::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::registration::SealedSecret;

    const KEY: &[u8] = b"12345678901234567890";

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(seconds, 0).unwrap()
    }

    #[test]
    fn codes_follow_rfc_6238() {
        // RFC 6238 appendix B, SHA-1, last six digits of 94287082.
        assert_eq!(code_at(KEY, at(59)), "287082");
        assert_eq!(matching_step(KEY, "287082", at(59)), Some(1));
    }

    #[test]
    fn one_step_of_drift_is_accepted_and_no_more() {
        let code = code_at(KEY, at(1_000_000));
        let step = step_at(at(1_000_000));
        assert_eq!(matching_step(KEY, &code, at(1_000_000 + 30)), Some(step));
        assert_eq!(matching_step(KEY, &code, at(1_000_000 - 30)), Some(step));
        assert_eq!(matching_step(KEY, &code, at(1_000_000 + 90)), None);
        assert_eq!(matching_step(KEY, "12345", at(1_000_000)), None);
        assert_eq!(matching_step(KEY, "abcdef", at(1_000_000)), None);
    }

    fn authenticator(codes: &[&str]) -> Authenticator {
        Authenticator {
            secret: SealedSecret::new("sealed".into()),
            registered_at: at(0),
            last_step: 0,
            recovery_codes: codes.iter().map(|c| (*c).to_owned()).collect(),
        }
    }

    #[test]
    fn a_code_is_accepted_once_and_never_an_earlier_one() {
        let mut a = authenticator(&[]);
        let now = at(1_000_000);
        let code = code_at(KEY, now);
        assert_eq!(a.accept(KEY, &code, |c| c.to_owned(), now), Accepted::Code);
        assert_eq!(a.accept(KEY, &code, |c| c.to_owned(), now), Accepted::Refused, "a replay");
        let earlier = code_at(KEY, at(1_000_000 - 30));
        assert_eq!(a.accept(KEY, &earlier, |c| c.to_owned(), now), Accepted::Refused, "an earlier step");
        let next = code_at(KEY, at(1_000_000 + 30));
        assert_eq!(a.accept(KEY, &next, |c| c.to_owned(), now), Accepted::Code);
    }

    #[test]
    fn recovery_codes_work_once_each_as_typed() {
        let mut a = authenticator(&["abcdefghjk", "mnpqrstuvw"]);
        let now = at(1_000_000);
        assert_eq!(a.accept(KEY, "ABCDE-fghjk", |c| c.to_owned(), now), Accepted::RecoveryCode { left: 1 });
        assert_eq!(a.accept(KEY, "abcde-fghjk", |c| c.to_owned(), now), Accepted::Refused);
        assert_eq!(a.accept(KEY, "mnpqr stuvw", |c| c.to_owned(), now), Accepted::RecoveryCode { left: 0 });
    }

    #[test]
    fn the_uri_carries_the_key_issuer_and_account() {
        let uri = otpauth_uri("Contoso Ltd", "adele", KEY);
        assert_eq!(
            uri,
            "otpauth://totp/Contoso%20Ltd:adele?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Contoso%20Ltd&algorithm=SHA1&digits=6&period=30"
        );
        assert_eq!(from_base32(&base32(KEY)).as_deref(), Some(KEY));
    }

    #[test]
    fn nothing_secret_is_in_debug_output() {
        let a = authenticator(&["abcdefghjk"]);
        let text = format!("{a:?} {:?}", RecoveryCodes(vec!["abcde-fghjk".into()]));
        assert!(!text.contains("sealed") && !text.contains("abcde"), "{text}");
    }
}
