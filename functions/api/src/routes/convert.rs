//! The conversions between the core's types and the wire's that several
//! rooms share; each room keeps its own in its `convert` module.

use std::collections::BTreeSet;

use latchkey_core::accounts::authenticator::RecoveryCodes;
use latchkey_core::model::methods::MethodKind as CoreKind;
use latchkey_core::model::registration::Status;
use latchkey_core::model::user::{Role, User};
use latchkey_dto::{AuthenticatorRegistered, MethodKind, RegistrationState, SessionUser, SignInResponse};

/// A kind of verification method, as the wire names it.
pub fn method_kind(kind: CoreKind) -> MethodKind {
    match kind {
        CoreKind::Email => MethodKind::Email,
        CoreKind::Sms => MethodKind::Sms,
        CoreKind::Voice => MethodKind::Voice,
        CoreKind::Questions => MethodKind::Questions,
        CoreKind::Authenticator => MethodKind::Authenticator,
        CoreKind::Passkey => MethodKind::Passkey,
    }
}

/// A kind of verification method a request names, as the core knows it.
pub fn core_method_kind(kind: MethodKind) -> CoreKind {
    match kind {
        MethodKind::Email => CoreKind::Email,
        MethodKind::Sms => CoreKind::Sms,
        MethodKind::Voice => CoreKind::Voice,
        MethodKind::Questions => CoreKind::Questions,
        MethodKind::Authenticator => CoreKind::Authenticator,
        MethodKind::Passkey => CoreKind::Passkey,
    }
}

/// Where a user stands with registration.
pub fn registration_state(status: Status) -> RegistrationState {
    match status {
        Status::Complete => RegistrationState::Complete,
        Status::Incomplete => RegistrationState::Incomplete,
        Status::ConfirmDue => RegistrationState::ConfirmDue,
        Status::NotInScope => RegistrationState::NotInScope,
    }
}

/// A language as the wire names it: one exhaustive match each way, so a
/// language added to the core fails to compile here until the wire knows it.
pub fn language(language: latchkey_core::model::language::Language) -> latchkey_dto::Language {
    use latchkey_core::model::language::Language as Core;
    use latchkey_dto::Language as Wire;
    match language {
        Core::En => Wire::En,
        Core::Fr => Wire::Fr,
        Core::De => Wire::De,
        Core::Es => Wire::Es,
        Core::Pt => Wire::Pt,
        Core::Ja => Wire::Ja,
        Core::Ar => Wire::Ar,
    }
}

/// A language a request names, as the core knows it.
pub fn core_language(language: latchkey_dto::Language) -> latchkey_core::model::language::Language {
    use latchkey_core::model::language::Language as Core;
    use latchkey_dto::Language as Wire;
    match language {
        Wire::En => Core::En,
        Wire::Fr => Core::Fr,
        Wire::De => Core::De,
        Wire::Es => Core::Es,
        Wire::Pt => Core::Pt,
        Wire::Ja => Core::Ja,
        Wire::Ar => Core::Ar,
    }
}

/// Roles by their wire names.
pub fn role_names(roles: &BTreeSet<Role>) -> Vec<String> {
    roles.iter().map(|r| r.as_str().to_owned()).collect()
}

/// Who a session belongs to, as the apps show them.
pub fn session_user(user: &User) -> SessionUser {
    SessionUser {
        id: user.id.to_string(),
        username: user.username.to_string(),
        display_name: user.display_name.clone(),
        roles: role_names(&user.roles),
    }
}

/// The snake_case name an audit enum is stored under.
pub fn wire<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// A just-registered authenticator's recovery codes, shown this once, and
/// the session it starts when it was a sign-in's step.
pub fn authenticator_registered(
    codes: RecoveryCodes,
    session: Option<SignInResponse>,
) -> AuthenticatorRegistered {
    AuthenticatorRegistered { recovery_codes: codes.0.into_iter().map(Into::into).collect(), session }
}

/// An event's action, outcome and reason in plain words.
pub(crate) fn event_words(event: &latchkey_core::model::audit::AuditEvent) -> latchkey_dto::EventWords {
    use crate::wording::audit;
    latchkey_dto::EventWords {
        action_text: audit::action(event.action).to_owned(),
        outcome_text: audit::outcome(event.outcome).to_owned(),
        reason_text: event.reason.as_ref().map(audit::reason).filter(|r| !r.is_empty()),
    }
}
