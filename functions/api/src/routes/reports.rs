//! `/v1/reports…`: the self-service password management activity, filtered
//! and paged as JSON, or the whole selection as CSV (`Accept: text/csv`),
//! streamed a page at a time. Administrators and report readers only.

use std::collections::HashMap;

use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use chrono::{DateTime, Utc};
use futures::StreamExt;
use latchkey_core::audit::{Activity, ActivityQuery, AuditEvent, Outcome, Position};
use latchkey_core::reports::PAGE_MAX;
use latchkey_core::resets::MethodKind;
use latchkey_core::types::{ParseError, UserId};
use latchkey_dto::{Problem, ResetActivityPage, ResetActivityRow};

use crate::app::App;
use crate::auth::Claims;
use crate::extract::Session;
use crate::problem::ApiError;
use crate::routes::users::{decode_opaque, encode_opaque, wire};

pub fn routes() -> Router<App> {
    Router::new().route("/v1/reports/reset-activity", get(reset_activity))
}

const PARAMS: [&str; 9] = ["from", "to", "activity", "outcome", "user", "actor", "method", "limit", "next"];

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

fn time(query: &HashMap<String, String>, field: &'static str) -> Result<Option<DateTime<Utc>>, ParseError> {
    query
        .get(field)
        .map(|raw| {
            DateTime::parse_from_rfc3339(raw)
                .map(|t| t.with_timezone(&Utc))
                .map_err(|_| ParseError::new(field, "must be an RFC 3339 time such as 2026-12-01T00:00:00Z"))
        })
        .transpose()
}

fn user_id(query: &HashMap<String, String>, field: &'static str) -> Result<Option<UserId>, ParseError> {
    query
        .get(field)
        .map(|raw| {
            let ok = !raw.is_empty() && raw.len() <= 64 && raw.chars().all(|c| c.is_ascii_graphic());
            if ok { Ok(UserId::new(raw.clone())) } else { Err(ParseError::new(field, "is not a user id")) }
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

/// The query string, parsed: every filter named in its error.
fn parse_query(app: &App, query: &HashMap<String, String>) -> Result<ActivityQuery, ApiError> {
    if let Some(unknown) = query.keys().find(|k| !PARAMS.contains(&k.as_str())) {
        return Err(ApiError::InvalidRequest {
            field: Some(unknown.clone()),
            detail: format!("{unknown} is not a filter this report takes"),
        });
    }
    let range = app.admin().report_range(time(query, "from")?, time(query, "to")?)?;
    let limit = match query.get("limit") {
        None => 100,
        Some(raw) => match raw.parse::<usize>() {
            Ok(n) if (1..=PAGE_MAX).contains(&n) => n,
            _ => {
                return Err(
                    ParseError::new("limit", format!("must be a whole number from 1 to {PAGE_MAX}")).into()
                );
            }
        },
    };
    Ok(ActivityQuery {
        from: range.from,
        to: range.to,
        activity: query.get("activity").map(|a| Activity::parse(a, "activity")).transpose()?,
        outcome: query.get("outcome").map(|o| Outcome::parse(o, "outcome")).transpose()?,
        user: user_id(query, "user")?,
        actor: user_id(query, "actor")?,
        method: query.get("method").map(|m| method(m)).transpose()?,
        limit,
        after: query.get("next").map(|raw| decode_cursor(raw)).transpose()?,
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

fn csv_bytes(rows: &[ResetActivityRow], header: bool) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    if header {
        writer.write_record(COLUMNS)?;
    }
    for row in rows {
        writer.write_record(csv_record(row))?;
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
    params(
        ("from" = Option<String>, Query, description = "Oldest time (RFC 3339); default: the start of the retention period"),
        ("to" = Option<String>, Query, description = "Newest time (RFC 3339); default: now. The range may span at most the retention period"),
        ("activity" = Option<String>, Query, description = "`policy_change`, `blocked_from_reset`, `self_service_change`, `admin_reset`, `self_service_reset`, `flow_progress`, `self_service_unlock`, `user_registered`, `admin_unlock`, `import` or `lockout`"),
        ("outcome" = Option<String>, Query, description = "`success`, `failure`, `locked` or `blocked`"),
        ("user" = Option<String>, Query, description = "The id of the account acted on"),
        ("actor" = Option<String>, Query, description = "The id of the user who acted"),
        ("method" = Option<String>, Query, description = "`email`, `sms`, `voice`, `questions` or `authenticator`"),
        ("limit" = Option<u32>, Query, description = "1–500 (default 100); CSV ignores it and streams every matching row"),
        ("next" = Option<String>, Query, description = "The `next` of the previous page"),
    ),
    responses(
        (status = 200, description = "A page of events, newest first (a page may be short when filters skip many events, and `next` goes on); with `Accept: text/csv`, every matching event from `next` on as CSV, streamed",
            content((ResetActivityPage = "application/json"), (String = "text/csv"))),
        (status = 400, description = "`invalid_request`: an unknown filter, a malformed value, a reversed range or one longer than the retention period, or a cursor this API did not issue (`field` names it)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`forbidden`: not an administrator or report reader", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`service_unavailable`: the audit store could not be read", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn reset_activity(
    State(app): State<App>,
    Session(claims): Session,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let query = parse_query(&app, &query)?;
    if wants_csv(&headers) {
        return csv_export(app, claims, query).await;
    }
    let page = read_page(&app, &claims, &query).await?;
    Ok(Json(ResetActivityPage {
        events: page.events.into_iter().map(row).collect(),
        next: page.next.as_ref().map(encode_cursor),
    })
    .into_response())
}

async fn read_page(
    app: &App,
    claims: &Claims,
    query: &ActivityQuery,
) -> Result<latchkey_core::audit::ActivityPage, ApiError> {
    Ok(app.admin().reset_activity(&UserId::new(claims.sub.clone()), &claims.session(), query).await?)
}

/// Every matching row from the cursor on, one page of the store at a time,
/// so memory stays that of one page whatever the size of the export. The
/// first page is read before the status is sent, so a refusal is still a
/// problem; a failure later cuts the body short (the client sees an
/// incomplete transfer, never a silently shorter file).
async fn csv_export(app: App, claims: Claims, mut query: ActivityQuery) -> Result<Response, ApiError> {
    query.limit = PAGE_MAX;
    let first = read_page(&app, &claims, &query).await?;
    let rows: Vec<ResetActivityRow> = first.events.into_iter().map(row).collect();
    let head = csv_bytes(&rows, true).map_err(failed)?;
    let state = (app, claims, query, first.next);
    let rest = futures::stream::try_unfold(state, |(app, claims, mut query, next)| async move {
        let Some(after) = next else { return Ok(None) };
        query.after = Some(after);
        let page = read_page(&app, &claims, &query).await.inspect_err(|e| {
            tracing::error!(error = %e, "a report export stopped part way");
        })?;
        let rows: Vec<ResetActivityRow> = page.events.into_iter().map(row).collect();
        let bytes = csv_bytes(&rows, false).map_err(failed)?;
        Ok::<_, ApiError>(Some((bytes::Bytes::from(bytes), (app, claims, query, page.next))))
    });
    let body = futures::stream::once(async move { Ok::<_, ApiError>(bytes::Bytes::from(head)) }).chain(rest);
    Ok((
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"reset-activity.csv\""),
        ],
        Body::from_stream(body),
    )
        .into_response())
}
