//! `/v1/admin/wording/{lang}…`: the organisation's own words for the
//! messages Latchkey sends (emails, texts, calls, notices), per language.
//! The language is a path segment, not `?lang=`: it names which words are
//! read or changed, while `?lang=` (taken by the language middleware) names
//! the language the answer's own problems are worded in — an administrator
//! reading the console in English edits the French words.

use axum::Json;
use axum::extract::{Path, State};
use latchkey_core::messaging::wording::{Kind, Message};
use latchkey_core::model::error::Error;
use latchkey_core::model::language::Language;
use latchkey_core::model::values::ParseError;
use latchkey_dto::{SetWordingRequest, Wording, WordingKind, WordingMessage};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::app::App;
use crate::extract::{ApiJson, Meta, Principal, Session};
use crate::problem::ApiError;

/// This room's routes, part of the admin group.
pub fn routes() -> OpenApiRouter<App> {
    OpenApiRouter::new().routes(routes!(wording)).routes(routes!(set_wording, restore_wording))
}

/// The language a path names: exactly one of the seven tags.
/// An id that names no message whose words can be changed is not there
/// (404), as any other unknown resource in a path.
fn unknown_id(err: Error) -> ApiError {
    match err {
        Error::InvalidInput(p) if p.field == "id" => ApiError::NotFound,
        other => other.into(),
    }
}

fn language(tag: &str) -> Result<Language, Error> {
    Language::ALL.into_iter().find(|l| l.tag() == tag).ok_or_else(|| {
        Error::InvalidInput(ParseError::new("language", "must be one of en, fr, de, es, pt, ja, ar"))
    })
}

fn message(m: Message) -> WordingMessage {
    WordingMessage {
        id: m.id,
        kind: match m.kind {
            Kind::Email => WordingKind::Email,
            Kind::Text => WordingKind::Text,
            Kind::Call => WordingKind::Call,
            Kind::Notice => WordingKind::Notice,
        },
        default: m.default,
        custom: m.text,
        placeholders: m.placeholders,
    }
}

/// Every message the organisation may word itself in `lang`: the
/// catalogue's words, the organisation's, and the placeholders (problem
/// details are not among them: they are always the catalogue's).
#[utoipa::path(get, path = "/v1/admin/wording/{lang}", tag = "admin", security(("bearer" = [])),
    params(("lang" = latchkey_dto::Language, Path, description = "The language whose words are read: en, fr, de, es, pt, ja or ar")),
    responses(
        (status = 200, description = "The messages", body = Wording),
        (status = 400, description = "`invalid_request`, `field` `language`: not one of the seven"),
        (status = 403, description = "`forbidden`: not an administrator"),
    ))]
pub async fn wording(
    State(app): State<App>,
    Principal(caller): Principal,
    Path(lang): Path<String>,
) -> Result<Json<Wording>, ApiError> {
    let lang = language(&lang)?;
    let messages = app.admin().wording(&caller, lang).await?;
    Ok(Json(Wording {
        language: super::super::convert::language(lang),
        messages: messages.into_iter().map(message).collect(),
    }))
}

/// Sets the organisation's words for one message in one language (audited
/// naming the message and the language, not the words); every message sent
/// in that language uses them from then on.
#[utoipa::path(put, path = "/v1/admin/wording/{lang}/{id}", tag = "admin", request_body = SetWordingRequest,
    security(("bearer" = [])),
    params(
        ("lang" = latchkey_dto::Language, Path, description = "en, fr, de, es, pt, ja or ar"),
        ("id" = String, Path, description = "The message's id, as `GET /v1/admin/wording/{lang}` lists it"),
    ),
    responses(
        (status = 200, description = "Saved", body = WordingMessage),
        (status = 400, description = "`invalid_request` naming the field: `language` not one of the seven, `text` empty, over 2,000 characters, not valid Fluent or using a placeholder the message does not have; nothing changed"),
        (status = 404, description = "`not_found`: `id` is not a message whose words can be changed"),
        (status = 403, description = "`forbidden`: administrators only"),
    ))]
pub async fn set_wording(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path((lang, id)): Path<(String, String)>,
    ApiJson(body): ApiJson<SetWordingRequest>,
) -> Result<Json<WordingMessage>, ApiError> {
    let lang = language(&lang)?;
    let saved = app
        .admin()
        .set_wording(&me.id, &me.token, lang, &id, Some(&body.text), &meta)
        .await
        .map_err(unknown_id)?;
    Ok(Json(message(saved)))
}

/// Restores the catalogue's words for one message in one language (audited).
#[utoipa::path(delete, path = "/v1/admin/wording/{lang}/{id}", tag = "admin", security(("bearer" = [])),
    params(
        ("lang" = latchkey_dto::Language, Path, description = "en, fr, de, es, pt, ja or ar"),
        ("id" = String, Path, description = "The message's id"),
    ),
    responses(
        (status = 200, description = "Restored: the message, its override `null`", body = WordingMessage),
        (status = 400, description = "`invalid_request` naming `language`"),
        (status = 404, description = "`not_found`: `id` is not a message whose words can be changed"),
        (status = 403, description = "`forbidden`: administrators only"),
    ))]
pub async fn restore_wording(
    State(app): State<App>,
    Session(me): Session,
    Meta(meta): Meta,
    Path((lang, id)): Path<(String, String)>,
) -> Result<Json<WordingMessage>, ApiError> {
    let lang = language(&lang)?;
    let restored =
        app.admin().set_wording(&me.id, &me.token, lang, &id, None, &meta).await.map_err(unknown_id)?;
    Ok(Json(message(restored)))
}
