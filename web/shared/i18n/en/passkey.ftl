# Passkeys on the sign-in page of both apps: the button under the form, what
# it says while the browser asks, and the second step of a sign-in.

# What a passkey is called in a list of ways to sign in.
passkey-name = Passkey
passkey-sign-in = Sign in with a passkey
# Shown while the browser's own passkey prompt is open.
passkey-waiting = Follow your browser's prompt to use your passkey…
# The person closed the browser's prompt: quiet, not an error.
passkey-cancelled = Cancelled: no passkey was used. You can try again.
passkey-browser = This browser couldn't use a passkey here. Try again, or sign in another way.
passkey-refused-title = That passkey wasn't accepted
passkey-refused-body = It may have been removed from your account. Sign in with your password instead.
# The second step of a sign-in, after the password.
passkey-use = Use your passkey
passkey-only-lead = Finish signing in with the passkey you added to this account.
