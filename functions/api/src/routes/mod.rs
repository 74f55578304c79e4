//! One module per route group; one handler function per route. Each
//! handler's `#[utoipa::path]` is the one place its method and path are
//! written: `routes!` registers it on the router and in the OpenAPI
//! document at once.

use utoipa_axum::router::OpenApiRouter;

use crate::app::{App, RouteGroup};

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

/// The routes of one group, with their part of the OpenAPI document.
pub fn group(group: RouteGroup) -> OpenApiRouter<App> {
    match group {
        RouteGroup::Service => service::routes(),
        RouteGroup::Sessions => sessions::routes().merge(oauth::routes()),
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
