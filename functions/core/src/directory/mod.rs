//! The on-premises directory: writeback agents and their jobs, answers that
//! arrive late, and the user sync.

pub mod agents;
pub mod sync;
pub mod writeback;
