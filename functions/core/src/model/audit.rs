//! Audit events: who did what to whom, from where, and how it ended.
//!
//! An event never carries a password, code, token or hash; `reason` holds
//! rule names, fixed words and the names and counts they concern (a sync's
//! summary, say), so it is safe to show in reports.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::model::methods::MethodKind;
use crate::model::values::{ParseError, UserId};

/// What was attempted.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    SignIn,
    /// Someone signed out of a web app: its refresh credentials end.
    SignOut,
    /// A web app's session ended without its owner signing out (reason:
    /// `refresh_reused`, a spent refresh credential came back, so two hold
    /// the session: a security signal).
    SessionEnded,
    PasswordChange,
    AccountLockout,
    UserCreated,
    SettingsChanged,
    ResetStarted,
    ResetCodeSent,
    ResetCodeFailed,
    ResetMethodVerified,
    ResetBlocked,
    ResetCompleted,
    AccountUnlocked,
    MethodCodeSent,
    MethodCodeFailed,
    MethodRegistered,
    MethodRemoved,
    MethodsConfirmed,
    /// An administrator changed a user's account (the reason names what).
    UserUpdated,
    /// An administrator or helpdesk reset a user's password (reason: how).
    AdminPasswordReset,
    /// An administrator granted or removed roles (reason: which).
    RolesChanged,
    /// An administrator deleted a user (the audit history stays).
    UserDeleted,
    /// An invitation to set a password was sent (reason: the channel).
    InvitationSent,
    /// Someone used an invitation's code (outcome says whether it was right).
    InvitationAccepted,
    /// A helpdesk person checked who a user is (reason: code_sent, verified, code_invalid).
    HelpdeskCheck,
    /// A group was created (reason: how — `created`, `renamed_from …`, `named_by_user_edit`).
    GroupCreated,
    /// A group's record changed (reason: `description`, `renaming_to …`).
    GroupUpdated,
    /// A rename finished: the old name's record is gone (reason: the new name, members moved).
    GroupRenamed,
    /// A group was deleted and taken off its members (reason: how many).
    GroupDeleted,
    /// A user joined a group (reason: which).
    GroupMemberAdded,
    /// A user left a group (reason: which, and whether they lost self-service reset).
    GroupMemberRemoved,
    /// A new password was found in known breaches and accepted, because the
    /// check is audit-only (reason: `audit_only,<where it was found>`); the
    /// change itself has its own event.
    BreachedPasswordAudited,
    /// An administrator issued a one-time token to enrol a writeback agent (reason: the directory).
    AgentEnrolmentIssued,
    /// A writeback agent enrolled with a token (target name: the agent; actor: who issued the token).
    AgentEnrolled,
    /// An agent replaced its keys.
    AgentKeysRotated,
    /// An administrator revoked an agent.
    AgentRevoked,
    /// An agent sent its directory's users (reason: how many created, updated, removed).
    DirectorySynced,
    /// An administrator created an API client (target name: its id; reason: name and scopes).
    ClientCreated,
    /// An administrator rotated a client's secret (reason: until when the previous one works).
    ClientSecretRotated,
    /// An administrator revoked a client: its secrets and tokens stop at once.
    ClientRevoked,
    /// The token endpoint refused a client (target name: the id given, when
    /// it has a client id's shape; reason: `unknown_client`, `wrong_secret`,
    /// `invalid_scope` or `too_many_failures`).
    ClientTokenRefused,
    /// A user changed one of their own preferences (reason: which, and to
    /// what — `language:de`, `language:none`); an administrator's change to
    /// the same is a `UserUpdated`.
    PreferenceChanged,
    /// A password that just signed in was found in known breaches (reason:
    /// `enforced,at_sign_in,<source>` — the session can only change it — or
    /// `audit_only,at_sign_in,<source>`).
    BreachedPasswordFound,
    /// A reminder that the user's password expires went out (reason:
    /// `days:<n>`, and the channels).
    ExpiryReminderSent,
    /// A run of the scheduled work ended (reason: how many users it read
    /// and how many reminders it sent, and the whole pass's totals when it
    /// finished one).
    ScheduledRun,
    /// The owner said a change was not theirs: the account is locked down
    /// (reason: what was reported, and from where).
    AccountReported,
    /// An administrator lifted an owner's lockdown.
    LockdownLifted,
    /// A registration campaign began (reason: its id and rules) or ended.
    CampaignStarted,
    CampaignEnded,
    /// The scheduled work invited a user to register, for a campaign.
    CampaignInvitationSent,
    /// The user put a campaign's registration off ("later").
    RegistrationSnoozed,
    /// A Temporary Access Pass was issued (reason: one-time or multi-use,
    /// its lifetime, whether the help desk's check was verified, and
    /// whether it replaced another), used to sign in, revoked, or ran out unused.
    AccessPassIssued,
    AccessPassUsed,
    AccessPassRevoked,
    AccessPassExpired,
    /// An administrator subscribed an endpoint to events (target name: the
    /// subscription; reason: its address and event types), changed one
    /// (reason: what changed, `paused`/`resumed` among them), rotated its
    /// signing secret, or removed it.
    WebhookCreated,
    WebhookChanged,
    WebhookSecretRotated,
    WebhookDeleted,
    /// A subscription whose deliveries failed for a day was paused (the
    /// administrators are told).
    WebhookPaused,
}

/// How it ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Success,
    Failure,
    /// Refused because the account was locked.
    Locked,
    /// Refused by a rate limit or a reset block.
    Blocked,
}

impl Action {
    /// The action as stored and published (`reset_code_failed`): its name
    /// in snake case, as `serde(rename_all = "snake_case")` spells it.
    /// Every action, in their declared order: the event types integrators may subscribe to.
    pub fn all() -> impl Iterator<Item = Action> {
        <Self as strum::IntoEnumIterator>::iter()
    }

    /// The action whose [`code`](Self::code) is `code`.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::all().find(|a| a.code() == code)
    }

    pub fn code(self) -> String {
        let mut code = String::new();
        for c in format!("{self:?}").chars() {
            if c.is_ascii_uppercase() && !code.is_empty() {
                code.push('_');
            }
            code.push(c.to_ascii_lowercase());
        }
        code
    }
}

/// Where a request came from, as the HTTP layer saw it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestMeta {
    pub client_ip: Option<String>,
    pub user_agent: Option<String>,
}

/// One line in the audit trail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEvent {
    pub id: String,
    pub at: DateTime<Utc>,
    /// The user who acted; `None` for an anonymous caller.
    pub actor: Option<UserId>,
    /// The account acted on, when one exists.
    pub target: Option<UserId>,
    /// The name the caller gave for the target (kept even when no such user exists).
    pub target_name: Option<String>,
    pub action: Action,
    pub outcome: Outcome,
    /// Machine-readable why: rule names or a fixed word such as `unknown_user`.
    pub reason: Option<Reason>,
    pub client_ip: Option<String>,
    pub user_agent: Option<String>,
    /// The methods the event is about: the one a code went to or was proven
    /// with, or those a completed reset was proven by. Empty when none.
    #[serde(default)]
    pub methods: Vec<MethodKind>,
}

/// Why an event ended as it did, as a list of codes: rule names
/// (`min_length`), fixed words (`unknown_user`) and the names they concern
/// (`audit_only`, `corpus`). Stored and published as the codes joined by
/// commas, which splits back into the same list; a code never holds a
/// password, a code sent, a token or a hash.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub struct Reason(Vec<String>);

impl Reason {
    /// A reason of the given codes, in order.
    pub fn codes_of<I, S>(codes: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self(codes.into_iter().map(Into::into).collect())
    }

    pub fn codes(&self) -> &[String] {
        &self.0
    }

    /// Whether `code` is one of the reason's codes.
    pub fn has(&self, code: &str) -> bool {
        self.0.iter().any(|c| c == code)
    }
}

/// A stored or written reason: its codes are what the commas separate.
impl From<&str> for Reason {
    fn from(joined: &str) -> Self {
        Self(joined.split(',').map(str::to_owned).collect())
    }
}

impl From<String> for Reason {
    fn from(joined: String) -> Self {
        Self::from(joined.as_str())
    }
}

impl From<&String> for Reason {
    fn from(joined: &String) -> Self {
        Self::from(joined.as_str())
    }
}

impl From<Reason> for String {
    fn from(reason: Reason) -> String {
        reason.0.join(",")
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.join(","))
    }
}

/// A new event's id and time, drawn from the random source and the clock
/// (`Ports::stamp`), so building an event needs no port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    pub id: String,
    pub at: DateTime<Utc>,
}

impl AuditEvent {
    /// An event about `user`, by `actor` (`None`: anonymous), from `meta`.
    pub fn about(
        stamp: Stamp,
        actor: Option<&UserId>,
        user: &crate::model::user::User,
        (action, outcome): (Action, Outcome),
        reason: impl Into<Reason>,
        meta: &RequestMeta,
    ) -> Self {
        Self {
            target: Some(user.id.clone()),
            ..Self::named(stamp, actor, (action, outcome), user.username.as_str(), reason, meta)
        }
    }

    /// An event about something named that is no user (an agent, an API
    /// client), by `actor` (`None`: anonymous or a machine), from `meta`.
    pub fn named(
        stamp: Stamp,
        actor: Option<&UserId>,
        (action, outcome): (Action, Outcome),
        name: &str,
        reason: impl Into<Reason>,
        meta: &RequestMeta,
    ) -> Self {
        Self {
            id: stamp.id,
            at: stamp.at,
            actor: actor.cloned(),
            target: None,
            target_name: Some(name.to_owned()),
            action,
            outcome,
            reason: Some(reason.into()),
            client_ip: meta.client_ip.clone(),
            user_agent: meta.user_agent.clone(),
            methods: Vec::new(),
        }
    }

    /// The reason as it is stored and published: its codes joined by commas.
    pub fn reason_text(&self) -> Option<String> {
        self.reason.as_ref().map(ToString::to_string)
    }

    /// Whether the event's reason is exactly the one code `code`.
    pub fn reason_is(&self, code: &str) -> bool {
        self.reason.as_ref().is_some_and(|r| r.codes() == [code])
    }

    /// Where the event sits in the trail's newest-first order.
    pub fn position(&self) -> Position {
        Position { at: self.at, id: self.id.clone() }
    }

    /// The self-service password management activity this event belongs to,
    /// if any (sign-ins, group edits and the like belong to none).
    pub fn activity(&self) -> Option<Activity> {
        use Action::*;
        let by_someone_else = self.actor.is_some() && self.actor != self.target;
        Some(match self.action {
            SettingsChanged => Activity::PolicyChange,
            ResetBlocked => Activity::BlockedFromReset,
            PasswordChange => Activity::SelfServiceChange,
            AdminPasswordReset => Activity::AdminReset,
            ResetCompleted => Activity::SelfServiceReset,
            ResetStarted | ResetCodeSent | ResetCodeFailed | ResetMethodVerified => Activity::FlowProgress,
            AccountUnlocked if by_someone_else => Activity::AdminUnlock,
            AccountUnlocked => Activity::SelfServiceUnlock,
            MethodCodeSent | MethodCodeFailed | MethodRegistered | MethodRemoved | MethodsConfirmed => {
                Activity::UserRegistered
            }
            UserCreated | UserUpdated if self.reason_is("import") => Activity::Import,
            AccountLockout => Activity::Lockout,
            _ => return None,
        })
    }
}

/// The activity types of the reset-activity report: Entra's eight
/// self-service password management activities, then Latchkey's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Activity {
    /// An administrator changed the reset policy or another setting.
    PolicyChange,
    /// A user was blocked from self-service reset (a limit was hit).
    BlockedFromReset,
    /// A signed-in user changed their own password.
    SelfServiceChange,
    /// An administrator or the helpdesk reset a user's password.
    AdminReset,
    /// A user reset their own password (or failed at the last step).
    SelfServiceReset,
    /// A reset flow moved on: started, a code sent, a method passed or failed.
    FlowProgress,
    /// A user unlocked their own account.
    SelfServiceUnlock,
    /// A user registered, removed or re-confirmed a method.
    UserRegistered,
    /// An administrator or the helpdesk lifted a lockout.
    AdminUnlock,
    /// An import created or updated a user.
    Import,
    /// Too many failed sign-ins locked an account.
    Lockout,
}

impl Activity {
    pub const ALL: [Activity; 11] = [
        Activity::PolicyChange,
        Activity::BlockedFromReset,
        Activity::SelfServiceChange,
        Activity::AdminReset,
        Activity::SelfServiceReset,
        Activity::FlowProgress,
        Activity::SelfServiceUnlock,
        Activity::UserRegistered,
        Activity::AdminUnlock,
        Activity::Import,
        Activity::Lockout,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Activity::PolicyChange => "policy_change",
            Activity::BlockedFromReset => "blocked_from_reset",
            Activity::SelfServiceChange => "self_service_change",
            Activity::AdminReset => "admin_reset",
            Activity::SelfServiceReset => "self_service_reset",
            Activity::FlowProgress => "flow_progress",
            Activity::SelfServiceUnlock => "self_service_unlock",
            Activity::UserRegistered => "user_registered",
            Activity::AdminUnlock => "admin_unlock",
            Activity::Import => "import",
            Activity::Lockout => "lockout",
        }
    }

    /// The activity of that name; `field` names the input in the error.
    pub fn parse(raw: &str, field: &'static str) -> Result<Self, ParseError> {
        Self::ALL.into_iter().find(|a| a.as_str() == raw).ok_or_else(|| {
            let names: Vec<&str> = Self::ALL.iter().map(|a| a.as_str()).collect();
            ParseError::new(field, format!("must be one of {}", names.join(", ")))
        })
    }
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::Failure => "failure",
            Outcome::Locked => "locked",
            Outcome::Blocked => "blocked",
        }
    }

    pub fn parse(raw: &str, field: &'static str) -> Result<Self, ParseError> {
        [Outcome::Success, Outcome::Failure, Outcome::Locked, Outcome::Blocked]
            .into_iter()
            .find(|o| o.as_str() == raw)
            .ok_or_else(|| ParseError::new(field, "must be one of success, failure, locked, blocked"))
    }
}

/// How long audit events are kept (DynamoDB's TTL removes them after
/// that, and reports never show an older one even before it does).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention(u32);

impl Retention {
    /// A year, where Entra keeps thirty days: a reset rollout is judged
    /// over months, and an investigation often starts long after the fact.
    pub const DEFAULT: Retention = Retention(365);

    /// 1 to 3,650 days.
    pub fn days(days: u32) -> Result<Self, ParseError> {
        if (1..=3650).contains(&days) {
            Ok(Self(days))
        } else {
            Err(ParseError::new("retention_days", "must be 1 to 3650 days"))
        }
    }

    pub fn duration(self) -> chrono::Duration {
        chrono::Duration::days(i64::from(self.0))
    }

    pub fn as_days(self) -> u32 {
        self.0
    }
}

impl Default for Retention {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// A place in the trail's newest-first order: a page goes on strictly
/// after (older than) it. Time first, then the id, so no two events share one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub at: DateTime<Utc>,
    pub id: String,
}

impl Position {
    /// `<RFC 3339, microseconds>~<id>`: what an API cursor wraps.
    pub fn encode(&self) -> String {
        format!("{}~{}", self.at.format("%Y-%m-%dT%H:%M:%S%.6fZ"), self.id)
    }

    /// What `encode` wrote; `field` names the input in the error.
    pub fn decode(raw: &str, field: &'static str) -> Result<Self, ParseError> {
        let bad = || ParseError::new(field, "is not a cursor this API issued");
        let (at, id) = raw.split_once('~').ok_or_else(bad)?;
        let at = DateTime::parse_from_rfc3339(at).map_err(|_| bad())?.with_timezone(&Utc);
        if id.is_empty() || id.len() > 64 || !id.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(bad());
        }
        Ok(Self { at, id: id.to_owned() })
    }
}

/// Which events a report wants. Every filter is optional but the time range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityQuery {
    /// Oldest time included.
    pub from: DateTime<Utc>,
    /// Newest time included.
    pub to: DateTime<Utc>,
    pub activity: Option<Activity>,
    pub outcome: Option<Outcome>,
    /// The account acted on.
    pub user: Option<UserId>,
    /// Who acted.
    pub actor: Option<UserId>,
    pub method: Option<MethodKind>,
    /// Words the event's name, reason, action or address must contain.
    pub text: Option<SearchText>,
    /// The page size.
    pub limit: usize,
    /// Go on after this event (from the previous page's `next`).
    pub after: Option<Position>,
}

impl ActivityQuery {
    /// Every event from `from` to `to`, `limit` a page, unfiltered.
    pub fn all(from: DateTime<Utc>, to: DateTime<Utc>, limit: usize) -> Self {
        Self {
            from,
            to,
            activity: None,
            outcome: None,
            user: None,
            actor: None,
            method: None,
            text: None,
            limit,
            after: None,
        }
    }
}

impl ActivityQuery {
    /// Whether `event` passes every filter but the time range and cursor.
    pub fn matches(&self, event: &AuditEvent) -> bool {
        let Some(activity) = event.activity() else { return false };
        self.activity.is_none_or(|a| a == activity)
            && self.outcome.is_none_or(|o| o == event.outcome)
            && self.user.as_ref().is_none_or(|u| event.target.as_ref() == Some(u))
            && self.actor.as_ref().is_none_or(|a| event.actor.as_ref() == Some(a))
            && self.method.is_none_or(|m| event.methods.contains(&m))
            && self.text.as_ref().is_none_or(|t| t.found_in(event))
    }
}

/// A free-text search of the trail, as typed: trimmed, lower case, 2 to 64
/// characters. It matches an event whose target name, reason, action or
/// client address contains it — as typed, or with its spaces as the
/// underscores of a code ("wrong password" finds `wrong_password`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchText(String);

impl SearchText {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let text = raw.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        if !(2..=64).contains(&text.chars().count()) || text.chars().any(char::is_control) {
            return Err(ParseError::new("text", "must be 2 to 64 characters"));
        }
        Ok(Self(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The text as a code's words are joined (`wrong_password`).
    pub fn as_code(&self) -> String {
        self.0.replace(' ', "_")
    }

    /// Whether `event` holds the text where a store's search looks.
    pub fn found_in(&self, event: &AuditEvent) -> bool {
        let code = self.as_code();
        let action = Some(event.action.code());
        [event.target_name.clone(), event.reason_text(), event.client_ip.clone(), action]
            .into_iter()
            .flatten()
            .any(|field| field.contains(&self.0) || field.contains(&code))
    }
}

/// A page of a report, newest first.
#[derive(Debug, Clone, Default)]
pub struct ActivityPage {
    pub events: Vec<AuditEvent>,
    /// Where the next page starts; `None` on the last page. A page may be
    /// shorter than asked when filters skip many events and still have a `next`.
    pub next: Option<Position>,
    /// The username of each person who acted on this page, as they are now
    /// (the report shows "by adele", the id one click away); empty as the
    /// store reads it, filled by the report.
    pub actor_names: std::collections::BTreeMap<UserId, String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(action: Action, actor: Option<&str>, target: Option<&str>, reason: &str) -> AuditEvent {
        AuditEvent {
            id: "0a".into(),
            at: Utc::now(),
            actor: actor.map(UserId::new),
            target: target.map(UserId::new),
            target_name: None,
            action,
            outcome: Outcome::Success,
            reason: Some(reason.into()),
            client_ip: None,
            user_agent: None,
            methods: Vec::new(),
        }
    }

    #[test]
    fn unlocks_are_self_service_unless_someone_else_acted_and_imports_are_their_own_activity() {
        let unlock = |actor| event(Action::AccountUnlocked, actor, Some("u1"), "self_service").activity();
        assert_eq!(unlock(None), Some(Activity::SelfServiceUnlock));
        assert_eq!(unlock(Some("u1")), Some(Activity::SelfServiceUnlock));
        assert_eq!(unlock(Some("admin")), Some(Activity::AdminUnlock));
        assert_eq!(
            event(Action::UserCreated, Some("a"), Some("u"), "import").activity(),
            Some(Activity::Import)
        );
        assert_eq!(event(Action::UserCreated, Some("a"), Some("u"), "administrator").activity(), None);
        assert_eq!(event(Action::SignIn, None, Some("u"), "").activity(), None);
        for a in Activity::ALL {
            assert_eq!(Activity::parse(a.as_str(), "activity").unwrap(), a);
        }
        assert_eq!(Activity::parse("reset", "activity").unwrap_err().field, "activity");
    }

    #[test]
    fn a_position_survives_its_encoding_and_nothing_else_decodes() {
        let p = Position { at: Utc::now(), id: "00ff".into() };
        let back = Position::decode(&p.encode(), "next").unwrap();
        assert_eq!(back.id, p.id);
        assert_eq!(back.at.timestamp_micros(), p.at.timestamp_micros());
        for bad in ["", "~", "2026-01-01T00:00:00Z~", "yesterday~00ff", "2026-01-01T00:00:00Z~a#b"] {
            assert!(Position::decode(bad, "next").is_err(), "{bad}");
        }
    }

    #[test]
    fn an_action_code_is_its_stored_name_and_the_search_finds_words_and_codes() {
        for action in [Action::SignIn, Action::ResetCodeFailed, Action::BreachedPasswordAudited] {
            assert_eq!(serde_json::to_value(action).unwrap(), action.code());
        }
        let mut e = event(Action::SignIn, None, None, "wrong_password");
        e.target_name = Some("alex.wilber".into());
        let found = |t: &str| SearchText::parse(t).unwrap().found_in(&e);
        assert!(found("Wilber") && found("wrong password") && found("sign in") && !found("reset"));
        assert!(SearchText::parse(" x ").is_err() && SearchText::parse(&"y".repeat(65)).is_err());
    }

    #[test]
    fn a_reason_is_a_list_of_codes_that_is_stored_as_one_string() {
        let reason = Reason::codes_of(["min_length", "banned", "breached"]);
        assert_eq!(reason.to_string(), "min_length,banned,breached");
        assert_eq!(Reason::from("min_length,banned,breached"), reason, "splits back into the same codes");
        assert!(reason.has("banned") && !reason.has("min"));
        let mut e = event(Action::PasswordChange, None, None, "import");
        assert!(e.reason_is("import"));
        e.reason = Some(reason);
        assert!(!e.reason_is("banned"), "one code of several is not the reason");
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["reason"], "min_length,banned,breached", "the published form is unchanged");
        let back: AuditEvent = serde_json::from_value(json).unwrap();
        assert_eq!(back, e);
    }
}
