//! The writeback agents' messages (`latchkey_writeback`'s, which the agent
//! compiles too) to and from the core's: keys, jobs, outcomes, synced users.

use latchkey_core::directory::sync::{DirectoryUser, SyncBatch, SyncReport};
use latchkey_core::model::agents::{Agent, AgentKeys, HandedJob, HandedOperation};
use latchkey_core::model::directory::{Answer, DirectoryPolicies, DirectoryPolicy, Verdict as CoreVerdict};
use latchkey_writeback::sync::{SkippedUser, SyncChanges, SyncSummary, SyncedUser};
use latchkey_writeback::{Job, JobId, Operation, Outcome, Refusal, Sealed, Verdict};

use crate::problem::ApiError;

/// Both public keys, checked as keys before anything is stored.
pub(super) fn keys(sealing: &str, signing: &str) -> Result<AgentKeys, ApiError> {
    latchkey_writeback::AgentPublicKey::parse(sealing).map_err(|e| ApiError::InvalidRequest {
        field: Some("sealing_key".into()),
        detail: format!("sealing_key: {e}"),
    })?;
    latchkey_writeback::signing::parse_public(signing).map_err(|e| ApiError::InvalidRequest {
        field: Some("signing_key".into()),
        detail: format!("signing_key: {e}"),
    })?;
    Ok(AgentKeys { sealing: sealing.trim().to_owned(), signing: signing.trim().to_owned() })
}

/// A claimed job as the agent reads it.
pub(super) fn to_job(job: HandedJob) -> Job {
    let id = JobId(job.id);
    let operation = match job.operation {
        HandedOperation::SetPassword { username, enc, ciphertext, must_change } => {
            Operation::SetPassword { username, password: Sealed { enc, ciphertext }, must_change }
        }
        HandedOperation::Unlock { username } => Operation::Unlock { username },
        HandedOperation::Verify { username, enc, ciphertext } => {
            Operation::Verify { username, password: Sealed { enc, ciphertext } }
        }
    };
    Job { id, issued_at: job.issued_at, expires_at: job.expires_at, operation }
}

/// The agent's outcome as the core's answer: the refusal in the user's words.
pub(super) fn answer(agent: &Agent, outcome: Outcome) -> Answer {
    match outcome {
        Outcome::Applied { password_changed } => {
            Answer::Applied { agent: agent.id.to_string(), password_changed }
        }
        Outcome::Checked { verdict } => Answer::Checked {
            agent: agent.id.to_string(),
            verdict: match verdict {
                Verdict::Accepted { must_change } => CoreVerdict::Accepted { must_change },
                Verdict::Wrong => CoreVerdict::Wrong,
                Verdict::Locked => CoreVerdict::Locked,
                Verdict::Disabled => CoreVerdict::Disabled,
            },
        },
        Outcome::Protected => Answer::Protected,
        Outcome::Refused { refusal } => {
            let code = match &refusal {
                Refusal::TooShort => "too_short",
                Refusal::InHistory => "in_history",
                Refusal::Complexity => "complexity",
                Refusal::TooYoung => "too_young",
                Refusal::Other(_) => "other",
            };
            Answer::Refused { code: code.into(), message: refusal.message() }
        }
        Outcome::UserNotFound => Answer::UserNotFound,
        Outcome::DirectoryDown => Answer::DirectoryDown,
        // Never applied: the user is told it could not be done now.
        Outcome::Expired => Answer::NoAgent,
        Outcome::Failed { detail } => {
            tracing::error!(agent = %agent.id, %detail, "an agent could not apply a job");
            Answer::DirectoryDown
        }
    }
}

/// A user as the directory has them.
fn directory_user(u: SyncedUser) -> DirectoryUser {
    DirectoryUser {
        username: u.username,
        first_name: u.first_name,
        last_name: u.last_name,
        display_name: u.display_name,
        mail: u.mail,
        mobile: u.mobile,
        telephone: u.telephone,
        groups: u.groups,
        enabled: u.enabled,
        locked: u.locked,
        locked_since: u.locked_since,
        password_changed: u.password_changed,
        password_changed_at: u.password_changed_at,
        password_expires_at: u.password_expires_at,
        protected: u.protected,
        policy: u.policy,
    }
}

/// A page of the directory's changes, as the core applies them.
pub(super) fn sync_batch(changes: SyncChanges) -> SyncBatch {
    SyncBatch {
        created: changes.created.into_iter().map(directory_user).collect(),
        updated: changes.updated.into_iter().map(directory_user).collect(),
        removed: changes.removed,
    }
}

/// What a sync did, as the agent reads it.
pub(super) fn sync_summary(report: SyncReport) -> SyncSummary {
    SyncSummary {
        created: report.created,
        updated: report.updated,
        removed: report.removed,
        skipped: report
            .skipped
            .into_iter()
            .map(|(username, reason)| SkippedUser { username, reason })
            .collect(),
    }
}

/// The directory's password rules as the core keeps them.
pub(super) fn policies(p: latchkey_writeback::DirectoryPolicies) -> DirectoryPolicies {
    let one = |p: latchkey_writeback::DirectoryPolicy| DirectoryPolicy {
        min_length: p.min_length,
        complexity: p.complexity,
        history: p.history,
        min_age_seconds: p.min_age_seconds,
        max_age_seconds: p.max_age_seconds,
    };
    DirectoryPolicies {
        default: p.default.map(one),
        named: p.named.into_iter().map(|(k, v)| (k, one(v))).collect(),
    }
}
