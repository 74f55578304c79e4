use latchkey_core::model::audit::{Action, Outcome};
use latchkey_e2e::{TestApp, problem, rejected_rules as rules};

use crate::{ADELE_PASSWORD, NEW_PASSWORD};

#[tokio::test]
async fn change_replaces_the_password() {
    let app = TestApp::start().await;
    let user = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let token = app.token("adele", ADELE_PASSWORD).await;
    let response = app.change_password(&token, ADELE_PASSWORD, NEW_PASSWORD).await;
    assert_eq!(response.status(), 204);
    problem(app.sign_in("adele", ADELE_PASSWORD).await, 401, "invalid_credentials").await;
    assert_eq!(app.sign_in("adele", NEW_PASSWORD).await.status(), 201);
    let stored = app.user(&user.id).await;
    let state = stored.password().unwrap();
    assert!(state.hash.as_str().starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
    assert_eq!(state.history.len(), 1);
    let events = app.audit_for(&user.id).await;
    assert!(events.iter().any(|e| e.action == Action::PasswordChange
        && e.outcome == Outcome::Success
        && e.actor.as_ref() == Some(&user.id)));
}

#[tokio::test]
async fn change_needs_a_valid_session() {
    let app = TestApp::start().await;
    let user = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    problem(app.change_password("not-a-token", ADELE_PASSWORD, NEW_PASSWORD).await, 401, "unauthorized")
        .await;
    let response = app
        .post_json(
            "/v1/password/change",
            serde_json::json!({"current_password": ADELE_PASSWORD, "new_password": NEW_PASSWORD}),
            None,
        )
        .await;
    problem(response, 401, "unauthorized").await;
    // A token signed by another key is refused too.
    let other = latchkey_api::Tokens::from_pem(
        &latchkey_api::Tokens::generate_pem(),
        "latchkey",
        chrono::Duration::minutes(5),
    )
    .unwrap();
    let (forged, _) = other.issue(&user, false, false, chrono::Utc::now(), "x".into()).await.unwrap();
    problem(app.change_password(&forged, ADELE_PASSWORD, NEW_PASSWORD).await, 401, "unauthorized").await;
    assert_eq!(app.sign_in("adele", ADELE_PASSWORD).await.status(), 201, "nothing changed");
}

#[tokio::test]
async fn wrong_current_password_is_refused_and_counts_as_a_failure() {
    let app = TestApp::start().await;
    let user = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let token = app.token("adele", ADELE_PASSWORD).await;
    app.set_settings(|s| s.lockout.threshold = 2).await;
    for _ in 0..2 {
        problem(
            app.change_password(&token, "not-my-password", NEW_PASSWORD).await,
            401,
            "invalid_credentials",
        )
        .await;
    }
    // Two failures at the change count like two at sign-in: the next try is refused.
    problem(app.sign_in("adele", ADELE_PASSWORD).await, 423, "account_locked").await;
    let _ = user;
}

#[tokio::test]
async fn too_short_is_rejected_with_the_minimum() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let token = app.token("adele", ADELE_PASSWORD).await;
    let body =
        problem(app.change_password(&token, ADELE_PASSWORD, "Zq8#vL2m").await, 422, "password_rejected")
            .await;
    assert_eq!(rules(&body), vec!["min_length"]);
    assert!(body["reasons"][0]["detail"].as_str().unwrap().contains("12"));
}

#[tokio::test]
async fn the_minimum_length_follows_the_settings() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.set_settings(|s| s.password.min_length = 24).await;
    let token = app.token("adele", ADELE_PASSWORD).await;
    let body =
        problem(app.change_password(&token, ADELE_PASSWORD, NEW_PASSWORD).await, 422, "password_rejected")
            .await;
    assert_eq!(rules(&body), vec!["min_length"]);
}

#[tokio::test]
async fn entra_banned_password_examples_behave_as_documented() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.set_settings(|s| s.password.custom_banned = vec!["contoso".into(), "blank".into()]).await;
    let token = app.token("adele", ADELE_PASSWORD).await;
    let body = problem(
        app.change_password(&token, ADELE_PASSWORD, "C0ntos0Blank12").await,
        422,
        "password_rejected",
    )
    .await;
    assert_eq!(rules(&body), vec!["banned"]);
    let detail = body["reasons"][0]["detail"].as_str().unwrap();
    assert!(detail.contains("contoso") && detail.contains("blank"), "{detail}");
    assert_eq!(app.change_password(&token, ADELE_PASSWORD, "ContoS0Bl@nkf9!").await.status(), 204);
}

#[tokio::test]
async fn common_passwords_and_the_users_own_name_are_banned() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let token = app.token("adele", ADELE_PASSWORD).await;
    for weak in ["P@ssw0rdQwerty!", "AdeleExample1"] {
        let body =
            problem(app.change_password(&token, ADELE_PASSWORD, weak).await, 422, "password_rejected").await;
        assert_eq!(rules(&body), vec!["banned"], "{weak}");
    }
}

#[tokio::test]
async fn history_refuses_reuse() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.set_settings(|s| s.password.history = 2).await;
    let token = app.token("adele", ADELE_PASSWORD).await;
    let body =
        problem(app.change_password(&token, ADELE_PASSWORD, ADELE_PASSWORD).await, 422, "password_rejected")
            .await;
    assert_eq!(rules(&body), vec!["history"]);
    assert_eq!(app.change_password(&token, ADELE_PASSWORD, NEW_PASSWORD).await.status(), 204);
    // The one before the current is still remembered (history = 2).
    let body =
        problem(app.change_password(&token, NEW_PASSWORD, ADELE_PASSWORD).await, 422, "password_rejected")
            .await;
    assert_eq!(rules(&body), vec!["history"]);
}

#[tokio::test]
async fn every_broken_rule_is_listed_and_the_rejection_audited_without_secrets() {
    let app = TestApp::start().await;
    let user = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let token = app.token("adele", ADELE_PASSWORD).await;
    let body =
        problem(app.change_password(&token, ADELE_PASSWORD, "adele1").await, 422, "password_rejected").await;
    assert_eq!(rules(&body), vec!["min_length", "banned"]);
    let events = app.audit_for(&user.id).await;
    let rejected =
        events.iter().find(|e| e.action == Action::PasswordChange && e.outcome == Outcome::Failure).unwrap();
    assert_eq!(rejected.reason_text().as_deref(), Some("min_length,banned"));
    assert_eq!(app.sign_in("adele", ADELE_PASSWORD).await.status(), 201, "nothing changed");
}

#[tokio::test]
async fn no_password_token_or_plain_secret_is_ever_stored() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.set_settings(|s| s.password.custom_banned = vec!["contoso".into(), "blank".into()]).await;
    let token = app.token("adele", ADELE_PASSWORD).await;
    let _ = app.sign_in("adele", "Wrong-Guess-Secret-1").await;
    let _ = app.sign_in("ghost", "Ghost-Guess-Secret-2").await;
    let _ = app.change_password(&token, ADELE_PASSWORD, "C0ntos0Blank12").await;
    assert_eq!(app.change_password(&token, ADELE_PASSWORD, NEW_PASSWORD).await.status(), 204);
    let dump = app.dump_tables().await;
    assert!(dump.contains("password_change"), "the dump really holds the audit trail");
    for secret in [
        ADELE_PASSWORD,
        NEW_PASSWORD,
        "Wrong-Guess-Secret-1",
        "Ghost-Guess-Secret-2",
        "C0ntos0Blank12",
        &token,
    ] {
        assert!(!dump.contains(secret), "a secret was stored in plain text");
    }
}
