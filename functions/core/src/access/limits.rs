//! The limits Latchkey counts for sign-in, resets, sends and route admission,
//! built in one place: what is counted, for whom, how many, for how long (see
//! `crate::model::tries` for how). A few rooms build their own from `key`:
//! the helpdesk's check (`admin::verification`), invitations
//! (`admin::invitations`) and client authentication (`integrators::clients`).
//!
//! The design (ASVS 5.0 6.1.1: a stranger must not be able to keep a user
//! from signing in or recovering):
//! - The policy's figures — 10 failed sign-ins, 5 failed proofs a day, 10
//!   emails in 10 minutes, 5 texts or calls an hour — count per account *and
//!   source address*: an attacker who hits them blocks only themselves.
//! - The account as a whole is limited at `account_factor` (10) times those
//!   figures, which stops a distributed guesser long before a guess could
//!   succeed, while a lone attacker cannot reach it.
//! - Unknown names are counted exactly like real ones (their keys are built
//!   the same way), so a lockout tells nothing about whether a name exists.
//! - Each anonymous route group is limited per source address per minute.

use chrono::{DateTime, Duration, Utc};

use crate::model::error::Error;
use crate::model::settings::OrgSettings;
use crate::model::tries::{BlockRule, Limit, Taken};
use crate::model::values::{UserId, hex};
use crate::ports::Ports;

/// Where a request came from, as the edge reported it; `"unknown"` when it did not.
pub fn source(client_ip: Option<&str>) -> &str {
    client_ip.filter(|ip| !ip.is_empty()).unwrap_or("unknown")
}

/// The name as counted: trimmed, lower-cased, bounded (as usernames compare).
pub fn counted_name(username: &str) -> String {
    username.trim().to_lowercase().chars().take(64).collect()
}

/// The name the lockout counts under: the counted name, plus the account's
/// unlock epoch once an administrator has unlocked it (every counter under
/// the old name, whatever its source, is then left behind).
pub fn lock_name(name: &str, user: Option<&crate::model::user::User>) -> String {
    match user.map(|u| u.lock_epoch()) {
        Some(epoch) if epoch > 0 => format!("{name}\n{epoch}"),
        _ => name.to_owned(),
    }
}

/// A counter's key: a keyed digest of what it counts and for whom.
pub(crate) fn key(ports: &Ports, parts: &[&str]) -> String {
    hex(&ports.keyed.digest("tries", parts.join("\n").as_bytes()))
}

/// What one pair of limits counts, and how much of it is allowed per source.
struct Counted<'a> {
    what: &'a str,
    max: u32,
    window: Duration,
    block: BlockRule,
}

/// The per-source limit on `name` and the account-wide one above it.
fn pair(ports: &Ports, settings: &OrgSettings, name: &str, source: &str, counted: Counted<'_>) -> [Limit; 2] {
    let Counted { what, max, window, block } = counted;
    let factor = settings.anti_automation.account_factor.max(1);
    [
        Limit { key: key(ports, &[what, name, source]), max: max.max(1), window, block },
        Limit { key: key(ports, &[what, name]), max: max.max(1).saturating_mul(factor), window, block },
    ]
}

/// Failed sign-ins (and wrong current passwords): the lockout.
pub fn sign_in(ports: &Ports, settings: &OrgSettings, name: &str, source: &str) -> [Limit; 2] {
    let rules = &settings.lockout;
    let seconds = |s: u64| Duration::seconds(i64::try_from(s).unwrap_or(i64::MAX / 1000));
    let block = BlockRule { first: seconds(rules.base_seconds), longest: seconds(rules.max_seconds) };
    // Failures count until a success clears them (no time window of their own).
    pair(
        ports,
        settings,
        name,
        source,
        Counted { what: "sign-in", max: rules.threshold, window: Duration::days(1), block },
    )
}

/// Failed proofs in resets (codes and answers): 5 a day, then blocked.
pub fn proofs(ports: &Ports, settings: &OrgSettings, name: &str, source: &str) -> [Limit; 2] {
    let rules = &settings.reset;
    let block = BlockRule::fixed(Duration::hours(i64::from(rules.block_hours.max(1))));
    let max = u32::from(rules.failed_proofs_per_day);
    pair(ports, settings, name, source, Counted { what: "proofs", max, window: Duration::hours(24), block })
}

/// Proofs made by someone already past the password — the sign-in's second
/// step, the first code of a new authenticator — counted under the user's id
/// and apart from the anonymous reset proofs: a stranger failing resets of
/// the account never spends them, and only a token the password step (or a
/// session) gave can. Same figures as [`proofs`].
pub fn signed_in_proofs(ports: &Ports, settings: &OrgSettings, user: &UserId, source: &str) -> [Limit; 2] {
    let rules = &settings.reset;
    let block = BlockRule::fixed(Duration::hours(i64::from(rules.block_hours.max(1))));
    let max = u32::from(rules.failed_proofs_per_day);
    let counted = Counted { what: "signed-in-proofs", max, window: Duration::hours(24), block };
    pair(ports, settings, user.as_str(), source, counted)
}

/// Codes sent by email (10 in 10 minutes) or to a phone (5 an hour).
pub fn sends(ports: &Ports, settings: &OrgSettings, phone: bool, name: &str, source: &str) -> [Limit; 2] {
    let rules = &settings.reset;
    let block = BlockRule::fixed(Duration::hours(i64::from(rules.block_hours.max(1))));
    let counted = if phone {
        Counted {
            what: "phone-sends",
            max: u32::from(rules.phone_sends_per_hour),
            window: Duration::hours(1),
            block,
        }
    } else {
        Counted {
            what: "email-sends",
            max: u32::from(rules.emails_per_ten_minutes),
            window: Duration::minutes(10),
            block,
        }
    };
    pair(ports, settings, name, source, counted)
}

/// Takes one text or call to `number` from the telephony spend caps (see
/// `phone_spend`): `Some(retry_after)` when a cap is reached, so nothing may
/// be sent.
pub async fn charge_phone(
    ports: &Ports,
    settings: &OrgSettings,
    number: &str,
    now: DateTime<Utc>,
) -> Result<Option<u64>, Error> {
    match take(ports, &phone_spend(ports, settings, number), now).await? {
        Charge::Blocked { until, .. } => Ok(Some(retry_after(now, until))),
        Charge::Allowed { .. } => Ok(None),
    }
}

/// Codes texted or read out to `number`, and by the whole organisation, per
/// day (the telephony spend caps). A decoy flow counts against its name as
/// its number, so a capped real number does not stand out from a decoy.
fn phone_spend(ports: &Ports, settings: &OrgSettings, number: &str) -> [Limit; 2] {
    let rules = &settings.telephony;
    let day = |key, max: u32| Limit {
        key,
        max: max.max(1),
        window: Duration::days(1),
        block: BlockRule::rest_of_window(),
    };
    [
        day(key(ports, &["phone-number-day", number]), rules.per_number_per_day),
        day(key(ports, &["phone-organisation-day"]), rules.organisation_per_day),
    ]
}

/// Everything that blocks a reset from one source when over: failed proofs
/// and both kinds of sends (Entra: any of them blocks the user's reset).
pub fn reset_blockers(ports: &Ports, settings: &OrgSettings, name: &str, source: &str) -> Vec<Limit> {
    let mut all = proofs(ports, settings, name, source).to_vec();
    all.extend(sends(ports, settings, false, name, source));
    all.extend(sends(ports, settings, true, name, source));
    all
}

/// Refuses a request over its source's per-minute limit for `group` (one of
/// the anonymous route groups), before it costs anything else.
pub async fn admit(
    ports: &Ports,
    settings: &OrgSettings,
    group: &str,
    client_ip: Option<&str>,
) -> Result<(), Error> {
    let now = ports.clock.now();
    take_or_refuse(ports, &[requests(ports, settings, group, source(client_ip))], now).await.map(drop)
}

/// Requests from one source to one anonymous route group, per minute.
pub fn requests(ports: &Ports, settings: &OrgSettings, group: &str, source: &str) -> Limit {
    Limit {
        key: key(ports, &["requests", group, source]),
        max: settings.anti_automation.source_requests_per_minute.max(1),
        window: Duration::minutes(1),
        block: BlockRule::fixed(Duration::minutes(1)),
    }
}

/// The reads that cost the most per call — the insights (up to
/// `INSIGHT_EVENTS` events), the registration summary (every user), a user
/// list filtered by lockout (a counter read per user looked at) — per
/// caller (a person or an API client) per minute: a client in a loop is not
/// a cost lever.
pub const HEAVY_READS_PER_MINUTE: u32 = 20;

/// The heavy reads of one caller, per minute (see [`HEAVY_READS_PER_MINUTE`]).
pub fn heavy_reads(ports: &Ports, caller: &UserId) -> Limit {
    Limit {
        key: key(ports, &["heavy-reads", caller.as_str()]),
        max: HEAVY_READS_PER_MINUTE,
        window: Duration::minutes(1),
        block: BlockRule::fixed(Duration::minutes(1)),
    }
}

/// Takes one of `caller`'s heavy reads: `TooManyRequests` when they are spent.
pub async fn charge_heavy_read(ports: &Ports, caller: &UserId) -> Result<(), Error> {
    let now = ports.clock.now();
    take_or_refuse(ports, &[heavy_reads(ports, caller)], now).await.map(drop)
}

/// A notice of a lockout of `name`: at most one a day, whoever keeps
/// tripping it, so a stranger cannot flood the owner's phone.
pub fn lockout_notices(ports: &Ports, name: &str) -> Limit {
    Limit {
        key: key(ports, &["lockout-notice", name]),
        max: 1,
        window: Duration::days(1),
        block: BlockRule::rest_of_window(),
    }
}

/// Security-question tries within one reset flow.
pub fn flow_answers(ports: &Ports, settings: &OrgSettings, flow_key: &str) -> Limit {
    Limit {
        key: key(ports, &["flow-answers", flow_key]),
        max: u32::from(settings.anti_automation.answer_tries_per_flow.max(1)),
        window: Duration::hours(1),
        block: BlockRule::fixed(Duration::hours(1)),
    }
}

/// What charging a request to its limits gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charge {
    /// Every limit took its try; `left` more are allowed by the tightest.
    Allowed { left: u32 },
    /// A limit is over: nothing until then. `started`: this request began the block.
    Blocked { until: DateTime<Utc>, started: bool },
}

/// Takes a try from each of `limits` as [`take`] does: the tries the
/// tightest has left, or `TooManyRequests` with the wait when one is over.
pub async fn take_or_refuse(ports: &Ports, limits: &[Limit], now: DateTime<Utc>) -> Result<u32, Error> {
    match take(ports, limits, now).await? {
        Charge::Blocked { until, .. } => Err(Error::TooManyRequests { retry_after: retry_after(now, until) }),
        Charge::Allowed { left } => Ok(left),
    }
}

/// Takes a try from each limit in order, stopping at the first that is
/// blocked (the later limits are not charged then).
pub async fn take(ports: &Ports, limits: &[Limit], now: DateTime<Utc>) -> Result<Charge, Error> {
    let mut left = u32::MAX;
    for limit in limits {
        match ports.flows.take_try(limit, now).await? {
            Taken::Blocked { until, started } => return Ok(Charge::Blocked { until, started }),
            Taken::Allowed { used } => left = left.min(limit.max.saturating_sub(used)),
        }
    }
    Ok(Charge::Allowed { left })
}

/// When the first of `limits` that is blocked at `now` stops being, if one
/// is — a limit whose tries are all used counts as blocked, since its next
/// try would start the block (a read: nothing is charged).
pub async fn blocked(
    ports: &Ports,
    limits: &[Limit],
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, Error> {
    for limit in limits {
        let Some(counter) = ports.flows.counter(&limit.key).await? else {
            continue;
        };
        if counter.blocked_until > now {
            return Ok(Some(counter.blocked_until));
        }
        if counter.window_ends > now && counter.tries >= limit.max {
            return Ok(Some(now + limit.block.length(counter.blocks)));
        }
    }
    Ok(None)
}

/// Gives back the try each limit took (the guess proved right).
pub async fn release(ports: &Ports, limits: &[Limit]) -> Result<(), Error> {
    for limit in limits {
        ports.flows.release_try(&limit.key).await?;
    }
    Ok(())
}

/// Forgets the counters (a success that ends the matter).
pub async fn clear(ports: &Ports, limits: &[Limit]) -> Result<(), Error> {
    for limit in limits {
        ports.flows.clear_tries(&limit.key).await?;
    }
    Ok(())
}

/// Seconds from `now` until `until`, at least 1 (for `Retry-After`).
pub fn retry_after(now: DateTime<Utc>, until: DateTime<Utc>) -> u64 {
    u64::try_from((until - now).num_seconds().max(1)).unwrap_or(1)
}
