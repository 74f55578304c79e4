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
    let (world, _) = world(0).await;
    let boss = world.add_user("boss", PASSWORD, &[Role::Admin]).await;
    let quiet = world.add_user("quiet", PASSWORD, &[Role::Admin]).await;
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
}
