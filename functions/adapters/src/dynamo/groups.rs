//! Groups in the directory table: a record per group with its member count,
//! and an entry per (group, member) in the group's partition.
//!
//! Why an entry per (group, member) rather than an index on the users: a
//! user is in many groups and a GSI key holds one value, so no index of the
//! user items can list a group. With the entries in the group's own
//! partition, a page of members is one Query (sorted by username, read
//! consistently) plus one BatchGetItem of those users, whether the group
//! has ten members or a million; the count is kept on the group record by
//! `ADD` in the same transaction as every join and leave, so listing groups
//! is one Query of `by_kind` and never counts anything. A million-member
//! partition is fine: no local index caps its size, and its writes are the
//! members' own edits.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use aws_sdk_dynamodb::types::{AttributeValue, ConditionCheck, Delete, Put, TransactWriteItem, Update};
use chrono::{DateTime, Utc};
use latchkey_core::PortError;
use latchkey_core::model::audit::AuditEvent;
use latchkey_core::model::groups::{Group, Regroup};
use latchkey_core::model::user::User;
use latchkey_core::model::values::{GroupName, UserId, Username};
use serde::{Deserialize, Serialize};

use super::directory::batch_get;
use super::index;
use super::keys::{self, Key};
use super::shared::{Item, Store, conditional_put, corrupt, create_put, invalid, key, number, text};
use super::users;
use crate::aws::classify;

/// A group as stored; `members` is kept by `ADD` (never by a put that has
/// not checked it).
#[derive(Serialize, Deserialize)]
pub(super) struct GroupItem {
    pk: String,
    sk: String,
    gsi1pk: String,
    gsi1sk: String,
    pub(super) name: GroupName,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    created_at: DateTime<Utc>,
    #[serde(default)]
    pub(super) members: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    renaming_to: Option<GroupName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    external_id: Option<String>,
    version: u64,
}

impl From<&Group> for GroupItem {
    fn from(g: &Group) -> Self {
        let (pk, sk) = keys::group(&g.name);
        Self {
            pk,
            sk,
            gsi1pk: keys::group_kind(),
            gsi1sk: g.name.to_string(),
            name: g.name.clone(),
            description: g.description.clone(),
            created_at: g.created_at,
            members: i64::try_from(g.members).unwrap_or(i64::MAX),
            renaming_to: g.renaming_to.clone(),
            external_id: g.external_id.clone(),
            version: g.version,
        }
    }
}

impl From<GroupItem> for Group {
    fn from(i: GroupItem) -> Self {
        Group {
            name: i.name,
            description: i.description,
            created_at: i.created_at,
            members: u64::try_from(i.members).unwrap_or(0),
            renaming_to: i.renaming_to,
            external_id: i.external_id,
            version: i.version,
        }
    }
}

/// One member of a group as stored.
#[derive(Serialize, Deserialize)]
pub(super) struct MemberItem {
    pk: String,
    sk: String,
    user_id: UserId,
}

impl MemberItem {
    /// `user`'s entry in `group`.
    pub(super) fn new(group: &GroupName, user: &User) -> Self {
        let (pk, sk) = keys::member(group, &user.username);
        Self { pk, sk, user_id: user.id.clone() }
    }
}

pub(super) fn group_of(item: Item) -> Result<GroupItem, PortError> {
    serde_dynamo::from_item(item).map_err(|e| corrupt("group", e))
}

/// A member entry's put (a join) or conditional delete (a leave).
fn member_write(
    table: &str,
    group: &GroupName,
    user: &User,
    join: bool,
) -> Result<TransactWriteItem, PortError> {
    if join {
        let item =
            serde_dynamo::to_item(MemberItem::new(group, user)).map_err(|e| corrupt("group member", e))?;
        let put = Put::builder()
            .table_name(table)
            .set_item(Some(item))
            .build()
            .map_err(|e| invalid("group member", e))?;
        return Ok(TransactWriteItem::builder().put(put).build());
    }
    let delete = Delete::builder()
        .table_name(table)
        .set_key(Some(key(keys::member(group, &user.username))))
        .condition_expression("attribute_exists(pk)")
        .build()
        .map_err(|e| invalid("group member", e))?;
    Ok(TransactWriteItem::builder().delete(delete).build())
}

/// A check that `parts` names no item (a member entry the write relies on
/// being absent).
fn absent(table: &str, parts: Key) -> Result<TransactWriteItem, PortError> {
    let check = ConditionCheck::builder()
        .table_name(table)
        .set_key(Some(key(parts)))
        .condition_expression("attribute_not_exists(pk)")
        .build()
        .map_err(|e| invalid("group member", e))?;
    Ok(TransactWriteItem::builder().condition_check(check).build())
}

/// Adds `delta` to a group's member count, only where the group exists; a
/// decrement also only where the count covers it. `stored` is the count as
/// read (for decrements): a count already below what leaves (one stored
/// wrong by an earlier release) is set to zero instead, guarded by that read,
/// so no count ever goes negative.
fn count_write(
    table: &str,
    group: &GroupName,
    delta: i64,
    stored: Option<i64>,
) -> Result<TransactWriteItem, PortError> {
    let update = Update::builder().table_name(table).set_key(Some(key(keys::group(group))));
    let update = match stored {
        Some(current) if delta < 0 && current < -delta => update
            .update_expression("SET members = :zero")
            .condition_expression("members = :current")
            .expression_attribute_values(":zero", number(0))
            .expression_attribute_values(":current", number(current)),
        _ if delta < 0 => update
            .update_expression("ADD members :d")
            .condition_expression("attribute_exists(pk) AND members >= :need")
            .expression_attribute_values(":d", number(delta))
            .expression_attribute_values(":need", number(-delta)),
        _ => update
            .update_expression("ADD members :d")
            .condition_expression("attribute_exists(pk)")
            .expression_attribute_values(":d", number(delta)),
    };
    let update = update.build().map_err(|e| invalid("group count", e))?;
    Ok(TransactWriteItem::builder().update(update).build())
}

/// The index writes of users going from the groups `before` to theirs:
/// member entries and counts. A leave reads the entry and the count
/// first: a member stored before the index existed has no entry and was
/// never counted, so leaving takes nothing off (and checks the entry is
/// still absent); a count stored too low is repaired to zero rather than
/// driven negative (see [`count_write`]).
pub(super) async fn index_writes(
    store: &Store,
    moves: &[(&User, &BTreeSet<GroupName>)],
) -> Result<Vec<TransactWriteItem>, PortError> {
    let table = &store.tables.directory;
    let leaves: Vec<(&User, &GroupName)> =
        moves.iter().flat_map(|(user, before)| before.difference(&user.groups).map(|g| (*user, g))).collect();
    let mut present = BTreeSet::new();
    let mut stored = BTreeMap::new();
    if !leaves.is_empty() {
        let mut wanted: Vec<Item> = leaves.iter().map(|(u, g)| key(keys::member(g, &u.username))).collect();
        let groups: BTreeSet<&GroupName> = leaves.iter().map(|(_, g)| *g).collect();
        wanted.extend(groups.iter().map(|g| key(keys::group(g))));
        for item in batch_get(store, wanted).await? {
            if keys::is_group_record(&text(&item, "sk")) {
                let group = group_of(item)?;
                stored.insert(group.name, group.members);
            } else {
                present.insert((text(&item, "pk"), text(&item, "sk")));
            }
        }
    }
    let mut items = Vec::new();
    let mut deltas: BTreeMap<&GroupName, i64> = BTreeMap::new();
    for (user, before) in moves {
        for group in user.groups.difference(before) {
            items.push(member_write(table, group, user, true)?);
            *deltas.entry(group).or_default() += 1;
        }
    }
    for (user, group) in leaves {
        let entry = keys::member(group, &user.username);
        if present.contains(&entry) {
            items.push(member_write(table, group, user, false)?);
            *deltas.entry(group).or_default() -= 1;
        } else {
            items.push(absent(table, entry)?);
        }
    }
    for (group, delta) in deltas.into_iter().filter(|(_, d)| *d != 0) {
        items.push(count_write(table, group, delta, stored.get(group).copied())?);
    }
    Ok(items)
}

pub(super) async fn page(
    store: &Store,
    after: Option<&GroupName>,
    limit: usize,
) -> Result<Vec<Group>, PortError> {
    let s = |v: &str| AttributeValue::S(v.to_owned());
    let mut groups = Vec::new();
    let mut start: Option<Item> = None;
    loop {
        let mut query = store
            .client
            .query()
            .table_name(&store.tables.directory)
            .index_name(index::DIRECTORY_BY_KIND)
            .expression_attribute_values(":k", AttributeValue::S(keys::group_kind()))
            .limit(i32::try_from(limit - groups.len()).unwrap_or(i32::MAX))
            .set_exclusive_start_key(start.take());
        query = match after {
            Some(after) => query
                .key_condition_expression("gsi1pk = :k AND gsi1sk > :after")
                .expression_attribute_values(":after", s(after.as_str())),
            None => query.key_condition_expression("gsi1pk = :k"),
        };
        let out = query.send().await.map_err(|e| classify("directory", e))?;
        for item in out.items.unwrap_or_default() {
            groups.push(group_of(item)?.into());
        }
        match out.last_evaluated_key {
            Some(key) if !key.is_empty() && groups.len() < limit => start = Some(key),
            _ => return Ok(groups),
        }
    }
}

pub(super) async fn get(store: &Store, name: &GroupName) -> Result<Option<Group>, PortError> {
    let item = store.get(&store.tables.directory, keys::group(name), "directory").await?;
    Ok(item.map(group_of).transpose()?.map(Group::from))
}

pub(super) async fn create(store: &Store, group: &Group, event: &AuditEvent) -> Result<(), PortError> {
    let item = serde_dynamo::to_item(GroupItem::from(group)).map_err(|e| corrupt("group", e))?;
    let items = vec![create_put(&store.tables.directory, item)?];
    store.commit(items, [event], "directory").await
}

pub(super) async fn update(store: &Store, group: &Group, events: &[AuditEvent]) -> Result<(), PortError> {
    let item = serde_dynamo::to_item(GroupItem::from(group)).map_err(|e| corrupt("group", e))?;
    // A whole-item put: it must not undo a join or leave since the read.
    let previous = i64::try_from(group.version.saturating_sub(1)).unwrap_or(0);
    let values = HashMap::from([
        (":previous".to_string(), number(previous)),
        (":members".to_string(), number(i64::try_from(group.members).unwrap_or(i64::MAX))),
    ]);
    let condition = "version = :previous AND members = :members";
    let items = vec![conditional_put(&store.tables.directory, item, condition, Some(values))?];
    store.commit(items, events, "directory").await
}

/// Deletes a group that has no members.
pub(super) async fn delete(store: &Store, group: &Group, event: &AuditEvent) -> Result<(), PortError> {
    let delete = Delete::builder()
        .table_name(&store.tables.directory)
        .set_key(Some(key(keys::group(&group.name))))
        .condition_expression("attribute_exists(pk) AND (attribute_not_exists(members) OR members <= :zero)")
        .expression_attribute_values(":zero", number(0))
        .build()
        .map_err(|e| invalid("group", e))?;
    let items = vec![TransactWriteItem::builder().delete(delete).build()];
    store.commit(items, [event], "directory").await
}

pub(super) async fn members(
    store: &Store,
    group: &GroupName,
    after: Option<&Username>,
    limit: usize,
) -> Result<Vec<User>, PortError> {
    let s = |v: String| AttributeValue::S(v);
    let (pk, _) = keys::group(group);
    let mut ids = Vec::new();
    let mut start: Option<Item> = None;
    loop {
        let mut query = store
            .client
            .query()
            .table_name(&store.tables.directory)
            .consistent_read(true)
            .expression_attribute_values(":pk", s(pk.clone()))
            .limit(i32::try_from(limit - ids.len()).unwrap_or(i32::MAX))
            .set_exclusive_start_key(start.take());
        // Member entries sort after the group's own record.
        query = match after {
            Some(after) => query
                .key_condition_expression("pk = :pk AND sk > :after")
                .expression_attribute_values(":after", s(keys::member(group, after).1)),
            None => query
                .key_condition_expression("pk = :pk AND begins_with(sk, :members)")
                .expression_attribute_values(":members", s(keys::member_prefix())),
        };
        let out = query.send().await.map_err(|e| classify("directory", e))?;
        for item in out.items.unwrap_or_default() {
            let stored: MemberItem = serde_dynamo::from_item(item).map_err(|e| corrupt("group member", e))?;
            ids.push(stored.user_id);
        }
        match out.last_evaluated_key {
            Some(key) if !key.is_empty() && ids.len() < limit => start = Some(key),
            _ => break,
        }
    }
    users::by_ids(store, &ids).await
}

/// Users joining and leaving groups: each user at the version read, with
/// the entries and counts of the groups they join and leave.
pub(super) async fn regroup(
    store: &Store,
    changes: &[Regroup],
    events: &[AuditEvent],
) -> Result<(), PortError> {
    let mut items = Vec::new();
    for change in changes {
        items.push(users::replace(&store.tables.directory, &change.user)?);
        // An edit may rename as it regroups: the word index follows.
        let before = super::words::stored(store, &change.user.id).await?;
        items.extend(super::words::changes(&store.tables.directory, &change.user, &before)?);
    }
    let moves: Vec<_> = changes.iter().map(|c| (&c.user, &c.before)).collect();
    items.extend(index_writes(store, &moves).await?);
    store.commit(items, events, "directory").await
}

#[cfg(test)]
mod tests {
    use super::super::mock::{Requests, Transaction, Written, event};
    use super::*;

    #[tokio::test]
    async fn a_group_is_saved_over_the_version_and_the_count_it_read() {
        let requests = Requests::answering_writes();
        let store = requests.store();
        let group = Group {
            name: GroupName::parse("staff").unwrap(),
            description: Some("Everyone".into()),
            created_at: DateTime::from_timestamp(1_700_000_000, 0).unwrap(),
            members: 12,
            renaming_to: None,
            external_id: None,
            version: 3,
        };

        update(&store, &group, &[event()]).await.unwrap();

        let sent = requests.transactions();
        let puts = sent[0].puts();
        assert_eq!(puts.len(), 2, "the group and its event");
        assert_eq!(puts[0].table_name(), "directory");
        assert_eq!(puts[0].key(), keys::group(&group.name));
        assert_eq!(puts[0].condition_expression(), Some("version = :previous AND members = :members"));
        assert_eq!(puts[0].value(":previous"), Some(number(2)));
        assert_eq!(puts[0].value(":members"), Some(number(12)));
    }
}
