//! Registration of methods over HTTP (`/v1/me…`), the policy settings that
//! shape it, and how it feeds self-service reset. Codes are read from what the
//! emulator sent.

use latchkey_core::model::audit::Action;
use latchkey_core::model::settings::Scope;
use latchkey_core::model::user::User;
use latchkey_e2e::{TestApp, TestOptions, problem};
use reqwest::{Method, Response};
use serde_json::{Value, json};

use crate::{ADELE_PASSWORD, NEW_PASSWORD};

async fn me(app: &TestApp, token: &str) -> Value {
    let response = app.call(Method::GET, "/v1/me", token, None).await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

async fn next_step(app: &TestApp, username: &str) -> Value {
    let response = app.sign_in(username, ADELE_PASSWORD).await;
    assert_eq!(response.status(), 201);
    response.json::<Value>().await.unwrap()["next"].clone()
}

/// A user the directory gave no email and no phone.
async fn bare_user(app: &TestApp, username: &str) -> User {
    let user = app.create_user(username, ADELE_PASSWORD, &[]).await;
    app.edit_user(&user.id, |u| {
        u.emails.clear();
        u.phones.clear();
    })
    .await;
    user
}

async fn last_start_reason(app: &TestApp, username: &str) -> Option<String> {
    app.last_start_reason(username).await
}

fn alternate_of(app: &TestApp, username: &str) -> String {
    format!("{username}.{}@home.example", app.tag)
}

#[tokio::test]
async fn a_user_without_methods_registers_an_email_with_a_code_then_resets_with_it() {
    let app = TestApp::start().await;
    let nomad = bare_user(&app, "nomad").await;
    assert_eq!(next_step(&app, "nomad").await, "register_methods");
    let token = app.token("nomad", ADELE_PASSWORD).await;
    let profile = me(&app, &token).await;
    assert_eq!(profile["registration"]["state"], "incomplete");
    assert_eq!(profile["registration"]["required"], 1);
    assert_eq!(profile["methods"], json!([]));

    // Nothing registered: a reset is a decoy.
    app.reset_flow("nomad").await;
    assert_eq!(last_start_reason(&app, "nomad").await.as_deref(), Some("not_registered"));

    let alternate = alternate_of(&app, "nomad");
    let sent =
        app.call(Method::PUT, "/v1/me/methods/email", &token, Some(json!({"address": alternate}))).await;
    assert_eq!(sent.status(), 202);
    let sent: Value = sent.json().await.unwrap();
    assert_eq!(sent["kind"], "email");
    assert!(sent["hint"].as_str().unwrap().starts_with("n•••@h•••"), "{sent}");
    assert_eq!(me(&app, &token).await["registration"]["pending"]["kind"], "email");

    // A pending, unproven address is not a reset method.
    app.reset_flow("nomad").await;
    assert_eq!(last_start_reason(&app, "nomad").await.as_deref(), Some("not_registered"));

    let code = app.outbox().code_for(&alternate, 1).await;
    let wrong = if code == "00000000" { "11111111" } else { "00000000" };
    let refused =
        app.call(Method::POST, "/v1/me/methods/email/verify", &token, Some(json!({"code": wrong}))).await;
    assert_eq!(problem(refused, 400, "code_invalid").await["attempts_left"], 4);
    let verified =
        app.call(Method::POST, "/v1/me/methods/email/verify", &token, Some(json!({"code": code}))).await;
    assert_eq!(verified.status(), 204);
    let replay =
        app.call(Method::POST, "/v1/me/methods/email/verify", &token, Some(json!({"code": code}))).await;
    problem(replay, 409, "challenge_required").await;

    let profile = me(&app, &token).await;
    assert_eq!(profile["registration"]["state"], "complete");
    assert_eq!(profile["methods"][0]["source"], "user");
    // When it was proven is kept, for the user and the administrators.
    let proven = profile["methods"][0]["proven_at"].as_str().expect("a proof time");
    assert!(chrono::DateTime::parse_from_rfc3339(proven).is_ok(), "{proven}");
    assert_eq!(next_step(&app, "nomad").await, Value::Null);

    // The proven address now resets the password.
    let flow = app.reset_flow("nomad").await;
    let reset_id = flow["reset_id"].as_str().unwrap().to_string();
    let method = flow["methods"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(flow["methods"][0]["kind"], "email");
    assert_eq!(app.challenge(&reset_id, &method).await.status(), 202);
    // The registration code, then the notice that the address was added, then this reset's code.
    let code = app.outbox().code_for(&alternate, 3).await;
    assert_eq!(app.verify_code(&reset_id, &method, &code).await.status(), 200);
    assert_eq!(app.reset_password(&reset_id, NEW_PASSWORD).await.status(), 204);
    assert_eq!(app.sign_in("nomad", NEW_PASSWORD).await.status(), 201);

    let actions: Vec<Action> = app.audit_for(&nomad.id).await.into_iter().map(|e| e.action).collect();
    for expected in [Action::MethodCodeSent, Action::MethodCodeFailed, Action::MethodRegistered] {
        assert!(actions.contains(&expected), "{expected:?} audited: {actions:?}");
    }
    let dump = app.dump_tables().await;
    assert!(!dump.contains(&code), "no code is stored");
}

#[tokio::test]
async fn a_mobile_is_proven_by_sms_and_removal_keeps_the_required_count() {
    let app = TestApp::start().await;
    let user = app.create_user("mara", ADELE_PASSWORD, &[]).await;
    app.edit_user(&user.id, |u| u.phones.clear()).await;
    app.set_settings(|s| s.reset.methods_required = 2).await;
    assert_eq!(next_step(&app, "mara").await, "register_methods");
    let token = app.token("mara", ADELE_PASSWORD).await;

    let bad =
        app.call(Method::PUT, "/v1/me/methods/mobile", &token, Some(json!({"phone": "555-0100"}))).await;
    assert_eq!(problem(bad, 400, "invalid_request").await["field"], "phone");
    let phone = app.phone_of("mara");
    let sent = app.call(Method::PUT, "/v1/me/methods/mobile", &token, Some(json!({"phone": phone}))).await;
    assert_eq!(sent.status(), 202);
    let code = app.outbox().code_for(&phone, 1).await;
    let verified =
        app.call(Method::POST, "/v1/me/methods/mobile/verify", &token, Some(json!({"code": code}))).await;
    assert_eq!(verified.status(), 204);
    let profile = me(&app, &token).await;
    assert_eq!(profile["registration"]["registered"], 2);
    assert_eq!(profile["registration"]["state"], "complete");
    assert_eq!(next_step(&app, "mara").await, Value::Null);

    let removal = app.call(Method::DELETE, "/v1/me/methods/mobile", &token, None).await;
    assert_eq!(problem(removal, 409, "methods_required").await["remaining"], 2);
    // The directory's email is the admin's to manage.
    let removal = app.call(Method::DELETE, "/v1/me/methods/email", &token, None).await;
    problem(removal, 404, "method_not_registered").await;
    app.set_settings(|s| s.reset.methods_required = 1).await;
    assert_eq!(app.call(Method::DELETE, "/v1/me/methods/mobile", &token, None).await.status(), 204);
    assert_eq!(me(&app, &token).await["registration"]["registered"], 1);
}

#[tokio::test]
async fn re_confirmation_comes_due_and_confirming_clears_it() {
    let app = TestApp::start_with(TestOptions { manual_clock: true, ..Default::default() }).await;
    app.create_user("rhea", ADELE_PASSWORD, &[]).await;
    app.set_settings(|s| s.registration.reconfirm_days = 30).await;
    assert_eq!(next_step(&app, "rhea").await, Value::Null);
    app.clock.as_ref().unwrap().advance(chrono::Duration::days(31));
    assert_eq!(next_step(&app, "rhea").await, "confirm_methods");
    let token = app.token("rhea", ADELE_PASSWORD).await;
    assert_eq!(me(&app, &token).await["registration"]["state"], "confirm_due");
    let confirmed = app.call(Method::POST, "/v1/me/methods/confirm", &token, Some(json!({}))).await;
    assert_eq!(confirmed.status(), 204);
    assert_eq!(next_step(&app, "rhea").await, Value::Null);
    // 0 turns re-confirmation off.
    app.set_settings(|s| s.registration.reconfirm_days = 0).await;
    app.clock.as_ref().unwrap().advance(chrono::Duration::days(400));
    assert_eq!(next_step(&app, "rhea").await, Value::Null);
}

#[tokio::test]
async fn scope_to_a_group_excludes_everyone_else() {
    let app = TestApp::start().await;
    let pilot = app.create_user("pia", ADELE_PASSWORD, &[]).await;
    app.join_group(&pilot.id, "sspr-pilot").await;
    app.create_user("otto", ADELE_PASSWORD, &[]).await;
    bare_user(&app, "olga").await;
    let pilots = latchkey_core::model::values::GroupName::parse("sspr-pilot").unwrap();
    app.set_settings(|s| s.registration.scope = Scope::Groups { groups: [pilots].into() }).await;

    // Outside the group: a decoy flow that sends nothing, no registration prompt, no registering.
    let flow = app.reset_flow("otto").await;
    assert_eq!(last_start_reason(&app, "otto").await.as_deref(), Some("out_of_scope"));
    let method = flow["methods"][0]["id"].as_str().unwrap();
    assert_eq!(app.challenge(flow["reset_id"].as_str().unwrap(), method).await.status(), 202);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(app.outbox().to(&app.email_of("otto")).await.is_empty(), "nothing sent to an out-of-scope user");
    assert_eq!(next_step(&app, "olga").await, Value::Null);
    let token = app.token("olga", ADELE_PASSWORD).await;
    assert_eq!(me(&app, &token).await["registration"]["state"], "not_in_scope");
    let refused = app
        .call(
            Method::PUT,
            "/v1/me/methods/email",
            &token,
            Some(json!({"address": alternate_of(&app, "olga")})),
        )
        .await;
    problem(refused, 403, "method_not_allowed_by_policy").await;

    // In the group: a real flow.
    let flow = app.reset_flow("pia").await;
    assert_eq!(last_start_reason(&app, "pia").await, None);
    let method = flow["methods"][0]["id"].as_str().unwrap();
    assert_eq!(app.challenge(flow["reset_id"].as_str().unwrap(), method).await.status(), 202);
    app.outbox().code_for(&app.email_of("pia"), 1).await;
}

#[tokio::test]
async fn allowed_methods_shape_resets_and_registration() {
    let app = TestApp::start().await;
    app.create_user("ezra", ADELE_PASSWORD, &[]).await;
    let both = app.reset_flow("ezra").await;
    let kinds = |flow: &Value| {
        flow["methods"].as_array().unwrap().iter().map(|m| m["kind"].clone()).collect::<Vec<_>>()
    };
    assert_eq!(kinds(&both), vec![json!("email"), json!("sms")]);
    app.set_settings(|s| {
        s.registration.methods_allowed = [latchkey_core::model::methods::MethodKind::Email].into()
    })
    .await;
    assert_eq!(kinds(&app.reset_flow("ezra").await), vec![json!("email")]);
    let token = app.token("ezra", ADELE_PASSWORD).await;
    let refused = app
        .call(Method::PUT, "/v1/me/methods/mobile", &token, Some(json!({"phone": app.phone_of("ezra")})))
        .await;
    problem(refused, 403, "method_not_allowed_by_policy").await;
}

#[tokio::test]
async fn registration_codes_are_rate_limited_per_user() {
    let app = TestApp::start().await;
    app.create_user("rory", ADELE_PASSWORD, &[]).await;
    app.set_settings(|s| s.reset.emails_per_ten_minutes = 2).await;
    let token = app.token("rory", ADELE_PASSWORD).await;
    for n in 0..2 {
        let address = format!("rory{n}.{}@home.example", app.tag);
        let sent =
            app.call(Method::PUT, "/v1/me/methods/email", &token, Some(json!({"address": address}))).await;
        assert_eq!(sent.status(), 202);
    }
    let address = format!("rory9.{}@home.example", app.tag);
    let limited =
        app.call(Method::PUT, "/v1/me/methods/email", &token, Some(json!({"address": address}))).await;
    let body = problem(limited, 429, "too_many_requests").await;
    assert!(body["retry_after"].as_u64().unwrap() > 0);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(app.outbox().to(&address).await.is_empty(), "a refused request sends nothing");
}

#[tokio::test]
async fn registration_needs_a_live_session() {
    let app = TestApp::start().await;
    let response = app.http.get(app.url("/v1/me")).send().await.unwrap();
    problem(response, 401, "unauthorized").await;
    let response = app
        .call(Method::PUT, "/v1/me/methods/email", "not-a-token", Some(json!({"address": "a@b.example"})))
        .await;
    problem(response, 401, "unauthorized").await;
}

#[tokio::test]
async fn an_address_the_mail_service_cannot_parse_is_refused_not_a_server_error() {
    // schemathesis found this one answered 500: SES refused it at the send.
    let app = TestApp::start().await;
    bare_user(&app, "nomad").await;
    let token = app.token("nomad", ADELE_PASSWORD).await;
    for address in ["vQQ~Be:LW@:}.sis^1-ISm0", "a:b@home.example", "jo@home_page.example"] {
        let response =
            app.call(Method::PUT, "/v1/me/methods/email", &token, Some(json!({"address": address}))).await;
        let body = problem(response, 400, "invalid_request").await;
        assert_eq!(body["field"], "address", "{address}");
    }
}

fn allow_questions(s: &mut latchkey_core::model::settings::OrgSettings) {
    s.registration.methods_allowed.insert(latchkey_core::model::methods::MethodKind::Questions);
}

fn three_answers() -> Value {
    json!({"answers": [
        {"question_id": "q01", "answer": "Lisbon"},
        {"question_id": "q02", "answer": "Rex the dog"},
        {"question_id": "q07", "answer": "Sparky"},
    ]})
}

async fn start_reset_in(app: &TestApp, username: &str, language: &str) -> Value {
    let response = app
        .http
        .post(app.url("/v1/resets"))
        .header("accept-language", language)
        .json(&json!({"username": username}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    response.json().await.unwrap()
}

/// The flow's security-questions method.
fn questions_method(flow: &Value) -> Value {
    flow["methods"].as_array().unwrap().iter().find(|m| m["kind"] == "questions").unwrap().clone()
}

/// The answers to the questions a flow's questions method asks (as registered
/// by `three_answers`, plus q05 "Volvo", typed with other case and spacing),
/// `wrong` for the first of them.
fn answers_for(method: &Value, wrong: bool) -> Value {
    let right = |id: &str| match id {
        "q01" => "  LISBON ",
        "q02" => "rex  the dog",
        "q07" => "sparky",
        _ => "VOLVO",
    };
    let answers: Vec<Value> = method["questions"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let id = q["id"].as_str().unwrap();
            let answer = if wrong && i == 0 { "not it at all" } else { right(id) };
            json!({"question_id": id, "answer": answer})
        })
        .collect();
    json!({"method_id": method["id"], "answers": answers})
}

async fn verify_answers(app: &TestApp, flow: &Value, method: &Value, wrong: bool) -> Response {
    let body = answers_for(method, wrong);
    let path = format!("/v1/resets/{}/verifications", flow["reset_id"].as_str().unwrap());
    app.http.post(app.url(&path)).json(&body).send().await.unwrap()
}

#[tokio::test]
async fn security_questions_are_localised_registered_and_prove_a_two_method_reset() {
    let app = TestApp::start().await;
    let user = app.create_user("quinn", ADELE_PASSWORD, &[]).await;
    app.edit_user(&user.id, |u| u.phones.clear()).await;
    app.set_settings(|s| {
        allow_questions(s);
        s.reset.methods_required = 2;
    })
    .await;
    assert_eq!(next_step(&app, "quinn").await, "register_methods");

    let catalogue = app.security_questions("de-AT, en;q=0.5").await;
    assert_eq!(catalogue["language"], "de");
    assert_eq!(catalogue["register"], 3);
    assert_eq!(catalogue["questions"][1]["text"], "Wie hieß Ihr erstes Haustier?");

    let token = app.token("quinn", ADELE_PASSWORD).await;
    let two = json!({"answers": [{"question_id": "q01", "answer": "Lisbon"}, {"question_id": "q02", "answer": "Rex"}]});
    let refused = app.call(Method::PUT, "/v1/me/security-questions", &token, Some(two)).await;
    assert_eq!(problem(refused, 400, "invalid_request").await["field"], "answers");
    let saved = app.call(Method::PUT, "/v1/me/security-questions", &token, Some(three_answers())).await;
    assert_eq!(saved.status(), 204);
    let profile = me(&app, &token).await;
    assert_eq!(profile["registration"]["state"], "complete");
    assert_eq!(profile["registration"]["registered"], 2);
    assert!(!app.dump_tables().await.to_lowercase().contains("lisbon"), "answers are stored hashed");

    let flow = start_reset_in(&app, "quinn", "fr").await;
    assert_eq!(flow["required"], 2);
    let questions = questions_method(&flow);
    assert_eq!(questions["hint"], "3 security questions");
    assert!(questions["questions"][0]["text"].as_str().unwrap().ends_with('?'));
    assert!(questions["questions"].as_array().unwrap().iter().any(|q| {
        q["text"].as_str().unwrap().contains("Quel") || q["text"].as_str().unwrap().contains("Dans")
    }));
    let reset_id = flow["reset_id"].as_str().unwrap().to_string();
    problem(app.challenge(&reset_id, questions["id"].as_str().unwrap()).await, 400, "invalid_request").await;

    let wrong = verify_answers(&app, &flow, &questions, true).await;
    // A flow allows 3 tries at its questions: 2 left.
    assert_eq!(problem(wrong, 400, "answers_invalid").await["attempts_left"], 2);
    let right = verify_answers(&app, &flow, &questions, false).await;
    assert_eq!(right.status(), 200);
    assert_eq!(right.json::<Value>().await.unwrap()["remaining"], 1);
    let email = flow["methods"].as_array().unwrap().iter().find(|m| m["kind"] == "email").unwrap();
    let email_id = email["id"].as_str().unwrap();
    assert_eq!(app.challenge(&reset_id, email_id).await.status(), 202);
    // After the notice that the questions were set.
    let code = app.outbox().code_for(&app.email_of("quinn"), 2).await;
    assert_eq!(app.verify_code(&reset_id, email_id, &code).await.status(), 200);
    assert_eq!(app.reset_password(&reset_id, NEW_PASSWORD).await.status(), 204);
}

#[tokio::test]
async fn wrong_answers_count_toward_the_block() {
    let app = TestApp::start().await;
    let token_user = app.create_user("wade", ADELE_PASSWORD, &[]).await;
    app.set_settings(|s| {
        allow_questions(s);
        s.reset.failed_proofs_per_day = 2;
    })
    .await;
    let token = app.token("wade", ADELE_PASSWORD).await;
    assert_eq!(
        app.call(Method::PUT, "/v1/me/security-questions", &token, Some(three_answers())).await.status(),
        204
    );
    let flow = start_reset_in(&app, "wade", "en").await;
    let questions = questions_method(&flow);
    assert_eq!(
        problem(verify_answers(&app, &flow, &questions, true).await, 400, "answers_invalid").await["attempts_left"],
        1
    );
    problem(verify_answers(&app, &flow, &questions, true).await, 400, "answers_invalid").await;
    // Two failed proofs used up: the next try is refused before it is judged.
    problem(verify_answers(&app, &flow, &questions, true).await, 429, "too_many_requests").await;
    // Blocked: even the right answers are refused now.
    problem(verify_answers(&app, &flow, &questions, false).await, 429, "too_many_requests").await;
    let blocked: Vec<_> = app
        .audit_for(&token_user.id)
        .await
        .into_iter()
        .filter(|e| e.action == Action::ResetBlocked)
        .collect();
    assert!(!blocked.is_empty());
}

#[tokio::test]
async fn admins_cannot_register_or_use_security_questions() {
    let app = TestApp::start().await;
    app.create_user("ada", ADELE_PASSWORD, &[latchkey_core::model::user::Role::Admin]).await;
    app.set_settings(allow_questions).await;
    let token = app.token("ada", ADELE_PASSWORD).await;
    let refused = app.call(Method::PUT, "/v1/me/security-questions", &token, Some(three_answers())).await;
    problem(refused, 403, "method_not_allowed_by_policy").await;
    let flow = start_reset_in(&app, "ada", "en").await;
    assert_eq!(flow["required"], 2, "admins always prove two methods");
    assert!(flow["methods"].as_array().unwrap().iter().all(|m| m["kind"] != "questions"));
}

#[tokio::test]
async fn question_counts_and_notifications_follow_the_policy() {
    let app = TestApp::start().await;
    let user = app.create_user("noor", ADELE_PASSWORD, &[]).await;
    app.set_settings(|s| {
        allow_questions(s);
        s.questions.register = 4;
        s.questions.reset = 2;
        s.reset.notify_user = false;
    })
    .await;
    let token = app.token("noor", ADELE_PASSWORD).await;
    let refused = app.call(Method::PUT, "/v1/me/security-questions", &token, Some(three_answers())).await;
    assert_eq!(problem(refused, 400, "invalid_request").await["field"], "answers");
    let mut four = three_answers();
    four["answers"].as_array_mut().unwrap().push(json!({"question_id": "q05", "answer": "Volvo"}));
    assert_eq!(app.call(Method::PUT, "/v1/me/security-questions", &token, Some(four)).await.status(), 204);

    let flow = start_reset_in(&app, "noor", "en").await;
    let questions = questions_method(&flow);
    assert_eq!(questions["questions"].as_array().unwrap().len(), 2, "the policy asks two");
    let verified = verify_answers(&app, &flow, &questions, false).await;
    assert_eq!(verified.status(), 200);
    assert_eq!(app.reset_password(flow["reset_id"].as_str().unwrap(), NEW_PASSWORD).await.status(), 204);
    // notify_user off: the reset is told to nobody (the security notice that
    // questions were set always goes out).
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(
        !app.outbox().to(&app.email_of("noor")).await.iter().any(|m| m.body.contains("password was reset")),
        "no reset notice when notify_user is off"
    );
    assert!(app.audit_for(&user.id).await.iter().any(|e| e.action == Action::ResetCompleted));
}

#[tokio::test]
async fn parallel_wrong_answers_in_many_flows_get_no_more_tries_than_the_daily_limit() {
    let app = TestApp::start().await;
    app.create_user("wynn", ADELE_PASSWORD, &[]).await;
    app.set_settings(allow_questions).await;
    let token = app.token("wynn", ADELE_PASSWORD).await;
    assert_eq!(
        app.call(Method::PUT, "/v1/me/security-questions", &token, Some(three_answers())).await.status(),
        204
    );
    // Twenty flows, one wrong guess in each, all at once.
    let mut guesses = Vec::new();
    for _ in 0..20 {
        let flow = start_reset_in(&app, "wynn", "en").await;
        let questions = questions_method(&flow);
        let body = answers_for(&questions, true);
        let url = app.url(&format!("/v1/resets/{}/verifications", flow["reset_id"].as_str().unwrap()));
        guesses.push((app.http.clone(), url, body));
    }
    let statuses = latchkey_e2e::spawn_all(guesses.into_iter().map(|(http, url, body)| async move {
        http.post(url).json(&body).send().await.unwrap().status().as_u16()
    }))
    .await;
    let judged = statuses.iter().filter(|s| **s == 400).count();
    assert_eq!(judged, 5, "exactly the day's 5 failed proofs were judged: {statuses:?}");
    assert!(statuses.iter().all(|s| *s == 400 || *s == 429), "none lost to a race (503): {statuses:?}");
}

#[tokio::test]
async fn changing_methods_needs_a_recent_sign_in_or_the_password_and_every_channel_is_told() {
    let app = TestApp::start_with(TestOptions { manual_clock: true, ..Default::default() }).await;
    app.create_user("rhea", ADELE_PASSWORD, &[]).await;
    let token = app.token("rhea", ADELE_PASSWORD).await;
    app.clock.as_ref().unwrap().advance(chrono::Duration::minutes(6));
    let address = alternate_of(&app, "rhea");
    let put = |body: Value| app.call(Method::PUT, "/v1/me/methods/email", &token, Some(body));
    // A stolen session alone cannot add the thief's own address.
    problem(put(json!({"address": address})).await, 403, "reauthentication_required").await;
    problem(
        put(json!({"address": address, "current_password": "not-my-password"})).await,
        401,
        "invalid_credentials",
    )
    .await;
    assert!(app.outbox().to(&address).await.is_empty(), "nothing was sent");
    assert_eq!(put(json!({"address": address, "current_password": ADELE_PASSWORD})).await.status(), 202);
    let code = app.outbox().code_for(&address, 1).await;
    let verified =
        app.call(Method::POST, "/v1/me/methods/email/verify", &token, Some(json!({"code": code}))).await;
    assert_eq!(verified.status(), 204);
    // The directory's address and phone hear of it.
    let told = app.outbox().nth_to(&app.email_of("rhea"), 0).await;
    assert!(told.body.contains("alternate email was added"), "{}", told.body);
    assert!(app.outbox().nth_to(&app.phone_of("rhea"), 0).await.body.contains("alternate email was added"));
    // Removing with a stale session: sign in again first.
    problem(
        app.call(Method::DELETE, "/v1/me/methods/email", &token, None).await,
        403,
        "reauthentication_required",
    )
    .await;
}

/// Saves the reset policy through the API with `directory_contacts_count` set to `on`.
async fn set_directory_contacts(app: &TestApp, token: &str, on: bool, accept_impact: bool) -> Response {
    let mut policy: Value =
        app.call(Method::GET, "/v1/admin/policy", token, None).await.json().await.unwrap();
    policy["directory_contacts_count"] = json!(on);
    let body = json!({"policy": policy, "accept_impact": accept_impact});
    app.call(Method::PUT, "/v1/admin/policy", token, Some(body)).await
}

#[tokio::test]
async fn directory_contacts_count_toward_reset_only_where_the_policy_allows_it() {
    let app = TestApp::start().await;
    app.create_user("boss", ADELE_PASSWORD, &[latchkey_core::model::user::Role::Admin]).await;
    app.create_user("dora", ADELE_PASSWORD, &[]).await;
    let admin = app.token("boss", ADELE_PASSWORD).await;
    let policy: Value = app.call(Method::GET, "/v1/admin/policy", &admin, None).await.json().await.unwrap();
    assert_eq!(policy["directory_contacts_count"], true, "the tests' stack counts them");

    // Off: dora's directory email and phone are no methods; previewed, refused, then accepted.
    let mut off = policy.clone();
    off["directory_contacts_count"] = json!(false);
    let preview = app.call(Method::POST, "/v1/admin/policy/preview", &admin, Some(off)).await;
    let preview: Value = preview.json().await.unwrap();
    assert_eq!(
        (preview["eligible_before"].as_u64(), preview["losing"].as_u64()),
        (Some(2), Some(2)),
        "{preview}"
    );
    let refused = set_directory_contacts(&app, &admin, false, false).await;
    assert_eq!(problem(refused, 409, "policy_strands_users").await["affected_users"], 2);
    assert_eq!(set_directory_contacts(&app, &admin, false, true).await.status(), 200);
    let saved: Value = app.call(Method::GET, "/v1/admin/policy", &admin, None).await.json().await.unwrap();
    assert_eq!(saved["directory_contacts_count"], false);

    app.reset_flow("dora").await;
    assert_eq!(last_start_reason(&app, "dora").await.as_deref(), Some("not_registered"));
    let token = app.token("dora", ADELE_PASSWORD).await;
    let profile = me(&app, &token).await;
    assert_eq!(
        (profile["registration"]["state"].as_str(), profile["methods"].clone()),
        (Some("incomplete"), json!([]))
    );

    // The user's own proven address counts all the same.
    let alternate = alternate_of(&app, "dora");
    let sent =
        app.call(Method::PUT, "/v1/me/methods/email", &token, Some(json!({"address": alternate}))).await;
    assert_eq!(sent.status(), 202);
    let code = app.outbox().code_for(&alternate, 1).await;
    let verified =
        app.call(Method::POST, "/v1/me/methods/email/verify", &token, Some(json!({"code": code}))).await;
    assert_eq!(verified.status(), 204);
    let flow = app.reset_flow("dora").await;
    let kinds: Vec<&str> =
        flow["methods"].as_array().unwrap().iter().map(|m| m["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["email"], "only her own address: {flow}");
    assert!(flow["methods"][0]["hint"].as_str().unwrap().contains("h•••"), "{flow}");
    let (reset_id, method) = (flow["reset_id"].as_str().unwrap(), flow["methods"][0]["id"].as_str().unwrap());
    assert_eq!(app.challenge(reset_id, method).await.status(), 202);
    // The registration code, the notice of the added address, this reset's code.
    let code = app.outbox().code_for(&alternate, 3).await;
    assert_eq!(app.verify_code(reset_id, method, &code).await.status(), 200);
    assert_eq!(app.reset_password(reset_id, NEW_PASSWORD).await.status(), 204);

    // On again: the directory's email is a method once more.
    assert_eq!(set_directory_contacts(&app, &admin, true, false).await.status(), 200);
    let flow = app.reset_flow("dora").await;
    let kinds: Vec<&str> =
        flow["methods"].as_array().unwrap().iter().map(|m| m["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        ["email", "email", "sms"],
        "the directory's email first, then hers, then the phone: {flow}"
    );
    let (reset_id, method) = (flow["reset_id"].as_str().unwrap(), flow["methods"][0]["id"].as_str().unwrap());
    assert_eq!(app.challenge(reset_id, method).await.status(), 202);
    // The notices of her added address and of the reset went there first.
    let code = app.outbox().code_for(&app.email_of("dora"), 3).await;
    assert_eq!(app.verify_code(reset_id, method, &code).await.status(), 200);
}

#[tokio::test]
async fn settings_saved_before_the_setting_existed_do_not_count_directory_contacts() {
    let app = TestApp::start().await;
    app.create_user("sol", ADELE_PASSWORD, &[]).await;
    // The stored settings as an older release wrote them: no such field.
    let table = &app.config.tables.directory;
    let key = |k: &str| aws_sdk_dynamodb::types::AttributeValue::S(k.into());
    let stored = app
        .dynamo
        .get_item()
        .table_name(table)
        .key("pk", key("ORG"))
        .key("sk", key("SETTINGS"))
        .send()
        .await
        .unwrap();
    let mut item = stored.item.unwrap();
    let Some(aws_sdk_dynamodb::types::AttributeValue::M(settings)) = item.get_mut("settings") else {
        panic!("settings map")
    };
    let Some(aws_sdk_dynamodb::types::AttributeValue::M(reset)) = settings.get_mut("reset") else {
        panic!("reset map")
    };
    assert!(reset.remove("directory_contacts_count").is_some());
    app.dynamo.put_item().table_name(table).set_item(Some(item)).send().await.unwrap();

    assert!(!app.ports.directory.settings().await.unwrap().reset.directory_contacts_count);
    app.reset_flow("sol").await;
    assert_eq!(last_start_reason(&app, "sol").await.as_deref(), Some("not_registered"));
}
