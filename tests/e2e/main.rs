//! End-to-end tests: HTTP requests to the real router, real adapters, and the
//! local AWS emulators (Dynoxide for DynamoDB, moto for SES, SNS and
//! EventBridge): `infra/test.sh` starts them once for the run, and a test
//! run alone starts its own (`tests/support/emulator.rs`). One binary, so
//! the workspace is built once for all of them.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests and their helpers: a step that fails fails the test there, with its message"
)]

mod access_pass;
mod admin;
mod admin_groups;
mod admin_users;
mod attacks;
mod bootstrap;
mod breach;
mod events;
mod hybrid;
mod input;
mod languages;
mod lifecycle;
mod notify;
mod oauth;
mod passkeys;
mod password_change;
mod refresh;
mod registration;
mod reports;
mod resets;
mod resilience;
mod scim;
mod service;
mod sessions;
mod sign_in;
mod telephony;
mod totp;
mod webhooks;
mod wording;
mod words;
mod writeback;

/// Passwords used across tests; the "no secret stored" checks look for them.
pub const ADELE_PASSWORD: &str = "velvet-otter-compass-17";
pub const NEW_PASSWORD: &str = "glacier mosaic hum 94";
