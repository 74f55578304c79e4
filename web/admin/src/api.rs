//! One typed function per endpoint the console calls; every JSON request and
//! answer is the server's own DTO, so a renamed field breaks the build here
//! (the import's file and the CSV downloads travel as text).

use latchkey_dto::{
    AdminResetMode, AdminResetRequest, AdminResetResponse, AdminUserDetail, AdminUserList, Branding,
    BreachStatus, CreateGroupRequest, CreateUserRequest, CustomQuestions, CustomQuestionsSaved, GroupList,
    GroupSummary, ImportReport, InvitationRequest, InvitationStatus, MethodKind, OfficePhoneRequest,
    OperatorResponse, PasswordExpiryRequest, PasswordPolicy, PasswordPolicyImpact, PolicyImpact, ResetLimits,
    ResetPolicy, UpdateCustomQuestionsRequest, UpdateGroupRequest, UpdateMeRequest,
    UpdatePasswordPolicyRequest, UpdatePolicyRequest, UpdateUserRequest, VerificationCheckRequest,
    VerificationRequest, VerificationSent,
};
pub use latchkey_web::api::{public_config, refresh, second_factor, sign_in};
pub use latchkey_web::http::ApiError;
use latchkey_web::http::{Body, get_csv, json, path, send, send_body};

pub async fn operator(token: &str) -> Result<OperatorResponse, ApiError> {
    json(send::<()>("GET", "/v1/admin/me", None, Some(token)).await?)
}

/// `query` is the list's query string without the `?` (already encoded).
pub async fn users(token: &str, query: &str) -> Result<AdminUserList, ApiError> {
    json(send::<()>("GET", &format!("/v1/admin/users?{query}"), None, Some(token)).await?)
}

pub async fn user(token: &str, id: &str) -> Result<AdminUserDetail, ApiError> {
    json(send::<()>("GET", &path(&["/v1/admin/users/", id]), None, Some(token)).await?)
}

pub async fn create_user(token: &str, body: &CreateUserRequest) -> Result<AdminUserDetail, ApiError> {
    json(send("POST", "/v1/admin/users", Some(body), Some(token)).await?)
}

pub async fn update_user(
    token: &str,
    id: &str,
    body: &UpdateUserRequest,
) -> Result<AdminUserDetail, ApiError> {
    json(send("PATCH", &path(&["/v1/admin/users/", id]), Some(body), Some(token)).await?)
}

pub async fn delete_user(token: &str, id: &str) -> Result<(), ApiError> {
    send::<()>("DELETE", &path(&["/v1/admin/users/", id]), None, Some(token)).await.map(drop)
}

pub async fn temporary_password(token: &str, id: &str) -> Result<AdminResetResponse, ApiError> {
    let body = AdminResetRequest { mode: AdminResetMode::TemporaryPassword };
    json(send("POST", &path(&["/v1/admin/users/", id, "/password-reset"]), Some(&body), Some(token)).await?)
}

/// Issues the user a Temporary Access Pass (replacing any they had): the
/// pass is in the answer this once.
pub async fn issue_access_pass(
    token: &str,
    id: &str,
    body: &latchkey_dto::AccessPassRequest,
) -> Result<latchkey_dto::AccessPassIssued, ApiError> {
    json(send("POST", &path(&["/v1/admin/users/", id, "/access-pass"]), Some(body), Some(token)).await?)
}

/// Revokes the user's pass (`method_not_registered` when none could still
/// be used); the sessions it opened end.
pub async fn revoke_access_pass(token: &str, id: &str) -> Result<(), ApiError> {
    send::<()>("DELETE", &path(&["/v1/admin/users/", id, "/access-pass"]), None, Some(token)).await.map(drop)
}

pub async fn invite(token: &str, id: &str) -> Result<InvitationStatus, ApiError> {
    let body = InvitationRequest::default();
    json(send("POST", &path(&["/v1/admin/users/", id, "/invitation"]), Some(&body), Some(token)).await?)
}

pub async fn unlock(token: &str, id: &str) -> Result<(), ApiError> {
    send::<()>("POST", &path(&["/v1/admin/users/", id, "/unlock"]), None, Some(token)).await.map(drop)
}

pub async fn end_sessions(token: &str, id: &str) -> Result<(), ApiError> {
    send::<()>("DELETE", &path(&["/v1/admin/users/", id, "/sessions"]), None, Some(token)).await.map(drop)
}

/// Lifts the lockdown the user's own report made ("This wasn't me"):
/// self-service works for them again. Administrators only.
pub async fn lift_lockdown(token: &str, id: &str) -> Result<(), ApiError> {
    send::<()>("DELETE", &path(&["/v1/admin/users/", id, "/lockdown"]), None, Some(token)).await.map(drop)
}

/// Removes one of the user's passkeys (`passkey`: its credential id); the
/// user is told.
pub async fn remove_passkey(token: &str, id: &str, passkey: &str) -> Result<(), ApiError> {
    let url = path(&["/v1/admin/users/", id, "/passkeys/", passkey]);
    send::<()>("DELETE", &url, None, Some(token)).await.map(drop)
}

/// Clears the methods the user registered, so they register again.
pub async fn clear_methods(token: &str, id: &str) -> Result<(), ApiError> {
    send::<()>("DELETE", &path(&["/v1/admin/users/", id, "/methods"]), None, Some(token)).await.map(drop)
}

/// Sets (`Some`) or removes (`None`) the desk phone code calls go to.
pub async fn set_office_phone(token: &str, id: &str, phone: Option<String>) -> Result<(), ApiError> {
    let url = path(&["/v1/admin/users/", id, "/office-phone"]);
    match phone {
        Some(phone) => send("PUT", &url, Some(&OfficePhoneRequest { phone }), Some(token)).await.map(drop),
        None => send::<()>("DELETE", &url, None, Some(token)).await.map(drop),
    }
}

pub async fn set_never_expires(token: &str, id: &str, never_expires: bool) -> Result<(), ApiError> {
    let body = PasswordExpiryRequest { never_expires };
    send("PUT", &path(&["/v1/admin/users/", id, "/password-expiry"]), Some(&body), Some(token))
        .await
        .map(drop)
}

pub async fn start_verification(
    token: &str,
    id: &str,
    kind: MethodKind,
) -> Result<VerificationSent, ApiError> {
    let body = VerificationRequest { kind };
    json(send("POST", &path(&["/v1/admin/users/", id, "/verification"]), Some(&body), Some(token)).await?)
}

pub async fn check_verification(token: &str, id: &str, code: String) -> Result<(), ApiError> {
    let body = VerificationCheckRequest { code: code.into() };
    send("POST", &path(&["/v1/admin/users/", id, "/verification/check"]), Some(&body), Some(token))
        .await
        .map(drop)
}

/// `content_type` is `text/csv` or `application/x-ndjson`.
/// `invite`: email each user the import creates an invitation to set a password.
pub async fn import(
    token: &str,
    content_type: &str,
    text: &str,
    dry_run: bool,
    invite: bool,
) -> Result<ImportReport, ApiError> {
    let url = format!("/v1/admin/users/import?dry_run={dry_run}&invite={invite}");
    json(send_body::<()>("POST", &url, Body::Text { content_type, text }, Some(token)).await?)
}

pub async fn export(token: &str) -> Result<String, ApiError> {
    get_csv("/v1/admin/users/export", Some(token)).await
}

pub async fn reset_policy(token: &str) -> Result<ResetPolicy, ApiError> {
    json(send::<()>("GET", "/v1/admin/policy", None, Some(token)).await?)
}

pub async fn preview_reset_policy(token: &str, body: &ResetPolicy) -> Result<PolicyImpact, ApiError> {
    json(send("POST", "/v1/admin/policy/preview", Some(body), Some(token)).await?)
}

pub async fn save_reset_policy(token: &str, body: &UpdatePolicyRequest) -> Result<PolicyImpact, ApiError> {
    json(send("PUT", "/v1/admin/policy", Some(body), Some(token)).await?)
}

/// The running registration campaign (`current: null` when none) and its
/// progress as the scheduled work last counted it.
pub async fn campaign(token: &str) -> Result<latchkey_dto::CampaignOverview, ApiError> {
    json(send::<()>("GET", "/v1/admin/campaigns", None, Some(token)).await?)
}

/// Starts a registration campaign; a running one is replaced (its
/// invitations and "later"s start afresh).
pub async fn start_campaign(
    token: &str,
    body: &latchkey_dto::CampaignRequest,
) -> Result<latchkey_dto::CampaignOverview, ApiError> {
    json(send("PUT", "/v1/admin/campaigns/current", Some(body), Some(token)).await?)
}

pub async fn end_campaign(token: &str) -> Result<(), ApiError> {
    send::<()>("DELETE", "/v1/admin/campaigns/current", None, Some(token)).await.map(drop)
}

pub async fn password_policy(token: &str) -> Result<PasswordPolicy, ApiError> {
    json(send::<()>("GET", "/v1/admin/password-policy", None, Some(token)).await?)
}

pub async fn breach_status(token: &str) -> Result<BreachStatus, ApiError> {
    json(send::<()>("GET", "/v1/admin/password-policy/breaches", None, Some(token)).await?)
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

pub async fn branding(token: &str) -> Result<Branding, ApiError> {
    json(send::<()>("GET", "/v1/admin/branding", None, Some(token)).await?)
}

pub async fn save_branding(token: &str, body: &Branding) -> Result<Branding, ApiError> {
    json(send("PUT", "/v1/admin/branding", Some(body), Some(token)).await?)
}

pub async fn reset_limits(token: &str) -> Result<ResetLimits, ApiError> {
    json(send::<()>("GET", "/v1/admin/reset-limits", None, Some(token)).await?)
}

pub async fn save_reset_limits(token: &str, body: &ResetLimits) -> Result<ResetLimits, ApiError> {
    json(send("PUT", "/v1/admin/reset-limits", Some(body), Some(token)).await?)
}

pub async fn groups(token: &str, next: Option<&str>) -> Result<GroupList, ApiError> {
    let url = match next {
        Some(n) => {
            format!("/v1/admin/groups?limit=50&next={}", String::from(js_sys::encode_uri_component(n)))
        }
        None => "/v1/admin/groups?limit=50".to_owned(),
    };
    json(send::<()>("GET", &url, None, Some(token)).await?)
}

/// The first 200 groups' names, in name order, for the pickers that offer
/// them as an operator types.
pub async fn group_names(token: &str) -> Result<Vec<String>, ApiError> {
    let list: GroupList = json(send::<()>("GET", "/v1/admin/groups?limit=200", None, Some(token)).await?)?;
    Ok(list.groups.into_iter().map(|g| g.name).collect())
}

pub async fn create_group(token: &str, body: &CreateGroupRequest) -> Result<GroupSummary, ApiError> {
    json(send("POST", "/v1/admin/groups", Some(body), Some(token)).await?)
}

pub async fn update_group(
    token: &str,
    name: &str,
    body: &UpdateGroupRequest,
) -> Result<GroupSummary, ApiError> {
    json(send("PATCH", &path(&["/v1/admin/groups/", name]), Some(body), Some(token)).await?)
}

pub async fn delete_group(token: &str, name: &str, accept_impact: bool) -> Result<(), ApiError> {
    let url = format!("{}?accept_impact={accept_impact}", path(&["/v1/admin/groups/", name]));
    send::<()>("DELETE", &url, None, Some(token)).await.map(drop)
}

pub async fn group_members(token: &str, name: &str) -> Result<AdminUserList, ApiError> {
    let url = format!("{}?limit=100", path(&["/v1/admin/groups/", name, "/members"]));
    json(send::<()>("GET", &url, None, Some(token)).await?)
}

pub async fn add_member(token: &str, name: &str, user_id: &str) -> Result<(), ApiError> {
    send::<()>("PUT", &path(&["/v1/admin/groups/", name, "/members/", user_id]), None, Some(token))
        .await
        .map(drop)
}

pub async fn remove_member(token: &str, name: &str, user_id: &str) -> Result<(), ApiError> {
    send::<()>("DELETE", &path(&["/v1/admin/groups/", name, "/members/", user_id]), None, Some(token))
        .await
        .map(drop)
}

/// The operator's own account, as the portal shows it to any user.
pub async fn me(token: &str) -> Result<latchkey_dto::MeResponse, ApiError> {
    json(send::<()>("GET", "/v1/me", None, Some(token)).await?)
}

/// Turns the weekly digest by email on or off for the operator (only one
/// who may read the reports: `forbidden` otherwise).
pub async fn set_weekly_digest(token: &str, on: bool) -> Result<(), ApiError> {
    let body = UpdateMeRequest { weekly_digest: Some(on), ..UpdateMeRequest::default() };
    send("PATCH", "/v1/me", Some(&body), Some(token)).await.map(drop)
}

pub async fn clients(token: &str) -> Result<latchkey_dto::ApiClientList, ApiError> {
    json(send::<()>("GET", "/v1/admin/clients", None, Some(token)).await?)
}

pub async fn create_client(
    token: &str,
    body: &latchkey_dto::CreateClientRequest,
) -> Result<latchkey_dto::ApiClientSecret, ApiError> {
    json(send("POST", "/v1/admin/clients", Some(body), Some(token)).await?)
}

pub async fn rotate_client(token: &str, id: &str) -> Result<latchkey_dto::ApiClientSecret, ApiError> {
    json(send::<()>("POST", &path(&["/v1/admin/clients/", id, "/secret"]), None, Some(token)).await?)
}

pub async fn revoke_client(token: &str, id: &str) -> Result<(), ApiError> {
    send::<()>("DELETE", &path(&["/v1/admin/clients/", id]), None, Some(token)).await.map(drop)
}

pub async fn agents(token: &str) -> Result<latchkey_dto::AgentList, ApiError> {
    json(send::<()>("GET", "/v1/admin/agents", None, Some(token)).await?)
}

pub async fn enrol_agent(
    token: &str,
    body: &latchkey_dto::CreateEnrolmentRequest,
) -> Result<latchkey_dto::AgentEnrolment, ApiError> {
    json(send("POST", "/v1/admin/agents/enrolments", Some(body), Some(token)).await?)
}

pub async fn revoke_agent(token: &str, id: &str) -> Result<(), ApiError> {
    send::<()>("DELETE", &path(&["/v1/admin/agents/", id]), None, Some(token)).await.map(drop)
}

/// `query` is the report's filters without the `?` (already encoded).
pub async fn reset_activity(token: &str, query: &str) -> Result<latchkey_dto::ResetActivityPage, ApiError> {
    json(send::<()>("GET", &format!("/v1/reports/reset-activity?{query}"), None, Some(token)).await?)
}

/// Every event matching `query` (its cursor aside) as the server's CSV.
pub async fn reset_activity_csv(token: &str, query: &str) -> Result<String, ApiError> {
    get_csv(&format!("/v1/reports/reset-activity?{query}"), Some(token)).await
}

pub async fn registration_activity(
    token: &str,
    query: &str,
) -> Result<latchkey_dto::ResetActivityPage, ApiError> {
    json(send::<()>("GET", &format!("/v1/reports/registration-activity?{query}"), None, Some(token)).await?)
}

pub async fn registration_summary(token: &str) -> Result<latchkey_dto::RegistrationSummary, ApiError> {
    json(send::<()>("GET", "/v1/reports/registration-summary", None, Some(token)).await?)
}

/// `next`: the previous page's cursor.
pub async fn not_registered(
    token: &str,
    next: Option<&str>,
) -> Result<latchkey_dto::NotRegisteredPage, ApiError> {
    let url = match next {
        Some(n) => format!(
            "/v1/reports/not-registered?limit=50&next={}",
            String::from(js_sys::encode_uri_component(n))
        ),
        None => "/v1/reports/not-registered?limit=50".to_owned(),
    };
    json(send::<()>("GET", &url, None, Some(token)).await?)
}

pub async fn not_registered_csv(token: &str) -> Result<String, ApiError> {
    get_csv("/v1/reports/not-registered", Some(token)).await
}

/// The administrator's questions answered over `from`..now (RFC 3339).
pub async fn insights(token: &str, from: &str) -> Result<latchkey_dto::ReportInsights, ApiError> {
    let url = format!("/v1/reports/insights?from={}", String::from(js_sys::encode_uri_component(from)));
    json(send::<()>("GET", &url, None, Some(token)).await?)
}

pub async fn wording(token: &str, lang: &str) -> Result<latchkey_dto::Wording, ApiError> {
    json(send::<()>("GET", &path(&["/v1/admin/wording/", lang]), None, Some(token)).await?)
}

pub async fn save_wording(
    token: &str,
    lang: &str,
    id: &str,
    text: String,
) -> Result<latchkey_dto::WordingMessage, ApiError> {
    let body = latchkey_dto::SetWordingRequest { text };
    json(send("PUT", &path(&["/v1/admin/wording/", lang, "/", id]), Some(&body), Some(token)).await?)
}

pub async fn restore_wording(
    token: &str,
    lang: &str,
    id: &str,
) -> Result<latchkey_dto::WordingMessage, ApiError> {
    json(send::<()>("DELETE", &path(&["/v1/admin/wording/", lang, "/", id]), None, Some(token)).await?)
}

/// Every subscription, and every event type one may name.
pub async fn webhooks(token: &str) -> Result<latchkey_dto::WebhookList, ApiError> {
    json(send::<()>("GET", "/v1/admin/webhooks", None, Some(token)).await?)
}

/// A new subscription, with its signing secret (shown this once).
pub async fn create_webhook(
    token: &str,
    body: &latchkey_dto::CreateWebhookRequest,
) -> Result<latchkey_dto::WebhookSecret, ApiError> {
    json(send("POST", "/v1/admin/webhooks", Some(body), Some(token)).await?)
}

/// Changes what `body` gives: the address, the events, the description, or
/// whether deliveries are paused.
pub async fn edit_webhook(
    token: &str,
    id: &str,
    body: &latchkey_dto::EditWebhookRequest,
) -> Result<latchkey_dto::WebhookInfo, ApiError> {
    json(send("PATCH", &path(&["/v1/admin/webhooks/", id]), Some(body), Some(token)).await?)
}

pub async fn delete_webhook(token: &str, id: &str) -> Result<(), ApiError> {
    send::<()>("DELETE", &path(&["/v1/admin/webhooks/", id]), None, Some(token)).await.map(drop)
}

/// A new signing secret; the previous one keeps signing beside it for a while.
pub async fn rotate_webhook(token: &str, id: &str) -> Result<latchkey_dto::WebhookSecret, ApiError> {
    json(send::<()>("POST", &path(&["/v1/admin/webhooks/", id, "/secret"]), None, Some(token)).await?)
}

/// A page of the subscription's deliveries, newest first; `cursor`: the
/// previous page's `next`.
pub async fn webhook_deliveries(
    token: &str,
    id: &str,
    cursor: Option<&str>,
) -> Result<latchkey_dto::WebhookDeliveryPage, ApiError> {
    let mut url = path(&["/v1/admin/webhooks/", id, "/deliveries"]);
    if let Some(cursor) = cursor {
        url.push_str(&format!("?cursor={}", String::from(js_sys::encode_uri_component(cursor))));
    }
    json(send::<()>("GET", &url, None, Some(token)).await?)
}

/// Sends a delivery again (its `webhook-id` unchanged, so a receiver can tell a repeat).
pub async fn redeliver(
    token: &str,
    id: &str,
    delivery: &str,
) -> Result<latchkey_dto::WebhookDeliveryInfo, ApiError> {
    let url = path(&["/v1/admin/webhooks/", id, "/deliveries/", delivery, "/redeliver"]);
    json(send::<()>("POST", &url, None, Some(token)).await?)
}
