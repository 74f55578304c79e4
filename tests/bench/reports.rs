//! Measures the reset activity report over a large trail on the local stack:
//! writes `--events N` (default 100,000) audit events spread over 30 days
//! into the emulator's sharded table, then times report queries (p50 / p99,
//! sequential requests through HTTP), the insights over the whole range,
//! and a CSV export of every event, streamed, with this process's RSS
//! sampled every 20 ms while it runs. Server and client share this process,
//! so the RSS growth is an upper bound of the server's. Prints Markdown.
//!
//! ```text
//! LATCHKEY_TEST_EMULATOR_PORT=… LATCHKEY_TEST_MESSAGING_PORT=… latchkey-bench-reports [--events N]
//! ```
//! (Without the ports it starts its own emulators, as the tests do.)

#![expect(
    clippy::expect_used,
    reason = "a benchmark driver: a step that fails stops the run with its message"
)]

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use chrono::Utc;
use futures::StreamExt;
use latchkey_core::model::audit::{Action, AuditEvent, Outcome};
use latchkey_core::model::methods::MethodKind;
use latchkey_core::model::user::Role;
use latchkey_core::model::values::UserId;
use latchkey_e2e::TestApp;

const PASSWORD: &str = "bench-lantern-quartz-2026";

/// This process's resident set, in KiB.
fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn synthetic(app: &TestApp, i: u64, span_seconds: i64) -> AuditEvent {
    const KINDS: [(Action, Outcome); 8] = [
        (Action::ResetStarted, Outcome::Success),
        (Action::ResetCodeSent, Outcome::Success),
        (Action::ResetCodeFailed, Outcome::Failure),
        (Action::ResetMethodVerified, Outcome::Success),
        (Action::ResetCompleted, Outcome::Success),
        (Action::MethodRegistered, Outcome::Success),
        (Action::ResetBlocked, Outcome::Blocked),
        (Action::PasswordChange, Outcome::Success),
    ];
    let (action, outcome) = KINDS[usize::try_from(i % 8).unwrap_or(0)];
    let user = format!("user{:04}", i % 1000);
    let methods = match i % 3 {
        0 => vec![MethodKind::Email],
        1 => vec![MethodKind::Sms],
        _ => vec![],
    };
    let offset = i64::try_from(i).unwrap_or(0) * span_seconds * 1000 / 100_000;
    AuditEvent {
        id: app.ports.random.hex(16),
        at: Utc::now() - chrono::Duration::milliseconds(offset.min(span_seconds * 1000)),
        actor: i.is_multiple_of(5).then(|| UserId::new(format!("admin{}", i % 4))),
        target: Some(UserId::new(user.clone())),
        target_name: Some(user),
        action,
        outcome,
        reason: (outcome != Outcome::Success).then(|| "code_invalid".into()),
        client_ip: Some(format!("198.51.100.{}", i % 250)),
        user_agent: Some("Mozilla/5.0 (X11; Linux x86_64) bench".into()),
        methods,
    }
}

fn percentiles(mut ms: Vec<f64>) -> (f64, f64) {
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() as f64 * q).ceil() as usize).clamp(1, ms.len()) - 1];
    (at(0.5), at(0.99))
}

#[tokio::main]
#[expect(
    clippy::too_many_lines,
    reason = "the benchmark's three parts (writing the trail, the query table, the streamed export) share one app, one token and one trail, and print one report in order"
)]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let events: u64 = args
        .iter()
        .position(|a| a == "--events")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    let app = Arc::new(TestApp::start().await);
    app.create_user("boss", PASSWORD, &[Role::Admin]).await;
    let token = app.token("boss", PASSWORD).await;
    let span = 30 * 24 * 3600;

    let started = Instant::now();
    let written = AtomicU64::new(0);
    futures::stream::iter(0..events)
        .map(|i| {
            let app = app.clone();
            let written = &written;
            async move {
                app.ports.audit.record(&synthetic(&app, i, span)).await.expect("record");
                written.fetch_add(1, Ordering::Relaxed);
            }
        })
        .buffer_unordered(16)
        .collect::<Vec<()>>()
        .await;
    let took = started.elapsed().as_secs_f64();
    println!(
        "Wrote {events} events in {took:.0} s ({:.0}/s, 16 in flight, each a PutItem into one of 16 shards plus its index entries).\n",
        events as f64 / took
    );

    let get = |path: String| {
        let app = app.clone();
        let token = token.clone();
        async move {
            let started = Instant::now();
            let response = app.http.get(app.url(&path)).bearer_auth(&token).send().await.expect("GET");
            assert_eq!(response.status(), 200, "{path}");
            let body: serde_json::Value = response.json().await.expect("JSON");
            (started.elapsed().as_secs_f64() * 1000.0, body)
        }
    };
    println!("| query (100 rows a page unless said) | p50 ms | p99 ms |");
    println!("|---|---:|---:|");
    let cases: Vec<(&str, Vec<String>)> = vec![
        ("first page, no filter (16 shards merged)", vec!["/v1/reports/reset-activity".into(); 100]),
        (
            "one user (`user=`, by_target index)",
            (0..100).map(|i| format!("/v1/reports/reset-activity?user=user{:04}", i * 7)).collect(),
        ),
        (
            "one activity (`activity=flow_progress`, by_activity)",
            vec!["/v1/reports/reset-activity?activity=flow_progress".into(); 100],
        ),
        ("one actor (`actor=admin1`, by_actor)", vec!["/v1/reports/reset-activity?actor=admin1".into(); 100]),
        (
            "a filter only (`outcome=blocked`: 1 event in 8)",
            vec!["/v1/reports/reset-activity?outcome=blocked".into(); 100],
        ),
        ("a filter only (`method=sms`)", vec!["/v1/reports/reset-activity?method=sms".into(); 100]),
        ("500 rows a page (`limit=500`)", vec!["/v1/reports/reset-activity?limit=500".into(); 50]),
    ];
    for (name, paths) in cases {
        let mut ms = Vec::new();
        for path in paths {
            ms.push(get(path).await.0);
        }
        let (p50, p99) = percentiles(ms);
        println!("| {name} | {p50:.1} | {p99:.1} |");
    }
    // Deep paging: the cost of page 20 is the cost of page 1.
    let mut next: Option<String> = None;
    let mut ms = Vec::new();
    for _ in 0..50 {
        let path = match &next {
            Some(n) => format!("/v1/reports/reset-activity?next={n}"),
            None => "/v1/reports/reset-activity".into(),
        };
        let (took, body) = get(path).await;
        ms.push(took);
        next = body["next"].as_str().map(str::to_owned);
    }
    let (p50, p99) = percentiles(ms);
    println!("| pages 1–50, following `next` | {p50:.1} | {p99:.1} |");

    let from = (Utc::now() - chrono::Duration::days(31)).to_rfc3339().replace('+', "%2B");
    let (took, body) = get(format!("/v1/reports/insights?from={from}")).await;
    println!(
        "\nInsights over 31 days: {took:.0} ms for {} events (complete: {}).",
        body["examined"], body["complete"]
    );

    // The CSV export of everything, read as it streams, RSS sampled meanwhile.
    let baseline = rss_kib();
    let peak = Arc::new(AtomicU64::new(baseline));
    let done = Arc::new(AtomicBool::new(false));
    let sampler = {
        let (peak, done) = (peak.clone(), done.clone());
        std::thread::spawn(move || {
            while !done.load(Ordering::Relaxed) {
                peak.fetch_max(rss_kib(), Ordering::Relaxed);
                std::thread::sleep(Duration::from_millis(20));
            }
        })
    };
    let started = Instant::now();
    let response = app
        .http
        .get(app.url("/v1/reports/reset-activity"))
        .bearer_auth(&token)
        .header("accept", "text/csv")
        .send()
        .await
        .expect("CSV");
    assert_eq!(response.status(), 200);
    let mut response = response;
    let (mut bytes, mut lines) = (0usize, 0usize);
    while let Some(chunk) = response.chunk().await.expect("chunk") {
        bytes += chunk.len();
        lines += chunk.iter().filter(|b| **b == b'\n').count();
    }
    let took = started.elapsed().as_secs_f64();
    done.store(true, Ordering::Relaxed);
    sampler.join().expect("sampler");
    let growth = peak.load(Ordering::Relaxed).saturating_sub(baseline);
    println!(
        "CSV export: {} rows ({:.1} MiB) in {took:.1} s; RSS {:.1} MiB before, peak growth {:.1} MiB.",
        lines.saturating_sub(1),
        bytes as f64 / 1048576.0,
        baseline as f64 / 1024.0,
        growth as f64 / 1024.0
    );
}
