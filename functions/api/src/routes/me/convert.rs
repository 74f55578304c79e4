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
    }
}
