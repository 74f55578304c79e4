//! Provisioning: creating a user with an initial password, as seeding, the
//! tests and processes that provision on an administrator's behalf do.

use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::error::Error;
use crate::model::user::{NewUser, User};
use crate::model::values::{Password, UserId};
use crate::passwords::policy;
use crate::ports::Ports;

/// Creates users with a password. Cheap to clone; holds only the ports.
#[derive(Clone)]
pub struct Provisioning {
    ports: Ports,
}

impl Provisioning {
    pub fn new(ports: Ports) -> Self {
        Self { ports }
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
        let mut user = new.into_user(UserId::new(self.ports.random.hex(16)), now);
        let reasons =
            policy::reasons_for(&self.ports, actor.as_ref(), &user, password, &settings, meta).await?;
        if !reasons.is_empty() {
            return Err(Error::PasswordRejected(reasons));
        }
        let hash = self.ports.hasher.hash(password).await?;
        // The first password: no history to keep. Set after it, because a
        // new password otherwise ends any forced change.
        user.replace_password(hash, now);
        user.must_change_password = must_change;
        // A creation gives no reason (the event's action says it all).
        let event = AuditEvent {
            reason: None,
            ..AuditEvent::about(
                self.ports.stamp(),
                actor.as_ref(),
                &user,
                (Action::UserCreated, Outcome::Success),
                "",
                meta,
            )
        };
        crate::admin::groups::ensure(&self.ports, None, &user.groups, meta).await?;
        self.ports.directory.create_user(&user, &event).await?;
        Ok(user)
    }
}
