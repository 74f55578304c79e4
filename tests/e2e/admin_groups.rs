//! Administrators on groups: create, rename, delete, members — the reset
//! scope following a rename, refusing a deletion that strands members until
//! accepted, a scope of several groups — and the helpdesk only reading.

use latchkey_core::model::audit::Action;
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

async fn status_of(response: reqwest::Response) -> u16 {
    response.status().as_u16()
}

fn names(list: &Value, key: &str, field: &str) -> Vec<String> {
    list[key].as_array().unwrap().iter().map(|g| g[field].as_str().unwrap().to_owned()).collect()
}

/// The reset policy scoped to `groups`, saved (accepting its impact).
async fn scope_to(app: &TestApp, token: &str, groups: &[&str]) {
    let mut policy = json_of(app.call(Method::GET, "/v1/admin/policy", token, None).await, 200).await;
    policy["scope"] = json!("groups");
    policy["scope_groups"] = json!(groups);
    let body = json!({"policy": policy, "accept_impact": true});
    json_of(app.call(Method::PUT, "/v1/admin/policy", token, Some(body)).await, 200).await;
}

/// Starts a reset for `username` and says how it started (`None`: a real flow).
async fn start_reason(app: &TestApp, username: &str) -> Option<String> {
    app.reset_flow(username).await;
    app.last_start_reason(username).await
}

#[tokio::test]
#[expect(
    clippy::too_many_lines,
    reason = "one group's life on one app, created to deleted, each step checking the state the step before left"
)]
async fn groups_are_created_listed_renamed_and_deleted_with_their_members() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let ann = app.create_user("ann", ADELE_PASSWORD, &[]).await;
    let bob = app.create_user("bob", ADELE_PASSWORD, &[]).await;
    let cat = app.create_user("cat", ADELE_PASSWORD, &[]).await;
    let token = app.token("boss", ADMIN_PASSWORD).await;

    let body = json!({"name": "  Sales team ", "description": "Everyone who sells"});
    let made = json_of(app.call(Method::POST, "/v1/admin/groups", &token, Some(body)).await, 201).await;
    assert_eq!(
        (made["name"].clone(), made["members"].clone()),
        (json!("Sales team"), json!(0)),
        "trimmed, empty"
    );
    let again = app.call(Method::POST, "/v1/admin/groups", &token, Some(json!({"name": "Sales team"}))).await;
    problem(again, 409, "group_exists").await;
    json_of(app.call(Method::POST, "/v1/admin/groups", &token, Some(json!({"name": "Empty"}))).await, 201)
        .await;

    for user in [&cat, &ann, &bob] {
        let path = format!("/v1/admin/groups/Sales%20team/members/{}", user.id);
        assert_eq!(status_of(app.call(Method::PUT, &path, &token, None).await).await, 204);
    }
    // Twice is once.
    let path = format!("/v1/admin/groups/Sales%20team/members/{}", ann.id);
    assert_eq!(status_of(app.call(Method::PUT, &path, &token, None).await).await, 204);
    let missing = app.call(Method::PUT, "/v1/admin/groups/Sales%20team/members/nobody", &token, None).await;
    problem(missing, 404, "user_not_found").await;
    let no_group = format!("/v1/admin/groups/Nope/members/{}", ann.id);
    problem(app.call(Method::PUT, &no_group, &token, None).await, 404, "group_not_found").await;

    let list = json_of(app.call(Method::GET, "/v1/admin/groups", &token, None).await, 200).await;
    assert_eq!(names(&list, "groups", "name"), ["Empty", "Sales team"]);
    assert_eq!(
        (list["groups"][1]["members"].clone(), list["groups"][1]["in_scope"].clone()),
        (json!(3), json!(false))
    );
    let first = json_of(app.call(Method::GET, "/v1/admin/groups?limit=1", &token, None).await, 200).await;
    assert_eq!(names(&first, "groups", "name"), ["Empty"]);
    let next = format!("/v1/admin/groups?limit=1&next={}", first["next"].as_str().unwrap());
    let second = json_of(app.call(Method::GET, &next, &token, None).await, 200).await;
    assert_eq!(
        (names(&second, "groups", "name"), second["next"].clone()),
        (vec!["Sales team".to_owned()], Value::Null)
    );

    // Members two at a time, in username order.
    let mut seen = Vec::new();
    let mut path = "/v1/admin/groups/Sales%20team/members?limit=2".to_owned();
    loop {
        let page = json_of(app.call(Method::GET, &path, &token, None).await, 200).await;
        seen.extend(names(&page, "users", "username"));
        match page["next"].as_str() {
            Some(next) => path = format!("/v1/admin/groups/Sales%20team/members?limit=2&next={next}"),
            None => break,
        }
    }
    assert_eq!(seen, ["ann", "bob", "cat"]);
    let bad = app.call(Method::GET, "/v1/admin/groups/Sales%20team/members?next=%21%21", &token, None).await;
    assert_eq!(problem(bad, 400, "invalid_request").await["field"], "next");

    // Removing one.
    let path = format!("/v1/admin/groups/Sales%20team/members/{}", bob.id);
    assert_eq!(status_of(app.call(Method::DELETE, &path, &token, None).await).await, 204);
    assert!(app.user(&bob.id).await.groups.is_empty());

    // A rename moves every member.
    let renamed = app
        .call(Method::PATCH, "/v1/admin/groups/Sales%20team", &token, Some(json!({"name": "Sellers"})))
        .await;
    let renamed = json_of(renamed, 200).await;
    assert_eq!(
        (renamed["name"].clone(), renamed["members"].clone(), renamed["description"].clone()),
        (json!("Sellers"), json!(2), json!("Everyone who sells"))
    );
    for user in [&ann, &cat] {
        let groups: Vec<String> = app.user(&user.id).await.groups.iter().map(|g| g.to_string()).collect();
        assert_eq!(groups, ["Sellers"]);
    }
    problem(
        app.call(Method::GET, "/v1/admin/groups/Sales%20team", &token, None).await,
        404,
        "group_not_found",
    )
    .await;
    let taken =
        app.call(Method::PATCH, "/v1/admin/groups/Sellers", &token, Some(json!({"name": "Empty"}))).await;
    problem(taken, 409, "group_exists").await;
    // The user list filters by the new name.
    let filtered =
        json_of(app.call(Method::GET, "/v1/admin/users?group=Sellers", &token, None).await, 200).await;
    assert_eq!(names(&filtered, "users", "username"), ["ann", "cat"]);

    // Deleting takes it off its members; audited throughout.
    assert_eq!(
        status_of(app.call(Method::DELETE, "/v1/admin/groups/Sellers", &token, None).await).await,
        204
    );
    assert!(app.user(&ann.id).await.groups.is_empty());
    let list = json_of(app.call(Method::GET, "/v1/admin/groups", &token, None).await, 200).await;
    assert_eq!(names(&list, "groups", "name"), ["Empty"]);
    let actions: Vec<Action> = app.audit_for(&ann.id).await.into_iter().map(|e| e.action).collect();
    assert!(actions.contains(&Action::GroupMemberAdded), "{actions:?}");
    let history: Vec<Action> =
        app.audit_for_name("group:Sellers").await.into_iter().map(|e| e.action).collect();
    assert!(
        history.contains(&Action::GroupCreated) && history.contains(&Action::GroupDeleted),
        "{history:?}"
    );
    let removed = app.audit_for(&bob.id).await;
    assert!(removed.iter().any(|e| e.action == Action::GroupMemberRemoved && e.actor.is_some()));
}

#[tokio::test]
async fn bad_names_are_refused_and_change_nothing_and_the_helpdesk_only_reads() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    app.create_user("desk", ADMIN_PASSWORD, &[Role::Helpdesk]).await;
    let ann = app.create_user("ann", ADELE_PASSWORD, &[]).await;
    let token = app.token("boss", ADMIN_PASSWORD).await;
    json_of(app.call(Method::POST, "/v1/admin/groups", &token, Some(json!({"name": "Pilots"}))).await, 201)
        .await;

    let long = "x".repeat(65);
    for body in [
        json!({"name": ""}),
        json!({"name": "   "}),
        json!({"name": "a/b"}),
        json!({"name": "tab\there"}),
        json!({"name": long}),
        json!({"name": "ok", "description": "bell\u{7}"}),
    ] {
        let bad = problem(
            app.call(Method::POST, "/v1/admin/groups", &token, Some(body.clone())).await,
            400,
            "invalid_request",
        )
        .await;
        assert!(["name", "description"].contains(&bad["field"].as_str().unwrap()), "{body} {bad}");
    }
    let rename =
        app.call(Method::PATCH, "/v1/admin/groups/Pilots", &token, Some(json!({"name": "no#hash"}))).await;
    assert_eq!(problem(rename, 400, "invalid_request").await["field"], "name");
    let unknown =
        app.call(Method::POST, "/v1/admin/groups", &token, Some(json!({"name": "x", "colour": "red"}))).await;
    problem(unknown, 400, "invalid_request").await;
    let list = json_of(app.call(Method::GET, "/v1/admin/groups", &token, None).await, 200).await;
    assert_eq!(names(&list, "groups", "name"), ["Pilots"], "nothing created or renamed");

    // The helpdesk reads groups and members, and changes nothing.
    let desk = app.token("desk", ADMIN_PASSWORD).await;
    json_of(app.call(Method::GET, "/v1/admin/groups", &desk, None).await, 200).await;
    json_of(app.call(Method::GET, "/v1/admin/groups/Pilots/members", &desk, None).await, 200).await;
    let member = format!("/v1/admin/groups/Pilots/members/{}", ann.id);
    for (method, path, body) in [
        (Method::POST, "/v1/admin/groups", Some(json!({"name": "Desk"}))),
        (Method::PATCH, "/v1/admin/groups/Pilots", Some(json!({"name": "Desk"}))),
        (Method::DELETE, "/v1/admin/groups/Pilots", None),
        (Method::PUT, member.as_str(), None),
        (Method::DELETE, member.as_str(), None),
    ] {
        problem(app.call(method.clone(), path, &desk, body).await, 403, "forbidden").await;
    }
    let user = app.token("ann", ADELE_PASSWORD).await;
    problem(app.call(Method::GET, "/v1/admin/groups", &user, None).await, 403, "forbidden").await;
    let anonymous = app.http.get(app.url("/v1/admin/groups")).send().await.unwrap();
    problem(anonymous, 401, "unauthorized").await;
    assert!(app.user(&ann.id).await.groups.is_empty());
}

#[tokio::test]
async fn a_rename_keeps_the_scope_and_deleting_a_scoped_group_is_refused_until_accepted() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let pia = app.create_user("pia", ADELE_PASSWORD, &[]).await;
    let token = app.token("boss", ADMIN_PASSWORD).await;
    json_of(app.call(Method::POST, "/v1/admin/groups", &token, Some(json!({"name": "pilot"}))).await, 201)
        .await;
    let path = format!("/v1/admin/groups/pilot/members/{}", pia.id);
    assert_eq!(status_of(app.call(Method::PUT, &path, &token, None).await).await, 204);
    scope_to(&app, &token, &["pilot"]).await;
    assert_eq!(start_reason(&app, "pia").await.as_deref(), None);

    let renamed =
        app.call(Method::PATCH, "/v1/admin/groups/pilot", &token, Some(json!({"name": "pioneers"}))).await;
    assert_eq!(json_of(renamed, 200).await["in_scope"], true);
    let policy = json_of(app.call(Method::GET, "/v1/admin/policy", &token, None).await, 200).await;
    assert_eq!(
        (policy["scope"].clone(), policy["scope_groups"].clone()),
        (json!("groups"), json!(["pioneers"]))
    );
    assert_eq!(start_reason(&app, "pia").await.as_deref(), None, "a rename strands no one");

    // Deleting it would leave pia out of scope: refused, with the count, nothing changed.
    let refused = app.call(Method::DELETE, "/v1/admin/groups/pioneers", &token, None).await;
    assert_eq!(problem(refused, 409, "policy_strands_users").await["affected_users"], 1);
    assert_eq!(app.user(&pia.id).await.groups.len(), 1);
    let accepted =
        app.call(Method::DELETE, "/v1/admin/groups/pioneers?accept_impact=true", &token, None).await;
    assert_eq!(status_of(accepted).await, 204);
    let policy = json_of(app.call(Method::GET, "/v1/admin/policy", &token, None).await, 200).await;
    assert_eq!(policy["scope"], "none", "its only group gone, the scope names no one");
    assert_eq!(start_reason(&app, "pia").await.as_deref(), Some("out_of_scope"));
}

#[tokio::test]
async fn a_scope_of_several_groups_lets_members_of_either_reset_and_no_one_else() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let ann = app.create_user("ann", ADELE_PASSWORD, &[]).await;
    let bob = app.create_user("bob", ADELE_PASSWORD, &[]).await;
    app.create_user("cy", ADELE_PASSWORD, &[]).await;
    let token = app.token("boss", ADMIN_PASSWORD).await;
    for (group, user) in [("North", &ann), ("South", &bob)] {
        json_of(app.call(Method::POST, "/v1/admin/groups", &token, Some(json!({"name": group}))).await, 201)
            .await;
        let path = format!("/v1/admin/groups/{group}/members/{}", user.id);
        assert_eq!(status_of(app.call(Method::PUT, &path, &token, None).await).await, 204);
    }
    // The preview counts who a two-group scope strands: cy alone.
    let mut policy = json_of(app.call(Method::GET, "/v1/admin/policy", &token, None).await, 200).await;
    policy["scope"] = json!("groups");
    policy["scope_groups"] = json!(["North", "South"]);
    let preview =
        json_of(app.call(Method::POST, "/v1/admin/policy/preview", &token, Some(policy)).await, 200).await;
    assert_eq!(preview["losing"], 1, "{preview}");
    scope_to(&app, &token, &["North", "South"]).await;
    let list = json_of(app.call(Method::GET, "/v1/admin/groups", &token, None).await, 200).await;
    assert!(list["groups"].as_array().unwrap().iter().all(|g| g["in_scope"] == true));

    for (user, reason) in [("ann", None), ("bob", None), ("cy", Some("out_of_scope"))] {
        assert_eq!(start_reason(&app, user).await.as_deref(), reason, "{user}");
    }
    // Ann's reset goes through on her own email.
    let flow = app.reset_flow("ann").await;
    let (reset_id, method) = (flow["reset_id"].as_str().unwrap(), flow["methods"][0]["id"].as_str().unwrap());
    assert_eq!(app.challenge(reset_id, method).await.status(), 202);
    let code = app.outbox().code_for(&app.email_of("ann"), 1).await;
    assert_eq!(app.verify_code(reset_id, method, &code).await.status(), 200);

    // Taking bob out of South is allowed, and audited as costing him self-service reset.
    let path = format!("/v1/admin/groups/South/members/{}", bob.id);
    assert_eq!(status_of(app.call(Method::DELETE, &path, &token, None).await).await, 204);
    let events = app.audit_for(&bob.id).await;
    let removed = events.iter().find(|e| e.action == Action::GroupMemberRemoved).expect("audited");
    assert!(removed.reason_text().as_deref().unwrap().contains("loses self-service reset"), "{removed:?}");
    assert_eq!(start_reason(&app, "bob").await.as_deref(), Some("out_of_scope"));
}

#[tokio::test]
async fn a_policy_stored_with_one_scope_group_still_reads_and_applies() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let pia = app.create_user("pia", ADELE_PASSWORD, &[]).await;
    app.create_user("otto", ADELE_PASSWORD, &[]).await;
    app.join_group(&pia.id, "legacy").await;
    // The settings as an older release stored them: `{"kind": "group", "group": …}`.
    use aws_sdk_dynamodb::types::AttributeValue as A;
    let table = &app.config.tables.directory;
    let stored = app
        .dynamo
        .get_item()
        .table_name(table)
        .key("pk", A::S("ORG".into()))
        .key("sk", A::S("SETTINGS".into()))
        .send()
        .await
        .unwrap();
    let mut item = stored.item.unwrap();
    let Some(A::M(settings)) = item.get_mut("settings") else { panic!("settings") };
    let Some(A::M(registration)) = settings.get_mut("registration") else { panic!("registration") };
    let old = [("kind".to_owned(), A::S("group".into())), ("group".to_owned(), A::S("legacy".into()))];
    registration.insert("scope".into(), A::M(old.into_iter().collect()));
    app.dynamo.put_item().table_name(table).set_item(Some(item)).send().await.unwrap();

    let token = app.token("boss", ADMIN_PASSWORD).await;
    let policy = json_of(app.call(Method::GET, "/v1/admin/policy", &token, None).await, 200).await;
    assert_eq!(
        (policy["scope"].clone(), policy["scope_groups"].clone()),
        (json!("groups"), json!(["legacy"]))
    );
    assert_eq!(start_reason(&app, "pia").await.as_deref(), None);
    assert_eq!(start_reason(&app, "otto").await.as_deref(), Some("out_of_scope"));
    // An older client's body (one `scope_group`) is still taken.
    let mut body = policy.clone();
    body["scope"] = json!("group");
    body["scope_groups"] = json!([]);
    body["scope_group"] = json!("legacy");
    json_of(app.call(Method::POST, "/v1/admin/policy/preview", &token, Some(body)).await, 200).await;
}

#[tokio::test]
async fn bootstrap_brings_members_stored_before_the_group_index_into_it_once() {
    use aws_sdk_dynamodb::types::AttributeValue as A;
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let olga = app.create_user("olga", ADELE_PASSWORD, &[]).await;
    let omar = app.create_user("omar", ADELE_PASSWORD, &[]).await;
    let token = app.token("boss", ADMIN_PASSWORD).await;
    json_of(app.call(Method::POST, "/v1/admin/groups", &token, Some(json!({"name": "club"}))).await, 201)
        .await;
    // As an older release stored them: groups on the user, no member entries
    // ("legacy" with no group record at all).
    let old = |groups: &'static [&'static str]| {
        move |u: &mut latchkey_core::model::user::User| {
            u.groups.extend(groups.iter().map(|g| latchkey_core::model::values::GroupName::parse(g).unwrap()))
        }
    };
    app.edit_user(&olga.id, old(&["legacy", "club"])).await;
    app.edit_user(&omar.id, old(&["club"])).await;
    // Leaving before the backfill takes nothing off a count that never counted omar.
    let path = format!("/v1/admin/groups/club/members/{}", omar.id);
    assert_eq!(status_of(app.call(Method::DELETE, &path, &token, None).await).await, 204);
    let club = json_of(app.call(Method::GET, "/v1/admin/groups/club", &token, None).await, 200).await;
    assert_eq!(club["members"], json!(0));
    // A count an earlier release left wrong.
    app.dynamo
        .update_item()
        .table_name(&app.config.tables.directory)
        .key("pk", A::S("GROUP#club".into()))
        .key("sk", A::S("GROUP".into()))
        .update_expression("SET members = :m")
        .expression_attribute_values(":m", A::N("-3".into()))
        .send()
        .await
        .unwrap();

    // A store an older release wrote has no record that the migration ran
    // (this one's own bootstrap made one); without it, each run migrates.
    let forget_the_migration = async || {
        app.dynamo
            .delete_item()
            .table_name(&app.config.tables.directory)
            .key("pk", A::S("MIGRATION#group-index".into()))
            .key("sk", A::S("DONE".into()))
            .send()
            .await
            .unwrap();
    };
    forget_the_migration().await;
    app.bootstrap_again().await;
    forget_the_migration().await;
    app.bootstrap_again().await;

    let list = json_of(app.call(Method::GET, "/v1/admin/groups", &token, None).await, 200).await;
    assert_eq!(names(&list, "groups", "name"), ["club", "legacy"]);
    let counts: Vec<Value> =
        list["groups"].as_array().unwrap().iter().map(|g| g["members"].clone()).collect();
    assert_eq!(counts, [json!(1), json!(1)], "counted once, however often it runs");
    for group in ["club", "legacy"] {
        let path = format!("/v1/admin/groups/{group}/members");
        let page = json_of(app.call(Method::GET, &path, &token, None).await, 200).await;
        assert_eq!(names(&page, "users", "username"), ["olga"], "{group}");
    }

    let path = format!("/v1/admin/groups/legacy/members/{}", olga.id);
    assert_eq!(status_of(app.call(Method::DELETE, &path, &token, None).await).await, 204);
    let legacy = json_of(app.call(Method::GET, "/v1/admin/groups/legacy", &token, None).await, 200).await;
    assert_eq!(legacy["members"], json!(0));
    let page =
        json_of(app.call(Method::GET, "/v1/admin/groups/legacy/members", &token, None).await, 200).await;
    assert!(page["users"].as_array().unwrap().is_empty());

    // Once a run completed, later starts skip the migration (it reads every user).
    app.edit_user(&omar.id, old(&["late"])).await;
    app.bootstrap_again().await;
    let list = json_of(app.call(Method::GET, "/v1/admin/groups", &token, None).await, 200).await;
    assert_eq!(names(&list, "groups", "name"), ["club", "legacy"], "not migrated again");
}
