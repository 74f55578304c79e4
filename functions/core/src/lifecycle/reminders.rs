//! Password expiry reminders: on the days before the expiry the
//! organisation chose (default 14, 7, 3 and 1), by email (and text message
//! if chosen), in the user's language, with a link to the change page. The
//! reminder is marked on the user (in a version-guarded write) before it is
//! sent, so no reminder goes out twice; a new password has a new expiry and
//! starts afresh. A synced user's expiry is the directory's where it is sooner.

use chrono::{DateTime, Utc};

use super::Links;
use crate::messaging::words::{self, Args};
use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::error::{Error, PortError};
use crate::model::settings::OrgSettings;
use crate::model::user::{ExpiryReminded, User};
use crate::ports::Ports;

/// Whole days from `now` until `expires_at`, counting a part day as one.
fn days_left(expires_at: DateTime<Utc>, now: DateTime<Utc>) -> i64 {
    let seconds = (expires_at - now).num_seconds();
    (seconds + 86_399) / 86_400
}

/// The reminder `user` is due at `now`, if any: the nearest chosen day at or
/// above the days left, unless that one (or a nearer one) was sent already
/// for this expiry. A missed day is made up for by the next pass (a reminder
/// seven days before, sent at five, says five).
pub fn due_reminder(
    user: &User,
    settings: &OrgSettings,
    now: DateTime<Utc>,
) -> Option<(DateTime<Utc>, u16, i64)> {
    if !user.enabled {
        return None;
    }
    let expires_at = user.password_expires_at(settings)?;
    if expires_at <= now {
        // Expired already: the next sign-in asks for a change.
        return None;
    }
    let left = days_left(expires_at, now);
    let due =
        settings.password.expiry_reminders.days.iter().copied().filter(|d| i64::from(*d) >= left).min()?;
    let sent = user.expiry_reminded.as_ref().is_some_and(|r| r.expires_at == expires_at && r.days <= due);
    (!sent).then_some((expires_at, due, left))
}

/// Reminds `user` if a reminder is due; `true` when one went out.
pub(super) async fn remind(
    ports: &Ports,
    user: &User,
    settings: &OrgSettings,
    links: &Links,
    now: DateTime<Utc>,
) -> Result<bool, Error> {
    let Some((expires_at, due, left)) = due_reminder(user, settings, now) else { return Ok(false) };
    let mut marked = user.clone();
    marked.expiry_reminded = Some(ExpiryReminded { expires_at, days: due });
    marked.version += 1;
    let sms = settings.password.expiry_reminders.sms;
    let reason = format!("days:{left},{}", if sms { "email,sms" } else { "email" });
    let event = AuditEvent::about(
        ports.stamp(),
        None,
        &marked,
        (Action::ExpiryReminderSent, Outcome::Success),
        &reason,
        &RequestMeta::default(),
    );
    match ports.directory.update_user(&marked, &[event]).await {
        Ok(()) => {}
        // Changed meanwhile (perhaps its password): the next pass looks again.
        Err(PortError::Conflict { .. }) => return Ok(false),
        Err(err) => return Err(err.into()),
    }
    send(ports, &marked, settings, links, (expires_at, left), sms).await;
    Ok(true)
}

/// The reminder in the user's language, by email and, if chosen, by text.
async fn send(
    ports: &Ports,
    user: &User,
    settings: &OrgSettings,
    links: &Links,
    (expires_at, left): (DateTime<Utc>, i64),
    sms: bool,
) {
    let lang = words::of(user, settings);
    let args =
        Args::new().text("org", settings.name.as_str()).number("days", left).date("expires", expires_at);
    let say = |id: &str, args: &Args| words::say_for(settings, lang, id, args);
    let subject = say("notice-password-expiring-subject", &args);
    let link = links
        .change_password()
        .map(|url| say("notice-change-here", &Args::new().text("url", url)))
        .unwrap_or_default();
    let text = words::sentences(lang, &[&say("notice-password-expiring", &args), &link]);
    let (emails, phones) = crate::messaging::notices::channels(user);
    for email in &emails {
        crate::messaging::notices::send_email(ports, email, subject.clone(), &text, lang).await;
    }
    if sms {
        for phone in &phones {
            if let Err(err) = ports.sms.send_sms(phone, &text).await {
                tracing::warn!(error = %crate::model::error::chain(&err), "an expiry reminder by SMS failed");
            }
        }
    }
}
