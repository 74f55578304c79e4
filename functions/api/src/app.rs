//! The application: ports and token keys wired once per process, and the
//! router for each route group (one Lambda function per group; the local
//! server mounts them all).

use std::sync::Arc;

use axum::Router;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Duration;
use latchkey_adapters::{AdapterConfig, ConfigError};
use latchkey_core::accounts::Accounts;
use latchkey_core::accounts::authenticator::Authenticators;
use latchkey_core::accounts::registration::Registrations;
use latchkey_core::admin::Admin;
use latchkey_core::directory::agents::Agents;
use latchkey_core::ports::Ports;
use latchkey_core::recovery::Resets;
use secrecy::SecretString;

use crate::auth::{KeyError, KeyMaterial, KeySource, Tokens};
use crate::problem::ApiError;
use crate::routes;

/// Why the process could not start. Raised at cold start, never per request.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(
        "no token keys: set LATCHKEY_PUBLIC_KEYS_PARAMETER (and, where sessions are issued, LATCHKEY_SIGNING_KEY_PARAMETER) in AWS, or LATCHKEY_SIGNING_KEY(_FILE) elsewhere"
    )]
    NoKeys,
    #[error("{0} is not set")]
    MissingKey(&'static str),
    #[error("could not read the signing key file {path}")]
    KeyFile {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error("LATCHKEY_TOKEN_TTL_SECONDS must be a number of seconds between 60 and 86400")]
    TokenTtl,
    #[error("could not read SSM parameter {name}")]
    KeyParameter {
        name: String,
        #[source]
        source: latchkey_core::PortError,
    },
}

/// Shared state of every handler. Cheap to clone.
#[derive(Clone)]
pub struct App {
    inner: Arc<Inner>,
}

struct Inner {
    accounts: Accounts,
    resets: Resets,
    registrations: Registrations,
    authenticators: Authenticators,
    passkeys: latchkey_core::accounts::passkeys::Passkeys,
    admin: Admin,
    agents: Agents,
    clients: latchkey_core::integrators::clients::Clients,
    scim: latchkey_core::integrators::scim::Scim,
    webhooks: latchkey_core::integrators::webhooks::Webhooks,
    lifecycle: latchkey_core::lifecycle::Lifecycle,
    pace: crate::pace::SendPace,

    tokens: Tokens,
}

impl App {
    pub fn new(ports: Ports, tokens: Tokens) -> Self {
        Self {
            inner: Arc::new(Inner {
                accounts: Accounts::new(ports.clone()),
                resets: Resets::new(ports.clone()),
                registrations: Registrations::new(ports.clone()),
                authenticators: Authenticators::new(ports.clone()),
                passkeys: latchkey_core::accounts::passkeys::Passkeys::new(ports.clone()),
                agents: Agents::new(ports.clone()),
                clients: latchkey_core::integrators::clients::Clients::new(ports.clone()),
                scim: latchkey_core::integrators::scim::Scim::new(ports.clone()),
                webhooks: latchkey_core::integrators::webhooks::Webhooks::new(ports.clone()),
                lifecycle: latchkey_core::lifecycle::Lifecycle::new(ports.clone()),
                admin: Admin::new(ports),
                pace: crate::pace::SendPace::default(),
                tokens,
            }),
        }
    }

    /// Builds everything from the environment: adapter settings (see
    /// `AdapterConfig::from_env`), the token keys (see `tokens_from_env`),
    /// `LATCHKEY_ISSUER`, `LATCHKEY_TOKEN_TTL_SECONDS`, and the code pepper
    /// (`LATCHKEY_CODE_PEPPER`, or `LATCHKEY_CODE_PEPPER_PARAMETER` naming an
    /// SSM SecureString).
    pub async fn from_env() -> Result<Self, StartupError> {
        let config = AdapterConfig::from_env()?;
        let parameters = latchkey_adapters::Parameters::connect(&config).await;
        let tokens = tokens_from_env(&parameters, None).await?;
        let (ports, _) = ports_from_env(config, &parameters).await?;
        Ok(Self::new(ports, tokens))
    }

    pub fn accounts(&self) -> &Accounts {
        &self.inner.accounts
    }

    /// Paces decoy challenges to look like real sends.
    pub fn pace(&self) -> &crate::pace::SendPace {
        &self.inner.pace
    }

    pub fn resets(&self) -> &Resets {
        &self.inner.resets
    }

    pub fn admin(&self) -> &Admin {
        &self.inner.admin
    }

    pub fn agents(&self) -> &Agents {
        &self.inner.agents
    }

    pub fn clients(&self) -> &latchkey_core::integrators::clients::Clients {
        &self.inner.clients
    }

    /// Identity providers' provisioning (SCIM 2.0).
    pub fn scim(&self) -> &latchkey_core::integrators::scim::Scim {
        &self.inner.scim
    }

    pub fn webhooks(&self) -> &latchkey_core::integrators::webhooks::Webhooks {
        &self.inner.webhooks
    }

    /// The owner's reports ("this wasn't me") and their lockdowns.
    pub fn lifecycle(&self) -> &latchkey_core::lifecycle::Lifecycle {
        &self.inner.lifecycle
    }

    pub fn registrations(&self) -> &Registrations {
        &self.inner.registrations
    }

    pub fn authenticators(&self) -> &Authenticators {
        &self.inner.authenticators
    }

    pub fn passkeys(&self) -> &latchkey_core::accounts::passkeys::Passkeys {
        &self.inner.passkeys
    }

    pub fn tokens(&self) -> &Tokens {
        &self.inner.tokens
    }
}

fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// The keys in the parameter store: the private key (a SecureString only
/// the signing functions may read) and the public key set (a String, JWKS
/// JSON) every function verifies with. Re-read by `Tokens` when stale.
pub struct ParameterKeys {
    pub parameters: latchkey_adapters::Parameters,
    /// The private key's parameter: set only where sessions are issued.
    pub signing: Option<String>,
    pub public: String,
}

#[async_trait::async_trait]
impl KeySource for ParameterKeys {
    async fn load(&self) -> Result<KeyMaterial, latchkey_core::PortError> {
        let signing = match &self.signing {
            Some(name) => Some(self.parameters.read(name).await?),
            None => None,
        };
        let text = self.parameters.read(&self.public).await?;
        let public = serde_json::from_str(secrecy::ExposeSecret::expose_secret(&text))
            .map_err(|e| latchkey_core::PortError::Failed { what: "public key set", source: Box::new(e) })?;
        Ok(KeyMaterial { signing, public })
    }
}

/// The ports the functions share, from the environment (see
/// [`App::from_env`]): the code pepper and the sealing key read from their
/// SSM parameters when they are not given directly. The webhooks function
/// opens the signing secrets the API sealed, so it needs the same keys.
pub async fn ports_from_env(
    mut config: AdapterConfig,
    parameters: &latchkey_adapters::Parameters,
) -> Result<(Ports, AdapterConfig), StartupError> {
    if config.code_pepper.is_none() {
        let name = env_var("LATCHKEY_CODE_PEPPER_PARAMETER")
            .ok_or(StartupError::MissingKey("LATCHKEY_CODE_PEPPER"))?;
        let pepper =
            parameters.read(&name).await.map_err(|source| StartupError::KeyParameter { name, source })?;
        config.code_pepper = Some(pepper);
    }
    if config.sealing_key.is_none()
        && let Some(name) = env_var("LATCHKEY_SEALING_KEY_PARAMETER")
    {
        let key =
            parameters.read(&name).await.map_err(|source| StartupError::KeyParameter { name, source })?;
        config.sealing_key = Some(key);
    }
    Ok((latchkey_adapters::connect(&config).await, config))
}

/// Reads the token settings from the environment.
///
/// In AWS: `LATCHKEY_PUBLIC_KEYS_PARAMETER` names the public key set every
/// function verifies with, and only the functions that issue sessions also
/// get `LATCHKEY_SIGNING_KEY_PARAMETER` (the private key); both are re-read
/// while warm, so a rotation (`latchkey-keys rotate`) needs no redeploy.
///
/// Elsewhere: the private key from `LATCHKEY_SIGNING_KEY` or
/// `LATCHKEY_SIGNING_KEY_FILE`, else `fallback` (the local server's generated
/// key); it signs and its public half verifies.
pub async fn tokens_from_env(
    parameters: &latchkey_adapters::Parameters,
    fallback: Option<SecretString>,
) -> Result<Tokens, StartupError> {
    let ttl = match env_var("LATCHKEY_TOKEN_TTL_SECONDS") {
        None => 900,
        Some(v) => {
            v.parse::<i64>().ok().filter(|s| (60..=86_400).contains(s)).ok_or(StartupError::TokenTtl)?
        }
    };
    let ttl = Duration::seconds(ttl);
    let issuer = env_var("LATCHKEY_ISSUER").unwrap_or_else(|| "latchkey".into());
    if let Some(public) = env_var("LATCHKEY_PUBLIC_KEYS_PARAMETER") {
        let source = ParameterKeys {
            parameters: parameters.clone(),
            signing: env_var("LATCHKEY_SIGNING_KEY_PARAMETER"),
            public: public.clone(),
        };
        return Ok(Tokens::from_source(Arc::new(source), &issuer, ttl).await?);
    }
    let pem = match (env_var("LATCHKEY_SIGNING_KEY"), env_var("LATCHKEY_SIGNING_KEY_FILE"), fallback) {
        (Some(pem), _, _) => SecretString::from(pem),
        (None, Some(path), _) => SecretString::from(
            std::fs::read_to_string(&path).map_err(|source| StartupError::KeyFile { path, source })?,
        ),
        (None, None, Some(pem)) => pem,
        (None, None, None) => return Err(StartupError::NoKeys),
    };
    Ok(Tokens::from_pem(&pem, &issuer, ttl)?)
}

/// A set of routes deployed together as one Lambda function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RouteGroup {
    /// `/healthz`, `/openapi.json`, `/.well-known/jwks.json`, `/v1/config/public`.
    Service,
    /// `POST /v1/sessions`, and `POST /v1/oauth/token` (integrators' access
    /// tokens): the one group that holds the signing key.
    Sessions,
    /// `POST /v1/password/change`.
    Password,
    /// `POST /v1/resets…`: self-service reset and unlock.
    Resets,
    /// `/v1/me…`: the signed-in user's own methods (registration).
    Me,
    /// `/v1/admin…`: administrators' policy.
    Admin,
    /// `/v1/agent…`: the writeback agents' own calls (signed by each agent).
    Agents,
    /// `/v1/reports…`: the activity reports (read only).
    Reports,
    /// Every route: the local server.
    All,
}

impl RouteGroup {
    /// The groups deployed as Lambda functions, each with its binary's name
    /// (`functions/lambdas/src/bin/<name>.rs`, `Metadata: Binary` in `template.yaml`).
    pub const DEPLOYED: [(RouteGroup, &'static str); 8] = [
        (RouteGroup::Service, "latchkey-service"),
        (RouteGroup::Sessions, "latchkey-sessions"),
        (RouteGroup::Password, "latchkey-password"),
        (RouteGroup::Resets, "latchkey-resets"),
        (RouteGroup::Me, "latchkey-me"),
        (RouteGroup::Admin, "latchkey-admin"),
        (RouteGroup::Agents, "latchkey-agents"),
        (RouteGroup::Reports, "latchkey-reports"),
    ];

    /// The OpenAPI tag its routes carry.
    pub fn tag(self) -> &'static str {
        match self {
            RouteGroup::Service => "service",
            RouteGroup::Sessions => "sessions",
            RouteGroup::Password => "password",
            RouteGroup::Resets => "resets",
            RouteGroup::Me => "me",
            RouteGroup::Admin => "admin",
            RouteGroup::Agents => "agents",
            RouteGroup::Reports => "reports",
            RouteGroup::All => "",
        }
    }

    /// Whether its function issues sessions, and so holds the private key
    /// (`template.yaml` grants the signing-key parameter to these alone).
    pub fn signs(self) -> bool {
        matches!(self, RouteGroup::Sessions | RouteGroup::All)
    }

    /// Whether its function holds the sealing keys: those that set up an
    /// authenticator (`Me`, and `Sessions` for a sign-in that registers one)
    /// or prove one (`Sessions`' second step, `Resets`). No other may read them.
    pub fn seals(self) -> bool {
        matches!(
            self,
            RouteGroup::Sessions | RouteGroup::Resets | RouteGroup::Me | RouteGroup::Admin | RouteGroup::All
        )
    }

    /// The tables (logical ids in `template.yaml`) its function reads or
    /// writes: its IAM policy may name these and no others.
    pub fn tables(self) -> &'static [&'static str] {
        match self {
            RouteGroup::Service => &["DirectoryTable"],
            // Agents and their jobs, nonces and enrolments; their audit
            // events; the users a sync writes.
            RouteGroup::Agents => &["DirectoryTable", "AuditTable", "FlowsTable"],
            // Reads the caller's session in the directory and the audit trail.
            RouteGroup::Reports => &["DirectoryTable", "AuditTable"],
            // Sign-in and change count password tries in the flows table (and
            // the authenticator's codes, registration's first one included);
            // administrators read lockouts there and an unlock clears them.
            RouteGroup::Me | RouteGroup::Sessions => &["DirectoryTable", "AuditTable", "FlowsTable"],
            // Every route that sets a password reads the breach corpus.
            RouteGroup::Password | RouteGroup::Resets | RouteGroup::Admin | RouteGroup::All => {
                &["DirectoryTable", "AuditTable", "FlowsTable", "BreachTable"]
            }
        }
    }
}

/// An unknown path: problem+json, or SCIM's error under `/scim/`.
async fn not_found(uri: axum::http::Uri) -> axum::response::Response {
    if uri.path().starts_with("/scim/") {
        return crate::routes::admin::scim::unknown(StatusCode::NOT_FOUND);
    }
    ApiError::NotFound.into_response()
}

/// The router for one group, with the cross-cutting behaviour every route
/// shares: problem+json for unknown paths and methods, `no-store` caching
/// unless a route says otherwise, and `nosniff`.
pub fn router(app: App, group: RouteGroup) -> Router {
    let (routes, _) = routes::group(group).split_for_parts();
    routes
        .fallback(not_found)
        .method_not_allowed_fallback(|uri: axum::http::Uri| async move {
            // SCIM's clients read errors in SCIM's shape (RFC 7644 §3.12).
            if uri.path().starts_with("/scim/") {
                return crate::routes::admin::scim::unknown(StatusCode::METHOD_NOT_ALLOWED);
            }
            ApiError::MethodNotAllowed.into_response()
        })
        .layer(axum::middleware::map_response(secure_headers))
        .layer(axum::middleware::from_fn(origin_lock))
        // Outermost: every answer, a refusal at the door included, is in the request's language.
        .layer(axum::middleware::from_fn(crate::language::speak))
        .with_state(app)
}

/// The secret CloudFront adds to every request it forwards
/// (`LATCHKEY_ORIGIN_SECRET`, from `template.yaml`'s `OriginSecret`): with it
/// set, a request that did not come through CloudFront — straight to the
/// `execute-api` endpoint, around the WAF and the edge's client address — is
/// refused. Unset (local use), nothing is checked.
static ORIGIN_SECRET: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();

/// The header CloudFront carries the origin secret in.
pub const ORIGIN_HEADER: &str = "x-latchkey-origin-verify";

async fn origin_lock(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let secret =
        ORIGIN_SECRET.get_or_init(|| std::env::var("LATCHKEY_ORIGIN_SECRET").ok().filter(|s| !s.is_empty()));
    if let Some(secret) = secret {
        use sha2::Digest;
        let given = request.headers().get(ORIGIN_HEADER).map(|v| v.as_bytes()).unwrap_or_default();
        // Compared as digests, so the comparison's time says nothing about the secret.
        let same = sha2::Sha256::digest(given) == sha2::Sha256::digest(secret.as_bytes());
        if !same {
            return ApiError::from(latchkey_core::Error::Forbidden).into_response();
        }
    }
    next.run(request).await
}

async fn secure_headers(mut response: Response) -> impl IntoResponse {
    let headers = response.headers_mut();
    headers.entry(header::CACHE_CONTROL).or_insert(HeaderValue::from_static("no-store"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    response
}
