//! Request extractors that turn bad input into clear problems before a
//! handler runs: JSON bodies (type, size, shape), the caller's address, and
//! the bearer session.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request};
use axum::http::header;
use axum::http::request::Parts;
use latchkey_core::model::audit::RequestMeta;
use latchkey_core::model::user::SessionToken;
use latchkey_core::model::values::UserId;
use serde::de::DeserializeOwned;

use crate::app::App;
use crate::auth::Claims;
use crate::problem::ApiError;

/// The largest request body accepted: over 64 KiB answers 413.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// A JSON body: `application/json` (else 415), at most 64 KiB (else 413),
/// of exactly the expected shape (else 400 naming the field). Error details
/// never echo the submitted values, which may be passwords.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, _state: &S) -> Result<Self, Self::Rejection> {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(|mime| {
                let mime = mime.trim().to_ascii_lowercase();
                mime == "application/json" || (mime.starts_with("application/") && mime.ends_with("+json"))
            })
            .unwrap_or(false);
        if !is_json {
            return Err(ApiError::UnsupportedMediaType);
        }
        let declared_too_large = req
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<usize>().ok())
            .is_some_and(|len| len > MAX_BODY_BYTES);
        if declared_too_large {
            return Err(ApiError::PayloadTooLarge);
        }
        let bytes = axum::body::to_bytes(req.into_body(), MAX_BODY_BYTES).await.map_err(|err| {
            if err.into_inner().is::<http_body_util::LengthLimitError>() {
                ApiError::PayloadTooLarge
            } else {
                ApiError::InvalidRequest { field: None, detail: "the request body could not be read".into() }
            }
        })?;
        parse_json(&bytes).map(ApiJson)
    }
}

/// Deserialises a body, describing any failure by field and kind only.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let not_json =
        || ApiError::InvalidRequest { field: None, detail: "the request body is not valid JSON".into() };
    // Every body is a JSON object; serde would also take a struct from an
    // array of its fields in order (`[]` for an empty one), which no client
    // is told it may send.
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    if first.is_some_and(|b| *b != b'{') {
        return Err(ApiError::InvalidRequest {
            field: None,
            detail: "the request body must be a JSON object".into(),
        });
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        let message = inner.to_string();
        // Only the start of serde's message is its own: further on it may
        // quote a mistyped string value, which must never be read as a name.
        let quoted = |prefix: &str| {
            message.strip_prefix(prefix).and_then(|rest| rest.split('`').next()).map(str::to_string)
        };
        // The path already ends at an unknown field, but stops at the parent of a missing one.
        let join = |name: &str| {
            if path == "." || path.is_empty() {
                name.to_string()
            } else if path == name || path.ends_with(&format!(".{name}")) {
                path.clone()
            } else {
                format!("{path}.{name}")
            }
        };
        let (field, detail) = if let Some(name) = quoted("unknown field `") {
            let f = join(&name);
            (Some(f.clone()), format!("{f} is not a known field"))
        } else if let Some(name) = quoted("missing field `") {
            let f = join(&name);
            (Some(f.clone()), format!("{f} is required"))
        } else if inner.is_data() {
            // The last ", expected " is serde's; an earlier one is inside a quoted value.
            let expected = message
                .rsplit_once(", expected ")
                .map(|(_, e)| e.split(" at line").next().unwrap_or(e).to_string())
                .unwrap_or_else(|| "another type".into());
            (Some(path.clone()), format!("{path} has the wrong type (expected {expected})"))
        } else if inner.is_eof() {
            (None, "the request body is empty or cut short".to_string())
        } else {
            return not_json();
        };
        ApiError::InvalidRequest { field, detail }
    })?;
    de.end().map_err(|_| not_json())?;
    Ok(value)
}

/// A query string of exactly the parameters `T` names (a struct with
/// `#[serde(deny_unknown_fields)]`, documented by its `IntoParams`): an
/// unknown parameter, or a value its type cannot take, is 400
/// `invalid_request` naming the parameter. A repeated parameter counts once,
/// with its last value.
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parse_query(parts.uri.query().unwrap_or_default()).map(ApiQuery)
    }
}

/// Deserialises a query string, describing any failure by parameter only.
pub fn parse_query<T: DeserializeOwned>(raw: &str) -> Result<T, ApiError> {
    let mut last: Vec<(String, String)> = Vec::new();
    for (name, value) in form_urlencoded::parse(raw.as_bytes()) {
        match last.iter_mut().find(|(seen, _)| *seen == name) {
            Some(pair) => pair.1 = value.into_owned(),
            None => last.push((name.into_owned(), value.into_owned())),
        }
    }
    let query = form_urlencoded::Serializer::new(String::new()).extend_pairs(last).finish();
    let de = serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
    serde_path_to_error::deserialize(de).map_err(|err| {
        let path = err.path().to_string();
        let message = err.into_inner().to_string();
        if let Some(name) = message.strip_prefix("unknown field `").and_then(|rest| rest.split('`').next()) {
            return ApiError::InvalidRequest {
                field: Some(name.to_owned()),
                detail: format!("{name} is not a parameter this route takes"),
            };
        }
        // The value failed its type's parse, whose messages quote nothing
        // the client sent: a `bool`'s or an integer's.
        let expected = if message.contains("`true` or `false`") {
            "must be true or false"
        } else if message.contains("digit") || message.contains("number") || message.contains("integer") {
            "must be a whole number"
        } else {
            "is not a value this parameter takes"
        };
        ApiError::InvalidRequest { field: Some(path.clone()), detail: format!("{path} {expected}") }
    })
}

/// Where the request came from, for the audit trail and the per-source limits.
pub struct Meta(pub RequestMeta);

/// The header that names the client when the edge sets it: behind
/// CloudFront, the site's viewer-request function writes the viewer's address
/// (what CloudFront reports as `CloudFront-Viewer-Address`) into
/// `x-latchkey-viewer-address`, overwriting whatever the client sent, and the
/// origin is locked to CloudFront (`template.yaml`). Set by
/// `LATCHKEY_CLIENT_ADDRESS_HEADER`; without it no header is trusted (anywhere
/// else a header is the caller's to invent).
static CLIENT_ADDRESS_HEADER: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();

/// The header the edge writes the viewer's address into (see `template.yaml`).
pub const VIEWER_ADDRESS_HEADER: &str = "x-latchkey-viewer-address";

fn client_address_header() -> Option<&'static str> {
    CLIENT_ADDRESS_HEADER
        .get_or_init(|| {
            std::env::var("LATCHKEY_CLIENT_ADDRESS_HEADER")
                .ok()
                .map(|h| h.trim().to_ascii_lowercase())
                .filter(|h| !h.is_empty())
        })
        .as_deref()
}

/// Trusts `VIEWER_ADDRESS_HEADER` in this process whatever the environment
/// says (the tests and the load driver stand in for CloudFront).
pub fn trust_viewer_address() {
    let _ = CLIENT_ADDRESS_HEADER.set(Some(VIEWER_ADDRESS_HEADER.to_string()));
}

/// The address in the trusted header: an IP, or `ip:port` (IPv6 in brackets or bare).
fn viewer_address(parts: &Parts, header: &str) -> Option<String> {
    let value = parts.headers.get(header)?.to_str().ok()?.trim();
    if let Ok(ip) = value.parse::<std::net::IpAddr>() {
        return Some(ip.to_string());
    }
    if let Ok(addr) = value.parse::<SocketAddr>() {
        return Some(addr.ip().to_string());
    }
    let (ip, _port) = value.rsplit_once(':')?;
    ip.trim_start_matches('[').trim_end_matches(']').parse::<std::net::IpAddr>().ok().map(|ip| ip.to_string())
}

impl<S: Send + Sync> FromRequestParts<S> for Meta {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        // Behind CloudFront (trusted): the viewer's address. Local server: the
        // socket peer. Lambda: API Gateway's view of the caller. Never a
        // client-supplied X-Forwarded-For.
        let from_edge = client_address_header().and_then(|header| viewer_address(parts, header));
        let client_ip = from_edge
            .or_else(|| {
                parts
                    .extensions
                    .get::<ConnectInfo<SocketAddr>>()
                    .map(|ConnectInfo(addr)| addr.ip().to_string())
            })
            .or_else(|| match parts.extensions.get::<lambda_http::request::RequestContext>() {
                Some(lambda_http::request::RequestContext::ApiGatewayV2(ctx)) => ctx.http.source_ip.clone(),
                _ => None,
            });
        let user_agent = parts
            .headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(|ua| ua.chars().take(256).collect());
        Ok(Meta(RequestMeta { client_ip, user_agent }))
    }
}

/// The signed-in person a bearer token names, as the domain knows them:
/// every session extractor gives one, so a route never spells a user id out
/// of claims itself.
pub struct Person {
    /// Whose session it is.
    pub id: UserId,
    /// The session's standing, which the domain checks against revocations.
    pub token: SessionToken,
    /// The rest of the token, for the routes that read more of it (its
    /// sign-in stage, when it was issued).
    pub claims: Claims,
}

impl From<Claims> for Person {
    fn from(claims: Claims) -> Self {
        Self { id: UserId::new(claims.sub.clone()), token: claims.session(), claims }
    }
}

/// A valid bearer session; 401 `unauthorized` otherwise, and 403
/// `password_change_required` for a session that must change the password
/// first (only `ChangeSession` takes those).
pub struct Session(pub Person);

/// Any valid bearer session, including one limited to changing the
/// password: for `POST /v1/password/change` alone.
pub struct ChangeSession(pub Person);

fn bearer_token(parts: &Parts) -> Result<&str, ApiError> {
    parts
        .headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
        .map(str::trim)
        .ok_or(ApiError::Unauthorized)
}

/// A person's token: a client's is refused here (`Tokens::verify`), so no
/// session extractor ever takes one.
async fn bearer_claims(parts: &Parts, app: &App) -> Result<Claims, ApiError> {
    app.tokens().verify(bearer_token(parts)?, app.accounts().ports().clock.now()).await
}

/// A signed-in session's claims: a token still waiting for the sign-in's
/// second step is refused (403 `second_factor_required`) before anything else.
fn signed_in(claims: Claims) -> Result<Claims, ApiError> {
    if claims.stg.is_some() {
        return Err(latchkey_core::Error::SecondFactorRequired.into());
    }
    Ok(claims)
}

/// A full session's claims: signed in, and not held to a password change.
fn full_session(claims: Claims) -> Result<Claims, ApiError> {
    let claims = signed_in(claims)?;
    if claims.pwc {
        return Err(ApiError::PasswordChangeRequired);
    }
    Ok(claims)
}

impl FromRequestParts<App> for Session {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Self::Rejection> {
        Ok(Session(full_session(bearer_claims(parts, app).await?)?.into()))
    }
}

impl FromRequestParts<App> for ChangeSession {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Self::Rejection> {
        Ok(ChangeSession(signed_in(bearer_claims(parts, app).await?)?.into()))
    }
}

/// A token that must be at the sign-in's second step `stage`, for that
/// step's routes alone; any other bearer token is 403 (a full session has
/// nothing to prove, so it may not take the step again).
async fn stage_claims(parts: &Parts, app: &App, stage: crate::auth::SignInStage) -> Result<Claims, ApiError> {
    let claims = bearer_claims(parts, app).await?;
    if claims.stg != Some(stage) {
        return Err(latchkey_core::Error::Forbidden.into());
    }
    Ok(claims)
}

/// The caller of a route an integrator may use too: a full session (as
/// [`Session`] takes it) or a client's access token, as the domain's
/// [`latchkey_core::model::clients::Caller`]. The domain checks the client's scope
/// and that it still exists.
pub struct Principal(pub latchkey_core::model::clients::Caller);

impl FromRequestParts<App> for Principal {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Self::Rejection> {
        use latchkey_core::model::clients::{Caller, ClientId, Scopes};
        let token = bearer_token(parts)?;
        match app.tokens().verify_bearer(token, app.accounts().ports().clock.now()).await? {
            crate::auth::Bearer::Client(claims) => {
                let id = ClientId::parse(&claims.client_id).map_err(|_| ApiError::Unauthorized)?;
                let scopes =
                    Scopes::parse_space_separated(&claims.scope).map_err(|_| ApiError::Unauthorized)?;
                Ok(Principal(Caller::Client { id, scopes }))
            }
            // Judged as `Session` judges it, from the token verified above.
            crate::auth::Bearer::User(claims) => {
                let person = Person::from(full_session(claims)?);
                Ok(Principal(Caller::User { id: person.id, token: person.token }))
            }
        }
    }
}

/// The long-lived bearer token an identity provider keeps for SCIM: the
/// client's id and secret joined by a dot. It is the client's secret, so it
/// rotates and is revoked with it; it is taken on `/scim/v2` alone, where
/// providers cannot fetch OAuth tokens (Entra's "Secret Token", Okta's
/// header authentication).
pub fn provisioning_token(
    client: &latchkey_core::model::clients::ClientId,
    secret: &latchkey_core::model::clients::ClientSecret,
) -> String {
    format!("{client}.{}", secret.expose())
}

/// The caller of a SCIM route: as [`Principal`], or a client by its
/// [`provisioning_token`], authenticated as the token endpoint does it
/// (failures counted per address first, audited, the same answer for an
/// unknown client and a wrong secret).
pub struct Provisioner(pub latchkey_core::model::clients::Caller);

impl FromRequestParts<App> for Provisioner {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Self::Rejection> {
        use latchkey_core::integrators::clients::TokenRefusal;
        use latchkey_core::model::clients::{Caller, ClientSecret};
        let token = bearer_token(parts)?;
        let Some((id, secret)) = token.split_once('.').filter(|(id, _)| id.starts_with("lkc_")) else {
            return Ok(Provisioner(Principal::from_request_parts(parts, app).await?.0));
        };
        let (id, secret) = (id.to_owned(), ClientSecret::new(secrecy::SecretString::from(secret.to_owned())));
        let Ok(Meta(meta)) = Meta::from_request_parts(parts, app).await;
        match app.clients().authenticate(&id, &secret, None, &meta).await {
            Ok(grant) => Ok(Provisioner(Caller::Client { id: grant.client, scopes: grant.scopes })),
            Err(TokenRefusal::TooManyRequests { retry_after }) => {
                Err(latchkey_core::Error::TooManyRequests { retry_after }.into())
            }
            Err(TokenRefusal::Domain(err)) => Err(err.into()),
            Err(TokenRefusal::InvalidClient | TokenRefusal::InvalidScope) => Err(ApiError::Unauthorized),
        }
    }
}

/// A token waiting for its authenticator code: `POST /v1/sessions/authenticator` alone.
pub struct SecondStepSession(pub Person);

impl FromRequestParts<App> for SecondStepSession {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Self::Rejection> {
        let claims = stage_claims(parts, app, crate::auth::SignInStage::AuthenticatorCode).await?;
        Ok(SecondStepSession(claims.into()))
    }
}

/// A full session, or a sign-in's token that may only register a method:
/// one that must register an authenticator, or one a Temporary Access Pass
/// opened. The methods' set-up routes.
pub struct EnrolSession(pub Person);

impl FromRequestParts<App> for EnrolSession {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Self::Rejection> {
        let claims = bearer_claims(parts, app).await?;
        match claims.stg {
            Some(crate::auth::SignInStage::RegisterAuthenticator | crate::auth::SignInStage::AccessPass) => {
                Ok(EnrolSession(claims.into()))
            }
            Some(_) => Err(latchkey_core::Error::SecondFactorRequired.into()),
            None if claims.pwc => Err(ApiError::PasswordChangeRequired),
            None => Ok(EnrolSession(claims.into())),
        }
    }
}

/// A token a Temporary Access Pass opened: setting the password from it.
pub struct PassSession(pub Person);

impl FromRequestParts<App> for PassSession {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Self::Rejection> {
        let claims = stage_claims(parts, app, crate::auth::SignInStage::AccessPass).await?;
        Ok(PassSession(claims.into()))
    }
}

/// The language the request is answered in (`?lang=`, then
/// `Accept-Language`, then English: see [`crate::language`]).
pub struct Language(pub latchkey_core::model::language::Language);

impl<S: Send + Sync> FromRequestParts<S> for Language {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        // The layer decided it; a router built without the layer (a test's)
        // still honours the header.
        let decided = parts.extensions.get::<latchkey_core::model::language::Language>().copied();
        Ok(Language(decided.unwrap_or_else(|| {
            parts
                .headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(crate::language::negotiate)
                .unwrap_or_default()
        })))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use latchkey_dto::SignInRequest;

    fn field_of(body: &str) -> (Option<String>, String) {
        match parse_json::<SignInRequest>(body.as_bytes()) {
            Err(ApiError::InvalidRequest { field, detail }) => (field, detail),
            other => panic!("expected invalid_request, got {:?}", other.map(|_| ())),
        }
    }

    #[test]
    fn unknown_missing_and_mistyped_fields_are_named() {
        assert_eq!(field_of(r#"{"username":"a","password":"b","extra":1}"#).0.as_deref(), Some("extra"));
        assert_eq!(field_of(r#"{"username":"a"}"#).0.as_deref(), Some("password"));
        let (field, detail) = field_of(r#"{"username":"a","password":12345}"#);
        assert_eq!(field.as_deref(), Some("password"));
        assert!(!detail.contains("12345"), "{detail}");
    }

    #[test]
    fn values_are_never_echoed() {
        let (_, detail) = field_of(r#"{"username":"a","password":"hunter2-secret","x":"hunter2-secret"}"#);
        assert!(!detail.contains("hunter2"), "{detail}");
        let (field, detail) = field_of(r#"{"username":"a","password":"hunter2-secret""#);
        assert_eq!(field, None);
        assert!(!detail.contains("hunter2"));
    }

    #[test]
    fn a_body_that_is_not_an_object_is_refused() {
        // schemathesis found `[]` taken for the empty unlock request.
        for body in ["[]", " [] ", r#"["a","b"]"#, "null", "1", r#""x""#] {
            assert!(parse_json::<latchkey_dto::UnlockRequest>(body.as_bytes()).is_err(), "{body}");
            assert!(parse_json::<SignInRequest>(body.as_bytes()).is_err(), "{body}");
        }
        assert!(parse_json::<latchkey_dto::UnlockRequest>(b" {} ").is_ok());
    }

    #[test]
    fn a_mistyped_value_that_reads_like_serde_text_is_not_echoed() {
        // serde quotes a mistyped string value in its message; these once came
        // back as a field name or an "expected" type (json_bodies fuzz target).
        for body in [
            r#"{"never_expires":"unknown field `hunter2`"}"#,
            r#"{"never_expires":"missing field `hunter2`"}"#,
            r#"{"never_expires":"x, expected hunter2"}"#,
        ] {
            match parse_json::<latchkey_dto::PasswordExpiryRequest>(body.as_bytes()) {
                Err(ApiError::InvalidRequest { field, detail }) => {
                    assert_eq!(field.as_deref(), Some("never_expires"), "{body}");
                    assert!(!detail.contains("hunter2"), "{body}: {detail}");
                    assert!(detail.ends_with("(expected a boolean)"), "{body}: {detail}");
                }
                other => panic!("expected invalid_request, got {:?}", other.map(|_| ())),
            }
        }
    }

    #[test]
    fn trailing_garbage_is_refused() {
        assert!(parse_json::<SignInRequest>(br#"{"username":"a","password":"b"} x"#).is_err());
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Filters {
        flag: Option<bool>,
        limit: Option<u32>,
        next: Option<String>,
    }

    fn query_refusal(raw: &str) -> (Option<String>, String) {
        match parse_query::<Filters>(raw) {
            Err(ApiError::InvalidRequest { field, detail }) => (field, detail),
            other => panic!("expected invalid_request for {raw}, got {other:?}"),
        }
    }

    #[test]
    fn a_query_takes_its_parameters_once_each_the_last_value_counting() {
        let parsed = parse_query::<Filters>("flag=true&limit=5&next=a%2Bb&limit=7").unwrap();
        assert_eq!((parsed.flag, parsed.limit, parsed.next.as_deref()), (Some(true), Some(7), Some("a+b")));
        let empty = parse_query::<Filters>("").unwrap();
        assert_eq!((empty.flag, empty.limit, empty.next), (None, None, None));
    }

    #[test]
    fn an_unknown_or_mistyped_parameter_is_named_and_its_value_never_echoed() {
        assert_eq!(
            query_refusal("colour=red"),
            (Some("colour".into()), "colour is not a parameter this route takes".into())
        );
        assert_eq!(query_refusal("flag=hunter2"), (Some("flag".into()), "flag must be true or false".into()));
        assert_eq!(query_refusal("flag="), (Some("flag".into()), "flag must be true or false".into()));
        for raw in ["limit=hunter2", "limit=-1", "limit=99999999999", "limit="] {
            assert_eq!(
                query_refusal(raw),
                (Some("limit".into()), "limit must be a whole number".into()),
                "{raw}"
            );
        }
    }
}
