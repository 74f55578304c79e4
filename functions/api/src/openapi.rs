//! The OpenAPI document, assembled from the handlers' annotations and the DTO types.

use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::routes::{
    admin, admin_agents, agents, clients, groups, import, me, oauth, password, reports, resets, service,
    sessions, users,
};

#[derive(OpenApi)]
#[openapi(
    info(title = "Latchkey", description = "Self-service password management: sign-in, change, reset and unlock."),
    paths(
        service::healthz, service::openapi, service::jwks, service::public_config,
        sessions::sign_in, sessions::second_factor, sessions::register_authenticator,
        password::change,
        resets::start, resets::challenge, resets::verify, resets::password, resets::unlock,
        me::me, me::register_email, me::register_mobile, me::verify,
        me::remove_email, me::remove_mobile, me::confirm, me::security_questions, me::register_questions,
        me::remove_questions, me::set_up_authenticator, me::verify_authenticator, me::remove_authenticator,
        admin::policy, admin::preview_policy, admin::update_policy,
        admin::password_policy, admin::preview_password_policy, admin::update_password_policy,
        admin::breach_status,
        admin::custom_questions, admin::preview_custom_questions, admin::update_custom_questions,
        admin::telephony, admin::update_telephony,
        admin::branding, admin::update_branding, admin::reset_limits, admin::update_reset_limits,
        admin::set_office_phone, admin::remove_office_phone, admin::set_password_expiry,
        users::operator, users::list_users, users::user_detail, users::update_user, users::reset_password,
        users::unlock, users::end_sessions, users::clear_methods, users::create_user, users::delete_user, users::invite,
        users::start_verification, users::check_verification,
        groups::list_groups, groups::create_group, groups::group, groups::update_group, groups::delete_group,
        groups::members, groups::add_member, groups::remove_member,
        resets::accept_invitation, import::import, import::export,
        admin_agents::create_enrolment, admin_agents::list_agents, admin_agents::revoke_agent,
        agents::enrol, agents::next_job, agents::result, agents::rotate_keys, agents::sync,
        reports::reset_activity, reports::registration_activity, reports::registration_summary,
        reports::not_registered, reports::insights,
        oauth::token,
        clients::list_clients, clients::create_client, clients::rotate_secret, clients::revoke_client,
    ),
    modifiers(&BearerAuth, &SharedResponses),
    tags(
        (name = "service", description = "Health, discovery and public configuration"),
        (name = "sessions", description = "Sign-in; integrators' access tokens (`POST /v1/oauth/token`, OAuth 2.0 client credentials)"),
        (name = "password", description = "Password change"),
        (name = "resets", description = "Self-service reset and unlock"),
        (name = "admin", description = "Administrators and the helpdesk: users (search, detail, edits, password resets, unlocks, sessions); groups and their members; the reset, password and lockout policies; custom security questions; telephony guardrails"),
        (name = "me", description = "The signed-in user's own verification methods (registration)"),
        (name = "agents", description = "The on-premises writeback agents' own calls: enrolment, jobs and their results, key rotation. Signed with the agent's Ed25519 key (`Authorization: Latchkey-Agent <agent> <unix seconds> <nonce> <signature>`)"),
        (name = "reports", description = "The self-service password management activity: filtered, paged, or as CSV"),
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
        // The token endpoint's client authentication (RFC 6749 §2.3.1).
        components.add_security_scheme("basic", SecurityScheme::Http(Http::new(HttpAuthScheme::Basic)));
    }
}

/// The answers every route of a kind gives before its handler runs, listed on
/// each such operation (where its annotation has not said more): the bearer
/// extractor's 401 (and 403 for a must-change session) on every protected route, and the JSON body extractor's
/// 400, 413 and 415 on every route that takes a body (`crate::extract`).
struct SharedResponses;

impl Modify for SharedResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        let problem = |description: &str| {
            ResponseBuilder::new()
                .description(description)
                .content(
                    "application/problem+json",
                    ContentBuilder::new().schema(Some(Ref::from_schema_name("Problem"))).build(),
                )
                .build()
        };
        for item in openapi.paths.paths.values_mut() {
            let operations =
                [&mut item.get, &mut item.post, &mut item.put, &mut item.delete, &mut item.patch];
            for operation in operations.into_iter().flatten() {
                let mut shared = Vec::new();
                if operation.security.as_ref().is_some_and(|s| !s.is_empty()) {
                    shared.push((
                        "401",
                        "`unauthorized`: no bearer token, or one that is invalid, expired or revoked",
                    ));
                    // Every protected route but the change itself refuses a
                    // session that must change the password first.
                    shared.push((
                        "403",
                        "`password_change_required`: this session may only change the password",
                    ));
                }
                if operation.request_body.is_some() {
                    shared.push(("400", "`invalid_request`: the body is not JSON of this shape, or a value is invalid (named in `field`)"));
                    shared.push(("413", "`payload_too_large`: the body is over 64 KiB"));
                    shared.push(("415", "`unsupported_media_type`: the body is not `application/json`"));
                }
                for (status, description) in shared {
                    operation
                        .responses
                        .responses
                        .entry(status.into())
                        .or_insert_with(|| problem(description).into());
                }
            }
        }
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
