//! Administration of the self-service reset policy: who it is for, with which
//! methods, how many. A change that would leave users unable to reset is
//! reported (how many lose eligibility) and saved only once acknowledged.

use std::collections::BTreeSet;

use crate::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::error::Error;
use crate::ports::Ports;
use crate::registration;
use crate::resets::MethodKind;
use crate::settings::{OrgSettings, Scope};
use crate::types::{ParseError, UserId};
use crate::user::User;

/// The reset policy as an administrator edits it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResetPolicy {
    pub scope: Scope,
    pub methods_allowed: BTreeSet<MethodKind>,
    /// For non-admins (admins always prove 2).
    pub methods_required: u8,
    pub questions_to_register: u8,
    pub questions_to_reset: u8,
    pub require_registration: bool,
    pub reconfirm_days: u32,
    pub notify_users: bool,
    pub notify_admins_on_admin_reset: bool,
}

impl ResetPolicy {
    pub fn of(settings: &OrgSettings) -> Self {
        Self {
            scope: settings.registration.scope.clone(),
            methods_allowed: settings.registration.methods_allowed.clone(),
            methods_required: settings.reset.methods_required,
            questions_to_register: settings.questions.register,
            questions_to_reset: settings.questions.reset,
            require_registration: settings.registration.require_registration,
            reconfirm_days: settings.registration.reconfirm_days,
            notify_users: settings.reset.notify_user,
            notify_admins_on_admin_reset: settings.reset.notify_admins_on_admin_reset,
        }
    }

    /// Checks the values and writes them into `settings`.
    pub fn apply(&self, settings: &mut OrgSettings) -> Result<(), ParseError> {
        if !(1..=2).contains(&self.methods_required) {
            return Err(ParseError::new("methods_required", "must be 1 or 2"));
        }
        if self.methods_allowed.is_empty() {
            return Err(ParseError::new("methods_allowed", "must allow at least one method"));
        }
        if !(3..=5).contains(&self.questions_to_register) {
            return Err(ParseError::new("questions_to_register", "must be between 3 and 5"));
        }
        if !(1..=self.questions_to_register).contains(&self.questions_to_reset) {
            return Err(ParseError::new("questions_to_reset", "must be between 1 and questions_to_register"));
        }
        if matches!(&self.scope, Scope::Group { group } if group.trim().is_empty()) {
            return Err(ParseError::new("scope", "a group scope needs a group name"));
        }
        if self.reconfirm_days > 730 {
            return Err(ParseError::new("reconfirm_days", "must be at most 730 (0 = never)"));
        }
        settings.registration.scope = self.scope.clone();
        settings.registration.methods_allowed = self.methods_allowed.clone();
        settings.reset.methods_required = self.methods_required;
        settings.questions.register = self.questions_to_register;
        settings.questions.reset = self.questions_to_reset;
        settings.registration.require_registration = self.require_registration;
        settings.registration.reconfirm_days = self.reconfirm_days;
        settings.reset.notify_user = self.notify_users;
        settings.reset.notify_admins_on_admin_reset = self.notify_admins_on_admin_reset;
        Ok(())
    }
}

/// What a policy change would do to who can reset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Impact {
    /// Enabled users in the directory.
    pub users: u32,
    pub eligible_before: u32,
    pub eligible_after: u32,
    /// Users who can reset today and could not under the new policy.
    pub losing: u32,
}

/// Whether `user` could complete a self-service reset under `settings`.
pub fn eligible(user: &User, settings: &OrgSettings) -> bool {
    user.enabled
        && registration::in_scope(user, settings)
        && registration::method_count(user, settings)
            >= usize::from(registration::required_methods(user, settings))
}

/// The administrator operations. Cheap to clone.
#[derive(Clone)]
pub struct Admin {
    ports: Ports,
}

impl Admin {
    pub fn new(ports: Ports) -> Self {
        Self { ports }
    }

    /// The caller, if their session is good and they are an admin.
    async fn admin(&self, id: &UserId, token_version: u32) -> Result<User, Error> {
        let user = crate::accounts::session_user(&self.ports, id, token_version).await?;
        if user.is_admin() { Ok(user) } else { Err(Error::Forbidden) }
    }

    pub async fn reset_policy(&self, id: &UserId, token_version: u32) -> Result<ResetPolicy, Error> {
        self.admin(id, token_version).await?;
        Ok(ResetPolicy::of(&self.ports.directory.settings().await?))
    }

    /// What `policy` would change, without saving it.
    pub async fn preview(
        &self,
        id: &UserId,
        token_version: u32,
        policy: &ResetPolicy,
    ) -> Result<Impact, Error> {
        self.admin(id, token_version).await?;
        let current = self.ports.directory.settings().await?;
        let mut next = current.clone();
        policy.apply(&mut next)?;
        self.impact(&current, &next).await
    }

    /// Saves `policy`. If it would leave users unable to reset, it is refused
    /// with the count unless `accept_impact` says the admin has seen it.
    pub async fn set_reset_policy(
        &self,
        id: &UserId,
        token_version: u32,
        policy: &ResetPolicy,
        accept_impact: bool,
        meta: &RequestMeta,
    ) -> Result<Impact, Error> {
        let admin = self.admin(id, token_version).await?;
        let current = self.ports.directory.settings().await?;
        let mut next = current.clone();
        policy.apply(&mut next)?;
        let impact = self.impact(&current, &next).await?;
        if impact.losing > 0 && !accept_impact {
            return Err(Error::PolicyStrandsUsers { losing: impact.losing });
        }
        let event = AuditEvent {
            id: self.ports.random.hex(16),
            at: self.ports.clock.now(),
            actor: Some(admin.id.clone()),
            target: None,
            target_name: None,
            action: Action::SettingsChanged,
            outcome: Outcome::Success,
            reason: Some(format!("reset_policy; {} users lose eligibility", impact.losing)),
            client_ip: meta.client_ip.clone(),
            user_agent: meta.user_agent.clone(),
        };
        self.ports.directory.save_settings(&next, &event).await?;
        Ok(impact)
    }

    async fn impact(&self, before: &OrgSettings, after: &OrgSettings) -> Result<Impact, Error> {
        let users = self.ports.directory.users().await?;
        let mut impact = Impact { users: 0, eligible_before: 0, eligible_after: 0, losing: 0 };
        for user in users.iter().filter(|u| u.enabled) {
            let (was, will) = (eligible(user, before), eligible(user, after));
            impact.users += 1;
            impact.eligible_before += u32::from(was);
            impact.eligible_after += u32::from(will);
            impact.losing += u32::from(was && !will);
        }
        Ok(impact)
    }
}
