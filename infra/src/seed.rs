//! A demo organisation for trying Latchkey locally: a few users, one admin,
//! with passwords printed by the run command. Skips users that exist.

use std::collections::BTreeSet;

use latchkey_core::accounts::{Accounts, NewUser};
use latchkey_core::audit::{Action, AuditEvent, Outcome, RequestMeta};
use latchkey_core::settings::OrgSettings;
use latchkey_core::types::{E164, Email, ParseError, Password, Username};
use latchkey_core::user::Role;
use latchkey_core::{Error, PortError};

/// A seeded account, for printing.
#[derive(Debug, Clone)]
pub struct DemoUser {
    pub username: &'static str,
    pub password: &'static str,
    pub role: Role,
    pub created: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("demo data is invalid")]
    Parse(#[from] ParseError),
    #[error("could not seed the demo organisation")]
    Domain(#[from] Error),
    #[error("could not save the demo settings")]
    Port(#[from] PortError),
}

/// (username, password, display name, first, last, email, phone, admin?)
const USERS: &[(&str, &str, &str, &str, &str, &str, &str, bool)] = &[
    ("admin", "harbor-lantern-quartz-42", "Ada Admin", "Ada", "Admin", "admin@contoso.example", "+14255550100", true),
    ("adele", "velvet-otter-compass-17", "Adele Vance", "Adele", "Vance", "adele@contoso.example", "+14255550101", false),
    ("alex", "maple-rocket-tundra-58", "Alex Wilber", "Alex", "Wilber", "alex@contoso.example", "+14255550102", false),
    ("megan", "cobalt-fig-meadow-93", "Megan Bowen", "Megan", "Bowen", "megan@contoso.example", "+14255550103", false),
];

/// Saves the demo organisation's settings (if none yet) and creates the demo users.
pub async fn seed_demo(accounts: &Accounts) -> Result<Vec<DemoUser>, SeedError> {
    let ports = accounts.ports();
    let meta = RequestMeta { client_ip: None, user_agent: Some("latchkey-seed".into()) };
    if ports.directory.settings().await? == OrgSettings::default() {
        let settings = OrgSettings {
            name: "Contoso".into(),
            contact_url: Some("mailto:helpdesk@contoso.example".into()),
            ..OrgSettings::default()
        };
        let event = AuditEvent {
            id: ports.random.hex(16),
            at: ports.clock.now(),
            actor: None,
            target: None,
            target_name: None,
            action: Action::SettingsChanged,
            outcome: Outcome::Success,
            reason: Some("demo_seed".into()),
            client_ip: None,
            user_agent: meta.user_agent.clone(),
        };
        ports.directory.save_settings(&settings, &event).await?;
    }
    let mut seeded = Vec::new();
    for &(username, password, display, first, last, email, phone, admin) in USERS {
        let name = Username::parse(username)?;
        let role = if admin { Role::Admin } else { Role::User };
        let exists = ports.directory.user_by_username(&name).await?.is_some();
        if !exists {
            let mut roles = BTreeSet::from([Role::User]);
            roles.insert(role);
            let new = NewUser {
                username: name,
                display_name: display.into(),
                first_name: first.into(),
                last_name: last.into(),
                emails: vec![Email::parse(email)?],
                phones: vec![E164::parse(phone)?],
                roles,
                groups: BTreeSet::from(["staff".to_string()]),
            };
            accounts.create_user(new, &Password::parse(password, "password")?, false, None, &meta).await?;
        }
        seeded.push(DemoUser { username, password, role, created: !exists });
    }
    Ok(seeded)
}
