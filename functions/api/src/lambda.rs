//! What every Lambda `main` calls: set up once, then serve one route group.

use crate::app::{App, RouteGroup, router};

/// Initialises logging and the allocator, builds the SDK clients and keys
/// once (a bad setting fails the cold start), then serves `group`.
pub async fn serve(group: RouteGroup) -> Result<(), lambda_http::Error> {
    crate::telemetry::init();
    latchkey_adapters::hashing::limit_allocator_growth();
    let app = App::from_env().await.inspect_err(|e| tracing::error!(error = %e, "cold start failed"))?;
    lambda_http::run(router(app, group)).await
}
