//! Signing in: the password step, the authenticator step, and what a signed-in user must do next.

use crate::access::limits;
use crate::access::session::session_user;
use crate::model::audit::{Action, AuditEvent, Outcome, Reason, RequestMeta};
use crate::model::directory::{Answer, Verdict, directory_of};
use crate::model::error::Error;
use crate::model::registration::Status;
use crate::model::settings::OrgSettings;
use crate::model::user::{SessionToken, User};
use crate::model::values::{Password, UserId, Username};
use chrono::{DateTime, Utc};

use super::*;

/// How soon a refused sign-in is answered in a hybrid organisation, at the
/// earliest: above a pass-through check's usual time (see BENCHMARKS.md), so
/// that a wrong directory password, a wrong Latchkey password and a name
/// that is nobody's all take the same time.
pub const FAILURE_FLOOR: std::time::Duration = std::time::Duration::from_millis(1_500);

/// The reason a sign-in that ended by registering an authenticator records.
const AUTHENTICATOR_REGISTERED: &str = "authenticator_registered";

/// A password the directory accepted: Latchkey's own hash of it, to record
/// so the next sign-in needs no round trip, and what the directory wants.
struct PassedThrough {
    hash: crate::model::values::PasswordHash,
    must_change: bool,
    reason: String,
}

impl PassedThrough {
    /// Records the password on `user` (unless another request recorded one
    /// meanwhile) and that the directory does not hold the account locked.
    fn record(&self, user: &mut User, now: DateTime<Utc>) {
        if user.password().is_none() {
            user.replace_password(self.hash.clone(), now);
            user.must_change_password = self.must_change;
        }
        if let Some(synced) = user.synced.as_mut() {
            synced.locked = false;
            synced.locked_since = None;
        }
    }
}

/// What proved the password: the directory (`passed`), or Latchkey's own
/// hash; and whether it was found breached with the check enforcing.
struct Proof {
    passed: Option<PassedThrough>,
    breached: bool,
}

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
        Status::Incomplete => match crate::model::campaign::standing(user, settings, now) {
            crate::model::campaign::Standing::Nudge { .. } => Some(NextStep::RegistrationNudge),
            crate::model::campaign::Standing::Required => Some(NextStep::RegisterMethods),
            _ => None,
        },
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
    ///
    /// In a hybrid organisation (a directory has an agent enrolled) a synced
    /// user with no password in Latchkey is checked by the directory itself
    /// (pass-through, [`Accounts::pass_through`]), and every refused
    /// sign-in is answered no sooner than [`FAILURE_FLOOR`] after it began:
    /// the directory's round trip must not tell a synced name from one that
    /// is nobody's, nor from a wrong password Latchkey judged itself.
    pub async fn sign_in(
        &self,
        username: &str,
        password: &Password,
        meta: &RequestMeta,
    ) -> Result<SignedIn, Error> {
        let started = std::time::Instant::now();
        let result = self.check_sign_in(username, password, meta).await;
        // Asked only of a refusal, which every name reaches alike: a
        // successful sign-in pays no extra read.
        if matches!(result, Err(Error::InvalidCredentials)) && self.ports.writeback.hybrid().await? {
            let left = FAILURE_FLOOR.saturating_sub(started.elapsed());
            self.ports.background.pause(left).await;
        }
        result
    }

    async fn check_sign_in(
        &self,
        username: &str,
        password: &Password,
        meta: &RequestMeta,
    ) -> Result<SignedIn, Error> {
        let settings = self.ports.directory.settings().await?;
        limits::admit(&self.ports, &settings, "sign-in", meta.client_ip.as_deref()).await?;
        let name = limits::counted_name(username);
        let user = self.user_named(username).await?;
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
        // A synced user with no password here: the directory judges it.
        let mut passed = None;
        let user = match user {
            Some(user) if user.enabled && user.password().is_none() && directory_of(&user).is_some() => {
                match self.pass_through(&user, &name, password, &counted, meta).await? {
                    Some(through) => {
                        passed = Some(through);
                        user
                    }
                    None => return Err(Error::InvalidCredentials),
                }
            }
            Some(user) if verified && user.password().is_some() => user,
            other => {
                let reason = if other.is_some() { "wrong_password" } else { "unknown_user" };
                self.record_sign_in_failure(other.as_ref(), &name, Outcome::Failure, reason, meta).await?;
                return Err(Error::InvalidCredentials);
            }
        };
        self.refuse_standing(&user, &name, now, meta).await?;
        let breached = self.breached_at_sign_in(&user, password, &settings, meta).await?;
        let proof = Proof { passed, breached };
        self.finish_sign_in(user, proof, &name, &counted, &settings, now, meta).await
    }

    /// The user `username` names, if anyone; a name that is nobody's costs
    /// the same second read, so the store's latency does not tell them apart.
    pub(super) async fn user_named(&self, username: &str) -> Result<Option<User>, Error> {
        let user = match Username::parse(username) {
            Ok(parsed) => self.ports.directory.user_by_username(&parsed).await?,
            Err(_) => None,
        };
        if user.is_none() {
            self.ports.directory.user(&UserId::new("decoy")).await?;
        }
        Ok(user)
    }

    /// Takes a sign-in try for `name` (the account `user`, if any) from the
    /// account's and the address's counters, before anything is judged; a
    /// block is recorded and answered `AccountLocked`. For the proofs that
    /// stand in for a password (a passkey, an access pass).
    pub(super) async fn charge_sign_in(
        &self,
        name: &str,
        user: Option<&User>,
        settings: &OrgSettings,
        meta: &RequestMeta,
    ) -> Result<[crate::model::tries::Limit; 2], Error> {
        let source = limits::source(meta.client_ip.as_deref());
        let counted = limits::sign_in(&self.ports, settings, &limits::lock_name(name, user), source);
        let now = self.ports.clock.now();
        if let limits::Charge::Blocked { until, .. } = limits::take(&self.ports, &counted, now).await? {
            self.record_sign_in_failure(user, name, Outcome::Locked, "account_locked", meta).await?;
            return Err(Error::AccountLocked { until: Some(until) });
        }
        Ok(counted)
    }

    /// Refuses the right password of an account that may not sign in now:
    /// disabled, locked down by its owner, or a temporary password run out.
    /// Only the holder of the right password learns which.
    pub(super) async fn refuse_standing(
        &self,
        user: &User,
        name: &str,
        now: DateTime<Utc>,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let refused = if !user.enabled {
            Some(("account_disabled", Error::InvalidCredentials))
        } else if user.lockdown.is_some() {
            Some(("account_locked_down", Error::AccountLockedDown))
        } else if user.temporary_until().is_some_and(|until| now >= until) {
            Some(("temporary_password_expired", Error::TemporaryPasswordExpired))
        } else {
            None
        };
        match refused {
            Some((reason, err)) => {
                self.record_sign_in_failure(Some(user), name, Outcome::Failure, reason, meta).await?;
                Err(err)
            }
            None => Ok(()),
        }
    }

    /// Refuses a proof that stands in for the password (a passkey, an access
    /// pass) of an account its directory holds locked: the lock is the
    /// directory's, and unlocking is offered as for Latchkey's own.
    pub(super) async fn refuse_directory_lock(
        &self,
        user: &User,
        name: &str,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        if user.synced.as_ref().is_some_and(|s| s.locked && s.removed_at.is_none()) {
            self.record_sign_in_failure(Some(user), name, Outcome::Locked, "directory_locked", meta).await?;
            return Err(Error::AccountLocked { until: None });
        }
        Ok(())
    }

    /// Checks a password that just proved right against the breach corpus
    /// (the server holds it in this moment anyway). `true` when it is
    /// breached and the organisation enforces: the session can then only
    /// change it, as for an expired one, and the owner is told once. Audit
    /// mode records the hit. The corpus being unreachable lets the sign-in
    /// go on (logged): the password is right, and the next sign-in checks again.
    async fn breached_at_sign_in(
        &self,
        user: &User,
        password: &Password,
        settings: &OrgSettings,
        meta: &RequestMeta,
    ) -> Result<bool, Error> {
        use crate::model::breach::{BreachKey, BreachMode};
        let rules = settings.password.breached;
        if rules.at_sign_in == BreachMode::Off {
            return Ok(false);
        }
        let source = match self.ports.breaches.lookup(BreachKey::of(password), rules.min_count).await {
            Ok(Some(source)) => source,
            Ok(None) => return Ok(false),
            Err(err) => {
                tracing::warn!(user = %user.id, error = %err, "could not check a signed-in password against breaches");
                return Ok(false);
            }
        };
        let enforce = rules.at_sign_in == BreachMode::Enforce;
        let how = if enforce { "enforced" } else { "audit_only" };
        let reason = format!("{how},at_sign_in,{}", source.as_str());
        let outcome = (Action::BreachedPasswordFound, Outcome::Success);
        let event = AuditEvent::about(self.ports.stamp(), Some(&user.id), user, outcome, &reason, meta);
        self.ports.audit.record(&event).await?;
        if enforce && !user.must_change_password {
            let notice = crate::messaging::notices::Notice::new("notice-breached-at-sign-in");
            let now = self.ports.clock.now();
            crate::messaging::notices::tell(&self.ports, settings, user, &notice, now).await;
        }
        Ok(enforce)
    }

    /// The password is right (Latchkey's, or the directory's through
    /// `proof.passed`): unless the directory holds the account locked, the counts
    /// end and the user is signed in, with a password the directory passed
    /// recorded in the same write.
    #[expect(clippy::too_many_arguments, reason = "the sign-in's state so far, passed on whole")]
    async fn finish_sign_in(
        &self,
        user: User,
        proof: Proof,
        name: &str,
        counted: &[crate::model::tries::Limit],
        settings: &OrgSettings,
        now: DateTime<Utc>,
        meta: &RequestMeta,
    ) -> Result<SignedIn, Error> {
        let Proof { passed, breached } = proof;
        if passed.is_none() && user.synced.as_ref().is_some_and(|s| s.locked && s.removed_at.is_none()) {
            // The right password, but the directory has locked the account:
            // its lock is the directory's, and unlocking is offered as for ours.
            self.record_sign_in_failure(Some(&user), name, Outcome::Locked, "directory_locked", meta).await?;
            return Err(Error::AccountLocked { until: None });
        }
        // The owner is here: the counts that may have been building up end.
        limits::clear(&self.ports, counted).await?;
        // The first attempt writes the user as read above (its version guards
        // against anything changed since); a retry reads it afresh.
        let id = user.id.clone();
        let mut read = Some(user);
        crate::on_contention!({
            let mut user = match read.take() {
                Some(user) => user,
                None => self.ports.directory.user(&id).await?.ok_or(Error::InvalidCredentials)?,
            };
            let how = match &passed {
                Some(through) => {
                    through.record(&mut user, now);
                    Some(through.reason.as_str())
                }
                None => None,
            };
            if breached {
                // Known compromised: a change before anything else (NIST SP 800-63B).
                user.must_change_password = true;
            }
            self.signed_in(Some(user), &id, settings, now, how, meta).await
        })
    }

    /// Asks `user`'s directory whether `password` is theirs (the try was
    /// taken already). `Some` when it is: the caller records the hash and
    /// signs them in. `None` when it is not, recorded as a wrong password.
    /// A lock there is the directory's (423, with unlocking offered); no
    /// agent online is the directory unavailable (503), and gives the try back.
    async fn pass_through(
        &self,
        user: &User,
        name: &str,
        password: &Password,
        counted: &[crate::model::tries::Limit],
        meta: &RequestMeta,
    ) -> Result<Option<PassedThrough>, Error> {
        let Some(directory) = directory_of(user) else { return Ok(None) };
        match self.ports.writeback.verify(directory, &user.username, password).await? {
            Answer::Checked { agent, verdict: Verdict::Accepted { must_change } } => {
                let hash = self.ports.hasher.hash(password).await?;
                let reason = format!("pass_through,agent:{agent}");
                Ok(Some(PassedThrough { hash, must_change, reason }))
            }
            Answer::Checked { verdict: Verdict::Locked, .. } => {
                self.record_sign_in_failure(Some(user), name, Outcome::Locked, "directory_locked", meta)
                    .await?;
                self.note_directory_lock(user).await;
                Err(Error::AccountLocked { until: None })
            }
            Answer::Checked { verdict, .. } => {
                let reason = match verdict {
                    Verdict::Disabled => "directory_disabled",
                    _ => "wrong_password,pass_through",
                };
                self.record_sign_in_failure(Some(user), name, Outcome::Failure, reason, meta).await?;
                Ok(None)
            }
            other => {
                tracing::warn!(user = %user.id, %directory, answer = ?other, "pass-through verification could not be done");
                // Nobody judged the password: the try is given back.
                limits::release(&self.ports, counted).await?;
                self.record_sign_in_failure(
                    Some(user),
                    name,
                    Outcome::Failure,
                    "directory_unavailable",
                    meta,
                )
                .await?;
                Err(Error::DirectoryUnavailable { directory: directory.clone() })
            }
        }
    }

    /// Records that the directory said `user` is locked (best effort: the
    /// answer stands whether or not the note is written).
    async fn note_directory_lock(&self, user: &User) {
        let mut user = user.clone();
        let Some(synced) = user.synced.as_mut() else { return };
        if synced.locked {
            return;
        }
        synced.locked = true;
        synced.locked_since = Some(self.ports.clock.now());
        user.version += 1;
        if let Err(err) = self.ports.directory.update_user(&user, &[]).await {
            tracing::warn!(user = %user.id, error = %err, "could not note the directory's lock");
        }
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
            Ok(user) => {
                crate::access::tally::count(
                    &self.ports,
                    crate::access::tally::SignInMethod::PasswordAndAuthenticator,
                )
                .await;
                Ok(SignedIn { user, next, second_factor: true })
            }
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
            self.signed_in(Some(user), user_id, &settings, now, Some(AUTHENTICATOR_REGISTERED), meta).await
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
        how: Option<&str>,
        meta: &RequestMeta,
    ) -> Result<SignedIn, Error> {
        let second_step_done = how == Some(AUTHENTICATOR_REGISTERED);
        let mut user = match read {
            Some(user) => user,
            None => self.ports.directory.user(id).await?.ok_or(Error::InvalidCredentials)?,
        };
        user.version += 1;
        if !second_step_done && crate::model::registration::needs_second_factor(&user, settings) {
            // Either factor proves the second step: an authenticator or a passkey.
            let has_factor =
                user.registration.authenticator.is_some() || !user.registration.passkeys.is_empty();
            let next = if has_factor { NextStep::AuthenticatorCode } else { NextStep::RegisterAuthenticator };
            // The password was right: its failures end, but no session starts yet.
            user.clear_lockout();
            let mut event = self.user_event(&user, Action::SignIn, Outcome::Success, meta);
            event.actor = Some(user.id.clone());
            event.reason = Some(next.reason().into());
            self.ports.directory.update_user(&user, &[event]).await?;
            return Ok(SignedIn { user, next: Some(next), second_factor: false });
        }
        let next = regular_next(&user, settings, now);
        let event = self.session_started(&mut user, next, how, now, meta);
        self.ports.directory.update_user(&user, &[event]).await?;
        let method = if second_step_done {
            crate::access::tally::SignInMethod::PasswordAndAuthenticator
        } else {
            crate::access::tally::SignInMethod::Password
        };
        crate::access::tally::count(&self.ports, method).await;
        Ok(SignedIn { user, next, second_factor: second_step_done })
    }
}
