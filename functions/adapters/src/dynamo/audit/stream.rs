//! Audit events as the table's change stream carries them, for the event
//! bus (`events.rs`).

use latchkey_core::PortError;
use latchkey_core::model::audit::AuditEvent;

use super::write::AuditItem;
use crate::dynamo::shared::corrupt;

/// A stored audit item as the change stream carries it: the event, or
/// `None` for an item that is no new event (one the shard migration moved).
pub fn committed_audit_event(image: serde_dynamo::Item) -> Result<Option<AuditEvent>, PortError> {
    let item: AuditItem = serde_dynamo::from_item(image).map_err(|e| corrupt("audit event", e))?;
    Ok((!item.moved).then(|| AuditEvent::from(item)))
}
