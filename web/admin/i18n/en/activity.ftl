# The reports' event table: its filters, its columns and the kinds of
# activity an event belongs to.

activity-title = Events
activity-any = Any activity
activity-policy-change = Reset policy change
activity-blocked-from-reset = Blocked from self-service reset
activity-self-service-change = Password change (self-service)
activity-admin-reset = Reset by an administrator
activity-self-service-reset = Reset (self-service)
activity-flow-progress = Reset progress
activity-self-service-unlock = Unlock (self-service)
activity-user-registered = Registration
activity-admin-unlock = Unlock by an administrator
activity-import = Import
activity-lockout = Lockout
# A cell of the table: the kind of activity (above), then the server's
# words for what happened ("Reset (self-service): Reset completed").
activity-row-action = { $activity }: { $action }
activity-loading = Loading…
activity-none = No events match.
activity-count = { $count } event(s), newest first.
# More events can be loaded ("50+ events").
activity-count-more = { $count }+ event(s), newest first.
activity-load-more = Load more
activity-filter-label = Filter the events
activity-from = From (day)
activity-to = To (day, included)
activity-activity = Activity
activity-outcome = Outcome
activity-any-outcome = Any outcome
activity-method = Method
activity-any-method = Any method
activity-user = User acted on (username or id)
activity-actor = Acted by (username or id)
activity-text = Words (a name, an address, a reason)
activity-show = Show events
activity-download-csv = Download as CSV
activity-col-time = Time
activity-col-activity = Activity
# Who acted.
activity-col-actor = Actor
# The user acted on.
activity-col-target = Target
activity-col-outcome = Outcome
activity-col-reason = Reason
activity-col-methods = Methods
# The IP address the request came from.
activity-col-client-address = Client address
# The browser or program that sent the request.
activity-col-user-agent = User agent
# The event's own id, quoted to find it again.
activity-col-reference = Reference id
