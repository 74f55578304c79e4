//! The web apps' refresh credentials in DynamoDB.
//!
//! Flows table (TTL on `expires_at`): `REFRESH#<family>` / `FAMILY`, one item
//! per sign-in's family holding the keyed digest of its current credential
//! (never the credential). Each refresh replaces it under a condition on the
//! generation and digest it spends, so of two refreshes with one credential
//! only one gets through; ending a family deletes it.

use async_trait::async_trait;
use aws_sdk_dynamodb::Client;
use chrono::{DateTime, Utc};
use latchkey_core::PortError;
use latchkey_core::model::audit::Retention;
use latchkey_core::model::sessions::{RefreshFamily, SessionApp};
use latchkey_core::model::values::UserId;
use latchkey_core::ports::SessionStore;
use serde::{Deserialize, Serialize};

use super::keys;
use super::shared::{Item, Store, corrupt, key, number};
use crate::aws::classify;
use crate::config::TableNames;

#[derive(Serialize, Deserialize)]
struct FamilyItem {
    pk: String,
    sk: String,
    id: String,
    user: UserId,
    app: SessionApp,
    token_version: u32,
    second_factor: bool,
    signed_in_at: DateTime<Utc>,
    generation: u32,
    digest: String,
    idle_until: DateTime<Utc>,
    absolute_until: DateTime<Utc>,
    /// TTL (seconds).
    expires_at: i64,
}

impl From<&RefreshFamily> for FamilyItem {
    fn from(f: &RefreshFamily) -> Self {
        let (pk, sk) = keys::refresh_family(&f.id);
        Self {
            pk,
            sk,
            id: f.id.clone(),
            user: f.user.clone(),
            app: f.app,
            token_version: f.token_version,
            second_factor: f.second_factor,
            signed_in_at: f.signed_in_at,
            generation: f.generation,
            digest: f.digest.clone(),
            idle_until: f.idle_until,
            absolute_until: f.absolute_until,
            expires_at: f.ends_at().timestamp(),
        }
    }
}

impl From<FamilyItem> for RefreshFamily {
    fn from(i: FamilyItem) -> Self {
        RefreshFamily {
            id: i.id,
            user: i.user,
            app: i.app,
            token_version: i.token_version,
            second_factor: i.second_factor,
            signed_in_at: i.signed_in_at,
            generation: i.generation,
            digest: i.digest,
            idle_until: i.idle_until,
            absolute_until: i.absolute_until,
        }
    }
}

pub struct DynamoSessions {
    store: Store,
}

impl DynamoSessions {
    pub fn new(client: Client, tables: TableNames, retention: Retention) -> Self {
        Self { store: Store::new(client, tables, retention) }
    }

    async fn put(
        &self,
        family: &RefreshFamily,
        condition: &str,
        values: Option<Item>,
    ) -> Result<(), PortError> {
        let item: Item =
            serde_dynamo::to_item(FamilyItem::from(family)).map_err(|e| corrupt("refresh family", e))?;
        self.store
            .client
            .put_item()
            .table_name(&self.store.tables.flows)
            .set_item(Some(item))
            .condition_expression(condition)
            .set_expression_attribute_values(values)
            .send()
            .await
            .map_err(|e| classify("refresh family", e))?;
        Ok(())
    }
}

#[async_trait]
impl SessionStore for DynamoSessions {
    async fn family(&self, id: &str) -> Result<Option<RefreshFamily>, PortError> {
        let item =
            self.store.get(&self.store.tables.flows, keys::refresh_family(id), "refresh family").await?;
        item.map(|item| {
            serde_dynamo::from_item::<_, FamilyItem>(item)
                .map(RefreshFamily::from)
                .map_err(|e| corrupt("refresh family", e))
        })
        .transpose()
    }

    async fn create_family(&self, family: &RefreshFamily) -> Result<(), PortError> {
        self.put(family, "attribute_not_exists(pk)", None).await
    }

    async fn rotate_family(&self, family: &RefreshFamily, previous_digest: &str) -> Result<(), PortError> {
        let values = Item::from([
            (":generation".to_owned(), number(family.generation.saturating_sub(1))),
            (":digest".to_owned(), aws_sdk_dynamodb::types::AttributeValue::S(previous_digest.to_owned())),
        ]);
        self.put(family, "generation = :generation AND digest = :digest", Some(values)).await
    }

    async fn end_family(&self, id: &str) -> Result<(), PortError> {
        self.store
            .client
            .delete_item()
            .table_name(&self.store.tables.flows)
            .set_key(Some(key(keys::refresh_family(id))))
            .send()
            .await
            .map_err(|e| classify("refresh family", e))?;
        Ok(())
    }
}
