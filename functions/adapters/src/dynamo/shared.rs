//! What every table's code shares: the client with the table names, item
//! and key conversion, conditional writes, and the mapping of failures.

use std::collections::HashMap;

use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::types::{AttributeValue, Put, TransactWriteItem};
use latchkey_core::PortError;
use latchkey_core::model::audit::{AuditEvent, Retention};

use super::audit::write as audit_write;
use super::keys::Key;
use crate::aws::classify;
use crate::config::TableNames;

/// An item as the SDK holds it.
pub(super) type Item = HashMap<String, AttributeValue>;

/// The client, the tables and how long audit events are kept: what each
/// store's writes need.
pub(super) struct Store {
    pub(super) client: Client,
    pub(super) tables: TableNames,
    pub(super) retention: Retention,
}

impl Store {
    pub(super) fn new(client: Client, tables: TableNames, retention: Retention) -> Self {
        Self { client, tables, retention }
    }

    /// The item under `key` in `table`, read consistently; `None` when there is none.
    pub(super) async fn get(
        &self,
        table: &str,
        key_of: Key,
        what: &'static str,
    ) -> Result<Option<Item>, PortError> {
        let out = self
            .client
            .get_item()
            .table_name(table)
            .set_key(Some(key(key_of)))
            .consistent_read(true)
            .send()
            .await
            .map_err(|e| classify(what, e))?;
        Ok(out.item)
    }

    /// Every item of partition `pk` whose sort key starts with `prefix`, read
    /// consistently, page by page (one Query each, never a scan).
    pub(super) async fn query_prefix(
        &self,
        table: &str,
        (pk, prefix): Key,
        what: &'static str,
    ) -> Result<Vec<Item>, PortError> {
        let mut items = Vec::new();
        let mut start = None;
        loop {
            let out = self
                .client
                .query()
                .table_name(table)
                .key_condition_expression("pk = :pk AND begins_with(sk, :prefix)")
                .expression_attribute_values(":pk", AttributeValue::S(pk.clone()))
                .expression_attribute_values(":prefix", AttributeValue::S(prefix.clone()))
                .consistent_read(true)
                .set_exclusive_start_key(start)
                .send()
                .await
                .map_err(|e| classify(what, e))?;
            items.extend(out.items.unwrap_or_default());
            start = out.last_evaluated_key;
            if start.is_none() {
                return Ok(items);
            }
        }
    }

    /// Writes `items` in one transaction: all of them or none.
    pub(super) async fn transact(
        &self,
        items: Vec<TransactWriteItem>,
        what: &'static str,
    ) -> Result<(), PortError> {
        self.client
            .transact_write_items()
            .set_transact_items(Some(items))
            .send()
            .await
            .map_err(|e| classify(what, e))?;
        Ok(())
    }

    /// Writes `items` and the audit events that record them in one
    /// transaction: the change and its record, or neither.
    pub(super) async fn commit<'e>(
        &self,
        mut items: Vec<TransactWriteItem>,
        events: impl IntoIterator<Item = &'e AuditEvent>,
        what: &'static str,
    ) -> Result<(), PortError> {
        items.extend(self.audit_puts(events)?);
        self.transact(items, what).await
    }

    /// The transaction items that record `events` with the state change they
    /// belong to.
    pub(super) fn audit_puts<'e>(
        &self,
        events: impl IntoIterator<Item = &'e AuditEvent>,
    ) -> Result<Vec<TransactWriteItem>, PortError> {
        events.into_iter().map(|event| audit_write::put(&self.tables.audit, self.retention, event)).collect()
    }
}

/// The key attributes of an item.
pub(super) fn key((pk, sk): Key) -> Item {
    HashMap::from([("pk".to_string(), AttributeValue::S(pk)), ("sk".to_string(), AttributeValue::S(sk))])
}

/// A string attribute of an item; empty when it has none.
pub(super) fn text(item: &Item, name: &str) -> String {
    match item.get(name) {
        Some(AttributeValue::S(v)) => v.clone(),
        _ => String::new(),
    }
}

/// A number attribute value.
pub(super) fn number(value: impl ToString) -> AttributeValue {
    AttributeValue::N(value.to_string())
}

/// A transaction item that writes `item` only if `condition` holds.
pub(super) fn conditional_put(
    table: &str,
    item: Item,
    condition: &str,
    values: Option<Item>,
) -> Result<TransactWriteItem, PortError> {
    let put = Put::builder()
        .table_name(table)
        .set_item(Some(item))
        .condition_expression(condition)
        .set_expression_attribute_values(values)
        .build()
        .map_err(|e| invalid("transaction item", e))?;
    Ok(TransactWriteItem::builder().put(put).build())
}

/// A transaction item that writes `item` only if it does not exist yet.
pub(super) fn create_put(table: &str, item: Item) -> Result<TransactWriteItem, PortError> {
    conditional_put(table, item, "attribute_not_exists(pk)", None)
}

/// Optimistic concurrency: version 1 must be new, version n must replace
/// version n − 1. Returns the condition and its values.
fn version_condition(version: u64) -> Result<(&'static str, Option<Item>), PortError> {
    match version {
        0 => Err(PortError::Conflict { what: "versioned item" }),
        1 => Ok(("attribute_not_exists(pk)", None)),
        n => {
            let values = HashMap::from([(":previous".to_string(), number(n - 1))]);
            Ok(("version = :previous", Some(values)))
        }
    }
}

/// A transaction item that writes `item` at `version` over the version
/// before it (or as new, at version 1).
pub(super) fn versioned_put(table: &str, item: Item, version: u64) -> Result<TransactWriteItem, PortError> {
    let (condition, values) = version_condition(version)?;
    conditional_put(table, item, condition, values)
}

/// A stored item that does not read back as its type.
pub(super) fn corrupt(
    what: &'static str,
    err: impl Into<Box<dyn std::error::Error + Send + Sync>>,
) -> PortError {
    PortError::Failed { what, source: err.into() }
}

/// A request the SDK refused to build.
pub(super) fn invalid(what: &'static str, err: aws_sdk_dynamodb::error::BuildError) -> PortError {
    PortError::Failed { what, source: Box::new(err) }
}

/// A conditional write's answer: `None` when its condition did not hold
/// (another request got there first, or there was nothing to take), which
/// is then an answer, not an error.
pub(super) fn unless_conditional<T>(result: Result<T, PortError>) -> Result<Option<T>, PortError> {
    match result {
        Ok(out) => Ok(Some(out)),
        Err(PortError::Conflict { .. }) => Ok(None),
        Err(err) => Err(err),
    }
}
