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
