//! SCIM over a directory of 10,000 users: a filtered list through the
//! index (`userName eq`, `displayName sw`), and an identity provider's full
//! sync pass — one `userName eq` lookup per user, as Microsoft Entra ID's
//! provisioning makes before each create or update. `cargo run --release -p
//! latchkey-e2e --bin latchkey-bench-scim [-- --users N]` (the emulators
//! start themselves, as in the tests).

#![expect(
    clippy::unwrap_used,
    reason = "a benchmark driver: a step that fails stops the run with its message"
)]

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use latchkey_core::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use latchkey_core::model::user::{NewUser, Role};
use latchkey_core::model::values::{Email, UserId, Username};
use latchkey_e2e::{TestApp, bench_arg, bench_report};
use reqwest::Method;
use serde_json::{Value, json};

const LOOKUPS: usize = 300;

/// Writes `count` users straight to the directory, 16 at a time.
async fn seed(app: &TestApp, count: usize) {
    let mut written = tokio::task::JoinSet::new();
    for n in 0..count {
        let ports = app.ports.clone();
        written.spawn(async move {
            let name = format!("user{n:05}");
            let new = NewUser {
                username: Username::parse(&name).unwrap(),
                display_name: format!("Bench User {n:05}"),
                first_name: "Bench".into(),
                last_name: format!("User {n:05}"),
                emails: vec![Email::parse(&format!("{name}@bench.example")).unwrap()],
                phones: Vec::new(),
                roles: BTreeSet::from([Role::User]),
                groups: BTreeSet::new(),
                language: None,
            };
            let user = new.into_user(UserId::new(ports.random.hex(16)), ports.clock.now());
            let stamp = ports.stamp();
            let what = (Action::UserCreated, Outcome::Success);
            let event = AuditEvent::about(stamp, None, &user, what, "bench", &RequestMeta::default());
            ports.directory.create_user(&user, &event).await.unwrap();
        });
        if written.len() >= 16 {
            written.join_next().await;
        }
    }
    while written.join_next().await.is_some() {}
}

async fn token(app: &TestApp) -> String {
    app.create_user("boss", "harbour-violet-anchor-52", &[Role::Admin]).await;
    let admin = app.token("boss", "harbour-violet-anchor-52").await;
    let body = json!({"name": "bench", "scopes": ["scim:write"]});
    let made: Value =
        app.call(Method::POST, "/v1/admin/clients", &admin, Some(body)).await.json().await.unwrap();
    let response = app
        .http
        .post(app.url("/v1/oauth/token"))
        .basic_auth(made["client"]["id"].as_str().unwrap(), made["client_secret"].as_str())
        .header("content-type", "application/x-www-form-urlencoded")
        .body("grant_type=client_credentials")
        .send()
        .await
        .unwrap();
    response.json::<Value>().await.unwrap()["access_token"].as_str().unwrap().to_owned()
}

/// One list request with `filter`; its time and how many matched.
async fn list(app: &TestApp, token: &str, filter: &str) -> (Duration, u64) {
    let (took, status, body) = answer(app, token, filter).await;
    assert_eq!(status, 200, "{body}");
    (took, body["totalResults"].as_u64().unwrap())
}

/// One list request with `filter`: its time, status and body.
async fn answer(app: &TestApp, token: &str, filter: &str) -> (Duration, u16, Value) {
    let url = reqwest::Url::parse_with_params(&app.url("/scim/v2/Users"), &[("filter", filter)]).unwrap();
    let began = Instant::now();
    let response = app.http.get(url).bearer_auth(token).send().await.unwrap();
    let took = began.elapsed();
    let status = response.status().as_u16();
    (took, status, response.json().await.unwrap())
}

#[tokio::main]
async fn main() {
    let users = bench_arg("--users", 10_000_usize);
    let app = TestApp::start().await;
    let began = Instant::now();
    seed(&app, users).await;
    eprintln!("{users} users written in {:.0} s", began.elapsed().as_secs_f64());
    let token = token(&app).await;

    let mut exact = Vec::new();
    for i in 0..LOOKUPS {
        let (took, found) =
            list(&app, &token, &format!("userName eq \"user{:05}\"", (i * 7919) % users)).await;
        assert_eq!(found, 1);
        exact.push(took);
    }
    bench_report(&format!("list userName eq (over {users} users)"), exact);

    let mut prefix = Vec::new();
    for i in 0..LOOKUPS {
        // 10 matches each: "Bench User 0123" … "Bench User 0123 9".
        let (took, found) =
            list(&app, &token, &format!("displayName sw \"Bench User {:04}\"", i % (users / 10))).await;
        assert_eq!(found, 10);
        prefix.push(took);
    }
    bench_report(&format!("list displayName sw, 10 matches (over {users} users)"), prefix);

    // No index answers this: judged over the users in name order, at most
    // WALK_MAX of them; a larger directory gets 400 tooMany.
    let (took, status, body) = answer(&app, &token, "active eq true and name.givenName eq \"Bench\"").await;
    println!(
        "list with no index (active eq true and name.givenName eq ...): status {status} {}, {:.0} ms",
        body["scimType"].as_str().map_or_else(|| format!("{} matched", body["totalResults"]), str::to_owned),
        took.as_secs_f64() * 1e3
    );

    let began = Instant::now();
    let mut sync = Vec::with_capacity(users);
    for n in 0..users {
        let (took, found) = list(&app, &token, &format!("userName eq \"user{n:05}\"")).await;
        assert_eq!(found, 1);
        sync.push(took);
    }
    let total = began.elapsed();
    bench_report(&format!("full sync: {users} userName eq lookups, one at a time"), sync);
    println!(
        "full sync took {:.1} s ({:.0} lookups/s)",
        total.as_secs_f64(),
        users as f64 / total.as_secs_f64()
    );
}
