### Notices to a person about their own account (or, for administrators,
### about the organisation's privileged accounts). Each notice has a
### subject and a sentence; the body adds `notice-not-you` and, when the
### organisation has a help contact, `notice-contact`.
### Variables: $org (the organisation's name), $when (a date and time).

notice-not-you = If this was not you, contact your administrator now.
notice-contact = Contact your administrator: { $url }
# Replaces notice-not-you in a security notice: $url locks the account down (it works once, for 7 days).
notice-report-link = If this was not you, lock your account down now: { $url }

notice-password-changed-subject = Your { $org } password was changed
notice-password-changed = Your { $org } password was changed on { $when }.
notice-password-reset-subject = Your { $org } password was reset
notice-password-reset = Your { $org } password was reset on { $when }.
notice-account-unlocked-subject = Your { $org } account was unlocked
notice-account-unlocked = Your { $org } account was unlocked on { $when }.
notice-password-set-subject = Your { $org } password was set
notice-password-set = Your { $org } password was set on { $when }.
notice-password-reset-by-admin-subject = Your { $org } password was reset by your administrator
notice-password-reset-by-admin = Your { $org } password was reset by your administrator on { $when }.
notice-account-unlocked-by-admin-subject = Your { $org } account was unlocked by your administrator
notice-account-unlocked-by-admin = Your { $org } account was unlocked by your administrator on { $when }.
notice-methods-cleared-subject = Your { $org } sign-in methods were cleared by your administrator: register them again at your next sign-in
notice-methods-cleared = Your { $org } sign-in methods were cleared by your administrator: register them again at your next sign-in on { $when }.
# $until: when sign-in opens again.
notice-lockout-subject = Your { $org } account's sign-in was locked after repeated wrong passwords, until { $until }
notice-lockout = Your { $org } account's sign-in was locked after repeated wrong passwords, until { $until } on { $when }.
notice-writeback-password-failed-subject = Your { $org } password change did not reach your organisation's directory; your password is unchanged
notice-writeback-password-failed = Your { $org } password change did not reach your organisation's directory; your password is unchanged on { $when }.
notice-writeback-unlock-failed-subject = Your { $org } account unlock did not reach your organisation's directory
notice-writeback-unlock-failed = Your { $org } account unlock did not reach your organisation's directory on { $when }.
notice-authenticator-added-subject = Your { $org } authenticator app was added
notice-authenticator-added = Your { $org } authenticator app was added on { $when }.
notice-authenticator-removed-subject = Your { $org } authenticator app was removed
notice-authenticator-removed = Your { $org } authenticator app was removed on { $when }.
# $left: how many recovery codes are left.
notice-recovery-code-used-subject = Your { $org } authenticator recovery code was used ({ $left } left)
notice-recovery-code-used = Your { $org } authenticator recovery code was used ({ $left } left) on { $when }.
notice-email-added-subject = Your { $org } alternate email was added
notice-email-added = Your { $org } alternate email was added on { $when }.
notice-email-removed-subject = Your { $org } alternate email was removed
notice-email-removed = Your { $org } alternate email was removed on { $when }.
notice-mobile-added-subject = Your { $org } mobile number was added
notice-mobile-added = Your { $org } mobile number was added on { $when }.
notice-mobile-removed-subject = Your { $org } mobile number was removed
notice-mobile-removed = Your { $org } mobile number was removed on { $when }.
notice-questions-set-subject = Your { $org } security questions were set
notice-questions-set = Your { $org } security questions were set on { $when }.
notice-questions-removed-subject = Your { $org } security questions were removed
notice-questions-removed = Your { $org } security questions were removed on { $when }.
# $added: the masked addresses and numbers, comma-separated.
notice-contacts-added-subject = Your { $org } contact details were added by your administrator ({ $added })
notice-contacts-added = Your { $org } contact details were added by your administrator ({ $added }) on { $when }.
# $roles: the roles, comma-separated (see role-*).
notice-roles-none-subject = Your { $org } account's roles were changed: it now holds no administrative role
notice-roles-none = Your { $org } account's roles were changed: it now holds no administrative role on { $when }.
notice-roles-now-subject = Your { $org } account's roles were changed: it now holds [{ $roles }]
notice-roles-now = Your { $org } account's roles were changed: it now holds [{ $roles }] on { $when }.

## To the other administrators. $user and $by are usernames.

notice-admin-roles-subject = Your { $org } organisation's user { $user } now holds the roles [{ $roles }] (changed by { $by })
notice-admin-roles = Your { $org } organisation's user { $user } now holds the roles [{ $roles }] (changed by { $by }) on { $when }.
notice-admin-password-reset-subject = Your { $org } organisation's administrator { $user } had their password reset by { $by }
notice-admin-password-reset = Your { $org } organisation's administrator { $user } had their password reset by { $by } on { $when }.
# An administrator reset their own password by self-service. $name is their display name.
notice-admin-self-reset-subject = { $org }: an administrator reset their password
notice-admin-self-reset = Administrator { $name } ({ $user }) reset their { $org } password by self-service on { $when }. If this is unexpected, check the account now.

## The roles, as a notice names them.

role-admin = admin
role-helpdesk = helpdesk
role-reports-reader = reports_reader
notice-breached-at-sign-in-subject = Your { $org } password appears in known data breaches: change it now
notice-breached-at-sign-in = Your { $org } password was found among passwords exposed in data breaches when you signed in on { $when }. Choose a new one now: until you do, your account can only change its password.
notice-password-expiring-subject =
    { $days ->
        [one] Your { $org } password expires in 1 day
       *[other] Your { $org } password expires in { $days } days
    }
notice-password-expiring =
    { $days ->
        [one] Your { $org } password expires on { $expires }, in 1 day. Change it before then to keep signing in without interruption.
       *[other] Your { $org } password expires on { $expires }, in { $days } days. Change it before then to keep signing in without interruption.
    }
notice-change-here = Change it here: { $url }
digest-subject = { $org }: the week in password self-service
digest-intro = The 7 days to { $to } at { $org }:
digest-resets = Self-service resets: { $resets }. Administrator resets: { $admin_resets }.
digest-failures = Failures: { $failed }. Blocked attempts: { $blocked }. Suspicious patterns: { $suspicious }.
digest-lockdowns = Accounts locked down by their owners ("this wasn't me"): { $locked_down }.
digest-registration = Registration: { $registered } of { $users } users have registered enough methods.
digest-link = The reports: { $url }
notice-locked-down-subject = Your { $org } account is locked down
notice-locked-down = You reported a change to your { $org } account that you did not make, on { $when }. Every session has ended, and sign-in, password reset and registration are stopped. Contact your help desk: they will check who you are and help you back in.
# $user: the username; $name: the person's display name.
notice-admin-account-reported-subject = { $org }: { $user } reported a change they did not make
notice-admin-account-reported = { $name } ({ $user }) reported a change to their { $org } account that they did not make, on { $when }. The account is locked down: every session has ended, and sign-in, password reset and registration are stopped. Check who they are, reset their password with a verified help desk reset, then lift the lockdown in the admin console.
# The registration campaign's invitation (by email). $url: the portal's registration, after sign-in.
campaign-invite-subject = Set up your { $org } password reset
campaign-invite = { $org } asks you to set up self-service password reset: register a way to prove it's you (another email address, a mobile number or an authenticator app), so that you can reset a forgotten password or unlock your account yourself, any time. It takes two minutes.
campaign-invite-link = Sign in and set it up here: { $url }
# $name: the name the user gave the passkey.
notice-passkey-added-subject = A passkey was added to your { $org } account
notice-passkey-added = A passkey named "{ $name }" was added to your { $org } account on { $when }.
notice-passkey-removed-subject = A passkey was removed from your { $org } account
notice-passkey-removed = The passkey named "{ $name }" was removed from your { $org } account on { $when }.
# $until: when the pass stops working.
notice-access-pass-issued-subject = A Temporary Access Pass was issued for your { $org } account
notice-access-pass-issued = A Temporary Access Pass was issued for your { $org } account on { $when }. It works until { $until }, only to set up a passkey or an authenticator and choose your own password.
notice-access-pass-used-subject = A Temporary Access Pass was used to sign in to your { $org } account
notice-access-pass-used = A Temporary Access Pass was used to sign in to your { $org } account on { $when }.
notice-access-pass-revoked-subject = The Temporary Access Pass for your { $org } account was revoked
notice-access-pass-revoked = The Temporary Access Pass for your { $org } account was revoked on { $when }; it no longer works.
# $url: the webhook endpoint. Told to the administrators.
notice-webhook-paused-subject = Your { $org } webhook to { $url } was paused: its deliveries failed for a day
notice-webhook-paused = Your { $org } webhook to { $url } was paused: its deliveries failed for a day. Nothing is sent to it until an administrator resumes it in the console; what was missed waits in its delivery log, on { $when }.
