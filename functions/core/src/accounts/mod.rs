//! Sign-in, password change and user provisioning.

pub mod authenticator;
pub mod registration;

use chrono::{DateTime, Utc};

use crate::access::limits;
use crate::access::session::{RECENT_AUTH, session_user};
use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::directory::DirectoryChange;
use crate::model::error::Error;
use crate::model::registration::Status;
use crate::model::settings::OrgSettings;
use crate::model::user::{LockoutState, SessionToken, User};
use crate::model::values::{Password, UserId, Username};
use crate::passwords::policy;
use crate::ports::Ports;

/// What a signed-in user must do first, if anything: change the password,
/// register methods, or confirm them.
fn regular_next(user: &User, settings: &OrgSettings, now: DateTime<Utc>) -> Option<NextStep> {
    if user.must_change_password || user.password_expired(settings, now) {
        return Some(NextStep::ChangePassword);
    }
    match crate::model::registration::status(user, settings, now).0 {
        Status::Incomplete if settings.registration.require_registration => Some(NextStep::RegisterMethods),
        Status::ConfirmDue => Some(NextStep::ConfirmMethods),
        _ => None,
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
    /// The password is right; an authenticator code (or a recovery code)
    /// comes next, and until then the session can do nothing else.
    AuthenticatorCode,
    /// The password is right, but this sign-in needs an authenticator the
    /// user has not registered: the session can only register one.
    RegisterAuthenticator,
}

impl NextStep {
    /// The audit reason of a sign-in that leads here.
    pub fn reason(self) -> &'static str {
        match self {
            NextStep::ChangePassword => "password_change_required",
            NextStep::RegisterMethods => "registration_required",
            NextStep::ConfirmMethods => "confirmation_due",
            NextStep::AuthenticatorCode => "second_factor_required",
            NextStep::RegisterAuthenticator => "authenticator_registration_required",
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

    /// Checks a username and password. Unknown names and real ones take the
    /// same path: the same reads, a try taken from the same kind of counters
    /// (per source address, then per account: `crate::access::limits`) *before* the
    /// password is judged, the same argon2 verification, the same answers —
    /// 423 at the same count, 401 otherwise. A disabled account answers like
    /// a wrong password, even to the right one (the audit trail says which).
    pub async fn sign_in(
        &self,
        username: &str,
        password: &Password,
        meta: &RequestMeta,
    ) -> Result<SignedIn, Error> {
        let settings = self.ports.directory.settings().await?;
        limits::admit(&self.ports, &settings, "sign-in", meta.client_ip.as_deref()).await?;
        let name = limits::counted_name(username);
        let user = match Username::parse(username) {
            Ok(parsed) => self.ports.directory.user_by_username(&parsed).await?,
            Err(_) => None,
        };
        if user.is_none() {
            // Mirror a real user's second read, so the store's latency does not
            // tell the two cases apart either.
            self.ports.directory.user(&UserId::new("decoy")).await?;
        }
        let now = self.ports.clock.now();
        let lock_name = limits::lock_name(&name, user.as_ref());
        let counted =
            limits::sign_in(&self.ports, &settings, &lock_name, limits::source(meta.client_ip.as_deref()));
        if let limits::Charge::Blocked { until, started } = limits::take(&self.ports, &counted, now).await? {
            // Same hashing cost as any other attempt, but the result is ignored.
            let decoy = self.ports.hasher.decoy().clone();
            self.ports.hasher.verify(password, &decoy).await?;
            if started {
                let reason = format!("{}_failed_attempts", settings.lockout.threshold);
                self.record_sign_in_event(
                    user.as_ref(),
                    &name,
                    Action::AccountLockout,
                    Outcome::Success,
                    &reason,
                    meta,
                )
                .await?;
            }
            self.record_sign_in_failure(user.as_ref(), &name, Outcome::Locked, "account_locked", meta)
                .await?;
            return Err(Error::AccountLocked { until: Some(until) });
        }
        let hash = user
            .as_ref()
            .and_then(|u| u.password.as_ref())
            .map(|p| p.hash.clone())
            .unwrap_or_else(|| self.ports.hasher.decoy().clone());
        let verified = self.ports.hasher.verify(password, &hash).await?;
        let user = match user {
            Some(user) if verified && user.password.is_some() => user,
            other => {
                let reason = if other.is_some() { "wrong_password" } else { "unknown_user" };
                self.record_sign_in_failure(other.as_ref(), &name, Outcome::Failure, reason, meta).await?;
                return Err(Error::InvalidCredentials);
            }
        };
        if !user.enabled {
            self.record_sign_in_failure(Some(&user), &name, Outcome::Failure, "account_disabled", meta)
                .await?;
            return Err(Error::InvalidCredentials);
        }
        if user.temporary_until().is_some_and(|until| now >= until) {
            // Only the holder of the right password learns it ran out.
            self.record_sign_in_failure(
                Some(&user),
                &name,
                Outcome::Failure,
                "temporary_password_expired",
                meta,
            )
            .await?;
            return Err(Error::TemporaryPasswordExpired);
        }
        // The owner is here: the counts that may have been building up end.
        limits::clear(&self.ports, &counted).await?;
        // The first attempt writes the user as read above (its version guards
        // against anything changed since); a retry reads it afresh.
        let id = user.id.clone();
        let mut read = Some(user);
        crate::on_contention!(self.signed_in(read.take(), &id, &settings, now, false, meta).await)
    }

    /// The second step of a sign-in whose password step answered
    /// `AuthenticatorCode`: a code from the user's authenticator, or one of
    /// their recovery codes. The try comes from the same counters as every
    /// other proof (`crate::accounts::authenticator`); a right one signs in, with the
    /// code's step (or the spent recovery code) written in the same write.
    pub async fn second_factor(
        &self,
        user_id: &UserId,
        token: &SessionToken,
        given: &str,
        meta: &RequestMeta,
    ) -> Result<SignedIn, Error> {
        let settings = self.ports.directory.settings().await?;
        let user = session_user(&self.ports, user_id, token).await?;
        let name = limits::counted_name(user.username.as_str());
        let now = self.ports.clock.now();
        let mut next = None;
        let proved = crate::accounts::authenticator::Authenticators::new(self.ports.clone())
            .prove(Some(user_id), &name, given, &settings, meta, |user, accepted| {
                next = regular_next(user, &settings, now);
                let how = match accepted {
                    crate::accounts::authenticator::Accepted::RecoveryCode { .. } => "recovery_code",
                    _ => "authenticator",
                };
                vec![self.session_started(user, next, Some(how), now, meta)]
            })
            .await;
        match proved {
            Ok(user) => Ok(SignedIn { user, next }),
            Err(err @ Error::CodeInvalid { .. }) => {
                let mut event = self.user_event(&user, Action::SignIn, Outcome::Failure, meta);
                event.actor = Some(user.id.clone());
                event.reason = Some("authenticator_code_invalid".into());
                self.ports.audit.record(&event).await?;
                Err(err)
            }
            Err(err) => Err(err),
        }
    }

    /// Ends a sign-in whose second step was registering an authenticator:
    /// the first code just proved it, so the session starts now.
    pub async fn enrolled(
        &self,
        user_id: &UserId,
        token: &SessionToken,
        meta: &RequestMeta,
    ) -> Result<SignedIn, Error> {
        let settings = self.ports.directory.settings().await?;
        let now = self.ports.clock.now();
        crate::on_contention!({
            let user = session_user(&self.ports, user_id, token).await?;
            if user.registration.authenticator.is_none() {
                return Err(Error::SecondFactorRequired);
            }
            self.signed_in(Some(user), user_id, &settings, now, true, meta).await
        })
    }

    /// Marks `user` signed in at `now` (lockout cleared) and returns the
    /// event that says so, with the next step or else `how` as its reason.
    fn session_started(
        &self,
        user: &mut User,
        next: Option<NextStep>,
        how: Option<&str>,
        now: DateTime<Utc>,
        meta: &RequestMeta,
    ) -> AuditEvent {
        user.lockout = LockoutState::default();
        user.last_sign_in_at = Some(now);
        let mut event = self.user_event(user, Action::SignIn, Outcome::Success, meta);
        event.actor = Some(user.id.clone());
        event.reason = next.map(|n| n.reason()).or(how).map(str::to_owned);
        event
    }

    async fn record_sign_in_failure(
        &self,
        user: Option<&User>,
        name: &str,
        outcome: Outcome,
        reason: &str,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        self.record_sign_in_event(user, name, Action::SignIn, outcome, reason, meta).await
    }

    /// An event about a sign-in to `name`, which may be nobody's.
    async fn record_sign_in_event(
        &self,
        user: Option<&User>,
        name: &str,
        action: Action,
        outcome: Outcome,
        reason: &str,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let mut event = match user {
            Some(user) => self.user_event(user, action, outcome, meta),
            None => {
                let mut event = self.event(action, outcome, meta);
                // Bounded, so a caller cannot stuff large strings into the trail.
                event.target_name = Some(name.to_owned());
                event
            }
        };
        event.reason = Some(reason.into());
        self.ports.audit.record(&event).await?;
        Ok(())
    }

    /// Records a successful sign-in on a fresh read of the user: the
    /// password step (`second_step_done` false), which for a user whose
    /// sign-in needs an authenticator leads only to it, or the end of the
    /// second.
    async fn signed_in(
        &self,
        read: Option<User>,
        id: &UserId,
        settings: &OrgSettings,
        now: DateTime<Utc>,
        second_step_done: bool,
        meta: &RequestMeta,
    ) -> Result<SignedIn, Error> {
        let mut user = match read {
            Some(user) => user,
            None => self.ports.directory.user(id).await?.ok_or(Error::InvalidCredentials)?,
        };
        user.version += 1;
        if !second_step_done && crate::model::registration::needs_second_factor(&user, settings) {
            let next = match user.registration.authenticator {
                Some(_) => NextStep::AuthenticatorCode,
                None => NextStep::RegisterAuthenticator,
            };
            // The password was right: its failures end, but no session starts yet.
            user.lockout = LockoutState::default();
            let mut event = self.user_event(&user, Action::SignIn, Outcome::Success, meta);
            event.actor = Some(user.id.clone());
            event.reason = Some(next.reason().to_owned());
            self.ports.directory.update_user(&user, &[event]).await?;
            return Ok(SignedIn { user, next: Some(next) });
        }
        let next = regular_next(&user, settings, now);
        let how = second_step_done.then_some("authenticator_registered");
        let event = self.session_started(&mut user, next, how, now, meta);
        self.ports.directory.update_user(&user, &[event]).await?;
        Ok(SignedIn { user, next })
    }

    /// Recent authentication for a sensitive change: a session signed in at
    /// most `RECENT_AUTH` ago, or else the current password — which counts
    /// toward the lockout like any other password try, taken first.
    pub async fn reauthenticate(
        &self,
        user_id: &UserId,
        token: &SessionToken,
        signed_in_at: DateTime<Utc>,
        current: Option<&Password>,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let now = self.ports.clock.now();
        if now - signed_in_at <= RECENT_AUTH {
            return Ok(());
        }
        let Some(current) = current else {
            return Err(Error::ReauthenticationRequired);
        };
        let settings = self.ports.directory.settings().await?;
        let user = session_user(&self.ports, user_id, token).await?;
        let failure = (Action::SignIn, "reauthentication_failed");
        self.check_current_password(&user, current, &settings, now, failure, meta).await
    }

    /// Checks a signed-in user's current password. The try is taken first
    /// from the same counters as sign-in (a wrong one counts toward the
    /// lockout) and given back when it is right; a wrong one is audited as
    /// `failure` (action, reason).
    async fn check_current_password(
        &self,
        user: &User,
        current: &Password,
        settings: &OrgSettings,
        now: DateTime<Utc>,
        failure: (Action, &str),
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let source = limits::source(meta.client_ip.as_deref());
        let name = limits::lock_name(&limits::counted_name(user.username.as_str()), Some(user));
        let counted = limits::sign_in(&self.ports, settings, &name, source);
        if let limits::Charge::Blocked { until, .. } = limits::take(&self.ports, &counted, now).await? {
            return Err(Error::AccountLocked { until: Some(until) });
        }
        let Some(state) = &user.password else {
            return Err(Error::InvalidCredentials);
        };
        if !self.ports.hasher.verify(current, &state.hash).await? {
            let mut failed = self.user_event(user, failure.0, Outcome::Failure, meta);
            failed.actor = Some(user.id.clone());
            failed.reason = Some(failure.1.into());
            self.ports.audit.record(&failed).await?;
            return Err(Error::InvalidCredentials);
        }
        limits::release(&self.ports, &counted).await?;
        Ok(())
    }

    /// Changes a signed-in user's password after checking the current one and
    /// the policy, in the session `token` (a revoked one gets
    /// `Unauthenticated`). Every other session of the user ends: whoever else
    /// held one may be who the change locks out.
    pub async fn change_password(
        &self,
        user_id: &UserId,
        token: &SessionToken,
        current: &Password,
        new: &Password,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let settings = self.ports.directory.settings().await?;
        // Which agent wrote the password to the user's directory, once (a
        // retry after losing a race must not send it again).
        let mut written = None;
        crate::on_contention!({
            let user = session_user(&self.ports, user_id, token).await?;
            self.change_user_password(user, token, (current, new), &settings, meta, &mut written).await
        })
    }

    async fn change_user_password(
        &self,
        mut user: User,
        token: &SessionToken,
        (current, new): (&Password, &Password),
        settings: &OrgSettings,
        meta: &RequestMeta,
        written: &mut Option<Option<String>>,
    ) -> Result<(), Error> {
        let now = self.ports.clock.now();
        let failure = (Action::PasswordChange, "wrong_password");
        self.check_current_password(&user, current, settings, now, failure, meta).await?;
        let reasons = policy::reasons_for(&self.ports, None, &user, new, settings, meta).await?;
        if !reasons.is_empty() {
            let mut event = self.user_event(&user, Action::PasswordChange, Outcome::Failure, meta);
            event.actor = Some(user.id.clone());
            event.reason = Some(crate::model::rejection::rule_names(&reasons));
            self.ports.audit.record(&event).await?;
            return Err(Error::PasswordRejected(reasons));
        }
        let hash = self.ports.hasher.hash(new).await?;
        let agent = match written {
            Some(agent) => agent.clone(),
            None => {
                let change = DirectoryChange::Password {
                    username: &user.username,
                    password: new,
                    hash: &hash,
                    must_change: false,
                };
                match crate::passwords::writeback::write_back(
                    &self.ports,
                    &user,
                    change,
                    Action::PasswordChange,
                )
                .await
                {
                    Ok(agent) => written.insert(agent).clone(),
                    Err(err) => {
                        let mut event =
                            self.user_event(&user, Action::PasswordChange, Outcome::Failure, meta);
                        event.actor = Some(user.id.clone());
                        event.reason = Some(crate::passwords::writeback::failure_reason(&err));
                        self.ports.audit.record(&event).await?;
                        return Err(err);
                    }
                }
            }
        };
        user.replace_password(hash, now);
        user.revoke_other_sessions(token);
        user.lockout = LockoutState::default();
        user.version += 1;
        let mut event = self.user_event(&user, Action::PasswordChange, Outcome::Success, meta);
        event.actor = Some(user.id.clone());
        if agent.is_some() {
            event.reason = Some(crate::passwords::writeback::via(&agent).trim_start_matches(',').to_owned());
        }
        self.ports.directory.update_user(&user, &[event]).await?;
        crate::messaging::notices::tell(&self.ports, settings, &user, "password was changed", now).await;
        Ok(())
    }
}

#[cfg(test)]
mod tests;
