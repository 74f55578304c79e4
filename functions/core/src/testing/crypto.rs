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

/// A relying-party stand-in. An answer is `credential|user|challenge|verdict|counter`
/// (base64url parts; verdict `ok` or anything else for a bad signature): no
/// cryptography, but the same decisions the real checks make on challenge,
/// verdict and counter, so the domain's handling of each can be tested.
#[derive(Default)]
pub struct FakePasskeys {
    next: AtomicU64,
}

impl FakePasskeys {
    /// What a browser would answer `options` with for credential `credential` of `user`.
    pub fn answer(options: &str, credential: &[u8], user: &[u8], verdict: &str, counter: u32) -> String {
        use crate::model::passkeys::b64url;
        let challenge = options.rsplit(':').next().unwrap_or_default();
        format!("{}|{}|{challenge}|{verdict}|{counter}", b64url(credential), b64url(user))
    }

    fn ceremony(&self, kind: &str) -> crate::model::passkeys::Ceremony {
        let n = self.next.fetch_add(1, Ordering::SeqCst);
        let challenge = format!("challenge-{n:08}").into_bytes();
        let options = format!("{kind}:{}", crate::model::passkeys::b64url(&challenge));
        crate::model::passkeys::Ceremony { options, state: challenge.clone(), challenge }
    }
}

/// An answer's parts: credential, user, challenge, verdict and counter.
type Parts = (Vec<u8>, Vec<u8>, Vec<u8>, String, u32);

fn parts(response: &str) -> Result<Parts, crate::model::passkeys::Refused> {
    use crate::model::passkeys::{Refused, from_b64url};
    let bad = || Refused("malformed".into());
    let mut it = response.split('|');
    let mut next = || it.next().ok_or_else(bad);
    let credential = from_b64url(next()?).ok_or_else(bad)?;
    let user = from_b64url(next()?).ok_or_else(bad)?;
    let challenge = from_b64url(next()?).ok_or_else(bad)?;
    let verdict = next()?.to_owned();
    let counter = next()?.parse().map_err(|_| bad())?;
    Ok((credential, user, challenge, verdict, counter))
}

impl crate::ports::PasskeyCeremonies for FakePasskeys {
    fn registration(
        &self,
        _holder: &crate::model::passkeys::Holder,
    ) -> Result<crate::model::passkeys::Ceremony, PortError> {
        Ok(self.ceremony("create"))
    }

    fn register(
        &self,
        state: &[u8],
        response: &str,
    ) -> Result<crate::model::passkeys::Made, crate::model::passkeys::Refused> {
        let (credential_id, _, challenge, verdict, counter) = parts(response)?;
        if challenge != state || verdict != "ok" {
            return Err(crate::model::passkeys::Refused("refused".into()));
        }
        Ok(crate::model::passkeys::Made {
            credential_id,
            stored: counter.to_be_bytes().to_vec(),
            aaguid: None,
        })
    }

    fn authentication(&self) -> Result<crate::model::passkeys::Ceremony, PortError> {
        Ok(self.ceremony("get"))
    }

    fn presented(
        &self,
        response: &str,
    ) -> Result<crate::model::passkeys::Presented, crate::model::passkeys::Refused> {
        let (credential_id, user_handle, challenge, _, _) = parts(response)?;
        Ok(crate::model::passkeys::Presented { credential_id, user_handle, challenge })
    }

    fn authenticate(
        &self,
        state: &[u8],
        response: &str,
        stored: &[u8],
    ) -> Result<Vec<u8>, crate::model::passkeys::Refused> {
        let (_, _, challenge, verdict, counter) = parts(response)?;
        let before = u32::from_be_bytes(stored.try_into().unwrap_or([0; 4]));
        let counter_ok = counter == 0 && before == 0 || counter > before;
        if challenge != state || verdict != "ok" || !counter_ok {
            return Err(crate::model::passkeys::Refused("refused".into()));
        }
        Ok(counter.to_be_bytes().to_vec())
    }
}
