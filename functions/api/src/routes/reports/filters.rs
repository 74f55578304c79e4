//! What the reports take in their query strings, and the activity
//! report's filters as the core's query.

use chrono::{DateTime, Utc};
use latchkey_core::admin::reports::PAGE_MAX;
use latchkey_core::model::audit::{Activity, ActivityQuery, Outcome, Position, SearchText};
use latchkey_core::model::methods::MethodKind;
use latchkey_core::model::values::{ParseError, UserId};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::app::App;
use crate::problem::ApiError;
use crate::routes::paging::{decode_opaque, encode_opaque, page_limit};

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
    /// The account acted on: its id or its username
    user: Option<String>,
    /// Who acted: their id or their username
    actor: Option<String>,
    /// `email`, `sms`, `voice`, `questions` or `authenticator`
    method: Option<String>,
    /// Words (2–64 characters) the event's target name, reason, action or client address contains; case does not matter
    text: Option<String>,
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
        ActivityFilters { from, to, activity: None, outcome, user, actor, method, text: None, limit, next }
    }
}

/// A report over a range of time.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct Range {
    /// Oldest time (RFC 3339); default: 7 days before `to`
    pub(super) from: Option<String>,
    /// Newest time (RFC 3339); default: now
    pub(super) to: Option<String>,
}

/// A page of a list of people.
#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PeoplePage {
    /// 1–200 (default 50); CSV streams every row
    pub(super) limit: Option<u32>,
    /// The `next` of the previous page
    pub(super) next: Option<String>,
}

/// A report that takes no parameters (any one given is refused).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoParameters {}

/// What a cursor of this report starts with: another list's cursor is refused.
const CURSOR_TAG: &str = "ra1~";

/// A time a filter names.
pub(super) fn time(raw: Option<&str>, field: &'static str) -> Result<Option<DateTime<Utc>>, ParseError> {
    raw.map(|raw| {
        DateTime::parse_from_rfc3339(raw)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|_| ParseError::new(field, "must be an RFC 3339 time such as 2026-12-01T00:00:00Z"))
    })
    .transpose()
}

/// A user a filter names, by id or username (the report looks a name up).
fn user_id(raw: Option<String>, field: &'static str) -> Result<Option<UserId>, ParseError> {
    raw.map(|raw| {
        let ok = !raw.is_empty() && raw.len() <= 64 && raw.chars().all(|c| c.is_ascii_graphic());
        if ok { Ok(UserId::new(raw)) } else { Err(ParseError::new(field, "is not a user id or username")) }
    })
    .transpose()
}

/// A kind of verification method a filter names.
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

/// Where this report's next page starts, as the client passes it back.
pub(super) fn encode_cursor(position: &Position) -> String {
    encode_opaque(&format!("{CURSOR_TAG}{}", position.encode()))
}

/// A cursor `encode_cursor` gave.
fn decode_cursor(raw: &str) -> Result<Position, ParseError> {
    let text = decode_opaque(raw)?;
    let inner = text
        .strip_prefix(CURSOR_TAG)
        .ok_or_else(|| ParseError::new("next", "is not a cursor this API issued"))?;
    Position::decode(inner, "next")
}

/// The filters, parsed: every one named in its error.
pub(super) fn parse_query(
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
        text: query.text.as_deref().map(SearchText::parse).transpose()?,
        limit,
        after: query.next.as_deref().map(decode_cursor).transpose()?,
    })
}
