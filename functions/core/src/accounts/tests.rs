use chrono::Duration;

use super::*;
use crate::model::audit::{Action, Outcome};
use crate::model::error::Error;
use crate::model::rejection::Rule;
use crate::model::user::{LockoutState, SessionToken};
use crate::model::values::Password;
use crate::ports::Clock;
use crate::testing::FakeWorld;

const GOOD: &str = "marmalade-ferry-71";
const NEWER: &str = "glacier mosaic hum 9";

fn pw(s: &str) -> Password {
    Password::parse(s, "password").unwrap()
}

fn meta() -> RequestMeta {
    RequestMeta { client_ip: Some("198.51.100.7".into()), user_agent: Some("unit-test".into()) }
}

async fn world_with_adele() -> (FakeWorld, Accounts, User) {
    let world = FakeWorld::new();
    let accounts = Accounts::new(world.ports.clone());
    let user = world.add_adele(GOOD, &[]).await;
    (world, accounts, user)
}

#[tokio::test]
async fn correct_password_signs_in_and_is_audited() {
    let (world, accounts, user) = world_with_adele().await;
    let signed = accounts.sign_in("Adele", &pw(GOOD), &meta()).await.unwrap();
    assert_eq!(signed.user.id, user.id);
    assert_eq!(signed.next, None);
    let events = world.audit.events.lock().unwrap();
    let last = events.last().unwrap();
    assert_eq!((last.action, last.outcome), (Action::SignIn, Outcome::Success));
    assert_eq!(last.client_ip.as_deref(), Some("198.51.100.7"));
}

#[tokio::test]
async fn unknown_user_and_wrong_password_cost_one_verification_each() {
    let (world, accounts, _) = world_with_adele().await;
    let before = world.hasher.verifications.load(std::sync::atomic::Ordering::SeqCst);
    let unknown = accounts.sign_in("nobody", &pw(GOOD), &meta()).await.unwrap_err();
    let mid = world.hasher.verifications.load(std::sync::atomic::Ordering::SeqCst);
    let wrong = accounts.sign_in("adele", &pw("not-the-password"), &meta()).await.unwrap_err();
    let after = world.hasher.verifications.load(std::sync::atomic::Ordering::SeqCst);
    assert!(matches!(unknown, Error::InvalidCredentials));
    assert!(matches!(wrong, Error::InvalidCredentials));
    assert_eq!(mid - before, 1);
    assert_eq!(after - mid, 1);
    let events = world.audit.events.lock().unwrap();
    assert!(
        events.iter().any(|e| e.target_name.as_deref() == Some("nobody")
            && e.reason_text().as_deref() == Some("unknown_user"))
    );
}

#[tokio::test]
async fn ten_failures_lock_and_the_lock_doubles() {
    let (world, accounts, _) = world_with_adele().await;
    for _ in 0..10 {
        assert!(matches!(
            accounts.sign_in("adele", &pw("wrong-wrong-wrong"), &meta()).await,
            Err(Error::InvalidCredentials)
        ));
    }
    // Locked: even the right password is refused, and the lock says until when.
    let Err(Error::AccountLocked { until: Some(until) }) =
        accounts.sign_in("adele", &pw(GOOD), &meta()).await
    else {
        panic!("expected a lockout");
    };
    assert_eq!(until - world.clock.now(), Duration::seconds(60));
    world.clock.advance(Duration::seconds(61));
    // The second lockout lasts twice as long.
    for _ in 0..10 {
        let _ = accounts.sign_in("adele", &pw("wrong-wrong-wrong"), &meta()).await;
    }
    let Err(Error::AccountLocked { until: Some(until) }) =
        accounts.sign_in("adele", &pw(GOOD), &meta()).await
    else {
        panic!("expected a second lockout");
    };
    assert_eq!(until - world.clock.now(), Duration::seconds(120));
    world.clock.advance(Duration::seconds(121));
    assert!(accounts.sign_in("adele", &pw(GOOD), &meta()).await.is_ok());
    let lockouts =
        world.audit.events.lock().unwrap().iter().filter(|e| e.action == Action::AccountLockout).count();
    assert_eq!(lockouts, 2);
}

#[tokio::test]
async fn success_clears_the_failure_count() {
    let (world, accounts, user) = world_with_adele().await;
    for _ in 0..9 {
        let _ = accounts.sign_in("adele", &pw("wrong-wrong-wrong"), &meta()).await;
    }
    accounts.sign_in("adele", &pw(GOOD), &meta()).await.unwrap();
    let stored = world.directory.users.lock().unwrap()[&user.id].clone();
    assert_eq!(stored.lockout(), &LockoutState::default());
}

#[tokio::test]
async fn a_disabled_account_answers_like_a_wrong_password_even_to_the_right_one() {
    let (world, accounts, user) = world_with_adele().await;
    world.directory.users.lock().unwrap().get_mut(&user.id).unwrap().enabled = false;
    assert!(matches!(
        accounts.sign_in("adele", &pw("wrong-wrong-wrong"), &meta()).await,
        Err(Error::InvalidCredentials)
    ));
    assert!(matches!(accounts.sign_in("adele", &pw(GOOD), &meta()).await, Err(Error::InvalidCredentials)));
    // The administrator still sees what happened.
    let events = world.audit.events.lock().unwrap();
    let last = events.last().unwrap();
    assert_eq!(
        (last.action, last.outcome, last.reason_text().as_deref()),
        (Action::SignIn, Outcome::Failure, Some("account_disabled"))
    );
    assert_eq!(last.target.as_ref(), Some(&user.id));
}

#[tokio::test]
async fn change_replaces_the_password_and_keeps_history() {
    let (world, accounts, user) = world_with_adele().await;
    accounts
        .change_password(&user.id, &SessionToken::new(1, "t"), &pw(GOOD), &pw(NEWER), &meta())
        .await
        .unwrap();
    assert!(accounts.sign_in("adele", &pw(NEWER), &meta()).await.is_ok());
    assert!(accounts.sign_in("adele", &pw(GOOD), &meta()).await.is_err());
    // Changing back to the previous one is refused by history (default 1 = not the current).
    let err = accounts
        .change_password(&user.id, &SessionToken::new(1, "t"), &pw(NEWER), &pw(NEWER), &meta())
        .await
        .unwrap_err();
    let Error::PasswordRejected(reasons) = err else { panic!("expected a rejection") };
    assert_eq!(reasons.iter().map(|r| r.rule).collect::<Vec<_>>(), vec![Rule::History]);
    let stored = world.directory.users.lock().unwrap()[&user.id].clone();
    assert_eq!(stored.password().unwrap().history.len(), 1);
}

#[tokio::test]
async fn deeper_history_refuses_older_passwords() {
    let (world, accounts, user) = world_with_adele().await;
    let mut settings = crate::testing::test_settings();
    settings.password.history = 3;
    *world.directory.settings.lock().unwrap() = Some(settings);
    accounts
        .change_password(&user.id, &SessionToken::new(1, "t"), &pw(GOOD), &pw(NEWER), &meta())
        .await
        .unwrap();
    let err = accounts
        .change_password(&user.id, &SessionToken::new(1, "t"), &pw(NEWER), &pw(GOOD), &meta())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::PasswordRejected(ref r) if r[0].rule == Rule::History), "{err:?}");
}

#[tokio::test]
async fn change_lists_every_broken_rule_and_audits_only_rule_names() {
    let (world, accounts, user) = world_with_adele().await;
    let err = accounts
        .change_password(&user.id, &SessionToken::new(1, "t"), &pw(GOOD), &pw("adele1"), &meta())
        .await
        .unwrap_err();
    let Error::PasswordRejected(reasons) = err else { panic!() };
    let rules: Vec<Rule> = reasons.iter().map(|r| r.rule).collect();
    assert!(rules.contains(&Rule::MinLength) && rules.contains(&Rule::Banned), "{rules:?}");
    let events = world.audit.events.lock().unwrap();
    let last = events.last().unwrap();
    assert_eq!((last.action, last.outcome), (Action::PasswordChange, Outcome::Failure));
    assert_eq!(last.reason_text().as_deref(), Some("min_length,banned"));
}

#[tokio::test]
async fn wrong_current_password_counts_toward_lockout() {
    let (world, accounts, user) = world_with_adele().await;
    let err = accounts
        .change_password(&user.id, &SessionToken::new(1, "t"), &pw("wrong-wrong-wrong"), &pw(NEWER), &meta())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidCredentials));
    // Nine more wrong sign-ins make ten failures: the next try is refused, right password or not.
    for _ in 0..9 {
        let _ = accounts.sign_in("adele", &pw("wrong-wrong-wrong"), &meta()).await;
    }
    assert!(matches!(accounts.sign_in("adele", &pw(GOOD), &meta()).await, Err(Error::AccountLocked { .. })));
    let _ = world;
}

#[tokio::test]
async fn a_revoked_token_cannot_change_the_password() {
    let (_world, accounts, user) = world_with_adele().await;
    let err = accounts
        .change_password(&user.id, &SessionToken::new(7, "t"), &pw(GOOD), &pw(NEWER), &meta())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Unauthenticated));
}

#[tokio::test]
async fn expired_passwords_lead_to_a_change() {
    let (world, accounts, _) = world_with_adele().await;
    let mut settings = crate::testing::test_settings();
    settings.password.max_age_days = Some(90);
    *world.directory.settings.lock().unwrap() = Some(settings);
    assert_eq!(accounts.sign_in("adele", &pw(GOOD), &meta()).await.unwrap().next, None);
    world.clock.advance(Duration::days(91));
    assert_eq!(
        accounts.sign_in("adele", &pw(GOOD), &meta()).await.unwrap().next,
        Some(NextStep::ChangePassword)
    );
}

#[tokio::test]
async fn no_event_ever_holds_a_password() {
    let (world, accounts, user) = world_with_adele().await;
    let _ = accounts.sign_in("adele", &pw("Secret-Guess-123"), &meta()).await;
    let _ = accounts
        .change_password(&user.id, &SessionToken::new(1, "t"), &pw(GOOD), &pw("Password1234"), &meta())
        .await;
    accounts
        .change_password(&user.id, &SessionToken::new(1, "t"), &pw(GOOD), &pw(NEWER), &meta())
        .await
        .unwrap();
    let dump = format!("{:?}", world.audit.events.lock().unwrap());
    for secret in [GOOD, NEWER, "Secret-Guess-123", "Password1234", "$fake$"] {
        assert!(!dump.contains(secret), "audit trail leaks {secret}");
    }
}

#[tokio::test]
async fn a_lost_write_race_is_retried_without_hashing_again() {
    let (world, accounts, _) = world_with_adele().await;
    world.directory.conflicts_to_inject.store(2, std::sync::atomic::Ordering::SeqCst);
    let before = world.hasher.verifications.load(std::sync::atomic::Ordering::SeqCst);
    accounts.sign_in("adele", &pw(GOOD), &meta()).await.unwrap();
    let after = world.hasher.verifications.load(std::sync::atomic::Ordering::SeqCst);
    assert_eq!(after - before, 1);
}

#[tokio::test]
async fn endless_contention_gives_up_with_a_retryable_error() {
    let (world, accounts, _) = world_with_adele().await;
    world.directory.conflicts_to_inject.store(100, std::sync::atomic::Ordering::SeqCst);
    let err = accounts.sign_in("adele", &pw(GOOD), &meta()).await.unwrap_err();
    assert!(matches!(err, Error::Contention), "{err:?}");
}

#[tokio::test]
async fn a_password_found_breached_at_sign_in_leads_only_to_a_change_and_the_owner_is_told_once() {
    let (world, accounts, user) = world_with_adele().await;
    world.breaches.add(GOOD, 1_000);
    let signed = accounts.sign_in("adele", &pw(GOOD), &meta()).await.unwrap();
    assert_eq!(signed.next, Some(NextStep::ChangePassword), "known compromised: a change first");
    assert!(
        world.directory.users.lock().unwrap()[&user.id].must_change_password,
        "kept for the next sign-in"
    );
    let told = world.outbox.emails.lock().unwrap().len();
    assert!(told >= 1, "the owner is told");
    let again = accounts.sign_in("adele", &pw(GOOD), &meta()).await.unwrap();
    assert_eq!(again.next, Some(NextStep::ChangePassword));
    assert_eq!(world.outbox.emails.lock().unwrap().len(), told, "told once, not at every sign-in");
    assert!(world.audit.events.lock().unwrap().iter().any(|e| e.action == Action::BreachedPasswordFound
        && e.reason_text().as_deref() == Some("enforced,at_sign_in,corpus")));
}

#[tokio::test]
async fn in_audit_mode_a_breached_password_at_sign_in_is_recorded_and_the_sign_in_goes_on() {
    let (world, accounts, _) = world_with_adele().await;
    world.breaches.add(GOOD, 1_000);
    let mut settings = world.ports.directory.settings().await.unwrap();
    settings.password.breached.at_sign_in = crate::model::breach::BreachMode::Audit;
    *world.directory.settings.lock().unwrap() = Some(settings);
    let signed = accounts.sign_in("adele", &pw(GOOD), &meta()).await.unwrap();
    assert_eq!(signed.next, None);
    assert!(world.audit.events.lock().unwrap().iter().any(|e| e.action == Action::BreachedPasswordFound
        && e.reason_text().as_deref() == Some("audit_only,at_sign_in,corpus")));
}
