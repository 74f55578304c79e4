//! `/v1/admin/groups…`: administrators create, rename and delete groups and
//! change their members; the helpdesk reads them. A deletion that would
//! leave members unable to reset (the reset scope names the group) is
//! refused with their number until the administrator accepts it.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::{get, put};
use axum::{Json, Router};
use latchkey_core::groups::{GroupRow, parse_description};
use latchkey_core::types::{GroupName, ParseError, UserId, Username};
use latchkey_dto::{AdminUserList, CreateGroupRequest, GroupList, GroupSummary, Problem, UpdateGroupRequest};

use crate::app::App;
use crate::extract::{ApiJson, Meta, Session};
use crate::problem::ApiError;
use crate::routes::users::{decode_opaque, encode_opaque, group_name, row};

pub fn routes() -> Router<App> {
    Router::new()
        .route("/v1/admin/groups", get(list_groups).post(create_group))
        .route("/v1/admin/groups/{name}", get(group).patch(update_group).delete(delete_group))
        .route("/v1/admin/groups/{name}/members", get(members))
        .route("/v1/admin/groups/{name}/members/{user_id}", put(add_member).delete(remove_member))
}

fn summary(r: GroupRow) -> GroupSummary {
    GroupSummary {
        name: r.group.name.to_string(),
        description: r.group.description,
        members: r.group.members,
        in_scope: r.in_scope,
        created_at: r.group.created_at,
        renaming_to: r.group.renaming_to.map(|g| g.to_string()),
    }
}

/// `limit` (1–200, default 50) and the `next` cursor, parsed with `cursor`;
/// any other parameter but those in `also` is refused.
fn page<T>(
    query: &HashMap<String, String>,
    also: &[&str],
    cursor: impl Fn(&str) -> Result<T, ParseError>,
) -> Result<(usize, Option<T>), ApiError> {
    if let Some(unknown) =
        query.keys().find(|k| !["limit", "next"].contains(&k.as_str()) && !also.contains(&k.as_str()))
    {
        return Err(ApiError::InvalidRequest {
            field: Some(unknown.clone()),
            detail: format!("{unknown} is not a parameter this route takes"),
        });
    }
    let limit = match query.get("limit") {
        None => 50,
        Some(raw) => match raw.parse::<usize>() {
            Ok(n) if (1..=latchkey_core::groups::PAGE_MAX).contains(&n) => n,
            _ => return Err(ParseError::new("limit", "must be a whole number from 1 to 200").into()),
        },
    };
    let next = query
        .get("next")
        .map(|raw| decode_opaque(raw).and_then(|text| cursor(&text).map_err(|e| e.with_field("next"))))
        .transpose()?;
    Ok((limit, next))
}

fn path_group(raw: &str) -> Result<GroupName, ApiError> {
    Ok(group_name(raw, "name")?)
}

const PROBLEM: &str = "application/problem+json";

/// Groups in name order, a page at a time, with their member counts.
#[utoipa::path(get, path = "/v1/admin/groups", tag = "admin", security(("bearer" = [])),
    params(
        ("limit" = Option<u32>, Query, description = "1–200 (default 50)"),
        ("next" = Option<String>, Query, description = "The `next` of the previous page"),
    ),
    responses(
        (status = 200, description = "A page of groups; `in_scope` says whether the reset scope names each", body = GroupList),
        (status = 400, description = "`invalid_request`: an unknown parameter, a bad `limit` or a cursor this API did not issue", body = Problem, content_type = PROBLEM),
        (status = 401, description = "`unauthorized`", body = Problem, content_type = PROBLEM),
        (status = 403, description = "`forbidden`: not an administrator or helpdesk", body = Problem, content_type = PROBLEM),
    ))]
pub async fn list_groups(
    State(app): State<App>,
    Session(claims): Session,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Json<GroupList>, ApiError> {
    let (limit, after) = page(&query, &[], GroupName::parse)?;
    let id = UserId::new(claims.sub.clone());
    let found = app.admin().list_groups(&id, &claims.session(), after.as_ref(), limit).await?;
    Ok(Json(GroupList {
        groups: found.groups.into_iter().map(summary).collect(),
        next: found.next.map(|n| encode_opaque(n.as_str())),
    }))
}

/// Creates an empty group (audited).
#[utoipa::path(post, path = "/v1/admin/groups", tag = "admin", request_body = CreateGroupRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Created", body = GroupSummary),
        (status = 400, description = "`invalid_request`: a bad `name` or `description` (named in `field`); nothing created", body = Problem, content_type = PROBLEM),
        (status = 401, description = "`unauthorized`", body = Problem, content_type = PROBLEM),
        (status = 403, description = "`forbidden`: only administrators change groups", body = Problem, content_type = PROBLEM),
        (status = 409, description = "`group_exists`", body = Problem, content_type = PROBLEM),
    ))]
pub async fn create_group(
    State(app): State<App>,
    Session(claims): Session,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<CreateGroupRequest>,
) -> Result<(StatusCode, Json<GroupSummary>), ApiError> {
    let name = path_group(&body.name)?;
    let description = body.description.as_deref().map(parse_description).transpose()?.flatten();
    let id = UserId::new(claims.sub.clone());
    let admin = app.admin();
    admin.create_group(&id, &claims.session(), name.clone(), description, &meta).await?;
    Ok((StatusCode::CREATED, Json(summary(admin.group(&id, &claims.session(), &name).await?))))
}

/// One group.
#[utoipa::path(get, path = "/v1/admin/groups/{name}", tag = "admin", security(("bearer" = [])),
    params(("name" = String, Path, description = "The group's name")),
    responses(
        (status = 200, description = "The group", body = GroupSummary),
        (status = 400, description = "`invalid_request`: not a group name", body = Problem, content_type = PROBLEM),
        (status = 401, description = "`unauthorized`", body = Problem, content_type = PROBLEM),
        (status = 403, description = "`forbidden`", body = Problem, content_type = PROBLEM),
        (status = 404, description = "`group_not_found`", body = Problem, content_type = PROBLEM),
    ))]
pub async fn group(
    State(app): State<App>,
    Session(claims): Session,
    Path(name): Path<String>,
) -> Result<Json<GroupSummary>, ApiError> {
    let name = path_group(&name)?;
    let found = app.admin().group(&UserId::new(claims.sub.clone()), &claims.session(), &name).await?;
    Ok(Json(summary(found)))
}

/// Renames a group and/or changes its description (audited). A rename
/// moves every member and renames the group in the reset scope, so no one
/// loses self-service reset by it.
#[utoipa::path(patch, path = "/v1/admin/groups/{name}", tag = "admin", request_body = UpdateGroupRequest,
    security(("bearer" = [])),
    params(("name" = String, Path, description = "The group's name")),
    responses(
        (status = 200, description = "The group as saved (under its new name)", body = GroupSummary),
        (status = 400, description = "`invalid_request`: a bad `name` or `description`; nothing changed", body = Problem, content_type = PROBLEM),
        (status = 401, description = "`unauthorized`", body = Problem, content_type = PROBLEM),
        (status = 403, description = "`forbidden`: only administrators change groups", body = Problem, content_type = PROBLEM),
        (status = 404, description = "`group_not_found`", body = Problem, content_type = PROBLEM),
        (status = 409, description = "`group_exists`: another group has the new name", body = Problem, content_type = PROBLEM),
    ))]
pub async fn update_group(
    State(app): State<App>,
    Session(claims): Session,
    Meta(meta): Meta,
    Path(name): Path<String>,
    ApiJson(body): ApiJson<UpdateGroupRequest>,
) -> Result<Json<GroupSummary>, ApiError> {
    let name = path_group(&name)?;
    let rename = body.name.as_deref().map(path_group).transpose()?;
    let description = body.description.as_deref().map(parse_description).transpose()?;
    let id = UserId::new(claims.sub.clone());
    let saved = app.admin().edit_group(&id, &claims.session(), &name, description, rename, &meta).await?;
    Ok(Json(summary(saved)))
}

/// Deletes a group: its members leave it and the reset scope drops it.
/// Refused with `409 policy_strands_users` (and `affected_users`) when the
/// scope names it and members would lose self-service reset, unless
/// `accept_impact=true`.
#[utoipa::path(delete, path = "/v1/admin/groups/{name}", tag = "admin", security(("bearer" = [])),
    params(
        ("name" = String, Path, description = "The group's name"),
        ("accept_impact" = Option<bool>, Query, description = "Delete even though members lose self-service reset"),
    ),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "`invalid_request`: not a group name, or a bad parameter", body = Problem, content_type = PROBLEM),
        (status = 401, description = "`unauthorized`", body = Problem, content_type = PROBLEM),
        (status = 403, description = "`forbidden`: only administrators change groups", body = Problem, content_type = PROBLEM),
        (status = 404, description = "`group_not_found`", body = Problem, content_type = PROBLEM),
        (status = 409, description = "`policy_strands_users`, with `affected_users`; nothing changed", body = Problem, content_type = PROBLEM),
    ))]
pub async fn delete_group(
    State(app): State<App>,
    Session(claims): Session,
    Meta(meta): Meta,
    Path(name): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<StatusCode, ApiError> {
    let name = path_group(&name)?;
    if let Some(unknown) = query.keys().find(|k| k.as_str() != "accept_impact") {
        return Err(ApiError::InvalidRequest {
            field: Some(unknown.clone()),
            detail: format!("{unknown} is not a parameter this route takes"),
        });
    }
    let accept_impact = match query.get("accept_impact").map(String::as_str) {
        None | Some("false") => false,
        Some("true") => true,
        Some(_) => return Err(ParseError::new("accept_impact", "must be true or false").into()),
    };
    let id = UserId::new(claims.sub.clone());
    app.admin().delete_group(&id, &claims.session(), &name, accept_impact, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A group's members in username order, a page at a time.
#[utoipa::path(get, path = "/v1/admin/groups/{name}/members", tag = "admin", security(("bearer" = [])),
    params(
        ("name" = String, Path, description = "The group's name"),
        ("limit" = Option<u32>, Query, description = "1–200 (default 50)"),
        ("next" = Option<String>, Query, description = "The `next` of the previous page"),
    ),
    responses(
        (status = 200, description = "A page of members", body = AdminUserList),
        (status = 400, description = "`invalid_request`: a bad parameter or a cursor this API did not issue", body = Problem, content_type = PROBLEM),
        (status = 401, description = "`unauthorized`", body = Problem, content_type = PROBLEM),
        (status = 403, description = "`forbidden`", body = Problem, content_type = PROBLEM),
        (status = 404, description = "`group_not_found`", body = Problem, content_type = PROBLEM),
    ))]
pub async fn members(
    State(app): State<App>,
    Session(claims): Session,
    Path(name): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Json<AdminUserList>, ApiError> {
    let name = path_group(&name)?;
    let (limit, after) = page(&query, &[], Username::parse)?;
    let id = UserId::new(claims.sub.clone());
    let found = app.admin().group_members(&id, &claims.session(), &name, after.as_ref(), limit).await?;
    Ok(Json(AdminUserList {
        users: found.users.into_iter().map(row).collect(),
        next: found.next.map(|n| encode_opaque(n.as_str())),
    }))
}

/// Adds a user to the group (audited; nothing when they are in it).
#[utoipa::path(put, path = "/v1/admin/groups/{name}/members/{user_id}", tag = "admin", security(("bearer" = [])),
    params(
        ("name" = String, Path, description = "The group's name"),
        ("user_id" = String, Path, description = "The user's id"),
    ),
    responses(
        (status = 204, description = "A member"),
        (status = 400, description = "`invalid_request`: not a group name, or the user is in 40 groups already", body = Problem, content_type = PROBLEM),
        (status = 401, description = "`unauthorized`", body = Problem, content_type = PROBLEM),
        (status = 403, description = "`forbidden`: only administrators change groups", body = Problem, content_type = PROBLEM),
        (status = 404, description = "`group_not_found` or `user_not_found`", body = Problem, content_type = PROBLEM),
    ))]
pub async fn add_member(
    State(app): State<App>,
    Session(claims): Session,
    Meta(meta): Meta,
    Path(path): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    membership(&app, &claims, &meta, path, true).await
}

async fn membership(
    app: &App,
    claims: &crate::auth::Claims,
    meta: &latchkey_core::audit::RequestMeta,
    (name, user): (String, String),
    join: bool,
) -> Result<StatusCode, ApiError> {
    let name = path_group(&name)?;
    let id = UserId::new(claims.sub.clone());
    app.admin().set_membership(&id, &claims.session(), &name, &UserId::new(user), join, meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Takes a user out of the group (audited, saying so when they lose
/// self-service reset by it; nothing when they are not in it).
#[utoipa::path(delete, path = "/v1/admin/groups/{name}/members/{user_id}", tag = "admin", security(("bearer" = [])),
    params(
        ("name" = String, Path, description = "The group's name"),
        ("user_id" = String, Path, description = "The user's id"),
    ),
    responses(
        (status = 204, description = "Not a member"),
        (status = 400, description = "`invalid_request`: not a group name", body = Problem, content_type = PROBLEM),
        (status = 401, description = "`unauthorized`", body = Problem, content_type = PROBLEM),
        (status = 403, description = "`forbidden`: only administrators change groups", body = Problem, content_type = PROBLEM),
        (status = 404, description = "`group_not_found` or `user_not_found`", body = Problem, content_type = PROBLEM),
    ))]
pub async fn remove_member(
    State(app): State<App>,
    Session(claims): Session,
    Meta(meta): Meta,
    Path(path): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    membership(&app, &claims, &meta, path, false).await
}
