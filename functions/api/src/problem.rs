//! The mapping from errors to HTTP: every failure leaves as an RFC 9457
//! problem+json body with a stable `code`, except the OAuth token endpoint's
//! refusals, which are RFC 6749 §5.2 JSON (`routes::sessions::oauth`). 5xx
//! bodies say nothing internal; their cause chain is logged once, here.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use latchkey_core::Error;
use latchkey_core::messaging::words::{Args, say};
use latchkey_core::model::language::Language;
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

/// Where a problem's detail comes from.
enum Detail<'a> {
    /// A catalogue message.
    Said(&'static str),
    /// The scope an access token lacked.
    Scope(&'a str),
    /// A request the API's parsing refused, described in English already.
    Invalid { field: Option<&'a str>, english: &'a str },
    /// A value the domain refused: its field and the domain's message.
    Raw { field: &'a str, message: &'a str },
}

impl ApiError {
    /// The problem document for this error: its row of the table, then the
    /// members its kind carries.
    pub fn to_problem(&self) -> Problem {
        self.to_problem_in(crate::language::current())
    }

    /// [`ApiError::to_problem`] in `lang`: the title and detail change, the
    /// `code` and every other member never do.
    pub fn to_problem_in(&self, lang: Language) -> Problem {
        let (status, code, title, detail) = self.row();
        let detail = match detail {
            Detail::Said(id) => say(lang, id, &Args::new()),
            Detail::Scope(scope) => {
                say(lang, "problem-insufficient-scope-detail", &Args::new().text("scope", scope))
            }
            Detail::Invalid { english, .. } if lang == Language::En => english.to_owned(),
            Detail::Invalid { field, english } => crate::wording::translate(lang, field, english),
            Detail::Raw { field, message } if lang == Language::En => crate::wording::explain(field, message),
            Detail::Raw { field, message } => crate::wording::translate(lang, Some(field), message),
        };
        let mut problem = problem(status, code, &say(lang, title, &Args::new()), detail);
        self.add_members(&mut problem);
        problem
    }

    /// What each kind of error answers: status, `code`, title and detail.
    /// One row a kind, and no catch-all: a new kind of error needs its row.
    #[rustfmt::skip]
    fn row(&self) -> (StatusCode, ProblemCode, &'static str, Detail<'_>) {
        use Detail::*;
        use ProblemCode as C;
        use StatusCode as S;
        match self {
            ApiError::InvalidRequest { field, detail } => (S::BAD_REQUEST, C::InvalidRequest, "problem-invalid-request-title", Invalid { field: field.as_deref(), english: detail.as_str() }),
            ApiError::PayloadTooLarge => (S::PAYLOAD_TOO_LARGE, C::PayloadTooLarge, "problem-payload-too-large-title", Said("problem-payload-too-large-detail")),
            ApiError::UnsupportedMediaType => (S::UNSUPPORTED_MEDIA_TYPE, C::UnsupportedMediaType, "problem-unsupported-media-type-title", Said("problem-unsupported-media-type-detail")),
            ApiError::Unauthorized => (S::UNAUTHORIZED, C::Unauthorized, "problem-unauthorized-title", Said("problem-unauthorized-detail")),
            ApiError::PasswordChangeRequired => (S::FORBIDDEN, C::PasswordChangeRequired, "problem-password-change-required-title", Said("problem-password-change-required-detail")),
            ApiError::NotFound => (S::NOT_FOUND, C::NotFound, "problem-not-found-title", Said("problem-not-found-detail")),
            ApiError::MethodNotAllowed => (S::METHOD_NOT_ALLOWED, C::MethodNotAllowed, "problem-method-not-allowed-title", Said("problem-method-not-allowed-detail")),
            ApiError::Domain(err) => match err {
                Error::InvalidInput(p) => (S::BAD_REQUEST, C::InvalidRequest, "problem-invalid-request-title", Raw { field: p.field, message: p.message.as_str() }),
                Error::InvalidCredentials => (S::UNAUTHORIZED, C::InvalidCredentials, "problem-invalid-credentials-title", Said("problem-invalid-credentials-detail")),
                Error::AccountLocked { .. } => (S::LOCKED, C::AccountLocked, "problem-account-locked-title", Said("problem-account-locked-detail")),
                Error::AccountDisabled => (S::FORBIDDEN, C::AccountDisabled, "problem-account-disabled-title", Said("problem-account-disabled-detail")),
                Error::Unauthenticated => ApiError::Unauthorized.row(),
                Error::PasswordRejected(_) => (S::UNPROCESSABLE_ENTITY, C::PasswordRejected, "problem-password-rejected-title", Said("problem-password-rejected-detail")),
                Error::ResetExpired => (S::GONE, C::ResetExpired, "problem-reset-expired-title", Said("problem-reset-expired-detail")),
                Error::ResetIncomplete { .. } => (S::CONFLICT, C::ResetIncomplete, "problem-reset-incomplete-title", Said("problem-reset-incomplete-detail")),
                Error::UnknownMethod => (S::BAD_REQUEST, C::InvalidRequest, "problem-invalid-request-title", Said("problem-unknown-method-detail")),
                Error::ChallengeRequired => (S::CONFLICT, C::ChallengeRequired, "problem-challenge-required-title", Said("problem-challenge-required-detail")),
                Error::CodeExpired => (S::GONE, C::CodeExpired, "problem-code-expired-title", Said("problem-code-expired-detail")),
                Error::CodeInvalid { .. } => (S::BAD_REQUEST, C::CodeInvalid, "problem-code-invalid-title", Said("problem-code-invalid-detail")),
                Error::UserNotFound => (S::NOT_FOUND, C::UserNotFound, "problem-user-not-found-title", Said("problem-user-not-found-detail")),
                Error::Forbidden => (S::FORBIDDEN, C::Forbidden, "problem-forbidden-title", Said("problem-forbidden-detail")),
                Error::VersionConflict { .. } => (S::CONFLICT, C::VersionConflict, "problem-version-conflict-title", Said("problem-version-conflict-detail")),
                // SCIM's own answers are written by its routes (`routes::admin::scim`); these stand in elsewhere.
                Error::Scim { detail, .. } => (S::BAD_REQUEST, C::InvalidRequest, "problem-invalid-request-title", Raw { field: "scim", message: detail.as_str() }),
                Error::PreconditionFailed => (S::CONFLICT, C::VersionConflict, "problem-version-conflict-title", Said("problem-version-conflict-detail")),
                Error::InvitationInvalid => (S::GONE, C::InvitationInvalid, "problem-invitation-invalid-title", Said("problem-invitation-invalid-detail")),
                Error::VerificationRequired => (S::FORBIDDEN, C::VerificationRequired, "problem-verification-required-title", Said("problem-verification-required-detail")),
                Error::GroupNotFound => (S::NOT_FOUND, C::GroupNotFound, "problem-group-not-found-title", Said("problem-group-not-found-detail")),
                Error::GroupExists => (S::CONFLICT, C::GroupExists, "problem-group-exists-title", Said("problem-group-exists-detail")),
                Error::UsernameTaken => (S::CONFLICT, C::UsernameTaken, "problem-username-taken-title", Said("problem-username-taken-detail")),
                Error::AccountLockedDown => (S::FORBIDDEN, C::AccountLockedDown, "problem-account-locked-down-title", Said("problem-account-locked-down-detail")),
                Error::EventNotFound => ApiError::NotFound.row(),
                Error::PasskeyInvalid { .. } => (S::BAD_REQUEST, C::PasskeyInvalid, "problem-passkey-invalid-title", Said("problem-passkey-invalid-detail")),
                Error::PasskeyLimit => (S::CONFLICT, C::PasskeyLimit, "problem-passkey-limit-title", Said("problem-passkey-limit-detail")),
                Error::PasskeyModelNotAllowed => (S::FORBIDDEN, C::PasskeyModelNotAllowed, "problem-passkey-model-title", Said("problem-passkey-model-detail")),
                Error::RegistrationRequired => (S::CONFLICT, C::RegistrationRequired, "problem-registration-required-title", Said("problem-registration-required-detail")),
                Error::ReportLinkInvalid => (S::GONE, C::ReportLinkInvalid, "problem-report-link-invalid-title", Said("problem-report-link-invalid-detail")),
                Error::TemporaryPasswordExpired => (S::UNAUTHORIZED, C::TemporaryPasswordExpired, "problem-temporary-password-expired-title", Said("problem-temporary-password-expired-detail")),
                Error::PolicyStrandsUsers { .. } => (S::CONFLICT, C::PolicyStrandsUsers, "problem-policy-strands-users-title", Said("problem-policy-strands-users-detail")),
                Error::PolicyExpiresPasswords { .. } => (S::CONFLICT, C::PolicyExpiresPasswords, "problem-policy-expires-passwords-title", Said("problem-policy-expires-passwords-detail")),
                Error::NotSendable => (S::BAD_REQUEST, C::InvalidRequest, "problem-invalid-request-title", Said("problem-not-sendable-detail")),
                Error::AnswersInvalid { .. } => (S::BAD_REQUEST, C::AnswersInvalid, "problem-answers-invalid-title", Said("problem-answers-invalid-detail")),
                Error::MethodNotAllowed => (S::FORBIDDEN, C::MethodNotAllowedByPolicy, "problem-method-not-allowed-by-policy-title", Said("problem-method-not-allowed-by-policy-detail")),
                Error::ReauthenticationRequired => (S::FORBIDDEN, C::ReauthenticationRequired, "problem-reauthentication-required-title", Said("problem-reauthentication-required-detail")),
                Error::AlreadyRegistered => (S::CONFLICT, C::MethodAlreadyRegistered, "problem-already-registered-title", Said("problem-already-registered-detail")),
                Error::SecondFactorRequired => (S::FORBIDDEN, C::SecondFactorRequired, "problem-second-factor-required-title", Said("problem-second-factor-required-detail")),
                Error::NotRegistered => (S::NOT_FOUND, C::MethodNotRegistered, "problem-not-registered-title", Said("problem-not-registered-detail")),
                Error::MethodsRequired { .. } => (S::CONFLICT, C::MethodsRequired, "problem-methods-required-title", Said("problem-methods-required-detail")),
                Error::PhoneCountryNotAllowed => (S::UNPROCESSABLE_ENTITY, C::PhoneCountryNotAllowed, "problem-phone-country-not-allowed-title", Said("problem-phone-country-not-allowed-detail")),
                Error::PhoneLimitReached { .. } => (S::TOO_MANY_REQUESTS, C::PhoneLimitReached, "problem-phone-limit-reached-title", Said("problem-phone-limit-reached-detail")),
                Error::TooManyRequests { .. } => (S::TOO_MANY_REQUESTS, C::TooManyRequests, "problem-too-many-requests-title", Said("problem-too-many-requests-detail")),
                Error::Contention => (S::SERVICE_UNAVAILABLE, C::Busy, "problem-contention-title", Said("problem-contention-detail")),
                Error::AgentUnauthorized => (S::UNAUTHORIZED, C::AgentUnauthorized, "problem-agent-unauthorized-title", Said("problem-agent-unauthorized-detail")),
                Error::AgentNotFound => (S::NOT_FOUND, C::AgentNotFound, "problem-agent-not-found-title", Said("problem-agent-not-found-detail")),
                Error::ClientNotFound => (S::NOT_FOUND, C::ClientNotFound, "problem-client-not-found-title", Said("problem-client-not-found-detail")),
                Error::WebhookNotFound => (S::NOT_FOUND, C::WebhookNotFound, "problem-webhook-not-found-title", Said("problem-webhook-not-found-detail")),
                Error::DeliveryNotFound => (S::NOT_FOUND, C::DeliveryNotFound, "problem-delivery-not-found-title", Said("problem-delivery-not-found-detail")),
                Error::InsufficientScope { scope } => (S::FORBIDDEN, C::InsufficientScope, "problem-insufficient-scope-title", Scope(scope)),
                Error::JobNotYours => (S::NOT_FOUND, C::JobNotFound, "problem-job-not-yours-title", Said("problem-job-not-yours-detail")),
                Error::JobFinished => (S::CONFLICT, C::JobFinished, "problem-job-finished-title", Said("problem-job-finished-detail")),
                // The directory's own policy: shown like Latchkey's rules, next
                // to the new password, and the flow goes on.
                Error::DirectoryRefused { .. } => (S::UNPROCESSABLE_ENTITY, C::PasswordRejected, "problem-directory-refused-title", Said("problem-directory-refused-detail")),
                Error::DirectoryUnavailable { .. } => (S::SERVICE_UNAVAILABLE, C::DirectoryUnavailable, "problem-directory-unavailable-title", Said("problem-directory-unavailable-detail")),
                Error::DirectoryUnconfirmed { .. } => (S::SERVICE_UNAVAILABLE, C::DirectoryUnconfirmed, "problem-directory-unconfirmed-title", Said("problem-directory-unconfirmed-detail")),
                Error::Unavailable(_) => (S::SERVICE_UNAVAILABLE, C::ServiceUnavailable, "problem-unavailable-title", Said("problem-unavailable-detail")),
                Error::Internal(_) => (S::INTERNAL_SERVER_ERROR, C::InternalError, "problem-internal-title", Said("problem-internal-detail")),
            },
        }
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
            Error::CodeInvalid { attempts_left }
            | Error::AnswersInvalid { attempts_left }
            | Error::PasskeyInvalid { attempts_left } => p.attempts_left = Some(*attempts_left),
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

#[cfg(test)]
mod tests {
    use super::*;
    use latchkey_core::messaging::words::has;

    #[test]
    fn every_problem_the_table_names_is_in_the_catalogue() {
        let source = include_str!("problem.rs");
        let ids: Vec<&str> = source
            .split('"')
            .skip(1)
            .step_by(2)
            .filter(|s| s.starts_with("problem-") && !s.contains(' '))
            .collect();
        assert!(ids.len() > 80, "the table's ids were found: {}", ids.len());
        for id in ids {
            assert!(has(Language::En, id), "{id} is not in the catalogue");
        }
    }

    #[test]
    fn a_problem_changes_its_words_with_the_language_and_never_its_code() {
        let locked = ApiError::Domain(Error::AccountLocked { until: None });
        let en = locked.to_problem_in(Language::En);
        assert_eq!((en.title.as_str(), en.code), ("Account locked", ProblemCode::AccountLocked));
        assert!(en.detail.starts_with("Too many failed sign-ins."));
        for lang in Language::ALL.into_iter().filter(|l| *l != Language::En) {
            let p = locked.to_problem_in(lang);
            assert_eq!((p.code, p.status, &p.type_url), (en.code, en.status, &en.type_url));
            assert!(p.title != en.title && p.detail != en.detail, "{lang}: {}", p.title);
        }
        assert_eq!(locked.to_problem_in(Language::De).title, "Konto gesperrt");
        let scope = ApiError::Domain(Error::InsufficientScope { scope: "users:write" });
        assert!(scope.to_problem_in(Language::Ja).detail.contains("users:write"));
        let invalid: ApiError =
            latchkey_core::model::values::ParseError::new("display_name", "must be 1 to 128 characters")
                .into();
        assert_eq!(
            invalid.to_problem_in(Language::En).detail,
            "The display name must be 1 to 128 characters."
        );
        assert_eq!(invalid.to_problem_in(Language::Fr).detail, "Nom d'affichage : de 1 à 128 caractères.");
        assert_eq!(invalid.to_problem_in(Language::Fr).field.as_deref(), Some("display_name"));
    }
}
