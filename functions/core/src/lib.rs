//! Latchkey's domain: who the users are, what a good password is, how sign-in,
//! lockout and password change behave, and what gets audited.
//!
//! Nothing here knows about AWS or HTTP. The outside world is reached through
//! the traits in [`ports`]; adapters in other crates implement them.

pub mod accounts;
pub mod admin;
pub mod agents;
pub mod audit;
pub mod authenticator;
pub mod banned;
pub mod branding;
pub mod breach;
pub mod clients;
pub mod codes;
pub mod directory_sync;
pub mod error;
pub mod events;
pub mod groups;
pub mod import;
pub mod invitations;
pub mod limits;
pub mod notices;
pub mod people;
pub mod policy;
pub mod ports;
pub mod questions;
pub mod registration;
pub mod reports;
pub mod resets;
pub mod retry;
pub mod roles;
pub mod settings;
pub mod strength;
pub mod tries;
pub mod types;
pub mod user;
pub mod verification;
pub mod writeback;

#[cfg(any(test, feature = "test-support"))]
pub mod fakes;

pub use error::{Error, PortError};
