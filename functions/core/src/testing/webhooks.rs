//! Webhook subscriptions and deliveries, in memory.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use crate::model::audit::AuditEvent;
use crate::model::error::PortError;
use crate::model::webhooks::{Delivery, DeliveryState, Subscription, WebhookId};
use crate::ports::webhooks::WebhookStore;

use super::FakeAudit;

#[derive(Default)]
pub struct FakeWebhooks {
    subs: Mutex<HashMap<WebhookId, Subscription>>,
    /// By subscription, then delivery id (ids sort by commit time).
    log: Mutex<HashMap<WebhookId, BTreeMap<String, Delivery>>>,
    leases: Mutex<HashMap<WebhookId, (String, DateTime<Utc>)>>,
    audit: Option<Arc<FakeAudit>>,
}

impl FakeWebhooks {
    pub fn new(audit: Arc<FakeAudit>) -> Self {
        Self { audit: Some(audit), ..Default::default() }
    }
    fn record(&self, event: Option<&AuditEvent>) {
        if let (Some(audit), Some(event)) = (&self.audit, event) {
            audit.events.lock().unwrap().push(event.clone());
        }
    }
}

fn conflict() -> PortError {
    PortError::Conflict { what: "webhook" }
}

#[async_trait]
impl WebhookStore for FakeWebhooks {
    async fn subscriptions(&self) -> Result<Vec<Subscription>, PortError> {
        Ok(self.subs.lock().unwrap().values().cloned().collect())
    }
    async fn subscription(&self, id: &WebhookId) -> Result<Option<Subscription>, PortError> {
        Ok(self.subs.lock().unwrap().get(id).cloned())
    }
    async fn create_subscription(&self, sub: &Subscription, event: &AuditEvent) -> Result<(), PortError> {
        let mut subs = self.subs.lock().unwrap();
        if subs.contains_key(&sub.id) {
            return Err(conflict());
        }
        subs.insert(sub.id.clone(), sub.clone());
        self.record(Some(event));
        Ok(())
    }
    async fn update_subscription(
        &self,
        sub: &Subscription,
        event: Option<&AuditEvent>,
    ) -> Result<(), PortError> {
        let mut subs = self.subs.lock().unwrap();
        match subs.get(&sub.id) {
            Some(stored) if stored.version + 1 == sub.version => {
                subs.insert(sub.id.clone(), sub.clone());
                self.record(event);
                Ok(())
            }
            _ => Err(conflict()),
        }
    }
    async fn delete_subscription(&self, id: &WebhookId, event: &AuditEvent) -> Result<(), PortError> {
        self.subs.lock().unwrap().remove(id).ok_or_else(conflict)?;
        self.record(Some(event));
        Ok(())
    }
    async fn enqueue(&self, delivery: &Delivery) -> Result<bool, PortError> {
        let mut log = self.log.lock().unwrap();
        let lane = log.entry(delivery.subscription.clone()).or_default();
        if lane.contains_key(&delivery.id) {
            return Ok(false);
        }
        lane.insert(delivery.id.clone(), delivery.clone());
        Ok(true)
    }
    async fn pending(&self, id: &WebhookId, limit: usize) -> Result<Vec<Delivery>, PortError> {
        let log = self.log.lock().unwrap();
        Ok(log
            .get(id)
            .into_iter()
            .flat_map(|l| l.values())
            .filter(|d| matches!(d.state, DeliveryState::Pending { .. }))
            .take(limit)
            .cloned()
            .collect())
    }
    async fn save_delivery(&self, delivery: &Delivery) -> Result<(), PortError> {
        let mut log = self.log.lock().unwrap();
        log.entry(delivery.subscription.clone()).or_default().insert(delivery.id.clone(), delivery.clone());
        Ok(())
    }
    async fn delivery(&self, id: &WebhookId, delivery: &str) -> Result<Option<Delivery>, PortError> {
        Ok(self.log.lock().unwrap().get(id).and_then(|l| l.get(delivery)).cloned())
    }
    async fn deliveries(
        &self,
        id: &WebhookId,
        before: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Delivery>, PortError> {
        let log = self.log.lock().unwrap();
        Ok(log
            .get(id)
            .into_iter()
            .flat_map(|l| l.values().rev())
            .filter(|d| before.is_none_or(|b| d.id.as_str() < b))
            .take(limit)
            .cloned()
            .collect())
    }
    async fn lease(
        &self,
        id: &WebhookId,
        holder: &str,
        until: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<bool, PortError> {
        let mut leases = self.leases.lock().unwrap();
        if leases.get(id).is_some_and(|(_, held_until)| *held_until > now) {
            return Ok(false);
        }
        leases.insert(id.clone(), (holder.to_owned(), until));
        Ok(true)
    }
    async fn release(&self, id: &WebhookId, holder: &str) -> Result<(), PortError> {
        let mut leases = self.leases.lock().unwrap();
        if leases.get(id).is_some_and(|(h, _)| h == holder) {
            leases.remove(id);
        }
        Ok(())
    }
}
