//! The event stream: every committed audit event reaches the EventBridge bus
//! once, each user's in order, and one from a transaction that rolled back
//! never does. The path is the deployed one: the audit table's change stream
//! (Dynoxide), the stream follower (the events function's code), the bus
//! (moto's EventBridge), and an ordinary rule routing it to an SQS queue, as
//! an integrator would route it to their SIEM.

use std::collections::{BTreeSet, HashMap};
use std::time::Duration;

use latchkey_core::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use latchkey_core::model::values::UserId;
use latchkey_e2e::{Subscription, TestApp};
use serde_json::Value;

use crate::{ADELE_PASSWORD, NEW_PASSWORD};

fn id_of(event: &Value) -> String {
    event["detail"]["id"].as_str().expect("detail.id").to_owned()
}

/// Every audit event stored, oldest first, by scanning the table.
async fn stored(app: &TestApp) -> Vec<AuditEvent> {
    let mut all = Vec::new();
    let mut start = None;
    loop {
        let out = app
            .dynamo
            .scan()
            .table_name(&app.config.tables.audit)
            .set_exclusive_start_key(start.take())
            .send()
            .await
            .expect("scan");
        for item in out.items.unwrap_or_default() {
            all.extend(latchkey_adapters::dynamo::committed_audit_event(item.into()).expect("an event"));
        }
        match out.last_evaluated_key {
            Some(key) if !key.is_empty() => start = Some(key),
            _ => break,
        }
    }
    all.sort_by(|a, b| (a.at, &a.id).cmp(&(b.at, &b.id)));
    all
}

#[tokio::test]
async fn committed_events_reach_the_bus_once_each_users_in_order_and_a_rolled_back_one_never() {
    let app = TestApp::start().await;
    let subscription = Subscription::start(&app, Duration::from_millis(50)).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;

    // Committed actions: failed and successful sign-ins, a password change.
    for _ in 0..2 {
        assert_eq!(app.sign_in("adele", "not-her-password-at-all").await.status(), 401);
    }
    let token = app.token("adele", ADELE_PASSWORD).await;
    assert_eq!(app.change_password(&token, ADELE_PASSWORD, NEW_PASSWORD).await.status(), 204);

    // A change that rolls back: a second account under adele's username
    // loses the username claim, so its transaction — audit event included — is cancelled.
    let mut twin = app.user(&adele.id).await;
    twin.id = UserId::new(format!("{}-twin", adele.id));
    let rolled_back = AuditEvent::about(
        app.ports.stamp(),
        None,
        &twin,
        (Action::UserCreated, Outcome::Success),
        "created",
        &RequestMeta::default(),
    );
    let refused = app.ports.directory.create_user(&twin, &rolled_back).await;
    assert!(matches!(refused, Err(latchkey_core::PortError::Conflict { .. })), "{refused:?}");

    let committed = stored(&app).await;
    assert!(committed.len() >= 6, "settings, creation, sign-ins, change: {committed:#?}");
    assert!(!committed.iter().any(|e| e.id == rolled_back.id), "the rolled-back event was never stored");

    let mut received = Vec::new();
    subscription.wait_for(committed.len(), Duration::from_secs(60), &mut received).await;
    // Anything late or doubled would arrive now.
    tokio::time::sleep(Duration::from_secs(1)).await;
    subscription.receive(&mut received).await;

    let ids: Vec<String> = received.iter().map(id_of).collect();
    let unique: BTreeSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "each event once: {ids:?}");
    let expected: BTreeSet<String> = committed.iter().map(|e| e.id.clone()).collect();
    assert_eq!(unique, expected.iter().collect(), "exactly the committed events");
    assert!(!ids.contains(&rolled_back.id), "nothing published for the rolled-back change");

    // Each user's events in the order they were stored.
    let mut by_subject: HashMap<String, Vec<String>> = HashMap::new();
    for event in &received {
        let subject = event["detail"]["subject"].as_str().expect("a subject").to_owned();
        by_subject.entry(subject).or_default().push(id_of(event));
    }
    let adele_subject = format!("user:{}", adele.id);
    let adele_stored: Vec<String> =
        committed.iter().filter(|e| e.target.as_ref() == Some(&adele.id)).map(|e| e.id.clone()).collect();
    assert!(adele_stored.len() >= 4, "{adele_stored:?}");
    assert_eq!(by_subject[&adele_subject], adele_stored, "adele's events in order");

    // What an integrator's rule matches on, and what never travels.
    let change = received.iter().find(|e| e["detail-type"] == "password_change").expect("the change event");
    assert_eq!(change["source"], "latchkey");
    assert_eq!(change["detail"]["activity"], "self_service_change");
    assert_eq!(change["detail"]["outcome"], "success");
    assert_eq!(change["detail"]["target_name"], "adele");
    let everything = serde_json::to_string(&received).unwrap();
    for secret in [ADELE_PASSWORD, NEW_PASSWORD, "not-her-password-at-all", token.as_str()] {
        assert!(!everything.contains(secret), "a secret on the bus");
    }
}
