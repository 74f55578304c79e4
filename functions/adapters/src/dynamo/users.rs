//! Users in the directory table: the user record, the claim that keeps
//! usernames unique, and the indexes users are listed by.

use std::collections::{BTreeSet, HashMap};

use aws_sdk_dynamodb::types::{AttributeValue, Delete, TransactWriteItem};
use chrono::{DateTime, Utc};
use latchkey_core::PortError;
use latchkey_core::model::audit::AuditEvent;
use latchkey_core::model::directory::SyncedFrom;
use latchkey_core::model::language::Language;
use latchkey_core::model::registration::Registration;
use latchkey_core::model::search::{Direction, UserIndex};
use latchkey_core::model::user::HelpdeskCheck;
use latchkey_core::model::user::Invitation;
use latchkey_core::model::user::{
    LockoutState, NewUser, PasswordState, Role, SessionToken, StoredCredentials, User,
};
use latchkey_core::model::values::{E164, Email, GroupName, UserId, Username};
use serde::{Deserialize, Serialize};

use super::directory::batch_get;
use super::groups;
use super::index;
use super::keys::{self, Key};
use super::shared::{Item, Store, corrupt, create_put, invalid, key, number, versioned_put};
use super::words;
use crate::aws::classify;

/// A user as stored. Private: the rest of the code sees only `User`.
#[derive(Serialize, Deserialize)]
pub(super) struct UserItem {
    pk: String,
    sk: String,
    gsi1pk: String,
    gsi1sk: String,
    // The display-name and email indexes' keys (`latchkey_core::model::search::UserIndex::sort_key`);
    // absent on items written before those indexes existed.
    #[serde(default)]
    gsi2pk: Option<String>,
    #[serde(default)]
    gsi2sk: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    gsi3pk: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    gsi3sk: Option<String>,
    /// The words of the names the word index holds for this record (`words`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    words: Vec<String>,
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
    // Absent on items written before users chose a language (and on those of
    // users who never did): they follow the organisation's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    language: Option<Language>,
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
    invitation: Option<Invitation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    helpdesk_check: Option<HelpdeskCheck>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    synced: Option<SyncedFrom>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    expiry_reminded: Option<latchkey_core::model::user::ExpiryReminded>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    weekly_digest: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lockdown: Option<latchkey_core::model::user::Lockdown>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    campaign: Option<latchkey_core::model::campaign::CampaignMark>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    access_pass: Option<latchkey_core::model::access_pass::AccessPass>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    provisioning: Option<latchkey_core::model::user::Provisioning>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    updated_at: Option<DateTime<Utc>>,
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
        let credentials = u.credentials();
        Self {
            pk,
            sk,
            gsi1pk: keys::user_kind(),
            gsi1sk: u.username.to_string(),
            gsi2pk: Some(keys::user_kind()),
            gsi2sk: UserIndex::DisplayName.sort_key(u),
            gsi3pk: UserIndex::Email.sort_key(u).map(|_| keys::user_kind()),
            gsi3sk: UserIndex::Email.sort_key(u),
            words: latchkey_core::model::search::words(u),
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
            language: u.language,
            password: credentials.password,
            must_change_password: u.must_change_password,
            password_never_expires: u.password_never_expires,
            lockout: credentials.lockout,
            lock_epoch: credentials.lock_epoch,
            token_version: credentials.token_version,
            kept_session: credentials
                .kept_session
                .map(|k| KeptSessionItem { version: k.version, token_id: k.id }),
            created_at: u.created_at,
            last_sign_in_at: u.last_sign_in_at,
            registration: u.registration.clone(),
            invitation: u.invitation.clone(),
            helpdesk_check: u.helpdesk_check.clone(),
            synced: u.synced.clone(),
            expiry_reminded: u.expiry_reminded.clone(),
            weekly_digest: u.weekly_digest,
            lockdown: u.lockdown.clone(),
            campaign: u.campaign.clone(),
            access_pass: u.access_pass.clone(),
            provisioning: u.provisioning.clone(),
            updated_at: u.updated_at,
            version: u.version,
        }
    }
}

impl From<UserItem> for User {
    fn from(i: UserItem) -> Self {
        let new = NewUser {
            username: i.username,
            display_name: i.display_name,
            first_name: i.first_name,
            last_name: i.last_name,
            emails: i.emails,
            phones: i.phones,
            roles: i.roles,
            groups: i.groups,
            language: i.language,
        };
        let mut user = new.into_user(i.id, i.created_at).restore_credentials(StoredCredentials {
            password: i.password,
            lockout: i.lockout,
            lock_epoch: i.lock_epoch,
            token_version: i.token_version,
            kept_session: i.kept_session.map(|k| SessionToken::new(k.version, k.token_id)),
        });
        user.enabled = i.enabled;
        user.must_change_password = i.must_change_password;
        user.password_never_expires = i.password_never_expires;
        user.last_sign_in_at = i.last_sign_in_at;
        user.registration = i.registration;
        user.invitation = i.invitation;
        user.helpdesk_check = i.helpdesk_check;
        user.synced = i.synced;
        user.expiry_reminded = i.expiry_reminded;
        user.weekly_digest = i.weekly_digest;
        user.lockdown = i.lockdown;
        user.campaign = i.campaign;
        user.access_pass = i.access_pass;
        user.provisioning = i.provisioning;
        user.updated_at = i.updated_at;
        user.version = i.version;
        user
    }
}

/// The claim on a username.
#[derive(Serialize, Deserialize)]
struct ClaimItem {
    pk: String,
    sk: String,
    user_id: UserId,
}

fn user_of(item: Item) -> Result<User, PortError> {
    let stored: UserItem = serde_dynamo::from_item(item).map_err(|e| corrupt("user", e))?;
    Ok(stored.into())
}

/// The conditional replacement of a stored user (never a creation).
pub(super) fn replace(table: &str, user: &User) -> Result<TransactWriteItem, PortError> {
    replace_where(table, user, None)
}

/// [`replace`], also on condition `also` (an expression and its values).
fn replace_where(
    table: &str,
    user: &User,
    also: Option<(&str, Item)>,
) -> Result<TransactWriteItem, PortError> {
    if user.version < 2 {
        return Err(PortError::Conflict { what: "user" });
    }
    let item = serde_dynamo::to_item(UserItem::from(user)).map_err(|e| corrupt("user", e))?;
    let Some((condition, mut values)) = also else { return versioned_put(table, item, user.version) };
    values.insert(":previous".to_owned(), number(user.version - 1));
    let condition = format!("version = :previous AND {condition}");
    super::shared::conditional_put(table, item, &condition, Some(values))
}

/// [`replace`], only while the stored record is indexed under `words`, the
/// words of `user`'s names (none: a record without words).
fn same_words(table: &str, user: &User, words: &[String]) -> Result<TransactWriteItem, PortError> {
    if words.is_empty() {
        return replace_where(table, user, Some(("attribute_not_exists(words)", Item::new())));
    }
    let list = AttributeValue::L(words.iter().cloned().map(AttributeValue::S).collect());
    replace_where(table, user, Some(("words = :words", HashMap::from([(":words".to_owned(), list)]))))
}

pub(super) async fn by_username(store: &Store, username: &Username) -> Result<Option<User>, PortError> {
    let Some(claim) = store.get(&store.tables.directory, keys::username(username), "directory").await? else {
        return Ok(None);
    };
    let claim: ClaimItem = serde_dynamo::from_item(claim).map_err(|e| corrupt("username claim", e))?;
    by_id(store, &claim.user_id).await
}

pub(super) async fn by_id(store: &Store, id: &UserId) -> Result<Option<User>, PortError> {
    let item = store.get(&store.tables.directory, keys::user(id), "directory").await?;
    item.map(user_of).transpose()
}

/// The users with these ids, in that order (one gone meanwhile is left out).
pub(super) async fn by_ids(store: &Store, ids: &[UserId]) -> Result<Vec<User>, PortError> {
    let keys: Vec<Item> = ids.iter().map(|id| key(keys::user(id))).collect();
    let mut found: HashMap<UserId, User> = HashMap::new();
    for item in batch_get(store, keys).await? {
        let user = user_of(item)?;
        found.insert(user.id.clone(), user);
    }
    Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
}

pub(super) async fn all(store: &Store) -> Result<Vec<User>, PortError> {
    let mut users = Vec::new();
    let mut start: Option<Item> = None;
    loop {
        let out = store
            .client
            .query()
            .table_name(&store.tables.directory)
            .index_name(index::DIRECTORY_BY_KIND)
            .key_condition_expression("gsi1pk = :k")
            .expression_attribute_values(":k", AttributeValue::S(keys::user_kind()))
            .set_exclusive_start_key(start.take())
            .send()
            .await
            .map_err(|e| classify("directory", e))?;
        for item in out.items.unwrap_or_default() {
            users.push(user_of(item)?);
        }
        match out.last_evaluated_key {
            Some(key) if !key.is_empty() => start = Some(key),
            _ => return Ok(users),
        }
    }
}

pub(super) async fn page(
    store: &Store,
    index: UserIndex,
    prefix: &str,
    after: Option<&str>,
    limit: usize,
    direction: Direction,
) -> Result<Vec<User>, PortError> {
    let descending = direction == Direction::Descending;
    if index == UserIndex::Word {
        return super::words::page(store, prefix, after, limit).await;
    }
    let (name, pk, sk) = match index {
        UserIndex::Username => (index::DIRECTORY_BY_KIND, "gsi1pk", "gsi1sk"),
        UserIndex::DisplayName => (index::DIRECTORY_BY_DISPLAY_NAME, "gsi2pk", "gsi2sk"),
        UserIndex::Email | UserIndex::Word => (index::DIRECTORY_BY_EMAIL, "gsi3pk", "gsi3sk"),
    };
    let s = |v: &str| AttributeValue::S(v.to_owned());
    let mut users = Vec::new();
    let mut start: Option<Item> = None;
    loop {
        let mut query = store
            .client
            .query()
            .table_name(&store.tables.directory)
            .index_name(name)
            .expression_attribute_names("#pk", pk)
            .expression_attribute_values(":k", AttributeValue::S(keys::user_kind()))
            .limit(i32::try_from(limit - users.len()).unwrap_or(i32::MAX))
            .scan_index_forward(!descending)
            .set_exclusive_start_key(start.take());
        // After a cursor the key condition is "greater than" ("less than"
        // when reading backwards; one sort-key condition is all DynamoDB
        // takes); the prefix's end is where the sorted answer stops matching.
        query = match (after, prefix.is_empty()) {
            (Some(after), _) => query
                .key_condition_expression(if descending {
                    "#pk = :k AND #sk < :after"
                } else {
                    "#pk = :k AND #sk > :after"
                })
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
            let user = user_of(item)?;
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

/// A new user: their record and their username's claim, both only where
/// none exists, with the group entries of the groups they start in.
pub(super) async fn create(store: &Store, user: &User, event: &AuditEvent) -> Result<(), PortError> {
    let table = &store.tables.directory;
    let item = serde_dynamo::to_item(UserItem::from(user)).map_err(|e| corrupt("user", e))?;
    let (pk, sk) = keys::username(&user.username);
    let claim = serde_dynamo::to_item(ClaimItem { pk, sk, user_id: user.id.clone() })
        .map_err(|e| corrupt("username claim", e))?;
    let mut items = vec![create_put(table, item)?, create_put(table, claim)?];
    items.extend(store.audit_puts([event])?);
    items.extend(groups::index_writes(store, &[(user, &BTreeSet::new())]).await?);
    items.extend(words::changes(table, user, &[])?);
    store.transact(items, "directory").await
}

/// Deletes a user at the version read, with their claim and group entries.
pub(super) async fn delete(store: &Store, user: &User, event: &AuditEvent) -> Result<(), PortError> {
    let delete = |parts: Key, version: Option<u64>| {
        let mut delete = Delete::builder().table_name(&store.tables.directory).set_key(Some(key(parts)));
        if let Some(version) = version {
            delete = delete
                .condition_expression("version = :v")
                .expression_attribute_values(":v", number(version));
        }
        delete.build().map(|d| TransactWriteItem::builder().delete(d).build()).map_err(|e| invalid("user", e))
    };
    let mut items = vec![
        delete(keys::user(&user.id), Some(user.version))?,
        delete(keys::username(&user.username), None)?,
    ];
    items.extend(store.audit_puts([event])?);
    let mut gone = user.clone();
    gone.groups.clear();
    items.extend(groups::index_writes(store, &[(&gone, &user.groups)]).await?);
    let mut nameless = user.clone();
    (nameless.display_name, nameless.first_name, nameless.last_name) = Default::default();
    items.extend(words::changes(&store.tables.directory, &nameless, &words::stored(store, &user.id).await?)?);
    store.transact(items, "directory").await
}

pub(super) async fn update(store: &Store, user: &User, events: &[AuditEvent]) -> Result<(), PortError> {
    let table = &store.tables.directory;
    // Most updates keep the names (a sign-in, a reset): written on condition
    // that the record is indexed under the same words, they need no read.
    let now = latchkey_core::model::search::words(user);
    match store.commit(vec![same_words(table, user, &now)?], events, "directory").await {
        Err(PortError::Conflict { .. }) => {}
        done => return done,
    }
    // A stale version or other words: the record's words tell which. Read
    // at the version this write is conditioned on, or it fails as a conflict.
    let before = words::stored(store, &user.id).await?;
    if before == now {
        return Err(PortError::Conflict { what: "user" });
    }
    let mut items = vec![replace(table, user)?];
    items.extend(words::changes(table, user, &before)?);
    store.commit(items, events, "directory").await
}

#[cfg(test)]
mod tests {
    use latchkey_core::testing::sample_user;

    use super::super::mock::{Requests, Transaction, Written, event};
    use super::*;

    #[test]
    fn a_language_is_stored_only_when_chosen_and_a_record_without_one_follows_the_organisation() {
        let mut user = sample_user("adele");
        let item = serde_dynamo::to_item::<_, Item>(UserItem::from(&user)).unwrap();
        assert!(!item.contains_key("language"), "records of users who chose none stay as they were");
        assert_eq!(user_of(item).unwrap().language, None);
        user.language = Some(Language::Pt);
        let item = serde_dynamo::to_item::<_, Item>(UserItem::from(&user)).unwrap();
        assert_eq!(item.get("language"), Some(&AttributeValue::S("pt".into())));
        assert_eq!(user_of(item).unwrap().language, Some(Language::Pt));
    }

    #[tokio::test]
    async fn creating_a_user_puts_the_record_and_the_claim_only_where_none_exists() {
        let requests = Requests::answering_writes();
        let store = requests.store();
        let mut user = sample_user("adele");
        user.version = 1;

        create(&store, &user, &event()).await.unwrap();

        let sent = requests.transactions();
        assert_eq!(sent.len(), 1, "one transaction");
        let puts = sent[0].puts();
        assert_eq!(puts.len(), 4, "the user, the claim, the audit event and the name's one word");
        let (record, claim, audit) = (&puts[0], &puts[1], &puts[2]);
        assert_eq!(puts[3].key(), keys::word("adele", &user.id));
        assert_eq!(record.table_name(), "directory");
        assert_eq!(record.key(), keys::user(&user.id));
        assert_eq!(record.condition_expression(), Some("attribute_not_exists(pk)"));
        assert_eq!(record.expression_attribute_values(), None);
        assert_eq!(record.text("gsi1pk"), keys::user_kind());
        assert_eq!(record.text("gsi1sk"), "adele");
        assert_eq!(claim.key(), keys::username(&user.username));
        assert_eq!(claim.condition_expression(), Some("attribute_not_exists(pk)"));
        assert_eq!(claim.text("user_id"), user.id.to_string());
        assert_eq!(audit.table_name(), "audit");
        assert_eq!(audit.condition_expression(), Some("attribute_not_exists(pk)"));
    }

    #[tokio::test]
    async fn an_update_replaces_only_the_version_it_read() {
        let requests = Requests::answering_writes();
        let store = requests.store();
        let mut user = sample_user("adele");
        user.version = 5;

        update(&store, &user, &[event(), event()]).await.unwrap();

        let sent = requests.transactions();
        let puts = sent[0].puts();
        assert_eq!(puts.len(), 3, "the user and both events, in one transaction, with no read first");
        assert_eq!(puts[0].key(), keys::user(&user.id));
        assert_eq!(
            puts[0].condition_expression(),
            Some("version = :previous AND words = :words"),
            "while the record is indexed under the same words"
        );
        assert_eq!(puts[0].value(":previous"), Some(number(4)));
        assert_eq!(puts[0].item_number("version"), Some(5));
    }

    #[tokio::test]
    async fn a_user_never_stored_is_not_replaced() {
        let requests = Requests::answering_writes();
        let store = requests.store();
        let mut user = sample_user("adele");
        user.version = 1;

        let refused = update(&store, &user, &[]).await;

        assert!(matches!(refused, Err(PortError::Conflict { .. })), "{refused:?}");
        assert!(requests.transactions().is_empty(), "nothing is sent");
    }
}
