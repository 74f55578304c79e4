# What both apps say: the sign-in form, field widgets, notices when the
# server cannot be reached, and the contact-your-administrator line.

common-username = Username
common-password = Password
common-sign-in = Sign in
common-signing-in = Signing in…
common-restoring = Restoring your session…
common-show-password = Show password
common-verify = Verify
common-checking = Checking…
common-offline-title = Can't reach the server
common-offline-body = Check your connection and try again. Nothing was changed.
common-unexpected-title = Something went wrong
common-unexpected-body = The server gave an unexpected answer ({ $status }). Try again in a moment.
common-busy-title = Briefly unavailable
common-busy-body = The service is busy or a part of it is down. Nothing was changed; try again in a minute.
# Followed by a link naming the organisation's administrator.
common-still-stuck = Still stuck?
# The link after "Still stuck?"; $company is the organisation's name.
common-contact-company-admin = Contact your { $company } administrator
common-contact-admin = Still stuck? Contact your administrator or help desk.
common-language = Language
common-opening = Opening the page…
