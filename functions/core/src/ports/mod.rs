//! The ports: everything the domain needs from the outside world.
//! Adapters (DynamoDB, SES, SNS, argon2, the system clock) implement them;
//! `fakes` (feature `test-support`) has in-memory versions for unit tests.

pub mod retry;
#[cfg(feature = "integrations")]
pub mod webhooks;

use std::collections::BTreeMap;
use std::sync::Arc;

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};

use crate::model::agents::{Agent, AgentId, AgentKeys, Enrolment, Finish, HandedJob};
use crate::model::audit::{ActivityPage, ActivityQuery, AuditEvent, Retention};
use crate::model::breach::{BreachKey, BreachSource, BreachTally, BreachThreshold, CorpusStatus};
use crate::model::clients::{ApiClient, ClientId};
use crate::model::directory::{Answer, DirectoryChange, DirectoryId, Pending, Sent};
use crate::model::error::PortError;
use crate::model::flow::ResetFlow;
use crate::model::groups::{Group, Regroup};
use crate::model::language::Language;
use crate::model::registration::SealedSecret;
use crate::model::settings::OrgSettings;
use crate::model::tries::{Counter, Limit, Taken};
use crate::model::user::User;
use crate::model::values::{E164, Email, GroupName, Password, PasswordHash, UserId, Username};

/// Users, groups and the organisation's settings.
#[async_trait]
pub trait Directory: Send + Sync {
    /// The organisation's settings; the defaults when none were ever saved.
    async fn settings(&self) -> Result<OrgSettings, PortError>;

    /// Replaces the settings and records `event`, atomically, if the stored
    /// settings are version `settings.version - 1` (none stored for 1);
    /// otherwise `Conflict` and nothing is written.
    async fn save_settings(&self, settings: &OrgSettings, event: &AuditEvent) -> Result<(), PortError>;

    /// The user with this username; `None` when there is none.
    async fn user_by_username(&self, username: &Username) -> Result<Option<User>, PortError>;

    /// The user with this id; `None` when there is none.
    async fn user(&self, id: &UserId) -> Result<Option<User>, PortError>;

    /// Every user, in username order (for policy impact and admin notices).
    async fn users(&self) -> Result<Vec<User>, PortError>;

    /// Up to `limit` users in `index` order, read in `direction`, whose
    /// sort key ([`crate::model::search::UserIndex::sort_key`]) starts with
    /// `prefix` and comes after `after` in that direction (before it when
    /// descending). One read of a sorted index, never a scan. The word
    /// index is only ever read ascending.
    async fn users_page(
        &self,
        index: crate::model::search::UserIndex,
        prefix: &str,
        after: Option<&str>,
        limit: usize,
        direction: crate::model::search::Direction,
    ) -> Result<Vec<User>, PortError>;

    /// Stores a new user (with `version` 1) and records `event`, atomically.
    /// `Conflict` when the id or the username is taken.
    async fn create_user(&self, user: &User, event: &AuditEvent) -> Result<(), PortError>;

    /// Removes a user (and their username) and records `event`, atomically,
    /// only if the stored user's version is `user.version`; otherwise
    /// `Conflict`. The audit trail keeps everything about them.
    async fn delete_user(&self, user: &User, event: &AuditEvent) -> Result<(), PortError>;

    /// Replaces a user and records `events`, atomically, only if the stored
    /// user's version is `user.version - 1`; otherwise `Conflict` and nothing
    /// is written. The user's groups must be as stored: a change of groups
    /// goes through [`Directory::regroup`], which keeps the group index.
    async fn update_user(&self, user: &User, events: &[AuditEvent]) -> Result<(), PortError>;

    /// Up to `limit` groups in name order after `after`. One read of the
    /// group index, never a scan.
    async fn groups_page(&self, after: Option<&GroupName>, limit: usize) -> Result<Vec<Group>, PortError>;

    /// The group of that name; `None` when there is none.
    async fn group(&self, name: &GroupName) -> Result<Option<Group>, PortError>;

    /// Stores a new group (version 1, no members) and records `event`,
    /// atomically. `Conflict` when a group has the name.
    async fn create_group(&self, group: &Group, event: &AuditEvent) -> Result<(), PortError>;

    /// Replaces a group's description and `renaming_to` (never its member
    /// count) and records `events`, if the stored record is at
    /// `group.version - 1`; otherwise `Conflict`.
    async fn update_group(&self, group: &Group, events: &[AuditEvent]) -> Result<(), PortError>;

    /// Removes a group's record and records `event`, only if it has no
    /// members left; otherwise `Conflict` and nothing is written.
    async fn delete_group(&self, group: &Group, event: &AuditEvent) -> Result<(), PortError>;

    /// Up to `limit` members of `group` in username order after `after`,
    /// read consistently (a caller emptying a group sees its own writes).
    /// One query of the group's entries, never a scan.
    async fn group_members(
        &self,
        group: &GroupName,
        after: Option<&Username>,
        limit: usize,
    ) -> Result<Vec<User>, PortError>;

    /// The scheduled work's progress; `None` before its first run.
    async fn schedule(&self) -> Result<Option<crate::model::schedule::ScheduleState>, PortError>;

    /// Saves the scheduled work's progress with `events`, atomically, if the
    /// stored record is at `state.version - 1` (none stored for 1);
    /// otherwise `Conflict` and nothing is written.
    async fn save_schedule(
        &self,
        state: &crate::model::schedule::ScheduleState,
        events: &[AuditEvent],
    ) -> Result<(), PortError>;

    /// Replaces users whose groups changed (each from `before`), keeping the
    /// group index and the member counts in step, and records `events`, all
    /// or nothing. Each user is guarded as in `update_user`; a group a user
    /// joins must exist. `Conflict` and nothing written otherwise. At most
    /// [`crate::model::groups::REGROUP_BATCH`] users.
    async fn regroup(&self, changes: &[Regroup], events: &[AuditEvent]) -> Result<(), PortError>;
}

/// The append-only audit trail.
#[async_trait]
pub trait AuditLog: Send + Sync {
    /// Appends an event that goes with no state change (e.g. a sign-in attempt
    /// for an unknown user).
    async fn record(&self, event: &AuditEvent) -> Result<(), PortError>;

    /// The newest events about one user, newest first, at most `limit`.
    async fn for_user(&self, user: &UserId, limit: usize) -> Result<Vec<AuditEvent>, PortError>;

    /// The newest events about a target name (used for names that match no user).
    async fn for_target_name(&self, name: &str, limit: usize) -> Result<Vec<AuditEvent>, PortError>;

    /// How long events are kept: every write expires that long after its
    /// time, and nothing older is ever returned (even before the store's
    /// TTL has removed it).
    fn retention(&self) -> Retention;

    /// The self-service activity matching `query` ([`ActivityQuery::matches`])
    /// with times in `from..=to`, newest first, strictly after `query.after`,
    /// at most `query.limit`. Events written while a client pages are newer
    /// than its cursor, so the pages never repeat or skip one. A page may be
    /// short and still have a `next` when filters skip many events. Queries
    /// only, never a scan.
    async fn activity(&self, query: &ActivityQuery) -> Result<ActivityPage, PortError>;

    /// Every event [`AuditLog::activity`] would page through for `query`
    /// (its `limit` and `after` ignored), in no particular order, read at
    /// once for totals; at most about `max`, with `false` when there were
    /// more. Queries only, never a scan.
    async fn all_activity(
        &self,
        query: &ActivityQuery,
        max: usize,
    ) -> Result<(Vec<AuditEvent>, bool), PortError>;
}

/// Short-lived reset flows and the try counters.
#[async_trait]
pub trait FlowStore: Send + Sync {
    /// The flow stored under `key`; `None` when there is none (never was, or
    /// removed by TTL). An expired flow may still be returned: check `expires_at`.
    async fn reset(&self, key: &str) -> Result<Option<ResetFlow>, PortError>;

    /// Stores the flow and records `events`, atomically, only if the stored
    /// flow's version is `flow.version - 1` (or, for version 1, none exists);
    /// otherwise `Conflict` and nothing is written.
    async fn save_reset(&self, flow: &ResetFlow, events: &[AuditEvent]) -> Result<(), PortError>;

    /// Stores the (spent) flow and the changed user and records `events`, all
    /// or nothing, each guarded by its version as in `save_reset` and
    /// `Directory::update_user`.
    async fn complete_reset(
        &self,
        flow: &ResetFlow,
        user: &User,
        events: &[AuditEvent],
    ) -> Result<(), PortError>;

    /// Takes one try from the counter `limit.key`, atomically: of any number
    /// of parallel callers at most `limit.max` per window are `Allowed` (see
    /// `crate::model::tries`). A caller judges its guess only after this.
    async fn take_try(&self, limit: &Limit, now: DateTime<Utc>) -> Result<Taken, PortError>;

    /// The counter under `key`, if any (to tell whether it is blocked).
    async fn counter(&self, key: &str) -> Result<Option<Counter>, PortError>;

    /// Gives one try back: the guess it paid for proved right.
    async fn release_try(&self, key: &str) -> Result<(), PortError>;

    /// Forgets the counter: a success that ends the matter (sign-in, reset).
    async fn clear_tries(&self, key: &str) -> Result<(), PortError>;
}

/// A keyed hash (HMAC-SHA-256 under a server-side secret): one-time codes and
/// flow ids are stored only as such digests, so a copy of the tables is no
/// use without the key.
pub trait KeyedHash: Send + Sync {
    /// The digest of `data` for `purpose` (domain separation: the same data
    /// hashed for two purposes gives unrelated digests).
    fn digest(&self, purpose: &str, data: &[u8]) -> [u8; 32];
}

/// Authenticated encryption for secrets Latchkey must read back (an
/// authenticator app's shared key), under a server-side key: a copy of the
/// tables holds only ciphertext, and any change to it is detected.
/// Work that may finish after the answer is sent: a notice whose sending
/// time must not show in an answer's latency (a lockout's, which a made-up
/// name never causes). Best effort: the work logs its own failures.
pub trait Background: Send + Sync {
    fn run(&self, work: std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send + 'static>>);

    /// Waits `duration` (the runtime's timer): an answer held back so that
    /// its latency tells nothing (`accounts::sign_in`'s floor).
    fn pause(
        &self,
        duration: std::time::Duration,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send + 'static>>;
}

pub trait SecretSealer: Send + Sync {
    /// Encrypts `secret` bound to `context` (the owner's id): sealed text
    /// copied onto another record does not open there.
    fn seal(&self, context: &str, secret: &[u8]) -> Result<SealedSecret, PortError>;

    /// The secret; `Failed` when the text does not open under this key and
    /// context (tampered, moved, or sealed under another key).
    fn open(&self, context: &str, sealed: &SealedSecret) -> Result<secrecy::SecretSlice<u8>, PortError>;

    /// Whether `sealed` is sealed under the current key; after a rotation a
    /// secret that opened is sealed again under it (the rotation's path).
    fn is_current(&self, _sealed: &SealedSecret) -> bool {
        true
    }
}

/// The relying party's side of WebAuthn: options for the browser and the
/// checks of its answers (challenge, origin, relying-party id, user
/// verification, signature and its counter). The relying-party id and the
/// origins allowed are the adapter's configuration.
pub trait PasskeyCeremonies: Send + Sync {
    /// Options to create a discoverable credential for `holder`, user
    /// verification required.
    fn registration(
        &self,
        holder: &crate::model::passkeys::Holder,
    ) -> Result<crate::model::passkeys::Ceremony, PortError>;

    /// Checks the browser's `RegistrationResponseJSON` against the state of
    /// the options it answers.
    fn register(
        &self,
        state: &[u8],
        response: &str,
    ) -> Result<crate::model::passkeys::Made, crate::model::passkeys::Refused>;

    /// Options to sign in with any discoverable credential of this relying
    /// party, user verification required.
    fn authentication(&self) -> Result<crate::model::passkeys::Ceremony, PortError>;

    /// Who the browser's `AuthenticationResponseJSON` claims to be, before
    /// anything is verified (to find the stored credential).
    fn presented(
        &self,
        response: &str,
    ) -> Result<crate::model::passkeys::Presented, crate::model::passkeys::Refused>;

    /// Verifies the assertion against `state` and the credential's `stored`
    /// encoding; the new encoding (counter and flags moved on) when it holds.
    fn authenticate(
        &self,
        state: &[u8],
        response: &str,
        stored: &[u8],
    ) -> Result<Vec<u8>, crate::model::passkeys::Refused>;
}

/// Slow, salted password hashing.
#[async_trait]
pub trait PasswordHasher: Send + Sync {
    async fn hash(&self, password: &Password) -> Result<PasswordHash, PortError>;

    /// True when `password` matches `hash`; false for a wrong password or a hash
    /// it cannot read. Takes as long as a real verification either way.
    async fn verify(&self, password: &Password, hash: &PasswordHash) -> Result<bool, PortError>;

    /// A valid hash of no one's password, verified against when there is no
    /// real hash so that "no such user" costs the same time as "wrong password".
    fn decoy(&self) -> &PasswordHash;
}

/// An email to one recipient. The body may hold a one-time code: adapters
/// must never log it.
#[derive(Debug, Clone)]
pub struct EmailMessage {
    pub to: Email,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Sends email.
#[async_trait]
pub trait EmailSender: Send + Sync {
    async fn send_email(&self, message: &EmailMessage) -> Result<(), PortError>;
}

/// Sends text messages. The text may hold a one-time code: adapters must never log it.
#[async_trait]
pub trait SmsSender: Send + Sync {
    async fn send_sms(&self, to: &E164, text: &str) -> Result<(), PortError>;
}

/// Places a voice call that reads out a message (SSML) in `lang`: the
/// adapter picks a voice that speaks it. The message may hold a one-time
/// code: adapters must never log it.
#[async_trait]
pub trait VoiceCaller: Send + Sync {
    async fn call(&self, to: &E164, ssml: &str, lang: Language) -> Result<(), PortError>;

    /// False when this deployment cannot place calls (no caller number set up):
    /// the policy may not then offer voice as a method.
    fn available(&self) -> bool {
        true
    }
}

/// The current time.
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

/// Cryptographically secure randomness.
pub trait RandomSource: Send + Sync {
    fn fill(&self, buf: &mut [u8]);
}

impl dyn RandomSource {
    /// `bytes` random bytes as lower-case hex: ids and tokens.
    pub fn hex(&self, bytes: usize) -> String {
        let mut buf = vec![0u8; bytes];
        self.fill(&mut buf);
        buf.iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// Every port, wired once per process and shared by every request.
#[derive(Clone)]
pub struct Ports {
    pub directory: Arc<dyn Directory>,
    pub flows: Arc<dyn FlowStore>,
    pub keyed: Arc<dyn KeyedHash>,
    pub sealer: Arc<dyn SecretSealer>,
    pub audit: Arc<dyn AuditLog>,
    pub hasher: Arc<dyn PasswordHasher>,
    pub passkeys: Arc<dyn PasskeyCeremonies>,
    pub breaches: Arc<dyn crate::ports::BreachedPasswords>,
    pub writeback: Arc<dyn crate::ports::Writeback>,
    pub agents: Arc<dyn crate::ports::AgentStore>,
    pub clients: Arc<dyn crate::ports::ClientStore>,
    #[cfg(feature = "integrations")]
    pub webhooks: Arc<dyn webhooks::WebhookStore>,
    pub jobs: Arc<dyn crate::ports::JobBoard>,
    pub sessions: Arc<dyn crate::ports::SessionStore>,
    pub email: Arc<dyn EmailSender>,
    pub sms: Arc<dyn SmsSender>,
    pub voice: Arc<dyn VoiceCaller>,
    pub clock: Arc<dyn Clock>,
    pub random: Arc<dyn RandomSource>,
    pub background: Arc<dyn Background>,
    /// Where the portal is, for the links messages carry.
    pub links: crate::model::links::Links,
    /// Where webhook endpoints may point (public hosts only, but on a local stack).
    #[cfg(feature = "integrations")]
    pub webhook_reach: crate::model::webhooks::Reach,
}

impl Ports {
    /// A new audit event's id and time.
    pub fn stamp(&self) -> crate::model::audit::Stamp {
        crate::model::audit::Stamp { id: self.random.hex(16), at: self.clock.now() }
    }
}

#[async_trait]
pub trait Writeback: Send + Sync {
    /// The directories Latchkey writes back to that have no agent in
    /// contact lately (enrolled directories only; empty when all are up).
    async fn unavailable(&self) -> Result<Vec<DirectoryId>, PortError>;

    /// Sends `change` to one of the directory's agents and waits for the
    /// directory's answer. It never applies a change after it answered
    /// `NoAgent`: a job nobody took in time is withdrawn first. The job
    /// keeps `pending` (never the password), and hands it back to
    /// [`reconcile`] when an agent answers after `Unconfirmed`.
    async fn apply(
        &self,
        directory: &DirectoryId,
        change: DirectoryChange<'_>,
        pending: &Pending,
    ) -> Result<Answer, PortError>;

    /// Pass-through verification: asks one of the directory's agents
    /// whether `username` binds with `password` there (sealed to the agent
    /// as a password job is; nothing is written). `Checked` with the
    /// directory's verdict, or `NoAgent` / `DirectoryDown` / `Unconfirmed`.
    async fn verify(
        &self,
        directory: &DirectoryId,
        username: &Username,
        password: &Password,
    ) -> Result<Answer, PortError>;

    /// Whether any directory has an agent enrolled (and not revoked): the
    /// organisation is hybrid, and sign-in answers are held to one floor.
    async fn hybrid(&self) -> Result<bool, PortError>;

    /// The password changes Latchkey sent to `directory` lately (within
    /// [`SENT_LATELY_SECONDS`]), by user, except those that never reached it:
    /// the directory may hold one before Latchkey recorded its answer, so a
    /// sync must not take its stamp for a change made elsewhere.
    async fn sent_lately(&self, directory: &DirectoryId) -> Result<BTreeMap<UserId, Vec<Sent>>, PortError>;
}

/// How long after it was sent a password change counts as on its way: a
/// job's whole wait for a claim and an answer, with room to record it.
pub const SENT_LATELY_SECONDS: i64 = 60;

/// For a deployment with no directory: nobody is synced, so nothing is
/// ever sent; a synced user (left from an earlier setup) is told plainly.
pub struct NoWriteback;

#[async_trait]
impl Writeback for NoWriteback {
    async fn unavailable(&self) -> Result<Vec<DirectoryId>, PortError> {
        Ok(Vec::new())
    }
    async fn apply(
        &self,
        _directory: &DirectoryId,
        _change: DirectoryChange<'_>,
        _pending: &Pending,
    ) -> Result<Answer, PortError> {
        Ok(Answer::NoAgent)
    }
    async fn verify(
        &self,
        _directory: &DirectoryId,
        _username: &Username,
        _password: &Password,
    ) -> Result<Answer, PortError> {
        Ok(Answer::NoAgent)
    }
    async fn hybrid(&self) -> Result<bool, PortError> {
        Ok(false)
    }
    async fn sent_lately(&self, _directory: &DirectoryId) -> Result<BTreeMap<UserId, Vec<Sent>>, PortError> {
        Ok(BTreeMap::new())
    }
}

/// The breach corpus: the shipped list, the imported shards, and the
/// tallies the audit-only mode is judged by.
#[async_trait]
pub trait BreachedPasswords: Send + Sync {
    /// Where `key` was found (at `min_count` or more for the corpus), if anywhere.
    async fn lookup(
        &self,
        key: BreachKey,
        min_count: BreachThreshold,
    ) -> Result<Option<BreachSource>, PortError>;

    /// Counts one new password checked on `day`, and whether it was breached.
    async fn tally(&self, day: NaiveDate, breached: bool) -> Result<(), PortError>;

    /// The tallies from `since` to today.
    async fn recent(&self, since: NaiveDate) -> Result<BreachTally, PortError>;

    /// Entries in the shipped list.
    fn shipped_entries(&self) -> u64;

    /// The imported corpus, if one was imported.
    async fn corpus(&self) -> Result<Option<CorpusStatus>, PortError>;
}

/// API clients as stored.
#[async_trait]
pub trait ClientStore: Send + Sync {
    /// Stores a new client (version 1) and records `event`, atomically.
    /// `Conflict` when the id is taken.
    async fn create_client(&self, client: &ApiClient, event: &AuditEvent) -> Result<(), PortError>;

    /// The client with this id; `None` when there is none (never was, or revoked).
    /// Read consistently: a revocation is seen by the next request.
    async fn client(&self, id: &ClientId) -> Result<Option<ApiClient>, PortError>;

    /// Every client (at most [`CLIENTS_MAX`]), in no particular order.
    async fn clients(&self) -> Result<Vec<ApiClient>, PortError>;

    /// Replaces a client and records `event`, atomically, if the stored one
    /// is at `client.version - 1`; otherwise `Conflict` and nothing is written.
    async fn update_client(&self, client: &ApiClient, event: &AuditEvent) -> Result<(), PortError>;

    /// Removes a client and records `event`, atomically; `Conflict` when
    /// there is none.
    async fn delete_client(&self, id: &ClientId, event: &AuditEvent) -> Result<(), PortError>;

    /// Records that the client was given a token at `now` (no audit event,
    /// no version change); a missing client is not an error.
    async fn touch_client(&self, id: &ClientId, now: DateTime<Utc>) -> Result<(), PortError>;
}

#[async_trait]
pub trait AgentStore: Send + Sync {
    async fn save_enrolment(&self, enrolment: &Enrolment, event: &AuditEvent) -> Result<(), PortError>;
    /// Removes and returns the enrolment under `digest`, atomically: of two
    /// agents racing with one token, one gets it.
    async fn take_enrolment(&self, digest: &str) -> Result<Option<Enrolment>, PortError>;
    /// Writes a newly enrolled agent; `Conflict` if its id is taken.
    async fn create_agent(&self, agent: &Agent, event: &AuditEvent) -> Result<(), PortError>;
    /// Replaces the agent's public keys, as of `at` — only while it exists
    /// and is not revoked (`Conflict` otherwise): a rotation in flight when an
    /// administrator revokes the agent never brings it back. Each path writes
    /// only the fields it owns.
    async fn rotate_agent_keys(
        &self,
        id: &AgentId,
        keys: &AgentKeys,
        at: DateTime<Utc>,
        event: &AuditEvent,
    ) -> Result<(), PortError>;
    /// Marks the agent revoked as of `at`, unless it already is (`false`
    /// then, and nothing written); `Conflict` if there is no such agent.
    /// Nothing written afterwards by any other path clears it.
    async fn revoke_agent(
        &self,
        id: &AgentId,
        at: DateTime<Utc>,
        event: &AuditEvent,
    ) -> Result<bool, PortError>;
    async fn agent(&self, id: &AgentId) -> Result<Option<Agent>, PortError>;
    async fn agents(&self) -> Result<Vec<Agent>, PortError>;
    /// Records a contact (and the agent's version); may skip the write when
    /// the last one is only seconds old.
    async fn touch(&self, agent: &Agent, now: DateTime<Utc>, version: &str) -> Result<(), PortError>;
    /// Records `nonce` for `agent` until `until`; `false` if it was seen already.
    async fn first_use(&self, agent: &AgentId, nonce: &str, until: DateTime<Utc>) -> Result<bool, PortError>;
    /// Replaces what `directory`'s agents last said of its password rules.
    async fn save_policies(
        &self,
        directory: &DirectoryId,
        policies: &crate::model::directory::DirectoryPolicies,
    ) -> Result<(), PortError>;
    /// What `directory`'s agents last said of its password rules; `None` before any said.
    async fn policies(
        &self,
        directory: &DirectoryId,
    ) -> Result<Option<crate::model::directory::DirectoryPolicies>, PortError>;
}

/// The agents' side of the jobs `Writeback` posts.
#[async_trait]
pub trait JobBoard: Send + Sync {
    /// Claims the oldest job of `agent`'s directory that it may take,
    /// waiting up to `wait` for one; each job is claimed by one agent once.
    async fn next_job(
        &self,
        agent: &Agent,
        wait: std::time::Duration,
    ) -> Result<Option<HandedJob>, PortError>;
    /// Records how a job `agent` claimed ended.
    async fn finish(&self, agent: &Agent, job: &str, answer: Answer) -> Result<Finish, PortError>;
}

/// The web apps' refresh credentials, one record per sign-in's family
/// (`crate::model::sessions`). Nothing here records audit events: the
/// caller does, since a family's end is only sometimes worth one.
#[async_trait]
pub trait SessionStore: Send + Sync {
    /// The family under `id`; `None` when there is none (never was, ended,
    /// or forgotten after it ran out). One that ran out may still be
    /// returned: check `RefreshFamily::live_at`. Read consistently, so an
    /// ended family is seen by the next request.
    async fn family(&self, id: &str) -> Result<Option<crate::model::sessions::RefreshFamily>, PortError>;

    /// Stores a new family; `Conflict` when the id is taken.
    async fn create_family(&self, family: &crate::model::sessions::RefreshFamily) -> Result<(), PortError>;

    /// Replaces the family with its next generation, only if the stored one
    /// is at `family.generation - 1` with `previous_digest`; otherwise
    /// `Conflict` (another refresh spent that credential first, or the
    /// family ended) and nothing is written.
    async fn rotate_family(
        &self,
        family: &crate::model::sessions::RefreshFamily,
        previous_digest: &str,
    ) -> Result<(), PortError>;

    /// Forgets the family: none of its credentials works again. Ending one
    /// that is not there is no error.
    async fn end_family(&self, id: &str) -> Result<(), PortError>;
}
