//! A dependency that is down gets a 503 and loses nothing.

use latchkey_e2e::{Proxy, TestApp, TestOptions, emulator, problem};

use crate::{ADELE_PASSWORD, NEW_PASSWORD};

#[tokio::test]
async fn aws_down_means_503_and_no_partial_state() {
    let proxy = Proxy::start(emulator().port).await;
    let app =
        TestApp::start_with(TestOptions { endpoint: Some(proxy.endpoint()), ..Default::default() }).await;
    let user = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let token = app.token("adele", ADELE_PASSWORD).await;
    let before = (app.user(&user.id).await, app.audit_count().await);

    proxy.set_down(true);
    let body = problem(app.sign_in("adele", ADELE_PASSWORD).await, 503, "service_unavailable").await;
    assert!(body["retry_after"].as_u64().is_some());
    let response = app.change_password(&token, ADELE_PASSWORD, NEW_PASSWORD).await;
    assert_eq!(response.headers().get("retry-after").and_then(|v| v.to_str().ok()), Some("5"));
    let body = problem(response, 503, "service_unavailable").await;
    let text = body.to_string();
    assert!(!text.contains("dispatch") && !text.contains("127.0.0.1"), "no internal detail leaks: {text}");
    problem(app.sign_in("adele", "wrong-password-here").await, 503, "service_unavailable").await;
    problem(app.get("/v1/config/public").await, 503, "service_unavailable").await;
    // Health does not depend on AWS.
    assert_eq!(app.get("/healthz").await.status(), 200);

    proxy.set_down(false);
    // Reads go straight to the emulator: nothing was half-written while it was unreachable.
    let after = (app.user(&user.id).await, app.audit_count().await);
    assert_eq!(after, before, "state changed while AWS was down");
    assert_eq!(app.sign_in("adele", ADELE_PASSWORD).await.status(), 201, "old password still valid");
    assert_eq!(
        app.change_password(&token, ADELE_PASSWORD, NEW_PASSWORD).await.status(),
        204,
        "works again once AWS is back"
    );
}
