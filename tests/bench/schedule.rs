//! The scheduled work over a large directory on the local stack: writes
//! `--users N` users (default 10,000) straight into the emulator's tables,
//! their passwords set long enough ago that none is due a reminder, and
//! `--due M` more (default 200) whose password expires in ten days; then
//! runs [`Lifecycle::run`] with the deployed function's 50 pages a run until
//! the pass finishes, timing each run. With `--unregistered K`, K more
//! users have registered no method, and a registration campaign (everyone,
//! invitations on) runs: the pass invites those K and counts the campaign.
//! Prints Markdown for BENCHMARKS.md.
//!
//! ```text
//! LATCHKEY_TEST_EMULATOR_PORT=… LATCHKEY_TEST_MESSAGING_PORT=… latchkey-bench-schedule [--users N] [--due M] [--unregistered K]
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

/// Writes `count` users named `<prefix><n>` whose password was set at
/// `set_at`; `registered`: their own email proven then too.
async fn users(
    app: &TestApp,
    (prefix, count): (&str, usize),
    set_at: chrono::DateTime<chrono::Utc>,
    registered: bool,
) {
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
            if registered {
                user.registration.email = user.emails.first().cloned();
                user.registration.confirmed_at = Some(set_at);
            }
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
    let (quiet, due, unregistered) = (arg("--users", 10_000), arg("--due", 200), arg("--unregistered", 0));
    let app = TestApp::start_with(TestOptions { manual_clock: true, ..Default::default() }).await;
    app.set_settings(|s| {
        s.password.max_age_days = Some(90);
        // Only methods people registered themselves count, so the campaign
        // finds exactly the unregistered ones.
        s.reset.directory_contacts_count = false;
        s.registration.require_registration = false;
    })
    .await;
    let clock = app.clock.clone().expect("manual clock");
    let start = clock_now(&app);
    let written = Instant::now();
    // Due: set 80 days before "now"; quiet: set now (90 days left).
    users(&app, ("due", due), start, true).await;
    clock.advance(chrono::Duration::days(80));
    users(&app, ("quiet", quiet), clock_now(&app), true).await;
    users(&app, ("unreg", unregistered), clock_now(&app), false).await;
    eprintln!("{} users written in {:.0} s", quiet + due + unregistered, written.elapsed().as_secs_f64());
    if unregistered > 0 {
        let now = clock_now(&app);
        app.set_settings(|s| {
            s.registration.campaign = Some(latchkey_core::model::campaign::Campaign {
                id: "bench".into(),
                started_at: now,
                target: latchkey_core::model::settings::Scope::All,
                snooze_days: 3,
                max_snoozes: 3,
                invite: true,
            });
        })
        .await;
    }

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
        "| users | due a reminder | unregistered | runs of {PAGES} pages | total | slowest run | per 100 users read | reminders sent | invited |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let slowest = runs.iter().map(|r| r.0).max().unwrap_or_default();
    let state = app.ports.directory.schedule().await.expect("progress").unwrap_or_default();
    let invited = state.last_campaign.map_or(0, |c| c.invited);
    println!(
        "| {seen} | {due} | {unregistered} | {} | {:.1} s | {:.1} s | {:.0} ms | {reminded} | {invited} |",
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
