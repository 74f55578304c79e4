//! Where a person's language is kept and chosen: by the user at `/v1/me`,
//! by an administrator on the user, by an import's `language` column, and
//! the organisation's default that `/v1/config/public` tells the apps.

use latchkey_core::model::audit::Action;
use latchkey_core::model::language::Language;
use latchkey_core::model::user::Role;
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

#[tokio::test]
async fn a_user_sets_and_clears_their_own_language_and_an_unknown_one_changes_nothing() {
    let app = TestApp::start().await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let token = app.token("adele", ADELE_PASSWORD).await;
    let me = json_of(app.call(Method::GET, "/v1/me", &token, None).await, 200).await;
    assert_eq!(me["language"], Value::Null, "none chosen yet: {me}");

    let set =
        json_of(app.call(Method::PATCH, "/v1/me", &token, Some(json!({"language": "de"}))).await, 200).await;
    assert_eq!(set["language"], "de", "{set}");
    assert_eq!(set["user"]["username"], "adele", "the answer is the profile");
    assert_eq!(json_of(app.call(Method::GET, "/v1/me", &token, None).await, 200).await["language"], "de");
    assert_eq!(app.user(&adele.id).await.language, Some(Language::De), "stored on the user record");
    let version = app.user(&adele.id).await.version;

    // An unknown language, a region tag the wire does not take, a number and an
    // unknown field: each a 400 naming its field, and nothing changes.
    for (body, field) in [
        (json!({"language": "nl"}), "language"),
        (json!({"language": "pt-BR"}), "language"),
        (json!({"language": 7}), "language"),
        (json!({"language": "fr", "theme": "dark"}), "theme"),
    ] {
        let bad = problem(
            app.call(Method::PATCH, "/v1/me", &token, Some(body.clone())).await,
            400,
            "invalid_request",
        )
        .await;
        assert_eq!(bad["field"], field, "{body}: {bad}");
    }
    let after = app.user(&adele.id).await;
    assert_eq!((after.language, after.version), (Some(Language::De), version), "nothing changed");

    // Nothing given changes nothing; `null` goes back to the organisation's.
    let same = json_of(app.call(Method::PATCH, "/v1/me", &token, Some(json!({}))).await, 200).await;
    assert_eq!(same["language"], "de");
    assert_eq!(app.user(&adele.id).await.version, version);
    let cleared =
        json_of(app.call(Method::PATCH, "/v1/me", &token, Some(json!({"language": null}))).await, 200).await;
    assert_eq!(cleared["language"], Value::Null, "{cleared}");
    assert_eq!(app.user(&adele.id).await.language, None);

    // Each change is audited once, by the user about themselves, naming only the language.
    let reasons: Vec<String> = app
        .audit_for(&adele.id)
        .await
        .into_iter()
        .filter(|e| e.action == Action::PreferenceChanged)
        .inspect(|e| assert_eq!(e.actor.as_ref(), Some(&adele.id)))
        .filter_map(|e| e.reason_text())
        .collect();
    assert_eq!(reasons.len(), 2, "{reasons:?}");
    assert!(reasons.contains(&"language:de".to_owned()) && reasons.contains(&"language:none".to_owned()));

    // Without a session there is no one to change.
    let anonymous = app.http.patch(app.url("/v1/me")).json(&json!({"language": "fr"})).send().await.unwrap();
    assert_eq!(anonymous.status(), 401);
}

#[tokio::test]
async fn an_administrator_creates_and_edits_a_user_with_a_language_and_a_bad_one_changes_nothing() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let token = app.token("boss", ADMIN_PASSWORD).await;

    let create = json!({"username": "carol", "display_name": "Carol Danvers", "language": "fr", "send_invitation": false});
    let carol = json_of(app.call(Method::POST, "/v1/admin/users", &token, Some(create)).await, 201).await;
    assert_eq!(carol["language"], "fr", "{carol}");
    let bad_create =
        json!({"username": "dan", "display_name": "Dan", "language": "xx", "send_invitation": false});
    let bad = problem(
        app.call(Method::POST, "/v1/admin/users", &token, Some(bad_create)).await,
        400,
        "invalid_request",
    )
    .await;
    assert_eq!(bad["field"], "language", "{bad}");
    let plain = json!({"username": "erin", "display_name": "Erin", "send_invitation": false});
    let erin = json_of(app.call(Method::POST, "/v1/admin/users", &token, Some(plain)).await, 201).await;
    assert_eq!(erin["language"], Value::Null, "left out: the organisation's");

    // The invitation sent on creation is in the language given with it.
    let address = app.email_of("gerda");
    let german = json!({"username": "gerda", "display_name": "Gerda", "emails": [address], "language": "de"});
    json_of(app.call(Method::POST, "/v1/admin/users", &token, Some(german)).await, 201).await;
    let invitation = app.outbox().to(&address).await;
    let subject = invitation.last().and_then(|m| m.subject.clone()).unwrap_or_default();
    assert!(subject.contains("Passwort"), "a German invitation: {subject}");

    let list = json_of(app.call(Method::GET, "/v1/admin/users?limit=200", &token, None).await, 200).await;
    let rows = list["users"].as_array().unwrap();
    let language_of = |name: &str| rows.iter().find(|u| u["username"] == name).map(|u| u["language"].clone());
    assert_eq!(language_of("carol"), Some(json!("fr")));
    assert_eq!(language_of("erin"), Some(Value::Null));
    assert_eq!(language_of("dan"), None, "the bad request created no one");

    let path = format!("/v1/admin/users/{}", carol["id"].as_str().unwrap());
    let version = carol["version"].as_u64().unwrap();
    let edited = json_of(
        app.call(Method::PATCH, &path, &token, Some(json!({"version": version, "language": "ja"}))).await,
        200,
    )
    .await;
    assert_eq!(edited["language"], "ja", "{edited}");
    let version = edited["version"].as_u64().unwrap();

    // A bad language is a 400 naming it; a stale version a 409; neither changes anything.
    let bad = problem(
        app.call(Method::PATCH, &path, &token, Some(json!({"version": version, "language": "klingon"})))
            .await,
        400,
        "invalid_request",
    )
    .await;
    assert_eq!(bad["field"], "language", "{bad}");
    problem(
        app.call(Method::PATCH, &path, &token, Some(json!({"version": version - 1, "language": "es"}))).await,
        409,
        "version_conflict",
    )
    .await;
    let detail = json_of(app.call(Method::GET, &path, &token, None).await, 200).await;
    assert_eq!((detail["language"].clone(), detail["version"].as_u64()), (json!("ja"), Some(version)));

    // Other fields leave it alone; `null` clears it.
    let renamed = json_of(
        app.call(Method::PATCH, &path, &token, Some(json!({"version": version, "display_name": "Carol D."})))
            .await,
        200,
    )
    .await;
    assert_eq!(renamed["language"], "ja");
    let version = renamed["version"].as_u64().unwrap();
    let cleared = json_of(
        app.call(Method::PATCH, &path, &token, Some(json!({"version": version, "language": null}))).await,
        200,
    )
    .await;
    assert_eq!(cleared["language"], Value::Null, "{cleared}");

    // The edits are audited as user edits naming the field.
    let id = latchkey_core::model::values::UserId::new(carol["id"].as_str().unwrap());
    let edits = app
        .audit_for(&id)
        .await
        .into_iter()
        .filter(|e| e.action == Action::UserUpdated && e.reason_text().as_deref() == Some("language"))
        .count();
    assert_eq!(edits, 2, "set and cleared");
}

#[tokio::test]
async fn an_import_reads_a_language_column_and_a_bad_language_fails_only_its_row() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let token = app.token("boss", ADMIN_PASSWORD).await;
    let csv = "username,display_name,emails,language\n\
               fiona,Fiona Gallagher,fiona@contoso.example,es\n\
               greg,Greg House,greg@contoso.example,klingon\n";
    let import = |body: &'static str| {
        app.http
            .post(app.url("/v1/admin/users/import?dry_run=false"))
            .bearer_auth(&token)
            .header("content-type", "text/csv")
            .body(body)
            .send()
    };
    let report = json_of(import(csv).await.unwrap(), 200).await;
    assert_eq!((report["created"].clone(), report["errors"].clone()), (json!(1), json!(1)), "{report}");
    let bad = &report["rows"][1];
    assert_eq!(
        (bad["line"].clone(), bad["result"].clone(), bad["field"].clone()),
        (json!(3), json!("error"), json!("language"))
    );
    assert!(bad["reason"].as_str().unwrap().contains("en, fr"), "{bad}");

    let list = json_of(app.call(Method::GET, "/v1/admin/users?limit=200", &token, None).await, 200).await;
    let rows = list["users"].as_array().unwrap();
    let fiona = rows.iter().find(|u| u["username"] == "fiona").expect("fiona imported");
    assert_eq!(fiona["language"], "es");
    assert!(rows.iter().all(|u| u["username"] != "greg"), "the bad row wrote nothing");

    // The export writes the column, and the same file again changes nothing.
    let export = app.http.get(app.url("/v1/admin/users/export")).bearer_auth(&token).send().await.unwrap();
    let text = export.text().await.unwrap();
    assert!(text.lines().next().unwrap().ends_with(",language"), "{text}");
    assert!(text.lines().any(|l| l.starts_with("fiona,") && l.ends_with(",es")), "{text}");
    let again = json_of(import(csv).await.unwrap(), 200).await;
    assert_eq!((again["unchanged"].clone(), again["errors"].clone()), (json!(1), json!(1)), "{again}");
}

#[tokio::test]
async fn the_organisation_default_language_is_saved_with_the_branding_and_shown_before_sign_in() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let token = app.token("boss", ADMIN_PASSWORD).await;
    assert_eq!(json_of(app.get("/v1/config/public").await, 200).await["default_language"], "en");
    let branding = json_of(app.call(Method::GET, "/v1/admin/branding", &token, None).await, 200).await;
    assert_eq!(branding["default_language"], "en", "{branding}");

    let arabic = json!({"company_name": "Fabrikam", "default_language": "ar"});
    let saved = json_of(app.call(Method::PUT, "/v1/admin/branding", &token, Some(arabic)).await, 200).await;
    assert_eq!(saved["default_language"], "ar", "{saved}");
    let public = json_of(app.get("/v1/config/public").await, 200).await;
    assert_eq!(
        (public["default_language"].clone(), public["company_name"].clone()),
        (json!("ar"), json!("Fabrikam"))
    );
    assert!(app.dump_tables().await.contains("default language ar"), "the save is audited with the language");

    // A save that leaves it out (a console that does not know of it) keeps it.
    let older = json!({"company_name": "Fabrikam Ltd"});
    let kept = json_of(app.call(Method::PUT, "/v1/admin/branding", &token, Some(older)).await, 200).await;
    assert_eq!(kept["default_language"], "ar");

    // An unknown language is a 400 naming it, and nothing changes.
    let bad = json!({"company_name": "Contoso", "default_language": "tlh"});
    let refused =
        problem(app.call(Method::PUT, "/v1/admin/branding", &token, Some(bad)).await, 400, "invalid_request")
            .await;
    assert_eq!(refused["field"], "default_language", "{refused}");
    let public = json_of(app.get("/v1/config/public").await, 200).await;
    assert_eq!(
        (public["default_language"].clone(), public["company_name"].clone()),
        (json!("ar"), json!("Fabrikam Ltd"))
    );
}

#[tokio::test]
async fn the_openapi_document_describes_the_languages_and_the_routes_that_take_them() {
    let app = TestApp::start().await;
    let doc = json_of(app.get("/openapi.json").await, 200).await;
    let schemas = &doc["components"]["schemas"];
    assert_eq!(
        schemas["Language"]["enum"],
        json!(["en", "fr", "de", "es", "pt", "ja", "ar"]),
        "{}",
        schemas["Language"]
    );
    assert!(doc["paths"]["/v1/me"]["patch"].is_object(), "PATCH /v1/me is documented");
    for (schema, field) in [
        ("UpdateMeRequest", "language"),
        ("UpdateUserRequest", "language"),
        ("CreateUserRequest", "language"),
        ("MeResponse", "language"),
        ("AdminUserDetail", "language"),
        ("AdminUserRow", "language"),
        ("Branding", "default_language"),
        ("PublicConfig", "default_language"),
    ] {
        let property = &schemas[schema]["properties"][field];
        assert!(
            property.to_string().contains("#/components/schemas/Language"),
            "{schema}.{field}: {property}"
        );
    }
    // A field that may be cleared says it takes `null`.
    let clearable = schemas["UpdateMeRequest"]["properties"]["language"].to_string();
    assert!(clearable.contains("null"), "{clearable}");
}
