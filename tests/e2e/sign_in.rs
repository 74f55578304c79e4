use std::time::Instant;

use latchkey_core::model::audit::{Action, Outcome};
use latchkey_core::model::user::Role;
use latchkey_e2e::{TestApp, TestOptions, assert_same_timing, problem};
use serde_json::Value;

use crate::ADELE_PASSWORD;

#[tokio::test]
async fn correct_password_signs_in() {
    let app = TestApp::start().await;
    let user = app.create_user("adele", ADELE_PASSWORD, &[Role::Admin]).await;
    let response = app.sign_in("Adele", ADELE_PASSWORD).await;
    assert_eq!(response.status(), 201);
    let body: Value = response.json().await.unwrap();
    assert!(body["token"].as_str().unwrap().split('.').count() == 3);
    assert!(body["expires_at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(body["user"]["id"], user.id.to_string());
    assert_eq!(body["user"]["username"], "adele");
    assert_eq!(body["user"]["display_name"], "adele Example");
    assert_eq!(body["user"]["roles"], serde_json::json!(["user", "admin"]));
    // An administrator's password alone leads only to registering an authenticator (totp.rs).
    assert_eq!(body["next"], "register_authenticator");

    let events = app.audit_for(&user.id).await;
    let success = events
        .iter()
        .find(|e| e.action == Action::SignIn && e.outcome == Outcome::Success)
        .expect("sign-in audited");
    assert_eq!(success.client_ip.as_deref(), Some("127.0.0.1"));
    assert_eq!(success.user_agent.as_deref(), Some("latchkey-e2e"));
    assert_eq!(success.actor.as_ref(), Some(&user.id));
}

#[tokio::test]
async fn wrong_password_and_unknown_user_are_indistinguishable() {
    let app = TestApp::start().await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    // Stay below the lockout threshold (lockouts are compared in their own test).
    app.set_settings(|s| s.lockout.threshold = 1000).await;
    let mut bodies = Vec::new();
    for round in 0..16 {
        for name in ["adele", "nobody-here"] {
            let response = app.sign_in(name, &format!("guess-number-{round}")).await;
            let status = response.status().as_u16();
            let headers = format!("{:?}", response.headers().get("content-type"));
            bodies.push((name, status, headers, response.text().await.unwrap()));
        }
    }
    let (_, status, headers, body) = &bodies[0];
    for (name, s, h, b) in &bodies {
        assert_eq!((s, h, b), (status, headers, body), "response for {name} differs");
    }
    assert_eq!(*status, 401);
    // Interleaved, so drift in the machine's load hits both alike.
    let (app, adele) = (&app, &adele);
    let _ = adele;
    assert_same_timing("wrong password vs unknown user", 1.4, 16, |real| async move {
        let started = Instant::now();
        let response = app.sign_in(if real { "adele" } else { "nobody-here" }, "guess-again-now").await;
        let took = started.elapsed();
        assert_eq!(response.status(), 401);
        took
    })
    .await;
}

#[tokio::test]
async fn ten_failures_lock_the_account_until_the_lock_expires() {
    let app = TestApp::start_with(TestOptions { manual_clock: true, ..Default::default() }).await;
    let user = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    for _ in 1..=10 {
        let response = app.sign_in("adele", "not-my-password").await;
        problem(response, 401, "invalid_credentials").await;
    }
    // The right password no longer helps, and the answer says until when.
    let body = problem(app.sign_in("adele", ADELE_PASSWORD).await, 423, "account_locked").await;
    let until: chrono::DateTime<chrono::Utc> = body["locked_until"].as_str().unwrap().parse().unwrap();
    let clock = app.clock.as_ref().unwrap();
    assert_eq!((until - latchkey_core::ports::Clock::now(clock.as_ref())).num_seconds(), 60);

    clock.advance(chrono::Duration::seconds(30));
    problem(app.sign_in("adele", ADELE_PASSWORD).await, 423, "account_locked").await;
    clock.advance(chrono::Duration::seconds(31));
    assert_eq!(app.sign_in("adele", ADELE_PASSWORD).await.status(), 201);

    let events = app.audit_for(&user.id).await;
    assert_eq!(events.iter().filter(|e| e.action == Action::AccountLockout).count(), 1);
    assert_eq!(
        events.iter().filter(|e| e.action == Action::SignIn && e.outcome == Outcome::Locked).count(),
        2
    );
    assert_eq!(
        events.iter().filter(|e| e.action == Action::SignIn && e.outcome == Outcome::Failure).count(),
        10
    );
}

#[tokio::test]
async fn unknown_user_attempts_are_audited_by_name() {
    let app = TestApp::start().await;
    problem(app.sign_in("ghost", "whatever-it-is").await, 401, "invalid_credentials").await;
    let events = app.audit_for_name("ghost").await;
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].reason_text().as_deref(), Some("unknown_user"));
    assert_eq!(events[0].outcome, Outcome::Failure);
}

#[tokio::test]
async fn a_disabled_account_answers_like_wrong_credentials_even_to_the_right_password() {
    let app = TestApp::start().await;
    let user = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.edit_user(&user.id, |u| u.enabled = false).await;
    let wrong = app.sign_in("adele", "not-my-password").await.text().await.unwrap();
    let right = app.sign_in("adele", ADELE_PASSWORD).await;
    assert_eq!(right.status(), 401, "the right password is not confirmed");
    assert_eq!(right.text().await.unwrap(), wrong, "byte for byte the same answer");
    // The administrator sees the attempt for what it was.
    let events = app.audit_for(&user.id).await;
    assert!(
        events
            .iter()
            .any(|e| e.action == Action::SignIn && e.reason_text().as_deref() == Some("account_disabled"))
    );
}

#[tokio::test]
async fn an_unknown_name_locks_exactly_like_a_real_one() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let mut answers = Vec::new();
    for name in ["adele", "nobody-here"] {
        let mut statuses = Vec::new();
        for _ in 0..11 {
            statuses.push(app.sign_in(name, "not-the-password").await.status().as_u16());
        }
        let locked = problem(app.sign_in(name, ADELE_PASSWORD).await, 423, "account_locked").await;
        let until: chrono::DateTime<chrono::Utc> = locked["locked_until"].as_str().unwrap().parse().unwrap();
        let seconds = (until - chrono::Utc::now()).num_seconds();
        assert!((50..=60).contains(&seconds), "{name}: locked for about a minute, not {seconds} s");
        let keys: Vec<String> = locked.as_object().unwrap().keys().cloned().collect();
        answers.push((statuses, keys));
    }
    assert_eq!(answers[0].0, [vec![401; 10], vec![423]].concat());
    assert_eq!(answers[0], answers[1], "the same statuses and the same problem fields for both");
}

#[tokio::test]
async fn a_stranger_cannot_lock_the_owner_out_but_many_sources_lock_the_account() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.set_settings(|s| {
        s.lockout.threshold = 3;
        s.anti_automation.account_factor = 3;
    })
    .await;
    // One attacker: three failures lock only their own source.
    for _ in 0..3 {
        assert_eq!(app.sign_in_from("203.0.113.7", "adele", "guess-guess-guess").await.status(), 401);
    }
    problem(app.sign_in_from("203.0.113.7", "adele", ADELE_PASSWORD).await, 423, "account_locked").await;
    assert_eq!(
        app.sign_in_from("198.51.100.20", "adele", ADELE_PASSWORD).await.status(),
        201,
        "the owner gets in"
    );
    // A distributed attacker reaches the account-wide limit (3 × 3) and locks the account for everyone.
    for source in ["203.0.113.8", "203.0.113.9", "203.0.113.10"] {
        for _ in 0..3 {
            assert_eq!(app.sign_in_from(source, "adele", "guess-guess-guess").await.status(), 401);
        }
    }
    problem(app.sign_in_from("198.51.100.20", "adele", ADELE_PASSWORD).await, 423, "account_locked").await;
}

#[tokio::test]
async fn parallel_guesses_get_no_more_tries_than_the_lockout_allows() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.set_settings(|s| s.anti_automation.account_factor = 1).await;
    let guesses = (0..40).map(|i| {
        let (http, url) = (app.http.clone(), app.url("/v1/sessions"));
        async move {
            let body = serde_json::json!({"username": "adele", "password": format!("parallel-guess-{i}")});
            http.post(url).json(&body).send().await.unwrap().status().as_u16()
        }
    });
    let statuses = latchkey_e2e::spawn_all(guesses).await;
    let judged = statuses.iter().filter(|s| **s == 401).count();
    assert_eq!(judged, 10, "exactly the threshold's tries were judged: {statuses:?}");
    assert!(statuses.iter().all(|s| *s == 401 || *s == 423), "none lost to a race (503): {statuses:?}");
}

#[tokio::test]
async fn an_admin_reset_password_leads_to_a_change_at_sign_in() {
    let app = TestApp::start().await;
    let user = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.edit_user(&user.id, |u| u.must_change_password = true).await;
    let body: Value = app.sign_in("adele", ADELE_PASSWORD).await.json().await.unwrap();
    assert_eq!(body["next"], "change_password");
}

#[tokio::test]
async fn an_expired_password_leads_to_a_change_at_sign_in() {
    let app = TestApp::start_with(TestOptions { manual_clock: true, ..Default::default() }).await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.set_settings(|s| s.password.max_age_days = Some(90)).await;
    let body: Value = app.sign_in("adele", ADELE_PASSWORD).await.json().await.unwrap();
    assert_eq!(body["next"], Value::Null);
    app.clock.as_ref().unwrap().advance(chrono::Duration::days(90));
    let body: Value = app.sign_in("adele", ADELE_PASSWORD).await.json().await.unwrap();
    assert_eq!(body["next"], "change_password");
}

#[tokio::test]
async fn a_flood_from_one_address_gets_429_with_retry_after_and_others_are_served() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.set_settings(|s| s.anti_automation.source_requests_per_minute = 5).await;
    for _ in 0..5 {
        assert_eq!(app.sign_in_from("203.0.113.50", "nobody-here", "whatever-it-is").await.status(), 401);
    }
    let flooded = app.sign_in_from("203.0.113.50", "adele", ADELE_PASSWORD).await;
    let retry: u64 = flooded.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=60).contains(&retry), "Retry-After {retry}");
    problem(flooded, 429, "too_many_requests").await;
    // Resets from that address are limited on their own count; other addresses are served.
    let start = app
        .http
        .post(app.url("/v1/resets"))
        .header(latchkey_api::extract::VIEWER_ADDRESS_HEADER, "203.0.113.50")
        .json(&serde_json::json!({"username": "adele"}))
        .send()
        .await
        .unwrap();
    assert_eq!(start.status(), 201);
    assert_eq!(app.sign_in_from("198.51.100.21", "adele", ADELE_PASSWORD).await.status(), 201);
}

#[tokio::test]
async fn a_user_reads_their_own_recent_activity_in_their_words_who_did_what_and_from_where() {
    let app = TestApp::start().await;
    app.create_user("adele", crate::ADELE_PASSWORD, &[]).await;
    let attempt = app.sign_in_from("203.0.113.9", "adele", "not-her-password-1").await;
    assert_eq!(attempt.status(), 401);
    let token = app.token("adele", crate::ADELE_PASSWORD).await;
    let response = app.call(reqwest::Method::GET, "/v1/me/activity", &token, None).await;
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    let events = body["events"].as_array().unwrap();
    let newest = &events[0];
    assert_eq!((newest["action"].as_str(), newest["by"].as_str()), (Some("sign_in"), Some("you")), "{body}");
    assert_eq!(newest["action_text"], "Sign-in");
    let stranger = events
        .iter()
        .find(|e| e["outcome"] == "failure" && e["action"] == "sign_in")
        .unwrap_or_else(|| panic!("the wrong password is listed: {body}"));
    assert_eq!(stranger["by"], "someone_else");
    assert_eq!(stranger["client_ip"], "203.0.113.9");
    assert!(events.iter().all(|e| e.get("actor").is_none()), "no one's id is shown: {body}");
    // Someone else's session reads only their own.
    app.create_user("alex", crate::ADELE_PASSWORD, &[]).await;
    let alex = app.token("alex", crate::ADELE_PASSWORD).await;
    let theirs: serde_json::Value =
        app.call(reqwest::Method::GET, "/v1/me/activity", &alex, None).await.json().await.unwrap();
    assert!(theirs["events"].as_array().unwrap().iter().all(|e| e["client_ip"] != "203.0.113.9"), "{theirs}");
}
