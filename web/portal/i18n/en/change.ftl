# Changing the password while signed in (also when the organisation asks
# for a new one before anything else).

change-title = Change your password
change-must = Your organisation asks you to choose a new password before you go on.
change-current = Current password
change-current-wrong = Your current password is not right.
change-submit = Change password
change-submitting = Changing…
change-cancel = Cancel
change-done-title = Password changed
change-done-sign-in = Sign in with your new password to go on.
change-done-body = Use your new password from now on, everywhere you sign in with this account. Your other sessions have been signed out.
