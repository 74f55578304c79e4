//! The administrators' reset policy over HTTP: reading, previewing and saving
//! it, the impact report, and the notice sent when an administrator resets
//! their own password.

use latchkey_core::audit::Action;
use latchkey_core::user::Role;
use latchkey_e2e::{TestApp, problem};
use reqwest::Method;
use serde_json::{Value, json};

use crate::{ADELE_PASSWORD, NEW_PASSWORD};

async fn policy(app: &TestApp, token: &str) -> Value {
    let response = app.call(Method::GET, "/v1/admin/policy", token, None).await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

#[tokio::test]
async fn only_administrators_read_or_change_the_policy() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let token = app.token("adele", ADELE_PASSWORD).await;
    problem(app.call(Method::GET, "/v1/admin/policy", &token, None).await, 403, "forbidden").await;
    let body = json!({"policy": {"scope": "none", "methods_allowed": ["email"], "methods_required": 1,
        "questions_to_register": 3, "questions_to_reset": 3, "require_registration": true,
        "reconfirm_days": 0, "notify_users": true, "notify_admins_on_admin_reset": true}, "accept_impact": true});
    problem(app.call(Method::PUT, "/v1/admin/policy", &token, Some(body)).await, 403, "forbidden").await;
    problem(app.http.get(app.url("/v1/admin/policy")).send().await.unwrap(), 401, "unauthorized").await;
}

#[tokio::test]
async fn a_change_that_strands_users_is_reported_and_saved_only_when_accepted() {
    let app = TestApp::start().await;
    app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let alex = app.create_user("alex", ADELE_PASSWORD, &[]).await;
    app.edit_user(&alex.id, |u| u.phones.clear()).await;
    let token = app.token("boss", ADELE_PASSWORD).await;

    let mut current = policy(&app, &token).await;
    assert_eq!(current["scope"], "all");
    assert_eq!(current["methods_required"], 1);

    // Two methods: alex (email only) can no longer reset.
    current["methods_required"] = json!(2);
    let preview = app.call(Method::POST, "/v1/admin/policy/preview", &token, Some(current.clone())).await;
    let preview: Value = preview.json().await.unwrap();
    assert_eq!(preview, json!({"users": 3, "eligible_before": 3, "eligible_after": 2, "losing": 1}));
    let refused =
        app.call(Method::PUT, "/v1/admin/policy", &token, Some(json!({"policy": current.clone()}))).await;
    assert_eq!(problem(refused, 409, "policy_strands_users").await["affected_users"], 1);
    assert_eq!(policy(&app, &token).await["methods_required"], 1, "nothing saved");

    let saved = app
        .call(
            Method::PUT,
            "/v1/admin/policy",
            &token,
            Some(json!({"policy": current.clone(), "accept_impact": true})),
        )
        .await;
    assert_eq!(saved.status(), 200);
    assert_eq!(policy(&app, &token).await["methods_required"], 2);
    // The saved policy is what every flow reads: alex is now sent to registration.
    let signed: Value = app.sign_in("alex", ADELE_PASSWORD).await.json().await.unwrap();
    assert_eq!(signed["next"], "register_methods");
    let flow = app.reset_flow("adele").await;
    assert_eq!(flow["required"], 2);

    // Scope to a group nobody is in: every non-admin loses self-service reset.
    current["scope"] = json!("group");
    current["scope_group"] = json!("pilot");
    let preview: Value = app
        .call(Method::POST, "/v1/admin/policy/preview", &token, Some(current.clone()))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(preview["losing"], 1, "adele loses it (alex already had, the admin never does)");
    let audit = app.dump_tables().await;
    assert!(audit.contains("reset_policy; 1 users lose eligibility"), "the saved change is audited");

    // Invalid values are named.
    current["questions_to_reset"] = json!(9);
    let bad = app.call(Method::POST, "/v1/admin/policy/preview", &token, Some(current)).await;
    assert_eq!(problem(bad, 400, "invalid_request").await["field"], "questions_to_reset");
}

#[tokio::test]
async fn every_other_admin_hears_when_an_admin_resets_their_own_password() {
    let app = TestApp::start().await;
    let boss = app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    app.create_user("chief", ADELE_PASSWORD, &[Role::Admin]).await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let flow = app.reset_flow("boss").await;
    let reset_id = flow["reset_id"].as_str().unwrap().to_string();
    for (kind, to) in [("email", app.email_of("boss")), ("sms", app.phone_of("boss"))] {
        let method = flow["methods"].as_array().unwrap().iter().find(|m| m["kind"] == kind).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string();
        assert_eq!(app.challenge(&reset_id, &method).await.status(), 202);
        let code = app.outbox().code_for(&to, 1).await;
        assert_eq!(app.verify_code(&reset_id, &method, &code).await.status(), 200);
    }
    assert_eq!(app.reset_password(&reset_id, NEW_PASSWORD).await.status(), 204);
    let notice = app.outbox().nth_to(&app.email_of("chief"), 0).await;
    assert!(notice.body.contains("boss"), "{}", notice.body);
    assert!(notice.subject.unwrap_or_default().contains("administrator reset their password"));
    assert!(app.outbox().to(&app.email_of("adele")).await.is_empty(), "non-admins are not told");
    let completed = app.audit_for(&boss.id).await.into_iter().any(|e| e.action == Action::ResetCompleted);
    assert!(completed);
}
