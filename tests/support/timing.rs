//! Checks that two paths (a real user and an unknown one, say) take the same
//! time, as seen from outside.

use std::future::Future;
use std::time::Duration;

/// Asserts that `run(true)` and `run(false)` (each returning how long its
/// request took) have medians within `max_ratio` over `rounds` interleaved runs.
/// Every test shares two cores with the emulator, so one burst of load can skew
/// a round; a real difference shows in every attempt, noise rarely three times running.
pub async fn assert_same_timing<F, Fut>(what: &str, max_ratio: f64, rounds: usize, mut run: F)
where
    F: FnMut(bool) -> Fut,
    Fut: Future<Output = Duration>,
{
    let mut attempts = Vec::new();
    for _ in 0..3 {
        let (mut real, mut other) = (Vec::new(), Vec::new());
        for _ in 0..rounds {
            real.push(run(true).await);
            other.push(run(false).await);
        }
        let (r, o) = (median(real), median(other));
        let ratio = r.max(o) / r.min(o);
        println!("{what}: median {:.1} ms vs {:.1} ms, ratio {ratio:.2}", r * 1e3, o * 1e3);
        if ratio <= max_ratio {
            return;
        }
        attempts.push(format!("{:.1} vs {:.1} ms", r * 1e3, o * 1e3));
    }
    panic!("{what}: timing differs by more than {max_ratio} in every attempt: {}", attempts.join("; "));
}

fn median(mut times: Vec<Duration>) -> f64 {
    times.sort();
    times[times.len() / 2].as_secs_f64()
}
