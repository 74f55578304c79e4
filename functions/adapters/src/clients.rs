//! API clients in DynamoDB: directory table, `CLIENTS` / `CLIENT#<id>`, one
//! item per client (one partition: an organisation has a handful). Only
//! the secrets' keyed digests are stored. A revocation deletes the item, so
//! the consistent read every client-token request makes sees it at once.

use std::collections::HashMap;

use async_trait::async_trait;
use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::types::{AttributeValue, Delete, TransactWriteItem};
use chrono::{DateTime, Utc};
use latchkey_core::PortError;
use latchkey_core::audit::{AuditEvent, Retention};
use latchkey_core::clients::{ApiClient, ClientId, ClientStore, Scopes, StoredSecret};
use latchkey_core::types::UserId;
use serde::{Deserialize, Serialize};

use crate::aws::classify;
use crate::config::TableNames;
use crate::dynamo::{
    audit_put, conditional_put, corrupt, get_consistent, invalid, key, query_prefix, transact,
};

type Item = HashMap<String, AttributeValue>;

#[derive(Serialize, Deserialize)]
struct ClientItem {
    pk: String,
    sk: String,
    id: ClientId,
    name: String,
    scopes: Scopes,
    created_at: DateTime<Utc>,
    created_by: UserId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    last_used_at: Option<DateTime<Utc>>,
    secrets: Vec<SecretItem>,
    version: u64,
}

#[derive(Serialize, Deserialize)]
struct SecretItem {
    digest: String,
    created_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    retires_at: Option<DateTime<Utc>>,
}

fn client_key(id: &ClientId) -> (String, String) {
    ("CLIENTS".into(), format!("CLIENT#{id}"))
}

impl From<&ApiClient> for ClientItem {
    fn from(c: &ApiClient) -> Self {
        let (pk, sk) = client_key(&c.id);
        Self {
            pk,
            sk,
            id: c.id.clone(),
            name: c.name.clone(),
            scopes: c.scopes.clone(),
            created_at: c.created_at,
            created_by: c.created_by.clone(),
            last_used_at: c.last_used_at,
            secrets: c
                .secrets
                .iter()
                .map(|s| SecretItem {
                    digest: s.digest.clone(),
                    created_at: s.created_at,
                    retires_at: s.retires_at,
                })
                .collect(),
            version: c.version,
        }
    }
}

impl From<ClientItem> for ApiClient {
    fn from(i: ClientItem) -> Self {
        ApiClient {
            id: i.id,
            name: i.name,
            scopes: i.scopes,
            created_at: i.created_at,
            created_by: i.created_by,
            last_used_at: i.last_used_at,
            secrets: i
                .secrets
                .into_iter()
                .map(|s| StoredSecret {
                    digest: s.digest,
                    created_at: s.created_at,
                    retires_at: s.retires_at,
                })
                .collect(),
            version: i.version,
        }
    }
}

pub struct DynamoClients {
    client: Client,
    tables: TableNames,
    retention: Retention,
}

impl DynamoClients {
    pub fn new(client: Client, tables: TableNames, retention: Retention) -> Self {
        Self { client, tables, retention }
    }

    fn item(&self, client: &ApiClient) -> Result<Item, PortError> {
        serde_dynamo::to_item(ClientItem::from(client)).map_err(|e| corrupt("client", e))
    }
}

#[async_trait]
impl ClientStore for DynamoClients {
    async fn create_client(&self, client: &ApiClient, event: &AuditEvent) -> Result<(), PortError> {
        let items = vec![
            conditional_put(&self.tables.directory, self.item(client)?, "attribute_not_exists(pk)", None)?,
            audit_put(&self.tables.audit, self.retention, event)?,
        ];
        transact(&self.client, items, "clients").await
    }

    async fn client(&self, id: &ClientId) -> Result<Option<ApiClient>, PortError> {
        get_consistent(&self.client, &self.tables.directory, client_key(id), "clients")
            .await?
            .map(|item| serde_dynamo::from_item::<_, ClientItem>(item).map(ApiClient::from))
            .transpose()
            .map_err(|e| corrupt("client", e))
    }

    async fn clients(&self) -> Result<Vec<ApiClient>, PortError> {
        query_prefix(&self.client, &self.tables.directory, ("CLIENTS", "CLIENT#"), "clients")
            .await?
            .into_iter()
            .map(|item| serde_dynamo::from_item::<_, ClientItem>(item).map(ApiClient::from))
            .collect::<Result<_, _>>()
            .map_err(|e| corrupt("client", e))
    }

    async fn update_client(&self, client: &ApiClient, event: &AuditEvent) -> Result<(), PortError> {
        let values = HashMap::from([(
            ":v".to_string(),
            AttributeValue::N(client.version.saturating_sub(1).to_string()),
        )]);
        let items = vec![
            conditional_put(&self.tables.directory, self.item(client)?, "version = :v", Some(values))?,
            audit_put(&self.tables.audit, self.retention, event)?,
        ];
        transact(&self.client, items, "clients").await
    }

    async fn delete_client(&self, id: &ClientId, event: &AuditEvent) -> Result<(), PortError> {
        let delete = Delete::builder()
            .table_name(&self.tables.directory)
            .set_key(Some(key(client_key(id))))
            .condition_expression("attribute_exists(pk)")
            .build()
            .map_err(|e| invalid("client", e))?;
        let items = vec![
            TransactWriteItem::builder().delete(delete).build(),
            audit_put(&self.tables.audit, self.retention, event)?,
        ];
        transact(&self.client, items, "clients").await
    }

    async fn touch_client(&self, id: &ClientId, now: DateTime<Utc>) -> Result<(), PortError> {
        let out = self
            .client
            .update_item()
            .table_name(&self.tables.directory)
            .set_key(Some(key(client_key(id))))
            .update_expression("SET last_used_at = :now")
            .condition_expression("attribute_exists(pk)")
            .expression_attribute_values(":now", AttributeValue::S(now.to_rfc3339()))
            .send()
            .await
            .map_err(|e| classify("clients", e));
        match out {
            Ok(_) | Err(PortError::Conflict { .. }) => Ok(()),
            Err(err) => Err(err),
        }
    }
}
