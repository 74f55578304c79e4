//! Breached passwords: the filter shipped in the binary, and the imported
//! corpus in its own DynamoDB table, one item per shard.
//!
//! Breach table (`pk`, `sk`):
//! - `MANIFEST` / `CURRENT`: which import is live (`generation`), with its
//!   entries, shards, bytes, time and source
//! - `SHARD#<generation>#<XXXX>` / `SHARD`: the filters of the hashes whose
//!   SHA-1 starts with `XXXX`, one binary attribute per tier (`t1`, `t10`, …)
//!
//! A new import writes a new generation's shards and then flips the manifest,
//! so a check never sees half of two imports; warm functions notice the flip
//! within [`MANIFEST_TTL`]. Shards are cached per warm function (LRU).
//!
//! The daily tallies of the audit-only mode live in the directory table
//! (`BREACH#TALLY` / `DAY#<date>`, counted with `ADD`).

use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::types::AttributeValue;
use chrono::{DateTime, NaiveDate, Utc};
use latchkey_breach::{Filter16, Key, Tier, shard_name};
use latchkey_core::PortError;
use latchkey_core::model::breach::{BreachKey, BreachSource, BreachTally, BreachThreshold, CorpusStatus};
use latchkey_core::ports::BreachedPasswords;
use lru::LruCache;

use crate::aws::classify;

/// How long a warm function trusts the manifest it read.
pub const MANIFEST_TTL: Duration = Duration::from_secs(60);
/// Shards a warm function keeps: at a whole corpus's ~70 KB a shard, about 18 MB.
const CACHED_SHARDS: usize = 256;

/// The breach table's keys, shared with the import tool.
pub use super::keys::breach as keys;

/// One of the caches a warm function keeps. A panic while another request
/// held it leaves nothing half-written that matters (an entry read again),
/// so it stays in use rather than failing every later request.
fn lock<T>(cache: &Mutex<T>) -> MutexGuard<'_, T> {
    cache.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The live import, as its manifest says.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Manifest {
    generation: String,
    status: CorpusStatus,
}

/// One shard's filters by tier (a missing item reads as an empty shard).
type ShardFilters = Vec<(Tier, Filter16)>;

pub struct DynamoBreaches {
    client: Client,
    breach_table: String,
    directory_table: String,
    manifest: Mutex<Option<(Instant, Option<Manifest>)>>,
    shards: Mutex<LruCache<String, Arc<ShardFilters>>>,
}

impl DynamoBreaches {
    pub fn new(client: Client, breach_table: String, directory_table: String) -> Self {
        Self {
            client,
            breach_table,
            directory_table,
            manifest: Mutex::new(None),
            shards: Mutex::new(LruCache::new(NonZeroUsize::new(CACHED_SHARDS).unwrap_or(NonZeroUsize::MIN))),
        }
    }

    async fn manifest(&self) -> Result<Option<Manifest>, PortError> {
        if let Some((read_at, manifest)) = lock(&self.manifest).as_ref()
            && read_at.elapsed() < MANIFEST_TTL
        {
            return Ok(manifest.clone());
        }
        let (pk, sk) = keys::MANIFEST;
        let out = self
            .client
            .get_item()
            .table_name(&self.breach_table)
            .key("pk", AttributeValue::S(pk.into()))
            .key("sk", AttributeValue::S(sk.into()))
            .send()
            .await
            .map_err(|e| classify("breach corpus", e))?;
        let manifest = out.item.map(|item| parse_manifest(&item)).transpose()?;
        *lock(&self.manifest) = Some((Instant::now(), manifest.clone()));
        Ok(manifest)
    }

    async fn shard(&self, generation: &str, shard: u16) -> Result<Arc<ShardFilters>, PortError> {
        let pk = keys::shard(generation, shard);
        if let Some(filters) = lock(&self.shards).get(&pk) {
            return Ok(filters.clone());
        }
        let out = self
            .client
            .get_item()
            .table_name(&self.breach_table)
            .key("pk", AttributeValue::S(pk.clone()))
            .key("sk", AttributeValue::S(keys::SHARD_SK.into()))
            .send()
            .await
            .map_err(|e| classify("breach corpus", e))?;
        let mut filters = Vec::new();
        if let Some(item) = out.item {
            for tier in Tier::ALL {
                if let Some(AttributeValue::B(blob)) = item.get(&tier.attribute()) {
                    let filter = Filter16::decode(blob.as_ref()).map_err(|e| PortError::Failed {
                        what: "breach corpus",
                        source: format!("shard {} tier {}: {e}", shard_name(shard), tier.count()).into(),
                    })?;
                    filters.push((tier, filter));
                }
            }
        }
        let filters = Arc::new(filters);
        lock(&self.shards).put(pk, filters.clone());
        Ok(filters)
    }
}

fn number(item: &std::collections::HashMap<String, AttributeValue>, name: &str) -> Result<u64, PortError> {
    match item.get(name) {
        Some(AttributeValue::N(n)) => n.parse().map_err(|_| manifest_error(name)),
        _ => Err(manifest_error(name)),
    }
}

fn text<'a>(
    item: &'a std::collections::HashMap<String, AttributeValue>,
    name: &str,
) -> Result<&'a str, PortError> {
    match item.get(name) {
        Some(AttributeValue::S(s)) => Ok(s),
        _ => Err(manifest_error(name)),
    }
}

fn manifest_error(field: &str) -> PortError {
    PortError::Failed {
        what: "breach corpus",
        source: format!("the manifest's {field} is missing or not valid").into(),
    }
}

fn parse_manifest(item: &std::collections::HashMap<String, AttributeValue>) -> Result<Manifest, PortError> {
    let imported_at = DateTime::parse_from_rfc3339(text(item, "imported_at")?)
        .map_err(|_| manifest_error("imported_at"))?
        .with_timezone(&Utc);
    Ok(Manifest {
        generation: text(item, "generation")?.to_owned(),
        status: CorpusStatus {
            entries: number(item, "entries")?,
            shards: u32::try_from(number(item, "shards")?).map_err(|_| manifest_error("shards"))?,
            bytes: number(item, "bytes")?,
            imported_at,
            source: text(item, "source")?.to_owned(),
        },
    })
}

/// The tier a threshold reads (they are the same five numbers).
fn tier(min_count: BreachThreshold) -> Tier {
    Tier::of(min_count.count()).unwrap_or(Tier::ALL[0])
}

#[async_trait]
impl BreachedPasswords for DynamoBreaches {
    async fn lookup(
        &self,
        key: BreachKey,
        min_count: BreachThreshold,
    ) -> Result<Option<BreachSource>, PortError> {
        let key = Key(key.value());
        if latchkey_breach::shipped().contains(key) {
            return Ok(Some(BreachSource::Shipped));
        }
        let Some(manifest) = self.manifest().await? else { return Ok(None) };
        let filters = self.shard(&manifest.generation, key.shard()).await?;
        let wanted = tier(min_count);
        let found = filters.iter().any(|(t, filter)| *t == wanted && filter.contains(key));
        Ok(found.then_some(BreachSource::Corpus))
    }

    async fn tally(&self, day: NaiveDate, breached: bool) -> Result<(), PortError> {
        self.client
            .update_item()
            .table_name(&self.directory_table)
            .key("pk", AttributeValue::S(keys::TALLY_PK.into()))
            .key("sk", AttributeValue::S(keys::tally_day(day)))
            .update_expression("ADD checked :one, breached :hit")
            .expression_attribute_values(":one", AttributeValue::N("1".into()))
            .expression_attribute_values(":hit", AttributeValue::N(u8::from(breached).to_string()))
            .send()
            .await
            .map_err(|e| classify("breach tally", e))?;
        Ok(())
    }

    async fn recent(&self, since: NaiveDate) -> Result<BreachTally, PortError> {
        let mut tally = BreachTally::default();
        let mut start = None;
        loop {
            let out = self
                .client
                .query()
                .table_name(&self.directory_table)
                .key_condition_expression("pk = :pk AND sk >= :since")
                .expression_attribute_values(":pk", AttributeValue::S(keys::TALLY_PK.into()))
                .expression_attribute_values(":since", AttributeValue::S(keys::tally_day(since)))
                .set_exclusive_start_key(start)
                .send()
                .await
                .map_err(|e| classify("breach tally", e))?;
            for item in out.items() {
                tally.checked += number(item, "checked").unwrap_or(0);
                tally.breached += number(item, "breached").unwrap_or(0);
            }
            match out.last_evaluated_key {
                Some(next) if !next.is_empty() => start = Some(next),
                _ => return Ok(tally),
            }
        }
    }

    fn shipped_entries(&self) -> u64 {
        latchkey_breach::shipped_entries()
    }

    async fn corpus(&self) -> Result<Option<CorpusStatus>, PortError> {
        Ok(self.manifest().await?.map(|m| m.status))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_threshold_the_settings_accept_is_a_tier_the_shards_hold() {
        // The core cannot see the shard format: the two lists are kept equal here.
        let tiers: Vec<u32> = Tier::ALL.iter().map(|t| t.count()).collect();
        assert_eq!(tiers, BreachThreshold::ALL);
        for count in BreachThreshold::ALL {
            assert_eq!(tier(BreachThreshold::parse(count).unwrap()).count(), count);
        }
    }
}
