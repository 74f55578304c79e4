//! `/v1/admin/users…` and `/v1/admin/me`: administrators and the helpdesk
//! find users, read one, and act on one. Who may do what is the core's
//! `roles` module; a helpdesk is refused (403) anything it may not do.

use std::collections::BTreeSet;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use latchkey_core::admin::people::{
    Cursor, PAGE_MAX as PEOPLE_PAGE_MAX, RegistrationFilter, UserDetail, UserEdit, UserQuery, UserRow,
    parse_name,
};
use latchkey_core::model::audit::AuditEvent;
use latchkey_core::model::registration::Status;
use latchkey_core::model::user::NewUser;
use latchkey_core::model::user::Role;
use latchkey_core::model::values::{E164, Email, GroupName, ParseError, UserId, Username};
use latchkey_dto::{
    ActivityEvent, AdminPasswordStatus, AdminResetMode, AdminResetRequest, AdminResetResponse,
    AdminUserDetail, AdminUserList, AdminUserRow, CreateUserRequest, InvitationRequest, InvitationStatus,
    OperatorResponse, RegistrationState, SessionUser, UpdateUserRequest, VerificationCheckRequest,
    VerificationRequest, VerificationSent,
};
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::app::App;
use crate::extract::{ApiJson, ApiQuery, Meta, Principal, Session};
use crate::problem::ApiError;

pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new()
        .routes(routes!(operator))
        .routes(routes!(list_users, create_user))
        .routes(routes!(user_detail, update_user, delete_user))
        .routes(routes!(invite))
        .routes(routes!(reset_password))
        .routes(routes!(unlock))
        .routes(routes!(end_sessions))
        .routes(routes!(clear_methods))
        .routes(routes!(start_verification))
        .routes(routes!(check_verification))
}

fn state(status: Status) -> RegistrationState {
    match status {
        Status::Complete => RegistrationState::Complete,
        Status::Incomplete => RegistrationState::Incomplete,
        Status::ConfirmDue => RegistrationState::ConfirmDue,
        Status::NotInScope => RegistrationState::NotInScope,
    }
}

fn role_names(roles: &BTreeSet<Role>) -> Vec<String> {
    roles.iter().map(|r| r.as_str().to_owned()).collect()
}

/// Who the caller is and what the console may show them.
#[utoipa::path(get, path = "/v1/admin/me", tag = "admin", security(("bearer" = [])),
    responses(
        (status = 200, description = "The operator and their permissions", body = OperatorResponse),
        (status = 403, description = "`forbidden`: no administrative role"),
    ))]
pub async fn operator(
    State(app): State<App>,
    Session(me): Session,
) -> Result<Json<OperatorResponse>, ApiError> {
    let (me, permissions) = app.admin().permissions(&me.id, &me.token).await?;
    Ok(Json(OperatorResponse {
        user: SessionUser {
            id: me.id.to_string(),
            username: me.username.to_string(),
            display_name: me.display_name.clone(),
            roles: role_names(&me.roles),
        },
        permissions: permissions.iter().map(|p| p.as_str().to_owned()).collect(),
    }))
}

/// The filters of the users list.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct UserFilters {
    /// A prefix of the username, display name or first email (any case)
    search: Option<String>,
    /// Only members of this group
    group: Option<String>,
    /// `user`, `admin`, `helpdesk` or `reports_reader`
    role: Option<String>,
    /// Enabled (`true`) or disabled (`false`) accounts
    enabled: Option<bool>,
    /// Accounts locked out now
    locked: Option<bool>,
    /// `registered`, `not_registered` or `confirm_due`
    registration: Option<String>,
    /// Passwords past the maximum age
    password_expired: Option<bool>,
    /// 1–200 (default 50)
    limit: Option<u32>,
    /// The `next` of the previous page
    next: Option<String>,
}

fn list_query(query: UserFilters) -> Result<UserQuery, ApiError> {
    let search = match query.search.as_deref().map(str::trim) {
        Some(s) if s.chars().count() > 128 => {
            return Err(ParseError::new("search", "must be at most 128 characters").into());
        }
        Some(s) if !s.is_empty() => Some(s.to_owned()),
        _ => None,
    };
    let role = match &query.role {
        None => None,
        Some(raw) => Some(Role::parse(raw).ok_or_else(|| {
            ParseError::new("role", "must be one of user, admin, helpdesk, reports_reader")
        })?),
    };
    let registration = match query.registration.as_deref() {
        None => None,
        Some("registered") => Some(RegistrationFilter::Registered),
        Some("not_registered") => Some(RegistrationFilter::NotRegistered),
        Some("confirm_due") => Some(RegistrationFilter::ConfirmDue),
        Some(_) => {
            return Err(
                ParseError::new("registration", "must be registered, not_registered or confirm_due").into()
            );
        }
    };
    Ok(UserQuery {
        search,
        group: query.group.as_deref().map(|g| group_name(g, "group")).transpose()?,
        role,
        enabled: query.enabled,
        locked: query.locked,
        registration,
        password_expired: query.password_expired,
        limit: page_limit(query.limit, 50, PEOPLE_PAGE_MAX)?,
        cursor: query.next.as_deref().map(decode_cursor).transpose()?,
    })
}

/// A list's `limit`: `default` when absent, else 1 to `max`.
pub(crate) fn page_limit(limit: Option<u32>, default: usize, max: usize) -> Result<usize, ParseError> {
    match limit.map(|n| n as usize) {
        None => Ok(default),
        Some(n) if (1..=max).contains(&n) => Ok(n),
        Some(_) => Err(ParseError::new("limit", format!("must be a whole number from 1 to {max}"))),
    }
}

/// Cursors travel as URL-safe base64, so that they are opaque and survive a query string.
pub(crate) fn encode_cursor(cursor: &Cursor) -> String {
    encode_opaque(&cursor.encode())
}

/// Text a client must pass back untouched, as URL-safe base64.
pub(crate) fn encode_opaque(text: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(text)
}

/// What `encode_opaque` encoded; any other text is not a cursor this API issued.
pub(crate) fn decode_opaque(raw: &str) -> Result<String, ParseError> {
    use base64::Engine;
    let bad = || ParseError::new("next", "is not a cursor this API issued");
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(raw).map_err(|_| bad())?;
    String::from_utf8(bytes).map_err(|_| bad())
}

pub(crate) fn decode_cursor(raw: &str) -> Result<Cursor, ParseError> {
    Cursor::decode(&decode_opaque(raw)?)
}

pub(crate) fn row(r: UserRow) -> AdminUserRow {
    AdminUserRow {
        id: r.user.id.to_string(),
        username: r.user.username.to_string(),
        display_name: r.user.display_name.clone(),
        email: r.user.emails.first().map(|e| e.as_str().to_owned()),
        roles: role_names(&r.user.roles),
        groups: r.user.groups.iter().map(|g| g.to_string()).collect(),
        enabled: r.user.enabled,
        registration: state(r.status),
        must_change_password: r.user.must_change_password,
        password_expires_at: r.password_expires_at,
        last_sign_in_at: r.user.last_sign_in_at,
        version: r.user.version,
    }
}

/// Users, searched and filtered, a page at a time.
#[utoipa::path(get, path = "/v1/admin/users", tag = "admin", security(("bearer" = [])),
    params(UserFilters),
    responses(
        (status = 200, description = "A page of users (username matches, then display-name, then email matches); a page may be short when filters skip many users, and `next` goes on", body = AdminUserList),
        (status = 400, description = "`invalid_request`: an unknown or malformed filter, or a cursor this API did not issue (`field` names it)"),
        (status = 403, description = "`forbidden`: not an administrator or helpdesk"),
    ))]
pub async fn list_users(
    State(app): State<App>,
    Principal(caller): Principal,
    ApiQuery(query): ApiQuery<UserFilters>,
) -> Result<Json<AdminUserList>, ApiError> {
    let query = list_query(query)?;
    let page = app.admin().list_users(&caller, &query).await?;
    Ok(Json(AdminUserList {
        users: page.users.into_iter().map(row).collect(),
        next: page.next.as_ref().map(encode_cursor),
    }))
}

/// The snake_case name an audit enum is stored under.
pub(crate) fn wire<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

fn activity(event: AuditEvent) -> ActivityEvent {
    ActivityEvent {
        id: event.id,
        at: event.at,
        action: wire(&event.action),
        outcome: wire(&event.outcome),
        actor: event.actor.map(|a| a.to_string()),
        reason: event.reason,
        client_ip: event.client_ip,
    }
}

fn detail(d: UserDetail) -> AdminUserDetail {
    let locked_until = d.locked_until;
    let last_reset_at = d.last_reset_at;
    let user = d.profile.user.clone();
    let me = crate::routes::me::profile(d.profile);
    AdminUserDetail {
        id: user.id.to_string(),
        username: user.username.to_string(),
        display_name: user.display_name.clone(),
        first_name: user.first_name.clone(),
        last_name: user.last_name.clone(),
        emails: user.emails.iter().map(|e| e.as_str().to_owned()).collect(),
        phones: user.phones.iter().map(|p| p.as_str().to_owned()).collect(),
        office_phone: user.registration.office_phone.as_ref().map(|p| p.as_str().to_owned()),
        roles: role_names(&user.roles),
        groups: user.groups.iter().map(|g| g.to_string()).collect(),
        enabled: user.enabled,
        methods: me.methods,
        registration: me.registration,
        password: AdminPasswordStatus {
            changed_at: me.password.changed_at,
            expires_at: me.password.expires_at,
            never_expires: me.password.never_expires,
            must_change: user.must_change_password,
            temporary_until: user.temporary_until(),
        },
        locked_until,
        created_at: user.created_at,
        last_sign_in_at: user.last_sign_in_at,
        last_reset_at,
        activity: d.activity.into_iter().map(activity).collect(),
        invitation: user
            .invitation
            .as_ref()
            .map(|i| InvitationStatus { sent_to: i.sent_to.as_str().to_owned(), expires_at: i.expires_at }),
        version: user.version,
    }
}

/// One user: profile, methods (masked), state and the last 20 events.
#[utoipa::path(get, path = "/v1/admin/users/{id}", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The user", body = AdminUserDetail),
        (status = 403, description = "`forbidden`"),
        (status = 404, description = "`user_not_found`"),
    ))]
pub async fn user_detail(
    State(app): State<App>,
    Principal(caller): Principal,
    Path(target): Path<String>,
) -> Result<Json<AdminUserDetail>, ApiError> {
    let found = app.admin().user_detail(&caller, &UserId::new(target)).await?;
    Ok(Json(detail(found)))
}

fn edit_of(body: &UpdateUserRequest) -> Result<UserEdit, ParseError> {
    let name = |v: &Option<String>, field: &'static str, allow_empty: bool| {
        v.as_deref().map(|raw| parse_name(raw, field, allow_empty)).transpose()
    };
    let bounded = |n: usize, field: &'static str| {
        if n > 10 { Err(ParseError::new(field, "may hold at most 10 entries")) } else { Ok(()) }
    };
    let emails = match &body.emails {
        None => None,
        Some(list) => {
            bounded(list.len(), "emails")?;
            Some(
                list.iter()
                    .map(|e| Email::parse(e).map_err(|err| err.with_field("emails")))
                    .collect::<Result<Vec<_>, _>>()?,
            )
        }
    };
    let phones = match &body.phones {
        None => None,
        Some(list) => {
            bounded(list.len(), "phones")?;
            Some(
                list.iter()
                    .map(|p| E164::parse(p).map_err(|err| err.with_field("phones")))
                    .collect::<Result<Vec<_>, _>>()?,
            )
        }
    };
    let groups = match &body.groups {
        None => None,
        Some(list) => {
            let groups = list.iter().map(|g| group_name(g, "groups")).collect::<Result<BTreeSet<_>, _>>()?;
            latchkey_core::model::groups::check_count(&groups)?;
            Some(groups)
        }
    };
    let roles = body.roles.as_deref().map(roles_of).transpose()?;
    Ok(UserEdit {
        display_name: name(&body.display_name, "display_name", false)?,
        first_name: name(&body.first_name, "first_name", true)?,
        last_name: name(&body.last_name, "last_name", true)?,
        emails,
        phones,
        groups,
        roles,
        enabled: body.enabled,
        must_change_password: body.must_change_password,
    })
}

/// Edits a user: names, contact data, groups, roles, enabled, a forced change.
#[utoipa::path(patch, path = "/v1/admin/users/{id}", tag = "admin", request_body = UpdateUserRequest,
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The user as saved (with its new `version`)", body = AdminUserDetail),
        (status = 400, description = "`invalid_request` naming the field; nothing changed"),
        (status = 403, description = "`forbidden`: only administrators edit users (an API client with `users:write` never edits a privileged account nor grants a privileged role); `insufficient_scope`: a client without `users:write`"),
        (status = 404, description = "`user_not_found`"),
        (status = 409, description = "`version_conflict`: someone changed the user since `version`; `current_version` says what it is now, nothing changed"),
        (status = 422, description = "`phone_country_not_allowed`"),
    ))]
pub async fn update_user(
    State(app): State<App>,
    Principal(caller): Principal,
    Meta(meta): Meta,
    Path(target): Path<String>,
    ApiJson(body): ApiJson<UpdateUserRequest>,
) -> Result<Json<AdminUserDetail>, ApiError> {
    let edit = edit_of(&body)?;
    let admin = app.admin();
    let user = admin.edit_user(&caller, &UserId::new(target), body.version, &edit, &meta).await?;
    Ok(Json(detail(admin.written_detail(&user).await?)))
}

/// Resets a user's password to a temporary one, shown once. The user must
/// change it at their next sign-in, within 24 hours; their sessions end and
/// their lockout lifts. Administrators never choose a user's password.
#[utoipa::path(post, path = "/v1/admin/users/{id}/password-reset", tag = "admin", request_body = AdminResetRequest,
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The temporary password, shown this once (never stored in plain text)", body = AdminResetResponse),
        (status = 400, description = "`invalid_request`: your own account (change your password instead)"),
        (status = 403, description = "`forbidden`: not allowed to reset this user (a helpdesk never resets a privileged user)"),
        (status = 404, description = "`user_not_found`"),
    ))]
pub async fn reset_password(
    State(app): State<App>,
    Principal(caller): Principal,
    Meta(meta): Meta,
    Path(target): Path<String>,
    ApiJson(body): ApiJson<AdminResetRequest>,
) -> Result<Json<AdminResetResponse>, ApiError> {
    let target = UserId::new(target);
    match body.mode {
        AdminResetMode::TemporaryPassword => {
            let issued = app.admin().reset_with_temporary_password(&caller, &target, &meta).await?;
            Ok(Json(AdminResetResponse {
                temporary_password: issued.password.expose().into(),
                expires_at: issued.expires_at,
            }))
        }
    }
}

/// Lifts a user's lockout, whatever sources the failures came from.
#[utoipa::path(post, path = "/v1/admin/users/{id}/unlock", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 204, description = "Unlocked (the user is told)"),
        (status = 403, description = "`forbidden`"),
        (status = 404, description = "`user_not_found`"),
    ))]
pub async fn unlock(
    State(app): State<App>,
    Principal(caller): Principal,
    Meta(meta): Meta,
    Path(target): Path<String>,
) -> Result<StatusCode, ApiError> {
    let target = UserId::new(target);
    app.admin().unlock(&caller, &target, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Ends every session the user has.
#[utoipa::path(delete, path = "/v1/admin/users/{id}/sessions", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 204, description = "Every session ended"),
        (status = 400, description = "`invalid_request`: your own account"),
        (status = 403, description = "`forbidden`: only administrators"),
        (status = 404, description = "`user_not_found`"),
    ))]
pub async fn end_sessions(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path(target): Path<String>,
) -> Result<StatusCode, ApiError> {
    let target = UserId::new(target);
    app.admin().end_sessions(&me.id, &me.token, &target, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Requires the user to register again: clears the methods they registered
/// themselves (proven email and mobile, security questions); directory
/// contacts stay. They are told on the channels they had.
#[utoipa::path(delete, path = "/v1/admin/users/{id}/methods", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 204, description = "Their own methods cleared; they register again"),
        (status = 400, description = "`invalid_request`: your own account"),
        (status = 403, description = "`forbidden`: only administrators who manage users"),
        (status = 404, description = "`user_not_found`"),
    ))]
pub async fn clear_methods(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path(target): Path<String>,
) -> Result<StatusCode, ApiError> {
    let target = UserId::new(target);
    app.admin().clear_methods(&me.id, &me.token, &target, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A group name from a request, complaints under `field`.
pub(crate) fn group_name(raw: &str, field: &'static str) -> Result<GroupName, ParseError> {
    GroupName::parse(raw).map_err(|e| e.with_field(field))
}

fn roles_of(list: &[String]) -> Result<BTreeSet<Role>, ParseError> {
    list.iter()
        .map(|r| {
            Role::parse(r).ok_or_else(|| {
                ParseError::new("roles", "must each be one of user, admin, helpdesk, reports_reader")
            })
        })
        .collect()
}

fn new_user(body: &CreateUserRequest) -> Result<NewUser, ParseError> {
    for (list, field) in [(&body.emails, "emails"), (&body.phones, "phones")] {
        if list.len() > 10 {
            return Err(ParseError::new(field, "may hold at most 10 entries"));
        }
    }
    Ok(NewUser {
        username: Username::parse(&body.username)?,
        display_name: parse_name(&body.display_name, "display_name", false)?,
        first_name: parse_name(&body.first_name, "first_name", true)?,
        last_name: parse_name(&body.last_name, "last_name", true)?,
        emails: body
            .emails
            .iter()
            .map(|e| Email::parse(e).map_err(|err| err.with_field("emails")))
            .collect::<Result<_, _>>()?,
        phones: body
            .phones
            .iter()
            .map(|p| E164::parse(p).map_err(|err| err.with_field("phones")))
            .collect::<Result<_, _>>()?,
        groups: {
            let groups = body.groups.iter().map(|g| group_name(g, "groups")).collect::<Result<_, _>>()?;
            latchkey_core::model::groups::check_count(&groups)?;
            groups
        },
        roles: roles_of(&body.roles)?,
    })
}

/// Creates a user without a password and (by default) emails them an
/// invitation to set one; an administrator never types a user's password.
#[utoipa::path(post, path = "/v1/admin/users", tag = "admin", request_body = CreateUserRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Created; `invitation` says where the invitation went", body = AdminUserDetail),
        (status = 400, description = "`invalid_request` naming the field (an invitation needs an email); nothing created"),
        (status = 403, description = "`forbidden`: only administrators create users (an API client with `users:write` creates no privileged account); `insufficient_scope`: a client without `users:write`"),
        (status = 409, description = "`username_taken`"),
        (status = 422, description = "`phone_country_not_allowed`"),
    ))]
pub async fn create_user(
    State(app): State<App>,
    Principal(caller): Principal,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<CreateUserRequest>,
) -> Result<(StatusCode, Json<AdminUserDetail>), ApiError> {
    let new = new_user(&body)?;
    let admin = app.admin();
    let (user, _) = admin.create_user(&caller, new, body.send_invitation, &meta).await?;
    Ok((StatusCode::CREATED, Json(detail(admin.written_detail(&user).await?))))
}

/// Deletes a user; the audit trail keeps their history.
#[utoipa::path(delete, path = "/v1/admin/users/{id}", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, description = "`invalid_request`: not yourself"),
        (status = 403, description = "`forbidden`: only administrators (an API client with `users:write` deletes no privileged account); `insufficient_scope`: a client without `users:write`"),
        (status = 404, description = "`user_not_found`"),
    ))]
pub async fn delete_user(
    State(app): State<App>,
    Principal(caller): Principal,
    Meta(meta): Meta,
    Path(target): Path<String>,
) -> Result<StatusCode, ApiError> {
    app.admin().delete_user(&caller, &UserId::new(target), &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Emails the user an invitation to set a (new) password: for a new user,
/// or as the reset that sends a code instead of a temporary password. A
/// current password keeps working until the invitation is used.
#[utoipa::path(post, path = "/v1/admin/users/{id}/invitation", tag = "admin", request_body = InvitationRequest,
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 202, description = "Sent; an earlier invitation stops working", body = InvitationStatus),
        (status = 400, description = "`invalid_request`: `email` is not one of the user's, or they have none"),
        (status = 403, description = "`forbidden` (a helpdesk never invites a privileged user); `account_disabled`: enable the user first"),
        (status = 404, description = "`user_not_found`"),
    ))]
pub async fn invite(
    State(app): State<App>,
    Principal(caller): Principal,
    Meta(meta): Meta,
    Path(target): Path<String>,
    ApiJson(body): ApiJson<InvitationRequest>,
) -> Result<(StatusCode, Json<InvitationStatus>), ApiError> {
    let to =
        body.email.as_deref().map(|e| Email::parse(e).map_err(|err| err.with_field("email"))).transpose()?;
    let target = UserId::new(target);
    let sent = app.admin().invite(&caller, &target, to, &meta).await?;
    let status = InvitationStatus { sent_to: sent.to.as_str().to_owned(), expires_at: sent.expires_at };
    Ok((StatusCode::ACCEPTED, Json(status)))
}

/// The verified helpdesk reset, step 1: sends the user a code on one of
/// their own methods. A helpdesk person must verify the user this way
/// before each reset or unlock (administrators need not).
#[utoipa::path(post, path = "/v1/admin/users/{id}/verification", tag = "admin", request_body = VerificationRequest,
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 202, description = "Sent; ask the user to read it out", body = VerificationSent),
        (status = 400, description = "`invalid_request`: the user has no method of that `kind`"),
        (status = 403, description = "`forbidden`"),
        (status = 404, description = "`user_not_found`"),
        (status = 429, description = "`phone_limit_reached`"),
    ))]
pub async fn start_verification(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path(target): Path<String>,
    ApiJson(body): ApiJson<VerificationRequest>,
) -> Result<(StatusCode, Json<VerificationSent>), ApiError> {
    let target = UserId::new(target);
    let kind = crate::routes::resets::core_kind(body.kind);
    let (hint, expires_at) = app.admin().start_check(&me.id, &me.token, &target, kind, &meta).await?;
    Ok((StatusCode::ACCEPTED, Json(VerificationSent { hint, expires_at })))
}

/// The verified helpdesk reset, step 2: the code the user read out. The
/// next reset or unlock of this user by this helpdesk person goes through
/// (once, within ten minutes) and its audit event says it was verified.
#[utoipa::path(post, path = "/v1/admin/users/{id}/verification/check", tag = "admin", request_body = VerificationCheckRequest,
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 204, description = "Verified"),
        (status = 400, description = "`code_invalid`, with `attempts_left` (5 a check)"),
        (status = 403, description = "`forbidden`"),
        (status = 404, description = "`user_not_found`"),
    ))]
pub async fn check_verification(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path(target): Path<String>,
    ApiJson(body): ApiJson<VerificationCheckRequest>,
) -> Result<StatusCode, ApiError> {
    let target = UserId::new(target);
    app.admin().finish_check(&me.id, &me.token, &target, body.code.expose(), &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}
