# The sign-in page: the links under the form, and the authenticator code step.

# Names the links under the sign-in form, for screen readers.
signin-help = Account help
signin-cant-access = Can't access your account?
signin-unlock = Account locked? Unlock it
signin-invitation = I have an invitation
signin-enter-code = Enter the code your app shows.
signin-code-wrong = That code isn't right, or it was used already: wait for the next one.
# $count: wrong codes that may still be tried today.
signin-code-wrong-left = That code isn't right, or it was used already: wait for the next one. { $count ->
    [one] { $count } try left today.
   *[other] { $count } tries left today.
}
signin-code-lead = Open your authenticator app and enter the 6-digit code it shows for this account.
signin-code-label = Code from your authenticator app
signin-code-hint = Lost your phone? Enter one of your recovery codes instead.
signin-start-again = Start again
