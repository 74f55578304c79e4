//! Groups as stored, and the regrouping of one user that the store writes
//! together with the groups' member counts.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};

use crate::model::user::User;
use crate::model::values::{GroupName, ParseError};

/// The most groups one user may be in: a change of all of them still fits
/// one store transaction (two index writes a group).
pub const GROUPS_PER_USER_MAX: usize = 40;

/// Members moved per write when a group is renamed or deleted.
pub const REGROUP_BATCH: usize = 25;

/// A group as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub name: GroupName,
    pub description: Option<String>,
    pub created_at: DateTime<Utc>,
    /// Members now (kept by the store with every membership change).
    pub members: u64,
    /// Set while a rename to that name moves the members.
    pub renaming_to: Option<GroupName>,
    /// The identity provider's own id for the group (SCIM `externalId`).
    pub external_id: Option<String>,
    /// Optimistic-concurrency version of the record (not of its members).
    pub version: u64,
}

/// A user whose groups change, and their groups before the change.
#[derive(Debug, Clone)]
pub struct Regroup {
    /// The user as they are to be stored (version already bumped).
    pub user: User,
    pub before: BTreeSet<GroupName>,
}

/// A set of group names a user may hold: at most [`GROUPS_PER_USER_MAX`].
pub fn check_count(groups: &BTreeSet<GroupName>) -> Result<(), ParseError> {
    if groups.len() > GROUPS_PER_USER_MAX {
        return Err(ParseError::new("groups", format!("may hold at most {GROUPS_PER_USER_MAX} groups")));
    }
    Ok(())
}
