//! The signed-in user's own account as the wire shows it.

use latchkey_core::model::registration::{Profile, Source};
use latchkey_dto::{
    MeResponse, MethodSource, PasswordStatus, PendingMethod, RegisteredMethod, RegistrationStatus,
};

use crate::routes::convert::{language, method_kind, registration_state, session_user};

/// The response for a user's profile: theirs at `/v1/me`, anyone's for an administrator.
pub(crate) fn profile(p: Profile) -> MeResponse {
    let methods: Vec<RegisteredMethod> = p
        .methods
        .into_iter()
        .map(|m| RegisteredMethod {
            kind: method_kind(m.kind),
            hint: m.hint,
            source: match m.source {
                Source::Directory => MethodSource::Admin,
                Source::User => MethodSource::User,
            },
            proven_at: m.proven_at,
        })
        .collect();
    MeResponse {
        user: session_user(&p.user),
        language: p.user.language.map(language),
        registration: RegistrationStatus {
            state: registration_state(p.status),
            required: p.required,
            registered: u8::try_from(methods.len()).unwrap_or(u8::MAX),
            confirm_by: p.confirm_by,
            pending: p.pending.map(|(k, hint, expires_at)| PendingMethod {
                kind: method_kind(k),
                hint,
                expires_at,
            }),
        },
        password: PasswordStatus {
            changed_at: p.user.password().map(|state| state.changed_at),
            expires_at: p.password_expires_at,
            never_expires: p.user.password_never_expires,
        },
        methods,
        directory_rules: p.directory_rules.map(directory_rules),
        weekly_digest: p.user.weekly_digest,
        campaign: campaign_standing(p.campaign),
        passkeys: p.user.registration.passkeys.iter().map(passkey_view).collect(),
    }
}

/// A directory's password rules as the portal shows them.
pub(crate) fn directory_rules(
    p: latchkey_core::model::directory::DirectoryPolicy,
) -> latchkey_dto::DirectoryRules {
    latchkey_dto::DirectoryRules {
        min_length: p.min_length,
        complexity: p.complexity,
        history: p.history,
        min_age_hours: u32::try_from(p.min_age_seconds.div_ceil(3600)).unwrap_or(u32::MAX),
    }
}

/// A user's own events as they see them: who acted is only themselves,
/// someone else or the system (never another person's id).
pub(crate) fn own_activity(
    me: &latchkey_core::model::values::UserId,
    events: Vec<latchkey_core::model::audit::AuditEvent>,
) -> latchkey_dto::OwnActivity {
    use crate::routes::convert::{event_words, wire};
    let events = events
        .into_iter()
        .map(|e| {
            let by = match &e.actor {
                Some(actor) if actor == me => "you",
                Some(_) => "someone_else",
                // Anonymous: an attempt on the account (a sign-in, a reset), or the system's own work.
                None if e.client_ip.is_some() => "someone_else",
                None => "system",
            };
            latchkey_dto::OwnEvent {
                words: event_words(&e),
                id: e.id,
                at: e.at,
                action: wire(&e.action),
                outcome: wire(&e.outcome),
                by: by.into(),
                client_ip: e.client_ip,
            }
        })
        .collect();
    latchkey_dto::OwnActivity { events }
}

/// What the registration campaign asks of the user, if anything.
fn campaign_standing(
    standing: latchkey_core::model::campaign::Standing,
) -> Option<latchkey_dto::CampaignStanding> {
    use latchkey_core::model::campaign::Standing;
    let (state, snoozes_left, snooze_days, snoozed_until) = match standing {
        Standing::Untouched => return None,
        Standing::Nudge { left, days } => ("nudge", left, days, None),
        Standing::Snoozed { until, left, days } => ("snoozed", left, days, Some(until)),
        Standing::Required => ("required", 0, 0, None),
    };
    Some(latchkey_dto::CampaignStanding { state: state.into(), snoozes_left, snooze_days, snoozed_until })
}

/// A passkey as its owner (and an administrator) sees it: never its key.
pub(crate) fn passkey_view(p: &latchkey_core::model::passkeys::Passkey) -> latchkey_dto::PasskeyView {
    latchkey_dto::PasskeyView {
        id: p.id.clone(),
        name: p.name.clone(),
        added_at: p.added_at,
        last_used_at: p.last_used_at,
        authenticator_model: p.aaguid.clone(),
    }
}
