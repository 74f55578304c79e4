//! "This wasn't me": the owner of an account reports a change they did not
//! make, from a security notice's link or from their recent activity, and
//! the account is locked down at once. Every session ends; sign-in,
//! self-service reset and registration stop; the reported change is
//! flagged on the account; every administrator is told and the event goes
//! on the stream. Only an administrator lifts it, after the help desk
//! checked who the owner is. A link that is used, run out or forged gets
//! one answer, so it tells nothing about the account.

use chrono::{DateTime, Duration, Utc};

use crate::access::limits;
use crate::access::session::session_user;
use crate::messaging::notices::{self, Notice};
use crate::messaging::report_link::{self, LINK_DAYS};
use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::clients::Caller;
use crate::model::error::Error;
use crate::model::roles::Permission;
use crate::model::tries::{BlockRule, Limit, Taken};
use crate::model::user::{Lockdown, LockdownFrom, SessionToken, User};
use crate::model::values::{UserId, Username};

use super::Lifecycle;

/// What was reported, when it happened, and where the report came from.
struct Report {
    action: Action,
    at: Option<DateTime<Utc>>,
    from: LockdownFrom,
}

impl Lifecycle {
    /// The owner's report from a notice's link (`token`, the part after `#`).
    pub async fn report_by_link(&self, token: &str, meta: &RequestMeta) -> Result<(), Error> {
        let ports = &self.ports;
        let settings = ports.directory.settings().await?;
        limits::admit(ports, &settings, "report", meta.client_ip.as_deref()).await?;
        let now = ports.clock.now();
        let Some(link) = report_link::read(ports, token, now) else { return Err(Error::ReportLinkInvalid) };
        // Used once, whatever the number of requests racing with it.
        let once = Limit {
            key: limits::key(ports, &["report-link", &link.nonce]),
            max: 1,
            window: Duration::days(LINK_DAYS + 1),
            block: BlockRule::rest_of_window(),
        };
        if matches!(ports.flows.take_try(&once, now).await?, Taken::Blocked { .. }) {
            return Err(Error::ReportLinkInvalid);
        }
        let report = Report { action: link.action, at: Some(link.issued_at), from: LockdownFrom::NoticeLink };
        crate::on_contention!({
            let Some(user) = ports.directory.user(&link.user).await? else {
                return Err(Error::ReportLinkInvalid);
            };
            self.lock_down(user, &report, meta).await
        })
    }

    /// The signed-in owner's report of `event` (an id from their recent
    /// activity); the session that asked ends with every other.
    pub async fn report_own(
        &self,
        user_id: &UserId,
        token: &SessionToken,
        event: &str,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let ports = &self.ports;
        let since = ports.clock.now() - Duration::days(crate::accounts::registration::OWN_ACTIVITY_DAYS);
        let user = session_user(ports, user_id, token).await?;
        let events = ports.audit.for_user(&user.id, crate::accounts::registration::OWN_ACTIVITY_MAX).await?;
        let Some(found) = events.into_iter().find(|e| e.id == event && e.at >= since) else {
            return Err(Error::EventNotFound);
        };
        let report = Report { action: found.action, at: Some(found.at), from: LockdownFrom::Activity };
        crate::on_contention!({
            let user = session_user(ports, user_id, token).await?;
            self.lock_down(user, &report, meta).await
        })
    }

    /// Locks `user` down for `report` (a second report keeps the first).
    async fn lock_down(&self, mut user: User, report: &Report, meta: &RequestMeta) -> Result<(), Error> {
        let ports = &self.ports;
        if user.lockdown.is_some() {
            return Ok(());
        }
        let now = ports.clock.now();
        user.lockdown =
            Some(Lockdown { since: now, reported: report.action, reported_at: report.at, from: report.from });
        user.revoke_sessions();
        user.version += 1;
        let reason = format!("reported:{},{}", report.action.code(), report.from.as_str());
        let event = AuditEvent::about(
            ports.stamp(),
            Some(&user.id),
            &user,
            (Action::AccountReported, Outcome::Success),
            reason,
            meta,
        );
        ports.directory.update_user(&user, &[event]).await?;
        let settings = ports.directory.settings().await?;
        notices::tell(ports, &settings, &user, &Notice::new("notice-locked-down"), now).await;
        let told = Notice::new("notice-admin-account-reported")
            .text("user", user.username.as_str())
            .text("name", user.display_name.as_str());
        notices::tell_admins(ports, &settings, Some(&user.id), &told, now).await;
        Ok(())
    }

    /// An administrator lifts `target`'s lockdown (nothing to lift is done too).
    pub async fn lift_lockdown(
        &self,
        caller: &Caller,
        target: &UserId,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let admin = crate::admin::Admin::new(self.ports.clone());
        let me = admin.acting(caller, Permission::ManageUsers).await?;
        self.lift(target, Some(&me.id), "", meta).await
    }

    /// The operator's way out when no administrator can sign in to lift a
    /// lockdown (the only administrator locked their own account down): run
    /// with the deployment's own credentials (`latchkey-bootstrap
    /// --lift-lockdown <username>`), audited as the operator's.
    pub async fn lift_lockdown_as_operator(
        &self,
        username: &Username,
        meta: &RequestMeta,
    ) -> Result<bool, Error> {
        let Some(user) = self.ports.directory.user_by_username(username).await? else {
            return Err(Error::UserNotFound);
        };
        let locked = user.lockdown.is_some();
        self.lift(&user.id, None, "operator", meta).await?;
        Ok(locked)
    }

    async fn lift(
        &self,
        target: &UserId,
        actor: Option<&UserId>,
        reason: &str,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        crate::on_contention!({
            let Some(mut user) = self.ports.directory.user(target).await? else {
                return Err(Error::UserNotFound);
            };
            if user.lockdown.is_none() {
                return Ok(());
            }
            user.lockdown = None;
            user.version += 1;
            let event = AuditEvent::about(
                self.ports.stamp(),
                actor,
                &user,
                (Action::LockdownLifted, Outcome::Success),
                reason,
                meta,
            );
            self.ports.directory.update_user(&user, &[event]).await.map_err(Error::from)
        })
    }
}
