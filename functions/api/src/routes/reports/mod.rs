//! `/v1/reports…`: the self-service password management activity, filtered
//! and paged as JSON, or the whole selection as CSV (`Accept: text/csv`),
//! streamed a page at a time. Administrators and report readers only.

use axum::Json;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use futures::StreamExt;
use latchkey_core::admin::people::PAGE_MAX as PEOPLE_PAGE_MAX;
use latchkey_core::admin::reports::PAGE_MAX;
use latchkey_core::model::audit::{Activity, ActivityQuery, AuditEvent, Outcome, Position};
use latchkey_core::model::methods::MethodKind;
use latchkey_core::model::values::{ParseError, UserId};
use latchkey_dto::{
    GroupCoverage, KeyCount, MethodCount, NotRegisteredPage, NotRegisteredRow, RegistrationCoverage,
    RegistrationSummary, ReportInsights, ResetActivityPage, ResetActivityRow, SubjectCount,
};
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::app::App;
use crate::extract::{ApiQuery, Principal};
use crate::problem::ApiError;
use crate::routes::users::{decode_opaque, encode_opaque, page_limit, wire};
use latchkey_core::model::clients::Caller;

pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new()
        .routes(routes!(reset_activity))
        .routes(routes!(registration_activity))
        .routes(routes!(registration_summary))
        .routes(routes!(not_registered))
        .routes(routes!(insights))
}

/// The reset activity report's filters.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ActivityFilters {
    /// Oldest time (RFC 3339); default: the start of the retention period
    from: Option<String>,
    /// Newest time (RFC 3339); default: now. The range may span at most the retention period
    to: Option<String>,
    /// `policy_change`, `blocked_from_reset`, `self_service_change`, `admin_reset`, `self_service_reset`, `flow_progress`, `self_service_unlock`, `user_registered`, `admin_unlock`, `import` or `lockout`
    activity: Option<String>,
    /// `success`, `failure`, `locked` or `blocked`
    outcome: Option<String>,
    /// The id of the account acted on
    user: Option<String>,
    /// The id of the user who acted
    actor: Option<String>,
    /// `email`, `sms`, `voice`, `questions` or `authenticator`
    method: Option<String>,
    /// 1–500 (default 100); CSV ignores it and streams every matching row
    limit: Option<u32>,
    /// The `next` of the previous page
    next: Option<String>,
}

/// The registration activity report's filters: the reset activity's but
/// `activity`, which this report fixes.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct RegistrationFilters {
    /// Oldest time (RFC 3339); default: the start of the retention period
    from: Option<String>,
    /// Newest time (RFC 3339); default: now
    to: Option<String>,
    /// `success`, `failure`, `locked` or `blocked`
    outcome: Option<String>,
    /// The id of the account
    user: Option<String>,
    /// The id of the user who acted
    actor: Option<String>,
    /// `email`, `sms`, `voice`, `questions` or `authenticator`
    method: Option<String>,
    /// 1–500 (default 100)
    limit: Option<u32>,
    /// The `next` of the previous page
    next: Option<String>,
}

impl From<RegistrationFilters> for ActivityFilters {
    fn from(f: RegistrationFilters) -> Self {
        let RegistrationFilters { from, to, outcome, user, actor, method, limit, next } = f;
        ActivityFilters { from, to, activity: None, outcome, user, actor, method, limit, next }
    }
}

/// A report over a range of time.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct Range {
    /// Oldest time (RFC 3339); default: 7 days before `to`
    from: Option<String>,
    /// Newest time (RFC 3339); default: now
    to: Option<String>,
}

/// A page of a list of people.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PeoplePage {
    /// 1–200 (default 50); CSV streams every row
    limit: Option<u32>,
    /// The `next` of the previous page
    next: Option<String>,
}

/// A report that takes no parameters (any one given is refused).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoParameters {}

/// What a cursor of this report starts with: another list's cursor is refused.
const CURSOR_TAG: &str = "ra1~";

/// The CSV columns, in the order of [`ResetActivityRow`]'s fields.
const COLUMNS: [&str; 12] = [
    "id",
    "at",
    "activity",
    "action",
    "actor",
    "target",
    "target_name",
    "outcome",
    "reason",
    "methods",
    "client_ip",
    "user_agent",
];

fn time(raw: Option<&str>, field: &'static str) -> Result<Option<DateTime<Utc>>, ParseError> {
    raw.map(|raw| {
        DateTime::parse_from_rfc3339(raw)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|_| ParseError::new(field, "must be an RFC 3339 time such as 2026-12-01T00:00:00Z"))
    })
    .transpose()
}

fn user_id(raw: Option<String>, field: &'static str) -> Result<Option<UserId>, ParseError> {
    raw.map(|raw| {
        let ok = !raw.is_empty() && raw.len() <= 64 && raw.chars().all(|c| c.is_ascii_graphic());
        if ok { Ok(UserId::new(raw)) } else { Err(ParseError::new(field, "is not a user id")) }
    })
    .transpose()
}

fn method(raw: &str) -> Result<MethodKind, ParseError> {
    Ok(match raw {
        "email" => MethodKind::Email,
        "sms" => MethodKind::Sms,
        "voice" => MethodKind::Voice,
        "questions" => MethodKind::Questions,
        "authenticator" => MethodKind::Authenticator,
        _ => {
            return Err(ParseError::new(
                "method",
                "must be one of email, sms, voice, questions, authenticator",
            ));
        }
    })
}

fn encode_cursor(position: &Position) -> String {
    encode_opaque(&format!("{CURSOR_TAG}{}", position.encode()))
}

fn decode_cursor(raw: &str) -> Result<Position, ParseError> {
    let text = decode_opaque(raw)?;
    let inner = text
        .strip_prefix(CURSOR_TAG)
        .ok_or_else(|| ParseError::new("next", "is not a cursor this API issued"))?;
    Position::decode(inner, "next")
}

/// The filters, parsed: every one named in its error.
fn parse_query(
    app: &App,
    query: ActivityFilters,
    fixed: Option<Activity>,
) -> Result<ActivityQuery, ApiError> {
    let range =
        app.admin().report_range(time(query.from.as_deref(), "from")?, time(query.to.as_deref(), "to")?)?;
    let limit = page_limit(query.limit, 100, PAGE_MAX)?;
    Ok(ActivityQuery {
        from: range.from,
        to: range.to,
        activity: match fixed {
            Some(activity) => Some(activity),
            None => query.activity.as_deref().map(|a| Activity::parse(a, "activity")).transpose()?,
        },
        outcome: query.outcome.as_deref().map(|o| Outcome::parse(o, "outcome")).transpose()?,
        user: user_id(query.user, "user")?,
        actor: user_id(query.actor, "actor")?,
        method: query.method.as_deref().map(method).transpose()?,
        limit,
        after: query.next.as_deref().map(decode_cursor).transpose()?,
    })
}

fn row(event: AuditEvent) -> ResetActivityRow {
    ResetActivityRow {
        activity: event.activity().map(Activity::as_str).unwrap_or_default().to_owned(),
        action: wire(&event.action),
        outcome: event.outcome.as_str().to_owned(),
        methods: event.methods.iter().map(wire).collect(),
        id: event.id,
        at: event.at,
        actor: event.actor.map(|a| a.to_string()),
        target: event.target.map(|t| t.to_string()),
        target_name: event.target_name,
        reason: event.reason,
        client_ip: event.client_ip,
        user_agent: event.user_agent,
    }
}

/// A cell a spreadsheet will not run: text from outside (a user agent, a
/// name typed at a reset) starting with a formula character gets a leading
/// apostrophe (OWASP, CSV injection).
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() }
}

fn csv_record(row: &ResetActivityRow) -> [String; 12] {
    let opt = |v: &Option<String>| cell(v.as_deref().unwrap_or_default());
    [
        cell(&row.id),
        row.at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        row.activity.clone(),
        row.action.clone(),
        opt(&row.actor),
        opt(&row.target),
        opt(&row.target_name),
        row.outcome.clone(),
        opt(&row.reason),
        row.methods.join(";"),
        opt(&row.client_ip),
        opt(&row.user_agent),
    ]
}

/// `header` (when not empty) and `records` as CSV.
fn csv_bytes<R: IntoIterator<Item = String>>(
    header: &[&str],
    records: impl IntoIterator<Item = R>,
) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    if !header.is_empty() {
        writer.write_record(header)?;
    }
    for record in records {
        writer.write_record(record)?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

fn failed(e: csv::Error) -> ApiError {
    ApiError::Domain(latchkey_core::Error::Internal(latchkey_core::PortError::Failed {
        what: "report export",
        source: Box::new(e),
    }))
}

fn wants_csv(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|v| v.split(';').next().is_some_and(|media| media.trim().eq_ignore_ascii_case("text/csv")))
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
    let query = parse_query(&app, query, fixed)?;
    if wants_csv(headers) {
        return csv_export(app, caller, query, name).await;
    }
    let page = read_page(&app, &caller, &query).await?;
    Ok(Json(ResetActivityPage {
        events: page.events.into_iter().map(row).collect(),
        next: page.next.as_ref().map(encode_cursor),
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
    let rows: Vec<ResetActivityRow> = first.events.into_iter().map(row).collect();
    let head = csv_bytes(&COLUMNS, rows.iter().map(csv_record)).map_err(failed)?;
    let state = (app, caller, query, first.next);
    let rest = futures::stream::try_unfold(state, |(app, caller, mut query, next)| async move {
        let Some(after) = next else { return Ok(None) };
        query.after = Some(after);
        let page = read_page(&app, &caller, &query).await.inspect_err(|e| {
            tracing::error!(error = %e, "a report export stopped part way");
        })?;
        let rows: Vec<ResetActivityRow> = page.events.into_iter().map(row).collect();
        let bytes = csv_bytes(&[], rows.iter().map(csv_record)).map_err(failed)?;
        Ok::<_, ApiError>(Some((bytes::Bytes::from(bytes), (app, caller, query, page.next))))
    });
    Ok(csv_response(name, head, rest))
}

/// A CSV download: `head` (already read, so a refusal was still a
/// problem), then `rest` as it comes.
fn csv_response(
    name: &str,
    head: Vec<u8>,
    rest: impl futures::Stream<Item = Result<bytes::Bytes, ApiError>> + Send + 'static,
) -> Response {
    let body = futures::stream::once(async move { Ok::<_, ApiError>(bytes::Bytes::from(head)) }).chain(rest);
    let disposition = format!("attachment; filename=\"{name}.csv\"");
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        Body::from_stream(body),
    )
        .into_response()
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

fn coverage(c: latchkey_core::admin::reports::Coverage) -> RegistrationCoverage {
    RegistrationCoverage {
        users: c.users,
        registered: c.registered,
        capable: c.capable,
        not_registered: c.not_registered,
        not_in_scope: c.not_in_scope,
    }
}

fn summary_dto(s: latchkey_core::admin::reports::RegistrationSummary) -> RegistrationSummary {
    RegistrationSummary {
        all: coverage(s.all),
        by_method: s
            .by_method
            .into_iter()
            .map(|(data, users)| MethodCount { method: data.as_str().to_owned(), users })
            .collect(),
        by_group: s
            .by_group
            .into_iter()
            .map(|(group, c)| GroupCoverage { group: group.to_string(), coverage: coverage(c) })
            .collect(),
    }
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
    ))]
pub async fn registration_summary(
    State(app): State<App>,
    Principal(caller): Principal,
    ApiQuery(NoParameters {}): ApiQuery<NoParameters>,
) -> Result<Json<RegistrationSummary>, ApiError> {
    let summary = app.admin().registration_summary(&caller).await?;
    Ok(Json(summary_dto(summary)))
}

fn not_registered_row(row: latchkey_core::admin::people::UserRow) -> NotRegisteredRow {
    NotRegisteredRow {
        id: row.user.id.to_string(),
        username: row.user.username.to_string(),
        display_name: row.user.display_name.clone(),
        groups: row.user.groups.iter().map(|g| g.to_string()).collect(),
    }
}

fn not_registered_record(row: &NotRegisteredRow) -> [String; 4] {
    [cell(&row.id), cell(&row.username), cell(&row.display_name), row.groups.join(";")]
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
    let cursor = page.next.as_deref().map(crate::routes::users::decode_cursor).transpose()?;
    let read = |app: App, caller: Caller, cursor, limit| async move {
        app.admin().not_registered(&caller, cursor, limit).await.map_err(ApiError::from)
    };
    if !wants_csv(&headers) {
        let page = read(app, caller, cursor, limit).await?;
        return Ok(Json(NotRegisteredPage {
            users: page.users.into_iter().map(not_registered_row).collect(),
            next: page.next.as_ref().map(crate::routes::users::encode_cursor),
        })
        .into_response());
    }
    let page_max = PEOPLE_PAGE_MAX;
    let first = read(app.clone(), caller.clone(), cursor, page_max).await?;
    let rows: Vec<NotRegisteredRow> = first.users.into_iter().map(not_registered_row).collect();
    let head =
        csv_bytes(&["id", "username", "display_name", "groups"], rows.iter().map(not_registered_record))
            .map_err(failed)?;
    let rest =
        futures::stream::try_unfold((app, caller, first.next), move |(app, caller, next)| async move {
            let Some(cursor) = next else { return Ok(None) };
            let page = read(app.clone(), caller.clone(), Some(cursor), page_max).await?;
            let rows: Vec<NotRegisteredRow> = page.users.into_iter().map(not_registered_row).collect();
            let bytes = csv_bytes(&[], rows.iter().map(not_registered_record)).map_err(failed)?;
            Ok(Some((bytes::Bytes::from(bytes), (app, caller, page.next))))
        });
    Ok(csv_response("not-registered", head, rest))
}

fn subjects(rows: Vec<(latchkey_core::admin::reports::Subject, u32)>) -> Vec<SubjectCount> {
    rows.into_iter()
        .map(|(s, count)| SubjectCount { user: s.id.map(|u| u.to_string()), name: s.name, count })
        .collect()
}

fn keys(rows: Vec<(String, u32)>) -> Vec<KeyCount> {
    rows.into_iter().map(|(key, count)| KeyCount { key, count }).collect()
}

fn kinds(rows: Vec<(MethodKind, u32)>) -> Vec<MethodCount> {
    rows.into_iter().map(|(kind, users)| MethodCount { method: wire(&kind), users }).collect()
}

/// The administrator's questions about the rollout, answered from the
/// trail over a range (default: the last 7 days) and from the directory now.
#[utoipa::path(get, path = "/v1/reports/insights", tag = "reports", security(("bearer" = [])),
    params(Range),
    responses(
        (status = 200, description = "The answers", body = ReportInsights),
        (status = 400, description = "`invalid_request`: an unknown parameter, a malformed time, a reversed range or one longer than the retention period (`field` names it)"),
        (status = 403, description = "`forbidden`: not an administrator or report reader"),
        (status = 503, description = "`service_unavailable`: the audit store or directory could not be read"),
    ))]
pub async fn insights(
    State(app): State<App>,
    Principal(caller): Principal,
    ApiQuery(range): ApiQuery<Range>,
) -> Result<Json<ReportInsights>, ApiError> {
    let (from, to) = (time(range.from.as_deref(), "from")?, time(range.to.as_deref(), "to")?);
    let range = app.admin().recent_range(from, to, 7)?;
    let answers = app.admin().insights(&caller, range).await?;
    let summary = summary_dto(app.admin().registration_summary(&caller).await?);
    Ok(Json(ReportInsights {
        from: range.from,
        to: range.to,
        examined: u32::try_from(answers.examined).unwrap_or(u32::MAX),
        complete: answers.complete,
        policy_changes: answers.policy_changes.into_iter().map(row).collect(),
        coverage: summary.all,
        registrations: answers.registrations,
        registered_people: answers.registered_people,
        registered: subjects(answers.registered),
        registered_methods: kinds(answers.registered_methods),
        registered_data: summary.by_method,
        resets: answers.resets,
        admin_resets: answers.admin_resets,
        reset_methods: kinds(answers.reset_methods),
        problems: keys(answers.problems),
        admins_resetting_themselves: subjects(answers.admins_resetting_themselves),
        blocked: subjects(answers.blocked),
        failed_proofs: subjects(answers.failed_proofs),
        starts_per_user: subjects(answers.starts_per_user),
        starts_per_address: keys(answers.starts_per_address),
    }))
}
