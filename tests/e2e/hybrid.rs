//! Hybrid organisations end to end: users synced from a real OpenLDAP
//! (slapd with ppolicy, over StartTLS) and a real Samba AD DC, through the
//! agent enrolled through the API. A synced user signs in with the
//! directory's password (pass-through); a change made in the directory ends
//! the old password in Latchkey at the next sync; an invitation writes back;
//! the directory's protected accounts are privileged here; the directory's
//! password rules reach the portal.

use latchkey_agent::testing::{ADELE, OLD, ROOT_ADMIN, ROOT_ADMIN_PASSWORD, Samba, Slapd};
use latchkey_core::model::user::Role;
use latchkey_e2e::problem;
use reqwest::Method;
use serde_json::{Value, json};

use crate::writeback::Stack;

const CHANGED_THERE: &str = "Changed-At-Desk-42";
const NEW: &str = "Glacier-Mosaic-94";

/// Adele's address for this test alone: the messaging emulator is shared by
/// tests running at once, and the lab directory's address is everyone's.
fn adele_mail(stack: &Stack) -> String {
    format!("adele-{}@example.test", stack.app.tag)
}

/// The directory's users and rules synced in; adele's Latchkey record.
async fn synced(stack: &Stack) -> Value {
    stack.slapd.set(ADELE, "mail", &adele_mail(stack)).await;
    let summary = stack.sync_now().await;
    assert!(summary.created >= 2, "adele and alex are created: {summary:?}");
    user(stack, "adele").await
}

async fn user(stack: &Stack, username: &str) -> Value {
    let list =
        stack.app.call(Method::GET, &format!("/v1/admin/users?search={username}"), &stack.admin, None).await;
    let list: Value = list.json().await.unwrap();
    let id = list["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["username"] == username)
        .unwrap_or_else(|| panic!("{username} is synced: {list}"))["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let detail = stack.app.call(Method::GET, &format!("/v1/admin/users/{id}"), &stack.admin, None).await;
    assert_eq!(detail.status(), 200);
    detail.json().await.unwrap()
}

#[tokio::test]
async fn a_synced_user_signs_in_with_the_directory_password_and_changes_it_there() {
    let stack = Stack::start_on(Slapd::start(), None).await;
    let adele = synced(&stack).await;
    assert_eq!(adele["directory"]["name"], "corp");
    assert_eq!(adele["directory"]["pass_through"], true, "Latchkey holds no password for her: {adele}");

    // Wrong directory password and an unknown name: the same answer.
    problem(stack.app.sign_in("adele", "Not-Her-Password-1").await, 401, "invalid_credentials").await;
    problem(stack.app.sign_in("nobody-here", "Not-Her-Password-1").await, 401, "invalid_credentials").await;

    // The directory's password signs in; Latchkey keeps its own hash from then on.
    let token = stack.app.token("adele", OLD).await;
    let me: Value = stack.app.call(Method::GET, "/v1/me", &token, None).await.json().await.unwrap();
    assert_eq!(me["directory_rules"]["min_length"], 10, "the directory's rules reach the portal: {me}");
    assert_eq!(me["directory_rules"]["history"], 3);
    let adele = user(&stack, "adele").await;
    assert_eq!(adele["directory"]["pass_through"], false, "{adele}");
    let id = latchkey_core::model::values::UserId::new(adele["id"].as_str().unwrap());
    let events = stack.app.audit_for(&id).await;
    assert!(
        events.iter().any(|e| e.reason_text().is_some_and(|r| r.starts_with("pass_through,agent:"))),
        "{events:?}"
    );

    // A voluntary change goes to the directory: the new password binds there.
    assert_eq!(stack.app.change_password(&token, OLD, NEW).await.status(), 204);
    assert!(stack.slapd.binds(ADELE, NEW).await);
    assert!(!stack.slapd.binds(ADELE, OLD).await);
    // Latchkey's own change is known at the next sync: nothing is dropped.
    stack.sync_now().await;
    assert_eq!(stack.app.sign_in("adele", NEW).await.status(), 201);
    assert_eq!(user(&stack, "adele").await["directory"]["pass_through"], false);
}

#[tokio::test]
async fn a_password_changed_in_the_directory_stops_the_old_one_in_latchkey_at_the_next_sync() {
    let stack = Stack::start_on(Slapd::start(), None).await;
    synced(&stack).await;
    let session = stack.app.token("adele", OLD).await;
    assert_eq!(stack.app.sign_in("adele", OLD).await.status(), 201, "from Latchkey's own hash now");

    // At her desk: ldappasswd, as the directory's administrator would.
    stack.slapd.ldappasswd(ADELE, CHANGED_THERE).await;
    stack.sync_now().await;
    let adele = user(&stack, "adele").await;
    assert_eq!(adele["directory"]["pass_through"], true, "Latchkey's copy is gone: {adele}");
    problem(stack.app.sign_in("adele", OLD).await, 401, "invalid_credentials").await;
    problem(stack.app.call(Method::GET, "/v1/me", &session, None).await, 401, "unauthorized").await;
    // The new one signs in, through the directory.
    assert_eq!(stack.app.sign_in("adele", CHANGED_THERE).await.status(), 201);
}

#[tokio::test]
async fn a_sync_that_read_the_directory_before_latchkeys_own_change_ends_nothing() {
    let stack = Stack::start_on(Slapd::start(), None).await;
    synced(&stack).await;
    let session = stack.app.token("adele", OLD).await;
    // A sync reads the directory; Latchkey changes the password before the
    // sync's page arrives (a large directory takes a while to send).
    let directory = latchkey_agent::Directory::new(stack.directory.clone()).expect("directory");
    let read_before: Vec<_> =
        directory.users().await.expect("users").into_iter().filter(|u| u.username == "adele").collect();
    assert_eq!(stack.app.change_password(&session, OLD, NEW).await.status(), 204);
    let cloud = latchkey_agent::cloud::Cloud::new(crate::writeback::http(), &stack.state).expect("cloud");
    let page = latchkey_writeback::sync::SyncChanges { updated: read_before, ..Default::default() };
    cloud.sync(&page).await.expect("the late page is taken");

    // Not a change made elsewhere: the session and Latchkey's hash stay.
    assert_eq!(stack.app.call(Method::GET, "/v1/me", &session, None).await.status(), 200);
    assert_eq!(user(&stack, "adele").await["directory"]["pass_through"], false);
    // A change made at a desk afterwards is still seen at the next sync
    // (a second later: the directory's stamp counts whole seconds).
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    stack.slapd.ldappasswd(ADELE, CHANGED_THERE).await;
    stack.sync_now().await;
    problem(stack.app.call(Method::GET, "/v1/me", &session, None).await, 401, "unauthorized").await;
}

#[tokio::test]
async fn a_sync_during_latchkeys_own_change_ends_nothing_and_a_change_that_never_went_is_seen_after() {
    let mut stack = Stack::start_on(Slapd::start(), None).await;
    synced(&stack).await;
    let session = stack.app.token("adele", OLD).await;
    // The agent stops answering (still counted online for a while): the
    // change waits for it, and the directory changes meanwhile, as if the
    // agent had written it and not yet answered.
    stack.kill_agent();
    let app = stack.app.clone();
    let token = session.clone();
    let changing = tokio::spawn(async move { app.change_password(&token, OLD, NEW).await });
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    stack.slapd.ldappasswd(ADELE, NEW).await;
    stack.sync_now().await;
    assert_eq!(
        stack.app.call(Method::GET, "/v1/me", &session, None).await.status(),
        200,
        "a new stamp while Latchkey's own change is on its way is no news"
    );
    // Nobody took the job: the change failed and Latchkey never recorded it.
    assert_eq!(changing.await.unwrap().status(), 503);
    // So the directory's new password was set by someone else after all.
    stack.sync_now().await;
    problem(stack.app.call(Method::GET, "/v1/me", &session, None).await, 401, "unauthorized").await;
    assert_eq!(user(&stack, "adele").await["directory"]["pass_through"], true);
}

#[tokio::test]
async fn an_invitation_for_a_synced_user_sets_the_password_in_the_directory() {
    let stack = Stack::start_on(Slapd::start(), None).await;
    let adele = synced(&stack).await;
    let id = adele["id"].as_str().unwrap();
    let invite = stack
        .app
        .call(Method::POST, &format!("/v1/admin/users/{id}/invitation"), &stack.admin, Some(json!({})))
        .await;
    assert!(invite.status().is_success(), "{}", invite.status());
    let mail = stack.app.outbox().to(&adele_mail(&stack)).await;
    let code = mail.last().expect("an invitation").code(8).expect("its code");
    // The directory's own rule (10 characters) refuses first; the code stays good.
    let short = json!({"username": "adele", "code": code, "new_password": "Sh0rt-pw!"});
    let refused = stack.app.post_json("/v1/invitations/accept", short, None).await;
    assert!(refused.status().is_client_error(), "{}", refused.status());
    assert!(stack.slapd.binds(ADELE, OLD).await, "nothing changed there");
    let accept = json!({"username": "adele", "code": code, "new_password": NEW});
    assert_eq!(stack.app.post_json("/v1/invitations/accept", accept, None).await.status(), 204);
    assert!(stack.slapd.binds(ADELE, NEW).await, "the invitation's password is the directory's");
    assert!(!stack.slapd.binds(ADELE, OLD).await);
}

#[tokio::test]
async fn a_protected_directory_account_is_not_reset_by_the_helpdesk_a_client_or_one_method() {
    let slapd = Slapd::start_with_admins();
    let config = slapd.protected_config();
    let stack = Stack::start_on(slapd, Some(config)).await;
    stack.app.set_settings(|s| s.reset.temporary_passwords = true).await;
    let root_mail = format!("root-{}@example.test", stack.app.tag);
    stack.slapd.set(ROOT_ADMIN, "mail", &root_mail).await;
    stack.slapd.set(ADELE, "mail", &adele_mail(&stack)).await;
    stack.sync_now().await;
    let root = user(&stack, "root-admin").await;
    assert_eq!(root["directory"]["protected"], true, "{root}");
    let path = format!("/v1/admin/users/{}/password-reset", root["id"].as_str().unwrap());

    stack.app.create_user("desk", "harbour-desk-lamp-77", &[Role::Helpdesk]).await;
    let desk = stack.app.token("desk", "harbour-desk-lamp-77").await;
    problem(stack.app.call(Method::POST, &path, &desk, Some(reset())).await, 403, "forbidden").await;

    let client = stack
        .app
        .call(
            Method::POST,
            "/v1/admin/clients",
            &stack.admin,
            Some(json!({"name": "ITSM", "scopes": ["users:reset"]})),
        )
        .await;
    let client: Value = client.json().await.unwrap();
    let token = client_token(
        &stack,
        client["client"]["id"].as_str().unwrap(),
        client["client_secret"].as_str().unwrap(),
    )
    .await;
    problem(stack.app.call(Method::POST, &path, &token, Some(reset())).await, 403, "forbidden").await;

    // Self-service needs two methods, like an administrator's: with only the
    // directory's email, a reset is a flow that never sends a code (adele's,
    // a plain user with one method, does).
    for username in ["root-admin", "adele"] {
        let flow = stack.app.reset_flow(username).await;
        let id = flow["reset_id"].as_str().unwrap();
        let method = flow["methods"][0]["id"].as_str().unwrap();
        assert_eq!(stack.app.challenge(id, method).await.status(), 202);
    }
    // Adele's code arrives; by then root-admin's would have too.
    stack.app.outbox().code_for(&adele_mail(&stack), 1).await;
    assert!(stack.app.outbox().to(&root_mail).await.is_empty(), "no code for one method");
    // A Latchkey administrator's reset reaches the agent, which refuses it (no opt-in).
    let refused = stack.app.call(Method::POST, &path, &stack.admin, Some(reset())).await;
    assert_eq!(refused.status(), 422, "the directory refuses: {:?}", refused.text().await);
    assert!(stack.slapd.binds(ROOT_ADMIN, ROOT_ADMIN_PASSWORD).await);
}

fn reset() -> Value {
    json!({"mode": "temporary_password"})
}

/// A client-credentials access token.
async fn client_token(stack: &Stack, id: &str, secret: &str) -> String {
    use base64::Engine;
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("{id}:{secret}"));
    let response = stack
        .app
        .http
        .post(stack.app.url("/v1/oauth/token"))
        .header("authorization", format!("Basic {basic}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("grant_type=client_credentials")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    body["access_token"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn samba_ad_users_sign_in_through_the_domain_and_a_domain_admin_is_protected() {
    let samba = Samba::start();
    let slapd = Slapd::start();
    let stack = Stack::start_on(slapd, Some(samba.config())).await;
    stack.sync_now().await;
    let adele = user(&stack, "adele").await;
    assert_eq!(adele["directory"]["pass_through"], true);
    assert_eq!(user(&stack, "administrator").await["directory"]["protected"], true, "adminCount=1");
    problem(stack.app.sign_in("adele", "Not-Her-Passw0rd-1").await, 401, "invalid_credentials").await;
    assert_eq!(stack.app.sign_in("adele", latchkey_agent::testing::AD_OLD).await.status(), 201);
    // samba-tool changes it in the domain; the next sync ends the old one here.
    samba.setpassword("adele", "Domain-Changed-77x");
    stack.sync_now().await;
    problem(stack.app.sign_in("adele", latchkey_agent::testing::AD_OLD).await, 401, "invalid_credentials")
        .await;
    assert_eq!(stack.app.sign_in("adele", "Domain-Changed-77x").await.status(), 201);
    let me: Value = {
        let token = stack.app.token("adele", "Domain-Changed-77x").await;
        stack.app.call(Method::GET, "/v1/me", &token, None).await.json().await.unwrap()
    };
    assert_eq!(me["directory_rules"]["complexity"], true, "the domain's complexity rule: {me}");
}
