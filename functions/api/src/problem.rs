//! The mapping from errors to HTTP: every failure leaves as an RFC 9457
//! problem+json body with a stable `code`, except the OAuth token endpoint's
//! refusals, which are RFC 6749 §5.2 JSON (`routes::sessions::oauth`). 5xx
//! bodies say nothing internal; their cause chain is logged once, here.

use std::borrow::Cow;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use latchkey_core::Error;
use latchkey_dto::{Problem, ProblemCode, RejectionReason};

/// Every error a handler can return.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("invalid request: {detail}")]
    InvalidRequest { field: Option<String>, detail: String },
    #[error("request body too large")]
    PayloadTooLarge,
    #[error("unsupported media type")]
    UnsupportedMediaType,
    #[error("missing or invalid bearer token")]
    Unauthorized,
    #[error("the password must be changed first")]
    PasswordChangeRequired,
    #[error("not found")]
    NotFound,
    #[error("method not allowed")]
    MethodNotAllowed,
    #[error(transparent)]
    Domain(#[from] Error),
}

impl From<latchkey_core::model::values::ParseError> for ApiError {
    fn from(err: latchkey_core::model::values::ParseError) -> Self {
        ApiError::InvalidRequest {
            field: Some(err.field.to_string()),
            detail: crate::wording::explain(err.field, &err.message),
        }
    }
}

fn problem(status: StatusCode, code: ProblemCode, title: &str, detail: impl Into<String>) -> Problem {
    Problem {
        // A URN: stable and unique, and not pretending to be a page we serve.
        type_url: format!("urn:latchkey:problem:{}", code.as_str()),
        title: title.into(),
        status: status.as_u16(),
        detail: detail.into(),
        code,
        field: None,
        reasons: None,
        locked_until: None,
        retry_after: None,
        attempts_left: None,
        remaining: None,
        affected_users: None,
        alternatives: None,
        current_version: None,
    }
}

impl ApiError {
    /// The problem document for this error: its row of the table, then the
    /// members its kind carries.
    pub fn to_problem(&self) -> Problem {
        let (status, code, title, detail) = self.row();
        let mut problem = problem(status, code, title, detail);
        self.add_members(&mut problem);
        problem
    }

    /// What each kind of error answers: status, `code`, title and detail.
    /// One row a kind, and no catch-all: a new kind of error needs its row.
    #[rustfmt::skip]
    fn row(&self) -> (StatusCode, ProblemCode, &'static str, Cow<'static, str>) {
        use ProblemCode as C;
        use StatusCode as S;
        let (status, code, title, detail): (_, _, _, &'static str) = match self {
            ApiError::InvalidRequest { detail, .. } => return (S::BAD_REQUEST, C::InvalidRequest, "Invalid request", detail.clone().into()),
            ApiError::PayloadTooLarge => (S::PAYLOAD_TOO_LARGE, C::PayloadTooLarge, "Request body too large", "The request body must be at most 64 KiB."),
            ApiError::UnsupportedMediaType => (S::UNSUPPORTED_MEDIA_TYPE, C::UnsupportedMediaType, "Unsupported media type", "Send the body as application/json."),
            ApiError::Unauthorized => (S::UNAUTHORIZED, C::Unauthorized, "Not signed in", "Sign in again: the session is missing, expired or revoked."),
            ApiError::PasswordChangeRequired => (S::FORBIDDEN, C::PasswordChangeRequired, "Change your password first", "This session can only change the password (it expired, or an administrator set it). Change it, then go on."),
            ApiError::NotFound => (S::NOT_FOUND, C::NotFound, "Not found", "There is nothing at this address."),
            ApiError::MethodNotAllowed => (S::METHOD_NOT_ALLOWED, C::MethodNotAllowed, "Method not allowed", "This address does not accept that method."),
            ApiError::Domain(err) => match err {
                Error::InvalidInput(p) => return (S::BAD_REQUEST, C::InvalidRequest, "Invalid request", crate::wording::explain(p.field, &p.message).into()),
                Error::InvalidCredentials => (S::UNAUTHORIZED, C::InvalidCredentials, "Sign-in failed", "The username or password is incorrect."),
                Error::AccountLocked { .. } => (S::LOCKED, C::AccountLocked, "Account locked", "Too many failed sign-ins. Wait until the lock ends, or unlock the account with a self-service reset."),
                Error::AccountDisabled => (S::FORBIDDEN, C::AccountDisabled, "Account disabled", "This account is disabled. Contact your administrator."),
                Error::Unauthenticated => return ApiError::Unauthorized.row(),
                Error::PasswordRejected(_) => (S::UNPROCESSABLE_ENTITY, C::PasswordRejected, "Password not accepted", "The new password does not meet the password policy; see reasons."),
                Error::ResetExpired => (S::GONE, C::ResetExpired, "Reset expired", "This reset has expired or was already used. Start again."),
                Error::ResetIncomplete { .. } => (S::CONFLICT, C::ResetIncomplete, "Verification incomplete", "Prove the required methods before choosing what to do."),
                Error::UnknownMethod => (S::BAD_REQUEST, C::InvalidRequest, "Invalid request", "method_id is not one of this reset's methods"),
                Error::ChallengeRequired => (S::CONFLICT, C::ChallengeRequired, "No code pending", "No code is waiting for this method. Ask for a new code."),
                Error::CodeExpired => (S::GONE, C::CodeExpired, "Code expired", "This code has expired. Ask for a new code."),
                Error::CodeInvalid { .. } => (S::BAD_REQUEST, C::CodeInvalid, "Wrong code", "The code is not right. Check it and try again."),
                Error::UserNotFound => (S::NOT_FOUND, C::UserNotFound, "No such user", "There is no user by that name or id."),
                Error::Forbidden => (S::FORBIDDEN, C::Forbidden, "Not allowed", "Your role does not allow this (a helpdesk never acts on privileged users)."),
                Error::VersionConflict { .. } => (S::CONFLICT, C::VersionConflict, "Changed by someone else", "This user changed since you read it. Read it again, then redo your edit."),
                Error::InvitationInvalid => (S::GONE, C::InvitationInvalid, "Invitation not valid", "This code is wrong, was already used or has expired. Check it, or ask your administrator for a new invitation."),
                Error::VerificationRequired => (S::FORBIDDEN, C::VerificationRequired, "Check who the user is first", "Send the user a code (POST …/verification), have them read it out, and enter it (…/verification/check); then reset or unlock."),
                Error::GroupNotFound => (S::NOT_FOUND, C::GroupNotFound, "No such group", "There is no group by that name."),
                Error::GroupExists => (S::CONFLICT, C::GroupExists, "Group exists", "Another group has this name."),
                Error::UsernameTaken => (S::CONFLICT, C::UsernameTaken, "Username taken", "Another user has this username."),
                Error::TemporaryPasswordExpired => (S::UNAUTHORIZED, C::TemporaryPasswordExpired, "Temporary password expired", "This temporary password has expired. Ask your administrator for a new one."),
                Error::PolicyStrandsUsers { .. } => (S::CONFLICT, C::PolicyStrandsUsers, "Users would lose self-service reset", "This change leaves some users unable to reset their password. Preview it, then save with accept_impact."),
                Error::PolicyExpiresPasswords { .. } => (S::CONFLICT, C::PolicyExpiresPasswords, "Passwords would expire at once", "This maximum age expires some users' passwords now: they must change them at their next sign-in. Preview it, then save with accept_impact."),
                Error::NotSendable => (S::BAD_REQUEST, C::InvalidRequest, "Invalid request", "Nothing is sent for this method: verify security questions with `answers`, an authenticator app with its `code`."),
                Error::AnswersInvalid { .. } => (S::BAD_REQUEST, C::AnswersInvalid, "Wrong answers", "At least one answer is not right. Check them and try again."),
                Error::MethodNotAllowed => (S::FORBIDDEN, C::MethodNotAllowedByPolicy, "Method not allowed", "Your organisation's policy does not let you register this kind of method."),
                Error::ReauthenticationRequired => (S::FORBIDDEN, C::ReauthenticationRequired, "Confirm it is you", "Changing how you prove who you are needs your current password (current_password), or a sign-in in the last 5 minutes."),
                Error::AlreadyRegistered => (S::CONFLICT, C::MethodAlreadyRegistered, "Already registered", "You already have an authenticator app. Remove it first to set up another."),
                Error::SecondFactorRequired => (S::FORBIDDEN, C::SecondFactorRequired, "Enter your authenticator code first", "This session has proven the password only. Enter the code from your authenticator app (or register one, if asked), then go on."),
                Error::NotRegistered => (S::NOT_FOUND, C::MethodNotRegistered, "No such method", "You have not registered a method of this kind (methods your administrator set cannot be removed here)."),
                Error::MethodsRequired { .. } => (S::CONFLICT, C::MethodsRequired, "More methods needed", "This would leave you fewer verification methods than your organisation requires."),
                Error::PhoneCountryNotAllowed => (S::UNPROCESSABLE_ENTITY, C::PhoneCountryNotAllowed, "Number not accepted", "Your organisation does not send texts or calls to numbers in that country. Use another number or method."),
                Error::PhoneLimitReached { .. } => (S::TOO_MANY_REQUESTS, C::PhoneLimitReached, "No more texts or calls today", "No more codes can be texted or read out to this number today. Use another method, such as email or security questions."),
                Error::TooManyRequests { .. } => (S::TOO_MANY_REQUESTS, C::TooManyRequests, "Too many attempts", "Too many attempts for now. Wait, then try again."),
                Error::Contention => (S::SERVICE_UNAVAILABLE, C::Busy, "Busy", "The account is being changed by another request. Try again."),
                Error::AgentUnauthorized => (S::UNAUTHORIZED, C::AgentUnauthorized, "Agent not authorized", "The agent's signature, clock, nonce or enrolment token was not accepted, or the agent was revoked."),
                Error::AgentNotFound => (S::NOT_FOUND, C::AgentNotFound, "No such agent", "There is no writeback agent with that id."),
                Error::ClientNotFound => (S::NOT_FOUND, C::ClientNotFound, "No such client", "There is no API client with that id (it may have been revoked)."),
                Error::InsufficientScope { scope } => return (S::FORBIDDEN, C::InsufficientScope, "Insufficient scope", format!("This access token was not granted the scope {scope}, which this operation needs.").into()),
                Error::JobNotYours => (S::NOT_FOUND, C::JobNotFound, "No such job", "This agent has claimed no job with that id; nothing was changed."),
                Error::JobFinished => (S::CONFLICT, C::JobFinished, "Job already finished", "This job already has a result; the first one stands and nothing was changed."),
                // The directory's own policy: shown like Latchkey's rules, next
                // to the new password, and the flow goes on.
                Error::DirectoryRefused { .. } => (S::UNPROCESSABLE_ENTITY, C::PasswordRejected, "Password not accepted", "Your organisation's directory did not accept the new password; see reasons. Nothing was changed."),
                Error::DirectoryUnavailable { .. } => (S::SERVICE_UNAVAILABLE, C::DirectoryUnavailable, "Directory unavailable", "Your organisation's directory cannot be reached right now, so this password cannot be changed. Nothing was changed; try again in a few minutes or contact your help desk."),
                Error::DirectoryUnconfirmed { .. } => (S::SERVICE_UNAVAILABLE, C::DirectoryUnconfirmed, "Directory did not confirm", "Your organisation's directory did not confirm the change in time. Latchkey has not changed your password yet, but the directory may have: try the new password on your computer. When the directory's agent reports what happened, Latchkey follows it and you get a message; if the new password does not work, start again or contact your help desk."),
                Error::Unavailable(_) => (S::SERVICE_UNAVAILABLE, C::ServiceUnavailable, "Service unavailable", "A service Latchkey depends on is unavailable. Nothing was changed; try again shortly."),
                Error::Internal(_) => (S::INTERNAL_SERVER_ERROR, C::InternalError, "Internal error", "Something went wrong on our side. Nothing was changed."),
            },
        };
        (status, code, title, detail.into())
    }

    /// The members a kind of problem carries beside its text: the field at
    /// fault, the numbers a client acts on, the policy's reasons.
    fn add_members(&self, p: &mut Problem) {
        let err = match self {
            ApiError::InvalidRequest { field, .. } => {
                p.field = field.clone();
                return;
            }
            ApiError::Domain(err) => err,
            _ => return,
        };
        match err {
            Error::InvalidInput(e) => p.field = Some(e.field.to_string()),
            Error::UnknownMethod | Error::NotSendable => p.field = Some("method_id".into()),
            Error::GroupExists => p.field = Some("name".into()),
            Error::UsernameTaken => p.field = Some("username".into()),
            Error::PhoneCountryNotAllowed => p.field = Some("phone".into()),
            Error::AccountLocked { until } => p.locked_until = *until,
            Error::ResetIncomplete { remaining } => p.remaining = Some(*remaining),
            Error::MethodsRequired { required } => p.remaining = Some(*required),
            Error::CodeInvalid { attempts_left } | Error::AnswersInvalid { attempts_left } => {
                p.attempts_left = Some(*attempts_left)
            }
            Error::VersionConflict { current } => p.current_version = Some(*current),
            Error::PolicyStrandsUsers { losing: users }
            | Error::PolicyExpiresPasswords { expiring: users } => p.affected_users = Some(*users),
            Error::PhoneLimitReached { retry_after, alternatives } => {
                p.retry_after = Some(*retry_after);
                p.alternatives = Some(alternatives.clone());
            }
            Error::TooManyRequests { retry_after } => p.retry_after = Some(*retry_after),
            Error::Contention => p.retry_after = Some(1),
            Error::Unavailable(_) => p.retry_after = Some(5),
            Error::DirectoryUnavailable { .. } | Error::DirectoryUnconfirmed { .. } => {
                p.retry_after = Some(60)
            }
            Error::PasswordRejected(reasons) => {
                let reasons = reasons
                    .iter()
                    .map(|r| RejectionReason { rule: r.rule.as_str().into(), detail: r.detail.clone() });
                p.reasons = Some(reasons.collect());
            }
            Error::DirectoryRefused { code, message } => {
                p.reasons = Some(vec![RejectionReason {
                    rule: format!("directory_{code}"),
                    detail: message.clone(),
                }]);
            }
            _ => {}
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = self.to_problem();
        // RFC 6750 §3.1: which scope the token lacked.
        let challenge = match &self {
            ApiError::Domain(Error::InsufficientScope { scope }) => {
                HeaderValue::from_str(&format!(r#"Bearer error="insufficient_scope", scope="{scope}""#)).ok()
            }
            _ => None,
        };
        let status = StatusCode::from_u16(body.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        if status.is_server_error() {
            tracing::error!(code = %body.code, error = %latchkey_core::model::error::chain(&self), "request failed");
        } else {
            tracing::info!(code = %body.code, status = body.status, "request refused");
        }
        let mut response = (status, axum::Json(&body)).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
        if let Some(challenge) = challenge {
            headers.insert(header::WWW_AUTHENTICATE, challenge);
        }
        if let Some(seconds) = body.retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}
