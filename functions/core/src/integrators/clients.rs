//! Integrators' API clients (OAuth 2.0 client credentials, RFC 6749 §4.4):
//! administrators create them with a name and scopes, see each secret once,
//! rotate it (the previous one keeps working for [`ROTATION_OVERLAP`]) and
//! revoke them. A secret is stored only as a keyed digest, like the agents'
//! enrolment tokens; the token endpoint counts failed authentications per
//! client address before it judges one.
//!
//! A client acts through [`Caller::Client`]: the routes a client may use
//! take a `Caller`, and [`crate::admin::Admin::acting`] checks the scope the
//! operation needs and that the client still exists (so a revocation ends
//! every token already issued at once), then lets the client act as a
//! stand-in user (`client:<id>` in the audit trail) with the helpdesk's
//! reach: never on a user who holds a privileged role.

use std::collections::BTreeSet;

use chrono::Duration;
use secrecy::{ExposeSecret, SecretString};

use crate::access::limits;
use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::clients::{
    ApiClient, CLIENTS_MAX, Caller, ClientId, ClientSecret, Grant, ID_PREFIX, ROTATION_OVERLAP,
    SECRET_PREFIX, Scope, Scopes, StoredSecret,
};
use crate::model::error::{Error, PortError};
use crate::model::roles::Permission;
use crate::model::tries::{BlockRule, Limit};
use crate::model::user::{SessionToken, User};
use crate::model::values::{ParseError, UserId, hex};
use crate::ports::Ports;

/// Failed client authentications allowed per client address in
/// [`FAILURE_WINDOW`]; the next one is refused for [`FAILURE_BLOCK`].
pub const FAILURES_PER_ADDRESS: u32 = 10;
pub const FAILURE_WINDOW: Duration = Duration::minutes(10);
pub const FAILURE_BLOCK: Duration = Duration::minutes(10);

const DIGEST_PURPOSE: &str = "client-secret";

/// How a client authenticated at the token endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientAuthMethod {
    /// `Authorization: Basic` (RFC 6749 §2.3.1).
    Basic,
    /// `client_id` and `client_secret` in the form body.
    Body,
}

/// Why a token request was refused (RFC 6749 §5.2's cases).
#[derive(Debug, thiserror::Error)]
pub enum TokenRefusal {
    /// Unknown client, wrong or retired secret: the same answer for each.
    #[error("client authentication failed")]
    InvalidClient,
    /// The requested scope is unknown or beyond the client's.
    #[error("the requested scope is invalid or not granted to this client")]
    InvalidScope,
    /// Over the per-address limit of failed authentications.
    #[error("too many failed client authentications")]
    TooManyRequests { retry_after: u64 },
    #[error(transparent)]
    Domain(#[from] Error),
}

impl From<PortError> for TokenRefusal {
    fn from(err: PortError) -> Self {
        TokenRefusal::Domain(err.into())
    }
}

/// The clients' administration and the token endpoint's checks. Cheap to clone.
#[derive(Clone)]
pub struct Clients {
    ports: Ports,
}

impl Clients {
    pub fn new(ports: Ports) -> Self {
        Self { ports }
    }

    /// The caller, if their session is good and they may manage settings
    /// (administrators only).
    async fn administrator(&self, id: &UserId, token: &SessionToken) -> Result<User, Error> {
        crate::access::session::administrator(&self.ports, id, token).await
    }

    fn event(
        &self,
        actor: Option<&UserId>,
        kind: (Action, Outcome),
        client: &str,
        reason: String,
        meta: &RequestMeta,
    ) -> AuditEvent {
        AuditEvent::named(self.ports.stamp(), actor, kind, client, reason, meta)
    }

    /// Every client, by name then id.
    pub async fn list(&self, id: &UserId, token: &SessionToken) -> Result<Vec<ApiClient>, Error> {
        self.administrator(id, token).await?;
        let mut clients = self.ports.clients.clients().await?;
        clients.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
        Ok(clients)
    }

    /// Creates a client; its secret is returned here, once, and stored only
    /// as a keyed digest. Audited (name and scopes, never the secret).
    pub async fn create(
        &self,
        id: &UserId,
        token: &SessionToken,
        name: &str,
        scopes: Scopes,
        meta: &RequestMeta,
    ) -> Result<(ApiClient, ClientSecret), Error> {
        let me = self.administrator(id, token).await?;
        let name = client_name(name)?;
        if self.ports.clients.clients().await?.len() >= CLIENTS_MAX {
            return Err(Error::InvalidInput(ParseError::new(
                "name",
                format!("an organisation may have at most {CLIENTS_MAX} clients: revoke one first"),
            )));
        }
        let now = self.ports.clock.now();
        let secret = ClientSecret::generate(&self.ports);
        let client = ApiClient {
            id: ClientId(format!("{ID_PREFIX}{}", self.ports.random.hex(8))),
            name,
            scopes,
            created_at: now,
            created_by: me.id.clone(),
            last_used_at: None,
            secrets: vec![StoredSecret {
                digest: hex(&secret.digest(&self.ports)),
                created_at: now,
                retires_at: None,
            }],
            version: 1,
        };
        let reason = format!("name:{},scopes:{}", client.name, client.scopes.to_space_separated());
        let event = self.event(
            Some(&me.id),
            (Action::ClientCreated, Outcome::Success),
            client.id.as_str(),
            reason,
            meta,
        );
        self.ports.clients.create_client(&client, &event).await?;
        Ok((client, secret))
    }

    /// A new secret for `client`, returned once; the previous one works for
    /// [`ROTATION_OVERLAP`] more. Audited.
    pub async fn rotate(
        &self,
        id: &UserId,
        token: &SessionToken,
        client: &str,
        meta: &RequestMeta,
    ) -> Result<(ApiClient, ClientSecret), Error> {
        let me = self.administrator(id, token).await?;
        let client_id = ClientId::parse(client).map_err(|_| Error::ClientNotFound)?;
        let secret = ClientSecret::generate(&self.ports);
        let digest = hex(&secret.digest(&self.ports));
        let client = crate::on_contention!({
            let mut client = self.ports.clients.client(&client_id).await?.ok_or(Error::ClientNotFound)?;
            let now = self.ports.clock.now();
            client.rotate(digest.clone(), now, ROTATION_OVERLAP);
            let reason = format!("previous_works_until:{}", (now + ROTATION_OVERLAP).to_rfc3339());
            let event = self.event(
                Some(&me.id),
                (Action::ClientSecretRotated, Outcome::Success),
                client_id.as_str(),
                reason,
                meta,
            );
            self.ports.clients.update_client(&client, &event).await?;
            Ok::<_, Error>(client)
        })?;
        Ok((client, secret))
    }

    /// Revokes `client` at once: its secrets stop working, and so does every
    /// access token it was given (each use reads the client). Audited.
    pub async fn revoke(
        &self,
        id: &UserId,
        token: &SessionToken,
        client: &str,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let me = self.administrator(id, token).await?;
        let client_id = ClientId::parse(client).map_err(|_| Error::ClientNotFound)?;
        let found = self.ports.clients.client(&client_id).await?.ok_or(Error::ClientNotFound)?;
        let reason = format!("name:{}", found.name);
        let event = self.event(
            Some(&me.id),
            (Action::ClientRevoked, Outcome::Success),
            client_id.as_str(),
            reason,
            meta,
        );
        match self.ports.clients.delete_client(&client_id, &event).await {
            Ok(()) => Ok(()),
            Err(PortError::Conflict { .. }) => Err(Error::ClientNotFound),
            Err(err) => Err(err.into()),
        }
    }

    /// The per-address limit on failed client authentications.
    fn failures(&self, source: &str) -> Limit {
        Limit {
            key: limits::key(&self.ports, &["client-auth", source]),
            max: FAILURES_PER_ADDRESS,
            window: FAILURE_WINDOW,
            block: BlockRule::fixed(FAILURE_BLOCK),
        }
    }

    /// Authenticates a client at the token endpoint and decides its grant:
    /// `requested` scopes (all the client's when `None`) must be the
    /// client's. A try is taken from the caller's address before anything
    /// is judged and given back on success; an unknown id reads the store
    /// and compares a digest exactly as a wrong secret does. Failures are
    /// audited (the id as given when it has a client id's shape, never the
    /// secret).
    pub async fn authenticate(
        &self,
        client_id: &str,
        secret: &ClientSecret,
        requested: Option<&str>,
        meta: &RequestMeta,
    ) -> Result<Grant, TokenRefusal> {
        let now = self.ports.clock.now();
        let limit = [self.failures(limits::source(meta.client_ip.as_deref()))];
        let parsed = ClientId::parse(client_id).ok();
        let named = parsed.as_ref().map_or("unknown", ClientId::as_str).to_owned();
        let refuse = |reason: &str, outcome: Outcome| {
            self.event(None, (Action::ClientTokenRefused, outcome), &named, reason.to_owned(), meta)
        };
        if let limits::Charge::Blocked { until, .. } = limits::take(&self.ports, &limit, now).await? {
            self.ports.audit.record(&refuse("too_many_failures", Outcome::Blocked)).await?;
            return Err(TokenRefusal::TooManyRequests { retry_after: limits::retry_after(now, until) });
        }
        // A malformed id is looked up as a well-formed one that no client has.
        let lookup = parsed.clone().unwrap_or_else(|| ClientId(format!("{ID_PREFIX}{}", "0".repeat(16))));
        let client = self.ports.clients.client(&lookup).await?.filter(|_| parsed.is_some());
        let digest = secret.digest(&self.ports);
        let decoy = ApiClient {
            id: lookup.clone(),
            name: String::new(),
            scopes: Scopes(BTreeSet::from([Scope::ReportsRead])),
            created_at: now,
            created_by: UserId::new(""),
            last_used_at: None,
            secrets: vec![StoredSecret { digest: hex(&[0u8; 32]), created_at: now, retires_at: None }],
            version: 0,
        };
        let accepted = client.as_ref().unwrap_or(&decoy).accepts(&digest, now);
        let client = match client {
            Some(client) if accepted => client,
            Some(_) => {
                self.ports.audit.record(&refuse("wrong_secret", Outcome::Failure)).await?;
                return Err(TokenRefusal::InvalidClient);
            }
            None => {
                self.ports.audit.record(&refuse("unknown_client", Outcome::Failure)).await?;
                return Err(TokenRefusal::InvalidClient);
            }
        };
        limits::release(&self.ports, &limit).await?;
        let scopes = match requested {
            None => client.scopes.clone(),
            Some(raw) => match Scopes::parse_space_separated(raw) {
                Ok(scopes) if scopes.is_subset(&client.scopes) => scopes,
                _ => {
                    self.ports.audit.record(&refuse("invalid_scope", Outcome::Failure)).await?;
                    return Err(TokenRefusal::InvalidScope);
                }
            },
        };
        let stale = client.last_used_at.is_none_or(|at| now - at >= Duration::minutes(5));
        if stale && let Err(err) = self.ports.clients.touch_client(&client.id, now).await {
            tracing::warn!(error = %crate::model::error::chain(&err), "could not record the client's use");
        }
        Ok(Grant { client: client.id, scopes })
    }

    /// The client an access token was given to, if it still exists: a
    /// revoked client's tokens stop at once.
    pub async fn current(&self, id: &ClientId) -> Result<ApiClient, Error> {
        self.ports.clients.client(id).await?.ok_or(Error::Unauthenticated)
    }
}

fn client_name(raw: &str) -> Result<String, ParseError> {
    let name = raw.trim();
    if (1..=64).contains(&name.chars().count()) && !name.chars().any(char::is_control) {
        Ok(name.to_owned())
    } else {
        Err(ParseError::new("name", "give the client a name of 1 to 64 characters"))
    }
}

impl crate::admin::Admin {
    /// The user `caller` acts as, if it may do `permission`: a person's
    /// session and roles, or a client that still exists and was granted the
    /// permission's scope (`InsufficientScope` otherwise), as its stand-in
    /// ([`ApiClient::acting_user`]).
    pub(crate) async fn acting(&self, caller: &Caller, permission: Permission) -> Result<User, Error> {
        match caller {
            Caller::User { id, token } => self.authorized(id, token, permission).await,
            Caller::Client { id, scopes } => {
                let scope = Scope::for_permission(permission);
                let client = Clients::new(self.ports.clone()).current(id).await?;
                let granted = |s: &Scope| scopes.contains(*s) && client.scopes.contains(*s);
                if !granted(&scope) && !scope.also_granted_by().iter().any(granted) {
                    return Err(Error::InsufficientScope { scope: scope.as_str() });
                }
                Ok(client.acting_user())
            }
        }
    }

    /// For the settings a client may read with `policy:read`: an
    /// administrator's session, or such a client.
    pub(crate) async fn settings_reader(&self, caller: &Caller) -> Result<User, Error> {
        match caller {
            Caller::User { id, token } => self.admin(id, token).await,
            Caller::Client { .. } => self.acting(caller, Permission::Settings).await,
        }
    }
}

impl ClientSecret {
    pub fn new(raw: SecretString) -> Self {
        Self(raw)
    }

    /// A fresh secret: `lkcs_` and 64 hex digits (256 random bits).
    fn generate(ports: &Ports) -> Self {
        let mut bytes = [0u8; 32];
        ports.random.fill(&mut bytes);
        Self(SecretString::from(format!("{SECRET_PREFIX}{}", hex(&bytes))))
    }

    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    fn digest(&self, ports: &Ports) -> [u8; 32] {
        ports.keyed.digest(DIGEST_PURPOSE, self.expose().as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::user::Role;
    use crate::ports::Clock;
    use crate::testing::FakeWorld;

    fn client(world: &FakeWorld) -> ApiClient {
        ApiClient {
            id: ClientId::parse("lkc_0123456789abcdef").unwrap(),
            name: "SIEM".into(),
            scopes: Scopes::from_names(["reports:read"]).unwrap(),
            created_at: world.clock.now(),
            created_by: UserId::new("u1"),
            last_used_at: None,
            secrets: Vec::new(),
            version: 1,
        }
    }

    #[test]
    fn scopes_parse_by_name_and_refuse_strangers() {
        let scopes = Scopes::parse_space_separated("users:read  reports:read").unwrap();
        assert_eq!(scopes.to_space_separated(), "reports:read users:read");
        assert!(Scopes::parse_space_separated("reports:read admin").is_err());
        assert!(Scopes::parse_space_separated("").is_err(), "empty is not a scope set");
        assert!(Scopes::from_names(["reports:read"]).unwrap().is_subset(&scopes));
        assert!(!Scopes::from_names(["users:reset"]).unwrap().is_subset(&scopes));
    }

    #[test]
    fn every_permission_needs_a_scope() {
        assert_eq!(Scope::for_permission(Permission::ReadReports), Scope::ReportsRead);
        assert_eq!(Scope::for_permission(Permission::ResetPassword), Scope::UsersReset);
        assert_eq!(Scope::for_permission(Permission::Unlock), Scope::UsersReset);
        assert_eq!(Scope::for_permission(Permission::ManageUsers), Scope::UsersWrite);
    }

    #[test]
    fn ids_have_one_shape() {
        assert!(ClientId::parse("lkc_0123456789abcdef").is_ok());
        for bad in ["", "lkc_", "lkc_0123456789ABCDEF", "agent-0123456789abcd", "lkc_0123456789abcdef0"] {
            assert!(ClientId::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            ClientId::parse("lkc_0123456789abcdef").unwrap().actor().as_str(),
            "client:lkc_0123456789abcdef"
        );
    }

    #[test]
    fn a_rotated_secret_works_through_the_overlap_then_stops() {
        let world = FakeWorld::new();
        let now = world.clock.now();
        let mut c = client(&world);
        c.secrets.push(StoredSecret { digest: hex(&[1; 32]), created_at: now, retires_at: None });
        assert!(c.accepts(&[1; 32], now));
        assert!(!c.accepts(&[2; 32], now));
        c.rotate(hex(&[2; 32]), now, ROTATION_OVERLAP);
        assert_eq!(c.version, 2);
        assert!(c.accepts(&[2; 32], now) && c.accepts(&[1; 32], now), "both during the overlap");
        let status = c.secret_status(now);
        assert_eq!(status.previous_works_until, Some(now + ROTATION_OVERLAP));
        let later = now + ROTATION_OVERLAP;
        assert!(!c.accepts(&[1; 32], later), "the old one stops when the overlap ends");
        assert!(c.accepts(&[2; 32], later));
        assert_eq!(c.secret_status(later).previous_works_until, None);

        // A second rotation keeps only the current secret's overlap: never three secrets.
        c.rotate(hex(&[3; 32]), now + Duration::hours(1), ROTATION_OVERLAP);
        assert_eq!(c.secrets.len(), 2);
        assert!(!c.accepts(&[1; 32], now + Duration::hours(1)));
        assert!(c.accepts(&[2; 32], now + Duration::hours(1)));
    }

    #[test]
    fn a_secret_never_prints() {
        let secret = ClientSecret::new(SecretString::from("lkcs_hunter2".to_string()));
        assert!(!format!("{secret:?}").contains("hunter2"));
    }

    #[test]
    fn a_client_acts_as_a_helpdesk_stand_in_named_for_the_client() {
        let world = FakeWorld::new();
        let user = client(&world).acting_user();
        assert_eq!(user.id.as_str(), "client:lkc_0123456789abcdef");
        assert!(!user.is_admin());
        let plain = crate::testing::sample_user("plain");
        let mut admin = crate::testing::sample_user("boss");
        admin.roles.insert(Role::Admin);
        assert!(crate::model::roles::require_on(&user, Permission::ResetPassword, &plain).is_ok());
        assert!(crate::model::roles::require_on(&user, Permission::ResetPassword, &admin).is_err());
    }

    #[tokio::test]
    async fn the_token_endpoint_checks_secret_and_scope_and_counts_failures_per_address() {
        let world = FakeWorld::new();
        let admin = world.add_adele("correct horse battery", &[Role::Admin]).await;
        let clients = Clients::new(world.ports.clone());
        let token = SessionToken::new(admin.token_version(), "j").with_second_factor(true);
        let meta = RequestMeta { client_ip: Some("192.0.2.1".into()), user_agent: None };
        let scopes = Scopes::from_names(["reports:read", "users:read"]).unwrap();
        let (made, secret) = clients.create(&admin.id, &token, "SIEM", scopes, &meta).await.unwrap();
        assert!(secret.expose().starts_with("lkcs_") && secret.expose().len() == 69);
        assert!(!made.secrets[0].digest.contains(&secret.expose()[5..]), "only a digest is kept");

        let grant = clients.authenticate(made.id.as_str(), &secret, None, &meta).await.unwrap();
        assert_eq!(grant.scopes.to_space_separated(), "reports:read users:read");
        let narrow =
            clients.authenticate(made.id.as_str(), &secret, Some("users:read"), &meta).await.unwrap();
        assert_eq!(narrow.scopes.to_space_separated(), "users:read");
        assert!(matches!(
            clients.authenticate(made.id.as_str(), &secret, Some("users:reset"), &meta).await,
            Err(TokenRefusal::InvalidScope)
        ));

        let wrong = ClientSecret::new(SecretString::from(format!("lkcs_{}", "0".repeat(64))));
        for id in [made.id.as_str(), "lkc_ffffffffffffffff", "nonsense"] {
            assert!(matches!(
                clients.authenticate(id, &wrong, None, &meta).await,
                Err(TokenRefusal::InvalidClient)
            ));
        }
        for _ in 3..FAILURES_PER_ADDRESS {
            let _ = clients.authenticate("nonsense", &wrong, None, &meta).await;
        }
        assert!(
            matches!(
                clients.authenticate(made.id.as_str(), &secret, None, &meta).await,
                Err(TokenRefusal::TooManyRequests { .. })
            ),
            "over the limit, even the right secret waits"
        );
        let elsewhere = RequestMeta { client_ip: Some("192.0.2.2".into()), user_agent: None };
        assert!(clients.authenticate(made.id.as_str(), &secret, None, &elsewhere).await.is_ok());

        let events = world.audit.events.lock().unwrap().clone();
        let text = format!("{events:?}");
        assert!(!text.contains(secret.expose()), "no secret in the audit trail");
        assert!(events.iter().any(|e| e.action == Action::ClientCreated));
        assert!(events.iter().any(|e| e.action == Action::ClientTokenRefused
            && e.reason_text().as_deref() == Some("unknown_client")));
    }

    #[tokio::test]
    async fn a_revoked_client_stops_at_once_and_only_administrators_manage_clients() {
        let world = FakeWorld::new();
        let admin = world.add_adele("correct horse battery", &[Role::Admin]).await;
        let clients = Clients::new(world.ports.clone());
        let token = SessionToken::new(admin.token_version(), "j").with_second_factor(true);
        let meta = RequestMeta::default();
        let scopes = Scopes::from_names(["reports:read"]).unwrap();
        let (made, secret) = clients.create(&admin.id, &token, "SIEM", scopes.clone(), &meta).await.unwrap();
        let caller = Caller::Client { id: made.id.clone(), scopes: scopes.clone() };
        let admin_ops = crate::admin::Admin::new(world.ports.clone());
        assert!(admin_ops.acting(&caller, Permission::ReadReports).await.is_ok());
        assert!(matches!(
            admin_ops.acting(&caller, Permission::ReadUsers).await,
            Err(Error::InsufficientScope { scope: "users:read" })
        ));
        clients.revoke(&admin.id, &token, made.id.as_str(), &meta).await.unwrap();
        assert!(matches!(
            admin_ops.acting(&caller, Permission::ReadReports).await,
            Err(Error::Unauthenticated)
        ));
        assert!(clients.authenticate(made.id.as_str(), &secret, None, &meta).await.is_err());

        let mut helpdesk = crate::testing::sample_user("helpdesk");
        helpdesk.roles.insert(Role::Helpdesk);
        world.directory.users.lock().unwrap().insert(helpdesk.id.clone(), helpdesk.clone());
        let theirs = SessionToken::new(helpdesk.token_version(), "h").with_second_factor(true);
        assert!(matches!(clients.list(&helpdesk.id, &theirs).await, Err(Error::Forbidden)));
    }
}
