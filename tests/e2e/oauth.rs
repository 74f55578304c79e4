//! Integrators' credentials over HTTP against the emulator: the token
//! endpoint's every refusal (RFC 6749 §5.2), scopes on the routes a client
//! may call, client tokens refused wherever a person is expected, rotation
//! with its overlap, revocation at once, and no secret in logs or tables.

use base64::Engine;
use chrono::Duration;
use latchkey_core::model::user::Role;
use latchkey_e2e::{TestApp, TestOptions, problem};
use reqwest::{Method, Response};
use serde_json::{Value, json};

use crate::ADELE_PASSWORD;

const TOKEN: &str = "/v1/oauth/token";

/// An administrator's session on `app`.
async fn admin(app: &TestApp) -> String {
    app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    app.token("boss", ADELE_PASSWORD).await
}

/// Creates a client with `scopes`; its id and secret.
async fn client(app: &TestApp, admin: &str, scopes: &[&str]) -> (String, String) {
    let response = app
        .call(Method::POST, "/v1/admin/clients", admin, Some(json!({"name": "SIEM", "scopes": scopes})))
        .await;
    assert_eq!(response.status(), 201);
    let body: Value = response.json().await.expect("json");
    let secret = body["client_secret"].as_str().expect("secret").to_owned();
    assert!(secret.starts_with("lkcs_") && secret.len() == 69, "{secret}");
    (body["client"]["id"].as_str().expect("id").to_owned(), secret)
}

/// A token request with this form body, from `source`, with an optional
/// `Authorization` header value.
async fn token_request(app: &TestApp, form: &str, authorization: Option<&str>, source: &str) -> Response {
    let mut request = app
        .http
        .post(app.url(TOKEN))
        .header("content-type", "application/x-www-form-urlencoded")
        .header(latchkey_api::extract::VIEWER_ADDRESS_HEADER, source)
        .body(form.to_owned());
    if let Some(value) = authorization {
        request = request.header("authorization", value);
    }
    request.send().await.expect("POST token")
}

fn basic(id: &str, secret: &str) -> String {
    format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{id}:{secret}")))
}

/// An access token for the client, by Basic, with all its scopes.
async fn access_token(app: &TestApp, id: &str, secret: &str) -> String {
    let response =
        token_request(app, "grant_type=client_credentials", Some(&basic(id, secret)), "198.51.100.1").await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.expect("json");
    body["access_token"].as_str().expect("access token").to_owned()
}

/// Asserts an RFC 6749 §5.2 refusal; its body.
async fn refusal(response: Response, status: u16, error: &str, challenge: bool) -> Value {
    assert_eq!(response.status().as_u16(), status, "status for {error}");
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert_eq!(
        response.headers().get("www-authenticate").map(|v| v.to_str().unwrap().to_owned()),
        challenge.then(|| r#"Basic realm="latchkey", charset="UTF-8""#.to_owned()),
        "WWW-Authenticate for {error}"
    );
    let content_type = response.headers()["content-type"].to_str().unwrap().to_owned();
    assert!(content_type.starts_with("application/json"), "{content_type}");
    let body: Value = response.json().await.expect("json");
    assert_eq!(body["error"], error, "{body}");
    assert!(body["error_description"].is_string());
    body
}

#[tokio::test]
#[expect(
    clippy::too_many_lines,
    reason = "one client through every grant and refusal, then the per-address limit and the audit trail those requests left"
)]
async fn the_token_endpoint_grants_client_credentials_and_refuses_every_bad_request_in_rfc_6749_shape() {
    let app = TestApp::start().await;
    let admin = admin(&app).await;
    let (id, secret) = client(&app, &admin, &["reports:read", "users:read"]).await;
    let from = "198.51.100.7";
    let grant = "grant_type=client_credentials";
    let body_auth = format!("{grant}&client_id={id}&client_secret={secret}");

    // Granted by Basic and by the body; scope defaults to all the client's.
    let response = token_request(&app, grant, Some(&basic(&id, &secret)), from).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let body: Value = response.json().await.unwrap();
    assert_eq!((body["token_type"].as_str(), body["expires_in"].as_i64()), (Some("Bearer"), Some(600)));
    assert_eq!(body["scope"], "reports:read users:read");
    let token = body["access_token"].as_str().unwrap();
    let header = jsonwebtoken::decode_header(token).unwrap();
    assert_eq!(header.typ.as_deref(), Some("at+jwt"));
    assert_eq!(header.alg, jsonwebtoken::Algorithm::EdDSA);
    let claims = app.app.tokens().verify_bearer(token, app.ports.clock.now()).await.unwrap();
    match claims {
        latchkey_api::auth::Bearer::Client(c) => {
            assert_eq!(
                (c.sub.as_str(), c.client_id.as_str(), c.aud.as_str()),
                (id.as_str(), id.as_str(), "latchkey-api")
            );
            assert_eq!(c.exp - c.iat, 600);
            assert!(!c.jti.is_empty());
        }
        other => panic!("a client token, not {other:?}"),
    }
    let response = token_request(&app, &format!("{body_auth}&scope=users:read"), None, from).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.json::<Value>().await.unwrap()["scope"], "users:read");

    // Every refusal.
    let ok_basic = basic(&id, &secret);
    refusal(token_request(&app, "", Some(&ok_basic), from).await, 400, "invalid_request", false).await;
    refusal(
        token_request(&app, "grant_type=password", Some(&ok_basic), from).await,
        400,
        "unsupported_grant_type",
        false,
    )
    .await;
    refusal(
        token_request(&app, &format!("{grant}&grant_type=client_credentials"), Some(&ok_basic), from).await,
        400,
        "invalid_request",
        false,
    )
    .await;
    refusal(token_request(&app, grant, None, from).await, 401, "invalid_client", true).await;
    refusal(
        token_request(&app, &format!("{grant}&client_id={id}"), None, from).await,
        400,
        "invalid_request",
        false,
    )
    .await;
    refusal(token_request(&app, &body_auth, Some(&ok_basic), from).await, 400, "invalid_request", false)
        .await;
    for malformed in [
        "Basic !!!",
        "Basic",
        &format!("Basic {}", base64::engine::general_purpose::STANDARD.encode("nocolon")),
        "Bearer x",
    ] {
        refusal(token_request(&app, grant, Some(malformed), from).await, 401, "invalid_client", true).await;
    }
    refusal(
        token_request(&app, &format!("{grant}&scope=users:reset"), Some(&ok_basic), from).await,
        400,
        "invalid_scope",
        false,
    )
    .await;
    refusal(
        token_request(&app, &format!("{grant}&scope=admin"), Some(&ok_basic), from).await,
        400,
        "invalid_scope",
        false,
    )
    .await;
    let wrong = format!("lkcs_{}", "0".repeat(64));
    let unknown = "lkc_ffffffffffffffff";
    let by_wrong = refusal(
        token_request(&app, grant, Some(&basic(&id, &wrong)), from).await,
        401,
        "invalid_client",
        true,
    )
    .await;
    let by_unknown = refusal(
        token_request(&app, grant, Some(&basic(unknown, &secret)), from).await,
        401,
        "invalid_client",
        true,
    )
    .await;
    assert_eq!(by_wrong, by_unknown, "an unknown client reads exactly as a wrong secret");
    let in_body = format!("{grant}&client_id={unknown}&client_secret={wrong}");
    refusal(token_request(&app, &in_body, None, from).await, 401, "invalid_client", false).await;
    let not_form = app.post_json(TOKEN, json!({"grant_type": "client_credentials"}), None).await;
    refusal(not_form, 400, "invalid_request", false).await;

    // Failed authentications are counted per address: the 11th waits, even with the right secret.
    let guesser = "203.0.113.66";
    for _ in 0..10 {
        refusal(
            token_request(&app, grant, Some(&basic(&id, &wrong)), guesser).await,
            401,
            "invalid_client",
            true,
        )
        .await;
    }
    let blocked = token_request(&app, grant, Some(&ok_basic), guesser).await;
    assert!(blocked.headers().contains_key("retry-after"));
    refusal(blocked, 429, "slow_down", false).await;
    assert_eq!(
        token_request(&app, grant, Some(&ok_basic), from).await.status(),
        200,
        "other addresses go on"
    );

    // The failures are audited by reason, with no secret.
    let events = app.audit_for_name(&id).await;
    let reasons: Vec<_> = events
        .iter()
        .filter(|e| e.action == latchkey_core::model::audit::Action::ClientTokenRefused)
        .filter_map(|e| e.reason_text())
        .collect();
    assert!(
        reasons.iter().any(|r| r == "wrong_secret") && reasons.iter().any(|r| r == "invalid_scope"),
        "{reasons:?}"
    );
    assert!(reasons.iter().any(|r| r == "too_many_failures"), "{reasons:?}");
    assert!(!format!("{events:?}").contains(&secret));
}

#[tokio::test]
#[expect(
    clippy::too_many_lines,
    reason = "one client token tried against each scope's routes and the person-only ones, on the same app"
)]
async fn scopes_are_enforced_and_a_client_token_never_acts_as_a_person() {
    let app = TestApp::start().await;
    app.set_settings(|s| s.reset.temporary_passwords = true).await;
    let admin = admin(&app).await;
    let plain = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let (reports_id, reports_secret) = client(&app, &admin, &["reports:read"]).await;
    let (users_id, users_secret) = client(&app, &admin, &["users:read", "policy:read"]).await;
    let (reset_id, reset_secret) = client(&app, &admin, &["users:reset"]).await;
    let reports = access_token(&app, &reports_id, &reports_secret).await;
    let users = access_token(&app, &users_id, &users_secret).await;
    let reset = access_token(&app, &reset_id, &reset_secret).await;

    assert_eq!(app.call(Method::GET, "/v1/reports/reset-activity", &reports, None).await.status(), 200);
    assert_eq!(app.call(Method::GET, "/v1/reports/registration-summary", &reports, None).await.status(), 200);
    let refused = app.call(Method::GET, "/v1/admin/users", &reports, None).await;
    assert_eq!(
        refused.headers()["www-authenticate"],
        r#"Bearer error="insufficient_scope", scope="users:read""#
    );
    problem(refused, 403, "insufficient_scope").await;

    assert_eq!(app.call(Method::GET, "/v1/admin/users", &users, None).await.status(), 200);
    let detail = format!("/v1/admin/users/{}", plain.id);
    assert_eq!(app.call(Method::GET, &detail, &users, None).await.status(), 200);
    assert_eq!(app.call(Method::GET, "/v1/admin/policy", &users, None).await.status(), 200);
    let unlock = format!("/v1/admin/users/{}/unlock", plain.id);
    problem(app.call(Method::POST, &unlock, &users, Some(json!({}))).await, 403, "insufficient_scope").await;
    problem(
        app.call(Method::GET, "/v1/reports/reset-activity", &users, None).await,
        403,
        "insufficient_scope",
    )
    .await;

    // users:reset unlocks a plain user, audited as the client; never an administrator.
    assert_eq!(app.call(Method::POST, &unlock, &reset, Some(json!({}))).await.status(), 204);
    let events = app.audit_for(&plain.id).await;
    let actor = format!("client:{reset_id}");
    assert!(
        events.iter().any(|e| e.action == latchkey_core::model::audit::Action::AccountUnlocked
            && e.actor.as_ref().map(|a| a.as_str()) == Some(actor.as_str())),
        "{events:?}"
    );
    let boss = app
        .accounts()
        .ports()
        .directory
        .user_by_username(&latchkey_core::model::values::Username::parse("boss").unwrap())
        .await
        .unwrap()
        .unwrap();
    let admin_reset = format!("/v1/admin/users/{}/password-reset", boss.id);
    problem(
        app.call(Method::POST, &admin_reset, &reset, Some(json!({"mode": "temporary_password"}))).await,
        403,
        "forbidden",
    )
    .await;

    // Routes no client may use at all, and every self-service route, refuse client tokens.
    for (method, path, body) in [
        (Method::GET, "/v1/me", None),
        (Method::POST, "/v1/password/change", Some(json!({"current_password": "x", "new_password": "y"}))),
        (Method::POST, "/v1/me/methods/confirm", Some(json!({}))),
        (Method::POST, "/v1/sessions/authenticator", Some(json!({"code": "123456"}))),
        (Method::GET, "/v1/admin/clients", None),
        (Method::GET, "/v1/admin/me", None),
        (Method::PUT, "/v1/admin/policy", Some(json!({}))),
        (Method::GET, "/v1/admin/groups", None),
    ] {
        for token in [&reports, &users, &reset] {
            let status = app.call(method.clone(), path, token, body.clone()).await.status().as_u16();
            assert_eq!(status, 401, "{method} {path}");
        }
    }

    // Administrators' own sessions work as before; helpdesk and report readers cannot manage clients.
    assert_eq!(app.call(Method::GET, "/v1/admin/users", &admin, None).await.status(), 200);
    assert_eq!(app.call(Method::GET, "/v1/reports/reset-activity", &admin, None).await.status(), 200);
    app.create_user("desk", ADELE_PASSWORD, &[Role::Helpdesk]).await;
    app.create_user("reader", ADELE_PASSWORD, &[Role::ReportsReader]).await;
    for name in ["desk", "reader"] {
        let token = app.token(name, ADELE_PASSWORD).await;
        problem(app.call(Method::GET, "/v1/admin/clients", &token, None).await, 403, "forbidden").await;
        let create = json!({"name": "x", "scopes": ["reports:read"]});
        problem(app.call(Method::POST, "/v1/admin/clients", &token, Some(create)).await, 403, "forbidden")
            .await;
    }
    let bad = json!({"name": "x", "scopes": ["reports:write"]});
    problem(app.call(Method::POST, "/v1/admin/clients", &admin, Some(bad)).await, 400, "invalid_request")
        .await;
}

#[tokio::test]
async fn a_rotated_secret_works_through_the_overlap_and_a_revocation_ends_issued_tokens_at_once() {
    let logs = latchkey_e2e::logs::capture();
    let app = TestApp::start_with(TestOptions { manual_clock: true, ..Default::default() }).await;
    let clock = app.clock.clone().expect("manual clock");
    let admin = admin(&app).await;
    let (id, old) = client(&app, &admin, &["reports:read"]).await;

    let rotated = app.call(Method::POST, &format!("/v1/admin/clients/{id}/secret"), &admin, None).await;
    assert_eq!(rotated.status(), 200);
    let rotated: Value = rotated.json().await.unwrap();
    let new = rotated["client_secret"].as_str().unwrap().to_owned();
    assert_ne!(new, old);
    let until = rotated["client"]["previous_secret_works_until"].as_str().unwrap().to_owned();
    assert_eq!(
        chrono::DateTime::parse_from_rfc3339(&until).unwrap(),
        app.ports.clock.now() + Duration::hours(24)
    );
    access_token(&app, &id, &old).await;
    access_token(&app, &id, &new).await;

    let listed: Value = app.call(Method::GET, "/v1/admin/clients", &admin, None).await.json().await.unwrap();
    let row = &listed["clients"][0];
    assert_eq!((row["id"].as_str(), row["name"].as_str()), (Some(id.as_str()), Some("SIEM")));
    assert!(row["last_used_at"].is_string());
    assert!(!listed.to_string().contains("lkcs_"), "the list never shows a secret: {listed}");

    clock.advance(Duration::hours(24) + Duration::seconds(1));
    let grant = "grant_type=client_credentials";
    refusal(
        token_request(&app, grant, Some(&basic(&id, &old)), "198.51.100.2").await,
        401,
        "invalid_client",
        true,
    )
    .await;
    let token = access_token(&app, &id, &new).await;
    assert_eq!(app.call(Method::GET, "/v1/reports/reset-activity", &token, None).await.status(), 200);

    // Revoked: the token in hand stops at once, and so does the secret.
    let admin = app.token("boss", ADELE_PASSWORD).await;
    assert_eq!(
        app.call(Method::DELETE, &format!("/v1/admin/clients/{id}"), &admin, None).await.status(),
        204
    );
    problem(app.call(Method::GET, "/v1/reports/reset-activity", &token, None).await, 401, "unauthorized")
        .await;
    refusal(
        token_request(&app, grant, Some(&basic(&id, &new)), "198.51.100.2").await,
        401,
        "invalid_client",
        true,
    )
    .await;
    problem(
        app.call(Method::DELETE, &format!("/v1/admin/clients/{id}"), &admin, None).await,
        404,
        "client_not_found",
    )
    .await;

    // Create, rotate and revoke are audited; no secret or token is logged, audited or stored.
    let events = app.audit_for_name(&id).await;
    for action in [
        latchkey_core::model::audit::Action::ClientCreated,
        latchkey_core::model::audit::Action::ClientSecretRotated,
        latchkey_core::model::audit::Action::ClientRevoked,
    ] {
        assert!(events.iter().any(|e| e.action == action), "{action:?} in {events:?}");
    }
    let tables = app.dump_tables().await;
    let logged = logs.text();
    for secret in [&old, &new, &token] {
        assert!(!tables.contains(secret.as_str()), "a secret or token is stored");
        assert!(!logged.contains(secret.as_str()), "a secret or token was logged");
        assert!(!tables.contains(&secret[5..25]), "part of a secret is stored");
    }
}

#[tokio::test]
async fn a_users_write_client_provisions_people_but_never_privileged_accounts() {
    let app = TestApp::start().await;
    let admin = admin(&app).await;
    let boss = named(&app, "boss").await.expect("the admin");
    let (writer_id, writer_secret) = client(&app, &admin, &["users:write"]).await;
    let (reader_id, reader_secret) = client(&app, &admin, &["users:read"]).await;
    let writer = access_token(&app, &writer_id, &writer_secret).await;
    let reader = access_token(&app, &reader_id, &reader_secret).await;
    let new = |username: &str, roles: &[&str]| {
        json!({"username": username, "display_name": "Pat Example", "first_name": "Pat", "last_name": "Example",
               "emails": [format!("{username}@example.com")], "phones": [], "groups": ["Sales"], "roles": roles})
    };

    // Without users:write: refused, nothing created.
    let refused = app.call(Method::POST, "/v1/admin/users", &reader, Some(new("pat", &[]))).await;
    problem(refused, 403, "insufficient_scope").await;
    assert!(named(&app, "pat").await.is_none());

    // Create, edit and delete a person (the answer needs no users:read).
    let created = app.call(Method::POST, "/v1/admin/users", &writer, Some(new("pat", &[]))).await;
    assert_eq!(created.status(), 201);
    let created: Value = created.json().await.unwrap();
    assert_eq!(created["groups"], json!(["Sales"]));
    let path = format!("/v1/admin/users/{}", created["id"].as_str().unwrap());
    let edit = json!({"version": created["version"], "display_name": "Pat E."});
    let edited = app.call(Method::PATCH, &path, &writer, Some(edit)).await;
    // Without users:read the answer holds nothing but the new version.
    assert_eq!(edited.status(), 204);
    let version: u64 = edited.headers()["etag"].to_str().unwrap().trim_matches('"').parse().unwrap();
    assert_eq!(named(&app, "pat").await.unwrap().display_name, "Pat E.");

    // Never a privileged role, never a privileged account: 403, nothing changes.
    let admin_pat = app.call(Method::POST, "/v1/admin/users", &writer, Some(new("root2", &["admin"]))).await;
    problem(admin_pat, 403, "forbidden").await;
    assert!(named(&app, "root2").await.is_none());
    let grant = json!({"version": version, "roles": ["user", "helpdesk"]});
    problem(app.call(Method::PATCH, &path, &writer, Some(grant)).await, 403, "forbidden").await;
    let boss_path = format!("/v1/admin/users/{}", boss.id);
    let rename = json!({"version": boss.version, "display_name": "Not the boss"});
    problem(app.call(Method::PATCH, &boss_path, &writer, Some(rename)).await, 403, "forbidden").await;
    problem(app.call(Method::DELETE, &boss_path, &writer, None).await, 403, "forbidden").await;
    let after = app.user(&boss.id).await;
    assert_eq!((after.version, after.display_name.clone()), (boss.version, boss.display_name.clone()));

    assert_eq!(app.call(Method::DELETE, &path, &writer, None).await.status(), 204);
    assert!(named(&app, "pat").await.is_none());

    // The trail names the client as the actor of each write.
    let pat = latchkey_core::model::values::UserId::new(created["id"].as_str().unwrap());
    let events = app.audit_for(&pat).await;
    let actions: Vec<_> = events.iter().map(|e| e.action).collect();
    use latchkey_core::model::audit::Action;
    for action in [Action::UserCreated, Action::UserUpdated, Action::UserDeleted] {
        let event =
            events.iter().find(|e| e.action == action).unwrap_or_else(|| panic!("{action:?} in {actions:?}"));
        assert_eq!(
            event.actor.as_ref().map(|a| a.to_string()),
            Some(format!("client:{writer_id}")),
            "{action:?}"
        );
    }
}

#[tokio::test]
async fn a_users_write_client_never_reads_a_users_detail_through_an_edit() {
    let app = TestApp::start().await;
    let admin = admin(&app).await;
    let adele = app.create_user("adele", crate::ADELE_PASSWORD, &[]).await;
    let (writer_id, writer_secret) = client(&app, &admin, &["users:write"]).await;
    let writer = access_token(&app, &writer_id, &writer_secret).await;
    let path = format!("/v1/admin/users/{}", adele.id);
    // A stale version tells the version, nothing more.
    let stale = problem(
        app.call(Method::PATCH, &path, &writer, Some(json!({"version": 0}))).await,
        409,
        "version_conflict",
    )
    .await;
    let version = stale["current_version"].as_u64().unwrap();
    // An edit that changes nothing, and one that changes a name: no detail either way.
    for edit in [json!({"version": version}), json!({"version": version, "display_name": "Adele V."})] {
        let answer = app.call(Method::PATCH, &path, &writer, Some(edit)).await;
        assert_eq!(answer.status(), 204);
        let body = answer.text().await.unwrap();
        assert!(body.is_empty(), "{body}");
    }
    for bit in [app.email_of("adele"), app.phone_of("adele")] {
        assert!(!stale.to_string().contains(&bit), "{stale}");
    }
    // With users:read as well, the answer is the user as saved.
    let (both_id, both_secret) = client(&app, &admin, &["users:write", "users:read"]).await;
    let both = access_token(&app, &both_id, &both_secret).await;
    let version = app.user(&adele.id).await.version;
    let answer = app.call(Method::PATCH, &path, &both, Some(json!({"version": version}))).await;
    assert_eq!(answer.status(), 200);
    let detail: Value = answer.json().await.unwrap();
    assert_eq!(detail["emails"][0], app.email_of("adele"));
}

async fn named(app: &TestApp, username: &str) -> Option<latchkey_core::model::user::User> {
    let username = latchkey_core::model::values::Username::parse(username).unwrap();
    app.ports.directory.user_by_username(&username).await.expect("read")
}
