//! `/v1/admin/groups…`: administrators create, rename and delete groups and
//! change their members; the helpdesk reads them. A deletion that would
//! leave members unable to reset (the reset scope names the group) is
//! refused with their number until the administrator accepts it.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use latchkey_core::admin::groups::{PAGE_MAX as GROUPS_PAGE_MAX, parse_description};
use latchkey_core::model::values::{GroupName, ParseError, UserId, Username};
use latchkey_dto::{AdminUserList, CreateGroupRequest, GroupList, GroupSummary, UpdateGroupRequest};
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::convert::{group_name, group_summary, user_row};
use crate::app::App;
use crate::extract::{ApiJson, ApiQuery, Meta, Person, Session};
use crate::problem::ApiError;
use crate::routes::paging::{decode_opaque, encode_opaque, page_limit};
use latchkey_core::model::clients::Caller;

/// This room's routes, part of the admin group.
pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new()
        .routes(routes!(list_groups, create_group))
        .routes(routes!(group, update_group, delete_group))
        .routes(routes!(members))
        .routes(routes!(add_member, remove_member))
}

/// A page of a groups list: its size and where it starts.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct Page {
    /// 1–200 (default 50)
    limit: Option<u32>,
    /// The `next` of the previous page
    next: Option<String>,
}

impl Page {
    /// The size and the start, the cursor parsed with `cursor`.
    fn parse<T>(
        self,
        cursor: impl Fn(&str) -> Result<T, ParseError>,
    ) -> Result<(usize, Option<T>), ApiError> {
        let limit = page_limit(self.limit, 50, GROUPS_PAGE_MAX)?;
        let next = self
            .next
            .map(|raw| decode_opaque(&raw).and_then(|text| cursor(&text).map_err(|e| e.with_field("next"))))
            .transpose()?;
        Ok((limit, next))
    }
}

/// What a deletion may do.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct DeleteOptions {
    /// Delete even though members lose self-service reset
    accept_impact: Option<bool>,
}

fn path_group(raw: &str) -> Result<GroupName, ApiError> {
    Ok(group_name(raw, "name")?)
}

/// Groups in name order, a page at a time, with their member counts.
#[utoipa::path(get, path = "/v1/admin/groups", tag = "admin", security(("bearer" = [])),
    params(Page),
    responses(
        (status = 200, description = "A page of groups; `in_scope` says whether the reset scope names each", body = GroupList),
        (status = 400, description = "`invalid_request`: an unknown parameter, a bad `limit` or a cursor this API did not issue"),
        (status = 403, description = "`forbidden`: not an administrator or helpdesk"),
    ))]
pub async fn list_groups(
    State(app): State<App>,
    Session(me): Session,
    ApiQuery(page): ApiQuery<Page>,
) -> Result<Json<GroupList>, ApiError> {
    let (limit, after) = page.parse(GroupName::parse)?;
    let found = app.admin().list_groups(&Caller::user(&me.id, &me.token), after.as_ref(), limit).await?;
    Ok(Json(GroupList {
        groups: found.groups.into_iter().map(group_summary).collect(),
        next: found.next.map(|n| encode_opaque(n.as_str())),
    }))
}

/// Creates an empty group (audited).
#[utoipa::path(post, path = "/v1/admin/groups", tag = "admin", request_body = CreateGroupRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Created", body = GroupSummary),
        (status = 400, description = "`invalid_request`: a bad `name` or `description` (named in `field`); nothing created"),
        (status = 403, description = "`forbidden`: only administrators change groups"),
        (status = 409, description = "`group_exists`"),
    ))]
pub async fn create_group(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<CreateGroupRequest>,
) -> Result<(StatusCode, Json<GroupSummary>), ApiError> {
    let name = path_group(&body.name)?;
    let description = body.description.as_deref().map(parse_description).transpose()?.flatten();
    let admin = app.admin();
    admin.create_group(&Caller::user(&me.id, &me.token), name.clone(), description, &meta).await?;
    Ok((
        StatusCode::CREATED,
        Json(group_summary(admin.group(&Caller::user(&me.id, &me.token), &name).await?)),
    ))
}

/// One group.
#[utoipa::path(get, path = "/v1/admin/groups/{name}", tag = "admin", security(("bearer" = [])),
    params(("name" = String, Path, description = "The group's name")),
    responses(
        (status = 200, description = "The group", body = GroupSummary),
        (status = 400, description = "`invalid_request`: not a group name"),
        (status = 403, description = "`forbidden`"),
        (status = 404, description = "`group_not_found`"),
    ))]
pub async fn group(
    State(app): State<App>,
    Session(me): Session,
    Path(name): Path<String>,
) -> Result<Json<GroupSummary>, ApiError> {
    let name = path_group(&name)?;
    let found = app.admin().group(&Caller::user(&me.id, &me.token), &name).await?;
    Ok(Json(group_summary(found)))
}

/// Renames a group and/or changes its description (audited). A rename
/// moves every member and renames the group in the reset scope, so no one
/// loses self-service reset by it.
#[utoipa::path(patch, path = "/v1/admin/groups/{name}", tag = "admin", request_body = UpdateGroupRequest,
    security(("bearer" = [])),
    params(("name" = String, Path, description = "The group's name")),
    responses(
        (status = 200, description = "The group as saved (under its new name)", body = GroupSummary),
        (status = 400, description = "`invalid_request`: a bad `name` or `description`; nothing changed"),
        (status = 403, description = "`forbidden`: only administrators change groups"),
        (status = 404, description = "`group_not_found`"),
        (status = 409, description = "`group_exists`: another group has the new name"),
    ))]
pub async fn update_group(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path(name): Path<String>,
    ApiJson(body): ApiJson<UpdateGroupRequest>,
) -> Result<Json<GroupSummary>, ApiError> {
    let name = path_group(&name)?;
    let rename = body.name.as_deref().map(path_group).transpose()?;
    let description = body.description.as_deref().map(parse_description).transpose()?;
    let saved =
        app.admin().edit_group(&Caller::user(&me.id, &me.token), &name, description, rename, &meta).await?;
    Ok(Json(group_summary(saved)))
}

/// Deletes a group: its members leave it and the reset scope drops it.
/// Refused with `409 policy_strands_users` (and `affected_users`) when the
/// scope names it and members would lose self-service reset, unless
/// `accept_impact=true`.
#[utoipa::path(delete, path = "/v1/admin/groups/{name}", tag = "admin", security(("bearer" = [])),
    params(
        ("name" = String, Path, description = "The group's name"),
        DeleteOptions,
    ),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "`invalid_request`: not a group name, or a bad parameter"),
        (status = 403, description = "`forbidden`: only administrators change groups"),
        (status = 404, description = "`group_not_found`"),
        (status = 409, description = "`policy_strands_users`, with `affected_users`; nothing changed"),
    ))]
pub async fn delete_group(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path(name): Path<String>,
    ApiQuery(options): ApiQuery<DeleteOptions>,
) -> Result<StatusCode, ApiError> {
    let name = path_group(&name)?;
    let accept_impact = options.accept_impact.unwrap_or(false);
    app.admin().delete_group(&Caller::user(&me.id, &me.token), &name, accept_impact, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A group's members in username order, a page at a time.
#[utoipa::path(get, path = "/v1/admin/groups/{name}/members", tag = "admin", security(("bearer" = [])),
    params(
        ("name" = String, Path, description = "The group's name"),
        Page,
    ),
    responses(
        (status = 200, description = "A page of members", body = AdminUserList),
        (status = 400, description = "`invalid_request`: a bad parameter or a cursor this API did not issue"),
        (status = 403, description = "`forbidden`"),
        (status = 404, description = "`group_not_found`"),
    ))]
pub async fn members(
    State(app): State<App>,
    Session(me): Session,
    Path(name): Path<String>,
    ApiQuery(page): ApiQuery<Page>,
) -> Result<Json<AdminUserList>, ApiError> {
    let name = path_group(&name)?;
    let (limit, after) = page.parse(Username::parse)?;
    let found =
        app.admin().group_members(&Caller::user(&me.id, &me.token), &name, after.as_ref(), limit).await?;
    Ok(Json(AdminUserList {
        users: found.users.into_iter().map(user_row).collect(),
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
        (status = 400, description = "`invalid_request`: not a group name, or the user is in 40 groups already"),
        (status = 403, description = "`forbidden`: only administrators change groups"),
        (status = 404, description = "`group_not_found` or `user_not_found`"),
    ))]
pub async fn add_member(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path(path): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    membership(&app, &me, &meta, path, true).await
}

async fn membership(
    app: &App,
    me: &Person,
    meta: &latchkey_core::model::audit::RequestMeta,
    (name, user): (String, String),
    join: bool,
) -> Result<StatusCode, ApiError> {
    let name = path_group(&name)?;
    app.admin()
        .set_membership(&Caller::user(&me.id, &me.token), &name, &UserId::new(user), join, meta)
        .await?;
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
        (status = 400, description = "`invalid_request`: not a group name"),
        (status = 403, description = "`forbidden`: only administrators change groups"),
        (status = 404, description = "`group_not_found` or `user_not_found`"),
    ))]
pub async fn remove_member(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path(path): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    membership(&app, &me, &meta, path, false).await
}
