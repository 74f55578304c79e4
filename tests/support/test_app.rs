//! `TestApp`: the real router on a free port, real adapters, fresh tables.

use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use aws_sdk_dynamodb::types::AttributeValue;
use latchkey_adapters::AdapterConfig;
use latchkey_api::{App, RouteGroup, Tokens};
use latchkey_core::accounts::Accounts;
use latchkey_core::model::audit::{AuditEvent, RequestMeta};
use latchkey_core::model::settings::OrgSettings;
use latchkey_core::model::user::{NewUser, Role, User};
use latchkey_core::model::values::{E164, Email, Password, UserId, Username};
use latchkey_core::ports::Ports;
use latchkey_core::testing::ManualClock;
use reqwest::Response;
use serde_json::{Value, json};

use crate::emulator::emulator;

/// How to start a `TestApp`.
#[derive(Default)]
pub struct TestOptions {
    /// Reach DynamoDB through this endpoint instead of the shared emulator (e.g. a `Proxy`).
    pub endpoint: Option<String>,
    /// Send email and SMS through this endpoint (e.g. a slow `Proxy`); read
    /// what was sent from the shared messaging emulator all the same.
    pub messaging_endpoint: Option<String>,
    /// Drive time by hand instead of the system clock.
    pub manual_clock: bool,
    /// Refuse webhook endpoints on private addresses, as in AWS (the local
    /// stack's default allows a receiver on this machine).
    pub public_webhooks: bool,
}

/// The portal the links in a test app's messages point at.
pub const PORTAL: &str = "https://reset.example.org";

pub struct TestApp {
    /// Unique per app: makes addresses and numbers unique across parallel tests.
    pub tag: u32,
    pub base: String,
    pub http: reqwest::Client,
    pub ports: Ports,
    pub config: AdapterConfig,
    pub dynamo: aws_sdk_dynamodb::Client,
    pub clock: Option<Arc<ManualClock>>,
    pub app: App,
    /// The emulator that received this app's email and SMS.
    outbox_endpoint: String,
    /// The voice calls this app placed (recorded, not placed).
    pub voice: Arc<latchkey_adapters::voice::RecordingVoice>,
    /// The authenticator keys registered through `token` and `enrol`, by username.
    authenticators: std::sync::Mutex<std::collections::HashMap<String, Vec<u8>>>,
}

static NEXT: AtomicU32 = AtomicU32::new(0);

impl TestApp {
    pub async fn start() -> Self {
        Self::start_with(TestOptions::default()).await
    }

    pub async fn start_with(options: TestOptions) -> Self {
        // The tests stand in for CloudFront: `sign_in_from` names a source address.
        latchkey_api::extract::trust_viewer_address();
        let shared = emulator().endpoint();
        let serial = NEXT.fetch_add(1, Ordering::SeqCst);
        let prefix = format!("t{}-{serial}-", std::process::id());
        let tag = (std::process::id() % 10_000) * 100 + serial % 100;
        // Tables are created directly on the emulator, even when the app goes through a proxy.
        let mut setup = crate::local_config(&prefix);
        // As generous as the app's limit below: set-up shares the same busy emulators.
        setup.call_timeout = std::time::Duration::from_secs(10);
        let sdk = latchkey_adapters::aws::sdk_config(&setup).await;
        latchkey_infra::bootstrap(&sdk, &setup, |_| {}).await.expect("bootstrap tables");
        let dynamo = latchkey_adapters::aws::dynamodb_client(&sdk, &setup);

        // A proxy (`options.endpoint`) stands between the app and DynamoDB only.
        let messaging =
            options.messaging_endpoint.clone().unwrap_or_else(crate::emulator::messaging_endpoint);
        let mut config = AdapterConfig::local(&messaging, &prefix)
            .with_dynamodb(options.endpoint.as_deref().unwrap_or(&shared));
        // Generous: all test processes share one emulator on two cores, where a write can wait
        // seconds behind others (a 1.5 s limit timed out in CI). Outages are tested by refused
        // connections, which fail at once whatever the limit.
        config.call_timeout = std::time::Duration::from_secs(10);
        config.portal_url = Some(PORTAL.into());
        if options.public_webhooks {
            config.webhook_reach = latchkey_core::model::webhooks::Reach::Public;
        }
        let mut ports = latchkey_adapters::connect(&config).await;
        // No emulator serves the voice API: calls are recorded here (see README).
        let voice = Arc::new(latchkey_adapters::voice::RecordingVoice::default());
        ports.voice = voice.clone();
        let clock = options.manual_clock.then(|| Arc::new(ManualClock::new()));
        if let Some(clock) = &clock {
            ports.clock = clock.clone();
        }
        let tokens = Tokens::from_pem(&Tokens::generate_pem(), "latchkey", chrono::Duration::minutes(15))
            .expect("tokens");
        let app = App::new(ports.clone(), tokens);
        let router = latchkey_api::router(app.clone(), RouteGroup::All);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind app");
        let addr = listener.local_addr().expect("app addr");
        tokio::spawn(async move {
            axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
                .await
                .expect("serve");
        });
        let app = Self {
            tag,
            base: format!("http://{addr}"),
            http: reqwest::Client::new(),
            ports,
            config,
            dynamo,
            clock,
            app,
            voice,
            outbox_endpoint: crate::emulator::messaging_endpoint(),
            authenticators: Default::default(),
        };
        // Every test's requests come from 127.0.0.1: the per-address flood
        // limit is for the tests that are about it (they lower it again).
        // Most tests' users reset with the email and phone `create_user` puts
        // in the directory: those count here (tests of the setting turn it off).
        app.set_settings(|s| {
            s.anti_automation.source_requests_per_minute = 100_000;
            s.reset.directory_contacts_count = true;
        })
        .await;
        app
    }

    pub fn accounts(&self) -> Accounts {
        Accounts::new(self.ports.clone())
    }

    /// Creates a user directly through the domain (test setup, not under test).
    pub async fn create_user(&self, username: &str, password: &str, roles: &[Role]) -> User {
        let mut role_set = BTreeSet::from([Role::User]);
        role_set.extend(roles.iter().copied());
        let new = NewUser {
            username: Username::parse(username).unwrap(),
            display_name: format!("{username} Example"),
            first_name: username.to_string(),
            last_name: "Example".into(),
            emails: vec![Email::parse(&self.email_of(username)).unwrap()],
            phones: vec![E164::parse(&self.phone_of(username)).unwrap()],
            roles: role_set,
            groups: BTreeSet::new(),
            language: None,
        };
        latchkey_core::admin::provisioning::Provisioning::new(self.ports.clone())
            .create_user(
                new,
                &Password::parse(password, "password").unwrap(),
                false,
                None,
                &RequestMeta::default(),
            )
            .await
            .expect("create user")
    }

    /// The number the last (recorded) voice call went to, its SSML, and the code it read out.
    pub fn last_call(&self) -> (String, String, String) {
        let (to, ssml) = self.voice.calls().last().cloned().expect("a call was placed");
        let spoken = ssml.split("interpret-as=\"digits\">").nth(1).expect("digits read out");
        let code = spoken.split('<').next().unwrap_or_default().replace(' ', "");
        (to.as_str().to_owned(), ssml, code)
    }

    /// The email address `create_user` gives `username` in this app.
    pub fn email_of(&self, username: &str) -> String {
        format!("{username}.{}@contoso.example", self.tag)
    }

    /// The mobile number `create_user` gives `username` in this app.
    pub fn phone_of(&self, username: &str) -> String {
        let n = username.bytes().fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b))) % 100;
        format!("+1425{:06}{n:02}", self.tag)
    }

    /// What the emulator has sent.
    pub fn outbox(&self) -> crate::Outbox {
        crate::Outbox::new(&self.outbox_endpoint)
    }

    pub async fn start_reset(&self, username: &str) -> Response {
        self.post_json("/v1/resets", json!({"username": username}), None).await
    }

    /// Starts a reset and returns the body; panics unless 201.
    pub async fn reset_flow(&self, username: &str) -> Value {
        let response = self.start_reset(username).await;
        assert_eq!(response.status(), 201);
        response.json().await.expect("json")
    }

    pub async fn challenge(&self, reset_id: &str, method_id: &str) -> Response {
        self.post_json(&format!("/v1/resets/{reset_id}/challenges"), json!({"method_id": method_id}), None)
            .await
    }

    pub async fn verify_code(&self, reset_id: &str, method_id: &str, code: &str) -> Response {
        self.post_json(
            &format!("/v1/resets/{reset_id}/verifications"),
            json!({"method_id": method_id, "code": code}),
            None,
        )
        .await
    }

    pub async fn reset_password(&self, reset_id: &str, new_password: &str) -> Response {
        self.post_json(
            &format!("/v1/resets/{reset_id}/password"),
            json!({"new_password": new_password}),
            None,
        )
        .await
    }

    pub async fn unlock(&self, reset_id: &str) -> Response {
        self.post_json(&format!("/v1/resets/{reset_id}/unlock"), json!({}), None).await
    }

    pub async fn user(&self, id: &UserId) -> User {
        self.ports.directory.user(id).await.expect("read user").expect("user exists")
    }

    /// Rewrites a user directly (setup only), bumping its version.
    pub async fn edit_user(&self, id: &UserId, edit: impl FnOnce(&mut User)) {
        let mut user = self.user(id).await;
        edit(&mut user);
        user.version += 1;
        self.ports.directory.update_user(&user, &[]).await.expect("update user");
    }

    /// Runs bootstrap again on this app's tables, as a new release's start
    /// would (its upgrades and backfills).
    pub async fn bootstrap_again(&self) {
        let sdk = latchkey_adapters::aws::sdk_config(&self.config).await;
        latchkey_infra::bootstrap(&sdk, &self.config, |_| {}).await.expect("bootstrap again");
    }

    /// Puts a user in a group (created if need be) through the directory's
    /// group index, as the administrators' API does (setup only).
    pub async fn join_group(&self, id: &UserId, group: &str) {
        let group = latchkey_core::model::values::GroupName::parse(group).unwrap();
        let meta = RequestMeta::default();
        latchkey_core::admin::groups::ensure(&self.ports, None, &BTreeSet::from([group.clone()]), &meta)
            .await
            .expect("group");
        let mut user = self.user(id).await;
        let before = user.groups.clone();
        user.groups.insert(group);
        user.version += 1;
        let change = latchkey_core::model::groups::Regroup { user, before };
        self.ports.directory.regroup(&[change], &[]).await.expect("join group");
    }

    pub async fn set_settings(&self, edit: impl FnOnce(&mut OrgSettings)) {
        let mut settings = self.ports.directory.settings().await.expect("settings");
        edit(&mut settings);
        settings.version += 1;
        let event = AuditEvent {
            id: self.ports.random.hex(16),
            at: self.ports.clock.now(),
            actor: None,
            target: None,
            target_name: None,
            action: latchkey_core::model::audit::Action::SettingsChanged,
            outcome: latchkey_core::model::audit::Outcome::Success,
            reason: Some("test".into()),
            client_ip: None,
            user_agent: None,
            methods: Vec::new(),
        };
        self.ports.directory.save_settings(&settings, &event).await.expect("save settings");
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str) -> Response {
        self.http.get(self.url(path)).send().await.expect("GET")
    }

    /// `GET /v1/security-questions` as a browser asking for `language` sees it.
    pub async fn security_questions(&self, language: &str) -> Value {
        let response = self.http.get(self.url("/v1/security-questions")).header("accept-language", language);
        let response = response.send().await.expect("GET");
        assert_eq!(response.status(), 200);
        response.json().await.expect("JSON")
    }

    /// Any method, with a session token and an optional JSON body.
    pub async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        token: &str,
        body: Option<Value>,
    ) -> Response {
        let mut request = self.http.request(method, self.url(path)).bearer_auth(token);
        if let Some(body) = body {
            request = request.json(&body);
        }
        request.send().await.expect("request")
    }

    pub async fn post_json(&self, path: &str, body: Value, token: Option<&str>) -> Response {
        let mut request = self.http.post(self.url(path)).json(&body).header("user-agent", "latchkey-e2e");
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().await.expect("POST")
    }

    /// `POST` from `source` (an IP address, as CloudFront reports the viewer).
    pub async fn post_json_from(
        &self,
        source: &str,
        path: &str,
        body: Value,
        token: Option<&str>,
    ) -> Response {
        let mut request = self
            .http
            .post(self.url(path))
            .json(&body)
            .header(latchkey_api::extract::VIEWER_ADDRESS_HEADER, source);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().await.expect("POST")
    }

    pub async fn post_raw(
        &self,
        path: &str,
        content_type: &str,
        body: Vec<u8>,
        token: Option<&str>,
    ) -> Response {
        let mut request = self.http.post(self.url(path)).header("content-type", content_type).body(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().await.expect("POST")
    }

    /// Signs in from `source` (an IP address, as CloudFront reports the viewer).
    pub async fn sign_in_from(&self, source: &str, username: &str, password: &str) -> Response {
        self.http
            .post(self.url("/v1/sessions"))
            .header(latchkey_api::extract::VIEWER_ADDRESS_HEADER, source)
            .json(&json!({"username": username, "password": password}))
            .send()
            .await
            .expect("POST")
    }

    pub async fn sign_in(&self, username: &str, password: &str) -> Response {
        self.post_json("/v1/sessions", json!({"username": username, "password": password}), None).await
    }

    /// Signs in and returns the session token; panics unless the sign-in
    /// succeeds. Where the sign-in needs an authenticator (administrators,
    /// the help desk) it takes the second step as a user would: registers
    /// one the first time (keeping its key), then enters its code.
    pub async fn token(&self, username: &str, password: &str) -> String {
        let body = self.session(username, password).await;
        body["token"].as_str().expect("token").to_string()
    }

    /// Signs in as `token` does; the whole sign-in response.
    pub async fn session(&self, username: &str, password: &str) -> Value {
        let response = self.sign_in(username, password).await;
        assert_eq!(response.status(), 201, "sign-in of {username} should succeed");
        let body: Value = response.json().await.expect("json");
        let pending = body["token"].as_str().expect("token").to_string();
        match body["next"].as_str() {
            Some("register_authenticator") => self.enrol(username, &pending).await["session"].clone(),
            Some("authenticator_code") => {
                let code = self.totp_code(username).await;
                let response = self.second_factor(&pending, &code).await;
                assert_eq!(response.status(), 201, "the authenticator code of {username} should be taken");
                response.json().await.expect("json")
            }
            _ => body,
        }
    }

    /// `POST /v1/sessions/authenticator` with the password step's token.
    pub async fn second_factor(&self, pending: &str, code: &str) -> Response {
        self.post_json("/v1/sessions/authenticator", json!({"code": code}), Some(pending)).await
    }

    /// Sets up an authenticator with the token of a sign-in that must
    /// register one (or a session), keeps its key, and proves it: the
    /// `AuthenticatorRegistered` body (recovery codes, and the session).
    pub async fn enrol(&self, username: &str, token: &str) -> Value {
        let setup = self.set_up_authenticator(username, token).await;
        assert!(setup["qr_svg"].as_str().is_some_and(|svg| svg.contains("<svg")));
        let code = self.totp_code(username).await;
        let path = if self.is_sign_in_step(token) {
            "/v1/sessions/authenticator/registration"
        } else {
            "/v1/me/methods/authenticator/verify"
        };
        let response = self.post_json(path, json!({"code": code}), Some(token)).await;
        assert!([200, 201].contains(&response.status().as_u16()), "registering {username}'s authenticator");
        response.json().await.expect("json")
    }

    /// `PUT /v1/me/methods/authenticator` as it answers.
    pub async fn set_up_authenticator_raw(&self, token: &str) -> Response {
        self.call(reqwest::Method::PUT, "/v1/me/methods/authenticator", token, Some(json!({}))).await
    }

    /// `PUT /v1/me/methods/authenticator`, keeping the key it shows.
    pub async fn set_up_authenticator(&self, username: &str, token: &str) -> Value {
        let response = self.set_up_authenticator_raw(token).await;
        assert_eq!(response.status(), 200, "setting up {username}'s authenticator");
        let setup: Value = response.json().await.expect("json");
        let key =
            latchkey_core::accounts::authenticator::from_base32(setup["secret"].as_str().expect("secret"))
                .expect("a base32 key");
        self.authenticators.lock().unwrap().insert(username.to_owned(), key);
        setup
    }

    fn is_sign_in_step(&self, token: &str) -> bool {
        use base64::Engine;
        let claims = token.split('.').nth(1).unwrap_or_default();
        let claims = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(claims).unwrap_or_default();
        serde_json::from_slice::<Value>(&claims).is_ok_and(|c| c["stg"].is_string())
    }

    /// The key of `username`'s authenticator, as `token`, `enrol` or
    /// `set_up_authenticator` kept it.
    pub fn authenticator_key(&self, username: &str) -> Vec<u8> {
        self.authenticators
            .lock()
            .unwrap()
            .get(username)
            .cloned()
            .expect("an authenticator set up by this app")
    }

    /// A code the user's authenticator shows that the server will take: the
    /// current step's, or the next one's if that was used already (one step
    /// of drift is allowed). Tests
    /// sign the same administrator in many times a minute; past the step
    /// after next (the drift allowed), the stored last step is wound back —
    /// test set-up only: replay itself is tested in `totp.rs`.
    pub async fn totp_code(&self, username: &str) -> String {
        use latchkey_core::accounts::authenticator::{STEP_SECONDS, code_at, step_at};
        let key = self.authenticator_key(username);
        let now = self.ports.clock.now();
        let current = step_at(now);
        let user = self.ports.directory.user_by_username(&Username::parse(username).unwrap()).await.unwrap();
        let last =
            user.as_ref().and_then(|u| u.registration.authenticator.as_ref()).map_or(0, |a| a.last_step);
        // The current step, not the one before: a step boundary passed on
        // the way would leave that one out of the window.
        let mut step = current.max(last + 1);
        if step > current + 1 {
            let id = user.expect("the user").id;
            self.edit_user(&id, |u| {
                if let Some(a) = u.registration.authenticator.as_mut() {
                    a.last_step = current - 1;
                }
            })
            .await;
            step = current;
        }
        let at = chrono::DateTime::from_timestamp(i64::try_from(step * STEP_SECONDS).unwrap(), 0).unwrap();
        code_at(&key, at)
    }

    pub async fn change_password(&self, token: &str, current: &str, new: &str) -> Response {
        self.post_json(
            "/v1/password/change",
            json!({"current_password": current, "new_password": new}),
            Some(token),
        )
        .await
    }

    pub async fn audit_for(&self, id: &UserId) -> Vec<AuditEvent> {
        self.ports.audit.for_user(id, 1000).await.expect("read audit")
    }

    /// The reason recorded on the newest reset start for `username`
    /// (`None`: a real flow; `out_of_scope`, `not_registered`: a decoy).
    pub async fn last_start_reason(&self, username: &str) -> Option<String> {
        let events = self.audit_for_name(username).await;
        events
            .into_iter()
            .filter(|e| e.action == latchkey_core::model::audit::Action::ResetStarted)
            .max_by_key(|e| e.at)
            .and_then(|e| e.reason_text())
    }

    pub async fn audit_for_name(&self, name: &str) -> Vec<AuditEvent> {
        self.ports.audit.for_target_name(name, 1000).await.expect("read audit")
    }

    /// Every item of every table, as text: for "no secret is stored" checks.
    pub async fn dump_tables(&self) -> String {
        let mut dump = String::new();
        for table in [&self.config.tables.directory, &self.config.tables.audit, &self.config.tables.flows] {
            let mut start: Option<std::collections::HashMap<String, AttributeValue>> = None;
            loop {
                let out = self
                    .dynamo
                    .scan()
                    .table_name(table)
                    .set_exclusive_start_key(start.take())
                    .send()
                    .await
                    .expect("scan");
                for item in out.items() {
                    dump.push_str(&format!("{item:?}\n"));
                }
                match out.last_evaluated_key {
                    Some(key) => start = Some(key),
                    None => break,
                }
            }
        }
        dump
    }

    /// How many audit events exist in total.
    pub async fn audit_count(&self) -> usize {
        let out = self
            .dynamo
            .scan()
            .table_name(&self.config.tables.audit)
            .select(aws_sdk_dynamodb::types::Select::Count)
            .send()
            .await
            .expect("count");
        out.count as usize
    }
}

/// The rule names of a `password_rejected` problem's reasons, in order.
pub fn rejected_rules(body: &Value) -> Vec<String> {
    body["reasons"]
        .as_array()
        .expect("reasons")
        .iter()
        .map(|r| r["rule"].as_str().unwrap().to_owned())
        .collect()
}

/// Reads a problem+json response, checking its content type and status.
pub async fn problem(response: Response, status: u16, code: &str) -> Value {
    assert_eq!(response.status().as_u16(), status, "status");
    let content_type =
        response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    assert_eq!(content_type, "application/problem+json");
    let body: Value = response.json().await.expect("problem body");
    assert_eq!(body["code"], code, "problem code in {body}");
    assert_eq!(body["status"], status);
    assert!(body["title"].is_string() && body["detail"].is_string() && body["type"].is_string());
    body
}
