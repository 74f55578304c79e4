//! `/scim/v2…`: a SCIM 2.0 service provider (RFC 7643, 7644) for identity
//! providers' provisioning — Users, Groups, and the discovery documents
//! (`ServiceProviderConfig`, `ResourceTypes`, `Schemas`). The caller is an
//! API client holding `scim:read` / `scim:write` (`Authorization: Bearer`
//! with its client-credentials token, or its long-lived provisioning token). Answers are `application/scim+json`,
//! errors SCIM's own error body with its `scimType`; versions travel as
//! weak `ETag`s and `If-Match` holds a write to one.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use latchkey_core::Error;
use latchkey_core::integrators::scim::patch::Operation;
use latchkey_core::integrators::scim::resource::{self, ERROR_SCHEMA, LIST_SCHEMA, PATCH_SCHEMA};
use latchkey_core::integrators::scim::{self as core_scim, ListQuery};
use latchkey_core::model::error::ScimType;
use latchkey_core::model::user::User;
use latchkey_core::model::values::UserId;
use serde_json::{Value, json};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::app::App;
use crate::extract::{ApiJson, Meta, Provisioner};
use crate::problem::ApiError;

const MEDIA: &str = "application/scim+json";

/// A user as an identity provider sends it (documentation only: the body is
/// read by `latchkey_core::integrators::scim::resource`). Attributes Latchkey
/// does not keep are accepted and ignored.
#[derive(utoipa::ToSchema)]
#[schema(as = ScimUser)]
#[expect(dead_code, reason = "a schema for the OpenAPI document, never built")]
struct ScimUser {
    schemas: Option<Vec<String>>,
    /// Letters, digits, `.`, `_`, `-` and `@`; kept in lower case.
    #[schema(rename = "userName", pattern = "^[A-Za-z0-9._@-]{1,64}$")]
    user_name: String,
    #[schema(rename = "displayName", max_length = 128)]
    display_name: Option<String>,
    active: Option<bool>,
    #[schema(rename = "externalId", max_length = 256)]
    external_id: Option<String>,
}

/// A PATCH request (RFC 7644 §3.5.2).
#[derive(utoipa::ToSchema)]
#[schema(as = ScimPatch)]
#[expect(dead_code, reason = "a schema for the OpenAPI document, never built")]
struct ScimPatch {
    /// `["urn:ietf:params:scim:api:messages:2.0:PatchOp"]`
    schemas: Vec<String>,
    #[schema(rename = "Operations")]
    operations: Vec<ScimOperation>,
}

/// One PATCH operation.
#[derive(utoipa::ToSchema)]
#[expect(dead_code, reason = "a schema for the OpenAPI document, never built")]
struct ScimOperation {
    /// `add`, `replace` or `remove` (any case).
    op: String,
    path: Option<String>,
    #[schema(value_type = Object)]
    value: Option<serde_json::Value>,
}
const BASE: &str = "/scim/v2";

/// This room's routes, part of the admin group.
pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new()
        .routes(routes!(service_provider_config))
        .routes(routes!(resource_types))
        .routes(routes!(resource_type))
        .routes(routes!(schemas))
        .routes(routes!(schema))
        .routes(routes!(list_users, create_user))
        .routes(routes!(search_users))
        .routes(routes!(search_all))
        .routes(routes!(get_user, replace_user, patch_user, delete_user))
        .routes(routes!(list_groups, create_group))
        .routes(routes!(get_group, replace_group, patch_group, delete_group))
}

/// A SCIM answer: the status and the body, as `application/scim+json`.
pub struct Scim(StatusCode, Value, Option<String>);

impl IntoResponse for Scim {
    fn into_response(self) -> Response {
        let Scim(status, body, etag) = self;
        let mut response = (status, axum::Json(body)).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(MEDIA));
        if let Some(etag) = etag.and_then(|e| HeaderValue::from_str(&e).ok()) {
            headers.insert(header::ETAG, etag);
        }
        response
    }
}

/// A SCIM error (RFC 7644 §3.12).
pub struct ScimFailure {
    status: StatusCode,
    scim_type: Option<ScimType>,
    detail: String,
    retry_after: bool,
}

impl IntoResponse for ScimFailure {
    fn into_response(self) -> Response {
        let mut body = json!({
            "schemas": [ERROR_SCHEMA],
            "status": self.status.as_u16().to_string(),
            "detail": self.detail,
        });
        if let (Some(t), Some(map)) = (self.scim_type, body.as_object_mut()) {
            map.insert("scimType".into(), json!(t.as_str()));
        }
        let mut response = Scim(self.status, body, None).into_response();
        if self.retry_after {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
        }
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

/// The answer to a path or method SCIM does not serve.
pub fn unknown(status: StatusCode) -> Response {
    failure(status, None, status.canonical_reason().unwrap_or("not served")).into_response()
}

fn failure(status: StatusCode, scim_type: Option<ScimType>, detail: impl Into<String>) -> ScimFailure {
    ScimFailure { status, scim_type, detail: detail.into(), retry_after: false }
}

impl From<Error> for ScimFailure {
    fn from(err: Error) -> Self {
        use StatusCode as S;
        match err {
            Error::Scim { scim_type: ScimType::Uniqueness, detail } => {
                failure(S::CONFLICT, Some(ScimType::Uniqueness), detail)
            }
            Error::Scim { scim_type, detail } => failure(S::BAD_REQUEST, Some(scim_type), detail),
            Error::PreconditionFailed => {
                failure(S::PRECONDITION_FAILED, None, "the resource changed since the version If-Match names")
            }
            Error::UserNotFound => failure(S::NOT_FOUND, None, "no such user"),
            Error::GroupNotFound => failure(S::NOT_FOUND, None, "no such group"),
            Error::InvalidInput(p) => {
                failure(S::BAD_REQUEST, Some(ScimType::InvalidValue), format!("{}: {}", p.field, p.message))
            }
            Error::PhoneCountryNotAllowed => failure(
                S::BAD_REQUEST,
                Some(ScimType::InvalidValue),
                "phoneNumbers: a number outside the organisation's allowed countries",
            ),
            Error::InsufficientScope { scope } => failure(
                S::FORBIDDEN,
                None,
                format!("this client's token does not hold {scope} (or the SCIM scope)"),
            ),
            Error::Forbidden => {
                failure(S::FORBIDDEN, None, "a provisioning client may not touch a privileged account")
            }
            err => {
                // Everything else as the rest of the API answers it.
                let response = ApiError::Domain(err).into_response();
                let status = response.status();
                let retry_after = response.headers().contains_key(header::RETRY_AFTER);
                let detail = status.canonical_reason().unwrap_or("the request failed").to_owned();
                ScimFailure { status, scim_type: None, detail, retry_after }
            }
        }
    }
}

impl From<ApiError> for ScimFailure {
    fn from(err: ApiError) -> Self {
        match err {
            ApiError::Domain(err) => err.into(),
            ApiError::InvalidRequest { detail, .. } => {
                failure(StatusCode::BAD_REQUEST, Some(ScimType::InvalidSyntax), detail)
            }
            ApiError::Unauthorized => {
                failure(StatusCode::UNAUTHORIZED, None, "a bearer token of a SCIM client is needed")
            }
            other => {
                let status = other.into_response().status();
                failure(status, None, status.canonical_reason().unwrap_or("the request failed"))
            }
        }
    }
}

type Answer = Result<Scim, ScimFailure>;

/// The caller, or a SCIM error saying why not.
fn caller(
    principal: Result<Provisioner, ApiError>,
) -> Result<latchkey_core::model::clients::Caller, ScimFailure> {
    Ok(principal?.0)
}

fn location(id: &str) -> String {
    format!("{BASE}/Users/{id}")
}

/// `user` as a resource, with only the attributes asked for.
fn shown(user: &User, params: &HashMap<String, String>) -> Value {
    let mut resource = resource::to_resource(user, &location(user.id.as_str()));
    project(&mut resource, params);
    resource
}

/// Keeps the `attributes` asked for (and `id`, `schemas`, which are always
/// returned), or drops the `excludedAttributes`. A name may carry its
/// schema's URN or a sub-attribute; the top-level attribute is kept or
/// dropped whole (the enterprise extension's object for its attributes).
fn project(resource: &mut Value, params: &HashMap<String, String>) {
    const ENTERPRISE: [&str; 3] = ["employeenumber", "department", "manager"];
    let Value::Object(map) = resource else { return };
    let list = |key: &str| -> Option<Vec<String>> {
        params.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| {
            v.split(',')
                .map(|a| {
                    let a = a.trim();
                    let a = if a.to_ascii_lowercase().starts_with("urn:") {
                        a.rsplit(':').next().unwrap_or(a)
                    } else {
                        a
                    };
                    a.split('.').next().unwrap_or(a).to_ascii_lowercase()
                })
                .filter(|a| !a.is_empty())
                .collect()
        })
    };
    let named = |names: &[String], key: &str| {
        let key = key.to_ascii_lowercase();
        if key == resource::ENTERPRISE_SCHEMA.to_ascii_lowercase() {
            names.iter().any(|n| ENTERPRISE.contains(&n.as_str()) || n == "user")
        } else {
            names.contains(&key)
        }
    };
    let always = |key: &str| key.eq_ignore_ascii_case("id") || key.eq_ignore_ascii_case("schemas");
    if let Some(wanted) = list("attributes") {
        map.retain(|k, _| always(k) || named(&wanted, k));
    } else if let Some(excluded) = list("excludedAttributes") {
        map.retain(|k, _| always(k) || !named(&excluded, k));
    }
}

/// A list's `filter` parameter, parsed, and whether it names `members` (a
/// group's members are then read to judge it).
fn filter_param(params: &HashMap<String, String>) -> Result<(Option<core_scim::Filter>, bool), ScimFailure> {
    match params.iter().find(|(k, _)| k.eq_ignore_ascii_case("filter")).map(|(_, t)| t.trim()) {
        Some(text) if !text.is_empty() => {
            Ok((Some(core_scim::parse_filter(text)?), text.to_ascii_lowercase().contains("members")))
        }
        _ => Ok((None, false)),
    }
}

/// A `ListResponse` (RFC 7644 §3.4.2) of `resources`, one page of `total`.
fn list_response(total: usize, start_index: usize, resources: Vec<Value>) -> Answer {
    Ok(Scim(
        StatusCode::OK,
        json!({
            "schemas": [LIST_SCHEMA],
            "totalResults": total,
            "startIndex": start_index,
            "itemsPerPage": resources.len(),
            "Resources": resources,
        }),
        None,
    ))
}

fn if_match(headers: &HeaderMap) -> Result<Option<u64>, ScimFailure> {
    match headers.get(header::IF_MATCH).and_then(|v| v.to_str().ok()) {
        None => Ok(None),
        Some(raw) => resource::if_match(raw).map_err(|_| {
            failure(StatusCode::PRECONDITION_FAILED, None, "If-Match names no version of this resource")
        }),
    }
}

fn user_id(raw: &str) -> UserId {
    UserId::new(raw.chars().take(64).collect::<String>())
}

fn number(params: &HashMap<String, String>, key: &str, default: usize) -> Result<usize, ScimFailure> {
    match params.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)) {
        None => Ok(default),
        // RFC 7644 §3.4.2.4: a value below 1 (startIndex) or 0 (count) is read as that.
        Some((_, v)) => {
            v.trim().parse::<i64>().map(|n| usize::try_from(n.max(0)).unwrap_or(0)).map_err(|_| {
                failure(
                    StatusCode::BAD_REQUEST,
                    Some(ScimType::InvalidValue),
                    format!("{key} must be a whole number"),
                )
            })
        }
    }
}

/// What this service provider supports.
#[utoipa::path(get, path = "/scim/v2/ServiceProviderConfig", tag = "admin", security(("bearer" = [])),
    responses((status = 200, description = "The configuration (RFC 7643 §5)", content_type = "application/scim+json", body = Object)))]
pub async fn service_provider_config(
    State(_app): State<App>,
    principal: Result<Provisioner, ApiError>,
) -> Answer {
    caller(principal)?;
    Ok(Scim(StatusCode::OK, discovery::config(), None))
}

/// The resource types served.
#[utoipa::path(get, path = "/scim/v2/ResourceTypes", tag = "admin", security(("bearer" = [])),
    responses((status = 200, description = "The resource types", content_type = "application/scim+json", body = Object)))]
pub async fn resource_types(State(_app): State<App>, principal: Result<Provisioner, ApiError>) -> Answer {
    caller(principal)?;
    Ok(Scim(StatusCode::OK, discovery::list(vec![discovery::user_type(), discovery::group_type()]), None))
}

/// One resource type.
#[utoipa::path(get, path = "/scim/v2/ResourceTypes/{id}", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "`User` or `Group`")),
    responses(
        (status = 200, description = "The resource type", content_type = "application/scim+json", body = Object),
        (status = 404, description = "No such resource type"),
    ))]
pub async fn resource_type(
    State(_app): State<App>,
    Path(id): Path<String>,
    principal: Result<Provisioner, ApiError>,
) -> Answer {
    caller(principal)?;
    match id.as_str() {
        "User" => return Ok(Scim(StatusCode::OK, discovery::user_type(), None)),
        "Group" => return Ok(Scim(StatusCode::OK, discovery::group_type(), None)),
        _ => {}
    }
    Err(failure(StatusCode::NOT_FOUND, None, "no such resource type"))
}

/// The schemas of the resources served.
#[utoipa::path(get, path = "/scim/v2/Schemas", tag = "admin", security(("bearer" = [])),
    responses((status = 200, description = "The schemas", content_type = "application/scim+json", body = Object)))]
pub async fn schemas(State(_app): State<App>, principal: Result<Provisioner, ApiError>) -> Answer {
    caller(principal)?;
    Ok(Scim(
        StatusCode::OK,
        discovery::list(vec![
            discovery::user_schema(),
            discovery::enterprise_schema(),
            discovery::group_schema(),
        ]),
        None,
    ))
}

/// One schema, by its URN.
#[utoipa::path(get, path = "/scim/v2/Schemas/{id}", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The schema's URN")),
    responses(
        (status = 200, description = "The schema", content_type = "application/scim+json", body = Object),
        (status = 404, description = "No such schema"),
    ))]
pub async fn schema(
    State(_app): State<App>,
    Path(id): Path<String>,
    principal: Result<Provisioner, ApiError>,
) -> Answer {
    caller(principal)?;
    [discovery::user_schema(), discovery::enterprise_schema(), discovery::group_schema()]
        .into_iter()
        .find(|s| s["id"] == id.as_str())
        .map(|s| Scim(StatusCode::OK, s, None))
        .ok_or_else(|| failure(StatusCode::NOT_FOUND, None, "no such schema"))
}

/// Lists users: `filter` (RFC 7644 §3.4.2.2), `startIndex` (from 1) and
/// `count` (at most 200), `attributes` or `excludedAttributes`.
#[utoipa::path(get, path = "/scim/v2/Users", tag = "admin", security(("bearer" = [])),
    params(
        ("filter" = Option<String>, Query, description = "e.g. `userName eq \"bjensen\"`"),
        ("startIndex" = Option<i64>, Query, description = "1-based"),
        ("count" = Option<i64>, Query, description = "At most 200"),
        ("attributes" = Option<String>, Query, description = "Comma-separated"),
        ("excludedAttributes" = Option<String>, Query, description = "Comma-separated"),
    ),
    responses(
        (status = 200, description = "A ListResponse", content_type = "application/scim+json", body = Object),
        (status = 400, description = "`invalidFilter`, or `tooMany` when no index answers a filter over a large directory"),
        (status = 401, description = "No SCIM client's token"),
        (status = 403, description = "The token holds no `scim:read`"),
    ))]
pub async fn list_users(
    State(app): State<App>,
    principal: Result<Provisioner, ApiError>,
    Query(params): Query<HashMap<String, String>>,
) -> Answer {
    let caller = caller(principal)?;
    listed(&app, &caller, &params).await
}

/// One page of the users `params` (a list's or a search's) ask for.
async fn listed(
    app: &App,
    caller: &latchkey_core::model::clients::Caller,
    params: &HashMap<String, String>,
) -> Answer {
    let (filter, _) = filter_param(params)?;
    let query = ListQuery {
        filter,
        start_index: number(params, "startIndex", 1)?,
        count: number(params, "count", 100)?,
    };
    let listed = app.scim().list(caller, &query).await?;
    let resources: Vec<Value> = listed.users.iter().map(|u| shown(u, params)).collect();
    list_response(listed.total, listed.start_index, resources)
}

/// A search request (RFC 7644 §3.4.3): a list's parameters in a body.
#[derive(utoipa::ToSchema)]
#[expect(dead_code, reason = "a schema for the OpenAPI document, never built")]
struct ScimSearch {
    /// `["urn:ietf:params:scim:api:messages:2.0:SearchRequest"]` (not required)
    schemas: Option<Vec<String>>,
    filter: Option<String>,
    #[schema(rename = "startIndex")]
    start_index: Option<i64>,
    count: Option<i64>,
    attributes: Option<Vec<String>>,
    #[schema(rename = "excludedAttributes")]
    excluded_attributes: Option<Vec<String>>,
}

/// Lists users as `GET /scim/v2/Users` does, the parameters in the body.
#[utoipa::path(post, path = "/scim/v2/Users/.search", tag = "admin", security(("bearer" = [])),
    request_body(content = ScimSearch, content_type = "application/scim+json"),
    responses(
        (status = 200, description = "A ListResponse", content_type = "application/scim+json", body = Object),
        (status = 400, description = "`invalidFilter`, `invalidValue`, or `tooMany`"),
    ))]
pub async fn search_users(
    State(app): State<App>,
    principal: Result<Provisioner, ApiError>,
    body: Result<ApiJson<Value>, ApiError>,
) -> Answer {
    let caller = caller(principal)?;
    let params = search_params(body)?;
    listed(&app, &caller, &params).await
}

/// A SearchRequest's members as a list's query string would carry them.
fn search_params(body: Result<ApiJson<Value>, ApiError>) -> Result<HashMap<String, String>, ScimFailure> {
    let ApiJson(body) = body?;
    let Value::Object(map) = body else {
        return Err(failure(
            StatusCode::BAD_REQUEST,
            Some(ScimType::InvalidSyntax),
            "the body must be a SearchRequest",
        ));
    };
    // The body's members as the query string would carry them, each of its type.
    let mut params = HashMap::new();
    for (key, value) in &map {
        let wrong = || {
            failure(
                StatusCode::BAD_REQUEST,
                Some(ScimType::InvalidValue),
                format!("{key} has the wrong type"),
            )
        };
        let text = match (key.to_ascii_lowercase().as_str(), value) {
            ("filter", Value::String(s)) => s.clone(),
            ("startindex" | "count", Value::Number(n)) if n.is_i64() || n.is_u64() => n.to_string(),
            ("attributes" | "excludedattributes" | "schemas", Value::Array(list))
                if list.iter().all(Value::is_string) =>
            {
                list.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(",")
            }
            ("filter" | "startindex" | "count" | "attributes" | "excludedattributes" | "schemas", _) => {
                return Err(wrong());
            }
            // Members a search does not define (sortBy, sortOrder) change nothing.
            _ => continue,
        };
        params.insert(key.clone(), text);
    }
    Ok(params)
}

/// Searches every resource type at once (RFC 7644 §3.4.3): users, then groups.
#[utoipa::path(post, path = "/scim/v2/.search", tag = "admin", security(("bearer" = [])),
    request_body(content = ScimSearch, content_type = "application/scim+json"),
    responses(
        (status = 200, description = "A ListResponse", content_type = "application/scim+json", body = Object),
        (status = 400, description = "`invalidFilter`, `invalidValue`, or `tooMany`"),
    ))]
pub async fn search_all(
    State(app): State<App>,
    principal: Result<Provisioner, ApiError>,
    body: Result<ApiJson<Value>, ApiError>,
) -> Answer {
    let caller = caller(principal)?;
    let params = search_params(body)?;
    let (filter, filter_members) = filter_param(&params)?;
    let (start, count) = (number(&params, "startIndex", 1)?.max(1), number(&params, "count", 100)?);
    // Users first, then groups, paged as one list.
    let users =
        app.scim().list(&caller, &ListQuery { filter: filter.clone(), start_index: start, count }).await?;
    let groups_query = ListQuery {
        filter,
        start_index: start.saturating_sub(users.total).max(1),
        count: count.min(core_scim::COUNT_MAX).saturating_sub(users.users.len()),
    };
    let groups =
        app.scim().list_groups(&caller, &groups_query, (wants_members(&params), filter_members)).await?;
    let mut resources: Vec<Value> = users.users.iter().map(|u| shown(u, &params)).collect();
    resources.extend(groups.groups.iter().map(|g| group_shown(g, &params)));
    list_response(users.total + groups.total, start, resources)
}

/// Creates a user (no password: an invitation or a reset sets one).
#[utoipa::path(post, path = "/scim/v2/Users", tag = "admin", security(("bearer" = [])),
    request_body(content = ScimUser, content_type = "application/scim+json"),
    responses(
        (status = 201, description = "Created; `Location` and `ETag` name it", content_type = "application/scim+json", body = Object),
        (status = 400, description = "`invalidValue` or `invalidSyntax`"),
        (status = 403, description = "No `scim:write`, or a privileged role asked for"),
        (status = 409, description = "`uniqueness`: the userName is taken"),
    ))]
pub async fn create_user(
    State(app): State<App>,
    principal: Result<Provisioner, ApiError>,
    Meta(meta): Meta,
    body: Result<ApiJson<Value>, ApiError>,
) -> Result<Response, ScimFailure> {
    let caller = caller(principal)?;
    let ApiJson(body) = body?;
    let user = app.scim().create(&caller, &body, &meta).await?;
    let mut response =
        Scim(StatusCode::CREATED, shown(&user, &HashMap::new()), Some(resource::etag(&user))).into_response();
    if let Ok(at) = HeaderValue::from_str(&location(user.id.as_str())) {
        response.headers_mut().insert(header::LOCATION, at);
    }
    Ok(response)
}

/// One user.
#[utoipa::path(get, path = "/scim/v2/Users/{id}", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The user", content_type = "application/scim+json", body = Object),
        (status = 404, description = "No such user"),
    ))]
pub async fn get_user(
    State(app): State<App>,
    Path(id): Path<String>,
    principal: Result<Provisioner, ApiError>,
    Query(params): Query<HashMap<String, String>>,
) -> Answer {
    let caller = caller(principal)?;
    let user = app.scim().get(&caller, &user_id(&id)).await?;
    Ok(Scim(StatusCode::OK, shown(&user, &params), Some(resource::etag(&user))))
}

/// Replaces the user (attributes left out are cleared). `If-Match` holds it to a version.
#[utoipa::path(put, path = "/scim/v2/Users/{id}", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    request_body(content = ScimUser, content_type = "application/scim+json"),
    responses(
        (status = 200, description = "The user as now stored", content_type = "application/scim+json", body = Object),
        (status = 400, description = "`invalidValue`, `mutability` (userName, or a user a directory owns)"),
        (status = 404, description = "No such user"),
        (status = 412, description = "`If-Match` names an older version"),
    ))]
pub async fn replace_user(
    State(app): State<App>,
    Path(id): Path<String>,
    principal: Result<Provisioner, ApiError>,
    headers: HeaderMap,
    Meta(meta): Meta,
    body: Result<ApiJson<Value>, ApiError>,
) -> Answer {
    let (caller, body, version) = write_parts(principal, body, &headers)?;
    written(&app.scim().replace(&caller, &user_id(&id), &body, version, &meta).await?)
}

/// Changes the user with PATCH operations (RFC 7644 §3.5.2).
#[utoipa::path(patch, path = "/scim/v2/Users/{id}", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    request_body(content = ScimPatch, content_type = "application/scim+json"),
    responses(
        (status = 200, description = "The user as now stored", content_type = "application/scim+json", body = Object),
        (status = 400, description = "`invalidPath`, `noTarget`, `invalidValue`, `mutability`, `invalidSyntax`"),
        (status = 404, description = "No such user"),
        (status = 412, description = "`If-Match` names an older version"),
    ))]
pub async fn patch_user(
    State(app): State<App>,
    Path(id): Path<String>,
    principal: Result<Provisioner, ApiError>,
    headers: HeaderMap,
    Meta(meta): Meta,
    body: Result<ApiJson<Value>, ApiError>,
) -> Answer {
    let (caller, body, version) = write_parts(principal, body, &headers)?;
    written(&app.scim().patch(&caller, &user_id(&id), &operations(&body)?, version, &meta).await?)
}

/// What a write takes from its request: the caller, the body and the
/// version `If-Match` holds it to.
fn write_parts(
    principal: Result<Provisioner, ApiError>,
    body: Result<ApiJson<Value>, ApiError>,
    headers: &HeaderMap,
) -> Result<(latchkey_core::model::clients::Caller, Value, Option<u64>), ScimFailure> {
    let caller = caller(principal)?;
    let ApiJson(body) = body?;
    Ok((caller, body, if_match(headers)?))
}

/// The answer to a write: the user as now stored, with its new version.
fn written(user: &User) -> Answer {
    Ok(Scim(StatusCode::OK, shown(user, &HashMap::new()), Some(resource::etag(user))))
}

/// The operations of a `PatchOp` body.
fn operations(body: &Value) -> Result<Vec<Operation>, ScimFailure> {
    let syntax = |detail: &str| failure(StatusCode::BAD_REQUEST, Some(ScimType::InvalidSyntax), detail);
    let Value::Object(map) = body else { return Err(syntax("the body must be a PatchOp object")) };
    let schemas = resource::get(map, "schemas").and_then(Value::as_array);
    if !schemas.is_some_and(|s| s.iter().any(|u| u.as_str() == Some(PATCH_SCHEMA))) {
        return Err(syntax("schemas must name urn:ietf:params:scim:api:messages:2.0:PatchOp"));
    }
    let Some(Value::Array(list)) = resource::get(map, "Operations") else {
        return Err(syntax("Operations must be a list"));
    };
    list.iter()
        .map(|op| {
            let Value::Object(op) = op else { return Err(syntax("each operation must be an object")) };
            let text = |k: &str| resource::get(op, k).and_then(Value::as_str).map(str::to_owned);
            Ok(Operation {
                op: text("op").ok_or_else(|| syntax("each operation needs an op"))?,
                path: text("path"),
                value: resource::get(op, "value").cloned(),
            })
        })
        .collect()
}

/// Deletes the user; the audit trail keeps what it holds.
#[utoipa::path(delete, path = "/scim/v2/Users/{id}", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "`mutability`: a user a directory owns"),
        (status = 404, description = "No such user"),
        (status = 412, description = "`If-Match` names an older version"),
    ))]
pub async fn delete_user(
    State(app): State<App>,
    Path(id): Path<String>,
    principal: Result<Provisioner, ApiError>,
    headers: HeaderMap,
    Meta(meta): Meta,
) -> Result<StatusCode, ScimFailure> {
    let caller = caller(principal)?;
    app.scim().delete(&caller, &user_id(&id), if_match(&headers)?, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

fn group_shown(group: &core_scim::groups::ScimGroup, params: &HashMap<String, String>) -> Value {
    let mut resource = core_scim::groups::to_resource(group, BASE);
    project(&mut resource, params);
    resource
}

/// Whether the members are wanted (Entra lists groups with `excludedAttributes=members`).
fn wants_members(params: &HashMap<String, String>) -> bool {
    let names = |key: &str| {
        params
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.split(',').any(|a| a.trim().eq_ignore_ascii_case("members")))
    };
    match (names("attributes"), names("excludedAttributes")) {
        (Some(listed), _) => listed,
        (None, Some(excluded)) => !excluded,
        (None, None) => true,
    }
}

fn group_answer(status: StatusCode, group: &core_scim::groups::ScimGroup) -> Answer {
    Ok(Scim(status, group_shown(group, &HashMap::new()), None))
}

/// Lists groups: `filter` (e.g. `displayName eq "Sales"`), `startIndex`, `count`,
/// `attributes` or `excludedAttributes` (`members` left out saves reading them).
#[utoipa::path(get, path = "/scim/v2/Groups", tag = "admin", security(("bearer" = [])),
    params(
        ("filter" = Option<String>, Query, description = "e.g. `displayName eq \"Sales\"`"),
        ("startIndex" = Option<i64>, Query, description = "1-based"),
        ("count" = Option<i64>, Query, description = "At most 200"),
        ("attributes" = Option<String>, Query, description = "Comma-separated"),
        ("excludedAttributes" = Option<String>, Query, description = "Comma-separated"),
    ),
    responses(
        (status = 200, description = "A ListResponse", content_type = "application/scim+json", body = Object),
        (status = 400, description = "`invalidFilter`, or `tooMany`"),
        (status = 401, description = "No SCIM client's token"),
        (status = 403, description = "The token holds no `scim:read`"),
    ))]
pub async fn list_groups(
    State(app): State<App>,
    principal: Result<Provisioner, ApiError>,
    Query(params): Query<HashMap<String, String>>,
) -> Answer {
    let caller = caller(principal)?;
    let (filter, filter_members) = filter_param(&params)?;
    let query = ListQuery {
        filter,
        start_index: number(&params, "startIndex", 1)?,
        count: number(&params, "count", 100)?,
    };
    let listed = app.scim().list_groups(&caller, &query, (wants_members(&params), filter_members)).await?;
    let resources: Vec<Value> = listed.groups.iter().map(|g| group_shown(g, &params)).collect();
    list_response(listed.total, listed.start_index, resources)
}

/// Creates a group with its members (user ids).
#[utoipa::path(post, path = "/scim/v2/Groups", tag = "admin", security(("bearer" = [])),
    request_body(content = Object, content_type = "application/scim+json"),
    responses(
        (status = 201, description = "Created", content_type = "application/scim+json", body = Object),
        (status = 400, description = "`invalidValue`: a bad displayName or an unknown member"),
        (status = 403, description = "No `scim:write`, or a privileged member"),
        (status = 409, description = "`uniqueness`: the displayName is taken"),
    ))]
pub async fn create_group(
    State(app): State<App>,
    principal: Result<Provisioner, ApiError>,
    Meta(meta): Meta,
    body: Result<ApiJson<Value>, ApiError>,
) -> Result<Response, ScimFailure> {
    let caller = caller(principal)?;
    let ApiJson(body) = body?;
    let group = app.scim().create_group(&caller, &body, &meta).await?;
    let resource = group_shown(&group, &HashMap::new());
    let at = resource["meta"]["location"].as_str().unwrap_or_default().to_owned();
    let mut response = Scim(StatusCode::CREATED, resource, None).into_response();
    if let Ok(at) = HeaderValue::from_str(&at) {
        response.headers_mut().insert(header::LOCATION, at);
    }
    Ok(response)
}

/// One group with its members.
#[utoipa::path(get, path = "/scim/v2/Groups/{id}", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The group's id (its name)")),
    responses(
        (status = 200, description = "The group", content_type = "application/scim+json", body = Object),
        (status = 404, description = "No such group"),
    ))]
pub async fn get_group(
    State(app): State<App>,
    Path(id): Path<String>,
    principal: Result<Provisioner, ApiError>,
    Query(params): Query<HashMap<String, String>>,
) -> Answer {
    let caller = caller(principal)?;
    let group = app.scim().get_group(&caller, &id, wants_members(&params)).await?;
    Ok(Scim(StatusCode::OK, group_shown(&group, &params), None))
}

/// Sets the group's members to those listed (its displayName cannot change).
#[utoipa::path(put, path = "/scim/v2/Groups/{id}", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The group's id (its name)")),
    request_body(content = Object, content_type = "application/scim+json"),
    responses(
        (status = 200, description = "The group as now stored", content_type = "application/scim+json", body = Object),
        (status = 400, description = "`invalidValue`, `mutability` (a new displayName)"),
        (status = 404, description = "No such group"),
    ))]
pub async fn replace_group(
    State(app): State<App>,
    Path(id): Path<String>,
    principal: Result<Provisioner, ApiError>,
    Meta(meta): Meta,
    body: Result<ApiJson<Value>, ApiError>,
) -> Answer {
    let caller = caller(principal)?;
    let ApiJson(body) = body?;
    group_answer(StatusCode::OK, &app.scim().replace_group(&caller, &id, &body, &meta).await?)
}

/// Adds and removes members with PATCH operations (`members[value eq "…"]` too).
#[utoipa::path(patch, path = "/scim/v2/Groups/{id}", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The group's id (its name)")),
    request_body(content = ScimPatch, content_type = "application/scim+json"),
    responses(
        (status = 200, description = "The group as now stored", content_type = "application/scim+json", body = Object),
        (status = 400, description = "`invalidPath`, `noTarget`, `invalidValue`, `mutability`, `invalidSyntax`"),
        (status = 404, description = "No such group"),
    ))]
pub async fn patch_group(
    State(app): State<App>,
    Path(id): Path<String>,
    principal: Result<Provisioner, ApiError>,
    Meta(meta): Meta,
    body: Result<ApiJson<Value>, ApiError>,
) -> Answer {
    let caller = caller(principal)?;
    let ApiJson(body) = body?;
    group_answer(StatusCode::OK, &app.scim().patch_group(&caller, &id, &operations(&body)?, &meta).await?)
}

/// Deletes the group: its members leave it, the reset scope forgets it.
#[utoipa::path(delete, path = "/scim/v2/Groups/{id}", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The group's id (its name)")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 404, description = "No such group"),
    ))]
pub async fn delete_group(
    State(app): State<App>,
    Path(id): Path<String>,
    principal: Result<Provisioner, ApiError>,
    Meta(meta): Meta,
) -> Result<StatusCode, ScimFailure> {
    let caller = caller(principal)?;
    app.scim().delete_group(&caller, &id, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The discovery documents (RFC 7643 §5–7).
mod discovery {
    use latchkey_core::integrators::scim::resource::{
        ENTERPRISE_SCHEMA, GROUP_SCHEMA, LIST_SCHEMA, USER_SCHEMA,
    };
    use serde_json::{Value, json};

    use super::BASE;

    pub fn list(resources: Vec<Value>) -> Value {
        json!({
            "schemas": [LIST_SCHEMA],
            "totalResults": resources.len(),
            "startIndex": 1,
            "itemsPerPage": resources.len(),
            "Resources": resources,
        })
    }

    pub fn config() -> Value {
        json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
            "documentationUri": "https://github.com/latchkey/latchkey#scim",
            "patch": {"supported": true},
            "bulk": {"supported": false, "maxOperations": 0, "maxPayloadSize": 0},
            "filter": {"supported": true, "maxResults": latchkey_core::integrators::scim::COUNT_MAX},
            "changePassword": {"supported": false},
            "sort": {"supported": false},
            "etag": {"supported": true},
            "authenticationSchemes": [{
                "type": "oauthbearertoken",
                "name": "OAuth Bearer Token",
                "description": "An API client's access token (client credentials) holding scim:read or scim:write, or the client's long-lived provisioning token (<client id>.<client secret>)",
                "primary": true,
            }],
            "meta": {"resourceType": "ServiceProviderConfig", "location": format!("{BASE}/ServiceProviderConfig")},
        })
    }

    pub fn user_type() -> Value {
        json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
            "id": "User",
            "name": "User",
            "endpoint": "/Users",
            "description": "A person who signs in and resets their password with Latchkey",
            "schema": USER_SCHEMA,
            "schemaExtensions": [{"schema": ENTERPRISE_SCHEMA, "required": false}],
            "meta": {"resourceType": "ResourceType", "location": format!("{BASE}/ResourceTypes/User")},
        })
    }

    pub fn group_type() -> Value {
        json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
            "id": "Group",
            "name": "Group",
            "endpoint": "/Groups",
            "description": "A named set of users; the self-service reset scope may name it",
            "schema": GROUP_SCHEMA,
            "meta": {"resourceType": "ResourceType", "location": format!("{BASE}/ResourceTypes/Group")},
        })
    }

    pub fn group_schema() -> Value {
        json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Schema"],
            "id": GROUP_SCHEMA,
            "name": "Group",
            "description": "Group",
            "attributes": [
                // The group's name is its id here: a new name is a new group.
                attribute("displayName", "string", false, true, "immutable", false),
                complex("members", true, "readWrite", vec![
                    attribute("value", "string", false, false, "immutable", true),
                    {
                        let mut reference = attribute("$ref", "reference", false, false, "immutable", true);
                        reference["referenceTypes"] = json!(["User"]);
                        reference
                    },
                ]),
            ],
            "meta": {"resourceType": "Schema", "location": format!("{BASE}/Schemas/{GROUP_SCHEMA}")},
        })
    }

    fn attribute(
        name: &str,
        kind: &str,
        multi: bool,
        required: bool,
        mutability: &str,
        case_exact: bool,
    ) -> Value {
        json!({
            "name": name, "type": kind, "multiValued": multi, "required": required,
            "caseExact": case_exact, "mutability": mutability, "returned": "default",
            "uniqueness": if name == "userName" { "server" } else { "none" },
            "description": name,
        })
    }

    fn complex(name: &str, multi: bool, mutability: &str, subs: Vec<Value>) -> Value {
        let mut a = attribute(name, "complex", multi, false, mutability, false);
        a["subAttributes"] = Value::Array(subs);
        a
    }

    pub fn user_schema() -> Value {
        // `type` and `primary` are not kept: the first address is the one messages go to.
        let contact = |name: &str| {
            complex(
                name,
                true,
                "readWrite",
                vec![attribute("value", "string", false, false, "readWrite", false)],
            )
        };
        json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Schema"],
            "id": USER_SCHEMA,
            "name": "User",
            "description": "User Account",
            "attributes": [
                // Set at creation; a new name is a new user here.
                attribute("userName", "string", false, true, "immutable", false),
                complex("name", false, "readWrite", vec![
                    attribute("familyName", "string", false, false, "readWrite", false),
                    attribute("givenName", "string", false, false, "readWrite", false),
                ]),
                // Always held: a user without one is shown by a name made from the others.
                attribute("displayName", "string", false, true, "readWrite", false),
                attribute("preferredLanguage", "string", false, false, "readWrite", false),
                // Always held: a user is enabled or not.
                attribute("active", "boolean", false, true, "readWrite", false),
                contact("emails"),
                contact("phoneNumbers"),
                complex("groups", true, "readOnly", vec![
                    attribute("value", "string", false, false, "readOnly", false),
                    attribute("display", "string", false, false, "readOnly", false),
                    attribute("type", "string", false, false, "readOnly", false),
                ]),
            ],
            "meta": {"resourceType": "Schema", "location": format!("{BASE}/Schemas/{USER_SCHEMA}")},
        })
    }

    pub fn enterprise_schema() -> Value {
        json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Schema"],
            "id": ENTERPRISE_SCHEMA,
            "name": "EnterpriseUser",
            "description": "Enterprise User",
            "attributes": [
                attribute("employeeNumber", "string", false, false, "readWrite", false),
                attribute("department", "string", false, false, "readWrite", false),
                complex("manager", false, "readWrite", vec![
                    attribute("value", "string", false, false, "readWrite", false),
                ]),
            ],
            "meta": {"resourceType": "Schema", "location": format!("{BASE}/Schemas/{ENTERPRISE_SCHEMA}")},
        })
    }
}
