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
    /// `ldap://host:389` or `ldaps://host:636` (Active Directory needs LDAPS
    /// to accept a password).
    pub url: String,
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
}

impl std::fmt::Debug for DirectoryConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DirectoryConfig")
            .field("kind", &self.kind)
            .field("url", &self.url)
            .field("bind_dn", &self.bind_dn)
            .field("bind_secret", &"***")
            .field("ca_bundle", &self.ca_bundle)
            .field("base_dn", &self.base_dn)
            .field("match_attribute", &self.match_attribute)
            .finish()
    }
}

impl DirectoryConfig {
    /// Reads `LATCHKEY_AGENT_DIRECTORY` (`openldap` or `active-directory`),
    /// `LATCHKEY_AGENT_LDAP_URL`, `LATCHKEY_AGENT_BIND_DN`,
    /// `LATCHKEY_AGENT_BIND_SECRET_FILE` or `LATCHKEY_AGENT_BIND_SECRET`,
    /// `LATCHKEY_AGENT_CA_BUNDLE`, `LATCHKEY_AGENT_BASE_DN`,
    /// `LATCHKEY_AGENT_MATCH_ATTRIBUTE` (default `uid`, or `sAMAccountName`
    /// for Active Directory) and `LATCHKEY_AGENT_LDAP_TIMEOUT_MS` (default 5000).
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
        if kind == DirectoryKind::ActiveDirectory && !url.starts_with("ldaps://") {
            return Err(ConfigError::Invalid {
                name: "LATCHKEY_AGENT_LDAP_URL",
                reason: "Active Directory sets passwords over LDAPS only: use ldaps://".into(),
            });
        }
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
        Ok(Self {
            kind,
            url,
            bind_dn: required("LATCHKEY_AGENT_BIND_DN")?,
            bind_secret,
            ca_bundle: var("LATCHKEY_AGENT_CA_BUNDLE").map(PathBuf::from),
            base_dn: required("LATCHKEY_AGENT_BASE_DN")?,
            match_attribute,
            timeout: Duration::from_millis(timeout_ms),
        })
    }
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
        let err = config(&ad).unwrap_err().to_string();
        assert!(err.contains("LDAPS"), "{err}");
        let mut bad = BASE.to_vec();
        bad.push(("LATCHKEY_AGENT_MATCH_ATTRIBUTE", "uid)(x=*"));
        assert!(config(&bad).unwrap_err().to_string().contains("MATCH_ATTRIBUTE"));
        let mut weird = BASE.to_vec();
        weird.push(("LATCHKEY_AGENT_DIRECTORY", "novell"));
        assert!(!config(&weird).unwrap_err().to_string().contains("s3cret"));
    }
}
