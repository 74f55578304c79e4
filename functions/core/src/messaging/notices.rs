//! Notices to a user about their own account: a reset, an unlock, a change,
//! a method added or removed. They go to *every* verified channel — the
//! directory's emails and phones and the ones the user registered and proved
//! themselves — so whoever changed something cannot hide it by using the
//! one channel they control. No secret is ever in a notice. A notice is sent
//! after the change is stored: a failure is logged, never returned.

use chrono::{DateTime, Utc};

use crate::messaging::codes::escape_html;
use crate::messaging::words::{self, Args};
use crate::model::language::Language;
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

/// What a notice says: its message (`notice-…`, whose subject is
/// `notice-…-subject`) and the variables it takes beside `$org` and `$when`.
/// Words are chosen per recipient, so one notice to several administrators
/// reaches each in their own language.
#[derive(Debug, Clone)]
pub struct Notice {
    id: &'static str,
    args: Args,
}

impl Notice {
    pub fn new(id: &'static str) -> Self {
        Self { id, args: Args::new() }
    }

    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args = self.args.text(name, value);
        self
    }

    pub fn number(mut self, name: &'static str, value: impl Into<i64>) -> Self {
        self.args = self.args.number(name, value);
        self
    }

    pub fn date(mut self, name: &'static str, value: DateTime<Utc>) -> Self {
        self.args = self.args.date(name, value);
        self
    }

    /// `roles` (as `Role::as_str` names them), each said in the reader's language.
    pub fn roles(mut self, roles: &[&str]) -> Self {
        let ids = roles
            .iter()
            .map(|r| match *r {
                "admin" => "role-admin",
                "helpdesk" => "role-helpdesk",
                _ => "role-reports-reader",
            })
            .collect();
        self.args = self.args.list("roles", ids);
        self
    }

    /// The subject and the text of this notice to someone reading `lang`;
    /// `report`: the owner's "this wasn't me" link, for a security notice.
    pub fn words(
        &self,
        lang: Language,
        settings: &OrgSettings,
        when: DateTime<Utc>,
        report: Option<&str>,
    ) -> (String, String) {
        let args = self.args.clone().text("org", settings.name.as_str()).date("when", when);
        let say = |id: &str, args: &Args| words::say_for(settings, lang, id, args);
        let subject = say(&format!("{}-subject", self.id), &args);
        let contact = settings
            .contact_url
            .as_deref()
            .map(|url| say("notice-contact", &Args::new().text("url", url)))
            .unwrap_or_default();
        let not_you = match report {
            Some(url) => say("notice-report-link", &args.clone().text("url", url)),
            None => say("notice-not-you", &args),
        };
        let text = words::sentences(lang, &[&say(self.id, &args), &not_you, &contact]);
        (subject, text)
    }
}

/// Tells the user, on every channel and in their language, that `notice`
/// happened to their account at `when`.
pub async fn tell(ports: &Ports, settings: &OrgSettings, user: &User, notice: &Notice, when: DateTime<Utc>) {
    let lang = words::of(user, settings);
    // One link for every channel: whichever the owner reads, it works once.
    let report = crate::messaging::report_link::reported_by(notice.id).and_then(|action| {
        ports.links.report(&crate::messaging::report_link::issue(ports, &user.id, action, when))
    });
    let (subject, text) = notice.words(lang, settings, when, report.as_deref());
    let (emails, phones) = channels(user);
    for email in &emails {
        send_email(ports, email, subject.clone(), &text, lang).await;
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
    let notice = Notice::new("notice-contacts-added").text("added", added.join(", "));
    tell(ports, settings, before, &notice, when).await;
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

/// Tells every enabled administrator but `except`, each in their language,
/// that `notice` happened.
pub async fn tell_admins(
    ports: &Ports,
    settings: &OrgSettings,
    except: Option<&UserId>,
    notice: &Notice,
    now: DateTime<Utc>,
) {
    for admin in admins(ports, except).await {
        tell(ports, settings, &admin, notice, now).await;
    }
}

/// Emails one notice (no secret in it), written in `lang`.
pub async fn send_email(ports: &Ports, to: &Email, subject: String, text: &str, lang: Language) {
    let html = format!(
        "<!doctype html><html lang=\"{}\" dir=\"{}\"><body style=\"font-family:sans-serif\"><p>{}</p></body></html>",
        lang.tag(),
        if lang.rtl() { "rtl" } else { "ltr" },
        escape_html(text)
    );
    let message = EmailMessage { to: to.clone(), subject, text: text.to_owned(), html };
    if let Err(err) = ports.email.send_email(&message).await {
        tracing::warn!(error = %crate::model::error::chain(&err), "a notice by email failed");
    }
}
