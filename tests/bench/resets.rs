//! Drives whole reset flows at a steady rate against a running server and
//! prints req/s and p50/p99 for each step: start, challenge, verify, complete.
//!
//! `latchkey-bench-resets URL EMULATOR_URL FLOWS_PER_SECOND SECONDS USERS [FIRST_USER]`
//! Users are `bench<FIRST_USER>…` as seeded by `latchkey-bootstrap --seed-bench`;
//! each flow resets one by email, reading the code from the emulator.

use std::sync::Arc;
use std::time::{Duration, Instant};

use latchkey_e2e::Outbox;
use serde_json::{Value, json};
use tokio::sync::Mutex;

#[derive(Default)]
struct Step {
    latencies: Vec<Duration>,
    failures: usize,
}

#[derive(Default)]
struct Results {
    start: Step,
    challenge: Step,
    verify: Step,
    complete: Step,
}

async fn timed(
    http: &reqwest::Client,
    url: String,
    body: Value,
    step: &Mutex<Results>,
    pick: fn(&mut Results) -> &mut Step,
    ok: u16,
) -> Option<Value> {
    let began = Instant::now();
    let response = http.post(url).json(&body).send().await.ok()?;
    let elapsed = began.elapsed();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap_or_default();
    let mut results = step.lock().await;
    let s = pick(&mut results);
    if status == ok {
        s.latencies.push(elapsed);
        Some(serde_json::from_str(&text).unwrap_or(Value::Null))
    } else {
        s.failures += 1;
        None
    }
}

async fn flow(
    http: reqwest::Client,
    outbox: Arc<Outbox>,
    base: String,
    user: usize,
    n: usize,
    results: Arc<Mutex<Results>>,
) {
    let username = format!("bench{user:02}");
    let address = format!("{username}@bench.example");
    let Some(flow) = timed(
        &http,
        format!("{base}/v1/resets"),
        json!({"username": username}),
        &results,
        |r| &mut r.start,
        201,
    )
    .await
    else {
        return;
    };
    let id = flow["reset_id"].as_str().unwrap_or_default().to_string();
    let before = outbox.to(&address).await.len();
    let url = format!("{base}/v1/resets/{id}/challenges");
    if timed(&http, url, json!({"method_id": "m1"}), &results, |r| &mut r.challenge, 202).await.is_none() {
        return;
    }
    let code = outbox.code_for(&address, before + 1).await;
    let url = format!("{base}/v1/resets/{id}/verifications");
    if timed(&http, url, json!({"method_id": "m1", "code": code}), &results, |r| &mut r.verify, 200)
        .await
        .is_none()
    {
        return;
    }
    let url = format!("{base}/v1/resets/{id}/password");
    let body = json!({"new_password": format!("steady-rate-passphrase-{n}")});
    timed(&http, url, body, &results, |r| &mut r.complete, 204).await;
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank].as_secs_f64() * 1e3
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    if !(6..=7).contains(&args.len()) {
        eprintln!("usage: {} URL EMULATOR_URL FLOWS_PER_SECOND SECONDS USERS [FIRST_USER]", args[0]);
        std::process::exit(2);
    }
    let (base, emulator) = (args[1].clone(), args[2].clone());
    let rate: f64 = args[3].parse().expect("flows per second");
    let seconds: f64 = args[4].parse().expect("seconds");
    let users: usize = args[5].parse().expect("users");
    let first: usize = args.get(6).map(|a| a.parse().expect("first user")).unwrap_or(0);
    let http = reqwest::Client::new();
    let outbox = Arc::new(Outbox::new(&emulator));
    let results = Arc::new(Mutex::new(Results::default()));
    let total = (rate * seconds).round() as usize;
    let began = Instant::now();
    let mut tasks = Vec::new();
    for n in 0..total {
        // Open-loop: flow n starts at n / rate seconds, however slow earlier ones are.
        let due = Duration::from_secs_f64(n as f64 / rate);
        tokio::time::sleep_until(tokio::time::Instant::from_std(began + due)).await;
        tasks.push(tokio::spawn(flow(
            http.clone(),
            outbox.clone(),
            base.clone(),
            first + n % users,
            n,
            results.clone(),
        )));
    }
    for task in tasks {
        let _ = task.await;
    }
    let wall = began.elapsed().as_secs_f64();
    let mut guard = results.lock().await;
    let results = &mut *guard;
    println!("| step | req/s | p50 ms | p99 ms | ok | failed |");
    println!("|---|---:|---:|---:|---:|---:|");
    for (name, step) in [
        ("POST /v1/resets (start)", &mut results.start),
        ("POST …/challenges (email code)", &mut results.challenge),
        ("POST …/verifications", &mut results.verify),
        ("POST …/password (complete)", &mut results.complete),
    ] {
        step.latencies.sort();
        println!(
            "| {name} | {:.1} | {:.2} | {:.2} | {} | {} |",
            step.latencies.len() as f64 / wall,
            percentile(&step.latencies, 50.0),
            percentile(&step.latencies, 99.0),
            step.latencies.len(),
            step.failures
        );
    }
    println!("\n{total} flows offered at {rate}/s over {seconds} s; wall time {wall:.1} s.");
}
