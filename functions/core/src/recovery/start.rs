//! Starting a reset: the real user's methods, or a decoy flow of the same shape for a name that cannot reset.

use crate::access::limits;
use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::directory::DirectoryId;
use crate::model::error::Error;
use crate::model::flow::{FlowMethod, MethodTarget, NewFlow, ResetFlow};
use crate::model::methods::MethodKind;
use crate::model::questions::{self, QuestionId};
use crate::model::registration::RegisteredAnswer;
use crate::model::settings::OrgSettings;
use crate::model::user::{NewUser, Role, User};
use crate::model::values::{E164, Email, ResetId, UserId, Username};
use chrono::Duration;
use std::collections::{BTreeMap, BTreeSet};

use super::*;
use crate::model::methods::MethodId;
use crate::model::methods::OfferedMethod;

impl Resets {
    /// Starts a reset for `username`. Every caller gets a 201-shaped answer:
    /// a real flow for an enabled user with enough registered methods, a
    /// decoy otherwise, built with the same reads and writes.
    #[expect(
        clippy::too_many_lines,
        reason = "real and decoy flows do the same reads and writes in the same order; one function keeps that visible"
    )]
    pub async fn start(
        &self,
        username: &str,
        lang: crate::model::language::Language,
        meta: &RequestMeta,
    ) -> Result<StartedReset, Error> {
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
            Some(u) if u.lockdown.is_some() => (None, "account_locked_down"),
            Some(u) if !crate::model::registration::in_scope(u, &settings) => (None, "out_of_scope"),
            Some(u) => {
                let rule = crate::model::registration::reset_rule(u, &settings);
                if crate::model::registration::reset_possible(u, &settings) {
                    (Some((u, self.real_methods(u, &settings, &rule), rule)), "")
                } else {
                    (None, "not_registered")
                }
            }
        };
        // Both paths read the (cached) shares of administrators and of each
        // directory's users, so that a decoy can be one as often as a real name is.
        let shares = self.admin_share(&settings).await?;
        // A synced user whose directory has no agent alive is told now, not
        // after proving methods for nothing. An unknown name stands in for a
        // user synced from the directory the decoy draws, as often as real
        // users are: so during an outage a name that exists (synced or not)
        // and one that does not answer alike.
        let directory = match &user {
            Some(u) => crate::model::directory::directory_of(u).cloned(),
            None => decoy_directory(&self.ports, &name, &shares),
        };
        if let Err(err) = crate::passwords::writeback::ensure_reachable(&self.ports, directory.as_ref()).await
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
        let (user_id, methods, rule) = match eligible {
            Some((u, methods, rule)) => (Some(u.id.clone()), methods, rule),
            None => {
                let decoy = self.decoy_user(&name, &settings, &shares);
                let rule = crate::model::registration::reset_rule(&decoy, &settings);
                let methods = self
                    .real_methods(&decoy, &settings, &rule)
                    .into_iter()
                    // A decoy never sends: only the question ids stay.
                    .map(|m| FlowMethod {
                        target: m.target.filter(|t| matches!(t, MethodTarget::Questions { .. })),
                        ..m
                    })
                    .collect();
                (None, methods, rule)
            }
        };
        let required = rule.required;
        let mut id_bytes = [0u8; 32];
        self.ports.random.fill(&mut id_bytes);
        let reset_id = ResetId::from_random(id_bytes);
        let expires_at =
            now + Duration::seconds(i64::try_from(settings.reset.flow_lifetime_seconds).unwrap_or(900));
        let flow = ResetFlow::start(NewFlow {
            key: self.flow_key(&reset_id),
            user: user_id,
            target_name: name.clone(),
            methods,
            required,
            authenticator_required: rule.authenticator,
            not_only_email: rule.not_only_email,
            created_at: now,
            expires_at,
        });
        let reason = (!reason.is_empty()).then_some(reason);
        let event = self.event(&flow, Action::ResetStarted, Outcome::Success, reason, meta);
        self.ports.flows.save_reset(&flow, &[event]).await?;
        Ok(StartedReset {
            reset_id,
            expires_at,
            required,
            methods: flow
                .methods()
                .iter()
                .map(|m| OfferedMethod { id: m.id.clone(), kind: m.kind, hint: m.hint.clone() })
                .collect(),
            questions: flow
                .methods()
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
    #[expect(clippy::expect_used, reason = "the literal fallback name is a valid username")]
    pub(super) fn decoy_user(&self, name: &str, settings: &OrgSettings, shares: &Shares) -> User {
        let d = self.ports.keyed.digest("decoy-hints", name.as_bytes());
        let letter = |b: u8| char::from(b'a' + b % 26);
        let first = name.chars().next().filter(char::is_ascii_alphanumeric).unwrap_or(letter(d[0]));
        let domain = settings.reset.decoy_email_domain.trim();
        let email = Email::parse(&format!("{first}@{domain}"))
            .or_else(|_| Email::parse(&format!("{first}@example.com")))
            .ok();
        let phone = format!(
            "+1{:010}",
            u64::from_le_bytes(<[u8; 8]>::try_from(&d[8..16]).unwrap_or_default()) % 10_000_000_000
        );
        let admin = f64::from(d[1]) / 256.0 < shares.admins;
        let mut roles = BTreeSet::from([Role::User]);
        if admin {
            roles.insert(Role::Admin);
        }
        let mut offered: Vec<QuestionId> =
            questions::catalogue(settings, crate::model::language::Language::En)
                .into_iter()
                .map(|(id, _)| id)
                .collect();
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
            language: None,
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
        // A passkey as often as real users hold one; always where the policy
        // offers nothing else, since every real flow there offers one.
        if crate::model::registration::reset_rule(&user, settings).passkey_only
            || f64::from(d[5]) / 256.0 < shares.passkeys
        {
            user.registration.passkeys.push(crate::model::passkeys::Passkey {
                id: String::new(),
                name: String::new(),
                added_at: now,
                last_used_at: None,
                aaguid: None,
                stored: String::new(),
            });
        }
        user
    }

    /// The shares decoys are drawn to match, recounted at most every five
    /// minutes per process.
    pub(super) async fn admin_share(&self, settings: &OrgSettings) -> Result<Shares, Error> {
        let now = self.ports.clock.now();
        if let Some((at, shares)) =
            self.admins.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone()
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
        let passkeys = users.iter().filter(|u| !u.registration.passkeys.is_empty()).count();
        let mut per_directory: BTreeMap<DirectoryId, usize> = BTreeMap::new();
        for directory in users.iter().filter_map(crate::model::directory::directory_of) {
            *per_directory.entry(directory.clone()).or_default() += 1;
        }
        let synced = per_directory.into_iter().map(|(d, n)| (d, share(n, users.len()))).collect();
        let shares = Shares {
            admins: share(admins, users.len()),
            enrolled: share(enrolled, asked.len()),
            passkeys: share(passkeys, users.len()),
            synced,
        };
        *self.admins.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some((now, shares.clone()));
        Ok(shares)
    }

    /// Methods a user may reset with: their proven emails, then mobile numbers,
    /// then security questions (a fresh random few of theirs each flow), of the
    /// kinds the policy allows (only passkeys where `rule` says). A pending
    /// (unproven) address is never one.
    pub(super) fn real_methods(
        &self,
        user: &User,
        settings: &OrgSettings,
        rule: &crate::model::registration::ResetRule,
    ) -> Vec<FlowMethod> {
        crate::model::registration::reset_targets(user, settings)
            .into_iter()
            .filter(|(kind, _, _)| !rule.passkey_only || *kind == MethodKind::Passkey)
            .filter_map(|(kind, target, _)| {
                let (hint, target) = match kind {
                    MethodKind::Questions => {
                        let ids = self.pick_questions(user, settings);
                        (
                            crate::model::registration::hint(
                                kind,
                                &ids.iter().map(QuestionId::as_str).collect::<Vec<_>>().join(","),
                            ),
                            MethodTarget::Questions { ids },
                        )
                    }
                    MethodKind::Authenticator => {
                        (crate::model::registration::hint(kind, ""), MethodTarget::Authenticator)
                    }
                    MethodKind::Passkey => {
                        (crate::model::registration::hint(kind, ""), MethodTarget::Passkey)
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
                id: MethodId::nth(i + 1),
                hint,
                kind,
                target: Some(target),
            })
            .collect()
    }

    /// A random few of the user's registered questions (their ids).
    pub(super) fn pick_questions(&self, user: &User, settings: &OrgSettings) -> Vec<QuestionId> {
        let mut ids: Vec<&QuestionId> =
            crate::model::registration::usable_answers(user, settings).map(|q| &q.question_id).collect();
        let mut picked = Vec::new();
        for _ in 0..crate::model::registration::questions_to_ask(settings) {
            if ids.is_empty() {
                break;
            }
            let mut byte = [0u8; 1];
            self.ports.random.fill(&mut byte);
            picked.push(ids.remove(usize::from(byte[0]) % ids.len()).clone());
        }
        picked
    }
}

/// The directory a decoy for `name` stands in a user of: drawn from the
/// name's keyed digest (the same every time) at each directory's share of
/// the users, or none (a user of Latchkey's own) for the rest.
fn decoy_directory(ports: &Ports, name: &str, shares: &Shares) -> Option<DirectoryId> {
    let d = ports.keyed.digest("decoy-hints", name.as_bytes());
    let draw = (f64::from(d[3]) * 256.0 + f64::from(d[4])) / 65_536.0;
    let mut below = 0.0;
    for (directory, share) in &shares.synced {
        below += share;
        if draw < below {
            return Some(directory.clone());
        }
    }
    None
}
