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
# The "Recent activity" section: what happened to the account in the last 30 days.
account-activity-title = Recent activity
account-activity-intro = The last 30 days, newest first.
account-activity-loading = Reading your recent activity…
account-activity-none = Nothing in the last 30 days.
# One event: what happened and how it ended, both in the server's words ("Sign-in — Failed").
account-activity-what = { $action } — { $outcome }
# Who did it, put in $by of the two messages below.
account-activity-by-you = by you
# An administrator, the help desk, or an attempt on the account by someone who is not signed in as the user.
account-activity-by-someone-else = by someone else
# The service's own work; Latchkey is the product's name.
account-activity-by-system = by Latchkey
# $time is a date and time ("21 Dec 2026, 14:05"), $by one of the three above.
account-activity-detail = { $time } · { $by }
# The same with the internet address the request came from ($address, e.g. 203.0.113.9).
account-activity-detail-from = { $time } · { $by } · from { $address }
# The button under the 10 newest events; $count is how many there are in all.
account-activity-show-all = Show all ({ $count })
# The same button once everything is shown: back to the 10 newest.
account-activity-show-fewer = Show fewer
# A small button beside each event: the person did not do this, and wants to
# lock the account down (it asks first).
account-activity-report = This wasn't me
