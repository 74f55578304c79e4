//! Registration: a signed-in user adds the methods self-service reset can
//! use — an alternate email and a mobile number — each proven by a code
//! before it counts, and re-confirms them from time to time.
//!
//! Contacts an admin (or an import) put on the user count as registered
//! only where the policy's `directory_contacts_count` says so (off by
//! default); the user can add to them but not remove them. An office phone
//! an administrator sets is a method registered for the user and always
//! counts. A pending
//! address is stored on the user with only a keyed digest of its code; it
//! never becomes a reset method until the code is entered.

use chrono::{DateTime, Duration, Utc};
use subtle::ConstantTimeEq;

use crate::access::session::session_user;
use crate::messaging::codes;
use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::error::Error;
use crate::model::methods::MethodKind;
use crate::model::questions::QuestionId;
use crate::model::registration::{
    PendingProof, Profile, RegisteredAnswer, Status, in_scope, profile_of, questions_to_ask,
    questions_to_register, required_methods, reset_possible, status,
};
use crate::model::user::{SessionToken, User};
use crate::model::values::{E164, Email, OneTimeCode, ParseError, Password, UserId, hex};
use crate::ports::Ports;

/// The registration operations of a signed-in user. Cheap to clone.
#[derive(Clone)]
pub struct Registrations {
    ports: Ports,
}

/// How far back a user's own activity goes, and how many events it lists at most.
pub const OWN_ACTIVITY_DAYS: i64 = 30;
pub const OWN_ACTIVITY_MAX: usize = 100;

impl Registrations {
    pub fn new(ports: Ports) -> Self {
        Self { ports }
    }

    /// The signed-in user's own last 30 days (at most [`OWN_ACTIVITY_MAX`]
    /// events, newest first): sign-ins with the address they came from,
    /// changes, resets, methods — what happened to their account, by whom
    /// it was done told apart only as themselves, someone else or the system.
    pub async fn own_activity(
        &self,
        user_id: &UserId,
        token: &SessionToken,
    ) -> Result<Vec<crate::model::audit::AuditEvent>, Error> {
        let user = session_user(&self.ports, user_id, token).await?;
        let since = self.ports.clock.now() - Duration::days(OWN_ACTIVITY_DAYS);
        let events = self.ports.audit.for_user(&user.id, OWN_ACTIVITY_MAX).await?;
        Ok(events.into_iter().filter(|e| e.at >= since).collect())
    }

    pub async fn profile(&self, user_id: &UserId, token: &SessionToken) -> Result<Profile, Error> {
        let settings = self.ports.directory.settings().await?;
        let user = session_user(&self.ports, user_id, token).await?;
        let rules = crate::passwords::writeback::rules_for(&self.ports, &user).await?;
        Ok(Profile { directory_rules: rules, ..profile_of(user, &settings, self.ports.clock.now()) })
    }

    /// Re-reads the session's user and applies `edit` until its write wins a
    /// race (optimistic versions). `edit` returns what to answer and the audit
    /// events to write with the user.
    async fn update<T>(
        &self,
        user_id: &UserId,
        token: &SessionToken,
        mut edit: impl FnMut(&mut User, DateTime<Utc>) -> Result<(T, Vec<AuditEvent>), Error>,
    ) -> Result<T, Error> {
        crate::on_contention!({
            let mut user = session_user(&self.ports, user_id, token).await?;
            let (answer, events) = edit(&mut user, self.ports.clock.now())?;
            user.version += 1;
            // A lost race (`Conflict`) becomes `Contention`: read again and retry.
            self.ports.directory.update_user(&user, &events).await?;
            Ok(answer)
        })
    }

    /// Sends a code to a new alternate email or mobile number; it counts once the code comes back.
    pub async fn start(
        &self,
        user_id: &UserId,
        token: &SessionToken,
        kind: MethodKind,
        target: &str,
        meta: &RequestMeta,
    ) -> Result<DateTime<Utc>, Error> {
        let settings = self.ports.directory.settings().await?;
        let rules = &settings.reset;
        if kind == MethodKind::Sms {
            let number = E164::parse(target).map_err(|e| Error::InvalidInput(e.with_field("phone")))?;
            if !settings.telephony.allows(&number) {
                return Err(Error::PhoneCountryNotAllowed);
            }
            let now = self.ports.clock.now();
            let capped =
                crate::access::limits::charge_phone(&self.ports, &settings, number.as_str(), now).await?;
            if let Some(retry_after) = capped {
                return Err(Error::PhoneLimitReached { retry_after, alternatives: Vec::new() });
            }
        }
        let (code, expires_at, lang) = self
            .update(user_id, token, |user, now| {
                if matches!(kind, MethodKind::Questions | MethodKind::Voice | MethodKind::Authenticator)
                    || !in_scope(user, &settings)
                    || !settings.registration.methods_allowed.contains(&kind)
                {
                    return Err(Error::MethodNotAllowed);
                }
                let reg = &mut user.registration;
                reg.recent_sends.retain(|(_, at)| now - *at < Duration::hours(1));
                let (limit, window) = match kind {
                    MethodKind::Email => (rules.emails_per_ten_minutes, Duration::minutes(10)),
                    _ => (rules.phone_sends_per_hour, Duration::hours(1)),
                };
                let recent: Vec<DateTime<Utc>> = reg
                    .recent_sends
                    .iter()
                    .filter(|(k, at)| *k == kind && now - *at < window)
                    .map(|(_, at)| *at)
                    .collect();
                if recent.len() >= usize::from(limit) {
                    let oldest = recent.iter().min().copied().unwrap_or(now);
                    let retry_after =
                        u64::try_from((oldest + window - now).num_seconds()).unwrap_or(1).max(1);
                    return Err(Error::TooManyRequests { retry_after });
                }
                let code = codes::new_code(self.ports.random.as_ref(), rules.code_digits.clamp(6, 8));
                let expires_at =
                    now + Duration::seconds(i64::try_from(rules.code_lifetime_seconds).unwrap_or(600));
                reg.pending = Some(PendingProof {
                    kind,
                    target: target.to_owned(),
                    code_digest: self.code_digest(&user.id, kind, target, &code),
                    expires_at,
                    attempts_left: rules.code_attempts.max(1),
                });
                reg.recent_sends.push((kind, now));
                let event = self.event(user, Action::MethodCodeSent, Outcome::Success, kind_name(kind), meta);
                let lang = crate::messaging::words::of(user, &settings);
                Ok(((code, expires_at, lang), vec![event]))
            })
            .await?;
        // Sent only once the pending proof is stored, so a code that arrives always works.
        codes::send_code(&self.ports, &settings, kind, target, &code, codes::Purpose::Register, lang).await?;
        Ok(expires_at)
    }

    /// Proves the pending address of `kind` with its code; it becomes a method.
    /// A wrong code costs one of the code's tries (the try is saved, then refused).
    pub async fn verify(
        &self,
        user_id: &UserId,
        token: &SessionToken,
        kind: MethodKind,
        code: &str,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        self.update(user_id, token, |user, now| {
            let Some(pending) = user.registration.pending.clone().filter(|p| p.kind == kind) else {
                return Err(Error::ChallengeRequired);
            };
            if pending.expires_at <= now || pending.attempts_left == 0 {
                user.registration.pending = None;
                return Ok((Err(Error::CodeExpired), Vec::new()));
            }
            // A guess that cannot be a code is a wrong one, and costs its try.
            let right = OneTimeCode::parse(code).is_some_and(|code| {
                let given = self.code_digest(&user.id, kind, &pending.target, &code);
                bool::from(given.as_bytes().ct_eq(pending.code_digest.as_bytes()))
            });
            if !right {
                let attempts_left = pending.attempts_left - 1;
                user.registration.pending = Some(PendingProof { attempts_left, ..pending });
                let event =
                    self.event(user, Action::MethodCodeFailed, Outcome::Failure, kind_name(kind), meta);
                return Ok((Err(Error::CodeInvalid { attempts_left }), vec![event]));
            }
            match kind {
                MethodKind::Email => {
                    user.registration.email =
                        Some(Email::parse(&pending.target).map_err(Error::InvalidInput)?)
                }
                MethodKind::Sms => {
                    user.registration.mobile =
                        Some(E164::parse(&pending.target).map_err(Error::InvalidInput)?)
                }
                MethodKind::Questions
                | MethodKind::Voice
                | MethodKind::Authenticator
                | MethodKind::Passkey => {
                    return Err(Error::ChallengeRequired);
                }
            }
            user.registration.pending = None;
            user.registration.confirmed_at = Some(now);
            match kind {
                MethodKind::Email => user.registration.proven.email = Some(now),
                _ => user.registration.proven.mobile = Some(now),
            }
            let event = self.event(user, Action::MethodRegistered, Outcome::Success, kind_name(kind), meta);
            Ok((Ok(()), vec![event]))
        })
        .await??;
        let what = if kind == MethodKind::Email { "notice-email-added" } else { "notice-mobile-added" };
        self.tell_every_channel(user_id, None, what).await;
        Ok(())
    }

    /// Tells the user on every channel (`before`'s too, for a removal) that
    /// their recovery details changed: whoever changed them cannot hide it.
    async fn tell_every_channel(&self, user_id: &UserId, before: Option<User>, notice: &'static str) {
        let Ok(Some(mut user)) = self.ports.directory.user(user_id).await else {
            return;
        };
        if let Some(before) = before {
            // The channel just removed hears of it too.
            if user.registration.email.is_none() {
                user.registration.email = before.registration.email;
            }
            if user.registration.mobile.is_none() {
                user.registration.mobile = before.registration.mobile;
            }
        }
        if let Ok(settings) = self.ports.directory.settings().await {
            let notice = crate::messaging::notices::Notice::new(notice);
            crate::messaging::notices::tell(&self.ports, &settings, &user, &notice, self.ports.clock.now())
                .await;
        }
    }

    /// Removes the method of `kind` the user registered; refused when it would
    /// leave fewer methods than a reset needs.
    pub async fn remove(
        &self,
        user_id: &UserId,
        token: &SessionToken,
        kind: MethodKind,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let settings = self.ports.directory.settings().await?;
        let before = self.ports.directory.user(user_id).await?;
        self.update(user_id, token, |user, _now| {
            let proven = &mut user.registration.proven;
            let removed = match kind {
                MethodKind::Email => {
                    user.registration.email.take().inspect(|_| proven.email = None).is_some()
                }
                MethodKind::Sms => {
                    user.registration.mobile.take().inspect(|_| proven.mobile = None).is_some()
                }
                MethodKind::Questions => {
                    proven.questions = None;
                    !std::mem::take(&mut user.registration.questions).is_empty()
                }
                MethodKind::Authenticator => {
                    proven.authenticator = None;
                    user.registration.pending_authenticator = None;
                    user.registration.authenticator.take().is_some()
                }
                // A call goes to a registered mobile or an admin-set office phone: remove those instead.
                // A passkey is removed by its id (`accounts::passkeys`).
                MethodKind::Voice | MethodKind::Passkey => false,
            };
            if !removed {
                return Err(Error::NotRegistered);
            }
            let required = required_methods(user, &settings);
            if in_scope(user, &settings) && !reset_possible(user, &settings) {
                return Err(Error::MethodsRequired { required });
            }
            Ok(((), vec![self.event(user, Action::MethodRemoved, Outcome::Success, kind_name(kind), meta)]))
        })
        .await?;
        let what = match kind {
            MethodKind::Email => "notice-email-removed",
            MethodKind::Questions => "notice-questions-removed",
            MethodKind::Authenticator => "notice-authenticator-removed",
            _ => "notice-mobile-removed",
        };
        self.tell_every_channel(user_id, before, what).await;
        Ok(())
    }

    /// Registers security questions and their answers (replacing any before).
    /// Each answer is normalised, checked (3–40 characters, no two alike) and
    /// stored only as an argon2id hash.
    pub async fn set_questions(
        &self,
        user_id: &UserId,
        token: &SessionToken,
        answers: &[(QuestionId, String)],
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let settings = self.ports.directory.settings().await?;
        let user = session_user(&self.ports, user_id, token).await?;
        if user.strict_reset()
            || !in_scope(&user, &settings)
            || !settings.registration.methods_allowed.contains(&MethodKind::Questions)
        {
            return Err(Error::MethodNotAllowed);
        }
        let need = usize::from(questions_to_register(&settings));
        let most = crate::model::questions::MAX_REGISTERED;
        if answers.len() < need || answers.len() > most {
            return Err(ParseError::new(
                "answers",
                format!("must answer between {need} and {most} questions"),
            )
            .into());
        }
        let mut normalised: Vec<(QuestionId, String)> = Vec::new();
        for (question, answer) in answers {
            if !crate::model::questions::exists(&settings, question) {
                return Err(
                    ParseError::new("question_id", "is not one of this organisation's questions").into()
                );
            }
            if normalised.iter().any(|(q, _)| q == question) {
                return Err(ParseError::new("question_id", "each question may be answered once").into());
            }
            let answer = crate::model::questions::normalise_answer(answer)?;
            if normalised.iter().any(|(_, a)| *a == answer) {
                return Err(ParseError::new("answer", "each question needs a different answer").into());
            }
            normalised.push((question.clone(), answer));
        }
        // Hashed once, outside the retry loop: argon2 is the expensive part.
        let mut registered = Vec::new();
        for (question_id, answer) in normalised {
            let hash = self.ports.hasher.hash(&Password::parse(&answer, "answer")?).await?;
            registered.push(RegisteredAnswer { question_id, hash });
        }
        self.update(user_id, token, |user, now| {
            user.registration.questions = registered.clone();
            user.registration.confirmed_at = Some(now);
            user.registration.proven.questions = Some(now);
            Ok(((), vec![self.event(user, Action::MethodRegistered, Outcome::Success, "questions", meta)]))
        })
        .await?;
        self.tell_every_channel(user_id, None, "notice-questions-set").await;
        Ok(())
    }

    /// The questions the organisation offers, `(id, text)` in `lang`, and how
    /// many to register and to answer at a reset.
    pub async fn question_catalogue(
        &self,
        lang: crate::model::language::Language,
    ) -> Result<(Vec<(QuestionId, String)>, u8, u8), Error> {
        let settings = self.ports.directory.settings().await?;
        let catalogue = crate::model::questions::catalogue(&settings, lang);
        Ok((catalogue, questions_to_register(&settings), questions_to_ask(&settings)))
    }

    /// "My details still look good": restarts the re-confirmation clock.
    pub async fn confirm(
        &self,
        user_id: &UserId,
        token: &SessionToken,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let settings = self.ports.directory.settings().await?;
        self.update(user_id, token, |user, now| {
            if status(user, &settings, now).0 == Status::Incomplete {
                return Err(Error::MethodsRequired { required: required_methods(user, &settings) });
            }
            user.registration.confirmed_at = Some(now);
            Ok(((), vec![self.event(user, Action::MethodsConfirmed, Outcome::Success, "confirmed", meta)]))
        })
        .await
    }

    fn event(
        &self,
        user: &User,
        action: Action,
        outcome: Outcome,
        reason: &str,
        meta: &RequestMeta,
    ) -> AuditEvent {
        let mut event =
            AuditEvent::about(self.ports.stamp(), Some(&user.id), user, (action, outcome), reason, meta);
        // Registration events name their method in `reason`; reports filter by it.
        event.methods = [MethodKind::Email, MethodKind::Sms, MethodKind::Voice, MethodKind::Questions]
            .into_iter()
            .filter(|k| kind_name(*k) == reason)
            .collect();
        event
    }

    fn code_digest(&self, user: &UserId, kind: MethodKind, target: &str, code: &OneTimeCode) -> String {
        let material = format!("{}\n{}\n{target}\n{}", user.as_str(), kind_name(kind), code.expose());
        hex(&self.ports.keyed.digest("register-code", material.as_bytes()))
    }
}

fn kind_name(kind: MethodKind) -> &'static str {
    match kind {
        MethodKind::Email => "email",
        MethodKind::Sms => "mobile",
        MethodKind::Voice => "voice",
        MethodKind::Questions => "questions",
        MethodKind::Authenticator => "authenticator",
        MethodKind::Passkey => "passkey",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::registration::{Source, method_count, reset_targets};
    use crate::model::settings::OrgSettings;
    use crate::model::user::Role;
    use crate::testing::FakeWorld;

    async fn adele(roles: &[Role]) -> (FakeWorld, User) {
        let world = FakeWorld::new();
        let user = world.add_adele("velvet-otter-compass-17", roles).await;
        (world, user)
    }

    #[tokio::test]
    async fn targets_follow_the_allowed_kinds_without_repeats() {
        let (_world, mut user) = adele(&[]).await;
        let mut settings = OrgSettings::default();
        settings.reset.directory_contacts_count = true;
        user.registration.email = Some(user.emails[0].clone());
        user.registration.mobile = Some(E164::parse("+14255550199").unwrap());
        let kinds: Vec<_> = reset_targets(&user, &settings).into_iter().map(|(k, _, s)| (k, s)).collect();
        assert_eq!(
            kinds,
            vec![
                (MethodKind::Email, Source::Directory),
                (MethodKind::Sms, Source::Directory),
                (MethodKind::Sms, Source::User)
            ]
        );
        settings.registration.methods_allowed = [MethodKind::Sms].into();
        assert!(reset_targets(&user, &settings).iter().all(|(k, _, _)| *k == MethodKind::Sms));
    }

    #[tokio::test]
    async fn directory_contacts_count_only_where_the_policy_says_so() {
        let (_world, mut user) = adele(&[]).await;
        let mut settings = OrgSettings::default();
        assert!(!settings.reset.directory_contacts_count, "off by default");
        assert!(reset_targets(&user, &settings).is_empty(), "an admin's contacts are not methods");
        assert_eq!(status(&user, &settings, Utc::now()).0, Status::Incomplete);
        user.registration.mobile = Some(E164::parse("+14255550199").unwrap());
        let own: Vec<_> = reset_targets(&user, &settings).into_iter().map(|(k, _, s)| (k, s)).collect();
        assert_eq!(own, vec![(MethodKind::Sms, Source::User)], "the user's own still count");
        settings.reset.directory_contacts_count = true;
        assert_eq!(method_count(&user, &settings), 3);
    }

    #[tokio::test]
    async fn a_pending_address_is_not_a_method() {
        let (_world, mut user) = adele(&[]).await;
        user.emails.clear();
        user.phones.clear();
        user.registration.pending = Some(PendingProof {
            kind: MethodKind::Email,
            target: "adele@home.example".into(),
            code_digest: "00".into(),
            expires_at: Utc::now() + Duration::minutes(10),
            attempts_left: 5,
        });
        let settings = OrgSettings::default();
        assert!(reset_targets(&user, &settings).is_empty());
        assert_eq!(status(&user, &settings, Utc::now()).0, Status::Incomplete);
    }

    #[tokio::test]
    async fn admins_need_two_methods_and_are_always_in_scope() {
        let (_world, mut user) = adele(&[Role::Admin]).await;
        let mut settings = OrgSettings::default();
        settings.reset.directory_contacts_count = true;
        settings.registration.scope = crate::model::settings::Scope::None;
        assert!(in_scope(&user, &settings));
        assert_eq!(required_methods(&user, &settings), 2);
        user.phones.clear();
        assert_eq!(status(&user, &settings, Utc::now()).0, Status::Incomplete);
    }

    #[tokio::test]
    async fn confirmation_falls_due_after_the_configured_days() {
        let (_world, user) = adele(&[]).await;
        let mut settings = OrgSettings::default();
        settings.reset.directory_contacts_count = true;
        settings.registration.reconfirm_days = 10;
        let (state, due) = status(&user, &settings, user.created_at + Duration::days(9));
        assert_eq!((state, due), (Status::Complete, Some(user.created_at + Duration::days(10))));
        assert_eq!(status(&user, &settings, user.created_at + Duration::days(10)).0, Status::ConfirmDue);
    }

    fn questions_policy(world: &FakeWorld) {
        let mut settings = OrgSettings::default();
        settings.registration.methods_allowed.insert(MethodKind::Questions);
        *world.directory.settings.lock().unwrap() = Some(settings);
    }

    fn answers() -> Vec<(QuestionId, String)> {
        [("q01", "Lisbon"), ("q02", "Rex the Dog"), ("q05", "Volvo")]
            .iter()
            .map(|(q, a)| (QuestionId::parse(q).unwrap(), (*a).to_owned()))
            .collect()
    }

    #[tokio::test]
    async fn admins_cannot_register_questions_and_answers_are_checked() {
        let (world, admin) = adele(&[Role::Admin]).await;
        questions_policy(&world);
        let registrations = Registrations::new(world.ports.clone());
        let meta = RequestMeta::default();
        let err = registrations
            .set_questions(&admin.id, &SessionToken::new(admin.token_version(), "t"), &answers(), &meta)
            .await
            .unwrap_err();
        assert!(matches!(err, Error::MethodNotAllowed), "{err:?}");

        let user = {
            let mut u = admin.clone();
            u.roles.remove(&Role::Admin);
            u.version += 1;
            world.directory.users.lock().unwrap().insert(u.id.clone(), u.clone());
            u
        };
        let two = &answers()[..2];
        let err = registrations
            .set_questions(&user.id, &SessionToken::new(user.token_version(), "t"), two, &meta)
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidInput(ref p) if p.field == "answers"), "{err:?}");
        let mut same = answers();
        same[1].1 = "lisbon".into();
        let err = registrations
            .set_questions(&user.id, &SessionToken::new(user.token_version(), "t"), &same, &meta)
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidInput(ref p) if p.field == "answer"), "{err:?}");
        let mut unknown = answers();
        unknown[0].0 = QuestionId::parse("q99").unwrap();
        let err = registrations
            .set_questions(&user.id, &SessionToken::new(user.token_version(), "t"), &unknown, &meta)
            .await
            .unwrap_err();
        assert!(matches!(err, Error::InvalidInput(ref p) if p.field == "question_id"), "{err:?}");
    }
}
