//! One module per route group; one handler function per route.

pub mod admin;
pub mod admin_agents;
pub mod agents;
pub mod clients;
pub mod groups;
pub mod import;
pub mod me;
pub mod oauth;
pub mod password;
pub mod reports;
pub mod resets;
pub mod service;
pub mod sessions;
pub mod users;
