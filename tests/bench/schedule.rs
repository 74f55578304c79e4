//! The scheduled work over a large directory on the local stack: writes
//! `--users N` users (default 10,000) straight into the emulator's tables,
//! their passwords set long enough ago that none is due a reminder, and
//! `--due M` more (default 200) whose password expires in ten days; then
//! runs [`Lifecycle::run`] with the deployed function's 50 pages a run until
//! the pass finishes, timing each run. Prints Markdown for BENCHMARKS.md.
//!
//! ```text
//! LATCHKEY_TEST_EMULATOR_PORT=… LATCHKEY_TEST_MESSAGING_PORT=… latchkey-bench-schedule [--users N] [--due M]
//! ```

#![expect(
    clippy::expect_used,
    reason = "a benchmark driver: a step that fails stops the run with its message"
)]

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use latchkey_core::lifecycle::{Lifecycle, Links, PAGE};
use latchkey_core::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use latchkey_core::model::user::{NewUser, Role};
use latchkey_core::model::values::{Email, Password, UserId, Username};
use latchkey_e2e::{TestApp, TestOptions};

/// Pages a run, as `template.yaml` sets `LATCHKEY_SCHEDULE_PAGES`.
const PAGES: usize = 50;

fn arg(name: &str, default: usize) -> usize {
    latchkey_e2e::bench_arg(name, default)
}

/// Writes `count` users named `<prefix><n>` whose password was set at `set_at`.
async fn users(app: &TestApp, prefix: &str, count: usize, set_at: chrono::DateTime<chrono::Utc>) {
    let hash = app
        .ports
        .hasher
        .hash(&Password::parse("bench-lantern-quartz-2026", "password").expect("password"))
        .await
        .expect("hash");
    let mut written = tokio::task::JoinSet::new();
    for n in 0..count {
        let ports = app.ports.clone();
        let hash = hash.clone();
        let name = format!("{prefix}{n:07}");
        written.spawn(async move {
            let new = NewUser {
                username: Username::parse(&name).expect("name"),
                display_name: name.clone(),
                first_name: name.clone(),
                last_name: "Bench".into(),
                emails: vec![Email::parse(&format!("{name}@bench.example")).expect("email")],
                phones: Vec::new(),
                roles: BTreeSet::from([Role::User]),
                groups: BTreeSet::new(),
                language: None,
            };
            let mut user = new.into_user(UserId::new(ports.random.hex(16)), set_at);
            user.replace_password(hash, set_at);
            let event = AuditEvent::about(
                ports.stamp(),
                None,
                &user,
                (Action::UserCreated, Outcome::Success),
                "bench",
                &RequestMeta::default(),
            );
            ports.directory.create_user(&user, &event).await.expect("create");
        });
        if written.len() >= 16 {
            written.join_next().await;
        }
    }
    while written.join_next().await.is_some() {}
}

#[tokio::main]
async fn main() {
    let (quiet, due) = (arg("--users", 10_000), arg("--due", 200));
    let app = TestApp::start_with(TestOptions { manual_clock: true, ..Default::default() }).await;
    app.set_settings(|s| s.password.max_age_days = Some(90)).await;
    let clock = app.clock.clone().expect("manual clock");
    let start = clock_now(&app);
    let written = Instant::now();
    // Due: set 80 days before "now"; quiet: set now (90 days left).
    users(&app, "due", due, start).await;
    clock.advance(chrono::Duration::days(80));
    users(&app, "quiet", quiet, clock_now(&app)).await;
    eprintln!("{} users written in {:.0} s", quiet + due, written.elapsed().as_secs_f64());

    let lifecycle = Lifecycle::new(app.ports.clone());
    let links = Links { portal: Some("https://reset.example.org".into()) };
    let mut runs = Vec::new();
    let (mut seen, mut reminded) = (0, 0);
    loop {
        let began = Instant::now();
        let report = lifecycle.run(&links, PAGES).await.expect("run");
        runs.push((began.elapsed(), report.seen, report.reminded));
        seen += report.seen;
        reminded += report.reminded;
        if report.pass_finished {
            break;
        }
    }
    let total: Duration = runs.iter().map(|r| r.0).sum();
    let pages = seen.div_ceil(PAGE as u64);
    println!(
        "| users | due a reminder | runs of {PAGES} pages | total | slowest run | per 100 users read | reminders sent |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|");
    let slowest = runs.iter().map(|r| r.0).max().unwrap_or_default();
    println!(
        "| {seen} | {due} | {} | {:.1} s | {:.1} s | {:.0} ms | {reminded} |",
        runs.len(),
        total.as_secs_f64(),
        slowest.as_secs_f64(),
        total.as_secs_f64() * 1e3 / pages as f64,
    );
    for (n, (took, read, sent)) in runs.iter().enumerate() {
        println!("  run {}: {read} users, {sent} reminders, {:.2} s", n + 1, took.as_secs_f64());
    }
}

fn clock_now(app: &TestApp) -> chrono::DateTime<chrono::Utc> {
    app.ports.clock.now()
}
