//! The directory side of writeback: set a password (the directory's own
//! policy judges it), unlock, mark must-change, and read users for sync.
//!
//! Every operation opens its own connection and binds as the agent's
//! service account: jobs are rare (one per reset) and a fresh connection
//! never carries a half-failed state into the next job.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::Arc;

use ldap3::controls::RawControl;
use ldap3::exop::PasswordModify;
use ldap3::{LdapConnAsync, LdapConnSettings, Mod, Scope, SearchEntry, ldap_escape};
use secrecy::{ExposeSecret, SecretString};

pub use latchkey_writeback::Refusal;

use crate::config::{DirectoryConfig, DirectoryKind};

/// The ppolicy request/response control (draft-behera-ldap-password-policy).
const PPOLICY_OID: &str = "1.3.6.1.4.1.42.2.27.8.5.1";
/// LDAP result codes the agent tells apart.
const CONSTRAINT_VIOLATION: u32 = 19;
const NO_SUCH_OBJECT: u32 = 32;
const INVALID_CREDENTIALS: u32 = 49;
const UNWILLING_TO_PERFORM: u32 = 53;

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
        let tls = tls_config(config.ca_bundle.as_deref())?;
        let tls = Some(Arc::new(tls));
        Ok(Self { config, tls })
    }

    pub fn kind(&self) -> DirectoryKind {
        self.config.kind
    }

    /// A connection bound as the service account.
    /// A connection, not yet bound.
    async fn open(&self) -> Result<(LdapConnAsync, ldap3::Ldap), DirectoryError> {
        let mut settings = LdapConnSettings::new().set_conn_timeout(self.config.timeout);
        if let Some(tls) = &self.tls {
            settings = settings.set_config(tls.clone());
        }
        let (conn, mut ldap) = LdapConnAsync::with_settings(settings, &self.config.url)
            .await
            .map_err(|e| self.unreachable(e))?;
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
        let attribute = self.config.match_attribute.clone();
        let (filter, state) = match self.config.kind {
            DirectoryKind::OpenLdap => (
                format!("(&(objectClass=inetOrgPerson)({attribute}=*))"),
                ["pwdAccountLockedTime", "nsAccountLock"],
            ),
            DirectoryKind::ActiveDirectory => (
                format!("(&(objectCategory=person)(objectClass=user)({attribute}=*))"),
                ["lockoutTime", "userAccountControl"],
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
        let ldap3::SearchResult(entries, result) = ldap
            .search(&self.config.base_dn, Scope::Subtree, &filter, attrs)
            .await
            .map_err(|e| self.unreachable(e))?;
        if result.rc != 0 {
            return Err(DirectoryError::Failed { operation: "read users", rc: result.rc, text: result.text });
        }
        // OpenLDAP has memberOf only with its overlay (and not for entries
        // loaded offline): the groups' own member lists are the truth there.
        let members = match self.config.kind {
            DirectoryKind::OpenLdap => self.group_members(&mut ldap).await?,
            DirectoryKind::ActiveDirectory => HashMap::new(),
        };
        let _ = ldap.unbind().await;
        let users = entries
            .into_iter()
            .map(SearchEntry::construct)
            .filter_map(|e| self.directory_user(e, &attribute, &members))
            .collect();
        Ok(users)
    }

    /// Each member's groups (by lower-cased DN), from the groups' own member lists.
    async fn group_members(
        &self,
        ldap: &mut ldap3::Ldap,
    ) -> Result<HashMap<String, BTreeSet<String>>, DirectoryError> {
        let ldap3::SearchResult(groups, result) = ldap
            .search(&self.config.base_dn, Scope::Subtree, "(objectClass=groupOfNames)", vec!["cn", "member"])
            .await
            .map_err(|e| self.unreachable(e))?;
        if result.rc != 0 {
            return Err(DirectoryError::Failed {
                operation: "read groups",
                rc: result.rc,
                text: result.text,
            });
        }
        let mut members: HashMap<String, BTreeSet<String>> = HashMap::new();
        for group in groups.into_iter().map(SearchEntry::construct) {
            let Some(name) = first(&group, "cn") else { continue };
            for member in group.attrs.get("member").into_iter().flatten() {
                members.entry(member.to_ascii_lowercase()).or_default().insert(name.clone());
            }
        }
        Ok(members)
    }

    /// The user entry `e` as sync sees it (`None` without the match
    /// attribute), in the groups its memberOf names and those `members` gives it.
    fn directory_user(
        &self,
        e: SearchEntry,
        attribute: &str,
        members: &HashMap<String, BTreeSet<String>>,
    ) -> Option<DirectoryUser> {
        let username = first(&e, attribute)?;
        let mut groups: BTreeSet<String> = e
            .attrs
            .get("memberOf")
            .into_iter()
            .flatten()
            .filter_map(|dn| dn.split(',').next()?.split_once('=').map(|(_, cn)| cn.to_owned()))
            .collect();
        groups.extend(members.get(&e.dn.to_ascii_lowercase()).into_iter().flatten().cloned());
        let (enabled, locked) = match self.config.kind {
            DirectoryKind::OpenLdap => (
                first(&e, "nsAccountLock").is_none_or(|v| !v.eq_ignore_ascii_case("true")),
                e.attrs.contains_key("pwdAccountLockedTime"),
            ),
            DirectoryKind::ActiveDirectory => (
                // userAccountControl bit 2: ACCOUNTDISABLE.
                first(&e, "userAccountControl")
                    .and_then(|v| v.parse::<u32>().ok())
                    .is_none_or(|v| v & 2 == 0),
                first(&e, "lockoutTime").is_some_and(|v| v != "0"),
            ),
        };
        Some(DirectoryUser {
            username,
            first_name: first(&e, "givenName"),
            last_name: first(&e, "sn"),
            display_name: first(&e, "displayName").or_else(|| first(&e, "cn")),
            mail: first(&e, "mail"),
            mobile: first(&e, "mobile"),
            telephone: first(&e, "telephoneNumber"),
            groups,
            enabled,
            locked,
            dn: e.dn,
        })
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
