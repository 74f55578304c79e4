//! Applies Latchkey's jobs to the directory: each at most once, never after
//! it expired, a password opened only with this agent's own key, and every
//! ending reported as an [`Outcome`] without a secret in it.
//!
//! With a [`Journal`], every job is written down before the directory is
//! touched (with the user's password and lock state as the directory holds
//! them then) and crossed out once Latchkey has its result. An agent that
//! was stopped mid-job reads its journal when it starts again, asks the
//! directory whether the change took effect, and reports that, so that
//! Latchkey ends up where the directory is (`writeback::reconcile` in the
//! core). The journal holds no password, sealed or not.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use chrono::{DateTime, Duration, Utc};
use latchkey_writeback::{AgentKeys, Job, JobId, JobResult, Operation, Outcome};

use serde::{Deserialize, Serialize};

use crate::directory::{Directory, DirectoryError, Marker, UserEntry};

/// One job begun: what the directory held before, and how it ended once known.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct JournalEntry {
    pub job: JobId,
    pub username: String,
    pub unlock: bool,
    pub before: Marker,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
}

/// Jobs begun and not yet reported, a file each (mode 0600) in a directory
/// only the agent may read (0700), written whole by rename.
pub struct Journal {
    dir: PathBuf,
}

impl Journal {
    pub fn open(dir: &Path) -> std::io::Result<Self> {
        std::fs::create_dir_all(dir)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        }
        Ok(Self { dir: dir.to_owned() })
    }

    /// The entry's file: job ids are Latchkey's (digits, a dash, hex), but
    /// anything else is kept out of the path all the same.
    fn path(&self, job: &JobId) -> PathBuf {
        let name: String =
            job.0.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(64).collect();
        self.dir.join(format!("{name}.json"))
    }

    pub fn write(&self, entry: &JournalEntry) -> std::io::Result<()> {
        let path = self.path(&entry.job);
        let part = path.with_extension("part");
        let text = serde_json::to_vec(entry).map_err(std::io::Error::other)?;
        {
            use std::io::Write;
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create(true).truncate(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let mut file = options.open(&part)?;
            file.write_all(&text)?;
            file.sync_all()?;
        }
        std::fs::rename(part, path)
    }

    pub fn remove(&self, job: &JobId) {
        let path = self.path(job);
        if let Err(err) = std::fs::remove_file(&path)
            && err.kind() != std::io::ErrorKind::NotFound
        {
            tracing::error!(job = %job.0, error = %err, "could not cross a job out of the journal");
        }
    }

    pub fn entries(&self) -> Vec<JournalEntry> {
        let Ok(files) = std::fs::read_dir(&self.dir) else { return Vec::new() };
        let mut entries = Vec::new();
        for file in files.flatten() {
            let path = file.path();
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            match std::fs::read(&path).map(|b| serde_json::from_slice::<JournalEntry>(&b)) {
                Ok(Ok(entry)) => entries.push(entry),
                _ => {
                    tracing::error!(path = %path.display(), "a journal entry that does not read: left as it is")
                }
            }
        }
        entries.sort_by(|a, b| a.job.cmp(&b.job));
        entries
    }
}

/// How long a finished job's result is kept to answer a redelivery: twice a
/// job's lifetime, after which no copy of it can still be valid.
fn remembered_for() -> Duration {
    Duration::seconds(2 * latchkey_writeback::JOB_LIFETIME_SECONDS)
}

pub struct Worker {
    directory: Directory,
    keys: AgentKeys,
    /// Jobs finished lately, with their results: a job delivered twice is
    /// answered, not applied again (Latchkey hands each job out once; this
    /// holds even if a reply was lost and the same job came back).
    done: Mutex<HashMap<JobId, (DateTime<Utc>, Outcome)>>,
    journal: Option<Journal>,
}

/// How a job that the directory did not carry out ended.
fn failure(err: DirectoryError) -> Outcome {
    match err {
        DirectoryError::Refused(refusal) => Outcome::Refused { refusal },
        DirectoryError::UserNotFound { .. } => Outcome::UserNotFound,
        DirectoryError::Unreachable { .. } => Outcome::DirectoryDown,
        other => Outcome::Failed { detail: other.to_string() },
    }
}

/// What a writing job does, its password opened.
enum Change {
    SetPassword { password: secrecy::SecretString, must_change: bool },
    Unlock,
}

impl Worker {
    pub fn new(directory: Directory, keys: AgentKeys) -> Self {
        Self { directory, keys, done: Mutex::default(), journal: None }
    }

    /// Journals every job in `journal` (see the module's comment).
    pub fn with_journal(mut self, journal: Journal) -> Self {
        self.journal = Some(journal);
        self
    }

    /// Latchkey has `job`'s result: its journal entry goes.
    pub fn settled(&self, job: &JobId) {
        if let Some(journal) = &self.journal {
            journal.remove(job);
        }
    }

    /// The results of jobs a stopped agent began and did not report: each
    /// as its journal recorded it or, cut off before the directory answered,
    /// as the directory's state now says (the password's change time moved,
    /// the lock is gone). Call before taking new jobs. Entries whose
    /// directory cannot be read now stay for the next start.
    pub async fn recover(&self) -> Vec<JobResult> {
        let Some(journal) = &self.journal else { return Vec::new() };
        let mut results = Vec::new();
        for entry in journal.entries() {
            let outcome = match entry.outcome {
                Some(outcome) => outcome,
                None => match self.directory.marker(&entry.username).await {
                    Ok(now) => {
                        // An unlock took if the account is not locked now.
                        let took = if entry.unlock {
                            !now.locked
                        } else {
                            now.password_changed != entry.before.password_changed
                        };
                        if took {
                            // The stamp the directory holds now, for Latchkey to know the change for its own.
                            let password_changed = if entry.unlock { None } else { now.password_changed };
                            Outcome::Applied { password_changed }
                        } else {
                            Outcome::Failed {
                                detail: "the agent stopped before the directory took the change".into(),
                            }
                        }
                    }
                    Err(DirectoryError::UserNotFound { .. }) => Outcome::UserNotFound,
                    Err(err) => {
                        tracing::warn!(job = %entry.job.0, error = %crate::chain(&err), "cannot tell yet whether a journalled job took effect");
                        continue;
                    }
                },
            };
            tracing::info!(job = %entry.job.0, outcome = ?outcome, "a journalled job, to be reported late");
            results.push(JobResult { job: entry.job, outcome });
        }
        results
    }

    /// Writes `entry` to the journal, if there is one.
    fn journal(&self, entry: &JournalEntry) -> Result<(), Outcome> {
        match &self.journal {
            Some(journal) => journal.write(entry).map_err(|err| {
                tracing::error!(job = %entry.job.0, error = %err, "could not write the journal: the job is not applied");
                Outcome::Failed { detail: "the agent could not write its journal".into() }
            }),
            None => Ok(()),
        }
    }

    /// Before the directory is touched: what it holds now, journalled.
    async fn begin(&self, job: &Job, user: &mut UserEntry<'_>) -> Result<Option<JournalEntry>, Outcome> {
        if self.journal.is_none() {
            return Ok(None);
        }
        let (username, unlock) = match &job.operation {
            Operation::SetPassword { username, .. } => (username, false),
            Operation::Unlock { username } => (username, true),
            // A check changes nothing: there is nothing to reconcile.
            Operation::Verify { .. } => return Ok(None),
        };
        let before = user.marker().await.map_err(failure)?;
        let entry =
            JournalEntry { job: job.id.clone(), username: username.clone(), unlock, before, outcome: None };
        self.journal(&entry)?;
        Ok(Some(entry))
    }

    pub fn keys(&self) -> &AgentKeys {
        &self.keys
    }

    /// Applies `job` (at `now`) and says how it ended.
    /// Jobs may be applied concurrently; the same job twice is not.
    pub async fn apply(&self, job: &Job, now: DateTime<Utc>) -> JobResult {
        let seen = {
            // The list stays a valid map even if a holder panicked, so a poisoned lock is used as it is.
            let mut done = self.done.lock().unwrap_or_else(PoisonError::into_inner);
            done.retain(|_, (at, _)| now - *at < remembered_for());
            done.get(&job.id).map(|(_, outcome)| outcome.clone())
        };
        if let Some(outcome) = seen {
            tracing::info!(job = %job.id.0, "job delivered again: answered, not applied twice");
            return JobResult { job: job.id.clone(), outcome };
        }
        let outcome = if now > job.expires_at { Outcome::Expired } else { self.apply_now(job).await };
        // A directory that was down changed nothing: a redelivery may try again.
        if outcome != Outcome::DirectoryDown {
            self.done
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .insert(job.id.clone(), (now, outcome.clone()));
        }
        tracing::info!(job = %job.id.0, outcome = ?outcome, "job finished");
        JobResult { job: job.id.clone(), outcome }
    }

    /// Journals `job` and applies it, on one connection to the directory.
    async fn apply_now(&self, job: &Job) -> Outcome {
        // The password opens before the directory is touched: a job sealed
        // to another key changes nothing there.
        let (username, change) = match &job.operation {
            Operation::SetPassword { username, password, must_change } => {
                match self.keys.open(&job.id, password) {
                    Ok(password) => (username, Change::SetPassword { password, must_change: *must_change }),
                    Err(err) => return Outcome::Failed { detail: err.to_string() },
                }
            }
            Operation::Unlock { username } => (username, Change::Unlock),
            Operation::Verify { username, password } => {
                let password = match self.keys.open(&job.id, password) {
                    Ok(password) => password,
                    Err(err) => return Outcome::Failed { detail: err.to_string() },
                };
                return match self.directory.verify(username, &password).await {
                    Ok(verdict) => Outcome::Checked { verdict },
                    Err(err) => failure(err),
                };
            }
        };
        let mut user = match self.directory.user(username).await {
            Ok(user) => user,
            Err(err) => return failure(err),
        };
        let outcome = match self.refuse_protected(&change, &mut user).await {
            Some(outcome) => outcome,
            None => self.journalled(job, &change, &mut user).await,
        };
        user.close().await;
        outcome
    }

    /// `Some(Protected)` when `change` would set a protected account's
    /// password and the organisation did not allow it, as the directory
    /// holds the account now (not as the last sync saw it).
    async fn refuse_protected(&self, change: &Change, user: &mut UserEntry<'_>) -> Option<Outcome> {
        if matches!(change, Change::Unlock) || self.directory.writes_protected() {
            return None;
        }
        match user.protected().await {
            Ok(false) => None,
            Ok(true) => {
                tracing::warn!(
                    "a password change for a protected account was refused (LATCHKEY_AGENT_WRITE_PROTECTED_ACCOUNTS)"
                );
                Some(Outcome::Protected)
            }
            Err(err) => Some(failure(err)),
        }
    }

    async fn journalled(&self, job: &Job, change: &Change, user: &mut UserEntry<'_>) -> Outcome {
        let entry = match self.begin(job, user).await {
            Err(outcome) => return outcome,
            Ok(entry) => entry,
        };
        let outcome = match change {
            Change::SetPassword { password, must_change } => {
                match user.set_password(password, *must_change).await {
                    Ok(()) => {
                        // The change stamp right after the write, on the same connection.
                        let password_changed = match user.marker().await {
                            Ok(marker) => marker.password_changed,
                            Err(err) => {
                                tracing::warn!(job = %job.id.0, error = %crate::chain(&err), "the password is set; its change stamp could not be read");
                                None
                            }
                        };
                        Outcome::Applied { password_changed }
                    }
                    Err(err) => failure(err),
                }
            }
            Change::Unlock => match user.unlock().await {
                Ok(()) => Outcome::Applied { password_changed: None },
                Err(err) => failure(err),
            },
        };
        if let Some(mut entry) = entry {
            entry.outcome = Some(outcome.clone());
            // Not written: the entry says "unknown", and a restart asks the directory.
            let _ = self.journal(&entry);
        }
        outcome
    }
}
