//! Sessions and their keys: a password change ends the user's other
//! sessions, a session that must change the password can do nothing else,
//! and the signing key rotates with both keys verifying in the overlap.

use std::sync::Arc;

use latchkey_api::{ParameterKeys, Tokens};
use latchkey_e2e::{TestApp, problem};
use latchkey_infra::keys::{self, KeyParameters};
use reqwest::Method;

use crate::{ADELE_PASSWORD, NEW_PASSWORD};

#[tokio::test]
async fn a_password_change_ends_the_other_sessions_and_keeps_this_one() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let here = app.token("adele", ADELE_PASSWORD).await;
    let elsewhere = app.token("adele", ADELE_PASSWORD).await;
    assert_eq!(app.call(Method::GET, "/v1/me", &elsewhere, None).await.status(), 200);

    assert_eq!(app.change_password(&here, ADELE_PASSWORD, NEW_PASSWORD).await.status(), 204);
    problem(app.call(Method::GET, "/v1/me", &elsewhere, None).await, 401, "unauthorized").await;
    assert_eq!(
        app.call(Method::GET, "/v1/me", &here, None).await.status(),
        200,
        "the changing session goes on"
    );

    // A second change from the kept session ends the sessions signed in since.
    let later = app.token("adele", NEW_PASSWORD).await;
    assert_eq!(app.change_password(&here, NEW_PASSWORD, ADELE_PASSWORD).await.status(), 204);
    problem(app.call(Method::GET, "/v1/me", &later, None).await, 401, "unauthorized").await;
    assert_eq!(app.call(Method::GET, "/v1/me", &here, None).await.status(), 200);
}

#[tokio::test]
async fn a_reset_ends_every_session_even_the_one_a_change_kept() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let kept = app.token("adele", ADELE_PASSWORD).await;
    assert_eq!(app.change_password(&kept, ADELE_PASSWORD, NEW_PASSWORD).await.status(), 204);
    let flow = app.reset_flow("adele").await;
    let reset_id = flow["reset_id"].as_str().unwrap();
    let sms = flow["methods"].as_array().unwrap().iter().find(|m| m["kind"] == "sms").unwrap();
    let sms = sms["id"].as_str().unwrap();
    assert_eq!(app.challenge(reset_id, sms).await.status(), 202);
    // The phone's first message was the change notice; the code is the second.
    let code = app.outbox().code_for(&app.phone_of("adele"), 2).await;
    assert_eq!(app.verify_code(reset_id, sms, &code).await.status(), 200);
    assert_eq!(app.reset_password(reset_id, "quartz lantern fable 31").await.status(), 204);
    problem(app.call(Method::GET, "/v1/me", &kept, None).await, 401, "unauthorized").await;
}

#[tokio::test]
async fn a_session_that_must_change_the_password_can_only_change_it() {
    let app = TestApp::start().await;
    let user = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.edit_user(&user.id, |u| u.must_change_password = true).await;
    let response = app.sign_in("adele", ADELE_PASSWORD).await;
    assert_eq!(response.status(), 201);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["next"], "change_password");
    let limited = body["token"].as_str().unwrap().to_owned();

    // Everything but the change is refused, by the server, whatever the client does.
    problem(app.call(Method::GET, "/v1/me", &limited, None).await, 403, "password_change_required").await;
    let add_email =
        serde_json::json!({"email": "adele@elsewhere.example", "current_password": ADELE_PASSWORD});
    problem(
        app.call(reqwest::Method::PUT, "/v1/me/methods/email", &limited, Some(add_email)).await,
        403,
        "password_change_required",
    )
    .await;
    let stored = app.user(&user.id).await.registration;
    assert!(stored.email.is_none() && stored.pending.is_none(), "nothing was registered");

    assert_eq!(app.change_password(&limited, ADELE_PASSWORD, NEW_PASSWORD).await.status(), 204);
    let body: serde_json::Value = app.sign_in("adele", NEW_PASSWORD).await.json().await.unwrap();
    assert!(body["next"].is_null(), "changed: {body}");
    let full = body["token"].as_str().unwrap();
    assert_eq!(app.call(Method::GET, "/v1/me", full, None).await.status(), 200);
}

#[tokio::test]
async fn an_expired_password_limits_the_session_too() {
    let app = TestApp::start().await;
    let user = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.set_settings(|s| s.password.max_age_days = Some(30)).await;
    app.edit_user(&user.id, |u| {
        let mut credentials = u.credentials();
        if let Some(p) = credentials.password.as_mut() {
            p.changed_at -= chrono::Duration::days(31);
        }
        *u = u.clone().restore_credentials(credentials);
    })
    .await;
    let body: serde_json::Value = app.sign_in("adele", ADELE_PASSWORD).await.json().await.unwrap();
    assert_eq!(body["next"], "change_password");
    let limited = body["token"].as_str().unwrap();
    problem(app.call(Method::GET, "/v1/me", limited, None).await, 403, "password_change_required").await;
    problem(app.call(Method::GET, "/v1/admin/policy", limited, None).await, 403, "password_change_required")
        .await;
}

#[tokio::test]
async fn keys_rotate_in_the_parameter_store_with_both_verifying_during_the_overlap() {
    let mut config = latchkey_e2e::local_config("keys-");
    // As generous as TestApp's: the emulators are shared by every test process.
    config.call_timeout = std::time::Duration::from_secs(10);
    let ssm = aws_sdk_ssm::Client::new(&latchkey_adapters::aws::sdk_config(&config).await);
    let run = std::process::id();
    let params =
        KeyParameters { signing: format!("/t{run}/signing-key"), public: format!("/t{run}/public-keys") };
    let first = keys::init(&ssm, &params).await.expect("init");
    assert!(first.changed && first.published == vec![first.signing_kid.clone()]);
    assert!(!keys::init(&ssm, &params).await.unwrap().changed, "init twice changes nothing");

    let parameters = latchkey_adapters::Parameters::connect(&config).await;
    let source = |signing: bool| {
        Arc::new(ParameterKeys {
            parameters: parameters.clone(),
            signing: signing.then(|| params.signing.clone()),
            public: params.public.clone(),
        })
    };
    let ttl = chrono::Duration::minutes(15);
    let signer = Tokens::from_source(source(true), "latchkey", ttl).await.expect("signer");
    // Quicker to look again than in production, and the rotation settles as long.
    let settle = std::time::Duration::from_millis(500);
    let verifier = Tokens::from_source(source(false), "latchkey", ttl)
        .await
        .expect("verifier")
        .reread_unknown_after(settle);
    assert!(signer.signs() && !verifier.signs(), "only the function given the private key signs");
    let user = TestApp::start().await.create_user("adele", ADELE_PASSWORD, &[]).await;
    let now = chrono::Utc::now();
    let (old_token, _) = signer.issue(&user, false, false, now, "a".into()).await.unwrap();
    verifier.verify(&old_token, now).await.expect("verifies");

    let rotated = keys::rotate(&ssm, &params, settle).await.expect("rotate");
    assert_eq!(rotated.published, vec![rotated.signing_kid.clone(), first.signing_kid.clone()]);
    // A cold start of the signer signs with the new key; the warm verifier
    // has never seen it and looks again.
    let new_signer = Tokens::from_source(source(true), "latchkey", ttl).await.unwrap();
    let (new_token, _) = new_signer.issue(&user, false, false, now, "b".into()).await.unwrap();
    verifier.verify(&new_token, now).await.expect("the new key verifies");
    verifier.verify(&old_token, now).await.expect("the old key verifies during the overlap");
    let kids: Vec<String> = verifier.jwks().await.keys.into_iter().map(|k| k.kid).collect();
    assert_eq!(kids, rotated.published, "both published");

    keys::retire(&ssm, &params).await.expect("retire");
    let cold = Tokens::from_source(source(false), "latchkey", ttl).await.unwrap();
    assert!(cold.verify(&old_token, now).await.is_err(), "retired");
    cold.verify(&new_token, now).await.expect("current key still verifies");
}
