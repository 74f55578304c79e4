//! The reports as the wire gives them: activity rows, registration
//! coverage, the administrator's questions answered.

use latchkey_core::admin::people::UserRow;
use latchkey_core::admin::reports::{
    Coverage, Insights, RegistrationSummary as CoreSummary, Subject, TimeRange,
};
use latchkey_core::model::audit::{Activity, AuditEvent};
use latchkey_core::model::methods::MethodKind;
use latchkey_dto::{
    GroupCoverage, KeyCount, MethodCount, NotRegisteredRow, RegistrationCoverage, RegistrationSummary,
    ReportInsights, ResetActivityRow, SubjectCount,
};

use crate::routes::convert::wire;

/// An event as a report row, its actor named from `names` (see `ActivityPage::actor_names`).
pub(super) fn activity_row_named(
    event: AuditEvent,
    names: &std::collections::BTreeMap<latchkey_core::model::values::UserId, String>,
) -> ResetActivityRow {
    ResetActivityRow {
        words: crate::routes::convert::event_words(&event),
        actor_name: event.actor.as_ref().and_then(|a| names.get(a).cloned()),
        activity: event.activity().map(Activity::as_str).unwrap_or_default().to_owned(),
        action: wire(&event.action),
        outcome: event.outcome.as_str().to_owned(),
        methods: event.methods.iter().map(wire).collect(),
        id: event.id,
        at: event.at,
        actor: event.actor.map(|a| a.to_string()),
        target: event.target.map(|t| t.to_string()),
        target_name: event.target_name,
        reason: event.reason.map(String::from),
        client_ip: event.client_ip,
        user_agent: event.user_agent,
    }
}

/// How many users are registered and can reset.
fn coverage(c: Coverage) -> RegistrationCoverage {
    RegistrationCoverage {
        users: c.users,
        registered: c.registered,
        capable: c.capable,
        not_registered: c.not_registered,
        not_in_scope: c.not_in_scope,
    }
}

/// Registration coverage, in all, by registered data and by group.
pub(super) fn registration_summary(s: CoreSummary) -> RegistrationSummary {
    RegistrationSummary {
        all: coverage(s.all),
        by_method: s
            .by_method
            .into_iter()
            .map(|(data, users)| MethodCount { method: data.as_str().to_owned(), users })
            .collect(),
        by_group: s
            .by_group
            .into_iter()
            .map(|(group, c)| GroupCoverage { group: group.to_string(), coverage: coverage(c) })
            .collect(),
    }
}

/// A user who has not registered enough methods.
pub(super) fn not_registered_row(row: UserRow) -> NotRegisteredRow {
    NotRegisteredRow {
        id: row.user.id.to_string(),
        username: row.user.username.to_string(),
        display_name: row.user.display_name.clone(),
        groups: row.user.groups.iter().map(|g| g.to_string()).collect(),
    }
}

/// People (or names typed at a reset) with a count each.
fn subjects(rows: Vec<(Subject, u32)>) -> Vec<SubjectCount> {
    rows.into_iter()
        .map(|(s, count)| SubjectCount { user: s.id.map(|u| u.to_string()), name: s.name, count })
        .collect()
}

/// Keys with a count each.
fn keys(rows: Vec<(String, u32)>) -> Vec<KeyCount> {
    rows.into_iter().map(|(key, count)| KeyCount { key, count, label: None }).collect()
}

/// A failure reason as the trail keeps it (codes joined by commas), in words.
fn reason_words(key: &str) -> String {
    crate::wording::audit::reason(&latchkey_core::model::audit::Reason::from(key))
}

/// Kinds of verification method with a count of users each.
fn kinds(rows: Vec<(MethodKind, u32)>) -> Vec<MethodCount> {
    rows.into_iter().map(|(kind, users)| MethodCount { method: wire(&kind), users }).collect()
}

/// The administrator's questions, answered over `range`, beside the
/// registration coverage now.
pub(super) fn insights(range: TimeRange, answers: Insights, summary: RegistrationSummary) -> ReportInsights {
    ReportInsights {
        from: range.from,
        to: range.to,
        examined: u32::try_from(answers.examined).unwrap_or(u32::MAX),
        complete: answers.complete,
        policy_changes: answers
            .policy_changes
            .into_iter()
            .map(|e| activity_row_named(e, &answers.actor_names))
            .collect(),
        coverage: summary.all,
        registrations: answers.registrations,
        registered_people: answers.registered_people,
        registered: subjects(answers.registered),
        registered_methods: kinds(answers.registered_methods),
        registered_data: summary.by_method,
        resets: answers.resets,
        admin_resets: answers.admin_resets,
        reset_methods: kinds(answers.reset_methods),
        sign_ins_by_method: answers
            .sign_ins
            .into_iter()
            .map(|(method, count)| KeyCount { key: method.as_str().to_owned(), count, label: None })
            .collect(),
        problems: keys(answers.problems)
            .into_iter()
            .map(|k| KeyCount { label: Some(reason_words(&k.key)), ..k })
            .collect(),
        admins_resetting_themselves: subjects(answers.admins_resetting_themselves),
        blocked: subjects(answers.blocked),
        failed_proofs: subjects(answers.failed_proofs),
        starts_per_user: subjects(answers.starts_per_user),
        starts_per_address: keys(answers.starts_per_address),
    }
}
