//! The directory and the audit trail in DynamoDB.
//!
//! Directory table (`pk`, `sk`):
//! - `USER#<id>` / `PROFILE`: one user (GSI `by_kind`: `USER` / username, for listing)
//! - `USERNAME#<username>` / `CLAIM`: makes usernames unique, points at the id
//! - `ORG` / `SETTINGS`: the organisation's settings
//! - `GROUP#<name>` / `GROUP`: a group and its member count (GSI `by_kind`:
//!   `GROUP` / name, for listing)
//! - `GROUP#<name>` / `MEMBER#<username>`: one member of the group
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
//!
//! Audit table (`pk` = `AUDIT#<shard>`, `sk` = `<time>#<id>`), GSIs
//! `by_target` (`target_key` = `USER#<id>` or `NAME#<name>`, `sk`),
//! `by_actor` (`actor_key` = `ACTOR#<id>`, `sk`; sparse) and `by_activity`
//! (`activity_key` = `<activity>#<shard>`, `sk`; sparse: only the
//! self-service activity), TTL on `expires_at`.
//!
//! Why shards: every event is written "now", so whatever key holds the time
//! takes every write of the moment. The shard (from the event's random id)
//! spreads them over [`AUDIT_SHARDS`] keys, in the table and in the activity
//! index alike; a report reads each shard's newest-first range with one
//! Query and merges them. No key holds a date: the sort key's time bounds
//! each Query, so a range costs the same Queries whether it spans a minute
//! or a year, and an empty day costs nothing. Events written before the
//! shards (`pk` = `DAY#<date>`) are moved into them once, by bootstrap
//! ([`DynamoAudit::migrate_to_shards`]).
//!
//! Every state change goes in one `TransactWriteItems` with its audit events,
//! guarded by a condition on the user's `version`.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use async_trait::async_trait;
use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::types::{AttributeValue, Put, TransactWriteItem};
use chrono::{DateTime, Utc};
use latchkey_core::PortError;
use latchkey_core::audit::{Action, ActivityPage, ActivityQuery, AuditEvent, Outcome, Position, Retention};
use latchkey_core::groups::{Group, Regroup};
use latchkey_core::people::UserIndex;
use latchkey_core::ports::{AuditLog, Directory, FlowStore};
use latchkey_core::registration::Registration;
use latchkey_core::resets::{Challenge, FlowMethod, MethodKind, MethodTarget, ResetFlow};
use latchkey_core::settings::OrgSettings;
use latchkey_core::tries::{Counter, Limit, Taken};
use latchkey_core::types::{E164, Email, GroupName, UserId, Username};
use latchkey_core::user::{LockoutState, PasswordState, Role, SessionToken, User};
use serde::{Deserialize, Serialize};

use crate::aws::classify;
use crate::config::TableNames;

type Item = HashMap<String, AttributeValue>;

/// How many keys the audit trail's writes are spread over. Each takes a
/// sixteenth of the write rate (DynamoDB serves about 1,000 writes a second
/// per key whose writes all land at its newest end); a report reads them all
/// at once. Fixed: readers must know every shard a writer ever used.
pub const AUDIT_SHARDS: u8 = 16;

/// Names of the indexes, shared with the bootstrap and `template.yaml`.
pub mod index {
    /// Users by username (`gsi1pk` = `USER`, `gsi1sk` = username).
    pub const DIRECTORY_BY_KIND: &str = "by_kind";
    /// Users by lower-cased display name (`gsi2pk` / `gsi2sk`).
    pub const DIRECTORY_BY_DISPLAY_NAME: &str = "by_display_name";
    /// Users by lower-cased first email (`gsi3pk` / `gsi3sk`; sparse).
    pub const DIRECTORY_BY_EMAIL: &str = "by_email";
    pub const AUDIT_BY_TARGET: &str = "by_target";
    /// Events by who acted (`actor_key`, `sk`; sparse).
    pub const AUDIT_BY_ACTOR: &str = "by_actor";
    /// Self-service activity by type and shard (`activity_key`, `sk`; sparse).
    pub const AUDIT_BY_ACTIVITY: &str = "by_activity";
}

/// Key builders: the one place that knows how keys are spelt.
mod keys {
    use latchkey_core::types::{GroupName, UserId, Username};

    pub fn user(id: &UserId) -> (String, String) {
        (format!("USER#{id}"), "PROFILE".into())
    }
    pub fn username(name: &Username) -> (String, String) {
        (format!("USERNAME#{name}"), "CLAIM".into())
    }
    pub fn reset(digest: &str) -> String {
        format!("RESET#{digest}")
    }
    pub fn tries(digest: &str) -> String {
        format!("TRIES#{digest}")
    }
    pub fn group(name: &GroupName) -> (String, String) {
        (format!("GROUP#{name}"), "GROUP".into())
    }
    pub fn member(group: &GroupName, username: &Username) -> (String, String) {
        (format!("GROUP#{group}"), format!("MEMBER#{username}"))
    }
    pub const MEMBER_PREFIX: &str = "MEMBER#";
    pub fn settings() -> (String, String) {
        ("ORG".into(), "SETTINGS".into())
    }
    /// The record that a one-off data migration ran to completion.
    pub fn migration(name: &str) -> (String, String) {
        (format!("MIGRATION#{name}"), "DONE".into())
    }
    pub fn audit_target_user(id: &UserId) -> String {
        format!("USER#{id}")
    }
    pub fn audit_target_name(name: &str) -> String {
        format!("NAME#{name}")
    }
    pub fn audit_shard(shard: u8) -> String {
        format!("AUDIT#{shard:02}")
    }
    pub fn audit_actor(id: &UserId) -> String {
        format!("ACTOR#{id}")
    }
    pub fn audit_activity(activity: latchkey_core::audit::Activity, shard: u8) -> String {
        format!("{}#{shard:02}", activity.as_str())
    }
    /// Fixed-width time first, so the sort key orders events in time.
    pub fn audit_sort(at: &chrono::DateTime<chrono::Utc>, id: &str) -> String {
        format!("{}#{id}", at.format("%Y-%m-%dT%H:%M:%S%.6fZ"))
    }
    /// The lowest and highest sort keys of events at `at` (ids are hex, and
    /// `~` sorts after every hex digit).
    pub fn audit_sort_floor(at: &chrono::DateTime<chrono::Utc>) -> String {
        audit_sort(at, "")
    }
    pub fn audit_sort_ceiling(at: &chrono::DateTime<chrono::Utc>) -> String {
        audit_sort(at, "~")
    }
}

pub(crate) fn key((pk, sk): (String, String)) -> Item {
    HashMap::from([("pk".to_string(), AttributeValue::S(pk)), ("sk".to_string(), AttributeValue::S(sk))])
}

/// Every item of partition `pk` whose sort key starts with `prefix`, read
/// consistently, page by page (one Query each, never a scan).
pub(crate) async fn query_prefix(
    client: &Client,
    table: &str,
    (pk, prefix): (&str, &str),
    what: &'static str,
) -> Result<Vec<Item>, PortError> {
    let mut items = Vec::new();
    let mut start = None;
    loop {
        let out = client
            .query()
            .table_name(table)
            .key_condition_expression("pk = :pk AND begins_with(sk, :prefix)")
            .expression_attribute_values(":pk", AttributeValue::S(pk.into()))
            .expression_attribute_values(":prefix", AttributeValue::S(prefix.into()))
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

/// The item under `key`, read consistently; `None` when there is none.
pub(crate) async fn get_consistent(
    client: &Client,
    table: &str,
    key_of: (String, String),
    what: &'static str,
) -> Result<Option<Item>, PortError> {
    let out = client
        .get_item()
        .table_name(table)
        .set_key(Some(key(key_of)))
        .consistent_read(true)
        .send()
        .await
        .map_err(|e| classify(what, e))?;
    Ok(out.item)
}

pub(crate) fn corrupt(
    what: &'static str,
    err: impl Into<Box<dyn std::error::Error + Send + Sync>>,
) -> PortError {
    PortError::Failed { what, source: err.into() }
}

pub(crate) fn invalid(what: &'static str, err: aws_sdk_dynamodb::error::BuildError) -> PortError {
    PortError::Failed { what, source: Box::new(err) }
}

/// A user as stored. Private: the rest of the code sees only `User`.
#[derive(Serialize, Deserialize)]
struct UserItem {
    pk: String,
    sk: String,
    gsi1pk: String,
    gsi1sk: String,
    // The display-name and email indexes' keys (`people::UserIndex::sort_key`);
    // absent on items written before those indexes existed.
    #[serde(default)]
    gsi2pk: Option<String>,
    #[serde(default)]
    gsi2sk: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    gsi3pk: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    gsi3sk: Option<String>,
    id: UserId,
    username: Username,
    display_name: String,
    first_name: String,
    last_name: String,
    emails: Vec<Email>,
    phones: Vec<E164>,
    roles: BTreeSet<Role>,
    groups: BTreeSet<GroupName>,
    enabled: bool,
    password: Option<PasswordState>,
    must_change_password: bool,
    password_never_expires: bool,
    lockout: LockoutState,
    #[serde(default)]
    lock_epoch: u32,
    token_version: u32,
    // Absent on items written before password changes kept their session.
    #[serde(default)]
    kept_session: Option<KeptSessionItem>,
    created_at: DateTime<Utc>,
    last_sign_in_at: Option<DateTime<Utc>>,
    // Absent on items written before registration existed.
    #[serde(default)]
    registration: Registration,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    invitation: Option<latchkey_core::invitations::Invitation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    helpdesk_check: Option<latchkey_core::verification::HelpdeskCheck>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    synced: Option<latchkey_core::writeback::SyncedFrom>,
    version: u64,
}

#[derive(Serialize, Deserialize)]
struct KeptSessionItem {
    version: u32,
    token_id: String,
}

impl From<&User> for UserItem {
    fn from(u: &User) -> Self {
        let (pk, sk) = keys::user(&u.id);
        Self {
            pk,
            sk,
            gsi1pk: "USER".into(),
            gsi1sk: u.username.to_string(),
            gsi2pk: Some("USER".into()),
            gsi2sk: UserIndex::DisplayName.sort_key(u),
            gsi3pk: UserIndex::Email.sort_key(u).map(|_| "USER".into()),
            gsi3sk: UserIndex::Email.sort_key(u),
            id: u.id.clone(),
            username: u.username.clone(),
            display_name: u.display_name.clone(),
            first_name: u.first_name.clone(),
            last_name: u.last_name.clone(),
            emails: u.emails.clone(),
            phones: u.phones.clone(),
            roles: u.roles.clone(),
            groups: u.groups.clone(),
            enabled: u.enabled,
            password: u.password.clone(),
            must_change_password: u.must_change_password,
            password_never_expires: u.password_never_expires,
            lockout: u.lockout.clone(),
            lock_epoch: u.lock_epoch,
            token_version: u.token_version,
            kept_session: u
                .kept_session
                .as_ref()
                .map(|k| KeptSessionItem { version: k.version, token_id: k.id.clone() }),
            created_at: u.created_at,
            last_sign_in_at: u.last_sign_in_at,
            registration: u.registration.clone(),
            invitation: u.invitation.clone(),
            helpdesk_check: u.helpdesk_check.clone(),
            synced: u.synced.clone(),
            version: u.version,
        }
    }
}

impl From<UserItem> for User {
    fn from(i: UserItem) -> Self {
        User {
            id: i.id,
            username: i.username,
            display_name: i.display_name,
            first_name: i.first_name,
            last_name: i.last_name,
            emails: i.emails,
            phones: i.phones,
            roles: i.roles,
            groups: i.groups,
            enabled: i.enabled,
            password: i.password,
            must_change_password: i.must_change_password,
            password_never_expires: i.password_never_expires,
            lockout: i.lockout,
            lock_epoch: i.lock_epoch,
            token_version: i.token_version,
            kept_session: i.kept_session.map(|k| SessionToken::new(k.version, k.token_id)),
            created_at: i.created_at,
            last_sign_in_at: i.last_sign_in_at,
            registration: i.registration,
            invitation: i.invitation,
            helpdesk_check: i.helpdesk_check,
            synced: i.synced,
            version: i.version,
        }
    }
}

#[derive(Serialize, Deserialize)]
struct ClaimItem {
    pk: String,
    sk: String,
    user_id: UserId,
}

/// A group as stored; `members` is kept by `ADD` (never by a put that has
/// not checked it).
#[derive(Serialize, Deserialize)]
struct GroupItem {
    pk: String,
    sk: String,
    gsi1pk: String,
    gsi1sk: String,
    name: GroupName,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    created_at: DateTime<Utc>,
    #[serde(default)]
    members: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    renaming_to: Option<GroupName>,
    version: u64,
}

impl From<&Group> for GroupItem {
    fn from(g: &Group) -> Self {
        let (pk, sk) = keys::group(&g.name);
        Self {
            pk,
            sk,
            gsi1pk: "GROUP".into(),
            gsi1sk: g.name.to_string(),
            name: g.name.clone(),
            description: g.description.clone(),
            created_at: g.created_at,
            members: i64::try_from(g.members).unwrap_or(i64::MAX),
            renaming_to: g.renaming_to.clone(),
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
            version: i.version,
        }
    }
}

/// One member of a group as stored.
#[derive(Serialize, Deserialize)]
struct MemberItem {
    pk: String,
    sk: String,
    user_id: UserId,
}

#[derive(Serialize, Deserialize)]
struct SettingsItem {
    pk: String,
    sk: String,
    settings: OrgSettings,
}

#[derive(Serialize, Deserialize)]
struct MigrationItem {
    pk: String,
    sk: String,
    completed_at: DateTime<Utc>,
}

/// An audit event as stored.
#[derive(Serialize, Deserialize)]
struct AuditItem {
    pk: String,
    sk: String,
    target_key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    actor_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    activity_key: Option<String>,
    id: String,
    at: DateTime<Utc>,
    actor: Option<UserId>,
    target: Option<UserId>,
    target_name: Option<String>,
    action: Action,
    outcome: Outcome,
    reason: Option<String>,
    client_ip: Option<String>,
    user_agent: Option<String>,
    // Older items have none; a report's method filter reads this list.
    #[serde(default)]
    methods: Vec<MethodKind>,
    expires_at: i64,
    /// Put by the shard migration: an old event under its new key, not a
    /// new one (the event stream skips it).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    moved: bool,
}

/// The shard of an event: from whom it is about (its target key), else from
/// its random id. Writes spread over the shards as the users do, and one
/// user's events share a partition key, so the table's change stream keeps
/// them in order for the event bus (`events.rs`); only from the stored
/// event, so the same event always lands in one.
fn audit_shard(target_key: &str, id: &str) -> u8 {
    let key = if target_key == NO_TARGET { id } else { target_key };
    let sum = key.bytes().fold(0u32, |acc, b| acc.wrapping_mul(31).wrapping_add(u32::from(b)));
    u8::try_from(sum % u32::from(AUDIT_SHARDS)).unwrap_or(0)
}

/// The target key of an event about nobody.
const NO_TARGET: &str = "NONE";

/// A stored audit item as the change stream carries it: the event, or
/// `None` for an item that is no new event (one the shard migration moved).
pub fn committed_audit_event(image: serde_dynamo::Item) -> Result<Option<AuditEvent>, PortError> {
    let item: AuditItem = serde_dynamo::from_item(image).map_err(|e| corrupt("audit event", e))?;
    Ok((!item.moved).then(|| AuditEvent::from(item)))
}

impl AuditItem {
    fn new(e: &AuditEvent, retention: Retention) -> Self {
        let target_key = match (&e.target, &e.target_name) {
            (Some(id), _) => keys::audit_target_user(id),
            (None, Some(name)) => keys::audit_target_name(name),
            (None, None) => NO_TARGET.into(),
        };
        let shard = audit_shard(&target_key, &e.id);
        Self {
            pk: keys::audit_shard(shard),
            sk: keys::audit_sort(&e.at, &e.id),
            target_key,
            actor_key: e.actor.as_ref().map(keys::audit_actor),
            activity_key: e.activity().map(|a| keys::audit_activity(a, shard)),
            id: e.id.clone(),
            at: e.at,
            actor: e.actor.clone(),
            target: e.target.clone(),
            target_name: e.target_name.clone(),
            action: e.action,
            outcome: e.outcome,
            reason: e.reason.clone(),
            client_ip: e.client_ip.clone(),
            user_agent: e.user_agent.clone(),
            methods: e.methods.clone(),
            expires_at: (e.at + retention.duration()).timestamp(),
            moved: false,
        }
    }
}

impl From<AuditItem> for AuditEvent {
    fn from(i: AuditItem) -> Self {
        AuditEvent {
            id: i.id,
            at: i.at,
            actor: i.actor,
            target: i.target,
            target_name: i.target_name,
            action: i.action,
            outcome: i.outcome,
            reason: i.reason,
            client_ip: i.client_ip,
            user_agent: i.user_agent,
            methods: i.methods,
        }
    }
}

/// The conditional replacement of a stored user (never a creation).
fn user_update(table: &str, user: &User) -> Result<TransactWriteItem, PortError> {
    if user.version < 2 {
        return Err(PortError::Conflict { what: "user" });
    }
    let item = serde_dynamo::to_item(UserItem::from(user)).map_err(|e| corrupt("user", e))?;
    versioned_put(table, item, user.version)
}

pub(crate) async fn transact(
    client: &Client,
    items: Vec<TransactWriteItem>,
    what: &'static str,
) -> Result<(), PortError> {
    client
        .transact_write_items()
        .set_transact_items(Some(items))
        .send()
        .await
        .map_err(|e| classify(what, e))?;
    Ok(())
}

/// A member entry's put (a join) or conditional delete (a leave).
fn member_write(
    table: &str,
    group: &GroupName,
    user: &User,
    join: bool,
) -> Result<TransactWriteItem, PortError> {
    let (pk, sk) = keys::member(group, &user.username);
    if join {
        let item = serde_dynamo::to_item(MemberItem { pk, sk, user_id: user.id.clone() })
            .map_err(|e| corrupt("group member", e))?;
        let put = Put::builder()
            .table_name(table)
            .set_item(Some(item))
            .build()
            .map_err(|e| invalid("group member", e))?;
        return Ok(TransactWriteItem::builder().put(put).build());
    }
    let delete = aws_sdk_dynamodb::types::Delete::builder()
        .table_name(table)
        .set_key(Some(key((pk, sk))))
        .condition_expression("attribute_exists(pk)")
        .build()
        .map_err(|e| invalid("group member", e))?;
    Ok(TransactWriteItem::builder().delete(delete).build())
}

/// A check that `parts` names no item (a member entry the write relies on
/// being absent).
fn absent(table: &str, parts: (String, String)) -> Result<TransactWriteItem, PortError> {
    let check = aws_sdk_dynamodb::types::ConditionCheck::builder()
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
    let n = |v: i64| AttributeValue::N(v.to_string());
    let update =
        aws_sdk_dynamodb::types::Update::builder().table_name(table).set_key(Some(key(keys::group(group))));
    let update = match stored {
        Some(current) if delta < 0 && current < -delta => update
            .update_expression("SET members = :zero")
            .condition_expression("members = :current")
            .expression_attribute_values(":zero", n(0))
            .expression_attribute_values(":current", n(current)),
        _ if delta < 0 => update
            .update_expression("ADD members :d")
            .condition_expression("attribute_exists(pk) AND members >= :need")
            .expression_attribute_values(":d", n(delta))
            .expression_attribute_values(":need", n(-delta)),
        _ => update
            .update_expression("ADD members :d")
            .condition_expression("attribute_exists(pk)")
            .expression_attribute_values(":d", n(delta)),
    };
    let update = update.build().map_err(|e| invalid("group count", e))?;
    Ok(TransactWriteItem::builder().update(update).build())
}
pub(crate) fn audit_put(
    table: &str,
    retention: Retention,
    event: &AuditEvent,
) -> Result<TransactWriteItem, PortError> {
    let item: Item =
        serde_dynamo::to_item(AuditItem::new(event, retention)).map_err(|e| corrupt("audit event", e))?;
    conditional_put(table, item, "attribute_not_exists(pk)", None)
}

/// Users and settings in the directory table.
pub struct DynamoDirectory {
    client: Client,
    tables: TableNames,
    retention: Retention,
}

impl DynamoDirectory {
    pub fn new(client: Client, tables: TableNames) -> Self {
        Self { client, tables, retention: Retention::DEFAULT }
    }

    /// How long the audit events it writes are kept (default a year).
    #[must_use]
    pub fn with_retention(mut self, retention: Retention) -> Self {
        self.retention = retention;
        self
    }

    async fn get(&self, key_parts: (String, String)) -> Result<Option<Item>, PortError> {
        let out = self
            .client
            .get_item()
            .table_name(&self.tables.directory)
            .set_key(Some(key(key_parts)))
            .consistent_read(true)
            .send()
            .await
            .map_err(|e| classify("directory", e))?;
        Ok(out.item)
    }

    async fn transact(&self, items: Vec<TransactWriteItem>) -> Result<(), PortError> {
        transact(&self.client, items, "directory").await
    }

    fn put(&self, item: Item, condition: &str, values: Option<Item>) -> Result<TransactWriteItem, PortError> {
        conditional_put(&self.tables.directory, item, condition, values)
    }
}

/// A transaction item that writes `item` only if `condition` holds.
pub(crate) fn conditional_put(
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

/// Optimistic concurrency: version 1 must be new, version n must replace
/// version n − 1. Returns the condition and its values.
fn version_condition(version: u64) -> Result<(&'static str, Option<Item>), PortError> {
    match version {
        0 => Err(PortError::Conflict { what: "versioned item" }),
        1 => Ok(("attribute_not_exists(pk)", None)),
        n => {
            let values = HashMap::from([(":previous".to_string(), AttributeValue::N((n - 1).to_string()))]);
            Ok(("version = :previous", Some(values)))
        }
    }
}

fn versioned_put(table: &str, item: Item, version: u64) -> Result<TransactWriteItem, PortError> {
    let (condition, values) = version_condition(version)?;
    conditional_put(table, item, condition, values)
}

#[async_trait]
impl Directory for DynamoDirectory {
    async fn settings(&self) -> Result<OrgSettings, PortError> {
        match self.get(keys::settings()).await? {
            None => Ok(OrgSettings::default()),
            Some(item) => {
                let stored: SettingsItem =
                    serde_dynamo::from_item(item).map_err(|e| corrupt("settings", e))?;
                Ok(stored.settings)
            }
        }
    }

    async fn save_settings(&self, settings: &OrgSettings, event: &AuditEvent) -> Result<(), PortError> {
        let (pk, sk) = keys::settings();
        let item = serde_dynamo::to_item(SettingsItem { pk, sk, settings: settings.clone() })
            .map_err(|e| corrupt("settings", e))?;
        // The version sits inside the settings map; an item saved before versions
        // existed counts as version 0.
        let names = HashMap::from([
            ("#s".to_string(), "settings".to_string()),
            ("#v".to_string(), "version".to_string()),
        ]);
        let (condition, values) = match settings.version {
            0 => return Err(PortError::Conflict { what: "settings" }),
            1 => ("attribute_not_exists(pk) OR attribute_not_exists(#s.#v) OR #s.#v = :previous", 0),
            n => ("#s.#v = :previous", n - 1),
        };
        let put = Put::builder()
            .table_name(&self.tables.directory)
            .set_item(Some(item))
            .condition_expression(condition)
            .set_expression_attribute_names(Some(names))
            .expression_attribute_values(":previous", AttributeValue::N(values.to_string()))
            .build()
            .map_err(|e| invalid("transaction item", e))?;
        let items = vec![
            TransactWriteItem::builder().put(put).build(),
            audit_put(&self.tables.audit, self.retention, event)?,
        ];
        self.transact(items).await
    }

    async fn user_by_username(&self, username: &Username) -> Result<Option<User>, PortError> {
        let Some(claim) = self.get(keys::username(username)).await? else {
            return Ok(None);
        };
        let claim: ClaimItem = serde_dynamo::from_item(claim).map_err(|e| corrupt("username claim", e))?;
        self.user(&claim.user_id).await
    }

    async fn user(&self, id: &UserId) -> Result<Option<User>, PortError> {
        let Some(item) = self.get(keys::user(id)).await? else {
            return Ok(None);
        };
        let stored: UserItem = serde_dynamo::from_item(item).map_err(|e| corrupt("user", e))?;
        Ok(Some(stored.into()))
    }

    async fn users(&self) -> Result<Vec<User>, PortError> {
        let mut users = Vec::new();
        let mut start: Option<Item> = None;
        loop {
            let out = self
                .client
                .query()
                .table_name(&self.tables.directory)
                .index_name(index::DIRECTORY_BY_KIND)
                .key_condition_expression("gsi1pk = :k")
                .expression_attribute_values(":k", AttributeValue::S("USER".into()))
                .set_exclusive_start_key(start.take())
                .send()
                .await
                .map_err(|e| classify("directory", e))?;
            for item in out.items.unwrap_or_default() {
                let stored: UserItem = serde_dynamo::from_item(item).map_err(|e| corrupt("user", e))?;
                users.push(stored.into());
            }
            match out.last_evaluated_key {
                Some(key) if !key.is_empty() => start = Some(key),
                _ => return Ok(users),
            }
        }
    }

    async fn users_page(
        &self,
        index: UserIndex,
        prefix: &str,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<User>, PortError> {
        let (name, pk, sk) = match index {
            UserIndex::Username => (index::DIRECTORY_BY_KIND, "gsi1pk", "gsi1sk"),
            UserIndex::DisplayName => (index::DIRECTORY_BY_DISPLAY_NAME, "gsi2pk", "gsi2sk"),
            UserIndex::Email => (index::DIRECTORY_BY_EMAIL, "gsi3pk", "gsi3sk"),
        };
        let s = |v: &str| AttributeValue::S(v.to_owned());
        let mut users = Vec::new();
        let mut start: Option<Item> = None;
        loop {
            let mut query = self
                .client
                .query()
                .table_name(&self.tables.directory)
                .index_name(name)
                .expression_attribute_names("#pk", pk)
                .expression_attribute_values(":k", s("USER"))
                .limit(i32::try_from(limit - users.len()).unwrap_or(i32::MAX))
                .set_exclusive_start_key(start.take());
            // After a cursor the key condition is "greater than" (one sort-key
            // condition is all DynamoDB takes); the prefix's end is where the
            // sorted answer stops matching.
            query = match (after, prefix.is_empty()) {
                (Some(after), _) => query
                    .key_condition_expression("#pk = :k AND #sk > :after")
                    .expression_attribute_names("#sk", sk)
                    .expression_attribute_values(":after", s(after)),
                (None, false) => query
                    .key_condition_expression("#pk = :k AND begins_with(#sk, :prefix)")
                    .expression_attribute_names("#sk", sk)
                    .expression_attribute_values(":prefix", s(prefix)),
                (None, true) => query.key_condition_expression("#pk = :k"),
            };
            let out = query.send().await.map_err(|e| classify("directory", e))?;
            for item in out.items.unwrap_or_default() {
                let stored: UserItem = serde_dynamo::from_item(item).map_err(|e| corrupt("user", e))?;
                let user = User::from(stored);
                if !index.sort_key(&user).is_some_and(|k| k.starts_with(prefix)) {
                    return Ok(users);
                }
                users.push(user);
            }
            match out.last_evaluated_key {
                Some(key) if !key.is_empty() && users.len() < limit => start = Some(key),
                _ => return Ok(users),
            }
        }
    }

    async fn create_user(&self, user: &User, event: &AuditEvent) -> Result<(), PortError> {
        let item = serde_dynamo::to_item(UserItem::from(user)).map_err(|e| corrupt("user", e))?;
        let (pk, sk) = keys::username(&user.username);
        let claim = serde_dynamo::to_item(ClaimItem { pk, sk, user_id: user.id.clone() })
            .map_err(|e| corrupt("username claim", e))?;
        let mut items = vec![
            self.put(item, "attribute_not_exists(pk)", None)?,
            self.put(claim, "attribute_not_exists(pk)", None)?,
            audit_put(&self.tables.audit, self.retention, event)?,
        ];
        items.extend(self.index_writes(&[(user, &BTreeSet::new())]).await?);
        self.transact(items).await
    }

    async fn delete_user(&self, user: &User, event: &AuditEvent) -> Result<(), PortError> {
        let n = |v: u64| AttributeValue::N(v.to_string());
        let delete = |(pk, sk): (String, String), condition: Option<&str>| {
            let mut delete = aws_sdk_dynamodb::types::Delete::builder()
                .table_name(&self.tables.directory)
                .set_key(Some(key((pk, sk))));
            if let Some(condition) = condition {
                delete =
                    delete.condition_expression(condition).expression_attribute_values(":v", n(user.version));
            }
            delete
                .build()
                .map(|d| TransactWriteItem::builder().delete(d).build())
                .map_err(|e| invalid("user", e))
        };
        let mut items = vec![
            delete(keys::user(&user.id), Some("version = :v"))?,
            delete(keys::username(&user.username), None)?,
            audit_put(&self.tables.audit, self.retention, event)?,
        ];
        let gone = User { groups: BTreeSet::new(), ..user.clone() };
        items.extend(self.index_writes(&[(&gone, &user.groups)]).await?);
        self.transact(items).await
    }

    async fn update_user(&self, user: &User, events: &[AuditEvent]) -> Result<(), PortError> {
        let mut items = vec![user_update(&self.tables.directory, user)?];
        for event in events {
            items.push(audit_put(&self.tables.audit, self.retention, event)?);
        }
        self.transact(items).await
    }

    async fn groups_page(&self, after: Option<&GroupName>, limit: usize) -> Result<Vec<Group>, PortError> {
        let s = |v: &str| AttributeValue::S(v.to_owned());
        let mut groups = Vec::new();
        let mut start: Option<Item> = None;
        loop {
            let mut query = self
                .client
                .query()
                .table_name(&self.tables.directory)
                .index_name(index::DIRECTORY_BY_KIND)
                .expression_attribute_values(":k", s("GROUP"))
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
                let stored: GroupItem = serde_dynamo::from_item(item).map_err(|e| corrupt("group", e))?;
                groups.push(stored.into());
            }
            match out.last_evaluated_key {
                Some(key) if !key.is_empty() && groups.len() < limit => start = Some(key),
                _ => return Ok(groups),
            }
        }
    }

    async fn group(&self, name: &GroupName) -> Result<Option<Group>, PortError> {
        let Some(item) = self.get(keys::group(name)).await? else {
            return Ok(None);
        };
        let stored: GroupItem = serde_dynamo::from_item(item).map_err(|e| corrupt("group", e))?;
        Ok(Some(stored.into()))
    }

    async fn create_group(&self, group: &Group, event: &AuditEvent) -> Result<(), PortError> {
        let item = serde_dynamo::to_item(GroupItem::from(group)).map_err(|e| corrupt("group", e))?;
        let items = vec![
            self.put(item, "attribute_not_exists(pk)", None)?,
            audit_put(&self.tables.audit, self.retention, event)?,
        ];
        self.transact(items).await
    }

    async fn update_group(&self, group: &Group, events: &[AuditEvent]) -> Result<(), PortError> {
        let item = serde_dynamo::to_item(GroupItem::from(group)).map_err(|e| corrupt("group", e))?;
        // A whole-item put: it must not undo a join or leave since the read.
        let n = |v: i64| AttributeValue::N(v.to_string());
        let previous = i64::try_from(group.version.saturating_sub(1)).unwrap_or(0);
        let values = HashMap::from([
            (":previous".to_string(), n(previous)),
            (":members".to_string(), n(i64::try_from(group.members).unwrap_or(i64::MAX))),
        ]);
        let mut items = vec![self.put(item, "version = :previous AND members = :members", Some(values))?];
        for event in events {
            items.push(audit_put(&self.tables.audit, self.retention, event)?);
        }
        self.transact(items).await
    }

    async fn delete_group(&self, group: &Group, event: &AuditEvent) -> Result<(), PortError> {
        let delete = aws_sdk_dynamodb::types::Delete::builder()
            .table_name(&self.tables.directory)
            .set_key(Some(key(keys::group(&group.name))))
            .condition_expression(
                "attribute_exists(pk) AND (attribute_not_exists(members) OR members <= :zero)",
            )
            .expression_attribute_values(":zero", AttributeValue::N("0".into()))
            .build()
            .map_err(|e| invalid("group", e))?;
        let items = vec![
            TransactWriteItem::builder().delete(delete).build(),
            audit_put(&self.tables.audit, self.retention, event)?,
        ];
        self.transact(items).await
    }

    async fn group_members(
        &self,
        group: &GroupName,
        after: Option<&Username>,
        limit: usize,
    ) -> Result<Vec<User>, PortError> {
        let s = |v: String| AttributeValue::S(v);
        let (pk, _) = keys::group(group);
        let mut ids = Vec::new();
        let mut start: Option<Item> = None;
        loop {
            let mut query = self
                .client
                .query()
                .table_name(&self.tables.directory)
                .consistent_read(true)
                .expression_attribute_values(":pk", s(pk.clone()))
                .limit(i32::try_from(limit - ids.len()).unwrap_or(i32::MAX))
                .set_exclusive_start_key(start.take());
            // Member entries sort after the group's own record (`GROUP` < `MEMBER#`).
            query = match after {
                Some(after) => query
                    .key_condition_expression("pk = :pk AND sk > :after")
                    .expression_attribute_values(":after", s(keys::member(group, after).1)),
                None => query
                    .key_condition_expression("pk = :pk AND begins_with(sk, :members)")
                    .expression_attribute_values(":members", s(keys::MEMBER_PREFIX.into())),
            };
            let out = query.send().await.map_err(|e| classify("directory", e))?;
            for item in out.items.unwrap_or_default() {
                let stored: MemberItem =
                    serde_dynamo::from_item(item).map_err(|e| corrupt("group member", e))?;
                ids.push(stored.user_id);
            }
            match out.last_evaluated_key {
                Some(key) if !key.is_empty() && ids.len() < limit => start = Some(key),
                _ => break,
            }
        }
        self.users_by_id(&ids).await
    }

    async fn regroup(&self, changes: &[Regroup], events: &[AuditEvent]) -> Result<(), PortError> {
        let table = &self.tables.directory;
        let mut items = Vec::new();
        for change in changes {
            items.push(user_update(table, &change.user)?);
        }
        let moves: Vec<_> = changes.iter().map(|c| (&c.user, &c.before)).collect();
        items.extend(self.index_writes(&moves).await?);
        for event in events {
            items.push(audit_put(&self.tables.audit, self.retention, event)?);
        }
        self.transact(items).await
    }
}

impl DynamoDirectory {
    /// The users with these ids, in that order (one gone meanwhile is left
    /// out).
    async fn users_by_id(&self, ids: &[UserId]) -> Result<Vec<User>, PortError> {
        let keys: Vec<Item> = ids.iter().map(|id| key(keys::user(id))).collect();
        let mut found: HashMap<UserId, User> = HashMap::new();
        for item in self.batch_get(keys).await? {
            let stored: UserItem = serde_dynamo::from_item(item).map_err(|e| corrupt("user", e))?;
            found.insert(stored.id.clone(), stored.into());
        }
        Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
    }

    /// The directory items with these keys that exist, in no order:
    /// BatchGetItem, 100 keys a call, consistent, retrying what the store
    /// leaves unprocessed.
    async fn batch_get(&self, keys: Vec<Item>) -> Result<Vec<Item>, PortError> {
        use aws_sdk_dynamodb::types::KeysAndAttributes;
        let mut found = Vec::new();
        for chunk in keys.chunks(100) {
            let mut pending = Some(
                KeysAndAttributes::builder()
                    .set_keys(Some(chunk.to_vec()))
                    .consistent_read(true)
                    .build()
                    .map_err(|e| invalid("directory keys", e))?,
            );
            for _ in 0..8 {
                let Some(request) = pending.take() else { break };
                let out = self
                    .client
                    .batch_get_item()
                    .request_items(&self.tables.directory, request)
                    .send()
                    .await
                    .map_err(|e| classify("directory", e))?;
                found.extend(
                    out.responses.unwrap_or_default().remove(&self.tables.directory).unwrap_or_default(),
                );
                pending = out
                    .unprocessed_keys
                    .and_then(|mut u| u.remove(&self.tables.directory))
                    .filter(|k| !k.keys.is_empty());
            }
            if pending.is_some() {
                return Err(PortError::Conflict { what: "directory batch read" });
            }
        }
        Ok(found)
    }

    /// The index writes of users going from the groups `before` to theirs:
    /// member entries and counts. A leave reads the entry and the count
    /// first: a member stored before the index existed has no entry and was
    /// never counted, so leaving takes nothing off (and checks the entry is
    /// still absent); a count stored too low is repaired to zero rather than
    /// driven negative (see [`count_write`]).
    async fn index_writes(
        &self,
        moves: &[(&User, &BTreeSet<GroupName>)],
    ) -> Result<Vec<TransactWriteItem>, PortError> {
        let table = &self.tables.directory;
        let leaves: Vec<(&User, &GroupName)> = moves
            .iter()
            .flat_map(|(user, before)| before.difference(&user.groups).map(|g| (*user, g)))
            .collect();
        let mut present = BTreeSet::new();
        let mut stored = BTreeMap::new();
        if !leaves.is_empty() {
            let mut wanted: Vec<Item> =
                leaves.iter().map(|(u, g)| key(keys::member(g, &u.username))).collect();
            let groups: BTreeSet<&GroupName> = leaves.iter().map(|(_, g)| *g).collect();
            wanted.extend(groups.iter().map(|g| key(keys::group(g))));
            for item in self.batch_get(wanted).await? {
                let text = |k: &str| match item.get(k) {
                    Some(AttributeValue::S(v)) => v.clone(),
                    _ => String::new(),
                };
                if text("sk") == "GROUP" {
                    let group: GroupItem = serde_dynamo::from_item(item).map_err(|e| corrupt("group", e))?;
                    stored.insert(group.name, group.members);
                } else {
                    present.insert((text("pk"), text("sk")));
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
        if migrated(&self.client, &self.tables, "group-index").await? {
            return Ok(None);
        }
        let done = self.backfill_group_index(now).await?;
        if done.skipped == 0 {
            mark_migrated(&self.client, &self.tables, "group-index", now).await?;
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
    /// A one-off migration, run by bootstrap: unlike every request path it
    /// reads every user (a page at a time, through the `by_kind` index) and
    /// every group's entries.
    pub async fn backfill_group_index(&self, now: DateTime<Utc>) -> Result<Backfill, PortError> {
        let mut done = Backfill::default();
        let mut after: Option<String> = None;
        loop {
            let page = self.users_page(UserIndex::Username, "", after.as_deref(), 100).await?;
            for user in &page {
                self.backfill_user(user, now, &mut done).await?;
            }
            match page.last() {
                Some(last) if page.len() == 100 => after = Some(last.username.to_string()),
                _ => break,
            }
        }
        let mut after: Option<GroupName> = None;
        loop {
            let page = self.groups_page(after.as_ref(), 100).await?;
            for group in &page {
                self.recount(&group.name, &mut done).await?;
            }
            match page.last() {
                Some(last) if page.len() == 100 => after = Some(last.name.clone()),
                _ => break,
            }
        }
        Ok(done)
    }

    /// Writes the member entries `user`'s groups lack, rereading the user
    /// when it changed meanwhile (a few times, then leaves it to the next run).
    async fn backfill_user(
        &self,
        user: &User,
        now: DateTime<Utc>,
        done: &mut Backfill,
    ) -> Result<(), PortError> {
        let mut user = user.clone();
        for _ in 0..3 {
            let wanted = user.groups.iter().map(|g| key(keys::member(g, &user.username))).collect();
            let present: BTreeSet<Option<String>> = self
                .batch_get(wanted)
                .await?
                .into_iter()
                .map(|item| match item.get("sk") {
                    Some(AttributeValue::S(sk)) => Some(sk.clone()),
                    _ => None,
                })
                .collect();
            let missing: Vec<&GroupName> = user
                .groups
                .iter()
                .filter(|g| !present.contains(&Some(keys::member(g, &user.username).1)))
                .collect();
            if missing.is_empty() {
                return Ok(());
            }
            let mut written = 0;
            let mut conflict = false;
            // Two writes a group and the user's check: within a transaction's 100.
            for chunk in missing.chunks(40) {
                match self.transact(self.backfill_items(&user, chunk, now)?).await {
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
            match self.user(&user.id).await? {
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
        &self,
        user: &User,
        groups: &[&GroupName],
        now: DateTime<Utc>,
    ) -> Result<Vec<TransactWriteItem>, PortError> {
        let table = &self.tables.directory;
        let s = |v: String| AttributeValue::S(v);
        let n = |v: u64| AttributeValue::N(v.to_string());
        let check = aws_sdk_dynamodb::types::ConditionCheck::builder()
            .table_name(table)
            .set_key(Some(key(keys::user(&user.id))))
            .condition_expression("version = :v")
            .expression_attribute_values(":v", n(user.version))
            .build()
            .map_err(|e| invalid("user", e))?;
        let mut items = vec![TransactWriteItem::builder().condition_check(check).build()];
        let created: AttributeValue =
            serde_dynamo::to_attribute_value(now).map_err(|e| corrupt("group", e))?;
        for group in groups {
            let (pk, sk) = keys::member(group, &user.username);
            let entry = serde_dynamo::to_item(MemberItem { pk, sk, user_id: user.id.clone() })
                .map_err(|e| corrupt("group member", e))?;
            items.push(self.put(entry, "attribute_not_exists(pk)", None)?);
            let update = aws_sdk_dynamodb::types::Update::builder()
                .table_name(table)
                .set_key(Some(key(keys::group(group))))
                .update_expression(
                    "SET gsi1pk = if_not_exists(gsi1pk, :kind), gsi1sk = if_not_exists(gsi1sk, :name), \
                     #name = if_not_exists(#name, :name), created_at = if_not_exists(created_at, :now), \
                     version = if_not_exists(version, :one) ADD members :one",
                )
                .expression_attribute_names("#name", "name")
                .expression_attribute_values(":kind", s("GROUP".into()))
                .expression_attribute_values(":name", s(group.to_string()))
                .expression_attribute_values(":now", created.clone())
                .expression_attribute_values(":one", n(1))
                .build()
                .map_err(|e| invalid("group count", e))?;
            items.push(TransactWriteItem::builder().update(update).build());
        }
        Ok(items)
    }

    /// Sets `group`'s count to its number of entries where they differ,
    /// guarded by the count as read (a join or leave meanwhile wins).
    async fn recount(&self, group: &GroupName, done: &mut Backfill) -> Result<(), PortError> {
        let Some(item) = self.get(keys::group(group)).await? else {
            return Ok(());
        };
        let stored: GroupItem = serde_dynamo::from_item(item).map_err(|e| corrupt("group", e))?;
        let s = |v: String| AttributeValue::S(v);
        let mut entries: i64 = 0;
        let mut start: Option<Item> = None;
        loop {
            let out = self
                .client
                .query()
                .table_name(&self.tables.directory)
                .consistent_read(true)
                .select(aws_sdk_dynamodb::types::Select::Count)
                .key_condition_expression("pk = :pk AND begins_with(sk, :members)")
                .expression_attribute_values(":pk", s(keys::group(group).0))
                .expression_attribute_values(":members", s(keys::MEMBER_PREFIX.into()))
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
        let n = |v: i64| AttributeValue::N(v.to_string());
        let result = self
            .client
            .update_item()
            .table_name(&self.tables.directory)
            .set_key(Some(key(keys::group(group))))
            .update_expression("SET members = :count")
            .condition_expression("members = :stored")
            .expression_attribute_values(":count", n(entries))
            .expression_attribute_values(":stored", n(stored.members))
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
}

/// A reset flow as stored (`RESET#<digest of the id>` / `FLOW`). Its own
/// shape, apart from the domain's `ResetFlow`: renaming a domain field must
/// not silently rename a stored attribute.
#[derive(Serialize, Deserialize)]
struct ResetItem {
    pk: String,
    sk: String,
    version: u64,
    /// TTL: DynamoDB deletes the item a day after the flow ends.
    expires_at: i64,
    flow: FlowItem,
}

#[derive(Serialize, Deserialize)]
struct FlowItem {
    key: String,
    user: Option<UserId>,
    target_name: String,
    methods: Vec<FlowMethodItem>,
    required: u8,
    verified: BTreeSet<String>,
    challenges: BTreeMap<String, ChallengeItem>,
    sends: u8,
    created_at: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    spent: bool,
    /// Absent on flows stored before authenticators existed.
    #[serde(default)]
    authenticator_required: bool,
    version: u64,
}

/// One method: at most one of `email`, `phone` and `questions` (none in a
/// decoy's code methods).
#[derive(Serialize, Deserialize)]
struct FlowMethodItem {
    id: String,
    kind: MethodKind,
    hint: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    questions: Option<Vec<String>>,
}

#[derive(Serialize, Deserialize)]
struct ChallengeItem {
    code_digest: String,
    expires_at: DateTime<Utc>,
    attempts_left: u8,
}

impl From<&ResetFlow> for FlowItem {
    fn from(f: &ResetFlow) -> Self {
        let methods = f
            .methods
            .iter()
            .map(|m| {
                let mut item = FlowMethodItem {
                    id: m.id.clone(),
                    kind: m.kind,
                    hint: m.hint.clone(),
                    email: None,
                    phone: None,
                    questions: None,
                };
                match &m.target {
                    Some(MethodTarget::Email { to }) => item.email = Some(to.as_str().to_owned()),
                    Some(MethodTarget::Phone { to }) => item.phone = Some(to.as_str().to_owned()),
                    Some(MethodTarget::Questions { ids }) => item.questions = Some(ids.clone()),
                    // The kind says it all: the key lives with the user.
                    Some(MethodTarget::Authenticator) | None => {}
                }
                item
            })
            .collect();
        let challenges = f
            .challenges
            .iter()
            .map(|(id, c)| {
                let item = ChallengeItem {
                    code_digest: c.code_digest.clone(),
                    expires_at: c.expires_at,
                    attempts_left: c.attempts_left,
                };
                (id.clone(), item)
            })
            .collect();
        Self {
            key: f.key.clone(),
            user: f.user.clone(),
            target_name: f.target_name.clone(),
            methods,
            required: f.required,
            verified: f.verified.clone(),
            challenges,
            sends: f.sends,
            created_at: f.created_at,
            expires_at: f.expires_at,
            spent: f.spent,
            authenticator_required: f.authenticator_required,
            version: f.version,
        }
    }
}

impl TryFrom<FlowItem> for ResetFlow {
    type Error = PortError;

    fn try_from(i: FlowItem) -> Result<Self, PortError> {
        let mut methods = Vec::with_capacity(i.methods.len());
        for m in i.methods {
            let target = match (m.email, m.phone, m.questions) {
                (Some(email), None, None) => Some(MethodTarget::Email {
                    to: Email::parse(&email).map_err(|e| corrupt("reset flow", e))?,
                }),
                (None, Some(phone), None) => Some(MethodTarget::Phone {
                    to: E164::parse(&phone).map_err(|e| corrupt("reset flow", e))?,
                }),
                (None, None, Some(ids)) => Some(MethodTarget::Questions { ids }),
                (None, None, None) if m.kind == MethodKind::Authenticator => {
                    Some(MethodTarget::Authenticator)
                }
                (None, None, None) => None,
                _ => return Err(corrupt("reset flow", "a method with more than one target")),
            };
            methods.push(FlowMethod { id: m.id, kind: m.kind, target, hint: m.hint });
        }
        let challenges = i
            .challenges
            .into_iter()
            .map(|(id, c)| {
                let challenge = Challenge {
                    code_digest: c.code_digest,
                    expires_at: c.expires_at,
                    attempts_left: c.attempts_left,
                };
                (id, challenge)
            })
            .collect();
        Ok(ResetFlow {
            key: i.key,
            user: i.user,
            target_name: i.target_name,
            methods,
            required: i.required,
            verified: i.verified,
            challenges,
            sends: i.sends,
            created_at: i.created_at,
            expires_at: i.expires_at,
            spent: i.spent,
            authenticator_required: i.authenticator_required,
            version: i.version,
        })
    }
}

/// A reset throttle as stored (`THROTTLE#<digest of the username>` / `THROTTLE`).
/// A try counter as stored: plain numbers, so that the common case — one
/// more try in an open window — is a single conditional `ADD`.
#[derive(Serialize, Deserialize)]
struct CounterItem {
    pk: String,
    sk: String,
    tries: u32,
    /// Milliseconds since the epoch.
    window_ends: i64,
    blocked_until: i64,
    blocks: u32,
    /// TTL, in seconds.
    expires_at: i64,
}

impl CounterItem {
    fn new(key: &str, c: &Counter) -> Self {
        Self {
            pk: keys::tries(key),
            sk: "TRIES".into(),
            tries: c.tries,
            window_ends: c.window_ends.timestamp_millis(),
            blocked_until: c.blocked_until.timestamp_millis(),
            blocks: c.blocks,
            expires_at: c.expires_at().timestamp(),
        }
    }

    fn counter(&self) -> Counter {
        let at = |ms: i64| DateTime::<Utc>::from_timestamp_millis(ms).unwrap_or_default();
        Counter {
            tries: self.tries,
            window_ends: at(self.window_ends),
            blocked_until: at(self.blocked_until),
            blocks: self.blocks,
        }
    }
}

/// The `tries` an update answered with (`ReturnValues` `UPDATED_NEW`).
fn tries_after(out: &aws_sdk_dynamodb::operation::update_item::UpdateItemOutput) -> Option<u32> {
    out.attributes.as_ref()?.get("tries")?.as_n().ok()?.parse().ok()
}

/// How many times `take_try` re-reads after another caller changed the
/// counter's window or block under it (the plain `ADD` never needs to).
const COUNTER_ATTEMPTS: usize = 8;

/// Reset flows and try counters in the flows table; completion also writes the
/// user in the directory table, in the same transaction.
pub struct DynamoFlows {
    client: Client,
    tables: TableNames,
    retention: Retention,
}

impl DynamoFlows {
    pub fn new(client: Client, tables: TableNames) -> Self {
        Self { client, tables, retention: Retention::DEFAULT }
    }

    /// How long the audit events it writes are kept (default a year).
    #[must_use]
    pub fn with_retention(mut self, retention: Retention) -> Self {
        self.retention = retention;
        self
    }

    async fn get(&self, pk: String, sk: &str) -> Result<Option<Item>, PortError> {
        let out = self
            .client
            .get_item()
            .table_name(&self.tables.flows)
            .set_key(Some(key((pk, sk.to_string()))))
            .consistent_read(true)
            .send()
            .await
            .map_err(|e| classify("flows", e))?;
        Ok(out.item)
    }

    fn reset_put(&self, flow: &ResetFlow) -> Result<TransactWriteItem, PortError> {
        let item = serde_dynamo::to_item(ResetItem {
            pk: keys::reset(&flow.key),
            sk: "FLOW".into(),
            version: flow.version,
            expires_at: (flow.expires_at + chrono::Duration::days(1)).timestamp(),
            flow: FlowItem::from(flow),
        })
        .map_err(|e| corrupt("reset flow", e))?;
        versioned_put(&self.tables.flows, item, flow.version)
    }
}

#[async_trait]
impl FlowStore for DynamoFlows {
    async fn reset(&self, key: &str) -> Result<Option<ResetFlow>, PortError> {
        let Some(item) = self.get(keys::reset(key), "FLOW").await? else {
            return Ok(None);
        };
        let stored: ResetItem = serde_dynamo::from_item(item).map_err(|e| corrupt("reset flow", e))?;
        Ok(Some(ResetFlow::try_from(stored.flow)?))
    }

    async fn save_reset(&self, flow: &ResetFlow, events: &[AuditEvent]) -> Result<(), PortError> {
        let mut items = vec![self.reset_put(flow)?];
        for event in events {
            items.push(audit_put(&self.tables.audit, self.retention, event)?);
        }
        transact(&self.client, items, "flows").await
    }

    async fn complete_reset(
        &self,
        flow: &ResetFlow,
        user: &User,
        events: &[AuditEvent],
    ) -> Result<(), PortError> {
        let mut items = vec![self.reset_put(flow)?, user_update(&self.tables.directory, user)?];
        for event in events {
            items.push(audit_put(&self.tables.audit, self.retention, event)?);
        }
        transact(&self.client, items, "flows").await
    }

    async fn take_try(&self, limit: &Limit, now: DateTime<Utc>) -> Result<Taken, PortError> {
        let n = |v: i64| AttributeValue::N(v.to_string());
        let pk = keys::tries(&limit.key);
        // The common cases — no counter yet, or one more try in an open
        // window — in one conditional write that creates or adds; anything
        // else (a window over, a block) fails its condition and takes the
        // read-then-replace path below. Same outcome as `Counter::take`.
        let fresh = Counter::take(None, limit, now).0;
        let first = self
            .client
            .update_item()
            .table_name(&self.tables.flows)
            .set_key(Some(key((pk.clone(), "TRIES".into()))))
            .update_expression(
                "SET window_ends = if_not_exists(window_ends, :window), \
                 blocked_until = if_not_exists(blocked_until, :epoch), \
                 blocks = if_not_exists(blocks, :zero), \
                 expires_at = if_not_exists(expires_at, :expires) ADD tries :one",
            )
            .condition_expression(
                "attribute_not_exists(pk) OR (tries < :max AND window_ends > :now AND blocked_until <= :now)",
            )
            .expression_attribute_values(":one", n(1))
            .expression_attribute_values(":zero", n(0))
            .expression_attribute_values(":max", n(i64::from(limit.max)))
            .expression_attribute_values(":now", n(now.timestamp_millis()))
            .expression_attribute_values(":window", n(fresh.window_ends.timestamp_millis()))
            .expression_attribute_values(":epoch", n(fresh.blocked_until.timestamp_millis()))
            .expression_attribute_values(":expires", n(fresh.expires_at().timestamp()))
            .return_values(aws_sdk_dynamodb::types::ReturnValue::UpdatedNew)
            .send()
            .await
            .map_err(|e| classify("flows", e));
        match first {
            Ok(out) => {
                let used = tries_after(&out)
                    .ok_or_else(|| corrupt("try counter", "no tries in the update's answer"))?;
                return Ok(Taken::Allowed { used });
            }
            Err(PortError::Conflict { .. }) => {}
            Err(err) => return Err(err),
        }
        for _ in 0..COUNTER_ATTEMPTS {
            let stored = self.stored_counter(&limit.key).await?;
            let current = stored.as_ref().map(CounterItem::counter);
            let (next, taken) = Counter::take(current.as_ref(), limit, now);
            let result = match (&stored, taken) {
                // Already blocked: nothing changes.
                (Some(_), Taken::Blocked { .. }) if current.as_ref() == Some(&next) => return Ok(taken),
                // One more try in an open window: an ADD that holds whatever
                // else happens in parallel, as long as the limit is not reached.
                (Some(_), Taken::Allowed { used }) if used > 1 => self
                    .client
                    .update_item()
                    .table_name(&self.tables.flows)
                    .set_key(Some(key((pk.clone(), "TRIES".into()))))
                    .update_expression("ADD tries :one")
                    .condition_expression("tries < :max AND window_ends > :now AND blocked_until <= :now")
                    .expression_attribute_values(":one", n(1))
                    .expression_attribute_values(":max", n(i64::from(limit.max)))
                    .expression_attribute_values(":now", n(now.timestamp_millis()))
                    .return_values(aws_sdk_dynamodb::types::ReturnValue::UpdatedNew)
                    .send()
                    .await
                    .map(|out| Taken::Allowed { used: tries_after(&out).unwrap_or(used) })
                    .map_err(|e| classify("flows", e)),
                // A new window or a new block: replace exactly the state read.
                _ => {
                    let item = serde_dynamo::to_item(CounterItem::new(&limit.key, &next))
                        .map_err(|e| corrupt("try counter", e))?;
                    let mut put = self.client.put_item().table_name(&self.tables.flows).set_item(Some(item));
                    put = match &stored {
                        None => put.condition_expression("attribute_not_exists(pk)"),
                        Some(old) => put
                            .condition_expression(
                                "tries = :tries AND window_ends = :window AND blocked_until = :blocked AND blocks = :blocks",
                            )
                            .expression_attribute_values(":tries", n(i64::from(old.tries)))
                            .expression_attribute_values(":window", n(old.window_ends))
                            .expression_attribute_values(":blocked", n(old.blocked_until))
                            .expression_attribute_values(":blocks", n(i64::from(old.blocks))),
                    };
                    put.send().await.map(|_| taken).map_err(|e| classify("flows", e))
                }
            };
            match result {
                Err(PortError::Conflict { .. }) => continue,
                other => return other,
            }
        }
        Err(PortError::Conflict { what: "try counter" })
    }

    async fn counter(&self, key: &str) -> Result<Option<Counter>, PortError> {
        Ok(self.stored_counter(key).await?.map(|c| c.counter()))
    }

    async fn release_try(&self, key: &str) -> Result<(), PortError> {
        let result = self
            .client
            .update_item()
            .table_name(&self.tables.flows)
            .set_key(Some(self::key((keys::tries(key), "TRIES".into()))))
            .update_expression("ADD tries :minus")
            .condition_expression("tries > :zero")
            .expression_attribute_values(":minus", AttributeValue::N("-1".into()))
            .expression_attribute_values(":zero", AttributeValue::N("0".into()))
            .send()
            .await
            .map_err(|e| classify("flows", e));
        match result {
            // Nothing to give back (cleared, or never taken): fine.
            Err(PortError::Conflict { .. }) | Ok(_) => Ok(()),
            Err(err) => Err(err),
        }
    }

    async fn clear_tries(&self, key: &str) -> Result<(), PortError> {
        self.client
            .delete_item()
            .table_name(&self.tables.flows)
            .set_key(Some(self::key((keys::tries(key), "TRIES".into()))))
            .send()
            .await
            .map_err(|e| classify("flows", e))?;
        Ok(())
    }
}

impl DynamoFlows {
    async fn stored_counter(&self, key: &str) -> Result<Option<CounterItem>, PortError> {
        let Some(item) = self.get(keys::tries(key), "TRIES").await? else {
            return Ok(None);
        };
        serde_dynamo::from_item(item).map(Some).map_err(|e| corrupt("try counter", e))
    }
}

/// Whether the one-off migration `name` ran to completion (its record is
/// in the directory table).
async fn migrated(client: &Client, tables: &TableNames, name: &str) -> Result<bool, PortError> {
    let out = client
        .get_item()
        .table_name(&tables.directory)
        .set_key(Some(key(keys::migration(name))))
        .consistent_read(true)
        .send()
        .await
        .map_err(|e| classify("directory", e))?;
    Ok(out.item.is_some())
}

/// Records that the migration `name` ran to completion.
async fn mark_migrated(
    client: &Client,
    tables: &TableNames,
    name: &str,
    now: DateTime<Utc>,
) -> Result<(), PortError> {
    let (pk, sk) = keys::migration(name);
    let item = serde_dynamo::to_item(MigrationItem { pk, sk, completed_at: now })
        .map_err(|e| corrupt("migration", e))?;
    client
        .put_item()
        .table_name(&tables.directory)
        .set_item(Some(item))
        .send()
        .await
        .map_err(|e| classify("directory", e))?;
    Ok(())
}

/// The audit trail table.
pub struct DynamoAudit {
    client: Client,
    tables: TableNames,
    retention: Retention,
}

impl DynamoAudit {
    pub fn new(client: Client, tables: TableNames) -> Self {
        Self { client, tables, retention: Retention::DEFAULT }
    }

    /// How long the audit events it writes are kept (default a year).
    #[must_use]
    pub fn with_retention(mut self, retention: Retention) -> Self {
        self.retention = retention;
        self
    }

    async fn by_target(&self, target_key: String, limit: usize) -> Result<Vec<AuditEvent>, PortError> {
        let out = self
            .client
            .query()
            .table_name(&self.tables.audit)
            .index_name(index::AUDIT_BY_TARGET)
            .key_condition_expression("target_key = :t")
            .expression_attribute_values(":t", AttributeValue::S(target_key))
            .scan_index_forward(false)
            .limit(i32::try_from(limit.clamp(1, 1000)).unwrap_or(1000))
            .send()
            .await
            .map_err(|e| classify("audit", e))?;
        out.items
            .unwrap_or_default()
            .into_iter()
            .map(|item| {
                serde_dynamo::from_item::<_, AuditItem>(item)
                    .map(AuditEvent::from)
                    .map_err(|e| corrupt("audit event", e))
            })
            .collect()
    }
}

#[async_trait]
impl AuditLog for DynamoAudit {
    async fn record(&self, event: &AuditEvent) -> Result<(), PortError> {
        let item: Item = serde_dynamo::to_item(AuditItem::new(event, self.retention))
            .map_err(|e| corrupt("audit event", e))?;
        self.client
            .put_item()
            .table_name(&self.tables.audit)
            .set_item(Some(item))
            .condition_expression("attribute_not_exists(pk)")
            .send()
            .await
            .map_err(|e| classify("audit", e))?;
        Ok(())
    }

    async fn for_user(&self, user: &UserId, limit: usize) -> Result<Vec<AuditEvent>, PortError> {
        self.by_target(keys::audit_target_user(user), limit).await
    }

    async fn for_target_name(&self, name: &str, limit: usize) -> Result<Vec<AuditEvent>, PortError> {
        self.by_target(keys::audit_target_name(name), limit).await
    }

    fn retention(&self) -> Retention {
        self.retention
    }

    async fn activity(&self, query: &ActivityQuery) -> Result<ActivityPage, PortError> {
        let now = Utc::now();
        let plan = ReportPlan::new(&self.tables.audit, query, now - self.retention.duration());
        let Some(plan) = plan else { return Ok(ActivityPage::default()) };
        let reads = plan.streams.iter().map(|stream| self.read_stream(&plan, stream));
        let read = futures::future::try_join_all(reads).await?;
        Ok(merge_streams(read, query.limit))
    }

    async fn all_activity(
        &self,
        query: &ActivityQuery,
        max: usize,
    ) -> Result<(Vec<AuditEvent>, bool), PortError> {
        let query = ActivityQuery { after: None, ..query.clone() };
        let plan = ReportPlan::new(&self.tables.audit, &query, Utc::now() - self.retention.duration());
        let Some(plan) = plan else { return Ok((Vec::new(), true)) };
        // Each shard is read in parallel up to its share of `max` (and a
        // little more, for the unevenness of hashing users to shards).
        let share = if plan.streams.len() == 1 { max } else { max / plan.streams.len() * 9 / 8 + 16 };
        let reads = plan.streams.iter().map(|stream| self.read_whole_stream(&plan, stream, share));
        let mut read = futures::future::try_join_all(reads).await?;
        // A shard can hold more than its share (a few busy users share it):
        // those cut short are read further while the total is under `max`.
        let mut total: usize = read.iter().map(|(events, _)| events.len()).sum();
        for (i, stream) in plan.streams.iter().enumerate() {
            if read[i].1 || total > max {
                continue;
            }
            let others = total - read[i].0.len();
            read[i] = self.read_whole_stream(&plan, stream, max - others).await?;
            total = others + read[i].0.len();
        }
        let complete = read.iter().all(|(_, complete)| *complete);
        let mut events: Vec<AuditEvent> = read.into_iter().flat_map(|(events, _)| events).collect();
        let complete = complete && events.len() <= max;
        events.truncate(max);
        Ok((events, complete))
    }
}

/// How a report is read: which index, which keys (one per stream, merged
/// newest first), the sort-key range, and the filter for what the keys do
/// not already select.
struct ReportPlan<'a> {
    table: &'a str,
    index: Option<&'static str>,
    hash: &'static str,
    streams: Vec<String>,
    low: String,
    high: String,
    /// The sort key of the cursor, itself excluded.
    after: Option<String>,
    filter: Vec<&'static str>,
    values: Item,
    limit: usize,
}

impl<'a> ReportPlan<'a> {
    /// `None` when the range is empty (wholly older than `oldest`, or reversed).
    fn new(table: &'a str, query: &ActivityQuery, oldest: DateTime<Utc>) -> Option<Self> {
        let from = query.from.max(oldest);
        let after = query.after.as_ref().map(|p| keys::audit_sort(&p.at, &p.id));
        let mut high = keys::audit_sort_ceiling(&query.to);
        if let Some(after) = &after {
            high = high.min(after.clone());
        }
        let low = keys::audit_sort_floor(&from);
        if low > high {
            return None;
        }
        let shards = || 0..AUDIT_SHARDS;
        let mut filter = Vec::new();
        let mut values = Item::new();
        // The most selective key carries the query; the rest are filters.
        let (index, hash, streams) = if let Some(user) = &query.user {
            (Some(index::AUDIT_BY_TARGET), "target_key", vec![keys::audit_target_user(user)])
        } else if let Some(actor) = &query.actor {
            (Some(index::AUDIT_BY_ACTOR), "actor_key", vec![keys::audit_actor(actor)])
        } else if let Some(activity) = query.activity {
            let streams = shards().map(|n| keys::audit_activity(activity, n)).collect();
            (Some(index::AUDIT_BY_ACTIVITY), "activity_key", streams)
        } else {
            (None, "pk", shards().map(keys::audit_shard).collect())
        };
        if hash != "activity_key" {
            // Only the self-service activity: events with an activity key.
            filter.push("attribute_exists(activity_key)");
            if let Some(activity) = query.activity {
                filter.push("begins_with(activity_key, :activity)");
                values.insert(":activity".into(), AttributeValue::S(format!("{}#", activity.as_str())));
            }
        }
        if let (Some(actor), true) = (&query.actor, hash != "actor_key") {
            filter.push("actor_key = :actor");
            values.insert(":actor".into(), AttributeValue::S(keys::audit_actor(actor)));
        }
        if let Some(outcome) = query.outcome {
            filter.push("outcome = :outcome");
            values.insert(":outcome".into(), AttributeValue::S(outcome.as_str().into()));
        }
        if let Some(method) = query.method {
            filter.push("contains(methods, :method)");
            let name = serde_dynamo::to_attribute_value(method).ok()?;
            values.insert(":method".into(), name);
        }
        Some(Self { table, index, hash, streams, low, high, after, filter, values, limit: query.limit })
    }
}

impl ReportPlan<'_> {
    /// One Query of `stream`'s range, newest first, `limit` items a page
    /// (`None`: as many as fit DynamoDB's 1 MB), from `start`.
    fn query(
        &self,
        client: &Client,
        stream: &str,
        start: Option<Item>,
        limit: Option<usize>,
    ) -> aws_sdk_dynamodb::operation::query::builders::QueryFluentBuilder {
        let mut values = self.values.clone();
        values.insert(":h".into(), AttributeValue::S(stream.to_owned()));
        values.insert(":low".into(), AttributeValue::S(self.low.clone()));
        values.insert(":high".into(), AttributeValue::S(self.high.clone()));
        let mut request = client
            .query()
            .table_name(self.table)
            .set_index_name(self.index.map(str::to_owned))
            .key_condition_expression(format!("{} = :h AND sk BETWEEN :low AND :high", self.hash))
            .set_expression_attribute_values(Some(values))
            .scan_index_forward(false)
            .set_limit(limit.map(|l| i32::try_from(l).unwrap_or(500)))
            .set_exclusive_start_key(start);
        if !self.filter.is_empty() {
            request = request.filter_expression(self.filter.join(" AND "));
        }
        if self.index.is_none() {
            // The table itself can be read consistently: a writer's own
            // event is in its next report.
            request = request.consistent_read(true);
        }
        request
    }
}

/// What one stream gave: its matching events, newest first, and where it
/// stopped reading (`None`: it has nothing older in range).
struct StreamRead {
    events: Vec<(String, AuditEvent)>,
    frontier: Option<String>,
}

/// Pages of one stream a report reads at most, so that a filter matching
/// almost nothing costs a bounded time; the page is then short and `next`
/// goes on from where the reading stopped.
const STREAM_PAGES: usize = 8;

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
        if migrated(&self.client, &self.tables, "audit-shards").await? {
            return Ok(None);
        }
        let mut moved = 0;
        let mut start = None;
        loop {
            let out = self
                .client
                .scan()
                .table_name(&self.tables.audit)
                .filter_expression("begins_with(pk, :day)")
                .expression_attribute_values(":day", AttributeValue::S("DAY#".into()))
                .set_exclusive_start_key(start.take())
                .send()
                .await
                .map_err(|e| classify("audit", e))?;
            for old in out.items.unwrap_or_default() {
                let stored: AuditItem =
                    serde_dynamo::from_item(old.clone()).map_err(|e| corrupt("audit event", e))?;
                let expires_at = stored.expires_at;
                let mut item = AuditItem::new(&AuditEvent::from(stored), self.retention);
                item.expires_at = expires_at;
                item.moved = true;
                let item: Item = serde_dynamo::to_item(item).map_err(|e| corrupt("audit event", e))?;
                self.client
                    .put_item()
                    .table_name(&self.tables.audit)
                    .set_item(Some(item))
                    .send()
                    .await
                    .map_err(|e| classify("audit", e))?;
                let old_key = old.into_iter().filter(|(name, _)| name == "pk" || name == "sk").collect();
                self.client
                    .delete_item()
                    .table_name(&self.tables.audit)
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
        mark_migrated(&self.client, &self.tables, "audit-shards", now).await?;
        Ok(Some(moved))
    }

    async fn read_stream(&self, plan: &ReportPlan<'_>, stream: &str) -> Result<StreamRead, PortError> {
        // Events spread evenly over the streams, so each needs only its share
        // of the page (twice over, for the unevenness of random ids): the
        // merge stops at the highest place a stream stopped reading, and the
        // page is full whenever the shares cover it. One stream needs it all.
        let streams = plan.streams.len();
        let want = if streams == 1 { plan.limit + 1 } else { plan.limit.div_ceil(streams) * 2 + 1 };
        // Filters drop items after DynamoDB counts them, so read wider pages then.
        let filtered = plan.filter.len() > usize::from(plan.hash == "pk");
        let page = if filtered { (want * 4).clamp(50, 500) } else { want };
        let mut events = Vec::new();
        let mut start = None;
        for _ in 0..STREAM_PAGES {
            let request = plan.query(&self.client, stream, start.take(), Some(page));
            let out = request.send().await.map_err(|e| classify("audit", e))?;
            for item in out.items.unwrap_or_default() {
                let item: AuditItem = serde_dynamo::from_item(item).map_err(|e| corrupt("audit event", e))?;
                if plan.after.as_ref() == Some(&item.sk) {
                    continue;
                }
                events.push((item.sk.clone(), AuditEvent::from(item)));
            }
            start = out.last_evaluated_key.filter(|k| !k.is_empty());
            if start.is_none() || events.len() >= want {
                break;
            }
        }
        let frontier = match start {
            None => None,
            Some(key) => match key.get("sk") {
                Some(AttributeValue::S(sk)) => Some(sk.clone()),
                _ => return Err(corrupt("audit page key", "the last evaluated key has no sort key")),
            },
        };
        Ok(StreamRead { events, frontier })
    }
}

impl DynamoAudit {
    /// Every matching event of one stream, in pages as large as DynamoDB
    /// gives (1 MB), up to `cap`; `false` when it held more.
    async fn read_whole_stream(
        &self,
        plan: &ReportPlan<'_>,
        stream: &str,
        cap: usize,
    ) -> Result<(Vec<AuditEvent>, bool), PortError> {
        let mut events = Vec::new();
        let mut start = None;
        loop {
            let out = plan
                .query(&self.client, stream, start.take(), None)
                .send()
                .await
                .map_err(|e| classify("audit", e))?;
            for item in out.items.unwrap_or_default() {
                let item: AuditItem = serde_dynamo::from_item(item).map_err(|e| corrupt("audit event", e))?;
                events.push(AuditEvent::from(item));
            }
            start = out.last_evaluated_key.filter(|k| !k.is_empty());
            if events.len() > cap {
                return Ok((events, false));
            }
            if start.is_none() {
                return Ok((events, true));
            }
        }
    }
}

/// Merges streams newest first. Only events at or above the highest
/// frontier are certain to be in order (a stream that stopped there may
/// have newer ones below nobody's reach yet), so the page ends there.
fn merge_streams(reads: Vec<StreamRead>, limit: usize) -> ActivityPage {
    let bound = reads.iter().filter_map(|r| r.frontier.clone()).max();
    let mut events: Vec<(String, AuditEvent)> = reads
        .into_iter()
        .flat_map(|r| r.events)
        .filter(|(sk, _)| bound.as_ref().is_none_or(|b| sk >= b))
        .collect();
    events.sort_by(|a, b| b.0.cmp(&a.0));
    let more = events.len() > limit;
    events.truncate(limit);
    let next = if more || (events.len() == limit && bound.is_some()) {
        events.last().map(|(_, e)| e.position())
    } else {
        bound.as_deref().and_then(position_of)
    };
    ActivityPage { events: events.into_iter().map(|(_, e)| e).collect(), next }
}

/// The event position a sort key names (`<time>#<id>`).
fn position_of(sk: &str) -> Option<Position> {
    let (at, id) = sk.rsplit_once('#')?;
    let at = DateTime::parse_from_rfc3339(at).ok()?.with_timezone(&Utc);
    Some(Position { at, id: id.to_owned() })
}
