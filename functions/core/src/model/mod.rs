//! Data and the invariants it keeps: parsed values, the user record and what
//! it embeds, methods, settings, audit events, the stored aggregates and the
//! error. Nothing here reaches a port.

pub mod access_pass;
pub mod agents;
pub mod audit;
pub mod breach;
pub mod campaign;
pub mod clients;
pub mod directory;
pub mod error;
pub mod flow;
pub mod groups;
pub mod language;
pub mod links;
pub mod methods;
pub mod passkeys;
pub mod questions;
pub mod registration;
pub mod rejection;
pub mod roles;
pub mod schedule;
pub mod search;
pub mod sessions;
pub mod settings;
pub mod tries;
pub mod user;
pub mod values;
#[cfg(feature = "integrations")]
pub mod webhooks;
