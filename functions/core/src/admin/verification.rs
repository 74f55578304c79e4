//! The verified helpdesk reset: before a helpdesk person may reset or unlock
//! a user, Latchkey sends a code to one of the user's own methods; the user
//! reads it out, and only the right code, entered by that same helpdesk
//! person, lets the action through — once, within ten minutes. Someone
//! calling the helpdesk pretending to be the user cannot get past it
//! without the user's phone or mailbox.

use chrono::{DateTime, Duration, Utc};
use subtle::ConstantTimeEq;

use crate::access::limits;
use crate::admin::Admin;
use crate::messaging::codes::{self, Purpose};
use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::error::Error;
use crate::model::methods::MethodKind;
use crate::model::roles::{self, Permission};
use crate::model::settings::OrgSettings;
use crate::model::tries::{BlockRule, Limit};
use crate::model::user::{CHECK_MINUTES, HelpdeskCheck, SessionToken, User};
use crate::model::values::{OneTimeCode, ParseError, UserId, hex};

fn digest(admin: &Admin, user: &UserId, operator: &UserId, code: &OneTimeCode) -> String {
    let material = format!("{}\n{}\n{}", user.as_str(), operator.as_str(), code.expose());
    hex(&admin.ports.keyed.digest("helpdesk-check", material.as_bytes()))
}

/// Codes one helpdesk person sends one user: the reset's figures (10 emails
/// in 10 minutes, 5 texts or calls an hour), on a counter of their own so
/// that neither the helpdesk nor the user spends the other's.
fn sends(admin: &Admin, settings: &OrgSettings, phone: bool, user: &UserId, operator: &UserId) -> Limit {
    let rules = &settings.reset;
    let (what, max, window) = if phone {
        ("helpdesk-phone-sends", u32::from(rules.phone_sends_per_hour), Duration::hours(1))
    } else {
        ("helpdesk-email-sends", u32::from(rules.emails_per_ten_minutes), Duration::minutes(10))
    };
    Limit {
        key: limits::key(&admin.ports, &[what, user.as_str(), operator.as_str()]),
        max: max.max(1),
        window,
        block: BlockRule::fixed(Duration::hours(i64::from(rules.block_hours.max(1)))),
    }
}

/// The code `user`'s method of `kind` would be sent to, if they have one
/// the helpdesk may use (never questions or an authenticator: nothing is sent).
fn destination(user: &User, settings: &OrgSettings, kind: MethodKind) -> Result<String, Error> {
    crate::model::registration::reset_targets(user, settings)
        .into_iter()
        .find(|(k, ..)| {
            *k == kind
                && !matches!(kind, MethodKind::Questions | MethodKind::Authenticator | MethodKind::Passkey)
        })
        .map(|(_, to, _)| to)
        .ok_or_else(|| Error::InvalidInput(ParseError::new("kind", "the user has no method of this kind")))
}

fn tries(admin: &Admin, user: &UserId, operator: &UserId) -> Limit {
    Limit {
        key: limits::key(&admin.ports, &["helpdesk-check", user.as_str(), operator.as_str()]),
        max: 5,
        window: Duration::minutes(CHECK_MINUTES),
        block: BlockRule::fixed(Duration::minutes(CHECK_MINUTES)),
    }
}

/// Whether `operator` must verify `user` before acting: everyone but an
/// administrator does.
pub fn required(operator: &User) -> bool {
    // An API client with `users:reset` acts for a system (a ticketing tool,
    // say) that an administrator trusted with that check when granting it.
    !operator.is_admin() && !crate::model::clients::is_client_actor(&operator.id)
}

/// Takes `operator`'s verified check off `user` (single use); `Forbidden`
/// unless one is there, theirs, and current.
pub(crate) fn consume(user: &mut User, operator: &User, now: DateTime<Utc>) -> Result<bool, Error> {
    if !required(operator) {
        return Ok(false);
    }
    match user.helpdesk_check.take() {
        Some(check) if check.verified && check.operator == operator.id && check.expires_at > now => Ok(true),
        _ => Err(Error::VerificationRequired),
    }
}

impl Admin {
    /// Sends `target` a code on one of their own methods of `kind` (email,
    /// SMS or a call), for the helpdesk person asking to read back.
    pub async fn start_check(
        &self,
        id: &UserId,
        token: &SessionToken,
        target: &UserId,
        kind: MethodKind,
        meta: &RequestMeta,
    ) -> Result<(String, DateTime<Utc>), Error> {
        // The role first: someone who may not reset learns nothing of who exists.
        let me = self.authorized(id, token, Permission::ResetPassword).await?;
        let settings = self.ports.directory.settings().await?;
        let now = self.ports.clock.now();
        let user = self.ports.directory.user(target).await?.ok_or(Error::UserNotFound)?;
        roles::require_on(&me, Permission::ResetPassword, &user)?;
        let to = destination(&user, &settings, kind)?;
        // Charged like every other send, before anything is written: the
        // helpdesk's own limit per user, then (texts and calls) the number's
        // and the organisation's daily telephony caps.
        let phone = matches!(kind, MethodKind::Sms | MethodKind::Voice);
        let limit = sends(self, &settings, phone, &user.id, &me.id);
        limits::take_or_refuse(&self.ports, std::slice::from_ref(&limit), now).await?;
        if phone && let Some(retry_after) = limits::charge_phone(&self.ports, &settings, &to, now).await? {
            return Err(Error::TooManyRequests { retry_after });
        }
        let code = codes::new_code(self.ports.random.as_ref(), 8);
        let (user, to) = crate::on_contention!({
            let mut user = self.ports.directory.user(target).await?.ok_or(Error::UserNotFound)?;
            roles::require_on(&me, Permission::ResetPassword, &user)?;
            let to = destination(&user, &settings, kind)?;
            user.helpdesk_check = Some(HelpdeskCheck {
                operator: me.id.clone(),
                code_digest: digest(self, &user.id, &me.id, &code),
                expires_at: now + Duration::minutes(CHECK_MINUTES),
                verified: false,
            });
            user.version += 1;
            let event = AuditEvent::about(
                self.ports.stamp(),
                Some(&me.id),
                &user,
                (Action::HelpdeskCheck, Outcome::Success),
                "code_sent",
                meta,
            );
            self.ports.directory.update_user(&user, &[event]).await?;
            Ok::<_, Error>((user, to))
        })?;
        limits::clear(&self.ports, &[tries(self, &user.id, &me.id)]).await?;
        let lang = crate::messaging::words::of(&user, &settings);
        codes::send_code(&self.ports, &settings, kind, &to, &code, Purpose::Helpdesk, lang).await?;
        Ok((crate::model::registration::hint(kind, &to), now + Duration::minutes(CHECK_MINUTES)))
    }

    /// Checks the code the user read out; tries are taken first (5 per check).
    pub async fn finish_check(
        &self,
        id: &UserId,
        token: &SessionToken,
        target: &UserId,
        code: &str,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let me = self.authorized(id, token, Permission::ResetPassword).await?;
        let now = self.ports.clock.now();
        let limit = tries(self, target, &me.id);
        if let limits::Charge::Blocked { .. } =
            limits::take(&self.ports, std::slice::from_ref(&limit), now).await?
        {
            return Err(Error::CodeInvalid { attempts_left: 0 });
        }
        let guess = OneTimeCode::parse(code);
        crate::on_contention!({
            let mut user = self.ports.directory.user(target).await?.ok_or(Error::UserNotFound)?;
            roles::require_on(&me, Permission::ResetPassword, &user)?;
            let right = match (&user.helpdesk_check, &guess) {
                (Some(check), Some(guess)) => {
                    check.operator == me.id
                        && check.expires_at > now
                        && bool::from(
                            check
                                .code_digest
                                .as_bytes()
                                .ct_eq(digest(self, &user.id, &me.id, guess).as_bytes()),
                        )
                }
                _ => false,
            };
            let outcome = if right { Outcome::Success } else { Outcome::Failure };
            let reason = if right { "verified" } else { "code_invalid" };
            let event = AuditEvent::about(
                self.ports.stamp(),
                Some(&me.id),
                &user,
                (Action::HelpdeskCheck, outcome),
                reason,
                meta,
            );
            if !right {
                self.ports.audit.record(&event).await?;
                let left = limits::blocked(&self.ports, std::slice::from_ref(&limit), now).await?;
                let used = self.ports.flows.counter(&limit.key).await?.map_or(0, |c| c.tries);
                let attempts_left = if left.is_some() {
                    0
                } else {
                    u8::try_from(limit.max.saturating_sub(used)).unwrap_or(0)
                };
                return Err(Error::CodeInvalid { attempts_left });
            }
            if let Some(check) = user.helpdesk_check.as_mut() {
                check.verified = true;
            }
            user.version += 1;
            Ok::<_, Error>(self.ports.directory.update_user(&user, &[event]).await?)
        })
    }
}
