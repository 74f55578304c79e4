//! SCIM 2.0 (RFC 7643, 7644): identity providers — Microsoft Entra ID,
//! Okta, Google Workspace, JumpCloud — provision users into Latchkey.
//!
//! A SCIM client is an API client holding `scim:read` or `scim:write`, and
//! its changes go through the administrators' own operations
//! (`crate::admin::people`), so every rule holds here as there: a client
//! never creates, edits or deletes a privileged account nor grants a
//! privileged role; disabling ends sessions; new contacts are told to the
//! user and count as reset methods only where the organisation says
//! (`directory_contacts_count`); each change is audited with the client as
//! its actor and published on the event stream. A user synced from an
//! on-premises directory stays that directory's: SCIM reads it, and
//! refuses to change or delete it.
//!
//! Filters are read through the indexes the console's search uses
//! (`userName` exactly or by prefix, `displayName` and the primary email by
//! prefix); any other filter is judged over the users in name order, at
//! most [`WALK_MAX`] of them — beyond that the answer is `400 tooMany`,
//! never a scan of the whole directory.

pub mod filter;
pub mod groups;
pub mod patch;
pub mod resource;

use std::collections::BTreeMap;

use crate::admin::Admin;
use crate::admin::people::{Provisioned, UserEdit};
use crate::model::audit::RequestMeta;
use crate::model::clients::Caller;
use crate::model::error::{Error, ScimType};
use crate::model::roles::Permission;
use crate::model::search::{Direction, UserIndex};
use crate::model::user::User;
use crate::model::values::{UserId, Username};
use crate::ports::Ports;

pub use filter::Plan;
pub use scim_v2::filter::Filter;

/// The most users a filter no index answers is judged over.
pub const WALK_MAX: usize = 10_000;

/// The most resources one page holds (`count` is lowered to it).
pub const COUNT_MAX: usize = 200;

/// How many users one index read brings.
const PAGE: usize = 100;

/// A SCIM request that cannot apply, and its `scimType`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScimError {
    pub scim_type: ScimType,
    pub detail: String,
}

impl From<ScimError> for Error {
    fn from(e: ScimError) -> Self {
        Error::Scim { scim_type: e.scim_type, detail: e.detail }
    }
}

/// A list request: the filter, and the page (`start_index` from 1).
#[derive(Debug, Clone)]
pub struct ListQuery {
    pub filter: Option<scim_v2::filter::Filter>,
    pub start_index: usize,
    pub count: usize,
}

/// One page of a list, and how many match in all.
#[derive(Debug, Clone)]
pub struct Listed {
    pub total: usize,
    pub start_index: usize,
    pub users: Vec<User>,
}

/// A filter from its text: `invalidFilter` when it does not parse.
pub fn parse_filter(text: &str) -> Result<scim_v2::filter::Filter, Error> {
    text.parse().map_err(|_| {
        ScimError { scim_type: ScimType::InvalidFilter, detail: format!("{text:?} is not a SCIM filter") }
            .into()
    })
}

/// The SCIM operations. Cheap to clone.
#[derive(Clone)]
pub struct Scim {
    ports: Ports,
    admin: Admin,
}

impl Scim {
    pub fn new(ports: Ports) -> Self {
        Self { admin: Admin::new(ports.clone()), ports }
    }

    /// The users matching `query`'s filter, one page of them in name order.
    pub async fn list(&self, caller: &Caller, query: &ListQuery) -> Result<Listed, Error> {
        self.admin.acting(caller, Permission::ReadUsers).await?;
        let plan = query.filter.as_ref().map_or(Plan::Walk, filter::plan);
        let mut found: BTreeMap<String, User> = BTreeMap::new();
        self.candidates(&plan, &mut found).await?;
        let matching: Vec<User> = found
            .into_values()
            .filter(|u| {
                query.filter.as_ref().is_none_or(|f| filter::matches(f, &resource::to_resource(u, "")))
            })
            .collect();
        let total = matching.len();
        let start_index = query.start_index.max(1);
        let users = matching.into_iter().skip(start_index - 1).take(query.count.min(COUNT_MAX)).collect();
        Ok(Listed { total, start_index, users })
    }

    /// Reads the users `plan` names into `found` (by name, each once).
    async fn candidates(&self, plan: &Plan, found: &mut BTreeMap<String, User>) -> Result<(), Error> {
        match plan {
            Plan::Username(name) => {
                if let Ok(name) = Username::parse(name)
                    && let Some(user) = self.ports.directory.user_by_username(&name).await?
                {
                    found.insert(user.username.to_string(), user);
                }
            }
            Plan::Prefix(index, prefix) => self.read_prefix(*index, prefix, found).await?,
            Plan::Either(a, b) => {
                Box::pin(self.candidates(a, found)).await?;
                Box::pin(self.candidates(b, found)).await?;
            }
            Plan::Walk => self.read_prefix(UserIndex::Username, "", found).await?,
        }
        Ok(())
    }

    async fn read_prefix(
        &self,
        index: UserIndex,
        prefix: &str,
        found: &mut BTreeMap<String, User>,
    ) -> Result<(), Error> {
        let mut after: Option<String> = None;
        let mut read = 0usize;
        loop {
            let page = self
                .ports
                .directory
                .users_page(index, prefix, after.as_deref(), PAGE, Direction::Ascending)
                .await?;
            read += page.len();
            if read > WALK_MAX {
                return Err(ScimError {
                    scim_type: ScimType::TooMany,
                    detail: format!(
                        "the filter would be judged over more than {WALK_MAX} users; narrow it by userName, displayName or emails"
                    ),
                }
                .into());
            }
            let full = page.len() == PAGE;
            after = page.last().and_then(|u| index.sort_key(u));
            for user in page {
                found.insert(user.username.to_string(), user);
            }
            if !full || after.is_none() {
                return Ok(());
            }
        }
    }

    /// One user.
    pub async fn get(&self, caller: &Caller, id: &UserId) -> Result<User, Error> {
        self.admin.acting(caller, Permission::ReadUsers).await?;
        self.ports.directory.user(id).await?.ok_or(Error::UserNotFound)
    }

    /// Creates the user `resource` describes, without a password: the
    /// person sets one from an invitation an administrator sends, or by
    /// resetting it (a `password` a provider sends is never taken).
    pub async fn create(
        &self,
        caller: &Caller,
        resource: &serde_json::Value,
        meta: &RequestMeta,
    ) -> Result<User, Error> {
        self.admin.acting(caller, Permission::ManageUsers).await?;
        let incoming = resource::incoming(resource).map_err(invalid_value)?;
        let provisioned =
            Provisioned { attributes: Some(incoming.provisioning.clone()), disabled: !incoming.active };
        // The organisation's choice: an invitation at once, or the administrator's later.
        let invite = self.ports.directory.settings().await?.reset.invite_provisioned_users;
        let created =
            self.admin.create_provisioned(caller, (incoming.new_user(), provisioned), invite, meta).await;
        match created {
            Ok((user, _)) => Ok(user),
            Err(Error::UsernameTaken) => Err(ScimError {
                scim_type: ScimType::Uniqueness,
                detail: "a user with this userName exists".into(),
            }
            .into()),
            Err(err) => Err(err),
        }
    }

    /// Replaces what Latchkey keeps of the user with `resource` (attributes
    /// left out are cleared, as a PUT means).
    pub async fn replace(
        &self,
        caller: &Caller,
        id: &UserId,
        resource: &serde_json::Value,
        if_match: Option<u64>,
        meta: &RequestMeta,
    ) -> Result<User, Error> {
        self.admin.acting(caller, Permission::ManageUsers).await?;
        let incoming = resource::incoming(resource).map_err(invalid_value)?;
        self.write(caller, id, if_match, meta, |_| Ok(incoming.clone())).await
    }

    /// Applies PATCH `operations` to the user's resource, then writes it as a replace would.
    pub async fn patch(
        &self,
        caller: &Caller,
        id: &UserId,
        operations: &[patch::Operation],
        if_match: Option<u64>,
        meta: &RequestMeta,
    ) -> Result<User, Error> {
        self.admin.acting(caller, Permission::ManageUsers).await?;
        self.write(caller, id, if_match, meta, |current| {
            let mut resource = match resource::to_resource(current, "") {
                serde_json::Value::Object(map) => map,
                _ => serde_json::Map::new(),
            };
            // Latchkey's contacts are the user's work ones: a path that picks
            // them by type (Entra's `emails[type eq "work"].value`) finds them.
            for list in ["emails", "phoneNumbers"] {
                if let Some(serde_json::Value::Array(items)) = resource.get_mut(list) {
                    for item in items.iter_mut().filter_map(serde_json::Value::as_object_mut) {
                        item.entry("type").or_insert_with(|| "work".into());
                    }
                }
            }
            patch::apply(&mut resource, operations)?;
            resource::incoming(&serde_json::Value::Object(resource)).map_err(invalid_value)
        })
        .await
    }

    /// Reads the user, checks `if_match` and the directory's ownership, and
    /// writes what `change` makes of it; a write that lost a race to another
    /// (with no `If-Match` to hold it to) is made again on a fresh read.
    async fn write(
        &self,
        caller: &Caller,
        id: &UserId,
        if_match: Option<u64>,
        meta: &RequestMeta,
        change: impl Fn(&User) -> Result<resource::Incoming, Error>,
    ) -> Result<User, Error> {
        for _ in 0..3 {
            let current = self.ports.directory.user(id).await?.ok_or(Error::UserNotFound)?;
            if if_match.is_some_and(|v| v != current.version) {
                return Err(Error::PreconditionFailed);
            }
            owned_here(&current)?;
            let incoming = change(&current)?;
            if incoming.username != current.username {
                return Err(ScimError {
                    scim_type: ScimType::Mutability,
                    detail: "userName cannot change here: create the user under the new name".into(),
                }
                .into());
            }
            let edit = UserEdit {
                display_name: Some(incoming.display_name),
                first_name: Some(incoming.first_name),
                last_name: Some(incoming.last_name),
                emails: Some(incoming.emails),
                phones: Some(incoming.phones),
                enabled: Some(incoming.active),
                language: Some(incoming.language),
                provisioning: Some(incoming.provisioning),
                ..UserEdit::default()
            };
            match self.admin.edit_user(caller, id, current.version, &edit, meta).await {
                Err(Error::VersionConflict { .. }) if if_match.is_some() => {
                    return Err(Error::PreconditionFailed);
                }
                Err(Error::VersionConflict { .. }) => {}
                Err(Error::InvalidInput(e)) => return Err(invalid_value(e)),
                other => return other,
            }
        }
        Err(Error::Contention)
    }

    /// Deletes the user (what the audit trail holds stays).
    pub async fn delete(
        &self,
        caller: &Caller,
        id: &UserId,
        if_match: Option<u64>,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        self.admin.acting(caller, Permission::ManageUsers).await?;
        let current = self.ports.directory.user(id).await?.ok_or(Error::UserNotFound)?;
        if if_match.is_some_and(|v| v != current.version) {
            return Err(Error::PreconditionFailed);
        }
        owned_here(&current)?;
        self.admin.delete_user(caller, id, meta).await
    }
}

/// Refuses a change to a user an on-premises directory owns.
fn owned_here(user: &User) -> Result<(), Error> {
    if user.synced.as_ref().is_some_and(|s| s.removed_at.is_none()) {
        return Err(ScimError {
            scim_type: ScimType::Mutability,
            detail: "this user is synced from an on-premises directory, which owns it".into(),
        }
        .into());
    }
    Ok(())
}

fn invalid_value(e: crate::model::values::ParseError) -> Error {
    ScimError { scim_type: ScimType::InvalidValue, detail: format!("{}: {}", e.field, e.message) }.into()
}
