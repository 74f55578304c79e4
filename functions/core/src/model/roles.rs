//! Who may do what in the administrators' API: the permissions each role
//! holds, and the checks the operations call.
//!
//! - `admin`: everything.
//! - `helpdesk`: reads users; resets, unlocks and invites users who hold no
//!   privileged role (never an admin, another helpdesk or a reports reader,
//!   nor themselves); no settings, no edits.
//! - `reports_reader`: reads reports, nothing else.
//! - everyone else: nothing here.

use crate::model::error::Error;
use crate::model::user::{Role, User};

/// An operation of the administrators' API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    /// List, search and read users.
    ReadUsers,
    /// Create, edit, disable, delete; grant roles; groups; end sessions.
    ManageUsers,
    /// Reset a password (temporary password or invitation).
    ResetPassword,
    /// Lift a lockout.
    Unlock,
    /// Send an invitation to set a password.
    Invite,
    /// Read and change the organisation's settings.
    Settings,
    /// Read reports.
    ReadReports,
}

impl Permission {
    fn allowed_to(self, role: Role) -> bool {
        use Permission::*;
        match role {
            Role::Admin => true,
            Role::Helpdesk => matches!(self, ReadUsers | ResetPassword | Unlock | Invite),
            Role::ReportsReader => matches!(self, ReadReports),
            Role::User => false,
        }
    }
}

/// Whether `actor` may do `permission` at all.
pub fn may(actor: &User, permission: Permission) -> bool {
    actor.enabled && actor.roles.iter().any(|r| permission.allowed_to(*r))
}

/// `Forbidden` unless `actor` may do `permission`.
pub fn require(actor: &User, permission: Permission) -> Result<(), Error> {
    if may(actor, permission) { Ok(()) } else { Err(Error::Forbidden) }
}

/// `Forbidden` unless `actor` may do `permission` to `target`: a helpdesk
/// never acts on a user with a privileged role.
pub fn require_on(actor: &User, permission: Permission, target: &User) -> Result<(), Error> {
    require(actor, permission)?;
    // Only an administrator's permissions reach users with privileged roles.
    if target.is_privileged() && !actor.is_admin() {
        return Err(Error::Forbidden);
    }
    Ok(())
}

/// What `actor` may do, for the console to show only that.
pub fn permissions(actor: &User) -> Vec<Permission> {
    use Permission::*;
    [ReadUsers, ManageUsers, ResetPassword, Unlock, Invite, Settings, ReadReports]
        .into_iter()
        .filter(|p| may(actor, *p))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample_user;

    fn with(roles: &[Role]) -> User {
        let mut user = sample_user("someone");
        user.roles = roles.iter().copied().collect();
        user
    }

    #[test]
    fn helpdesk_resets_plain_users_but_never_privileged_ones() {
        let helpdesk = with(&[Role::User, Role::Helpdesk]);
        let plain = with(&[Role::User]);
        for p in [Permission::ResetPassword, Permission::Unlock, Permission::Invite, Permission::ReadUsers] {
            assert!(require_on(&helpdesk, p, &plain).is_ok(), "{p:?}");
            for role in [Role::Admin, Role::Helpdesk, Role::ReportsReader] {
                let privileged = with(&[Role::User, role]);
                assert!(
                    matches!(require_on(&helpdesk, p, &privileged), Err(Error::Forbidden)),
                    "{p:?} {role:?}"
                );
            }
        }
        for p in [Permission::ManageUsers, Permission::Settings, Permission::ReadReports] {
            assert!(require(&helpdesk, p).is_err(), "{p:?}");
        }
    }

    #[test]
    fn admins_do_everything_readers_only_read_reports_users_nothing() {
        let admin = with(&[Role::Admin]);
        let other_admin = with(&[Role::Admin]);
        assert!(permissions(&admin).len() == 7);
        assert!(require_on(&admin, Permission::ResetPassword, &other_admin).is_ok());
        let reader = with(&[Role::ReportsReader]);
        assert_eq!(permissions(&reader), vec![Permission::ReadReports]);
        assert!(permissions(&with(&[Role::User])).is_empty());
        let mut disabled = with(&[Role::Admin]);
        disabled.enabled = false;
        assert!(permissions(&disabled).is_empty());
    }
}
