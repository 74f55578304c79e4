//! HMAC-SHA-256 under the server's code pepper.

use hmac::{Hmac, Mac};
use latchkey_core::ports::KeyedHash;
use secrecy::{ExposeSecret, SecretString};
use sha2::Sha256;

/// The keyed hash for codes and flow ids.
pub struct HmacKeyed {
    mac: Hmac<Sha256>,
}

impl HmacKeyed {
    #[expect(clippy::expect_used, reason = "HMAC takes keys of any length: new_from_slice cannot fail")]
    pub fn new(pepper: &SecretString) -> Self {
        let mac = Hmac::<Sha256>::new_from_slice(pepper.expose_secret().as_bytes())
            .expect("HMAC takes keys of any length");
        Self { mac }
    }
}

impl KeyedHash for HmacKeyed {
    fn digest(&self, purpose: &str, data: &[u8]) -> [u8; 32] {
        let mut mac = self.mac.clone();
        mac.update(purpose.as_bytes());
        // The separator keeps ("ab", "c") and ("a", "bc") apart.
        mac.update(&[0]);
        mac.update(data);
        mac.finalize().into_bytes().into()
    }
}

/// 32 random bytes as hex: a pepper for one process or a new deployment.
pub fn random_pepper() -> SecretString {
    let mut bytes = [0u8; 32];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut bytes);
    SecretString::from(bytes.iter().map(|b| format!("{b:02x}")).collect::<String>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_depend_on_key_purpose_and_data() {
        let a = HmacKeyed::new(&SecretString::from("k".repeat(32)));
        let b = HmacKeyed::new(&SecretString::from("j".repeat(32)));
        assert_eq!(a.digest("code", b"123"), a.digest("code", b"123"));
        assert_ne!(a.digest("code", b"123"), b.digest("code", b"123"));
        assert_ne!(a.digest("code", b"123"), a.digest("id", b"123"));
        assert_ne!(a.digest("ab", b"c"), a.digest("a", b"bc"));
    }
}
