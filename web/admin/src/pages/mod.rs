//! One module per screen of the console.

pub mod agents;
pub mod branding;
pub mod groups;
pub mod home;
pub mod import;
pub mod passwords;
pub mod policy;
pub mod reports;
pub mod user;
pub mod users;
