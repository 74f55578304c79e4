# Durations in words, for when something ends or can be tried again.

time-in-under-a-minute = in under a minute
time-in-a-minute = in a minute
time-in-minutes = in { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
time-in-about-an-hour = in about an hour
time-in-about-hours = in about { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
