//! The scheduled work end to end on the real adapters and emulators, the
//! clock moved through the ports: expiry reminders on the chosen days and
//! never twice, sent in each user's language with a link to the change
//! page, and a pass that resumes where the last run stopped.

use chrono::Duration;
use latchkey_core::lifecycle::{Lifecycle, Links};
use latchkey_core::model::audit::Action;
use latchkey_core::model::user::Role;
use latchkey_e2e::{TestApp, TestOptions};
use reqwest::Method;
use serde_json::{Value, json};

use crate::ADELE_PASSWORD;

fn links() -> Links {
    Links { portal: Some("https://reset.example.org".into()) }
}

async fn app_with_expiry() -> TestApp {
    let app = TestApp::start_with(TestOptions { manual_clock: true, ..Default::default() }).await;
    app.set_settings(|s| s.password.max_age_days = Some(90)).await;
    app
}

#[tokio::test]
async fn reminders_go_out_on_the_chosen_days_once_each_with_a_link_to_the_change_page() {
    let app = app_with_expiry().await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.create_user("alex", ADELE_PASSWORD, &[]).await;
    let lifecycle = Lifecycle::new(app.ports.clone());
    let clock = app.clock.clone().unwrap();
    // Ten days left: the fourteen-day reminder, which says ten.
    clock.advance(Duration::days(80));
    let report = lifecycle.run(&links(), 10).await.unwrap();
    assert!(report.pass_finished && report.reminded >= 2, "{report:?}");
    let mail = app.outbox().to(&app.email_of("adele")).await;
    let reminder = mail.last().expect("a reminder");
    assert_eq!(reminder.subject.as_deref(), Some("Your Latchkey password expires in 10 days"));
    assert!(reminder.body.contains("https://reset.example.org/change"), "{}", reminder.body);
    // Again the same day: nothing new.
    assert_eq!(lifecycle.run(&links(), 10).await.unwrap().reminded, 0);
    assert_eq!(app.outbox().to(&app.email_of("adele")).await.len(), mail.len());
    // Three days later, seven left: the next one.
    clock.advance(Duration::days(3));
    assert!(lifecycle.run(&links(), 10).await.unwrap().reminded >= 2);
    let events = app.audit_for(&adele.id).await;
    let sent: Vec<_> = events.iter().filter(|e| e.action == Action::ExpiryReminderSent).collect();
    assert_eq!(sent.len(), 2, "{events:?}");
}

#[tokio::test]
async fn a_pass_resumes_where_the_last_run_stopped_and_an_administrator_chooses_the_days() {
    let app = app_with_expiry().await;
    app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    for n in 0..110 {
        app.create_user(&format!("user{n:03}"), ADELE_PASSWORD, &[]).await;
    }
    // No reminders at all: the administrator's choice, through the API.
    let admin = app.token("boss", ADELE_PASSWORD).await;
    let mut policy: Value =
        app.call(Method::GET, "/v1/admin/password-policy", &admin, None).await.json().await.unwrap();
    assert_eq!(policy["expiry_reminder_days"], json!([14, 7, 3, 1]));
    let mut bad = policy.clone();
    bad["expiry_reminder_days"] = json!([0, 7]);
    policy["expiry_reminder_days"] = json!([]);
    let body = json!({"policy": policy, "accept_impact": true});
    assert_eq!(app.call(Method::PUT, "/v1/admin/password-policy", &admin, Some(body)).await.status(), 200);
    let bad = json!({"policy": bad, "accept_impact": true});
    let refused = app.call(Method::PUT, "/v1/admin/password-policy", &admin, Some(bad)).await;
    let problem: Value = refused.json().await.unwrap();
    assert_eq!(problem["field"], "expiry_reminder_days", "{problem}");
    let clock = app.clock.clone().unwrap();
    clock.advance(Duration::days(89));
    let lifecycle = Lifecycle::new(app.ports.clone());
    // One page a run: 111 users take two runs, the cursor kept in between.
    let first = lifecycle.run(&links(), 1).await.unwrap();
    assert_eq!((first.seen, first.pass_finished, first.reminded), (100, false, 0));
    let second = Lifecycle::new(app.ports.clone()).run(&links(), 1).await.unwrap();
    assert_eq!((second.seen, second.pass_finished), (11, true), "{second:?}");
}

#[tokio::test]
async fn the_weekly_digest_is_chosen_by_those_who_read_reports_and_reaches_them_once_a_week() {
    let app = app_with_expiry().await;
    app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let plain = app.token("adele", ADELE_PASSWORD).await;
    let choose = json!({"weekly_digest": true});
    let refused = app.call(Method::PATCH, "/v1/me", &plain, Some(choose.clone())).await;
    assert_eq!(refused.status(), 403, "only someone who reads reports");
    let admin = app.token("boss", ADELE_PASSWORD).await;
    let me: Value = app.call(Method::PATCH, "/v1/me", &admin, Some(choose)).await.json().await.unwrap();
    assert_eq!(me["weekly_digest"], true, "{me}");
    let lifecycle = Lifecycle::new(app.ports.clone());
    lifecycle.run(&links(), 10).await.unwrap();
    app.clock.clone().unwrap().advance(Duration::days(7));
    lifecycle.run(&links(), 10).await.unwrap();
    lifecycle.run(&links(), 10).await.unwrap();
    let mail = app.outbox().to(&app.email_of("boss")).await;
    let digests: Vec<_> =
        mail.iter().filter(|m| m.subject.as_deref().unwrap_or_default().contains("the week")).collect();
    assert_eq!(digests.len(), 1, "{mail:?}");
    assert!(digests[0].body.contains("Registration:"), "{}", digests[0].body);
    assert!(
        app.outbox().to(&app.email_of("adele")).await.iter().all(|m| !m
            .subject
            .as_deref()
            .unwrap_or_default()
            .contains("the week"))
    );
}

/// The token in the last report link emailed to `username`.
async fn report_token(app: &TestApp, username: &str) -> String {
    let mail = app.outbox().to(&app.email_of(username)).await;
    let body = &mail.last().expect("a notice").body;
    let prefix = format!("{}/report#", latchkey_e2e::PORTAL);
    let (_, after) = body.split_once(&prefix).unwrap_or_else(|| panic!("a report link in {body}"));
    after
        .split(|c: char| c.is_whitespace() || c == '<' || c == '"')
        .next()
        .unwrap()
        .trim_end_matches('.')
        .to_owned()
}

#[tokio::test]
async fn this_wasnt_me_locks_the_account_down_once_whatever_races_and_an_administrator_lifts_it() {
    let app = TestApp::start().await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.create_user("root", ADELE_PASSWORD, &[Role::Admin]).await;
    let session = app.token("adele", ADELE_PASSWORD).await;
    const NEW: &str = "Harbour-Lantern-Quiet-83";
    assert_eq!(app.change_password(&session, ADELE_PASSWORD, NEW).await.status(), 204);
    let token = report_token(&app, "adele").await;

    // Eight reports with the one link at once: exactly one locks the account down.
    let answers = futures::future::join_all(
        (0..8).map(|_| app.post_json("/v1/report", json!({ "token": token.clone() }), None)),
    )
    .await;
    let mut codes: Vec<u16> = answers.iter().map(|r| r.status().as_u16()).collect();
    codes.sort_unstable();
    assert_eq!(codes, [204, 410, 410, 410, 410, 410, 410, 410], "one use, whatever races");
    // Used and forged links answer alike.
    let forged = format!("{}0", &token[..token.len() - 1]);
    for bad in [token.as_str(), forged.as_str(), "not-a-link"] {
        latchkey_e2e::problem(
            app.post_json("/v1/report", json!({ "token": bad }), None).await,
            410,
            "report_link_invalid",
        )
        .await;
    }

    // Every session ended; the right password is told why it does not sign in.
    latchkey_e2e::problem(app.call(Method::GET, "/v1/me", &session, None).await, 401, "unauthorized").await;
    latchkey_e2e::problem(app.sign_in("adele", NEW).await, 403, "account_locked_down").await;
    latchkey_e2e::problem(app.sign_in("adele", "Wrong-Guess-Entirely-1").await, 401, "invalid_credentials")
        .await;

    // The console sees what was reported; an administrator lifts it.
    let root = app.token("root", ADELE_PASSWORD).await;
    let path = format!("/v1/admin/users/{}", adele.id);
    let detail: Value = app.call(Method::GET, &path, &root, None).await.json().await.unwrap();
    assert_eq!(detail["lockdown"]["reported"], "password_change", "{detail}");
    assert_eq!(detail["lockdown"]["from"], "notice_link");
    let events = app.audit_for(&adele.id).await;
    assert!(events.iter().any(|e| e.action == Action::AccountReported), "{events:?}");
    assert!(
        events.iter().all(|e| e.reason_text().is_none_or(|r| !r.contains(&token))),
        "no token in the audit trail"
    );
    let lift = app.call(Method::DELETE, &format!("{path}/lockdown"), &root, None).await;
    assert_eq!(lift.status(), 204);
    assert_eq!(app.sign_in("adele", NEW).await.status(), 201);
}

#[tokio::test]
async fn this_wasnt_me_beside_an_activity_entry_ends_the_session_that_pressed_it() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let session = app.token("adele", ADELE_PASSWORD).await;
    let activity: Value =
        app.call(Method::GET, "/v1/me/activity", &session, None).await.json().await.unwrap();
    let sign_in = activity["events"].as_array().unwrap().iter().find(|e| e["action"] == "sign_in").unwrap();
    let unknown = app.post_json("/v1/me/report", json!({ "event": "no-such-event" }), Some(&session)).await;
    latchkey_e2e::problem(unknown, 404, "not_found").await;
    let pressed = app.post_json("/v1/me/report", json!({ "event": sign_in["id"] }), Some(&session)).await;
    assert_eq!(pressed.status(), 204);
    latchkey_e2e::problem(app.call(Method::GET, "/v1/me", &session, None).await, 401, "unauthorized").await;
    latchkey_e2e::problem(app.sign_in("adele", ADELE_PASSWORD).await, 403, "account_locked_down").await;
}

#[tokio::test]
async fn a_registration_campaign_invites_once_nudges_with_laters_then_requires_and_counts_its_progress() {
    let app = TestApp::start_with(TestOptions { manual_clock: true, ..Default::default() }).await;
    // Directory contacts do not count as registered: everyone has a method to register.
    app.set_settings(|s| {
        s.registration.require_registration = false;
        s.reset.directory_contacts_count = false;
    })
    .await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.create_user("alex", ADELE_PASSWORD, &[]).await;
    app.create_user("root", ADELE_PASSWORD, &[Role::Admin]).await;
    let root = app.token("root", ADELE_PASSWORD).await;
    let clock = app.clock.clone().unwrap();

    // Out of range: refused, nothing started.
    let wrong = json!({ "target": "all", "snooze_days": 15, "max_snoozes": 2, "invite": true });
    let refused = app.call(Method::PUT, "/v1/admin/campaigns/current", &root, Some(wrong)).await;
    latchkey_e2e::problem(refused, 400, "invalid_request").await;
    let none: Value = app.call(Method::GET, "/v1/admin/campaigns", &root, None).await.json().await.unwrap();
    assert_eq!(none["current"], Value::Null);

    let rules = json!({ "target": "all", "snooze_days": 2, "max_snoozes": 1, "invite": true });
    let started = app.call(Method::PUT, "/v1/admin/campaigns/current", &root, Some(rules)).await;
    assert_eq!(started.status(), 200);

    // The scheduled pass invites each unregistered user once, with the portal's registration link.
    let lifecycle = Lifecycle::new(app.ports.clone());
    let links = Links { portal: Some(latchkey_e2e::PORTAL.into()) };
    lifecycle.run(&links, 10).await.unwrap();
    lifecycle.run(&links, 10).await.unwrap();
    let mail = app.outbox().to(&app.email_of("adele")).await;
    let invitations: Vec<_> = mail.iter().filter(|m| m.body.contains("/register")).collect();
    assert_eq!(invitations.len(), 1, "once per campaign: {mail:?}");
    assert!(invitations[0].body.contains(&format!("{}/register", latchkey_e2e::PORTAL)));

    // At sign-in: a nudge; "later" once, then not asked for two days; then required.
    let signed: Value = app.sign_in("adele", ADELE_PASSWORD).await.json().await.unwrap();
    assert_eq!(signed["next"], "registration_nudge", "{signed}");
    let token = signed["token"].as_str().unwrap().to_owned();
    let later = app.call(Method::POST, "/v1/me/registration/snooze", &token, None).await;
    assert_eq!(later.status(), 200);
    let me: Value = later.json().await.unwrap();
    assert_eq!(me["campaign"]["state"], "snoozed", "{me}");
    let again: Value = app.sign_in("adele", ADELE_PASSWORD).await.json().await.unwrap();
    assert_eq!(again["next"], Value::Null, "put off: {again}");
    clock.advance(Duration::days(2));
    let required: Value = app.sign_in("adele", ADELE_PASSWORD).await.json().await.unwrap();
    assert_eq!(required["next"], "register_methods", "no later left: {required}");
    let token = required["token"].as_str().unwrap().to_owned();
    let no_more = app.call(Method::POST, "/v1/me/registration/snooze", &token, None).await;
    latchkey_e2e::problem(no_more, 409, "registration_required").await;

    // The next pass counts it: the console's chart reads these (two days
    // on, the administrator signs in again).
    lifecycle.run(&links, 10).await.unwrap();
    let root = app.token("root", ADELE_PASSWORD).await;
    let overview: Value =
        app.call(Method::GET, "/v1/admin/campaigns", &root, None).await.json().await.unwrap();
    let progress = &overview["current"]["progress"];
    assert_eq!(progress["required"], 1, "{overview}");
    assert!(
        progress["targeted"].as_u64().unwrap() >= 3 && progress["invited"].as_u64().unwrap() >= 2,
        "{overview}"
    );

    // Ended: nobody is asked any more.
    assert_eq!(app.call(Method::DELETE, "/v1/admin/campaigns/current", &root, None).await.status(), 204);
    let after: Value = app.sign_in("alex", ADELE_PASSWORD).await.json().await.unwrap();
    assert_eq!(after["next"], Value::Null, "{after}");
}

#[tokio::test]
async fn a_reset_notices_link_run_out_after_seven_days_answers_as_a_forged_one_and_changes_nothing() {
    let app = TestApp::start_with(TestOptions { manual_clock: true, ..Default::default() }).await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    // A self-service reset through the API: its notice carries the link.
    let flow = app.reset_flow("adele").await;
    let id = flow["reset_id"].as_str().unwrap().to_owned();
    let email = flow["methods"].as_array().unwrap().iter().find(|m| m["kind"] == "email").unwrap();
    let method = email["id"].as_str().unwrap().to_owned();
    let before = app.outbox().to(&app.email_of("adele")).await.len();
    assert_eq!(app.challenge(&id, &method).await.status(), 202);
    let code = app.outbox().code_for(&app.email_of("adele"), before + 1).await;
    assert_eq!(app.verify_code(&id, &method, &code).await.status(), 200);
    const NEW: &str = "Quartz-Meadow-Harbour-58";
    assert_eq!(app.reset_password(&id, NEW).await.status(), 204);
    let mail = app.outbox().to(&app.email_of("adele")).await;
    let notice = mail.last().unwrap();
    assert!(notice.subject.as_deref().is_some_and(|s| s.contains("reset")), "{notice:?}");
    let token = report_token(&app, "adele").await;

    app.clock.clone().unwrap().advance(Duration::days(7));
    let late = app.post_json("/v1/report", json!({ "token": token }), None).await;
    latchkey_e2e::problem(late, 410, "report_link_invalid").await;
    assert_eq!(app.sign_in("adele", NEW).await.status(), 201, "nothing locked down");
}
