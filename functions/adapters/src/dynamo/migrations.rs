//! One-off data migrations, run by bootstrap: each records that it ran to
//! completion (`MIGRATION#<name>` / `DONE` in the directory table), so that
//! it is paid once and not on every start.

use std::collections::BTreeSet;

use aws_sdk_dynamodb::types::{AttributeValue, ConditionCheck, Select, TransactWriteItem, Update};
use chrono::{DateTime, Utc};
use latchkey_core::PortError;
use latchkey_core::model::search::{Direction, UserIndex};
use latchkey_core::model::user::User;
use latchkey_core::model::values::GroupName;
use serde::{Deserialize, Serialize};

use super::audit::write::AuditItem;
use super::directory::batch_get;
use super::groups::{MemberItem, group_of};
use super::keys;
use super::shared::{Item, Store, corrupt, create_put, invalid, key, number, text};
use super::{DynamoAudit, DynamoDirectory, groups, users};
use crate::aws::classify;

#[derive(Serialize, Deserialize)]
struct MigrationItem {
    pk: String,
    sk: String,
    completed_at: DateTime<Utc>,
}

/// Whether the one-off migration `name` ran to completion.
pub(super) async fn migrated(store: &Store, name: &str) -> Result<bool, PortError> {
    Ok(store.get(&store.tables.directory, keys::migration(name), "directory").await?.is_some())
}

/// Records that the migration `name` ran to completion.
pub(super) async fn mark_migrated(store: &Store, name: &str, now: DateTime<Utc>) -> Result<(), PortError> {
    let (pk, sk) = keys::migration(name);
    let item = serde_dynamo::to_item(MigrationItem { pk, sk, completed_at: now })
        .map_err(|e| corrupt("migration", e))?;
    store
        .client
        .put_item()
        .table_name(&store.tables.directory)
        .set_item(Some(item))
        .send()
        .await
        .map_err(|e| classify("directory", e))?;
    Ok(())
}

/// What [`DynamoDirectory::backfill_group_index`] did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Backfill {
    /// Member entries written for users stored before the group index.
    pub entries_added: usize,
    /// Group counts set to their number of entries.
    pub counts_corrected: usize,
    /// Users or groups that changed under the backfill every time it tried;
    /// the next run takes them.
    pub skipped: usize,
}

impl DynamoDirectory {
    /// Runs [`Self::backfill_group_index`] unless a complete run is already
    /// recorded, and records one that left nothing for later. The backfill
    /// reads every user, and bootstrap runs on every start of the local server
    /// and every deploy: once done, it must not be paid again. `None`: it had
    /// run before.
    pub async fn migrate_group_index(&self, now: DateTime<Utc>) -> Result<Option<Backfill>, PortError> {
        if migrated(&self.store, "group-index").await? {
            return Ok(None);
        }
        let done = self.backfill_group_index(now).await?;
        if done.skipped == 0 {
            mark_migrated(&self.store, "group-index", now).await?;
        }
        Ok(Some(done))
    }

    /// Brings data stored before the group index (member entries and group
    /// records) into it: each user's groups get their missing entries (and a
    /// group record where none exists), then each group's count is set to its
    /// number of entries, which also repairs a count an earlier leave drove
    /// negative. Idempotent: an entry is only written where none is (so no
    /// member is counted twice), guarded by the user's version so a
    /// concurrent join or leave wins and the user is read again.
    ///
    /// A one-off migration, run by bootstrap: it reads every user (a page at
    /// a time, through the `by_kind` index) and every group's entries.
    pub async fn backfill_group_index(&self, now: DateTime<Utc>) -> Result<Backfill, PortError> {
        let store = &self.store;
        let mut done = Backfill::default();
        let mut after: Option<String> = None;
        loop {
            let page =
                users::page(store, UserIndex::Username, "", after.as_deref(), 100, Direction::Ascending)
                    .await?;
            for user in &page {
                backfill_user(store, user, now, &mut done).await?;
            }
            match page.last() {
                Some(last) if page.len() == 100 => after = Some(last.username.to_string()),
                _ => break,
            }
        }
        let mut after: Option<GroupName> = None;
        loop {
            let page = groups::page(store, after.as_ref(), 100).await?;
            for group in &page {
                recount(store, &group.name, &mut done).await?;
            }
            match page.last() {
                Some(last) if page.len() == 100 => after = Some(last.name.clone()),
                _ => break,
            }
        }
        Ok(done)
    }
}

/// Writes the member entries `user`'s groups lack, rereading the user
/// when it changed meanwhile (a few times, then leaves it to the next run).
async fn backfill_user(
    store: &Store,
    user: &User,
    now: DateTime<Utc>,
    done: &mut Backfill,
) -> Result<(), PortError> {
    let mut user = user.clone();
    for _ in 0..3 {
        let wanted = user.groups.iter().map(|g| key(keys::member(g, &user.username))).collect();
        let present: BTreeSet<String> =
            batch_get(store, wanted).await?.iter().map(|item| text(item, "sk")).collect();
        let missing: Vec<&GroupName> =
            user.groups.iter().filter(|g| !present.contains(&keys::member(g, &user.username).1)).collect();
        if missing.is_empty() {
            return Ok(());
        }
        let mut written = 0;
        let mut conflict = false;
        // Two writes a group and the user's check: within a transaction's 100.
        for chunk in missing.chunks(40) {
            match store.transact(backfill_items(store, &user, chunk, now)?, "directory").await {
                Ok(()) => written += chunk.len(),
                Err(PortError::Conflict { .. }) => {
                    conflict = true;
                    break;
                }
                Err(err) => return Err(err),
            }
        }
        done.entries_added += written;
        if !conflict {
            return Ok(());
        }
        match users::by_id(store, &user.id).await? {
            Some(again) => user = again,
            None => return Ok(()),
        }
    }
    done.skipped += 1;
    Ok(())
}

/// One transaction's worth of backfill for `user`: their version is
/// unchanged, and for each group an entry where none is and the group's
/// record (created where missing) counting it.
fn backfill_items(
    store: &Store,
    user: &User,
    groups: &[&GroupName],
    now: DateTime<Utc>,
) -> Result<Vec<TransactWriteItem>, PortError> {
    let table = &store.tables.directory;
    let s = |v: String| AttributeValue::S(v);
    let check = ConditionCheck::builder()
        .table_name(table)
        .set_key(Some(key(keys::user(&user.id))))
        .condition_expression("version = :v")
        .expression_attribute_values(":v", number(user.version))
        .build()
        .map_err(|e| invalid("user", e))?;
    let mut items = vec![TransactWriteItem::builder().condition_check(check).build()];
    let created: AttributeValue = serde_dynamo::to_attribute_value(now).map_err(|e| corrupt("group", e))?;
    for group in groups {
        let entry =
            serde_dynamo::to_item(MemberItem::new(group, user)).map_err(|e| corrupt("group member", e))?;
        items.push(create_put(table, entry)?);
        let update = Update::builder()
            .table_name(table)
            .set_key(Some(key(keys::group(group))))
            .update_expression(
                "SET gsi1pk = if_not_exists(gsi1pk, :kind), gsi1sk = if_not_exists(gsi1sk, :name), \
                 #name = if_not_exists(#name, :name), created_at = if_not_exists(created_at, :now), \
                 version = if_not_exists(version, :one) ADD members :one",
            )
            .expression_attribute_names("#name", "name")
            .expression_attribute_values(":kind", s(keys::group_kind()))
            .expression_attribute_values(":name", s(group.to_string()))
            .expression_attribute_values(":now", created.clone())
            .expression_attribute_values(":one", number(1))
            .build()
            .map_err(|e| invalid("group count", e))?;
        items.push(TransactWriteItem::builder().update(update).build());
    }
    Ok(items)
}

/// Sets `group`'s count to its number of entries where they differ,
/// guarded by the count as read (a join or leave meanwhile wins).
async fn recount(store: &Store, group: &GroupName, done: &mut Backfill) -> Result<(), PortError> {
    let Some(item) = store.get(&store.tables.directory, keys::group(group), "directory").await? else {
        return Ok(());
    };
    let stored = group_of(item)?;
    let s = |v: String| AttributeValue::S(v);
    let mut entries: i64 = 0;
    let mut start: Option<Item> = None;
    loop {
        let out = store
            .client
            .query()
            .table_name(&store.tables.directory)
            .consistent_read(true)
            .select(Select::Count)
            .key_condition_expression("pk = :pk AND begins_with(sk, :members)")
            .expression_attribute_values(":pk", s(keys::group(group).0))
            .expression_attribute_values(":members", s(keys::member_prefix()))
            .set_exclusive_start_key(start.take())
            .send()
            .await
            .map_err(|e| classify("directory", e))?;
        entries += i64::from(out.count);
        match out.last_evaluated_key {
            Some(key) if !key.is_empty() => start = Some(key),
            _ => break,
        }
    }
    if entries == stored.members {
        return Ok(());
    }
    let result = store
        .client
        .update_item()
        .table_name(&store.tables.directory)
        .set_key(Some(key(keys::group(group))))
        .update_expression("SET members = :count")
        .condition_expression("members = :stored")
        .expression_attribute_values(":count", number(entries))
        .expression_attribute_values(":stored", number(stored.members))
        .send()
        .await;
    match result {
        Ok(_) => done.counts_corrected += 1,
        Err(err) => match classify("directory", err) {
            PortError::Conflict { .. } => done.skipped += 1,
            other => return Err(other),
        },
    }
    Ok(())
}

impl DynamoAudit {
    /// Moves events written before the shards (`pk` = `DAY#<date>`) into
    /// them, keeping each one's expiry, unless a complete run is recorded
    /// (in the directory table, beside the other migrations). `None`: it had
    /// run before; else how many events it moved.
    ///
    /// A one-off migration, run by bootstrap: unlike every request path it
    /// scans the table (the old keys cannot be listed otherwise). Each event
    /// is put under its new key, then its old item deleted: a run cut short
    /// puts the same item again next time, so nothing is lost or doubled.
    pub async fn migrate_to_shards(&self, now: DateTime<Utc>) -> Result<Option<u64>, PortError> {
        let store = &self.store;
        if migrated(store, "audit-shards").await? {
            return Ok(None);
        }
        let mut moved = 0;
        let mut start = None;
        loop {
            let out = store
                .client
                .scan()
                .table_name(&store.tables.audit)
                .filter_expression("begins_with(pk, :day)")
                .expression_attribute_values(":day", AttributeValue::S(keys::audit_legacy_day_prefix()))
                .set_exclusive_start_key(start.take())
                .send()
                .await
                .map_err(|e| classify("audit", e))?;
            for old in out.items.unwrap_or_default() {
                let item = AuditItem::resharded(old.clone(), store.retention)?;
                store
                    .client
                    .put_item()
                    .table_name(&store.tables.audit)
                    .set_item(Some(item))
                    .send()
                    .await
                    .map_err(|e| classify("audit", e))?;
                let old_key = old.into_iter().filter(|(name, _)| name == "pk" || name == "sk").collect();
                store
                    .client
                    .delete_item()
                    .table_name(&store.tables.audit)
                    .set_key(Some(old_key))
                    .send()
                    .await
                    .map_err(|e| classify("audit", e))?;
                moved += 1;
            }
            match out.last_evaluated_key {
                Some(key) if !key.is_empty() => start = Some(key),
                _ => break,
            }
        }
        mark_migrated(store, "audit-shards", now).await?;
        Ok(Some(moved))
    }
}
