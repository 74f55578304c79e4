# "Can't access your account?": proving who you are with a code or security
# questions, then choosing a new password (reset) or only lifting the lock
# (unlock).

recover-reset-title = Reset your password
recover-unlock-title = Unlock your account
# Above each step: "Step 2 of 4: Choose how to get a code". $name is one of the recover-step-… messages.
recover-progress = Step { $step } of { $total }: { $name }
recover-step-username = Who are you?
recover-step-methods = Choose how to get a code
recover-step-code = Enter the code
recover-step-questions = Answer your security questions
recover-step-new-password = Choose a new password
recover-reset-lead = Forgot your password? Prove it's you and choose a new one.
recover-unlock-lead = Locked out after too many tries? Prove it's you and the lock is lifted. Your password stays the same.
recover-enter-username = Enter your username.
recover-looking-up = Looking you up…
recover-next = Next
recover-back = Back to sign in
# The ways to get a code. $hint is a masked address or number ("a•••@c•••.com", "+1•••23").
recover-method-email = Email a code to { $hint }
recover-method-sms = Text a code to { $hint }
# $count: how many questions will be asked.
recover-method-questions = Answer { $count } security questions
recover-method-voice = Call { $hint } and read a code out
recover-method-authenticator = Enter a code from your authenticator app
# A way already proven in this reset; $method is one of the recover-method-… texts.
recover-method-done = { $method } (done)
# $required: how many ways a reset needs (2 or more); $remaining: how many are still to prove.
recover-need-ways = For your security you need to prove it's you { $required } ways. { $remaining ->
    [one] One to go.
   *[other] { $remaining } to go.
}
recover-need-one = We'll send you a one-time code.
recover-where-title = Where should we send your code?
recover-choose-title = Choose a method
recover-choose-body = Pick where we should send your code.
recover-sending = Sending…
recover-send-code = Send code
recover-unrecognised = Don't recognise these? Your details may be out of date.
recover-sent-sms = We texted a code to { $hint }.
recover-sent-voice = We're calling { $hint } now; the code is read out twice.
recover-sent-app = Enter the 6-digit code your authenticator app shows now, or one of your recovery codes.
recover-sent-email = We emailed a code to { $hint }. It may take a minute; check your junk folder too.
# $time is a time of day ("14:05").
recover-code-until = The code works once and until { $time }.
recover-code = Code
recover-enter-code = Enter the code from the message.
recover-code-wrong = That code isn't right.
# $count: wrong tries this code has left.
recover-code-wrong-left = That code isn't right. { $count ->
    [0] No tries left for this code: send a new one.
    [one] { $count } try left.
   *[other] { $count } tries left.
}
recover-new-code-title = New code sent
recover-new-code-body = Use the newest code; older ones no longer work.
recover-send-new = Send a new code
recover-try-another = Try another way
recover-questions-lead = Answer the questions you chose when you set up password reset. Case and spacing don't matter.
recover-answers-wrong-title = At least one answer isn't right
# $count: wrong tries left before resets are paused.
recover-answers-wrong-body = Check them and try again. { $count } more wrong tries pause resets for your account.
recover-saving = Saving…
recover-set-new = Set new password
recover-reset-done-title = Your password has been reset
recover-reset-done-body = Your account is unlocked too, and every other session was signed out. We've let you know by email and text, so you'll hear if it wasn't you.
recover-unlock-done-title = Your account is unlocked
recover-unlock-done-body = Your password has not changed. Sign in with it as usual.
recover-start-again = Start again

## A passkey as a way to prove it's you: the browser asks for it, nothing is sent.

# Instead of recover-step-methods when a passkey is among the ways.
recover-step-how = Choose how to prove it's you
recover-step-passkey = Use your passkey
# The way to choose among the others ("Email a code to …").
recover-method-passkey = Passkey: your fingerprint, face or screen lock
# Instead of recover-where-title when a passkey is among the ways.
recover-how-title = How do you want to prove it's you?
# When a passkey is the only way the organisation accepts.
recover-need-passkey = Prove it's you with the passkey you added to your account.
# Under recover-need-ways: a passkey counts for every way asked.
recover-passkey-enough = A passkey alone is enough.
recover-passkey-unsupported = This browser can't use passkeys: choose another way, or open this page in a browser that can.
recover-passkey-only-unsupported = This browser can't use passkeys, and a passkey is the only way to prove it's you. Open this page on a device or in a browser that can use your passkey.
recover-passkey-lead = Your browser asks for the passkey you added to this account: your fingerprint, face or screen lock, or your phone.
# The browser's prompt was closed, ran out, or found no passkey: quiet, not an error.
recover-passkey-cancelled = No passkey was used: the prompt was closed, or this device has none for your account. You can try again.
recover-passkey-browser = This browser couldn't use a passkey here. You can try again, or use another device.
recover-passkey-again = Try again
recover-passkey-refused-title = That passkey wasn't accepted
recover-passkey-refused-body = Use a passkey you added to this account.
# $count: tries left before passkeys stop working for this reset.
recover-passkey-refused-left = Use a passkey you added to this account. { $count ->
    [0] No tries left: try another way, or start again.
    [one] { $count } try left.
   *[other] { $count } tries left.
}
recover-passkey-expired-title = The passkey request ran out
recover-passkey-expired-body = It only lasts a few minutes. Try again for a new one.
