//! The weekly digest for administrators and report readers who chose it:
//! the last seven days' resets, failures, blocks and suspicious patterns,
//! the accounts their owners locked down
//! (the reports' own insights over the trail) and registration coverage
//! (as the last pass over every user counted it), with a link to the
//! reports. Once a week: the week is marked in the schedule's progress
//! (over the version read) before anything goes out, so never twice.

use chrono::{DateTime, Datelike, Duration, Utc};

use super::Links;
use crate::messaging::words::{self, Args};
use crate::model::audit::{Activity, ActivityQuery, Outcome};
use crate::model::error::Error;
use crate::model::roles::{Permission, may};
use crate::model::schedule::ScheduleState;
use crate::model::settings::OrgSettings;
use crate::ports::Ports;

/// The ISO week `at` falls in (`2026-W50`).
pub fn week_of(at: DateTime<Utc>) -> String {
    let week = at.iso_week();
    format!("{}-W{:02}", week.year(), week.week())
}

/// The numbers a digest says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Digest {
    pub resets: u32,
    pub admin_resets: u32,
    /// Refused sign-ins, proofs, changes: every failure in the trail.
    pub failures: u32,
    /// Attempts blocked by the limits, and people blocked from reset.
    pub blocked: u32,
    pub suspicious: u32,
    pub registered: u32,
    pub users: u32,
    /// Accounts their owners locked down ("this wasn't me"), as the last pass found them.
    pub locked_down: u32,
}

/// The last seven days to `now`, from the audit trail.
pub async fn digest(ports: &Ports, state: &ScheduleState, now: DateTime<Utc>) -> Result<Digest, Error> {
    let query = ActivityQuery::all(now - Duration::days(7), now, crate::admin::reports::PAGE_MAX);
    let (events, _) = ports.audit.all_activity(&query, crate::admin::reports::INSIGHT_EVENTS).await?;
    let seen = crate::admin::reports::insights(&events, &std::collections::BTreeSet::new());
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let failures = events.iter().filter(|e| e.outcome == Outcome::Failure).count();
    let blocked = events
        .iter()
        .filter(|e| e.outcome == Outcome::Blocked || e.activity() == Some(Activity::BlockedFromReset))
        .count();
    let (users, registered) = state.last_coverage.unwrap_or_default();
    Ok(Digest {
        resets: seen.resets,
        admin_resets: seen.admin_resets,
        failures: count(failures),
        blocked: count(blocked),
        suspicious: count(
            seen.failed_proofs.len() + seen.starts_per_user.len() + seen.starts_per_address.len(),
        ),
        registered,
        users,
        locked_down: state.last_locked_down.unwrap_or_default(),
    })
}

/// Sends `digest` to each of `state.last_digest_to` who still may read
/// reports and still chose it, in their language. Best effort: a failure is
/// logged, and the week stays marked.
pub async fn send(
    ports: &Ports,
    settings: &OrgSettings,
    state: &ScheduleState,
    links: &Links,
    now: DateTime<Utc>,
) {
    let digest = match digest(ports, state, now).await {
        Ok(digest) => digest,
        Err(err) => {
            tracing::error!(error = %crate::model::error::chain(&err), "could not gather the weekly digest");
            return;
        }
    };
    for id in &state.last_digest_to {
        let user = match ports.directory.user(id).await {
            Ok(Some(user)) if user.enabled && user.weekly_digest && may(&user, Permission::ReadReports) => {
                user
            }
            Ok(_) => continue,
            Err(err) => {
                tracing::warn!(error = %err, "could not read a digest's recipient");
                continue;
            }
        };
        let lang = words::of(&user, settings);
        let args = Args::new()
            .text("org", settings.name.as_str())
            .date("to", now)
            .number("resets", i64::from(digest.resets))
            .number("admin_resets", i64::from(digest.admin_resets))
            .number("failed", i64::from(digest.failures))
            .number("blocked", i64::from(digest.blocked))
            .number("suspicious", i64::from(digest.suspicious))
            .number("registered", i64::from(digest.registered))
            .number("users", i64::from(digest.users))
            .number("locked_down", i64::from(digest.locked_down));
        let say = |id: &str, args: &Args| words::say_for(settings, lang, id, args);
        let link = links
            .portal
            .as_deref()
            .map(|p| {
                say(
                    "digest-link",
                    &Args::new().text("url", format!("{}/admin/reports", p.trim_end_matches('/'))),
                )
            })
            .unwrap_or_default();
        let text = [
            say("digest-intro", &args),
            say("digest-resets", &args),
            say("digest-failures", &args),
            say("digest-lockdowns", &args),
            say("digest-registration", &args),
            link,
        ]
        .into_iter()
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
        for email in crate::messaging::notices::channels(&user).0 {
            crate::messaging::notices::send_email(ports, &email, say("digest-subject", &args), &text, lang)
                .await;
        }
    }
}
