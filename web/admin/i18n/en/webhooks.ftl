# Webhooks: Latchkey posts the events an administrator chooses (the audit
# log's event types, such as a user being created) to an address of another
# system (its endpoint), signed so the receiver can check they came from
# Latchkey. Standard Webhooks is the name of the open specification the
# signatures follow (standardwebhooks.com); webhook-id, webhook-timestamp and
# webhook-signature are HTTP header names and stay as they are.

webhooks-title = Webhooks
webhooks-lead = Latchkey posts each event you choose to your endpoint as it happens, signed the Standard Webhooks way so the receiver can tell it came from here. A delivery that fails is tried again with growing pauses for 24 hours; a webhook whose deliveries have failed for 24 hours is paused, and the administrators are told.
webhooks-loading = Loading the webhooks…
webhooks-none = No webhook yet: no other system is told of events.
# A column heading and a label: the address deliveries are posted to.
webhooks-endpoint = Endpoint
# A column heading and a label: the event types a webhook sends.
webhooks-events = Events
# A column heading and a label: whether a webhook (or a delivery) is active, failing, paused, delivered…
webhooks-state = State
# A webhook that sends every event type, those added later too.
webhooks-all-events = All events
# A webhook's state, on a coloured badge.
webhooks-state-active = Active
webhooks-state-failing = Failing
webhooks-state-paused = Paused
# Under the badge; $since is a date and time.
webhooks-failing-since = Every attempt has failed since { $since }
# Under the badge; $at is a date and time.
webhooks-paused-at = Paused on { $at }
# Paused by Latchkey after a day of failed deliveries; $at and $since are dates and times.
webhooks-paused-after-failing = Paused on { $at }, after failing since { $since }
# The accessible name of the button that opens a webhook; $url is its address.
webhooks-open = Open { $url }: its settings and deliveries
# A link to a webhook that was deleted.
webhooks-gone = This webhook no longer exists.
webhooks-close = Close
webhooks-description = Description
webhooks-description-hint = Optional: what receives the events, such as the security team's log collector.
webhooks-created = Created
webhooks-secret = Signing secret
# $made is a date and time.
webhooks-secret-made = Made on { $made }
# $made and $until are dates and times.
webhooks-secret-made-rotated = Made on { $made }; the previous one signs beside it until { $until }
webhooks-id = Webhook id
webhooks-edit = Edit
webhooks-pause = Pause
webhooks-resume = Resume
webhooks-pausing = Pausing…
webhooks-resuming = Resuming…
webhooks-pause-hint = While a webhook is paused, nothing is sent to its endpoint.
webhooks-resume-hint = Resuming sends the events that happen from now on, and clears the failing mark.
webhooks-paused-title = Webhook paused
# $url is the webhook's address.
webhooks-paused-body = Nothing is sent to { $url } until you resume it.
webhooks-resumed-title = Webhook resumed
# $url is the webhook's address.
webhooks-resumed-body = Events are sent to { $url } again.
webhooks-rotate = Rotate secret
webhooks-rotate-warning = A new secret is shown once. The current one keeps signing beside it for 24 hours, so the receiver can move over without missing a delivery.
webhooks-rotate-confirm = Make a new secret
webhooks-delete = Delete
# $url is the webhook's address.
webhooks-delete-warning = Nothing more is sent to { $url }, and its delivery log is deleted. This cannot be undone.
webhooks-delete-confirm = Delete the webhook
webhooks-deleted-title = Webhook deleted
# $url is the webhook's address.
webhooks-deleted-body = Nothing more is sent to { $url }.
# $url is the webhook's address.
webhooks-saved-body = The changes to { $url } apply from the next event.
# A heading; $url is the webhook's address.
webhooks-secret-of = The signing secret of { $url }
webhooks-shown-once = Shown only now: Latchkey never shows it again. Store it with the receiver.
webhooks-verify-hint = Verify each delivery with one of the Standard Webhooks libraries (standardwebhooks.com): given this secret, it checks the webhook-id, webhook-timestamp and webhook-signature headers, and refuses a message that was altered, replayed or not signed by Latchkey.
# $until is a date and time.
webhooks-previous-signs-until = The previous secret keeps signing beside this one until { $until }: deliveries carry both signatures until then, so move the receiver over before that.
webhooks-copy-secret = Copy the secret
webhooks-stored = I have stored the secret
webhooks-new-title = New webhook
webhooks-edit-title = Edit the webhook
webhooks-url = Endpoint URL
webhooks-url-hint = An https:// address on the receiving system, reachable from the internet.
webhooks-url-required = Enter the endpoint's address.
webhooks-events-legend = Events to send
webhooks-events-all = All events, including types added later
webhooks-events-some = Only the events ticked below
webhooks-events-required = Tick at least one event, or choose all events.
webhooks-events-loading = Loading the event types…
webhooks-create = Create webhook
webhooks-creating = Creating…
webhooks-save = Save changes
# The delivery log: each event sent to the webhook's endpoint, and how it went.
webhooks-deliveries = Deliveries
webhooks-refresh = Refresh
webhooks-refreshing = Refreshing…
webhooks-deliveries-loading = Loading the deliveries…
webhooks-no-deliveries = No deliveries yet. Each event of the chosen types appears here as it is sent.
# Column headings of the delivery log.
webhooks-col-time = Time
webhooks-col-event = Event
webhooks-col-attempts = Attempts
# The HTTP status code the receiver last answered with.
webhooks-col-last-status = Last status
webhooks-col-last-error = Last error
webhooks-col-next-try = Next try
webhooks-col-actions = Actions
# A delivery's state, on a coloured badge.
webhooks-delivery-delivered = Delivered
webhooks-delivery-pending = Pending
webhooks-delivery-failed = Failed
# Sends a delivered or failed event again.
webhooks-redeliver = Redeliver
webhooks-redelivering = Sending…
webhooks-redelivered-title = Queued again
webhooks-redelivered-body = The event is on its way again, with the same webhook-id, so the receiver can tell it is a repeat.
webhooks-newer = Newer deliveries
webhooks-older = Older deliveries
# The name of the pair of buttons that page through the delivery log.
webhooks-pages = Pages of deliveries
# Above a bar of the deliveries shown; $count is how many.
webhooks-chart-title = Deliveries on this page: { $count }
# The bar's text alternative; each placeholder is a count.
webhooks-chart-summary = Delivered: { $delivered }, pending: { $pending }, failed: { $failed }.
