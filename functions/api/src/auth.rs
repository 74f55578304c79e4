//! Session tokens: short-lived EdDSA (Ed25519) JWTs. The private key comes
//! from configuration; the public key is published at `/.well-known/jwks.json`
//! so that integrators can verify tokens themselves.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Duration, Utc};
use ed25519_dalek::SigningKey;
use ed25519_dalek::pkcs8::{DecodePrivateKey, EncodePrivateKey};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use latchkey_core::user::User;
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
}

/// The audience of a session token: a token minted for anything else (by a
/// future integrator flow, say) is never taken for a session.
pub const AUDIENCE: &str = "latchkey-api";

/// The token type in the JWT header (RFC 9068 access tokens).
pub const TOKEN_TYPE: &str = "at+jwt";

/// A signing key that could not be used.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("the signing key is not an Ed25519 PKCS#8 PEM key")]
    NotEd25519(#[source] ed25519_dalek::pkcs8::Error),
    #[error("the signing key was refused by the JWT library")]
    Jwt(#[source] jsonwebtoken::errors::Error),
}

/// Issues and verifies session tokens with one Ed25519 key.
pub struct Tokens {
    encoding: EncodingKey,
    decoding: DecodingKey,
    jwk: Jwk,
    issuer: String,
    ttl: Duration,
}

impl Tokens {
    /// From a PKCS#8 PEM private key.
    pub fn from_pem(pem: &SecretString, issuer: &str, ttl: Duration) -> Result<Self, KeyError> {
        let key = SigningKey::from_pkcs8_pem(pem.expose_secret()).map_err(KeyError::NotEd25519)?;
        let encoding = EncodingKey::from_ed_pem(pem.expose_secret().as_bytes()).map_err(KeyError::Jwt)?;
        let public = key.verifying_key().to_bytes();
        let x = URL_SAFE_NO_PAD.encode(public);
        let decoding = DecodingKey::from_ed_components(&x).map_err(KeyError::Jwt)?;
        // RFC 7638 thumbprint: members in lexicographic order, no spaces.
        let thumbprint = Sha256::digest(format!(r#"{{"crv":"Ed25519","kty":"OKP","x":"{x}"}}"#));
        let jwk = Jwk {
            kty: "OKP".into(),
            crv: "Ed25519".into(),
            x,
            kid: URL_SAFE_NO_PAD.encode(thumbprint),
            use_: "sig".into(),
            alg: "EdDSA".into(),
        };
        Ok(Self { encoding, decoding, jwk, issuer: issuer.to_string(), ttl })
    }

    /// A fresh random key as PKCS#8 PEM (for first local runs and tests).
    pub fn generate_pem() -> SecretString {
        let mut seed = [0u8; 32];
        rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut seed);
        let key = SigningKey::from_bytes(&seed);
        let pem = key
            .to_pkcs8_pem(ed25519_dalek::pkcs8::spki::der::pem::LineEnding::LF)
            .expect("an Ed25519 key always encodes");
        SecretString::from(pem.to_string())
    }

    /// Issues a token for `user`, valid from `now` for the configured lifetime.
    pub fn issue(
        &self,
        user: &User,
        now: DateTime<Utc>,
        jti: String,
    ) -> Result<(String, DateTime<Utc>), ApiError> {
        let expires_at = now + self.ttl;
        let claims = Claims {
            iss: self.issuer.clone(),
            aud: AUDIENCE.into(),
            sub: user.id.to_string(),
            name: user.username.to_string(),
            roles: user.roles.iter().map(|r| r.as_str().to_string()).collect(),
            tv: user.token_version,
            iat: now.timestamp(),
            exp: expires_at.timestamp(),
            jti,
        };
        let mut header = Header::new(Algorithm::EdDSA);
        header.kid = Some(self.jwk.kid.clone());
        header.typ = Some(TOKEN_TYPE.into());
        let token = jsonwebtoken::encode(&header, &claims, &self.encoding).map_err(|e| {
            ApiError::Domain(latchkey_core::Error::Internal(latchkey_core::PortError::Failed {
                what: "token signing",
                source: Box::new(e),
            }))
        })?;
        Ok((token, expires_at))
    }

    /// Checks signature, issuer and lifetime against `now` (the domain clock,
    /// so tests can move time). Any failure is 401, with no detail.
    pub fn verify(&self, token: &str, now: DateTime<Utc>) -> Result<Claims, ApiError> {
        let mut validation = Validation::new(Algorithm::EdDSA);
        validation.set_issuer(&[&self.issuer]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "iss", "sub", "aud"]);
        // Lifetime is checked below against the injected clock.
        validation.validate_exp = false;
        let data = jsonwebtoken::decode::<Claims>(token, &self.decoding, &validation)
            .map_err(|_| ApiError::Unauthorized)?;
        if !data.header.typ.as_deref().is_some_and(|t| t.eq_ignore_ascii_case(TOKEN_TYPE)) {
            return Err(ApiError::Unauthorized);
        }
        let claims = data.claims;
        let now = now.timestamp();
        if claims.exp <= now || claims.iat > now + 60 {
            return Err(ApiError::Unauthorized);
        }
        Ok(claims)
    }

    /// The public key set.
    pub fn jwks(&self) -> Jwks {
        Jwks { keys: vec![self.jwk.clone()] }
    }

    pub fn ttl(&self) -> Duration {
        self.ttl
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use latchkey_core::types::{UserId, Username};
    use latchkey_core::user::{LockoutState, Role};

    fn user() -> User {
        User {
            id: UserId::new("u1"),
            username: Username::parse("adele").unwrap(),
            display_name: "Adele".into(),
            first_name: "Adele".into(),
            last_name: "Vance".into(),
            emails: vec![],
            phones: vec![],
            roles: [Role::Admin].into(),
            groups: Default::default(),
            enabled: true,
            password: None,
            must_change_password: false,
            password_never_expires: false,
            lockout: LockoutState::default(),
            token_version: 3,
            created_at: Utc::now(),
            last_sign_in_at: None,
            registration: Default::default(),
            version: 1,
        }
    }

    #[test]
    fn tokens_round_trip_and_expire() {
        let tokens = Tokens::from_pem(&Tokens::generate_pem(), "latchkey", Duration::minutes(15)).unwrap();
        let now = Utc::now();
        let (token, expires_at) = tokens.issue(&user(), now, "j1".into()).unwrap();
        assert_eq!(expires_at, now + Duration::minutes(15));
        let claims = tokens.verify(&token, now).unwrap();
        assert_eq!(
            (claims.sub.as_str(), claims.tv, claims.roles.clone()),
            ("u1", 3, vec!["admin".to_string()])
        );
        assert!(tokens.verify(&token, now + Duration::minutes(16)).is_err());
    }

    #[test]
    fn a_token_from_another_key_is_refused() {
        let ours = Tokens::from_pem(&Tokens::generate_pem(), "latchkey", Duration::minutes(15)).unwrap();
        let theirs = Tokens::from_pem(&Tokens::generate_pem(), "latchkey", Duration::minutes(15)).unwrap();
        let now = Utc::now();
        let (token, _) = theirs.issue(&user(), now, "j1".into()).unwrap();
        assert!(ours.verify(&token, now).is_err());
        assert!(ours.verify("not.a.token", now).is_err());
    }

    #[test]
    fn a_token_for_another_audience_or_of_another_type_is_refused() {
        let pem = Tokens::generate_pem();
        let tokens = Tokens::from_pem(&pem, "latchkey", Duration::minutes(15)).unwrap();
        let now = Utc::now();
        let (good, _) = tokens.issue(&user(), now, "j1".into()).unwrap();
        let claims = tokens.verify(&good, now).unwrap();
        let key = EncodingKey::from_ed_pem(pem.expose_secret().as_bytes()).unwrap();
        let sign = |header: &Header, claims: &Claims| jsonwebtoken::encode(header, claims, &key).unwrap();
        let mut header = Header::new(Algorithm::EdDSA);
        header.typ = Some(TOKEN_TYPE.into());
        let other_audience = Claims { aud: "someone-else".into(), ..claims.clone() };
        assert!(tokens.verify(&sign(&header, &other_audience), now).is_err(), "aud is checked");
        header.typ = Some("JWT".into());
        assert!(tokens.verify(&sign(&header, &claims), now).is_err(), "typ is checked");
        header.typ = Some(TOKEN_TYPE.into());
        assert!(
            tokens.verify(&sign(&header, &claims), now).is_ok(),
            "the same claims, right type and audience"
        );
    }

    #[test]
    fn jwks_publishes_the_public_key_only() {
        let pem = Tokens::generate_pem();
        let tokens = Tokens::from_pem(&pem, "latchkey", Duration::minutes(15)).unwrap();
        let jwks = serde_json::to_string(&tokens.jwks()).unwrap();
        assert!(jwks.contains(r#""kty":"OKP""#) && jwks.contains(r#""alg":"EdDSA""#));
        assert!(!jwks.contains("\"d\""), "private part must not be published");
        let x = &tokens.jwks().keys[0].x;
        assert_eq!(URL_SAFE_NO_PAD.decode(x).unwrap().len(), 32);
    }
}
