use chrono::Utc;

use super::*;
use crate::accounts::Accounts;
use crate::model::audit::{Action, Outcome, RequestMeta};
use crate::model::directory::{DirectoryChange, SyncedFrom};
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
    user.synced = Some(SyncedFrom {
        directory: DirectoryId::parse("corp").unwrap(),
        synced_at: Utc::now(),
        removed_at: None,
    });
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
    *world.writeback.answer.lock().unwrap() = Answer::Applied { agent: "agent-2".into() };
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
    *world.writeback.answer.lock().unwrap() = Answer::Applied { agent: "agent-1".into() };
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
