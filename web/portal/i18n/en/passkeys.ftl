# The account page's passkeys: the list, adding, renaming and removing one.

passkeys-title = Passkeys
passkeys-intro = A passkey signs you in with your fingerprint, face or screen lock instead of your password, and it only works on this site, so no one can trick you into giving it away.
passkeys-none = You have no passkeys yet.
# Instead of "Add a passkey", in a browser that cannot make one.
passkeys-unsupported = This browser can't create passkeys.
# $added and $used are dates, such as "21 December 2026".
passkeys-dates = Added { $added }, last used { $used }
passkeys-dates-unused = Added { $added }, never used
passkeys-rename = Rename
passkeys-remove = Remove
passkeys-name = Name
passkeys-name-hint = So that you can tell your passkeys apart, such as "Work laptop".
passkeys-name-missing = Give the passkey a name.
passkeys-name-long = Use at most 64 characters.
passkeys-save = Save
passkeys-cancel = Cancel
passkeys-renamed-title = Passkey renamed
# $name is the name the user gave the passkey.
passkeys-renamed-body = It is now called "{ $name }".
passkeys-remove-question = Remove "{ $name }"? It will no longer sign you in.
passkeys-remove-confirm = Yes, remove it
passkeys-removed-title = Passkey removed
passkeys-removed-body = "{ $name }" no longer signs you in. You can also delete it from your device.
passkeys-add = Add a passkey
passkeys-create = Create the passkey
passkeys-creating = Creating the passkey: follow your browser's prompts…
# Above the password, when the sign-in is more than a few minutes old.
passkeys-confirm-hint = You signed in more than a few minutes ago: enter your password to add a passkey, so that nobody else can add one to your account.
passkeys-added-title = Passkey added
passkeys-added-body = You can now sign in with "{ $name }" instead of your password.
# The person closed the browser's prompt: quiet, not an error.
passkeys-cancelled = Cancelled: no passkey was added.
passkeys-on-device = This device already holds a passkey for your account.
passkeys-browser = Your browser couldn't create the passkey. Try again, or use another device.
# The name a new passkey is offered first; $browser and $system are product names, such as "Chrome" and "Windows".
passkeys-default-name = { $browser } on { $system }
# When the browser can't be told: "Passkey 2".
passkeys-numbered = Passkey { $number }
# The account page's offer of a first passkey, to someone who has none.
passkeys-offer-title = Create a passkey
passkeys-offer-body = Sign in next time with your fingerprint, face or screen lock.
passkeys-offer-create = Create passkey
# Hides the offer until the next password reset.
passkeys-offer-later = Not now
