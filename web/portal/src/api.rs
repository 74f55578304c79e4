//! The typed REST client: every call takes and returns the server's own DTOs.

use latchkey_dto::{
    AcceptInvitationRequest, AuthenticatorRegistered, AuthenticatorSetup, AuthenticatorSetupRequest,
    ChallengeRequest, ChallengeResponse, ChangePasswordRequest, CodeSent, ConfirmMethodsRequest, MeResponse,
    OwnActivity, OwnReportRequest, PasskeyRenameRequest, PasskeyView, QuestionAnswer, RegisterEmailRequest,
    RegisterMobileRequest, RegisterQuestionsRequest, ReportRequest, ResetPasswordRequest,
    SecurityQuestionsResponse, StartResetRequest, StartResetResponse, UnlockRequest, VerifyMethodRequest,
    VerifyRequest, VerifyResponse,
};
pub use latchkey_web::api::{refresh, second_factor, sign_in};
pub use latchkey_web::http::ApiError;
use latchkey_web::http::{json, path, send};
use latchkey_web::passkey;

/// A fresh authenticator key to add to the app (with its QR code).
pub async fn set_up_authenticator(token: &str) -> Result<AuthenticatorSetup, ApiError> {
    let body = AuthenticatorSetupRequest::default();
    json(send("PUT", "/v1/me/methods/authenticator", Some(&body), Some(token)).await?)
}

/// Proves the key with its first code: at sign-in (`at_sign_in`, which also
/// starts the session) or from a session.
pub async fn verify_authenticator(
    token: &str,
    code: String,
    at_sign_in: bool,
) -> Result<AuthenticatorRegistered, ApiError> {
    let path = if at_sign_in {
        "/v1/sessions/authenticator/registration"
    } else {
        "/v1/me/methods/authenticator/verify"
    };
    json(send("POST", path, Some(&VerifyMethodRequest { code: code.into() }), Some(token)).await?)
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

/// Proves the flow's passkey method `method_id` with a passkey on this
/// device: the challenge's ceremony, the browser's prompt, then the
/// verification (`passkey_invalid` with the tries left when refused,
/// `code_expired` when the ceremony ran out).
pub async fn prove_passkey(reset_id: &str, method_id: &str) -> Result<VerifyResponse, passkey::Failure> {
    let (challenges, verifications) =
        (reset_path(reset_id, "challenges"), reset_path(reset_id, "verifications"));
    passkey::prove_reset(&challenges, &verifications, method_id).await
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

/// "Later" to the registration campaign: the profile, whose `campaign`
/// says how many are left (`registration_required` when none was).
pub async fn snooze_registration(token: &str) -> Result<MeResponse, ApiError> {
    json(send::<()>("POST", "/v1/me/registration/snooze", None, Some(token)).await?)
}

/// The user's own last 30 days, newest first, each event in the page's
/// language (the server words them for the request's `Accept-Language`).
pub async fn own_activity(token: &str) -> Result<OwnActivity, ApiError> {
    json(send::<()>("GET", "/v1/me/activity", None, Some(token)).await?)
}

/// "This wasn't me" from a security notice's link, with the link's token
/// and no session: the account is locked down (`report_link_invalid` for a
/// used, expired or forged link alike).
pub async fn report(link_token: &str) -> Result<(), ApiError> {
    let body = ReportRequest { token: link_token.into() };
    send("POST", "/v1/report", Some(&body), None).await.map(drop)
}

/// "This wasn't me" beside an event of the user's recent activity: the
/// account is locked down, and every session, this one too, has ended.
pub async fn report_own(token: &str, event: &str) -> Result<(), ApiError> {
    let body = OwnReportRequest { event: event.to_owned() };
    send("POST", "/v1/me/report", Some(&body), Some(token)).await.map(drop)
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
    let body = VerifyMethodRequest { code: code.into() };
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

fn reset_path(reset_id: &str, action: &str) -> String {
    let id = String::from(js_sys::encode_uri_component(reset_id));
    format!("/v1/resets/{id}/{action}")
}

/// Renames one of the user's passkeys (`id`: its credential id).
pub async fn rename_passkey(token: &str, id: &str, name: &str) -> Result<PasskeyView, ApiError> {
    let body = PasskeyRenameRequest { name: name.to_owned() };
    json(send("PATCH", &path(&["/v1/me/passkeys/", id]), Some(&body), Some(token)).await?)
}

/// Removes one of the user's passkeys; a session over five minutes old is
/// refused with `reauthentication_required` (sign in again first).
pub async fn remove_passkey(token: &str, id: &str) -> Result<(), ApiError> {
    send::<()>("DELETE", &path(&["/v1/me/passkeys/", id]), None, Some(token)).await.map(drop)
}

/// Signs in with a Temporary Access Pass: a session that can only make a
/// passkey or an authenticator and set the password (`next`: `access_pass`).
/// A wrong, used, expired or revoked pass is `invalid_credentials`.
pub async fn sign_in_with_pass(
    body: &latchkey_dto::AccessPassSignInRequest,
) -> Result<latchkey_dto::SignInResponse, ApiError> {
    json(send("POST", "/v1/sessions", Some(body), None).await?)
}

/// Sets the user's own password from a pass's session; sign in with it
/// after (every other session of the user has ended).
pub async fn set_password_with_pass(
    token: &str,
    body: &latchkey_dto::SetPasswordRequest,
) -> Result<(), ApiError> {
    send("POST", "/v1/sessions/access-pass/password", Some(body), Some(token)).await.map(drop)
}
