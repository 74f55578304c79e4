//! Creates what Latchkey needs in an AWS account (or emulator), leaving
//! whatever already exists alone. Safe to run on every start.

use std::time::Duration;

use aws_sdk_dynamodb::Client as Dynamo;
use aws_sdk_dynamodb::error::ProvideErrorMetadata;
use aws_sdk_dynamodb::types::{
    AttributeDefinition, BillingMode, GlobalSecondaryIndex, GlobalSecondaryIndexDescription,
    KeySchemaElement, KeyType, Projection, ProjectionType, ScalarAttributeType, StreamSpecification,
    StreamViewType, TableStatus, TimeToLiveSpecification,
};
use latchkey_adapters::dynamo::index;
use latchkey_adapters::{AdapterConfig, TableNames};

/// A provisioning step that failed; says which resource.
#[derive(Debug, thiserror::Error)]
pub enum BootstrapError {
    #[error("could not {action} {resource}")]
    Aws {
        action: &'static str,
        resource: String,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    #[error("table {0} did not become active in time")]
    NotActive(String),
    #[error("could not bring stored users into the group index")]
    Backfill(#[source] latchkey_core::PortError),
    #[error("could not move older audit events into the shards")]
    AuditShards(#[source] latchkey_core::PortError),
}

fn aws_err(
    action: &'static str,
    resource: &str,
    source: impl std::error::Error + Send + Sync + 'static,
) -> BootstrapError {
    BootstrapError::Aws { action, resource: resource.to_string(), source: Box::new(source) }
}

/// One global secondary index: name, hash key, range key (all strings, all attributes projected).
type Gsi = (&'static str, &'static str, &'static str);

/// One table's shape: `pk`/`sk` strings, its GSIs, optional TTL attribute.
struct TableSpec<'a> {
    name: &'a str,
    gsis: &'static [Gsi],
    ttl: Option<&'static str>,
    /// A change stream of new items (the audit trail's, for the event bus).
    stream: bool,
}

const DIRECTORY_INDEXES: &[Gsi] = &[
    (index::DIRECTORY_BY_KIND, "gsi1pk", "gsi1sk"),
    (index::DIRECTORY_BY_DISPLAY_NAME, "gsi2pk", "gsi2sk"),
    (index::DIRECTORY_BY_EMAIL, "gsi3pk", "gsi3sk"),
];

fn specs(tables: &TableNames) -> [TableSpec<'_>; 4] {
    [
        TableSpec { name: &tables.directory, gsis: DIRECTORY_INDEXES, ttl: None, stream: false },
        TableSpec {
            name: &tables.audit,
            gsis: &[
                (index::AUDIT_BY_TARGET, "target_key", "sk"),
                (index::AUDIT_BY_ACTOR, "actor_key", "sk"),
                (index::AUDIT_BY_ACTIVITY, "activity_key", "sk"),
            ],
            ttl: Some("expires_at"),
            stream: true,
        },
        TableSpec { name: &tables.flows, gsis: &[], ttl: Some("expires_at"), stream: false },
        TableSpec { name: &tables.breach, gsis: &[], ttl: None, stream: false },
    ]
}

fn gsi((name, hash, range): Gsi) -> Result<GlobalSecondaryIndex, BootstrapError> {
    GlobalSecondaryIndex::builder()
        .index_name(name)
        .key_schema(key(hash, KeyType::Hash)?)
        .key_schema(key(range, KeyType::Range)?)
        .projection(Projection::builder().projection_type(ProjectionType::All).build())
        .build()
        .map_err(|e| aws_err("describe index", name, e))
}

/// The attribute definitions `gsis` need beyond `pk` and `sk`.
fn index_attributes(gsis: &[Gsi]) -> Result<Vec<AttributeDefinition>, BootstrapError> {
    let mut names: Vec<&str> =
        gsis.iter().flat_map(|(_, h, r)| [*h, *r]).filter(|a| !["pk", "sk"].contains(a)).collect();
    names.dedup();
    names.into_iter().map(attr).collect()
}

/// Creates the tables and the SES sender identity. `progress` hears one
/// line per resource.
pub async fn bootstrap(
    sdk: &aws_config::SdkConfig,
    config: &AdapterConfig,
    mut progress: impl FnMut(String),
) -> Result<(), BootstrapError> {
    let dynamo: Dynamo = latchkey_adapters::aws::dynamodb_client(sdk, config);
    for spec in specs(&config.tables) {
        let created = ensure_table(&dynamo, &spec).await?;
        progress(format!("table {} {}", spec.name, if created { "created" } else { "already exists" }));
    }
    // Users stored before the group index existed have groups but no member
    // entries: brought in once (it reads every user), then recorded as done.
    let directory = latchkey_adapters::dynamo::DynamoDirectory::new(dynamo.clone(), config.tables.clone());
    let now = latchkey_core::ports::Clock::now(&latchkey_adapters::system::SystemClock);
    match directory.migrate_group_index(now).await.map_err(BootstrapError::Backfill)? {
        None => progress("group index: migrated already".to_owned()),
        Some(backfill) => progress(format!(
            "group index: {} member entries added, {} counts corrected, {} left for the next run",
            backfill.entries_added, backfill.counts_corrected, backfill.skipped
        )),
    }
    // Users stored before the word index are indexed by the words of their names, once.
    match directory.migrate_word_index(now).await.map_err(BootstrapError::Backfill)? {
        None => progress("word index: migrated already".to_owned()),
        Some(done) => progress(format!(
            "word index: {} users indexed, {} left for the next run",
            done.users_indexed, done.skipped
        )),
    }
    // Events written before the audit trail was sharded move into the shards, once.
    let audit = latchkey_adapters::dynamo::DynamoAudit::new(dynamo.clone(), config.tables.clone())
        .with_retention(config.audit_retention);
    match audit.migrate_to_shards(now).await.map_err(BootstrapError::AuditShards)? {
        None => progress("audit shards: migrated already".to_owned()),
        Some(moved) => progress(format!("audit shards: {moved} older events moved into the shards")),
    }
    if let Some(bus) = &config.event_bus {
        let events = aws_sdk_eventbridge::Client::new(sdk);
        match events.create_event_bus().name(bus).send().await {
            Ok(_) => progress(format!("event bus {bus} created")),
            Err(err) if err.code() == Some("ResourceAlreadyExistsException") => {
                progress(format!("event bus {bus} already exists"))
            }
            Err(err) => return Err(aws_err("create event bus", bus, err)),
        }
    }
    let domain = config.email_domain();
    if config.email_api == latchkey_adapters::EmailApi::SesV1 {
        // SES v1 (LocalStack's free edition): verify the sender address itself.
        aws_sdk_ses::Client::new(sdk)
            .verify_email_identity()
            .email_address(&config.email_from)
            .send()
            .await
            .map_err(|e| aws_err("verify SES v1 identity", &config.email_from, e))?;
        progress(format!("SES v1 identity {} verified", config.email_from));
        return Ok(());
    }
    let ses = aws_sdk_sesv2::Client::new(sdk);
    match ses.create_email_identity().email_identity(domain).send().await {
        Ok(_) => progress(format!("SES identity {domain} created")),
        Err(err) if err.code() == Some("AlreadyExistsException") => {
            progress(format!("SES identity {domain} already exists"))
        }
        Err(err) => return Err(aws_err("create SES identity", domain, err)),
    }
    Ok(())
}

fn key(name: &str, kind: KeyType) -> Result<KeySchemaElement, BootstrapError> {
    KeySchemaElement::builder()
        .attribute_name(name)
        .key_type(kind)
        .build()
        .map_err(|e| aws_err("describe key", name, e))
}

fn attr(name: &str) -> Result<AttributeDefinition, BootstrapError> {
    AttributeDefinition::builder()
        .attribute_name(name)
        .attribute_type(ScalarAttributeType::S)
        .build()
        .map_err(|e| aws_err("describe attribute", name, e))
}

/// Returns true when it created the table.
async fn ensure_table(dynamo: &Dynamo, spec: &TableSpec<'_>) -> Result<bool, BootstrapError> {
    let existing = match dynamo.describe_table().table_name(spec.name).send().await {
        Ok(out) => {
            Some(out.table.map(|t| t.global_secondary_indexes.unwrap_or_default()).unwrap_or_default())
        }
        Err(err) if err.code() == Some("ResourceNotFoundException") => None,
        Err(err) => return Err(aws_err("describe table", spec.name, err)),
    };
    let exists = existing.is_some();
    match existing {
        None => create_table(dynamo, spec).await?,
        Some(indexes) => add_missing_indexes(dynamo, spec, &indexes).await?,
    }
    if spec.stream && exists {
        turn_on_stream(dynamo, spec.name).await?;
    }
    if let Some(attribute) = spec.ttl {
        ensure_ttl(dynamo, spec.name, attribute).await?;
    }
    Ok(!exists)
}

/// Creates the table `spec` describes, with its indexes and stream, and waits until it is active.
async fn create_table(dynamo: &Dynamo, spec: &TableSpec<'_>) -> Result<(), BootstrapError> {
    let mut create = dynamo
        .create_table()
        .table_name(spec.name)
        .billing_mode(BillingMode::PayPerRequest)
        .key_schema(key("pk", KeyType::Hash)?)
        .key_schema(key("sk", KeyType::Range)?);
    let mut definitions = vec![attr("pk")?, attr("sk")?];
    definitions.extend(index_attributes(spec.gsis)?);
    create = create.set_attribute_definitions(Some(definitions));
    for index in spec.gsis {
        create = create.global_secondary_indexes(gsi(*index)?);
    }
    if spec.stream {
        create = create.stream_specification(new_images(spec.name)?);
    }
    match create.send().await {
        Ok(_) => {}
        // Another bootstrap won the race: fine.
        Err(err) if err.code() == Some("ResourceInUseException") => {}
        Err(err) => return Err(aws_err("create table", spec.name, err)),
    }
    wait_active(dynamo, spec.name).await
}

/// A table from an earlier version: adds the indexes of `spec` it lacks
/// (it has `indexes`), one at a time (DynamoDB creates one per update).
async fn add_missing_indexes(
    dynamo: &Dynamo,
    spec: &TableSpec<'_>,
    indexes: &[GlobalSecondaryIndexDescription],
) -> Result<(), BootstrapError> {
    for index in spec.gsis.iter().filter(|(name, ..)| !indexes.iter().any(|i| i.index_name() == Some(name))) {
        let (name, ..) = *index;
        let create = aws_sdk_dynamodb::types::CreateGlobalSecondaryIndexAction::builder()
            .index_name(name)
            .set_key_schema(Some(gsi(*index)?.key_schema))
            .projection(Projection::builder().projection_type(ProjectionType::All).build())
            .build()
            .map_err(|e| aws_err("describe index", name, e))?;
        dynamo
            .update_table()
            .table_name(spec.name)
            .set_attribute_definitions(Some(index_attributes(&[*index])?))
            .global_secondary_index_updates(
                aws_sdk_dynamodb::types::GlobalSecondaryIndexUpdate::builder().create(create).build(),
            )
            .send()
            .await
            .map_err(|e| aws_err("add index to", spec.name, e))?;
        wait_active(dynamo, spec.name).await?;
    }
    Ok(())
}

/// A table from before the event stream: turns its stream on.
async fn turn_on_stream(dynamo: &Dynamo, table_name: &str) -> Result<(), BootstrapError> {
    let table = dynamo.describe_table().table_name(table_name).send().await;
    let table = table.map_err(|e| aws_err("describe table", table_name, e))?.table;
    let on = table.and_then(|t| t.stream_specification).is_some_and(|s| s.stream_enabled);
    if !on {
        dynamo
            .update_table()
            .table_name(table_name)
            .stream_specification(new_images(table_name)?)
            .send()
            .await
            .map_err(|e| aws_err("turn on the stream of", table_name, e))?;
        wait_active(dynamo, table_name).await?;
    }
    Ok(())
}

/// Expires the table's items by `attribute`, unless it does already.
async fn ensure_ttl(dynamo: &Dynamo, table_name: &str, attribute: &str) -> Result<(), BootstrapError> {
    let current = dynamo
        .describe_time_to_live()
        .table_name(table_name)
        .send()
        .await
        .map_err(|e| aws_err("describe TTL of", table_name, e))?;
    let enabled =
        current.time_to_live_description.and_then(|d| d.attribute_name).is_some_and(|a| a == attribute);
    if !enabled {
        dynamo
            .update_time_to_live()
            .table_name(table_name)
            .time_to_live_specification(
                TimeToLiveSpecification::builder()
                    .attribute_name(attribute)
                    .enabled(true)
                    .build()
                    .map_err(|e| aws_err("describe TTL of", table_name, e))?,
            )
            .send()
            .await
            .map_err(|e| aws_err("enable TTL on", table_name, e))?;
    }
    Ok(())
}

/// New items only: what the event bus publishes (`template.yaml` alike).
fn new_images(table: &str) -> Result<StreamSpecification, BootstrapError> {
    StreamSpecification::builder()
        .stream_enabled(true)
        .stream_view_type(StreamViewType::NewImage)
        .build()
        .map_err(|e| aws_err("describe the stream of", table, e))
}

async fn wait_active(dynamo: &Dynamo, name: &str) -> Result<(), BootstrapError> {
    for _ in 0..120 {
        let out = dynamo
            .describe_table()
            .table_name(name)
            .send()
            .await
            .map_err(|e| aws_err("describe table", name, e))?;
        if out.table.and_then(|t| t.table_status) == Some(TableStatus::Active) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    Err(BootstrapError::NotActive(name.to_string()))
}
