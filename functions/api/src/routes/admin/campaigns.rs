//! `/v1/admin/campaigns…`: a registration campaign. An administrator starts
//! one (all users or some groups; how often and how many times users may
//! put registration off; whether to invite by email), reads its progress
//! as the scheduled work last counted it, and ends it.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use latchkey_core::lifecycle::CampaignRules;
use latchkey_core::model::campaign::Campaign;
use latchkey_core::model::schedule::CampaignCount;
use latchkey_core::model::settings::Scope;
use latchkey_core::model::values::GroupName;
use latchkey_dto::{CampaignOverview, CampaignProgress, CampaignRequest, CampaignStatus, CampaignTarget};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::app::App;
use crate::extract::{ApiJson, Meta, Principal};
use crate::problem::ApiError;

/// This room's routes, part of the admin group.
pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new().routes(routes!(campaigns)).routes(routes!(start_campaign, end_campaign))
}

/// The running registration campaign and its progress.
#[utoipa::path(get, path = "/v1/admin/campaigns", tag = "admin", security(("bearer" = [])),
    responses(
        (status = 200, description = "The running campaign (`current: null` when none)", body = CampaignOverview),
        (status = 401, description = "`unauthorized`"),
        (status = 403, description = "`forbidden`: administrators and report readers only"),
        (status = 503, description = "A dependency is down"),
    ))]
pub async fn campaigns(
    State(app): State<App>,
    Principal(caller): Principal,
) -> Result<Json<CampaignOverview>, ApiError> {
    let current = app.lifecycle().campaign(&caller).await?;
    Ok(Json(CampaignOverview { current: current.map(|(c, counted)| status(c, counted)) }))
}

/// Starts a registration campaign; a running one is replaced, and its
/// users' invitations and "later"s start afresh.
#[utoipa::path(put, path = "/v1/admin/campaigns/current", tag = "admin", request_body = CampaignRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Started", body = CampaignOverview),
        (status = 400, description = "`invalid_request` naming the field (`snooze_days` 0–14, `max_snoozes` 0–10, `groups`)"),
        (status = 401, description = "`unauthorized`"),
        (status = 403, description = "`forbidden`: administrators who manage settings only"),
        (status = 409, description = "`version_conflict`: the settings changed meanwhile"),
        (status = 503, description = "A dependency is down; nothing changed"),
    ))]
pub async fn start_campaign(
    State(app): State<App>,
    Principal(caller): Principal,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<CampaignRequest>,
) -> Result<Json<CampaignOverview>, ApiError> {
    let target = match body.target {
        CampaignTarget::All => Scope::All,
        CampaignTarget::Groups => Scope::Groups {
            groups: body
                .groups
                .iter()
                .map(|g| GroupName::parse(g).map_err(|e| e.with_field("groups")))
                .collect::<Result<_, _>>()?,
        },
    };
    let rules = CampaignRules::new(target, body.snooze_days, body.max_snoozes, body.invite)?;
    app.lifecycle().set_campaign(&caller, Some(rules), &meta).await?;
    let current = app.lifecycle().campaign(&caller).await?;
    Ok(Json(CampaignOverview { current: current.map(|(c, counted)| status(c, counted)) }))
}

/// Ends the running campaign (none running: a 204 too). Users already
/// required to register stay so only while registration itself is required.
#[utoipa::path(delete, path = "/v1/admin/campaigns/current", tag = "admin", security(("bearer" = [])),
    responses(
        (status = 204, description = "Ended"),
        (status = 401, description = "`unauthorized`"),
        (status = 403, description = "`forbidden`: administrators who manage settings only"),
        (status = 503, description = "A dependency is down; nothing changed"),
    ))]
pub async fn end_campaign(
    State(app): State<App>,
    Principal(caller): Principal,
    Meta(meta): Meta,
) -> Result<StatusCode, ApiError> {
    app.lifecycle().set_campaign(&caller, None, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

fn status(campaign: Campaign, counted: Option<CampaignCount>) -> CampaignStatus {
    let (target, groups) = match &campaign.target {
        Scope::Groups { groups } => {
            (CampaignTarget::Groups, groups.iter().map(ToString::to_string).collect())
        }
        _ => (CampaignTarget::All, Vec::new()),
    };
    CampaignStatus {
        id: campaign.id,
        started_at: campaign.started_at,
        target,
        groups,
        snooze_days: campaign.snooze_days,
        max_snoozes: campaign.max_snoozes,
        invite: campaign.invite,
        progress: counted.and_then(|c| {
            Some(CampaignProgress {
                counted_at: c.counted_at?,
                targeted: c.targeted,
                registered: c.registered,
                registered_since: c.registered_since,
                invited: c.invited,
                snoozed: c.snoozed,
                required: c.required,
            })
        }),
    }
}
