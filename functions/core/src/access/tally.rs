//! How people sign in, counted by day: the insights' "sign-ins by method"
//! without reading every sign-in from the trail. One atomic counter per day
//! and method (the try counters' store, which forgets them after a year);
//! counting is best effort and never holds a sign-in up.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::model::error::Error;
use crate::model::tries::{BlockRule, Limit};
use crate::ports::Ports;

/// How a session was proven.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SignInMethod {
    /// A password alone (Latchkey's, or the directory's by pass-through).
    Password,
    /// A password and an authenticator app's code (or a recovery code).
    PasswordAndAuthenticator,
    /// A password and a passkey as the second step.
    PasswordAndPasskey,
    /// A passkey alone: phishing-resistant.
    Passkey,
    /// A Temporary Access Pass (a session that can only set up a method and a password).
    AccessPass,
}

impl SignInMethod {
    pub const ALL: [SignInMethod; 5] = [
        SignInMethod::Password,
        SignInMethod::PasswordAndAuthenticator,
        SignInMethod::PasswordAndPasskey,
        SignInMethod::Passkey,
        SignInMethod::AccessPass,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SignInMethod::Password => "password",
            SignInMethod::PasswordAndAuthenticator => "password_and_authenticator",
            SignInMethod::PasswordAndPasskey => "password_and_passkey",
            SignInMethod::Passkey => "passkey",
            SignInMethod::AccessPass => "access_pass",
        }
    }
}

/// The longest range the insights count sign-ins over, in days.
pub const DAYS_MAX: i64 = 366;

fn counter(ports: &Ports, day: NaiveDate, method: SignInMethod) -> Limit {
    Limit {
        key: super::limits::key(ports, &["sign-ins", &day.to_string(), method.as_str()]),
        max: u32::MAX,
        // Kept a little over a year, then the store forgets it.
        window: Duration::days(DAYS_MAX + 31),
        block: BlockRule::rest_of_window(),
    }
}

/// Counts one sign-in by `method` today. A failure is logged, not raised:
/// the person is signed in whether or not the tally moved.
pub async fn count(ports: &Ports, method: SignInMethod) {
    let now = ports.clock.now();
    if let Err(err) = ports.flows.take_try(&counter(ports, now.date_naive(), method), now).await {
        tracing::warn!(error = %crate::model::error::chain(&Error::from(err)), "a sign-in was not tallied");
    }
}

/// Sign-ins by method over the days `from..=to` touches (at most
/// [`DAYS_MAX`] of them, the newest), every method listed.
pub async fn sign_ins(
    ports: &Ports,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<(SignInMethod, u32)>, Error> {
    let last = to.date_naive();
    let first = from.date_naive().max(last - Duration::days(DAYS_MAX - 1));
    let mut reads = Vec::new();
    for day in first.iter_days().take_while(|d| *d <= last) {
        for method in SignInMethod::ALL {
            let key = counter(ports, day, method).key;
            reads.push(async move { Ok::<_, Error>((method, ports.flows.counter(&key).await?)) });
        }
    }
    let mut totals: std::collections::BTreeMap<SignInMethod, u32> =
        SignInMethod::ALL.into_iter().map(|m| (m, 0)).collect();
    // A few reads at a time: a year is 1,830 small reads.
    use futures::StreamExt;
    let mut read = futures::stream::iter(reads).buffer_unordered(16);
    while let Some(result) = read.next().await {
        let (method, counted) = result?;
        if let Some(counted) = counted {
            *totals.entry(method).or_default() += counted.tries;
        }
    }
    Ok(totals.into_iter().collect())
}
