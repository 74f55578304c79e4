//! Service routes: health, OpenAPI, JWKS and the public configuration.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::IntoResponse;
use latchkey_core::model::values::MAX_PASSWORD_CHARS;
use latchkey_dto::{Health, Jwks, PasswordRules, PublicConfig};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::app::App;
use crate::problem::ApiError;
use crate::routes::convert::{language, method_kind};

/// Every route of the group.
pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new()
        .routes(routes!(healthz))
        .routes(routes!(openapi))
        .routes(routes!(jwks))
        .routes(routes!(public_config))
}

/// Liveness: the function is up. It does not touch AWS, so it is cheap to poll.
#[utoipa::path(get, path = "/healthz", tag = "service",
    responses((status = 200, description = "Up", body = Health)))]
pub async fn healthz() -> Json<Health> {
    Json(Health { status: "ok".into() })
}

/// This API's OpenAPI 3.1 document, generated from the code.
#[utoipa::path(get, path = "/openapi.json", tag = "service",
    responses((status = 200, description = "The OpenAPI document", content_type = "application/json")))]
pub async fn openapi() -> impl IntoResponse {
    let mut response = Json(crate::openapi::document()).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300"));
    response
}

/// The public keys that verify Latchkey's session tokens.
#[utoipa::path(get, path = "/.well-known/jwks.json", tag = "service",
    responses((status = 200, description = "JSON Web Key Set", body = Jwks)))]
pub async fn jwks(State(app): State<App>) -> impl IntoResponse {
    let mut response = Json(app.tokens().jwks().await).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300"));
    response
}

/// Branding, enabled methods, password rules and the organisation's
/// language, for the pages shown before sign-in.
#[utoipa::path(get, path = "/v1/config/public", tag = "service",
    responses(
        (status = 200, description = "Public configuration", body = PublicConfig),
        (status = 503, description = "The directory is unavailable"),
    ))]
pub async fn public_config(State(app): State<App>) -> Result<Json<PublicConfig>, ApiError> {
    let settings = app.accounts().ports().directory.settings().await.map_err(latchkey_core::Error::from)?;
    Ok(Json(PublicConfig {
        company_name: settings.name,
        logo_url: settings.logo_url,
        contact_url: settings.contact_url,
        methods: settings.registration.methods_allowed.iter().map(|k| method_kind(*k)).collect(),
        password_rules: PasswordRules {
            min_length: settings.password.min_length,
            max_length: MAX_PASSWORD_CHARS as u16,
            history: settings.password.history,
            banned_terms_checked: true,
            max_age_days: settings.password.max_age_days,
        },
        default_language: language(settings.default_language),
    }))
}
