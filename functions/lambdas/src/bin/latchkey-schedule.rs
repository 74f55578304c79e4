//! Lambda function run on a schedule (EventBridge Scheduler): one run of the
//! scheduled work (`latchkey_core::lifecycle`), up to `LATCHKEY_SCHEDULE_PAGES`
//! pages of users from where the last run stopped. Links in its messages
//! point at `LATCHKEY_PORTAL_URL`.

use lambda_runtime::{LambdaEvent, service_fn};
use latchkey_core::lifecycle::{Lifecycle, Links};

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    latchkey_api::telemetry::init();
    let mut config = latchkey_adapters::config::AdapterConfig::from_env()
        .inspect_err(|e| tracing::error!(error = %e, "cold start failed"))?;
    // Nothing the scheduled work does is keyed (no codes, no tokens): a key of its own.
    config.code_pepper.get_or_insert_with(latchkey_adapters::keyed::random_pepper);
    let lifecycle = Lifecycle::new(latchkey_adapters::connect(&config).await);
    let links = Links { portal: config.portal_url.clone() };
    let pages = std::env::var("LATCHKEY_SCHEDULE_PAGES").ok().and_then(|p| p.parse().ok()).unwrap_or(50);
    let (lifecycle, links) = (&lifecycle, &links);
    lambda_runtime::run(service_fn(move |_: LambdaEvent<serde_json::Value>| async move {
        let report = lifecycle.run(links, pages).await?;
        tracing::info!(
            seen = report.seen,
            reminded = report.reminded,
            pass_finished = report.pass_finished,
            overtaken = report.overtaken,
            "scheduled run done"
        );
        Ok::<_, lambda_runtime::Error>(serde_json::json!({
            "seen": report.seen,
            "reminded": report.reminded,
            "pass_finished": report.pass_finished,
        }))
    }))
    .await
}
