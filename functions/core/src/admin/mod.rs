//! Administration of the policy: the self-service reset rules (who, with
//! which methods, how many) and the password and lockout rules. A change that
//! would leave users unable to reset, or send users to a forced change at their
//! next sign-in, is reported (how many) and saved only once acknowledged.

pub mod access_pass;
pub mod branding;
pub mod groups;
pub mod import;
pub mod invitations;
pub mod people;
pub mod provisioning;
pub mod reports;
pub mod verification;
#[cfg(feature = "words")]
pub mod wording;

use std::collections::BTreeSet;

use crate::PortError;
use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::breach::{BreachMode, BreachTally, BreachThreshold};
use crate::model::clients::Caller;
use crate::model::error::Error;
use crate::model::methods::MethodKind;
use crate::model::questions::{self, CustomQuestion, CustomQuestionEdit};
use crate::model::settings::{
    ExpiryReminders, HISTORY_MAX, LockoutRules, MIN_LENGTH_FLOOR, OrgSettings, PasswordRules, Scope,
    SecondFactor, Telephony,
};
use crate::model::user::{SessionToken, User};
use crate::model::values::{E164, ParseError, UserId, Username};
use crate::passwords::breach;
use crate::ports::Ports;

/// The reset policy as an administrator edits it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResetPolicy {
    pub scope: Scope,
    pub methods_allowed: BTreeSet<MethodKind>,
    /// For non-admins (admins always prove 2).
    pub methods_required: u8,
    pub questions_to_register: u8,
    pub questions_to_reset: u8,
    pub require_registration: bool,
    pub reconfirm_days: u32,
    pub notify_users: bool,
    pub notify_admins_on_admin_reset: bool,
    /// Contacts an administrator or an import supplied count as reset methods.
    pub directory_contacts_count: bool,
    /// Every user proves an authenticator at sign-in (privileged roles always do).
    pub second_factor_for_everyone: bool,
    /// An administrator's reset may still make a temporary password (off by
    /// default: the reset is a Temporary Access Pass).
    pub temporary_passwords: bool,
    /// A user an identity provider creates is invited at once.
    pub invite_provisioned_users: bool,
    /// How strong each role's self-service reset must be; `None` keeps it.
    pub recovery_strength: Option<crate::model::settings::RecoveryStrengths>,
    /// The authenticator models a new passkey may come from, unchecked; `None` keeps them.
    pub passkey_models: Option<(crate::model::settings::ModelRule, Vec<String>)>,
}

impl ResetPolicy {
    pub fn of(settings: &OrgSettings) -> Self {
        Self {
            scope: settings.registration.scope.clone(),
            methods_allowed: settings.registration.methods_allowed.clone(),
            methods_required: settings.reset.methods_required,
            questions_to_register: settings.questions.register,
            questions_to_reset: settings.questions.reset,
            require_registration: settings.registration.require_registration,
            reconfirm_days: settings.registration.reconfirm_days,
            notify_users: settings.reset.notify_user,
            notify_admins_on_admin_reset: settings.reset.notify_admins_on_admin_reset,
            directory_contacts_count: settings.reset.directory_contacts_count,
            second_factor_for_everyone: settings.sign_in.second_factor == SecondFactor::Everyone,
            temporary_passwords: settings.reset.temporary_passwords,
            invite_provisioned_users: settings.reset.invite_provisioned_users,
            recovery_strength: Some(settings.reset.recovery_strength),
            passkey_models: Some((
                settings.sign_in.passkey_models.rule,
                settings.sign_in.passkey_models.aaguids.iter().cloned().collect(),
            )),
        }
    }

    /// Checks the values and writes them into `settings`.
    pub fn apply(&self, settings: &mut OrgSettings) -> Result<(), ParseError> {
        if !(1..=2).contains(&self.methods_required) {
            return Err(ParseError::new("methods_required", "must be 1 or 2"));
        }
        if self.methods_allowed.is_empty() {
            return Err(ParseError::new("methods_allowed", "must allow at least one method"));
        }
        if !(3..=5).contains(&self.questions_to_register) {
            return Err(ParseError::new("questions_to_register", "must be between 3 and 5"));
        }
        if !(1..=self.questions_to_register).contains(&self.questions_to_reset) {
            return Err(ParseError::new("questions_to_reset", "must be between 1 and questions_to_register"));
        }
        match &self.scope {
            Scope::Groups { groups } if groups.is_empty() => {
                return Err(ParseError::new("scope_groups", "a group scope needs at least one group"));
            }
            Scope::Groups { groups } if groups.len() > SCOPE_GROUPS_MAX => {
                return Err(ParseError::new(
                    "scope_groups",
                    format!("may name at most {SCOPE_GROUPS_MAX} groups"),
                ));
            }
            _ => {}
        }
        if self.reconfirm_days > 730 {
            return Err(ParseError::new("reconfirm_days", "must be at most 730 (0 = never)"));
        }
        let passkey_models = match &self.passkey_models {
            Some((rule, aaguids)) => Some(crate::model::settings::PasskeyModels::parse(*rule, aaguids)?),
            None => None,
        };
        if let Some(models) = passkey_models {
            settings.sign_in.passkey_models = models;
        }
        settings.registration.scope = self.scope.clone();
        settings.registration.methods_allowed = self.methods_allowed.clone();
        settings.reset.methods_required = self.methods_required;
        settings.questions.register = self.questions_to_register;
        settings.questions.reset = self.questions_to_reset;
        settings.registration.require_registration = self.require_registration;
        settings.registration.reconfirm_days = self.reconfirm_days;
        settings.reset.notify_user = self.notify_users;
        settings.reset.notify_admins_on_admin_reset = self.notify_admins_on_admin_reset;
        settings.reset.directory_contacts_count = self.directory_contacts_count;
        settings.reset.temporary_passwords = self.temporary_passwords;
        settings.reset.invite_provisioned_users = self.invite_provisioned_users;
        if let Some(strengths) = self.recovery_strength {
            settings.reset.recovery_strength = strengths;
        }
        settings.sign_in.second_factor =
            if self.second_factor_for_everyone { SecondFactor::Everyone } else { SecondFactor::Privileged };
        Ok(())
    }
}

/// The most groups a reset scope may name.
pub const SCOPE_GROUPS_MAX: usize = 100;

/// The password and sign-in lockout rules as an administrator edits them.
/// The breach check's mode and minimum count are kept as they are when
/// `None` (clients written before the check existed leave them out);
/// `password.breached` is not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswordPolicy {
    pub password: PasswordRules,
    pub lockout: LockoutRules,
    pub breach_mode: Option<BreachMode>,
    /// Checked on apply: one of [`BreachThreshold::ALL`].
    pub breach_min_count: Option<u32>,
    /// The check at sign-in; kept as it is when `None`.
    pub breach_at_sign_in: Option<BreachMode>,
    /// Expiry reminders' days and channel; each kept as it is when `None`.
    pub reminder_days: Option<Vec<u16>>,
    pub reminder_sms: Option<bool>,
}

/// The most reminder days, and the furthest one before an expiry.
pub const REMINDER_DAYS_MAX: usize = 10;
pub const REMINDER_DAY_FURTHEST: u16 = 90;

/// The highest minimum length an admin may set: long enough for passphrases,
/// short enough that the maximum (256) stays far above it.
pub const MIN_LENGTH_CEILING: u16 = 64;
/// The organisation's banned words: how many, and how long each (the policy's limits).
pub const CUSTOM_BANNED_MAX: usize = 1_000;
const BANNED_TERM_CHARS: std::ops::RangeInclusive<usize> = 4..=16;
/// Ten years: a longer maximum age is "never" in all but name.
pub const MAX_AGE_DAYS_MAX: u32 = 3_650;
/// A lockout past a week stops being a brake and becomes a denial of service.
pub const LOCKOUT_MAX_SECONDS: u64 = 7 * 24 * 3600;

/// Reminder days as kept: 1 to 90, each once, furthest first, at most ten.
fn checked_reminders(reminders: &ExpiryReminders) -> Result<ExpiryReminders, ParseError> {
    let mut days = reminders.days.clone();
    days.sort_unstable_by(|a, b| b.cmp(a));
    days.dedup();
    if days.len() > REMINDER_DAYS_MAX || days.iter().any(|d| !(1..=REMINDER_DAY_FURTHEST).contains(d)) {
        return Err(ParseError::new(
            "expiry_reminder_days",
            format!(
                "at most {REMINDER_DAYS_MAX} days, each 1 to {REMINDER_DAY_FURTHEST} days before the expiry"
            ),
        ));
    }
    Ok(ExpiryReminders { days, sms: reminders.sms })
}

impl PasswordPolicy {
    pub fn of(settings: &OrgSettings) -> Self {
        Self {
            password: settings.password.clone(),
            lockout: settings.lockout.clone(),
            breach_mode: Some(settings.password.breached.mode),
            breach_min_count: Some(settings.password.breached.min_count.count()),
            breach_at_sign_in: Some(settings.password.breached.at_sign_in),
            reminder_days: Some(settings.password.expiry_reminders.days.clone()),
            reminder_sms: Some(settings.password.expiry_reminders.sms),
        }
    }

    /// Checks the values and writes them into `settings`. Banned words are
    /// kept lower-case, trimmed and without repeats (matching folds case anyway).
    pub fn apply(&self, settings: &mut OrgSettings) -> Result<(), ParseError> {
        let (p, l) = (&self.password, &self.lockout);
        if !(MIN_LENGTH_FLOOR..=MIN_LENGTH_CEILING).contains(&p.min_length) {
            return Err(ParseError::new(
                "min_length",
                format!("must be between {MIN_LENGTH_FLOOR} and {MIN_LENGTH_CEILING}"),
            ));
        }
        if p.history > HISTORY_MAX {
            return Err(ParseError::new("history", format!("must be at most {HISTORY_MAX}")));
        }
        if matches!(p.max_age_days, Some(days) if !(1..=MAX_AGE_DAYS_MAX).contains(&days)) {
            return Err(ParseError::new(
                "max_age_days",
                format!("must be between 1 and {MAX_AGE_DAYS_MAX}, or null for never"),
            ));
        }
        if p.custom_banned.len() > CUSTOM_BANNED_MAX {
            return Err(ParseError::new(
                "custom_banned",
                format!("may hold at most {CUSTOM_BANNED_MAX} words"),
            ));
        }
        let mut banned: Vec<String> = Vec::with_capacity(p.custom_banned.len());
        for (i, term) in p.custom_banned.iter().enumerate() {
            let term = term.trim().to_lowercase();
            if !BANNED_TERM_CHARS.contains(&term.chars().count()) || term.chars().any(char::is_control) {
                return Err(ParseError::new(
                    "custom_banned",
                    format!("word {} must be 4 to 16 characters, without control characters", i + 1),
                ));
            }
            if !banned.contains(&term) {
                banned.push(term);
            }
        }
        if !(1..=100).contains(&l.threshold) {
            return Err(ParseError::new("lockout_threshold", "must be between 1 and 100"));
        }
        if !(1..=LOCKOUT_MAX_SECONDS).contains(&l.base_seconds) {
            return Err(ParseError::new(
                "lockout_seconds",
                format!("must be between 1 and {LOCKOUT_MAX_SECONDS}"),
            ));
        }
        if !(l.base_seconds..=LOCKOUT_MAX_SECONDS).contains(&l.max_seconds) {
            return Err(ParseError::new(
                "lockout_max_seconds",
                format!("must be between lockout_seconds and {LOCKOUT_MAX_SECONDS}"),
            ));
        }
        let mut breached = settings.password.breached;
        if let Some(mode) = self.breach_mode {
            breached.mode = mode;
        }
        if let Some(count) = self.breach_min_count {
            breached.min_count = BreachThreshold::parse(count)?;
        }
        if let Some(mode) = self.breach_at_sign_in {
            breached.at_sign_in = mode;
        }
        let current = &settings.password.expiry_reminders;
        let expiry_reminders = checked_reminders(&ExpiryReminders {
            days: self.reminder_days.clone().unwrap_or_else(|| current.days.clone()),
            sms: self.reminder_sms.unwrap_or(current.sms),
        })?;
        settings.password = PasswordRules { custom_banned: banned, breached, expiry_reminders, ..p.clone() };
        settings.lockout = l.clone();
        Ok(())
    }
}

/// The most countries an allowlist may name (there are about 250).
pub const ALLOWED_COUNTRIES_MAX: usize = 300;
/// Caps above these are no cap at all.
pub const PER_NUMBER_PER_DAY_MAX: u32 = 100;
pub const ORGANISATION_PER_DAY_MAX: u32 = 1_000_000;

/// Checks the telephony guardrails and writes them into `settings`
/// (country codes upper-cased, without repeats).
pub fn apply_telephony(rules: &Telephony, settings: &mut OrgSettings) -> Result<(), ParseError> {
    if rules.allowed_countries.len() > ALLOWED_COUNTRIES_MAX {
        return Err(ParseError::new(
            "allowed_countries",
            format!("may name at most {ALLOWED_COUNTRIES_MAX} countries"),
        ));
    }
    let mut countries = BTreeSet::new();
    for code in &rules.allowed_countries {
        let code = code.trim().to_ascii_uppercase();
        if !crate::model::values::is_phone_country(&code) {
            return Err(ParseError::new(
                "allowed_countries",
                "must be ISO 3166 alpha-2 country codes, such as GB or US",
            ));
        }
        countries.insert(code);
    }
    if !(1..=PER_NUMBER_PER_DAY_MAX).contains(&rules.per_number_per_day) {
        return Err(ParseError::new(
            "per_number_per_day",
            format!("must be between 1 and {PER_NUMBER_PER_DAY_MAX}"),
        ));
    }
    if !(1..=ORGANISATION_PER_DAY_MAX).contains(&rules.organisation_per_day) {
        return Err(ParseError::new(
            "organisation_per_day",
            format!("must be between 1 and {ORGANISATION_PER_DAY_MAX}"),
        ));
    }
    settings.telephony = Telephony { allowed_countries: countries, ..rules.clone() };
    Ok(())
}

/// What a password policy change would do: passwords already past the
/// maximum age must be changed at the next sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PasswordImpact {
    /// Enabled users.
    pub users: u32,
    pub expired_before: u32,
    pub expired_after: u32,
    /// New passwords checked against breaches in the last
    /// [`breach::RECENT_DAYS`] days, and how many were breached: what an
    /// enforcing check would have refused (audit-only mode records them).
    pub recent_breaches: BreachTally,
}

/// The breach check as it stands: its rules, the shipped list, the imported
/// corpus and the recent tally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreachStatus {
    pub rules: crate::model::breach::BreachRules,
    pub shipped_entries: u64,
    pub corpus: Option<crate::model::breach::CorpusStatus>,
    pub recent: BreachTally,
}

/// What a policy change would do to who can reset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Impact {
    /// Enabled users in the directory.
    pub users: u32,
    pub eligible_before: u32,
    pub eligible_after: u32,
    /// Users who can reset today and could not under the new policy.
    pub losing: u32,
}

/// Whether `user` could complete a self-service reset under `settings`.
pub fn eligible(user: &User, settings: &OrgSettings) -> bool {
    user.enabled
        && crate::model::registration::in_scope(user, settings)
        && crate::model::registration::reset_possible(user, settings)
}

/// The administrator operations. Cheap to clone.
#[derive(Clone)]
pub struct Admin {
    pub(crate) ports: Ports,
}

impl Admin {
    pub fn new(ports: Ports) -> Self {
        Self { ports }
    }

    /// The caller, if their session is good and they are an admin.
    pub(crate) async fn admin(&self, id: &UserId, token: &SessionToken) -> Result<User, Error> {
        let user = self.operator(id, token).await?;
        if user.is_admin() { Ok(user) } else { Err(Error::Forbidden) }
    }

    pub async fn reset_policy(&self, caller: &Caller) -> Result<ResetPolicy, Error> {
        self.settings_reader(caller).await?;
        Ok(ResetPolicy::of(&self.ports.directory.settings().await?))
    }

    /// A user's registration as they see it, found by username.
    pub async fn user_profile(
        &self,
        id: &UserId,
        token: &SessionToken,
        username: &Username,
    ) -> Result<crate::model::registration::Profile, Error> {
        self.admin(id, token).await?;
        let user = self.ports.directory.user_by_username(username).await?.ok_or(Error::UserNotFound)?;
        let settings = self.ports.directory.settings().await?;
        Ok(crate::model::registration::profile_of(user, &settings, self.ports.clock.now()))
    }

    /// Sets or clears a user's office phone: a number that takes code calls
    /// and that only an administrator may set (users cannot prove a desk
    /// phone by text). Audited with the administrator as the actor.
    pub async fn set_office_phone(
        &self,
        id: &UserId,
        token: &SessionToken,
        target: &UserId,
        phone: Option<E164>,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let action = if phone.is_some() { Action::MethodRegistered } else { Action::MethodRemoved };
        if let Some(number) = &phone {
            let settings = self.ports.directory.settings().await?;
            if !settings.telephony.allows(number) {
                return Err(Error::PhoneCountryNotAllowed);
            }
        }
        self.update_user(id, token, target, (action, "office_phone"), meta, |user| {
            let changed = user.registration.office_phone != phone;
            user.registration.office_phone = phone.clone();
            changed
        })
        .await
    }

    /// Exempts a user from the organisation's maximum password age, or ends
    /// the exemption (their password may then be expired at once). Audited.
    pub async fn set_password_never_expires(
        &self,
        id: &UserId,
        token: &SessionToken,
        target: &UserId,
        never_expires: bool,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let reason = if never_expires { "password_never_expires" } else { "password_expires" };
        self.update_user(id, token, target, (Action::UserUpdated, reason), meta, |user| {
            let changed = user.password_never_expires != never_expires;
            user.password_never_expires = never_expires;
            changed
        })
        .await
    }

    /// Applies `edit` (which says whether it changed anything) to `target`
    /// and saves it with an audit event naming the administrator, re-reading
    /// and retrying when the user changed in between. No change, no write.
    async fn update_user(
        &self,
        id: &UserId,
        token: &SessionToken,
        target: &UserId,
        (action, reason): (Action, &str),
        meta: &RequestMeta,
        mut edit: impl FnMut(&mut User) -> bool,
    ) -> Result<(), Error> {
        let admin = self.admin(id, token).await?;
        crate::on_contention!({
            let mut user = self.ports.directory.user(target).await?.ok_or(Error::UserNotFound)?;
            if !edit(&mut user) {
                return Ok(());
            }
            user.version += 1;
            let event = AuditEvent::about(
                self.ports.stamp(),
                Some(&admin.id),
                &user,
                (action, Outcome::Success),
                reason,
                meta,
            );
            // A lost race (`Conflict`) becomes `Contention`: read again and retry.
            Ok(self.ports.directory.update_user(&user, &[event]).await?)
        })
    }

    /// Voice may be allowed only where calls can be placed: a method offered
    /// and never delivered would strand the users who pick it.
    fn check_voice(&self, policy: &ResetPolicy) -> Result<(), ParseError> {
        if policy.methods_allowed.contains(&MethodKind::Voice) && !self.ports.voice.available() {
            return Err(ParseError::new(
                "methods_allowed",
                "voice calls are not set up in this deployment (give it a caller number: VoiceOrigination)",
            ));
        }
        Ok(())
    }

    /// What `policy` would change, without saving it.
    pub async fn preview(
        &self,
        id: &UserId,
        token: &SessionToken,
        policy: &ResetPolicy,
    ) -> Result<Impact, Error> {
        self.admin(id, token).await?;
        self.check_voice(policy)?;
        let (current, next) = self.settings_with(|s| policy.apply(s)).await?;
        self.impact(&current, &next).await
    }

    /// Saves `policy`. If it would leave users unable to reset, it is refused
    /// with the count unless `accept_impact` says the admin has seen it.
    pub async fn set_reset_policy(
        &self,
        id: &UserId,
        token: &SessionToken,
        policy: &ResetPolicy,
        accept_impact: bool,
        meta: &RequestMeta,
    ) -> Result<Impact, Error> {
        let admin = self.admin(id, token).await?;
        self.check_voice(policy)?;
        crate::on_contention!({
            let (current, next) = self.settings_with(|s| policy.apply(s)).await?;
            let impact = self.impact(&current, &next).await?;
            if impact.losing > 0 && !accept_impact {
                return Err(Error::PolicyStrandsUsers { losing: impact.losing });
            }
            let reason = format!("reset_policy; {} users lose eligibility", impact.losing);
            if self.save(&admin, meta, &current, next, reason).await? {
                Ok(impact)
            } else {
                Err(Error::Contention)
            }
        })
    }

    /// The spend guardrails for texts and calls.
    pub async fn telephony(&self, caller: &Caller) -> Result<Telephony, Error> {
        self.settings_reader(caller).await?;
        Ok(self.ports.directory.settings().await?.telephony)
    }

    /// Saves the telephony guardrails. An allowlist that leaves users who can
    /// reset today without enough methods (their phones' countries left out)
    /// is refused with their number unless `accept_impact`. Audited.
    pub async fn set_telephony(
        &self,
        id: &UserId,
        token: &SessionToken,
        rules: &Telephony,
        accept_impact: bool,
        meta: &RequestMeta,
    ) -> Result<Impact, Error> {
        let admin = self.admin(id, token).await?;
        crate::on_contention!({
            let (current, next) = self.settings_with(|s| apply_telephony(rules, s)).await?;
            let impact = self.impact(&current, &next).await?;
            if impact.losing > 0 && !accept_impact {
                return Err(Error::PolicyStrandsUsers { losing: impact.losing });
            }
            let t = &next.telephony;
            let countries = if t.allowed_countries.is_empty() {
                "any".to_owned()
            } else {
                t.allowed_countries.iter().cloned().collect::<Vec<_>>().join(" ")
            };
            let reason = format!(
                "telephony; countries {countries}; {} per number, {} per organisation a day; {} users lose eligibility",
                t.per_number_per_day, t.organisation_per_day, impact.losing
            );
            if self.save(&admin, meta, &current, next, reason).await? {
                Ok(impact)
            } else {
                Err(Error::Contention)
            }
        })
    }

    async fn recent_breaches(&self) -> Result<BreachTally, Error> {
        let since = self.ports.clock.now().date_naive() - chrono::Duration::days(breach::RECENT_DAYS - 1);
        Ok(self.ports.breaches.recent(since).await?)
    }

    /// The breach check: rules, the shipped list's size, the imported corpus
    /// and how many recent new passwords were breached.
    pub async fn breach_status(&self, id: &UserId, token: &SessionToken) -> Result<BreachStatus, Error> {
        self.admin(id, token).await?;
        let settings = self.ports.directory.settings().await?;
        Ok(BreachStatus {
            rules: settings.password.breached,
            shipped_entries: self.ports.breaches.shipped_entries(),
            corpus: self.ports.breaches.corpus().await?,
            recent: self.recent_breaches().await?,
        })
    }

    pub async fn password_policy(&self, caller: &Caller) -> Result<PasswordPolicy, Error> {
        self.settings_reader(caller).await?;
        Ok(PasswordPolicy::of(&self.ports.directory.settings().await?))
    }

    /// What `policy` would change, without saving it.
    pub async fn preview_password_policy(
        &self,
        id: &UserId,
        token: &SessionToken,
        policy: &PasswordPolicy,
    ) -> Result<PasswordImpact, Error> {
        self.admin(id, token).await?;
        let (current, next) = self.settings_with(|s| policy.apply(s)).await?;
        self.password_impact(&current, &next).await
    }

    /// Saves the password and lockout rules. A maximum age that would expire
    /// more passwords at once is refused with the count unless `accept_impact`.
    /// Existing passwords are not re-checked against new rules: they meet them
    /// at their next change (NIST SP 800-63B).
    pub async fn set_password_policy(
        &self,
        id: &UserId,
        token: &SessionToken,
        policy: &PasswordPolicy,
        accept_impact: bool,
        meta: &RequestMeta,
    ) -> Result<PasswordImpact, Error> {
        let admin = self.admin(id, token).await?;
        crate::on_contention!({
            let (current, next) = self.settings_with(|s| policy.apply(s)).await?;
            let impact = self.password_impact(&current, &next).await?;
            let newly = impact.expired_after.saturating_sub(impact.expired_before);
            if newly > 0 && !accept_impact {
                return Err(Error::PolicyExpiresPasswords { expiring: newly });
            }
            let b = next.password.breached;
            let reason = format!(
                "password_policy; {newly} more passwords expired; breach check {} at {}",
                b.mode.as_str(),
                b.min_count.count()
            );
            if self.save(&admin, meta, &current, next, reason).await? {
                Ok(impact)
            } else {
                Err(Error::Contention)
            }
        })
    }

    /// The organisation's own security questions (offered beside the predefined ones).
    pub async fn custom_questions(&self, caller: &Caller) -> Result<Vec<CustomQuestion>, Error> {
        self.settings_reader(caller).await?;
        Ok(self.ports.directory.settings().await?.questions.custom)
    }

    /// What replacing the custom questions with `edits` would do to who can
    /// reset (users whose answers were to removed questions), without saving.
    pub async fn preview_custom_questions(
        &self,
        id: &UserId,
        token: &SessionToken,
        edits: &[CustomQuestionEdit],
    ) -> Result<Impact, Error> {
        self.admin(id, token).await?;
        let (current, next) = self.settings_with(|s| self.edit_questions(s, edits)).await?;
        self.impact(&current, &next).await
    }

    /// Replaces the custom questions. Removing one that users answered can
    /// leave them short of answers, so it is refused with their number
    /// (`PolicyStrandsUsers`) unless `accept_impact`. Returns the saved list
    /// (new questions with their ids) and the impact.
    pub async fn set_custom_questions(
        &self,
        id: &UserId,
        token: &SessionToken,
        edits: &[CustomQuestionEdit],
        accept_impact: bool,
        meta: &RequestMeta,
    ) -> Result<(Vec<CustomQuestion>, Impact), Error> {
        let admin = self.admin(id, token).await?;
        crate::on_contention!({
            let (current, next) = self.settings_with(|s| self.edit_questions(s, edits)).await?;
            let impact = self.impact(&current, &next).await?;
            if impact.losing > 0 && !accept_impact {
                return Err(Error::PolicyStrandsUsers { losing: impact.losing });
            }
            let saved = next.questions.custom.clone();
            let reason = format!(
                "security_questions; {} custom; {} users lose eligibility",
                saved.len(),
                impact.losing
            );
            if self.save(&admin, meta, &current, next, reason).await? {
                Ok((saved, impact))
            } else {
                Err(Error::Contention)
            }
        })
    }

    fn edit_questions(
        &self,
        settings: &mut OrgSettings,
        edits: &[CustomQuestionEdit],
    ) -> Result<(), ParseError> {
        settings.questions.custom = questions::edit_custom(&settings.questions.custom, edits, || {
            questions::QuestionId::custom(&self.ports.random.hex(4))
        })?;
        Ok(())
    }

    /// The stored settings, and a copy with `apply`'s change.
    pub(crate) async fn settings_with(
        &self,
        apply: impl FnOnce(&mut OrgSettings) -> Result<(), ParseError>,
    ) -> Result<(OrgSettings, OrgSettings), Error> {
        let current = self.ports.directory.settings().await?;
        let mut next = current.clone();
        apply(&mut next)?;
        Ok((current, next))
    }

    /// Saves `next` in place of `current` with its audit event. False when
    /// another administrator saved in between: the caller starts again on
    /// their settings instead of overwriting them.
    pub(crate) async fn save(
        &self,
        admin: &User,
        meta: &RequestMeta,
        current: &OrgSettings,
        mut next: OrgSettings,
        reason: String,
    ) -> Result<bool, Error> {
        next.version = current.version + 1;
        let event = AuditEvent {
            id: self.ports.random.hex(16),
            at: self.ports.clock.now(),
            actor: Some(admin.id.clone()),
            target: None,
            target_name: None,
            action: Action::SettingsChanged,
            outcome: Outcome::Success,
            reason: Some(reason.into()),
            client_ip: meta.client_ip.clone(),
            user_agent: meta.user_agent.clone(),
            methods: Vec::new(),
        };
        match self.ports.directory.save_settings(&next, &event).await {
            Ok(()) => Ok(true),
            Err(PortError::Conflict { .. }) => Ok(false),
            Err(err) => Err(err.into()),
        }
    }

    async fn impact(&self, before: &OrgSettings, after: &OrgSettings) -> Result<Impact, Error> {
        let users = self.ports.directory.users().await?;
        let mut impact = Impact { users: 0, eligible_before: 0, eligible_after: 0, losing: 0 };
        for user in users.iter().filter(|u| u.enabled) {
            let (was, will) = (eligible(user, before), eligible(user, after));
            impact.users += 1;
            impact.eligible_before += u32::from(was);
            impact.eligible_after += u32::from(will);
            impact.losing += u32::from(was && !will);
        }
        Ok(impact)
    }

    async fn password_impact(
        &self,
        before: &OrgSettings,
        after: &OrgSettings,
    ) -> Result<PasswordImpact, Error> {
        let now = self.ports.clock.now();
        let users = self.ports.directory.users().await?;
        let recent_breaches = self.recent_breaches().await?;
        let mut impact = PasswordImpact { users: 0, expired_before: 0, expired_after: 0, recent_breaches };
        for user in users.iter().filter(|u| u.enabled) {
            impact.users += 1;
            impact.expired_before += u32::from(user.password_expired(before, now));
            impact.expired_after += u32::from(user.password_expired(after, now));
        }
        Ok(impact)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use async_trait::async_trait;

    use super::*;
    use crate::model::user::Role;
    use crate::model::values::E164;
    use crate::testing::FakeWorld;

    /// A session of `user` whose sign-in proved the second factor, as an administrator's does.
    fn strong(user: &User) -> SessionToken {
        SessionToken::new(user.token_version(), "t").with_second_factor(true)
    }

    fn rules(edit: impl FnOnce(&mut PasswordPolicy)) -> Result<OrgSettings, ParseError> {
        let mut settings = OrgSettings::default();
        let mut policy = PasswordPolicy::of(&settings);
        edit(&mut policy);
        policy.apply(&mut settings).map(|()| settings)
    }

    fn field(result: Result<OrgSettings, ParseError>) -> &'static str {
        result.expect_err("refused").field
    }

    #[test]
    fn each_password_rule_is_checked_before_anything_is_written() {
        assert_eq!(field(rules(|p| p.password.min_length = 7)), "min_length");
        assert_eq!(field(rules(|p| p.password.min_length = 65)), "min_length");
        assert_eq!(field(rules(|p| p.password.history = 25)), "history");
        assert_eq!(field(rules(|p| p.password.max_age_days = Some(0))), "max_age_days");
        assert_eq!(field(rules(|p| p.password.custom_banned = vec!["abc".into()])), "custom_banned");
        assert_eq!(field(rules(|p| p.password.custom_banned = vec!["a".repeat(17)])), "custom_banned");
        assert_eq!(field(rules(|p| p.password.custom_banned = vec!["wid\u{7}get".into()])), "custom_banned");
        let many = (0..=CUSTOM_BANNED_MAX).map(|i| format!("word{i}")).collect();
        assert_eq!(field(rules(|p| p.password.custom_banned = many)), "custom_banned");
        assert_eq!(field(rules(|p| p.lockout.threshold = 0)), "lockout_threshold");
        assert_eq!(field(rules(|p| p.lockout.base_seconds = 0)), "lockout_seconds");
        assert_eq!(field(rules(|p| p.lockout.max_seconds = 30)), "lockout_max_seconds");
        assert_eq!(field(rules(|p| p.lockout.max_seconds = LOCKOUT_MAX_SECONDS + 1)), "lockout_max_seconds");

        let saved = rules(|p| {
            p.password.min_length = 14;
            p.password.custom_banned = vec!["  Contoso ".into(), "contoso".into(), "Fabrikam".into()];
            p.password.max_age_days = Some(365);
            p.lockout.threshold = 5;
        })
        .expect("valid");
        assert_eq!(saved.password.min_length, 14);
        assert_eq!(saved.password.custom_banned, ["contoso", "fabrikam"], "trimmed, folded, once each");
        assert_eq!(saved.password.max_age_days, Some(365));
        assert_eq!(saved.lockout.threshold, 5);
    }

    #[tokio::test]
    async fn removing_a_custom_question_users_answered_is_reported_before_it_is_saved() {
        use crate::accounts::registration::Registrations;

        use crate::model::user::NewUser;
        use crate::model::values::Password;

        let world = FakeWorld::new();
        let boss = world.add_adele("correct-horse-battery", &[Role::Admin]).await;
        // Questions are the only method, so losing them is losing self-service reset.
        let mut settings = world.ports.directory.settings().await.unwrap();
        settings.registration.methods_allowed = BTreeSet::from([MethodKind::Questions]);
        *world.directory.settings.lock().unwrap() = Some(settings);
        let megan = NewUser {
            username: Username::parse("megan").unwrap(),
            display_name: "Megan Bowen".into(),
            first_name: "Megan".into(),
            last_name: "Bowen".into(),
            emails: vec![],
            phones: vec![],
            roles: BTreeSet::from([Role::User]),
            groups: BTreeSet::new(),
            language: None,
        };
        let password = Password::parse("lantern-quartz-harbor", "password").unwrap();
        let meta = RequestMeta::default();
        let megan = crate::admin::provisioning::Provisioning::new(world.ports.clone())
            .create_user(megan, &password, false, None, &meta)
            .await
            .unwrap();
        let admin = Admin::new(world.ports.clone());
        let office = CustomQuestionEdit { id: None, text: "Which office did you start in?".into() };
        let (saved, impact) =
            admin.set_custom_questions(&boss.id, &strong(&boss), &[office], false, &meta).await.unwrap();
        assert_eq!((saved.len(), impact.losing), (1, 0));
        let custom = saved[0].id.clone();
        assert!(custom.as_str().starts_with('c') && custom.as_str().len() == 9, "{custom}");
        let answers: Vec<(questions::QuestionId, String)> =
            [("q01", "Lisbon"), ("q02", "Rex the dog"), (custom.as_str(), "Reading")]
                .iter()
                .map(|(q, a)| (questions::QuestionId::parse(q).unwrap(), (*a).to_owned()))
                .collect();
        let registrations = Registrations::new(world.ports.clone());
        registrations
            .set_questions(&megan.id, &SessionToken::new(megan.token_version(), "t"), &answers, &meta)
            .await
            .unwrap();
        let before = world.ports.directory.settings().await.unwrap();

        let preview = admin.preview_custom_questions(&boss.id, &strong(&boss), &[]).await.unwrap();
        assert_eq!((preview.eligible_before, preview.losing), (1, 1));
        let refused = admin.set_custom_questions(&boss.id, &strong(&boss), &[], false, &meta).await;
        assert!(matches!(refused, Err(Error::PolicyStrandsUsers { losing: 1 })), "{refused:?}");
        assert_eq!(world.ports.directory.settings().await.unwrap(), before, "nothing saved");

        let (saved, _) =
            admin.set_custom_questions(&boss.id, &strong(&boss), &[], true, &meta).await.unwrap();
        assert!(saved.is_empty());
        let after = world.ports.directory.settings().await.unwrap();
        let user = world.ports.directory.user(&megan.id).await.unwrap().unwrap();
        assert_eq!(
            crate::model::registration::usable_answers(&user, &after).count(),
            2,
            "the removed question's answer no longer counts"
        );
        assert!(!eligible(&user, &after));
        let denied = admin
            .custom_questions(&Caller::user(&megan.id, &SessionToken::new(megan.token_version(), "t")))
            .await;
        assert!(matches!(denied, Err(Error::Forbidden)));
    }

    /// A deployment with no caller number.
    struct NoCalls;

    #[async_trait]
    impl crate::ports::VoiceCaller for NoCalls {
        async fn call(
            &self,
            _: &E164,
            _: &str,
            _: crate::model::language::Language,
        ) -> Result<(), PortError> {
            unreachable!("no call may be placed")
        }
        fn available(&self) -> bool {
            false
        }
    }

    #[tokio::test]
    async fn voice_is_offered_only_where_calls_can_be_placed() {
        let world = FakeWorld::new();
        let boss = world.add_adele("correct-horse-battery", &[Role::Admin]).await;
        let settings = world.ports.directory.settings().await.unwrap();
        let mut policy = ResetPolicy::of(&settings);
        policy.methods_allowed.insert(MethodKind::Voice);
        let meta = RequestMeta::default();

        let mut ports = world.ports.clone();
        ports.voice = Arc::new(NoCalls);
        let refused =
            Admin::new(ports).set_reset_policy(&boss.id, &strong(&boss), &policy, true, &meta).await;
        assert!(matches!(refused, Err(Error::InvalidInput(e)) if e.field == "methods_allowed"));
        assert_eq!(world.ports.directory.settings().await.unwrap(), settings, "nothing saved");

        let admin = Admin::new(world.ports.clone());
        admin.set_reset_policy(&boss.id, &strong(&boss), &policy, true, &meta).await.expect("saved");
        let saved = world.ports.directory.settings().await.unwrap();
        assert!(saved.registration.methods_allowed.contains(&MethodKind::Voice));
        assert_eq!(saved.version, settings.version + 1);
    }
}
