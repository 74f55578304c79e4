//! The directory port on the directory table: users, groups and the
//! organisation's settings, each kept by its own module.

use async_trait::async_trait;
use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::types::KeysAndAttributes;
use latchkey_core::PortError;
use latchkey_core::model::audit::{AuditEvent, Retention};
use latchkey_core::model::groups::{Group, Regroup};
use latchkey_core::model::search::{Direction, UserIndex};
use latchkey_core::model::settings::OrgSettings;
use latchkey_core::model::user::User;
use latchkey_core::model::values::{GroupName, UserId, Username};
use latchkey_core::ports::Directory;

use super::shared::{Item, Store, invalid};
use super::{groups, settings, users};
use crate::aws::classify;
use crate::config::TableNames;

/// Users, groups and settings in the directory table.
pub struct DynamoDirectory {
    pub(super) store: Store,
}

impl DynamoDirectory {
    pub fn new(client: Client, tables: TableNames) -> Self {
        Self { store: Store::new(client, tables, Retention::DEFAULT) }
    }

    /// How long the audit events it writes are kept (default a year).
    #[must_use]
    pub fn with_retention(mut self, retention: Retention) -> Self {
        self.store.retention = retention;
        self
    }
}

#[async_trait]
impl Directory for DynamoDirectory {
    async fn settings(&self) -> Result<OrgSettings, PortError> {
        settings::read(&self.store).await
    }

    async fn save_settings(&self, settings: &OrgSettings, event: &AuditEvent) -> Result<(), PortError> {
        settings::save(&self.store, settings, event).await
    }

    async fn schedule(&self) -> Result<Option<latchkey_core::model::schedule::ScheduleState>, PortError> {
        settings::read_schedule(&self.store).await
    }

    async fn save_schedule(
        &self,
        state: &latchkey_core::model::schedule::ScheduleState,
        events: &[AuditEvent],
    ) -> Result<(), PortError> {
        settings::save_schedule(&self.store, state, events).await
    }

    async fn user_by_username(&self, username: &Username) -> Result<Option<User>, PortError> {
        users::by_username(&self.store, username).await
    }

    async fn user(&self, id: &UserId) -> Result<Option<User>, PortError> {
        users::by_id(&self.store, id).await
    }

    async fn users(&self) -> Result<Vec<User>, PortError> {
        users::all(&self.store).await
    }

    async fn users_page(
        &self,
        index: UserIndex,
        prefix: &str,
        after: Option<&str>,
        limit: usize,
        direction: Direction,
    ) -> Result<Vec<User>, PortError> {
        users::page(&self.store, index, prefix, after, limit, direction).await
    }

    async fn create_user(&self, user: &User, event: &AuditEvent) -> Result<(), PortError> {
        users::create(&self.store, user, event).await
    }

    async fn delete_user(&self, user: &User, event: &AuditEvent) -> Result<(), PortError> {
        users::delete(&self.store, user, event).await
    }

    async fn update_user(&self, user: &User, events: &[AuditEvent]) -> Result<(), PortError> {
        users::update(&self.store, user, events).await
    }

    async fn groups_page(&self, after: Option<&GroupName>, limit: usize) -> Result<Vec<Group>, PortError> {
        groups::page(&self.store, after, limit).await
    }

    async fn group(&self, name: &GroupName) -> Result<Option<Group>, PortError> {
        groups::get(&self.store, name).await
    }

    async fn create_group(&self, group: &Group, event: &AuditEvent) -> Result<(), PortError> {
        groups::create(&self.store, group, event).await
    }

    async fn update_group(&self, group: &Group, events: &[AuditEvent]) -> Result<(), PortError> {
        groups::update(&self.store, group, events).await
    }

    async fn delete_group(&self, group: &Group, event: &AuditEvent) -> Result<(), PortError> {
        groups::delete(&self.store, group, event).await
    }

    async fn group_members(
        &self,
        group: &GroupName,
        after: Option<&Username>,
        limit: usize,
    ) -> Result<Vec<User>, PortError> {
        groups::members(&self.store, group, after, limit).await
    }

    async fn regroup(&self, changes: &[Regroup], events: &[AuditEvent]) -> Result<(), PortError> {
        groups::regroup(&self.store, changes, events).await
    }
}

/// The directory items with these keys that exist, in no order:
/// BatchGetItem, 100 keys a call, consistent, retrying what the store
/// leaves unprocessed.
pub(super) async fn batch_get(store: &Store, keys: Vec<Item>) -> Result<Vec<Item>, PortError> {
    let table = &store.tables.directory;
    let mut found = Vec::new();
    for chunk in keys.chunks(100) {
        let mut pending = Some(
            KeysAndAttributes::builder()
                .set_keys(Some(chunk.to_vec()))
                .consistent_read(true)
                .build()
                .map_err(|e| invalid("directory keys", e))?,
        );
        for _ in 0..8 {
            let Some(request) = pending.take() else { break };
            let out = store
                .client
                .batch_get_item()
                .request_items(table, request)
                .send()
                .await
                .map_err(|e| classify("directory", e))?;
            found.extend(out.responses.unwrap_or_default().remove(table).unwrap_or_default());
            pending = out.unprocessed_keys.and_then(|mut u| u.remove(table)).filter(|k| !k.keys.is_empty());
        }
        if pending.is_some() {
            return Err(PortError::Conflict { what: "directory batch read" });
        }
    }
    Ok(found)
}
