### The audit trail in words: what each action is called, how it ended,
### and its reason codes as a person reads them (the console's activity log
### and reports, and the CSV's last columns). The codes stay on the wire.

## What each action is called, as the start of a sentence.

audit-action-sign-in = Sign-in
audit-action-sign-out = Sign-out
audit-action-session-ended = Session ended
audit-action-password-change = Password change
audit-action-account-lockout = Account locked
audit-action-user-created = User created
audit-action-settings-changed = Settings changed
audit-action-reset-started = Reset started
audit-action-reset-code-sent = Reset code sent
audit-action-reset-code-failed = Wrong reset code
audit-action-reset-method-verified = Reset method proven
audit-action-reset-blocked = Reset refused
audit-action-reset-completed = Reset completed
audit-action-account-unlocked = Account unlocked
audit-action-method-code-sent = Registration code sent
audit-action-method-code-failed = Wrong registration code
audit-action-method-registered = Method registered
audit-action-method-removed = Method removed
audit-action-methods-confirmed = Methods confirmed
audit-action-user-updated = User edited
audit-action-admin-password-reset = Password reset by an operator
audit-action-roles-changed = Roles changed
audit-action-user-deleted = User deleted
audit-action-invitation-sent = Invitation sent
audit-action-invitation-accepted = Invitation used
audit-action-helpdesk-check = Help desk identity check
audit-action-group-created = Group created
audit-action-group-updated = Group edited
audit-action-group-renamed = Group renamed
audit-action-group-deleted = Group deleted
audit-action-group-member-added = Added to a group
audit-action-group-member-removed = Removed from a group
audit-action-breached-password-audited = Breached password accepted (audit only)
audit-action-agent-enrolment-issued = Agent enrolment token issued
audit-action-agent-enrolled = Agent enrolled
audit-action-agent-keys-rotated = Agent keys replaced
audit-action-agent-revoked = Agent revoked
audit-action-directory-synced = Directory synced
audit-action-client-created = API client created
audit-action-client-secret-rotated = API client secret rotated
audit-action-client-revoked = API client revoked
audit-action-client-token-refused = API client token refused
audit-action-webhook-created = Webhook subscribed
audit-action-webhook-changed = Webhook changed
audit-action-webhook-secret-rotated = Webhook signing secret rotated
audit-action-webhook-deleted = Webhook removed
audit-action-webhook-paused = Webhook paused after a day of failures
audit-action-preference-changed = Preference changed

## How an event ended, in a word.

audit-outcome-success = Succeeded
audit-outcome-failure = Failed
audit-outcome-locked = Locked out
audit-outcome-blocked = Blocked

## What each reason code says, as part of a list ("too short; a banned word").

audit-reason-account-disabled = the account is disabled
audit-reason-account-locked = the account was locked
audit-reason-administrator = by an administrator
audit-reason-answers-invalid = wrong answers
audit-reason-audit-only = accepted because the breach check only records
audit-reason-authenticator-code-invalid = a wrong authenticator code
audit-reason-passkey = with a passkey
audit-reason-passkey-invalid = a passkey that was not accepted
audit-reason-passkey-model-not-allowed = an authenticator model the organisation does not accept
audit-reason-passkey-renamed = a passkey renamed
audit-reason-access-pass = with a Temporary Access Pass
audit-reason-access-pass-invalid = a Temporary Access Pass that was wrong, not started, spent or run out
audit-reason-one-time = good for one sign-in
audit-reason-multi-use = good for several sign-ins
audit-reason-minutes = minutes it lasts
audit-reason-replaced = replacing the one before
audit-reason-revoked = revoked
audit-reason-banned = a banned word
audit-reason-breached = found in known breaches
audit-reason-code-expired = the code had expired
audit-reason-code-invalid = a wrong code
audit-reason-code-sent = a code was sent
audit-reason-corpus = in the breach corpus
audit-reason-custom-banned = one of the organisation's banned words
audit-reason-directory-complexity = the directory's complexity rules
audit-reason-directory-refused = the directory refused it
audit-reason-directory-unavailable = the directory could not be reached
audit-reason-failed-proofs = too many failed proofs
audit-reason-failed-proofs-per-day = too many failed proofs today
audit-reason-flow-send-limit = too many codes in one reset
audit-reason-helpdesk = by the help desk
audit-reason-import = by an import
audit-reason-in-history = a password used before
audit-reason-invalid-scope = a scope the client does not hold
audit-reason-max-length = too long
audit-reason-min-length = too short
audit-reason-named-by-a-user-edit = named in a user's edit
audit-reason-no-invitation = no invitation was pending
audit-reason-no-password = no password was set
audit-reason-not-registered = not registered
audit-reason-out-of-scope = not allowed to reset
audit-reason-personal = contains the person's name
audit-reason-phone-cap = the phone spending cap
audit-reason-recovery-code = with a recovery code
audit-reason-refresh-reused = a spent refresh credential came back
audit-reason-second-factor-required = a second factor was needed
audit-reason-self-service = by the person themselves
audit-reason-send-failed = the message could not be sent
audit-reason-send-limit = too many codes sent
audit-reason-sessions-ended = every session was ended
audit-reason-temporary-password = with a temporary password
audit-reason-temporary-password-expired = the temporary password had expired
audit-reason-too-many-failures = too many failures
audit-reason-unknown-client = an unknown API client
audit-reason-unknown-user = no such user
audit-reason-unlock = to unlock
audit-reason-verified = after checking who it was
audit-reason-wrong-password = a wrong password
audit-reason-wrong-secret = a wrong client secret

# A reason with its detail ("the directory refused it: a password used before").
audit-reason-detail = { $reason }: { $detail }
audit-action-breached-password-found = Breached password found at sign-in
audit-action-expiry-reminder-sent = Password expiry reminder sent
audit-action-scheduled-run = Scheduled run
audit-action-account-reported = Account reported by its owner
audit-action-lockdown-lifted = Lockdown lifted
audit-reason-account-locked-down = the account is locked down by its owner
audit-reason-activity = from the recent activity
audit-reason-notice-link = from a security notice's link
audit-reason-reported = reported
audit-action-campaign-started = Registration campaign started
audit-action-campaign-ended = Registration campaign ended
audit-action-campaign-invitation-sent = Invited to register
audit-action-registration-snoozed = Registration put off
audit-action-access-pass-issued = Temporary Access Pass issued
audit-action-access-pass-used = Temporary Access Pass used
audit-action-access-pass-revoked = Temporary Access Pass revoked
audit-action-access-pass-expired = Temporary Access Pass ran out unused
audit-reason-operator = the operator, with the deployment's own credentials
