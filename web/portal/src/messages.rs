//! What each failure means to the person in front of the page: plain words,
//! what to do next, and when to come back.

use crate::api::ApiError;
use crate::route::Route;
use latchkey_dto::ProblemCode;
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
        ProblemCode::InvalidCredentials => Notice::new(
            "Wrong username or password",
            "Check both and try again. Too many wrong tries lock the account for a while.",
        )
        .action(Route::Reset, "Forgot your password?"),
        ProblemCode::AccountLocked => {
            let when = match problem.locked_until {
                Some(until) => format!("It unlocks by itself at {}.", local_time(&until)),
                None => "It unlocks by itself after a while.".to_owned(),
            };
            Notice::new(
                "Your account is locked",
                format!("There were too many wrong passwords. {when} You can unlock it now by proving who you are."),
            )
            .action(Route::Unlock, "Unlock your account")
        }
        ProblemCode::AccountDisabled => {
            Notice::new("Your account is disabled", "Only an administrator can turn it back on.").contact()
        }
        ProblemCode::Unauthorized => {
            Notice::new("Please sign in again", "Your session has ended.").action(Route::SignIn, "Sign in")
        }
        ProblemCode::TooManyRequests => Notice::new(
            "Too many tries",
            match problem.retry_after {
                Some(seconds) => format!(
                    "For your security this is paused. Try again {} (at {}).",
                    in_words(seconds),
                    local_time_in(seconds)
                ),
                None => "For your security this is paused for a while. Try again later.".to_owned(),
            },
        )
        .contact(),
        ProblemCode::PhoneLimitReached => Notice::new(
            "No more texts or calls to this number today",
            "Choose another way to prove it's you, such as your email or your security questions.",
        ),
        ProblemCode::PhoneCountryNotAllowed => Notice::new(
            "That number can't be used",
            "Your organisation doesn't send texts or calls to numbers in that country. Use another number.",
        ),
        ProblemCode::PasswordChangeRequired => Notice::new(
            "Change your password first",
            "Your password has expired or was set by an administrator. Choose a new one to go on.",
        )
        .action(Route::Change, "Change your password"),
        ProblemCode::ResetExpired => Notice::new(
            "This request has expired",
            "It was finished already, or it was left too long. Start again; it only takes a minute.",
        ),
        ProblemCode::CodeExpired => {
            Notice::new("That code has expired", "Send a new code and use it within its time.")
        }
        ProblemCode::ChallengeRequired => {
            Notice::new("Send a code first", "Choose where to send the code, then enter it here.")
        }
        ProblemCode::ResetIncomplete => Notice::new(
            "One more step",
            format!(
                "Prove it's you {} more time(s) before choosing a password.",
                problem.remaining.unwrap_or(1)
            ),
        ),
        ProblemCode::Busy | ProblemCode::ServiceUnavailable => Notice::busy(),
        ProblemCode::PasswordRejected => {
            Notice::new("Choose another password", "See the reasons below the new password.")
        }
        _ => Notice::new(problem.title.clone(), problem.detail.clone()).contact(),
    }
}
