//! `/v1/admin/webhooks…`: administrators subscribe `https://` endpoints to
//! event types (the signing secret shown once), change, pause, resume and
//! remove them, rotate the secret (the previous one signs 24 hours more),
//! and read each subscription's delivery log, redelivering by hand.
//! Administrators' sessions only: a client's token is refused (`Session`).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use latchkey_core::integrators::webhooks::{NewSecret, NewWebhook, WebhookEdit};
use latchkey_core::model::audit::Action;
use latchkey_core::model::webhooks::{Delivery, DeliveryState, Health, Subscription};
use latchkey_dto::{
    CreateWebhookRequest, EditWebhookRequest, WebhookDeliveryInfo, WebhookDeliveryPage, WebhookInfo,
    WebhookList, WebhookSecret,
};
use secrecy::ExposeSecret;
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::app::App;
use crate::extract::{ApiJson, ApiQuery, Meta, Session};
use crate::problem::ApiError;

/// This room's routes, part of the admin group.
pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new()
        .routes(routes!(list_webhooks, create_webhook))
        .routes(routes!(get_webhook, edit_webhook, delete_webhook))
        .routes(routes!(rotate_webhook_secret))
        .routes(routes!(list_deliveries))
        .routes(routes!(redeliver))
}

fn info(sub: Subscription, now: DateTime<Utc>) -> WebhookInfo {
    let (state, failing_since, paused_at) = match sub.health {
        Health::Active { failing_since: None } => ("active", None, None),
        Health::Active { failing_since: Some(since) } => ("failing", Some(since), None),
        Health::Paused { since } => ("paused", None, Some(since)),
    };
    let current = sub.secrets.iter().find(|s| s.retires_at.is_none());
    let previous = sub.secrets.iter().filter_map(|s| s.retires_at).find(|at| *at > now);
    WebhookInfo {
        id: sub.id.to_string(),
        url: sub.url.as_str().to_owned(),
        description: sub.description,
        events: sub.events.names(),
        state: state.to_owned(),
        failing_since,
        paused_at,
        created_at: sub.created_at,
        secret_created_at: current.map_or(sub.created_at, |s| s.created_at),
        previous_secret_works_until: previous,
    }
}

fn with_secret((sub, secret): (Subscription, NewSecret), now: DateTime<Utc>) -> WebhookSecret {
    use base64::Engine;
    let text =
        format!("whsec_{}", base64::engine::general_purpose::STANDARD.encode(secret.0.expose_secret()));
    WebhookSecret { webhook: info(sub, now), secret: text.into() }
}

fn delivery_info(d: Delivery) -> WebhookDeliveryInfo {
    let (state, next_at) = match d.state {
        DeliveryState::Pending { next_at } => ("pending", Some(next_at)),
        DeliveryState::Delivered { .. } => ("delivered", None),
        DeliveryState::Failed { .. } => ("failed", None),
    };
    WebhookDeliveryInfo {
        settled_at: d.settled_at(),
        id: d.id,
        event_id: d.event_id,
        event_type: d.event_type.code(),
        state: state.to_owned(),
        attempts: d.attempts,
        first_at: d.first_at,
        next_at,
        last_status: d.last_status,
        last_error: d.last_error,
    }
}

/// The subscriptions (never their secrets), oldest first, and every event type.
#[utoipa::path(get, path = "/v1/admin/webhooks", tag = "admin", security(("bearer" = [])),
    responses(
        (status = 200, description = "The subscriptions", body = WebhookList),
        (status = 401, description = "`unauthorized` (a client's own token too)"),
        (status = 403, description = "`forbidden`: administrators only"),
    ))]
pub async fn list_webhooks(
    State(app): State<App>,
    Session(me): Session,
) -> Result<Json<WebhookList>, ApiError> {
    let subs = app.webhooks().list(&me.id, &me.token).await?;
    let now = app.accounts().ports().clock.now();
    Ok(Json(WebhookList {
        webhooks: subs.into_iter().map(|s| info(s, now)).collect(),
        event_types: Action::all().map(Action::code).collect(),
    }))
}

/// Subscribes an endpoint; its signing secret is in this answer only. Audited.
#[utoipa::path(post, path = "/v1/admin/webhooks", tag = "admin", request_body = CreateWebhookRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The subscription and its signing secret, shown once", body = WebhookSecret),
        (status = 400, description = "`invalid_request`: a bad or private address, an unknown event type, named in `field`"),
        (status = 403, description = "`forbidden`: administrators only"),
    ))]
pub async fn create_webhook(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<CreateWebhookRequest>,
) -> Result<(StatusCode, Json<WebhookSecret>), ApiError> {
    let new = NewWebhook { url: &body.url, events: &body.events, description: body.description.as_deref() };
    let made = app.webhooks().create(&me.id, &me.token, new, &meta).await?;
    Ok((StatusCode::CREATED, Json(with_secret(made, app.accounts().ports().clock.now()))))
}

/// One subscription.
#[utoipa::path(get, path = "/v1/admin/webhooks/{id}", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The subscription's id")),
    responses(
        (status = 200, description = "The subscription", body = WebhookInfo),
        (status = 403, description = "`forbidden`: administrators only"),
        (status = 404, description = "`webhook_not_found`"),
    ))]
pub async fn get_webhook(
    State(app): State<App>,
    Session(me): Session,
    Path(id): Path<String>,
) -> Result<Json<WebhookInfo>, ApiError> {
    let sub = app.webhooks().get(&me.id, &me.token, &id).await?;
    Ok(Json(info(sub, app.accounts().ports().clock.now())))
}

/// Changes what is given; `paused: false` resumes a paused subscription. Audited.
#[utoipa::path(patch, path = "/v1/admin/webhooks/{id}", tag = "admin", request_body = EditWebhookRequest,
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The subscription's id")),
    responses(
        (status = 200, description = "The subscription as it is now", body = WebhookInfo),
        (status = 400, description = "`invalid_request`, named in `field`"),
        (status = 403, description = "`forbidden`: administrators only"),
        (status = 404, description = "`webhook_not_found`"),
    ))]
pub async fn edit_webhook(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<EditWebhookRequest>,
) -> Result<Json<WebhookInfo>, ApiError> {
    let edit = WebhookEdit {
        url: body.url.as_deref(),
        events: body.events.as_deref(),
        description: body.description.as_deref(),
        paused: body.paused,
    };
    let sub = app.webhooks().edit(&me.id, &me.token, &id, edit, &meta).await?;
    Ok(Json(info(sub, app.accounts().ports().clock.now())))
}

/// Removes a subscription: nothing more is sent to it. Audited.
#[utoipa::path(delete, path = "/v1/admin/webhooks/{id}", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The subscription's id")),
    responses(
        (status = 204, description = "Removed"),
        (status = 403, description = "`forbidden`: administrators only"),
        (status = 404, description = "`webhook_not_found`"),
    ))]
pub async fn delete_webhook(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    app.webhooks().delete(&me.id, &me.token, &id, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A new signing secret, in this answer only; the previous one keeps
/// signing beside it for 24 hours. Audited.
#[utoipa::path(post, path = "/v1/admin/webhooks/{id}/secret", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The subscription's id")),
    responses(
        (status = 200, description = "The subscription and its new secret, shown once", body = WebhookSecret),
        (status = 403, description = "`forbidden`: administrators only"),
        (status = 404, description = "`webhook_not_found`"),
    ))]
pub async fn rotate_webhook_secret(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path(id): Path<String>,
) -> Result<Json<WebhookSecret>, ApiError> {
    let rotated = app.webhooks().rotate(&me.id, &me.token, &id, &meta).await?;
    Ok(Json(with_secret(rotated, app.accounts().ports().clock.now())))
}

/// A page of a delivery log.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct DeliveryPage {
    /// 1–100 (default 50)
    limit: Option<u32>,
    /// The `next` of the previous page
    cursor: Option<String>,
}

/// The subscription's deliveries, newest first (kept 30 days).
#[utoipa::path(get, path = "/v1/admin/webhooks/{id}/deliveries", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path, description = "The subscription's id"), DeliveryPage),
    responses(
        (status = 200, description = "A page of the log", body = WebhookDeliveryPage),
        (status = 400, description = "`invalid_request`: a parameter this route does not take, or a bad one"),
        (status = 403, description = "`forbidden`: administrators only"),
        (status = 404, description = "`webhook_not_found`"),
    ))]
pub async fn list_deliveries(
    State(app): State<App>,
    Session(me): Session,
    Path(id): Path<String>,
    ApiQuery(page): ApiQuery<DeliveryPage>,
) -> Result<Json<WebhookDeliveryPage>, ApiError> {
    let limit = page.limit.map_or(50, |l| l as usize);
    let (deliveries, next) =
        app.webhooks().deliveries(&me.id, &me.token, &id, page.cursor.as_deref(), limit).await?;
    Ok(Json(WebhookDeliveryPage { deliveries: deliveries.into_iter().map(delivery_info).collect(), next }))
}

/// Sends a delivery again: a fresh day of attempts from the next pump.
#[utoipa::path(post, path = "/v1/admin/webhooks/{id}/deliveries/{delivery_id}/redeliver", tag = "admin",
    security(("bearer" = [])),
    params(
        ("id" = String, Path, description = "The subscription's id"),
        ("delivery_id" = String, Path, description = "The delivery's id (its `webhook-id`)"),
    ),
    responses(
        (status = 202, description = "Queued", body = WebhookDeliveryInfo),
        (status = 403, description = "`forbidden`: administrators only"),
        (status = 404, description = "`webhook_not_found` or `delivery_not_found`"),
    ))]
pub async fn redeliver(
    State(app): State<App>,
    Session(me): Session,
    Path((id, delivery)): Path<(String, String)>,
) -> Result<(StatusCode, Json<WebhookDeliveryInfo>), ApiError> {
    let queued = app.webhooks().redeliver(&me.id, &me.token, &id, &delivery).await?;
    Ok((StatusCode::ACCEPTED, Json(delivery_info(queued))))
}
