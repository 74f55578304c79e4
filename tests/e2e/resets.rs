//! Self-service reset and unlock over HTTP, with codes read from what the
//! emulator sent.

use std::time::Instant;

use latchkey_core::model::audit::Action;
use latchkey_core::model::user::Role;
use latchkey_e2e::{TestApp, TestOptions, assert_same_timing, problem};
use serde_json::Value;

use crate::{ADELE_PASSWORD, NEW_PASSWORD};

fn id(flow: &Value) -> String {
    flow["reset_id"].as_str().unwrap().to_string()
}

/// The id of the flow's method of `kind`.
fn method(flow: &Value, kind: &str) -> String {
    flow["methods"].as_array().unwrap().iter().find(|m| m["kind"] == kind).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Sends a code for `kind` and reads it from the emulator.
async fn prove(app: &TestApp, flow: &Value, kind: &str, to: &str, nth: usize) -> Value {
    let m = method(flow, kind);
    assert_eq!(app.challenge(&id(flow), &m).await.status(), 202);
    let code = app.outbox().code_for(to, nth).await;
    let response = app.verify_code(&id(flow), &m, &code).await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

/// Starts a reset for `username` and sends its email code: the flow, the
/// method id, and the code as read from the emulator.
async fn flow_with_email_code(app: &TestApp, username: &str) -> (Value, String, String) {
    let flow = app.reset_flow(username).await;
    let m = method(&flow, "email");
    assert_eq!(app.challenge(&id(&flow), &m).await.status(), 202);
    let code = app.outbox().code_for(&app.email_of(username), 1).await;
    (flow, m, code)
}

#[tokio::test]
async fn reset_by_email_code() {
    let app = TestApp::start().await;
    let user = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let flow = app.reset_flow("adele").await;
    assert_eq!(flow["required"], 1);
    let verified = prove(&app, &flow, "email", &app.email_of("adele"), 1).await;
    assert_eq!(verified["remaining"], 0);
    let email = app.outbox().nth_to(&app.email_of("adele"), 0).await;
    assert!(email.subject.as_deref().unwrap().contains("verification code"));
    assert!(email.body.contains("Contoso") || email.body.contains("Latchkey"), "branded: {}", email.body);

    let response = app.reset_password(&id(&flow), NEW_PASSWORD).await;
    assert_eq!(response.status(), 204);
    problem(app.sign_in("adele", ADELE_PASSWORD).await, 401, "invalid_credentials").await;
    assert_eq!(app.sign_in("adele", NEW_PASSWORD).await.status(), 201);
    // Told on every channel, with no secret in the message.
    let notice = app.outbox().nth_to(&app.email_of("adele"), 1).await;
    assert!(notice.subject.unwrap().contains("password was reset"));
    assert!(!notice.body.contains(NEW_PASSWORD));
    let sms = app.outbox().nth_to(&app.phone_of("adele"), 0).await;
    assert!(sms.body.contains("password was reset"));

    let actions: Vec<Action> = app.audit_for(&user.id).await.iter().map(|e| e.action).collect();
    for expected in
        [Action::ResetStarted, Action::ResetCodeSent, Action::ResetMethodVerified, Action::ResetCompleted]
    {
        assert!(actions.contains(&expected), "{expected:?} missing from {actions:?}");
    }
}

#[tokio::test]
async fn reset_by_sms_code_unlocks_and_revokes_sessions() {
    let app = TestApp::start().await;
    let user = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let old_token = app.token("adele", ADELE_PASSWORD).await;
    for _ in 0..10 {
        app.sign_in("adele", "not-my-password").await;
    }
    problem(app.sign_in("adele", ADELE_PASSWORD).await, 423, "account_locked").await;
    let flow = app.reset_flow("adele").await;
    prove(&app, &flow, "sms", &app.phone_of("adele"), 1).await;
    assert_eq!(app.reset_password(&id(&flow), NEW_PASSWORD).await.status(), 204);
    assert_eq!(app.sign_in("adele", NEW_PASSWORD).await.status(), 201, "unlocked");
    problem(
        app.change_password(&old_token, NEW_PASSWORD, "another-fine-passphrase").await,
        401,
        "unauthorized",
    )
    .await;
    assert!(app.audit_for(&user.id).await.iter().any(|e| e.action == Action::AccountUnlocked));
}

#[tokio::test]
async fn admins_prove_two_methods() {
    let app = TestApp::start().await;
    app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    let flow = app.reset_flow("boss").await;
    assert_eq!(flow["required"], 2);
    let first = prove(&app, &flow, "email", &app.email_of("boss"), 1).await;
    assert_eq!(first["remaining"], 1);
    let body = problem(app.reset_password(&id(&flow), NEW_PASSWORD).await, 409, "reset_incomplete").await;
    assert_eq!(body["remaining"], 1);
    let second = prove(&app, &flow, "sms", &app.phone_of("boss"), 1).await;
    assert_eq!(second["remaining"], 0);
    assert_eq!(second["verified"].as_array().unwrap().len(), 2);
    assert_eq!(app.reset_password(&id(&flow), NEW_PASSWORD).await.status(), 204);
}

#[tokio::test]
async fn unlock_only_keeps_the_password() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    for _ in 0..10 {
        app.sign_in("adele", "not-my-password").await;
    }
    problem(app.sign_in("adele", ADELE_PASSWORD).await, 423, "account_locked").await;
    let flow = app.reset_flow("adele").await;
    problem(app.unlock(&id(&flow)).await, 409, "reset_incomplete").await;
    prove(&app, &flow, "email", &app.email_of("adele"), 1).await;
    assert_eq!(app.unlock(&id(&flow)).await.status(), 204);
    assert_eq!(app.sign_in("adele", ADELE_PASSWORD).await.status(), 201, "same password, unlocked");
    let notice = app.outbox().nth_to(&app.email_of("adele"), 1).await;
    assert!(notice.subject.unwrap().contains("unlocked"));
    problem(app.unlock(&id(&flow)).await, 410, "reset_expired").await;
}

#[tokio::test]
async fn five_wrong_codes_block_the_users_resets() {
    let app = TestApp::start().await;
    let user = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let (flow, m, code) = flow_with_email_code(&app, "adele").await;
    let wrong = if code == "00000000" { "11111111" } else { "00000000" };
    for left in (1..=4).rev() {
        let body = problem(app.verify_code(&id(&flow), &m, wrong).await, 400, "code_invalid").await;
        assert_eq!(body["attempts_left"], left);
    }
    // The fifth wrong code uses the day's last failed proof (and kills the code).
    let body = problem(app.verify_code(&id(&flow), &m, wrong).await, 400, "code_invalid").await;
    assert_eq!(body["attempts_left"], 0);
    // Blocked for a day: no new code, in this flow or in a new one.
    let response = app.challenge(&id(&flow), &m).await;
    assert_eq!(response.headers()["retry-after"], (24 * 3600).to_string());
    problem(response, 429, "too_many_requests").await;
    let _ = code;
    let again = app.reset_flow("adele").await;
    problem(app.challenge(&id(&again), &method(&again, "email")).await, 429, "too_many_requests").await;
    let events = app.audit_for(&user.id).await;
    assert_eq!(events.iter().filter(|e| e.action == Action::ResetCodeFailed).count(), 5);
    assert!(
        events
            .iter()
            .any(|e| e.action == Action::ResetBlocked && e.reason_text().as_deref() == Some("user_blocked"))
    );
}

#[tokio::test]
async fn a_code_dies_after_five_wrong_tries() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.set_settings(|s| s.reset.failed_proofs_per_day = 50).await;
    let (flow, m, code) = flow_with_email_code(&app, "adele").await;
    let wrong = if code == "00000000" { "11111111" } else { "00000000" };
    for _ in 0..5 {
        problem(app.verify_code(&id(&flow), &m, wrong).await, 400, "code_invalid").await;
    }
    problem(app.verify_code(&id(&flow), &m, &code).await, 409, "challenge_required").await;
}

#[tokio::test]
async fn expired_codes_and_flows_are_refused() {
    let app = TestApp::start_with(TestOptions { manual_clock: true, ..Default::default() }).await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.set_settings(|s| {
        s.reset.code_lifetime_seconds = 30;
        s.reset.flow_lifetime_seconds = 120;
    })
    .await;
    let clock = app.clock.clone().unwrap();
    let (flow, m, code) = flow_with_email_code(&app, "adele").await;
    clock.advance(chrono::Duration::seconds(31));
    problem(app.verify_code(&id(&flow), &m, &code).await, 410, "code_expired").await;
    clock.advance(chrono::Duration::seconds(90));
    problem(app.challenge(&id(&flow), &m).await, 410, "reset_expired").await;
}

#[tokio::test]
async fn codes_are_single_use_and_flows_are_spent() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let (flow, m, code) = flow_with_email_code(&app, "adele").await;
    assert_eq!(app.verify_code(&id(&flow), &m, &code).await.status(), 200);
    problem(app.verify_code(&id(&flow), &m, &code).await, 409, "challenge_required").await;
    assert_eq!(app.reset_password(&id(&flow), NEW_PASSWORD).await.status(), 204);
    problem(app.reset_password(&id(&flow), "yet-another-passphrase").await, 410, "reset_expired").await;
    problem(app.challenge(&id(&flow), &m).await, 410, "reset_expired").await;
    assert_eq!(app.sign_in("adele", NEW_PASSWORD).await.status(), 201);
    // Unknown and malformed ids look the same as a spent one.
    problem(app.challenge(&"ab".repeat(32), &m).await, 410, "reset_expired").await;
    problem(app.challenge("not-an-id", &m).await, 410, "reset_expired").await;
}

#[tokio::test]
async fn another_users_code_does_not_work_in_my_flow() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.create_user("alex", ADELE_PASSWORD, &[]).await;
    let mine = app.reset_flow("adele").await;
    let theirs = app.reset_flow("alex").await;
    app.challenge(&id(&mine), &method(&mine, "email")).await;
    app.challenge(&id(&theirs), &method(&theirs, "email")).await;
    let their_code = app.outbox().code_for(&app.email_of("alex"), 1).await;
    let my_code = app.outbox().code_for(&app.email_of("adele"), 1).await;
    if their_code != my_code {
        problem(app.verify_code(&id(&mine), &method(&mine, "email"), &their_code).await, 400, "code_invalid")
            .await;
    }
    problem(app.reset_password(&id(&mine), NEW_PASSWORD).await, 409, "reset_incomplete").await;
    assert_eq!(app.sign_in("adele", ADELE_PASSWORD).await.status(), 201);
}

#[tokio::test]
async fn fifty_concurrent_completions_have_one_winner() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    // The check below tries all 50 passwords; it must not trip the lockout.
    app.set_settings(|s| s.lockout.threshold = 1000).await;
    let flow = app.reset_flow("adele").await;
    prove(&app, &flow, "email", &app.email_of("adele"), 1).await;
    let reset_id = id(&flow);
    let attempts = (0..50).map(|n| {
        let (http, url) = (app.http.clone(), app.url(&format!("/v1/resets/{reset_id}/password")));
        async move {
            let body = serde_json::json!({"new_password": format!("winning-passphrase-{n:02}")});
            http.post(url).json(&body).send().await.unwrap().status().as_u16()
        }
    });
    let statuses = latchkey_e2e::spawn_all(attempts).await;
    let winners = statuses.iter().filter(|s| **s == 204).count();
    let spent = statuses.iter().filter(|s| **s == 410).count();
    println!(
        "statuses: {winners} × 204, {spent} × 410, others {:?}",
        statuses.iter().filter(|s| ![204, 410].contains(*s)).collect::<Vec<_>>()
    );
    assert_eq!(winners, 1, "exactly one completion wins: {statuses:?}");
    assert!(statuses.iter().all(|s| [204, 410, 503].contains(s)), "{statuses:?}");
    let winner = (0..50).map(|n| format!("winning-passphrase-{n:02}"));
    let mut signed_in = 0;
    for password in winner {
        if app.sign_in("adele", &password).await.status() == 201 {
            signed_in += 1;
        }
    }
    assert_eq!(signed_in, 1, "exactly one of the new passwords took effect");
}

#[tokio::test]
async fn the_send_limit_answers_429_with_retry_after() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.set_settings(|s| s.reset.phone_sends_per_hour = 2).await;
    let flow = app.reset_flow("adele").await;
    let m = method(&flow, "sms");
    assert_eq!(app.challenge(&id(&flow), &m).await.status(), 202);
    assert_eq!(app.challenge(&id(&flow), &m).await.status(), 202);
    let response = app.challenge(&id(&flow), &m).await;
    assert!(response.headers().get("retry-after").is_some());
    problem(response, 429, "too_many_requests").await;
    assert_eq!(app.outbox().to(&app.phone_of("adele")).await.len(), 2, "the refused request sent nothing");
}

#[tokio::test]
async fn unknown_users_are_indistinguishable_from_real_ones() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.set_settings(|s| s.reset.decoy_email_domain = "contoso.example".into()).await;
    let shape = |v: &Value| -> Vec<String> {
        let mut keys: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        keys.sort();
        keys
    };
    let is_email_hint = |h: &str| {
        let (local, domain) = h.split_once('@').unwrap();
        local.chars().count() == 4 && local.ends_with("•••") && domain.contains("•••.")
    };
    let is_phone_hint =
        |h: &str| h.starts_with("•••• •••• •") && h.chars().rev().take(2).all(|c| c.is_ascii_digit());
    for round in 0..5 {
        for name in ["adele", "nobody-at-all"] {
            let response = app.start_reset(name).await;
            assert_eq!(response.status(), 201);
            let body: Value = response.json().await.unwrap();
            assert_eq!(shape(&body), vec!["expires_at", "methods", "required", "reset_id"]);
            assert_eq!(body["required"], 1);
            assert_eq!(body["reset_id"].as_str().unwrap().len(), 64);
            let methods = body["methods"].as_array().unwrap();
            let kinds: Vec<&str> = methods.iter().map(|m| m["kind"].as_str().unwrap()).collect();
            assert_eq!(kinds, vec!["email", "sms"], "{name}");
            assert!(is_email_hint(methods[0]["hint"].as_str().unwrap()), "{name}: {}", methods[0]["hint"]);
            assert!(is_phone_hint(methods[1]["hint"].as_str().unwrap()), "{name}: {}", methods[1]["hint"]);
            if round == 0 && name != "adele" {
                // A decoy's code request also succeeds, and its flow can never complete.
                assert_eq!(app.challenge(body["reset_id"].as_str().unwrap(), "m1").await.status(), 202);
                problem(
                    app.verify_code(body["reset_id"].as_str().unwrap(), "m1", "12345678").await,
                    400,
                    "code_invalid",
                )
                .await;
                problem(
                    app.reset_password(body["reset_id"].as_str().unwrap(), NEW_PASSWORD).await,
                    409,
                    "reset_incomplete",
                )
                .await;
            }
        }
    }
    let app = &app;
    assert_same_timing("start: real vs unknown", 1.2, 30, |real| async move {
        let started = Instant::now();
        let response = app.start_reset(if real { "adele" } else { "nobody-at-all" }).await;
        let took = started.elapsed();
        assert_eq!(response.status(), 201);
        took
    })
    .await;
    let decoy_events = app.audit_for_name("nobody-at-all").await;
    assert!(
        decoy_events
            .iter()
            .any(|e| e.action == Action::ResetStarted && e.reason_text().as_deref() == Some("unknown_user"))
    );
    assert!(decoy_events.iter().any(|e| e.action == Action::ResetCodeSent));
    assert!(decoy_events.iter().any(|e| e.action == Action::ResetCodeFailed));
}

#[tokio::test]
async fn the_reset_trail_holds_no_code_id_or_password() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let (flow, m, code) = flow_with_email_code(&app, "adele").await;
    app.verify_code(&id(&flow), &m, "99999999").await;
    app.verify_code(&id(&flow), &m, &code).await;
    assert_eq!(app.reset_password(&id(&flow), NEW_PASSWORD).await.status(), 204);
    let dump = app.dump_tables().await;
    assert!(dump.contains("reset_completed"));
    for secret in [code.as_str(), id(&flow).as_str(), NEW_PASSWORD, ADELE_PASSWORD] {
        assert!(!dump.contains(secret), "a secret reached the tables");
    }
}

#[tokio::test]
async fn a_reset_by_voice_call_reads_the_code_out() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.set_settings(|s| {
        s.registration.methods_allowed.insert(latchkey_core::model::methods::MethodKind::Voice);
    })
    .await;
    let flow = app.reset_flow("adele").await;
    let voice = method(&flow, "voice");
    assert_eq!(app.challenge(&id(&flow), &voice).await.status(), 202);
    let (to, ssml, digits) = app.last_call();
    assert_eq!(to, app.phone_of("adele"));
    assert!(ssml.starts_with("<speak xml:lang=\"en-US\">"), "{ssml}");
    assert_eq!(digits.len(), 8);
    assert_eq!(app.verify_code(&id(&flow), &voice, &digits).await.status(), 200);
    assert_eq!(app.reset_password(&id(&flow), NEW_PASSWORD).await.status(), 204);
}

fn kinds(flow: &Value) -> Vec<String> {
    flow["methods"].as_array().unwrap().iter().map(|m| m["kind"].as_str().unwrap().to_string()).collect()
}

#[tokio::test]
async fn decoys_are_drawn_like_real_users_role_included() {
    use latchkey_core::model::methods::MethodKind;
    let app = TestApp::start().await;
    app.create_user("ada", ADELE_PASSWORD, &[Role::Admin]).await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.set_settings(|s| {
        s.registration.methods_allowed = [MethodKind::Email, MethodKind::Sms, MethodKind::Voice].into()
    })
    .await;
    let admin = app.reset_flow("ada").await;
    let user = app.reset_flow("adele").await;
    assert_eq!((admin["required"].as_u64(), user["required"].as_u64()), (Some(2), Some(1)));
    assert_eq!(
        kinds(&user),
        ["email", "sms", "voice"],
        "what the policy allows for a directory email and mobile"
    );
    // One of the two real names is an administrator: about half the unknown names look like one.
    let mut twos = 0;
    for i in 0..120 {
        let decoy = app.reset_flow(&format!("stranger{i}")).await;
        assert_eq!(kinds(&decoy), kinds(&user), "the same methods as a real user");
        if decoy["required"] == 2 {
            twos += 1;
        }
    }
    assert!((35..=85).contains(&twos), "{twos} of 120 decoys asked for two methods");
    // And each name keeps its look: asked again, the same.
    assert_eq!(app.reset_flow("stranger7").await["required"], app.reset_flow("stranger7").await["required"]);
}

#[tokio::test]
async fn a_decoys_questions_are_drawn_afresh_at_each_start_like_a_real_users() {
    use latchkey_core::model::methods::MethodKind;
    let app = TestApp::start().await;
    app.set_settings(|s| {
        s.registration.methods_allowed.insert(MethodKind::Questions);
        s.questions.register = 5;
        s.questions.reset = 3;
    })
    .await;
    let mut drawn = std::collections::BTreeSet::new();
    for _ in 0..12 {
        let flow = app.reset_flow("stranger").await;
        let questions =
            flow["methods"].as_array().unwrap().iter().find(|m| m["kind"] == "questions").unwrap().clone();
        let ids: Vec<String> = questions["questions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q["id"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(ids.len(), 3);
        drawn.insert(ids);
    }
    assert!(drawn.len() > 1, "three of five registered questions, drawn at random each time: {drawn:?}");
}

fn messaging_port() -> u16 {
    latchkey_e2e::messaging_endpoint().rsplit(':').next().unwrap().parse().unwrap()
}

#[tokio::test]
async fn a_decoy_challenge_takes_as_long_as_a_real_one_with_a_slow_provider() {
    let slow = latchkey_e2e::Proxy::with_delay(messaging_port(), std::time::Duration::from_millis(150)).await;
    let app =
        TestApp::start_with(TestOptions { messaging_endpoint: Some(slow.endpoint()), ..Default::default() })
            .await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.set_settings(|s| s.reset.emails_per_ten_minutes = 250).await;
    let app = &app;
    assert_same_timing("real vs decoy challenge, slow provider", 1.3, 10, |real| async move {
        let flow = app.reset_flow(if real { "adele" } else { "nobody-here" }).await;
        let started = Instant::now();
        let response = app.challenge(&id(&flow), &method(&flow, "email")).await;
        let took = started.elapsed();
        assert_eq!(response.status(), 202);
        took
    })
    .await;
}

#[tokio::test]
async fn a_send_that_fails_answers_like_a_decoy_and_is_audited() {
    let down = latchkey_e2e::Proxy::start(messaging_port()).await;
    let app =
        TestApp::start_with(TestOptions { messaging_endpoint: Some(down.endpoint()), ..Default::default() })
            .await;
    let user = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    down.set_down(true);
    let real = app.reset_flow("adele").await;
    let decoy = app.reset_flow("nobody-here").await;
    assert_eq!(app.challenge(&id(&real), &method(&real, "email")).await.status(), 202);
    assert_eq!(app.challenge(&id(&decoy), &method(&decoy, "email")).await.status(), 202);
    let events = app.audit_for(&user.id).await;
    assert!(
        events
            .iter()
            .any(|e| e.action == Action::ResetCodeSent && e.reason_text().as_deref() == Some("send_failed"))
    );
}

#[tokio::test]
async fn a_reset_and_a_change_are_told_to_every_verified_channel_self_registered_ones_too() {
    let app = TestApp::start().await;
    let user = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let personal = format!("adele.{}@home.example", app.tag);
    let personal_mobile =
        latchkey_core::model::values::E164::parse(&format!("+1425777{:04}", app.tag % 10_000)).unwrap();
    let (address, mobile) = (personal.clone(), personal_mobile.clone());
    app.edit_user(&user.id, move |u| {
        u.registration.email = Some(latchkey_core::model::values::Email::parse(&address).unwrap());
        u.registration.mobile = Some(mobile);
    })
    .await;
    let flow = app.reset_flow("adele").await;
    prove(&app, &flow, "email", &app.email_of("adele"), 1).await;
    let code = app.outbox().code_for(&app.email_of("adele"), 1).await;
    let set = app
        .post_json(
            &format!("/v1/resets/{}/password", id(&flow)),
            serde_json::json!({"new_password": NEW_PASSWORD}),
            None,
        )
        .await;
    assert_eq!(set.status(), 204);
    // The directory address had the code first; the others hear only the notice.
    let directory = app.email_of("adele");
    for (to, nth) in [(personal.as_str(), 0), (personal_mobile.as_str(), 0), (directory.as_str(), 1)] {
        let notice = app.outbox().nth_to(to, nth).await;
        assert!(notice.body.contains("password was reset"), "{to}: {}", notice.body);
        // The notice's one link carries a random lock-down token, which may hold a run
        // of digits by chance; the words around it hold no code at all.
        let words: String =
            notice.body.split_whitespace().filter(|w| !w.starts_with("http")).collect::<Vec<_>>().join(" ");
        assert!(!notice.body.contains(&code), "the reset's code is not in a notice");
        assert!(!words.split(|c: char| !c.is_ascii_digit()).any(|run| run.len() == 8), "no code in: {words}");
    }
    let token = app.token("adele", NEW_PASSWORD).await;
    assert_eq!(
        app.change_password(&token, NEW_PASSWORD, "quiet lanterns drift over the bay").await.status(),
        204
    );
    let changed = app.outbox().nth_to(&personal, 1).await;
    assert!(changed.body.contains("password was changed"), "{}", changed.body);
}
