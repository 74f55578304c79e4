//! A self-service reset flow as stored: its methods, challenges and proofs,
//! and the transitions that keep it consistent.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};

use crate::model::methods::{MethodId, MethodKind};
use crate::model::questions::QuestionId;
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
        ids: Vec<QuestionId>,
    },
    /// The user's authenticator app: nothing is sent, the code is judged
    /// against the key stored with the user.
    Authenticator,
    /// Any of the user's passkeys: nothing is sent, the browser signs a
    /// challenge sealed for this flow.
    Passkey,
}

impl MethodTarget {
    /// The address or number a code is sent to; `None` for questions.
    pub fn destination(&self) -> Option<&str> {
        match self {
            MethodTarget::Email { to } => Some(to.as_str()),
            MethodTarget::Phone { to } => Some(to.as_str()),
            MethodTarget::Questions { .. } | MethodTarget::Authenticator | MethodTarget::Passkey => None,
        }
    }

    /// The questions asked; empty for a method that sends a code.
    pub fn questions(&self) -> &[QuestionId] {
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
///
/// Its fields are private so that only its transitions change it: a proof
/// ([`ResetFlow::judge`]), a code sent ([`ResetFlow::challenge`]) and the
/// flow spent ([`ResetFlow::spend`]); each advances `version`, which the store
/// checks so that two racing requests cannot both apply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResetFlow {
    key: String,
    user: Option<UserId>,
    target_name: String,
    methods: Vec<FlowMethod>,
    required: u8,
    verified: BTreeSet<MethodId>,
    challenges: BTreeMap<MethodId, Challenge>,
    sends: u8,
    created_at: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    spent: bool,
    authenticator_required: bool,
    not_only_email: bool,
    version: u64,
}

/// What a new flow starts from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewFlow {
    /// The keyed digest of the reset id.
    pub key: String,
    /// `None` for a decoy flow.
    pub user: Option<UserId>,
    /// The username as asked for (bounded), for the audit trail.
    pub target_name: String,
    pub methods: Vec<FlowMethod>,
    pub required: u8,
    /// The user's sign-in needs their authenticator, so the reset must
    /// prove it too (or a passkey), whatever else is proven (no downgrade).
    pub authenticator_required: bool,
    /// At least one proven method must not be an email.
    pub not_only_email: bool,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// A flow as a store keeps it, every field open: what [`ResetFlow::stored`]
/// gives and [`ResetFlow::restore`] checks before it becomes a flow again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFlow {
    pub key: String,
    pub user: Option<UserId>,
    pub target_name: String,
    pub methods: Vec<FlowMethod>,
    pub required: u8,
    pub verified: BTreeSet<MethodId>,
    pub challenges: BTreeMap<MethodId, Challenge>,
    pub sends: u8,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub spent: bool,
    pub authenticator_required: bool,
    pub not_only_email: bool,
    pub version: u64,
}

/// A stored flow that cannot be one: a proof or a code for a method the flow
/// never offered, or no version.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a stored reset flow is inconsistent: {0}")]
pub struct InconsistentFlow(&'static str);

impl ResetFlow {
    /// A flow just started: nothing proven, nothing sent, version 1.
    pub fn start(new: NewFlow) -> Self {
        Self {
            key: new.key,
            user: new.user,
            target_name: new.target_name,
            methods: new.methods,
            required: new.required,
            verified: BTreeSet::new(),
            challenges: BTreeMap::new(),
            sends: 0,
            created_at: new.created_at,
            expires_at: new.expires_at,
            spent: false,
            authenticator_required: new.authenticator_required,
            not_only_email: new.not_only_email,
            version: 1,
        }
    }

    /// A flow read back from a store, refused when its parts contradict each other.
    pub fn restore(s: StoredFlow) -> Result<Self, InconsistentFlow> {
        let offered = |id: &MethodId| s.methods.iter().any(|m| &m.id == id);
        if !s.verified.iter().all(offered) {
            return Err(InconsistentFlow("a proof for a method it does not offer"));
        }
        if !s.challenges.keys().all(offered) {
            return Err(InconsistentFlow("a code for a method it does not offer"));
        }
        if s.version == 0 {
            return Err(InconsistentFlow("version 0"));
        }
        Ok(Self {
            key: s.key,
            user: s.user,
            target_name: s.target_name,
            methods: s.methods,
            required: s.required,
            verified: s.verified,
            challenges: s.challenges,
            sends: s.sends,
            created_at: s.created_at,
            expires_at: s.expires_at,
            spent: s.spent,
            authenticator_required: s.authenticator_required,
            not_only_email: s.not_only_email,
            version: s.version,
        })
    }

    /// Every part, for a store to write.
    pub fn stored(&self) -> StoredFlow {
        StoredFlow {
            key: self.key.clone(),
            user: self.user.clone(),
            target_name: self.target_name.clone(),
            methods: self.methods.clone(),
            required: self.required,
            verified: self.verified.clone(),
            challenges: self.challenges.clone(),
            sends: self.sends,
            created_at: self.created_at,
            expires_at: self.expires_at,
            spent: self.spent,
            authenticator_required: self.authenticator_required,
            not_only_email: self.not_only_email,
            version: self.version,
        }
    }

    /// The keyed digest of the reset id the store knows the flow by.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The account being reset; `None` for a decoy flow.
    pub fn user(&self) -> Option<&UserId> {
        self.user.as_ref()
    }

    /// The username as asked for (bounded), for the audit trail.
    pub fn target_name(&self) -> &str {
        &self.target_name
    }

    pub fn methods(&self) -> &[FlowMethod] {
        &self.methods
    }

    /// The offered method with this id.
    pub fn method(&self, id: &MethodId) -> Option<&FlowMethod> {
        self.methods.iter().find(|m| &m.id == id)
    }

    /// How many distinct methods the policy asks for.
    pub fn required(&self) -> u8 {
        self.required
    }

    pub fn verified(&self) -> &BTreeSet<MethodId> {
        &self.verified
    }

    /// The code waiting for this method, if one was sent.
    pub fn challenge_for(&self, id: &MethodId) -> Option<&Challenge> {
        self.challenges.get(id)
    }

    /// Codes sent in this flow so far.
    pub fn sends(&self) -> u8 {
        self.sends
    }

    pub fn created_at(&self) -> DateTime<Utc> {
        self.created_at
    }

    pub fn expires_at(&self) -> DateTime<Utc> {
        self.expires_at
    }

    /// The version the store checks a write against.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Whether the flow may still be used at `now`: not spent, not expired.
    pub fn is_open(&self, now: DateTime<Utc>) -> bool {
        !self.spent && now < self.expires_at
    }

    /// The kinds of the methods proven so far, each once, in order.
    pub fn proven_kinds(&self) -> Vec<MethodKind> {
        let kinds: BTreeSet<MethodKind> =
            self.methods.iter().filter(|m| self.verified.contains(&m.id)).map(|m| m.kind).collect();
        kinds.into_iter().collect()
    }

    /// A code sent for `method`: it replaces any earlier one for the method.
    pub fn challenge(&mut self, method: &MethodId, challenge: Challenge) {
        self.challenges.insert(method.clone(), challenge);
        self.sends = self.sends.saturating_add(1);
        self.version += 1;
    }

    /// The flow used up by its reset or unlock: it answers nothing more.
    pub fn spend(&mut self) {
        self.spent = true;
        self.version += 1;
    }

    /// Methods still to prove. A text and a call to the same phone prove one
    /// thing (that phone), so proven methods count by distinct target; a
    /// passkey proven settles it alone.
    pub fn remaining(&self) -> u8 {
        let mut targets = std::collections::HashSet::new();
        let proven: Vec<MethodKind> = self
            .methods
            .iter()
            .filter(|m| self.verified.contains(&m.id) && targets.insert(&m.target))
            .map(|m| m.kind)
            .collect();
        let rule = crate::model::registration::ResetRule {
            required: self.required,
            not_only_email: self.not_only_email,
            authenticator: self.authenticator_required,
            passkey_only: false,
        };
        rule.remaining(&proven)
    }

    /// Applies a judged proof to the (freshly read) flow: the pure step of
    /// `verify` — the flow's state machine for one proof — tested without ports.
    pub(crate) fn judge(&mut self, method: &FlowMethod, right: bool, now: DateTime<Utc>) -> Judged {
        let flow = self;
        flow.version += 1;
        if matches!(method.kind, MethodKind::Questions | MethodKind::Authenticator | MethodKind::Passkey) {
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

/// The flow's state machine for one proof, without ports.
#[cfg(test)]
mod tests {
    use chrono::{Duration, Utc};

    use super::{Challenge, FlowMethod, Judged, MethodTarget, ResetFlow, StoredFlow};

    use crate::model::methods::{MethodId, MethodKind};
    use crate::model::values::E164;

    fn flow(now: chrono::DateTime<Utc>) -> (ResetFlow, FlowMethod) {
        let sms = FlowMethod {
            id: "m1".into(),
            kind: MethodKind::Sms,
            target: Some(MethodTarget::Phone { to: E164::parse("+14255550101").unwrap() }),
            hint: "•12".into(),
        };
        let challenge =
            Challenge { code_digest: "d".into(), expires_at: now + Duration::minutes(10), attempts_left: 2 };
        let flow = ResetFlow {
            key: "k".into(),
            user: None,
            target_name: "adele".into(),
            methods: vec![sms.clone()],
            required: 1,
            verified: Default::default(),
            challenges: [(MethodId::new("m1"), challenge)].into(),
            sends: 1,
            created_at: now,
            expires_at: now + Duration::minutes(15),
            spent: false,
            authenticator_required: false,
            not_only_email: false,
            version: 1,
        };
        (flow, sms)
    }

    #[test]
    fn a_right_code_proves_the_method_and_spends_its_challenge() {
        let now = Utc::now();
        let (mut flow, sms) = flow(now);
        assert_eq!(flow.judge(&sms, true, now), Judged::Proven);
        assert!(flow.verified.contains(&MethodId::new("m1")) && flow.challenges.is_empty());
        assert_eq!((flow.remaining(), flow.version), (0, 2));
    }

    #[test]
    fn wrong_codes_use_up_the_challenge_then_it_is_gone() {
        let now = Utc::now();
        let (mut flow, sms) = flow(now);
        assert_eq!(flow.judge(&sms, false, now), Judged::Wrong { code_tries_left: 1 });
        assert_eq!(flow.judge(&sms, false, now), Judged::Wrong { code_tries_left: 0 });
        assert!(flow.challenges.is_empty(), "a used-up code cannot be guessed again");
        assert_eq!(
            flow.judge(&sms, true, now),
            Judged::NoChallenge,
            "even the right code now needs a new one"
        );
        assert_eq!(flow.version, 3, "no change, no new version");
        assert!(flow.verified.is_empty());
    }

    #[test]
    fn an_expired_code_proves_nothing_even_when_right() {
        let now = Utc::now();
        let (mut flow, sms) = flow(now);
        assert_eq!(flow.judge(&sms, true, now + Duration::minutes(11)), Judged::Expired);
        assert!(flow.verified.is_empty() && flow.challenges.is_empty());
    }

    #[test]
    fn a_text_and_a_call_to_one_phone_prove_one_thing() {
        let now = Utc::now();
        let (mut flow, sms) = flow(now);
        let voice = FlowMethod { id: "m2".into(), kind: MethodKind::Voice, ..sms.clone() };
        flow.methods.push(voice.clone());
        flow.required = 2;
        flow.verified.extend([MethodId::new("m1"), MethodId::new("m2")]);
        assert_eq!(flow.remaining(), 1, "the same number twice is one method");
    }

    #[test]
    fn a_flow_whose_sign_in_needs_the_authenticator_is_not_done_without_it() {
        let now = Utc::now();
        let (mut flow, sms) = flow(now);
        let app = FlowMethod {
            id: "m2".into(),
            kind: MethodKind::Authenticator,
            target: Some(MethodTarget::Authenticator),
            hint: "authenticator app".into(),
        };
        flow.methods.push(app.clone());
        flow.authenticator_required = true;
        assert_eq!(flow.judge(&sms, true, now), Judged::Proven);
        assert_eq!(flow.remaining(), 1, "one method proven of one required, but not the authenticator");
        assert_eq!(flow.judge(&app, false, now), Judged::Wrong { code_tries_left: 0 });
        assert_eq!(flow.judge(&app, true, now), Judged::Proven, "nothing is sent: no challenge needed");
        assert_eq!(flow.remaining(), 0);
    }

    #[test]
    fn a_stored_flow_with_a_proof_it_never_offered_is_refused() {
        let now = Utc::now();
        let (flow, _) = flow(now);
        let mut stored: StoredFlow = flow.stored();
        assert_eq!(
            ResetFlow::restore(stored.clone()).as_ref(),
            Ok(&flow),
            "a consistent one comes back whole"
        );
        stored.verified.insert(MethodId::new("m9"));
        assert!(ResetFlow::restore(stored.clone()).is_err());
        stored.verified.clear();
        stored.challenges.insert(MethodId::new("m9"), stored.challenges[&MethodId::new("m1")].clone());
        assert!(ResetFlow::restore(stored).is_err());
    }

    #[test]
    fn sending_and_spending_each_advance_the_version() {
        let now = Utc::now();
        let (mut flow, sms) = flow(now);
        let code = Challenge { code_digest: "e".into(), expires_at: now, attempts_left: 3 };
        flow.challenge(&sms.id, code.clone());
        assert_eq!((flow.sends(), flow.version(), flow.challenge_for(&sms.id)), (2, 2, Some(&code)));
        assert!(flow.is_open(now - Duration::minutes(1)));
        flow.spend();
        assert_eq!(flow.version(), 3);
        assert!(!flow.is_open(now - Duration::minutes(1)), "a spent flow is closed before it expires");
    }
}
