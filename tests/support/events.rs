//! The event stream as an integrator sees it: the app's audit table's
//! stream followed onto a bus of its own (moto's EventBridge), and an
//! ordinary rule routing every Latchkey event to an SQS queue.

use std::sync::Arc;
use std::time::{Duration, Instant};

use latchkey_adapters::events::{EventBridgeBus, StartAt, StreamFollower};
use latchkey_core::integrators::events::EventBus;
use serde_json::Value;

/// A bus for a test app's tables, a queue, and a rule taking every Latchkey
/// event from the one to the other; the follower publishing to the bus.
pub struct Subscription {
    sqs: aws_sdk_sqs::Client,
    queue: String,
}

impl Subscription {
    pub async fn start(app: &crate::TestApp, poll: Duration) -> Self {
        Self::start_with(app, poll, |bus| Arc::new(bus)).await
    }

    /// As `start`, publishing through `wrap(bus)` (a benchmark's timing bus).
    pub async fn start_with(
        app: &crate::TestApp,
        poll: Duration,
        wrap: impl FnOnce(EventBridgeBus) -> Arc<dyn EventBus>,
    ) -> Self {
        let sdk = latchkey_adapters::aws::sdk_config(&app.config).await;
        let prefix = app.config.tables.audit.trim_end_matches("audit").to_owned();
        let bus = format!("{prefix}events");
        let events = aws_sdk_eventbridge::Client::new(&sdk);
        events.create_event_bus().name(&bus).send().await.expect("create bus");
        let sqs = aws_sdk_sqs::Client::new(&sdk);
        let queue = sqs.create_queue().queue_name(format!("{prefix}siem")).send().await.expect("queue");
        let queue = queue.queue_url.expect("queue url");
        let arn = sqs
            .get_queue_attributes()
            .queue_url(&queue)
            .attribute_names(aws_sdk_sqs::types::QueueAttributeName::QueueArn)
            .send()
            .await
            .expect("queue attributes")
            .attributes
            .and_then(|a| a.get(&aws_sdk_sqs::types::QueueAttributeName::QueueArn).cloned())
            .expect("queue arn");
        events
            .put_rule()
            .name("to-siem")
            .event_bus_name(&bus)
            .event_pattern(r#"{"source": ["latchkey"]}"#)
            .send()
            .await
            .expect("rule");
        let target =
            aws_sdk_eventbridge::types::Target::builder().id("siem").arn(arn).build().expect("target");
        events
            .put_targets()
            .rule("to-siem")
            .event_bus_name(&bus)
            .targets(target)
            .send()
            .await
            .expect("target");
        let follower = StreamFollower::new(&sdk, &app.config, wrap(EventBridgeBus::new(&sdk, bus)), poll);
        tokio::spawn(follower.run(StartAt::Oldest));
        Self { sqs, queue }
    }

    /// The events received so far (EventBridge's envelope, parsed).
    pub async fn receive(&self, into: &mut Vec<Value>) {
        let out = self
            .sqs
            .receive_message()
            .queue_url(&self.queue)
            .max_number_of_messages(10)
            .wait_time_seconds(1)
            .send()
            .await
            .expect("receive");
        let mut done = Vec::new();
        for (n, message) in out.messages.unwrap_or_default().into_iter().enumerate() {
            into.push(serde_json::from_str(message.body().expect("a body")).expect("an event"));
            let handle = message.receipt_handle.expect("a receipt handle");
            let entry = aws_sdk_sqs::types::DeleteMessageBatchRequestEntry::builder()
                .id(n.to_string())
                .receipt_handle(handle)
                .build()
                .expect("an entry");
            done.push(entry);
        }
        if !done.is_empty() {
            let deleted = self.sqs.delete_message_batch().queue_url(&self.queue).set_entries(Some(done));
            deleted.send().await.expect("delete");
        }
    }

    /// Receives until `count` events came, or fails after `within`.
    pub async fn wait_for(&self, count: usize, within: Duration, into: &mut Vec<Value>) {
        let deadline = Instant::now() + within;
        while into.len() < count {
            assert!(
                Instant::now() < deadline,
                "{} of {count} events reached the queue: {into:#?}",
                into.len()
            );
            self.receive(into).await;
        }
    }
}
