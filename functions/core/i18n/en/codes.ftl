### One-time codes: the email, the text message and the call that carry
### them. Variables: $org (the organisation's name), $code (the digits),
### $minutes (how long the code lasts).

code-email-subject = Your { $org } verification code
code-email-intro = Your { $org } verification code is { $code }.
# The email's HTML, above the code in large type.
code-email-lead = Your verification code is
code-expires =
    { $minutes ->
        [one] It expires in { $minutes } minute.
       *[other] It expires in { $minutes } minutes.
    }
# Why the code was sent: a code nobody asked for is recognised.
code-why-reset = If you did not ask to reset your password or unlock your account, ignore this message: nothing changes until the code is used.
code-why-register = Enter it where you added this address to your account, so it can be used to reset your password. If that was not you, ignore this message.
code-why-helpdesk = Your helpdesk asked for it to check it is you. Read it out only to the helpdesk person you are talking to; if you are not talking to your helpdesk, tell your administrator.
# One text message: keep it short (a single segment).
code-sms =
    { $minutes ->
        [one] { $code } is your { $org } verification code. It expires in { $minutes } minute.
       *[other] { $code } is your { $org } verification code. It expires in { $minutes } minutes.
    }
# A call: said before the digits are read out, then before they are read again.
code-voice-intro = This is { $org }. Your verification code is
code-voice-again = Again:

## An invitation to set a first password. $username, $code, $until (a date).

invitation-subject = Set your { $org } password
invitation-intro = You are invited to set your { $org } password.
# The portal's button, as the portal names it.
invitation-choice = I have an invitation
# $choice is the button's name above, quoted (or in bold in the HTML).
invitation-steps = On your organisation's password portal choose { $choice }, then enter your username { $username } and this code: { $code }
invitation-html-lead = You are invited to set your password.
invitation-html-steps = On your organisation's password portal choose { $choice }, then enter your username { $username } and this code:
invitation-until = The code works once, until { $until }.
invitation-unexpected = If you did not expect this, tell your administrator.
