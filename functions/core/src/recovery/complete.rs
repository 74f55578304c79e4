//! Completing a proven flow: a new password (written back first where the user is synced) or only an unlock.

use crate::access::limits;
use crate::messaging::notices;
use crate::model::audit::{Action, Outcome, RequestMeta};
use crate::model::directory::DirectoryChange;
use crate::model::directory::Written;
use crate::model::error::Error;
use crate::model::flow::ResetFlow;
use crate::model::settings::OrgSettings;
use crate::model::user::User;
use crate::model::values::{Password, ResetId};
use crate::passwords::policy;
use chrono::{DateTime, Utc};

use super::*;

impl Resets {
    /// Sets a new password once every required method is proven: the account
    /// is unlocked, every session revoked, the flow spent, the user told.
    pub async fn complete_password(
        &self,
        reset_id: &ResetId,
        new: &Password,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        self.complete(reset_id, Some(new), meta).await
    }

    /// Unlocks the account once every required method is proven; the password stays.
    pub async fn unlock(&self, reset_id: &ResetId, meta: &RequestMeta) -> Result<(), Error> {
        self.complete(reset_id, None, meta).await
    }

    pub(super) async fn complete(
        &self,
        reset_id: &ResetId,
        new: Option<&Password>,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let settings = self.ports.directory.settings().await?;
        // Which agent wrote the change to the user's directory (`Some(None)`:
        // the user is Latchkey's own), kept across contention retries.
        let mut written_back: Option<Option<Written>> = None;
        crate::on_contention!({
            let now = self.ports.clock.now();
            let mut flow = self.load(reset_id).await?;
            let remaining = flow.remaining();
            let user_id = match (flow.user(), remaining) {
                (Some(id), 0) => id.clone(),
                _ => return Err(Error::ResetIncomplete { remaining: remaining.max(1) }),
            };
            let mut user = match self.ports.directory.user(&user_id).await? {
                // Locked down by its owner since the flow began: frozen.
                Some(u) if u.enabled && u.lockdown.is_none() => u,
                _ => return Err(Error::ResetExpired),
            };
            let signin = limits::sign_in(
                &self.ports,
                &settings,
                &limits::lock_name(flow.target_name(), Some(&user)),
                limits::source(meta.client_ip.as_deref()),
            );
            let was_locked = limits::blocked(&self.ports, &signin, now).await?.is_some();
            let mut events = Vec::new();
            if let Some(new) = new {
                let reasons = policy::reasons_for(&self.ports, None, &user, new, &settings, meta).await?;
                if !reasons.is_empty() {
                    let rules = crate::model::rejection::rule_names(&reasons);
                    let mut event = self.event(&flow, Action::ResetCompleted, Outcome::Failure, None, meta);
                    event.reason = Some(rules);
                    self.ports.audit.record(&event).await?;
                    return Err(Error::PasswordRejected(reasons));
                }
                let hash = self.ports.hasher.hash(new).await?;
                // The directory first (once, even if the commit below is
                // retried): a refusal leaves the flow open for another password.
                if written_back.is_none() {
                    let change = DirectoryChange::Password {
                        username: &user.username,
                        password: new,
                        hash: &hash,
                        must_change: false,
                    };
                    written_back =
                        Some(self.write_back(&flow, &user, change, Action::ResetCompleted, meta).await?);
                }
                Written::record_any(written_back.as_ref(), &mut user, true);
                user.replace_password(hash, now);
                // A reset ends every session the old password opened.
                user.revoke_sessions();
                let reason = format!(
                    "password_reset{}",
                    crate::passwords::writeback::via(written_back.as_ref().unwrap_or(&None))
                );
                events.push(self.event(&flow, Action::ResetCompleted, Outcome::Success, Some(&reason), meta));
            } else if written_back.is_none() {
                let change = DirectoryChange::Unlock { username: &user.username };
                written_back =
                    Some(self.write_back(&flow, &user, change, Action::AccountUnlocked, meta).await?);
            }
            if new.is_none() {
                Written::record_any(written_back.as_ref(), &mut user, false);
            }
            user.clear_lockout();
            user.version += 1;
            if new.is_none() || was_locked {
                let reason = format!(
                    "self_service{}",
                    crate::passwords::writeback::via(written_back.as_ref().unwrap_or(&None))
                );
                events.push(self.event(
                    &flow,
                    Action::AccountUnlocked,
                    Outcome::Success,
                    Some(&reason),
                    meta,
                ));
            }
            flow.spend();
            // Lost a race (`Conflict`, so `Contention`): the next round sees a
            // spent flow (→ ResetExpired) or a fresh user.
            self.ports.flows.complete_reset(&flow, &user, &events).await?;
            self.after_completion(&flow, &user, new.is_some(), &settings, now, meta).await;
            Ok(())
        })
    }

    /// Writes `change` back to the user's directory (a user of Latchkey's
    /// own: nothing to do). A refusal or an outage is recorded and returned;
    /// the flow stays as it was.
    pub(super) async fn write_back(
        &self,
        flow: &ResetFlow,
        user: &User,
        change: DirectoryChange<'_>,
        action: Action,
        meta: &RequestMeta,
    ) -> Result<Option<Written>, Error> {
        match crate::passwords::writeback::write_back(&self.ports, user, change, action).await {
            Ok(agent) => Ok(agent),
            Err(err) => {
                let reason = crate::passwords::writeback::failure_reason(&err);
                let event = self.event(flow, Action::ResetCompleted, Outcome::Failure, Some(&reason), meta);
                self.ports.audit.record(&event).await?;
                Err(err)
            }
        }
    }

    /// Clears the user's reset counters and tells them what happened. The
    /// reset itself is done by now, so failures here are logged, not returned.
    pub(super) async fn after_completion(
        &self,
        flow: &ResetFlow,
        user: &User,
        password_changed: bool,
        settings: &OrgSettings,
        now: DateTime<Utc>,
        meta: &RequestMeta,
    ) {
        // The owner proved who they are: their counts end (this source's and
        // the account's; an attacker's own source stays counted).
        let source = limits::source(meta.client_ip.as_deref());
        let name = flow.target_name();
        let mut counted = limits::reset_blockers(&self.ports, settings, name, source);
        counted.extend(limits::sign_in(&self.ports, settings, &limits::lock_name(name, Some(user)), source));
        if let Err(err) = limits::clear(&self.ports, &counted).await {
            tracing::warn!(error = %crate::model::error::chain(&err), "could not clear the reset counters");
        }
        if settings.reset.notify_user {
            let notice = if password_changed { "notice-password-reset" } else { "notice-account-unlocked" };
            notices::tell(&self.ports, settings, user, &notices::Notice::new(notice), now).await;
        }
        if password_changed && user.is_admin() && settings.reset.notify_admins_on_admin_reset {
            self.tell_admins(user, settings, now).await;
        }
    }

    /// Emails every other enabled administrator, at the addresses the
    /// directory holds for them, that an administrator reset their own
    /// password (an attacker who takes over an admin account is noticed).
    pub(super) async fn tell_admins(&self, user: &User, settings: &OrgSettings, now: DateTime<Utc>) {
        let admins = notices::admins(&self.ports, Some(&user.id)).await;
        let args = crate::messaging::words::Args::new()
            .text("org", settings.name.as_str())
            .text("name", user.display_name.as_str())
            .text("user", user.username.as_str())
            .date("when", now);
        for admin in admins {
            let lang = crate::messaging::words::of(&admin, settings);
            let subject =
                crate::messaging::words::say_for(settings, lang, "notice-admin-self-reset-subject", &args);
            let text = crate::messaging::words::say_for(settings, lang, "notice-admin-self-reset", &args);
            for email in &admin.emails {
                notices::send_email(&self.ports, email, subject.clone(), &text, lang).await;
            }
        }
    }
}
