//! What a user registered to prove who they are (emails, phones, security
//! questions, an authenticator), and what that makes them: registered,
//! able to reset, due to confirm.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::model::methods::{MethodKind, mask_email, mask_phone};
use crate::model::settings::{OrgSettings, RecoveryStrength, SecondFactor};
use crate::model::user::User;
use crate::model::values::{E164, Email, PasswordHash};

/// What a user registered themselves, kept on the user.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Registration {
    /// An alternate (personal) email, proven.
    pub email: Option<Email>,
    /// A mobile number, proven.
    pub mobile: Option<E164>,
    /// An address waiting for its code.
    pub pending: Option<PendingProof>,
    /// When the user last registered or confirmed their methods.
    pub confirmed_at: Option<DateTime<Utc>>,
    /// Codes sent for registration in the last hour (SMS pumping guard).
    pub recent_sends: Vec<(MethodKind, DateTime<Utc>)>,
    /// Security questions and argon2id hashes of their normalised answers.
    pub questions: Vec<RegisteredAnswer>,
    /// A desk phone for voice calls: set only by an administrator or the
    /// directory sync, never by the user.
    pub office_phone: Option<E164>,
    /// When each of the user's own methods was last proven (a code entered,
    /// answers given); `None` for data stored before these were kept.
    pub proven: Proven,
    /// An authenticator app, proven by its first code.
    pub authenticator: Option<crate::model::registration::Authenticator>,
    /// A key shown at set-up, waiting for its first code.
    pub pending_authenticator: Option<crate::model::registration::PendingAuthenticator>,
    /// Passkeys, in the order they were added.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub passkeys: Vec<crate::model::passkeys::Passkey>,
}

/// When the user last proved each method they registered themselves.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Proven {
    pub email: Option<DateTime<Utc>>,
    pub mobile: Option<DateTime<Utc>>,
    pub questions: Option<DateTime<Utc>>,
    pub authenticator: Option<DateTime<Utc>>,
    pub passkey: Option<DateTime<Utc>>,
}

impl Proven {
    /// When the user proved a method of `kind` (a mobile takes texts and calls).
    pub fn of(&self, kind: MethodKind) -> Option<DateTime<Utc>> {
        match kind {
            MethodKind::Email => self.email,
            MethodKind::Sms | MethodKind::Voice => self.mobile,
            MethodKind::Questions => self.questions,
            MethodKind::Authenticator => self.authenticator,
            MethodKind::Passkey => self.passkey,
        }
    }
}

impl Registration {
    /// Forgets every method the user registered themselves (proven email and
    /// mobile, a code on its way, security questions, the authenticator app
    /// and its recovery codes, passkeys) and when they last confirmed, so they register
    /// again — an administrator and the help desk then enrol an
    /// authenticator afresh at their next sign-in (a lost phone). What an administrator or the
    /// directory put there (the office phone) stays, as does the SMS
    /// pumping guard's record of recent sends.
    pub fn clear_methods(&mut self) {
        self.email = None;
        self.mobile = None;
        self.pending = None;
        self.questions.clear();
        self.authenticator = None;
        self.pending_authenticator = None;
        self.passkeys.clear();
        self.confirmed_at = None;
        self.proven = Proven::default();
    }
}

/// One registered security question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisteredAnswer {
    pub question_id: crate::model::questions::QuestionId,
    pub hash: PasswordHash,
}

/// An address that has been sent a code and not yet proven.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingProof {
    pub kind: MethodKind,
    pub target: String,
    /// Hex keyed digest of the code (never the code).
    pub code_digest: String,
    pub expires_at: DateTime<Utc>,
    pub attempts_left: u8,
}

/// Who put a method on the account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// An admin or the directory: the user cannot remove it.
    Directory,
    /// The user registered it.
    User,
}

/// One method as the user sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodView {
    pub kind: MethodKind,
    pub hint: String,
    pub source: Source,
    /// When the user proved it; `None` for what the directory holds.
    pub proven_at: Option<DateTime<Utc>>,
}

/// Where a user stands with registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Enough methods, confirmed recently enough.
    Complete,
    /// Fewer methods than a reset needs.
    Incomplete,
    /// Enough methods, but it is time to confirm they are still right.
    ConfirmDue,
    /// Self-service reset does not apply to this user.
    NotInScope,
}

/// The signed-in user's registration, for `GET /v1/me`.
#[derive(Debug, Clone)]
pub struct Profile {
    pub user: User,
    pub methods: Vec<MethodView>,
    pub required: u8,
    pub status: Status,
    pub confirm_by: Option<DateTime<Utc>>,
    pub pending: Option<(MethodKind, String, DateTime<Utc>)>,
    /// When the maximum password age runs out; `None` for never.
    pub password_expires_at: Option<DateTime<Utc>>,
    /// The rules of the directory the user is synced from, once known
    /// (filled in by the caller that reads them: `directory::rules_for`).
    pub directory_rules: Option<crate::model::directory::DirectoryPolicy>,
    /// Where the user stands with the registration campaign.
    pub campaign: crate::model::campaign::Standing,
}

/// What `user` has registered and where they stand, at `now` (for the user
/// themselves and for administrators).
pub fn profile_of(user: User, settings: &OrgSettings, now: DateTime<Utc>) -> Profile {
    let (status, confirm_by) = status(&user, settings, now);
    let methods = reset_targets(&user, settings)
        .into_iter()
        .map(|(kind, target, source)| {
            let proven_at = match source {
                Source::User => user.registration.proven.of(kind),
                Source::Directory => None,
            };
            MethodView { kind, hint: hint(kind, &target), source, proven_at }
        })
        .collect();
    let pending = user
        .registration
        .pending
        .as_ref()
        .filter(|p| p.expires_at > now)
        .map(|p| (p.kind, hint(p.kind, &p.target), p.expires_at));
    Profile {
        campaign: crate::model::campaign::standing(&user, settings, now),
        required: required_methods(&user, settings),
        password_expires_at: user.password_expires_at(settings),
        user,
        methods,
        status,
        confirm_by,
        pending,
        directory_rules: None,
    }
}

/// Every method a reset may use, directory ones first, without repeats,
/// limited to the kinds the policy allows: `(kind, target, source)`.
pub fn reset_targets(user: &User, settings: &OrgSettings) -> Vec<(MethodKind, String, Source)> {
    let allowed = &settings.registration.methods_allowed;
    let mut out: Vec<(MethodKind, String, Source)> = Vec::new();
    let mut add = |kind, target: &str, source| {
        if allowed.contains(&kind) && !out.iter().any(|(k, t, _)| *k == kind && t == target) {
            out.push((kind, target.to_owned(), source));
        }
    };
    // Contacts the directory holds count only where the organisation says so.
    let directory_contacts = settings.reset.directory_contacts_count;
    for email in user.emails.iter().filter(|_| directory_contacts) {
        add(MethodKind::Email, email.as_str(), Source::Directory);
    }
    if let Some(email) = &user.registration.email {
        add(MethodKind::Email, email.as_str(), Source::User);
    }
    // Numbers outside the organisation's country allowlist take no texts or calls.
    let phones = |list: &mut dyn Iterator<Item = &E164>| -> Vec<String> {
        list.filter(|p| settings.telephony.allows(p)).map(|p| p.as_str().to_owned()).collect()
    };
    let directory = phones(&mut user.phones.iter().filter(|_| directory_contacts));
    let mobile = phones(&mut user.registration.mobile.iter());
    let office = phones(&mut user.registration.office_phone.iter());
    for phone in &directory {
        add(MethodKind::Sms, phone, Source::Directory);
    }
    for phone in &mobile {
        add(MethodKind::Sms, phone, Source::User);
    }
    // A mobile can also take a call; an office phone only a call.
    for phone in &directory {
        add(MethodKind::Voice, phone, Source::Directory);
    }
    for phone in &mobile {
        add(MethodKind::Voice, phone, Source::User);
    }
    for phone in &office {
        add(MethodKind::Voice, phone, Source::Directory);
    }
    if questions_usable(user, settings) {
        add(MethodKind::Questions, "", Source::User);
    }
    // Offered whenever the user's sign-in needs it, whatever the policy
    // allows: a reset must prove it (no downgrade), so it must be there.
    if user.registration.authenticator.is_some()
        && (allowed.contains(&MethodKind::Authenticator)
            || crate::model::registration::needs_second_factor(user, settings))
    {
        out.push((MethodKind::Authenticator, String::new(), Source::User));
    }
    // A passkey is always a way back in for its holder: it proves more than
    // any code can, whatever kinds the policy lists for registration.
    if !user.registration.passkeys.is_empty() {
        out.push((MethodKind::Passkey, String::new(), Source::User));
    }
    out
}

/// The recovery strength `user` is held to: the strongest their roles ask
/// for, an administrator's for a directory's protected account.
pub fn recovery_strength(user: &User, settings: &OrgSettings) -> RecoveryStrength {
    let strengths = &settings.reset.recovery_strength;
    let by_role = user.roles.iter().map(|r| strengths.of(*r)).max().unwrap_or(strengths.user);
    if user.directory_protected() { by_role.max(strengths.admin) } else { by_role }
}

/// What a reset of this user must prove, as a flow keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ResetRule {
    /// Distinct methods to prove (a passkey proven settles the reset alone).
    pub required: u8,
    /// At least one of them must not be an email.
    pub not_only_email: bool,
    /// The authenticator (or a passkey) must be among them: the sign-in needs it.
    pub authenticator: bool,
    /// Only passkeys are offered.
    pub passkey_only: bool,
}

impl ResetRule {
    /// Methods still to prove once `proven` (one kind per distinct method
    /// proven, a phone proven twice counting once) are: 0 when done.
    pub fn remaining(&self, proven: &[MethodKind]) -> u8 {
        if proven.contains(&MethodKind::Passkey) {
            return 0;
        }
        if self.passkey_only {
            return 1;
        }
        let mut left = self.required.saturating_sub(u8::try_from(proven.len()).unwrap_or(u8::MAX));
        if self.not_only_email && proven.iter().all(|k| *k == MethodKind::Email) {
            left = left.max(1);
        }
        let app = proven.contains(&MethodKind::Authenticator);
        left.max(u8::from(self.authenticator && !app))
    }
}

/// What a reset of `user` must prove under the policy.
pub fn reset_rule(user: &User, settings: &OrgSettings) -> ResetRule {
    let strength = recovery_strength(user, settings);
    ResetRule {
        required: required_methods(user, settings),
        not_only_email: strength == RecoveryStrength::TwoMethods,
        authenticator: reset_must_prove(user, settings),
        passkey_only: strength == RecoveryStrength::PhishingResistant,
    }
}

/// Whether `user` could finish a reset with every method they have: the
/// test of "registered enough" wherever methods are counted.
pub fn reset_possible(user: &User, settings: &OrgSettings) -> bool {
    // One kind per distinct method, as a flow that proved them all would count.
    let mut seen = std::collections::BTreeSet::new();
    let proven: Vec<MethodKind> = reset_targets(user, settings)
        .into_iter()
        .filter(|(kind, target, _)| {
            let own = matches!(kind, MethodKind::Questions | MethodKind::Authenticator | MethodKind::Passkey);
            seen.insert((own.then_some(*kind), target.clone()))
        })
        .map(|(kind, _, _)| kind)
        .collect();
    reset_rule(user, settings).remaining(&proven) == 0
}

/// The user's answers to questions the organisation still offers: an answer
/// to a custom question an administrator has since removed proves nothing.
pub fn usable_answers<'a>(
    user: &'a User,
    settings: &'a OrgSettings,
) -> impl Iterator<Item = &'a RegisteredAnswer> + 'a {
    user.registration.questions.iter().filter(|a| crate::model::questions::exists(settings, &a.question_id))
}

/// Questions to register: the policy's number, within 3–5.
pub fn questions_to_register(settings: &OrgSettings) -> u8 {
    settings.questions.register.clamp(3, crate::model::questions::MAX_REGISTERED as u8)
}

/// Questions asked at a reset: the policy's number, within 1 and the number registered.
pub fn questions_to_ask(settings: &OrgSettings) -> u8 {
    settings.questions.reset.clamp(1, questions_to_register(settings))
}

/// How many distinct methods the user has: a phone that takes both texts and
/// calls is one method, as it is one thing to lose.
pub fn method_count(user: &User, settings: &OrgSettings) -> usize {
    // Keyed by what it is: a contact (by address or number), or the questions, or the app.
    let targets: std::collections::BTreeSet<(Option<MethodKind>, String)> = reset_targets(user, settings)
        .into_iter()
        .map(|(kind, target, _)| {
            let own = matches!(kind, MethodKind::Questions | MethodKind::Authenticator | MethodKind::Passkey)
                .then_some(kind);
            (own, target)
        })
        .collect();
    targets.len()
}

/// Methods this user must be able to prove: admins always 2 (fixed), others the policy's 1 or 2.
pub fn required_methods(user: &User, settings: &OrgSettings) -> u8 {
    match recovery_strength(user, settings) {
        RecoveryStrength::PhishingResistant => 1,
        RecoveryStrength::TwoMethods => 2,
        RecoveryStrength::Any if user.strict_reset() => 2,
        RecoveryStrength::Any => settings.reset.methods_required.clamp(1, 2),
    }
}

/// Whether self-service reset is open to this user at all.
pub fn in_scope(user: &User, settings: &OrgSettings) -> bool {
    // Admins are always in scope, as in Entra: they cannot be left without a way back in.
    user.is_admin() || settings.registration.scope.includes(&user.groups)
}

/// Where the user stands, and when their next confirmation falls due.
pub fn status(user: &User, settings: &OrgSettings, now: DateTime<Utc>) -> (Status, Option<DateTime<Utc>>) {
    if !in_scope(user, settings) {
        return (Status::NotInScope, None);
    }
    if !reset_possible(user, settings) {
        return (Status::Incomplete, None);
    }
    let days = settings.registration.reconfirm_days;
    if days == 0 {
        return (Status::Complete, None);
    }
    let since = user.registration.confirmed_at.unwrap_or(user.created_at);
    let due = since + Duration::days(i64::from(days));
    (if now >= due { Status::ConfirmDue } else { Status::Complete }, Some(due))
}

pub fn hint(kind: MethodKind, target: &str) -> String {
    match kind {
        MethodKind::Email => mask_email(target),
        MethodKind::Sms | MethodKind::Voice => mask_phone(target),
        MethodKind::Questions if target.is_empty() => "security questions".to_owned(),
        MethodKind::Questions => format!("{} security questions", target.split(',').count()),
        MethodKind::Authenticator => "authenticator app".to_owned(),
        MethodKind::Passkey => "passkey".to_owned(),
    }
}

/// A secret as stored: sealed by `ports::SecretSealer`, opaque text.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SealedSecret(String);

impl SealedSecret {
    /// Wraps text a sealer produced (adapters only).
    pub fn new(text: String) -> Self {
        Self(text)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for SealedSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SealedSecret(***)")
    }
}

/// The authenticator a user registered, kept on the user.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Authenticator {
    pub secret: SealedSecret,
    pub registered_at: DateTime<Utc>,
    /// The last time step whose code was accepted; no step at or before it is.
    pub last_step: u64,
    /// Hex keyed digests of the recovery codes not used yet.
    pub recovery_codes: Vec<String>,
}

impl std::fmt::Debug for Authenticator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Authenticator")
            .field("registered_at", &self.registered_at)
            .field("recovery_codes_left", &self.recovery_codes.len())
            .finish_non_exhaustive()
    }
}

/// A key shown at set-up and waiting for its first code; it counts for
/// nothing until then.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingAuthenticator {
    pub secret: SealedSecret,
    pub expires_at: DateTime<Utc>,
}

impl std::fmt::Debug for PendingAuthenticator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PendingAuthenticator").field("expires_at", &self.expires_at).finish_non_exhaustive()
    }
}

/// Whether this user's sign-in needs the second step: administrators, the
/// help desk and reports readers always, everyone when the organisation says so.
pub fn needs_second_factor(user: &User, settings: &OrgSettings) -> bool {
    // Every privileged role: a reports reader reads everyone's addresses,
    // devices and names in the audit trail.
    user.is_privileged() || settings.sign_in.second_factor == SecondFactor::Everyone
}

/// Whether a reset of this user must include the authenticator: their
/// sign-in needs it and they have one (a reset may not leave an account
/// weaker than its sign-in).
pub fn reset_must_prove(user: &User, settings: &OrgSettings) -> bool {
    user.registration.authenticator.is_some() && needs_second_factor(user, settings)
}

/// Security questions count for this user: allowed, not an admin (admins
/// never use them: fixed rule), and enough of them registered.
fn questions_usable(user: &User, settings: &OrgSettings) -> bool {
    settings.registration.methods_allowed.contains(&MethodKind::Questions)
        && !user.strict_reset()
        && usable_answers(user, settings).count() >= usize::from(questions_to_register(settings))
}
