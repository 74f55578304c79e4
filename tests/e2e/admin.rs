//! The administrators' policies over HTTP: the reset policy and the password
//! and lockout rules — reading, previewing and saving them, the impact reports,
//! concurrent saves, and the notice sent when an administrator resets their
//! own password.

use latchkey_core::model::audit::Action;
use latchkey_core::model::user::Role;
use latchkey_e2e::{TestApp, TestOptions, problem};
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

async fn password_policy(app: &TestApp, token: &str) -> Value {
    let response = app.call(Method::GET, "/v1/admin/password-policy", token, None).await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

async fn put_password_policy(app: &TestApp, token: &str, policy: &Value, accept: bool) -> reqwest::Response {
    let body = json!({"policy": policy, "accept_impact": accept});
    app.call(Method::PUT, "/v1/admin/password-policy", token, Some(body)).await
}

#[tokio::test]
async fn password_and_lockout_rules_are_checked_saved_and_enforced() {
    let app = TestApp::start().await;
    app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    let _adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let user_token = app.token("adele", ADELE_PASSWORD).await;
    problem(app.call(Method::GET, "/v1/admin/password-policy", &user_token, None).await, 403, "forbidden")
        .await;
    let token = app.token("boss", ADELE_PASSWORD).await;

    let mut rules = password_policy(&app, &token).await;
    assert_eq!(
        rules,
        json!({"min_length": 12, "history": 1, "custom_banned": [], "max_age_days": null,
            "lockout_threshold": 10, "lockout_seconds": 60, "lockout_max_seconds": 86400,
            "breached_mode": "enforce", "breached_min_count": 1, "breached_at_sign_in": "enforce",
            "expiry_reminder_days": [14, 7, 3, 1], "expiry_reminder_sms": false})
    );

    // Bad values are named and change nothing.
    for (field, value) in [
        ("min_length", json!(6)),
        ("history", json!(30)),
        ("custom_banned", json!(["ab"])),
        ("lockout_threshold", json!(0)),
        ("lockout_max_seconds", json!(10)),
    ] {
        let mut bad = rules.clone();
        bad[field] = value;
        let refused = put_password_policy(&app, &token, &bad, true).await;
        assert_eq!(problem(refused, 400, "invalid_request").await["field"], field);
    }
    let mut unknown = rules.clone();
    unknown["min_lenght"] = json!(20);
    problem(put_password_policy(&app, &token, &unknown, true).await, 400, "invalid_request").await;
    assert_eq!(password_policy(&app, &token).await, rules, "nothing saved");

    rules["min_length"] = json!(22);
    rules["custom_banned"] = json!(["  HarborLights ", "velvetsummit", "harborlights"]);
    rules["lockout_threshold"] = json!(3);
    let saved = put_password_policy(&app, &token, &rules, false).await;
    assert_eq!(saved.status(), 200);
    let now = password_policy(&app, &token).await;
    assert_eq!(now["min_length"], 22);
    assert_eq!(now["custom_banned"], json!(["harborlights", "velvetsummit"]), "trimmed, folded, once");
    let config: Value = app.get("/v1/config/public").await.json().await.unwrap();
    assert_eq!(config["password_rules"]["min_length"], 22, "the portal shows the new rule");

    // The current password still signs in: rules apply at the next change.
    assert_eq!(app.sign_in("adele", ADELE_PASSWORD).await.status(), 201);
    // The next change meets them: too short, then made of the organisation's banned words.
    let reasons = async |new: &str| -> Vec<String> {
        let rejected = app.change_password(&user_token, ADELE_PASSWORD, new).await;
        let body = problem(rejected, 422, "password_rejected").await;
        body["reasons"].as_array().unwrap().iter().map(|r| r["rule"].as_str().unwrap().to_owned()).collect()
    };
    assert_eq!(reasons(NEW_PASSWORD).await, ["min_length"], "21 characters");
    assert_eq!(reasons("Harb0rLights-VelvetSummit").await, ["banned"]);
    let long = "quiet lanterns drift over the bay";
    assert_eq!(app.change_password(&user_token, ADELE_PASSWORD, long).await.status(), 204);

    // Three failures now lock the account.
    for _ in 0..3 {
        assert_eq!(app.sign_in("adele", "not-the-password-at-all").await.status(), 401);
    }
    problem(app.sign_in("adele", long).await, 423, "account_locked").await;
    let audit = app.dump_tables().await;
    assert!(audit.contains("password_policy; 0 more passwords expired"), "the change is audited");
}

#[tokio::test]
async fn a_maximum_age_that_expires_passwords_is_reported_before_it_is_saved() {
    let app = TestApp::start_with(TestOptions { manual_clock: true, ..Default::default() }).await;
    app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.clock.as_ref().unwrap().advance(chrono::Duration::days(40));
    app.create_user("alex", ADELE_PASSWORD, &[]).await;
    let token = app.token("boss", ADELE_PASSWORD).await;

    let mut rules = password_policy(&app, &token).await;
    rules["max_age_days"] = json!(30);
    let preview =
        app.call(Method::POST, "/v1/admin/password-policy/preview", &token, Some(rules.clone())).await;
    let preview: Value = preview.json().await.unwrap();
    let expiry = [&preview["users"], &preview["expired_before"], &preview["expired_after"]];
    assert_eq!(expiry, [3, 0, 2], "boss and adele, not alex: {preview}");
    let refused = put_password_policy(&app, &token, &rules, false).await;
    assert_eq!(problem(refused, 409, "policy_expires_passwords").await["affected_users"], 2);
    let signed: Value = app.sign_in("adele", ADELE_PASSWORD).await.json().await.unwrap();
    assert_ne!(signed["next"], "change_password", "nothing saved");

    assert_eq!(put_password_policy(&app, &token, &rules, true).await.status(), 200);
    let signed: Value = app.sign_in("adele", ADELE_PASSWORD).await.json().await.unwrap();
    assert_eq!(signed["next"], "change_password");
    let signed: Value = app.sign_in("alex", ADELE_PASSWORD).await.json().await.unwrap();
    assert_ne!(signed["next"], "change_password");
}

#[tokio::test]
async fn two_administrators_saving_at_once_keep_both_changes() {
    let app = TestApp::start().await;
    app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    let token = app.token("boss", ADELE_PASSWORD).await;
    let mut reset = policy(&app, &token).await;
    let mut rules = password_policy(&app, &token).await;
    // Each round saves both policies at the same moment; a save that overwrote
    // the whole settings with stale values would undo the other one.
    for round in 0..4u32 {
        reset["reconfirm_days"] = json!(100 + round);
        rules["min_length"] = json!(13 + round);
        let body = json!({"policy": reset.clone(), "accept_impact": true});
        let (a, b) = tokio::join!(
            app.call(Method::PUT, "/v1/admin/policy", &token, Some(body)),
            put_password_policy(&app, &token, &rules, true),
        );
        assert_eq!((a.status().as_u16(), b.status().as_u16()), (200, 200));
        assert_eq!(policy(&app, &token).await["reconfirm_days"], 100 + round);
        assert_eq!(password_policy(&app, &token).await["min_length"], 13 + round);
    }
}

#[tokio::test]
async fn only_an_administrator_sets_an_office_phone_and_it_takes_code_calls() {
    let app = TestApp::start().await;
    let boss = app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.edit_user(&adele.id, |u| u.phones.clear()).await;
    app.set_settings(|s| {
        s.registration.methods_allowed.insert(latchkey_core::model::methods::MethodKind::Voice);
    })
    .await;
    let office = app.phone_of("adele");
    let path = format!("/v1/admin/users/{}/office-phone", adele.id);
    let body = json!({"phone": office});
    let user_token = app.token("adele", ADELE_PASSWORD).await;
    problem(app.call(Method::PUT, &path, &user_token, Some(body.clone())).await, 403, "forbidden").await;

    let token = app.token("boss", ADELE_PASSWORD).await;
    let detail = format!("/v1/admin/users/{}", adele.id);
    let find = async || app.call(Method::GET, &detail, &token, None).await;
    let found: Value = find().await.json().await.unwrap();
    assert_eq!(found["id"], adele.id.to_string());
    assert_eq!(found["methods"].as_array().unwrap().len(), 1, "email only: {found}");
    let bad = app.call(Method::PUT, &path, &token, Some(json!({"phone": "0425 555 0100"}))).await;
    assert_eq!(problem(bad, 400, "invalid_request").await["field"], "phone");
    let nobody =
        app.call(Method::PUT, "/v1/admin/users/nobody/office-phone", &token, Some(body.clone())).await;
    problem(nobody, 404, "user_not_found").await;
    assert!(app.user(&adele.id).await.registration.office_phone.is_none(), "nothing set");

    assert_eq!(app.call(Method::PUT, &path, &token, Some(body)).await.status(), 204);
    let found: Value = find().await.json().await.unwrap();
    let methods = found["methods"].as_array().unwrap();
    assert!(methods.iter().any(|m| m["kind"] == "voice" && m["source"] == "admin"), "{found}");
    assert_eq!(found["office_phone"], office.as_str(), "the detail names the number");
    let events = app.audit_for(&adele.id).await;
    let set = events.iter().find(|e| e.reason_text().as_deref() == Some("office_phone")).expect("audited");
    assert_eq!((set.action, set.actor.as_ref()), (Action::MethodRegistered, Some(&boss.id)));

    // A reset can now prove the office phone by a call.
    let flow = app.reset_flow("adele").await;
    let reset_id = flow["reset_id"].as_str().unwrap();
    let voice =
        flow["methods"].as_array().unwrap().iter().find(|m| m["kind"] == "voice").expect("voice offered");
    let voice = voice["id"].as_str().unwrap();
    assert_eq!(app.challenge(reset_id, voice).await.status(), 202);
    let (to, _, code) = app.last_call();
    assert_eq!(to, office);
    assert_eq!(app.verify_code(reset_id, voice, &code).await.status(), 200);

    assert_eq!(app.call(Method::DELETE, &path, &token, None).await.status(), 204);
    assert!(app.user(&adele.id).await.registration.office_phone.is_none());
    let flow = app.reset_flow("adele").await;
    assert!(flow["methods"].as_array().unwrap().iter().all(|m| m["kind"] != "voice"), "{flow}");
}

#[tokio::test]
async fn custom_security_questions_are_offered_answered_and_removed_only_knowingly() {
    let app = TestApp::start().await;
    app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    // Questions are the only method: a user short of answers cannot reset at all.
    app.set_settings(|s| {
        s.registration.methods_allowed = [latchkey_core::model::methods::MethodKind::Questions].into();
    })
    .await;
    let token = app.token("boss", ADELE_PASSWORD).await;
    let path = "/v1/admin/security-questions";
    let put = async |body: Value| app.call(Method::PUT, path, &token, Some(body)).await;
    let user_token = app.token("adele", ADELE_PASSWORD).await;
    problem(app.call(Method::GET, path, &user_token, None).await, 403, "forbidden").await;

    let bad = put(json!({"questions": [{"text": "Short?"}]})).await;
    assert_eq!(problem(bad, 400, "invalid_request").await["field"], "questions");
    let unknown =
        put(json!({"questions": [{"id": "c12345678", "text": "Which office did you start in?"}]})).await;
    problem(unknown, 400, "invalid_request").await;
    let listed: Value = app.call(Method::GET, path, &token, None).await.json().await.unwrap();
    assert_eq!(listed, json!({"questions": []}), "nothing saved");

    let saved = put(json!({"questions": [
        {"text": "Which office did you  start in?"}, {"text": "What was your first team called?"}]}))
    .await;
    assert_eq!(saved.status(), 200);
    let saved: Value = saved.json().await.unwrap();
    assert_eq!(saved["questions"][0]["text"], "Which office did you start in?", "spacing tidied");
    let (office, team) = (saved["questions"][0]["id"].clone(), saved["questions"][1]["id"].clone());
    assert_ne!(office, team);
    assert_eq!(saved["impact"]["losing"], 0);

    // Offered in every language, after the predefined ones.
    let catalogue = app.security_questions("ja").await;
    let offered = catalogue["questions"].as_array().unwrap();
    assert!(offered.iter().any(|q| q["id"] == office && q["text"] == "Which office did you start in?"));

    let answers = json!({"answers": [{"question_id": "q01", "answer": "Lisbon"},
        {"question_id": "q02", "answer": "Rex"}, {"question_id": office, "answer": "Reading"}]});
    let registered = app.call(Method::PUT, "/v1/me/security-questions", &user_token, Some(answers)).await;
    assert_eq!(registered.status(), 204);
    let flow = app.reset_flow("adele").await;
    assert_eq!(flow["methods"][0]["hint"], "3 security questions", "{flow}");

    // Correcting the wording keeps the id and the answers; removing an
    // unanswered question costs nobody anything.
    let reworded = json!({"questions": [{"id": office, "text": "In which office did you start?"}]});
    let kept = put(reworded.clone()).await;
    assert_eq!(kept.status(), 200);
    let kept: Value = kept.json().await.unwrap();
    assert_eq!(kept["questions"], json!([{"id": office, "text": "In which office did you start?"}]));

    // Removing the answered one leaves adele two answers short of three.
    let preview =
        app.call(Method::POST, &format!("{path}/preview"), &token, Some(json!({"questions": []}))).await;
    let preview: Value = preview.json().await.unwrap();
    assert_eq!((preview["eligible_before"].clone(), preview["losing"].clone()), (json!(1), json!(1)));
    let refused = put(json!({"questions": []})).await;
    assert_eq!(problem(refused, 409, "policy_strands_users").await["affected_users"], 1);
    let listed: Value = app.call(Method::GET, path, &token, None).await.json().await.unwrap();
    assert_eq!(listed, reworded, "nothing saved");

    let accepted = put(json!({"questions": [], "accept_impact": true})).await;
    assert_eq!(accepted.status(), 200);
    let me: Value = app.call(Method::GET, "/v1/me", &user_token, None).await.json().await.unwrap();
    assert!(me["methods"].as_array().unwrap().iter().all(|m| m["kind"] != "questions"), "{me}");
    assert_eq!(me["registration"]["state"], "incomplete", "{me}");
    assert!(app.dump_tables().await.contains("security_questions; 0 custom; 1 users lose eligibility"));
}

#[tokio::test]
async fn an_administrator_exempts_one_user_from_the_maximum_password_age() {
    let app = TestApp::start_with(TestOptions { manual_clock: true, ..Default::default() }).await;
    let boss = app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    // The administrator's own password must outlive the forty days below: an
    // expired one limits their session to changing it.
    app.edit_user(&boss.id, |u| u.password_never_expires = true).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.create_user("alex", ADELE_PASSWORD, &[]).await;
    app.set_settings(|s| s.password.max_age_days = Some(30)).await;
    let token = app.token("boss", ADELE_PASSWORD).await;
    let path = format!("/v1/admin/users/{}/password-expiry", adele.id);
    let user_token = app.token("adele", ADELE_PASSWORD).await;
    let exempt = json!({"never_expires": true});
    problem(app.call(Method::PUT, &path, &user_token, Some(exempt.clone())).await, 403, "forbidden").await;
    let bad = app.call(Method::PUT, &path, &token, Some(json!({"never_expires": "yes"}))).await;
    problem(bad, 400, "invalid_request").await;
    let nobody = "/v1/admin/users/nobody/password-expiry";
    problem(app.call(Method::PUT, nobody, &token, Some(exempt.clone())).await, 404, "user_not_found").await;
    let me: Value = app.call(Method::GET, "/v1/me", &user_token, None).await.json().await.unwrap();
    let at = |v: &Value| serde_json::from_value::<chrono::DateTime<chrono::Utc>>(v.clone()).unwrap();
    let (changed_at, expires_at) = (at(&me["password"]["changed_at"]), at(&me["password"]["expires_at"]));
    assert_eq!(expires_at, changed_at + chrono::Duration::days(30), "{me}");
    assert_eq!(me["password"]["never_expires"], false);

    assert_eq!(app.call(Method::PUT, &path, &token, Some(exempt)).await.status(), 204);
    let found: Value = app
        .call(Method::GET, &format!("/v1/admin/users/{}", adele.id), &token, None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (found["password"]["expires_at"].clone(), found["password"]["never_expires"].clone()),
        (Value::Null, json!(true))
    );
    let events = app.audit_for(&adele.id).await;
    assert!(
        events.iter().any(|e| e.action == Action::UserUpdated
            && e.reason_text().as_deref() == Some("password_never_expires")),
        "audited"
    );

    // Forty days on: alex must change at sign-in, adele need not.
    app.clock.as_ref().unwrap().advance(chrono::Duration::days(40));
    let signed: Value = app.sign_in("alex", ADELE_PASSWORD).await.json().await.unwrap();
    assert_eq!(signed["next"], "change_password");
    let signed: Value = app.sign_in("adele", ADELE_PASSWORD).await.json().await.unwrap();
    assert_ne!(signed["next"], "change_password", "{signed}");

    // Ending the exemption expires her forty-day-old password at once.
    let token = app.token("boss", ADELE_PASSWORD).await;
    let ended = app.call(Method::PUT, &path, &token, Some(json!({"never_expires": false}))).await;
    assert_eq!(ended.status(), 204);
    let signed: Value = app.sign_in("adele", ADELE_PASSWORD).await.json().await.unwrap();
    assert_eq!(signed["next"], "change_password");
}
