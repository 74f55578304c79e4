# The account page: who is signed in, their ways of proving who they are,
# and what they can do from here.

account-title = Your account
# $name (shown in bold) is the person's display name, $username their username.
account-signed-in-as = Signed in as { $name } ({ $username })
# $date is a date with the month spelt out ("21 December 2026").
account-expires = Your password expires on { $date }. Change it before then to keep signing in without interruption.
account-methods-title = How you prove it's you
account-change = Change your password
account-methods-link = Your password-reset methods
account-authenticator = Set up an authenticator app
account-admin-console = Admin console
account-sign-out = Sign out
account-signed-out-title = Signed out
account-signed-out-body = You have signed out.
account-not-in-scope = Self-service reset is not turned on for your account.
account-enough = Enough to reset your password yourself.
# $count: how many more ways of proving who they are are needed (1 or more).
account-add-more = Add { $count } more to reset your password yourself.
# Under "How you prove it's you", when there is nothing yet.
account-none = None yet.
account-sign-in-first-title = Sign in first
account-sign-in-first-body = You need to be signed in for this page. A session ends when you sign out, or after a while without use.
