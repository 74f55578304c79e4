//! The directory side of writeback: set a password (the directory's own
//! policy judges it), unlock, mark must-change, and read users for sync.
//!
//! Every operation opens its own connection and binds as the agent's
//! service account: jobs are rare (one per reset) and a fresh connection
//! never carries a half-failed state into the next job.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Arc;

use ldap3::controls::RawControl;
use ldap3::exop::PasswordModify;
use ldap3::{LdapConnAsync, LdapConnSettings, Mod, Scope, SearchEntry, ldap_escape};
use secrecy::{ExposeSecret, SecretString};

pub use latchkey_writeback::{DirectoryPolicies, DirectoryPolicy, Refusal, Verdict};

use crate::config::{DirectoryConfig, DirectoryKind, GroupRef, Transport};
use crate::stamps;

/// The ppolicy request/response control (draft-behera-ldap-password-policy).
const PPOLICY_OID: &str = "1.3.6.1.4.1.42.2.27.8.5.1";
/// LDAP result codes the agent tells apart.
const CONSTRAINT_VIOLATION: u32 = 19;
const NO_SUCH_OBJECT: u32 = 32;
const INVALID_CREDENTIALS: u32 = 49;
const UNWILLING_TO_PERFORM: u32 = 53;
/// ppolicy's errors on a bind (draft-behera-ldap-password-policy, `error`).
const PP_PASSWORD_EXPIRED: u8 = 0;
const PP_ACCOUNT_LOCKED: u8 = 1;
const PP_CHANGE_AFTER_RESET: u8 = 2;
/// AD's "transitive membership" matching rule (LDAP_MATCHING_RULE_IN_CHAIN).
const IN_CHAIN: &str = "1.2.840.113556.1.4.1941";

/// What went wrong, by what the caller does next.
#[derive(Debug, thiserror::Error)]
pub enum DirectoryError {
    /// The directory could not be reached or did not answer in time: try
    /// another agent, or tell the user it is down.
    #[error("the directory at {url} could not be reached")]
    Unreachable {
        url: String,
        #[source]
        source: Box<ldap3::LdapError>,
    },
    /// The agent's own credentials were refused: an administrator must fix them.
    #[error("the directory refused the agent's service account ({bind_dn})")]
    ServiceAccount { bind_dn: String },
    #[error("no user matches {attribute}={username} under {base_dn}")]
    UserNotFound { attribute: String, username: String, base_dn: String },
    #[error("more than one entry matches {attribute}={username}: refusing to guess")]
    Ambiguous { attribute: String, username: String },
    /// The directory's policy refused the password.
    #[error("the directory refused the password: {0:?}")]
    Refused(Refusal),
    /// Any other answer (kept with its code and text; never a password).
    #[error("the directory answered {rc} ({text}) to {operation}")]
    Failed { operation: &'static str, rc: u32, text: String },
    #[error("could not read the CA bundle")]
    CaBundle(#[source] std::io::Error),
    /// The directory would not start TLS on its `ldap://` port: the agent
    /// sends nothing there in clear.
    #[error(
        "the directory at {url} refused StartTLS (it answered {rc}: {text}): turn on TLS in the directory or use ldaps://; the agent does not send passwords in clear"
    )]
    StartTls { url: String, rc: u32, text: String },
}

/// One user as the directory holds them, for sync (the wire type).
pub use latchkey_writeback::sync::SyncedUser as DirectoryUser;

pub struct Directory {
    config: DirectoryConfig,
    tls: Option<Arc<rustls::ClientConfig>>,
}

fn first(entry: &SearchEntry, attribute: &str) -> Option<String> {
    entry.attrs.get(attribute).and_then(|v| v.first()).cloned()
}

/// The value Active Directory takes for `unicodePwd`: the password in double
/// quotes, UTF-16 little-endian.
pub fn unicode_pwd(password: &str) -> Vec<u8> {
    format!("\"{password}\"").encode_utf16().flat_map(u16::to_le_bytes).collect()
}

/// The `error` of a ppolicy response control (a BER SEQUENCE whose `[1]`
/// element is an ENUMERATED), if the answer carried one; parsed with the BER
/// reader ldap3 itself uses.
fn ppolicy_error(ctrls: &[ldap3::controls::Control]) -> Option<u8> {
    use ldap3::asn1::{TagClass, parse_tag};
    let value = ctrls.iter().find(|c| c.1.ctype == PPOLICY_OID)?.1.val.as_deref()?;
    let (rest, tag) = parse_tag(value).ok()?;
    if !rest.is_empty() {
        return None;
    }
    // SEQUENCE is universal tag 16.
    let elements = tag.match_class(TagClass::Universal)?.match_id(16)?.expect_constructed()?;
    let error = elements
        .into_iter()
        .find_map(|e| e.match_class(TagClass::Context)?.match_id(1)?.expect_primitive())?;
    match error.as_slice() {
        [code] => Some(*code),
        _ => None,
    }
}

/// What a bind as the user says of their password: from its result code,
/// the ppolicy response's error (OpenLDAP) and the diagnostic text (AD and
/// Samba put the reason as `data <hex>` in it). `None` for any other answer
/// (the caller reports it as a failure, not as a verdict).
pub fn verdict(rc: u32, ppolicy: Option<u8>, text: &str) -> Option<Verdict> {
    match (rc, ppolicy) {
        (0, Some(PP_CHANGE_AFTER_RESET | PP_PASSWORD_EXPIRED)) => {
            Some(Verdict::Accepted { must_change: true })
        }
        (0, _) => Some(Verdict::Accepted { must_change: false }),
        (INVALID_CREDENTIALS, Some(PP_ACCOUNT_LOCKED)) => Some(Verdict::Locked),
        (INVALID_CREDENTIALS, Some(PP_PASSWORD_EXPIRED)) => Some(Verdict::Accepted { must_change: true }),
        (INVALID_CREDENTIALS, _) => Some(match ad_data(text) {
            Some(0x775) => Verdict::Locked,
            // 532: the password expired; 773: an administrator's reset, must change.
            Some(0x532 | 0x773) => Verdict::Accepted { must_change: true },
            // 533: disabled; 701: the account expired.
            Some(0x533 | 0x701) => Verdict::Disabled,
            _ => Verdict::Wrong,
        }),
        _ => None,
    }
}

/// The `data <hex>` code in an AD / Samba bind diagnostic
/// ("80090308: LdapErr: DSID-0C09042A, comment: AcceptSecurityContext error, data 775, v3839").
fn ad_data(text: &str) -> Option<u32> {
    let (_, after) = text.split_once("data ")?;
    let hex: String = after.chars().take_while(char::is_ascii_hexdigit).collect();
    u32::from_str_radix(&hex, 16).ok()
}

/// A DN compared as a directory would: case and the blanks around its
/// separators do not count.
fn same_dn(a: &str, b: &str) -> bool {
    normal_dn(a) == normal_dn(b)
}

fn normal_dn(dn: &str) -> String {
    dn.split(',')
        .map(|rdn| match rdn.split_once('=') {
            Some((attribute, value)) => format!("{}={}", attribute.trim(), value.trim()),
            None => rdn.trim().to_owned(),
        })
        .collect::<Vec<_>>()
        .join(",")
        .to_lowercase()
}

/// A refusal from an OpenLDAP ppolicy error or an Active Directory / Samba message.
fn classify(ppolicy: Option<u8>, text: &str) -> Refusal {
    match ppolicy {
        Some(6) => return Refusal::TooShort,
        Some(8) => return Refusal::InHistory,
        Some(7) => return Refusal::TooYoung,
        Some(5) => return Refusal::Complexity,
        _ => {}
    }
    let lower = text.to_ascii_lowercase();
    if lower.contains("too short") {
        Refusal::TooShort
    } else if lower.contains("history") || lower.contains("not being changed") {
        Refusal::InHistory
    } else if lower.contains("complex") || lower.contains("quality") {
        Refusal::Complexity
    } else if lower.contains("too young") || lower.contains("too soon") {
        Refusal::TooYoung
    } else {
        // The diagnostic text is the directory's, never the password.
        Refusal::Other(text.chars().take(200).collect())
    }
}

/// Our own TLS settings with an explicit provider: the process may link
/// both of rustls's providers (the AWS SDK brings aws-lc-rs), and then
/// rustls cannot pick a default by itself. Trusts `ca_bundle`'s PEM
/// certificates, or else the system's.
pub fn tls_config(ca_bundle: Option<&std::path::Path>) -> Result<rustls::ClientConfig, DirectoryError> {
    let bad = |e: String| DirectoryError::CaBundle(std::io::Error::other(e));
    let mut roots = rustls::RootCertStore::empty();
    match ca_bundle {
        Some(path) => {
            use rustls_pki_types::pem::PemObject;
            let pem = std::fs::read(path).map_err(DirectoryError::CaBundle)?;
            for cert in rustls_pki_types::CertificateDer::pem_slice_iter(&pem) {
                roots.add(cert.map_err(|e| bad(e.to_string()))?).map_err(|e| bad(e.to_string()))?;
            }
        }
        None => {
            for cert in rustls_native_certs::load_native_certs().certs {
                // A system certificate rustls cannot use is one the directory's cannot chain to.
                let _ = roots.add(cert);
            }
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| bad(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(tls)
}

/// One user's entry on an open, bound connection ([`Directory::user`]): the
/// agent reads the marker and applies a job on one connection, not two.
pub struct UserEntry<'a> {
    directory: &'a Directory,
    ldap: ldap3::Ldap,
    dn: String,
    username: String,
}

impl UserEntry<'_> {
    pub async fn marker(&mut self) -> Result<Marker, DirectoryError> {
        self.directory.read_marker(&mut self.ldap, &self.dn).await
    }

    pub async fn set_password(
        &mut self,
        password: &SecretString,
        must_change: bool,
    ) -> Result<(), DirectoryError> {
        self.directory.write_password(&mut self.ldap, &self.dn, &self.username, password, must_change).await
    }

    pub async fn unlock(&mut self) -> Result<(), DirectoryError> {
        self.directory.clear_lock(&mut self.ldap, &self.dn).await
    }

    /// Whether the directory holds this account as protected now (see
    /// [`Directory::is_protected`]).
    pub async fn protected(&mut self) -> Result<bool, DirectoryError> {
        self.directory.is_protected(&mut self.ldap, &self.dn).await
    }

    pub async fn close(mut self) {
        let _ = self.ldap.unbind().await;
    }
}

/// A user's password and lock state as the directory holds them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Marker {
    pub password_changed: Option<String>,
    pub locked: bool,
}

impl Directory {
    pub fn new(config: DirectoryConfig) -> Result<Self, DirectoryError> {
        let tls = match config.transport {
            Transport::Ldaps | Transport::StartTls => {
                Some(Arc::new(tls_config(config.ca_bundle.as_deref())?))
            }
            Transport::Plain => {
                // Said at every start, so that no one forgets it is on.
                tracing::warn!(
                    url = %config.url,
                    "LATCHKEY_AGENT_INSECURE_PLAIN_LDAP=lab-only: plain LDAP without TLS; passwords cross the network in clear (for a lab only)"
                );
                None
            }
        };
        if config.protection.write_allowed {
            tracing::warn!(
                "LATCHKEY_AGENT_WRITE_PROTECTED_ACCOUNTS is set: the agent sets the passwords of protected accounts (administrators) too"
            );
        }
        Ok(Self { config, tls })
    }

    pub fn kind(&self) -> DirectoryKind {
        self.config.kind
    }

    /// Whether the organisation allowed the agent to set protected accounts' passwords.
    pub fn writes_protected(&self) -> bool {
        self.config.protection.write_allowed
    }

    /// A connection, over TLS unless the lab opt-in says otherwise, not yet bound.
    async fn open(&self) -> Result<(LdapConnAsync, ldap3::Ldap), DirectoryError> {
        let starttls = self.config.transport == Transport::StartTls;
        let mut settings =
            LdapConnSettings::new().set_conn_timeout(self.config.timeout).set_starttls(starttls);
        if let Some(tls) = &self.tls {
            settings = settings.set_config(tls.clone());
        }
        let (conn, mut ldap) =
            LdapConnAsync::with_settings(settings, &self.config.url).await.map_err(|e| match e {
                // An LDAP answer before any TLS is the directory's to the StartTLS request.
                ldap3::LdapError::LdapResult { result } if starttls => DirectoryError::StartTls {
                    url: self.config.url.clone(),
                    rc: result.rc,
                    text: result.text,
                },
                e => self.unreachable(e),
            })?;
        ldap.with_timeout(self.config.timeout);
        Ok((conn, ldap))
    }

    async fn connect(&self) -> Result<ldap3::Ldap, DirectoryError> {
        let unreachable =
            |source| DirectoryError::Unreachable { url: self.config.url.clone(), source: Box::new(source) };
        let (conn, mut ldap) = self.open().await?;
        ldap3::drive!(conn);
        let bound = ldap
            .simple_bind(&self.config.bind_dn, self.config.bind_secret.expose_secret())
            .await
            .map_err(unreachable)?;
        match bound.rc {
            0 => Ok(ldap),
            INVALID_CREDENTIALS => {
                Err(DirectoryError::ServiceAccount { bind_dn: self.config.bind_dn.clone() })
            }
            rc => Err(DirectoryError::Failed { operation: "bind", rc, text: bound.text }),
        }
    }

    /// The entries `filter` finds under `base` (with `scope`); any answer but
    /// success is `Failed`, named by `operation` (a search carries no password).
    async fn search(
        &self,
        ldap: &mut ldap3::Ldap,
        (base, scope, filter): (&str, Scope, &str),
        attrs: Vec<&str>,
        operation: &'static str,
    ) -> Result<Vec<SearchEntry>, DirectoryError> {
        let ldap3::SearchResult(entries, result) =
            ldap.search(base, scope, filter, attrs).await.map_err(|e| self.unreachable(e))?;
        if result.rc != 0 {
            return Err(DirectoryError::Failed { operation, rc: result.rc, text: result.text });
        }
        Ok(entries.into_iter().map(SearchEntry::construct).collect())
    }

    fn unreachable(&self, source: ldap3::LdapError) -> DirectoryError {
        DirectoryError::Unreachable { url: self.config.url.clone(), source: Box::new(source) }
    }

    fn not_found(&self, username: &str) -> DirectoryError {
        DirectoryError::UserNotFound {
            attribute: self.config.match_attribute.clone(),
            username: username.to_owned(),
            base_dn: self.config.base_dn.clone(),
        }
    }

    /// The one entry whose match attribute is `username`.
    async fn find(&self, ldap: &mut ldap3::Ldap, username: &str) -> Result<String, DirectoryError> {
        let attribute = &self.config.match_attribute;
        let filter = format!("({attribute}={})", ldap_escape(username));
        let ldap3::SearchResult(entries, result) = ldap
            .search(&self.config.base_dn, Scope::Subtree, &filter, vec!["1.1"])
            .await
            .map_err(|e| self.unreachable(e))?;
        if result.rc != 0 && result.rc != NO_SUCH_OBJECT {
            return Err(DirectoryError::Failed { operation: "search", rc: result.rc, text: result.text });
        }
        let mut entries = entries.into_iter();
        match (entries.next(), entries.next()) {
            (None, _) => Err(self.not_found(username)),
            (Some(entry), None) => Ok(SearchEntry::construct(entry).dn),
            (Some(_), Some(_)) => {
                Err(DirectoryError::Ambiguous { attribute: attribute.clone(), username: username.to_owned() })
            }
        }
    }

    /// Whether `username` can sign in to the directory with `password` (a
    /// locked or disabled account cannot). The agent's account finds the
    /// entry; the bind is the user's own, on a connection of its own.
    pub async fn binds(&self, username: &str, password: &SecretString) -> Result<bool, DirectoryError> {
        let mut ldap = self.connect().await?;
        let dn = self.find(&mut ldap, username).await?;
        let _ = ldap.unbind().await;
        let (conn, mut user) = self.open().await?;
        ldap3::drive!(conn);
        let bound = user.simple_bind(&dn, password.expose_secret()).await.map_err(|e| self.unreachable(e))?;
        let _ = user.unbind().await;
        match bound.rc {
            0 => Ok(true),
            INVALID_CREDENTIALS => Ok(false),
            rc => Err(DirectoryError::Failed { operation: "bind as the user", rc, text: bound.text }),
        }
    }

    /// Pass-through verification: what the directory says of `username`
    /// signing in with `password`. The agent's account finds the entry and
    /// its connection is closed; the bind is the user's own, on a fresh
    /// connection closed at once. An unknown user binds all the same (as a
    /// DN that cannot exist), so that both cost the directory the same and
    /// answer [`Verdict::Wrong`]. The password is never logged.
    pub async fn verify(&self, username: &str, password: &SecretString) -> Result<Verdict, DirectoryError> {
        let mut ldap = self.connect().await?;
        let found = self.find(&mut ldap, username).await;
        let _ = ldap.unbind().await;
        let dn = match found {
            Ok(dn) => Some(dn),
            Err(DirectoryError::UserNotFound { .. }) => None,
            Err(err) => return Err(err),
        };
        // An empty password is an unauthenticated bind (RFC 4513 5.1.2),
        // which many directories accept: it proves nothing.
        if password.expose_secret().is_empty() {
            return Ok(Verdict::Wrong);
        }
        let bind_dn = dn.clone().unwrap_or_else(|| {
            format!(
                "{}={},{}",
                self.config.match_attribute,
                ldap3::dn_escape(format!("{username} (no such user)")),
                self.config.base_dn
            )
        });
        let (conn, mut user) = self.open().await?;
        ldap3::drive!(conn);
        if self.config.kind == DirectoryKind::OpenLdap {
            user.with_controls(vec![RawControl { ctype: PPOLICY_OID.into(), crit: false, val: None }]);
        }
        let bound =
            user.simple_bind(&bind_dn, password.expose_secret()).await.map_err(|e| self.unreachable(e));
        let _ = user.unbind().await;
        let bound = bound?;
        if dn.is_none() {
            return Ok(Verdict::Wrong);
        }
        verdict(bound.rc, ppolicy_error(&bound.ctrls), &bound.text).ok_or(DirectoryError::Failed {
            operation: "bind as the user",
            rc: bound.rc,
            text: bound.text,
        })
    }

    /// What the directory says of `username`'s password and lock now: when
    /// the password last changed (`pwdChangedTime`; AD's `pwdLastSet`) and
    /// whether the account is locked. Read before a job and again after a
    /// restart, it tells whether a job the agent was cut off in took effect.
    pub async fn marker(&self, username: &str) -> Result<Marker, DirectoryError> {
        let mut user = self.user(username).await?;
        let marker = user.marker().await;
        user.close().await;
        marker
    }

    /// `username`'s entry, on a connection bound as the service account, for
    /// several operations in a row (read the marker, then change it).
    pub async fn user(&self, username: &str) -> Result<UserEntry<'_>, DirectoryError> {
        let mut ldap = self.connect().await?;
        let dn = self.find(&mut ldap, username).await?;
        Ok(UserEntry { directory: self, ldap, dn, username: username.to_owned() })
    }

    async fn read_marker(&self, ldap: &mut ldap3::Ldap, dn: &str) -> Result<Marker, DirectoryError> {
        let (changed, lock) = match self.config.kind {
            DirectoryKind::OpenLdap => ("pwdChangedTime", "pwdAccountLockedTime"),
            DirectoryKind::ActiveDirectory => ("pwdLastSet", "lockoutTime"),
        };
        let ldap3::SearchResult(entries, result) = ldap
            .search(dn, Scope::Base, "(objectClass=*)", vec![changed, lock])
            .await
            .map_err(|e| self.unreachable(e))?;
        let Some(entry) = entries.into_iter().next() else {
            return Err(DirectoryError::Failed {
                operation: "read the password state",
                rc: result.rc,
                text: result.text,
            });
        };
        let entry = SearchEntry::construct(entry);
        Ok(Marker {
            password_changed: first(&entry, changed),
            locked: first(&entry, lock).is_some_and(|v| v != "0"),
        })
    }

    /// Whether the directory answers and takes the agent's credentials.
    pub async fn check(&self) -> Result<(), DirectoryError> {
        let mut ldap = self.connect().await?;
        let _ = ldap.unbind().await;
        Ok(())
    }

    /// Sets `username`'s password, under the directory's own policy; with
    /// `must_change` the user must change it at their next directory sign-in
    /// (an administrator's temporary password), otherwise any such flag is
    /// cleared (the user chose this password themselves).
    pub async fn set_password(
        &self,
        username: &str,
        password: &SecretString,
        must_change: bool,
    ) -> Result<(), DirectoryError> {
        let mut user = self.user(username).await?;
        let done = user.set_password(password, must_change).await;
        user.close().await;
        done
    }

    async fn write_password(
        &self,
        ldap: &mut ldap3::Ldap,
        dn: &str,
        username: &str,
        password: &SecretString,
        must_change: bool,
    ) -> Result<(), DirectoryError> {
        let result = match self.config.kind {
            DirectoryKind::OpenLdap => {
                let ppolicy = RawControl { ctype: PPOLICY_OID.into(), crit: false, val: None };
                let exop = PasswordModify {
                    user_id: Some(dn),
                    old_pass: None,
                    new_pass: Some(password.expose_secret()),
                };
                ldap.with_controls(vec![ppolicy]).extended(exop).await.map_err(|e| self.unreachable(e))?.1
            }
            DirectoryKind::ActiveDirectory => {
                let value = unicode_pwd(password.expose_secret());
                let mods = vec![Mod::Replace(b"unicodePwd".to_vec(), HashSet::from([value]))];
                ldap.modify(dn, mods).await.map_err(|e| self.unreachable(e))?
            }
        };
        match result.rc {
            0 => {}
            CONSTRAINT_VIOLATION | UNWILLING_TO_PERFORM => {
                return Err(DirectoryError::Refused(classify(ppolicy_error(&result.ctrls), &result.text)));
            }
            NO_SUCH_OBJECT => {
                return Err(self.not_found(username));
            }
            rc => {
                return Err(DirectoryError::Failed { operation: "set the password", rc, text: result.text });
            }
        }
        self.flag_must_change(ldap, dn, must_change).await
    }

    async fn flag_must_change(
        &self,
        ldap: &mut ldap3::Ldap,
        dn: &str,
        must_change: bool,
    ) -> Result<(), DirectoryError> {
        let mods: Vec<Mod<&str>> = match (self.config.kind, must_change) {
            (DirectoryKind::OpenLdap, true) => vec![Mod::Replace("pwdReset", HashSet::from(["TRUE"]))],
            // Deleting an absent pwdReset is an error; replacing with no values is not.
            (DirectoryKind::OpenLdap, false) => vec![Mod::Replace("pwdReset", HashSet::new())],
            (DirectoryKind::ActiveDirectory, true) => vec![Mod::Replace("pwdLastSet", HashSet::from(["0"]))],
            // The password was just set: pwdLastSet is now, nothing to clear.
            (DirectoryKind::ActiveDirectory, false) => return Ok(()),
        };
        let result = ldap.modify(dn, mods).await.map_err(|e| self.unreachable(e))?;
        match result.rc {
            0 => Ok(()),
            rc => Err(DirectoryError::Failed { operation: "mark the password", rc, text: result.text }),
        }
    }

    /// Clears `username`'s lockout (the password stays).
    pub async fn unlock(&self, username: &str) -> Result<(), DirectoryError> {
        let mut user = self.user(username).await?;
        let done = user.unlock().await;
        user.close().await;
        done
    }

    async fn clear_lock(&self, ldap: &mut ldap3::Ldap, dn: &str) -> Result<(), DirectoryError> {
        let mods: Vec<Mod<&str>> = match self.config.kind {
            // ppolicy keeps pwdFailureTime to itself and clears it at the next good bind.
            DirectoryKind::OpenLdap => vec![Mod::Replace("pwdAccountLockedTime", HashSet::new())],
            DirectoryKind::ActiveDirectory => vec![Mod::Replace("lockoutTime", HashSet::from(["0"]))],
        };
        let result = ldap.modify(dn, mods).await.map_err(|e| self.unreachable(e))?;
        match result.rc {
            0 => Ok(()),
            rc => Err(DirectoryError::Failed { operation: "unlock", rc, text: result.text }),
        }
    }

    /// Every user under the base DN with the attributes sync needs.
    pub async fn users(&self) -> Result<Vec<DirectoryUser>, DirectoryError> {
        let mut ldap = self.connect().await?;
        let users = self.read_users(&mut ldap).await;
        let _ = ldap.unbind().await;
        users
    }

    async fn read_users(&self, ldap: &mut ldap3::Ldap) -> Result<Vec<DirectoryUser>, DirectoryError> {
        let attribute = self.config.match_attribute.clone();
        let (filter, state): (_, &[&str]) = match self.config.kind {
            DirectoryKind::OpenLdap => (
                format!("(&(objectClass=inetOrgPerson)({attribute}=*))"),
                // Operational attributes: asked for by name.
                &["pwdChangedTime", "pwdAccountLockedTime", "pwdPolicySubentry", "nsAccountLock"],
            ),
            DirectoryKind::ActiveDirectory => (
                format!("(&(objectCategory=person)(objectClass=user)({attribute}=*))"),
                &[
                    "pwdLastSet",
                    "lockoutTime",
                    "userAccountControl",
                    "msDS-UserPasswordExpiryTimeComputed",
                    "adminCount",
                    "msDS-ResultantPSO",
                    "userPrincipalName",
                    "sAMAccountName",
                ],
            ),
        };
        let mut attrs = vec![attribute.as_str()];
        attrs.extend([
            "givenName",
            "sn",
            "cn",
            "displayName",
            "mail",
            "mobile",
            "telephoneNumber",
            "memberOf",
        ]);
        attrs.extend(state);
        let entries =
            self.search(ldap, (&self.config.base_dn, Scope::Subtree, &filter), attrs, "read users").await?;
        // OpenLDAP has memberOf only with its overlay (and not for entries
        // loaded offline): the groups' own member lists are the truth there.
        let members = match self.config.kind {
            DirectoryKind::OpenLdap => self.group_members(ldap).await?,
            DirectoryKind::ActiveDirectory => HashMap::new(),
        };
        let (policies, default_dn) = self.read_policies(ldap).await?;
        let context = SyncContext {
            attribute,
            members,
            protected: self.protected_members(ldap).await?,
            policies,
            default_dn,
        };
        let users = entries.into_iter().filter_map(|e| self.directory_user(e, &context)).collect();
        Ok(users)
    }

    /// Each member's groups (by lower-cased DN), from the groups' own member lists.
    async fn group_members(
        &self,
        ldap: &mut ldap3::Ldap,
    ) -> Result<HashMap<String, BTreeSet<String>>, DirectoryError> {
        let scope = (self.config.base_dn.as_str(), Scope::Subtree, "(objectClass=groupOfNames)");
        let groups = self.search(ldap, scope, vec!["cn", "member"], "read groups").await?;
        let mut members: HashMap<String, BTreeSet<String>> = HashMap::new();
        for group in groups {
            let Some(name) = first(&group, "cn") else { continue };
            for member in group.attrs.get("member").into_iter().flatten() {
                members.entry(member.to_ascii_lowercase()).or_default().insert(name.clone());
            }
        }
        Ok(members)
    }

    /// The user entry `e` as sync sees it (`None` without the match
    /// attribute), in the groups its memberOf names and those the context gives it.
    fn directory_user(&self, e: SearchEntry, context: &SyncContext) -> Option<DirectoryUser> {
        let username = first(&e, &context.attribute)?;
        let mut groups: BTreeSet<String> = e
            .attrs
            .get("memberOf")
            .into_iter()
            .flatten()
            .filter_map(|dn| dn.split(',').next()?.split_once('=').map(|(_, cn)| cn.to_owned()))
            .collect();
        groups.extend(context.members.get(&e.dn.to_ascii_lowercase()).into_iter().flatten().cloned());
        let protected = self.config.protection.dns.iter().any(|dn| same_dn(dn, &e.dn))
            || context.protected.contains(&normal_dn(&e.dn))
            || self.is_agent(&e)
            || (self.config.protection.admin_count && first(&e, "adminCount").as_deref() == Some("1"));
        let user = match self.config.kind {
            DirectoryKind::OpenLdap => {
                let changed = first(&e, "pwdChangedTime");
                let changed_at = changed.as_deref().and_then(stamps::generalized_time);
                let policy = first(&e, "pwdPolicySubentry").and_then(|dn| context.policy_name(&dn));
                let max_age = match &policy {
                    Some(name) => context.policies.named.get(name),
                    None => context.policies.default.as_ref(),
                }
                .and_then(|p| p.max_age_seconds)
                .and_then(|s| i64::try_from(s).ok());
                let expires_at = changed_at.zip(max_age).map(|(at, age)| at + chrono::Duration::seconds(age));
                DirectoryUser {
                    enabled: first(&e, "nsAccountLock").is_none_or(|v| !v.eq_ignore_ascii_case("true")),
                    locked: e.attrs.contains_key("pwdAccountLockedTime"),
                    locked_since: first(&e, "pwdAccountLockedTime")
                        .as_deref()
                        .and_then(stamps::generalized_time),
                    password_changed: changed,
                    password_changed_at: changed_at,
                    password_expires_at: expires_at,
                    policy,
                    ..self.common_user(&e, username, groups, protected)
                }
            }
            DirectoryKind::ActiveDirectory => {
                let changed = first(&e, "pwdLastSet");
                DirectoryUser {
                    // userAccountControl bit 2: ACCOUNTDISABLE.
                    enabled: first(&e, "userAccountControl")
                        .and_then(|v| v.parse::<u32>().ok())
                        .is_none_or(|v| v & 2 == 0),
                    locked: first(&e, "lockoutTime").is_some_and(|v| v != "0"),
                    locked_since: first(&e, "lockoutTime").as_deref().and_then(stamps::filetime),
                    password_changed_at: changed.as_deref().and_then(stamps::filetime),
                    password_changed: changed,
                    password_expires_at: first(&e, "msDS-UserPasswordExpiryTimeComputed")
                        .as_deref()
                        .and_then(stamps::filetime),
                    policy: first(&e, "msDS-ResultantPSO").and_then(|dn| context.policy_name(&dn)),
                    ..self.common_user(&e, username, groups, protected)
                }
            }
        };
        Some(user)
    }

    /// The parts of a synced user both directories write the same way.
    fn common_user(
        &self,
        e: &SearchEntry,
        username: String,
        groups: BTreeSet<String>,
        protected: bool,
    ) -> DirectoryUser {
        DirectoryUser {
            username,
            dn: e.dn.clone(),
            first_name: first(e, "givenName"),
            last_name: first(e, "sn"),
            display_name: first(e, "displayName").or_else(|| first(e, "cn")),
            mail: first(e, "mail"),
            mobile: first(e, "mobile"),
            telephone: first(e, "telephoneNumber"),
            groups,
            enabled: true,
            locked: false,
            password_changed: None,
            password_changed_at: None,
            locked_since: None,
            password_expires_at: None,
            protected,
            policy: None,
        }
    }

    /// The naming context the base DN lies in (AD: the domain's,
    /// `defaultNamingContext`), where protected groups and AD's password
    /// settings live; the base DN itself when the RootDSE does not say.
    async fn naming_context(&self, ldap: &mut ldap3::Ldap) -> Result<String, DirectoryError> {
        let ldap3::SearchResult(entries, _) = ldap
            .search("", Scope::Base, "(objectClass=*)", vec!["defaultNamingContext", "namingContexts"])
            .await
            .map_err(|e| self.unreachable(e))?;
        let base = normal_dn(&self.config.base_dn);
        let root = entries.into_iter().next().map(SearchEntry::construct).and_then(|e| {
            let default = first(&e, "defaultNamingContext")
                .filter(|_| self.config.kind == DirectoryKind::ActiveDirectory);
            default.or_else(|| {
                e.attrs
                    .get("namingContexts")?
                    .iter()
                    .filter(|c| {
                        let c = normal_dn(c);
                        !c.is_empty() && (base == c || base.ends_with(&format!(",{c}")))
                    })
                    .max_by_key(|c| c.len())
                    .cloned()
            })
        });
        Ok(root.unwrap_or_else(|| self.config.base_dn.clone()))
    }

    /// Whether `entry` is the agent's own account: its bind DN, or (AD) its
    /// user principal name or `DOMAIN\name`.
    fn is_agent(&self, entry: &SearchEntry) -> bool {
        let bind = &self.config.bind_dn;
        same_dn(bind, &entry.dn)
            || first(entry, "userPrincipalName").is_some_and(|upn| upn.eq_ignore_ascii_case(bind))
            || first(entry, "sAMAccountName").is_some_and(|sam| {
                bind.rsplit_once('\\').is_some_and(|(_, name)| name.eq_ignore_ascii_case(&sam))
            })
    }

    fn is_protected_group(&self, dn: &str, cn: Option<&str>) -> bool {
        self.config.protection.groups.iter().any(|group| match group {
            GroupRef::Dn(protected) => same_dn(protected, dn),
            GroupRef::Name(name) => cn.is_some_and(|cn| cn.eq_ignore_ascii_case(name)),
        })
    }

    /// Whether the account at `dn` is protected, as the directory holds it
    /// now: the agent's own, named in `LATCHKEY_AGENT_PROTECTED_DNS`, AD's
    /// `adminCount=1`, or a member of a protected group (AD: through nested
    /// groups too).
    pub(crate) async fn is_protected(
        &self,
        ldap: &mut ldap3::Ldap,
        dn: &str,
    ) -> Result<bool, DirectoryError> {
        let protection = &self.config.protection;
        if protection.dns.iter().any(|protected| same_dn(protected, dn)) {
            return Ok(true);
        }
        let ldap3::SearchResult(entries, result) = ldap
            .search(
                dn,
                Scope::Base,
                "(objectClass=*)",
                vec!["adminCount", "userPrincipalName", "sAMAccountName"],
            )
            .await
            .map_err(|e| self.unreachable(e))?;
        let Some(entry) = entries.into_iter().next().map(SearchEntry::construct) else {
            return Err(DirectoryError::Failed {
                operation: "read the account",
                rc: result.rc,
                text: result.text,
            });
        };
        if self.is_agent(&entry)
            || (protection.admin_count && first(&entry, "adminCount").as_deref() == Some("1"))
        {
            return Ok(true);
        }
        if protection.groups.is_empty() {
            return Ok(false);
        }
        let root = self.naming_context(ldap).await?;
        let filter = match self.config.kind {
            DirectoryKind::ActiveDirectory => format!("(member:{IN_CHAIN}:={})", ldap_escape(dn)),
            DirectoryKind::OpenLdap => format!("(|(member={0})(uniqueMember={0}))", ldap_escape(dn)),
        };
        let groups = self
            .search(ldap, (&root, Scope::Subtree, &filter), vec!["cn"], "read the account's groups")
            .await?;
        Ok(groups.into_iter().any(|g| self.is_protected_group(&g.dn, first(&g, "cn").as_deref())))
    }

    /// The members of every protected group (normalised DNs), for sync; AD
    /// through nested groups too.
    async fn protected_members(&self, ldap: &mut ldap3::Ldap) -> Result<HashSet<String>, DirectoryError> {
        let mut members = HashSet::new();
        let groups = &self.config.protection.groups;
        if groups.is_empty() {
            return Ok(members);
        }
        let root = self.naming_context(ldap).await?;
        let attrs = vec!["cn", "member", "uniqueMember"];
        let mut found = Vec::new();
        let names: String = groups
            .iter()
            .filter_map(|g| match g {
                GroupRef::Name(name) => Some(format!("(cn={})", ldap_escape(name))),
                GroupRef::Dn(_) => None,
            })
            .collect();
        if !names.is_empty() {
            let class = match self.config.kind {
                DirectoryKind::ActiveDirectory => "(objectClass=group)",
                DirectoryKind::OpenLdap => "(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames))",
            };
            let filter = format!("(&{class}(|{names}))");
            let scope = (root.as_str(), Scope::Subtree, filter.as_str());
            found.extend(self.search(ldap, scope, attrs.clone(), "read protected groups").await?);
        }
        for group in groups {
            let GroupRef::Dn(dn) = group else { continue };
            let ldap3::SearchResult(entries, result) = ldap
                .search(dn, Scope::Base, "(objectClass=*)", attrs.clone())
                .await
                .map_err(|e| self.unreachable(e))?;
            if result.rc == NO_SUCH_OBJECT {
                tracing::warn!(group = %dn, "a protected group named in LATCHKEY_AGENT_PROTECTED_GROUPS does not exist");
            }
            found.extend(entries.into_iter().map(SearchEntry::construct));
        }
        match self.config.kind {
            DirectoryKind::OpenLdap => {
                for group in &found {
                    for attribute in ["member", "uniqueMember"] {
                        members
                            .extend(group.attrs.get(attribute).into_iter().flatten().map(|m| normal_dn(m)));
                    }
                }
            }
            DirectoryKind::ActiveDirectory if !found.is_empty() => {
                let filter: String = found
                    .iter()
                    .map(|g| format!("(memberOf:{IN_CHAIN}:={})", ldap_escape(g.dn.as_str())))
                    .collect();
                let any = format!("(|{filter})");
                let scope = (self.config.base_dn.as_str(), Scope::Subtree, any.as_str());
                let entries = self.search(ldap, scope, vec!["1.1"], "read protected groups' members").await?;
                members.extend(entries.iter().map(|e| normal_dn(&e.dn)));
            }
            DirectoryKind::ActiveDirectory => {}
        }
        Ok(members)
    }

    /// The directory's password policies: AD's domain policy and its
    /// fine-grained password settings objects, or every ppolicy entry under
    /// the base DN. Sent to Latchkey, which shows them to users.
    pub async fn policies(&self) -> Result<DirectoryPolicies, DirectoryError> {
        let mut ldap = self.connect().await?;
        let policies = self.read_policies(&mut ldap).await;
        let _ = ldap.unbind().await;
        Ok(policies?.0)
    }

    /// The policies, and the DN of the default one where it has one (ppolicy).
    async fn read_policies(
        &self,
        ldap: &mut ldap3::Ldap,
    ) -> Result<(DirectoryPolicies, Option<String>), DirectoryError> {
        match self.config.kind {
            DirectoryKind::OpenLdap => self.ppolicies(ldap).await,
            DirectoryKind::ActiveDirectory => Ok((self.ad_policies(ldap).await?, None)),
        }
    }

    async fn ppolicies(
        &self,
        ldap: &mut ldap3::Ldap,
    ) -> Result<(DirectoryPolicies, Option<String>), DirectoryError> {
        let attrs = vec![
            "pwdMinLength",
            "pwdInHistory",
            "pwdMinAge",
            "pwdMaxAge",
            "pwdCheckQuality",
            "pwdCheckModule",
            "pwdUseCheckModule",
        ];
        let ldap3::SearchResult(entries, result) = ldap
            .search(&self.config.base_dn, Scope::Subtree, "(objectClass=pwdPolicy)", attrs)
            .await
            .map_err(|e| self.unreachable(e))?;
        if result.rc != 0 && result.rc != NO_SUCH_OBJECT {
            return Err(DirectoryError::Failed {
                operation: "read password policies",
                rc: result.rc,
                text: result.text,
            });
        }
        let mut named: BTreeMap<String, DirectoryPolicy> =
            entries.into_iter().map(SearchEntry::construct).map(|e| (e.dn.clone(), ppolicy(&e))).collect();
        let default_dn = match &self.config.ppolicy_default_dn {
            Some(configured) => {
                let found = named.keys().find(|dn| same_dn(dn, configured)).cloned();
                if found.is_none() {
                    tracing::warn!(policy = %configured, "LATCHKEY_AGENT_PPOLICY_DEFAULT_DN names no pwdPolicy entry under the base DN");
                }
                found
            }
            None if named.len() == 1 => named.keys().next().cloned(),
            None => named.keys().find(|dn| normal_dn(dn).split(',').next() == Some("cn=default")).cloned(),
        };
        let default = default_dn.as_ref().and_then(|dn| named.remove(dn));
        Ok((DirectoryPolicies { default, named }, default_dn))
    }

    async fn ad_policies(&self, ldap: &mut ldap3::Ldap) -> Result<DirectoryPolicies, DirectoryError> {
        let domain = self.naming_context(ldap).await?;
        let attrs = vec!["minPwdLength", "pwdProperties", "pwdHistoryLength", "minPwdAge", "maxPwdAge"];
        let ldap3::SearchResult(entries, _) = ldap
            .search(&domain, Scope::Base, "(objectClass=*)", attrs)
            .await
            .map_err(|e| self.unreachable(e))?;
        let default =
            entries.into_iter().next().map(SearchEntry::construct).filter(|e| !e.attrs.is_empty()).map(|e| {
                DirectoryPolicy {
                    min_length: number(&e, "minPwdLength"),
                    // DOMAIN_PASSWORD_COMPLEX, the lowest bit of pwdProperties.
                    complexity: first(&e, "pwdProperties")
                        .and_then(|v| v.parse::<u32>().ok())
                        .is_some_and(|v| v & 1 == 1),
                    history: number(&e, "pwdHistoryLength"),
                    min_age_seconds: first(&e, "minPwdAge")
                        .as_deref()
                        .and_then(stamps::ad_interval_seconds)
                        .unwrap_or(0),
                    max_age_seconds: first(&e, "maxPwdAge").as_deref().and_then(stamps::ad_interval_seconds),
                }
            });
        // Fine-grained policies: readable only with the right to, and absent
        // before Windows Server 2008's schema; without them, the domain's policy stands.
        let container = format!("CN=Password Settings Container,CN=System,{domain}");
        let attrs = vec![
            "msDS-MinimumPasswordLength",
            "msDS-PasswordComplexityEnabled",
            "msDS-PasswordHistoryLength",
            "msDS-MinimumPasswordAge",
            "msDS-MaximumPasswordAge",
        ];
        let named = match ldap
            .search(&container, Scope::OneLevel, "(objectClass=msDS-PasswordSettings)", attrs)
            .await
        {
            Ok(ldap3::SearchResult(entries, _)) => entries
                .into_iter()
                .map(SearchEntry::construct)
                .filter(|e| e.attrs.contains_key("msDS-MinimumPasswordLength"))
                .map(|e| {
                    let policy = DirectoryPolicy {
                        min_length: number(&e, "msDS-MinimumPasswordLength"),
                        complexity: first(&e, "msDS-PasswordComplexityEnabled")
                            .is_some_and(|v| v.eq_ignore_ascii_case("TRUE")),
                        history: number(&e, "msDS-PasswordHistoryLength"),
                        min_age_seconds: first(&e, "msDS-MinimumPasswordAge")
                            .as_deref()
                            .and_then(stamps::ad_interval_seconds)
                            .unwrap_or(0),
                        max_age_seconds: first(&e, "msDS-MaximumPasswordAge")
                            .as_deref()
                            .and_then(stamps::ad_interval_seconds),
                    };
                    (e.dn, policy)
                })
                .collect(),
            Err(err) => {
                tracing::debug!(error = %err, "the fine-grained password policies could not be read");
                BTreeMap::new()
            }
        };
        Ok(DirectoryPolicies { default, named })
    }
}

/// What sync reads once and applies to every user.
struct SyncContext {
    attribute: String,
    /// OpenLDAP: each member's groups, by lower-cased DN.
    members: HashMap<String, BTreeSet<String>>,
    /// The protected groups' members, by normalised DN.
    protected: HashSet<String>,
    policies: DirectoryPolicies,
    /// The default ppolicy's DN: a user naming it has no policy of their own.
    default_dn: Option<String>,
}

impl SyncContext {
    /// The name, in [`DirectoryPolicies::named`], of the policy at `dn`;
    /// `None` for the default one.
    fn policy_name(&self, dn: &str) -> Option<String> {
        if self.default_dn.as_deref().is_some_and(|default| same_dn(default, dn)) {
            return None;
        }
        Some(
            self.policies
                .named
                .keys()
                .find(|name| same_dn(name, dn))
                .cloned()
                .unwrap_or_else(|| dn.to_owned()),
        )
    }
}

/// A small count attribute (a length, a history), capped at what the wire holds.
fn number(entry: &SearchEntry, attribute: &str) -> u16 {
    first(entry, attribute)
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map_or(0, |v| u16::try_from(v).unwrap_or(u16::MAX))
}

/// A ppolicy entry as a [`DirectoryPolicy`]. ppolicy itself has no
/// complexity rule: `complexity` is true only when the entry hands quality
/// checks to a module (`pwdCheckModule`, with `pwdCheckQuality` on), whose
/// rules the agent cannot see but which usually are of that kind.
fn ppolicy(e: &SearchEntry) -> DirectoryPolicy {
    let seconds = |attribute| first(e, attribute).and_then(|v| v.trim().parse::<u64>().ok()).unwrap_or(0);
    let quality = first(e, "pwdCheckQuality").is_some_and(|v| v == "1" || v == "2");
    let module = first(e, "pwdCheckModule").is_some()
        && first(e, "pwdUseCheckModule").is_none_or(|v| !v.eq_ignore_ascii_case("FALSE"));
    DirectoryPolicy {
        min_length: number(e, "pwdMinLength"),
        complexity: quality && module,
        history: number(e, "pwdInHistory"),
        min_age_seconds: seconds("pwdMinAge"),
        max_age_seconds: Some(seconds("pwdMaxAge")).filter(|s| *s > 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unicode_pwd_is_quoted_utf16_little_endian() {
        assert_eq!(unicode_pwd("Ab1"), vec![b'"', 0, b'A', 0, b'b', 0, b'1', 0, b'"', 0]);
        assert_eq!(unicode_pwd("é").len(), 6, "one UTF-16 unit for é");
    }

    fn control(value: &[u8]) -> Vec<ldap3::controls::Control> {
        vec![ldap3::controls::Control(
            None,
            RawControl { ctype: PPOLICY_OID.into(), crit: false, val: Some(value.to_vec()) },
        )]
    }

    #[test]
    fn the_ppolicy_error_is_read_from_its_control_and_bad_controls_are_ignored() {
        // What OpenLDAP 2.5 sent for a too-short password: 30 03 81 01 06.
        assert_eq!(ppolicy_error(&control(&[0x30, 3, 0x81, 1, 6])), Some(6));
        // A warning element ([0]) before the error.
        assert_eq!(ppolicy_error(&control(&[0x30, 7, 0xA0, 2, 0x80, 0, 0x81, 1, 8])), Some(8));
        assert_eq!(ppolicy_error(&control(&[0x30, 9, 0x81])), None, "truncated");
        assert_eq!(ppolicy_error(&control(&[0x04, 1, 6])), None, "not a sequence");
        assert_eq!(ppolicy_error(&[]), None);
    }

    #[test]
    fn a_binds_answer_becomes_a_verdict() {
        let accepted = |must_change| Some(Verdict::Accepted { must_change });
        assert_eq!(verdict(0, None, ""), accepted(false));
        assert_eq!(verdict(0, Some(PP_CHANGE_AFTER_RESET), ""), accepted(true));
        assert_eq!(verdict(49, Some(PP_ACCOUNT_LOCKED), ""), Some(Verdict::Locked));
        assert_eq!(verdict(49, Some(PP_PASSWORD_EXPIRED), ""), accepted(true));
        assert_eq!(verdict(49, None, "Invalid credentials"), Some(Verdict::Wrong));
        let ad = |data: &str| {
            format!(
                "80090308: LdapErr: DSID-0C09042A, comment: AcceptSecurityContext error, data {data}, v3839"
            )
        };
        assert_eq!(verdict(49, None, &ad("52e")), Some(Verdict::Wrong));
        assert_eq!(verdict(49, None, &ad("775")), Some(Verdict::Locked));
        assert_eq!(verdict(49, None, &ad("773")), accepted(true));
        assert_eq!(verdict(49, None, &ad("532")), accepted(true));
        assert_eq!(verdict(49, None, &ad("533")), Some(Verdict::Disabled));
        assert_eq!(verdict(49, None, &ad("701")), Some(Verdict::Disabled));
        assert_eq!(verdict(49, None, "data "), Some(Verdict::Wrong));
        assert_eq!(verdict(53, None, ""), None, "not a verdict: reported as a failure");
    }

    #[test]
    fn dns_compare_without_case_or_blanks() {
        assert!(same_dn(
            "CN=Domain Admins, CN=Users,DC=example,DC=test",
            "cn=domain admins,cn=users,dc=example,dc=test"
        ));
        assert!(!same_dn("cn=a,dc=test", "cn=b,dc=test"));
    }

    #[test]
    fn refusals_are_told_apart_from_ppolicy_or_the_directorys_words() {
        assert_eq!(classify(Some(6), "Password fails quality checking policy"), Refusal::TooShort);
        assert_eq!(classify(Some(8), ""), Refusal::InHistory);
        assert_eq!(
            classify(
                None,
                "0000052D: Constraint violation - check_password_restrictions: the password is too short. It should be equal or longer than 7 characters!"
            ),
            Refusal::TooShort
        );
        assert_eq!(
            classify(
                None,
                "check_password_restrictions: the password does not meet the complexity criteria!"
            ),
            Refusal::Complexity
        );
        assert_eq!(
            classify(None, "check_password_restrictions: the password was already used (in history)!"),
            Refusal::InHistory
        );
        assert!(matches!(classify(None, "something else"), Refusal::Other(_)));
    }
}
