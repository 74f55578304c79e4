//! The OpenAPI document, assembled from the handlers' annotations and the DTO types.

use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::routes::{admin, me, password, resets, service, sessions};

#[derive(OpenApi)]
#[openapi(
    info(title = "Latchkey", description = "Self-service password management: sign-in, change, reset and unlock."),
    paths(
        service::healthz, service::openapi, service::jwks, service::public_config,
        sessions::sign_in,
        password::change,
        resets::start, resets::challenge, resets::verify, resets::password, resets::unlock,
        me::me, me::register_email, me::register_mobile, me::verify,
        me::remove_email, me::remove_mobile, me::confirm, me::security_questions, me::register_questions,
        me::remove_questions,
        admin::policy, admin::preview_policy, admin::update_policy,
        admin::password_policy, admin::preview_password_policy, admin::update_password_policy,
        admin::custom_questions, admin::preview_custom_questions, admin::update_custom_questions,
        admin::telephony, admin::update_telephony,
        admin::find_user, admin::set_office_phone, admin::remove_office_phone, admin::set_password_expiry,
    ),
    modifiers(&BearerAuth),
    tags(
        (name = "service", description = "Health, discovery and public configuration"),
        (name = "sessions", description = "Sign-in"),
        (name = "password", description = "Password change"),
        (name = "resets", description = "Self-service reset and unlock"),
        (name = "admin", description = "Administrators: the reset, password and lockout policies; custom security questions; users' office phones and password expiry"),
        (name = "me", description = "The signed-in user's own verification methods (registration)"),
    )
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let mut scheme = Http::new(HttpAuthScheme::Bearer);
        scheme.bearer_format = Some("JWT".into());
        components.add_security_scheme("bearer", SecurityScheme::Http(scheme));
    }
}

/// The document served at `/openapi.json`.
pub fn document() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

/// Every `(method, path, tag)` the document describes, for consistency checks
/// against the router and `template.yaml`.
pub fn operations() -> Vec<(String, String, String)> {
    let doc = document();
    let mut ops = Vec::new();
    for (path, item) in doc.paths.paths {
        let methods = [
            ("GET", &item.get),
            ("POST", &item.post),
            ("PUT", &item.put),
            ("DELETE", &item.delete),
            ("PATCH", &item.patch),
        ];
        for (method, operation) in methods {
            if let Some(operation) = operation {
                let tag = operation.tags.as_ref().and_then(|t| t.first()).cloned().unwrap_or_default();
                ops.push((method.to_string(), path.clone(), tag));
            }
        }
    }
    ops.sort();
    ops
}
