//! The reset activity report over HTTP against the emulator: each filter,
//! newest first, paging while events are written, CSV equal to the JSON,
//! refusals that name the field, who may read it, and retention.

use std::collections::{BTreeSet, HashSet};

use chrono::{DateTime, Duration, Utc};
use latchkey_core::model::audit::{Action, AuditEvent, Outcome};
use latchkey_core::model::methods::MethodKind;
use latchkey_core::model::user::Role;
use latchkey_core::model::values::UserId;
use latchkey_e2e::{TestApp, problem};
use reqwest::Method;
use serde_json::Value;

use crate::ADELE_PASSWORD;

const PATH: &str = "/v1/reports/reset-activity";

fn event(
    app: &TestApp,
    at: DateTime<Utc>,
    (action, outcome): (Action, Outcome),
    actor: Option<&str>,
    target: &str,
    methods: &[MethodKind],
) -> AuditEvent {
    AuditEvent {
        id: app.ports.random.hex(16),
        at,
        actor: actor.map(UserId::new),
        target: Some(UserId::new(target)),
        target_name: Some(target.to_owned()),
        action,
        outcome,
        reason: Some("test".into()),
        client_ip: Some("203.0.113.9".into()),
        user_agent: Some("e2e, \"quoted\"".into()),
        methods: methods.to_vec(),
    }
}

async fn record(app: &TestApp, events: &[AuditEvent]) {
    for e in events {
        app.ports.audit.record(e).await.expect("record");
    }
}

/// The stored user named `name`, who must exist.
async fn stored_user(app: &TestApp, name: &str) -> latchkey_core::model::user::User {
    let name = latchkey_core::model::values::Username::parse(name).unwrap();
    app.ports.directory.user_by_username(&name).await.unwrap().unwrap()
}

async fn admin_token(app: &TestApp) -> String {
    app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    app.token("boss", ADELE_PASSWORD).await
}

async fn page(app: &TestApp, token: &str, query: &str) -> Value {
    let response = app.call(Method::GET, &format!("{PATH}?{query}"), token, None).await;
    assert_eq!(response.status(), 200, "{query}");
    response.json().await.unwrap()
}

/// `path` as CSV (`Accept: text/csv`), which must answer 200.
async fn csv_of(app: &TestApp, token: &str, path: &str) -> String {
    let response =
        app.http.get(app.url(path)).bearer_auth(token).header("accept", "text/csv").send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    response.text().await.unwrap()
}

/// Every id of every page, following `next`.
async fn all_ids(app: &TestApp, token: &str, query: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut next: Option<String> = None;
    loop {
        let q = match &next {
            Some(n) => format!("{query}&next={n}"),
            None => query.to_owned(),
        };
        let body = page(app, token, &q).await;
        ids.extend(body["events"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap().to_owned()));
        match body["next"].as_str() {
            Some(n) => next = Some(n.to_owned()),
            None => return ids,
        }
    }
}

fn ids_of(events: &[&AuditEvent]) -> Vec<String> {
    let mut sorted: Vec<&&AuditEvent> = events.iter().collect();
    sorted.sort_by_key(|e| std::cmp::Reverse(e.position()));
    sorted.into_iter().map(|e| e.id.clone()).collect()
}

#[tokio::test]
async fn each_filter_selects_exactly_its_events_newest_first() {
    let app = TestApp::start().await;
    let token = admin_token(&app).await;
    let base = Utc::now() - Duration::hours(5);
    let t = |minutes| base + Duration::minutes(minutes);
    let events = vec![
        event(&app, t(1), (Action::ResetStarted, Outcome::Success), None, "u-adele", &[]),
        event(&app, t(2), (Action::ResetCodeSent, Outcome::Success), None, "u-adele", &[MethodKind::Email]),
        event(&app, t(3), (Action::ResetCodeFailed, Outcome::Failure), None, "u-adele", &[MethodKind::Email]),
        event(&app, t(4), (Action::ResetCompleted, Outcome::Success), None, "u-adele", &[MethodKind::Sms]),
        event(&app, t(5), (Action::AdminPasswordReset, Outcome::Success), Some("u-boss"), "u-alex", &[]),
        event(&app, t(6), (Action::AccountUnlocked, Outcome::Success), Some("u-boss"), "u-alex", &[]),
        event(&app, t(7), (Action::ResetBlocked, Outcome::Blocked), None, "u-alex", &[]),
        event(
            &app,
            t(8),
            (Action::MethodRegistered, Outcome::Success),
            Some("u-megan"),
            "u-megan",
            &[MethodKind::Questions],
        ),
        event(&app, t(9), (Action::AccountLockout, Outcome::Locked), None, "u-megan", &[]),
        // Not self-service activity: never in the report.
        event(&app, t(10), (Action::SignIn, Outcome::Success), None, "u-megan", &[]),
    ];
    record(&app, &events).await;
    let range = format!(
        "from={}&to={}",
        urlencode(&(base - Duration::minutes(1)).to_rfc3339()),
        urlencode(&t(30).to_rfc3339())
    );
    let select = |keep: &dyn Fn(&AuditEvent) -> bool| -> Vec<String> {
        ids_of(&events.iter().filter(|e| e.activity().is_some() && keep(e)).collect::<Vec<_>>())
    };
    let cases: Vec<(&str, Vec<String>)> = vec![
        ("", select(&|_| true)),
        ("&activity=flow_progress", select(&|e| e.at <= t(3))),
        ("&activity=self_service_reset", select(&|e| e.action == Action::ResetCompleted)),
        ("&activity=admin_unlock", select(&|e| e.action == Action::AccountUnlocked)),
        ("&activity=blocked_from_reset", select(&|e| e.action == Action::ResetBlocked)),
        ("&activity=user_registered", select(&|e| e.action == Action::MethodRegistered)),
        ("&activity=lockout", select(&|e| e.action == Action::AccountLockout)),
        ("&activity=import", vec![]),
        ("&outcome=failure", select(&|e| e.outcome == Outcome::Failure)),
        ("&user=u-alex", select(&|e| e.target.as_ref().is_some_and(|u| u.as_str() == "u-alex"))),
        ("&actor=u-boss", select(&|e| e.actor.as_ref().is_some_and(|u| u.as_str() == "u-boss"))),
        ("&method=email", select(&|e| e.methods.contains(&MethodKind::Email))),
        ("&method=sms&activity=self_service_reset", select(&|e| e.action == Action::ResetCompleted)),
        ("&user=u-adele&outcome=success&activity=flow_progress", select(&|e| e.at <= t(2))),
        ("&actor=u-boss&activity=admin_reset", select(&|e| e.action == Action::AdminPasswordReset)),
    ];
    for (filter, expected) in cases {
        let query = format!("{range}{filter}&limit=3");
        assert_eq!(all_ids(&app, &token, &query).await, expected, "{filter}");
    }
    // The time range bounds the report at both ends.
    let narrow = format!(
        "from={}&to={}",
        urlencode(&t(2).to_rfc3339()),
        urlencode(&(t(4) + Duration::seconds(1)).to_rfc3339())
    );
    assert_eq!(all_ids(&app, &token, &narrow).await, select(&|e| e.at >= t(2) && e.at <= t(4)));
    // One row carries every column.
    let body = page(&app, &token, &format!("{range}&activity=admin_unlock")).await;
    let row = &body["events"][0];
    assert_eq!(row["activity"], "admin_unlock");
    assert_eq!(row["action"], "account_unlocked");
    assert_eq!(row["actor"], "u-boss");
    assert_eq!(row["target"], "u-alex");
    assert_eq!(row["outcome"], "success");
    assert_eq!(row["reason"], "test");
    assert_eq!(row["client_ip"], "203.0.113.9");
    assert_eq!(row["user_agent"], "e2e, \"quoted\"");
    assert!(body["next"].is_null());
}

#[tokio::test]
async fn a_real_reset_is_reported_with_the_method_it_used() {
    let app = TestApp::start().await;
    let token = admin_token(&app).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let flow = app.reset_flow("adele").await;
    let reset_id = flow["reset_id"].as_str().unwrap();
    let method = flow["methods"].as_array().unwrap().iter().find(|m| m["kind"] == "email").unwrap();
    let method_id = method["id"].as_str().unwrap();
    assert_eq!(app.challenge(reset_id, method_id).await.status(), 202);
    let code = app.outbox().code_for(&app.email_of("adele"), 1).await;
    assert_eq!(app.verify_code(reset_id, method_id, &code).await.status(), 200);
    assert_eq!(app.reset_password(reset_id, crate::NEW_PASSWORD).await.status(), 204);
    let body = page(&app, &token, &format!("user={}", adele.id)).await;
    let rows = body["events"].as_array().unwrap();
    let activities: Vec<&str> = rows.iter().map(|r| r["activity"].as_str().unwrap()).collect();
    assert_eq!(activities[0], "self_service_reset", "{activities:?}");
    assert!(activities[1..].iter().all(|a| *a == "flow_progress"), "{activities:?}");
    assert_eq!(rows[0]["methods"], serde_json::json!(["email"]));
    let methods = page(&app, &token, &format!("user={}&method=email", adele.id)).await;
    // Sent, verified, completed: the start names no method yet.
    assert_eq!(methods["events"].as_array().unwrap().len(), 3, "{methods}");
}

#[tokio::test]
async fn pages_never_repeat_or_skip_an_event_while_new_ones_are_written() {
    let app = std::sync::Arc::new(TestApp::start().await);
    let token = admin_token(&app).await;
    let start = Utc::now() - Duration::minutes(10);
    let before: Vec<AuditEvent> = (0..60)
        .map(|i| {
            let e = event(
                &app,
                start + Duration::milliseconds(i * 250),
                (Action::ResetStarted, Outcome::Success),
                None,
                &format!("u{}", i % 7),
                &[],
            );
            if i % 3 == 0 { AuditEvent { action: Action::ResetCodeFailed, ..e } } else { e }
        })
        .collect();
    record(&app, &before).await;
    let writer = {
        let app = app.clone();
        tokio::spawn(async move {
            for i in 0..40 {
                let e = event(
                    &app,
                    Utc::now(),
                    (Action::ResetStarted, Outcome::Success),
                    None,
                    &format!("w{i}"),
                    &[],
                );
                app.ports.audit.record(&e).await.expect("record");
                tokio::time::sleep(std::time::Duration::from_millis(5)).await;
            }
        })
    };
    let ids = all_ids(&app, &token, "limit=7").await;
    writer.await.unwrap();
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "no event twice");
    for e in &before {
        assert!(unique.contains(&e.id), "every event written before paging began is on a page");
    }
    // The same while filtering, through an index and through the shards.
    for query in ["limit=4&activity=flow_progress", "limit=5&outcome=failure"] {
        let ids = all_ids(&app, &token, query).await;
        let unique: HashSet<&String> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{query}");
    }
    let failures = all_ids(&app, &token, "limit=5&outcome=failure").await;
    assert_eq!(
        failures,
        ids_of(&before.iter().filter(|e| e.outcome == Outcome::Failure).collect::<Vec<_>>())
    );
}

#[tokio::test]
async fn the_csv_export_holds_the_same_rows_as_the_json_pages() {
    let app = TestApp::start().await;
    let token = admin_token(&app).await;
    let start = Utc::now() - Duration::hours(1);
    let events: Vec<AuditEvent> = (0..23)
        .map(|i| {
            event(
                &app,
                start + Duration::seconds(i),
                (Action::ResetCodeSent, Outcome::Success),
                None,
                &format!("u{i}"),
                &[MethodKind::Email, MethodKind::Sms],
            )
        })
        .collect();
    record(&app, &events).await;
    let mut json_rows = Vec::new();
    let mut next: Option<String> = None;
    loop {
        let q = next
            .as_ref()
            .map(|n| format!("activity=flow_progress&limit=4&next={n}"))
            .unwrap_or_else(|| "activity=flow_progress&limit=4".into());
        let body = page(&app, &token, &q).await;
        json_rows.extend(body["events"].as_array().unwrap().iter().cloned());
        match body["next"].as_str() {
            Some(n) => next = Some(n.to_owned()),
            None => break,
        }
    }
    let response = app
        .http
        .get(app.url(&format!("{PATH}?activity=flow_progress&limit=4")))
        .bearer_auth(&token)
        .header("accept", "text/csv")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "text/csv; charset=utf-8");
    let text = response.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    let csv_rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(csv_rows.len(), json_rows.len());
    assert_eq!(csv_rows.len(), 23, "every event, in one file, whatever the page size");
    for (record, json) in csv_rows.iter().zip(&json_rows) {
        for (name, value) in headers.iter().zip(record.iter()) {
            let expected = match &json[name] {
                Value::Null => String::new(),
                Value::String(s) if name == "at" => DateTime::parse_from_rfc3339(s)
                    .unwrap()
                    .to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
                Value::String(s) => s.clone(),
                Value::Array(items) => {
                    items.iter().map(|i| i.as_str().unwrap()).collect::<Vec<_>>().join(";")
                }
                other => panic!("{name}: {other}"),
            };
            assert_eq!(value, expected, "{name}");
        }
    }
}

#[tokio::test]
async fn a_bad_filter_is_refused_naming_the_field() {
    let app = TestApp::start().await;
    let token = admin_token(&app).await;
    let cases = [
        ("activity=reset", "activity"),
        ("outcome=maybe", "outcome"),
        ("method=pigeon", "method"),
        ("from=yesterday", "from"),
        ("to=2026-13-01T00:00:00Z", "to"),
        ("from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z", "from"),
        ("from=1970-01-01T00:00:00Z", "from"),
        ("next=not-a-cursor", "next"),
        // A users-list cursor is not this report's.
        ("next=MGFkZWxl", "next"),
        ("limit=0", "limit"),
        ("limit=501", "limit"),
        ("colour=red", "colour"),
    ];
    for (query, field) in cases {
        let response = app.call(Method::GET, &format!("{PATH}?{query}"), &token, None).await;
        let body = problem(response, 400, "invalid_request").await;
        assert_eq!(body["field"], field, "{query}");
    }
}

#[tokio::test]
async fn only_administrators_and_report_readers_read_the_report() {
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    app.create_user("reader", ADELE_PASSWORD, &[Role::ReportsReader]).await;
    app.create_user("desk", ADELE_PASSWORD, &[Role::Helpdesk]).await;
    for name in ["adele", "desk"] {
        let token = app.token(name, ADELE_PASSWORD).await;
        problem(app.call(Method::GET, PATH, &token, None).await, 403, "forbidden").await;
    }
    let reader = app.token("reader", ADELE_PASSWORD).await;
    assert_eq!(app.call(Method::GET, PATH, &reader, None).await.status(), 200);
    problem(app.http.get(app.url(PATH)).send().await.unwrap(), 401, "unauthorized").await;
}

#[tokio::test]
async fn events_expire_after_the_retention_period_and_older_ones_are_never_reported() {
    let app = TestApp::start().await;
    let token = admin_token(&app).await;
    let now = Utc::now();
    let old =
        event(&app, now - Duration::days(366), (Action::ResetStarted, Outcome::Success), None, "u1", &[]);
    let recent =
        event(&app, now - Duration::days(364), (Action::ResetStarted, Outcome::Success), None, "u1", &[]);
    record(&app, &[old.clone(), recent.clone()]).await;
    // Not yet removed by TTL (no emulator deletes, and DynamoDB takes days), still never shown.
    let ids: BTreeSet<String> = all_ids(&app, &token, "user=u1").await.into_iter().collect();
    assert_eq!(ids, BTreeSet::from([recent.id.clone()]));
    let range = format!("from={}&user=u1", urlencode(&(now - Duration::days(365)).to_rfc3339()));
    assert_eq!(all_ids(&app, &token, &range).await, vec![recent.id.clone()]);
    // Each item's TTL is its time plus the retention (365 days by default).
    for item in stored_events_of(&app, "u1").await {
        let at: DateTime<Utc> = item["at"].as_s().unwrap().parse().unwrap();
        let expires: i64 = item["expires_at"].as_n().unwrap().parse().unwrap();
        assert_eq!(expires, (at + Duration::days(365)).timestamp());
        assert!(item["pk"].as_s().unwrap().starts_with("AUDIT#"), "written to a shard");
    }
}

/// The stored items of the events about user `id`, as the table holds them.
async fn stored_events_of(
    app: &TestApp,
    id: &str,
) -> Vec<std::collections::HashMap<String, aws_sdk_dynamodb::types::AttributeValue>> {
    let out = app
        .dynamo
        .query()
        .table_name(&app.config.tables.audit)
        .index_name("by_target")
        .key_condition_expression("target_key = :t")
        .expression_attribute_values(":t", aws_sdk_dynamodb::types::AttributeValue::S(format!("USER#{id}")))
        .send()
        .await
        .unwrap();
    out.items.unwrap()
}

fn urlencode(text: &str) -> String {
    text.replace('+', "%2B").replace(':', "%3A")
}

#[tokio::test]
async fn the_registration_summary_counts_by_standing_data_and_group_and_lists_who_is_missing() {
    let app = TestApp::start().await;
    let token = admin_token(&app).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let nestor = app.create_user("nestor", ADELE_PASSWORD, &[]).await;
    let alex = app.create_user("alex", ADELE_PASSWORD, &[]).await;
    for (user, group) in [(&adele, "sales"), (&nestor, "sales"), (&alex, "ops")] {
        app.join_group(&user.id, group).await;
    }
    app.set_settings(|s| s.registration.scope = latchkey_core::model::settings::Scope::All).await;
    // Nestor and Alex hold nothing a reset could use; Alex registered a mobile of his own.
    for user in [&nestor, &alex] {
        app.edit_user(&user.id, |u| {
            u.emails.clear();
            u.phones.clear();
        })
        .await;
    }
    app.edit_user(&alex.id, |u| {
        u.registration.mobile = Some(latchkey_core::model::values::E164::parse("+14155550123").unwrap())
    })
    .await;
    let summary: Value =
        app.call(Method::GET, "/v1/reports/registration-summary", &token, None).await.json().await.unwrap();
    // boss (an administrator with an authenticator), adele, nestor, alex.
    assert_eq!(summary["all"]["users"], 4, "{summary}");
    assert_eq!(summary["all"]["not_registered"], 1, "only nestor: {summary}");
    let method = |name: &str| {
        summary["by_method"].as_array().unwrap().iter().find(|m| m["method"] == name).unwrap()["users"]
            .clone()
    };
    assert_eq!(method("mobile"), 1);
    assert_eq!(method("authenticator"), 1);
    let group =
        |name: &str| summary["by_group"].as_array().unwrap().iter().find(|g| g["group"] == name).cloned();
    let sales = group("sales").unwrap();
    assert_eq!((sales["users"].clone(), sales["not_registered"].clone()), (2.into(), 1.into()));
    assert_eq!(group("ops").unwrap()["registered"], 1);

    let page: Value =
        app.call(Method::GET, "/v1/reports/not-registered?limit=1", &token, None).await.json().await.unwrap();
    let names: Vec<&str> =
        page["users"].as_array().unwrap().iter().map(|u| u["username"].as_str().unwrap()).collect();
    assert_eq!(names, ["nestor"]);
    let csv = csv_of(&app, &token, "/v1/reports/not-registered").await;
    assert_eq!(csv, format!("id,username,display_name,groups\n{},nestor,nestor Example,sales\n", nestor.id));
    let response = app.call(Method::GET, "/v1/reports/not-registered?next=bm9wZQ", &token, None).await;
    assert_eq!(problem(response, 400, "invalid_request").await["field"], "next");
}

#[tokio::test]
async fn registration_activity_holds_only_registrations() {
    let app = TestApp::start().await;
    let token = admin_token(&app).await;
    let now = Utc::now() - Duration::minutes(1);
    let events = [
        event(&app, now, (Action::MethodRegistered, Outcome::Success), Some("u1"), "u1", &[MethodKind::Sms]),
        event(&app, now, (Action::MethodRemoved, Outcome::Success), Some("u1"), "u1", &[MethodKind::Email]),
        event(&app, now, (Action::ResetStarted, Outcome::Success), None, "u1", &[]),
    ];
    record(&app, &events).await;
    let body: Value = app
        .call(Method::GET, "/v1/reports/registration-activity?user=u1", &token, None)
        .await
        .json()
        .await
        .unwrap();
    let actions: BTreeSet<&str> =
        body["events"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions, BTreeSet::from(["method_registered", "method_removed"]));
    let only_sms = all_ids(&app, &token, "user=u1&method=sms").await;
    assert_eq!(only_sms, vec![events[0].id.clone()]);
    let response =
        app.call(Method::GET, "/v1/reports/registration-activity?activity=lockout", &token, None).await;
    assert_eq!(problem(response, 400, "invalid_request").await["field"], "activity");
}

#[tokio::test]
async fn the_insights_answer_the_administrators_questions() {
    let app = TestApp::start().await;
    let token = admin_token(&app).await;
    let boss = stored_user(&app, "boss").await;
    let at = Utc::now() - Duration::hours(2);
    let mut events = Vec::new();
    for _ in 0..4 {
        let mut failed =
            event(&app, at, (Action::ResetCodeFailed, Outcome::Failure), None, "mallory", &[MethodKind::Sms]);
        failed.reason = Some("code_invalid".into());
        events.push(failed);
    }
    for i in 0..10 {
        let mut start =
            event(&app, at, (Action::ResetStarted, Outcome::Success), None, &format!("v{i}"), &[]);
        start.client_ip = Some("192.0.2.66".into());
        events.push(start);
    }
    let mut blocked = event(&app, at, (Action::ResetBlocked, Outcome::Blocked), None, "mallory", &[]);
    blocked.reason = Some("failed_proofs".into());
    events.push(blocked);
    events.push(event(
        &app,
        at,
        (Action::ResetMethodVerified, Outcome::Success),
        None,
        "adele",
        &[MethodKind::Email],
    ));
    events.push(event(
        &app,
        at,
        (Action::ResetCompleted, Outcome::Success),
        None,
        "adele",
        &[MethodKind::Email],
    ));
    let own = event(&app, at, (Action::ResetCompleted, Outcome::Success), None, boss.id.as_str(), &[]);
    events.push(own.clone());
    events.push(AuditEvent { id: app.ports.random.hex(16), ..own });
    // Older than the default seven days: only in a wider range.
    events.push(event(
        &app,
        at - Duration::days(8),
        (Action::ResetCompleted, Outcome::Success),
        None,
        "old",
        &[],
    ));
    record(&app, &events).await;
    let body: Value = app.call(Method::GET, "/v1/reports/insights", &token, None).await.json().await.unwrap();
    assert_eq!(body["resets"], 3, "{body}");
    assert_eq!(body["complete"], true);
    let problems = serde_json::json!([
        {"key": "code_invalid", "count": 4, "label": "a wrong code"},
        {"key": "failed_proofs", "count": 1, "label": "too many failed proofs"}]);
    assert_eq!(body["problems"], problems);
    assert_eq!(body["reset_methods"], serde_json::json!([{"method": "email", "users": 1}]));
    assert_eq!(body["failed_proofs"][0]["name"], "mallory");
    assert_eq!(body["blocked"][0]["count"], 1);
    assert_eq!(body["starts_per_address"], serde_json::json!([{"key": "192.0.2.66", "count": 10}]));
    assert_eq!(body["starts_per_user"], serde_json::json!([]), "one start each is not suspicious");
    assert_eq!(body["admins_resetting_themselves"][0]["user"], boss.id.as_str());
    assert_eq!(body["admins_resetting_themselves"][0]["count"], 2);
    // The administrator registered an authenticator to sign in: a registration.
    assert_eq!(body["registered_people"], 1);
    assert_eq!(body["registered"][0]["name"], "boss");
    assert!(body["coverage"]["users"].as_u64().unwrap() >= 1);
    let from = urlencode(&(Utc::now() - Duration::days(30)).to_rfc3339());
    let wider: Value = app
        .call(Method::GET, &format!("/v1/reports/insights?from={from}"), &token, None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(wider["resets"], 4);
    let response =
        app.call(Method::GET, "/v1/reports/insights?from=2026-02-30T00:00:00Z", &token, None).await;
    assert_eq!(problem(response, 400, "invalid_request").await["field"], "from");
}

#[tokio::test]
async fn bootstrap_moves_events_from_before_the_shards_into_them_once() {
    use aws_sdk_dynamodb::types::AttributeValue::{N, S};
    let app = TestApp::start().await;
    let token = admin_token(&app).await;
    let at = Utc::now() - Duration::days(3);
    let expires = (at + Duration::days(400)).timestamp();
    let legacy = [
        ("pk", S(format!("DAY#{}", at.format("%Y-%m-%d")))),
        ("sk", S(format!("{}#00aa11", at.format("%Y-%m-%dT%H:%M:%S%.6fZ")))),
        ("target_key", S("USER#u-legacy".into())),
        ("id", S("00aa11".into())),
        ("at", S(at.to_rfc3339())),
        ("target", S("u-legacy".into())),
        ("target_name", S("legacy".into())),
        ("action", S("reset_completed".into())),
        ("outcome", S("success".into())),
        ("reason", S("password_reset".into())),
        ("expires_at", N(expires.to_string())),
    ];
    let mut put = app.dynamo.put_item().table_name(&app.config.tables.audit);
    for (name, value) in legacy {
        put = put.item(name, value);
    }
    put.send().await.unwrap();
    // The first bootstrap found nothing to move and said so: forget that.
    app.dynamo
        .delete_item()
        .table_name(&app.config.tables.directory)
        .key("pk", S("MIGRATION#audit-shards".into()))
        .key("sk", S("DONE".into()))
        .send()
        .await
        .unwrap();
    assert!(all_ids(&app, &token, "user=u-legacy").await.is_empty(), "not in the shards yet");
    app.bootstrap_again().await;
    app.bootstrap_again().await;
    assert_eq!(all_ids(&app, &token, "user=u-legacy").await, ["00aa11"]);
    let items = stored_events_of(&app, "u-legacy").await;
    assert_eq!(items.len(), 1, "moved, not copied");
    assert!(items[0]["pk"].as_s().unwrap().starts_with("AUDIT#"));
    assert_eq!(items[0]["expires_at"].as_n().unwrap(), &expires.to_string(), "its expiry kept");
}

#[tokio::test]
async fn the_log_is_filtered_by_username_and_names_who_acted() {
    let app = TestApp::start().await;
    app.set_settings(|s| s.reset.temporary_passwords = true).await;
    let token = admin_token(&app).await;
    let boss = stored_user(&app, "boss").await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    // The administrator resets Adele's password: an event by boss about adele.
    let reset = format!("/v1/admin/users/{}/password-reset", adele.id);
    let answer =
        app.call(Method::POST, &reset, &token, Some(serde_json::json!({"mode": "temporary_password"}))).await;
    assert_eq!(answer.status(), 200);
    // By username, for the user acted on and for who acted: the same events as by id.
    for (by_name, by_id) in [
        ("user=adele".to_owned(), format!("user={}", adele.id)),
        ("actor=boss".to_owned(), format!("actor={}", boss.id)),
    ] {
        let named = all_ids(&app, &token, &by_name).await;
        assert!(!named.is_empty(), "{by_name} finds events");
        assert_eq!(named, all_ids(&app, &token, &by_id).await, "{by_name}");
    }
    assert!(all_ids(&app, &token, "user=nobody-at-all").await.is_empty(), "an unknown name matches nothing");
    // Each row names who acted, in JSON and in the CSV.
    let rows = page(&app, &token, "actor=boss").await;
    let first = &rows["events"][0];
    assert_eq!(first["actor"], boss.id.to_string());
    assert_eq!(first["actor_name"], "boss", "{first}");
    let csv = csv_of(&app, &token, &format!("{PATH}?actor=boss")).await;
    assert!(
        csv.lines().next().unwrap().ends_with(",actor_name,action_text,outcome_text,reason_text"),
        "{csv}"
    );
    let row = csv.lines().nth(1).unwrap();
    assert!(row.contains(",boss,Password reset by an operator,Succeeded,"), "{csv}");
}

#[tokio::test]
async fn the_log_is_searched_by_words_and_read_in_plain_words() {
    let app = TestApp::start().await;
    let token = admin_token(&app).await;
    let base = Utc::now() - Duration::hours(2);
    let t = |minutes| base + Duration::minutes(minutes);
    let mut wilber = event(&app, t(1), (Action::ResetCodeFailed, Outcome::Failure), None, "u-alex", &[]);
    wilber.target_name = Some("alex.wilber".into());
    wilber.reason = Some("code_invalid".into());
    let mut short =
        event(&app, t(2), (Action::PasswordChange, Outcome::Failure), Some("u-megan"), "u-megan", &[]);
    short.target_name = Some("megan".into());
    short.reason = Some("min_length,banned".into());
    let mut elsewhere = event(&app, t(3), (Action::ResetStarted, Outcome::Success), None, "u-adele", &[]);
    elsewhere.target_name = Some("adele".into());
    elsewhere.client_ip = Some("198.51.100.7".into());
    record(&app, &[wilber.clone(), short.clone(), elsewhere.clone()]).await;
    let range = format!(
        "from={}&to={}",
        urlencode(&(base - Duration::minutes(1)).to_rfc3339()),
        urlencode(&t(30).to_rfc3339())
    );
    let ids = |e: &[&AuditEvent]| e.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
    for (text, expected) in [
        // A word inside a name, any case; a code's words as typed; an address; an action's words.
        ("Wilber", ids(&[&wilber])),
        ("min%20length", ids(&[&short])),
        ("198.51.100", ids(&[&elsewhere])),
        ("reset%20code", ids(&[&wilber])),
        ("nothing-like-it", vec![]),
    ] {
        let found = all_ids(&app, &token, &format!("{range}&text={text}&limit=2")).await;
        assert_eq!(found, expected, "{text}");
    }
    let refused = app.call(Method::GET, &format!("{PATH}?text=x"), &token, None).await;
    assert_eq!(refused.status(), 400, "one letter is no search");
    // Each row says what happened, how it ended and why, in words.
    let body = page(&app, &token, &format!("{range}&text=megan")).await;
    let row = &body["events"][0];
    assert_eq!(row["reason"], "min_length,banned", "the codes stay for programs");
    assert_eq!(row["action_text"], "Password change");
    assert_eq!(row["outcome_text"], "Failed");
    assert_eq!(row["reason_text"], "too short; a banned word");
    let csv = csv_of(&app, &token, &format!("{PATH}?{range}&text=megan")).await;
    assert!(
        csv.lines().nth(1).unwrap().ends_with(",Password change,Failed,too short; a banned word"),
        "{csv}"
    );
}

#[tokio::test]
async fn a_policy_change_is_shown_by_who_made_it_in_words() {
    let app = TestApp::start().await;
    let token = admin_token(&app).await;
    let boss = stored_user(&app, "boss").await;
    let at = Utc::now() - Duration::hours(1);
    let mut policy =
        event(&app, at, (Action::SettingsChanged, Outcome::Success), Some(boss.id.as_str()), "x", &[]);
    policy.reason = Some("password_policy".into());
    record(&app, &[policy]).await;
    let body: Value = app.call(Method::GET, "/v1/reports/insights", &token, None).await.json().await.unwrap();
    let by_boss =
        body["policy_changes"].as_array().unwrap().iter().find(|c| c["reason"] == "password_policy");
    assert_eq!(by_boss.map(|c| c["actor_name"].clone()), Some("boss".into()), "{body}");
    assert_eq!(by_boss.map(|c| c["reason_text"].clone()), Some("password policy".into()));
}
