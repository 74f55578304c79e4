//! Webhook delivery latency on the local stack: from an audit event
//! committing to its arrival at a receiver on this machine, through the
//! audit table's stream (Dynoxide, polled every 50 ms), the deliverer (the
//! webhooks function's code: the delivery stored, then sent) and real HTTP,
//! signed. `--events N` (default 600) at a steady `--rate R` a second
//! (default 20), over 100 users. Prints the percentiles.
//!
//! ```text
//! cargo run --release -p latchkey-e2e --bin latchkey-bench-webhooks [-- --events N --rate R]
//! ```
//! (The emulators start themselves, as in the tests.)

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark driver: a step that fails stops the run with its message"
)]

use std::collections::HashSet;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use latchkey_core::model::audit::{Action, AuditEvent, Outcome};
use latchkey_core::model::user::Role;
use latchkey_core::model::values::UserId;
use latchkey_e2e::{Receiver, TestApp, bench_arg, bench_report};
use reqwest::Method;
use serde_json::json;

fn event(app: &TestApp, user: &str) -> AuditEvent {
    AuditEvent {
        id: app.ports.random.hex(16),
        at: Utc::now(),
        actor: None,
        target: Some(UserId::new(user)),
        target_name: Some(user.to_owned()),
        action: Action::ResetStarted,
        outcome: Outcome::Success,
        reason: None,
        client_ip: Some("192.0.2.10".into()),
        user_agent: Some("bench".into()),
        methods: vec![],
    }
}

#[tokio::main]
async fn main() {
    let events: usize = bench_arg("--events", 600);
    let rate: u64 = bench_arg("--rate", 20);
    let app = TestApp::start().await;
    app.create_user("boss", "harbour-violet-anchor-52", &[Role::Admin]).await;
    let admin = app.token("boss", "harbour-violet-anchor-52").await;
    let receiver = Receiver::start().await;
    let made = app
        .call(
            Method::POST,
            "/v1/admin/webhooks",
            &admin,
            Some(json!({"url": receiver.url(), "events": ["reset_started"]})),
        )
        .await;
    assert_eq!(made.status(), 201);
    app.deliver_webhooks().await;
    // Warm up for `--warm-up` events at the rate (default 100): the follower finds the
    // stream, and the emulator's stream settles (its first seconds stall once, ~3 s).
    let warm_up: usize = bench_arg("--warm-up", 100);
    let every = Duration::from_secs_f64(1.0 / rate as f64);
    for _ in 0..warm_up {
        app.ports.audit.record(&event(&app, "warm-up")).await.expect("commit");
        tokio::time::sleep(every).await;
    }
    receiver.wait_for(Duration::from_secs(60), |g| g.len() >= warm_up).await;

    println!("webhook delivery, commit → receiver, {events} events at {rate}/s over 100 users:");
    let started = Instant::now();
    for n in 0..events {
        let due = started + every * u32::try_from(n).unwrap();
        tokio::time::sleep_until(due.into()).await;
        let user = format!("user{:03}", n % 100);
        app.ports.audit.record(&event(&app, &user)).await.expect("commit");
    }
    let got = receiver.wait_for(Duration::from_secs(60), |g| g.len() >= warm_up + events).await;
    let got = &got[warm_up.min(got.len())..];
    let ids: HashSet<&str> = got.iter().map(|g| g.id.as_str()).collect();
    let delays: Vec<Duration> = got
        .iter()
        .map(|g| {
            let at: DateTime<Utc> = g.json()["data"]["at"].as_str().unwrap().parse().unwrap();
            (g.arrived - at).to_std().unwrap_or_default()
        })
        .collect();
    println!("  received {} of {events}, {} twice", got.len(), got.len() - ids.len());
    if std::env::var_os("LATCHKEY_BENCH_SLOWEST").is_some() {
        let mut worst: Vec<(usize, &Duration)> = delays.iter().enumerate().collect();
        worst.sort_by(|a, b| b.1.cmp(a.1));
        for (n, d) in worst.iter().take(15) {
            println!("    arrival #{n}: {d:?}");
        }
    }
    bench_report("  latency", delays);
}
