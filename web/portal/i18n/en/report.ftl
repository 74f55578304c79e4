# "This wasn't me": every security email ends with a link that locks the
# account down (every session ends; self-service password reset and
# registration are frozen until an administrator lifts it). The same
# question is asked beside each event of the account's recent activity.

report-confirm-title = Lock down your account?
report-confirm-body = Every session with your account ends at once. Password reset and registration are frozen until your help desk checks it's you and an administrator lifts the lockdown.
# The button that locks the account down.
report-confirm = Lock down my account
# The same button while the request is on its way.
report-confirming = Locking down…
report-cancel = Cancel
report-done-title = Your account is locked down
report-done-body = Every session has ended, and nobody can reset your password or change how you prove it's you until the lockdown is lifted.
report-done-next = What happens next: contact your help desk. They will check who you are and help you set a new password.
# A link that was used already, has expired, was changed or is incomplete: one page for all.
report-invalid-title = This link can't be used
report-invalid-body = It may have been used already, run out after 7 days, or be incomplete. If you still think someone else is using your account, contact your help desk.
report-to-sign-in = Go to sign in
