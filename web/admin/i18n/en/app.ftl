# The console's frame: the header, the menu, the sign-in screen and the
# pages that only say something (not found, not allowed).

app-session-ended-title = Please sign in again
app-session-ended-body = Your session has ended.
app-skip = Skip to the content
# Next to the organisation's name in the header.
app-product = Admin console
app-signed-out-title = Signed out
app-signed-out-body = You have signed out.
app-sign-out = Sign out
app-not-found-title = Page not found
app-not-found-body = There is no screen at this address.
app-go-to-users = Go to users
app-opening = Opening the screen…
# The menu's name, read out by screen readers.
app-nav-label = Console
# The button that opens the menu on a phone.
app-menu = Menu
app-nav-home = Home
app-nav-users = Users
app-nav-groups = Groups
app-nav-import = Import and export
app-nav-reports = Reports
# A heading in the menu, above the settings screens.
app-nav-settings = Settings
app-nav-reset-policy = Reset policy
app-nav-passwords = Password rules and questions
app-nav-branding = Branding and limits
# Agents that write password changes back to the organisation's own directory (such as Active Directory).
app-nav-agents = Directory writeback
app-nav-clients = API clients
# Where administrators have events posted to other systems as they happen.
app-nav-webhooks = Webhooks
app-not-allowed-title = Not available to your role
app-not-allowed-body = Your role does not include this screen. Ask an administrator if you need it.
app-signin-title = Sign in to the admin console
app-signin-lead = For your organisation's administrators and help desk. Use your own account.
app-code-label = Code from your authenticator app
app-code-hint = The 6 digits the app shows for this account, or one of your recovery codes.
app-code-wrong = That code isn't right, or it was used already: enter the app's next code.
app-forgot-password = Forgot your password? Use the password self-service portal
app-set-up-authenticator-title = Set up your authenticator app first
app-set-up-authenticator-body = Your account needs a code from an authenticator app at every sign-in. Sign in to the self-service portal, which walks you through setting one up, then sign in here.
app-change-password-title = Change your password first
app-password-expired-body = Your password has expired or was set by another administrator. Change it in the self-service portal, then sign in here.
app-change-password-body = Change it in the self-service portal, then sign in here.
app-not-an-operator-title = This console is for administrators
app-not-an-operator-body = Your account has no administrator or help-desk role. To manage your own password, use the self-service portal.
app-wrong-credentials-title = Wrong username or password
app-wrong-credentials-body = Check both and try again. Too many wrong tries lock the account for a while.
