# Reports: charts over a period, the administrator's questions answered in
# sentences, the registration summary and the users not yet registered.

reports-title = Reports
reports-lead = Self-service resets and registration: how they went, who needs a nudge, and every event.
reports-period = Period
reports-period-7 = The last 7 days
reports-period-30 = The last 30 days
reports-period-90 = The last 90 days
reports-loading = Loading the reports…

## How people prove who they are, and the data they register.

reports-method-email = Email
reports-method-sms = Text message
reports-method-voice = Voice call
reports-method-questions = Security questions
reports-method-authenticator = Authenticator app
reports-method-passkey = Passkey (phishing-resistant)
reports-method-mobile = Mobile phone
reports-method-office-phone = Office phone

## How a step ended.

reports-outcome-success = Succeeded
reports-outcome-failure = Failed
# Ended in a lockout.
reports-outcome-locked = Locked
# Refused: the user is blocked from self-service reset.
reports-outcome-blocked = Blocked

## Lists in sentences.

# A name or a reason with how many times it counts: "Email (3)".
reports-counted = { $name } ({ $count })
# Between two items of a list: "Email (3), Security questions (1)".
reports-list-separator = { ", " }
# A whole answer when there is nothing to list.
reports-none = None.
# Inside a sentence, when there is nothing to list ("In the period: None.").
reports-none-inline = None
# Stands for a user whose name is no longer known.
reports-unknown-name = an unknown name

## The charts.

reports-partial = The charts show the newest 10,000 events of each kind only: choose a shorter period to see them all.
reports-charts = Charts
reports-chart-outcome = Self-service resets per day, by outcome
reports-chart-method = Completed resets per day, by method
reports-chart-coverage = Registration coverage (earlier days estimated)
reports-chart-problems = Top failure reasons
# The column of the failure reasons' table that counts them.
reports-chart-problems-counts = Times
# The chart's description for screen readers.
reports-outcome-summary = Self-service resets per day over the last { $days } days, by outcome: { $total } in all, { $succeeded } succeeded.
# The chart's description for screen readers; $methods is a list ("Email (3), Security questions (1)").
reports-method-summary = Completed resets per day over the last { $days } days, by method proven: { $methods }.
# The chart's description for screen readers.
reports-coverage-summary = Registration coverage at the end of each day: today { $registered } of { $users } enabled users are registered and { $capable } can reset; { $unregistered } are not registered. Earlier days are estimated from today's counts and the period's registration events.
# The chart's description for screen readers; $reasons is a list ("Wrong code (3), Too short (1)").
reports-problems-summary = The most common failure reasons over the last { $days } days: { $reasons }.
reports-chart-sign-ins = Sign-ins by method
# The column of the sign-ins' table that counts them.
reports-chart-sign-ins-counts = Sign-ins
# How a sign-in was proven: the chart's rows.
reports-sign-in-password = Password
reports-sign-in-password-authenticator = Password + authenticator app
reports-sign-in-password-passkey = Password + passkey
reports-sign-in-passkey = Passkey
reports-sign-in-access-pass = Temporary Access Pass
# The chart's description for screen readers; $methods is a list ("Password (3), Passkey (1)").
reports-sign-ins-summary = Sign-ins over the last { $days } days, by how they were proven: { $methods }.
# Under the chart: the share of sign-ins proven with a passkey, which cannot be phished.
reports-sign-ins-resistant = { $share }% of the sign-ins were phishing-resistant (with a passkey): { $resistant } of { $total }.
# Under the chart when no one signed in.
reports-sign-ins-none = No sign-ins in this period.
# The series of the coverage chart.
reports-coverage-capable = Can reset
reports-coverage-registered = Registered, cannot reset yet
reports-coverage-not-registered = Not registered

## The administrator's questions, each answered in a sentence.

reports-questions = Questions
reports-answers-partial = These answers read only the first { $count } events of the period, which holds more: choose a shorter period for complete answers.
reports-q-policy = What changed in the reset policy?
# One change of the reset policy: when, what (the server's words) and who changed it.
reports-policy-change = { $when }: { $what } by { $who }
# What changed, when the server does not say.
reports-the-settings = the settings
# Who changed it, when no one is known.
reports-someone = someone
reports-q-registered = How many people registered?
reports-a-registered = { $people } people registered { $methods } method(s) in the period. Now { $registered } of { $users } enabled users are registered and { $capable } can reset.
reports-q-who = Who registered?
reports-q-data = What data did they register?
# $period and $now are lists ("Email (3), Security questions (1)").
reports-a-data = In the period: { $period }. Everyone now: { $now }.
reports-q-resets = How many people reset their password?
reports-a-resets = { $resets } self-service reset(s) in the last { $days } days; { $admin } reset(s) by an administrator.
reports-q-methods = Which methods are used most?
reports-q-problems = What are the most common problems?
reports-q-admins = Which administrators reset their own password often?
reports-q-suspicious = Any suspicious activity?
# One kind of suspicious activity, then who showed it (a list, or "None.").
reports-suspicious-line = { $what }: { $who }
reports-suspicious-blocked = Blocked from reset
reports-suspicious-failed-proofs = Three or more failed proofs
reports-suspicious-starts-user = Five or more reset starts for one user
reports-suspicious-starts-address = Ten or more reset starts from one address

## Registration: everyone, by data, by group.

reports-registration = Registration
# $methods is a list ("Email (3), Security questions (1)"), or "None.".
reports-registered-data = Registered data, in users: { $methods }
reports-by-group = Registration by group
reports-col-who = Who
reports-col-users = Enabled users
reports-col-registered = Registered
reports-col-capable = Can reset
reports-col-not-registered = Not registered
# Users the reset policy does not cover.
reports-col-not-in-scope = Outside the reset scope
# The table's first row: all users, before one row per group.
reports-everyone = Everyone

## The users not registered yet.

reports-not-registered-title = Not registered yet
reports-not-registered-loading = Loading…
reports-all-registered = Everyone in the reset scope has registered.
reports-users-shown = { $count } user(s) shown.
# More users can be loaded ("50+ users").
reports-users-shown-more = { $count }+ user(s) shown.
reports-not-registered-table = Users not registered
reports-col-name = Name
reports-col-username = Username
reports-col-groups = Groups
reports-load-more = Load more
reports-download-csv = Download as CSV
