//! The stores in DynamoDB: one module per aggregate, the keys of all of
//! them in [`keys`](self::keys), and what they share in `shared`.
//!
//! Directory table (`pk`, `sk`):
//! - `USER#<id>` / `PROFILE`: one user (GSI `by_kind`: `USER` / username,
//!   for listing) — `users`
//! - `USERNAME#<username>` / `CLAIM`: makes usernames unique, points at the id
//! - `ORG` / `SETTINGS`: the organisation's settings — `settings`
//! - `GROUP#<name>` / `GROUP`: a group and its member count (GSI `by_kind`:
//!   `GROUP` / name, for listing); `GROUP#<name>` / `MEMBER#<username>`: one
//!   member of the group — `groups`
//! - `MIGRATION#<name>` / `DONE`: a one-off migration ran — `migrations`
//! - `AGENTS` / `AGENT#<id>`: writeback agents — `agents`
//! - `CLIENTS` / `CLIENT#<id>`: API clients — `clients`
//! - `BREACH#TALLY` / `DAY#<date>`: the audit-only mode's tallies — `breach`
//!
//! Flows table (TTL on `expires_at`): reset flows (`flows`), try counters
//! (`tries`), agent enrolments and nonces (`agents`), writeback jobs (`jobs`), the web apps'
//! refresh families (`sessions`).
//!
//! Audit table: `audit` (written with the state changes it records, read by
//! reports, decoded from the change stream). Breach table: `breach`.
//!
//! Every change to a user, group, the settings, a client or an agent goes in
//! one `TransactWriteItems` with its audit events, guarded by a condition on
//! the changed item's `version`. Bookkeeping is written on its own, without
//! an audit event: try counters, nonces, enrolment tokens taken, last-seen
//! times, job claims, breach tallies and webhook deliveries.

pub mod agents;
mod audit;
pub mod breach;
pub mod clients;
mod directory;
mod flows;
mod groups;
pub mod jobs;
mod keys;
mod migrations;
pub mod sessions;
mod settings;
mod shared;
mod tries;
mod users;
pub mod webhooks;
pub mod words;

#[cfg(test)]
mod mock;

pub use audit::stream::committed_audit_event;
pub use audit::{AUDIT_SHARDS, DynamoAudit};
pub use directory::DynamoDirectory;
pub use flows::DynamoFlows;
pub use migrations::Backfill;

/// Names of the indexes, shared with the bootstrap and `template.yaml`.
pub mod index {
    /// Users by username (`gsi1pk` = `USER`, `gsi1sk` = username).
    pub const DIRECTORY_BY_KIND: &str = "by_kind";
    /// Users by lower-cased display name (`gsi2pk` / `gsi2sk`).
    pub const DIRECTORY_BY_DISPLAY_NAME: &str = "by_display_name";
    /// Users by lower-cased first email (`gsi3pk` / `gsi3sk`; sparse).
    pub const DIRECTORY_BY_EMAIL: &str = "by_email";
    pub const AUDIT_BY_TARGET: &str = "by_target";
    /// Events by who acted (`actor_key`, `sk`; sparse).
    pub const AUDIT_BY_ACTOR: &str = "by_actor";
    /// Self-service activity by type and shard (`activity_key`, `sk`; sparse).
    pub const AUDIT_BY_ACTIVITY: &str = "by_activity";
}
