//! The shared AWS SDK configuration and the mapping of SDK failures onto
//! `PortError`s: unreachable or throttled → `Unavailable` (a 503 upstream),
//! a lost conditional write → `Conflict`, anything else → `Failed`.

use std::error::Error as StdError;

use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, Region, SdkConfig};
use aws_sdk_dynamodb::config::http::HttpResponse;
use aws_sdk_dynamodb::error::{ProvideErrorMetadata, SdkError};
use latchkey_core::PortError;

use crate::config::AdapterConfig;

/// Loads the SDK configuration: region, endpoint (for an emulator), short
/// timeouts and few retries, so that a dead dependency fails fast.
pub async fn sdk_config(config: &AdapterConfig) -> SdkConfig {
    let mut loader = aws_config::defaults(BehaviorVersion::latest())
        .region(Region::new(config.region.clone()))
        .retry_config(RetryConfig::standard().with_max_attempts(2))
        .timeout_config(
            TimeoutConfig::builder()
                .connect_timeout(config.call_timeout / 3)
                .operation_attempt_timeout(config.call_timeout / 2)
                .operation_timeout(config.call_timeout)
                .build(),
        );
    if let Some(endpoint) = &config.endpoint_url {
        // An endpoint that came from AWS_ENDPOINT_URL is left to the SDK, which
        // then also honours per-service overrides such as AWS_ENDPOINT_URL_SESV2
        // and AWS_ENDPOINT_URL_SNS; one set in code wins over everything.
        if std::env::var("AWS_ENDPOINT_URL").ok().as_deref() != Some(endpoint.as_str()) {
            loader = loader.endpoint_url(endpoint);
        }
        // Emulators accept any keys; real AWS takes them from the default chain.
        if std::env::var_os("AWS_ACCESS_KEY_ID").is_none() {
            loader = loader.credentials_provider(aws_sdk_dynamodb::config::Credentials::new(
                "test",
                "test",
                None,
                None,
                "latchkey-emulator",
            ));
        }
    }
    loader.load().await
}

/// The DynamoDB client: the shared configuration, at DynamoDB's own endpoint
/// when one is set.
pub fn dynamodb_client(sdk: &SdkConfig, config: &AdapterConfig) -> aws_sdk_dynamodb::Client {
    match &config.dynamodb_endpoint_url {
        Some(endpoint) => aws_sdk_dynamodb::Client::from_conf(
            aws_sdk_dynamodb::config::Builder::from(sdk).endpoint_url(endpoint).build(),
        ),
        None => aws_sdk_dynamodb::Client::new(sdk),
    }
}

/// Error codes that mean "not now", not "never".
const TRANSIENT_CODES: &[&str] = &[
    "ThrottlingException",
    "ProvisionedThroughputExceededException",
    "RequestLimitExceeded",
    "InternalServerError",
    "InternalFailure",
    "ServiceUnavailable",
    "TooManyRequestsException",
    "LimitExceededException",
];

/// Classifies an SDK error. `conflict_codes` are the service error codes that
/// mean a conditional write lost.
pub fn classify<E>(what: &'static str, err: SdkError<E, HttpResponse>) -> PortError
where
    E: ProvideErrorMetadata + StdError + Send + Sync + 'static,
{
    match &err {
        SdkError::DispatchFailure(_) | SdkError::TimeoutError(_) | SdkError::ResponseError(_) => {
            PortError::Unavailable { what, source: Box::new(err) }
        }
        SdkError::ServiceError(service) => {
            let code = service.err().code().unwrap_or_default();
            if code == "ConditionalCheckFailedException" || code == "TransactionConflictException" {
                PortError::Conflict { what }
            } else if code == "TransactionCanceledException" {
                let message = service.err().message().unwrap_or_default();
                if message.contains("ConditionalCheckFailed") || message.contains("TransactionConflict") {
                    PortError::Conflict { what }
                } else {
                    PortError::Unavailable { what, source: Box::new(err) }
                }
            } else if TRANSIENT_CODES.contains(&code) || service.raw().status().is_server_error() {
                PortError::Unavailable { what, source: Box::new(err) }
            } else {
                PortError::Failed { what, source: Box::new(err) }
            }
        }
        _ => PortError::Failed { what, source: Box::new(err) },
    }
}
