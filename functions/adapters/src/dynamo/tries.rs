//! Try counters in the flows table (`TRIES#<digest of what is counted>` /
//! `TRIES`): plain numbers, so that the common case — one more try in an
//! open window — is a single conditional `ADD`.

use aws_sdk_dynamodb::operation::update_item::UpdateItemOutput;
use aws_sdk_dynamodb::types::ReturnValue;
use chrono::{DateTime, Utc};
use latchkey_core::PortError;
use latchkey_core::model::tries::{Counter, Limit, Taken};
use serde::{Deserialize, Serialize};

use super::keys;
use super::shared::{Store, corrupt, key, number};
use crate::aws::classify;

/// A try counter as stored.
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
        let (pk, sk) = keys::tries(key);
        Self {
            pk,
            sk,
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
fn tries_after(out: &UpdateItemOutput) -> Option<u32> {
    out.attributes.as_ref()?.get("tries")?.as_n().ok()?.parse().ok()
}

/// How many times `take` re-reads after another caller changed the
/// counter's window or block under it (the plain `ADD` never needs to).
const COUNTER_ATTEMPTS: usize = 8;

/// Takes a try under `limit`, with the same outcome as `Counter::take`.
pub(super) async fn take(store: &Store, limit: &Limit, now: DateTime<Utc>) -> Result<Taken, PortError> {
    // The common cases — no counter yet, or one more try in an open
    // window — in one conditional write that creates or adds; anything
    // else (a window over, a block) fails its condition and takes the
    // read-then-replace path below.
    let fresh = Counter::take(None, limit, now).0;
    let first = store
        .client
        .update_item()
        .table_name(&store.tables.flows)
        .set_key(Some(key(keys::tries(&limit.key))))
        .update_expression(
            "SET window_ends = if_not_exists(window_ends, :window), \
             blocked_until = if_not_exists(blocked_until, :epoch), \
             blocks = if_not_exists(blocks, :zero), \
             expires_at = if_not_exists(expires_at, :expires) ADD tries :one",
        )
        .condition_expression(
            "attribute_not_exists(pk) OR (tries < :max AND window_ends > :now AND blocked_until <= :now)",
        )
        .expression_attribute_values(":one", number(1))
        .expression_attribute_values(":zero", number(0))
        .expression_attribute_values(":max", number(limit.max))
        .expression_attribute_values(":now", number(now.timestamp_millis()))
        .expression_attribute_values(":window", number(fresh.window_ends.timestamp_millis()))
        .expression_attribute_values(":epoch", number(fresh.blocked_until.timestamp_millis()))
        .expression_attribute_values(":expires", number(fresh.expires_at().timestamp()))
        .return_values(ReturnValue::UpdatedNew)
        .send()
        .await
        .map_err(|e| classify("flows", e));
    match first {
        Ok(out) => {
            let used =
                tries_after(&out).ok_or_else(|| corrupt("try counter", "no tries in the update's answer"))?;
            return Ok(Taken::Allowed { used });
        }
        Err(PortError::Conflict { .. }) => {}
        Err(err) => return Err(err),
    }
    for _ in 0..COUNTER_ATTEMPTS {
        match take_again(store, limit, now).await {
            Err(PortError::Conflict { .. }) => continue,
            other => return other,
        }
    }
    Err(PortError::Conflict { what: "try counter" })
}

/// One read-then-write attempt at taking a try, for when the counter's
/// window is over or it is blocked; `Conflict` when it changed meanwhile.
async fn take_again(store: &Store, limit: &Limit, now: DateTime<Utc>) -> Result<Taken, PortError> {
    let stored = stored_counter(store, &limit.key).await?;
    let current = stored.as_ref().map(CounterItem::counter);
    let (next, taken) = Counter::take(current.as_ref(), limit, now);
    match (&stored, taken) {
        // Already blocked: nothing changes.
        (Some(_), Taken::Blocked { .. }) if current.as_ref() == Some(&next) => Ok(taken),
        // One more try in an open window: an ADD that holds whatever
        // else happens in parallel, as long as the limit is not reached.
        (Some(_), Taken::Allowed { used }) if used > 1 => store
            .client
            .update_item()
            .table_name(&store.tables.flows)
            .set_key(Some(key(keys::tries(&limit.key))))
            .update_expression("ADD tries :one")
            .condition_expression("tries < :max AND window_ends > :now AND blocked_until <= :now")
            .expression_attribute_values(":one", number(1))
            .expression_attribute_values(":max", number(limit.max))
            .expression_attribute_values(":now", number(now.timestamp_millis()))
            .return_values(ReturnValue::UpdatedNew)
            .send()
            .await
            .map(|out| Taken::Allowed { used: tries_after(&out).unwrap_or(used) })
            .map_err(|e| classify("flows", e)),
        // A new window or a new block: replace exactly the state read.
        _ => {
            let item = serde_dynamo::to_item(CounterItem::new(&limit.key, &next))
                .map_err(|e| corrupt("try counter", e))?;
            let mut put = store.client.put_item().table_name(&store.tables.flows).set_item(Some(item));
            put = match &stored {
                None => put.condition_expression("attribute_not_exists(pk)"),
                Some(old) => put
                    .condition_expression(
                        "tries = :tries AND window_ends = :window AND blocked_until = :blocked AND blocks = :blocks",
                    )
                    .expression_attribute_values(":tries", number(old.tries))
                    .expression_attribute_values(":window", number(old.window_ends))
                    .expression_attribute_values(":blocked", number(old.blocked_until))
                    .expression_attribute_values(":blocks", number(old.blocks)),
            };
            put.send().await.map(|_| taken).map_err(|e| classify("flows", e))
        }
    }
}

pub(super) async fn counter(store: &Store, key: &str) -> Result<Option<Counter>, PortError> {
    Ok(stored_counter(store, key).await?.map(|c| c.counter()))
}

/// Gives back a try; nothing when there is none to give back.
pub(super) async fn release(store: &Store, digest: &str) -> Result<(), PortError> {
    let result = store
        .client
        .update_item()
        .table_name(&store.tables.flows)
        .set_key(Some(key(keys::tries(digest))))
        .update_expression("ADD tries :minus")
        .condition_expression("tries > :zero")
        .expression_attribute_values(":minus", number(-1))
        .expression_attribute_values(":zero", number(0))
        .send()
        .await
        .map_err(|e| classify("flows", e));
    match result {
        // Nothing to give back (cleared, or never taken): fine.
        Err(PortError::Conflict { .. }) | Ok(_) => Ok(()),
        Err(err) => Err(err),
    }
}

pub(super) async fn clear(store: &Store, digest: &str) -> Result<(), PortError> {
    store
        .client
        .delete_item()
        .table_name(&store.tables.flows)
        .set_key(Some(key(keys::tries(digest))))
        .send()
        .await
        .map_err(|e| classify("flows", e))?;
    Ok(())
}

async fn stored_counter(store: &Store, digest: &str) -> Result<Option<CounterItem>, PortError> {
    let Some(item) = store.get(&store.tables.flows, keys::tries(digest), "flows").await? else {
        return Ok(None);
    };
    serde_dynamo::from_item(item).map(Some).map_err(|e| corrupt("try counter", e))
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use latchkey_core::model::tries::BlockRule;

    use super::super::mock::{Requests, key_of};
    use super::*;

    #[tokio::test]
    async fn taking_a_try_is_one_conditional_add() {
        let answer = HashMap::from([("tries".to_string(), number(1))]);
        let requests = Requests::answering_updates_with(answer);
        let store = requests.store();
        let limit = Limit {
            key: "digest-of-the-username".into(),
            max: 5,
            window: chrono::Duration::minutes(15),
            block: BlockRule::fixed(chrono::Duration::minutes(15)),
        };
        let now = DateTime::from_timestamp(1_700_000_000, 0).unwrap();

        let taken = take(&store, &limit, now).await.unwrap();

        assert_eq!(taken, Taken::Allowed { used: 1 });
        assert!(requests.puts().is_empty() && requests.transactions().is_empty(), "no other write");
        let updates = requests.updates();
        assert_eq!(updates.len(), 1, "a single request: no read before the write");
        let update = &updates[0];
        assert_eq!(update.table_name(), Some("flows"));
        assert_eq!(key_of(update.key()), keys::tries("digest-of-the-username"));
        assert!(update.update_expression().is_some_and(|e| e.ends_with("ADD tries :one")), "{update:?}");
        assert_eq!(
            update.condition_expression(),
            Some(
                "attribute_not_exists(pk) OR (tries < :max AND window_ends > :now AND blocked_until <= :now)"
            )
        );
        let value = |name: &str| update.expression_attribute_values().and_then(|v| v.get(name)).cloned();
        assert_eq!(value(":one"), Some(number(1)));
        assert_eq!(value(":max"), Some(number(5)));
        assert_eq!(value(":now"), Some(number(now.timestamp_millis())));
        assert_eq!(value(":window"), Some(number((now + limit.window).timestamp_millis())));
        assert_eq!(update.return_values(), Some(&ReturnValue::UpdatedNew));
    }
}
