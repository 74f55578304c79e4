//! Work that runs on a schedule, not on a request: one pass over every user
//! at a time, a page of users after another, each invocation taking up
//! where the last stopped (the cursor is saved after every page, so a pass
//! over a large directory spans as many invocations as it needs and an
//! invocation cut off loses at most one page, which the per-user marks make
//! safe to do again). The work on each user today: password expiry reminders.
//!
//! In AWS one scheduled function calls [`Lifecycle::run`]; locally the dev
//! server runs it on a timer, and `latchkey-local --run-schedule` once.

mod reminders;

use crate::model::audit::{Action, AuditEvent, Outcome, Reason};
use crate::model::error::{Error, PortError};
use crate::model::schedule::ScheduleState;
use crate::model::search::{Direction, UserIndex};
use crate::ports::Ports;

pub use reminders::due_reminder;

/// Users read per page (one query of the username index).
pub const PAGE: usize = 100;

/// Where the portal is, for the links messages carry (its origin, such as
/// `https://reset.example.org`); without one, messages carry no link.
#[derive(Debug, Clone, Default)]
pub struct Links {
    pub portal: Option<String>,
}

impl Links {
    /// The portal's change-password page.
    pub fn change_password(&self) -> Option<String> {
        self.portal.as_deref().map(|p| format!("{}/change", p.trim_end_matches('/')))
    }
}

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
    /// invocation stopped. A pass that finishes is audited with its counts;
    /// the next invocation starts a new one.
    pub async fn run(&self, links: &Links, pages: usize) -> Result<RunReport, Error> {
        let settings = self.ports.directory.settings().await?;
        let mut state = self.ports.directory.schedule().await?.unwrap_or_default();
        let now = self.ports.clock.now();
        if state.pass_started_at.is_none() {
            state = ScheduleState { pass_started_at: Some(now), cursor: None, seen: 0, reminded: 0, ..state };
        }
        let mut report = RunReport::default();
        for _ in 0..pages.max(1) {
            let users = self
                .ports
                .directory
                .users_page(UserIndex::Username, "", state.cursor.as_deref(), PAGE, Direction::Ascending)
                .await?;
            let mut reminded = 0;
            for user in &users {
                if reminders::remind(&self.ports, user, &settings, links, now).await? {
                    reminded += 1;
                }
            }
            let read = u64::try_from(users.len()).unwrap_or(u64::MAX);
            state.seen += read;
            state.reminded += reminded;
            report.seen += read;
            report.reminded += reminded;
            let finished = users.len() < PAGE;
            let mut events = Vec::new();
            if finished {
                events.push(self.pass_event(&state, now));
                state.cursor = None;
                state.pass_started_at = None;
                state.last_finished_at = Some(now);
            } else {
                state.cursor = users.last().map(|u| u.username.to_string());
            }
            state.version += 1;
            match self.ports.directory.save_schedule(&state, &events).await {
                Ok(()) => {}
                Err(PortError::Conflict { .. }) => {
                    // Another invocation is on the same pass: it carries on.
                    report.overtaken = true;
                    return Ok(report);
                }
                Err(err) => return Err(err.into()),
            }
            if finished {
                report.pass_finished = true;
                break;
            }
        }
        Ok(report)
    }

    fn pass_event(&self, state: &ScheduleState, now: chrono::DateTime<chrono::Utc>) -> AuditEvent {
        AuditEvent {
            id: self.ports.random.hex(16),
            at: now,
            actor: None,
            target: None,
            target_name: None,
            action: Action::ScheduledPassFinished,
            outcome: Outcome::Success,
            reason: Some(Reason::from(format!("users:{},reminders:{}", state.seen, state.reminded))),
            client_ip: None,
            user_agent: None,
            methods: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests;
