//! Reset flows in the flows table (`RESET#<digest of the id>` / `FLOW`);
//! completing one also writes the user in the directory table, in the same
//! transaction. The flow store's try counters are in `tries`.

use std::collections::{BTreeMap, BTreeSet};

use async_trait::async_trait;
use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::types::TransactWriteItem;
use chrono::{DateTime, Utc};
use latchkey_core::PortError;
use latchkey_core::model::audit::{AuditEvent, Retention};
use latchkey_core::model::flow::{Challenge, FlowMethod, MethodTarget, ResetFlow, StoredFlow};
use latchkey_core::model::methods::{MethodId, MethodKind};
use latchkey_core::model::tries::{Counter, Limit, Taken};
use latchkey_core::model::user::User;
use latchkey_core::model::values::{E164, Email, UserId};
use latchkey_core::ports::FlowStore;
use serde::{Deserialize, Serialize};

use super::shared::{Store, corrupt, versioned_put};
use super::{keys, tries, users};
use crate::config::TableNames;

/// A reset flow as stored. Its own shape, apart from the domain's
/// `ResetFlow`: renaming a domain field must not silently rename a stored
/// attribute.
#[derive(Serialize, Deserialize)]
struct ResetItem {
    pk: String,
    sk: String,
    version: u64,
    /// TTL: DynamoDB deletes the item a day after the flow ends.
    expires_at: i64,
    flow: FlowItem,
}

#[derive(Serialize, Deserialize)]
struct FlowItem {
    key: String,
    user: Option<UserId>,
    target_name: String,
    methods: Vec<FlowMethodItem>,
    required: u8,
    verified: BTreeSet<String>,
    challenges: BTreeMap<String, ChallengeItem>,
    sends: u8,
    created_at: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    spent: bool,
    /// Absent on flows stored before authenticators existed.
    #[serde(default)]
    authenticator_required: bool,
    /// Absent on flows stored before recovery strengths existed.
    #[serde(default)]
    not_only_email: bool,
    version: u64,
}

/// One method: at most one of `email`, `phone` and `questions` (none in a
/// decoy's code methods).
#[derive(Serialize, Deserialize)]
struct FlowMethodItem {
    id: String,
    kind: MethodKind,
    hint: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    questions: Option<Vec<latchkey_core::model::questions::QuestionId>>,
}

#[derive(Serialize, Deserialize)]
struct ChallengeItem {
    code_digest: String,
    expires_at: DateTime<Utc>,
    attempts_left: u8,
}

impl From<&FlowMethod> for FlowMethodItem {
    fn from(m: &FlowMethod) -> Self {
        let mut item = FlowMethodItem {
            id: m.id.to_string(),
            kind: m.kind,
            hint: m.hint.clone(),
            email: None,
            phone: None,
            questions: None,
        };
        match &m.target {
            Some(MethodTarget::Email { to }) => item.email = Some(to.as_str().to_owned()),
            Some(MethodTarget::Phone { to }) => item.phone = Some(to.as_str().to_owned()),
            Some(MethodTarget::Questions { ids }) => item.questions = Some(ids.clone()),
            // The kind says it all: the key lives with the user.
            Some(MethodTarget::Authenticator | MethodTarget::Passkey) | None => {}
        }
        item
    }
}

impl TryFrom<FlowMethodItem> for FlowMethod {
    type Error = PortError;

    fn try_from(m: FlowMethodItem) -> Result<Self, PortError> {
        let target = match (m.email, m.phone, m.questions) {
            (Some(email), None, None) => {
                Some(MethodTarget::Email { to: Email::parse(&email).map_err(|e| corrupt("reset flow", e))? })
            }
            (None, Some(phone), None) => {
                Some(MethodTarget::Phone { to: E164::parse(&phone).map_err(|e| corrupt("reset flow", e))? })
            }
            (None, None, Some(ids)) => Some(MethodTarget::Questions { ids }),
            (None, None, None) if m.kind == MethodKind::Authenticator => Some(MethodTarget::Authenticator),
            (None, None, None) if m.kind == MethodKind::Passkey => Some(MethodTarget::Passkey),
            (None, None, None) => None,
            _ => return Err(corrupt("reset flow", "a method with more than one target")),
        };
        Ok(FlowMethod { id: MethodId::new(m.id), kind: m.kind, target, hint: m.hint })
    }
}

impl From<&ResetFlow> for FlowItem {
    fn from(f: &ResetFlow) -> Self {
        let f = f.stored();
        let challenges = f
            .challenges
            .iter()
            .map(|(id, c)| {
                let item = ChallengeItem {
                    code_digest: c.code_digest.clone(),
                    expires_at: c.expires_at,
                    attempts_left: c.attempts_left,
                };
                (id.to_string(), item)
            })
            .collect();
        Self {
            key: f.key.clone(),
            user: f.user.clone(),
            target_name: f.target_name.clone(),
            methods: f.methods.iter().map(FlowMethodItem::from).collect(),
            required: f.required,
            verified: f.verified.iter().map(MethodId::to_string).collect(),
            challenges,
            sends: f.sends,
            created_at: f.created_at,
            expires_at: f.expires_at,
            spent: f.spent,
            authenticator_required: f.authenticator_required,
            not_only_email: f.not_only_email,
            version: f.version,
        }
    }
}

impl TryFrom<FlowItem> for ResetFlow {
    type Error = PortError;

    fn try_from(i: FlowItem) -> Result<Self, PortError> {
        let methods = i.methods.into_iter().map(FlowMethod::try_from).collect::<Result<_, _>>()?;
        let challenges = i
            .challenges
            .into_iter()
            .map(|(id, c)| {
                let challenge = Challenge {
                    code_digest: c.code_digest,
                    expires_at: c.expires_at,
                    attempts_left: c.attempts_left,
                };
                (MethodId::new(id), challenge)
            })
            .collect();
        let stored = StoredFlow {
            key: i.key,
            user: i.user,
            target_name: i.target_name,
            methods,
            required: i.required,
            verified: i.verified.into_iter().map(MethodId::new).collect(),
            challenges,
            sends: i.sends,
            created_at: i.created_at,
            expires_at: i.expires_at,
            spent: i.spent,
            authenticator_required: i.authenticator_required,
            not_only_email: i.not_only_email,
            version: i.version,
        };
        ResetFlow::restore(stored).map_err(|e| corrupt("reset flow", e))
    }
}

/// Reset flows and try counters in the flows table.
pub struct DynamoFlows {
    store: Store,
}

impl DynamoFlows {
    pub fn new(client: Client, tables: TableNames) -> Self {
        Self { store: Store::new(client, tables, Retention::DEFAULT) }
    }

    /// How long the audit events it writes are kept (default a year).
    #[must_use]
    pub fn with_retention(mut self, retention: Retention) -> Self {
        self.store.retention = retention;
        self
    }

    /// The flow's put at its version, over the version before.
    fn reset_put(&self, flow: &ResetFlow) -> Result<TransactWriteItem, PortError> {
        let (pk, sk) = keys::reset(flow.key());
        let item = serde_dynamo::to_item(ResetItem {
            pk,
            sk,
            version: flow.version(),
            expires_at: (flow.expires_at() + chrono::Duration::days(1)).timestamp(),
            flow: FlowItem::from(flow),
        })
        .map_err(|e| corrupt("reset flow", e))?;
        versioned_put(&self.store.tables.flows, item, flow.version())
    }
}

#[async_trait]
impl FlowStore for DynamoFlows {
    async fn reset(&self, key: &str) -> Result<Option<ResetFlow>, PortError> {
        let Some(item) = self.store.get(&self.store.tables.flows, keys::reset(key), "flows").await? else {
            return Ok(None);
        };
        let stored: ResetItem = serde_dynamo::from_item(item).map_err(|e| corrupt("reset flow", e))?;
        Ok(Some(ResetFlow::try_from(stored.flow)?))
    }

    async fn save_reset(&self, flow: &ResetFlow, events: &[AuditEvent]) -> Result<(), PortError> {
        let items = vec![self.reset_put(flow)?];
        self.store.commit(items, events, "flows").await
    }

    async fn complete_reset(
        &self,
        flow: &ResetFlow,
        user: &User,
        events: &[AuditEvent],
    ) -> Result<(), PortError> {
        let items = vec![self.reset_put(flow)?, users::replace(&self.store.tables.directory, user)?];
        self.store.commit(items, events, "flows").await
    }

    async fn take_try(&self, limit: &Limit, now: DateTime<Utc>) -> Result<Taken, PortError> {
        tries::take(&self.store, limit, now).await
    }

    async fn counter(&self, key: &str) -> Result<Option<Counter>, PortError> {
        tries::counter(&self.store, key).await
    }

    async fn release_try(&self, key: &str) -> Result<(), PortError> {
        tries::release(&self.store, key).await
    }

    async fn clear_tries(&self, key: &str) -> Result<(), PortError> {
        tries::clear(&self.store, key).await
    }
}

#[cfg(test)]
mod tests {
    use super::super::mock::{Requests, Transaction, Written, event, tables};
    use super::super::shared::number;
    use super::*;

    /// A flow as a test stores it: through the stored shape, so the test
    /// needs nothing of the domain type's construction.
    fn flow(version: u64) -> ResetFlow {
        let at = DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        ResetFlow::try_from(FlowItem {
            key: "digest-of-the-id".into(),
            user: Some(UserId::new("id-adele")),
            target_name: "adele".into(),
            methods: vec![FlowMethodItem {
                id: "m1".into(),
                kind: MethodKind::Email,
                hint: "a***@example.com".into(),
                email: Some("adele@example.com".into()),
                phone: None,
                questions: None,
            }],
            required: 1,
            verified: BTreeSet::new(),
            challenges: BTreeMap::new(),
            sends: 0,
            created_at: at,
            expires_at: at + chrono::Duration::minutes(15),
            spent: false,
            authenticator_required: false,
            not_only_email: false,
            version,
        })
        .unwrap()
    }

    #[tokio::test]
    async fn a_new_flow_is_put_only_where_none_exists() {
        let requests = Requests::answering_writes();
        let flows = DynamoFlows::new(requests.client(), tables());

        flows.save_reset(&flow(1), &[event()]).await.unwrap();

        let puts = requests.transactions()[0].puts();
        assert_eq!(puts.len(), 2, "the flow and its event");
        assert_eq!(puts[0].table_name(), "flows");
        assert_eq!(puts[0].key(), keys::reset("digest-of-the-id"));
        assert_eq!(puts[0].condition_expression(), Some("attribute_not_exists(pk)"));
        assert_eq!(puts[0].expression_attribute_values(), None);
    }

    #[tokio::test]
    async fn a_saved_flow_replaces_only_the_version_it_read() {
        let requests = Requests::answering_writes();
        let flows = DynamoFlows::new(requests.client(), tables());

        flows.save_reset(&flow(4), &[]).await.unwrap();

        let puts = requests.transactions()[0].puts();
        assert_eq!(puts.len(), 1);
        assert_eq!(puts[0].key(), keys::reset("digest-of-the-id"));
        assert_eq!(puts[0].condition_expression(), Some("version = :previous"));
        assert_eq!(puts[0].value(":previous"), Some(number(3)));
        assert_eq!(puts[0].item_number("version"), Some(4));
        assert_eq!(puts[0].item_number("expires_at"), Some(1_700_000_000 + 15 * 60 + 24 * 3600));
    }
}
