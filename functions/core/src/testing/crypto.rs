//! Stand-ins for the keyed hash, the sealer and the password hasher (fast, not cryptographic).

use std::sync::atomic::{AtomicU64, Ordering};

use async_trait::async_trait;

use crate::model::error::PortError;
use crate::model::values::{Password, PasswordHash};
use crate::ports::{KeyedHash, PasswordHasher};

/// A keyed hash stand-in (FNV-1a, spread over 32 bytes). Not cryptographic.
pub struct FakeKeyed;

impl KeyedHash for FakeKeyed {
    fn digest(&self, purpose: &str, data: &[u8]) -> [u8; 32] {
        let mut out = [0u8; 32];
        for (i, chunk) in out.chunks_mut(8).enumerate() {
            let seed = purpose.bytes().chain([0xff, i as u8]).chain(data.iter().copied());
            let h = seed.fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
            chunk.copy_from_slice(&h.to_le_bytes());
        }
        out
    }
}

/// A sealer stand-in: the context and the secret as hex, readable only
/// under the same context. Not encryption.
pub struct FakeSealer;

impl crate::ports::SecretSealer for FakeSealer {
    fn seal(
        &self,
        context: &str,
        secret: &[u8],
    ) -> Result<crate::model::registration::SealedSecret, PortError> {
        Ok(crate::model::registration::SealedSecret::new(format!(
            "{context}:{}",
            crate::model::values::hex(secret)
        )))
    }

    fn open(
        &self,
        context: &str,
        sealed: &crate::model::registration::SealedSecret,
    ) -> Result<secrecy::SecretSlice<u8>, PortError> {
        let failed = || PortError::Failed { what: "sealed secret", source: "does not open".into() };
        let hex = sealed.as_str().strip_prefix(&format!("{context}:")).ok_or_else(failed)?;
        let bytes: Option<Vec<u8>> = (0..hex.len())
            .step_by(2)
            .map(|i| hex.get(i..i + 2).and_then(|b| u8::from_str_radix(b, 16).ok()))
            .collect();
        Ok(bytes.ok_or_else(failed)?.into())
    }
}

/// A fast, insecure stand-in for argon2 (FNV-1a), so unit tests run in
/// microseconds. Counts verifications so tests can check the work done.
pub struct FakeHasher {
    pub verifications: AtomicU64,
    decoy: PasswordHash,
}

impl Default for FakeHasher {
    fn default() -> Self {
        Self::new()
    }
}

impl FakeHasher {
    pub fn new() -> Self {
        Self { verifications: AtomicU64::new(0), decoy: Self::digest("\0decoy\0") }
    }
    fn digest(text: &str) -> PasswordHash {
        let hash =
            text.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
        PasswordHash::new(format!("$fake${hash:016x}"))
    }
}

#[async_trait]
impl PasswordHasher for FakeHasher {
    async fn hash(&self, password: &Password) -> Result<PasswordHash, PortError> {
        Ok(Self::digest(password.expose()))
    }
    async fn verify(&self, password: &Password, hash: &PasswordHash) -> Result<bool, PortError> {
        self.verifications.fetch_add(1, Ordering::SeqCst);
        Ok(Self::digest(password.expose()) == *hash)
    }
    fn decoy(&self) -> &PasswordHash {
        &self.decoy
    }
}
