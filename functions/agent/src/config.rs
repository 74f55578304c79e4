//! The agent's directory settings, read once from the environment. The bind
//! secret comes from a file (preferred: a systemd credential or a file only
//! the agent's user can read) or the environment, and is never logged.

use std::path::PathBuf;
use std::time::Duration;

use secrecy::SecretString;

/// Which kind of directory the agent writes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectoryKind {
    /// OpenLDAP with the ppolicy overlay: RFC 3062 Password Modify,
    /// `pwdAccountLockedTime` for locks, `pwdReset` for must-change.
    OpenLdap,
    /// Active Directory (or Samba AD DC): `unicodePwd` over LDAPS,
    /// `lockoutTime: 0` to unlock, `pwdLastSet: 0` for must-change.
    ActiveDirectory,
}

/// How the connection to the directory is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    /// `ldaps://`: TLS from the first byte.
    Ldaps,
    /// `ldap://` upgraded with StartTLS before anything else is sent; a
    /// directory that refuses it is refused.
    StartTls,
    /// `ldap://` in clear: only with `LATCHKEY_AGENT_INSECURE_PLAIN_LDAP=lab-only`
    /// (passwords cross the network readable by anyone on the path).
    Plain,
}

/// The value `LATCHKEY_AGENT_INSECURE_PLAIN_LDAP` must hold to allow plain LDAP.
pub const PLAIN_LDAP_OPT_IN: &str = "lab-only";

/// The words `LATCHKEY_AGENT_WRITE_PROTECTED_ACCOUNTS` must hold, exactly, for
/// the agent to set the passwords of protected accounts.
pub const WRITE_PROTECTED_OPT_IN: &str = "I accept that Latchkey may set passwords of protected accounts";

/// Active Directory's protected groups, when `LATCHKEY_AGENT_PROTECTED_GROUPS`
/// is not set (with every entry whose `adminCount` is 1).
pub const AD_PROTECTED_GROUPS: [&str; 8] = [
    "Domain Admins",
    "Enterprise Admins",
    "Schema Admins",
    "Administrators",
    "Account Operators",
    "Server Operators",
    "Backup Operators",
    "Print Operators",
];

/// A group named in `LATCHKEY_AGENT_PROTECTED_GROUPS`: by its DN (anything
/// with an `=`) or by its common name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupRef {
    Dn(String),
    Name(String),
}

impl GroupRef {
    fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        if text.is_empty() {
            None
        } else if text.contains('=') {
            Some(Self::Dn(text.to_owned()))
        } else {
            Some(Self::Name(text.to_owned()))
        }
    }
}

/// Which accounts the agent treats as protected, and whether it may write
/// their passwords all the same.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Protection {
    /// Members of these groups (AD: nested membership counts too).
    pub groups: Vec<GroupRef>,
    /// These entries themselves (`LATCHKEY_AGENT_PROTECTED_DNS`).
    pub dns: Vec<String>,
    /// AD: every entry with `adminCount=1` (on by default for AD).
    pub admin_count: bool,
    /// The organisation accepted, in writing, that the agent writes their passwords.
    pub write_allowed: bool,
}

/// A setting that could not be read; says which and why, never its value.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{0} is not set")]
    Missing(&'static str),
    #[error("{name} is not valid: {reason}")]
    Invalid { name: &'static str, reason: String },
    #[error("could not read {name} from {path}")]
    Read {
        name: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Where the directory is and how the agent signs in to it.
#[derive(Clone)]
pub struct DirectoryConfig {
    pub kind: DirectoryKind,
    /// `ldap://host:389` (with StartTLS) or `ldaps://host:636`.
    pub url: String,
    /// How the connection is protected, read from the URL and the lab opt-in.
    pub transport: Transport,
    pub bind_dn: String,
    pub bind_secret: SecretString,
    /// PEM certificates to trust for LDAPS, instead of the system's.
    pub ca_bundle: Option<PathBuf>,
    /// Where users are searched for.
    pub base_dn: String,
    /// The attribute a Latchkey username is matched on (`uid`, `sAMAccountName`).
    pub match_attribute: String,
    /// How long to wait for the directory before calling it down.
    pub timeout: Duration,
    /// Protected accounts (`LATCHKEY_AGENT_PROTECTED_GROUPS`, `…_DNS`, `…_WRITE_PROTECTED_ACCOUNTS`).
    pub protection: Protection,
    /// OpenLDAP: the DN of the ppolicy default (`LATCHKEY_AGENT_PPOLICY_DEFAULT_DN`);
    /// unset: the only policy entry, or the one whose RDN is `cn=default`.
    pub ppolicy_default_dn: Option<String>,
}

impl std::fmt::Debug for DirectoryConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DirectoryConfig")
            .field("kind", &self.kind)
            .field("url", &self.url)
            .field("transport", &self.transport)
            .field("bind_dn", &self.bind_dn)
            .field("bind_secret", &"***")
            .field("ca_bundle", &self.ca_bundle)
            .field("base_dn", &self.base_dn)
            .field("match_attribute", &self.match_attribute)
            .field("protection", &self.protection)
            .field("ppolicy_default_dn", &self.ppolicy_default_dn)
            .finish()
    }
}

impl DirectoryConfig {
    /// Reads `LATCHKEY_AGENT_DIRECTORY` (`openldap` or `active-directory`),
    /// `LATCHKEY_AGENT_LDAP_URL`, `LATCHKEY_AGENT_BIND_DN`,
    /// `LATCHKEY_AGENT_BIND_SECRET_FILE` or `LATCHKEY_AGENT_BIND_SECRET`,
    /// `LATCHKEY_AGENT_CA_BUNDLE`, `LATCHKEY_AGENT_BASE_DN`,
    /// `LATCHKEY_AGENT_MATCH_ATTRIBUTE` (default `uid`, or `sAMAccountName`
    /// for Active Directory), `LATCHKEY_AGENT_LDAP_TIMEOUT_MS` (default 5000),
    /// `LATCHKEY_AGENT_INSECURE_PLAIN_LDAP`, `LATCHKEY_AGENT_PROTECTED_GROUPS`,
    /// `LATCHKEY_AGENT_PROTECTED_DNS`, `LATCHKEY_AGENT_WRITE_PROTECTED_ACCOUNTS`
    /// and `LATCHKEY_AGENT_PPOLICY_DEFAULT_DN`.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
    }

    pub fn from_lookup(var: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let required = |name: &'static str| var(name).ok_or(ConfigError::Missing(name));
        let kind = match var("LATCHKEY_AGENT_DIRECTORY").as_deref() {
            None | Some("openldap") => DirectoryKind::OpenLdap,
            Some("active-directory") => DirectoryKind::ActiveDirectory,
            Some(other) => {
                return Err(ConfigError::Invalid {
                    name: "LATCHKEY_AGENT_DIRECTORY",
                    reason: format!("{other:?} is neither openldap nor active-directory"),
                });
            }
        };
        let url = required("LATCHKEY_AGENT_LDAP_URL")?;
        if !(url.starts_with("ldap://") || url.starts_with("ldaps://")) {
            return Err(ConfigError::Invalid {
                name: "LATCHKEY_AGENT_LDAP_URL",
                reason: "must start with ldap:// or ldaps://".into(),
            });
        }
        let transport = transport(&var, kind, &url)?;
        let bind_secret = match var("LATCHKEY_AGENT_BIND_SECRET_FILE") {
            Some(path) => {
                let path = PathBuf::from(path);
                let text = std::fs::read_to_string(&path).map_err(|source| ConfigError::Read {
                    name: "LATCHKEY_AGENT_BIND_SECRET_FILE",
                    path: path.clone(),
                    source,
                })?;
                SecretString::from(text.trim_end_matches(['\r', '\n']).to_owned())
            }
            None => SecretString::from(required("LATCHKEY_AGENT_BIND_SECRET")?),
        };
        let timeout_ms = match var("LATCHKEY_AGENT_LDAP_TIMEOUT_MS") {
            None => 5_000,
            Some(ms) => ms.parse::<u64>().ok().filter(|ms| (100..=60_000).contains(ms)).ok_or_else(|| {
                ConfigError::Invalid {
                    name: "LATCHKEY_AGENT_LDAP_TIMEOUT_MS",
                    reason: "must be 100 to 60000".into(),
                }
            })?,
        };
        let default_attribute = match kind {
            DirectoryKind::OpenLdap => "uid",
            DirectoryKind::ActiveDirectory => "sAMAccountName",
        };
        let match_attribute =
            var("LATCHKEY_AGENT_MATCH_ATTRIBUTE").unwrap_or_else(|| default_attribute.into());
        if match_attribute.is_empty()
            || !match_attribute.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            return Err(ConfigError::Invalid {
                name: "LATCHKEY_AGENT_MATCH_ATTRIBUTE",
                reason: "must be an attribute name (letters, digits, hyphens)".into(),
            });
        }
        let protection = protection(&var, kind)?;
        Ok(Self {
            kind,
            url,
            transport,
            bind_dn: required("LATCHKEY_AGENT_BIND_DN")?,
            bind_secret,
            ca_bundle: var("LATCHKEY_AGENT_CA_BUNDLE").map(PathBuf::from),
            base_dn: required("LATCHKEY_AGENT_BASE_DN")?,
            match_attribute,
            timeout: Duration::from_millis(timeout_ms),
            protection,
            ppolicy_default_dn: var("LATCHKEY_AGENT_PPOLICY_DEFAULT_DN"),
        })
    }
}

/// How the connection is protected: ldaps://, or ldap:// with StartTLS
/// unless the lab opt-in allows it in clear.
fn transport(
    var: &impl Fn(&str) -> Option<String>,
    kind: DirectoryKind,
    url: &str,
) -> Result<Transport, ConfigError> {
    let plain_allowed = match var("LATCHKEY_AGENT_INSECURE_PLAIN_LDAP").as_deref() {
        None => false,
        Some(PLAIN_LDAP_OPT_IN) => true,
        Some(_) => {
            return Err(ConfigError::Invalid {
                name: "LATCHKEY_AGENT_INSECURE_PLAIN_LDAP",
                reason: format!(
                    "the only value is {PLAIN_LDAP_OPT_IN:?} (plain LDAP in a lab); unset it for TLS"
                ),
            });
        }
    };
    let transport = match (url.starts_with("ldaps://"), plain_allowed) {
        (true, _) => Transport::Ldaps,
        (false, false) => Transport::StartTls,
        (false, true) => Transport::Plain,
    };
    // Active Directory refuses to take a password over a connection in
    // clear: the lab opt-in would only move the error to the first reset.
    if kind == DirectoryKind::ActiveDirectory && transport == Transport::Plain {
        return Err(ConfigError::Invalid {
            name: "LATCHKEY_AGENT_INSECURE_PLAIN_LDAP",
            reason: "Active Directory sets passwords over TLS only: use ldaps:// or ldap:// with StartTLS"
                .into(),
        });
    }
    Ok(transport)
}

/// Which accounts are protected, and whether the organisation allowed the agent to write them.
fn protection(var: &impl Fn(&str) -> Option<String>, kind: DirectoryKind) -> Result<Protection, ConfigError> {
    let list = |name: &str| -> Option<Vec<String>> {
        var(name).map(|v| v.split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect())
    };
    let groups = match list("LATCHKEY_AGENT_PROTECTED_GROUPS") {
        Some(items) => items.iter().filter_map(|g| GroupRef::parse(g)).collect(),
        None => match kind {
            DirectoryKind::ActiveDirectory => {
                AD_PROTECTED_GROUPS.iter().filter_map(|g| GroupRef::parse(g)).collect()
            }
            DirectoryKind::OpenLdap => Vec::new(),
        },
    };
    let write_allowed = match var("LATCHKEY_AGENT_WRITE_PROTECTED_ACCOUNTS").as_deref() {
        None => false,
        Some(WRITE_PROTECTED_OPT_IN) => true,
        Some(_) => {
            return Err(ConfigError::Invalid {
                name: "LATCHKEY_AGENT_WRITE_PROTECTED_ACCOUNTS",
                reason: format!(
                    "to allow it, it must read exactly {WRITE_PROTECTED_OPT_IN:?}; unset it otherwise"
                ),
            });
        }
    };
    Ok(Protection {
        groups,
        dns: list("LATCHKEY_AGENT_PROTECTED_DNS").unwrap_or_default(),
        admin_count: kind == DirectoryKind::ActiveDirectory,
        write_allowed,
    })
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn config(pairs: &[(&str, &str)]) -> Result<DirectoryConfig, ConfigError> {
        let map: HashMap<String, String> =
            pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        DirectoryConfig::from_lookup(|name| map.get(name).cloned())
    }

    const BASE: [(&str, &str); 4] = [
        ("LATCHKEY_AGENT_LDAP_URL", "ldap://127.0.0.1:389"),
        ("LATCHKEY_AGENT_BIND_DN", "cn=latchkey,dc=example,dc=test"),
        ("LATCHKEY_AGENT_BIND_SECRET", "s3cret-value"),
        ("LATCHKEY_AGENT_BASE_DN", "dc=example,dc=test"),
    ];

    #[test]
    fn a_complete_setting_reads_and_never_shows_the_secret() {
        let c = config(&BASE).unwrap();
        assert_eq!(c.kind, DirectoryKind::OpenLdap);
        assert_eq!(c.match_attribute, "uid");
        assert!(!format!("{c:?}").contains("s3cret"));
    }

    #[test]
    fn each_bad_setting_is_named() {
        let mut pairs = BASE.to_vec();
        pairs.retain(|(k, _)| *k != "LATCHKEY_AGENT_BIND_DN");
        assert!(matches!(config(&pairs), Err(ConfigError::Missing("LATCHKEY_AGENT_BIND_DN"))));
        let mut ad = BASE.to_vec();
        ad.push(("LATCHKEY_AGENT_DIRECTORY", "active-directory"));
        ad.push(("LATCHKEY_AGENT_INSECURE_PLAIN_LDAP", "lab-only"));
        let err = config(&ad).unwrap_err().to_string();
        assert!(err.contains("over TLS only"), "{err}");
        let mut bad = BASE.to_vec();
        bad.push(("LATCHKEY_AGENT_MATCH_ATTRIBUTE", "uid)(x=*"));
        assert!(config(&bad).unwrap_err().to_string().contains("MATCH_ATTRIBUTE"));
        let mut weird = BASE.to_vec();
        weird.push(("LATCHKEY_AGENT_DIRECTORY", "novell"));
        assert!(!config(&weird).unwrap_err().to_string().contains("s3cret"));
        let mut plain = BASE.to_vec();
        plain.push(("LATCHKEY_AGENT_INSECURE_PLAIN_LDAP", "yes"));
        assert!(config(&plain).unwrap_err().to_string().contains("LATCHKEY_AGENT_INSECURE_PLAIN_LDAP"));
        let mut sloppy = BASE.to_vec();
        sloppy.push(("LATCHKEY_AGENT_WRITE_PROTECTED_ACCOUNTS", "yes"));
        let err = config(&sloppy).unwrap_err().to_string();
        assert!(err.contains("LATCHKEY_AGENT_WRITE_PROTECTED_ACCOUNTS"), "{err}");
    }

    #[test]
    fn ldap_urls_take_starttls_unless_the_lab_opt_in_says_plain() {
        assert_eq!(config(&BASE).unwrap().transport, Transport::StartTls);
        let mut plain = BASE.to_vec();
        plain.push(("LATCHKEY_AGENT_INSECURE_PLAIN_LDAP", "lab-only"));
        assert_eq!(config(&plain).unwrap().transport, Transport::Plain);
        let mut ldaps = plain.clone();
        ldaps[0] = ("LATCHKEY_AGENT_LDAP_URL", "ldaps://dc.example.test");
        assert_eq!(config(&ldaps).unwrap().transport, Transport::Ldaps, "TLS all the same");
        let mut ad = BASE.to_vec();
        ad.push(("LATCHKEY_AGENT_DIRECTORY", "active-directory"));
        assert_eq!(config(&ad).unwrap().transport, Transport::StartTls, "AD over StartTLS on 389");
    }

    #[test]
    fn protected_accounts_default_per_directory_and_the_opt_in_is_exact() {
        let c = config(&BASE).unwrap();
        assert_eq!(c.protection, Protection::default(), "OpenLDAP: none by default");
        let mut ad = BASE.to_vec();
        ad.push(("LATCHKEY_AGENT_DIRECTORY", "active-directory"));
        let p = config(&ad).unwrap().protection;
        assert_eq!(p.groups.len(), 8);
        assert!(p.groups.contains(&GroupRef::Name("Domain Admins".into())) && p.admin_count);
        let mut own = BASE.to_vec();
        own.push(("LATCHKEY_AGENT_PROTECTED_GROUPS", "LDAP Admins; cn=Ops,ou=groups,dc=example,dc=test;"));
        own.push(("LATCHKEY_AGENT_PROTECTED_DNS", "uid=root,dc=example,dc=test"));
        own.push(("LATCHKEY_AGENT_WRITE_PROTECTED_ACCOUNTS", WRITE_PROTECTED_OPT_IN));
        let p = config(&own).unwrap().protection;
        assert_eq!(
            p.groups,
            [
                GroupRef::Name("LDAP Admins".into()),
                GroupRef::Dn("cn=Ops,ou=groups,dc=example,dc=test".into())
            ]
        );
        assert_eq!(p.dns, ["uid=root,dc=example,dc=test"]);
        assert!(p.write_allowed && !p.admin_count);
    }
}
