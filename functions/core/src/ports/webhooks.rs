//! The webhooks' ports: subscriptions and deliveries as stored, and the
//! sender of one attempt.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use secrecy::SecretSlice;

use crate::model::audit::AuditEvent;
use crate::model::error::PortError;
use crate::model::webhooks::{Attempt, Delivery, EndpointUrl, Subscription, WebhookId};

/// Subscriptions and deliveries as stored.
#[async_trait]
pub trait WebhookStore: Send + Sync {
    /// Every subscription (at most [`crate::model::webhooks::WEBHOOKS_MAX`]), read consistently.
    async fn subscriptions(&self) -> Result<Vec<Subscription>, PortError>;
    async fn subscription(&self, id: &WebhookId) -> Result<Option<Subscription>, PortError>;
    /// Stores a new subscription and `event`, atomically; `Conflict` when the id is taken.
    async fn create_subscription(&self, sub: &Subscription, event: &AuditEvent) -> Result<(), PortError>;
    /// Replaces a subscription stored at `sub.version - 1` (and records
    /// `event` with it, if any); `Conflict` otherwise.
    async fn update_subscription(
        &self,
        sub: &Subscription,
        event: Option<&AuditEvent>,
    ) -> Result<(), PortError>;
    /// Removes a subscription and records `event`; `Conflict` when there is none.
    /// Its deliveries run out with the log's keeping time.
    async fn delete_subscription(&self, id: &WebhookId, event: &AuditEvent) -> Result<(), PortError>;
    /// Stores a new pending delivery; false (and nothing written) when the
    /// subscription already has this event's delivery.
    async fn enqueue(&self, delivery: &Delivery) -> Result<bool, PortError>;
    /// Up to `limit` pending deliveries of the subscription, oldest event first.
    async fn pending(&self, id: &WebhookId, limit: usize) -> Result<Vec<Delivery>, PortError>;
    /// Writes a delivery's new state (a settled one leaves the pending set).
    async fn save_delivery(&self, delivery: &Delivery) -> Result<(), PortError>;
    async fn delivery(&self, id: &WebhookId, delivery: &str) -> Result<Option<Delivery>, PortError>;
    /// Up to `limit` deliveries, newest event first, before the delivery id `before`.
    async fn deliveries(
        &self,
        id: &WebhookId,
        before: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Delivery>, PortError>;
    /// Takes the subscription's pump lease for `holder` until `until`, if
    /// nobody holds it at `now`; false otherwise.
    async fn lease(
        &self,
        id: &WebhookId,
        holder: &str,
        until: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<bool, PortError>;
    /// Gives the lease back, if `holder` still holds it.
    async fn release(&self, id: &WebhookId, holder: &str) -> Result<(), PortError>;
}

/// One attempt's request: the signatures are made by the sender from the keys.
pub struct Outgoing<'a> {
    pub url: &'a EndpointUrl,
    /// `webhook-id`.
    pub id: &'a str,
    /// `webhook-timestamp`.
    pub timestamp: DateTime<Utc>,
    pub body: &'a str,
    /// The signing keys in force, current first: one `v1,` signature each.
    pub keys: Vec<SecretSlice<u8>>,
}

/// Sends one attempt: HTTP POST with the Standard Webhooks headers, no
/// redirects followed, a bounded wait, and (under [`crate::model::webhooks::Reach::Public`]) no
/// connection to an address the endpoint's name resolves to that is internal.
#[async_trait]
pub trait WebhookSender: Send + Sync {
    async fn send(&self, outgoing: Outgoing<'_>) -> Attempt;

    /// Waits before the stream's refused events are offered again (`round` counts from 1).
    async fn pause(&self, round: u32);
}
