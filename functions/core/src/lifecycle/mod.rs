//! Work that runs on a schedule, not on a request: one pass over every user
//! at a time, a page of users after another, each invocation taking up
//! where the last stopped (the cursor is saved after every page, so a pass
//! over a large directory spans as many invocations as it needs and an
//! invocation cut off loses at most one page, which the per-user marks make
//! safe to do again). The work on each user today: password expiry
//! reminders; and once a week, the administrators' digest.
//!
//! In AWS one scheduled function calls [`Lifecycle::run`]; locally the dev
//! server runs it on a timer, and `latchkey-local --run-schedule` once.

mod campaign;
pub mod digest;
mod passes;
mod reminders;
mod report;

use crate::model::audit::{Action, AuditEvent, Outcome, Reason};
use crate::model::error::{Error, PortError};
use crate::model::roles::{Permission, may};
use crate::model::schedule::ScheduleState;
use crate::model::search::{Direction, UserIndex};
use crate::ports::Ports;

pub use campaign::CampaignRules;
pub use reminders::due_reminder;

/// Users read per page (one query of the username index).
pub const PAGE: usize = 100;

pub use crate::model::links::Links;

/// What one invocation did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunReport {
    /// Users read.
    pub seen: u64,
    /// Reminders sent.
    pub reminded: u64,
    /// The pass over every user finished in this invocation.
    pub pass_finished: bool,
    /// Another invocation moved the cursor first: this one stopped.
    pub overtaken: bool,
}

pub struct Lifecycle {
    ports: Ports,
}

impl Lifecycle {
    pub fn new(ports: Ports) -> Self {
        Self { ports }
    }

    /// One invocation: at most `pages` pages of users, from where the last
    /// invocation stopped; the next invocation after a finished pass starts
    /// a new one. Every run is audited with its counts (and the pass's, when
    /// it finished one).
    pub async fn run(&self, links: &Links, pages: usize) -> Result<RunReport, Error> {
        let (report, pass) = self.run_pages(links, pages).await?;
        let mut reason = format!("users:{},reminders:{}", report.seen, report.reminded);
        if let Some(pass) = pass {
            reason.push_str(&format!(",pass_users:{},pass_reminders:{}", pass.seen, pass.reminded));
        }
        if report.overtaken {
            reason.push_str(",overtaken");
        }
        let event = self.run_event(reason);
        if let Err(err) = self.ports.audit.record(&event).await {
            tracing::warn!(error = %err, "could not record a scheduled run");
        }
        Ok(report)
    }

    /// The pages of one run; with the pass's own totals when it finished one.
    async fn run_pages(
        &self,
        links: &Links,
        pages: usize,
    ) -> Result<(RunReport, Option<ScheduleState>), Error> {
        let settings = self.ports.directory.settings().await?;
        let mut state = self.ports.directory.schedule().await?.unwrap_or_default();
        let now = self.ports.clock.now();
        let mut report = RunReport::default();
        if !self.weekly_digest(&mut state, &settings, links, now).await? {
            report.overtaken = true;
            return Ok((report, None));
        }
        if state.pass_started_at.is_none() {
            state = ScheduleState {
                pass_started_at: Some(now),
                cursor: None,
                seen: 0,
                reminded: 0,
                coverage: (0, 0),
                digest_to: Vec::new(),
                campaign: Default::default(),
                locked_down: 0,
                ..state
            };
        }
        for _ in 0..pages.max(1) {
            let users = self
                .ports
                .directory
                .users_page(UserIndex::Username, "", state.cursor.as_deref(), PAGE, Direction::Ascending)
                .await?;
            let reminded = self.visit(&users, &settings, links, &mut state, now).await?;
            let counted = crate::admin::reports::summarize(&users, &settings, now).all;
            state.coverage.0 += counted.users;
            state.coverage.1 += counted.registered;
            state.locked_down +=
                u32::try_from(users.iter().filter(|u| u.lockdown.is_some()).count()).unwrap_or(0);
            state.digest_to.extend(
                users
                    .iter()
                    .filter(|u| u.enabled && u.weekly_digest && may(u, Permission::ReadReports))
                    .map(|u| u.id.clone()),
            );
            let read = u64::try_from(users.len()).unwrap_or(u64::MAX);
            state.seen += read;
            state.reminded += reminded;
            report.seen += read;
            report.reminded += reminded;
            let finished = users.len() < PAGE;
            let pass = finished.then(|| state.clone());
            if finished {
                state.cursor = None;
                state.pass_started_at = None;
                state.last_finished_at = Some(now);
                state.last_coverage = Some(state.coverage);
                state.last_locked_down = Some(state.locked_down);
                state.last_digest_to = std::mem::take(&mut state.digest_to);
                state.last_campaign = settings.registration.campaign.as_ref().map(|_| {
                    let counted = std::mem::take(&mut state.campaign);
                    crate::model::schedule::CampaignCount { counted_at: Some(now), ..counted }
                });
            } else {
                state.cursor = users.last().map(|u| u.username.to_string());
            }
            state.version += 1;
            match self.ports.directory.save_schedule(&state, &[]).await {
                Ok(()) => {}
                Err(PortError::Conflict { .. }) => {
                    // Another invocation is on the same pass: it carries on.
                    report.overtaken = true;
                    return Ok((report, None));
                }
                Err(err) => return Err(err.into()),
            }
            if finished {
                report.pass_finished = true;
                return Ok((report, pass));
            }
        }
        Ok((report, None))
    }

    /// The work on each user of a page: reminders, and the campaign's
    /// invitations and counts. How many reminders went out.
    async fn visit(
        &self,
        users: &[crate::model::user::User],
        settings: &crate::model::settings::OrgSettings,
        links: &Links,
        state: &mut ScheduleState,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<u64, Error> {
        let mut reminded = 0;
        for user in users {
            if passes::note_expired(&self.ports, user, now).await? {
                continue;
            }
            let reminder = reminders::remind(&self.ports, user, settings, links, now).await?;
            reminded += u64::from(reminder);
            // A user just written for the reminder is invited at the next pass.
            let links = if reminder { &Links::default() } else { links };
            campaign::visit(&self.ports, user, settings, links, &mut state.campaign, now).await?;
        }
        Ok(reminded)
    }

    /// The first run of a new week sends the digest, once: the week is
    /// marked (over the version read) before anything goes out. `false`
    /// when another run marked it first (this one then stops).
    async fn weekly_digest(
        &self,
        state: &mut ScheduleState,
        settings: &crate::model::settings::OrgSettings,
        links: &Links,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<bool, Error> {
        let week = digest::week_of(now);
        if state.digest_week.as_deref() == Some(week.as_str()) {
            return Ok(true);
        }
        state.digest_week = Some(week);
        state.version += 1;
        match self.ports.directory.save_schedule(state, &[]).await {
            Ok(()) => {
                digest::send(&self.ports, settings, state, links, now).await;
                Ok(true)
            }
            Err(PortError::Conflict { .. }) => Ok(false),
            Err(err) => Err(err.into()),
        }
    }

    fn run_event(&self, reason: String) -> AuditEvent {
        AuditEvent {
            id: self.ports.random.hex(16),
            at: self.ports.clock.now(),
            actor: None,
            target: None,
            target_name: None,
            action: Action::ScheduledRun,
            outcome: Outcome::Success,
            reason: Some(Reason::from(reason)),
            client_ip: None,
            user_agent: None,
            methods: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests;
