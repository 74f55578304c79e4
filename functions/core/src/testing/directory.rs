//! The directory port: users, groups and settings in maps.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use async_trait::async_trait;

use crate::model::audit::AuditEvent;
use crate::model::error::PortError;
use crate::model::groups::{Group, Regroup};
use crate::model::settings::OrgSettings;
use crate::model::user::User;
use crate::model::values::{GroupName, UserId, Username};
use crate::ports::Directory;

use super::*;

/// Users and settings in maps; writes events to the shared [`FakeAudit`].
pub struct FakeDirectory {
    pub users: Mutex<HashMap<UserId, User>>,
    /// Group records; their member counts are worked out from `users`.
    pub groups: Mutex<std::collections::BTreeMap<GroupName, Group>>,
    pub settings: Mutex<Option<OrgSettings>>,
    pub schedule: Mutex<Option<crate::model::schedule::ScheduleState>>,
    /// The next this-many `update_user` calls lose a (simulated) write race.
    pub conflicts_to_inject: AtomicU64,
    audit: Arc<FakeAudit>,
}

impl FakeDirectory {
    pub fn new(audit: Arc<FakeAudit>) -> Self {
        Self {
            users: Mutex::default(),
            groups: Mutex::default(),
            settings: Mutex::default(),
            schedule: Mutex::default(),
            conflicts_to_inject: AtomicU64::new(0),
            audit,
        }
    }
}

#[async_trait]
impl Directory for FakeDirectory {
    async fn settings(&self) -> Result<OrgSettings, PortError> {
        Ok(self.settings.lock().unwrap().clone().unwrap_or_default())
    }
    async fn save_settings(&self, settings: &OrgSettings, event: &AuditEvent) -> Result<(), PortError> {
        let mut stored = self.settings.lock().unwrap();
        let current = stored.as_ref().map_or(0, |s| s.version);
        if settings.version != current + 1 {
            return Err(PortError::Conflict { what: "settings" });
        }
        *stored = Some(settings.clone());
        self.audit.events.lock().unwrap().push(event.clone());
        Ok(())
    }
    async fn schedule(&self) -> Result<Option<crate::model::schedule::ScheduleState>, PortError> {
        Ok(self.schedule.lock().unwrap().clone())
    }
    async fn save_schedule(
        &self,
        state: &crate::model::schedule::ScheduleState,
        events: &[AuditEvent],
    ) -> Result<(), PortError> {
        let mut stored = self.schedule.lock().unwrap();
        if state.version != stored.as_ref().map_or(0, |s| s.version) + 1 {
            return Err(PortError::Conflict { what: "schedule" });
        }
        *stored = Some(state.clone());
        self.audit.events.lock().unwrap().extend(events.iter().cloned());
        Ok(())
    }
    async fn user_by_username(&self, username: &Username) -> Result<Option<User>, PortError> {
        Ok(self.users.lock().unwrap().values().find(|u| &u.username == username).cloned())
    }
    async fn user(&self, id: &UserId) -> Result<Option<User>, PortError> {
        Ok(self.users.lock().unwrap().get(id).cloned())
    }
    async fn users(&self) -> Result<Vec<User>, PortError> {
        let mut all: Vec<User> = self.users.lock().unwrap().values().cloned().collect();
        all.sort_by(|a, b| a.username.as_str().cmp(b.username.as_str()));
        Ok(all)
    }
    async fn users_page(
        &self,
        index: crate::model::search::UserIndex,
        prefix: &str,
        after: Option<&str>,
        limit: usize,
        direction: crate::model::search::Direction,
    ) -> Result<Vec<User>, PortError> {
        let descending = direction == crate::model::search::Direction::Descending;
        let mut keyed: Vec<(String, User)> = self
            .users
            .lock()
            .unwrap()
            .values()
            .filter_map(|u| index.key_for(u, prefix).map(|k| (k, u.clone())))
            .filter(|(k, _)| {
                k.starts_with(prefix)
                    && after.is_none_or(|a| if descending { k.as_str() < a } else { k.as_str() > a })
            })
            .collect();
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
        if descending {
            keyed.reverse();
        }
        Ok(keyed.into_iter().take(limit).map(|(_, u)| u).collect())
    }
    async fn create_user(&self, user: &User, event: &AuditEvent) -> Result<(), PortError> {
        let mut users = self.users.lock().unwrap();
        if users.contains_key(&user.id) || users.values().any(|u| u.username == user.username) {
            return Err(PortError::Conflict { what: "user" });
        }
        users.insert(user.id.clone(), user.clone());
        self.audit.events.lock().unwrap().push(event.clone());
        Ok(())
    }
    async fn delete_user(&self, user: &User, event: &AuditEvent) -> Result<(), PortError> {
        let mut users = self.users.lock().unwrap();
        match users.get(&user.id) {
            Some(stored) if stored.version == user.version => {
                users.remove(&user.id);
                self.audit.events.lock().unwrap().push(event.clone());
                Ok(())
            }
            _ => Err(PortError::Conflict { what: "user" }),
        }
    }
    async fn groups_page(&self, after: Option<&GroupName>, limit: usize) -> Result<Vec<Group>, PortError> {
        let names: Vec<GroupName> = self
            .groups
            .lock()
            .unwrap()
            .keys()
            .filter(|n| after.is_none_or(|a| *n > a))
            .take(limit)
            .cloned()
            .collect();
        let mut out = Vec::new();
        for name in names {
            out.extend(self.group(&name).await?);
        }
        Ok(out)
    }
    async fn group(&self, name: &GroupName) -> Result<Option<Group>, PortError> {
        let members = self.users.lock().unwrap().values().filter(|u| u.groups.contains(name)).count();
        Ok(self.groups.lock().unwrap().get(name).map(|g| Group { members: members as u64, ..g.clone() }))
    }
    async fn create_group(&self, group: &Group, event: &AuditEvent) -> Result<(), PortError> {
        let mut groups = self.groups.lock().unwrap();
        if groups.contains_key(&group.name) {
            return Err(PortError::Conflict { what: "group" });
        }
        groups.insert(group.name.clone(), group.clone());
        self.audit.events.lock().unwrap().push(event.clone());
        Ok(())
    }
    async fn update_group(&self, group: &Group, events: &[AuditEvent]) -> Result<(), PortError> {
        let mut groups = self.groups.lock().unwrap();
        match groups.get(&group.name) {
            Some(stored) if stored.version + 1 == group.version => {
                groups.insert(group.name.clone(), group.clone());
                self.audit.events.lock().unwrap().extend_from_slice(events);
                Ok(())
            }
            _ => Err(PortError::Conflict { what: "group" }),
        }
    }
    async fn delete_group(&self, group: &Group, event: &AuditEvent) -> Result<(), PortError> {
        if self.users.lock().unwrap().values().any(|u| u.groups.contains(&group.name)) {
            return Err(PortError::Conflict { what: "group" });
        }
        self.groups.lock().unwrap().remove(&group.name);
        self.audit.events.lock().unwrap().push(event.clone());
        Ok(())
    }
    async fn group_members(
        &self,
        group: &GroupName,
        after: Option<&Username>,
        limit: usize,
    ) -> Result<Vec<User>, PortError> {
        let mut members: Vec<User> = self
            .users
            .lock()
            .unwrap()
            .values()
            .filter(|u| u.groups.contains(group) && after.is_none_or(|a| u.username.as_str() > a.as_str()))
            .cloned()
            .collect();
        members.sort_by(|a, b| a.username.as_str().cmp(b.username.as_str()));
        members.truncate(limit);
        Ok(members)
    }
    async fn regroup(&self, changes: &[Regroup], events: &[AuditEvent]) -> Result<(), PortError> {
        let mut users = self.users.lock().unwrap();
        let groups = self.groups.lock().unwrap();
        for change in changes {
            let joins_missing =
                change.user.groups.difference(&change.before).any(|g| !groups.contains_key(g));
            let stale = users.get(&change.user.id).is_none_or(|u| u.version + 1 != change.user.version);
            if joins_missing || stale {
                return Err(PortError::Conflict { what: "user" });
            }
        }
        for change in changes {
            users.insert(change.user.id.clone(), change.user.clone());
        }
        self.audit.events.lock().unwrap().extend_from_slice(events);
        Ok(())
    }
    async fn update_user(&self, user: &User, events: &[AuditEvent]) -> Result<(), PortError> {
        let mut users = self.users.lock().unwrap();
        let injected =
            self.conflicts_to_inject.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1));
        if injected.is_ok() {
            return Err(PortError::Conflict { what: "user" });
        }
        match users.get(&user.id) {
            Some(stored) if stored.version + 1 == user.version => {
                users.insert(user.id.clone(), user.clone());
                self.audit.events.lock().unwrap().extend_from_slice(events);
                Ok(())
            }
            _ => Err(PortError::Conflict { what: "user" }),
        }
    }
}
