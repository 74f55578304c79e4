//! Administrators and the helpdesk on users: search, detail, temporary
//! passwords, unlocks, sessions, edits — and the role rules between them.

use latchkey_core::model::audit::Action;
use latchkey_core::model::user::Role;
use latchkey_e2e::{TestApp, TestOptions, problem};
use reqwest::Method;
use serde_json::{Value, json};

use crate::ADELE_PASSWORD;

const ADMIN_PASSWORD: &str = "harbour-violet-anchor-52";
const DESK_PASSWORD: &str = "meadow-copper-lantern-38";

async fn json_of(response: reqwest::Response, status: u16) -> Value {
    let code = response.status().as_u16();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    assert_eq!(code, status, "{body}");
    body
}

/// The temporary password from an admin reset of `id`.
async fn temporary_reset(app: &TestApp, token: &str, id: &str) -> Value {
    let path = format!("/v1/admin/users/{id}/password-reset");
    json_of(app.call(Method::POST, &path, token, Some(json!({"mode": "temporary_password"}))).await, 200)
        .await
}

#[tokio::test]
async fn search_finds_by_username_display_name_and_email_prefix_a_page_at_a_time() {
    let app = TestApp::start().await;
    let admin = app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    for name in ["ann", "anna", "annette", "bob", "annika", "anders"] {
        app.create_user(name, ADELE_PASSWORD, &[]).await;
    }
    // Display name and email that the username does not share.
    let zed = app.create_user("zed", ADELE_PASSWORD, &[]).await;
    app.edit_user(&zed.id, |u| u.display_name = "Annabel Zed".into()).await;
    let token = app.token("boss", ADMIN_PASSWORD).await;

    let all = json_of(app.call(Method::GET, "/v1/admin/users?limit=200", &token, None).await, 200).await;
    let names: Vec<&str> =
        all["users"].as_array().unwrap().iter().map(|u| u["username"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        ["anders", "ann", "anna", "annette", "annika", "bob", "boss", "zed"],
        "sorted by username"
    );
    assert_eq!(all["next"], Value::Null);

    // "ann": four by username, then zed by display name; two at a time, each once.
    let mut seen = Vec::new();
    let mut path = "/v1/admin/users?search=ANN&limit=2".to_string();
    loop {
        let page = json_of(app.call(Method::GET, &path, &token, None).await, 200).await;
        let rows = page["users"].as_array().unwrap();
        assert!(rows.len() <= 2);
        seen.extend(rows.iter().map(|u| u["username"].as_str().unwrap().to_string()));
        match page["next"].as_str() {
            Some(next) => path = format!("/v1/admin/users?search=ANN&limit=2&next={next}"),
            None => break,
        }
    }
    assert_eq!(seen, ["ann", "anna", "annette", "annika", "zed"]);

    // By email prefix.
    let by_mail = format!("/v1/admin/users?search={}", app.email_of("bob"));
    let found = json_of(app.call(Method::GET, &by_mail, &token, None).await, 200).await;
    assert_eq!(found["users"][0]["username"], "bob");
    assert_eq!(found["users"].as_array().unwrap().len(), 1);

    // Filters: the admin role; disabled accounts.
    let admins = json_of(app.call(Method::GET, "/v1/admin/users?role=admin", &token, None).await, 200).await;
    assert_eq!(admins["users"].as_array().unwrap().len(), 1);
    assert_eq!(admins["users"][0]["id"], admin.id.to_string());
    // "Users only": those holding no more than the plain role, never the administrator.
    let plain = json_of(app.call(Method::GET, "/v1/admin/users?role=user", &token, None).await, 200).await;
    let plain: Vec<&str> =
        plain["users"].as_array().unwrap().iter().map(|u| u["id"].as_str().unwrap()).collect();
    assert!(!plain.is_empty() && !plain.contains(&admin.id.as_str()), "{plain:?}");
    app.edit_user(&zed.id, |u| u.enabled = false).await;
    let off = json_of(app.call(Method::GET, "/v1/admin/users?enabled=false", &token, None).await, 200).await;
    assert_eq!(off["users"][0]["username"], "zed");

    // Bad filters name the field.
    for (query, field) in [
        ("role=wizard", "role"),
        ("limit=0", "limit"),
        ("limit=201", "limit"),
        ("enabled=yes", "enabled"),
        ("next=!!!", "next"),
        ("next=bm90LWEtY3Vyc29y", "next"),
        ("colour=red", "colour"),
    ] {
        let bad = problem(
            app.call(Method::GET, &format!("/v1/admin/users?{query}"), &token, None).await,
            400,
            "invalid_request",
        )
        .await;
        assert_eq!(bad["field"], field, "{query}: {bad}");
    }
}

#[tokio::test]
async fn the_detail_shows_state_and_recent_activity_and_plain_users_see_nothing() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    assert_eq!(app.sign_in("adele", "not-her-password-at-all").await.status(), 401);
    let token = app.token("boss", ADMIN_PASSWORD).await;
    let path = format!("/v1/admin/users/{}", adele.id);
    let detail = json_of(app.call(Method::GET, &path, &token, None).await, 200).await;
    assert_eq!(detail["username"], "adele");
    assert_eq!(detail["emails"][0], app.email_of("adele"));
    assert_eq!(detail["locked_until"], Value::Null);
    assert!(detail["version"].as_u64().unwrap() >= 1);
    let actions: Vec<&str> =
        detail["activity"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert!(actions.contains(&"sign_in") && actions.contains(&"user_created"), "{actions:?}");
    problem(app.call(Method::GET, "/v1/admin/users/nobody", &token, None).await, 404, "user_not_found").await;

    let me = json_of(app.call(Method::GET, "/v1/admin/me", &token, None).await, 200).await;
    assert!(me["permissions"].as_array().unwrap().contains(&json!("settings")));

    // A plain user: no admin route answers them.
    let user_token = app.token("adele", ADELE_PASSWORD).await;
    for path in ["/v1/admin/me", "/v1/admin/users", path.as_str()] {
        problem(app.call(Method::GET, path, &user_token, None).await, 403, "forbidden").await;
    }
}

#[tokio::test]
async fn a_temporary_password_is_shown_once_only_changes_the_password_and_expires() {
    let logs = latchkey_e2e::logs::capture();
    let app = TestApp::start_with(TestOptions { manual_clock: true, ..Default::default() }).await;
    app.set_settings(|s| s.reset.temporary_passwords = true).await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let adele_session = app.token("adele", ADELE_PASSWORD).await;
    let token = app.token("boss", ADMIN_PASSWORD).await;

    // There is no way to choose the password.
    let path = format!("/v1/admin/users/{}/password-reset", adele.id);
    for body in [
        json!({"mode": "temporary_password", "password": "chosen-by-admin-99"}),
        json!({"password": "x"}),
        json!({"mode": "chosen"}),
    ] {
        problem(app.call(Method::POST, &path, &token, Some(body)).await, 400, "invalid_request").await;
    }
    let issued = temporary_reset(&app, &token, adele.id.as_str()).await;
    let temporary = issued["temporary_password"].as_str().unwrap().to_string();
    assert_eq!(temporary.len(), 19, "{temporary}");

    // Her sessions ended; the old password is gone; she is told (no secret).
    problem(app.call(Method::GET, "/v1/me", &adele_session, None).await, 401, "unauthorized").await;
    assert_eq!(app.sign_in("adele", ADELE_PASSWORD).await.status(), 401);
    let told = app.outbox().to(&app.email_of("adele")).await;
    let notice = told.last().expect("adele is told");
    assert!(notice.body.contains("reset by your administrator"), "{}", notice.body);
    assert!(!notice.body.contains(&temporary));

    // The temporary session can do nothing but change the password.
    let signed = json_of(app.sign_in("adele", &temporary).await, 201).await;
    assert_eq!(signed["next"], "change_password");
    let limited = signed["token"].as_str().unwrap();
    problem(app.call(Method::GET, "/v1/me", limited, None).await, 403, "password_change_required").await;

    // Nowhere in the stores or the audit trail.
    assert!(!app.dump_tables().await.contains(&temporary), "the temporary password is stored somewhere");
    let events = app.audit_for(&adele.id).await;
    assert!(events.iter().any(|e| e.action == Action::AdminPasswordReset
        && e.reason_text().as_deref() == Some("temporary_password")));
    assert!(!format!("{events:?}").contains(&temporary));
    let logged = logs.text();
    // Every level of every crate, the SDK's calls to the emulator included.
    assert!(logged.contains("aws_sdk_dynamodb::operation::update_item"), "the capture sees the app's writes");
    assert!(!logged.contains(&temporary), "the temporary password is in a log");
    let sent = app.outbox().all().await;
    assert!(!sent.iter().any(|m| m.body.contains(&temporary)), "the temporary password was sent");

    // A day later it no longer signs in, and says why only to whoever knows it.
    app.clock.as_ref().unwrap().advance(chrono::Duration::hours(25));
    problem(app.sign_in("adele", &temporary).await, 401, "temporary_password_expired").await;
    let token = app.token("boss", ADMIN_PASSWORD).await;

    // A fresh one, changed in time, leaves an ordinary account.
    let temporary = temporary_reset(&app, &token, adele.id.as_str()).await["temporary_password"]
        .as_str()
        .unwrap()
        .to_string();
    let limited = app.token("adele", &temporary).await;
    assert_eq!(app.change_password(&limited, &temporary, crate::NEW_PASSWORD).await.status(), 204);
    let fresh = json_of(app.sign_in("adele", crate::NEW_PASSWORD).await, 201).await;
    assert_eq!(fresh["next"], Value::Null);
}

/// A helpdesk check of `user` by the holder of `token`: a code to their
/// email, "read out" from the outbox, a wrong code first.
async fn verify_as(app: &TestApp, token: &str, user: &latchkey_core::model::user::User) {
    let path = format!("/v1/admin/users/{}/verification", user.id);
    let sent = json_of(app.call(Method::POST, &path, token, Some(json!({"kind": "email"}))).await, 202).await;
    assert!(sent["hint"].as_str().unwrap().contains('•'), "{sent}");
    let mail = app.outbox().to(user.emails[0].as_str()).await;
    let message = mail.last().unwrap();
    assert!(message.body.contains("helpdesk"), "{}", message.body);
    let code = message.code(8).unwrap();
    let check = format!("{path}/check");
    let wrong = if code == "12345678" { "87654321" } else { "12345678" };
    let refused = problem(
        app.call(Method::POST, &check, token, Some(json!({"code": wrong}))).await,
        400,
        "code_invalid",
    )
    .await;
    assert_eq!(refused["attempts_left"], 4);
    assert_eq!(app.call(Method::POST, &check, token, Some(json!({"code": code}))).await.status(), 204);
}

#[tokio::test]
async fn a_helpdesk_resets_and_unlocks_plain_users_but_never_privileged_ones_nor_settings() {
    let app = TestApp::start().await;
    app.set_settings(|s| s.reset.temporary_passwords = true).await;
    let boss = app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let other = app.create_user("desk2", DESK_PASSWORD, &[Role::Helpdesk]).await;
    let reader = app.create_user("reader", DESK_PASSWORD, &[Role::ReportsReader]).await;
    app.create_user("desk", DESK_PASSWORD, &[Role::Helpdesk]).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let desk = app.token("desk", DESK_PASSWORD).await;

    let me = json_of(app.call(Method::GET, "/v1/admin/me", &desk, None).await, 200).await;
    let permissions: Vec<&str> =
        me["permissions"].as_array().unwrap().iter().map(|p| p.as_str().unwrap()).collect();
    assert_eq!(permissions, ["read_users", "reset_password", "unlock", "invite"]);

    // Plain users: yes, once the user has read out a code (the verified helpdesk reset).
    let reset = format!("/v1/admin/users/{}/password-reset", adele.id);
    let body = Some(json!({"mode": "temporary_password"}));
    problem(app.call(Method::POST, &reset, &desk, body.clone()).await, 403, "verification_required").await;
    verify_as(&app, &desk, &adele).await;
    temporary_reset(&app, &desk, adele.id.as_str()).await;
    // Single use: the next action needs a new check.
    let unlock = format!("/v1/admin/users/{}/unlock", adele.id);
    problem(app.call(Method::POST, &unlock, &desk, None).await, 403, "verification_required").await;
    verify_as(&app, &desk, &adele).await;
    assert_eq!(app.call(Method::POST, &unlock, &desk, None).await.status(), 204);
    let events = app.audit_for(&adele.id).await;
    assert!(events.iter().any(|e| e.action == Action::AdminPasswordReset
        && e.reason_text().as_deref() == Some("temporary_password,verified")));
    assert!(
        events.iter().any(|e| e.action == Action::AccountUnlocked
            && e.reason_text().as_deref() == Some("helpdesk,verified"))
    );
    json_of(app.call(Method::GET, "/v1/admin/users", &desk, None).await, 200).await;

    // Privileged users: never, and nothing changes.
    let before = app.user(&boss.id).await;
    for target in [&boss, &other, &reader] {
        let path = format!("/v1/admin/users/{}/password-reset", target.id);
        let body = Some(json!({"mode": "temporary_password"}));
        problem(app.call(Method::POST, &path, &desk, body).await, 403, "forbidden").await;
        let path = format!("/v1/admin/users/{}/unlock", target.id);
        problem(app.call(Method::POST, &path, &desk, None).await, 403, "forbidden").await;
    }
    assert_eq!(app.user(&boss.id).await.version, before.version);
    assert_eq!(app.sign_in("boss", ADMIN_PASSWORD).await.status(), 201);

    // No settings, no edits, no ending sessions.
    for path in ["/v1/admin/policy", "/v1/admin/password-policy", "/v1/admin/telephony"] {
        problem(app.call(Method::GET, path, &desk, None).await, 403, "forbidden").await;
    }
    let patch = json!({"version": app.user(&adele.id).await.version, "display_name": "Someone Else"});
    let path = format!("/v1/admin/users/{}", adele.id);
    problem(app.call(Method::PATCH, &path, &desk, Some(patch)).await, 403, "forbidden").await;
    let path = format!("/v1/admin/users/{}/sessions", adele.id);
    problem(app.call(Method::DELETE, &path, &desk, None).await, 403, "forbidden").await;

    // A reports reader reads no users at all.
    let reader_token = app.token("reader", DESK_PASSWORD).await;
    problem(app.call(Method::GET, "/v1/admin/users", &reader_token, None).await, 403, "forbidden").await;
}

#[tokio::test]
async fn an_admin_unlock_lifts_a_lockout_from_every_source() {
    let app = TestApp::start().await;
    let boss = app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let threshold = app.ports.directory.settings().await.unwrap().lockout.threshold;
    for _ in 0..=threshold {
        app.sign_in_from("203.0.113.7", "adele", "wrong-password-guess-1").await;
    }
    problem(app.sign_in_from("203.0.113.7", "adele", ADELE_PASSWORD).await, 423, "account_locked").await;

    let token = app.token("boss", ADMIN_PASSWORD).await;
    let unlock = format!("/v1/admin/users/{}/unlock", adele.id);
    assert_eq!(app.call(Method::POST, &unlock, &token, None).await.status(), 204);
    assert_eq!(app.sign_in_from("203.0.113.7", "adele", ADELE_PASSWORD).await.status(), 201);
    let events = app.audit_for(&adele.id).await;
    assert!(events.iter().any(|e| e.action == Action::AccountUnlocked && e.actor.as_ref() == Some(&boss.id)));
    let told = app.outbox().to(&app.email_of("adele")).await;
    assert!(told.iter().any(|m| m.body.contains("unlocked by your administrator")));
}

#[tokio::test]
async fn the_list_shows_an_account_lockout_on_the_locked_users_row_as_their_page_does() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let settings = app.ports.directory.settings().await.unwrap();
    // The account's own lockout: failures from many addresses past the
    // account-wide limit (one address alone only locks that address out).
    let failures = settings.lockout.threshold * settings.anti_automation.account_factor.max(1) + 1;
    for n in 0..failures {
        app.sign_in_from(&format!("203.0.113.{}", n % 200 + 1), "adele", "wrong-password-guess-1").await;
    }
    let token = app.token("boss", ADMIN_PASSWORD).await;
    let detail =
        json_of(app.call(Method::GET, &format!("/v1/admin/users/{}", adele.id), &token, None).await, 200)
            .await;
    assert!(detail["locked_until"].is_string(), "locked: {detail}");

    let list = json_of(app.call(Method::GET, "/v1/admin/users", &token, None).await, 200).await;
    let row = |name: &str| {
        list["users"].as_array().unwrap().iter().find(|u| u["username"] == name).unwrap().clone()
    };
    assert_eq!(row("adele")["locked_until"], detail["locked_until"], "{list}");
    assert_eq!(row("boss")["locked_until"], Value::Null);
    // The lockout filter keeps whom it should, with the same lockout.
    let locked = json_of(app.call(Method::GET, "/v1/admin/users?locked=true", &token, None).await, 200).await;
    assert_eq!(locked["users"].as_array().unwrap().len(), 1, "{locked}");
    assert_eq!(locked["users"][0]["locked_until"], detail["locked_until"]);
    let open = json_of(app.call(Method::GET, "/v1/admin/users?locked=false", &token, None).await, 200).await;
    let open: Vec<&str> =
        open["users"].as_array().unwrap().iter().map(|u| u["username"].as_str().unwrap()).collect();
    assert_eq!(open, ["boss"]);

    let unlock = format!("/v1/admin/users/{}/unlock", adele.id);
    assert_eq!(app.call(Method::POST, &unlock, &token, None).await.status(), 204);
    let list = json_of(app.call(Method::GET, "/v1/admin/users?search=adele", &token, None).await, 200).await;
    assert_eq!(list["users"][0]["locked_until"], Value::Null, "unlocked: {list}");
}

#[tokio::test]
async fn two_admins_editing_one_user_never_silently_undo_each_other() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    app.create_user("boss2", ADMIN_PASSWORD, &[Role::Admin]).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let (one, two) = (app.token("boss", ADMIN_PASSWORD).await, app.token("boss2", ADMIN_PASSWORD).await);
    let path = format!("/v1/admin/users/{}", adele.id);
    let seen =
        json_of(app.call(Method::GET, &path, &one, None).await, 200).await["version"].as_u64().unwrap();

    let first = json!({"version": seen, "display_name": "Adele V.", "groups": ["Sales"]});
    let saved = json_of(app.call(Method::PATCH, &path, &one, Some(first)).await, 200).await;
    assert_eq!(
        (saved["display_name"].clone(), saved["groups"].clone()),
        (json!("Adele V."), json!(["Sales"]))
    );

    // The second admin edits from the same, now stale, version: refused, nothing changes.
    let second = json!({"version": seen, "groups": []});
    let refused =
        problem(app.call(Method::PATCH, &path, &two, Some(second)).await, 409, "version_conflict").await;
    assert_eq!(refused["current_version"], saved["version"]);
    assert_eq!(app.user(&adele.id).await.groups.iter().map(|g| g.as_str()).collect::<Vec<_>>(), ["Sales"]);

    // Bad input names the field and changes nothing.
    let version = saved["version"].as_u64().unwrap();
    for (body, field) in [
        (json!({"version": version, "emails": ["not-an-address"]}), "emails"),
        (json!({"version": version, "phones": ["12345"]}), "phones"),
        (json!({"version": version, "roles": ["wizard"]}), "roles"),
        (json!({"version": version, "display_name": ""}), "display_name"),
        (json!({"version": version, "groups": ["bad/group"]}), "groups"),
    ] {
        let bad =
            problem(app.call(Method::PATCH, &path, &two, Some(body)).await, 400, "invalid_request").await;
        assert_eq!(bad["field"], field, "{bad}");
    }
    assert_eq!(app.user(&adele.id).await.version, version);

    // Disabling ends her sessions; granting a role is audited and every admin told.
    let adele_session = app.token("adele", ADELE_PASSWORD).await;
    let version = app.user(&adele.id).await.version;
    let off = json!({"version": version, "enabled": false, "roles": ["helpdesk"]});
    let saved = json_of(app.call(Method::PATCH, &path, &two, Some(off)).await, 200).await;
    assert_eq!(saved["enabled"], false);
    problem(app.call(Method::GET, "/v1/me", &adele_session, None).await, 401, "unauthorized").await;
    let events = app.audit_for(&adele.id).await;
    assert!(
        events
            .iter()
            .any(|e| e.action == Action::RolesChanged && e.reason_text().as_deref() == Some("helpdesk"))
    );
    for admin in ["boss", "boss2"] {
        let told = app.outbox().to(&app.email_of(admin)).await;
        assert!(told.iter().any(|m| m.body.contains("now holds the roles [helpdesk]")), "{admin} told");
    }
}

#[tokio::test]
async fn ending_sessions_signs_the_user_out_everywhere() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let (a, b) = (app.token("adele", ADELE_PASSWORD).await, app.token("adele", ADELE_PASSWORD).await);
    let token = app.token("boss", ADMIN_PASSWORD).await;
    let path = format!("/v1/admin/users/{}/sessions", adele.id);
    assert_eq!(app.call(Method::DELETE, &path, &token, None).await.status(), 204);
    for session in [a, b] {
        problem(app.call(Method::GET, "/v1/me", &session, None).await, 401, "unauthorized").await;
    }
    assert_eq!(app.sign_in("adele", ADELE_PASSWORD).await.status(), 201);
}

/// The invitation code in the newest email to `to`.
async fn invitation_code(app: &TestApp, to: &str) -> String {
    let mail = app.outbox().to(to).await;
    let last = mail.last().expect("an invitation was sent");
    assert!(last.subject.as_deref().unwrap_or_default().starts_with("Set your"), "{last:?}");
    last.code(8).expect("an 8-digit code")
}

#[tokio::test]
async fn a_new_user_gets_an_invitation_and_sets_their_own_password() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let token = app.token("boss", ADMIN_PASSWORD).await;
    let email = app.email_of("newbie");
    let body =
        json!({"username": "NewBie", "display_name": "New Bie", "emails": [email], "groups": ["Sales"]});
    let created =
        json_of(app.call(Method::POST, "/v1/admin/users", &token, Some(body.clone())).await, 201).await;
    assert_eq!(
        (created["username"].clone(), created["invitation"]["sent_to"].clone()),
        (json!("newbie"), json!(email))
    );
    assert_eq!(created["password"]["changed_at"], Value::Null, "no password until the user sets one");
    problem(app.call(Method::POST, "/v1/admin/users", &token, Some(body)).await, 409, "username_taken").await;

    // Bad input names the field; nothing is created.
    for (body, field) in [
        (json!({"username": "has space", "display_name": "X"}), "username"),
        (json!({"username": "nomail", "display_name": "No Mail"}), "email"),
        (json!({"username": "x2", "display_name": "X", "emails": ["bad"]}), "emails"),
        (json!({"username": "x3", "display_name": "X", "roles": ["root"]}), "roles"),
        (json!({"username": "x4", "display_name": "X", "password": "chosen-by-admin-1"}), ""),
    ] {
        let bad = problem(
            app.call(Method::POST, "/v1/admin/users", &token, Some(body)).await,
            400,
            "invalid_request",
        )
        .await;
        if !field.is_empty() {
            assert_eq!(bad["field"], field, "{bad}");
        }
    }
    let nobody =
        json_of(app.call(Method::GET, "/v1/admin/users?search=nomail", &token, None).await, 200).await;
    assert!(nobody["users"].as_array().unwrap().is_empty());

    // Wrong codes count; a weak password is refused without using the code up.
    let code = invitation_code(&app, &email).await;
    let accept =
        |code: &str, password: &str| json!({"username": "newbie", "code": code, "new_password": password});
    let wrong = if code == "12345678" { "87654321" } else { "12345678" };
    problem(
        app.post_json("/v1/invitations/accept", accept(wrong, crate::NEW_PASSWORD), None).await,
        410,
        "invitation_invalid",
    )
    .await;
    problem(
        app.post_json("/v1/invitations/accept", accept(&code, "password"), None).await,
        422,
        "password_rejected",
    )
    .await;
    // An unknown name answers exactly like a wrong code.
    let unknown = json!({"username": "nobody-here", "code": code, "new_password": crate::NEW_PASSWORD});
    problem(app.post_json("/v1/invitations/accept", unknown, None).await, 410, "invitation_invalid").await;

    assert_eq!(
        app.post_json("/v1/invitations/accept", accept(&code, crate::NEW_PASSWORD), None).await.status(),
        204
    );
    assert_eq!(app.sign_in("newbie", crate::NEW_PASSWORD).await.status(), 201);
    // Single use.
    problem(
        app.post_json("/v1/invitations/accept", accept(&code, "another fine passphrase 7"), None).await,
        410,
        "invitation_invalid",
    )
    .await;
    assert!(!app.dump_tables().await.contains(&code), "the code is stored somewhere");
}

#[tokio::test]
async fn an_invitation_survives_five_wrong_codes_and_a_new_one_replaces_it() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let token = app.token("boss", ADMIN_PASSWORD).await;
    let path = format!("/v1/admin/users/{}/invitation", adele.id);
    let sent = json_of(app.call(Method::POST, &path, &token, Some(json!({}))).await, 202).await;
    assert_eq!(sent["sent_to"], app.email_of("adele"));
    let bad = json!({"email": "someone-else@contoso.example"});
    assert_eq!(
        problem(app.call(Method::POST, &path, &token, Some(bad)).await, 400, "invalid_request").await["field"],
        "email"
    );
    let code = invitation_code(&app, &app.email_of("adele")).await;
    // Her password keeps working until the invitation is used.
    assert_eq!(app.sign_in("adele", ADELE_PASSWORD).await.status(), 201);

    let accept = |code: &str| json!({"username": "adele", "code": code, "new_password": crate::NEW_PASSWORD});
    let wrong = if code == "12345678" { "87654321" } else { "12345678" };
    // Five wrong codes in parallel, then the right one from the same address: blocked there.
    let guesses = (0..5).map(|_| {
        let (http, url, body) = (app.http.clone(), app.url("/v1/invitations/accept"), accept(wrong));
        async move { http.post(url).json(&body).send().await.unwrap().status().as_u16() }
    });
    assert_eq!(latchkey_e2e::spawn_all(guesses).await, [410; 5]);
    problem(app.post_json("/v1/invitations/accept", accept(&code), None).await, 410, "invitation_invalid")
        .await;

    // A new invitation replaces it, with fresh tries; the old code is dead.
    json_of(app.call(Method::POST, &path, &token, Some(json!({}))).await, 202).await;
    let fresh = invitation_code(&app, &app.email_of("adele")).await;
    if fresh != code {
        problem(
            app.post_json("/v1/invitations/accept", accept(&code), None).await,
            410,
            "invitation_invalid",
        )
        .await;
    }
    assert_eq!(app.post_json("/v1/invitations/accept", accept(&fresh), None).await.status(), 204);
    assert_eq!(app.sign_in("adele", ADELE_PASSWORD).await.status(), 401, "the old password is gone");
    let events = app.audit_for(&adele.id).await;
    assert!(events.iter().any(|e| e.action == Action::InvitationSent));
    assert!(events.iter().any(|e| e.action == Action::InvitationAccepted
        && e.outcome == latchkey_core::model::audit::Outcome::Success));
}

#[tokio::test]
async fn deleting_a_user_keeps_their_history() {
    let app = TestApp::start().await;
    app.set_settings(|s| s.reset.temporary_passwords = true).await;
    let boss = app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.create_user("desk", DESK_PASSWORD, &[Role::Helpdesk]).await;
    let desk_token = app.token("desk", DESK_PASSWORD).await;
    let path = format!("/v1/admin/users/{}", adele.id);
    problem(app.call(Method::DELETE, &path, &desk_token, None).await, 403, "forbidden").await;
    let token = app.token("boss", ADMIN_PASSWORD).await;
    // Nobody ends their own session through the administrators' API.
    let me = format!("/v1/admin/users/{}", boss.id);
    problem(app.call(Method::DELETE, &me, &token, None).await, 400, "invalid_request").await;
    let reset = json!({"mode": "temporary_password"});
    let own = problem(
        app.call(Method::POST, &format!("{me}/password-reset"), &token, Some(reset)).await,
        400,
        "invalid_request",
    )
    .await;
    assert_eq!(own["field"], "id");
    problem(app.call(Method::DELETE, &format!("{me}/sessions"), &token, None).await, 400, "invalid_request")
        .await;
    let off = json!({"version": app.user(&boss.id).await.version, "enabled": false});
    let own = problem(app.call(Method::PATCH, &me, &token, Some(off)).await, 400, "invalid_request").await;
    assert_eq!(own["field"], "enabled");
    assert_eq!(app.call(Method::GET, "/v1/admin/me", &token, None).await.status(), 200, "still signed in");
    assert_eq!(app.call(Method::DELETE, &path, &token, None).await.status(), 204);
    problem(app.call(Method::GET, &path, &token, None).await, 404, "user_not_found").await;
    assert_eq!(app.sign_in("adele", ADELE_PASSWORD).await.status(), 401);
    let events = app.audit_for(&adele.id).await;
    assert!(events.iter().any(|e| e.action == Action::UserDeleted && e.actor.as_ref() == Some(&boss.id)));
    assert!(events.iter().any(|e| e.action == Action::UserCreated), "the history stays");
    // The name is free again.
    let again =
        json!({"username": "adele", "display_name": "Adele Again", "emails": [app.email_of("adele")]});
    json_of(app.call(Method::POST, "/v1/admin/users", &token, Some(again)).await, 201).await;
}

#[tokio::test]
async fn branding_and_reset_limits_are_set_within_bounds_audited_and_seen_at_once() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    app.create_user("desk", DESK_PASSWORD, &[Role::Helpdesk]).await;
    let token = app.token("boss", ADMIN_PASSWORD).await;
    let desk = app.token("desk", DESK_PASSWORD).await;
    for path in ["/v1/admin/branding", "/v1/admin/reset-limits"] {
        problem(app.call(Method::GET, path, &desk, None).await, 403, "forbidden").await;
    }

    let branding = json!({"company_name": "Fabrikam", "logo_url": "https://fabrikam.example/logo.svg", "contact": "help@fabrikam.example"});
    let saved = json_of(app.call(Method::PUT, "/v1/admin/branding", &token, Some(branding)).await, 200).await;
    assert_eq!(saved["contact"], "mailto:help@fabrikam.example");
    let public = json_of(app.get("/v1/config/public").await, 200).await;
    assert_eq!(public["company_name"], "Fabrikam", "{public}");
    for (body, field) in [
        (json!({"company_name": "Fabrikam", "logo_url": "http://fabrikam.example/logo.svg"}), "logo_url"),
        (json!({"company_name": "Fabrikam", "contact": "javascript:alert(1)"}), "contact"),
        (json!({"company_name": ""}), "company_name"),
    ] {
        let bad = problem(
            app.call(Method::PUT, "/v1/admin/branding", &token, Some(body)).await,
            400,
            "invalid_request",
        )
        .await;
        assert_eq!(bad["field"], field, "{bad}");
    }
    assert_eq!(
        json_of(app.get("/v1/config/public").await, 200).await["company_name"],
        "Fabrikam",
        "unchanged"
    );

    let limits = json_of(app.call(Method::GET, "/v1/admin/reset-limits", &token, None).await, 200).await;
    assert_eq!((limits["code_digits"].clone(), limits["code_attempts"].clone()), (json!(8), json!(5)));
    let mut tighter = limits.clone();
    tighter["code_attempts"] = json!(3);
    tighter["code_digits"] = json!(6);
    tighter["decoy_email_domain"] = json!("Fabrikam.example");
    let saved =
        json_of(app.call(Method::PUT, "/v1/admin/reset-limits", &token, Some(tighter)).await, 200).await;
    assert_eq!(
        (saved["code_attempts"].clone(), saved["decoy_email_domain"].clone()),
        (json!(3), json!("fabrikam.example"))
    );
    for (field, value) in
        [("code_attempts", 10), ("code_lifetime_seconds", 3600), ("block_hours", 1), ("code_digits", 4)]
    {
        let mut looser = saved.clone();
        looser[field] = json!(value);
        let bad = problem(
            app.call(Method::PUT, "/v1/admin/reset-limits", &token, Some(looser)).await,
            400,
            "invalid_request",
        )
        .await;
        assert_eq!(bad["field"], field, "{bad}");
    }
    // The new figures apply: a reset code now has six digits.
    app.create_user("alex", ADELE_PASSWORD, &[]).await;
    let flow = app.reset_flow("alex").await;
    let reset_id = flow["reset_id"].as_str().unwrap();
    assert_eq!(app.challenge(reset_id, "m1").await.status(), 202);
    let mail = app.outbox().to(&app.email_of("alex")).await;
    assert!(mail.last().unwrap().code(6).is_some(), "a six-digit code");
}

async fn import(
    app: &TestApp,
    token: &str,
    dry_run: bool,
    content_type: &str,
    body: &str,
) -> reqwest::Response {
    app.http
        .post(app.url(&format!("/v1/admin/users/import?dry_run={dry_run}")))
        .bearer_auth(token)
        .header("content-type", content_type)
        .body(body.to_owned())
        .send()
        .await
        .unwrap()
}

#[tokio::test]
#[expect(
    clippy::too_many_lines,
    reason = "the dry run and the real import read the same file against the same directory, which the checks compare"
)]
async fn an_import_dry_run_writes_nothing_and_a_file_with_bad_rows_writes_exactly_the_good_ones() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let token = app.token("boss", ADMIN_PASSWORD).await;
    let csv = format!(
        "username,display_name,emails,mobile,groups,roles\n\
         carol,Carol Danvers,carol@contoso.example,+14255550111,Sales;Pilots,\n\
         bad name,Nobody,x@contoso.example,,,\n\
         dave,\"Dave, the Second\",not-an-email,,,\n\
         adele,Adele Vance,{},,Sales,\n\
         erin,Erin,erin@contoso.example,,,helpdesk\n",
        app.email_of("adele")
    );
    let audit_before = app.audit_count().await;
    let dry = json_of(import(&app, &token, true, "text/csv", &csv).await, 200).await;
    assert_eq!(
        (dry["dry_run"].clone(), dry["created"].clone(), dry["updated"].clone(), dry["errors"].clone()),
        (json!(true), json!(2), json!(1), json!(2)),
        "{dry}"
    );
    let lines: Vec<(u64, &str)> = dry["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["line"].as_u64().unwrap(), r["result"].as_str().unwrap()))
        .collect();
    assert_eq!(lines, [(2, "created"), (3, "error"), (4, "error"), (5, "updated"), (6, "created")]);
    assert_eq!(dry["rows"][1]["field"], "username");
    assert_eq!(dry["rows"][2]["field"], "emails");
    assert_eq!(app.audit_count().await, audit_before, "a dry run writes nothing");
    let nobody =
        json_of(app.call(Method::GET, "/v1/admin/users?search=carol", &token, None).await, 200).await;
    assert!(nobody["users"].as_array().unwrap().is_empty());

    let real = json_of(import(&app, &token, false, "text/csv", &csv).await, 200).await;
    assert_eq!(
        (real["created"].clone(), real["updated"].clone(), real["errors"].clone()),
        (json!(2), json!(1), json!(2))
    );
    let all = json_of(app.call(Method::GET, "/v1/admin/users?limit=200", &token, None).await, 200).await;
    let names: Vec<&str> =
        all["users"].as_array().unwrap().iter().map(|u| u["username"].as_str().unwrap()).collect();
    assert_eq!(names, ["adele", "boss", "carol", "erin"], "exactly the good rows");
    let carol = &all["users"][2];
    assert_eq!(
        (carol["groups"].clone(), carol["email"].clone()),
        (json!(["Pilots", "Sales"]), json!("carol@contoso.example"))
    );
    assert_eq!(app.user(&adele.id).await.groups.iter().map(|g| g.as_str()).collect::<Vec<_>>(), ["Sales"]);
    assert!(all["users"][3]["roles"].as_array().unwrap().contains(&json!("helpdesk")));

    // Again: nothing changes (idempotent, so an interrupted import is finished by rerunning it).
    let again = json_of(import(&app, &token, false, "text/csv", &csv).await, 200).await;
    assert_eq!(
        (again["unchanged"].clone(), again["created"].clone(), again["updated"].clone()),
        (json!(3), json!(0), json!(0))
    );

    // JSON lines too; export gives the format back.
    let lines = "{\"username\": \"frank\", \"display_name\": \"Frank\", \"emails\": [\"frank@contoso.example\"]}\n{\"username\": \"x\", \"colour\": \"red\"}\n";
    problem(import(&app, &token, false, "application/x-ndjson", lines).await, 400, "invalid_request").await;
    let lines =
        "{\"username\": \"frank\", \"display_name\": \"Frank\", \"emails\": [\"frank@contoso.example\"]}\n";
    assert_eq!(
        json_of(import(&app, &token, false, "application/x-ndjson", lines).await, 200).await["created"],
        1
    );
    let export = app.http.get(app.url("/v1/admin/users/export")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(export.status(), 200);
    assert!(export.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let text = export.text().await.unwrap();
    assert!(
        text.starts_with(
            "username,display_name,first_name,last_name,emails,mobile,office_phone,groups,roles,language\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("carol,Carol Danvers,,,carol@contoso.example,'+14255550111,,Pilots;Sales,,\n"),
        "{text}"
    );
    assert!(!text.contains("argon2"), "no hashes in an export");
    let round = json_of(import(&app, &token, true, "text/csv", &text).await, 200).await;
    assert_eq!(
        (round["created"].clone(), round["updated"].clone(), round["errors"].clone()),
        (json!(0), json!(0), json!(0)),
        "{round}"
    );

    // Bad files: named, nothing written.
    for (body, field) in [
        ("user,display_name\nx,y\n", "header"),
        ("username,username\nx,y\n", "header"),
        ("username,display_name\n\"unclosed,x\n", "body"),
    ] {
        let bad = problem(import(&app, &token, false, "text/csv", body).await, 400, "invalid_request").await;
        assert_eq!(bad["field"], field, "{bad}");
    }
    problem(import(&app, &token, false, "text/plain", "username\nx\n").await, 415, "unsupported_media_type")
        .await;
    app.create_user("desk", DESK_PASSWORD, &[Role::Helpdesk]).await;
    let desk = app.token("desk", DESK_PASSWORD).await;
    problem(import(&app, &desk, true, "text/csv", "username\nzed\n").await, 403, "forbidden").await;
}

#[tokio::test]
async fn an_administrator_adding_a_contact_is_told_to_the_user_where_they_already_read() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let token = app.token("boss", ADMIN_PASSWORD).await;
    let (own, added) = (app.email_of("adele"), format!("someone.{}@elsewhere.example", app.tag));
    let path = format!("/v1/admin/users/{}", adele.id);
    let body = json!({"version": adele.version, "emails": [own, added]});
    json_of(app.call(Method::PATCH, &path, &token, Some(body)).await, 200).await;

    let notice = app.outbox().nth_to(&own, 0).await;
    assert!(notice.body.contains("contact details were added by your administrator"), "{}", notice.body);
    assert!(notice.body.contains("s•••@e•••"), "the addition, masked: {}", notice.body);
    assert!(!notice.body.contains(&added), "never the address itself");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(app.outbox().to(&added).await.is_empty(), "not told on the address just added");

    // An import that adds one is told the same way; one that adds none tells nobody.
    let imported = format!("imported.{}@elsewhere.example", app.tag);
    let csv = format!(
        "username,display_name,emails,mobile\nadele,Adele Vance,{own};{added};{imported},{}\n",
        app.phone_of("adele")
    );
    let done = json_of(import(&app, &token, false, "text/csv", &csv).await, 200).await;
    assert_eq!(done["updated"], 1, "{done}");
    let notice = app.outbox().nth_to(&added, 0).await;
    assert!(notice.body.contains("i•••@e•••"), "{}", notice.body);
    assert_eq!(app.outbox().to(&own).await.len(), 2);
    let renamed = csv.replace("Adele Vance", "Adele V.");
    json_of(import(&app, &token, false, "text/csv", &renamed).await, 200).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.outbox().to(&own).await.len(), 2, "nothing added, nothing told");
}

#[tokio::test]
async fn clearing_a_users_methods_sends_them_back_to_registration_and_leaves_directory_contacts() {
    let app = TestApp::start().await;
    // Only the methods she registered count, so clearing them leaves her incomplete.
    app.set_settings(|s| s.reset.directory_contacts_count = false).await;
    let boss = app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    app.create_user("desk", ADELE_PASSWORD, &[Role::Helpdesk]).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let personal = format!("adele.home{}@example.net", app.tag);
    app.edit_user(&adele.id, |u| {
        u.registration.email = Some(latchkey_core::model::values::Email::parse(&personal).unwrap());
        u.registration.confirmed_at = Some(chrono::Utc::now());
    })
    .await;
    let token = app.token("boss", ADMIN_PASSWORD).await;
    let path = format!("/v1/admin/users/{}", adele.id);
    let before = json_of(app.call(Method::GET, &path, &token, None).await, 200).await;
    assert_eq!(before["registration"]["state"], "complete", "{before}");

    let methods = format!("{path}/methods");
    let desk = app.token("desk", ADELE_PASSWORD).await;
    problem(app.call(Method::DELETE, &methods, &desk, None).await, 403, "forbidden").await;
    let mine = format!("/v1/admin/users/{}/methods", boss.id);
    problem(app.call(Method::DELETE, &mine, &token, None).await, 400, "invalid_request").await;
    problem(
        app.call(Method::DELETE, "/v1/admin/users/nobody/methods", &token, None).await,
        404,
        "user_not_found",
    )
    .await;
    let cleared = app.call(Method::DELETE, &methods, &token, None).await;
    assert_eq!(cleared.status().as_u16(), 204);

    let after = json_of(app.call(Method::GET, &path, &token, None).await, 200).await;
    let own: Vec<&Value> =
        after["methods"].as_array().unwrap().iter().filter(|m| m["source"] == "user").collect();
    assert!(own.is_empty(), "{after}");
    assert_eq!(after["registration"]["state"], "incomplete");
    assert_eq!(after["emails"], before["emails"], "directory contacts stay");
    let events = app.audit_for(&adele.id).await;
    assert!(
        events
            .iter()
            .any(|e| e.action == Action::UserUpdated && e.reason_text().as_deref() == Some("methods_cleared")),
        "{events:?}"
    );
    // Told where she read before, the cleared address included.
    let notice = app.outbox().to(&personal).await;
    assert!(notice.iter().any(|m| m.body.contains("register them again")), "{notice:?}");
    let signed: Value = app.sign_in("adele", ADELE_PASSWORD).await.json().await.unwrap();
    assert_eq!(signed["next"], "register_methods");
}

#[tokio::test]
async fn an_import_with_invitations_invites_each_user_it_creates_and_only_them() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let token = app.token("boss", ADMIN_PASSWORD).await;
    let csv = format!(
        "username,display_name,emails\nfran,Fran Kim,fran@contoso.example\ngus,Gus No-Mail,\nadele,Adele Vance,{}\n",
        app.email_of("adele")
    );
    let send = |dry_run: bool| {
        app.http
            .post(app.url(&format!("/v1/admin/users/import?dry_run={dry_run}&invite=true")))
            .bearer_auth(&token)
            .header("content-type", "text/csv")
            .body(csv.clone())
            .send()
    };
    let dry = json_of(send(true).await.unwrap(), 200).await;
    assert_eq!(dry["rows"][0]["reason"], "an invitation would be sent", "{dry}");
    assert!(app.outbox().to("fran@contoso.example").await.is_empty(), "a dry run sends nothing");

    let real = json_of(send(false).await.unwrap(), 200).await;
    assert_eq!(real["rows"][0]["reason"], "invitation sent to fran@contoso.example", "{real}");
    assert_eq!(real["rows"][1]["reason"], "no invitation: the user has no email address");
    assert_eq!(real["rows"][1]["result"], "created", "the user is created without one");
    let mail = app.outbox().to("fran@contoso.example").await;
    assert_eq!(mail.len(), 1);
    assert!(mail[0].code(8).is_some(), "the invitation carries its code");
    // Adele already existed: updated (or unchanged), never invited.
    assert!(real["rows"][2].get("reason").is_none(), "{real}");
    assert!(
        !app.outbox().to(&app.email_of("adele")).await.iter().any(|m| m.body.contains("invit")),
        "existing users are not invited"
    );
    let bad = app
        .http
        .post(app.url("/v1/admin/users/import?dry_run=true&invite=maybe"))
        .bearer_auth(&token)
        .header("content-type", "text/csv")
        .body(csv.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(problem(bad, 400, "invalid_request").await["field"], "invite");
}

/// The usernames a search answers, following every page.
async fn searched(app: &TestApp, token: &str, search: &str, limit: usize) -> Vec<String> {
    let mut seen = Vec::new();
    let mut path = format!("/v1/admin/users?search={search}&limit={limit}");
    loop {
        let page = json_of(app.call(Method::GET, &path, token, None).await, 200).await;
        seen.extend(
            page["users"].as_array().unwrap().iter().map(|u| u["username"].as_str().unwrap().to_string()),
        );
        match page["next"].as_str() {
            Some(next) => path = format!("/v1/admin/users?search={search}&limit={limit}&next={next}"),
            None => return seen,
        }
    }
}

/// The usernames of the whole list in `sort` order, `limit` at a time.
async fn sorted(app: &TestApp, token: &str, sort: &str, limit: usize) -> Vec<String> {
    let mut seen = Vec::new();
    let mut path = format!("/v1/admin/users?sort={sort}&limit={limit}");
    loop {
        let page = json_of(app.call(Method::GET, &path, token, None).await, 200).await;
        let rows = page["users"].as_array().unwrap();
        assert!(rows.len() <= limit);
        seen.extend(rows.iter().map(|u| u["username"].as_str().unwrap().to_string()));
        match page["next"].as_str() {
            Some(next) => path = format!("/v1/admin/users?sort={sort}&limit={limit}&next={next}"),
            None => return seen,
        }
    }
}

#[tokio::test]
async fn the_list_sorts_by_username_or_display_name_either_way_a_page_at_a_time() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    // Display names in another order than the usernames, two of them equal.
    for (username, display) in [
        ("amy", "Zoe Amy"),
        ("bert", "Carl Bert"),
        ("cleo", "Ada Cleo"),
        ("dan", "Carl Bert"),
        ("eve", "Mia Eve"),
    ] {
        let user = app.create_user(username, ADELE_PASSWORD, &[]).await;
        app.edit_user(&user.id, |u| u.display_name = display.into()).await;
    }
    let token = app.token("boss", ADMIN_PASSWORD).await;

    assert_eq!(sorted(&app, &token, "username", 2).await, ["amy", "bert", "boss", "cleo", "dan", "eve"]);
    assert_eq!(sorted(&app, &token, "-username", 2).await, ["eve", "dan", "cleo", "boss", "bert", "amy"]);
    let by_name = sorted(&app, &token, "display_name", 2).await;
    assert_eq!(by_name[..2], ["cleo", "boss"], "Ada Cleo, boss Example: {by_name:?}");
    assert_eq!(by_name[4..], ["eve", "amy"], "then Mia Eve, Zoe Amy: {by_name:?}");
    let mut carls = by_name[2..4].to_vec();
    carls.sort();
    assert_eq!(carls, ["bert", "dan"], "the two Carl Berts, each once: {by_name:?}");
    let mut reversed = sorted(&app, &token, "-display_name", 2).await;
    reversed.reverse();
    assert_eq!(reversed, by_name, "the reverse order is the same list backwards, equal names included");

    // A cursor of one order is refused by another; a search keeps its own order.
    let first =
        json_of(app.call(Method::GET, "/v1/admin/users?sort=display_name&limit=2", &token, None).await, 200)
            .await;
    let next = first["next"].as_str().unwrap();
    let other =
        app.call(Method::GET, &format!("/v1/admin/users?sort=username&next={next}"), &token, None).await;
    assert_eq!(problem(other, 400, "invalid_request").await["field"], "next");
    for (query, field) in [("sort=age", "sort"), ("sort=-", "sort"), ("search=a&sort=username", "sort")] {
        let bad = app.call(Method::GET, &format!("/v1/admin/users?{query}"), &token, None).await;
        assert_eq!(problem(bad, 400, "invalid_request").await["field"], field, "{query}");
    }
}

#[tokio::test]
async fn search_finds_a_word_anywhere_in_a_name_and_follows_renames_and_deletions() {
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let alex = app.create_user("alex", ADELE_PASSWORD, &[]).await;
    app.edit_user(&alex.id, |u| u.display_name = "Alex Wilber".into()).await;
    let wilma = app.create_user("wilma", ADELE_PASSWORD, &[]).await;
    app.edit_user(&wilma.id, |u| u.display_name = "Wilma Flint".into()).await;
    app.create_user("megan", ADELE_PASSWORD, &[]).await;
    let token = app.token("boss", ADMIN_PASSWORD).await;

    // "wil": wilma by username first, then Alex by the second word of his name; each once, a page at a time.
    assert_eq!(searched(&app, &token, "wil", 1).await, ["wilma", "alex"]);
    assert_eq!(searched(&app, &token, "Wilber", 10).await, ["alex"], "any case");
    // A rename moves the index with it; a deletion takes the user out.
    app.edit_user(&alex.id, |u| u.display_name = "Alex Vance".into()).await;
    assert!(searched(&app, &token, "wilber", 10).await.is_empty(), "the old word is gone");
    assert_eq!(searched(&app, &token, "vance", 10).await, ["alex"]);
    // Renamed and regrouped in one edit: the index follows that write too.
    let version = app.user(&alex.id).await.version;
    let edit = serde_json::json!({"version": version, "display_name": "Alex Stone", "groups": ["Pilots"]});
    let path = format!("/v1/admin/users/{}", alex.id);
    assert_eq!(app.call(Method::PATCH, &path, &token, Some(edit)).await.status(), 200);
    assert_eq!(searched(&app, &token, "stone", 10).await, ["alex"]);
    assert!(searched(&app, &token, "vance", 10).await.is_empty());
    app.edit_user(&alex.id, |u| u.display_name = "Alex Vance".into()).await;
    let delete = format!("/v1/admin/users/{}", alex.id);
    assert_eq!(app.call(Method::DELETE, &delete, &token, None).await.status(), 204);
    assert!(searched(&app, &token, "vance", 10).await.is_empty());
    let leftovers = app
        .dynamo
        .query()
        .table_name(&app.config.tables.directory)
        .key_condition_expression("pk = :p")
        .expression_attribute_values(":p", aws_sdk_dynamodb::types::AttributeValue::S("WORD#v".into()))
        .send()
        .await
        .unwrap();
    assert_eq!(leftovers.count(), 0, "no entry is left behind");
}

#[tokio::test]
async fn users_stored_before_the_word_index_are_brought_into_it_once() {
    use aws_sdk_dynamodb::types::AttributeValue;
    let app = TestApp::start().await;
    app.create_user("boss", ADMIN_PASSWORD, &[Role::Admin]).await;
    let alex = app.create_user("alex", ADELE_PASSWORD, &[]).await;
    app.edit_user(&alex.id, |u| u.display_name = "Alex Wilber".into()).await;
    let token = app.token("boss", ADMIN_PASSWORD).await;
    // As a record written before the index: no words on it, no entries.
    let table = &app.config.tables.directory;
    let user_key = |id: &str| {
        std::collections::HashMap::from([
            ("pk".to_owned(), AttributeValue::S(format!("USER#{id}"))),
            ("sk".to_owned(), AttributeValue::S("PROFILE".into())),
        ])
    };
    app.dynamo
        .update_item()
        .table_name(table)
        .set_key(Some(user_key(alex.id.as_str())))
        .update_expression("REMOVE words")
        .send()
        .await
        .unwrap();
    for word in ["alex", "wilber"] {
        let entry = std::collections::HashMap::from([
            ("pk".to_owned(), AttributeValue::S(format!("WORD#{}", &word[..1]))),
            ("sk".to_owned(), AttributeValue::S(format!("{word}\u{1f}{}", alex.id))),
        ]);
        app.dynamo.delete_item().table_name(table).set_key(Some(entry)).send().await.unwrap();
    }
    // And the migration not yet run (the stack's start ran it on an empty directory).
    let marker = std::collections::HashMap::from([
        ("pk".to_owned(), AttributeValue::S("MIGRATION#word-index".into())),
        ("sk".to_owned(), AttributeValue::S("DONE".into())),
    ]);
    app.dynamo.delete_item().table_name(table).set_key(Some(marker)).send().await.unwrap();
    assert!(searched(&app, &token, "wilber", 10).await.is_empty(), "not yet in the index");
    let directory =
        latchkey_adapters::dynamo::DynamoDirectory::new(app.dynamo.clone(), app.config.tables.clone());
    let done = directory.migrate_word_index(chrono::Utc::now()).await.unwrap().expect("ran");
    assert!(done.users_indexed >= 1 && done.skipped == 0, "{done:?}");
    assert_eq!(searched(&app, &token, "wilber", 10).await, ["alex"]);
    assert!(directory.migrate_word_index(chrono::Utc::now()).await.unwrap().is_none(), "recorded as done");
}
