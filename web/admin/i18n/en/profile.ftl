# The operator's own account in the console: who they are, what their roles
# let them do, their password and their sign-in methods.

# The ways a user can prove who they are.
profile-method-email = Email codes
profile-method-sms = Text message codes
profile-method-voice = Voice call codes
profile-method-questions = Security questions
profile-method-authenticator = Authenticator app
# What each permission lets the operator do in the console.
profile-ability-read-users = Find users and read their details
profile-ability-manage-users = Create, edit, import and delete users
profile-ability-reset-password = Reset users' passwords
profile-ability-unlock = Unlock accounts
profile-ability-settings = Change the organisation's settings and API clients
profile-ability-read-reports = Read the reports
profile-title = Your account
profile-loading = Loading your account…
profile-abilities-title = What your roles let you do here
# The password has no change recorded by Latchkey.
profile-password-never-set = Never set through Latchkey
# $changed and $expires are dates and times.
profile-password-never-expires = Changed { $changed }; never expires
profile-password-expires = Changed { $changed }; expires { $expires }
profile-password-changed = Changed { $changed }
# Who set up a sign-in method (shown after the method, in lowercase).
profile-source-admin = set by an administrator or the directory
profile-source-user = registered by you
# $source is one of the two lines above; $when is a date and time.
profile-method-proven = { $source }; last proven { $when }
profile-name = Name
profile-username = Username
profile-roles = Roles
# Between the names of the operator's roles.
profile-roles-separator = { ", " }
profile-password = Password
profile-methods-title = How you sign in and prove who you are
profile-no-authenticator = You have no authenticator app: the console asks for its code at every sign-in. Set one up in the portal.
profile-change-password = Change your password
profile-manage-methods = Manage your methods and authenticator app
profile-portal-hint = Both open the self-service portal, where your own password and methods follow the same rules as everyone's.
# A checkbox for operators who may read the reports: a summary email each week.
profile-digest = Weekly digest by email
profile-digest-hint = Every Monday: the week's resets, failures, blocks, suspicious activity and registration coverage, with a link to the reports.
# After the checkbox was saved (under the title "Saved").
profile-digest-on = The weekly digest will come to you by email every Monday.
profile-digest-off = You will no longer get the weekly digest.
