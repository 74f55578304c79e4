//! Provisioning shared by the local emulator, LocalStack and tests:
//! idempotently creates Latchkey's tables (keys, indexes, TTL) and SES
//! identity to match `template.yaml`, and seeds a demo organisation.

pub mod bootstrap;
pub mod breach;
pub mod keys;
pub mod seed;

pub use bootstrap::{BootstrapError, bootstrap};
pub use seed::{DemoUser, SeedError, seed_demo};
