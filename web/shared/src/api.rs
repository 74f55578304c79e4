//! The calls both apps make: the organisation's public configuration and
//! the two steps of signing in.

use latchkey_dto::{PublicConfig, SecondFactorRequest, SignInRequest, SignInResponse};

use crate::http::{ApiError, json, send};

pub async fn public_config() -> Result<PublicConfig, ApiError> {
    json(send::<()>("GET", "/v1/config/public", None, None).await?)
}

pub async fn sign_in(body: &SignInRequest) -> Result<SignInResponse, ApiError> {
    json(send("POST", "/v1/sessions", Some(body), None).await?)
}

/// The sign-in's second step, with the password step's `token`: the
/// authenticator's code (or a recovery code).
pub async fn second_factor(token: &str, code: String) -> Result<SignInResponse, ApiError> {
    let body = SecondFactorRequest { code: code.into() };
    json(send("POST", "/v1/sessions/authenticator", Some(&body), Some(token)).await?)
}
