//! Integrators: API clients with OAuth client credentials, and the event
//! stream of committed audit events.

pub mod clients;
pub mod events;
#[cfg(feature = "integrations")]
pub mod scim;
