//! What every route-serving Lambda `main` calls (the events function, which
//! serves no route, has its own): set up once, then serve one route group.

use crate::app::{App, RouteGroup, router};

/// A Lambda function's whole `main`: tunes the allocator while this is the
/// only thread (before the runtime starts its workers), then serves `group`
/// on a multi-threaded Tokio runtime.
pub fn run(group: RouteGroup) -> Result<(), lambda_http::Error> {
    latchkey_adapters::hashing::limit_allocator_growth();
    tokio::runtime::Builder::new_multi_thread().enable_all().build()?.block_on(serve(group))
}

/// Initialises logging, builds the SDK clients and keys once (a bad setting
/// fails the cold start), then serves `group`.
pub async fn serve(group: RouteGroup) -> Result<(), lambda_http::Error> {
    crate::telemetry::init();
    let app = App::from_env().await.inspect_err(|e| tracing::error!(error = %e, "cold start failed"))?;
    lambda_http::run(router(app, group)).await
}
