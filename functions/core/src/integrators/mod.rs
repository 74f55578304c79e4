//! Integrators: API clients with OAuth client credentials, the event stream
//! of committed audit events, SCIM provisioning and signed webhooks.

pub mod clients;
pub mod events;
#[cfg(feature = "integrations")]
pub mod scim;
#[cfg(feature = "integrations")]
pub mod webhooks;
