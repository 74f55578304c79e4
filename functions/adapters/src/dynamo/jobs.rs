//! Writeback jobs in the flows table: `JOBS#<directory>` / `<job id>`, where
//! the id starts with the issue time in zero-padded milliseconds. An agent
//! finds claimable jobs with one Query of its directory's partition for ids
//! newer than the claim window (nothing older can still be claimed), and
//! claims one with a conditional update (`pending` and not past its deadline
//! → `claimed` by it), so each job is applied by one agent at most once. The
//! key is built from the agent's own directory: no agent can read or finish
//! another directory's jobs.
//!
//! Why the API and not a queue such as SQS: the agent then needs no AWS
//! identity on the organisation's network, only its own key pair and
//! outbound HTTPS to Latchkey; one authentication (its signature) covers
//! taking jobs and reporting results; and a job lives in one item whose
//! state changes are conditional writes — claimed once, withdrawn once —
//! where a queue delivers at least once and leaves "applied after the user
//! was told it failed" to the consumer.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;
use std::time::Duration as StdDuration;

use async_trait::async_trait;
use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::types::AttributeValue;
use chrono::{DateTime, Duration, Utc};
use latchkey_core::PortError;
use latchkey_core::model::agents::{Agent, AgentId, AgentStatus, Finish, HandedJob, HandedOperation};
use latchkey_core::model::directory::{Answer, DirectoryChange, DirectoryId, Pending, Sent};
use latchkey_core::model::values::{Password, UserId, Username};
use latchkey_core::ports::{AgentStore, JobBoard};
use latchkey_core::ports::{SENT_LATELY_SECONDS, Writeback};
use latchkey_writeback::{AgentPublicKey, JobId, Sealed};
use rand::RngCore;
use secrecy::SecretString;
use serde::{Deserialize, Serialize};

use super::agents::DynamoAgents;
use super::keys;
use super::shared::{Item, corrupt, key, unless_conditional};
use crate::aws::classify;
use crate::config::TableNames;

/// How long a job waits to be claimed; an agent never starts one later.
/// Well inside `latchkey_writeback::JOB_LIFETIME_SECONDS` and API Gateway's
/// 29 seconds, because the user's request waits for it.
pub const CLAIM_SECONDS: i64 = 8;
/// How long a claimed job may take in the directory before the user is
/// told it could not be confirmed (the agent's LDAP timeout is shorter).
pub const RESULT_SECONDS: i64 = 12;
/// How often the waiting request and a polling agent look again.
const POLL: StdDuration = StdDuration::from_millis(100);

/// A job as stored.
#[derive(Serialize, Deserialize)]
struct JobItem {
    pk: String,
    sk: String,
    status: JobStatus,
    /// Claimable until (milliseconds).
    deadline: i64,
    issued_at: DateTime<Utc>,
    operation: StoredOperation,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    claimed_by: Option<AgentId>,
    /// The directory's answer, once the agent reported it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    answer: Option<String>,
    /// What Latchkey records if the directory's confirmation comes late
    /// (a password's hash, never the password).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pending: Option<Pending>,
    /// TTL (seconds): an hour for the record of what happened; a week for a
    /// job abandoned unanswered, which its agent may still answer (`finish`).
    expires_at: i64,
}

/// How long an abandoned job waits for its agent's late answer (the agent
/// reports it from its journal when it starts again).
const LATE_ANSWER_DAYS: i64 = 7;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum JobStatus {
    Pending,
    Claimed,
    Done,
    /// Nobody claimed it in time; it can never be claimed now.
    Withdrawn,
    /// Claimed, and not answered in time: the user was told the directory
    /// did not confirm. A late answer is still recorded (and logged).
    Abandoned,
}

#[derive(Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum StoredOperation {
    /// The password sealed to each agent that was online (by agent id):
    /// whichever claims the job opens its own copy.
    SetPassword {
        username: String,
        must_change: bool,
        sealed: HashMap<String, Sealed>,
    },
    Unlock {
        username: String,
    },
    /// Pass-through verification, the password sealed as for `SetPassword`.
    Verify {
        username: String,
        sealed: HashMap<String, Sealed>,
    },
}

fn status_value(status: JobStatus) -> AttributeValue {
    AttributeValue::S(
        serde_json::to_value(status).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default(),
    )
}

/// Jobs for the agents: the core's `Writeback` on the user's side, the
/// `JobBoard` on the agents'.
pub struct DynamoJobs {
    client: Client,
    tables: TableNames,
    agents: Arc<DynamoAgents>,
}

impl DynamoJobs {
    pub fn new(client: Client, tables: TableNames, agents: Arc<DynamoAgents>) -> Self {
        Self { client, tables, agents }
    }

    async fn job(&self, pk: &str, sk: &str) -> Result<Option<JobItem>, PortError> {
        let out = self
            .client
            .get_item()
            .table_name(&self.tables.flows)
            .set_key(Some(key((pk.to_owned(), sk.to_owned()))))
            .consistent_read(true)
            .send()
            .await
            .map_err(|e| classify("jobs", e))?;
        out.item.map(serde_dynamo::from_item).transpose().map_err(|e| corrupt("job", e))
    }

    /// Moves a job from `from` to `to` if it is still in `from` (and, for a
    /// claim, not past its deadline); `false` if another request got there first.
    async fn transition(
        &self,
        (pk, sk): (&str, &str),
        from: JobStatus,
        to: JobStatus,
        extra: Option<(&str, AttributeValue)>,
        now_ms: Option<i64>,
        by: Option<&AgentId>,
    ) -> Result<bool, PortError> {
        let mut update = "SET #status = :to".to_owned();
        let mut condition = "#status = :from".to_owned();
        let mut request = self
            .client
            .update_item()
            .table_name(&self.tables.flows)
            .set_key(Some(key((pk.to_owned(), sk.to_owned()))))
            .expression_attribute_names("#status", "status")
            .expression_attribute_values(":from", status_value(from))
            .expression_attribute_values(":to", status_value(to));
        if let Some((name, value)) = extra {
            update.push_str(&format!(", {name} = :extra"));
            request = request.expression_attribute_values(":extra", value);
        }
        if let Some(now) = now_ms {
            condition.push_str(" AND deadline > :now");
            request = request.expression_attribute_values(":now", AttributeValue::N(now.to_string()));
        }
        if let Some(agent) = by {
            condition.push_str(" AND claimed_by = :me");
            request = request.expression_attribute_values(":me", AttributeValue::S(agent.to_string()));
        }
        let out = request
            .update_expression(update)
            .condition_expression(condition)
            .send()
            .await
            .map_err(|e| classify("jobs", e));
        Ok(unless_conditional(out)?.is_some())
    }
}

/// A new job's id (see [`keys::job_id`]).
fn job_id(now: DateTime<Utc>) -> String {
    let mut bytes = [0u8; 12];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    keys::job_id(now, &hex)
}

/// `password` sealed to each agent in `online` for job `id` (one whose
/// sealing key does not parse is left out, and logged).
fn sealed(password: &Password, online: &[Agent], id: &str) -> HashMap<String, Sealed> {
    let secret = SecretString::from(password.expose().to_owned());
    online
        .iter()
        .filter_map(|a| match AgentPublicKey::parse(&a.keys.sealing) {
            Ok(key) => Some((a.id.to_string(), key.seal(&JobId(id.to_owned()), &secret))),
            Err(err) => {
                tracing::error!(agent = %a.id, error = %err, "an agent's stored sealing key does not parse");
                None
            }
        })
        .collect()
}

/// What a change asks the agents to do.
fn operation(change: DirectoryChange<'_>, online: &[Agent], id: &str) -> StoredOperation {
    match change {
        DirectoryChange::Password { username, password, must_change, .. } => StoredOperation::SetPassword {
            username: username.to_string(),
            must_change,
            sealed: sealed(password, online, id),
        },
        DirectoryChange::Unlock { username } => StoredOperation::Unlock { username: username.to_string() },
    }
}

fn millis(at: DateTime<Utc>) -> i64 {
    at.timestamp_millis()
}

#[async_trait]
impl Writeback for DynamoJobs {
    async fn unavailable(&self) -> Result<Vec<DirectoryId>, PortError> {
        let now = Utc::now();
        let agents = self.agents.agents().await?;
        let enrolled: BTreeSet<&DirectoryId> =
            agents.iter().filter(|a| a.revoked_at.is_none()).map(|a| &a.directory).collect();
        let up: BTreeSet<&DirectoryId> =
            agents.iter().filter(|a| a.status(now) == AgentStatus::Online).map(|a| &a.directory).collect();
        Ok(enrolled.difference(&up).map(|d| (*d).clone()).collect())
    }

    async fn apply(
        &self,
        directory: &DirectoryId,
        change: DirectoryChange<'_>,
        pending: &Pending,
    ) -> Result<Answer, PortError> {
        self.post(directory, |online, id| operation(change, online, id), Some(pending.clone())).await
    }

    async fn verify(
        &self,
        directory: &DirectoryId,
        username: &Username,
        password: &Password,
    ) -> Result<Answer, PortError> {
        let operation = |online: &[Agent], id: &str| StoredOperation::Verify {
            username: username.to_string(),
            sealed: sealed(password, online, id),
        };
        // Nothing to reconcile if the answer comes late: nothing was changed.
        self.post(directory, operation, None).await
    }

    async fn hybrid(&self) -> Result<bool, PortError> {
        Ok(self.agents.agents().await?.iter().any(|a| a.revoked_at.is_none()))
    }

    async fn sent_lately(&self, directory: &DirectoryId) -> Result<BTreeMap<UserId, Vec<Sent>>, PortError> {
        // Only the last minute's jobs: the key sorts by time, so this reads
        // a handful of items however busy the directory was today.
        let since = keys::jobs_after(Utc::now() - Duration::seconds(SENT_LATELY_SECONDS));
        let mut sent: BTreeMap<UserId, Vec<Sent>> = BTreeMap::new();
        for job in self.jobs_since(directory, since).await? {
            // Password changes only: an unlock or a check leaves the stamp alone.
            let Some(Pending { user, password: Some(_), .. }) = job.pending else { continue };
            let went = match (job.status, job.answer) {
                // Nobody took it: it never reached the directory.
                (JobStatus::Withdrawn, _) => continue,
                (_, None) => Sent::Unanswered,
                (_, Some(text)) => match serde_json::from_str(&text).map_err(|e| corrupt("job answer", e))? {
                    Answer::Applied { password_changed, .. } => Sent::Left(password_changed),
                    // Refused, or not done: the directory kept its password.
                    _ => continue,
                },
            };
            sent.entry(user).or_default().push(went);
        }
        Ok(sent)
    }
}

impl DynamoJobs {
    /// `directory`'s jobs issued after `since` (a [`keys::jobs_after`] key),
    /// oldest first, read consistently.
    async fn jobs_since(&self, directory: &DirectoryId, since: String) -> Result<Vec<JobItem>, PortError> {
        let mut jobs = Vec::new();
        let mut start = None;
        loop {
            let out = self
                .client
                .query()
                .table_name(&self.tables.flows)
                .key_condition_expression("pk = :pk AND sk > :since")
                .expression_attribute_values(":pk", AttributeValue::S(keys::jobs(directory)))
                .expression_attribute_values(":since", AttributeValue::S(since.clone()))
                .set_exclusive_start_key(start)
                .consistent_read(true)
                .send()
                .await
                .map_err(|e| classify("jobs", e))?;
            for item in out.items.unwrap_or_default() {
                jobs.push(serde_dynamo::from_item(item).map_err(|e| corrupt("job", e))?);
            }
            start = out.last_evaluated_key;
            if start.is_none() {
                return Ok(jobs);
            }
        }
    }

    /// Posts a job for `directory`'s online agents (the operation made for
    /// them and the job's id) and waits for its answer.
    async fn post(
        &self,
        directory: &DirectoryId,
        operation: impl FnOnce(&[Agent], &str) -> StoredOperation,
        pending: Option<Pending>,
    ) -> Result<Answer, PortError> {
        let now = Utc::now();
        let online: Vec<Agent> = self
            .agents
            .agents()
            .await?
            .into_iter()
            .filter(|a| &a.directory == directory && a.status(now) == AgentStatus::Online)
            .collect();
        if online.is_empty() {
            return Ok(Answer::NoAgent);
        }
        let id = job_id(now);
        let operation = operation(&online, &id);
        let pk = keys::jobs(directory);
        let item = JobItem {
            pk: pk.clone(),
            sk: id.clone(),
            status: JobStatus::Pending,
            deadline: millis(now + Duration::seconds(CLAIM_SECONDS)),
            issued_at: now,
            operation,
            claimed_by: None,
            answer: None,
            pending,
            expires_at: (now + Duration::hours(1)).timestamp(),
        };
        let item: Item = serde_dynamo::to_item(item).map_err(|e| corrupt("job", e))?;
        self.client
            .put_item()
            .table_name(&self.tables.flows)
            .set_item(Some(item))
            .condition_expression("attribute_not_exists(pk)")
            .send()
            .await
            .map_err(|e| classify("jobs", e))?;
        self.await_answer(directory, (&pk, &id), now).await
    }
}

impl DynamoJobs {
    /// Waits for the agents' answer to a job issued at `issued`: the answer,
    /// or `NoAgent` once nobody claimed it in time (it is withdrawn), or
    /// `Unconfirmed` once its claimant did not answer in time (abandoned).
    async fn await_answer(
        &self,
        directory: &DirectoryId,
        (pk, id): (&str, &str),
        issued: DateTime<Utc>,
    ) -> Result<Answer, PortError> {
        let claim_by = issued + Duration::seconds(CLAIM_SECONDS);
        let answer_by = claim_by + Duration::seconds(RESULT_SECONDS);
        loop {
            tokio::time::sleep(POLL).await;
            let Some(job) = self.job(pk, id).await? else {
                return Err(corrupt("job", "a job vanished while it was waited for"));
            };
            let now = Utc::now();
            match job.status {
                JobStatus::Done => {
                    let text = job.answer.unwrap_or_default();
                    return serde_json::from_str(&text).map_err(|e| corrupt("job answer", e));
                }
                JobStatus::Withdrawn => return Ok(Answer::NoAgent),
                // Withdrawn (or abandoned) first, so that no agent takes it, or
                // records it as confirmed, after the user is told.
                JobStatus::Pending | JobStatus::Claimed => {
                    let late = match job.status {
                        JobStatus::Pending => now > claim_by,
                        _ => now > answer_by,
                    };
                    let to = if job.status == JobStatus::Pending {
                        JobStatus::Withdrawn
                    } else {
                        JobStatus::Abandoned
                    };
                    // An abandoned job is kept for its agent's late answer.
                    let keep = (to == JobStatus::Abandoned).then(|| {
                        let until = (now + Duration::days(LATE_ANSWER_DAYS)).timestamp();
                        ("expires_at", AttributeValue::N(until.to_string()))
                    });
                    if late && self.transition((pk, id), job.status, to, keep, None, None).await? {
                        let agent = job.claimed_by.map(|a| a.to_string()).unwrap_or_default();
                        if to == JobStatus::Withdrawn {
                            tracing::warn!(job = %id, %directory, "no agent took a writeback job in time; withdrawn");
                            return Ok(Answer::NoAgent);
                        }
                        tracing::error!(
                            job = %id, %directory, %agent,
                            "an agent claimed a writeback job and did not answer in time; the user is told the directory did not confirm"
                        );
                        return Ok(Answer::Unconfirmed { agent });
                    }
                }
                JobStatus::Abandoned => {
                    return Ok(Answer::Unconfirmed {
                        agent: job.claimed_by.map(|a| a.to_string()).unwrap_or_default(),
                    });
                }
            }
        }
    }
}

#[async_trait]
impl JobBoard for DynamoJobs {
    async fn next_job(&self, agent: &Agent, wait: StdDuration) -> Result<Option<HandedJob>, PortError> {
        let pk = keys::jobs(&agent.directory);
        let until = tokio::time::Instant::now() + wait;
        loop {
            let now = Utc::now();
            let since = keys::jobs_after(now - Duration::seconds(CLAIM_SECONDS + 1));
            for job in self.jobs_since(&agent.directory, since).await? {
                if job.status != JobStatus::Pending || job.deadline <= millis(now) {
                    continue;
                }
                let operation = match job.operation {
                    StoredOperation::SetPassword { username, must_change, mut sealed } => {
                        // Sealed before this agent was online: not for it to take.
                        let Some(mine) = sealed.remove(agent.id.as_str()) else { continue };
                        HandedOperation::SetPassword {
                            username,
                            enc: mine.enc,
                            ciphertext: mine.ciphertext,
                            must_change,
                        }
                    }
                    StoredOperation::Unlock { username } => HandedOperation::Unlock { username },
                    StoredOperation::Verify { username, mut sealed } => {
                        let Some(mine) = sealed.remove(agent.id.as_str()) else { continue };
                        HandedOperation::Verify { username, enc: mine.enc, ciphertext: mine.ciphertext }
                    }
                };
                let claimed = self
                    .transition(
                        (&pk, &job.sk),
                        JobStatus::Pending,
                        JobStatus::Claimed,
                        Some(("claimed_by", AttributeValue::S(agent.id.to_string()))),
                        Some(millis(Utc::now())),
                        None,
                    )
                    .await?;
                if claimed {
                    let expires_at = DateTime::from_timestamp_millis(job.deadline).unwrap_or(now);
                    return Ok(Some(HandedJob {
                        id: job.sk,
                        issued_at: job.issued_at,
                        expires_at,
                        operation,
                    }));
                }
            }
            if tokio::time::Instant::now() + POLL >= until {
                return Ok(None);
            }
            tokio::time::sleep(POLL).await;
        }
    }

    async fn finish(&self, agent: &Agent, job: &str, answer: Answer) -> Result<Finish, PortError> {
        let Some(id) = keys::parse_job_id(job) else { return Ok(Finish::NotYours) };
        let pk = keys::jobs(&agent.directory);
        let text = serde_json::to_string(&answer).map_err(|e| corrupt("job answer", e))?;
        // Claimed (the usual case), or abandoned: the user was already told
        // the directory did not confirm, and this late answer is recorded
        // now (the core reconciles Latchkey with the directory).
        for from in [JobStatus::Claimed, JobStatus::Abandoned] {
            let value = Some(("answer", AttributeValue::S(text.clone())));
            if self.transition((&pk, id), from, JobStatus::Done, value, None, Some(&agent.id)).await? {
                if from == JobStatus::Claimed {
                    return Ok(Finish::Recorded);
                }
                tracing::warn!(
                    job = %id, agent = %agent.id, answer = ?answer,
                    "a writeback result came after the user was told the directory did not confirm: reconciling"
                );
                let pending = self.job(&pk, id).await?.and_then(|job| job.pending);
                return Ok(pending.map_or(Finish::Recorded, Finish::Late));
            }
        }
        Ok(match self.job(&pk, id).await? {
            Some(job) if job.claimed_by.as_ref() == Some(&agent.id) && job.status == JobStatus::Done => {
                Finish::AlreadyFinished
            }
            _ => Finish::NotYours,
        })
    }
}
