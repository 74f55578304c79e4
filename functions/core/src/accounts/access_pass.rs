//! Signing in with a Temporary Access Pass, and what that session may do:
//! register a passkey or an authenticator, and set the user's own password
//! (no current password asked: the pass proved who they are).

use chrono::{DateTime, Utc};
use subtle::ConstantTimeEq;

use crate::access::limits;
use crate::access::session::session_user;
use crate::model::access_pass::Standing;
use crate::model::audit::{Action, Outcome, RequestMeta};
use crate::model::error::Error;
use crate::model::user::{SessionToken, User};
use crate::model::values::{Password, UserId};

use super::{Accounts, NextStep, SignedIn};

/// What a sign-in with a pass records as how.
pub const HOW: &str = "access_pass";

/// The keyed digest a pass is kept as, bound to its user: a digest copied
/// onto another record proves nothing there.
pub fn digest(ports: &crate::ports::Ports, user: &UserId, pass: &str) -> String {
    let material = format!("{}\n{}", user.as_str(), pass.trim().to_uppercase());
    crate::model::values::hex(&ports.keyed.digest("access-pass", material.as_bytes()))
}

impl Accounts {
    /// Signs in `username` with a pass. The try is taken from the account's
    /// sign-in counters first, as for a password; a wrong pass, one not yet
    /// started, spent, run out or revoked, and a name that is nobody's all
    /// answer `InvalidCredentials`. The session can only register a method
    /// and set a password (`NextStep::AccessPass`); a one-time pass is spent.
    pub async fn sign_in_with_pass(
        &self,
        username: &str,
        pass: &str,
        meta: &RequestMeta,
    ) -> Result<SignedIn, Error> {
        let settings = self.ports.directory.settings().await?;
        limits::admit(&self.ports, &settings, "sign-in", meta.client_ip.as_deref()).await?;
        let name = limits::counted_name(username);
        let user = self.user_named(username).await?;
        let counted = self.charge_sign_in(&name, user.as_ref(), &settings, meta).await?;
        let now = self.ports.clock.now();
        let user = match user {
            Some(user) if self.pass_opens(&user, pass, now) => user,
            other => {
                let reason = if other.is_some() { "access_pass_invalid" } else { "unknown_user" };
                self.record_sign_in_failure(other.as_ref(), &name, Outcome::Failure, reason, meta).await?;
                return Err(Error::InvalidCredentials);
            }
        };
        self.refuse_standing(&user, &name, now, meta).await?;
        self.refuse_directory_lock(&user, &name, meta).await?;
        limits::clear(&self.ports, &counted).await?;
        let id = user.id.clone();
        let mut read = Some(user);
        let user = crate::on_contention!({
            let mut user = match read.take() {
                Some(user) => user,
                None => self.ports.directory.user(&id).await?.ok_or(Error::InvalidCredentials)?,
            };
            if !self.pass_opens(&user, pass, now) {
                // Spent by a sign-in that won the race.
                return Err(Error::InvalidCredentials);
            }
            if let Some(held) = user.access_pass.as_mut() {
                held.used_at.get_or_insert(now);
            }
            user.clear_lockout();
            user.last_sign_in_at = Some(now);
            user.version += 1;
            let mut used = self.user_event(&user, Action::AccessPassUsed, Outcome::Success, meta);
            used.actor = Some(user.id.clone());
            let mut signed = self.user_event(&user, Action::SignIn, Outcome::Success, meta);
            signed.actor = Some(user.id.clone());
            signed.reason = Some(NextStep::AccessPass.reason().into());
            self.ports.directory.update_user(&user, &[used, signed]).await?;
            Ok(user)
        })?;
        crate::access::tally::count(&self.ports, crate::access::tally::SignInMethod::AccessPass).await;
        let notice = crate::messaging::notices::Notice::new("notice-access-pass-used");
        crate::messaging::notices::tell(&self.ports, &settings, &user, &notice, now).await;
        Ok(SignedIn { user, next: Some(NextStep::AccessPass), second_factor: false })
    }

    /// Whether `pass` is `user`'s live pass (compared in constant time).
    fn pass_opens(&self, user: &User, pass: &str, now: DateTime<Utc>) -> bool {
        let Some(held) = &user.access_pass else { return false };
        let given = digest(&self.ports, &user.id, pass);
        held.standing(now) == Standing::Live && bool::from(given.as_bytes().ct_eq(held.digest.as_bytes()))
    }

    /// Sets the password of a user signed in with a pass (the caller checked
    /// the session is that sign-in's): the policy and the directory judge it
    /// as for a change. Refused once the pass was revoked or ran out.
    pub async fn set_password_with_pass(
        &self,
        user_id: &UserId,
        token: &SessionToken,
        new: &Password,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let settings = self.ports.directory.settings().await?;
        let mut written = None;
        crate::on_contention!({
            let user = session_user(&self.ports, user_id, token).await?;
            let now = self.ports.clock.now();
            let standing = user.access_pass.as_ref().map(|p| p.standing(now));
            if !matches!(standing, Some(Standing::Live | Standing::Spent)) {
                return Err(Error::Unauthenticated);
            }
            self.change_user_password(user, token, (None, new), &settings, meta, &mut written).await
        })
    }
}
