//! Lambda function that delivers webhooks. Two triggers: the audit table's
//! stream (a second consumer beside the events function), whose committed
//! events become deliveries to every subscription that wants them, sent at
//! once; and a schedule every minute, which sends what fell due since —
//! retries, redeliveries, a resumed subscription's backlog.

use std::sync::Arc;

use aws_lambda_events::event::dynamodb::Event;
use lambda_runtime::{LambdaEvent, service_fn};
use latchkey_adapters::events::handle_stream_batch;
use latchkey_adapters::webhooks::HttpSender;
use latchkey_core::integrators::webhooks::Deliverer;

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    latchkey_api::telemetry::init();
    let config = latchkey_adapters::config::AdapterConfig::from_env()
        .inspect_err(|e| tracing::error!(error = %e, "cold start failed"))?;
    let parameters = latchkey_adapters::Parameters::connect(&config).await;
    let (ports, config) = latchkey_api::ports_from_env(config, &parameters)
        .await
        .inspect_err(|e| tracing::error!(error = %e, "cold start failed"))?;
    let deliverer = Deliverer::new(ports, Arc::new(HttpSender::new(config.webhook_reach)));
    let deliverer = &deliverer;
    lambda_runtime::run(service_fn(move |event: LambdaEvent<serde_json::Value>| async move {
        if event.payload.get("Records").is_some() {
            let batch: Event = serde_json::from_value(event.payload)?;
            let answer = handle_stream_batch(deliverer, batch).await;
            return Ok::<_, lambda_runtime::Error>(serde_json::to_value(answer)?);
        }
        let swept = deliverer.sweep().await?;
        tracing::info!(delivered = swept.delivered, refused = swept.refused, "webhook sweep done");
        Ok(serde_json::json!({ "delivered": swept.delivered, "refused": swept.refused }))
    }))
    .await
}
