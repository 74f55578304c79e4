//! Temporary Access Passes: what an administrator or the help desk issues
//! instead of a password. The pass signs in only to register a method and
//! set the user's own password; used, run out, not yet started, replaced or
//! revoked, it is refused like a wrong password.

use chrono::Duration;
use latchkey_core::model::audit::Action;
use latchkey_core::model::user::Role;
use latchkey_e2e::{TestApp, TestOptions, problem};
use reqwest::Method;
use serde_json::{Value, json};

use crate::{ADELE_PASSWORD, NEW_PASSWORD};

const ADMIN_PASSWORD: &str = "harbour-violet-anchor-52";

async fn json_of(response: reqwest::Response, status: u16) -> Value {
    let code = response.status().as_u16();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    assert_eq!(code, status, "{body}");
    body
}

async fn issue(app: &TestApp, token: &str, id: &str, body: Value) -> Value {
    let path = format!("/v1/admin/users/{id}/access-pass");
    json_of(app.call(Method::POST, &path, token, Some(body)).await, 201).await
}

async fn sign_in_with_pass(app: &TestApp, username: &str, pass: &str) -> reqwest::Response {
    app.post_json("/v1/sessions", json!({"username": username, "access_pass": pass}), None).await
}

#[tokio::test]
async fn a_pass_signs_in_only_to_register_a_method_and_set_the_users_own_password() {
    let app = TestApp::start().await;
    app.set_settings(|s| {
        s.registration.methods_allowed.insert(latchkey_core::model::methods::MethodKind::Authenticator);
    })
    .await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let admin = app.token("boss", ADMIN_PASSWORD).await;

    // The default reset is the pass: no temporary password is ever shown.
    let reset = format!("/v1/admin/users/{}/password-reset", adele.id);
    let refused = app.call(Method::POST, &reset, &admin, Some(json!({"mode": "temporary_password"}))).await;
    problem(refused, 403, "method_not_allowed_by_policy").await;

    let issued = issue(&app, &admin, adele.id.as_str(), json!({})).await;
    let pass = issued["access_pass"].as_str().unwrap().to_owned();
    assert_eq!(pass.len(), 12, "{issued}");
    assert_eq!(issued["one_time"], true);
    // The pass is no password: it does not sign in as one.
    problem(app.sign_in("adele", &pass).await, 401, "invalid_credentials").await;
    let detail =
        json_of(app.call(Method::GET, &format!("/v1/admin/users/{}", adele.id), &admin, None).await, 200)
            .await;
    assert_eq!(detail["access_pass"]["state"], "live", "{detail}");
    assert!(!detail.to_string().contains(&pass), "the console never shows the pass again");
    let mail = app.outbox().to(&app.email_of("adele")).await;
    assert!(
        mail.iter().any(|m| m.subject.as_deref().unwrap_or_default().contains("Temporary Access Pass")),
        "the user is told"
    );
    assert!(mail.iter().all(|m| !m.body.contains(&pass)), "never the pass itself");

    let signed = json_of(sign_in_with_pass(&app, "adele", &pass).await, 201).await;
    assert_eq!(signed["next"], "access_pass", "{signed}");
    let limited = signed["token"].as_str().unwrap();
    // Nothing but registering a method and setting the password.
    for (method, path, body) in [
        (Method::GET, "/v1/me", None),
        (
            Method::POST,
            "/v1/password/change",
            Some(json!({"current_password": pass, "new_password": NEW_PASSWORD})),
        ),
        (Method::GET, "/v1/admin/users", None),
        (Method::GET, "/v1/me/activity", None),
    ] {
        let status = app.call(method, path, limited, body).await.status().as_u16();
        assert!(status == 403 || status == 401, "{path}: {status}");
    }
    let options = app.call(Method::POST, "/v1/me/passkeys/options", limited, Some(json!({}))).await;
    assert_eq!(options.status(), 200, "a passkey may be made");
    let authenticator = app.set_up_authenticator_raw(limited).await;
    assert_eq!(authenticator.status(), 200, "an authenticator may be set up");

    let set = app
        .call(
            Method::POST,
            "/v1/sessions/access-pass/password",
            limited,
            Some(json!({"new_password": NEW_PASSWORD})),
        )
        .await;
    assert_eq!(set.status(), 204);
    assert_eq!(app.sign_in("adele", NEW_PASSWORD).await.status(), 201, "their own password signs in");
    problem(app.sign_in("adele", ADELE_PASSWORD).await, 401, "invalid_credentials").await;

    let events = app.audit_for(&adele.id).await;
    for action in [Action::AccessPassIssued, Action::AccessPassUsed, Action::PasswordChange] {
        assert!(events.iter().any(|e| e.action == action), "{action:?} audited");
    }
    let audit = app.dump_tables().await;
    assert!(!audit.contains(&pass), "the pass is kept only as a digest");
}

#[tokio::test]
async fn used_expired_not_started_and_replaced_passes_are_refused_alike() {
    let app = TestApp::start_with(TestOptions { manual_clock: true, ..Default::default() }).await;
    let clock = app.clock.clone().unwrap();
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let admin = app.token("boss", ADMIN_PASSWORD).await;
    let id = adele.id.as_str();

    // One-time: the second use is refused.
    let pass =
        issue(&app, &admin, id, json!({"one_time": true})).await["access_pass"].as_str().unwrap().to_owned();
    json_of(sign_in_with_pass(&app, "adele", &pass).await, 201).await;
    problem(sign_in_with_pass(&app, "adele", &pass).await, 401, "invalid_credentials").await;

    // Multi-use, for ten minutes: twice, then run out.
    let body = json!({"one_time": false, "lifetime_minutes": 10, "length": 48});
    let pass = issue(&app, &admin, id, body).await["access_pass"].as_str().unwrap().to_owned();
    assert_eq!(pass.len(), 48);
    json_of(sign_in_with_pass(&app, "adele", &pass).await, 201).await;
    // Read out over a phone, case does not matter.
    json_of(sign_in_with_pass(&app, "adele", &pass.to_lowercase()).await, 201).await;
    clock.advance(Duration::minutes(11));
    problem(sign_in_with_pass(&app, "adele", &pass).await, 401, "invalid_credentials").await;

    // Not before its start.
    let start = latchkey_core::ports::Clock::now(clock.as_ref()) + Duration::hours(2);
    let body = json!({"starts_at": start, "lifetime_minutes": 60});
    let later = issue(&app, &admin, id, body).await["access_pass"].as_str().unwrap().to_owned();
    problem(sign_in_with_pass(&app, "adele", &later).await, 401, "invalid_credentials").await;
    let detail =
        json_of(app.call(Method::GET, &format!("/v1/admin/users/{id}"), &admin, None).await, 200).await;
    assert_eq!(detail["access_pass"]["state"], "scheduled");

    // A second pass replaces the first.
    let first = issue(&app, &admin, id, json!({})).await["access_pass"].as_str().unwrap().to_owned();
    let second = issue(&app, &admin, id, json!({})).await["access_pass"].as_str().unwrap().to_owned();
    problem(sign_in_with_pass(&app, "adele", &first).await, 401, "invalid_credentials").await;
    json_of(sign_in_with_pass(&app, "adele", &second).await, 201).await;

    // Out of bounds: nothing issued.
    for body in [
        json!({"lifetime_minutes": 9}),
        json!({"lifetime_minutes": 43_201}),
        json!({"length": 7}),
        json!({"length": 49}),
    ] {
        let path = format!("/v1/admin/users/{id}/access-pass");
        problem(app.call(Method::POST, &path, &admin, Some(body)).await, 400, "invalid_request").await;
    }
}

#[tokio::test]
async fn a_revoked_pass_and_the_session_it_opened_end_and_the_help_desk_follows_its_rules() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let other_admin = app.create_user("root", ADMIN_PASSWORD, &[Role::Admin]).await;
    app.create_user("desk", ADMIN_PASSWORD, &[Role::Helpdesk]).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let admin = app.token("boss", ADMIN_PASSWORD).await;
    let desk = app.token("desk", ADMIN_PASSWORD).await;
    let id = adele.id.as_str();

    let pass =
        issue(&app, &admin, id, json!({"one_time": false})).await["access_pass"].as_str().unwrap().to_owned();
    let limited = json_of(sign_in_with_pass(&app, "adele", &pass).await, 201).await["token"]
        .as_str()
        .unwrap()
        .to_owned();
    let path = format!("/v1/admin/users/{id}/access-pass");
    assert_eq!(app.call(Method::DELETE, &path, &admin, None).await.status(), 204);
    problem(app.call(Method::DELETE, &path, &admin, None).await, 404, "method_not_registered").await;
    problem(sign_in_with_pass(&app, "adele", &pass).await, 401, "invalid_credentials").await;
    let set = app
        .call(
            Method::POST,
            "/v1/sessions/access-pass/password",
            &limited,
            Some(json!({"new_password": NEW_PASSWORD})),
        )
        .await;
    assert_eq!(set.status(), 401, "the session the pass opened ended with it");
    assert!(app.audit_for(&adele.id).await.iter().any(|e| e.action == Action::AccessPassRevoked));

    // The help desk: a verified check first, and never a privileged account.
    problem(app.call(Method::POST, &path, &desk, Some(json!({}))).await, 403, "verification_required").await;
    let root = format!("/v1/admin/users/{}/access-pass", other_admin.id);
    problem(app.call(Method::POST, &root, &desk, Some(json!({}))).await, 403, "forbidden").await;
    // Nobody issues one for themselves.
    let me = json_of(app.call(Method::GET, "/v1/admin/me", &admin, None).await, 200).await;
    let own = format!("/v1/admin/users/{}/access-pass", me["id"].as_str().unwrap_or_default());
    let status = app.call(Method::POST, &own, &admin, Some(json!({}))).await.status().as_u16();
    assert!(status == 400 || status == 404, "{status}");
}
