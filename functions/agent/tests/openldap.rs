//! The agent against a real OpenLDAP (slapd with the ppolicy overlay), started by each test on its own port from a fresh database.
//! Needs Debian's `slapd` package (`infra/test.sh` installs it).

use latchkey_agent::testing::{ADELE, AGENT_DN, AGENT_SECRET, OLD, SUFFIX, Slapd, free_port};
use latchkey_agent::{Directory, DirectoryError, Refusal};
use ldap3::LdapConnAsync;
use secrecy::SecretString;

fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

#[tokio::test]
async fn after_a_reset_the_user_binds_with_the_new_password_and_not_the_old() {
    let slapd = Slapd::start();
    let directory = slapd.directory();
    directory.check().await.unwrap();
    directory.set_password("adele", &secret("Glacier-Mosaic-94"), false).await.unwrap();
    assert!(slapd.binds(ADELE, "Glacier-Mosaic-94").await);
    assert!(!slapd.binds(ADELE, OLD).await);
    assert_eq!(slapd.attribute(ADELE, "pwdReset").await, None, "the user chose it: no must-change");

    // An administrator's temporary password must be changed at the next directory sign-in.
    directory.set_password("adele", &secret("Temporary-Pass-77"), true).await.unwrap();
    assert_eq!(slapd.attribute(ADELE, "pwdReset").await.as_deref(), Some("TRUE"));
    // A later self-service reset clears it again.
    directory.set_password("adele", &secret("Harbour-Kestrel-91"), false).await.unwrap();
    assert_eq!(slapd.attribute(ADELE, "pwdReset").await, None);
}

#[tokio::test]
async fn the_directorys_own_policy_refusals_come_back_in_plain_words_and_change_nothing() {
    let slapd = Slapd::start();
    let directory = slapd.directory();
    let refused = directory.set_password("adele", &secret("short-1"), false).await.unwrap_err();
    assert!(matches!(refused, DirectoryError::Refused(Refusal::TooShort)), "{refused:?}");
    assert!(slapd.binds(ADELE, OLD).await, "unchanged");

    let refused = directory.set_password("adele", &secret(OLD), false).await.unwrap_err();
    assert!(matches!(refused, DirectoryError::Refused(Refusal::InHistory)), "{refused:?}");
    let DirectoryError::Refused(refusal) = refused else { unreachable!() };
    assert!(refusal.message().contains("remembers this password"));
    assert!(!refusal.message().contains(OLD) && !format!("{refusal:?}").contains(OLD));
    assert!(slapd.binds(ADELE, OLD).await, "unchanged");
}

#[tokio::test]
async fn unlock_clears_the_directorys_lock_and_the_bind_works_again() {
    let slapd = Slapd::start();
    for _ in 0..3 {
        assert!(!slapd.binds(ADELE, "not-the-password").await);
    }
    assert!(slapd.attribute(ADELE, "pwdAccountLockedTime").await.is_some(), "ppolicy locked the account");
    assert!(!slapd.binds(ADELE, OLD).await, "locked: even the right password fails");
    let users = slapd.directory().users().await.unwrap();
    assert!(users.iter().find(|u| u.username == "adele").unwrap().locked, "sync sees the lock");

    slapd.directory().unlock("adele").await.unwrap();
    assert_eq!(slapd.attribute(ADELE, "pwdAccountLockedTime").await, None);
    assert!(slapd.binds(ADELE, OLD).await, "the password stays, and works");
}

#[tokio::test]
async fn sync_reads_each_users_names_contacts_groups_and_state() {
    let slapd = Slapd::start();
    let mut users = slapd.directory().users().await.unwrap();
    users.sort_by(|a, b| a.username.cmp(&b.username));
    let names: Vec<&str> = users.iter().map(|u| u.username.as_str()).collect();
    assert_eq!(names, ["adele", "alex"], "people only, not the service account");
    let adele = &users[0];
    assert_eq!(adele.dn, ADELE);
    assert_eq!(adele.first_name.as_deref(), Some("Adele"));
    assert_eq!(adele.last_name.as_deref(), Some("Vance"));
    assert_eq!(adele.display_name.as_deref(), Some("Adele Vance"));
    assert_eq!(adele.mail.as_deref(), Some("adele@example.test"));
    assert_eq!(adele.mobile.as_deref(), Some("+14255550101"));
    assert_eq!(adele.telephone.as_deref(), Some("+14255550199"));
    assert_eq!(adele.groups.iter().map(String::as_str).collect::<Vec<_>>(), ["Sales"]);
    assert!(adele.enabled && !adele.locked);
    assert!(users[1].groups.is_empty());
}

#[tokio::test]
async fn unknown_users_bad_credentials_and_a_directory_that_is_down_are_told_apart() {
    let slapd = Slapd::start();
    let err =
        slapd.directory().set_password("nobody", &secret("Glacier-Mosaic-94"), false).await.unwrap_err();
    assert!(matches!(err, DirectoryError::UserNotFound { .. }), "{err:?}");
    // A filter-shaped username matches nothing rather than everyone.
    let err = slapd.directory().unlock("*").await.unwrap_err();
    assert!(matches!(err, DirectoryError::UserNotFound { .. }), "{err:?}");

    let mut wrong = slapd.config();
    wrong.bind_secret = secret("not-the-agent-secret");
    let err = Directory::new(wrong).unwrap().check().await.unwrap_err();
    assert!(matches!(err, DirectoryError::ServiceAccount { .. }), "{err:?}");
    assert!(!err.to_string().contains("not-the-agent-secret"));

    let mut down = slapd.config();
    down.url = format!("ldap://127.0.0.1:{}", free_port());
    let err = Directory::new(down)
        .unwrap()
        .set_password("adele", &secret("Glacier-Mosaic-94"), false)
        .await
        .unwrap_err();
    assert!(matches!(err, DirectoryError::Unreachable { .. }), "{err:?}");
    assert!(slapd.binds(ADELE, OLD).await, "nothing changed");
}

mod jobs {
    use chrono::{Duration, Utc};
    use latchkey_agent::Worker;
    use latchkey_writeback::{AgentKeys, Job, JobId, Operation, Outcome, Refusal};
    use secrecy::SecretString;

    use super::{ADELE, OLD, Slapd};

    fn set_password(keys: &latchkey_writeback::AgentPublicKey, id: &str, password: &str, ttl: i64) -> Job {
        let id = JobId(id.into());
        let sealed = keys.seal(&id, &SecretString::from(password.to_owned()));
        let now = Utc::now();
        Job {
            id,
            issued_at: now,
            expires_at: now + Duration::seconds(ttl),
            operation: Operation::SetPassword {
                username: "adele".into(),
                password: sealed,
                must_change: false,
            },
        }
    }

    #[tokio::test]
    async fn a_sealed_job_is_applied_once_and_its_refusal_comes_back() {
        let slapd = Slapd::start();
        let worker = Worker::new(slapd.directory(), AgentKeys::generate());
        let public = worker.keys().public();

        let first = set_password(&public, "job-1", "Glacier-Mosaic-94", 120);
        assert!(matches!(worker.apply(&first, Utc::now()).await.outcome, Outcome::Applied { .. }));
        assert!(slapd.binds(ADELE, "Glacier-Mosaic-94").await && !slapd.binds(ADELE, OLD).await);

        let second = set_password(&public, "job-2", "Harbour-Kestrel-91", 120);
        assert!(matches!(worker.apply(&second, Utc::now()).await.outcome, Outcome::Applied { .. }));
        // The queue hands job 1 over again: answered as before, not re-applied.
        assert!(matches!(worker.apply(&first, Utc::now()).await.outcome, Outcome::Applied { .. }));
        assert!(slapd.binds(ADELE, "Harbour-Kestrel-91").await, "job 1 did not run twice");

        let weak = set_password(&public, "job-3", "short-1", 120);
        assert_eq!(
            worker.apply(&weak, Utc::now()).await.outcome,
            Outcome::Refused { refusal: Refusal::TooShort }
        );
        assert!(slapd.binds(ADELE, "Harbour-Kestrel-91").await, "unchanged");
    }

    #[tokio::test]
    async fn expired_jobs_and_jobs_sealed_to_another_agent_change_nothing() {
        let slapd = Slapd::start();
        let worker = Worker::new(slapd.directory(), AgentKeys::generate());
        let late = set_password(&worker.keys().public(), "job-late", "Glacier-Mosaic-94", 120);
        let outcome = worker.apply(&late, Utc::now() + Duration::seconds(121)).await.outcome;
        assert_eq!(outcome, Outcome::Expired);

        let stranger = AgentKeys::generate().public();
        let foreign = set_password(&stranger, "job-foreign", "Glacier-Mosaic-94", 120);
        let Outcome::Failed { detail } = worker.apply(&foreign, Utc::now()).await.outcome else {
            panic!("a password sealed to another agent must not open")
        };
        assert!(!detail.contains("Glacier"), "{detail}");
        assert!(slapd.binds(ADELE, OLD).await, "nothing changed");

        let unlock = Job {
            id: JobId("job-unlock".into()),
            issued_at: Utc::now(),
            expires_at: Utc::now() + Duration::seconds(120),
            operation: Operation::Unlock { username: "nobody".into() },
        };
        assert_eq!(worker.apply(&unlock, Utc::now()).await.outcome, Outcome::UserNotFound);
    }

    #[tokio::test]
    async fn a_directory_that_is_down_is_reported_and_the_job_may_be_tried_again() {
        let slapd = Slapd::start();
        let mut down = slapd.config();
        down.url = format!("ldap://127.0.0.1:{}", super::free_port());
        let keys = AgentKeys::generate();
        let job = set_password(&keys.public(), "job-down", "Glacier-Mosaic-94", 120);
        let text = keys.private_text();
        let worker = Worker::new(latchkey_agent::Directory::new(down).unwrap(), keys);
        assert_eq!(worker.apply(&job, Utc::now()).await.outcome, Outcome::DirectoryDown);
        // The same agent (same key) with the directory back applies the redelivery.
        use secrecy::ExposeSecret;
        let keys = AgentKeys::from_private_text(text.expose_secret()).unwrap();
        let worker = Worker::new(slapd.directory(), keys);
        assert!(matches!(worker.apply(&job, Utc::now()).await.outcome, Outcome::Applied { .. }));
        assert!(slapd.binds(ADELE, "Glacier-Mosaic-94").await);
    }
}

#[tokio::test]
async fn sync_reports_created_then_updated_and_removed_users() {
    use std::process::Command;
    let slapd = Slapd::start();
    let state = slapd.dir.join("sync-state.json");
    let run = || {
        let out = Command::new(env!("CARGO_BIN_EXE_latchkey-agent"))
            .args(["sync", &state.to_string_lossy()])
            .envs(slapd.env())
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice::<latchkey_writeback::sync::SyncChanges>(&out.stdout).unwrap()
    };
    let first = run();
    let created: Vec<&str> = first.created.iter().map(|u| u.username.as_str()).collect();
    assert_eq!(created, ["adele", "alex"]);
    assert!(run().is_empty(), "nothing changed");

    let (conn, mut ldap) = LdapConnAsync::new(&slapd.url).await.unwrap();
    ldap3::drive!(conn);
    ldap.simple_bind(AGENT_DN, AGENT_SECRET).await.unwrap().success().unwrap();
    let mail = ldap3::Mod::Replace("mail", std::collections::HashSet::from(["adele.vance@example.test"]));
    ldap.modify(ADELE, vec![mail]).await.unwrap().success().unwrap();
    ldap.delete(&format!("uid=alex,ou=people,{SUFFIX}")).await.unwrap().success().unwrap();
    let changes = run();
    assert_eq!(changes.updated.len(), 1);
    assert_eq!(changes.updated[0].mail.as_deref(), Some("adele.vance@example.test"));
    assert_eq!(changes.removed, ["alex"]);
    assert!(changes.created.is_empty());
}

mod verify {
    use latchkey_agent::testing::{ADELE, OLD, Slapd};
    use latchkey_writeback::Verdict;

    use super::secret;

    #[tokio::test]
    async fn a_bind_as_the_user_tells_right_wrong_unknown_locked_and_must_change() {
        let slapd = Slapd::start();
        let directory = slapd.directory();
        let verify = |user: &'static str, password: &'static str| {
            let directory = &directory;
            async move { directory.verify(user, &secret(password)).await.unwrap() }
        };
        assert_eq!(verify("adele", OLD).await, Verdict::Accepted { must_change: false });
        assert_eq!(verify("adele", "not-the-password").await, Verdict::Wrong);
        assert_eq!(verify("nobody", OLD).await, Verdict::Wrong, "unknown is the same answer");
        assert_eq!(verify("adele", "").await, Verdict::Wrong, "an empty password is no proof");

        // An administrator's temporary password: right, but to be changed first.
        directory.set_password("adele", &secret("Temporary-Pass-77"), true).await.unwrap();
        assert_eq!(verify("adele", "Temporary-Pass-77").await, Verdict::Accepted { must_change: true });
        directory.set_password("adele", &secret("Harbour-Kestrel-91"), false).await.unwrap();
        assert_eq!(verify("adele", "Harbour-Kestrel-91").await, Verdict::Accepted { must_change: false });

        // pwdMaxFailure is 3: one wrong was counted above, before the password changed.
        for _ in 0..3 {
            assert_eq!(verify("adele", "not-the-password").await, Verdict::Wrong);
        }
        assert!(slapd.attribute(ADELE, "pwdAccountLockedTime").await.is_some());
        assert_eq!(verify("adele", "Harbour-Kestrel-91").await, Verdict::Locked, "even the right password");
        assert_eq!(verify("adele", "not-the-password").await, Verdict::Locked);
    }
}

mod stamps {
    use latchkey_agent::testing::{ADELE, SUFFIX, Slapd};
    use latchkey_writeback::sync::SyncedUser;

    use super::secret;

    #[expect(clippy::unwrap_used, reason = "a test helper: a failure fails the test there")]
    async fn adele(slapd: &Slapd) -> SyncedUser {
        let users = slapd.directory().users().await.unwrap();
        users.into_iter().find(|u| u.username == "adele").unwrap()
    }

    #[tokio::test]
    async fn a_write_a_sync_and_an_administrators_change_agree_on_the_stamp() {
        let slapd = Slapd::start();
        assert_eq!(adele(&slapd).await.password_changed, None, "loaded offline: no change yet");
        let worker =
            latchkey_agent::Worker::new(slapd.directory(), latchkey_writeback::AgentKeys::generate());
        let id = latchkey_writeback::JobId("job-stamp".into());
        let password = worker.keys().public().seal(&id, &secret("Glacier-Mosaic-94"));
        let job = latchkey_writeback::Job {
            id,
            issued_at: chrono::Utc::now(),
            expires_at: chrono::Utc::now() + chrono::Duration::seconds(120),
            operation: latchkey_writeback::Operation::SetPassword {
                username: "adele".into(),
                password,
                must_change: false,
            },
        };
        let latchkey_writeback::Outcome::Applied { password_changed: written } =
            worker.apply(&job, chrono::Utc::now()).await.outcome
        else {
            panic!("applied")
        };
        let synced = adele(&slapd).await;
        assert!(written.is_some());
        assert_eq!(synced.password_changed, written, "the same attribute, the same text");
        let at = synced.password_changed_at.expect("a time");
        assert!((chrono::Utc::now() - at).num_seconds().abs() < 60, "{at}");
        assert_eq!(synced.password_expires_at, None, "the default policy has no pwdMaxAge");

        // The policy gains a maximum age: the expiry follows the change.
        slapd.set(&format!("cn=default,ou=policies,{SUFFIX}"), "pwdMaxAge", "86400").await;
        let synced = adele(&slapd).await;
        assert_eq!(synced.password_expires_at, Some(at + chrono::Duration::days(1)));

        // Behind Latchkey's back: the stamp moves.
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
        slapd.ldappasswd(ADELE, "Quiet-Lantern-58").await;
        assert!(slapd.binds(ADELE, "Quiet-Lantern-58").await);
        let moved = adele(&slapd).await;
        assert!(moved.password_changed.is_some() && moved.password_changed != written, "{moved:?}");

        // A lock has a start.
        for _ in 0..3 {
            assert!(!slapd.binds(ADELE, "not-the-password").await);
        }
        let locked = adele(&slapd).await;
        assert!(locked.locked);
        let since = locked.locked_since.expect("pwdAccountLockedTime");
        assert!((chrono::Utc::now() - since).num_seconds().abs() < 60, "{since}");
    }

    #[tokio::test]
    async fn the_password_policies_are_read_and_a_users_own_is_named() {
        let slapd = Slapd::start();
        let policies = slapd.directory().policies().await.unwrap();
        let default = policies.default.clone().expect("cn=default");
        assert_eq!((default.min_length, default.history, default.complexity), (10, 3, false));
        assert_eq!((default.min_age_seconds, default.max_age_seconds), (0, None));
        assert!(policies.named.is_empty(), "{policies:?}");

        // A stricter policy for adele.
        let strict = format!("cn=strict,ou=policies,{SUFFIX}");
        slapd
            .add(
                &strict,
                &[
                    ("objectClass", &["device", "pwdPolicy"]),
                    ("cn", &["strict"]),
                    ("pwdAttribute", &["userPassword"]),
                    ("pwdMinLength", &["16"]),
                    ("pwdMaxAge", &["3600"]),
                    ("pwdMinAge", &["60"]),
                ],
            )
            .await;
        slapd.set(ADELE, "pwdPolicySubentry", &strict).await;
        let policies = slapd.directory().policies().await.unwrap();
        assert_eq!(policies.default, Some(default), "cn=default stays the default");
        let named = &policies.named[&strict];
        assert_eq!((named.min_length, named.min_age_seconds, named.max_age_seconds), (16, 60, Some(3600)));
        let users = slapd.directory().users().await.unwrap();
        let policy = |name: &str| users.iter().find(|u| u.username == name).unwrap().policy.clone();
        assert_eq!(policy("adele"), Some(strict));
        assert_eq!(policy("alex"), None, "the default");

        // Named explicitly, another entry is the default.
        let config = slapd
            .config_with(&[(
                "LATCHKEY_AGENT_PPOLICY_DEFAULT_DN",
                "CN=strict, ou=policies,dc=example,dc=test",
            )])
            .unwrap();
        let policies = latchkey_agent::Directory::new(config).unwrap().policies().await.unwrap();
        assert_eq!(policies.default.map(|p| p.min_length), Some(16));
        assert!(policies.named.contains_key(&format!("cn=default,ou=policies,{SUFFIX}")));
    }
}

mod protected {
    use chrono::{Duration, Utc};
    use latchkey_agent::testing::{ROOT_ADMIN, ROOT_ADMIN_PASSWORD, Slapd};
    use latchkey_agent::{Directory, Worker};
    use latchkey_writeback::{AgentKeys, Job, JobId, Operation, Outcome};
    use secrecy::SecretString;

    fn job(keys: &AgentKeys, id: &str, operation: impl FnOnce(&JobId) -> Operation) -> Job {
        let id = JobId(id.into());
        let operation = operation(&id);
        let _ = keys;
        Job { id, issued_at: Utc::now(), expires_at: Utc::now() + Duration::seconds(120), operation }
    }

    fn set(keys: &AgentKeys, id: &str, username: &str, password: &str) -> Job {
        let public = keys.public();
        job(keys, id, |id| Operation::SetPassword {
            username: username.into(),
            password: public.seal(id, &SecretString::from(password.to_owned())),
            must_change: false,
        })
    }

    #[tokio::test]
    async fn a_protected_groups_member_keeps_their_password_unless_the_organisation_opted_in() {
        let slapd = Slapd::start_with_admins();
        let keys = AgentKeys::generate();
        let text = keys.private_text();
        let worker = Worker::new(Directory::new(slapd.protected_config()).unwrap(), keys);
        let keys = worker.keys();
        let outcome =
            worker.apply(&set(keys, "job-admin", "root-admin", "Glacier-Mosaic-94"), Utc::now()).await;
        assert_eq!(outcome.outcome, Outcome::Protected);
        assert!(slapd.binds(ROOT_ADMIN, ROOT_ADMIN_PASSWORD).await, "unchanged");
        // Others are written as before; an unlock is not refused.
        let outcome = worker.apply(&set(keys, "job-adele", "adele", "Glacier-Mosaic-94"), Utc::now()).await;
        assert!(matches!(outcome.outcome, Outcome::Applied { password_changed: Some(_) }), "{outcome:?}");
        let unlock = job(keys, "job-unlock", |_| Operation::Unlock { username: "root-admin".into() });
        assert_eq!(
            worker.apply(&unlock, Utc::now()).await.outcome,
            Outcome::Applied { password_changed: None }
        );

        // Sync says who is protected.
        let users = slapd.directory_with(slapd.protected_config()).users().await.unwrap();
        let protected = |name: &str| users.iter().find(|u| u.username == name).unwrap().protected;
        assert!(protected("root-admin") && !protected("adele") && !protected("alex"));
        let users = slapd.directory().users().await.unwrap();
        assert!(users.iter().all(|u| !u.protected), "OpenLDAP protects no group by default");

        // The organisation's written opt-in.
        let opted_in = slapd
            .config_with(&[
                ("LATCHKEY_AGENT_PROTECTED_GROUPS", "cn=LDAP Admins,ou=groups,dc=example,dc=test"),
                ("LATCHKEY_AGENT_WRITE_PROTECTED_ACCOUNTS", latchkey_agent::config::WRITE_PROTECTED_OPT_IN),
            ])
            .unwrap();
        let keys = AgentKeys::from_private_text(secrecy::ExposeSecret::expose_secret(&text)).unwrap();
        let worker = Worker::new(Directory::new(opted_in).unwrap(), keys);
        let outcome = worker
            .apply(&set(worker.keys(), "job-admin-2", "root-admin", "Glacier-Mosaic-94"), Utc::now())
            .await;
        assert!(matches!(outcome.outcome, Outcome::Applied { .. }), "{outcome:?}");
        assert!(slapd.binds(ROOT_ADMIN, "Glacier-Mosaic-94").await);

        // A member named by DN only, without the group.
        let by_dn = slapd
            .config_with(&[("LATCHKEY_AGENT_PROTECTED_DNS", "UID=root-admin, ou=people,dc=example,dc=test")])
            .unwrap();
        let worker = Worker::new(Directory::new(by_dn).unwrap(), AgentKeys::generate());
        let outcome = worker
            .apply(&set(worker.keys(), "job-admin-3", "root-admin", "Other-Mosaic-94"), Utc::now())
            .await;
        assert_eq!(outcome.outcome, Outcome::Protected);
    }

    #[tokio::test]
    async fn a_verify_job_answers_checked_and_is_not_journalled() {
        let slapd = Slapd::start();
        let journal = slapd.dir.join("journal");
        let worker = Worker::new(slapd.directory(), AgentKeys::generate())
            .with_journal(latchkey_agent::worker::Journal::open(&journal).unwrap());
        let public = worker.keys().public();
        let verify = |id: &str, password: &str| {
            let id = JobId(id.into());
            let password = public.seal(&id, &SecretString::from(password.to_owned()));
            Job {
                id,
                issued_at: Utc::now(),
                expires_at: Utc::now() + Duration::seconds(120),
                operation: Operation::Verify { username: "adele".into(), password },
            }
        };
        use latchkey_writeback::Verdict;
        let right = worker.apply(&verify("job-v1", latchkey_agent::testing::OLD), Utc::now()).await;
        assert_eq!(right.outcome, Outcome::Checked { verdict: Verdict::Accepted { must_change: false } });
        let wrong = worker.apply(&verify("job-v2", "not-the-password"), Utc::now()).await;
        assert_eq!(wrong.outcome, Outcome::Checked { verdict: Verdict::Wrong });
        assert_eq!(std::fs::read_dir(&journal).unwrap().count(), 0, "nothing to reconcile");

        let mut down = slapd.config();
        down.url = format!("ldap://127.0.0.1:{}", latchkey_agent::testing::free_port());
        let keys = AgentKeys::generate();
        let public = keys.public();
        let worker = Worker::new(Directory::new(down).unwrap(), keys);
        let id = JobId("job-v3".into());
        let job = Job {
            operation: Operation::Verify {
                username: "adele".into(),
                password: public.seal(&id, &SecretString::from("x".to_owned())),
            },
            id,
            issued_at: Utc::now(),
            expires_at: Utc::now() + Duration::seconds(120),
        };
        assert_eq!(worker.apply(&job, Utc::now()).await.outcome, Outcome::DirectoryDown);
    }
}

mod tls {
    use latchkey_agent::testing::Slapd;
    use latchkey_agent::{Directory, DirectoryError};

    #[tokio::test]
    async fn a_directory_without_starttls_is_refused_unless_the_lab_opt_in_says_plain() {
        let slapd = Slapd::start_plain();
        let err = slapd.directory().check().await.unwrap_err();
        assert!(matches!(err, DirectoryError::StartTls { .. }), "{err:?}");
        assert!(err.to_string().contains("StartTLS"), "{err}");
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_latchkey-agent"))
            .arg("check")
            .envs(slapd.env())
            .output()
            .unwrap();
        assert!(!out.status.success(), "check refuses to start");
        assert!(String::from_utf8_lossy(&out.stderr).contains("StartTLS"));

        let out = std::process::Command::new(env!("CARGO_BIN_EXE_latchkey-agent"))
            .arg("check")
            .envs(slapd.env())
            .env("LATCHKEY_AGENT_INSECURE_PLAIN_LDAP", "lab-only")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stderr).contains("passwords cross the network in clear"));
        let lab = slapd.config_with(&[("LATCHKEY_AGENT_INSECURE_PLAIN_LDAP", "lab-only")]).unwrap();
        Directory::new(lab).unwrap().check().await.unwrap();
        let other = slapd.config_with(&[("LATCHKEY_AGENT_INSECURE_PLAIN_LDAP", "true")]);
        assert!(other.unwrap_err().to_string().contains("LATCHKEY_AGENT_INSECURE_PLAIN_LDAP"));

        // The TLS directory, trusted by its own CA only.
        let tls = Slapd::start();
        tls.directory().check().await.unwrap();
        let mut untrusted = tls.config();
        untrusted.ca_bundle = None;
        let err = Directory::new(untrusted).unwrap().check().await.unwrap_err();
        assert!(matches!(err, DirectoryError::Unreachable { .. }), "{err:?}");
    }
}
