//! Test support: the local AWS (Dynoxide for DynamoDB, moto for SES and SNS)
//! started once per test binary,
//! a TCP proxy that can cut the app off from it, and `TestApp`, which serves
//! the real router on a free port against its own fresh tables.

// Test support: a setup step that fails (an emulator that does not start, a
// request that does not go out) should fail the test there, with its message.
#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test support fails the test where a step fails"
)]

pub mod emulator;
pub mod events;
pub mod logs;
pub mod outbox;
pub mod proxy;
pub mod test_app;
pub mod timing;

pub use emulator::{Emulator, emulator, local_config, messaging_endpoint};
pub use events::Subscription;
pub use outbox::{Outbox, Sent};
pub use proxy::Proxy;
pub use test_app::{PORTAL, TestApp, TestOptions, problem, rejected_rules};
pub use timing::assert_same_timing;

/// Runs every future on its own task at once (truly in parallel on the
/// runtime) and returns their outputs in order.
pub async fn spawn_all<T: Send + 'static, F: std::future::Future<Output = T> + Send + 'static>(
    futures: impl Iterator<Item = F>,
) -> Vec<T> {
    let handles: Vec<_> = futures.map(tokio::spawn).collect();
    let mut out = Vec::new();
    for handle in handles {
        out.push(handle.await.expect("task"));
    }
    out
}

/// A benchmark's `--name value` argument, or `default` when absent or unreadable.
pub fn bench_arg<T: std::str::FromStr>(name: &str, default: T) -> T {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
