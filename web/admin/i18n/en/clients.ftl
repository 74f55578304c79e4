# API clients: the credentials other systems (integrations) use to call
# Latchkey's REST API. A client has an id and a secret, and scopes (what it may do).

# What each scope lets a client do.
clients-scope-users-read = Read users and groups
clients-scope-users-write = Create, edit and delete users (never administrators)
clients-scope-users-reset = Reset passwords and unlock accounts
clients-scope-reports-read = Read the reports
clients-scope-policy-read = Read the reset and password policies
clients-scope-scim-read = Provision users over SCIM (read only)
clients-scope-scim-write = Provision users over SCIM: create, change, disable and delete (never privileged accounts)
clients-revoked-title = Client revoked
# $name is the client's name.
clients-revoked-body = { $name } can no longer get tokens, and the tokens it held stopped working.
clients-title = API clients
clients-lead = Integrations call Latchkey's REST API with a client's id and secret (OAuth 2.0 client credentials). Give each integration its own client, with only the scopes it needs.
clients-loading = Loading the clients…
clients-none = No client yet: no integration can call the API.
# $until is a date and time.
clients-previous-works-until = The previous secret keeps working until { $until }; move the integration over before then.
# A heading; $name is the client's name.
clients-secret-of = The secret of { $name }
clients-shown-once = Shown only now. Copy it into the integration's configuration: Latchkey keeps only a digest of it.
clients-client-id = Client id
clients-client-secret = Client secret
clients-copy-secret = Copy the secret
# The bearer token an identity provider (Microsoft Entra ID, Okta) keeps to provision users over SCIM.
clients-provisioning-token = Provisioning token (SCIM)
clients-copy-token = Copy the token
# The address an identity provider sends its SCIM requests to.
clients-scim-base-url = SCIM base URL
clients-copy-url = Copy the URL
# "Tenant URL" and "Secret Token" are the fields' names in Microsoft Entra ID (use Microsoft's own words for them in each language); "SCIM connector base URL" and "HTTP Header" are Okta's.
clients-provisioning-use = To provision users from an identity provider, give it the SCIM base URL and this token: in Microsoft Entra ID's provisioning settings, as the Tenant URL and the Secret Token; in Okta, as the SCIM connector base URL and, with HTTP Header authentication, the Bearer token. The token works on /scim/v2 only. It stops working when the client's secret is rotated (once the previous secret stops working) or the client is revoked.
# The address an integration gets its access tokens from.
clients-token-endpoint = Token endpoint
clients-stored = I have stored the secret
# When the client's secret was made; $made and $until are dates and times.
clients-made-rotated = Made { $made }; the previous one works until { $until }
clients-made = Made { $made }
# A client that was never used.
clients-never = Never
clients-rotate = Rotate secret
clients-rotate-warning = A new secret is shown once; the current one keeps working for 24 hours.
clients-rotate-confirm = Make a new secret
clients-revoke = Revoke
# $name is the client's name.
clients-revoke-warning = { $name } stops working at once, and so does every token it holds. This cannot be undone.
clients-revoke-confirm = Revoke the client
clients-col-client = Client
# The column listing what each client may do (its scopes).
clients-col-may = May
clients-col-last-used = Last used
clients-col-secret = Secret
clients-col-actions = Actions
clients-scopes-required = Choose at least one thing the client may do.
clients-new-title = New client
clients-name = Name
clients-name-hint = Which integration holds it, such as HR sync. 1 to 64 characters.
# Above the list of scopes to tick: "It may: read users and groups, …".
clients-may = It may
clients-create = Create client
clients-creating = Creating…
