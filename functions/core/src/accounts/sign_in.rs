//! Signing in: the password step, the authenticator step, and what a signed-in user must do next.

use crate::access::limits;
use crate::access::session::session_user;
use crate::model::audit::{Action, AuditEvent, Outcome, Reason, RequestMeta};
use crate::model::error::Error;
use crate::model::registration::Status;
use crate::model::settings::OrgSettings;
use crate::model::user::{SessionToken, User};
use crate::model::values::{Password, UserId, Username};
use chrono::{DateTime, Utc};

use super::*;

/// What a lockout notice tells the owner (then until when).
pub const LOCKOUT_NOTICE: &str = "account's sign-in was locked after repeated wrong passwords";

/// What a signed-in user must do first, if anything: change the password,
/// register methods, or confirm them.
pub(super) fn regular_next(user: &User, settings: &OrgSettings, now: DateTime<Utc>) -> Option<NextStep> {
    if user.must_change_password || user.password_expired(settings, now) {
        return Some(NextStep::ChangePassword);
    }
    match crate::model::registration::status(user, settings, now).0 {
        Status::Incomplete if settings.registration.require_registration => Some(NextStep::RegisterMethods),
        Status::ConfirmDue => Some(NextStep::ConfirmMethods),
        _ => None,
    }
}

impl Accounts {
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
                self.tell_of_lockout(user.as_ref(), &name, &settings, until, now).await?;
            }
            self.record_sign_in_failure(user.as_ref(), &name, Outcome::Locked, "account_locked", meta)
                .await?;
            return Err(Error::AccountLocked { until: Some(until) });
        }
        let hash = user
            .as_ref()
            .and_then(|u| u.password())
            .map(|p| p.hash.clone())
            .unwrap_or_else(|| self.ports.hasher.decoy().clone());
        let verified = self.ports.hasher.verify(password, &hash).await?;
        let user = match user {
            Some(user) if verified && user.password().is_some() => user,
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
    /// their recovery codes. The try comes from the user's signed-in proof
    /// counters, which only this step's token reaches
    /// (`limits::signed_in_proofs`): strangers failing resets of the account
    /// never block someone holding both factors. A right one signs in, with the
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
        let counted = limits::signed_in_proofs(
            &self.ports,
            &settings,
            user_id,
            limits::source(meta.client_ip.as_deref()),
        );
        let now = self.ports.clock.now();
        let mut next = None;
        let proved = crate::accounts::authenticator::Authenticators::new(self.ports.clone())
            .prove(Some(user_id), &name, &counted, given, |user, accepted| {
                next = regular_next(user, &settings, now);
                let how = match accepted {
                    crate::accounts::authenticator::Accepted::RecoveryCode { .. } => "recovery_code",
                    _ => "authenticator",
                };
                vec![self.session_started(user, next, Some(how), now, meta)]
            })
            .await;
        match proved {
            Ok(user) => Ok(SignedIn { user, next, second_factor: true }),
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
    pub(super) fn session_started(
        &self,
        user: &mut User,
        next: Option<NextStep>,
        how: Option<&str>,
        now: DateTime<Utc>,
        meta: &RequestMeta,
    ) -> AuditEvent {
        user.clear_lockout();
        user.last_sign_in_at = Some(now);
        let mut event = self.user_event(user, Action::SignIn, Outcome::Success, meta);
        event.actor = Some(user.id.clone());
        event.reason = next.map(|n| n.reason()).or(how).map(Reason::from);
        event
    }

    /// Tells the owner of `name`, on every channel, that sign-in is locked
    /// until `until` — at most once a day, whoever keeps tripping it, so a
    /// stranger cannot flood their phone. Unknown names take the same
    /// counter; the message itself goes out in the background, so that
    /// neither costs a real name more time than a made-up one.
    async fn tell_of_lockout(
        &self,
        user: Option<&User>,
        name: &str,
        settings: &OrgSettings,
        until: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<(), Error> {
        let charged = limits::take(&self.ports, &[limits::lockout_notices(&self.ports, name)], now).await?;
        if let (Some(user), limits::Charge::Allowed { .. }) = (user, charged) {
            let (ports, settings, user) = (self.ports.clone(), settings.clone(), user.clone());
            let notice = crate::messaging::notices::Notice::new("notice-lockout").date("until", until);
            self.ports.background.run(Box::pin(async move {
                crate::messaging::notices::tell(&ports, &settings, &user, &notice, now).await;
            }));
        }
        Ok(())
    }

    pub(super) async fn record_sign_in_failure(
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
    pub(super) async fn record_sign_in_event(
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
    pub(super) async fn signed_in(
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
            user.clear_lockout();
            let mut event = self.user_event(&user, Action::SignIn, Outcome::Success, meta);
            event.actor = Some(user.id.clone());
            event.reason = Some(next.reason().into());
            self.ports.directory.update_user(&user, &[event]).await?;
            return Ok(SignedIn { user, next: Some(next), second_factor: false });
        }
        let next = regular_next(&user, settings, now);
        let how = second_step_done.then_some("authenticator_registered");
        let event = self.session_started(&mut user, next, how, now, meta);
        self.ports.directory.update_user(&user, &[event]).await?;
        Ok(SignedIn { user, next, second_factor: second_step_done })
    }
}
