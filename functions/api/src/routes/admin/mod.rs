//! The admin group (`/v1/admin…`): administrators and the helpdesk act on
//! users and groups, read and change the organisation's policies and
//! settings, enrol writeback agents and manage integrators' API clients.
//! One module a room, as the wire types have them; their conversions live
//! in `convert`.

use utoipa_axum::router::OpenApiRouter;

use crate::app::App;

pub mod agents;
pub mod campaigns;
pub mod clients;
pub(crate) mod convert;
pub mod groups;
pub mod import;
pub mod policies;
pub mod scim;
pub mod settings;
pub mod users;
pub mod webhooks;
pub mod wording;

/// Every route of the group.
pub fn routes() -> OpenApiRouter<App> {
    users::routes()
        .merge(groups::routes())
        .merge(import::routes())
        .merge(policies::routes())
        .merge(campaigns::routes())
        .merge(settings::routes())
        .merge(wording::routes())
        .merge(agents::routes())
        .merge(clients::routes())
        .merge(scim::routes())
        .merge(webhooks::routes())
}
