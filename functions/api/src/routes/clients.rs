//! `/v1/admin/clients…`: administrators create integrators' API clients
//! (name and scopes; the secret shown once), list them, rotate a secret
//! (the previous one works 24 hours more) and revoke a client at once.
//! Clients' own tokens are refused here (`Session`).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use latchkey_core::clients::{ApiClient, ClientSecret, Scopes};
use latchkey_core::types::UserId;
use latchkey_dto::{ApiClientInfo, ApiClientList, ApiClientSecret, CreateClientRequest, Problem};

use crate::app::App;
use crate::extract::{ApiJson, Meta, Session};
use crate::problem::ApiError;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/v1/admin/clients", get(list_clients).post(create_client))
        .route("/v1/admin/clients/{id}", delete(revoke_client))
        .route("/v1/admin/clients/{id}/secret", post(rotate_secret))
}

fn info(client: ApiClient, now: chrono::DateTime<chrono::Utc>) -> ApiClientInfo {
    let status = client.secret_status(now);
    ApiClientInfo {
        id: client.id.to_string(),
        name: client.name,
        scopes: client.scopes.iter().map(|s| s.as_str().to_owned()).collect(),
        created_at: client.created_at,
        last_used_at: client.last_used_at,
        secret_created_at: status.created_at,
        previous_secret_works_until: status.previous_works_until,
    }
}

fn shown_once(app: &App, (client, secret): (ApiClient, ClientSecret)) -> ApiClientSecret {
    let now = app.accounts().ports().clock.now();
    ApiClientSecret { client: info(client, now), client_secret: secret.expose().into() }
}

/// The API clients (never their secrets).
#[utoipa::path(get, path = "/v1/admin/clients", tag = "admin", security(("bearer" = [])),
    responses(
        (status = 200, description = "The clients, by name", body = ApiClientList),
        (status = 401, description = "`unauthorized` (a client's own token too)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`forbidden`: administrators only", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list_clients(
    State(app): State<App>,
    Session(claims): Session,
) -> Result<Json<ApiClientList>, ApiError> {
    let clients = app.clients().list(&UserId::new(claims.sub.clone()), &claims.session()).await?;
    let now = app.accounts().ports().clock.now();
    Ok(Json(ApiClientList { clients: clients.into_iter().map(|c| info(c, now)).collect() }))
}

/// Creates a client; its secret is in this answer only (stored as a keyed digest). Audited.
#[utoipa::path(post, path = "/v1/admin/clients", tag = "admin", request_body = CreateClientRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The client and its secret, shown once", body = ApiClientSecret),
        (status = 400, description = "`invalid_request`: a bad name or an unknown scope, named in `field`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthorized`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`forbidden`: administrators only", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn create_client(
    State(app): State<App>,
    Session(claims): Session,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<CreateClientRequest>,
) -> Result<(StatusCode, Json<ApiClientSecret>), ApiError> {
    let scopes = Scopes::from_names(body.scopes.iter().map(String::as_str))?;
    let id = UserId::new(claims.sub.clone());
    let made = app.clients().create(&id, &claims.session(), &body.name, scopes, &meta).await?;
    Ok((StatusCode::CREATED, Json(shown_once(&app, made))))
}

/// A new secret, in this answer only; the previous one keeps working for
/// 24 hours, then stops. Audited.
#[utoipa::path(post, path = "/v1/admin/clients/{id}/secret", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The client's id")),
    responses(
        (status = 200, description = "The client and its new secret, shown once", body = ApiClientSecret),
        (status = 401, description = "`unauthorized`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`forbidden`: administrators only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`client_not_found`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn rotate_secret(
    State(app): State<App>,
    Session(claims): Session,
    Meta(meta): Meta,
    Path(client): Path<String>,
) -> Result<Json<ApiClientSecret>, ApiError> {
    let id = UserId::new(claims.sub.clone());
    let rotated = app.clients().rotate(&id, &claims.session(), &client, &meta).await?;
    Ok(Json(shown_once(&app, rotated)))
}

/// Revokes a client at once: its secrets and every access token it holds stop working. Audited.
#[utoipa::path(delete, path = "/v1/admin/clients/{id}", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The client's id")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 401, description = "`unauthorized`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`forbidden`: administrators only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`client_not_found`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn revoke_client(
    State(app): State<App>,
    Session(claims): Session,
    Meta(meta): Meta,
    Path(client): Path<String>,
) -> Result<StatusCode, ApiError> {
    let id = UserId::new(claims.sub.clone());
    app.clients().revoke(&id, &claims.session(), &client, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}
