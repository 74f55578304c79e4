//! Spend guardrails for texts and calls: a country allowlist for numbers
//! (registration, office phones, resets), a daily cap per number and one for
//! the organisation; a capped user is pointed to their other methods, and a
//! decoy is capped exactly like a real user. Administrators set them, audited.

use latchkey_core::model::user::Role;
use latchkey_core::model::values::E164;
use latchkey_e2e::{TestApp, problem};
use reqwest::Method;
use serde_json::{Value, json};

use crate::ADELE_PASSWORD;

const US: &str = "+12025550143";
const UK: &str = "+447400123456";

async fn set_telephony(app: &TestApp, token: &str, body: Value) -> reqwest::Response {
    app.call(Method::PUT, "/v1/admin/telephony", token, Some(body)).await
}

fn method(flow: &Value, kind: &str) -> Option<String> {
    flow["methods"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["kind"] == kind)
        .map(|m| m["id"].as_str().unwrap().into())
}

#[tokio::test]
async fn administrators_set_the_guardrails_audited_and_bad_values_change_nothing() {
    let app = TestApp::start().await;
    let boss = app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    // Administrators prove two methods: keep the boss's phone inside the allowlists below.
    app.edit_user(&boss.id, |u| u.phones = vec![E164::parse(UK).unwrap()]).await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let token = app.token("boss", ADELE_PASSWORD).await;
    let user_token = app.token("adele", ADELE_PASSWORD).await;
    let current: Value =
        app.call(Method::GET, "/v1/admin/telephony", &token, None).await.json().await.unwrap();
    assert_eq!(
        current,
        json!({"allowed_countries": [], "per_number_per_day": 10, "organisation_per_day": 1000})
    );

    let rules =
        json!({"allowed_countries": ["us", "GB"], "per_number_per_day": 3, "organisation_per_day": 50});
    problem(set_telephony(&app, &user_token, json!({"telephony": rules})).await, 403, "forbidden").await;
    let unknown = json!({"telephony": {"allowed_countries": ["XX"], "per_number_per_day": 3, "organisation_per_day": 50}});
    assert_eq!(
        problem(set_telephony(&app, &token, unknown).await, 400, "invalid_request").await["field"],
        "allowed_countries"
    );
    let zero =
        json!({"telephony": {"allowed_countries": [], "per_number_per_day": 0, "organisation_per_day": 50}});
    assert_eq!(
        problem(set_telephony(&app, &token, zero).await, 400, "invalid_request").await["field"],
        "per_number_per_day"
    );
    let unchanged: Value =
        app.call(Method::GET, "/v1/admin/telephony", &token, None).await.json().await.unwrap();
    assert_eq!(unchanged, current, "bad input changed nothing");

    assert_eq!(set_telephony(&app, &token, json!({"telephony": rules})).await.status(), 200);
    let saved: Value = app.call(Method::GET, "/v1/admin/telephony", &token, None).await.json().await.unwrap();
    assert_eq!(saved["allowed_countries"], json!(["GB", "US"]), "normalised");
    // Settings events name no user; the trail holds the administrator and what changed.
    let dump = app.dump_tables().await;
    assert!(dump.contains("telephony; countries GB US; 3 per number, 50 per organisation a day"), "audited");
    assert!(dump.contains(boss.id.as_str()));
}

#[tokio::test]
async fn numbers_outside_the_allowlist_are_neither_registered_nor_offered_nor_called() {
    let app = TestApp::start().await;
    let boss = app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    app.edit_user(&boss.id, |u| u.phones = vec![E164::parse(UK).unwrap()]).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.edit_user(&adele.id, |u| u.phones = vec![E164::parse(US).unwrap()]).await;
    let admin = app.token("boss", ADELE_PASSWORD).await;
    let uk_only = json!({"telephony": {"allowed_countries": ["GB"], "per_number_per_day": 10, "organisation_per_day": 1000}});
    // Adele can reset by email, so she keeps self-service: nobody is stranded.
    assert_eq!(set_telephony(&app, &admin, uk_only).await.status(), 200);

    let flow = app.reset_flow("adele").await;
    assert_eq!(method(&flow, "sms"), None, "a US number is not offered under a GB-only allowlist");
    assert!(method(&flow, "email").is_some());

    let token = app.token("adele", ADELE_PASSWORD).await;
    let us = app.call(Method::PUT, "/v1/me/methods/mobile", &token, Some(json!({"phone": US}))).await;
    assert_eq!(problem(us, 422, "phone_country_not_allowed").await["field"], "phone");
    assert!(app.outbox().to(US).await.is_empty(), "nothing was sent");
    let uk = app.call(Method::PUT, "/v1/me/methods/mobile", &token, Some(json!({"phone": UK}))).await;
    assert_eq!(uk.status(), 202);

    let office = app
        .call(
            Method::PUT,
            &format!("/v1/admin/users/{}/office-phone", adele.id),
            &admin,
            Some(json!({"phone": US})),
        )
        .await;
    problem(office, 422, "phone_country_not_allowed").await;
}

#[tokio::test]
async fn an_allowlist_that_would_strand_users_is_refused_until_accepted() {
    let app = TestApp::start().await;
    let boss = app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    app.edit_user(&boss.id, |u| u.phones = vec![E164::parse(UK).unwrap()]).await;
    let mara = app.create_user("mara", ADELE_PASSWORD, &[]).await;
    // Mara's only method is her US mobile.
    app.edit_user(&mara.id, |u| {
        u.emails.clear();
        u.phones = vec![E164::parse(US).unwrap()];
    })
    .await;
    app.set_settings(|s| {
        s.registration.methods_allowed.remove(&latchkey_core::model::methods::MethodKind::Voice);
    })
    .await;
    let admin = app.token("boss", ADELE_PASSWORD).await;
    let uk_only =
        json!({"allowed_countries": ["GB"], "per_number_per_day": 10, "organisation_per_day": 1000});
    let refused = set_telephony(&app, &admin, json!({"telephony": uk_only})).await;
    assert_eq!(problem(refused, 409, "policy_strands_users").await["affected_users"], 1);
    let accepted = set_telephony(&app, &admin, json!({"telephony": uk_only, "accept_impact": true})).await;
    assert_eq!(accepted.status(), 200);
}

#[tokio::test]
async fn a_number_over_its_daily_cap_points_the_user_to_their_other_methods() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.set_settings(|s| s.telephony.per_number_per_day = 2).await;
    let phone = app.phone_of("adele");
    for sent in 1..=2 {
        let flow = app.reset_flow("adele").await;
        let sms = method(&flow, "sms").unwrap();
        assert_eq!(app.challenge(flow["reset_id"].as_str().unwrap(), &sms).await.status(), 202);
        app.outbox().nth_to(&phone, sent - 1).await;
    }
    let flow = app.reset_flow("adele").await;
    let reset_id = flow["reset_id"].as_str().unwrap();
    let capped = app.challenge(reset_id, &method(&flow, "sms").unwrap()).await;
    assert!(capped.headers().contains_key("retry-after"));
    let body = problem(capped, 429, "phone_limit_reached").await;
    let email = method(&flow, "email").unwrap();
    assert_eq!(body["alternatives"], json!([email]), "the other methods are offered");
    // A call to the same number is the same number's cap.
    if let Some(voice) = method(&flow, "voice") {
        problem(app.challenge(reset_id, &voice).await, 429, "phone_limit_reached").await;
    }
    assert_eq!(app.challenge(reset_id, &email).await.status(), 202, "email still works");
    assert_eq!(app.outbox().to(&phone).await.len(), 2, "no third text");
}

#[tokio::test]
async fn the_organisation_cap_stops_texts_to_every_number_and_decoys_are_capped_alike() {
    let app = TestApp::start().await;
    for name in ["adele", "alex", "ana"] {
        app.create_user(name, ADELE_PASSWORD, &[]).await;
    }
    app.set_settings(|s| {
        s.telephony.organisation_per_day = 2;
        s.registration.methods_allowed.remove(&latchkey_core::model::methods::MethodKind::Voice);
    })
    .await;
    let mut statuses = Vec::new();
    for name in ["adele", "alex", "ana", "nobody-here"] {
        let flow = app.reset_flow(name).await;
        let sms = method(&flow, "sms").unwrap();
        let response = app.challenge(flow["reset_id"].as_str().unwrap(), &sms).await;
        statuses.push(response.status().as_u16());
        if response.status() == 429 {
            let body = problem(response, 429, "phone_limit_reached").await;
            assert_eq!(body["alternatives"], json!([method(&flow, "email").unwrap()]), "{name}");
        }
    }
    assert_eq!(statuses, vec![202, 202, 429, 429], "a decoy is capped like a real user");
    assert!(app.outbox().to(&app.phone_of("ana")).await.is_empty());

    // Per number, a decoy behaves as a real user does too.
    let app = TestApp::start().await;
    app.set_settings(|s| s.telephony.per_number_per_day = 1).await;
    let first = app.reset_flow("ghost").await;
    let sms = method(&first, "sms").unwrap();
    assert_eq!(app.challenge(first["reset_id"].as_str().unwrap(), &sms).await.status(), 202);
    let again = app.reset_flow("ghost").await;
    let sms = method(&again, "sms").unwrap();
    problem(app.challenge(again["reset_id"].as_str().unwrap(), &sms).await, 429, "phone_limit_reached").await;
}
