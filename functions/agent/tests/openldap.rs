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
