//! In-memory fakes of every port, for unit tests only. They keep the ports'
//! contracts (versions, conflicts, atomic events) so the domain's tests mean
//! something; the real adapters are tested end to end against the emulator.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use chrono::{DateTime, Duration, TimeZone, Utc};

use crate::model::audit::AuditEvent;
use crate::model::error::PortError;
use crate::model::flow::ResetFlow;
use crate::model::groups::{Group, Regroup};
use crate::model::settings::OrgSettings;
use crate::model::tries::{Counter, Limit, Taken};
use crate::model::user::User;
use crate::model::values::{E164, GroupName, Password, PasswordHash, UserId, Username};
use crate::ports::{
    AuditLog, Clock, Directory, EmailMessage, EmailSender, FlowStore, KeyedHash, PasswordHasher, Ports,
    RandomSource, SmsSender,
};

/// Audit events in a vector.
#[derive(Default)]
pub struct FakeAudit {
    pub events: Mutex<Vec<AuditEvent>>,
}

#[async_trait]
impl AuditLog for FakeAudit {
    async fn record(&self, event: &AuditEvent) -> Result<(), PortError> {
        self.events.lock().unwrap().push(event.clone());
        Ok(())
    }
    async fn for_user(&self, user: &UserId, limit: usize) -> Result<Vec<AuditEvent>, PortError> {
        let events = self.events.lock().unwrap();
        Ok(events.iter().rev().filter(|e| e.target.as_ref() == Some(user)).take(limit).cloned().collect())
    }
    async fn for_target_name(&self, name: &str, limit: usize) -> Result<Vec<AuditEvent>, PortError> {
        let events = self.events.lock().unwrap();
        Ok(events
            .iter()
            .rev()
            .filter(|e| e.target_name.as_deref() == Some(name))
            .take(limit)
            .cloned()
            .collect())
    }

    fn retention(&self) -> crate::model::audit::Retention {
        crate::model::audit::Retention::DEFAULT
    }

    async fn activity(
        &self,
        query: &crate::model::audit::ActivityQuery,
    ) -> Result<crate::model::audit::ActivityPage, PortError> {
        let mut events: Vec<AuditEvent> = self
            .events
            .lock()
            .unwrap()
            .iter()
            .filter(|e| e.at >= query.from && e.at <= query.to && query.matches(e))
            .filter(|e| query.after.as_ref().is_none_or(|after| e.position() < *after))
            .cloned()
            .collect();
        events.sort_by_key(|e| std::cmp::Reverse(e.position()));
        let more = events.len() > query.limit;
        events.truncate(query.limit);
        let next = if more { events.last().map(AuditEvent::position) } else { None };
        Ok(crate::model::audit::ActivityPage { events, next })
    }

    async fn all_activity(
        &self,
        query: &crate::model::audit::ActivityQuery,
        max: usize,
    ) -> Result<(Vec<AuditEvent>, bool), PortError> {
        let everything =
            crate::model::audit::ActivityQuery { limit: usize::MAX, after: None, ..query.clone() };
        let mut events = self.activity(&everything).await?.events;
        let complete = events.len() <= max;
        events.truncate(max);
        Ok((events, complete))
    }
}

/// Users and settings in maps; writes events to the shared [`FakeAudit`].
pub struct FakeDirectory {
    pub users: Mutex<HashMap<UserId, User>>,
    /// Group records; their member counts are worked out from `users`.
    pub groups: Mutex<std::collections::BTreeMap<GroupName, Group>>,
    pub settings: Mutex<Option<OrgSettings>>,
    /// The next this-many `update_user` calls lose a (simulated) write race.
    pub conflicts_to_inject: AtomicU64,
    audit: Arc<FakeAudit>,
}

impl FakeDirectory {
    pub fn new(audit: Arc<FakeAudit>) -> Self {
        Self {
            users: Mutex::default(),
            groups: Mutex::default(),
            settings: Mutex::default(),
            conflicts_to_inject: AtomicU64::new(0),
            audit,
        }
    }
}

#[async_trait]
impl Directory for FakeDirectory {
    async fn settings(&self) -> Result<OrgSettings, PortError> {
        Ok(self.settings.lock().unwrap().clone().unwrap_or_default())
    }
    async fn save_settings(&self, settings: &OrgSettings, event: &AuditEvent) -> Result<(), PortError> {
        let mut stored = self.settings.lock().unwrap();
        let current = stored.as_ref().map_or(0, |s| s.version);
        if settings.version != current + 1 {
            return Err(PortError::Conflict { what: "settings" });
        }
        *stored = Some(settings.clone());
        self.audit.events.lock().unwrap().push(event.clone());
        Ok(())
    }
    async fn user_by_username(&self, username: &Username) -> Result<Option<User>, PortError> {
        Ok(self.users.lock().unwrap().values().find(|u| &u.username == username).cloned())
    }
    async fn user(&self, id: &UserId) -> Result<Option<User>, PortError> {
        Ok(self.users.lock().unwrap().get(id).cloned())
    }
    async fn users(&self) -> Result<Vec<User>, PortError> {
        let mut all: Vec<User> = self.users.lock().unwrap().values().cloned().collect();
        all.sort_by(|a, b| a.username.as_str().cmp(b.username.as_str()));
        Ok(all)
    }
    async fn users_page(
        &self,
        index: crate::model::search::UserIndex,
        prefix: &str,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<User>, PortError> {
        let mut keyed: Vec<(String, User)> = self
            .users
            .lock()
            .unwrap()
            .values()
            .filter_map(|u| index.sort_key(u).map(|k| (k, u.clone())))
            .filter(|(k, _)| k.starts_with(prefix) && after.is_none_or(|a| k.as_str() > a))
            .collect();
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(keyed.into_iter().take(limit).map(|(_, u)| u).collect())
    }
    async fn create_user(&self, user: &User, event: &AuditEvent) -> Result<(), PortError> {
        let mut users = self.users.lock().unwrap();
        if users.contains_key(&user.id) || users.values().any(|u| u.username == user.username) {
            return Err(PortError::Conflict { what: "user" });
        }
        users.insert(user.id.clone(), user.clone());
        self.audit.events.lock().unwrap().push(event.clone());
        Ok(())
    }
    async fn delete_user(&self, user: &User, event: &AuditEvent) -> Result<(), PortError> {
        let mut users = self.users.lock().unwrap();
        match users.get(&user.id) {
            Some(stored) if stored.version == user.version => {
                users.remove(&user.id);
                self.audit.events.lock().unwrap().push(event.clone());
                Ok(())
            }
            _ => Err(PortError::Conflict { what: "user" }),
        }
    }
    async fn groups_page(&self, after: Option<&GroupName>, limit: usize) -> Result<Vec<Group>, PortError> {
        let names: Vec<GroupName> = self
            .groups
            .lock()
            .unwrap()
            .keys()
            .filter(|n| after.is_none_or(|a| *n > a))
            .take(limit)
            .cloned()
            .collect();
        let mut out = Vec::new();
        for name in names {
            out.extend(self.group(&name).await?);
        }
        Ok(out)
    }
    async fn group(&self, name: &GroupName) -> Result<Option<Group>, PortError> {
        let members = self.users.lock().unwrap().values().filter(|u| u.groups.contains(name)).count();
        Ok(self.groups.lock().unwrap().get(name).map(|g| Group { members: members as u64, ..g.clone() }))
    }
    async fn create_group(&self, group: &Group, event: &AuditEvent) -> Result<(), PortError> {
        let mut groups = self.groups.lock().unwrap();
        if groups.contains_key(&group.name) {
            return Err(PortError::Conflict { what: "group" });
        }
        groups.insert(group.name.clone(), group.clone());
        self.audit.events.lock().unwrap().push(event.clone());
        Ok(())
    }
    async fn update_group(&self, group: &Group, events: &[AuditEvent]) -> Result<(), PortError> {
        let mut groups = self.groups.lock().unwrap();
        match groups.get(&group.name) {
            Some(stored) if stored.version + 1 == group.version => {
                groups.insert(group.name.clone(), group.clone());
                self.audit.events.lock().unwrap().extend_from_slice(events);
                Ok(())
            }
            _ => Err(PortError::Conflict { what: "group" }),
        }
    }
    async fn delete_group(&self, group: &Group, event: &AuditEvent) -> Result<(), PortError> {
        if self.users.lock().unwrap().values().any(|u| u.groups.contains(&group.name)) {
            return Err(PortError::Conflict { what: "group" });
        }
        self.groups.lock().unwrap().remove(&group.name);
        self.audit.events.lock().unwrap().push(event.clone());
        Ok(())
    }
    async fn group_members(
        &self,
        group: &GroupName,
        after: Option<&Username>,
        limit: usize,
    ) -> Result<Vec<User>, PortError> {
        let mut members: Vec<User> = self
            .users
            .lock()
            .unwrap()
            .values()
            .filter(|u| u.groups.contains(group) && after.is_none_or(|a| u.username.as_str() > a.as_str()))
            .cloned()
            .collect();
        members.sort_by(|a, b| a.username.as_str().cmp(b.username.as_str()));
        members.truncate(limit);
        Ok(members)
    }
    async fn regroup(&self, changes: &[Regroup], events: &[AuditEvent]) -> Result<(), PortError> {
        let mut users = self.users.lock().unwrap();
        let groups = self.groups.lock().unwrap();
        for change in changes {
            let joins_missing =
                change.user.groups.difference(&change.before).any(|g| !groups.contains_key(g));
            let stale = users.get(&change.user.id).is_none_or(|u| u.version + 1 != change.user.version);
            if joins_missing || stale {
                return Err(PortError::Conflict { what: "user" });
            }
        }
        for change in changes {
            users.insert(change.user.id.clone(), change.user.clone());
        }
        self.audit.events.lock().unwrap().extend_from_slice(events);
        Ok(())
    }
    async fn update_user(&self, user: &User, events: &[AuditEvent]) -> Result<(), PortError> {
        let mut users = self.users.lock().unwrap();
        let injected =
            self.conflicts_to_inject.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1));
        if injected.is_ok() {
            return Err(PortError::Conflict { what: "user" });
        }
        match users.get(&user.id) {
            Some(stored) if stored.version + 1 == user.version => {
                users.insert(user.id.clone(), user.clone());
                self.audit.events.lock().unwrap().extend_from_slice(events);
                Ok(())
            }
            _ => Err(PortError::Conflict { what: "user" }),
        }
    }
}

/// Flows and try counters in maps; completion writes the user through the
/// shared [`FakeDirectory`] under one lock order, so it is all-or-nothing.
pub struct FakeFlows {
    pub resets: Mutex<HashMap<String, ResetFlow>>,
    pub counters: Mutex<HashMap<String, Counter>>,
    directory: Arc<FakeDirectory>,
    audit: Arc<FakeAudit>,
}

impl FakeFlows {
    pub fn new(directory: Arc<FakeDirectory>, audit: Arc<FakeAudit>) -> Self {
        Self { resets: Mutex::default(), counters: Mutex::default(), directory, audit }
    }
}

fn versioned_ok(stored: Option<u64>, new: u64) -> bool {
    match stored {
        None => new == 1,
        Some(v) => v + 1 == new,
    }
}

#[async_trait]
impl FlowStore for FakeFlows {
    async fn reset(&self, key: &str) -> Result<Option<ResetFlow>, PortError> {
        Ok(self.resets.lock().unwrap().get(key).cloned())
    }
    async fn save_reset(&self, flow: &ResetFlow, events: &[AuditEvent]) -> Result<(), PortError> {
        let mut resets = self.resets.lock().unwrap();
        if !versioned_ok(resets.get(&flow.key).map(|f| f.version), flow.version) {
            return Err(PortError::Conflict { what: "reset flow" });
        }
        resets.insert(flow.key.clone(), flow.clone());
        self.audit.events.lock().unwrap().extend_from_slice(events);
        Ok(())
    }
    async fn complete_reset(
        &self,
        flow: &ResetFlow,
        user: &User,
        events: &[AuditEvent],
    ) -> Result<(), PortError> {
        let mut resets = self.resets.lock().unwrap();
        let mut users = self.directory.users.lock().unwrap();
        let flow_ok = versioned_ok(resets.get(&flow.key).map(|f| f.version), flow.version);
        let user_ok = users.get(&user.id).is_some_and(|u| u.version + 1 == user.version);
        if !flow_ok || !user_ok {
            return Err(PortError::Conflict { what: "reset completion" });
        }
        resets.insert(flow.key.clone(), flow.clone());
        users.insert(user.id.clone(), user.clone());
        self.audit.events.lock().unwrap().extend_from_slice(events);
        Ok(())
    }
    async fn take_try(&self, limit: &Limit, now: DateTime<Utc>) -> Result<Taken, PortError> {
        let mut counters = self.counters.lock().unwrap();
        let (next, taken) = Counter::take(counters.get(&limit.key), limit, now);
        counters.insert(limit.key.clone(), next);
        Ok(taken)
    }
    async fn counter(&self, key: &str) -> Result<Option<Counter>, PortError> {
        Ok(self.counters.lock().unwrap().get(key).cloned())
    }
    async fn release_try(&self, key: &str) -> Result<(), PortError> {
        if let Some(c) = self.counters.lock().unwrap().get_mut(key) {
            c.tries = c.tries.saturating_sub(1);
        }
        Ok(())
    }
    async fn clear_tries(&self, key: &str) -> Result<(), PortError> {
        self.counters.lock().unwrap().remove(key);
        Ok(())
    }
}

/// A keyed hash stand-in (FNV-1a, spread over 32 bytes). Not cryptographic.
pub struct FakeKeyed;

impl KeyedHash for FakeKeyed {
    fn digest(&self, purpose: &str, data: &[u8]) -> [u8; 32] {
        let mut out = [0u8; 32];
        for (i, chunk) in out.chunks_mut(8).enumerate() {
            let seed = purpose.bytes().chain([0xff, i as u8]).chain(data.iter().copied());
            let h = seed.fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
            chunk.copy_from_slice(&h.to_le_bytes());
        }
        out
    }
}

/// A sealer stand-in: the context and the secret as hex, readable only
/// under the same context. Not encryption.
pub struct FakeSealer;

impl crate::ports::SecretSealer for FakeSealer {
    fn seal(
        &self,
        context: &str,
        secret: &[u8],
    ) -> Result<crate::model::registration::SealedSecret, PortError> {
        Ok(crate::model::registration::SealedSecret::new(format!(
            "{context}:{}",
            crate::model::values::hex(secret)
        )))
    }

    fn open(
        &self,
        context: &str,
        sealed: &crate::model::registration::SealedSecret,
    ) -> Result<secrecy::SecretSlice<u8>, PortError> {
        let failed = || PortError::Failed { what: "sealed secret", source: "does not open".into() };
        let hex = sealed.as_str().strip_prefix(&format!("{context}:")).ok_or_else(failed)?;
        let bytes: Option<Vec<u8>> = (0..hex.len())
            .step_by(2)
            .map(|i| hex.get(i..i + 2).and_then(|b| u8::from_str_radix(b, 16).ok()))
            .collect();
        Ok(bytes.ok_or_else(failed)?.into())
    }
}

/// A fast, insecure stand-in for argon2 (FNV-1a), so unit tests run in
/// microseconds. Counts verifications so tests can check the work done.
pub struct FakeHasher {
    pub verifications: AtomicU64,
    decoy: PasswordHash,
}

impl Default for FakeHasher {
    fn default() -> Self {
        Self::new()
    }
}

impl FakeHasher {
    pub fn new() -> Self {
        Self { verifications: AtomicU64::new(0), decoy: Self::digest("\0decoy\0") }
    }
    fn digest(text: &str) -> PasswordHash {
        let hash =
            text.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
        PasswordHash::new(format!("$fake${hash:016x}"))
    }
}

#[async_trait]
impl PasswordHasher for FakeHasher {
    async fn hash(&self, password: &Password) -> Result<PasswordHash, PortError> {
        Ok(Self::digest(password.expose()))
    }
    async fn verify(&self, password: &Password, hash: &PasswordHash) -> Result<bool, PortError> {
        self.verifications.fetch_add(1, Ordering::SeqCst);
        Ok(Self::digest(password.expose()) == *hash)
    }
    fn decoy(&self) -> &PasswordHash {
        &self.decoy
    }
}

/// Sent email and SMS, kept for inspection.
#[derive(Default)]
pub struct FakeOutbox {
    pub emails: Mutex<Vec<EmailMessage>>,
    pub sms: Mutex<Vec<(E164, String)>>,
    /// Voice calls placed: the number and the SSML read out.
    pub calls: Mutex<Vec<(E164, String)>>,
}

#[async_trait]
impl EmailSender for FakeOutbox {
    async fn send_email(&self, message: &EmailMessage) -> Result<(), PortError> {
        self.emails.lock().unwrap().push(message.clone());
        Ok(())
    }
}

#[async_trait]
impl SmsSender for FakeOutbox {
    async fn send_sms(&self, to: &E164, text: &str) -> Result<(), PortError> {
        self.sms.lock().unwrap().push((to.clone(), text.to_string()));
        Ok(())
    }
}

#[async_trait]
impl crate::ports::VoiceCaller for FakeOutbox {
    async fn call(&self, to: &E164, ssml: &str) -> Result<(), PortError> {
        self.calls.lock().unwrap().push((to.clone(), ssml.to_string()));
        Ok(())
    }
}

/// A clock that moves only when told to.
pub struct ManualClock {
    now: Mutex<DateTime<Utc>>,
}

impl ManualClock {
    pub fn new() -> Self {
        Self { now: Mutex::new(Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap()) }
    }
    pub fn advance(&self, by: Duration) {
        *self.now.lock().unwrap() += by;
    }
}

impl Default for ManualClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.now.lock().unwrap()
    }
}

/// Deterministic "randomness": a counter through splitmix64.
#[derive(Default)]
pub struct SeqRandom {
    state: AtomicU64,
}

impl RandomSource for SeqRandom {
    fn fill(&self, buf: &mut [u8]) {
        for chunk in buf.chunks_mut(8) {
            let mut z = self.state.fetch_add(0x9e3779b97f4a7c15, Ordering::SeqCst);
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
            z ^= z >> 31;
            chunk.copy_from_slice(&z.to_le_bytes()[..chunk.len()]);
        }
    }
}

/// Every fake, wired together, with handles for inspection.
/// A breach corpus of the passwords a test names, with the tallies kept.
#[derive(Default)]
pub struct FakeBreaches {
    /// Keys of breached passwords and how often each was seen.
    pub known: Mutex<HashMap<u64, u32>>,
    pub tallies: Mutex<std::collections::BTreeMap<chrono::NaiveDate, crate::model::breach::BreachTally>>,
}

impl FakeBreaches {
    /// Marks `password` as seen `count` times in breaches.
    pub fn add(&self, password: &str, count: u32) {
        let password = Password::parse(password, "password").expect("a password");
        self.known.lock().unwrap().insert(crate::model::breach::BreachKey::of(&password).value(), count);
    }
}

#[async_trait]
impl crate::ports::BreachedPasswords for FakeBreaches {
    async fn lookup(
        &self,
        key: crate::model::breach::BreachKey,
        min_count: crate::model::breach::BreachThreshold,
    ) -> Result<Option<crate::model::breach::BreachSource>, PortError> {
        let seen = self.known.lock().unwrap().get(&key.value()).copied();
        Ok(seen.filter(|n| *n >= min_count.count()).map(|_| crate::model::breach::BreachSource::Corpus))
    }

    async fn tally(&self, day: chrono::NaiveDate, breached: bool) -> Result<(), PortError> {
        let mut tallies = self.tallies.lock().unwrap();
        let tally = tallies.entry(day).or_default();
        tally.checked += 1;
        tally.breached += u64::from(breached);
        Ok(())
    }

    async fn recent(&self, since: chrono::NaiveDate) -> Result<crate::model::breach::BreachTally, PortError> {
        let tallies = self.tallies.lock().unwrap();
        Ok(tallies.range(since..).fold(Default::default(), |mut sum, (_, t)| {
            sum.checked += t.checked;
            sum.breached += t.breached;
            sum
        }))
    }

    fn shipped_entries(&self) -> u64 {
        0
    }

    async fn corpus(&self) -> Result<Option<crate::model::breach::CorpusStatus>, PortError> {
        Ok(None)
    }
}

/// A directory behind an agent, as a test scripts it: whether an agent is
/// alive, the answer it gives next, and every change it was sent (the
/// password as its text, which only a test may see).
pub struct FakeWriteback {
    pub alive: std::sync::atomic::AtomicBool,
    pub answer: Mutex<crate::model::directory::Answer>,
    pub sent: Mutex<Vec<(String, String, Option<String>)>>,
}

impl Default for FakeWriteback {
    fn default() -> Self {
        Self {
            alive: std::sync::atomic::AtomicBool::new(true),
            answer: Mutex::new(crate::model::directory::Answer::Applied { agent: "agent-1".into() }),
            sent: Mutex::default(),
        }
    }
}

#[async_trait]
impl crate::ports::Writeback for FakeWriteback {
    async fn unavailable(&self) -> Result<Vec<crate::model::directory::DirectoryId>, PortError> {
        Ok(if self.alive.load(std::sync::atomic::Ordering::SeqCst) {
            Vec::new()
        } else {
            vec![crate::model::directory::DirectoryId::parse("corp").expect("a directory id")]
        })
    }

    async fn apply(
        &self,
        _directory: &crate::model::directory::DirectoryId,
        change: crate::model::directory::DirectoryChange<'_>,
        _pending: &crate::model::directory::Pending,
    ) -> Result<crate::model::directory::Answer, PortError> {
        let (kind, username, password) = match change {
            crate::model::directory::DirectoryChange::Password {
                username, password, must_change, ..
            } => (
                if must_change { "temporary_password" } else { "password" },
                username,
                Some(password.expose().to_owned()),
            ),
            crate::model::directory::DirectoryChange::Unlock { username } => ("unlock", username, None),
        };
        if !self.alive.load(std::sync::atomic::Ordering::SeqCst) {
            return Ok(crate::model::directory::Answer::NoAgent);
        }
        self.sent.lock().unwrap().push((kind.into(), username.to_string(), password));
        Ok(self.answer.lock().unwrap().clone())
    }
}

#[async_trait]
impl crate::ports::JobBoard for FakeWriteback {
    async fn next_job(
        &self,
        _agent: &crate::model::agents::Agent,
        _wait: std::time::Duration,
    ) -> Result<Option<crate::model::agents::HandedJob>, PortError> {
        Ok(None)
    }
    async fn finish(
        &self,
        _agent: &crate::model::agents::Agent,
        _job: &str,
        _answer: crate::model::directory::Answer,
    ) -> Result<crate::model::agents::Finish, PortError> {
        Ok(crate::model::agents::Finish::NotYours)
    }
}

/// Agents and their enrolments, in memory.
#[derive(Default)]
pub struct FakeAgents {
    pub enrolments: Mutex<HashMap<String, crate::model::agents::Enrolment>>,
    pub agents: Mutex<HashMap<crate::model::agents::AgentId, crate::model::agents::Agent>>,
    pub nonces: Mutex<std::collections::HashSet<(crate::model::agents::AgentId, String)>>,
    audit: Option<Arc<FakeAudit>>,
}

impl FakeAgents {
    fn new(audit: Arc<FakeAudit>) -> Self {
        Self { audit: Some(audit), ..Default::default() }
    }
    fn record(&self, event: Option<&AuditEvent>) {
        if let (Some(audit), Some(event)) = (&self.audit, event) {
            audit.events.lock().unwrap().push(event.clone());
        }
    }
}

#[async_trait]
impl crate::ports::AgentStore for FakeAgents {
    async fn save_enrolment(
        &self,
        enrolment: &crate::model::agents::Enrolment,
        event: &AuditEvent,
    ) -> Result<(), PortError> {
        self.enrolments.lock().unwrap().insert(enrolment.digest.clone(), enrolment.clone());
        self.record(Some(event));
        Ok(())
    }
    async fn take_enrolment(
        &self,
        digest: &str,
    ) -> Result<Option<crate::model::agents::Enrolment>, PortError> {
        Ok(self.enrolments.lock().unwrap().remove(digest))
    }
    async fn save_agent(
        &self,
        agent: &crate::model::agents::Agent,
        event: Option<&AuditEvent>,
    ) -> Result<(), PortError> {
        self.agents.lock().unwrap().insert(agent.id.clone(), agent.clone());
        self.record(event);
        Ok(())
    }
    async fn agent(
        &self,
        id: &crate::model::agents::AgentId,
    ) -> Result<Option<crate::model::agents::Agent>, PortError> {
        Ok(self.agents.lock().unwrap().get(id).cloned())
    }
    async fn agents(&self) -> Result<Vec<crate::model::agents::Agent>, PortError> {
        Ok(self.agents.lock().unwrap().values().cloned().collect())
    }
    async fn touch(
        &self,
        agent: &crate::model::agents::Agent,
        now: DateTime<Utc>,
        version: &str,
    ) -> Result<(), PortError> {
        if let Some(a) = self.agents.lock().unwrap().get_mut(&agent.id) {
            a.last_contact_at = now;
            a.version = version.to_owned();
        }
        Ok(())
    }
    async fn first_use(
        &self,
        agent: &crate::model::agents::AgentId,
        nonce: &str,
        _until: DateTime<Utc>,
    ) -> Result<bool, PortError> {
        Ok(self.nonces.lock().unwrap().insert((agent.clone(), nonce.to_owned())))
    }
}

/// API clients, in memory.
#[derive(Default)]
pub struct FakeClients {
    pub clients: Mutex<HashMap<crate::model::clients::ClientId, crate::model::clients::ApiClient>>,
    audit: Option<Arc<FakeAudit>>,
}

impl FakeClients {
    pub fn new(audit: Arc<FakeAudit>) -> Self {
        Self { audit: Some(audit), ..Default::default() }
    }
    fn record(&self, event: &AuditEvent) {
        if let Some(audit) = &self.audit {
            audit.events.lock().unwrap().push(event.clone());
        }
    }
}

#[async_trait]
impl crate::ports::ClientStore for FakeClients {
    async fn create_client(
        &self,
        client: &crate::model::clients::ApiClient,
        event: &AuditEvent,
    ) -> Result<(), PortError> {
        let mut clients = self.clients.lock().unwrap();
        if clients.contains_key(&client.id) {
            return Err(PortError::Conflict { what: "client" });
        }
        clients.insert(client.id.clone(), client.clone());
        self.record(event);
        Ok(())
    }
    async fn client(
        &self,
        id: &crate::model::clients::ClientId,
    ) -> Result<Option<crate::model::clients::ApiClient>, PortError> {
        Ok(self.clients.lock().unwrap().get(id).cloned())
    }
    async fn clients(&self) -> Result<Vec<crate::model::clients::ApiClient>, PortError> {
        Ok(self.clients.lock().unwrap().values().cloned().collect())
    }
    async fn update_client(
        &self,
        client: &crate::model::clients::ApiClient,
        event: &AuditEvent,
    ) -> Result<(), PortError> {
        let mut clients = self.clients.lock().unwrap();
        match clients.get(&client.id) {
            Some(stored) if stored.version + 1 == client.version => {
                clients.insert(client.id.clone(), client.clone());
                self.record(event);
                Ok(())
            }
            _ => Err(PortError::Conflict { what: "client" }),
        }
    }
    async fn delete_client(
        &self,
        id: &crate::model::clients::ClientId,
        event: &AuditEvent,
    ) -> Result<(), PortError> {
        match self.clients.lock().unwrap().remove(id) {
            Some(_) => {
                self.record(event);
                Ok(())
            }
            None => Err(PortError::Conflict { what: "client" }),
        }
    }
    async fn touch_client(
        &self,
        id: &crate::model::clients::ClientId,
        now: DateTime<Utc>,
    ) -> Result<(), PortError> {
        if let Some(c) = self.clients.lock().unwrap().get_mut(id) {
            c.last_used_at = Some(now);
        }
        Ok(())
    }
}

pub struct FakeWorld {
    pub ports: Ports,
    pub agents: Arc<FakeAgents>,
    pub writeback: Arc<FakeWriteback>,
    pub breaches: Arc<FakeBreaches>,
    pub directory: Arc<FakeDirectory>,
    pub flows: Arc<FakeFlows>,
    pub audit: Arc<FakeAudit>,
    pub hasher: Arc<FakeHasher>,
    pub outbox: Arc<FakeOutbox>,
    pub clock: Arc<ManualClock>,
}

impl FakeWorld {
    pub fn new() -> Self {
        let audit = Arc::new(FakeAudit::default());
        let directory = Arc::new(FakeDirectory::new(audit.clone()));
        let flows = Arc::new(FakeFlows::new(directory.clone(), audit.clone()));
        let hasher = Arc::new(FakeHasher::new());
        let outbox = Arc::new(FakeOutbox::default());
        let clock = Arc::new(ManualClock::new());
        let breaches = Arc::new(FakeBreaches::default());
        let writeback = Arc::new(FakeWriteback::default());
        let agents = Arc::new(FakeAgents::new(audit.clone()));
        let ports = Ports {
            breaches: breaches.clone(),
            writeback: writeback.clone(),
            agents: agents.clone(),
            clients: Arc::new(FakeClients::new(audit.clone())),
            jobs: writeback.clone(),
            directory: directory.clone(),
            flows: flows.clone(),
            keyed: Arc::new(FakeKeyed),
            sealer: Arc::new(FakeSealer),
            audit: audit.clone(),
            hasher: hasher.clone(),
            email: outbox.clone(),
            sms: outbox.clone(),
            voice: outbox.clone(),
            clock: clock.clone(),
            random: Arc::new(SeqRandom::default()),
        };
        *directory.settings.lock().unwrap() = Some(test_settings());
        Self { ports, agents, writeback, breaches, directory, flows, audit, hasher, outbox, clock }
    }
}

impl FakeWorld {
    /// Creates Adele Vance (`adele`, adele@contoso.example, +14255550101)
    /// with `password` and the user role plus `roles`, through the domain.
    pub async fn add_adele(&self, password: &str, roles: &[crate::model::user::Role]) -> User {
        use std::collections::BTreeSet;

        use crate::model::user::{NewUser, Role};
        use crate::model::values::Email;

        let mut role_set = BTreeSet::from([Role::User]);
        role_set.extend(roles.iter().copied());
        let new = NewUser {
            username: Username::parse("adele").unwrap(),
            display_name: "Adele Vance".into(),
            first_name: "Adele".into(),
            last_name: "Vance".into(),
            emails: vec![Email::parse("adele@contoso.example").unwrap()],
            phones: vec![E164::parse("+14255550101").unwrap()],
            roles: role_set,
            groups: BTreeSet::new(),
        };
        let password = Password::parse(password, "password").unwrap();
        crate::admin::provisioning::Provisioning::new(self.ports.clone())
            .create_user(new, &password, false, None, &crate::model::audit::RequestMeta::default())
            .await
            .unwrap()
    }
}

impl Default for FakeWorld {
    fn default() -> Self {
        Self::new()
    }
}

/// The settings of the fakes: a fresh install's, except that the tests'
/// users reset with the contacts the directory gives them (a fresh install
/// counts only the users' own methods).
pub fn test_settings() -> OrgSettings {
    let mut settings = OrgSettings::default();
    settings.reset.directory_contacts_count = true;
    settings
}

/// A plain enabled user with no password, for pure unit tests.
pub fn sample_user(username: &str) -> User {
    let new = crate::model::user::NewUser {
        username: Username::parse(username).unwrap(),
        display_name: username.to_owned(),
        first_name: String::new(),
        last_name: String::new(),
        emails: Vec::new(),
        phones: Vec::new(),
        roles: std::collections::BTreeSet::from([crate::model::user::Role::User]),
        groups: std::collections::BTreeSet::new(),
    };
    new.into_user(UserId::new(format!("id-{username}")), Utc.timestamp_opt(1_700_000_000, 0).unwrap())
}
