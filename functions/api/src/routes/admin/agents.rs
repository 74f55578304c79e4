//! `/v1/admin/agents…`: administrators enrol writeback agents (a one-time
//! token, shown once), see each agent's status, version and last contact
//! and each directory's standing, and revoke an agent at once.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use latchkey_core::model::directory::DirectoryId;
use latchkey_dto::{AgentEnrolment, AgentList, CreateEnrolmentRequest};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::convert;
use crate::app::App;
use crate::extract::{ApiJson, Meta, Session};
use crate::problem::ApiError;

/// This room's routes, part of the admin group.
pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new()
        .routes(routes!(list_agents))
        .routes(routes!(create_enrolment))
        .routes(routes!(revoke_agent))
}

/// Issues a one-time enrolment token for a writeback agent of `directory`
/// (valid 24 hours, shown only in this answer, stored as a digest).
#[utoipa::path(post, path = "/v1/admin/agents/enrolments", tag = "admin", request_body = CreateEnrolmentRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The token, shown once", body = AgentEnrolment),
        (status = 400, description = "`invalid_request`: a bad directory or name, named in `field`"),
        (status = 403, description = "`forbidden`: administrators only"),
    ))]
pub async fn create_enrolment(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<CreateEnrolmentRequest>,
) -> Result<(StatusCode, Json<AgentEnrolment>), ApiError> {
    let directory = DirectoryId::parse(&body.directory)?;
    let issued = app.agents().issue_enrolment(&me.id, &me.token, directory, &body.name, &meta).await?;
    Ok((StatusCode::CREATED, Json(convert::agent_enrolment(issued))))
}

/// The writeback agents, and for each directory how many are online.
#[utoipa::path(get, path = "/v1/admin/agents", tag = "admin", security(("bearer" = [])),
    responses(
        (status = 200, description = "The agents and the directories", body = AgentList),
        (status = 403, description = "`forbidden`: administrators only"),
    ))]
pub async fn list_agents(State(app): State<App>, Session(me): Session) -> Result<Json<AgentList>, ApiError> {
    let agents = app.agents().list(&me.id, &me.token).await?;
    Ok(Json(convert::agent_list(agents)))
}

/// Revokes an agent: its next call is refused and it takes no more jobs.
#[utoipa::path(delete, path = "/v1/admin/agents/{id}", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The agent's id")),
    responses(
        (status = 204, description = "Revoked (or it already was)"),
        (status = 400, description = "`invalid_request`: not an agent id"),
        (status = 403, description = "`forbidden`: administrators only"),
        (status = 404, description = "`agent_not_found`"),
    ))]
pub async fn revoke_agent(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path(agent): Path<String>,
) -> Result<StatusCode, ApiError> {
    app.agents().revoke(&me.id, &me.token, &agent, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}
