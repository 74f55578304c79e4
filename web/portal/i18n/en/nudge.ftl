# A registration campaign asks, before the account page: set up password
# reset now, or later. The page's heading is register-title ("Set up
# password reset"). "Later" is the name of the page's second button.

nudge-why = Your organisation asks you to register a way to prove it's you, so that you can reset a forgotten password or unlock your account yourself. It takes two minutes.
# $count: how many more times the person may still choose Later (2 or more).
nudge-left = { $count ->
    [one] You can put this off { $count } more time.
   *[other] You can put this off { $count } more times.
}
nudge-last = This is the last time you can put it off.
# $days: how many days Later puts it off (1 to 14).
nudge-again-days = { $days ->
    [one] If you choose Later, we'll ask again in { $days } day.
   *[other] If you choose Later, we'll ask again in { $days } days.
}
nudge-again-next-sign-in = If you choose Later, we'll ask again at your next sign-in.
nudge-now = Set up now
nudge-later = Later
# After Later, on the account page.
nudge-put-off-title = Put off for now
nudge-put-off-days = { $days ->
    [one] We'll ask again in { $days } day. You can set it up any time from your account.
   *[other] We'll ask again in { $days } days. You can set it up any time from your account.
}
nudge-put-off-next-sign-in = We'll ask again at your next sign-in. You can set it up any time from your account.
