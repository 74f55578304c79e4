//! `POST /v1/oauth/token`: the OAuth 2.0 client credentials grant (RFC 6749
//! §4.4) for integrators. Served by the sessions group, the one function
//! that holds the signing key. Its errors are RFC 6749 §5.2's JSON, not
//! problem+json; nothing a client sent (its secret least of all) is echoed
//! or logged.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use latchkey_core::integrators::clients::{ClientAuthMethod, TokenRefusal};
use latchkey_core::model::clients::ClientSecret;
use latchkey_dto::{OAuthError, TokenResponse};
use secrecy::SecretString;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::app::App;
use crate::extract::{MAX_BODY_BYTES, Meta};
use crate::problem::ApiError;

/// This room's routes, part of the sessions group.
pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new().routes(routes!(token))
}

/// The realm named in `WWW-Authenticate: Basic`.
const REALM: &str = r#"Basic realm="latchkey", charset="UTF-8""#;

/// A refusal in RFC 6749 §5.2's shape.
#[derive(Debug)]
pub struct Refusal {
    status: StatusCode,
    error: &'static str,
    description: &'static str,
    /// `WWW-Authenticate: Basic` (RFC 6749 §5.2: when the client used, or could use, Basic).
    challenge: bool,
    retry_after: Option<u64>,
}

impl Refusal {
    fn invalid_request(description: &'static str) -> Self {
        Self {
            status: StatusCode::BAD_REQUEST,
            error: "invalid_request",
            description,
            challenge: false,
            retry_after: None,
        }
    }

    fn invalid_client(challenge: bool) -> Self {
        Self {
            status: StatusCode::UNAUTHORIZED,
            error: "invalid_client",
            description: "Client authentication failed.",
            challenge,
            retry_after: None,
        }
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        tracing::info!(error = self.error, status = self.status.as_u16(), "token request refused");
        let body = OAuthError { error: self.error.into(), error_description: self.description.into() };
        let mut response = (self.status, Json(body)).into_response();
        let headers = response.headers_mut();
        headers.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
        if self.challenge {
            headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static(REALM));
        }
        if let Some(seconds) = self.retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// What a token request failed with: an OAuth refusal, or an outage (problem+json, 5xx).
pub enum TokenError {
    Refused(Refusal),
    Api(ApiError),
}

impl From<Refusal> for TokenError {
    fn from(r: Refusal) -> Self {
        TokenError::Refused(r)
    }
}

impl From<ApiError> for TokenError {
    fn from(e: ApiError) -> Self {
        TokenError::Api(e)
    }
}

impl IntoResponse for TokenError {
    fn into_response(self) -> Response {
        match self {
            TokenError::Refused(r) => r.into_response(),
            TokenError::Api(e) => e.into_response(),
        }
    }
}

/// The form's parameters; a repeated one is refused (RFC 6749 §3.2).
fn form(bytes: &[u8]) -> Result<std::collections::HashMap<String, String>, Refusal> {
    let mut out = std::collections::HashMap::new();
    for (name, value) in form_urlencoded::parse(bytes) {
        if out.insert(name.into_owned(), value.into_owned()).is_some() {
            return Err(Refusal::invalid_request("A parameter was sent more than once."));
        }
    }
    Ok(out)
}

/// One form-urlencoded half of a Basic credential (RFC 6749 §2.3.1).
fn form_decoded(part: &str) -> String {
    form_urlencoded::parse(format!("v={part}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

/// The client's id and secret from `Authorization: Basic`, if that header
/// is sent; `Err` when it is malformed.
fn basic(headers: &HeaderMap) -> Result<Option<(String, ClientSecret)>, Refusal> {
    let Some(value) = headers.get(header::AUTHORIZATION) else { return Ok(None) };
    let malformed = || Refusal::invalid_client(true);
    let value = value.to_str().map_err(|_| malformed())?;
    let (scheme, encoded) = value.split_once(' ').ok_or_else(malformed)?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return Err(malformed());
    }
    let decoded =
        base64::engine::general_purpose::STANDARD.decode(encoded.trim()).map_err(|_| malformed())?;
    let decoded = String::from_utf8(decoded).map_err(|_| malformed())?;
    let (id, secret) = decoded.split_once(':').ok_or_else(malformed)?;
    let (id, secret) = (form_decoded(id), form_decoded(secret));
    if id.is_empty() || secret.is_empty() {
        return Err(malformed());
    }
    Ok(Some((id, ClientSecret::new(SecretString::from(secret)))))
}

/// Issues an access token to an API client (RFC 6749 §4.4).
///
/// Form parameters: `grant_type=client_credentials`, optional `scope`
/// (space-separated, a subset of the client's; all of them by default),
/// and the client's credentials either in `Authorization: Basic` or as
/// `client_id` and `client_secret`, never both. Failed authentications are
/// counted per client address (10 in 10 minutes, then 429 for 10 minutes).
#[utoipa::path(post, path = "/v1/oauth/token", tag = "sessions",
    request_body(content = String, content_type = "application/x-www-form-urlencoded",
        description = "grant_type=client_credentials[&scope=…][&client_id=…&client_secret=…]"),
    security((), ("basic" = [])),
    responses(
        (status = 200, description = "An access token (an EdDSA `at+jwt`, 10 minutes)", body = TokenResponse),
        (status = 400, description = "`invalid_request`, `unsupported_grant_type`, `invalid_scope`", body = OAuthError),
        (status = 401, description = "`invalid_client` (with `WWW-Authenticate: Basic`)", body = OAuthError),
        (status = 429, description = "`slow_down`: too many failed authentications from this address; `Retry-After`", body = OAuthError),
    ))]
#[expect(
    clippy::too_many_lines,
    reason = "the token request's checks in RFC 6749's order (media type, grant, client authentication by header or body, scope) read best as one sequence"
)]
pub async fn token(
    State(app): State<App>,
    Meta(meta): Meta,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, TokenError> {
    let is_form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/x-www-form-urlencoded"));
    if !is_form {
        return Err(Refusal::invalid_request("Send the body as application/x-www-form-urlencoded.").into());
    }
    if body.len() > MAX_BODY_BYTES {
        return Err(Refusal::invalid_request("The request body is too large.").into());
    }
    let params = form(&body)?;
    match params.get("grant_type").map(String::as_str) {
        None => return Err(Refusal::invalid_request("grant_type is required.").into()),
        Some("client_credentials") => {}
        Some(_) => {
            return Err(Refusal {
                status: StatusCode::BAD_REQUEST,
                error: "unsupported_grant_type",
                description: "Only the client_credentials grant is offered.",
                challenge: false,
                retry_after: None,
            }
            .into());
        }
    }
    let from_body = match (params.get("client_id"), params.get("client_secret")) {
        (Some(id), Some(secret)) => Some((id.clone(), ClientSecret::new(SecretString::from(secret.clone())))),
        (None, None) => None,
        _ => {
            return Err(
                Refusal::invalid_request("Send both client_id and client_secret, or use Basic.").into()
            );
        }
    };
    let (method, (id, secret)) = match (basic(&headers)?, from_body) {
        (Some(_), Some(_)) => {
            return Err(
                Refusal::invalid_request("Authenticate the client one way only: Basic or the body.").into()
            );
        }
        (Some(credentials), None) => (ClientAuthMethod::Basic, credentials),
        (None, Some(credentials)) => (ClientAuthMethod::Body, credentials),
        (None, None) => return Err(Refusal::invalid_client(true).into()),
    };
    let scope = params.get("scope").map(String::as_str);
    let grant = match app.clients().authenticate(&id, &secret, scope, &meta).await {
        Ok(grant) => grant,
        Err(TokenRefusal::InvalidClient) => {
            return Err(Refusal::invalid_client(method == ClientAuthMethod::Basic).into());
        }
        Err(TokenRefusal::InvalidScope) => {
            return Err(Refusal {
                status: StatusCode::BAD_REQUEST,
                error: "invalid_scope",
                description: "The requested scope is unknown or not granted to this client.",
                challenge: false,
                retry_after: None,
            }
            .into());
        }
        Err(TokenRefusal::TooManyRequests { retry_after }) => {
            return Err(Refusal {
                status: StatusCode::TOO_MANY_REQUESTS,
                error: "slow_down",
                description: "Too many failed client authentications from this address. Wait, then try again.",
                challenge: false,
                retry_after: Some(retry_after),
            }
            .into());
        }
        Err(TokenRefusal::Domain(err)) => return Err(ApiError::from(err).into()),
    };
    let now = app.accounts().ports().clock.now();
    let jti = app.accounts().ports().random.hex(16);
    let (access_token, ttl) = app.tokens().issue_client(&grant, now, jti).await?;
    let body = TokenResponse {
        access_token: access_token.into(),
        token_type: "Bearer".into(),
        expires_in: ttl.num_seconds(),
        scope: grant.scopes.to_space_separated(),
    };
    let mut response = (StatusCode::OK, Json(body)).into_response();
    response.headers_mut().insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    Ok(response)
}
