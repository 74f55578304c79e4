//! Webhooks end to end: an administrator subscribes a receiver on this
//! machine; committed audit events reach it through the audit table's
//! stream (Dynoxide), the deliverer (the webhooks function's code) and real
//! HTTP, signed as Standard Webhooks sign them; a receiver that is down
//! gets everything once back, in each user's order; one that answers 500 is
//! retried for a day, then the delivery fails and the subscription pauses;
//! private addresses are refused.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use base64::Engine;
use hmac::{Hmac, Mac};
use latchkey_core::model::user::Role;
use latchkey_e2e::{Received, Receiver, TestApp, TestOptions, problem};
use reqwest::Method;
use serde_json::{Value, json};

use crate::{ADELE_PASSWORD, NEW_PASSWORD};

async fn admin(app: &TestApp) -> String {
    app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    app.token("boss", ADELE_PASSWORD).await
}

/// Subscribes `url` to `events`; the answer (subscription and secret).
async fn subscribe(app: &TestApp, admin: &str, url: &str, events: Value) -> Value {
    let response = app
        .call(Method::POST, "/v1/admin/webhooks", admin, Some(json!({"url": url, "events": events})))
        .await;
    let status = response.status();
    let body: Value = response.json().await.expect("json");
    assert_eq!(status, 201, "{body:#}");
    body
}

async fn deliveries(app: &TestApp, admin: &str, id: &str) -> Vec<Value> {
    let response =
        app.call(Method::GET, &format!("/v1/admin/webhooks/{id}/deliveries?limit=100"), admin, None).await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.expect("json");
    body["deliveries"].as_array().expect("deliveries").clone()
}

async fn webhook(app: &TestApp, admin: &str, id: &str) -> Value {
    let response = app.call(Method::GET, &format!("/v1/admin/webhooks/{id}"), admin, None).await;
    assert_eq!(response.status(), 200);
    response.json().await.expect("json")
}

/// Waits until the log holds `count` deliveries all satisfying `settled`.
async fn wait_log(
    app: &TestApp,
    admin: &str,
    id: &str,
    count: usize,
    settled: impl Fn(&Value) -> bool,
) -> Vec<Value> {
    for _ in 0..400 {
        let log = deliveries(app, admin, id).await;
        if log.len() >= count && log.iter().all(&settled) {
            return log;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the log never held {count} settled deliveries: {:#?}", deliveries(app, admin, id).await)
}

/// The Standard Webhooks check, written out from the specification rather
/// than with Latchkey's signer: HMAC-SHA256 under the secret's base64 bytes
/// over `{id}.{timestamp}.{body}`, one `v1,<base64>` per live secret.
fn signed_by(secret: &str, got: &Received) -> bool {
    let key = base64::engine::general_purpose::STANDARD
        .decode(secret.strip_prefix("whsec_").expect("a whsec_ secret"))
        .expect("base64 key");
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(&key).expect("any key");
    mac.update(format!("{}.{}.{}", got.id, got.timestamp, got.body).as_bytes());
    let expected =
        format!("v1,{}", base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes()));
    got.signature.split(' ').any(|s| s == expected)
}

#[tokio::test]
async fn deliveries_are_signed_the_standard_webhooks_way_only_for_the_chosen_events_and_carry_no_secret() {
    let app = TestApp::start().await;
    let admin = admin(&app).await;
    let receiver = Receiver::start().await;
    let made = subscribe(&app, &admin, &receiver.url(), json!(["password_change"])).await;
    let (id, secret) =
        (made["webhook"]["id"].as_str().unwrap().to_owned(), made["secret"].as_str().unwrap().to_owned());
    assert!(secret.starts_with("whsec_"), "{secret}");
    assert_eq!(made["webhook"]["state"], "active");
    app.deliver_webhooks().await;

    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    assert_eq!(app.sign_in("adele", "not her password at all").await.status(), 401);
    let token = app.token("adele", ADELE_PASSWORD).await;
    assert_eq!(app.change_password(&token, ADELE_PASSWORD, NEW_PASSWORD).await.status(), 204);

    let got = receiver.wait_for(Duration::from_secs(30), |g| !g.is_empty()).await;
    assert_eq!(got.len(), 1, "sign-ins were not chosen: {got:#?}");
    let delivery = &got[0];
    assert!(signed_by(&secret, delivery), "signature {} over {}", delivery.signature, delivery.body);
    assert!(delivery.id.starts_with("msg_"));
    let body = delivery.json();
    assert_eq!(body["type"], "password_change");
    assert_eq!(body["data"]["target"], adele.id.as_str());
    assert_eq!(body["data"]["outcome"], "success");
    for secret_text in [ADELE_PASSWORD, NEW_PASSWORD, &token, &secret] {
        assert!(!delivery.body.contains(secret_text), "no secret in a payload");
    }
    let log = wait_log(&app, &admin, &id, 1, |d| d["state"] == "delivered").await;
    assert_eq!((log[0]["attempts"].as_u64(), log[0]["last_status"].as_u64()), (Some(1), Some(204)));
    assert_eq!(log[0]["id"], delivery.id.as_str());

    // A rotation: the next delivery is signed by the new secret and, for the overlap, the old one.
    let rotated = app.call(Method::POST, &format!("/v1/admin/webhooks/{id}/secret"), &admin, None).await;
    assert_eq!(rotated.status(), 200);
    let rotated: Value = rotated.json().await.unwrap();
    let new_secret = rotated["secret"].as_str().unwrap().to_owned();
    assert_ne!(new_secret, secret);
    assert!(rotated["webhook"]["previous_secret_works_until"].is_string());
    let token = app.token("adele", NEW_PASSWORD).await;
    assert_eq!(
        app.change_password(&token, NEW_PASSWORD, "quiet lanterns drift over the bay").await.status(),
        204
    );
    let got = receiver.wait_for(Duration::from_secs(30), |g| g.len() >= 2).await;
    assert!(signed_by(&new_secret, &got[1]) && signed_by(&secret, &got[1]), "{}", got[1].signature);
    let listed = app.call(Method::GET, "/v1/admin/webhooks", &admin, None).await;
    let listed = listed.text().await.unwrap();
    assert!(
        !listed.contains(&new_secret[6..]) && listed.contains("reset_completed"),
        "types listed, no secret"
    );
}

#[tokio::test]
async fn a_receiver_down_for_a_while_gets_every_event_once_back_in_each_users_order() {
    let app = TestApp::start().await;
    let admin = admin(&app).await;
    let receiver = Receiver::start().await;
    let made = subscribe(&app, &admin, &receiver.url(), json!(["sign_in"])).await;
    let id = made["webhook"]["id"].as_str().unwrap().to_owned();
    let deliverer = app.deliver_webhooks().await;
    receiver.stop().await;

    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let bruno = app.create_user("bruno", ADELE_PASSWORD, &[]).await;
    // Interleaved: each user's failures, then their success.
    for _ in 0..3 {
        assert_eq!(app.sign_in("adele", "wrong password one").await.status(), 401);
        assert_eq!(app.sign_in("bruno", "wrong password two").await.status(), 401);
    }
    assert!(app.sign_in("adele", ADELE_PASSWORD).await.status().is_success());
    assert!(app.sign_in("bruno", ADELE_PASSWORD).await.status().is_success());
    // Each user's first delivery tried and refused (connection refused); the rest of
    // each user's lane waits behind it.
    let log = wait_log(&app, &admin, &id, 8, |d| d["state"] == "pending").await;
    let tried: Vec<&Value> = log.iter().filter(|d| d["attempts"].as_u64() >= Some(1)).collect();
    assert!(!tried.is_empty(), "{log:#?}");
    assert!(
        tried.iter().all(|d| d["last_error"].as_str().is_some_and(|e| e.contains("connect"))),
        "{log:#?}"
    );
    assert!(receiver.received().is_empty());
    assert_eq!(webhook(&app, &admin, &id).await["state"], "failing");

    receiver.resume().await;
    // The first retry falls due 5 s after the first attempt; the schedule's sweep sends it.
    tokio::time::sleep(Duration::from_secs(6)).await;
    for _ in 0..20 {
        deliverer.sweep().await.expect("sweep");
        if receiver.received().len() >= 8 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let got = receiver.received();
    let log = wait_log(&app, &admin, &id, 8, |d| d["state"] == "delivered").await;
    assert_eq!(got.len(), log.len(), "each once: {got:#?}");
    let ids: HashSet<&str> = got.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(ids.len(), got.len(), "no webhook-id twice");
    let mut by_user: HashMap<String, Vec<String>> = HashMap::new();
    for g in &got {
        let body = g.json();
        by_user
            .entry(body["data"]["target"].as_str().unwrap_or_default().to_owned())
            .or_default()
            .push(body["data"]["outcome"].as_str().unwrap().to_owned());
    }
    for user in [&adele, &bruno] {
        assert_eq!(
            by_user[user.id.as_str()],
            ["failure", "failure", "failure", "success"],
            "{}'s events in the order they happened",
            user.username
        );
    }
    assert_eq!(webhook(&app, &admin, &id).await["state"], "active", "a success heals it");
}

#[tokio::test]
async fn a_receiver_answering_500_is_retried_for_a_day_then_failed_and_paused_with_the_admins_told() {
    let app = TestApp::start_with(TestOptions { manual_clock: true, ..Default::default() }).await;
    let clock = app.clock.clone().unwrap();
    let admin = admin(&app).await;
    let receiver = Receiver::start().await;
    receiver.answer(500);
    // The administrator's sign-in comes before the subscription, not at the same instant.
    clock.advance(chrono::Duration::seconds(1));
    let made = subscribe(&app, &admin, &receiver.url(), json!(["sign_in"])).await;
    let id = made["webhook"]["id"].as_str().unwrap().to_owned();
    let deliverer = app.deliver_webhooks().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    assert_eq!(app.sign_in("adele", "wrong password one").await.status(), 401);
    let first = wait_log(&app, &admin, &id, 1, |d| d["attempts"].as_u64() >= Some(1)).await;
    assert_eq!((first[0]["state"].as_str(), first[0]["last_status"].as_u64()), (Some("pending"), Some(500)));

    // The schedule's sweeps over a day: 5 s, 25 s, 2 min… then every 2 hours. (Read
    // from the store: the administrator's session would run out on this clock.)
    let sub = latchkey_core::model::webhooks::WebhookId::parse(&id).unwrap();
    let log = || async { app.ports.webhooks.deliveries(&sub, None, 100).await.expect("log") };
    let health =
        || async { app.ports.webhooks.subscription(&sub).await.expect("read").expect("there").health };
    let mut sweeps = 0;
    loop {
        clock.advance(chrono::Duration::minutes(30));
        deliverer.sweep().await.expect("sweep");
        sweeps += 1;
        let log = log().await;
        if let latchkey_core::model::webhooks::DeliveryState::Failed { .. } = log[0].state {
            assert!(log[0].attempts >= 10, "retried many times: {log:#?}");
            assert_eq!(log[0].last_status, Some(500));
            break;
        }
        assert!(sweeps < 60, "never failed: {log:#?}");
    }
    assert!(
        matches!(health().await, latchkey_core::model::webhooks::Health::Active { failing_since: Some(_) }),
        "failing"
    );
    assert!(receiver.received().is_empty(), "a 500 records nothing");

    // Still failing a day after the first failure: the next refused attempt pauses it.
    clock.advance(chrono::Duration::hours(2));
    assert_eq!(app.sign_in("adele", "wrong password two").await.status(), 401);
    for _ in 0..200 {
        if matches!(health().await, latchkey_core::model::webhooks::Health::Paused { .. }) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let admin = app.token("boss", ADELE_PASSWORD).await;
    let paused = webhook(&app, &admin, &id).await;
    assert_eq!(paused["state"], "paused", "{paused:#}");
    let told = app.outbox().to(&app.email_of("boss")).await;
    assert!(
        told.iter().any(|m| m.body.contains("was paused") && m.body.contains(&receiver.url())),
        "the administrators are told: {told:#?}"
    );

    // Resumed and the receiver fixed: a redelivery by hand goes out.
    receiver.answer(204);
    let resumed = app
        .call(Method::PATCH, &format!("/v1/admin/webhooks/{id}"), &admin, Some(json!({"paused": false})))
        .await;
    assert_eq!(resumed.status(), 200);
    let failed = deliveries(&app, &admin, &id).await.into_iter().find(|d| d["state"] == "failed").unwrap();
    let failed_id = failed["id"].as_str().unwrap().to_owned();
    let path = format!("/v1/admin/webhooks/{id}/deliveries/{failed_id}/redeliver");
    assert_eq!(app.call(Method::POST, &path, &admin, None).await.status(), 202);
    deliverer.sweep().await.expect("sweep");
    let got = receiver.wait_for(Duration::from_secs(10), |g| g.iter().any(|r| r.id == failed_id)).await;
    assert!(got.iter().any(|r| r.id == failed_id), "redelivered: {got:#?}");
    let missing = app
        .call(Method::POST, &format!("/v1/admin/webhooks/{id}/deliveries/msg_nope/redeliver"), &admin, None)
        .await;
    problem(missing, 404, "delivery_not_found").await;
}

#[tokio::test]
async fn endpoints_on_private_addresses_or_without_https_are_refused_and_nothing_is_stored() {
    let app = TestApp::start_with(TestOptions { public_webhooks: true, ..Default::default() }).await;
    let admin = admin(&app).await;
    for url in [
        "https://169.254.169.254/latest/meta-data/",
        "https://127.0.0.1:8443/hook",
        "https://10.0.0.5/hook",
        "https://[::1]/hook",
        "https://localhost/hook",
        "http://hooks.example.com/hook",
        "https://user:pass@hooks.example.com/hook",
    ] {
        let response = app
            .call(Method::POST, "/v1/admin/webhooks", &admin, Some(json!({"url": url, "events": ["*"]})))
            .await;
        let body = problem(response, 400, "invalid_request").await;
        assert_eq!(body["field"], "url", "{url}: {body:#}");
    }
    let bad_events = app
        .call(
            Method::POST,
            "/v1/admin/webhooks",
            &admin,
            Some(json!({"url": "https://hooks.example.com/", "events": ["no_such"]})),
        )
        .await;
    assert_eq!(problem(bad_events, 400, "invalid_request").await["field"], "events");
    let listed: Value = app.call(Method::GET, "/v1/admin/webhooks", &admin, None).await.json().await.unwrap();
    assert_eq!(listed["webhooks"], json!([]), "nothing stored");
    // A person without the administrator's role never reaches them.
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let user = app.token("adele", ADELE_PASSWORD).await;
    assert_eq!(app.call(Method::GET, "/v1/admin/webhooks", &user, None).await.status(), 403);
}
