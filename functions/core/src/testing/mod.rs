//! In-memory fakes of every port, for unit tests only. They keep the ports'
//! contracts (versions, conflicts, atomic events) so the domain's tests mean
//! something; the real adapters are tested end to end against the emulator.

mod audit;
mod breach;
mod clients;
mod crypto;
mod directory;
mod flows;
mod outbox;
mod sessions;
mod system;
#[cfg(feature = "integrations")]
mod webhooks;
mod writeback;

pub use audit::FakeAudit;
pub use breach::FakeBreaches;
pub use clients::FakeClients;
pub use crypto::{FakeHasher, FakeKeyed, FakePasskeys, FakeSealer};
pub use directory::FakeDirectory;
pub use flows::FakeFlows;
pub use outbox::FakeOutbox;
pub use sessions::FakeSessions;
pub use system::{ManualClock, SeqRandom, Spawned};
#[cfg(feature = "integrations")]
pub use webhooks::FakeWebhooks;
pub use writeback::{FakeAgents, FakeWriteback};

use std::sync::Arc;

use chrono::{TimeZone, Utc};

use crate::model::settings::OrgSettings;
use crate::model::user::User;
use crate::model::values::{E164, Password, UserId, Username};
use crate::ports::Ports;

pub struct FakeWorld {
    pub ports: Ports,
    pub agents: Arc<FakeAgents>,
    pub writeback: Arc<FakeWriteback>,
    pub breaches: Arc<FakeBreaches>,
    pub directory: Arc<FakeDirectory>,
    pub flows: Arc<FakeFlows>,
    pub audit: Arc<FakeAudit>,
    pub hasher: Arc<FakeHasher>,
    pub outbox: Arc<FakeOutbox>,
    pub clock: Arc<ManualClock>,
}

impl FakeWorld {
    pub fn new() -> Self {
        let audit = Arc::new(FakeAudit::default());
        let directory = Arc::new(FakeDirectory::new(audit.clone()));
        let flows = Arc::new(FakeFlows::new(directory.clone(), audit.clone()));
        let hasher = Arc::new(FakeHasher::new());
        let outbox = Arc::new(FakeOutbox::default());
        let clock = Arc::new(ManualClock::new());
        let breaches = Arc::new(FakeBreaches::default());
        let writeback = Arc::new(FakeWriteback::default());
        let agents = Arc::new(FakeAgents::new(audit.clone()));
        let ports = Ports {
            breaches: breaches.clone(),
            writeback: writeback.clone(),
            agents: agents.clone(),
            clients: Arc::new(FakeClients::new(audit.clone())),
            #[cfg(feature = "integrations")]
            webhooks: Arc::new(FakeWebhooks::new(audit.clone())),
            jobs: writeback.clone(),
            sessions: Arc::new(FakeSessions::default()),
            directory: directory.clone(),
            flows: flows.clone(),
            keyed: Arc::new(FakeKeyed),
            sealer: Arc::new(FakeSealer),
            audit: audit.clone(),
            hasher: hasher.clone(),
            passkeys: Arc::new(FakePasskeys::default()),
            email: outbox.clone(),
            sms: outbox.clone(),
            voice: outbox.clone(),
            clock: clock.clone(),
            random: Arc::new(SeqRandom::default()),
            background: Arc::new(Spawned),
            links: crate::model::links::Links { portal: Some("https://reset.example.org".into()) },
            #[cfg(feature = "integrations")]
            webhook_reach: crate::model::webhooks::Reach::Public,
        };
        *directory.settings.lock().unwrap() = Some(test_settings());
        Self { ports, agents, writeback, breaches, directory, flows, audit, hasher, outbox, clock }
    }
}

impl FakeWorld {
    /// Creates Adele Vance (`adele`, adele@contoso.example, +14255550101)
    /// with `password` and the user role plus `roles`, through the domain.
    pub async fn add_adele(&self, password: &str, roles: &[crate::model::user::Role]) -> User {
        self.add_person("adele", "Adele", "Vance", password, roles).await
    }

    /// Creates `username` (`<username>@contoso.example`, no phone) as
    /// [`FakeWorld::add_adele`] does.
    pub async fn add_user(&self, username: &str, password: &str, roles: &[crate::model::user::Role]) -> User {
        self.add_person(username, username, "Example", password, roles).await
    }

    async fn add_person(
        &self,
        username: &str,
        first: &str,
        last: &str,
        password: &str,
        roles: &[crate::model::user::Role],
    ) -> User {
        use std::collections::BTreeSet;

        use crate::model::user::{NewUser, Role};
        use crate::model::values::Email;

        let mut role_set = BTreeSet::from([Role::User]);
        role_set.extend(roles.iter().copied());
        let adele = username == "adele";
        let new = NewUser {
            username: Username::parse(username).unwrap(),
            display_name: format!("{first} {last}"),
            first_name: first.into(),
            last_name: last.into(),
            emails: vec![Email::parse(&format!("{username}@contoso.example")).unwrap()],
            phones: if adele { vec![E164::parse("+14255550101").unwrap()] } else { Vec::new() },
            roles: role_set,
            groups: BTreeSet::new(),
            language: None,
        };
        let password = Password::parse(password, "password").unwrap();
        crate::admin::provisioning::Provisioning::new(self.ports.clone())
            .create_user(new, &password, false, None, &crate::model::audit::RequestMeta::default())
            .await
            .unwrap()
    }
}

impl Default for FakeWorld {
    fn default() -> Self {
        Self::new()
    }
}

/// The settings of the fakes: a fresh install's, except that the tests'
/// users reset with the contacts the directory gives them (a fresh install
/// counts only the users' own methods).
pub fn test_settings() -> OrgSettings {
    let mut settings = OrgSettings::default();
    settings.reset.directory_contacts_count = true;
    settings
}

/// A plain enabled user with no password, for pure unit tests.
pub fn sample_user(username: &str) -> User {
    let new = crate::model::user::NewUser {
        username: Username::parse(username).unwrap(),
        display_name: username.to_owned(),
        first_name: String::new(),
        last_name: String::new(),
        emails: Vec::new(),
        phones: Vec::new(),
        roles: std::collections::BTreeSet::from([crate::model::user::Role::User]),
        groups: std::collections::BTreeSet::new(),
        language: None,
    };
    new.into_user(UserId::new(format!("id-{username}")), Utc.timestamp_opt(1_700_000_000, 0).unwrap())
}
