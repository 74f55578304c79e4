//! User sync up from an on-premises directory, as its agent sends it.
//!
//! A synced user is marked with the directory (`User::synced`); their
//! names, email, mobile, office phone, groups and enabled state follow the directory at
//! each sync, and their password lives in the directory (Latchkey keeps a
//! hash only of a password set through Latchkey, so the portal's sign-in
//! works after a reset or change; until then they reset without signing
//! in, with the email and mobile the directory holds). Removals are soft:
//! the account is disabled and marked removed, never deleted. A Latchkey
//! user of the same name who is not from this directory is left alone and
//! reported, so that a sync never takes over an account.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};

use crate::admin::people::parse_name;
use crate::directory::agents::Agents;
use crate::model::agents::Agent;
use crate::model::audit::{Action, AuditEvent, Outcome, Reason, RequestMeta};
use crate::model::directory::{Sent, SyncedFrom};
use crate::model::error::Error;
use crate::model::user::{NewUser, Role, User};
use crate::model::values::{E164, Email, GroupName, UserId, Username};

/// One user as the directory holds them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryUser {
    pub username: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub display_name: Option<String>,
    pub mail: Option<String>,
    pub mobile: Option<String>,
    /// The office phone (`telephoneNumber`): a voice-call method where the policy allows it.
    pub telephone: Option<String>,
    pub groups: BTreeSet<String>,
    pub enabled: bool,
    /// Locked in the directory, and since when where it says.
    pub locked: bool,
    pub locked_since: Option<DateTime<Utc>>,
    /// The password's change stamp as the directory writes it, and as a time.
    pub password_changed: Option<String>,
    pub password_changed_at: Option<DateTime<Utc>>,
    pub password_expires_at: Option<DateTime<Utc>>,
    /// A protected account there (privileged here).
    pub protected: bool,
    /// The fine-grained policy that applies, by name; `None`: the default.
    pub policy: Option<String>,
}

/// How far apart Latchkey's clock and a directory's may be when a stamp is
/// compared with the time Latchkey set a password (the first sync that
/// carries stamps has nothing else to compare with).
const CLOCK_SKEW_SECONDS: i64 = 120;

/// What a sync's password stamp says of the password Latchkey holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordNews {
    /// What Latchkey knows, or a first stamp it learns.
    Known,
    /// Read before Latchkey's own latest change landed, or while one is on
    /// its way: Latchkey keeps what it knows of the password and the lock.
    Stale,
    /// Changed by someone else (at a desktop, by the directory's
    /// administrator): the password Latchkey holds is the old one.
    Changed,
}

/// What `from`'s stamp says of `user`'s password. With a stamp on record,
/// another stamp is a change, unless it is one Latchkey's own changes
/// replaced (`earlier`), or one of them is on its way or not yet recorded
/// (`sent`: never learnt from a sync, so that a change whose answer is
/// lost is still seen later). Without one (the first sync that carries
/// stamps), a change time well after Latchkey set its password is.
pub fn password_news(user: &User, from: &DirectoryUser, sent: &[Sent]) -> PasswordNews {
    let known = user.synced.as_ref().and_then(|s| s.password.as_ref());
    let ours = |went: &Sent| match went {
        Sent::Unanswered => true,
        Sent::Left(stamp) => *stamp == from.password_changed,
    };
    match known {
        Some(known) if known.stamp == from.password_changed => PasswordNews::Known,
        _ if sent.iter().any(ours) => PasswordNews::Stale,
        Some(known) if known.earlier.contains(&from.password_changed) => PasswordNews::Stale,
        Some(_) => PasswordNews::Changed,
        None => match (user.password(), from.password_changed_at) {
            (Some(ours), Some(theirs))
                if theirs > ours.changed_at + chrono::Duration::seconds(CLOCK_SKEW_SECONDS) =>
            {
                PasswordNews::Changed
            }
            _ => PasswordNews::Known,
        },
    }
}

/// Copies the directory's view of the account onto `user`: its password
/// and lock only when they are `news` (a stale read leaves them as Latchkey knows them).
fn apply_state(user: &mut User, from: &DirectoryUser, news: PasswordNews) {
    if let Some(synced) = user.synced.as_mut() {
        if news != PasswordNews::Stale {
            synced.password = Some(crate::model::directory::DirectoryPassword {
                stamp: from.password_changed.clone(),
                changed_at: from.password_changed_at,
                earlier: Vec::new(),
            });
            synced.locked = from.locked;
            synced.locked_since = if from.locked { from.locked_since } else { None };
            synced.password_expires_at = from.password_expires_at;
        }
        synced.protected = from.protected;
        synced.policy = from.policy.clone();
    }
}

/// What changed in the directory since the agent's last sync.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncBatch {
    pub created: Vec<DirectoryUser>,
    pub updated: Vec<DirectoryUser>,
    /// Usernames the directory no longer has.
    pub removed: Vec<String>,
}

/// What a sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncReport {
    pub created: u32,
    pub updated: u32,
    pub removed: u32,
    /// Users left as they were, with why (`username`, reason).
    pub skipped: Vec<(String, String)>,
}

/// The most users one sync call may carry (the agent sends pages of them).
pub const MAX_BATCH: usize = 200;

/// A name from the directory under the rules every other path applies
/// (`parse_name`: at most 128 characters, no control characters); a refused
/// one is left out and reported, as a malformed phone number is.
fn checked_name(
    raw: Option<&str>,
    field: &'static str,
    username: &str,
    skipped: &mut Vec<(String, String)>,
) -> String {
    match raw.map(|r| parse_name(r, field, true)) {
        Some(Ok(name)) => name,
        Some(Err(e)) => {
            skipped.push((username.to_owned(), format!("{field} {}; left out", e.message)));
            String::new()
        }
        None => String::new(),
    }
}

fn apply_fields(user: &mut User, from: &DirectoryUser, skipped: &mut Vec<(String, String)>) {
    let first = checked_name(from.first_name.as_deref(), "first_name", &from.username, skipped);
    let last = checked_name(from.last_name.as_deref(), "last_name", &from.username, skipped);
    let display = checked_name(from.display_name.as_deref(), "display_name", &from.username, skipped);
    let fallback = || parse_name(&format!("{first} {last}"), "display_name", true).unwrap_or_default();
    user.display_name = if display.is_empty() { fallback() } else { display };
    if user.display_name.is_empty() {
        user.display_name = user.username.to_string();
    }
    user.first_name = first;
    user.last_name = last;
    user.emails = match from.mail.as_deref().map(Email::parse) {
        Some(Ok(email)) => vec![email],
        Some(Err(_)) => {
            skipped.push((from.username.clone(), "mail is not an email address; left out".into()));
            Vec::new()
        }
        None => Vec::new(),
    };
    user.phones = match from.mobile.as_deref().map(E164::parse) {
        Some(Ok(phone)) => vec![phone],
        Some(Err(_)) => {
            skipped.push((from.username.clone(), "mobile is not an international number; left out".into()));
            Vec::new()
        }
        None => Vec::new(),
    };
    user.registration.office_phone = match from.telephone.as_deref().map(E164::parse) {
        Some(Ok(phone)) => Some(phone),
        Some(Err(_)) => {
            skipped
                .push((from.username.clone(), "telephone is not an international number; left out".into()));
            None
        }
        None => None,
    };
    user.groups = from.groups.iter().filter_map(|g| GroupName::parse(g).ok()).collect();
    user.enabled = from.enabled;
}

impl Agents {
    fn sync_event(&self, user: &User, action: Action, reason: String, meta: &RequestMeta) -> AuditEvent {
        AuditEvent::about(self.ports().stamp(), None, user, (action, Outcome::Success), &reason, meta)
    }

    /// Applies `batch` from `agent`'s directory.
    #[expect(
        clippy::too_many_lines,
        reason = "one pass over the batch: create, update, regroup or disable each user and audit it, in order, within the batch limits"
    )]
    pub async fn sync(
        &self,
        agent: &Agent,
        batch: SyncBatch,
        meta: &RequestMeta,
    ) -> Result<SyncReport, Error> {
        let users = batch.created.len() + batch.updated.len() + batch.removed.len();
        if users > MAX_BATCH {
            return Err(crate::model::values::ParseError::new(
                "created",
                format!("send at most {MAX_BATCH} users a call"),
            )
            .into());
        }
        let ports = self.ports();
        let now = ports.clock.now();
        let mut report = SyncReport::default();
        let source = |now: DateTime<Utc>| SyncedFrom::new(agent.directory.clone(), now);
        let reason = format!("directory_sync:{},agent:{}", agent.directory, agent.id);
        // Latchkey's own changes on their way: their new stamps are no news.
        let sent = if batch.updated.is_empty() {
            Default::default()
        } else {
            ports.writeback.sent_lately(&agent.directory).await?
        };
        for from in batch.created.iter().chain(&batch.updated) {
            let Ok(username) = Username::parse(&from.username) else {
                report.skipped.push((from.username.clone(), "not a valid Latchkey username".into()));
                continue;
            };
            match ports.directory.user_by_username(&username).await? {
                None => {
                    let new = NewUser {
                        username: username.clone(),
                        display_name: String::new(),
                        first_name: String::new(),
                        last_name: String::new(),
                        emails: Vec::new(),
                        phones: Vec::new(),
                        roles: BTreeSet::from([Role::User]),
                        groups: BTreeSet::new(),
                        language: None,
                    };
                    let mut user = new.into_user(UserId::new(ports.random.hex(16)), now);
                    apply_fields(&mut user, from, &mut report.skipped);
                    user.synced = Some(source(now));
                    apply_state(&mut user, from, PasswordNews::Known);
                    crate::admin::groups::ensure(ports, None, &user.groups, meta).await?;
                    let event = self.sync_event(&user, Action::UserCreated, reason.clone(), meta);
                    match ports.directory.create_user(&user, &event).await {
                        Ok(()) => report.created += 1,
                        Err(crate::PortError::Conflict { .. }) => report.skipped.push((
                            from.username.clone(),
                            "created at the same time by another request".into(),
                        )),
                        Err(err) => return Err(err.into()),
                    }
                }
                Some(mut user) if user.synced.as_ref().is_some_and(|s| s.directory == agent.directory) => {
                    let before = user.clone();
                    let news = password_news(&user, from, sent.get(&user.id).map_or(&[], Vec::as_slice));
                    // What the sync does not say again (a stale read's password and lock) stays.
                    let known =
                        user.synced.take().map(|k| SyncedFrom { synced_at: now, removed_at: None, ..k });
                    apply_fields(&mut user, from, &mut report.skipped);
                    user.synced = known.or_else(|| Some(source(now)));
                    apply_state(&mut user, from, news);
                    if news == PasswordNews::Stale {
                        report.skipped.push((
                            from.username.clone(),
                            "password state read before Latchkey's own change landed; sent again at the next sync"
                                .into(),
                        ));
                    }
                    let mut why = reason.clone();
                    if news == PasswordNews::Changed {
                        // Changed at a desktop or by the directory's administrator: the
                        // password Latchkey holds is the old one. It stops working now,
                        // with every session it opened; the next sign-in asks the directory.
                        user.forget_password();
                        user.revoke_sessions();
                        why.push_str(",password_changed_in_directory");
                    }
                    user.version += 1;
                    let event = self.sync_event(&user, Action::UserUpdated, why, meta);
                    let written = if user.groups == before.groups {
                        ports.directory.update_user(&user, &[event]).await
                    } else {
                        let named = user.groups.union(&before.groups).cloned().collect();
                        crate::admin::groups::ensure(ports, None, &named, meta).await?;
                        let change = crate::model::groups::Regroup {
                            user: user.clone(),
                            before: before.groups.clone(),
                        };
                        ports.directory.regroup(&[change], &[event]).await
                    };
                    match written {
                        Ok(()) => report.updated += 1,
                        Err(crate::PortError::Conflict { .. }) => report.skipped.push((
                            from.username.clone(),
                            "changed in Latchkey at the same time; the next sync retries".into(),
                        )),
                        Err(err) => return Err(err.into()),
                    }
                }
                Some(_) => report.skipped.push((
                    from.username.clone(),
                    "a Latchkey user of this name exists and is not synced from this directory".into(),
                )),
            }
        }
        for name in &batch.removed {
            let Ok(username) = Username::parse(name) else { continue };
            let Some(mut user) = ports.directory.user_by_username(&username).await? else { continue };
            let ours = user
                .synced
                .as_ref()
                .is_some_and(|s| s.directory == agent.directory && s.removed_at.is_none());
            if !ours {
                continue;
            }
            user.enabled = false;
            if let Some(synced) = user.synced.as_mut() {
                synced.removed_at = Some(now);
            }
            user.revoke_sessions();
            user.version += 1;
            let event =
                self.sync_event(&user, Action::UserUpdated, format!("{reason},removed_from_directory"), meta);
            match ports.directory.update_user(&user, &[event]).await {
                Ok(()) => report.removed += 1,
                Err(crate::PortError::Conflict { .. }) => report.skipped.push((
                    name.clone(),
                    "changed in Latchkey at the same time; the next sync retries".into(),
                )),
                Err(err) => return Err(err.into()),
            }
        }
        let summary = AuditEvent {
            id: ports.random.hex(16),
            at: now,
            actor: None,
            target: None,
            target_name: Some(agent.id.to_string()),
            action: Action::DirectorySynced,
            outcome: Outcome::Success,
            reason: Some(Reason::from(format!(
                "directory:{},created:{},updated:{},removed:{},skipped:{}",
                agent.directory,
                report.created,
                report.updated,
                report.removed,
                report.skipped.len()
            ))),
            client_ip: meta.client_ip.clone(),
            user_agent: meta.user_agent.clone(),
            methods: Vec::new(),
        };
        ports.audit.record(&summary).await?;
        Ok(report)
    }
}
