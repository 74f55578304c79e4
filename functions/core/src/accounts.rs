//! Sign-in, password change and user provisioning.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};

use crate::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::error::Error;
use crate::policy;
use crate::ports::Ports;
use crate::registration::{self, Status};
use crate::settings::OrgSettings;
use crate::types::{E164, Email, Password, PasswordHash, UserId, Username};
use crate::user::{LockoutState, PasswordState, Role, User};

/// How many times an operation re-reads and retries after losing a write race.
const WRITE_ATTEMPTS: usize = 5;

/// The user behind a session token: enabled, and the token not revoked since
/// (its version is the user's current one); otherwise `Unauthenticated`.
pub(crate) async fn session_user(ports: &Ports, id: &UserId, token_version: u32) -> Result<User, Error> {
    match ports.directory.user(id).await? {
        Some(user) if user.enabled && user.token_version == token_version => Ok(user),
        _ => Err(Error::Unauthenticated),
    }
}

/// What the user must do next after signing in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    /// Expired, or set by an admin: change it before anything else.
    ChangePassword,
    /// Too few methods for a self-service reset: register more.
    RegisterMethods,
    /// Time to confirm the registered methods are still right.
    ConfirmMethods,
}

impl NextStep {
    /// The audit reason of a sign-in that leads here.
    pub fn reason(self) -> &'static str {
        match self {
            NextStep::ChangePassword => "password_change_required",
            NextStep::RegisterMethods => "registration_required",
            NextStep::ConfirmMethods => "confirmation_due",
        }
    }
}

/// A successful sign-in.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub user: User,
    pub next: Option<NextStep>,
}

/// The fields of a user to create.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub username: Username,
    pub display_name: String,
    pub first_name: String,
    pub last_name: String,
    pub emails: Vec<Email>,
    pub phones: Vec<E164>,
    pub roles: BTreeSet<Role>,
    pub groups: BTreeSet<String>,
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
        }
    }

    fn user_event(&self, user: &User, action: Action, outcome: Outcome, meta: &RequestMeta) -> AuditEvent {
        AuditEvent {
            target: Some(user.id.clone()),
            target_name: Some(user.username.to_string()),
            ..self.event(action, outcome, meta)
        }
    }

    /// Checks a username and password. Unknown users and wrong passwords end
    /// alike (`InvalidCredentials`) after the same amount of hashing; failures
    /// count toward lockout; a locked account answers `AccountLocked` without
    /// looking at the password, so a lockout is no guessing oracle.
    pub async fn sign_in(
        &self,
        username: &str,
        password: &Password,
        meta: &RequestMeta,
    ) -> Result<SignedIn, Error> {
        let settings = self.ports.directory.settings().await?;
        let Ok(username) = Username::parse(username) else {
            return self.unknown_user_sign_in(username, password, meta).await;
        };
        // A lost write race re-reads the user, but need not hash again while
        // the stored hash is the one already checked.
        let mut checked = None;
        for _ in 0..WRITE_ATTEMPTS {
            let Some(user) = self.ports.directory.user_by_username(&username).await? else {
                return self.unknown_user_sign_in(username.as_str(), password, meta).await;
            };
            match self.sign_in_user(user, password, &settings, meta, &mut checked).await {
                Err(Error::Contention) => continue,
                other => return other,
            }
        }
        Err(Error::Contention)
    }

    async fn unknown_user_sign_in(
        &self,
        name: &str,
        password: &Password,
        meta: &RequestMeta,
    ) -> Result<SignedIn, Error> {
        // Mirror a real user's second read, so the store's latency does not
        // tell the two cases apart either.
        self.ports.directory.user(&UserId::new("decoy")).await?;
        let decoy = self.ports.hasher.decoy().clone();
        self.ports.hasher.verify(password, &decoy).await?;
        let mut event = self.event(Action::SignIn, Outcome::Failure, meta);
        // Bounded, so a caller cannot stuff large strings into the trail.
        event.target_name = Some(name.chars().take(64).collect());
        event.reason = Some("unknown_user".into());
        self.ports.audit.record(&event).await?;
        Err(Error::InvalidCredentials)
    }

    async fn sign_in_user(
        &self,
        mut user: User,
        password: &Password,
        settings: &OrgSettings,
        meta: &RequestMeta,
        checked: &mut Option<(PasswordHash, bool)>,
    ) -> Result<SignedIn, Error> {
        let now = self.ports.clock.now();
        if let Some(until) = user.locked_until(now) {
            // Same hashing cost as any other attempt, but the result is ignored.
            let decoy = self.ports.hasher.decoy().clone();
            self.ports.hasher.verify(password, &decoy).await?;
            let mut event = self.user_event(&user, Action::SignIn, Outcome::Locked, meta);
            event.reason = Some("account_locked".into());
            self.ports.audit.record(&event).await?;
            return Err(Error::AccountLocked { until: Some(until) });
        }
        let hash = user
            .password
            .as_ref()
            .map(|p| p.hash.clone())
            .unwrap_or_else(|| self.ports.hasher.decoy().clone());
        let verified = match checked {
            Some((seen, result)) if *seen == hash => *result,
            _ => {
                let result = self.ports.hasher.verify(password, &hash).await?;
                *checked = Some((hash, result));
                result
            }
        };
        let matches = verified && user.password.is_some();
        if !matches {
            let events = self.record_failure(&mut user, settings, now, Action::SignIn, meta);
            user.version += 1;
            self.ports.directory.update_user(&user, &events).await?;
            return Err(Error::InvalidCredentials);
        }
        if !user.enabled {
            let mut event = self.user_event(&user, Action::SignIn, Outcome::Failure, meta);
            event.reason = Some("account_disabled".into());
            self.ports.audit.record(&event).await?;
            return Err(Error::AccountDisabled);
        }
        let next = if user.must_change_password || user.password_expired(settings, now) {
            Some(NextStep::ChangePassword)
        } else {
            match registration::status(&user, settings, now).0 {
                Status::Incomplete if settings.registration.require_registration => {
                    Some(NextStep::RegisterMethods)
                }
                Status::ConfirmDue => Some(NextStep::ConfirmMethods),
                _ => None,
            }
        };
        user.lockout = LockoutState::default();
        user.last_sign_in_at = Some(now);
        user.version += 1;
        let mut event = self.user_event(&user, Action::SignIn, Outcome::Success, meta);
        event.actor = Some(user.id.clone());
        event.reason = next.map(|n| n.reason().to_owned());
        self.ports.directory.update_user(&user, &[event]).await?;
        Ok(SignedIn { user, next })
    }

    /// Counts one failed proof of the password; locks the account when the
    /// threshold is reached. Returns the events to write with the user.
    fn record_failure(
        &self,
        user: &mut User,
        settings: &OrgSettings,
        now: DateTime<Utc>,
        action: Action,
        meta: &RequestMeta,
    ) -> Vec<AuditEvent> {
        let mut failed = self.user_event(user, action, Outcome::Failure, meta);
        failed.reason = Some("wrong_password".into());
        let mut events = vec![failed];
        user.lockout.failed_attempts += 1;
        if user.lockout.failed_attempts >= settings.lockout.threshold.max(1) {
            user.lockout.lockouts += 1;
            let until = now + settings.lockout.duration_of(user.lockout.lockouts);
            user.lockout.locked_until = Some(until);
            user.lockout.failed_attempts = 0;
            let mut locked = self.user_event(user, Action::AccountLockout, Outcome::Success, meta);
            locked.reason = Some(format!("{}_failed_attempts", settings.lockout.threshold));
            events.push(locked);
        }
        events
    }

    /// Changes a signed-in user's password after checking the current one and
    /// the policy. `token_version` is the version the caller's token carries;
    /// a revoked token gets `Unauthenticated`.
    pub async fn change_password(
        &self,
        user_id: &UserId,
        token_version: u32,
        current: &Password,
        new: &Password,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let settings = self.ports.directory.settings().await?;
        for _ in 0..WRITE_ATTEMPTS {
            let user = session_user(&self.ports, user_id, token_version).await?;
            match self.change_user_password(user, current, new, &settings, meta).await {
                Err(Error::Contention) => continue,
                other => return other,
            }
        }
        Err(Error::Contention)
    }

    async fn change_user_password(
        &self,
        mut user: User,
        current: &Password,
        new: &Password,
        settings: &OrgSettings,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let now = self.ports.clock.now();
        if let Some(until) = user.locked_until(now) {
            return Err(Error::AccountLocked { until: Some(until) });
        }
        let Some(state) = user.password.clone() else {
            return Err(Error::InvalidCredentials);
        };
        if !self.ports.hasher.verify(current, &state.hash).await? {
            let events = self.record_failure(&mut user, settings, now, Action::PasswordChange, meta);
            user.version += 1;
            self.ports.directory.update_user(&user, &events).await?;
            return Err(Error::InvalidCredentials);
        }
        let reasons = policy::reasons_for(self.ports.hasher.as_ref(), &user, new, settings).await?;
        if !reasons.is_empty() {
            let mut event = self.user_event(&user, Action::PasswordChange, Outcome::Failure, meta);
            event.actor = Some(user.id.clone());
            event.reason = Some(policy::rule_names(&reasons));
            self.ports.audit.record(&event).await?;
            return Err(Error::PasswordRejected(reasons));
        }
        let hash = self.ports.hasher.hash(new).await?;
        user.replace_password(hash, now);
        user.lockout = LockoutState::default();
        user.version += 1;
        let mut event = self.user_event(&user, Action::PasswordChange, Outcome::Success, meta);
        event.actor = Some(user.id.clone());
        self.ports.directory.update_user(&user, &[event]).await?;
        Ok(())
    }

    /// Creates a user with an initial password (policy-checked, except that
    /// history is empty). The actor is the admin or process that provisions.
    pub async fn create_user(
        &self,
        new: NewUser,
        password: &Password,
        must_change: bool,
        actor: Option<UserId>,
        meta: &RequestMeta,
    ) -> Result<User, Error> {
        let settings = self.ports.directory.settings().await?;
        let now = self.ports.clock.now();
        let mut user = User {
            id: UserId::new(self.ports.random.hex(16)),
            username: new.username,
            display_name: new.display_name,
            first_name: new.first_name,
            last_name: new.last_name,
            emails: new.emails,
            phones: new.phones,
            roles: new.roles,
            groups: new.groups,
            enabled: true,
            password: None,
            must_change_password: must_change,
            password_never_expires: false,
            lockout: LockoutState::default(),
            token_version: 1,
            created_at: now,
            last_sign_in_at: None,
            registration: Default::default(),
            version: 1,
        };
        let reasons = policy::reasons_for(self.ports.hasher.as_ref(), &user, password, &settings).await?;
        if !reasons.is_empty() {
            return Err(Error::PasswordRejected(reasons));
        }
        let hash = self.ports.hasher.hash(password).await?;
        user.password = Some(PasswordState { hash, changed_at: now, history: Vec::new() });
        let mut event = self.user_event(&user, Action::UserCreated, Outcome::Success, meta);
        event.actor = actor;
        self.ports.directory.create_user(&user, &event).await?;
        Ok(user)
    }
}

#[cfg(test)]
mod tests;
