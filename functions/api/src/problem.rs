//! The one mapping from errors to HTTP: every failure leaves as an RFC 9457
//! problem+json body with a stable `code`. 5xx bodies say nothing internal;
//! their cause chain is logged once, here.

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
            detail: format!("{} {}", err.field, err.message),
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
    /// The problem document for this error.
    pub fn to_problem(&self) -> Problem {
        use StatusCode as S;
        match self {
            ApiError::InvalidRequest { field, detail } => Problem {
                field: field.clone(),
                ..problem(S::BAD_REQUEST, ProblemCode::InvalidRequest, "Invalid request", detail.clone())
            },
            ApiError::PayloadTooLarge => problem(
                S::PAYLOAD_TOO_LARGE,
                ProblemCode::PayloadTooLarge,
                "Request body too large",
                "The request body must be at most 64 KiB.",
            ),
            ApiError::UnsupportedMediaType => problem(
                S::UNSUPPORTED_MEDIA_TYPE,
                ProblemCode::UnsupportedMediaType,
                "Unsupported media type",
                "Send the body as application/json.",
            ),
            ApiError::Unauthorized => problem(
                S::UNAUTHORIZED,
                ProblemCode::Unauthorized,
                "Not signed in",
                "Sign in again: the session is missing, expired or revoked.",
            ),
            ApiError::PasswordChangeRequired => problem(
                S::FORBIDDEN,
                ProblemCode::PasswordChangeRequired,
                "Change your password first",
                "This session can only change the password (it expired, or an administrator set it). Change it, then go on.",
            ),
            ApiError::NotFound => {
                problem(S::NOT_FOUND, ProblemCode::NotFound, "Not found", "There is nothing at this address.")
            }
            ApiError::MethodNotAllowed => problem(
                S::METHOD_NOT_ALLOWED,
                ProblemCode::MethodNotAllowed,
                "Method not allowed",
                "This address does not accept that method.",
            ),
            ApiError::Domain(err) => match err {
                Error::InvalidInput(p) => Problem {
                    field: Some(p.field.to_string()),
                    ..problem(
                        S::BAD_REQUEST,
                        ProblemCode::InvalidRequest,
                        "Invalid request",
                        format!("{} {}", p.field, p.message),
                    )
                },
                Error::InvalidCredentials => problem(
                    S::UNAUTHORIZED,
                    ProblemCode::InvalidCredentials,
                    "Sign-in failed",
                    "The username or password is incorrect.",
                ),
                Error::AccountLocked { until } => Problem {
                    locked_until: *until,
                    ..problem(
                        S::LOCKED,
                        ProblemCode::AccountLocked,
                        "Account locked",
                        "Too many failed sign-ins. Wait until the lock ends, or unlock the account with a self-service reset.",
                    )
                },
                Error::AccountDisabled => problem(
                    S::FORBIDDEN,
                    ProblemCode::AccountDisabled,
                    "Account disabled",
                    "This account is disabled. Contact your administrator.",
                ),
                Error::Unauthenticated => problem(
                    S::UNAUTHORIZED,
                    ProblemCode::Unauthorized,
                    "Not signed in",
                    "Sign in again: the session is missing, expired or revoked.",
                ),
                Error::PasswordRejected(reasons) => Problem {
                    reasons: Some(
                        reasons
                            .iter()
                            .map(|r| RejectionReason {
                                rule: r.rule.as_str().into(),
                                detail: r.detail.clone(),
                            })
                            .collect(),
                    ),
                    ..problem(
                        S::UNPROCESSABLE_ENTITY,
                        ProblemCode::PasswordRejected,
                        "Password not accepted",
                        "The new password does not meet the password policy; see reasons.",
                    )
                },
                Error::ResetExpired => problem(
                    S::GONE,
                    ProblemCode::ResetExpired,
                    "Reset expired",
                    "This reset has expired or was already used. Start again.",
                ),
                Error::ResetIncomplete { remaining } => Problem {
                    remaining: Some(*remaining),
                    ..problem(
                        S::CONFLICT,
                        ProblemCode::ResetIncomplete,
                        "Verification incomplete",
                        "Prove the required methods before choosing what to do.",
                    )
                },
                Error::UnknownMethod => Problem {
                    field: Some("method_id".into()),
                    ..problem(
                        S::BAD_REQUEST,
                        ProblemCode::InvalidRequest,
                        "Invalid request",
                        "method_id is not one of this reset's methods",
                    )
                },
                Error::ChallengeRequired => problem(
                    S::CONFLICT,
                    ProblemCode::ChallengeRequired,
                    "No code pending",
                    "No code is waiting for this method. Ask for a new code.",
                ),
                Error::CodeExpired => problem(
                    S::GONE,
                    ProblemCode::CodeExpired,
                    "Code expired",
                    "This code has expired. Ask for a new code.",
                ),
                Error::CodeInvalid { attempts_left } => Problem {
                    attempts_left: Some(*attempts_left),
                    ..problem(
                        S::BAD_REQUEST,
                        ProblemCode::CodeInvalid,
                        "Wrong code",
                        "The code is not right. Check it and try again.",
                    )
                },
                Error::UserNotFound => problem(
                    S::NOT_FOUND,
                    ProblemCode::UserNotFound,
                    "No such user",
                    "There is no user by that name or id.",
                ),
                Error::Forbidden => problem(
                    S::FORBIDDEN,
                    ProblemCode::Forbidden,
                    "Not allowed",
                    "Your role does not allow this (a helpdesk never acts on privileged users).",
                ),
                Error::VersionConflict { current } => Problem {
                    current_version: Some(*current),
                    ..problem(
                        S::CONFLICT,
                        ProblemCode::VersionConflict,
                        "Changed by someone else",
                        "This user changed since you read it. Read it again, then redo your edit.",
                    )
                },
                Error::InvitationInvalid => problem(
                    S::GONE,
                    ProblemCode::InvitationInvalid,
                    "Invitation not valid",
                    "This code is wrong, was already used or has expired. Check it, or ask your administrator for a new invitation.",
                ),
                Error::VerificationRequired => problem(
                    S::FORBIDDEN,
                    ProblemCode::VerificationRequired,
                    "Check who the user is first",
                    "Send the user a code (POST …/verification), have them read it out, and enter it (…/verification/check); then reset or unlock.",
                ),
                Error::GroupNotFound => problem(
                    S::NOT_FOUND,
                    ProblemCode::GroupNotFound,
                    "No such group",
                    "There is no group by that name.",
                ),
                Error::GroupExists => Problem {
                    field: Some("name".into()),
                    ..problem(
                        S::CONFLICT,
                        ProblemCode::GroupExists,
                        "Group exists",
                        "Another group has this name.",
                    )
                },
                Error::UsernameTaken => Problem {
                    field: Some("username".into()),
                    ..problem(
                        S::CONFLICT,
                        ProblemCode::UsernameTaken,
                        "Username taken",
                        "Another user has this username.",
                    )
                },
                Error::TemporaryPasswordExpired => problem(
                    S::UNAUTHORIZED,
                    ProblemCode::TemporaryPasswordExpired,
                    "Temporary password expired",
                    "This temporary password has expired. Ask your administrator for a new one.",
                ),
                Error::PolicyStrandsUsers { losing } => Problem {
                    affected_users: Some(*losing),
                    ..problem(
                        S::CONFLICT,
                        ProblemCode::PolicyStrandsUsers,
                        "Users would lose self-service reset",
                        "This change leaves some users unable to reset their password. Preview it, then save with accept_impact.",
                    )
                },
                Error::PolicyExpiresPasswords { expiring } => Problem {
                    affected_users: Some(*expiring),
                    ..problem(
                        S::CONFLICT,
                        ProblemCode::PolicyExpiresPasswords,
                        "Passwords would expire at once",
                        "This maximum age expires some users' passwords now: they must change them at their next sign-in. Preview it, then save with accept_impact.",
                    )
                },
                Error::NotSendable => Problem {
                    field: Some("method_id".into()),
                    ..problem(
                        S::BAD_REQUEST,
                        ProblemCode::InvalidRequest,
                        "Invalid request",
                        "Nothing is sent for this method: verify security questions with `answers`, an authenticator app with its `code`.",
                    )
                },
                Error::AnswersInvalid { attempts_left } => Problem {
                    attempts_left: Some(*attempts_left),
                    ..problem(
                        S::BAD_REQUEST,
                        ProblemCode::AnswersInvalid,
                        "Wrong answers",
                        "At least one answer is not right. Check them and try again.",
                    )
                },
                Error::MethodNotAllowed => problem(
                    S::FORBIDDEN,
                    ProblemCode::MethodNotAllowedByPolicy,
                    "Method not allowed",
                    "Your organisation's policy does not let you register this kind of method.",
                ),
                Error::ReauthenticationRequired => problem(
                    S::FORBIDDEN,
                    ProblemCode::ReauthenticationRequired,
                    "Confirm it is you",
                    "Changing how you prove who you are needs your current password (current_password), or a sign-in in the last 5 minutes.",
                ),
                Error::AlreadyRegistered => problem(
                    S::CONFLICT,
                    ProblemCode::MethodAlreadyRegistered,
                    "Already registered",
                    "You already have an authenticator app. Remove it first to set up another.",
                ),
                Error::SecondFactorRequired => problem(
                    S::FORBIDDEN,
                    ProblemCode::SecondFactorRequired,
                    "Enter your authenticator code first",
                    "This session has proven the password only. Enter the code from your authenticator app (or register one, if asked), then go on.",
                ),
                Error::NotRegistered => problem(
                    S::NOT_FOUND,
                    ProblemCode::MethodNotRegistered,
                    "No such method",
                    "You have not registered a method of this kind (methods your administrator set cannot be removed here).",
                ),
                Error::MethodsRequired { required } => Problem {
                    remaining: Some(*required),
                    ..problem(
                        S::CONFLICT,
                        ProblemCode::MethodsRequired,
                        "More methods needed",
                        "This would leave you fewer verification methods than your organisation requires.",
                    )
                },
                Error::PhoneCountryNotAllowed => Problem {
                    field: Some("phone".into()),
                    ..problem(
                        S::UNPROCESSABLE_ENTITY,
                        ProblemCode::PhoneCountryNotAllowed,
                        "Number not accepted",
                        "Your organisation does not send texts or calls to numbers in that country. Use another number or method.",
                    )
                },
                Error::PhoneLimitReached { retry_after, alternatives } => Problem {
                    retry_after: Some(*retry_after),
                    alternatives: Some(alternatives.clone()),
                    ..problem(
                        S::TOO_MANY_REQUESTS,
                        ProblemCode::PhoneLimitReached,
                        "No more texts or calls today",
                        "No more codes can be texted or read out to this number today. Use another method, such as email or security questions.",
                    )
                },
                Error::TooManyRequests { retry_after } => Problem {
                    retry_after: Some(*retry_after),
                    ..problem(
                        S::TOO_MANY_REQUESTS,
                        ProblemCode::TooManyRequests,
                        "Too many attempts",
                        "Too many attempts for now. Wait, then try again.",
                    )
                },
                Error::Contention => Problem {
                    retry_after: Some(1),
                    ..problem(
                        S::SERVICE_UNAVAILABLE,
                        ProblemCode::Busy,
                        "Busy",
                        "The account is being changed by another request. Try again.",
                    )
                },
                Error::AgentUnauthorized => problem(
                    S::UNAUTHORIZED,
                    ProblemCode::AgentUnauthorized,
                    "Agent not authorized",
                    "The agent's signature, clock, nonce or enrolment token was not accepted, or the agent was revoked.",
                ),
                Error::AgentNotFound => problem(
                    S::NOT_FOUND,
                    ProblemCode::AgentNotFound,
                    "No such agent",
                    "There is no writeback agent with that id.",
                ),
                Error::ClientNotFound => problem(
                    S::NOT_FOUND,
                    ProblemCode::ClientNotFound,
                    "No such client",
                    "There is no API client with that id (it may have been revoked).",
                ),
                Error::InsufficientScope { scope } => problem(
                    S::FORBIDDEN,
                    ProblemCode::InsufficientScope,
                    "Insufficient scope",
                    format!(
                        "This access token was not granted the scope {scope}, which this operation needs."
                    ),
                ),
                Error::JobNotYours => problem(
                    S::NOT_FOUND,
                    ProblemCode::JobNotFound,
                    "No such job",
                    "This agent has claimed no job with that id; nothing was changed.",
                ),
                Error::JobFinished => problem(
                    S::CONFLICT,
                    ProblemCode::JobFinished,
                    "Job already finished",
                    "This job already has a result; the first one stands and nothing was changed.",
                ),
                // The directory's own policy: shown like Latchkey's rules, next
                // to the new password, and the flow goes on.
                Error::DirectoryRefused { code, message } => Problem {
                    reasons: Some(vec![RejectionReason {
                        rule: format!("directory_{code}"),
                        detail: message.clone(),
                    }]),
                    ..problem(
                        S::UNPROCESSABLE_ENTITY,
                        ProblemCode::PasswordRejected,
                        "Password not accepted",
                        "Your organisation's directory did not accept the new password; see reasons. Nothing was changed.",
                    )
                },
                Error::DirectoryUnavailable { .. } => Problem {
                    retry_after: Some(60),
                    ..problem(
                        S::SERVICE_UNAVAILABLE,
                        ProblemCode::DirectoryUnavailable,
                        "Directory unavailable",
                        "Your organisation's directory cannot be reached right now, so this password cannot be changed. Nothing was changed; try again in a few minutes or contact your help desk.",
                    )
                },
                Error::DirectoryUnconfirmed { .. } => Problem {
                    retry_after: Some(60),
                    ..problem(
                        S::SERVICE_UNAVAILABLE,
                        ProblemCode::DirectoryUnconfirmed,
                        "Directory did not confirm",
                        "Your organisation's directory did not confirm the change in time. Latchkey has not changed your password yet, but the directory may have: try the new password on your computer. When the directory's agent reports what happened, Latchkey follows it and you get a message; if the new password does not work, start again or contact your help desk.",
                    )
                },
                Error::Unavailable(_) => Problem {
                    retry_after: Some(5),
                    ..problem(
                        S::SERVICE_UNAVAILABLE,
                        ProblemCode::ServiceUnavailable,
                        "Service unavailable",
                        "A service Latchkey depends on is unavailable. Nothing was changed; try again shortly.",
                    )
                },
                Error::Internal(_) => problem(
                    S::INTERNAL_SERVER_ERROR,
                    ProblemCode::InternalError,
                    "Internal error",
                    "Something went wrong on our side. Nothing was changed.",
                ),
            },
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
