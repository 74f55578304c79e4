//! Reading the audit trail: a user's or a name's latest events, and the
//! reports' filtered activity, merged newest first from every shard.

use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::operation::query::builders::QueryFluentBuilder;
use aws_sdk_dynamodb::types::AttributeValue;
use chrono::{DateTime, Utc};
use latchkey_core::PortError;
use latchkey_core::model::audit::{ActivityPage, ActivityQuery, AuditEvent};

use super::super::index;
use super::super::keys;
use super::super::shared::{Item, Store, corrupt};
use super::AUDIT_SHARDS;
use super::write::event_of;
use crate::aws::classify;

/// The latest `limit` events under a target key, newest first.
pub(super) async fn by_target(
    store: &Store,
    target_key: String,
    limit: usize,
) -> Result<Vec<AuditEvent>, PortError> {
    let out = store
        .client
        .query()
        .table_name(&store.tables.audit)
        .index_name(index::AUDIT_BY_TARGET)
        .key_condition_expression("target_key = :t")
        .expression_attribute_values(":t", AttributeValue::S(target_key))
        .scan_index_forward(false)
        .limit(i32::try_from(limit.clamp(1, 1000)).unwrap_or(1000))
        .send()
        .await
        .map_err(|e| classify("audit", e))?;
    out.items.unwrap_or_default().into_iter().map(|item| event_of(item).map(AuditEvent::from)).collect()
}

/// A page of a report.
pub(super) async fn activity(store: &Store, query: &ActivityQuery) -> Result<ActivityPage, PortError> {
    let now = Utc::now();
    let plan = ReportPlan::new(&store.tables.audit, query, now - store.retention.duration());
    let Some(plan) = plan else { return Ok(ActivityPage::default()) };
    let reads = plan.streams.iter().map(|stream| read_stream(store, &plan, stream));
    let read = futures::future::try_join_all(reads).await?;
    Ok(merge_streams(read, query.limit))
}

/// Every event a report matches, up to `max`; `false` when there were more.
pub(super) async fn all_activity(
    store: &Store,
    query: &ActivityQuery,
    max: usize,
) -> Result<(Vec<AuditEvent>, bool), PortError> {
    let query = ActivityQuery { after: None, ..query.clone() };
    let plan = ReportPlan::new(&store.tables.audit, &query, Utc::now() - store.retention.duration());
    let Some(plan) = plan else { return Ok((Vec::new(), true)) };
    // Each shard is read in parallel up to its share of `max` (and a
    // little more, for the unevenness of hashing users to shards).
    let share = if plan.streams.len() == 1 { max } else { max / plan.streams.len() * 9 / 8 + 16 };
    let reads = plan.streams.iter().map(|stream| read_whole_stream(store, &plan, stream, share));
    let mut read = futures::future::try_join_all(reads).await?;
    // A shard can hold more than its share (a few busy users share it):
    // those cut short are read further while the total is under `max`.
    let mut total: usize = read.iter().map(|(events, _)| events.len()).sum();
    for (i, stream) in plan.streams.iter().enumerate() {
        if read[i].1 || total > max {
            continue;
        }
        let others = total - read[i].0.len();
        read[i] = read_whole_stream(store, &plan, stream, max - others).await?;
        total = others + read[i].0.len();
    }
    let complete = read.iter().all(|(_, complete)| *complete);
    let mut events: Vec<AuditEvent> = read.into_iter().flat_map(|(events, _)| events).collect();
    let complete = complete && events.len() <= max;
    events.truncate(max);
    Ok((events, complete))
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
    /// Expression attribute names, only when the filter uses one (DynamoDB
    /// refuses a name no expression uses).
    names: Option<std::collections::HashMap<String, String>>,
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
                values.insert(":activity".into(), AttributeValue::S(keys::audit_activity_prefix(activity)));
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
        // The fields `SearchText::found_in` reads, as the text is typed and
        // as a code's words are joined. `action` is a reserved word: `#action`.
        let names = query.text.as_ref().map(|text| {
            filter.push(
                "(contains(target_name, :text) OR contains(reason, :text) OR contains(client_ip, :text) \
                 OR contains(#action, :text) OR contains(reason, :code) OR contains(#action, :code))",
            );
            values.insert(":text".into(), AttributeValue::S(text.as_str().to_owned()));
            values.insert(":code".into(), AttributeValue::S(text.as_code()));
            std::collections::HashMap::from([("#action".to_owned(), "action".to_owned())])
        });
        Some(Self {
            table,
            index,
            hash,
            streams,
            low,
            high,
            after,
            filter,
            values,
            names,
            limit: query.limit,
        })
    }

    /// One Query of `stream`'s range, newest first, `limit` items a page
    /// (`None`: as many as fit DynamoDB's 1 MB), from `start`.
    fn query(
        &self,
        client: &Client,
        stream: &str,
        start: Option<Item>,
        limit: Option<usize>,
    ) -> QueryFluentBuilder {
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
            .set_expression_attribute_names(self.names.clone())
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

async fn read_stream(store: &Store, plan: &ReportPlan<'_>, stream: &str) -> Result<StreamRead, PortError> {
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
        let request = plan.query(&store.client, stream, start.take(), Some(page));
        let out = request.send().await.map_err(|e| classify("audit", e))?;
        for item in out.items.unwrap_or_default() {
            let item = event_of(item)?;
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

/// Every matching event of one stream, in pages as large as DynamoDB
/// gives (1 MB), up to `cap`; `false` when it held more.
async fn read_whole_stream(
    store: &Store,
    plan: &ReportPlan<'_>,
    stream: &str,
    cap: usize,
) -> Result<(Vec<AuditEvent>, bool), PortError> {
    let mut events = Vec::new();
    let mut start = None;
    loop {
        let out = plan
            .query(&store.client, stream, start.take(), None)
            .send()
            .await
            .map_err(|e| classify("audit", e))?;
        for item in out.items.unwrap_or_default() {
            events.push(AuditEvent::from(event_of(item)?));
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
        bound.as_deref().and_then(keys::audit_position)
    };
    ActivityPage {
        events: events.into_iter().map(|(_, e)| e).collect(),
        next,
        actor_names: Default::default(),
    }
}
