//! The organisation's own words for the messages Latchkey sends: an
//! administrator changes one message in one language, the users who read
//! that language receive it, everyone else the catalogue's words; a
//! refused text changes nothing; the helpdesk may not; the audit says which
//! message and language changed, never the words.

use latchkey_core::messaging::words::{Args, say};
use latchkey_core::model::language::Language;
use latchkey_core::model::user::Role;
use latchkey_e2e::{TestApp, problem};
use reqwest::Method;
use serde_json::{Value, json};

use crate::ADELE_PASSWORD;

const ADMIN_PASSWORD: &str = "harbour-violet-anchor-52";
const DESK_PASSWORD: &str = "meadow-copper-lantern-38";
const OWN: &str =
    "Personne chez nous ne vous demandera ce code. Ignorez ce message si vous n'avez rien demandé.";
const PATH: &str = "/v1/admin/wording/fr/code-why-reset";

async fn json_of(response: reqwest::Response, status: u16) -> Value {
    let code = response.status().as_u16();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    assert_eq!(code, status, "{body}");
    body
}

/// A user `username` whose stored language is `language`.
async fn speaker(app: &TestApp, username: &str, language: Language) {
    let user = app.create_user(username, ADELE_PASSWORD, &[]).await;
    app.edit_user(&user.id, |u| u.language = Some(language)).await;
}

/// The body of the `nth` reset-code email `username` receives (0-based).
async fn code_email(app: &TestApp, username: &str, nth: usize) -> String {
    let flow = app.reset_flow(username).await;
    let reset_id = flow["reset_id"].as_str().unwrap();
    let method = flow["methods"].as_array().unwrap().iter().find(|m| m["kind"] == "email").unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(app.challenge(reset_id, &method).await.status(), 202);
    app.outbox().nth_to(&app.email_of(username), nth).await.body
}

fn message<'a>(wording: &'a Value, id: &str) -> &'a Value {
    wording["messages"].as_array().unwrap().iter().find(|m| m["id"] == id).unwrap()
}

#[tokio::test]
async fn a_french_override_reaches_french_readers_only_until_it_is_restored() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let token = app.token("boss", ADMIN_PASSWORD).await;
    speaker(&app, "amelie", Language::Fr).await;
    speaker(&app, "greta", Language::De).await;

    let listed = json_of(app.call(Method::GET, "/v1/admin/wording/fr", &token, None).await, 200).await;
    assert_eq!(listed["language"], "fr");
    let why = message(&listed, "code-why-reset");
    assert_eq!(why["kind"], "email");
    assert_eq!(why["override"], Value::Null);
    assert_eq!(why["default"], say(Language::Fr, "code-why-reset", &Args::new()));
    assert_eq!(message(&listed, "code-sms")["placeholders"], json!(["code", "minutes", "org"]));
    assert_eq!(message(&listed, "code-sms")["kind"], "text");
    assert_eq!(message(&listed, "code-voice-intro")["kind"], "call");
    assert_eq!(message(&listed, "notice-password-reset")["kind"], "notice");

    // A placeholder the instructions do not have is refused; the organisation's name is one the subject has.
    let bad = json!({"text": "Chez { $org }, personne ne vous demandera ce code."});
    let refused = problem(app.call(Method::PUT, PATH, &token, Some(bad)).await, 400, "invalid_request").await;
    assert_eq!(refused["field"], "text");
    let subject = json!({"text": "{ $org } : votre code"});
    let path = "/v1/admin/wording/fr/code-email-subject";
    json_of(app.call(Method::PUT, path, &token, Some(subject)).await, 200).await;
    let saved = json_of(app.call(Method::PUT, PATH, &token, Some(json!({"text": OWN}))).await, 200).await;
    assert_eq!(saved["override"], OWN);
    let listed = json_of(app.call(Method::GET, "/v1/admin/wording/fr", &token, None).await, 200).await;
    assert_eq!(message(&listed, "code-why-reset")["override"], OWN);
    let german = json_of(app.call(Method::GET, "/v1/admin/wording/de", &token, None).await, 200).await;
    assert_eq!(message(&german, "code-why-reset")["override"], Value::Null, "French only");

    let org = app.ports.directory.settings().await.unwrap().name;
    let french = code_email(&app, "amelie", 0).await;
    assert!(french.contains(OWN), "the override: {french}");
    let subject = app.outbox().nth_to(&app.email_of("amelie"), 0).await.subject.unwrap_or_default();
    assert_eq!(subject, format!("{org} : votre code"), "the placeholder said");
    assert!(!french.contains(&say(Language::Fr, "code-why-reset", &Args::new())), "{french}");
    assert!(french.contains("Il expire dans"), "the rest is the catalogue's: {french}");
    let greta = code_email(&app, "greta", 0).await;
    assert!(!greta.contains("Personne chez nous"), "{greta}");
    assert!(greta.contains("Solange der Code nicht verwendet wird"), "{greta}");

    let restored = json_of(app.call(Method::DELETE, PATH, &token, None).await, 200).await;
    assert_eq!(restored["override"], Value::Null);
    let again = code_email(&app, "amelie", 1).await;
    assert!(!again.contains("Personne chez nous"), "{again}");
    assert!(again.contains(&say(Language::Fr, "code-why-reset", &Args::new())), "the default again: {again}");
}

#[tokio::test]
async fn bad_words_are_refused_naming_the_field_and_change_nothing() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let token = app.token("boss", ADMIN_PASSWORD).await;
    json_of(app.call(Method::PUT, PATH, &token, Some(json!({"text": "Avant."}))).await, 200).await;
    let before = app.ports.directory.settings().await.unwrap();
    let long = "a".repeat(2001);
    for (path, body, field) in [
        ("/v1/admin/wording/nl/code-why-reset", json!({"text": "Hallo"}), "language"),
        (PATH, json!({"text": ""}), "text"),
        (PATH, json!({"text": "  \n "}), "text"),
        (PATH, json!({"text": long}), "text"),
        (PATH, json!({"text": "Votre code est { $code }"}), "text"),
        (PATH, json!({"text": "Votre code { $org"}), "text"),
        (PATH, json!({"text": "Ligne\n[one] autre"}), "text"),
        (PATH, json!({"text": "Voir { notice-not-you }"}), "text"),
        (PATH, json!({}), "text"),
    ] {
        let bad =
            problem(app.call(Method::PUT, path, &token, Some(body.clone())).await, 400, "invalid_request")
                .await;
        assert_eq!(bad["field"], field, "{path} {body}: {bad}");
    }
    // An id that names no message that can be worded is not there.
    for path in ["/v1/admin/wording/fr/code-nope", "/v1/admin/wording/fr/problem-not-found-title"] {
        problem(
            app.call(Method::PUT, path, &token, Some(json!({"text": "Bonjour"}))).await,
            404,
            "not_found",
        )
        .await;
    }
    problem(app.call(Method::DELETE, "/v1/admin/wording/fr/code-nope", &token, None).await, 404, "not_found")
        .await;
    problem(
        app.call(Method::DELETE, "/v1/admin/wording/xx/code-why-reset", &token, None).await,
        400,
        "invalid_request",
    )
    .await;
    problem(app.call(Method::GET, "/v1/admin/wording/klingon", &token, None).await, 400, "invalid_request")
        .await;
    assert_eq!(app.ports.directory.settings().await.unwrap(), before, "nothing changed");
    // A problem is worded in the request's language, whatever language is edited.
    let german = app
        .http
        .put(app.url("/v1/admin/wording/fr/code-why-reset?lang=de"))
        .bearer_auth(&token)
        .json(&json!({"text": "{ $pin }"}))
        .send()
        .await
        .unwrap();
    assert_eq!(german.headers()["content-language"], "de");
}

#[tokio::test]
async fn the_helpdesk_may_not_read_or_change_the_words() {
    let app = TestApp::start().await;
    app.create_user("desk", DESK_PASSWORD, &[Role::Helpdesk]).await;
    let desk = app.token("desk", DESK_PASSWORD).await;
    problem(app.call(Method::GET, "/v1/admin/wording/fr", &desk, None).await, 403, "forbidden").await;
    problem(app.call(Method::PUT, PATH, &desk, Some(json!({"text": "Bonjour"}))).await, 403, "forbidden")
        .await;
    problem(app.call(Method::DELETE, PATH, &desk, None).await, 403, "forbidden").await;
    assert!(app.ports.directory.settings().await.unwrap().wording.is_empty());
}

#[tokio::test]
async fn the_audit_names_the_message_and_the_language_never_the_words() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let token = app.token("boss", ADMIN_PASSWORD).await;
    json_of(app.call(Method::PUT, PATH, &token, Some(json!({"text": OWN}))).await, 200).await;
    json_of(app.call(Method::DELETE, PATH, &token, None).await, 200).await;
    let report = json_of(
        app.call(Method::GET, "/v1/reports/reset-activity?activity=policy_change", &token, None).await,
        200,
    )
    .await
    .to_string();
    assert!(report.contains("wording; code-why-reset in fr set"), "{report}");
    assert!(report.contains("wording; code-why-reset in fr restored to the default"), "{report}");
    assert!(!report.contains("Personne chez nous"), "the words are not audited: {report}");
}
