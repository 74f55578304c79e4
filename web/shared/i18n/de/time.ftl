# Durations in words, for when something ends or can be tried again.

time-in-under-a-minute = in weniger als einer Minute
time-in-a-minute = in einer Minute
time-in-minutes = in { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
time-in-about-an-hour = in etwa einer Stunde
time-in-about-hours = in etwa { $count ->
    [one] { $count } Stunde
   *[other] { $count } Stunden
}
