//! A clock that moves only when told, and deterministic randomness.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, Duration, TimeZone, Utc};

use crate::ports::{Clock, RandomSource};

/// A clock that moves only when told to.
pub struct ManualClock {
    now: Mutex<DateTime<Utc>>,
}

impl ManualClock {
    pub fn new() -> Self {
        Self { now: Mutex::new(Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap()) }
    }
    pub fn advance(&self, by: Duration) {
        *self.now.lock().unwrap() += by;
    }
}

impl Default for ManualClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.now.lock().unwrap()
    }
}

/// Deterministic "randomness": a counter through splitmix64.
#[derive(Default)]
pub struct SeqRandom {
    state: AtomicU64,
}

impl RandomSource for SeqRandom {
    fn fill(&self, buf: &mut [u8]) {
        for chunk in buf.chunks_mut(8) {
            let mut z = self.state.fetch_add(0x9e3779b97f4a7c15, Ordering::SeqCst);
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
            z ^= z >> 31;
            chunk.copy_from_slice(&z.to_le_bytes()[..chunk.len()]);
        }
    }
}

/// Background work on the test's runtime.
pub struct Spawned;

impl crate::ports::Background for Spawned {
    fn run(&self, work: std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send + 'static>>) {
        tokio::spawn(work);
    }

    /// No real wait in the domain's tests: the floor is the HTTP tests' to measure.
    fn pause(
        &self,
        _duration: std::time::Duration,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send + 'static>> {
        Box::pin(std::future::ready(()))
    }
}
