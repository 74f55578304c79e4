//! Lambda function fed by the audit table's stream: publishes each
//! committed audit event to the EventBridge bus (`LATCHKEY_EVENT_BUS`).

use aws_lambda_events::event::dynamodb::Event;
use lambda_runtime::{LambdaEvent, service_fn};
use latchkey_adapters::events::{EventBridgeBus, handle_stream_batch};

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    latchkey_api::telemetry::init();
    let bus =
        EventBridgeBus::from_env().await.inspect_err(|e| tracing::error!(error = %e, "cold start failed"))?;
    let bus = &bus;
    lambda_runtime::run(service_fn(move |event: LambdaEvent<Event>| async move {
        Ok::<_, lambda_runtime::Error>(handle_stream_batch(bus, event.payload).await)
    }))
    .await
}
