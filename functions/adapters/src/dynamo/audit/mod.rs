//! The audit trail table (`pk` = `AUDIT#<shard>`, `sk` = `<time>#<id>`),
//! GSIs `by_target` (`target_key` = `USER#<id>` or `NAME#<name>`, `sk`),
//! `by_actor` (`actor_key` = `ACTOR#<id>`, `sk`; sparse) and `by_activity`
//! (`activity_key` = `<activity>#<shard>`, `sk`; sparse: only the
//! self-service activity), TTL on `expires_at`.
//!
//! Why shards: every event is written "now", so whatever key holds the time
//! takes every write of the moment. The shard spreads them over
//! [`AUDIT_SHARDS`] keys, in the table and in the activity index alike; a
//! report reads each shard's newest-first range with one Query and merges
//! them. No key holds a date: the sort key's time bounds each Query, so a
//! range costs the same Queries whether it spans a minute or a year, and an
//! empty day costs nothing. Events written before the shards (`pk` =
//! `DAY#<date>`) are moved into them once, by bootstrap
//! ([`DynamoAudit::migrate_to_shards`]).
//!
//! Events are written (`write`) with the state change they record, read by
//! the reports (`query`), and decoded from the table's change stream for the
//! event bus (`stream`).

pub(super) mod query;
pub(super) mod stream;
pub(super) mod write;

use async_trait::async_trait;
use aws_sdk_dynamodb::Client;
use latchkey_core::PortError;
use latchkey_core::model::audit::{ActivityPage, ActivityQuery, AuditEvent, Retention};
use latchkey_core::model::values::UserId;
use latchkey_core::ports::AuditLog;

use super::keys;
use super::shared::Store;
use crate::config::TableNames;

/// How many keys the audit trail's writes are spread over. Each takes a
/// sixteenth of the write rate (DynamoDB serves about 1,000 writes a second
/// per key whose writes all land at its newest end); a report reads them all
/// at once. Fixed: readers must know every shard a writer ever used.
pub const AUDIT_SHARDS: u8 = 16;

/// The audit trail table.
pub struct DynamoAudit {
    pub(super) store: Store,
}

impl DynamoAudit {
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
impl AuditLog for DynamoAudit {
    async fn record(&self, event: &AuditEvent) -> Result<(), PortError> {
        write::record(&self.store, event).await
    }

    async fn for_user(&self, user: &UserId, limit: usize) -> Result<Vec<AuditEvent>, PortError> {
        query::by_target(&self.store, keys::audit_target_user(user), limit).await
    }

    async fn for_target_name(&self, name: &str, limit: usize) -> Result<Vec<AuditEvent>, PortError> {
        query::by_target(&self.store, keys::audit_target_name(name), limit).await
    }

    fn retention(&self) -> Retention {
        self.store.retention
    }

    async fn activity(&self, query: &ActivityQuery) -> Result<ActivityPage, PortError> {
        query::activity(&self.store, query).await
    }

    async fn all_activity(
        &self,
        query: &ActivityQuery,
        max: usize,
    ) -> Result<(Vec<AuditEvent>, bool), PortError> {
        query::all_activity(&self.store, query, max).await
    }
}
