use std::time::Instant;

use latchkey_core::audit::{Action, Outcome};
use latchkey_core::user::Role;
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
    assert_eq!(body["next"], Value::Null);

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
    let mut bodies = Vec::new();
    for round in 0..16 {
        for name in ["adele", "nobody-here"] {
            let response = app.sign_in(name, &format!("guess-number-{round}")).await;
            let status = response.status().as_u16();
            let headers = format!("{:?}", response.headers().get("content-type"));
            bodies.push((name, status, headers, response.text().await.unwrap()));
        }
        if round == 7 {
            // Stay below the lockout threshold: a lockout would be a different answer.
            app.edit_user(&adele.id, |u| u.lockout = Default::default()).await;
        }
    }
    let (_, status, headers, body) = &bodies[0];
    for (name, s, h, b) in &bodies {
        assert_eq!((s, h, b), (status, headers, body), "response for {name} differs");
    }
    assert_eq!(*status, 401);
    // Interleaved, so drift in the machine's load hits both alike.
    let (app, adele) = (&app, &adele);
    assert_same_timing("wrong password vs unknown user", 1.4, 16, |real| async move {
        if real {
            // Stay below the lockout threshold: a lockout would be a different answer.
            app.edit_user(&adele.id, |u| u.lockout = Default::default()).await;
        }
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
    for attempt in 1..=10 {
        let response = app.sign_in("adele", "not-my-password").await;
        problem(response, 401, "invalid_credentials").await;
        let stored = app.user(&user.id).await;
        if attempt < 10 {
            assert_eq!(stored.lockout.failed_attempts, attempt);
        }
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
    assert_eq!(events[0].reason.as_deref(), Some("unknown_user"));
    assert_eq!(events[0].outcome, Outcome::Failure);
}

#[tokio::test]
async fn disabled_accounts_are_refused_only_with_the_right_password() {
    let app = TestApp::start().await;
    let user = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.edit_user(&user.id, |u| u.enabled = false).await;
    problem(app.sign_in("adele", "not-my-password").await, 401, "invalid_credentials").await;
    problem(app.sign_in("adele", ADELE_PASSWORD).await, 403, "account_disabled").await;
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
