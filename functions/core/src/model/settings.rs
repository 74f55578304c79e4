//! The organisation's settings: branding and the rules every flow reads.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::model::language::Language;
use crate::model::methods::MethodKind;
use crate::model::values::GroupName;

/// Branding and rules for one organisation. A fresh install uses [`Default`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrgSettings {
    /// Shown in the portal and in every message sent to users.
    pub name: String,
    pub logo_url: Option<String>,
    /// Where "contact your administrator" links point.
    pub contact_url: Option<String>,
    /// The language of everyone who has not chosen their own
    /// (`User::language`), and of the apps for a browser that asks for none
    /// of the seven. Settings saved before languages existed read as English.
    pub default_language: Language,
    pub password: PasswordRules,
    pub lockout: LockoutRules,
    pub reset: ResetRules,
    pub registration: RegistrationRules,
    pub questions: QuestionRules,
    pub anti_automation: AntiAutomation,
    pub telephony: Telephony,
    pub sign_in: SignInRules,
    pub sessions: SessionRules,
    /// The organisation's own words for messages Latchkey sends (emails,
    /// texts, calls, notices): per language, message id → Fluent text, in
    /// place of the catalogue's (`crate::messaging::wording` checks them).
    /// Settings saved before it existed read as none.
    pub wording: BTreeMap<Language, BTreeMap<String, String>>,
    /// Bumped on every save: two administrators saving at once cannot
    /// silently undo each other (the second save is retried on fresh settings).
    pub version: u64,
}

impl Default for OrgSettings {
    fn default() -> Self {
        Self {
            name: "Latchkey".into(),
            logo_url: None,
            contact_url: None,
            default_language: Language::En,
            password: PasswordRules::default(),
            lockout: LockoutRules::default(),
            reset: ResetRules::default(),
            registration: RegistrationRules::default(),
            questions: QuestionRules::default(),
            anti_automation: AntiAutomation::default(),
            telephony: Telephony::default(),
            sign_in: SignInRules::default(),
            sessions: SessionRules::default(),
            wording: BTreeMap::new(),
            version: 0,
        }
    }
}

/// Who proves an authenticator-app code after the password at sign-in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SecondFactor {
    /// Administrators and the help desk (fixed: never fewer).
    #[default]
    Privileged,
    /// Every user.
    Everyone,
}

/// What sign-in asks for beyond the password.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SignInRules {
    pub second_factor: SecondFactor,
    /// Which authenticator models may hold a passkey. Settings saved before
    /// this existed read as any.
    pub passkey_models: PasskeyModels,
}

/// How a list of authenticator models (AAGUIDs) is used.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModelRule {
    /// Any authenticator, named or not.
    #[default]
    Any,
    /// Only the models listed.
    Allow,
    /// Every model but those listed.
    Block,
}

/// The authenticator models a new passkey may come from. With a list in
/// force the authenticator must name its model: one that names none is
/// refused, since it could be any.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PasskeyModels {
    pub rule: ModelRule,
    /// AAGUIDs as text (`8-4-4-4-12` lowercase hex), at most [`PasskeyModels::MAX`].
    pub aaguids: std::collections::BTreeSet<String>,
}

impl PasskeyModels {
    pub const MAX: usize = 100;

    /// Whether a passkey from the model `aaguid` (`None`: not named) may be kept.
    pub fn admits(&self, aaguid: Option<&str>) -> bool {
        match (self.rule, aaguid) {
            (ModelRule::Any, _) => true,
            (_, None) => false,
            (ModelRule::Allow, Some(model)) => self.aaguids.contains(model),
            (ModelRule::Block, Some(model)) => !self.aaguids.contains(model),
        }
    }

    /// The rule and list, checked: each AAGUID in its text form (any case,
    /// kept lowercase), a list for an allow or block rule, at most `MAX`.
    pub fn parse(rule: ModelRule, aaguids: &[String]) -> Result<Self, crate::model::values::ParseError> {
        use crate::model::values::ParseError;
        let mut kept = std::collections::BTreeSet::new();
        for raw in aaguids {
            let text = raw.trim().to_ascii_lowercase();
            let shaped = text.len() == 36
                && text.char_indices().all(|(i, c)| {
                    if matches!(i, 8 | 13 | 18 | 23) { c == '-' } else { c.is_ascii_hexdigit() }
                });
            if !shaped {
                return Err(ParseError::new("passkey_models", "each AAGUID is 32 hex digits as 8-4-4-4-12"));
            }
            kept.insert(text);
        }
        if kept.len() > Self::MAX {
            return Err(ParseError::new("passkey_models", format!("may list at most {} models", Self::MAX)));
        }
        if rule != ModelRule::Any && kept.is_empty() {
            return Err(ParseError::new("passkey_models", "an allow or block rule needs at least one model"));
        }
        Ok(Self { rule, aaguids: kept })
    }
}

/// How long a web app's session may be restored after a reload (its
/// refresh credential, `crate::model::sessions`): ended when unused for
/// `idle_hours`, and `absolute_hours` after the sign-in whatever happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionLifetime {
    pub idle_hours: u32,
    pub absolute_hours: u32,
}

/// The two apps' session lifetimes: the console, where privileged roles are
/// exercised, keeps a working day; the portal a week of absence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SessionRules {
    pub portal: SessionLifetime,
    pub console: SessionLifetime,
}

impl Default for SessionRules {
    fn default() -> Self {
        Self {
            portal: SessionLifetime { idle_hours: 7 * 24, absolute_hours: 30 * 24 },
            console: SessionLifetime { idle_hours: 8, absolute_hours: 12 },
        }
    }
}

impl SessionRules {
    /// The lifetime of `app`'s sessions.
    pub fn of(&self, app: crate::model::sessions::SessionApp) -> SessionLifetime {
        match app {
            crate::model::sessions::SessionApp::Portal => self.portal,
            crate::model::sessions::SessionApp::Console => self.console,
        }
    }
}

/// Spend guardrails for texts and calls, which cost money per message and
/// are the target of SMS pumping (toll fraud): which countries' numbers may
/// be registered and sent to, and daily caps per number and for the whole
/// organisation. Security notices are not capped (they are bounded by the
/// events they report); codes are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Telephony {
    /// ISO 3166 alpha-2 codes (`GB`, `US`); empty allows every country.
    pub allowed_countries: BTreeSet<String>,
    /// Codes texted or read out to one number in 24 hours.
    pub per_number_per_day: u32,
    /// Codes texted or read out by the whole organisation in 24 hours.
    pub organisation_per_day: u32,
}

impl Default for Telephony {
    fn default() -> Self {
        // Ten a day is twice what a user locked out all day could need (5 an
        // hour per source already); a thousand bounds a pumping attack's bill.
        Self { allowed_countries: BTreeSet::new(), per_number_per_day: 10, organisation_per_day: 1000 }
    }
}

impl Telephony {
    /// Whether texts and calls may go to `number`: its country is allowed
    /// (a number whose country cannot be told is refused under an allowlist).
    pub fn allows(&self, number: &crate::model::values::E164) -> bool {
        self.allowed_countries.is_empty()
            || number.country().is_some_and(|country| self.allowed_countries.contains(&country))
    }
}

/// Limits that stop automated guessing without letting a stranger lock a
/// user out (ASVS 5.0 6.1.1): the policy's figures (lockout threshold, failed
/// proofs, sends) apply per source address and account; the account as a
/// whole is limited only at `account_factor` times those figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AntiAutomation {
    /// How much higher the account-wide limits are than the per-source ones.
    pub account_factor: u32,
    /// Requests one source address may make to one anonymous route group
    /// (sign-in, reset start, challenges, verifications) per minute.
    pub source_requests_per_minute: u32,
    /// Security-question tries one reset flow allows.
    pub answer_tries_per_flow: u8,
}

impl Default for AntiAutomation {
    fn default() -> Self {
        Self { account_factor: 10, source_requests_per_minute: 60, answer_tries_per_flow: 3 }
    }
}

/// How self-service reset and unlock behave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ResetRules {
    /// Methods a (non-admin) user must prove: 1 or 2. Admins always prove 2.
    pub methods_required: u8,
    /// Digits in a one-time code (6–8).
    pub code_digits: u8,
    /// How long a code is valid.
    pub code_lifetime_seconds: u64,
    /// How long a reset flow lives from its start.
    pub flow_lifetime_seconds: u64,
    /// Wrong tries that kill a code.
    pub code_attempts: u8,
    /// Codes one flow may send, across its methods.
    pub sends_per_flow: u8,
    /// Failed proofs in 24 hours that block a user's resets for `block_hours`.
    pub failed_proofs_per_day: u8,
    /// Text messages (and calls) in one hour that block a user's resets.
    pub phone_sends_per_hour: u8,
    /// Emails in ten minutes that block a user's resets.
    pub emails_per_ten_minutes: u8,
    /// How long a block lasts.
    pub block_hours: u32,
    /// Tell the user on every channel when their password was reset or the account unlocked.
    pub notify_user: bool,
    /// Tell every administrator when an administrator resets their own password.
    pub notify_admins_on_admin_reset: bool,
    /// Whether the contact emails and phones an administrator or an import
    /// put on a user (`User::emails`, `User::phones`) count as reset methods.
    /// Off by default: whoever can edit the directory could otherwise give
    /// themselves a way into any account; the user's own proven methods
    /// always count. Settings saved before this existed read as off.
    pub directory_contacts_count: bool,
    /// Whether an administrator's reset may still make a temporary password
    /// (shown to the administrator once). Off by default (ASVS 5.0 6.4.6):
    /// the reset is a Temporary Access Pass, so nobody but the user ever
    /// knows a password of theirs that works. Settings saved before this
    /// existed read as off.
    pub temporary_passwords: bool,
    /// Whether a user an identity provider creates (SCIM) is sent an
    /// invitation to set their password at once. Off by default: the user
    /// waits, without a password, for an administrator to invite them (or
    /// resets it themselves, where the policy lets them). Settings saved
    /// before this existed read as off.
    pub invite_provisioned_users: bool,
    /// How strong the proof of a self-service reset or unlock must be, per
    /// role. Settings saved before this existed read as the defaults.
    pub recovery_strength: RecoveryStrengths,
    /// The email domain shown in the masked hints of decoy flows (for users
    /// who do not exist): set it to the domain most users' addresses use, so
    /// decoys look like everyone else.
    pub decoy_email_domain: String,
}

impl Default for ResetRules {
    fn default() -> Self {
        Self {
            methods_required: 1,
            code_digits: 8,
            code_lifetime_seconds: 600,
            flow_lifetime_seconds: 900,
            code_attempts: 5,
            sends_per_flow: 5,
            failed_proofs_per_day: 5,
            phone_sends_per_hour: 5,
            emails_per_ten_minutes: 10,
            block_hours: 24,
            notify_user: true,
            notify_admins_on_admin_reset: true,
            directory_contacts_count: false,
            temporary_passwords: false,
            invite_provisioned_users: false,
            recovery_strength: RecoveryStrengths::default(),
            decoy_email_domain: "outlook.com".into(),
        }
    }
}

/// How strong a self-service reset's proof must be, weakest first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecoveryStrength {
    /// The policy's number of methods (administrators always two).
    #[default]
    Any,
    /// Two methods, at least one of them not an email (an inbox alone is one
    /// password away from an attacker), or a passkey on its own.
    TwoMethods,
    /// A passkey only: nothing a phishing page can relay. Whoever holds none
    /// cannot reset themselves.
    PhishingResistant,
}

/// The recovery strength each role asks for; a user with several roles is
/// held to the strongest of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RecoveryStrengths {
    pub user: RecoveryStrength,
    pub admin: RecoveryStrength,
    pub helpdesk: RecoveryStrength,
    pub reports_reader: RecoveryStrength,
}

impl Default for RecoveryStrengths {
    /// Administrators prove a passkey, or two methods of which one is not an
    /// email: an administrator's mailbox must not be enough to take the
    /// organisation over. Everyone else as the policy's number of methods says.
    fn default() -> Self {
        Self {
            user: RecoveryStrength::Any,
            admin: RecoveryStrength::TwoMethods,
            helpdesk: RecoveryStrength::Any,
            reports_reader: RecoveryStrength::Any,
        }
    }
}

impl RecoveryStrengths {
    /// What `role` asks for.
    pub fn of(&self, role: crate::model::user::Role) -> RecoveryStrength {
        use crate::model::user::Role;
        match role {
            Role::User => self.user,
            Role::Admin => self.admin,
            Role::Helpdesk => self.helpdesk,
            Role::ReportsReader => self.reports_reader,
        }
    }
}

/// Who may use self-service reset, with what, and how often they re-confirm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RegistrationRules {
    /// Who self-service reset is for. Out of scope, a user gets decoy flows
    /// and is never asked to register.
    pub scope: Scope,
    /// The method kinds users may register and reset with.
    pub methods_allowed: BTreeSet<MethodKind>,
    /// Send users who have too few methods to registration at sign-in.
    pub require_registration: bool,
    /// Ask users to confirm their methods this many days after the last time; 0 = never.
    pub reconfirm_days: u32,
    /// The registration campaign running, if any.
    pub campaign: Option<crate::model::campaign::Campaign>,
}

impl Default for RegistrationRules {
    fn default() -> Self {
        Self {
            scope: Scope::All,
            methods_allowed: BTreeSet::from([MethodKind::Email, MethodKind::Sms]),
            require_registration: true,
            reconfirm_days: 180,
            campaign: None,
        }
    }
}

/// Security questions: how many to register and to answer, and the organisation's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuestionRules {
    /// Questions a user registers (3–5).
    pub register: u8,
    /// Questions asked at a reset (1–5, at most `register`), drawn at random.
    pub reset: u8,
    /// Up to 20 of the organisation's own questions.
    pub custom: Vec<crate::model::questions::CustomQuestion>,
}

impl Default for QuestionRules {
    fn default() -> Self {
        Self { register: 3, reset: 3, custom: Vec::new() }
    }
}

/// Who self-service reset applies to (Entra's "none / selected / all").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", from = "StoredScope")]
pub enum Scope {
    None,
    /// Members of any of these groups.
    Groups {
        groups: BTreeSet<GroupName>,
    },
    All,
}

/// A scope as stored: settings saved when the scope named one group
/// (`{"kind": "group", "group": …}`) read as that group alone.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
enum StoredScope {
    None,
    Group { group: GroupName },
    Groups { groups: BTreeSet<GroupName> },
    All,
}

impl From<StoredScope> for Scope {
    fn from(stored: StoredScope) -> Self {
        match stored {
            StoredScope::None => Scope::None,
            StoredScope::Group { group } => Scope::Groups { groups: BTreeSet::from([group]) },
            StoredScope::Groups { groups } => Scope::Groups { groups },
            StoredScope::All => Scope::All,
        }
    }
}

impl Scope {
    /// Whether a member of `groups` is in scope.
    pub fn includes(&self, groups: &BTreeSet<GroupName>) -> bool {
        match self {
            Scope::None => false,
            Scope::Groups { groups: scoped } => !scoped.is_disjoint(groups),
            Scope::All => true,
        }
    }

    /// Whether the scope names `group`.
    pub fn names(&self, group: &GroupName) -> bool {
        matches!(self, Scope::Groups { groups } if groups.contains(group))
    }

    /// The scope with `from` renamed to `to` (both kept while members move
    /// across, so that no one is out of scope halfway), or without `from`
    /// when `to` is `None`; a group scope left with no group is `None`.
    pub fn regrouped(&self, from: &GroupName, to: Option<&GroupName>, keep_from: bool) -> Scope {
        match self {
            Scope::Groups { groups } if groups.contains(from) => {
                let mut groups = groups.clone();
                if !keep_from {
                    groups.remove(from);
                }
                groups.extend(to.cloned());
                if groups.is_empty() { Scope::None } else { Scope::Groups { groups } }
            }
            other => other.clone(),
        }
    }
}

/// What makes a new password acceptable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PasswordRules {
    /// Minimum length in code points (8–64).
    pub min_length: u16,
    /// How many of the most recent passwords may not be reused (0–24; 1 = not the current one).
    pub history: u8,
    /// The organisation's own banned words (up to 1,000 terms of 4–16 characters).
    pub custom_banned: Vec<String>,
    /// Passwords older than this must be changed at the next sign-in; `None` = never.
    pub max_age_days: Option<u32>,
    /// The check against known breaches: off, audit-only or enforce, and the
    /// minimum breach count of the imported corpus.
    pub breached: crate::model::breach::BreachRules,
    /// Reminders before a password expires (Latchkey's maximum age, or a
    /// synced user's directory's): the days before, and whether by SMS too.
    pub expiry_reminders: ExpiryReminders,
}

/// When a password's owner is reminded that it runs out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExpiryReminders {
    /// Days before the expiry, each at most once per password (1–90, at most 10 of them).
    pub days: Vec<u16>,
    /// A text message as well as the email, to a registered mobile.
    pub sms: bool,
}

impl Default for ExpiryReminders {
    fn default() -> Self {
        Self { days: vec![14, 7, 3, 1], sms: false }
    }
}

impl Default for PasswordRules {
    fn default() -> Self {
        Self {
            min_length: 12,
            history: 1,
            custom_banned: Vec::new(),
            max_age_days: None,
            breached: crate::model::breach::BreachRules::default(),
            expiry_reminders: ExpiryReminders::default(),
        }
    }
}

/// The lowest minimum length an admin may set (NIST SP 800-63B-4).
pub const MIN_LENGTH_FLOOR: u16 = 8;
/// How many passwords history may keep at most.
pub const HISTORY_MAX: u8 = 24;

/// How sign-in failures lock an account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LockoutRules {
    /// Failed sign-ins in a row that lock the account.
    pub threshold: u32,
    /// The first lockout's length; each further lockout doubles it.
    pub base_seconds: u64,
    /// The longest a lockout may last.
    pub max_seconds: u64,
}

impl Default for LockoutRules {
    fn default() -> Self {
        Self { threshold: 10, base_seconds: 60, max_seconds: 24 * 3600 }
    }
}

impl LockoutRules {
    /// The length of the `nth` lockout (1-based) since the last successful sign-in.
    pub fn duration_of(&self, nth: u32) -> chrono::Duration {
        let factor = 1u64.checked_shl(nth.saturating_sub(1)).unwrap_or(u64::MAX);
        let seconds = self.base_seconds.saturating_mul(factor).min(self.max_seconds);
        chrono::Duration::seconds(i64::try_from(seconds).unwrap_or(i64::MAX))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_saved_before_languages_read_as_english_and_a_saved_language_reads_back() {
        let stored = serde_json::json!({"name": "Contoso", "version": 4});
        let settings: OrgSettings = serde_json::from_value(stored).unwrap();
        assert_eq!((settings.name.as_str(), settings.default_language), ("Contoso", Language::En));
        let japanese = OrgSettings { default_language: Language::Ja, ..OrgSettings::default() };
        let back: OrgSettings = serde_json::from_value(serde_json::to_value(&japanese).unwrap()).unwrap();
        assert_eq!(back.default_language, Language::Ja);
    }

    #[test]
    fn settings_saved_before_wording_read_as_none_and_saved_wording_reads_back() {
        let stored = serde_json::json!({"name": "Contoso", "version": 4});
        let settings: OrgSettings = serde_json::from_value(stored).unwrap();
        assert!(settings.wording.is_empty());
        let mut worded = OrgSettings::default();
        worded.wording.entry(Language::Fr).or_default().insert("code-why-reset".into(), "Bonjour.".into());
        let value = serde_json::to_value(&worded).unwrap();
        assert_eq!(value["wording"]["fr"]["code-why-reset"], "Bonjour.", "keyed by the language's tag");
        let back: OrgSettings = serde_json::from_value(value).unwrap();
        assert_eq!(back, worded);
    }

    #[test]
    fn each_lockout_doubles_up_to_the_cap() {
        let rules = LockoutRules::default();
        assert_eq!(rules.duration_of(1).num_seconds(), 60);
        assert_eq!(rules.duration_of(2).num_seconds(), 120);
        assert_eq!(rules.duration_of(5).num_seconds(), 960);
        assert_eq!(rules.duration_of(200).num_seconds(), 24 * 3600);
    }
}
