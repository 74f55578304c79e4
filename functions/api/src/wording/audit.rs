//! The audit trail in plain words, in the reader's language: what each
//! action is called, how it ended, and its reason codes as a person reads
//! them ("a wrong code", "too short"). The codes stay on the wire for
//! programs; these words (the `audit-…` messages of the server's
//! catalogue) are for screens and the CSV's last columns. Each function
//! speaks the language of the request being answered; its `_in` twin is
//! told the language.

use latchkey_core::messaging::words::{Args, say};
use latchkey_core::model::audit::{Action, Outcome, Reason};
use latchkey_core::model::language::Language;

use crate::language;

/// What an action is called, as the start of a sentence.
pub fn action(action: Action) -> String {
    action_in(language::current(), action)
}

/// What an action is called in `lang`.
pub fn action_in(lang: Language, action: Action) -> String {
    say(lang, action_id(action), &Args::new())
}

/// How an event ended, in a word.
pub fn outcome(outcome: Outcome) -> String {
    outcome_in(language::current(), outcome)
}

/// How an event ended, in a word of `lang`.
pub fn outcome_in(lang: Language, outcome: Outcome) -> String {
    say(lang, outcome_id(outcome), &Args::new())
}

/// A reason in words: its codes, each in words, one after another.
pub fn reason(reason: &Reason) -> String {
    reason_in(language::current(), reason)
}

/// A reason in the words of `lang`: its codes, each in words, separated
/// as `lang` separates items that may themselves hold commas.
pub fn reason_in(lang: Language, reason: &Reason) -> String {
    let gap = match lang {
        Language::Fr => " ; ",
        Language::Ja => "；",
        Language::Ar => "؛ ",
        Language::En | Language::De | Language::Es | Language::Pt => "; ",
    };
    reason.codes().iter().filter(|c| !c.is_empty()).map(|c| code(lang, c)).collect::<Vec<_>>().join(gap)
}

/// The message naming an action.
fn action_id(action: Action) -> &'static str {
    use Action::*;
    match action {
        SignIn => "audit-action-sign-in",
        SignOut => "audit-action-sign-out",
        SessionEnded => "audit-action-session-ended",
        PasswordChange => "audit-action-password-change",
        AccountLockout => "audit-action-account-lockout",
        UserCreated => "audit-action-user-created",
        SettingsChanged => "audit-action-settings-changed",
        ResetStarted => "audit-action-reset-started",
        ResetCodeSent => "audit-action-reset-code-sent",
        ResetCodeFailed => "audit-action-reset-code-failed",
        ResetMethodVerified => "audit-action-reset-method-verified",
        ResetBlocked => "audit-action-reset-blocked",
        ResetCompleted => "audit-action-reset-completed",
        AccountUnlocked => "audit-action-account-unlocked",
        MethodCodeSent => "audit-action-method-code-sent",
        MethodCodeFailed => "audit-action-method-code-failed",
        MethodRegistered => "audit-action-method-registered",
        MethodRemoved => "audit-action-method-removed",
        MethodsConfirmed => "audit-action-methods-confirmed",
        UserUpdated => "audit-action-user-updated",
        AdminPasswordReset => "audit-action-admin-password-reset",
        RolesChanged => "audit-action-roles-changed",
        UserDeleted => "audit-action-user-deleted",
        InvitationSent => "audit-action-invitation-sent",
        InvitationAccepted => "audit-action-invitation-accepted",
        HelpdeskCheck => "audit-action-helpdesk-check",
        GroupCreated => "audit-action-group-created",
        GroupUpdated => "audit-action-group-updated",
        GroupRenamed => "audit-action-group-renamed",
        GroupDeleted => "audit-action-group-deleted",
        GroupMemberAdded => "audit-action-group-member-added",
        GroupMemberRemoved => "audit-action-group-member-removed",
        BreachedPasswordAudited => "audit-action-breached-password-audited",
        AgentEnrolmentIssued => "audit-action-agent-enrolment-issued",
        AgentEnrolled => "audit-action-agent-enrolled",
        AgentKeysRotated => "audit-action-agent-keys-rotated",
        AgentRevoked => "audit-action-agent-revoked",
        DirectorySynced => "audit-action-directory-synced",
        ClientCreated => "audit-action-client-created",
        ClientSecretRotated => "audit-action-client-secret-rotated",
        ClientRevoked => "audit-action-client-revoked",
        ClientTokenRefused => "audit-action-client-token-refused",
        WebhookCreated => "audit-action-webhook-created",
        WebhookChanged => "audit-action-webhook-changed",
        WebhookSecretRotated => "audit-action-webhook-secret-rotated",
        WebhookDeleted => "audit-action-webhook-deleted",
        WebhookPaused => "audit-action-webhook-paused",
        PreferenceChanged => "audit-action-preference-changed",
        BreachedPasswordFound => "audit-action-breached-password-found",
        ExpiryReminderSent => "audit-action-expiry-reminder-sent",
        ScheduledRun => "audit-action-scheduled-run",
        AccountReported => "audit-action-account-reported",
        LockdownLifted => "audit-action-lockdown-lifted",
        CampaignStarted => "audit-action-campaign-started",
        CampaignEnded => "audit-action-campaign-ended",
        CampaignInvitationSent => "audit-action-campaign-invitation-sent",
        RegistrationSnoozed => "audit-action-registration-snoozed",
        AccessPassIssued => "audit-action-access-pass-issued",
        AccessPassUsed => "audit-action-access-pass-used",
        AccessPassRevoked => "audit-action-access-pass-revoked",
        AccessPassExpired => "audit-action-access-pass-expired",
    }
}

/// The message naming an outcome.
fn outcome_id(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Success => "audit-outcome-success",
        Outcome::Failure => "audit-outcome-failure",
        Outcome::Locked => "audit-outcome-locked",
        Outcome::Blocked => "audit-outcome-blocked",
    }
}

/// The message each reason code is said by. A code not here is read as
/// its words (`send_failed` → "send failed"), so no code reaches a screen
/// as code.
const CODES: &[(&str, &str)] = &[
    ("access_pass", "audit-reason-access-pass"),
    ("access_pass_invalid", "audit-reason-access-pass-invalid"),
    ("account_disabled", "audit-reason-account-disabled"),
    ("account_locked", "audit-reason-account-locked"),
    ("account_locked_down", "audit-reason-account-locked-down"),
    ("activity", "audit-reason-activity"),
    ("administrator", "audit-reason-administrator"),
    ("answers_invalid", "audit-reason-answers-invalid"),
    ("audit_only", "audit-reason-audit-only"),
    ("authenticator_code_invalid", "audit-reason-authenticator-code-invalid"),
    ("banned", "audit-reason-banned"),
    ("breached", "audit-reason-breached"),
    ("code_expired", "audit-reason-code-expired"),
    ("code_invalid", "audit-reason-code-invalid"),
    ("code_sent", "audit-reason-code-sent"),
    ("corpus", "audit-reason-corpus"),
    ("custom_banned", "audit-reason-custom-banned"),
    ("directory_complexity", "audit-reason-directory-complexity"),
    ("directory_refused", "audit-reason-directory-refused"),
    ("directory_unavailable", "audit-reason-directory-unavailable"),
    ("failed_proofs", "audit-reason-failed-proofs"),
    ("failed_proofs_per_day", "audit-reason-failed-proofs-per-day"),
    ("flow_send_limit", "audit-reason-flow-send-limit"),
    ("helpdesk", "audit-reason-helpdesk"),
    ("import", "audit-reason-import"),
    ("in_history", "audit-reason-in-history"),
    ("invalid_scope", "audit-reason-invalid-scope"),
    ("max_length", "audit-reason-max-length"),
    ("min_length", "audit-reason-min-length"),
    ("minutes", "audit-reason-minutes"),
    ("multi_use", "audit-reason-multi-use"),
    ("named_by_a_user_edit", "audit-reason-named-by-a-user-edit"),
    ("no_invitation", "audit-reason-no-invitation"),
    ("no_password", "audit-reason-no-password"),
    ("not_registered", "audit-reason-not-registered"),
    ("notice_link", "audit-reason-notice-link"),
    ("one_time", "audit-reason-one-time"),
    ("operator", "audit-reason-operator"),
    ("out_of_scope", "audit-reason-out-of-scope"),
    ("passkey", "audit-reason-passkey"),
    ("passkey_invalid", "audit-reason-passkey-invalid"),
    ("passkey_model_not_allowed", "audit-reason-passkey-model-not-allowed"),
    ("passkey_renamed", "audit-reason-passkey-renamed"),
    ("personal", "audit-reason-personal"),
    ("phone_cap", "audit-reason-phone-cap"),
    ("recovery_code", "audit-reason-recovery-code"),
    ("refresh_reused", "audit-reason-refresh-reused"),
    ("replaced", "audit-reason-replaced"),
    ("reported", "audit-reason-reported"),
    ("revoked", "audit-reason-revoked"),
    ("second_factor_required", "audit-reason-second-factor-required"),
    ("self_service", "audit-reason-self-service"),
    ("send_failed", "audit-reason-send-failed"),
    ("send_limit", "audit-reason-send-limit"),
    ("sessions_ended", "audit-reason-sessions-ended"),
    ("temporary_password", "audit-reason-temporary-password"),
    ("temporary_password_expired", "audit-reason-temporary-password-expired"),
    ("too_many_failures", "audit-reason-too-many-failures"),
    ("unknown_client", "audit-reason-unknown-client"),
    ("unknown_user", "audit-reason-unknown-user"),
    ("unlock", "audit-reason-unlock"),
    ("verified", "audit-reason-verified"),
    ("wrong_password", "audit-reason-wrong-password"),
    ("wrong_secret", "audit-reason-wrong-secret"),
];

/// The words of a known code in `lang`.
fn known(lang: Language, code: &str) -> Option<String> {
    CODES.iter().find(|(c, _)| *c == code).map(|(_, id)| say(lang, id, &Args::new()))
}

/// One code in words: a known one from the table, a `name:value` pair as
/// "name value" (`written_back_by:agent-1` → "written back by agent-1"),
/// or, when the name is a known code, as the reason and its detail
/// ("the directory refused it: a password used before"); anything else
/// with its underscores as spaces.
fn code(lang: Language, code: &str) -> String {
    if let Some(words) = known(lang, code) {
        return words;
    }
    match code.split_once(':') {
        Some((name, value)) if known(lang, name).is_some() => say(
            lang,
            "audit-reason-detail",
            &Args::new().text("reason", spaced(lang, name)).text("detail", spaced(lang, value)),
        ),
        Some((name, value)) => format!("{} {}", spaced(lang, name), spaced(lang, value)),
        None => spaced(lang, code),
    }
}

fn spaced(lang: Language, code: &str) -> String {
    let words = code.replace('_', " ");
    match CODES.iter().find(|(c, _)| c.replace('_', " ") == words) {
        Some((_, id)) => say(lang, id, &Args::new()),
        None => words,
    }
}

#[cfg(test)]
mod tests {
    use axum::body::Body;
    use axum::http::Request;
    use latchkey_core::messaging::words::has;
    use tower::ServiceExt;

    use super::*;

    #[test]
    fn english_keeps_its_words() {
        assert_eq!(action_in(Language::En, Action::SignIn), "Sign-in");
        assert_eq!(action_in(Language::En, Action::ResetCodeSent), "Reset code sent");
        assert_eq!(action_in(Language::En, Action::AdminPasswordReset), "Password reset by an operator");
        assert_eq!(
            action_in(Language::En, Action::BreachedPasswordAudited),
            "Breached password accepted (audit only)"
        );
        assert_eq!(outcome_in(Language::En, Outcome::Success), "Succeeded");
        assert_eq!(outcome_in(Language::En, Outcome::Locked), "Locked out");
        // Outside a request, the words are English.
        assert_eq!(action(Action::ResetCodeFailed), "Wrong reset code");
        assert_eq!(reason(&Reason::from("code_invalid")), "a wrong code");
    }

    #[test]
    fn reasons_read_as_words_and_no_code_survives() {
        assert_eq!(
            reason(&Reason::from("min_length,banned,breached")),
            "too short; a banned word; found in known breaches"
        );
        assert_eq!(
            reason(&Reason::from("password_reset,written_back_by:agent-1")),
            "password reset; written back by agent-1"
        );
        assert_eq!(
            reason(&Reason::from("directory_refused:in_history")),
            "the directory refused it: a password used before"
        );
        for lang in Language::ALL {
            for (code, _) in CODES {
                assert!(!reason_in(lang, &Reason::from(*code)).contains('_'), "{lang}: {code}");
            }
        }
        assert_eq!(
            reason_in(Language::De, &Reason::from("min_length,banned")),
            "zu kurz; ein gesperrtes Wort"
        );
        assert_eq!(
            reason_in(Language::Fr, &Reason::from("directory_refused:in_history")),
            "l'annuaire l'a refusé : un mot de passe déjà utilisé"
        );
    }

    #[test]
    fn every_action_has_words_without_underscores() {
        for a in [
            Action::SignIn,
            Action::ResetCodeFailed,
            Action::ClientTokenRefused,
            Action::BreachedPasswordAudited,
        ] {
            assert!(!action(a).contains('_') && action(a).chars().next().is_some_and(char::is_uppercase));
        }
    }

    /// Every action, outcome and reason code names a message (the matches
    /// above are exhaustive), and every message is in every language.
    #[test]
    fn every_message_named_here_is_in_every_catalogue() {
        let source = include_str!("audit.rs");
        let ids: Vec<&str> = source
            .split('"')
            .filter(|s| s.starts_with("audit-") && !s.ends_with('-'))
            .filter(|s| s.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
            .collect();
        // 43 actions, 4 outcomes, 48 reason codes and a reason's detail.
        assert!(ids.len() >= 96, "the ids were found: {}", ids.len());
        for lang in Language::ALL {
            for id in &ids {
                assert!(has(lang, id), "{lang}: {id} is not in the catalogue");
            }
        }
        for (code, id) in CODES {
            assert_eq!(*id, format!("audit-reason-{}", code.replace('_', "-")), "{code}");
        }
    }

    /// A request in German gets German words, through the layer that
    /// decides a request's language; one in no language asked for, English.
    #[tokio::test]
    async fn a_german_request_reads_german_words() {
        let app = axum::Router::new()
            .route(
                "/",
                axum::routing::get(|| async {
                    let reason = reason(&Reason::from("code_invalid,send_limit"));
                    format!("{}|{}|{reason}", action(Action::SignIn), outcome(Outcome::Failure))
                }),
            )
            .layer(axum::middleware::from_fn(crate::language::speak));
        let said = |accept: &'static str| {
            let app = app.clone();
            async move {
                let request =
                    Request::get("/").header("accept-language", accept).body(Body::empty()).unwrap();
                let response = app.oneshot(request).await.unwrap();
                let body = axum::body::to_bytes(response.into_body(), 1024).await.unwrap();
                String::from_utf8(body.to_vec()).unwrap()
            }
        };
        assert_eq!(
            said("de-DE,de;q=0.9").await,
            "Anmeldung|Fehlgeschlagen|ein falscher Code; zu viele Codes gesendet"
        );
        assert_eq!(said("en").await, "Sign-in|Failed|a wrong code; too many codes sent");
        assert_eq!(said("ja").await, "サインイン|失敗|コードの誤り；送信したコードが多すぎます");
    }
}
