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
use latchkey_core::model::audit::{AuditEvent, Retention};
use latchkey_core::model::clients::{ApiClient, ClientId, Scopes, StoredSecret};
use latchkey_core::model::values::UserId;
use latchkey_core::ports::ClientStore;
use serde::{Deserialize, Serialize};

use super::keys;
use super::shared::{Item, Store, conditional_put, corrupt, create_put, invalid, key, number};
use crate::aws::classify;
use crate::config::TableNames;

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

impl From<&ApiClient> for ClientItem {
    fn from(c: &ApiClient) -> Self {
        let (pk, sk) = keys::client(&c.id);
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

fn client_of(item: Item) -> Result<ApiClient, PortError> {
    serde_dynamo::from_item::<_, ClientItem>(item).map(ApiClient::from).map_err(|e| corrupt("client", e))
}

pub struct DynamoClients {
    store: Store,
}

impl DynamoClients {
    pub fn new(client: Client, tables: TableNames, retention: Retention) -> Self {
        Self { store: Store::new(client, tables, retention) }
    }

    fn item(&self, client: &ApiClient) -> Result<Item, PortError> {
        serde_dynamo::to_item(ClientItem::from(client)).map_err(|e| corrupt("client", e))
    }
}

#[async_trait]
impl ClientStore for DynamoClients {
    async fn create_client(&self, client: &ApiClient, event: &AuditEvent) -> Result<(), PortError> {
        let items = vec![create_put(&self.store.tables.directory, self.item(client)?)?];
        self.store.commit(items, [event], "clients").await
    }

    async fn client(&self, id: &ClientId) -> Result<Option<ApiClient>, PortError> {
        let item = self.store.get(&self.store.tables.directory, keys::client(id), "clients").await?;
        item.map(client_of).transpose()
    }

    async fn clients(&self) -> Result<Vec<ApiClient>, PortError> {
        let items =
            self.store.query_prefix(&self.store.tables.directory, keys::all_clients(), "clients").await?;
        items.into_iter().map(client_of).collect()
    }

    async fn update_client(&self, client: &ApiClient, event: &AuditEvent) -> Result<(), PortError> {
        let values = HashMap::from([(":v".to_string(), number(client.version.saturating_sub(1)))]);
        let items = vec![conditional_put(
            &self.store.tables.directory,
            self.item(client)?,
            "version = :v",
            Some(values),
        )?];
        self.store.commit(items, [event], "clients").await
    }

    async fn delete_client(&self, id: &ClientId, event: &AuditEvent) -> Result<(), PortError> {
        let delete = Delete::builder()
            .table_name(&self.store.tables.directory)
            .set_key(Some(key(keys::client(id))))
            .condition_expression("attribute_exists(pk)")
            .build()
            .map_err(|e| invalid("client", e))?;
        let items = vec![TransactWriteItem::builder().delete(delete).build()];
        self.store.commit(items, [event], "clients").await
    }

    async fn touch_client(&self, id: &ClientId, now: DateTime<Utc>) -> Result<(), PortError> {
        let out = self
            .store
            .client
            .update_item()
            .table_name(&self.store.tables.directory)
            .set_key(Some(key(keys::client(id))))
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
