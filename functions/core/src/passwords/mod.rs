//! What a good password is (rules, strength, banned words, breaches) and a new
//! password's way to the on-premises directory.

pub mod banned;
pub mod breach;
pub mod policy;
pub mod strength;
pub mod writeback;
