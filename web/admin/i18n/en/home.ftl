# The administrator's home: tiles of figures, each a link to the screen
# behind it.

home-title = Home
home-lead = How self-service is going this week, and who needs attention now.
home-loading = Loading the figures…
home-registered-label = Registered for self-service
# The tile's big figure: the share of enabled users who registered.
home-registered-value = { $share }%
home-registered-detail = { $registered } of { $users } enabled users; { $capable } can reset
home-resets-label = Self-service resets this week
# Under the count of self-service resets: the resets an operator did.
home-resets-detail = { $count } by an operator
home-failures-label = Failed or refused steps this week
# Under the count of failed steps, when there were none.
home-failures-none = None
# $reason is the server's words for the commonest failure.
home-failures-top = Most often: { $reason }
home-not-registered-label = Not registered
home-not-registered-detail = They cannot reset their own password yet
home-locked-label = Locked out now
home-locked-detail = Unlock them from their page
home-expired-label = Passwords expired
home-expired-detail = They must change it at their next sign-in
home-agents-label = Writeback agents online
# The tile's big figure: agents online of those not revoked.
home-agents-value = { $online } of { $live }
home-agents-some-offline = Some cannot write back now
home-agents-all-online = Writing back
# A count that goes past the first page of a list ("50+": 50 or more).
home-count-more = { $count }+
