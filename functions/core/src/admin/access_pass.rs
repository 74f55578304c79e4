//! Issuing and revoking a user's Temporary Access Pass: the administrators'
//! and the help desk's reset by default, and a `users:reset` client's under
//! the help desk's rules. The pass is shown once to whoever issued it and
//! kept only as a keyed digest; it replaces any pass the user had.

use chrono::{DateTime, Utc};
use secrecy::SecretString;

use crate::admin::Admin;
use crate::model::access_pass::{AccessPass, PassRequest, from_bytes};
use crate::model::audit::{Action, RequestMeta};
use crate::model::clients::Caller;
use crate::model::error::Error;
use crate::model::roles::{self, Permission};
use crate::model::values::{ParseError, UserId};

/// A pass as issued, shown this once.
pub struct IssuedPass {
    pub pass: SecretString,
    pub starts_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub one_time: bool,
}

impl Admin {
    /// Issues `target` a pass as `request` asks (one live per user: any
    /// other is replaced). The help desk's rules apply as for a reset: their
    /// verified check of the user first, never a privileged user. The user
    /// is told on every channel (never the pass).
    pub async fn issue_access_pass(
        &self,
        caller: &Caller,
        target: &UserId,
        request: &PassRequest,
        meta: &RequestMeta,
    ) -> Result<IssuedPass, Error> {
        let me = self.acting(caller, Permission::ResetPassword).await?;
        if &me.id == target {
            return Err(Error::InvalidInput(ParseError::new(
                "id",
                "is your own account: sign in as yourself instead",
            )));
        }
        let settings = self.ports.directory.settings().await?;
        let now = self.ports.clock.now();
        let mut bytes = vec![0u8; usize::from(request.length)];
        self.ports.random.fill(&mut bytes);
        let pass = from_bytes(&bytes);
        let starts_at = request.starts_at.unwrap_or(now);
        let issued = AccessPass {
            digest: crate::accounts::access_pass::digest(&self.ports, target, &pass),
            issued_at: now,
            starts_at,
            expires_at: starts_at + request.lifetime,
            one_time: request.one_time,
            issued_by: me.username.to_string(),
            used_at: None,
        };
        let user = crate::on_contention!({
            let mut user = self.ports.directory.user(target).await?.ok_or(Error::UserNotFound)?;
            roles::require_on(&me, Permission::ResetPassword, &user)?;
            let verified = crate::admin::verification::consume(&mut user, &me, now)?;
            let replaced = user
                .access_pass
                .as_ref()
                .is_some_and(|p| p.standing(now) != crate::model::access_pass::Standing::Expired);
            user.access_pass = Some(issued.clone());
            user.version += 1;
            let mut reason = format!(
                "{},minutes:{}",
                if issued.one_time { "one_time" } else { "multi_use" },
                request.lifetime.num_minutes()
            );
            if verified {
                reason.push_str(",verified");
            }
            if replaced {
                reason.push_str(",replaced");
            }
            let event = self.operator_event(&me, &user, Action::AccessPassIssued, &reason, meta);
            self.ports.directory.update_user(&user, &[event]).await?;
            Ok::<_, Error>(user)
        })?;
        let notice = crate::messaging::notices::Notice::new("notice-access-pass-issued")
            .date("until", issued.expires_at);
        crate::messaging::notices::tell(&self.ports, &settings, &user, &notice, now).await;
        Ok(IssuedPass {
            pass: SecretString::from(pass),
            starts_at,
            expires_at: issued.expires_at,
            one_time: issued.one_time,
        })
    }

    /// Revokes `target`'s pass, if it has one that could still be used.
    pub async fn revoke_access_pass(
        &self,
        caller: &Caller,
        target: &UserId,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let me = self.acting(caller, Permission::ResetPassword).await?;
        let settings = self.ports.directory.settings().await?;
        let now = self.ports.clock.now();
        let user = crate::on_contention!({
            let mut user = self.ports.directory.user(target).await?.ok_or(Error::UserNotFound)?;
            roles::require_on(&me, Permission::ResetPassword, &user)?;
            let usable = user.access_pass.as_ref().is_some_and(|p| {
                matches!(
                    p.standing(now),
                    crate::model::access_pass::Standing::Live | crate::model::access_pass::Standing::NotYet
                )
            });
            if !usable {
                return Err(Error::NotRegistered);
            }
            user.access_pass = None;
            // A session the pass opened ends with it.
            user.revoke_sessions();
            user.version += 1;
            let event = self.operator_event(&me, &user, Action::AccessPassRevoked, "revoked", meta);
            self.ports.directory.update_user(&user, &[event]).await?;
            Ok::<_, Error>(user)
        })?;
        let notice = crate::messaging::notices::Notice::new("notice-access-pass-revoked");
        crate::messaging::notices::tell(&self.ports, &settings, &user, &notice, now).await;
        Ok(())
    }
}
