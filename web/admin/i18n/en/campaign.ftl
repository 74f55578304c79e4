# The registration campaign: the users who have too few reset methods are
# invited by email and asked at each sign-in to register, "now or later"
# (they may choose "Later" a set number of times), until they do. "Later"
# is the button's name in the portal (nudge-later there).

# In the menu.
campaign-nav = Registration campaign
campaign-title = Registration campaign
campaign-lead = Get the users who cannot reset their own password yet to register: an invitation by email, and a reminder at sign-in that they can put off a few times before registration is required.
campaign-loading = Loading the campaign…
campaign-none = No campaign is running
campaign-none-body = Start one for all users or members of some groups. Those who have registered enough are left alone; the others are asked at their next sign-in.
campaign-progress = Progress
campaign-progress-pending = Counted every 15 minutes; the first count comes soon.
campaign-rules = Rules
campaign-target = Who
campaign-target-all = All users
campaign-target-groups = Members of groups
# $groups: the groups' names, in a list.
campaign-target-groups-named = Members of { $groups }
campaign-laters = “Later” allowed
campaign-laters-count = { $count ->
    [one] { $count } time
   *[other] { $count } times
}
campaign-laters-none = Never: registration comes first at the next sign-in
campaign-days = Days between
campaign-days-count = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
campaign-days-none = None: asked again at the next sign-in
campaign-invite = Invitations by email
campaign-invite-on = Sent to users who have not registered
campaign-invite-off = Off
campaign-started = Started
campaign-change = Change
campaign-end = End campaign
campaign-end-warning = No more invitations go out and nobody is asked at sign-in any more. Users the reset policy requires to register still are.
campaign-end-confirm = Yes, end it
campaign-ended-title = Campaign ended
campaign-ended-body = Nobody is asked to register at sign-in any more.
campaign-started-title = Campaign started
campaign-started-body = Users are asked at their next sign-in. Invitations go out, and progress is counted, with the next scheduled run, within 15 minutes.
# The chart's caption: $count is the number of users the campaign is for.
campaign-chart-title = { $count ->
    [one] { $count } targeted user
   *[other] { $count } targeted users
}
# The four parts of the chart's bar.
campaign-registered = Registered
campaign-snoozed = Put it off
campaign-required = Must register at next sign-in
campaign-waiting = Not reached yet
# The chart in words, for screen readers; every placeholder is a number of users.
campaign-chart-summary = { $targeted ->
    [one] Of { $targeted } targeted user, { $registered } registered, { $snoozed } put it off, { $required } must register at their next sign-in and { $waiting } not reached yet.
   *[other] Of { $targeted } targeted users, { $registered } registered, { $snoozed } put it off, { $required } must register at their next sign-in and { $waiting } not reached yet.
}
campaign-no-targets = No user is targeted: check the groups, and that self-service reset is on for them.
campaign-invited = Invited by email
campaign-registered-since = Registered since the start
campaign-counted-at = Counted at
campaign-form-title-new = Start a campaign
campaign-form-title-change = Change the campaign
campaign-form-target = Who it is for
campaign-form-groups = Groups
campaign-form-groups-hint = One or several, separated by commas.
campaign-form-groups-needed = Name at least one group.
campaign-form-laters = “Later” allowed (times)
campaign-form-laters-hint = 0 to 10. With 0, registration comes first at the next sign-in.
campaign-form-days = Days between
campaign-form-days-hint = 0 to 14. With 0, users are asked again at their next sign-in.
campaign-form-invite = Email an invitation to users who have not registered
# $min and $max: the field's range.
campaign-form-whole-number = Enter a whole number from { $min } to { $max }.
campaign-form-start = Start the campaign
campaign-form-save = Save
campaign-restart-warning = Saving starts the campaign afresh: invitations go out again, and everyone's “Later”s start over.
campaign-restart-confirm = Yes, start afresh
