use chrono::Utc;

use super::*;
use crate::accounts::Accounts;
use crate::model::audit::{Action, Outcome, RequestMeta};
use crate::model::directory::{DirectoryChange, Sent, SyncedFrom};
use crate::model::methods::MethodId;
use crate::model::methods::MethodKind;
use crate::model::user::{SessionToken, User};
use crate::model::values::Password;
use crate::passwords::writeback::write_back;
use crate::recovery::{Proof, Resets};
use crate::testing::FakeWorld;

const OLD: &str = "marmalade-ferry-71";
const NEW: &str = "glacier mosaic hum 9";
const OTHER: &str = "copper lantern drift 4";

fn pw(s: &str) -> Password {
    Password::parse(s, "password").unwrap()
}

/// Adele, synced from the `corp` directory.
async fn synced_world() -> (FakeWorld, User) {
    let world = FakeWorld::new();
    let mut user = world.add_adele(OLD, &[]).await;
    user.synced = Some(SyncedFrom::new(DirectoryId::parse("corp").unwrap(), Utc::now()));
    world.directory.users.lock().unwrap().insert(user.id.clone(), user.clone());
    (world, user)
}

/// A reset of Adele's with the emailed code proven, ready to complete.
async fn proven_reset(world: &FakeWorld) -> (Resets, crate::model::values::ResetId) {
    let resets = Resets::new(world.ports.clone());
    let started =
        resets.start("adele", crate::model::language::Language::En, &RequestMeta::default()).await.unwrap();
    resets.challenge(&started.reset_id, &MethodId::new("m1"), &RequestMeta::default()).await.unwrap();
    let text = world.outbox.emails.lock().unwrap().last().unwrap().text.clone();
    let code = text.split(|c: char| !c.is_ascii_digit()).find(|w| w.len() == 8).unwrap().to_owned();
    resets
        .verify(&started.reset_id, &MethodId::new("m1"), Proof::Code(&code), &RequestMeta::default())
        .await
        .unwrap();
    assert_eq!(started.methods[0].kind, MethodKind::Email);
    (resets, started.reset_id)
}

fn stored(world: &FakeWorld, user: &User) -> User {
    world.directory.users.lock().unwrap()[&user.id].clone()
}

#[tokio::test]
async fn a_synced_users_reset_goes_to_the_directory_first_and_the_audit_names_the_agent() {
    let (world, user) = synced_world().await;
    let (resets, reset_id) = proven_reset(&world).await;
    resets.complete_password(&reset_id, &pw(NEW), &RequestMeta::default()).await.unwrap();
    let sent = world.writeback.sent.lock().unwrap().clone();
    assert_eq!(sent, vec![("password".into(), "adele".into(), Some(NEW.into()))]);
    assert_ne!(stored(&world, &user).password(), user.password(), "Latchkey's copy follows the directory");
    let events = world.audit.events.lock().unwrap();
    let done = events.iter().rfind(|e| e.action == Action::ResetCompleted).unwrap();
    assert_eq!(done.outcome, Outcome::Success);
    assert_eq!(done.reason_text().as_deref(), Some("password_reset,written_back_by:agent-1"));
}

#[tokio::test]
async fn a_directory_refusal_changes_nothing_and_the_flow_takes_another_password() {
    let (world, user) = synced_world().await;
    let (resets, reset_id) = proven_reset(&world).await;
    *world.writeback.answer.lock().unwrap() =
        Answer::Refused { code: "in_history".into(), message: "remembers this password".into() };
    let err = resets.complete_password(&reset_id, &pw(NEW), &RequestMeta::default()).await.unwrap_err();
    assert!(matches!(&err, Error::DirectoryRefused { code, .. } if code == "in_history"), "{err:?}");
    assert_eq!(stored(&world, &user).password(), user.password(), "nothing changed in Latchkey");
    assert!(world.audit.events.lock().unwrap().iter().any(|e| e.action == Action::ResetCompleted
        && e.outcome == Outcome::Failure
        && e.reason_text().as_deref() == Some("directory_refused:in_history")));
    *world.writeback.answer.lock().unwrap() =
        Answer::Applied { agent: "agent-2".into(), password_changed: None };
    resets.complete_password(&reset_id, &pw(OTHER), &RequestMeta::default()).await.unwrap();
    assert_eq!(world.writeback.sent.lock().unwrap().len(), 2);
}

#[tokio::test]
async fn with_no_agent_alive_the_reset_is_refused_before_anything_is_proven() {
    let (world, _) = synced_world().await;
    world.writeback.alive.store(false, std::sync::atomic::Ordering::SeqCst);
    let resets = Resets::new(world.ports.clone());
    let err = resets
        .start("adele", crate::model::language::Language::En, &RequestMeta::default())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::DirectoryUnavailable { .. }), "{err:?}");
    // A name that does not exist gets the same answer: no telling them apart.
    let err = resets
        .start("nobody-here", crate::model::language::Language::En, &RequestMeta::default())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::DirectoryUnavailable { .. }), "{err:?}");
    assert!(world.outbox.emails.lock().unwrap().is_empty(), "no code sent");
}

#[tokio::test]
async fn an_agent_lost_mid_reset_leaves_everything_as_it_was() {
    let (world, user) = synced_world().await;
    let (resets, reset_id) = proven_reset(&world).await;
    *world.writeback.answer.lock().unwrap() = Answer::NoAgent;
    let err = resets.complete_password(&reset_id, &pw(NEW), &RequestMeta::default()).await.unwrap_err();
    assert!(matches!(err, Error::DirectoryUnavailable { .. }), "{err:?}");
    assert_eq!(stored(&world, &user).password(), user.password());
}

#[tokio::test]
async fn users_of_latchkeys_own_are_never_sent_and_go_on_during_an_outage() {
    let world = FakeWorld::new();
    world.add_adele(OLD, &[]).await;
    world.writeback.alive.store(false, std::sync::atomic::Ordering::SeqCst);
    let (resets, reset_id) = proven_reset(&world).await;
    resets.complete_password(&reset_id, &pw(NEW), &RequestMeta::default()).await.unwrap();
    assert!(world.writeback.sent.lock().unwrap().is_empty());
}

#[tokio::test]
async fn a_synced_users_change_and_unlock_are_written_back() {
    let (world, user) = synced_world().await;
    let accounts = Accounts::new(world.ports.clone());
    let token = SessionToken::new(user.token_version(), "t");
    *world.writeback.answer.lock().unwrap() =
        Answer::Refused { code: "too_short".into(), message: "longer".into() };
    let err = accounts.change_password(&user.id, &token, &pw(OLD), &pw(NEW), &RequestMeta::default()).await;
    assert!(matches!(err, Err(Error::DirectoryRefused { .. })), "{err:?}");
    assert_eq!(stored(&world, &user).password(), user.password());
    *world.writeback.answer.lock().unwrap() =
        Answer::Applied { agent: "agent-1".into(), password_changed: None };
    accounts.change_password(&user.id, &token, &pw(OLD), &pw(NEW), &RequestMeta::default()).await.unwrap();
    assert!(accounts.sign_in("adele", &pw(NEW), &RequestMeta::default()).await.is_ok());

    let (resets, reset_id) = proven_reset(&world).await;
    resets.unlock(&reset_id, &RequestMeta::default()).await.unwrap();
    let sent = world.writeback.sent.lock().unwrap().clone();
    let kinds: Vec<&str> = sent.iter().map(|(k, _, _)| k.as_str()).collect();
    assert_eq!(kinds, ["password", "password", "unlock"]);
}

#[tokio::test]
async fn a_user_the_directory_removed_is_not_written_back() {
    let (world, mut user) = synced_world().await;
    user.synced.as_mut().unwrap().removed_at = Some(Utc::now());
    assert_eq!(directory_of(&user), None);
    assert!(
        write_back(
            &world.ports,
            &user,
            DirectoryChange::Unlock { username: &user.username },
            Action::AccountUnlocked
        )
        .await
        .unwrap()
        .is_none()
    );
}

#[test]
fn directory_ids_are_short_lowercase_names() {
    assert_eq!(DirectoryId::parse("corp-ad").unwrap().as_str(), "corp-ad");
    for bad in ["", "Corp", "-corp", "a b", "x".repeat(41).as_str(), "corp/ad"] {
        assert_eq!(DirectoryId::parse(bad).unwrap_err().field, "directory", "{bad:?}");
    }
    assert!(serde_json::from_str::<DirectoryId>("\"UP\"").is_err(), "parsed when read back too");
}

/// Adele, synced from `corp`, with no password in Latchkey (she never set one here).
async fn synced_without_password() -> (FakeWorld, User) {
    let (world, mut user) = synced_world().await;
    user.forget_password();
    world.directory.users.lock().unwrap().insert(user.id.clone(), user.clone());
    (world, user)
}

fn verifications(world: &FakeWorld) -> usize {
    world.writeback.sent.lock().unwrap().iter().filter(|(kind, ..)| kind == "verify").count()
}

#[tokio::test]
async fn a_synced_user_with_no_password_here_signs_in_with_the_directorys_and_it_is_kept() {
    use crate::model::directory::Verdict;
    let (world, user) = synced_without_password().await;
    let accounts = Accounts::new(world.ports.clone());
    *world.writeback.verdict.lock().unwrap() = Some(Verdict::Accepted { must_change: false });
    let signed = accounts.sign_in("adele", &pw(OLD), &RequestMeta::default()).await.unwrap();
    assert_eq!(signed.next, None);
    assert_eq!(verifications(&world), 1, "the directory judged the password");
    assert!(stored(&world, &user).password().is_some(), "Latchkey keeps its own hash");
    let events = world.audit.events.lock().unwrap().clone();
    let signed_in = events.iter().rfind(|e| e.action == Action::SignIn).unwrap();
    assert_eq!(signed_in.reason_text().as_deref(), Some("pass_through,agent:agent-1"));
    // The next sign-in needs no round trip, and the wrong password is judged here.
    *world.writeback.verdict.lock().unwrap() = Some(Verdict::Wrong);
    accounts.sign_in("adele", &pw(OLD), &RequestMeta::default()).await.unwrap();
    let wrong = accounts.sign_in("adele", &pw(OTHER), &RequestMeta::default()).await.unwrap_err();
    assert!(matches!(wrong, Error::InvalidCredentials), "{wrong:?}");
    assert_eq!(verifications(&world), 1);
}

#[tokio::test]
async fn the_directorys_verdicts_wrong_locked_must_change_and_no_agent_each_answer_as_latchkey_would() {
    use crate::model::directory::Verdict;
    let (world, user) = synced_without_password().await;
    let accounts = Accounts::new(world.ports.clone());
    let meta = RequestMeta::default();
    *world.writeback.verdict.lock().unwrap() = Some(Verdict::Wrong);
    let wrong = accounts.sign_in("adele", &pw(OTHER), &meta).await.unwrap_err();
    assert!(matches!(wrong, Error::InvalidCredentials), "{wrong:?}");
    assert!(stored(&world, &user).password().is_none(), "nothing recorded");
    *world.writeback.verdict.lock().unwrap() = Some(Verdict::Locked);
    let locked = accounts.sign_in("adele", &pw(OLD), &meta).await.unwrap_err();
    assert!(matches!(locked, Error::AccountLocked { until: None }), "locked there, said so: {locked:?}");
    assert!(stored(&world, &user).synced.unwrap().locked, "the console sees the directory's lock");
    world.writeback.alive.store(false, std::sync::atomic::Ordering::SeqCst);
    let down = accounts.sign_in("adele", &pw(OLD), &meta).await.unwrap_err();
    assert!(matches!(down, Error::DirectoryUnavailable { .. }), "{down:?}");
    world.writeback.alive.store(true, std::sync::atomic::Ordering::SeqCst);
    *world.writeback.verdict.lock().unwrap() = Some(Verdict::Accepted { must_change: true });
    let signed = accounts.sign_in("adele", &pw(OLD), &meta).await.unwrap();
    assert_eq!(signed.next, Some(crate::accounts::NextStep::ChangePassword), "the directory wants a change");
    assert!(!stored(&world, &user).synced.unwrap().locked, "a bind that took shows it is not locked");
}

fn from_directory(user: &User, stamp: &str) -> crate::directory::sync::DirectoryUser {
    crate::directory::sync::DirectoryUser {
        username: user.username.to_string(),
        first_name: Some("Adele".into()),
        last_name: Some("Vance".into()),
        display_name: None,
        mail: user.emails.first().map(|e| e.as_str().to_owned()),
        mobile: None,
        telephone: None,
        groups: Default::default(),
        enabled: true,
        locked: false,
        locked_since: None,
        password_changed: Some(stamp.into()),
        password_changed_at: None,
        password_expires_at: None,
        protected: false,
        policy: None,
    }
}

/// A reset of `user` completed through Latchkey (written back): the user as stored after it.
async fn reset_through_latchkey(world: &FakeWorld, user: &User) -> User {
    let (resets, reset_id) = proven_reset(world).await;
    resets.complete_password(&reset_id, &pw(NEW), &RequestMeta::default()).await.unwrap();
    stored(world, user)
}

/// A sync of `user` alone, with the directory's `stamp`.
fn stamped(user: &User, stamp: &str) -> crate::directory::sync::SyncBatch {
    crate::directory::sync::SyncBatch { updated: vec![from_directory(user, stamp)], ..Default::default() }
}

fn corp_agent() -> crate::model::agents::Agent {
    let now = Utc::now();
    crate::model::agents::Agent {
        id: crate::model::agents::AgentId::parse("agent-00000000000001").unwrap(),
        name: "dc1".into(),
        directory: crate::model::directory::DirectoryId::parse("corp").unwrap(),
        version: "0.1.0".into(),
        keys: crate::model::agents::AgentKeys { sealing: String::new(), signing: String::new() },
        enrolled_at: now,
        keys_rotated_at: now,
        last_contact_at: now,
        revoked_at: None,
    }
}

#[tokio::test]
async fn a_change_made_in_the_directory_ends_latchkeys_copy_and_its_sessions_but_one_made_through_latchkey_does_not()
 {
    let (world, user) = synced_world().await;
    let agents = crate::directory::agents::Agents::new(world.ports.clone());
    let agent = corp_agent();
    let meta = RequestMeta::default();
    let sync = |stamp: &str| stamped(&user, stamp);
    // The first stamp is learnt; nothing is dropped (nothing to compare yet but times, none here).
    agents.sync(&agent, sync("20261201000000Z"), &meta).await.unwrap();
    let first = stored(&world, &user);
    assert!(first.password().is_some());
    // A reset through Latchkey: the agent's answer carries the stamp it left.
    let after_reset = reset_through_latchkey(&world, &user).await;
    agents.sync(&agent, sync("20261207000000Z"), &meta).await.unwrap();
    let kept = stored(&world, &user);
    assert_eq!(kept.password(), after_reset.password(), "Latchkey's own change is known by its stamp");
    assert_eq!(kept.token_version(), after_reset.token_version(), "and no session ends");
    // Changed at a desktop: the stamp moves, the old password stops here.
    agents.sync(&agent, sync("20261208093000Z"), &meta).await.unwrap();
    let dropped = stored(&world, &user);
    assert!(dropped.password().is_none(), "the next sign-in asks the directory");
    assert!(dropped.token_version() > kept.token_version(), "every session ends");
    let events = world.audit.events.lock().unwrap();
    assert!(
        events.iter().any(|e| e.reason_text().is_some_and(|r| r.ends_with("password_changed_in_directory")))
    );
}

#[tokio::test]
async fn a_sync_read_before_latchkeys_own_change_or_racing_it_ends_nothing() {
    let (world, user) = synced_world().await;
    let agents = crate::directory::agents::Agents::new(world.ports.clone());
    let agent = corp_agent();
    let meta = RequestMeta::default();
    let sync = |stamp: &str| stamped(&user, stamp);
    agents.sync(&agent, sync("20261201000000Z"), &meta).await.unwrap();

    // The agent wrote the change and a sync read the directory before
    // Latchkey recorded it: the new stamp arrives while the change is in flight.
    world.writeback.sent_lately.lock().unwrap().insert(user.id.clone(), vec![Sent::Unanswered]);
    agents.sync(&agent, sync("20261207000000Z"), &meta).await.unwrap();
    let racing = stored(&world, &user);
    assert!(racing.password().is_some(), "Latchkey's own change in flight is not a change made elsewhere");
    assert_eq!(racing.token_version(), stored(&world, &user).token_version());
    // Answered, and the answer not recorded yet: the stamp it left is no news either.
    world
        .writeback
        .sent_lately
        .lock()
        .unwrap()
        .insert(user.id.clone(), vec![Sent::Left(Some("20261207000000Z".into()))]);
    agents.sync(&agent, sync("20261207000000Z"), &meta).await.unwrap();
    assert!(stored(&world, &user).password().is_some());
    world.writeback.sent_lately.lock().unwrap().clear();

    // Latchkey's change lands, and a sync read before it arrives after it.
    let after_reset = reset_through_latchkey(&world, &user).await;
    agents.sync(&agent, sync("20261201000000Z"), &meta).await.unwrap();
    let stale = stored(&world, &user);
    assert_eq!(stale.password(), after_reset.password(), "a stamp older than Latchkey's own change is stale");
    assert_eq!(stale.token_version(), after_reset.token_version(), "and no session ends");
    assert_eq!(
        stale.synced.as_ref().and_then(|s| s.password.as_ref()).and_then(|p| p.stamp.clone()).as_deref(),
        Some("20261207000000Z"),
        "the stale stamp does not replace the one Latchkey's change left"
    );
    // A change made at a desktop afterwards is still seen.
    agents.sync(&agent, sync("20261208093000Z"), &meta).await.unwrap();
    assert!(stored(&world, &user).password().is_none());
}

#[tokio::test]
async fn a_protected_directory_account_is_privileged_two_methods_no_helpdesk() {
    let (world, mut user) = synced_world().await;
    assert!(!user.is_privileged());
    user.synced.as_mut().unwrap().protected = true;
    assert!(user.is_privileged() && user.strict_reset());
    let settings = world.ports.directory.settings().await.unwrap();
    assert_eq!(crate::model::registration::required_methods(&user, &settings), 2);
    let mut helpdesk = user.clone();
    helpdesk.synced = None;
    helpdesk.roles.insert(crate::model::user::Role::Helpdesk);
    let refused =
        crate::model::roles::require_on(&helpdesk, crate::model::roles::Permission::ResetPassword, &user);
    assert!(matches!(refused, Err(Error::Forbidden)), "{refused:?}");
}

#[tokio::test]
async fn a_password_the_directory_let_run_out_is_changed_at_the_next_sign_in() {
    let (world, mut user) = synced_world().await;
    user.synced.as_mut().unwrap().password_expires_at =
        Some(world.ports.clock.now() - chrono::Duration::hours(1));
    world.directory.users.lock().unwrap().insert(user.id.clone(), user.clone());
    let accounts = Accounts::new(world.ports.clone());
    let signed = accounts.sign_in("adele", &pw(OLD), &RequestMeta::default()).await.unwrap();
    assert_eq!(signed.next, Some(crate::accounts::NextStep::ChangePassword));
    // A change through Latchkey leaves the directory's new expiry to the next sync.
    let mut written = stored(&world, &user);
    crate::model::directory::Written { agent: "agent-1".into(), password_changed: Some("x".into()) }
        .record(&mut written, true);
    assert_eq!(written.synced.unwrap().password_expires_at, None);
}
