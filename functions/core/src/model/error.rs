//! The domain's errors: expected outcomes are variants, the unexpected keeps its source.

use chrono::{DateTime, Utc};

use crate::model::rejection::Rejection;
use crate::model::values::ParseError;

/// A failure of an adapter behind a port.
#[derive(Debug, thiserror::Error)]
pub enum PortError {
    /// The dependency could not be reached or refused to serve (down, throttled, timed out).
    /// Nothing was written; retrying later is safe.
    #[error("{what} is unavailable")]
    Unavailable {
        what: &'static str,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// A conditional write lost a race, or a unique key is taken.
    #[error("conflicting write to {what}")]
    Conflict { what: &'static str },
    /// The dependency answered, but not as expected (corrupt item, rejected request).
    #[error("{what} failed")]
    Failed {
        what: &'static str,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

/// Everything a domain operation can end in other than success.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("invalid input: {0}")]
    InvalidInput(#[from] ParseError),
    /// Unknown user or wrong password; the two are never told apart.
    #[error("invalid credentials")]
    InvalidCredentials,
    #[error("account locked")]
    AccountLocked { until: Option<DateTime<Utc>> },
    #[error("account disabled")]
    AccountDisabled,
    /// The session token no longer names a valid session.
    #[error("not signed in")]
    Unauthenticated,
    #[error("password rejected")]
    PasswordRejected(Vec<Rejection>),
    /// The reset flow does not exist, has expired, or was already used.
    #[error("reset flow expired")]
    ResetExpired,
    /// The flow has not proven enough methods yet.
    #[error("reset incomplete")]
    ResetIncomplete { remaining: u8 },
    /// No method of that id in this flow.
    #[error("unknown method")]
    UnknownMethod,
    /// No code is waiting for that method: request one first.
    #[error("no code pending")]
    ChallengeRequired,
    #[error("code expired")]
    CodeExpired,
    #[error("code invalid")]
    CodeInvalid { attempts_left: u8 },
    /// Security questions are answered, not sent a code.
    #[error("nothing to send for this method")]
    NotSendable,
    /// Wrong answers to the security questions; `attempts_left` before the user is blocked.
    #[error("answers invalid")]
    AnswersInvalid { attempts_left: u8 },
    /// An administrator named a user who does not exist.
    #[error("user not found")]
    UserNotFound,
    /// Signed in, but not allowed to do this (not an administrator).
    #[error("forbidden")]
    Forbidden,
    /// The policy change would leave `losing` users unable to reset; not saved.
    #[error("policy change would strand users")]
    PolicyStrandsUsers { losing: u32 },
    /// The password policy change would expire `expiring` more passwords at once; not saved.
    #[error("policy change would expire passwords")]
    PolicyExpiresPasswords { expiring: u32 },
    /// The policy does not let this user register or use that kind of method.
    #[error("method not allowed")]
    MethodNotAllowed,
    /// Changing how one proves who one is needs a recent sign-in or the
    /// current password.
    #[error("recent authentication required")]
    ReauthenticationRequired,
    /// The user already has a method of that kind (an authenticator): remove it first.
    #[error("method already registered")]
    AlreadyRegistered,
    /// This session has proven the password only: the authenticator code
    /// (or registering an authenticator) comes first.
    #[error("second factor required")]
    SecondFactorRequired,
    /// The user has no method of that kind of their own to remove.
    #[error("method not registered")]
    NotRegistered,
    /// The change would leave fewer methods than a reset needs.
    #[error("methods required")]
    MethodsRequired { required: u8 },
    /// The number's country is not on the organisation's allowlist for texts and calls.
    #[error("phone country not allowed")]
    PhoneCountryNotAllowed,
    /// A daily cap on texts and calls (this number's, or the organisation's)
    /// is reached; `alternatives` are the flow's other methods to use instead.
    #[error("phone limit reached")]
    PhoneLimitReached { retry_after: u64, alternatives: Vec<String> },
    /// A rate limit or a reset block; try again after the given seconds.
    #[error("too many requests")]
    TooManyRequests { retry_after: u64 },
    /// The record changed since the caller read it (`current` is its version
    /// now): read it again and redo the edit.
    #[error("version conflict")]
    VersionConflict { current: u64 },
    /// An invitation's code is wrong, used, expired or for nobody (one answer for all).
    #[error("invitation invalid")]
    InvitationInvalid,
    /// A helpdesk reset or unlock without a verified check of the user.
    #[error("verification required")]
    VerificationRequired,
    /// An administrator named a group that does not exist.
    #[error("group not found")]
    GroupNotFound,
    /// Another group has this name.
    #[error("group exists")]
    GroupExists,
    /// Another user has this username.
    #[error("username taken")]
    UsernameTaken,
    /// The right temporary password, after its time ran out.
    #[error("temporary password expired")]
    TemporaryPasswordExpired,
    /// The right password of an account its owner locked down.
    #[error("account locked down by its owner")]
    AccountLockedDown,
    /// A passkey that did not prove what it had to (another user's, unknown,
    /// replayed, run out, a wrong origin, no user verification): one answer
    /// for all, with the tries left.
    #[error("passkey invalid")]
    PasskeyInvalid { attempts_left: u8 },
    /// The account holds as many passkeys as it may: remove one first.
    #[error("too many passkeys")]
    PasskeyLimit,
    /// The organisation does not accept passkeys from this authenticator
    /// model (or from one that names none, while a list is in force).
    #[error("passkeys from this authenticator model are not accepted")]
    PasskeyModelNotAllowed,
    /// A SCIM request the service provider cannot apply, with the `scimType`
    /// RFC 7644 §3.12 names for it.
    #[error("SCIM: {detail}")]
    Scim { scim_type: ScimType, detail: String },
    /// An `If-Match` that names an older version of the resource.
    #[error("the resource changed since that version")]
    PreconditionFailed,
    /// A "later" asked for with none left: registration comes first.
    #[error("registration required")]
    RegistrationRequired,
    /// No such event among the user's own recent activity.
    #[error("event not found")]
    EventNotFound,
    /// A report link that is used, run out or not Latchkey's (one answer for all).
    #[error("report link invalid")]
    ReportLinkInvalid,
    /// The organisation's directory refused the new password (its own
    /// policy); nothing changed, and the flow goes on.
    #[error("directory refused the change")]
    DirectoryRefused { code: String, message: String },
    /// The user's directory has no agent alive, or it could not reach the
    /// directory: nothing changed.
    #[error("directory unavailable")]
    DirectoryUnavailable { directory: crate::model::directory::DirectoryId },
    /// An agent took the change and never answered: the directory may have
    /// applied it; Latchkey has not (it records only what was confirmed).
    #[error("directory did not confirm")]
    DirectoryUnconfirmed { agent: String },
    /// An agent's request is unsigned, badly signed, replayed, stale, from
    /// a revoked or unknown agent, or an enrolment token is wrong or spent
    /// (one answer for all).
    #[error("agent not authorized")]
    AgentUnauthorized,
    #[error("agent not found")]
    AgentNotFound,
    /// An administrator named an API client that does not exist (or was revoked).
    #[error("client not found")]
    ClientNotFound,
    /// An administrator named a webhook subscription that does not exist.
    #[error("webhook not found")]
    WebhookNotFound,
    /// No such delivery in the subscription's log (or it ran out).
    #[error("delivery not found")]
    DeliveryNotFound,
    /// An API client's token lacks the scope this operation needs.
    #[error("the token lacks the scope {scope}")]
    InsufficientScope { scope: &'static str },
    /// A result for a job this agent did not claim.
    #[error("job not this agent's")]
    JobNotYours,
    /// A second result for a job: refused, the first stands.
    #[error("job already finished")]
    JobFinished,
    /// A write kept losing races; the caller may retry.
    #[error("too much contention, try again")]
    Contention,
    #[error("a dependency is unavailable")]
    Unavailable(#[source] PortError),
    #[error("internal error")]
    Internal(#[source] PortError),
}

impl From<PortError> for Error {
    fn from(err: PortError) -> Self {
        match err {
            PortError::Unavailable { .. } => Error::Unavailable(err),
            PortError::Conflict { .. } => Error::Contention,
            PortError::Failed { .. } => Error::Internal(err),
        }
    }
}

/// An error and its `source()` chain on one line ("a: b: c"), for the one
/// log line or message that reports a failure.
pub fn chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut next = err.source();
    while let Some(cause) = next {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        next = cause.source();
    }
    text
}

/// The `scimType` of a SCIM error (RFC 7644 §3.12).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScimType {
    InvalidFilter,
    TooMany,
    Uniqueness,
    Mutability,
    InvalidSyntax,
    InvalidPath,
    NoTarget,
    InvalidValue,
}

impl ScimType {
    pub fn as_str(self) -> &'static str {
        match self {
            ScimType::InvalidFilter => "invalidFilter",
            ScimType::TooMany => "tooMany",
            ScimType::Uniqueness => "uniqueness",
            ScimType::Mutability => "mutability",
            ScimType::InvalidSyntax => "invalidSyntax",
            ScimType::InvalidPath => "invalidPath",
            ScimType::NoTarget => "noTarget",
            ScimType::InvalidValue => "invalidValue",
        }
    }
}
