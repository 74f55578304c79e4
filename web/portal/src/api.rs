//! The typed REST client: every call takes and returns the server's own DTOs.

use latchkey_dto::ProblemCode;
use latchkey_dto::{
    AcceptInvitationRequest, ChallengeRequest, ChallengeResponse, ChangePasswordRequest, CodeSent,
    ConfirmMethodsRequest, CustomQuestions, CustomQuestionsSaved, MeResponse, PasswordPolicy,
    PasswordPolicyImpact, Problem, PublicConfig, QuestionAnswer, RegisterEmailRequest, RegisterMobileRequest,
    RegisterQuestionsRequest, ResetPasswordRequest, SecurityQuestionsResponse, SignInRequest, SignInResponse,
    StartResetRequest, StartResetResponse, UnlockRequest, UpdateCustomQuestionsRequest,
    UpdatePasswordPolicyRequest, VerifyMethodRequest, VerifyRequest, VerifyResponse,
};
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
}

pub async fn public_config() -> Result<PublicConfig, ApiError> {
    json(send::<()>("GET", "/v1/config/public", None, None).await?)
}

pub async fn sign_in(body: &SignInRequest) -> Result<SignInResponse, ApiError> {
    json(send("POST", "/v1/sessions", Some(body), None).await?)
}

pub async fn accept_invitation(body: &AcceptInvitationRequest) -> Result<(), ApiError> {
    send("POST", "/v1/invitations/accept", Some(body), None).await.map(drop)
}

pub async fn change_password(token: &str, body: &ChangePasswordRequest) -> Result<(), ApiError> {
    send("POST", "/v1/password/change", Some(body), Some(token)).await.map(drop)
}

pub async fn start_reset(body: &StartResetRequest) -> Result<StartResetResponse, ApiError> {
    json(send("POST", "/v1/resets", Some(body), None).await?)
}

pub async fn challenge(reset_id: &str, body: &ChallengeRequest) -> Result<ChallengeResponse, ApiError> {
    json(send("POST", &reset_path(reset_id, "challenges"), Some(body), None).await?)
}

pub async fn verify(reset_id: &str, body: &VerifyRequest) -> Result<VerifyResponse, ApiError> {
    json(send("POST", &reset_path(reset_id, "verifications"), Some(body), None).await?)
}

pub async fn reset_password(reset_id: &str, body: &ResetPasswordRequest) -> Result<(), ApiError> {
    send("POST", &reset_path(reset_id, "password"), Some(body), None).await.map(drop)
}

pub async fn unlock(reset_id: &str) -> Result<(), ApiError> {
    send("POST", &reset_path(reset_id, "unlock"), Some(&UnlockRequest {}), None).await.map(drop)
}

pub async fn me(token: &str) -> Result<MeResponse, ApiError> {
    json(send::<()>("GET", "/v1/me", None, Some(token)).await?)
}

/// `kind` is `email` or `mobile`; `target` the address or E.164 number.
pub async fn register_contact(token: &str, kind: &str, target: &str) -> Result<CodeSent, ApiError> {
    let path = format!("/v1/me/methods/{kind}");
    let text = if kind == "email" {
        send(
            "PUT",
            &path,
            Some(&RegisterEmailRequest { address: target.to_owned(), current_password: None }),
            Some(token),
        )
        .await?
    } else {
        send(
            "PUT",
            &path,
            Some(&RegisterMobileRequest { phone: target.to_owned(), current_password: None }),
            Some(token),
        )
        .await?
    };
    json(text)
}

pub async fn verify_contact(token: &str, kind: &str, code: &str) -> Result<(), ApiError> {
    let body = VerifyMethodRequest { code: code.to_owned() };
    send("POST", &format!("/v1/me/methods/{kind}/verify"), Some(&body), Some(token)).await.map(drop)
}

/// `kind` is `email`, `mobile` or `questions`.
pub async fn remove_method(token: &str, kind: &str) -> Result<(), ApiError> {
    send::<()>("DELETE", &format!("/v1/me/methods/{kind}"), None, Some(token)).await.map(drop)
}

pub async fn confirm_methods(token: &str) -> Result<(), ApiError> {
    send("POST", "/v1/me/methods/confirm", Some(&ConfirmMethodsRequest {}), Some(token)).await.map(drop)
}

pub async fn security_questions() -> Result<SecurityQuestionsResponse, ApiError> {
    json(send::<()>("GET", "/v1/security-questions", None, None).await?)
}

pub async fn register_questions(token: &str, answers: Vec<QuestionAnswer>) -> Result<(), ApiError> {
    let body = RegisterQuestionsRequest { answers, current_password: None };
    send("PUT", "/v1/me/security-questions", Some(&body), Some(token)).await.map(drop)
}

pub async fn password_policy(token: &str) -> Result<PasswordPolicy, ApiError> {
    json(send::<()>("GET", "/v1/admin/password-policy", None, Some(token)).await?)
}

pub async fn preview_password_policy(
    token: &str,
    body: &PasswordPolicy,
) -> Result<PasswordPolicyImpact, ApiError> {
    json(send("POST", "/v1/admin/password-policy/preview", Some(body), Some(token)).await?)
}

pub async fn save_password_policy(
    token: &str,
    body: &UpdatePasswordPolicyRequest,
) -> Result<PasswordPolicyImpact, ApiError> {
    json(send("PUT", "/v1/admin/password-policy", Some(body), Some(token)).await?)
}

pub async fn custom_questions(token: &str) -> Result<CustomQuestions, ApiError> {
    json(send::<()>("GET", "/v1/admin/security-questions", None, Some(token)).await?)
}

pub async fn save_custom_questions(
    token: &str,
    body: &UpdateCustomQuestionsRequest,
) -> Result<CustomQuestionsSaved, ApiError> {
    json(send("PUT", "/v1/admin/security-questions", Some(body), Some(token)).await?)
}

fn reset_path(reset_id: &str, action: &str) -> String {
    let id = String::from(js_sys::encode_uri_component(reset_id));
    format!("/v1/resets/{id}/{action}")
}

fn json<T: DeserializeOwned>(text: String) -> Result<T, ApiError> {
    serde_json::from_str(&text).map_err(|_| ApiError::Unexpected(200))
}

/// Sends one request to the same origin and returns the body of a 2xx answer.
async fn send<B: Serialize>(
    method: &str,
    path: &str,
    body: Option<&B>,
    token: Option<&str>,
) -> Result<String, ApiError> {
    let headers = Headers::new().map_err(|_| ApiError::Network)?;
    let _ = headers.set("accept", "application/json, application/problem+json");
    let init = RequestInit::new();
    init.set_method(method);
    // Same origin only; the session token travels in a header, never a cookie.
    init.set_credentials(RequestCredentials::SameOrigin);
    if let Some(body) = body {
        let text = serde_json::to_string(body).map_err(|_| ApiError::Unexpected(0))?;
        let _ = headers.set("content-type", "application/json");
        init.set_body(&JsValue::from_str(&text));
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
