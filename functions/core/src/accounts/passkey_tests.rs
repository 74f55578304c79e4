//! Passkeys in the domain, with a relying party that decides as the real
//! checks do (challenge, signature verdict, counter) without cryptography.

use super::passkeys::Passkeys;
use crate::model::audit::{Action, Outcome, RequestMeta};
use crate::model::error::Error;
use crate::model::passkeys::PasskeyName;
use crate::model::user::{SessionToken, User};
use crate::testing::{FakePasskeys, FakeWorld};

const GOOD: &str = "marmalade-ferry-71";

fn meta() -> RequestMeta {
    RequestMeta { client_ip: Some("198.51.100.7".into()), user_agent: Some("unit-test".into()) }
}

fn token() -> SessionToken {
    SessionToken::new(1, "t")
}

async fn registered(world: &FakeWorld, user: &User, credential: &[u8]) -> Passkeys {
    let passkeys = Passkeys::new(world.ports.clone());
    let begun = passkeys.begin_registration(&user.id, &token()).await.unwrap();
    let answer = FakePasskeys::answer(&begun.options, credential, user.id.as_str().as_bytes(), "ok", 1);
    let name = PasskeyName::parse("Laptop").unwrap();
    passkeys
        .finish_registration(&user.id, &token(), (&begun.ceremony, &answer), &name, &meta())
        .await
        .unwrap();
    passkeys
}

#[tokio::test]
async fn a_registered_passkey_signs_in_alone_and_counts_as_a_second_factor() {
    let world = FakeWorld::new();
    let adele = world.add_adele(GOOD, &[]).await;
    let passkeys = registered(&world, &adele, b"cred-1").await;
    let stored = world.ports.directory.user(&adele.id).await.unwrap().unwrap();
    assert_eq!(stored.registration.passkeys.len(), 1);
    assert_eq!(stored.registration.passkeys[0].name, "Laptop");
    assert!(world.outbox.emails.lock().unwrap().iter().any(|m| m.subject.to_lowercase().contains("passkey")));

    let begun = passkeys.begin_sign_in(&meta()).await.unwrap();
    let answer = FakePasskeys::answer(&begun.options, b"cred-1", adele.id.as_str().as_bytes(), "ok", 2);
    let signed = passkeys.sign_in(&begun.ceremony, &answer, &meta()).await.unwrap();
    assert_eq!(signed.user.id, adele.id);
    assert!(signed.second_factor);
    let used = world.ports.directory.user(&adele.id).await.unwrap().unwrap();
    assert!(used.registration.passkeys[0].last_used_at.is_some());
    let events = world.audit.events.lock().unwrap();
    let last = events.last().unwrap();
    assert_eq!((last.action, last.outcome), (Action::SignIn, Outcome::Success));
}

#[tokio::test]
async fn replay_unknown_credential_another_users_and_a_bad_signature_answer_alike() {
    let world = FakeWorld::new();
    let adele = world.add_adele(GOOD, &[]).await;
    let megan = world.add_user("megan", GOOD, &[]).await;
    let passkeys = registered(&world, &adele, b"cred-a").await;
    registered(&world, &megan, b"cred-m").await;

    let begun = passkeys.begin_sign_in(&meta()).await.unwrap();
    let answer = FakePasskeys::answer(&begun.options, b"cred-a", adele.id.as_str().as_bytes(), "ok", 5);
    passkeys.sign_in(&begun.ceremony, &answer, &meta()).await.unwrap();
    let replayed = passkeys.sign_in(&begun.ceremony, &answer, &meta()).await.unwrap_err();

    let begun = passkeys.begin_sign_in(&meta()).await.unwrap();
    let unknown = FakePasskeys::answer(&begun.options, b"cred-x", adele.id.as_str().as_bytes(), "ok", 9);
    let unknown = passkeys.sign_in(&begun.ceremony, &unknown, &meta()).await.unwrap_err();
    // Megan's credential presented as Adele's.
    let crossed = FakePasskeys::answer(&begun.options, b"cred-m", adele.id.as_str().as_bytes(), "ok", 9);
    let crossed = passkeys.sign_in(&begun.ceremony, &crossed, &meta()).await.unwrap_err();
    let forged = FakePasskeys::answer(&begun.options, b"cred-a", adele.id.as_str().as_bytes(), "bad", 9);
    let forged = passkeys.sign_in(&begun.ceremony, &forged, &meta()).await.unwrap_err();
    for err in [replayed, unknown, crossed, forged] {
        assert!(matches!(err, Error::InvalidCredentials), "{err:?}");
    }
}

#[tokio::test]
async fn a_ceremony_sealed_for_one_user_does_not_register_for_another_and_runs_out() {
    let world = FakeWorld::new();
    let adele = world.add_adele(GOOD, &[]).await;
    let megan = world.add_user("megan", GOOD, &[]).await;
    let passkeys = Passkeys::new(world.ports.clone());
    let begun = passkeys.begin_registration(&adele.id, &token()).await.unwrap();
    let answer = FakePasskeys::answer(&begun.options, b"c", megan.id.as_str().as_bytes(), "ok", 0);
    let name = PasskeyName::parse("Phone").unwrap();
    let err =
        passkeys.finish_registration(&megan.id, &token(), (&begun.ceremony, &answer), &name, &meta()).await;
    assert!(matches!(err, Err(Error::PasskeyInvalid { .. })), "{err:?}");

    let begun = passkeys.begin_registration(&adele.id, &token()).await.unwrap();
    world.clock.advance(chrono::Duration::minutes(6));
    let answer = FakePasskeys::answer(&begun.options, b"c", adele.id.as_str().as_bytes(), "ok", 0);
    let err =
        passkeys.finish_registration(&adele.id, &token(), (&begun.ceremony, &answer), &name, &meta()).await;
    assert!(matches!(err, Err(Error::CodeExpired)), "{err:?}");
    assert!(world.ports.directory.user(&adele.id).await.unwrap().unwrap().registration.passkeys.is_empty());
}

#[tokio::test]
async fn a_counter_that_goes_back_is_refused_and_a_counterless_authenticator_is_not() {
    let world = FakeWorld::new();
    let adele = world.add_adele(GOOD, &[]).await;
    let passkeys = registered(&world, &adele, b"cred-1").await;
    let handle = adele.id.as_str().as_bytes().to_vec();
    let begun = passkeys.begin_sign_in(&meta()).await.unwrap();
    let answer = FakePasskeys::answer(&begun.options, b"cred-1", &handle, "ok", 7);
    passkeys.sign_in(&begun.ceremony, &answer, &meta()).await.unwrap();
    // A cloned authenticator shows a counter that did not move on.
    let begun = passkeys.begin_sign_in(&meta()).await.unwrap();
    let answer = FakePasskeys::answer(&begun.options, b"cred-1", &handle, "ok", 7);
    assert!(passkeys.sign_in(&begun.ceremony, &answer, &meta()).await.is_err());

    let megan = world.add_user("megan", GOOD, &[]).await;
    let passkeys = Passkeys::new(world.ports.clone());
    let begun = passkeys.begin_registration(&megan.id, &token()).await.unwrap();
    let answer = FakePasskeys::answer(&begun.options, b"cred-0", megan.id.as_str().as_bytes(), "ok", 0);
    let name = PasskeyName::parse("Synced").unwrap();
    passkeys
        .finish_registration(&megan.id, &token(), (&begun.ceremony, &answer), &name, &meta())
        .await
        .unwrap();
    for _ in 0..2 {
        let begun = passkeys.begin_sign_in(&meta()).await.unwrap();
        let answer = FakePasskeys::answer(&begun.options, b"cred-0", megan.id.as_str().as_bytes(), "ok", 0);
        passkeys.sign_in(&begun.ceremony, &answer, &meta()).await.unwrap();
    }
}

#[tokio::test]
async fn rename_and_remove_reach_only_the_owners_passkey_and_tell_the_owner() {
    let world = FakeWorld::new();
    let adele = world.add_adele(GOOD, &[]).await;
    let passkeys = registered(&world, &adele, b"cred-1").await;
    let id =
        world.ports.directory.user(&adele.id).await.unwrap().unwrap().registration.passkeys[0].id.clone();
    let name = PasskeyName::parse("  Work phone ").unwrap();
    let renamed = passkeys.rename(&adele.id, &token(), &id, &name, &meta()).await.unwrap();
    assert_eq!(renamed.name, "Work phone");
    let missing = passkeys.remove(&adele.id, &token(), "nope", &meta()).await.unwrap_err();
    assert!(matches!(missing, Error::NotRegistered));
    let sent = world.outbox.emails.lock().unwrap().len();
    passkeys.remove(&adele.id, &token(), &id, &meta()).await.unwrap();
    assert!(world.ports.directory.user(&adele.id).await.unwrap().unwrap().registration.passkeys.is_empty());
    assert!(world.outbox.emails.lock().unwrap().len() > sent, "the owner is told of the removal");
}

#[tokio::test]
async fn a_disabled_account_is_not_signed_in_by_its_passkey() {
    let world = FakeWorld::new();
    let adele = world.add_adele(GOOD, &[]).await;
    let passkeys = registered(&world, &adele, b"cred-1").await;
    let mut user = world.ports.directory.user(&adele.id).await.unwrap().unwrap();
    user.enabled = false;
    user.version += 1;
    world.ports.directory.update_user(&user, &[]).await.unwrap();
    let begun = passkeys.begin_sign_in(&meta()).await.unwrap();
    let answer = FakePasskeys::answer(&begun.options, b"cred-1", adele.id.as_str().as_bytes(), "ok", 3);
    let err = passkeys.sign_in(&begun.ceremony, &answer, &meta()).await.unwrap_err();
    assert!(matches!(err, Error::InvalidCredentials));
}

#[tokio::test]
async fn an_account_its_directory_holds_locked_is_not_signed_in_by_its_passkey() {
    let world = FakeWorld::new();
    let adele = world.add_adele(GOOD, &[]).await;
    let passkeys = registered(&world, &adele, b"cred-1").await;
    let mut user = world.ports.directory.user(&adele.id).await.unwrap().unwrap();
    let directory = crate::model::directory::DirectoryId::parse("corp").unwrap();
    let mut synced = crate::model::directory::SyncedFrom::new(directory, chrono::Utc::now());
    synced.locked = true;
    user.synced = Some(synced);
    user.version += 1;
    world.ports.directory.update_user(&user, &[]).await.unwrap();
    let begun = passkeys.begin_sign_in(&meta()).await.unwrap();
    let answer = FakePasskeys::answer(&begun.options, b"cred-1", adele.id.as_str().as_bytes(), "ok", 3);
    let err = passkeys.sign_in(&begun.ceremony, &answer, &meta()).await.unwrap_err();
    assert!(matches!(err, Error::AccountLocked { until: None }), "{err:?}");
}
