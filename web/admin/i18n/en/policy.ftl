# The self-service reset policy: who may reset their own password, how they
# prove who they are, registration and notifications.

policy-whole-numbers = Enter whole numbers in the ranges shown.
# The title of a notice when the server refused to save because of its effect.
policy-strands-title = Users would lose self-service reset
# $count is a number of users.
policy-strands = With these settings { $count } user(s) who can reset their password today could not.
policy-saved-body = The reset policy applies from now on.
policy-title = Reset policy
policy-lead = Who can reset or unlock their own password, and how they prove who they are.
# A button shown after the server refused a save; $count is a number of users.
policy-save-anyway = Save anyway ({ $count } lose self-service reset)
policy-preview = Check the effect
policy-save = Save
policy-who-legend = Who can reset
policy-scope = Self-service reset is on for
policy-scope-none = Nobody (off)
policy-scope-groups = Members of some groups
policy-scope-all = Everyone
policy-groups = Groups
policy-groups-hint = One or several, separated by commas. Users outside them must ask the help desk.
policy-methods-legend = Methods
policy-method-email = Email code
policy-method-sms = Text message code
policy-method-voice = Voice call
policy-method-questions = Security questions
policy-method-authenticator = Authenticator app code
policy-directory-contacts = Contact emails and phones from administrators or imports count as methods
policy-directory-contacts-hint = Off: only methods a user proved themselves count. Users are told when a contact is added for them.
# How many different methods a user must prove at a reset.
policy-methods-required = Methods a user proves
policy-one = One
policy-two = Two
policy-admins-prove-two = Administrators always prove two.
policy-questions-to-register = Security questions to register
policy-questions-to-register-hint = 3 to 5.
policy-questions-to-reset = Security questions asked at a reset
policy-questions-to-reset-hint = 1 up to the number registered.
policy-registration-legend = Registration
policy-require-registration = Send users with too few methods to registration at sign-in
policy-everyone-second-factor = Ask everyone for an authenticator code at sign-in (administrators and the help desk always are)
policy-reconfirm-days = Ask users to re-confirm their methods every (days)
policy-reconfirm-days-hint = 0 for never; at most 730.
policy-notifications-legend = Notifications
policy-notify-users = Tell users when their password is reset or their account unlocked
policy-notify-admins = Tell all administrators when an administrator resets their password
# The effect of the settings as filled in; $users, $before and $after are numbers of users.
policy-impact = Of { $users } enabled users, { $before } can reset their own password now; with these settings { $after } could.
# As above, when some would lose self-service reset: $losing is their number.
policy-impact-losing = Of { $users } enabled users, { $before } can reset their own password now; with these settings { $after } could. { $losing } would lose it.
# The labels of two bars: users who can reset now, and after the change.
policy-now = Now
policy-after = After

## Resets by administrators and the help desk.

policy-admin-resets-legend = Resets by administrators and the help desk
policy-temporary-passwords = Allow temporary passwords for administrator resets
policy-temporary-passwords-hint = Off by default: whoever resets would see a password that works for the account. The console's reset is a Temporary Access Pass, which never shows one: the user chooses their own password.
policy-invite-provisioned = Invite users an identity provider creates (SCIM) at once
policy-invite-provisioned-hint = Off by default: a user Entra ID or Okta creates has no password and waits until an administrator invites them (or resets it themselves, where the policy lets them). On: they get an invitation to set their password as soon as they are created.

## How strongly each role proves who they are at a self-service reset.

policy-strength-legend = Recovery strength
policy-strength-lead = How people in each role prove who they are to reset their own password or unlock their account. Someone with several roles is held to the strongest of theirs.
# The three choices, each followed by the sentence that explains it.
policy-strength-any = Any methods
policy-strength-any-hint = The number of methods set above, of any kind (administrators always prove two).
policy-strength-two-methods = Two methods, not only email
policy-strength-two-methods-hint = Two methods, at least one of them not an email; or a passkey on its own.
policy-strength-phishing-resistant = Passkey only (phishing-resistant)
policy-strength-phishing-resistant-hint = Only a passkey: it works on this site alone, so no one can be tricked into handing it over.
# The roles, each with its own choice.
policy-strength-user = Users
policy-strength-admin = Administrators
policy-strength-helpdesk = Help desk
policy-strength-reports-reader = Report readers
# Under a role's choice when "Passkey only" is chosen.
policy-strength-warning = People in this role without a passkey cannot reset themselves.

## Which authenticators may hold a new passkey.

policy-models-legend = Passkey authenticators
policy-models-lead = Which authenticators a new passkey may be made on. Passkeys people hold already are kept.
# The label of the choice below.
policy-models-rule = New passkeys may be made on
# The three choices.
policy-models-any = Any authenticator
policy-models-allow = Only these models
policy-models-block = Every model but these
policy-models-list = Authenticator models (AAGUIDs), one a line
# 8-4-4-4-12 is how an AAGUID is written: groups of 8, 4, 4, 4 and 12 hexadecimal digits.
policy-models-list-hint = An AAGUID names an authenticator's make and model (a security key, or a phone's or computer's passkey manager): 32 hexadecimal digits written 8-4-4-4-12. While a list is in force, a passkey from an authenticator that names no model is refused.
policy-models-honest = The model is the one the authenticator reports about itself: it is not checked against its maker's attestation certificate. A list steers people to the devices you approve, but cannot stop a device made to lie about its model.
