//! A DynamoDB client for unit tests that sends nothing: it answers from
//! `aws-smithy-mocks` rules and keeps every request, so a test can assert
//! the request the SDK would have sent (table, key, condition, values).
//! A request no rule answers fails the test.

use std::sync::{Arc, Mutex};

use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::config::{BehaviorVersion, Credentials, Region};
use aws_sdk_dynamodb::operation::get_item::GetItemOutput;
use aws_sdk_dynamodb::operation::put_item::{PutItemInput, PutItemOutput};
use aws_sdk_dynamodb::operation::transact_write_items::{TransactWriteItemsInput, TransactWriteItemsOutput};
use aws_sdk_dynamodb::operation::update_item::{UpdateItemInput, UpdateItemOutput};
use aws_sdk_dynamodb::types::{AttributeValue, Put};
use aws_smithy_mocks::{MockResponseInterceptor, Rule, RuleMode, create_mock_http_client, mock};
use chrono::DateTime;
use latchkey_core::model::audit::{Action, AuditEvent, Outcome, Retention};
use latchkey_core::model::values::UserId;

use super::keys::Key;
use super::shared::{Item, Store};
use crate::config::TableNames;

/// The table names the tests' stores use.
pub(super) fn tables() -> TableNames {
    TableNames::with_prefix("")
}

/// An audit event to write with a change.
pub(super) fn event() -> AuditEvent {
    AuditEvent {
        id: "0123456789abcdef".into(),
        at: DateTime::from_timestamp(1_700_000_000, 0).unwrap_or_default(),
        actor: Some(UserId::new("id-admin")),
        target: Some(UserId::new("id-adele")),
        target_name: Some("adele".into()),
        action: Action::SettingsChanged,
        outcome: Outcome::Success,
        reason: None,
        client_ip: None,
        user_agent: None,
        methods: Vec::new(),
    }
}

type Kept<T> = Arc<Mutex<Vec<T>>>;

fn keep<T: Clone>(kept: &Kept<T>, request: &T) {
    kept.lock().unwrap_or_else(|e| e.into_inner()).push(request.clone());
}

fn taken<T: Clone>(kept: &Kept<T>) -> Vec<T> {
    kept.lock().unwrap_or_else(|e| e.into_inner()).clone()
}

/// The writes a mocked client was asked for, by operation.
#[derive(Default)]
pub(super) struct Requests {
    transactions: Kept<TransactWriteItemsInput>,
    updates: Kept<UpdateItemInput>,
    puts: Kept<PutItemInput>,
    update_answer: Item,
}

impl Requests {
    /// Accepts every transaction, put and update; answers no reads.
    pub(super) fn answering_writes() -> Self {
        Self::default()
    }

    /// As [`Self::answering_writes`], and each UpdateItem answers with
    /// `attributes` (what its `ReturnValues` asked for).
    pub(super) fn answering_updates_with(attributes: Item) -> Self {
        Self { update_answer: attributes, ..Self::default() }
    }

    /// A store of the tests' tables whose requests land here.
    pub(super) fn store(&self) -> Store {
        Store::new(self.client(), tables(), Retention::DEFAULT)
    }

    /// A client whose requests land here.
    pub(super) fn client(&self) -> Client {
        let transactions = self.transactions.clone();
        let updates = self.updates.clone();
        let puts = self.puts.clone();
        let answer = self.update_answer.clone();
        let rules: [Rule; 4] = [
            // A read finds nothing (a record written before the word index).
            mock!(Client::get_item).then_compute_output(|_| GetItemOutput::builder().build()),
            mock!(Client::transact_write_items).then_compute_output(move |request| {
                keep(&transactions, request);
                TransactWriteItemsOutput::builder().build()
            }),
            mock!(Client::update_item).then_compute_output(move |request| {
                keep(&updates, request);
                UpdateItemOutput::builder().set_attributes(Some(answer.clone())).build()
            }),
            mock!(Client::put_item).then_compute_output(move |request| {
                keep(&puts, request);
                PutItemOutput::builder().build()
            }),
        ];
        let interceptor = rules
            .iter()
            .fold(MockResponseInterceptor::new().rule_mode(RuleMode::MatchAny), |i, rule| i.with_rule(rule));
        let config = aws_sdk_dynamodb::Config::builder()
            .behavior_version(BehaviorVersion::latest())
            .region(Region::new("eu-west-1"))
            .credentials_provider(Credentials::new("test", "test", None, None, "mock"))
            .http_client(create_mock_http_client())
            .interceptor(interceptor)
            .build();
        Client::from_conf(config)
    }

    pub(super) fn transactions(&self) -> Vec<TransactWriteItemsInput> {
        taken(&self.transactions)
    }

    pub(super) fn updates(&self) -> Vec<UpdateItemInput> {
        taken(&self.updates)
    }

    pub(super) fn puts(&self) -> Vec<PutItemInput> {
        taken(&self.puts)
    }
}

/// The puts of a transaction, in order.
pub(super) trait Transaction {
    fn puts(&self) -> Vec<Put>;
}

impl Transaction for TransactWriteItemsInput {
    fn puts(&self) -> Vec<Put> {
        self.transact_items().iter().filter_map(|item| item.put().cloned()).collect()
    }
}

/// What a test reads from a put.
pub(super) trait Written {
    /// Its key (`pk`, `sk`).
    fn key(&self) -> Key;
    /// A string attribute of the item written; empty when there is none.
    fn text(&self, name: &str) -> String;
    /// A number attribute of the item written.
    fn item_number(&self, name: &str) -> Option<u64>;
    /// One of the condition's values.
    fn value(&self, name: &str) -> Option<AttributeValue>;
}

fn text_of(item: &Item, name: &str) -> String {
    item.get(name).and_then(|v| v.as_s().ok()).cloned().unwrap_or_default()
}

impl Written for Put {
    fn key(&self) -> Key {
        (text_of(self.item(), "pk"), text_of(self.item(), "sk"))
    }

    fn text(&self, name: &str) -> String {
        text_of(self.item(), name)
    }

    fn item_number(&self, name: &str) -> Option<u64> {
        self.item().get(name)?.as_n().ok()?.parse().ok()
    }

    fn value(&self, name: &str) -> Option<AttributeValue> {
        self.expression_attribute_values()?.get(name).cloned()
    }
}

/// The key a keyed request (an update, a delete) names.
pub(super) fn key_of(key: Option<&Item>) -> Key {
    let key = key.cloned().unwrap_or_default();
    (text_of(&key, "pk"), text_of(&key, "sk"))
}
