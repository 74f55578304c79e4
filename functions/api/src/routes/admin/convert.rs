//! The admin rooms' conversions between the core's types and the wire's:
//! the policies and settings as the console shows and sends them; users as
//! lists, details, edits and new users; groups, import results, writeback
//! agents and API clients.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use latchkey_core::admin::branding::{Branding as CoreBranding, ResetLimits as CoreLimits};
use latchkey_core::admin::groups::GroupRow;
use latchkey_core::admin::import::{RowOutcome, RowResult};
use latchkey_core::admin::people::{UserDetail, UserEdit, UserRow, parse_name};
use latchkey_core::admin::{
    BreachStatus as CoreBreachStatus, Impact, PasswordImpact, PasswordPolicy as CorePasswordPolicy,
    ResetPolicy as CorePolicy,
};
use latchkey_core::model::agents::{Agent, AgentStatus as CoreAgentStatus, IssuedEnrolment};
use latchkey_core::model::audit::AuditEvent;
use latchkey_core::model::breach::BreachMode;
use latchkey_core::model::clients::{ApiClient, ClientSecret};
use latchkey_core::model::groups::check_count;
use latchkey_core::model::questions::{CustomQuestion as CoreQuestion, CustomQuestionEdit, QuestionId};
use latchkey_core::model::settings::{LockoutRules, PasswordRules, Scope, Telephony as CoreTelephony};
use latchkey_core::model::settings::{ModelRule as CoreModelRule, RecoveryStrength as CoreStrength};
use latchkey_core::model::user::{NewUser, Role};
use latchkey_core::model::values::{E164, Email, GroupName, ParseError, Username};
use latchkey_core::passwords::breach::RECENT_DAYS;
use latchkey_dto::{
    ActivityEvent, AdminPasswordStatus, AdminUserDetail, AdminUserRow, AgentEnrolment, AgentInfo, AgentList,
    AgentStatus, ApiClientInfo, ApiClientSecret, Branding, BreachCorpus, BreachStatus, BreachedMode,
    CreateUserRequest, CustomQuestion, DirectoryStatus, GroupSummary, ImportRowResult, InvitationStatus,
    PasswordPolicy, PasswordPolicyImpact, PolicyImpact, ResetLimits, ResetPolicy, ResetScope, Telephony,
    UpdateUserRequest,
};
use secrecy::ExposeSecret;

use crate::problem::ApiError;
use crate::routes::convert::{
    core_language, core_method_kind, language, method_kind, registration_state, role_names, wire,
};
use crate::routes::me::convert::profile;

/// The reset policy, as the console shows it.
pub(super) fn reset_policy(p: CorePolicy) -> ResetPolicy {
    let (scope, scope_groups) = match p.scope {
        Scope::None => (ResetScope::None, Vec::new()),
        Scope::Groups { groups } => (ResetScope::Groups, groups.iter().map(|g| g.to_string()).collect()),
        Scope::All => (ResetScope::All, Vec::new()),
    };
    ResetPolicy {
        scope,
        scope_groups,
        scope_group: None,
        methods_allowed: p.methods_allowed.into_iter().map(method_kind).collect(),
        methods_required: p.methods_required,
        questions_to_register: p.questions_to_register,
        questions_to_reset: p.questions_to_reset,
        require_registration: p.require_registration,
        reconfirm_days: p.reconfirm_days,
        notify_users: p.notify_users,
        notify_admins_on_admin_reset: p.notify_admins_on_admin_reset,
        directory_contacts_count: p.directory_contacts_count,
        second_factor_for_everyone: p.second_factor_for_everyone,
        temporary_passwords: p.temporary_passwords,
        invite_provisioned_users: p.invite_provisioned_users,
        recovery_strength: p.recovery_strength.map(|r| latchkey_dto::RecoveryStrengths {
            user: strength(r.user),
            admin: strength(r.admin),
            helpdesk: strength(r.helpdesk),
            reports_reader: strength(r.reports_reader),
        }),
        passkey_models: p.passkey_models.map(|(rule, aaguids)| latchkey_dto::PasskeyModels {
            rule: match rule {
                CoreModelRule::Any => latchkey_dto::ModelRule::Any,
                CoreModelRule::Allow => latchkey_dto::ModelRule::Allow,
                CoreModelRule::Block => latchkey_dto::ModelRule::Block,
            },
            aaguids,
        }),
    }
}

/// A recovery strength as the API names it.
fn strength(s: CoreStrength) -> latchkey_dto::RecoveryStrength {
    use latchkey_dto::RecoveryStrength as Dto;
    match s {
        CoreStrength::Any => Dto::Any,
        CoreStrength::TwoMethods => Dto::TwoMethods,
        CoreStrength::PhishingResistant => Dto::PhishingResistant,
    }
}

/// A recovery strength from a request.
fn core_strength(s: latchkey_dto::RecoveryStrength) -> CoreStrength {
    use latchkey_dto::RecoveryStrength as Dto;
    match s {
        Dto::Any => CoreStrength::Any,
        Dto::TwoMethods => CoreStrength::TwoMethods,
        Dto::PhishingResistant => CoreStrength::PhishingResistant,
    }
}

/// A reset policy from a request, its groups parsed.
pub(super) fn core_reset_policy(p: ResetPolicy) -> Result<CorePolicy, ApiError> {
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
        methods_allowed.insert(core_method_kind(m));
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
        temporary_passwords: p.temporary_passwords,
        invite_provisioned_users: p.invite_provisioned_users,
        recovery_strength: p.recovery_strength.map(|r| latchkey_core::model::settings::RecoveryStrengths {
            user: core_strength(r.user),
            admin: core_strength(r.admin),
            helpdesk: core_strength(r.helpdesk),
            reports_reader: core_strength(r.reports_reader),
        }),
        passkey_models: p.passkey_models.map(|m| {
            let rule = match m.rule {
                latchkey_dto::ModelRule::Any => CoreModelRule::Any,
                latchkey_dto::ModelRule::Allow => CoreModelRule::Allow,
                latchkey_dto::ModelRule::Block => CoreModelRule::Block,
            };
            (rule, m.aaguids)
        }),
    })
}

/// What a policy change does to who can reset.
pub(super) fn policy_impact(i: Impact) -> PolicyImpact {
    PolicyImpact {
        users: i.users,
        eligible_before: i.eligible_before,
        eligible_after: i.eligible_after,
        losing: i.losing,
    }
}

/// The telephony guardrails.
pub(super) fn telephony(t: CoreTelephony) -> Telephony {
    Telephony {
        allowed_countries: t.allowed_countries.into_iter().collect(),
        per_number_per_day: t.per_number_per_day,
        organisation_per_day: t.organisation_per_day,
    }
}

/// Telephony guardrails from a request.
pub(super) fn core_telephony(t: Telephony) -> CoreTelephony {
    CoreTelephony {
        allowed_countries: t.allowed_countries.into_iter().collect(),
        per_number_per_day: t.per_number_per_day,
        organisation_per_day: t.organisation_per_day,
    }
}

/// The password and lockout rules.
pub(super) fn password_policy(p: CorePasswordPolicy) -> PasswordPolicy {
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
        breached_at_sign_in: p.breach_at_sign_in.map(breached_mode),
        expiry_reminder_days: p.reminder_days,
        expiry_reminder_sms: p.reminder_sms,
    }
}

/// How the breach check acts.
pub(super) fn breached_mode(mode: BreachMode) -> BreachedMode {
    match mode {
        BreachMode::Off => BreachedMode::Off,
        BreachMode::Audit => BreachedMode::Audit,
        BreachMode::Enforce => BreachedMode::Enforce,
    }
}

/// Password and lockout rules from a request.
pub(super) fn core_password_policy(p: PasswordPolicy) -> CorePasswordPolicy {
    CorePasswordPolicy {
        password: PasswordRules {
            min_length: p.min_length,
            history: p.history,
            custom_banned: p.custom_banned,
            max_age_days: p.max_age_days,
            // Not read: `breach_mode` and `breach_min_count` say what changes,
            // as `reminder_days` and `reminder_sms` do for the reminders.
            breached: Default::default(),
            expiry_reminders: Default::default(),
        },
        lockout: LockoutRules {
            threshold: p.lockout_threshold,
            base_seconds: p.lockout_seconds,
            max_seconds: p.lockout_max_seconds,
        },
        breach_mode: p.breached_mode.map(core_breach_mode),
        breach_min_count: p.breached_min_count,
        breach_at_sign_in: p.breached_at_sign_in.map(core_breach_mode),
        reminder_days: p.expiry_reminder_days,
        reminder_sms: p.expiry_reminder_sms,
    }
}

fn core_breach_mode(mode: BreachedMode) -> BreachMode {
    match mode {
        BreachedMode::Off => BreachMode::Off,
        BreachedMode::Audit => BreachMode::Audit,
        BreachedMode::Enforce => BreachMode::Enforce,
    }
}

/// What new password rules do to passwords now.
pub(super) fn password_policy_impact(i: PasswordImpact) -> PasswordPolicyImpact {
    PasswordPolicyImpact {
        users: i.users,
        expired_before: i.expired_before,
        expired_after: i.expired_after,
        recent_days: RECENT_DAYS as u32,
        recent_checked: i.recent_breaches.checked,
        recent_breached: i.recent_breaches.breached,
    }
}

/// The breach check as it stands.
pub(super) fn breach_status(s: CoreBreachStatus) -> BreachStatus {
    BreachStatus {
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
    }
}

/// The organisation's own security questions, with their ids.
pub(super) fn custom_questions(questions: Vec<CoreQuestion>) -> Vec<CustomQuestion> {
    questions.into_iter().map(|q| CustomQuestion { id: Some(q.id.into()), text: q.text }).collect()
}

/// A new list of custom questions from a request; an id of the wrong shape
/// is refused as one that is not a custom question's (which it cannot be).
pub(super) fn question_edits(questions: Vec<CustomQuestion>) -> Result<Vec<CustomQuestionEdit>, ParseError> {
    (1..)
        .zip(questions)
        .map(|(n, q)| {
            let id = q.id.as_deref().map(QuestionId::parse).transpose().map_err(|_| {
                ParseError::new(
                    "questions",
                    format!("question {n} has an id that is not one of the custom questions"),
                )
            })?;
            Ok(CustomQuestionEdit { id, text: q.text })
        })
        .collect()
}

/// What users see of the organisation.
pub(super) fn branding(b: CoreBranding) -> Branding {
    Branding {
        company_name: b.company_name,
        logo_url: b.logo_url,
        contact: b.contact,
        default_language: b.default_language.map(language),
    }
}

/// Branding from a request.
pub(super) fn core_branding(b: Branding) -> CoreBranding {
    CoreBranding {
        company_name: b.company_name,
        logo_url: b.logo_url,
        contact: b.contact,
        default_language: b.default_language.map(core_language),
    }
}

/// Self-service reset's limits.
pub(super) fn reset_limits(l: CoreLimits) -> ResetLimits {
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

/// Reset limits from a request.
pub(super) fn core_reset_limits(b: ResetLimits) -> CoreLimits {
    CoreLimits {
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
    }
}

/// One row of a list of users.
pub(super) fn user_row(r: UserRow) -> AdminUserRow {
    AdminUserRow {
        id: r.user.id.to_string(),
        username: r.user.username.to_string(),
        display_name: r.user.display_name.clone(),
        email: r.user.emails.first().map(|e| e.as_str().to_owned()),
        roles: role_names(&r.user.roles),
        groups: r.user.groups.iter().map(|g| g.to_string()).collect(),
        enabled: r.user.enabled,
        registration: registration_state(r.status),
        must_change_password: r.user.must_change_password,
        password_expires_at: r.password_expires_at,
        last_sign_in_at: r.user.last_sign_in_at,
        locked_until: r.locked_until,
        language: r.user.language.map(language),
        version: r.user.version,
    }
}

/// One event of a user's recent activity.
fn activity(event: AuditEvent) -> ActivityEvent {
    ActivityEvent {
        words: crate::routes::convert::event_words(&event),
        id: event.id,
        at: event.at,
        action: wire(&event.action),
        outcome: wire(&event.outcome),
        actor: event.actor.map(|a| a.to_string()),
        reason: event.reason.map(String::from),
        client_ip: event.client_ip,
    }
}

/// Everything an operator sees of one user.
pub(super) fn user_detail(d: UserDetail) -> AdminUserDetail {
    let locked_until = d.locked_until;
    let last_reset_at = d.last_reset_at;
    let user = d.profile.user.clone();
    let me = profile(d.profile);
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
        language: user.language.map(language),
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
        directory: user.synced.as_ref().map(|s| latchkey_dto::DirectoryAccount {
            name: s.directory.to_string(),
            synced_at: s.synced_at,
            locked: s.locked,
            locked_since: s.locked_since,
            password_changed_at: s.password.as_ref().and_then(|p| p.changed_at),
            password_expires_at: s.password_expires_at,
            protected: s.protected,
            pass_through: user.password().is_none(),
            removed: s.removed_at.is_some(),
        }),
        passkeys: user.registration.passkeys.iter().map(crate::routes::me::convert::passkey_view).collect(),
        access_pass: user.access_pass.as_ref().zip(d.access_pass).map(|(p, s)| access_pass_status(p, s)),
        lockdown: user.lockdown.as_ref().map(|l| latchkey_dto::LockdownStatus {
            since: l.since,
            reported: l.reported.code(),
            reported_at: l.reported_at,
            from: l.from.as_str().to_owned(),
            reported_text: crate::wording::audit::action(l.reported),
        }),
        version: user.version,
    }
}

/// An edit of a user from a request, every value parsed.
pub(super) fn user_edit(body: &UpdateUserRequest) -> Result<UserEdit, ParseError> {
    let name = |v: &Option<String>, field: &'static str, allow_empty: bool| {
        v.as_deref().map(|raw| parse_name(raw, field, allow_empty)).transpose()
    };
    let emails = body.emails.as_deref().map(|list| contacts(list, "emails", Email::parse)).transpose()?;
    let phones = body.phones.as_deref().map(|list| contacts(list, "phones", E164::parse)).transpose()?;
    let groups = body.groups.as_deref().map(groups).transpose()?;
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
        language: body.language.map(|l| l.map(core_language)),
        provisioning: None,
    })
}

/// A user's addresses or numbers from a request: at most 10, each parsed,
/// complaints under `field`.
fn contacts<T>(
    list: &[String],
    field: &'static str,
    parse: impl Fn(&str) -> Result<T, ParseError>,
) -> Result<Vec<T>, ParseError> {
    if list.len() > 10 {
        return Err(ParseError::new(field, "may hold at most 10 entries"));
    }
    list.iter().map(|raw| parse(raw).map_err(|err| err.with_field(field))).collect()
}

/// A user's groups from a request, no more than one user may join.
fn groups(list: &[String]) -> Result<BTreeSet<GroupName>, ParseError> {
    let groups = list.iter().map(|g| group_name(g, "groups")).collect::<Result<_, _>>()?;
    check_count(&groups)?;
    Ok(groups)
}

/// A group name from a request, complaints under `field`.
pub(super) fn group_name(raw: &str, field: &'static str) -> Result<GroupName, ParseError> {
    GroupName::parse(raw).map_err(|e| e.with_field(field))
}

/// Roles from a request.
fn roles_of(list: &[String]) -> Result<BTreeSet<Role>, ParseError> {
    list.iter()
        .map(|r| {
            Role::parse(r).ok_or_else(|| {
                ParseError::new("roles", "must each be one of user, admin, helpdesk, reports_reader")
            })
        })
        .collect()
}

/// A new user from a request, every value parsed.
pub(super) fn new_user(body: &CreateUserRequest) -> Result<NewUser, ParseError> {
    // Too many entries is refused before any of them is read.
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
        emails: contacts(&body.emails, "emails", Email::parse)?,
        phones: contacts(&body.phones, "phones", E164::parse)?,
        groups: groups(&body.groups)?,
        roles: roles_of(&body.roles)?,
        language: body.language.map(core_language),
    })
}

/// An API client as the console lists it (never its secret).
pub(super) fn api_client_info(client: ApiClient, now: DateTime<Utc>) -> ApiClientInfo {
    let status = client.secret_status(now);
    ApiClientInfo {
        id: client.id.to_string(),
        name: client.name,
        scopes: client.scopes.iter().map(|s| s.as_str().to_owned()).collect(),
        created_at: client.created_at,
        last_used_at: client.last_used_at,
        secret_created_at: status.created_at,
        previous_secret_works_until: status.previous_works_until,
    }
}

/// A client with its new secret, in the one answer that shows it.
pub(super) fn api_client_secret(
    (client, secret): (ApiClient, ClientSecret),
    now: DateTime<Utc>,
) -> ApiClientSecret {
    use latchkey_core::model::clients::Scope;
    let provisions = client.scopes.contains(Scope::ScimRead) || client.scopes.contains(Scope::ScimWrite);
    let provisioning_token =
        provisions.then(|| crate::extract::provisioning_token(&client.id, &secret).into());
    ApiClientSecret {
        client: api_client_info(client, now),
        client_secret: secret.expose().into(),
        provisioning_token,
    }
}

/// A group with its member count and whether the reset scope names it.
pub(super) fn group_summary(r: GroupRow) -> GroupSummary {
    GroupSummary {
        name: r.group.name.to_string(),
        description: r.group.description,
        members: r.group.members,
        in_scope: r.in_scope,
        created_at: r.group.created_at,
        renaming_to: r.group.renaming_to.map(|g| g.to_string()),
    }
}

/// What an import did with one row.
pub(super) fn import_row_result(r: RowResult) -> ImportRowResult {
    let (word, field, reason) = match r.outcome {
        RowOutcome::Created => ("created", None, r.note),
        RowOutcome::Updated => ("updated", None, None),
        RowOutcome::Unchanged => ("unchanged", None, None),
        RowOutcome::Error { field, reason } => ("error", Some(field).filter(|f| !f.is_empty()), Some(reason)),
    };
    ImportRowResult { line: r.line, username: r.username, result: word.to_owned(), field, reason }
}

/// The writeback agents, and for each directory how many are online.
pub(super) fn agent_list(agents: Vec<(Agent, CoreAgentStatus)>) -> AgentList {
    let mut directories: Vec<DirectoryStatus> = Vec::new();
    for (agent, status) in &agents {
        if status == &CoreAgentStatus::Revoked {
            continue;
        }
        let online = u32::from(*status == CoreAgentStatus::Online);
        match directories.iter_mut().find(|d| d.directory == agent.directory.as_str()) {
            Some(d) => d.online_agents += online,
            None => directories
                .push(DirectoryStatus { directory: agent.directory.to_string(), online_agents: online }),
        }
    }
    let agents = agents
        .into_iter()
        .map(|(a, status)| AgentInfo {
            id: a.id.to_string(),
            name: a.name,
            directory: a.directory.to_string(),
            version: a.version,
            status: match status {
                CoreAgentStatus::Online => AgentStatus::Online,
                CoreAgentStatus::Offline => AgentStatus::Offline,
                CoreAgentStatus::Revoked => AgentStatus::Revoked,
            },
            enrolled_at: a.enrolled_at,
            last_contact_at: a.last_contact_at,
            keys_rotated_at: a.keys_rotated_at,
            revoked_at: a.revoked_at,
        })
        .collect();
    AgentList { agents, directories }
}

/// An agent's enrolment token, in the one answer that shows it.
pub(super) fn agent_enrolment(issued: IssuedEnrolment) -> AgentEnrolment {
    AgentEnrolment {
        token: issued.token.expose_secret().into(),
        directory: issued.directory.to_string(),
        name: issued.name,
        expires_at: issued.expires_at,
    }
}

/// A core permission as the wire names it: one exhaustive match, so a
/// permission added to the core fails to compile here until the wire (and so
/// the console) knows it.
pub(crate) fn permission(p: latchkey_core::model::roles::Permission) -> latchkey_dto::Permission {
    use latchkey_core::model::roles::Permission as Core;
    use latchkey_dto::Permission as Wire;
    match p {
        Core::ReadUsers => Wire::ReadUsers,
        Core::ManageUsers => Wire::ManageUsers,
        Core::ResetPassword => Wire::ResetPassword,
        Core::Unlock => Wire::Unlock,
        Core::Invite => Wire::Invite,
        Core::Settings => Wire::Settings,
        Core::ReadReports => Wire::ReadReports,
    }
}

/// A user's pass as the console shows it: where it stands, never the pass.
fn access_pass_status(
    p: &latchkey_core::model::access_pass::AccessPass,
    standing: latchkey_core::model::access_pass::Standing,
) -> latchkey_dto::AccessPassStatus {
    use latchkey_core::model::access_pass::Standing;
    let state = match standing {
        Standing::NotYet => "scheduled",
        Standing::Live => "live",
        Standing::Spent => "used",
        Standing::Expired => "expired",
    };
    latchkey_dto::AccessPassStatus {
        state: state.into(),
        issued_at: p.issued_at,
        issued_by: p.issued_by.clone(),
        starts_at: p.starts_at,
        expires_at: p.expires_at,
        one_time: p.one_time,
        used_at: p.used_at,
    }
}
