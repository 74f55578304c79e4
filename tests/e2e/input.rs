//! Bad input gets a clear problem+json answer and changes nothing.

use latchkey_e2e::{TestApp, problem};

use crate::ADELE_PASSWORD;

/// The state a bad request must leave alone: the user's version and the audit trail size.
async fn snapshot(app: &TestApp, user: &latchkey_core::model::values::UserId) -> (u64, usize) {
    (app.user(user).await.version, app.audit_count().await)
}

#[tokio::test]
async fn malformed_sign_in_bodies_are_400_naming_the_field() {
    let app = TestApp::start().await;
    let user = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let before = snapshot(&app, &user.id).await;
    let cases: &[(&str, Option<&str>)] = &[
        (r#"{"username":"adele","password":"x","admin":true}"#, Some("admin")),
        (r#"{"username":"adele"}"#, Some("password")),
        (r#"{"username":"adele","password":12345678}"#, Some("password")),
        (r#"{"username":["adele"],"password":"x"}"#, Some("username")),
        (r#"{"username":"adele","password":"x""#, None),
        (r#"not json at all"#, None),
        ("", None),
        // Fields in order, as an array: serde took these for the struct (found by schemathesis).
        (r#"["adele","velvet-otter-compass-17"]"#, None),
        ("[]", None),
    ];
    for (body, field) in cases {
        let response = app.post_raw("/v1/sessions", "application/json", body.as_bytes().to_vec(), None).await;
        let problem = problem(response, 400, "invalid_request").await;
        assert_eq!(problem["field"].as_str(), *field, "field for {body}");
        assert!(!problem["detail"].as_str().unwrap().contains("12345678"), "values are not echoed");
    }
    assert_eq!(snapshot(&app, &user.id).await, before, "bad requests changed state");
}

#[tokio::test]
async fn oversized_bodies_are_413() {
    let app = TestApp::start().await;
    let user = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let before = snapshot(&app, &user.id).await;
    let huge = format!(r#"{{"username":"adele","password":"{}"}}"#, "x".repeat(70 * 1024));
    problem(
        app.post_raw("/v1/sessions", "application/json", huge.into_bytes(), None).await,
        413,
        "payload_too_large",
    )
    .await;
    assert_eq!(snapshot(&app, &user.id).await, before);
}

#[tokio::test]
async fn passwords_over_the_maximum_are_refused_before_hashing() {
    let app = TestApp::start().await;
    let user = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let before = snapshot(&app, &user.id).await;
    let body = format!(r#"{{"username":"adele","password":"{}"}}"#, "x".repeat(300));
    let problem = problem(
        app.post_raw("/v1/sessions", "application/json", body.into_bytes(), None).await,
        400,
        "invalid_request",
    )
    .await;
    assert_eq!(problem["field"], "password");
    assert_eq!(snapshot(&app, &user.id).await, before);
}

#[tokio::test]
async fn wrong_content_type_is_415() {
    let app = TestApp::start().await;
    let body = format!(r#"{{"username":"adele","password":"{ADELE_PASSWORD}"}}"#);
    problem(
        app.post_raw("/v1/sessions", "text/plain", body.into_bytes(), None).await,
        415,
        "unsupported_media_type",
    )
    .await;
}

#[tokio::test]
async fn malformed_change_bodies_change_nothing() {
    let app = TestApp::start().await;
    let user = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let token = app.token("adele", ADELE_PASSWORD).await;
    let before = snapshot(&app, &user.id).await;
    let body = format!(
        r#"{{"current_password":"{ADELE_PASSWORD}","new_password":"glacier mosaic hum 94","force":true}}"#
    );
    let p = problem(
        app.post_raw("/v1/password/change", "application/json", body.into_bytes(), Some(&token)).await,
        400,
        "invalid_request",
    )
    .await;
    assert_eq!(p["field"], "force");
    let body = format!(r#"{{"current_password":"{ADELE_PASSWORD}"}}"#);
    let p = problem(
        app.post_raw("/v1/password/change", "application/json", body.into_bytes(), Some(&token)).await,
        400,
        "invalid_request",
    )
    .await;
    assert_eq!(p["field"], "new_password");
    assert_eq!(snapshot(&app, &user.id).await, before);
    assert_eq!(app.sign_in("adele", ADELE_PASSWORD).await.status(), 201);
}

#[tokio::test]
async fn a_refused_field_is_explained_in_words_for_people() {
    let app = TestApp::start().await;
    // The portal's change, the console's settings and report filters: each
    // refusal names its field for programs in `field`, and for people in words.
    app.create_user("boss", "harbor-lantern-quartz-42", &[latchkey_core::model::user::Role::Admin]).await;
    let token = app.token("boss", "harbor-lantern-quartz-42").await;
    let bad = [
        (
            reqwest::Method::PUT,
            "/v1/admin/branding",
            serde_json::json!({"company_name": "Contoso", "logo_url": "http://contoso.example/logo.png"}),
        ),
        (
            reqwest::Method::GET,
            "/v1/reports/reset-activity?from=2026-12-31T00:00:00Z&to=2026-01-01T00:00:00Z",
            serde_json::Value::Null,
        ),
    ];
    for (method, path, body) in bad {
        let body = (!body.is_null()).then_some(body);
        let refused = problem(app.call(method, path, &token, body).await, 400, "invalid_request").await;
        let detail = refused["detail"].as_str().unwrap();
        let wire = refused["field"].as_str().unwrap();
        assert!(wire.contains('_') || !detail.to_lowercase().starts_with(&format!("{wire} ")), "{detail}");
        assert!(
            !detail.split(|c: char| !(c.is_alphanumeric() || c == '_')).any(|w| w.contains('_')),
            "{detail}"
        );
        assert!(detail.starts_with(char::is_uppercase) && detail.ends_with('.'), "{detail}");
    }
}
