//! Decoy challenges take as long as real ones.
//!
//! A real challenge waits for SES, SNS or the voice provider; a decoy sends
//! nothing. Answered at once, a decoy would tell an attacker that the name
//! has no account. So every real send's duration is kept (the last few per
//! kind, in this process), and a decoy waits for one of them, drawn at
//! random: the two answers come from the same distribution.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::Duration;

use latchkey_core::model::methods::MethodKind;
use latchkey_core::recovery::Delivery;
use rand::Rng;

/// How many recent sends per kind are kept to draw from.
const KEPT: usize = 64;

/// Before any real send of a kind in this process: a typical provider call.
const FIRST_GUESS: Duration = Duration::from_millis(120);

#[derive(Default)]
pub struct SendPace {
    recent: Mutex<HashMap<MethodKind, VecDeque<Duration>>>,
}

impl SendPace {
    /// Records a real send, or waits as long as one for a decoy.
    pub async fn pace(&self, delivery: Delivery) {
        match delivery {
            Delivery::Sent { kind, took } => {
                let mut recent = self.recent.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                let kept = recent.entry(kind).or_default();
                if kept.len() == KEPT {
                    kept.pop_front();
                }
                kept.push_back(took);
            }
            Delivery::NotSent(kind) => tokio::time::sleep(self.draw(kind)).await,
            Delivery::Nothing => {}
        }
    }

    fn draw(&self, kind: MethodKind) -> Duration {
        let recent = self.recent.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        match recent.get(&kind) {
            Some(kept) if !kept.is_empty() => kept[rand::thread_rng().gen_range(0..kept.len())],
            _ => FIRST_GUESS,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_decoy_waits_as_long_as_a_recent_real_send() {
        let pace = SendPace::default();
        pace.pace(Delivery::Sent { kind: MethodKind::Email, took: Duration::from_millis(80) }).await;
        let started = std::time::Instant::now();
        pace.pace(Delivery::NotSent(MethodKind::Email)).await;
        let waited = started.elapsed();
        assert!(waited >= Duration::from_millis(80) && waited < Duration::from_millis(400), "{waited:?}");
    }
}
