//! Branding (the name, logo and contact users see) and the reset limits an
//! administrator may tighten: code length and lifetime, tries, sends and
//! blocks — never looser than the built-in floors — and the decoy email
//! domain.

use serde::{Deserialize, Serialize};

use crate::admin::Admin;
use crate::model::audit::RequestMeta;
use crate::model::clients::Caller;
use crate::model::error::Error;
use crate::model::language::Language;
use crate::model::settings::OrgSettings;
use crate::model::user::SessionToken;
use crate::model::values::{Email, ParseError, UserId};

/// What users see of the organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Branding {
    pub company_name: String,
    /// An `https://` image URL.
    pub logo_url: Option<String>,
    /// Where "contact your administrator" points: an `https://` page or an email address.
    pub contact: Option<String>,
    /// The organisation's language (`OrgSettings::default_language`): always
    /// given when read; `None` in a change keeps the current one, so a
    /// client that does not know of it cannot reset it by saving the rest.
    pub default_language: Option<Language>,
}

impl Branding {
    pub fn of(settings: &OrgSettings) -> Self {
        Self {
            company_name: settings.name.clone(),
            logo_url: settings.logo_url.clone(),
            contact: settings.contact_url.clone(),
            default_language: Some(settings.default_language),
        }
    }

    pub fn apply(&self, settings: &mut OrgSettings) -> Result<(), ParseError> {
        let name = crate::admin::people::parse_name(&self.company_name, "company_name", false)?;
        if name.chars().count() > 80 {
            return Err(ParseError::new("company_name", "must be at most 80 characters"));
        }
        let logo = self.logo_url.as_deref().map(str::trim).filter(|u| !u.is_empty());
        let logo = logo.map(|u| https_url(u, "logo_url")).transpose()?;
        let contact = self.contact.as_deref().map(str::trim).filter(|c| !c.is_empty());
        let contact = contact.map(contact_link).transpose()?;
        settings.name = name;
        settings.logo_url = logo;
        settings.contact_url = contact;
        if let Some(language) = self.default_language {
            settings.default_language = language;
        }
        Ok(())
    }
}

/// An absolute `https://` URL with a host, no spaces, quotes or angle
/// brackets (it ends up in pages and emails), at most 2,048 characters.
fn https_url(raw: &str, field: &'static str) -> Result<String, ParseError> {
    let bad =
        || ParseError::new(field, "must be an https:// address, such as https://contoso.example/logo.png");
    let rest = raw.strip_prefix("https://").ok_or_else(bad)?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let forbidden =
        |c: char| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`');
    if raw.len() > 2048
        || host.is_empty()
        || host.starts_with('.')
        || raw.chars().any(forbidden)
        || host.contains('@')
    {
        return Err(bad());
    }
    Ok(raw.to_owned())
}

/// A contact: an https page, or an email address (kept as `mailto:`).
fn contact_link(raw: &str) -> Result<String, ParseError> {
    if raw.starts_with("https://") {
        return https_url(raw, "contact");
    }
    let address = raw.strip_prefix("mailto:").unwrap_or(raw);
    Email::parse(address)
        .map(|email| format!("mailto:{}", email.as_str()))
        .map_err(|_| ParseError::new("contact", "must be an https:// page or an email address"))
}

/// The reset limits an administrator may set, each only within its bounds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResetLimits {
    pub code_digits: u8,
    pub code_lifetime_seconds: u64,
    pub flow_lifetime_seconds: u64,
    pub code_attempts: u8,
    pub sends_per_flow: u8,
    pub failed_proofs_per_day: u8,
    pub phone_sends_per_hour: u8,
    pub emails_per_ten_minutes: u8,
    pub block_hours: u32,
    pub decoy_email_domain: String,
}

/// `(field, lowest, highest)`: the bounds, the policy's floors (codes of 6–8
/// digits valid at most 10 minutes, 5 wrong tries, flows of at most 15
/// minutes, Entra's throttles with a block of at least 24 hours).
pub const BOUNDS: [(&str, u64, u64); 9] = [
    ("code_digits", 6, 8),
    ("code_lifetime_seconds", 60, 600),
    ("flow_lifetime_seconds", 120, 900),
    ("code_attempts", 1, 5),
    ("sends_per_flow", 1, 5),
    ("failed_proofs_per_day", 1, 5),
    ("phone_sends_per_hour", 1, 5),
    ("emails_per_ten_minutes", 1, 10),
    ("block_hours", 24, 168),
];

impl ResetLimits {
    pub fn of(settings: &OrgSettings) -> Self {
        let r = &settings.reset;
        Self {
            code_digits: r.code_digits,
            code_lifetime_seconds: r.code_lifetime_seconds,
            flow_lifetime_seconds: r.flow_lifetime_seconds,
            code_attempts: r.code_attempts,
            sends_per_flow: r.sends_per_flow,
            failed_proofs_per_day: r.failed_proofs_per_day,
            phone_sends_per_hour: r.phone_sends_per_hour,
            emails_per_ten_minutes: r.emails_per_ten_minutes,
            block_hours: r.block_hours,
            decoy_email_domain: r.decoy_email_domain.clone(),
        }
    }

    fn values(&self) -> [u64; 9] {
        [
            u64::from(self.code_digits),
            self.code_lifetime_seconds,
            self.flow_lifetime_seconds,
            u64::from(self.code_attempts),
            u64::from(self.sends_per_flow),
            u64::from(self.failed_proofs_per_day),
            u64::from(self.phone_sends_per_hour),
            u64::from(self.emails_per_ten_minutes),
            u64::from(self.block_hours),
        ]
    }

    pub fn apply(&self, settings: &mut OrgSettings) -> Result<(), ParseError> {
        for ((field, low, high), value) in BOUNDS.iter().zip(self.values()) {
            if !(*low..=*high).contains(&value) {
                return Err(ParseError::new(field, format!("must be between {low} and {high}")));
            }
        }
        if self.flow_lifetime_seconds < self.code_lifetime_seconds {
            return Err(ParseError::new("flow_lifetime_seconds", "must be at least code_lifetime_seconds"));
        }
        let domain = self.decoy_email_domain.trim().to_lowercase();
        if domain.len() > 253
            || domain.starts_with('.')
            || Email::parse(&format!("someone@{domain}")).is_err()
        {
            return Err(ParseError::new(
                "decoy_email_domain",
                "must be an email domain, such as outlook.com",
            ));
        }
        let r = &mut settings.reset;
        r.code_digits = self.code_digits;
        r.code_lifetime_seconds = self.code_lifetime_seconds;
        r.flow_lifetime_seconds = self.flow_lifetime_seconds;
        r.code_attempts = self.code_attempts;
        r.sends_per_flow = self.sends_per_flow;
        r.failed_proofs_per_day = self.failed_proofs_per_day;
        r.phone_sends_per_hour = self.phone_sends_per_hour;
        r.emails_per_ten_minutes = self.emails_per_ten_minutes;
        r.block_hours = self.block_hours;
        r.decoy_email_domain = domain;
        Ok(())
    }
}

impl Admin {
    pub async fn branding(&self, caller: &Caller) -> Result<Branding, Error> {
        self.settings_reader(caller).await?;
        Ok(Branding::of(&self.ports.directory.settings().await?))
    }

    /// Saves the branding (audited, versioned); bad values change nothing.
    pub async fn set_branding(
        &self,
        id: &UserId,
        token: &SessionToken,
        branding: &Branding,
        meta: &RequestMeta,
    ) -> Result<Branding, Error> {
        let admin = self.admin(id, token).await?;
        crate::on_contention!({
            let (current, next) = self.settings_with(|s| branding.apply(s)).await?;
            let saved = Branding::of(&next);
            let reason = format!(
                "branding; logo {}; contact {}; default language {}",
                if saved.logo_url.is_some() { "set" } else { "none" },
                saved.contact.as_deref().unwrap_or("none"),
                next.default_language,
            );
            if self.save(&admin, meta, &current, next, reason).await? {
                Ok(saved)
            } else {
                Err(Error::Contention)
            }
        })
    }

    pub async fn reset_limits(&self, caller: &Caller) -> Result<ResetLimits, Error> {
        self.settings_reader(caller).await?;
        Ok(ResetLimits::of(&self.ports.directory.settings().await?))
    }

    /// Saves the reset limits (audited with every figure, versioned).
    pub async fn set_reset_limits(
        &self,
        id: &UserId,
        token: &SessionToken,
        limits: &ResetLimits,
        meta: &RequestMeta,
    ) -> Result<ResetLimits, Error> {
        let admin = self.admin(id, token).await?;
        crate::on_contention!({
            let (current, next) = self.settings_with(|s| limits.apply(s)).await?;
            let saved = ResetLimits::of(&next);
            let figures: Vec<String> = BOUNDS
                .iter()
                .zip(saved.values())
                .map(|((field, ..), value)| format!("{field} {value}"))
                .collect();
            let reason =
                format!("reset limits; {}; decoy domain {}", figures.join(", "), saved.decoy_email_domain);
            if self.save(&admin, meta, &current, next, reason).await? {
                Ok(saved)
            } else {
                Err(Error::Contention)
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn branding_takes_https_and_email_contacts_and_refuses_the_rest() {
        let mut settings = OrgSettings::default();
        let ok = Branding {
            company_name: " Contoso ".into(),
            logo_url: Some("https://contoso.example/logo.png".into()),
            contact: Some("helpdesk@contoso.example".into()),
            default_language: None,
        };
        ok.apply(&mut settings).unwrap();
        assert_eq!(settings.name, "Contoso");
        assert_eq!(settings.contact_url.as_deref(), Some("mailto:helpdesk@contoso.example"));
        for (logo, contact, field) in [
            (Some("http://contoso.example/logo.png"), None, "logo_url"),
            (Some("javascript:alert(1)"), None, "logo_url"),
            (Some("https://"), None, "logo_url"),
            (Some("https://x.example/a\"onload=\"x"), None, "logo_url"),
            (None, Some("ftp://contoso.example"), "contact"),
            (None, Some("not a contact"), "contact"),
        ] {
            let bad = Branding {
                company_name: "Contoso".into(),
                logo_url: logo.map(Into::into),
                contact: contact.map(Into::into),
                default_language: None,
            };
            assert_eq!(
                bad.apply(&mut OrgSettings::default()).unwrap_err().field,
                field,
                "{logo:?} {contact:?}"
            );
        }
    }

    #[test]
    fn branding_sets_the_default_language_only_when_it_names_one() {
        let mut settings = OrgSettings::default();
        let mut branding = Branding::of(&settings);
        assert_eq!(branding.default_language, Some(Language::En));
        branding.default_language = Some(Language::Ja);
        branding.apply(&mut settings).unwrap();
        assert_eq!(settings.default_language, Language::Ja);
        // A save that leaves it out (an older console) keeps it.
        Branding { default_language: None, ..branding }.apply(&mut settings).unwrap();
        assert_eq!(settings.default_language, Language::Ja);
        assert_eq!(Branding::of(&settings).default_language, Some(Language::Ja));
    }

    #[test]
    fn reset_limits_never_go_below_the_policy_floors() {
        let defaults = ResetLimits::of(&OrgSettings::default());
        let mut settings = OrgSettings::default();
        defaults.apply(&mut settings).unwrap();
        let tighter =
            ResetLimits { code_attempts: 3, code_lifetime_seconds: 300, block_hours: 48, ..defaults.clone() };
        tighter.apply(&mut settings).unwrap();
        assert_eq!((settings.reset.code_attempts, settings.reset.block_hours), (3, 48));
        for (looser, field) in [
            (ResetLimits { code_digits: 4, ..defaults.clone() }, "code_digits"),
            (ResetLimits { code_lifetime_seconds: 3600, ..defaults.clone() }, "code_lifetime_seconds"),
            (ResetLimits { code_attempts: 10, ..defaults.clone() }, "code_attempts"),
            (ResetLimits { block_hours: 1, ..defaults.clone() }, "block_hours"),
            (ResetLimits { emails_per_ten_minutes: 50, ..defaults.clone() }, "emails_per_ten_minutes"),
            (
                ResetLimits { flow_lifetime_seconds: 120, code_lifetime_seconds: 600, ..defaults.clone() },
                "flow_lifetime_seconds",
            ),
            (
                ResetLimits { decoy_email_domain: "not a domain".into(), ..defaults.clone() },
                "decoy_email_domain",
            ),
        ] {
            assert_eq!(looser.apply(&mut OrgSettings::default()).unwrap_err().field, field);
        }
    }
}
