//! argon2id password hashing, off the async threads and with bounded concurrency.

use std::sync::{Arc, Mutex};

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{self, Output, ParamsString, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use async_trait::async_trait;
use latchkey_core::PortError;
use latchkey_core::model::values::{Password, PasswordHash};
use latchkey_core::ports::PasswordHasher;
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::Semaphore;

/// OWASP's argon2id minimum: 19 MiB, 2 passes, 1 lane (~26 ms a hash on one
/// core of these machines; `BENCHMARKS.md`).
pub const MEMORY_KIB: u32 = 19_456;
pub const ITERATIONS: u32 = 2;
pub const LANES: u32 = 1;

/// argon2id with OWASP parameters. Each hash runs on the blocking pool and
/// at most one per core runs at once, so a burst of sign-ins queues instead
/// of starving the async threads or multiplying memory.
///
/// The 19 MiB of blocks each hash works in are kept and reused (one buffer
/// per permit) rather than allocated per hash: a fresh allocation that size
/// is a fresh `mmap`, and faulting in and zeroing its 4,864 pages cost more
/// CPU than the hash itself (55 ms a verification instead of 26 ms, 18 ms of
/// it in the kernel). Buffers are wiped after each use, so a warm process
/// holds no state derived from a past password.
pub struct Argon2Hasher {
    params: Params,
    permits: Arc<Semaphore>,
    buffers: Arc<Mutex<Vec<Vec<Block>>>>,
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

impl From<argon2::Error> for HashError {
    fn from(err: argon2::Error) -> Self {
        Self(err.to_string())
    }
}

/// What one hash needs: the parameters and a buffer to work in.
struct Job {
    params: Params,
    buffers: Arc<Mutex<Vec<Vec<Block>>>>,
}

impl Job {
    /// argon2id of `password` and `salt` into `out`, in a pooled buffer when
    /// the parameters are ours (hashes made under other parameters, say
    /// before an upgrade, get a buffer of their own).
    fn run(
        &self,
        argon: &Argon2<'_>,
        params: &Params,
        password: &[u8],
        salt: &[u8],
        out: &mut [u8],
    ) -> Result<(), HashError> {
        if params.block_count() != self.params.block_count() {
            let mut blocks = vec![Block::default(); params.block_count()];
            return Ok(argon.hash_password_into_with_memory(password, salt, out, &mut blocks)?);
        }
        let pooled = self.buffers.lock().map(|mut pool| pool.pop()).unwrap_or(None);
        let mut blocks = pooled.unwrap_or_else(|| vec![Block::default(); params.block_count()]);
        let result = argon.hash_password_into_with_memory(password, salt, out, &mut blocks);
        blocks.fill(Block::default());
        if let Ok(mut pool) = self.buffers.lock() {
            pool.push(blocks);
        }
        Ok(result?)
    }

    fn hash(&self, password: &str) -> Result<PasswordHash, HashError> {
        let salt = SaltString::generate(&mut OsRng);
        let mut raw_salt = [0u8; 64];
        let salt_bytes = salt.decode_b64(&mut raw_salt)?;
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, self.params.clone());
        let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
        self.run(&argon, &self.params, password.as_bytes(), salt_bytes, &mut out)?;
        let phc = password_hash::PasswordHash {
            algorithm: Algorithm::Argon2id.ident(),
            version: Some(Version::V0x13.into()),
            params: ParamsString::try_from(&self.params)?,
            salt: Some(salt.as_salt()),
            hash: Some(Output::new(&out)?),
        };
        Ok(PasswordHash::new(phc.to_string()))
    }

    /// Whether `password` gives the stored PHC string, under the parameters
    /// stored with it.
    fn verify(&self, password: &str, phc: &str) -> Result<bool, HashError> {
        let parsed = password_hash::PasswordHash::new(phc)?;
        let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
            return Err(HashError("no salt or hash".into()));
        };
        let algorithm = Algorithm::try_from(parsed.algorithm)?;
        let version = parsed.version.map(Version::try_from).transpose()?.unwrap_or_default();
        let params = Params::try_from(&parsed)?;
        let mut raw_salt = [0u8; 64];
        let salt_bytes = salt.decode_b64(&mut raw_salt)?;
        let argon = Argon2::new(algorithm, version, params.clone());
        let mut out = vec![0u8; expected.len()];
        self.run(&argon, &params, password.as_bytes(), salt_bytes, &mut out)?;
        // `Output`'s equality is constant-time.
        Ok(Output::new(&out)? == expected)
    }
}

impl Argon2Hasher {
    #[expect(
        clippy::expect_used,
        reason = "the parameters are constants argon2 accepts, and hashing random hex with them cannot fail"
    )]
    pub fn new() -> Self {
        let params =
            Params::new(MEMORY_KIB, ITERATIONS, LANES, None).expect("constant argon2 parameters are valid");
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
        let buffers = Arc::new(Mutex::new(Vec::with_capacity(cores)));
        let mut secret = [0u8; 32];
        rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut secret);
        let job = Job { params: params.clone(), buffers: buffers.clone() };
        let decoy = job.hash(&hex(&secret)).expect("hashing random bytes succeeds");
        Self { params, permits: Arc::new(Semaphore::new(cores)), buffers, decoy }
    }

    async fn blocking<T: Send + 'static>(
        &self,
        work: impl FnOnce(&Job) -> Result<T, HashError> + Send + 'static,
    ) -> Result<T, PortError> {
        let failed = |e: Box<dyn std::error::Error + Send + Sync>| PortError::Failed {
            what: "password hashing",
            source: e,
        };
        let _permit = self.permits.acquire().await.map_err(|e| failed(Box::new(e)))?;
        let job = Job { params: self.params.clone(), buffers: self.buffers.clone() };
        tokio::task::spawn_blocking(move || work(&job))
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

#[async_trait]
impl PasswordHasher for Argon2Hasher {
    async fn hash(&self, password: &Password) -> Result<PasswordHash, PortError> {
        let secret = SecretString::from(password.expose().to_owned());
        self.blocking(move |job| job.hash(secret.expose_secret())).await
    }

    async fn verify(&self, password: &Password, hash: &PasswordHash) -> Result<bool, PortError> {
        let secret = SecretString::from(password.expose().to_owned());
        let stored = hash.clone();
        let decoy = self.decoy.clone();
        self.blocking(move |job| match job.verify(secret.expose_secret(), stored.as_str()) {
            Ok(ok) => Ok(ok),
            // An unreadable hash costs the same as a real one, and never matches.
            Err(_) => job.verify(secret.expose_secret(), decoy.as_str()).map(|_| false),
        })
        .await
    }

    fn decoy(&self) -> &PasswordHash {
        &self.decoy
    }
}

/// Makes glibc return large blocks to the OS when freed. The hasher's own
/// buffers are pooled, but a hash under other parameters allocates its own,
/// and without this a long-lived process's RSS climbs to several times the
/// block size after a few of them (measured: 154 MiB vs 21 MiB). Call once
/// at start-up, before any other thread exists: the Lambda mains
/// (`latchkey_api::lambda::run`) and the dev server call it before they
/// start the Tokio runtime.
#[expect(unsafe_code, reason = "glibc's mallopt has no safe binding; the block sets one tunable")]
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
    async fn pooled_hashes_are_standard_phc_both_ways() {
        use argon2::{PasswordHasher as _, PasswordVerifier as _};
        let hasher = Argon2Hasher::new();
        let password = Password::parse("pooled buffers agree", "password").unwrap();
        let ours = hasher.hash(&password).await.unwrap();
        let parsed = password_hash::PasswordHash::new(ours.as_str()).unwrap();
        assert!(Argon2::default().verify_password(b"pooled buffers agree", &parsed).is_ok());
        // A hash made elsewhere, under other parameters (its own buffer).
        let other = Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(8192, 3, 1, None).unwrap());
        let salt = SaltString::generate(&mut OsRng);
        let theirs = other.hash_password(b"pooled buffers agree", &salt).unwrap().to_string();
        let theirs = PasswordHash::new(theirs);
        assert!(hasher.verify(&password, &theirs).await.unwrap());
        // Many at once share the pool and still agree.
        let hasher = Arc::new(hasher);
        let checks = (0..6).map(|i| {
            let (hasher, ours, password) = (hasher.clone(), ours.clone(), password.clone());
            tokio::spawn(async move {
                let guess =
                    if i % 2 == 0 { password } else { Password::parse("not the one at all", "p").unwrap() };
                (i % 2 == 0, hasher.verify(&guess, &ours).await.unwrap())
            })
        });
        for check in checks {
            let (expected, got) = check.await.unwrap();
            assert_eq!(expected, got);
        }
        assert!(hasher.buffers.lock().unwrap().len() <= std::thread::available_parallelism().unwrap().get());
    }

    #[tokio::test]
    async fn unreadable_hashes_never_match() {
        let hasher = Argon2Hasher::new();
        let password = Password::parse("anything at all", "password").unwrap();
        assert!(!hasher.verify(&password, &PasswordHash::new("not a phc string")).await.unwrap());
        assert!(!hasher.verify(&password, hasher.decoy()).await.unwrap());
    }
}
