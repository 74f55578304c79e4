//! Pass-through sign-in timing on the local stack: `infra/bench-passthrough.sh`
//! runs it (the emulators and the agent binary ready). It starts Latchkey
//! (the real routes and adapters on the emulators), a throwaway slapd over
//! StartTLS, enrols the real `latchkey-agent` binary given as the first
//! argument and runs it; then it times `POST /v1/sessions` for synced users
//! whose password only the directory knows (the password goes to the agent,
//! which binds as the user), one at a time and in bursts, beside the same
//! sign-in for users of Latchkey's own; and, interleaved, refused sign-ins:
//! a wrong directory password, a name that is nobody's, a wrong Latchkey
//! password.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark driver: a step that fails stops the run with its message"
)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use latchkey_agent::testing::Slapd;
use latchkey_core::model::directory::{DirectoryId, SyncedFrom};
use latchkey_core::model::user::Role;
use latchkey_e2e::TestApp;
use serde_json::{Value, json};

const SEQUENTIAL: usize = 50;
const BURST: usize = 20;
const BURSTS: usize = 3;
const REFUSED: usize = 40;
const NATIVE_PASSWORD: &str = "velvet-otter-compass-17";

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn report(label: &str, mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    let p50 = percentile(&samples, 50.0);
    println!(
        "{label}: n={} p50={:.1} ms p99={:.1} ms max={:.1} ms",
        samples.len(),
        ms(p50),
        ms(percentile(&samples, 99.0)),
        ms(*samples.last().unwrap())
    );
    p50
}

/// A source address of its own for each request: the per-address limits
/// are not what is measured here.
fn source(n: usize) -> String {
    format!("10.{}.{}.{}", n / 65_536 % 256, n / 256 % 256, n % 256)
}

/// One sign-in from its own address: how long it took, and its status.
async fn timed(app: &TestApp, n: usize, username: &str, password: &str) -> (Duration, u16) {
    let started = Instant::now();
    let status = app.sign_in_from(&source(n), username, password).await.status().as_u16();
    (started.elapsed(), status)
}

/// Sign-ins sent all at once, each expected to answer `status`.
async fn burst(app: &Arc<TestApp>, first: usize, people: &[(String, String)], status: u16) -> Vec<Duration> {
    let mut tasks = tokio::task::JoinSet::new();
    for (n, (name, password)) in people.iter().cloned().enumerate() {
        let app = app.clone();
        tasks.spawn(async move { timed(&app, first + n, &name, &password).await });
    }
    let mut took = Vec::new();
    while let Some(done) = tasks.join_next().await {
        let (elapsed, got) = done.unwrap();
        assert_eq!(got, status);
        took.push(elapsed);
    }
    took
}

/// Latchkey users synced from `corp` with no password in Latchkey: `user<n>`
/// for each `n`, whose password the slapd alone holds.
async fn synced_without_password(app: &TestApp, range: std::ops::Range<usize>) -> Vec<(String, String)> {
    let mut people = Vec::new();
    for n in range {
        let name = format!("user{n}");
        let user = app.create_user(&name, NATIVE_PASSWORD, &[]).await;
        app.edit_user(&user.id, |u| {
            u.synced = Some(SyncedFrom::new(DirectoryId::parse("corp").unwrap(), chrono::Utc::now()));
            u.forget_password();
        })
        .await;
        people.push((name, format!("User-Password-{n}")));
    }
    people
}

async fn native(app: &TestApp, prefix: &str, count: usize) -> Vec<(String, String)> {
    let mut people = Vec::new();
    for n in 0..count {
        let name = format!("{prefix}{n}");
        app.create_user(&name, NATIVE_PASSWORD, &[]).await;
        people.push((name, NATIVE_PASSWORD.to_owned()));
    }
    people
}

/// The agent binary enrolled for `corp` and running against `slapd`.
#[expect(clippy::zombie_processes, reason = "the running agent is returned: main kills it and waits for it")]
async fn agent(app: &TestApp, slapd: &Slapd, binary: &str) -> std::process::Child {
    app.create_user("admin", "orchid-lantern-ferry-52", &[Role::Admin]).await;
    let admin = app.token("admin", "orchid-lantern-ferry-52").await;
    let body = json!({"directory": "corp", "name": "bench agent"});
    let response = app.call(reqwest::Method::POST, "/v1/admin/agents/enrolments", &admin, Some(body)).await;
    let token = response.json::<Value>().await.unwrap()["token"].as_str().unwrap().to_owned();
    let state = slapd.dir.join("agent.json");
    let mut env = slapd.env();
    env.extend([
        ("LATCHKEY_AGENT_API_URL", app.base.clone()),
        ("LATCHKEY_AGENT_SYNC_SECONDS", "0".to_owned()),
        ("RUST_LOG", "warn".to_owned()),
    ]);
    let enrolled = std::process::Command::new(binary)
        .args(["enrol", &state.to_string_lossy()])
        .envs(env.clone())
        .env("LATCHKEY_AGENT_ENROLMENT_TOKEN", &token)
        .output()
        .unwrap();
    assert!(enrolled.status.success(), "{}", String::from_utf8_lossy(&enrolled.stderr));
    let child =
        std::process::Command::new(binary).args(["run", &state.to_string_lossy()]).envs(env).spawn().unwrap();
    let started = Instant::now();
    loop {
        let list: Value =
            app.call(reqwest::Method::GET, "/v1/admin/agents", &admin, None).await.json().await.unwrap();
        if list["directories"][0]["online_agents"].as_u64() == Some(1) {
            return child;
        }
        assert!(started.elapsed() < Duration::from_secs(30), "the agent did not come online");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::main]
async fn main() {
    let binary = std::env::args().nth(1).expect("usage: latchkey-bench-passthrough <latchkey-agent binary>");
    let app = TestApp::start().await;
    let accepted = SEQUENTIAL + BURST * BURSTS;
    let slapd = Slapd::start_with_people(accepted + REFUSED);
    let mut agent = agent(&app, &slapd, &binary).await;

    let through = synced_without_password(&app, 0..accepted).await;
    let wrong_there = synced_without_password(&app, accepted..accepted + REFUSED).await;
    let own = native(&app, "own", SEQUENTIAL + BURST * BURSTS).await;
    let own_wrong = native(&app, "ownw", REFUSED).await;
    let app = Arc::new(app);
    let mut n = 0;
    let mut next = || {
        n += 1;
        n
    };

    let mut native_one = Vec::new();
    let mut through_one = Vec::new();
    for ((own_name, own_password), (name, password)) in own.iter().zip(&through).take(SEQUENTIAL) {
        let (took, status) = timed(&app, next(), own_name, own_password).await;
        assert_eq!(status, 201);
        native_one.push(took);
        let (took, status) = timed(&app, next(), name, password).await;
        assert_eq!(status, 201, "{name} through the directory");
        through_one.push(took);
    }
    let mut native_burst = Vec::new();
    let mut through_burst = Vec::new();
    for b in 0..BURSTS {
        let from = SEQUENTIAL + b * BURST;
        native_burst.extend(burst(&app, next() * 100, &own[from..from + BURST], 201).await);
        through_burst.extend(burst(&app, next() * 100, &through[from..from + BURST], 201).await);
    }
    // Refused sign-ins, interleaved so that the emulator's and the machine's
    // drift falls on all three alike.
    let (mut wrong_directory, mut unknown, mut wrong_native) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..REFUSED {
        let (took, status) = timed(&app, next(), &wrong_there[i].0, "Not-The-Password-1").await;
        assert_eq!(status, 401);
        wrong_directory.push(took);
        let (took, status) = timed(&app, next(), &format!("nobody{i}"), "Not-The-Password-1").await;
        assert_eq!(status, 401);
        unknown.push(took);
        let (took, status) = timed(&app, next(), &own_wrong[i].0, "Not-The-Password-1").await;
        assert_eq!(status, 401);
        wrong_native.push(took);
    }
    let _ = agent.kill();
    let _ = agent.wait();

    println!(
        "pass-through benchmark: POST /v1/sessions on the local stack (debug build of Latchkey, DynamoDB emulator, slapd over StartTLS, release agent)"
    );
    report("  native sign-in, one at a time", native_one);
    report("  pass-through sign-in, one at a time", through_one);
    report(&format!("  native sign-in, bursts of {BURST}"), native_burst);
    report(&format!("  pass-through sign-in, bursts of {BURST}"), through_burst);
    let directory = report("  refused: wrong directory password", wrong_directory);
    let nobody = report("  refused: a name that is nobody's", unknown);
    let local = report("  refused: wrong Latchkey password", wrong_native);
    let gap = |a: Duration, b: Duration| (ms(a) - ms(b)).abs() / ms(b) * 100.0;
    println!(
        "  medians: wrong directory password vs unknown name {:.1} % apart; wrong Latchkey password vs unknown name {:.1} % apart",
        gap(directory, nobody),
        gap(local, nobody)
    );
}
