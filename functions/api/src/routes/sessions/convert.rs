//! A sign-in's answer as the wire gives it.

use latchkey_core::accounts::NextStep;

/// What a sign-in must do next before the session is a full one.
pub(super) fn next_step(next: NextStep) -> latchkey_dto::NextStep {
    match next {
        NextStep::ChangePassword => latchkey_dto::NextStep::ChangePassword,
        NextStep::RegisterMethods => latchkey_dto::NextStep::RegisterMethods,
        NextStep::RegistrationNudge => latchkey_dto::NextStep::RegistrationNudge,
        NextStep::ConfirmMethods => latchkey_dto::NextStep::ConfirmMethods,
        NextStep::AuthenticatorCode => latchkey_dto::NextStep::AuthenticatorCode,
        NextStep::RegisterAuthenticator => latchkey_dto::NextStep::RegisterAuthenticator,
        NextStep::AccessPass => latchkey_dto::NextStep::AccessPass,
    }
}
