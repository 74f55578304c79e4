//! SCIM 2.0 end to end, with the request bodies Microsoft Entra ID's and
//! Okta's provisioning documentation shows: create, the `userName eq`
//! lookup, PATCH of `active`, paging; and what a provisioning client may
//! never do (touch an administrator, overwrite a newer version).

use latchkey_core::model::audit::Action;
use latchkey_core::model::user::Role;
use latchkey_e2e::TestApp;
use reqwest::{Method, Response};
use serde_json::{Value, json};

use crate::ADELE_PASSWORD;

const MEDIA: &str = "application/scim+json";

/// A SCIM client's access token with `scopes`, made by an administrator.
async fn scim_token(app: &TestApp, scopes: &[&str]) -> String {
    app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    let admin = app.token("boss", ADELE_PASSWORD).await;
    let body = json!({"name": "Microsoft Entra provisioning", "scopes": scopes});
    let made: Value =
        app.call(Method::POST, "/v1/admin/clients", &admin, Some(body)).await.json().await.unwrap();
    let (id, secret) = (made["client"]["id"].as_str().unwrap(), made["client_secret"].as_str().unwrap());
    let response = app
        .http
        .post(app.url("/v1/oauth/token"))
        .basic_auth(id, Some(secret))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("grant_type=client_credentials")
        .send()
        .await
        .unwrap();
    let body: Value = response.json().await.unwrap();
    body["access_token"].as_str().expect("a token").to_owned()
}

async fn scim(app: &TestApp, method: Method, path: &str, token: &str, body: Option<Value>) -> Response {
    let mut request = app.http.request(method, app.url(path)).bearer_auth(token).header("accept", MEDIA);
    if let Some(body) = body {
        request = request.header("content-type", MEDIA).body(body.to_string());
    }
    request.send().await.unwrap()
}

async fn answer(response: Response, status: u16) -> (Value, Option<String>) {
    let code = response.status().as_u16();
    let etag = response.headers().get("etag").and_then(|v| v.to_str().ok()).map(str::to_owned);
    let kind = response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    assert_eq!(code, status, "{body}");
    assert!(kind.starts_with(MEDIA), "{kind}");
    (body, etag)
}

/// Microsoft Entra's "create user" request, as its SCIM guide shows it.
fn entra_user() -> Value {
    json!({
        "schemas": [
            "urn:ietf:params:scim:schemas:core:2.0:User",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
        "externalId": "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef",
        "userName": "Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1",
        "active": true,
        "emails": [{
            "primary": true,
            "type": "work",
            "value": "Test_User_fd0ea19b-0777-472c-9f96-4f70d2226f2e@testuser.com"
        }],
        "meta": {"resourceType": "User"},
        "name": {"formatted": "givenName familyName", "familyName": "familyName", "givenName": "givenName"},
        "roles": []
    })
}

#[tokio::test]
async fn entra_creates_finds_by_username_patches_and_deactivates_a_user() {
    let app = TestApp::start().await;
    let token = scim_token(&app, &["scim:write"]).await;
    let (created, etag) =
        answer(scim(&app, Method::POST, "/scim/v2/Users", &token, Some(entra_user())).await, 201).await;
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(created["userName"], "test_user_ab6490ee-1e48-479e-a20b-2d77186b5dd1");
    assert_eq!(created["externalId"], "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef");
    assert_eq!(created["name"]["givenName"], "givenName");
    assert_eq!(created["meta"]["location"], format!("/scim/v2/Users/{id}"));
    assert_eq!(etag.as_deref(), Some("W/\"1\""));
    // The same userName again: 409 uniqueness.
    let (taken, _) =
        answer(scim(&app, Method::POST, "/scim/v2/Users", &token, Some(entra_user())).await, 409).await;
    assert_eq!(taken["scimType"], "uniqueness");

    // Entra's lookup before it creates or updates anyone.
    let path = "/scim/v2/Users?filter=userName+eq+%22Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1%22";
    let (found, _) = answer(scim(&app, Method::GET, path, &token, None).await, 200).await;
    assert_eq!(found["totalResults"], 1, "{found}");
    assert_eq!(found["Resources"][0]["id"], id.as_str());
    let none = "/scim/v2/Users?filter=userName+eq+%22non-existent%22";
    let (empty, _) = answer(scim(&app, Method::GET, none, &token, None).await, 200).await;
    assert_eq!((&empty["totalResults"], empty["Resources"].as_array().map(Vec::len)), (&json!(0), Some(0)));

    let patch = json!({
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [
            {"op": "Add", "path": "emails[type eq \"work\"].value", "value": "updatedEmail@microsoft.com"},
            {"op": "Replace", "path": "name.familyName", "value": "updatedFamilyName"},
            {"op": "Add", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", "value": "Finance"}
        ]
    });
    let at = format!("/scim/v2/Users/{id}");
    let (patched, etag) = answer(scim(&app, Method::PATCH, &at, &token, Some(patch)).await, 200).await;
    assert_eq!(patched["emails"][0]["value"], "updatedEmail@microsoft.com", "{patched}");
    assert_eq!(patched["name"]["familyName"], "updatedFamilyName");
    assert_eq!(
        patched["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]["department"],
        "Finance"
    );
    assert_eq!(etag.as_deref(), Some("W/\"2\""));

    // Entra's deactivation, `active` as text.
    let off = json!({
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "Replace", "path": "active", "value": "False"}]
    });
    let (off, _) = answer(scim(&app, Method::PATCH, &at, &token, Some(off)).await, 200).await;
    assert_eq!(off["active"], false);
    let stored = named(&app, "test_user_ab6490ee-1e48-479e-a20b-2d77186b5dd1").await.unwrap();
    assert!(!stored.enabled);
    let events = app.audit_for(&stored.id).await;
    assert!(events.iter().any(|e| e.action == Action::UserCreated));
    assert!(events.iter().filter(|e| e.action == Action::UserUpdated).count() >= 2, "each change is audited");

    let response = scim(&app, Method::DELETE, &at, &token, None).await;
    assert_eq!(response.status(), 204);
    answer(scim(&app, Method::GET, &at, &token, None).await, 404).await;
}

#[tokio::test]
async fn okta_creates_without_taking_its_password_pages_and_deactivates() {
    let app = TestApp::start().await;
    let token = scim_token(&app, &["scim:write"]).await;
    // Okta's "create user" request, as its SCIM guide shows it.
    let okta = json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": "test.user@okta.local",
        "name": {"givenName": "Test", "familyName": "User"},
        "emails": [{"primary": true, "value": "test.user@okta.local", "type": "work"}],
        "displayName": "Test User",
        "locale": "en-US",
        "externalId": "00ujl29u0le5T6Aj10h7",
        "groups": [],
        "password": "1mz050nq",
        "active": true
    });
    let (created, _) =
        answer(scim(&app, Method::POST, "/scim/v2/Users", &token, Some(okta)).await, 201).await;
    assert_eq!(created["displayName"], "Test User");
    assert!(created.get("password").is_none());
    assert_eq!(
        app.sign_in("test.user@okta.local", "1mz050nq").await.status(),
        401,
        "a provider's password is never kept"
    );
    for n in 0..4 {
        let body = json!({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": format!("paged{n}@okta.local")});
        answer(scim(&app, Method::POST, "/scim/v2/Users", &token, Some(body)).await, 201).await;
    }
    // Okta's import pages through everyone (here the administrator too).
    let (page, _) =
        answer(scim(&app, Method::GET, "/scim/v2/Users?startIndex=2&count=2", &token, None).await, 200).await;
    assert_eq!(page["totalResults"], 6, "{page}");
    assert_eq!((&page["startIndex"], &page["itemsPerPage"]), (&json!(2), &json!(2)));
    let (rest, _) =
        answer(scim(&app, Method::GET, "/scim/v2/Users?startIndex=6&count=2", &token, None).await, 200).await;
    assert_eq!(rest["Resources"].as_array().unwrap().len(), 1);

    let id = created["id"].as_str().unwrap();
    let deactivate = json!({
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "value": {"active": false}}]
    });
    let (off, _) = answer(
        scim(&app, Method::PATCH, &format!("/scim/v2/Users/{id}"), &token, Some(deactivate)).await,
        200,
    )
    .await;
    assert_eq!(off["active"], false);
}

#[tokio::test]
async fn a_provisioning_client_never_touches_an_administrator_nor_a_newer_version() {
    let app = TestApp::start().await;
    let token = scim_token(&app, &["scim:write"]).await;
    let boss = named(&app, "boss").await.unwrap();
    let at = format!("/scim/v2/Users/{}", boss.id.as_str());
    let off = json!({
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "path": "active", "value": false}]
    });
    answer(scim(&app, Method::PATCH, &at, &token, Some(off)).await, 403).await;
    answer(scim(&app, Method::DELETE, &at, &token, None).await, 403).await;
    assert!(named(&app, "boss").await.unwrap().enabled);

    let (made, etag) = answer(
        scim(
            &app,
            Method::POST,
            "/scim/v2/Users",
            &token,
            Some(json!({"userName": "megan", "displayName": "Megan"})),
        )
        .await,
        201,
    )
    .await;
    let at = format!("/scim/v2/Users/{}", made["id"].as_str().unwrap());
    let rename = |name: &str| {
        json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "path": "displayName", "value": name}]})
    };
    let stale = etag.unwrap();
    let fresh = app
        .http
        .request(Method::PATCH, app.url(&at))
        .bearer_auth(&token)
        .header("content-type", MEDIA)
        .header("if-match", &stale)
        .body(rename("Megan B").to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(fresh.status(), 200);
    let refused = app
        .http
        .request(Method::PATCH, app.url(&at))
        .bearer_auth(&token)
        .header("content-type", MEDIA)
        .header("if-match", &stale)
        .body(rename("Megan C").to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 412, "a stale ETag changes nothing");
    assert_eq!(named(&app, "megan").await.unwrap().display_name, "Megan B");

    let (bad, _) =
        answer(scim(&app, Method::GET, "/scim/v2/Users?filter=userName+eq", &token, None).await, 400).await;
    assert_eq!(bad["scimType"], "invalidFilter");
    let unauthorised = app.http.get(app.url("/scim/v2/Users")).send().await.unwrap();
    assert_eq!(unauthorised.status(), 401);
}

#[tokio::test]
async fn the_discovery_documents_say_what_is_served() {
    let app = TestApp::start().await;
    let token = scim_token(&app, &["scim:read"]).await;
    let (config, _) =
        answer(scim(&app, Method::GET, "/scim/v2/ServiceProviderConfig", &token, None).await, 200).await;
    assert_eq!((&config["patch"]["supported"], &config["etag"]["supported"]), (&json!(true), &json!(true)));
    let (types, _) = answer(scim(&app, Method::GET, "/scim/v2/ResourceTypes", &token, None).await, 200).await;
    assert_eq!(types["Resources"][0]["endpoint"], "/Users");
    assert_eq!(types["Resources"][1]["endpoint"], "/Groups");
    let (schemas, _) = answer(scim(&app, Method::GET, "/scim/v2/Schemas", &token, None).await, 200).await;
    assert_eq!(schemas["totalResults"], 3, "User, the enterprise extension, Group");
    // A read-only client reads, and is refused a write.
    let refused = scim(&app, Method::POST, "/scim/v2/Users", &token, Some(json!({"userName": "x"}))).await;
    assert_eq!(refused.status(), 403);
}

async fn named(app: &TestApp, username: &str) -> Option<latchkey_core::model::user::User> {
    let username = latchkey_core::model::values::Username::parse(username).unwrap();
    app.ports.directory.user_by_username(&username).await.expect("read")
}

#[tokio::test]
async fn an_identity_provider_keeps_a_provisioning_token_that_rotates_and_is_revoked_with_its_client() {
    let app = TestApp::start().await;
    app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    let admin = app.token("boss", ADELE_PASSWORD).await;
    let body = json!({"name": "Okta provisioning", "scopes": ["scim:read", "scim:write"]});
    let made: Value =
        app.call(Method::POST, "/v1/admin/clients", &admin, Some(body)).await.json().await.unwrap();
    let id = made["client"]["id"].as_str().unwrap().to_owned();
    let token = made["provisioning_token"].as_str().expect("a provisioning token").to_owned();
    assert_eq!(token, format!("{id}.{}", made["client_secret"].as_str().unwrap()));
    // Okta's "HTTP Header" authentication sends it as the bearer token, as is.
    answer(
        scim(&app, Method::GET, "/scim/v2/Users?filter=userName%20eq%20%22boss%22", &token, None).await,
        200,
    )
    .await;
    let (created, _) =
        answer(scim(&app, Method::POST, "/scim/v2/Users", &token, Some(entra_user())).await, 201).await;
    assert!(created["id"].is_string());

    // A wrong secret is refused in SCIM's shape, and never works on the rest of the API.
    let wrong = format!("{id}.lkcs_{}", "0".repeat(64));
    let (refused, _) = answer(scim(&app, Method::GET, "/scim/v2/Users", &wrong, None).await, 401).await;
    assert_eq!(refused["status"], "401");
    assert_eq!(app.call(Method::GET, "/v1/admin/users", &token, None).await.status(), 401);

    // A client without a SCIM scope is shown no provisioning token.
    let other: Value = app
        .call(
            Method::POST,
            "/v1/admin/clients",
            &admin,
            Some(json!({"name": "SIEM", "scopes": ["reports:read"]})),
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(other.get("provisioning_token").is_none(), "{other:#}");

    // Rotated with the client's secret: the new token works, the old one through the overlap.
    let rotated: Value = app
        .call(Method::POST, &format!("/v1/admin/clients/{id}/secret"), &admin, None)
        .await
        .json()
        .await
        .unwrap();
    let new_token = rotated["provisioning_token"].as_str().expect("a new provisioning token").to_owned();
    assert_ne!(new_token, token);
    for t in [&new_token, &token] {
        answer(scim(&app, Method::GET, "/scim/v2/Users", t, None).await, 200).await;
    }

    // Revoked with the client, at once.
    assert_eq!(
        app.call(Method::DELETE, &format!("/v1/admin/clients/{id}"), &admin, None).await.status(),
        204
    );
    for t in [&new_token, &token] {
        answer(scim(&app, Method::GET, "/scim/v2/Users", t, None).await, 401).await;
    }
}

/// A user made through SCIM; its id.
async fn provisioned(app: &TestApp, token: &str, name: &str) -> String {
    let mut user = entra_user();
    user["userName"] = json!(name);
    user["emails"][0]["value"] = json!(format!("{name}@example.com"));
    let (created, _) = answer(scim(app, Method::POST, "/scim/v2/Users", token, Some(user)).await, 201).await;
    created["id"].as_str().unwrap().to_owned()
}

fn member_values(group: &Value) -> Vec<String> {
    let mut ids: Vec<String> = group["members"]
        .as_array()
        .map(|m| m.iter().map(|m| m["value"].as_str().unwrap().to_owned()).collect())
        .unwrap_or_default();
    ids.sort();
    ids
}

#[tokio::test]
async fn entra_and_okta_provision_groups_and_their_members_by_value_filter() {
    let app = TestApp::start().await;
    let token = scim_token(&app, &["scim:write"]).await;
    let (ann, ben) = (provisioned(&app, &token, "ann").await, provisioned(&app, &token, "ben").await);

    // Entra: is the group there? (members left out), then create it.
    let lookup = "/scim/v2/Groups?excludedAttributes=members&filter=displayName%20eq%20%22Sales%20EMEA%22";
    let (found, _) = answer(scim(&app, Method::GET, lookup, &token, None).await, 200).await;
    assert_eq!(found["totalResults"], 0);
    let entra_group = json!({
        "externalId": "8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159",
        "displayName": "Sales EMEA",
        "meta": {"resourceType": "Group"},
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"]
    });
    let (group, _) =
        answer(scim(&app, Method::POST, "/scim/v2/Groups", &token, Some(entra_group)).await, 201).await;
    assert_eq!(
        (group["id"].as_str(), group["displayName"].as_str()),
        (Some("Sales EMEA"), Some("Sales EMEA"))
    );
    let path = "/scim/v2/Groups/Sales%20EMEA";
    let (again, _) = answer(
        scim(&app, Method::POST, "/scim/v2/Groups", &token, Some(json!({"displayName": "Sales EMEA"}))).await,
        409,
    )
    .await;
    assert_eq!(again["scimType"], "uniqueness");

    // Entra's "add member" and "remove member" bodies.
    let add = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"name": "addMember", "op": "Add", "path": "members",
            "value": [{"$ref": null, "value": ann}, {"$ref": null, "value": ben}]}]});
    let (group, _) = answer(scim(&app, Method::PATCH, path, &token, Some(add)).await, 200).await;
    let mut both = vec![ann.clone(), ben.clone()];
    both.sort();
    assert_eq!(member_values(&group), both);
    assert!(
        app.user(&latchkey_core::model::values::UserId::new(&ann))
            .await
            .groups
            .iter()
            .any(|g| g.as_str() == "Sales EMEA")
    );
    // Entra asks whether a user is a member by filter.
    let member = format!(
        "/scim/v2/Groups?excludedAttributes=members&filter=id%20eq%20%22Sales%20EMEA%22%20and%20members%20eq%20%22{ann}%22"
    );
    let (hit, _) = answer(scim(&app, Method::GET, &member, &token, None).await, 200).await;
    assert_eq!(hit["totalResults"], 1, "{hit:#}");
    assert!(hit["Resources"][0].get("members").is_none(), "excluded");
    let remove = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"name": "removeMember", "op": "Remove", "path": "members",
            "value": [{"$ref": null, "value": ann}]}]});
    let (group, _) = answer(scim(&app, Method::PATCH, path, &token, Some(remove)).await, 200).await;
    assert_eq!(member_values(&group), vec![ben.clone()], "only ann left");

    okta_changes_the_same_group(&app, &token, path, (&ann, &ben)).await;
    let (types, _) = answer(scim(&app, Method::GET, "/scim/v2/ResourceTypes", &token, None).await, 200).await;
    assert_eq!(types["totalResults"], 2);
}

/// Okta's shapes on the group Entra made: add with a display, remove by a
/// value filter, its pathless replace repeating the id; then a PUT, an
/// unknown member, an administrator, and the group's deletion.
async fn okta_changes_the_same_group(app: &TestApp, token: &str, path: &str, (ann, ben): (&str, &str)) {
    // Okta: add with display, remove by a value filter, its pathless replace repeating the id.
    let okta_add = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "add", "path": "members", "value": [{"value": ann, "display": "ann@example.com"}]}]});
    answer(scim(app, Method::PATCH, path, token, Some(okta_add)).await, 200).await;
    let okta_remove = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "remove", "path": format!("members[value eq \"{ben}\"]")}]});
    let (group, _) = answer(scim(app, Method::PATCH, path, token, Some(okta_remove)).await, 200).await;
    assert_eq!(member_values(&group), vec![ann.to_owned()]);
    let okta_same_name = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "value": {"id": "Sales EMEA", "displayName": "Sales EMEA"}}]});
    answer(scim(app, Method::PATCH, path, token, Some(okta_same_name)).await, 200).await;
    let rename = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "value": {"id": "Sales EMEA", "displayName": "Sales Europe"}}]});
    let (refused, _) = answer(scim(app, Method::PATCH, path, token, Some(rename)).await, 400).await;
    assert_eq!(refused["scimType"], "mutability");

    // Okta's PUT sets the members whole; an unknown member is refused and changes nothing.
    let put = json!({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "id": "Sales EMEA",
        "displayName": "Sales EMEA", "members": [{"value": ben, "display": "ben@example.com"}]});
    let (group, _) = answer(scim(app, Method::PUT, path, token, Some(put)).await, 200).await;
    assert_eq!(member_values(&group), vec![ben.to_owned()]);
    let stranger = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "add", "path": "members", "value": [{"value": "0123456789abcdef0123456789abcdef"}]}]});
    let (refused, _) = answer(scim(app, Method::PATCH, path, token, Some(stranger)).await, 400).await;
    assert_eq!(refused["scimType"], "invalidValue");

    // An administrator is never put in a group by a provisioning client.
    let boss = app
        .accounts()
        .ports()
        .directory
        .user_by_username(&latchkey_core::model::values::Username::parse("boss").unwrap())
        .await
        .unwrap()
        .unwrap();
    let add_boss = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "add", "path": "members", "value": [{"value": boss.id.as_str()}]}]});
    answer(scim(app, Method::PATCH, path, token, Some(add_boss)).await, 403).await;
    assert!(app.user(&boss.id).await.groups.is_empty());

    // Deleted: gone from its members too.
    assert_eq!(scim(app, Method::DELETE, path, token, None).await.status(), 204);
    answer(scim(app, Method::GET, path, token, None).await, 404).await;
    assert!(app.user(&latchkey_core::model::values::UserId::new(ben)).await.groups.is_empty());
}

#[tokio::test]
async fn a_provisioned_user_waits_for_an_invitation_unless_the_policy_sends_one_at_once() {
    let app = TestApp::start().await;
    let token = scim_token(&app, &["scim:write"]).await;
    provisioned(&app, &token, "wendy").await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert!(app.outbox().to("wendy@example.com").await.is_empty(), "no invitation by default");

    app.set_settings(|s| s.reset.invite_provisioned_users = true).await;
    let id = provisioned(&app, &token, "ivan").await;
    let invitation = app.outbox().nth_to("ivan@example.com", 0).await;
    assert!(
        invitation.body.contains("invited to set your password") && invitation.code(8).is_some(),
        "{}",
        invitation.body
    );
    let user = app.user(&latchkey_core::model::values::UserId::new(&id)).await;
    assert!(user.invitation.is_some(), "the invitation is pending on the user");
    let created = app.audit_for(&user.id).await;
    assert!(
        created
            .iter()
            .any(|e| e.action == Action::UserCreated && e.reason_text().as_deref() == Some("invitation")),
        "{created:#?}"
    );
}
