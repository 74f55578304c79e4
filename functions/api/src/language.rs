//! The language a request is answered in: `?lang=` first (a link that names
//! its language wins over the browser), then `Accept-Language` (q-values
//! honoured), then English. Every route takes `lang`: the layer removes it
//! from the query before a route's own parameters are parsed (they refuse
//! names they do not know), keeps the language for the request's problem
//! details and wording, and names it in `Content-Language`.

use axum::extract::Request;
use axum::http::{HeaderValue, Uri, header};
use axum::middleware::Next;
use axum::response::Response;
use fluent_langneg::{LanguageIdentifier, NegotiationStrategy, negotiate_languages};
use latchkey_core::model::language::Language;

tokio::task_local! {
    static REQUEST_LANGUAGE: Language;
}

/// The language of the request being answered (English outside one).
pub fn current() -> Language {
    REQUEST_LANGUAGE.try_with(|l| *l).unwrap_or_default()
}

/// Runs `work` in `language`: for what a response does after its handler
/// has returned (a streamed export's later pages), outside the request's scope.
pub async fn within<F: std::future::Future>(language: Language, work: F) -> F::Output {
    REQUEST_LANGUAGE.scope(language, work).await
}

/// The query parameter every route takes.
pub const PARAMETER: &str = "lang";

/// The best of the seven for an `Accept-Language` header: its ranges in
/// order of quality (`q=0` refused), each matched by Fluent's negotiation
/// (`de-CH` finds `de`); `None` when none fits.
pub fn negotiate(accept: &str) -> Option<Language> {
    let mut ranges: Vec<(f32, usize, &str)> = accept
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q=").map(|v| v.trim().parse::<f32>().unwrap_or(0.0)))
                .unwrap_or(1.0);
            (!tag.is_empty() && tag != "*" && q > 0.0).then_some((q, i, tag))
        })
        .collect();
    // Best quality first; equal qualities keep the order they were sent in.
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let available: Vec<LanguageIdentifier> =
        Language::ALL.iter().filter_map(|l| l.tag().parse().ok()).collect();
    ranges.into_iter().find_map(|(_, _, tag)| {
        let requested: LanguageIdentifier = tag.parse().ok()?;
        let found = negotiate_languages(&[requested], &available, None, NegotiationStrategy::Lookup);
        found.first().and_then(|id| Language::parse(&id.to_string()).ok())
    })
}

/// `lang` out of a query string: the language it names (when it is one of
/// the seven) and the query without it.
fn take_parameter(query: &str) -> (Option<Language>, String) {
    let mut named = None;
    let mut rest = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        if name == PARAMETER {
            let value: String = form_urlencoded::parse(format!("v={value}").as_bytes())
                .next()
                .map(|(_, v)| v.into_owned())
                .unwrap_or_default();
            named = named.or_else(|| negotiate(&value));
        } else {
            rest.push(pair);
        }
    }
    (named, rest.join("&"))
}

/// The layer: decides the request's language, answers in it.
pub async fn speak(mut request: Request, next: Next) -> Response {
    let mut language = None;
    if let Some(query) = request.uri().query()
        && query.split('&').any(|p| p.split('=').next() == Some(PARAMETER))
    {
        let (named, rest) = take_parameter(query);
        language = named;
        let path = request.uri().path();
        let path_and_query = if rest.is_empty() { path.to_owned() } else { format!("{path}?{rest}") };
        let mut parts = request.uri().clone().into_parts();
        if let Ok(pq) = path_and_query.parse() {
            parts.path_and_query = Some(pq);
            if let Ok(uri) = Uri::from_parts(parts) {
                *request.uri_mut() = uri;
            }
        }
    }
    let language = language
        .or_else(|| {
            let accept = request.headers().get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
            negotiate(accept)
        })
        .unwrap_or_default();
    request.extensions_mut().insert(language);
    let mut response = REQUEST_LANGUAGE.scope(language, next.run(request)).await;
    response.headers_mut().insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(language.tag()));
    // A cache keeps one answer per language asked for.
    response.headers_mut().append(header::VARY, HeaderValue::from_static("accept-language"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_best_of_the_seven_by_quality() {
        assert_eq!(negotiate("de-CH,de;q=0.9"), Some(Language::De));
        assert_eq!(negotiate("fr-CA,fr;q=0.9,en;q=0.8"), Some(Language::Fr));
        assert_eq!(negotiate("nl, de;q=0.5, en;q=0.4"), Some(Language::De));
        assert_eq!(negotiate("en;q=0.2, ja"), Some(Language::Ja));
        assert_eq!(negotiate("pt-BR"), Some(Language::Pt));
        assert_eq!(negotiate("ar-EG;q=0.8, ja;q=0"), Some(Language::Ar));
        assert_eq!(negotiate("zz, *"), None);
        assert_eq!(negotiate(""), None);
    }

    #[test]
    fn lang_leaves_the_query_and_names_the_language() {
        assert_eq!(take_parameter("limit=5&lang=ja&from=x"), (Some(Language::Ja), "limit=5&from=x".into()));
        assert_eq!(take_parameter("lang=pt-BR"), (Some(Language::Pt), String::new()));
        assert_eq!(take_parameter("lang=nl&limit=5"), (None, "limit=5".into()));
        assert_eq!(take_parameter("language=de"), (None, "language=de".into()));
    }
}
