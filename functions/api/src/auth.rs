//! Session tokens: short-lived EdDSA (Ed25519) JWTs.
//!
//! Keys come as a ring: at most one private key, held only by the function
//! that issues tokens (the sessions group: sign-in and integrators' access
//! tokens), and the public keys
//! every function verifies with, published at `/.well-known/jwks.json` so
//! that integrators can verify tokens themselves. Each token names its key
//! (`kid`), so a rotation publishes the new public key beside the old one,
//! then switches the private key: tokens signed by either verify during the
//! overlap (see `latchkey-keys`). A warm function re-reads its keys every few
//! minutes, and at once (rate-limited) when a token names a key it has not
//! seen, so a rotation never waits for a cold start.

use std::sync::{Arc, RwLock};
use std::time::Instant;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Duration, Utc};
use ed25519_dalek::SigningKey;
use ed25519_dalek::pkcs8::{DecodePrivateKey, EncodePrivateKey};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use latchkey_core::PortError;
use latchkey_core::model::user::User;
use latchkey_dto::{Jwk, Jwks};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::problem::ApiError;

/// What a session token says.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    pub iss: String,
    /// Who the token is for: Latchkey's API (`AUDIENCE`), checked on every use.
    pub aud: String,
    /// The user's id.
    pub sub: String,
    /// The username, for display and logs.
    pub name: String,
    pub roles: Vec<String>,
    /// The user's token version when issued; bumping it revokes the token.
    pub tv: u32,
    pub iat: i64,
    pub exp: i64,
    /// A unique id per token.
    pub jti: String,
    /// The password must change first (expired, or set by an administrator):
    /// such a session can do nothing else (`extract::Session` refuses it).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pwc: bool,
    /// Set while a sign-in waits for its second step: the token can only
    /// take that step (`extract::Session` refuses it everywhere else).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stg: Option<SignInStage>,
    /// How the sign-in was proven (RFC 8176): `pwd`, and `otp` once an
    /// authenticator or recovery code was. Only a session with `otp` may
    /// exercise a privileged role.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub amr: Vec<String>,
    /// The session this token belongs to, when a web app's refresh
    /// credential keeps it going: the family's id. Revocations name a
    /// session by it (else by `jti`), so a password change made in any of
    /// the family's tokens keeps the family.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sid: Option<String>,
    /// When the person signed in (OIDC's `auth_time`): a refreshed token is
    /// newer than its sign-in, and only the sign-in counts as recent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_time: Option<i64>,
    /// On a second-step token: the web app the sign-in is for, whose
    /// refresh cookie the completed sign-in sets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<latchkey_dto::SessionApp>,
}

/// Where a token stands in a session beyond its user: the session id and
/// sign-in time a refreshed token carries, and the app a sign-in is for.
#[derive(Debug, Clone, Default)]
pub struct Frame {
    pub sid: Option<String>,
    pub auth_time: Option<DateTime<Utc>>,
    pub app: Option<latchkey_dto::SessionApp>,
}

/// The `amr` value of a sign-in that proved a one-time code (RFC 8176).
pub const AMR_OTP: &str = "otp";

/// What an integrator's access token says (RFC 9068): the client is the
/// subject, and no user claim is present. A session extractor never takes
/// one: [`Tokens::verify`] refuses any token that carries `client_id`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ClientClaims {
    pub iss: String,
    pub aud: String,
    /// The client's id (as `client_id`).
    pub sub: String,
    pub client_id: String,
    /// Space-separated scopes granted.
    pub scope: String,
    pub iat: i64,
    pub exp: i64,
    pub jti: String,
}

/// A verified bearer token: a person's session or a client's access token.
#[derive(Debug, Clone)]
pub enum Bearer {
    User(Claims),
    Client(ClientClaims),
}

/// How long an integrator's access token lives: short, since each use
/// re-reads the client anyway and a leaked token should soon be worthless.
pub const CLIENT_TOKEN_TTL: Duration = Duration::minutes(10);

/// The second step a token is limited to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignInStage {
    /// Prove the authenticator (`POST /v1/sessions/authenticator`).
    AuthenticatorCode,
    /// Register an authenticator (`PUT`, `POST …/verify` of `/v1/me/methods/authenticator`).
    RegisterAuthenticator,
    /// Signed in with a Temporary Access Pass: register a passkey or an
    /// authenticator, and set the password.
    AccessPass,
}

/// How long a token waiting for its authenticator code lives: the code is
/// at hand, so there is no reason to leave a password-only token about.
const SECOND_STEP_TTL: Duration = Duration::minutes(5);

impl Claims {
    /// The token's standing, for the directory to check against revocations.
    pub fn session(&self) -> latchkey_core::model::user::SessionToken {
        let id = self.sid.clone().unwrap_or_else(|| self.jti.clone());
        latchkey_core::model::user::SessionToken::new(self.tv, id)
            .with_second_factor(self.amr.iter().any(|m| m == AMR_OTP))
    }
}

/// The audience of every token Latchkey issues, sessions and integrators'
/// access tokens alike: a token minted for anything else is refused. A
/// client's token is told apart from a session by its `client_id` claim
/// (`Tokens::verify`), not by the audience.
pub const AUDIENCE: &str = "latchkey-api";

/// The token type in the JWT header (RFC 9068 access tokens).
pub const TOKEN_TYPE: &str = "at+jwt";

/// How long a warm function trusts the keys it read.
const KEYS_FRESH_FOR: std::time::Duration = std::time::Duration::from_secs(300);

/// The least time between two reads caused by unknown key ids, so forged
/// `kid`s cannot turn every request into a parameter-store read. A rotation
/// waits longer than this between publishing a key and signing with it, so
/// that every warm function may look again when the first such token comes.
pub const UNKNOWN_KID_REREAD: std::time::Duration = std::time::Duration::from_secs(30);

/// A signing key that could not be used.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("the signing key is not an Ed25519 PKCS#8 PEM key")]
    NotEd25519(#[source] ed25519_dalek::pkcs8::Error),
    #[error("the signing key was refused by the JWT library")]
    Jwt(#[source] jsonwebtoken::errors::Error),
    #[error("public key {kid} is not an Ed25519 key")]
    NotPublicEd25519 { kid: String },
    #[error("the key set holds no public key")]
    NoPublicKey,
    #[error("could not read the keys")]
    Source(#[source] PortError),
}

/// Key material as stored: the private key (for the signing functions only)
/// and the public keys to verify with.
pub struct KeyMaterial {
    pub signing: Option<SecretString>,
    pub public: Jwks,
}

/// Where a function reads its keys from (SSM in AWS), again on refresh.
#[async_trait::async_trait]
pub trait KeySource: Send + Sync {
    async fn load(&self) -> Result<KeyMaterial, PortError>;
}

struct PublicKey {
    jwk: Jwk,
    decoding: DecodingKey,
}

struct Signer {
    encoding: EncodingKey,
    kid: String,
}

/// The keys in use: what signs (if this function signs) and what verifies.
struct KeyRing {
    signer: Option<Signer>,
    public: Vec<PublicKey>,
}

impl KeyRing {
    fn build(material: &KeyMaterial) -> Result<Self, KeyError> {
        let mut public = Vec::new();
        for jwk in &material.public.keys {
            let decoding = DecodingKey::from_ed_components(&jwk.x)
                .ok()
                .filter(|_| jwk.kty == "OKP" && jwk.crv == "Ed25519")
                .ok_or_else(|| KeyError::NotPublicEd25519 { kid: jwk.kid.clone() })?;
            public.push(PublicKey { jwk: jwk.clone(), decoding });
        }
        let signer = match &material.signing {
            None => None,
            Some(pem) => {
                let jwk = Tokens::public_jwk(pem)?;
                let encoding =
                    EncodingKey::from_ed_pem(pem.expose_secret().as_bytes()).map_err(KeyError::Jwt)?;
                if !public.iter().any(|k| k.jwk.kid == jwk.kid) {
                    // Published keys lag the private one only if a rotation was
                    // done out of order; this function can still verify its own
                    // tokens, the others will once the public set is fixed.
                    tracing::error!(kid = %jwk.kid, "the signing key's public half is not in the public key set");
                    let decoding = DecodingKey::from_ed_components(&jwk.x).map_err(KeyError::Jwt)?;
                    public.insert(0, PublicKey { jwk: jwk.clone(), decoding });
                }
                Some(Signer { encoding, kid: jwk.kid })
            }
        };
        if public.is_empty() {
            return Err(KeyError::NoPublicKey);
        }
        Ok(Self { signer, public })
    }

    fn decoding(&self, kid: Option<&str>) -> Option<&DecodingKey> {
        match kid {
            Some(kid) => self.public.iter().find(|k| k.jwk.kid == kid).map(|k| &k.decoding),
            // Tokens from before key ids: only a single-key ring can tell.
            None if self.public.len() == 1 => Some(&self.public[0].decoding),
            None => None,
        }
    }
}

/// Issues and verifies session tokens.
pub struct Tokens {
    ring: RwLock<Arc<KeyRing>>,
    source: Option<Arc<dyn KeySource>>,
    /// When the ring was last read; held across a re-read so only one runs.
    loaded: tokio::sync::Mutex<Instant>,
    reread_unknown_after: std::time::Duration,
    issuer: String,
    ttl: Duration,
}

impl Tokens {
    /// From a PKCS#8 PEM private key: it signs, and its public half verifies.
    pub fn from_pem(pem: &SecretString, issuer: &str, ttl: Duration) -> Result<Self, KeyError> {
        let public = Jwks { keys: vec![Self::public_jwk(pem)?] };
        Self::from_material(&KeyMaterial { signing: Some(pem.clone()), public }, issuer, ttl)
    }

    /// From fixed key material (no re-reads).
    pub fn from_material(material: &KeyMaterial, issuer: &str, ttl: Duration) -> Result<Self, KeyError> {
        Ok(Self {
            ring: RwLock::new(Arc::new(KeyRing::build(material)?)),
            source: None,
            loaded: tokio::sync::Mutex::new(Instant::now()),
            reread_unknown_after: UNKNOWN_KID_REREAD,
            issuer: issuer.to_string(),
            ttl,
        })
    }

    /// From a source read now and again when stale or a token names an unknown key.
    pub async fn from_source(
        source: Arc<dyn KeySource>,
        issuer: &str,
        ttl: Duration,
    ) -> Result<Self, KeyError> {
        let material = source.load().await.map_err(KeyError::Source)?;
        let mut tokens = Self::from_material(&material, issuer, ttl)?;
        tokens.source = Some(source);
        Ok(tokens)
    }

    /// Sets the least time between re-reads for unknown key ids (tests).
    pub fn reread_unknown_after(mut self, interval: std::time::Duration) -> Self {
        self.reread_unknown_after = interval;
        self
    }

    /// The public JWK of a private key, with its RFC 7638 thumbprint as `kid`.
    pub fn public_jwk(pem: &SecretString) -> Result<Jwk, KeyError> {
        let key = SigningKey::from_pkcs8_pem(pem.expose_secret()).map_err(KeyError::NotEd25519)?;
        let x = URL_SAFE_NO_PAD.encode(key.verifying_key().to_bytes());
        // RFC 7638 thumbprint: members in lexicographic order, no spaces.
        let thumbprint = Sha256::digest(format!(r#"{{"crv":"Ed25519","kty":"OKP","x":"{x}"}}"#));
        Ok(Jwk {
            kty: "OKP".into(),
            crv: "Ed25519".into(),
            x,
            kid: URL_SAFE_NO_PAD.encode(thumbprint),
            use_: "sig".into(),
            alg: "EdDSA".into(),
        })
    }

    /// A fresh random key as PKCS#8 PEM (for first local runs, tests and rotation).
    #[expect(clippy::expect_used, reason = "encoding a 32-byte Ed25519 key as PKCS#8 cannot fail")]
    pub fn generate_pem() -> SecretString {
        let mut seed = [0u8; 32];
        rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut seed);
        let key = SigningKey::from_bytes(&seed);
        let pem = key
            .to_pkcs8_pem(ed25519_dalek::pkcs8::spki::der::pem::LineEnding::LF)
            .expect("an Ed25519 key always encodes");
        SecretString::from(pem.to_string())
    }

    fn current(&self) -> Arc<KeyRing> {
        self.ring.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Re-reads the keys if they are older than `older_than`. A failed read
    /// keeps the keys in hand (logged): an SSM outage must not end sessions.
    async fn refresh(&self, older_than: std::time::Duration) {
        let Some(source) = &self.source else { return };
        let mut loaded = self.loaded.lock().await;
        if loaded.elapsed() < older_than {
            return;
        }
        *loaded = Instant::now();
        match source.load().await.map_err(KeyError::Source).and_then(|m| KeyRing::build(&m)) {
            Ok(ring) => *self.ring.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(ring),
            Err(err) => {
                tracing::warn!(error = %latchkey_core::model::error::chain(&err), "keeping the keys in hand")
            }
        }
    }

    /// Issues a token for `user`, valid from `now` for the configured
    /// lifetime; `must_change` limits it to changing the password, and
    /// `second_factor` says the sign-in proved one (`amr` holds `otp`): the
    /// only kind of session from which a privileged role is exercised.
    pub async fn issue(
        &self,
        user: &User,
        must_change: bool,
        second_factor: bool,
        now: DateTime<Utc>,
        jti: String,
    ) -> Result<(String, DateTime<Utc>), ApiError> {
        self.mint(user, must_change, None, second_factor, now, jti, Frame::default()).await
    }

    /// As [`Tokens::issue`], for a web app's session: the token names its
    /// session (`sid`) and, when refreshed, its sign-in time (`auth_time`).
    pub async fn issue_framed(
        &self,
        user: &User,
        (must_change, second_factor): (bool, bool),
        now: DateTime<Utc>,
        jti: String,
        frame: Frame,
    ) -> Result<(String, DateTime<Utc>), ApiError> {
        self.mint(user, must_change, None, second_factor, now, jti, frame).await
    }

    /// When the person signed in: `auth_time` where the token says, else
    /// when it was issued.
    pub fn signed_in_at(claims: &Claims) -> DateTime<Utc> {
        DateTime::from_timestamp(claims.auth_time.unwrap_or(claims.iat), 0).unwrap_or_default()
    }

    /// Issues a token limited to the second step of a sign-in.
    pub async fn issue_stage(
        &self,
        user: &User,
        stage: SignInStage,
        now: DateTime<Utc>,
        jti: String,
        app: Option<latchkey_dto::SessionApp>,
    ) -> Result<(String, DateTime<Utc>), ApiError> {
        self.mint(user, false, Some(stage), false, now, jti, Frame { app, ..Frame::default() }).await
    }

    #[expect(clippy::too_many_arguments, reason = "every claim's source, in one private place")]
    async fn mint(
        &self,
        user: &User,
        must_change: bool,
        stage: Option<SignInStage>,
        second_factor: bool,
        now: DateTime<Utc>,
        jti: String,
        frame: Frame,
    ) -> Result<(String, DateTime<Utc>), ApiError> {
        let ttl = match stage {
            Some(SignInStage::AuthenticatorCode) => self.ttl.min(SECOND_STEP_TTL),
            _ => self.ttl,
        };
        let expires_at = now + ttl;
        let claims = Claims {
            iss: self.issuer.clone(),
            aud: AUDIENCE.into(),
            sub: user.id.to_string(),
            name: user.username.to_string(),
            roles: user.roles.iter().map(|r| r.as_str().to_string()).collect(),
            tv: user.token_version(),
            iat: now.timestamp(),
            exp: expires_at.timestamp(),
            jti,
            pwc: must_change,
            stg: stage,
            amr: if second_factor { vec!["pwd".into(), AMR_OTP.into()] } else { vec!["pwd".into()] },
            sid: frame.sid,
            auth_time: frame.auth_time.map(|at| at.timestamp()),
            app: frame.app,
        };
        Ok((self.sign(&claims).await?, expires_at))
    }

    /// Signs `claims` with the current key, as an `at+jwt` naming its `kid`.
    async fn sign(&self, claims: &impl Serialize) -> Result<String, ApiError> {
        self.refresh(KEYS_FRESH_FOR).await;
        let ring = self.current();
        let failed = |source: Box<dyn std::error::Error + Send + Sync>| {
            ApiError::Domain(latchkey_core::Error::Internal(PortError::Failed {
                what: "token signing",
                source,
            }))
        };
        let signer =
            ring.signer.as_ref().ok_or_else(|| failed("this function holds no signing key".into()))?;
        let mut header = Header::new(Algorithm::EdDSA);
        header.kid = Some(signer.kid.clone());
        header.typ = Some(TOKEN_TYPE.into());
        jsonwebtoken::encode(&header, claims, &signer.encoding).map_err(|e| failed(Box::new(e)))
    }

    /// Issues an access token for `grant` (RFC 9068), valid from `now` for
    /// [`CLIENT_TOKEN_TTL`] (or the configured lifetime, if shorter).
    pub async fn issue_client(
        &self,
        grant: &latchkey_core::model::clients::Grant,
        now: DateTime<Utc>,
        jti: String,
    ) -> Result<(String, Duration), ApiError> {
        let ttl = self.ttl.min(CLIENT_TOKEN_TTL);
        let claims = ClientClaims {
            iss: self.issuer.clone(),
            aud: AUDIENCE.into(),
            sub: grant.client.to_string(),
            client_id: grant.client.to_string(),
            scope: grant.scopes.to_space_separated(),
            iat: now.timestamp(),
            exp: (now + ttl).timestamp(),
            jti,
        };
        Ok((self.sign(&claims).await?, ttl))
    }

    /// Checks signature, key, type, issuer, audience and lifetime against
    /// `now` (the domain clock, so tests can move time). Any failure is 401,
    /// with no detail.
    pub async fn verify(&self, token: &str, now: DateTime<Utc>) -> Result<Claims, ApiError> {
        match self.verify_bearer(token, now).await? {
            Bearer::User(claims) => Ok(claims),
            // A client's token never stands for a person.
            Bearer::Client(_) => Err(ApiError::Unauthorized),
        }
    }

    /// As [`Tokens::verify`], for routes an integrator may call too: a
    /// token carrying `client_id` is a client's, any other a session.
    pub async fn verify_bearer(&self, token: &str, now: DateTime<Utc>) -> Result<Bearer, ApiError> {
        let header = jsonwebtoken::decode_header(token).map_err(|_| ApiError::Unauthorized)?;
        if header.alg != Algorithm::EdDSA
            || !header.typ.as_deref().is_some_and(|t| t.eq_ignore_ascii_case(TOKEN_TYPE))
        {
            return Err(ApiError::Unauthorized);
        }
        self.refresh(KEYS_FRESH_FOR).await;
        let mut ring = self.current();
        if ring.decoding(header.kid.as_deref()).is_none() && header.kid.is_some() {
            // Perhaps a key published since this function last looked.
            self.refresh(self.reread_unknown_after).await;
            ring = self.current();
        }
        let key = ring.decoding(header.kid.as_deref()).ok_or(ApiError::Unauthorized)?;
        let mut validation = Validation::new(Algorithm::EdDSA);
        validation.set_issuer(&[&self.issuer]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "iss", "sub", "aud"]);
        // Lifetime is checked below against the injected clock.
        validation.validate_exp = false;
        let raw = jsonwebtoken::decode::<serde_json::Map<String, serde_json::Value>>(token, key, &validation)
            .map_err(|_| ApiError::Unauthorized)?
            .claims;
        let bearer = if raw.contains_key("client_id") {
            Bearer::Client(serde_json::from_value(raw.into()).map_err(|_| ApiError::Unauthorized)?)
        } else {
            Bearer::User(serde_json::from_value(raw.into()).map_err(|_| ApiError::Unauthorized)?)
        };
        let (iat, exp) = match &bearer {
            Bearer::User(c) => (c.iat, c.exp),
            Bearer::Client(c) => (c.iat, c.exp),
        };
        let now = now.timestamp();
        if exp <= now || iat > now + 60 {
            return Err(ApiError::Unauthorized);
        }
        Ok(bearer)
    }

    /// The public key set.
    pub async fn jwks(&self) -> Jwks {
        self.refresh(KEYS_FRESH_FOR).await;
        Jwks { keys: self.current().public.iter().map(|k| k.jwk.clone()).collect() }
    }

    /// Whether this process can issue tokens.
    pub fn signs(&self) -> bool {
        self.current().signer.is_some()
    }

    pub fn ttl(&self) -> Duration {
        self.ttl
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use latchkey_core::model::user::Role;

    fn user() -> User {
        let mut user = latchkey_core::testing::sample_user("adele");
        user.id = latchkey_core::model::values::UserId::new("u1");
        user.roles = [Role::Admin].into();
        // Sessions ended twice: version 3, so a test's tokens carry a version other than the first.
        user.revoke_sessions();
        user.revoke_sessions();
        user
    }

    fn tokens(pem: &SecretString) -> Tokens {
        Tokens::from_pem(pem, "latchkey", Duration::minutes(15)).unwrap()
    }

    #[tokio::test]
    async fn tokens_round_trip_and_expire() {
        let tokens = tokens(&Tokens::generate_pem());
        let now = Utc::now();
        let (token, expires_at) = tokens.issue(&user(), false, false, now, "j1".into()).await.unwrap();
        assert_eq!(expires_at, now + Duration::minutes(15));
        let claims = tokens.verify(&token, now).await.unwrap();
        assert_eq!(
            (claims.sub.as_str(), claims.tv, claims.roles.clone(), claims.pwc),
            ("u1", 3, vec!["admin".to_string()], false)
        );
        assert!(tokens.verify(&token, now + Duration::minutes(16)).await.is_err());
        let (limited, _) = tokens.issue(&user(), true, false, now, "j2".into()).await.unwrap();
        assert!(tokens.verify(&limited, now).await.unwrap().pwc, "must-change travels in the token");
    }

    #[tokio::test]
    async fn a_token_from_another_key_is_refused() {
        let ours = tokens(&Tokens::generate_pem());
        let theirs = tokens(&Tokens::generate_pem());
        let now = Utc::now();
        let (token, _) = theirs.issue(&user(), false, false, now, "j1".into()).await.unwrap();
        assert!(ours.verify(&token, now).await.is_err());
        assert!(ours.verify("not.a.token", now).await.is_err());
    }

    #[tokio::test]
    async fn a_token_for_another_audience_or_of_another_type_is_refused() {
        let pem = Tokens::generate_pem();
        let tokens = tokens(&pem);
        let now = Utc::now();
        let (good, _) = tokens.issue(&user(), false, false, now, "j1".into()).await.unwrap();
        let claims = tokens.verify(&good, now).await.unwrap();
        let key = EncodingKey::from_ed_pem(pem.expose_secret().as_bytes()).unwrap();
        let sign = |header: &Header, claims: &Claims| jsonwebtoken::encode(header, claims, &key).unwrap();
        let mut header = Header::new(Algorithm::EdDSA);
        header.typ = Some(TOKEN_TYPE.into());
        let other_audience = Claims { aud: "someone-else".into(), ..claims.clone() };
        assert!(tokens.verify(&sign(&header, &other_audience), now).await.is_err(), "aud is checked");
        header.typ = Some("JWT".into());
        assert!(tokens.verify(&sign(&header, &claims), now).await.is_err(), "typ is checked");
        header.typ = Some(TOKEN_TYPE.into());
        assert!(
            tokens.verify(&sign(&header, &claims), now).await.is_ok(),
            "the same claims, right type and audience"
        );
    }

    #[tokio::test]
    async fn jwks_publishes_the_public_key_only() {
        let tokens = tokens(&Tokens::generate_pem());
        let jwks = tokens.jwks().await;
        let text = serde_json::to_string(&jwks).unwrap();
        assert!(text.contains(r#""kty":"OKP""#) && text.contains(r#""alg":"EdDSA""#));
        assert!(!text.contains("\"d\""), "private part must not be published");
        assert_eq!(URL_SAFE_NO_PAD.decode(&jwks.keys[0].x).unwrap().len(), 32);
    }

    /// A key store that can be rotated under a running `Tokens`.
    struct Store(std::sync::Mutex<(Option<SecretString>, Vec<Jwk>)>, std::sync::atomic::AtomicUsize);

    #[async_trait::async_trait]
    impl KeySource for Store {
        async fn load(&self) -> Result<KeyMaterial, PortError> {
            self.1.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let (signing, keys) = self.0.lock().unwrap().clone();
            Ok(KeyMaterial { signing, public: Jwks { keys } })
        }
    }

    #[tokio::test]
    async fn a_verifier_holds_no_private_key_and_cannot_sign() {
        let pem = Tokens::generate_pem();
        let public =
            KeyMaterial { signing: None, public: Jwks { keys: vec![Tokens::public_jwk(&pem).unwrap()] } };
        let verifier = Tokens::from_material(&public, "latchkey", Duration::minutes(15)).unwrap();
        assert!(!verifier.signs());
        let now = Utc::now();
        assert!(verifier.issue(&user(), false, false, now, "j".into()).await.is_err());
        let (token, _) = tokens(&pem).issue(&user(), false, false, now, "j".into()).await.unwrap();
        assert!(verifier.verify(&token, now).await.is_ok(), "the public key verifies the signer's token");
    }

    #[tokio::test]
    async fn after_a_rotation_old_and_new_tokens_verify_until_the_old_key_is_retired() {
        let (old, new) = (Tokens::generate_pem(), Tokens::generate_pem());
        let (old_jwk, new_jwk) = (Tokens::public_jwk(&old).unwrap(), Tokens::public_jwk(&new).unwrap());
        let now = Utc::now();
        let store = Arc::new(Store(
            std::sync::Mutex::new((None, vec![old_jwk.clone()])),
            std::sync::atomic::AtomicUsize::new(0),
        ));
        let interval = std::time::Duration::from_secs(1);
        let verifier = Tokens::from_source(store.clone(), "latchkey", Duration::minutes(15))
            .await
            .unwrap()
            .reread_unknown_after(interval);
        let (before, _) = tokens(&old).issue(&user(), false, false, now, "a".into()).await.unwrap();
        assert!(verifier.verify(&before, now).await.is_ok());

        // Rotation: the new public key is published beside the old one, then signs.
        store.0.lock().unwrap().1 = vec![new_jwk.clone(), old_jwk.clone()];
        let (after, _) = tokens(&new).issue(&user(), false, false, now, "b".into()).await.unwrap();
        let reads = store.1.load(std::sync::atomic::Ordering::SeqCst);
        // As `latchkey-keys rotate` does: wait out the interval before the new key signs.
        tokio::time::sleep(interval).await;
        assert!(
            verifier.verify(&after, now).await.is_ok(),
            "an unknown kid makes a warm verifier look again"
        );
        assert_eq!(store.1.load(std::sync::atomic::Ordering::SeqCst), reads + 1);
        assert!(verifier.verify(&before, now).await.is_ok(), "the old key still verifies during the overlap");
        let kids: Vec<String> = verifier.jwks().await.keys.into_iter().map(|k| k.kid).collect();
        assert_eq!(kids, vec![new_jwk.kid.clone(), old_jwk.kid.clone()], "both keys are published");

        // Forged key ids do not turn into a read per request.
        let mut forged = Header::new(Algorithm::EdDSA);
        forged.typ = Some(TOKEN_TYPE.into());
        forged.kid = Some("nobody".into());
        let claims = verifier.verify(&after, now).await.unwrap();
        let key = EncodingKey::from_ed_pem(new.expose_secret().as_bytes()).unwrap();
        let forged = jsonwebtoken::encode(&forged, &claims, &key).unwrap();
        for _ in 0..5 {
            assert!(verifier.verify(&forged, now).await.is_err());
        }
        assert_eq!(store.1.load(std::sync::atomic::Ordering::SeqCst), reads + 1, "rate-limited re-reads");

        // Retired: a fresh verifier (a cold start) no longer takes the old key's tokens.
        store.0.lock().unwrap().1 = vec![new_jwk];
        let cold = Tokens::from_source(store.clone(), "latchkey", Duration::minutes(15)).await.unwrap();
        assert!(cold.verify(&before, now).await.is_err());
        assert!(cold.verify(&after, now).await.is_ok());
    }
}
