# A user's Temporary Access Pass on their page in the console: how it
# stands, issuing one (a small form), revoking it, and the pass itself,
# shown once. The pass lets the user sign in only to set up a passkey or
# an authenticator and choose their own password.

accesspass-title = Temporary Access Pass
accesspass-lead = A pass the user signs in with to set up a passkey and choose their own password. You never see a password of theirs.
accesspass-none = This user has no pass.

## How the user's pass stands: a badge, then a sentence.

# Not started yet.
accesspass-scheduled = Scheduled
# Works now.
accesspass-live = Live
# A one-time pass someone signed in with.
accesspass-used = Used
accesspass-expired = Expired
# Follows a sentence on how long the pass works.
accesspass-one-sign-in = One sign-in.
accesspass-many-sign-ins = Any number of sign-ins until then.
# $from and $until are dates and times; $uses is one of the two sentences above.
accesspass-status-scheduled = Works from { $from } until { $until }. { $uses }
accesspass-status-live = Works until { $until }. { $uses }
# As above, for a pass that was already signed in with; $used is a date and time.
accesspass-status-live-used = Works until { $until }. { $uses } First used { $used }.
# $used is a date and time.
accesspass-status-used = Used to sign in on { $used }: it no longer works.
# $until is a date and time.
accesspass-status-expired = Stopped working on { $until }.
# $by is the username of the operator who issued it; $at a date and time.
accesspass-issued-by = Issued by { $by } on { $at }

## Issuing and revoking.

accesspass-issue = Issue a Temporary Access Pass
accesspass-revoke = Revoke the pass
accesspass-revoke-warning = The pass stops working at once, and any session it opened ends. The user is told.
accesspass-revoke-confirm = Yes, revoke it
accesspass-revoked = The pass was revoked; the user was told.
accesspass-nothing-title = Nothing to revoke
accesspass-nothing = The pass no longer works: it was used, it ran out, or it was revoked already.
accesspass-multi-use = Let it sign in more than once until it runs out
accesspass-multi-use-hint = Left off, it works for one sign-in, which is safer.
# How long the pass works.
accesspass-lifetime = Works for
accesspass-hour = 1 hour
accesspass-hours-8 = 8 hours
accesspass-day = 1 day
accesspass-days-7 = 7 days
accesspass-custom = Another length of time
accesspass-minutes = Minutes
accesspass-custom-range = From 10 to 43,200 minutes (30 days).
# When the pass starts to work.
accesspass-start = Starts
accesspass-start-hint = Leave it empty to start now; at most 30 days ahead, in your own time zone.
accesspass-start-invalid = Enter a date and time, or leave it empty.
accesspass-start-too-late = Choose a start at most 30 days ahead.
# How many characters the pass has.
accesspass-length = Characters
accesspass-length-range = From 8 to 48; 12 is plenty for a pass that runs out.
accesspass-replaces = The pass this user holds now stops working when the new one is issued.
accesspass-issue-confirm = Issue the pass
accesspass-issued-done = A Temporary Access Pass was issued. The user was told on every channel (never the pass itself).

## The pass, shown once.

accesspass-issued-title = The Temporary Access Pass
# $until is a date and time.
accesspass-valid-once = Works until { $until }, for one sign-in.
accesspass-valid-many = Works until { $until }, for any number of sign-ins.
# $from and $until are dates and times.
accesspass-valid-from-once = Works from { $from } until { $until }, for one sign-in.
accesspass-valid-from-many = Works from { $from } until { $until }, for any number of sign-ins.
accesspass-issued-warning = Shown only now: it is not stored and cannot be shown again. Give it to the user by a channel you trust, never by email. They sign in with it on the portal ("Have a Temporary Access Pass?") to set up a passkey or their own password.
accesspass-given = I have given it to the user

## The older temporary password, only where the reset policy allows it.

accesspass-temporary = Temporary password
accesspass-temporary-hint = Off unless the reset policy allows it: you would see a password that works for this account. A Temporary Access Pass never shows you one.
accesspass-temporary-off-title = Temporary passwords are off
accesspass-temporary-off = Your organisation's reset policy does not allow temporary passwords. Issue a Temporary Access Pass instead.
