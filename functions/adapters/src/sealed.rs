//! ChaCha20-Poly1305 sealing of the secrets Latchkey must read back (an
//! authenticator app's shared key): a random 96-bit nonce per seal, the
//! owner's id as associated data, under a 256-bit key derived from the
//! configured sealing secret.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use hmac::{Hmac, Mac};
use latchkey_core::PortError;
use latchkey_core::model::registration::SealedSecret;
use latchkey_core::ports::SecretSealer;
use secrecy::{ExposeSecret, SecretSlice, SecretString};
use sha2::Sha256;

/// The version tag in front of every sealed text: a later key or cipher
/// gets another, and both can be read during a migration.
const VERSION: &str = "v1";

/// Seals with ChaCha20-Poly1305.
pub struct ChaChaSealer {
    cipher: ChaCha20Poly1305,
}

impl ChaChaSealer {
    /// A sealer keyed by `secret` (at least 32 characters of the
    /// deployment's sealing key, or the code pepper it falls back to). The
    /// cipher key is an HMAC of a fixed label under it, so the same secret
    /// used for the keyed hash never keys two algorithms directly.
    #[expect(clippy::expect_used, reason = "HMAC takes keys of any length: new_from_slice cannot fail")]
    pub fn new(secret: &SecretString) -> Self {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret.expose_secret().as_bytes())
            .expect("HMAC takes keys of any length");
        mac.update(b"latchkey sealing key v1");
        let key: [u8; 32] = mac.finalize().into_bytes().into();
        Self { cipher: ChaCha20Poly1305::new(&Key::from(key)) }
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
        let sealed = self
            .cipher
            .encrypt(&Nonce::from(nonce), Payload { msg: secret, aad: context.as_bytes() })
            .map_err(|_| failed("could not be sealed"))?;
        let mut bytes = nonce.to_vec();
        bytes.extend(sealed);
        Ok(SealedSecret::new(format!("{VERSION}.{}", URL_SAFE_NO_PAD.encode(bytes))))
    }

    fn open(&self, context: &str, sealed: &SealedSecret) -> Result<SecretSlice<u8>, PortError> {
        let text = sealed.as_str().strip_prefix("v1.").ok_or_else(|| failed("unknown version"))?;
        let bytes = URL_SAFE_NO_PAD.decode(text).map_err(|_| failed("not base64"))?;
        if bytes.len() < 12 {
            return Err(failed("too short"));
        }
        let (nonce, body) = bytes.split_at(12);
        let nonce: [u8; 12] = nonce.try_into().map_err(|_| failed("too short"))?;
        let secret = self
            .cipher
            .decrypt(&Nonce::from(nonce), Payload { msg: body, aad: context.as_bytes() })
            .map_err(|_| failed("does not open under this key and owner"))?;
        Ok(secret.into())
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
}
