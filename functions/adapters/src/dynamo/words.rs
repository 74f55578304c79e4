//! The word index: one small item per word of each user's names
//! (`keys::word`), so that a search finds a word anywhere in a name —
//! "wilber" finds Alex Wilber — by reading one partition's sorted range,
//! never the directory. Its entries change in the same transaction as the
//! user record; the record keeps the words it was indexed under, so an
//! update knows which entries to remove.

use aws_sdk_dynamodb::types::{AttributeValue, Delete, Put, TransactWriteItem, Update};
use chrono::{DateTime, Utc};
use latchkey_core::PortError;
use latchkey_core::model::search::{Direction, UserIndex, words};
use latchkey_core::model::user::User;
use latchkey_core::model::values::UserId;

use super::shared::{Item, Store, invalid, key, number};
use super::{DynamoDirectory, keys, migrations, users};
use crate::aws::classify;

/// The writes that take the index from the words `before` (what the stored
/// record was indexed under) to `user`'s: a put for each new word, a delete
/// for each gone one; nothing when the names kept their words.
pub(super) fn changes(
    table: &str,
    user: &User,
    before: &[String],
) -> Result<Vec<TransactWriteItem>, PortError> {
    let now = words(user);
    let mut items = Vec::new();
    for word in now.iter().filter(|w| !before.contains(w)) {
        let mut item = key(keys::word(word, &user.id));
        item.insert("user_id".into(), AttributeValue::S(user.id.to_string()));
        let put =
            Put::builder().table_name(table).set_item(Some(item)).build().map_err(|e| invalid("word", e))?;
        items.push(TransactWriteItem::builder().put(put).build());
    }
    for word in before.iter().filter(|w| !now.contains(w)) {
        let delete = Delete::builder()
            .table_name(table)
            .set_key(Some(key(keys::word(word, &user.id))))
            .build()
            .map_err(|e| invalid("word", e))?;
        items.push(TransactWriteItem::builder().delete(delete).build());
    }
    Ok(items)
}

/// The words the stored record of `user` was indexed under (none for a
/// record written before the word index, whose words are then all added).
pub(super) async fn stored(store: &Store, user: &UserId) -> Result<Vec<String>, PortError> {
    let out = store
        .client
        .get_item()
        .table_name(&store.tables.directory)
        .set_key(Some(key(keys::user(user))))
        .projection_expression("words")
        .consistent_read(true)
        .send()
        .await
        .map_err(|e| classify("directory", e))?;
    let words = out.item.and_then(|mut item| item.remove("words"));
    Ok(match words {
        Some(AttributeValue::L(list)) => list.into_iter().filter_map(|v| v.as_s().ok().cloned()).collect(),
        _ => Vec::new(),
    })
}

/// Up to `limit` users with a word starting with `prefix` (not empty),
/// after `after`, in the index's order: one query of one partition, then
/// one batch read of the users. An entry a rename left behind, or a second
/// word of a user already listed for this prefix, is skipped (the user's
/// own key for the prefix decides), so each user comes once.
pub(super) async fn page(
    store: &Store,
    prefix: &str,
    after: Option<&str>,
    limit: usize,
) -> Result<Vec<User>, PortError> {
    let s = |v: &str| AttributeValue::S(v.to_owned());
    let mut found = Vec::new();
    let mut start: Option<Item> = None;
    let mut after = after.map(str::to_owned);
    loop {
        let mut query = store
            .client
            .query()
            .table_name(&store.tables.directory)
            .expression_attribute_values(":k", s(&keys::word_partition(prefix)))
            .limit(i32::try_from((limit - found.len()) * 2).unwrap_or(i32::MAX).max(10))
            .set_exclusive_start_key(start.take());
        query = match &after {
            Some(after) => query
                .key_condition_expression("pk = :k AND sk > :after")
                .expression_attribute_values(":after", s(after)),
            None => query
                .key_condition_expression("pk = :k AND begins_with(sk, :prefix)")
                .expression_attribute_values(":prefix", s(prefix)),
        };
        let out = query.send().await.map_err(|e| classify("directory", e))?;
        let entries: Vec<(String, UserId)> = out
            .items
            .unwrap_or_default()
            .into_iter()
            .filter_map(|item| {
                let sk = item.get("sk")?.as_s().ok()?.clone();
                let id = item.get("user_id")?.as_s().ok()?.clone();
                Some((sk, UserId::new(id)))
            })
            .collect();
        // Past the prefix's range the sorted answer no longer matches.
        let in_range = entries.iter().take_while(|(sk, _)| sk.starts_with(prefix)).count();
        let ended = in_range < entries.len();
        let ids: Vec<UserId> = entries[..in_range].iter().map(|(_, id)| id.clone()).collect();
        let users = users::by_ids(store, &ids).await?;
        for (sk, id) in &entries[..in_range] {
            after = Some(sk.clone());
            let Some(user) = users.iter().find(|u| &u.id == id) else { continue };
            if UserIndex::Word.key_for(user, prefix).as_deref() == Some(sk.as_str()) {
                found.push(user.clone());
                if found.len() == limit {
                    return Ok(found);
                }
            }
        }
        match out.last_evaluated_key {
            Some(key) if !key.is_empty() && !ended => start = Some(key),
            _ => return Ok(found),
        }
    }
}

/// What [`DynamoDirectory::migrate_word_index`] did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct WordBackfill {
    /// Users whose records were written before the word index, now in it.
    pub users_indexed: usize,
    /// Users that changed under the backfill; their next update indexes them
    /// anyway, and the next run takes them.
    pub skipped: usize,
}

impl DynamoDirectory {
    /// Brings users stored before the word index into it, once: a page of
    /// users at a time (the `by_kind` index), and for each whose record lacks
    /// its words, one transaction of its word entries and the words on the
    /// record, on condition that the record is still at the version read (an
    /// update meanwhile indexes the user itself). Recorded as done when
    /// nothing was left; bootstrap calls it on every start.
    pub async fn migrate_word_index(&self, now: DateTime<Utc>) -> Result<Option<WordBackfill>, PortError> {
        let store = &self.store;
        if migrations::migrated(store, "word-index").await? {
            return Ok(None);
        }
        let mut done = WordBackfill::default();
        let mut after: Option<String> = None;
        loop {
            let page =
                users::page(store, UserIndex::Username, "", after.as_deref(), 100, Direction::Ascending)
                    .await?;
            for user in &page {
                let before = stored(store, &user.id).await?;
                let mut items = changes(&store.tables.directory, user, &before)?;
                if items.is_empty() {
                    continue;
                }
                let update = Update::builder()
                    .table_name(&store.tables.directory)
                    .set_key(Some(key(keys::user(&user.id))))
                    .update_expression("SET words = :words")
                    .condition_expression("version = :v")
                    .expression_attribute_values(
                        ":words",
                        AttributeValue::L(words(user).into_iter().map(AttributeValue::S).collect()),
                    )
                    .expression_attribute_values(":v", number(user.version))
                    .build()
                    .map_err(|e| invalid("user", e))?;
                items.push(TransactWriteItem::builder().update(update).build());
                match store.transact(items, "directory").await {
                    Ok(()) => done.users_indexed += 1,
                    Err(PortError::Conflict { .. }) => done.skipped += 1,
                    Err(err) => return Err(err),
                }
            }
            match page.last() {
                Some(last) if page.len() == 100 => after = Some(last.username.to_string()),
                _ => break,
            }
        }
        if done.skipped == 0 {
            migrations::mark_migrated(store, "word-index", now).await?;
        }
        Ok(Some(done))
    }
}

#[cfg(test)]
mod tests {
    use latchkey_core::testing::sample_user;

    use super::*;

    #[test]
    fn a_rename_adds_the_new_words_and_removes_the_gone_ones_and_nothing_else() {
        let mut user = sample_user("alex");
        user.display_name = "Alex Wilber".into();
        let before = vec!["alex".to_owned(), "vance".to_owned()];
        let items = changes("directory", &user, &before).unwrap();
        let puts: Vec<_> = items.iter().filter_map(|i| i.put()).map(|p| p.item()["sk"].clone()).collect();
        let deletes: Vec<_> =
            items.iter().filter_map(|i| i.delete()).map(|d| d.key()["sk"].clone()).collect();
        assert_eq!(puts, [AttributeValue::S(keys::word("wilber", &user.id).1)]);
        assert_eq!(deletes, [AttributeValue::S(keys::word("vance", &user.id).1)]);
        let kept = vec!["alex".to_owned(), "wilber".to_owned()];
        assert!(changes("directory", &user, &kept).unwrap().is_empty(), "the same words: no write");
    }
}
