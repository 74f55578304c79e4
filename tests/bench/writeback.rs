//! Writeback latency end to end on the local stack, and the agent's memory:
//! `infra/bench-writeback.sh` runs it (the emulators and the agent binary
//! ready). It starts Latchkey (the real routes and adapters on the emulators),
//! a throwaway slapd, enrols the real `latchkey-agent` binary given as the
//! first argument and runs it; then it times self-service resets' last step
//! (`POST /v1/resets/{id}/password`: Latchkey's checks, the job to the agent,
//! the directory's change, the agent's result, Latchkey's commit), one at a
//! time and in bursts, against the same step for a user of Latchkey's own.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark driver: a step that fails stops the run with its message"
)]

use std::time::{Duration, Instant};

use latchkey_agent::testing::Slapd;
use latchkey_core::model::directory::{DirectoryId, SyncedFrom};
use latchkey_core::model::user::Role;
use latchkey_e2e::TestApp;
use serde_json::{Value, json};

const SEQUENTIAL: usize = 100;
const BURST: usize = 20;
const BURSTS: usize = 3;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn report(label: &str, mut samples: Vec<Duration>) {
    samples.sort();
    println!(
        "{label}: n={} p50={:.1} ms p99={:.1} ms max={:.1} ms",
        samples.len(),
        percentile(&samples, 50.0).as_secs_f64() * 1e3,
        percentile(&samples, 99.0).as_secs_f64() * 1e3,
        samples.last().unwrap().as_secs_f64() * 1e3
    );
}

fn rss_kib(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

async fn proven(app: &TestApp, username: &str, email: &str) -> String {
    let flow = app.reset_flow(username).await;
    let id = flow["reset_id"].as_str().unwrap().to_owned();
    let method = flow["methods"].as_array().unwrap().iter().find(|m| m["kind"] == "email").unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let before = app.outbox().to(email).await.len();
    assert_eq!(app.challenge(&id, &method).await.status(), 202);
    let code = app.outbox().code_for(email, before + 1).await;
    assert_eq!(app.verify_code(&id, &method, &code).await.status(), 200);
    id
}

/// Proves a reset for each of `names`, then sends their last steps at once.
async fn timed_burst(app: &std::sync::Arc<TestApp>, names: &[String], prefix: &str) -> Vec<Duration> {
    let mut resets = Vec::new();
    for name in names {
        resets.push(proven(app, name, &app.email_of(name)).await);
    }
    let mut tasks = tokio::task::JoinSet::new();
    for (n, reset) in resets.into_iter().enumerate() {
        let (app, password) = (app.clone(), format!("{prefix}-{n:02}x"));
        tasks.spawn(async move {
            let started = Instant::now();
            let status = app.reset_password(&reset, &password).await.status();
            (started.elapsed(), status)
        });
    }
    let mut took = Vec::new();
    while let Some(done) = tasks.join_next().await {
        let (elapsed, status) = done.unwrap();
        assert_eq!(status, 204);
        took.push(elapsed);
    }
    took
}

#[tokio::main]
#[expect(
    clippy::too_many_lines,
    reason = "one agent process is enrolled, started, measured idle, driven through the baseline, sequential and burst resets and measured again; its pid and the app run through every step"
)]
async fn main() {
    let agent_binary =
        std::env::args().nth(1).expect("usage: latchkey-bench-writeback <latchkey-agent binary>");
    let app = TestApp::start().await;
    let people = SEQUENTIAL + BURST * BURSTS;
    let slapd = Slapd::start_with_people(people);
    app.create_user("admin", "orchid-lantern-ferry-52", &[Role::Admin]).await;
    let admin = app.token("admin", "orchid-lantern-ferry-52").await;
    let body = json!({"directory": "corp", "name": "bench agent"});
    let response = app.call(reqwest::Method::POST, "/v1/admin/agents/enrolments", &admin, Some(body)).await;
    let token = response.json::<Value>().await.unwrap()["token"].as_str().unwrap().to_owned();
    let dir = slapd.dir.clone();
    let state = dir.join("agent.json");
    let mut directory_env = slapd.env();
    directory_env.extend([
        ("LATCHKEY_AGENT_API_URL", app.base.clone()),
        ("LATCHKEY_AGENT_SYNC_SECONDS", "0".to_owned()),
        ("RUST_LOG", "warn".to_owned()),
        ("LATCHKEY_AGENT_POLLERS", std::env::var("LATCHKEY_AGENT_POLLERS").unwrap_or_else(|_| "4".into())),
    ]);
    let enrolled = std::process::Command::new(&agent_binary)
        .args(["enrol", &state.to_string_lossy()])
        .envs(directory_env.clone())
        .env("LATCHKEY_AGENT_ENROLMENT_TOKEN", &token)
        .output()
        .unwrap();
    assert!(enrolled.status.success(), "{}", String::from_utf8_lossy(&enrolled.stderr));
    let mut agent = std::process::Command::new(&agent_binary)
        .args(["run", &state.to_string_lossy()])
        .envs(directory_env)
        .spawn()
        .unwrap();
    let pid = agent.id();
    // Online once its first poll arrived.
    let started = Instant::now();
    loop {
        let list: Value =
            app.call(reqwest::Method::GET, "/v1/admin/agents", &admin, None).await.json().await.unwrap();
        if list["directories"][0]["online_agents"].as_u64() == Some(1) {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(30), "the agent did not come online");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let idle_rss = rss_kib(pid, "VmRSS:");

    // Users: synced ones (written back) and Latchkey's own (the baseline).
    let mut synced = Vec::new();
    for n in 0..people {
        let name = format!("user{n}");
        let user = app.create_user(&name, "velvet-otter-compass-17", &[]).await;
        app.edit_user(&user.id, |u| {
            u.synced = Some(SyncedFrom::new(DirectoryId::parse("corp").unwrap(), chrono::Utc::now()))
        })
        .await;
        synced.push(name);
    }
    let mut own = Vec::new();
    for n in 0..SEQUENTIAL {
        let name = format!("own{n}");
        app.create_user(&name, "velvet-otter-compass-17", &[]).await;
        own.push(name);
    }
    let mut own_extra = Vec::new();
    for n in 0..BURST * BURSTS {
        let name = format!("ownb{n}");
        app.create_user(&name, "velvet-otter-compass-17", &[]).await;
        own_extra.push(name);
    }

    let mut baseline = Vec::new();
    for (n, name) in own.iter().enumerate() {
        let reset = proven(&app, name, &app.email_of(name)).await;
        let started = Instant::now();
        let status = app.reset_password(&reset, &format!("Bench-Baseline-{n:03}x")).await.status();
        baseline.push(started.elapsed());
        assert_eq!(status, 204);
    }
    let mut sequential = Vec::new();
    for (n, name) in synced.iter().take(SEQUENTIAL).enumerate() {
        let reset = proven(&app, name, &app.email_of(name)).await;
        let started = Instant::now();
        let status = app.reset_password(&reset, &format!("Bench-Password-{n:03}x")).await.status();
        sequential.push(started.elapsed());
        assert_eq!(status, 204, "{name}");
    }
    let app = std::sync::Arc::new(app);
    let mut burst = Vec::new();
    let mut own_burst = Vec::new();
    for b in 0..BURSTS {
        let names: Vec<String> = synced.iter().skip(SEQUENTIAL + b * BURST).take(BURST).cloned().collect();
        burst.extend(timed_burst(&app, &names, &format!("Bench-Burst-{b}")).await);
        let names: Vec<String> = own_extra.iter().skip(b * BURST).take(BURST).cloned().collect();
        own_burst.extend(timed_burst(&app, &names, &format!("Bench-Own-{b}")).await);
    }
    let peak_rss = rss_kib(pid, "VmHWM:");
    let busy_rss = rss_kib(pid, "VmRSS:");
    let _ = agent.kill();
    let _ = agent.wait();

    println!(
        "writeback benchmark: the reset's last step, end to end on the local stack (debug build of Latchkey, DynamoDB emulator, slapd)"
    );
    report("  Latchkey's own user (no writeback)", baseline);
    report("  synced user, one at a time", sequential);
    report(&format!("  Latchkey's own user, bursts of {BURST} at once"), own_burst);
    report(&format!("  synced user, bursts of {BURST} at once"), burst);
    println!("  agent pollers: {}", std::env::var("LATCHKEY_AGENT_POLLERS").unwrap_or_else(|_| "4".into()));
    println!("  agent RSS: {idle_rss} KiB idle, {busy_rss} KiB after the runs, {peak_rss} KiB peak");
}
