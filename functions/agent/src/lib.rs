//! `latchkey-agent`: runs inside an organisation's network and writes
//! Latchkey's password changes, resets and unlocks to the on-premises
//! directory (OpenLDAP or Active Directory), and reads its users for sync.
//! It only ever connects out.
//!
//! This crate holds the directory side: configuration and the operations
//! against a real directory, each with its refusal in plain words.

pub mod config;
pub mod directory;
pub mod worker;

pub use config::{ConfigError, DirectoryConfig, DirectoryKind};
pub use directory::{Directory, DirectoryError, DirectoryUser, Refusal};
pub use worker::Worker;
