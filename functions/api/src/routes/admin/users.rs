//! `/v1/admin/users…` and `/v1/admin/me`: administrators and the helpdesk
//! find users, read one, and act on one. Who may do what is the core's
//! `roles` module; a helpdesk is refused (403) anything it may not do, and
//! verifies the user (`…/verification`: a code sent to one of their own
//! methods, read out and entered) before each reset or unlock.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use latchkey_core::admin::people::{PAGE_MAX as PEOPLE_PAGE_MAX, RegistrationFilter, UserQuery};
use latchkey_core::model::search::UserOrder;
use latchkey_core::model::user::Role;
use latchkey_core::model::values::{E164, Email, ParseError, UserId};
use latchkey_dto::{
    AdminResetMode, AdminResetRequest, AdminResetResponse, AdminUserDetail, AdminUserList, CreateUserRequest,
    InvitationRequest, InvitationStatus, OfficePhoneRequest, OperatorResponse, PasswordExpiryRequest,
    UpdateUserRequest, VerificationCheckRequest, VerificationRequest, VerificationSent,
};
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::convert::{self, group_name};
use crate::app::App;
use crate::extract::{ApiJson, ApiQuery, Meta, Principal, Session};
use crate::problem::ApiError;
use crate::routes::convert::{core_method_kind, session_user};
use crate::routes::paging::{decode_cursor, encode_cursor, page_limit};

/// This room's routes, part of the admin group.
pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new()
        .routes(routes!(operator))
        .routes(routes!(list_users, create_user))
        .routes(routes!(user_detail, update_user, delete_user))
        .routes(routes!(invite))
        .routes(routes!(reset_password))
        .routes(routes!(unlock))
        .routes(routes!(lift_lockdown))
        .routes(routes!(end_sessions))
        .routes(routes!(clear_methods))
        .routes(routes!(remove_passkey))
        .routes(routes!(issue_access_pass, revoke_access_pass))
        .routes(routes!(set_office_phone, remove_office_phone))
        .routes(routes!(set_password_expiry))
        .routes(routes!(start_verification))
        .routes(routes!(check_verification))
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
        user: session_user(&me),
        permissions: permissions.iter().map(|p| convert::permission(*p).as_str().to_owned()).collect(),
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
    /// `admin`, `helpdesk` or `reports_reader`: who holds it; `user`: who holds no more than the plain role
    role: Option<String>,
    /// Enabled (`true`) or disabled (`false`) accounts
    enabled: Option<bool>,
    /// Accounts locked out now
    locked: Option<bool>,
    /// `registered`, `not_registered` or `confirm_due`
    registration: Option<String>,
    /// Passwords past the maximum age
    password_expired: Option<bool>,
    /// The order without a search: `username` (the default) or
    /// `display_name`, either with a leading `-` for the reverse order. Not
    /// with `search`, which lists its best matches first.
    sort: Option<String>,
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
    let order = match query.sort.as_deref() {
        None => UserOrder::default(),
        Some(_) if search.is_some() => {
            return Err(ParseError::new(
                "sort",
                "cannot be combined with a search, which lists its best matches first",
            )
            .into());
        }
        Some(raw) => UserOrder::parse(raw)?,
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
        order,
        limit: page_limit(query.limit, 50, PEOPLE_PAGE_MAX)?,
        cursor: query.next.as_deref().map(decode_cursor).transpose()?,
    })
}

/// Users, searched and filtered, a page at a time.
#[utoipa::path(get, path = "/v1/admin/users", tag = "admin", security(("bearer" = [])),
    params(UserFilters),
    responses(
        (status = 200, description = "A page of users in the order asked for (a search: username matches, then display-name, email and word matches); a page may be short when filters skip many users, and `next` goes on", body = AdminUserList),
        (status = 400, description = "`invalid_request`: an unknown or malformed filter, or a cursor this API did not issue (`field` names it)"),
        (status = 403, description = "`forbidden`: not an administrator or helpdesk"),
        (status = 429, description = "`too_many_requests`: this caller's heavy reads for the minute are spent (20 a minute across the insights, the registration summary and lockout-filtered lists); see `Retry-After`"),
    ))]
pub async fn list_users(
    State(app): State<App>,
    Principal(caller): Principal,
    ApiQuery(query): ApiQuery<UserFilters>,
) -> Result<Json<AdminUserList>, ApiError> {
    let query = list_query(query)?;
    let page = app.admin().list_users(&caller, &query).await?;
    Ok(Json(AdminUserList {
        users: page.users.into_iter().map(convert::user_row).collect(),
        next: page.next.as_ref().map(encode_cursor),
    }))
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
    Ok(Json(convert::user_detail(found)))
}

/// Edits a user: names, contact data, groups, roles, enabled, a forced change.
#[utoipa::path(patch, path = "/v1/admin/users/{id}", tag = "admin", request_body = UpdateUserRequest,
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The user as saved (with its new `version`)", body = AdminUserDetail),
        (status = 204, description = "Saved, for an API client holding `users:write` without `users:read`: the answer holds only what it may read, the new version in `ETag`"),
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
) -> Result<Response, ApiError> {
    let edit = convert::user_edit(&body)?;
    let admin = app.admin();
    let user = admin.edit_user(&caller, &UserId::new(target), body.version, &edit, &meta).await?;
    Ok(match admin.edited_detail(&caller, &user).await? {
        Some(detail) => Json(convert::user_detail(detail)).into_response(),
        None => (StatusCode::NO_CONTENT, [(header::ETAG, format!("\"{}\"", user.version))]).into_response(),
    })
}

/// Resets a user's password to a temporary one, shown once, where the
/// organisation turned temporary passwords on (off by default: issue a
/// Temporary Access Pass, `POST …/access-pass`, so nobody but the user ever
/// knows a password of theirs that works). The user must change it at their
/// next sign-in, within 24 hours; their sessions end and their lockout
/// lifts. Administrators never choose a user's password.
#[utoipa::path(post, path = "/v1/admin/users/{id}/password-reset", tag = "admin", request_body = AdminResetRequest,
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The temporary password, shown this once (never stored in plain text)", body = AdminResetResponse),
        (status = 400, description = "`invalid_request`: your own account (change your password instead)"),
        (status = 403, description = "`forbidden`: not allowed to reset this user (a helpdesk never resets a privileged user); `method_not_allowed_by_policy`: temporary passwords are off"),
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

/// Lifts the lockdown the user's own report put on the account (after the
/// help desk checked who they are); nothing to lift is a 204 too.
#[utoipa::path(delete, path = "/v1/admin/users/{id}/lockdown", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 204, description = "Lifted: the user may sign in and reset again"),
        (status = 401, description = "`unauthorized`"),
        (status = 403, description = "`forbidden`: only administrators who manage users (never an API client)"),
        (status = 404, description = "`user_not_found`"),
    ))]
pub async fn lift_lockdown(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path(target): Path<String>,
) -> Result<StatusCode, ApiError> {
    // A person only, never an API client: the lift follows a help desk's check.
    let caller = latchkey_core::model::clients::Caller::user(&me.id, &me.token);
    app.lifecycle().lift_lockdown(&caller, &UserId::new(target), &meta).await?;
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

/// Issues the user a Temporary Access Pass, shown this once: it signs in
/// only to register a passkey or an authenticator and set their own
/// password, so nobody else ever knows a password of theirs that works. One
/// live pass per user (a new one replaces it); the help desk's rules apply
/// as for a reset. The user is told on every channel.
#[utoipa::path(post, path = "/v1/admin/users/{id}/access-pass", tag = "admin", request_body = latchkey_dto::AccessPassRequest,
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 201, description = "The pass, shown this once (kept only as a keyed digest)", body = latchkey_dto::AccessPassIssued),
        (status = 400, description = "`invalid_request`: a lifetime, length or start out of bounds, or your own account"),
        (status = 403, description = "`forbidden` (a help desk never issues one to a privileged user), `verification_required`, or `insufficient_scope`"),
        (status = 404, description = "`user_not_found`"),
        (status = 503, description = "A dependency is down; nothing changed"),
    ))]
pub async fn issue_access_pass(
    State(app): State<App>,
    Principal(caller): Principal,
    Meta(meta): Meta,
    Path(target): Path<String>,
    ApiJson(body): ApiJson<latchkey_dto::AccessPassRequest>,
) -> Result<(StatusCode, Json<latchkey_dto::AccessPassIssued>), ApiError> {
    let now = app.accounts().ports().clock.now();
    let request = latchkey_core::model::access_pass::PassRequest::parse(
        body.one_time,
        body.lifetime_minutes,
        body.starts_at,
        body.length,
        now,
    )?;
    let issued = app.admin().issue_access_pass(&caller, &UserId::new(target), &request, &meta).await?;
    let body = latchkey_dto::AccessPassIssued {
        access_pass: secrecy::ExposeSecret::expose_secret(&issued.pass).into(),
        starts_at: issued.starts_at,
        expires_at: issued.expires_at,
        one_time: issued.one_time,
    };
    Ok((StatusCode::CREATED, Json(body)))
}

/// Revokes the user's Temporary Access Pass; the sessions it opened end.
#[utoipa::path(delete, path = "/v1/admin/users/{id}/access-pass", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 204, description = "Revoked (the user is told)"),
        (status = 403, description = "`forbidden` or `insufficient_scope`"),
        (status = 404, description = "`user_not_found`, or `method_not_registered`: no pass that could still be used"),
    ))]
pub async fn revoke_access_pass(
    State(app): State<App>,
    Principal(caller): Principal,
    Meta(meta): Meta,
    Path(target): Path<String>,
) -> Result<StatusCode, ApiError> {
    app.admin().revoke_access_pass(&caller, &UserId::new(target), &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Removes one of the user's passkeys (a lost or retired device). They are
/// told on every channel.
#[utoipa::path(delete, path = "/v1/admin/users/{id}/passkeys/{passkey}", tag = "admin", security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The user's id"),
        ("passkey" = String, Path, description = "The passkey's credential id"),
    ),
    responses(
        (status = 204, description = "Removed"),
        (status = 400, description = "`invalid_request`: your own account"),
        (status = 403, description = "`forbidden`: only administrators who manage users"),
        (status = 404, description = "`user_not_found`, or `method_not_registered`: no such passkey of theirs"),
    ))]
pub async fn remove_passkey(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path((target, passkey)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    let target = UserId::new(target);
    app.admin().remove_passkey((&me.id, &me.token), &target, &passkey, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
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
    let new = convert::new_user(&body)?;
    let admin = app.admin();
    let (user, _) = admin.create_user(&caller, new, body.send_invitation, &meta).await?;
    Ok((StatusCode::CREATED, Json(convert::user_detail(admin.written_detail(&user).await?))))
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

/// Sets the user's office phone, which takes code calls (only administrators set it).
#[utoipa::path(put, path = "/v1/admin/users/{id}/office-phone", tag = "admin", request_body = OfficePhoneRequest,
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 204, description = "Set"),
        (status = 400, description = "`invalid_request`: not an E.164 number (`field`: `phone`)"),
        (status = 403, description = "`forbidden`"),
        (status = 404, description = "`user_not_found`"),
    ))]
pub async fn set_office_phone(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path(target): Path<String>,
    ApiJson(body): ApiJson<OfficePhoneRequest>,
) -> Result<StatusCode, ApiError> {
    let phone = E164::parse(&body.phone).map_err(|e| e.with_field("phone"))?;
    let target = UserId::new(target);
    app.admin().set_office_phone(&me.id, &me.token, &target, Some(phone), &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Clears the user's office phone.
#[utoipa::path(delete, path = "/v1/admin/users/{id}/office-phone", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 204, description = "Cleared (or there was none)"),
        (status = 403, description = "`forbidden`"),
        (status = 404, description = "`user_not_found`"),
    ))]
pub async fn remove_office_phone(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path(target): Path<String>,
) -> Result<StatusCode, ApiError> {
    let target = UserId::new(target);
    app.admin().set_office_phone(&me.id, &me.token, &target, None, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Exempts the user from the maximum password age, or ends the exemption.
#[utoipa::path(put, path = "/v1/admin/users/{id}/password-expiry", tag = "admin", request_body = PasswordExpiryRequest,
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 204, description = "Set; `GET /v1/admin/users` shows the password's new expiry"),
        (status = 400, description = "`invalid_request`"),
        (status = 403, description = "`forbidden`"),
        (status = 404, description = "`user_not_found`"),
    ))]
pub async fn set_password_expiry(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path(target): Path<String>,
    ApiJson(body): ApiJson<PasswordExpiryRequest>,
) -> Result<StatusCode, ApiError> {
    let target = UserId::new(target);
    app.admin().set_password_never_expires(&me.id, &me.token, &target, body.never_expires, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
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
    let kind = core_method_kind(body.kind);
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
