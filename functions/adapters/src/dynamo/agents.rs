//! Writeback agents in DynamoDB; their jobs are in `jobs`.
//!
//! Directory table: `AGENTS` / `AGENT#<id>`, one item per agent (one
//! partition: an organisation has a handful), and `AGENTS` / `POLICY#<directory>`,
//! the password rules a directory's agents last sent.
//!
//! Flows table (TTL on `expires_at`):
//! - `ENROL#<digest>` / `ENROL`: a pending enrolment, deleted by the one
//!   enrolment that uses it (a conditional delete, so two racing agents
//!   cannot both enrol with one token);
//! - `NONCE#<agent>#<nonce>` / `NONCE`: a request nonce, written once.

use async_trait::async_trait;
use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::types::{AttributeValue, ReturnValue, TransactWriteItem, Update};
use chrono::{DateTime, Duration, Utc};
use latchkey_core::PortError;
use latchkey_core::model::agents::{Agent, AgentId, AgentKeys, Enrolment};
use latchkey_core::model::audit::{AuditEvent, Retention};
use latchkey_core::model::directory::{DirectoryId, DirectoryPolicies};
use latchkey_core::model::values::UserId;
use latchkey_core::ports::AgentStore;
use serde::{Deserialize, Serialize};

use super::keys;
use super::shared::{Item, Store, corrupt, create_put, invalid, key, number, unless_conditional};
use crate::aws::classify;
use crate::config::TableNames;

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

/// A date as serde writes the item's dates (RFC 3339), for updates that set one field.
fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
}

impl From<&Agent> for AgentItem {
    fn from(a: &Agent) -> Self {
        let (pk, sk) = keys::agent(&a.id);
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

fn agent_of(item: Item) -> Result<Agent, PortError> {
    serde_dynamo::from_item::<_, AgentItem>(item).map(Agent::from).map_err(|e| corrupt("agent", e))
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
    store: Store,
}

impl DynamoAgents {
    pub fn new(client: Client, tables: TableNames, retention: Retention) -> Self {
        Self { store: Store::new(client, tables, retention) }
    }
}

#[async_trait]
impl AgentStore for DynamoAgents {
    async fn save_enrolment(&self, enrolment: &Enrolment, event: &AuditEvent) -> Result<(), PortError> {
        let (pk, sk) = keys::enrolment(&enrolment.digest);
        let item = EnrolmentItem {
            pk,
            sk,
            directory: enrolment.directory.clone(),
            name: enrolment.name.clone(),
            created_by: enrolment.created_by.clone(),
            valid_until: enrolment.expires_at,
            expires_at: enrolment.expires_at.timestamp(),
        };
        let item: Item = serde_dynamo::to_item(item).map_err(|e| corrupt("enrolment", e))?;
        let items = vec![create_put(&self.store.tables.flows, item)?];
        self.store.commit(items, [event], "agents").await
    }

    async fn take_enrolment(&self, digest: &str) -> Result<Option<Enrolment>, PortError> {
        let out = self
            .store
            .client
            .delete_item()
            .table_name(&self.store.tables.flows)
            .set_key(Some(key(keys::enrolment(digest))))
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

    async fn create_agent(&self, agent: &Agent, event: &AuditEvent) -> Result<(), PortError> {
        let item: Item = serde_dynamo::to_item(AgentItem::from(agent)).map_err(|e| corrupt("agent", e))?;
        let items = vec![create_put(&self.store.tables.directory, item)?];
        self.store.commit(items, [event], "agents").await
    }

    async fn rotate_agent_keys(
        &self,
        id: &AgentId,
        keys: &AgentKeys,
        at: DateTime<Utc>,
        event: &AuditEvent,
    ) -> Result<(), PortError> {
        // Only the keys and their date; never `revoked_at`, and only while unset.
        let update = Update::builder()
            .table_name(&self.store.tables.directory)
            .set_key(Some(key(keys::agent(id))))
            .update_expression("SET sealing_key = :sealing, signing_key = :signing, keys_rotated_at = :at")
            .condition_expression("attribute_exists(pk) AND attribute_not_exists(revoked_at)")
            .expression_attribute_values(":sealing", AttributeValue::S(keys.sealing.clone()))
            .expression_attribute_values(":signing", AttributeValue::S(keys.signing.clone()))
            .expression_attribute_values(":at", AttributeValue::S(timestamp(at)))
            .build()
            .map_err(|e| invalid("agent keys", e))?;
        let items = vec![TransactWriteItem::builder().update(update).build()];
        self.store.commit(items, [event], "agents").await
    }

    async fn revoke_agent(
        &self,
        id: &AgentId,
        at: DateTime<Utc>,
        event: &AuditEvent,
    ) -> Result<bool, PortError> {
        let update = Update::builder()
            .table_name(&self.store.tables.directory)
            .set_key(Some(key(keys::agent(id))))
            .update_expression("SET revoked_at = :at")
            .condition_expression("attribute_exists(pk) AND attribute_not_exists(revoked_at)")
            .expression_attribute_values(":at", AttributeValue::S(timestamp(at)))
            .build()
            .map_err(|e| invalid("agent revocation", e))?;
        let items = vec![TransactWriteItem::builder().update(update).build()];
        match self.store.commit(items, [event], "agents").await {
            Ok(()) => Ok(true),
            // Already revoked (by a racing call): that one recorded it.
            Err(PortError::Conflict { .. })
                if self.agent(id).await?.is_some_and(|a| a.revoked_at.is_some()) =>
            {
                Ok(false)
            }
            Err(err) => Err(err),
        }
    }

    async fn agent(&self, id: &AgentId) -> Result<Option<Agent>, PortError> {
        let item = self.store.get(&self.store.tables.directory, keys::agent(id), "agents").await?;
        item.map(agent_of).transpose()
    }

    async fn agents(&self) -> Result<Vec<Agent>, PortError> {
        let items =
            self.store.query_prefix(&self.store.tables.directory, keys::all_agents(), "agents").await?;
        items.into_iter().map(agent_of).collect()
    }

    async fn touch(&self, agent: &Agent, now: DateTime<Utc>, version: &str) -> Result<(), PortError> {
        if now - agent.last_contact_at < Duration::seconds(TOUCH_SECONDS) && agent.version == version {
            return Ok(());
        }
        self.store
            .client
            .update_item()
            .table_name(&self.store.tables.directory)
            .set_key(Some(key(keys::agent(&agent.id))))
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
        let mut item = key(keys::nonce(agent, nonce));
        item.insert("expires_at".into(), number(until.timestamp()));
        let out = self
            .store
            .client
            .put_item()
            .table_name(&self.store.tables.flows)
            .set_item(Some(item))
            .condition_expression("attribute_not_exists(pk)")
            .send()
            .await
            .map_err(|e| classify("agents", e));
        Ok(unless_conditional(out)?.is_some())
    }

    async fn save_policies(
        &self,
        directory: &DirectoryId,
        policies: &DirectoryPolicies,
    ) -> Result<(), PortError> {
        let (pk, sk) = keys::directory_policies(directory);
        let item = PoliciesItem { pk, sk, policies: policies.clone() };
        let item: Item = serde_dynamo::to_item(item).map_err(|e| corrupt("directory policies", e))?;
        self.store
            .client
            .put_item()
            .table_name(&self.store.tables.directory)
            .set_item(Some(item))
            .send()
            .await
            .map_err(|e| classify("agents", e))?;
        Ok(())
    }

    async fn policies(&self, directory: &DirectoryId) -> Result<Option<DirectoryPolicies>, PortError> {
        let item = self
            .store
            .get(&self.store.tables.directory, keys::directory_policies(directory), "agents")
            .await?;
        item.map(|i| serde_dynamo::from_item::<_, PoliciesItem>(i).map(|p| p.policies))
            .transpose()
            .map_err(|e| corrupt("directory policies", e))
    }
}

/// A directory's password rules, as its agents last sent them.
#[derive(Serialize, Deserialize)]
struct PoliciesItem {
    pk: String,
    sk: String,
    policies: DirectoryPolicies,
}
