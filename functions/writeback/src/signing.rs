//! How an agent proves each call is its own: an Ed25519 signature (RFC 8032)
//! over the method, the path, a timestamp, a nonce and the body's SHA-256,
//! in an `Authorization: Latchkey-Agent <agent> <unix seconds> <nonce>
//! <signature>` header. Latchkey checks the signature with the public key
//! the agent enrolled, the timestamp against its clock, and that the nonce
//! was never used before — so a captured request cannot be replayed, and
//! a changed body, path or method does not verify.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use secrecy::{ExposeSecret, SecretString};
use sha2::{Digest, Sha256};

use crate::WireError;

/// The authorization scheme's name.
pub const SCHEME: &str = "Latchkey-Agent";
/// The header an agent names its version in.
pub const VERSION_HEADER: &str = "x-latchkey-agent-version";
const CONTEXT: &[u8] = b"latchkey agent request v1\n";
/// The context of a signature that covers the agent's version header too:
/// a version shown in the console (and judged for upgrades) is one the
/// agent's key vouched for, never one a relay wrote in.
const CONTEXT_WITH_VERSION: &[u8] = b"latchkey agent request v2\n";

/// The agent's signing key. The private half never leaves the agent's host.
pub struct AgentSigner(SigningKey);

impl AgentSigner {
    pub fn generate() -> Self {
        Self(SigningKey::generate(&mut rand::rngs::OsRng))
    }

    pub fn private_text(&self) -> SecretString {
        SecretString::from(B64.encode(self.0.to_bytes()))
    }

    pub fn from_private_text(text: &SecretString) -> Result<Self, WireError> {
        let bytes =
            B64.decode(text.expose_secret().trim()).map_err(|_| WireError::Encoding("the signing key"))?;
        let seed: [u8; 32] = bytes.try_into().map_err(|_| WireError::Key("the signing key"))?;
        Ok(Self(SigningKey::from_bytes(&seed)))
    }

    /// The public half, as it is enrolled.
    pub fn public_text(&self) -> String {
        B64.encode(self.0.verifying_key().to_bytes())
    }

    /// The `Authorization` header's value for one request.
    pub fn authorization(
        &self,
        agent: &str,
        method: &str,
        path: &str,
        unix: i64,
        nonce: &str,
        body: &[u8],
    ) -> String {
        self.header(agent, unix, nonce, &message(method, path, agent, unix, nonce, None, body))
    }

    fn header(&self, agent: &str, unix: i64, nonce: &str, message: &[u8]) -> String {
        let signature = self.0.sign(message);
        format!("{SCHEME} {agent} {unix} {nonce} {}", B64.encode(signature.to_bytes()))
    }

    /// The `Authorization` header's value for one request that names the
    /// agent's `version` in [`VERSION_HEADER`]: the signature covers it.
    #[expect(
        clippy::too_many_arguments,
        reason = "each is a part of the signed request, in the message's order"
    )]
    pub fn authorization_with_version(
        &self,
        agent: &str,
        method: &str,
        path: &str,
        unix: i64,
        nonce: &str,
        version: &str,
        body: &[u8],
    ) -> String {
        self.header(agent, unix, nonce, &message(method, path, agent, unix, nonce, Some(version), body))
    }
}

/// A parsed `Authorization: Latchkey-Agent …` header, not yet verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentAuthorization {
    pub agent: String,
    pub unix: i64,
    pub nonce: String,
    signature: Signature,
}

impl AgentAuthorization {
    /// `None` for anything that is not exactly the scheme's shape.
    pub fn parse(header: &str) -> Option<Self> {
        let mut parts = header.split(' ');
        if parts.next()? != SCHEME {
            return None;
        }
        let agent = parts.next()?.to_owned();
        let unix = parts.next()?.parse().ok()?;
        let nonce = parts.next()?.to_owned();
        let bytes: [u8; 64] = B64.decode(parts.next()?).ok()?.try_into().ok()?;
        if parts.next().is_some() || agent.is_empty() || nonce.is_empty() {
            return None;
        }
        Some(Self { agent, unix, nonce, signature: Signature::from_bytes(&bytes) })
    }

    /// Whether the signature is `public_key`'s over this request.
    pub fn verifies(&self, public_key: &str, method: &str, path: &str, body: &[u8]) -> bool {
        self.verifies_message(
            public_key,
            &message(method, path, &self.agent, self.unix, &self.nonce, None, body),
        )
    }

    /// Whether the signature is `public_key`'s over this request *and* the
    /// `version` its header names (an agent that signs it).
    pub fn verifies_with_version(
        &self,
        public_key: &str,
        method: &str,
        path: &str,
        version: &str,
        body: &[u8],
    ) -> bool {
        let message = message(method, path, &self.agent, self.unix, &self.nonce, Some(version), body);
        self.verifies_message(public_key, &message)
    }

    fn verifies_message(&self, public_key: &str, message: &[u8]) -> bool {
        let Ok(bytes) = B64.decode(public_key.trim()) else { return false };
        let Ok(bytes) = <[u8; 32]>::try_from(bytes) else { return false };
        let Ok(key) = VerifyingKey::from_bytes(&bytes) else { return false };
        key.verify_strict(message, &self.signature).is_ok()
    }
}

/// Checks that `text` is an Ed25519 public key as an agent enrols it.
pub fn parse_public(text: &str) -> Result<(), WireError> {
    let bytes = B64.decode(text.trim()).map_err(|_| WireError::Encoding("the signing key"))?;
    let bytes = <[u8; 32]>::try_from(bytes).map_err(|_| WireError::Key("the signing key"))?;
    VerifyingKey::from_bytes(&bytes).map(|_| ()).map_err(|_| WireError::Key("the signing key"))
}

fn message(
    method: &str,
    path: &str,
    agent: &str,
    unix: i64,
    nonce: &str,
    version: Option<&str>,
    body: &[u8],
) -> Vec<u8> {
    let mut text = if version.is_some() { CONTEXT_WITH_VERSION.to_vec() } else { CONTEXT.to_vec() };
    for part in [method, path, agent, &unix.to_string(), nonce].into_iter().chain(version) {
        text.extend_from_slice(part.as_bytes());
        text.push(b'\n');
    }
    text.extend_from_slice(&Sha256::digest(body));
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_with_the_version_covers_it_and_verifies_only_with_it() {
        let signer = AgentSigner::generate();
        let public = signer.public_text();
        let path = "/v1/agent/jobs/next";
        let header = signer.authorization_with_version(
            "agent-1",
            "POST",
            path,
            1,
            "n0nce-abcdefghijkl",
            "0.2.0",
            b"{}",
        );
        let auth = AgentAuthorization::parse(&header).unwrap();
        assert!(auth.verifies_with_version(&public, "POST", path, "0.2.0", b"{}"));
        assert!(!auth.verifies_with_version(&public, "POST", path, "9.9.9", b"{}"), "a rewritten version");
        assert!(!auth.verifies(&public, "POST", path, b"{}"), "not a signature without the version");
        let plain = AgentAuthorization::parse(&signer.authorization(
            "agent-1",
            "POST",
            path,
            1,
            "n0nce-abcdefghijkl",
            b"{}",
        ))
        .unwrap();
        assert!(!plain.verifies_with_version(&public, "POST", path, "0.2.0", b"{}"), "no version was signed");
    }

    #[test]
    fn a_signature_covers_the_method_path_time_nonce_and_body() {
        let signer = AgentSigner::generate();
        let public = signer.public_text();
        let header = signer.authorization(
            "agent-1",
            "POST",
            "/v1/agent/jobs/next",
            1_700_000_000,
            "n0nce-abcdefghijkl",
            b"{}",
        );
        let auth = AgentAuthorization::parse(&header).unwrap();
        assert_eq!((auth.agent.as_str(), auth.unix), ("agent-1", 1_700_000_000));
        assert!(auth.verifies(&public, "POST", "/v1/agent/jobs/next", b"{}"));
        assert!(!auth.verifies(&public, "GET", "/v1/agent/jobs/next", b"{}"));
        assert!(!auth.verifies(&public, "POST", "/v1/agent/keys", b"{}"));
        assert!(!auth.verifies(&public, "POST", "/v1/agent/jobs/next", b"{ }"));
        assert!(!auth.verifies(&AgentSigner::generate().public_text(), "POST", "/v1/agent/jobs/next", b"{}"));
        let later = header.replace("1700000000", "1700000001");
        assert!(!AgentAuthorization::parse(&later).unwrap().verifies(
            &public,
            "POST",
            "/v1/agent/jobs/next",
            b"{}"
        ));
        let restored = AgentSigner::from_private_text(&signer.private_text()).unwrap();
        assert_eq!(restored.public_text(), public);
        parse_public(&public).unwrap();
        assert!(parse_public("short").is_err());
    }

    #[test]
    fn only_the_exact_header_shape_parses() {
        for bad in [
            "",
            "Bearer x",
            "Latchkey-Agent a 1 n",
            "Latchkey-Agent a x n AAAA",
            "Latchkey-Agent a 1 n AAAA extra",
        ] {
            assert_eq!(AgentAuthorization::parse(bad), None, "{bad:?}");
        }
    }
}
