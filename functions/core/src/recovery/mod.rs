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
//! - Every proof and every send takes a try from atomic counters first, per
//!   source address and per account, decoys alike (`crate::access::limits`); a flow
//!   sends at most a few codes and allows a few answers.
//! - The flow advances only by versioned conditional writes; completing it
//!   spends it in the same transaction that changes the user, so of many
//!   parallel completions exactly one wins (`complete_password`, `unlock`).

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Duration, Utc};
use subtle::ConstantTimeEq;

use crate::access::limits;
use crate::accounts::authenticator;
use crate::messaging::{codes, notices};
use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::directory::DirectoryChange;
use crate::model::error::Error;
use crate::model::flow::{Challenge, FlowMethod, Judged, MethodTarget, ResetFlow};
use crate::model::methods::MethodKind;
use crate::model::questions;
use crate::model::registration::RegisteredAnswer;
use crate::model::settings::OrgSettings;
use crate::model::user::{LockoutState, NewUser, Role, User};
use crate::model::values::{E164, Email, OneTimeCode, ParseError, Password, ResetId, UserId, Username, hex};
use crate::passwords::policy;
use crate::ports::Ports;

/// What `start` returns to the caller.
#[derive(Debug, Clone)]
pub struct StartedReset {
    /// The bearer id of the flow (≥ 128 random bits; here 256).
    pub reset_id: ResetId,
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

/// A code requested: for which method, until when it is good, and how its
/// delivery went (the HTTP layer paces decoys to look like real sends).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenged {
    pub method_id: String,
    pub expires_at: DateTime<Utc>,
    pub delivery: Delivery,
}

/// How a code's delivery went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// Handed to the provider (or failed there) after `took`.
    Sent { kind: MethodKind, took: std::time::Duration },
    /// A decoy: nothing went out.
    NotSent(MethodKind),
}

/// Whether `answers` answer exactly the questions `method` asked, each once.
fn covers(method: &FlowMethod, answers: &[(String, String)]) -> Result<(), Error> {
    let asked = method.target.as_ref().map(MethodTarget::questions).unwrap_or_default();
    if answers.len() == asked.len() && asked.iter().all(|q| answers.iter().any(|(a, _)| a == q)) {
        Ok(())
    } else {
        Err(ParseError::new("answers", "answer each question asked, once").into())
    }
}

/// What `verify` returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub verified: Vec<String>,
    pub remaining: u8,
}

/// The reset operations. Cheap to clone.
#[derive(Clone)]
pub struct Resets {
    ports: Ports,
    /// When the share of administrators was last counted, and what it was.
    admins: std::sync::Arc<std::sync::Mutex<Option<CountedShare>>>,
}

/// When the shares were counted, and the shares.
type CountedShare = (DateTime<Utc>, Shares);

/// What decoys are drawn to match: the share of administrators among the
/// users, and of those whose sign-in needs an authenticator, the share that
/// registered one.
#[derive(Debug, Clone, Copy, Default)]
struct Shares {
    admins: f64,
    enrolled: f64,
}

impl Resets {
    pub fn new(ports: Ports) -> Self {
        Self { ports, admins: Default::default() }
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
            // The methods proven so far: on a completed reset, those it took.
            methods: flow
                .methods
                .iter()
                .filter(|m| flow.verified.contains(&m.id))
                .map(|m| m.kind)
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect(),
        }
    }

    fn flow_key(&self, reset_id: &ResetId) -> String {
        hex(&self.ports.keyed.digest("reset-id", reset_id.expose().as_bytes()))
    }

    /// Starts a reset for `username`. Every caller gets a 201-shaped answer:
    /// a real flow for an enabled user with enough registered methods, a
    /// decoy otherwise, built with the same reads and writes.
    pub async fn start(&self, username: &str, lang: &str, meta: &RequestMeta) -> Result<StartedReset, Error> {
        let settings = self.ports.directory.settings().await?;
        limits::admit(&self.ports, &settings, "reset-start", meta.client_ip.as_deref()).await?;
        let now = self.ports.clock.now();
        let name = limits::counted_name(username);
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
            Some(u) if !crate::model::registration::in_scope(u, &settings) => (None, "out_of_scope"),
            Some(u) => {
                let required = crate::model::registration::required_methods(u, &settings);
                let methods = self.real_methods(u, &settings);
                if methods.len() < usize::from(required) {
                    (None, "not_registered")
                } else {
                    (Some((u, methods, required)), "")
                }
            }
        };
        // A synced user whose directory has no agent alive is told now, not
        // after proving methods for nothing (and so is a name that could not
        // reset: see `ensure_reachable`).
        if let Err(err) =
            crate::passwords::writeback::ensure_reachable(&self.ports, eligible.as_ref().map(|(u, _, _)| *u))
                .await
        {
            let event = AuditEvent {
                id: self.ports.random.hex(16),
                at: now,
                actor: None,
                target: eligible.as_ref().map(|(u, _, _)| u.id.clone()),
                target_name: Some(name.clone()),
                action: Action::ResetStarted,
                outcome: Outcome::Failure,
                reason: Some("directory_unavailable".into()),
                client_ip: meta.client_ip.clone(),
                user_agent: meta.user_agent.clone(),
                methods: Vec::new(),
            };
            self.ports.audit.record(&event).await?;
            return Err(err);
        }
        // Both paths read the (cached) share of administrators, so that a
        // decoy can be one as often as a real name is.
        let admin_share = self.admin_share(&settings).await?;
        let (user_id, methods, required, authenticator_required) = match eligible {
            Some((u, methods, required)) => (
                Some(u.id.clone()),
                methods,
                required,
                crate::model::registration::reset_must_prove(u, &settings),
            ),
            None => {
                let decoy = self.decoy_user(&name, &settings, admin_share);
                let authenticator_required = crate::model::registration::reset_must_prove(&decoy, &settings);
                let required = crate::model::registration::required_methods(&decoy, &settings);
                let methods = self
                    .real_methods(&decoy, &settings)
                    .into_iter()
                    // A decoy never sends: only the question ids stay.
                    .map(|m| FlowMethod {
                        target: m.target.filter(|t| matches!(t, MethodTarget::Questions { .. })),
                        ..m
                    })
                    .collect();
                (None, methods, required, authenticator_required)
            }
        };
        let mut id_bytes = [0u8; 32];
        self.ports.random.fill(&mut id_bytes);
        let reset_id = ResetId::from_random(id_bytes);
        let expires_at =
            now + Duration::seconds(i64::try_from(settings.reset.flow_lifetime_seconds).unwrap_or(900));
        let flow = ResetFlow {
            key: self.flow_key(&reset_id),
            user: user_id,
            target_name: name.clone(),
            methods,
            required,
            verified: BTreeSet::new(),
            challenges: BTreeMap::new(),
            sends: 0,
            created_at: now,
            expires_at,
            spent: false,
            authenticator_required,
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
                    let ids = m.target.as_ref().map(MethodTarget::questions).unwrap_or_default();
                    let asked =
                        ids.iter().filter_map(|id| Some((id.clone(), questions::text(&settings, id, lang)?)));
                    (m.id.clone(), asked.collect())
                })
                .collect(),
        })
    }

    /// A stand-in for a name that cannot reset (unknown, disabled,
    /// unregistered, out of scope), drawn as a real user is under the current
    /// policy: an email and a mobile (the directory's usual pair), an
    /// administrator as often as real names are, registered questions when
    /// the policy offers them, an authenticator app as often as real users
    /// whose sign-in needs one have registered it. Everything but the random draw of questions at
    /// each start follows a keyed digest of the name, so asking twice looks
    /// the same, as it would for a real person.
    fn decoy_user(&self, name: &str, settings: &OrgSettings, shares: Shares) -> User {
        let d = self.ports.keyed.digest("decoy-hints", name.as_bytes());
        let letter = |b: u8| char::from(b'a' + b % 26);
        let first = name.chars().next().filter(char::is_ascii_alphanumeric).unwrap_or(letter(d[0]));
        let domain = settings.reset.decoy_email_domain.trim();
        let email = Email::parse(&format!("{first}@{domain}"))
            .or_else(|_| Email::parse(&format!("{first}@example.com")))
            .ok();
        let phone =
            format!("+1{:010}", u64::from_le_bytes(d[8..16].try_into().expect("8 bytes")) % 10_000_000_000);
        let admin = f64::from(d[1]) / 256.0 < shares.admins;
        let mut roles = BTreeSet::from([Role::User]);
        if admin {
            roles.insert(Role::Admin);
        }
        let mut offered: Vec<String> =
            questions::catalogue(settings, "en").into_iter().map(|(id, _)| id).collect();
        let mut registered = Vec::new();
        for byte in
            d[16..].iter().take(usize::from(crate::model::registration::questions_to_register(settings)))
        {
            if offered.is_empty() {
                break;
            }
            let id = offered.remove(usize::from(*byte) % offered.len());
            registered.push(RegisteredAnswer { question_id: id, hash: self.ports.hasher.decoy().clone() });
        }
        let now = self.ports.clock.now();
        let new = NewUser {
            username: Username::parse(name)
                .unwrap_or_else(|_| Username::parse("decoy").expect("a valid name")),
            display_name: String::new(),
            first_name: String::new(),
            last_name: String::new(),
            emails: email.into_iter().collect(),
            phones: E164::parse(&phone).into_iter().collect(),
            roles,
            groups: BTreeSet::new(),
        };
        let mut user = new.into_user(UserId::new("decoy"), now);
        user.registration =
            crate::model::registration::Registration { questions: registered, ..Default::default() };
        // As many of those whose sign-in needs an authenticator have one as
        // among the real ones (the others have not signed in since).
        if crate::model::registration::needs_second_factor(&user, settings)
            && f64::from(d[2]) / 256.0 < shares.enrolled
        {
            user.registration.authenticator = Some(crate::model::registration::Authenticator {
                secret: crate::model::registration::SealedSecret::new(String::new()),
                registered_at: now,
                last_step: 0,
                recovery_codes: Vec::new(),
            });
        }
        user
    }

    /// The shares decoys are drawn to match, recounted at most every five
    /// minutes per process.
    async fn admin_share(&self, settings: &OrgSettings) -> Result<Shares, Error> {
        let now = self.ports.clock.now();
        if let Some((at, shares)) = *self.admins.lock().expect("admin share lock")
            && now - at < Duration::minutes(5)
        {
            return Ok(shares);
        }
        let users = self.ports.directory.users().await?;
        let share = |part: usize, of: usize| if of == 0 { 0.0 } else { part as f64 / of as f64 };
        let admins = users.iter().filter(|u| u.is_admin()).count();
        let asked: Vec<&User> =
            users.iter().filter(|u| crate::model::registration::needs_second_factor(u, settings)).collect();
        let enrolled = asked.iter().filter(|u| u.registration.authenticator.is_some()).count();
        let shares = Shares { admins: share(admins, users.len()), enrolled: share(enrolled, asked.len()) };
        *self.admins.lock().expect("admin share lock") = Some((now, shares));
        Ok(shares)
    }

    /// Methods a user may reset with: their proven emails, then mobile numbers,
    /// then security questions (a fresh random few of theirs each flow), of the
    /// kinds the policy allows. A pending (unproven) address is never one.
    fn real_methods(&self, user: &User, settings: &OrgSettings) -> Vec<FlowMethod> {
        crate::model::registration::reset_targets(user, settings)
            .into_iter()
            .filter_map(|(kind, target, _)| {
                let (hint, target) = match kind {
                    MethodKind::Questions => {
                        let ids = self.pick_questions(user, settings);
                        (
                            crate::model::registration::hint(kind, &ids.join(",")),
                            MethodTarget::Questions { ids },
                        )
                    }
                    MethodKind::Authenticator => {
                        (crate::model::registration::hint(kind, ""), MethodTarget::Authenticator)
                    }
                    MethodKind::Email => (
                        crate::model::registration::hint(kind, &target),
                        MethodTarget::Email { to: Email::parse(&target).ok()? },
                    ),
                    MethodKind::Sms | MethodKind::Voice => (
                        crate::model::registration::hint(kind, &target),
                        MethodTarget::Phone { to: E164::parse(&target).ok()? },
                    ),
                };
                Some((kind, hint, target))
            })
            .enumerate()
            .map(|(i, (kind, hint, target))| FlowMethod {
                id: format!("m{}", i + 1),
                hint,
                kind,
                target: Some(target),
            })
            .collect()
    }

    /// A random few of the user's registered questions (their ids).
    fn pick_questions(&self, user: &User, settings: &OrgSettings) -> Vec<String> {
        let mut ids: Vec<&str> = crate::model::registration::usable_answers(user, settings)
            .map(|q| q.question_id.as_str())
            .collect();
        let mut picked = Vec::new();
        for _ in 0..crate::model::registration::questions_to_ask(settings) {
            if ids.is_empty() {
                break;
            }
            let mut byte = [0u8; 1];
            self.ports.random.fill(&mut byte);
            picked.push(ids.remove(usize::from(byte[0]) % ids.len()).to_owned());
        }
        picked
    }

    async fn load(&self, reset_id: &ResetId) -> Result<ResetFlow, Error> {
        let flow = self.ports.flows.reset(&self.flow_key(reset_id)).await?.ok_or(Error::ResetExpired)?;
        if flow.spent || flow.expires_at <= self.ports.clock.now() {
            return Err(Error::ResetExpired);
        }
        Ok(flow)
    }

    /// Sends a fresh code for one method of the flow. A decoy flow records
    /// the send and sends nothing.
    pub async fn challenge(
        &self,
        reset_id: &ResetId,
        method_id: &str,
        meta: &RequestMeta,
    ) -> Result<Challenged, Error> {
        let settings = self.ports.directory.settings().await?;
        limits::admit(&self.ports, &settings, "reset-challenge", meta.client_ip.as_deref()).await?;
        let rules = &settings.reset;
        let now = self.ports.clock.now();
        let mut flow = self.load(reset_id).await?;
        let method = flow.methods.iter().find(|m| m.id == method_id).cloned().ok_or(Error::UnknownMethod)?;
        if matches!(method.kind, MethodKind::Questions | MethodKind::Authenticator) {
            return Err(Error::NotSendable);
        }
        let source = limits::source(meta.client_ip.as_deref());
        self.refuse_if_blocked(&flow, &settings, source, now, meta).await?;
        if flow.sends >= rules.sends_per_flow {
            let event =
                self.event(&flow, Action::ResetBlocked, Outcome::Blocked, Some("flow_send_limit"), meta);
            self.ports.audit.record(&event).await?;
            return Err(Error::TooManyRequests { retry_after: limits::retry_after(now, flow.expires_at) });
        }
        let phone = matches!(method.kind, MethodKind::Sms | MethodKind::Voice);
        let sends = limits::sends(&self.ports, &settings, phone, &flow.target_name, source);
        if let limits::Charge::Blocked { until, .. } = limits::take(&self.ports, &sends, now).await? {
            let event = self.event(&flow, Action::ResetBlocked, Outcome::Blocked, Some("send_limit"), meta);
            self.ports.audit.record(&event).await?;
            return Err(Error::TooManyRequests { retry_after: limits::retry_after(now, until) });
        }
        if phone {
            self.charge_phone_spend(&flow, &method, &settings, now, meta).await?;
        }

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
        let mut event =
            self.event(&flow, Action::ResetCodeSent, Outcome::Success, Some(kind_name(method.kind)), meta);
        event.methods = vec![method.kind];
        self.ports.flows.save_reset(&flow, &[event]).await?;
        let Some(target) = method.target.as_ref().and_then(MethodTarget::destination) else {
            return Ok(Challenged {
                method_id: method.id,
                expires_at,
                delivery: Delivery::NotSent(method.kind),
            });
        };
        let started = std::time::Instant::now();
        let sent =
            codes::send_code(&self.ports, &settings, method.kind, target, &code, codes::Purpose::Reset).await;
        let took = started.elapsed();
        if let Err(err) = sent {
            // Answered like a sent code (a decoy's send cannot fail, so a
            // failure must not look different); the user asks for another.
            tracing::warn!(error = %crate::model::error::chain(&err), "a reset code could not be sent");
            let event = self.event(&flow, Action::ResetCodeSent, Outcome::Failure, Some("send_failed"), meta);
            self.ports.audit.record(&event).await?;
        }
        Ok(Challenged {
            method_id: method.id,
            expires_at,
            delivery: Delivery::Sent { kind: method.kind, took },
        })
    }

    /// The telephony guardrails for one text or call: the number's country
    /// must still be allowed (the policy may have changed since the start),
    /// and neither the number's nor the organisation's daily cap reached —
    /// then the user is pointed to the flow's other methods. A decoy counts
    /// against its name as its number, so it is capped like a real one.
    async fn charge_phone_spend(
        &self,
        flow: &ResetFlow,
        method: &FlowMethod,
        settings: &OrgSettings,
        now: DateTime<Utc>,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let number = match &method.target {
            Some(MethodTarget::Phone { to }) => {
                if !settings.telephony.allows(to) {
                    return Err(Error::PhoneCountryNotAllowed);
                }
                to.as_str().to_owned()
            }
            _ => format!("decoy\n{}", flow.target_name),
        };
        let Some(retry_after) = limits::charge_phone(&self.ports, settings, &number, now).await? else {
            return Ok(());
        };
        let event = self.event(flow, Action::ResetBlocked, Outcome::Blocked, Some("phone_cap"), meta);
        self.ports.audit.record(&event).await?;
        let alternatives = flow
            .methods
            .iter()
            .filter(|m| !matches!(m.kind, MethodKind::Sms | MethodKind::Voice))
            .map(|m| m.id.clone())
            .collect();
        Err(Error::PhoneLimitReached { retry_after, alternatives })
    }

    /// Refuses (429, audited) when this source's reset of the flow's name is
    /// blocked: failed proofs or sends over their limits, here or account-wide.
    async fn refuse_if_blocked(
        &self,
        flow: &ResetFlow,
        settings: &OrgSettings,
        source: &str,
        now: DateTime<Utc>,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let blockers = limits::reset_blockers(&self.ports, settings, &flow.target_name, source);
        let Some(until) = limits::blocked(&self.ports, &blockers, now).await? else {
            return Ok(());
        };
        let event = self.event(flow, Action::ResetBlocked, Outcome::Blocked, Some("user_blocked"), meta);
        self.ports.audit.record(&event).await?;
        Err(Error::TooManyRequests { retry_after: limits::retry_after(now, until) })
    }

    fn code_digest(&self, flow: &ResetFlow, method_id: &str, code: &OneTimeCode) -> String {
        let material = format!("{}\n{method_id}\n{}", flow.key, code.expose());
        hex(&self.ports.keyed.digest("reset-code", material.as_bytes()))
    }

    /// Checks a code or the answers. The try is taken first — from the
    /// per-source and per-account counts of failed proofs, and for answers
    /// from the flow's own few — and only then is the proof judged; a right
    /// one gives its try back. A right code proves its method (once); a wrong
    /// one also costs a try of the code.
    pub async fn verify(
        &self,
        reset_id: &ResetId,
        method_id: &str,
        proof: Proof<'_>,
        meta: &RequestMeta,
    ) -> Result<Verified, Error> {
        let settings = self.ports.directory.settings().await?;
        limits::admit(&self.ports, &settings, "reset-verify", meta.client_ip.as_deref()).await?;
        let now = self.ports.clock.now();
        let flow = self.load(reset_id).await?;
        let Some(method) = flow.methods.iter().find(|m| m.id == method_id).cloned() else {
            return Err(Error::UnknownMethod);
        };
        match (method.kind, proof) {
            (MethodKind::Questions, Proof::Code(_)) => {
                return Err(ParseError::new("answers", "answer this method's questions").into());
            }
            (kind, Proof::Answers(_)) if kind != MethodKind::Questions => {
                return Err(ParseError::new("code", "enter the code that was sent").into());
            }
            (MethodKind::Questions, Proof::Answers(answers)) => covers(&method, answers)?,
            _ => {}
        }
        // A code method with no code out, or an expired one, is answered
        // without judging anything, so it costs no try.
        let expired = match (method.kind, flow.challenges.get(method_id)) {
            (MethodKind::Questions | MethodKind::Authenticator, _) => false,
            (_, None) => return Err(Error::ChallengeRequired),
            (_, Some(challenge)) => challenge.expires_at <= now,
        };
        let source = limits::source(meta.client_ip.as_deref());
        self.refuse_if_blocked(&flow, &settings, source, now, meta).await?;
        let (right, left) = match (method.kind, proof) {
            (MethodKind::Authenticator, Proof::Code(code)) => {
                // The authenticator takes its try from the same counters and
                // moves the user's last accepted step itself (single use).
                let proved = authenticator::Authenticators::new(self.ports.clone())
                    .prove(flow.user.as_ref(), &flow.target_name, code, &settings, meta, |_, _| Vec::new())
                    .await;
                match proved {
                    Ok(_) => (true, 0),
                    Err(Error::CodeInvalid { attempts_left }) => (false, attempts_left),
                    Err(Error::TooManyRequests { retry_after }) => {
                        return Err(self.proofs_blocked(&flow, retry_after, meta).await?);
                    }
                    Err(err) => return Err(err),
                }
            }
            _ => {
                let mut counted = limits::proofs(&self.ports, &settings, &flow.target_name, source).to_vec();
                if method.kind == MethodKind::Questions {
                    counted.push(limits::flow_answers(&self.ports, &settings, &flow.key));
                }
                if expired {
                    counted.clear();
                }
                let left = match limits::take(&self.ports, &counted, now).await? {
                    limits::Charge::Blocked { until, .. } => {
                        let retry_after = limits::retry_after(now, until);
                        return Err(self.proofs_blocked(&flow, retry_after, meta).await?);
                    }
                    limits::Charge::Allowed { left } => u8::try_from(left).unwrap_or(u8::MAX),
                };
                let right = match proof {
                    Proof::Answers(answers) => self.answers_right(&flow, &method, answers).await?,
                    Proof::Code(code) => self.code_right(&flow, method_id, code, now)?,
                };
                if right {
                    limits::release(&self.ports, &counted).await?;
                }
                (right, left)
            }
        };
        crate::on_contention!({
            let mut flow = self.load(reset_id).await?;
            let outcome = flow.judge(&method, right, now);
            let reason = match outcome {
                Judged::Proven => None,
                Judged::Expired => Some("code_expired"),
                Judged::NoChallenge => return Err(Error::ChallengeRequired),
                Judged::Wrong { .. } if method.kind == MethodKind::Questions => Some("answers_invalid"),
                Judged::Wrong { .. } => Some("code_invalid"),
            };
            let (action, result) = match reason {
                None => (Action::ResetMethodVerified, Outcome::Success),
                Some(_) => (Action::ResetCodeFailed, Outcome::Failure),
            };
            let mut event = self.event(&flow, action, result, reason, meta);
            event.methods = vec![method.kind];
            // A lost race (`Conflict`) becomes `Contention`: read again and retry.
            self.ports.flows.save_reset(&flow, &[event]).await?;
            match outcome {
                Judged::Proven => Ok(Verified {
                    verified: flow.verified.iter().cloned().collect(),
                    remaining: flow.remaining(),
                }),
                Judged::Expired => Err(Error::CodeExpired),
                Judged::NoChallenge => Err(Error::ChallengeRequired),
                Judged::Wrong { .. } if method.kind == MethodKind::Questions => {
                    Err(Error::AnswersInvalid { attempts_left: left })
                }
                Judged::Wrong { .. } if method.kind == MethodKind::Authenticator => {
                    Err(Error::CodeInvalid { attempts_left: left })
                }
                Judged::Wrong { code_tries_left } => {
                    Err(Error::CodeInvalid { attempts_left: code_tries_left.min(left) })
                }
            }
        })
    }

    /// Records that this source's proofs for the flow's name are blocked, and
    /// the 429 to answer with.
    async fn proofs_blocked(
        &self,
        flow: &ResetFlow,
        retry_after: u64,
        meta: &RequestMeta,
    ) -> Result<Error, Error> {
        let event = self.event(flow, Action::ResetBlocked, Outcome::Blocked, Some("failed_proofs"), meta);
        self.ports.audit.record(&event).await?;
        Ok(Error::TooManyRequests { retry_after })
    }

    /// Whether `code` is the one sent for the method (a decoy flow holds no
    /// right code: its codes were never sent). Judged before the flow is
    /// re-read, so a lost write race does not judge twice.
    fn code_right(
        &self,
        flow: &ResetFlow,
        method_id: &str,
        code: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, Error> {
        let Some(challenge) = flow.challenges.get(method_id) else {
            return Ok(false);
        };
        if challenge.expires_at <= now {
            return Ok(false);
        }
        // A guess that cannot be a code is a wrong one (its try was taken).
        let Some(code) = OneTimeCode::parse(code) else {
            return Ok(false);
        };
        let actual = self.code_digest(flow, method_id, &code);
        Ok(flow.user.is_some() && bool::from(actual.as_bytes().ct_eq(challenge.code_digest.as_bytes())))
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
        covers(method, answers)?;
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
        reset_id: &ResetId,
        new: &Password,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        self.complete(reset_id, Some(new), meta).await
    }

    /// Unlocks the account once every required method is proven; the password stays.
    pub async fn unlock(&self, reset_id: &ResetId, meta: &RequestMeta) -> Result<(), Error> {
        self.complete(reset_id, None, meta).await
    }

    async fn complete(
        &self,
        reset_id: &ResetId,
        new: Option<&Password>,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let settings = self.ports.directory.settings().await?;
        // Which agent wrote the change to the user's directory (`Some(None)`:
        // the user is Latchkey's own), kept across contention retries.
        let mut written_back: Option<Option<String>> = None;
        crate::on_contention!({
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
            let signin = limits::sign_in(
                &self.ports,
                &settings,
                &limits::lock_name(&flow.target_name, Some(&user)),
                limits::source(meta.client_ip.as_deref()),
            );
            let was_locked = limits::blocked(&self.ports, &signin, now).await?.is_some();
            let mut events = Vec::new();
            if let Some(new) = new {
                let reasons = policy::reasons_for(&self.ports, None, &user, new, &settings, meta).await?;
                if !reasons.is_empty() {
                    let rules = crate::model::rejection::rule_names(&reasons);
                    let event =
                        self.event(&flow, Action::ResetCompleted, Outcome::Failure, Some(&rules), meta);
                    self.ports.audit.record(&event).await?;
                    return Err(Error::PasswordRejected(reasons));
                }
                let hash = self.ports.hasher.hash(new).await?;
                // The directory first (once, even if the commit below is
                // retried): a refusal leaves the flow open for another password.
                if written_back.is_none() {
                    let change = DirectoryChange::Password {
                        username: &user.username,
                        password: new,
                        hash: &hash,
                        must_change: false,
                    };
                    written_back =
                        Some(self.write_back(&flow, &user, change, Action::ResetCompleted, meta).await?);
                }
                user.replace_password(hash, now);
                // A reset ends every session the old password opened.
                user.revoke_sessions();
                let reason = format!(
                    "password_reset{}",
                    crate::passwords::writeback::via(written_back.as_ref().expect("set above"))
                );
                events.push(self.event(&flow, Action::ResetCompleted, Outcome::Success, Some(&reason), meta));
            } else if written_back.is_none() {
                let change = DirectoryChange::Unlock { username: &user.username };
                written_back =
                    Some(self.write_back(&flow, &user, change, Action::AccountUnlocked, meta).await?);
            }
            user.lockout = LockoutState::default();
            user.version += 1;
            if new.is_none() || was_locked {
                let reason = format!(
                    "self_service{}",
                    crate::passwords::writeback::via(written_back.as_ref().expect("set above"))
                );
                events.push(self.event(
                    &flow,
                    Action::AccountUnlocked,
                    Outcome::Success,
                    Some(&reason),
                    meta,
                ));
            }
            flow.spent = true;
            flow.version += 1;
            // Lost a race (`Conflict`, so `Contention`): the next round sees a
            // spent flow (→ ResetExpired) or a fresh user.
            self.ports.flows.complete_reset(&flow, &user, &events).await?;
            self.after_completion(&flow, &user, new.is_some(), &settings, now, meta).await;
            Ok(())
        })
    }

    /// Writes `change` back to the user's directory (a user of Latchkey's
    /// own: nothing to do). A refusal or an outage is recorded and returned;
    /// the flow stays as it was.
    async fn write_back(
        &self,
        flow: &ResetFlow,
        user: &User,
        change: DirectoryChange<'_>,
        action: Action,
        meta: &RequestMeta,
    ) -> Result<Option<String>, Error> {
        match crate::passwords::writeback::write_back(&self.ports, user, change, action).await {
            Ok(agent) => Ok(agent),
            Err(err) => {
                let reason = crate::passwords::writeback::failure_reason(&err);
                let event = self.event(flow, Action::ResetCompleted, Outcome::Failure, Some(&reason), meta);
                self.ports.audit.record(&event).await?;
                Err(err)
            }
        }
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
        meta: &RequestMeta,
    ) {
        // The owner proved who they are: their counts end (this source's and
        // the account's; an attacker's own source stays counted).
        let source = limits::source(meta.client_ip.as_deref());
        let name = &flow.target_name;
        let mut counted = limits::reset_blockers(&self.ports, settings, name, source);
        counted.extend(limits::sign_in(&self.ports, settings, &limits::lock_name(name, Some(user)), source));
        if let Err(err) = limits::clear(&self.ports, &counted).await {
            tracing::warn!(error = %crate::model::error::chain(&err), "could not clear the reset counters");
        }
        if settings.reset.notify_user {
            let what = if password_changed { "password was reset" } else { "account was unlocked" };
            notices::tell(&self.ports, settings, user, what, now).await;
        }
        if password_changed && user.is_admin() && settings.reset.notify_admins_on_admin_reset {
            self.tell_admins(user, settings, now).await;
        }
    }

    /// Tells every other administrator that an administrator reset their own
    /// password (an attacker who takes over an admin account is noticed).
    async fn tell_admins(&self, user: &User, settings: &OrgSettings, now: DateTime<Utc>) {
        let admins = notices::admins(&self.ports, Some(&user.id)).await;
        let org = &settings.name;
        let text = format!(
            "Administrator {} ({}) reset their {org} password by self-service on {}. If this is unexpected, check the account now.",
            user.display_name,
            user.username,
            now.format("%Y-%m-%d %H:%M UTC")
        );
        for admin in admins {
            for email in &admin.emails {
                notices::send_email(
                    &self.ports,
                    email,
                    format!("{org}: an administrator reset their password"),
                    &text,
                )
                .await;
            }
        }
    }
}

fn kind_name(kind: MethodKind) -> &'static str {
    match kind {
        MethodKind::Email => "email",
        MethodKind::Sms => "sms",
        MethodKind::Voice => "voice",
        MethodKind::Questions => "questions",
        MethodKind::Authenticator => "authenticator",
    }
}

#[cfg(test)]
mod tests;
