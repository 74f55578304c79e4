//! Administrators' groups.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// One group in `GET /v1/admin/groups`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct GroupSummary {
    pub name: String,
    pub description: Option<String>,
    /// Members now.
    pub members: u64,
    /// The self-service reset scope names this group.
    pub in_scope: bool,
    pub created_at: DateTime<Utc>,
    /// Set while a rename to that name moves the members (an interrupted
    /// rename: send the same rename again to finish it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renaming_to: Option<String>,
}

/// `200` from `GET /v1/admin/groups`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct GroupList {
    pub groups: Vec<GroupSummary>,
    /// Pass as `next` for the following page; `null` on the last one.
    pub next: Option<String>,
}

/// `POST /v1/admin/groups`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateGroupRequest {
    /// 1–64 letters, digits, spaces, `.`, `_` or `-` (trimmed); compared exactly.
    pub name: String,
    /// Up to 256 characters, no control characters; empty is none.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 256))]
    pub description: Option<String>,
}

/// `PATCH /v1/admin/groups/{name}`: each field only when given.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateGroupRequest {
    /// A new name: every member and the reset scope follow it.
    #[serde(default)]
    pub name: Option<String>,
    /// A new description; `""` clears it.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 256))]
    pub description: Option<String>,
}
