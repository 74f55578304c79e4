# "Set up password reset": the ways a signed-in person can prove who they
# are later (an alternate email, a mobile number, security questions, an
# authenticator app), and confirming them when asked.

register-title = Set up password reset
register-lead = If you forget your password or get locked out, these let you prove it's you and get back in on your own.
register-back = Back to your account
# The methods' names, alone and as headings.
register-method-email = Email
register-method-sms = Mobile phone
register-method-voice = Phone call
register-method-questions = Security questions
register-method-authenticator = Authenticator app
# A method with its masked address or number: "Email: a•••@c•••.com".
register-method-line = { $method }: { $hint }
register-questions-answered = Security questions: { $count } answered
register-complete = You're all set.
# $count: how many more ways are needed (1 or more).
register-incomplete = { $count ->
    [one] Add { $count } more way to prove it's you.
   *[other] Add { $count } more ways to prove it's you.
}
register-confirm-due = Please check these are still right.
register-not-in-scope = Self-service reset is not turned on for your account. Ask your administrator.
# When enough ways are registered: $registered (at least $required) and $required, the number a reset needs.
register-progress-enough = { $registered ->
    [one] { $registered } way registered; a reset needs { $required }.
   *[other] { $registered } ways registered; a reset needs { $required }.
}
# When too few are registered: $registered is less than $required.
register-progress-short = { $registered } of the { $required } a reset needs are registered.
# After a method an administrator set, which the person cannot remove.
register-set-by-org = (set by your organisation)
register-remove = Remove
# The Remove button's name for screen readers; $method is a register-method-line text.
register-remove-label = Remove { $method }
register-remove-first-title = Add another method first
# $count: how many ways the organisation asks for (1 or more).
register-remove-first-body = You need at least { $count } ways to prove it's you.
register-authenticator-hint = A code from an app on your phone: nothing is sent, and it works offline.
register-authenticator-link = Set up an authenticator app
register-email-title = Alternate email
register-email-label = Email address
register-email-hint = A personal address, not your work one.
register-email-added = Alternate email added
register-mobile-title = Mobile phone
register-mobile-label = Mobile number
# Keep the example number as it is.
register-mobile-hint = With the country code, e.g. +14255550123.
register-mobile-added = Mobile phone added
register-added-body = It can now be used to reset your password.
register-sending = Sending…
register-send = Send a code
register-replace-send = Replace and send a code
# $hint: the masked address or number the code went to.
register-sent-to = We sent a code to { $hint }. Enter it to finish.
register-code = Code
# $count: wrong tries left for this code.
register-code-wrong = That code isn't right. { $count } tries left.
register-questions-hint = Pick questions whose answers only you know and won't forget. Case and spacing don't matter.
# $number: 1, 2, 3…
register-question = Question { $number }
register-answer = Answer { $number }
register-answer-placeholder = Your answer
register-saving = Saving…
register-save-questions = Save questions
register-questions-saved-title = Security questions saved
register-questions-saved-body = They can now be used to reset your password.
register-still-right = Are these still right? Keeping them current is how you get back in.
register-looks-good = Yes, these look good
register-confirmed-title = Thanks
register-confirmed-body = Your password-reset methods are confirmed.
register-reauth-title = Confirm it's you
register-reauth-body = Changing how you prove who you are needs your password, so that nobody else can add their own email or phone to your account.
register-reauth-password = Your password
register-reauth-wrong = That password is not right.
register-reauth-confirm = Confirm
register-reauth-cancel = Cancel
register-thanks-title = Thanks, that's you
register-thanks-body = Now make your change again. For the next few minutes you won't be asked.
