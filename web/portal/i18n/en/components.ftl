# The new-password fields every page shares: the rules said up front, the
# live checklist and strength meter, and why the server refused a password.

# The strength meter's words, as the new password is typed.
components-strength-not-accepted = Strength: Not accepted yet
components-strength-good = Strength: Good
components-strength-strong = Strength: Strong
components-strength-very-strong = Strength: Very strong
# A checklist line; $length is how many characters are typed so far.
components-check-length = At least { $min } characters ({ $length } so far)
components-check-guessable = Not a common password, and not built on your name or username
# Read out by screen readers after a checklist line.
components-check-met = (met)
components-check-not-met = (not yet met)
components-policy-intro = Your new password needs to be:
components-policy-length = At least { $min } characters. A few unrelated words make a strong, memorable one.
components-policy-guessable = Not mostly a common password, your name, your username or the company name: each of those counts as one character, and a password needs at least 5.
components-policy-not-current = Not your current password.
# $count is 2 or more.
components-policy-not-last = Not one of your last { $count } passwords.
components-policy-hint = No need for symbols or mixed case: length is what counts.
components-new-password = New password
components-new-password-hint = Checked as you type; see the list below.
components-confirm-password = Type the new password again
components-mismatch = The two passwords are different. Type the same one twice.
# $reasons: one or more of the components-reason-… sentences below.
components-rejected = This password can't be used. { $reasons }
components-reason-min-length = It must be at least { $min } characters (it has { $length }).
components-reason-max-length = It must be at most { $max } characters.
components-reason-banned = It is too easy to guess: it is built on a commonly used password, a word your organisation bans, or your name, username or your organisation's name; add more characters of your own.
# $terms: the words found in the password, each in quotes ("contoso", "summer").
components-reason-banned-terms = It is too easy to guess: it contains { $terms }; add more characters of your own.
components-reason-breached = It appears in known data breaches, so attackers try it early; choose one you have not used before.
components-reason-history-current = It must differ from your current password.
# $count is 2 or more.
components-reason-history-last = It must differ from your last { $count } passwords.

# The on-premises directory's refusals, once the password was sent to it.
components-reason-directory-too-short = Your organisation's directory needs a longer password.
components-reason-directory-in-history = Your organisation's directory remembers this password: choose one you have not used before.
components-reason-directory-complexity = Your organisation's directory needs a more complex password (for example more kinds of characters).
components-reason-directory-too-young = Your organisation's directory does not allow another change so soon.
components-reason-directory-protected = Your organisation's directory protects this account: its password is changed there, not through self-service.
components-reason-directory-no-account = Your organisation's directory has no account with this username any more; ask your help desk.
# $words: the directory's own words, as it wrote them (often in English).
components-reason-directory-other = Your organisation's directory refused the password: { $words }

# The rules of the on-premises directory a synced user's password is written
# to, beside Latchkey's. A checklist line; $length is how many characters are typed so far.
components-check-directory-length = Your organisation's directory needs at least { $min } characters ({ $length } so far)
components-check-complexity = Three of: capitals, small letters, digits, symbols
components-policy-directory-length = At least { $min } characters: your organisation's directory needs that many. A few unrelated words make a strong, memorable one.
components-policy-complexity = Made of three of these four kinds of characters: capitals, small letters, digits, symbols (your organisation's directory asks for this).
components-policy-not-username = Not containing your username.
components-policy-directory-history = { $count ->
    [one] Not your previous password in your organisation's directory.
   *[other] Not one of your last { $count } passwords in your organisation's directory.
}
# $count: hours.
components-policy-directory-min-age = { $count ->
    [one] After a change, your organisation's directory allows the next one only after { $count } hour.
   *[other] After a change, your organisation's directory allows the next one only after { $count } hours.
}
# Next to the new password when the page refuses to send it.
components-directory-too-short = Your organisation's directory needs at least { $min } characters (this one has { $length }).
components-directory-not-complex = Your organisation's directory needs three of: capitals, small letters, digits, symbols.
