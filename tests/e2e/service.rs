use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use latchkey_e2e::TestApp;
use serde_json::Value;

use crate::ADELE_PASSWORD;

#[tokio::test]
async fn healthz_answers_ok() {
    let app = TestApp::start().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.json::<Value>().await.unwrap(), serde_json::json!({"status": "ok"}));
}

#[tokio::test]
async fn openapi_document_is_3_1_and_describes_every_route() {
    let app = TestApp::start().await;
    let doc: Value = app.get("/openapi.json").await.json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    for (path, method) in [
        ("/healthz", "get"),
        ("/openapi.json", "get"),
        ("/.well-known/jwks.json", "get"),
        ("/v1/config/public", "get"),
        ("/v1/sessions", "post"),
        ("/v1/password/change", "post"),
    ] {
        assert!(doc["paths"][path][method].is_object(), "{method} {path} missing from the OpenAPI document");
    }
    assert!(doc["components"]["schemas"]["SignInRequest"].is_object());
    assert!(doc["components"]["schemas"]["Problem"].is_object());
}

#[tokio::test]
async fn openapi_document_lists_what_every_route_answers_before_its_handler() {
    // schemathesis found these undocumented: every protected route's 401, and
    // every body's 400, 413 and 415; the resets' 410 and the per-address 429s.
    let app = TestApp::start().await;
    let doc: Value = app.get("/openapi.json").await.json().await.unwrap();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let responses = &operation["responses"];
            let protected = operation["security"].as_array().is_some_and(|s| !s.is_empty());
            if protected {
                assert!(responses["401"].is_object(), "{method} {path}: no 401");
            }
            if operation["requestBody"].is_object() {
                for status in ["400", "413", "415"] {
                    assert!(responses[status].is_object(), "{method} {path}: no {status}");
                }
            }
            if path.starts_with("/v1/resets/") {
                assert!(responses["410"].is_object(), "{method} {path}: no 410");
            }
        }
    }
    for path in [
        "/v1/sessions",
        "/v1/resets",
        "/v1/resets/{reset_id}/challenges",
        "/v1/resets/{reset_id}/verifications",
    ] {
        assert!(doc["paths"][path]["post"]["responses"]["429"].is_object(), "POST {path}: no 429");
    }
}

#[tokio::test]
async fn session_tokens_verify_with_the_published_jwks() {
    let app = TestApp::start().await;
    let user = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let token = app.token("adele", ADELE_PASSWORD).await;
    let jwks: Value = app.get("/.well-known/jwks.json").await.json().await.unwrap();
    let key = &jwks["keys"][0];
    assert_eq!(
        (key["kty"].as_str(), key["crv"].as_str(), key["alg"].as_str()),
        (Some("OKP"), Some("Ed25519"), Some("EdDSA"))
    );
    let header = jsonwebtoken::decode_header(&token).unwrap();
    assert_eq!(header.kid.as_deref(), key["kid"].as_str());
    let decoding = DecodingKey::from_ed_components(key["x"].as_str().unwrap()).unwrap();
    let mut validation = Validation::new(Algorithm::EdDSA);
    validation.set_issuer(&["latchkey"]);
    // Session tokens are for Latchkey's API; a verifier says so.
    validation.set_audience(&["latchkey-api"]);
    let claims = jsonwebtoken::decode::<Value>(&token, &decoding, &validation).unwrap().claims;
    assert_eq!(claims["sub"], user.id.to_string());
    let lifetime = claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap();
    assert_eq!(lifetime, 15 * 60, "tokens are short-lived");
}

#[tokio::test]
async fn public_config_reflects_the_organisation_settings() {
    let app = TestApp::start().await;
    app.set_settings(|s| {
        s.name = "Contoso".into();
        s.logo_url = Some("https://contoso.example/logo.svg".into());
        s.contact_url = Some("https://contoso.example/help".into());
        s.password.min_length = 14;
    })
    .await;
    let response = app.get("/v1/config/public").await;
    assert_eq!(response.status(), 200);
    let config: latchkey_dto::PublicConfig = response.json().await.unwrap();
    assert_eq!(config.company_name, "Contoso");
    assert_eq!(config.logo_url.as_deref(), Some("https://contoso.example/logo.svg"));
    assert_eq!(config.contact_url.as_deref(), Some("https://contoso.example/help"));
    assert_eq!(config.password_rules.min_length, 14);
    assert!(config.password_rules.max_length >= 64);
}

#[tokio::test]
async fn unknown_paths_and_methods_are_problems() {
    let app = TestApp::start().await;
    latchkey_e2e::problem(app.get("/v1/nothing-here").await, 404, "not_found").await;
    latchkey_e2e::problem(app.get("/v1/sessions").await, 405, "method_not_allowed").await;
}

#[tokio::test]
async fn personal_responses_are_not_cached() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let response = app.sign_in("adele", ADELE_PASSWORD).await;
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
}
