//! The JSON bodies of Latchkey's REST API, shared by the server and the web
//! apps so that a renamed field breaks both sides at compile time.
//!
//! Requests refuse unknown fields. Secrets are [`Redacted`], which prints `***` in
//! `Debug`; a test reads these sources and fails on a field named like a
//! secret that a derived `Debug` would print.
//!
//! The modules follow the rooms of the domain core, so a feature's wire
//! types sit in the same-named room on every floor:
//!
//! | module | what travels |
//! | --- | --- |
//! | `redacted` | [`Redacted`], the type of every secret field |
//! | `service` | health, JWKS, the public configuration, the languages |
//! | `problem` | problem details and [`ProblemCode`] |
//! | `access` | sign-in, the authenticator step, the session |
//! | `passwords` | password rules, change, rejection reasons, expiry |
//! | `accounts` | the signed-in user's methods, questions, authenticator, registration |
//! | `recovery` | self-service reset and unlock, accepting an invitation |
//! | `admin::users` | the console's users: list, detail, edits, invitations, password resets |
//! | `admin::verification` | the help desk's code to a caller |
//! | `admin::groups` | groups |
//! | `admin::import` | bulk import results |
//! | `admin::policies` | reset, password and breach policies, custom questions |
//! | `admin::settings` | branding, reset limits, telephony |
//! | `directory` | writeback agents and their directories |
//! | `reports` | reset activity, registration coverage, insights |
//! | `integrators` | API clients and OAuth tokens |
//!
//! Every type is re-exported here, so users write `latchkey_dto::TypeName`
//! and never the module.

mod access;
mod accounts;
mod admin;
mod directory;
mod integrators;
mod passwords;
mod problem;
mod recovery;
mod redacted;
mod reports;
mod service;

pub use access::*;
pub use accounts::*;
pub use admin::*;
pub use directory::*;
pub use integrators::*;
pub use passwords::*;
pub use problem::*;
pub use recovery::*;
pub use redacted::Redacted;
pub use reports::*;
pub use service::*;
