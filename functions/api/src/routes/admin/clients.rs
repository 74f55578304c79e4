//! `/v1/admin/clients…`: administrators create integrators' API clients
//! (name and scopes; the secret shown once), list them, rotate a secret
//! (the previous one works 24 hours more) and revoke a client at once.
//! Clients' own tokens are refused here (`Session`).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use latchkey_core::model::clients::Scopes;
use latchkey_dto::{ApiClientList, ApiClientSecret, CreateClientRequest};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::convert;
use crate::app::App;
use crate::extract::{ApiJson, Meta, Session};
use crate::problem::ApiError;

/// This room's routes, part of the admin group.
pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new()
        .routes(routes!(list_clients, create_client))
        .routes(routes!(revoke_client))
        .routes(routes!(rotate_secret))
}

/// The API clients (never their secrets).
#[utoipa::path(get, path = "/v1/admin/clients", tag = "admin", security(("bearer" = [])),
    responses(
        (status = 200, description = "The clients, by name", body = ApiClientList),
        (status = 401, description = "`unauthorized` (a client's own token too)"),
        (status = 403, description = "`forbidden`: administrators only"),
    ))]
pub async fn list_clients(
    State(app): State<App>,
    Session(me): Session,
) -> Result<Json<ApiClientList>, ApiError> {
    let clients = app.clients().list(&me.id, &me.token).await?;
    let now = app.accounts().ports().clock.now();
    Ok(Json(ApiClientList {
        clients: clients.into_iter().map(|c| convert::api_client_info(c, now)).collect(),
    }))
}

/// Creates a client; its secret is in this answer only (stored as a keyed digest). Audited.
#[utoipa::path(post, path = "/v1/admin/clients", tag = "admin", request_body = CreateClientRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The client and its secret, shown once", body = ApiClientSecret),
        (status = 400, description = "`invalid_request`: a bad name or an unknown scope, named in `field`"),
        (status = 403, description = "`forbidden`: administrators only"),
    ))]
pub async fn create_client(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<CreateClientRequest>,
) -> Result<(StatusCode, Json<ApiClientSecret>), ApiError> {
    let scopes = Scopes::from_names(body.scopes.iter().map(String::as_str))?;
    let made = app.clients().create(&me.id, &me.token, &body.name, scopes, &meta).await?;
    Ok((StatusCode::CREATED, Json(convert::api_client_secret(made, app.accounts().ports().clock.now()))))
}

/// A new secret, in this answer only; the previous one keeps working for
/// 24 hours, then stops. Audited.
#[utoipa::path(post, path = "/v1/admin/clients/{id}/secret", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The client's id")),
    responses(
        (status = 200, description = "The client and its new secret, shown once", body = ApiClientSecret),
        (status = 403, description = "`forbidden`: administrators only"),
        (status = 404, description = "`client_not_found`"),
    ))]
pub async fn rotate_secret(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path(client): Path<String>,
) -> Result<Json<ApiClientSecret>, ApiError> {
    let rotated = app.clients().rotate(&me.id, &me.token, &client, &meta).await?;
    Ok(Json(convert::api_client_secret(rotated, app.accounts().ports().clock.now())))
}

/// Revokes a client at once: its secrets and every access token it holds stop working. Audited.
#[utoipa::path(delete, path = "/v1/admin/clients/{id}", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The client's id")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 403, description = "`forbidden`: administrators only"),
        (status = 404, description = "`client_not_found`"),
    ))]
pub async fn revoke_client(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path(client): Path<String>,
) -> Result<StatusCode, ApiError> {
    app.clients().revoke(&me.id, &me.token, &client, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}
