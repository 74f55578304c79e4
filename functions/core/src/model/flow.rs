//! A self-service reset flow as stored: its methods, challenges and proofs,
//! and the transitions that keep it consistent.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};

use crate::model::methods::{MethodId, MethodKind};
use crate::model::values::{E164, Email, UserId};

/// Where a method's proof comes from: the address or number a code goes
/// to, or the questions asked.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MethodTarget {
    Email {
        to: Email,
    },
    /// A mobile (text or call) or an office phone (call).
    Phone {
        to: E164,
    },
    /// The question ids asked in this flow.
    Questions {
        ids: Vec<String>,
    },
    /// The user's authenticator app: nothing is sent, the code is judged
    /// against the key stored with the user.
    Authenticator,
}

impl MethodTarget {
    /// The address or number a code is sent to; `None` for questions.
    pub fn destination(&self) -> Option<&str> {
        match self {
            MethodTarget::Email { to } => Some(to.as_str()),
            MethodTarget::Phone { to } => Some(to.as_str()),
            MethodTarget::Questions { .. } | MethodTarget::Authenticator => None,
        }
    }

    /// The questions asked; empty for a method that sends a code.
    pub fn questions(&self) -> &[String] {
        match self {
            MethodTarget::Questions { ids } => ids,
            _ => &[],
        }
    }
}

/// One method offered by a flow. `target` is the real address, number or
/// questions; a decoy flow, which never sends, keeps only its questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowMethod {
    pub id: MethodId,
    pub kind: MethodKind,
    pub target: Option<MethodTarget>,
    pub hint: String,
}

/// A code waiting to be entered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenge {
    /// Hex keyed digest of the code (never the code).
    pub code_digest: String,
    pub expires_at: DateTime<Utc>,
    pub attempts_left: u8,
}

/// A reset flow. The client holds only the reset id; the store knows the
/// flow by a keyed digest of it (and keeps it in its own item shape).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResetFlow {
    pub key: String,
    /// `None` for a decoy flow.
    pub user: Option<UserId>,
    /// The username as asked for (bounded), for the audit trail.
    pub target_name: String,
    pub methods: Vec<FlowMethod>,
    pub required: u8,
    pub verified: BTreeSet<MethodId>,
    pub challenges: BTreeMap<MethodId, Challenge>,
    pub sends: u8,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub spent: bool,
    /// The user's sign-in needs their authenticator, so the reset must
    /// prove it too, whatever else is proven (no downgrade).
    pub authenticator_required: bool,
    pub version: u64,
}

impl ResetFlow {
    /// Methods still to prove. A text and a call to the same phone prove one
    /// thing (that phone), so proven methods count by distinct target.
    pub fn remaining(&self) -> u8 {
        let proven: std::collections::HashSet<&Option<MethodTarget>> =
            self.methods.iter().filter(|m| self.verified.contains(&m.id)).map(|m| &m.target).collect();
        let counted = self.required.saturating_sub(u8::try_from(proven.len()).unwrap_or(u8::MAX));
        let authenticator_proven =
            self.methods.iter().any(|m| m.kind == MethodKind::Authenticator && self.verified.contains(&m.id));
        counted.max(u8::from(self.authenticator_required && !authenticator_proven))
    }

    /// Applies a judged proof to the (freshly read) flow: the pure step of
    /// `verify` — the flow's state machine for one proof — tested without ports.
    pub(crate) fn judge(&mut self, method: &FlowMethod, right: bool, now: DateTime<Utc>) -> Judged {
        let flow = self;
        flow.version += 1;
        if matches!(method.kind, MethodKind::Questions | MethodKind::Authenticator) {
            if right {
                flow.verified.insert(method.id.clone());
                return Judged::Proven;
            }
            return Judged::Wrong { code_tries_left: 0 };
        }
        let Some(challenge) = flow.challenges.get(&method.id).cloned() else {
            flow.version -= 1;
            return Judged::NoChallenge;
        };
        if challenge.expires_at <= now {
            flow.challenges.remove(&method.id);
            return Judged::Expired;
        }
        if right {
            flow.challenges.remove(&method.id);
            flow.verified.insert(method.id.clone());
            return Judged::Proven;
        }
        let code_tries_left = challenge.attempts_left.saturating_sub(1);
        if code_tries_left == 0 {
            flow.challenges.remove(&method.id);
        } else if let Some(c) = flow.challenges.get_mut(&method.id) {
            c.attempts_left = code_tries_left;
        }
        Judged::Wrong { code_tries_left }
    }
}

/// What a judged proof did to its flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Judged {
    Proven,
    Expired,
    NoChallenge,
    Wrong { code_tries_left: u8 },
}
