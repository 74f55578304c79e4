//! What each failure means to the person in front of the page: plain words,
//! what to do next, and when to come back.

use crate::api::ApiError;
use crate::k;
use crate::route::Route;
use latchkey_dto::ProblemCode;
use latchkey_web::i18n::{k as shared, t, tf};
pub use latchkey_web::time::{in_words, local_date, local_time, local_time_in};

/// A message for the page, and the way out of it (a page of the portal, or
/// the contact link).
pub type Notice = latchkey_web::notice::Notice<latchkey_web::notice::WayOut<Route>>;

/// The notice for any failed call; pages handle the field-level codes themselves
/// (a wrong code, a rejected password) before falling back to this.
pub fn notice(error: &ApiError) -> Notice {
    let problem = match error {
        ApiError::Network => return Notice::offline(),
        ApiError::Unexpected(status) => return Notice::unexpected(*status).contact(),
        ApiError::Problem(problem) => problem,
    };
    match problem.code {
        ProblemCode::InvalidCredentials => {
            Notice::new(t(k::MESSAGES_INVALID_CREDENTIALS_TITLE), t(k::MESSAGES_INVALID_CREDENTIALS_BODY))
                .action(Route::Reset, t(k::MESSAGES_FORGOT_PASSWORD))
        }
        ProblemCode::AccountLocked => {
            let body = match problem.locked_until {
                Some(until) => tf(k::MESSAGES_LOCKED_BODY_AT, &[("time", local_time(&until).into())]),
                None => t(k::MESSAGES_LOCKED_BODY).to_owned(),
            };
            Notice::new(t(k::MESSAGES_LOCKED_TITLE), body).action(Route::Unlock, t(k::MESSAGES_UNLOCK_LINK))
        }
        // The user reported something they didn't do ("This wasn't me").
        ProblemCode::AccountLockedDown => {
            Notice::new(t(k::MESSAGES_LOCKED_DOWN_TITLE), t(k::MESSAGES_LOCKED_DOWN_BODY)).contact()
        }
        ProblemCode::AccountDisabled => {
            Notice::new(t(k::MESSAGES_DISABLED_TITLE), t(k::MESSAGES_DISABLED_BODY)).contact()
        }
        ProblemCode::Unauthorized => {
            Notice::new(t(k::MESSAGES_SESSION_ENDED_TITLE), t(k::MESSAGES_SESSION_ENDED_BODY))
                .action(Route::SignIn, t(shared::COMMON_SIGN_IN))
        }
        ProblemCode::TooManyRequests => Notice::new(
            t(k::MESSAGES_TOO_MANY_TITLE),
            match problem.retry_after {
                Some(seconds) => tf(
                    k::MESSAGES_TOO_MANY_BODY_AT,
                    &[("when", in_words(seconds).into()), ("time", local_time_in(seconds).into())],
                ),
                None => t(k::MESSAGES_TOO_MANY_BODY).to_owned(),
            },
        )
        .contact(),
        ProblemCode::PhoneLimitReached => {
            Notice::new(t(k::MESSAGES_PHONE_LIMIT_TITLE), t(k::MESSAGES_PHONE_LIMIT_BODY))
        }
        ProblemCode::PhoneCountryNotAllowed => {
            Notice::new(t(k::MESSAGES_PHONE_COUNTRY_TITLE), t(k::MESSAGES_PHONE_COUNTRY_BODY))
        }
        ProblemCode::PasswordChangeRequired => {
            Notice::new(t(k::MESSAGES_CHANGE_REQUIRED_TITLE), t(k::MESSAGES_CHANGE_REQUIRED_BODY))
                .action(Route::Change, t(k::MESSAGES_CHANGE_LINK))
        }
        ProblemCode::ResetExpired => {
            Notice::new(t(k::MESSAGES_RESET_EXPIRED_TITLE), t(k::MESSAGES_RESET_EXPIRED_BODY))
        }
        ProblemCode::CodeExpired => {
            Notice::new(t(k::MESSAGES_CODE_EXPIRED_TITLE), t(k::MESSAGES_CODE_EXPIRED_BODY))
        }
        ProblemCode::ChallengeRequired => {
            Notice::new(t(k::MESSAGES_CHALLENGE_REQUIRED_TITLE), t(k::MESSAGES_CHALLENGE_REQUIRED_BODY))
        }
        ProblemCode::ResetIncomplete => Notice::new(
            t(k::MESSAGES_RESET_INCOMPLETE_TITLE),
            tf(k::MESSAGES_RESET_INCOMPLETE_BODY, &[("count", problem.remaining.unwrap_or(1).into())]),
        ),
        ProblemCode::Busy | ProblemCode::ServiceUnavailable => Notice::busy(),
        ProblemCode::DirectoryUnavailable => {
            Notice::new(t(k::MESSAGES_DIRECTORY_UNAVAILABLE_TITLE), t(k::MESSAGES_DIRECTORY_UNAVAILABLE_BODY))
                .contact()
        }
        ProblemCode::DirectoryUnconfirmed => {
            Notice::new(t(k::MESSAGES_DIRECTORY_UNCONFIRMED_TITLE), t(k::MESSAGES_DIRECTORY_UNCONFIRMED_BODY))
                .contact()
        }
        ProblemCode::PasswordRejected => {
            Notice::new(t(k::MESSAGES_REJECTED_TITLE), t(k::MESSAGES_REJECTED_BODY))
        }
        // Another code: the server's own title and detail.
        _ => Notice::new(problem.title.clone(), problem.detail.clone()).contact(),
    }
}
