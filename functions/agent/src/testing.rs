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
/// Samba's `Administrator` (password from the provisioning in
/// `infra/scripts/samba-dc.sh`): a member of Domain Admins, Enterprise
/// Admins, Schema Admins and Administrators, with `adminCount=1`; a
/// protected account under the agent's Active Directory defaults.
pub const AD_ADMINISTRATOR: &str = "Administrator";
pub const AD_ADMINISTRATOR_PASSWORD: &str = "Admin-Passw0rd-1";

/// A throwaway slapd, stopped and deleted when dropped.
pub struct Slapd {
    pub dir: PathBuf,
    child: Child,
    pub url: String,
    /// Whether it serves StartTLS (`ca()` then signed its certificate).
    pub tls: bool,
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The lab's slapd configuration (`functions/agent/lab/slapd.conf`, shared
/// with `infra/scripts/slapd-lab.sh`): an MDB database in `dir` under the
/// ppolicy overlay, the agent's account allowed to write passwords.
const SLAPD_CONF: &str = include_str!("../lab/slapd.conf");
/// The directory's first contents (shared with the lab script too): the
/// password policy (pwdMinLength 10, history 3, lockout after 3, must change
/// after an administrator's reset), the agent's account, adele, alex and Sales.
pub const LAB_LDIF: &str = include_str!("../lab/base.ldif");

/// The protected group's member ([`SlapdOptions::admins`]) and their password.
pub const ROOT_ADMIN: &str = "uid=root-admin,ou=people,dc=example,dc=test";
pub const ROOT_ADMIN_PASSWORD: &str = "Root-Admin-Pass-1";
/// The protected group, by name, as `LATCHKEY_AGENT_PROTECTED_GROUPS` says it.
pub const PROTECTED_GROUP: &str = "LDAP Admins";
/// The directory administrator (slapd's rootdn), for [`Slapd::ldappasswd`].
const ROOT_DN: &str = "cn=root,dc=example,dc=test";
const ROOT_SECRET: &str = "root-secret-not-used-by-the-agent";

fn slapd_conf(dir: &Path, tls: bool) -> String {
    let mut conf = SLAPD_CONF.replace("@DIR@", &dir.display().to_string());
    if tls {
        let d = dir.display();
        // Global settings: before the first `database` line.
        let settings = format!(
            "TLSCACertificateFile {d}/ca.pem\nTLSCertificateFile {d}/server.pem\nTLSCertificateKeyFile {d}/server.key\n"
        );
        conf = conf.replacen("database mdb\n", &format!("{settings}database mdb\n"), 1);
    }
    conf
}

/// The first contents: the lab's, then the protected group and its member
/// when asked, and `people` more users.
fn base_ldif(options: &SlapdOptions) -> String {
    let mut ldif = LAB_LDIF.trim_end().to_owned();
    ldif.push('\n');
    if options.admins {
        ldif.push_str(&format!(
            "\ndn: {ROOT_ADMIN}\nobjectClass: inetOrgPerson\nuid: root-admin\ncn: Root Admin\nsn: Admin\n\
             userPassword: {ROOT_ADMIN_PASSWORD}\n\n\
             dn: cn={PROTECTED_GROUP},ou=groups,{SUFFIX}\nobjectClass: groupOfNames\ncn: {PROTECTED_GROUP}\n\
             member: {ROOT_ADMIN}\n"
        ));
    }
    for n in 0..options.people {
        ldif.push_str(&format!(
            "\ndn: uid=user{n},ou=people,{SUFFIX}\nobjectClass: inetOrgPerson\nuid: user{n}\ncn: User {n}\nsn: {n}\n\
             givenName: User\nmail: user{n}@example.test\nuserPassword: User-Password-{n}\n"
        ));
    }
    ldif
}

/// A throwaway CA and a certificate for 127.0.0.1 signed by it, in `dir`
/// (`ca.pem`, `server.pem`, `server.key`), made with the `openssl` CLI.
fn make_certificates(dir: &Path) {
    let openssl = |args: &[&str]| {
        let out = Command::new("openssl").args(args).current_dir(dir).output().unwrap();
        assert!(out.status.success(), "openssl {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    // P-256 keys: made in milliseconds, where RSA takes a good part of a second.
    let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
    openssl(
        &[
            &["req", "-x509"][..],
            &ec,
            &["-days", "2", "-subj", "/CN=Latchkey test CA", "-keyout", "ca.key", "-out", "ca.pem"],
        ]
        .concat(),
    );
    openssl(
        &[&["req"][..], &ec, &["-subj", "/CN=127.0.0.1", "-keyout", "server.key", "-out", "server.csr"]]
            .concat(),
    );
    std::fs::write(
        dir.join("server.ext"),
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
    )
    .unwrap();
    openssl(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        "server.ext",
        "-out",
        "server.pem",
    ]);
}

/// What a throwaway slapd holds and serves.
#[derive(Debug, Clone, Copy)]
pub struct SlapdOptions {
    /// Users `user0` … beyond the lab's.
    pub people: usize,
    /// StartTLS with a throwaway CA (`Slapd::ca`); off: plain LDAP only.
    pub tls: bool,
    /// The protected group `LDAP Admins` and its member `root-admin`.
    pub admins: bool,
}

impl Default for SlapdOptions {
    fn default() -> Self {
        Self { people: 0, tls: true, admins: false }
    }
}

impl Slapd {
    pub fn start() -> Self {
        Self::start_with(SlapdOptions::default())
    }

    /// With `people` more users, `user0` … (password `User-Password-<n>`, mail `user<n>@example.test`).
    pub fn start_with_people(people: usize) -> Self {
        Self::start_with(SlapdOptions { people, ..SlapdOptions::default() })
    }

    /// Without TLS: a directory the agent must refuse unless told it is a lab.
    pub fn start_plain() -> Self {
        Self::start_with(SlapdOptions { tls: false, ..SlapdOptions::default() })
    }

    /// With the protected group `LDAP Admins` and its member `root-admin`
    /// ([`Slapd::protected_config`]).
    pub fn start_with_admins() -> Self {
        Self::start_with(SlapdOptions { admins: true, ..SlapdOptions::default() })
    }

    pub fn start_with(options: SlapdOptions) -> Self {
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
        if options.tls {
            make_certificates(&dir);
        }
        std::fs::write(dir.join("slapd.conf"), slapd_conf(&dir, options.tls)).unwrap();
        std::fs::write(dir.join("base.ldif"), base_ldif(&options)).unwrap();
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
        Self { dir, child, url, tls: options.tls }
    }

    /// The CA that signed the server's certificate (when it serves TLS).
    pub fn ca(&self) -> PathBuf {
        self.dir.join("ca.pem")
    }

    /// The agent's settings for this directory, as environment variables:
    /// `ldap://` with StartTLS and this server's CA (a plain server gets the
    /// same but the CA, and the agent refuses it).
    pub fn env(&self) -> Vec<(&'static str, String)> {
        let mut env = vec![
            ("LATCHKEY_AGENT_LDAP_URL", self.url.clone()),
            ("LATCHKEY_AGENT_BIND_DN", AGENT_DN.into()),
            ("LATCHKEY_AGENT_BIND_SECRET", AGENT_SECRET.into()),
            ("LATCHKEY_AGENT_BASE_DN", SUFFIX.into()),
        ];
        if self.tls {
            env.push(("LATCHKEY_AGENT_CA_BUNDLE", self.ca().to_string_lossy().into_owned()));
        }
        env
    }

    /// [`Slapd::env`] with `extra` settings added (or replacing its own).
    pub fn config_with(&self, extra: &[(&str, &str)]) -> Result<DirectoryConfig, crate::ConfigError> {
        let env = self.env();
        DirectoryConfig::from_lookup(|name| {
            extra
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
                .or_else(|| env.iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone()))
        })
    }

    pub fn config(&self) -> DirectoryConfig {
        self.config_with(&[]).unwrap()
    }

    /// With `LDAP Admins` protected ([`Slapd::start_with_admins`]).
    pub fn protected_config(&self) -> DirectoryConfig {
        self.config_with(&[("LATCHKEY_AGENT_PROTECTED_GROUPS", PROTECTED_GROUP)]).unwrap()
    }

    pub fn directory(&self) -> Directory {
        Directory::new(self.config()).unwrap()
    }

    pub fn directory_with(&self, config: DirectoryConfig) -> Directory {
        Directory::new(config).unwrap()
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

    /// Adds the entry `dn` with `attributes`, as the agent's account.
    pub async fn add(&self, dn: &str, attributes: &[(&str, &[&str])]) {
        let attrs: Vec<(&str, std::collections::HashSet<&str>)> =
            attributes.iter().map(|(name, values)| (*name, values.iter().copied().collect())).collect();
        self.as_agent().await.add(dn, attrs).await.unwrap().success().unwrap();
    }

    /// Deletes `dn`.
    pub async fn delete(&self, dn: &str) {
        self.as_agent().await.delete(dn).await.unwrap().success().unwrap();
    }

    /// Sets `dn`'s password as the directory's administrator does with
    /// `ldappasswd` (RFC 3062 Password Modify, bound as the rootdn), behind Latchkey's back.
    pub async fn ldappasswd(&self, dn: &str, new: &str) {
        let (conn, mut ldap) = LdapConnAsync::new(&self.url).await.unwrap();
        ldap3::drive!(conn);
        ldap.simple_bind(ROOT_DN, ROOT_SECRET).await.unwrap().success().unwrap();
        let exop = ldap3::exop::PasswordModify { user_id: Some(dn), old_pass: None, new_pass: Some(new) };
        ldap.extended(exop).await.unwrap().success().unwrap();
        let _ = ldap.unbind().await;
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

    /// Runs `samba-tool user <args>` on the running DC's own database, as a
    /// domain administrator would.
    fn samba_tool_user(&self, args: &[&str]) {
        let dc = self.dir.join("dc");
        let out = Command::new("samba-tool")
            .arg("user")
            .args(args)
            .arg("-H")
            .arg(dc.join("private/sam.ldb"))
            .arg("-s")
            .arg(dc.join("etc/smb.conf"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "samba-tool user {}: {}",
            args[0],
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Sets `user`'s password behind Latchkey's back (`samba-tool user setpassword`).
    pub fn setpassword(&self, user: &str, password: &str) {
        self.samba_tool_user(&["setpassword", user, &format!("--newpassword={password}")]);
    }

    /// Disables `user` (`samba-tool user disable`).
    pub fn disable(&self, user: &str) {
        self.samba_tool_user(&["disable", user]);
    }
}

impl Drop for Samba {
    fn drop(&mut self) {
        let _ = Command::new("bash").arg(script()).args(["stop", &self.dir.to_string_lossy()]).status();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
