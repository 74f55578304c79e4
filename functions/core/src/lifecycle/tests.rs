use chrono::Duration;

use super::*;
use crate::model::settings::OrgSettings;
use crate::model::user::User;
use crate::ports::Clock;
use crate::testing::FakeWorld;

const PASSWORD: &str = "marmalade-ferry-71";

/// Passwords expire after 90 days; adele's was set `age` days ago.
async fn world(age: i64) -> (FakeWorld, User) {
    let world = FakeWorld::new();
    let mut settings = OrgSettings::default();
    settings.password.max_age_days = Some(90);
    *world.directory.settings.lock().unwrap() = Some(settings);
    let user = world.add_adele(PASSWORD, &[]).await;
    world.clock.advance(Duration::days(age));
    (world, user)
}

fn links() -> Links {
    Links { portal: Some("https://reset.example.org".into()) }
}

fn reminders(world: &FakeWorld) -> Vec<String> {
    world.outbox.emails.lock().unwrap().iter().map(|e| e.subject.clone()).collect()
}

#[tokio::test]
async fn reminders_go_out_on_exactly_the_chosen_days_and_never_twice() {
    let (world, user) = world(0).await;
    let lifecycle = Lifecycle::new(world.ports.clone());
    let mut sent_on = Vec::new();
    // Every six hours through the password's 90 days: four passes a day.
    for quarter in 0..(90 * 4) {
        let before = reminders(&world).len();
        lifecycle.run(&links(), 10).await.unwrap();
        if reminders(&world).len() > before {
            sent_on.push(quarter / 4);
        }
        world.clock.advance(Duration::hours(6));
    }
    assert_eq!(sent_on, vec![76, 83, 87, 89], "14, 7, 3 and 1 days before day 90");
    let last = world.outbox.emails.lock().unwrap().last().unwrap().clone();
    assert!(last.subject.contains("1 day"), "{}", last.subject);
    assert!(last.text.contains("https://reset.example.org/change"), "{}", last.text);
    let events = world.audit.events.lock().unwrap();
    let about: Vec<_> = events
        .iter()
        .filter(|e| e.action == Action::ExpiryReminderSent && e.target == Some(user.id.clone()))
        .collect();
    assert_eq!(about.len(), 4);
}

#[tokio::test]
async fn a_missed_day_is_made_up_and_a_new_password_starts_afresh() {
    let (world, user) = world(84).await;
    let lifecycle = Lifecycle::new(world.ports.clone());
    // Six days left: the seven-day reminder, which says six.
    lifecycle.run(&links(), 10).await.unwrap();
    assert_eq!(reminders(&world).len(), 1);
    assert!(reminders(&world)[0].contains("6 days"), "{:?}", reminders(&world));
    lifecycle.run(&links(), 10).await.unwrap();
    assert_eq!(reminders(&world).len(), 1, "not twice");
    // A new password: a new expiry, nothing due for 76 days.
    let mut changed = world.directory.users.lock().unwrap()[&user.id].clone();
    let hash = changed.password().unwrap().hash.clone();
    changed.replace_password(hash, world.clock.now());
    world.directory.users.lock().unwrap().insert(user.id.clone(), changed);
    lifecycle.run(&links(), 10).await.unwrap();
    assert_eq!(reminders(&world).len(), 1);
    // Nobody is reminded of a password that never expires.
    assert!(due_reminder(&user, &OrgSettings::default(), world.clock.now()).is_none());
}

#[tokio::test]
async fn a_pass_over_many_users_resumes_where_the_last_invocation_stopped() {
    let (world, _) = world(0).await;
    for n in 0..250 {
        world.add_user(&format!("user{n:03}"), PASSWORD, &[]).await;
    }
    world.clock.advance(Duration::days(80));
    let lifecycle = Lifecycle::new(world.ports.clone());
    // One page an invocation: 251 users take three, and the third ends the pass.
    let first = lifecycle.run(&links(), 1).await.unwrap();
    assert_eq!((first.seen, first.pass_finished), (100, false));
    let stored = world.directory.schedule.lock().unwrap().clone().unwrap();
    assert!(stored.cursor.is_some());
    let second = lifecycle.run(&links(), 1).await.unwrap();
    assert_eq!((second.seen, second.pass_finished), (100, false));
    let third = lifecycle.run(&links(), 1).await.unwrap();
    assert_eq!((third.seen, third.pass_finished), (51, true));
    let reminded = first.reminded + second.reminded + third.reminded;
    assert_eq!(reminded, 251, "everyone once, nobody twice");
    let events = world.audit.events.lock().unwrap();
    let runs: Vec<_> = events.iter().filter(|e| e.action == Action::ScheduledRun).collect();
    assert_eq!(runs.len(), 3, "each run is audited");
    assert_eq!(
        runs[2].reason_text().as_deref(),
        Some("users:51,reminders:51,pass_users:251,pass_reminders:251")
    );
}

#[tokio::test]
async fn the_weekly_digest_goes_once_a_week_to_those_who_chose_it_and_may_read_reports() {
    use crate::model::user::Role;
    let (world, adele) = world(0).await;
    let boss = world.add_user("boss", PASSWORD, &[Role::Admin]).await;
    let quiet = world.add_user("quiet", PASSWORD, &[Role::Admin]).await;
    // Adele reported a change as not hers: the digest counts her lockdown.
    world.directory.users.lock().unwrap().get_mut(&adele.id).unwrap().lockdown =
        Some(crate::model::user::Lockdown {
            since: world.clock.now(),
            reported: Action::PasswordChange,
            reported_at: None,
            from: crate::model::user::LockdownFrom::NoticeLink,
        });
    let mut chose = world.directory.users.lock().unwrap()[&boss.id].clone();
    chose.weekly_digest = true;
    world.directory.users.lock().unwrap().insert(boss.id.clone(), chose);
    let lifecycle = Lifecycle::new(world.ports.clone());
    let digests = |world: &FakeWorld, to: &str| {
        world
            .outbox
            .emails
            .lock()
            .unwrap()
            .iter()
            .filter(|e| e.to.as_str() == to && e.subject.contains("the week"))
            .count()
    };
    // The first run finds who chose it; the next week's first run sends it.
    lifecycle.run(&links(), 10).await.unwrap();
    world.clock.advance(Duration::days(7));
    lifecycle.run(&links(), 10).await.unwrap();
    lifecycle.run(&links(), 10).await.unwrap();
    assert_eq!(digests(&world, "boss@contoso.example"), 1, "once a week");
    assert_eq!(digests(&world, "quiet@contoso.example"), 0, "only to those who chose it");
    let _ = quiet;
    let text = world
        .outbox
        .emails
        .lock()
        .unwrap()
        .iter()
        .rfind(|e| e.subject.contains("the week"))
        .unwrap()
        .text
        .clone();
    assert!(text.contains("Registration: 3 of 3 users") || text.contains("of 3 users"), "{text}");
    assert!(text.contains("https://reset.example.org/admin/reports"), "{text}");
    assert!(text.contains("locked down by their owners (\"this wasn't me\"): 1."), "{text}");
}

mod report {
    use super::*;
    use crate::accounts::Accounts;
    use crate::messaging::notices::{Notice, tell};
    use crate::model::audit::RequestMeta;
    use crate::model::clients::Caller;
    use crate::model::error::Error;
    use crate::model::user::Role;
    use crate::model::values::Password;

    fn pw(p: &str) -> Password {
        Password::parse(p, "password").unwrap()
    }

    /// Adele, an administrator, and the token of the link in the notice
    /// "your password was changed" adele just received.
    async fn reported_world() -> (FakeWorld, User, String) {
        let world = FakeWorld::new();
        let adele = world.add_adele(PASSWORD, &[]).await;
        world.add_user("root", PASSWORD, &[Role::Admin]).await;
        let settings = world.ports.directory.settings().await.unwrap();
        tell(&world.ports, &settings, &adele, &Notice::new("notice-password-changed"), world.clock.now())
            .await;
        let text = world.outbox.emails.lock().unwrap().last().unwrap().text.clone();
        let (_, after) =
            text.split_once("https://reset.example.org/report#").expect("the notice's report link");
        let token = after.split_whitespace().next().unwrap().trim_end_matches('.').to_owned();
        (world, adele, token)
    }

    fn stored(world: &FakeWorld, user: &User) -> User {
        world.directory.users.lock().unwrap().get(&user.id).unwrap().clone()
    }

    #[tokio::test]
    async fn a_notices_link_locks_the_account_down_once_and_only_an_administrator_lifts_it() {
        let (world, adele, token) = reported_world().await;
        let lifecycle = Lifecycle::new(world.ports.clone());
        let accounts = Accounts::new(world.ports.clone());
        let meta = RequestMeta::default();
        let before = world.outbox.emails.lock().unwrap().len();
        lifecycle.report_by_link(&token, &meta).await.unwrap();

        let locked = stored(&world, &adele);
        let lockdown = locked.lockdown.clone().expect("locked down");
        assert_eq!(lockdown.reported, Action::PasswordChange);
        assert!(locked.token_version() > adele.token_version(), "every session ends");
        let sent: Vec<_> =
            world.outbox.emails.lock().unwrap()[before..].iter().map(|e| e.to.as_str().to_owned()).collect();
        assert!(sent.iter().any(|to| to.starts_with("adele")), "the owner is told: {sent:?}");
        assert!(sent.iter().any(|to| to.starts_with("root")), "every administrator is told: {sent:?}");
        assert!(world.audit.events.lock().unwrap().iter().any(|e| e.action == Action::AccountReported));

        // Used: the same answer as a forged link, and nothing changes.
        assert!(matches!(lifecycle.report_by_link(&token, &meta).await, Err(Error::ReportLinkInvalid)));
        let forged = format!("{}0", &token[..token.len() - 1]);
        assert!(matches!(lifecycle.report_by_link(&forged, &meta).await, Err(Error::ReportLinkInvalid)));
        // The right password no longer signs in; a reset starts nothing real.
        assert!(matches!(
            accounts.sign_in("adele", &pw(PASSWORD), &meta).await,
            Err(Error::AccountLockedDown)
        ));
        assert!(matches!(
            accounts.sign_in("adele", &pw("not-hers-at-all"), &meta).await,
            Err(Error::InvalidCredentials)
        ));

        // A helpdesk person may not lift it; an administrator does.
        let help = world.add_user("helper", PASSWORD, &[Role::Helpdesk]).await;
        let root = world
            .ports
            .directory
            .user_by_username(&crate::model::values::Username::parse("root").unwrap())
            .await
            .unwrap()
            .unwrap();
        let as_caller = |u: &User| {
            let token =
                crate::model::user::SessionToken::new(u.token_version(), "t").with_second_factor(true);
            Caller::user(&u.id, &token)
        };
        assert!(matches!(
            lifecycle.lift_lockdown(&as_caller(&help), &adele.id, &meta).await,
            Err(Error::Forbidden)
        ));
        lifecycle.lift_lockdown(&as_caller(&root), &adele.id, &meta).await.unwrap();
        assert!(stored(&world, &adele).lockdown.is_none());
        accounts.sign_in("adele", &pw(PASSWORD), &meta).await.expect("signs in again");
    }

    #[tokio::test]
    async fn the_operator_lifts_a_lockdown_no_administrator_can() {
        let (world, adele, token) = reported_world().await;
        let lifecycle = Lifecycle::new(world.ports.clone());
        let meta = RequestMeta::default();
        lifecycle.report_by_link(&token, &meta).await.unwrap();
        let name = crate::model::values::Username::parse("adele").unwrap();
        assert!(lifecycle.lift_lockdown_as_operator(&name, &meta).await.unwrap(), "it was locked down");
        assert!(stored(&world, &adele).lockdown.is_none());
        assert!(!lifecycle.lift_lockdown_as_operator(&name, &meta).await.unwrap(), "nothing more to lift");
        let events = world.audit.events.lock().unwrap();
        let lifted = events.iter().find(|e| e.action == Action::LockdownLifted).expect("audited");
        assert_eq!((lifted.actor.clone(), lifted.reason_text().as_deref()), (None, Some("operator")));
    }

    #[tokio::test]
    async fn a_link_run_out_after_seven_days_changes_nothing() {
        let (world, adele, token) = reported_world().await;
        world.clock.advance(Duration::days(7));
        let lifecycle = Lifecycle::new(world.ports.clone());
        let answer = lifecycle.report_by_link(&token, &RequestMeta::default()).await;
        assert!(matches!(answer, Err(Error::ReportLinkInvalid)));
        assert!(stored(&world, &adele).lockdown.is_none());
    }
}

#[tokio::test]
async fn a_pass_that_ran_out_unused_is_recorded_as_expired_once_and_a_used_one_is_left() {
    let (world, user) = world(0).await;
    let issued = |used: bool| crate::model::access_pass::AccessPass {
        digest: "d".into(),
        issued_at: world.clock.now(),
        starts_at: world.clock.now(),
        expires_at: world.clock.now() + Duration::hours(1),
        one_time: true,
        issued_by: "boss".into(),
        used_at: used.then(|| world.clock.now()),
    };
    let mut stored = world.ports.directory.user(&user.id).await.unwrap().unwrap();
    stored.access_pass = Some(issued(false));
    stored.version += 1;
    world.ports.directory.update_user(&stored, &[]).await.unwrap();
    let lifecycle = Lifecycle::new(world.ports.clone());
    lifecycle.run(&links(), 10).await.unwrap();
    assert!(world.ports.directory.user(&user.id).await.unwrap().unwrap().access_pass.is_some(), "still live");
    world.clock.advance(Duration::hours(2));
    lifecycle.run(&links(), 10).await.unwrap();
    lifecycle.run(&links(), 10).await.unwrap();
    let after = world.ports.directory.user(&user.id).await.unwrap().unwrap();
    assert!(after.access_pass.is_none());
    let expired = |world: &FakeWorld| {
        world.audit.events.lock().unwrap().iter().filter(|e| e.action == Action::AccessPassExpired).count()
    };
    assert_eq!(expired(&world), 1);

    let mut used = after.clone();
    used.access_pass = Some(issued(true));
    used.version += 1;
    world.ports.directory.update_user(&used, &[]).await.unwrap();
    world.clock.advance(Duration::hours(2));
    lifecycle.run(&links(), 10).await.unwrap();
    assert!(
        world.ports.directory.user(&user.id).await.unwrap().unwrap().access_pass.is_some(),
        "a used pass stays for the console"
    );
    assert_eq!(expired(&world), 1);
}
