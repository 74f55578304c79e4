//! The reports as CSV: the columns, cells a spreadsheet will not run, and
//! a download streamed a page at a time.

use axum::body::Body;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures::StreamExt;
use latchkey_dto::{NotRegisteredRow, ResetActivityRow};

use crate::problem::ApiError;

/// The CSV columns, in the order of [`ResetActivityRow`]'s fields but
/// `actor_name` and the plain words, which came later and go last (so a
/// reader of the first twelve columns reads them as before).
pub(super) const COLUMNS: [&str; 16] = [
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
    "actor_name",
    "action_text",
    "outcome_text",
    "reason_text",
];

use crate::spreadsheet::cell;

/// An activity row as CSV cells, in the order of [`COLUMNS`].
pub(super) fn csv_record(row: &ResetActivityRow) -> [String; 16] {
    let opt = |v: &Option<String>| cell(v.as_deref().unwrap_or_default());
    [
        cell(&row.id),
        row.at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        cell(&row.activity),
        cell(&row.action),
        opt(&row.actor),
        opt(&row.target),
        opt(&row.target_name),
        cell(&row.outcome),
        opt(&row.reason),
        cell(&row.methods.join(";")),
        opt(&row.client_ip),
        opt(&row.user_agent),
        opt(&row.actor_name),
        cell(&row.words.action_text),
        cell(&row.words.outcome_text),
        opt(&row.words.reason_text),
    ]
}

/// The columns of the not-registered list, in the order of its records.
pub(super) const NOT_REGISTERED_COLUMNS: [&str; 4] = ["id", "username", "display_name", "groups"];

/// A user who has not registered, as CSV cells.
pub(super) fn not_registered_record(row: &NotRegisteredRow) -> [String; 4] {
    [cell(&row.id), cell(&row.username), cell(&row.display_name), cell(&row.groups.join(";"))]
}

/// `header` (when not empty) and `records` as CSV.
pub(super) fn csv_bytes<R: IntoIterator<Item = String>>(
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

/// A CSV that could not be written, as the internal error it is.
pub(super) fn failed(e: csv::Error) -> ApiError {
    ApiError::Domain(latchkey_core::Error::Internal(latchkey_core::PortError::Failed {
        what: "report export",
        source: Box::new(e),
    }))
}

/// Whether the client asked for CSV (`Accept: text/csv`).
pub(super) fn wants_csv(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|v| v.split(';').next().is_some_and(|media| media.trim().eq_ignore_ascii_case("text/csv")))
}

/// A CSV download: `head` (already read, so a refusal was still a
/// problem), then `rest` as it comes.
pub(super) fn csv_response(
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
