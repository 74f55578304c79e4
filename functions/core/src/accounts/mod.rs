//! Sign-in, password change and user provisioning.

pub mod access_pass;
mod change;
mod refresh;
mod sign_in;

pub use refresh::Refreshed;
pub use sign_in::LOCKOUT_NOTICE;

pub mod authenticator;
pub mod passkeys;
pub mod preferences;
pub mod registration;

use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::user::User;
use crate::ports::Ports;

/// What the user must do next after signing in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    /// Expired, or set by an admin: change it before anything else.
    ChangePassword,
    /// Too few methods for a self-service reset: register more.
    RegisterMethods,
    /// The registration campaign asks: set up now, or later (the user may
    /// still put it off; see `model::campaign`).
    RegistrationNudge,
    /// Time to confirm the registered methods are still right.
    ConfirmMethods,
    /// The password is right; an authenticator code (or a recovery code)
    /// comes next, and until then the session can do nothing else.
    AuthenticatorCode,
    /// The password is right, but this sign-in needs an authenticator the
    /// user has not registered: the session can only register one.
    RegisterAuthenticator,
    /// Signed in with a Temporary Access Pass: the session can only
    /// register a passkey or an authenticator, and set a password.
    AccessPass,
}

impl NextStep {
    /// The audit reason of a sign-in that leads here.
    pub fn reason(self) -> &'static str {
        match self {
            NextStep::ChangePassword => "password_change_required",
            NextStep::RegisterMethods => "registration_required",
            NextStep::RegistrationNudge => "registration_nudged",
            NextStep::ConfirmMethods => "confirmation_due",
            NextStep::AuthenticatorCode => "second_factor_required",
            NextStep::RegisterAuthenticator => "authenticator_registration_required",
            NextStep::AccessPass => "access_pass",
        }
    }

    /// Whether the step is the second factor: such a session is limited to it.
    pub fn is_second_factor(self) -> bool {
        matches!(self, NextStep::AuthenticatorCode | NextStep::RegisterAuthenticator)
    }
}

/// A successful sign-in.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub user: User,
    pub next: Option<NextStep>,
    /// The sign-in proved a second factor (an authenticator code, a recovery
    /// code, or a new authenticator's first code): the session may exercise
    /// privileged roles.
    pub second_factor: bool,
}

/// The account operations. Cheap to clone; holds only the ports.
#[derive(Clone)]
pub struct Accounts {
    ports: Ports,
}

impl Accounts {
    pub fn new(ports: Ports) -> Self {
        Self { ports }
    }

    pub fn ports(&self) -> &Ports {
        &self.ports
    }

    fn event(&self, action: Action, outcome: Outcome, meta: &RequestMeta) -> AuditEvent {
        AuditEvent {
            id: self.ports.random.hex(16),
            at: self.ports.clock.now(),
            actor: None,
            target: None,
            target_name: None,
            action,
            outcome,
            reason: None,
            client_ip: meta.client_ip.clone(),
            user_agent: meta.user_agent.clone(),
            methods: Vec::new(),
        }
    }

    fn user_event(&self, user: &User, action: Action, outcome: Outcome, meta: &RequestMeta) -> AuditEvent {
        AuditEvent {
            target: Some(user.id.clone()),
            target_name: Some(user.username.to_string()),
            ..self.event(action, outcome, meta)
        }
    }
}

#[cfg(test)]
mod passkey_tests;
#[cfg(test)]
mod tests;
