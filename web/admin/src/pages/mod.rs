//! One module per screen of the console.

pub mod access_pass;
pub mod agents;
pub mod branding;
pub mod campaign;
pub mod clients;
pub mod groups;
pub mod home;
pub mod import;
pub mod passwords;
pub mod policy;
pub mod profile;
pub mod reports;
pub mod user;
pub mod users;
pub mod webhooks;
pub mod wording;
