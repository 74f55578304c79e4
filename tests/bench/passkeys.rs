//! Passkeys against passwords: what one verification costs the server's CPU
//! (the relying-party checks of an assertion beside argon2id), and a
//! passkey sign-in on the local stack beside a password sign-in, one at a
//! time and in bursts. `cargo run --release -p latchkey-e2e --bin
//! latchkey-bench-passkeys` (the emulators start themselves, as in the tests).

#![expect(
    clippy::unwrap_used,
    reason = "a benchmark driver: a step that fails stops the run with its message"
)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use latchkey_adapters::passkeys::WebauthnCeremonies;
use latchkey_adapters::passkeys::soft::SoftAuthenticator;
use latchkey_core::model::passkeys::Holder;
use latchkey_core::model::values::Password;
use latchkey_core::ports::{PasskeyCeremonies, PasswordHasher};
use latchkey_e2e::test_app::PORTAL;
use latchkey_e2e::{TestApp, bench_report};
use serde_json::{Value, json};

const CPU_RUNS: usize = 200;
const SEQUENTIAL: usize = 50;
const BURST: usize = 20;
const BURSTS: usize = 3;
const PASSWORD: &str = "velvet-otter-compass-17";

/// One core's cost of each verification, nothing else running.
async fn cpu() {
    let party = WebauthnCeremonies::new("reset.example.org", vec![PORTAL.to_owned()]).unwrap();
    let mut key = SoftAuthenticator::new();
    let holder = Holder {
        handle: b"bench-user".to_vec(),
        name: "bench".into(),
        display_name: "Bench".into(),
        exclude: vec![],
    };
    let made = party.registration(&holder).unwrap();
    let created = key.create(&made.options, PORTAL);
    let mut stored = party.register(&made.state, &created).unwrap().stored;
    let mut passkey = Vec::new();
    for _ in 0..CPU_RUNS {
        let ceremony = party.authentication().unwrap();
        let answer = key.get(&ceremony.options, PORTAL);
        let started = Instant::now();
        stored = party.authenticate(&ceremony.state, &answer, &stored).unwrap();
        passkey.push(started.elapsed());
    }
    bench_report("passkey assertion checked (ES256)", passkey);
    let hasher = latchkey_adapters::hashing::Argon2Hasher::new();
    let password = Password::parse(PASSWORD, "password").unwrap();
    let hash = hasher.hash(&password).await.unwrap();
    let mut argon = Vec::new();
    for _ in 0..CPU_RUNS / 4 {
        let started = Instant::now();
        assert!(hasher.verify(&password, &hash).await.unwrap());
        argon.push(started.elapsed());
    }
    bench_report("password verified (argon2id m=19 MiB t=2)", argon);
}

/// A passkey sign-in from the options to the session: what the portal does.
async fn passkey_sign_in(app: &TestApp, key: &mut SoftAuthenticator) -> (Duration, Duration) {
    let started = Instant::now();
    let begun: Value =
        app.post_json("/v1/sessions/passkey/options", json!({}), None).await.json().await.unwrap();
    let options_took = started.elapsed();
    let answer = key.get(&begun["options"].to_string(), PORTAL);
    let body =
        json!({"ceremony": begun["ceremony"], "response": serde_json::from_str::<Value>(&answer).unwrap()});
    let sent = Instant::now();
    let status = app.post_json("/v1/sessions/passkey", body, None).await.status();
    assert_eq!(status, 201);
    (options_took, sent.elapsed())
}

async fn registered(app: &TestApp, name: &str) -> SoftAuthenticator {
    app.create_user(name, PASSWORD, &[]).await;
    let token = app.token(name, PASSWORD).await;
    let begun: Value = app
        .call(reqwest::Method::POST, "/v1/me/passkeys/options", &token, Some(json!({})))
        .await
        .json()
        .await
        .unwrap();
    let mut key = SoftAuthenticator::new();
    let created = key.create(&begun["options"].to_string(), PORTAL);
    let body = json!({"ceremony": begun["ceremony"], "response": serde_json::from_str::<Value>(&created).unwrap(), "name": "Bench"});
    let status = app.call(reqwest::Method::POST, "/v1/me/passkeys", &token, Some(body)).await.status();
    assert_eq!(status, 201);
    key
}

async fn stack() {
    let app = Arc::new(TestApp::start().await);
    let mut key = registered(&app, "adele").await;
    let (mut options, mut passkey, mut password) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..SEQUENTIAL {
        let (took_options, took) = passkey_sign_in(&app, &mut key).await;
        options.push(took_options);
        passkey.push(took);
        let started = Instant::now();
        assert_eq!(app.sign_in("adele", PASSWORD).await.status(), 201);
        password.push(started.elapsed());
    }
    bench_report("passkey options, one at a time", options);
    bench_report("passkey sign-in, one at a time", passkey);
    bench_report("password sign-in, one at a time", password);
    let mut people = Vec::new();
    for n in 0..BURST {
        people.push((format!("user{n}"), registered(&app, &format!("user{n}")).await));
    }
    let (mut passkey, mut password) = (Vec::new(), Vec::new());
    for _ in 0..BURSTS {
        let mut tasks = tokio::task::JoinSet::new();
        for (name, mut key) in std::mem::take(&mut people) {
            let app = app.clone();
            tasks.spawn(async move {
                let (_, took) = passkey_sign_in(&app, &mut key).await;
                (name, key, took)
            });
        }
        while let Some(done) = tasks.join_next().await {
            let (name, key, took) = done.unwrap();
            passkey.push(took);
            people.push((name, key));
        }
        let mut tasks = tokio::task::JoinSet::new();
        for (name, _) in &people {
            let (app, name) = (app.clone(), name.clone());
            tasks.spawn(async move {
                let started = Instant::now();
                assert_eq!(app.sign_in(&name, PASSWORD).await.status(), 201);
                started.elapsed()
            });
        }
        while let Some(done) = tasks.join_next().await {
            password.push(done.unwrap());
        }
    }
    bench_report("passkey sign-in, bursts of 20", passkey);
    bench_report("password sign-in, bursts of 20", password);
}

#[tokio::main]
async fn main() {
    cpu().await;
    stack().await;
}
