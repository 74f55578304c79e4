//! Changing one's own password, and confirming it is really the user (a recent sign-in or the current password).

use crate::access::limits;
use crate::access::session::{RECENT_AUTH, session_user};
use crate::model::audit::{Action, Outcome, RequestMeta};
use crate::model::directory::DirectoryChange;
use crate::model::error::Error;
use crate::model::settings::OrgSettings;
use crate::model::user::{SessionToken, User};
use crate::model::values::{Password, UserId};
use crate::passwords::policy;
use chrono::{DateTime, Utc};

use super::*;

impl Accounts {
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
    pub(super) async fn check_current_password(
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
        let Some(state) = &user.password() else {
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
            self.change_user_password(user, token, (Some(current), new), &settings, meta, &mut written).await
        })
    }

    pub(super) async fn change_user_password(
        &self,
        mut user: User,
        token: &SessionToken,
        (current, new): (Option<&Password>, &Password),
        settings: &OrgSettings,
        meta: &RequestMeta,
        written: &mut Option<Option<crate::model::directory::Written>>,
    ) -> Result<(), Error> {
        let now = self.ports.clock.now();
        // No current password: a Temporary Access Pass proved who they are.
        if let Some(current) = current {
            let failure = (Action::PasswordChange, "wrong_password");
            self.check_current_password(&user, current, settings, now, failure, meta).await?;
        }
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
                        event.reason = Some(crate::passwords::writeback::failure_reason(&err).into());
                        self.ports.audit.record(&event).await?;
                        return Err(err);
                    }
                }
            }
        };
        if let Some(written) = &agent {
            written.record(&mut user, true);
        }
        user.replace_password(hash, now);
        user.revoke_other_sessions(token);
        user.clear_lockout();
        user.version += 1;
        let mut event = self.user_event(&user, Action::PasswordChange, Outcome::Success, meta);
        event.actor = Some(user.id.clone());
        let how = if current.is_none() { super::access_pass::HOW } else { "" };
        let via = crate::passwords::writeback::via(&agent);
        let reason = format!("{how}{via}");
        if !reason.is_empty() {
            event.reason = Some(reason.trim_start_matches(',').into());
        }
        self.ports.directory.update_user(&user, &[event]).await?;
        let notice = crate::messaging::notices::Notice::new("notice-password-changed");
        crate::messaging::notices::tell(&self.ports, settings, &user, &notice, now).await;
        Ok(())
    }
}
