//! Webhooks in DynamoDB. Subscriptions live in the directory table,
//! `WEBHOOKS` / `WEBHOOK#<id>` (one partition: an organisation has a
//! handful), their signing secrets sealed. Deliveries live in the flows
//! table, expired by TTL a while after their last change: the log entry
//! `WHLOG#<subscription>` / `<delivery id>` and, while pending, its twin
//! `WHPENDING#<subscription>` / `<delivery id>`, written in one transaction,
//! so the pump reads only what is pending, oldest first, with one Query.
//! The pump's lease is one conditional write.

use std::collections::HashMap;

use async_trait::async_trait;
use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::types::{AttributeValue, Delete, Put, TransactWriteItem};
use chrono::{DateTime, Utc};
use latchkey_core::PortError;
use latchkey_core::model::audit::{Action, AuditEvent, Retention};
use latchkey_core::model::registration::SealedSecret;
use latchkey_core::model::values::UserId;
use latchkey_core::model::webhooks::{
    Delivery, DeliveryState, EndpointUrl, EventFilter, Health, LOG_KEPT, StoredSigningSecret, Subscription,
    WebhookId,
};
use latchkey_core::ports::webhooks::WebhookStore;
use serde::{Deserialize, Serialize};

use super::keys;
use super::shared::{
    Item, Store, conditional_put, corrupt, create_put, invalid, key, number, unless_conditional,
};
use crate::aws::classify;
use crate::config::TableNames;

#[derive(Serialize, Deserialize)]
struct SubscriptionItem {
    pk: String,
    sk: String,
    id: WebhookId,
    url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    /// `["*"]` or action codes.
    events: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    failing_since: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    paused_since: Option<DateTime<Utc>>,
    created_at: DateTime<Utc>,
    created_by: UserId,
    secrets: Vec<SecretItem>,
    version: u64,
}

#[derive(Serialize, Deserialize)]
struct SecretItem {
    sealed: SealedSecret,
    created_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    retires_at: Option<DateTime<Utc>>,
}

impl From<&Subscription> for SubscriptionItem {
    fn from(s: &Subscription) -> Self {
        let (pk, sk) = keys::webhook(&s.id);
        let (failing_since, paused_since) = match s.health {
            Health::Active { failing_since } => (failing_since, None),
            Health::Paused { since } => (None, Some(since)),
        };
        Self {
            pk,
            sk,
            id: s.id.clone(),
            url: s.url.as_str().to_owned(),
            description: s.description.clone(),
            events: s.events.names(),
            failing_since,
            paused_since,
            created_at: s.created_at,
            created_by: s.created_by.clone(),
            secrets: s
                .secrets
                .iter()
                .map(|x| SecretItem {
                    sealed: x.sealed.clone(),
                    created_at: x.created_at,
                    retires_at: x.retires_at,
                })
                .collect(),
            version: s.version,
        }
    }
}

fn subscription_of(item: Item) -> Result<Subscription, PortError> {
    let i: SubscriptionItem = serde_dynamo::from_item(item).map_err(|e| corrupt("webhooks", e))?;
    let events = EventFilter::parse(&i.events).map_err(|e| corrupt("webhooks", e))?;
    Ok(Subscription {
        id: i.id,
        url: EndpointUrl::stored(i.url),
        description: i.description,
        events,
        health: match i.paused_since {
            Some(since) => Health::Paused { since },
            None => Health::Active { failing_since: i.failing_since },
        },
        created_at: i.created_at,
        created_by: i.created_by,
        secrets: i
            .secrets
            .into_iter()
            .map(|x| StoredSigningSecret {
                sealed: x.sealed,
                created_at: x.created_at,
                retires_at: x.retires_at,
            })
            .collect(),
        version: i.version,
    })
}

#[derive(Serialize, Deserialize)]
struct DeliveryItem {
    pk: String,
    sk: String,
    subscription: WebhookId,
    event_id: String,
    event_type: Action,
    lane: String,
    payload: String,
    first_at: DateTime<Utc>,
    attempts: u32,
    /// `pending`, `delivered` or `failed`.
    state: String,
    /// When pending: the next attempt; settled: when it settled.
    at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    last_status: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    last_error: Option<String>,
    /// TTL: the log's keeping time after the last change.
    expires_at: i64,
}

fn delivery_item(d: &Delivery, (pk, sk): keys::Key) -> DeliveryItem {
    let (state, at) = match d.state {
        DeliveryState::Pending { next_at } => ("pending", next_at),
        DeliveryState::Delivered { at } => ("delivered", at),
        DeliveryState::Failed { at } => ("failed", at),
    };
    DeliveryItem {
        pk,
        sk,
        subscription: d.subscription.clone(),
        event_id: d.event_id.clone(),
        event_type: d.event_type,
        lane: d.lane.clone(),
        payload: d.payload.clone(),
        first_at: d.first_at,
        attempts: d.attempts,
        state: state.to_owned(),
        at,
        last_status: d.last_status,
        last_error: d.last_error.clone(),
        expires_at: (at.max(d.first_at) + LOG_KEPT).timestamp(),
    }
}

fn delivery_of(item: Item) -> Result<Delivery, PortError> {
    let i: DeliveryItem = serde_dynamo::from_item(item).map_err(|e| corrupt("webhook deliveries", e))?;
    let state = match i.state.as_str() {
        "pending" => DeliveryState::Pending { next_at: i.at },
        "delivered" => DeliveryState::Delivered { at: i.at },
        "failed" => DeliveryState::Failed { at: i.at },
        other => return Err(corrupt("webhook deliveries", format!("unknown state {other}"))),
    };
    Ok(Delivery {
        id: i.sk,
        subscription: i.subscription,
        event_id: i.event_id,
        event_type: i.event_type,
        lane: i.lane,
        payload: i.payload,
        first_at: i.first_at,
        attempts: i.attempts,
        state,
        last_status: i.last_status,
        last_error: i.last_error,
    })
}

pub struct DynamoWebhooks {
    store: Store,
}

impl DynamoWebhooks {
    pub fn new(client: Client, tables: TableNames, retention: Retention) -> Self {
        Self { store: Store::new(client, tables, retention) }
    }

    fn put(&self, item: DeliveryItem) -> Result<TransactWriteItem, PortError> {
        let item = serde_dynamo::to_item(item).map_err(|e| corrupt("webhook deliveries", e))?;
        let put = Put::builder()
            .table_name(&self.store.tables.flows)
            .set_item(Some(item))
            .build()
            .map_err(|e| invalid("webhook deliveries", e))?;
        Ok(TransactWriteItem::builder().put(put).build())
    }

    async fn query(
        &self,
        pk: String,
        forward: bool,
        start: Option<Item>,
        limit: usize,
    ) -> Result<Vec<Delivery>, PortError> {
        let out = self
            .store
            .client
            .query()
            .table_name(&self.store.tables.flows)
            .key_condition_expression("pk = :pk")
            .expression_attribute_values(":pk", AttributeValue::S(pk))
            .scan_index_forward(forward)
            .consistent_read(true)
            .set_exclusive_start_key(start)
            .limit(i32::try_from(limit).unwrap_or(i32::MAX))
            .send()
            .await
            .map_err(|e| classify("webhook deliveries", e))?;
        out.items.unwrap_or_default().into_iter().map(delivery_of).collect()
    }
}

#[async_trait]
impl WebhookStore for DynamoWebhooks {
    async fn subscriptions(&self) -> Result<Vec<Subscription>, PortError> {
        let items =
            self.store.query_prefix(&self.store.tables.directory, keys::all_webhooks(), "webhooks").await?;
        items.into_iter().map(subscription_of).collect()
    }

    async fn subscription(&self, id: &WebhookId) -> Result<Option<Subscription>, PortError> {
        let item = self.store.get(&self.store.tables.directory, keys::webhook(id), "webhooks").await?;
        item.map(subscription_of).transpose()
    }

    async fn create_subscription(&self, sub: &Subscription, event: &AuditEvent) -> Result<(), PortError> {
        let item = serde_dynamo::to_item(SubscriptionItem::from(sub)).map_err(|e| corrupt("webhooks", e))?;
        let items = vec![create_put(&self.store.tables.directory, item)?];
        self.store.commit(items, [event], "webhooks").await
    }

    async fn update_subscription(
        &self,
        sub: &Subscription,
        event: Option<&AuditEvent>,
    ) -> Result<(), PortError> {
        let item = serde_dynamo::to_item(SubscriptionItem::from(sub)).map_err(|e| corrupt("webhooks", e))?;
        let values = HashMap::from([(":v".to_string(), number(sub.version.saturating_sub(1)))]);
        let items = vec![conditional_put(&self.store.tables.directory, item, "version = :v", Some(values))?];
        self.store.commit(items, event, "webhooks").await
    }

    async fn delete_subscription(&self, id: &WebhookId, event: &AuditEvent) -> Result<(), PortError> {
        let delete = Delete::builder()
            .table_name(&self.store.tables.directory)
            .set_key(Some(key(keys::webhook(id))))
            .condition_expression("attribute_exists(pk)")
            .build()
            .map_err(|e| invalid("webhooks", e))?;
        let items = vec![TransactWriteItem::builder().delete(delete).build()];
        self.store.commit(items, [event], "webhooks").await
    }

    async fn enqueue(&self, delivery: &Delivery) -> Result<bool, PortError> {
        let log = serde_dynamo::to_item(delivery_item(
            delivery,
            keys::delivery(&delivery.subscription, &delivery.id),
        ))
        .map_err(|e| corrupt("webhook deliveries", e))?;
        let items = vec![
            create_put(&self.store.tables.flows, log)?,
            self.put(delivery_item(delivery, keys::pending_delivery(&delivery.subscription, &delivery.id)))?,
        ];
        Ok(unless_conditional(self.store.transact(items, "webhook deliveries").await)?.is_some())
    }

    async fn pending(&self, id: &WebhookId, limit: usize) -> Result<Vec<Delivery>, PortError> {
        let (pk, _) = keys::pending_delivery(id, "");
        self.query(pk, true, None, limit).await
    }

    async fn save_delivery(&self, delivery: &Delivery) -> Result<(), PortError> {
        let (id, sub) = (&delivery.id, &delivery.subscription);
        let mut items = vec![self.put(delivery_item(delivery, keys::delivery(sub, id)))?];
        if matches!(delivery.state, DeliveryState::Pending { .. }) {
            items.push(self.put(delivery_item(delivery, keys::pending_delivery(sub, id)))?);
        } else {
            let delete = Delete::builder()
                .table_name(&self.store.tables.flows)
                .set_key(Some(key(keys::pending_delivery(sub, id))))
                .build()
                .map_err(|e| invalid("webhook deliveries", e))?;
            items.push(TransactWriteItem::builder().delete(delete).build());
        }
        self.store.transact(items, "webhook deliveries").await
    }

    async fn delivery(&self, id: &WebhookId, delivery: &str) -> Result<Option<Delivery>, PortError> {
        let item = self
            .store
            .get(&self.store.tables.flows, keys::delivery(id, delivery), "webhook deliveries")
            .await?;
        item.map(delivery_of).transpose()
    }

    async fn deliveries(
        &self,
        id: &WebhookId,
        before: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Delivery>, PortError> {
        let (pk, _) = keys::delivery(id, "");
        let start = before.map(|b| key(keys::delivery(id, b)));
        self.query(pk, false, start, limit).await
    }

    async fn lease(
        &self,
        id: &WebhookId,
        holder: &str,
        until: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<bool, PortError> {
        let (pk, sk) = keys::webhook_lease(id);
        let out = self
            .store
            .client
            .put_item()
            .table_name(&self.store.tables.flows)
            .item("pk", AttributeValue::S(pk))
            .item("sk", AttributeValue::S(sk))
            .item("holder", AttributeValue::S(holder.to_owned()))
            .item("until_ms", number(until.timestamp_millis()))
            .item("expires_at", number((until + chrono::Duration::hours(1)).timestamp()))
            .condition_expression("attribute_not_exists(pk) OR until_ms < :now")
            .expression_attribute_values(":now", number(now.timestamp_millis()))
            .send()
            .await
            .map_err(|e| classify("webhook lease", e));
        Ok(unless_conditional(out)?.is_some())
    }

    async fn release(&self, id: &WebhookId, holder: &str) -> Result<(), PortError> {
        let out = self
            .store
            .client
            .delete_item()
            .table_name(&self.store.tables.flows)
            .set_key(Some(key(keys::webhook_lease(id))))
            .condition_expression("holder = :h")
            .expression_attribute_values(":h", AttributeValue::S(holder.to_owned()))
            .send()
            .await
            .map_err(|e| classify("webhook lease", e));
        unless_conditional(out).map(|_| ())
    }
}
