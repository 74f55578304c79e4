//! The directories Latchkey writes back to and their on-premises agents.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

use crate::Redacted;

/// `POST /v1/admin/agents/enrolments`: a one-time token for one writeback agent.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateEnrolmentRequest {
    /// The directory the agent writes to: lowercase letters, digits and dashes (`corp`).
    pub directory: String,
    /// What the agent is called on screen (`dc1 agent`).
    pub name: String,
}

/// The token, shown once: the agent enrols with it within `expires_at`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AgentEnrolment {
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub token: Redacted,
    pub directory: String,
    pub name: String,
    pub expires_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AgentStatus {
    /// In contact within the last 30 seconds.
    Online,
    Offline,
    Revoked,
}

/// One writeback agent.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AgentInfo {
    pub id: String,
    pub name: String,
    pub directory: String,
    pub version: String,
    pub status: AgentStatus,
    pub enrolled_at: DateTime<Utc>,
    pub last_contact_at: DateTime<Utc>,
    pub keys_rotated_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// A directory Latchkey writes back to, and whether it can now.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DirectoryStatus {
    pub directory: String,
    /// Agents online now; 0 means resets of its users are refused up front.
    pub online_agents: u32,
}

/// `GET /v1/admin/agents`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AgentList {
    pub agents: Vec<AgentInfo>,
    pub directories: Vec<DirectoryStatus>,
}
