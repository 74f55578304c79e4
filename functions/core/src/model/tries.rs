//! Try counters: "take the try, then judge".
//!
//! Every path that limits guesses with a counter — passwords at sign-in,
//! codes and answers in a reset, codes sent, the authenticator, invitations,
//! the helpdesk's check, client secrets — takes its try from a counter
//! *before* it looks at the guess, with one atomic store operation. Parallel
//! requests therefore cannot get more tries than the limit between a read and
//! a write, and a request that loses a race has already been counted. (A code
//! proving a new email or mobile is limited differently: its tries left live
//! in the user record and go down in the same versioned write that judges it.)
//!
//! A counter allows `max` tries per window; the try after that blocks the key
//! for a while (doubling per block when the rule says so), and the window
//! starts afresh when the block ends. Keys are keyed digests (never a raw
//! username or address) and say what they count and for whom: per source
//! address for the limits that stop an attacker, per account for the much
//! higher ones that stop a distributed one (see `README.md`, anti-automation).

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// How long a key stays blocked once it is over its limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlockRule {
    pub first: Duration,
    /// The longest block: each further block doubles up to this (equal to
    /// `first` for a fixed block).
    pub longest: Duration,
}

impl BlockRule {
    pub fn fixed(length: Duration) -> Self {
        Self { first: length, longest: length }
    }

    /// Blocked until the window ends (a cap per day, say): zero length.
    pub fn rest_of_window() -> Self {
        Self::fixed(Duration::zero())
    }

    /// The length of block number `blocks` (0-based).
    pub fn length(&self, blocks: u32) -> Duration {
        let factor = 1i32.checked_shl(blocks.min(30)).unwrap_or(i32::MAX);
        let doubled = self.first.checked_mul(factor).unwrap_or(self.longest);
        doubled.min(self.longest).max(self.first.min(self.longest))
    }
}

/// One limit on one key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limit {
    pub key: String,
    pub max: u32,
    pub window: Duration,
    pub block: BlockRule,
}

/// What taking a try gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Taken {
    /// The try is counted; `used` of `max` are now taken in this window.
    Allowed { used: u32 },
    /// Over the limit: no try until then. `started`: this try began the block.
    Blocked { until: DateTime<Utc>, started: bool },
}

/// A counter as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counter {
    pub tries: u32,
    pub window_ends: DateTime<Utc>,
    /// In the past when not blocked.
    pub blocked_until: DateTime<Utc>,
    /// Blocks so far (for doubling); cleared only with the counter.
    pub blocks: u32,
}

impl Counter {
    /// The counter after one more try at `now`, and what the caller is told.
    /// Pure: the store applies it atomically (the in-memory store under a
    /// lock, DynamoDB as a conditional update on the state it read).
    pub fn take(current: Option<&Counter>, limit: &Limit, now: DateTime<Utc>) -> (Counter, Taken) {
        match current {
            Some(c) if c.blocked_until > now => {
                (c.clone(), Taken::Blocked { until: c.blocked_until, started: false })
            }
            Some(c) if c.window_ends > now && c.tries < limit.max => {
                let next = Counter { tries: c.tries + 1, ..c.clone() };
                let used = next.tries;
                (next, Taken::Allowed { used })
            }
            Some(c) if c.window_ends > now => {
                let until = if limit.block.first.is_zero() {
                    c.window_ends
                } else {
                    now + limit.block.length(c.blocks)
                };
                // The window starts again once the block is over.
                let next =
                    Counter { tries: 0, window_ends: until, blocked_until: until, blocks: c.blocks + 1 };
                (next, Taken::Blocked { until, started: true })
            }
            other => {
                let blocks = other.map_or(0, |c| c.blocks);
                // "Not blocked" is the epoch, not `now`: a parallel caller whose
                // clock read came a moment earlier must not see a block.
                let next = Counter {
                    tries: 1,
                    window_ends: now + limit.window,
                    blocked_until: DateTime::UNIX_EPOCH,
                    blocks,
                };
                (next, Taken::Allowed { used: 1 })
            }
        }
    }

    /// When the store may forget it: well after its window and block, so
    /// that doubling still knows the earlier blocks for a day.
    pub fn expires_at(&self) -> DateTime<Utc> {
        self.window_ends.max(self.blocked_until) + Duration::hours(24)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limit(max: u32) -> Limit {
        Limit {
            key: "k".into(),
            max,
            window: Duration::hours(1),
            block: BlockRule { first: Duration::minutes(1), longest: Duration::minutes(4) },
        }
    }

    #[test]
    fn allows_max_tries_then_blocks_with_doubling() {
        let now = DateTime::<Utc>::from_timestamp(1_700_000_000, 0).unwrap();
        let l = limit(3);
        let mut c: Option<Counter> = None;
        for used in 1..=3 {
            let (next, taken) = Counter::take(c.as_ref(), &l, now);
            assert_eq!(taken, Taken::Allowed { used });
            c = Some(next);
        }
        let (next, taken) = Counter::take(c.as_ref(), &l, now);
        assert_eq!(taken, Taken::Blocked { until: now + Duration::minutes(1), started: true });
        c = Some(next);
        // Still blocked a second later, whatever is tried.
        let (_, taken) = Counter::take(c.as_ref(), &l, now + Duration::seconds(1));
        assert_eq!(taken, Taken::Blocked { until: now + Duration::minutes(1), started: false });
        // After the block the window restarts; the next block lasts twice as long.
        let later = now + Duration::minutes(2);
        for used in 1..=3 {
            let (next, taken) = Counter::take(c.as_ref(), &l, later);
            assert_eq!(taken, Taken::Allowed { used });
            c = Some(next);
        }
        let (next, taken) = Counter::take(c.as_ref(), &l, later);
        assert_eq!(taken, Taken::Blocked { until: later + Duration::minutes(2), started: true });
        c = Some(next);
        let much_later = later + Duration::minutes(10);
        let (mut state, _) = Counter::take(c.as_ref(), &l, much_later);
        state.tries = 3;
        let (_, taken) = Counter::take(Some(&state), &l, much_later);
        assert_eq!(
            taken,
            Taken::Blocked { until: much_later + Duration::minutes(4), started: true },
            "capped at the longest"
        );
    }

    #[test]
    fn an_expired_window_starts_again() {
        let now = DateTime::<Utc>::from_timestamp(1_700_000_000, 0).unwrap();
        let l = limit(2);
        let (c, _) = Counter::take(None, &l, now);
        let (c, _) = Counter::take(Some(&c), &l, now);
        let (_, taken) = Counter::take(Some(&c), &l, now + Duration::hours(2));
        assert_eq!(taken, Taken::Allowed { used: 1 });
    }
}
