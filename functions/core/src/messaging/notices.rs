//! Notices to a user about their own account: a reset, an unlock, a change,
//! a method added or removed. They go to *every* verified channel — the
//! directory's emails and phones and the ones the user registered and proved
//! themselves — so whoever changed something cannot hide it by using the
//! one channel they control. No secret is ever in a notice. A notice is sent
//! after the change is stored: a failure is logged, never returned.

use chrono::{DateTime, Utc};

use crate::messaging::codes::escape_html;
use crate::model::settings::OrgSettings;
use crate::model::user::User;
use crate::model::values::{E164, Email, UserId};
use crate::ports::{EmailMessage, Ports};

/// The user's verified addresses and numbers, each once.
pub fn channels(user: &User) -> (Vec<Email>, Vec<E164>) {
    let mut emails: Vec<Email> = user.emails.clone();
    if let Some(email) = &user.registration.email
        && !emails.contains(email)
    {
        emails.push(email.clone());
    }
    let mut phones: Vec<E164> = user.phones.clone();
    if let Some(phone) = &user.registration.mobile
        && !phones.contains(phone)
    {
        phones.push(phone.clone());
    }
    (emails, phones)
}

/// Tells the user, on every channel, that `what` happened to their account
/// at `when` ("password was changed", "account was unlocked", …).
pub async fn tell(ports: &Ports, settings: &OrgSettings, user: &User, what: &str, when: DateTime<Utc>) {
    let org = &settings.name;
    let help = settings
        .contact_url
        .as_deref()
        .map(|u| format!(" Contact your administrator: {u}"))
        .unwrap_or_default();
    let text = format!(
        "Your {org} {what} on {}. If this was not you, contact your administrator now.{help}",
        when.format("%Y-%m-%d %H:%M UTC")
    );
    let (emails, phones) = channels(user);
    for email in &emails {
        send_email(ports, email, format!("Your {org} {what}"), &text).await;
    }
    for phone in &phones {
        if let Err(err) = ports.sms.send_sms(phone, &text).await {
            tracing::warn!(error = %crate::model::error::chain(&err), "a notice by SMS failed");
        }
    }
}

/// Tells a user that an administrator or an import added contact details to
/// their account (`before` → `after`), on the channels they had *before*:
/// whoever added an address of their own learns nothing from it, and the
/// user hears of it where they already read. Each addition is named only by
/// its masked hint; nothing is sent when nothing was added.
pub async fn tell_contacts_added(
    ports: &Ports,
    settings: &OrgSettings,
    before: &User,
    after: &User,
    when: DateTime<Utc>,
) {
    let mut added: Vec<String> = after
        .emails
        .iter()
        .filter(|e| !before.emails.contains(e))
        .map(|e| crate::model::methods::mask_email(e.as_str()))
        .collect();
    added.extend(
        after
            .phones
            .iter()
            .filter(|p| !before.phones.contains(p))
            .map(|p| crate::model::methods::mask_phone(p.as_str())),
    );
    if added.is_empty() {
        return;
    }
    let what = format!("contact details were added by your administrator ({})", added.join(", "));
    tell(ports, settings, before, &what, when).await;
}

/// The enabled administrators but `except`: who hears of an event about the
/// organisation's privileged accounts. A failure to list them is logged and
/// tells nobody; the event itself is done by then.
pub async fn admins(ports: &Ports, except: Option<&UserId>) -> Vec<User> {
    match ports.directory.users().await {
        Ok(all) => all.into_iter().filter(|u| u.is_admin() && u.enabled && Some(&u.id) != except).collect(),
        Err(err) => {
            tracing::warn!(error = %crate::model::error::chain(&err), "could not list the administrators to tell");
            Vec::new()
        }
    }
}

/// Tells every enabled administrator but `except` that `what` happened.
pub async fn tell_admins(
    ports: &Ports,
    settings: &OrgSettings,
    except: Option<&UserId>,
    what: &str,
    now: DateTime<Utc>,
) {
    for admin in admins(ports, except).await {
        tell(ports, settings, &admin, what, now).await;
    }
}

/// Emails one notice (no secret in it).
pub async fn send_email(ports: &Ports, to: &Email, subject: String, text: &str) {
    let html = format!(
        "<!doctype html><html><body style=\"font-family:sans-serif\"><p>{}</p></body></html>",
        escape_html(text)
    );
    let message = EmailMessage { to: to.clone(), subject, text: text.to_owned(), html };
    if let Err(err) = ports.email.send_email(&message).await {
        tracing::warn!(error = %crate::model::error::chain(&err), "a notice by email failed");
    }
}
