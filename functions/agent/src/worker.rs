//! Applies Latchkey's jobs to the directory: each at most once, never after
//! it expired, a password opened only with this agent's own key, and every
//! ending reported as an [`Outcome`] without a secret in it.

use std::collections::HashMap;
use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};
use latchkey_writeback::{AgentKeys, Job, JobId, JobResult, Operation, Outcome};

use crate::directory::{Directory, DirectoryError};

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
}

fn outcome_of(result: Result<(), DirectoryError>) -> Outcome {
    match result {
        Ok(()) => Outcome::Applied,
        Err(DirectoryError::Refused(refusal)) => Outcome::Refused { refusal },
        Err(DirectoryError::UserNotFound { .. }) => Outcome::UserNotFound,
        Err(DirectoryError::Unreachable { .. }) => Outcome::DirectoryDown,
        Err(other) => Outcome::Failed { detail: other.to_string() },
    }
}

impl Worker {
    pub fn new(directory: Directory, keys: AgentKeys) -> Self {
        Self { directory, keys, done: Mutex::default() }
    }

    pub fn keys(&self) -> &AgentKeys {
        &self.keys
    }

    /// Applies `job` (at `now`) and says how it ended.
    /// Jobs may be applied concurrently; the same job twice is not.
    pub async fn apply(&self, job: &Job, now: DateTime<Utc>) -> JobResult {
        let seen = {
            let mut done = self.done.lock().expect("the done list is never poisoned");
            done.retain(|_, (at, _)| now - *at < remembered_for());
            done.get(&job.id).map(|(_, outcome)| outcome.clone())
        };
        if let Some(outcome) = seen {
            tracing::info!(job = %job.id.0, "job delivered again: answered, not applied twice");
            return JobResult { job: job.id.clone(), outcome };
        }
        let outcome = if now > job.expires_at {
            Outcome::Expired
        } else {
            match &job.operation {
                Operation::SetPassword { username, password, must_change } => {
                    match self.keys.open(&job.id, password) {
                        Ok(password) => {
                            outcome_of(self.directory.set_password(username, &password, *must_change).await)
                        }
                        Err(err) => Outcome::Failed { detail: err.to_string() },
                    }
                }
                Operation::Unlock { username } => outcome_of(self.directory.unlock(username).await),
            }
        };
        // A directory that was down changed nothing: a redelivery may try again.
        if outcome != Outcome::DirectoryDown {
            self.done
                .lock()
                .expect("the done list is never poisoned")
                .insert(job.id.clone(), (now, outcome.clone()));
        }
        tracing::info!(job = %job.id.0, outcome = ?outcome, "job finished");
        JobResult { job: job.id.clone(), outcome }
    }
}
