//! The organisation's settings: one item in the directory table.

use std::collections::HashMap;

use aws_sdk_dynamodb::types::{Put, TransactWriteItem};
use latchkey_core::PortError;
use latchkey_core::model::audit::AuditEvent;
use latchkey_core::model::schedule::ScheduleState;
use latchkey_core::model::settings::OrgSettings;
use serde::{Deserialize, Serialize};

use super::keys;
use super::shared::{Store, corrupt, invalid, number};

#[derive(Serialize, Deserialize)]
struct SettingsItem {
    pk: String,
    sk: String,
    settings: OrgSettings,
}

/// The settings; a fresh install's defaults until they are first saved.
pub(super) async fn read(store: &Store) -> Result<OrgSettings, PortError> {
    match store.get(&store.tables.directory, keys::settings(), "directory").await? {
        None => Ok(OrgSettings::default()),
        Some(item) => {
            let stored: SettingsItem = serde_dynamo::from_item(item).map_err(|e| corrupt("settings", e))?;
            Ok(stored.settings)
        }
    }
}

/// Saves the settings over the version read, with the event that says so.
pub(super) async fn save(store: &Store, settings: &OrgSettings, event: &AuditEvent) -> Result<(), PortError> {
    let (pk, sk) = keys::settings();
    let item = serde_dynamo::to_item(SettingsItem { pk, sk, settings: settings.clone() })
        .map_err(|e| corrupt("settings", e))?;
    // The version sits inside the settings map; an item saved before versions
    // existed counts as version 0.
    let names = HashMap::from([
        ("#s".to_string(), "settings".to_string()),
        ("#v".to_string(), "version".to_string()),
    ]);
    let (condition, previous) = match settings.version {
        0 => return Err(PortError::Conflict { what: "settings" }),
        1 => ("attribute_not_exists(pk) OR attribute_not_exists(#s.#v) OR #s.#v = :previous", 0),
        n => ("#s.#v = :previous", n - 1),
    };
    let put = Put::builder()
        .table_name(&store.tables.directory)
        .set_item(Some(item))
        .condition_expression(condition)
        .set_expression_attribute_names(Some(names))
        .expression_attribute_values(":previous", number(previous))
        .build()
        .map_err(|e| invalid("transaction item", e))?;
    let items = vec![TransactWriteItem::builder().put(put).build()];
    store.commit(items, [event], "directory").await
}

#[derive(Serialize, Deserialize)]
struct ScheduleItem {
    pk: String,
    sk: String,
    schedule: ScheduleState,
}

/// The scheduled work's progress; `None` before its first run.
pub(super) async fn read_schedule(store: &Store) -> Result<Option<ScheduleState>, PortError> {
    let item = store.get(&store.tables.directory, keys::schedule(), "directory").await?;
    item.map(|i| serde_dynamo::from_item::<_, ScheduleItem>(i).map(|s| s.schedule))
        .transpose()
        .map_err(|e| corrupt("schedule", e))
}

/// Saves the progress over the version read, with its events, all or nothing.
pub(super) async fn save_schedule(
    store: &Store,
    state: &ScheduleState,
    events: &[AuditEvent],
) -> Result<(), PortError> {
    let (pk, sk) = keys::schedule();
    let item = serde_dynamo::to_item(ScheduleItem { pk, sk, schedule: state.clone() })
        .map_err(|e| corrupt("schedule", e))?;
    let names = HashMap::from([
        ("#s".to_string(), "schedule".to_string()),
        ("#v".to_string(), "version".to_string()),
    ]);
    let (condition, previous) = match state.version {
        0 => return Err(PortError::Conflict { what: "schedule" }),
        1 => ("attribute_not_exists(pk)", 0),
        n => ("#s.#v = :previous", n - 1),
    };
    let mut put = Put::builder()
        .table_name(&store.tables.directory)
        .set_item(Some(item))
        .condition_expression(condition);
    if previous > 0 {
        put = put
            .set_expression_attribute_names(Some(names))
            .expression_attribute_values(":previous", number(previous));
    }
    let put = put.build().map_err(|e| invalid("transaction item", e))?;
    let items = vec![TransactWriteItem::builder().put(put).build()];
    store.commit(items, events, "directory").await
}
