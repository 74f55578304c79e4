//! Groups: named sets of users that the self-service reset scope can name.
//!
//! Membership lives on the user (`User::groups`, what sign-in and reset
//! read); the store keeps an index beside it — a record per group with its
//! member count, and an entry per (group, member) — written in the same
//! transaction as the users ([`crate::ports::Directory::regroup`]), so a
//! group's members are listed a page at a time and counted without reading
//! the directory. A group can exist with no members.
//!
//! Renaming or deleting a group changes every member, a batch at a time.
//! A rename first adds the new name to the reset scope beside the old one,
//! moves the members, then drops the old name: at no point is a member out
//! of scope. An interrupted rename leaves the old record marked
//! (`renaming_to`); running the same rename again carries on.

use std::collections::BTreeSet;

use crate::admin::people::UserRow;
use crate::admin::{Admin, eligible};
use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::clients::Caller;
use crate::model::error::Error;
use crate::model::groups::{Group, REGROUP_BATCH, Regroup, check_count};
use crate::model::roles::Permission;
use crate::model::settings::OrgSettings;
use crate::model::user::User;
use crate::model::values::{GroupName, ParseError, UserId, Username};
use crate::ports::Ports;

/// The most groups or members one page returns.
pub const PAGE_MAX: usize = 200;
/// The longest description.
pub const DESCRIPTION_MAX: usize = 256;

/// One row of the group list.
#[derive(Debug, Clone)]
pub struct GroupRow {
    pub group: Group,
    /// The self-service reset scope names this group.
    pub in_scope: bool,
}

/// A page of groups, in name order.
#[derive(Debug, Clone)]
pub struct GroupPage {
    pub groups: Vec<GroupRow>,
    pub next: Option<GroupName>,
}

/// A page of a group's members, in username order.
#[derive(Debug, Clone)]
pub struct MemberPage {
    pub users: Vec<UserRow>,
    pub next: Option<Username>,
}

/// What deleting a group did (or, refused, would do).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Removal {
    pub members: u64,
    /// Members who lose self-service reset with it (the scope named it).
    pub losing: u32,
}

/// A group's description: trimmed, at most 256 characters, no control
/// characters; empty is none.
pub fn parse_description(raw: &str) -> Result<Option<String>, ParseError> {
    let text = raw.trim();
    if text.chars().count() > DESCRIPTION_MAX {
        return Err(ParseError::new("description", "must be at most 256 characters"));
    }
    if text.chars().any(char::is_control) {
        return Err(ParseError::new("description", "may not contain control characters"));
    }
    Ok(Some(text.to_owned()).filter(|t| !t.is_empty()))
}

/// The name a group's audit events are kept under: no username has a `:`.
pub fn audit_name(group: &GroupName) -> String {
    format!("group:{group}")
}

impl Admin {
    /// A page of groups after `after`, with whether the reset scope names each.
    pub async fn list_groups(
        &self,
        caller: &Caller,
        after: Option<&GroupName>,
        limit: usize,
    ) -> Result<GroupPage, Error> {
        self.acting(caller, Permission::ReadUsers).await?;
        let settings = self.ports.directory.settings().await?;
        let limit = limit.clamp(1, PAGE_MAX);
        let mut groups = self.ports.directory.groups_page(after, limit + 1).await?;
        let next = (groups.len() > limit).then(|| groups[limit - 1].name.clone());
        groups.truncate(limit);
        let groups = groups.into_iter().map(|group| row_of(group, &settings)).collect();
        Ok(GroupPage { groups, next })
    }

    /// One group.
    pub async fn group(&self, caller: &Caller, name: &GroupName) -> Result<GroupRow, Error> {
        self.acting(caller, Permission::ReadUsers).await?;
        let settings = self.ports.directory.settings().await?;
        Ok(row_of(self.stored_group(name).await?, &settings))
    }

    async fn stored_group(&self, name: &GroupName) -> Result<Group, Error> {
        self.ports.directory.group(name).await?.ok_or(Error::GroupNotFound)
    }

    /// Creates an empty group. `GroupExists` when the name is taken.
    pub async fn create_group(
        &self,
        caller: &Caller,
        name: GroupName,
        description: Option<String>,
        meta: &RequestMeta,
    ) -> Result<Group, Error> {
        let me = self.acting(caller, Permission::ManageUsers).await?;
        let group = self.new_group(&me, name, description, "created", meta).await?;
        group.ok_or(Error::GroupExists)
    }

    async fn new_group(
        &self,
        me: &User,
        name: GroupName,
        description: Option<String>,
        reason: &str,
        meta: &RequestMeta,
    ) -> Result<Option<Group>, Error> {
        new_group(&self.ports, Some(&me.id), name, description, reason, meta).await
    }

    /// Changes a group's description (`Some`) and its name (`rename`).
    pub async fn edit_group(
        &self,
        caller: &Caller,
        name: &GroupName,
        description: Option<Option<String>>,
        rename: Option<GroupName>,
        meta: &RequestMeta,
    ) -> Result<GroupRow, Error> {
        let me = self.acting(caller, Permission::ManageUsers).await?;
        let mut group = crate::on_contention!({
            let mut group = self.stored_group(name).await?;
            match &description {
                Some(d) if *d != group.description => {
                    group.description.clone_from(d);
                    group.version += 1;
                    let event = self.group_event(&me, name, Action::GroupUpdated, "description", meta);
                    self.ports.directory.update_group(&group, &[event]).await?;
                    Ok::<_, Error>(group)
                }
                _ => Ok(group),
            }
        })?;
        if let Some(to) = rename.filter(|to| to != name) {
            group = self.rename(&me, group, to, meta).await?;
        }
        let settings = self.ports.directory.settings().await?;
        Ok(row_of(group, &settings))
    }

    /// Sets the identity provider's id for the group (SCIM `externalId`). Audited.
    pub async fn set_group_external_id(
        &self,
        caller: &Caller,
        name: &GroupName,
        external_id: Option<String>,
        meta: &RequestMeta,
    ) -> Result<Group, Error> {
        let me = self.acting(caller, Permission::ManageUsers).await?;
        crate::on_contention!({
            let mut group = self.stored_group(name).await?;
            if group.external_id == external_id {
                return Ok(group);
            }
            group.external_id.clone_from(&external_id);
            group.version += 1;
            let event = self.group_event(&me, name, Action::GroupUpdated, "external_id", meta);
            self.ports.directory.update_group(&group, &[event]).await?;
            Ok(group)
        })
    }

    /// Renames `group` to `to`: the new record, the scope (both names for
    /// the while), every member, the scope again, the old record's removal.
    async fn rename(
        &self,
        me: &User,
        group: Group,
        to: GroupName,
        meta: &RequestMeta,
    ) -> Result<Group, Error> {
        let from = group.name.clone();
        if group.renaming_to.as_ref() != Some(&to) {
            if self.ports.directory.group(&to).await?.is_some() {
                return Err(Error::GroupExists);
            }
            let mut marked = group.clone();
            marked.renaming_to = Some(to.clone());
            marked.version += 1;
            let reason = format!("renaming_to {to}");
            let event = self.group_event(me, &from, Action::GroupUpdated, &reason, meta);
            self.ports.directory.update_group(&marked, &[event]).await?;
        }
        if self.ports.directory.group(&to).await?.is_none() {
            let reason = format!("renamed_from {from}");
            if self.new_group(me, to.clone(), group.description.clone(), &reason, meta).await?.is_none() {
                return Err(Error::GroupExists);
            }
        }
        self.rescope(me, &from, Some(&to), true, meta).await?;
        let moved = self.empty_group(me, &from, Some(&to), Action::GroupRenamed, meta).await?;
        self.rescope(me, &from, Some(&to), false, meta).await?;
        tracing::info!(moved, "group renamed");
        self.stored_group(&to).await
    }

    /// Rewrites the reset scope: `from` → `to` (keeping `from` too while
    /// members move), or without `from`. No change, no write.
    async fn rescope(
        &self,
        me: &User,
        from: &GroupName,
        to: Option<&GroupName>,
        keep_from: bool,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        crate::on_contention!({
            let (current, next) = self
                .settings_with(|s| {
                    s.registration.scope = s.registration.scope.regrouped(from, to, keep_from);
                    Ok(())
                })
                .await?;
            if current == next {
                return Ok(());
            }
            let reason = match to {
                Some(to) => format!("reset_scope; group {from} renamed to {to}"),
                None => format!("reset_scope; group {from} deleted"),
            };
            if self.save(me, meta, &current, next, reason).await? { Ok(()) } else { Err(Error::Contention) }
        })
    }

    /// Moves every member of `from` to `to` (or out of any group), a batch
    /// at a time, then removes `from`'s record with its audit event (which
    /// says how many moved). A member added meanwhile is moved too.
    async fn empty_group(
        &self,
        me: &User,
        from: &GroupName,
        to: Option<&GroupName>,
        action: Action,
        meta: &RequestMeta,
    ) -> Result<u64, Error> {
        let mut moved = 0u64;
        loop {
            let batch = crate::on_contention!({
                let page = self.ports.directory.group_members(from, None, REGROUP_BATCH).await?;
                let changes: Vec<Regroup> = page
                    .into_iter()
                    .map(|mut user| {
                        let before = user.groups.clone();
                        user.groups.remove(from);
                        user.groups.extend(to.cloned());
                        user.version += 1;
                        Regroup { user, before }
                    })
                    .collect();
                if !changes.is_empty() {
                    self.ports.directory.regroup(&changes, &[]).await?;
                }
                Ok::<_, Error>(changes.len() as u64)
            })?;
            moved += batch;
            if batch > 0 {
                continue;
            }
            let Some(group) = self.ports.directory.group(from).await? else { return Ok(moved) };
            let reason = match to {
                Some(to) => format!("renamed_to {to}; {moved} members"),
                None => format!("{moved} members"),
            };
            let event = self.group_event(me, from, action, &reason, meta);
            match self.ports.directory.delete_group(&group, &event).await {
                Ok(()) => return Ok(moved),
                // Someone joined since the last batch: move them too.
                Err(crate::PortError::Conflict { .. }) => continue,
                Err(err) => return Err(err.into()),
            }
        }
    }

    /// Deletes a group, taking it off every member and out of the reset
    /// scope. When the scope names it and members would lose self-service
    /// reset, refused with their number unless `accept_impact`.
    pub async fn delete_group(
        &self,
        caller: &Caller,
        name: &GroupName,
        accept_impact: bool,
        meta: &RequestMeta,
    ) -> Result<Removal, Error> {
        let me = self.acting(caller, Permission::ManageUsers).await?;
        let group = self.stored_group(name).await?;
        let settings = self.ports.directory.settings().await?;
        let losing =
            if settings.registration.scope.names(name) { self.losing(name, &settings).await? } else { 0 };
        if losing > 0 && !accept_impact {
            return Err(Error::PolicyStrandsUsers { losing });
        }
        self.rescope(&me, name, None, false, meta).await?;
        let members = self.empty_group(&me, name, None, Action::GroupDeleted, meta).await?;
        Ok(Removal { members: members.max(group.members), losing })
    }

    /// Members of `name` who can reset now and could not without it (the
    /// group gone from them and from the scope). Reads every member.
    async fn losing(&self, name: &GroupName, settings: &OrgSettings) -> Result<u32, Error> {
        let mut after = settings.clone();
        after.registration.scope = settings.registration.scope.regrouped(name, None, false);
        let mut losing = 0;
        let mut cursor: Option<Username> = None;
        loop {
            let page = self.ports.directory.group_members(name, cursor.as_ref(), PAGE_MAX).await?;
            let full = page.len() == PAGE_MAX;
            for user in page {
                cursor = Some(user.username.clone());
                let mut without = user.clone();
                without.groups.remove(name);
                losing += u32::from(eligible(&user, settings) && !eligible(&without, &after));
            }
            if !full {
                return Ok(losing);
            }
        }
    }

    /// A page of `name`'s members after the username `after`.
    pub async fn group_members(
        &self,
        caller: &Caller,
        name: &GroupName,
        after: Option<&Username>,
        limit: usize,
    ) -> Result<MemberPage, Error> {
        self.acting(caller, Permission::ReadUsers).await?;
        self.stored_group(name).await?;
        let settings = self.ports.directory.settings().await?;
        let now = self.ports.clock.now();
        let limit = limit.clamp(1, PAGE_MAX);
        let mut users = self.ports.directory.group_members(name, after, limit + 1).await?;
        let next = (users.len() > limit).then(|| users[limit - 1].username.clone());
        users.truncate(limit);
        let users = users.into_iter().map(|u| crate::admin::people::row(u, &settings, now)).collect();
        Ok(MemberPage { users, next })
    }

    /// Adds `target` to the group (`join`) or takes them out of it; nothing
    /// when they are (not) in it already. A member who loses self-service
    /// reset by leaving may be taken out; the audit event says they did.
    pub async fn set_membership(
        &self,
        caller: &Caller,
        name: &GroupName,
        target: &UserId,
        join: bool,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let me = self.acting(caller, Permission::ManageUsers).await?;
        self.stored_group(name).await?;
        let settings = self.ports.directory.settings().await?;
        crate::on_contention!({
            let mut user = self.ports.directory.user(target).await?.ok_or(Error::UserNotFound)?;
            crate::admin::people::may_manage(caller, &me, &user)?;
            let before = user.groups.clone();
            if join {
                user.groups.insert(name.clone());
                check_count(&user.groups)?;
            } else {
                user.groups.remove(name);
            }
            if user.groups == before {
                return Ok(());
            }
            let (action, mut reason) = if join {
                (Action::GroupMemberAdded, format!("group {name}"))
            } else {
                (Action::GroupMemberRemoved, format!("group {name}"))
            };
            let mut was = user.clone();
            was.groups.clone_from(&before);
            if eligible(&was, &settings) && !eligible(&user, &settings) {
                reason.push_str("; loses self-service reset");
            }
            user.version += 1;
            let event = AuditEvent::about(
                self.ports.stamp(),
                Some(&me.id),
                &user,
                (action, Outcome::Success),
                &reason,
                meta,
            );
            self.ports.directory.regroup(&[Regroup { user, before }], &[event]).await?;
            Ok(())
        })
    }

    fn group_event(
        &self,
        me: &User,
        group: &GroupName,
        action: Action,
        reason: &str,
        meta: &RequestMeta,
    ) -> AuditEvent {
        group_event(&self.ports, Some(&me.id), group, (action, reason), meta)
    }
}

/// An event about a group, by `actor` (`None`: seeding, an import's set-up).
fn group_event(
    ports: &Ports,
    actor: Option<&UserId>,
    group: &GroupName,
    (action, reason): (Action, &str),
    meta: &RequestMeta,
) -> AuditEvent {
    AuditEvent {
        id: ports.random.hex(16),
        at: ports.clock.now(),
        actor: actor.cloned(),
        target: None,
        target_name: Some(audit_name(group)),
        action,
        outcome: Outcome::Success,
        reason: Some(reason.into()),
        client_ip: meta.client_ip.clone(),
        user_agent: meta.user_agent.clone(),
        methods: Vec::new(),
    }
}

/// Stores a new group; `None` when one has the name already.
async fn new_group(
    ports: &Ports,
    actor: Option<&UserId>,
    name: GroupName,
    description: Option<String>,
    reason: &str,
    meta: &RequestMeta,
) -> Result<Option<Group>, Error> {
    let now = ports.clock.now();
    let group = Group {
        name,
        description,
        created_at: now,
        members: 0,
        renaming_to: None,
        external_id: None,
        version: 1,
    };
    let event = group_event(ports, actor, &group.name, (Action::GroupCreated, reason), meta);
    match ports.directory.create_group(&group, &event).await {
        Ok(()) => Ok(Some(group)),
        Err(crate::PortError::Conflict { .. }) => Ok(None),
        Err(err) => Err(err.into()),
    }
}

/// Makes sure each of `names` has a record before users join it: a user
/// edit, a new user or an import may name a group nobody created yet, and
/// it is created then (audited, by `actor`).
pub async fn ensure(
    ports: &Ports,
    actor: Option<&UserId>,
    names: &BTreeSet<GroupName>,
    meta: &RequestMeta,
) -> Result<(), Error> {
    for name in names {
        if ports.directory.group(name).await?.is_none() {
            new_group(ports, actor, name.clone(), None, "named_by_a_user_edit", meta).await?;
        }
    }
    Ok(())
}

fn row_of(group: Group, settings: &OrgSettings) -> GroupRow {
    let in_scope = settings.registration.scope.names(&group.name);
    GroupRow { group, in_scope }
}
