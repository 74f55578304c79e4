//! Creates what Latchkey needs in an AWS account (or emulator), leaving
//! whatever already exists alone. Safe to run on every start.

use std::time::Duration;

use aws_sdk_dynamodb::Client as Dynamo;
use aws_sdk_dynamodb::error::ProvideErrorMetadata;
use aws_sdk_dynamodb::types::{
    AttributeDefinition, BillingMode, GlobalSecondaryIndex, KeySchemaElement, KeyType, Projection,
    ProjectionType, ScalarAttributeType, TableStatus, TimeToLiveSpecification,
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
}

fn aws_err(
    action: &'static str,
    resource: &str,
    source: impl std::error::Error + Send + Sync + 'static,
) -> BootstrapError {
    BootstrapError::Aws { action, resource: resource.to_string(), source: Box::new(source) }
}

/// One table's shape: `pk`/`sk` strings, optional GSI (name, hash, range), optional TTL attribute.
struct TableSpec<'a> {
    name: &'a str,
    gsi: Option<(&'static str, &'static str, &'static str)>,
    ttl: Option<&'static str>,
}

fn specs(tables: &TableNames) -> [TableSpec<'_>; 3] {
    [
        TableSpec {
            name: &tables.directory,
            gsi: Some((index::DIRECTORY_BY_KIND, "gsi1pk", "gsi1sk")),
            ttl: None,
        },
        TableSpec {
            name: &tables.audit,
            gsi: Some((index::AUDIT_BY_TARGET, "target_key", "sk")),
            ttl: Some("expires_at"),
        },
        TableSpec { name: &tables.flows, gsi: None, ttl: Some("expires_at") },
    ]
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

fn key(name: &str, kind: KeyType) -> KeySchemaElement {
    KeySchemaElement::builder().attribute_name(name).key_type(kind).build().expect("name and type are set")
}

fn attr(name: &str) -> AttributeDefinition {
    AttributeDefinition::builder()
        .attribute_name(name)
        .attribute_type(ScalarAttributeType::S)
        .build()
        .expect("name and type are set")
}

/// Returns true when it created the table.
async fn ensure_table(dynamo: &Dynamo, spec: &TableSpec<'_>) -> Result<bool, BootstrapError> {
    let exists = match dynamo.describe_table().table_name(spec.name).send().await {
        Ok(_) => true,
        Err(err) if err.code() == Some("ResourceNotFoundException") => false,
        Err(err) => return Err(aws_err("describe table", spec.name, err)),
    };
    if !exists {
        let mut create = dynamo
            .create_table()
            .table_name(spec.name)
            .billing_mode(BillingMode::PayPerRequest)
            .key_schema(key("pk", KeyType::Hash))
            .key_schema(key("sk", KeyType::Range))
            .attribute_definitions(attr("pk"))
            .attribute_definitions(attr("sk"));
        if let Some((name, hash, range)) = spec.gsi {
            create = create.attribute_definitions(attr(hash)).global_secondary_indexes(
                GlobalSecondaryIndex::builder()
                    .index_name(name)
                    .key_schema(key(hash, KeyType::Hash))
                    .key_schema(key(range, KeyType::Range))
                    .projection(Projection::builder().projection_type(ProjectionType::All).build())
                    .build()
                    .map_err(|e| aws_err("describe index", name, e))?,
            );
            if range != "sk" {
                create = create.attribute_definitions(attr(range));
            }
        }
        match create.send().await {
            Ok(_) => {}
            // Another bootstrap won the race: fine.
            Err(err) if err.code() == Some("ResourceInUseException") => {}
            Err(err) => return Err(aws_err("create table", spec.name, err)),
        }
        wait_active(dynamo, spec.name).await?;
    }
    if let Some(attribute) = spec.ttl {
        let current = dynamo
            .describe_time_to_live()
            .table_name(spec.name)
            .send()
            .await
            .map_err(|e| aws_err("describe TTL of", spec.name, e))?;
        let enabled =
            current.time_to_live_description.and_then(|d| d.attribute_name).is_some_and(|a| a == attribute);
        if !enabled {
            dynamo
                .update_time_to_live()
                .table_name(spec.name)
                .time_to_live_specification(
                    TimeToLiveSpecification::builder()
                        .attribute_name(attribute)
                        .enabled(true)
                        .build()
                        .map_err(|e| aws_err("describe TTL of", spec.name, e))?,
                )
                .send()
                .await
                .map_err(|e| aws_err("enable TTL on", spec.name, e))?;
        }
    }
    Ok(!exists)
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
