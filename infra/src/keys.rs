//! The session-token keys in the parameter store: created once, rotated
//! without downtime.
//!
//! Two parameters: the private key (a SecureString, readable by the
//! sessions function alone) and the public key set (a String holding a
//! JWKS, read by every function and published at `/.well-known/jwks.json`).
//! A rotation publishes the new public key *before* the new private key
//! signs anything, and keeps the old public key beside it, so every token in
//! flight verifies throughout: functions re-read the set when a token names
//! a key they have not seen. The key before the old one is dropped, so
//! rotate no more often than the token lifetime (15 minutes by default).

use aws_sdk_ssm::Client;
use aws_sdk_ssm::error::ProvideErrorMetadata;
use aws_sdk_ssm::types::ParameterType;
use latchkey_api::Tokens;
use latchkey_dto::Jwks;
use secrecy::{ExposeSecret, SecretString};

/// A key operation that failed; says which parameter and why.
#[derive(Debug, thiserror::Error)]
pub enum KeysError {
    #[error("could not {action} parameter {name}")]
    Ssm {
        action: &'static str,
        name: String,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    #[error("parameter {name} does not hold a usable key")]
    Key {
        name: String,
        #[source]
        source: latchkey_api::auth::KeyError,
    },
    #[error("parameter {name} does not hold a JWKS")]
    NotJwks {
        name: String,
        #[source]
        source: serde_json::Error,
    },
    #[error("parameter {0} does not exist: run `latchkey-keys init` first")]
    Missing(String),
}

/// Where the two keys live.
#[derive(Debug, Clone)]
pub struct KeyParameters {
    pub signing: String,
    pub public: String,
}

/// What an operation did, for the operator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeysReport {
    /// The key id now signing.
    pub signing_kid: String,
    /// Every key id published, newest first.
    pub published: Vec<String>,
    /// Whether anything was written.
    pub changed: bool,
}

async fn get(ssm: &Client, name: &str) -> Result<Option<SecretString>, KeysError> {
    match ssm.get_parameter().name(name).with_decryption(true).send().await {
        Ok(out) => Ok(out.parameter.and_then(|p| p.value).map(SecretString::from)),
        Err(err) if err.code() == Some("ParameterNotFound") => Ok(None),
        Err(err) => Err(KeysError::Ssm { action: "read", name: name.into(), source: Box::new(err) }),
    }
}

async fn put(ssm: &Client, name: &str, value: &str, kind: ParameterType) -> Result<(), KeysError> {
    ssm.put_parameter()
        .name(name)
        .value(value)
        .r#type(kind)
        .overwrite(true)
        .send()
        .await
        .map_err(|e| KeysError::Ssm { action: "write", name: name.into(), source: Box::new(e) })?;
    Ok(())
}

async fn public_set(ssm: &Client, name: &str) -> Result<Jwks, KeysError> {
    match get(ssm, name).await? {
        None => Ok(Jwks { keys: Vec::new() }),
        Some(text) => serde_json::from_str(text.expose_secret())
            .map_err(|source| KeysError::NotJwks { name: name.into(), source }),
    }
}

fn jwk(pem: &SecretString, name: &str) -> Result<latchkey_dto::Jwk, KeysError> {
    Tokens::public_jwk(pem).map_err(|source| KeysError::Key { name: name.into(), source })
}

/// `set` as the text parameter `name` holds.
fn json(set: &Jwks, name: &str) -> Result<String, KeysError> {
    serde_json::to_string(set).map_err(|e| KeysError::Ssm {
        action: "encode",
        name: name.into(),
        source: Box::new(e),
    })
}

/// Creates the signing key if there is none, and makes sure its public half
/// is published. Safe to run on every deploy.
pub async fn init(ssm: &Client, params: &KeyParameters) -> Result<KeysReport, KeysError> {
    let mut changed = false;
    let pem = match get(ssm, &params.signing).await? {
        Some(pem) => pem,
        None => {
            let pem = Tokens::generate_pem();
            // Published first, so no token is ever signed by an unknown key.
            let mut set = public_set(ssm, &params.public).await?;
            set.keys.insert(0, jwk(&pem, &params.signing)?);
            put(ssm, &params.public, &json(&set, &params.public)?, ParameterType::String).await?;
            put(ssm, &params.signing, pem.expose_secret(), ParameterType::SecureString).await?;
            changed = true;
            pem
        }
    };
    let current = jwk(&pem, &params.signing)?;
    let mut set = public_set(ssm, &params.public).await?;
    if !set.keys.iter().any(|k| k.kid == current.kid) {
        set.keys.insert(0, current.clone());
        put(ssm, &params.public, &json(&set, &params.public)?, ParameterType::String).await?;
        changed = true;
    }
    Ok(KeysReport {
        signing_kid: current.kid,
        published: set.keys.into_iter().map(|k| k.kid).collect(),
        changed,
    })
}

/// Replaces the signing key: the new public key is published beside the
/// current one, then — `settle` later, longer than a warm function waits
/// between re-reads for unknown key ids (`latchkey_api::auth::UNKNOWN_KID_REREAD`)
/// — the new private key takes over. Keys older than the current one are dropped.
pub async fn rotate(
    ssm: &Client,
    params: &KeyParameters,
    settle: std::time::Duration,
) -> Result<KeysReport, KeysError> {
    let old = get(ssm, &params.signing).await?.ok_or_else(|| KeysError::Missing(params.signing.clone()))?;
    let old = jwk(&old, &params.signing)?;
    let new_pem = Tokens::generate_pem();
    let new = jwk(&new_pem, &params.signing)?;
    let set = Jwks { keys: vec![new.clone(), old] };
    put(ssm, &params.public, &json(&set, &params.public)?, ParameterType::String).await?;
    tokio::time::sleep(settle).await;
    put(ssm, &params.signing, new_pem.expose_secret(), ParameterType::SecureString).await?;
    Ok(KeysReport {
        signing_kid: new.kid,
        published: set.keys.into_iter().map(|k| k.kid).collect(),
        changed: true,
    })
}

/// Drops every published key but the signing one: after a suspected leak,
/// once `rotate` has run (every session signed by the old key ends).
pub async fn retire(ssm: &Client, params: &KeyParameters) -> Result<KeysReport, KeysError> {
    let pem = get(ssm, &params.signing).await?.ok_or_else(|| KeysError::Missing(params.signing.clone()))?;
    let current = jwk(&pem, &params.signing)?;
    let before = public_set(ssm, &params.public).await?;
    let set = Jwks { keys: vec![current.clone()] };
    let changed = before != set;
    if changed {
        put(ssm, &params.public, &json(&set, &params.public)?, ParameterType::String).await?;
    }
    Ok(KeysReport { published: vec![current.kid.clone()], signing_kid: current.kid, changed })
}
