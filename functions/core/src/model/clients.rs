//! API clients (OAuth 2.0 client credentials): ids, scopes, secrets as
//! stored, and who is calling an operation integrators may use too.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use subtle::ConstantTimeEq;

use crate::model::roles::Permission;
use crate::model::user::{NewUser, Role, SessionToken, User};
use crate::model::values::{ParseError, UserId, Username, hex};

/// A client's id, chosen by Latchkey: `lkc_` and 16 hex digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ClientId(pub(crate) String);

impl ClientId {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let hex = raw.strip_prefix(ID_PREFIX).unwrap_or_default();
        if hex.len() == 16 && hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
            Ok(Self(raw.to_owned()))
        } else {
            Err(ParseError::new("id", "not a client id"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// How the client appears as an actor in the audit trail: `client:<id>`.
    pub fn actor(&self) -> UserId {
        UserId::new(format!("client:{}", self.0))
    }
}

impl std::fmt::Display for ClientId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whether `id` is a client's stand-in ([`ClientId::actor`]): user ids are
/// random hex and never hold a colon.
pub fn is_client_actor(id: &UserId) -> bool {
    id.as_str().starts_with("client:")
}

/// What a client may do; each admin or report operation needs one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Scope {
    #[serde(rename = "reports:read")]
    ReportsRead,
    #[serde(rename = "users:read")]
    UsersRead,
    #[serde(rename = "users:write")]
    UsersWrite,
    #[serde(rename = "users:reset")]
    UsersReset,
    #[serde(rename = "policy:read")]
    PolicyRead,
    /// Read users through SCIM (`/scim/v2`).
    #[serde(rename = "scim:read")]
    ScimRead,
    /// Provision users through SCIM: the rights of `users:write`, under its rules.
    #[serde(rename = "scim:write")]
    ScimWrite,
}

impl Scope {
    pub const ALL: [Scope; 7] = [
        Scope::ReportsRead,
        Scope::UsersRead,
        Scope::UsersWrite,
        Scope::UsersReset,
        Scope::PolicyRead,
        Scope::ScimRead,
        Scope::ScimWrite,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::ReportsRead => "reports:read",
            Scope::UsersRead => "users:read",
            Scope::UsersWrite => "users:write",
            Scope::UsersReset => "users:reset",
            Scope::PolicyRead => "policy:read",
            Scope::ScimRead => "scim:read",
            Scope::ScimWrite => "scim:write",
        }
    }

    pub fn parse(raw: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|s| s.as_str() == raw)
    }

    /// The scope a client needs for `permission`. Changing settings is not
    /// here: `Settings` reaches a client only as reading them.
    pub fn for_permission(permission: Permission) -> Scope {
        match permission {
            Permission::ReadReports => Scope::ReportsRead,
            Permission::ReadUsers => Scope::UsersRead,
            Permission::ManageUsers => Scope::UsersWrite,
            Permission::ResetPassword | Permission::Unlock | Permission::Invite => Scope::UsersReset,
            Permission::Settings => Scope::PolicyRead,
        }
    }

    /// The scopes that also grant what `self` grants: SCIM's are another
    /// door to reading and managing users, under the same rules.
    pub fn also_granted_by(self) -> &'static [Scope] {
        match self {
            Scope::UsersRead => &[Scope::ScimRead, Scope::ScimWrite],
            Scope::UsersWrite => &[Scope::ScimWrite],
            _ => &[],
        }
    }
}

/// A non-empty set of scopes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Vec<Scope>", into = "Vec<Scope>")]
pub struct Scopes(pub(crate) BTreeSet<Scope>);

impl TryFrom<Vec<Scope>> for Scopes {
    type Error = ParseError;
    fn try_from(scopes: Vec<Scope>) -> Result<Self, ParseError> {
        if scopes.is_empty() {
            return Err(ParseError::new("scopes", "name at least one scope"));
        }
        Ok(Self(scopes.into_iter().collect()))
    }
}

impl From<Scopes> for Vec<Scope> {
    fn from(s: Scopes) -> Self {
        s.0.into_iter().collect()
    }
}

impl Scopes {
    /// From names (`reports:read`, …); an unknown name is refused by name.
    pub fn from_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<Self, ParseError> {
        let mut set = Vec::new();
        for name in names {
            set.push(Scope::parse(name).ok_or_else(|| {
                ParseError::new("scopes", format!("{name:?} is not a scope (see the API documentation)"))
            })?);
        }
        Self::try_from(set)
    }

    /// The space-separated form of OAuth's `scope` parameter.
    pub fn parse_space_separated(raw: &str) -> Result<Self, ParseError> {
        Self::from_names(raw.split(' ').filter(|s| !s.is_empty()))
    }

    pub fn contains(&self, scope: Scope) -> bool {
        self.0.contains(&scope)
    }

    pub fn is_subset(&self, of: &Scopes) -> bool {
        self.0.is_subset(&of.0)
    }

    pub fn iter(&self) -> impl Iterator<Item = Scope> + '_ {
        self.0.iter().copied()
    }

    /// Space-separated, in a stable order.
    pub fn to_space_separated(&self) -> String {
        self.iter().map(Scope::as_str).collect::<Vec<_>>().join(" ")
    }
}

/// A client secret as given: `Debug` never prints it.
#[derive(Clone)]
pub struct ClientSecret(pub(crate) SecretString);

impl std::fmt::Debug for ClientSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ClientSecret(***)")
    }
}

/// A secret as stored: its keyed digest, and when it stops working (set
/// when a newer one replaced it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredSecret {
    pub digest: String,
    pub created_at: DateTime<Utc>,
    pub retires_at: Option<DateTime<Utc>>,
}

impl StoredSecret {
    fn works_at(&self, now: DateTime<Utc>) -> bool {
        self.retires_at.is_none_or(|at| now < at)
    }
}

/// An API client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiClient {
    pub id: ClientId,
    pub name: String,
    pub scopes: Scopes,
    pub created_at: DateTime<Utc>,
    pub created_by: UserId,
    /// When it was last given a token (updated at most every few minutes).
    pub last_used_at: Option<DateTime<Utc>>,
    /// Newest first: the current secret, and the previous one during an overlap.
    pub secrets: Vec<StoredSecret>,
    /// Optimistic-concurrency version (1 when created).
    pub version: u64,
}

/// Where a client's secret stands, for the console (never the secret).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SecretStatus {
    pub created_at: DateTime<Utc>,
    /// Set while the previous secret still works: until when.
    pub previous_works_until: Option<DateTime<Utc>>,
}

impl ApiClient {
    /// Whether `digest` is one of the secrets that work at `now`, compared
    /// in constant time against each stored one.
    pub fn accepts(&self, digest: &[u8; 32], now: DateTime<Utc>) -> bool {
        let given = hex(digest);
        let mut ok = subtle::Choice::from(0);
        for secret in &self.secrets {
            let same = secret.digest.as_bytes().ct_eq(given.as_bytes());
            ok |= same & subtle::Choice::from(u8::from(secret.works_at(now)));
        }
        ok.into()
    }

    /// Makes `digest` the current secret: the one before works until
    /// `now + overlap`, any older one is dropped.
    pub fn rotate(&mut self, digest: String, now: DateTime<Utc>, overlap: Duration) {
        let previous = self.secrets.drain(..).find(|s| s.works_at(now));
        self.secrets.push(StoredSecret { digest, created_at: now, retires_at: None });
        if let Some(mut previous) = previous {
            let until = now + overlap;
            previous.retires_at = Some(previous.retires_at.map_or(until, |at| at.min(until)));
            self.secrets.push(previous);
        }
        self.version += 1;
    }

    pub fn secret_status(&self, now: DateTime<Utc>) -> SecretStatus {
        SecretStatus {
            created_at: self.secrets.first().map_or(self.created_at, |s| s.created_at),
            previous_works_until: self
                .secrets
                .iter()
                .skip(1)
                .find(|s| s.works_at(now))
                .and_then(|s| s.retires_at),
        }
    }

    /// The stand-in user a client acts as: its audit actor id
    /// (`client:<id>`), its name, and the helpdesk's reach over users (never
    /// a privileged one), whatever its scopes allow beyond that.
    #[expect(clippy::expect_used, reason = "the literal fallback name is a valid username")]
    pub fn acting_user(&self) -> User {
        let id = self.id.actor();
        let username = Username::parse(&format!("client-{}", &self.id.as_str()[ID_PREFIX.len()..]))
            .unwrap_or_else(|_| Username::parse("client").expect("a valid name"));
        let new = NewUser {
            username,
            display_name: self.name.clone(),
            first_name: String::new(),
            last_name: String::new(),
            emails: Vec::new(),
            phones: Vec::new(),
            roles: BTreeSet::from([Role::User, Role::Helpdesk]),
            groups: BTreeSet::new(),
            language: None,
        };
        let mut user = new.into_user(id, self.created_at);
        // Version 0: never stored, so no write can be based on it.
        user.version = 0;
        user
    }
}

/// Who is calling an operation that integrators may use too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Caller {
    /// A signed-in person, through their session.
    User { id: UserId, token: SessionToken },
    /// An API client, through an access token granted `scopes`.
    Client { id: ClientId, scopes: Scopes },
}

impl Caller {
    pub fn user(id: &UserId, token: &SessionToken) -> Self {
        Caller::User { id: id.clone(), token: token.clone() }
    }
}

/// An access token's grant: the client and the scopes it was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    pub client: ClientId,
    pub scopes: Scopes,
}

/// How long a rotated-out secret keeps working: a day, time enough to
/// deploy the new one everywhere.
pub const ROTATION_OVERLAP: Duration = Duration::hours(24);

/// The most clients an organisation may have (one partition, listed at once).
pub const CLIENTS_MAX: usize = 100;

pub(crate) const SECRET_PREFIX: &str = "lkcs_";

pub(crate) const ID_PREFIX: &str = "lkc_";
