//! Reports: the self-service password management activity read back from
//! the audit trail, for administrators and report readers.

use chrono::{DateTime, Duration, Utc};

use std::collections::BTreeMap;

use crate::admin::Admin;
use crate::admin::people::{Cursor, RegistrationFilter, UserPage, UserQuery};
use crate::model::audit::{ActivityPage, ActivityQuery, Retention};
use crate::model::clients::Caller;
use crate::model::error::Error;
use crate::model::registration::Status;
use crate::model::roles::Permission;
use crate::model::settings::OrgSettings;
use crate::model::user::User;
use crate::model::values::{GroupName, ParseError, UserId};

/// The most rows one page of a report holds.
pub const PAGE_MAX: usize = 500;

/// A report's time range, checked: `from` not after `to`, and no longer
/// than the retention period (nothing older is kept, so a longer range is
/// a mistake, such as a missing or mistyped year).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeRange {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
}

impl TimeRange {
    /// `to` defaults to `now`, `from` to the start of the retention period.
    pub fn parse(
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
        retention: Retention,
    ) -> Result<Self, ParseError> {
        let to = to.unwrap_or(now);
        let from = from.unwrap_or(to - retention.duration());
        if from > to {
            return Err(ParseError::new("from", "must not be after the end of the period"));
        }
        // A day's grace: a client asking for "the last N days" computes its
        // range on its own clock.
        if to - from > retention.duration() + Duration::days(1) {
            return Err(ParseError::new(
                "from",
                format!("the range may span at most the {} days events are kept", retention.as_days()),
            ));
        }
        Ok(Self { from, to })
    }
}

/// What a user registered themselves (or an administrator set for them),
/// as the registration report counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RegisteredData {
    Email,
    Mobile,
    OfficePhone,
    Questions,
    Authenticator,
    /// A passkey: the users who can prove who they are in a way a phishing
    /// page cannot relay.
    Passkey,
}

impl RegisteredData {
    pub const ALL: [RegisteredData; 6] = [
        RegisteredData::Email,
        RegisteredData::Mobile,
        RegisteredData::OfficePhone,
        RegisteredData::Questions,
        RegisteredData::Authenticator,
        RegisteredData::Passkey,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RegisteredData::Email => "email",
            RegisteredData::Mobile => "mobile",
            RegisteredData::OfficePhone => "office_phone",
            RegisteredData::Questions => "questions",
            RegisteredData::Authenticator => "authenticator",
            RegisteredData::Passkey => "passkey",
        }
    }

    /// Whether `user` holds this data.
    pub fn held_by(self, user: &User) -> bool {
        let r = &user.registration;
        match self {
            RegisteredData::Email => r.email.is_some(),
            RegisteredData::Mobile => r.mobile.is_some(),
            RegisteredData::OfficePhone => r.office_phone.is_some(),
            RegisteredData::Questions => !r.questions.is_empty(),
            RegisteredData::Authenticator => r.authenticator.is_some(),
            RegisteredData::Passkey => !r.passkeys.is_empty(),
        }
    }
}

/// How many enabled users stand where, for one set of users.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Enabled users.
    pub users: u32,
    /// Registered enough methods (confirmation due or not).
    pub registered: u32,
    /// Could complete a self-service reset now.
    pub capable: u32,
    /// In the reset scope with fewer methods than a reset needs.
    pub not_registered: u32,
    /// Outside the reset scope.
    pub not_in_scope: u32,
}

impl Coverage {
    fn add(&mut self, user: &User, settings: &OrgSettings, now: DateTime<Utc>) {
        self.users += 1;
        match crate::model::registration::status(user, settings, now).0 {
            Status::Complete | Status::ConfirmDue => self.registered += 1,
            Status::Incomplete => self.not_registered += 1,
            Status::NotInScope => self.not_in_scope += 1,
        }
        self.capable += u32::from(crate::admin::eligible(user, settings));
    }
}

/// The registration summary: everyone, by data registered, by group.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegistrationSummary {
    pub all: Coverage,
    /// Enabled users holding each kind of data.
    pub by_method: BTreeMap<RegisteredData, u32>,
    pub by_group: BTreeMap<GroupName, Coverage>,
}

/// Counts `users` (disabled ones are left out: they cannot reset anyway).
pub fn summarize<'a>(
    users: impl IntoIterator<Item = &'a User>,
    settings: &OrgSettings,
    now: DateTime<Utc>,
) -> RegistrationSummary {
    let mut summary = RegistrationSummary {
        by_method: RegisteredData::ALL.into_iter().map(|d| (d, 0)).collect(),
        ..RegistrationSummary::default()
    };
    for user in users.into_iter().filter(|u| u.enabled) {
        summary.all.add(user, settings, now);
        for data in RegisteredData::ALL.into_iter().filter(|d| d.held_by(user)) {
            *summary.by_method.entry(data).or_default() += 1;
        }
        for group in &user.groups {
            summary.by_group.entry(group.clone()).or_default().add(user, settings, now);
        }
    }
    summary
}

/// The most events the insights read; past it they say `complete: false`
/// (a busy year's trail is read a range at a time).
pub const INSIGHT_EVENTS: usize = 100_000;

/// The most people the insights look up to say which administrators reset
/// their own password (the most frequent first).
pub const ADMIN_CHECKS: usize = 200;

/// How often something must happen in the range to count as suspicious.
pub const SUSPICIOUS_FAILED_PROOFS: u32 = 3;
pub const SUSPICIOUS_STARTS_PER_USER: u32 = 5;
pub const SUSPICIOUS_STARTS_PER_ADDRESS: u32 = 10;
/// How many rows each ranked list keeps.
const RANKED: usize = 10;

/// Who something is about: the account's id when there is one, and the
/// name given.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Subject {
    pub id: Option<UserId>,
    pub name: Option<String>,
}

/// The answers to the administrator's questions about a rollout, over a range.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Insights {
    /// Events read; `complete` is false when [`INSIGHT_EVENTS`] cut it short.
    pub examined: usize,
    pub complete: bool,
    /// What changed in the reset policy: the changes, newest first.
    pub policy_changes: Vec<crate::model::audit::AuditEvent>,
    /// Who made each of the policy changes, by username (see `ActivityPage::actor_names`).
    pub actor_names: std::collections::BTreeMap<UserId, String>,
    /// Methods registered in the range, and by how many distinct people.
    pub registrations: u32,
    pub registered_people: u32,
    /// Who registered, most registrations first.
    pub registered: Vec<(Subject, u32)>,
    /// What they registered: registrations by method.
    pub registered_methods: Vec<(crate::model::methods::MethodKind, u32)>,
    /// Completed self-service resets, and resets by an administrator.
    pub resets: u32,
    pub admin_resets: u32,
    /// Methods proven in reset flows, most used first.
    pub reset_methods: Vec<(crate::model::methods::MethodKind, u32)>,
    /// Sign-ins over the range's days by how they were proven, every method listed.
    pub sign_ins: Vec<(crate::access::tally::SignInMethod, u32)>,
    /// Failure and block reasons, most common first.
    pub problems: Vec<(String, u32)>,
    /// Administrators who reset or changed their own password, most often first.
    pub admins_resetting_themselves: Vec<(Subject, u32)>,
    /// Users blocked from reset, with how many blocks.
    pub blocked: Vec<(Subject, u32)>,
    /// Users with at least [`SUSPICIOUS_FAILED_PROOFS`] failed proofs.
    pub failed_proofs: Vec<(Subject, u32)>,
    /// Users with at least [`SUSPICIOUS_STARTS_PER_USER`] reset starts.
    pub starts_per_user: Vec<(Subject, u32)>,
    /// Client addresses with at least [`SUSPICIOUS_STARTS_PER_ADDRESS`] reset starts.
    pub starts_per_address: Vec<(String, u32)>,
}

fn ranked<K: Ord + Clone>(counts: BTreeMap<K, u32>, at_least: u32, keep: usize) -> Vec<(K, u32)> {
    let mut rows: Vec<(K, u32)> = counts.into_iter().filter(|(_, n)| *n >= at_least).collect();
    // Most first; ties in key order, so the answer is stable.
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows.truncate(keep);
    rows
}

/// The answers from `events` (any order); `admins` are the administrators' ids.
pub fn insights(
    events: &[crate::model::audit::AuditEvent],
    admins: &std::collections::BTreeSet<UserId>,
) -> Insights {
    use crate::model::audit::{Action, Activity, Outcome};
    let subject =
        |e: &crate::model::audit::AuditEvent| Subject { id: e.target.clone(), name: e.target_name.clone() };
    let mut out = Insights { examined: events.len(), complete: true, ..Insights::default() };
    let mut registered = BTreeMap::new();
    let mut registered_methods = BTreeMap::new();
    let mut reset_methods = BTreeMap::new();
    let mut problems = BTreeMap::new();
    let mut themselves = BTreeMap::new();
    let mut blocked = BTreeMap::new();
    let mut failed = BTreeMap::new();
    let mut starts = BTreeMap::new();
    let mut addresses = BTreeMap::new();
    for e in events {
        let Some(activity) = e.activity() else { continue };
        if matches!(e.outcome, Outcome::Failure | Outcome::Blocked)
            && let Some(reason) = &e.reason
        {
            *problems.entry(reason.to_string()).or_insert(0) += 1;
        }
        let success = e.outcome == Outcome::Success;
        match (activity, e.action) {
            (Activity::PolicyChange, _) => out.policy_changes.push(e.clone()),
            (Activity::UserRegistered, Action::MethodRegistered) if success => {
                out.registrations += 1;
                *registered.entry(subject(e)).or_insert(0) += 1;
                for m in &e.methods {
                    *registered_methods.entry(*m).or_insert(0) += 1;
                }
            }
            (Activity::SelfServiceReset, _) if success => out.resets += 1,
            (Activity::AdminReset, _) if success => out.admin_resets += 1,
            (Activity::FlowProgress, Action::ResetMethodVerified) => {
                for m in &e.methods {
                    *reset_methods.entry(*m).or_insert(0) += 1;
                }
            }
            (Activity::FlowProgress, Action::ResetCodeFailed) => *failed.entry(subject(e)).or_insert(0) += 1,
            (Activity::FlowProgress, Action::ResetStarted) => {
                *starts.entry(subject(e)).or_insert(0) += 1;
                if let Some(ip) = &e.client_ip {
                    *addresses.entry(ip.clone()).or_insert(0) += 1;
                }
            }
            (Activity::BlockedFromReset, _) => *blocked.entry(subject(e)).or_insert(0) += 1,
            _ => {}
        }
        let own = matches!(activity, Activity::SelfServiceReset | Activity::SelfServiceChange)
            && success
            && e.target.as_ref().is_some_and(|t| admins.contains(t));
        if own {
            *themselves.entry(subject(e)).or_insert(0) += 1;
        }
    }
    out.policy_changes.sort_by_key(|e| std::cmp::Reverse(e.position()));
    out.policy_changes.truncate(RANKED * 5);
    out.registered_people = u32::try_from(registered.len()).unwrap_or(u32::MAX);
    out.registered = ranked(registered, 1, RANKED * 5);
    out.registered_methods = ranked(registered_methods, 1, RANKED);
    out.reset_methods = ranked(reset_methods, 1, RANKED);
    out.problems = ranked(problems, 1, RANKED);
    out.admins_resetting_themselves = ranked(themselves, 1, RANKED);
    out.blocked = ranked(blocked, 1, RANKED);
    out.failed_proofs = ranked(failed, SUSPICIOUS_FAILED_PROOFS, RANKED);
    out.starts_per_user = ranked(starts, SUSPICIOUS_STARTS_PER_USER, RANKED);
    out.starts_per_address = ranked(addresses, SUSPICIOUS_STARTS_PER_ADDRESS, RANKED);
    out
}

impl Admin {
    /// The answers to the administrator's questions over `range`, read
    /// from the trail at once (at most [`INSIGHT_EVENTS`]), with the
    /// registration summary they are shown beside: one heavy read.
    /// Needs `read_reports`.
    pub async fn insights(
        &self,
        caller: &Caller,
        range: TimeRange,
    ) -> Result<(Insights, RegistrationSummary), Error> {
        let me = self.acting(caller, Permission::ReadReports).await?;
        crate::access::limits::charge_heavy_read(&self.ports, &me.id).await?;
        let query = ActivityQuery::all(range.from, range.to, PAGE_MAX);
        let (events, complete) = self.ports.audit.all_activity(&query, INSIGHT_EVENTS).await?;
        let admins = self.admins_among(&events).await?;
        let mut answers = insights(&events, &admins);
        answers.complete = complete;
        answers.actor_names = self.actor_names(&answers.policy_changes).await?;
        answers.sign_ins = crate::access::tally::sign_ins(&self.ports, range.from, range.to).await?;
        Ok((answers, self.summary().await?))
    }

    /// Which of the people whose own password changed in `events` are
    /// administrators: one read per such person, the most frequent first and
    /// at most [`ADMIN_CHECKS`] — never the whole directory.
    async fn admins_among(
        &self,
        events: &[crate::model::audit::AuditEvent],
    ) -> Result<std::collections::BTreeSet<UserId>, Error> {
        use crate::model::audit::{Activity, Outcome};
        let mut own: BTreeMap<&UserId, u32> = BTreeMap::new();
        for e in events {
            let activity = e.activity();
            if matches!(activity, Some(Activity::SelfServiceReset | Activity::SelfServiceChange))
                && e.outcome == Outcome::Success
                && let Some(target) = &e.target
            {
                *own.entry(target).or_default() += 1;
            }
        }
        let mut ranked: Vec<_> = own.into_iter().collect();
        ranked.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        let mut admins = std::collections::BTreeSet::new();
        for (id, _) in ranked.into_iter().take(ADMIN_CHECKS) {
            if self.ports.directory.user(id).await?.is_some_and(|u| u.is_admin()) {
                admins.insert(id.clone());
            }
        }
        Ok(admins)
    }

    /// The registration summary over every user. Needs `read_reports`.
    /// Reads the whole user index once (one Query a page), so it counts as
    /// a heavy read.
    pub async fn registration_summary(&self, caller: &Caller) -> Result<RegistrationSummary, Error> {
        let me = self.acting(caller, Permission::ReadReports).await?;
        crate::access::limits::charge_heavy_read(&self.ports, &me.id).await?;
        self.summary().await
    }

    async fn summary(&self) -> Result<RegistrationSummary, Error> {
        let settings = self.ports.directory.settings().await?;
        let users = self.ports.directory.users().await?;
        Ok(summarize(&users, &settings, self.ports.clock.now()))
    }

    /// A page of the enabled users in the reset scope who have not
    /// registered enough methods, in username order. Needs `read_reports`.
    pub async fn not_registered(
        &self,
        caller: &Caller,
        cursor: Option<Cursor>,
        limit: usize,
    ) -> Result<UserPage, Error> {
        self.acting(caller, Permission::ReadReports).await?;
        let query = UserQuery {
            enabled: Some(true),
            registration: Some(RegistrationFilter::NotRegistered),
            limit,
            cursor,
            ..UserQuery::default()
        };
        self.users_matching(&query).await
    }

    /// A report's time range checked against this deployment's clock and
    /// retention (see [`TimeRange::parse`]).
    pub fn report_range(
        &self,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
    ) -> Result<TimeRange, ParseError> {
        TimeRange::parse(from, to, self.ports.clock.now(), self.ports.audit.retention())
    }

    /// The same, where `from` defaults to `days` before `to` (the insights'
    /// "last 7 days").
    pub fn recent_range(
        &self,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
        days: i64,
    ) -> Result<TimeRange, ParseError> {
        let end = to.unwrap_or_else(|| self.ports.clock.now());
        self.report_range(Some(from.unwrap_or(end - Duration::days(days))), Some(end))
    }

    /// A page of the reset activity report. Needs `read_reports`.
    /// A page of the activity report. The `user` and `actor` filters take a
    /// user id or a username (a name is looked up once the caller is known
    /// to be allowed); the page says who each actor is by username.
    pub async fn reset_activity(
        &self,
        caller: &Caller,
        query: &ActivityQuery,
    ) -> Result<ActivityPage, Error> {
        self.acting(caller, Permission::ReadReports).await?;
        let mut query = query.clone();
        query.user = self.person(query.user.take()).await?;
        query.actor = self.person(query.actor.take()).await?;
        let mut page = self.ports.audit.activity(&query).await?;
        page.actor_names = self.actor_names(&page.events).await?;
        Ok(page)
    }

    /// Who each actor of `events` is, by username as they are now (an API
    /// client as `API client <id>`): one read per distinct actor, so a page
    /// of a hundred events by one administrator costs one. An actor who is
    /// no longer anyone is left out.
    async fn actor_names(
        &self,
        events: &[crate::model::audit::AuditEvent],
    ) -> Result<std::collections::BTreeMap<UserId, String>, Error> {
        let actors: std::collections::BTreeSet<&UserId> =
            events.iter().filter_map(|e| e.actor.as_ref()).collect();
        let mut names = std::collections::BTreeMap::new();
        for actor in actors {
            let name = match actor.as_str().strip_prefix("client:") {
                Some(client) => Some(format!("API client {client}")),
                None => self.ports.directory.user(actor).await?.map(|u| u.username.to_string()),
            };
            if let Some(name) = name {
                names.insert(actor.clone(), name);
            }
        }
        Ok(names)
    }

    /// The id a filter names: itself when it is someone's id, else the id
    /// of the user with that username; as given when neither (it then
    /// matches nothing).
    async fn person(&self, named: Option<UserId>) -> Result<Option<UserId>, Error> {
        let Some(named) = named else { return Ok(None) };
        if self.ports.directory.user(&named).await?.is_some() {
            return Ok(Some(named));
        }
        let by_name = match crate::model::values::Username::parse(named.as_str()) {
            Ok(username) => self.ports.directory.user_by_username(&username).await?,
            Err(_) => None,
        };
        Ok(Some(by_name.map_or(named, |u| u.id)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::settings::Scope;
    use crate::testing::sample_user;

    fn audit(
        action: crate::model::audit::Action,
        outcome: crate::model::audit::Outcome,
        target: &str,
    ) -> crate::model::audit::AuditEvent {
        crate::model::audit::AuditEvent {
            id: format!("{target}{action:?}"),
            at: at("2026-12-01T00:00:00Z"),
            actor: None,
            target: Some(UserId::new(target)),
            target_name: Some(target.into()),
            action,
            outcome,
            reason: Some("code_invalid".into()),
            client_ip: Some("198.51.100.7".into()),
            user_agent: None,
            methods: vec![crate::model::methods::MethodKind::Email],
        }
    }

    #[test]
    fn insights_rank_problems_and_flag_repeated_failures_and_admins_resetting_themselves() {
        use crate::model::audit::{Action, Outcome};
        let mut events = Vec::new();
        for _ in 0..3 {
            events.push(audit(Action::ResetCodeFailed, Outcome::Failure, "mallory"));
        }
        events.push(audit(Action::ResetCodeFailed, Outcome::Failure, "adele"));
        events.push(audit(Action::ResetCompleted, Outcome::Success, "boss"));
        events.push(audit(Action::ResetCompleted, Outcome::Success, "adele"));
        events.push(audit(Action::ResetMethodVerified, Outcome::Success, "adele"));
        let admins = std::collections::BTreeSet::from([UserId::new("boss")]);
        let answers = insights(&events, &admins);
        assert_eq!(answers.problems, vec![("code_invalid".to_owned(), 4)]);
        assert_eq!(answers.failed_proofs.len(), 1, "only mallory reached the threshold");
        assert_eq!(answers.failed_proofs[0].0.name.as_deref(), Some("mallory"));
        assert_eq!(answers.resets, 2);
        assert_eq!(answers.admins_resetting_themselves.len(), 1);
        assert_eq!(answers.reset_methods, vec![(crate::model::methods::MethodKind::Email, 1)]);
    }

    #[test]
    fn the_summary_counts_everyone_by_standing_by_data_and_by_group() {
        let now = at("2026-12-02T00:00:00Z");
        let mut settings = OrgSettings::default();
        settings.registration.scope = Scope::All;
        let mut ready = sample_user("ready");
        ready.groups.insert(GroupName::parse("sales").unwrap());
        let mut bare = sample_user("bare");
        bare.emails.clear();
        bare.phones.clear();
        bare.groups.insert(GroupName::parse("sales").unwrap());
        let mut off = sample_user("off");
        off.enabled = false;
        let summary = summarize(&[ready, bare, off], &settings, now);
        assert_eq!(summary.all.users, 2, "disabled users are left out");
        assert_eq!(summary.all.registered + summary.all.not_registered, 2);
        let sales = summary.by_group[&GroupName::parse("sales").unwrap()];
        assert_eq!(sales.users, 2);
        assert_eq!(summary.by_method.len(), RegisteredData::ALL.len());
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn a_range_defaults_to_the_retention_period_and_refuses_reversed_or_longer_ones() {
        let now = at("2026-12-02T00:00:00Z");
        let all = TimeRange::parse(None, None, now, Retention::DEFAULT).unwrap();
        assert_eq!((all.from, all.to), (at("2025-12-02T00:00:00Z"), now));
        let reversed = TimeRange::parse(Some(now), Some(at("2026-12-01T00:00:00Z")), now, Retention::DEFAULT);
        assert_eq!(reversed.unwrap_err().field, "from");
        let unbounded = TimeRange::parse(Some(at("1970-01-01T00:00:00Z")), None, now, Retention::DEFAULT);
        assert_eq!(unbounded.unwrap_err().field, "from");
        let short = Retention::days(30).unwrap();
        assert!(TimeRange::parse(Some(at("2026-11-02T00:00:00Z")), None, now, short).is_ok());
        assert!(TimeRange::parse(Some(at("2026-10-01T00:00:00Z")), None, now, short).is_err());
    }
}
