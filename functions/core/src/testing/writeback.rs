//! A directory behind an agent, and the agents' store.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use crate::model::audit::AuditEvent;
use crate::model::error::PortError;

use super::*;

/// A directory behind an agent, as a test scripts it: whether an agent is
/// alive, the answer it gives next, and every change it was sent (the
/// password as its text, which only a test may see).
pub struct FakeWriteback {
    pub alive: std::sync::atomic::AtomicBool,
    pub answer: Mutex<crate::model::directory::Answer>,
    pub sent: Mutex<Vec<(String, String, Option<String>)>>,
    /// The next pass-through check's verdict (`None`: the answer above).
    pub verdict: Mutex<Option<crate::model::directory::Verdict>>,
    /// The changes a test says were sent to the directory lately, by user.
    pub sent_lately:
        Mutex<std::collections::BTreeMap<crate::model::values::UserId, Vec<crate::model::directory::Sent>>>,
}

impl Default for FakeWriteback {
    fn default() -> Self {
        Self {
            alive: std::sync::atomic::AtomicBool::new(true),
            answer: Mutex::new(crate::model::directory::Answer::Applied {
                agent: "agent-1".into(),
                password_changed: Some("20261207000000Z".into()),
            }),
            verdict: Mutex::new(None),
            sent: Mutex::default(),
            sent_lately: Mutex::default(),
        }
    }
}

#[async_trait]
impl crate::ports::Writeback for FakeWriteback {
    async fn unavailable(&self) -> Result<Vec<crate::model::directory::DirectoryId>, PortError> {
        Ok(if self.alive.load(std::sync::atomic::Ordering::SeqCst) {
            Vec::new()
        } else {
            vec![crate::model::directory::DirectoryId::parse("corp").expect("a directory id")]
        })
    }

    async fn apply(
        &self,
        _directory: &crate::model::directory::DirectoryId,
        change: crate::model::directory::DirectoryChange<'_>,
        _pending: &crate::model::directory::Pending,
    ) -> Result<crate::model::directory::Answer, PortError> {
        let (kind, username, password) = match change {
            crate::model::directory::DirectoryChange::Password {
                username, password, must_change, ..
            } => (
                if must_change { "temporary_password" } else { "password" },
                username,
                Some(password.expose().to_owned()),
            ),
            crate::model::directory::DirectoryChange::Unlock { username } => ("unlock", username, None),
        };
        if !self.alive.load(std::sync::atomic::Ordering::SeqCst) {
            return Ok(crate::model::directory::Answer::NoAgent);
        }
        self.sent.lock().unwrap().push((kind.into(), username.to_string(), password));
        Ok(self.answer.lock().unwrap().clone())
    }

    async fn verify(
        &self,
        _directory: &crate::model::directory::DirectoryId,
        username: &crate::model::values::Username,
        password: &crate::model::values::Password,
    ) -> Result<crate::model::directory::Answer, PortError> {
        if !self.alive.load(std::sync::atomic::Ordering::SeqCst) {
            return Ok(crate::model::directory::Answer::NoAgent);
        }
        self.sent.lock().unwrap().push((
            "verify".into(),
            username.to_string(),
            Some(password.expose().to_owned()),
        ));
        Ok(match *self.verdict.lock().unwrap() {
            Some(verdict) => crate::model::directory::Answer::Checked { agent: "agent-1".into(), verdict },
            None => self.answer.lock().unwrap().clone(),
        })
    }

    async fn hybrid(&self) -> Result<bool, PortError> {
        Ok(true)
    }

    async fn sent_lately(
        &self,
        _directory: &crate::model::directory::DirectoryId,
    ) -> Result<
        std::collections::BTreeMap<crate::model::values::UserId, Vec<crate::model::directory::Sent>>,
        PortError,
    > {
        Ok(self.sent_lately.lock().unwrap().clone())
    }
}

#[async_trait]
impl crate::ports::JobBoard for FakeWriteback {
    async fn next_job(
        &self,
        _agent: &crate::model::agents::Agent,
        _wait: std::time::Duration,
    ) -> Result<Option<crate::model::agents::HandedJob>, PortError> {
        Ok(None)
    }
    async fn finish(
        &self,
        _agent: &crate::model::agents::Agent,
        _job: &str,
        _answer: crate::model::directory::Answer,
    ) -> Result<crate::model::agents::Finish, PortError> {
        Ok(crate::model::agents::Finish::NotYours)
    }
}

/// Agents and their enrolments, in memory.
#[derive(Default)]
pub struct FakeAgents {
    pub enrolments: Mutex<HashMap<String, crate::model::agents::Enrolment>>,
    pub agents: Mutex<HashMap<crate::model::agents::AgentId, crate::model::agents::Agent>>,
    pub nonces: Mutex<std::collections::HashSet<(crate::model::agents::AgentId, String)>>,
    pub policies:
        Mutex<HashMap<crate::model::directory::DirectoryId, crate::model::directory::DirectoryPolicies>>,
    audit: Option<Arc<FakeAudit>>,
}

impl FakeAgents {
    pub(super) fn new(audit: Arc<FakeAudit>) -> Self {
        Self { audit: Some(audit), ..Default::default() }
    }
    fn record(&self, event: Option<&AuditEvent>) {
        if let (Some(audit), Some(event)) = (&self.audit, event) {
            audit.events.lock().unwrap().push(event.clone());
        }
    }
}

#[async_trait]
impl crate::ports::AgentStore for FakeAgents {
    async fn save_enrolment(
        &self,
        enrolment: &crate::model::agents::Enrolment,
        event: &AuditEvent,
    ) -> Result<(), PortError> {
        self.enrolments.lock().unwrap().insert(enrolment.digest.clone(), enrolment.clone());
        self.record(Some(event));
        Ok(())
    }
    async fn take_enrolment(
        &self,
        digest: &str,
    ) -> Result<Option<crate::model::agents::Enrolment>, PortError> {
        Ok(self.enrolments.lock().unwrap().remove(digest))
    }
    async fn create_agent(
        &self,
        agent: &crate::model::agents::Agent,
        event: &AuditEvent,
    ) -> Result<(), PortError> {
        let mut agents = self.agents.lock().unwrap();
        if agents.contains_key(&agent.id) {
            return Err(PortError::Conflict { what: "agent" });
        }
        agents.insert(agent.id.clone(), agent.clone());
        drop(agents);
        self.record(Some(event));
        Ok(())
    }
    async fn rotate_agent_keys(
        &self,
        id: &crate::model::agents::AgentId,
        keys: &crate::model::agents::AgentKeys,
        at: DateTime<Utc>,
        event: &AuditEvent,
    ) -> Result<(), PortError> {
        let mut agents = self.agents.lock().unwrap();
        match agents.get_mut(id) {
            Some(a) if a.revoked_at.is_none() => {
                a.keys = keys.clone();
                a.keys_rotated_at = at;
            }
            _ => return Err(PortError::Conflict { what: "agent" }),
        }
        drop(agents);
        self.record(Some(event));
        Ok(())
    }
    async fn revoke_agent(
        &self,
        id: &crate::model::agents::AgentId,
        at: DateTime<Utc>,
        event: &AuditEvent,
    ) -> Result<bool, PortError> {
        let mut agents = self.agents.lock().unwrap();
        let Some(a) = agents.get_mut(id) else { return Err(PortError::Conflict { what: "agent" }) };
        if a.revoked_at.is_some() {
            return Ok(false);
        }
        a.revoked_at = Some(at);
        drop(agents);
        self.record(Some(event));
        Ok(true)
    }
    async fn agent(
        &self,
        id: &crate::model::agents::AgentId,
    ) -> Result<Option<crate::model::agents::Agent>, PortError> {
        Ok(self.agents.lock().unwrap().get(id).cloned())
    }
    async fn agents(&self) -> Result<Vec<crate::model::agents::Agent>, PortError> {
        Ok(self.agents.lock().unwrap().values().cloned().collect())
    }
    async fn touch(
        &self,
        agent: &crate::model::agents::Agent,
        now: DateTime<Utc>,
        version: &str,
    ) -> Result<(), PortError> {
        if let Some(a) = self.agents.lock().unwrap().get_mut(&agent.id) {
            a.last_contact_at = now;
            a.version = version.to_owned();
        }
        Ok(())
    }
    async fn first_use(
        &self,
        agent: &crate::model::agents::AgentId,
        nonce: &str,
        _until: DateTime<Utc>,
    ) -> Result<bool, PortError> {
        Ok(self.nonces.lock().unwrap().insert((agent.clone(), nonce.to_owned())))
    }
    async fn save_policies(
        &self,
        directory: &crate::model::directory::DirectoryId,
        policies: &crate::model::directory::DirectoryPolicies,
    ) -> Result<(), PortError> {
        self.policies.lock().unwrap().insert(directory.clone(), policies.clone());
        Ok(())
    }
    async fn policies(
        &self,
        directory: &crate::model::directory::DirectoryId,
    ) -> Result<Option<crate::model::directory::DirectoryPolicies>, PortError> {
        Ok(self.policies.lock().unwrap().get(directory).cloned())
    }
}
