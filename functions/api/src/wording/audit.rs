//! The audit trail in plain words: what each action is called, and its
//! reason codes as a person reads them ("a wrong code", "too short"). The
//! codes stay on the wire for programs; these words are for screens and
//! the CSV's last columns.

use latchkey_core::model::audit::{Action, Outcome, Reason};

/// What an action is called, as the start of a sentence.
pub fn action(action: Action) -> &'static str {
    use Action::*;
    match action {
        SignIn => "Sign-in",
        SignOut => "Sign-out",
        SessionEnded => "Session ended",
        PasswordChange => "Password change",
        AccountLockout => "Account locked",
        UserCreated => "User created",
        SettingsChanged => "Settings changed",
        ResetStarted => "Reset started",
        ResetCodeSent => "Reset code sent",
        ResetCodeFailed => "Wrong reset code",
        ResetMethodVerified => "Reset method proven",
        ResetBlocked => "Reset refused",
        ResetCompleted => "Reset completed",
        AccountUnlocked => "Account unlocked",
        MethodCodeSent => "Registration code sent",
        MethodCodeFailed => "Wrong registration code",
        MethodRegistered => "Method registered",
        MethodRemoved => "Method removed",
        MethodsConfirmed => "Methods confirmed",
        UserUpdated => "User edited",
        AdminPasswordReset => "Password reset by an operator",
        RolesChanged => "Roles changed",
        UserDeleted => "User deleted",
        InvitationSent => "Invitation sent",
        InvitationAccepted => "Invitation used",
        HelpdeskCheck => "Help desk identity check",
        GroupCreated => "Group created",
        GroupUpdated => "Group edited",
        GroupRenamed => "Group renamed",
        GroupDeleted => "Group deleted",
        GroupMemberAdded => "Added to a group",
        GroupMemberRemoved => "Removed from a group",
        BreachedPasswordAudited => "Breached password accepted (audit only)",
        AgentEnrolmentIssued => "Agent enrolment token issued",
        AgentEnrolled => "Agent enrolled",
        AgentKeysRotated => "Agent keys replaced",
        AgentRevoked => "Agent revoked",
        DirectorySynced => "Directory synced",
        ClientCreated => "API client created",
        ClientSecretRotated => "API client secret rotated",
        ClientRevoked => "API client revoked",
        ClientTokenRefused => "API client token refused",
        PreferenceChanged => "Preference changed",
    }
}

/// How an event ended, in a word.
pub fn outcome(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Success => "Succeeded",
        Outcome::Failure => "Failed",
        Outcome::Locked => "Locked out",
        Outcome::Blocked => "Blocked",
    }
}

/// What each reason code says. A code not here is read as its words
/// (`send_failed` → "send failed"), so no code reaches a screen as code.
const CODES: &[(&str, &str)] = &[
    ("account_disabled", "the account is disabled"),
    ("account_locked", "the account was locked"),
    ("administrator", "by an administrator"),
    ("answers_invalid", "wrong answers"),
    ("audit_only", "accepted because the breach check only records"),
    ("authenticator_code_invalid", "a wrong authenticator code"),
    ("banned", "a banned word"),
    ("breached", "found in known breaches"),
    ("code_expired", "the code had expired"),
    ("code_invalid", "a wrong code"),
    ("code_sent", "a code was sent"),
    ("corpus", "in the breach corpus"),
    ("custom_banned", "one of the organisation's banned words"),
    ("directory_complexity", "the directory's complexity rules"),
    ("directory_refused", "the directory refused it"),
    ("directory_unavailable", "the directory could not be reached"),
    ("failed_proofs", "too many failed proofs"),
    ("failed_proofs_per_day", "too many failed proofs today"),
    ("flow_send_limit", "too many codes in one reset"),
    ("helpdesk", "by the help desk"),
    ("import", "by an import"),
    ("in_history", "a password used before"),
    ("invalid_scope", "a scope the client does not hold"),
    ("max_length", "too long"),
    ("min_length", "too short"),
    ("named_by_a_user_edit", "named in a user's edit"),
    ("no_invitation", "no invitation was pending"),
    ("no_password", "no password was set"),
    ("not_registered", "not registered"),
    ("out_of_scope", "not allowed to reset"),
    ("personal", "contains the person's name"),
    ("phone_cap", "the phone spending cap"),
    ("recovery_code", "with a recovery code"),
    ("refresh_reused", "a spent refresh credential came back"),
    ("second_factor_required", "a second factor was needed"),
    ("self_service", "by the person themselves"),
    ("send_failed", "the message could not be sent"),
    ("send_limit", "too many codes sent"),
    ("sessions_ended", "every session was ended"),
    ("temporary_password", "with a temporary password"),
    ("temporary_password_expired", "the temporary password had expired"),
    ("too_many_failures", "too many failures"),
    ("unknown_client", "an unknown API client"),
    ("unknown_user", "no such user"),
    ("unlock", "to unlock"),
    ("verified", "after checking who it was"),
    ("wrong_password", "a wrong password"),
    ("wrong_secret", "a wrong client secret"),
];

/// One code in words: a known one from the table, a `name:value` pair as
/// "name value" (`written_back_by:agent-1` → "written back by agent-1"),
/// anything else with its underscores as spaces.
fn code(code: &str) -> String {
    if let Some((_, words)) = CODES.iter().find(|(c, _)| *c == code) {
        return (*words).to_owned();
    }
    match code.split_once(':') {
        Some((name, value)) if CODES.iter().any(|(c, _)| *c == name) => {
            format!("{}: {}", spaced(name), spaced(value))
        }
        Some((name, value)) => format!("{} {}", spaced(name), spaced(value)),
        None => spaced(code),
    }
}

fn spaced(code: &str) -> String {
    let words = code.replace('_', " ");
    match CODES.iter().find(|(c, _)| c.replace('_', " ") == words) {
        Some((_, known)) => (*known).to_owned(),
        None => words,
    }
}

/// A reason in words: its codes, each in words, separated by semicolons.
pub fn reason(reason: &Reason) -> String {
    reason.codes().iter().filter(|c| !c.is_empty()).map(|c| code(c)).collect::<Vec<_>>().join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

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
        for (code, _) in CODES {
            assert!(!reason(&Reason::from(*code)).contains('_'), "{code}");
        }
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
}
