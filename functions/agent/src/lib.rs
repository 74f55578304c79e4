//! `latchkey-agent`: runs inside an organisation's network and writes
//! Latchkey's password changes, resets and unlocks to the on-premises
//! directory (OpenLDAP or Active Directory), and reads its users for sync.
//! It only ever connects out.
//!
//! The directory side: configuration and the operations against a real
//! directory, each with its refusal in plain words. The cloud side
//! (`cloud`): enrolment, the signed job long-poll and results.

pub mod cloud;
pub mod config;
pub mod directory;
pub mod files;
pub mod stamps;
#[cfg(feature = "test-support")]
#[expect(
    clippy::unwrap_used,
    reason = "test fixtures: a directory that fails to start or answer fails the test there"
)]
pub mod testing;
pub mod worker;

pub use config::{ConfigError, DirectoryConfig, DirectoryKind, Transport};
pub use directory::{Directory, DirectoryError, DirectoryUser, Refusal};
pub use worker::Worker;

/// An error and its causes on one line ("a: b: c"), for the one log line
/// or message that reports it (none of the agent's errors holds a secret).
pub fn chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
