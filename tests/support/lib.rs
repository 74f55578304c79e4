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
pub mod webhooks;

pub use emulator::{Emulator, emulator, local_config, messaging_endpoint};
pub use events::Subscription;
pub use outbox::{Outbox, Sent};
pub use proxy::Proxy;
pub use test_app::{PORTAL, TestApp, TestOptions, problem, rejected_rules};
pub use timing::assert_same_timing;
pub use webhooks::{Received, Receiver};

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

/// The `p`th percentile of `sorted` samples (nearest rank).
pub fn bench_percentile(sorted: &[std::time::Duration], p: f64) -> std::time::Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// Prints `label: n=… p50=… ms p99=… ms max=… ms` for `samples` (at least one).
pub fn bench_report(label: &str, mut samples: Vec<std::time::Duration>) {
    samples.sort();
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1e3;
    let max = samples.last().copied().unwrap_or_default();
    println!(
        "{label}: n={} p50={:.2} ms p99={:.2} ms max={:.2} ms",
        samples.len(),
        ms(bench_percentile(&samples, 50.0)),
        ms(bench_percentile(&samples, 99.0)),
        ms(max)
    );
}
