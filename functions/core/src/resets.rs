//! Self-service reset and unlock: a user who cannot sign in proves who they
//! are with one-time codes sent to their registered methods, then sets a new
//! password or only unlocks the account.
//!
//! Safety properties, and where each is kept:
//! - No enumeration: an unknown, disabled or unregistered user gets a decoy
//!   flow of the same shape, built with the same work; its methods send
//!   nothing and it can never complete (`start`).
//! - Codes are random, single-use, short-lived, stored only as keyed digests,
//!   compared in constant time, and die after a few wrong tries (`verify`).
//! - Per-user throttling by username (decoys too), per-flow send limits (`Throttle`).
//! - The flow advances only by versioned conditional writes; completing it
//!   spends it in the same transaction that changes the user, so of many
//!   parallel completions exactly one wins (`complete_password`, `unlock`).

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use subtle::ConstantTimeEq;

use crate::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::codes::{self, escape_html, hex};
use crate::error::Error;
use crate::policy;
use crate::ports::{EmailMessage, Ports};
use crate::questions;
use crate::registration;
use crate::settings::{OrgSettings, ResetRules};
use crate::types::{ParseError, Password, UserId, Username};
use crate::user::{LockoutState, User};

/// How a user proves who they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MethodKind {
    Email,
    Sms,
    /// A phone call that reads the code out (mobile or office phone).
    Voice,
    /// Security questions: answered, never sent.
    Questions,
}

/// One method offered by a flow. `target` is the real address or number;
/// `None` in a decoy flow, which never sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlowMethod {
    pub id: String,
    pub kind: MethodKind,
    pub target: Option<String>,
    pub hint: String,
}

/// A code waiting to be entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Challenge {
    /// Hex keyed digest of the code (never the code).
    pub code_digest: String,
    pub expires_at: DateTime<Utc>,
    pub attempts_left: u8,
}

/// A reset flow as stored. The client holds only the reset id; the store
/// knows the flow by a keyed digest of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResetFlow {
    pub key: String,
    /// `None` for a decoy flow.
    pub user: Option<UserId>,
    /// The username as asked for (bounded), for the audit trail.
    pub target_name: String,
    pub throttle_key: String,
    pub methods: Vec<FlowMethod>,
    pub required: u8,
    pub verified: BTreeSet<String>,
    pub challenges: BTreeMap<String, Challenge>,
    pub sends: u8,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub spent: bool,
    pub version: u64,
}

impl ResetFlow {
    /// Methods still to prove. A text and a call to the same phone prove one
    /// thing (that phone), so proven methods count by distinct target.
    pub fn remaining(&self) -> u8 {
        let proven: BTreeSet<&Option<String>> =
            self.methods.iter().filter(|m| self.verified.contains(&m.id)).map(|m| &m.target).collect();
        self.required.saturating_sub(u8::try_from(proven.len()).unwrap_or(u8::MAX))
    }
}

/// Reset activity counted per username, real or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Throttle {
    pub key: String,
    pub failures: Vec<DateTime<Utc>>,
    pub phone_sends: Vec<DateTime<Utc>>,
    pub email_sends: Vec<DateTime<Utc>>,
    pub blocked_until: Option<DateTime<Utc>>,
    /// When the store may forget this record.
    pub expires_at: DateTime<Utc>,
    pub version: u64,
}

impl Throttle {
    fn new(key: String, now: DateTime<Utc>) -> Self {
        Self {
            key,
            failures: Vec::new(),
            phone_sends: Vec::new(),
            email_sends: Vec::new(),
            blocked_until: None,
            expires_at: now,
            version: 0,
        }
    }

    /// Drops counts older than their windows.
    fn prune(&mut self, now: DateTime<Utc>) {
        self.failures.retain(|t| now - *t < Duration::hours(24));
        self.phone_sends.retain(|t| now - *t < Duration::hours(1));
        self.email_sends.retain(|t| now - *t < Duration::minutes(10));
        if self.blocked_until.is_some_and(|until| until <= now) {
            self.blocked_until = None;
        }
    }

    fn blocked(&self, now: DateTime<Utc>) -> Option<u64> {
        self.blocked_until.filter(|until| *until > now).map(|until| seconds_until(now, until))
    }

    fn block(&mut self, rules: &ResetRules, now: DateTime<Utc>) -> u64 {
        let until = now + Duration::hours(i64::from(rules.block_hours));
        self.blocked_until = Some(until);
        seconds_until(now, until)
    }
}

fn seconds_until(now: DateTime<Utc>, until: DateTime<Utc>) -> u64 {
    u64::try_from((until - now).num_seconds().max(1)).unwrap_or(1)
}

/// What `start` returns to the caller.
#[derive(Debug, Clone)]
pub struct StartedReset {
    /// The bearer id of the flow (≥ 128 random bits; here 256).
    pub reset_id: String,
    pub expires_at: DateTime<Utc>,
    pub required: u8,
    /// `(id, kind, hint)` of each method.
    pub methods: Vec<(String, MethodKind, String)>,
    /// For a security-questions method, by method id: the questions to answer, `(id, text)`.
    pub questions: BTreeMap<String, Vec<(String, String)>>,
}

/// What proves a method: the code that was sent, or the answers to its questions.
#[derive(Debug, Clone, Copy)]
pub enum Proof<'a> {
    Code(&'a str),
    /// `(question_id, answer)` pairs.
    Answers(&'a [(String, String)]),
}

/// What `verify` returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub verified: Vec<String>,
    pub remaining: u8,
}

/// Masks an email address: `jo.smith@contoso.com` → `j•••@c•••.com`.
pub fn mask_email(address: &str) -> String {
    let (local, domain) = address.rsplit_once('@').unwrap_or((address, ""));
    let first = |s: &str| s.chars().next().map(String::from).unwrap_or_default();
    let (name, tld) = domain.rsplit_once('.').unwrap_or((domain, ""));
    format!("{}•••@{}•••.{}", first(local), first(name), tld)
}

/// Masks a phone number, keeping its last two digits: `•••• •••• •12`.
pub fn mask_phone(number: &str) -> String {
    let digits: Vec<char> = number.chars().filter(char::is_ascii_digit).collect();
    let last: String = digits[digits.len().saturating_sub(2)..].iter().collect();
    format!("•••• •••• •{last}")
}

/// The reset operations. Cheap to clone.
#[derive(Clone)]
pub struct Resets {
    ports: Ports,
}

/// How many times an operation re-reads and retries after losing a write race.
const WRITE_ATTEMPTS: usize = 5;

impl Resets {
    pub fn new(ports: Ports) -> Self {
        Self { ports }
    }

    fn event(
        &self,
        flow: &ResetFlow,
        action: Action,
        outcome: Outcome,
        reason: Option<&str>,
        meta: &RequestMeta,
    ) -> AuditEvent {
        AuditEvent {
            id: self.ports.random.hex(16),
            at: self.ports.clock.now(),
            actor: None,
            target: flow.user.clone(),
            target_name: Some(flow.target_name.clone()),
            action,
            outcome,
            reason: reason.map(str::to_string),
            client_ip: meta.client_ip.clone(),
            user_agent: meta.user_agent.clone(),
        }
    }

    fn flow_key(&self, reset_id: &str) -> String {
        hex(&self.ports.keyed.digest("reset-id", reset_id.as_bytes()))
    }

    fn throttle_key(&self, username: &str) -> String {
        hex(&self.ports.keyed.digest("reset-throttle", username.as_bytes()))
    }

    /// Starts a reset for `username`. Every caller gets a 201-shaped answer:
    /// a real flow for an enabled user with enough registered methods, a
    /// decoy otherwise, built with the same reads and writes.
    pub async fn start(&self, username: &str, lang: &str, meta: &RequestMeta) -> Result<StartedReset, Error> {
        let settings = self.ports.directory.settings().await?;
        let now = self.ports.clock.now();
        let name: String = username.trim().to_lowercase().chars().take(64).collect();
        let user = match Username::parse(username) {
            Ok(parsed) => self.ports.directory.user_by_username(&parsed).await?,
            Err(_) => None,
        };
        let (eligible, reason) = match &user {
            None => {
                // Mirror the second read a real user costs.
                self.ports.directory.user(&UserId::new("decoy")).await?;
                (None, "unknown_user")
            }
            Some(u) if !u.enabled => (None, "account_disabled"),
            Some(u) if !registration::in_scope(u, &settings) => (None, "out_of_scope"),
            Some(u) => {
                let required = registration::required_methods(u, &settings);
                let methods = self.real_methods(u, &settings);
                if methods.len() < usize::from(required) {
                    (None, "not_registered")
                } else {
                    (Some((u, methods, required)), "")
                }
            }
        };
        let (user_id, methods, required) = match eligible {
            Some((u, methods, required)) => (Some(u.id.clone()), methods, required),
            None => (None, self.decoy_methods(&name, &settings), settings.reset.methods_required.clamp(1, 2)),
        };
        let mut id_bytes = [0u8; 32];
        self.ports.random.fill(&mut id_bytes);
        let reset_id = hex(&id_bytes);
        let expires_at =
            now + Duration::seconds(i64::try_from(settings.reset.flow_lifetime_seconds).unwrap_or(900));
        let flow = ResetFlow {
            key: self.flow_key(&reset_id),
            user: user_id,
            target_name: name.clone(),
            throttle_key: self.throttle_key(&name),
            methods,
            required,
            verified: BTreeSet::new(),
            challenges: BTreeMap::new(),
            sends: 0,
            created_at: now,
            expires_at,
            spent: false,
            version: 1,
        };
        let reason = (!reason.is_empty()).then_some(reason);
        let event = self.event(&flow, Action::ResetStarted, Outcome::Success, reason, meta);
        self.ports.flows.save_reset(&flow, &[event]).await?;
        Ok(StartedReset {
            reset_id,
            expires_at,
            required,
            methods: flow.methods.iter().map(|m| (m.id.clone(), m.kind, m.hint.clone())).collect(),
            questions: flow
                .methods
                .iter()
                .filter(|m| m.kind == MethodKind::Questions)
                .map(|m| {
                    let ids = m.target.as_deref().unwrap_or_default().split(',');
                    let asked =
                        ids.filter_map(|id| Some((id.to_owned(), questions::text(&settings, id, lang)?)));
                    (m.id.clone(), asked.collect())
                })
                .collect(),
        })
    }

    /// Plausible methods for a username that has none: an email and a phone,
    /// with hints derived from a keyed digest of the name, so asking twice
    /// shows the same hints, as it would for a real user.
    fn decoy_methods(&self, name: &str, settings: &OrgSettings) -> Vec<FlowMethod> {
        let rules = &settings.reset;
        let d = self.ports.keyed.digest("decoy-hints", name.as_bytes());
        let letter = |b: u8| char::from(b'a' + b % 26);
        let first = name.chars().next().filter(char::is_ascii_alphanumeric).unwrap_or(letter(d[0]));
        let domain = rules.decoy_email_domain.trim();
        let email = format!("{first}@{domain}");
        let phone =
            format!("+1{:010}", u64::from_le_bytes(d[8..16].try_into().expect("8 bytes")) % 10_000_000_000);
        let mut methods = vec![
            FlowMethod { id: "m1".into(), kind: MethodKind::Email, target: None, hint: mask_email(&email) },
            FlowMethod { id: "m2".into(), kind: MethodKind::Sms, target: None, hint: mask_phone(&phone) },
        ];
        if settings.registration.methods_allowed.contains(&MethodKind::Questions) {
            // Predefined questions picked by the name's digest: asked again, the same ones.
            let mut ids: Vec<String> = (1..=10).map(|n| format!("q{n:02}")).collect();
            let mut picked = Vec::new();
            for byte in d[16..].iter().take(usize::from(registration::questions_to_ask(settings))) {
                picked.push(ids.remove(usize::from(*byte) % ids.len()));
            }
            let target = picked.join(",");
            let hint = registration::hint(MethodKind::Questions, &target);
            methods.push(FlowMethod {
                id: "m3".into(),
                kind: MethodKind::Questions,
                target: Some(target),
                hint,
            });
        }
        methods
    }

    /// Methods a user may reset with: their proven emails, then mobile numbers,
    /// then security questions (a fresh random few of theirs each flow), of the
    /// kinds the policy allows. A pending (unproven) address is never one.
    fn real_methods(&self, user: &User, settings: &OrgSettings) -> Vec<FlowMethod> {
        registration::reset_targets(user, settings)
            .into_iter()
            .enumerate()
            .map(|(i, (kind, target, _))| {
                let target = match kind {
                    MethodKind::Questions => self.pick_questions(user, settings),
                    _ => target,
                };
                FlowMethod {
                    id: format!("m{}", i + 1),
                    hint: registration::hint(kind, &target),
                    kind,
                    target: Some(target),
                }
            })
            .collect()
    }

    /// A random few of the user's registered questions, comma-separated ids.
    fn pick_questions(&self, user: &User, settings: &OrgSettings) -> String {
        let mut ids: Vec<&str> =
            registration::usable_answers(user, settings).map(|q| q.question_id.as_str()).collect();
        let mut picked = Vec::new();
        for _ in 0..registration::questions_to_ask(settings) {
            if ids.is_empty() {
                break;
            }
            let mut byte = [0u8; 1];
            self.ports.random.fill(&mut byte);
            picked.push(ids.remove(usize::from(byte[0]) % ids.len()));
        }
        picked.join(",")
    }

    async fn load(&self, reset_id: &str) -> Result<ResetFlow, Error> {
        // A malformed id cannot name a flow; say so exactly as for an unknown one.
        if reset_id.len() != 64 || !reset_id.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(Error::ResetExpired);
        }
        let flow = self.ports.flows.reset(&self.flow_key(reset_id)).await?.ok_or(Error::ResetExpired)?;
        if flow.spent || flow.expires_at <= self.ports.clock.now() {
            return Err(Error::ResetExpired);
        }
        Ok(flow)
    }

    async fn throttle(&self, key: &str, now: DateTime<Utc>) -> Result<Throttle, Error> {
        let mut throttle =
            self.ports.flows.throttle(key).await?.unwrap_or_else(|| Throttle::new(key.to_string(), now));
        throttle.prune(now);
        Ok(throttle)
    }

    async fn save_throttle(
        &self,
        mut throttle: Throttle,
        rules: &ResetRules,
        now: DateTime<Utc>,
    ) -> Result<(), Error> {
        throttle.version += 1;
        throttle.expires_at = throttle.blocked_until.unwrap_or(now).max(now)
            + Duration::hours(i64::from(rules.block_hours.max(24)));
        self.ports.flows.save_throttle(&throttle).await?;
        Ok(())
    }

    /// Sends a fresh code for one method of the flow. A decoy flow records
    /// the send and sends nothing.
    pub async fn challenge(
        &self,
        reset_id: &str,
        method_id: &str,
        meta: &RequestMeta,
    ) -> Result<(String, DateTime<Utc>), Error> {
        let settings = self.ports.directory.settings().await?;
        let rules = &settings.reset;
        let now = self.ports.clock.now();
        let mut flow = self.load(reset_id).await?;
        let method = flow.methods.iter().find(|m| m.id == method_id).cloned().ok_or(Error::UnknownMethod)?;
        if method.kind == MethodKind::Questions {
            return Err(Error::NotSendable);
        }
        let mut throttle = self.throttle(&flow.throttle_key, now).await?;
        if let Some(retry_after) = throttle.blocked(now) {
            let event = self.event(&flow, Action::ResetBlocked, Outcome::Blocked, Some("user_blocked"), meta);
            self.ports.audit.record(&event).await?;
            return Err(Error::TooManyRequests { retry_after });
        }
        if flow.sends >= rules.sends_per_flow {
            let event =
                self.event(&flow, Action::ResetBlocked, Outcome::Blocked, Some("flow_send_limit"), meta);
            self.ports.audit.record(&event).await?;
            return Err(Error::TooManyRequests { retry_after: seconds_until(now, flow.expires_at) });
        }
        let over = match method.kind {
            MethodKind::Email => throttle.email_sends.len() >= usize::from(rules.emails_per_ten_minutes),
            MethodKind::Sms | MethodKind::Voice => {
                throttle.phone_sends.len() >= usize::from(rules.phone_sends_per_hour)
            }
            MethodKind::Questions => false,
        };
        if over {
            let retry_after = throttle.block(rules, now);
            self.save_throttle(throttle, rules, now).await?;
            let event = self.event(&flow, Action::ResetBlocked, Outcome::Blocked, Some("send_limit"), meta);
            self.ports.audit.record(&event).await?;
            return Err(Error::TooManyRequests { retry_after });
        }
        match method.kind {
            MethodKind::Email => throttle.email_sends.push(now),
            MethodKind::Sms | MethodKind::Voice => throttle.phone_sends.push(now),
            MethodKind::Questions => {}
        }
        self.save_throttle(throttle, rules, now).await?;

        let code = codes::new_code(self.ports.random.as_ref(), rules.code_digits.clamp(6, 8));
        let expires_at = now + Duration::seconds(i64::try_from(rules.code_lifetime_seconds).unwrap_or(600));
        flow.challenges.insert(
            method.id.clone(),
            Challenge {
                code_digest: self.code_digest(&flow, &method.id, &code),
                expires_at,
                attempts_left: rules.code_attempts.max(1),
            },
        );
        flow.sends += 1;
        flow.version += 1;
        let event =
            self.event(&flow, Action::ResetCodeSent, Outcome::Success, Some(kind_name(method.kind)), meta);
        self.ports.flows.save_reset(&flow, &[event]).await?;
        if let Some(target) = &method.target {
            codes::send_code(&self.ports, &settings, method.kind, target, &code, codes::Purpose::Reset)
                .await?;
        }
        Ok((method.id, expires_at))
    }

    fn code_digest(&self, flow: &ResetFlow, method_id: &str, code: &str) -> String {
        let material = format!("{}\n{method_id}\n{code}", flow.key);
        hex(&self.ports.keyed.digest("reset-code", material.as_bytes()))
    }

    /// Checks a code. A right code proves its method (once); a wrong one
    /// costs a try of the code and counts toward the user's block.
    pub async fn verify(
        &self,
        reset_id: &str,
        method_id: &str,
        proof: Proof<'_>,
        meta: &RequestMeta,
    ) -> Result<Verified, Error> {
        let settings = self.ports.directory.settings().await?;
        let rules = &settings.reset;
        for _ in 0..WRITE_ATTEMPTS {
            let now = self.ports.clock.now();
            let mut flow = self.load(reset_id).await?;
            let Some(method) = flow.methods.iter().find(|m| m.id == method_id).cloned() else {
                return Err(Error::UnknownMethod);
            };
            let throttle = self.throttle(&flow.throttle_key, now).await?;
            if let Some(retry_after) = throttle.blocked(now) {
                let event =
                    self.event(&flow, Action::ResetBlocked, Outcome::Blocked, Some("user_blocked"), meta);
                self.ports.audit.record(&event).await?;
                return Err(Error::TooManyRequests { retry_after });
            }
            let code = match (method.kind, proof) {
                (MethodKind::Questions, Proof::Answers(answers)) => {
                    if self.answers_right(&flow, &method, answers).await? {
                        flow.verified.insert(method_id.to_string());
                        flow.version += 1;
                        let event =
                            self.event(&flow, Action::ResetMethodVerified, Outcome::Success, None, meta);
                        match self.ports.flows.save_reset(&flow, &[event]).await {
                            Err(crate::PortError::Conflict { .. }) => continue,
                            other => other?,
                        }
                        let verified = flow.verified.iter().cloned().collect();
                        return Ok(Verified { verified, remaining: flow.remaining() });
                    }
                    let event = self.event(
                        &flow,
                        Action::ResetCodeFailed,
                        Outcome::Failure,
                        Some("answers_invalid"),
                        meta,
                    );
                    self.ports.audit.record(&event).await?;
                    let attempts_left = self.count_failure(throttle, &flow, rules, now, meta).await?;
                    return Err(Error::AnswersInvalid { attempts_left });
                }
                (MethodKind::Questions, Proof::Code(_)) => {
                    return Err(ParseError::new("answers", "answer this method's questions").into());
                }
                (_, Proof::Answers(_)) => {
                    return Err(ParseError::new("code", "enter the code that was sent").into());
                }
                (_, Proof::Code(code)) => code,
            };
            let Some(challenge) = flow.challenges.get(method_id).cloned() else {
                return Err(Error::ChallengeRequired);
            };
            if challenge.expires_at <= now {
                flow.challenges.remove(method_id);
                flow.version += 1;
                let event =
                    self.event(&flow, Action::ResetCodeFailed, Outcome::Failure, Some("code_expired"), meta);
                match self.ports.flows.save_reset(&flow, &[event]).await {
                    Err(crate::PortError::Conflict { .. }) => continue,
                    other => other?,
                }
                return Err(Error::CodeExpired);
            }
            let given = code.trim();
            let expected = challenge.code_digest.as_bytes();
            let actual = self.code_digest(&flow, method_id, given);
            // Decoy flows never hold a right answer: their codes were never sent.
            let right = flow.user.is_some() && bool::from(actual.as_bytes().ct_eq(expected));
            if right {
                flow.challenges.remove(method_id);
                flow.verified.insert(method_id.to_string());
                flow.version += 1;
                let event = self.event(&flow, Action::ResetMethodVerified, Outcome::Success, None, meta);
                match self.ports.flows.save_reset(&flow, &[event]).await {
                    Err(crate::PortError::Conflict { .. }) => continue,
                    other => other?,
                }
                return Ok(Verified {
                    verified: flow.verified.iter().cloned().collect(),
                    remaining: flow.remaining(),
                });
            }
            let attempts_left = challenge.attempts_left.saturating_sub(1);
            if attempts_left == 0 {
                flow.challenges.remove(method_id);
            } else if let Some(c) = flow.challenges.get_mut(method_id) {
                c.attempts_left = attempts_left;
            }
            flow.version += 1;
            let event =
                self.event(&flow, Action::ResetCodeFailed, Outcome::Failure, Some("code_invalid"), meta);
            match self.ports.flows.save_reset(&flow, &[event]).await {
                Err(crate::PortError::Conflict { .. }) => continue,
                other => other?,
            }
            self.count_failure(throttle, &flow, rules, now, meta).await?;
            return Err(Error::CodeInvalid { attempts_left });
        }
        Err(Error::Contention)
    }

    /// Counts a failed proof toward the user's block. Blocks (and says for how
    /// long) at the policy's limit; otherwise returns the failures left.
    async fn count_failure(
        &self,
        mut throttle: Throttle,
        flow: &ResetFlow,
        rules: &ResetRules,
        now: DateTime<Utc>,
        meta: &RequestMeta,
    ) -> Result<u8, Error> {
        throttle.failures.push(now);
        let limit = usize::from(rules.failed_proofs_per_day);
        let left = u8::try_from(limit.saturating_sub(throttle.failures.len())).unwrap_or(u8::MAX);
        let retry_after = (left == 0).then(|| throttle.block(rules, now));
        self.save_throttle(throttle, rules, now).await?;
        if let Some(retry_after) = retry_after {
            let event = self.event(flow, Action::ResetBlocked, Outcome::Blocked, Some("failed_proofs"), meta);
            self.ports.audit.record(&event).await?;
            return Err(Error::TooManyRequests { retry_after });
        }
        Ok(left)
    }

    /// Whether `answers` answer exactly the method's questions, each rightly.
    /// Every answer costs one argon2 verification whatever happens (decoy
    /// flows and malformed answers too), so timing tells nothing.
    async fn answers_right(
        &self,
        flow: &ResetFlow,
        method: &FlowMethod,
        answers: &[(String, String)],
    ) -> Result<bool, Error> {
        let asked: Vec<&str> = method.target.as_deref().unwrap_or_default().split(',').collect();
        let covers =
            answers.len() == asked.len() && asked.iter().all(|q| answers.iter().any(|(a, _)| a == q));
        if !covers {
            return Err(ParseError::new("answers", "answer each question asked, once").into());
        }
        let user = match &flow.user {
            Some(id) => self.ports.directory.user(id).await?,
            None => None,
        };
        let mut all_right = user.is_some();
        for (question, answer) in answers {
            let stored = user
                .as_ref()
                .and_then(|u| u.registration.questions.iter().find(|r| &r.question_id == question))
                .map(|r| r.hash.clone());
            let normalised = questions::normalise_answer(answer).ok();
            let candidate = Password::parse(normalised.as_deref().unwrap_or("-"), "answer")?;
            let hash = stored.clone().unwrap_or_else(|| self.ports.hasher.decoy().clone());
            let right = self.ports.hasher.verify(&candidate, &hash).await?;
            all_right &= right && stored.is_some() && normalised.is_some();
        }
        Ok(all_right)
    }

    /// Sets a new password once every required method is proven: the account
    /// is unlocked, every session revoked, the flow spent, the user told.
    pub async fn complete_password(
        &self,
        reset_id: &str,
        new: &Password,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        self.complete(reset_id, Some(new), meta).await
    }

    /// Unlocks the account once every required method is proven; the password stays.
    pub async fn unlock(&self, reset_id: &str, meta: &RequestMeta) -> Result<(), Error> {
        self.complete(reset_id, None, meta).await
    }

    async fn complete(
        &self,
        reset_id: &str,
        new: Option<&Password>,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let settings = self.ports.directory.settings().await?;
        for _ in 0..WRITE_ATTEMPTS {
            let now = self.ports.clock.now();
            let mut flow = self.load(reset_id).await?;
            let remaining = flow.remaining();
            let user_id = match (&flow.user, remaining) {
                (Some(id), 0) => id.clone(),
                _ => return Err(Error::ResetIncomplete { remaining: remaining.max(1) }),
            };
            let mut user = match self.ports.directory.user(&user_id).await? {
                Some(u) if u.enabled => u,
                _ => return Err(Error::ResetExpired),
            };
            let was_locked = user.locked_until(now).is_some();
            let mut events = Vec::new();
            if let Some(new) = new {
                let reasons = policy::reasons_for(self.ports.hasher.as_ref(), &user, new, &settings).await?;
                if !reasons.is_empty() {
                    let rules = policy::rule_names(&reasons);
                    let event =
                        self.event(&flow, Action::ResetCompleted, Outcome::Failure, Some(&rules), meta);
                    self.ports.audit.record(&event).await?;
                    return Err(Error::PasswordRejected(reasons));
                }
                let hash = self.ports.hasher.hash(new).await?;
                user.replace_password(hash, now);
                // A reset ends every session the old password opened.
                user.token_version += 1;
                events.push(self.event(
                    &flow,
                    Action::ResetCompleted,
                    Outcome::Success,
                    Some("password_reset"),
                    meta,
                ));
            }
            user.lockout = LockoutState::default();
            user.version += 1;
            if new.is_none() || was_locked {
                events.push(self.event(
                    &flow,
                    Action::AccountUnlocked,
                    Outcome::Success,
                    Some("self_service"),
                    meta,
                ));
            }
            flow.spent = true;
            flow.version += 1;
            match self.ports.flows.complete_reset(&flow, &user, &events).await {
                Ok(()) => {}
                // Lost a race: the next round sees a spent flow (→ ResetExpired) or a fresh user.
                Err(crate::PortError::Conflict { .. }) => continue,
                Err(err) => return Err(err.into()),
            }
            self.after_completion(&flow, &user, new.is_some(), &settings, now).await;
            return Ok(());
        }
        Err(Error::Contention)
    }

    /// Clears the user's reset counters and tells them what happened. The
    /// reset itself is done by now, so failures here are logged, not returned.
    async fn after_completion(
        &self,
        flow: &ResetFlow,
        user: &User,
        password_changed: bool,
        settings: &OrgSettings,
        now: DateTime<Utc>,
    ) {
        if let Ok(Some(mut throttle)) = self.ports.flows.throttle(&flow.throttle_key).await {
            throttle.failures.clear();
            throttle.phone_sends.clear();
            throttle.email_sends.clear();
            throttle.blocked_until = None;
            let _ = self.save_throttle(throttle, &settings.reset, now).await;
        }
        if settings.reset.notify_user {
            let org = &settings.name;
            let what = if password_changed { "password was reset" } else { "account was unlocked" };
            let when = now.format("%Y-%m-%d %H:%M UTC");
            let help = settings
                .contact_url
                .as_deref()
                .map(|u| format!(" Contact your administrator: {u}"))
                .unwrap_or_default();
            let text = format!(
                "Your {org} {what} on {when}. If this was not you, contact your administrator now.{help}"
            );
            for email in &user.emails {
                self.notice(email, format!("Your {org} {what}"), &text).await;
            }
            for phone in &user.phones {
                if let Err(err) = self.ports.sms.send_sms(phone, &text).await {
                    tracing::warn!(error = %crate::error::chain(&err), "reset notification by SMS failed");
                }
            }
        }
        if password_changed && user.is_admin() && settings.reset.notify_admins_on_admin_reset {
            self.tell_admins(user, settings, now).await;
        }
    }

    /// Tells every other administrator that an administrator reset their own
    /// password (an attacker who takes over an admin account is noticed).
    async fn tell_admins(&self, user: &User, settings: &OrgSettings, now: DateTime<Utc>) {
        let admins = match self.ports.directory.users().await {
            Ok(all) => all.into_iter().filter(|u| u.is_admin() && u.enabled && u.id != user.id),
            Err(err) => {
                tracing::warn!(error = %crate::error::chain(&err), "could not list administrators to notify");
                return;
            }
        };
        let org = &settings.name;
        let text = format!(
            "Administrator {} ({}) reset their {org} password by self-service on {}. If this is unexpected, check the account now.",
            user.display_name,
            user.username,
            now.format("%Y-%m-%d %H:%M UTC")
        );
        for admin in admins {
            for email in &admin.emails {
                self.notice(email, format!("{org}: an administrator reset their password"), &text).await;
            }
        }
    }

    /// Emails a notice (no secret in it). The reset is done by now, so a
    /// failure is logged, not returned.
    async fn notice(&self, to: &crate::types::Email, subject: String, text: &str) {
        let html = format!(
            "<!doctype html><html><body style=\"font-family:sans-serif\"><p>{}</p></body></html>",
            escape_html(text)
        );
        let message = EmailMessage { to: to.clone(), subject, text: text.to_owned(), html };
        if let Err(err) = self.ports.email.send_email(&message).await {
            tracing::warn!(error = %crate::error::chain(&err), "notification by email failed");
        }
    }
}

fn kind_name(kind: MethodKind) -> &'static str {
    match kind {
        MethodKind::Email => "email",
        MethodKind::Sms => "sms",
        MethodKind::Voice => "voice",
        MethodKind::Questions => "questions",
    }
}

#[cfg(test)]
mod tests;
