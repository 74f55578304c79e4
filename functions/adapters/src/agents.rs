//! Writeback agents and their jobs in DynamoDB.
//!
//! Directory table: `AGENTS` / `AGENT#<id>`, one item per agent (one
//! partition: an organisation has a handful).
//!
//! Flows table (TTL on `expires_at`):
//! - `ENROL#<digest>` / `ENROL`: a pending enrolment, deleted by the one
//!   enrolment that uses it (a conditional delete, so two racing agents
//!   cannot both enrol with one token);
//! - `NONCE#<agent>#<nonce>` / `NONCE`: a request nonce, written once;
//! - `JOBS#<directory>` / `<job id>`: a job, where the id starts with the
//!   issue time in zero-padded milliseconds. An agent finds claimable jobs
//!   with one Query of its directory's partition for ids newer than the
//!   claim window (nothing older can still be claimed), and claims one with
//!   a conditional update (`pending` and not past its deadline → `claimed`
//!   by it), so each job is applied by one agent at most once. The key is
//!   built from the agent's own directory: no agent can read or finish
//!   another directory's jobs.
//!
//! Why the API and not a queue such as SQS: the agent then needs no AWS
//! identity on the organisation's network, only its own key pair and
//! outbound HTTPS to Latchkey; one authentication (its signature) covers
//! taking jobs and reporting results; and a job lives in one item whose
//! state changes are conditional writes — claimed once, withdrawn once —
//! where a queue delivers at least once and leaves "applied after the user
//! was told it failed" to the consumer.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use std::time::Duration as StdDuration;

use async_trait::async_trait;
use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::types::{AttributeValue, ReturnValue};
use chrono::{DateTime, Duration, Utc};
use latchkey_core::PortError;
use latchkey_core::agents::{
    Agent, AgentId, AgentKeys, AgentStatus, AgentStore, Enrolment, Finish, HandedJob, HandedOperation,
    JobBoard,
};
use latchkey_core::audit::AuditEvent;
use latchkey_core::types::UserId;
use latchkey_core::writeback::{Answer, DirectoryChange, DirectoryId, Pending, Writeback};
use latchkey_writeback::{AgentPublicKey, JobId, Sealed};
use rand::RngCore;
use secrecy::SecretString;
use serde::{Deserialize, Serialize};

use crate::aws::classify;
use crate::config::TableNames;
use crate::dynamo::{
    audit_put, conditional_put, corrupt, get_consistent, invalid, key, query_prefix, transact,
};

type Item = HashMap<String, AttributeValue>;

/// How long a job waits to be claimed; an agent never starts one later.
/// Well inside `latchkey_writeback::JOB_LIFETIME_SECONDS` and API Gateway's
/// 29 seconds, because the user's request waits for it.
pub const CLAIM_SECONDS: i64 = 8;
/// How long a claimed job may take in the directory before the user is
/// told it could not be confirmed (the agent's LDAP timeout is shorter).
pub const RESULT_SECONDS: i64 = 12;
/// How often the waiting request and a polling agent look again.
const POLL: StdDuration = StdDuration::from_millis(100);
/// A contact is written at most this often per agent.
const TOUCH_SECONDS: i64 = 5;

#[derive(Serialize, Deserialize)]
struct AgentItem {
    pk: String,
    sk: String,
    id: AgentId,
    name: String,
    directory: DirectoryId,
    version: String,
    sealing_key: String,
    signing_key: String,
    enrolled_at: DateTime<Utc>,
    keys_rotated_at: DateTime<Utc>,
    last_contact_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    revoked_at: Option<DateTime<Utc>>,
}

/// A conditional write's answer: `None` when its condition did not hold
/// (another request got there first, or there was nothing to take), which
/// here is an answer, not an error.
fn unless_conditional<T>(result: Result<T, PortError>) -> Result<Option<T>, PortError> {
    match result {
        Ok(out) => Ok(Some(out)),
        Err(PortError::Conflict { .. }) => Ok(None),
        Err(err) => Err(err),
    }
}

fn agent_key(id: &AgentId) -> (String, String) {
    ("AGENTS".into(), format!("AGENT#{id}"))
}

impl From<&Agent> for AgentItem {
    fn from(a: &Agent) -> Self {
        let (pk, sk) = agent_key(&a.id);
        Self {
            pk,
            sk,
            id: a.id.clone(),
            name: a.name.clone(),
            directory: a.directory.clone(),
            version: a.version.clone(),
            sealing_key: a.keys.sealing.clone(),
            signing_key: a.keys.signing.clone(),
            enrolled_at: a.enrolled_at,
            keys_rotated_at: a.keys_rotated_at,
            last_contact_at: a.last_contact_at,
            revoked_at: a.revoked_at,
        }
    }
}

impl From<AgentItem> for Agent {
    fn from(i: AgentItem) -> Self {
        Agent {
            id: i.id,
            name: i.name,
            directory: i.directory,
            version: i.version,
            keys: AgentKeys { sealing: i.sealing_key, signing: i.signing_key },
            enrolled_at: i.enrolled_at,
            keys_rotated_at: i.keys_rotated_at,
            last_contact_at: i.last_contact_at,
            revoked_at: i.revoked_at,
        }
    }
}

#[derive(Serialize, Deserialize)]
struct EnrolmentItem {
    pk: String,
    sk: String,
    directory: DirectoryId,
    name: String,
    created_by: UserId,
    valid_until: DateTime<Utc>,
    /// TTL (seconds).
    expires_at: i64,
}

pub struct DynamoAgents {
    client: Client,
    tables: TableNames,
    retention: latchkey_core::audit::Retention,
}

impl DynamoAgents {
    pub fn new(client: Client, tables: TableNames, retention: latchkey_core::audit::Retention) -> Self {
        Self { client, tables, retention }
    }
}

#[async_trait]
impl AgentStore for DynamoAgents {
    async fn save_enrolment(&self, enrolment: &Enrolment, event: &AuditEvent) -> Result<(), PortError> {
        let item = EnrolmentItem {
            pk: format!("ENROL#{}", enrolment.digest),
            sk: "ENROL".into(),
            directory: enrolment.directory.clone(),
            name: enrolment.name.clone(),
            created_by: enrolment.created_by.clone(),
            valid_until: enrolment.expires_at,
            expires_at: enrolment.expires_at.timestamp(),
        };
        let item: Item = serde_dynamo::to_item(item).map_err(|e| corrupt("enrolment", e))?;
        let items = vec![
            conditional_put(&self.tables.flows, item, "attribute_not_exists(pk)", None)?,
            audit_put(&self.tables.audit, self.retention, event)?,
        ];
        transact(&self.client, items, "agents").await
    }

    async fn take_enrolment(&self, digest: &str) -> Result<Option<Enrolment>, PortError> {
        let out = self
            .client
            .delete_item()
            .table_name(&self.tables.flows)
            .set_key(Some(key((format!("ENROL#{digest}"), "ENROL".into()))))
            .condition_expression("attribute_exists(pk)")
            .return_values(ReturnValue::AllOld)
            .send()
            .await
            .map_err(|e| classify("agents", e));
        let Some(item) = unless_conditional(out)?.and_then(|out| out.attributes) else { return Ok(None) };
        let item: EnrolmentItem = serde_dynamo::from_item(item).map_err(|e| corrupt("enrolment", e))?;
        Ok(Some(Enrolment {
            digest: digest.to_owned(),
            directory: item.directory,
            name: item.name,
            created_by: item.created_by,
            expires_at: item.valid_until,
        }))
    }

    async fn save_agent(&self, agent: &Agent, event: Option<&AuditEvent>) -> Result<(), PortError> {
        let item: Item = serde_dynamo::to_item(AgentItem::from(agent)).map_err(|e| corrupt("agent", e))?;
        let put = aws_sdk_dynamodb::types::Put::builder()
            .table_name(&self.tables.directory)
            .set_item(Some(item))
            .build()
            .map_err(|e| invalid("agent", e))?;
        let mut items = vec![aws_sdk_dynamodb::types::TransactWriteItem::builder().put(put).build()];
        if let Some(event) = event {
            items.push(audit_put(&self.tables.audit, self.retention, event)?);
        }
        transact(&self.client, items, "agents").await
    }

    async fn agent(&self, id: &AgentId) -> Result<Option<Agent>, PortError> {
        get_consistent(&self.client, &self.tables.directory, agent_key(id), "agents")
            .await?
            .map(|item| serde_dynamo::from_item::<_, AgentItem>(item).map(Agent::from))
            .transpose()
            .map_err(|e| corrupt("agent", e))
    }

    async fn agents(&self) -> Result<Vec<Agent>, PortError> {
        query_prefix(&self.client, &self.tables.directory, ("AGENTS", "AGENT#"), "agents")
            .await?
            .into_iter()
            .map(|item| serde_dynamo::from_item::<_, AgentItem>(item).map(Agent::from))
            .collect::<Result<_, _>>()
            .map_err(|e| corrupt("agent", e))
    }

    async fn touch(&self, agent: &Agent, now: DateTime<Utc>, version: &str) -> Result<(), PortError> {
        if now - agent.last_contact_at < Duration::seconds(TOUCH_SECONDS) && agent.version == version {
            return Ok(());
        }
        self.client
            .update_item()
            .table_name(&self.tables.directory)
            .set_key(Some(key(agent_key(&agent.id))))
            .update_expression("SET last_contact_at = :now, version = :version")
            .condition_expression("attribute_exists(pk)")
            .expression_attribute_values(":now", AttributeValue::S(now.to_rfc3339()))
            .expression_attribute_values(":version", AttributeValue::S(version.to_owned()))
            .send()
            .await
            .map_err(|e| classify("agents", e))?;
        Ok(())
    }

    async fn first_use(&self, agent: &AgentId, nonce: &str, until: DateTime<Utc>) -> Result<bool, PortError> {
        let mut item = key((format!("NONCE#{agent}#{nonce}"), "NONCE".into()));
        item.insert("expires_at".into(), AttributeValue::N(until.timestamp().to_string()));
        let out = self
            .client
            .put_item()
            .table_name(&self.tables.flows)
            .set_item(Some(item))
            .condition_expression("attribute_not_exists(pk)")
            .send()
            .await
            .map_err(|e| classify("agents", e));
        Ok(unless_conditional(out)?.is_some())
    }
}

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

fn job_id(now: DateTime<Utc>) -> String {
    let mut bytes = [0u8; 12];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{:015}-{hex}", now.timestamp_millis())
}

/// A job id as an agent sends it back: the shape `job_id` makes, or nothing.
fn parse_job_id(raw: &str) -> Option<&str> {
    let (millis, random) = raw.split_once('-')?;
    let ok = millis.len() == 15
        && millis.bytes().all(|b| b.is_ascii_digit())
        && random.len() == 24
        && random.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase());
    ok.then_some(raw)
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
        let operation = match change {
            DirectoryChange::Password { username, password, must_change, .. } => {
                let secret = SecretString::from(password.expose().to_owned());
                let sealed = online
                    .iter()
                    .filter_map(|a| match AgentPublicKey::parse(&a.keys.sealing) {
                        Ok(key) => Some((a.id.to_string(), key.seal(&JobId(id.clone()), &secret))),
                        Err(err) => {
                            tracing::error!(agent = %a.id, error = %err, "an agent's stored sealing key does not parse");
                            None
                        }
                    })
                    .collect();
                StoredOperation::SetPassword { username: username.to_string(), must_change, sealed }
            }
            DirectoryChange::Unlock { username } => {
                StoredOperation::Unlock { username: username.to_string() }
            }
        };
        let pk = format!("JOBS#{directory}");
        let item = JobItem {
            pk: pk.clone(),
            sk: id.clone(),
            status: JobStatus::Pending,
            deadline: millis(now + Duration::seconds(CLAIM_SECONDS)),
            issued_at: now,
            operation,
            claimed_by: None,
            answer: None,
            pending: Some(pending.clone()),
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
        let claim_by = now + Duration::seconds(CLAIM_SECONDS);
        let answer_by = claim_by + Duration::seconds(RESULT_SECONDS);
        loop {
            tokio::time::sleep(POLL).await;
            let Some(job) = self.job(&pk, &id).await? else {
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
                    if late && self.transition((&pk, &id), job.status, to, keep, None, None).await? {
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
        let pk = format!("JOBS#{}", agent.directory);
        let until = tokio::time::Instant::now() + wait;
        loop {
            let now = Utc::now();
            let since = format!("{:015}", millis(now - Duration::seconds(CLAIM_SECONDS + 1)));
            let out = self
                .client
                .query()
                .table_name(&self.tables.flows)
                .key_condition_expression("pk = :pk AND sk > :since")
                .expression_attribute_values(":pk", AttributeValue::S(pk.clone()))
                .expression_attribute_values(":since", AttributeValue::S(since))
                .consistent_read(true)
                .send()
                .await
                .map_err(|e| classify("jobs", e))?;
            for item in out.items.unwrap_or_default() {
                let job: JobItem = serde_dynamo::from_item(item).map_err(|e| corrupt("job", e))?;
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
        let Some(id) = parse_job_id(job) else { return Ok(Finish::NotYours) };
        let pk = format!("JOBS#{}", agent.directory);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_ids_sort_by_time_and_only_their_own_shape_parses_back() {
        let early = job_id(DateTime::from_timestamp_millis(1_000).unwrap());
        let late = job_id(DateTime::from_timestamp_millis(2_000_000_000_000).unwrap());
        assert!(early < late, "ids sort as their times do");
        assert_eq!(parse_job_id(&early), Some(early.as_str()));
        for bad in [
            "",
            "x",
            "123-abc",
            &early.to_uppercase(),
            &format!("{early}0"),
            "000000000001000-zzzzzzzzzzzzzzzzzzzzzzzz",
        ] {
            assert_eq!(parse_job_id(bad), None, "{bad:?}");
        }
    }
}
