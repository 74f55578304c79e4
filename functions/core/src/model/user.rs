//! A user of the directory and the state sign-in and lockout keep on them.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::model::language::Language;
use crate::model::registration::Registration;
use crate::model::settings::{HISTORY_MAX, OrgSettings};
use crate::model::values::{E164, Email, GroupName, PasswordHash, UserId, Username};

/// What a user may do beyond managing their own password (`roles` says what
/// each may do to whom).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    User,
    Admin,
    /// Reads users; resets, unlocks and invites users who hold no privileged role.
    Helpdesk,
    /// Reads reports, nothing else.
    ReportsReader,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::User, Role::Admin, Role::Helpdesk, Role::ReportsReader];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::User => "user",
            Role::Admin => "admin",
            Role::Helpdesk => "helpdesk",
            Role::ReportsReader => "reports_reader",
        }
    }

    pub fn parse(raw: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == raw)
    }

    /// Every role but the plain user's is privileged: a helpdesk may not act
    /// on its holder.
    pub fn is_privileged(self) -> bool {
        self != Role::User
    }
}

/// The current password and the ones before it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordState {
    pub hash: PasswordHash,
    pub changed_at: DateTime<Utc>,
    /// Earlier hashes, newest first, at most `HISTORY_MAX - 1` of them.
    pub history: Vec<PasswordHash>,
    /// Set for a temporary password an administrator's reset issued: it signs
    /// in only to change the password, and only until then.
    #[serde(default)]
    pub temporary_until: Option<DateTime<Utc>>,
}

/// Failed sign-ins and lockouts since the last successful one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockoutState {
    /// Failures since the last success or lockout.
    pub failed_attempts: u32,
    pub locked_until: Option<DateTime<Utc>>,
    /// Lockouts since the last success; each doubles the next one's length.
    pub lockouts: u32,
}

/// A person in the directory.
///
/// Their sign-in state — the password and its history, the lockout, the
/// lock epoch and the session version — is private: it changes only through
/// the transitions below (a password replaced or made temporary, sessions
/// revoked, the account unlocked), so that a new password always moves the
/// old one into the history and a revocation always ends what it should. A
/// store puts it back with [`User::restore_credentials`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: UserId,
    pub username: Username,
    pub display_name: String,
    pub first_name: String,
    pub last_name: String,
    pub emails: Vec<Email>,
    pub phones: Vec<E164>,
    pub roles: BTreeSet<Role>,
    pub groups: BTreeSet<GroupName>,
    pub enabled: bool,
    /// The language the person chose for the portal and their messages;
    /// `None` follows the organisation's default (`OrgSettings::default_language`).
    pub language: Option<Language>,
    /// `None` until a password is first set.
    password: Option<PasswordState>,
    /// Set by an admin reset: the next sign-in leads to a change.
    pub must_change_password: bool,
    /// Exempts this user from the organisation's maximum password age.
    pub password_never_expires: bool,
    lockout: LockoutState,
    /// Part of the name the lockout counters count under: an administrator's
    /// unlock bumps it, which leaves every counter for the account behind at
    /// once — those per client address too, which cannot be listed.
    lock_epoch: u32,
    /// Bumped to revoke every token issued before (reset, disable, change).
    token_version: u32,
    /// The one session that survives the last bump: the one the password
    /// was changed in (a change ends the user's *other* sessions).
    kept_session: Option<SessionToken>,
    pub created_at: DateTime<Utc>,
    pub last_sign_in_at: Option<DateTime<Utc>>,
    /// The methods the user registered themselves, and their confirmation.
    pub registration: Registration,
    /// A pending invitation to set a password (`invitations`).
    pub invitation: Option<crate::model::user::Invitation>,
    /// A helpdesk person's check of who the user is (`verification`).
    pub helpdesk_check: Option<crate::model::user::HelpdeskCheck>,
    /// The last expiry reminder sent: for which expiry, and how many days
    /// before it (never the same reminder twice; a new password starts afresh).
    pub expiry_reminded: Option<ExpiryReminded>,
    /// Chose the weekly digest (someone who may read reports).
    pub weekly_digest: bool,
    /// The owner said a change was not theirs: no sign-in, reset or
    /// registration until an administrator lifts it.
    pub lockdown: Option<Lockdown>,
    /// What the running registration campaign did for the user.
    pub campaign: Option<crate::model::campaign::CampaignMark>,
    /// The Temporary Access Pass an administrator or the help desk issued
    /// (one at a time; kept after use and expiry until replaced or revoked,
    /// so the console can say what became of it).
    pub access_pass: Option<crate::model::access_pass::AccessPass>,
    /// Set for a user synced from an on-premises directory: their password
    /// changes are written back to it (`writeback`).
    pub synced: Option<crate::model::directory::SyncedFrom>,
    /// What an identity provider keeps on the user beside the profile
    /// (SCIM's `externalId` and enterprise attributes); `None` until one sets any.
    pub provisioning: Option<Provisioning>,
    /// When the profile (names, contacts, groups, roles, standing) last
    /// changed; `None` when it has not since creation.
    pub updated_at: Option<DateTime<Utc>>,
    /// Optimistic-concurrency version; the store refuses a write based on an old one.
    pub version: u64,
}

/// Attributes an identity provider keeps on a user that Latchkey stores and
/// gives back but does not act on, each at most [`Provisioning::TEXT_MAX`] characters.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provisioning {
    /// The provider's own id for the user (SCIM `externalId`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    /// The manager's id as the provider gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager: Option<String>,
    /// The language tag as the provider gave it (`User::language` holds the
    /// one of Latchkey's seven it names, if any).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_language: Option<String>,
    /// Numbers the provider sent that are not international (E.164) ones:
    /// kept and given back, never texted or called.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_phones: Vec<String>,
}

impl Provisioning {
    pub const TEXT_MAX: usize = 256;

    /// Nothing kept: stored as no record at all.
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

/// What a session token says about its own standing: the user's token
/// version when it was issued, its unique id, and whether its sign-in proved
/// a second factor (a privileged role is only ever exercised from one that did).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionToken {
    pub version: u32,
    pub id: String,
    second_factor: bool,
}

impl SessionToken {
    /// A session whose sign-in proved the password alone.
    pub fn new(version: u32, id: impl Into<String>) -> Self {
        Self { version, id: id.into(), second_factor: false }
    }

    /// The same session, its sign-in having proved a second factor (or not).
    #[must_use]
    pub fn with_second_factor(mut self, proved: bool) -> Self {
        self.second_factor = proved;
        self
    }

    /// Whether the sign-in behind this session proved a second factor.
    pub fn second_factor(&self) -> bool {
        self.second_factor
    }

    /// The same token, whatever its strength: what a revocation keeps.
    fn same_as(&self, other: &SessionToken) -> bool {
        self.version == other.version && self.id == other.id
    }
}

/// A user's sign-in state as a store keeps it, every field open: what
/// [`User::credentials`] gives and [`User::restore_credentials`] puts back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoredCredentials {
    pub password: Option<PasswordState>,
    pub lockout: LockoutState,
    pub lock_epoch: u32,
    pub token_version: u32,
    pub kept_session: Option<SessionToken>,
}

impl User {
    /// The sign-in state, for a store to write.
    pub fn credentials(&self) -> StoredCredentials {
        StoredCredentials {
            password: self.password.clone(),
            lockout: self.lockout.clone(),
            lock_epoch: self.lock_epoch,
            token_version: self.token_version,
            kept_session: self.kept_session.clone(),
        }
    }

    /// The sign-in state read back from a store.
    #[must_use]
    pub fn restore_credentials(mut self, stored: StoredCredentials) -> Self {
        self.password = stored.password;
        self.lockout = stored.lockout;
        self.lock_epoch = stored.lock_epoch;
        self.token_version = stored.token_version;
        self.kept_session = stored.kept_session;
        self
    }

    /// The current password, `None` until one is first set.
    pub fn password(&self) -> Option<&PasswordState> {
        self.password.as_ref()
    }

    pub fn lockout(&self) -> &LockoutState {
        &self.lockout
    }

    /// Part of the name the lockout counters count under.
    pub fn lock_epoch(&self) -> u32 {
        self.lock_epoch
    }

    /// The version a new session token is issued at.
    pub fn token_version(&self) -> u32 {
        self.token_version
    }

    /// The one session kept through the last revocation, if any.
    pub fn kept_session(&self) -> Option<&SessionToken> {
        self.kept_session.as_ref()
    }

    /// Clears a lockout the record holds (a sign-in, a change or a reset that succeeded).
    pub fn clear_lockout(&mut self) {
        self.lockout = LockoutState::default();
    }

    /// An administrator's unlock: the record's lockout is cleared and every
    /// try counter kept for the account is left behind at once.
    pub fn unlock(&mut self) {
        self.lock_epoch += 1;
        self.clear_lockout();
    }

    /// Makes the current password a temporary one, good until `until`: it
    /// then signs in only to change it. Nothing happens without a password.
    pub fn make_password_temporary(&mut self, until: DateTime<Utc>) {
        if let Some(state) = self.password.as_mut() {
            state.temporary_until = Some(until);
        }
    }

    /// Whether a session token still stands: issued at the current token
    /// version, or the one session kept through the last revocation.
    pub fn accepts(&self, token: &SessionToken) -> bool {
        token.version == self.token_version || self.kept_session.as_ref().is_some_and(|k| k.same_as(token))
    }

    /// Ends every session (reset, disable, an administrator's revocation).
    pub fn revoke_sessions(&mut self) {
        self.token_version += 1;
        self.kept_session = None;
    }

    /// Ends every session but `keep` (a password change, made in `keep`).
    pub fn revoke_other_sessions(&mut self, keep: &SessionToken) {
        self.token_version += 1;
        self.kept_session = Some(keep.clone());
    }

    pub fn is_admin(&self) -> bool {
        self.roles.contains(&Role::Admin)
    }

    /// Holds any role beyond the plain user's, or is a protected account in
    /// the directory the user is synced from (a Domain Admin is privileged
    /// here too: second factor, no helpdesk or client reset).
    pub fn is_privileged(&self) -> bool {
        self.roles.iter().any(|r| r.is_privileged()) || self.directory_protected()
    }

    /// A protected account in the directory the user is synced from.
    pub fn directory_protected(&self) -> bool {
        self.synced.as_ref().is_some_and(|s| s.protected && s.removed_at.is_none())
    }

    /// Held to the administrators' reset rules (two methods, never
    /// security questions): an administrator, or a directory's protected account.
    pub fn strict_reset(&self) -> bool {
        self.is_admin() || self.directory_protected()
    }

    /// Forgets the password Latchkey holds (it was changed in the directory
    /// it is synced from): the next sign-in asks the directory.
    pub fn forget_password(&mut self) {
        self.password = None;
        self.must_change_password = false;
    }

    /// The names of the roles beyond the plain user's, in order.
    pub fn privileged_roles(&self) -> Vec<&'static str> {
        self.roles.iter().filter(|r| r.is_privileged()).map(|r| r.as_str()).collect()
    }

    /// When the current password is an administrator's temporary one: until when.
    pub fn temporary_until(&self) -> Option<DateTime<Utc>> {
        self.password.as_ref().and_then(|p| p.temporary_until)
    }

    /// When the organisation's maximum age ends this user's password; `None`
    /// when it never does (no maximum age, the user is exempt, or no password).
    ///
    /// For a synced user, the directory's own expiry counts too (the earlier
    /// of the two): a password the directory let run out is changed at the
    /// next sign-in here as well.
    pub fn password_expires_at(&self, settings: &OrgSettings) -> Option<DateTime<Utc>> {
        let ours = match (&self.password, settings.password.max_age_days) {
            (Some(state), Some(days)) if !self.password_never_expires => {
                Some(state.changed_at + chrono::Duration::days(i64::from(days)))
            }
            _ => None,
        };
        let theirs = self
            .synced
            .as_ref()
            .filter(|s| s.removed_at.is_none() && self.password.is_some())
            .and_then(|s| s.password_expires_at);
        match (ours, theirs) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// True when the organisation's maximum age has passed for this user's password.
    pub fn password_expired(&self, settings: &OrgSettings, now: DateTime<Utc>) -> bool {
        self.password_expires_at(settings).is_some_and(|at| now >= at)
    }

    /// Makes `hash` the current password as of `now`; the old one moves into
    /// the history (newest first, bounded), and any forced change is done.
    pub fn replace_password(&mut self, hash: PasswordHash, now: DateTime<Utc>) {
        let mut history = Vec::new();
        if let Some(old) = self.password.take() {
            history.push(old.hash);
            history.extend(old.history);
        }
        history.truncate(usize::from(HISTORY_MAX - 1));
        self.password = Some(PasswordState { hash, changed_at: now, history, temporary_until: None });
        self.must_change_password = false;
    }

    /// The personal terms a new password may not contain.
    pub fn personal_terms(&self) -> Vec<&str> {
        vec![self.first_name.as_str(), self.last_name.as_str(), self.username.as_str()]
    }
}

/// An account its owner locked down ("this wasn't me").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lockdown {
    pub since: DateTime<Utc>,
    /// What the owner reported: the action a notice told of, or the one
    /// of the activity entry they pressed.
    pub reported: crate::model::audit::Action,
    /// When the reported change happened, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_at: Option<DateTime<Utc>>,
    pub from: LockdownFrom,
}

/// Where the owner's report came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LockdownFrom {
    /// A security notice's link.
    NoticeLink,
    /// An entry of the portal's recent activity.
    Activity,
}

impl LockdownFrom {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NoticeLink => "notice_link",
            Self::Activity => "activity",
        }
    }
}

/// An expiry reminder sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpiryReminded {
    pub expires_at: DateTime<Utc>,
    pub days: u16,
}

/// How long an invitation's code works.
pub const INVITATION_HOURS: i64 = 72;

/// Wrong codes an invitation survives.
pub const INVITATION_TRIES: u32 = 5;

/// A pending invitation, as the user record keeps it (never the code).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invitation {
    /// Hex keyed digest of the user's id and the code.
    pub code_digest: String,
    pub sent_to: Email,
    pub expires_at: DateTime<Utc>,
}

/// How long a check's code and its verified state last.
pub const CHECK_MINUTES: i64 = 10;

/// A helpdesk check in progress on a user, as stored on them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpdeskCheck {
    /// Who asked: only they may use it.
    pub operator: UserId,
    /// Hex keyed digest of the code (never the code).
    pub code_digest: String,
    pub expires_at: DateTime<Utc>,
    /// The right code was entered.
    pub verified: bool,
}

/// The fields of a user to create.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub username: Username,
    pub display_name: String,
    pub first_name: String,
    pub last_name: String,
    pub emails: Vec<Email>,
    pub phones: Vec<E164>,
    pub roles: BTreeSet<Role>,
    pub groups: BTreeSet<GroupName>,
    /// `None`: the organisation's default.
    pub language: Option<Language>,
}

impl NewUser {
    /// The user as first stored: enabled, no password yet, version 1.
    pub fn into_user(self, id: UserId, now: DateTime<Utc>) -> User {
        User {
            id,
            username: self.username,
            display_name: self.display_name,
            first_name: self.first_name,
            last_name: self.last_name,
            emails: self.emails,
            phones: self.phones,
            roles: self.roles,
            groups: self.groups,
            enabled: true,
            language: self.language,
            password: None,
            must_change_password: false,
            password_never_expires: false,
            lockout: LockoutState::default(),
            lock_epoch: 0,
            token_version: 1,
            kept_session: None,
            created_at: now,
            last_sign_in_at: None,
            registration: Default::default(),
            invitation: None,
            helpdesk_check: None,
            expiry_reminded: None,
            lockdown: None,
            campaign: None,
            access_pass: None,
            weekly_digest: false,
            synced: None,
            provisioning: None,
            updated_at: None,
            version: 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, Utc};

    use super::*;

    fn hash(n: u32) -> PasswordHash {
        PasswordHash::new(format!("$fake${n}"))
    }

    #[test]
    fn a_new_password_moves_the_old_ones_into_a_bounded_history_and_ends_a_forced_change() {
        let now = Utc::now();
        let mut user = crate::testing::sample_user("adele");
        for n in 0..u32::from(HISTORY_MAX) + 3 {
            user.must_change_password = true;
            user.make_password_temporary(now);
            user.replace_password(hash(n), now);
        }
        let state = user.password().unwrap();
        let last = u32::from(HISTORY_MAX) + 2;
        assert_eq!(state.hash, hash(last));
        assert_eq!(state.history.len(), usize::from(HISTORY_MAX - 1));
        assert_eq!(state.history[0], hash(last - 1), "newest first");
        assert!(!user.must_change_password && user.temporary_until().is_none());
    }

    #[test]
    fn revocations_and_unlocks_only_ever_move_forward() {
        let mut user = crate::testing::sample_user("adele");
        let session = SessionToken::new(user.token_version(), "s1");
        let other = SessionToken::new(user.token_version(), "s2");
        user.revoke_other_sessions(&session);
        assert!(user.accepts(&session) && !user.accepts(&other), "a change keeps the session it was made in");
        user.revoke_sessions();
        assert!(!user.accepts(&session));
        let epoch = user.lock_epoch();
        let mut credentials = user.credentials();
        credentials.lockout.failed_attempts = 4;
        credentials.lockout.locked_until = Some(Utc::now() + Duration::minutes(5));
        let mut user = user.restore_credentials(credentials.clone());
        assert_eq!(user.credentials(), credentials, "a store gets back what it wrote");
        user.unlock();
        assert_eq!((user.lock_epoch(), user.lockout()), (epoch + 1, &LockoutState::default()));
    }
}
