//! The bootstrap creates the tables `template.yaml` describes, and is idempotent.

use latchkey_e2e::local_config;

#[tokio::test]
async fn bootstrap_creates_everything_once_and_then_leaves_it_alone() {
    let prefix = format!("boot{}-", std::process::id());
    let config = local_config(&prefix);
    let sdk = latchkey_adapters::aws::sdk_config(&config).await;
    let mut first = Vec::new();
    latchkey_infra::bootstrap(&sdk, &config, |line| first.push(line)).await.unwrap();
    assert_eq!(
        first.iter().filter(|l| l.ends_with(" created") && l.starts_with("table")).count(),
        4,
        "{first:?}"
    );
    let mut second = Vec::new();
    latchkey_infra::bootstrap(&sdk, &config, |line| second.push(line)).await.unwrap();
    // moto accepts a repeated CreateEmailIdentity, so only the tables report "already exists" there.
    assert_eq!(
        second.iter().filter(|l| l.starts_with("table") && l.ends_with("already exists")).count(),
        4,
        "{second:?}"
    );
    assert!(second.iter().any(|l| l.starts_with("SES identity latchkey.example")), "{second:?}");

    let dynamo = latchkey_adapters::aws::dynamodb_client(&sdk, &config);
    let audit = dynamo.describe_table().table_name(&config.tables.audit).send().await.unwrap().table.unwrap();
    let index = &audit.global_secondary_indexes()[0];
    assert_eq!(index.index_name(), Some("by_target"));
    let ttl = dynamo.describe_time_to_live().table_name(&config.tables.audit).send().await.unwrap();
    assert_eq!(ttl.time_to_live_description.unwrap().attribute_name(), Some("expires_at"));

    // The same names and keys as template.yaml.
    let template = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../template.yaml")).unwrap();
    for needle in [
        "${TablePrefix}directory",
        "${TablePrefix}audit",
        "${TablePrefix}flows",
        "IndexName: by_kind",
        "IndexName: by_target",
        "AttributeName: expires_at",
    ] {
        assert!(template.contains(needle), "template.yaml lacks {needle}");
    }
}

#[tokio::test]
async fn with_ses_v1_the_bootstrap_verifies_the_sender_through_ses_v1() {
    let mut config = local_config(&format!("bootv1{}-", std::process::id()));
    config.email_api = latchkey_adapters::EmailApi::SesV1;
    let sdk = latchkey_adapters::aws::sdk_config(&config).await;
    let mut lines = Vec::new();
    latchkey_infra::bootstrap(&sdk, &config, |line| lines.push(line)).await.unwrap();
    assert!(lines.contains(&"SES v1 identity no-reply@latchkey.example verified".to_string()), "{lines:?}");
}
