//! The event stream: committed audit events from the audit table's change
//! stream (DynamoDB Streams) to an EventBridge bus.
//!
//! In AWS the stream feeds the `latchkey-events` function
//! ([`handle_stream_batch`]); locally, and against any emulator, a
//! [`StreamFollower`] reads the same stream with the Streams API and hands
//! the same records to the same code. What is published, and in which order,
//! is the domain's ([`latchkey_core::integrators::events`]).

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use aws_lambda_events::event::dynamodb::Event as StreamEvent;
use aws_lambda_events::event::streams::{DynamoDbBatchItemFailure, DynamoDbEventResponse};
use aws_sdk_dynamodbstreams::types::{OperationType, ShardIteratorType};
use aws_sdk_eventbridge::types::PutEventsRequestEntry;
use latchkey_core::PortError;
use latchkey_core::integrators::events::{Committed, Detail, EventBus, SOURCE, publish_in_order};
use latchkey_core::model::audit::AuditEvent;

use crate::aws::classify;
use crate::dynamo::committed_audit_event;

/// EventBridge takes at most ten entries a call.
const ENTRIES_PER_CALL: usize = 10;

/// Calls in flight at once: a batch of 100 in a few round trips, without
/// queueing so many that each waits long enough to time out.
const CALLS_IN_FLIGHT: usize = 4;

/// An EventBridge bus, by name.
#[derive(Clone)]
pub struct EventBridgeBus {
    client: aws_sdk_eventbridge::Client,
    bus: String,
}

impl EventBridgeBus {
    pub fn new(sdk: &aws_config::SdkConfig, bus: impl Into<String>) -> Self {
        // A call that times out may still have published its entries, and
        // offering them again doubles them: give slow calls their time (the
        // function runs up to a minute), rather than the request paths' few
        // seconds.
        let timeouts = aws_config::timeout::TimeoutConfig::builder()
            .connect_timeout(Duration::from_secs(3))
            .operation_attempt_timeout(Duration::from_secs(10))
            .operation_timeout(Duration::from_secs(20))
            .build();
        let config = aws_sdk_eventbridge::config::Builder::from(sdk).timeout_config(timeouts).build();
        Self { client: aws_sdk_eventbridge::Client::from_conf(config), bus: bus.into() }
    }

    /// The bus named by `LATCHKEY_EVENT_BUS`, with clients built once (a cold start).
    pub async fn from_env() -> Result<Self, crate::ConfigError> {
        let config = crate::AdapterConfig::from_env()?;
        let bus = config.event_bus.clone().ok_or(crate::ConfigError::Invalid {
            name: "LATCHKEY_EVENT_BUS",
            reason: "is required: the name of the bus audit events are published to".into(),
        })?;
        Ok(Self::new(&crate::aws::sdk_config(&config).await, bus))
    }

    fn entry(&self, event: &AuditEvent) -> Result<PutEventsRequestEntry, PortError> {
        let detail = serde_json::to_value(Detail::of(event))
            .map_err(|e| PortError::Failed { what: "event bus", source: Box::new(e) })?;
        let detail_type = detail["action"].as_str().unwrap_or("audit_event").to_owned();
        let time = aws_smithy_types::DateTime::from_millis(event.at.timestamp_millis());
        Ok(PutEventsRequestEntry::builder()
            .event_bus_name(&self.bus)
            .source(SOURCE)
            .detail_type(detail_type)
            .detail(detail.to_string())
            .time(time)
            .build())
    }

    /// Publishes one call's entries; the indices (into `events`) refused.
    async fn call(&self, events: &[&AuditEvent], offset: usize) -> Vec<usize> {
        let all = || (offset..offset + events.len()).collect();
        let entries = match events.iter().map(|e| self.entry(e)).collect::<Result<Vec<_>, _>>() {
            Ok(entries) => entries,
            Err(err) => {
                tracing::error!(error = %latchkey_core::model::error::chain(&err), "an audit event could not be encoded");
                return all();
            }
        };
        match self.client.put_events().set_entries(Some(entries)).send().await {
            Ok(out) => out
                .entries()
                .iter()
                .enumerate()
                .filter(|(_, result)| result.error_code().is_some())
                .map(|(n, result)| {
                    tracing::warn!(
                        code = result.error_code(),
                        "the event bus refused an entry; it is offered again"
                    );
                    offset + n
                })
                .collect(),
            Err(err) => {
                let err = classify("event bus", err);
                tracing::warn!(error = %latchkey_core::model::error::chain(&err), "the event bus call failed; its entries are offered again");
                all()
            }
        }
    }
}

#[async_trait]
impl EventBus for EventBridgeBus {
    async fn publish(&self, events: &[&AuditEvent]) -> Result<Vec<usize>, PortError> {
        let chunks: Vec<(usize, &[&AuditEvent])> = events.chunks(ENTRIES_PER_CALL).enumerate().collect();
        let mut refused = Vec::new();
        for wave in chunks.chunks(CALLS_IN_FLIGHT) {
            let calls = wave.iter().map(|&(n, chunk)| self.call(chunk, n * ENTRIES_PER_CALL));
            refused.extend(futures::future::join_all(calls).await);
        }
        Ok(refused.into_iter().flatten().collect())
    }

    async fn pause(&self, round: u32) {
        // 100 ms, 200 ms, 400 ms…: EventBridge throttles per account and Region.
        tokio::time::sleep(Duration::from_millis(100u64 << round.min(4))).await;
    }
}

/// The new audit events of a stream batch, in stream order; `position` is
/// each record's sequence number. Removals (TTL expiry), modifications and
/// moved items are no new events; an item that is no event is logged and
/// skipped, since no retry could ever publish it.
fn committed<I: Into<serde_dynamo::Item>>(
    records: impl IntoIterator<Item = (bool, Option<String>, I)>,
) -> Vec<Committed> {
    let mut batch = Vec::new();
    for (inserted, position, image) in records {
        if !inserted {
            continue;
        }
        match committed_audit_event(image.into()) {
            Ok(Some(event)) => batch.push(Committed { position: position.unwrap_or_default(), event }),
            Ok(None) => {}
            Err(err) => tracing::error!(
                position,
                error = %latchkey_core::model::error::chain(&err),
                "an audit stream record is no audit event; skipped"
            ),
        }
    }
    batch
}

/// The `latchkey-events` function's work: publishes a batch from the audit
/// table's stream; on failure names the first record not published, so
/// Lambda retries from there (`ReportBatchItemFailures`) and nothing is lost.
pub async fn handle_stream_batch(bus: &dyn EventBus, event: StreamEvent) -> DynamoDbEventResponse {
    let records = event
        .records
        .into_iter()
        .map(|r| (r.event_name == "INSERT", r.change.sequence_number, r.change.new_image));
    let batch = committed(records);
    let mut response = DynamoDbEventResponse::default();
    match publish_in_order(bus, &batch).await {
        Ok(published) => tracing::info!(published, "audit events published"),
        Err(err) => {
            tracing::error!(error = %latchkey_core::model::error::chain(&err), "audit events left for a retry");
            let mut failure = DynamoDbBatchItemFailure::default();
            failure.item_identifier = Some(batch[err.first].position.clone());
            response.batch_item_failures.push(failure);
        }
    }
    response
}

/// Where a [`StreamFollower`] starts reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartAt {
    /// Everything the stream still holds.
    Oldest,
    /// Only what is written from now on.
    Now,
}

/// Reads the audit table's stream with the Streams API and publishes what it
/// reads, as Lambda's event source mapping and `latchkey-events` do in AWS:
/// for the local server and the tests, against the emulator.
pub struct StreamFollower {
    dynamo: aws_sdk_dynamodb::Client,
    streams: aws_sdk_dynamodbstreams::Client,
    table: String,
    bus: Arc<dyn EventBus>,
    poll: Duration,
}

impl StreamFollower {
    pub fn new(
        sdk: &aws_config::SdkConfig,
        config: &crate::AdapterConfig,
        bus: Arc<dyn EventBus>,
        poll: Duration,
    ) -> Self {
        let streams = match &config.dynamodb_endpoint_url {
            Some(endpoint) => aws_sdk_dynamodbstreams::Client::from_conf(
                aws_sdk_dynamodbstreams::config::Builder::from(sdk).endpoint_url(endpoint).build(),
            ),
            None => aws_sdk_dynamodbstreams::Client::new(sdk),
        };
        Self {
            dynamo: crate::aws::dynamodb_client(sdk, config),
            streams,
            table: config.tables.audit.clone(),
            bus,
            poll,
        }
    }

    /// Follows the stream until the process ends. A failing emulator or bus
    /// is waited out: the follower keeps its place and loses nothing.
    pub async fn run(self, from: StartAt) {
        let mut shards: Vec<Shard> = Vec::new();
        let mut start = match from {
            StartAt::Oldest => ShardIteratorType::TrimHorizon,
            StartAt::Now => ShardIteratorType::Latest,
        };
        loop {
            if shards.iter().all(|s| s.iterator.is_none()) {
                match self.discover(&shards, start.clone()).await {
                    Ok(found) => shards.extend(found),
                    Err(err) => {
                        tracing::warn!(error = %latchkey_core::model::error::chain(&err), "audit stream not readable yet")
                    }
                }
                // Shards found later (a split, a re-created stream) hold only new records.
                start = ShardIteratorType::TrimHorizon;
            }
            let mut read_any = false;
            for shard in shards.iter_mut().filter(|s| s.iterator.is_some()) {
                match self.step(shard).await {
                    Ok(read) => read_any |= read,
                    Err(err) => {
                        tracing::warn!(error = %latchkey_core::model::error::chain(&err), "audit stream read failed")
                    }
                }
            }
            if !read_any {
                tokio::time::sleep(self.poll).await;
            }
        }
    }

    /// The stream's shards not yet followed, each with an iterator.
    async fn discover(&self, known: &[Shard], start: ShardIteratorType) -> Result<Vec<Shard>, PortError> {
        let table = self.dynamo.describe_table().table_name(&self.table).send().await;
        let table = table.map_err(|e| classify("audit stream", e))?;
        let Some(arn) = table.table.and_then(|t| t.latest_stream_arn) else {
            return Err(PortError::Failed {
                what: "audit stream",
                source: "the audit table has no stream".into(),
            });
        };
        let described = self.streams.describe_stream().stream_arn(&arn).send().await;
        let described = described.map_err(|e| classify("audit stream", e))?;
        let mut found = Vec::new();
        for shard in described.stream_description.map(|d| d.shards.unwrap_or_default()).unwrap_or_default() {
            let Some(id) = shard.shard_id else { continue };
            if known.iter().any(|k| k.id == id) {
                continue;
            }
            let iterator = self
                .streams
                .get_shard_iterator()
                .stream_arn(&arn)
                .shard_id(&id)
                .shard_iterator_type(start.clone())
                .send()
                .await
                .map_err(|e| classify("audit stream", e))?
                .shard_iterator;
            found.push(Shard { arn: arn.clone(), id, iterator });
        }
        Ok(found)
    }

    /// Reads and publishes one page of a shard; true when it held records.
    async fn step(&self, shard: &mut Shard) -> Result<bool, PortError> {
        let Some(iterator) = shard.iterator.clone() else { return Ok(false) };
        let out = self.streams.get_records().shard_iterator(iterator).limit(100).send().await;
        let out = out.map_err(|e| classify("audit stream", e))?;
        let records = out.records.unwrap_or_default();
        let any = !records.is_empty();
        let batch = committed(records.into_iter().map(|r| {
            let inserted = r.event_name == Some(OperationType::Insert);
            let change =
                r.dynamodb.unwrap_or_else(|| aws_sdk_dynamodbstreams::types::StreamRecord::builder().build());
            (inserted, change.sequence_number, change.new_image.unwrap_or_default())
        }));
        match publish_in_order(self.bus.as_ref(), &batch).await {
            Ok(_) => shard.iterator = out.next_shard_iterator,
            Err(err) => {
                // Resume at the first event the bus did not take.
                tracing::warn!(error = %latchkey_core::model::error::chain(&err), "audit events left for a retry");
                shard.iterator = self
                    .streams
                    .get_shard_iterator()
                    .stream_arn(&shard.arn)
                    .shard_id(&shard.id)
                    .shard_iterator_type(ShardIteratorType::AtSequenceNumber)
                    .sequence_number(&batch[err.first].position)
                    .send()
                    .await
                    .map_err(|e| classify("audit stream", e))?
                    .shard_iterator;
                tokio::time::sleep(self.poll).await;
            }
        }
        Ok(any)
    }
}

/// One shard being followed; no iterator once it is closed.
struct Shard {
    arn: String,
    id: String,
    iterator: Option<String>,
}
