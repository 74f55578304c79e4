# One user's page in the console: their badges, the actions the operator's
# role allows, the help desk's check of a caller, what is known about the
# user, their profile, office phone and recent activity.

# A link back to the users list; the arrow points back.
user-all-users = ← All users
user-loading = Loading the user…

## Badges under the user's name.

user-badge-disabled = Disabled
user-badge-locked = Locked out
user-badge-must-change = Must change password
# The owner reported something they didn't do ("This wasn't me"): self-service is frozen.
user-badge-locked-down = Locked down

## The owner's own report ("This wasn't me" in a security email or in
## their recent activity): every session ended, and self-service password
## reset and registration are frozen until an administrator lifts it.

user-lockdown-title = Reported by the owner
# $what is what they reported, in the server's words ("Password changed").
user-lockdown-what = What they say wasn't them: { $what }
# The same with when it happened; $at is a date and time.
user-lockdown-what-at = What they say wasn't them: { $what } ({ $at })
# $at is a date and time; the report came from the link at the end of a security email.
user-lockdown-from-link = Reported on { $at }, from a security notice's link.
# The report came from the list of recent activity in the portal.
user-lockdown-from-activity = Reported on { $at }, from their recent activity.
user-lockdown-from-other = Reported on { $at }.
user-lockdown-effect = Every session ended. Self-service password reset and registration are frozen until the lockdown is lifted.
user-lockdown-help = Check who they are before helping: reset the password with a verified help desk reset, then lift the lockdown.
user-lockdown-lift = Lift lockdown
user-lockdown-lift-warning = Self-service password reset and registration work again for this user. Lift it only once you have checked who they are.
user-lockdown-lift-confirm = Yes, lift it
user-lockdown-lift-done = The lockdown is lifted: self-service works again for this user.

## Actions.

user-actions = Actions
user-own-account = This is your own account: change your password and methods in the self-service portal.
user-privileged = Only an administrator can act on an account that holds an administrative role.
# A notice's title once the user is deleted.
user-deleted-title = User deleted
# A notice's title once an action succeeded.
user-done-title = Done
user-reset-warning = Latchkey makes a temporary password, shown to you once. It works for 24 hours and only to choose a new password; the user's sessions end now.
user-reset-confirm = Make a temporary password
user-reset-done = Temporary password made. The user was told their password was reset.
user-invite = Email a reset invitation
user-invite-done = An invitation to set a new password was emailed to the user.
user-unlock = Unlock
user-unlock-done = The account is unlocked; the user can sign in and reset again.
user-locked-now = Locked out now.
user-not-locked-now = Not locked out now; also lifts reset blocks.
user-require-change = Require a password change
user-require-change-done = The user must change their password at their next sign-in.
user-end-sessions = End all sessions
user-end-sessions-warning = The user is signed out everywhere at once.
user-end-sessions-confirm = Yes, end them
user-end-sessions-done = Every session of this user has ended.
user-clear-methods = Require re-registration
user-clear-methods-warning = The email, phone and security questions the user registered are removed; they set them up again at their next sign-in. Contacts from the directory stay.
user-clear-methods-confirm = Yes, clear them
user-clear-methods-done = The user's own methods were cleared; they register again at their next sign-in.
# A button that switches the password's expiry back on.
user-let-expire = Let the password expire
user-expires-done = The password now expires under the password rules.
# A button that switches the password's expiry off.
user-never-expires = Password never expires
user-never-expires-done = The password no longer expires.
user-disable = Disable account
user-disable-warning = The user can no longer sign in or reset, and every session ends now.
user-disable-confirm = Yes, disable
user-disable-done = The account is disabled and its sessions have ended.
user-enable = Enable account
user-enable-done = The account is enabled again.
user-delete = Delete user
user-delete-warning = The user is removed for good; their audit history stays.
user-delete-confirm = Yes, delete
user-delete-done = The user was removed; their audit history stays.

## The temporary password, shown once.

user-temporary-title = Temporary password
# $expires is a date and time.
user-temporary-warning = Shown only now: it is not stored and cannot be shown again. Give it to the user by a channel you trust, never by email. It works until { $expires }, and only to choose a new password at the next sign-in.
user-copy = Copy
user-copied = Copied
user-given = I have given it to the user

## The help desk checks that a caller is the user.

user-verify-title = Verify the caller first
user-verify-lead = Before the help desk resets or unlocks, the user proves it is them: send a code to one of their own methods and enter the code they read to you.
user-verify-no-method = This user has no email or phone to send a code to. An administrator must handle this request.
user-verify-email = Email a code
# Send the code by text message (SMS).
user-verify-text = Text a code
# A voice call that reads out the code.
user-verify-call = Call with a code
# $to is a masked address or phone number; $until a date and time.
user-verify-sent = Code sent to { $to }. Ask the caller to read it to you; it works until { $until }.
user-verify-code = Code the caller read out
user-verify-check = Check the code

## What is known about the user.

user-details = Details
user-emails = Emails
user-phones = Phones
user-groups = Groups
user-reset-methods = Reset methods
user-methods-none = None yet.
user-method-email = Email
user-method-sms = Text message
user-method-voice = Voice call
user-method-questions = Security questions
user-method-authenticator = Authenticator app
# Where a method came from, in brackets after it.
user-method-from-directory = from the directory
# $at is a date and time.
user-method-proven = proven by the user { $at }
user-method-registered = registered by the user
# One method: $kind is its kind ("Email"), $hint a masked address or number,
# $source where it came from ("from the directory").
user-method = { $kind }: { $hint } ({ $source })
user-registration = Registration
# $state is a registration state ("Registered"); $registered how many
# methods the user has; $required how many a reset needs.
user-registration-summary = { $state }: { $registered ->
    [one] { $registered } method(s)
   *[other] { $registered } method(s)
}, { $required } needed for a reset
# Follows the registration summary; $at is a date and time.
user-reconfirm-by = ; re-confirm by { $at }
user-locked-out = Locked out
# $at is a date and time.
user-locked-everywhere = Everywhere, until { $at }
user-locked-here = From the address of their last sign-in (too many wrong passwords there)
# Not locked out.
user-not-locked = No
user-password-changed = Password changed
user-password-expires = Password expires
# The password never expires.
user-never = Never
user-temporary-password = Temporary password
# $at is a date and time.
user-temporary-valid = Valid until { $at }
user-last-sign-in = Last sign-in
user-last-reset = Last reset
user-created = Created
user-invitation = Invitation
# $to is the email address; $until a date and time.
user-invitation-sent = Sent to { $to }; valid until { $until }

## The profile.

user-profile = Profile
user-display-name = Display name
user-first-name = First name
user-last-name = Last name
user-contact-emails = Contact emails
user-contact-phones = Contact phones
user-commas-hint = Separate several with commas.
user-phone-hint = International format, +44 20 7946 0000.
user-roles = Roles
user-roles-hint = Every administrator is told when a role is granted or removed.
user-save = Save changes
user-saving = Saving…
# A notice's title once something is saved.
user-saved-title = Saved
user-profile-saved = The user's details are updated.

## The office phone.

user-office = Office phone
user-office-label = Desk phone for code calls
user-office-hint = International format, +44 20 7946 0000. Set only by administrators.
user-office-save = Save office phone
user-office-remove = Remove
user-office-saved = Code calls can now go to the office phone.
user-office-removed = The office phone was removed.

## Recent activity.

user-activity = Recent activity
user-activity-none = Nothing yet.
user-activity-when = When
user-activity-what = What
user-activity-outcome = Outcome
user-activity-details = Details
user-language = Language
user-language-default = The organisation's default
user-language-hint = Their portal, console and every message they get, until they choose another.

## The on-premises directory a synced user comes from.

user-directory = Directory
user-directory-name = Directory
user-directory-synced = Last sync
user-directory-locked = Locked in the directory
user-directory-locked-since = Locked in the directory since { $at }
user-directory-password-changed = Password changed in the directory
user-directory-password-expires = Password expires in the directory
user-directory-protected = Protected account in the directory (privileged here)
user-directory-pass-through = Signs in through the directory
user-directory-removed = Removed from the directory

# The user's passkeys, and removing one (a lost or retired device).
user-passkeys = Passkeys
user-passkeys-none = No passkeys.
# $added and $used are dates and times, such as "21 Dec 2026, 14:05".
user-passkey-dates = Added { $added }, last used { $used }
user-passkey-dates-unused = Added { $added }, never used
# $model is the authenticator model's identifier (an AAGUID), as the device gave it.
user-passkey-model = Authenticator model: { $model }
user-passkey-remove = Remove passkey
# $name is the name the user gave the passkey.
user-passkey-remove-warning = "{ $name }" will no longer sign in to this account. The user is told.
user-passkey-remove-confirm = Yes, remove it
user-passkey-removed = The passkey "{ $name }" was removed; the user was told.
