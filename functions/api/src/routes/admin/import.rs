//! `POST /v1/admin/users/import` and `GET /v1/admin/users/export`: users in
//! bulk, as CSV (a header row, then one user a row; lists within a cell are
//! separated by `;`) or as JSON lines, one object a line with the same
//! names. Export writes the format import reads.

use std::collections::HashMap;

use axum::Json;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures::StreamExt;
use latchkey_core::admin::import::{ImportMode, ImportRow, RowOutcome, RowResult};
use latchkey_dto::ImportReport;
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::convert;
use crate::app::App;
use crate::extract::{ApiQuery, Meta, Session};
use crate::problem::ApiError;

/// An import request's body: at most 2 MiB and 10,000 rows (the console
/// sends a larger file in parts, and shows their progress).
pub const IMPORT_MAX_BYTES: usize = 2 * 1024 * 1024;
pub const IMPORT_MAX_ROWS: usize = 10_000;
/// Rows imported at once: enough to hide the store's latency, few enough
/// that an import does not crowd out sign-ins.
const PARALLEL_ROWS: usize = 16;

/// The columns, in export order; import takes them in any order, only
/// `username` is required. An empty `language` cell leaves the user's as it is.
pub const COLUMNS: [&str; 10] = [
    "username",
    "display_name",
    "first_name",
    "last_name",
    "emails",
    "mobile",
    "office_phone",
    "groups",
    "roles",
    "language",
];

/// This room's routes, part of the admin group.
pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new().routes(routes!(import)).routes(routes!(export))
}

fn list(cell: &str) -> Vec<String> {
    cell.split(';').map(|v| v.trim().to_owned()).filter(|v| !v.is_empty()).collect()
}

fn bad(field: &str, detail: impl Into<String>) -> ApiError {
    ApiError::InvalidRequest { field: Some(field.to_owned()), detail: detail.into() }
}

fn from_csv(bytes: &[u8]) -> Result<Vec<ImportRow>, ApiError> {
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).flexible(false).from_reader(bytes);
    let headers = reader.headers().map_err(|_| bad("header", "the first row must name the columns"))?.clone();
    let mut at = HashMap::new();
    for (i, name) in headers.iter().enumerate() {
        let name = name.trim().to_ascii_lowercase();
        if !COLUMNS.contains(&name.as_str()) {
            return Err(bad(
                "header",
                format!("{name:?} is not a column; the columns are {}", COLUMNS.join(", ")),
            ));
        }
        if at.insert(name.clone(), i).is_some() {
            return Err(bad("header", format!("{name} appears twice")));
        }
    }
    if !at.contains_key("username") {
        return Err(bad("header", "a username column is required"));
    }
    let mut rows = Vec::new();
    for (n, record) in reader.records().enumerate() {
        let line = n + 2;
        let record = record.map_err(|e| {
            bad("body", format!("line {line} is not CSV this import reads ({})", csv_reason(&e)))
        })?;
        // A cell as an export wrote it reads back to the value it held.
        let cell = |name: &str| {
            crate::spreadsheet::value(at.get(name).and_then(|i| record.get(*i)).unwrap_or_default())
                .to_owned()
        };
        rows.push(ImportRow {
            line,
            username: cell("username"),
            display_name: cell("display_name"),
            first_name: cell("first_name"),
            last_name: cell("last_name"),
            emails: list(&cell("emails")),
            mobile: cell("mobile"),
            office_phone: cell("office_phone"),
            groups: list(&cell("groups")),
            roles: list(&cell("roles")),
            language: cell("language"),
        });
        if rows.len() > IMPORT_MAX_ROWS {
            return Err(bad(
                "body",
                format!("at most {IMPORT_MAX_ROWS} rows a request; send the rest in another"),
            ));
        }
    }
    Ok(rows)
}

/// Why a record could not be read, without echoing its content.
fn csv_reason(err: &csv::Error) -> &'static str {
    match err.kind() {
        csv::ErrorKind::UnequalLengths { .. } => "a different number of cells than the header",
        csv::ErrorKind::Utf8 { .. } => "not UTF-8",
        _ => "malformed quoting",
    }
}

/// One JSON line: the same names as the CSV columns; lists as arrays.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonRow {
    username: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    first_name: String,
    #[serde(default)]
    last_name: String,
    #[serde(default)]
    emails: Vec<String>,
    #[serde(default)]
    mobile: String,
    #[serde(default)]
    office_phone: String,
    #[serde(default)]
    groups: Vec<String>,
    #[serde(default)]
    roles: Vec<String>,
    /// Left out, `null` or empty: the user's language stays as it is.
    #[serde(default)]
    language: Option<String>,
}

fn from_json_lines(bytes: &[u8]) -> Result<Vec<ImportRow>, ApiError> {
    let text = std::str::from_utf8(bytes).map_err(|_| bad("body", "the body is not UTF-8"))?;
    let mut rows = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let row: JsonRow = serde_json::from_str(raw)
            .map_err(|_| bad("body", format!("line {line} is not a user object of the import's fields")))?;
        rows.push(ImportRow {
            line,
            username: row.username,
            display_name: row.display_name,
            first_name: row.first_name,
            last_name: row.last_name,
            emails: row.emails,
            mobile: row.mobile,
            office_phone: row.office_phone,
            groups: row.groups,
            roles: row.roles,
            language: row.language.unwrap_or_default(),
        });
        if rows.len() > IMPORT_MAX_ROWS {
            return Err(bad(
                "body",
                format!("at most {IMPORT_MAX_ROWS} rows a request; send the rest in another"),
            ));
        }
    }
    Ok(rows)
}

/// How an import runs.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ImportOptions {
    /// `true` (default): write nothing, report what would happen; `false`: import
    dry_run: Option<bool>,
    /// `true`: email each user the import creates an invitation to set a password (the row's `reason` says where it went, or why not); default `false`
    invite: Option<bool>,
}

/// Creates or updates users from a file, one row at a time, upserting by
/// username. `dry_run=true` (the default) writes nothing and says what a
/// real run would do; a real run writes every good row whole and none of a
/// bad one, and running it again changes nothing. New users get no password:
/// `invite=true` sends each an invitation to set one.
#[utoipa::path(post, path = "/v1/admin/users/import", tag = "admin",
    security(("bearer" = [])),
    params(ImportOptions),
    request_body(content = String, description = "CSV with a header row (`username`, `display_name`, `first_name`, `last_name`, `emails`, `mobile`, `office_phone`, `groups`, `roles`, `language`; lists separated by `;`; an empty `language` leaves the user's as it is), or JSON lines of the same fields", content_type = "text/csv"),
    responses(
        (status = 200, description = "Every row's result, with totals", body = ImportReport),
        (status = 400, description = "`invalid_request`: an unknown or missing column (`field`: `header`), unreadable CSV or JSON (`body`), more than 10,000 rows, a bad `dry_run`; nothing written"),
        (status = 403, description = "`forbidden`: only administrators import"),
        (status = 413, description = "`payload_too_large`: over 2 MiB"),
        (status = 415, description = "`unsupported_media_type`: not text/csv or application/x-ndjson"),
    ))]
pub async fn import(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    ApiQuery(options): ApiQuery<ImportOptions>,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<ImportReport>, ApiError> {
    let dry_run = options.dry_run.unwrap_or(true);
    let mode = ImportMode { dry_run, invite: options.invite.unwrap_or(false) };
    let mime = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let json_lines = match mime.as_str() {
        "text/csv" => false,
        "application/x-ndjson" | "application/jsonl" => true,
        _ => return Err(ApiError::UnsupportedMediaType),
    };
    let (me, settings) = app.admin().import_operator(&me.id, &me.token).await?;
    let bytes = axum::body::to_bytes(body, IMPORT_MAX_BYTES).await.map_err(|_| ApiError::PayloadTooLarge)?;
    let rows = if json_lines { from_json_lines(&bytes)? } else { from_csv(&bytes)? };
    // Owned per row: the handler's future must not hold borrows across rows.
    let shared = std::sync::Arc::new((app.admin().clone(), me, settings, meta));
    let results: Vec<RowResult> = futures::stream::iter(rows)
        .map(|row| {
            let shared = shared.clone();
            async move {
                let (admin, me, settings, meta) = &*shared;
                admin.import_row(me, settings, &row, mode, meta).await
            }
        })
        .buffered(PARALLEL_ROWS)
        .collect()
        .await;
    let count = |word: &str| {
        results
            .iter()
            .filter(|r| {
                matches!(
                    (&r.outcome, word),
                    (RowOutcome::Created, "created")
                        | (RowOutcome::Updated, "updated")
                        | (RowOutcome::Unchanged, "unchanged")
                        | (RowOutcome::Error { .. }, "error")
                )
            })
            .count()
    };
    Ok(Json(ImportReport {
        dry_run,
        created: count("created"),
        updated: count("updated"),
        unchanged: count("unchanged"),
        errors: count("error"),
        rows: results.into_iter().map(convert::import_row_result).collect(),
    }))
}

/// Every user, as CSV in the format the import reads (no passwords, hashes
/// or methods the users registered themselves).
#[utoipa::path(get, path = "/v1/admin/users/export", tag = "admin", security(("bearer" = [])),
    responses(
        (status = 200, description = "CSV, one user a row, in username order", body = String, content_type = "text/csv"),
        (status = 403, description = "`forbidden`: only administrators export"),
    ))]
pub async fn export(State(app): State<App>, Session(me): Session) -> Result<Response, ApiError> {
    let users = app.admin().export_users(&me.id, &me.token).await?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let failed = |e: csv::Error| {
        ApiError::Domain(latchkey_core::Error::Internal(latchkey_core::PortError::Failed {
            what: "export",
            source: Box::new(e),
        }))
    };
    writer.write_record(COLUMNS).map_err(failed)?;
    for user in users {
        let join = |items: Vec<String>| items.join(";");
        let record = [
            user.username.to_string(),
            user.display_name.clone(),
            user.first_name.clone(),
            user.last_name.clone(),
            join(user.emails.iter().map(|e| e.as_str().to_owned()).collect()),
            user.phones.first().map(|p| p.as_str().to_owned()).unwrap_or_default(),
            user.registration.office_phone.as_ref().map(|p| p.as_str().to_owned()).unwrap_or_default(),
            join(user.groups.iter().map(|g| g.to_string()).collect()),
            join(user.privileged_roles().into_iter().map(str::to_owned).collect()),
            user.language.map(|l| l.tag().to_owned()).unwrap_or_default(),
        ];
        // Every cell, whoever set its value, is one a spreadsheet will not run.
        writer.write_record(record.iter().map(|v| crate::spreadsheet::cell(v))).map_err(failed)?;
    }
    let body = writer.into_inner().map_err(|e| failed(e.into_error().into()))?;
    Ok((
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"users.csv\""),
        ],
        body,
    )
        .into_response())
}
