//! `/v1/admin/policy`, `/v1/admin/password-policy` and
//! `/v1/admin/security-questions`: administrators read, preview and change
//! the self-service reset policy, the password and lockout rules and the
//! organisation's own security questions. A change that would leave users
//! unable to reset, or expire passwords at once, is refused with their number
//! until the administrator accepts it.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use latchkey_core::admin::branding::{Branding as CoreBranding, ResetLimits as CoreLimits};
use latchkey_core::admin::{
    Impact, PasswordImpact, PasswordPolicy as CorePasswordPolicy, ResetPolicy as CorePolicy,
};
use latchkey_core::model::breach::BreachMode;
use latchkey_core::model::questions::{CustomQuestion as CoreQuestion, CustomQuestionEdit};
use latchkey_core::model::settings::{LockoutRules, PasswordRules, Scope, Telephony as CoreTelephony};
use latchkey_core::model::values::{E164, GroupName, UserId};
use latchkey_core::passwords::breach::RECENT_DAYS;
use latchkey_dto::{
    Branding, BreachCorpus, BreachStatus, BreachedMode, CustomQuestion, CustomQuestions,
    CustomQuestionsSaved, OfficePhoneRequest, PasswordExpiryRequest, PasswordPolicy, PasswordPolicyImpact,
    PolicyImpact, ResetLimits, ResetPolicy, ResetScope, Telephony, UpdateCustomQuestionsRequest,
    UpdatePasswordPolicyRequest, UpdatePolicyRequest, UpdateTelephonyRequest,
};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::app::App;
use crate::extract::{ApiJson, Meta, Principal, Session};
use crate::problem::ApiError;
use crate::routes::resets::kind;

pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new()
        .routes(routes!(policy, update_policy))
        .routes(routes!(preview_policy))
        .routes(routes!(password_policy, update_password_policy))
        .routes(routes!(preview_password_policy))
        .routes(routes!(breach_status))
        .routes(routes!(custom_questions, update_custom_questions))
        .routes(routes!(preview_custom_questions))
        .routes(routes!(telephony, update_telephony))
        .routes(routes!(branding, update_branding))
        .routes(routes!(reset_limits, update_reset_limits))
        .routes(routes!(set_office_phone, remove_office_phone))
        .routes(routes!(set_password_expiry))
        .merge(crate::routes::users::routes())
        .merge(crate::routes::import::routes())
        .merge(crate::routes::groups::routes())
        .merge(crate::routes::admin_agents::routes())
        .merge(crate::routes::clients::routes())
}

fn to_dto(p: CorePolicy) -> ResetPolicy {
    let (scope, scope_groups) = match p.scope {
        Scope::None => (ResetScope::None, Vec::new()),
        Scope::Groups { groups } => (ResetScope::Groups, groups.iter().map(|g| g.to_string()).collect()),
        Scope::All => (ResetScope::All, Vec::new()),
    };
    ResetPolicy {
        scope,
        scope_groups,
        scope_group: None,
        methods_allowed: p.methods_allowed.into_iter().map(kind).collect(),
        methods_required: p.methods_required,
        questions_to_register: p.questions_to_register,
        questions_to_reset: p.questions_to_reset,
        require_registration: p.require_registration,
        reconfirm_days: p.reconfirm_days,
        notify_users: p.notify_users,
        notify_admins_on_admin_reset: p.notify_admins_on_admin_reset,
        directory_contacts_count: p.directory_contacts_count,
        second_factor_for_everyone: p.second_factor_for_everyone,
    }
}

fn from_dto(p: ResetPolicy) -> Result<CorePolicy, ApiError> {
    use latchkey_core::model::methods::MethodKind as Core;
    use latchkey_dto::MethodKind as Dto;
    let scope = match p.scope {
        ResetScope::None => Scope::None,
        ResetScope::All => Scope::All,
        // `scope_group` is an older client's one group; it joins the list.
        ResetScope::Groups | ResetScope::Group => {
            let mut groups = std::collections::BTreeSet::new();
            for raw in p.scope_groups.iter().chain(&p.scope_group) {
                groups.insert(GroupName::parse(raw).map_err(|e| e.with_field("scope_groups"))?);
            }
            Scope::Groups { groups }
        }
    };
    let mut methods_allowed = std::collections::BTreeSet::new();
    for m in p.methods_allowed {
        methods_allowed.insert(match m {
            Dto::Email => Core::Email,
            Dto::Sms => Core::Sms,
            Dto::Questions => Core::Questions,
            Dto::Voice => Core::Voice,
            Dto::Authenticator => Core::Authenticator,
        });
    }
    Ok(CorePolicy {
        scope,
        methods_allowed,
        methods_required: p.methods_required,
        questions_to_register: p.questions_to_register,
        questions_to_reset: p.questions_to_reset,
        require_registration: p.require_registration,
        reconfirm_days: p.reconfirm_days,
        notify_users: p.notify_users,
        notify_admins_on_admin_reset: p.notify_admins_on_admin_reset,
        directory_contacts_count: p.directory_contacts_count,
        second_factor_for_everyone: p.second_factor_for_everyone,
    })
}

fn impact(i: Impact) -> PolicyImpact {
    PolicyImpact {
        users: i.users,
        eligible_before: i.eligible_before,
        eligible_after: i.eligible_after,
        losing: i.losing,
    }
}

/// The self-service reset policy.
#[utoipa::path(get, path = "/v1/admin/policy", tag = "admin", security(("bearer" = [])),
    responses(
        (status = 200, description = "The policy", body = ResetPolicy),
        (status = 403, description = "`forbidden`: not an administrator"),
    ))]
pub async fn policy(
    State(app): State<App>,
    Principal(caller): Principal,
) -> Result<Json<ResetPolicy>, ApiError> {
    let p = app.admin().reset_policy(&caller).await?;
    Ok(Json(to_dto(p)))
}

/// What a policy would do to who can reset, without saving it.
#[utoipa::path(post, path = "/v1/admin/policy/preview", tag = "admin", request_body = ResetPolicy,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "How many users could reset before and after", body = PolicyImpact),
        (status = 400, description = "An invalid value, named in `field`"),
        (status = 403, description = "`forbidden`"),
    ))]
pub async fn preview_policy(
    State(app): State<App>,
    Session(me): Session,
    ApiJson(body): ApiJson<ResetPolicy>,
) -> Result<Json<PolicyImpact>, ApiError> {
    let policy = from_dto(body)?;
    Ok(Json(impact(app.admin().preview(&me.id, &me.token, &policy).await?)))
}

/// Saves the policy. Refused with `409 policy_strands_users` (and
/// `affected_users`) when users would lose self-service reset, unless `accept_impact`.
#[utoipa::path(put, path = "/v1/admin/policy", tag = "admin", request_body = UpdatePolicyRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Saved; what it changed", body = PolicyImpact),
        (status = 400, description = "An invalid value, named in `field`"),
        (status = 403, description = "`forbidden`"),
        (status = 409, description = "`policy_strands_users`, with `affected_users`; nothing saved"),
    ))]
pub async fn update_policy(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<UpdatePolicyRequest>,
) -> Result<Json<PolicyImpact>, ApiError> {
    let policy = from_dto(body.policy)?;
    let done = app.admin().set_reset_policy(&me.id, &me.token, &policy, body.accept_impact, &meta).await?;
    Ok(Json(impact(done)))
}

fn telephony_to_dto(t: CoreTelephony) -> Telephony {
    Telephony {
        allowed_countries: t.allowed_countries.into_iter().collect(),
        per_number_per_day: t.per_number_per_day,
        organisation_per_day: t.organisation_per_day,
    }
}

/// The spend guardrails for texts and calls: the country allowlist and the
/// daily caps per number and for the organisation.
#[utoipa::path(get, path = "/v1/admin/telephony", tag = "admin", security(("bearer" = [])),
    responses(
        (status = 200, description = "The guardrails", body = Telephony),
        (status = 403, description = "`forbidden`: not an administrator; `password_change_required`"),
    ))]
pub async fn telephony(
    State(app): State<App>,
    Principal(caller): Principal,
) -> Result<Json<Telephony>, ApiError> {
    let rules = app.admin().telephony(&caller).await?;
    Ok(Json(telephony_to_dto(rules)))
}

/// Saves the guardrails (audited). An allowlist that would leave users who
/// can reset today without enough methods is refused with `409
/// policy_strands_users` (and `affected_users`) unless `accept_impact`.
#[utoipa::path(put, path = "/v1/admin/telephony", tag = "admin", request_body = UpdateTelephonyRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Saved; what it changed", body = PolicyImpact),
        (status = 400, description = "An invalid value, named in `field`"),
        (status = 403, description = "`forbidden`"),
        (status = 409, description = "`policy_strands_users`, with `affected_users`; nothing saved"),
    ))]
pub async fn update_telephony(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<UpdateTelephonyRequest>,
) -> Result<Json<PolicyImpact>, ApiError> {
    let t = body.telephony;
    let rules = CoreTelephony {
        allowed_countries: t.allowed_countries.into_iter().collect(),
        per_number_per_day: t.per_number_per_day,
        organisation_per_day: t.organisation_per_day,
    };
    let done = app.admin().set_telephony(&me.id, &me.token, &rules, body.accept_impact, &meta).await?;
    Ok(Json(impact(done)))
}

fn password_to_dto(p: CorePasswordPolicy) -> PasswordPolicy {
    PasswordPolicy {
        min_length: p.password.min_length,
        history: p.password.history,
        custom_banned: p.password.custom_banned,
        max_age_days: p.password.max_age_days,
        lockout_threshold: p.lockout.threshold,
        lockout_seconds: p.lockout.base_seconds,
        lockout_max_seconds: p.lockout.max_seconds,
        breached_mode: p.breach_mode.map(breached_mode),
        breached_min_count: p.breach_min_count,
    }
}

fn breached_mode(mode: BreachMode) -> BreachedMode {
    match mode {
        BreachMode::Off => BreachedMode::Off,
        BreachMode::Audit => BreachedMode::Audit,
        BreachMode::Enforce => BreachedMode::Enforce,
    }
}

fn password_from_dto(p: PasswordPolicy) -> CorePasswordPolicy {
    CorePasswordPolicy {
        password: PasswordRules {
            min_length: p.min_length,
            history: p.history,
            custom_banned: p.custom_banned,
            max_age_days: p.max_age_days,
            // Not read: `breach_mode` and `breach_min_count` say what changes.
            breached: Default::default(),
        },
        lockout: LockoutRules {
            threshold: p.lockout_threshold,
            base_seconds: p.lockout_seconds,
            max_seconds: p.lockout_max_seconds,
        },
        breach_mode: p.breached_mode.map(|mode| match mode {
            BreachedMode::Off => BreachMode::Off,
            BreachedMode::Audit => BreachMode::Audit,
            BreachedMode::Enforce => BreachMode::Enforce,
        }),
        breach_min_count: p.breached_min_count,
    }
}

fn password_impact(i: PasswordImpact) -> PasswordPolicyImpact {
    PasswordPolicyImpact {
        users: i.users,
        expired_before: i.expired_before,
        expired_after: i.expired_after,
        recent_days: RECENT_DAYS as u32,
        recent_checked: i.recent_breaches.checked,
        recent_breached: i.recent_breaches.breached,
    }
}

/// The breach check: its mode and minimum count, the shipped list, the
/// imported corpus, and how many recent new passwords were found breached.
#[utoipa::path(get, path = "/v1/admin/password-policy/breaches", tag = "admin", security(("bearer" = [])),
    responses(
        (status = 200, description = "The breach check as it stands", body = BreachStatus),
        (status = 403, description = "`forbidden`: not an administrator"),
        (status = 503, description = "`unavailable`: the corpus could not be read"),
    ))]
pub async fn breach_status(
    State(app): State<App>,
    Session(me): Session,
) -> Result<Json<BreachStatus>, ApiError> {
    let s = app.admin().breach_status(&me.id, &me.token).await?;
    Ok(Json(BreachStatus {
        mode: breached_mode(s.rules.mode),
        min_count: s.rules.min_count.count(),
        shipped_entries: s.shipped_entries,
        corpus: s.corpus.map(|c| BreachCorpus {
            entries: c.entries,
            shards: c.shards,
            bytes: c.bytes,
            imported_at: c.imported_at,
            source: c.source,
        }),
        recent_days: RECENT_DAYS as u32,
        recent_checked: s.recent.checked,
        recent_breached: s.recent.breached,
    }))
}

/// The password and sign-in lockout rules.
#[utoipa::path(get, path = "/v1/admin/password-policy", tag = "admin", security(("bearer" = [])),
    responses(
        (status = 200, description = "The rules", body = PasswordPolicy),
        (status = 403, description = "`forbidden`: not an administrator"),
    ))]
pub async fn password_policy(
    State(app): State<App>,
    Principal(caller): Principal,
) -> Result<Json<PasswordPolicy>, ApiError> {
    let p = app.admin().password_policy(&caller).await?;
    Ok(Json(password_to_dto(p)))
}

/// How many passwords new rules would expire at once, without saving them.
#[utoipa::path(post, path = "/v1/admin/password-policy/preview", tag = "admin", request_body = PasswordPolicy,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Expired passwords now and under the new rules", body = PasswordPolicyImpact),
        (status = 400, description = "An invalid value, named in `field`"),
        (status = 403, description = "`forbidden`"),
    ))]
pub async fn preview_password_policy(
    State(app): State<App>,
    Session(me): Session,
    ApiJson(body): ApiJson<PasswordPolicy>,
) -> Result<Json<PasswordPolicyImpact>, ApiError> {
    let policy = password_from_dto(body);
    let done = app.admin().preview_password_policy(&me.id, &me.token, &policy).await?;
    Ok(Json(password_impact(done)))
}

/// Saves the password and lockout rules; they apply from the next sign-in or
/// change. Refused with `409 policy_expires_passwords` (and `affected_users`)
/// when a new maximum age would expire passwords at once, unless `accept_impact`.
#[utoipa::path(put, path = "/v1/admin/password-policy", tag = "admin", request_body = UpdatePasswordPolicyRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Saved; what it changed", body = PasswordPolicyImpact),
        (status = 400, description = "An invalid value, named in `field`"),
        (status = 403, description = "`forbidden`"),
        (status = 409, description = "`policy_expires_passwords`, with `affected_users`; nothing saved"),
    ))]
pub async fn update_password_policy(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<UpdatePasswordPolicyRequest>,
) -> Result<Json<PasswordPolicyImpact>, ApiError> {
    let policy = password_from_dto(body.policy);
    let done = app.admin().set_password_policy(&me.id, &me.token, &policy, body.accept_impact, &meta).await?;
    Ok(Json(password_impact(done)))
}

fn questions_to_dto(questions: Vec<CoreQuestion>) -> Vec<CustomQuestion> {
    questions.into_iter().map(|q| CustomQuestion { id: Some(q.id), text: q.text }).collect()
}

fn questions_from_dto(questions: Vec<CustomQuestion>) -> Vec<CustomQuestionEdit> {
    questions.into_iter().map(|q| CustomQuestionEdit { id: q.id, text: q.text }).collect()
}

/// The organisation's own security questions (offered beside the predefined ones).
#[utoipa::path(get, path = "/v1/admin/security-questions", tag = "admin", security(("bearer" = [])),
    responses(
        (status = 200, description = "The custom questions, with their ids", body = CustomQuestions),
        (status = 403, description = "`forbidden`: not an administrator"),
    ))]
pub async fn custom_questions(
    State(app): State<App>,
    Principal(caller): Principal,
) -> Result<Json<CustomQuestions>, ApiError> {
    let questions = app.admin().custom_questions(&caller).await?;
    Ok(Json(CustomQuestions { questions: questions_to_dto(questions) }))
}

/// What a new list of custom questions would do to who can reset, without saving it.
#[utoipa::path(post, path = "/v1/admin/security-questions/preview", tag = "admin", request_body = CustomQuestions,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "How many users could reset before and after", body = PolicyImpact),
        (status = 400, description = "An invalid list (`field`: `questions`)"),
        (status = 403, description = "`forbidden`"),
    ))]
pub async fn preview_custom_questions(
    State(app): State<App>,
    Session(me): Session,
    ApiJson(body): ApiJson<CustomQuestions>,
) -> Result<Json<PolicyImpact>, ApiError> {
    let edits = questions_from_dto(body.questions);
    let done = app.admin().preview_custom_questions(&me.id, &me.token, &edits).await?;
    Ok(Json(impact(done)))
}

/// Replaces the custom questions (a question left out is removed; one without
/// an id is added). Refused with `409 policy_strands_users` (and
/// `affected_users`) when users who answered a removed question would lose
/// self-service reset, unless `accept_impact`.
#[utoipa::path(put, path = "/v1/admin/security-questions", tag = "admin", request_body = UpdateCustomQuestionsRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Saved: the list with every id, and what it changed", body = CustomQuestionsSaved),
        (status = 400, description = "An invalid list (`field`: `questions`)"),
        (status = 403, description = "`forbidden`"),
        (status = 409, description = "`policy_strands_users`, with `affected_users`; nothing saved"),
    ))]
pub async fn update_custom_questions(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<UpdateCustomQuestionsRequest>,
) -> Result<Json<CustomQuestionsSaved>, ApiError> {
    let edits = questions_from_dto(body.questions);
    let (saved, done) =
        app.admin().set_custom_questions(&me.id, &me.token, &edits, body.accept_impact, &meta).await?;
    Ok(Json(CustomQuestionsSaved { questions: questions_to_dto(saved), impact: impact(done) }))
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

fn branding_dto(b: CoreBranding) -> Branding {
    Branding { company_name: b.company_name, logo_url: b.logo_url, contact: b.contact }
}

/// What users see of the organisation: its name, logo and contact link.
#[utoipa::path(get, path = "/v1/admin/branding", tag = "admin", security(("bearer" = [])),
    responses(
        (status = 200, description = "The branding", body = Branding),
        (status = 403, description = "`forbidden`: not an administrator"),
    ))]
pub async fn branding(
    State(app): State<App>,
    Principal(caller): Principal,
) -> Result<Json<Branding>, ApiError> {
    let b = app.admin().branding(&caller).await?;
    Ok(Json(branding_dto(b)))
}

/// Saves the branding (audited); `GET /v1/config/public` shows it at once.
#[utoipa::path(put, path = "/v1/admin/branding", tag = "admin", request_body = Branding,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Saved", body = Branding),
        (status = 400, description = "`invalid_request` naming the field (the logo must be https://, the contact an https:// page or an email address); nothing changed"),
        (status = 403, description = "`forbidden`"),
    ))]
pub async fn update_branding(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<Branding>,
) -> Result<Json<Branding>, ApiError> {
    let wanted =
        CoreBranding { company_name: body.company_name, logo_url: body.logo_url, contact: body.contact };
    let saved = app.admin().set_branding(&me.id, &me.token, &wanted, &meta).await?;
    Ok(Json(branding_dto(saved)))
}

fn limits_dto(l: CoreLimits) -> ResetLimits {
    ResetLimits {
        code_digits: l.code_digits,
        code_lifetime_seconds: l.code_lifetime_seconds,
        flow_lifetime_seconds: l.flow_lifetime_seconds,
        code_attempts: l.code_attempts,
        sends_per_flow: l.sends_per_flow,
        failed_proofs_per_day: l.failed_proofs_per_day,
        phone_sends_per_hour: l.phone_sends_per_hour,
        emails_per_ten_minutes: l.emails_per_ten_minutes,
        block_hours: l.block_hours,
        decoy_email_domain: l.decoy_email_domain,
    }
}

/// Codes, tries, sends and blocks of self-service reset, and the decoy email domain.
#[utoipa::path(get, path = "/v1/admin/reset-limits", tag = "admin", security(("bearer" = [])),
    responses(
        (status = 200, description = "The limits", body = ResetLimits),
        (status = 403, description = "`forbidden`: not an administrator"),
    ))]
pub async fn reset_limits(
    State(app): State<App>,
    Principal(caller): Principal,
) -> Result<Json<ResetLimits>, ApiError> {
    let l = app.admin().reset_limits(&caller).await?;
    Ok(Json(limits_dto(l)))
}

/// Saves the reset limits (audited with every figure); each must lie within
/// its bounds, which are never looser than the policy's floors.
#[utoipa::path(put, path = "/v1/admin/reset-limits", tag = "admin", request_body = ResetLimits,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Saved", body = ResetLimits),
        (status = 400, description = "`invalid_request` naming the field out of bounds; nothing changed"),
        (status = 403, description = "`forbidden`"),
    ))]
pub async fn update_reset_limits(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(b): ApiJson<ResetLimits>,
) -> Result<Json<ResetLimits>, ApiError> {
    let wanted = CoreLimits {
        code_digits: b.code_digits,
        code_lifetime_seconds: b.code_lifetime_seconds,
        flow_lifetime_seconds: b.flow_lifetime_seconds,
        code_attempts: b.code_attempts,
        sends_per_flow: b.sends_per_flow,
        failed_proofs_per_day: b.failed_proofs_per_day,
        phone_sends_per_hour: b.phone_sends_per_hour,
        emails_per_ten_minutes: b.emails_per_ten_minutes,
        block_hours: b.block_hours,
        decoy_email_domain: b.decoy_email_domain,
    };
    let saved = app.admin().set_reset_limits(&me.id, &me.token, &wanted, &meta).await?;
    Ok(Json(limits_dto(saved)))
}
