//! One same-origin `fetch` for every call either app makes. The session token
//! travels in a header, never a cookie; a failure comes back as the server's
//! own problem document whenever there is one.

use latchkey_dto::{Problem, ProblemCode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Headers, Request, RequestCredentials, RequestInit, Response};

/// Why a call did not succeed, in the terms the pages need.
#[derive(Debug, Clone)]
pub enum ApiError {
    /// The server answered with a problem document.
    Problem(Box<Problem>),
    /// No answer: offline, DNS, connection refused, CORS.
    Network,
    /// An answer that is not the contract (a proxy's HTML error page, say).
    Unexpected(u16),
}

impl ApiError {
    pub fn code(&self) -> Option<ProblemCode> {
        match self {
            ApiError::Problem(p) => Some(p.code),
            _ => None,
        }
    }

    /// The problem document, when the server sent one.
    pub fn problem(&self) -> Option<&Problem> {
        match self {
            ApiError::Problem(p) => Some(p),
            _ => None,
        }
    }
}

/// A request body: JSON from a DTO, or text in a named media type (a CSV upload).
pub enum Body<'a, B: Serialize> {
    None,
    Json(&'a B),
    Text { content_type: &'a str, text: &'a str },
}

/// Reads a 2xx answer's body as `T`.
pub fn json<T: DeserializeOwned>(text: String) -> Result<T, ApiError> {
    serde_json::from_str(&text).map_err(|_| ApiError::Unexpected(200))
}

/// `/v1/admin/users/{id}/unlock` with each dynamic part percent-encoded.
pub fn path(parts: &[&str]) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        // Even entries are literal, odd ones are values from data.
        if i % 2 == 0 {
            out.push_str(part);
        } else {
            out.push_str(&String::from(js_sys::encode_uri_component(part)));
        }
    }
    out
}

/// Sends a JSON request (or none) to the same origin; the body of a 2xx answer.
pub async fn send<B: Serialize>(
    method: &str,
    path: &str,
    body: Option<&B>,
    token: Option<&str>,
) -> Result<String, ApiError> {
    let body = match body {
        Some(b) => Body::Json(b),
        None => Body::None,
    };
    send_body(method, path, body, token).await
}

/// Sends one request to the same origin and returns the body of a 2xx answer.
pub async fn send_body<B: Serialize>(
    method: &str,
    path: &str,
    body: Body<'_, B>,
    token: Option<&str>,
) -> Result<String, ApiError> {
    request(method, path, body, token, "application/json, application/problem+json").await
}

/// A `GET` asking for CSV (a report that also answers JSON picks by `Accept`);
/// the file's text, or the problem when refused.
pub async fn get_csv(path: &str, token: Option<&str>) -> Result<String, ApiError> {
    request::<()>("GET", path, Body::None, token, "text/csv, application/problem+json").await
}

async fn request<B: Serialize>(
    method: &str,
    path: &str,
    body: Body<'_, B>,
    token: Option<&str>,
    accept: &str,
) -> Result<String, ApiError> {
    let headers = Headers::new().map_err(|_| ApiError::Network)?;
    let _ = headers.set("accept", accept);
    // The server answers its problem texts in the page's language.
    let _ = headers.set("accept-language", crate::i18n::lang().tag());
    let init = RequestInit::new();
    init.set_method(method);
    init.set_credentials(RequestCredentials::SameOrigin);
    match body {
        Body::None => {}
        Body::Json(body) => {
            let text = serde_json::to_string(body).map_err(|_| ApiError::Unexpected(0))?;
            let _ = headers.set("content-type", "application/json");
            init.set_body(&JsValue::from_str(&text));
        }
        Body::Text { content_type, text } => {
            let _ = headers.set("content-type", content_type);
            init.set_body(&JsValue::from_str(text));
        }
    }
    if let Some(token) = token {
        let _ = headers.set("authorization", &format!("Bearer {token}"));
    }
    init.set_headers(&headers);
    let request = Request::new_with_str_and_init(path, &init).map_err(|_| ApiError::Network)?;
    let window = web_sys::window().ok_or(ApiError::Network)?;
    let response: Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|_| ApiError::Network)?
        .dyn_into()
        .map_err(|_| ApiError::Network)?;
    let status = response.status();
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|v| v.as_string()).unwrap_or_default(),
        Err(_) => String::new(),
    };
    if (200..300).contains(&status) {
        return Ok(text);
    }
    match serde_json::from_str::<Problem>(&text) {
        Ok(problem) => Err(ApiError::Problem(Box::new(problem))),
        Err(_) => Err(ApiError::Unexpected(status)),
    }
}
