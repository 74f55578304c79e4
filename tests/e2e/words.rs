//! Every word the server sends, in the reader's language: a code by email,
//! text or call in the recipient's own language (else the organisation's),
//! and problem details in the request's (`?lang=`, then `Accept-Language`),
//! the `code` never changing.

use latchkey_core::model::language::Language;
use latchkey_core::model::methods::MethodKind;
use latchkey_core::model::user::Role;
use latchkey_e2e::{TestApp, problem};
use serde_json::{Value, json};

use crate::ADELE_PASSWORD;

fn id(flow: &Value) -> String {
    flow["reset_id"].as_str().unwrap().to_string()
}

fn method(flow: &Value, kind: &str) -> String {
    flow["methods"].as_array().unwrap().iter().find(|m| m["kind"] == kind).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// A user `username` whose stored language is `language`.
async fn speaker(app: &TestApp, username: &str, language: Option<Language>) {
    let user = app.create_user(username, ADELE_PASSWORD, &[]).await;
    app.edit_user(&user.id, |u| u.language = language).await;
}

/// Sends `username`'s reset code by `kind` and checks it works: the code.
async fn reset_code(app: &TestApp, username: &str, kind: &str, to: &str) -> String {
    let flow = app.reset_flow(username).await;
    let m = method(&flow, kind);
    assert_eq!(app.challenge(&id(&flow), &m).await.status(), 202);
    let code = match kind {
        "voice" => app.last_call().2,
        _ => app.outbox().code_for(to, 1).await,
    };
    assert_eq!(app.verify_code(&id(&flow), &m, &code).await.status(), 200, "the code said in {kind} works");
    code
}

#[tokio::test]
async fn a_german_user_gets_the_reset_code_email_in_german() {
    let app = TestApp::start().await;
    speaker(&app, "greta", Some(Language::De)).await;
    let code = reset_code(&app, "greta", "email", &app.email_of("greta")).await;
    let email = app.outbox().nth_to(&app.email_of("greta"), 0).await;
    let subject = email.subject.unwrap_or_default();
    assert!(subject.contains("Bestätigungscode"), "{subject}");
    assert!(
        email.body.contains("Ihr Bestätigungscode lautet") && email.body.contains(&code),
        "{}",
        email.body
    );
    assert!(email.body.contains("<html lang=\"de\""), "the HTML names its language: {}", email.body);
    assert!(
        email.body.contains("Minuten ab.") && email.body.contains("Solange der Code nicht verwendet wird")
    );
    assert!(!email.body.contains("verification code") && !email.body.contains('\u{2068}'), "{}", email.body);
}

#[tokio::test]
async fn a_japanese_users_text_is_in_japanese_and_one_segment() {
    let app = TestApp::start().await;
    speaker(&app, "haruto", Some(Language::Ja)).await;
    let code = reset_code(&app, "haruto", "sms", &app.phone_of("haruto")).await;
    let sms = app.outbox().nth_to(&app.phone_of("haruto"), 0).await;
    assert!(sms.body.contains(&format!("確認コードは {code} です。")), "{}", sms.body);
    assert!(sms.body.contains("有効期限は"), "{}", sms.body);
    // Japanese is sent as UCS-2: one segment holds 70 characters.
    assert!(sms.body.chars().count() <= 70, "{} characters: {}", sms.body.chars().count(), sms.body);
}

#[tokio::test]
async fn an_arabic_users_call_is_spoken_in_arabic_by_the_arabic_voice() {
    let app = TestApp::start().await;
    app.set_settings(|s| {
        s.registration.methods_allowed.insert(MethodKind::Voice);
    })
    .await;
    speaker(&app, "layla", Some(Language::Ar)).await;
    let code = reset_code(&app, "layla", "voice", "").await;
    let (to, ssml, lang) = app.voice.spoken().last().cloned().unwrap();
    assert_eq!(to.as_str(), app.phone_of("layla"));
    assert!(ssml.starts_with("<speak xml:lang=\"arb\">"), "{ssml}");
    assert!(
        ssml.contains("رمز التحقق")
            && ssml.contains(&code.chars().map(String::from).collect::<Vec<_>>().join(" "))
    );
    assert_eq!(lang, Language::Ar);
    assert_eq!(latchkey_adapters::voice::voice_for(lang).as_str(), "ZEINA", "read by the Arabic voice");
}

#[tokio::test]
async fn the_organisations_default_language_reaches_a_user_without_one() {
    let app = TestApp::start().await;
    app.set_settings(|s| s.default_language = Language::Fr).await;
    speaker(&app, "amelie", None).await;
    speaker(&app, "edward", Some(Language::En)).await;
    reset_code(&app, "amelie", "email", &app.email_of("amelie")).await;
    let french = app.outbox().nth_to(&app.email_of("amelie"), 0).await;
    assert!(
        french.subject.as_deref().unwrap_or_default().starts_with("Votre code de vérification"),
        "{french:?}"
    );
    assert!(french.body.contains("Il expire dans"), "{}", french.body);
    // A user who chose English keeps it whatever the organisation's default.
    reset_code(&app, "edward", "email", &app.email_of("edward")).await;
    let english = app.outbox().nth_to(&app.email_of("edward"), 0).await;
    assert!(english.subject.as_deref().unwrap_or_default().contains("verification code"), "{english:?}");
}

#[tokio::test]
async fn a_problem_is_worded_in_the_requests_language_and_its_code_never_changes() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let sign_in = |accept: Option<&'static str>| {
        let mut request = app.http.post(app.url("/v1/sessions"));
        if let Some(accept) = accept {
            request = request.header("accept-language", accept);
        }
        request.json(&json!({"username": "adele", "password": "not-her-password"})).send()
    };
    let english = sign_in(None).await.unwrap();
    assert_eq!(english.headers()["content-language"], "en");
    let english = problem(english, 401, "invalid_credentials").await;
    assert_eq!(english["title"], "Sign-in failed");
    let german = sign_in(Some("de-CH,de;q=0.9")).await.unwrap();
    assert_eq!(german.headers()["content-language"], "de");
    let german = problem(german, 401, "invalid_credentials").await;
    assert_eq!(german["title"], "Anmeldung fehlgeschlagen", "{german}");
    assert_eq!(german["detail"], "Benutzername oder Passwort ist falsch.");
    assert_eq!((&german["type"], &german["status"]), (&english["type"], &english["status"]));

    // `?lang=` wins over the header, on a route whose typed query refuses
    // names it does not know — but not `lang`.
    app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    let token = app.token("boss", ADELE_PASSWORD).await;
    let get = |path: &'static str| {
        app.http.get(app.url(path)).bearer_auth(&token).header("accept-language", "de").send()
    };
    let listed = get("/v1/admin/users?lang=ja&limit=5").await.unwrap();
    assert_eq!(listed.status(), 200, "lang is every route's parameter");
    assert_eq!(listed.headers()["content-language"], "ja");
    let japanese =
        problem(get("/v1/admin/users?limit=many&lang=ja").await.unwrap(), 400, "invalid_request").await;
    assert_eq!(japanese["title"], "リクエストが正しくありません", "{japanese}");
    assert_eq!(japanese["field"], "limit", "the field keeps its wire name");
    assert!(japanese["detail"].as_str().unwrap().starts_with("ページサイズ"), "{japanese}");
    let unknown =
        problem(get("/v1/admin/users?lang=ja&colour=red").await.unwrap(), 400, "invalid_request").await;
    assert_eq!(unknown["field"], "colour", "other unknown parameters are still refused: {unknown}");
    // A language Latchkey does not speak falls back to the header.
    let dutch = get("/v1/admin/users?lang=nl").await.unwrap();
    assert_eq!(dutch.headers()["content-language"], "de");
}
