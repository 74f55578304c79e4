//! ChaCha20-Poly1305 sealing of the secrets Latchkey must read back (an
//! authenticator app's shared key): a random 96-bit nonce per seal, the
//! owner's id as associated data, under a 256-bit key derived from the
//! deployment's sealing key — a key of its own, held only by the functions
//! that set up or prove an authenticator (`template.yaml`).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use hmac::{Hmac, Mac};
use latchkey_core::PortError;
use latchkey_core::model::registration::SealedSecret;
use latchkey_core::ports::SecretSealer;
use secrecy::{ExposeSecret, SecretSlice, SecretString};
use sha2::{Digest, Sha256};

/// The tag in front of a text sealed under the sealing keys (`v2.<key id>.`);
/// `v1.` texts were sealed under a key derived from the code pepper, before
/// sealing had a key of its own, and open only with that legacy key.
const VERSION: &str = "v2";

/// One sealing key: its id (the first bytes of a digest of the derived
/// key: naming it, not revealing it) and its cipher.
struct SealingKey {
    id: String,
    cipher: ChaCha20Poly1305,
}

impl SealingKey {
    /// The cipher key is an HMAC of a fixed label under `secret`, so the
    /// same secret used elsewhere never keys two algorithms directly.
    #[expect(clippy::expect_used, reason = "HMAC takes keys of any length: new_from_slice cannot fail")]
    fn derive(secret: &str) -> Self {
        let mut mac =
            <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
        mac.update(b"latchkey sealing key v1");
        let key: [u8; 32] = mac.finalize().into_bytes().into();
        let id = latchkey_core::model::values::hex(&Sha256::digest(key)[..4]);
        Self { id, cipher: ChaCha20Poly1305::new(&Key::from(key)) }
    }
}

/// A sealing key ring that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("the sealing keys must be one or more keys of at least 32 characters, one a line (the first seals)")]
pub struct BadSealingKeys;

/// Seals with ChaCha20-Poly1305 under the deployment's sealing keys: the
/// first seals, every one opens, so a rotation puts a new key first and
/// keeps the old ones until no secret is sealed under them (each is sealed
/// again under the first as it is next used: [`SecretSealer::is_current`]).
pub struct ChaChaSealer {
    keys: Vec<SealingKey>,
    /// The code pepper's derived key, for `v1.` texts only.
    legacy: Option<SealingKey>,
}

impl ChaChaSealer {
    /// A sealer with one key, `secret` (tests, the dev server).
    pub fn new(secret: &SecretString) -> Self {
        Self { keys: vec![SealingKey::derive(secret.expose_secret())], legacy: None }
    }

    /// A sealer from the sealing key parameter's text — keys of 32 or more
    /// characters, one a line, the first sealing — and the code pepper,
    /// which opens (never seals) what was sealed before sealing had a key.
    pub fn from_ring(ring: &SecretString, legacy: Option<&SecretString>) -> Result<Self, BadSealingKeys> {
        let keys: Vec<SealingKey> = ring
            .expose_secret()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| if l.chars().count() >= 32 { Ok(SealingKey::derive(l)) } else { Err(BadSealingKeys) })
            .collect::<Result<_, _>>()?;
        if keys.is_empty() {
            return Err(BadSealingKeys);
        }
        Ok(Self { keys, legacy: legacy.map(|p| SealingKey::derive(p.expose_secret())) })
    }

    fn current(&self) -> &SealingKey {
        &self.keys[0]
    }
}

fn failed(why: &'static str) -> PortError {
    // Never the text or the secret: only what went wrong.
    PortError::Failed { what: "sealed secret", source: why.into() }
}

impl SecretSealer for ChaChaSealer {
    fn seal(&self, context: &str, secret: &[u8]) -> Result<SealedSecret, PortError> {
        let mut nonce = [0u8; 12];
        rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut nonce);
        let key = self.current();
        let sealed = key
            .cipher
            .encrypt(&Nonce::from(nonce), Payload { msg: secret, aad: context.as_bytes() })
            .map_err(|_| failed("could not be sealed"))?;
        let mut bytes = nonce.to_vec();
        bytes.extend(sealed);
        Ok(SealedSecret::new(format!("{VERSION}.{}.{}", key.id, URL_SAFE_NO_PAD.encode(bytes))))
    }

    fn open(&self, context: &str, sealed: &SealedSecret) -> Result<SecretSlice<u8>, PortError> {
        let (key, text) = if let Some(text) = sealed.as_str().strip_prefix("v1.") {
            (
                self.legacy.as_ref().ok_or_else(|| {
                    failed("sealed under the code pepper, which this function does not hold")
                })?,
                text,
            )
        } else {
            let rest = sealed.as_str().strip_prefix("v2.").ok_or_else(|| failed("unknown version"))?;
            let (id, text) = rest.split_once('.').ok_or_else(|| failed("no key id"))?;
            (
                self.keys
                    .iter()
                    .find(|k| k.id == id)
                    .ok_or_else(|| failed("sealed under a key no longer held"))?,
                text,
            )
        };
        let bytes = URL_SAFE_NO_PAD.decode(text).map_err(|_| failed("not base64"))?;
        if bytes.len() < 12 {
            return Err(failed("too short"));
        }
        let (nonce, body) = bytes.split_at(12);
        let nonce: [u8; 12] = nonce.try_into().map_err(|_| failed("too short"))?;
        let secret = key
            .cipher
            .decrypt(&Nonce::from(nonce), Payload { msg: body, aad: context.as_bytes() })
            .map_err(|_| failed("does not open under this key and owner"))?;
        Ok(secret.into())
    }

    fn is_current(&self, sealed: &SealedSecret) -> bool {
        sealed
            .as_str()
            .strip_prefix("v2.")
            .and_then(|rest| rest.split_once('.'))
            .is_some_and(|(id, _)| id == self.current().id)
    }
}

/// The sealer of a function that holds no sealing key (every function but
/// those that set up or prove an authenticator): it seals and opens nothing.
pub struct NoSealer;

impl SecretSealer for NoSealer {
    fn seal(&self, _context: &str, _secret: &[u8]) -> Result<SealedSecret, PortError> {
        Err(failed("this function holds no sealing key"))
    }

    fn open(&self, _context: &str, _sealed: &SealedSecret) -> Result<SecretSlice<u8>, PortError> {
        Err(failed("this function holds no sealing key"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sealer(key: &str) -> ChaChaSealer {
        ChaChaSealer::new(&SecretString::from(key.repeat(32)))
    }

    #[test]
    fn a_sealed_secret_opens_only_for_its_owner_and_key() {
        let a = sealer("k");
        let sealed = a.seal("user-1", b"twenty bytes of key!").unwrap();
        assert!(!sealed.as_str().contains("twenty"));
        assert_eq!(a.open("user-1", &sealed).unwrap().expose_secret(), b"twenty bytes of key!");
        assert!(a.open("user-2", &sealed).is_err(), "moved to another user");
        assert!(sealer("j").open("user-1", &sealed).is_err(), "another key");
        let mut tampered = sealed.as_str().to_owned();
        tampered.pop();
        tampered.push('A');
        assert!(a.open("user-1", &SealedSecret::new(tampered)).is_err(), "tampered");
        assert_ne!(a.seal("user-1", b"same").unwrap(), a.seal("user-1", b"same").unwrap(), "fresh nonces");
    }

    #[test]
    fn a_rotation_seals_under_the_new_key_and_still_opens_the_old_and_the_legacy_texts() {
        let (old, new, pepper) = ("o".repeat(40), "n".repeat(40), SecretString::from("p".repeat(40)));
        let before = ChaChaSealer::from_ring(&SecretString::from(old.clone()), Some(&pepper)).unwrap();
        let sealed_old = before.seal("user-1", b"old key").unwrap();
        // Sealed the way releases before the sealing key did: under the pepper, `v1.`.
        let legacy = ChaChaSealer::new(&pepper).seal("user-1", b"legacy").unwrap();
        let legacy = SealedSecret::new(
            legacy.as_str().replacen("v2.", "", 1).split_once('.').map(|(_, t)| format!("v1.{t}")).unwrap(),
        );
        let after =
            ChaChaSealer::from_ring(&SecretString::from(format!("{new}\n{old}\n")), Some(&pepper)).unwrap();
        assert_eq!(after.open("user-1", &sealed_old).unwrap().expose_secret(), b"old key");
        assert_eq!(after.open("user-1", &legacy).unwrap().expose_secret(), b"legacy");
        assert!(!after.is_current(&sealed_old) && !after.is_current(&legacy), "both due to be sealed again");
        let fresh = after.seal("user-1", b"new").unwrap();
        assert!(after.is_current(&fresh));
        assert!(before.open("user-1", &fresh).is_err(), "the old ring cannot open the new key's texts");
        let without_pepper = ChaChaSealer::from_ring(&SecretString::from(new), None).unwrap();
        assert!(without_pepper.open("user-1", &legacy).is_err(), "only the pepper opens legacy texts");
        assert!(ChaChaSealer::from_ring(&SecretString::from("short"), None).is_err());
        assert!(NoSealer.seal("user-1", b"x").is_err());
    }
}
