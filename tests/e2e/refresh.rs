//! The web apps' refresh cookie: a session restored after a reload, each
//! cookie spent once, a spent one coming back ending the whole sign-in,
//! and every way a session ends ending it too.

use latchkey_core::model::audit::Action;
use latchkey_core::model::user::Role;
use latchkey_e2e::{TestApp, problem};
use reqwest::Method;
use serde_json::{Value, json};

use crate::{ADELE_PASSWORD, NEW_PASSWORD};

const BOSS_PASSWORD: &str = "harbor-lantern-quartz-42";
const REFRESH: &str = "/v1/sessions/current/refresh";

/// A web app's signed-in state: the access token and its refresh cookie (`name=value`).
struct Signed {
    token: String,
    cookie: String,
}

fn cookie_name(web: &str) -> String {
    format!("latchkey_refresh_{web}")
}

/// The `Set-Cookie` of a response for `web`'s cookie, whole.
fn set_cookie(response: &reqwest::Response, web: &str) -> Option<String> {
    let prefix = format!("{}=", cookie_name(web));
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&prefix))
        .map(str::to_owned)
}

/// `name=value` of a `Set-Cookie`.
fn pair(set_cookie: &str) -> String {
    set_cookie.split(';').next().unwrap().to_owned()
}

async fn signed(response: reqwest::Response, web: &str) -> Signed {
    assert_eq!(response.status(), 201);
    let cookie = pair(&set_cookie(&response, web).expect("the sign-in sets the refresh cookie"));
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["next"], Value::Null, "{body}");
    Signed { token: body["token"].as_str().unwrap().to_owned(), cookie }
}

/// Signs in through `web` (`portal` or `console`), taking the authenticator
/// step where the account needs one.
async fn sign_in(app: &TestApp, username: &str, password: &str, web: &str) -> Signed {
    let body = json!({"username": username, "password": password, "app": web});
    let response = app.post_json("/v1/sessions", body, None).await;
    assert_eq!(response.status(), 201);
    if set_cookie(&response, web).is_some() {
        return signed(response, web).await;
    }
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["next"], "authenticator_code", "{body}");
    let code = app.totp_code(username).await;
    signed(app.second_factor(body["token"].as_str().unwrap(), &code).await, web).await
}

async fn refresh(app: &TestApp, web: &str, cookie: &str) -> reqwest::Response {
    app.http.post(app.url(REFRESH)).header("cookie", cookie).json(&json!({"app": web})).send().await.unwrap()
}

/// Refreshes and expects it to work: the new state.
async fn refreshed(app: &TestApp, web: &str, cookie: &str) -> Signed {
    let response = refresh(app, web, cookie).await;
    assert_eq!(response.status(), 200);
    let cookie = pair(&set_cookie(&response, web).expect("a rotated cookie"));
    let body: Value = response.json().await.unwrap();
    Signed { token: body["token"].as_str().unwrap().to_owned(), cookie }
}

/// Refreshes and expects 401 with the cookie cleared.
async fn refused(app: &TestApp, web: &str, cookie: &str) {
    let response = refresh(app, web, cookie).await;
    let cleared = set_cookie(&response, web);
    problem(response, 401, "unauthorized").await;
    assert!(cleared.is_some_and(|c| c.contains("Max-Age=0")), "a refused cookie is cleared");
}

/// The token's claims (its signature was checked by the API already).
fn claims(token: &str) -> Value {
    use base64::Engine;
    let payload = token.split('.').nth(1).unwrap();
    serde_json::from_slice(&base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload).unwrap())
        .unwrap()
}

#[tokio::test]
async fn a_refresh_gives_a_working_token_and_rotates_the_cookie_with_safe_attributes() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let response = app
        .post_json(
            "/v1/sessions",
            json!({"username": "adele", "password": ADELE_PASSWORD, "app": "portal"}),
            None,
        )
        .await;
    let attributes = set_cookie(&response, "portal").unwrap();
    for wanted in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/v1/sessions/current;"] {
        assert!(attributes.contains(wanted), "{wanted} in {attributes}");
    }
    let first = signed(response, "portal").await;
    // Without `app`, as integrators sign in: no cookie at all.
    assert!(set_cookie(&app.sign_in("adele", ADELE_PASSWORD).await, "portal").is_none());

    let second = refreshed(&app, "portal", &first.cookie).await;
    assert_ne!(second.cookie, first.cookie, "rotated");
    assert_eq!(app.call(Method::GET, "/v1/me", &second.token, None).await.status(), 200);
    // A refresh is no fresh sign-in: the token says when she signed in.
    assert_eq!(claims(&second.token)["auth_time"], claims(&first.token)["iat"]);
    assert_eq!(claims(&second.token)["sid"], claims(&first.token)["sid"]);
    // The refresh wants JSON (a cross-site form cannot send it) and the cookie.
    let form = app
        .http
        .post(app.url(REFRESH))
        .header("cookie", &second.cookie)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("app=portal");
    assert_eq!(form.send().await.unwrap().status(), 415);
    problem(app.post_json(REFRESH, json!({"app": "portal"}), None).await, 401, "unauthorized").await;
    assert!(!refreshed(&app, "portal", &second.cookie).await.token.is_empty(), "the form spent nothing");
}

#[tokio::test]
async fn a_spent_cookie_coming_back_ends_the_whole_sign_in_and_is_audited() {
    let app = TestApp::start().await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let first = sign_in(&app, "adele", ADELE_PASSWORD, "portal").await;
    let second = refreshed(&app, "portal", &first.cookie).await;

    refused(&app, "portal", &first.cookie).await;
    // The thief's reuse ended the owner's newer cookie too.
    refused(&app, "portal", &second.cookie).await;
    let events = app.audit_for(&adele.id).await;
    assert!(
        events.iter().any(|e| e.action == Action::SessionEnded && e.reason_is("refresh_reused")),
        "{events:?}"
    );
    // Another sign-in is its own family and unaffected.
    let other = sign_in(&app, "adele", ADELE_PASSWORD, "portal").await;
    refreshed(&app, "portal", &other.cookie).await;
}

#[tokio::test]
async fn signing_out_ends_the_cookie_and_clears_it() {
    let app = TestApp::start().await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let first = sign_in(&app, "adele", ADELE_PASSWORD, "portal").await;
    let current = refreshed(&app, "portal", &first.cookie).await;
    let out = app
        .http
        .delete(app.url("/v1/sessions/current?app=portal"))
        .header("cookie", &current.cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), 204);
    assert!(set_cookie(&out, "portal").is_some_and(|c| c.contains("Max-Age=0")));
    refused(&app, "portal", &current.cookie).await;
    assert!(app.audit_for(&adele.id).await.iter().any(|e| e.action == Action::SignOut));
    // Signing out without a cookie still answers "signed out".
    assert_eq!(
        app.http.delete(app.url("/v1/sessions/current?app=portal")).send().await.unwrap().status(),
        204
    );
}

#[tokio::test]
async fn a_password_change_keeps_its_own_sign_in_and_ends_the_others() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let here = sign_in(&app, "adele", ADELE_PASSWORD, "portal").await;
    let elsewhere = sign_in(&app, "adele", ADELE_PASSWORD, "portal").await;
    // Changed from a refreshed token of `here`: the family is the session kept.
    let here = refreshed(&app, "portal", &here.cookie).await;
    assert_eq!(app.change_password(&here.token, ADELE_PASSWORD, NEW_PASSWORD).await.status(), 204);

    refused(&app, "portal", &elsewhere.cookie).await;
    let here = refreshed(&app, "portal", &here.cookie).await;
    assert_eq!(app.call(Method::GET, "/v1/me", &here.token, None).await.status(), 200);
}

#[tokio::test]
async fn an_administrator_ending_sessions_or_disabling_the_user_ends_the_cookie() {
    let app = TestApp::start().await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    let boss = app.token("boss", BOSS_PASSWORD).await;

    let ended = sign_in(&app, "adele", ADELE_PASSWORD, "portal").await;
    let path = format!("/v1/admin/users/{}/sessions", adele.id);
    assert_eq!(app.call(Method::DELETE, &path, &boss, None).await.status(), 204);
    refused(&app, "portal", &ended.cookie).await;

    let disabled = sign_in(&app, "adele", ADELE_PASSWORD, "portal").await;
    let version = app.user(&adele.id).await.version;
    let path = format!("/v1/admin/users/{}", adele.id);
    let off = json!({"version": version, "enabled": false});
    assert_eq!(app.call(Method::PATCH, &path, &boss, Some(off)).await.status(), 200);
    refused(&app, "portal", &disabled.cookie).await;
}

#[tokio::test]
async fn one_apps_cookie_never_refreshes_the_other() {
    let app = TestApp::start().await;
    app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    app.token("boss", BOSS_PASSWORD).await;
    let console = sign_in(&app, "boss", BOSS_PASSWORD, "console").await;
    let portal = sign_in(&app, "boss", BOSS_PASSWORD, "portal").await;
    let value = |c: &str| c.split_once('=').unwrap().1.to_owned();

    // Each app's value under the other's name, and each cookie asked of the other app.
    let swapped = format!("{}={}", cookie_name("portal"), value(&console.cookie));
    problem(refresh(&app, "portal", &swapped).await, 401, "unauthorized").await;
    let swapped = format!("{}={}", cookie_name("console"), value(&portal.cookie));
    problem(refresh(&app, "console", &swapped).await, 401, "unauthorized").await;
    problem(refresh(&app, "portal", &console.cookie).await, 401, "unauthorized").await;
    // Both still work for their own app.
    let console = refreshed(&app, "console", &console.cookie).await;
    assert_eq!(app.call(Method::GET, "/v1/admin/users", &console.token, None).await.status(), 200);
    refreshed(&app, "portal", &portal.cookie).await;
}

#[tokio::test]
async fn a_refresh_keeps_the_second_factor_standing_and_never_upgrades_it() {
    let app = TestApp::start().await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    app.token("boss", BOSS_PASSWORD).await;

    let strong = sign_in(&app, "boss", BOSS_PASSWORD, "console").await;
    let strong = refreshed(&app, "console", &strong.cookie).await;
    assert_eq!(claims(&strong.token)["amr"], json!(["pwd", "otp"]));
    assert_eq!(app.call(Method::GET, "/v1/admin/users", &strong.token, None).await.status(), 200);

    // A password-only session whose user holds a privileged role (granted
    // behind the API's back, so nothing ended it): its refresh stays
    // password-only, and the role stays out of reach.
    let weak = sign_in(&app, "adele", ADELE_PASSWORD, "console").await;
    app.edit_user(&adele.id, |u| {
        u.roles.insert(Role::Admin);
    })
    .await;
    let weak = refreshed(&app, "console", &weak.cookie).await;
    assert_eq!(claims(&weak.token)["amr"], json!(["pwd"]));
    problem(app.call(Method::GET, "/v1/admin/users", &weak.token, None).await, 403, "second_factor_required")
        .await;
}
