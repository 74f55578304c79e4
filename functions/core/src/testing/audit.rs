//! The audit log port, in a vector.

use std::sync::Mutex;

use async_trait::async_trait;

use crate::model::audit::AuditEvent;
use crate::model::error::PortError;
use crate::model::values::UserId;
use crate::ports::AuditLog;

/// Audit events in a vector.
#[derive(Default)]
pub struct FakeAudit {
    pub events: Mutex<Vec<AuditEvent>>,
}

#[async_trait]
impl AuditLog for FakeAudit {
    async fn record(&self, event: &AuditEvent) -> Result<(), PortError> {
        self.events.lock().unwrap().push(event.clone());
        Ok(())
    }
    async fn for_user(&self, user: &UserId, limit: usize) -> Result<Vec<AuditEvent>, PortError> {
        let events = self.events.lock().unwrap();
        Ok(events.iter().rev().filter(|e| e.target.as_ref() == Some(user)).take(limit).cloned().collect())
    }
    async fn for_target_name(&self, name: &str, limit: usize) -> Result<Vec<AuditEvent>, PortError> {
        let events = self.events.lock().unwrap();
        Ok(events
            .iter()
            .rev()
            .filter(|e| e.target_name.as_deref() == Some(name))
            .take(limit)
            .cloned()
            .collect())
    }

    fn retention(&self) -> crate::model::audit::Retention {
        crate::model::audit::Retention::DEFAULT
    }

    async fn activity(
        &self,
        query: &crate::model::audit::ActivityQuery,
    ) -> Result<crate::model::audit::ActivityPage, PortError> {
        let mut events: Vec<AuditEvent> = self
            .events
            .lock()
            .unwrap()
            .iter()
            .filter(|e| e.at >= query.from && e.at <= query.to && query.matches(e))
            .filter(|e| query.after.as_ref().is_none_or(|after| e.position() < *after))
            .cloned()
            .collect();
        events.sort_by_key(|e| std::cmp::Reverse(e.position()));
        let more = events.len() > query.limit;
        events.truncate(query.limit);
        let next = if more { events.last().map(AuditEvent::position) } else { None };
        Ok(crate::model::audit::ActivityPage { events, next, actor_names: Default::default() })
    }

    async fn all_activity(
        &self,
        query: &crate::model::audit::ActivityQuery,
        max: usize,
    ) -> Result<(Vec<AuditEvent>, bool), PortError> {
        let everything =
            crate::model::audit::ActivityQuery { limit: usize::MAX, after: None, ..query.clone() };
        let mut events = self.activity(&everything).await?.events;
        let complete = events.len() <= max;
        events.truncate(max);
        Ok((events, complete))
    }
}
