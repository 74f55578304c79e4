//! A throwaway OpenLDAP (slapd with the ppolicy overlay) on its own port
//! from a fresh database, for the agent's tests and the end-to-end
//! writeback tests. Needs Debian's `slapd` package (`infra/test.sh` installs it).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use ldap3::{LdapConnAsync, Scope, SearchEntry};

use crate::{Directory, DirectoryConfig};

pub const SUFFIX: &str = "dc=example,dc=test";
pub const AGENT_DN: &str = "cn=latchkey,ou=services,dc=example,dc=test";
pub const AGENT_SECRET: &str = "agent-secret-123";
pub const ADELE: &str = "uid=adele,ou=people,dc=example,dc=test";
pub const OLD: &str = "Old-Password-1";
/// adele's password in the Samba snapshot (`infra/scripts/samba-dc.sh`).
pub const AD_OLD: &str = "Old-Passw0rd-1";
/// The Samba agent account's password.
pub const AD_AGENT_SECRET: &str = "Agent-Passw0rd-1";

/// A throwaway slapd, stopped and deleted when dropped.
pub struct Slapd {
    pub dir: PathBuf,
    child: Child,
    pub url: String,
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The slapd configuration: an MDB database in `dir` under the ppolicy
/// overlay, the agent's account allowed to write passwords.
fn slapd_conf(dir: &Path) -> String {
    format!(
        r#"include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/nis.schema
modulepath /usr/lib/ldap
moduleload back_mdb
moduleload ppolicy
pidfile {dir}/slapd.pid
database mdb
suffix "{SUFFIX}"
rootdn "cn=root,{SUFFIX}"
rootpw root-secret-not-used-by-the-agent
directory {dir}/db
overlay ppolicy
ppolicy_default "cn=default,ou=policies,{SUFFIX}"
ppolicy_hash_cleartext
ppolicy_use_lockout
access to attrs=userPassword by dn.exact="{AGENT_DN}" write by self write by anonymous auth by * none
access to * by dn.exact="{AGENT_DN}" write by * read
"#,
        dir = dir.display()
    )
}

/// The directory's first contents: the password policy, the agent's
/// account, adele, alex, the Sales group and `people` more users.
fn base_ldif(people: usize) -> String {
    let mut ldif = format!(
        "dn: {SUFFIX}\nobjectClass: dcObject\nobjectClass: organization\no: Example\ndc: example\n\n\
         dn: ou=policies,{SUFFIX}\nobjectClass: organizationalUnit\nou: policies\n\n\
         dn: cn=default,ou=policies,{SUFFIX}\nobjectClass: device\nobjectClass: pwdPolicy\ncn: default\n\
         pwdAttribute: userPassword\npwdMinLength: 10\npwdCheckQuality: 2\npwdInHistory: 3\n\
         pwdLockout: TRUE\npwdMaxFailure: 3\npwdLockoutDuration: 0\n\n\
         dn: ou=services,{SUFFIX}\nobjectClass: organizationalUnit\nou: services\n\n\
         dn: {AGENT_DN}\nobjectClass: person\ncn: latchkey\nsn: agent\nuserPassword: {AGENT_SECRET}\n\n\
         dn: ou=people,{SUFFIX}\nobjectClass: organizationalUnit\nou: people\n\n\
         dn: {ADELE}\nobjectClass: inetOrgPerson\nuid: adele\ncn: Adele Vance\nsn: Vance\ngivenName: Adele\n\
         mail: adele@example.test\nmobile: +14255550101\ntelephoneNumber: +14255550199\nuserPassword: {OLD}\n\n\
         dn: uid=alex,ou=people,{SUFFIX}\nobjectClass: inetOrgPerson\nuid: alex\ncn: Alex Wilber\nsn: Wilber\n\
         userPassword: Alex-Password-1\n\n\
         dn: ou=groups,{SUFFIX}\nobjectClass: organizationalUnit\nou: groups\n\n\
         dn: cn=Sales,ou=groups,{SUFFIX}\nobjectClass: groupOfNames\ncn: Sales\nmember: {ADELE}\n"
    );
    for n in 0..people {
        ldif.push_str(&format!(
            "\ndn: uid=user{n},ou=people,{SUFFIX}\nobjectClass: inetOrgPerson\nuid: user{n}\ncn: User {n}\nsn: {n}\n\
             givenName: User\nmail: user{n}@example.test\nuserPassword: User-Password-{n}\n"
        ));
    }
    ldif
}

impl Slapd {
    pub fn start() -> Self {
        Self::start_with_people(0)
    }

    /// With `people` more users, `user0` … (password `User-Password-<n>`, mail `user<n>@example.test`).
    pub fn start_with_people(people: usize) -> Self {
        let slapd = ["/usr/sbin/slapd", "/usr/sbin/slapadd"];
        for binary in slapd {
            assert!(
                std::path::Path::new(binary).exists(),
                "{binary} is missing: install Debian's slapd package (infra/test.sh does)"
            );
        }
        static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!("latchkey-slapd-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("db")).unwrap();
        std::fs::write(dir.join("slapd.conf"), slapd_conf(&dir)).unwrap();
        std::fs::write(dir.join("base.ldif"), base_ldif(people)).unwrap();
        let loaded = Command::new("/usr/sbin/slapadd")
            .args([
                "-f",
                &dir.join("slapd.conf").to_string_lossy(),
                "-l",
                &dir.join("base.ldif").to_string_lossy(),
            ])
            .stdout(Stdio::null())
            .output()
            .unwrap();
        assert!(loaded.status.success(), "slapadd: {}", String::from_utf8_lossy(&loaded.stderr));
        let port = free_port();
        let url = format!("ldap://127.0.0.1:{port}");
        // -d 0: stay in the foreground (so the test owns the process), logging nothing.
        let child = Command::new("/usr/sbin/slapd")
            .args(["-f", &dir.join("slapd.conf").to_string_lossy(), "-h", &format!("{url}/"), "-d", "0"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(started.elapsed() < Duration::from_secs(10), "slapd did not start");
            std::thread::sleep(Duration::from_millis(20));
        }
        Self { dir, child, url }
    }

    pub fn config(&self) -> DirectoryConfig {
        let url = self.url.clone();
        DirectoryConfig::from_lookup(|name| {
            Some(match name {
                "LATCHKEY_AGENT_LDAP_URL" => url.clone(),
                "LATCHKEY_AGENT_BIND_DN" => AGENT_DN.into(),
                "LATCHKEY_AGENT_BIND_SECRET" => AGENT_SECRET.into(),
                "LATCHKEY_AGENT_BASE_DN" => SUFFIX.into(),
                _ => return None,
            })
        })
        .unwrap()
    }

    pub fn directory(&self) -> Directory {
        Directory::new(self.config()).unwrap()
    }

    /// Whether `dn` can sign in to the directory with `password`.
    pub async fn binds(&self, dn: &str, password: &str) -> bool {
        let (conn, mut ldap) = LdapConnAsync::new(&self.url).await.unwrap();
        ldap3::drive!(conn);
        let ok = ldap.simple_bind(dn, password).await.unwrap().rc == 0;
        let _ = ldap.unbind().await;
        ok
    }

    /// `attribute` of `dn`, as the agent's account reads it (operational ones included).
    pub async fn attribute(&self, dn: &str, attribute: &str) -> Option<String> {
        let (conn, mut ldap) = LdapConnAsync::new(&self.url).await.unwrap();
        ldap3::drive!(conn);
        ldap.simple_bind(AGENT_DN, AGENT_SECRET).await.unwrap().success().unwrap();
        let ldap3::SearchResult(entries, _) =
            ldap.search(dn, Scope::Base, "(objectClass=*)", vec![attribute]).await.unwrap();
        let entry = SearchEntry::construct(entries.into_iter().next()?);
        entry.attrs.get(attribute).and_then(|v| v.first()).cloned()
    }
}

impl Slapd {
    async fn as_agent(&self) -> ldap3::Ldap {
        let (conn, mut ldap) = LdapConnAsync::new(&self.url).await.unwrap();
        ldap3::drive!(conn);
        ldap.simple_bind(AGENT_DN, AGENT_SECRET).await.unwrap().success().unwrap();
        ldap
    }

    /// Replaces `attribute` of `dn` with `value`, as the directory's admin would.
    pub async fn set(&self, dn: &str, attribute: &str, value: &str) {
        let change = ldap3::Mod::Replace(attribute, std::collections::HashSet::from([value]));
        self.as_agent().await.modify(dn, vec![change]).await.unwrap().success().unwrap();
    }

    /// Deletes `dn`.
    pub async fn delete(&self, dn: &str) {
        self.as_agent().await.delete(dn).await.unwrap().success().unwrap();
    }
}

impl Drop for Slapd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A throwaway Samba AD DC on 127.0.0.2 over LDAPS with its own CA
/// (`infra/scripts/samba-dc.sh`), from a cached provisioned snapshot.
/// Samba's ports are fixed, so one runs at a time: tests that start one have
/// `samba` in their names, and nextest runs those one at a time
/// (`.config/nextest.toml`).
pub struct Samba {
    pub dir: PathBuf,
}

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../infra/scripts/samba-dc.sh")
}

impl Samba {
    pub fn start() -> Self {
        assert!(
            Path::new("/usr/sbin/samba").exists(),
            "/usr/sbin/samba is missing: install Debian's samba-ad-dc and samba-ad-provision (infra/test.sh does)"
        );
        let dir = std::env::temp_dir().join(format!("latchkey-samba-{}", std::process::id()));
        let out =
            Command::new("bash").arg(script()).args(["start", &dir.to_string_lossy()]).output().unwrap();
        assert!(out.status.success(), "samba-dc.sh start: {}", String::from_utf8_lossy(&out.stderr));
        Self { dir }
    }

    pub fn config(&self) -> DirectoryConfig {
        let ca = self.dir.join("ca.pem").to_string_lossy().into_owned();
        DirectoryConfig::from_lookup(|name| {
            Some(match name {
                "LATCHKEY_AGENT_DIRECTORY" => "active-directory".into(),
                "LATCHKEY_AGENT_LDAP_URL" => "ldaps://127.0.0.2:636".into(),
                "LATCHKEY_AGENT_BIND_DN" => "latchkey@example.test".into(),
                "LATCHKEY_AGENT_BIND_SECRET" => AD_AGENT_SECRET.into(),
                "LATCHKEY_AGENT_CA_BUNDLE" => ca.clone(),
                "LATCHKEY_AGENT_BASE_DN" => "DC=example,DC=test".into(),
                _ => return None,
            })
        })
        .unwrap()
    }

    pub fn directory(&self) -> Directory {
        Directory::new(self.config()).unwrap()
    }
}

impl Drop for Samba {
    fn drop(&mut self) {
        let _ = Command::new("bash").arg(script()).args(["stop", &self.dir.to_string_lossy()]).status();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
