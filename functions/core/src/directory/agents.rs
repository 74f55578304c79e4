//! Writeback agents: enrolment with a one-time token, the agents' standing
//! (status, version, last contact), revocation and key rotation, and what
//! an admitted agent may do — take its own directory's jobs, report their
//! results, send its directory's users.
//!
//! Proving *that* a request came from an agent (its signature) is the HTTP
//! layer's business; the core decides whether that agent may still act
//! (`admit`): not revoked, a fresh timestamp, a nonce never seen before.

use chrono::{DateTime, Duration, Utc};

use crate::model::agents::{
    Agent, AgentId, AgentKeys, AgentStatus, Enrolment, Finish, HandedJob, IssuedEnrolment,
};
use crate::model::audit::{Action, AuditEvent, Outcome, RequestMeta};
use crate::model::directory::{Answer, DirectoryId, DirectoryPolicies, POLICIES_MAX};
use crate::model::error::Error;
use crate::model::roles::Permission;
use crate::model::user::SessionToken;
use crate::model::values::{ParseError, UserId, hex};
use crate::ports::Ports;

/// An enrolment token's life: long enough to install the agent, short
/// enough that a token left in a ticket is soon worthless.
pub const ENROLMENT_HOURS: i64 = 24;
/// How far an agent's clock may be from ours, and how long a nonce is kept.
pub const CLOCK_SKEW_SECONDS: i64 = 300;

pub struct Agents {
    ports: Ports,
}

impl Agents {
    pub fn new(ports: Ports) -> Self {
        Self { ports }
    }

    pub(crate) fn ports(&self) -> &Ports {
        &self.ports
    }

    fn event(
        &self,
        actor: Option<&UserId>,
        action: Action,
        name: &str,
        reason: String,
        meta: &RequestMeta,
    ) -> AuditEvent {
        AuditEvent::named(self.ports.stamp(), actor, (action, Outcome::Success), name, reason, meta)
    }

    fn digest(&self, token: &str) -> String {
        hex(&self.ports.keyed.digest("agent-enrolment", token.as_bytes()))
    }

    /// A one-time token that enrols one agent for `directory`.
    pub async fn issue_enrolment(
        &self,
        id: &UserId,
        session: &SessionToken,
        directory: DirectoryId,
        name: &str,
        meta: &RequestMeta,
    ) -> Result<IssuedEnrolment, Error> {
        let me = crate::access::session::operator(&self.ports, id, session).await?;
        crate::model::roles::require(&me, Permission::Settings)?;
        let name = agent_name(name)?;
        let mut bytes = [0u8; 32];
        self.ports.random.fill(&mut bytes);
        let token = format!("lkae_{}", hex(&bytes));
        let expires_at = self.ports.clock.now() + Duration::hours(ENROLMENT_HOURS);
        let enrolment = Enrolment {
            digest: self.digest(&token),
            directory: directory.clone(),
            name: name.clone(),
            created_by: me.id.clone(),
            expires_at,
        };
        let event = self.event(
            Some(&me.id),
            Action::AgentEnrolmentIssued,
            &name,
            format!("directory:{directory}"),
            meta,
        );
        self.ports.agents.save_enrolment(&enrolment, &event).await?;
        Ok(IssuedEnrolment { token: secrecy::SecretString::from(token), directory, name, expires_at })
    }

    /// Enrols an agent with `token` (once) and its public keys.
    pub async fn enrol(
        &self,
        token: &str,
        version: &str,
        keys: AgentKeys,
        meta: &RequestMeta,
    ) -> Result<Agent, Error> {
        let now = self.ports.clock.now();
        // Shape first: a wrong-looking token costs no read.
        if !(token.starts_with("lkae_") && token.len() == 69) {
            return Err(Error::AgentUnauthorized);
        }
        let enrolment = match self.ports.agents.take_enrolment(&self.digest(token)).await? {
            Some(e) if e.expires_at > now => e,
            _ => return Err(Error::AgentUnauthorized),
        };
        let agent = Agent {
            id: AgentId(format!("agent-{}", self.ports.random.hex(7))),
            name: enrolment.name,
            directory: enrolment.directory,
            version: agent_version(version)?,
            keys,
            enrolled_at: now,
            keys_rotated_at: now,
            last_contact_at: now,
            revoked_at: None,
        };
        let event = self.event(
            Some(&enrolment.created_by),
            Action::AgentEnrolled,
            agent.id.as_str(),
            format!("directory:{},name:{}", agent.directory, agent.name),
            meta,
        );
        self.ports.agents.create_agent(&agent, &event).await?;
        Ok(agent)
    }

    /// The agent named by a request whose signature the caller checked
    /// with [`Agents::signing_key`]: refused when revoked, when its clock is
    /// far off, or when the nonce was used before (a replay). Counts as a contact.
    pub async fn admit(
        &self,
        agent: Agent,
        at: DateTime<Utc>,
        nonce: &str,
        version: Option<&str>,
    ) -> Result<Agent, Error> {
        let now = self.ports.clock.now();
        let fresh = (now - at).num_seconds().abs() <= CLOCK_SKEW_SECONDS;
        let nonce_ok = (16..=64).contains(&nonce.len())
            && nonce.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if agent.revoked_at.is_some() || !fresh || !nonce_ok {
            return Err(Error::AgentUnauthorized);
        }
        let until = now + Duration::seconds(2 * CLOCK_SKEW_SECONDS);
        if !self.ports.agents.first_use(&agent.id, nonce, until).await? {
            tracing::warn!(agent = %agent.id, "an agent request was replayed; refused");
            return Err(Error::AgentUnauthorized);
        }
        let version = match version {
            Some(v) => agent_version(v)?,
            None => agent.version.clone(),
        };
        self.ports.agents.touch(&agent, now, &version).await?;
        Ok(Agent { last_contact_at: now, version, ..agent })
    }

    /// The agent `id` names, to check a request's signature against; an
    /// unknown agent is the same error as a bad signature.
    pub async fn signing_key(&self, id: &str) -> Result<Agent, Error> {
        let id = AgentId::parse(id).map_err(|_| Error::AgentUnauthorized)?;
        self.ports.agents.agent(&id).await?.ok_or(Error::AgentUnauthorized)
    }

    pub async fn rotate_keys(
        &self,
        agent: &Agent,
        keys: AgentKeys,
        meta: &RequestMeta,
    ) -> Result<Agent, Error> {
        let now = self.ports.clock.now();
        let rotated = Agent { keys, keys_rotated_at: now, ..agent.clone() };
        let event = self.event(
            None,
            Action::AgentKeysRotated,
            agent.id.as_str(),
            format!("directory:{}", agent.directory),
            meta,
        );
        match self.ports.agents.rotate_agent_keys(&agent.id, &rotated.keys, now, &event).await {
            Ok(()) => Ok(rotated),
            // Revoked (or removed) since this request was admitted: revocation wins.
            Err(crate::PortError::Conflict { .. }) => Err(Error::AgentUnauthorized),
            Err(err) => Err(err.into()),
        }
    }

    pub async fn list(
        &self,
        id: &UserId,
        session: &SessionToken,
    ) -> Result<Vec<(Agent, AgentStatus)>, Error> {
        let me = crate::access::session::operator(&self.ports, id, session).await?;
        crate::model::roles::require(&me, Permission::Settings)?;
        let now = self.ports.clock.now();
        let mut agents: Vec<_> = self
            .ports
            .agents
            .agents()
            .await?
            .into_iter()
            .map(|a| {
                let status = a.status(now);
                (a, status)
            })
            .collect();
        agents
            .sort_by(|a, b| (&a.0.directory, &a.0.name, &a.0.id).cmp(&(&b.0.directory, &b.0.name, &b.0.id)));
        Ok(agents)
    }

    /// Revokes an agent at once: its next call is refused, and it takes no job.
    pub async fn revoke(
        &self,
        id: &UserId,
        session: &SessionToken,
        agent: &str,
        meta: &RequestMeta,
    ) -> Result<(), Error> {
        let me = crate::access::session::operator(&self.ports, id, session).await?;
        crate::model::roles::require(&me, Permission::Settings)?;
        let agent_id = AgentId::parse(agent)?;
        let Some(agent) = self.ports.agents.agent(&agent_id).await? else { return Err(Error::AgentNotFound) };
        if agent.revoked_at.is_some() {
            return Ok(());
        }
        let event = self.event(
            Some(&me.id),
            Action::AgentRevoked,
            agent.id.as_str(),
            format!("directory:{}", agent.directory),
            meta,
        );
        // Sets only `revoked_at`, so whatever else changes meanwhile (a key
        // rotation, a contact) neither undoes it nor is undone by it.
        match self.ports.agents.revoke_agent(&agent.id, self.ports.clock.now(), &event).await {
            Ok(_) => Ok(()),
            Err(crate::PortError::Conflict { .. }) => Err(Error::AgentNotFound),
            Err(err) => Err(err.into()),
        }
    }

    pub async fn next_job(
        &self,
        agent: &Agent,
        wait: std::time::Duration,
    ) -> Result<Option<HandedJob>, Error> {
        Ok(self.ports.jobs.next_job(agent, wait).await?)
    }

    /// Records the password rules `agent`'s directory reported (each sync):
    /// shown to its users beside Latchkey's own.
    pub async fn save_policies(&self, agent: &Agent, policies: DirectoryPolicies) -> Result<(), Error> {
        if policies.named.len() > POLICIES_MAX {
            return Err(ParseError::new("named", format!("send at most {POLICIES_MAX} policies")).into());
        }
        if policies.named.keys().any(|name| name.is_empty() || name.len() > 512) {
            return Err(ParseError::new("named", "a policy's name is 1 to 512 characters").into());
        }
        if self.ports.agents.policies(&agent.directory).await?.as_ref() != Some(&policies) {
            self.ports.agents.save_policies(&agent.directory, &policies).await?;
        }
        Ok(())
    }

    pub async fn finish(&self, agent: &Agent, job: &str, answer: Answer) -> Result<(), Error> {
        match self.ports.jobs.finish(agent, job, answer.clone()).await? {
            Finish::Recorded => Ok(()),
            Finish::Late(pending) => {
                crate::directory::writeback::reconcile(
                    &self.ports,
                    &agent.directory,
                    agent.id.as_str(),
                    pending,
                    &answer,
                )
                .await
            }
            Finish::NotYours => Err(Error::JobNotYours),
            Finish::AlreadyFinished => Err(Error::JobFinished),
        }
    }
}

fn agent_name(raw: &str) -> Result<String, ParseError> {
    let name = raw.trim();
    if (1..=64).contains(&name.chars().count()) && !name.chars().any(char::is_control) {
        Ok(name.to_owned())
    } else {
        Err(ParseError::new("name", "give the agent a name of 1 to 64 characters"))
    }
}

fn agent_version(raw: &str) -> Result<String, ParseError> {
    if (1..=32).contains(&raw.len()) && raw.bytes().all(|b| b.is_ascii_alphanumeric() || b".-+".contains(&b))
    {
        Ok(raw.to_owned())
    } else {
        Err(ParseError::new("version", "a version such as 0.1.0"))
    }
}
