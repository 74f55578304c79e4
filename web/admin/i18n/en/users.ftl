# The console's users list: the search and its filters, the table and its
# options, the actions on several ticked users, and the new-user form.

users-title = Users
# A button that opens the new-user form, and that form's heading.
users-new-user = New user
users-loading = Loading users…

## The table's options, remembered in this browser.

# A drop-down of 25, 50, 100 or 200: how many users one page lists.
users-page-size = Users a page
users-columns = Columns
users-show-columns = Show these columns

## The table's columns.

users-column-name = Name
users-column-username = Username
users-column-email = Email
users-column-groups = Groups
users-column-roles = Roles
users-column-status = Status
users-column-last-sign-in = Last sign-in
# The table, for screen readers.
users-table = Users
users-select-page = Select every user on this page
# A row's checkbox, for screen readers; $name is the user's display name.
users-select-row = Select { $name }

## The search and the filters.

users-find = Find users
users-find-hint = A username, an email address, or any word of a name.
users-search = Search
users-filters = Filters
users-filter-group = Group
users-filter-role = Role
users-filter-role-any = Any role
users-filter-role-users = Users only
users-filter-role-admins = Administrators
users-filter-role-helpdesk = Help desk
users-filter-role-report-readers = Report readers
# Whether the account is enabled.
users-filter-account = Account
users-filter-account-any = Enabled or disabled
users-filter-account-enabled = Enabled
users-filter-account-disabled = Disabled
users-filter-registration = Registration
# Any registration state.
users-filter-registration-any = Any
users-filter-locked = Locked out now
users-filter-expired = Password expired

## How many the list holds. The list is not counted: a page says what it
## shows and whether more follow. $number is the page's number.

users-none-match = No users match.
users-match = { $count ->
    [one] { $count } user matches.
   *[other] { $count } users match.
}
users-page-more = Page { $number }: { $count ->
    [one] { $count } user shown
   *[other] { $count } users shown
}; more on the next page.
users-page-last = Page { $number }: { $count ->
    [one] { $count } user shown
   *[other] { $count } users shown
}; this is the last page.
# The pager, for screen readers.
users-pages = Pages
users-previous-page = Previous page
users-next-page = Next page

## The actions on the ticked users.

# The panel of actions, for screen readers.
users-bulk-region = Selected users
# Shown once the actions are over and nothing is ticked any more.
users-bulk-done = Done: each user's outcome
users-selected = { $count ->
    [one] { $count } user selected
   *[other] { $count } users selected
}
users-bulk-disable = Disable
users-bulk-disable-warning = The selected users can no longer sign in or reset until they are enabled again.
users-bulk-disable-confirm = Disable them
users-bulk-enable = Enable
users-bulk-reregister = Require re-registration
users-bulk-reregister-warning = Their own contact methods and security answers are removed; each must register again at their next sign-in.
users-bulk-reregister-confirm = Remove their methods
users-bulk-end-sessions = Sign out everywhere
users-bulk-group = Group
users-bulk-add-to-group = Add to group
# Downloads the ticked users as a CSV file.
users-bulk-export = Export selected
# A progress bar's label: $done users handled out of $all.
users-bulk-progress = { $done } of { $all } done
# The list of outcomes, for screen readers.
users-bulk-outcomes = Each user's outcome
users-bulk-skipped-self = Skipped: your own account is changed from your own page.

## One user's outcome, after their name.

users-outcome-disabled = Disabled
users-outcome-enabled = Enabled
users-outcome-reregister = Must register again
users-outcome-signed-out = Signed out everywhere
users-outcome-added = Added to the group

## Roles, one person's (also on a user's page and in badges).

users-role-admin = Administrator
users-role-helpdesk = Help desk
users-role-reports-reader = Report reader
users-role-user = User

## A user's status in the table, the parts joined by " · ".

# $at is a date and time.
users-status-locked-until = Locked out until { $at }
users-status-disabled = Disabled
users-status-must-change = Must change password
users-registration-complete = Registered
users-registration-incomplete = Not registered
users-registration-confirm-due = Re-confirmation due
# The user is outside the groups that may reset their password here.
users-registration-not-in-scope = Not in reset scope

## The new-user form.

users-create-lead = You never choose a user's password: they get an invitation code by email and set their own.
users-create-username = Username
users-create-username-hint = Letters, digits and . _ - @; stored in lower case.
users-create-display-name = Display name
users-create-email = Email
users-create-email-hint = Where the invitation goes.
users-create-groups = Groups
users-create-groups-hint = Separate several with commas.
users-create-roles = Roles
users-create-invite = Send the invitation now
users-create-submit = Create user
users-create-busy = Creating…
users-created-title = User created
# $to is the email address the invitation went to.
users-created-invited = An invitation to set a password went to { $to }.
users-created-not-invited = No invitation was sent; send one from this page when ready.
