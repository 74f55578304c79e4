//! The routes, in one room per route group (`RouteGroup`): a folder where a
//! group has parts, a file where it has one. A room's handlers are thin
//! (parse, call the domain, map) and its conversions between the core's
//! types and the wire's live in its `convert` module; the ones several rooms
//! share live in [`convert`].
//!
//! In the server's code, each handler's `#[utoipa::path]` is the one place
//! its method and path are written: `routes!` registers it on the router and
//! in the OpenAPI document at once. `template.yaml` writes each one again for
//! API Gateway, and `tests/template.rs` checks that the two agree.

use utoipa_axum::router::OpenApiRouter;

use crate::app::{App, RouteGroup};

pub mod admin;
pub mod agents;
pub mod convert;
pub mod me;
pub mod paging;
pub mod password;
pub mod reports;
pub mod resets;
pub mod service;
pub mod sessions;

/// The routes of one group, with their part of the OpenAPI document.
pub fn group(group: RouteGroup) -> OpenApiRouter<App> {
    match group {
        RouteGroup::Service => service::routes(),
        RouteGroup::Sessions => sessions::routes(),
        RouteGroup::Password => password::routes(),
        RouteGroup::Resets => resets::routes(),
        RouteGroup::Me => me::routes(),
        RouteGroup::Admin => admin::routes(),
        RouteGroup::Agents => agents::routes(),
        RouteGroup::Reports => reports::routes(),
        RouteGroup::All => RouteGroup::DEPLOYED
            .iter()
            .fold(OpenApiRouter::new(), |all, (deployed, _)| all.merge(self::group(*deployed))),
    }
}
