//! The OpenAPI document, assembled from the handlers' annotations and the DTO types.

use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::app::RouteGroup;

/// What the document says beside its operations, which come from the
/// routes' registration (`crate::routes::group`).
#[derive(OpenApi)]
#[openapi(
    info(title = "Latchkey", description = "Self-service password management: sign-in, change, reset and unlock."),
    modifiers(&BearerAuth),
    // Every error answer's body, which `SharedResponses` names.
    components(schemas(latchkey_dto::Problem)),
    tags(
        (name = "service", description = "Health, discovery and public configuration"),
        (name = "sessions", description = "Sign-in; integrators' access tokens (`POST /v1/oauth/token`, OAuth 2.0 client credentials)"),
        (name = "password", description = "Password change"),
        (name = "resets", description = "Self-service reset and unlock"),
        (name = "admin", description = "Administrators and the helpdesk: users (search, detail, edits, password resets, unlocks, sessions); groups and their members; the reset, password and lockout policies; custom security questions; telephony guardrails; and `/scim/v2`, SCIM 2.0 (RFC 7643, 7644) for identity providers' provisioning — an API client's token with `scim:read` or `scim:write`, `application/scim+json`, errors in SCIM's own shape"),
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

/// The answers routes share, so that no annotation restates them. Every
/// error leaves as problem+json (`crate::problem`), so each 4xx and 5xx an
/// annotation lists without a body gets the `Problem` body. And every route
/// of a kind answers some statuses before its handler runs, added where the
/// annotation has not said more: the bearer extractor's 401 (and 403 for a
/// must-change session) on every protected route, and the JSON body
/// extractor's 400, 413 and 415 on every route that takes a body
/// (`crate::extract`).
struct SharedResponses;

/// The problem+json content every error answer has.
fn problem_content() -> utoipa::openapi::Content {
    utoipa::openapi::ContentBuilder::new()
        .schema(Some(utoipa::openapi::Ref::from_schema_name("Problem")))
        .build()
}

impl Modify for SharedResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{RefOr, ResponseBuilder};
        let problem = |description: &str| {
            ResponseBuilder::new().description(description).content(PROBLEM_JSON, problem_content()).build()
        };
        let scim_error = |description: &str| {
            ResponseBuilder::new().description(description).content(SCIM_JSON, scim_error_content()).build()
        };
        for (path, item) in openapi.paths.paths.iter_mut() {
            // SCIM answers errors in its own shape (RFC 7644 §3.12).
            let scim = path.starts_with("/scim/");
            let operations =
                [&mut item.get, &mut item.post, &mut item.put, &mut item.delete, &mut item.patch];
            for operation in operations.into_iter().flatten() {
                for (status, response) in operation.responses.responses.iter_mut() {
                    let is_error = status.starts_with('4') || status.starts_with('5');
                    if let RefOr::T(response) = response
                        && is_error
                        && response.content.is_empty()
                    {
                        if scim {
                            response.content.insert(SCIM_JSON.into(), scim_error_content());
                        } else {
                            response.content.insert(PROBLEM_JSON.into(), problem_content());
                        }
                    }
                }
                if scim {
                    for (status, description) in [
                        ("401", "No bearer token of a SCIM client, or one invalid, expired or revoked"),
                        ("403", "The token holds no SCIM scope for this"),
                        (
                            "400",
                            "`invalidSyntax` or `invalidValue`: the body is not a JSON object of this shape",
                        ),
                        ("413", "The body is over 64 KiB"),
                        ("415", "The body is not `application/scim+json` (or `application/json`)"),
                        ("503", "A dependency is down; nothing changed"),
                    ] {
                        let takes_body = operation.request_body.is_some();
                        if matches!(status, "400" | "413" | "415") && !takes_body {
                            continue;
                        }
                        operation
                            .responses
                            .responses
                            .entry(status.into())
                            .or_insert_with(|| scim_error(description).into());
                    }
                    continue;
                }
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

/// The media type of every error answer.
const PROBLEM_JSON: &str = "application/problem+json";

/// SCIM's media type, its answers' and its errors'.
const SCIM_JSON: &str = "application/scim+json";

/// A SCIM error's body (RFC 7644 §3.12).
fn scim_error_content() -> utoipa::openapi::Content {
    use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Type};
    let text = || ObjectBuilder::new().schema_type(Type::String);
    let schema = ObjectBuilder::new()
        .property("schemas", ArrayBuilder::new().items(text()))
        .property("status", text())
        .property("scimType", text())
        .property("detail", text())
        .required("schemas")
        .required("status");
    utoipa::openapi::ContentBuilder::new().schema(Some(schema)).build()
}

/// The document served at `/openapi.json`: every route group's
/// operations, as registered, with the answers they share.
pub fn document() -> utoipa::openapi::OpenApi {
    let mut doc = ApiDoc::openapi();
    doc.merge(crate::routes::group(RouteGroup::All).into_openapi());
    SharedResponses.modify(&mut doc);
    doc
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
