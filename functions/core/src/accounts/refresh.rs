//! Restoring a web app's session after a reload: the refresh credential a
//! full sign-in starts, spent and replaced by each refresh, and ended by
//! signing out or by anything that ends the user's sessions.

use chrono::{DateTime, Duration, Utc};

use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::error::{Error, PortError};
use crate::model::sessions::{RefreshCredential, RefreshFamily, SessionApp};
use crate::model::user::{SessionToken, User};

use super::sign_in::regular_next;
use super::*;

/// The keyed hash's purpose for refresh credentials.
const DIGEST_PURPOSE: &str = "refresh-credential";

/// A refresh that worked: the user as they are now, the family at its new
/// generation, and the credential that replaces the one spent.
#[derive(Debug)]
pub struct Refreshed {
    pub user: User,
    /// What the user must do first (never a password change: that session
    /// is not restored, the user signs in again and is led to it).
    pub next: Option<NextStep>,
    pub family: RefreshFamily,
    pub credential: RefreshCredential,
}

impl Accounts {
    /// Starts the family of a full sign-in into `app` (never a session
    /// limited to a password change or a second step: the caller checks).
    /// Its id becomes the session id of the sign-in's access token.
    pub async fn start_refresh(
        &self,
        user: &User,
        app: SessionApp,
        second_factor: bool,
    ) -> Result<(RefreshFamily, RefreshCredential), Error> {
        let settings = self.ports.directory.settings().await?;
        let lifetime = settings.sessions.of(app);
        let now = self.ports.clock.now();
        let id = self.ports.random.hex(16);
        let (credential, digest) = self.credential(&id, 1);
        let absolute_until = now + hours(lifetime.absolute_hours);
        let family = RefreshFamily {
            id,
            user: user.id.clone(),
            app,
            token_version: user.token_version(),
            second_factor,
            signed_in_at: now,
            generation: 1,
            digest,
            idle_until: (now + hours(lifetime.idle_hours)).min(absolute_until),
            absolute_until,
        };
        self.ports.sessions.create_family(&family).await?;
        Ok((family, credential))
    }

    /// Spends `credential` for `app` and hands out the next one. Refused
    /// (`Unauthenticated`, the family ended) when the family ran out, the
    /// user was disabled, their sessions were revoked since (a password
    /// change made in this family keeps it), or they must change the
    /// password first. A credential of an earlier generation ends the whole
    /// family and is audited: someone else holds, or held, the session.
    pub async fn refresh(
        &self,
        app: SessionApp,
        credential: &RefreshCredential,
        meta: &RequestMeta,
    ) -> Result<Refreshed, Error> {
        let settings = self.ports.directory.settings().await?;
        crate::access::limits::admit(&self.ports, &settings, "refresh", meta.client_ip.as_deref()).await?;
        let parts = credential.parts().ok_or(Error::Unauthenticated)?;
        let family = self.ports.sessions.family(parts.family).await?.ok_or(Error::Unauthenticated)?;
        if family.app != app {
            return Err(Error::Unauthenticated);
        }
        if parts.generation < family.generation {
            return Err(self.reused(&family, meta).await);
        }
        let presented = self.digest(credential);
        if parts.generation != family.generation || presented != family.digest {
            return Err(Error::Unauthenticated);
        }
        let now = self.ports.clock.now();
        let Some(user) = self.standing_user(&family, now).await? else {
            self.ports.sessions.end_family(&family.id).await?;
            return Err(Error::Unauthenticated);
        };
        let next = regular_next(&user, &settings, now);
        if next == Some(NextStep::ChangePassword) {
            self.ports.sessions.end_family(&family.id).await?;
            return Err(Error::Unauthenticated);
        }
        let lifetime = settings.sessions.of(app);
        // A setting shortened since applies to families already running.
        let absolute_until = family.absolute_until.min(family.signed_in_at + hours(lifetime.absolute_hours));
        let generation = family.generation + 1;
        let (credential, digest) = self.credential(&family.id, generation);
        let rotated = RefreshFamily {
            token_version: user.token_version(),
            generation,
            digest,
            idle_until: (now + hours(lifetime.idle_hours)).min(absolute_until),
            absolute_until,
            ..family.clone()
        };
        if !rotated.live_at(now) {
            self.ports.sessions.end_family(&family.id).await?;
            return Err(Error::Unauthenticated);
        }
        match self.ports.sessions.rotate_family(&rotated, &family.digest).await {
            Ok(()) => Ok(Refreshed { user, next, family: rotated, credential }),
            // Another refresh spent the same credential a moment before.
            Err(PortError::Conflict { .. }) => Err(self.reused(&family, meta).await),
            Err(other) => Err(other.into()),
        }
    }

    /// Ends the family `credential` belongs to, if it is `app`'s and the
    /// credential is its current one or an earlier one (a sign-out from a
    /// tab that missed the last rotation still signs out). Anything else
    /// is quietly nothing: signing out always ends in "signed out".
    pub async fn sign_out(
        &self,
        app: SessionApp,
        credential: &RefreshCredential,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let Some(parts) = credential.parts() else { return Ok(()) };
        let Some(family) = self.ports.sessions.family(parts.family).await? else { return Ok(()) };
        let current = parts.generation == family.generation && self.digest(credential) == family.digest;
        if family.app != app || !(current || parts.generation < family.generation) {
            return Ok(());
        }
        self.ports.sessions.end_family(&family.id).await?;
        let mut event = self.family_event(&family, Action::SignOut, Outcome::Success, meta);
        event.actor = Some(family.user.clone());
        event.reason = Some(app.as_str().into());
        self.ports.audit.record(&event).await?;
        Ok(())
    }

    /// The family's user, if their session still stands at `now`: enabled,
    /// and not revoked since (`User::accepts`).
    async fn standing_user(&self, family: &RefreshFamily, now: DateTime<Utc>) -> Result<Option<User>, Error> {
        if !family.live_at(now) {
            return Ok(None);
        }
        let token = SessionToken::new(family.token_version, family.id.clone());
        let Some(user) = self.ports.directory.user(&family.user).await? else { return Ok(None) };
        Ok((user.enabled && user.accepts(&token)).then_some(user))
    }

    /// Ends a family whose spent credential came back, and says so in the
    /// audit trail; the answer is the refusal to give.
    async fn reused(&self, family: &RefreshFamily, meta: &RequestMeta) -> Error {
        if let Err(err) = self.ports.sessions.end_family(&family.id).await {
            return err.into();
        }
        let mut event = self.family_event(family, Action::SessionEnded, Outcome::Blocked, meta);
        event.reason = Some("refresh_reused".into());
        match self.ports.audit.record(&event).await {
            Ok(()) => Error::Unauthenticated,
            Err(err) => err.into(),
        }
    }

    fn family_event(
        &self,
        family: &RefreshFamily,
        action: Action,
        outcome: Outcome,
        meta: &RequestMeta,
    ) -> AuditEvent {
        AuditEvent { target: Some(family.user.clone()), ..self.event(action, outcome, meta) }
    }

    /// A fresh credential of generation `generation` and its keyed digest.
    fn credential(&self, family: &str, generation: u32) -> (RefreshCredential, String) {
        let credential = RefreshCredential::new(family, generation, &self.ports.random.hex(32));
        let digest = self.digest(&credential);
        (credential, digest)
    }

    fn digest(&self, credential: &RefreshCredential) -> String {
        let digest = self.ports.keyed.digest(DIGEST_PURPOSE, credential.expose().as_bytes());
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }
}

fn hours(n: u32) -> Duration {
    Duration::hours(i64::from(n))
}
