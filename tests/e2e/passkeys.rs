//! Passkeys end to end: made on the account page, signing in without a
//! password and as an administrator's second step, against the real
//! relying-party checks with a software authenticator. Every refused
//! passkey answers alike, and parallel tries are counted atomically.

use latchkey_adapters::passkeys::soft::SoftAuthenticator;
use latchkey_core::model::audit::Action;
use latchkey_core::model::user::Role;
use latchkey_e2e::test_app::PORTAL;
use latchkey_e2e::{TestApp, problem};
use reqwest::Method;
use serde_json::{Value, json};

use crate::ADELE_PASSWORD;

const ADMIN_PASSWORD: &str = "harbour-violet-anchor-52";

async fn json_of(response: reqwest::Response, status: u16) -> Value {
    let code = response.status().as_u16();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    assert_eq!(code, status, "{body}");
    body
}

/// Makes a passkey named `name` with `authenticator` from a fresh session of `token`.
async fn register(app: &TestApp, token: &str, authenticator: &mut SoftAuthenticator, name: &str) -> Value {
    let begun =
        json_of(app.call(Method::POST, "/v1/me/passkeys/options", token, Some(json!({}))).await, 200).await;
    let response = authenticator.create(&begun["options"].to_string(), PORTAL);
    let body = json!({"ceremony": begun["ceremony"], "response": serde_json::from_str::<Value>(&response).unwrap(), "name": name});
    json_of(app.call(Method::POST, "/v1/me/passkeys", token, Some(body)).await, 201).await
}

/// The options of a passwordless sign-in.
async fn sign_in_options(app: &TestApp) -> Value {
    json_of(app.post_json("/v1/sessions/passkey/options", json!({}), None).await, 200).await
}

async fn sign_in_with(app: &TestApp, begun: &Value, response: &str) -> reqwest::Response {
    let body =
        json!({"ceremony": begun["ceremony"], "response": serde_json::from_str::<Value>(response).unwrap()});
    app.post_json("/v1/sessions/passkey", body, None).await
}

#[tokio::test]
async fn a_passkey_made_on_the_account_page_signs_in_without_a_password_and_is_named_and_removed() {
    let app = TestApp::start().await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let token = app.token("adele", ADELE_PASSWORD).await;
    let mut phone = SoftAuthenticator::new();
    let made = register(&app, &token, &mut phone, "Phone").await;
    assert_eq!(made["name"], "Phone");
    assert!(made["last_used_at"].is_null());
    let mail = app.outbox().to(&app.email_of("adele")).await;
    assert!(
        mail.iter().any(|m| m.subject.as_deref().unwrap_or_default().contains("passkey")),
        "the owner is told"
    );

    let begun = sign_in_options(&app).await;
    assert_eq!(begun["options"]["userVerification"], "required", "{begun}");
    let signed =
        json_of(sign_in_with(&app, &begun, &phone.get(&begun["options"].to_string(), PORTAL)).await, 201)
            .await;
    assert_eq!(signed["user"]["username"], "adele");
    let session = signed["token"].as_str().unwrap();
    let me = json_of(app.call(Method::GET, "/v1/me", session, None).await, 200).await;
    let listed = me["passkeys"].as_array().unwrap();
    assert_eq!(listed.len(), 1);
    assert!(listed[0]["last_used_at"].is_string(), "{me}");
    assert!(!me.to_string().contains("publicKey") && listed[0].get("stored").is_none(), "never key material");

    let id = made["id"].as_str().unwrap();
    let path = format!("/v1/me/passkeys/{id}");
    let renamed =
        json_of(app.call(Method::PATCH, &path, session, Some(json!({"name": " Work phone "}))).await, 200)
            .await;
    assert_eq!(renamed["name"], "Work phone");
    problem(app.call(Method::PATCH, &path, session, Some(json!({"name": ""}))).await, 400, "invalid_request")
        .await;
    assert_eq!(app.call(Method::DELETE, &path, session, None).await.status(), 204);
    problem(app.call(Method::DELETE, &path, session, None).await, 404, "method_not_registered").await;
    let begun = sign_in_options(&app).await;
    let gone = sign_in_with(&app, &begun, &phone.get(&begun["options"].to_string(), PORTAL)).await;
    problem(gone, 401, "invalid_credentials").await;
    let events = app.audit_for(&adele.id).await;
    assert!(
        events
            .iter()
            .any(|e| e.action == Action::MethodRegistered && e.reason_text().as_deref() == Some("passkey"))
    );
    assert!(events.iter().any(|e| e.action == Action::MethodRemoved));
}

/// The outward answer of a refused passwordless sign-in: status and body
/// without the per-request instance.
async fn refusal(response: reqwest::Response) -> (u16, Value) {
    let status = response.status().as_u16();
    let mut body: Value = response.json().await.unwrap();
    body.as_object_mut().unwrap().remove("instance");
    (status, body)
}

#[tokio::test]
async fn replay_another_users_credential_wrong_origin_or_rp_missing_verification_and_unknown_ids_answer_alike()
 {
    let app = TestApp::start().await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.create_user("megan", ADELE_PASSWORD, &[]).await;
    let mut adeles = SoftAuthenticator::new();
    register(&app, &app.token("adele", ADELE_PASSWORD).await, &mut adeles, "Laptop").await;
    let mut megans = SoftAuthenticator::new();
    register(&app, &app.token("megan", ADELE_PASSWORD).await, &mut megans, "Laptop").await;

    // A good one first, then the same answer again.
    let begun = sign_in_options(&app).await;
    let answer = adeles.get(&begun["options"].to_string(), PORTAL);
    json_of(sign_in_with(&app, &begun, &answer).await, 201).await;
    let mut refusals = vec![("replayed", refusal(sign_in_with(&app, &begun, &answer).await).await)];

    // Megan's credential, presented as Adele's.
    let begun = sign_in_options(&app).await;
    let mut crossed: Value =
        serde_json::from_str(&megans.get(&begun["options"].to_string(), PORTAL)).unwrap();
    crossed["response"]["userHandle"] = json!(base64_url(adele.id.as_str().as_bytes()));
    refusals.push(("another user's", refusal(sign_in_with(&app, &begun, &crossed.to_string()).await).await));

    let begun = sign_in_options(&app).await;
    let phished = adeles.get(&begun["options"].to_string(), "https://reset.example.org.evil.test");
    refusals.push(("another origin", refusal(sign_in_with(&app, &begun, &phished).await).await));

    let begun = sign_in_options(&app).await;
    let other_rp = adeles.rp_id(Some("evil.test")).get(&begun["options"].to_string(), PORTAL);
    adeles.rp_id(None);
    refusals.push(("another relying party", refusal(sign_in_with(&app, &begun, &other_rp).await).await));

    let begun = sign_in_options(&app).await;
    let unverified = adeles.user_verified(false).get(&begun["options"].to_string(), PORTAL);
    adeles.user_verified(true);
    refusals.push(("no user verification", refusal(sign_in_with(&app, &begun, &unverified).await).await));

    // A credential Latchkey never saw, naming Adele.
    let mut stranger = SoftAuthenticator::new();
    let begun = sign_in_options(&app).await;
    let mut unknown: Value = serde_json::from_str(&register_elsewhere(&mut stranger, &begun)).unwrap();
    unknown["response"]["userHandle"] = json!(base64_url(adele.id.as_str().as_bytes()));
    refusals
        .push(("unknown credential", refusal(sign_in_with(&app, &begun, &unknown.to_string()).await).await));

    let (_, first) = &refusals[0];
    for (what, (status, body)) in &refusals {
        assert_eq!(*status, 401, "{what}: {body}");
        assert_eq!(body, &first.1, "{what} answers like a replay");
        assert_eq!(body["code"], "invalid_credentials");
    }
    // Adele still signs in with her passkey: nothing above was hers to spend.
    let begun = sign_in_options(&app).await;
    json_of(sign_in_with(&app, &begun, &adeles.get(&begun["options"].to_string(), PORTAL)).await, 201).await;
}

/// An answer from a credential made for another site's options (so
/// Latchkey never registered it), to Latchkey's sign-in options.
fn register_elsewhere(authenticator: &mut SoftAuthenticator, begun: &Value) -> String {
    let options = json!({
        "rp": {"id": "reset.example.org", "name": "x"},
        "user": {"id": base64_url(b"someone"), "name": "x", "displayName": "x"},
        "challenge": base64_url(b"0123456789abcdef"),
        "pubKeyCredParams": [{"type": "public-key", "alg": -7}],
        "authenticatorSelection": {"residentKey": "required", "userVerification": "required"},
    });
    authenticator.create(&options.to_string(), PORTAL);
    authenticator.get(&begun["options"].to_string(), PORTAL)
}

fn base64_url(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

#[tokio::test]
async fn parallel_refused_passkeys_count_against_the_account_atomically() {
    let app = TestApp::start().await;
    app.set_settings(|s| s.lockout.threshold = 3).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let mut adeles = SoftAuthenticator::new();
    register(&app, &app.token("adele", ADELE_PASSWORD).await, &mut adeles, "Laptop").await;
    let mut answers = Vec::new();
    for _ in 0..8 {
        let begun = sign_in_options(&app).await;
        let answer = adeles.user_verified(false).get(&begun["options"].to_string(), PORTAL);
        answers.push((begun, answer));
    }
    let statuses = futures::future::join_all(
        answers
            .iter()
            .map(|(begun, answer)| async { sign_in_with(&app, begun, answer).await.status().as_u16() }),
    )
    .await;
    let refused = statuses.iter().filter(|s| **s == 401).count();
    let locked = statuses.iter().filter(|s| **s == 423).count();
    assert_eq!((refused, locked), (3, 5), "{statuses:?}");
    // The account's lockout is the password's too.
    problem(app.sign_in("adele", ADELE_PASSWORD).await, 423, "account_locked").await;
    assert!(
        app.audit_for(&adele.id).await.iter().any(|e| e.reason_text().as_deref() == Some("passkey_invalid"))
    );
}

#[tokio::test]
async fn an_administrator_proves_the_second_step_with_a_passkey_and_not_with_another_users() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    app.create_user("megan", ADELE_PASSWORD, &[]).await;
    let admin = app.token("boss", ADMIN_PASSWORD).await;
    let mut key = SoftAuthenticator::new();
    register(&app, &admin, &mut key, "Security key").await;
    let mut megans = SoftAuthenticator::new();
    register(&app, &app.token("megan", ADELE_PASSWORD).await, &mut megans, "Laptop").await;

    let step = json_of(app.sign_in("boss", ADMIN_PASSWORD).await, 201).await;
    assert_eq!(step["next"], "authenticator_code");
    assert_eq!(step["second_factors"], json!(["authenticator", "passkey"]), "{step}");
    let pending = step["token"].as_str().unwrap();
    let options = "/v1/sessions/passkey/second-step/options";
    let begun = json_of(app.call(Method::POST, options, pending, None).await, 200).await;
    let wrong = megans.get(&begun["options"].to_string(), PORTAL);
    let body =
        json!({"ceremony": begun["ceremony"], "response": serde_json::from_str::<Value>(&wrong).unwrap()});
    let refused = problem(
        app.call(Method::POST, "/v1/sessions/passkey/second-step", pending, Some(body)).await,
        400,
        "passkey_invalid",
    )
    .await;
    assert!(refused["attempts_left"].is_number());

    let begun = json_of(app.call(Method::POST, options, pending, None).await, 200).await;
    let right = key.get(&begun["options"].to_string(), PORTAL);
    let body =
        json!({"ceremony": begun["ceremony"], "response": serde_json::from_str::<Value>(&right).unwrap()});
    let signed =
        json_of(app.call(Method::POST, "/v1/sessions/passkey/second-step", pending, Some(body)).await, 201)
            .await;
    let session = signed["token"].as_str().unwrap();
    json_of(app.call(Method::GET, "/v1/admin/users", session, None).await, 200).await;
    // The password step's token cannot take the step twice.
    problem(app.call(Method::POST, options, session, None).await, 403, "forbidden").await;
}

/// Sets every plain user's recovery strength to `strength` (as an administrator would in the console).
async fn users_recovery_strength(app: &TestApp, admin: &str, strength: &str) {
    let mut policy = json_of(app.call(Method::GET, "/v1/admin/policy", admin, None).await, 200).await;
    assert_eq!(policy["recovery_strength"]["admin"], "two_methods", "the administrators' default");
    policy["recovery_strength"]["user"] = json!(strength);
    let body = json!({"policy": policy, "accept_impact": true});
    json_of(app.call(Method::PUT, "/v1/admin/policy", admin, Some(body)).await, 200).await;
}

/// Asks a reset flow's passkey challenge and answers it with `response` made by `answer`.
async fn prove_reset(app: &TestApp, flow: &Value, answer: impl FnOnce(&str) -> String) -> reqwest::Response {
    let reset_id = flow["reset_id"].as_str().unwrap();
    let method = flow["methods"].as_array().unwrap().iter().find(|m| m["kind"] == "passkey").unwrap();
    let challenged = json_of(app.challenge(reset_id, method["id"].as_str().unwrap()).await, 202).await;
    let begun = &challenged["passkey"];
    assert_eq!(begun["options"]["userVerification"], "required", "{challenged}");
    assert!(begun["options"].get("allowCredentials").is_none_or(|c| c.as_array().unwrap().is_empty()));
    let response: Value = serde_json::from_str(&answer(&begun["options"].to_string())).unwrap();
    let body =
        json!({"method_id": method["id"], "passkey": {"ceremony": begun["ceremony"], "response": response}});
    app.post_json(&format!("/v1/resets/{reset_id}/verifications"), body, None).await
}

#[tokio::test]
async fn under_phishing_resistant_only_a_passkey_is_the_one_way_to_reset_and_a_phishing_page_gets_nothing() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.create_user("megan", ADELE_PASSWORD, &[]).await;
    let mut phone = SoftAuthenticator::new();
    register(&app, &app.token("adele", ADELE_PASSWORD).await, &mut phone, "Phone").await;
    let boss = app.token("boss", ADMIN_PASSWORD).await;
    users_recovery_strength(&app, &boss, "phishing_resistant").await;

    let flow = app.reset_flow("adele").await;
    let kinds: Vec<&Value> = flow["methods"].as_array().unwrap().iter().map(|m| &m["kind"]).collect();
    assert_eq!((kinds, &flow["required"]), (vec![&json!("passkey")], &json!(1)), "{flow}");
    // Megan holds no passkey: her flow looks the same and nothing proves it.
    let megans = app.reset_flow("megan").await;
    assert_eq!(megans["methods"].as_array().unwrap().len(), 1);
    assert_eq!(megans["methods"][0]["kind"], "passkey");
    let refused = prove_reset(&app, &megans, |options| phone.get(options, PORTAL)).await;
    assert_eq!(problem(refused, 400, "passkey_invalid").await["code"], "passkey_invalid");

    // A phishing page's origin proves nothing, and costs a try.
    let phished = prove_reset(&app, &flow, |o| phone.get(o, "https://reset.example.org.evil.test")).await;
    let body = problem(phished, 400, "passkey_invalid").await;
    assert!(body["attempts_left"].as_u64().is_some(), "{body}");
    let proven = json_of(prove_reset(&app, &flow, |o| phone.get(o, PORTAL)).await, 200).await;
    assert_eq!(proven["remaining"], 0, "{proven}");
    let reset_id = flow["reset_id"].as_str().unwrap();
    let set = app
        .post_json(
            &format!("/v1/resets/{reset_id}/password"),
            json!({"new_password": crate::NEW_PASSWORD}),
            None,
        )
        .await;
    assert_eq!(set.status(), 204);
    assert_eq!(app.sign_in("adele", crate::NEW_PASSWORD).await.status(), 201);
    let events = app.audit_for(&adele.id).await;
    assert!(events.iter().any(|e| e.action == Action::ResetMethodVerified
        && e.methods == vec![latchkey_core::model::methods::MethodKind::Passkey]));
}

#[tokio::test]
async fn the_insights_count_sign_ins_by_how_they_were_proven() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let adele = app.token("adele", ADELE_PASSWORD).await;
    let mut phone = SoftAuthenticator::new();
    register(&app, &adele, &mut phone, "Phone").await;
    for _ in 0..2 {
        let begun = sign_in_options(&app).await;
        json_of(sign_in_with(&app, &begun, &phone.get(&begun["options"].to_string(), PORTAL)).await, 201)
            .await;
    }
    // The administrator's sign-in proves an authenticator code after the password.
    let boss = app.token("boss", ADMIN_PASSWORD).await;
    let insights = json_of(app.call(Method::GET, "/v1/reports/insights", &boss, None).await, 200).await;
    let count = |key: &str| {
        let rows = insights["sign_ins_by_method"].as_array().unwrap();
        rows.iter().find(|r| r["key"] == key).map(|r| r["count"].as_u64().unwrap())
    };
    assert_eq!(count("password"), Some(1), "{insights}");
    assert_eq!(count("passkey"), Some(2), "{insights}");
    assert_eq!(count("password_and_authenticator"), Some(1), "{insights}");
    assert_eq!(count("password_and_passkey"), Some(0), "every method is listed");
    assert_eq!(count("access_pass"), Some(0));
}

/// Saves the policy's passkey models as `rule` over `aaguids`.
async fn passkey_models(app: &TestApp, admin: &str, rule: &str, aaguids: &[&str]) -> reqwest::Response {
    let mut policy = json_of(app.call(Method::GET, "/v1/admin/policy", admin, None).await, 200).await;
    policy["passkey_models"] = json!({"rule": rule, "aaguids": aaguids});
    let body = json!({"policy": policy, "accept_impact": true});
    app.call(Method::PUT, "/v1/admin/policy", admin, Some(body)).await
}

/// Tries to make a passkey with `authenticator` on `token`'s account page.
async fn try_register(
    app: &TestApp,
    token: &str,
    authenticator: &mut SoftAuthenticator,
) -> reqwest::Response {
    let path = "/v1/me/passkeys/options";
    let begun = json_of(app.call(Method::POST, path, token, Some(json!({}))).await, 200).await;
    let response: Value =
        serde_json::from_str(&authenticator.create(&begun["options"].to_string(), PORTAL)).unwrap();
    let body = json!({"ceremony": begun["ceremony"], "response": response, "name": "Key"});
    app.call(Method::POST, "/v1/me/passkeys", token, Some(body)).await
}

#[tokio::test]
async fn an_allow_or_block_list_of_authenticator_models_decides_which_new_passkeys_are_kept() {
    use latchkey_adapters::passkeys::soft::SOFT_AAGUID;
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let boss = app.token("boss", ADMIN_PASSWORD).await;
    let adele = app.token("adele", ADELE_PASSWORD).await;
    let soft = latchkey_core::model::passkeys::aaguid_text(&SOFT_AAGUID);

    let other = "cb69481e-8ff7-4039-93ec-0a2729a154a8";
    assert_eq!(passkey_models(&app, &boss, "allow", &[other]).await.status(), 200);
    problem(
        try_register(&app, &adele, &mut SoftAuthenticator::new()).await,
        403,
        "passkey_model_not_allowed",
    )
    .await;
    // A model that names none could be anything: refused while a list is in force.
    let unnamed = try_register(&app, &adele, SoftAuthenticator::new().aaguid([0; 16])).await;
    problem(unnamed, 403, "passkey_model_not_allowed").await;

    let upper = soft.to_uppercase();
    assert_eq!(passkey_models(&app, &boss, "block", &[&upper]).await.status(), 200, "any case");
    problem(
        try_register(&app, &adele, &mut SoftAuthenticator::new()).await,
        403,
        "passkey_model_not_allowed",
    )
    .await;
    assert_eq!(passkey_models(&app, &boss, "allow", &[other, &soft]).await.status(), 200);
    let kept = json_of(try_register(&app, &adele, &mut SoftAuthenticator::new()).await, 201).await;
    assert_eq!(kept["authenticator_model"], soft.as_str());

    problem(passkey_models(&app, &boss, "allow", &["not-an-aaguid"]).await, 400, "invalid_request").await;
    problem(passkey_models(&app, &boss, "block", &[]).await, 400, "invalid_request").await;
    let policy = json_of(app.call(Method::GET, "/v1/admin/policy", &boss, None).await, 200).await;
    assert_eq!(policy["passkey_models"]["rule"], "allow", "a refused change changes nothing");
}
