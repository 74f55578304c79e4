//! The operating system's clock and randomness.

use chrono::{DateTime, Utc};
use latchkey_core::ports::{Clock, RandomSource};
use rand::RngCore;

/// Wall-clock time.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// The OS CSPRNG (getrandom).
pub struct OsRandom;

impl RandomSource for OsRandom {
    fn fill(&self, buf: &mut [u8]) {
        rand::rngs::OsRng.fill_bytes(buf);
    }
}

/// Background work on the process's Tokio runtime (in Lambda, a task left
/// when the answer goes out finishes while the function waits for the next
/// request, or at the start of it).
pub struct TokioBackground;

impl latchkey_core::ports::Background for TokioBackground {
    fn run(&self, work: std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send + 'static>>) {
        tokio::spawn(work);
    }

    fn pause(
        &self,
        duration: std::time::Duration,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send + 'static>> {
        Box::pin(tokio::time::sleep(duration))
    }
}
