//! The flow store port: reset flows and try counters in maps.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use crate::model::audit::AuditEvent;
use crate::model::error::PortError;
use crate::model::flow::ResetFlow;
use crate::model::tries::{Counter, Limit, Taken};
use crate::model::user::User;
use crate::ports::FlowStore;

use super::*;

/// Flows and try counters in maps; completion writes the user through the
/// shared [`FakeDirectory`] under one lock order, so it is all-or-nothing.
pub struct FakeFlows {
    pub resets: Mutex<HashMap<String, ResetFlow>>,
    pub counters: Mutex<HashMap<String, Counter>>,
    directory: Arc<FakeDirectory>,
    audit: Arc<FakeAudit>,
}

impl FakeFlows {
    pub fn new(directory: Arc<FakeDirectory>, audit: Arc<FakeAudit>) -> Self {
        Self { resets: Mutex::default(), counters: Mutex::default(), directory, audit }
    }
}

fn versioned_ok(stored: Option<u64>, new: u64) -> bool {
    match stored {
        None => new == 1,
        Some(v) => v + 1 == new,
    }
}

#[async_trait]
impl FlowStore for FakeFlows {
    async fn reset(&self, key: &str) -> Result<Option<ResetFlow>, PortError> {
        Ok(self.resets.lock().unwrap().get(key).cloned())
    }
    async fn save_reset(&self, flow: &ResetFlow, events: &[AuditEvent]) -> Result<(), PortError> {
        let mut resets = self.resets.lock().unwrap();
        if !versioned_ok(resets.get(flow.key()).map(ResetFlow::version), flow.version()) {
            return Err(PortError::Conflict { what: "reset flow" });
        }
        resets.insert(flow.key().to_owned(), flow.clone());
        self.audit.events.lock().unwrap().extend_from_slice(events);
        Ok(())
    }
    async fn complete_reset(
        &self,
        flow: &ResetFlow,
        user: &User,
        events: &[AuditEvent],
    ) -> Result<(), PortError> {
        let mut resets = self.resets.lock().unwrap();
        let mut users = self.directory.users.lock().unwrap();
        let flow_ok = versioned_ok(resets.get(flow.key()).map(ResetFlow::version), flow.version());
        let user_ok = users.get(&user.id).is_some_and(|u| u.version + 1 == user.version);
        if !flow_ok || !user_ok {
            return Err(PortError::Conflict { what: "reset completion" });
        }
        resets.insert(flow.key().to_owned(), flow.clone());
        users.insert(user.id.clone(), user.clone());
        self.audit.events.lock().unwrap().extend_from_slice(events);
        Ok(())
    }
    async fn take_try(&self, limit: &Limit, now: DateTime<Utc>) -> Result<Taken, PortError> {
        let mut counters = self.counters.lock().unwrap();
        let (next, taken) = Counter::take(counters.get(&limit.key), limit, now);
        counters.insert(limit.key.clone(), next);
        Ok(taken)
    }
    async fn counter(&self, key: &str) -> Result<Option<Counter>, PortError> {
        Ok(self.counters.lock().unwrap().get(key).cloned())
    }
    async fn release_try(&self, key: &str) -> Result<(), PortError> {
        if let Some(c) = self.counters.lock().unwrap().get_mut(key) {
            c.tries = c.tries.saturating_sub(1);
        }
        Ok(())
    }
    async fn clear_tries(&self, key: &str) -> Result<(), PortError> {
        self.counters.lock().unwrap().remove(key);
        Ok(())
    }
}
