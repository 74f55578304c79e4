//! The scheduled work's progress, kept between invocations: where the
//! current pass over the users stands, and what it has done so far.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One record for the organisation, saved after every page of users so that
/// an invocation cut off by its time limit loses at most one page's work
/// (which the per-user marks make safe to do again).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScheduleState {
    /// The last username the current pass handled; `None` between passes.
    pub cursor: Option<String>,
    /// When the current pass began; `None` between passes.
    pub pass_started_at: Option<DateTime<Utc>>,
    /// Users the current pass has read, and reminders it sent.
    pub seen: u64,
    pub reminded: u64,
    /// When the last pass finished.
    pub last_finished_at: Option<DateTime<Utc>>,
    /// Bumped on every save; two invocations at once cannot both move the cursor.
    pub version: u64,
}
