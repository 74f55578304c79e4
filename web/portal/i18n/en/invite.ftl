# "I have an invitation": a new user sets their own password with the code
# from their invitation email.

invite-title = Set your password
invite-lead = Enter your username and the code from your invitation email, then choose your password.
invite-username-missing-title = Enter your username
invite-username-missing-body = It is in your invitation email.
invite-code = Invitation code
invite-code-hint = 8 digits, from the email
invite-code-invalid = This code is wrong, was already used or has expired. Check your username and the code in the email, or ask your administrator for a new invitation.
invite-submit = Set password
invite-submitting = Setting your password…
invite-done-title = Your password is set
invite-done-body = Sign in with your username and your new password.
invite-back = Back to sign in
