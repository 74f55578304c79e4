//! Reports: the self-service password management activity read back from
//! the audit trail, for administrators and report readers.

use chrono::{DateTime, Duration, Utc};

use crate::admin::Admin;
use crate::audit::{ActivityPage, ActivityQuery, Retention};
use crate::error::Error;
use crate::roles::Permission;
use crate::types::{ParseError, UserId};
use crate::user::SessionToken;

/// The most rows one page of a report holds.
pub const PAGE_MAX: usize = 500;

/// A report's time range, checked: `from` not after `to`, and no longer
/// than the retention period (nothing older is kept, so a longer range is
/// a mistake, such as a missing or mistyped year).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeRange {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
}

impl TimeRange {
    /// `to` defaults to `now`, `from` to the start of the retention period.
    pub fn parse(
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
        retention: Retention,
    ) -> Result<Self, ParseError> {
        let to = to.unwrap_or(now);
        let from = from.unwrap_or(to - retention.duration());
        if from > to {
            return Err(ParseError::new("from", "must not be after to"));
        }
        // A day's grace: a client asking for "the last N days" computes its
        // range on its own clock.
        if to - from > retention.duration() + Duration::days(1) {
            return Err(ParseError::new(
                "from",
                format!("the range may span at most the {} days events are kept", retention.as_days()),
            ));
        }
        Ok(Self { from, to })
    }
}

impl Admin {
    /// A report's time range checked against this deployment's clock and
    /// retention (see [`TimeRange::parse`]).
    pub fn report_range(
        &self,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
    ) -> Result<TimeRange, ParseError> {
        TimeRange::parse(from, to, self.ports.clock.now(), self.ports.audit.retention())
    }

    /// A page of the reset activity report. Needs `read_reports`.
    pub async fn reset_activity(
        &self,
        id: &UserId,
        token: &SessionToken,
        query: &ActivityQuery,
    ) -> Result<ActivityPage, Error> {
        self.authorized(id, token, Permission::ReadReports).await?;
        Ok(self.ports.audit.activity(query).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn a_range_defaults_to_the_retention_period_and_refuses_reversed_or_longer_ones() {
        let now = at("2026-12-02T00:00:00Z");
        let all = TimeRange::parse(None, None, now, Retention::DEFAULT).unwrap();
        assert_eq!((all.from, all.to), (at("2025-12-02T00:00:00Z"), now));
        let reversed = TimeRange::parse(Some(now), Some(at("2026-12-01T00:00:00Z")), now, Retention::DEFAULT);
        assert_eq!(reversed.unwrap_err().field, "from");
        let unbounded = TimeRange::parse(Some(at("1970-01-01T00:00:00Z")), None, now, Retention::DEFAULT);
        assert_eq!(unbounded.unwrap_err().field, "from");
        let short = Retention::days(30).unwrap();
        assert!(TimeRange::parse(Some(at("2026-11-02T00:00:00Z")), None, now, short).is_ok());
        assert!(TimeRange::parse(Some(at("2026-10-01T00:00:00Z")), None, now, short).is_err());
    }
}
