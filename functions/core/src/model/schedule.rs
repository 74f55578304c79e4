//! The scheduled work's progress, kept between invocations: where the
//! current pass over the users stands, and what it has done so far.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::model::values::UserId;

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
    /// Enabled users and those registered enough, counted by the current
    /// pass, and by the last finished one (what the digest reports).
    pub coverage: (u32, u32),
    pub last_coverage: Option<(u32, u32)>,
    /// Who chose the weekly digest, found by the current pass and by the
    /// last finished one (the digest goes to these: never a read of everyone).
    pub digest_to: Vec<UserId>,
    pub last_digest_to: Vec<UserId>,
    /// Accounts locked down by their owners, counted by the current pass
    /// and by the last finished one.
    pub locked_down: u32,
    pub last_locked_down: Option<u32>,
    /// The registration campaign's counts by the current pass, and by the
    /// last finished one (what the console shows).
    pub campaign: CampaignCount,
    pub last_campaign: Option<CampaignCount>,
    /// The ISO week (`2026-W50`) the last digest went out in.
    pub digest_week: Option<String>,
    /// Bumped on every save; two invocations at once cannot both move the cursor.
    pub version: u64,
}

/// A registration campaign's progress, as one pass over the users counted it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CampaignCount {
    /// The campaign counted (counts of another are started afresh).
    pub campaign: String,
    /// When the pass that counted these finished.
    pub counted_at: Option<DateTime<Utc>>,
    /// Enabled users the campaign is for.
    pub targeted: u32,
    /// Of those, registered enough now, and since the campaign started.
    pub registered: u32,
    pub registered_since: u32,
    /// Invited by email.
    pub invited: u32,
    /// Put it off, and not asked again yet.
    pub snoozed: u32,
    /// No "later" left: registration comes first at their next sign-in.
    pub required: u32,
}
