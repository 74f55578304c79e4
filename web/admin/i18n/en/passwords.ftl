# The password and lockout rules, the breach check, and the organisation's
# own security questions.

passwords-title = Password and lockout rules
passwords-lead = For everyone in your organisation. Existing passwords are checked against new rules at their next change.
passwords-number-error = Enter a whole number in the range shown.
# Shown once the rules are saved.
passwords-saved = The new rules apply from each user's next sign-in or password change.
# The button that saves in spite of the warning above it.
passwords-save-anyway = Save anyway ({ $count } to change)
passwords-expires-title = Passwords would expire at once
passwords-expires-what = With this maximum age, { $count } user(s) must change their password at their next sign-in.
# What the rules as typed would do. $recent is one of the sentences on
# breached passwords below.
passwords-impact = Of { $users } users, { $before } have a password past its maximum age now; with these rules { $after } would. { $recent }
# What the sentence on breached passwords ends with, in what the rules would do.
passwords-impact-then = an enforcing check refuses such passwords
passwords-recent-none = No new password was checked against breaches in the last { $days } days.
# $then is one of the passwords-then-… endings (or passwords-impact-then).
passwords-recent = { $checked ->
    [one] In the last { $days } days, { $breached } of { $checked } new password were found in known breaches; { $then }.
   *[other] In the last { $days } days, { $breached } of { $checked } new passwords were found in known breaches; { $then }.
}
passwords-then-refused = they were refused
passwords-then-accepted = they were accepted, as the check is audit-only
passwords-then-off = the check is off
# Where breached passwords are looked up. $source names the imported list;
# $date is when it was imported; $recent is a sentence on breached passwords.
passwords-status-corpus = New passwords are looked up in the { $shipped } most common breached passwords shipped with Latchkey and an imported corpus of { $entries } hashes ({ $source }, imported { $date }). { $recent }
# latchkey-breach-import is the name of a program: keep it as it is.
passwords-status-no-corpus = New passwords are looked up in the { $shipped } most common breached passwords shipped with Latchkey. No full corpus is imported (see the README: latchkey-breach-import). { $recent }
passwords-status-loading = Reading the breach check's state…

## The form.

passwords-passwords = Passwords
passwords-min-length = Minimum length
passwords-min-length-hint = 8 to 64 characters; 12 or more is recommended.
passwords-history = Passwords remembered
passwords-history-hint = A change may not reuse this many recent passwords (0 to 24).
passwords-max-age = Maximum age in days
passwords-max-age-hint = Blank: passwords never expire (recommended). Otherwise 1 to 3650.
# Days before a password expires when its owner is reminded, as a list: "14, 7, 3, 1".
passwords-reminder-days = Remind before expiry (days)
passwords-reminder-days-hint = Reminders go out by email, in each user's language, with a link to the change page; leave empty for none.
# The days typed are not a list the server takes.
passwords-reminder-days-error = Enter up to 10 whole numbers from 1 to 90, separated by commas.
# The reminders go by SMS too, to a registered mobile.
passwords-reminder-sms = Also by text message
# Words the organisation bans in passwords.
passwords-banned = Banned words
passwords-banned-hint = One per line, 4 to 16 characters: your company's names, products, places. Matched like common passwords: case, look-alike characters and one typo ignored.
passwords-breached = Breached passwords
passwords-breached-hint = Passwords found in known data breaches are the first an attacker tries. Latchkey looks each new password up without sending it anywhere.
passwords-breached-mode = New passwords found in breaches
passwords-mode-enforce = Refuse them (recommended)
passwords-mode-audit = Accept them, and record each (audit only)
passwords-mode-off = Don't check
# Passwords found in breaches when someone signs in with one, not only at a change.
passwords-at-sign-in = Passwords found in breaches at sign-in
passwords-at-sign-in-hint = Checked at each successful sign-in: with a change required, the session can do nothing else, and the password's owner is told.
passwords-at-sign-in-enforce = Require a change, and tell the owner (recommended)
passwords-at-sign-in-audit = Allow the sign-in, and record each (audit only)
# How often a password must appear in the imported list of breached passwords to be refused.
passwords-min-count = Refuse passwords seen in the imported corpus
passwords-min-count-1 = At least once
passwords-min-count-10 = At least 10 times
passwords-min-count-100 = At least 100 times
passwords-min-count-1000 = At least 1,000 times
passwords-min-count-10000 = At least 10,000 times
passwords-lockout = Sign-in lockout
passwords-lockout-threshold = Failed sign-ins before a lockout
passwords-lockout-threshold-hint = 1 to 100.
passwords-lockout-first = First lockout, in seconds
passwords-lockout-first-hint = Each further lockout doubles it.
passwords-lockout-max = Longest lockout, in seconds
passwords-lockout-max-hint = At most 604800 (a week).
passwords-check-effect = Check the effect
passwords-save = Save
passwords-saving = Saving…

## The organisation's own security questions.

passwords-questions-title = Your own security questions
passwords-questions-lead = Offered beside the ten predefined questions, as written, in every language. Up to 20, each 10 to 200 characters. Rewording a question keeps the answers users gave it; removing one cancels them.
passwords-questions-saved = Users see these questions when they register security questions.
passwords-strands-title = Users would lose self-service reset
passwords-strands-what = { $count } user(s) answered a question you removed and would be left without enough answers to reset their password (they would be asked to register again).
# The button that saves in spite of the warning above it.
passwords-questions-save-anyway = Save anyway ({ $count } to register again)
# The label of the question's field: "Question 1".
passwords-question = Question { $number }
# For screen readers: the Remove button with the question it removes.
passwords-question-remove-label = Remove the question: { $question }
passwords-question-remove = Remove
passwords-question-add = Add a question
passwords-questions-save = Save questions
