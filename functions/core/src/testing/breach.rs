//! A breach corpus of the passwords a test names.

use std::collections::HashMap;
use std::sync::Mutex;

use async_trait::async_trait;

use crate::model::error::PortError;
use crate::model::values::Password;

/// Every fake, wired together, with handles for inspection.
/// A breach corpus of the passwords a test names, with the tallies kept.
#[derive(Default)]
pub struct FakeBreaches {
    /// Keys of breached passwords and how often each was seen.
    pub known: Mutex<HashMap<u64, u32>>,
    pub tallies: Mutex<std::collections::BTreeMap<chrono::NaiveDate, crate::model::breach::BreachTally>>,
}

impl FakeBreaches {
    /// Marks `password` as seen `count` times in breaches.
    pub fn add(&self, password: &str, count: u32) {
        let password = Password::parse(password, "password").expect("a password");
        self.known.lock().unwrap().insert(crate::model::breach::BreachKey::of(&password).value(), count);
    }
}

#[async_trait]
impl crate::ports::BreachedPasswords for FakeBreaches {
    async fn lookup(
        &self,
        key: crate::model::breach::BreachKey,
        min_count: crate::model::breach::BreachThreshold,
    ) -> Result<Option<crate::model::breach::BreachSource>, PortError> {
        let seen = self.known.lock().unwrap().get(&key.value()).copied();
        Ok(seen.filter(|n| *n >= min_count.count()).map(|_| crate::model::breach::BreachSource::Corpus))
    }

    async fn tally(&self, day: chrono::NaiveDate, breached: bool) -> Result<(), PortError> {
        let mut tallies = self.tallies.lock().unwrap();
        let tally = tallies.entry(day).or_default();
        tally.checked += 1;
        tally.breached += u64::from(breached);
        Ok(())
    }

    async fn recent(&self, since: chrono::NaiveDate) -> Result<crate::model::breach::BreachTally, PortError> {
        let tallies = self.tallies.lock().unwrap();
        Ok(tallies.range(since..).fold(Default::default(), |mut sum, (_, t)| {
            sum.checked += t.checked;
            sum.breached += t.breached;
            sum
        }))
    }

    fn shipped_entries(&self) -> u64 {
        0
    }

    async fn corpus(&self) -> Result<Option<crate::model::breach::CorpusStatus>, PortError> {
        Ok(None)
    }
}
