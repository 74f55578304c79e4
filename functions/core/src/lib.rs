//! Latchkey's domain: who the users are, what a good password is, how sign-in,
//! reset, lockout and administration behave, and what gets audited.
//!
//! Nothing here knows about AWS or HTTP. The outside world is reached through
//! the traits in [`ports`]; adapters in other crates implement them.
//!
//! # Rooms
//!
//! The crate is a house of rooms, each a folder, in one order. A room imports
//! only from the rooms before it (`tests/layering.rs` fails otherwise, and on
//! a folder that is not in this list):
//!
//! 1. [`model`]: data and its invariants: ids and parsed values, the user
//!    record and what it embeds, methods, settings, audit events, stored
//!    aggregates, the error. Never a port.
//! 2. [`ports`]: the traits adapters implement, and the write-race retry.
//! 3. [`access`]: who is calling: sessions, rate limits and tries.
//! 4. [`passwords`]: what a good password is: rules, strength, banned words,
//!    breaches; a new password on its way to the on-premises directory.
//! 5. [`messaging`]: one-time codes and the notices people get.
//! 6. [`accounts`]: a user's own account: sign-in, change, registration of
//!    methods, authenticator apps.
//! 7. [`recovery`]: self-service reset and unlock.
//! 8. [`admin`]: administrators and the help desk: people, groups, import,
//!    invitations, settings, branding, reports.
//! 9. [`directory`]: the on-premises directory: writeback agents, their jobs,
//!    late answers, the user sync.
//! 10. [`integrators`]: API clients and the event stream.
//!
//! [`testing`] (behind the `test-support` feature) holds in-memory fakes of
//! every port, for unit tests here and in other crates.

// 1. Data and its invariants.
pub mod model;

// 2. What the domain needs from outside.
pub mod ports;

// 3. Who is calling, and how often.
pub mod access;

// 4. What a good password is.
pub mod passwords;

// 5. Codes and notices.
pub mod messaging;

// 6. A user's own account.
pub mod accounts;

// 7. Self-service reset and unlock.
pub mod recovery;

// 8. Administrators and the help desk.
pub mod admin;

// 9. The on-premises directory.
pub mod directory;

// 10. API clients and the event stream.
pub mod integrators;

// 11. Work that runs on a schedule.
pub mod lifecycle;

#[cfg(any(test, feature = "test-support"))]
#[expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test fakes: a poisoned lock means a test already failed"
)]
pub mod testing;

pub use model::error::{Error, PortError};
