//! A software authenticator and the browser around it: it answers the
//! options a relying party sends (`PublicKeyCredentialCreationOptionsJSON`,
//! `…RequestOptionsJSON`) with the JSON a browser's `toJSON()` gives
//! (`RegistrationResponseJSON`, `AuthenticationResponseJSON`, WebAuthn
//! Level 3 §5.1), signing with an ES256 key of its own per credential. It
//! keeps its credentials in memory and does no I/O, so tests of every layer
//! can run real ceremonies, and its knobs make the answers an attacker or
//! a broken authenticator would send.

use latchkey_core::model::passkeys::{b64url, from_b64url};
use p256::ecdsa::signature::Signer;
use p256::ecdsa::{Signature, SigningKey};
use rand::RngCore;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// Authenticator data flags (WebAuthn §6.1).
const USER_PRESENT: u8 = 0x01;
const USER_VERIFIED: u8 = 0x04;
const BACKUP_ELIGIBLE: u8 = 0x08;
const BACKED_UP: u8 = 0x10;
const ATTESTED: u8 = 0x40;

/// COSE's ES256 (ECDSA over P-256 with SHA-256).
const ES256: i64 = -7;

/// The DER of a P-256 `SubjectPublicKeyInfo` up to its point (RFC 5480):
/// what a browser's `getPublicKey()` gives is this and the 65-byte point.
const P256_SPKI_PREFIX: [u8; 26] = [
    0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86,
    0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00,
];

/// The model this authenticator names (an AAGUID of no real product).
pub const SOFT_AAGUID: [u8; 16] = *b"latchkey-softkey";

/// One credential the authenticator made.
struct SoftCredential {
    id: Vec<u8>,
    key: SigningKey,
    user_handle: Vec<u8>,
    rp_id: String,
    counter: u32,
}

/// A software authenticator; see the module's documentation. Made
/// credentials are numbered from 0 in the order they were made.
pub struct SoftAuthenticator {
    credentials: Vec<SoftCredential>,
    user_verified: bool,
    rp_id: Option<String>,
    keep_counter: bool,
    first_counter: u32,
    backed_up: bool,
    aaguid: [u8; 16],
}

impl Default for SoftAuthenticator {
    fn default() -> Self {
        Self::new()
    }
}

impl SoftAuthenticator {
    /// An authenticator with no credentials that verifies its user, keeps a
    /// signature counter (starting at 0), is not backed up and names
    /// [`SOFT_AAGUID`] as its model.
    pub fn new() -> Self {
        Self {
            credentials: Vec::new(),
            user_verified: true,
            rp_id: None,
            keep_counter: true,
            first_counter: 0,
            backed_up: false,
            aaguid: SOFT_AAGUID,
        }
    }

    /// Whether its answers say the user was verified (the UV flag).
    pub fn user_verified(&mut self, verified: bool) -> &mut Self {
        self.user_verified = verified;
        self
    }

    /// Signs for this relying-party id instead of the one the options
    /// name (a phishing site's authenticator data); `None` goes back.
    pub fn rp_id(&mut self, rp_id: Option<&str>) -> &mut Self {
        self.rp_id = rp_id.map(str::to_owned);
        self
    }

    /// Whether it keeps a signature counter; one that keeps none answers 0
    /// every time (as most platform authenticators do).
    pub fn keep_counter(&mut self, keep: bool) -> &mut Self {
        self.keep_counter = keep;
        self
    }

    /// The counter a new credential starts at (while counters are kept).
    pub fn first_counter(&mut self, counter: u32) -> &mut Self {
        self.first_counter = counter;
        self
    }

    /// Whether its credentials are synced passkeys (the BE and BS flags).
    pub fn backed_up(&mut self, backed_up: bool) -> &mut Self {
        self.backed_up = backed_up;
        self
    }

    /// The model it names (all zeros: it names none).
    pub fn aaguid(&mut self, aaguid: [u8; 16]) -> &mut Self {
        self.aaguid = aaguid;
        self
    }

    /// How many credentials it made.
    pub fn count(&self) -> usize {
        self.credentials.len()
    }

    /// The id of credential `index`.
    pub fn credential_id(&self, index: usize) -> Option<&[u8]> {
        self.credentials.get(index).map(|c| c.id.as_slice())
    }

    /// Answers `PublicKeyCredentialCreationOptionsJSON` (bare or as
    /// `{"publicKey": …}`) as a browser at `origin` would: a new ES256
    /// credential, attestation "none", flags UP|AT, UV unless turned off.
    ///
    /// # Panics
    ///
    /// When the options lack a challenge, the relying party, the user or
    /// ES256 among the algorithms (a browser would refuse them too).
    pub fn create(&mut self, options_json: &str, origin: &str) -> String {
        let options = public_key(options_json);
        let algorithms = options.get("pubKeyCredParams").and_then(Value::as_array);
        if !algorithms
            .is_some_and(|list| list.iter().any(|p| p.get("alg").and_then(Value::as_i64) == Some(ES256)))
        {
            panic!("the options do not offer ES256");
        }
        let rp_id = text(&options, "/rp/id");
        let client_data = client_data("webauthn.create", &text(&options, "/challenge"), origin);
        let mut id = vec![0u8; 16];
        rand::rngs::OsRng.fill_bytes(&mut id);
        let key = SigningKey::random(&mut rand::rngs::OsRng);
        let point = key.verifying_key().to_encoded_point(false);
        let (Some(x), Some(y)) = (point.x(), point.y()) else {
            panic!("an uncompressed point has both coordinates");
        };
        let counter = if self.keep_counter { self.first_counter } else { 0 };
        let mut auth_data = self.auth_data(self.rp_id.as_deref().unwrap_or(&rp_id), ATTESTED, counter);
        auth_data.extend_from_slice(&self.aaguid);
        auth_data.extend_from_slice(&u16::try_from(id.len()).unwrap_or(u16::MAX).to_be_bytes());
        auth_data.extend_from_slice(&id);
        auth_data.extend_from_slice(&cose_es256_key(x, y));
        let mut spki = P256_SPKI_PREFIX.to_vec();
        spki.extend_from_slice(point.as_bytes());
        let response = json!({
            "id": b64url(&id),
            "rawId": b64url(&id),
            "type": "public-key",
            "authenticatorAttachment": "platform",
            "clientExtensionResults": {},
            "response": {
                "clientDataJSON": b64url(client_data.as_bytes()),
                "attestationObject": b64url(&attestation_none(&auth_data)),
                "authenticatorData": b64url(&auth_data),
                "transports": ["hybrid", "internal"],
                "publicKey": b64url(&spki),
                "publicKeyAlgorithm": ES256,
            },
        });
        let user_handle = bytes(&options, "/user/id");
        self.credentials.push(SoftCredential { id, key, user_handle, rp_id, counter });
        response.to_string()
    }

    /// Answers `PublicKeyCredentialRequestOptionsJSON` (bare or wrapped)
    /// with the credential made last; see [`Self::get_with`].
    pub fn get(&mut self, options_json: &str, origin: &str) -> String {
        self.get_with(self.credentials.len().saturating_sub(1), options_json, origin)
    }

    /// Answers `PublicKeyCredentialRequestOptionsJSON` with credential
    /// `index`, as a browser at `origin` would: an assertion with the
    /// credential's user handle, flags UP and UV (unless turned off), the
    /// counter moved on by one (or 0 when it keeps none). An answer sent
    /// twice is a replay.
    ///
    /// # Panics
    ///
    /// When there is no credential `index` or the options have no challenge.
    pub fn get_with(&mut self, index: usize, options_json: &str, origin: &str) -> String {
        let options = public_key(options_json);
        let client_data = client_data("webauthn.get", &text(&options, "/challenge"), origin);
        let asked_rp = options.get("rpId").and_then(Value::as_str).map(str::to_owned);
        let keep_counter = self.keep_counter;
        let Some(credential) = self.credentials.get_mut(index) else {
            panic!("the authenticator has no credential {index}");
        };
        if keep_counter {
            credential.counter = credential.counter.wrapping_add(1);
        }
        let counter = if keep_counter { credential.counter } else { 0 };
        let rp_id = self.rp_id.clone().or(asked_rp).unwrap_or_else(|| credential.rp_id.clone());
        let credential = &self.credentials[index];
        let auth_data = self.auth_data(&rp_id, 0, counter);
        let mut signed = auth_data.clone();
        signed.extend_from_slice(&Sha256::digest(client_data.as_bytes()));
        let signature: Signature = credential.key.sign(&signed);
        json!({
            "id": b64url(&credential.id),
            "rawId": b64url(&credential.id),
            "type": "public-key",
            "authenticatorAttachment": "platform",
            "clientExtensionResults": {},
            "response": {
                "clientDataJSON": b64url(client_data.as_bytes()),
                "authenticatorData": b64url(&auth_data),
                "signature": b64url(signature.to_der().as_bytes()),
                "userHandle": b64url(&credential.user_handle),
            },
        })
        .to_string()
    }

    /// Authenticator data up to the attested credential: the relying
    /// party's hash, the flags (with `extra`), the counter.
    fn auth_data(&self, rp_id: &str, extra: u8, counter: u32) -> Vec<u8> {
        let mut flags = USER_PRESENT | extra;
        if self.user_verified {
            flags |= USER_VERIFIED;
        }
        if self.backed_up {
            flags |= BACKUP_ELIGIBLE | BACKED_UP;
        }
        let mut data = Sha256::digest(rp_id.as_bytes()).to_vec();
        data.push(flags);
        data.extend_from_slice(&counter.to_be_bytes());
        data
    }
}

/// The options object, whether sent bare or as `{"publicKey": …}`.
fn public_key(options_json: &str) -> Value {
    let value: Value =
        serde_json::from_str(options_json).unwrap_or_else(|e| panic!("the options are not JSON: {e}"));
    match value.get("publicKey") {
        Some(inner) if inner.is_object() => inner.clone(),
        _ => value,
    }
}

fn text(options: &Value, pointer: &str) -> String {
    options
        .pointer(pointer)
        .and_then(Value::as_str)
        .map(str::to_owned)
        .unwrap_or_else(|| panic!("the options have no {pointer}"))
}

fn bytes(options: &Value, pointer: &str) -> Vec<u8> {
    from_b64url(&text(options, pointer)).unwrap_or_else(|| panic!("the options' {pointer} is not base64url"))
}

/// `CollectedClientData` as browsers serialise it: these four members in
/// this order (WebAuthn §5.8.1.2).
fn client_data(kind: &str, challenge: &str, origin: &str) -> String {
    let quoted = |s: &str| Value::String(s.to_owned()).to_string();
    format!(
        r#"{{"type":{},"challenge":{},"origin":{},"crossOrigin":false}}"#,
        quoted(kind),
        quoted(challenge),
        quoted(origin)
    )
}

/// The credential's public key as a COSE_Key in CTAP2 canonical CBOR: keys
/// 1 (kty: EC2), 3 (alg: ES256), -1 (crv: P-256), -2 (x), -3 (y).
fn cose_es256_key(x: &[u8], y: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(77);
    cbor_head(&mut out, MAP, 5);
    cbor_int(&mut out, 1);
    cbor_int(&mut out, 2);
    cbor_int(&mut out, 3);
    cbor_int(&mut out, ES256);
    cbor_int(&mut out, -1);
    cbor_int(&mut out, 1);
    cbor_int(&mut out, -2);
    cbor_bytes(&mut out, x);
    cbor_int(&mut out, -3);
    cbor_bytes(&mut out, y);
    out
}

/// An attestation object with no attestation, keys in canonical order
/// (shorter first): "fmt", "attStmt", "authData".
fn attestation_none(auth_data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(auth_data.len() + 32);
    cbor_head(&mut out, MAP, 3);
    cbor_text(&mut out, "fmt");
    cbor_text(&mut out, "none");
    cbor_text(&mut out, "attStmt");
    cbor_head(&mut out, MAP, 0);
    cbor_text(&mut out, "authData");
    cbor_bytes(&mut out, auth_data);
    out
}

const UNSIGNED: u8 = 0;
const NEGATIVE: u8 = 1;
const BYTES: u8 = 2;
const TEXT: u8 = 3;
const MAP: u8 = 5;

/// A CBOR item's head in its shortest form (RFC 8949 §4.2.1).
fn cbor_head(out: &mut Vec<u8>, major: u8, value: u64) {
    let major = major << 5;
    if let Ok(small) = u8::try_from(value) {
        if small < 24 {
            out.push(major | small);
        } else {
            out.extend_from_slice(&[major | 24, small]);
        }
    } else if let Ok(short) = u16::try_from(value) {
        out.push(major | 25);
        out.extend_from_slice(&short.to_be_bytes());
    } else if let Ok(word) = u32::try_from(value) {
        out.push(major | 26);
        out.extend_from_slice(&word.to_be_bytes());
    } else {
        out.push(major | 27);
        out.extend_from_slice(&value.to_be_bytes());
    }
}

fn cbor_int(out: &mut Vec<u8>, value: i64) {
    match u64::try_from(value) {
        Ok(unsigned) => cbor_head(out, UNSIGNED, unsigned),
        // -1 - n for a negative n never overflows and is never negative.
        Err(_) => cbor_head(out, NEGATIVE, value.unsigned_abs() - 1),
    }
}

fn cbor_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    cbor_head(out, BYTES, bytes.len() as u64);
    out.extend_from_slice(bytes);
}

fn cbor_text(out: &mut Vec<u8>, text: &str) {
    cbor_head(out, TEXT, text.len() as u64);
    out.extend_from_slice(text.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cbor_heads_take_their_shortest_form() {
        let encoded = |major, value| {
            let mut out = Vec::new();
            cbor_head(&mut out, major, value);
            out
        };
        assert_eq!(encoded(UNSIGNED, 23), [0x17]);
        assert_eq!(encoded(UNSIGNED, 24), [0x18, 24]);
        assert_eq!(encoded(BYTES, 300), [0x59, 0x01, 0x2c]);
        let mut negative = Vec::new();
        cbor_int(&mut negative, -7);
        assert_eq!(negative, [0x26]);
    }

    #[test]
    fn the_cose_key_is_in_canonical_order() {
        let key = cose_es256_key(&[1; 32], &[2; 32]);
        assert_eq!(&key[..10], &[0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21, 0x58, 0x20]);
        assert_eq!(key.len(), 77);
    }

    #[test]
    fn wrapped_and_bare_options_read_alike() {
        let bare = r#"{"challenge":"AAAA","rpId":"localhost"}"#;
        let wrapped = format!(r#"{{"publicKey":{bare}}}"#);
        assert_eq!(public_key(bare), public_key(&wrapped));
    }
}
