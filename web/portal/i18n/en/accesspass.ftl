# Signing in with a Temporary Access Pass (a pass the help desk or an
# administrator gives; it signs in only to set up the account), then
# setting up: a passkey, the user's own password, or both.

# The link under the sign-in form.
accesspass-link = Have a Temporary Access Pass?
accesspass-title = Sign in with a Temporary Access Pass
accesspass-lead = Your help desk or administrator gave you a pass. Sign in with it to set up a passkey or choose your own password.
accesspass-pass = Temporary Access Pass
accesspass-pass-hint = Type it as you were given it; capital or small letters both work.
accesspass-enter-username = Enter your username.
accesspass-enter-pass = Enter the pass you were given.
accesspass-refused-title = This pass does not work.
accesspass-refused = It may be used, expired or mistyped — ask your help desk for a new one.
accesspass-back = Sign in with your password instead

## Set up your account.

accesspass-setup-title = Set up your account
# $name is the person's display name.
accesspass-setup-lead = Hello { $name }. Choose how you will sign in from now on: with a passkey, with your own password, or both.
accesspass-setup-limited = You signed in with a Temporary Access Pass, which can only do this. Don't reload the page: a pass for one sign-in works only once.
accesspass-passkey-title = Create a passkey
accesspass-passkey-lead = Sign in with your fingerprint, face or screen lock instead of a password: one tap here, then follow your device's prompt.
accesspass-passkey-create = Create a passkey
# $name is the name the passkey was given.
accesspass-passkey-done = Your passkey "{ $name }" is ready. Sign in with it now, or choose a password below too.
accesspass-passkey-sign-in = Sign in with your passkey
accesspass-password-title = Choose your own password
accesspass-password-submit = Set my password
accesspass-password-submitting = Setting your password…
accesspass-done-title = Your account is set up
accesspass-done-passkey = You signed in with your new passkey.
accesspass-done-password = Your password is set, and you are signed in with it.
accesspass-sign-in-now = Your password is set: sign in with it now.
accesspass-ended-title = Your pass no longer works
accesspass-ended = It was revoked or it ran out before you finished. Ask your help desk for a new one.
