//! `/v1/agent…`: what writeback agents call, from inside the organisation's
//! network, over outbound HTTPS: enrol with a one-time token, take their
//! directory's jobs (a long poll), report each job's result, rotate their
//! keys, send their directory's users. Every call but enrolment is signed
//! with the agent's key (`latchkey_writeback::signing`).
//!
//! The messages are `latchkey_writeback`'s, which the agent compiles too
//! (so both sides read one definition); the OpenAPI document lists them
//! under the `agents` tag.

use axum::Json;
use axum::extract::{FromRequest, Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use latchkey_core::model::agents::Agent;
use latchkey_writeback::signing::{AgentAuthorization, VERSION_HEADER};
use latchkey_writeback::{EnrolRequest, Enrolled, Job, KeysRequest, MAX_WAIT_SECONDS, NextJobRequest};
use serde::de::DeserializeOwned;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::app::App;
use crate::extract::{ApiJson, MAX_BODY_BYTES, Meta, parse_json};
use crate::problem::ApiError;

mod convert;

/// Every route of the group.
pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new()
        .routes(routes!(enrol))
        .routes(routes!(next_job))
        .routes(routes!(result))
        .routes(routes!(rotate_keys))
        .routes(routes!(sync))
        .routes(routes!(policy))
}

/// Enrols an agent with a one-time token and its two public keys.
#[utoipa::path(post, path = "/v1/agent/enrol", tag = "agents", request_body = EnrolRequest,
    responses(
        (status = 201, description = "Enrolled", body = Enrolled),
        (status = 400, description = "`invalid_request`: a key or the version is not valid (named in `field`)"),
        (status = 401, description = "`agent_unauthorized`: the token is wrong, spent or expired"),
    ))]
pub async fn enrol(
    State(app): State<App>,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<EnrolRequest>,
) -> Result<(StatusCode, Json<Enrolled>), ApiError> {
    let keys = convert::keys(&body.sealing_key, &body.signing_key)?;
    let agent = app.agents().enrol(&body.token, &body.version, keys, &meta).await?;
    tracing::info!(agent = %agent.id, directory = %agent.directory, "a writeback agent enrolled");
    Ok((
        StatusCode::CREATED,
        Json(Enrolled {
            agent_id: agent.id.to_string(),
            directory: agent.directory.to_string(),
            name: agent.name,
        }),
    ))
}

/// A request signed by an enrolled agent, with its JSON body: 401
/// `agent_unauthorized` for any signature, clock, nonce or revocation
/// problem (the same answer for all), else the body as `ApiJson` checks it.
pub struct Signed<T> {
    pub agent: Agent,
    pub body: T,
}

impl<T: DeserializeOwned> FromRequest<App> for Signed<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, app: &App) -> Result<Self, Self::Rejection> {
        let (parts, body) = req.into_parts();
        let header = parts.headers.get(axum::http::header::AUTHORIZATION).and_then(|v| v.to_str().ok());
        let auth =
            header.and_then(AgentAuthorization::parse).ok_or(latchkey_core::Error::AgentUnauthorized)?;
        let version = parts.headers.get(VERSION_HEADER).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let bytes =
            axum::body::to_bytes(body, MAX_BODY_BYTES).await.map_err(|_| ApiError::PayloadTooLarge)?;
        let agent = app.agents().signing_key(&auth.agent).await?;
        let (method, path, key) = (parts.method.as_str(), parts.uri.path(), &agent.keys.signing);
        // The version counts only when the signature covers it; an agent
        // from before signed versions still works, its header ignored.
        let version = match version {
            Some(v) if auth.verifies_with_version(key, method, path, &v, &bytes) => Some(v),
            _ if auth.verifies(key, method, path, &bytes) => None,
            _ => {
                tracing::warn!(agent = %agent.id, "an agent request's signature does not verify; refused");
                return Err(latchkey_core::Error::AgentUnauthorized.into());
            }
        };
        let at =
            DateTime::<Utc>::from_timestamp(auth.unix, 0).ok_or(latchkey_core::Error::AgentUnauthorized)?;
        let agent = app.agents().admit(agent, at, &auth.nonce, version.as_deref()).await?;
        let body = parse_json(if bytes.is_empty() { b"{}" } else { &bytes })?;
        Ok(Self { agent, body })
    }
}

/// Claims the next job of the agent's directory, waiting up to `wait_seconds`.
#[utoipa::path(post, path = "/v1/agent/jobs/next", tag = "agents", request_body = NextJobRequest,
    responses(
        (status = 200, description = "A job, claimed by this agent alone", body = Job),
        (status = 204, description = "No job came in the time"),
        (status = 401, description = "`agent_unauthorized`: no valid signature by an enrolled, unrevoked agent, a stale timestamp, or a replayed nonce"),
    ))]
pub async fn next_job(State(app): State<App>, request: Signed<NextJobRequest>) -> Result<Response, ApiError> {
    if request.body.wait_seconds > MAX_WAIT_SECONDS {
        return Err(ApiError::InvalidRequest {
            field: Some("wait_seconds".into()),
            detail: format!("wait_seconds is at most {MAX_WAIT_SECONDS}"),
        });
    }
    let wait = std::time::Duration::from_secs(u64::from(request.body.wait_seconds));
    Ok(match app.agents().next_job(&request.agent, wait).await? {
        Some(job) => {
            tracing::info!(agent = %request.agent.id, job = %job.id, "a writeback job was claimed");
            Json(convert::to_job(job)).into_response()
        }
        None => StatusCode::NO_CONTENT.into_response(),
    })
}

/// Reports how a job this agent claimed ended.
#[utoipa::path(post, path = "/v1/agent/jobs/{id}/result", tag = "agents", request_body = latchkey_writeback::JobResult,
    params(("id" = String, Path, description = "The job's id")),
    responses(
        (status = 204, description = "Recorded"),
        (status = 401, description = "`agent_unauthorized`: no valid signature by an enrolled, unrevoked agent, a stale timestamp, or a replayed nonce"),
        (status = 404, description = "`job_not_found`: this agent claimed no such job"),
        (status = 409, description = "`job_finished`: the job already has a result"),
    ))]
pub async fn result(
    State(app): State<App>,
    Path(id): Path<String>,
    request: Signed<latchkey_writeback::JobResult>,
) -> Result<StatusCode, ApiError> {
    if request.body.job.0 != id {
        return Err(ApiError::InvalidRequest {
            field: Some("job".into()),
            detail: "job must be the job id in the path".into(),
        });
    }
    let answer = convert::answer(&request.agent, request.body.outcome);
    app.agents().finish(&request.agent, &id, answer).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Replaces the agent's public keys; the old ones stop working at once.
#[utoipa::path(post, path = "/v1/agent/keys", tag = "agents", request_body = KeysRequest,
    responses(
        (status = 204, description = "Rotated"),
        (status = 401, description = "`agent_unauthorized`: no valid signature by an enrolled, unrevoked agent, a stale timestamp, or a replayed nonce"),
    ))]
pub async fn rotate_keys(
    State(app): State<App>,
    Meta(meta): Meta,
    request: Signed<KeysRequest>,
) -> Result<StatusCode, ApiError> {
    let keys = convert::keys(&request.body.sealing_key, &request.body.signing_key)?;
    app.agents().rotate_keys(&request.agent, keys, &meta).await?;
    tracing::info!(agent = %request.agent.id, "a writeback agent rotated its keys");
    Ok(StatusCode::NO_CONTENT)
}

/// Applies a page of the directory's user changes: creates and updates
/// synced users, disables (never deletes) those the directory removed.
#[utoipa::path(post, path = "/v1/agent/sync", tag = "agents", request_body = latchkey_writeback::sync::SyncChanges,
    responses(
        (status = 200, description = "What the sync did", body = latchkey_writeback::sync::SyncSummary),
        (status = 400, description = "`invalid_request`: more than 200 users in one call"),
        (status = 401, description = "`agent_unauthorized`: no valid signature by an enrolled, unrevoked agent, a stale timestamp, or a replayed nonce"),
    ))]
pub async fn sync(
    State(app): State<App>,
    Meta(meta): Meta,
    request: Signed<latchkey_writeback::sync::SyncChanges>,
) -> Result<Json<latchkey_writeback::sync::SyncSummary>, ApiError> {
    let batch = convert::sync_batch(request.body);
    let report = app.agents().sync(&request.agent, batch, &meta).await?;
    tracing::info!(
        agent = %request.agent.id, created = report.created, updated = report.updated,
        removed = report.removed, skipped = report.skipped.len(), "a directory sync was applied"
    );
    Ok(Json(convert::sync_summary(report)))
}

/// Records the directory's password rules (its default policy and the
/// fine-grained ones its users name), which the portal shows its users.
#[utoipa::path(post, path = "/v1/agent/policy", tag = "agents", request_body = latchkey_writeback::DirectoryPolicies,
    responses(
        (status = 204, description = "Recorded"),
        (status = 400, description = "`invalid_request`: more than 50 named policies, or a name over 512 characters"),
        (status = 401, description = "`agent_unauthorized`: no valid signature by an enrolled, unrevoked agent, a stale timestamp, or a replayed nonce"),
    ))]
pub async fn policy(
    State(app): State<App>,
    request: Signed<latchkey_writeback::DirectoryPolicies>,
) -> Result<StatusCode, ApiError> {
    app.agents().save_policies(&request.agent, convert::policies(request.body)).await?;
    Ok(StatusCode::NO_CONTENT)
}
