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
