//! Invitations: how a user gets their first password — or a new one an
//! administrator asked for — that nobody else ever knows.
//!
//! An administrator (or the helpdesk, for plain users) sends a single-use
//! 8-digit code to a contact address the organisation has for the user; it
//! lives [`INVITATION_HOURS`] and is stored only as a keyed digest on the
//! user. The user gives their username, the code and a new password that
//! passes the policy. Tries are counted before each guess is judged, under
//! the name as typed, so an unknown name, a name with no invitation and a
//! wrong code all cost the same and all answer `invitation_invalid`.

use chrono::{DateTime, Duration, Utc};
use subtle::ConstantTimeEq;

use crate::access::limits;
use crate::accounts::Accounts;
use crate::admin::Admin;
use crate::messaging::codes;
use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::clients::Caller;
use crate::model::directory::{DirectoryChange, Written};
use crate::model::error::Error;
use crate::model::roles::{self, Permission};
use crate::model::settings::OrgSettings;
use crate::model::tries::{BlockRule, Limit};
use crate::model::user::{INVITATION_HOURS, INVITATION_TRIES, Invitation, User};
use crate::model::values::{Email, OneTimeCode, ParseError, Password, PasswordHash, UserId, Username, hex};
use crate::passwords::writeback;
use crate::ports::Ports;

const DIGITS: u8 = 8;

/// What the administrator is told of an invitation sent.
#[derive(Debug, Clone)]
pub struct Sent {
    pub to: Email,
    pub expires_at: DateTime<Utc>,
}

fn digest(ports: &Ports, user: &UserId, code: &OneTimeCode) -> String {
    let material = format!("{}\n{}", user.as_str(), code.expose());
    hex(&ports.keyed.digest("invitation", material.as_bytes()))
}

/// The tries at the invitation to one name (counted whether or not it is
/// anyone's): per source address, so that strangers failing from elsewhere
/// never spend the tries of the person holding the emailed code, and for the
/// name as a whole at `account_factor` times that, which bounds a guesser
/// spread over many addresses (50 tries at an 8-digit code: one chance in
/// two million). Each invitation has counters of its own (keyed by when it
/// runs out): sending a new one starts afresh.
fn tries(
    ports: &Ports,
    settings: &OrgSettings,
    name: &str,
    invitation: Option<&Invitation>,
    source: &str,
) -> [Limit; 2] {
    let which = invitation.map(|i| i.expires_at.timestamp_micros().to_string()).unwrap_or_default();
    let factor = settings.anti_automation.account_factor.max(1);
    let limit = |key: String, max: u32| Limit {
        key,
        max,
        window: Duration::hours(INVITATION_HOURS),
        block: BlockRule::fixed(Duration::hours(INVITATION_HOURS)),
    };
    [
        limit(limits::key(ports, &["invitation", name, &which, source]), INVITATION_TRIES),
        limit(limits::key(ports, &["invitation", name, &which]), INVITATION_TRIES.saturating_mul(factor)),
    ]
}

/// Draws a new invitation for `user` to `to` (replacing any earlier one) and
/// the code to send.
pub(crate) fn draw(ports: &Ports, user: &User, to: Email, now: DateTime<Utc>) -> (Invitation, OneTimeCode) {
    let code = codes::new_code(ports.random.as_ref(), DIGITS);
    let invitation = Invitation {
        code_digest: digest(ports, &user.id, &code),
        sent_to: to,
        expires_at: now + Duration::hours(INVITATION_HOURS),
    };
    (invitation, code)
}

/// Emails the invitation's code; Latchkey keeps only its digest.
pub(crate) async fn send(
    ports: &Ports,
    settings: &OrgSettings,
    user: &User,
    invitation: &Invitation,
    code: &OneTimeCode,
) -> Result<(), Error> {
    use crate::messaging::words::{self, Args, say};
    let lang = words::of(user, settings);
    let own = |id: &str, args: &Args| words::say_for(settings, lang, id, args);
    let args = Args::new()
        .text("org", settings.name.as_str())
        .text("code", code.expose())
        .date("until", invitation.expires_at);
    let choice = own("invitation-choice", &args);
    let quoted = say(lang, "validation-unnamed", &Args::new().text("name", choice.as_str()));
    let text = [
        own("invitation-intro", &args),
        own(
            "invitation-steps",
            &args.clone().text("choice", quoted).text("username", user.username.as_str()),
        ),
        words::sentences(lang, &[&own("invitation-until", &args), &own("invitation-unexpected", &args)]),
    ]
    .join("\n\n");
    let bold = |words: &str| format!("<b>{}</b>", codes::escape_html(words));
    // The HTML's own words are escaped; the bold name and username go in as markup.
    let steps = own(
        "invitation-html-steps",
        &args.clone().text("choice", bold(&choice)).text("username", bold(user.username.as_str())),
    );
    let html = format!(
        "<!doctype html><html lang=\"{tag}\" dir=\"{dir}\"><body style=\"font-family:sans-serif\"><h2>{org}</h2><p>{lead}</p>\
         <p>{steps}</p><p style=\"font-size:28px;letter-spacing:4px\" dir=\"ltr\"><b>{code}</b></p><p>{until}</p></body></html>",
        tag = lang.tag(),
        dir = if lang.rtl() { "rtl" } else { "ltr" },
        org = codes::escape_html(&settings.name),
        lead = codes::escape_html(&own("invitation-html-lead", &args)),
        code = code.expose(),
        until = codes::escape_html(&own("invitation-until", &args)),
    );
    let message = crate::ports::EmailMessage {
        to: invitation.sent_to.clone(),
        subject: own("invitation-subject", &args),
        text,
        html,
    };
    ports.email.send_email(&message).await?;
    Ok(())
}

impl Admin {
    /// Sends `target` an invitation to set a password, to `to` (one of the
    /// emails the organisation has for them; the first when `None`). An
    /// earlier invitation stops working; a current password keeps working
    /// until the invitation is used.
    pub async fn invite(
        &self,
        caller: &Caller,
        target: &UserId,
        to: Option<Email>,
        meta: &RequestMeta,
    ) -> Result<Sent, Error> {
        let me = self.acting(caller, crate::model::roles::Permission::Invite).await?;
        self.invite_as(&me, target, to, meta).await
    }

    /// [`Admin::invite`] for an operator already signed in (an import that
    /// invites the users it creates).
    pub(crate) async fn invite_as(
        &self,
        me: &User,
        target: &UserId,
        to: Option<Email>,
        meta: &RequestMeta,
    ) -> Result<Sent, Error> {
        let settings = self.ports.directory.settings().await?;
        let now = self.ports.clock.now();
        let (user, invitation, code) = crate::on_contention!({
            let mut user = self.ports.directory.user(target).await?.ok_or(Error::UserNotFound)?;
            roles::require_on(me, Permission::Invite, &user)?;
            if !user.enabled {
                return Err(Error::AccountDisabled);
            }
            let to = contact(&user, to.clone())?;
            let (invitation, code) = draw(&self.ports, &user, to, now);
            user.invitation = Some(invitation.clone());
            user.version += 1;
            let event = AuditEvent::about(
                self.ports.stamp(),
                Some(&me.id),
                &user,
                (Action::InvitationSent, Outcome::Success),
                "email",
                meta,
            );
            self.ports.directory.update_user(&user, &[event]).await?;
            Ok::<_, Error>((user, invitation, code))
        })?;
        // A fresh invitation gets fresh tries: its counters are its own (`tries`).
        send(&self.ports, &settings, &user, &invitation, &code).await?;
        Ok(Sent { to: invitation.sent_to, expires_at: invitation.expires_at })
    }
}

/// The address an invitation goes to: one the organisation has for the user.
pub(crate) fn contact(user: &User, to: Option<Email>) -> Result<Email, Error> {
    match to {
        Some(to) if user.emails.contains(&to) => Ok(to),
        Some(_) => Err(Error::InvalidInput(ParseError::new(
            "email",
            "is not one of the user's email addresses (add it to the user first)",
        ))),
        None => user.emails.first().cloned().ok_or_else(|| {
            Error::InvalidInput(ParseError::new("email", "the user has no email address to invite them at"))
        }),
    }
}

impl Accounts {
    /// Sets the password of `username` with an invitation's code. Every
    /// refusal of the code or the name (blocked tries included) answers
    /// `InvitationInvalid`; only a password the policy refuses, the route's
    /// per-address admission limit and a dependency that is down answer otherwise.
    pub async fn accept_invitation(
        &self,
        username: &str,
        code: &str,
        new: &Password,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let ports = self.ports();
        let settings = ports.directory.settings().await?;
        limits::admit(ports, &settings, "invitation", meta.client_ip.as_deref()).await?;
        let name = limits::counted_name(username);
        let user = match Username::parse(username) {
            Ok(parsed) => ports.directory.user_by_username(&parsed).await?,
            Err(_) => None,
        };
        if user.is_none() {
            // The second read a real name costs.
            ports.directory.user(&UserId::new("decoy")).await?;
        }
        let now = ports.clock.now();
        let source = limits::source(meta.client_ip.as_deref());
        let counted =
            tries(ports, &settings, &name, user.as_ref().and_then(|u| u.invitation.as_ref()), source);
        if let limits::Charge::Blocked { .. } = limits::take(ports, &counted, now).await? {
            return Err(Error::InvitationInvalid);
        }
        let guess = OneTimeCode::parse(code);
        let Some(mut user) = user.filter(|u| u.enabled) else {
            // Recorded like a wrong code, so that no name costs less.
            let event = AuditEvent::named(
                ports.stamp(),
                None,
                (Action::InvitationAccepted, Outcome::Failure),
                &name,
                "no_invitation",
                meta,
            );
            ports.audit.record(&event).await?;
            return Err(Error::InvitationInvalid);
        };
        let matches = match (&user.invitation, &guess) {
            (Some(invitation), Some(guess)) => {
                invitation.expires_at > now
                    && bool::from(
                        invitation.code_digest.as_bytes().ct_eq(digest(ports, &user.id, guess).as_bytes()),
                    )
            }
            _ => false,
        };
        if !matches {
            let event = AuditEvent::about(
                ports.stamp(),
                None,
                &user,
                (Action::InvitationAccepted, Outcome::Failure),
                "code_invalid",
                meta,
            );
            ports.audit.record(&event).await?;
            return Err(Error::InvitationInvalid);
        }
        let reasons = crate::passwords::policy::reasons_for(ports, None, &user, new, &settings, meta).await?;
        if !reasons.is_empty() {
            // The right code: a weak password does not use up a try.
            limits::release(ports, &counted).await?;
            return Err(Error::PasswordRejected(reasons));
        }
        let hash = ports.hasher.hash(new).await?;
        let written = self.write_invitation_back(&user, new, &hash, &counted, meta).await?;
        Written::record_any(Some(&written), &mut user, true);
        user.replace_password(hash, now);
        user.invitation = None;
        user.revoke_sessions();
        user.version += 1;
        let event = AuditEvent::about(
            ports.stamp(),
            None,
            &user,
            (Action::InvitationAccepted, Outcome::Success),
            format!("email{}", writeback::via(&written)),
            meta,
        );
        // Lost a race (another acceptance, a new invitation): try again from the start.
        ports.directory.update_user(&user, &[event]).await?;
        limits::clear(ports, &counted).await?;
        let notice = crate::messaging::notices::Notice::new("notice-password-set");
        crate::messaging::notices::tell(ports, &settings, &user, &notice, now).await;
        Ok(())
    }

    /// A synced user's password lives in the directory: it goes there
    /// first, and Latchkey records it only once the directory confirmed. A
    /// refusal or an outage there is audited and uses up no try (the code
    /// was right): the invitation stays, for another password or a later try.
    async fn write_invitation_back(
        &self,
        user: &User,
        new: &Password,
        hash: &PasswordHash,
        counted: &[Limit],
        meta: &RequestMeta,
    ) -> Result<Option<Written>, Error> {
        let ports = self.ports();
        let change =
            DirectoryChange::Password { username: &user.username, password: new, hash, must_change: false };
        match writeback::write_back(ports, user, change, Action::InvitationAccepted).await {
            Ok(written) => Ok(written),
            Err(err) => {
                limits::release(ports, counted).await?;
                let event = AuditEvent::about(
                    ports.stamp(),
                    None,
                    user,
                    (Action::InvitationAccepted, Outcome::Failure),
                    writeback::failure_reason(&err),
                    meta,
                );
                ports.audit.record(&event).await?;
                Err(err)
            }
        }
    }
}
