//! User sync up: what the agent reads from the directory, and what changed
//! since its last sync. Removals are soft (Latchkey disables, never deletes,
//! a user who left the directory) and a sync that would remove more than a
//! guard allows is held back for an administrator to confirm: a wrong base
//! DN or a directory outage must not empty Latchkey.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One user as the directory holds them. (`Default`: nothing known, not
/// enabled — for building one field by field.)
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SyncedUser {
    pub dn: String,
    pub username: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub display_name: Option<String>,
    pub mail: Option<String>,
    pub mobile: Option<String>,
    pub telephone: Option<String>,
    pub groups: BTreeSet<String>,
    pub enabled: bool,
    pub locked: bool,
    /// The password's change stamp as the directory holds it
    /// (`pwdChangedTime`, AD `pwdLastSet`), compared as text: when it moves
    /// and Latchkey did not make the change, Latchkey forgets its copy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_changed: Option<String>,
    /// The same stamp as a time, where it reads as one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_changed_at: Option<DateTime<Utc>>,
    /// When the directory locked the account (`pwdAccountLockedTime`, AD `lockoutTime`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked_since: Option<DateTime<Utc>>,
    /// When the password expires in the directory (AD
    /// `msDS-UserPasswordExpiryTimeComputed`; ppolicy's change time plus `pwdMaxAge`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_expires_at: Option<DateTime<Utc>>,
    /// A protected account (a protected group's member, AD `adminCount=1`):
    /// Latchkey treats it as privileged.
    #[serde(default)]
    pub protected: bool,
    /// The fine-grained policy that applies to the user, by its name in
    /// [`crate::DirectoryPolicies::named`]; `None`: the default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<String>,
}

/// What changed between two reads of the directory.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SyncChanges {
    pub created: Vec<SyncedUser>,
    pub updated: Vec<SyncedUser>,
    /// Usernames no longer in the directory (to disable, not delete).
    pub removed: Vec<String>,
}

impl SyncChanges {
    pub fn is_empty(&self) -> bool {
        self.created.is_empty() && self.updated.is_empty() && self.removed.is_empty()
    }
}

/// What Latchkey did with one `POST /v1/agent/sync`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SyncSummary {
    pub created: u32,
    pub updated: u32,
    pub removed: u32,
    pub skipped: Vec<SkippedUser>,
}

/// A user a sync left as it was, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SkippedUser {
    pub username: String,
    pub reason: String,
}

/// The most users one sync call carries.
pub const PAGE: usize = 100;

impl SyncChanges {
    /// The changes in calls of at most [`PAGE`] users each (each call
    /// one kind of change), creations first and removals last.
    pub fn pages(&self) -> Vec<SyncChanges> {
        let created =
            self.created.chunks(PAGE).map(|c| SyncChanges { created: c.to_vec(), ..Default::default() });
        let updated =
            self.updated.chunks(PAGE).map(|c| SyncChanges { updated: c.to_vec(), ..Default::default() });
        let removed =
            self.removed.chunks(PAGE).map(|c| SyncChanges { removed: c.to_vec(), ..Default::default() });
        created.chain(updated).chain(removed).collect()
    }
}

/// Usernames compare without case, as directories match them.
fn by_name(users: &[SyncedUser]) -> BTreeMap<String, &SyncedUser> {
    users.iter().map(|u| (u.username.to_lowercase(), u)).collect()
}

/// The changes from `previous` to `current`, each list in username order.
pub fn diff(previous: &[SyncedUser], current: &[SyncedUser]) -> SyncChanges {
    let (before, after) = (by_name(previous), by_name(current));
    let mut changes = SyncChanges::default();
    for (name, user) in &after {
        match before.get(name) {
            None => changes.created.push((*user).clone()),
            Some(old) if old != user => changes.updated.push((*user).clone()),
            Some(_) => {}
        }
    }
    changes.removed = before
        .iter()
        .filter(|(name, _)| !after.contains_key(*name))
        .map(|(_, u)| u.username.clone())
        .collect();
    changes
}

/// How many removals one sync may make without an administrator's confirmation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RemovalGuard {
    /// Removals below this many always pass (people leave every week).
    pub always_allowed: usize,
    /// Above that, at most this fraction of the previous users.
    pub max_fraction: f64,
}

impl Default for RemovalGuard {
    fn default() -> Self {
        Self { always_allowed: 10, max_fraction: 0.05 }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "this sync would disable {removed} of {previous} users: held back until an administrator confirms it"
)]
pub struct TooManyRemovals {
    pub removed: usize,
    pub previous: usize,
}

impl RemovalGuard {
    pub fn check(&self, previous: usize, changes: &SyncChanges) -> Result<(), TooManyRemovals> {
        let removed = changes.removed.len();
        if removed < self.always_allowed || (removed as f64) <= self.max_fraction * previous as f64 {
            Ok(())
        } else {
            Err(TooManyRemovals { removed, previous })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(name: &str, mail: &str) -> SyncedUser {
        SyncedUser {
            dn: format!("uid={name},ou=people,dc=example,dc=test"),
            username: name.into(),
            first_name: None,
            last_name: None,
            display_name: None,
            mail: Some(mail.into()),
            enabled: true,
            ..SyncedUser::default()
        }
    }

    #[test]
    fn a_diff_names_who_came_who_changed_and_who_left() {
        let before = vec![user("adele", "a@x"), user("alex", "b@x"), user("megan", "m@x")];
        let mut changed = user("Alex", "new@x");
        changed.groups.insert("Sales".into());
        let after = vec![user("adele", "a@x"), changed.clone(), user("nestor", "n@x")];
        let changes = diff(&before, &after);
        assert_eq!(changes.created, vec![user("nestor", "n@x")]);
        assert_eq!(changes.updated, vec![changed], "usernames match without case");
        assert_eq!(changes.removed, vec!["megan".to_owned()]);
        assert!(diff(&after, &after).is_empty());
    }

    #[test]
    fn a_sync_that_would_disable_too_many_is_held_back() {
        let guard = RemovalGuard::default();
        let previous: Vec<SyncedUser> = (0..1000).map(|i| user(&format!("u{i}"), "x@x")).collect();
        assert!(guard.check(1000, &diff(&previous, &previous[..991])).is_ok(), "9 leavers: fine");
        assert!(guard.check(1000, &diff(&previous, &previous[..950])).is_ok(), "5 %: fine");
        let emptied = diff(&previous, &[]);
        assert_eq!(guard.check(1000, &emptied), Err(TooManyRemovals { removed: 1000, previous: 1000 }));
        assert!(guard.check(1000, &diff(&previous, &previous[..900])).is_err(), "10 % at once");
    }
}
