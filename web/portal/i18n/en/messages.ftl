# What a failed request means to the person in front of the page: a title,
# what to do next, and sometimes a link on.

messages-invalid-credentials-title = Wrong username or password
messages-invalid-credentials-body = Check both and try again. Too many wrong tries lock the account for a while.
# A link under the wrong-password message, to the password reset.
messages-forgot-password = Forgot your password?
messages-locked-title = Your account is locked
# $time is a time of day ("14:05").
messages-locked-body-at = There were too many wrong passwords. It unlocks by itself at { $time }. You can unlock it now by proving who you are.
messages-locked-body = There were too many wrong passwords. It unlocks by itself after a while. You can unlock it now by proving who you are.
messages-unlock-link = Unlock your account
messages-disabled-title = Your account is disabled
messages-disabled-body = Only an administrator can turn it back on.
messages-session-ended-title = Please sign in again
messages-session-ended-body = Your session has ended.
messages-too-many-title = Too many tries
# $when is a duration from the time catalogue ("in 3 minutes", "in about 2 hours"); $time a time of day ("14:05").
messages-too-many-body-at = For your security this is paused. Try again { $when } (at { $time }).
messages-too-many-body = For your security this is paused for a while. Try again later.
messages-phone-limit-title = No more texts or calls to this number today
messages-phone-limit-body = Choose another way to prove it's you, such as your email or your security questions.
messages-phone-country-title = That number can't be used
messages-phone-country-body = Your organisation doesn't send texts or calls to numbers in that country. Use another number.
messages-change-required-title = Change your password first
messages-change-required-body = Your password has expired or was set by an administrator. Choose a new one to go on.
messages-change-link = Change your password
# A password reset the person started is no longer open.
messages-reset-expired-title = This request has expired
messages-reset-expired-body = It was finished already, or it was left too long. Start again; it only takes a minute.
messages-code-expired-title = That code has expired
messages-code-expired-body = Send a new code and use it within its time.
messages-challenge-required-title = Send a code first
messages-challenge-required-body = Choose where to send the code, then enter it here.
messages-reset-incomplete-title = One more step
# $count: how many more ways of proving who they are a reset still needs (1 or more).
messages-reset-incomplete-body = Prove it's you { $count } more time(s) before choosing a password.
messages-rejected-title = Choose another password
messages-rejected-body = See the reasons below the new password.

# The on-premises directory a synced user's password lives in.
messages-directory-unavailable-title = Your organisation's directory can't be reached
messages-directory-unavailable-body = Your password is checked by your organisation's directory, and it isn't answering right now. Nothing was changed. Try again in a few minutes.
messages-directory-unconfirmed-title = The change was not confirmed
messages-directory-unconfirmed-body = Your organisation's directory did not confirm the new password in time. It may have taken it: in a few minutes, try signing in with the new password; if it doesn't work, your old password still does.

# The account's owner reported a change they did not make ("This wasn't me"):
# it stays locked down until the help desk has checked who they are.
messages-locked-down-title = Your account is locked down
messages-locked-down-body = Your account is locked down because you reported something you didn't do. Contact your help desk: they will check who you are and help you back in.
