//! Applies Latchkey's jobs to the directory: each at most once, never after
//! it expired, a password opened only with this agent's own key, and every
//! ending reported as an [`Outcome`] without a secret in it.

use std::collections::HashMap;

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
    /// Jobs finished lately, with their results: a job delivered twice
    /// (queues deliver at least once) is answered, not applied again.
    done: HashMap<JobId, (DateTime<Utc>, Outcome)>,
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
        Self { directory, keys, done: HashMap::new() }
    }

    pub fn keys(&self) -> &AgentKeys {
        &self.keys
    }

    /// Applies `job` (at `now`) and says how it ended.
    pub async fn apply(&mut self, job: &Job, now: DateTime<Utc>) -> JobResult {
        self.done.retain(|_, (at, _)| now - *at < remembered_for());
        if let Some((_, outcome)) = self.done.get(&job.id) {
            tracing::info!(job = %job.id.0, "job delivered again: answered, not applied twice");
            return JobResult { job: job.id.clone(), outcome: outcome.clone() };
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
            self.done.insert(job.id.clone(), (now, outcome.clone()));
        }
        tracing::info!(job = %job.id.0, outcome = ?outcome, "job finished");
        JobResult { job: job.id.clone(), outcome }
    }
}
