//! Writeback end to end: the real routes and DynamoDB emulator, a real
//! OpenLDAP (slapd with ppolicy, started per test), and the writeback agent
//! enrolled through the API and running in this process against both.

use std::sync::Arc;
use std::time::{Duration, Instant};

use latchkey_agent::DirectoryConfig;
use latchkey_agent::cloud::{self, AgentState, Cloud};
use latchkey_agent::testing::{AD_OLD, ADELE, OLD, Samba, Slapd};
use latchkey_core::model::directory::{DirectoryId, SyncedFrom};
use latchkey_core::model::user::Role;
use latchkey_e2e::TestApp;
use serde_json::{Value, json};

const ADMIN_PASSWORD: &str = "orchid-lantern-ferry-52";
const LATCHKEY_COPY: &str = "velvet-otter-compass-17";
const NEW: &str = "Glacier-Mosaic-94";

pub(crate) struct Stack {
    pub(crate) app: Arc<TestApp>,
    pub(crate) slapd: Slapd,
    /// The directory the agent writes to: the slapd's, or another's.
    pub(crate) directory: DirectoryConfig,
    pub(crate) admin: String,
    pub(crate) state: AgentState,
    agent: Option<tokio::task::JoinHandle<()>>,
}

pub(crate) fn http() -> reqwest::Client {
    cloud::http_client(latchkey_agent::directory::tls_config(None).expect("TLS settings"))
        .expect("HTTP client")
}

impl Stack {
    /// Latchkey, slapd with `people` more users, an admin, and an agent
    /// for directory `corp` enrolled through the API and running.
    async fn start(people: usize) -> Self {
        Self::start_for(people, None).await
    }

    /// The same, with the agent writing to `directory` instead of the slapd.
    async fn start_for(people: usize, directory: Option<DirectoryConfig>) -> Self {
        Self::start_on(Slapd::start_with_people(people), directory).await
    }

    /// Latchkey and an agent for directory `corp` writing to `directory`
    /// (the slapd's own by default), enrolled through the API and running.
    pub(crate) async fn start_on(slapd: Slapd, directory: Option<DirectoryConfig>) -> Self {
        let app = TestApp::start().await;
        let directory = directory.unwrap_or_else(|| slapd.config());
        app.create_user("admin", ADMIN_PASSWORD, &[Role::Admin]).await;
        let admin = app.token("admin", ADMIN_PASSWORD).await;
        let state = enrol(&app, &admin).await;
        let mut stack = Self { app: Arc::new(app), slapd, directory, admin, state, agent: None };
        stack.start_agent();
        stack.wait_online(true).await;
        stack
    }

    pub(crate) fn start_agent(&mut self) {
        let cloud = Arc::new(Cloud::new(http(), &self.state).expect("cloud"));
        let journal =
            latchkey_agent::worker::Journal::open(&self.slapd.dir.join("journal")).expect("journal");
        let worker = Arc::new(
            latchkey_agent::Worker::new(
                latchkey_agent::Directory::new(self.directory.clone()).expect("directory"),
                self.state.sealing_keys().expect("keys"),
            )
            .with_journal(journal),
        );
        self.agent = Some(tokio::spawn(cloud::run(cloud, worker, 4)));
    }

    /// Stops the agent at once, whatever it was doing (as `kill -9` would).
    pub(crate) fn kill_agent(&mut self) {
        if let Some(agent) = self.agent.take() {
            agent.abort();
        }
    }

    async fn agents(&self) -> Value {
        let response = self.app.call(reqwest::Method::GET, "/v1/admin/agents", &self.admin, None).await;
        assert_eq!(response.status(), 200);
        response.json().await.unwrap()
    }

    pub(crate) async fn wait_online(&self, online: bool) {
        let started = Instant::now();
        loop {
            let list = self.agents().await;
            let n = list["directories"][0]["online_agents"].as_u64().unwrap_or(0);
            if (n > 0) == online {
                return;
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "agent online = {online} never came: {list}"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// Starts the agent again; adele's reset then reaches the slapd.
    async fn agent_back_and_adele_resets(&mut self) {
        self.start_agent();
        self.wait_online(true).await;
        let reset = self.proven_reset("adele").await;
        assert_eq!(self.app.reset_password(&reset, NEW).await.status(), 204);
        assert!(self.slapd.binds(ADELE, NEW).await);
    }

    /// One sync of the directory's users (and its password rules) into
    /// Latchkey, as the running agent does every few minutes.
    pub(crate) async fn sync_now(&self) -> latchkey_writeback::sync::SyncSummary {
        let cloud = Cloud::new(http(), &self.state).expect("cloud");
        let directory = latchkey_agent::Directory::new(self.directory.clone()).expect("directory");
        cloud::sync_once(&cloud, &directory, &self.slapd.dir.join("users.json"), false).await.expect("sync")
    }

    /// A Latchkey user `username` synced from `corp`.
    async fn synced_user(&self, username: &str) -> latchkey_core::model::values::UserId {
        let user = self.app.create_user(username, LATCHKEY_COPY, &[]).await;
        self.app
            .edit_user(&user.id, |u| {
                u.synced = Some(SyncedFrom::new(DirectoryId::parse("corp").unwrap(), chrono::Utc::now()))
            })
            .await;
        user.id
    }

    /// A reset of `username` with its emailed code proven: the reset id.
    pub(crate) async fn proven_reset(&self, username: &str) -> String {
        let flow = self.app.reset_flow(username).await;
        let id = flow["reset_id"].as_str().unwrap().to_owned();
        let method = flow["methods"].as_array().unwrap().iter().find(|m| m["kind"] == "email").unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let before = self.app.outbox().to(&self.app.email_of(username)).await.len();
        assert_eq!(self.app.challenge(&id, &method).await.status(), 202);
        let code = self.app.outbox().code_for(&self.app.email_of(username), before + 1).await;
        assert_eq!(self.app.verify_code(&id, &method, &code).await.status(), 200);
        id
    }
}

pub(crate) async fn enrol(app: &TestApp, admin: &str) -> AgentState {
    let body = json!({"directory": "corp", "name": "dc1 agent"});
    let response = app.call(reqwest::Method::POST, "/v1/admin/agents/enrolments", admin, Some(body)).await;
    assert_eq!(response.status(), 201);
    let enrolment: Value = response.json().await.unwrap();
    let token = enrolment["token"].as_str().unwrap();
    let state = cloud::enrol(&http(), &app.base, token).await.expect("enrol");
    assert_eq!(state.directory, "corp");
    // The token works once.
    let again = cloud::enrol(&http(), &app.base, token).await.unwrap_err();
    assert!(matches!(again, cloud::CloudError::Refused { status: 401, .. }), "{again:?}");
    state
}

fn dn(username: &str) -> String {
    format!("uid={username},ou=people,dc=example,dc=test")
}

#[tokio::test]
async fn a_reset_reaches_the_directory_and_a_refusal_there_leaves_the_flow_open() {
    let stack = Stack::start(0).await;
    // Latchkey's own minimum below the directory's (10), so that the directory is the one to refuse.
    stack.app.set_settings(|s| s.password.min_length = 8).await;
    let user = stack.synced_user("adele").await;
    let reset = stack.proven_reset("adele").await;

    // The directory's own policy (10 characters at least) refuses; the user is told in the same request.
    let response = stack.app.reset_password(&reset, "Kq7#vZp2w").await;
    assert_eq!(response.status(), 422);
    let problem: Value = response.json().await.unwrap();
    assert_eq!(problem["reasons"][0]["rule"], "directory_too_short", "{problem}");
    assert!(problem["reasons"][0]["detail"].as_str().unwrap().contains("longer password"));
    assert!(stack.slapd.binds(ADELE, OLD).await, "the directory is unchanged");

    // The flow is not spent: another password goes through, in both places.
    let started = Instant::now();
    assert_eq!(stack.app.reset_password(&reset, NEW).await.status(), 204);
    let took = started.elapsed();
    assert!(stack.slapd.binds(ADELE, NEW).await, "the new password works in the directory");
    assert!(!stack.slapd.binds(ADELE, OLD).await, "the old one does not");
    assert_eq!(stack.app.sign_in("adele", NEW).await.status(), 201, "and in Latchkey");
    let events = stack.app.audit_for(&user).await;
    let done = events
        .iter()
        .find(|e| e.reason_text().as_deref().is_some_and(|r| r.starts_with("password_reset")))
        .unwrap();
    let reason = done.reason_text().unwrap();
    assert_eq!(reason, format!("password_reset,written_back_by:{}", stack.state.agent_id));
    assert!(took < Duration::from_secs(5), "written back in {took:?}");
}

#[tokio::test]
async fn unlock_change_and_admin_reset_are_written_back() {
    let stack = Stack::start(0).await;
    let user = stack.synced_user("adele").await;
    // Lock adele in the directory (ppolicy: three failures).
    for _ in 0..3 {
        assert!(!stack.slapd.binds(ADELE, "not-the-password").await);
    }
    assert!(stack.slapd.attribute(ADELE, "pwdAccountLockedTime").await.is_some());
    let reset = stack.proven_reset("adele").await;
    assert_eq!(stack.app.unlock(&reset).await.status(), 204);
    assert_eq!(
        stack.slapd.attribute(ADELE, "pwdAccountLockedTime").await,
        None,
        "the directory's lock is gone"
    );
    assert!(stack.slapd.binds(ADELE, OLD).await, "and the old password binds again");

    // A self-service change.
    let token = stack.app.token("adele", LATCHKEY_COPY).await;
    assert_eq!(stack.app.change_password(&token, LATCHKEY_COPY, NEW).await.status(), 204);
    assert!(stack.slapd.binds(ADELE, NEW).await && !stack.slapd.binds(ADELE, OLD).await);

    // An administrator's temporary password: set in the directory, to be changed there too.
    stack.app.set_settings(|s| s.reset.temporary_passwords = true).await;
    let path = format!("/v1/admin/users/{}/password-reset", user.as_str());
    let body = json!({"mode": "temporary_password"});
    let response = stack.app.call(reqwest::Method::POST, &path, &stack.admin, Some(body)).await;
    assert_eq!(response.status(), 200);
    let issued: Value = response.json().await.unwrap();
    let temporary = issued["temporary_password"].as_str().unwrap();
    assert!(stack.slapd.binds(ADELE, temporary).await);
    assert_eq!(stack.slapd.attribute(ADELE, "pwdReset").await.as_deref(), Some("TRUE"));
}

/// Active Directory through the whole path: Samba AD DC over LDAPS, its
/// agent enrolled through the API, the domain's own policy judging.
#[tokio::test]
async fn samba_ad_takes_resets_refuses_what_the_domain_refuses_and_unlocks() {
    let samba = Samba::start();
    let stack = Stack::start_for(0, Some(samba.config())).await;
    let ad = samba.directory();
    let secret = |s: &str| secrecy::SecretString::from(s.to_owned());
    stack.synced_user("adele").await;
    let reset = stack.proven_reset("adele").await;

    // A passphrase Latchkey takes, but the domain's complexity rule (three of:
    // capitals, small letters, digits, symbols) refuses it.
    let response = stack.app.reset_password(&reset, "glacier-mosaic-harbour-kestrel").await;
    assert_eq!(response.status(), 422);
    let problem: Value = response.json().await.unwrap();
    assert_eq!(problem["reasons"][0]["rule"], "directory_complexity", "{problem}");
    assert!(ad.binds("adele", &secret(AD_OLD)).await.unwrap(), "the domain is unchanged");

    // The same flow goes on; the new password binds to the domain, the old does not.
    assert_eq!(stack.app.reset_password(&reset, NEW).await.status(), 204);
    assert!(ad.binds("adele", &secret(NEW)).await.unwrap(), "the new password works in AD");
    assert!(!ad.binds("adele", &secret(AD_OLD)).await.unwrap(), "the old one does not");
    assert_eq!(stack.app.sign_in("adele", NEW).await.status(), 201, "and in Latchkey");

    // Three wrong passwords lock adele in the domain; a self-service unlock clears lockoutTime.
    for _ in 0..3 {
        assert!(!ad.binds("adele", &secret("not-the-password")).await.unwrap());
    }
    assert!(!ad.binds("adele", &secret(NEW)).await.unwrap(), "locked out in AD");
    let unlock = stack.proven_reset("adele").await;
    assert_eq!(stack.app.unlock(&unlock).await.status(), 204);
    assert!(ad.binds("adele", &secret(NEW)).await.unwrap(), "unlocked in AD, password kept");

    // A name the domain does not have: refused in plain words, nothing changes in Latchkey.
    stack.synced_user("nobody").await;
    let reset = stack.proven_reset("nobody").await;
    let response = stack.app.reset_password(&reset, "Harbour-Kestrel-91").await;
    assert_eq!(response.status(), 422);
    let problem: Value = response.json().await.unwrap();
    assert_eq!(problem["reasons"][0]["rule"], "directory_user_not_found", "{problem}");
    assert_eq!(stack.app.sign_in("nobody", "Harbour-Kestrel-91").await.status(), 401);
}

#[tokio::test]
async fn a_rotated_agent_works_with_its_new_keys_and_the_old_ones_stop_at_once() {
    let mut stack = Stack::start(0).await;
    stack.synced_user("adele").await;
    let old = &stack.state;
    let rotated = Cloud::new(http(), old).unwrap().rotate(old).await.expect("rotate");
    assert_eq!(rotated.agent_id, old.agent_id, "the same agent");
    // Calls signed with the old key are refused from now on.
    let stale = Cloud::new(http(), old).unwrap().next_job(0).await.unwrap_err();
    assert!(matches!(stale, cloud::CloudError::Refused { status: 401, .. }), "{stale:?}");
    // The agent carries on with the new keys: a password sealed to the new key reaches it.
    stack.kill_agent();
    stack.state = rotated;
    stack.agent_back_and_adele_resets().await;
}

/// The agent applied a reset in the directory and stopped before Latchkey
/// had the answer: the user is told "not confirmed", and when the agent
/// starts again its journal (asking the directory whether the change took)
/// brings Latchkey to where the directory is.
#[tokio::test]
async fn an_answer_cut_off_by_a_stopped_agent_is_reported_from_its_journal_and_latchkey_follows() {
    use latchkey_agent::worker::Journal;
    let mut stack = Stack::start(0).await;
    let user = stack.synced_user("adele").await;
    stack.kill_agent();
    let reset = stack.proven_reset("adele").await;
    // This test is the agent now: it claims the job, applies it, and stops before reporting.
    let cloud = Cloud::new(http(), &stack.state).unwrap();
    let journal_dir = stack.slapd.dir.join("journal");
    let worker = latchkey_agent::Worker::new(stack.slapd.directory(), stack.state.sealing_keys().unwrap())
        .with_journal(Journal::open(&journal_dir).unwrap());
    let (response, ()) = tokio::join!(stack.app.reset_password(&reset, NEW), async {
        let job = cloud.next_job(20).await.unwrap().expect("the reset's job");
        worker.apply(&job, chrono::Utc::now()).await;
    });
    assert_eq!(response.status(), 503);
    let problem: Value = response.json().await.unwrap();
    assert_eq!(problem["code"], "directory_unconfirmed", "{problem}");
    assert!(stack.slapd.binds(ADELE, NEW).await, "the directory took it");
    let before = stack.app.outbox().to(&stack.app.email_of("adele")).await.len();

    // Stopped between the directory's answer and its journal's record of it:
    // on restart the agent asks the directory, whose password changed.
    let journal = Journal::open(&journal_dir).unwrap();
    let mut entries = journal.entries();
    assert_eq!(entries.len(), 1, "one job begun and not reported");
    entries[0].outcome = None;
    journal.write(&entries[0]).unwrap();
    let restarted = latchkey_agent::Worker::new(stack.slapd.directory(), stack.state.sealing_keys().unwrap())
        .with_journal(Journal::open(&journal_dir).unwrap());
    let results = restarted.recover().await;
    assert_eq!(results.len(), 1);
    assert!(matches!(results[0].outcome, latchkey_writeback::Outcome::Applied { .. }), "{results:?}");
    cloud.report(&results[0]).await.expect("a late answer is taken");
    restarted.settled(&results[0].job);
    assert!(journal.entries().is_empty(), "crossed out once reported");

    // Latchkey follows the directory: the new password signs in, the old does not; it is told and audited.
    assert_eq!(stack.app.sign_in("adele", NEW).await.status(), 201);
    assert_eq!(stack.app.sign_in("adele", LATCHKEY_COPY).await.status(), 401);
    let events = stack.app.audit_for(&user).await;
    let late =
        events.iter().find(|e| e.reason_text().as_deref().is_some_and(|r| r.starts_with("confirmed_late")));
    let late = late.expect("the late confirmation is audited");
    assert_eq!(
        late.reason_text().as_deref().unwrap(),
        format!("confirmed_late,written_back_by:{}", stack.state.agent_id)
    );
    let notices = stack.app.outbox().to(&stack.app.email_of("adele")).await;
    assert!(notices.len() > before, "the user is told");
    // A second report of the same result changes nothing.
    let again = cloud.report(&results[0]).await.unwrap_err();
    assert!(matches!(again, cloud::CloudError::Refused { status: 409, .. }), "{again:?}");

    // A job the agent was cut off in before the directory changed: reported as not applied; nothing changes.
    let reset = stack.proven_reset("adele").await;
    let (response, ()) = tokio::join!(stack.app.reset_password(&reset, "Harbour-Kestrel-91"), async {
        let job = cloud.next_job(20).await.unwrap().expect("the reset's job");
        let before = stack.slapd.directory().marker("adele").await.unwrap();
        let entry = latchkey_agent::worker::JournalEntry {
            job: job.id.clone(),
            username: "adele".into(),
            unlock: false,
            before,
            outcome: None,
        };
        journal.write(&entry).unwrap();
    });
    assert_eq!(response.status(), 503);
    let results = restarted.recover().await;
    assert_eq!(results.len(), 1);
    assert!(matches!(results[0].outcome, latchkey_writeback::Outcome::Failed { .. }), "{results:?}");
    cloud.report(&results[0]).await.expect("a late answer is taken");
    assert_eq!(stack.app.sign_in("adele", NEW).await.status(), 201, "Latchkey unchanged");
    assert!(stack.slapd.binds(ADELE, NEW).await, "the directory unchanged");
    let events = stack.app.audit_for(&user).await;
    assert!(
        events
            .iter()
            .any(|e| e.reason_text().as_deref().is_some_and(|r| r.starts_with("directory_not_applied"))),
        "the failure is audited"
    );
}

#[tokio::test]
async fn with_the_agent_down_the_user_is_told_before_proving_anything_and_nothing_changes() {
    let mut stack = Stack::start(0).await;
    stack.synced_user("adele").await;
    stack.kill_agent();
    stack.wait_online(false).await;
    let before = stack.app.outbox().to(&stack.app.email_of("adele")).await.len();
    let response = stack.app.start_reset("adele").await;
    assert_eq!(response.status(), 503);
    let problem: Value = response.json().await.unwrap();
    assert_eq!(problem["code"], "directory_unavailable", "{problem}");
    assert!(problem["detail"].as_str().unwrap().contains("directory cannot be reached"));
    // A name that does not exist answers as one of the users would — a
    // synced one's 503 or a native one's 201, drawn at their shares — and
    // the same every time, so a name's answer tells nothing of it.
    let unknown = stack.app.start_reset("nobody-at-all").await.status().as_u16();
    assert!([201, 503].contains(&unknown), "{unknown}");
    assert_eq!(stack.app.start_reset("nobody-at-all").await.status().as_u16(), unknown);
    assert_eq!(stack.app.outbox().to(&stack.app.email_of("adele")).await.len(), before, "no code was sent");
    assert!(stack.slapd.binds(ADELE, OLD).await);

    // Back up: resets work again.
    stack.agent_back_and_adele_resets().await;
}

#[tokio::test]
async fn killing_the_agent_during_a_burst_of_resets_leaves_each_applied_in_both_places_or_clearly_failed() {
    const BURST: usize = 50;
    let mut stack = Stack::start(BURST).await;
    let mut resets = Vec::new();
    for n in 0..BURST {
        let name = format!("user{n}");
        stack.synced_user(&name).await;
        resets.push((name.clone(), stack.proven_reset(&name).await));
    }
    let app = stack.app.clone();
    let done = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut tasks = tokio::task::JoinSet::new();
    for (n, (name, reset)) in resets.into_iter().enumerate() {
        let (app, done) = (app.clone(), done.clone());
        tasks.spawn(async move {
            let password = format!("Burst-Password-{n:02}x");
            let response = app.reset_password(&reset, &password).await;
            let status = response.status().as_u16();
            let code =
                response.json::<Value>().await.ok().and_then(|p| p["code"].as_str().map(str::to_owned));
            done.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            (name, password, (status, code))
        });
    }
    // A fifth of the way through the burst, with jobs in the agent's hands, it dies.
    let started = Instant::now();
    while done.load(std::sync::atomic::Ordering::SeqCst) < BURST / 5 {
        assert!(started.elapsed() < Duration::from_secs(60), "the burst does not progress");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    stack.agent.take().unwrap().abort();
    let mut outcomes = Vec::new();
    while let Some(done) = tasks.join_next().await {
        outcomes.push(done.unwrap());
    }
    let (mut applied, mut failed, mut unconfirmed) = (0, 0, Vec::new());
    for (name, password, (status, code)) in &outcomes {
        let old = format!("User-Password-{}", &name[4..]);
        let in_directory = stack.slapd.binds(&dn(name), password).await;
        let in_latchkey = app.sign_in(name, password).await.status() == 201;
        match (status, code.as_deref()) {
            (204, _) => {
                applied += 1;
                assert!(in_directory && in_latchkey, "{name}: told done, so done in both places");
            }
            (503, Some("directory_unavailable")) => {
                failed += 1;
                assert!(!in_latchkey, "{name}: told it failed, so Latchkey is unchanged");
                assert!(!in_directory, "{name}: told it failed, so the directory is unchanged");
                assert!(
                    stack.slapd.binds(&dn(name), &old).await,
                    "{name}: the old password still works there"
                );
            }
            // The agent died holding this job: the user is told the directory
            // did not confirm (it may have applied it); Latchkey did not.
            (503, Some("directory_unconfirmed")) => {
                unconfirmed.push((name, password));
                assert!(!in_latchkey, "{name}: not confirmed, so Latchkey is unchanged");
            }
            other => panic!("{name}: unexpected answer {other:?}"),
        }
    }
    // The agent starts again: it reports what its journal holds, crossing
    // each out once Latchkey has it, and Latchkey follows the directory.
    stack.start_agent();
    let journal = latchkey_agent::worker::Journal::open(&stack.slapd.dir.join("journal")).unwrap();
    let started = Instant::now();
    while !journal.entries().is_empty() {
        assert!(started.elapsed() < Duration::from_secs(30), "the journal is never reported");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    for (name, password) in &unconfirmed {
        let in_directory = stack.slapd.binds(&dn(name), password).await;
        let in_latchkey = app.sign_in(name, password).await.status() == 201;
        assert_eq!(in_latchkey, in_directory, "{name}: after the restart, applied in both places or neither");
    }
    let unconfirmed = unconfirmed.len();
    assert_eq!(applied + failed + unconfirmed, BURST);
    assert!(unconfirmed <= 4, "at most the agent's four pollers held a job when it died");
    assert!(failed > 0, "the agent died before the burst ended (applied {applied})");
    assert!(applied >= BURST / 5, "those done before the kill stay done");
    println!(
        "burst of {BURST} resets, agent killed after {:?}: {applied} applied, {failed} failed, {unconfirmed} unconfirmed",
        started.elapsed()
    );
}

#[tokio::test]
async fn user_sync_creates_updates_and_disables_users_who_then_reset_with_the_directorys_contacts() {
    let stack = Stack::start(0).await;
    let cloud = Cloud::new(http(), &stack.state).unwrap();
    let state = stack.slapd.dir.join("users.json");
    let directory = stack.slapd.directory();
    let first = cloud::sync_once(&cloud, &directory, &state, false).await.unwrap();
    assert_eq!((first.created, first.updated, first.removed), (2, 0, 0), "{first:?}");
    let by_name = |name: &str| latchkey_core::model::values::Username::parse(name).unwrap();
    let adele = stack.app.ports.directory.user_by_username(&by_name("adele")).await.unwrap().unwrap();
    assert_eq!(adele.synced.as_ref().unwrap().directory.as_str(), "corp", "marked with its source");
    assert_eq!(adele.emails[0].as_str(), "adele@example.test");
    assert_eq!(adele.phones[0].as_str(), "+14255550101");
    assert_eq!(adele.registration.office_phone.as_ref().map(|p| p.as_str()), Some("+14255550199"));
    assert_eq!(adele.display_name, "Adele Vance");
    assert_eq!(adele.groups.iter().map(|g| g.as_str()).collect::<Vec<_>>(), ["Sales"]);
    assert!(adele.enabled && adele.password().is_none(), "the password lives in the directory");

    let again = cloud::sync_once(&cloud, &directory, &state, false).await.unwrap();
    assert_eq!((again.created, again.updated, again.removed), (0, 0, 0), "nothing changed");

    stack.slapd.set(ADELE, "mail", &stack.app.email_of("adele")).await;
    stack.slapd.delete(&dn("alex")).await;
    let changed = cloud::sync_once(&cloud, &directory, &state, false).await.unwrap();
    assert_eq!((changed.created, changed.updated, changed.removed), (0, 1, 1), "{changed:?}");
    let alex = stack.app.ports.directory.user_by_username(&by_name("alex")).await.unwrap().unwrap();
    assert!(!alex.enabled && alex.synced.unwrap().removed_at.is_some(), "removed softly: disabled, kept");

    // A synced user who never had a Latchkey password resets with the directory's email.
    let reset = stack.proven_reset("adele").await;
    assert_eq!(stack.app.reset_password(&reset, NEW).await.status(), 204);
    assert!(stack.slapd.binds(ADELE, NEW).await && !stack.slapd.binds(ADELE, OLD).await);
}

#[tokio::test]
async fn agent_calls_unsigned_forged_replayed_stale_or_revoked_are_refused_and_change_nothing() {
    let mut stack = Stack::start(0).await;
    stack.kill_agent();
    let signer = stack.state.signer().unwrap();
    let agent = stack.state.agent_id.clone();
    let url = stack.app.url("/v1/agent/jobs/next");
    let body = br#"{"wait_seconds":0}"#.to_vec();
    let send = |authorization: String, body: Vec<u8>| {
        let request = stack
            .app
            .http
            .post(&url)
            .header("content-type", "application/json")
            .header("authorization", authorization)
            .body(body);
        async move { request.send().await.unwrap() }
    };
    let now = chrono::Utc::now().timestamp();
    let path = "/v1/agent/jobs/next";
    let good = signer.authorization(&agent, "POST", path, now, "nonce-aaaaaaaaaaaaaaaa", &body);
    assert_eq!(send(good.clone(), body.clone()).await.status(), 204, "a signed poll with no job");
    let refusals = [
        ("unsigned", "Bearer nothing".to_owned(), body.clone()),
        ("replayed", good.clone(), body.clone()),
        (
            "body changed",
            signer.authorization(&agent, "POST", path, now, "nonce-bbbbbbbbbbbbbbbb", &body),
            b"{\"wait_seconds\":1}".to_vec(),
        ),
        (
            "stale",
            signer.authorization(&agent, "POST", path, now - 3600, "nonce-cccccccccccccccc", &body),
            body.clone(),
        ),
        (
            "another key",
            latchkey_writeback::signing::AgentSigner::generate().authorization(
                &agent,
                "POST",
                path,
                now,
                "nonce-dddddddddddddddd",
                &body,
            ),
            body.clone(),
        ),
        (
            "other path",
            signer.authorization(&agent, "POST", "/v1/agent/keys", now, "nonce-eeeeeeeeeeeeeeee", &body),
            body.clone(),
        ),
    ];
    for (what, authorization, body) in refusals {
        let response = send(authorization, body).await;
        assert_eq!(response.status(), 401, "{what}");
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["code"], "agent_unauthorized", "{what}: {problem}");
    }

    // A result for a job this agent never claimed changes nothing.
    let cloud = Cloud::new(http(), &stack.state).unwrap();
    let forged = latchkey_writeback::JobResult {
        job: latchkey_writeback::JobId("000001764633600000-0123456789abcdef01234567".into()),
        outcome: latchkey_writeback::Outcome::Applied { password_changed: None },
    };
    let err = cloud.report(&forged).await.unwrap_err();
    assert!(matches!(err, cloud::CloudError::Refused { status: 404, .. }), "{err:?}");

    // Revoked: refused at once, and shown as revoked.
    let path = format!("/v1/admin/agents/{agent}");
    assert_eq!(stack.app.call(reqwest::Method::DELETE, &path, &stack.admin, None).await.status(), 204);
    let err = cloud.next_job(0).await.unwrap_err();
    assert!(matches!(err, cloud::CloudError::Refused { status: 401, .. }), "{err:?}");
    let list = stack.agents().await;
    assert_eq!(list["agents"][0]["status"], "revoked", "{list}");
}
