//! Measures the event stream's delay on the local stack: from an audit event
//! committing to its arrival in an integrator's queue, through the audit
//! table's stream (Dynoxide), the stream follower polling it every 200 ms as
//! the local server does, moto's EventBridge and a rule to an SQS queue.
//! First `--events N` (default 1,000) at a steady `--rate R` a second
//! (default 20), then the same number at once. Prints Markdown.
//!
//! ```text
//! LATCHKEY_TEST_EMULATOR_PORT=… LATCHKEY_TEST_MESSAGING_PORT=… latchkey-bench-events [--events N] [--rate R]
//! ```
//! (Without the ports it starts its own emulators, as the tests do.)

#![expect(
    clippy::expect_used,
    reason = "a benchmark driver: a step that fails stops the run with its message"
)]

use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use futures::StreamExt;
use latchkey_adapters::events::EventBridgeBus;
use latchkey_core::integrators::events::EventBus;
use latchkey_core::model::audit::{Action, AuditEvent, Outcome};
use latchkey_core::model::values::UserId;
use latchkey_e2e::{Subscription, TestApp};

fn arg(name: &str, default: u64) -> u64 {
    latchkey_e2e::bench_arg(name, default)
}

/// The bus, timing each event from its commit to the bus taking it.
struct TimedBus {
    inner: EventBridgeBus,
    delays: Mutex<Vec<f64>>,
}

#[async_trait::async_trait]
impl EventBus for TimedBus {
    async fn publish(&self, events: &[&AuditEvent]) -> Result<Vec<usize>, latchkey_core::PortError> {
        let refused = self.inner.publish(events).await?;
        let now = Utc::now();
        let mut delays = self.delays.lock().expect("delays");
        for (_, e) in events.iter().enumerate().filter(|(n, _)| !refused.contains(n)) {
            delays.push(ms(now - e.at));
        }
        Ok(refused)
    }
    async fn pause(&self, round: u32) {
        self.inner.pause(round).await;
    }
}

fn ms(d: chrono::TimeDelta) -> f64 {
    d.num_microseconds().unwrap_or(0) as f64 / 1000.0
}

fn event(app: &TestApp, i: u64) -> AuditEvent {
    AuditEvent {
        id: app.ports.random.hex(16),
        at: Utc::now(),
        actor: None,
        target: Some(UserId::new(format!("user{:03}", i % 100))),
        target_name: Some(format!("user{:03}", i % 100)),
        action: Action::ResetStarted,
        outcome: Outcome::Success,
        reason: None,
        client_ip: Some("192.0.2.10".into()),
        user_agent: Some("bench".into()),
        methods: vec![],
    }
}

/// Receives `count` distinct events; each one's delay from its commit time
/// in ms, and how many arrived twice.
async fn delays(subscription: &Subscription, count: usize) -> (Vec<f64>, usize) {
    let mut received = Vec::new();
    let mut delays = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut twice = 0;
    let deadline = Instant::now() + Duration::from_secs(600);
    while seen.len() < count && Instant::now() < deadline {
        received.clear();
        subscription.receive(&mut received).await;
        let now = Utc::now();
        for e in &received {
            if !seen.insert(e["detail"]["id"].as_str().unwrap_or_default().to_owned()) {
                twice += 1;
                continue;
            }
            let at: DateTime<Utc> =
                e["detail"]["at"].as_str().and_then(|t| t.parse().ok()).expect("detail.at");
            delays.push(ms(now - at));
        }
    }
    (delays, twice)
}

/// p50, p99 and max of `delays`, as table cells.
fn cells(mut delays: Vec<f64>) -> String {
    delays.sort_by(f64::total_cmp);
    let pick = |q: f64| delays[((delays.len() as f64 * q).ceil() as usize).clamp(1, delays.len()) - 1];
    format!("{:.0} | {:.0} | {:.0}", pick(0.5), pick(0.99), delays.last().copied().unwrap_or(0.0))
}

fn row(name: &str, bus: &TimedBus, (queue, twice): (Vec<f64>, usize), elapsed: Duration) {
    let on_bus = std::mem::take(&mut *bus.delays.lock().expect("delays"));
    let (events, secs) = (queue.len(), elapsed.as_secs_f64());
    println!("| {name} | {events} | {} | {} | {secs:.1} | {twice} |", cells(on_bus), cells(queue));
}

#[tokio::main]
async fn main() {
    let count = arg("--events", 1000);
    let rate = arg("--rate", 20).max(1);
    let app = TestApp::start().await;
    let bus = Arc::new(OnceLock::<Arc<TimedBus>>::new());
    let subscription = {
        let bus = bus.clone();
        Subscription::start_with(&app, Duration::from_millis(200), move |inner| {
            let timed = Arc::new(TimedBus { inner, delays: Mutex::new(Vec::new()) });
            bus.set(timed.clone()).ok();
            timed
        })
        .await
    };
    let bus = bus.get().expect("the follower's bus").clone();
    // Warm: the follower has found the stream and the rule delivers.
    let before = app.audit_count().await;
    let mut warm = Vec::new();
    subscription.wait_for(before, Duration::from_secs(60), &mut warm).await;
    bus.delays.lock().expect("delays").clear();

    println!(
        "| load | events | on the bus p50 ms | p99 | max | in the queue p50 ms | p99 | max | all in the queue after s | arrived twice |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let audit = app.ports.audit.clone();
    let started = Instant::now();
    let writer = {
        let events: Vec<AuditEvent> = (0..count).map(|i| event(&app, i)).collect();
        let audit = audit.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs_f64(1.0 / rate as f64));
            for mut e in events {
                tick.tick().await;
                e.at = Utc::now();
                audit.record(&e).await.expect("record");
            }
        })
    };
    let steady = delays(&subscription, usize::try_from(count).unwrap_or(0)).await;
    writer.await.expect("writer");
    row(&format!("steady, {rate}/s"), &bus, steady, started.elapsed());

    let started = Instant::now();
    let events: Vec<AuditEvent> = (0..count).map(|i| event(&app, i)).collect();
    let writer = tokio::spawn(async move {
        futures::stream::iter(events)
            .for_each_concurrent(16, |mut e| {
                let audit = audit.clone();
                async move {
                    e.at = Utc::now();
                    audit.record(&e).await.expect("record");
                }
            })
            .await;
    });
    let burst = delays(&subscription, usize::try_from(count).unwrap_or(0)).await;
    writer.await.expect("writer");
    row("all at once (16 writes in flight)", &bus, burst, started.elapsed());
}
