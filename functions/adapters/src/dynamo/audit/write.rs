//! Writing audit events: the stored shape, the shard an event lands in, and
//! the put that goes with each audited state change.

use aws_sdk_dynamodb::types::TransactWriteItem;
use chrono::{DateTime, Utc};
use latchkey_core::PortError;
use latchkey_core::model::audit::{Action, AuditEvent, Outcome, Retention};
use latchkey_core::model::methods::MethodKind;
use latchkey_core::model::values::UserId;
use serde::{Deserialize, Serialize};

use super::super::keys;
use super::super::shared::{Item, Store, corrupt, create_put};
use super::AUDIT_SHARDS;
use crate::aws::classify;

/// An audit event as stored.
#[derive(Serialize, Deserialize)]
pub(in crate::dynamo) struct AuditItem {
    pk: String,
    pub(in crate::dynamo) sk: String,
    target_key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    actor_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    activity_key: Option<String>,
    id: String,
    at: DateTime<Utc>,
    actor: Option<UserId>,
    target: Option<UserId>,
    target_name: Option<String>,
    action: Action,
    outcome: Outcome,
    reason: Option<String>,
    client_ip: Option<String>,
    user_agent: Option<String>,
    // Older items have none; a report's method filter reads this list.
    #[serde(default)]
    methods: Vec<MethodKind>,
    expires_at: i64,
    /// Put by the shard migration: an old event under its new key, not a
    /// new one (the event stream skips it).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub(in crate::dynamo) moved: bool,
}

/// The shard of an event: from whom it is about (its target key), else from
/// its random id. Writes spread over the shards as the users do, and one
/// user's events share a partition key, so the table's change stream keeps
/// them in order for the event bus (`events.rs`); only from the stored
/// event, so the same event always lands in one.
fn shard(target_key: &str, id: &str) -> u8 {
    let key = if keys::is_audit_no_target(target_key) { id } else { target_key };
    let sum = key.bytes().fold(0u32, |acc, b| acc.wrapping_mul(31).wrapping_add(u32::from(b)));
    u8::try_from(sum % u32::from(AUDIT_SHARDS)).unwrap_or(0)
}

impl AuditItem {
    pub(in crate::dynamo) fn new(e: &AuditEvent, retention: Retention) -> Self {
        let target_key = match (&e.target, &e.target_name) {
            (Some(id), _) => keys::audit_target_user(id),
            (None, Some(name)) => keys::audit_target_name(name),
            (None, None) => keys::audit_no_target(),
        };
        let shard = shard(&target_key, &e.id);
        Self {
            pk: keys::audit_shard(shard),
            sk: keys::audit_sort(&e.at, &e.id),
            target_key,
            actor_key: e.actor.as_ref().map(keys::audit_actor),
            activity_key: e.activity().map(|a| keys::audit_activity(a, shard)),
            id: e.id.clone(),
            at: e.at,
            actor: e.actor.clone(),
            target: e.target.clone(),
            target_name: e.target_name.clone(),
            action: e.action,
            outcome: e.outcome,
            reason: e.reason_text(),
            client_ip: e.client_ip.clone(),
            user_agent: e.user_agent.clone(),
            methods: e.methods.clone(),
            expires_at: (e.at + retention.duration()).timestamp(),
            moved: false,
        }
    }

    /// An event stored before the shards, under its shard's key: the same
    /// event with the same expiry, marked as moved (no new event).
    pub(in crate::dynamo) fn resharded(old: Item, retention: Retention) -> Result<Item, PortError> {
        let stored: AuditItem = serde_dynamo::from_item(old).map_err(|e| corrupt("audit event", e))?;
        let expires_at = stored.expires_at;
        let mut item = AuditItem::new(&AuditEvent::from(stored), retention);
        item.expires_at = expires_at;
        item.moved = true;
        serde_dynamo::to_item(item).map_err(|e| corrupt("audit event", e))
    }
}

impl From<AuditItem> for AuditEvent {
    fn from(i: AuditItem) -> Self {
        AuditEvent {
            id: i.id,
            at: i.at,
            actor: i.actor,
            target: i.target,
            target_name: i.target_name,
            action: i.action,
            outcome: i.outcome,
            reason: i.reason.map(Into::into),
            client_ip: i.client_ip,
            user_agent: i.user_agent,
            methods: i.methods,
        }
    }
}

/// A stored event read back.
pub(in crate::dynamo) fn event_of(item: Item) -> Result<AuditItem, PortError> {
    serde_dynamo::from_item(item).map_err(|e| corrupt("audit event", e))
}

/// The transaction item that records `event` with a state change (an event
/// is written once: never over another).
pub(in crate::dynamo) fn put(
    table: &str,
    retention: Retention,
    event: &AuditEvent,
) -> Result<TransactWriteItem, PortError> {
    let item: Item =
        serde_dynamo::to_item(AuditItem::new(event, retention)).map_err(|e| corrupt("audit event", e))?;
    create_put(table, item)
}

/// Records an event on its own (one that changes nothing else).
pub(super) async fn record(store: &Store, event: &AuditEvent) -> Result<(), PortError> {
    let item: Item = serde_dynamo::to_item(AuditItem::new(event, store.retention))
        .map_err(|e| corrupt("audit event", e))?;
    store
        .client
        .put_item()
        .table_name(&store.tables.audit)
        .set_item(Some(item))
        .condition_expression("attribute_not_exists(pk)")
        .send()
        .await
        .map_err(|e| classify("audit", e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::super::mock::{Requests, event};
    use super::*;

    #[tokio::test]
    async fn an_event_is_put_once_under_its_subjects_shard() {
        let requests = Requests::answering_writes();
        let store = requests.store();
        let event = event();

        record(&store, &event).await.unwrap();

        let puts = requests.puts();
        assert_eq!(puts.len(), 1);
        let put = &puts[0];
        assert_eq!(put.table_name(), Some("audit"));
        assert_eq!(put.condition_expression(), Some("attribute_not_exists(pk)"));
        let item = put.item().cloned().unwrap_or_default();
        let text = |name: &str| item.get(name).and_then(|v| v.as_s().ok()).cloned();
        let target = event.target.as_ref().map(keys::audit_target_user);
        assert_eq!(text("target_key"), target);
        let shard = shard(target.as_deref().unwrap_or_default(), &event.id);
        assert_eq!(text("pk"), Some(keys::audit_shard(shard)));
        assert_eq!(text("sk"), Some(keys::audit_sort(&event.at, &event.id)));
        assert_eq!(text("actor_key"), event.actor.as_ref().map(keys::audit_actor));
    }
}
