//! Attacks on the administrators' and integrators' side, tried as an
//! attacker would try them: each test reproduces one and shows it fails.

use latchkey_core::model::user::Role;
use latchkey_e2e::{TestApp, problem};
use reqwest::Method;
use serde_json::{Value, json};

use crate::ADELE_PASSWORD;

const BOSS_PASSWORD: &str = "harbor-lantern-quartz-42";

async fn json_of(response: reqwest::Response, status: u16) -> Value {
    let got = response.status();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    assert_eq!(got, status, "{body}");
    body
}

/// A six-digit code that is not `username`'s at any step near now.
fn wrong_code(app: &TestApp, username: &str) -> String {
    use latchkey_core::accounts::authenticator::{STEP_SECONDS, code_at};
    let key = app.authenticator_key(username);
    let near: Vec<String> = (-3..=3)
        .map(|s| code_at(&key, chrono::Utc::now() + chrono::Duration::seconds(s * STEP_SECONDS as i64)))
        .collect();
    (0..1_000_000).map(|n| format!("{n:06}")).find(|c| !near.contains(c)).unwrap()
}

#[tokio::test]
async fn strangers_failing_resets_from_many_addresses_never_stop_an_admin_signing_in_with_both_factors() {
    let app = TestApp::start().await;
    app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    // The admin registers an authenticator (and its key is kept by the test).
    app.token("boss", BOSS_PASSWORD).await;
    let wrong = wrong_code(&app, "boss");
    // Strangers with no factor at all: a reset of `boss` from each of twelve
    // addresses, and wrong authenticator codes until each address is blocked.
    let mut blocked = 0;
    for n in 0..12 {
        let source = format!("198.51.100.{}", n + 1);
        let started =
            json_of(app.post_json_from(&source, "/v1/resets", json!({"username": "boss"}), None).await, 201)
                .await;
        let reset = started["reset_id"].as_str().unwrap().to_owned();
        let methods = started["methods"].as_array().unwrap();
        let method =
            methods.iter().find(|m| m["kind"] == "authenticator").expect("the authenticator is offered");
        let method = method["id"].as_str().unwrap().to_owned();
        for _ in 0..6 {
            let answer = app
                .post_json_from(
                    &source,
                    &format!("/v1/resets/{reset}/verifications"),
                    json!({"method_id": method, "code": wrong}),
                    None,
                )
                .await;
            if answer.status() == 429 {
                blocked += 1;
                break;
            }
            assert_eq!(answer.status(), 400);
        }
    }
    assert!(blocked >= 10, "the strangers' own tries are limited ({blocked} addresses blocked)");
    // The admin, from their own address, with the password and the right code: signed in.
    let step = json_of(app.sign_in_from("203.0.113.9", "boss", BOSS_PASSWORD).await, 201).await;
    assert_eq!(step["next"], "authenticator_code");
    let pending = step["token"].as_str().unwrap().to_owned();
    let code = app.totp_code("boss").await;
    let signed = json_of(
        app.post_json_from(
            "203.0.113.9",
            "/v1/sessions/authenticator",
            json!({"code": code}),
            Some(&pending),
        )
        .await,
        201,
    )
    .await;
    let session = signed["token"].as_str().unwrap();
    assert_eq!(app.call(Method::GET, "/v1/admin/me", session, None).await.status(), 200);
}

#[tokio::test]
async fn the_sign_in_second_step_counts_its_own_wrong_codes_and_only_with_the_password_steps_token() {
    let app = TestApp::start().await;
    app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    app.token("boss", BOSS_PASSWORD).await;
    let wrong = wrong_code(&app, "boss");
    // Someone holding the password may exhaust the second step (their own budget).
    let step = json_of(app.sign_in_from("192.0.2.1", "boss", BOSS_PASSWORD).await, 201).await;
    let pending = step["token"].as_str().unwrap().to_owned();
    let mut refused = 0;
    for _ in 0..6 {
        let answer = app
            .post_json_from("192.0.2.1", "/v1/sessions/authenticator", json!({"code": wrong}), Some(&pending))
            .await;
        match answer.status().as_u16() {
            400 => refused += 1,
            429 => break,
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(refused, 5, "five wrong codes, then blocked");
    // Those failures are not the reset's: a reset of boss from that address still takes a try.
    let started =
        json_of(app.post_json_from("192.0.2.1", "/v1/resets", json!({"username": "boss"}), None).await, 201)
            .await;
    let method =
        started["methods"].as_array().unwrap().iter().find(|m| m["kind"] == "authenticator").unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned();
    let reset = started["reset_id"].as_str().unwrap();
    let answer = app
        .post_json_from(
            "192.0.2.1",
            &format!("/v1/resets/{reset}/verifications"),
            json!({"method_id": method, "code": wrong}),
            None,
        )
        .await;
    assert_eq!(answer.status(), 400, "the reset's counters are its own");
}

#[tokio::test]
async fn a_role_granted_during_a_password_only_session_is_never_exercised_from_it() {
    let app = TestApp::start().await;
    app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    let megan = app.create_user("megan", ADELE_PASSWORD, &[]).await;
    let boss = app.token("boss", BOSS_PASSWORD).await;
    // Megan signs in with her password alone (plain users need no second factor).
    let weak = app.token("megan", ADELE_PASSWORD).await;
    assert_eq!(app.call(Method::GET, "/v1/me", &weak, None).await.status(), 200);

    // Granted by the console's edit: her sessions end, and the next sign-in asks for an authenticator.
    let path = format!("/v1/admin/users/{}", megan.id);
    let version = app.user(&megan.id).await.version;
    let grant = json!({"version": version, "roles": ["admin"]});
    json_of(app.call(Method::PATCH, &path, &boss, Some(grant)).await, 200).await;
    let status = app.call(Method::GET, "/v1/admin/users", &weak, None).await.status();
    assert_eq!(status, 401, "the password-only session ended when the role was granted");
    let next = json_of(app.sign_in("megan", ADELE_PASSWORD).await, 201).await;
    assert_eq!(next["next"], "register_authenticator");

    // Granted by an import: the same.
    let nestor = app.create_user("nestor", ADELE_PASSWORD, &[]).await;
    let weak = app.token("nestor", ADELE_PASSWORD).await;
    let csv = "username,display_name,roles\nnestor,Nestor Example,helpdesk\n";
    let imported = app
        .http
        .post(app.url("/v1/admin/users/import?dry_run=false"))
        .bearer_auth(&boss)
        .header("content-type", "text/csv")
        .body(csv)
        .send()
        .await
        .unwrap();
    json_of(imported, 200).await;
    assert!(app.user(&nestor.id).await.roles.contains(&Role::Helpdesk));
    let status = app.call(Method::GET, "/v1/admin/users", &weak, None).await.status();
    assert_eq!(status, 401, "the import ended the password-only session too");

    // However a role arrives (here straight into the directory, sessions untouched),
    // a session that proved only the password cannot use it.
    let alex = app.create_user("alex", ADELE_PASSWORD, &[]).await;
    let weak = app.token("alex", ADELE_PASSWORD).await;
    app.edit_user(&alex.id, |u| {
        u.roles.insert(Role::Admin);
    })
    .await;
    for route in ["/v1/admin/users", "/v1/admin/me", "/v1/admin/policy"] {
        problem(app.call(Method::GET, route, &weak, None).await, 403, "second_factor_required").await;
    }
}

#[tokio::test]
async fn a_reports_reader_proves_a_second_factor_before_reading_the_trail() {
    let app = TestApp::start().await;
    app.create_user("reader", ADELE_PASSWORD, &[Role::ReportsReader]).await;
    let step = json_of(app.sign_in("reader", ADELE_PASSWORD).await, 201).await;
    assert_eq!(step["next"], "register_authenticator", "{step}");
    let pending = step["token"].as_str().unwrap();
    problem(
        app.call(Method::GET, "/v1/reports/reset-activity", pending, None).await,
        403,
        "second_factor_required",
    )
    .await;
    // With the authenticator registered and proven, the reports open.
    let session = app.token("reader", ADELE_PASSWORD).await;
    assert_eq!(app.call(Method::GET, "/v1/reports/reset-activity", &session, None).await.status(), 200);
}

async fn import(app: &TestApp, token: &str, dry_run: bool, csv: &str) -> Value {
    let response = app
        .http
        .post(app.url(&format!("/v1/admin/users/import?dry_run={dry_run}")))
        .bearer_auth(token)
        .header("content-type", "text/csv")
        .body(csv.to_owned())
        .send()
        .await
        .unwrap();
    json_of(response, 200).await
}

#[tokio::test]
async fn no_cell_of_the_users_export_runs_in_a_spreadsheet_and_each_reads_back_as_it_was() {
    let app = TestApp::start().await;
    app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    let boss = app.token("boss", BOSS_PASSWORD).await;
    // A value a spreadsheet would evaluate in every column the export writes.
    let csv = "username,display_name,first_name,last_name,emails,mobile,office_phone,groups,roles\n\
               -evil,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",+SUM(1),@A1,=x@evil.example,\
               +14155550142,+14155550143,-ops,helpdesk\n\
               'quoted,'apostrophe,\"\t=1\",plain,plain@evil.example,,,Sales,\n";
    let done = import(&app, &boss, false, csv).await;
    assert_eq!(done["created"], 2, "{done}");
    let evil = app
        .ports
        .directory
        .user_by_username(&latchkey_core::model::values::Username::parse("-evil").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert!(evil.display_name.starts_with("=HYPERLINK"), "stored as given: {}", evil.display_name);

    let export = app.http.get(app.url("/v1/admin/users/export")).bearer_auth(&boss).send().await.unwrap();
    assert_eq!(export.status(), 200);
    let text = export.text().await.unwrap();
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let mut rows = 0;
    for record in reader.records() {
        let record = record.unwrap();
        for cell in record.iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a live cell: {cell:?} in {record:?}"
            );
        }
        rows += 1;
    }
    assert_eq!(rows, 3);
    assert!(text.contains("'=HYPERLINK"), "{text}");
    // The export imported again changes nothing: each cell reads back to its value.
    let again = import(&app, &boss, true, &text).await;
    assert_eq!(again["created"], 0, "{again}");
    assert_eq!(again["updated"], 0, "{again}");
    assert_eq!(again["unchanged"], 3, "{again}");
}

/// The agent's state, twice (it is not `Clone`: it holds private keys).
fn copy(state: &latchkey_agent::cloud::AgentState) -> latchkey_agent::cloud::AgentState {
    serde_json::from_value(serde_json::to_value(state).unwrap()).unwrap()
}

#[tokio::test]
async fn a_revocation_always_wins_over_key_rotations_racing_it() {
    use latchkey_agent::cloud::{self, Cloud};
    let app = TestApp::start().await;
    app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    let boss = app.token("boss", BOSS_PASSWORD).await;
    let http = cloud::http_client(latchkey_agent::directory::tls_config(None).unwrap()).unwrap();
    for round in 0..5 {
        let body = json!({"directory": "corp", "name": format!("agent {round}")});
        let enrolment =
            json_of(app.call(Method::POST, "/v1/admin/agents/enrolments", &boss, Some(body)).await, 201)
                .await;
        let state = cloud::enrol(&http, &app.base, enrolment["token"].as_str().unwrap()).await.unwrap();
        // A compromised agent rotating its keys as fast as it can while an admin revokes it.
        let rotations: Vec<_> = (0..8)
            .map(|_| {
                let (http, state) = (http.clone(), copy(&state));
                tokio::spawn(async move { Cloud::new(http, &state).unwrap().rotate(&state).await })
            })
            .collect();
        let path = format!("/v1/admin/agents/{}", state.agent_id);
        assert_eq!(app.call(Method::DELETE, &path, &boss, None).await.status(), 204);
        let mut rotated = Vec::new();
        for task in rotations {
            if let Ok(new) = task.await.unwrap() {
                rotated.push(new);
            }
        }
        let id = latchkey_core::model::agents::AgentId::parse(&state.agent_id).unwrap();
        let stored = app.ports.agents.agent(&id).await.unwrap().unwrap();
        assert!(stored.revoked_at.is_some(), "round {round}: a rotation undid the revocation");
        // Whatever keys it ended with, the agent is refused.
        for keys in rotated.iter().chain([&state]) {
            let err = Cloud::new(http.clone(), keys).unwrap().next_job(0).await.unwrap_err();
            assert!(matches!(err, cloud::CloudError::Refused { status: 401, .. }), "round {round}: {err:?}");
        }
    }
}

#[tokio::test]
async fn helpdesk_codes_by_text_and_call_are_charged_like_every_other_send() {
    let app = TestApp::start().await;
    app.create_user("desk", BOSS_PASSWORD, &[Role::Helpdesk]).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let desk = app.token("desk", BOSS_PASSWORD).await;
    let path = format!("/v1/admin/users/{}/verification", adele.id);
    // The helpdesk's own limit: five texts an hour to one user, then refused.
    let mut sent = 0;
    for _ in 0..8 {
        let answer = app.call(Method::POST, &path, &desk, Some(json!({"kind": "sms"}))).await;
        match answer.status().as_u16() {
            202 => sent += 1,
            429 => break,
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(sent, 5, "five texts, then the limit");
    let texts = app.outbox().to(&app.phone_of("adele")).await;
    assert_eq!(texts.len(), 5, "nothing sent past the limit");

    // The telephony caps count the helpdesk's texts too: with the number's
    // daily cap at one, a second user's second text is refused.
    app.set_settings(|s| s.telephony.per_number_per_day = 1).await;
    let megan = app.create_user("megan", ADELE_PASSWORD, &[]).await;
    let path = format!("/v1/admin/users/{}/verification", megan.id);
    assert_eq!(app.call(Method::POST, &path, &desk, Some(json!({"kind": "sms"}))).await.status(), 202);
    problem(
        app.call(Method::POST, &path, &desk, Some(json!({"kind": "sms"}))).await,
        429,
        "too_many_requests",
    )
    .await;
    assert_eq!(app.outbox().to(&app.phone_of("megan")).await.len(), 1);
}

#[tokio::test]
async fn strangers_guessing_an_invitation_never_spend_the_holders_tries() {
    let app = TestApp::start().await;
    app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let boss = app.token("boss", BOSS_PASSWORD).await;
    let path = format!("/v1/admin/users/{}/invitation", adele.id);
    json_of(app.call(Method::POST, &path, &boss, Some(json!({}))).await, 202).await;
    let mail = app.outbox().to(&app.email_of("adele")).await;
    let code = mail.last().unwrap().code(8).unwrap();
    let wrong = if code == "12345678" { "87654321" } else { "12345678" };
    let accept = |code: &str| json!({"username": "adele", "code": code, "new_password": crate::NEW_PASSWORD});
    // Strangers, from three addresses, each until refused.
    for n in 1..=3 {
        let source = format!("198.51.100.{n}");
        for _ in 0..6 {
            let answer = app.post_json_from(&source, "/v1/invitations/accept", accept(wrong), None).await;
            assert_eq!(answer.status(), 410);
        }
    }
    // Adele, from her own address, with the code she was emailed: her password is set.
    let answer = app.post_json_from("203.0.113.7", "/v1/invitations/accept", accept(&code), None).await;
    assert_eq!(answer.status(), 204);
    assert_eq!(app.sign_in("adele", crate::NEW_PASSWORD).await.status(), 201);
}

#[tokio::test]
async fn a_plain_user_learns_nothing_about_which_user_ids_exist_from_the_admin_routes() {
    let app = TestApp::start().await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let megan = app.create_user("megan", ADELE_PASSWORD, &[]).await;
    let token = app.token("adele", ADELE_PASSWORD).await;
    let unknown = "0123456789abcdef0123456789abcdef";
    for (method, suffix, body) in [
        (Method::DELETE, "/sessions", None),
        (Method::POST, "/verification", Some(json!({"kind": "email"}))),
        (Method::POST, "/verification/check", Some(json!({"code": "12345678"}))),
        (Method::GET, "", None),
        (Method::POST, "/unlock", None),
    ] {
        let real = format!("/v1/admin/users/{}{suffix}", megan.id);
        let real = app.call(method.clone(), &real, &token, body.clone()).await.status().as_u16();
        let nobody = format!("/v1/admin/users/{unknown}{suffix}");
        let nobody = app.call(method.clone(), &nobody, &token, body).await.status().as_u16();
        assert_eq!((real, nobody), (403, 403), "{method} {suffix}");
    }
    assert_eq!(app.call(Method::GET, "/v1/me", &token, None).await.status(), 200, "{}", adele.id);
}

#[tokio::test]
async fn an_import_changes_roles_under_the_same_rules_audit_and_notices_as_an_edit() {
    use latchkey_core::model::audit::Action;
    let app = TestApp::start().await;
    let boss = app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    app.create_user("boss2", BOSS_PASSWORD, &[Role::Admin]).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let token = app.token("boss", BOSS_PASSWORD).await;
    // Granted by a row: audited, every administrator told, and the user too.
    let done = import(&app, &token, false, "username,display_name,roles\nadele,Adele Vance,helpdesk\n").await;
    assert_eq!(done["updated"], 1, "{done}");
    let events = app.audit_for(&adele.id).await;
    assert!(
        events.iter().any(|e| e.action == Action::RolesChanged
            && e.reason_text().as_deref() == Some("helpdesk")
            && e.actor.as_ref() == Some(&boss.id)),
        "a roles_changed event by the importing admin"
    );
    for admin in ["boss", "boss2"] {
        let told = app.outbox().to(&app.email_of(admin)).await;
        assert!(told.iter().any(|m| m.body.contains("adele now holds the roles [helpdesk]")), "{admin} told");
    }
    let told = app.outbox().to(&app.email_of("adele")).await;
    assert!(told.iter().any(|m| m.body.contains("roles were changed")), "adele told");
    // Removed by a row: the same.
    import(&app, &token, false, "username,display_name,roles\nadele,Adele Vance,\n").await;
    let events = app.audit_for(&adele.id).await;
    assert!(
        events.iter().any(|e| e.action == Action::RolesChanged && e.reason_text().as_deref() == Some("none"))
    );
    // A row that would take the importing admin's own admin role: refused, as an edit refuses it.
    let own = import(&app, &token, false, "username,display_name,roles\nboss,Boss Example,helpdesk\n").await;
    assert_eq!(own["errors"], 1, "{own}");
    assert_eq!(own["rows"][0]["field"], "roles", "{own}");
    assert!(app.user(&boss.id).await.roles.contains(&Role::Admin), "still an admin");
    let dry = import(&app, &token, true, "username,display_name,roles\nboss,Boss Example,\n").await;
    assert_eq!(dry["errors"], 1, "a dry run says so too: {dry}");
}

#[tokio::test]
async fn during_a_directory_outage_a_reset_answers_a_real_name_and_an_unknown_one_alike() {
    use latchkey_core::model::agents::{Agent, AgentId, AgentKeys};
    use latchkey_core::model::directory::{DirectoryId, SyncedFrom};
    let app = TestApp::start().await;
    // Users of Latchkey's own; one more synced from `corp`, whose only agent is long silent.
    for name in ["adele", "megan", "nestor"] {
        app.create_user(name, ADELE_PASSWORD, &[]).await;
    }
    let alex = app.create_user("alex", ADELE_PASSWORD, &[]).await;
    let corp = DirectoryId::parse("corp").unwrap();
    app.edit_user(&alex.id, |u| {
        u.synced = Some(SyncedFrom::new(corp.clone(), chrono::Utc::now()));
    })
    .await;
    let long_ago = chrono::Utc::now() - chrono::Duration::days(1);
    let agent = Agent {
        id: AgentId::parse("agent-0123456789abcd").unwrap(),
        name: "dc1".into(),
        directory: corp,
        version: "0.1.0".into(),
        keys: AgentKeys { sealing: "x".into(), signing: "y".into() },
        enrolled_at: long_ago,
        keys_rotated_at: long_ago,
        last_contact_at: long_ago,
        revoked_at: None,
    };
    let event = latchkey_core::model::audit::AuditEvent::named(
        app.ports.stamp(),
        None,
        (latchkey_core::model::audit::Action::AgentEnrolled, latchkey_core::model::audit::Outcome::Success),
        "dc1",
        "test",
        &Default::default(),
    );
    app.ports.agents.create_agent(&agent, &event).await.unwrap();
    // The decoys' shares are counted from the directory's listing, an index
    // the store brings up to date a moment after each write (as DynamoDB's
    // are): wait until it holds all four, or a loaded machine counts fewer.
    for _ in 0..100 {
        if app.ports.directory.users().await.unwrap().len() == 4 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }

    // The synced user is told at once that their directory is out of reach.
    assert_eq!(app.start_reset("alex").await.status(), 503);
    // A user of Latchkey's own goes on; so do most names that are nobody's,
    // and each name answers the same every time.
    assert_eq!(app.start_reset("adele").await.status(), 201);
    let mut answers = std::collections::BTreeMap::new();
    for n in 0..40 {
        let name = format!("nobody{n}");
        let first = app.start_reset(&name).await.status().as_u16();
        assert_eq!(app.start_reset(&name).await.status().as_u16(), first, "{name} answers alike each time");
        *answers.entry(first).or_insert(0) += 1;
    }
    let created = answers.get(&201).copied().unwrap_or(0);
    assert!(created >= 20, "unknown names mostly answer as a user of Latchkey's own does: {answers:?}");
    assert!(answers.keys().all(|s| [201, 503].contains(s)), "{answers:?}");
}

/// An agent for directory `corp`, enrolled through the API by `admin`.
async fn enrolled_agent(app: &TestApp, admin: &str) -> latchkey_agent::cloud::AgentState {
    let http =
        latchkey_agent::cloud::http_client(latchkey_agent::directory::tls_config(None).unwrap()).unwrap();
    let body = json!({"directory": "corp", "name": "dc1"});
    let enrolment =
        json_of(app.call(Method::POST, "/v1/admin/agents/enrolments", admin, Some(body)).await, 201).await;
    latchkey_agent::cloud::enrol(&http, &app.base, enrolment["token"].as_str().unwrap()).await.unwrap()
}

#[tokio::test]
async fn a_directory_sync_keeps_the_name_rules_every_other_path_keeps() {
    use latchkey_writeback::sync::{SyncChanges, SyncedUser};
    let app = TestApp::start().await;
    app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    let boss = app.token("boss", BOSS_PASSWORD).await;
    let state = enrolled_agent(&app, &boss).await;
    let http =
        latchkey_agent::cloud::http_client(latchkey_agent::directory::tls_config(None).unwrap()).unwrap();
    let cloud = latchkey_agent::cloud::Cloud::new(http, &state).unwrap();
    let user = |username: &str, first: &str, display: &str| SyncedUser {
        dn: format!("uid={username},ou=people,dc=corp"),
        username: username.into(),
        first_name: Some(first.into()),
        last_name: Some("Vance".into()),
        display_name: Some(display.into()),
        mail: Some(format!("{username}@corp.example")),
        enabled: true,
        ..SyncedUser::default()
    };
    let page = SyncChanges {
        created: vec![
            user("adele", "Adele", "Adele\u{0007}\u{001b}[31mVance"),
            user("megan", &"M".repeat(500), "Megan Bowen"),
            user("nestor", "Nestor", "Nestor Wilke"),
        ],
        updated: Vec::new(),
        removed: Vec::new(),
    };
    let done = cloud.sync(&page).await.unwrap();
    assert_eq!(done.created, 3, "{done:?}");
    let skipped = format!("{:?}", done.skipped);
    assert!(skipped.contains("adele") && skipped.contains("display_name"), "{skipped}");
    assert!(skipped.contains("megan") && skipped.contains("first_name"), "{skipped}");
    assert!(!skipped.contains("nestor"), "{skipped}");
    for name in ["adele", "megan", "nestor"] {
        let stored = app
            .ports
            .directory
            .user_by_username(&latchkey_core::model::values::Username::parse(name).unwrap())
            .await
            .unwrap()
            .unwrap();
        for field in [&stored.display_name, &stored.first_name, &stored.last_name] {
            assert!(
                field.chars().count() <= 128 && !field.chars().any(char::is_control),
                "{name}: {field:?}"
            );
        }
        assert!(!stored.display_name.is_empty(), "{name} still has a display name");
    }
}

#[tokio::test]
async fn an_agents_version_counts_only_when_its_signature_covers_it() {
    use latchkey_writeback::signing::VERSION_HEADER;
    let app = TestApp::start().await;
    app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    let boss = app.token("boss", BOSS_PASSWORD).await;
    let state = enrolled_agent(&app, &boss).await;
    let signer = state.signer().unwrap();
    let path = "/v1/agent/jobs/next";
    let body = br#"{"wait_seconds":0}"#.to_vec();
    let send = |authorization: String, version: &str| {
        let request = app
            .http
            .post(app.url(path))
            .header("content-type", "application/json")
            .header("authorization", authorization)
            .header(VERSION_HEADER, version)
            .body(body.clone());
        async move { request.send().await.unwrap().status().as_u16() }
    };
    let id = latchkey_core::model::agents::AgentId::parse(&state.agent_id).unwrap();
    let stored_version = || async { app.ports.agents.agent(&id).await.unwrap().unwrap().version };
    let now = chrono::Utc::now().timestamp();
    // A signature that does not cover the header: the request is the agent's, the version is not.
    let unsigned = signer.authorization(&state.agent_id, "POST", path, now, "nonce-aaaaaaaaaaaaaaaa", &body);
    assert_eq!(send(unsigned, "6.6.6").await, 204);
    assert_ne!(stored_version().await, "6.6.6", "an unsigned version is never recorded");
    // Signed with the version: recorded.
    let signed = signer.authorization_with_version(
        &state.agent_id,
        "POST",
        path,
        now,
        "nonce-bbbbbbbbbbbbbbbb",
        "6.6.7",
        &body,
    );
    assert_eq!(send(signed, "6.6.7").await, 204);
    assert_eq!(stored_version().await, "6.6.7");
    // A signed version rewritten on the way: refused.
    let signed = signer.authorization_with_version(
        &state.agent_id,
        "POST",
        path,
        now,
        "nonce-cccccccccccccccc",
        "6.6.8",
        &body,
    );
    assert_eq!(send(signed, "9.9.9").await, 401);
    assert_eq!(stored_version().await, "6.6.7");
}

#[tokio::test]
async fn a_caller_in_a_loop_cannot_make_the_heavy_reads_a_cost_lever() {
    let app = TestApp::start().await;
    app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    app.create_user("boss2", BOSS_PASSWORD, &[Role::Admin]).await;
    let boss = app.token("boss", BOSS_PASSWORD).await;
    let other = app.token("boss2", BOSS_PASSWORD).await;
    let mut served = 0;
    let mut refused = None;
    for n in 0..30 {
        let heavy =
            ["/v1/reports/insights", "/v1/reports/registration-summary", "/v1/admin/users?locked=true"];
        let route = heavy[n % heavy.len()];
        let answer = app.call(Method::GET, route, &boss, None).await;
        match answer.status().as_u16() {
            200 => served += 1,
            429 => {
                refused = Some(answer.headers()["retry-after"].to_str().unwrap().parse::<u64>().unwrap());
                break;
            }
            other => panic!("{route}: {other}"),
        }
    }
    assert_eq!(served, latchkey_core::access::limits::HEAVY_READS_PER_MINUTE, "then refused");
    assert!(refused.is_some_and(|s| (1..=60).contains(&s)), "{refused:?}");
    // Cheap reads go on, and another administrator is not held up.
    assert_eq!(app.call(Method::GET, "/v1/admin/users", &boss, None).await.status(), 200);
    assert_eq!(app.call(Method::GET, "/v1/reports/insights", &other, None).await.status(), 200);
}

#[tokio::test]
async fn a_lockout_and_a_recovery_code_used_are_told_to_the_user_without_a_secret() {
    let app = TestApp::start().await;
    app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    let step = json_of(app.sign_in("boss", BOSS_PASSWORD).await, 201).await;
    let registered = app.enrol("boss", step["token"].as_str().unwrap()).await;
    let codes: Vec<String> = registered["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    let step = json_of(app.sign_in("boss", BOSS_PASSWORD).await, 201).await;
    json_of(app.second_factor(step["token"].as_str().unwrap(), &codes[0]).await, 201).await;
    let mail = app.outbox().to(&app.email_of("boss")).await;
    let told =
        mail.iter().find(|m| m.body.contains("recovery code was used")).expect("told of the recovery code");
    assert!(told.body.contains("9 left"), "{}", told.body);
    for code in &codes {
        assert!(!told.body.contains(code.as_str()) && !told.body.contains(&code.replace('-', "")));
    }
    let texts = app.outbox().to(&app.phone_of("boss")).await;
    assert!(texts.iter().any(|m| m.body.contains("recovery code was used")), "told by text too");

    // A lockout, tripped from two addresses: told once.
    app.set_settings(|s| s.lockout.threshold = 3).await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    for source in ["198.51.100.1", "198.51.100.2"] {
        let mut locked = false;
        for _ in 0..5 {
            if app.sign_in_from(source, "adele", "not-her-password-at-all").await.status() == 423 {
                locked = true;
                break;
            }
        }
        assert!(locked, "{source} locked out");
    }
    // The notice goes out in the background: wait for it, and a little more for any second one.
    let lockout_notices = || async {
        let mail = app.outbox().to(&app.email_of("adele")).await;
        mail.into_iter().filter(|m| m.body.contains("sign-in was locked")).collect::<Vec<_>>()
    };
    for _ in 0..50 {
        if !lockout_notices().await.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let told = lockout_notices().await;
    assert_eq!(told.len(), 1, "once a day, however often it is tripped");
    assert!(!told[0].body.contains("not-her-password"), "{}", told[0].body);
}

#[tokio::test]
async fn two_administrators_demoting_each_other_at_once_always_leave_one() {
    let app = TestApp::start().await;
    let one = app.create_user("boss", BOSS_PASSWORD, &[Role::Admin]).await;
    let two = app.create_user("boss2", BOSS_PASSWORD, &[Role::Admin]).await;
    for round in 0..6 {
        // Both administrators again, each with a fresh session (a demotion ends none, a grant ends all).
        for id in [&one.id, &two.id] {
            app.edit_user(id, |u| {
                u.roles.insert(Role::Admin);
            })
            .await;
        }
        let (first, second) =
            (app.token("boss", BOSS_PASSWORD).await, app.token("boss2", BOSS_PASSWORD).await);
        let demote = |token: String, target: latchkey_core::model::values::UserId| {
            let app = &app;
            async move {
                let version = app.user(&target).await.version;
                let body = serde_json::json!({"version": version, "roles": []});
                app.call(Method::PATCH, &format!("/v1/admin/users/{target}"), &token, Some(body))
                    .await
                    .status()
            }
        };
        let (a, b) = tokio::join!(demote(first, two.id.clone()), demote(second, one.id.clone()));
        let admins = [&one.id, &two.id];
        let mut left = 0;
        for id in admins {
            left += usize::from(app.user(id).await.roles.contains(&Role::Admin));
        }
        assert!(left >= 1, "round {round}: both demoted ({a}, {b})");
        assert!(!(a.is_success() && b.is_success()), "round {round}: both succeeded");
    }
}
