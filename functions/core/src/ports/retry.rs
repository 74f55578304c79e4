//! The one way a domain operation retries after losing a write race (the
//! adapters' try counters and one-off migrations retry inside the store).
//!
//! Every write here is conditional on the version it read (optimistic
//! concurrency): a writer that loses gets `Error::Contention` (the store's
//! `PortError::Conflict`), re-reads and tries again, a bounded number of
//! times. Each attempt must read afresh what it changes.

/// How many times an operation re-reads and retries after losing a write race.
pub const WRITE_ATTEMPTS: usize = 5;

/// Runs its body until it ends in anything but `Error::Contention`, at most
/// `WRITE_ATTEMPTS` times; still contended then, the caller gets `Contention`
/// (a 503 the client may retry). The body is an async block run in place
/// (`return` and `?` leave the attempt, not the function): a macro, because
/// async closures' futures cannot yet be shown `Send` for axum's handlers.
#[macro_export]
macro_rules! on_contention {
    ($($attempt:tt)*) => {{
        let mut outcome = Err($crate::model::error::Error::Contention);
        for _ in 0..$crate::ports::retry::WRITE_ATTEMPTS {
            outcome = async { $($attempt)* }.await;
            if !matches!(outcome, Err($crate::model::error::Error::Contention)) {
                break;
            }
        }
        outcome
    }};
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::error::Error;

    #[tokio::test]
    async fn retries_only_contention_and_gives_up_after_the_bound() {
        let mut calls = 0;
        let done: Result<u32, Error> = crate::on_contention!({
            calls += 1;
            if calls < 3 { Err(Error::Contention) } else { Ok(calls) }
        });
        assert_eq!(done.unwrap(), 3);

        let mut calls = 0;
        let lost: Result<(), Error> = crate::on_contention!({
            calls += 1;
            Err(Error::Contention)
        });
        assert!(matches!(lost, Err(Error::Contention)) && calls == WRITE_ATTEMPTS as u32);

        let mut calls = 0;
        let refused: Result<(), Error> = crate::on_contention!({
            calls += 1;
            Err(Error::Forbidden)
        });
        assert!(matches!(refused, Err(Error::Forbidden)) && calls == 1, "other errors are not retried");
    }
}
