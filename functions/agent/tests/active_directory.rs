//! The agent against a real Active Directory stand-in: Samba AD DC on
//! 127.0.0.2, over LDAPS with its own CA, started by this test from a cached
//! provisioned snapshot (`infra/scripts/samba-dc.sh`). One test, because
//! Samba's ports are fixed: two at once could not both listen.

use chrono::{Duration, Utc};
use latchkey_agent::testing::{AD_ADMINISTRATOR, AD_OLD, Samba};
use latchkey_agent::{Directory, DirectoryError, Refusal, Worker};
use latchkey_writeback::{AgentKeys, Job, JobId, Operation, Outcome, Verdict};
use secrecy::SecretString;

fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

fn set_password(keys: &AgentKeys, id: &str, username: &str, password: &str) -> Job {
    let id = JobId(id.into());
    let password = keys.public().seal(&id, &secret(password));
    Job {
        id,
        issued_at: Utc::now(),
        expires_at: Utc::now() + Duration::seconds(120),
        operation: Operation::SetPassword { username: username.into(), password, must_change: false },
    }
}

#[tokio::test]
async fn samba_ad_takes_passwords_unlocks_must_change_and_sync_over_ldaps() {
    let samba = Samba::start();
    let ad = Directory::new(samba.config()).unwrap();
    ad.check().await.unwrap();

    // A reset: the new password binds, the old does not.
    ad.set_password("adele", &secret("Glacier-Mosaic-94"), false).await.unwrap();
    assert!(ad.binds("adele", &secret("Glacier-Mosaic-94")).await.unwrap());
    assert!(!ad.binds("adele", &secret(AD_OLD)).await.unwrap());

    // The domain's own rules, in plain words; nothing changes.
    let err = ad.set_password("adele", &secret("Sh0rt!"), false).await.unwrap_err();
    assert!(matches!(err, DirectoryError::Refused(Refusal::TooShort)), "{err:?}");
    let err = ad.set_password("adele", &secret("alllowercaselongpassword"), false).await.unwrap_err();
    assert!(matches!(err, DirectoryError::Refused(Refusal::Complexity)), "{err:?}");
    assert!(ad.binds("adele", &secret("Glacier-Mosaic-94")).await.unwrap(), "unchanged");

    // An administrator's temporary password: must change at the next sign-in.
    ad.set_password("adele", &secret("Temporary-Pass-77"), true).await.unwrap();
    // pwdLastSet 0: the directory takes the password only to change it (AD's "data 773").
    assert!(!ad.binds("adele", &secret("Temporary-Pass-77")).await.unwrap(), "must change first");
    let users = ad.users().await.unwrap();
    let adele = users.iter().find(|u| u.username == "adele").expect("adele");
    assert_eq!(adele.mail.as_deref(), Some("adele@example.test"));
    assert_eq!(adele.telephone.as_deref(), Some("+14255550199"));
    assert_eq!(adele.first_name.as_deref(), Some("Adele"));
    assert!(adele.groups.contains("Sales"), "{:?}", adele.groups);
    assert!(adele.enabled && !adele.locked);
    assert!(users.iter().any(|u| u.username == "alex"));
    ad.set_password("adele", &secret("Harbour-Kestrel-91"), false).await.unwrap();

    // Three wrong passwords lock the account; unlock clears lockoutTime.
    for _ in 0..3 {
        assert!(!ad.binds("adele", &secret("not-the-password")).await.unwrap());
    }
    assert!(!ad.binds("adele", &secret("Harbour-Kestrel-91")).await.unwrap(), "locked");
    assert!(ad.users().await.unwrap().iter().find(|u| u.username == "adele").unwrap().locked);
    ad.unlock("adele").await.unwrap();
    assert!(ad.binds("adele", &secret("Harbour-Kestrel-91")).await.unwrap(), "unlocked, password kept");

    let err = ad.set_password("nobody", &secret("Glacier-Mosaic-94"), false).await.unwrap_err();
    assert!(matches!(err, DirectoryError::UserNotFound { .. }), "{err:?}");

    pass_through_and_stamps(&samba, &ad).await;
    protected_accounts_and_policies(&samba, &ad).await;

    // Without the directory's CA the agent refuses the connection.
    let mut untrusted = samba.config();
    untrusted.ca_bundle = None;
    let err = Directory::new(untrusted).unwrap().check().await.unwrap_err();
    assert!(matches!(err, DirectoryError::Unreachable { .. }), "{err:?}");
}

/// Verification verdicts as Samba answers binds, and the change stamps a
/// job, a sync and an administrator's change agree on.
#[expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a step of the Samba test: a failure fails the test there"
)]
async fn pass_through_and_stamps(samba: &Samba, ad: &Directory) {
    // Pass-through verification, as Samba answers a bind: data 52e (wrong,
    // and unknown users too), 773 (must change), 775 (locked), 533 (disabled).
    let verify = |user: &'static str, password: &'static str| async move {
        ad.verify(user, &secret(password)).await.unwrap()
    };
    assert_eq!(verify("adele", "Harbour-Kestrel-91").await, Verdict::Accepted { must_change: false });
    assert_eq!(verify("adele", "not-the-password").await, Verdict::Wrong);
    assert_eq!(verify("nobody", "not-the-password").await, Verdict::Wrong);
    ad.set_password("adele", &secret("Temporary-Pass-78"), true).await.unwrap();
    assert_eq!(verify("adele", "Temporary-Pass-78").await, Verdict::Accepted { must_change: true });
    let must_change = ad.users().await.unwrap().into_iter().find(|u| u.username == "adele").unwrap();
    assert_eq!(
        (must_change.password_changed.as_deref(), must_change.password_changed_at),
        (Some("0"), None),
        "pwdLastSet 0: must change, no time"
    );

    // A job's Applied carries pwdLastSet, as sync then reads it.
    let worker = Worker::new(samba.directory(), AgentKeys::generate());
    let outcome =
        worker.apply(&set_password(worker.keys(), "job-1", "adele", "Quiet-Lantern-58"), Utc::now()).await;
    let Outcome::Applied { password_changed: Some(stamp) } = outcome.outcome else { panic!("{outcome:?}") };
    let adele = ad.users().await.unwrap().into_iter().find(|u| u.username == "adele").unwrap();
    assert_eq!(adele.password_changed.as_deref(), Some(stamp.as_str()));
    let changed_at = adele.password_changed_at.expect("a FILETIME");
    assert!((Utc::now() - changed_at).num_seconds().abs() < 60, "{changed_at}");
    // The domain's maxPwdAge is 42 days.
    assert_eq!(adele.password_expires_at.map(|at| (at - changed_at).num_days()), Some(42));
    assert!(!adele.protected && adele.policy.is_none() && adele.locked_since.is_none());

    // An administrator's change behind Latchkey's back moves the stamp.
    samba.setpassword("adele", "Copper-Falcon-36");
    let moved = ad.users().await.unwrap().into_iter().find(|u| u.username == "adele").unwrap();
    assert!(moved.password_changed.is_some() && moved.password_changed.as_deref() != Some(stamp.as_str()));
    assert_eq!(verify("adele", "Copper-Falcon-36").await, Verdict::Accepted { must_change: false });

    // Three wrong passwords lock (the third still answers 52e); then every bind answers 775.
    for _ in 0..3 {
        assert_eq!(verify("adele", "not-the-password").await, Verdict::Wrong);
    }
    assert_eq!(verify("adele", "Copper-Falcon-36").await, Verdict::Locked, "even the right one");
    assert_eq!(verify("adele", "not-the-password").await, Verdict::Locked);
    let locked = ad.users().await.unwrap().into_iter().find(|u| u.username == "adele").unwrap();
    assert!(
        locked.locked && locked.locked_since.is_some_and(|at| (Utc::now() - at).num_seconds().abs() < 60)
    );
    ad.unlock("adele").await.unwrap();
    samba.disable("alex");
    assert_eq!(verify("alex", "Alex-Passw0rd-1").await, Verdict::Disabled);
}

/// Protected accounts are refused; the domain's policy is read.
#[expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a step of the Samba test: a failure fails the test there"
)]
async fn protected_accounts_and_policies(samba: &Samba, ad: &Directory) {
    // Administrator (adminCount=1, Domain Admins) and the agent's own account are protected.
    let worker = Worker::new(samba.directory(), AgentKeys::generate());
    let users = ad.users().await.unwrap();
    let protected = |name: &str| users.iter().find(|u| u.username == name).unwrap().protected;
    assert!(protected(AD_ADMINISTRATOR) && protected("latchkey"));
    assert!(!protected("adele") && !protected("alex"));
    let outcome = worker
        .apply(&set_password(worker.keys(), "job-2", AD_ADMINISTRATOR, "Glacier-Mosaic-94"), Utc::now())
        .await;
    assert_eq!(outcome.outcome, Outcome::Protected);
    let outcome = worker
        .apply(&set_password(worker.keys(), "job-3", "latchkey", "Glacier-Mosaic-94"), Utc::now())
        .await;
    assert_eq!(outcome.outcome, Outcome::Protected, "the agent's own account");
    // adminCount alone, without the default groups.
    let mut by_admin_count = samba.config();
    by_admin_count.protection.groups.clear();
    let worker = Worker::new(Directory::new(by_admin_count).unwrap(), AgentKeys::generate());
    let outcome = worker
        .apply(&set_password(worker.keys(), "job-4", AD_ADMINISTRATOR, "Glacier-Mosaic-94"), Utc::now())
        .await;
    assert_eq!(outcome.outcome, Outcome::Protected);

    // The domain's password policy.
    let policies = ad.policies().await.unwrap();
    let domain = policies.default.expect("the domain's policy");
    assert_eq!((domain.min_length, domain.complexity, domain.history), (7, true, 24));
    assert_eq!((domain.min_age_seconds, domain.max_age_seconds), (0, Some(42 * 86_400)));

    // StartTLS on 389 serves as well as LDAPS.
    let mut starttls = samba.config();
    starttls.url = "ldap://127.0.0.2:389".into();
    starttls.transport = latchkey_agent::Transport::StartTls;
    Directory::new(starttls).unwrap().check().await.unwrap();
}
