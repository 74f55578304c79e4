//! A demo organisation for trying Latchkey locally: a few users, one admin,
//! with passwords printed by the run command. Skips users that exist.

use std::collections::BTreeSet;

use latchkey_core::accounts::Accounts;
use latchkey_core::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use latchkey_core::model::methods::MethodKind;
use latchkey_core::model::registration::Authenticator;
use latchkey_core::model::settings::{OrgSettings, RegistrationRules, ResetRules};
use latchkey_core::model::user::{NewUser, Role, User};
use latchkey_core::model::values::{E164, Email, GroupName, ParseError, Password, Username};
use latchkey_core::{Error, PortError};

/// A seeded account, for printing.
#[derive(Debug, Clone)]
pub struct DemoUser {
    pub username: &'static str,
    pub password: &'static str,
    pub role: Role,
    pub created: bool,
    /// The authenticator key (base32) the demo gives this account, if any.
    pub authenticator_key: Option<&'static str>,
}

/// The demo administrator's authenticator key (base32), so the demo can be
/// tried without a phone: add it to an authenticator app, or let
/// `python3 infra/scripts/totp.py <key>` print the current code. A key
/// printed for everyone to read, like the demo passwords: demo use only.
pub const DEMO_AUTHENTICATOR_KEY: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("demo data is invalid")]
    Parse(#[from] ParseError),
    #[error("could not seed the demo organisation")]
    Domain(#[from] Error),
    #[error("could not save the demo settings")]
    Port(#[from] PortError),
}

/// One demo account.
struct Demo {
    username: &'static str,
    password: &'static str,
    first: &'static str,
    last: &'static str,
    /// `""`: the directory gives this person no email and no phone, so they
    /// are sent to registration at their first sign-in.
    phone: &'static str,
    admin: bool,
    /// An administrator set this password: the first sign-in must change it.
    temporary: bool,
}

const USERS: &[Demo] = &[
    Demo {
        username: "admin",
        password: "harbor-lantern-quartz-42",
        first: "Ada",
        last: "Admin",
        phone: "+14255550100",
        admin: true,
        temporary: false,
    },
    Demo {
        username: "adele",
        password: "velvet-otter-compass-17",
        first: "Adele",
        last: "Vance",
        phone: "+14255550101",
        admin: false,
        temporary: false,
    },
    Demo {
        username: "alex",
        password: "maple-rocket-tundra-58",
        first: "Alex",
        last: "Wilber",
        phone: "+14255550102",
        admin: false,
        temporary: false,
    },
    Demo {
        username: "megan",
        password: "cobalt-fig-meadow-93",
        first: "Megan",
        last: "Bowen",
        phone: "+14255550103",
        admin: false,
        temporary: false,
    },
    Demo {
        username: "nestor",
        password: "juniper-harbor-violet-71",
        first: "Nestor",
        last: "Wilke",
        phone: "",
        admin: false,
        temporary: false,
    },
    Demo {
        username: "miriam",
        password: "temporary-pelican-drum-26",
        first: "Miriam",
        last: "Graham",
        phone: "+14255550104",
        admin: false,
        temporary: true,
    },
];

/// Saves the demo organisation's settings (if none yet) and creates the demo users.
pub async fn seed_demo(accounts: &Accounts) -> Result<Vec<DemoUser>, SeedError> {
    let ports = accounts.ports();
    let meta = RequestMeta { client_ip: None, user_agent: Some("latchkey-seed".into()) };
    if ports.directory.settings().await? == OrgSettings::default() {
        let settings = OrgSettings {
            name: "Contoso".into(),
            contact_url: Some("mailto:helpdesk@contoso.example".into()),
            // Decoy flows for unknown names show hints in the org's own domain, like real users'.
            // The demo users reset with the contacts the directory gives them.
            reset: ResetRules {
                decoy_email_domain: "contoso.example".into(),
                directory_contacts_count: true,
                ..ResetRules::default()
            },
            registration: RegistrationRules {
                methods_allowed: [MethodKind::Email, MethodKind::Sms, MethodKind::Questions].into(),
                ..RegistrationRules::default()
            },
            // The first save: none stored yet.
            version: 1,
            ..OrgSettings::default()
        };
        ports.directory.save_settings(&settings, &settings_event(accounts, "demo_seed")).await?;
    }
    let mut seeded = Vec::new();
    for demo in USERS {
        let name = Username::parse(demo.username)?;
        let role = if demo.admin { Role::Admin } else { Role::User };
        let exists = ports.directory.user_by_username(&name).await?.is_some();
        if !exists {
            let mut roles = BTreeSet::from([Role::User]);
            roles.insert(role);
            let new = NewUser {
                username: name,
                display_name: format!("{} {}", demo.first, demo.last),
                first_name: demo.first.into(),
                last_name: demo.last.into(),
                emails: match demo.phone {
                    "" => Vec::new(),
                    _ => vec![Email::parse(&format!("{}@contoso.example", demo.username))?],
                },
                phones: match demo.phone {
                    "" => Vec::new(),
                    phone => vec![E164::parse(phone)?],
                },
                roles,
                groups: BTreeSet::from([GroupName::parse("staff")?]),
                language: None,
            };
            let user = latchkey_core::admin::provisioning::Provisioning::new(accounts.ports().clone())
                .create_user(new, &Password::parse(demo.password, "password")?, demo.temporary, None, &meta)
                .await?;
            if demo.admin {
                register_demo_authenticator(accounts, user, &meta).await?;
            }
        }
        seeded.push(DemoUser {
            username: demo.username,
            password: demo.password,
            role,
            created: !exists,
            authenticator_key: demo.admin.then_some(DEMO_AUTHENTICATOR_KEY),
        });
    }
    Ok(seeded)
}

/// Registers `DEMO_AUTHENTICATOR_KEY` as the user's authenticator, sealed
/// as any other (no recovery codes: the key is printed).
async fn register_demo_authenticator(
    accounts: &Accounts,
    mut user: User,
    meta: &RequestMeta,
) -> Result<(), SeedError> {
    let ports = accounts.ports();
    let key = latchkey_core::accounts::authenticator::from_base32(DEMO_AUTHENTICATOR_KEY).unwrap_or_default();
    let now = ports.clock.now();
    user.registration.authenticator = Some(Authenticator {
        secret: ports.sealer.seal(user.id.as_str(), &key)?,
        registered_at: now,
        last_step: 0,
        recovery_codes: Vec::new(),
    });
    user.version += 1;
    let event = AuditEvent::about(
        ports.stamp(),
        None,
        &user,
        (Action::MethodRegistered, Outcome::Success),
        "authenticator",
        meta,
    );
    ports.directory.update_user(&user, &[event]).await?;
    Ok(())
}

/// Creates `count` users `bench00`, `bench01`, … sharing one password, each
/// with an email (`benchNN@bench.example`) and a mobile number, for load tests
/// that must not funnel every request through one account.
pub async fn seed_bench(accounts: &Accounts, count: usize, password: &str) -> Result<usize, SeedError> {
    let password = Password::parse(password, "password")?;
    let meta = RequestMeta { client_ip: None, user_agent: Some("latchkey-bench".into()) };
    let mut created = 0;
    for n in 0..count {
        let username = Username::parse(&format!("bench{n:02}"))?;
        if accounts.ports().directory.user_by_username(&username).await?.is_some() {
            continue;
        }
        let new = NewUser {
            username,
            display_name: format!("Bench User {n}"),
            first_name: "Bench".into(),
            last_name: format!("User{n}"),
            emails: vec![Email::parse(&format!("bench{n:02}@bench.example"))?],
            phones: vec![E164::parse(&format!("+1425555{n:04}"))?],
            roles: BTreeSet::from([Role::User]),
            groups: BTreeSet::new(),
            language: None,
        };
        latchkey_core::admin::provisioning::Provisioning::new(accounts.ports().clone())
            .create_user(new, &password, false, None, &meta)
            .await?;
        created += 1;
    }
    Ok(created)
}

/// Sets how many requests one source address may make to each anonymous
/// route group per minute. For test stacks driven from one address (the API
/// fuzzing in `infra/schema.sh`), which would otherwise spend most of their
/// requests on `429 too_many_requests` instead of reaching the handlers.
pub async fn set_source_limit(accounts: &Accounts, per_minute: u32) -> Result<(), SeedError> {
    let ports = accounts.ports();
    let mut settings = ports.directory.settings().await?;
    settings.anti_automation.source_requests_per_minute = per_minute;
    settings.version += 1;
    ports.directory.save_settings(&settings, &settings_event(accounts, "source_limit_seed")).await?;
    Ok(())
}

/// The audit event of a settings change made by seeding (no actor, no client).
fn settings_event(accounts: &Accounts, reason: &str) -> AuditEvent {
    let ports = accounts.ports();
    AuditEvent {
        id: ports.random.hex(16),
        at: ports.clock.now(),
        actor: None,
        target: None,
        target_name: None,
        action: Action::SettingsChanged,
        outcome: Outcome::Success,
        reason: Some(reason.into()),
        client_ip: None,
        user_agent: Some("latchkey-seed".into()),
        methods: Vec::new(),
    }
}
