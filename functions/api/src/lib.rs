//! Latchkey's HTTP layer, shared by every Lambda function and the local
//! server: routing, JWT sessions, request parsing, problem+json errors and the
//! generated OpenAPI document. Handlers are thin: parse, call the domain, map.

pub mod app;
pub mod auth;
pub mod extract;
pub mod lambda;
pub mod language;
pub mod openapi;
mod pace;
pub mod problem;
pub mod qr;
pub mod routes;
pub mod spreadsheet;
pub mod telemetry;
pub mod wording;

pub use app::{App, ParameterKeys, RouteGroup, StartupError, ports_from_env, router, tokens_from_env};
pub use auth::Tokens;
pub use problem::ApiError;
