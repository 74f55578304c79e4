//! The API clients' store.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use crate::model::audit::AuditEvent;
use crate::model::error::PortError;

use super::*;

/// API clients, in memory.
#[derive(Default)]
pub struct FakeClients {
    pub clients: Mutex<HashMap<crate::model::clients::ClientId, crate::model::clients::ApiClient>>,
    audit: Option<Arc<FakeAudit>>,
}

impl FakeClients {
    pub fn new(audit: Arc<FakeAudit>) -> Self {
        Self { audit: Some(audit), ..Default::default() }
    }
    fn record(&self, event: &AuditEvent) {
        if let Some(audit) = &self.audit {
            audit.events.lock().unwrap().push(event.clone());
        }
    }
}

#[async_trait]
impl crate::ports::ClientStore for FakeClients {
    async fn create_client(
        &self,
        client: &crate::model::clients::ApiClient,
        event: &AuditEvent,
    ) -> Result<(), PortError> {
        let mut clients = self.clients.lock().unwrap();
        if clients.contains_key(&client.id) {
            return Err(PortError::Conflict { what: "client" });
        }
        clients.insert(client.id.clone(), client.clone());
        self.record(event);
        Ok(())
    }
    async fn client(
        &self,
        id: &crate::model::clients::ClientId,
    ) -> Result<Option<crate::model::clients::ApiClient>, PortError> {
        Ok(self.clients.lock().unwrap().get(id).cloned())
    }
    async fn clients(&self) -> Result<Vec<crate::model::clients::ApiClient>, PortError> {
        Ok(self.clients.lock().unwrap().values().cloned().collect())
    }
    async fn update_client(
        &self,
        client: &crate::model::clients::ApiClient,
        event: &AuditEvent,
    ) -> Result<(), PortError> {
        let mut clients = self.clients.lock().unwrap();
        match clients.get(&client.id) {
            Some(stored) if stored.version + 1 == client.version => {
                clients.insert(client.id.clone(), client.clone());
                self.record(event);
                Ok(())
            }
            _ => Err(PortError::Conflict { what: "client" }),
        }
    }
    async fn delete_client(
        &self,
        id: &crate::model::clients::ClientId,
        event: &AuditEvent,
    ) -> Result<(), PortError> {
        match self.clients.lock().unwrap().remove(id) {
            Some(_) => {
                self.record(event);
                Ok(())
            }
            None => Err(PortError::Conflict { what: "client" }),
        }
    }
    async fn touch_client(
        &self,
        id: &crate::model::clients::ClientId,
        now: DateTime<Utc>,
    ) -> Result<(), PortError> {
        if let Some(c) = self.clients.lock().unwrap().get_mut(id) {
            c.last_used_at = Some(now);
        }
        Ok(())
    }
}
