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

mod challenge;
mod complete;
mod start;
mod verify;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use crate::model::audit::{Action, AuditEvent, Outcome, Reason, RequestMeta};
use crate::model::error::Error;
use crate::model::flow::ResetFlow;
use crate::model::methods::MethodId;
use crate::model::methods::MethodKind;
use crate::model::methods::OfferedMethod;
use crate::model::questions::QuestionId;
use crate::model::values::{OneTimeCode, ResetId, hex};
use crate::ports::Ports;

/// What `start` returns to the caller.
#[derive(Debug, Clone)]
pub struct StartedReset {
    /// The bearer id of the flow (≥ 128 random bits; here 256).
    pub reset_id: ResetId,
    pub expires_at: DateTime<Utc>,
    pub required: u8,
    pub methods: Vec<OfferedMethod>,
    /// For a security-questions method, by method id: the questions to answer, `(id, text)`.
    pub questions: BTreeMap<MethodId, Vec<(QuestionId, String)>>,
}

/// What proves a method: the code that was sent, or the answers to its questions.
#[derive(Debug, Clone, Copy)]
pub enum Proof<'a> {
    Code(&'a str),
    /// `(question_id, answer)` pairs.
    Answers(&'a [(QuestionId, String)]),
    /// A passkey's assertion: the sealed ceremony the challenge gave, and
    /// the browser's `AuthenticationResponseJSON`.
    Passkey {
        ceremony: &'a str,
        response: &'a str,
    },
}

/// A code requested: for which method, until when it is good, and how its
/// delivery went (the HTTP layer paces decoys to look like real sends).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenged {
    pub method_id: MethodId,
    pub expires_at: DateTime<Utc>,
    pub delivery: Delivery,
    /// For a passkey method: the options for the browser and the sealed
    /// ceremony to answer with (nothing is sent).
    pub passkey: Option<crate::accounts::passkeys::Begun>,
}

/// How a code's delivery went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// Handed to the provider (or failed there) after `took`.
    Sent { kind: MethodKind, took: std::time::Duration },
    /// A decoy: nothing went out.
    NotSent(MethodKind),
    /// Nothing is sent for this kind, for a real flow or a decoy (a passkey's
    /// options): nothing to pace.
    Nothing,
}

/// What `verify` returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub verified: Vec<MethodId>,
    pub remaining: u8,
    /// Once nothing remains: the rules of the directory the user is synced from.
    pub directory_rules: Option<crate::model::directory::DirectoryPolicy>,
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
/// users, of those whose sign-in needs an authenticator the share that
/// registered one, and the share synced from each on-premises directory.
#[derive(Debug, Clone, Default)]
struct Shares {
    admins: f64,
    enrolled: f64,
    /// Of all users, those holding a passkey.
    passkeys: f64,
    synced: Vec<(crate::model::directory::DirectoryId, f64)>,
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
            target: flow.user().cloned(),
            target_name: Some(flow.target_name().to_owned()),
            action,
            outcome,
            reason: reason.map(Reason::from),
            client_ip: meta.client_ip.clone(),
            user_agent: meta.user_agent.clone(),
            // The methods proven so far: on a completed reset, those it took.
            methods: flow.proven_kinds(),
        }
    }

    fn flow_key(&self, reset_id: &ResetId) -> String {
        hex(&self.ports.keyed.digest("reset-id", reset_id.expose().as_bytes()))
    }

    async fn load(&self, reset_id: &ResetId) -> Result<ResetFlow, Error> {
        let flow = self.ports.flows.reset(&self.flow_key(reset_id)).await?.ok_or(Error::ResetExpired)?;
        if !flow.is_open(self.ports.clock.now()) {
            return Err(Error::ResetExpired);
        }
        Ok(flow)
    }

    fn code_digest(&self, flow: &ResetFlow, method_id: &MethodId, code: &OneTimeCode) -> String {
        let material = format!("{}\n{method_id}\n{}", flow.key(), code.expose());
        hex(&self.ports.keyed.digest("reset-code", material.as_bytes()))
    }
}

fn kind_name(kind: MethodKind) -> &'static str {
    match kind {
        MethodKind::Email => "email",
        MethodKind::Sms => "sms",
        MethodKind::Voice => "voice",
        MethodKind::Questions => "questions",
        MethodKind::Authenticator => "authenticator",
        MethodKind::Passkey => "passkey",
    }
}

#[cfg(test)]
mod tests;
