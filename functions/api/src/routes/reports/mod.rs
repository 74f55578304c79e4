//! `/v1/reports…`: the self-service password management activity, filtered
//! and paged as JSON, or the whole selection as CSV (`Accept: text/csv`),
//! streamed a page at a time. Administrators and report readers only.

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use latchkey_core::admin::people::PAGE_MAX as PEOPLE_PAGE_MAX;
use latchkey_core::admin::reports::PAGE_MAX;
use latchkey_core::model::audit::{Activity, ActivityQuery};
use latchkey_core::model::clients::Caller;
use latchkey_dto::{
    NotRegisteredPage, NotRegisteredRow, RegistrationSummary, ReportInsights, ResetActivityPage,
    ResetActivityRow,
};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use self::filters::{ActivityFilters, NoParameters, PeoplePage, Range, RegistrationFilters};
use crate::app::App;
use crate::extract::{ApiQuery, Principal};
use crate::problem::ApiError;
use crate::routes::paging::{decode_cursor, encode_cursor, page_limit};

mod convert;
mod csv;
mod filters;

/// Every route of the group.
pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new()
        .routes(routes!(reset_activity))
        .routes(routes!(registration_activity))
        .routes(routes!(registration_summary))
        .routes(routes!(not_registered))
        .routes(routes!(insights))
}

/// The self-service password management activity, newest first.
#[utoipa::path(get, path = "/v1/reports/reset-activity", tag = "reports", security(("bearer" = [])),
    params(ActivityFilters),
    responses(
        (status = 200, description = "A page of events, newest first (a page may be short when filters skip many events, and `next` goes on); with `Accept: text/csv`, every matching event from `next` on as CSV, streamed",
            content((ResetActivityPage = "application/json"), (String = "text/csv"))),
        (status = 400, description = "`invalid_request`: an unknown filter, a malformed value, a reversed range or one longer than the retention period, or a cursor this API did not issue (`field` names it)"),
        (status = 403, description = "`forbidden`: not an administrator or report reader"),
        (status = 503, description = "`service_unavailable`: the audit store could not be read"),
    ))]
pub async fn reset_activity(
    State(app): State<App>,
    Principal(caller): Principal,
    headers: HeaderMap,
    ApiQuery(query): ApiQuery<ActivityFilters>,
) -> Result<Response, ApiError> {
    activity_report(app, caller, &headers, query, None, "reset-activity").await
}

async fn activity_report(
    app: App,
    caller: Caller,
    headers: &HeaderMap,
    query: ActivityFilters,
    fixed: Option<Activity>,
    name: &'static str,
) -> Result<Response, ApiError> {
    let query = filters::parse_query(&app, query, fixed)?;
    if csv::wants_csv(headers) {
        return csv_export(app, caller, query, name).await;
    }
    let page = read_page(&app, &caller, &query).await?;
    Ok(Json(ResetActivityPage {
        events: page.events.into_iter().map(|e| convert::activity_row_named(e, &page.actor_names)).collect(),
        next: page.next.as_ref().map(filters::encode_cursor),
    })
    .into_response())
}

async fn read_page(
    app: &App,
    caller: &Caller,
    query: &ActivityQuery,
) -> Result<latchkey_core::model::audit::ActivityPage, ApiError> {
    Ok(app.admin().reset_activity(caller, query).await?)
}

/// Every matching row from the cursor on, one page of the store at a time,
/// so memory stays that of one page whatever the size of the export. The
/// first page is read before the status is sent, so a refusal is still a
/// problem; a failure later cuts the body short (the client sees an
/// incomplete transfer, never a silently shorter file).
async fn csv_export(
    app: App,
    caller: Caller,
    mut query: ActivityQuery,
    name: &'static str,
) -> Result<Response, ApiError> {
    query.limit = PAGE_MAX;
    let first = read_page(&app, &caller, &query).await?;
    let names = &first.actor_names;
    let rows: Vec<ResetActivityRow> =
        first.events.into_iter().map(|e| convert::activity_row_named(e, names)).collect();
    let head = csv::csv_bytes(&csv::COLUMNS, rows.iter().map(csv::csv_record)).map_err(csv::failed)?;
    let state = (app, caller, query, first.next);
    // The later pages are read as the body streams, after the handler has
    // returned: their words are the request's language all the same.
    let language = crate::language::current();
    let rest = futures::stream::try_unfold(state, move |(app, caller, mut query, next)| {
        crate::language::within(language, async move {
            let Some(after) = next else { return Ok(None) };
            query.after = Some(after);
            let page = read_page(&app, &caller, &query).await.inspect_err(|e| {
                tracing::error!(error = %e, "a report export stopped part way");
            })?;
            let names = &page.actor_names;
            let rows: Vec<ResetActivityRow> =
                page.events.into_iter().map(|e| convert::activity_row_named(e, names)).collect();
            let bytes = csv::csv_bytes(&[], rows.iter().map(csv::csv_record)).map_err(csv::failed)?;
            Ok::<_, ApiError>(Some((bytes::Bytes::from(bytes), (app, caller, query, page.next))))
        })
    });
    Ok(csv::csv_response(name, head, rest))
}

/// Registration activity: the `user_registered` events (methods registered,
/// removed, confirmed, and their codes), with the reset report's filters.
#[utoipa::path(get, path = "/v1/reports/registration-activity", tag = "reports", security(("bearer" = [])),
    params(RegistrationFilters),
    responses(
        (status = 200, description = "A page of registration events, newest first; with `Accept: text/csv`, all of them as CSV, streamed",
            content((ResetActivityPage = "application/json"), (String = "text/csv"))),
        (status = 400, description = "`invalid_request`: an unknown filter (`activity` included), a malformed value, a bad range or cursor (`field` names it)"),
        (status = 403, description = "`forbidden`: not an administrator or report reader"),
        (status = 503, description = "`service_unavailable`: the audit store could not be read"),
    ))]
pub async fn registration_activity(
    State(app): State<App>,
    Principal(caller): Principal,
    headers: HeaderMap,
    ApiQuery(query): ApiQuery<RegistrationFilters>,
) -> Result<Response, ApiError> {
    let query = query.into();
    activity_report(app, caller, &headers, query, Some(Activity::UserRegistered), "registration-activity")
        .await
}

/// How many enabled users are registered, capable of reset and not
/// registered: in all, by registered data (email, mobile, office phone,
/// questions, authenticator) and by group.
#[utoipa::path(get, path = "/v1/reports/registration-summary", tag = "reports", security(("bearer" = [])),
    responses(
        (status = 200, description = "The summary, now", body = RegistrationSummary),
        (status = 400, description = "`invalid_request`: this report takes no parameters (`field` names the one given)"),
        (status = 403, description = "`forbidden`: not an administrator or report reader"),
        (status = 503, description = "`service_unavailable`: the directory could not be read"),
        (status = 429, description = "`too_many_requests`: this caller's heavy reads for the minute are spent (20 a minute across the insights, the registration summary and lockout-filtered lists); see `Retry-After`"),
    ))]
pub async fn registration_summary(
    State(app): State<App>,
    Principal(caller): Principal,
    ApiQuery(NoParameters {}): ApiQuery<NoParameters>,
) -> Result<Json<RegistrationSummary>, ApiError> {
    let summary = app.admin().registration_summary(&caller).await?;
    Ok(Json(convert::registration_summary(summary)))
}

/// The enabled users in the reset scope who have not registered enough
/// methods, in username order, a page at a time or (`Accept: text/csv`) all.
#[utoipa::path(get, path = "/v1/reports/not-registered", tag = "reports", security(("bearer" = [])),
    params(PeoplePage),
    responses(
        (status = 200, description = "A page of users (a page may be short when many users are skipped, and `next` goes on); with `Accept: text/csv`, all of them as CSV, streamed",
            content((NotRegisteredPage = "application/json"), (String = "text/csv"))),
        (status = 400, description = "`invalid_request`: an unknown parameter, a bad limit or a cursor this API did not issue (`field` names it)"),
        (status = 403, description = "`forbidden`: not an administrator or report reader"),
        (status = 503, description = "`service_unavailable`: the directory could not be read"),
    ))]
pub async fn not_registered(
    State(app): State<App>,
    Principal(caller): Principal,
    headers: HeaderMap,
    ApiQuery(page): ApiQuery<PeoplePage>,
) -> Result<Response, ApiError> {
    let limit = page_limit(page.limit, 50, PEOPLE_PAGE_MAX)?;
    let cursor = page.next.as_deref().map(decode_cursor).transpose()?;
    let read = |app: App, caller: Caller, cursor, limit| async move {
        app.admin().not_registered(&caller, cursor, limit).await.map_err(ApiError::from)
    };
    if !csv::wants_csv(&headers) {
        let page = read(app, caller, cursor, limit).await?;
        return Ok(Json(NotRegisteredPage {
            users: page.users.into_iter().map(convert::not_registered_row).collect(),
            next: page.next.as_ref().map(encode_cursor),
        })
        .into_response());
    }
    let page_max = PEOPLE_PAGE_MAX;
    let first = read(app.clone(), caller.clone(), cursor, page_max).await?;
    let rows: Vec<NotRegisteredRow> = first.users.into_iter().map(convert::not_registered_row).collect();
    let records = rows.iter().map(csv::not_registered_record);
    let head = csv::csv_bytes(&csv::NOT_REGISTERED_COLUMNS, records).map_err(csv::failed)?;
    let rest =
        futures::stream::try_unfold((app, caller, first.next), move |(app, caller, next)| async move {
            let Some(cursor) = next else { return Ok(None) };
            let page = read(app.clone(), caller.clone(), Some(cursor), page_max).await?;
            let rows: Vec<NotRegisteredRow> =
                page.users.into_iter().map(convert::not_registered_row).collect();
            let bytes =
                csv::csv_bytes(&[], rows.iter().map(csv::not_registered_record)).map_err(csv::failed)?;
            Ok(Some((bytes::Bytes::from(bytes), (app, caller, page.next))))
        });
    Ok(csv::csv_response("not-registered", head, rest))
}

/// The administrator's questions about the rollout, answered from the
/// trail over a range (default: the last 7 days) and from the directory now.
#[utoipa::path(get, path = "/v1/reports/insights", tag = "reports", security(("bearer" = [])),
    params(Range),
    responses(
        (status = 200, description = "The answers", body = ReportInsights),
        (status = 400, description = "`invalid_request`: an unknown parameter, a malformed time, a reversed range or one longer than the retention period (`field` names it)"),
        (status = 403, description = "`forbidden`: not an administrator or report reader"),
        (status = 429, description = "`too_many_requests`: this caller's heavy reads for the minute are spent (20 a minute across the insights, the registration summary and lockout-filtered lists); see `Retry-After`"),
        (status = 503, description = "`service_unavailable`: the audit store or directory could not be read"),
    ))]
pub async fn insights(
    State(app): State<App>,
    Principal(caller): Principal,
    ApiQuery(range): ApiQuery<Range>,
) -> Result<Json<ReportInsights>, ApiError> {
    let (from, to) =
        (filters::time(range.from.as_deref(), "from")?, filters::time(range.to.as_deref(), "to")?);
    let range = app.admin().recent_range(from, to, 7)?;
    let (answers, summary) = app.admin().insights(&caller, range).await?;
    Ok(Json(convert::insights(range, answers, convert::registration_summary(summary))))
}
