//! Authenticator apps (TOTP) over HTTP: registration proven by a code the
//! test computes from the key the server showed, the second step of a
//! privileged sign-in, single use, counted tries, recovery codes, and resets
//! that may not skip the authenticator.

use chrono::Duration;
use latchkey_core::accounts::authenticator::{STEP_SECONDS, code_at};
use latchkey_core::model::user::Role;
use latchkey_e2e::{TestApp, problem};
use serde_json::{Value, json};

use crate::{ADELE_PASSWORD, NEW_PASSWORD};

const BOSS_PASSWORD: &str = "harbor-lantern-quartz-42";

async fn json_of(response: reqwest::Response, status: u16) -> Value {
    assert_eq!(response.status(), status);
    response.json().await.unwrap()
}

/// Signs `username` in with the password alone: the token limited to the second step.
async fn password_step(app: &TestApp, username: &str, password: &str, next: &str) -> String {
    let body = json_of(app.sign_in(username, password).await, 201).await;
    assert_eq!(body["next"], next, "{body}");
    body["token"].as_str().unwrap().to_owned()
}

/// `POST /v1/sessions/authenticator/registration`: the registration step's first code.
async fn register_at_sign_in(app: &TestApp, enrolling: &str, code: &str) -> reqwest::Response {
    app.post_json("/v1/sessions/authenticator/registration", json!({"code": code}), Some(enrolling)).await
}

/// The code of the step `steps` away from now.
fn code_in(app: &TestApp, username: &str, steps: i64) -> String {
    let at = chrono::Utc::now() + Duration::seconds(steps * STEP_SECONDS as i64);
    code_at(&app.authenticator_key(username), at)
}

/// A six-digit code that is not the user's at any step near now.
fn wrong_code(app: &TestApp, username: &str) -> String {
    let near: Vec<String> = (-2..=2).map(|s| code_in(app, username, s)).collect();
    (0..1_000_000).map(|n| format!("{n:06}")).find(|c| !near.contains(c)).unwrap()
}

#[tokio::test]
async fn an_administrator_registers_an_authenticator_before_any_session_and_proves_it_at_each_sign_in() {
    let app = TestApp::start().await;
    app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    let enrolling = password_step(&app, "boss", BOSS_PASSWORD, "register_authenticator").await;
    // The token can register an authenticator and nothing else.
    for path in ["/v1/me", "/v1/admin/users", "/v1/admin/me"] {
        problem(app.call(reqwest::Method::GET, path, &enrolling, None).await, 403, "second_factor_required")
            .await;
    }
    problem(
        app.post_json(
            "/v1/password/change",
            json!({"current_password": BOSS_PASSWORD, "new_password": NEW_PASSWORD}),
            Some(&enrolling),
        )
        .await,
        403,
        "second_factor_required",
    )
    .await;
    problem(app.second_factor(&enrolling, "123456").await, 403, "forbidden").await;

    let setup = app.set_up_authenticator("boss", &enrolling).await;
    let secret = setup["secret"].as_str().unwrap();
    assert!(setup["uri"].as_str().unwrap().starts_with("otpauth://totp/"), "{setup}");
    assert!(setup["uri"].as_str().unwrap().contains(&format!("secret={secret}")));
    assert!(!setup["qr_svg"].as_str().unwrap().contains("style="), "no inline styles (CSP)");
    // Not yet proven: it counts for nothing, and a wrong first code is refused.
    let wrong = wrong_code(&app, "boss");
    let refused = problem(register_at_sign_in(&app, &enrolling, &wrong).await, 400, "code_invalid").await;
    assert_eq!(refused["attempts_left"], 4);
    let code = code_in(&app, "boss", 0);
    let registered = json_of(register_at_sign_in(&app, &enrolling, &code).await, 201).await;
    let codes = registered["recovery_codes"].as_array().unwrap();
    assert_eq!(codes.len(), 10);
    let session = registered["session"]["token"].as_str().unwrap();
    assert_eq!(registered["session"]["next"], Value::Null);
    assert_eq!(app.call(reqwest::Method::GET, "/v1/admin/me", session, None).await.status(), 200);
    let me = json_of(app.call(reqwest::Method::GET, "/v1/me", session, None).await, 200).await;
    assert!(me["methods"].as_array().unwrap().iter().any(|m| m["kind"] == "authenticator"), "{me}");
    // Every channel hears of it.
    let notice = app.outbox().nth_to(&app.email_of("boss"), 0).await;
    assert!(notice.body.contains("authenticator app was added"), "{}", notice.body);

    // From now on every sign-in asks for a code, and only a code gets a session.
    let pending = password_step(&app, "boss", BOSS_PASSWORD, "authenticator_code").await;
    problem(
        app.call(reqwest::Method::GET, "/v1/admin/users", &pending, None).await,
        403,
        "second_factor_required",
    )
    .await;
    problem(app.set_up_authenticator_raw(&pending).await, 403, "second_factor_required").await;
    let code = app.totp_code("boss").await;
    let signed = json_of(app.second_factor(&pending, &code).await, 201).await;
    let token = signed["token"].as_str().unwrap();
    assert_eq!(app.call(reqwest::Method::GET, "/v1/admin/users", token, None).await.status(), 200);
    // A full session cannot swap the authenticator for another without removing it.
    problem(app.set_up_authenticator_raw(token).await, 409, "method_already_registered").await;
}

#[tokio::test]
async fn wrong_reused_and_out_of_window_codes_are_refused_and_counted() {
    let app = TestApp::start().await;
    let boss = app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    app.token("boss", BOSS_PASSWORD).await;
    let used = app.user(&boss.id).await.registration.authenticator.unwrap().last_step;
    let pending = password_step(&app, "boss", BOSS_PASSWORD, "authenticator_code").await;

    let replayed = code_at(
        &app.authenticator_key("boss"),
        chrono::DateTime::from_timestamp(i64::try_from(used * STEP_SECONDS).unwrap(), 0).unwrap(),
    );
    let too_old = code_in(&app, "boss", -3);
    let too_new = code_in(&app, "boss", 3);
    let wrong = wrong_code(&app, "boss");
    let mut left = 5;
    for code in [&replayed, &too_old, &too_new, &wrong] {
        left -= 1;
        let refused = problem(app.second_factor(&pending, code).await, 400, "code_invalid").await;
        assert_eq!(refused["attempts_left"], left, "each refusal takes a try");
    }
    let failures = app
        .audit_for(&boss.id)
        .await
        .into_iter()
        .filter(|e| e.reason_text().as_deref() == Some("authenticator_code_invalid"))
        .count();
    assert_eq!(failures, 4, "each refusal is audited");
    // The last try left still takes the right code, and gives its try back.
    let code = app.totp_code("boss").await;
    assert_eq!(app.second_factor(&pending, &code).await.status(), 201);
    // Used once: the same code again is a replay.
    let pending = password_step(&app, "boss", BOSS_PASSWORD, "authenticator_code").await;
    problem(app.second_factor(&pending, &code).await, 400, "code_invalid").await;
    // Over the limit the address is blocked (24 h), right code or not.
    let wrong = wrong_code(&app, "boss");
    problem(app.second_factor(&pending, &wrong).await, 429, "too_many_requests").await;
    let code = app.totp_code("boss").await;
    let blocked = app.second_factor(&pending, &code).await;
    assert_eq!(blocked.status(), 429);
    let retry: u64 = blocked.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!(retry > 23 * 3600, "the same 24 h block as other proofs: {retry}");
}

#[tokio::test]
async fn parallel_wrong_codes_get_no_more_tries_than_the_limit() {
    let app = TestApp::start().await;
    app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    app.token("boss", BOSS_PASSWORD).await;
    let pending = password_step(&app, "boss", BOSS_PASSWORD, "authenticator_code").await;
    let wrong = wrong_code(&app, "boss");
    let attempts = (0..15).map(|_| app.second_factor(&pending, &wrong));
    let statuses: Vec<u16> =
        futures::future::join_all(attempts).await.iter().map(|r| r.status().as_u16()).collect();
    assert_eq!(statuses.iter().filter(|s| **s == 400).count(), 5, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 429).count(), 10, "{statuses:?}");
    let code = app.totp_code("boss").await;
    assert_eq!(app.second_factor(&pending, &code).await.status(), 429, "blocked, right code or not");
}

#[tokio::test]
async fn a_code_used_twice_at_once_signs_in_only_once() {
    let app = TestApp::start().await;
    app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    app.token("boss", BOSS_PASSWORD).await;
    let first = password_step(&app, "boss", BOSS_PASSWORD, "authenticator_code").await;
    let second = password_step(&app, "boss", BOSS_PASSWORD, "authenticator_code").await;
    let code = app.totp_code("boss").await;
    let (a, b) = tokio::join!(app.second_factor(&first, &code), app.second_factor(&second, &code));
    let mut statuses = [a.status().as_u16(), b.status().as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [201, 400]);
}

#[tokio::test]
async fn recovery_codes_work_once_each_at_sign_in_and_in_a_reset() {
    let app = TestApp::start().await;
    app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    let enrolling = password_step(&app, "boss", BOSS_PASSWORD, "register_authenticator").await;
    let registered = app.enrol("boss", &enrolling).await;
    let codes: Vec<String> = registered["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    assert!(codes.iter().all(|c| c.len() == 11 && c.chars().nth(5) == Some('-')), "{codes:?}");

    let pending = password_step(&app, "boss", BOSS_PASSWORD, "authenticator_code").await;
    let signed = json_of(app.second_factor(&pending, &codes[0].to_uppercase()).await, 201).await;
    assert!(signed["token"].is_string());
    let pending = password_step(&app, "boss", BOSS_PASSWORD, "authenticator_code").await;
    problem(app.second_factor(&pending, &codes[0]).await, 400, "code_invalid").await;
    assert_eq!(app.second_factor(&pending, &codes[1]).await.status(), 201);

    // A reset takes a recovery code for the authenticator too, once.
    let flow = app.reset_flow("boss").await;
    let reset = flow["reset_id"].as_str().unwrap();
    let m = method(&flow, "authenticator");
    problem(app.verify_code(reset, &m, &codes[1]).await, 400, "code_invalid").await;
    let verified = json_of(app.verify_code(reset, &m, &codes[2]).await, 200).await;
    assert_eq!(verified["remaining"], 1, "an administrator proves two methods");
}

fn method(flow: &Value, kind: &str) -> String {
    flow["methods"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["kind"] == kind)
        .unwrap_or_else(|| panic!("{kind} in {flow}"))["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn a_reset_for_a_user_with_an_authenticator_cannot_complete_without_it() {
    let app = TestApp::start().await;
    app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    app.token("boss", BOSS_PASSWORD).await;
    let flow = app.reset_flow("boss").await;
    let reset = flow["reset_id"].as_str().unwrap().to_owned();
    assert_eq!(flow["required"], 2);
    // Email and a text: two methods, as many as required, yet not enough.
    for (kind, to) in [("email", app.email_of("boss")), ("sms", app.phone_of("boss"))] {
        let m = method(&flow, kind);
        let before = app.outbox().to(&to).await.len();
        assert_eq!(app.challenge(&reset, &m).await.status(), 202);
        let code = app.outbox().code_for(&to, before + 1).await;
        assert_eq!(app.verify_code(&reset, &m, &code).await.status(), 200);
    }
    let incomplete = problem(app.reset_password(&reset, NEW_PASSWORD).await, 409, "reset_incomplete").await;
    assert_eq!(incomplete["remaining"], 1);
    problem(app.unlock(&reset).await, 409, "reset_incomplete").await;
    // The authenticator is sent nothing; its code proves it.
    let m = method(&flow, "authenticator");
    problem(app.challenge(&reset, &m).await, 400, "invalid_request").await;
    let code = app.totp_code("boss").await;
    let verified = json_of(app.verify_code(&reset, &m, &code).await, 200).await;
    assert_eq!(verified["remaining"], 0);
    assert_eq!(app.reset_password(&reset, NEW_PASSWORD).await.status(), 204);
}

#[tokio::test]
async fn everyone_can_be_asked_and_a_removal_needs_a_recent_sign_in_and_is_told() {
    let app = TestApp::start().await;
    app.set_settings(|s| {
        s.sign_in.second_factor = latchkey_core::model::settings::SecondFactor::Everyone;
        s.registration.methods_allowed.insert(latchkey_core::model::methods::MethodKind::Authenticator);
    })
    .await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let token = app.token("adele", ADELE_PASSWORD).await;
    // A plain user's reset offers it and, since sign-in needs it, requires it.
    let flow = app.reset_flow("adele").await;
    let reset = flow["reset_id"].as_str().unwrap().to_owned();
    assert_eq!(flow["required"], 1);
    let m = method(&flow, "email");
    let email = app.email_of("adele");
    let before = app.outbox().to(&email).await.len();
    assert_eq!(app.challenge(&reset, &m).await.status(), 202);
    let code = app.outbox().code_for(&email, before + 1).await;
    let verified = json_of(app.verify_code(&reset, &m, &code).await, 200).await;
    assert_eq!(verified["remaining"], 1, "the authenticator is still due");
    // An unknown name's flow offers an authenticator just the same, and refuses it the same way.
    let decoy = app.reset_flow("nobody-here").await;
    let kinds =
        |f: &Value| f["methods"].as_array().unwrap().iter().map(|m| m["kind"].clone()).collect::<Vec<_>>();
    assert!(kinds(&decoy).contains(&json!("authenticator")), "{decoy}");
    let wrong = wrong_code(&app, "adele");
    let real =
        problem(app.verify_code(&reset, &method(&flow, "authenticator"), &wrong).await, 400, "code_invalid")
            .await;
    let fake = problem(
        app.verify_code(decoy["reset_id"].as_str().unwrap(), &method(&decoy, "authenticator"), &wrong).await,
        400,
        "code_invalid",
    )
    .await;
    let shape = |p: &Value| p.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(shape(&real), shape(&fake));

    // Removal (from a recent sign-in), told on every channel; the next sign-in registers one again.
    let removed = app.call(reqwest::Method::DELETE, "/v1/me/methods/authenticator", &token, None).await;
    assert_eq!(removed.status(), 204);
    let told =
        app.outbox().to(&email).await.into_iter().any(|m| m.body.contains("authenticator app was removed"));
    assert!(told, "the user is told");
    password_step(&app, "adele", ADELE_PASSWORD, "register_authenticator").await;
}

#[tokio::test]
async fn administrators_ask_everyone_through_the_reset_policy() {
    let app = TestApp::start().await;
    app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let token = app.token("boss", BOSS_PASSWORD).await;
    let mut policy =
        json_of(app.call(reqwest::Method::GET, "/v1/admin/policy", &token, None).await, 200).await;
    assert_eq!(
        policy["second_factor_for_everyone"], false,
        "administrators and the help desk only, by default"
    );
    assert_eq!(json_of(app.sign_in("adele", ADELE_PASSWORD).await, 201).await["next"], Value::Null);
    policy["second_factor_for_everyone"] = json!(true);
    let saved = app
        .call(
            reqwest::Method::PUT,
            "/v1/admin/policy",
            &token,
            Some(json!({"policy": policy, "accept_impact": true})),
        )
        .await;
    assert_eq!(saved.status(), 200);
    password_step(&app, "adele", ADELE_PASSWORD, "register_authenticator").await;
}

#[tokio::test]
async fn no_key_code_or_recovery_code_reaches_a_log_or_the_audit_trail() {
    let logs = latchkey_e2e::logs::capture();
    let app = TestApp::start().await;
    let boss = app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    let enrolling = password_step(&app, "boss", BOSS_PASSWORD, "register_authenticator").await;
    let setup = app.set_up_authenticator("boss", &enrolling).await;
    let code = code_in(&app, "boss", 0);
    let registered = json_of(register_at_sign_in(&app, &enrolling, &code).await, 201).await;
    let recovery = registered["recovery_codes"][0].as_str().unwrap().to_owned();
    let pending = password_step(&app, "boss", BOSS_PASSWORD, "authenticator_code").await;
    app.second_factor(&pending, &recovery).await;
    let secret = setup["secret"].as_str().unwrap();
    let audit = format!("{:?}", app.audit_for(&boss.id).await);
    let tables = app.dump_tables().await;
    let logged = logs.text();
    for needle in [secret, code.as_str(), recovery.as_str(), &recovery.replace('-', "")] {
        assert!(!logged.contains(needle), "logged: {needle}");
        assert!(!audit.contains(needle), "audited: {needle}");
        assert!(!tables.contains(needle), "stored in clear: {needle}");
    }
}
